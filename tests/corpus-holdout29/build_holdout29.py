#!/usr/bin/env python3
# ruff: noqa: E501, RUF001
"""Build held-out reply corpus 29: `h29-NNN.eml` files and `labels.jsonl`.

Every message lands in the receivables mailbox of Resonanz Audio Rental GmbH (a music-equipment
rental and sound-engineering firm in Cologne) after it sent an overdue reminder. The new text of
each message is written by hand below. This script adds only what a mail client or a mail server
would add: the quoted reminder in the client's layout and language, headers, MIME structure,
charsets and transfer encodings. Bounce skeletons (delivery-status fields, returned messages) are
generated; their human-readable parts are written out one by one.

Deterministic: fixed shuffle seed, boundaries and Message-IDs derived from each message's key, no
clock. Standard library only. Run it from anywhere; it writes next to itself.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import random
import sys
import textwrap
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from email import charset as cs
from email import message_from_bytes, policy
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.policy import compat32
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 29112026
PREFIX = "h29"
AR_NAME = "Resonanz Audio Rental Receivables"
AR_ADDR = "receivables@resonanz-audio.example"
AR_DOMAIN = "resonanz-audio.example"
AR_MTA = "mx-out1.resonanz-audio.example"
COLOGNE = timezone(timedelta(hours=1))
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
# Headers are written as the clients write them: encoded words come pre-folded, ids are not folded.
GENERATE = compat32.clone(max_line_length=998)
ALL_KEYS = ("file", "intent", *LABEL_KEYS, "invoice_refs", "language", "note")


# RFC 3676 signature separator: the trailing space is part of it.
SIG_SEPARATOR = "-- "


def d(text: str) -> str:
    """Hand-written text: dedented, without the leading newline and trailing blanks."""
    return textwrap.dedent(text).strip("\n").rstrip()


# --------------------------------------------------------------------------------------------
# Locale tables (what each client prints around a reply)
# --------------------------------------------------------------------------------------------

WD_SHORT = {
    "en": "Mon Tue Wed Thu Fri Sat Sun",
    "de": "Mo Di Mi Do Fr Sa So",
    "fr": "lun mar mer jeu ven sam dim",
    "es": "lun mar mié jue vie sáb dom",
    "nl": "ma di wo do vr za zo",
    "it": "lun mar mer gio ven sab dom",
}
WD_LONG = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
}
MON_SHORT = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}
MON_LONG = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
}
GMAIL_ATTR = {
    "en": "On {wds}, {d} {mons} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "us": "On {wds}, {monl3} {d}, {y} at {h12}:{mm}\u202f{ampm} {name} <{addr}> wrote:",
    "de": "Am {wds}., {d}. {mons} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wds}. {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wds}, {d} {mons} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wds} {d} {mons} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wds} {d} {mons} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTR = {
    "en": "On {d} {monl3} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "us": "On {monl3} {d}, {y}, at {h12}:{mm}\u202f{ampm}, {name} <{addr}> wrote:",
    "de": "Am {d}. {mons} {y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {mons} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mons} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mons} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
TB_ATTR = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "us": "On {mo}/{dd}/{y} {h12}:{mm} {ampm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{yy} {HH}:{mm}, {name} ha scritto:",
}
OUTLOOK_DATE = {
    "en": "{wdl}, {d} {monl} {y} {HH}:{mm}",
    "us": "{wdl}, {monl} {d}, {y} {h12}:{mm} {ampm}",
    "de": "{wdl}, {d}. {monl} {y} {HH}:{mm}",
    "fr": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "es": "{wdl}, {d} de {monl} de {y} {H}:{mm}",
    "nl": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "it": "{wdl} {d} {monl} {y} {HH}:{mm}",
}
# divider, From, Sent, To, Subject, separator
OUTLOOK_LABELS = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject", ": "),
    "us": ("-----Original Message-----", "From", "Sent", "To", "Subject", ": "),
    "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff", ": "),
    "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : "),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": "),
    "nl": ("-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "Onderwerp", ": "),
    "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ": "),
}
OUTLOOK_RE = {
    "en": "RE: ",
    "us": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
IPHONE_SIG = {
    "en": "Sent from my iPhone",
    "us": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
}
ANDROID_SIG = {
    "en": "Get Outlook for Android",
    "us": "Get Outlook for Android",
    "de": "Outlook für Android herunterladen",
    "fr": "Télécharger Outlook pour Android",
    "es": "Obtener Outlook para Android",
    "nl": "Outlook voor Android downloaden",
    "it": "Scarica Outlook per Android",
}
GALAXY = {  # Samsung Email: signature, original-message divider, labels
    "en": (
        "Sent from my Galaxy",
        "-------- Original message --------",
        "From",
        "Date",
        "To",
        "Subject",
    ),
    "us": (
        "Sent from my Galaxy",
        "-------- Original message --------",
        "From",
        "Date",
        "To",
        "Subject",
    ),
    "de": (
        "Von meinem Galaxy gesendet",
        "-------- Ursprüngliche Nachricht --------",
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

# --------------------------------------------------------------------------------------------
# The reminder that Resonanz sent (quoted by the replies, returned inside bounces)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Payment reminder – invoice {inv} overdue",
    "de": "Zahlungserinnerung – Rechnung {inv} überfällig",
    "fr": "Rappel de paiement – facture {inv} échue",
    "es": "Recordatorio de pago – factura {inv} vencida",
    "nl": "Betalingsherinnering – factuur {inv} vervallen",
    "it": "Promemoria di pagamento – fattura {inv} scaduta",
}
REMINDER_BODY = {
    "en": """\
Hello,

This is a friendly reminder that the invoice below is past its due date:

  Invoice no.:        {inv}
  Invoice date:       {issued}
  Due date:           {due}
  Amount outstanding: {amt}

If payment is already on its way, please disregard this note, or simply reply with the payment date and reference so that we can match it. If something about the invoice is not right, reply to this email and we will look into it.

Best regards,

Accounts Receivable
Resonanz Audio Rental GmbH
Hansaring 112, 50670 Köln, Germany
receivables@resonanz-audio.example""",
    "de": """\
Guten Tag,

bei der Durchsicht unserer Konten ist uns aufgefallen, dass folgende Rechnung noch offen ist:

  Rechnungsnummer: {inv}
  Rechnungsdatum:  {issued}
  Fällig seit:     {due}
  Offener Betrag:  {amt}

Falls Sie die Zahlung bereits angewiesen haben, betrachten Sie diese Nachricht bitte als gegenstandslos oder teilen Sie uns kurz Zahlungsdatum und Referenz mit. Sollte mit der Rechnung etwas nicht stimmen, antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen

Debitorenbuchhaltung
Resonanz Audio Rental GmbH
Hansaring 112, 50670 Köln
receivables@resonanz-audio.example""",
    "fr": """\
Bonjour,

Sauf erreur ou omission de notre part, la facture ci-dessous n'a pas encore été réglée :

  N° de facture :       {inv}
  Date de facture :     {issued}
  Échéance :            {due}
  Montant restant dû :  {amt}

Si votre règlement est déjà parti, merci de ne pas tenir compte de ce rappel ou de nous indiquer la date et la référence du paiement. En cas de question sur cette facture, répondez simplement à ce message.

Bien cordialement,

Service comptabilité clients
Resonanz Audio Rental GmbH
Hansaring 112, 50670 Cologne (Allemagne)
receivables@resonanz-audio.example""",
    "es": """\
Hola:

Le escribimos porque, según nuestra contabilidad, la siguiente factura sigue pendiente de pago:

  N.º de factura:     {inv}
  Fecha de factura:   {issued}
  Vencimiento:        {due}
  Importe pendiente:  {amt}

Si ya ha realizado el pago, no tenga en cuenta este aviso o indíquenos la fecha y la referencia para poder conciliarlo. Si hay algún problema con la factura, basta con responder a este correo.

Un saludo,

Departamento de cobros
Resonanz Audio Rental GmbH
Hansaring 112, 50670 Colonia (Alemania)
receivables@resonanz-audio.example""",
    "nl": """\
Beste klant,

Volgens onze administratie is de onderstaande factuur nog niet voldaan:

  Factuurnummer:     {inv}
  Factuurdatum:      {issued}
  Vervaldatum:       {due}
  Openstaand bedrag: {amt}

Heeft u inmiddels betaald, dan kunt u deze herinnering als niet verzonden beschouwen of ons de betaaldatum en het betalingskenmerk laten weten. Klopt er iets niet aan de factuur, reageer dan gewoon op deze e-mail.

Met vriendelijke groet,

Debiteurenadministratie
Resonanz Audio Rental GmbH
Hansaring 112, 50670 Keulen (Duitsland)
receivables@resonanz-audio.example""",
    "it": """\
Gentile cliente,

dai nostri controlli risulta ancora aperta la seguente fattura:

  Fattura n.:         {inv}
  Data fattura:       {issued}
  Scadenza:           {due}
  Importo da saldare: {amt}

Se ha già provveduto al pagamento, consideri nullo questo promemoria oppure ci comunichi data e riferimento del pagamento. Per qualsiasi problema relativo alla fattura può rispondere direttamente a questa e-mail.

Cordiali saluti,

Ufficio crediti
Resonanz Audio Rental GmbH
Hansaring 112, 50670 Colonia (Germania)
receivables@resonanz-audio.example""",
}
LATIN1_FIXES = {
    "–": "-",
    "€": "EUR",
    "’": "'",
    "…": "...",
    "\u202f": " ",
    "„": '"',
    "“": '"',
    "”": '"',
}


def money(lang: str, amount: str, cur: str) -> str:
    whole, cents = amount.split(".")
    n = int(whole)
    sym = {"EUR": "€", "GBP": "£", "USD": "$"}[cur]
    if lang == "en":
        return f"{sym}{n:,}.{cents}"
    if lang == "fr":
        return f"{n:,}".replace(",", " ") + f",{cents} {sym}"
    dotted = f"{n:,}".replace(",", ".") + f",{cents}"
    if lang in {"de", "es"}:
        return f"{dotted} {sym}"
    return f"{sym} {dotted}"


def day_text(lang: str, day: date) -> str:
    if lang == "de":
        return f"{day:%d.%m.%Y}"
    if lang == "nl":
        return f"{day:%d-%m-%Y}"
    return f"{day:%d/%m/%Y}"


# --------------------------------------------------------------------------------------------
# Hashing, ids, dates
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"h29:{salt}:{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:n]


def num(key: str, salt: str, lo: int, hi: int) -> int:
    return lo + int.from_bytes(digest(key, salt)[:4], "big") % (hi - lo + 1)


def reminder_msgid(key: str) -> str:
    return f"<reminder.{b32(key, 'reminder', 16).lower()}@{AR_DOMAIN}>"


def parse_when(when: str) -> datetime:
    return datetime.strptime(when, "%Y-%m-%d %H:%M %z")


def reminder_sent(reply: datetime, days_before: int) -> datetime:
    """The reminder left Cologne on a working day before the reply, in the morning batch."""
    local = reply.astimezone(COLOGNE)
    day = local - timedelta(days=days_before)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day.replace(hour=7, minute=30 + day.day % 20, second=5 + day.day)


def date_fields(loc: str, dt: datetime) -> dict[str, str]:
    base = "en" if loc == "us" else loc
    wd, mo = dt.weekday(), dt.month - 1
    return {
        "wds": WD_SHORT[base].split()[wd],
        "wdl": WD_LONG[base].split()[wd],
        "mons": MON_SHORT[base].split()[mo],
        "monl": MON_LONG[base].split()[mo],
        "monl3": MON_LONG[base].split()[mo][:3],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "HH": f"{dt.hour:02d}",
        "H": str(dt.hour),
        "mm": f"{dt.minute:02d}",
        "h12": str((dt.hour - 1) % 12 + 1),
        "ampm": "AM" if dt.hour < 12 else "PM",
    }


def fmt(template: str, loc: str, dt: datetime, **extra: str) -> str:
    return template.format(**date_fields(loc, dt), **extra)


# --------------------------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------------------------


def lab(
    refs: tuple[str, ...] = (), note: str | None = None, **fields: str | None
) -> dict[str, object]:
    """Label fields beyond intent and language (`refs`: Resonanz invoice numbers in the new text)."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label keys {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


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
    labels: dict[str, object] = field(default_factory=dict)
    loc: str = ""  # client locale when it differs from the language ("us")
    rlang: str = ""  # language of the reminder when it differs
    inv: str = ""
    amt: str = ""
    cur: str = "EUR"
    subject: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    attach: tuple[str, bytes] | None = None
    threaded: bool = True
    cc: str = ""
    html_body: str = ""  # hand-written markup for HTML notices

    @property
    def dt(self) -> datetime:
        return parse_when(self.when)

    @property
    def client(self) -> str:
        return self.loc or self.lang

    @property
    def reminder_lang(self) -> str:
        return self.rlang or self.lang

    @property
    def invoice(self) -> str:
        return self.inv or f"RA-2026-{num(self.key, 'inv', 2801, 3199)}"

    @property
    def amount(self) -> str:
        return (
            self.amt
            or f"{num(self.key, 'amt', 240, 3400)}.{(0, 50, 80, 0, 20)[num(self.key, 'c', 0, 4)]:02d}"
        )


def latin1_safe(text: str) -> str:
    for bad, good in LATIN1_FIXES.items():
        text = text.replace(bad, good)
    return text


def for_charset(text: str, charset: str) -> str:
    return latin1_safe(text) if charset == "iso-8859-1" else text


def reminder_dates(key: str, sent: datetime) -> tuple[date, date]:
    due = sent.date() - timedelta(days=num(key, "due", 9, 34))
    return due - timedelta(days=30), due


def reminder_text(lang: str, key: str, *, inv: str, amount: str, cur: str, sent: datetime) -> str:
    """The reminder body in `lang`, with dates derived from `key` and the sending time."""
    issued, due = reminder_dates(key, sent)
    return REMINDER_BODY[lang].format(
        inv=inv,
        issued=day_text(lang, issued),
        due=day_text(lang, due),
        amt=money(lang, amount, cur),
    )


@dataclass(frozen=True)
class Quote:
    """The reminder as the replying client shows it."""

    text: str
    subject: str
    sent: datetime  # in the replier's time zone
    loc: str
    to: str


def make_quote(r: Reply) -> Quote:
    sent = reminder_sent(r.dt, num(r.key, "days", 1, 4))
    text = reminder_text(
        r.reminder_lang, r.key, inv=r.invoice, amount=r.amount, cur=r.cur, sent=sent
    )
    subject = REMINDER_SUBJECT[r.reminder_lang].format(inv=r.invoice)
    name, addr = r.who
    to = f"{name} <{addr}>" if name else addr
    return Quote(
        for_charset(text, r.charset),
        for_charset(subject, r.charset),
        sent.astimezone(r.dt.tzinfo),
        r.client,
        to,
    )


# --------------------------------------------------------------------------------------------
# MIME helpers
# --------------------------------------------------------------------------------------------


def body_charset(name: str, cte: str) -> cs.Charset:
    charset = cs.Charset(name)
    # 0 is neither QP nor BASE64: the body goes out unencoded as 7bit or 8bit.
    charset.body_encoding = {"qp": cs.QP, "b64": cs.BASE64, "8bit": 0, "7bit": 0}[cte]
    return charset


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    text.encode(charset)  # raises if the hand-written text does not fit the charset
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, body_charset(charset, cte))
    return part


def header_text(value: str, charset: str, name: str = "Subject") -> str:
    if value.isascii():
        return value
    enc = charset if charset in {"iso-8859-1", "windows-1252"} else "utf-8"
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
    enc = charset if charset in {"iso-8859-1", "windows-1252"} else "utf-8"
    try:
        name.encode(enc)
    except UnicodeEncodeError:
        enc = "utf-8"
    return f"{Header(name, enc).encode()} <{addr}>"


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


def alternative(r: Reply, text: str, markup: str) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(text, "plain", r.charset, r.cte))
    outer.attach(text_part(markup, "html", r.charset, r.cte))
    return outer


# --------------------------------------------------------------------------------------------
# Client layouts
# --------------------------------------------------------------------------------------------


def outlook_rows(q: Quote) -> list[tuple[str, str]]:
    _, frm, sent, to, subj, _ = OUTLOOK_LABELS[q.loc]
    return [
        (frm, f"{AR_NAME} <{AR_ADDR}>"),
        (sent, fmt(OUTLOOK_DATE[q.loc], q.loc, q.sent)),
        (to, q.to),
        (subj, q.subject),
    ]


def outlook_block(q: Quote) -> str:
    sep = OUTLOOK_LABELS[q.loc][5]
    return "\n".join(f"{label}{sep}{value}" for label, value in outlook_rows(q))


def style_outlook(r: Reply, q: Quote) -> Message:
    text = f"{r.body}\n\n{OUTLOOK_LABELS[q.loc][0]}\n{outlook_block(q)}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, r.cte)


def word_html(r: Reply, q: Quote) -> str:
    sep = OUTLOOK_LABELS[q.loc][5].rstrip()
    head = "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(sep)}</b> {html.escape(value)}"
        for label, value in outlook_rows(q)
    )
    lang_attr = {"en": "EN-GB", "us": "EN-US"}.get(q.loc, q.loc.upper())
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle19 {mso-style-type:personal-reply;}\n--></style>\n</head>\n"
        f'<body lang="{lang_attr}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n'
        f"{mso_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso_paragraphs(q.text)}\n</div>\n</body>\n</html>\n"
    )


def style_outlook_html(r: Reply, q: Quote) -> Message:
    text = f"{r.body}\n\n{outlook_block(q)}\n\n{q.text}\n"
    return alternative(r, text, word_html(r, q))


def style_html_only(r: Reply, q: Quote) -> Message:
    return text_part(word_html(r, q), "html", r.charset, r.cte)


def style_owa(r: Reply, q: Quote) -> Message:
    text = f"{r.body}\n\n{'_' * 32}\n{outlook_block(q)}\n\n{q.text}\n"
    sep = OUTLOOK_LABELS[q.loc][5].rstrip()
    head = "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(sep)}</b> {html.escape(value)}"
        for label, value in outlook_rows(q)
    )
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}">'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>'
        '</head><body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
        f"{html_lines(r.body)}</div>\n"
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{head}</font>\n<div>&nbsp;</div></div>\n"
        f'<div class="BodyFragment"><font size="2"><span style="font-size:11pt;"><div class="PlainText">{html_lines(q.text)}</div></span></font></div>\n'
        "</body></html>\n"
    )
    return alternative(r, text, markup)


def gmail_attr(q: Quote) -> str:
    return fmt(GMAIL_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def style_gmail(r: Reply, q: Quote) -> Message:
    attr = gmail_attr(q)
    text = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_lines(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )
    return alternative(r, text, markup)


def style_gmail_plain(r: Reply, q: Quote) -> Message:
    return text_part(
        f"{r.body}\n\n{gmail_attr(q)}\n\n{quote_lines(q.text)}\n", "plain", r.charset, r.cte
    )


def apple_attr(q: Quote) -> str:
    return fmt(APPLE_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def style_apple(r: Reply, q: Quote) -> Message:
    return text_part(
        f"{r.body}\n\n{apple_attr(q)}\n\n{quote_lines(q.text)}\n", "plain", r.charset, r.cte
    )


def style_apple_html(r: Reply, q: Quote) -> Message:
    text = f"{r.body}\n\n{apple_attr(q)}\n\n{quote_lines(q.text)}\n"
    markup = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        + "".join(
            f"<div>{html.escape(line, quote=False) or '<br>'}</div>" for line in r.body.split("\n")
        )
        + f'<div><br><blockquote type="cite"><div>{html.escape(apple_attr(q))}</div><br>'
        f"<div>{html_paragraphs(q.text)}</div></blockquote></div><br></body></html>\n"
    )
    return alternative(r, text, markup)


def iphone_text(r: Reply, q: Quote) -> str:
    quoted = quote_lines(f"{apple_attr(q)}\n\n{q.text}")
    return f"{r.body}\n\n{IPHONE_SIG[q.loc]}\n\n{quoted}\n"


def style_iphone(r: Reply, q: Quote) -> Message:
    return text_part(iphone_text(r, q), "plain", r.charset, r.cte)


def style_iphone_html(r: Reply, q: Quote) -> Message:
    markup = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        f'<body dir="auto"><div dir="ltr">{html_lines(r.body)}</div>'
        f'<div dir="ltr"><br><div dir="ltr">{IPHONE_SIG[q.loc]}</div>'
        f'<div dir="ltr"><br><blockquote type="cite">{html.escape(apple_attr(q))}<br><br>'
        f"{html_paragraphs(q.text)}</blockquote></div></div></body></html>\n"
    )
    return alternative(r, iphone_text(r, q), markup)


def tb_attr(q: Quote) -> str:
    return fmt(TB_ATTR[q.loc], q.loc, q.sent, name=AR_NAME)


def style_thunderbird(r: Reply, q: Quote) -> Message:
    part = text_part(
        f"{r.body}\n\n{tb_attr(q)}\n{quote_lines(q.text)}\n", "plain", r.charset, r.cte
    )
    if r.charset == "utf-8":
        part.set_param("format", "flowed")
    return part


def inline_text(r: Reply, q: Quote) -> str:
    """Replies written between the quoted paragraphs: [[Qn]] stands for paragraph n."""
    paragraphs = q.text.split("\n\n")
    text = r.body
    for n, para in enumerate(paragraphs):
        text = text.replace(f"[[Q{n}]]", quote_lines(para))
    return text


def with_attr(text: str, attr: str) -> str:
    """The attribution goes where [[ATTR]] stands, or on top."""
    return text.replace("[[ATTR]]", attr) if "[[ATTR]]" in text else f"{attr}\n{text}"


def style_inline_tb(r: Reply, q: Quote) -> Message:
    return text_part(with_attr(inline_text(r, q), tb_attr(q)) + "\n", "plain", r.charset, r.cte)


def style_inline_gmail(r: Reply, q: Quote) -> Message:
    return text_part(with_attr(inline_text(r, q), gmail_attr(q)) + "\n", "plain", r.charset, r.cte)


def style_bottom(r: Reply, q: Quote) -> Message:
    return text_part(
        f"{tb_attr(q)}\n{quote_lines(q.text)}\n\n{r.body}\n", "plain", r.charset, r.cte
    )


def style_android(r: Reply, q: Quote) -> Message:
    text = f"{r.body}\n\n{ANDROID_SIG[q.loc]}\n{'_' * 32}\n{outlook_block(q)}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def style_galaxy(r: Reply, q: Quote) -> Message:
    sig, divider, frm, dat, to, subj = GALAXY[q.loc]
    offset = q.sent.strftime("%z")
    stamp = f"{q.sent:%d/%m/%Y %H:%M} (GMT{offset[:3]}:{offset[3:]})"
    block = f"{divider}\n{frm}: {AR_NAME} <{AR_ADDR}>\n{dat}: {stamp}\n{to}: {q.to}\n{subj}: {q.subject}"
    text = f"{r.body}\n\n\n\n{sig}\n\n\n{block}\n\n{q.text}\n"
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head><body>'
        f'<div dir="auto">{html_lines(r.body)}</div><div dir="auto"><br></div><div dir="auto"><br></div>'
        f'<div id="composer_signature" dir="auto"><div style="font-size:85%;color:#575757" dir="auto">{html.escape(sig)}</div></div>'
        f'<div dir="auto"><br></div><div><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000">'
        f"<div>{html_lines(block)}</div></div><br>{html_paragraphs(q.text)}</body></html>\n"
    )
    return alternative(r, text, markup)


def style_none(r: Reply, q: Quote) -> Message:
    del q  # automatic notices quote nothing
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


def style_none_html(r: Reply, q: Quote) -> Message:
    del q
    return text_part(r.html_body, "html", r.charset, r.cte)


def style_none_alt(r: Reply, q: Quote) -> Message:
    del q
    return alternative(r, r.body + "\n", r.html_body)


STYLES = {
    "outlook": style_outlook,
    "outlook_html": style_outlook_html,
    "html_only": style_html_only,
    "owa": style_owa,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "apple": style_apple,
    "apple_html": style_apple_html,
    "iphone": style_iphone,
    "iphone_html": style_iphone_html,
    "thunderbird": style_thunderbird,
    "inline_tb": style_inline_tb,
    "inline_gmail": style_inline_gmail,
    "bottom": style_bottom,
    "android": style_android,
    "galaxy": style_galaxy,
    "none": style_none,
    "none_html": style_none_html,
    "none_alt": style_none_alt,
}
OUTLOOK_FAMILY = {"outlook", "outlook_html", "html_only", "owa", "android"}
STYLE_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "apple_html": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22C152)"),),
    "iphone_html": (("X-Mailer", "iPhone Mail (22C152)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
    "inline_tb": (
        (
            "User-Agent",
            "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0",
        ),
    ),
    "bottom": (
        (
            "User-Agent",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Thunderbird/128.6.0",
        ),
    ),
}
BOUNDARY_PREFIX = {
    "gmail": "000000000000",
    "apple_html": "Apple-Mail=_",
    "iphone_html": "Apple-Mail-",
    "galaxy": "--_com.samsung.android.email_",
}


def reply_msgid(r: Reply) -> str:
    raw = digest(r.key, "reply")
    domain = r.who[1].split("@")[1]
    if r.style in {"gmail", "gmail_plain", "inline_gmail"}:
        tail = base64.urlsafe_b64encode(raw).decode().rstrip("=")[:42]
        return f"<CA{tail}@mail.gmail.com>"
    if r.style in OUTLOOK_FAMILY:
        region = "NAMPRD12" if r.client == "us" else "EURPRD0" + str(raw[0] % 9 + 1)
        return f"<{b32(r.key, 'ms', 24)}@{b32(r.key, 'host', 10)}.{region}.PROD.OUTLOOK.COM>"
    if r.style in {"apple", "apple_html", "iphone", "iphone_html"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if r.style in {"thunderbird", "inline_tb", "bottom"}:
        h = raw.hex()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if r.style == "galaxy":
        return f"<{raw.hex()[:20]}.{raw.hex()[20:26]}@email.android.com>"
    return f"<{raw.hex()[:26]}@{domain}>"


def reply_subject(r: Reply, q: Quote) -> str:
    if r.subject:
        return r.subject.format(rsub=q.subject)
    prefix = OUTLOOK_RE[q.loc] if r.style in OUTLOOK_FAMILY else "Re: "
    return prefix + q.subject


def content_headers_last(msg: Message) -> None:
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "MIME-Version" not in msg and "Content-Type" in msg:
        msg["MIME-Version"] = "1.0"


def strip_part_versions(part: Message, root: bool = True) -> None:
    if not root:
        del part["MIME-Version"]
    if part.is_multipart():
        for sub in part.get_payload():
            if isinstance(sub, Message):
                strip_part_versions(sub, root=part.get_content_type() == "message/rfc822")


def fix_boundaries(msg: Message, key: str, style: str) -> None:
    prefix = BOUNDARY_PREFIX.get(style, "_000_" if style in OUTLOOK_FAMILY else "----=_Part_")
    parts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(parts):
        part.set_boundary(prefix + b32(key, f"boundary{n}", 26))


def finalize(msg: Message, key: str, style: str) -> Message:
    content_headers_last(msg)
    strip_part_versions(msg)
    fix_boundaries(msg, key, style)
    return msg


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


def build_reply(r: Reply) -> Message:
    q = make_quote(r)
    msg = with_attachment(r, STYLES[r.style](r, q))
    msg["From"] = address(*r.who, r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    if r.cc:
        msg["Cc"] = r.cc
    msg["Subject"] = header_text(reply_subject(r, q), r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r)
    if r.threaded:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    extra: list[tuple[str, str]] = []
    if r.style in OUTLOOK_FAMILY:
        extra = [
            ("Thread-Topic", header_text(q.subject, r.charset, "Thread-Topic")),
            ("Thread-Index", base64.b64encode(digest(r.key, "thread")[:22]).decode()),
            (
                "Accept-Language",
                {"us": "en-US", "en": "en-GB"}.get(r.client, f"{r.lang}-{r.lang.upper()}"),
            ),
            (
                "Content-Language",
                {"us": "en-US", "en": "en-GB"}.get(r.client, f"{r.lang}-{r.lang.upper()}"),
            ),
            ("X-MS-Has-Attach", "yes" if r.attach else ""),
        ]
    for name, value in [*extra, *STYLE_HEADERS.get(r.style, ()), *r.headers]:
        msg[name] = value
    return finalize(msg, r.key, r.style)


AUTO_R = ("Auto-Submitted", "auto-replied")
AUTO_G = ("Auto-Submitted", "auto-generated")
XARS = ("X-Auto-Response-Suppress", "All")
FAKE_PDF = (
    b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Danny Kerrigan", "danny@lowlandhum.example"),
        "2026-12-02 08:14 +0000",
        "iphone",
        "Paid.",
        lab(note="one word answering an overdue reminder; no date, amount or reference"),
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        ("Harrowgate Live AP", "ap-noreply@harrowgatelive.example"),
        "2026-12-04 06:02 +0000",
        "none_alt",
        d("""
            REMITTANCE ADVICE

            Payer:          Harrowgate Live Ltd, 14 Mill Lane, Harrogate
            Payee:          Resonanz Audio Rental GmbH
            Supplier no.:   V-00731

            Payment number: 000418822
            Payment date:   04-Dec-2026
            Payment method: SEPA credit transfer
            Currency:       EUR

            Invoice number    Invoice date    Amount paid
            RA-2026-3107      22-Oct-2026        1,640.00
                                              -----------
            Total paid                           1,640.00

            This advice was generated automatically by our accounts payable system. Please do not reply to this address. Payment queries: payables@harrowgatelive.example
        """),
        lab(
            ("RA-2026-3107",),
            paid_date="2026-12-04",
            payment_reference="000418822",
            amount="1640.00",
            currency="EUR",
            note="AP-system remittance advice with Auto-Submitted: auto-generated, not a reply: payment_sent; the queries address is not a new contact",
        ),
        inv="RA-2026-3107",
        amt="1640.00",
        subject="Remittance advice 000418822 - Resonanz Audio Rental GmbH",
        headers=(AUTO_G, ("X-Mailer", "PayRun AP Cloud 7.4")),
        threaded=False,
        html_body=d("""
            <html><body style="font-family:Arial,sans-serif;font-size:10pt">
            <h2 style="color:#1F3864">REMITTANCE ADVICE</h2>
            <table cellpadding="2"><tr><td>Payer:</td><td>Harrowgate Live Ltd, 14 Mill Lane, Harrogate</td></tr>
            <tr><td>Payee:</td><td>Resonanz Audio Rental GmbH</td></tr>
            <tr><td>Supplier no.:</td><td>V-00731</td></tr>
            <tr><td>Payment number:</td><td><b>000418822</b></td></tr>
            <tr><td>Payment date:</td><td>04-Dec-2026</td></tr>
            <tr><td>Payment method:</td><td>SEPA credit transfer</td></tr>
            <tr><td>Currency:</td><td>EUR</td></tr></table>
            <table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;margin-top:12px">
            <tr style="background:#D9E2F3"><th>Invoice number</th><th>Invoice date</th><th>Amount paid</th></tr>
            <tr><td>RA-2026-3107</td><td>22-Oct-2026</td><td align="right">1,640.00</td></tr>
            <tr><td colspan="2"><b>Total paid</b></td><td align="right"><b>1,640.00</b></td></tr></table>
            <p style="color:#7F7F7F;font-size:8pt">This advice was generated automatically by our accounts payable system. Please do not reply to this address. Payment queries: payables@harrowgatelive.example</p>
            </body></html>
        """)
        + "\n",
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Marisol Okafor", "marisol@copperfinchtouring.example"),
        "2026-12-08 23:40 -0500",
        "gmail",
        d("""
            Hi there,

            Sorry for the lag on this one — the wire went out yesterday afternoon from our operating account. Details below in case your bank needs them:

            Amount: EUR 2,385.00
            Invoice: RA-2026-2981 (Copper Finch EU run, Hamburg–Lyon)
            Wire confirmation #: WR-88120457

            International wires usually take 2-3 business days on our end, so it should land by the end of the week. Let me know if it doesn't show.

            Thanks,
            Marisol

            --
            Marisol Okafor | Tour Manager
            Copper Finch Touring LLC
            Nashville, TN
        """),
        lab(
            ("RA-2026-2981",),
            paid_date="2026-12-07",
            payment_reference="WR-88120457",
            amount="2385.00",
            currency="EUR",
            note="sent late on 8 Dec in New York (already 9 Dec in UTC): 'yesterday' is 7 Dec in the sender's zone",
        ),
        loc="us",
        inv="RA-2026-2981",
        amt="2385.00",
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Gerhard Wöllner", "kasse@st-matthaeus-gemeinde.example"),
        "2026-11-30 19:12 +0100",
        "outlook",
        d("""
            Sehr geehrte Damen und Herren,

            den Betrag von 1.185,60 EUR haben wir am Freitag, 27.11.2026, überwiesen (Verwendungszweck: RA-2026-3044 Adventskonzert). Die Gutschrift müsste inzwischen bei Ihnen eingegangen sein.

            Da ich die Kasse ehrenamtlich führe und meist nur abends dazu komme, bitte ich die Verzögerung zu entschuldigen.

            Mit freundlichen Grüßen
            Gerhard Wöllner
            Kassenwart
            Ev.-Luth. Kirchengemeinde St. Matthäus
        """),
        lab(
            ("RA-2026-3044",),
            paid_date="2026-11-27",
            amount="1185.60",
            currency="EUR",
            note="volunteer treasurer; the Verwendungszweck is the invoice number, not a payment reference; ISO-8859-1",
        ),
        inv="RA-2026-3044",
        amt="1185.60",
        charset="iso-8859-1",
    ),
    Reply(
        "ps-de-2",
        "payment_sent",
        "de",
        ("Kai Rüter", "kai.rueter@web.de"),
        "2026-12-11 13:47 +0100",
        "android",
        "erledigt",
        lab(note="one word 'erledigt' answering a payment reminder reads as paid; no date"),
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Sophie Marchand", "comptabilite@theatre-des-lilas.example"),
        "2026-12-03 15:26 +0100",
        "outlook_html",
        d("""
            Bonjour,

            Le virement de 2 340,00 € a été émis ce jour en règlement de votre facture RA-2026-3012 (référence de l'opération : VIR-TDL-26-1187).

            Le délai de réception est en général de 24 à 48 heures ouvrées.

            Bien cordialement,

            Sophie Marchand
            Comptabilité fournisseurs
            Théâtre des Lilas – Scène conventionnée

            Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous avez reçu ce message par erreur, merci d'en avertir l'expéditeur et de le supprimer.
        """),
        lab(
            ("RA-2026-3012",),
            paid_date="2026-12-03",
            payment_reference="VIR-TDL-26-1187",
            amount="2340.00",
            currency="EUR",
        ),
        inv="RA-2026-3012",
        amt="2340.00",
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Dj Kamel", "djkamel.events@gmail.com"),
        "2026-12-10 08:03 +0100",
        "galaxy",
        "bjr, c regle depuis hier soir par virement instantane. verifiez svp, ca doit etre arrivé vu que c instantané\nKamel",
        lab(
            paid_date="2026-12-09",
            note="SMS spelling, accents mostly missing; 'hier soir' is 9 Dec",
        ),
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Lucía Ferrer", "lucia@ferrerbodas.example"),
        "2026-12-10 12:31 +0100",
        "iphone",
        "Hola,\n\nYa está pagada. Hicimos la transferencia el lunes, te adjunto el justificante.\n\nUn saludo,\nLucía",
        lab(
            paid_date="2026-12-07",
            note="'el lunes' in the past: the Monday before Thu 10 Dec; transfer proof attached as a PDF",
        ),
        attach=("justificante_transferencia.pdf", FAKE_PDF),
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Tesorería Ayuntamiento de Valdemora", "tesoreria@valdemora.example"),
        "2026-12-02 10:48 +0100",
        "outlook",
        d("""
            Buenos días:

            Les comunicamos que con fecha 1 de diciembre de 2026 se ha ordenado el pago de la factura RA-2026-2877, por importe de 3.025,00 €, correspondiente al equipo de sonido de las Fiestas Patronales, mediante transferencia a la cuenta que figura en la factura (mandamiento de pago n.º 2026/00871).

            Atentamente,

            Tesorería Municipal
            Ayuntamiento de Valdemora
            Plaza Mayor, 1 – 28990 Valdemora (Madrid)

            AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. Si no es usted el destinatario indicado, queda notificado de que la utilización, divulgación o copia sin autorización está prohibida. Si ha recibido este mensaje por error, le rogamos que lo comunique inmediatamente por esta misma vía y proceda a su destrucción.
        """),
        lab(
            ("RA-2026-2877",),
            paid_date="2026-12-01",
            payment_reference="2026/00871",
            amount="3025.00",
            currency="EUR",
            note="'se ha ordenado el pago' (treasury payment order issued) is a payment sent; windows-1252",
        ),
        inv="RA-2026-2877",
        amt="3025.00",
        charset="windows-1252",
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Femke Jansen", "femke@familiejansen.example"),
        "2026-12-15 21:05 +0100",
        "iphone",
        "Hoi,\n\nHeb net via de betaallink onderaan jullie factuur met mijn creditcard betaald. Sorry, helemaal vergeten met alle drukte rond de bruiloft!\n\nGroetjes,\nFemke",
        lab(paid_date="2026-12-15", note="card payment just made"),
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        ("Poppodium De Kelder Crediteuren", "noreply-betalingen@poppodiumdekelder.example"),
        "2026-12-11 05:30 +0100",
        "none_html",
        "",
        lab(
            ("RA-2026-3130", "RA-2026-3141"),
            paid_date="2026-12-11",
            payment_reference="BTL-2026-004471",
            amount="1898.50",
            currency="EUR",
            note="HTML-only AP payment specification with Auto-Submitted: auto-generated; two invoices, the total is the amount paid",
        ),
        inv="RA-2026-3130",
        subject="Betaalspecificatie 11-12-2026 – Resonanz Audio Rental GmbH",
        headers=(AUTO_G,),
        threaded=False,
        html_body=d("""
            <!DOCTYPE html>
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
            <body style="font-family:Verdana,sans-serif;font-size:12px">
            <p><b>Betaalspecificatie</b></p>
            <p>Geachte relatie,</p>
            <p>Hierbij ontvangt u de specificatie van onze betaling van vandaag.</p>
            <table cellpadding="3">
            <tr><td>Betaaldatum:</td><td>11-12-2026</td></tr>
            <tr><td>Betalingskenmerk:</td><td>BTL-2026-004471</td></tr>
            <tr><td>Crediteurnummer:</td><td>30418</td></tr>
            </table>
            <table border="1" cellspacing="0" cellpadding="4">
            <tr><th>Factuurnummer</th><th>Factuurdatum</th><th>Bedrag</th></tr>
            <tr><td>RA-2026-3130</td><td>03-11-2026</td><td align="right">€ 1.512,50</td></tr>
            <tr><td>RA-2026-3141</td><td>05-11-2026</td><td align="right">€ 386,00</td></tr>
            <tr><td colspan="2"><b>Totaal</b></td><td align="right"><b>€ 1.898,50</b></td></tr>
            </table>
            <p style="color:#888">Dit is een automatisch gegenereerd bericht van Stichting Poppodium De Kelder. U kunt hierop niet reageren.</p>
            </body></html>
        """)
        + "\n",
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Andrea Pellegrini", "andrea@ilampioni.example"),
        "2026-11-26 11:20 +0100",
        "gmail",
        "Buongiorno,\n\nfatto il bonifico stamattina per la fattura RA-2026-2955, 780,00 euro. CRO 11027745330912.\nScusate il ritardo, eravamo in tour.\n\nAndrea\nI Lampioni",
        lab(
            ("RA-2026-2955",),
            paid_date="2026-11-26",
            payment_reference="11027745330912",
            amount="780.00",
            currency="EUR",
        ),
        inv="RA-2026-2955",
        amt="780.00",
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "ptp-en-1",
        "promise_to_pay",
        "en",
        ("Gwen Pritchard", "treasurer@cardiffcommunitychoir.example"),
        "2026-12-03 17:52 +0000",
        "iphone",
        d("""
            Hi,

            I'm away with the choir in Bruges till Monday so excuse the phone reply. I'm the only signatory on the account, so I'll send it through first thing on Monday when I'm back at my desk.

            Gwen
            Treasurer, Cardiff Community Choir
        """),
        lab(
            promised_date="2026-12-07",
            note="subject says 'Out of office' but a person wrote it: promise for Monday 7 Dec, not auto_reply",
        ),
        subject="Out of office till Mon 7th - re your reminder",
    ),
    Reply(
        "ptp-en-2",
        "promise_to_pay",
        "en",
        ("Dana Whitfield", "dwhitfield@granitestateplayhouse.example"),
        "2026-12-08 16:10 -0500",
        "outlook_html",
        d("""
            Hello,

            Thanks for the reminder. Invoice RA-2026-3088 has been approved and will go out in Friday's check run. Because you're an overseas vendor it will actually be an international wire rather than a paper check, but it runs on the same schedule.

            Best,

            Dana Whitfield
            Business Manager
            Granite State Playhouse
            (603) 555-0147

            CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential information. Any unauthorized review, use, disclosure or distribution is prohibited.
        """),
        lab(
            ("RA-2026-3088",),
            promised_date="2026-12-11",
            note="'has been approved' is past tense but the money goes in Friday's run (Fri 11 Dec): promise",
        ),
        loc="us",
        inv="RA-2026-3088",
        amt="1960.00",
    ),
    Reply(
        "ptp-en-3",
        "promise_to_pay",
        "en",
        ("Margaret Oyelaran", "margaret.oyelaran@stbarnabas-parish.example"),
        "2026-12-02 22:37 +0000",
        "thunderbird",
        d("""
            Dear Sir or Madam,

            Thank you for your email, and I do apologise. Can I start by saying how much everybody enjoyed the Christmas Tree Festival. Your young man who set up the speakers in the nave was extremely patient with our churchwardens, who I'm afraid had a great many opinions about where the cables should go, and the sound was far better than when we borrowed the old system from the school. Several people asked me afterwards who we had hired, so I have been passing your name around.

            The delay is entirely my fault. Our PCC only meets on the first Tuesday of the month and any payment over £1,000 has to be approved by them, which they did last night, so I will make the transfer by the 15th at the latest once the second signatory has authorised it online. Our vicar is also on sabbatical until February, which has made everything slower than usual, and our previous treasurer, who retired in the summer, kept the paperwork in a rather idiosyncratic way.

            We would very much like to book you again for the carol service next year, and possibly for the summer fete. Would you be able to send some prices for that in due course? Nothing urgent.

            With best wishes,

            Margaret Oyelaran
            Hon. Treasurer
            St Barnabas Church
        """),
        lab(
            promised_date="2026-12-15",
            note="long reply with the promise buried in the middle; the booking enquiry is secondary",
        ),
        inv="RA-2026-2912",
        amt="1120.00",
        cur="GBP",
    ),
    Reply(
        "ptp-de-1",
        "promise_to_pay",
        "de",
        ("Sandra Kleinschmidt", "s.kleinschmidt@eventwerk-hannover.example"),
        "2026-12-08 10:15 +0100",
        "outlook_html",
        d("""
            Guten Morgen,

            die Zahlung zu RA-2026-3077 erfolgt am 15. mit unserem nächsten Zahllauf.

            Viele Grüße
            Sandra Kleinschmidt
            Buchhaltung

            eventwerk GmbH | Podbielskistraße 301 | 30655 Hannover
            Geschäftsführer: Tobias Fehling | Amtsgericht Hannover HRB 712345 | USt-IdNr. DE812345678

            Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.
        """),
        lab(
            ("RA-2026-3077",),
            promised_date="2026-12-15",
            note="present tense 'erfolgt am 15.' announces a future payment: the 15th of the message's month; windows-1252",
        ),
        inv="RA-2026-3077",
        charset="windows-1252",
    ),
    Reply(
        "ptp-de-2",
        "promise_to_pay",
        "de",
        ("Lenny Haas", "lenny@fuchsbau-band.example"),
        "2026-12-04 23:58 +0100",
        "android",
        "Hi, sorry für die Verspätung!! Überweisung kommt in KW 51, vorher ist leider nix auf dem Konto, die Stadt hat uns die Gage vom Altstadtfest immer noch nicht gezahlt. Versprochen.\nLG Lenny",
        lab(
            promised_date="2026-12-14",
            note="'in KW 51' → the Monday of ISO week 51, as 'next week' → its Monday",
        ),
    ),
    Reply(
        "ptp-fr-1",
        "promise_to_pay",
        "fr",
        ("Julien Roussel", "julien@roussel-mix.example"),
        "2026-11-25 14:03 +0100",
        "iphone",
        "Bonjour,\nOui désolé, je vous règle ça fin de mois, promis. J'attends le paiement de deux mariages.\nJulien",
        lab(promised_date="2026-11-30", note="'fin de mois' written on 25 Nov → 30 Nov"),
    ),
    Reply(
        "ptp-fr-2",
        "promise_to_pay",
        "fr",
        ("Nadia Belkacem", "n.belkacem@theatre-estuaire.example"),
        "2026-12-04 11:42 +0100",
        "owa",
        d("""
            Bonjour,

            Votre facture a été validée et mise en paiement. Le virement partira avec notre prochaine campagne de paiements fournisseurs, le jeudi 10 décembre.

            Cordialement,

            Nadia Belkacem
            Service administratif et financier
            Théâtre de l'Estuaire
        """),
        lab(
            promised_date="2026-12-10",
            note="past participles 'validée et mise en paiement' but the transfer leaves on Thu 10 Dec: promise",
        ),
    ),
    Reply(
        "ptp-es-1",
        "promise_to_pay",
        "es",
        ("Rubén Salas", "rubensalas.bajo@gmail.com"),
        "2026-11-30 01:12 +0100",
        "gmail",
        "Perdona tio, estos dias ando de bolos y no he mirado el correo. Te lo pago el viernes sin falta\nRubén",
        lab(
            promised_date="2026-12-04",
            note="written just after midnight on Mon 30 Nov: 'el viernes' is Fri 4 Dec; accents missing",
        ),
    ),
    Reply(
        "ptp-es-2",
        "promise_to_pay",
        "es",
        ("Pilar Quintana Ruiz", "cultura@villalbadelrio.example"),
        "2026-12-09 09:37 +0100",
        "outlook",
        d("""
            Buenos días:

            En relación con su factura, le informo de que está previsto que se apruebe en la Junta de Gobierno Local del jueves 17 de diciembre. Una vez aprobada, el pago se realizará antes de que termine el año.

            Reciba un cordial saludo,

            Pilar Quintana Ruiz
            Técnica de Cultura
            Ayuntamiento de Villalba del Río
        """),
        lab(
            promised_date="2026-12-31",
            note="payment after approval on 17 Dec, 'antes de que termine el año' → 31 Dec; ISO-8859-1",
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "ptp-nl-1",
        "promise_to_pay",
        "nl",
        ("Bas Verhoeven", "bas@deverhoevens.example"),
        "2026-12-09 12:44 +0100",
        "gmail_plain",
        "Wordt vrijdag overgemaakt.\n\nBas",
        lab(
            promised_date="2026-12-11",
            note="passive present 'wordt overgemaakt' is future; the Friday after Wed 9 Dec",
        ),
    ),
    Reply(
        "ptp-it-1",
        "promise_to_pay",
        "it",
        ("Laura Ferretti", "amministrazione@teatrocastelvetro.example"),
        "2026-12-09 15:05 +0100",
        "outlook",
        d("""
            Buongiorno,

            con la presente vi informiamo che abbiamo disposto il bonifico a saldo della fattura RA-2026-3059 (€ 1.475,00) con data valuta 15/12/2026.

            Distinti saluti

            Laura Ferretti
            Ufficio Amministrazione
            Fondazione Teatro Comunale di Castelvetro

            Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario. Qualora il messaggio vi fosse pervenuto per errore, vi preghiamo di eliminarlo e di darne comunicazione al mittente.
        """),
        lab(
            ("RA-2026-3059",),
            promised_date="2026-12-15",
            amount="1475.00",
            currency="EUR",
            note="transfer ordered now with a future value date: the money moves on 15 Dec, so promise, not payment_sent; windows-1252",
        ),
        inv="RA-2026-3059",
        amt="1475.00",
        charset="windows-1252",
    ),
    Reply(
        "ptp-it-2",
        "promise_to_pay",
        "it",
        ("Simone Rinaldi", "simone@rinaldi-music.example"),
        "2026-12-03 18:22 +0100",
        "galaxy",
        "Ciao, lo so lo so. Pago la settimana prossima, giuro, appena mi arriva lo stipendio. Perdonatemi\nSimone",
        lab(promised_date="2026-12-07", note="'la settimana prossima' → Monday of next week"),
    ),
]

DISPUTE = [
    Reply(
        "dis-en-1",
        "dispute",
        "en",
        ("Callum Reid", "callum@thelatesignals.example"),
        "2026-11-27 10:31 +0000",
        "gmail",
        d("""
            Hi,

            Just to be clear, we have NOT paid this and we're not going to until someone explains it. The second wedge mix for the drums never turned up at the Glasgow show, we had to borrow a knackered one off the venue. So we're being charged for kit we never got.

            Callum
            The Late Signals
        """),
        lab(note="negation: 'we have NOT paid' because part of the kit never arrived"),
    ),
    Reply(
        "dis-en-2",
        "dispute",
        "en",
        ("Priyanka Desai", "accounts@bluefoxevents.example"),
        "2026-12-01 11:06 +0000",
        "outlook",
        d("""
            Hi,

            RA-2026-3055 was paid on 20 November (our ref BFE-PAY-5521). The invoice you are chasing, RA-2026-3061, is for the same job – same dates, same venue, same kit list – so it looks like a duplicate. Please cancel it and confirm.

            Regards,
            Priyanka Desai
            Accounts Assistant
            Blue Fox Events Ltd
        """),
        lab(
            ("RA-2026-3055", "RA-2026-3061"),
            note="the payment is of the other invoice; the chased one is called a duplicate: dispute wins, no payment fields",
        ),
        inv="RA-2026-3061",
    ),
    Reply(
        "dis-en-3",
        "dispute",
        "en",
        ("Ruth Ellery", "events@ashbyvale-tc.example"),
        "2026-11-24 14:40 +0000",
        "outlook_html",
        d("""
            Good afternoon,

            We are not in a position to pay this invoice in full. Your engineer left the Lantern Parade at about 8.15pm, before the final act, and our own volunteers had to operate the desk for the last forty minutes. The engineering line (£640.00) therefore covers a service that was only partly delivered.

            We are happy to settle the equipment hire once we receive a revised invoice, but we will not pay the engineering element as it stands.

            Kind regards,

            Ruth Ellery
            Events & Community Officer
            Ashby Vale Town Council

            This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. Ashby Vale Town Council may monitor email traffic data and the content of email.
        """),
        lab(
            note="service only partly delivered; paying the undisputed part depends on a revised invoice"
        ),
        amt="2860.00",
        cur="GBP",
    ),
    Reply(
        "dis-de-1",
        "dispute",
        "de",
        ("Thomas Breuer", "kulturamt@hohenbrueck.example"),
        "2026-12-02 09:22 +0100",
        "outlook",
        d("""
            Sehr geehrte Damen und Herren,

            zur Rechnung RA-2026-2990 haben Sie uns am 05.11.2026 eine Gutschrift (GS-2026-0142) über den vollen Betrag ausgestellt, nachdem das Open-Air-Konzert am Schlossweiher wegen der Unwetterwarnung abgesagt werden musste. Die Forderung ist damit erledigt; Ihre Zahlungserinnerung beruht offenbar auf einem Buchungsfehler.

            Bitte korrigieren Sie Ihr Debitorenkonto und bestätigen Sie uns kurz den Ausgleich.

            Mit freundlichen Grüßen
            Im Auftrag

            Thomas Breuer
            Stadt Hohenbrück - Kulturamt
            Marktplatz 3
        """),
        lab(
            ("RA-2026-2990",),
            note="already credited by a credit note: dispute; 'Forderung ist erledigt' is not a payment; ISO-8859-1",
        ),
        inv="RA-2026-2990",
        amt="4150.00",
        charset="iso-8859-1",
    ),
    Reply(
        "dis-de-2",
        "dispute",
        "de",
        ("Ole Petersen", "ole@kaltfront-musik.example"),
        "2026-12-14 18:09 +0100",
        "gmail",
        d("""
            Hallo,

            zwei von den vier Funkstrecken waren schon beim Auspacken kaputt (bei einer ist die Antenne abgebrochen, bei der anderen springt der Akkudeckel auf), das haben wir eurem Fahrer am Freitag auch direkt gesagt und Fotos gemacht. Wir haben für das Konzert dann Kabelmikros genommen.

            Solange das nicht geklärt ist und die Rechnung nicht angepasst wird, überweisen wir nichts. Ruft mich gern an: 0171 5550123.

            Gruß Ole
            Kaltfront
        """),
        lab(note="damaged goods; 'we will not pay until it is fixed'"),
    ),
    Reply(
        "dis-fr-1",
        "dispute",
        "fr",
        ("Camille Fournier", "c.fournier@lumen-evenements.example"),
        "2026-12-02 16:44 +0100",
        "outlook_html",
        d("""
            Bonjour,

            Votre facture RA-2026-3019 ne correspond pas au devis signé (DV-2026-211) : le devis prévoyait 1 450,00 € HT pour le week-end, matériel et technicien compris, et vous facturez 1 850,00 € HT sans explication.

            Merci de nous adresser un avoir ou une facture rectificative. Nous réglerons dès réception du document corrigé.

            Cordialement,

            Camille Fournier
            Chargée de production
            Lumen Événements – Lyon
        """),
        lab(
            ("RA-2026-3019",),
            note="price above the signed quote; payment only after a corrected invoice",
        ),
        inv="RA-2026-3019",
        amt="2220.00",
    ),
    Reply(
        "dis-fr-2",
        "dispute",
        "fr",
        ("Hélène Garnier", "administration@cierivage.example"),
        "2026-12-16 10:02 +0100",
        "apple",
        d("""
            Bonjour,

            Il y a une erreur : nous n'avons jamais commandé de backline, seulement la sonorisation pour « Les Marées » à Sète. Les deux lignes « Backline batterie + amplis » ne nous concernent pas. Le bon de commande que vous mentionnez (BC-0457) n'est pas de chez nous, nos bons commencent par CDR.

            Merci de corriger.

            Hélène Garnier
            Administratrice de production
            Compagnie du Rivage
        """),
        lab(note="lines that were never ordered and a PO that is not theirs; ISO-8859-1"),
        charset="iso-8859-1",
    ),
    Reply(
        "dis-es-1",
        "dispute",
        "es",
        ("Jorge Castillo", "jcastillo@vibraproducciones.example"),
        "2026-12-10 17:30 +0100",
        "outlook",
        d("""
            Hola,

            En la factura RA-2026-3102 nos cobráis 8 cabezas móviles y solo llegaron 6; tenemos el albarán firmado por vuestro transportista con las 6 unidades. Hasta que no nos enviéis una factura corregida no podemos tramitar el pago.

            Saludos,

            Jorge Castillo
            Jefe de producción
            Vibra Producciones S.L.
        """),
        lab(("RA-2026-3102",), note="billed quantity above what was delivered; windows-1252"),
        inv="RA-2026-3102",
        charset="windows-1252",
    ),
    Reply(
        "dis-nl-1",
        "dispute",
        "nl",
        ("Henk Mulder", "penningmeester@dorpsfeest-westerbroek.example"),
        "2026-11-30 20:15 +0100",
        "inline_tb",
        d("""
            Goedenavond,

            [[ATTR]]
            [[Q2]]

            Dat bedrag klopt niet. Wij hebben in augustus een borg van € 500,00 aan jullie overgemaakt voor de geluidsset van het dorpsfeest. Die borg is nergens op deze factuur verrekend, terwijl alles netjes en onbeschadigd is teruggebracht.

            [[Q3]]

            Betaald hebben we inderdaad nog niet, juist omdat de factuur niet klopt. Graag een gecorrigeerde factuur, dan maken we het restant over.

            Met vriendelijke groet,

            Henk Mulder
            penningmeester Stichting Dorpsfeest Westerbroek
        """),
        lab(
            note="inline reply under the quoted amount; deposit not offset, so the amount is contested; payment of the rest is conditional"
        ),
    ),
    Reply(
        "dis-nl-2",
        "dispute",
        "nl",
        ("Youssef El Amrani", "youssef@nachtbrakers-management.example"),
        "2026-12-07 13:25 +0100",
        "gmail",
        "Hoi,\n\nWaarom staat er € 180 transportkosten op deze factuur? We hebben alles zelf opgehaald en teruggebracht in Keulen, met ons eigen busje. Die regel moet eraf.\n\nGroet,\nYoussef\nNachtbrakers Management",
        lab(
            note="contests a charge for a service not provided; opens with a question but demands the line be removed"
        ),
    ),
    Reply(
        "dis-it-1",
        "dispute",
        "it",
        ("Giulia Marchetti", "giulia@marchetti-casa.example"),
        "2026-11-23 21:47 +0100",
        "iphone",
        "Buonasera, scusate ma questa fattura non la pago cosi com'e. Il vostro tecnico doveva esserci alle 16 per il soundcheck e si e presentato alle 19 passate, con gli invitati gia seduti. Il primo ballo lo abbiamo fatto senza microfono. Ne avevo gia parlato al telefono con la vostra collega ma nessuno mi ha richiamata.\nGiulia",
        lab(note="service not done as booked (wedding); accents missing"),
    ),
    Reply(
        "dis-it-2",
        "dispute",
        "it",
        ("Franco Delfino", "tesoreria@suonidelborgo.example"),
        "2026-12-04 10:18 +0100",
        "outlook_html",
        d("""
            Buongiorno,

            la fattura che ci sollecitate si riferisce alla stessa fornitura per il festival di settembre che abbiamo già pagato in anticipo sulla base della vostra proforma PF-2026-118 (bonifico del 28/08). Ci risulta quindi un doppio addebito.

            Vi chiediamo di annullarla o di emettere una nota di credito.

            Cordiali saluti,
            Franco Delfino
            Tesoriere – Associazione Culturale Suoni del Borgo
        """),
        lab(
            note="billed twice: the earlier payment was against the pro forma, not this invoice; no payment fields"
        ),
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pp-en-1",
        "payment_plan",
        "en",
        ("Ian Cartwright", "ian.cartwright@hebdenfolkfest.example"),
        "2026-12-01 19:40 +0000",
        "gmail",
        d("""
            Hi,

            I'll be straight with you. The Saturday of the festival was rained off and we had to refund about a third of the day tickets, so the committee is short this year and there is no way we can pay £3,480 in one go.

            What we can do is £500 a month from January until it's cleared, by standing order. Would that be acceptable? I can set it up as soon as you say yes.

            Ian Cartwright
            Treasurer (volunteer!), Hebden Folk Festival
        """),
        lab(note="hardship plus monthly instalments; plan dates and amounts are not labelled"),
        amt="3480.00",
        cur="GBP",
    ),
    Reply(
        "pp-en-2",
        "payment_plan",
        "en",
        ("Theo Marsh", "theo@velvetharbour.example"),
        "2026-12-07 14:02 +0000",
        "apple_html",
        d("""
            Hello,

            Bit of an awkward one. The band split up in October and the shared account has €900 left in it. The invoice is for €1,370. Would you accept €900 in full and final settlement? I can send it the same day you agree.

            Sorry it's not better news.

            Theo Marsh
            (ex) Velvet Harbour
        """),
        lab(
            note="offer of a reduced amount in full settlement: payment_plan; 'the same day you agree' is conditional, not a promise"
        ),
        amt="1370.00",
    ),
    Reply(
        "pp-en-3",
        "payment_plan",
        "en",
        ("Fiona Carmody", "fiona@thelyricstage-limerick.example"),
        "2026-12-14 09:12 +0000",
        "outlook",
        d("""
            Good morning,

            Would it be possible to give us until the end of January to pay this? Our quarterly grant from the Arts Council is due in the second half of January and cash flow is very tight until then. If that's a problem please let me know and I'll see what we can manage before Christmas.

            Many thanks,
            Fiona Carmody
            General Manager
            The Lyric Stage
        """),
        lab(
            note="asks for more time: payment_plan, not a promise, so the end of January is not labelled"
        ),
    ),
    Reply(
        "pp-de-1",
        "payment_plan",
        "de",
        ("Nils Brandt", "nils.brandt@gmx.de"),
        "2026-11-26 22:05 +0100",
        "thunderbird",
        d("""
            Hallo,

            ich muss ehrlich sein: nach der abgesagten Tour sind wir gerade ziemlich blank. Wäre es möglich, die Rechnung in drei Monatsraten zu begleichen, also Dezember, Januar und Februar? Die erste Rate könnte ich noch vor Weihnachten überweisen.

            Danke für euer Verständnis und viele Grüße
            Nils (Bass, Halbmond)
        """),
        lab(note="three monthly instalments requested; ISO-8859-1"),
        charset="iso-8859-1",
    ),
    Reply(
        "pp-de-2",
        "payment_plan",
        "de",
        ("Dr. Renate Vogel", "vorstand@kulisse-ev.example"),
        "2026-12-16 11:30 +0100",
        "outlook_html",
        d("""
            Sehr geehrte Damen und Herren,

            wir bitten Sie höflich um Stundung der oben genannten Forderung bis zum 31.03.2027.

            Hintergrund: Der Zuschuss des Landkreises für unsere Herbstproduktion wird erst im ersten Quartal ausgezahlt, und unsere Rücklagen sind nach der Sanierung der Bühne aufgebraucht. Den Bewilligungsbescheid legen wir Ihnen gerne vor.

            Für Ihr Entgegenkommen wären wir sehr dankbar.

            Mit freundlichen Grüßen

            Dr. Renate Vogel
            1. Vorsitzende
            Theaterverein Kulisse e.V.
            Vereinsregister VR 1187
        """),
        lab(
            note="formal request for deferral (Stundung) to a date: payment_plan, the requested date is not a promise; windows-1252"
        ),
        charset="windows-1252",
    ),
    Reply(
        "pp-fr-1",
        "payment_plan",
        "fr",
        ("Martine Leroy", "tresorerie@voixduquai.example"),
        "2026-12-08 18:31 +0100",
        "gmail",
        d("""
            Bonsoir,

            Nous sommes une petite chorale associative et la facture de la sono pour notre concert de la Sainte-Cécile représente une grosse part de notre budget annuel. Serait-il possible de la régler en trois fois, par exemple en décembre, janvier et février ?

            Avec nos remerciements,
            Martine Leroy
            Trésorière – Les Voix du Quai
        """),
        lab(note="payment in three instalments requested"),
    ),
    Reply(
        "pp-es-1",
        "payment_plan",
        "es",
        ("Sergio Molina", "djsergiomolina@gmail.com"),
        "2026-11-30 11:55 +0100",
        "android",
        d("""
            Buenas,

            Estoy pasando una mala racha, este otoño se me han caído tres bodas. ¿Podría pagar la mitad ahora y la otra mitad a mediados de enero? Si os parece bien, hago la primera transferencia hoy mismo.

            Gracias y perdón por el retraso,
            Sergio
        """),
        lab(note="half now and half in January, asked as a question: payment_plan"),
    ),
    Reply(
        "pp-es-2",
        "payment_plan",
        "es",
        ("Iker Etxeberria", "iker@lostabanos.example"),
        "2026-12-17 16:20 +0100",
        "iphone",
        "¿Nos podéis aplazar el pago hasta febrero? Ahora mismo no llegamos.\nIker",
        lab(note="deferral request"),
    ),
    Reply(
        "pp-nl-1",
        "payment_plan",
        "nl",
        ("Marloes Bakker", "marloes@jazzindetuin.example"),
        "2026-12-03 10:40 +0100",
        "outlook",
        d("""
            Goedemorgen,

            Helaas kunnen wij de factuur niet in één keer voldoen: de gemeentelijke subsidie voor de editie van dit jaar is lager uitgevallen dan begroot. Zouden wij een betalingsregeling kunnen treffen, bijvoorbeeld in vijf maandelijkse termijnen vanaf januari?

            Met vriendelijke groet,

            Marloes Bakker
            Zakelijk leider
            Stichting Jazz in de Tuin
        """),
        lab(note="instalments requested"),
    ),
    Reply(
        "pp-nl-2",
        "payment_plan",
        "nl",
        ("Ruben Smits", "ruben@brassbandonsdorp.example"),
        "2026-12-09 20:48 +0100",
        "gmail",
        d("""
            Hallo,

            We kunnen nu € 500 missen, de rest volgt zodra de bijdrage van de gemeente binnen is (verwacht in februari). Is dat akkoord voor jullie? Dan maak ik de € 500 morgen over.

            Groet,
            Ruben Smits
            Brassband Ons Dorp
        """),
        lab(
            note="part payment plus the rest later, asked for approval: payment_plan, not promise_to_pay"
        ),
    ),
    Reply(
        "pp-it-1",
        "payment_plan",
        "it",
        ("don Paolo Ferri", "parrocchia.sanlorenzo@diocesi-nord.example"),
        "2026-12-04 12:05 +0100",
        "outlook",
        d("""
            Gentili signori,

            vi scrivo a nome della parrocchia per chiedervi, se possibile, una rateizzazione dell'importo in quattro rate mensili a partire da gennaio. Le offerte raccolte per il concerto dell'Immacolata non sono bastate a coprire tutte le spese e non vorremmo lasciare un debito aperto troppo a lungo.

            Vi ringrazio fin d'ora per la comprensione.

            don Paolo Ferri
            Parroco - Parrocchia San Lorenzo Martire
        """),
        lab(note="instalments requested by a parish; ISO-8859-1"),
        charset="iso-8859-1",
    ),
    Reply(
        "pp-it-2",
        "payment_plan",
        "it",
        ("Davide Russo", "davide.russo.drums@gmail.com"),
        "2026-12-15 23:10 +0100",
        "inline_gmail",
        "[[ATTR]]\n\n[[Q2]]\n\nciao, posso darvi 500 adesso e il resto dopo la befana? va bene lo stesso? fatemi sapere e faccio subito il bonifico dei 500\ndavide",
        lab(
            note="written under the quoted amount; part now and the rest after Epiphany, asked as a question; lower case"
        ),
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Jordan Reyes", "jordan@hollowpinesmusic.example"),
        "2026-12-04 09:15 -0800",
        "gmail",
        d("""
            Hi!

            Happy to get this paid but our accountant says she needs a W-8BEN-E from you before we can pay a foreign vendor. Could you send one over, along with a bank letter or something confirming the IBAN? Our bank flagged that the account name on the invoice doesn't match.

            Once we have those it's a quick turnaround.

            Thanks,
            Jordan Reyes
            Hollow Pines (touring entity: Hollow Pines Music LLC)
        """),
        lab(note="tax form and bank confirmation needed before paying"),
        loc="us",
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Greg Halloran", "greg.halloran@kestrelagency.example"),
        "2026-11-25 16:20 +0000",
        "outlook",
        d("""
            Hi,

            I'm fairly sure we paid this back in October along with the Brighton job. Can you send me a statement of account showing everything you've received from us since August, so I can match it up on my side?

            Thanks,
            Greg

            Greg Halloran
            Finance Manager | Kestrel Agency Ltd
        """),
        lab(
            note="believes it was paid but asks for a statement to reconcile: invoice_request, not payment_sent or dispute"
        ),
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Jürgen Adler", "rechnungseingang@altwiesen.example"),
        "2026-11-23 10:05 +0100",
        "outlook",
        d("""
            Sehr geehrte Damen und Herren,

            Ihre Rechnung liegt uns nur als PDF per E-Mail vor. Als öffentlicher Auftraggeber können wir nur noch elektronische Rechnungen im Format XRechnung verarbeiten. Bitte reichen Sie die Rechnung über das Rechnungseingangsportal ein und geben Sie dabei unsere Leitweg-ID 06-4413-0071-52 an.

            Nach Eingang der XRechnung wird die Zahlung umgehend angewiesen.

            Mit freundlichen Grüßen
            Im Auftrag
            Jürgen Adler

            Gemeinde Altwiesen - Finanzverwaltung / Rechnungseingang
        """),
        lab(note="an e-invoice with the routing ID is needed before paying; ISO-8859-1"),
        charset="iso-8859-1",
    ),
    Reply(
        "ir-de-2",
        "invoice_request",
        "de",
        ("Timo Schreiber", "timo@schreiber-djservice.example"),
        "2026-12-11 07:52 +0100",
        "iphone",
        "hab nie ne rechnung bekommen?? schickt sie bitte nochmal, dann zahl ich sofort\nTimo",
        lab(
            note="never received the invoice; 'dann zahl ich sofort' is conditional, not a dated promise"
        ),
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Mathieu Perrin", "m.perrin@festival-nuitsduport.example"),
        "2026-11-27 09:48 +0100",
        "outlook",
        d("""
            Bonjour,

            Pourriez-vous nous transmettre un RIB à jour sur papier à en-tête ? Notre banque a rejeté le premier virement car l'IBAN indiqué sur la facture ne correspond pas au nom du bénéficiaire.

            Dès réception, nous relancerons le paiement.

            Cordialement,
            Mathieu Perrin
            Administrateur – Festival Les Nuits du Port
        """),
        lab(
            note="a first transfer bounced; bank details needed before paying again: invoice_request, not payment_sent; windows-1252"
        ),
        charset="windows-1252",
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Mairie de Saint-Aubin-des-Prés", "finances@saintaubindespres.example"),
        "2026-12-07 14:15 +0100",
        "owa",
        d("""
            Madame, Monsieur,

            Votre facture ne peut pas être mise en paiement en l'état : le numéro d'engagement de la commune n'y figure pas. Merci de la rééditer en y portant la référence EJ 2026-00384 et de la déposer sur Chorus Pro, seul canal accepté pour les factures adressées aux collectivités.

            Le montant n'est pas contesté.

            Cordialement,

            Le service finances
            Mairie de Saint-Aubin-des-Prés
        """),
        lab(
            note="reissue with the commitment (PO) number through the public e-invoicing portal; amount not contested"
        ),
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Noelia Vidal", "administracion@salaelfaro.example"),
        "2026-12-02 12:12 +0100",
        "gmail",
        "Hola,\n\nNo nos ha llegado ninguna factura vuestra, ni por correo ni en papel. ¿Nos la podéis reenviar a esta dirección? En cuanto la tengamos la pasamos a pago.\n\nGracias,\nNoelia\nAdministración – Sala El Faro",
        lab(note="invoice never received, resend requested; base64 body"),
        cte="b64",
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Intervención Municipal", "intervencion@castrillodelasierra.example"),
        "2026-12-14 13:00 +0100",
        "outlook_html",
        d("""
            Estimados señores:

            Para poder tramitar el pago de su factura es imprescindible que nos remitan el certificado de residencia fiscal expedido por la administración tributaria alemana, a efectos del convenio para evitar la doble imposición, así como la ficha de alta de terceros debidamente cumplimentada y firmada, junto con el certificado de titularidad de la cuenta bancaria.

            Quedamos a la espera de dicha documentación.

            Atentamente,

            Intervención Municipal
            Ayuntamiento de Castrillo de la Sierra
        """),
        lab(
            note="tax residence certificate and vendor set-up form needed before paying; ISO-8859-1"
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Sanne Vermeulen", "sanne@podiumdegrens.example"),
        "2026-12-01 16:35 +0100",
        "iphone_html",
        "Hoi,\n\nKunnen jullie de factuur nog een keer sturen? Ik kan hem nergens vinden, ik denk dat hij in de spam terecht is gekomen.\n\nDank je!\nSanne",
        lab(note="invoice copy"),
    ),
    Reply(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Gert-Jan Bosman", "g.bosman@bosmanevents.example"),
        "2026-12-16 09:03 +0100",
        "outlook",
        d("""
            Goedemorgen,

            Wat is dit voor factuur? Voor zover ik weet hebben wij in oktober niets bij jullie gehuurd. Kunnen jullie een specificatie sturen met de datum, de locatie en wie er namens ons besteld heeft?

            Met vriendelijke groet,
            Gert-Jan Bosman
            Bosman Events
        """),
        lab(
            note="asks what the invoice is for and for the detail: invoice_request; nothing is contested yet"
        ),
        inv="RA-2026-3166",
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Chiara Bassi", "amministrazione@eventilagunari.example"),
        "2026-11-30 10:22 +0100",
        "outlook",
        d("""
            Buongiorno,

            sulla vostra fattura manca la nostra partita IVA (IT03456780271) e la ragione sociale è riportata in modo incompleto: senza questi dati non possiamo registrarla né pagarla. Potete riemetterla con l'intestazione corretta? L'importo va bene.

            Grazie,
            Chiara Bassi
            Amministrazione – Eventi Lagunari S.r.l.
        """),
        lab(note="reissue with the VAT number; amount accepted; windows-1252"),
        charset="windows-1252",
    ),
    Reply(
        "ir-it-2",
        "invoice_request",
        "it",
        ("Roberto Conti", "roberto.conti@cooperativaarmonia.example"),
        "2026-12-10 11:11 +0100",
        "gmail",
        d("""
            Buongiorno,

            ci mandate un estratto conto aggiornato? Abbiamo diverse vostre fatture aperte tra settembre e novembre e in contabilità non riusciamo a capire quali risultano già saldate e quali no.

            Grazie mille,
            Roberto Conti
            Cooperativa Armonia
        """),
        lab(note="statement of account"),
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Jamie Fenwick", "jamie@greyparrots.example"),
        "2026-11-24 12:30 +0000",
        "iphone",
        "Alright, I'm only the drummer mate, I don't deal with any of the money. Lizzie does the accounts for the band, her email is lizzie.hale@gmail.com\n\nJamie",
        lab(new_contact="lizzie.hale@gmail.com"),
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Northlight Events Accounts", "accounts@northlight-events.example"),
        "2026-12-08 09:31 +0000",
        "none",
        d("""
            Thank you for your email.

            Please note that this mailbox is no longer monitored. From 1 December 2026 all supplier invoices, statements and payment queries should be sent to finance@northlight-events.example.

            Your message has not been forwarded.

            Northlight Events Ltd
        """),
        lab(
            new_contact="finance@northlight-events.example",
            note="automatic 'mailbox no longer monitored' notice naming the new address: wrong_contact, not auto_reply",
        ),
        subject="Automatic reply: {rsub}",
        headers=(AUTO_R, XARS),
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Chloe Bell", "chloe.bell@bellhome.example"),
        "2026-12-15 20:14 +0000",
        "gmail",
        d("""
            Hi there,

            I think this has come to us by mistake. We hired our DJ for the wedding and he booked the speakers and lights from you in his own name, we paid him in full in September. It's him you need to speak to: Rob Sandford, RobSandfordDJ@SandfordSounds.example

            Thanks,
            Chloe
        """),
        lab(
            new_contact="robsandforddj@sandfordsounds.example",
            note="the debtor is someone else and is named with an address (mixed case, labelled in lower case)",
        ),
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Wolfgang Reich", "w.reich@posaunenchor-lindenau.example"),
        "2026-12-01 18:44 +0100",
        "thunderbird",
        d("""
            Sehr geehrte Damen und Herren,

            ich bin seit der Mitgliederversammlung im Oktober nicht mehr Kassenwart des Posaunenchors. Bitte wenden Sie sich künftig an meine Nachfolgerin, Frau Heike Brandl: heike.brandl@posaunenchor-lindenau.example

            Ich habe ihr Ihre E-Mail bereits weitergeleitet.

            Freundliche Grüße
            Wolfgang Reich
        """),
        lab(
            new_contact="heike.brandl@posaunenchor-lindenau.example",
            note="former treasurer names his successor; forwarding it himself does not change the label; ISO-8859-1",
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "wc-de-2",
        "wrong_contact",
        "de",
        ("Jana Köhler", "jana@frequenzbooking.example"),
        "2026-12-10 15:02 +0100",
        "outlook_html",
        d("""
            Hallo zusammen,

            wir sind nur die Booking-Agentur von Nachtfalter und rechnen selbst nichts mit euch ab. Die Rechnung muss an das Management der Band gehen, Ansprechpartner ist dort Herr Yilmaz: Buchhaltung@Nachtfalter-Management.example (hab ich in CC gesetzt).

            Beste Grüße
            Jana Köhler
            Frequenz Booking GmbH
        """),
        lab(
            new_contact="buchhaltung@nachtfalter-management.example",
            note="mixed-case address, also copied in Cc, labelled in lower case; windows-1252",
        ),
        charset="windows-1252",
        cc="Buchhaltung@Nachtfalter-Management.example",
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Bernard Lemoine", "bernard.lemoine@leschantsdelaube.example"),
        "2026-12-03 11:27 +0100",
        "apple",
        d("""
            Bonjour,

            Je ne suis plus trésorier de l'association depuis notre assemblée générale de septembre. Merci d'adresser vos factures et relances à la nouvelle trésorière, Mme Aurélie Caron : tresorerie@leschantsdelaube.example.

            Bien à vous,
            Bernard Lemoine
        """),
        lab(
            new_contact="tresorerie@leschantsdelaube.example",
            note="the trailing full stop is not part of the address",
        ),
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Festival Rock'n'Vignes", "contact@rocknvignes.example"),
        "2026-11-30 07:02 +0100",
        "none",
        d("""
            Bonjour,

            Cette adresse n'est plus consultée. Pour toute question administrative ou comptable, merci d'écrire désormais à admin@rocknvignes.example.

            L'équipe du festival
        """),
        lab(
            new_contact="admin@rocknvignes.example",
            note="automatic 'address no longer read' notice without Auto-Submitted (X-Autoreply only): wrong_contact",
        ),
        subject="Réponse automatique : {rsub}",
        headers=(("X-Autoreply", "yes"), ("Precedence", "auto_reply")),
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Álvaro Pino", "alvaro@lossinsalida.example"),
        "2026-12-04 13:41 +0100",
        "gmail",
        "Hola, yo soy el técnico de sonido de la banda, no llevo nada de facturas. Escribidle a Marta, que es nuestra mánager: marta.ibanez@lossinsalida.example\n\nUn abrazo",
        lab(new_contact="marta.ibanez@lossinsalida.example"),
        cte="b64",
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Ignacio Gómez", "parroquia.santamaria@arciprestazgo-valle.example"),
        "2026-12-11 10:30 +0100",
        "outlook",
        d("""
            Buenos días:

            Le escribo desde la parroquia. El concierto de Navidad lo organiza y lo paga el Ayuntamiento, no nosotros; la parroquia solo cede el templo. La factura debe ir a la Concejalía de Cultura: cultura@aytosantamariadelvalle.example.

            Un saludo cordial,
            Ignacio Gómez
            Secretaría parroquial
        """),
        lab(
            new_contact="cultura@aytosantamariadelvalle.example",
            note="the town council pays, not the parish; ISO-8859-1",
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Lotte van Dijk", "lotte.vandijk@flux-events.example"),
        "2026-11-23 08:50 +0100",
        "owa",
        d("""
            Goedemorgen,

            Ik werk sinds 1 november niet meer bij Flux Events en deze mailbox wordt binnenkort opgeheven. Voor facturen kunt u terecht bij administratie@flux-events.example.

            Groet,
            Lotte van Dijk
        """),
        lab(new_contact="administratie@flux-events.example"),
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Jeroen Kok", "jeroen.kok@kokinstallatietechniek.example"),
        "2026-12-05 10:07 +0100",
        "iphone",
        "Volgens mij heeft u de verkeerde Jeroen Kok. Ik heb een installatiebedrijf in Zwolle en heb nog nooit iets bij u gehuurd.\n\nJeroen",
        lab(
            note="wrong recipient altogether, no new address; not a dispute, he is not the customer"
        ),
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Marco Sartori", "info@prolocosanvito.example"),
        "2026-12-14 17:15 +0100",
        "gmail",
        d("""
            Buonasera,

            non sono più io a seguire l'amministrazione della Pro Loco, dal mese scorso se ne occupa la segreteria. Vi prego di scrivere a segreteria@prolocosanvito.example, così la pratica non si perde.

            Saluti,
            Marco Sartori
        """),
        lab(new_contact="segreteria@prolocosanvito.example"),
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Ray Delgado", "ray@delgadoweddings.example"),
        "2026-12-10 08:47 -0600",
        "gmail_plain",
        "Stop emailing me. The check was mailed Monday, you'll get it when you get it. Take this address off your list.\n\nRay",
        lab(
            note="stop request plus a payment claim: unsubscribe beats everything but bounce, so no payment fields"
        ),
        loc="us",
    ),
    Reply(
        "un-en-2",
        "unsubscribe",
        "en",
        ("Declan Murphy", "declan@murphyproductions.example"),
        "2026-12-09 12:05 +0000",
        "outlook",
        d("""
            Dear Sirs,

            This matter is now in the hands of our solicitors, Pryce & Hollins LLP. Please do not contact me or my staff directly about it again; all further correspondence should be directed to them.

            Declan Murphy
            Director, Murphy Productions Ltd
        """),
        lab(note="'talk to our solicitors', no address given: unsubscribe"),
    ),
    Reply(
        "un-en-3",
        "unsubscribe",
        "en",
        ("Jean Ashworth", "pcc.treasurer@stmarys-ashbywold.example"),
        "2026-11-26 15:30 +0000",
        "html_only",
        d("""
            Dear Resonanz Audio Rental,

            The Parochial Church Council does not accept invoices or reminders by email. Please send all correspondence by post to: The Treasurer, St Mary's PCC, Church Lane, Ashby Wold. This address is not checked regularly.

            Yours faithfully,
            Jean Ashworth
            Treasurer
        """),
        lab(
            note="post only → unsubscribe; 'not checked regularly' does not make it wrong_contact; HTML-only"
        ),
    ),
    Reply(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Harald Preuß", "h.preuss@preuss-veranstaltungstechnik.example"),
        "2026-12-02 16:55 +0100",
        "outlook",
        d("""
            Sehr geehrte Damen und Herren,

            ich untersage Ihnen hiermit jede weitere Kontaktaufnahme per E-Mail. Schriftverkehr in dieser Angelegenheit bitte ausschließlich auf dem Postweg.

            Harald Preuß
        """),
        lab(note="post only; ISO-8859-1 sent as 8bit"),
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "un-de-2",
        "unsubscribe",
        "de",
        ("Svenja Otte", "svenja.otte@hafenkante-chor.example"),
        "2026-12-17 09:12 +0100",
        "galaxy",
        "Bitte nehmen Sie mich aus Ihrem Verteiler. Danke.",
        lab(note="one-line removal request"),
    ),
    Reply(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Patrick Gauthier", "p.gauthier@gauthier-spectacles.example"),
        "2026-12-07 19:20 +0100",
        "iphone",
        "Cessez de m'envoyer ces relances. Je vous ai déjà dit au téléphone que ce dossier est entre les mains de mon avocat, Maître Lebrun, qui prendra contact avec vous. Je ne répondrai plus à aucun mail.\n\nP. Gauthier",
        lab(note="stop request and 'my lawyer will contact you': unsubscribe"),
    ),
    Reply(
        "un-fr-2",
        "unsubscribe",
        "fr",
        ("Élodie Martin", "elodie.martin@atelier-martin.example"),
        "2026-11-25 13:13 +0100",
        "gmail_plain",
        "merci de me desinscrire de vos envois",
        lab(note="no accents; ISO-8859-1 From header"),
        charset="iso-8859-1",
    ),
    Reply(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Carmen Navarro", "carmen@navarroyeventos.example"),
        "2026-12-03 18:02 +0100",
        "iphone",
        "Por favor, no me mandéis más correos. Esto ya lo pagué en noviembre y no pienso perder más tiempo con esto.\nCarmen",
        lab(note="stop request plus a payment claim: unsubscribe"),
    ),
    Reply(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Francisco Herrera", "fherrera@herreramusica.example"),
        "2026-12-16 12:40 +0100",
        "outlook",
        d("""
            Buenos días:

            Les informo de que, a partir de este momento, cualquier comunicación relativa a esta factura deberá dirigirse a nuestro abogado, D. Ernesto Villalba, del despacho Villalba & Asociados. Les ruego que no vuelvan a escribirnos directamente.

            Atentamente,
            Francisco Herrera
            Herrera Música S.L.
        """),
        lab(note="only through the lawyer, no address: unsubscribe; windows-1252"),
        charset="windows-1252",
    ),
    Reply(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("Pieter Hoekstra", "pieter@hoekstra-drive-in.example"),
        "2026-12-08 22:31 +0100",
        "iphone",
        "Afmelden",
        lab(note="one word"),
    ),
    Reply(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Luca Bernardi", "luca.bernardi@bernardiservice.example"),
        "2026-12-01 08:05 +0100",
        "android",
        "Smettetela di mandarmi queste mail. È la terza in una settimana.\nLuca Bernardi",
        lab(note="irritated stop request"),
    ),
    Reply(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Associazione Musicale Il Pentagramma", "segreteria@ilpentagramma.example"),
        "2026-12-11 10:40 +0100",
        "outlook_html",
        d("""
            Spett.le Resonanz Audio Rental,

            vi chiediamo di non inviare più solleciti a questo indirizzo di posta elettronica. D'ora in poi qualsiasi comunicazione dovrà pervenirci esclusivamente per raccomandata A/R presso la nostra sede legale, Via Garibaldi 18, Bologna.

            Distinti saluti
            La Segreteria
        """),
        lab(note="registered post only → unsubscribe"),
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Oliver Grant", "oliver.grant@stagelinepro.example"),
        "2026-12-09 07:44 +0000",
        "none",
        d("""
            Hello,

            I am out of the office until Monday 14 December with limited access to email. I will respond to your message when I return.

            Oliver Grant
            Production Accounts | Stageline Pro Ltd
        """),
        lab(return_date="2026-12-14", note="'until X' → X itself"),
        subject="Automatic reply: {rsub}",
        headers=(AUTO_R, XARS),
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        "en",
        ("Stagecraft Events Finance", "finance@stagecraftevents.example"),
        "2026-11-27 10:02 +0000",
        "none_alt",
        d("""
            Hi,

            Thanks for contacting Stagecraft Events Finance. Your request has been received and logged as ticket #FIN-20931.

            A member of the team will respond within 2 business days. Please keep the ticket number in the subject line if you need to write to us again about this.

            Stagecraft Events Finance Desk
            This is an automated message.
        """),
        lab(
            note="ticket acknowledgement without Auto-Submitted (X-Autoreply and Precedence: bulk only); no return date"
        ),
        subject="[Ticket #FIN-20931] {rsub}",
        headers=(("X-Autoreply", "yes"), ("Precedence", "bulk")),
        html_body=d("""
            <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
            <p>Hi,</p>
            <p>Thanks for contacting Stagecraft Events Finance. Your request has been received and logged as ticket <b>#FIN-20931</b>.</p>
            <p>A member of the team will respond within 2 business days. Please keep the ticket number in the subject line if you need to write to us again about this.</p>
            <p>Stagecraft Events Finance Desk<br><span style="color:#999;font-size:11px">This is an automated message.</span></p>
            </body></html>
        """)
        + "\n",
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        "en",
        ("Emma Lowry", "emma.lowry@riverbankarts.example"),
        "2026-12-18 11:20 +0000",
        "none",
        d("""
            Hi,

            I'm currently on parental leave and will be back in the office on 1 March 2027. I won't be checking email during this time.

            For anything urgent relating to invoices or payments, please contact my colleague Sam at accounts@riverbankarts.example.

            Best wishes,
            Emma
        """),
        lab(
            return_date="2027-03-01",
            note="a colleague's address in an auto-reply does not set new_contact",
        ),
        subject="Parental leave - Emma Lowry",
        headers=(AUTO_R,),
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Birgit Sommer", "b.sommer@kulturzentrum-alte-weberei.example"),
        "2026-11-24 08:02 +0100",
        "none",
        d("""
            Vielen Dank für Ihre Nachricht.

            Ich bin bis einschließlich 04.12.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ab Montag, dem 07.12., bin ich wieder für Sie erreichbar.

            Ihre E-Mail wird nicht weitergeleitet.

            Mit freundlichen Grüßen
            Birgit Sommer
            Kulturzentrum Alte Weberei
        """),
        lab(
            return_date="2026-12-07",
            note="the stated day back wins over 'bis einschließlich'; ISO-8859-1",
        ),
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO_R, XARS),
        charset="iso-8859-1",
    ),
    Reply(
        "ar-de-2",
        "auto_reply",
        "de",
        ("Musikschule am Park", "verwaltung@musikschule-am-park.example"),
        "2026-12-18 16:40 +0100",
        "none",
        d("""
            Guten Tag,

            unsere Verwaltung ist vom 19.12.2026 bis einschließlich 03.01.2027 nicht besetzt. Ab Montag, 04.01.2027, sind wir wieder wie gewohnt für Sie da.

            Wir wünschen Ihnen frohe Festtage und einen guten Rutsch!

            Ihre Musikschule am Park
        """),
        lab(
            return_date="2027-01-04",
            note="holiday closure; the day back wins; no Auto-Submitted, only X-Auto-Response-Suppress; windows-1252",
        ),
        subject="Abwesenheitsnotiz: {rsub}",
        headers=(XARS,),
        charset="windows-1252",
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Claire Dubois", "c.dubois@agence-sonorite.example"),
        "2026-12-07 08:15 +0100",
        "none",
        d("""
            Bonjour,

            Je suis absente du bureau jusqu'au vendredi 11 décembre. Votre message sera traité à mon retour.

            Cordialement,
            Claire Dubois
        """),
        lab(return_date="2026-12-11", note="'jusqu'au X' → X itself"),
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_R, XARS),
    ),
    Reply(
        "ar-fr-2",
        "auto_reply",
        "fr",
        ("Scènes d'Ouest Support administratif", "support-admin@scenesdouest.example"),
        "2026-12-15 14:33 +0100",
        "none_alt",
        d("""
            Bonjour,

            Nous accusons réception de votre message, enregistré sous la référence #78812. Notre équipe administrative vous répondra dans les meilleurs délais.

            Merci de ne pas répondre à ce courriel automatique.

            Scènes d'Ouest – Support administratif
        """),
        lab(note="ticket acknowledgement, no return date"),
        subject="[#78812] Accusé de réception – {rsub}",
        headers=(AUTO_G,),
        html_body=d("""
            <html><body style="font-family:Arial,sans-serif">
            <p>Bonjour,</p>
            <p>Nous accusons réception de votre message, enregistré sous la référence <strong>#78812</strong>. Notre équipe administrative vous répondra dans les meilleurs délais.</p>
            <p><em>Merci de ne pas répondre à ce courriel automatique.</em></p>
            <p>Scènes d'Ouest – Support administratif</p>
            </body></html>
        """)
        + "\n",
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Beatriz Ortega", "bortega@auditoriodelmar.example"),
        "2026-11-23 09:10 +0100",
        "none",
        d("""
            Gracias por su mensaje.

            Estaré fuera de la oficina hasta el lunes 30 de noviembre, sin acceso al correo. Para asuntos urgentes puede llamar a la centralita del Auditorio.

            Un saludo,
            Beatriz Ortega
            Administración – Auditorio del Mar
        """),
        lab(return_date="2026-11-30", note="'hasta X' → X itself"),
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_R, XARS),
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Thijs de Graaf", "thijs@degraaf-geluid.example"),
        "2026-11-30 10:01 +0100",
        "none",
        "Hallo,\n\nIk ben met vakantie en vanaf dinsdag 8 december weer aan het werk. Je mail wordt niet doorgestuurd.\n\nGroet,\nThijs",
        lab(return_date="2026-12-08"),
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_R,),
    ),
    Reply(
        "ar-nl-2",
        "auto_reply",
        "nl",
        ("Poppodium Het Gebouw", "info@hetgebouw-podium.example"),
        "2026-12-12 13:22 +0100",
        "none",
        d("""
            Hoi!

            Bedankt voor je mail aan Het Gebouw. We lezen onze inbox op werkdagen en proberen binnen drie werkdagen te reageren. Gaat je vraag over kaartjes? Kijk dan eerst even bij de veelgestelde vragen op onze website.

            Tot snel in Het Gebouw!
        """),
        lab(
            note="venue autoresponder with no Auto-Submitted or other automatic header; no return date"
        ),
        subject="Bedankt voor je bericht!",
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Valentina Greco", "v.greco@festivaldellelagune.example"),
        "2026-12-10 09:00 +0100",
        "none",
        d("""
            Gentile mittente,

            sarò fuori ufficio fino a venerdì 11 dicembre compreso, con accesso limitato alla posta. Rientrerò in ufficio lunedì 14 dicembre.

            Cordiali saluti
            Valentina Greco
        """),
        lab(return_date="2026-12-14", note="the stated day back wins over 'fino a ... compreso'"),
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_R, XARS),
    ),
    Reply(
        "ar-it-2",
        "auto_reply",
        "it",
        ("Francesca Riva", "f.riva@teatrogiglio.example"),
        "2026-12-02 11:45 +0100",
        "none",
        "Buongiorno,\n\nsono in congedo di maternità. Per questioni amministrative e pagamenti vi prego di scrivere a amministrazione@teatrogiglio.example.\n\nGrazie,\nFrancesca Riva",
        lab(
            note="leave without a return date; the colleague's address does not make it wrong_contact"
        ),
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_R,),
    ),
]

OTHER = [
    Reply(
        "ot-en-1",
        "other",
        "en",
        ("Brightline Agency Accounts", "accounts@brightline-agency-uk.example"),
        "2026-12-04 16:58 +0000",
        "html_only",
        d("""
            Dear Supplier,

            Please be advised that due to an internal restructuring our Accounts Payable department has moved. With immediate effect, kindly update your records and direct all invoices, statements and reminders to our new dedicated accounts office at brightline.accountsdept@gmail.com.

            Correspondence sent to our previous addresses will no longer be processed. Kindly confirm once your records have been updated.

            Regards,
            Accounts Payable
            Brightline Agency
        """),
        lab(
            note="phishing-like request to redirect mail to a free-mail address (lookalike sender domain, Reply-To to the free-mail address): a person must verify it by phone, so other, and new_contact stays null"
        ),
        inv="RA-2026-3070",
        headers=(("Reply-To", "brightline.accountsdept@gmail.com"),),
    ),
    Reply(
        "ot-en-2",
        "other",
        "en",
        ("Kit Adebayo", "kit@sundayghosts.example"),
        "2026-12-11 12:03 +0000",
        "bottom",
        "didn't we pay this already?",
        lab(
            note="bottom-posted; a question, not a claim of payment: a person checks the ledger and answers"
        ),
    ),
    Reply(
        "ot-de-1",
        "other",
        "de",
        ("Ursula Kranz", "u.kranz@kranz-familie.example"),
        "2026-12-07 10:26 +0100",
        "outlook",
        d("""
            Sehr geehrte Damen und Herren,

            mein Mann Dieter ist Anfang Oktober verstorben. Er hat als Alleinunterhalter gearbeitet, und ich weiß leider nicht, was er bei Ihnen gemietet hat und ob die Geräte zurückgegeben wurden. Ich kümmere mich gerade um den Nachlass.

            Könnten Sie mich bitte anrufen? Ich bin vormittags unter 05251 5558841 erreichbar.

            Mit freundlichen Grüßen
            Ursula Kranz
        """),
        lab(
            note="bereavement; questions about the estate and a call-back request: a person must handle it; ISO-8859-1"
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "ot-fr-1",
        "other",
        "fr",
        ("Thomas Girard", "thomas@girard-productions.example"),
        "2026-12-14 12:50 +0100",
        "iphone",
        "Bonjour,\nEst-ce que quelqu'un peut me rappeler ? Je préfère en parler de vive voix, c'est un peu compliqué par mail. 06 12 34 56 78, plutôt l'après-midi.\nMerci\nThomas",
        lab(note="call-back request, nothing stated about the invoice"),
    ),
    Reply(
        "ot-fr-2",
        "other",
        "fr",
        ("Inès Morel", "ines@soundsystem-morel.example"),
        "2026-12-09 17:05 +0100",
        "gmail",
        d("""
            Bonjour,

            Bien reçu pour la facture.

            Au passage : est-ce qu'il vous reste deux caissons de basses et une console numérique pour le 31 décembre au soir ? C'est pour un réveillon à Strasbourg, environ 300 personnes.

            Inès
        """),
        lab(note="acknowledgement plus a new booking enquiry; no commitment about the invoice"),
    ),
    Reply(
        "ot-es-1",
        "other",
        "es",
        ("Manuel Ríos", "manuel.rios@riosyhermanos.example"),
        "2026-11-27 19:33 +0100",
        "gmail",
        "¿Y esto qué es? No me suena de nada vuestra empresa. ¿Es spam o un timo? Antes de abrir nada quiero saber quiénes sois.\nManuel",
        lab(note="suspicion, not a request for documents: a person should call"),
    ),
    Reply(
        "ot-es-2",
        "other",
        "es",
        ("Rocío Jiménez", "secretaria@hermandaddelcarmen.example"),
        "2026-12-01 20:10 +0100",
        "android",
        "Buenas tardes,\n\nRecibido. Se lo paso a la tesorera de la hermandad en la reunión del jueves.\n\nUn saludo,\nRocío Jiménez\nSecretaria – Hermandad del Carmen",
        lab(note="acknowledgement; passing it on internally is not a new contact"),
    ),
    Reply(
        "ot-nl-1",
        "other",
        "nl",
        ("Daan Peeters", "daan@slowmotionriot.example"),
        "2026-12-02 14:28 +0100",
        "gmail",
        d("""
            Hallo,

            Slow Motion Riot bestaat sinds de zomer niet meer, we zijn in goed overleg uit elkaar gegaan. Ik weet eerlijk gezegd niet hoe dit nu verder moet of wie hiervoor verantwoordelijk is, de anderen reageren niet op mijn berichten.

            Daan
        """),
        lab(note="band dissolved; no promise, no contest, no new contact: a person reads it"),
    ),
    Reply(
        "ot-nl-2",
        "other",
        "nl",
        ("Esther Smit", "esther@smit-partyverhuur.example"),
        "2026-12-16 08:59 +0100",
        "iphone",
        "Oké, ik kijk ernaar.",
        lab(note="acknowledgement with no commitment"),
    ),
    Reply(
        "ot-it-1",
        "other",
        "it",
        ("Stefano Moretti", "stefano@morettiband.example"),
        "2026-11-25 18:40 +0100",
        "gmail",
        "Ciao,\n\na proposito: la cauzione di 300 euro che vi abbiamo lasciato al ritiro del materiale quando ce la restituite? Il materiale l'abbiamo riportato il 2 novembre, tutto integro.\n\nStefano",
        lab(note="asks when the deposit comes back; does not contest the invoice"),
    ),
    Reply(
        "ot-it-2",
        "other",
        "it",
        ("Elena Conti", "elena.conti@casa-conti.example"),
        "2026-12-03 21:15 +0100",
        "iphone_html",
        "Buonasera!\n\nVolevamo ringraziarvi ancora per il matrimonio, l'impianto era perfetto e Marco, il vostro tecnico, è stato gentilissimo con tutti. Vi lasciamo sicuramente una recensione su Google.\n\nUn abbraccio,\nElena e Paolo",
        lab(note="thanks only, nothing about the invoice"),
    ),
    Reply(
        "ot-it-3",
        "other",
        "it",
        ("Parrocchia Santi Pietro e Paolo", "segreteria@parrocchiasantipietroepaolo.example"),
        "2026-12-17 11:05 +0100",
        "outlook",
        d("""
            Buongiorno,

            il parroco, don Giuseppe, è ricoverato in ospedale da una settimana ed è lui che segue queste cose. Appena torna gli faccio vedere la vostra mail e ne parliamo.

            Cordiali saluti,
            Anna – segreteria parrocchiale
        """),
        lab(
            note="written by a person; no date and no commitment, and the payer is the same parish: other, not auto_reply or wrong_contact"
        ),
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
# Bounces: generated skeletons, hand-written human-readable parts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt` (the reminder was in `rlang`)."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str  # when the report was generated, in the reporting server's zone
    rlang: str
    queued: int = 3  # minutes between sending the reminder and the report
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return parse_when(self.when)

    @property
    def sent(self) -> datetime:
        return (self.dt - timedelta(minutes=self.queued)).astimezone(COLOGNE)

    @property
    def invoice(self) -> str:
        return f"RA-2026-{num(self.key, 'inv', 2801, 3199)}"

    @property
    def subject(self) -> str:
        return REMINDER_SUBJECT[self.rlang].format(inv=self.invoice)

    def reminder(self) -> Message:
        """The reminder exactly as Resonanz sent it."""
        amount = f"{num(self.key, 'amt', 240, 3400)}.00"
        text = reminder_text(
            self.rlang, self.key, inv=self.invoice, amount=amount, cur="EUR", sent=self.sent
        )
        msg = text_part(text + "\n", "plain", "utf-8", "qp")
        msg["From"] = formataddr((AR_NAME, AR_ADDR))
        msg["To"] = self.rcpt
        msg["Subject"] = header_text(self.subject, "utf-8")
        msg["Date"] = format_datetime(self.sent)
        msg["Message-ID"] = reminder_msgid(self.key)
        content_headers_last(msg)
        return msg

    def reminder_headers_text(self) -> str:
        return "".join(f"{k}: {v}\n" for k, v in self.reminder().items())


def delivery_status(
    b: Bounce, mta: str, action: str, diagnostic: str, *, remote: str = "", retry_days: int = 0
) -> Message:
    """The message/delivery-status part: per-message fields, then the per-recipient block."""
    per_message = f"Reporting-MTA: dns; {mta}\nArrival-Date: {format_datetime(b.sent.astimezone(b.dt.tzinfo))}\n"
    lines = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if retry_days:
        lines.append(f"Will-Retry-Until: {format_datetime(b.dt + timedelta(days=retry_days))}")
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    ds.set_payload(
        [message_from_bytes(block.encode()) for block in (per_message, "\n".join(lines) + "\n")]
    )
    return ds


def returned_headers(b: Bounce) -> Message:
    return text_part(b.reminder_headers_text(), "rfc822-headers", "us-ascii", "7bit")


def report(parts: list[Message]) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def finish(
    b: Bounce, msg: Message, sender: str, subject: str, extra: tuple[tuple[str, str], ...] = ()
) -> Message:
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_text(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = parseaddr(sender)[1].split("@")[1]
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 22).lower()}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    for name, value in extra:
        msg[name] = value
    return finalize(msg, b.key, "bounce")


def plain(text: str, charset: str = "us-ascii", cte: str = "7bit") -> Message:
    return text_part(text, "plain", charset, cte)


def exchange_alt(text: str, markup: str) -> Message:
    alt = MIMEMultipart("alternative")
    alt.attach(text_part(text, "plain", "utf-8", "qp"))
    alt.attach(text_part(markup, "html", "utf-8", "qp"))
    return alt


def b_postfix_hard(b: Bounce) -> Message:
    human = (
        d(f"""
        This is the mail system at host {AR_MTA}.

        Your message could not be delivered to one or more of its recipients.
        The details of the failure are given below, and the message is
        returned to you as an attachment.

        If you believe this is an error, contact it-support@resonanz-audio.example
        and quote this report.

                           The mail system

        <{b.rcpt}>: host mx.ravenhallagency.example[198.51.100.23] said:
            550 5.1.1 <{b.rcpt}>: Recipient address rejected: User
            unknown in local recipient table (in reply to RCPT TO command)
    """)
        + "\n"
    )
    diag = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table"
    )
    parts = [
        plain(human),
        delivery_status(b, AR_MTA, "failed", diag, remote="mx.ravenhallagency.example"),
        MIMEMessage(b.reminder()),
    ]
    return finish(
        b,
        report(parts),
        f"MAILER-DAEMON@{AR_MTA} (Mail Delivery System)",
        "Undelivered Mail Returned to Sender",
    )


def b_gmail_disabled(b: Bounce) -> Message:
    lines = [
        "** Message not delivered **",
        f"There was a problem delivering your message to {b.rcpt}. The account you tried to reach is disabled and can no longer receive mail.",
        "The response was:",
        "550 5.2.1 The email account that you tried to reach is disabled. For more information, go to https://support.google.com/mail/?p=DisabledUser d75a77b69052e-4a5c1f0e7b2si8812344cf.311 - gsmtp",
    ]
    markup = (
        "<html><body>" + "".join(f"<p>{html.escape(x)}</p>" for x in lines) + "</body></html>\n"
    )
    human = MIMEMultipart("alternative")
    human.attach(text_part("\n\n".join(lines) + "\n", "plain", "utf-8", "qp"))
    human.attach(text_part(markup, "html", "utf-8", "qp"))
    diag = "550-5.2.1 The email account that you tried to reach is disabled."
    parts = [
        human,
        delivery_status(b, "mx.google.com", "failed", diag, remote="gmail-smtp-in.l.google.com"),
        returned_headers(b),
    ]
    msg = report(parts)
    return finish(
        b,
        msg,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
        (("X-Failed-Recipients", b.rcpt),),
    )


def b_qmail_hard(b: Bounce) -> Message:
    original = b.reminder().as_string()
    text = (
        "Hi. This is the qmail-send program at mail.mapleleafsound.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "Sorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 28114 invoked from network); {format_datetime(b.sent.astimezone(b.dt.tzinfo))}\n"
        f"Received: from {AR_MTA} (203.0.113.25)\n  by mail.mapleleafsound.example with SMTP; {format_datetime(b.sent.astimezone(b.dt.tzinfo))}\n"
        f"{original}"
    )
    msg = Message()
    msg.set_payload(text)
    return finish(b, msg, "MAILER-DAEMON@mail.mapleleafsound.example", "failure notice")


def b_sendmail_delay(b: Bounce) -> Message:
    arrived = b.sent.astimezone(b.dt.tzinfo)
    human = (
        d(f"""
        The original message was received at {format_datetime(arrived)}
        from {AR_MTA} [203.0.113.25]

           **********************************************
           **      THIS IS A WARNING MESSAGE ONLY      **
           **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
           **********************************************

           ----- Transcript of session follows -----
        <{b.rcpt}>... Deferred: Connection timed out with mail.ulsterstage.example.
        Warning: message still undelivered after 4 hours
        Will keep trying until message is 5 days old
    """)
        + "\n"
    )
    parts = [
        plain(human),
        delivery_status(
            b,
            "backup-mx.ulsterstage.example",
            "delayed",
            "451 4.4.1 Connection timed out",
            remote="mail.ulsterstage.example",
            retry_days=5,
        ),
        returned_headers(b),
    ]
    msg = report(parts)
    msg.preamble = "This is a MIME-encapsulated message\n"
    return finish(
        b,
        msg,
        "Mail Delivery Subsystem <MAILER-DAEMON@backup-mx.ulsterstage.example>",
        "Warning: could not send message for past 4 hours",
    )


def b_gateway_delay(b: Bounce) -> Message:
    human = (
        d(f"""
        CLOUD MAIL SHIELD - DELIVERY DELAYED

        Your message has not been delivered yet.

          Recipient:  {b.rcpt}
          Subject:    {b.subject}
          Status:     Queued for retry (attempt 6)

        The recipient's mail server temporarily refused the message:
        451 4.7.1 Try again later, sender reputation check pending

        Cloud Mail Shield will keep trying for up to 72 hours. You do not need to send
        the message again. If it still cannot be delivered, you will receive a final
        notice.

        This notice was generated by the outbound security gateway of resonanz-audio.example.
    """)
        + "\n"
    )
    parts = [
        plain(human, "utf-8", "qp"),
        delivery_status(
            b,
            "outbound-eu2.cloudmailshield.example",
            "delayed",
            "451 4.7.1 Try again later, sender reputation check pending",
            remote="mx1.harbourlightstheatre.example",
            retry_days=3,
        ),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        "Cloud Mail Shield <no-reply-dsn@cloudmailshield.example>",
        f"Delivery delayed: {b.subject}",
        (("X-CMS-Notification", "delay"),),
    )


def b_exchange_de(b: Bounce) -> Message:
    sent = b.sent.astimezone(b.dt.tzinfo)
    text = (
        d(f"""
        Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.

              Betreff:   {b.subject}
              Gesendet:  {sent:%d.%m.%Y %H:%M}

        Die folgenden Empfänger können nicht erreicht werden:

              'Buchhaltung Rheinklang' am {b.dt:%d.%m.%Y %H:%M}
                    Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie, die Nachricht erneut zu senden.
                    <EXCH01.rheinklang-events.example #550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found ##>
    """)
        + "\n"
    )
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        '<p><font face="Tahoma" size="2">Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.</font></p>'
        f"<table><tr><td>Betreff:</td><td>{html.escape(b.subject)}</td></tr><tr><td>Gesendet:</td><td>{sent:%d.%m.%Y %H:%M}</td></tr></table>"
        "<p>Die folgenden Empfänger können nicht erreicht werden:</p>"
        f"<p>'Buchhaltung Rheinklang' am {b.dt:%d.%m.%Y %H:%M}<br>&nbsp;&nbsp;&nbsp;Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden. "
        "Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie, die Nachricht erneut zu senden.<br>"
        "&nbsp;&nbsp;&nbsp;&lt;EXCH01.rheinklang-events.example #550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found ##&gt;</p></body></html>\n"
    )
    parts = [
        exchange_alt(text, markup),
        delivery_status(
            b,
            "EXCH01.rheinklang-events.example",
            "failed",
            "550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found",
        ),
        MIMEMessage(b.reminder()),
    ]
    return finish(
        b,
        report(parts),
        "Systemadministrator <postmaster@rheinklang-events.example>",
        f"Unzustellbar: {b.subject}",
        (("X-MS-Exchange-Message-Is-Ndr", ""),),
    )


def b_o365_fr(b: Bounce) -> Message:
    local, domain = b.rcpt.split("@")
    diag = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    text = (
        d(f"""
        Votre message à {b.rcpt} n'a pas pu être remis.

        {local} est introuvable dans {domain}.

        lavilla-scene       Office 365       {local}
        Action requise                       Destinataire

        Adresse de messagerie inconnue

        Comment résoudre ce problème
        Le message n'a pas été remis, car l'adresse de messagerie du destinataire est introuvable. Vérifiez l'adresse et renvoyez le message, ou contactez le destinataire par un autre moyen.

        Informations supplémentaires pour les administrateurs
        Serveur de génération : PR2P264MB0731.FRAP264.PROD.OUTLOOK.COM
        {b.rcpt}
        Le serveur distant a retourné « {diag} »
    """)
        + "\n"
    )
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        f'<p style="font-size:16pt;color:#000000">Votre message à <a href="mailto:{b.rcpt}">{b.rcpt}</a> n\'a pas pu être remis.</p>'
        f"<p><b>{html.escape(local)}</b> est introuvable dans {html.escape(domain)}.</p>"
        '<table><tr><td>lavilla-scene</td><td style="color:#C00000">Office 365</td><td>'
        + html.escape(local)
        + "</td></tr>"
        '<tr><td></td><td style="color:#C00000"><b>Action requise</b></td><td>Destinataire</td></tr></table>'
        "<p><b>Adresse de messagerie inconnue</b></p>"
        "<p><b>Comment résoudre ce problème</b><br>Le message n'a pas été remis, car l'adresse de messagerie du destinataire est introuvable. "
        "Vérifiez l'adresse et renvoyez le message, ou contactez le destinataire par un autre moyen.</p>"
        "<p><b>Informations supplémentaires pour les administrateurs</b><br>Serveur de génération : PR2P264MB0731.FRAP264.PROD.OUTLOOK.COM<br>"
        f"{b.rcpt}<br>Le serveur distant a retourné « {html.escape(diag)} »</p></body></html>\n"
    )
    parts = [
        exchange_alt(text, markup),
        delivery_status(b, "PR2P264MB0731.FRAP264.PROD.OUTLOOK.COM", "failed", diag),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@lavilla-scene.example>",
        f"Non remis : {b.subject}",
        (("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "fr-FR")),
    )


def b_isp_es(b: Bounce) -> Message:
    text = (
        d(f"""
        Este es un mensaje generado automáticamente por el sistema de correo de Red Mediterránea.
        Por favor, no responda a este mensaje.

        No ha sido posible entregar su mensaje a uno o más destinatarios. Se trata de un error
        permanente: el sistema no volverá a intentar la entrega.

        <{b.rcpt}>:
            550 5.2.1 <{b.rcpt}>: cuenta deshabilitada (mailbox disabled)

        Si cree que se trata de un error, póngase en contacto con el destinatario por otro medio.

        --- A continuación se incluyen las cabeceras del mensaje original ---

    """)
        + "\n\n"
        + b.reminder_headers_text()
    )
    msg = plain(text, "iso-8859-1", "qp")
    return finish(
        b,
        msg,
        "Sistema de correo <mailer-daemon@correo.redmediterranea.example>",
        "Mensaje no entregado: " + b.subject,
    )


def b_exchange_es_delay(b: Bounce) -> Message:
    sent = b.sent.astimezone(b.dt.tzinfo)
    text = (
        d(f"""
        La entrega se ha retrasado para estos destinatarios o grupos:

        {b.rcpt}

        Asunto: {b.subject}

        Este mensaje todavía no se ha entregado. Se seguirá intentando la entrega.

        El servidor volverá a intentar la entrega del mensaje durante 1 día y 23 horas. Si no se puede entregar en ese plazo, recibirá una notificación de error.

        Información de diagnóstico para administradores:

        Servidor de generación: MAIL01.teatroalameda.example
        Recibido por: mail01.teatroalameda.example
        Enviado: {sent:%d/%m/%Y %H:%M:%S}
        451 4.4.7 Message delayed
    """)
        + "\n"
    )
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        '<p><b><font color="#000066" size="3" face="Arial">La entrega se ha retrasado para estos destinatarios o grupos:</font></b></p>'
        f'<p><a href="mailto:{b.rcpt}">{b.rcpt}</a></p><p>Asunto: {html.escape(b.subject)}</p>'
        "<p>Este mensaje todavía no se ha entregado. Se seguirá intentando la entrega.</p>"
        "<p>El servidor volverá a intentar la entrega del mensaje durante 1 día y 23 horas. Si no se puede entregar en ese plazo, recibirá una notificación de error.</p>"
        "<p><b>Información de diagnóstico para administradores:</b></p>"
        f"<p>Servidor de generación: MAIL01.teatroalameda.example<br>Recibido por: mail01.teatroalameda.example<br>Enviado: {sent:%d/%m/%Y %H:%M:%S}<br>451 4.4.7 Message delayed</p>"
        "</body></html>\n"
    )
    parts = [
        exchange_alt(text, markup),
        delivery_status(
            b, "MAIL01.teatroalameda.example", "delayed", "451 4.4.7 Message delayed", retry_days=2
        ),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        "Microsoft Outlook <postmaster@teatroalameda.example>",
        f"Retrasado: {b.subject}",
        (("X-MS-Exchange-Message-Is-Ndr", ""),),
    )


def b_exim_nl_delay(b: Bounce) -> Message:
    text = (
        d(f"""
        Dit bericht is automatisch aangemaakt door de mailserver van HostingNoord.

        Een bericht dat u heeft verstuurd, is na meer dan 24 uur nog niet afgeleverd
        bij een of meer ontvangers. De server blijft het proberen.

        Bericht-ID:  1wA7bC-0003Xy-Q9
        Onderwerp:   {b.subject}
        Datum:       {format_datetime(b.sent.astimezone(b.dt.tzinfo))}

        Het adres waarop het bericht nog niet is afgeleverd:

          {b.rcpt}
            host mx.feestband-deluxe.example [203.0.113.77]:
            451 4.3.2 Service temporarily unavailable, try again later

        U hoeft het bericht niet opnieuw te versturen. Als het na 4 dagen nog steeds
        niet is afgeleverd, ontvangt u een definitieve foutmelding.
    """)
        + "\n"
    )
    msg = plain(text, "utf-8", "qp")
    return finish(
        b,
        msg,
        "Mail Delivery System <Mailer-Daemon@relay2.hostingnoord.example>",
        f"Waarschuwing: bericht vertraagd - {b.subject}",
    )


def b_isp_nl_full(b: Bounce) -> Message:
    human = (
        d(f"""
        Uw bericht kon nog niet worden afgeleverd.

        De mailbox van de ontvanger {b.rcpt} is vol. Wij proberen het
        bericht de komende dagen opnieuw af te leveren; u hoeft niets te doen.
        Lukt het na 3 dagen nog steeds niet, dan ontvangt u een nieuw bericht.

        Onderwerp van uw bericht: {b.subject}

        {SIG_SEPARATOR}
        KabelNet Noord postmaster
    """)
        + "\n"
    )
    parts = [
        plain(human, "utf-8", "qp"),
        delivery_status(
            b, "mail.kabelnet-noord.example", "delayed", "452 4.2.2 Mailbox full", retry_days=3
        ),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        "Postmaster KabelNet Noord <postmaster@mail.kabelnet-noord.example>",
        "Bericht vertraagd: mailbox ontvanger vol",
    )


def b_isp_it_full(b: Bounce) -> Message:
    human = (
        d(f"""
        Il messaggio non è stato recapitato.

        La casella di posta del destinatario {b.rcpt} è piena
        e al momento non può ricevere nuovi messaggi. Può riprovare più tardi oppure
        contattare il destinatario con un altro mezzo.

        Risposta del server remoto:
        552 5.2.2 <{b.rcpt}>: quota superata / mailbox full

        Il messaggio originale è allegato.

        Servizio di posta LineaMail
    """)
        + "\n"
    )
    parts = [
        plain(human, "iso-8859-1", "qp"),
        delivery_status(
            b,
            "smtp3.lineamail.example",
            "failed",
            f"552 5.2.2 <{b.rcpt}>: quota superata / mailbox full",
            remote="mx.bandacittadina-ostuni.example",
        ),
        MIMEMessage(b.reminder()),
    ]
    return finish(
        b,
        report(parts),
        "Servizio di posta LineaMail <mailer-daemon@lineamail.example>",
        "Notifica di mancato recapito",
    )


BOUNCES = [
    (
        Bounce(
            "b-en-1",
            "en",
            "hard",
            "5.1.1",
            "office@ravenhallagency.example",
            "2026-11-25 07:41 +0100",
            "en",
            note="Postfix RFC 3464 report with the full returned message",
        ),
        b_postfix_hard,
    ),
    (
        Bounce(
            "b-en-2",
            "en",
            "hard",
            "5.2.1",
            "thegildedowls.band@gmail.com",
            "2026-11-30 22:39 -0800",
            "en",
            note="Gmail: account disabled; sent late on 30 Nov Pacific time, 1 Dec in Cologne",
        ),
        b_gmail_disabled,
    ),
    (
        Bounce(
            "b-en-3",
            "en",
            "hard",
            "5.1.1",
            "bookings@mapleleafsound.example",
            "2026-12-08 02:47 -0500",
            "en",
            queued=4,
            note="qmail-send failure notice, not MIME; the status comes from '(#5.1.1)'",
        ),
        b_qmail_hard,
    ),
    (
        Bounce(
            "b-en-4",
            "en",
            "soft",
            "4.4.1",
            "accounts@ulsterstage.example",
            "2026-12-03 12:36 +0000",
            "en",
            queued=245,
            note="sendmail 4-hour warning from the recipient's backup MX",
        ),
        b_sendmail_delay,
    ),
    (
        Bounce(
            "b-en-5",
            "en",
            "soft",
            "4.7.1",
            "finance@harbourlightstheatre.example",
            "2026-12-15 13:35 +0100",
            "en",
            queued=360,
            note="security gateway delay notice (temporary reputation deferral)",
        ),
        b_gateway_delay,
    ),
    (
        Bounce(
            "b-de-1",
            "de",
            "hard",
            "5.1.1",
            "buchhaltung@rheinklang-events.example",
            "2026-11-26 07:44 +0100",
            "de",
            note="on-premises Exchange 'Unzustellbar' in German with the returned message",
        ),
        b_exchange_de,
    ),
    (
        Bounce(
            "b-fr-1",
            "fr",
            "hard",
            "5.1.10",
            "compta@lavilla-scene.example",
            "2026-12-09 07:48 +0100",
            "fr",
            note="Office 365 'Non remis' in French",
        ),
        b_o365_fr,
    ),
    (
        Bounce(
            "b-es-1",
            "es",
            "hard",
            "5.2.1",
            "info@orquestalamarea.example",
            "2026-12-01 07:46 +0100",
            "es",
            note="Spanish provider notice, single text/plain part in ISO-8859-1; account disabled",
        ),
        b_isp_es,
    ),
    (
        Bounce(
            "b-es-2",
            "es",
            "soft",
            "4.4.7",
            "produccion@teatroalameda.example",
            "2026-12-11 07:40 +0100",
            "es",
            queued=1450,
            note="Exchange 'Retrasado' delay report in Spanish",
        ),
        b_exchange_es_delay,
    ),
    (
        Bounce(
            "b-nl-1",
            "nl",
            "soft",
            "4.3.2",
            "info@feestband-deluxe.example",
            "2026-11-27 08:02 +0100",
            "nl",
            queued=1460,
            note="Exim-style delay warning localised in Dutch by a hosting provider; plain text, status from the quoted SMTP reply",
        ),
        b_exim_nl_delay,
    ),
    (
        Bounce(
            "b-nl-2",
            "nl",
            "soft",
            "4.2.2",
            "penningmeester@harmonie-sintjoris.example",
            "2026-12-17 09:13 +0100",
            "nl",
            queued=95,
            note="Dutch ISP notice: mailbox full, delayed",
        ),
        b_isp_nl_full,
    ),
    (
        Bounce(
            "b-it-1",
            "it",
            "soft",
            "5.2.2",
            "amministrazione@bandacittadina-ostuni.example",
            "2026-12-04 07:45 +0100",
            "it",
            note="mailbox full reported with a 5.x code: soft by the mailbox-full rule, the code is kept",
        ),
        b_isp_it_full,
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, file names, output and checks
# --------------------------------------------------------------------------------------------


def reply_label(r: Reply) -> dict[str, object]:
    label: dict[str, object] = {"intent": r.intent}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update({k: v for k, v in r.labels.items() if k in LABEL_KEYS})
    refs = r.labels.get("invoice_refs", [])
    if not isinstance(refs, list):
        raise TypeError(f"{r.key}: invoice_refs is not a list")
    label["invoice_refs"] = list(refs)
    label["language"] = r.lang
    label["note"] = r.labels.get("note")
    return label


def bounce_label(b: Bounce) -> dict[str, object]:
    label: dict[str, object] = {"intent": "bounce"}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


def all_messages() -> list[tuple[str, Message, dict[str, object], datetime]]:
    items = [(r.key, build_reply(r), reply_label(r), r.dt) for r in REPLIES]
    items += [(b.key, build(b), bounce_label(b), b.dt) for b, build in BOUNCES]
    return items


DECODED_HEADERS = {"subject", "from", "to", "cc", "thread-topic"}


def check_part(name: str, part: EmailMessage) -> None:
    """One MIME part: no defects, headers decoded, text decodes cleanly."""
    if part.defects:
        raise SystemExit(f"{name}: MIME defects {part.defects}")
    for hname, value in part.items():
        if getattr(value, "defects", None):
            raise SystemExit(f"{name}: header {hname} defects {value.defects}")
        if "=?" in str(value) and hname.lower() in DECODED_HEADERS:
            raise SystemExit(f"{name}: header {hname} not decoded: {value}")
    if part.get_content_maintype() == "text":
        text: str = part.get_content()
        if "\ufffd" in text:
            raise SystemExit(f"{name}: undecodable text in {part.get_content_type()}")


def check_message(name: str, data: bytes) -> None:
    """Parse back as a receiving program would: headers decode, text parts decode, no defects."""
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{name}: no {header}")
    for part in msg.walk():
        check_part(name, part)
    if msg.get_content_type() == "text/plain" and not msg.is_multipart():
        msg.get_content()


def check_label_keys(x: dict[str, object]) -> None:
    """Keys in the fixed order; a known intent and language; ISO dates."""
    if tuple(x) != ALL_KEYS:
        raise SystemExit(f"{x['file']}: keys {tuple(x)}")
    if x["intent"] not in INTENTS or x["language"] not in LANGS:
        raise SystemExit(f"{x['file']}: bad intent or language")
    for k in ("promised_date", "paid_date", "return_date"):
        if x[k] is not None:
            date.fromisoformat(str(x[k]))


def check_label_amount(x: dict[str, object]) -> None:
    """An amount has two decimals and a known currency; no currency without an amount."""
    if x["amount"] is not None:
        whole, _, cents = str(x["amount"]).partition(".")
        well_formed = whole.isdigit() and len(cents) == 2 and cents.isdigit()
        if not well_formed or x["currency"] not in {"EUR", "GBP", "USD"}:
            raise SystemExit(f"{x['file']}: bad amount/currency")
    elif x["currency"] is not None:
        raise SystemExit(f"{x['file']}: currency without amount")


def check_label_bounce(x: dict[str, object]) -> None:
    """Bounce fields are complete on bounces and absent everywhere else."""
    if (x["intent"] == "bounce") != (x["bounce_kind"] is not None):
        raise SystemExit(f"{x['file']}: bounce fields")
    if x["intent"] == "bounce":
        if (
            x["bounce_kind"] not in {"hard", "soft"}
            or not x["failed_recipient"]
            or not x["bounce_status"]
        ):
            raise SystemExit(f"{x['file']}: bounce fields incomplete")
    elif x["failed_recipient"] is not None or x["bounce_status"] is not None:
        raise SystemExit(f"{x['file']}: bounce fields on a non-bounce")


def check_label_intent_fields(x: dict[str, object]) -> None:
    """Intent-specific fields appear only with their intent; invoice refs are well formed."""
    if x["new_contact"] is not None and (
        x["intent"] != "wrong_contact" or x["new_contact"] != str(x["new_contact"]).lower()
    ):
        raise SystemExit(f"{x['file']}: new_contact")
    for key, intent in (
        ("promised_date", "promise_to_pay"),
        ("paid_date", "payment_sent"),
        ("return_date", "auto_reply"),
    ):
        if x[key] is not None and x["intent"] != intent:
            raise SystemExit(f"{x['file']}: {key} on {x['intent']}")
    refs = x["invoice_refs"]
    if not isinstance(refs, list):
        raise SystemExit(f"{x['file']}: invoice_refs is not a list")
    for ref in refs:
        if not (str(ref).startswith("RA-2026-") and len(str(ref)) == 12 and str(ref)[8:].isdigit()):
            raise SystemExit(f"{x['file']}: invoice ref {ref}")


def check_label_counts(labels: list[dict[str, object]]) -> None:
    """12 messages an intent, every intent/language cell filled, six hard and six soft bounces."""
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    for intent in INTENTS:
        if sum(cells[intent, lang] for lang in LANGS) != 12:
            raise SystemExit(f"{intent}: not 12 messages")
        for lang in LANGS:
            if not cells[intent, lang]:
                raise SystemExit(f"{intent}/{lang}: empty cell")
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    if kinds != Counter({"hard": 6, "soft": 6}):
        raise SystemExit(f"bounce kinds {kinds}")


def check_labels(labels: list[dict[str, object]]) -> None:
    """Each label is consistent with itself; the set covers every intent and language."""
    for x in labels:
        check_label_keys(x)
        check_label_amount(x)
        check_label_bounce(x)
        check_label_intent_fields(x)
    check_label_counts(labels)


def check_texts(items: list[tuple[str, Message, dict[str, object], datetime]]) -> None:
    """Every hand-written text is distinct; every message is dated inside the corpus window."""
    bodies = [r.body or r.html_body for r in REPLIES]
    if len(set(bodies)) != len(bodies):
        raise SystemExit("duplicate hand-written text")
    lo, hi = date(2026, 11, 23), date(2026, 12, 18)
    for key, _, _, when in items:
        if not lo <= when.date() <= hi:
            raise SystemExit(f"{key}: dated {when} outside the window")


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
    keys = [key for key, _, _, _ in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    if len(items) != 120:
        raise SystemExit(f"{len(items)} messages, expected 120")
    check_texts(items)
    random.Random(SEED).shuffle(items)
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels = []
    for number, (_, msg, label, _) in enumerate(items, start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = msg.as_bytes(policy=GENERATE)
        check_message(name, data)
        (HERE / name).write_bytes(data)
        labels.append({"file": name, **label})
    check_labels(labels)
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
