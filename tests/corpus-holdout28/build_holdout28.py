# ruff: noqa: E501, RUF001
"""Build held-out reply corpus 28: `h28-NNN.eml` and `labels.jsonl`, next to this file.

The messages answer overdue reminders sent by the receivables team of Brightway Facility
Services (commercial cleaning and pest control). The new text of every message and its labels
are written by hand further down. The code only adds what a mail client or a mail server adds:
the quoted reminder in the client's layout and language, headers, MIME structure, charsets and
transfer encodings. Bounce skeletons (delivery-status fields, returned messages) are generated;
their human-readable text is written out per MTA.

Deterministic: fixed shuffle seed, boundaries and Message-IDs derived from each message's key,
no clock. Standard library only. Run: python3 build_holdout28.py
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import random
import re
import sys
import textwrap
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from email import charset as cs
from email import message_from_bytes, policy
from email.header import Header
from email.headerregistry import BaseHeader
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import TypeAlias

HERE = Path(__file__).resolve().parent
PREFIX = "h28"
SEED = 28_0512_2026
AR_NAME = "Brightway Receivables"
AR_ADDR = "receivables@brightway-fs.example"
AR_DOMAIN = "brightway-fs.example"
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
FIELDS = (
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
LABEL_ORDER = ("file", "intent", *FIELDS, "invoice_refs", "language", "note")


def T(text: str) -> str:
    """Hand-written text, indented in the source; the message gets it without the indent."""
    return textwrap.dedent(text).strip("\n")


# ============================================================================================
# Locale tables (reminder wording and what each client prints around a quote)
# ============================================================================================

DAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
}
DAYS3 = {
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
MONTHS3 = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}
MONTHS_LIBERO = "gen feb mar apr mag giu lug ago set ott nov dic"

# Reminder wording, by reminder locale. {inv} {idate} {ddate} {amt}
REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – payment reminder",
    "de": "Zahlungserinnerung zur Rechnung {inv}",
    "fr": "Rappel : facture {inv} échue",
    "es": "Aviso de factura vencida {inv}",
    "nl": "Betalingsherinnering factuur {inv}",
    "it": "Promemoria: fattura {inv} scaduta",
}
REMINDER_BODY = {
    "en": """\
Hello,

This is a reminder that the invoice below is now past its due date:

  Invoice no.:         {inv}
  Invoice date:        {idate}
  Due date:            {ddate}
  Amount outstanding:  {amt}

Please arrange payment at your earliest convenience. If payment has already been made, let us know the date and reference so we can allocate it to your account. If you have a query about the invoice or the work carried out, simply reply to this email.

Many thanks,

Accounts Receivable
Brightway Facility Services
{footer}""",
    "de": """\
Guten Tag,

bei der Durchsicht unserer Debitorenkonten ist uns aufgefallen, dass folgende Rechnung noch offen ist:

  Rechnungsnummer:  {inv}
  Rechnungsdatum:   {idate}
  Fällig seit:      {ddate}
  Offener Betrag:   {amt}

Wir bitten Sie, den Betrag in den nächsten Tagen zu überweisen. Falls Sie bereits gezahlt haben, teilen Sie uns bitte Zahlungsdatum und Verwendungszweck mit, damit wir die Zahlung zuordnen können. Bei Rückfragen zur Rechnung oder zur erbrachten Leistung antworten Sie einfach auf diese E-Mail.

Freundliche Grüße

Forderungsmanagement
Brightway Facility Services GmbH
Tel. 0211 555 3870 · receivables@brightway-fs.example""",
    "fr": """\
Bonjour,

Nous nous permettons de vous rappeler que la facture ci-dessous n'a pas encore été réglée à ce jour :

  N° de facture :        {inv}
  Date de facture :      {idate}
  Date d'échéance :      {ddate}
  Montant restant dû :   {amt}

Nous vous remercions de bien vouloir procéder au règlement dans les meilleurs délais. Si le paiement a déjà été effectué, merci de nous en communiquer la date et la référence afin que nous puissions le rapprocher. Pour toute question concernant la facture ou la prestation, il vous suffit de répondre à ce courriel.

Bien cordialement,

Service Recouvrement
Brightway Facility Services SAS""",
    "es": """\
Buenos días:

Le recordamos que la siguiente factura se encuentra pendiente de pago:

  N.º de factura:        {inv}
  Fecha de emisión:      {idate}
  Fecha de vencimiento:  {ddate}
  Importe pendiente:     {amt}

Le agradeceríamos que realizara el pago a la mayor brevedad posible. Si ya lo ha abonado, indíquenos por favor la fecha y la referencia de la transferencia para poder conciliarlo. Si tiene cualquier duda sobre la factura o el servicio prestado, puede responder directamente a este correo.

Un saludo,

Departamento de Cobros
Brightway Facility Services, S.L.""",
    "nl": """\
Goedendag,

Bij controle van onze administratie zagen wij dat onderstaande factuur nog niet is voldaan:

  Factuurnummer:     {inv}
  Factuurdatum:      {idate}
  Vervaldatum:       {ddate}
  Openstaand bedrag: {amt}

Wij verzoeken u vriendelijk het bedrag zo spoedig mogelijk over te maken. Heeft u inmiddels betaald, laat ons dan de betaaldatum en het betalingskenmerk weten, zodat wij de betaling kunnen verwerken. Heeft u vragen over de factuur of de uitgevoerde werkzaamheden, beantwoord dan gewoon deze e-mail.

Met vriendelijke groet,

Debiteurenbeheer
Brightway Facility Services B.V.""",
    "it": """\
Gentile cliente,

da un controllo della nostra contabilità risulta ancora da saldare la seguente fattura:

  Fattura n.:          {inv}
  Data fattura:        {idate}
  Scadenza:            {ddate}
  Importo da saldare:  {amt}

La preghiamo di provvedere al pagamento quanto prima. Se ha già effettuato il pagamento, ci comunichi per cortesia la data e il CRO/TRN del bonifico, così da poterlo abbinare correttamente. Per qualsiasi domanda sulla fattura o sul servizio svolto, può rispondere direttamente a questa e-mail.

Cordiali saluti,

Ufficio Crediti
Brightway Facility Services S.r.l.""",
}
EN_FOOTER = {
    "GB": "Unit 9, Ashby Park, Stockport SK4 2XZ · 0161 555 0142",
    "IE": "Unit 3, Ballymount Business Park, Dublin 12 · 01 555 2290",
    "US": "Remit to: PO Box 44107, Dayton, OH 45401 · (937) 555-0186",
}

# Reminder locales: language, country, currency, date style
RLOC = {
    "en-GB": ("en", "GB", "GBP"),
    "en-IE": ("en", "IE", "EUR"),
    "en-US": ("en", "US", "USD"),
    "de": ("de", "DE", "EUR"),
    "fr": ("fr", "FR", "EUR"),
    "es": ("es", "ES", "EUR"),
    "nl": ("nl", "NL", "EUR"),
    "it": ("it", "IT", "EUR"),
}


def money(value: str, rloc: str) -> str:
    units, cents = value.split(".")
    groups = f"{int(units):,}"
    if rloc == "en-GB":
        return f"£{groups}.{cents}"
    if rloc == "en-US":
        return f"${groups}.{cents}"
    if rloc == "en-IE":
        return f"€{groups}.{cents}"
    if rloc == "fr":
        return f"{groups.replace(',', ' ')},{cents} €"
    if rloc in {"de", "es"}:
        return f"{groups.replace(',', '.')},{cents} €"
    return f"€ {groups.replace(',', '.')},{cents}"  # nl, it


def short_date(d: date, rloc: str) -> str:
    if rloc == "en-US":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if rloc == "de":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if rloc == "nl":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


# What a Latin-1 client does to characters it cannot send.
LATIN1_SUBST = {
    "–": "-",
    "—": "-",
    "€": "EUR",
    "’": "'",
    "‘": "'",
    "“": '"',
    "”": '"',
    "„": '"',
    "·": "-",
    "…": "...",
}


def latin1(text: str) -> str:
    for bad, good in LATIN1_SUBST.items():
        text = text.replace(bad, good)
    return text


# ---- client attribution lines and header blocks ---------------------------------------------


def parts_of(dt: datetime, lang: str) -> dict[str, str]:
    wd, mo = dt.weekday(), dt.month - 1
    return {
        "day": DAYS[lang].split()[wd],
        "dy": DAYS3[lang].split()[wd],
        "month": MONTHS[lang].split()[mo],
        "mon": MONTHS3[lang].split()[mo],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "m": str(dt.month),
        "mm": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "H": str(dt.hour),
        "HH": f"{dt.hour:02d}",
        "MM": f"{dt.minute:02d}",
        "SS": f"{dt.second:02d}",
        "h": str((dt.hour - 1) % 12 + 1),
        "ap": "AM" if dt.hour < 12 else "PM",
        "gmt": gmt_offset(dt),
        "utc": utc_offset(dt),
    }


def gmt_offset(dt: datetime) -> str:
    off = dt.utcoffset() or timedelta(0)
    minutes = int(off.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"GMT{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def utc_offset(dt: datetime) -> str:
    off = dt.utcoffset() or timedelta(0)
    hours = int(off.total_seconds() // 3600)
    return "UTC" if hours == 0 else f"UTC{hours:+d}"


GMAIL_ATTR = {
    "en-US": "On {dy}, {mon} {d}, {y} at {h}:{MM}\u202f{ap} {name} <{addr}> wrote:",
    "en": "On {dy}, {d} {mon} {y} at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {dy}, {d}. {mon} {y} um {HH}:{MM} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {dy} {d} {mon} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {dy}, {d} {mon} {y} a las {H}:{MM}, {name} (<{addr}>) escribió:",
    "nl": "Op {dy} {d} {mon} {y} om {HH}:{MM} schreef {name} <{addr}>:",
    "it": "Il giorno {dy} {d} {mon} {y} alle ore {HH}:{MM} {name} <{addr}> ha scritto:",
}
APPLE_ATTR = {
    "en-US": "On {mon} {d}, {y}, at {h}:{MM}\u202f{ap}, {name} <{addr}> wrote:",
    "en": "On {d} {mon} {y}, at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mm}.{y} um {HH}:{MM} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mon} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {d} {mon} {y}, a las {H}:{MM}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mon} {y} om {HH}:{MM} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mon} {y}, alle ore {HH}:{MM}, {name} <{addr}> ha scritto:",
}
TB_ATTR = {
    "en-US": "On {m}/{d}/{yy} {h}:{MM} {ap}, {name} wrote:",
    "en": "On {dd}/{mm}/{y} {HH}:{MM}, {name} wrote:",
    "de": "Am {dd}.{mm}.{yy} um {HH}:{MM} schrieb {name}:",
    "fr": "Le {dd}/{mm}/{y} à {HH}:{MM}, {name} a écrit :",
    "es": "El {d}/{m}/{yy} a las {H}:{MM}, {name} escribió:",
    "nl": "Op {dd}-{mm}-{y} om {HH}:{MM} schreef {name}:",
    "it": "Il {dd}/{mm}/{y} {HH}:{MM}, {name} ha scritto:",
}
YAHOO_ATTR = {
    "en": "On {day}, {d} {month} {y} at {HH}:{MM}:{SS} {utc}, {name} <{addr}> wrote:",
    "fr": "Le {day} {d} {month} {y} à {HH}:{MM}:{SS} {utc}, {name} <{addr}> a écrit :",
    "es": "En {day}, {d} de {month} de {y}, {H}:{MM}:{SS} {utc}, {name} <{addr}> escribió:",
    "it": "In data {day} {d} {month} {y}, {HH}:{MM}:{SS} {utc}, {name} <{addr}> ha scritto:",
}
# separator, From, Sent, To, Subject, label separator
OUTLOOK_LABELS = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject", ": "),
    "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff", ": "),
    "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : "),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": "),
    "nl": ("-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "Onderwerp", ": "),
    "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ": "),
}
OUTLOOK_SENT = {
    "en-US": "{day}, {month} {d}, {y} {h}:{MM} {ap}",
    "en": "{dd} {month} {y} {HH}:{MM}",
    "de": "{day}, {d}. {month} {y} {HH}:{MM}",
    "fr": "{day} {d} {month} {y} {HH}:{MM}",
    "es": "{day}, {d} de {month} de {y} {H}:{MM}",
    "nl": "{day} {d} {month} {y} {HH}:{MM}",
    "it": "{day} {d} {month} {y} {HH}:{MM}",
}
OUTLOOK_RE = {"en": "RE: ", "de": "AW: ", "fr": "RE : ", "es": "RE: ", "nl": "RE: ", "it": "R: "}
AUTO_PREFIX = {
    "en": "Automatic reply: ",
    "de": "Automatische Antwort: ",
    "fr": "Réponse automatique : ",
    "es": "Respuesta automática: ",
    "nl": "Automatisch antwoord: ",
    "it": "Risposta automatica: ",
}
SAMSUNG = {
    "en": (
        "-------- Original message --------",
        "From",
        "Date",
        "To",
        "Subject",
        ": ",
        "{dd}/{mm}/{y} {HH}:{MM} ({gmt})",
        "Sent from my Galaxy",
    ),
    "de": (
        "-------- Ursprüngliche Nachricht --------",
        "Von",
        "Datum",
        "An",
        "Betreff",
        ": ",
        "{dd}.{mm}.{yy} {HH}:{MM} ({gmt})",
        "Von meinem Galaxy gesendet",
    ),
    "fr": (
        "-------- Message d'origine --------",
        "De",
        "Date",
        "À",
        "Objet",
        " : ",
        "{dd}/{mm}/{y} {HH}:{MM} ({gmt})",
        "Envoyé depuis mon appareil Galaxy",
    ),
    "es": (
        "-------- Mensaje original --------",
        "De",
        "Fecha",
        "Para",
        "Asunto",
        ": ",
        "{d}/{m}/{yy} {H}:{MM} ({gmt})",
        "Enviado desde mi Galaxy",
    ),
    "nl": (
        "-------- Oorspronkelijk bericht --------",
        "Van",
        "Datum",
        "Aan",
        "Onderwerp",
        ": ",
        "{dd}-{mm}-{y} {HH}:{MM} ({gmt})",
        "Verzonden vanaf mijn Galaxy",
    ),
    "it": (
        "-------- Messaggio originale --------",
        "Da",
        "Data",
        "A",
        "Oggetto",
        ": ",
        "{dd}/{mm}/{yy} {HH}:{MM} ({gmt})",
        "Inviato dal mio Galaxy",
    ),
}
IPHONE_SIG = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
}
OUTLOOK_MOBILE_SIG = {
    "en": "Get Outlook for {os}",
    "de": "Outlook für {os} beziehen",
    "fr": "Obtenir Outlook pour {os}",
    "es": "Obtener Outlook para {os}",
    "nl": "Outlook voor {os} downloaden",
    "it": "Scarica Outlook per {os}",
}
CONTENT_LANGUAGE = {
    "en-US": "en-US",
    "en-GB": "en-GB",
    "en-IE": "en-IE",
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}
WORD_LANG = {
    "en-US": "EN-US",
    "en-GB": "EN-GB",
    "en-IE": "EN-IE",
    "en": "EN-GB",
    "de": "DE",
    "fr": "FR",
    "es": "ES",
    "nl": "NL",
    "it": "IT",
}


# ============================================================================================
# Deterministic ids
# ============================================================================================


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"h28|{salt}|{key}".encode()).digest()


def token(key: str, salt: str, n: int) -> str:
    raw = digest(key, salt) + digest(key, salt + "+")
    return base64.b32encode(raw).decode().rstrip("=")[:n]


def urltoken(key: str, salt: str, n: int) -> str:
    raw = digest(key, salt) + digest(key, salt + "+")
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")[:n]


def hexid(key: str, salt: str, n: int) -> str:
    return (digest(key, salt) + digest(key, salt + "+")).hex()[:n]


def number(key: str, salt: str, lo: int, hi: int) -> int:
    return lo + int.from_bytes(digest(key, salt)[:4], "big") % (hi - lo + 1)


def reminder_msgid(key: str) -> str:
    return f"<rem.{hexid(key, 'rem', 16)}.{hexid(key, 'rem2', 6)}@mailer.{AR_DOMAIN}>"


# ============================================================================================
# One reply
# ============================================================================================


@dataclass
class Reply:
    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str  # "YYYY-MM-DD HH:MM +zzzz", the sender's local time
    style: str
    body: str
    labels: dict[str, object]
    inv: str = "BW-26-00000"
    rloc: str = ""  # reminder locale; default: the reply language (en -> en-GB)
    amt: str = ""  # amount on the reminder, "1234.50"; default derived from the key
    ago: int = 0  # working days between reminder and reply; default derived from the key
    charset: str = "utf-8"
    cte: str = "qp"
    subject: str = ""  # "{rsub}" stands for the reminder subject
    headers: tuple[tuple[str, str], ...] = ()
    cc: str = ""
    html: str = ""  # hand-written HTML (notices and payment advices)
    attach: tuple[str, bytes] | None = None
    inline: tuple[tuple[str, str], ...] = ()  # (reminder line anchor, answer) for inline replies
    rto: str = ""  # the address the reminder went to, when the reply comes from another one
    quote: bool = True
    hard: bool = False
    os: str = "iOS"

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def reminder_locale(self) -> str:
        return self.rloc or ("en-GB" if self.lang == "en" else self.lang)

    @property
    def client_locale(self) -> str:
        """Locale of the attribution line: en-US for US customers, else the reply language."""
        if self.lang == "en":
            return "en-US" if self.reminder_locale == "en-US" else "en"
        return self.lang


def L(  # short on purpose: one label per message, used 108 times
    note: str | None = None,
    refs: tuple[str, ...] = (),
    **fields: str | None,
) -> dict[str, object]:
    unknown = set(fields) - set(FIELDS)
    if unknown:
        raise SystemExit(f"unknown label field(s) {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


# ============================================================================================
# The reminder being answered
# ============================================================================================


def reminder_dates(r_key: str, reply: datetime, ago: int) -> tuple[datetime, date, date]:
    days = ago or number(r_key, "ago", 1, 4)
    day = reply
    while days:
        day -= timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    sent = day.replace(
        hour=8, minute=number(r_key, "min", 5, 55), second=number(r_key, "sec", 0, 59)
    )
    due = (sent - timedelta(days=number(r_key, "due", 8, 24))).date()
    issued = due - timedelta(days=30)
    return sent, issued, due


def reminder_amount(r: Reply) -> str:
    if r.amt:
        return r.amt
    return f"{number(r.key, 'amt', 180, 3900)}.{number(r.key, 'cents', 0, 19) * 5:02d}"


def reminder_subject(rloc: str, inv: str) -> str:
    return REMINDER_SUBJECT[RLOC[rloc][0]].format(inv=inv)


def reminder_body(rloc: str, inv: str, amount: str, issued: date, due: date) -> str:
    lang, country, _ = RLOC[rloc]
    return REMINDER_BODY[lang].format(
        inv=inv,
        idate=short_date(issued, rloc),
        ddate=short_date(due, rloc),
        amt=money(amount, rloc),
        footer=EN_FOOTER.get(country, ""),
    )


@dataclass(frozen=True)
class Quote:
    text: str
    subject: str
    sent: datetime
    to: str  # the customer's address as the reminder was sent to it
    loc: str  # client locale for attribution lines


def make_quote(r: Reply) -> Quote:
    sent, issued, due = reminder_dates(r.key, r.dt, r.ago)
    text = reminder_body(r.reminder_locale, r.inv, reminder_amount(r), issued, due)
    subject = reminder_subject(r.reminder_locale, r.inv)
    if r.charset == "iso-8859-1":
        text, subject = latin1(text), latin1(subject)
    return Quote(text, subject, sent, r.rto or r.who[1], r.client_locale)


# ============================================================================================
# Text helpers and MIME parts
# ============================================================================================


def quoted(text: str) -> str:
    return "\n".join(">" if not line else "> " + line for line in text.split("\n"))


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def br_lines(text: str) -> str:
    return "<br>\n".join(esc(line) for line in text.split("\n"))


def divs(text: str) -> str:
    return "\n".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))


def mso(text: str) -> str:
    return "\n".join(
        f"<p class=MsoNormal>{esc(line) if line else '&nbsp;'}<o:p></o:p></p>"
        for line in text.split("\n")
    )


def flowed(text: str, width: int = 72) -> str:
    """RFC 3676 format=flowed: soft breaks end in a space; stuff lines that begin with a space."""
    out = []
    for raw in text.split("\n"):
        if raw.startswith(">"):
            out.append(raw)
            continue
        line = " " + raw if raw.startswith((" ", "From ")) else raw
        if len(line) <= width or line == "-- ":
            out.append(line)
            continue
        pieces = textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
        out.extend(p + " " for p in pieces[:-1])
        out.append(pieces[-1])
    return "\n".join(out)


def body_charset(name: str, cte: str) -> cs.Charset:
    charset = cs.Charset(name)
    charset.body_encoding = {"qp": cs.QP, "b64": cs.BASE64, "8bit": 0, "7bit": 0}[cte]  # 0: as is
    return charset


def text_part(
    text: str, subtype: str, charset: str = "utf-8", cte: str = "qp", **params: str
) -> Message:
    text.encode(charset)  # the hand-written text must fit the declared charset
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, body_charset(charset, cte))
    for name, value in params.items():
        part.set_param(name, value)
    return part


def alternative(plain: Message, rich: Message) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(rich)
    return outer


def header_value(value: str, charset: str = "utf-8", name: str = "Subject") -> str:
    if value.isascii():
        return value
    enc = charset
    try:
        value.encode(enc)
    except UnicodeEncodeError:
        enc = "utf-8"
    return Header(value, enc, header_name=name, maxlinelen=76).encode()


def address(name: str, addr: str, charset: str = "utf-8") -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    enc = charset
    try:
        name.encode(enc)
    except UnicodeEncodeError:
        enc = "utf-8"
    return f"{Header(name, enc).encode()} <{addr}>"


# ============================================================================================
# Client layouts: what each mail client wraps around the hand-written text
# ============================================================================================


def fmt(template: str, dt: datetime, lang: str, **extra: str) -> str:
    return template.format(**parts_of(dt, lang), **extra)


def base_lang(loc: str) -> str:
    return loc.split("-", maxsplit=1)[0]


def gmail_attr(q: Quote) -> str:
    return fmt(GMAIL_ATTR[q.loc], q.sent, base_lang(q.loc), name=AR_NAME, addr=AR_ADDR)


def apple_attr(q: Quote) -> str:
    return fmt(APPLE_ATTR[q.loc], q.sent, base_lang(q.loc), name=AR_NAME, addr=AR_ADDR)


def tb_attr(q: Quote) -> str:
    return fmt(TB_ATTR[q.loc], q.sent, base_lang(q.loc), name=AR_NAME)


def outlook_fields(q: Quote, mailto: bool = False) -> list[tuple[str, str]]:
    lang = base_lang(q.loc)
    _, f, s, t, subj, _ = OUTLOOK_LABELS[lang]
    sender = f"{AR_NAME} [mailto:{AR_ADDR}]" if mailto else f"{AR_NAME} <{AR_ADDR}>"
    return [
        (f, sender),
        (s, fmt(OUTLOOK_SENT[q.loc], q.sent, lang)),
        (t, q.to),
        (subj, q.subject),
    ]


def outlook_block_text(q: Quote, mailto: bool = False) -> str:
    sep = OUTLOOK_LABELS[base_lang(q.loc)][5]
    return "\n".join(f"{k}{sep}{v}" for k, v in outlook_fields(q, mailto))


def outlook_block_html(q: Quote) -> str:
    sep = OUTLOOK_LABELS[base_lang(q.loc)][5]
    return "<br>\n".join(
        f"<b>{esc(k)}{esc(sep.rstrip())}</b> {esc(v)}" for k, v in outlook_fields(q)
    )


def style_ol_plain(r: Reply, q: Quote) -> Message:
    text = f"{r.body}\n\n{OUTLOOK_LABELS[base_lang(q.loc)][0]}\n{outlook_block_text(q, mailto=True)}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, r.cte)


def word_html(r: Reply, q: Quote | None) -> str:
    lang = WORD_LANG[r.reminder_locale if r.lang == "en" else r.lang]
    quote = ""
    if q is not None:
        quote = (
            "<div>\n<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n"
            f"<p class=MsoNormal>{outlook_block_html(q)}<o:p></o:p></p>\n</div>\n</div>\n"
            "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" + mso(q.text) + "\n"
        )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n@font-face\n\t{font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        '\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle18\n\t{mso-style-type:personal-reply;\n\tcolor:windowtext;}\n"
        "@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n"
        f'<body lang={lang} link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        "<div class=WordSection1>\n"
        + mso(r.body)
        + "\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
        + quote
        + "</div>\n</body>\n</html>\n"
    )


def outlook_plain_alt(r: Reply, q: Quote) -> str:
    return f"{r.body}\n\n{outlook_block_text(q)}\n\n{q.text}\n"


def style_ol_html(r: Reply, q: Quote) -> Message:
    return alternative(
        text_part(outlook_plain_alt(r, q), "plain", r.charset, r.cte),
        text_part(word_html(r, q), "html", r.charset, r.cte),
    )


def style_ol_htmlonly(r: Reply, q: Quote) -> Message:
    return text_part(word_html(r, q), "html", r.charset, r.cte)


def owa_html(r: Reply, q: Quote) -> str:
    return (
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
        '</head>\n<body dir="ltr">\n'
        '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
        + divs(r.body)
        + '\n</div>\n<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        + outlook_block_html(q)
        + "</font>\n<div>&nbsp;</div>\n</div>\n<div>\n"
        + br_lines(q.text)
        + "\n</div>\n</body>\n</html>\n"
    )


def style_owa(r: Reply, q: Quote) -> Message:
    plain = f"{r.body}\n\n________________________________\n{outlook_block_text(q)}\n\n{q.text}\n"
    return alternative(
        text_part(plain, "plain", r.charset, r.cte),
        text_part(owa_html(r, q), "html", r.charset, r.cte),
    )


def style_ol_mobile(r: Reply, q: Quote) -> Message:
    sig = OUTLOOK_MOBILE_SIG[base_lang(q.loc)].format(os=r.os)
    link = "https://aka.ms/o0ukef" if r.os == "iOS" else "https://aka.ms/AAb9ysg"
    plain = f"{r.body}\n\n{sig}<{link}>\n________________________________\n{outlook_block_text(q)}\n\n{q.text}\n"
    markup = (
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n'
        '<div dir="ltr">' + br_lines(r.body) + "</div>\n"
        f'<div dir="ltr"><br></div>\n<div dir="ltr">{esc(sig.split(" " + r.os)[0])} <a href="{link}">{r.os}</a></div>\n'
        '<div id="ms-outlook-mobile-signature"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        + outlook_block_html(q)
        + "</font>\n<div>&nbsp;</div>\n</div>\n<div>"
        + br_lines(q.text)
        + "</div>\n</body>\n</html>\n"
    )
    return alternative(
        text_part(plain, "plain", r.charset, "b64"),
        text_part(markup, "html", r.charset, "b64"),
    )


def gmail_quote_html(attr: str, text: str) -> str:
    return (
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        + esc(attr)
        + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        + br_lines(text)
        + "</blockquote></div>"
    )


def gmail_body_html(text: str) -> str:
    return (
        '<div dir="ltr">'
        + "".join(f"<div>{esc(x)}</div>" if x else "<div><br></div>" for x in text.split("\n"))
        + "</div>"
    )


def style_gmail(r: Reply, q: Quote) -> Message:
    attr = gmail_attr(q)
    plain = f"{r.body}\n\n{attr}\n\n{quoted(q.text)}\n"
    markup = gmail_body_html(r.body) + "<br>" + gmail_quote_html(attr, q.text) + "\n"
    return alternative(
        text_part(plain, "plain", r.charset, r.cte), text_part(markup, "html", r.charset, r.cte)
    )


def style_gmail_plain(r: Reply, q: Quote) -> Message:
    return text_part(
        f"{r.body}\n\n{gmail_attr(q)}\n\n{quoted(q.text)}\n", "plain", r.charset, r.cte
    )


def inline_text(r: Reply, q: Quote, attr: str) -> str:
    lines = q.text.split("\n")
    out = [attr]
    pos = 0
    for anchor, answer in r.inline:
        hit = next(k for k in range(pos, len(lines)) if anchor in lines[k])
        out += [">" if not x else "> " + x for x in lines[pos : hit + 1]]
        out += ["", answer, ""]
        pos = hit + 1
        while pos < len(lines) and not lines[pos]:
            pos += 1
    return "\n".join(out) + (f"\n{r.body}\n" if r.body else "\n")


def style_gmail_inline(r: Reply, q: Quote) -> Message:
    return text_part(inline_text(r, q, gmail_attr(q)), "plain", r.charset, r.cte)


def style_tb_inline(r: Reply, q: Quote) -> Message:
    params = {"format": "flowed"} if r.charset == "utf-8" else {}
    text = inline_text(r, q, tb_attr(q))
    return text_part(flowed(text) if params else text, "plain", r.charset, r.cte, **params)


def style_tb(r: Reply, q: Quote) -> Message:
    params = {"format": "flowed"} if r.charset == "utf-8" else {}
    text = f"{r.body}\n\n{tb_attr(q)}\n{quoted(q.text)}\n"
    return text_part(flowed(text) if params else text, "plain", r.charset, r.cte, **params)


def style_apple(r: Reply, q: Quote) -> Message:
    attr = apple_attr(q)
    plain = f"{r.body}\n\n{attr}\n\n{quoted(q.text)}\n"
    markup = (
        '<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        + divs(r.body)
        + '<div><br><blockquote type="cite"><div>'
        + esc(attr)
        + '</div><br class="Apple-interchange-newline"><div><div>'
        + br_lines(q.text)
        + "</div></div></blockquote></div><br></body></html>\n"
    )
    return alternative(
        text_part(plain, "plain", r.charset, r.cte), text_part(markup, "html", r.charset, r.cte)
    )


def style_iphone(r: Reply, q: Quote) -> Message:
    sig = IPHONE_SIG[base_lang(q.loc)]
    text = f"{r.body}\n\n{sig}\n\n{quoted(apple_attr(q))}\n>\n{quoted(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def style_samsung(r: Reply, q: Quote) -> Message:
    lang = base_lang(q.loc)
    sep, f, d, t, s, colon, when, sig = SAMSUNG[lang]
    block = "\n".join(
        [
            sep,
            f"{f}{colon}{AR_NAME} <{AR_ADDR}> ",
            f"{d}{colon}{fmt(when, q.sent, lang)} ",
            f"{t}{colon}{q.to} ",
            f"{s}{colon}{q.subject} ",
        ]
    )
    text = f"{r.body}\n\n\n\n{sig}\n\n\n{block}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, r.cte)


def style_webde(r: Reply, q: Quote) -> Message:
    """GMX / WEB.DE webmail: HTML only, the quote in a bordered div with a German header."""
    when = fmt("{day}, {dd}. {month} {y} um {HH}:{MM} Uhr", q.sent, "de")
    markup = (
        '<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;"><div>'
        + br_lines(r.body)
        + '</div>\n\n<div>&nbsp;\n<div>&nbsp;\n<div name="quote" style="margin:10px 5px 5px 10px; padding: 10px 0 10px 10px; border-left:2px solid #C3D9E5; word-wrap: break-word; -webkit-nbsp-mode: space; -webkit-line-break: after-white-space;">\n'
        f'<div style="margin:0 0 10px 0;"><b>Gesendet:</b>&nbsp;{esc(when)}<br/>\n'
        f"<b>Von:</b>&nbsp;&quot;{AR_NAME}&quot; &lt;{AR_ADDR}&gt;<br/>\n<b>An:</b>&nbsp;{esc(q.to)}<br/>\n"
        f'<b>Betreff:</b>&nbsp;{esc(q.subject)}</div>\n\n<div name="quoted-content">'
        + br_lines(q.text)
        + "</div>\n</div>\n</div>\n</div></div></body></html>\n"
    )
    return text_part(markup, "html", r.charset, r.cte)


def style_yahoo(r: Reply, q: Quote) -> Message:
    lang = base_lang(q.loc)
    attr = fmt(YAHOO_ATTR[lang], q.sent, lang, name=AR_NAME, addr=AR_ADDR)
    plain = f"{r.body}\n\n    {attr}  \n\n{q.text}\n"
    markup = (
        '<html><head></head><body><div class="ydp1b2c3d4eyahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
        + divs(r.body)
        + '</div><div id="yahoo_quoted_5530917729" class="yahoo_quoted">\n<div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">\n<div>\n'
        + esc(attr)
        + "</div>\n<div><br></div>\n<div><br></div>\n<div>"
        + br_lines(q.text)
        + "</div>\n</div>\n</div></body></html>\n"
    )
    return alternative(
        text_part(plain, "plain", r.charset, r.cte), text_part(markup, "html", r.charset, r.cte)
    )


def style_libero(r: Reply, q: Quote) -> Message:
    """Libero Mail: plain text, the old ----Messaggio originale---- block with 'Ogg:'."""
    mon = MONTHS_LIBERO.split()[q.sent.month - 1]
    block = (
        "----Messaggio originale----\n"
        f"Da: {AR_ADDR}\n"
        f"Data: {q.sent.day}-{mon}-{q.sent.year} {q.sent.hour}.{q.sent.minute:02d}\n"
        f"A: <{q.to}>\n"
        f"Ogg: {q.subject}\n"
    )
    return text_part(f"{r.body}\n\n\n{block}\n{q.text}\n", "plain", r.charset, r.cte)


def style_notice(r: Reply, q: Quote | None) -> Message:
    plain = text_part(r.body + "\n", "plain", r.charset, r.cte)
    if r.html:
        return alternative(plain, text_part(r.html, "html", r.charset, r.cte))
    return plain


def style_notice_html(r: Reply, q: Quote | None) -> Message:
    return text_part(r.html, "html", r.charset, r.cte)


STYLES: dict[str, Callable[[Reply, Quote], Message]] = {
    "ol_plain": style_ol_plain,
    "ol_html": style_ol_html,
    "ol_htmlonly": style_ol_htmlonly,
    "owa": style_owa,
    "ol_mobile": style_ol_mobile,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "gmail_inline": style_gmail_inline,
    "tb": style_tb,
    "tb_inline": style_tb_inline,
    "apple": style_apple,
    "iphone": style_iphone,
    "samsung": style_samsung,
    "webde": style_webde,
    "yahoo": style_yahoo,
    "libero": style_libero,
}
QUOTELESS_STYLES: dict[str, Callable[[Reply, Quote | None], Message]] = {
    "notice": style_notice,
    "notice_html": style_notice_html,
}
OUTLOOK_FAMILY = {"ol_plain", "ol_html", "ol_htmlonly", "owa", "ol_mobile"}
QUOTELESS = {"notice", "notice_html"}


def message_id(r: Reply) -> str:
    domain = r.who[1].split("@")[1]
    if r.style.startswith("gmail"):
        return f"<CA{urltoken(r.key, 'gm', 2)}+{urltoken(r.key, 'gmail', 44)}@mail.gmail.com>"
    if r.style in OUTLOOK_FAMILY:
        box = f"{token(r.key, 'box', 4)}PR0{number(r.key, 'pr', 1, 9)}MB{number(r.key, 'mb', 1000, 9999)}"
        return f"<{box}{token(r.key, 'ms', 24)}@{box}.eurprd0{number(r.key, 'eur', 1, 9)}.prod.outlook.com>"
    if r.style in {"apple", "iphone"}:
        h = hexid(r.key, "apple", 32).upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}@{domain}>"
    if r.style.startswith("tb"):
        h = hexid(r.key, "tb", 32)
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}@{domain}>"
    if r.style == "yahoo":
        return f"<{number(r.key, 'y1', 100000000, 999999999)}.{number(r.key, 'y2', 1000000, 9999999)}.{number(r.key, 'y3', 1000000000000, 9999999999999)}@mail.yahoo.com>"
    return f"<{hexid(r.key, 'mid', 20)}.{number(r.key, 'mid2', 1000, 99999)}@{domain}>"


# Client headers that do not depend on the message.
FIXED_STYLE_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22B91)"),),
    "webde": (("Importance", "normal"), ("Sensitivity", "Normal")),
    "yahoo": (("X-Mailer", "WebService/1.1.23187 YMailNorrin"),),
    "libero": (("X-Mailer", "Libero Mail 7.4"),),
}


def outlook_headers(r: Reply, q: Quote | None, lang: str) -> list[tuple[str, str]]:
    """The Thread-*, language and X-MS-* headers Outlook and OWA add."""
    topic = q.subject if q else ""
    out = []
    if topic:
        out.append(("Thread-Topic", header_value(topic, r.charset, "Thread-Topic")))
    out.append(("Thread-Index", base64.b64encode(digest(r.key, "thread")[:22]).decode()))
    out.append(("Accept-Language", f"{lang}, en-US"))
    out.append(("Content-Language", lang))
    out.append(("X-MS-Has-Attach", "yes" if r.attach else ""))
    out.append(("X-MS-TNEF-Correlator", ""))
    if r.style == "ol_plain":
        out.insert(0, ("X-Mailer", "Microsoft Outlook 16.0"))
    return out


def style_headers(r: Reply, q: Quote | None) -> list[tuple[str, str]]:
    lang = CONTENT_LANGUAGE[r.reminder_locale if r.lang == "en" else r.lang]
    if r.style in OUTLOOK_FAMILY:
        return outlook_headers(r, q, lang)
    if r.style.startswith("tb"):
        return [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", lang)]
    return list(FIXED_STYLE_HEADERS.get(r.style, ()))


def reply_subject(r: Reply, q: Quote | None) -> str:
    rsub = (
        q.subject
        if q
        else latin1(reminder_subject(r.reminder_locale, r.inv))
        if r.charset == "iso-8859-1"
        else reminder_subject(r.reminder_locale, r.inv)
    )
    if r.subject:
        return r.subject.format(rsub=rsub)
    prefix = OUTLOOK_RE[r.lang] if r.style in OUTLOOK_FAMILY else "Re: "
    return prefix + rsub


def with_attachment(r: Reply, body: Message) -> Message:
    if r.attach is None:
        return body
    name, data = r.attach
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    part = MIMEApplication(data, "pdf")
    part.add_header("Content-Disposition", "attachment", filename=name)
    outer.attach(part)
    return outer


def content_headers_last(msg: Message) -> None:
    """Move the MIME headers below the envelope headers, where clients put them."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value


def strip_versions(part: Message, root: bool = True) -> None:
    if not root:
        del part["MIME-Version"]
    if part.is_multipart():
        for sub in part.get_payload():
            if isinstance(sub, Message):
                strip_versions(sub, root=part.get_content_type() == "message/rfc822")


def boundary_for(style: str, key: str, n: int) -> str:
    if style.startswith("gmail"):
        return "000000000000" + hexid(key, f"b{n}", 16)
    if style in OUTLOOK_FAMILY:
        return f"_00{n}_{token(key, 'obox', 4)}PR0{number(key, 'pr', 1, 9)}MB{number(key, 'mb', 1000, 9999)}{token(key, f'b{n}', 12)}_"
    if style == "apple":
        h = hexid(key, f"b{n}", 32).upper()
        return f"Apple-Mail=_{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    if style.startswith("tb"):
        return "------------" + token(key, f"b{n}", 24)
    if style == "yahoo":
        return f"----=_Part_{number(key, f'y{n}', 1000000, 9999999)}_{number(key, f'z{n}', 100000000, 999999999)}.{number(key, f'w{n}', 1000000000000, 9999999999999)}"
    return f"----=_NextPart_{n:03d}_{token(key, f'b{n}', 4)}_{token(key, f'c{n}', 8)}.{token(key, f'd{n}', 8)}"


def set_boundaries(msg: Message, key: str, style: str) -> None:
    n = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary(boundary_for(style, key, n))
            n += 1


def finalize(msg: Message, key: str, style: str) -> Message:
    content_headers_last(msg)
    strip_versions(msg)
    set_boundaries(msg, key, style)
    return msg


def build_reply(r: Reply) -> Message:
    q = make_quote(r) if (r.quote and r.style not in QUOTELESS) else None
    if q is not None:
        content = STYLES[r.style](r, q)
    elif r.style in QUOTELESS:
        content = QUOTELESS_STYLES[r.style](r, None)
    else:
        raise SystemExit(f"{r.key}: style {r.style} needs the quote")
    msg = with_attachment(r, content)
    msg["From"] = address(*r.who, r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    if r.cc:
        msg["Cc"] = r.cc
    msg["Subject"] = header_value(reply_subject(r, q), r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = message_id(r)
    if not any(k.lower() == "x-no-thread" for k, _ in r.headers):
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    for name, value in [*style_headers(r, q), *r.headers]:
        if name.lower() != "x-no-thread":
            msg[name] = value
    return finalize(msg, r.key, r.style)


AUTO = ("Auto-Submitted", "auto-replied")
AUTO_GEN = ("Auto-Submitted", "auto-generated")
XARS = ("X-Auto-Response-Suppress", "All")
NO_THREAD = ("X-No-Thread", "1")
FAKE_PDF = (
    b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<</Type/Catalog/Pages 2 0 R>>\nendobj\n"
    b"2 0 obj\n<</Type/Pages/Kids[]/Count 0>>\nendobj\ntrailer\n<</Root 1 0 R>>\n%%EOF\n"
)


def advice_html(
    title: str,
    head: list[tuple[str, str]],
    cols: tuple[str, ...],
    rows: list[tuple[str, ...]],
    footer: str,
) -> str:
    """An AP system's HTML remittance advice (the words are passed in, written by hand below)."""
    head_rows = "\n".join(
        f'<tr><td style="color:#555555;padding:2px 16px 2px 0">{esc(k)}</td><td><b>{esc(v)}</b></td></tr>'
        for k, v in head
    )
    th = "".join(
        f'<th style="text-align:left;border-bottom:1px solid #999999;padding:4px 12px 4px 0">{esc(c)}</th>'
        for c in cols
    )
    body_rows = "\n".join(
        "<tr>" + "".join(f'<td style="padding:3px 12px 3px 0">{esc(c)}</td>' for c in row) + "</tr>"
        for row in rows
    )
    return (
        '<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
        '<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222222">\n'
        f'<h2 style="font-size:18px;color:#1F4E79;margin:0 0 12px 0">{esc(title)}</h2>\n'
        f'<table cellspacing="0" cellpadding="0">\n{head_rows}\n</table>\n<br>\n'
        f'<table cellspacing="0" cellpadding="0">\n<tr>{th}</tr>\n{body_rows}\n</table>\n'
        + "".join(
            f'<p style="font-size:11px;color:#777777">{esc(p)}</p>\n' for p in footer.split("\n\n")
        )
        + "</body></html>\n"
    )


# ============================================================================================
# The hand-written replies
# ============================================================================================

R = Reply

PAYMENT_SENT = [
    R(
        "ps-en-paid",
        "payment_sent",
        "en",
        ("Dan Whitcombe", "dan@ironsidefitness.example"),
        "2026-12-02 07:48 +0000",
        "iphone",
        "Paid.",
        L("bare one-word claim; no date, amount or reference"),
        inv="BW-26-03318",
        hard=True,
    ),
    R(
        "ps-en-check",
        "payment_sent",
        "en",
        ("Marisol Vega", "mvega@pinecrestdental.example"),
        "2026-12-03 14:20 -0500",
        "ol_html",
        T("""
            Hi,

            Check #10482 for $1,960.00 went out in Monday's mail to your Dayton PO box. It covers both BW-26-04415 and BW-26-04502 (the November maintenance visit), so you should see one payment for the two.

            Thanks,
            Marisol Vega
            Office Manager | Pinecrest Dental Group
            2210 Far Hills Ave, Suite 4 | Kettering, OH
            (937) 555-0143

            CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is intended only for the person or entity to which it is addressed and may contain confidential material, including protected health information. If you received it in error, please notify the sender and delete it.
        """),
        L(
            "a check already mailed is a payment sent; 'Monday's mail' = Mon 30 Nov; one check for two invoices, the amount is the check total",
            refs=("BW-26-04415", "BW-26-04502"),
            paid_date="2026-11-30",
            payment_reference="10482",
            amount="1960.00",
            currency="USD",
        ),
        inv="BW-26-04415",
        rloc="en-US",
        amt="980.00",
    ),
    R(
        "ps-en-advice",
        "payment_sent",
        "en",
        ("Northgate Housing AP", "ap-noreply@northgatehousing.example"),
        "2026-12-04 06:15 +0000",
        "notice",
        T("""
            REMITTANCE ADVICE

            Payer:        Northgate Housing Association
            Payee:        Brightway Facility Services Ltd
            Supplier no.: S-004471

            Payment date:       04/12/2026
            Payment method:     BACS
            Payment reference:  NHA-BACS-118734
            Total paid:         £3,412.80

            Invoice        Invoice date   Amount paid
            BW-26-03977    02/10/2026     £1,706.40
            BW-26-04102    30/10/2026     £1,706.40

            Funds should reach your account within two working days.

            This message was generated automatically by the Northgate Housing finance system. Replies to this address are not read. For remittance queries, email accounts.payable@northgatehousing.example quoting the payment reference.
        """),
        L(
            "AP-system remittance advice with Auto-Submitted: auto-generated is a payment sent, not an auto-reply; the AP address in the footer is not a new contact",
            refs=("BW-26-03977", "BW-26-04102"),
            paid_date="2026-12-04",
            payment_reference="NHA-BACS-118734",
            amount="3412.80",
            currency="GBP",
        ),
        inv="BW-26-03977",
        subject="Remittance Advice - Northgate Housing Association - Payment NHA-BACS-118734",
        headers=(AUTO_GEN, ("X-Mailer", "Northgate FinanceHub Notifications"), NO_THREAD),
        html=advice_html(
            "Remittance Advice",
            [
                ("Payer", "Northgate Housing Association"),
                ("Payee", "Brightway Facility Services Ltd"),
                ("Supplier no.", "S-004471"),
                ("Payment date", "04/12/2026"),
                ("Payment method", "BACS"),
                ("Payment reference", "NHA-BACS-118734"),
                ("Total paid", "£3,412.80"),
            ],
            ("Invoice", "Invoice date", "Amount paid"),
            [
                ("BW-26-03977", "02/10/2026", "£1,706.40"),
                ("BW-26-04102", "30/10/2026", "£1,706.40"),
            ],
            "Funds should reach your account within two working days.\n\nThis message was generated automatically by the Northgate Housing finance system. Replies to this address are not read. For remittance queries, email accounts.payable@northgatehousing.example quoting the payment reference.",
        ),
        hard=True,
    ),
    R(
        "ps-de-ueberw",
        "payment_sent",
        "de",
        ("Jutta Brenner", "j.brenner@hoffmeister-ra.example"),
        "2026-12-01 10:05 +0100",
        "ol_plain",
        T("""
            Sehr geehrte Damen und Herren,

            die Rechnung BW-26-05120 haben wir bereits am 27.11. überwiesen (2.145,60 €). Die Rechnungsnummer stand im Verwendungszweck. Vermutlich haben sich Zahlung und Erinnerung überschnitten – bitte prüfen Sie den Zahlungseingang noch einmal.

            Mit freundlichen Grüßen

            Jutta Brenner
            Büroleitung

            Hoffmeister Rechtsanwälte PartG mbB
            Königsallee 61 · 40215 Düsseldorf
            Tel. 0211 555 7730

            Diese Nachricht ist ausschließlich für den bezeichneten Adressaten bestimmt und kann vertrauliche Informationen enthalten. Sollten Sie diese E-Mail irrtümlich erhalten haben, benachrichtigen Sie bitte den Absender und löschen Sie die Nachricht. Eine Weitergabe oder Vervielfältigung ist nicht gestattet.
        """),
        L(refs=("BW-26-05120",), paid_date="2026-11-27", amount="2145.60", currency="EUR"),
        inv="BW-26-05120",
        amt="2145.60",
        charset="windows-1252",
    ),
    R(
        "ps-de-erledigt",
        "payment_sent",
        "de",
        ("Murat Kaya", "m.kaya@kaya-grillhaus.example"),
        "2026-12-08 13:02 +0100",
        "samsung",
        "Erledigt.\n\nGruß M. Kaya",
        L("'Erledigt' in answer to a payment reminder means paid; no date given"),
        inv="BW-26-05466",
        hard=True,
    ),
    R(
        "ps-fr-vir",
        "payment_sent",
        "fr",
        ("Hélène Marchal", "h.marchal@brasserie-lerivage.example"),
        "2026-12-09 11:32 +0100",
        "gmail",
        T("""
            Bonjour,

            Le virement est parti ce matin : 1 236,00 € depuis notre compte au Crédit Mutuel, référence 20261209-CM-4471.
            Désolée pour le retard, nous avons changé d'expert-comptable en novembre et quelques factures sont passées entre les mailles du filet.

            Bonne journée,
            Hélène Marchal
            Brasserie Le Rivage – Annecy
        """),
        L(
            "'ce matin' = the message date",
            paid_date="2026-12-09",
            payment_reference="20261209-CM-4471",
            amount="1236.00",
            currency="EUR",
        ),
        inv="BW-26-05702",
        amt="1236.00",
    ),
    R(
        "ps-fr-cb",
        "payment_sent",
        "fr",
        ("Karim Benali", "karim@atlasfitness-lille.example"),
        "2026-12-11 08:12 +0100",
        "iphone",
        "Cest regle par CB sur votre portail hier soir, vous avez du recevoir la confirmation. Transaction n 88213470\nBonne journee",
        L(
            "typed without accents or apostrophes; card payment 'hier soir' = Thu 10 Dec",
            paid_date="2026-12-10",
            payment_reference="88213470",
        ),
        inv="BW-26-05748",
        hard=True,
    ),
    R(
        "ps-es-justif",
        "payment_sent",
        "es",
        ("Pilar Sanz Ortega", "administracion@colegiolosalmendros.example"),
        "2026-12-03 09:40 +0100",
        "ol_html",
        T("""
            Buenos días:

            Les informamos de que el pasado 2 de diciembre se ordenó la transferencia de 865,70 € correspondiente a la factura BW-26-06031. Adjuntamos el justificante bancario.

            Un saludo,

            Pilar Sanz Ortega
            Administración
            Colegio Los Almendros
            C/ de la Ribera, 14 · 46018 Valencia
            Tel. 963 55 41 20

            AVISO LEGAL: Este mensaje y sus anexos son confidenciales y van dirigidos exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine. En cumplimiento del RGPD, le informamos de que sus datos forman parte de un fichero cuyo responsable es el Colegio Los Almendros.
        """),
        L(
            "transfer ordered on 2 Dec, bank proof attached as a PDF",
            refs=("BW-26-06031",),
            paid_date="2026-12-02",
            amount="865.70",
            currency="EUR",
        ),
        inv="BW-26-06031",
        amt="865.70",
        attach=("Justificante_transferencia_BW-26-06031.pdf", FAKE_PDF),
    ),
    R(
        "ps-es-viernes",
        "payment_sent",
        "es",
        ("Rubén Castaño", "ruben.crossbox3c@gmail.com"),
        "2026-12-14 12:05 +0100",
        "gmail",
        T("""
            Hola!
            ¿No os ha llegado la transferencia? La hicimos el viernes desde Bankinter, 412,50 €. Si no os aparece decídmelo y lo miro con el banco.
            Saludos
            Rubén
        """),
        L(
            "a payment claim wrapped in a question; 'el viernes' before Mon 14 Dec = Fri 11 Dec",
            paid_date="2026-12-11",
            amount="412.50",
            currency="EUR",
        ),
        inv="BW-26-06388",
        amt="412.50",
        cte="b64",
        hard=True,
    ),
    R(
        "ps-nl-advice",
        "payment_sent",
        "nl",
        ("Woonstichting De Linde", "noreply-betalingen@delinde-wonen.example"),
        "2026-12-08 05:30 +0100",
        "notice",
        T("""
            Betalingsadvies

            Geachte leverancier,

            Woonstichting De Linde heeft vandaag onderstaande betaling aan u verricht.

            Crediteurnummer:   200817
            Betaaldatum:       08-12-2026
            Betalingskenmerk:  BTL-2026-0128655
            Totaalbedrag:      € 5.918,25

            Factuurnummer   Factuurdatum   Bedrag
            BW-26-04870     15-10-2026     € 2.104,50
            BW-26-04871     15-10-2026     € 1.709,25
            BW-26-04911     22-10-2026     € 2.104,50

            Dit bericht is automatisch verzonden vanuit ons financiële systeem; u kunt er niet op reageren. Vragen over deze betaling? Mail naar crediteurenadministratie@delinde-wonen.example onder vermelding van het betalingskenmerk.
        """),
        L(
            "AP-system payment advice (Auto-Submitted: auto-generated); the three invoices add up to the total",
            refs=("BW-26-04870", "BW-26-04871", "BW-26-04911"),
            paid_date="2026-12-08",
            payment_reference="BTL-2026-0128655",
            amount="5918.25",
            currency="EUR",
        ),
        inv="BW-26-04870",
        subject="Betalingsadvies 200817 - BTL-2026-0128655",
        headers=(AUTO_GEN, NO_THREAD),
        html=advice_html(
            "Betalingsadvies",
            [
                ("Crediteurnummer", "200817"),
                ("Betaaldatum", "08-12-2026"),
                ("Betalingskenmerk", "BTL-2026-0128655"),
                ("Totaalbedrag", "€ 5.918,25"),
            ],
            ("Factuurnummer", "Factuurdatum", "Bedrag"),
            [
                ("BW-26-04870", "15-10-2026", "€ 2.104,50"),
                ("BW-26-04871", "15-10-2026", "€ 1.709,25"),
                ("BW-26-04911", "22-10-2026", "€ 2.104,50"),
            ],
            "Geachte leverancier, Woonstichting De Linde heeft vandaag onderstaande betaling aan u verricht.\n\nDit bericht is automatisch verzonden vanuit ons financiële systeem; u kunt er niet op reageren. Vragen over deze betaling? Mail naar crediteurenadministratie@delinde-wonen.example onder vermelding van het betalingskenmerk.",
        ),
    ),
    R(
        "ps-nl-sleutel",
        "payment_sent",
        "nl",
        ("Sanne de Wit", "sanne@kinderopvangdeboomhut.example"),
        "2026-12-16 09:17 +0100",
        "iphone",
        T("""
            Hoi, is gisteren betaald hoor.

            Andere vraag: jullie schoonmaker heeft vorige week de sleutel van de achterdeur bij ons in de keuken laten liggen. Kan iemand die komen ophalen? Ik leg hem in de la bij de receptie.

            Groetjes, Sanne
        """),
        L("the forgotten key is an aside; 'gisteren' = Tue 15 Dec", paid_date="2026-12-15"),
        inv="BW-26-04982",
        hard=True,
    ),
    R(
        "ps-it-bonifico",
        "payment_sent",
        "it",
        ("Giulia Esposito", "amministrazione@villagelsomino.example"),
        "2026-11-30 16:22 +0100",
        "ol_plain",
        T("""
            Buongiorno,

            vi comunichiamo che in data odierna abbiamo disposto il bonifico di € 1.732,00 a saldo della fattura BW-26-07214.
            CRO: 1203 4455 7781

            Restiamo a disposizione per eventuali chiarimenti.

            Cordiali saluti

            Giulia Esposito
            Amministrazione – Hotel Villa Gelsomino
            Via del Capo, 22 – 80067 Sorrento (NA)
            Tel. +39 081 555 2040

            Le informazioni contenute in questa e-mail sono riservate e destinate esclusivamente al destinatario indicato. Qualora l'abbiate ricevuta per errore, vi preghiamo di informare il mittente e di cancellarla (Reg. UE 2016/679).
        """),
        L(
            "'disposto il bonifico in data odierna' = transfer ordered today",
            refs=("BW-26-07214",),
            paid_date="2026-11-30",
            payment_reference="1203 4455 7781",
            amount="1732.00",
            currency="EUR",
        ),
        inv="BW-26-07214",
        amt="1732.00",
        charset="windows-1252",
    ),
]

PROMISE_TO_PAY = [
    R(
        "pp-en-tomorrow",
        "promise_to_pay",
        "en",
        ("Karen Liszt", "kliszt@hollowaybrandt.example"),
        "2026-12-10 19:40 -0600",
        "gmail",
        T("""
            Hi,

            Sorry about this one - it was sitting in the approval queue waiting on a second signature from one of the partners. It's signed off now and will go out with tomorrow's check run (we cut checks on Fridays).

            Karen Liszt
            Office Administrator
            Holloway & Brandt LLP
            Chicago, IL
        """),
        L(
            "sent Thu 10 Dec 19:40 CST, already 11 Dec in UTC; 'tomorrow' in the sender's time zone = Fri 11 Dec",
            promised_date="2026-12-11",
        ),
        inv="BW-26-04480",
        rloc="en-US",
        hard=True,
    ),
    R(
        "pp-en-ooo",
        "promise_to_pay",
        "en",
        ("Lorraine Pike", "lorraine.pike@castlegatehotel.example"),
        "2026-12-16 11:05 +0000",
        "ol_html",
        T("""
            Hi there,

            Quick one before I disappear - I'm out of the office from Friday until 4 January, so please don't panic if you don't hear from me.

            BW-26-03560 has been queued in the bank for the 18th, which is our last supplier payment date before Christmas, so it'll go while I'm away. If anything bounces, Gary in reservations can get hold of me.

            Merry Christmas when it comes!

            Lorraine
            Lorraine Pike | General Manager
            The Castlegate Hotel, York
        """),
        L(
            "a person writing although the subject says out of office; 'has been queued for the 18th' is a future payment",
            refs=("BW-26-03560",),
            promised_date="2026-12-18",
        ),
        inv="BW-26-03560",
        subject="Out of office from Friday - RE: {rsub}",
        hard=True,
    ),
    R(
        "pp-en-ramble",
        "promise_to_pay",
        "en",
        ("Morwenna Tregear", "stay@seaviewhouse-fowey.example"),
        "2026-12-07 22:40 +0000",
        "gmail_plain",
        T("""
            Hello,

            Apologies for the slow reply, it's been one of those months. The boiler went on the 19th with a full house for a wedding, then two of my housekeepers went down with the sickness bug that's doing the rounds (not your lot - yours have been brilliant, please tell Shona the windows have never looked so good), and on top of that our accountant has decided to retire and hand us over to his nephew, who I've yet to actually meet.

            Anyway. Yes, I know it's late. The Christmas party deposits are most of our December takings and the bulk of them clear on the 21st, so I'll pay you in full that day. I'd rather do it properly in one go than dribble it out.

            Also, would your team be able to do the bedrooms on the 23rd rather than the 22nd this year? Not urgent, just let me know.

            Thanks for your patience,
            Morwenna
            Seaview House, Fowey
        """),
        L(
            "long reply; the promise (pay in full on the 21st, when the deposits clear) is buried in the second paragraph; the schedule question is secondary",
            promised_date="2026-12-21",
        ),
        inv="BW-26-03622",
        hard=True,
    ),
    R(
        "pp-de-15",
        "promise_to_pay",
        "de",
        ("Thomas Reuter", "t.reuter@reuter-immoverwaltung.example"),
        "2026-12-02 15:30 +0100",
        "ol_html",
        T("""
            Guten Tag,

            die Rechnung ist freigegeben und geht mit unserem nächsten Zahlungslauf am 15. raus. Früher schaffen wir es leider nicht, da die Eigentümerkonten erst zur Monatsmitte abgerechnet werden.

            Mit freundlichen Grüßen
            Thomas Reuter

            Reuter Immobilienverwaltung GmbH
            Hofmannstraße 12 · 90491 Nürnberg
            Geschäftsführer: Thomas Reuter · Amtsgericht Nürnberg HRB 38112
        """),
        L("'am 15.' written on 2 Dec = 15 Dec", promised_date="2026-12-15"),
        inv="BW-26-05277",
    ),
    R(
        "pp-fr-findemois",
        "promise_to_pay",
        "fr",
        ("Franck Delorme", "f.delorme@delorme-restauration.example"),
        "2026-12-03 17:48 +0100",
        "tb",
        T("""
            Bonjour,

            Comme pour les factures précédentes, le règlement se fera en fin de mois : nos paiements fournisseurs partent tous le dernier jour ouvré. Pas d'inquiétude.

            Cordialement,
            Franck Delorme
            Groupe Delorme Restauration - Service comptable
        """),
        L("'en fin de mois' in December = 31 Dec, a working day", promised_date="2026-12-31"),
        inv="BW-26-05690",
        charset="iso-8859-1",
    ),
    R(
        "pp-fr-lundi",
        "promise_to_pay",
        "fr",
        ("Nathalie Girard", "n.girard@morel-expertise.example"),
        "2026-12-10 10:20 +0100",
        "ol_html",
        T("""
            Bonjour,

            Nous intervenons pour le compte de notre client, la SCI Les Tilleuls (résidence Les Tilleuls, Villeurbanne).
            Le règlement de la facture BW-26-05877 est programmé pour lundi prochain, par virement.

            Restant à votre disposition,

            Nathalie Girard
            Collaboratrice comptable
            Cabinet Morel Expertise – Expertise comptable & audit
            Lyon 3e
        """),
        L(
            "accountants writing for their client; 'lundi prochain' written on Thu 10 Dec = Mon 14 Dec",
            refs=("BW-26-05877",),
            promised_date="2026-12-14",
        ),
        inv="BW-26-05877",
        rto="compta@sci-lestilleuls.example",
    ),
    R(
        "pp-es-semana",
        "promise_to_pay",
        "es",
        ("Jordi Puig", "jordi@casapuig-restaurant.example"),
        "2026-11-27 18:50 +0100",
        "iphone",
        "Buenas,\nLa semana que viene os lo pagamos sin falta, esta semana vamos justos con las nóminas.\nUn abrazo,\nJordi",
        L(
            "'la semana que viene' on Fri 27 Nov = Monday of next week, 30 Nov (date policy)",
            promised_date="2026-11-30",
        ),
        inv="BW-26-06102",
    ),
    R(
        "pp-es-22",
        "promise_to_pay",
        "es",
        ("Beatriz Lozano", "beatriz.lozano@gimnasiovitalia.example"),
        "2026-12-14 16:10 +0100",
        "gmail",
        T("""
            Hola, buenas tardes:

            Ya lo dejé programado ayer en el banco para el día 22, que es cuando cobramos las cuotas de los socios. Si necesitáis el justificante de la orden os lo mando.

            Gracias,
            Beatriz Lozano
            Gimnasio Vitalia – Administración
        """),
        L(
            "past tense ('lo dejé programado ayer') for a transfer that will run on the 22nd: a promise",
            promised_date="2026-12-22",
        ),
        inv="BW-26-06455",
        hard=True,
    ),
    R(
        "pp-nl-vrijdag",
        "promise_to_pay",
        "nl",
        ("Bas Hendriks", "b.hendriks@hendriks-installatie.example"),
        "2026-12-01 14:35 +0100",
        "owa",
        T("""
            Goedemiddag,

            Excuses, de factuur was bij ons tussen wal en schip geraakt. Hij staat nu klaar en gaat volgende week vrijdag de deur uit.

            Met vriendelijke groet,

            Bas Hendriks
            Hendriks Installatietechniek B.V.
            Afdeling Financiën
        """),
        L("'volgende week vrijdag' written on Tue 1 Dec = Fri 11 Dec", promised_date="2026-12-11"),
        inv="BW-26-04833",
    ),
    R(
        "pp-nl-18",
        "promise_to_pay",
        "nl",
        ("Fatima El Amrani", "fatima@lunchroomhetbakhuys.example"),
        "2026-12-09 12:44 +0100",
        "samsung",
        "Komt eraan, uiterlijk de 18e.",
        L("one-liner; 'uiterlijk de 18e' = by 18 Dec", promised_date="2026-12-18"),
        inv="BW-26-04950",
        hard=True,
    ),
    R(
        "pp-it-finemese",
        "promise_to_pay",
        "it",
        ("Chiara Moretti", "c.moretti@studiomoretti-associati.example"),
        "2026-11-23 11:15 +0100",
        "ol_html",
        T("""
            Buongiorno,

            ci scusiamo per il ritardo. La fattura è stata approvata e verrà pagata entro fine mese con il prossimo giro di bonifici.

            Cordiali saluti,
            Chiara Moretti
            Studio Moretti & Associati – Segreteria amministrativa
            Corso Magenta 40, Milano
        """),
        L("'entro fine mese' written on 23 Nov = 30 Nov", promised_date="2026-11-30"),
        inv="BW-26-07033",
    ),
    R(
        "pp-it-mercoledi",
        "promise_to_pay",
        "it",
        ("Davide Colombo", "davide@palestrapowerhouse.example"),
        "2026-12-04 19:02 +0100",
        "iphone",
        "Sì sì lo so, non c'è bisogno di mandare un sollecito ogni tre giorni. Il bonifico lo facciamo mercoledì 9, appena riapre l'amministrazione dopo il ponte.\nDavide",
        L(
            "irritated tone; promise for Wed 9 Dec, after the 8 Dec bridge holiday",
            promised_date="2026-12-09",
        ),
        inv="BW-26-07160",
        hard=True,
    ),
]

DISPUTE = [
    R(
        "di-en-never",
        "dispute",
        "en",
        ("Rachel Osei", "rachel@hartleyosei-architects.example"),
        "2026-11-24 09:12 +0000",
        "gmail",
        T("""
            Hi,

            We have NOT paid this and we won't be paying it. The carpet deep clean booked for Saturday 7 November never happened - nobody turned up, nobody phoned, and I had come in specially to let your team in. Please cancel BW-26-03871 and confirm in writing.

            Rachel Osei
            Practice Manager
            Hartley & Osei Architects
        """),
        L(
            "negation: 'we have NOT paid' with the reason, service never done",
            refs=("BW-26-03871",),
        ),
        inv="BW-26-03871",
        hard=True,
    ),
    R(
        "di-en-mixed",
        "dispute",
        "en",
        ("Tony Marchetti", "tony@marchettistrattoria.example"),
        "2026-12-01 10:30 -0500",
        "ol_plain",
        T("""
            Hey,

            We paid 3702 by ACH last Tuesday, so that one's done. But 3755 is wrong. You billed six pest control visits for October. Our contract is one visit a month plus callouts, and we had exactly two visits (the regular one on the 8th and the callout for the mice on the 21st). Fix it and send a new one and we'll pay it.

            Tony Marchetti
            Marchetti's Trattoria
            Hoboken, NJ
        """),
        L(
            "one invoice paid, the reminded one contested: dispute wins for the disputed part; '3702' and '3755' normalised",
            refs=("BW-26-03702", "BW-26-03755"),
        ),
        inv="BW-26-03755",
        rloc="en-US",
        charset="windows-1252",
        hard=True,
    ),
    R(
        "di-en-credited",
        "dispute",
        "en",
        ("Simon Aldridge", "s.aldridge@kestrelparkoffices.example"),
        "2026-12-07 14:02 +0000",
        "ol_html",
        T("""
            Good afternoon,

            This is the third reminder we've had for an invoice that has already been credited. Your colleague Nadia raised credit note CN-26-0412 on 19 November after the missed window cleaning in October, which brings BW-26-04066 to nil. I have the credit note in front of me.

            Please correct your ledger.

            Regards,

            Simon Aldridge
            Facilities Manager
            Kestrel Park Business Centre
            Reading RG2 6GP

            This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please delete it and notify the sender. Kestrel Park Business Centre Ltd is registered in England and Wales, company no. 07712340.
        """),
        L(
            "already credited: dispute; the credit-note number is not a payment reference",
            refs=("BW-26-04066",),
        ),
        inv="BW-26-04066",
        charset="windows-1252",
    ),
    R(
        "di-de-preis",
        "dispute",
        "de",
        ("Claudia Wimmer", "buchhaltung@hotel-isartor-garni.example"),
        "2026-12-02 09:55 +0100",
        "owa",
        T("""
            Sehr geehrte Damen und Herren,

            in der Rechnung BW-26-05233 wird die Unterhaltsreinigung mit 44,00 € pro Stunde berechnet. Laut unserem Rahmenvertrag vom März gilt ein Stundensatz von 38,50 €. Bei 62 Stunden im Oktober ergibt das eine Differenz von 341,00 € netto.

            Bitte senden Sie uns eine korrigierte Rechnung. Bis dahin halten wir die Zahlung zurück.

            Mit freundlichen Grüßen

            Claudia Wimmer
            Buchhaltung
            Hotel Isartor Garni · Zweibrückenstraße 9 · 80331 München
        """),
        L(
            "contract-rate dispute; the corrected-invoice request and the held payment follow from it",
            refs=("BW-26-05233",),
        ),
        inv="BW-26-05233",
    ),
    R(
        "di-de-doppelt",
        "dispute",
        "de",
        ("Petra Lenz", "p.lenz@ib-lenz.example"),
        "2026-11-26 16:40 +0100",
        "tb",
        T("""
            Hallo,

            die Rechnung BW-26-05388 ist nach unserer Prüfung identisch mit der Rechnung BW-26-05301: gleicher Leistungszeitraum (Oktober), gleiche Positionen, gleicher Betrag. Die 05301 haben wir am 12.11. bezahlt.

            Eine doppelte Berechnung werden wir nicht begleichen. Bitte stornieren Sie die 05388.

            Gruß
            Petra Lenz
            Ingenieurbüro Lenz, Kassel
        """),
        L(
            "duplicate billing; the payment mentioned is of the earlier invoice, not a payment of this one",
            refs=("BW-26-05388", "BW-26-05301"),
        ),
        inv="BW-26-05388",
        charset="iso-8859-1",
        cte="8bit",
        hard=True,
    ),
    R(
        "di-fr-blattes",
        "dispute",
        "fr",
        ("Sébastien Roux", "s.roux@aubergedupontvieux.example"),
        "2026-12-08 15:22 +0100",
        "gmail",
        T("""
            Bonjour,

            Nous ne réglerons pas cette facture tant que le traitement de la cuisine n'aura pas été refait. Votre technicien est passé le 3 novembre et les blattes étaient de retour moins d'une semaine plus tard, sous la plonge et derrière la chambre froide. J'ai appelé votre standard deux fois, personne ne m'a rappelé.

            Je veux bien payer une intervention qui fonctionne, pas celle-ci.

            Sébastien Roux
            Auberge du Pont Vieux
        """),
        L("'we won't pay until the treatment is redone': dispute over the service"),
        inv="BW-26-05811",
        hard=True,
    ),
    R(
        "di-es-cristales",
        "dispute",
        "es",
        ("Lucía Beltrán", "lucia@asesoriabeltran.example"),
        "2026-11-26 10:05 +0100",
        "ol_html",
        T("""
            Buenos días:

            Revisando la factura BW-26-06144 vemos que nos cobran cuatro limpiezas de cristales en octubre, cuando solo vinieron dos veces (el 6 y el 20, según el parte que firmó nuestra recepcionista). Les rogamos que emitan una factura rectificativa por las dos limpiezas realizadas.

            Un saludo,
            Lucía Beltrán
            Asesoría Beltrán & Asociados
        """),
        L(
            "quantity dispute; the corrective invoice is asked for because of it",
            refs=("BW-26-06144",),
        ),
        inv="BW-26-06144",
    ),
    R(
        "di-es-pedido",
        "dispute",
        "es",
        ("Ignacio Ferrer", "compras@hotelesbrisamar.example"),
        "2026-12-10 12:30 +0100",
        "ol_plain",
        T("""
            Buenos días,

            El número de pedido que figura en la factura, PO-7781, no corresponde a ninguna orden de compra de nuestra empresa; nuestros pedidos empiezan todos por HB-. Tampoco tenemos constancia de ningún servicio de desinsectación en el Hotel Brisamar Playa en octubre.

            No vamos a tramitar esta factura. Revisen a qué cliente corresponde.

            Atentamente,
            Ignacio Ferrer
            Central de Compras – Hoteles Brisamar
            Palma de Mallorca
        """),
        L("'not our PO' and no record of the service: dispute, not invoice_request"),
        inv="BW-26-06420",
        hard=True,
    ),
    R(
        "di-nl-sporthal",
        "dispute",
        "nl",
        ("Wouter van Dijk", "w.vandijk@sportcentrumdemeent.example"),
        "2026-11-25 08:47 +0100",
        "ol_html",
        T("""
            Goedemorgen,

            De factuur BW-26-04790 betreft de schoonmaak van sporthal 2 in de herfstvakantie (week 43). Die is niet uitgevoerd: de hal was die week gesloten vanwege de vloerrenovatie en uw medewerkers hebben geen sleutel opgehaald. Dat kunnen we dus niet betalen.

            Graag een creditnota voor deze factuur.

            Met sportieve groet,

            Wouter van Dijk
            Facilitair coördinator
            Sportcentrum De Meent, Alkmaar
        """),
        L("service not carried out", refs=("BW-26-04790",)),
        inv="BW-26-04790",
    ),
    R(
        "di-nl-deel",
        "dispute",
        "nl",
        ("H. Jansen", "penningmeester.vvekastanjehof@gmail.com"),
        "2026-12-15 20:11 +0100",
        "gmail",
        T("""
            Beste heer/mevrouw,

            Wij hebben van deze factuur alleen het deel voor de glasbewassing betaald (€ 485,00, op 2 december). De extra post 'sanitairreiniging trappenhuis' van € 340,00 herkennen wij niet: dat staat niet in ons contract en er is ook niets extra's gedaan. Dat deel betalen wij niet.

            Met vriendelijke groet,
            H. Jansen
            penningmeester VvE Kastanjehof
        """),
        L("part paid, the rest contested: the dispute drives the action; no payment fields"),
        inv="BW-26-04921",
        amt="825.00",
        hard=True,
    ),
    R(
        "di-it-parquet",
        "dispute",
        "it",
        ("Elena Ferraris", "segreteria@notaioferraris-torino.example"),
        "2026-11-27 10:40 +0100",
        "ol_htmlonly",
        T("""
            Buongiorno,

            durante l'intervento di pulizia straordinaria del 5 novembre è stato usato sul parquet della sala riunioni un prodotto non adatto, che ha lasciato aloni biancastri su tutta la superficie. Abbiamo segnalato il danno al vostro referente il giorno dopo, con foto, ma non abbiamo ancora avuto risposta.

            Finché la questione del danno non sarà chiarita, la fattura BW-26-07105 resta sospesa.

            Cordiali saluti,
            Elena Ferraris
            Segreteria – Studio Notarile Ferraris
            Via Roma 218, Torino
        """),
        L(
            "damage caused during the service; payment suspended until it is settled; HTML-only",
            refs=("BW-26-07105",),
        ),
        inv="BW-26-07105",
    ),
    R(
        "di-it-sbagliata",
        "dispute",
        "it",
        ("salvo", "info@trattoriadasalvo.example"),
        "2026-12-16 23:14 +0100",
        "samsung",
        "ma scusate la fattura e sbagliata. ci avete messo 3 disinfestazioni invece di 1 e il prezzo non e quello del preventivo che ci avete fatto a settembre. non paghiamo finche non ci mandate quella giusta\nsalvo",
        L("all lower case, accents missing ('e' for 'è'); quantity and price dispute"),
        inv="BW-26-07290",
        hard=True,
    ),
]

PAYMENT_PLAN = [
    R(
        "pl-en-spread",
        "payment_plan",
        "en",
        ("Jess Holloway", "jess@corestudio-bristol.example"),
        "2026-12-03 13:25 +0000",
        "gmail",
        T("""
            Hi,

            I'll be honest with you - we're struggling. We lost our biggest corporate membership in October and January is always dead until about the third week. I don't want to fall out with you because your team are great, but I can't clear £2,880 in one go right now.

            Could we spread it over three months, £960 at the end of December, January and February? If you need it set up as a standing order I can do that today.

            Thanks,
            Jess Holloway
            Core Studio Bristol
        """),
        L("hardship plus instalments; plan dates and amounts are not labelled"),
        inv="BW-26-03740",
        amt="2880.00",
    ),
    R(
        "pl-en-half",
        "payment_plan",
        "en",
        ("Gav", "gavin@thecrowntavern-leeds.example"),
        "2026-12-11 17:58 +0000",
        "iphone",
        "can we do half now and half mid jan? cheers",
        L("one-line request to split the bill; nothing has been paid yet"),
        inv="BW-26-03902",
        hard=True,
    ),
    R(
        "pl-en-settle",
        "payment_plan",
        "en",
        ("Deborah Kline", "dkline@lakesidemontessori.example"),
        "2026-12-14 08:30 -0600",
        "ol_html",
        T("""
            Good morning,

            I'm writing about the outstanding balance of $2,240.00. As you may know, our enrollment dropped sharply this fall and the board has frozen all non-essential spending until the spring. We value the work your crew does, and we would like to settle the account rather than let it sit.

            Would Brightway accept $1,500.00 as payment in full? We could send that before the winter break.

            Sincerely,
            Deborah Kline
            Business Manager
            Lakeside Montessori School
            Madison, WI
        """),
        L(
            "reduced amount offered in full settlement = payment_plan; 'before the winter break' depends on acceptance, so no promise"
        ),
        inv="BW-26-04610",
        rloc="en-US",
        amt="2240.00",
        hard=True,
    ),
    R(
        "pl-de-raten",
        "payment_plan",
        "de",
        ("Markus Seidl", "m.seidl@landhotel-birkenhof.example"),
        "2026-11-30 11:20 +0100",
        "ol_plain",
        T("""
            Sehr geehrte Damen und Herren,

            nach einer sehr schwachen Herbstsaison ist unsere Liquidität derzeit angespannt. Wir möchten Sie daher um eine Ratenzahlung bitten: drei monatliche Raten zu je 700,00 €, beginnend Mitte Januar.

            Für Ihr Verständnis wären wir Ihnen sehr dankbar.

            Mit freundlichen Grüßen
            Markus Seidl
            Inhaber
            Landhotel Birkenhof, Bad Tölz
        """),
        L(),
        inv="BW-26-05144",
        amt="2100.00",
        charset="windows-1252",
    ),
    R(
        "pl-de-nichtalles",
        "payment_plan",
        "de",
        ("Sabine Krüger", "sabine.krueger@cafe-krueger-kiel.example"),
        "2026-12-14 07:55 +0100",
        "webde",
        T("""
            Hallo,

            natürlich zahlen wir, aber eben nicht alles auf einmal. 500 € überweise ich diese Woche noch, den Rest nach Weihnachten, wenn das Geschäft gelaufen ist. Mehr ist gerade nicht drin, tut mir leid.

            Gruß
            Sabine Krüger
            Café Krüger
        """),
        L("part now, the rest after Christmas: payment_plan, not promise_to_pay"),
        inv="BW-26-05520",
        cte="8bit",
        hard=True,
    ),
    R(
        "pl-fr-delai",
        "payment_plan",
        "fr",
        ("Laurent Faure", "l.faure@lacourdesarts-bordeaux.example"),
        "2026-11-24 10:10 +0100",
        "ol_html",
        T("""
            Madame, Monsieur,

            Suite au dégât des eaux survenu le 28 octobre, notre restaurant est fermé pour travaux jusqu'à la mi-décembre et nous n'avons quasiment aucune recette ce mois-ci. L'assurance ne nous a encore rien versé.

            Serait-il possible de nous accorder un délai de paiement de 60 jours pour cette facture ? Nous tenons à la régler intégralement dès la réouverture.

            Je vous remercie par avance de votre compréhension.

            Laurent Faure
            Gérant – La Cour des Arts, Bordeaux
        """),
        L("hardship and a request for 60 more days"),
        inv="BW-26-05615",
    ),
    R(
        "pl-fr-echeancier",
        "payment_plan",
        "fr",
        ("Martine Leclerc", "martine.leclerc56@yahoo.fr"),
        "2026-12-09 13:40 +0100",
        "yahoo",
        T("""
            Bonjour,

            Nous avons bien reçu votre relance. La micro-crèche traverse une période difficile (deux places non pourvues depuis la rentrée) et nous ne pouvons pas régler la totalité en une seule fois.

            Pourriez-vous nous proposer un échéancier en quatre mensualités ? Merci de ne pas transmettre le dossier au contentieux, nous sommes de bonne foi.

            Cordialement,
            Martine Leclerc
            Directrice – Micro-crèche Les Petits Loups, Vannes
        """),
        L(
            "instalments asked for; 'ne pas transmettre au contentieux' is not a lawyer/unsubscribe request"
        ),
        inv="BW-26-05840",
        rto="direction@lespetitsloups-vannes.example",
    ),
    R(
        "pl-es-fraccionar",
        "payment_plan",
        "es",
        ("Andrés Molina", "andres@barlaesquina-sevilla.example"),
        "2026-12-02 11:02 +0100",
        "gmail",
        T("""
            Hola, buenos días:

            ¿Sería posible fraccionar el pago en dos? Os pagaríamos la mitad ahora y la otra mitad a finales de enero. Diciembre se nos ha complicado con la reforma de la barra.

            Gracias de antemano,
            Andrés Molina
            Bar La Esquina
        """),
        L("split in two, conditional ('pagaríamos'): payment_plan"),
        inv="BW-26-06177",
    ),
    R(
        "pl-nl-regeling",
        "payment_plan",
        "nl",
        ("Ingrid Bakker", "i.bakker@buurthuisdekring.example"),
        "2026-12-04 15:15 +0100",
        "owa",
        T("""
            Geachte heer, mevrouw,

            Wij zijn ons bewust van de openstaande factuur. Door een vertraagde subsidiebetaling van de gemeente zitten wij op dit moment krap bij kas.

            Is het mogelijk een betalingsregeling af te spreken, bijvoorbeeld in drie maandelijkse termijnen? Wij horen graag of dat bespreekbaar is.

            Met vriendelijke groet,

            Ingrid Bakker
            Coördinator Stichting Buurthuis De Kring
            Zwolle
        """),
        L(),
        inv="BW-26-04866",
    ),
    R(
        "pl-nl-ramble",
        "payment_plan",
        "nl",
        ("G. Smit", "secretaris@vve-parkzicht.example"),
        "2026-12-17 21:05 +0100",
        "tb",
        T("""
            Geachte heer/mevrouw,

            Namens het bestuur van VvE Parkzicht reageer ik op uw herinnering van vorige week. Eerst even wat achtergrond, want ik begrijp dat het er van uw kant uitziet alsof wij de boel laten liggen.

            Onze penningmeester, de heer Visser, is sinds begin november langdurig ziek en had niemand anders toegang gegeven tot de bankrekening. Wij hebben bij de bank een tweede tekenbevoegde aangevraagd, maar dat moet eerst door de ledenvergadering en die is pas op 14 januari. Daarnaast loopt er nog een discussie met de gemeente over de kosten van het groenonderhoud, maar dat staat verder los van uw factuur.

            Over uw werk zijn wij overigens tevreden, de trappenhuizen zien er prima uit.

            Het bestuur stelt voor het openstaande bedrag na de ledenvergadering in drie gelijke termijnen te voldoen, in januari, februari en maart. Wij hopen dat u daarmee akkoord kunt gaan; anders hoor ik graag welke termijnen voor u wel haalbaar zijn.

            Met vriendelijke groet,

            G. Smit
            secretaris VvE Parkzicht, Amersfoort
        """),
        L("long reply; the instalment proposal is buried in the fourth paragraph"),
        inv="BW-26-05012",
        ago=5,
        cte="8bit",
        hard=True,
    ),
    R(
        "pl-it-rate",
        "payment_plan",
        "it",
        ("Roberto Galli", "amministrazione@albergoiltiglio.example"),
        "2026-12-01 09:50 +0100",
        "ol_html",
        T("""
            Buongiorno,

            vi scrivo in merito al vostro sollecito. La stagione si è chiusa a fine ottobre e fino a marzo l'albergo lavora pochissimo. Vi chiediamo quindi la possibilità di rateizzare l'importo in tre rate mensili a partire da gennaio.

            Resto in attesa di un vostro riscontro.

            Cordiali saluti,
            Roberto Galli
            Albergo Il Tiglio – Riva del Garda
        """),
        L(),
        inv="BW-26-07088",
    ),
    R(
        "pl-it-proroga",
        "payment_plan",
        "it",
        ("Anna Rinaldi", "anna.rinaldi74@libero.it"),
        "2026-12-10 21:30 +0100",
        "libero",
        T("""
            Buonasera,
            scusate se rispondo solo ora. Il B&B è chiuso da metà novembre per ferie e lavori e fino a Natale non entra niente. Vi chiedo gentilmente una proroga di 30 giorni sulla scadenza, poi salderò tutto.
            Grazie per la pazienza.
            Anna Rinaldi
            B&B La Meridiana – Matera
        """),
        L("asks for 30 more days; 'poi salderò tutto' has no date of its own"),
        inv="BW-26-07177",
        cte="8bit",
    ),
]

INVOICE_REQUEST = [
    R(
        "ir-en-resend",
        "invoice_request",
        "en",
        ("Neil Fraser", "n.fraser@ashburnpractice.example"),
        "2026-11-25 12:40 +0000",
        "ol_mobile",
        T("""
            Hi, we've never actually received this invoice - the email from your system only had a link to a portal and it's expired. Could you resend BW-26-03940 as a PDF attachment? Happy to pay once it's on our system.

            Neil Fraser
            Practice Manager, Ashburn Medical Practice
        """),
        L(
            "never received, resend; 'happy to pay once it's on our system' is conditional and undated",
            refs=("BW-26-03940",),
        ),
        inv="BW-26-03940",
        os="Android",
    ),
    R(
        "ir-en-w9",
        "invoice_request",
        "en",
        ("Ray Dominguez", "ray@summitclimbing-denver.example"),
        "2026-12-08 10:15 -0700",
        "gmail",
        T("""
            Hello,

            Our bookkeeper can't release any vendor payments until we have a current W-9 on file, and the one we have for Brightway is from 2022 with your old address. Could you send an updated W-9? As soon as we get it, the payment goes out.

            Thanks,
            Ray Dominguez
            Summit Climbing Gym | Denver, CO
        """),
        L("tax form needed before payment"),
        inv="BW-26-04522",
        rloc="en-US",
    ),
    R(
        "ir-en-po",
        "invoice_request",
        "en",
        ("Claire Benson", "ap@riversidehomes-ha.example"),
        "2026-12-15 11:45 +0000",
        "ol_html",
        T("""
            Hello,

            This invoice will sit on hold in our system indefinitely because it has no purchase order number on it. Every invoice to Riverside Homes needs a valid PO - it says so in our supplier terms and we've told your office at least twice this year.

            Please get the PO from the scheme manager who booked the pest-control visit and reissue the invoice quoting it. We can't do anything until then.

            Kind regards,

            Claire Benson
            Accounts Payable
            Riverside Homes Housing Association
        """),
        L(
            "reissue with a PO number, amount not contested: invoice_request, not dispute; irritated tone"
        ),
        inv="BW-26-04144",
        hard=True,
    ),
    R(
        "ir-de-kontoauszug",
        "invoice_request",
        "de",
        ("Heike Schubert", "h.schubert@zahnarzt-schubert-leipzig.example"),
        "2026-12-03 08:40 +0100",
        "tb_inline",
        T("""
            Freundliche Grüße
            Heike Schubert
            Praxismanagement
            Zahnarztpraxis Dr. Schubert, Leipzig
        """),
        L(
            "inline reply; statement of open items requested; the invoice number appears only in the quoted reminder, so invoice_refs stays empty"
        ),
        inv="BW-26-05190",
        charset="iso-8859-1",
        cte="8bit",
        inline=(
            (
                "Rechnungsnummer:",
                "Diese Nummer finden wir in unserer Buchhaltung nicht, weder als offenen Posten noch als Zahlung.",
            ),
            (
                "antworten Sie einfach",
                "Bitte senden Sie uns einen aktuellen Kontoauszug mit allen offenen Posten seit September, dann gleichen wir das ab.",
            ),
        ),
    ),
    R(
        "ir-de-iban",
        "invoice_request",
        "de",
        ("Frank Ostermann", "f.ostermann@fitness-ostermann.example"),
        "2026-12-10 18:20 +0100",
        "webde",
        T("""
            Hallo,

            bevor wir überweisen, bitten wir um eine schriftliche Bestätigung Ihrer Bankverbindung. Auf der Rechnung BW-26-05412 steht eine andere IBAN (endet auf 4471) als bei unserer letzten Zahlung an Sie im Sommer. Bei den vielen Betrugsfällen zahlen wir erst nach Rückbestätigung.

            Viele Grüße
            Frank Ostermann
            Fitnessstudio Ostermann, Bielefeld
        """),
        L(
            "bank details to be confirmed before paying: invoice_request, not a promise",
            refs=("BW-26-05412",),
        ),
        inv="BW-26-05412",
        hard=True,
    ),
    R(
        "ir-fr-duplicata",
        "invoice_request",
        "fr",
        ("Agnès Perrin", "compta@cabinetperrin-avocats.example"),
        "2026-11-26 14:22 +0100",
        "gmail",
        T("""
            Bonjour,

            Nous n'avons jamais reçu cette facture, ni par courrier ni par mail. Pourriez-vous nous en adresser un duplicata ? Nous la mettrons en paiement dès réception.

            Cordialement,
            Agnès Perrin
            Assistante comptable – Cabinet Perrin Avocats
        """),
        L("never received, copy requested; payment on receipt has no date"),
        inv="BW-26-05633",
    ),
    R(
        "ir-fr-chorus",
        "invoice_request",
        "fr",
        ("Olivier Masson", "gestion@college-jeanmoulin-stpriest.example"),
        "2026-12-07 11:05 +0100",
        "ol_html",
        T("""
            Bonjour,

            Le collège est un établissement public local d'enseignement : nous ne pouvons pas mettre en paiement une facture transmise par courriel. Les factures doivent être déposées sur Chorus Pro, avec notre SIRET et le numéro d'engagement juridique figurant sur le bon de commande (EJ 2026-0415).

            Merci de déposer la facture sur la plateforme ; elle sera traitée dans le délai réglementaire.

            Cordialement,

            Olivier Masson
            Adjoint gestionnaire
            Collège Jean Moulin – Saint-Priest
        """),
        L("public buyer needs the invoice filed on Chorus Pro before paying"),
        inv="BW-26-05760",
        hard=True,
    ),
    R(
        "ir-es-cif",
        "invoice_request",
        "es",
        ("Marta Gil", "administracion@grupomarmenor.example"),
        "2026-12-01 13:10 +0100",
        "owa",
        T("""
            Hola:

            Desde el 1 de octubre la empresa ha cambiado de razón social: ahora facturamos como Marmenor Hostelería 2026, S.L., con CIF B73998412. ¿Nos podéis enviar la factura BW-26-06210 emitida a nombre de la nueva sociedad? Con los datos antiguos la gestoría no nos la admite.

            El importe está bien, es solo un tema de datos fiscales.

            Gracias,
            Marta Gil
            Administración – Grupo Marmenor
        """),
        L("reissue to the new legal entity, amount accepted", refs=("BW-26-06210",)),
        inv="BW-26-06210",
    ),
    R(
        "ir-es-mandame",
        "invoice_request",
        "es",
        ("Toni", "toni@pizzeriabellanapoli-alicante.example"),
        "2026-12-16 13:51 +0100",
        "samsung",
        "mándame la factura que no la tengo",
        L("one-line resend request"),
        inv="BW-26-06510",
        hard=True,
    ),
    R(
        "ir-nl-werkbonnen",
        "invoice_request",
        "nl",
        ("Marieke Vos", "penningmeester@hcdewaterlelie.example"),
        "2026-12-08 16:30 +0100",
        "apple",
        T("""
            Goedemiddag,

            Voordat ik deze factuur kan betalen heb ik een kopie nodig van de factuur zelf (die kan ik niet terugvinden) én van de werkbonnen van oktober. Het bestuur wil zien op welke dagen het clubhuis is schoongemaakt.

            Alvast bedankt!

            Marieke Vos
            Penningmeester HC De Waterlelie
        """),
        L("invoice copy and work orders needed before paying"),
        inv="BW-26-04899",
    ),
    R(
        "ir-it-sdi",
        "invoice_request",
        "it",
        ("Federica Conti", "amministrazione@energyfitness-bologna.example"),
        "2026-11-30 10:25 +0100",
        "ol_html",
        T("""
            Buongiorno,

            la fattura che ci avete mandato in PDF non ha valore fiscale: ci serve la fattura elettronica trasmessa tramite SdI. Il nostro codice destinatario è M5UXCR1 (lo trovate anche nella nostra anagrafica). Appena la riceviamo nel cassetto fiscale procediamo al pagamento.

            Grazie,
            Federica Conti
            Amministrazione – Energy Fitness Club, Bologna
        """),
        L("needs the electronic invoice through SdI before paying"),
        inv="BW-26-07012",
    ),
    R(
        "ir-it-dettaglio",
        "invoice_request",
        "it",
        ("Marco Ricci", "marco@osteriadelponte-verona.example"),
        "2026-12-11 15:40 +0100",
        "gmail",
        T("""
            Buongiorno,
            non riesco a capire a cosa si riferisce questa fattura: a ottobre ne avevamo già pagata una per la disinfestazione. Mi mandate il dettaglio con le date degli interventi? Così controllo con il mio socio.
            Grazie
            Marco
        """),
        L(
            "asks what the charge is for and for the detail, without contesting it; the payment mentioned is of another invoice"
        ),
        inv="BW-26-07233",
        hard=True,
    ),
]

WRONG_CONTACT = [
    R(
        "wc-en-left",
        "wrong_contact",
        "en",
        ("Amy Hutchinson", "amy.h@northlightdesign.example"),
        "2026-11-23 19:20 +0000",
        "gmail",
        T("""
            Hi,

            My old work address is still forwarding to me for some reason - I left Bramble & Co at the end of October, so I'm afraid I can't help with this. Their invoices are handled by the finance team now: finance@brambleandco.example

            All the best,
            Amy
        """),
        L("former employee, old address forwarding", new_contact="finance@brambleandco.example"),
        inv="BW-26-03815",
        rto="amy.hutchinson@brambleandco.example",
    ),
    R(
        "wc-en-phish",
        "wrong_contact",
        "en",
        ("Simon Aldridge", "s.aldridge@kestrelpark-offices.example"),
        "2026-12-09 03:14 +0000",
        "ol_htmlonly",
        T("""
            Dear Sir/Madam,

            Please be advised that Kestrel Park Business Centre has moved its accounts function to an external bookkeeping provider with immediate effect. Kindly update your records and direct all future invoices, statements and payment correspondence to kestrelpark.accounts@gmail.com only. The previous address will be deactivated shortly.

            Please confirm once your records have been updated.

            Kind Regards,
            Accounts Department
            Kestrel Park Business Centre
        """),
        L(
            "phishing-like: a look-alike sender domain (kestrelpark-offices vs kestrelparkoffices) asks to redirect all mail to a free-mail address; labelled by what it asks, wrong_contact with new_contact, and a person must verify before anything is changed",
            new_contact="kestrelpark.accounts@gmail.com",
        ),
        inv="BW-26-04188",
        rto="s.aldridge@kestrelparkoffices.example",
        hard=True,
    ),
    R(
        "wc-en-notmonitored",
        "wrong_contact",
        "en",
        ("Glenmoor Hotels Accounts", "accounts@glenmoorhotels.example"),
        "2026-12-02 08:31 +0000",
        "notice",
        T("""
            Thank you for your email.

            This mailbox is no longer monitored. Glenmoor Hotels' accounts payable function has moved to our shared service centre. Please resend supplier invoices, statements and payment queries to purchase.ledger@glenmoor-ssc.example.

            Messages sent to this address will not be read or forwarded.
        """),
        L(
            "automatic 'mailbox no longer monitored' notice naming the new mailbox: wrong_contact (convention), not auto_reply",
            new_contact="purchase.ledger@glenmoor-ssc.example",
        ),
        inv="BW-26-03925",
        subject="Automatic reply: {rsub}",
        headers=(AUTO,),
        hard=True,
    ),
    R(
        "wc-de-hausmeister",
        "wrong_contact",
        "de",
        ("Klaus Wegner", "hausmeister@wohnanlage-sonnenhang.example"),
        "2026-12-04 07:10 +0100",
        "iphone",
        "Hallo, ich bin nur der Hausmeister der Wohnanlage, Rechnungen laufen über die Hausverwaltung. Schreiben Sie bitte an buchhaltung@hv-lindner.example, die kümmern sich darum.\nMfG K. Wegner",
        L(
            "caretaker pointing to the property manager",
            new_contact="buchhaltung@hv-lindner.example",
        ),
        inv="BW-26-05351",
    ),
    R(
        "wc-de-elternzeit",
        "wrong_contact",
        "de",
        ("Monika Hahn", "sekretariat@gs-auwald.example"),
        "2026-12-09 10:42 +0100",
        "ol_html",
        T("""
            Sehr geehrte Damen und Herren,

            Frau Albers, an die Ihre Erinnerung gerichtet war, ist seit dem 1. Dezember in Elternzeit. Für Rechnungen der Schule ist in dieser Zeit Herr Demir im Schulverwaltungsamt zuständig: t.demir@schulamt-auwald.example. Ich habe ihm Ihre Nachricht bereits weitergeleitet.

            Mit freundlichen Grüßen
            Monika Hahn
            Sekretariat Grundschule am Auwald
        """),
        L(
            "a colleague writes by hand and names the person now responsible: wrong_contact, not auto_reply",
            new_contact="t.demir@schulamt-auwald.example",
        ),
        inv="BW-26-05430",
        rto="k.albers@gs-auwald.example",
    ),
    R(
        "wc-fr-syndic",
        "wrong_contact",
        "fr",
        ("Bernard Lefèvre", "b.lefevre@residence-lesacacias.example"),
        "2026-11-27 18:05 +0100",
        "apple",
        T("""
            Bonjour,

            Je ne suis plus président du conseil syndical de la résidence depuis l'assemblée générale d'octobre, et de toute façon les factures ne passaient jamais par moi. C'est le syndic qui règle : gestion.acacias@cabinet-roussel-immo.example

            Bonne journée,
            B. Lefèvre
        """),
        L(new_contact="gestion.acacias@cabinet-roussel-immo.example"),
        inv="BW-26-05598",
    ),
    R(
        "wc-fr-particulier",
        "wrong_contact",
        "fr",
        ("Julien Mercier", "julien.mercier@mercier-famille.example"),
        "2026-12-14 20:30 +0100",
        "iphone",
        "Bonjour, vous vous êtes trompés d'adresse, je suis un particulier et je n'ai jamais été client chez vous. Je ne connais pas cette société.",
        L("wrong recipient altogether, no new address; not a request to stop"),
        inv="BW-26-05901",
        hard=True,
    ),
    R(
        "wc-es-central",
        "wrong_contact",
        "es",
        ("Recepción Hotel Alameda", "recepcion@hotelalameda-granada.example"),
        "2026-12-05 09:30 +0100",
        "ol_html",
        T("""
            Buenos días:

            Este correo es el de recepción del hotel y desde aquí no gestionamos pagos. Las facturas de proveedores las lleva nuestra central en Madrid; por favor, envíen la reclamación a cuentasapagar@grupoalameda-hoteles.example.

            Un saludo,
            Sofía
            Recepción – Hotel Alameda Granada
        """),
        L(new_contact="cuentasapagar@grupoalameda-hoteles.example"),
        inv="BW-26-06266",
    ),
    R(
        "wc-es-cc",
        "wrong_contact",
        "es",
        ("Pablo Herrera", "pablo@herreraestudiodanza.example"),
        "2026-12-11 12:15 +0100",
        "gmail",
        T("""
            Hola,

            Os pongo en copia a Marta, que es quien lleva los pagos del estudio desde este trimestre. Yo ya no me ocupo de las facturas.

            Un saludo,
            Pablo
        """),
        L(
            "the new contact is only in Cc, written in mixed case; labelled in lower case",
            new_contact="marta.ruiz@herreraestudiodanza.example",
        ),
        inv="BW-26-06333",
        cc="Marta Ruiz <Marta.Ruiz@HerreraEstudioDanza.example>",
        hard=True,
    ),
    R(
        "wc-nl-adminkantoor",
        "wrong_contact",
        "nl",
        ("Peter de Groot", "peter@degrootbouwadvies.example"),
        "2026-11-30 13:00 +0100",
        "owa",
        T("""
            Goedemiddag,

            Sinds 1 november doet ons administratiekantoor alle inkomende facturen. Wilt u de factuur en uw herinnering doorsturen naar facturen@boekhoudhuis-noord.example? Dan wordt het daar verwerkt.

            Groet,
            Peter de Groot
            De Groot Bouwadvies
        """),
        L(new_contact="facturen@boekhoudhuis-noord.example"),
        inv="BW-26-04811",
    ),
    R(
        "wc-nl-notinuse",
        "wrong_contact",
        "nl",
        ("Tandartspraktijk Zuidwijk", "info@tandartszuidwijk.example"),
        "2026-12-07 08:02 +0100",
        "notice",
        T("""
            Dit e-mailadres is per 1 december 2026 niet meer in gebruik.
            Stuurt u uw bericht opnieuw naar praktijk@tandartsenzuidwijk.example. Berichten aan dit adres worden niet doorgestuurd.

            Met vriendelijke groet,
            Tandartspraktijk Zuidwijk
        """),
        L(
            "automatic 'address no longer in use' notice naming the new address, without Auto-Submitted: wrong_contact",
            new_contact="praktijk@tandartsenzuidwijk.example",
        ),
        inv="BW-26-04877",
        subject="Dit adres is niet meer in gebruik",
        headers=(("X-Autoreply", "yes"),),
        hard=True,
    ),
    R(
        "wc-it-docente",
        "wrong_contact",
        "it",
        ("Luca Marino", "l.marino@icmanzoni-lecco.example"),
        "2026-12-15 13:20 +0100",
        "tb",
        T("""
            Buongiorno,

            credo che abbiate sbagliato destinatario: sono un docente e non mi occupo di pagamenti. Per le fatture dovete scrivere alla segreteria amministrativa, all'attenzione della DSGA dott.ssa Ferri: amministrazione@icmanzoni-lecco.example

            Cordiali saluti
            Luca Marino
        """),
        L(new_contact="amministrazione@icmanzoni-lecco.example"),
        inv="BW-26-07255",
        charset="iso-8859-1",
    ),
]

UNSUBSCRIBE = [
    R(
        "un-en-takeoff",
        "unsubscribe",
        "en",
        ("Phil Cartwright", "phil@cartwrightjoinery.example"),
        "2026-11-26 16:45 +0000",
        "gmail_plain",
        "Take me off this list.",
        L("one-liner"),
        inv="BW-26-03850",
        hard=True,
    ),
    R(
        "un-en-solicitors",
        "unsubscribe",
        "en",
        ("Martin Doyle", "m.doyle@doylesbarandgrill.example"),
        "2026-12-09 17:30 +0000",
        "ol_html",
        T("""
            Dear Sir/Madam,

            Please note that this account is now in the hands of our solicitors, Kenny Fitzgerald & Co. Any further correspondence regarding it must go through them. Do not contact me or my staff directly about this matter again.

            Martin Doyle
            Director, Doyle's Bar & Grill, Galway
        """),
        L("'talk to our solicitors' without an address: unsubscribe"),
        inv="BW-26-04203",
        rloc="en-IE",
    ),
    R(
        "un-en-postonly",
        "unsubscribe",
        "en",
        ("Linda Park", "lpark@parkviewchiro.example"),
        "2026-12-04 09:05 -0600",
        "ol_plain",
        T("""
            To whom it may concern,

            We do not accept billing or collection communications by email. Please send all correspondence about this account by US Mail to:

            Parkview Chiropractic, Attn: Billing
            PO Box 2291
            Naperville, IL 60567

            Linda Park
            Office Manager
        """),
        L("post only = unsubscribe; a postal address is not a new contact"),
        inv="BW-26-04455",
        rloc="en-US",
    ),
    R(
        "un-de-verteiler",
        "unsubscribe",
        "de",
        ("Renate Vogel", "renate.vogel@tsv-eichenau.example"),
        "2026-12-01 20:15 +0100",
        "tb",
        T("""
            Guten Tag,

            bitte nehmen Sie diese Adresse aus Ihrem Verteiler. Ich bin seit der Jahreshauptversammlung nicht mehr Vorsitzende des TSV und bekomme diese Mails nur noch zufällig.

            Danke
            R. Vogel
        """),
        L(
            "remove me + no longer the right person, no new address: unsubscribe beats wrong_contact"
        ),
        inv="BW-26-05160",
        charset="iso-8859-1",
        hard=True,
    ),
    R(
        "un-fr-courrier",
        "unsubscribe",
        "fr",
        ("Yves Garnier", "y.garnier@garnier-notaires.example"),
        "2026-12-03 11:50 +0100",
        "ol_plain",
        T("""
            Madame, Monsieur,

            Je vous prie de ne plus m'adresser de relances par courriel. Toute correspondance concernant ce compte doit nous parvenir par courrier postal, à l'adresse de l'étude.

            Salutations distinguées,
            Yves Garnier
            Office notarial Garnier, Tours
        """),
        L("no more e-mail, post only"),
        inv="BW-26-05655",
        charset="iso-8859-1",
    ),
    R(
        "un-fr-stop",
        "unsubscribe",
        "fr",
        ("Nadia Haddad", "nadia@boulangerie-haddad.example"),
        "2026-12-10 07:20 +0100",
        "iphone",
        "STOP. Ça fait trois relances pour une facture réglée le 20 novembre. Retirez cette adresse de vos envois, merci.",
        L(
            "stop request plus a payment claim: unsubscribe beats everything but bounce, so no payment fields"
        ),
        inv="BW-26-05799",
        hard=True,
    ),
    R(
        "un-es-abogado",
        "unsubscribe",
        "es",
        ("Fernando Ruiz", "fruiz@clinicaveterinariaruiz.example"),
        "2026-11-30 17:05 +0100",
        "ol_html",
        T("""
            Buenas tardes:

            Les ruego que dejen de escribirme a esta dirección. Cualquier comunicación relativa a esta factura deberá dirigirse a nuestro abogado, que ya tiene conocimiento del asunto.

            Atentamente,
            Fernando Ruiz
            Clínica Veterinaria Ruiz
        """),
        L("stop + 'through our lawyer' with no address"),
        inv="BW-26-06080",
    ),
    R(
        "un-es-eliminad",
        "unsubscribe",
        "es",
        ("Carmen Vidal", "carmen.vidal@academiaidiomasvidal.example"),
        "2026-12-17 10:22 +0100",
        "gmail_plain",
        "Eliminad este correo de vuestra base de datos, por favor.\nGracias.",
        L("one-liner"),
        inv="BW-26-06544",
        hard=True,
    ),
    R(
        "un-nl-post",
        "unsubscribe",
        "nl",
        ("J. Kuipers", "j.kuipers@kuipersadvocatuur.example"),
        "2026-12-02 12:12 +0100",
        "ol_html",
        T("""
            Geachte heer/mevrouw,

            Wij verzoeken u ons uit te schrijven voor deze e-mails. Correspondentie over openstaande posten ontvangen wij uitsluitend per post.

            Hoogachtend,
            J. Kuipers
            Kuipers Advocatuur, Utrecht
        """),
        L("unsubscribe, post only"),
        inv="BW-26-04826",
    ),
    R(
        "un-nl-houop",
        "unsubscribe",
        "nl",
        ("Ronald Meijer", "ronald@snackbarmeijer.example"),
        "2026-12-16 22:48 +0100",
        "gmail_plain",
        "Hou nou eens op met mailen. Ik heb al drie keer gezegd dat die factuur niet klopt en dat weten jullie ook. Haal dit adres uit jullie systeem. Als jullie iets willen, bel dan maar.\nR. Meijer",
        L("stop request with a dispute claim: unsubscribe beats dispute"),
        inv="BW-26-04990",
        hard=True,
    ),
    R(
        "un-it-invii",
        "unsubscribe",
        "it",
        ("Silvia Bruno", "s.bruno@brunoimmobiliare.example"),
        "2026-12-07 09:33 +0100",
        "ol_html",
        T("""
            Buongiorno,

            vi prego di cancellare il mio indirizzo dai vostri invii automatici. Non desidero ricevere ulteriori comunicazioni via e-mail.

            Grazie,
            Silvia Bruno
        """),
        L(),
        inv="BW-26-07130",
    ),
    R(
        "un-it-legale",
        "unsubscribe",
        "it",
        ("Giorgio Mancini", "g.mancini@ristorantemancini-roma.example"),
        "2026-12-14 18:40 +0100",
        "iphone",
        "Per ogni comunicazione rivolgetevi al nostro legale, l'avvocato Pellegrini, e non scrivete più a questo indirizzo.\nG. Mancini",
        L("'talk to our lawyer' (a name, no address): unsubscribe"),
        inv="BW-26-07244",
    ),
]


def oof_html(text: str, charset: str = "utf-8") -> str:
    """Exchange sends out-of-office text as a small HTML document next to the plain text."""
    return (
        f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n</head>\n<body>\n'
        '<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 11pt;">\n'
        + "\n".join(f"<p>{br_lines(p)}</p>" for p in text.split("\n\n"))
        + "\n</div>\n</body>\n</html>\n"
    )


def notice(
    key: str,
    lang: str,
    who: tuple[str, str],
    when: str,
    body: str,
    *,
    labels: dict[str, object],
    inv: str,
    subject: str,
    headers: tuple[tuple[str, str], ...],
    html_too: bool = True,
    hard: bool = False,
    rloc: str = "",
    charset: str = "utf-8",
) -> Reply:
    return R(
        key,
        "auto_reply",
        lang,
        who,
        when,
        "notice",
        body,
        labels,
        inv=inv,
        subject=subject,
        headers=headers,
        html=oof_html(body, charset) if html_too else "",
        hard=hard,
        rloc=rloc,
        charset=charset,
    )


AUTO_REPLY = [
    notice(
        "ar-en-ooo",
        "en",
        ("Helen Marsh", "h.marsh@thornfieldacademy.example"),
        "2026-11-27 08:51 +0000",
        "Thank you for your email. I am out of the office until Wednesday 2 December with limited access to email. For urgent finance queries please contact the school business office on 01632 960114.",
        labels=L("'until X' → X itself", return_date="2026-12-02"),
        inv="BW-26-03880",
        subject="Automatic reply: {rsub}",
        headers=(AUTO_GEN, XARS),
    ),
    R(
        "ar-en-ticket",
        "auto_reply",
        "en",
        ("Oakridge Facilities Helpdesk", "helpdesk@oakridgeproperty.example"),
        "2026-12-08 09:01 +0000",
        "notice",
        T("""
            Hello,

            Thank you for contacting Oakridge Property Services. Your request has been received and logged as ticket #58213.

            A member of our team will respond within 3 working days. Please keep the ticket number in the subject line of any further emails about this request.

            Oakridge Property Services – Facilities Helpdesk
            This is an automated message.
        """),
        L("ticket acknowledgement; a response time is not a return date"),
        inv="BW-26-04120",
        subject="[Ticket #58213] Re: {rsub}",
        headers=(AUTO, ("Precedence", "bulk"), ("X-Mailer", "HelpDeskPro 5.2")),
    ),
    notice(
        "ar-en-thanksgiving",
        "en",
        ("Brookfield Academy Business Office", "office@brookfieldacademy-pa.example"),
        "2026-11-25 12:00 -0500",
        "Thank you for your message. The Brookfield Academy business office is closed Wednesday through Friday for the Thanksgiving holiday and will reopen on Monday, November 30. We will respond to your email when we return.",
        labels=L(
            "school autoresponder without Auto-Submitted and with a plain 'Re:' subject; the day back is Mon 30 Nov",
            return_date="2026-11-30",
        ),
        inv="BW-26-04390",
        subject="Re: {rsub}",
        headers=(("X-Autorespond", "yes"),),
        html_too=False,
        hard=True,
        rloc="en-US",
    ),
    notice(
        "ar-de-kw50",
        "de",
        ("Stefan Albrecht", "s.albrecht@albrecht-steuerberatung.example"),
        "2026-12-01 14:03 +0100",
        T("""
            Vielen Dank für Ihre Nachricht.

            Ich bin derzeit nicht im Büro und ab KW 50 wieder für Sie erreichbar. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an unser Sekretariat unter 0721 555 8800.

            Mit freundlichen Grüßen
            Stefan Albrecht
        """),
        labels=L("'ab KW 50' = Monday of ISO week 50 of 2026, 7 Dec", return_date="2026-12-07"),
        inv="BW-26-05188",
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO_GEN, XARS),
        hard=True,
    ),
    notice(
        "ar-de-bis18",
        "de",
        ("Yvonne Berger", "y.berger@fitnesspark-berger.example"),
        "2026-12-14 10:10 +0100",
        T("""
            Guten Tag,

            ich bin bis zum 18.12.2026 nicht erreichbar. Ihre Nachricht wird nach meiner Rückkehr bearbeitet.

            Freundliche Grüße
            Yvonne Berger
        """),
        labels=L("'bis zum 18.12.' → that date (until X → X)", return_date="2026-12-18"),
        inv="BW-26-05490",
        subject="Abwesenheitsnotiz: {rsub}",
        headers=(AUTO,),
        html_too=False,
    ),
    notice(
        "ar-fr-inclus",
        "fr",
        ("Camille Rousseau", "c.rousseau@hotel-leboisdore.example"),
        "2026-12-02 09:15 +0100",
        T("""
            Bonjour,

            Je suis absente jusqu'au lundi 7 décembre inclus, de retour le mardi 8 décembre. Pour toute demande urgente concernant la comptabilité, merci de contacter la réception au 04 50 55 12 30.

            Cordialement,
            Camille Rousseau
        """),
        labels=L(
            "the stated day back (Tue 8 Dec) wins over 'jusqu'au … inclus'",
            return_date="2026-12-08",
        ),
        inv="BW-26-05722",
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_GEN, XARS),
    ),
    notice(
        "ar-es-hasta1",
        "es",
        ("Elena Navarro", "elena.navarro@colegiosanjorge-zgz.example"),
        "2026-11-24 16:00 +0100",
        "Gracias por su mensaje. Estaré fuera de la oficina hasta el 1 de diciembre, sin acceso al correo. A mi vuelta le responderé lo antes posible.",
        labels=L("'hasta X' → X itself", return_date="2026-12-01"),
        inv="BW-26-06055",
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_GEN,),
    ),
    R(
        "ar-es-consulta",
        "auto_reply",
        "es",
        ("Grupo Hostelero Levante – Atención al Proveedor", "proveedores@ghlevante.example"),
        "2026-12-10 09:47 +0100",
        "notice",
        T("""
            Estimado proveedor:

            Hemos recibido su consulta, que ha quedado registrada con la referencia 2026-08315. Nuestro equipo de cuentas a pagar la atenderá en un plazo máximo de 72 horas hábiles.

            Por favor, no responda a este mensaje.

            Grupo Hostelero Levante – Atención al Proveedor
        """),
        L("ticket acknowledgement without Auto-Submitted (only Precedence: bulk); no date"),
        inv="BW-26-06401",
        subject="Consulta recibida [Ref. 2026-08315]",
        headers=(("Precedence", "bulk"),),
        hard=True,
    ),
    notice(
        "ar-nl-vakantie",
        "nl",
        ("Lotte Mulder", "l.mulder@gymnasiumwestland.example"),
        "2026-11-26 13:20 +0100",
        T("""
            Beste afzender,

            Ik ben met vakantie tot en met vrijdag 4 december. Vanaf maandag 7 december ben ik weer bereikbaar. Uw e-mail wordt niet doorgestuurd.

            Met vriendelijke groet,
            Lotte Mulder
            Financiële administratie
        """),
        labels=L(
            "the stated day back (Mon 7 Dec) wins over 'tot en met'", return_date="2026-12-07"
        ),
        inv="BW-26-04760",
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_GEN, XARS),
    ),
    notice(
        "ar-nl-ziek",
        "nl",
        ("Erik Bos", "e.bos@bos-kantoorinrichting.example"),
        "2026-12-11 11:11 +0100",
        T("""
            Goedendag,

            Wegens ziekte ben ik voorlopig afwezig. Uw e-mail wordt niet automatisch doorgestuurd. Voor facturen en betalingen kunt u terecht bij mijn collega Anouk Peters via a.peters@bos-kantoorinrichting.example.

            Met vriendelijke groet,
            Erik Bos
        """),
        labels=L("auto-reply naming a colleague's address keeps new_contact null; no return date"),
        inv="BW-26-04940",
        subject="Afwezig: {rsub}",
        headers=(AUTO,),
        html_too=False,
        hard=True,
    ),
    notice(
        "ar-it-27nov",
        "it",
        ("Paola Greco", "p.greco@ristorantelagrotta-trapani.example"),
        "2026-11-23 08:40 +0100",
        T("""
            Gentile mittente,
            sarò fuori ufficio fino a venerdì 27 novembre, con accesso limitato alla posta. Per urgenze potete contattare il ristorante al numero 0923 555 018.
            Cordiali saluti
            Paola Greco
        """),
        labels=L("'fino a X' → X itself", return_date="2026-11-27"),
        inv="BW-26-06990",
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_GEN, XARS),
    ),
    notice(
        "ar-it-maternita",
        "it",
        ("Valentina Sartori", "v.sartori@centrosportivoolimpia.example"),
        "2026-12-15 12:00 +0100",
        T("""
            Buongiorno,
            sono in maternità fino a marzo. La vostra e-mail non verrà letta né inoltrata; vi prego di riscrivere più avanti.
            Valentina Sartori
        """),
        labels=L("'fino a marzo' cannot be pinned to a day: no return date"),
        inv="BW-26-07270",
        subject="Assente fino a marzo",
        headers=(AUTO,),
        html_too=False,
    ),
]

OTHER = [
    R(
        "ot-en-didnt",
        "other",
        "en",
        ("Owen Price", "owen@priceandlewis.example"),
        "2026-12-01 16:20 +0000",
        "gmail_inline",
        "Owen",
        L(
            "inline reply asking whether it was paid: no claim, no document request; a person checks the ledger"
        ),
        inv="BW-26-03790",
        inline=(
            (
                "Amount outstanding:",
                "Didn't we pay this already? I was sure Gemma sorted it before she went on maternity leave.",
            ),
            (
                "If payment has already been made",
                "Can you check your end? I can't find anything on ours either way.",
            ),
        ),
        hard=True,
    ),
    R(
        "ot-en-rats",
        "other",
        "en",
        ("Debbie Clarke", "debbie@thegreenhousecafe.example"),
        "2026-12-10 14:05 +0000",
        "iphone",
        "Hi, while I've got you - can someone book in the quarterly pest inspection for January? We've seen droppings by the bin store again. Mornings before 10 are best.\n\nThanks, Debbie",
        L("service booking in the reminder thread; not a complaint about the invoice"),
        inv="BW-26-04090",
        hard=True,
    ),
    R(
        "ot-en-noted",
        "other",
        "en",
        ("James Whitfield", "j.whitfield@whitfieldestates.example"),
        "2026-12-04 18:12 +0000",
        "ol_mobile",
        "Noted.",
        L("bare acknowledgement, no commitment"),
        inv="BW-26-03995",
        hard=True,
    ),
    R(
        "ot-de-kuendigung",
        "other",
        "de",
        ("Andrea Koch", "a.koch@physio-koch-freiburg.example"),
        "2026-12-02 12:30 +0100",
        "ol_html",
        T("""
            Guten Tag,

            unabhängig von Ihrer Erinnerung: Wir möchten den Reinigungsvertrag für unsere Praxis zum nächstmöglichen Zeitpunkt kündigen, da wir im Frühjahr umziehen. Können Sie mir die Kündigungsfrist nennen und die Kündigung schriftlich bestätigen?

            Freundliche Grüße
            Andrea Koch
            Physiotherapie Koch, Freiburg
        """),
        L("contract cancellation question; nothing about the invoice"),
        inv="BW-26-05255",
    ),
    R(
        "ot-de-weitergeleitet",
        "other",
        "de",
        ("Tobias Brandt", "t.brandt@brandt-gastro.example"),
        "2026-12-15 09:02 +0100",
        "gmail_plain",
        "Ist weitergeleitet an die Geschäftsführung.",
        L("passed on internally: acknowledgement without commitment, no new contact"),
        inv="BW-26-05533",
        hard=True,
    ),
    R(
        "ot-fr-redressement",
        "other",
        "fr",
        ("Marc-Antoine Dubois", "direction@hoteldulacbleu-annecy.example"),
        "2026-12-03 15:45 +0100",
        "ol_html",
        T("""
            Madame, Monsieur,

            Nous vous informons que la SARL Hôtel du Lac Bleu a été placée en redressement judiciaire par jugement du tribunal de commerce d'Annecy du 16 novembre 2026. Conformément à la loi, nous ne pouvons plus régler les créances nées avant cette date.

            Il vous appartient de déclarer votre créance auprès du mandataire judiciaire désigné, Maître Claire Vasseur, dans un délai de deux mois à compter de la publication au BODACC.

            Veuillez agréer nos salutations distinguées.

            M.-A. Dubois
            Directeur administratif
        """),
        L(
            "customer in insolvency proceedings: the claim goes to the court-appointed administrator; not a dispute, not a lawyer/unsubscribe request, no e-mail contact; a person handles it"
        ),
        inv="BW-26-05666",
        hard=True,
    ),
    R(
        "ot-fr-samedi",
        "other",
        "fr",
        ("Isabelle Fontaine", "i.fontaine@espaceforme-rennes.example"),
        "2026-12-09 17:12 +0100",
        "gmail",
        T("""
            Bonjour,

            Petite question qui n'a rien à voir avec la facture : est-ce que votre équipe pourrait passer samedi 19 plutôt que vendredi 18 pour le grand nettoyage de fin d'année ? Nous avons un cours collectif le vendredi soir.

            Merci !
            Isabelle Fontaine
            Espace Forme & Bien-être, Rennes
        """),
        L("scheduling question in the reminder thread"),
        inv="BW-26-05780",
    ),
    R(
        "ot-es-limpiadora",
        "other",
        "es",
        ("Gloria Méndez", "gloria@mendezabogados.example"),
        "2026-11-25 19:30 +0100",
        "ol_mobile",
        "Hola, aprovecho para deciros que la nueva limpiadora, Rosa, es un encanto y deja el despacho impecable. Da gusto.\nLo de la factura lo mira mi socio cuando vuelva.",
        L("praise for the cleaner; 'my partner will look at it when he's back' is no commitment"),
        inv="BW-26-06070",
        hard=True,
    ),
    R(
        "ot-es-precio2027",
        "other",
        "es",
        ("Víctor Serrano", "victor@hostalelcastillo-cuenca.example"),
        "2026-12-16 11:35 +0100",
        "gmail",
        T("""
            Buenas:

            Antes de nada, si nos confirmáis que para 2027 se mantiene el mismo precio por habitación, renovamos el contrato de limpieza otro año. Si sube, tendríamos que pedir otros presupuestos.

            Quedo a la espera,
            Víctor Serrano
            Hostal El Castillo, Cuenca
        """),
        L("conditional contract renewal: no promise to pay, no dispute"),
        inv="BW-26-06530",
        hard=True,
    ),
    R(
        "ot-nl-verhuisd",
        "other",
        "nl",
        ("Karin Visser", "k.visser@visseraccountants.example"),
        "2026-11-30 09:25 +0100",
        "apple",
        T("""
            Goedemorgen,

            Even ter info: wij zijn per 1 december verhuisd naar Stationsplein 8 in Amersfoort. De schoonmaak moet dus vanaf nu op het nieuwe adres plaatsvinden; het oude pand is leeg. Kunnen jullie het rooster aanpassen en laten weten wie de nieuwe sleutel komt ophalen?

            Met vriendelijke groet,
            Karin Visser
            Visser Accountants
        """),
        L("move of premises and schedule change; the billing contact is unchanged"),
        inv="BW-26-04805",
    ),
    R(
        "ot-it-preventivo",
        "other",
        "it",
        ("Stefano Villa", "s.villa@crossfitlagunari.example"),
        "2026-12-04 13:10 +0100",
        "gmail",
        "Ciao,\nne approfitto visto che ci sentiamo: ci potete fare un preventivo per una sanificazione completa della palestra (spogliatoi compresi) a inizio gennaio? Sono circa 600 mq.\nGrazie, Stefano",
        L("quote request in the reminder thread"),
        inv="BW-26-07150",
        cte="b64",
    ),
    R(
        "ot-it-okgrazie",
        "other",
        "it",
        ("Francesca", "francesca@gelateriaalpino.example"),
        "2026-12-17 08:05 +0100",
        "iphone",
        "ok grazie",
        L("bare acknowledgement; no commitment"),
        inv="BW-26-07301",
        hard=True,
    ),
]


# ============================================================================================
# Delivery reports. Skeletons are generated; the human-readable text is written per MTA.
# ============================================================================================


@dataclass
class Bounce:
    key: str
    lang: str  # language of the human-readable part
    kind: str
    status: str
    rcpt: str
    when: str
    rloc: str
    inv: str
    note: str | None = None
    hard: bool = False
    queued: timedelta = timedelta(minutes=2)  # time between sending the reminder and the report

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def sent(self) -> datetime:
        return (self.dt - self.queued).replace(second=number(self.key, "sec", 0, 59))

    @property
    def subject(self) -> str:
        return reminder_subject(self.rloc, self.inv)

    def reminder(self) -> Message:
        _, issued, due = reminder_dates(self.key, self.sent + timedelta(days=1), 1)
        amount = f"{number(self.key, 'amt', 180, 3900)}.{number(self.key, 'cents', 0, 19) * 5:02d}"
        msg = text_part(
            reminder_body(self.rloc, self.inv, amount, issued, due) + "\n", "plain", "utf-8", "qp"
        )
        msg["From"] = formataddr((AR_NAME, AR_ADDR))
        msg["To"] = self.rcpt
        msg["Subject"] = header_value(self.subject)
        msg["Date"] = format_datetime(self.sent)
        msg["Message-ID"] = reminder_msgid(self.key)
        content_headers_last(msg)
        return msg

    def reminder_headers_text(self) -> str:
        return "".join(f"{k}: {v}\n" for k, v in self.reminder().items())


def dsn(
    b: Bounce, mta: str, action: str, diagnostic: str, *, remote: str = "", queue_id: str = ""
) -> Message:
    first = [f"Reporting-MTA: dns; {mta}"]
    if queue_id:
        first.append(f"X-Queue-ID: {queue_id}")
    first.append(f"Arrival-Date: {format_datetime(b.sent)}")
    second = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
    ]
    if remote:
        second.append(f"Remote-MTA: dns; {remote}")
    second.append(f"Diagnostic-Code: smtp; {diagnostic}")
    second.append(f"Last-Attempt-Date: {format_datetime(b.dt)}")
    if action == "delayed":
        second.append(f"Will-Retry-Until: {format_datetime(b.sent + timedelta(days=5))}")
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload(
        [message_from_bytes(("\n".join(block) + "\n").encode()) for block in (first, second)]
    )
    return part


def headers_part(b: Bounce) -> Message:
    return text_part(b.reminder_headers_text(), "rfc822-headers", "us-ascii", "7bit")


def report(*parts: Message) -> Message:
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
    headers: tuple[tuple[str, str], ...] = (AUTO,),
    charset: str = "utf-8",
) -> Message:
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_value(subject, charset)
    msg["Date"] = format_datetime(b.dt)
    host = sender.rsplit("@", 1)[1].rstrip(">").split(" ")[0]
    msg["Message-ID"] = f"<{token(b.key, 'bounce', 14)}.{number(b.key, 'bn', 1000, 99999)}@{host}>"
    for name, value in headers:
        msg[name] = value
    return finalize(msg, b.key, "bounce")


def ms_html(paragraphs: list[str]) -> str:
    return (
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n'
        "<div style=\"font-family:'Segoe UI',Calibri,Arial,sans-serif;font-size:14px;color:#212121\">\n"
        + "\n".join(f"<p>{br_lines(p)}</p>" for p in paragraphs)
        + "\n</div>\n</body>\n</html>\n"
    )


# ---- English ------------------------------------------------------------------------------------


def bounce_postfix(b: Bounce) -> Message:
    host = b.rcpt.split("@")[1]
    human = (
        "This is the mail system at host relay1.brightway-fs.example.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\n"
        "delete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: host mail.{host}[198.51.100.23] said: 550\n"
        f"    5.1.1 <{b.rcpt}>... User unknown (in reply to RCPT TO command)\n"
    )
    msg = report(
        text_part(human, "plain", "us-ascii", "7bit"),
        dsn(
            b,
            "relay1.brightway-fs.example",
            "failed",
            f"550 5.1.1 <{b.rcpt}>... User unknown",
            remote=f"mail.{host}",
            queue_id="4dQ7Lk2TzCz1xR9",
        ),
        MIMEMessage(b.reminder()),
    )
    return finish(
        b,
        msg,
        "MAILER-DAEMON@relay1.brightway-fs.example (Mail Delivery System)",
        "Undelivered Mail Returned to Sender",
    )


def bounce_gmail_en(b: Bounce) -> Message:
    paras = [
        "** Address not found **",
        f"Your message wasn't delivered to {b.rcpt} because the address couldn't be found, or is unable to receive mail.",
        "Learn more here: https://support.google.com/mail/?p=NoSuchUser",
        "The response was:",
        "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser a640c23a62f3a-b7e3c9a1f02si5521876b.312 - gsmtp",
    ]
    human = alternative(
        text_part("\n\n".join(paras) + "\n", "plain", "utf-8", "qp"),
        text_part(
            "<html><body>" + "".join(f"<p>{esc(p)}</p>" for p in paras) + "</body></html>\n",
            "html",
            "utf-8",
            "qp",
        ),
    )
    msg = report(
        human,
        dsn(
            b,
            "googlemail.com",
            "failed",
            paras[-1].split(" For more")[0],
            remote="gmail-smtp-in.l.google.com",
        ),
        headers_part(b),
    )
    return finish(
        b,
        msg,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
        headers=(AUTO, ("X-Failed-Recipients", b.rcpt)),
    )


def bounce_sendmail_warn(b: Bounce) -> Message:
    host = b.rcpt.split("@")[1]
    human = (
        "    **********************************************\n"
        "    **      THIS IS A WARNING MESSAGE ONLY      **\n"
        "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
        "    **********************************************\n\n"
        f"The original message was received at {format_datetime(b.sent)}\n"
        "from mailer.brightway-fs.example [10.40.2.15]\n\n"
        "   ----- Transcript of session follows -----\n"
        f"<{b.rcpt}>... Deferred: Connection timed out with mx1.{host}.\n"
        "Warning: message still undelivered after 4 hours\n"
        "Will keep trying until message is 5 days old\n"
    )
    msg = report(
        text_part(human, "plain", "us-ascii", "7bit"),
        dsn(
            b,
            "smtp-us.brightway-fs.example",
            "delayed",
            f"451 4.4.1 Deferred: Connection timed out with mx1.{host}",
            remote=f"mx1.{host}",
        ),
        headers_part(b),
    )
    return finish(
        b,
        msg,
        "Mail Delivery Subsystem <MAILER-DAEMON@smtp-us.brightway-fs.example>",
        "Warning: could not send message for past 4 hours",
    )


# ---- German -------------------------------------------------------------------------------------


def bounce_exchange_de(b: Bounce) -> Message:
    user, host = b.rcpt.split("@")
    paras = [
        f"Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden.",
        f"{user} wurde bei {host} nicht gefunden.",
        "Brightway Receivables\nOffice 365\n"
        + host
        + "\nAktion erforderlich: Empfänger\nUnbekannte Adresse",
        "So beheben Sie das Problem\nDie Nachricht wurde nicht zugestellt, weil der E-Mail-Server des Empfängers die Adresse nicht kennt. Prüfen Sie die Schreibweise der Adresse und senden Sie die Nachricht erneut. Hat sich die Adresse geändert, erfragen Sie die neue Adresse beim Empfänger auf anderem Weg.",
        "Weitere Informationen für E-Mail-Administratoren\n"
        f"Statuscode: 550 5.1.10\nDer Server des Empfängers hat folgende Antwort gesendet: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {b.rcpt} not found by SMTP address lookup\n"
        "Generierender Server: FR4P281MB3120.DEUP281.PROD.OUTLOOK.COM",
    ]
    human = alternative(
        text_part("\n\n".join(paras) + "\n", "plain", "utf-8", "qp"),
        text_part(ms_html(paras), "html", "utf-8", "qp"),
    )
    msg = report(
        human,
        dsn(
            b,
            "FR4P281MB3120.DEUP281.PROD.OUTLOOK.COM",
            "failed",
            f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {b.rcpt} not found by SMTP address lookup",
        ),
        MIMEMessage(b.reminder()),
    )
    return finish(
        b,
        msg,
        "Microsoft Outlook <MicrosoftExchange4f1b2c7d9e0a43d6b8815e2f0c6a9d13@brightway-fs.example>",
        "Unzustellbar: " + b.subject,
        headers=(AUTO, ("X-MS-Exchange-Message-Is-Ndr", "")),
    )


def bounce_exim_de(b: Bounce) -> Message:
    host = b.rcpt.split("@")[1]
    text = (
        "Diese Nachricht wurde automatisch vom Mailsystem erzeugt.\n\n"
        "Eine von Ihnen gesendete Nachricht konnte seit mehr als 24 Stunden nicht an alle\n"
        "Empfänger zugestellt werden. Der Mailserver versucht die Zustellung weiterhin.\n\n"
        "Kennung der Nachricht: 1vQ8Zt-004XkF-2M\n"
        f"Betreff: {b.subject}\n"
        f"Gesendet am: {format_datetime(b.sent)}\n\n"
        "Noch nicht zugestellt an:\n\n"
        f"  {b.rcpt}\n"
        f"    Grund der Verzögerung: SMTP-Fehler vom Server mx.{host} nach RCPT TO:<{b.rcpt}>:\n"
        "    452 4.2.2 Mailbox full\n\n"
        "Sie müssen nichts unternehmen. Kann die Nachricht innerhalb von 4 Tagen nicht\n"
        "zugestellt werden, erhalten Sie eine weitere Benachrichtigung und die Nachricht\n"
        "wird an Sie zurückgeschickt.\n\n"
        "-- \nMailsystem smtp.kraft-hosting.example\n"
    )
    msg = text_part(text, "plain", "utf-8", "qp")
    return finish(
        b,
        msg,
        "Mail Delivery System <Mailer-Daemon@smtp.kraft-hosting.example>",
        "Warnung: Nachricht noch nicht zugestellt",
        headers=(AUTO, ("X-Exim-Warning", "delay")),
    )


# ---- French -------------------------------------------------------------------------------------


def bounce_isp_fr(b: Bounce) -> Message:
    text = (
        "Bonjour,\n\n"
        "Ceci est un message automatique du serveur de messagerie smtp-out.lumiere-telecom.example.\n\n"
        "Votre message n'a pas pu être remis au(x) destinataire(s) suivant(s) :\n\n"
        f"  {b.rcpt}\n"
        "  Motif : adresse inconnue sur le serveur du destinataire\n"
        f"  Réponse du serveur distant : 550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown\n\n"
        "Vérifiez l'orthographe de l'adresse ou contactez votre correspondant par un autre moyen.\n"
        "Il est inutile de renvoyer le message tel quel.\n\n"
        "Les en-têtes de votre message figurent ci-dessous.\n\n"
        "--\nLe service messagerie Lumière Télécom\n\n"
        "------ En-têtes du message d'origine ------\n" + latin1(b.reminder_headers_text())
    )
    msg = text_part(text, "plain", "iso-8859-1", "qp")
    return finish(
        b,
        msg,
        "Service de messagerie <postmaster@smtp-out.lumiere-telecom.example>",
        "Échec de remise du message",
        headers=(AUTO, ("X-Failed-Recipients", b.rcpt)),
        charset="iso-8859-1",
    )


def bounce_o365_fr_full(b: Bounce) -> Message:
    paras = [
        f"Votre message à {b.rcpt} n'a pas pu être remis.",
        f"La boîte aux lettres de {b.rcpt} est pleine.",
        "Brightway Receivables\nOffice 365\n"
        + b.rcpt.split("@")[1]
        + "\nAction requise : destinataire\nBoîte aux lettres pleine",
        "Comment résoudre ce problème\nLe destinataire doit libérer de l'espace dans sa boîte aux lettres. Vous pourrez ensuite renvoyer le message. Si le problème persiste, contactez le destinataire par un autre moyen, par exemple par téléphone.",
        "Informations supplémentaires pour les administrateurs de messagerie\n"
        "Code d'état : 554 5.2.2\n"
        "Réponse du serveur distant : 554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded\n"
        "Serveur ayant généré le message : PAYP264MB3871.FRAP264.PROD.OUTLOOK.COM",
    ]
    human = alternative(
        text_part("\n\n".join(paras) + "\n", "plain", "utf-8", "qp"),
        text_part(ms_html(paras), "html", "utf-8", "qp"),
    )
    msg = report(
        human,
        dsn(
            b,
            "PAYP264MB3871.FRAP264.PROD.OUTLOOK.COM",
            "failed",
            "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException",
        ),
        headers_part(b),
    )
    return finish(
        b,
        msg,
        "Microsoft Outlook <MicrosoftExchange4f1b2c7d9e0a43d6b8815e2f0c6a9d13@brightway-fs.example>",
        "Non remis : " + b.subject,
        headers=(AUTO,),
    )


# ---- Spanish ------------------------------------------------------------------------------------


def bounce_exchange_es_delay(b: Bounce) -> Message:
    paras = [
        "La entrega se ha retrasado para estos destinatarios o grupos:",
        b.rcpt,
        f"Asunto: {b.subject}",
        "Este mensaje aún no se ha entregado. Seguiremos intentándolo.",
        "El servidor intentará entregar el mensaje durante 1 día, 19 horas y 52 minutos más. Recibirá una notificación si no se puede entregar en ese plazo.",
        "Información de diagnóstico para administradores:\n"
        "Servidor de generación: DB9P194MB1402.EURP194.PROD.OUTLOOK.COM\n"
        f"Destinatario: {b.rcpt}\n"
        "Error remoto: 451 4.4.7 Message delayed; Unable to connect to the remote server",
    ]
    human = alternative(
        text_part("\n\n".join(paras) + "\n", "plain", "utf-8", "qp"),
        text_part(ms_html(paras), "html", "utf-8", "qp"),
    )
    msg = report(
        human,
        dsn(b, "DB9P194MB1402.EURP194.PROD.OUTLOOK.COM", "delayed", "451 4.4.7 Message delayed"),
        headers_part(b),
    )
    return finish(
        b,
        msg,
        "Microsoft Outlook <MicrosoftExchange4f1b2c7d9e0a43d6b8815e2f0c6a9d13@brightway-fs.example>",
        "Retrasado: " + b.subject,
        headers=(AUTO,),
    )


# ---- Dutch --------------------------------------------------------------------------------------


def bounce_isp_nl(b: Bounce) -> Message:
    host = b.rcpt.split("@")[1]
    human = (
        "Dit is het mailsysteem van relay.polderhosting.example.\n\n"
        "Helaas kon uw bericht niet worden afgeleverd bij een of meer ontvangers.\n"
        "Het bericht is hieronder bijgevoegd.\n\n"
        "Neem voor hulp contact op met postmaster@polderhosting.example en stuur\n"
        "dit foutrapport mee. Uw eigen tekst kunt u uit het bijgevoegde bericht verwijderen.\n\n"
        "                   Het mailsysteem\n\n"
        f"<{b.rcpt}>: host mx.{host}[203.0.113.61] antwoordde:\n"
        f"    550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown\n"
        "    (in antwoord op het RCPT TO-commando)\n"
    )
    msg = report(
        text_part(human, "plain", "utf-8", "qp"),
        dsn(
            b,
            "relay.polderhosting.example",
            "failed",
            f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown",
            remote=f"mx.{host}",
        ),
        MIMEMessage(b.reminder()),
    )
    return finish(
        b, msg, "MAILER-DAEMON@relay.polderhosting.example (Mailsysteem)", "Onbestelbaar bericht"
    )


def bounce_gateway_nl(b: Bounce) -> Message:
    paras = [
        "Bezorgingsstatus: vertraagd",
        f"Uw bericht aan {b.rcpt} is nog niet afgeleverd. De ontvangende server heeft het bericht tijdelijk geweigerd:",
        "451 4.7.1 Greylisted, please try again later",
        "SecureEdge probeert het bericht automatisch opnieuw te bezorgen, tot uiterlijk 3 dagen na verzending. U hoeft niets te doen. Mislukt de bezorging definitief, dan ontvangt u een nieuw bericht.",
        f"Onderwerp: {b.subject}\nVerzonden: {format_datetime(b.sent)}\nBericht-ID: {reminder_msgid(b.key)}",
        "SecureEdge Mail Gateway – uitgaande e-mail van Brightway Facility Services B.V.",
    ]
    human = alternative(
        text_part("\n\n".join(paras) + "\n", "plain", "utf-8", "qp"),
        text_part(
            '<html><body style="font-family:Arial,sans-serif">'
            + "".join(f"<p>{br_lines(p)}</p>" for p in paras)
            + "</body></html>\n",
            "html",
            "utf-8",
            "qp",
        ),
    )
    msg = report(
        human,
        dsn(
            b,
            "gw2.secureedge-mail.example",
            "delayed",
            "451 4.7.1 Greylisted, please try again later",
            remote="mx." + b.rcpt.split("@")[1],
        ),
        headers_part(b),
    )
    return finish(
        b,
        msg,
        "SecureEdge Mail Gateway <no-reply@gw2.secureedge-mail.example>",
        "Bericht vertraagd: " + b.subject,
        headers=(AUTO, ("X-SecureEdge-Report", "delay")),
    )


# ---- Italian ------------------------------------------------------------------------------------


def bounce_qmail_it(b: Bounce) -> Message:
    returned = b.reminder().as_string()
    text = (
        "Ciao. Questo e' il programma qmail-send su smtp2.collinenet.example.\n"
        "Mi dispiace, ma non sono riuscito a consegnare il tuo messaggio ai seguenti indirizzi.\n"
        "Questo e' un errore permanente; ho rinunciato. Mi dispiace che non abbia funzionato.\n\n"
        f"<{b.rcpt}>:\n"
        "203.0.113.140 does not like recipient.\n"
        f"Remote host said: 550 5.1.1 <{b.rcpt}>... Utente inesistente / User unknown\n"
        "Giving up on 203.0.113.140.\n\n"
        "--- Di seguito una copia del messaggio.\n\n"
        "Return-Path: <receivables@brightway-fs.example>\n"
        f"Received: (qmail 28817 invoked by uid 89); {format_datetime(b.sent)}\n" + returned
    )
    msg = Message()
    msg.set_payload(text)
    msg["From"] = "MAILER-DAEMON@smtp2.collinenet.example"
    msg["To"] = AR_ADDR
    msg["Subject"] = "failure notice"
    msg["Date"] = format_datetime(b.dt)
    msg["Message-ID"] = (
        f"<{number(b.key, 'q', 1000000000, 1999999999)}.{number(b.key, 'q2', 10000, 99999)}@smtp2.collinenet.example>"
    )
    return msg


def bounce_gmail_it_delay(b: Bounce) -> Message:
    paras = [
        "** Messaggio non ancora recapitato **",
        f"Si è verificato un problema temporaneo durante il recapito del tuo messaggio a {b.rcpt}. Gmail riproverà per altre 45 ore. Riceverai una notifica se il recapito non andrà a buon fine in modo definitivo.",
        "La risposta del server remoto è stata:",
        "451 4.3.0 Temporary server error. Please try again later",
    ]
    human = alternative(
        text_part("\n\n".join(paras) + "\n", "plain", "utf-8", "qp"),
        text_part(
            "<html><body>" + "".join(f"<p>{esc(p)}</p>" for p in paras) + "</body></html>\n",
            "html",
            "utf-8",
            "qp",
        ),
    )
    msg = report(
        human,
        dsn(b, "googlemail.com", "delayed", paras[-1], remote="mx." + b.rcpt.split("@")[1]),
        headers_part(b),
    )
    return finish(
        b,
        msg,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Delay)",
    )


BOUNCES = [
    (
        Bounce(
            "bn-en-postfix",
            "en",
            "hard",
            "5.1.1",
            "accounts@wexfordcourt-dental.example",
            "2026-11-25 09:14 +0000",
            "en-GB",
            "BW-26-03866",
            "Postfix RFC 3464 report with the returned message",
        ),
        bounce_postfix,
    ),
    (
        Bounce(
            "bn-en-gmail",
            "en",
            "hard",
            "5.1.1",
            "pantrykitchen.orders@gmail.com",
            "2026-12-07 08:41 +0000",
            "en-GB",
            "BW-26-03958",
        ),
        bounce_gmail_en,
    ),
    (
        Bounce(
            "bn-en-sendmail",
            "en",
            "soft",
            "4.4.1",
            "ap@rockwellfitness-ohio.example",
            "2026-12-14 13:02 -0500",
            "en-US",
            "BW-26-04533",
            "sendmail 4-hour warning: delayed, will retry",
            hard=True,
            queued=timedelta(hours=4, minutes=1),
        ),
        bounce_sendmail_warn,
    ),
    (
        Bounce(
            "bn-de-exchange",
            "de",
            "hard",
            "5.1.10",
            "m.schneider@kanzlei-schneider-bonn.example",
            "2026-12-03 09:22 +0100",
            "de",
            "BW-26-05210",
            "Office 365 NDR in German",
        ),
        bounce_exchange_de,
    ),
    (
        Bounce(
            "bn-de-exim",
            "de",
            "soft",
            "4.2.2",
            "info@baeckerei-hansen-flensburg.example",
            "2026-12-11 08:35 +0100",
            "de",
            "BW-26-05477",
            "Exim delay warning with a German template, plain text, no delivery-status part; mailbox full with a 4.x code",
            hard=True,
            queued=timedelta(hours=24, minutes=3),
        ),
        bounce_exim_de,
    ),
    (
        Bounce(
            "bn-fr-isp",
            "fr",
            "hard",
            "5.1.1",
            "compta@traiteur-lambert-nantes.example",
            "2026-11-30 10:06 +0100",
            "fr",
            "BW-26-05610",
            "provider notice in French, single ISO-8859-1 text part, original headers inline",
            hard=True,
        ),
        bounce_isp_fr,
    ),
    (
        Bounce(
            "bn-fr-full",
            "fr",
            "soft",
            "5.2.2",
            "direction@hotel-lescigales.example",
            "2026-12-16 09:12 +0100",
            "fr",
            "BW-26-05930",
            "mailbox full reported with a 5.x code: soft by convention, the code is kept",
            hard=True,
        ),
        bounce_o365_fr_full,
    ),
    (
        Bounce(
            "bn-es-delay",
            "es",
            "soft",
            "4.4.7",
            "administracion@restaurantemirador-cadiz.example",
            "2026-12-09 17:40 +0100",
            "es",
            "BW-26-06366",
            "Exchange delay notice in Spanish",
            queued=timedelta(hours=8, minutes=4),
        ),
        bounce_exchange_es_delay,
    ),
    (
        Bounce(
            "bn-nl-isp",
            "nl",
            "hard",
            "5.1.1",
            "administratie@bakkerijvandam.example",
            "2026-11-26 08:50 +0100",
            "nl",
            "BW-26-04772",
            "Postfix with a Dutch template, RFC 3464 report with the returned message",
        ),
        bounce_isp_nl,
    ),
    (
        Bounce(
            "bn-nl-gateway",
            "nl",
            "soft",
            "4.7.1",
            "finance@fysiotherapie-delta.example",
            "2026-12-14 11:20 +0100",
            "nl",
            "BW-26-04966",
            "outbound security gateway, greylisting delay in Dutch",
            queued=timedelta(hours=2, minutes=10),
        ),
        bounce_gateway_nl,
    ),
    (
        Bounce(
            "bn-it-qmail",
            "it",
            "hard",
            "5.1.1",
            "ordini@pasticceriaferrante.example",
            "2026-12-01 11:47 +0100",
            "it",
            "BW-26-07066",
            "qmail bounce with an Italian template, not MIME, the message copied inline",
            hard=True,
        ),
        bounce_qmail_it,
    ),
    (
        Bounce(
            "bn-it-gmail",
            "it",
            "soft",
            "4.3.0",
            "amministrazione@hotelcaravaggio-bergamo.example",
            "2026-12-18 10:02 +0100",
            "it",
            "BW-26-07322",
            "Gmail delay notice in Italian",
            queued=timedelta(hours=3, minutes=5),
        ),
        bounce_gmail_it_delay,
    ),
]


# ============================================================================================
# Labels, checks, output
# ============================================================================================

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

DATE_FIELD = {
    "promise_to_pay": "promised_date",
    "payment_sent": "paid_date",
    "auto_reply": "return_date",
}
INVOICE_RE = re.compile(r"^BW-26-\d{5}$")
STATUS_RE = re.compile(r"^[45]\.\d{1,3}\.\d{1,3}$")


def reply_label(r: Reply) -> dict[str, object]:
    label: dict[str, object] = {"intent": r.intent}
    label.update(dict.fromkeys(FIELDS))
    label.update({k: v for k, v in r.labels.items() if k in FIELDS})
    refs = r.labels.get("invoice_refs", [])
    if not isinstance(refs, list):
        raise SystemExit(f"{r.key}: invoice_refs is not a list: {refs!r}")
    label["invoice_refs"] = list(refs)
    label["language"] = r.lang
    label["note"] = r.labels.get("note")
    return label


def bounce_label(b: Bounce) -> dict[str, object]:
    label: dict[str, object] = {"intent": "bounce"}
    label.update(dict.fromkeys(FIELDS))
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


def new_text(r: Reply) -> str:
    """The hand-written text of a reply (what the labels may be read from)."""
    return "\n".join([r.body, *(answer for _, answer in r.inline)])


class BadLabel(Exception):
    """A label that breaks a corpus rule; `check_label` names the message and shows the label."""


def check_label_dates(label: dict[str, object], r: Reply | None) -> None:
    """Each date field belongs to one intent and lies close to (and on the right side of) the message."""
    intent = label["intent"]
    for name in ("promised_date", "paid_date", "return_date"):
        value = label[name]
        if value is None:
            continue
        if DATE_FIELD.get(str(intent)) != name:
            raise BadLabel(f"{name} on a {intent}")
        day = date.fromisoformat(str(value))
        if r is not None:
            local = r.dt.date()
            if name == "paid_date" and day > local:
                raise BadLabel("paid after the message")
            if name != "paid_date" and day < local:
                raise BadLabel("promise/return before the message")
            if abs((day - local).days) > 40:
                raise BadLabel("date too far from the message")


def check_label_money(label: dict[str, object]) -> None:
    """Amount, currency and payment reference: shape, pairing and which intents carry them."""
    intent = label["intent"]
    if label["amount"] is not None and not re.fullmatch(r"\d+\.\d{2}", str(label["amount"])):
        raise BadLabel("amount shape")
    if (label["amount"] is None) != (label["currency"] is None):
        raise BadLabel("amount without currency or the reverse")
    if label["currency"] is not None and label["currency"] not in {"EUR", "GBP", "USD"}:
        raise BadLabel("currency")
    if label["amount"] is not None and intent not in {"payment_sent", "promise_to_pay"}:
        raise BadLabel("amount on an intent that does not carry one")
    if label["payment_reference"] is not None and intent != "payment_sent":
        raise BadLabel("payment reference outside payment_sent")


def check_label_contact(label: dict[str, object]) -> None:
    """A new contact is a lower-case address, and only on wrong_contact."""
    contact = label["new_contact"]
    if contact is not None and (
        label["intent"] != "wrong_contact"
        or contact != str(contact).lower()
        or "@" not in str(contact)
    ):
        raise BadLabel("new_contact")


def check_label_bounce(label: dict[str, object]) -> None:
    """Bounce fields are all set on a bounce (kind following the status code) and unset elsewhere."""
    bounce_fields = (label["bounce_kind"], label["failed_recipient"], label["bounce_status"])
    if label["intent"] != "bounce":
        if any(x is not None for x in bounce_fields):
            raise BadLabel("bounce fields on a non-bounce")
        return
    if (
        None in bounce_fields
        or label["bounce_kind"] not in {"hard", "soft"}
        or not STATUS_RE.match(str(label["bounce_status"]))
    ):
        raise BadLabel("bounce fields")
    status = str(label["bounce_status"])
    expected = "soft" if status.startswith("4.") or status == "5.2.2" else "hard"
    if label["bounce_kind"] != expected:
        raise BadLabel("bounce kind does not follow the status")


def check_label_refs(label: dict[str, object]) -> None:
    refs = label["invoice_refs"]
    if (
        not isinstance(refs, list)
        or not all(INVOICE_RE.match(x) for x in refs)
        or len(set(refs)) != len(refs)
    ):
        raise BadLabel("invoice_refs")


def check_label_in_text(label: dict[str, object], r: Reply) -> None:
    """What the label claims can be read from the hand-written text, and nothing written is missed."""
    refs = label["invoice_refs"]
    assert isinstance(refs, list)  # checked by check_label_refs
    contact = label["new_contact"]
    text = new_text(r) + "\n" + r.html
    for ref in refs:
        if ref[-5:] not in text and ref[-4:] not in text:
            raise BadLabel(f"{ref} is not in the new text")
    for ref in re.findall(r"BW-26-\d{5}", r.body):
        if ref not in refs:
            raise BadLabel(f"{ref} written in the new text but not labelled")
    if contact is not None and str(contact) not in (text + "\n" + r.cc).lower():
        raise BadLabel("new_contact not in the message")
    if label["payment_reference"] is not None and str(label["payment_reference"]) not in text:
        raise BadLabel("payment_reference not in the text")


def check_label(key: str, label: dict[str, object], r: Reply | None, b: Bounce | None) -> None:
    """Stop the build if a label breaks a corpus rule (fields, dates, money, bounces, refs)."""
    try:
        if tuple(label) != LABEL_ORDER[1:]:
            raise BadLabel("keys out of order")
        if label["intent"] not in INTENTS or label["language"] not in LANGS:
            raise BadLabel("intent or language")
        check_label_dates(label, r)
        check_label_money(label)
        check_label_contact(label)
        check_label_bounce(label)
        check_label_refs(label)
        if r is not None:
            check_label_in_text(label, r)
    except BadLabel as why:
        raise SystemExit(f"{key}: label {why}: {label}") from None


def plain_view(part_text: str, subtype: str) -> str:
    if subtype != "html":
        return part_text
    no_tags = re.sub(r"<[^>]+>", "", part_text.replace("<br>", "\n"))
    return html.unescape(no_tags)


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def check_headers(name: str, msg: EmailMessage[BaseHeader, str]) -> None:
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{name}: no {header}")
    for header_name, value in msg.items():
        if getattr(value, "defects", None):
            raise SystemExit(f"{name}: defects in {header_name}: {value.defects}")
        if "=?" in str(value):
            raise SystemExit(f"{name}: undecoded encoded-word in {header_name}: {value}")


def decoded_texts(name: str, msg: EmailMessage[BaseHeader, str]) -> list[str]:
    """Every text part, decoded and reduced to plain words; stops on MIME defects."""
    texts = []
    for part in msg.walk():
        if part.defects:
            raise SystemExit(f"{name}: MIME defects {part.defects}")
        if part.get_content_maintype() == "text":
            content: str = part.get_content()
            if "\ufffd" in content:
                raise SystemExit(f"{name}: undecodable text")
            texts.append(squash(plain_view(content, part.get_content_subtype())))
    if not texts:
        raise SystemExit(f"{name}: no text part")
    return texts


def check_reply_survived(
    name: str, msg: EmailMessage[BaseHeader, str], everything: str, r: Reply
) -> None:
    """The hand-written text, the Cc and the attachment come through encoding intact."""
    probes = [line for line in new_text(r).split("\n") if line.strip()]
    for probe in (probes[0], probes[-1]):
        snippet = squash(probe)[:40]
        if snippet not in everything:
            raise SystemExit(
                f"{name} ({r.key}): hand-written text not found after decoding: {snippet!r}"
            )
    if r.cc and not msg["Cc"]:
        raise SystemExit(f"{name}: Cc lost")
    if r.attach and not any(p.get_content_type() == "application/pdf" for p in msg.walk()):
        raise SystemExit(f"{name}: attachment lost")


def check_message(name: str, data: bytes, r: Reply | None, b: Bounce | None) -> None:
    """Parse the written bytes back and stop the build on defects or lost text."""
    msg = message_from_bytes(data, policy=policy.default)
    check_headers(name, msg)
    everything = " ".join(decoded_texts(name, msg))
    if r is not None:
        check_reply_survived(name, msg, everything, r)
    if b is not None and b.rcpt not in everything and b.rcpt not in data.decode("ascii", "replace"):
        raise SystemExit(f"{name} ({b.key}): failed recipient not in the report")


# key, message, label, the reply or the bounce it was built from, hard case
Built: TypeAlias = tuple[str, Message, dict[str, object], Reply | None, Bounce | None, bool]


def all_messages() -> list[Built]:
    items: list[Built] = []
    for r in REPLIES:
        items.append((r.key, build_reply(r), reply_label(r), r, None, r.hard))
    for b, build in BOUNCES:
        items.append((b.key, build(b), bounce_label(b), None, b, b.hard))
    return items


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


def check_corpus(items: list[Built], labels: list[dict[str, object]]) -> None:
    keys = [item[0] for item in items]
    if len(keys) != 120 or len(set(keys)) != 120:
        raise SystemExit(f"expected 120 distinct keys, got {len(set(keys))}/{len(keys)}")
    bodies = [squash(new_text(r)).lower() for r in REPLIES]
    if len(set(bodies)) != len(bodies):
        raise SystemExit("two replies share the same text")
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    per_intent = Counter(str(x["intent"]) for x in labels)
    if any(per_intent[i] != 12 for i in INTENTS):
        raise SystemExit(f"intents not 12 each: {per_intent}")
    missing = [(i, lang) for i in INTENTS for lang in LANGS if cells[i, lang] == 0]
    if missing:
        raise SystemExit(f"language/intent cells without a message: {missing}")
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    if kinds != Counter({"hard": 6, "soft": 6}):
        raise SystemExit(f"bounce kinds {kinds}")
    for r in REPLIES:
        if not (date(2026, 11, 23) <= r.dt.date() <= date(2026, 12, 18)):
            raise SystemExit(f"{r.key}: date out of range")
    for b, _ in BOUNCES:
        if not (date(2026, 11, 23) <= b.dt.date() <= date(2026, 12, 18)):
            raise SystemExit(f"{b.key}: date out of range")


def write_all() -> tuple[list[dict[str, object]], int]:
    items = all_messages()
    for key, _, label, r, b, _ in items:
        check_label(key, label, r, b)
    check_corpus(items, [item[2] for item in items])
    random.Random(SEED).shuffle(items)
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels = []
    for n, (_, msg, label, r, b, _) in enumerate(items, start=1):
        name = f"{PREFIX}-{n:03d}.eml"
        data = msg.as_bytes()
        check_message(name, data, r, b)
        (HERE / name).write_bytes(data)
        labels.append({"file": name, **label})
    for label in labels:
        if tuple(label) != LABEL_ORDER:
            raise SystemExit(f"{label['file']}: label keys out of order")
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels, sum(1 for item in items if item[5])


def main() -> int:
    labels, hard = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {dict(sorted(kinds.items()))}; hard cases: {hard}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
