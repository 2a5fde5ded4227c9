# ruff: noqa: E501, RUF001
# Message text is kept one paragraph a line, as a mail client sends it, with the typographic
# dashes, quotes and currency signs that people and their clients really type.
"""Build held-out reply corpus 64: `h64-NNN.eml` files and `labels.jsonl`.

Every message lands in the receivables mailbox of Ostrava Language Services after it sent an
overdue reminder. The new text of each message is written by hand below. The script adds only
what a mail client or a mail server would add: the quoted reminder in the client's layout and
language, headers, MIME structure, charsets and transfer encodings. It writes next to itself,
deterministically, parses every file back and checks the labels.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
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
from typing import Final, TypedDict

HERE: Final = Path(__file__).resolve().parent
SEED: Final = "holdout64/2027-02-15"
PREFIX: Final = "h64"
AR_NAME: Final = "OLS Receivables"
AR_ADDR: Final = "receivables@ostrava-ls.example"
AR_DOMAIN: Final = "ostrava-ls.example"
AR_MTA: Final = "mail.ostrava-ls.example"
AR_TZ: Final = timezone(timedelta(hours=1))
FIRST_DAY: Final = date(2027, 2, 15)
LAST_DAY: Final = date(2027, 3, 12)
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
LABEL_KEYS: Final = (
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
EXPECTED_LANGS: Final = {"en": 30, "de": 18, "fr": 18, "es": 18, "nl": 18, "it": 18}
PER_INTENT: Final = 12


# --------------------------------------------------------------------------------------------
# Labels
# --------------------------------------------------------------------------------------------


class Extract(TypedDict):
    """The fields a reply's text supports, besides its intent and language."""

    promised_date: str | None
    paid_date: str | None
    return_date: str | None
    payment_reference: str | None
    amount: str | None
    currency: str | None
    new_contact: str | None
    invoice_refs: list[str]
    note: str | None


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


def lab(
    *,
    refs: tuple[str, ...] = (),
    note: str | None = None,
    promised: str | None = None,
    paid: str | None = None,
    back: str | None = None,
    ref: str | None = None,
    amount: str | None = None,
    currency: str | None = None,
    contact: str | None = None,
) -> Extract:
    """Labels of a hand-written reply; `refs` are the invoice numbers in its new text."""
    return Extract(
        promised_date=promised,
        paid_date=paid,
        return_date=back,
        payment_reference=ref,
        amount=amount,
        currency=currency,
        new_contact=contact,
        invoice_refs=list(refs),
        note=note,
    )


# --------------------------------------------------------------------------------------------
# Locale tables (what the clients print; `en-US` only where a US client differs)
# --------------------------------------------------------------------------------------------

WEEKDAYS_LONG: Final = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
}
WEEKDAYS_SHORT: Final = {
    "en": "Mon Tue Wed Thu Fri Sat Sun",
    "de": "Mo Di Mi Do Fr Sa So",
    "fr": "lun mar mer jeu ven sam dim",
    "es": "lun mar mié jue vie sáb dom",
    "nl": "ma di wo do vr za zo",
    "it": "lun mar mer gio ven sab dom",
}
MONTHS_LONG: Final = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
}
MONTHS_SHORT: Final = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}
GMAIL_ATTR: Final = {
    "en": "On {wds}, {d} {mons} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "en-US": "On {wds}, {mons} {d}, {y} at {h12}:{mm}\u202f{ampm} {name} <{addr}> wrote:",
    "de": "Am {wds}., {d}. {mons} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wds}. {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wds}, {d} {mons} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wds} {d} {mons} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wds} {d} {mons} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTR: Final = {
    "en": "On {d} {monl} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "en-US": "On {monl} {d}, {y}, at {h12}:{mm}\u202f{ampm}, {name} <{addr}> wrote:",
    "de": "Am {d}. {monl} {y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {monl} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {monl} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {monl} {y}, om {HH}:{mm}, heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {monl} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
TB_ATTR: Final = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "en-US": "On {mo}/{dd}/{y} {h12}:{mm} {ampm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{mo}/{y} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{mm}, {name} ha scritto:",
}
OUTLOOK_SENT: Final = {
    "en": "{wdl}, {d} {monl} {y} {HH}:{mm}",
    "en-US": "{wdl}, {monl} {d}, {y} {h12}:{mm} {ampm}",
    "de": "{wdl}, {d}. {monl} {y} {HH}:{mm}",
    "fr": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "es": "{wdl}, {d} de {monl} de {y} {H}:{mm}",
    "nl": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "it": "{wdl} {d} {monl} {y} {HH}:{mm}",
}
SAMSUNG_DATE: Final = "{dd}/{mo}/{y} {HH}:{mm} (GMT{tz})"


@dataclass(frozen=True, kw_only=True)
class Labels:
    """A client's words around a quoted message, in one language."""

    original: str
    sender: str
    sent: str
    to: str
    subject: str
    colon: str


OUTLOOK_LABELS: Final = {
    "en": Labels(
        original="-----Original Message-----",
        sender="From",
        sent="Sent",
        to="To",
        subject="Subject",
        colon=": ",
    ),
    "de": Labels(
        original="-----Ursprüngliche Nachricht-----",
        sender="Von",
        sent="Gesendet",
        to="An",
        subject="Betreff",
        colon=": ",
    ),
    "fr": Labels(
        original="-----Message d'origine-----",
        sender="De",
        sent="Envoyé",
        to="À",
        subject="Objet",
        colon=" : ",
    ),
    "es": Labels(
        original="-----Mensaje original-----",
        sender="De",
        sent="Enviado el",
        to="Para",
        subject="Asunto",
        colon=": ",
    ),
    "nl": Labels(
        original="-----Oorspronkelijk bericht-----",
        sender="Van",
        sent="Verzonden",
        to="Aan",
        subject="Onderwerp",
        colon=": ",
    ),
    "it": Labels(
        original="-----Messaggio originale-----",
        sender="Da",
        sent="Inviato",
        to="A",
        subject="Oggetto",
        colon=": ",
    ),
}
SAMSUNG_LABELS: Final = {
    "en": Labels(
        original="-------- Original message --------",
        sender="From",
        sent="Date",
        to="To",
        subject="Subject",
        colon=": ",
    ),
    "de": Labels(
        original="-------- Ursprüngliche Nachricht --------",
        sender="Von",
        sent="Datum",
        to="An",
        subject="Betreff",
        colon=": ",
    ),
    "fr": Labels(
        original="-------- Message d'origine --------",
        sender="De",
        sent="Date",
        to="À",
        subject="Objet",
        colon=" : ",
    ),
    "es": Labels(
        original="-------- Mensaje original --------",
        sender="De",
        sent="Fecha",
        to="Para",
        subject="Asunto",
        colon=": ",
    ),
    "nl": Labels(
        original="-------- Oorspronkelijk bericht --------",
        sender="Van",
        sent="Datum",
        to="Aan",
        subject="Onderwerp",
        colon=": ",
    ),
    "it": Labels(
        original="-------- Messaggio originale --------",
        sender="Da",
        sent="Data",
        to="A",
        subject="Oggetto",
        colon=": ",
    ),
}
OUTLOOK_RE: Final = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
IPHONE_SIG: Final = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
}
OUTLOOK_MOBILE_SIG: Final = {
    "en": "Get Outlook for {os}",
    "de": "Outlook für {os} herunterladen",
    "fr": "Télécharger Outlook pour {os}",
    "es": "Obtener Outlook para {os}",
    "nl": "Outlook voor {os} downloaden",
    "it": "Scarica Outlook per {os}",
}
SAMSUNG_SIG: Final = {
    "en": "Sent from my Samsung Galaxy smartphone.",
    "de": "Von meinem Samsung Galaxy Smartphone gesendet.",
    "fr": "Envoyé depuis mon smartphone Samsung Galaxy.",
    "es": "Enviado desde mi smartphone Samsung Galaxy.",
    "nl": "Verzonden vanaf mijn Samsung Galaxy-smartphone.",
    "it": "Inviato dal mio smartphone Samsung Galaxy.",
}

# --------------------------------------------------------------------------------------------
# The reminder Ostrava Language Services sent, in each customer's language
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT: Final = {
    "en": "Payment reminder – invoice {inv} overdue",
    "de": "Zahlungserinnerung – Rechnung {inv} überfällig",
    "fr": "Rappel de paiement – facture {inv} échue",
    "es": "Recordatorio de pago – factura {inv} vencida",
    "nl": "Betalingsherinnering – factuur {inv} vervallen",
    "it": "Promemoria di pagamento – fattura {inv} scaduta",
}
REMINDER_BODY: Final = {
    "en": (
        "Dear client,\n\n"
        "Our records show that the invoice below is now overdue.\n\n"
        "Invoice:   {inv}\nDate:      {issued}\nDue:       {due}\nService:   {svc}\nAmount:    {amt}\n\n"
        "If you have already paid, thank you – please reply with the payment date and reference so that we can allocate it. If you have a question about the invoice or the work, reply to this email and we will get back to you.\n\n"
        "Kind regards\n\n"
        "Receivables team\nOstrava Language Services s.r.o.\nStodolní 14, 702 00 Ostrava, Czech Republic\nTel. +420 596 100 200"
    ),
    "de": (
        "Sehr geehrte Damen und Herren,\n\n"
        "nach unseren Unterlagen ist die folgende Rechnung noch offen:\n\n"
        "Rechnung:  {inv}\nDatum:     {issued}\nFällig:    {due}\nLeistung:  {svc}\nBetrag:    {amt}\n\n"
        "Falls Sie bereits gezahlt haben, danken wir Ihnen und bitten um eine kurze Mitteilung von Zahlungsdatum und Referenz, damit wir die Zahlung zuordnen können. Bei Fragen zur Rechnung oder zum Auftrag antworten Sie einfach auf diese E-Mail.\n\n"
        "Mit freundlichen Grüßen\n\n"
        "Forderungsmanagement\nOstrava Language Services s.r.o.\nStodolní 14, 702 00 Ostrava, Tschechien"
    ),
    "fr": (
        "Madame, Monsieur,\n\n"
        "Sauf erreur ou omission de notre part, la facture ci-dessous n'a pas encore été réglée :\n\n"
        "Facture :     {inv}\nDate :        {issued}\nÉchéance :    {due}\nPrestation :  {svc}\nMontant :     {amt}\n\n"
        "Si votre paiement a déjà été effectué, nous vous en remercions et vous prions de nous indiquer sa date et sa référence afin que nous puissions le rapprocher. Pour toute question concernant la facture ou la prestation, il vous suffit de répondre à ce message.\n\n"
        "Bien cordialement,\n\n"
        "Service recouvrement\nOstrava Language Services s.r.o.\nStodolní 14, 702 00 Ostrava, République tchèque"
    ),
    "es": (
        "Estimado/a cliente:\n\n"
        "Según nuestros registros, la siguiente factura está pendiente de pago:\n\n"
        "Factura:      {inv}\nFecha:        {issued}\nVencimiento:  {due}\nServicio:     {svc}\nImporte:      {amt}\n\n"
        "Si ya ha efectuado el pago, le damos las gracias y le rogamos que nos indique la fecha y la referencia para poder conciliarlo. Si tiene alguna consulta sobre la factura o el servicio, basta con responder a este correo.\n\n"
        "Un cordial saludo,\n\n"
        "Departamento de cobros\nOstrava Language Services s.r.o.\nStodolní 14, 702 00 Ostrava, República Checa"
    ),
    "nl": (
        "Geachte relatie,\n\n"
        "Volgens onze administratie is de onderstaande factuur nog niet voldaan:\n\n"
        "Factuur:      {inv}\nDatum:        {issued}\nVervaldatum:  {due}\nDienst:       {svc}\nBedrag:       {amt}\n\n"
        "Heeft u al betaald, dan danken wij u hartelijk en vernemen wij graag de betaaldatum en het kenmerk, zodat wij de betaling kunnen verwerken. Heeft u vragen over de factuur of de opdracht, beantwoord dan gewoon deze e-mail.\n\n"
        "Met vriendelijke groet,\n\n"
        "Debiteurenbeheer\nOstrava Language Services s.r.o.\nStodolní 14, 702 00 Ostrava, Tsjechië"
    ),
    "it": (
        "Gentile cliente,\n\n"
        "dai nostri archivi risulta non ancora saldata la seguente fattura:\n\n"
        "Fattura:   {inv}\nData:      {issued}\nScadenza:  {due}\nServizio:  {svc}\nImporto:   {amt}\n\n"
        "Se ha già provveduto al pagamento, la ringraziamo e le chiediamo di comunicarci data e riferimento del versamento, così da poterlo abbinare. Per qualsiasi domanda sulla fattura o sul servizio è sufficiente rispondere a questa e-mail.\n\n"
        "Cordiali saluti,\n\n"
        "Ufficio crediti\nOstrava Language Services s.r.o.\nStodolní 14, 702 00 Ostrava, Repubblica Ceca"
    ),
}
INVOICE_DATE: Final = {
    "en": "{d} {monl} {y}",
    "de": "{dd}.{mo}.{y}",
    "fr": "{dd}/{mo}/{y}",
    "es": "{dd}/{mo}/{y}",
    "nl": "{dd}-{mo}-{y}",
    "it": "{dd}/{mo}/{y}",
}
DEFAULT_AMOUNT: Final = {
    "en": "€1,284.60",
    "de": "1.742,50 €",
    "fr": "1 396,80 €",
    "es": "1.120,00 €",
    "nl": "€ 2.015,40",
    "it": "€ 1.537,20",
}
DEFAULT_SERVICE: Final = {
    "en": "Translation and certification as per order",
    "de": "Übersetzung und Beglaubigung laut Auftrag",
    "fr": "Traduction et certification selon commande",
    "es": "Traducción y certificación según pedido",
    "nl": "Vertaling en beëdiging volgens opdracht",
    "it": "Traduzione e asseverazione come da ordine",
}
LATIN1_FIXES: Final = {"–": "-", "€": "EUR", "’": "'", "…": "...", "\u202f": " "}


# --------------------------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Reply:
    """One hand-written message: who wrote it, when, with which client, and its labels."""

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    style: str
    body: str
    labels: Extract
    loc: str = ""
    rlang: str = ""
    inv: str = "OLS-2027-0100"
    amt: str = ""
    svc: str = ""
    subject: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    attach: tuple[str, bytes] | None = None
    cc: str = ""
    threaded: bool = True
    days_before: int = 1
    inline: tuple[tuple[str, str], ...] = ()

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def new_text(self) -> str:
        """Everything the sender wrote: the top text and any comments between quoted lines."""
        return "\n\n".join([self.body, *(comment for _, comment in self.inline)])

    @property
    def client(self) -> str:
        """The locale of the sender's mail client (attribution lines, signatures)."""
        return self.loc or self.lang

    @property
    def reminder_lang(self) -> str:
        return self.rlang or self.lang


@dataclass(frozen=True, kw_only=True)
class Quote:
    """The reminder as the replying client shows it."""

    text: str
    subject: str
    sent: datetime
    loc: str
    to: str


@dataclass(frozen=True, kw_only=True)
class Ctx:
    """A reply and what it quotes."""

    r: Reply
    q: Quote


# --------------------------------------------------------------------------------------------
# Dates, ids and text helpers
# --------------------------------------------------------------------------------------------


def base(loc: str) -> str:
    return loc[:2]


def table(tbl: dict[str, str], loc: str) -> str:
    return tbl.get(loc) or tbl[base(loc)]


def date_fields(loc: str, dt: datetime) -> dict[str, str]:
    lang, wd, mo = base(loc), dt.weekday(), dt.month - 1
    offset = dt.utcoffset() or timedelta(0)
    hours = int(offset.total_seconds()) // 3600
    return {
        "wds": WEEKDAYS_SHORT[lang].split()[wd],
        "wdl": WEEKDAYS_LONG[lang].split()[wd],
        "mons": MONTHS_SHORT[lang].split()[mo],
        "monl": MONTHS_LONG[lang].split()[mo],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "HH": f"{dt.hour:02d}",
        "H": str(dt.hour),
        "mm": f"{dt.minute:02d}",
        "h12": str((dt.hour - 1) % 12 + 1),
        "ampm": "AM" if dt.hour < 12 else "PM",
        "tz": f"{hours:+03d}:00",
    }


def fmt(template: str, loc: str, dt: datetime, **extra: str) -> str:
    return template.format(**date_fields(loc, dt), **extra)


def reminder_time(reply: datetime, days_before: int) -> datetime:
    """The reminder left Ostrava on a working day before the reply, a little after nine."""
    day = reply.astimezone(AR_TZ) - timedelta(days=days_before)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day.replace(hour=9, minute=1 + day.day % 9, second=17)


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:n]


def reminder_msgid(key: str) -> str:
    return f"<OLS.{b32(key, 'reminder', 18)}@{AR_DOMAIN}>"


def reply_msgid(key: str, style: str, addr: str) -> str:
    domain = addr.split("@")[1]
    raw = digest(key, "reply")
    if style.startswith("gmail"):
        tail = base64.urlsafe_b64encode(raw).decode().rstrip("=")[:42]
        return f"<CA{tail}@mail.gmail.com>"
    if style in OUTLOOK_FAMILY:
        return f"<{b32(key, 'ms', 30)}@{b32(key, 'host', 10)}.EURPRD09.PROD.OUTLOOK.COM>"
    if style.startswith(("apple", "iphone")):
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if style == "samsung":
        return f"<{raw.hex()[:20]}@email.android.com>"
    return f"<{raw.hex()[:26]}@{domain}>"


def latin1_safe(text: str) -> str:
    for bad, good in LATIN1_FIXES.items():
        text = text.replace(bad, good)
    return text


def fits(text: str, charset: str) -> str:
    """The reminder as a client in `charset` would quote it."""
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        return latin1_safe(text)
    return text


def quote_lines(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def html_lines(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    return "\n".join(f"<p>{html_lines(p)}</p>" for p in text.split("\n\n"))


def mso_paragraphs(text: str) -> str:
    out = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "&nbsp;"
        out.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# MIME parts and headers
# --------------------------------------------------------------------------------------------

ENCODINGS: Final = {"qp": cs.QP, "b64": cs.BASE64}


def body_charset(name: str, cte: str) -> cs.Charset:
    """A fresh Charset with the transfer encoding the client would choose."""
    charset = cs.Charset(name)
    charset.body_encoding = ENCODINGS[cte]
    return charset


def text_part(text: str, *, subtype: str, charset: str, cte: str) -> Message:
    data = text.encode(charset)  # raises if the hand-written text does not fit the charset
    part = MIMENonMultipart("text", subtype)
    if cte in ENCODINGS:
        part.set_payload(text, body_charset(charset, cte))
        return part
    part.set_param("charset", charset)
    part.set_payload(data.decode("ascii", "surrogateescape"))  # sent as is: 7bit or 8bit
    part["Content-Transfer-Encoding"] = cte
    return part


def header_text(value: str, charset: str, name: str = "Subject") -> str:
    """The header value as a mail client encodes it (RFC 2047 when it is not ASCII)."""
    if value.isascii():
        return value
    enc = charset
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
    return f"{header_text(name, charset, 'From')} <{addr}>"


def alternative(text: Message, markup: Message) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(text)
    outer.attach(markup)
    return outer


def plain_and_html(r: Reply, text: str, markup: str) -> Message:
    return alternative(
        text_part(text, subtype="plain", charset=r.charset, cte=r.cte),
        text_part(markup, subtype="html", charset=r.charset, cte=r.cte),
    )


def plain(r: Reply, text: str, cte: str = "") -> Message:
    return text_part(text, subtype="plain", charset=r.charset, cte=cte or r.cte)


# --------------------------------------------------------------------------------------------
# The reminder being answered
# --------------------------------------------------------------------------------------------


def invoice_dates(lang: str, sent: datetime) -> tuple[str, str]:
    """Issue and due dates printed on a reminder sent at `sent` (14-day terms, 12 days late)."""
    due = sent - timedelta(days=12)
    issued = due - timedelta(days=14)
    tpl = INVOICE_DATE[lang]
    return fmt(tpl, lang, issued), fmt(tpl, lang, due)


def reminder_subject(lang: str, inv: str) -> str:
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_text(*, lang: str, inv: str, amt: str, svc: str, sent: datetime) -> str:
    issued, due = invoice_dates(lang, sent)
    return REMINDER_BODY[lang].format(
        inv=inv,
        issued=issued,
        due=due,
        svc=svc or DEFAULT_SERVICE[lang],
        amt=amt or DEFAULT_AMOUNT[lang],
    )


def original_reminder(*, lang: str, to: str, sent: datetime, key: str, inv: str) -> Message:
    """The reminder as Ostrava Language Services sent it (returned inside bounces)."""
    text = reminder_text(lang=lang, inv=inv, amt="", svc="", sent=sent)
    msg = text_part(text, subtype="plain", charset="utf-8", cte="qp")
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = to
    msg["Subject"] = header_text(reminder_subject(lang, inv), "utf-8")
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = reminder_msgid(key)
    content_headers_last(msg)
    return msg


def make_quote(r: Reply) -> Quote:
    sent_ar = reminder_time(r.dt, r.days_before)
    text = reminder_text(lang=r.reminder_lang, inv=r.inv, amt=r.amt, svc=r.svc, sent=sent_ar)
    name, addr = r.who
    to = formataddr((name, addr)) if name.isascii() else f"{name} <{addr}>"
    return Quote(
        text=fits(text, r.charset),
        subject=fits(reminder_subject(r.reminder_lang, r.inv), r.charset),
        sent=sent_ar.astimezone(r.dt.tzinfo),
        loc=r.client,
        to=to if name else addr,
    )


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


def header_rows(q: Quote, labels: Labels, sent: str) -> list[tuple[str, str]]:
    return [
        (labels.sender, f"{AR_NAME} <{AR_ADDR}>"),
        (labels.sent, sent),
        (labels.to, q.to),
        (labels.subject, q.subject),
    ]


def outlook_rows(q: Quote) -> list[tuple[str, str]]:
    sent = fmt(table(OUTLOOK_SENT, q.loc), q.loc, q.sent)
    return header_rows(q, OUTLOOK_LABELS[base(q.loc)], sent)


def rows_text(rows: Iterable[tuple[str, str]], colon: str) -> str:
    return "\n".join(f"{label}{colon}{value}" for label, value in rows)


def outlook_block(q: Quote) -> str:
    return rows_text(outlook_rows(q), OUTLOOK_LABELS[base(q.loc)].colon)


def word_html(c: Ctx) -> str:
    colon = OUTLOOK_LABELS[base(c.q.loc)].colon.rstrip()
    head = "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(colon)}</b> {html.escape(value)}"
        for label, value in outlook_rows(c.q)
    )
    lang = "EN-US" if c.r.client == "en-US" else f"{base(c.r.client).upper()}"
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\n'
        f'<head><meta http-equiv="Content-Type" content="text/html; charset={c.r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!--\np.MsoNormal, li.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}\n--></style>\n'
        f'</head>\n<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n'
        f"{mso_paragraphs(c.r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso_paragraphs(c.q.text)}\n</div>\n</body>\n</html>\n"
    )


def style_outlook(c: Ctx) -> Message:
    sep = OUTLOOK_LABELS[base(c.q.loc)].original
    return plain(c.r, f"{c.r.body}\n\n{sep}\n{outlook_block(c.q)}\n\n{c.q.text}\n")


def outlook_new_text(c: Ctx) -> str:
    return f"{c.r.body}\n\n{'_' * 32}\n{outlook_block(c.q)}\n\n{c.q.text}\n"


def style_outlook_new(c: Ctx) -> Message:
    return plain(c.r, outlook_new_text(c))


def style_outlook_html(c: Ctx) -> Message:
    return plain_and_html(c.r, outlook_new_text(c), word_html(c))


def style_html_only(c: Ctx) -> Message:
    return text_part(word_html(c), subtype="html", charset=c.r.charset, cte=c.r.cte)


def owa_html(c: Ctx) -> str:
    colon = OUTLOOK_LABELS[base(c.q.loc)].colon.rstrip()
    head = "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(colon)}</b> {html.escape(value)}"
        for label, value in outlook_rows(c.q)
    )
    return (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={c.r.charset}"></head>\n'
        '<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
        f"{html_lines(c.r.body)}</div>\n"
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{head}</font>\n<div>&nbsp;</div>\n</div>\n"
        f"<div>{html_paragraphs(c.q.text)}</div>\n</body>\n</html>\n"
    )


def style_owa(c: Ctx) -> Message:
    return plain_and_html(c.r, outlook_new_text(c), owa_html(c))


def outlook_mobile(c: Ctx, os_name: str) -> Message:
    sig = OUTLOOK_MOBILE_SIG[base(c.q.loc)].format(os=os_name)
    text = f"{c.r.body}\n\n{sig}\n{'_' * 32}\n{outlook_block(c.q)}\n\n{c.q.text}\n"
    return plain(c.r, text, "b64")


def style_android(c: Ctx) -> Message:
    return outlook_mobile(c, "Android")


def style_ios_outlook(c: Ctx) -> Message:
    return outlook_mobile(c, "iOS")


def gmail_attr(q: Quote) -> str:
    return fmt(table(GMAIL_ATTR, q.loc), q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def apple_attr(q: Quote) -> str:
    return fmt(table(APPLE_ATTR, q.loc), q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def gmail_text(c: Ctx) -> str:
    return f"{c.r.body}\n\n{gmail_attr(c.q)}\n\n{quote_lines(c.q.text)}\n"


def style_gmail(c: Ctx) -> Message:
    markup = (
        f'<div dir="ltr">{html_lines(c.r.body)}</div><br>\n'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(gmail_attr(c.q))}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n'
        f"{html_paragraphs(c.q.text)}</blockquote></div>\n"
    )
    return plain_and_html(c.r, gmail_text(c), markup)


def style_gmail_plain(c: Ctx) -> Message:
    return plain(c.r, gmail_text(c))


def style_apple(c: Ctx) -> Message:
    return plain(c.r, f"{c.r.body}\n\n{apple_attr(c.q)}\n\n{quote_lines(c.q.text)}\n")


def style_apple_html(c: Ctx) -> Message:
    markup = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f'{html_lines(c.r.body)}<br><div><br><blockquote type="cite"><div>{html.escape(apple_attr(c.q))}</div><br>'
        f"<div>{html_paragraphs(c.q.text)}</div></blockquote></div></body></html>\n"
    )
    text = f"{c.r.body}\n\n{apple_attr(c.q)}\n\n{quote_lines(c.q.text)}\n"
    return plain_and_html(c.r, text, markup)


def style_iphone(c: Ctx) -> Message:
    quoted = quote_lines(f"{apple_attr(c.q)}\n\n{c.q.text}")
    return plain(c.r, f"{c.r.body}\n\n{IPHONE_SIG[base(c.q.loc)]}\n\n{quoted}\n")


def style_thunderbird(c: Ctx) -> Message:
    attr = fmt(table(TB_ATTR, c.q.loc), c.q.loc, c.q.sent, name=AR_NAME)
    part = plain(c.r, f"{c.r.body}\n\n{attr}\n{quote_lines(c.q.text)}\n", "8bit")
    if c.r.charset == "utf-8":
        part.set_param("format", "flowed")
    return part


def inline_quote(c: Ctx) -> str:
    """The quoted reminder with the sender's comments after the lines they answer."""
    out = []
    for line in c.q.text.split("\n"):
        out.append("> " + line if line else ">")
        for anchor, comment in c.r.inline:
            if anchor in line:
                out += ["", comment, ""]
    return "\n".join(out)


def style_thunderbird_inline(c: Ctx) -> Message:
    attr = fmt(table(TB_ATTR, c.q.loc), c.q.loc, c.q.sent, name=AR_NAME)
    return plain(c.r, f"{c.r.body}\n\n{attr}\n{inline_quote(c)}\n", "8bit")


def style_gmail_inline(c: Ctx) -> Message:
    return plain(c.r, f"{c.r.body}\n\n{gmail_attr(c.q)}\n\n{inline_quote(c)}\n")


def style_samsung(c: Ctx) -> Message:
    labels = SAMSUNG_LABELS[base(c.q.loc)]
    sent = fmt(SAMSUNG_DATE, c.q.loc, c.q.sent)
    block = rows_text(header_rows(c.q, labels, sent), labels.colon)
    sig = SAMSUNG_SIG[base(c.q.loc)]
    text = f"{c.r.body}\n\n\n{sig}\n\n\n{labels.original}\n{block}\n\n{c.q.text}\n"
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body dir="auto">'
        f'<div dir="auto">{html_lines(c.r.body)}</div><div dir="auto"><br></div><div dir="auto"><br></div>'
        f'<div id="composer_signature" dir="auto"><div style="font-size:85%;color:#575757" dir="auto">{html.escape(sig)}</div></div>'
        f'<div><br></div><div style="font-size:100%;color:#000000"><!-- originalMessage --><div>{html.escape(labels.original)}</div>'
        f"<div>{html_lines(block)}</div><div><br></div></div>{html_paragraphs(c.q.text)}</body></html>\n"
    )
    return plain_and_html(c.r, text, markup)


def style_none(c: Ctx) -> Message:
    return plain(c.r, c.r.body + "\n")


def style_notice_html(c: Ctx) -> Message:
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={c.r.charset}"></head>'
        '<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">\n'
        f"{html_paragraphs(c.r.body)}\n</body></html>\n"
    )
    return plain_and_html(c.r, c.r.body + "\n", markup)


STYLES: Final[dict[str, Callable[[Ctx], Message]]] = {
    "outlook": style_outlook,
    "outlook_new": style_outlook_new,
    "outlook_html": style_outlook_html,
    "html_only": style_html_only,
    "owa": style_owa,
    "android": style_android,
    "ios_outlook": style_ios_outlook,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "apple": style_apple,
    "apple_html": style_apple_html,
    "iphone": style_iphone,
    "thunderbird": style_thunderbird,
    "thunderbird_inline": style_thunderbird_inline,
    "gmail_inline": style_gmail_inline,
    "samsung": style_samsung,
    "none": style_none,
    "notice_html": style_notice_html,
}
OUTLOOK_FAMILY: Final = {
    "outlook",
    "outlook_new",
    "outlook_html",
    "html_only",
    "owa",
    "android",
    "ios_outlook",
}
STYLE_HEADERS: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "outlook": (("X-Mailer", "Microsoft Outlook 16.0"),),
    "apple": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "apple_html": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22D72)"),),
    "thunderbird_inline": (
        (
            "User-Agent",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Thunderbird/128.7.1",
        ),
    ),
    "thunderbird": (
        (
            "User-Agent",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.7.1",
        ),
    ),
}


def reply_subject(r: Reply, q: Quote) -> str:
    if r.subject:
        return r.subject.format(rsub=q.subject)
    prefix = OUTLOOK_RE[base(r.client)] if r.style in OUTLOOK_FAMILY else "Re: "
    return prefix + q.subject


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    index = base64.b64encode(digest(r.key, "thread")[:22]).decode()
    language = {"en": "en-GB", "en-US": "en-US"}.get(r.client, f"{r.lang}-{r.lang.upper()}")
    return [
        ("Thread-Topic", header_text(q.subject, r.charset, "Thread-Topic")),
        ("Thread-Index", index),
        ("Accept-Language", language if language == "en-US" else f"{language}, en-US"),
        ("Content-Language", language),
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


def subparts(part: Message) -> list[Message]:
    if not part.is_multipart():
        return []
    payload = part.get_payload()
    return [p for p in payload if isinstance(p, Message)] if isinstance(payload, list) else []


def strip_part_versions(part: Message, *, root: bool) -> None:
    """Only the top of a message (or of a returned message) carries MIME-Version."""
    if not root:
        del part["MIME-Version"]
    for sub in subparts(part):
        strip_part_versions(sub, root=part.get_content_type() == "message/rfc822")


BOUNDARY_PREFIX: Final = {
    "gmail": "000000000000",
    "apple_html": "Apple-Mail=_",
    "samsung": "--_com.samsung.android.email_",
}


def fix_boundaries(msg: Message, key: str, style: str) -> None:
    """Deterministic boundaries, shaped like the client's own."""
    prefix = BOUNDARY_PREFIX.get(style, "_000_" if style in OUTLOOK_FAMILY else "----=_Part_")
    parts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(parts):
        part.set_boundary(prefix + b32(key, f"boundary{n}", 24))


def finalize(msg: Message, key: str, style: str) -> Message:
    content_headers_last(msg)
    strip_part_versions(msg, root=True)
    fix_boundaries(msg, key, style)
    return msg


def thread_headers(r: Reply) -> list[tuple[str, str]]:
    if not r.threaded:
        return []
    return [("In-Reply-To", reminder_msgid(r.key)), ("References", reminder_msgid(r.key))]


def build_reply(r: Reply) -> Message:
    q = make_quote(r)
    msg = with_attachment(r, STYLES[r.style](Ctx(r=r, q=q)))
    msg["From"] = address(*r.who, r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    if r.cc:
        msg["Cc"] = r.cc
    msg["Subject"] = header_text(reply_subject(r, q), r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r.key, r.style, r.who[1])
    extra = outlook_headers(r, q) if r.style in OUTLOOK_FAMILY else []
    headers = [*thread_headers(r), *extra, *STYLE_HEADERS.get(r.style, ()), *r.headers]
    for name, value in headers:
        msg[name] = value
    return finalize(msg, r.key, r.style)


# --------------------------------------------------------------------------------------------
# The hand-written replies
# --------------------------------------------------------------------------------------------

AUTO_REPLIED: Final = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED: Final = ("Auto-Submitted", "auto-generated")
NO_AUTOREPLY: Final = ("X-Auto-Response-Suppress", "All")
FAKE_PDF: Final = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)

PAYMENT_SENT: Final = [
    Reply(
        key="ps-en-paid",
        intent="payment_sent",
        lang="en",
        who=("Gareth Pryce", "gareth.pryce@gmail.com"),
        when="2027-02-16 07:52 +0000",
        style="iphone",
        inv="OLS-2027-0119",
        amt="£240.00",
        svc="Certified translation of birth certificate (CS>EN), 2 pages",
        body="Paid.",
        labels=lab(note="one-word claim with no date: payment_sent, paid_date null"),
    ),
    Reply(
        key="ps-en-done",
        intent="payment_sent",
        lang="en",
        who=("Tomasz Wierzbicki", "t.wierzbicki@northgate-conferences.example"),
        when="2027-03-02 16:40 +0000",
        style="gmail",
        inv="OLS-2027-0228",
        amt="€3,600.00",
        svc="Conference interpreting EN<>PL, 2 interpreters × 1 day",
        body="done",
        labels=lab(
            note="lowercase one-word 'done' answering a payment reminder reads as paid; no date"
        ),
    ),
    Reply(
        key="ps-en-check",
        intent="payment_sent",
        lang="en",
        loc="en-US",
        who=("Marisol Ortega", "mortega@bluestemhousebooks.example"),
        when="2027-02-26 21:40 -0800",
        style="apple",
        inv="OLS-2027-0133",
        amt="$1,960.00",
        svc="Translation CS>EN, novel sample chapters, 14,000 words",
        body=(
            "Hi there,\n\n"
            "Sorry this one slipped — our AP person left in January and vendor invoices have been landing on my desk ever since. I mailed a check today for the full amount, $1,960.00, check no. 10457, to the Ostrava address on the invoice. International mail being what it is, give it a couple of weeks.\n\n"
            "If it's easier for you we can switch to wire transfers going forward, just let me know.\n\n"
            "Best,\nMarisol\n\n"
            "Marisol Ortega\nManaging Editor, Bluestem House Books\nPortland, OR"
        ),
        labels=lab(
            paid="2027-02-26",
            ref="10457",
            amount="1960.00",
            currency="USD",
            note="sent late on Friday in Portland (Saturday in UTC): 'today' is Fri 26 Feb in the sender's zone; the check number is the reference",
        ),
    ),
    Reply(
        key="ps-de-coupa",
        intent="payment_sent",
        lang="de",
        who=("Coupa Zahlungsavis", "do_not_reply@halvorsen-pharma.coupahost.example"),
        when="2027-02-19 06:02 +0100",
        style="notice_html",
        threaded=False,
        subject="Zahlungsavis von Halvorsen Pharma GmbH – Zahlung ZA-2027-0031877",
        headers=(AUTO_GENERATED, ("Precedence", "bulk")),
        body=(
            "Zahlungsavis\n\n"
            "Halvorsen Pharma GmbH hat eine Zahlung an Ostrava Language Services s.r.o. veranlasst.\n\n"
            "Zahlungsnummer: ZA-2027-0031877\nZahlungsdatum: 18.02.2027\nZahlungsart: SEPA-Überweisung\nWährung: EUR\nGesamtbetrag: 4.615,20\n\n"
            "Rechnungsnummer | Rechnungsdatum | Bezahlter Betrag\nOLS-2027-0094 | 11.01.2027 | 3.108,00\nOLS-2027-0102 | 14.01.2027 | 1.507,20\n\n"
            "Der Betrag wird Ihrem Konto je nach Bank innerhalb von 1–3 Bankarbeitstagen gutgeschrieben. Bei Fragen zu dieser Zahlung wenden Sie sich bitte an kreditoren@halvorsen-pharma.example.\n\n"
            "Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.\n\n"
            "Powered by Coupa"
        ),
        labels=lab(
            refs=("OLS-2027-0094", "OLS-2027-0102"),
            paid="2027-02-18",
            ref="ZA-2027-0031877",
            amount="4615.20",
            currency="EUR",
            note="Coupa payment advice with Auto-Submitted: auto-generated: a payment, not an auto_reply; not a reply to the reminder; the AP query address is not a new_contact",
        ),
    ),
    Reply(
        key="ps-de-sepa",
        intent="payment_sent",
        lang="de",
        who=("Sabine Krämer", "buchhaltung@brandtner-vogl.example"),
        when="2027-02-23 10:41 +0100",
        style="outlook",
        charset="windows-1252",
        inv="OLS-2027-0163",
        amt="1.742,50 €",
        svc="Beglaubigte Übersetzung EN>DE, Handelsregisterauszüge, 9 Seiten",
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "die Rechnung OLS-2027-0163 über 1.742,50 € haben wir heute per SEPA-Überweisung beglichen.\n\n"
            "Bitte entschuldigen Sie die Verzögerung; die Rechnung war bei uns zunächst dem falschen Mandat zugeordnet.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Sabine Krämer\nBuchhaltung\n\n"
            "Brandtner & Vogl Rechtsanwälte PartG mbB\nLeopoldstraße 201 · 80804 München\nTel. +49 89 0000 4410\n\n"
            "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet."
        ),
        labels=lab(refs=("OLS-2027-0163",), paid="2027-02-23", amount="1742.50", currency="EUR"),
    ),
    Reply(
        key="ps-fr-virement",
        intent="payment_sent",
        lang="fr",
        who=("Hélène Vasseur", "helene.vasseur62@gmail.com"),
        when="2027-02-17 09:30 +0100",
        style="gmail",
        inv="OLS-2027-0124",
        amt="186,00 €",
        svc="Traduction assermentée EN>FR, jugement de divorce, 3 pages",
        body=(
            "Bonjour,\n\n"
            "Je suis désolée pour le retard, j'avais complètement oublié cette facture. J'ai fait le virement hier soir depuis mon application bancaire, il devrait apparaître sur votre compte d'ici deux ou trois jours.\n\n"
            "Merci encore pour la traduction du jugement, elle a été acceptée sans difficulté par la mairie.\n\n"
            "Bien cordialement,\nHélène Vasseur"
        ),
        labels=lab(paid="2027-02-16", note="'hier soir' = the evening before Wed 17 Feb"),
    ),
    Reply(
        key="ps-fr-be",
        intent="payment_sent",
        lang="fr",
        who=("Julien Dewaele", "j.dewaele@dewaele-avocats.example"),
        when="2027-02-19 12:14 +0100",
        style="samsung",
        inv="OLS-2027-0111",
        amt="742,00 €",
        body=(
            "Bonjour,\n\n"
            "Regle le 12/02 par virement, ref. VIR-0212-5587. Merci de verifier de votre cote avant de nous relancer.\n\n"
            "Cdt,\nJ. Dewaele"
        ),
        labels=lab(
            paid="2027-02-12",
            ref="VIR-0212-5587",
            note="no accents, a little irritated; '12/02' without a year is 12 Feb 2027",
        ),
    ),
    Reply(
        key="ps-es-editorial",
        intent="payment_sent",
        lang="es",
        who=("Nuria Castells", "ncastells@edicionsalbufera.example"),
        when="2027-02-22 10:02 +0100",
        style="outlook_html",
        inv="OLS-2027-0231",
        amt="3.150,00 €",
        svc="Traducción CS>ES, novela, 35.000 palabras",
        attach=("Justificante_transferencia_OLS-2027-0231.pdf", FAKE_PDF),
        body=(
            "Buenos días:\n\n"
            "Les confirmamos que el pasado viernes 19 se emitió la transferencia correspondiente a la factura OLS-2027-0231, por importe de 3.150,00 €. Adjuntamos el justificante bancario.\n\n"
            "Disculpen el retraso: la factura estaba pendiente de la firma del director editorial, que ha estado unos días de baja.\n\n"
            "Un saludo,\n\n"
            "Nuria Castells\nAdministración\nEdicions Albufera, S.L.\nC/ de Colón 00, 46004 València\n\n"
            "AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. Si usted no es el destinatario indicado, le rogamos que lo comunique al remitente y proceda a su eliminación. En cumplimiento del RGPD, le informamos de que sus datos forman parte de un fichero responsabilidad de Edicions Albufera, S.L."
        ),
        labels=lab(
            refs=("OLS-2027-0231",),
            paid="2027-02-19",
            amount="3150.00",
            currency="EUR",
            note="'el pasado viernes 19' before Mon 22 Feb; transfer proof attached as a PDF",
        ),
    ),
    Reply(
        key="ps-es-mx",
        intent="payment_sent",
        lang="es",
        rlang="en",
        who=("Rogelio Benítez", "rbenitez.asesoria@gmail.com"),
        when="2027-03-04 18:55 -0600",
        style="gmail_plain",
        inv="OLS-2027-0205",
        amt="US$420.00",
        body=(
            "hola, ya se pago desde el martes, el numero de operacion es 7730021945. si no les aparece me avisan\n\n"
            "saludos\nRogelio"
        ),
        labels=lab(
            paid="2027-03-02",
            ref="7730021945",
            note="no accents or capitals; 'desde el martes' = Tue 2 Mar; Spanish reply to an English reminder",
        ),
    ),
    Reply(
        key="ps-nl-oracle",
        intent="payment_sent",
        lang="nl",
        who=("Oracle Payables", "no-reply.ap@vandijkfarma.example"),
        when="2027-02-25 05:30 +0100",
        style="none",
        threaded=False,
        subject="Betalingsadvies PAY-2027-004412 – Van Dijk Farma B.V.",
        headers=(AUTO_GENERATED, ("X-Mailer", "Oracle Payables Notification")),
        body=(
            "Betalingsadvies\n\n"
            "Geachte leverancier,\n\n"
            "Van Dijk Farma B.V. heeft de onderstaande facturen betaald. Het bedrag wordt overgemaakt naar het rekeningnummer dat bij ons bekend is.\n\n"
            "Leverancier:      Ostrava Language Services s.r.o. (leveranciersnr. 300418)\nBetalingskenmerk: PAY-2027-004412\nBetaaldatum:      25-02-2027\nBetaalwijze:      SEPA-overboeking\nValuta:           EUR\n\n"
            "Factuurnummer    Factuurdatum    Bedrag\nOLS-2027-0174    20-01-2027      3.912,00\nOLS-2027-0179    22-01-2027      1.692,00\n                 Totaal          5.604,00\n\n"
            "Dit bericht is automatisch aangemaakt door Oracle Payables. Antwoorden op dit bericht worden niet gelezen. Vragen over deze betaling? Mail naar crediteurenadministratie@vandijkfarma.example onder vermelding van het betalingskenmerk."
        ),
        labels=lab(
            refs=("OLS-2027-0174", "OLS-2027-0179"),
            paid="2027-02-25",
            ref="PAY-2027-004412",
            amount="5604.00",
            currency="EUR",
            note="Oracle payment advice, Auto-Submitted: auto-generated; the total of both invoices is the amount paid",
        ),
    ),
    Reply(
        key="ps-nl-app",
        intent="payment_sent",
        lang="nl",
        who=("Koen Verhaegen", "koen.verhaegen@telenet-post.example"),
        when="2027-03-09 08:05 +0100",
        style="iphone",
        inv="OLS-2027-0236",
        amt="€ 118,00",
        svc="Beëdigde vertaling rijbewijs CS>NL",
        body="Is gisteren overgemaakt 👍 sorry voor de vertraging!\n\nKoen",
        labels=lab(paid="2027-03-08", note="'gisteren' before Tue 9 Mar"),
    ),
    Reply(
        key="ps-it-bonifico",
        intent="payment_sent",
        lang="it",
        who=("Avv. Chiara Benedetti", "c.benedetti@benedettiparisi.example"),
        when="2027-03-03 11:20 +0100",
        style="outlook_html",
        charset="iso-8859-1",
        inv="OLS-2027-0247",
        amt="€ 980,00",
        svc="Traduzione asseverata CS>IT, atti processuali, 14 cartelle",
        body=(
            "Buongiorno,\n\n"
            "vi confermo che in data odierna abbiamo disposto il bonifico di EUR 980,00 a saldo della fattura OLS-2027-0247 (TRN 0306909876543210487).\n\n"
            "Cordiali saluti\n\n"
            "Avv. Chiara Benedetti\nStudio Legale Benedetti & Parisi\nVia dei Mille 00, 80121 Napoli\n\n"
            "Le informazioni contenute in questo messaggio di posta elettronica sono riservate e confidenziali e ne è vietata la diffusione in qualunque modo eseguita. Qualora Lei non fosse la persona a cui il presente messaggio è destinato, La invitiamo a eliminarlo e a darcene gentile comunicazione. Il trattamento dei dati avviene ai sensi del Regolamento UE 2016/679."
        ),
        labels=lab(
            refs=("OLS-2027-0247",),
            paid="2027-03-03",
            ref="0306909876543210487",
            amount="980.00",
            currency="EUR",
            note="'in data odierna' is the message date; the TRN is the reference",
        ),
    ),
]

PROMISE_TO_PAY: Final = [
    Reply(
        key="pp-en-ooo",
        intent="promise_to_pay",
        lang="en",
        loc="en-US",
        who=("Dana Whitfield", "dwhitfield@meridianevents.example"),
        when="2027-02-24 13:05 -0600",
        style="android",
        inv="OLS-2027-0171",
        amt="$5,280.00",
        svc="Conference interpreting EN<>CS/DE, Prague summit, 2 days",
        subject="RE: {rsub} (out of office – answering from my phone)",
        body=(
            "Hi – I'm out of the office this week but saw this come through. The invoice is approved and has been scheduled for Friday's check run, so it'll go out then. Sorry for the delay.\n\n"
            "Dana"
        ),
        labels=lab(
            promised="2027-02-26",
            note="a person writing although the subject says out of office; past-tense 'approved and scheduled' announces a future payment on Fri 26 Feb",
        ),
    ),
    Reply(
        key="pp-en-wednesday",
        intent="promise_to_pay",
        lang="en",
        who=("Priya Raman", "priya@ramanimmigration.example"),
        when="2027-02-15 16:20 +0000",
        style="thunderbird",
        inv="OLS-2027-0158",
        amt="£365.00",
        svc="Certified translations CS>EN for visa application, 5 documents",
        body=(
            "Dear Sir/Madam,\n\n"
            "Thank you for the reminder. Our principal signs off supplier payments on Wednesday next, and your invoice OLS-2027-0158 is on the list, so you will receive payment then.\n\n"
            "Kind regards,\n\n"
            "Priya Raman\nPractice Manager\nRaman Immigration Advisers\nRegulated by the Immigration Advice Authority"
        ),
        labels=lab(
            refs=("OLS-2027-0158",),
            promised="2027-02-24",
            note="British 'Wednesday next' written on Mon 15 Feb = the Wednesday of next week (24 Feb), not the 17th",
        ),
    ),
    Reply(
        key="pp-en-fortnight",
        intent="promise_to_pay",
        lang="en",
        who=("Liam O'Connell", "liam.oconnell@gmail.com"),
        when="2027-03-01 08:15 +1100",
        style="iphone",
        inv="OLS-2027-0188",
        amt="€410.00",
        svc="Certified translation CS>EN, marriage and birth certificates",
        body=(
            "Hi, apologies – I've been interstate for work and only just seen this. Money's a bit tight until my next pay comes through but I'll have it paid within a fortnight, promise.\n\n"
            "Cheers, Liam"
        ),
        labels=lab(
            promised="2027-03-15",
            note="Sydney time: Mon 1 Mar locally (Sun 28 Feb in UTC); a fortnight from 1 Mar is 15 Mar. Tight money is mentioned but nothing is asked: a dated promise, not payment_plan",
        ),
    ),
    Reply(
        key="pp-de-kw10",
        intent="promise_to_pay",
        lang="de",
        rlang="en",
        who=("Miriam Hofstetter", "m.hofstetter@rheinfeld-biopharm.example"),
        when="2027-02-25 14:12 +0100",
        style="owa",
        inv="OLS-2027-0141",
        amt="€6,930.00",
        svc="Translation EN>DE/FR, clinical study documents, 46,200 words",
        body=(
            "Guten Tag\n\n"
            "Die Rechnung OLS-2027-0141 wurde von der Fachabteilung freigegeben und ist für den Zahllauf in KW 10 eingeplant.\n\n"
            "Freundliche Grüsse\n"
            "Miriam Hofstetter\nKreditorenbuchhaltung\nRheinfeld Biopharm AG, Basel"
        ),
        labels=lab(
            refs=("OLS-2027-0141",),
            promised="2027-03-08",
            note="'Zahllauf in KW 10' → Monday of ISO week 10 (8 Mar), as 'next week' → its Monday; past-tense 'freigegeben' with a future payment; Swiss German reply to an English reminder",
        ),
    ),
    Reply(
        key="pp-de-mitte",
        intent="promise_to_pay",
        lang="de",
        who=("Jonas Albrecht", "albrecht@hafenlicht-verlag.example"),
        when="2027-02-22 11:48 +0100",
        style="apple",
        inv="OLS-2027-0149",
        amt="2.860,00 €",
        svc="Literarische Übersetzung CS>DE, 2. Rate",
        body=(
            "Hallo,\n\n"
            "ja, ich weiß, die ist schon drüber. Wir warten selbst noch auf den Zuschuss der Übersetzungsförderung für den Titel, der sollte aber in den nächsten Tagen kommen. Wir überweisen auf jeden Fall bis Mitte März.\n\n"
            "Viele Grüße\nJonas Albrecht\nHafenlicht Verlag"
        ),
        labels=lab(
            promised="2027-03-15",
            note="'bis Mitte März' → 15 Mar (mid-month read as the 15th); the grant is context, the promise is unconditional ('auf jeden Fall')",
        ),
    ),
    Reply(
        key="pp-fr-aj",
        intent="promise_to_pay",
        lang="fr",
        who=("Anne-Sophie Lemaire", "as.lemaire@lemaire-avocat.example"),
        when="2027-03-05 17:22 +0100",
        style="outlook_html",
        charset="windows-1252",
        inv="OLS-2027-0204",
        amt="520,00 €",
        svc="Interprétariat tchèque-français, audience du 12 janvier 2027",
        body=(
            "Madame, Monsieur,\n\n"
            "Je fais suite à votre relance concernant la facture OLS-2027-0204 (interprétariat lors de l'audience du 12 janvier).\n\n"
            "Ce dossier relève de l'aide juridictionnelle : votre facture sera réglée dès que la CARPA m'aura versé les fonds correspondants, ce qui suppose que le greffe ait d'abord délivré l'attestation de fin de mission. Je ne peux malheureusement pas avancer ces frais.\n\n"
            "Je ne manquerai pas de revenir vers vous dès réception.\n\n"
            "Bien à vous,\n\n"
            "Anne-Sophie Lemaire\nAvocate au Barreau de Lille"
        ),
        labels=lab(
            refs=("OLS-2027-0204",),
            note="payment promised once the legal-aid funds are released by the court: an event, not a date, so promised_date is null",
        ),
    ),
    Reply(
        key="pp-fr-qc",
        intent="promise_to_pay",
        lang="fr",
        who=("Mathieu Gagnon", "mgagnon@congresboreal.example"),
        when="2027-02-16 22:30 -0500",
        style="gmail",
        inv="OLS-2027-0137",
        amt="4 150,00 $ CA",
        svc="Interprétation simultanée FR<>EN, colloque de janvier",
        body=(
            "Bonjour,\n\n"
            "Désolé pour le délai. La facture a été approuvée cet après-midi; le paiement partira avec notre cycle de paiement fournisseurs de la fin du mois.\n\n"
            "Merci de votre patience,\n\n"
            "Mathieu Gagnon\nCoordonnateur, Congrès Boréal\nMontréal (Québec)"
        ),
        labels=lab(
            promised="2027-02-28",
            note="'fin du mois' → last day of February; written Tue 16 Feb in the Montréal evening (already the 17th in UTC)",
        ),
    ),
    Reply(
        key="pp-es-remesa",
        intent="promise_to_pay",
        lang="es",
        who=("Alba Ferrer", "aferrer@ferrermestre-advocats.example"),
        when="2027-02-19 13:10 +0100",
        style="outlook_new",
        inv="OLS-2027-0166",
        amt="1.485,00 €",
        svc="Traducción jurada CS>ES, poderes notariales",
        body=(
            "Hola,\n\n"
            "Gracias por el aviso. La factura ya está contabilizada y la incluiremos en la remesa de pagos del día 1.\n\n"
            "Saludos cordiales,\n\n"
            "Alba Ferrer\nDepartamento de Administración\nFerrer & Mestre Advocats"
        ),
        labels=lab(promised="2027-03-01", note="'el día 1' after 19 Feb = 1 Mar"),
    ),
    Reply(
        key="pp-es-ar",
        intent="promise_to_pay",
        lang="es",
        who=("Martín Sosa", "martin.sosa@sosa-migraciones.example"),
        when="2027-03-03 19:40 -0300",
        style="gmail_plain",
        inv="OLS-2027-0214",
        amt="US$ 690,00",
        body=(
            "Buenas tardes, disculpen la demora. Estuvimos con un problema en el homebanking y no pude hacer ninguna transferencia al exterior. La semana que viene sin falta les transfiero el total.\n\n"
            "Saludos,\nMartín"
        ),
        labels=lab(
            promised="2027-03-08",
            note="'la semana que viene' → Monday of next week (8 Mar); Buenos Aires time",
        ),
    ),
    Reply(
        key="pp-nl-donderdag",
        intent="promise_to_pay",
        lang="nl",
        who=("Femke de Graaf", "f.degraaf@uitgeverijdezandloper.example"),
        when="2027-03-08 09:55 +0100",
        style="outlook_html",
        inv="OLS-2027-0196",
        amt="€ 2.430,00",
        svc="Vertaling CS>NL, non-fictie, 27.000 woorden",
        body=(
            "Goedemorgen,\n\n"
            "Excuus, deze is er bij ons doorheen geglipt. Ik heb hem zojuist goedgekeurd in ons systeem; donderdag gaat de betaling eruit.\n\n"
            "Met vriendelijke groet,\n\n"
            "Femke de Graaf\nBureauredactie | Uitgeverij De Zandloper"
        ),
        labels=lab(
            promised="2027-03-11",
            note="past-tense 'goedgekeurd' plus future 'donderdag' (Thu 11 Mar)",
        ),
    ),
    Reply(
        key="pp-it-venerdi",
        intent="promise_to_pay",
        lang="it",
        who=("Marco Rinaldi", "m.rinaldi@eventitalia-congressi.example"),
        when="2027-02-15 18:22 +0100",
        style="iphone",
        inv="OLS-2027-0129",
        amt="€ 3.240,00",
        svc="Interpretariato di conferenza IT<>EN, 2 giornate",
        body=(
            "Buonasera, scusate il ritardo. La pago entro venerdì, ho già chiesto all'amministrazione di inserirla nei pagamenti di questa settimana.\n\n"
            "Marco"
        ),
        labels=lab(promised="2027-02-19", note="'entro venerdì' written Mon 15 Feb"),
    ),
    Reply(
        key="pp-it-distinta",
        intent="promise_to_pay",
        lang="it",
        who=("Daniela Ferraro", "contabilita.fornitori@ferrarofarmaceutici.example"),
        when="2027-02-23 10:05 +0100",
        style="outlook",
        charset="iso-8859-1",
        inv="OLS-2027-0155",
        amt="€ 5.112,00",
        svc="Traduzione EN>IT, foglietti illustrativi, 21.300 parole",
        body=(
            "Buongiorno,\n\n"
            "non l'abbiamo ancora pagata, lo so: la fattura ci è arrivata senza il numero d'ordine ed è rimasta ferma in approvazione. Adesso è sbloccata e la mettiamo nella distinta di fine mese.\n\n"
            "Cordiali saluti\n"
            "Daniela Ferraro\nContabilità fornitori\nFerraro Farmaceutici S.p.A."
        ),
        labels=lab(
            promised="2027-02-28",
            note="negated past payment followed by a dated promise; 'distinta di fine mese' → 28 Feb",
        ),
    ),
]

DISPUTE: Final = [
    Reply(
        key="d-en-duplicate",
        intent="dispute",
        lang="en",
        who=("Deborah Oyelaran", "cashiers@harrowgatekemp.example"),
        when="2027-02-18 15:10 +0000",
        style="outlook_html",
        inv="OLS-2027-0219",
        amt="£2,316.00",
        svc="Certified translation CS>EN, witness statements, 19 pages",
        body=(
            "Good afternoon,\n\n"
            "We settled OLS-2027-0212 by Faster Payment on Tuesday (£2,316.00, our ref. HKL-FP-88412). OLS-2027-0219, which this reminder is about, appears to be the same job invoiced a second time: same client matter, same 19 pages of witness statements, same amount. Please could you check and cancel 0219 – we will not be paying it twice.\n\n"
            "Regards,\n\n"
            "Deborah Oyelaran\nCashiering Team\nHarrowgate Kemp LLP\n\n"
            "This email and any attachments are confidential and may be legally privileged. If you have received it in error, please notify the sender and delete it. Harrowgate Kemp LLP is authorised and regulated by the Solicitors Regulation Authority. We will never notify you of a change to our bank details by email."
        ),
        labels=lab(
            refs=("OLS-2027-0212", "OLS-2027-0219"),
            note="one invoice paid, the reminded one called a duplicate: dispute wins; the payment fields stay null because the payment is of the other invoice",
        ),
    ),
    Reply(
        key="d-en-notpaid",
        intent="dispute",
        lang="en",
        who=("Oksana Hrytsenko", "oksana.hrytsenko@gmail.com"),
        when="2027-03-02 20:14 +0000",
        style="gmail",
        inv="OLS-2027-0226",
        amt="£295.00",
        svc="Certified translations UKR>EN, hard copies by courier",
        body=(
            "Hello,\n\n"
            "We have NOT paid this and we are not going to until the certified copies actually arrive. Your courier's tracking says 'delivered to neighbour' on 3 February. None of my neighbours has it. Our visa appointment is on the 19th and without the originals we will have to rebook it.\n\n"
            "Please find out where the documents are. Once I have them in my hand I will pay the same day.\n\n"
            "Oksana"
        ),
        labels=lab(
            note="negated payment because the goods never arrived; the promise is conditional on delivery and 'the 19th' is an appointment, not a payment date",
        ),
    ),
    Reply(
        key="d-en-wordcount",
        intent="dispute",
        lang="en",
        who=("Rupert Lyle", "rupert.lyle@kestrelpress.example"),
        when="2027-03-10 12:33 +0000",
        style="apple_html",
        inv="OLS-2027-0150",
        amt="£4,579.00",
        svc="Literary translation CS>EN, 48,200 words @ £0.095",
        days_before=3,
        body=(
            "Hello,\n\n"
            "Apologies for the slow reply – we've had the book fair prep landing on top of everything, plus our rights manager has been off, so I'm covering two jobs and slightly losing track of which inbox is which.\n\n"
            "First of all, thanks again to Petra and the team for the turnaround on the novel. The translation reads beautifully and the author was delighted with how the dialogue came across, which is not something I say lightly about translated crime fiction. We'd very much like to use you again for the second book in the series, which should be ready in the summer.\n\n"
            "On the invoice, though – and this is why it's been sitting here – it charges for 48,200 words. The final manuscript we sent on 4 January was 41,760 words; the 48,200 was the count of the first draft, which included two chapters the author then cut. We only ever asked for the final text to be translated, and the quote you gave us in December was based on the 41,760 figure. So the invoice is out by 6,440 words at £0.095, if I've done my sums right.\n\n"
            "Could you reissue it at the right count? I'll get the corrected one approved straight away. I don't want this to be a sticking point – as I say, we'd like to keep working together.\n\n"
            "All best,\nRupert\n\n"
            "Rupert Lyle\nSenior Editor, Kestrel Press\nLondon"
        ),
        labels=lab(
            note="long reply burying a word-count dispute under praise and future work; the reissue request belongs to the dispute",
        ),
    ),
    Reply(
        key="d-de-tage",
        intent="dispute",
        lang="de",
        who=("Katrin Weiß", "k.weiss@forum-medtech.example"),
        when="2027-02-17 11:20 +0100",
        style="outlook_html",
        inv="OLS-2027-0126",
        amt="7.200,00 €",
        svc="Konferenzdolmetschen DE<>EN, 2 Dolmetscher × 3 Tage",
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "mit der Rechnung OLS-2027-0126 sind wir so nicht einverstanden. Berechnet werden 2 Dolmetscher × 3 Tage. Die Konferenz wurde jedoch, wie Ihrer Projektleiterin am 8. Dezember schriftlich mitgeteilt, auf zwei Tage verkürzt. Laut Ihren AGB ist eine Reduzierung bis vier Wochen vor Veranstaltungsbeginn kostenfrei.\n\n"
            "Die tatsächlich erbrachten zwei Tage zahlen wir selbstverständlich. Bitte schicken Sie uns eine korrigierte Rechnung bzw. eine Gutschrift über den dritten Tag; bis dahin halten wir die Zahlung zurück.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Katrin Weiß\nProjektleitung Veranstaltungen\nForum MedTech Stuttgart e. V."
        ),
        labels=lab(
            refs=("OLS-2027-0126",),
            note="quantity dispute: a day billed that was cancelled in time",
        ),
    ),
    Reply(
        key="d-de-bestellung",
        intent="dispute",
        lang="de",
        who=("Kreditorenbuchhaltung Alpina Pharma", "kreditoren@alpinapharma.example"),
        when="2027-03-04 08:40 +0100",
        style="outlook",
        charset="iso-8859-1",
        inv="OLS-2027-0199",
        amt="3.318,00 €",
        svc="Übersetzung EN>DE, Bestellung 4500771203",
        body=(
            "Guten Morgen,\n\n"
            "zu dieser Rechnung existiert bei uns keine Bestellung. Die angegebene Bestellnummer 4500771203 gehört nicht zu unserem Haus, unsere Bestellnummern beginnen mit 47. Bitte prüfen Sie, ob die Rechnung an den richtigen Kunden adressiert ist.\n\n"
            "Freundliche Grüße\n"
            "Kreditorenbuchhaltung\nAlpina Pharma GmbH, Innsbruck"
        ),
        labels=lab(
            note="'not our PO': the company named on the invoice contests it, so dispute rather than wrong_contact",
        ),
    ),
    Reply(
        key="d-fr-episodes",
        intent="dispute",
        lang="fr",
        who=("Camille Roux", "camille.roux@filmsdelestuaire.example"),
        when="2027-02-24 15:45 +0100",
        style="gmail",
        inv="OLS-2027-0161",
        amt="3 480,00 €",
        svc="Sous-titrage CS>FR, série documentaire, 6 épisodes",
        body=(
            "Bonjour,\n\n"
            "Avant de parler de paiement, il faudrait que la prestation soit complète : sur les six épisodes commandés, nous n'avons reçu les sous-titres que pour cinq. L'épisode 4 n'a jamais été livré, malgré deux relances à votre chef de projet. Et les fichiers de l'épisode 2 sont décalés de près d'une seconde à partir de la 12e minute.\n\n"
            "Nous réglerons la facture lorsque l'épisode 4 aura été livré et l'épisode 2 corrigé, ou bien sur la base d'une facture rectifiée pour cinq épisodes.\n\n"
            "Cordialement,\n\n"
            "Camille Roux\nChargée de postproduction\nFilms de l'Estuaire"
        ),
        labels=lab(note="service incomplete and defective; the payment is conditional on the fix"),
    ),
    Reply(
        key="d-fr-avoir",
        intent="dispute",
        lang="fr",
        who=("Isabelle Morel", "compta@editions-lanterne.example"),
        when="2027-03-09 10:15 +0100",
        style="outlook_new",
        inv="OLS-2027-0177",
        amt="2 210,00 €",
        svc="Traduction CS>FR, essai, 26 000 mots",
        attach=("AV-2027-0009.pdf", FAKE_PDF),
        body=(
            "Bonjour,\n\n"
            "Nous ne comprenons pas cette relance : la facture OLS-2027-0177 a été intégralement annulée par votre avoir AV-2027-0009 du 4 février, suite à l'abandon du projet de traduction. Vous trouverez l'avoir en pièce jointe.\n\n"
            "Merci de mettre à jour votre comptabilité et de ne plus nous relancer pour cette facture.\n\n"
            "Cordialement,\n"
            "Isabelle Morel\nService comptabilité – Éditions de la Lanterne"
        ),
        labels=lab(
            refs=("OLS-2027-0177",),
            note="already credited; 'ne plus nous relancer pour cette facture' is about the void invoice, not a request to stop all mail; the credit-note number is not an invoice ref",
        ),
    ),
    Reply(
        key="d-es-tarifa",
        intent="dispute",
        lang="es",
        who=("Lucía Romero", "lromero@romero-abogados.example"),
        when="2027-02-26 12:30 +0100",
        style="outlook_html",
        charset="iso-8859-1",
        inv="OLS-2027-0190",
        amt="868,00 €",
        svc="Traducción jurada EN>ES, 6.200 palabras, tarifa urgente",
        body=(
            "Buenos días:\n\n"
            "Hemos revisado la factura OLS-2027-0190 y no es correcta. Se nos ha aplicado la tarifa urgente (0,14 EUR/palabra), cuando el encargo se hizo con plazo estándar, tal y como consta en el presupuesto aceptado el 8 de enero (0,11 EUR/palabra). La diferencia es de 186 EUR.\n\n"
            "Les rogamos que nos envíen una factura rectificativa por 682 EUR; en cuanto la recibamos, procederemos al pago.\n\n"
            "Atentamente,\n\n"
            "Lucía Romero\nRomero & Asociados Abogados\nMadrid"
        ),
        labels=lab(
            refs=("OLS-2027-0190",),
            note="wrong rate; the corrected-invoice request and the conditional payment are part of the dispute",
        ),
    ),
    Reply(
        key="d-nl-geboortedatum",
        intent="dispute",
        lang="nl",
        who=("Ahmed El Amrani", "a.elamrani1987@gmail.com"),
        when="2027-02-16 19:02 +0100",
        style="iphone",
        inv="OLS-2027-0115",
        amt="€ 96,00",
        svc="Beëdigde vertaling geboorteakte CS>NL",
        body=(
            "Goedenavond,\n\n"
            "Ik ga deze factuur niet betalen zolang de vertaling niet klopt. In de beëdigde vertaling van mijn geboorteakte staat 14-03-1987 als geboortedatum, dat moet 14-08-1987 zijn. De IND heeft mijn aanvraag daardoor teruggestuurd. Ik heb dit op 2 februari al gemeld maar nog steeds niets gehoord.\n\n"
            "Graag zo snel mogelijk een gecorrigeerde vertaling.\n\n"
            "Ahmed El Amrani"
        ),
        labels=lab(note="defective service; refuses to pay until it is fixed"),
    ),
    Reply(
        key="d-nl-tolkdag",
        intent="dispute",
        lang="nl",
        who=("Bram Wouters", "bram.wouters@congresbureau-delta.example"),
        when="2027-03-05 14:48 +0100",
        style="outlook_html",
        charset="windows-1252",
        inv="OLS-2027-0198",
        amt="€ 3.520,00",
        svc="Vertaling congresmap NL>EN + tolken NL<>EN 14-15 januari",
        body=(
            "Beste,\n\n"
            "Het deel voor de vertaling van de congresmap (€ 1.120,00) hebben we vorige week overgemaakt. De twee tolkdagen van 14 en 15 januari kloppen echter niet: de tolk was alleen op de 14e aanwezig, de tweede dag is op ons verzoek geannuleerd, ruim op tijd. Zie de mail van jullie projectmanager van 20 december.\n\n"
            "Graag een creditnota voor één tolkdag (€ 1.200,00). Het restant betalen we zodra die binnen is.\n\n"
            "Met vriendelijke groet,\n"
            "Bram Wouters\nCongresbureau Delta"
        ),
        labels=lab(
            note="part paid, rest contested: dispute wins for the disputed part and the payment fields stay null",
        ),
    ),
    Reply(
        key="d-it-doppione",
        intent="dispute",
        lang="it",
        who=("Giulia Marchetti", "g.marchetti@studiomarchettilex.example"),
        when="2027-02-18 09:12 +0100",
        style="gmail",
        inv="OLS-2027-0152",
        amt="€ 1.260,00",
        svc="Traduzione asseverata CS>IT, atto di citazione, 18 cartelle",
        body=(
            "Buongiorno,\n\n"
            "la fattura OLS-2027-0152 è un doppione della OLS-2027-0098: stessa traduzione (atto di citazione, 18 cartelle), stesso importo. La 0098 l'abbiamo saldata il 20 gennaio con bonifico.\n\n"
            "Vi chiedo di annullare la 0152 o di emettere una nota di credito.\n\n"
            "Grazie,\nGiulia Marchetti\nStudio Marchetti – Avvocati"
        ),
        labels=lab(
            refs=("OLS-2027-0098", "OLS-2027-0152"),
            note="duplicate billing; the payment on 20 Jan is of the earlier invoice",
        ),
    ),
    Reply(
        key="d-it-cabine",
        intent="dispute",
        lang="it",
        who=("Stefano Colombo", "s.colombo@congressilombardia.example"),
        when="2027-03-11 16:05 +0100",
        style="thunderbird_inline",
        charset="iso-8859-1",
        inv="OLS-2027-0241",
        amt="€ 6.850,00",
        svc="Interpretariato simultaneo IT<>EN/DE, cabine e impianto",
        body="Buongiorno, vi rispondo nel testo.",
        inline=(
            (
                "Servizio:",
                "Qui c'è l'errore: 1.450 EUR per cabine e impianto di interpretazione simultanea che nel preventivo accettato non c'erano. L'impianto lo forniva il centro congressi, come scritto nella nostra conferma d'ordine. Gli onorari degli interpreti invece sono corretti.",
            ),
            (
                "Importo:",
                "Questo importo non lo possiamo pagare. Mandateci una fattura corretta senza la voce attrezzature e la paghiamo subito.",
            ),
            ("Repubblica Ceca", "Saluti\nStefano Colombo\nCongressi Lombardia srl"),
        ),
        labels=lab(
            note="inline reply between the quoted lines: charges outside the accepted quote; payment conditional on a corrected invoice"
        ),
    ),
]

PAYMENT_PLAN: Final = [
    Reply(
        key="pl-en-redundant",
        intent="payment_plan",
        lang="en",
        who=("Sandra Okafor", "s.okafor@homemail-uk.example"),
        when="2027-02-20 10:14 +0000",
        style="iphone",
        inv="OLS-2027-0142",
        amt="£420.00",
        svc="Certified translations CS>EN, residency application",
        body=(
            "Hi,\n\n"
            "I'm really sorry about this. I was made redundant at the end of January and I'm struggling to cover everything at the moment. I do want to pay for the translations, they were for my mum's residency application. Would it be possible to pay £60 a month until it's cleared? I can set up a standing order from the 1st.\n\n"
            "Thanks for understanding,\nSandra"
        ),
        labels=lab(
            note="hardship and monthly instalments; 'from the 1st' starts the plan, and plan dates are not labelled",
        ),
    ),
    Reply(
        key="pl-en-three",
        intent="payment_plan",
        lang="en",
        who=("Alistair Grant", "agrant@thistledownbooks.example"),
        when="2027-03-04 11:00 +0000",
        style="outlook_new",
        inv="OLS-2027-0209",
        amt="£5,840.00",
        svc="Literary translation CS>EN, 2 titles",
        body=(
            "Hello,\n\n"
            "Spring is our tightest quarter for cash flow – our arts council grant doesn't land until May. Would you be willing to accept the balance in three equal payments at the end of March, April and May? I can confirm the first one in writing now if that helps.\n\n"
            "Best regards,\n"
            "Alistair Grant\nPublisher\nThistledown Books, Edinburgh"
        ),
        labels=lab(note="three instalments proposed"),
    ),
    Reply(
        key="pl-en-part",
        intent="payment_plan",
        lang="en",
        who=("Nadia Haddad", "n.haddad@haddad-legal.example"),
        when="2027-03-11 15:20 +0000",
        style="owa",
        inv="OLS-2027-0233",
        amt="£1,480.00",
        svc="Interpreting CS<>EN, client conferences and hearing",
        body=(
            "Hi,\n\n"
            "We've paid £600 towards this today and will settle the remaining £880 by the end of March, when our next legal aid payment comes through. Hope that's acceptable – shout if not.\n\n"
            "Thanks,\nNadia Haddad\nParalegal, Haddad Legal"
        ),
        labels=lab(
            note="part payment now plus the balance later → payment_plan, not payment_sent; plan dates and amounts are not labelled",
        ),
    ),
    Reply(
        key="pl-de-raten",
        intent="payment_plan",
        lang="de",
        who=("Dragan Petrović", "d.petrovic@webpost-de.example"),
        when="2027-02-17 21:33 +0100",
        style="android",
        inv="OLS-2027-0132",
        amt="890,00 €",
        svc="Beglaubigte Übersetzungen für Einbürgerungsantrag",
        body=(
            "Guten Abend,\n\n"
            "ich habe Ihre Erinnerung bekommen. Die Übersetzungen für die Einbürgerung waren teurer als gedacht und ich kann die 890 € gerade nicht auf einmal zahlen. Wäre es möglich, den Betrag in drei Raten zu zahlen, jeweils zum Monatsanfang? Die erste Rate könnte ich sofort überweisen.\n\n"
            "Vielen Dank für Ihr Verständnis\nDragan Petrović"
        ),
        labels=lab(note="three instalments asked for"),
    ),
    Reply(
        key="pl-de-aufschub",
        intent="payment_plan",
        lang="de",
        who=("Thomas Berger", "berger@berger-konferenzservice.example"),
        when="2027-03-08 09:05 +0100",
        style="outlook_html",
        inv="OLS-2027-0216",
        amt="4.680,00 €",
        svc="Simultandolmetschen DE<>CS, Symposium 21.–22. Januar",
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "wir bitten um einen Zahlungsaufschub für die Rechnung OLS-2027-0216 bis Ende April. Unser Auftraggeber, für den die Dolmetschleistung auf dem Symposium erbracht wurde, hat seine Zahlung an uns selbst noch nicht geleistet, und wir können die Summe nicht vorfinanzieren.\n\n"
            "Für Ihr Entgegenkommen wären wir Ihnen sehr dankbar.\n\n"
            "Mit freundlichen Grüßen\n"
            "Thomas Berger\nGeschäftsführer\nBerger Konferenzservice GmbH"
        ),
        labels=lab(
            refs=("OLS-2027-0216",),
            note="asks for more time until the end of April: payment_plan, not promise_to_pay; a requested date is not a commitment and is not labelled",
        ),
    ),
    Reply(
        key="pl-fr-remise",
        intent="payment_plan",
        lang="fr",
        who=("Sophie Marchand", "s.marchand@afss-asso.example"),
        when="2027-02-25 18:10 +0100",
        style="gmail",
        inv="OLS-2027-0185",
        amt="2 400,00 €",
        svc="Interprétation de conférence FR<>EN, colloque du 22 janvier",
        body=(
            "Bonjour,\n\n"
            "Je me permets de vous écrire avec un peu d'embarras. Notre association a organisé en janvier un colloque dont la fréquentation a été bien inférieure à nos prévisions, et nous sommes aujourd'hui en difficulté financière. Nous ne contestons en rien la qualité de l'interprétation, qui a été excellente.\n\n"
            "Serait-il envisageable de ramener la facture à 1 800 € ? Nous pourrions alors la régler rapidement. À défaut, un échelonnement sur quatre mois nous aiderait déjà beaucoup.\n\n"
            "Avec mes remerciements,\n"
            "Sophie Marchand\nTrésorière, Association francophone Santé & Société"
        ),
        labels=lab(
            note="asks a reduction for hardship without contesting the work: payment_plan, not dispute",
        ),
    ),
    Reply(
        key="pl-es-plazos",
        intent="payment_plan",
        lang="es",
        who=("Javier Molina", "jmolina@gestoriamolina.example"),
        when="2027-02-23 13:02 +0100",
        style="iphone",
        inv="OLS-2027-0168",
        amt="760,00 €",
        body=(
            "Buenas, ¿podríamos pagarla en dos plazos, la mitad ahora y la otra mitad a finales de marzo? Andamos justos este mes.\n\n"
            "Javier"
        ),
        labels=lab(note="two instalments asked for"),
    ),
    Reply(
        key="pl-es-cuotas",
        intent="payment_plan",
        lang="es",
        who=("Carmen Villalobos", "carmen@villalobos-extranjeria.example"),
        when="2027-03-10 10:40 +0100",
        style="gmail",
        cte="b64",
        inv="OLS-2027-0187",
        amt="1.340,00 €",
        svc="Traducción jurada CS>ES, expedientes de residencia",
        body=(
            "Buenos días,\n\n"
            "Les escribo por la factura pendiente. Les cuento un poco la situación porque no quiero que piensen que nos estamos desentendiendo: desde enero la Subdelegación ha cambiado el sistema de citas y llevamos semanas con casi todos los expedientes parados, lo que significa que los clientes no nos pagan hasta que se resuelven. A eso se sumó que mi compañera estuvo de baja todo febrero y que tuvimos que cambiar de local por una avería.\n\n"
            "Sé que el servicio de traducción jurada fue impecable y que la factura es correcta. Lo que les quería pedir es si podríamos ir pagándola en cuotas de 200 euros al mes, empezando en abril, hasta completar el importe. Si les viene mejor otra fórmula, díganme.\n\n"
            "Un saludo y gracias de antemano,\n\n"
            "Carmen Villalobos\nVillalobos Extranjería – Asesoría de inmigración\nMálaga"
        ),
        labels=lab(
            note="long hardship story; the request (monthly instalments) comes near the end"
        ),
    ),
    Reply(
        key="pl-nl-regeling",
        intent="payment_plan",
        lang="nl",
        who=("Sanne Jacobs", "sanne.jacobs@ziggo-post.example"),
        when="2027-02-18 20:20 +0100",
        style="gmail_plain",
        inv="OLS-2027-0147",
        amt="€ 385,00",
        svc="Beëdigde vertalingen CS>NL, diploma's en cijferlijsten",
        body=(
            "Hallo,\n\n"
            "Kan ik een betalingsregeling treffen? Ik zit momenteel krap omdat mijn uitkering nog niet rond is. Ik zou graag € 75 per maand betalen tot het hele bedrag is voldaan.\n\n"
            "Groetjes,\nSanne Jacobs"
        ),
        labels=lab(note="monthly instalments asked for"),
    ),
    Reply(
        key="pl-nl-uitstel",
        intent="payment_plan",
        lang="nl",
        who=("Pieter Hendriks", "p.hendriks@hendriksmigratieadvies.example"),
        when="2027-03-02 08:30 +0100",
        style="samsung",
        inv="OLS-2027-0201",
        amt="€ 1.025,00",
        body=(
            "Goedemorgen, zou ik voor deze factuur een maand uitstel kunnen krijgen? Een aantal cliënten heeft zelf nog niet betaald en ik wil liever niet rood staan. Als dat niet kan hoor ik het graag, dan zoeken we een andere oplossing.\n\n"
            "Gr. Pieter Hendriks"
        ),
        labels=lab(note="asks a month's extension: payment_plan"),
    ),
    Reply(
        key="pl-it-rate",
        intent="payment_plan",
        lang="it",
        who=("Francesca Gallo", "amministrazione@edizionilucerna.example"),
        when="2027-02-16 12:00 +0100",
        style="outlook",
        charset="iso-8859-1",
        inv="OLS-2027-0138",
        amt="€ 3.960,00",
        svc="Traduzione letteraria CS>IT, romanzo, 44.000 parole",
        body=(
            "Gentili signori,\n\n"
            "vi scrivo in merito al sollecito per la fattura OLS-2027-0138. Sarebbe possibile rateizzare l'importo in quattro rate mensili da 990 EUR, a partire dal 31 marzo? Il contributo alla traduzione che attendiamo dal Ministero ci è stato posticipato al secondo semestre.\n\n"
            "Resto in attesa di un vostro riscontro.\n\n"
            "Cordiali saluti\n"
            "Francesca Gallo\nAmministrazione - Edizioni Lucerna"
        ),
        labels=lab(
            refs=("OLS-2027-0138",),
            note="four monthly instalments; the start date belongs to the plan and is not labelled",
        ),
    ),
    Reply(
        key="pl-it-rientro",
        intent="payment_plan",
        lang="it",
        who=("Roberto Esposito", "roberto.esposito@studioesposito-immigrazione.example"),
        when="2027-03-09 17:50 +0100",
        style="gmail",
        inv="OLS-2027-0222",
        amt="€ 1.180,00",
        body=(
            "Buonasera,\n\n"
            "lo studio sta attraversando un periodo molto difficile, abbiamo perso due clienti importanti e al momento non riesco a saldare tutto. Vi chiedo se possiamo concordare un piano di rientro, anche piccolo, oppure qualche mese in piu per pagare.\n\n"
            "Mi scuso per il disagio.\nRoberto Esposito"
        ),
        labels=lab(note="hardship; asks for a plan or more time; a missing accent ('in piu')"),
    ),
]

INVOICE_REQUEST: Final = [
    Reply(
        key="ir-en-po",
        intent="invoice_request",
        lang="en",
        who=("Accounts Payable – Corvane Therapeutics", "ap@corvanetx.example"),
        when="2027-02-22 14:00 +0000",
        style="html_only",
        inv="OLS-2027-0169",
        amt="£3,276.00",
        svc="Translation EN>CS/SK/PL, patient information leaflets",
        body=(
            "Hello,\n\n"
            "We are unable to process invoice OLS-2027-0169 as it does not quote a valid Corvane purchase order number. All supplier invoices must reference a PO beginning 45 or they are automatically rejected by our system.\n\n"
            "Please reissue the invoice showing PO 4512093377 and send it to invoices@corvanetx.example. Payment will follow our standard terms once the corrected invoice is received.\n\n"
            "Kind regards,\n"
            "Accounts Payable\nCorvane Therapeutics Ltd"
        ),
        labels=lab(
            refs=("OLS-2027-0169",),
            note="reissue with a PO number, amount not contested; the invoice-submission address is not a new_contact; HTML-only",
        ),
    ),
    Reply(
        key="ir-en-never",
        intent="invoice_request",
        lang="en",
        who=("Mark Ellison", "mark@ellisonimmigration.example"),
        when="2027-02-15 09:40 +0000",
        style="gmail_inline",
        inv="OLS-2027-0108",
        amt="£180.00",
        body="Morning, see below.",
        inline=(
            (
                "Invoice:",
                "I've never actually received this invoice – nothing in the inbox or spam.",
            ),
            (
                "reply to this email",
                "Can you resend it please, along with the breakdown, and I'll get it sorted.\n\nMark",
            ),
        ),
        labels=lab(
            note="inline reply: never received the invoice, asks for it without contesting; 'I'll get it sorted' has no date"
        ),
    ),
    Reply(
        key="ir-en-w8",
        intent="invoice_request",
        lang="en",
        loc="en-US",
        who=("Jenna Park", "jpark@harborlightpublishing.example"),
        when="2027-03-03 10:15 -0500",
        style="owa",
        inv="OLS-2027-0183",
        amt="$7,450.00",
        svc="Translation CS>EN, narrative non-fiction, 62,000 words",
        body=(
            "Hi,\n\n"
            "Before we can release payment to a non-US vendor, our AP team needs a completed W-8BEN-E on file for Ostrava Language Services. We don't seem to have one. Could you send it over (signed and dated this year) along with your banking details on company letterhead?\n\n"
            "Once those are in, the invoice will go into the next payment run.\n\n"
            "Thanks,\nJenna Park\nEditorial Operations, Harborlight Publishing"
        ),
        labels=lab(
            note="tax form and bank details needed before paying; the payment run is conditional on them"
        ),
    ),
    Reply(
        key="ir-de-gericht",
        intent="invoice_request",
        lang="de",
        who=("Landgericht Erzbach – Kostenstelle", "kostenstelle@lg-erzbach.justiz.example"),
        when="2027-02-24 10:30 +0100",
        style="outlook",
        charset="windows-1252",
        inv="OLS-2027-0157",
        amt="1.086,40 €",
        svc="Dolmetschen Tschechisch, mündliche Verhandlung 12.–13. Januar",
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "Ihre Zahlungserinnerung vom 23.02.2027 liegt hier vor. Die Dolmetscherkosten in diesem Verfahren werden im Rahmen der bewilligten Prozesskostenhilfe aus der Staatskasse gezahlt. Eine Auszahlung ist jedoch erst möglich, wenn die Rechnung das gerichtliche Aktenzeichen (hier: 3 O 412/26) sowie die Bestätigung der Einsatzzeiten durch die Geschäftsstelle enthält. Beides fehlt in der uns vorliegenden Rechnung.\n\n"
            "Bitte übersenden Sie eine entsprechend ergänzte Rechnung, gern per E-Mail an diese Adresse.\n\n"
            "Mit freundlichen Grüßen\n"
            "Im Auftrag\nHartmann\nJustizamtsinspektorin\nLandgericht Erzbach – Kostenstelle\n\n"
            "Dieses Schreiben wurde elektronisch erstellt und ist ohne Unterschrift gültig."
        ),
        labels=lab(
            note="a court paying the interpreter out of legal aid asks for a completed invoice (file number, certified hours) before it can pay"
        ),
    ),
    Reply(
        key="ir-fr-releve",
        intent="invoice_request",
        lang="fr",
        who=("Nicolas Perrin", "n.perrin@perrin-associes.example"),
        when="2027-03-01 11:25 +0100",
        style="gmail",
        inv="OLS-2027-0192",
        amt="640,00 €",
        body=(
            "Bonjour,\n\n"
            "Pourriez-vous nous adresser un relevé de compte complet depuis septembre ? Nous avons plusieurs factures à votre nom et je voudrais m'assurer qu'aucune ne manque avant de lancer le paiement de celle-ci.\n\n"
            "Merci d'avance,\n"
            "Nicolas Perrin\nOffice manager – Perrin & Associés, avocats"
        ),
        labels=lab(note="statement of account requested before paying"),
    ),
    Reply(
        key="ir-fr-rib",
        intent="invoice_request",
        lang="fr",
        who=("Claire Dubois", "claire.dubois@laboratoires-vernet.example"),
        when="2027-02-19 16:40 +0100",
        style="outlook_html",
        charset="windows-1252",
        inv="OLS-2027-0145",
        amt="4 268,00 €",
        svc="Traduction EN>FR, dossier d'AMM, module 2",
        body=(
            "Bonjour,\n\n"
            "Afin de pouvoir procéder au règlement, notre service fournisseurs a besoin de votre RIB (IBAN et BIC) sur papier à en-tête, ainsi que de votre numéro de TVA intracommunautaire. Ces éléments ne figurent pas dans notre référentiel fournisseurs.\n\n"
            "Pourriez-vous nous les transmettre en réponse à ce message ?\n\n"
            "Cordialement,\n\n"
            "Claire Dubois\nGestionnaire comptabilité fournisseurs\nLaboratoires Vernet"
        ),
        labels=lab(note="bank details and VAT number needed before paying"),
    ),
    Reply(
        key="ir-es-reenviar",
        intent="invoice_request",
        lang="es",
        who=("Pablo Ruiz", "pablo.ruiz@congresosibericos.example"),
        when="2027-02-17 13:40 +0100",
        style="iphone",
        inv="OLS-2027-0128",
        amt="2.300,00 €",
        body="Hola, esta factura no nos ha llegado nunca. ¿Me la podéis reenviar a este correo? Gracias\n\nPablo",
        labels=lab(note="never received, please resend"),
    ),
    Reply(
        key="ir-es-cif",
        intent="invoice_request",
        lang="es",
        who=("Elena Navarro", "enavarro@navarrodental.example"),
        when="2027-03-05 09:20 +0100",
        style="outlook_new",
        inv="OLS-2027-0213",
        amt="455,00 €",
        svc="Traducción jurada CS>ES, títulos académicos",
        body=(
            "Buenos días,\n\n"
            "La factura está emitida a mi nombre, pero el encargo (traducción de los títulos para la homologación) lo paga la empresa. ¿Podrían emitirla de nuevo a nombre de Navarro Dental Salud, S.L., CIF B00000000, con la dirección fiscal de la calle Mayor 12, 30001 Murcia? En cuanto la tenga, la pasamos a pago.\n\n"
            "Gracias,\nElena Navarro"
        ),
        labels=lab(note="reissue to another legal entity; the amount is not contested"),
    ),
    Reply(
        key="ir-nl-peppol",
        intent="invoice_request",
        lang="nl",
        who=("Linda Bos", "crediteuren@bosmanpharma.example"),
        when="2027-02-15 13:10 +0100",
        style="outlook_html",
        inv="OLS-2027-0105",
        amt="€ 2.980,00",
        svc="Vertaling EN>NL, SmPC en bijsluiter",
        body=(
            "Geachte heer/mevrouw,\n\n"
            "Sinds 1 januari 2027 verwerken wij uitsluitend nog e-facturen via het Peppol-netwerk. Pdf-facturen per e-mail worden niet meer in behandeling genomen, daarom staat deze factuur bij ons niet in het systeem.\n\n"
            "Wilt u de factuur opnieuw aanbieden via Peppol (ons Peppol-ID: 0106:00000000)? Daarna wordt hij binnen onze normale betaaltermijn voldaan.\n\n"
            "Met vriendelijke groet,\n\n"
            "Linda Bos\nCrediteurenadministratie\nBosman Pharma B.V."
        ),
        labels=lab(note="e-invoice via Peppol needed before paying"),
    ),
    Reply(
        key="ir-nl-waarvoor",
        intent="invoice_request",
        lang="nl",
        rlang="fr",
        who=("Wim Janssens", "wim.janssens@skynet-post.example"),
        when="2027-03-10 11:11 +0100",
        style="iphone",
        inv="OLS-2027-0238",
        amt="1 150,00 €",
        body="Waarvoor is deze factuur eigenlijk? Ik kan hem nergens plaatsen. Kunt u mij de opdrachtbevestiging of de offerte sturen?",
        labels=lab(
            note="'what is this for' plus a request for the order confirmation: invoice_request; Flemish reply to a French reminder",
        ),
    ),
    Reply(
        key="ir-it-sdi",
        intent="invoice_request",
        lang="it",
        who=("Paolo Conti", "p.conti@contiassociati.example"),
        when="2027-03-01 15:30 +0100",
        style="outlook_new",
        inv="OLS-2027-0210",
        amt="€ 1.720,00",
        svc="Traduzione giurata CS>IT, documentazione societaria",
        body=(
            "Buongiorno,\n\n"
            "la fattura ci è arrivata solo in PDF e senza il nostro codice destinatario, quindi l'amministrazione non riesce a registrarla. Se ce la rimandate con codice destinatario M5UXCR1 e P.IVA 00000000000, la paghiamo entro venerdì.\n\n"
            "Grazie e buona giornata\n"
            "Paolo Conti\nConti & Associati – Studio legale"
        ),
        labels=lab(
            note="payment promised only once a corrected invoice arrives: the document drives the action, so invoice_request and promised_date is not labelled",
        ),
    ),
    Reply(
        key="ir-it-copia",
        intent="invoice_request",
        lang="it",
        who=("Alessandra Greco", "ale.greco@libero-posta.example"),
        when="2027-03-08 19:45 +0100",
        style="android",
        inv="OLS-2027-0229",
        amt="€ 210,00",
        body=(
            "Buonasera, potete mandarmi una copia della fattura? Non la trovo più e la devo allegare alla pratica per il permesso di soggiorno di mio marito. Grazie\n\n"
            "Alessandra Greco"
        ),
        labels=lab(note="invoice copy requested"),
    ),
]

WRONG_CONTACT: Final = [
    Reply(
        key="wc-en-editor",
        intent="wrong_contact",
        lang="en",
        who=("Hannah Cole", "hannah.cole@ravensworthpress.example"),
        when="2027-02-16 10:05 +0000",
        style="gmail",
        inv="OLS-2027-0116",
        amt="£2,940.00",
        body=(
            "Hi,\n\n"
            "I'm the commissioning editor on this book, so I'm afraid invoices aren't something I can action – they go to our finance team at accounts.payable@ravensworthpress.example. I haven't forwarded this one, so it's best to send it to them directly.\n\n"
            "Thanks,\nHannah"
        ),
        labels=lab(contact="accounts.payable@ravensworthpress.example"),
    ),
    Reply(
        key="wc-en-unmonitored",
        intent="wrong_contact",
        lang="en",
        who=("Finance", "finance@lumenbridge-events.example"),
        when="2027-03-01 09:04 +0000",
        style="none",
        inv="OLS-2027-0203",
        amt="€5,150.00",
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED, NO_AUTOREPLY),
        body=(
            "This mailbox is no longer monitored.\n\n"
            "Lumenbridge Events has moved to a new finance system. Invoices, statements and payment queries should now be sent to ap@lumenbridge-events.example.\n\n"
            "Messages sent to this address will not be read or forwarded."
        ),
        labels=lab(
            contact="ap@lumenbridge-events.example",
            note="automatic 'mailbox no longer monitored' notice naming a new address: wrong_contact, not auto_reply",
        ),
    ),
    Reply(
        key="wc-en-redirect",
        intent="wrong_contact",
        lang="en",
        who=("Accounts Department", "accounts@thornbury-immigration.example"),
        when="2027-03-09 06:47 +0000",
        style="outlook_new",
        inv="OLS-2027-0224",
        amt="£615.00",
        headers=(("Reply-To", "thornbury.accounts.dept@gmail.com"),),
        body=(
            "Hello,\n\n"
            "Kindly note that our accounts department email has changed due to an ongoing IT migration. Please update your records and direct all invoices, statements and reminders to thornbury.accounts.dept@gmail.com with immediate effect. The old address will no longer be checked.\n\n"
            "Also kindly resend copies of all outstanding invoices to the new email so we can arrange payment today.\n\n"
            "Regards,\nAccounts Department"
        ),
        labels=lab(
            contact="thornbury.accounts.dept@gmail.com",
            note="phishing-like redirect to a free-mail address (also in Reply-To); labelled by what it asks, wrong_contact, but the address must be verified by phone before use; the invoice-copy request is secondary",
        ),
    ),
    Reply(
        key="wc-de-sekretariat",
        intent="wrong_contact",
        lang="de",
        who=("Petra Kühn", "sekretariat@lorenz-rechtsanwaelte.example"),
        when="2027-02-19 11:30 +0100",
        style="outlook_html",
        inv="OLS-2027-0140",
        amt="1.312,00 €",
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "für Rechnungen und Zahlungserinnerungen ist bei uns nicht das Sekretariat, sondern unsere Buchhaltung zuständig. Bitte richten Sie Ihr Schreiben an buchhaltung@lorenz-rechtsanwaelte.example.\n\n"
            "Mit freundlichen Grüßen\n"
            "i. A. Petra Kühn\nSekretariat Dr. Lorenz & Kollegen"
        ),
        labels=lab(contact="buchhaltung@lorenz-rechtsanwaelte.example"),
    ),
    Reply(
        key="wc-de-dolmetscherin",
        intent="wrong_contact",
        lang="de",
        who=("Ingrid Sommer", "ingrid.sommer@sommer-dolmetschen.example"),
        when="2027-03-03 08:50 +0100",
        style="thunderbird",
        inv="OLS-2027-0221",
        amt="2.400,00 €",
        svc="Konsekutivdolmetschen DE<>CS, Werksbesichtigung",
        body=(
            "Guten Morgen,\n\n"
            "da ist wohl etwas durcheinandergeraten: Ich bin keine Kundin von Ihnen, sondern arbeite selbst als freie Dolmetscherin für Ihr Büro. Die Rechnung OLS-2027-0221 betrifft den Einsatz bei der Firma, für die ich gedolmetscht habe – deren Kontaktdaten hat Ihre Projektabteilung. Mit dieser Erinnerung kann ich nichts anfangen.\n\n"
            "Viele Grüße\nIngrid Sommer\nKonferenzdolmetscherin DE/EN/CS"
        ),
        labels=lab(
            refs=("OLS-2027-0221",),
            note="wrong recipient altogether (the agency's own freelancer), no new address",
        ),
    ),
    Reply(
        key="wc-fr-plus",
        intent="wrong_contact",
        lang="fr",
        who=("Laurent Girard", "l.girard@cabinet-girard-conseil.example"),
        when="2027-02-23 14:02 +0100",
        style="iphone",
        inv="OLS-2027-0167",
        amt="380,00 €",
        body=(
            "Bonjour,\n\n"
            "Je ne m'occupe plus de la facturation du cabinet depuis janvier. Merci d'adresser vos relances à notre comptable, Mme Fontaine : compta@cabinet-girard-conseil.example\n\n"
            "L. Girard"
        ),
        labels=lab(contact="compta@cabinet-girard-conseil.example"),
    ),
    Reply(
        key="wc-fr-notice",
        intent="wrong_contact",
        lang="fr",
        who=("Éditions du Phare", "contact@editionsduphare.example"),
        when="2027-03-08 09:06 +0100",
        style="none",
        charset="iso-8859-1",
        inv="OLS-2027-0234",
        amt="1 870,00 €",
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED,),
        body=(
            "Bonjour,\n\n"
            "Cette adresse n'est plus consultée depuis le 1er février 2027. Pour toute question relative à la facturation ou aux paiements, merci d'écrire désormais à administration@editionsduphare.example.\n\n"
            "Votre message ne sera ni lu ni transféré.\n\n"
            "Les Éditions du Phare"
        ),
        labels=lab(
            contact="administration@editionsduphare.example",
            note="automatic 'address no longer read' notice naming a new address: wrong_contact",
        ),
    ),
    Reply(
        key="wc-es-cambio",
        intent="wrong_contact",
        lang="es",
        who=("Sergio Castro", "s.castro@congresosatlantico.example"),
        when="2027-02-16 09:30 +0100",
        style="outlook_new",
        inv="OLS-2027-0117",
        amt="3.900,00 €",
        cc="Marta Iglesias <Marta.Iglesias@CongresosAtlantico.example>",
        body=(
            "Buenos días:\n\n"
            "Les informo de que ya no trabajo en el departamento de administración de Congresos Atlántico; desde el 1 de febrero estoy en el área de producción. Las facturas las lleva ahora mi compañera Marta Iglesias (Marta.Iglesias@CongresosAtlantico.example), a quien pongo en copia.\n\n"
            "Un saludo,\nSergio Castro"
        ),
        labels=lab(
            contact="marta.iglesias@congresosatlantico.example",
            note="address written in mixed case and copied in Cc; labelled in lower case",
        ),
    ),
    Reply(
        key="wc-es-recepcion",
        intent="wrong_contact",
        lang="es",
        who=("Recepción Quimfar", "recepcion@quimfar.example"),
        when="2027-03-09 12:12 +0100",
        style="ios_outlook",
        inv="OLS-2027-0237",
        amt="2.645,00 €",
        body=(
            "Hola, este correo es el de recepción y no gestionamos pagos. Por favor envíen los recordatorios a cuentasapagar@quimfar.example. Gracias."
        ),
        labels=lab(contact="cuentasapagar@quimfar.example"),
    ),
    Reply(
        key="wc-nl-advocaat",
        intent="wrong_contact",
        lang="nl",
        who=("mr. J. van Leeuwen", "j.vanleeuwen@vanleeuwenadvocaten.example"),
        when="2027-02-24 16:00 +0100",
        style="outlook",
        inv="OLS-2027-0172",
        amt="€ 840,00",
        body=(
            "Goedemiddag,\n\n"
            "Ik ben advocaat op dit kantoor en ga niet over de betalingen. Facturen en herinneringen graag naar ons secretariaat financiën: financien@vanleeuwenadvocaten.example. Ik heb uw bericht niet doorgestuurd.\n\n"
            "Met vriendelijke groet,\nmr. J. van Leeuwen"
        ),
        labels=lab(contact="financien@vanleeuwenadvocaten.example"),
    ),
    Reply(
        key="wc-nl-eindredacteur",
        intent="wrong_contact",
        lang="nl",
        who=("Eva Mulder", "eva.mulder.tekst@gmail.com"),
        when="2027-03-11 20:05 +0100",
        style="gmail",
        cte="b64",
        inv="OLS-2027-0240",
        amt="€ 3.310,00",
        body=(
            "Hoi,\n\n"
            "Volgens mij is deze herinnering bij de verkeerde terechtgekomen. Ik heb als freelance eindredacteur aan het boek meegewerkt, maar de opdrachtgever voor de vertaling is Uitgeverij Het Gulden Boek. Hun administratie zit op administratie@hetguldenboek.example.\n\n"
            "Groet,\nEva"
        ),
        labels=lab(
            contact="administratie@hetguldenboek.example",
            note="a freelancer names the real client's address",
        ),
    ),
    Reply(
        key="wc-it-regolatorio",
        intent="wrong_contact",
        lang="it",
        who=("Luca Romano", "luca.romano@farmaceuticaromano.example"),
        when="2027-02-17 12:40 +0100",
        style="samsung",
        inv="OLS-2027-0134",
        amt="€ 2.075,00",
        body=(
            "Buongiorno, non sono io la persona giusta, mi occupo della parte regolatoria. Per le fatture scrivete all'amministrazione: fornitori@farmaceuticaromano.example\n\n"
            "Luca Romano"
        ),
        labels=lab(contact="fornitori@farmaceuticaromano.example"),
    ),
]

UNSUBSCRIBE: Final = [
    Reply(
        key="u-en-post",
        intent="unsubscribe",
        lang="en",
        who=("Margaret Doyle", "m.doyle@doylefamilylaw.example"),
        when="2027-02-17 11:00 +0000",
        style="outlook",
        inv="OLS-2027-0131",
        amt="£520.00",
        body=(
            "Please stop emailing reminders to this address. We deal with supplier correspondence by post only – please write to us at the office address on the invoice.\n\n"
            "M. Doyle\nDoyle Family Law"
        ),
        labels=lab(note="'post only' → unsubscribe"),
    ),
    Reply(
        key="u-en-fourth",
        intent="unsubscribe",
        lang="en",
        who=("Craig Whitmore", "craig@whitmoreevents.example"),
        when="2027-03-05 17:48 +0000",
        style="iphone",
        inv="OLS-2027-0146",
        amt="£1,940.00",
        body=(
            "This is the FOURTH reminder for an invoice we paid in January. I've sent you the remittance twice. Take this address off your list, I'm not reading any more of these.\n\n"
            "Craig"
        ),
        labels=lab(
            note="stop request with an angry payment claim: unsubscribe beats everything but bounce"
        ),
    ),
    Reply(
        key="u-en-solicitors",
        intent="unsubscribe",
        lang="en",
        who=("Victor Haines", "victor.haines@haines-consulting.example"),
        when="2027-02-26 09:30 +0000",
        style="gmail",
        inv="OLS-2027-0175",
        amt="£2,210.00",
        body=(
            "Do not contact me directly about this invoice again. I have passed the matter to my solicitors, Pemberton Rowe, and all further correspondence must go through them.\n\n"
            "V. Haines"
        ),
        labels=lab(
            note="'talk to our lawyer' without an address → unsubscribe; the firm's name is not a new_contact"
        ),
    ),
    Reply(
        key="u-de-brief",
        intent="unsubscribe",
        lang="de",
        who=("Helga Brandt", "helga.brandt@tpost-mail.example"),
        when="2027-02-18 15:15 +0100",
        style="apple",
        inv="OLS-2027-0122",
        amt="148,00 €",
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "ich bitte Sie, mir keine E-Mails mehr zu schicken. Ich sehe nur selten in mein Postfach und möchte Schriftverkehr ausschließlich per Brief erhalten.\n\n"
            "Mit freundlichen Grüßen\nHelga Brandt"
        ),
        labels=lab(note="letters only → unsubscribe"),
    ),
    Reply(
        key="u-de-anwalt",
        intent="unsubscribe",
        lang="de",
        who=("Markus Wendt", "m.wendt@wendt-eventagentur.example"),
        when="2027-03-09 13:40 +0100",
        style="outlook_html",
        inv="OLS-2027-0207",
        amt="3.150,00 €",
        svc="Konsekutivdolmetschen DE<>CS, Incentive-Reise, 2 Tage",
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "die Leistung war mangelhaft – die Dolmetscherin ist am zweiten Tag zwei Stunden zu spät erschienen, was wir Ihnen bereits schriftlich mitgeteilt haben. Die Angelegenheit liegt inzwischen bei unserem Rechtsanwalt. Bitte sehen Sie von weiteren Zahlungserinnerungen ab und wenden Sie sich ausschließlich an die Kanzlei.\n\n"
            "Mit freundlichen Grüßen\nMarkus Wendt\nWendt Eventagentur"
        ),
        labels=lab(
            note="complaint about the work plus 'only through our lawyer': unsubscribe beats dispute"
        ),
    ),
    Reply(
        key="u-fr-arretez",
        intent="unsubscribe",
        lang="fr",
        who=("Bernard Lefèvre", "b.lefevre@free-post.example"),
        when="2027-02-20 08:12 +0100",
        style="iphone",
        inv="OLS-2027-0127",
        amt="95,00 €",
        body="Arrêtez de m'envoyer ces mails svp. Je ne veux plus rien recevoir de votre part par courriel.",
        labels=lab(),
    ),
    Reply(
        key="u-fr-desinscrire",
        intent="unsubscribe",
        lang="fr",
        who=("Agnès Caron", "a.caron@salons-caron.example"),
        when="2027-03-03 10:02 +0100",
        style="gmail",
        inv="OLS-2027-0215",
        amt="1 480,00 €",
        body=(
            "Bonjour,\n\n"
            "Merci de me désinscrire de vos envois. Je ne suis pas la bonne destinataire et je reçois déjà bien assez de mails comme ça.\n\n"
            "A. Caron"
        ),
        labels=lab(
            note="remove-me plus 'not the right person' without an address: unsubscribe beats wrong_contact"
        ),
    ),
    Reply(
        key="u-es-certificado",
        intent="unsubscribe",
        lang="es",
        who=("Fernando Gil", "fgil@bufetegil.example"),
        when="2027-02-25 12:50 +0100",
        style="outlook",
        charset="iso-8859-1",
        inv="OLS-2027-0178",
        amt="1.030,00 €",
        body=(
            "Muy señores míos:\n\n"
            "Les ruego que no vuelvan a enviar requerimientos de pago a esta dirección de correo electrónico. Cualquier comunicación relativa a esta factura deberá remitirse por correo postal certificado a la dirección del despacho.\n\n"
            "Atentamente,\nFernando Gil\nBufete Gil y Asociados"
        ),
        labels=lab(note="registered post only → unsubscribe"),
    ),
    Reply(
        key="u-es-dia5",
        intent="unsubscribe",
        lang="es",
        who=("Irene Delgado", "irene.delgado.m@gmail.com"),
        when="2027-03-02 21:14 +0100",
        style="iphone",
        inv="OLS-2027-0195",
        amt="310,00 €",
        body="Ya les dije por teléfono que la pago el día 5. Dejen de mandarme recordatorios cada dos días, por favor, que es agobiante.",
        labels=lab(
            note="stop request plus a dated promise: unsubscribe wins and promised_date is not labelled"
        ),
    ),
    Reply(
        key="u-nl-afmelden",
        intent="unsubscribe",
        lang="nl",
        who=("Rob Visser", "r.visser@visser-events.example"),
        when="2027-02-22 10:10 +0100",
        style="samsung",
        inv="OLS-2027-0153",
        amt="€ 2.700,00",
        body="Afmelden graag. Ik wil deze mails niet meer ontvangen.",
        labels=lab(),
    ),
    Reply(
        key="u-it-legale",
        intent="unsubscribe",
        lang="it",
        who=("Giorgio Bianchi", "g.bianchi@bianchiconsulenze.example"),
        when="2027-02-19 14:45 +0100",
        style="html_only",
        inv="OLS-2027-0144",
        amt="€ 2.380,00",
        body=(
            "Vi diffido dal contattarmi ulteriormente via e-mail. Per qualsiasi comunicazione riguardante la fattura in oggetto rivolgetevi al mio legale, avv. Dario Santoro.\n\n"
            "Giorgio Bianchi"
        ),
        labels=lab(note="'talk to my lawyer' with a name but no address → unsubscribe"),
    ),
    Reply(
        key="u-it-lista",
        intent="unsubscribe",
        lang="it",
        who=("Sara Moretti", "sara.moretti@tiscali-posta.example"),
        when="2027-03-10 22:30 +0100",
        style="iphone",
        inv="OLS-2027-0227",
        amt="€ 160,00",
        body="cancellatemi dalla vostra lista per favore, nn voglio piu ricevere queste mail",
        labels=lab(note="lower case, 'nn' and 'piu' typed on a phone"),
    ),
]

AUTO_REPLY: Final = [
    Reply(
        key="a-en-ooo",
        intent="auto_reply",
        lang="en",
        who=("Fiona Blake", "fiona.blake@blakeandmercer.example"),
        when="2027-02-22 09:05 +0000",
        style="notice_html",
        inv="OLS-2027-0159",
        amt="£1,120.00",
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED, NO_AUTOREPLY),
        body=(
            "Thank you for your email. I am out of the office until Monday 1 March with limited access to email. For anything urgent, please contact my assistant, Tom Reeves, at tom.reeves@blakeandmercer.example or on 020 7946 0418.\n\n"
            "Fiona Blake\nPartner, Blake & Mercer LLP"
        ),
        labels=lab(
            back="2027-03-01",
            note="'until X' → X itself; the assistant's address is not a new_contact",
        ),
    ),
    Reply(
        key="a-en-ticket",
        intent="auto_reply",
        lang="en",
        who=("Solenne Pharma AP Helpdesk", "aphelp@solenne-pharma.example"),
        when="2027-03-04 09:03 +0000",
        style="none",
        inv="OLS-2027-0218",
        amt="€8,420.00",
        subject="[AP-48213] Request received: {rsub}",
        headers=(AUTO_REPLIED,),
        body=(
            "Dear supplier,\n\n"
            "Thank you for contacting Solenne Pharma Accounts Payable. Your request has been logged with reference AP-48213.\n\n"
            "Our team aims to respond to all supplier queries within 5 working days. Please quote the reference above in any further correspondence about this matter. You can check the status of your invoices at any time on our supplier portal.\n\n"
            "This is an automated message – please do not reply."
        ),
        labels=lab(note="ticket acknowledgement; '5 working days' is not a return date"),
    ),
    Reply(
        key="a-en-leave",
        intent="auto_reply",
        lang="en",
        who=("Ben Hartley", "ben@quillandcompass.example"),
        when="2027-03-08 09:10 +0000",
        style="none",
        inv="OLS-2027-0230",
        amt="£1,760.00",
        subject="Out of office: {rsub}",
        headers=(("X-Autoreply", "yes"), ("Precedence", "auto_reply")),
        body=(
            "Hi,\n\n"
            "I'm on parental leave and will be back at my desk on 12 April. I won't be checking email in the meantime.\n\n"
            "For anything to do with invoices or payments please get in touch with Rosa at rosa@quillandcompass.example; for editorial matters, with Jamie at jamie@quillandcompass.example.\n\n"
            "Thanks,\nBen"
        ),
        labels=lab(
            back="2027-04-12",
            note="autoresponder without Auto-Submitted; colleagues' addresses do not set new_contact",
        ),
    ),
    Reply(
        key="a-de-urlaub",
        intent="auto_reply",
        lang="de",
        who=("Stefanie Maurer", "s.maurer@maurer-partner-ra.example"),
        when="2027-02-16 09:03 +0100",
        style="notice_html",
        charset="iso-8859-1",
        inv="OLS-2027-0125",
        amt="1.960,00 €",
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO_REPLIED, NO_AUTOREPLY),
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "vielen Dank für Ihre Nachricht. Ich bin vom 15.02. bis einschließlich 26.02.2027 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ab dem 01.03.2027 bin ich wieder für Sie erreichbar.\n\n"
            "In dringenden Fällen wenden Sie sich bitte an unser Sekretariat unter +49 30 0000 2200.\n\n"
            "Mit freundlichen Grüßen\nStefanie Maurer"
        ),
        labels=lab(back="2027-03-01", note="'wieder erreichbar ab' wins over 'bis einschließlich'"),
    ),
    Reply(
        key="a-de-poststelle",
        intent="auto_reply",
        lang="de",
        who=("Poststelle Landgericht Erzbach", "poststelle@lg-erzbach.justiz.example"),
        when="2027-03-10 11:41 +0100",
        style="none",
        inv="OLS-2027-0157",
        amt="1.086,40 €",
        svc="Dolmetschen Tschechisch, mündliche Verhandlung 12.–13. Januar",
        days_before=2,
        subject="Eingangsbestätigung: {rsub}",
        body=(
            "Eingangsbestätigung\n\n"
            "Ihre E-Mail ist am 10.03.2027 um 11:41 Uhr bei der Poststelle des Landgerichts Erzbach eingegangen und wird an die zuständige Stelle weitergeleitet.\n\n"
            "Bitte beachten Sie: Über dieses Postfach können keine fristwahrenden Schriftsätze eingereicht werden. Rechnungen von Dolmetscherinnen, Dolmetschern und Sachverständigen werden von der Kostenstelle in der Reihenfolge ihres Eingangs bearbeitet; von Sachstandsanfragen bitten wir abzusehen.\n\n"
            "Diese Nachricht wurde automatisch erstellt."
        ),
        labels=lab(note="a court's automatic receipt without Auto-Submitted; no return date"),
    ),
    Reply(
        key="a-fr-absente",
        intent="auto_reply",
        lang="fr",
        who=("Élodie Garnier", "e.garnier@garnier-avocats.example"),
        when="2027-02-23 09:04 +0100",
        style="none",
        charset="iso-8859-1",
        inv="OLS-2027-0164",
        amt="890,00 €",
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED,),
        body=(
            "Bonjour,\n\n"
            "Je suis absente du cabinet du 22 février au 5 mars inclus, sans accès à ma messagerie. Je serai de retour le lundi 8 mars.\n\n"
            "Pour toute urgence, vous pouvez joindre le secrétariat au 01 00 00 00 00.\n\n"
            "Cordialement,\nÉlodie Garnier"
        ),
        labels=lab(back="2027-03-08", note="the stated day back wins over 'au 5 mars inclus'"),
    ),
    Reply(
        key="a-fr-ticket",
        intent="auto_reply",
        lang="fr",
        who=("Service clients Éditions Mirabelle", "support@editions-mirabelle.example"),
        when="2027-03-04 09:05 +0100",
        style="none",
        inv="OLS-2027-0217",
        amt="1 240,00 €",
        subject="[Ticket #20931] {rsub}",
        headers=(("X-Helpdesk", "OpenTicket 5.2"),),
        body=(
            "Bonjour,\n\n"
            "Nous accusons réception de votre message, enregistré sous le numéro de ticket #20931. Un membre de notre équipe vous répondra dans les meilleurs délais, en général sous 72 heures ouvrées.\n\n"
            "Merci de conserver ce numéro dans l'objet de vos prochains échanges.\n\n"
            "Le service clients des Éditions Mirabelle\n"
            "Ceci est un message automatique, merci de ne pas y répondre."
        ),
        labels=lab(note="ticket acknowledgement without Auto-Submitted; no return date"),
    ),
    Reply(
        key="a-es-fuera",
        intent="auto_reply",
        lang="es",
        who=("Andrés Vidal", "andres.vidal@congresosvidal.example"),
        when="2027-02-26 09:07 +0100",
        style="none",
        inv="OLS-2027-0181",
        amt="2.950,00 €",
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_REPLIED,),
        body=(
            "Gracias por su mensaje. Estaré fuera de la oficina hasta el 3 de marzo, sin acceso regular al correo. Para asuntos urgentes, pueden escribir a info@congresosvidal.example.\n\n"
            "Un saludo,\nAndrés Vidal"
        ),
        labels=lab(back="2027-03-03", note="'hasta X' → X itself"),
    ),
    Reply(
        key="a-nl-afwezig",
        intent="auto_reply",
        lang="nl",
        who=("Marieke Smit", "m.smit@smitbakker-advocaten.example"),
        when="2027-02-17 09:02 +0100",
        style="notice_html",
        inv="OLS-2027-0130",
        amt="€ 1.460,00",
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_REPLIED, NO_AUTOREPLY),
        body=(
            "Dank voor uw bericht. Ik ben afwezig tot en met vrijdag 19 februari en weer op kantoor op maandag 22 februari. Uw e-mail wordt niet doorgestuurd.\n\n"
            "Met vriendelijke groet,\nMarieke Smit"
        ),
        labels=lab(back="2027-02-22", note="the day back wins over 't/m'"),
    ),
    Reply(
        key="a-nl-werkdagen",
        intent="auto_reply",
        lang="nl",
        who=("Uitgeverij Polder", "info@uitgeverijpolder.example"),
        when="2027-03-11 09:03 +0100",
        style="none",
        inv="OLS-2027-0239",
        amt="€ 1.880,00",
        subject="Bedankt voor uw bericht",
        body=(
            "Beste afzender,\n\n"
            "Bedankt voor uw e-mail aan Uitgeverij Polder. Wij hebben uw bericht in goede orde ontvangen en streven ernaar binnen twee werkdagen te reageren.\n\n"
            "Met vriendelijke groet,\nTeam Uitgeverij Polder\n\n"
            "Dit is een automatisch gegenereerd bericht."
        ),
        labels=lab(
            note="receipt acknowledgement without Auto-Submitted and with its own subject; no return date"
        ),
    ),
    Reply(
        key="a-it-fuori",
        intent="auto_reply",
        lang="it",
        who=("Valentina Ricci", "v.ricci@riccifarma.example"),
        when="2027-03-01 09:05 +0100",
        style="none",
        inv="OLS-2027-0206",
        amt="€ 4.420,00",
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED,),
        body=(
            "Grazie per il messaggio. Sarò fuori ufficio fino a lunedì 8 marzo con accesso limitato alla posta. Per questioni amministrative urgenti potete scrivere a amministrazione@riccifarma.example.\n\n"
            "Valentina Ricci\nUfficio acquisti – Ricci Farma S.r.l."
        ),
        labels=lab(back="2027-03-08", note="'fino a X' → X itself"),
    ),
    Reply(
        key="a-it-maternita",
        intent="auto_reply",
        lang="it",
        who=("Federica Lombardi", "federica.lombardi@edizionilombardi.example"),
        when="2027-02-18 09:04 +0100",
        style="none",
        charset="iso-8859-1",
        inv="OLS-2027-0151",
        amt="€ 2.160,00",
        subject="Assente: {rsub}",
        headers=(AUTO_REPLIED,),
        body=(
            "Gentile mittente,\n\n"
            "sono in congedo di maternità fino al 30 giugno 2027. La sua e-mail non verrà letta né inoltrata.\n\n"
            "Per contratti e diritti scriva a diritti@edizionilombardi.example, per fatture e pagamenti ad amministrazione@edizionilombardi.example.\n\n"
            "Federica Lombardi"
        ),
        labels=lab(
            back="2027-06-30",
            note="leave, not a dead mailbox: auto_reply though mail is not read or forwarded; 'fino al X' → X itself; colleagues' addresses do not set new_contact",
        ),
    ),
]

OTHER: Final = [
    Reply(
        key="o-en-didnt",
        intent="other",
        lang="en",
        who=("Owen Price", "owen.price@pricelowe-solicitors.example"),
        when="2027-02-17 08:31 +0000",
        style="iphone",
        inv="OLS-2027-0121",
        amt="£730.00",
        body="Didn't we pay this already? Pretty sure Lisa did a batch of payments last week. Can you check your end?\n\nOwen",
        labels=lab(note="a question, not a claim of payment: the collector checks and answers"),
    ),
    Reply(
        key="o-en-chase",
        intent="other",
        lang="en",
        who=("Rachel Kim", "rachel.kim@brightwaterpharma.example"),
        when="2027-02-25 13:15 +0000",
        style="outlook_html",
        inv="OLS-2027-0176",
        amt="£6,310.00",
        svc="Translation EN>CS/SK/HU, regulatory labelling",
        body=(
            "Hi,\n\n"
            "Thanks for flagging – I signed off the work in December so I'm not sure why this is stuck. I'll chase our finance team and come back to you.\n\n"
            "Best,\nRachel Kim\nProject Manager, Regulatory Affairs\nBrightwater Pharma UK"
        ),
        labels=lab(
            note="the project manager will chase internally: no commitment, no contact change"
        ),
    ),
    Reply(
        key="o-en-quote",
        intent="other",
        lang="en",
        who=("Tom Ashworth", "tom@ashworthconferences.example"),
        when="2027-03-09 11:40 +0000",
        style="gmail",
        inv="OLS-2027-0223",
        amt="€2,880.00",
        body=(
            "Hi,\n\n"
            "Noted, I'll look into this one.\n\n"
            "Separately – we're running the Northern Health Forum in Leeds on 17–18 June and will need Czech and Polish interpreters for two plenary sessions. Could someone send me a quote and availability?\n\n"
            "Cheers,\nTom"
        ),
        labels=lab(note="acknowledgement plus a sales enquiry; nothing about paying"),
    ),
    Reply(
        key="o-de-intern",
        intent="other",
        lang="de",
        who=("Anja Köhler", "a.koehler@koehler-verlag.example"),
        when="2027-03-02 12:25 +0100",
        style="iphone",
        inv="OLS-2027-0211",
        amt="2.140,00 €",
        body="Danke für den Hinweis, ich kläre das intern und melde mich.\n\nAnja Köhler",
        labels=lab(note="acknowledgement only"),
    ),
    Reply(
        key="o-fr-succession",
        intent="other",
        lang="fr",
        who=("Pierre Mercier", "pierre.mercier@laposte-mail.example"),
        when="2027-02-22 18:00 +0100",
        style="thunderbird",
        inv="OLS-2027-0118",
        amt="312,00 €",
        svc="Traduction assermentée CS>FR, actes notariés",
        body=(
            "Madame, Monsieur,\n\n"
            "Je vous écris au sujet de la facture adressée à ma mère, Mme Jacqueline Mercier, pour la traduction d'actes notariés. Ma mère est décédée le 28 janvier. Je suis en train de régler sa succession avec le notaire, Me Aubry, et toutes ses dettes seront traitées dans ce cadre.\n\n"
            "Je vous remercie de votre compréhension.\n\n"
            "Pierre Mercier"
        ),
        labels=lab(
            note="the customer has died and the estate is with a notary named without an address: no date, no commitment, a person must read it",
        ),
    ),
    Reply(
        key="o-fr-bienrecu",
        intent="other",
        lang="fr",
        who=("Nathalie Roche", "n.roche@roche-conseil-immigration.example"),
        when="2027-03-12 10:02 +0100",
        style="android",
        inv="OLS-2027-0242",
        amt="275,00 €",
        body="Bien reçu, merci.",
        labels=lab(note="acknowledgement only"),
    ),
    Reply(
        key="o-es-llamar",
        intent="other",
        lang="es",
        who=("Diego Herrera", "d.herrera@herrera-abogados.example"),
        when="2027-02-18 11:00 -0600",
        style="gmail",
        inv="OLS-2027-0135",
        amt="US$ 2.400,00",
        body=(
            "Buen día,\n\n"
            "¿Me podrían llamar al +52 55 0000 0000 en horario de oficina? Prefiero aclarar este tema por teléfono; hay algunas cosas del servicio de interpretación que quiero comentar antes de hacer nada.\n\n"
            "Gracias,\nDiego Herrera"
        ),
        labels=lab(note="asks for a call about the service without contesting anything yet"),
    ),
    Reply(
        key="o-es-recibido",
        intent="other",
        lang="es",
        who=("Marta Sanz", "msanz@editorialsanz.example"),
        when="2027-03-01 16:50 +0100",
        style="iphone",
        inv="OLS-2027-0202",
        amt="1.690,00 €",
        body="Recibido. Lo consulto con contabilidad y os digo algo.",
        labels=lab(note="acknowledgement; 'os digo algo' is no commitment"),
    ),
    Reply(
        key="o-nl-bellen",
        intent="other",
        lang="nl",
        who=("Hans de Vries", "h.devries@devriesfarma.example"),
        when="2027-02-23 10:20 +0100",
        style="outlook_new",
        inv="OLS-2027-0160",
        amt="€ 5.320,00",
        body=(
            "Goedemorgen,\n\n"
            "Kunt u mij vandaag of morgen even bellen op 020 000 0000? Ik wil dit graag telefonisch bespreken.\n\n"
            "Met vriendelijke groet,\nHans de Vries"
        ),
        labels=lab(note="asks for a call"),
    ),
    Reply(
        key="o-nl-doorgeven",
        intent="other",
        lang="nl",
        who=("Lotte Bakker", "lotte.bakker@bakkercongressen.example"),
        when="2027-03-04 15:30 +0100",
        style="iphone",
        inv="OLS-2027-0220",
        amt="€ 2.260,00",
        body="Ontvangen, ik geef het door aan onze boekhouder.",
        labels=lab(note="passing it on without an address: not wrong_contact"),
    ),
    Reply(
        key="o-it-copie",
        intent="other",
        lang="it",
        who=("Nicola Ferri", "nicola.ferri@alice-posta.example"),
        when="2027-02-16 13:30 +0100",
        style="gmail",
        inv="OLS-2027-0123",
        amt="€ 140,00",
        svc="Traduzione asseverata CS>IT, certificato penale",
        body=(
            "Buongiorno,\n\n"
            "prima di tutto mi scuso, pensavo di aver già pagato. Controllo e vi faccio sapere.\n\n"
            "Intanto una domanda: le copie conformi della traduzione asseverata me le spedite voi per posta o devo chiederle a qualcuno in Italia? Le devo portare in Questura entro fine mese.\n\n"
            "Grazie,\nNicola Ferri"
        ),
        labels=lab(
            note="'I thought I had paid, I'll check' is neither a payment claim nor a promise; plus a service question; 'entro fine mese' is his deadline, not a payment date",
        ),
    ),
    Reply(
        key="o-it-fusione",
        intent="other",
        lang="it",
        who=("Segreteria Rossi & Neri", "segreteria@rossineri.example"),
        when="2027-03-05 12:00 +0100",
        style="outlook_html",
        inv="OLS-2027-0208",
        amt="€ 1.950,00",
        body=(
            "Gentili signori,\n\n"
            "vi informiamo che dal 1° marzo 2027 lo Studio Legale Rossi & Neri si è fuso con lo Studio Associato Valli, dando vita a Rossi Neri Valli – Studio Legale Associato. La partita IVA e le coordinate bancarie restano invariate per tutto il 2027; vi chiediamo di intestare le prossime fatture alla nuova denominazione.\n\n"
            "Cordiali saluti\nLa Segreteria"
        ),
        labels=lab(
            note="merger notice about future invoices; nothing needed before paying this one and no contact change",
        ),
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
# Bounces: machine skeletons, hand-written human-readable parts
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
    rlang: str
    inv: str
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def sent(self) -> datetime:
        """When the reminder left Ostrava: minutes before a failure, a day before a delay."""
        gap = timedelta(hours=4, minutes=2) if self.status.startswith("4") else timedelta(minutes=2)
        return (self.dt - gap).astimezone(AR_TZ)

    def reminder(self) -> Message:
        return original_reminder(
            lang=self.rlang, to=self.rcpt, sent=self.sent, key=self.key, inv=self.inv
        )

    def subject(self) -> str:
        return reminder_subject(self.rlang, self.inv)


def delivery_status(
    b: Bounce, *, mta: str, action: str, diagnostic: str, remote: str = ""
) -> Message:
    per_message = f"Reporting-MTA: dns; {mta}\nArrival-Date: {format_datetime(b.sent)}\n"
    lines = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if action == "delayed":
        lines.append(f"Will-Retry-Until: {format_datetime(b.sent + timedelta(days=5))}")
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    blocks = [per_message, "\n".join(lines) + "\n"]
    ds.set_payload([message_from_bytes(block.encode()) for block in blocks])
    return ds


def returned_headers(b: Bounce) -> Message:
    text = "".join(
        f"{k}: {v}\n" for k, v in b.reminder().items() if k != "Content-Transfer-Encoding"
    )
    return text_part(text, subtype="rfc822-headers", charset="us-ascii", cte="7bit")


def report(parts: list[Message]) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def notice_alternative(paragraphs: list[str], *, charset: str) -> Message:
    """A human-readable notice as text and simple HTML, as Exchange and Gmail send it."""
    text = "\n\n".join(paragraphs) + "\n"
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head><body>\n'
        + "\n".join(f"<p>{html_lines(p)}</p>" for p in paragraphs)
        + "\n</body></html>\n"
    )
    return alternative(
        text_part(text, subtype="plain", charset=charset, cte="qp"),
        text_part(markup, subtype="html", charset=charset, cte="qp"),
    )


def finish(
    b: Bounce, msg: Message, *, sender: str, subject: str, charset: str = "utf-8"
) -> Message:
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_text(subject, charset)
    msg["Date"] = format_datetime(b.dt)
    host = parseaddr(sender)[1].split("@")[1]
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 24).lower()}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    return finalize(msg, b.key, "bounce")


def bounce_postfix(b: Bounce) -> Message:
    remote = "mx.kingsbridge-legal.example"
    diag = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table"
    )
    human = (
        f"This is the mail system at host {AR_MTA}.\n\n"
        "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: host {remote}[203.0.113.25] said: 550 5.1.1\n"
        f"    <{b.rcpt}>: Recipient address rejected: User unknown in local\n"
        "    recipient table (in reply to RCPT TO command)\n"
    )
    parts = [
        text_part(human, subtype="plain", charset="us-ascii", cte="7bit"),
        delivery_status(b, mta=AR_MTA, action="failed", diagnostic=diag, remote=remote),
        MIMEMessage(b.reminder()),
    ]
    parts[0].add_header("Content-Description", "Notification")
    return finish(
        b,
        report(parts),
        sender=f"MAILER-DAEMON@{AR_MTA} (Mail Delivery System)",
        subject="Undelivered Mail Returned to Sender",
    )


def bounce_qmail(b: Bounce) -> Message:
    host = "mx1.tamworth-immigration.example"
    copy = b.reminder().as_string()
    text = (
        f"Hi. This is the qmail-send program at {host}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 40811 invoked from network); {format_datetime(b.sent)}\n"
        f"Received: from {AR_MTA} (198.51.100.14)\n  by {host} with SMTP; {format_datetime(b.sent)}\n"
        f"{copy}"
    )
    msg = Message()
    msg.set_payload(text)
    return finish(b, msg, sender=f"MAILER-DAEMON@{host}", subject="failure notice")


def bounce_sendmail(b: Bounce) -> Message:
    relay = "relay.pinecrestpub.example"
    inner = "exch01.corp.pinecrestpub.example"
    human = (
        "    **********************************************\n"
        "    **      THIS IS A WARNING MESSAGE ONLY      **\n"
        "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
        "    **********************************************\n\n"
        f"The original message was received at {format_datetime(b.sent)}\nfrom {AR_MTA} [198.51.100.14]\n\n"
        "   ----- Transcript of session follows -----\n"
        f"<{b.rcpt}>... Deferred: Connection timed out with {inner}.\n"
        "Warning: message still undelivered after 4 hours\n"
        "Will keep trying until message is 5 days old\n"
    )
    parts = [
        text_part(human, subtype="plain", charset="us-ascii", cte="7bit"),
        delivery_status(
            b,
            mta=relay,
            action="delayed",
            diagnostic="451 4.4.1 reply: read error from " + inner,
            remote=inner,
        ),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        sender=f"Mail Delivery Subsystem <MAILER-DAEMON@{relay}>",
        subject="Warning: could not send message for past 4 hours",
    )


def bounce_exchange_de(b: Bounce) -> Message:
    server = "EXSRV02.hansen-pharma.local"
    diag = "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"
    human = notice_alternative(
        [
            f"Die Nachricht konnte an folgende Empfänger oder Gruppen nicht übermittelt werden:\n\n{b.rcpt}\nDie E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und senden Sie die Nachricht erneut. Falls das Problem weiterhin besteht, wenden Sie sich an Ihr E-Mail-Supportteam.",
            "Diagnoseinformationen für Administratoren:",
            f"Generierender Server: {server}",
            f"{b.rcpt}\nRemote Server returned '{diag}'",
            f"Ursprüngliche Nachrichtenkopfzeilen:\n\nFrom: {AR_NAME} <{AR_ADDR}>\nTo: {b.rcpt}\nDate: {format_datetime(b.sent)}\nMessage-ID: {reminder_msgid(b.key)}",
        ],
        charset="iso-8859-1",
    )
    parts = [
        human,
        delivery_status(b, mta=server, action="failed", diagnostic=diag),
        returned_headers(b),
    ]
    subject = latin1_safe(f"Unzustellbar: {b.subject()}")
    return finish(
        b,
        report(parts),
        sender="Microsoft Outlook <postmaster@hansen-pharma.example>",
        subject=subject,
        charset="iso-8859-1",
    )


def bounce_gateway_de(b: Bounce) -> Message:
    gate = "mailgate.kanzlei-roth.example"
    retry = format_datetime(b.sent + timedelta(days=5))
    human = (
        "Diese Benachrichtigung wurde automatisch vom E-Mail-Sicherheitsgateway der Empfängerdomain erzeugt.\n\n"
        "Ihre Nachricht an den folgenden Empfänger konnte bisher NICHT zugestellt werden:\n\n"
        f"    {b.rcpt}\n\n"
        "Grund: Der Zielserver hat die Annahme vorübergehend abgelehnt\n"
        "(451 4.7.1 Greylisting in action, please come back later).\n\n"
        f"Das Gateway versucht die Zustellung automatisch weiter bis {retry}.\n"
        "Sie müssen die Nachricht nicht erneut senden. Schlägt die Zustellung endgültig fehl, erhalten Sie eine weitere Benachrichtigung.\n\n"
        f"Betreff der Nachricht: {b.subject()}\n"
        f"Gesendet:             {format_datetime(b.sent)}\n\n"
        "-- \nSecuMail Gateway 9.4 – Quarantäne- und Zustellungsdienst\n"
    )
    parts = [
        text_part(human, subtype="plain", charset="utf-8", cte="qp"),
        delivery_status(
            b,
            mta=gate,
            action="delayed",
            diagnostic="451 4.7.1 Greylisting in action, please come back later",
            remote="mx-in.kanzlei-roth.example",
        ),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        sender=f"SecuMail Gateway <postmaster@{gate}>",
        subject="Zustellung verzögert: " + b.subject(),
    )


def bounce_isp_fr(b: Bounce) -> Message:
    text = (
        "Bonjour,\n\n"
        "Ceci est un message automatique du service de messagerie Courriel Plus.\n\n"
        "Le message ci-joint n'a pas pu être remis au destinataire suivant :\n\n"
        f"    {b.rcpt}\n\n"
        "Motif : la boîte aux lettres de ce destinataire a été désactivée par son titulaire.\n"
        "Réponse du serveur : 550 5.2.1 Mailbox disabled / Boîte aux lettres désactivée\n\n"
        "Ce message est définitif : aucune nouvelle tentative ne sera faite. Nous vous invitons à contacter le destinataire par un autre moyen.\n\n"
        "Le service postmaster de Courriel Plus\n"
    )
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(text, subtype="plain", charset="iso-8859-1", cte="qp"))
    outer.attach(MIMEMessage(b.reminder()))
    return finish(
        b,
        outer,
        sender="Service postmaster <postmaster@courrielplus-fr.example>",
        subject=latin1_safe(f"Message non remis : {b.subject()}"),
        charset="iso-8859-1",
    )


def bounce_gmail_es(b: Bounce) -> Message:
    human = notice_alternative(
        [
            "** No se ha encontrado la dirección **",
            f"Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o esta no puede recibir correo.",
            "Más información: https://support.google.com/mail/?p=NoSuchUser",
            "La respuesta ha sido:",
            "The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser d2e1a72fcca58-7a1b9c3e5f0si4412096b3a.118 - gsmtp",
        ],
        charset="utf-8",
    )
    diag = "550-5.1.1 The email account that you tried to reach does not exist."
    parts = [
        human,
        delivery_status(
            b,
            mta="mx.google.com",
            action="failed",
            diagnostic=diag,
            remote="gmail-smtp-in.l.google.com",
        ),
        returned_headers(b),
    ]
    msg = report(parts)
    msg["X-Failed-Recipients"] = b.rcpt
    return finish(
        b,
        msg,
        sender="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        subject="Delivery Status Notification (Failure)",
    )


def bounce_exchange_es_delay(b: Bounce) -> Message:
    server = "MAD1EXH01.editorialmistral.local"
    human = notice_alternative(
        [
            f"La entrega se ha retrasado a estos destinatarios o grupos:\n\n{b.rcpt}",
            f"Asunto: {b.subject()}",
            "Este mensaje aún no se ha entregado. Seguiremos intentando entregarlo.",
            "El servidor seguirá intentando entregar este mensaje durante 1 día, 19 horas y 56 minutos. Se le notificará si no se puede entregar el mensaje en ese tiempo.",
            "Información de diagnóstico para administradores:",
            f"Servidor de generación: {server}\nReceptor: {b.rcpt}\nMotivo: 441 4.4.7 Message delayed; la conexión con el servidor de buzones no responde",
        ],
        charset="utf-8",
    )
    parts = [
        human,
        delivery_status(b, mta=server, action="delayed", diagnostic="441 4.4.7 Message delayed"),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        sender="Microsoft Outlook <postmaster@editorialmistral.example>",
        subject=f"Retrasado: {b.subject()}",
    )


def bounce_exim_nl(b: Bounce) -> Message:
    host = "smtp-relay.webhuis-hosting.example"
    text = (
        "Dit bericht is automatisch aangemaakt door de mailserver van Webhuis Hosting.\n"
        "Een bericht dat u heeft verstuurd is na meer dan 4 uur in de wachtrij\n"
        f"van {host} nog niet afgeleverd bij een of meer ontvangers.\n\n"
        "Berichtnummer:  1wQz8c-0004Kd-3F\n"
        f"Onderwerp:      {b.subject()}\n"
        f"Datum:          {format_datetime(b.sent)}\n\n"
        "Het volgende adres heeft het bericht nog niet ontvangen:\n\n"
        f"  {b.rcpt}\n"
        "    host mail.vanderlinden-congressen.example [192.0.2.71]\n"
        "    Reden: SMTP error from remote mail server after end of data:\n"
        "    421 4.4.2 Connection dropped due to timeout\n\n"
        "U hoeft niets te doen. De server blijft het bericht nog enige tijd opnieuw\n"
        "aanbieden en u kunt deze waarschuwing nog een keer ontvangen. Lukt het\n"
        "uiteindelijk niet, dan krijgt u het bericht terug.\n"
    )
    msg = text_part(text, subtype="plain", charset="utf-8", cte="8bit")
    msg["X-Failed-Recipients"] = b.rcpt
    return finish(
        b,
        msg,
        sender=f"Mail Delivery System <Mailer-Daemon@{host}>",
        subject="Waarschuwing: bericht 1wQz8c-0004Kd-3F is vertraagd",
    )


def bounce_isp_nl_full(b: Bounce) -> Message:
    text = (
        "Beste afzender,\n\n"
        "Uw e-mail kon nog niet worden afgeleverd, omdat de mailbox van de ontvanger vol is.\n\n"
        f"Ontvanger:   {b.rcpt}\n"
        "Foutmelding: 452 4.2.2 Mailbox vol (over quota)\n"
        f"Onderwerp:   {latin1_safe(b.subject())}\n"
        f"Verzonden:   {format_datetime(b.sent)}\n\n"
        "Wij proberen het bericht de komende 3 dagen opnieuw af te leveren. U hoeft het dus niet opnieuw te versturen. Lukt het in die tijd niet, dan ontvangt u hierover nog een bericht.\n\n"
        "Met vriendelijke groet,\nMailbeheer Zeelandnet Post\n"
    )
    msg = text_part(text, subtype="plain", charset="iso-8859-1", cte="qp")
    return finish(
        b,
        msg,
        sender="Mailbeheer <mailer-daemon@zeelandnet-post.example>",
        subject="Bericht nog niet afgeleverd: mailbox vol",
    )


def bounce_exchange_it(b: Bounce) -> Message:
    server = "AM0PR07MB6120.eurprd07.prod.outlook.example"
    diag = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    human = notice_alternative(
        [
            "Il messaggio non è stato recapitato",
            f"Non è stato possibile recapitare il messaggio a {b.rcpt} perché l'indirizzo di posta elettronica non è stato trovato. Controllare l'indirizzo del destinatario e provare a inviare di nuovo il messaggio. Se il problema persiste, contattare il supporto tecnico per la posta elettronica.",
            "Informazioni di diagnostica per gli amministratori:",
            f"Server di generazione: {server}\n{b.rcpt}\nIl server remoto ha restituito '{diag}'",
        ],
        charset="utf-8",
    )
    parts = [
        human,
        delivery_status(b, mta=server, action="failed", diagnostic=diag),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        sender="Microsoft Outlook <postmaster@studiovalli.onmicrosoft.example>",
        subject=f"Non recapitabile: {b.subject()}",
    )


def bounce_isp_it_full(b: Bounce) -> Message:
    mta = "smtp-in.postaitalia-web.example"
    human = (
        "Questo è un messaggio generato automaticamente dal sistema di posta.\n\n"
        "Il messaggio da lei inviato non è stato consegnato al destinatario seguente:\n\n"
        f"    {b.rcpt}\n\n"
        "Motivo: la casella di posta del destinatario è piena e non può ricevere altri messaggi.\n"
        "Risposta del server remoto: 552 5.2.2 Mailbox full - casella piena\n\n"
        "Il messaggio originale è allegato. Potrà inviarlo di nuovo quando il destinatario avrà liberato spazio nella casella.\n"
    )
    parts = [
        text_part(human, subtype="plain", charset="utf-8", cte="qp"),
        delivery_status(
            b,
            mta=mta,
            action="failed",
            diagnostic="552 5.2.2 Mailbox full",
            remote="mx.arcadia-eventi.example",
        ),
        MIMEMessage(b.reminder()),
    ]
    return finish(
        b,
        report(parts),
        sender=f"Sistema di posta <mailer-daemon@{mta}>",
        subject="Messaggio non consegnato: casella piena",
    )


BOUNCES: Final[list[tuple[Bounce, Callable[[Bounce], Message]]]] = [
    (
        Bounce(
            key="b-en-postfix",
            lang="en",
            kind="hard",
            status="5.1.1",
            rcpt="accounts@kingsbridge-legal.example",
            when="2027-02-15 09:06 +0100",
            rlang="en",
            inv="OLS-2027-0109",
            note="Postfix RFC 3464 report with the full returned message",
        ),
        bounce_postfix,
    ),
    (
        Bounce(
            key="b-en-qmail",
            lang="en",
            kind="hard",
            status="5.1.1",
            rcpt="office@tamworth-immigration.example",
            when="2027-02-24 09:05 +0000",
            rlang="en",
            inv="OLS-2027-0180",
            note="qmail non-MIME failure notice; the status is only in '(#5.1.1)'",
        ),
        bounce_qmail,
    ),
    (
        Bounce(
            key="b-en-sendmail",
            lang="en",
            kind="soft",
            status="4.4.1",
            rcpt="invoices@pinecrestpub.example",
            when="2027-03-02 13:07 -0500",
            rlang="en",
            inv="OLS-2027-0197",
            note="sendmail four-hour delay warning at the recipient's relay",
        ),
        bounce_sendmail,
    ),
    (
        Bounce(
            key="b-de-exchange",
            lang="de",
            kind="hard",
            status="5.1.1",
            rcpt="rechnungseingang@hansen-pharma.example",
            when="2027-02-18 09:04 +0100",
            rlang="de",
            inv="OLS-2027-0139",
            note="on-premises Exchange NDR in German, ISO-8859-1",
        ),
        bounce_exchange_de,
    ),
    (
        Bounce(
            key="b-de-gateway",
            lang="de",
            kind="soft",
            status="4.7.1",
            rcpt="buchhaltung@kanzlei-roth.example",
            when="2027-03-08 13:13 +0100",
            rlang="de",
            inv="OLS-2027-0225",
            note="security gateway delay notice (greylisting) in German",
        ),
        bounce_gateway_de,
    ),
    (
        Bounce(
            key="b-fr-isp",
            lang="fr",
            kind="hard",
            status="5.2.1",
            rcpt="j.martin.trad@courrielplus-fr.example",
            when="2027-02-22 09:07 +0100",
            rlang="fr",
            inv="OLS-2027-0165",
            note="French provider notice in multipart/mixed, not RFC 3464; disabled mailbox",
        ),
        bounce_isp_fr,
    ),
    (
        Bounce(
            key="b-es-gmail",
            lang="es",
            kind="hard",
            status="5.1.1",
            rcpt="traducciones.lopezgarcia@gmail.com",
            when="2027-03-04 09:03 +0100",
            rlang="es",
            inv="OLS-2027-0200",
            note="Gmail DSN with the human part in Spanish",
        ),
        bounce_gmail_es,
    ),
    (
        Bounce(
            key="b-es-exchange",
            lang="es",
            kind="soft",
            status="4.4.7",
            rcpt="pagos@editorialmistral.example",
            when="2027-02-26 13:06 +0100",
            rlang="es",
            inv="OLS-2027-0182",
            note="Exchange 'Retrasado' delay notice in Spanish",
        ),
        bounce_exchange_es_delay,
    ),
    (
        Bounce(
            key="b-nl-exim",
            lang="nl",
            kind="soft",
            status="4.4.2",
            rcpt="financien@vanderlinden-congressen.example",
            when="2027-02-19 13:08 +0100",
            rlang="nl",
            inv="OLS-2027-0148",
            note="Exim delay warning localised into Dutch by the hosting provider; plain text, not RFC 3464",
        ),
        bounce_exim_nl,
    ),
    (
        Bounce(
            key="b-nl-full",
            lang="nl",
            kind="soft",
            status="4.2.2",
            rcpt="m.dekker@zeelandnet-post.example",
            when="2027-03-10 13:05 +0100",
            rlang="nl",
            inv="OLS-2027-0235",
            note="Dutch provider notice, mailbox full, retrying",
        ),
        bounce_isp_nl_full,
    ),
    (
        Bounce(
            key="b-it-exchange",
            lang="it",
            kind="hard",
            status="5.1.10",
            rcpt="amministrazione@studiovalli.example",
            when="2027-03-05 09:04 +0100",
            rlang="it",
            inv="OLS-2027-0232",
            note="Office 365 NDR in Italian",
        ),
        bounce_exchange_it,
    ),
    (
        Bounce(
            key="b-it-full",
            lang="it",
            kind="soft",
            status="5.2.2",
            rcpt="contabilita@arcadia-eventi.example",
            when="2027-02-16 09:05 +0100",
            rlang="it",
            inv="OLS-2027-0120",
            note="mailbox full reported with a 5.x code and Action: failed: soft by the README rule, the code is kept",
        ),
        bounce_isp_it_full,
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, file names, output and checks
# --------------------------------------------------------------------------------------------


def reply_label(r: Reply, name: str) -> Label:
    x = r.labels
    return Label(
        file=name,
        intent=r.intent,
        promised_date=x["promised_date"],
        paid_date=x["paid_date"],
        return_date=x["return_date"],
        payment_reference=x["payment_reference"],
        amount=x["amount"],
        currency=x["currency"],
        new_contact=x["new_contact"],
        bounce_kind=None,
        failed_recipient=None,
        bounce_status=None,
        invoice_refs=sorted(x["invoice_refs"]),
        language=r.lang,
        note=x["note"],
    )


def bounce_label(b: Bounce, name: str) -> Label:
    return Label(
        file=name,
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


@dataclass(frozen=True, kw_only=True)
class Item:
    """One corpus file before it is numbered."""

    key: str
    message: Message
    label: Callable[[str], Label]


def reply_item(r: Reply) -> Item:
    return Item(key=r.key, message=build_reply(r), label=lambda name: reply_label(r, name))


def bounce_item(b: Bounce, build: Callable[[Bounce], Message]) -> Item:
    return Item(key=b.key, message=build(b), label=lambda name: bounce_label(b, name))


def shuffled(items: list[Item]) -> list[Item]:
    """A fixed shuffle: order by a seeded hash of each key."""
    return sorted(items, key=lambda item: digest(item.key, "order"))


def all_items() -> list[Item]:
    items = [reply_item(r) for r in REPLIES] + [bounce_item(b, f) for b, f in BOUNCES]
    keys = [item.key for item in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    return shuffled(items)


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
DATE_FIELDS: Final = ("promised_date", "paid_date", "return_date")
REF_RE: Final = re.compile(r"OLS-2027-\d{4}")
AMOUNT_RE: Final = re.compile(r"\d+\.\d{2}")
STATUS_RE: Final = re.compile(r"[45]\.\d{1,3}\.\d{1,3}")


def in_window(dt: datetime) -> bool:
    return FIRST_DAY <= dt.date() <= LAST_DAY


def spec_problems(r: Reply) -> list[str]:
    """What the hand-written text must support for its labels to be right."""
    x, body = r.labels, r.new_text.lower()
    problems = [f"ref {ref} not in text" for ref in x["invoice_refs"] if ref[-4:] not in body]
    problems += [
        f"{field} {value!r} not in text"
        for field, value in (
            ("new_contact", x["new_contact"]),
            ("payment_reference", x["payment_reference"]),
        )
        if value and value.lower() not in body
    ]
    if not in_window(r.dt):
        problems.append(f"date {r.when} outside the window")
    if r.style not in STYLES:
        problems.append(f"unknown style {r.style}")
    problems += [f"inline anchor {a!r} does not match one line" for a in unmatched_anchors(r)]
    return problems


def unmatched_anchors(r: Reply) -> list[str]:
    if not r.inline:
        return []
    q = make_quote(r)
    return [a for a, _ in r.inline if sum(a in line for line in q.text.split("\n")) != 1]


def check_specs() -> None:
    problems = [f"{r.key}: {p}" for r in REPLIES for p in spec_problems(r)]
    problems += [f"{b.key}: date outside the window" for b, _ in BOUNCES if not in_window(b.dt)]
    quoted = Counter(r.inv for r in REPLIES if r.threaded)
    quoted.update(b.inv for b, _ in BOUNCES)
    problems += [f"invoice {inv} reminded {n} times" for inv, n in quoted.items() if n > 2]
    if problems:
        raise SystemExit("\n".join(problems))


def field_problems(row: dict[str, object]) -> list[str]:
    intent = str(row["intent"])
    problems = [
        f"{field} set for {intent}"
        for field, owners in FIELD_OWNERS.items()
        if row[field] is not None and intent not in owners
    ]
    if intent == "bounce":
        problems += [
            f"{f} missing"
            for f in ("bounce_kind", "failed_recipient", "bounce_status")
            if row[f] is None
        ]
        problems += [] if STATUS_RE.fullmatch(str(row["bounce_status"])) else ["bad bounce_status"]
        problems += [] if row["bounce_kind"] in {"hard", "soft"} else ["bad bounce_kind"]
    return problems


def value_problems(row: dict[str, object]) -> list[str]:
    problems = []
    for field in DATE_FIELDS:
        value = row[field]
        if value is not None and date.fromisoformat(str(value)).isoformat() != value:
            problems.append(f"bad {field}")
    if row["amount"] is not None and not AMOUNT_RE.fullmatch(str(row["amount"])):
        problems.append("bad amount")
    if (row["amount"] is None) != (row["currency"] is None):
        problems.append("amount and currency go together")
    refs = row["invoice_refs"]
    if not isinstance(refs, list) or not all(REF_RE.fullmatch(str(ref)) for ref in refs):
        problems.append("bad invoice_refs")
    if row["intent"] not in INTENTS or row["language"] not in LANGS:
        problems.append("bad intent or language")
    return problems


def count_problems(labels: list[Label]) -> list[str]:
    intents = Counter(x["intent"] for x in labels)
    langs = Counter(x["language"] for x in labels)
    cells = Counter((x["intent"], x["language"]) for x in labels)
    kinds = Counter(x["bounce_kind"] for x in labels if x["intent"] == "bounce")
    problems = [f"{i}: {intents[i]} messages" for i in INTENTS if intents[i] != PER_INTENT]
    problems += [
        f"{lang}: {langs[lang]} messages" for lang, n in EXPECTED_LANGS.items() if langs[lang] != n
    ]
    problems += [f"no {i} in {lang}" for i in INTENTS for lang in LANGS if not cells[i, lang]]
    if kinds != Counter({"hard": 6, "soft": 6}):
        problems.append(f"bounce kinds {dict(kinds)}")
    return problems


def check_labels(labels: list[Label]) -> None:
    problems = []
    for label in labels:
        row: dict[str, object] = dict(label)
        if tuple(row) != LABEL_KEYS:
            problems.append(f"{label['file']}: keys out of order")
        found = field_problems(row) + value_problems(row)
        problems += [f"{label['file']}: {p}" for p in found]
    problems += count_problems(labels)
    if problems:
        raise SystemExit("\n".join(problems))


def text_problems(part: Message) -> list[str]:
    """A text part must decode strictly in its declared charset."""
    raw = part.get_payload(decode=True)
    if not isinstance(raw, bytes):
        return ["text part without a payload"]
    charset = part.get_content_charset() or "us-ascii"
    try:
        raw.decode(charset)
    except UnicodeDecodeError:
        return [f"text part does not decode as {charset}"]
    return []


def check_message(name: str, data: bytes) -> None:
    msg = message_from_bytes(data, policy=policy.default)
    problems = [
        f"no {h}" for h in ("From", "To", "Subject", "Date", "Message-ID") if msg[h] is None
    ]
    for header, value in msg.items():
        problems += [f"{header}: {d!r}" for d in getattr(value, "defects", ())]
        if "=?" in str(value):
            problems.append(f"{header} not decoded")
    for part in msg.walk():
        problems += [repr(d) for d in part.defects]
        if part.get_content_maintype() == "text":
            part.get_content()
            problems += text_problems(part)
    if problems:
        raise SystemExit(f"{name}: " + "; ".join(problems))


def count_table(labels: list[Label]) -> str:
    cells = Counter((x["intent"], x["language"]) for x in labels)
    rows = [
        "| intent | " + " | ".join(LANGS) + " | total |",
        "|---|" + "---:|" * (len(LANGS) + 1),
    ]
    for intent in INTENTS:
        counts = [cells[intent, lang] for lang in LANGS]
        rows.append(f"| {intent} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
    totals = [sum(cells[i, lang] for i in INTENTS) for lang in LANGS]
    cols = " | ".join(f"**{t}**" for t in totals)
    rows.append(f"| **total** | {cols} | **{sum(totals)}** |")
    return "\n".join(rows)


def write_all() -> list[Label]:
    items = all_items()
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels = []
    for number, item in enumerate(items, start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = item.message.as_bytes()
        check_message(name, data)
        (HERE / name).write_bytes(data)
        labels.append(item.label(name))
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels


def main() -> int:
    check_specs()
    labels = write_all()
    check_labels(labels)
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {dict(sorted(kinds.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
