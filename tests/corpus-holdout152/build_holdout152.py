# ruff: noqa: C901, E501, PLR0912, PLW2901, RUF001
# Message text is kept one paragraph a line, as mail clients send it, with the typographic
# dashes, quotes and accents people really type.
"""Build held-out reply corpus 152: `h152-NNN.eml` files and `labels.jsonl`.

Every message answers (or reacts to) a payment reminder sent by the accounts team of Marlowe
Piano Tuning & Restoration. The new text of each message is written by hand below. This script
only adds what a mail client or a mail server would add: the quoted reminder in the client's
layout and language, headers, MIME structure, charsets and transfer encodings, and the machine
parts of delivery reports. Run it from anywhere; it writes next to itself, deterministically.
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
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from email import charset as email_charset
from email import message_from_bytes, policy
from email.header import Header
from email.headerregistry import BaseHeader
from email.message import EmailMessage, Message
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import cast

HERE = Path(__file__).resolve().parent
SEED = "holdout152-20320524"
PREFIX = "h152"
AR_NAME = "Marlowe Pianos Accounts"
AR_ADDR = "accounts@marlowe-pianos.example"
AR_DOMAIN = "marlowe-pianos.example"
AR_MTA = "mail.marlowe-pianos.example"
UK = timezone(timedelta(hours=1))  # BST in May and June
CET = timezone(timedelta(hours=2))  # CEST in May and June
FIRST_DAY = date(2032, 5, 24)
LAST_DAY = date(2032, 6, 18)
UK_HOLIDAYS = {date(2032, 5, 31)}  # spring bank holiday: no reminders go out

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
RECORD_KEYS = ("file", "intent", *LABEL_KEYS, "invoice_refs", "language", "note")
INTENT_FIELDS: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "amount", "currency"}),
    "auto_reply": frozenset({"return_date"}),
    "wrong_contact": frozenset({"new_contact"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
}
# The planned table: English 3 per intent, every other language 2 per intent except in the
# two intents where it has 1 (so that each language totals 18 and each intent 12).
SINGLE = {
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
PLAN: dict[tuple[str, str], int] = {
    (intent, lang): 3 if lang == "en" else 1 if SINGLE[intent] == lang else 2
    for intent in INTENTS
    for lang in LANGS
}


def T(text: str) -> str:
    """Hand-written text, written indented in the source: dedent and trim the outer blank lines."""
    return textwrap.dedent(text).strip("\n")


# --------------------------------------------------------------------------------------------
# Locale tables (what the clients print around a reply)
# --------------------------------------------------------------------------------------------

DAY_NAMES = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
}
DAY_ABBR = {
    "en": "Mon Tue Wed Thu Fri Sat Sun",
    "de": "Mo. Di. Mi. Do. Fr. Sa. So.",
    "fr": "lun. mar. mer. jeu. ven. sam. dim.",
    "es": "lun mar mié jue vie sáb dom",
    "nl": "ma di wo do vr za zo",
    "it": "lun mar mer gio ven sab dom",
}
MONTH_NAMES = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
}
MONTH_ABBR = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}
GMAIL_ATTRIBUTION = {
    "en": "On {da}, {d} {ma} {y} at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {da}, {d}. {ma} {y} um {HH}:{MM} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {da} {d} {ma} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {da}, {d} {ma} {y} a las {H}:{MM}, {name} (<{addr}>) escribió:",
    "nl": "Op {da} {d} {ma} {y} om {HH}:{MM} schreef {name} <{addr}>:",
    "it": "Il giorno {da} {d} {ma} {y} alle ore {HH}:{MM} {name} <{addr}> ha scritto:",
}
APPLE_ATTRIBUTION = {
    "en": "On {d} {ma} {y}, at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{MM} schrieb {name} <{addr}>:",
    "fr": "Le {d} {ma} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {d} {ma} {y}, a las {H}:{MM}, {name} <{addr}> escribió:",
    "nl": "Op {d} {ma} {y} om {HH}:{MM} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {ma} {y}, alle ore {HH}:{MM}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTRIBUTION = {
    "en": "On {dd}/{mo}/{y} {HH}:{MM}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{MM} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{MM}, {name} a écrit :",
    "es": "El {d}/{m}/{yy} a las {H}:{MM}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{MM} schreef {name}:",
    "it": "Il {dd}/{mo}/{yy} {HH}:{MM}, {name} ha scritto:",
}
OUTLOOK_SENT = {
    "en": "{dl}, {d} {ml} {y} {HH}:{MM}",
    "de": "{dl}, {d}. {ml} {y} {HH}:{MM}",
    "fr": "{dl} {d} {ml} {y} {HH}:{MM}",
    "es": "{dl}, {d} de {ml} de {y} {H}:{MM}",
    "nl": "{dl} {d} {ml} {y} {HH}:{MM}",
    "it": "{dl} {d} {ml} {y} {HH}:{MM}",
}
# Separator line, then the labels From, Sent, To, Subject with their colon.
OUTLOOK_HEAD = {
    "en": ("-----Original Message-----", "From:", "Sent:", "To:", "Subject:"),
    "de": ("-----Ursprüngliche Nachricht-----", "Von:", "Gesendet:", "An:", "Betreff:"),
    "fr": ("-----Message d'origine-----", "De :", "Envoyé :", "À :", "Objet :"),
    "es": ("-----Mensaje original-----", "De:", "Enviado el:", "Para:", "Asunto:"),
    "nl": (
        "-----Oorspronkelijk bericht-----",
        "Van:",
        "Verzonden:",
        "Aan:",
        "Onderwerp:",
    ),
    "it": ("-----Messaggio originale-----", "Da:", "Inviato:", "A:", "Oggetto:"),
}
OUTLOOK_REPLY = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
CONTENT_LANGUAGE = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}
WORD_LANG = {"en": "EN-GB", "de": "DE", "fr": "FR", "es": "ES", "nl": "NL", "it": "IT"}
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

# --------------------------------------------------------------------------------------------
# The reminder every reply answers (as the accounts team sends it, in six languages)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – Marlowe Piano Tuning & Restoration",
    "de": "Zahlungserinnerung – Rechnung {inv} ist überfällig",
    "fr": "Rappel : facture {inv} arrivée à échéance",
    "es": "Recordatorio: la factura {inv} está vencida",
    "nl": "Betalingsherinnering: factuur {inv} is vervallen",
    "it": "Sollecito: fattura {inv} scaduta",
}
REMINDER_BODY = {
    "en": """
        Dear customer,

        Our records show that invoice {inv}, issued on {issued}, fell due on {due} and has not yet been paid:

            Invoice:             {inv}
            Amount outstanding:  {amount}
            Due date:            {due}

        If you have paid in the last few days, thank you – please let us know the date and your payment reference so that we can match it. If anything about the work or the invoice needs looking at, simply reply to this e-mail.

        With kind regards,

        Accounts Team
        Marlowe Piano Tuning & Restoration
        Tuning · Restoration · Moving · Hire
        accounts@marlowe-pianos.example | 01632 960274
    """,
    "de": """
        Guten Tag,

        nach unseren Unterlagen ist die Rechnung {inv} vom {issued} seit dem {due} fällig und noch nicht beglichen:

            Rechnung:          {inv}
            Offener Betrag:    {amount}
            Fällig seit:       {due}

        Falls Sie in den letzten Tagen gezahlt haben, vielen Dank – teilen Sie uns bitte Datum und Verwendungszweck mit, damit wir die Zahlung zuordnen können. Bei Fragen zu den Arbeiten oder zur Rechnung antworten Sie einfach auf diese E-Mail.

        Mit freundlichen Grüßen

        Buchhaltung
        Marlowe Piano Tuning & Restoration
        accounts@marlowe-pianos.example | +44 1632 960274
    """,
    "fr": """
        Bonjour,

        Sauf erreur de notre part, la facture {inv} émise le {issued} était payable au {due} et n'a pas encore été réglée :

            Facture :          {inv}
            Montant dû :       {amount}
            Échéance :         {due}

        Si vous avez effectué le paiement ces derniers jours, merci – indiquez-nous simplement la date et la référence du virement afin que nous puissions le rapprocher. Pour toute question sur l'intervention ou sur la facture, il vous suffit de répondre à ce message.

        Bien cordialement,

        Service comptabilité
        Marlowe Piano Tuning & Restoration
        accounts@marlowe-pianos.example | +44 1632 960274
    """,
    "es": """
        Buenos días:

        Según nuestros registros, la factura {inv}, emitida el {issued}, venció el {due} y sigue pendiente de pago:

            Factura:             {inv}
            Importe pendiente:   {amount}
            Vencimiento:         {due}

        Si ha realizado el pago en los últimos días, muchas gracias; le agradeceríamos que nos indicara la fecha y la referencia para poder conciliarlo. Si tiene alguna duda sobre el trabajo o sobre la factura, basta con responder a este correo.

        Un cordial saludo,

        Departamento de contabilidad
        Marlowe Piano Tuning & Restoration
        accounts@marlowe-pianos.example | +44 1632 960274
    """,
    "nl": """
        Beste klant,

        Volgens onze administratie is factuur {inv} van {issued} op {due} vervallen en nog niet voldaan:

            Factuur:             {inv}
            Openstaand bedrag:   {amount}
            Vervaldatum:         {due}

        Heeft u de afgelopen dagen al betaald, dan danken wij u hartelijk; laat u ons de datum en het betalingskenmerk weten, zodat wij de betaling kunnen verwerken. Heeft u een vraag over de werkzaamheden of de factuur, antwoord dan gewoon op deze e-mail.

        Met vriendelijke groet,

        Debiteurenadministratie
        Marlowe Piano Tuning & Restoration
        accounts@marlowe-pianos.example | +44 1632 960274
    """,
    "it": """
        Gentile cliente,

        dai nostri archivi risulta che la fattura {inv} del {issued}, con scadenza {due}, non è ancora stata saldata:

            Fattura:             {inv}
            Importo da saldare:  {amount}
            Scadenza:            {due}

        Se ha effettuato il pagamento negli ultimi giorni, la ringraziamo e le chiediamo di comunicarci data e riferimento del bonifico, così da poterlo abbinare. Per qualsiasi domanda sull'intervento o sulla fattura è sufficiente rispondere a questa e-mail.

        Cordiali saluti,

        Ufficio amministrazione
        Marlowe Piano Tuning & Restoration
        accounts@marlowe-pianos.example | +44 1632 960274
    """,
}
LATIN1_SUBSTITUTES = {"–": "-", "€": "EUR", "’": "'", "…": "...", "“": '"', "”": '"'}


def money(amount: str, currency: str, lang: str) -> str:
    """An amount as the reminder prints it in `lang` (amount is a plain decimal string)."""
    units, cents = amount.split(".")
    groups: list[str] = []
    while units:
        groups.insert(0, units[-3:])
        units = units[:-3]
    symbol = {"GBP": "£", "EUR": "€"}[currency]
    if lang == "en":
        return f"{symbol}{','.join(groups)}.{cents}"
    if lang == "fr":
        return "\u00a0".join(groups) + f",{cents}\u00a0{symbol}"
    number = ".".join(groups) + f",{cents}"
    if lang in {"nl", "it"}:
        return f"{symbol} {number}"
    return f"{number} {symbol}"


def date_text(day: date, lang: str) -> str:
    """A calendar date as the reminder prints it."""
    if lang == "en":
        return f"{day.day} {MONTH_NAMES['en'].split()[day.month - 1]} {day.year}"
    sep = {"de": ".", "nl": "-"}.get(lang, "/")
    return f"{day.day:02d}{sep}{day.month:02d}{sep}{day.year}"


def latin1(text: str) -> str:
    """What a Latin-1 client keeps of characters it cannot send."""
    for bad, good in LATIN1_SUBSTITUTES.items():
        text = text.replace(bad, good)
    return text


def digest(*parts: str) -> bytes:
    return hashlib.sha256(":".join((SEED, *parts)).encode()).digest()


def number(*parts: str) -> int:
    return int.from_bytes(digest(*parts)[:8], "big")


def b32(n: int, *parts: str) -> str:
    return base64.b32encode(digest(*parts)).decode()[:n]


@dataclass(frozen=True)
class Reminder:
    """One reminder as dunmail sent it: the message every reply quotes."""

    key: str
    lang: str
    inv: str
    amount: str
    currency: str
    to_name: str
    to_addr: str
    sent: datetime

    @property
    def due(self) -> date:
        return self.sent.date() - timedelta(days=8 + number(self.key, "due") % 12)

    @property
    def issued(self) -> date:
        return self.due - timedelta(days=30)

    @property
    def msgid(self) -> str:
        return f"<dunmail.{digest(self.key, 'reminder').hex()[:20]}@{AR_DOMAIN}>"

    @property
    def subject(self) -> str:
        return REMINDER_SUBJECT[self.lang].format(inv=self.inv)

    @property
    def text(self) -> str:
        return T(REMINDER_BODY[self.lang]).format(
            inv=self.inv,
            issued=date_text(self.issued, self.lang),
            due=date_text(self.due, self.lang),
            amount=money(self.amount, self.currency, self.lang),
        )

    @property
    def to_header(self) -> str:
        return f"{self.to_name} <{self.to_addr}>" if self.to_name else self.to_addr


def uk_working_day_before(day: date, lag: int) -> date:
    """The UK working day `lag` working days before `day`."""
    while lag:
        day -= timedelta(days=1)
        if day.weekday() < 5 and day not in UK_HOLIDAYS:
            lag -= 1
    return day


def morning_run(day: date, key: str) -> datetime:
    """dunmail's reminder run starts a little after nine, UK time."""
    n = number(key, "run")
    return datetime(day.year, day.month, day.day, 9, n % 9, n % 57 + 1, tzinfo=UK)


# --------------------------------------------------------------------------------------------
# Specs: replies and labels
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Label:
    """The fields a reply is labelled with beyond intent and language."""

    refs: tuple[str, ...] = ()
    note: str | None = None
    promised_date: str | None = None
    paid_date: str | None = None
    return_date: str | None = None
    payment_reference: str | None = None
    amount: str | None = None
    currency: str | None = None
    new_contact: str | None = None


@dataclass(frozen=True)
class Reply:
    """One hand-written message from a customer (or a customer's system) with its labels."""

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    client: str
    text: str
    label: Label
    inv: str = ""
    amt: str = ""
    cur: str = ""
    rlang: str = ""
    subject: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    cc: str = ""
    attachment: tuple[str, bytes] | None = None
    lag: int = 1
    threaded: bool = True

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def currency(self) -> str:
        if self.cur:
            return self.cur
        return "GBP" if self.dt.utcoffset() == timedelta(hours=1) else "EUR"

    @property
    def notice(self) -> bool:
        return self.client in {"notice", "notice_html"}

    def reminder(self) -> Reminder:
        if self.notice:  # an automatic answer arrives minutes after the reminder
            sent = (self.dt - timedelta(minutes=1 + number(self.key, "gap") % 4)).astimezone(UK)
            sent = sent.replace(second=number(self.key, "sec") % 60)
        else:
            sent = morning_run(uk_working_day_before(self.dt.date(), self.lag), self.key)
        return Reminder(
            self.key,
            self.rlang or self.lang,
            self.inv or "MPT-320400",
            self.amt or "100.00",
            self.currency,
            self.who[0],
            self.who[1],
            sent,
        )


AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "All")

# --------------------------------------------------------------------------------------------
# MIME helpers
# --------------------------------------------------------------------------------------------


def text_part(text: str, subtype: str, charset: str, cte: str, flowed: bool = False) -> Message:
    """A text/* part whose transfer encoding is the one the client would choose."""
    text.encode(charset)  # fails loudly if the hand-written text does not fit the charset
    cs = email_charset.Charset(charset)
    if cte == "qp":
        cs.body_encoding = email_charset.QP
    elif cte == "b64":
        cs.body_encoding = email_charset.BASE64
    else:  # 7bit or 8bit: let the library pick from the bytes
        cs.body_encoding = None  # type: ignore[assignment]
    part = Message()
    part["Content-Type"] = f"text/{subtype}"
    part.set_payload(text, cs)
    if flowed:
        part.set_param("format", "flowed")
    return part


def alternative(plain: Message, markup: Message) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(markup)
    return outer


def header_value(value: str, charset: str) -> str | Header:
    """A header as a client writes it: RFC 2047 encoded words when it is not ASCII."""
    if value.isascii():
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return Header(value, charset)


def mailbox(name: str, addr: str, charset: str) -> str:
    """A From/To mailbox with the display name encoded the client's way."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    try:
        name.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return formataddr((name, addr), charset)


MIME_HEADERS = (
    "MIME-Version",
    "Content-Type",
    "Content-Transfer-Encoding",
    "Content-Disposition",
)


def assemble(body: Message, headers: list[tuple[str, str | Header]]) -> Message:
    """Put the envelope headers on top of `body`, then its MIME headers, as clients order them."""
    saved = [(name, value) for name in MIME_HEADERS for value in body.get_all(name) or []]
    for name in MIME_HEADERS:
        del body[name]
    # A compat32 message also takes Header objects (encoded words), which the stubs leave out.
    target = cast("Message[str, str | Header]", body)
    for header, header_val in headers:
        target[header] = header_val
    if saved:
        body["MIME-Version"] = "1.0"
    for name, value in saved:
        if name != "MIME-Version":
            body[name] = value
    return body


def strip_inner_versions(part: Message, top: bool = True) -> None:
    """Only a message's top (or a returned message's top) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    if part.is_multipart():
        payload = part.get_payload()
        if isinstance(payload, list):
            for sub in payload:
                if isinstance(sub, Message):
                    strip_inner_versions(sub, top=part.get_content_type() == "message/rfc822")


def set_boundaries(msg: Message, key: str, prefix: str) -> None:
    """Fixed boundaries, shaped like the sending client's."""
    parts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(parts):
        part.set_boundary(prefix + b32(26, key, "boundary", str(n)))


# --------------------------------------------------------------------------------------------
# Client layouts
# --------------------------------------------------------------------------------------------


def date_fields(lang: str, moment: datetime) -> dict[str, str]:
    wd, mo = moment.weekday(), moment.month - 1
    return {
        "da": DAY_ABBR[lang].split()[wd],
        "dl": DAY_NAMES[lang].split()[wd],
        "ma": MONTH_ABBR[lang].split()[mo],
        "ml": MONTH_NAMES[lang].split()[mo],
        "d": str(moment.day),
        "dd": f"{moment.day:02d}",
        "m": str(moment.month),
        "mo": f"{moment.month:02d}",
        "y": str(moment.year),
        "yy": f"{moment.year % 100:02d}",
        "H": str(moment.hour),
        "HH": f"{moment.hour:02d}",
        "MM": f"{moment.minute:02d}",
    }


@dataclass(frozen=True)
class Quoted:
    """The reminder as the replying client shows it: its language, the sender's clock."""

    lang: str
    subject: str
    text: str
    to: str
    sent: datetime

    def fill(self, template: str) -> str:
        return template.format(**date_fields(self.lang, self.sent), name=AR_NAME, addr=AR_ADDR)


def quoted_for(r: Reply, rem: Reminder) -> Quoted:
    subject, text, to = rem.subject, rem.text, rem.to_header
    if r.charset == "iso-8859-1":
        subject, text = latin1(subject), latin1(text)
    sent = rem.sent.astimezone(r.dt.tzinfo)
    return Quoted(r.lang, subject, text, to, sent)


def quote_marks(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def outlook_lines(q: Quoted) -> list[str]:
    _, frm, sent, to, subj = OUTLOOK_HEAD[q.lang]
    return [
        f"{frm} {AR_NAME} <{AR_ADDR}>",
        f"{sent} {q.fill(OUTLOOK_SENT[q.lang])}",
        f"{to} {q.to}",
        f"{subj} {q.subject}",
    ]


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def word_paragraphs(text: str) -> str:
    out = []
    for line in text.split("\n"):
        inner = esc(line).replace("  ", "&nbsp; ") if line else "<o:p>&nbsp;</o:p>"
        out.append(f'<p class="MsoNormal">{inner}</p>')
    return "\n".join(out)


def word_html(r: Reply, q: Quoted) -> str:
    """Outlook desktop's HTML: Word markup, the reply, the grey divider and the reminder."""
    labels = OUTLOOK_HEAD[q.lang][1:]
    values = [line.split(":", 1)[1].strip() for line in outlook_lines(q)]
    head = "<br>\n".join(
        f"<b>{esc(label)}</b> {esc(value)}" for label, value in zip(labels, values, strict=True)
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif;}\n'
        'span.EmailStyle20 {mso-style-type:personal-reply; font-family:"Aptos",sans-serif; color:windowtext;}\n'
        "@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style>\n</head>\n"
        f'<body lang="{WORD_LANG[r.lang]}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{word_paragraphs(r.text)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n'
        "</div>\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{word_paragraphs(q.text)}\n"
        "</div>\n</body>\n</html>\n"
    )


def html_lines(text: str) -> str:
    return "<br>\n".join(esc(line) for line in text.split("\n"))


def client_outlook(r: Reply, q: Quoted) -> Message:
    block = "\n".join([OUTLOOK_HEAD[q.lang][0], *outlook_lines(q)])
    return text_part(f"{r.text}\n\n{block}\n\n{q.text}\n", "plain", r.charset, r.cte)


def client_outlook_html(r: Reply, q: Quoted) -> Message:
    plain = "\n".join([r.text, "", *outlook_lines(q), "", q.text, ""])
    return alternative(
        text_part(plain, "plain", r.charset, r.cte),
        text_part(word_html(r, q), "html", r.charset, r.cte),
    )


def client_html_only(r: Reply, q: Quoted) -> Message:
    return text_part(word_html(r, q), "html", r.charset, r.cte)


def client_android(r: Reply, q: Quoted) -> Message:
    block = "\n".join(outlook_lines(q))
    text = f"{r.text}\n\n{ANDROID_SIGNATURE[q.lang]}\n{'_' * 32}\n{block}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def gmail_attribution(q: Quoted) -> str:
    return q.fill(GMAIL_ATTRIBUTION[q.lang])


def client_gmail(r: Reply, q: Quoted) -> Message:
    attribution = gmail_attribution(q)
    plain = f"{r.text}\n\n{attribution}\n\n{quote_marks(q.text)}\n"
    paragraphs = "".join(f"<div>{html_lines(p)}</div><div><br></div>" for p in q.text.split("\n\n"))
    markup = (
        f'<div dir="ltr">{html_lines(r.text)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{esc(attribution)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{paragraphs}</blockquote></div>\n"
    )
    return alternative(
        text_part(plain, "plain", r.charset, r.cte),
        text_part(markup, "html", r.charset, r.cte),
    )


def client_gmail_plain(r: Reply, q: Quoted) -> Message:
    text = f"{r.text}\n\n{gmail_attribution(q)}\n\n{quote_marks(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def client_apple(r: Reply, q: Quoted) -> Message:
    text = f"{r.text}\n\n{q.fill(APPLE_ATTRIBUTION[q.lang])}\n\n{quote_marks(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def client_iphone(r: Reply, q: Quoted) -> Message:
    quoted = quote_marks(f"{q.fill(APPLE_ATTRIBUTION[q.lang])}\n\n{q.text}")
    text = f"{r.text}\n\n{IPHONE_SIGNATURE[q.lang]}\n\n{quoted}\n"
    return text_part(text, "plain", r.charset, r.cte)


def flow(text: str, prefix: str = "", width: int = 72) -> list[str]:
    """RFC 3676 format=flowed lines: soft breaks keep a trailing space, hard breaks do not."""
    out: list[str] = []
    for line in text.split("\n"):
        if line == "-- ":
            out.append(prefix + line)
            continue
        line = line.rstrip(" ")
        if not prefix and line.startswith((" ", ">", "From ")):
            line = " " + line  # space-stuffing
        room = width - len(prefix)
        while len(line) > room:
            cut = line.rfind(" ", 0, room)
            if cut <= 0:
                break
            out.append(prefix + line[: cut + 1])
            line = line[cut + 1 :]
        out.append((prefix + line) if line or not prefix else prefix.rstrip())
    return out


def client_thunderbird(r: Reply, q: Quoted) -> Message:
    attribution = q.fill(THUNDERBIRD_ATTRIBUTION[q.lang])
    lines = [*flow(r.text), "", *flow(attribution), *flow(q.text, prefix="> ")]
    return text_part("\n".join(lines) + "\n", "plain", r.charset, r.cte, flowed=True)


def client_notice(r: Reply, q: Quoted) -> Message:
    del q  # automatic messages quote nothing
    return text_part(r.text + "\n", "plain", r.charset, r.cte)


def client_notice_html(r: Reply, q: Quoted) -> Message:
    del q
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head>\n'
        f'<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">{html_lines(r.text)}</div></body></html>\n'
    )
    return alternative(
        text_part(r.text + "\n", "plain", r.charset, r.cte),
        text_part(markup, "html", r.charset, r.cte),
    )


CLIENTS: dict[str, Callable[[Reply, Quoted], Message]] = {
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
OUTLOOK_FAMILY = {"outlook", "outlook_html", "html_only", "android"}
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "outlook": (("X-Mailer", "Microsoft Outlook 16.0"),),
    "apple": (("X-Mailer", "Apple Mail (2.3826.500.181.1.5)"),),
    "iphone": (("X-Mailer", "iPhone Mail (23A341)"),),
    "thunderbird": (
        (
            "User-Agent",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Thunderbird/140.3.1",
        ),
    ),
}
BOUNDARY_PREFIX = {
    "gmail": "000000000000",
    "apple": "Apple-Mail=_",
    "outlook_html": "_000_",
    "notice_html": "_000_",
}


def reply_msgid(r: Reply) -> str:
    raw = digest(r.key, "msgid")
    domain = r.who[1].split("@")[1]
    if r.client in {"gmail", "gmail_plain"}:
        return f"<CA{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:42]}@mail.gmail.com>"
    if r.client in OUTLOOK_FAMILY or r.client == "notice_html":
        uk = r.dt.utcoffset() == timedelta(hours=1)
        host = f"{'LO4P265MB' if uk else 'AM8PR04MB'}{number(r.key, 'host') % 10000:04d}"
        region = "GBRP265" if uk else "eurprd04"
        return f"<{host}{b32(12, r.key, 'id')}@{host}.{region}.prod.outlook.com>"
    if r.client in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if r.client == "thunderbird":
        h = raw.hex()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{raw.hex()[:28]}@{domain}>"


def reply_subject(r: Reply, q: Quoted) -> str:
    if r.subject:
        return r.subject.format(rsub=q.subject)
    prefix = OUTLOOK_REPLY[r.lang] if r.client in OUTLOOK_FAMILY else "Re: "
    return prefix + q.subject


def with_attachment(r: Reply, body: Message) -> Message:
    if r.attachment is None:
        return body
    name, data = r.attachment
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    pdf = Message()
    pdf["Content-Type"] = f'application/pdf; name="{name}"'
    pdf["Content-Disposition"] = f'attachment; filename="{name}"'
    pdf["Content-Transfer-Encoding"] = "base64"
    pdf.set_payload(base64.encodebytes(data).decode("ascii"))
    outer.attach(pdf)
    return outer


def build_reply(r: Reply) -> Message:
    rem = r.reminder()
    q = quoted_for(r, rem)
    body = with_attachment(r, CLIENTS[r.client](r, q))
    headers: list[tuple[str, str | Header]] = [
        ("From", mailbox(*r.who, r.charset)),
        ("To", formataddr((AR_NAME, AR_ADDR))),
    ]
    if r.cc:
        headers.append(("Cc", r.cc))
    headers += [
        ("Subject", header_value(reply_subject(r, q), r.charset)),
        ("Date", format_datetime(r.dt)),
        ("Message-ID", reply_msgid(r)),
    ]
    if r.threaded:
        headers.append(("In-Reply-To", rem.msgid))
        if not r.notice:
            headers.append(("References", rem.msgid))
    if r.client in OUTLOOK_FAMILY:
        headers += [
            ("Thread-Topic", header_value(q.subject, r.charset)),
            ("Thread-Index", base64.b64encode(digest(r.key, "thread")[:22]).decode()),
            ("Accept-Language", f"{CONTENT_LANGUAGE[r.lang]}, en-US"),
            ("Content-Language", CONTENT_LANGUAGE[r.lang]),
            ("X-MS-Has-Attach", "yes" if r.attachment else ""),
        ]
    headers += [*CLIENT_HEADERS.get(r.client, ()), *r.headers]
    msg = assemble(body, headers)
    strip_inner_versions(msg)
    prefix = BOUNDARY_PREFIX.get(r.client, "----=_Part_")
    if r.client == "outlook_html" and r.attachment:
        prefix = "_004_"
    set_boundaries(msg, r.key, prefix)
    return msg


FAKE_PDF = (
    b"%PDF-1.7\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
    b"2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n"
    b"xref\n0 3\n0000000000 65535 f \ntrailer <</Size 3 /Root 1 0 R>>\n%%EOF\n"
)

# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

PAYMENT_SENT = [
    Reply(
        key="ps-en-1",
        intent="payment_sent",
        lang="en",
        who=("Dominic Farrant", "dom@thelanternrooms.example"),
        when="2032-05-25 21:14 +0100",
        client="iphone",
        inv="MPT-320431",
        amt="640.00",
        text="done",
        label=Label(note="one-word reply to a reminder: a payment claim without a date"),
    ),
    Reply(
        key="ps-en-2",
        intent="payment_sent",
        lang="en",
        who=(
            "Carrick Hotels Group – Accounts Payable",
            "ap.remittance@carrickhotels.example",
        ),
        when="2032-05-27 06:12 +0100",
        client="notice",
        charset="windows-1252",
        subject="Remittance Advice – Payment 0004471823",
        threaded=False,
        headers=(AUTO_GENERATED,),
        text=T("""
            REMITTANCE ADVICE

            Supplier:        Marlowe Piano Tuning & Restoration
            Supplier no.:    V-118204
            Payment date:    27/05/2032
            Payment method:  BACS
            Payment no.:     0004471823

            Our ref      Your invoice    Invoice date     Amount (£)
            5100392114   MPT-320388      02/04/2032           480.00
            5100392290   MPT-320417      16/04/2032         1,150.00
                                                          ----------
                                         Total paid         1,630.00

            Funds should reach your account within 2 working days.

            This is an automatically generated message from our payments system and replies to this mailbox are not read. For queries please contact ap.queries@carrickhotels.example quoting the payment number.
        """),
        label=Label(
            refs=("MPT-320388", "MPT-320417"),
            paid_date="2032-05-27",
            payment_reference="0004471823",
            amount="1630.00",
            currency="GBP",
            note="AP system remittance advice, not a reply; the total of both invoices is the amount paid; the queries address is not a new contact",
        ),
    ),
    Reply(
        key="ps-en-3",
        intent="payment_sent",
        lang="en",
        who=("Geoffrey Pennock", "treasurer@stbarnabas-lydford.example"),
        when="2032-06-09 16:48 +0100",
        client="outlook",
        inv="MPT-320509",
        amt="1870.00",
        text=T("""
            Dear Sir or Madam,

            Thank you for your e-mail, and please forgive the slow reply. It has been a rather hectic few weeks at St Barnabas – we had the flower festival over the bank holiday weekend, then our organist went down with shingles, and as treasurer I seem to end up holding every loose end in the parish. I should also say how pleased the choir have been with the Broadwood since your Mr Okafor brought it back from the workshop; several people have remarked that it has not sounded so well in living memory.

            On the matter of the invoice, the PCC had to approve the sum at its May meeting, as it was above my signing limit. That was duly done, and I wrote the cheque and put it in the post on Monday together with our remittance slip, so it should be with you by now or very shortly.

            While I have you, I wonder whether you might quote for tuning the little upright in the church hall at some point over the summer? It is used by the playgroup and is, I am afraid, rather the worse for wear.

            Yours faithfully,

            Geoffrey Pennock
            Hon. Treasurer, St Barnabas PCC
        """),
        label=Label(
            paid_date="2032-06-07",
            note="point buried in a long letter: the cheque went in the post on Monday 7 June; the quote request is secondary",
        ),
    ),
    Reply(
        key="ps-de-1",
        intent="payment_sent",
        lang="de",
        who=("Sabine Wollnik", "buchhaltung@musikschule-kressbach.example"),
        when="2032-05-28 10:37 +0200",
        client="outlook",
        charset="iso-8859-1",
        inv="MPT-320452",
        amt="2380.00",
        text=T("""
            Sehr geehrte Damen und Herren,

            die o. g. Rechnung MPT-320452 über 2.380,00 EUR haben wir am 26.05.2032 überwiesen (Wertstellung bei Ihnen voraussichtlich am 27.05.). Als Verwendungszweck wurde die Rechnungsnummer angegeben.

            Bitte entschuldigen Sie die Verspätung, die Rechnung lag wegen der Pfingstferien länger in der Freigabe.

            Mit freundlichen Grüßen
            i. A. Sabine Wollnik

            Städtische Musikschule Kressbach
            - Buchhaltung -
        """),
        label=Label(
            refs=("MPT-320452",),
            paid_date="2032-05-26",
            amount="2380.00",
            currency="EUR",
            note="the transfer date, not the value date; the invoice number used as payment purpose is not a separate reference",
        ),
    ),
    Reply(
        key="ps-fr-1",
        intent="payment_sent",
        lang="fr",
        who=("Hélène Vasseur", "h.vasseur@conservatoire-montclair.example"),
        when="2032-06-08 11:20 +0200",
        client="gmail",
        inv="MPT-320497",
        amt="1420.00",
        text=T("""
            Bonjour,

            Le virement a été fait vendredi dernier par la trésorerie, vous devriez le voir arriver d'ici peu.

            Est-ce que vous pourriez nous envoyer la facture acquittée ? Notre comptable en a besoin pour clôturer le dossier de subvention.

            Merci d'avance et bonne journée,

            Hélène Vasseur
            Secrétariat – Conservatoire de Montclair
        """),
        label=Label(
            paid_date="2032-06-04",
            note="paid plus a request for a receipted invoice: the payment claim wins; 'vendredi dernier' from Tue 8 June is 4 June",
        ),
    ),
    Reply(
        key="ps-fr-2",
        intent="payment_sent",
        lang="fr",
        who=("Bertrand Lacaze", "b.lacaze@hotel-les-tilleuls.example"),
        when="2032-06-15 08:52 +0200",
        client="android",
        inv="MPT-320541",
        amt="950.00",
        text=T("""
            Bonjour, virement parti ce matin pour la location du piano. Désolé pour le retard, j'étais en congé.

            B. Lacaze
        """),
        label=Label(paid_date="2032-06-15"),
    ),
    Reply(
        key="ps-es-1",
        intent="payment_sent",
        lang="es",
        who=("Marta Ibáñez Soler", "administracion@hotelpalaciolumbreras.example"),
        when="2032-06-01 13:05 +0200",
        client="outlook_html",
        inv="MPT-320466",
        amt="3260.00",
        lag=2,
        attachment=("Justificante_transferencia_MPT-320466.pdf", FAKE_PDF),
        text=T("""
            Buenas tardes:

            Les informamos de que el pago de la factura MPT-320466 se realizó el pasado viernes 28 de mayo mediante transferencia bancaria, por importe de 3.260,00 €, con referencia TRF-0528-77310.

            Adjuntamos el justificante. Rogamos nos confirmen la recepción.

            Atentamente,

            Marta Ibáñez Soler
            Departamento de Administración
            Hotel Palacio de Lumbreras
        """),
        label=Label(
            refs=("MPT-320466",),
            paid_date="2032-05-28",
            payment_reference="TRF-0528-77310",
            amount="3260.00",
            currency="EUR",
            note="proof of transfer attached as a PDF",
        ),
    ),
    Reply(
        key="ps-es-2",
        intent="payment_sent",
        lang="es",
        who=("Javier Roldán", "javiroldan.piano@gmail.com"),
        when="2032-06-03 22:31 +0200",
        client="iphone",
        inv="MPT-320478",
        amt="145.00",
        text="Pagado ayer, perdona el retraso!! Un saludo",
        label=Label(paid_date="2032-06-02"),
    ),
    Reply(
        key="ps-nl-1",
        intent="payment_sent",
        lang="nl",
        who=("Sander Kuipers", "s.kuipers@kuipers-bouwadvies.example"),
        when="2032-06-01 00:35 +0200",
        client="gmail_plain",
        inv="MPT-320470",
        amt="310.00",
        text=T("""
            Hoi,

            Ik heb het gisteravond overgemaakt, dus het zou er morgen of overmorgen op moeten staan.

            Groet,
            Sander
        """),
        label=Label(
            paid_date="2032-05-31",
            note="sent 35 minutes after midnight local time: 'gisteravond' is 31 May in the sender's zone (it would be 30 May if read in UTC)",
        ),
    ),
    Reply(
        key="ps-nl-2",
        intent="payment_sent",
        lang="nl",
        who=(
            "Muziekcentrum Het Spaarne – Crediteurenadministratie",
            "noreply-betalingen@muziekcentrumspaarne.example",
        ),
        when="2032-06-10 07:45 +0200",
        client="notice",
        subject="Betaalspecificatie 10-06-2032 - Marlowe Piano Tuning & Restoration",
        threaded=False,
        headers=(AUTO_GENERATED,),
        text=T("""
            Geachte leverancier,

            Hierbij ontvangt u de specificatie van onze betaling van 10-06-2032.

            Betaalreferentie:  2032061000318
            Totaalbedrag:      EUR 2.145,50

            Factuurnummer   Factuurdatum   Bedrag
            MPT 320459      03-05-2032     EUR 1.395,50
            MPT 320502      14-05-2032     EUR   750,00

            Dit bericht is automatisch verzonden. Vragen over deze betaling kunt u richten aan crediteuren@muziekcentrumspaarne.example onder vermelding van de betaalreferentie.
        """),
        label=Label(
            refs=("MPT-320459", "MPT-320502"),
            paid_date="2032-06-10",
            payment_reference="2032061000318",
            amount="2145.50",
            currency="EUR",
            note="AP system payment advice; 'MPT 320459' normalised; the queries address is not a new contact",
        ),
    ),
    Reply(
        key="ps-it-1",
        intent="payment_sent",
        lang="it",
        who=("Laura Benvenuti", "amministrazione@teatrocivicoborgolieto.example"),
        when="2032-06-11 12:10 +0200",
        client="outlook_html",
        inv="MPT-320515",
        amt="3150.00",
        text=T("""
            Buongiorno,

            vi confermo che in data odierna abbiamo disposto il bonifico a saldo della fattura MPT-320515 (noleggio e trasporto del gran coda per la stagione concertistica), importo € 3.150,00, CRO 14032765193.

            Cordiali saluti

            Dott.ssa Laura Benvenuti
            Ufficio Amministrazione
            Teatro Civico di Borgolieto
        """),
        label=Label(
            refs=("MPT-320515",),
            paid_date="2032-06-11",
            payment_reference="14032765193",
            amount="3150.00",
            currency="EUR",
        ),
    ),
    Reply(
        key="ps-it-2",
        intent="payment_sent",
        lang="it",
        who=("Franco Melis", "franco.melis61@gmail.com"),
        when="2032-06-16 19:02 +0200",
        client="iphone",
        inv="MPT-320533",
        amt="260.00",
        text="buonasera ho gia pagato giorni fa con bonifico controllate meglio grazie saluti Franco",
        label=Label(note="no punctuation, missing accent; 'giorni fa' cannot be pinned to a day"),
    ),
]

PROMISE_TO_PAY = [
    Reply(
        key="ptp-en-1",
        intent="promise_to_pay",
        lang="en",
        who=("Karen Eastwood", "k.eastwood@finance.westmoor.ac.example"),
        when="2032-05-25 14:02 +0100",
        client="outlook_html",
        charset="windows-1252",
        inv="MPT-320425",
        amt="2940.00",
        headers=(SUPPRESS,),
        text=T("""
            Hello,

            Thanks for chasing. I’ve checked with the School of Music and the invoice was approved yesterday, so it’s been picked up for Friday’s payment run. You should see the funds early next week depending on your bank.

            Best wishes,

            Karen Eastwood
            Accounts Payable Officer
            Finance Services, University of Westmoor
        """),
        label=Label(
            promised_date="2032-05-28",
            note="past-tense approval describes a future payment: Friday's run after Tue 25 May",
        ),
    ),
    Reply(
        key="ptp-en-2",
        intent="promise_to_pay",
        lang="en",
        who=("Mel Okonjo-Hart", "mel@brightwaterweddings.example"),
        when="2032-06-04 17:26 +0100",
        client="android",
        inv="MPT-320494",
        amt="520.00",
        subject="Out of office till Tuesday - re your invoice",
        text=T("""
            Hi, I'm away at a wedding fair all weekend and only have my phone so sorry for the short reply. I'll pay this as soon as I'm back at my desk on Tuesday.

            Mel
        """),
        label=Label(
            promised_date="2032-06-08",
            note="written by a person despite the 'out of office' subject; no Auto-Submitted",
        ),
    ),
    Reply(
        key="ptp-en-3",
        intent="promise_to_pay",
        lang="en",
        who=("Alasdair Mackie", "alasdair.mackie@gmail.com"),
        when="2032-05-29 10:15 +0100",
        client="gmail_plain",
        inv="MPT-320444",
        amt="385.00",
        text=T("""
            Hello,

            Not paid yet I'm afraid, it completely slipped my mind. Money's tied up until my pension goes in but I'll pay the full £385 next Thursday.

            Alasdair
        """),
        label=Label(
            promised_date="2032-06-03",
            amount="385.00",
            currency="GBP",
            note="'not yet' followed by a promise; 'next Thursday' written on Saturday 29 May",
        ),
    ),
    Reply(
        key="ptp-de-1",
        intent="promise_to_pay",
        lang="de",
        who=("Frank Oltmanns", "f.oltmanns@kulturforum-reesen.example"),
        when="2032-05-26 09:41 +0200",
        client="outlook",
        inv="MPT-320447",
        amt="1640.00",
        text=T("""
            Guten Morgen,

            danke für die Erinnerung. Die Rechnung ist freigegeben, die Zahlung ist bei uns für KW 24 eingeplant.

            Viele Grüße
            Frank Oltmanns
            Kulturforum Reesen gGmbH
            Verwaltung
        """),
        label=Label(
            promised_date="2032-06-07",
            note="'KW 24' resolved to the Monday of ISO week 24",
        ),
    ),
    Reply(
        key="ptp-de-2",
        intent="promise_to_pay",
        lang="de",
        who=("Dr. Cornelia Rüttgers", "kulturamt@hohenbrueck.example"),
        when="2032-06-14 15:20 +0200",
        client="outlook_html",
        charset="windows-1252",
        inv="MPT-320523",
        amt="890.00",
        text=T("""
            Sehr geehrte Damen und Herren,

            bezugnehmend auf Ihr Schreiben vom 11. Juni teilen wir Ihnen mit, dass die Rechnung MPT-320523 zwischenzeitlich sachlich und rechnerisch geprüft und der Stadtkasse zur Zahlung angewiesen wurde. Die Auszahlung erfolgt im Rahmen des nächsten Zahllaufs der Stadtkasse.

            Wir bitten um Verständnis für die Verzögerung.

            Mit freundlichen Grüßen
            Im Auftrag

            Dr. Cornelia Rüttgers
            Stadt Hohenbrück
            Amt für Kultur und Stadtmarketing
        """),
        label=Label(
            refs=("MPT-320523",),
            note="'zur Zahlung angewiesen' is past tense but the payout is still to come; no day given",
        ),
    ),
    Reply(
        key="ptp-fr-1",
        intent="promise_to_pay",
        lang="fr",
        who=("Isabelle Garnier-Roux", "compta@auditorium-des-brotteaux.example"),
        when="2032-05-25 16:55 +0200",
        client="outlook",
        charset="iso-8859-1",
        inv="MPT-320428",
        amt="2150.00",
        text=T("""
            Bonjour,

            Nous avons bien reçu votre relance. La facture est validée ; le règlement partira en fin de mois avec celui de nos autres fournisseurs.

            Cordialement,

            Isabelle Garnier-Roux
            Comptabilité fournisseurs
            Auditorium des Brotteaux
        """),
        label=Label(promised_date="2032-05-31", note="'fin de mois' → last day of the month"),
    ),
    Reply(
        key="ptp-es-1",
        intent="promise_to_pay",
        lang="es",
        who=("Lucía Ferrándiz", "lucia@escuelamusicalallegro.example"),
        when="2032-06-07 10:12 +0200",
        client="gmail",
        inv="MPT-320505",
        amt="780.00",
        text=T("""
            Hola,

            Perdona, se nos pasó con el cierre del curso. Lo tengo apuntado y os lo abonamos a finales de mes, cuando cobremos las cuotas de junio.

            Un saludo,
            Lucía
            Escuela de Música Allegro
        """),
        label=Label(
            promised_date="2032-06-30",
            note="'a finales de mes' → last day of the month",
        ),
    ),
    Reply(
        key="ptp-es-2",
        intent="promise_to_pay",
        lang="es",
        who=("Rafa Montoya", "rafa@barlacorchea.example"),
        when="2032-06-10 23:48 +0200",
        client="iphone",
        inv="MPT-320512",
        amt="210.00",
        text="Buenas, el lunes que viene te lo pago sin falta. Esta semana imposible, perdona",
        label=Label(promised_date="2032-06-14"),
    ),
    Reply(
        key="ptp-nl-1",
        intent="promise_to_pay",
        lang="nl",
        rlang="en",
        who=("Marloes de Graaf", "m.degraaf@hetlichtruim.example"),
        when="2032-05-27 13:30 +0200",
        client="android",
        inv="MPT-320440",
        amt="1240.00",
        text=T("""
            Hoi,

            Wij betalen over twee weken, dan komt de subsidie binnen. Excuses voor het ongemak.

            Groet,
            Marloes
        """),
        label=Label(
            promised_date="2032-06-10",
            note="Dutch reply to an English reminder; 'over twee weken' → 14 days after the message date",
        ),
    ),
    Reply(
        key="ptp-nl-2",
        intent="promise_to_pay",
        lang="nl",
        who=("Pieter-Jan Verbeek", "pj.verbeek@koorcantabile.example"),
        when="2032-05-31 20:05 +0200",
        client="apple",
        inv="MPT-320455",
        amt="460.00",
        text=T("""
            Beste mensen,

            Excuus, onze penningmeester is net gewisseld en de overdracht loopt nog. Zodra de nieuwe penningmeester toegang heeft tot de bankrekening wordt de factuur betaald, naar verwachting half juni.

            Met vriendelijke groet,

            Pieter-Jan Verbeek
            secretaris Koorvereniging Cantabile
        """),
        label=Label(note="'half juni' cannot be pinned to a day"),
    ),
    Reply(
        key="ptp-it-1",
        intent="promise_to_pay",
        lang="it",
        who=("Giulia Sartori", "giulia.sartori@scuolamusicadelborgo.example"),
        when="2032-06-14 11:03 +0200",
        client="thunderbird",
        cte="8bit",
        inv="MPT-320526",
        amt="1080.00",
        text=T("""
            Buongiorno,

            grazie del promemoria. Purtroppo siamo ancora in attesa del contributo del Comune, ma vi garantisco che salderemo la fattura entro fine mese.

            Un cordiale saluto,
            Giulia Sartori
            Segreteria – Scuola di Musica del Borgo
        """),
        label=Label(promised_date="2032-06-30", note="'entro fine mese' → last day of the month"),
    ),
    Reply(
        key="ptp-it-2",
        intent="promise_to_pay",
        lang="it",
        who=("Marco Ravelli", "marco.ravelli@ravelli-eventi.example"),
        when="2032-06-09 18:20 +0200",
        client="gmail_plain",
        inv="MPT-320507",
        amt="1950.00",
        text=T("""
            Ciao,

            scusa il ritardo, abbiamo avuto un mese pesante con i matrimoni. Il 15 ti faccio il bonifico di tutto l'importo, promesso.

            Marco
        """),
        label=Label(promised_date="2032-06-15", note="'il 15' → the next 15th"),
    ),
]

DISPUTE = [
    Reply(
        key="dis-en-1",
        intent="dispute",
        lang="en",
        who=("Fiona Lightbody", "bursar@greyfriars-prep.example"),
        when="2032-05-24 11:48 +0100",
        client="outlook_html",
        inv="MPT-320409",
        amt="475.00",
        text=T("""
            Good morning,

            We have paid £380 for the tuning of the three pianos, which went through on Friday. We are not paying the £95 call-out charge on MPT-320409. Your tuner turned up the afternoon after the agreed date, without any warning, and our music teacher had to rearrange two lessons. I don't think it's reasonable to charge us for that.

            Please send a credit note or a revised invoice without the call-out line.

            Regards,

            Fiona Lightbody
            Bursar, Greyfriars Preparatory School
        """),
        label=Label(
            refs=("MPT-320409",),
            note="part paid, the rest contested: dispute wins over the payment claim",
        ),
    ),
    Reply(
        key="dis-en-2",
        intent="dispute",
        lang="en",
        who=("Tobias Wren", "events@thequayhotel-falmouth.example"),
        when="2032-06-02 09:27 +0100",
        client="outlook",
        charset="windows-1252",
        inv="MPT-320473",
        amt="1380.00",
        text=T("""
            Hi,

            Just to be clear, we have NOT paid this because the hire piano delivered for our gala on 15 May arrived with a cracked music desk and a sustain pedal that squeaked all evening. I sent photos to your office the following Monday and nobody’s come back to me.

            I’m not settling £1,380 for an instrument that wasn’t fit to be played in front of 200 guests. Happy to talk about a reduced figure.

            Tobias Wren
            Events Manager
            The Quay Hotel
        """),
        label=Label(note="negated payment with the reason: a damaged hire instrument"),
    ),
    Reply(
        key="dis-en-3",
        intent="dispute",
        lang="en",
        who=("Ann Holloway", "annholloway.pianolessons@gmail.com"),
        when="2032-06-17 07:58 +0100",
        client="gmail_plain",
        inv="MPT-320538",
        amt="620.00",
        text=T("""
            THIS WAS QUOTED AT £450 INCLUDING THE NEW KEYTOPS. I HAVE THE QUOTE IN WRITING. I WILL PAY £450 WHEN YOU SEND A CORRECTED INVOICE AND NOT BEFORE

            ANN HOLLOWAY
        """),
        label=Label(
            note="all caps; price contested against a written quote; the conditional payment is secondary"
        ),
    ),
    Reply(
        key="dis-de-1",
        intent="dispute",
        lang="de",
        who=("Jörg Hallstein", "j.hallstein@konzerthaus-elmenau.example"),
        when="2032-06-08 10:05 +0200",
        client="outlook",
        charset="iso-8859-1",
        inv="MPT-320491",
        amt="1240.00",
        text=T("""
            Guten Tag,

            die Rechnung MPT-320491 können wir so nicht begleichen. Für den Transport des Steinway D vom Lager in den Großen Saal war ein Pauschalpreis von 850,00 EUR netto vereinbart (siehe Ihr Angebot vom 12.03.). Berechnet haben Sie 1.240,00 EUR, davon 390,00 EUR als "Zuschlag Treppe". Eine Treppe gibt es auf diesem Weg nicht, der Flügel ist über die Laderampe und den Lastenaufzug gekommen.

            Bitte stornieren Sie die Rechnung und stellen Sie sie über den vereinbarten Betrag neu aus.

            Mit freundlichen Grüßen

            Jörg Hallstein
            Technische Leitung
            Konzerthaus Elmenau
        """),
        label=Label(
            refs=("MPT-320491",),
            note="price dispute; the request for a new invoice is secondary",
        ),
    ),
    Reply(
        key="dis-de-2",
        intent="dispute",
        lang="de",
        who=("Renate Vogelsang", "r.vogelsang@vogelsang-praxis.example"),
        when="2032-06-03 19:40 +0200",
        client="apple",
        inv="MPT-320476",
        amt="165.00",
        text=T("""
            Guten Abend,

            das muss ein Irrtum sein. Die Stimmung im April habe ich bereits mit der Rechnung MPT-320311 bezahlt, gleich nach dem Termin per Überweisung. Die neue Rechnung betrifft genau denselben Termin (14. April, Flügel im Wohnzimmer). Sie haben mir das also doppelt berechnet.

            Bitte prüfen Sie das und schicken Sie mir eine Bestätigung, dass MPT-320476 storniert ist.

            Renate Vogelsang
        """),
        label=Label(
            refs=("MPT-320311", "MPT-320476"),
            note="duplicate billing; the payment mentioned is of the earlier invoice",
        ),
    ),
    Reply(
        key="dis-fr-1",
        intent="dispute",
        lang="fr",
        who=("Monique Besson", "secretariat@paroisse-saint-martin-aubrac.example"),
        when="2032-05-27 15:14 +0200",
        client="thunderbird",
        charset="iso-8859-1",
        cte="8bit",
        inv="MPT-320438",
        amt="240.00",
        text=T("""
            Bonjour,

            Il doit y avoir une erreur. Votre accordeur devait passer le 7 avril pour le piano de la salle paroissiale, mais personne n'est venu : la salle était ouverte tout l'après-midi et nous avons attendu jusqu'à 18 h. Nous n'avons reçu aucun appel.

            Nous ne réglerons donc pas cette facture, puisque l'accord n'a pas été fait. Si vous souhaitez reprogrammer un passage, nous sommes bien sûr d'accord.

            Cordialement,

            Monique Besson
            pour le secrétariat de la paroisse
        """),
        label=Label(note="service never performed"),
    ),
    Reply(
        key="dis-fr-2",
        intent="dispute",
        lang="fr",
        who=("Laurent Chabrier", "l.chabrier@ecole-musique-vallon.example"),
        when="2032-06-16 14:30 +0200",
        client="html_only",
        inv="MPT-320531",
        amt="4600.00",
        text=T("""
            Bonjour,

            Nous contestons la facture MPT-320531. La restauration de la mécanique du Pleyel nous a été annoncée comme terminée, or deux marteaux frottent toujours dans l'aigu et le do 4 reste enfoncé une fois sur deux. Notre professeur de piano ne peut pas l'utiliser pour les examens.

            Nous réglerons le solde lorsque l'instrument sera dans l'état prévu au devis. Merci de nous proposer une date d'intervention.

            Laurent Chabrier
            Directeur
            École de musique intercommunale du Vallon
        """),
        label=Label(refs=("MPT-320531",), note="unfinished restoration; HTML-only message"),
    ),
    Reply(
        key="dis-es-1",
        intent="dispute",
        lang="es",
        who=("Begoña Urrutia", "recepcion@hotel-arganzuela-mar.example"),
        when="2032-06-11 12:44 +0200",
        client="gmail",
        inv="MPT-320514",
        amt="680.00",
        text=T("""
            Hola, buenos días:

            No vamos a pagar esta factura hasta que alguien venga a arreglar el pedal del piano del salón. Desde la afinación chirría cada vez que se pisa y los pianistas de las bodas se quejan. Lo avisamos por teléfono dos veces.

            Cuando esté arreglado, pagamos.

            Begoña Urrutia
            Recepción – Hotel Arganzuela Mar
        """),
        label=Label(
            note="negated payment with the reason (faulty work); the conditional payment is secondary"
        ),
    ),
    Reply(
        key="dis-nl-1",
        intent="dispute",
        lang="nl",
        who=("Wouter Hendriks", "w.hendriks@theaterdekroon.example"),
        when="2032-06-15 09:55 +0200",
        client="outlook_html",
        inv="MPT-320489",
        amt="440.00",
        text=T("""
            Goedemorgen,

            320488 is vorige week betaald, maar 320489 klopt niet. Daarop staat een tweede stembeurt voor de vleugel op 28 april, terwijl de stemmer die dag alleen is teruggekomen om een snaar te vervangen die hij zelf had gebroken. Dat lijkt me niet iets om voor te betalen.

            Graag een creditnota voor 320489.

            Met vriendelijke groet,
            Wouter Hendriks
            Theater De Kroon – technische dienst
        """),
        label=Label(
            refs=("MPT-320488", "MPT-320489"),
            note="one invoice paid, the other contested: dispute; short numbers normalised",
        ),
    ),
    Reply(
        key="dis-nl-2",
        intent="dispute",
        lang="nl",
        who=("Esther Blom", "estherblom@gmail.com"),
        when="2032-05-26 18:03 +0200",
        client="iphone",
        inv="MPT-320435",
        amt="395.00",
        text="Klopt niet. De piano is nooit opgehaald, de verhuizers hebben 2x afgezegd. Ik betaal niks voor een verhuizing die niet heeft plaatsgevonden",
        label=Label(note="move never carried out"),
    ),
    Reply(
        key="dis-it-1",
        intent="dispute",
        lang="it",
        who=(
            "Alessandro Ferretti",
            "direzione.amministrativa@conservatoriobellandi.example",
        ),
        when="2032-05-28 12:20 +0200",
        client="outlook_html",
        inv="MPT-320450",
        amt="2480.00",
        headers=(SUPPRESS,),
        text=T("""
            Gentili Signori,

            in riferimento al Vostro sollecito, si comunica che la fattura MPT-320450 non può essere liquidata nell'importo indicato. Il preventivo n. 2032/118, da noi accettato, prevedeva per la revisione del pianoforte a coda dell'Aula Magna un importo complessivo di € 1.900,00 IVA inclusa. La differenza di € 580,00 non corrisponde ad alcuna variante da noi autorizzata.

            Si resta in attesa di una nota di credito o di una fattura corretta.

            Distinti saluti

            Il Direttore Amministrativo
            dott. Alessandro Ferretti
            Conservatorio di Musica «G. Bellandi»
        """),
        label=Label(
            refs=("MPT-320450",),
            note="very formal price dispute; the quote number is not an invoice",
        ),
    ),
    Reply(
        key="dis-it-2",
        intent="dispute",
        lang="it",
        who=("Chiara Lodi", "chiaralodi83@gmail.com"),
        when="2032-06-17 21:10 +0200",
        client="android",
        inv="MPT-320536",
        amt="350.00",
        text="Non ho pagato perché il pianoforte è arrivato con un graffio lungo tutto il coperchio, ve l'ho scritto il giorno stesso con le foto. Finché non mi rispondete su questo non pago.",
        label=Label(note="negated payment with the reason: damage in transit"),
    ),
]

PAYMENT_PLAN = [
    Reply(
        key="pp-en-1",
        intent="payment_plan",
        lang="en",
        who=("Margaret Tillotson", "maggie.tillotson@gmail.com"),
        when="2032-05-24 15:33 +0100",
        client="gmail",
        inv="MPT-320402",
        amt="1260.00",
        text=T("""
            Dear Marlowe's,

            I'm so sorry not to have paid this yet. Since my husband passed away in February things have been very tight, and the work on his piano was something I wanted done for him before I could really afford it. I don't want to leave you out of pocket.

            Would it be all right if I paid £100 a month until it's cleared? I could start on the 1st of June. I'm happy to set up a standing order if you send me the details.

            With apologies,
            Margaret Tillotson
        """),
        label=Label(
            note="hardship and monthly instalments; the start date of the plan is not labelled"
        ),
    ),
    Reply(
        key="pp-en-2",
        intent="payment_plan",
        lang="en",
        who=("Gary Pengelly", "accounts@oldtithebarn-venue.example"),
        when="2032-06-01 12:15 +0100",
        client="outlook",
        inv="MPT-320462",
        amt="720.00",
        text=T("""
            Hi there

            Ive transferred £300 today towards this, the rest (£420) will follow by the end of the month once the June weddings have paid there balances. Hope thats ok.

            Cheers
            Gary
        """),
        label=Label(
            note="part paid today, the rest later → payment_plan, not payment_sent; typos kept"
        ),
    ),
    Reply(
        key="pp-en-3",
        intent="payment_plan",
        lang="en",
        who=("Philippa Dunn", "secretary@harrowdalechoir.example"),
        when="2032-06-16 10:20 +0100",
        client="apple",
        inv="MPT-320529",
        amt="1100.00",
        text=T("""
            Hello,

            Could we possibly have another six weeks on this one? Our grant from the arts council has been delayed and the committee won't release the money until it arrives. The concert went beautifully, by the way, and the piano was wonderful – we're all very grateful.

            Kind regards,
            Philippa Dunn
            Secretary, Harrowdale Community Choir
        """),
        label=Label(note="more time requested → payment_plan"),
    ),
    Reply(
        key="pp-de-1",
        intent="payment_plan",
        lang="de",
        who=("Matthias Kleebach", "matthias.kleebach@kleebach-net.example"),
        when="2032-05-30 20:47 +0200",
        client="thunderbird",
        cte="8bit",
        inv="MPT-320457",
        amt="3600.00",
        text=T("""
            Hallo,

            die Restaurierung ist wunderbar geworden, vielen Dank nochmal an Ihre Werkstatt. Den ganzen Betrag auf einmal schaffe ich leider gerade nicht. Wäre es möglich, die Rechnung in drei Raten zu bezahlen, jeweils 1.200 € Anfang Juni, Juli und August?

            Viele Grüße
            Matthias Kleebach
        """),
        label=Label(note="three instalments proposed"),
    ),
    Reply(
        key="pp-de-2",
        intent="payment_plan",
        lang="de",
        who=("Dr. Ulrike Marschall", "vorstand@foerderverein-lindenhof.example"),
        when="2032-06-09 16:02 +0200",
        client="outlook_html",
        charset="windows-1252",
        inv="MPT-320503",
        amt="2750.00",
        text=T("""
            Sehr geehrte Damen und Herren,

            wir bedanken uns für Ihre Erinnerung. Leider ist die zugesagte Spende, aus der die Überholung des Schulflügels finanziert werden soll, noch nicht bei uns eingegangen. Wir möchten Sie daher höflich um eine Stundung des Rechnungsbetrags bis zum 31. Juli 2032 bitten.

            Für Ihr Entgegenkommen danken wir Ihnen im Voraus.

            Mit freundlichen Grüßen

            Dr. Ulrike Marschall
            1. Vorsitzende
            Förderverein Musikgymnasium Lindenhof e. V.
        """),
        label=Label(
            note="deferral requested ('Stundung'): more time → payment_plan; the requested date is not a promise"
        ),
    ),
    Reply(
        key="pp-fr-1",
        intent="payment_plan",
        lang="fr",
        who=("Claire Fabre", "tresorerie.musiqueolt@gmail.com"),
        when="2032-06-02 21:30 +0200",
        client="gmail_plain",
        inv="MPT-320468",
        amt="1350.00",
        text=T("""
            Bonsoir,

            Je suis la trésorière (bénévole) de l'association. Nos finances sont un peu justes en ce moment, le concert de printemps a été annulé à cause de la pluie. Serait-il possible de régler cette facture en trois fois, sur juin, juillet et août ?

            Merci de votre compréhension,
            Claire Fabre
            Musique en Pays d'Olt
        """),
        label=Label(note="three instalments"),
    ),
    Reply(
        key="pp-fr-2",
        intent="payment_plan",
        lang="fr",
        who=("Nicolas Perrin", "nico@lepianobar-nantes.example"),
        when="2032-06-17 13:12 +0200",
        client="iphone",
        inv="MPT-320535",
        amt="1100.00",
        text="Bonjour, je vous fais un virement de 500 € aujourd'hui et le reste début juillet, ça vous va ? Nicolas",
        label=Label(note="part now, the rest later → payment_plan"),
    ),
    Reply(
        key="pp-es-1",
        intent="payment_plan",
        lang="es",
        who=("Rosa Millán", "secretaria@academiapentagrama.example"),
        when="2032-05-26 11:40 +0200",
        client="outlook",
        charset="iso-8859-1",
        inv="MPT-320436",
        amt="1840.00",
        text=T("""
            Buenos días:

            Les escribo en relación con la factura de la restauración del piano de cola. Este trimestre hemos tenido varios gastos imprevistos y nos resulta difícil abonar el importe completo de una sola vez. ¿Sería posible pagarlo en dos plazos, la mitad ahora en junio y la otra mitad en julio?

            Quedo a la espera de su respuesta.

            Saludos cordiales,
            Rosa Millán
            Secretaría - Academia de Música Pentagrama
        """),
        label=Label(note="two instalments"),
    ),
    Reply(
        key="pp-es-2",
        intent="payment_plan",
        lang="es",
        who=("Nacho Cabrera", "nachocabrera@gmail.com"),
        when="2032-06-14 09:05 +0200",
        client="gmail",
        cte="b64",
        inv="MPT-320521",
        amt="2900.00",
        text=T("""
            Hola,

            os escribo con un poco de vergüenza. Cerré el restaurante este invierno y ahora mismo no tengo liquidez para pagar los 2.900 € de golpe. No quiero dejar de pagaros, el trabajo en el piano fue impecable.

            ¿Os parecería bien que os pague 250 € al mes hasta terminar? Puedo empezar este mismo mes.

            Gracias por la paciencia,
            Nacho
        """),
        label=Label(note="hardship with monthly instalments"),
    ),
    Reply(
        key="pp-nl-1",
        intent="payment_plan",
        lang="nl",
        who=("Ingrid Bosman", "administratie@notenkraker-deventer.example"),
        when="2032-06-07 14:25 +0200",
        client="outlook_html",
        inv="MPT-320501",
        amt="2400.00",
        text=T("""
            Geachte heer/mevrouw,

            Dank voor uw herinnering. Door een tegenvallende inschrijving voor het nieuwe seizoen is ons onderhoudsbudget krapper dan gepland. Zouden wij de factuur in vier maandelijkse termijnen van € 600 mogen voldoen, met de eerste termijn eind juni?

            Wij horen graag of dat akkoord is.

            Met vriendelijke groet,

            Ingrid Bosman
            Muziekschool De Notenkraker
        """),
        label=Label(note="four instalments; 'eind juni' belongs to the plan and is not labelled"),
    ),
    Reply(
        key="pp-it-1",
        intent="payment_plan",
        lang="it",
        who=("don Paolo Gentile", "parrocchia.sangiorgio.cerreto@gmail.com"),
        when="2032-05-31 17:50 +0200",
        client="gmail_plain",
        inv="MPT-320458",
        amt="1800.00",
        text=T("""
            Buonasera,

            sono don Paolo, parroco di San Giorgio. Il lavoro sul pianoforte della chiesa è riuscito benissimo e la comunità ve ne è grata. Purtroppo le offerte di quest'anno non bastano a coprire la fattura in un'unica soluzione: possiamo pagarla in tre rate mensili da 600 euro, a partire da giugno?

            Vi ringrazio e vi saluto cordialmente,
            don Paolo Gentile
        """),
        label=Label(note="three monthly instalments"),
    ),
    Reply(
        key="pp-it-2",
        intent="payment_plan",
        lang="it",
        who=("Federica Colombo", "federica@agriturismoilmandorlo.example"),
        when="2032-06-18 10:10 +0200",
        client="apple",
        inv="MPT-320544",
        amt="960.00",
        text=T("""
            Buongiorno,

            vi faccio oggi un bonifico di 480 euro, cioè metà della fattura. L'altra metà ve la pago a luglio, appena chiudiamo i conti della stagione dei matrimoni. Spero vada bene.

            Un saluto,
            Federica Colombo
            Agriturismo Il Mandorlo
        """),
        label=Label(note="half now, half later → payment_plan, not payment_sent"),
    ),
]

INVOICE_REQUEST = [
    Reply(
        key="ir-en-1",
        intent="invoice_request",
        lang="en",
        who=("Ravi Chandran", "ap@beaumontleisure.example"),
        when="2032-06-03 10:50 +0100",
        client="outlook_html",
        inv="MPT-320477",
        amt="1560.00",
        headers=(SUPPRESS,),
        text=T("""
            Dear Supplier,

            We are unable to process invoice MPT-320477 as it does not quote a valid purchase order number. All supplier invoices to Beaumont Leisure must show the PO raised by the ordering site.

            The PO for this work is 4500218733. Once you reissue the invoice with the PO on it we will pay it in the next available run.

            Kind regards,

            Ravi Chandran
            Accounts Payable | Beaumont Leisure plc
        """),
        label=Label(
            refs=("MPT-320477",),
            note="reissue with the PO needed before paying; the payment is conditional and the amount is not contested",
        ),
    ),
    Reply(
        key="ir-en-2",
        intent="invoice_request",
        lang="en",
        who=("Olly Strand", "olly.strand@outlook.com"),
        when="2032-06-10 12:40 +0100",
        client="iphone",
        inv="MPT-320510",
        amt="95.00",
        text="Hi can you send me the actual invoice? Cant find it anywhere, think it went to junk. Will pay as soon as I have it",
        label=Label(note="copy of the invoice needed before paying"),
    ),
    Reply(
        key="ir-en-3",
        intent="invoice_request",
        lang="en",
        who=("Sue Bramhall", "finance@northfellacademytrust.example"),
        when="2032-05-28 14:05 +0100",
        client="outlook",
        inv="MPT-320445",
        amt="2310.00",
        text=T("""
            Good afternoon,

            I'm afraid we can't pay this yet as Marlowe Piano Tuning isn't set up as a supplier on our system. Before we can release any payment we need:

            - our new supplier form completed (it was attached to my email of 12 May, I can resend),
            - your bank details on company letterhead, signed,
            - a copy of your public liability insurance certificate.

            As soon as those come through I'll get you set up and the invoice will go into the next BACS run.

            Regards,
            Sue Bramhall
            Finance Officer
            North Fell Academy Trust
        """),
        label=Label(
            note="supplier set-up and bank details needed before paying; nothing contested"
        ),
    ),
    Reply(
        key="ir-de-1",
        intent="invoice_request",
        lang="de",
        who=("Thomas Brandl", "rechnungseingang@landkreis-ostwald.example"),
        when="2032-06-02 08:31 +0200",
        client="outlook",
        charset="iso-8859-1",
        inv="MPT-320471",
        amt="1320.00",
        text=T("""
            Sehr geehrte Damen und Herren,

            die Rechnung MPT-320471 (Stimmung und Regulierung Flügel, Kreismusikschule) liegt uns nur als PDF per E-Mail vor. Wir können Rechnungen inzwischen ausschließlich im Format XRechnung über die Einreichungsplattform annehmen. Bitte reichen Sie die Rechnung unter Angabe der Leitweg-ID 09174-00210-58 erneut ein. Nach Eingang wird die Zahlung umgehend veranlasst.

            Mit freundlichen Grüßen
            i. A. Thomas Brandl

            Landkreis Ostwald
            Zentrale Rechnungseingangsstelle
        """),
        label=Label(
            refs=("MPT-320471",),
            note="e-invoice (XRechnung) needed before payment; amount not contested",
        ),
    ),
    Reply(
        key="ir-de-2",
        intent="invoice_request",
        lang="de",
        who=("Anja Petermann", "a.petermann@petermann-eventtechnik.example"),
        when="2032-06-16 16:10 +0200",
        client="apple",
        inv="MPT-320530",
        amt="2050.00",
        text=T("""
            Hallo zusammen,

            bevor wir zahlen können, braucht unsere Steuerberaterin eine Rechnung mit unserer USt-IdNr. (DE318847205) und dem Hinweis auf die Steuerschuldnerschaft des Leistungsempfängers – auf der aktuellen fehlt beides.

            Am Betrag selbst ist nichts auszusetzen.

            Danke und Gruß
            Anja Petermann
        """),
        label=Label(
            note="corrected invoice (VAT number, reverse charge) needed; the amount is explicitly accepted"
        ),
    ),
    Reply(
        key="ir-fr-1",
        intent="invoice_request",
        lang="fr",
        who=("Sylvie Marchand", "sylvie.marchand@mairie-beaulac.example"),
        when="2032-05-24 16:45 +0200",
        client="gmail",
        inv="MPT-320404",
        amt="680.00",
        text=T("""
            Bonjour,

            Pour que le comptable public puisse mettre votre facture en paiement, il nous faut un RIB (ou l'équivalent pour un compte britannique, avec IBAN et BIC) au nom de votre société. Il n'y en avait pas dans votre envoi.

            Dès réception, je transmets le dossier.

            Bien à vous,
            Sylvie Marchand
            Service des finances – Mairie de Beaulac
        """),
        label=Label(note="bank details needed before payment"),
    ),
    Reply(
        key="ir-fr-2",
        intent="invoice_request",
        lang="fr",
        who=("Frédéric Aubin", "f.aubin@lycee-camille-revol.example"),
        when="2032-06-11 09:20 +0200",
        client="outlook_html",
        inv="MPT-320513",
        amt="540.00",
        text=T("""
            Bonjour,

            En tant qu'établissement public, nous ne pouvons pas régler une facture reçue par courriel. Merci de la déposer sur Chorus Pro (SIRET de l'établissement : 198 706 254 00019, code service : INTENDANCE). Le paiement interviendra après constatation du service fait.

            Cordialement,
            Frédéric Aubin
            Adjoint gestionnaire – Lycée Camille Revol
        """),
        label=Label(note="invoice to be filed on the public e-invoicing portal before payment"),
    ),
    Reply(
        key="ir-es-1",
        intent="invoice_request",
        lang="es",
        who=("Álvaro Requena", "contabilidad@fundacionpenarrubia.example"),
        when="2032-06-04 12:30 +0200",
        client="outlook",
        charset="windows-1252",
        inv="MPT-320484",
        amt="1150.00",
        text=T("""
            Buenos días:

            La factura MPT-320484 está emitida a nombre del auditorio y con un NIF que no es el nuestro. Para poder contabilizarla y pagarla necesitamos que la rehagan a nombre de Fundación Cultural Peñarrubia, NIF G87654321, con la misma dirección. El importe es correcto.

            En cuanto la recibamos, la incluimos en la siguiente remesa de pagos.

            Un saludo,
            Álvaro Requena
            Contabilidad – Fundación Cultural Peñarrubia
        """),
        label=Label(
            refs=("MPT-320484",),
            note="reissue to the right legal entity; amount not contested",
        ),
    ),
    Reply(
        key="ir-es-2",
        intent="invoice_request",
        lang="es",
        who=("Carmen Ortega", "tesoreria@ampa-sanrafael.example"),
        when="2032-05-27 17:05 +0200",
        client="iphone",
        inv="MPT-320441",
        amt="320.00",
        text="Hola, ¿me podéis mandar el detalle de lo que se hizo en el piano? Lo tengo que justificar en la junta del AMPA antes de pagar. Gracias!",
        label=Label(note="work detail needed to justify the payment"),
    ),
    Reply(
        key="ir-nl-1",
        intent="invoice_request",
        lang="nl",
        who=("Kees Dijkstra", "crediteuren@schouwburglemmerveen.example"),
        when="2032-06-15 11:05 +0200",
        client="outlook",
        inv="MPT-320524",
        amt="1875.00",
        text=T("""
            Goedemorgen,

            Wij kunnen factuur MPT-320524 niet in behandeling nemen, omdat er geen inkoopordernummer op vermeld staat. Wilt u de factuur opnieuw sturen met ons ordernummer IO-2032-0417? Daarna wordt hij binnen onze normale betaaltermijn voldaan.

            Met vriendelijke groet,
            Kees Dijkstra
            Crediteurenadministratie
            Stadsschouwburg Lemmerveen
        """),
        label=Label(
            refs=("MPT-320524",),
            note="reissue with the order number; the order number is not an invoice",
        ),
    ),
    Reply(
        key="ir-nl-2",
        intent="invoice_request",
        lang="nl",
        who=("Joost van Leeuwen", "joostvanleeuwen@gmail.com"),
        when="2032-06-18 08:15 +0200",
        client="gmail_plain",
        inv="MPT-320539",
        amt="175.00",
        text=T("""
            Hallo,

            Waar is deze factuur precies voor? Ik kan me geen afspraak herinneren. Kunnen jullie de factuur met een omschrijving van de werkzaamheden nog eens sturen?

            Joost
        """),
        label=Label(
            note="asks what the charge is and for a copy with a description: invoice_request"
        ),
    ),
    Reply(
        key="ir-it-1",
        intent="invoice_request",
        lang="it",
        who=("Roberta Gallo", "acquisti@fondazioneteatrosarnelli.example"),
        when="2032-06-08 15:40 +0200",
        client="outlook_html",
        inv="MPT-320498",
        amt="2700.00",
        text=T("""
            Buongiorno,

            per procedere con il pagamento ci serve la fattura in formato elettronico trasmessa tramite il Sistema di Interscambio, con codice destinatario M5UXCR1 e il CIG Z4A3B21C0F indicato in fattura. La copia in PDF che ci avete mandato non basta per la nostra contabilità.

            Appena la riceviamo, la mettiamo in pagamento.

            Cordiali saluti
            Roberta Gallo
            Ufficio Acquisti – Fondazione Teatro Sarnelli
        """),
        label=Label(note="electronic invoice needed before payment"),
    ),
]

WRONG_CONTACT = [
    Reply(
        key="wc-en-1",
        intent="wrong_contact",
        lang="en",
        who=("Helen Marsh - Finance", "helen.marsh.finance@gmail.com"),
        when="2032-06-15 08:02 +0100",
        client="gmail",
        inv="MPT-320525",
        amt="1940.00",
        text=T("""
            Dear Accounts Team,

            Please be advised that our finance office is being restructured and the address you have on file will shortly be closed. With immediate effect kindly direct all invoices, statements and payment correspondence to our new accounts address: finance.office.stcuthberts@gmail.com

            Please do not copy in any other staff members as they are no longer handling supplier accounts. Kindly reply to confirm once your records have been updated, together with your current bank details for our records.

            Regards,
            Helen Marsh
            Finance Office
        """),
        label=Label(
            new_contact="finance.office.stcuthberts@gmail.com",
            note="suspicious request to move collection mail to a free-mail address; labelled by what it asks, a person should verify it before changing the contact",
        ),
    ),
    Reply(
        key="wc-en-2",
        intent="wrong_contact",
        lang="en",
        who=("Dave Whitlock", "caretaker@millbrookprimary.example"),
        when="2032-05-26 07:12 +0100",
        client="iphone",
        inv="MPT-320433",
        amt="230.00",
        text=T("""
            Morning, im only the site manager mate I dont deal with invoices. You want the school business manager Mrs Ahmed – sbm@millbrookprimary.example

            Dave
        """),
        label=Label(new_contact="sbm@millbrookprimary.example"),
    ),
    Reply(
        key="wc-en-3",
        intent="wrong_contact",
        lang="en",
        who=("Jonathan Prideaux", "j.prideaux@ashdownopera.example"),
        when="2032-06-07 09:30 +0100",
        client="outlook",
        inv="MPT-320500",
        amt="3400.00",
        text=T("""
            Hello,

            I left Ashdown Opera at the end of April and this mailbox is only checked now and then until it's closed. I'm afraid I don't know who has taken over the production accounts – you may need to ring the main office.

            Best,
            Jonathan
        """),
        label=Label(note="former employee, no new address given"),
    ),
    Reply(
        key="wc-de-1",
        intent="wrong_contact",
        lang="de",
        who=("Petra Hübner", "sekretariat@musikschule-lindenau.example"),
        when="2032-06-01 10:20 +0200",
        client="outlook_html",
        inv="MPT-320464",
        amt="560.00",
        text=T("""
            Guten Tag,

            Rechnungen und Mahnungen bitte nicht an das Sekretariat schicken, das geht bei uns im Stapel unter. Zuständig ist unsere Buchhaltung: buchhaltung@musikschule-lindenau.example. Ich habe Ihre Mail dorthin weitergeleitet.

            Freundliche Grüße
            Petra Hübner
            Sekretariat
        """),
        label=Label(new_contact="buchhaltung@musikschule-lindenau.example"),
    ),
    Reply(
        key="wc-fr-1",
        intent="wrong_contact",
        lang="fr",
        who=("Agnès Moulin", "agnes.moulin@chorale-lesvoixdulac.example"),
        when="2032-05-31 18:40 +0200",
        client="gmail",
        inv="MPT-320454",
        amt="290.00",
        text=T("""
            Bonsoir,

            Je ne suis que la secrétaire de la chorale, ce n'est pas moi qui m'occupe des paiements. Merci d'écrire à notre trésorier, Gérard Pons : tresorier@chorale-lesvoixdulac.example

            Bonne soirée,
            Agnès
        """),
        label=Label(new_contact="tresorier@chorale-lesvoixdulac.example"),
    ),
    Reply(
        key="wc-fr-2",
        intent="wrong_contact",
        lang="fr",
        who=("Camille Roche", "camille.roche@roche-paysage.example"),
        when="2032-06-09 12:55 +0200",
        client="iphone",
        inv="MPT-320506",
        amt="410.00",
        text="Bonjour, vous faites erreur d'adresse, je n'ai jamais eu de piano et je ne suis pas cliente chez vous. Camille Roche",
        label=Label(note="wrong recipient altogether, no new address"),
    ),
    Reply(
        key="wc-es-1",
        intent="wrong_contact",
        lang="es",
        who=("Manuel Quintana", "manuquintana@gmail.com"),
        when="2032-06-16 20:10 +0200",
        client="gmail_plain",
        inv="MPT-320532",
        amt="450.00",
        text=T("""
            Buenas tardes:

            Yo ya no llevo las cuentas del coro desde enero. Escriban a la nueva tesorera, Pilar Gómez, en administracion@corodecamaratalavera.example, que es quien se encarga ahora.

            Saludos,
            Manuel
        """),
        label=Label(new_contact="administracion@corodecamaratalavera.example"),
    ),
    Reply(
        key="wc-es-2",
        intent="wrong_contact",
        lang="es",
        who=("Hostal Los Arcos", "reservas@hostallosarcos-cuenca.example"),
        when="2032-06-02 10:14 +0200",
        client="notice",
        inv="MPT-320474",
        amt="260.00",
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_REPLIED,),
        text=T("""
            Esta dirección de correo ya no está en uso.

            Para cualquier asunto relacionado con facturas o pagos, escriba a administracion@hostallosarcos-cuenca.example. Para reservas, utilice el formulario de nuestra web.

            Gracias.
        """),
        label=Label(
            new_contact="administracion@hostallosarcos-cuenca.example",
            note="automatic 'address no longer in use' notice naming the new address: wrong_contact, not auto_reply",
        ),
    ),
    Reply(
        key="wc-nl-1",
        intent="wrong_contact",
        lang="nl",
        who=("Remco Jansen", "remco@cafedeoudeliefde.example"),
        when="2032-05-25 08:40 +0200",
        client="android",
        inv="MPT-320427",
        amt="185.00",
        text="Hoi, dit soort dingen moeten naar ons administratiekantoor, die doen al onze betalingen: facturen@boekhoudingvandijk.example. Groet Remco",
        label=Label(
            new_contact="facturen@boekhoudingvandijk.example",
            note="external bookkeeper",
        ),
    ),
    Reply(
        key="wc-nl-2",
        intent="wrong_contact",
        lang="nl",
        who=("Annelies Mulder", "a.mulder@concertzaalzwolst.example"),
        when="2032-06-10 14:15 +0200",
        client="outlook_html",
        inv="MPT-320511",
        amt="1320.00",
        cc="Crediteuren@ConcertzaalZwolst.example",
        text=T("""
            Beste,

            Ik ben de programmeur van de zaal, facturen lopen niet via mij. Wilt u dit voortaan naar Crediteuren@ConcertzaalZwolst.example sturen? Ik heb ze in de cc gezet.

            Hartelijke groet,
            Annelies Mulder
        """),
        label=Label(
            new_contact="crediteuren@concertzaalzwolst.example",
            note="address written in mixed case and copied in Cc; labelled in lower case",
        ),
    ),
    Reply(
        key="wc-it-1",
        intent="wrong_contact",
        lang="it",
        who=("Stefano Riva", "s.riva@villacastellani-eventi.example"),
        when="2032-06-17 09:50 +0200",
        client="outlook",
        charset="iso-8859-1",
        inv="MPT-320537",
        amt="1600.00",
        text=T("""
            Buongiorno,

            da maggio non sono più il referente amministrativo di Villa Castellani. Per fatture e solleciti scrivete per favore all'indirizzo amministrazione@villacastellani-eventi.example, che è seguito dalla signora Donati.

            Saluti,
            Stefano Riva
        """),
        label=Label(new_contact="amministrazione@villacastellani-eventi.example"),
    ),
    Reply(
        key="wc-it-2",
        intent="wrong_contact",
        lang="it",
        who=("Elena Marchetti", "elena.marchetti@corovocialpine.example"),
        when="2032-05-28 16:20 +0200",
        client="gmail",
        inv="MPT-320449",
        amt="370.00",
        text=T("""
            Buonasera,

            ho girato la vostra mail alla nostra commercialista, la dott.ssa Ferri, che si occupa di tutti i pagamenti dell'associazione. D'ora in poi scrivete direttamente a lei: contabilita@studioferri-commercialisti.example

            Grazie,
            Elena Marchetti
            Coro Voci Alpine
        """),
        label=Label(new_contact="contabilita@studioferri-commercialisti.example"),
    ),
]

UNSUBSCRIBE = [
    Reply(
        key="un-en-1",
        intent="unsubscribe",
        lang="en",
        who=("Rob Tennant", "rob@tennantbuilds.example"),
        when="2032-06-02 19:22 +0100",
        client="gmail_plain",
        inv="MPT-320472",
        amt="320.00",
        text=T("""
            I told your office on the phone I'll pay this on Friday. Thats the third email this week. Please take me off these automated reminders, I don't need chasing every day.

            Rob
        """),
        label=Label(note="promise plus a request to stop the e-mails: unsubscribe wins"),
    ),
    Reply(
        key="un-en-2",
        intent="unsubscribe",
        lang="en",
        who=("Clare Ogden", "c.ogden@hallamreeve.example"),
        when="2032-06-04 15:48 +0100",
        client="outlook_html",
        charset="windows-1252",
        inv="MPT-320482",
        amt="2850.00",
        subject="Kingsmere Hall Limited – your account MPT-320482 – our ref CO/KIN/0173",
        text=T("""
            Dear Sirs

            We act for Kingsmere Hall Limited, to whom your e-mail below was addressed.

            Our client disputes that the sum claimed is due, for reasons already set out in correspondence with your Mr Marlowe. Please note that our client will not be responding to further automated reminders. Any further communication concerning this matter should be addressed to this firm, quoting the reference above, and not to our client directly.

            Yours faithfully

            Hallam Reeve LLP

            Clare Ogden | Associate Solicitor
            Hallam Reeve LLP
        """),
        label=Label(
            note="solicitors take over ('talk to our lawyer') → unsubscribe, which beats the dispute; the firm's own address is not a new_contact; the invoice number is only in the subject",
        ),
    ),
    Reply(
        key="un-en-3",
        intent="unsubscribe",
        lang="en",
        who=("Barry Flint", "barryflint1958@gmail.com"),
        when="2032-06-12 11:05 +0100",
        client="iphone",
        inv="MPT-320516",
        amt="140.00",
        text="STOP SENDING ME THESE. IVE TOLD YOU TWICE I SOLD THE PIANO AND THE HOUSE. TAKE ME OFF YOUR LIST",
        label=Label(note="all caps; stop request beats 'not the right person'"),
    ),
    Reply(
        key="un-de-1",
        intent="unsubscribe",
        lang="de",
        who=("Gerd Albrecht", "g.albrecht@schlosshotel-aarburg.example"),
        when="2032-06-08 17:30 +0200",
        client="outlook",
        inv="MPT-320496",
        amt="4300.00",
        text=T("""
            Sehr geehrte Damen und Herren,

            wir haben die Angelegenheit unserem Rechtsanwalt übergeben. Bitte sehen Sie von weiteren E-Mails an uns ab und wenden Sie sich künftig ausschließlich an die Kanzlei Dr. Lenhardt & Partner.

            Mit freundlichen Grüßen
            Gerd Albrecht
            Geschäftsführer
            Schlosshotel Aarburg
        """),
        label=Label(note="only through our lawyer, no address → unsubscribe"),
    ),
    Reply(
        key="un-de-2",
        intent="unsubscribe",
        lang="de",
        who=("Hannelore Prötzel", "hannelore.proetzel@gmx.de"),
        when="2032-05-29 14:12 +0200",
        client="thunderbird",
        charset="iso-8859-1",
        cte="8bit",
        inv="MPT-320448",
        amt="210.00",
        text=T("""
            Guten Tag,

            ich bin 81 Jahre alt und schaue nur selten in dieses Postfach, mein Enkel hat es mir eingerichtet. Bitte schicken Sie mir Rechnungen und alles andere nur noch mit der Post an meine Anschrift, so wie früher. Per E-Mail möchte ich nichts mehr bekommen.

            Mit freundlichen Grüßen
            Hannelore Prötzel
        """),
        label=Label(note="post only → unsubscribe"),
    ),
    Reply(
        key="un-fr-1",
        intent="unsubscribe",
        lang="fr",
        who=("Didier Fontaine", "d.fontaine@fontaine-traiteur.example"),
        when="2032-06-14 19:45 +0200",
        client="android",
        inv="MPT-320520",
        amt="600.00",
        text="Merci de ne plus m'envoyer de relances par mail, je ne les lis pas. Envoyez-moi un courrier si besoin, je réglerai à réception comme d'habitude.",
        label=Label(note="stop e-mailing, post only; the conditional payment is secondary"),
    ),
    Reply(
        key="un-es-1",
        intent="unsubscribe",
        lang="es",
        who=("Teresa Lozano", "teresa.lozano@floristeriajazmin.example"),
        when="2032-05-25 13:30 +0200",
        client="gmail",
        inv="MPT-320430",
        amt="150.00",
        text=T("""
            Por favor, dejen de mandarme correos. Ya hablé ayer con su técnico por teléfono y quedamos en arreglarlo en persona cuando vuelva a venir.

            Teresa
        """),
        label=Label(note="stop request; the arrangement with the technician is no promise"),
    ),
    Reply(
        key="un-es-2",
        intent="unsubscribe",
        lang="es",
        who=("Enrique Salcedo", "gerencia@salonesvillamar.example"),
        when="2032-06-11 10:35 +0200",
        client="outlook_html",
        charset="iso-8859-1",
        inv="MPT-320517",
        amt="2640.00",
        text=T("""
            Buenos días:

            Este asunto lo lleva ya nuestro abogado. Les ruego que no nos envíen más recordatorios y que cualquier comunicación sobre esta factura se haga a través de él.

            Atentamente,
            Enrique Salcedo
            Gerente - Salones Villamar
        """),
        label=Label(note="only through our lawyer, no address → unsubscribe"),
    ),
    Reply(
        key="un-nl-1",
        intent="unsubscribe",
        lang="nl",
        who=("Tineke Bakker", "tineke.bakker@outlook.com"),
        when="2032-06-06 21:02 +0200",
        client="iphone",
        inv="MPT-320492",
        amt="120.00",
        lag=2,
        text="Afmelden",
        label=Label(note="one word"),
    ),
    Reply(
        key="un-nl-2",
        intent="unsubscribe",
        lang="nl",
        who=("Gerda Smit", "administratie@zorgcentrumhetanker.example"),
        when="2032-06-17 11:25 +0200",
        client="outlook",
        inv="MPT-320534",
        amt="230.00",
        text=T("""
            Geachte heer/mevrouw,

            Sinds 1 juni verwerken wij geen facturen of herinneringen meer die per e-mail binnenkomen. Wij verzoeken u alle correspondentie voortaan per post te sturen naar ons postadres, ter attentie van de administratie.

            Met vriendelijke groet,
            Gerda Smit
            Administratie Zorgcentrum Het Anker
        """),
        label=Label(note="post only → unsubscribe"),
    ),
    Reply(
        key="un-it-1",
        intent="unsubscribe",
        lang="it",
        who=("Alberto Fumagalli", "alberto.fumagalli@fumagalli-ristorazione.example"),
        when="2032-05-27 22:15 +0200",
        client="android",
        inv="MPT-320437",
        amt="480.00",
        text="Vi ho già detto al telefono che pago lunedì. Vi prego di non scrivermi più su questa mail, un sollecito al giorno non è serio.",
        label=Label(note="promise plus stop e-mailing: unsubscribe wins"),
    ),
    Reply(
        key="un-it-2",
        intent="unsubscribe",
        lang="it",
        who=("Silvia Fontana", "direzione@belvederesullago.example"),
        when="2032-06-15 16:05 +0200",
        client="html_only",
        inv="MPT-320527",
        amt="1240.00",
        text=T("""
            Buongiorno,

            vi chiediamo cortesemente di non inviare più comunicazioni amministrative a questo indirizzo e-mail. Eventuali solleciti o richieste di pagamento andranno inviati esclusivamente per raccomandata alla sede legale della società.

            Cordiali saluti
            Silvia Fontana
            Direzione – Hotel Belvedere sul Lago
        """),
        label=Label(note="registered post only → unsubscribe"),
    ),
]

AUTO_REPLY = [
    Reply(
        key="ar-en-1",
        intent="auto_reply",
        lang="en",
        who=("Priya Ramanathan", "p.ramanathan@kingsgateuniversity.example"),
        when="2032-06-01 09:06 +0100",
        client="notice_html",
        inv="MPT-320465",
        amt="1480.00",
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        text=T("""
            Thank you for your email. I am out of the office until Friday 4 June with limited access to email. For anything urgent relating to supplier payments, please contact the Accounts Payable team at ap@kingsgateuniversity.example.

            Priya Ramanathan
            Music Department Administrator
        """),
        label=Label(
            return_date="2032-06-04",
            note="'until X' → X itself; a colleague's address in an auto-reply does not set new_contact",
        ),
    ),
    Reply(
        key="ar-en-2",
        intent="auto_reply",
        lang="en",
        who=(
            "Castlemere Council Finance Service Desk",
            "financehelp@castlemere-council.example",
        ),
        when="2032-06-09 09:11 +0100",
        client="notice",
        inv="MPT-320504",
        amt="760.00",
        subject="[FIN-0048812] Enquiry received: {rsub}",
        headers=(AUTO_GENERATED, ("Precedence", "bulk")),
        text=T("""
            Hello,

            Thank you for contacting the Castlemere Council Finance Service Desk. Your enquiry has been logged with the reference FIN-0048812 and passed to the relevant team.

            We aim to respond to supplier enquiries within 5 working days. Please quote your reference in any further correspondence about this enquiry.

            This is an automated message - please do not reply to it.

            Castlemere Council Finance Service Desk
        """),
        label=Label(note="ticket acknowledgement"),
    ),
    Reply(
        key="ar-en-3",
        intent="auto_reply",
        lang="en",
        who=("Nick Ferris", "nick@thelongroomstudios.example"),
        when="2032-06-02 09:08 +0100",
        client="notice",
        inv="MPT-320475",
        amt="330.00",
        subject="Away: {rsub}",
        headers=(("X-Autoreply", "yes"),),
        text=T("""
            Hi, thanks for your message. I'm away on a session in Berlin and back in the studio 07/06. I'll pick up emails then.

            Nick
            The Long Room Studios
        """),
        label=Label(
            return_date="2032-06-07",
            note="UK day/month date; only X-Autoreply marks it",
        ),
    ),
    Reply(
        key="ar-de-1",
        intent="auto_reply",
        lang="de",
        who=("Sabine Krüger", "s.krueger@philharmonie-wendelstadt.example"),
        when="2032-05-26 10:07 +0200",
        client="notice_html",
        inv="MPT-320434",
        amt="980.00",
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO_REPLIED,),
        text=T("""
            Vielen Dank für Ihre Nachricht.

            Ich bin bis einschließlich Freitag, 28.05.2032, nicht im Haus. Ab Montag, dem 31.05., bin ich wieder für Sie erreichbar. Ihre E-Mail wird nicht weitergeleitet.

            In dringenden Fällen wenden Sie sich bitte an unsere Zentrale.

            Mit freundlichen Grüßen
            Sabine Krüger
            Philharmonie Wendelstadt – Verwaltung
        """),
        label=Label(
            return_date="2032-05-31",
            note="'wieder erreichbar ab' wins over 'bis einschließlich'",
        ),
    ),
    Reply(
        key="ar-de-2",
        intent="auto_reply",
        lang="de",
        who=(
            "Ev. Kirchengemeinde St. Johannis",
            "rechnungen@ekg-stjohannis-burgfeld.example",
        ),
        when="2032-06-15 10:12 +0200",
        client="notice",
        charset="iso-8859-1",
        inv="MPT-320519",
        amt="195.00",
        subject="Eingangsbestätigung: {rsub}",
        headers=(("Precedence", "auto_reply"),),
        text=T("""
            Guten Tag,

            Ihre Nachricht ist bei uns eingegangen und wird an die zuständige Stelle weitergegeben. Bitte haben Sie Verständnis dafür, dass die Bearbeitung einige Tage dauern kann. Eine gesonderte Antwort erhalten Sie nur, wenn Rückfragen bestehen.

            Dies ist eine automatisch erzeugte Nachricht.

            Ev. Kirchengemeinde St. Johannis
            Gemeindebüro
        """),
        label=Label(note="receipt acknowledgement carrying only Precedence: auto_reply"),
    ),
    Reply(
        key="ar-fr-1",
        intent="auto_reply",
        lang="fr",
        who=("Nathalie Girard", "n.girard@opera-de-valrose.example"),
        when="2032-06-07 10:06 +0200",
        client="notice",
        inv="MPT-320499",
        amt="1720.00",
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED,),
        text=T("""
            Bonjour,

            Je suis absente du bureau jusqu'au vendredi 11 juin inclus, sans accès à ma messagerie. Je serai de retour le lundi 14 juin.

            Pour toute question urgente concernant la comptabilité, merci de contacter l'accueil de l'Opéra.

            Cordialement,
            Nathalie Girard
        """),
        label=Label(
            return_date="2032-06-14",
            note="the stated day back wins over 'jusqu'au … inclus'",
        ),
    ),
    Reply(
        key="ar-fr-2",
        intent="auto_reply",
        lang="fr",
        who=(
            "Ville de Sainte-Aurore – Service facturier",
            "facturier@ville-sainte-aurore.example",
        ),
        when="2032-05-25 10:10 +0200",
        client="notice",
        charset="iso-8859-1",
        inv="MPT-320426",
        amt="430.00",
        subject="Accusé de réception",
        headers=(("X-Autoreply", "yes"),),
        text=T("""
            Madame, Monsieur,

            Nous accusons réception de votre message, qui sera traité dans les meilleurs délais par le service facturier.

            Nous vous rappelons que les factures adressées à la Ville doivent être déposées sur le portail Chorus Pro ; les factures envoyées par courriel ne peuvent pas être mises en paiement.

            Ce message est généré automatiquement, merci de ne pas y répondre.

            Service facturier
            Ville de Sainte-Aurore
        """),
        label=Label(
            note="automatic acknowledgement; the portal reminder is boilerplate, not a request for a document"
        ),
    ),
    Reply(
        key="ar-es-1",
        intent="auto_reply",
        lang="es",
        who=("Lorena Vidal", "lvidal@palaciocongresos-altamira.example"),
        when="2032-05-27 10:05 +0200",
        client="notice",
        cte="b64",
        inv="MPT-320439",
        amt="2200.00",
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_REPLIED,),
        text=T("""
            Gracias por su mensaje. Estaré fuera de la oficina hasta el 2 de junio, sin acceso al correo. Para asuntos urgentes pueden dirigirse a administracion@palaciocongresos-altamira.example.

            Un saludo,
            Lorena Vidal
        """),
        label=Label(
            return_date="2032-06-02",
            note="'hasta X' → X itself; the colleague address does not set new_contact",
        ),
    ),
    Reply(
        key="ar-nl-1",
        intent="auto_reply",
        lang="nl",
        who=("Hanneke Visser", "h.visser@stadsgehoorzaal-veendrecht.example"),
        when="2032-06-03 10:06 +0200",
        client="notice_html",
        inv="MPT-320480",
        amt="890.00",
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_REPLIED,),
        text=T("""
            Beste afzender,

            Ik ben met vakantie tot en met vrijdag 11 juni. Vanaf maandag 14 juni ben ik weer op kantoor en beantwoord ik uw bericht zo snel mogelijk.

            Met vriendelijke groet,
            Hanneke Visser
        """),
        label=Label(return_date="2032-06-14", note="'vanaf' the day back wins over 'tot en met'"),
    ),
    Reply(
        key="ar-nl-2",
        intent="auto_reply",
        lang="nl",
        who=("Gemeente Westerbroek", "inkoop@westerbroek.example"),
        when="2032-06-16 10:09 +0200",
        client="notice",
        inv="MPT-320528",
        amt="640.00",
        subject="Wij hebben uw bericht ontvangen",
        headers=(("Precedence", "bulk"),),
        text=T("""
            Geachte heer, mevrouw,

            Bedankt voor uw e-mail. Wij hebben uw bericht in goede orde ontvangen en streven ernaar u binnen drie werkdagen te antwoorden.

            Dit is een automatisch gegenereerd bericht.

            Met vriendelijke groet,
            Gemeente Westerbroek
            Team Inkoop en Crediteuren
        """),
        label=Label(note="acknowledgement carrying only Precedence: bulk; no return date"),
    ),
    Reply(
        key="ar-it-1",
        intent="auto_reply",
        lang="it",
        who=("Valentina Greco", "v.greco@accademiamusicale-sangallo.example"),
        when="2032-06-01 10:06 +0200",
        client="notice",
        inv="MPT-320461",
        amt="570.00",
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED,),
        text=T("""
            Gentile mittente,

            sarò assente dall'ufficio fino a mercoledì 2 giugno compreso, per il ponte della Festa della Repubblica. Rientrerò giovedì 3 giugno e risponderò al più presto.

            Cordiali saluti,
            Valentina Greco
            Accademia Musicale Sangallo
        """),
        label=Label(
            return_date="2032-06-03",
            note="the stated day back wins; 2 June is a public holiday in Italy",
        ),
    ),
    Reply(
        key="ar-it-2",
        intent="auto_reply",
        lang="it",
        who=(
            "Assistenza Fornitori – Gruppo Alberghiero Riviera",
            "fornitori@gruppoalberghieroriviera.example",
        ),
        when="2032-06-11 10:07 +0200",
        client="notice",
        inv="MPT-320518",
        amt="1350.00",
        subject="[Ticket #FOR-20320611-044] Abbiamo ricevuto la sua richiesta",
        headers=(AUTO_GENERATED,),
        text=T("""
            Gentile fornitore,

            la sua richiesta è stata registrata con il numero FOR-20320611-044 e verrà presa in carico dal primo operatore disponibile. I tempi medi di risposta sono di 2-3 giorni lavorativi.

            Per eventuali aggiornamenti risponda a questa e-mail lasciando invariato l'oggetto.

            Assistenza Fornitori
            Gruppo Alberghiero Riviera
        """),
        label=Label(note="ticket acknowledgement"),
    ),
]

OTHER = [
    Reply(
        key="ot-en-1",
        intent="other",
        lang="en",
        who=("Lorraine Bickley", "office@bickleydance.example"),
        when="2032-05-24 10:20 +0100",
        client="outlook",
        inv="MPT-320406",
        amt="265.00",
        headers=(SUPPRESS,),
        text=T("""
            Hi,

            Did we not pay this one already?? I'm sure Gill sorted all the piano invoices before she went on maternity leave in April. Can you check your end and let me know, I don't want to pay it twice.

            Thanks
            Lorraine
            Bickley School of Dance
        """),
        label=Label(
            note="asks whether it was paid: neither a payment claim nor a dispute, a person checks"
        ),
    ),
    Reply(
        key="ot-en-2",
        intent="other",
        lang="en",
        who=("Hugh Carrow", "hugh@carrowfarmhouse.example"),
        when="2032-06-08 13:45 +0100",
        client="gmail",
        inv="MPT-320495",
        amt="120.00",
        text=T("""
            Hello,

            Before I forget – is Martin still booked to come and tune the Bechstein on the 22nd? We've got friends coming for a house concert on the 26th and I'd rather not leave it to chance. Nobody has confirmed a time.

            Best,
            Hugh
        """),
        label=Label(note="appointment question in the reminder thread; nothing about the invoice"),
    ),
    Reply(
        key="ot-en-3",
        intent="other",
        lang="en",
        who=("Sam Odukoya", "s.odukoya@riversidearts.example"),
        when="2032-06-14 12:02 +0100",
        client="android",
        inv="MPT-320522",
        amt="860.00",
        text="Noted, thanks.",
        label=Label(note="bare acknowledgement, no commitment"),
    ),
    Reply(
        key="ot-de-1",
        intent="other",
        lang="de",
        who=("Bernd Sievers", "b.sievers@gesangverein-eintracht.example"),
        when="2032-06-04 18:10 +0200",
        client="outlook_html",
        charset="iso-8859-1",
        inv="MPT-320485",
        amt="780.00",
        text=T("""
            Guten Abend,

            Ihre Nachricht habe ich erhalten. Über die Rechnung muss der Vorstand entscheiden, ich lege sie in der nächsten Sitzung am 15.06. vor und melde mich danach bei Ihnen.

            Mit sängerischen Grüßen
            Bernd Sievers
            Schriftführer, Gesangverein Eintracht 1874 e. V.
        """),
        label=Label(
            note="'I will put it to the board on the 15th and get back to you' is no commitment to pay; the meeting date is not a promised date"
        ),
    ),
    Reply(
        key="ot-de-2",
        intent="other",
        lang="de",
        who=("Klaus Dietrich", "klaus.dietrich.mainz@gmail.com"),
        when="2032-05-27 20:20 +0200",
        client="gmail_plain",
        inv="MPT-320442",
        amt="185.00",
        text=T("""
            Hallo,

            ist diese Mail echt? Ich habe vor kurzem eine sehr ähnliche Mail mit einer anderen Bankverbindung bekommen und bin jetzt vorsichtig. Können Sie mich bitte kurz anrufen, bevor ich irgendetwas überweise?

            Klaus Dietrich
        """),
        label=Label(note="suspicion; asks for a call, not for a document"),
    ),
    Reply(
        key="ot-fr-1",
        intent="other",
        lang="fr",
        who=("Martine Lebrun", "m.lebrun@ehpad-les-glycines.example"),
        when="2032-06-10 15:05 +0200",
        client="apple",
        inv="MPT-320508",
        amt="190.00",
        text=T("""
            Bonjour,

            Bien reçu, merci. Je vois ça avec la directrice à son retour de congé et je reviens vers vous.

            Martine Lebrun
            Accueil – EHPAD Les Glycines
        """),
        label=Label(note="acknowledgement; passing it on is not a new contact"),
    ),
    Reply(
        key="ot-fr-2",
        intent="other",
        lang="fr",
        who=("Julien Mercadier", "julien.mercadier@festival-des-cimes.example"),
        when="2032-06-01 11:50 +0200",
        client="thunderbird",
        charset="iso-8859-1",
        cte="8bit",
        inv="MPT-320463",
        amt="2900.00",
        text=T("""
            Bonjour,

            Petite question sans rapport avec la facture : pour l'édition de cette année, est-ce que le Steinway pourrait rester une semaine de plus, jusqu'au 25 juillet ? Et dans ce cas, est-ce que l'accordeur pourrait repasser entre les deux concerts ?

            Merci,
            Julien Mercadier
            Festival des Cimes - régie
        """),
        label=Label(note="hire question in the reminder thread"),
    ),
    Reply(
        key="ot-es-1",
        intent="other",
        lang="es",
        who=("Pablo Cuesta", "pablo@tablaoelcandil.example"),
        when="2032-06-15 18:30 +0200",
        client="iphone",
        inv="MPT-320540",
        amt="175.00",
        text="Recibido, se lo paso a mi socio que es el que lleva los pagos.",
        label=Label(note="acknowledgement; passing it to a partner names no new address"),
    ),
    Reply(
        key="ot-es-2",
        intent="other",
        lang="es",
        who=("Inés Carrasco", "ines@academiadanzaalhambra.example"),
        when="2032-05-24 13:15 +0200",
        client="outlook",
        charset="iso-8859-1",
        inv="MPT-320405",
        amt="640.00",
        text=T("""
            Buenos días:

            Les informo de que la academia cerró definitivamente a finales de abril. Estoy gestionando el cierre con la gestoría y revisando todas las facturas pendientes. Les diré algo en cuanto sepa cómo queda todo.

            Atentamente,
            Inés Carrasco
        """),
        label=Label(note="business closed; the owner is still the contact and nothing is promised"),
    ),
    Reply(
        key="ot-nl-1",
        intent="other",
        lang="nl",
        who=("Maarten de Wit", "maarten@dewitarchitecten.example"),
        when="2032-06-11 17:05 +0200",
        client="gmail_plain",
        inv="MPT-320543",
        amt="340.00",
        text=T("""
            Ontvangen. Ik kijk er maandag naar.

            Maarten
        """),
        label=Label(note="'I'll look at it on Monday' is not a promise to pay"),
    ),
    Reply(
        key="ot-nl-2",
        intent="other",
        lang="nl",
        who=("Femke Huisman", "f.huisman@jazzcafedevonk.example"),
        when="2032-05-28 11:15 +0200",
        client="outlook_html",
        inv="MPT-320451",
        amt="650.00",
        text=T("""
            Hallo,

            Even iets anders: kunnen we de huurpiano nog twee weken langer houden? Ons zomerprogramma is verlengd tot half juli. Laat maar weten wat dat kost, dan regelen we dat.

            Groetjes,
            Femke
            Jazzcafé De Vonk
        """),
        label=Label(note="hire extension question"),
    ),
    Reply(
        key="ot-it-1",
        intent="other",
        lang="it",
        who=("Roberto Lanza", "r.lanza@istitutosantaclelia.example"),
        when="2032-06-03 09:40 +0200",
        client="gmail",
        inv="MPT-320479",
        amt="420.00",
        lag=3,
        text=T("""
            Buongiorno,

            ma questa non l'avevamo già saldata a maggio insieme all'altra accordatura? Controllo con la segreteria e vi faccio sapere.

            Roberto Lanza
            Economo – Istituto Santa Clelia
        """),
        label=Label(note="asks whether it was already paid; no claim, no dispute"),
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


@dataclass(frozen=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt`."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    inv: str
    amt: str
    style: str
    after: int = 3  # minutes between the reminder and the report
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def domain(self) -> str:
        return self.rcpt.split("@")[1]

    def reminder(self) -> Reminder:
        sent = (self.dt - timedelta(minutes=self.after)).astimezone(UK)
        sent = sent.replace(second=number(self.key, "sec") % 60)
        currency = "GBP" if self.lang == "en" else "EUR"
        return Reminder(self.key, self.lang, self.inv, self.amt, currency, "", self.rcpt, sent)


def sent_reminder(rem: Reminder) -> Message:
    """The reminder exactly as dunmail handed it to the outgoing server."""
    msg = text_part(rem.text + "\n", "plain", "utf-8", "qp")
    return assemble(
        msg,
        [
            ("From", formataddr((AR_NAME, AR_ADDR))),
            ("To", rem.to_addr),
            ("Subject", header_value(rem.subject, "utf-8")),
            ("Date", format_datetime(rem.sent)),
            ("Message-ID", rem.msgid),
            ("X-Mailer", "dunmail"),
        ],
    )


def reminder_header_block(rem: Reminder, received: str = "") -> str:
    head = sent_reminder(rem).as_bytes().decode("ascii").split("\n\n", 1)[0]
    return (received + head + "\n") if received else head + "\n"


def headers_part(rem: Reminder, received: str = "") -> Message:
    return text_part(reminder_header_block(rem, received), "rfc822-headers", "us-ascii", "7bit")


def delivery_status(
    per_message: list[tuple[str, str]], per_recipient: list[tuple[str, str]]
) -> Message:
    blocks: list[Message | str] = []
    for fields in (per_message, per_recipient):
        block = Message()
        for name, value in fields:
            block[name] = value
        blocks.append(block)
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    ds.set_payload(blocks)
    return ds


def report(*parts: Message) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def finish_bounce(
    b: Bounce, body: Message, sender: str, subject: str, extra: list[tuple[str, str]]
) -> Message:
    host = sender.rsplit("@", 1)[1].rstrip(">").split()[0].rstrip(")")
    headers: list[tuple[str, str | Header]] = [
        ("From", sender),
        ("To", AR_ADDR),
        ("Subject", header_value(subject, "utf-8")),
        ("Date", format_datetime(b.dt)),
        ("Message-ID", f"<{b32(24, b.key, 'bounce').lower()}@{host}>"),
        AUTO_REPLIED,
        *extra,
    ]
    msg = assemble(body, headers)
    strip_inner_versions(msg)
    set_boundaries(msg, b.key, "----=_NextPart_")
    return msg


def bounce_sendmail(b: Bounce) -> Message:
    rem = b.reminder()
    queue_id = f"5{b32(13, b.key, 'queue')}"
    arrival = format_datetime(rem.sent)
    human = T(f"""
        The original message was received at {arrival}
        from dunmail.marlowe-pianos.example [192.0.2.10]

           ----- The following addresses had permanent fatal errors -----
        <{b.rcpt}>
            (reason: 550 5.1.1 <{b.rcpt}>... User unknown)

           ----- Transcript of session follows -----
        ... while talking to mx1.{b.domain}.:
        >>> RCPT To:<{b.rcpt}>
        <<< 550 5.1.1 <{b.rcpt}>... User unknown
        550 5.1.1 <{b.rcpt}>... User unknown
    """)
    received = (
        f"Received: from dunmail.marlowe-pianos.example (dunmail.marlowe-pianos.example [192.0.2.10])\n"
        f"\tby {AR_MTA} (8.18.1/8.18.1) with ESMTP id {queue_id}\n\tfor <{b.rcpt}>; {arrival}\n"
    )
    ds = delivery_status(
        [
            ("Reporting-MTA", f"dns; {AR_MTA}"),
            ("Received-From-MTA", "DNS; dunmail.marlowe-pianos.example"),
            ("Arrival-Date", arrival),
        ],
        [
            ("Final-Recipient", f"RFC822; {b.rcpt}"),
            ("Action", "failed"),
            ("Status", b.status),
            ("Remote-MTA", f"DNS; mx1.{b.domain}"),
            ("Diagnostic-Code", f"SMTP; 550 5.1.1 <{b.rcpt}>... User unknown"),
            ("Last-Attempt-Date", format_datetime(b.dt)),
        ],
    )
    body = report(
        text_part(human + "\n", "plain", "us-ascii", "7bit"),
        ds,
        headers_part(rem, received),
    )
    sender = f"Mail Delivery Subsystem <MAILER-DAEMON@{AR_MTA}>"
    return finish_bounce(b, body, sender, "Returned mail: see transcript for details", [])


def bounce_qmail(b: Bounce) -> Message:
    rem = b.reminder()
    returned = sent_reminder(rem).as_bytes().decode("ascii")
    stamp = rem.sent.astimezone(UTC)
    human = T(f"""
        Hi. This is the qmail-send program at {AR_MTA}.
        I'm afraid I wasn't able to deliver your message to the following addresses.
        This is a permanent error; I've given up. Sorry it didn't work out.

        <{b.rcpt}>:
        Sorry, I couldn't find any host named {b.domain}. (#5.1.2)

        --- Below this line is a copy of the message.
    """)
    body = Message()
    body.set_payload(
        f"{human}\n\nReturn-Path: <{AR_ADDR}>\n"
        f"Received: (qmail {number(b.key, 'pid') % 90000 + 10000} invoked by uid 1002); "
        f"{stamp.day} {stamp.strftime('%b %Y %H:%M:%S')} -0000\n{returned}"
    )
    return finish_bounce(b, body, f"MAILER-DAEMON@{AR_MTA}", "failure notice", [])


def bounce_exim_delay(b: Bounce) -> Message:
    rem = b.reminder()
    exim_id = f"{b32(6, b.key, 'e1')}-{b32(6, b.key, 'e2')}-{b32(2, b.key, 'e3')}"
    subject = " ".join(Header(rem.subject, "utf-8").encode().split())
    human = T(f"""
        This message was created automatically by mail delivery software.
        A message that you sent has not yet been delivered to one or more of its
        recipients after more than 24 hours on the queue on {AR_MTA}.

        The message identifier is:     {exim_id}
        The subject of the message is: {subject}
        The date of the message is:    {format_datetime(rem.sent)}

        The address to which the message has not yet been delivered is:

          {b.rcpt}
            host mail.{b.domain} [198.51.100.23]
            Delay reason: SMTP error from remote mail server after RCPT TO:<{b.rcpt}>:
            451 4.7.1 Recipient temporarily deferred by local policy, please try again later

        No action is required on your part. Delivery attempts will continue for
        some time, and this warning may be repeated at intervals if the message
        remains undelivered. Eventually the mail delivery software will give up,
        and when that happens, the message will be returned to you.
    """)
    body = Message()
    body.set_payload(human + "\n")
    sender = f"Mail Delivery System <Mailer-Daemon@{AR_MTA}>"
    return finish_bounce(b, body, sender, f"Warning: message {exim_id} delayed 24 hours", [])


@dataclass(frozen=True)
class ExchangeText:
    """The localised, human-readable part of an Exchange Online report."""

    prefix: str
    text: str
    action: str
    diagnostic: str
    server: str


EXCHANGE_TEXTS: dict[str, ExchangeText] = {
    "de": ExchangeText(
        "Unzustellbar: ",
        """
        Ihre Nachricht an {rcpt} konnte nicht zugestellt werden.

        Die E-Mail-Adresse wurde im Zielsystem nicht gefunden. Möglicherweise ist sie falsch geschrieben oder existiert nicht mehr.

        Was können Sie tun?
        Prüfen Sie die Adresse des Empfängers und senden Sie die Nachricht erneut. Wenn das Problem weiterhin besteht, nehmen Sie auf anderem Weg Kontakt mit dem Empfänger auf und teilen Sie ihm mit, dass seine Adresse Nachrichten zurückweist.

        Diagnoseinformationen für Administratoren:

        Generierender Server: {server}

        {rcpt}
        Remoteserver hat '{diagnostic}' zurückgegeben
        """,
        "failed",
        "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
        "FR4P281MB3318.DEUP281.PROD.OUTLOOK.COM",
    ),
    "fr": ExchangeText(
        "Non remis : ",
        """
        Votre message n'a pas pu être remis à {rcpt}.

        Cette adresse n'existe plus dans l'organisation du destinataire : la boîte aux lettres a probablement été supprimée.

        Comment résoudre le problème ?
        Vérifiez l'adresse auprès du destinataire par un autre moyen (téléphone, site web) et renvoyez votre message à la bonne adresse.

        Informations de diagnostic pour les administrateurs :

        Serveur de génération : {server}

        {rcpt}
        Le serveur distant a retourné « {diagnostic} »
        """,
        "failed",
        "550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found",
        "PR1P264MB2210.FRAP264.PROD.OUTLOOK.COM",
    ),
    "nl": ExchangeText(
        "Vertraagd: ",
        """
        Bezorging vertraagd voor deze ontvangers of groepen:

        {rcpt}

        Uw bericht is nog niet bezorgd. Er wordt automatisch opnieuw geprobeerd. U hoeft op dit moment niets te doen. Lukt de bezorging binnen twee dagen niet, dan ontvangt u een nieuw bericht.

        Diagnostische gegevens voor beheerders:

        Genererende server: {server}

        {rcpt}
        Externe server heeft '{diagnostic}' geretourneerd
        """,
        "delayed",
        "451 4.4.7 Message delayed; remote server did not respond in time",
        "AM0PR03MB5521.eurprd03.prod.outlook.com",
    ),
    "it": ExchangeText(
        "Recapito non riuscito: ",
        """
        Il messaggio non è stato recapitato a {rcpt}.

        Questo indirizzo accetta soltanto messaggi da mittenti autorizzati e il tuo indirizzo non rientra tra questi.

        Come risolvere il problema
        Contatta il destinatario con un altro mezzo e chiedigli di aggiungere il tuo indirizzo ai mittenti consentiti, poi invia di nuovo il messaggio.

        Informazioni di diagnostica per gli amministratori:

        Server che ha generato il messaggio: {server}

        {rcpt}
        Il server remoto ha restituito '{diagnostic}'
        """,
        "failed",
        "550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: CreateMessage]",
        "MI2P293MB0871.ITAP293.PROD.OUTLOOK.COM",
    ),
}


def simple_html(text: str) -> str:
    paragraphs = "".join(f"<p>{html_lines(p)}</p>\n" for p in text.split("\n\n"))
    return f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body>\n{paragraphs}</body></html>\n'


def human_alternative(text: str) -> Message:
    return alternative(
        text_part(text + "\n", "plain", "utf-8", "qp"),
        text_part(simple_html(text), "html", "utf-8", "qp"),
    )


def bounce_exchange(b: Bounce) -> Message:
    rem = b.reminder()
    spec = EXCHANGE_TEXTS[b.lang]
    human = T(spec.text).format(rcpt=b.rcpt, server=spec.server, diagnostic=spec.diagnostic)
    recipient = [
        ("Final-Recipient", f"rfc822;{b.rcpt}"),
        ("Action", spec.action),
        ("Status", b.status),
        ("Diagnostic-Code", f"smtp;{spec.diagnostic}"),
    ]
    if spec.action == "delayed":
        recipient.append(("Will-Retry-Until", format_datetime(rem.sent + timedelta(days=2))))
    ds = delivery_status(
        [
            ("Reporting-MTA", f"dns;{spec.server}"),
            ("Received-From-MTA", f"dns;{AR_MTA}"),
            ("Arrival-Date", format_datetime(rem.sent)),
        ],
        recipient,
    )
    body = report(human_alternative(human), ds, MIMEMessage(sent_reminder(rem)))
    sender = f"Microsoft Outlook <postmaster@{b.domain}>"
    extra = [
        ("Content-Language", CONTENT_LANGUAGE[b.lang]),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("In-Reply-To", rem.msgid),
        ("References", rem.msgid),
    ]
    return finish_bounce(b, body, sender, spec.prefix + rem.subject, extra)


def bounce_provider_de(b: Bounce) -> Message:
    rem = b.reminder()
    human = T(f"""
        Dies ist eine automatisch erzeugte Nachricht des Mailservers mx02.nordhost-mail.example.

        Ihre Nachricht an

            {b.rcpt}

        konnte nicht zugestellt werden, weil das Postfach des Empfängers sein Speicherlimit überschritten hat.

            Betreff:    {latin1(rem.subject)}
            Gesendet:   {rem.sent.astimezone(CET).strftime("%d.%m.%Y %H:%M")}
            Fehler:     552 5.2.2 Postfach voll (quota exceeded)

        Der Empfänger muss erst Nachrichten löschen, bevor das Postfach wieder E-Mails annimmt. Bitte versuchen Sie es später noch einmal oder informieren Sie den Empfänger auf anderem Weg.

        --
        NordHost Mail - Postmaster
    """)
    body = text_part(human + "\n", "plain", "iso-8859-1", "8bit")
    sender = "Mail Delivery System <mailer-daemon@mx02.nordhost-mail.example>"
    return finish_bounce(b, body, sender, "Unzustellbar: Postfach des Empfängers ist voll", [])


def bounce_report_fr(b: Bounce) -> Message:
    rem = b.reminder()
    mta = "relais2.hebergement-durand.example"
    human = T(f"""
        Ceci est un message automatique du serveur {mta}.

        Votre message n'a pas encore pu être remis au destinataire suivant :

            {b.rcpt}

        La connexion avec le serveur du destinataire a été interrompue à plusieurs reprises pendant l'envoi. Il ne s'agit pas d'une erreur définitive : nous continuerons à tenter la remise pendant 4 jours. Vous n'avez rien à faire pour le moment.

        Si la remise échoue définitivement, vous recevrez un nouvel avis accompagné de votre message.
    """)
    ds = delivery_status(
        [("Reporting-MTA", f"dns; {mta}"), ("Arrival-Date", format_datetime(rem.sent))],
        [
            ("Final-Recipient", f"rfc822; {b.rcpt}"),
            ("Original-Recipient", f"rfc822; {b.rcpt}"),
            ("Action", "delayed"),
            ("Status", b.status),
            ("Remote-MTA", f"dns; mx.{b.domain}"),
            (
                "Diagnostic-Code",
                "smtp; 421 4.4.2 Connection dropped during DATA transfer",
            ),
            ("Last-Attempt-Date", format_datetime(b.dt)),
            ("Will-Retry-Until", format_datetime(rem.sent + timedelta(days=4))),
        ],
    )
    body = report(text_part(human + "\n", "plain", "utf-8", "qp"), ds, headers_part(rem))
    sender = f"Service de messagerie <mailer-daemon@{mta}>"
    return finish_bounce(b, body, sender, "Avis de retard de remise : " + rem.subject, [])


def bounce_gmail_es(b: Bounce) -> Message:
    rem = b.reminder()
    diagnostic = (
        "550 5.1.1 The email account that you tried to reach does not exist. Please try "
        "double-checking the recipient's email address for typos or unnecessary spaces."
    )
    human = T(f"""
        No se ha encontrado la dirección

        No se ha podido entregar tu mensaje a {b.rcpt} porque no se ha encontrado la dirección o no puede recibir correo.

        La respuesta del servidor remoto ha sido:

        {diagnostic}
    """)
    ds = delivery_status(
        [
            ("Reporting-MTA", "dns; googlemail.com"),
            ("Arrival-Date", format_datetime(rem.sent)),
        ],
        [
            ("Final-Recipient", f"rfc822; {b.rcpt}"),
            ("Action", "failed"),
            ("Status", b.status),
            (
                "Remote-MTA",
                "dns; gmail-smtp-in.l.google.com. (192.0.2.27, the server for the domain gmail.com.)",
            ),
            ("Diagnostic-Code", f"smtp; {diagnostic}"),
            ("Last-Attempt-Date", format_datetime(b.dt)),
        ],
    )
    body = report(human_alternative(human), ds, MIMEMessage(sent_reminder(rem)))
    sender = "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"
    extra = [("X-Failed-Recipients", b.rcpt)]
    return finish_bounce(b, body, sender, "Delivery Status Notification (Failure)", extra)


def bounce_provider_es(b: Bounce) -> Message:
    rem = b.reminder()
    human = T(f"""
        Este es un mensaje automático del servidor de correo correo.hostiberia.example.
        Por favor, no responda a este mensaje.

        Su mensaje para {b.rcpt} todavía no ha podido entregarse. El servidor principal del destinatario no responde en este momento.

            Asunto:          {latin1(rem.subject)}
            Fecha de envío:  {rem.sent.astimezone(CET).strftime("%d/%m/%Y %H:%M")}
            Estado:          4.4.1 (error temporal, sin respuesta del servidor)

        Seguiremos intentando la entrega durante los próximos 5 días. No es necesario que vuelva a enviar el mensaje. Si finalmente no se consigue entregarlo, recibirá un nuevo aviso.
    """)
    body = text_part(human + "\n", "plain", "iso-8859-1", "qp")
    sender = "Servicio de correo <postmaster@correo.hostiberia.example>"
    return finish_bounce(b, body, sender, "Aviso: su mensaje aún no ha sido entregado", [])


def bounce_report_it(b: Bounce) -> Message:
    rem = b.reminder()
    mta = "mx3.servizimail-italia.example"
    human = T(f"""
        Questo è un messaggio generato automaticamente dal sistema di posta {mta}.

        Il messaggio indirizzato a {b.rcpt} non è stato ancora recapitato: la casella del destinatario ha superato lo spazio disponibile.

        Il sistema ritenterà automaticamente l'invio nei prossimi giorni. Se nel frattempo la casella non verrà liberata, il messaggio sarà restituito al mittente.

        Dettagli tecnici:
          Stato: {b.status}
          Risposta del server: 452 4.2.2 Mailbox full - casella piena
    """)
    ds = delivery_status(
        [("Reporting-MTA", f"dns; {mta}"), ("Arrival-Date", format_datetime(rem.sent))],
        [
            ("Final-Recipient", f"rfc822; {b.rcpt}"),
            ("Action", "delayed"),
            ("Status", b.status),
            ("Diagnostic-Code", "smtp; 452 4.2.2 Mailbox full - casella piena"),
            ("Last-Attempt-Date", format_datetime(b.dt)),
            ("Will-Retry-Until", format_datetime(rem.sent + timedelta(days=5))),
        ],
    )
    body = report(text_part(human + "\n", "plain", "utf-8", "8bit"), ds, headers_part(rem))
    sender = f"Postmaster <postmaster@{mta}>"
    return finish_bounce(b, body, sender, "Notifica di mancato recapito temporaneo", [])


BOUNCE_STYLES: dict[str, Callable[[Bounce], Message]] = {
    "sendmail": bounce_sendmail,
    "qmail": bounce_qmail,
    "exim_delay": bounce_exim_delay,
    "exchange": bounce_exchange,
    "provider_de": bounce_provider_de,
    "report_fr": bounce_report_fr,
    "gmail_es": bounce_gmail_es,
    "provider_es": bounce_provider_es,
    "report_it": bounce_report_it,
}

BOUNCES = [
    Bounce(
        "bo-en-1",
        "en",
        "hard",
        "5.1.1",
        "bursar@oakfieldprep.example",
        "2032-05-25 09:06 +0100",
        "MPT-320421",
        "540.00",
        "sendmail",
        note="sendmail RFC 3464 report with text/rfc822-headers",
    ),
    Bounce(
        "bo-en-2",
        "en",
        "hard",
        "5.1.2",
        "office@tollgatechapel.example",
        "2032-06-08 09:05 +0100",
        "MPT-320490",
        "150.00",
        "qmail",
        note="qmail notice, not MIME; the domain no longer exists",
    ),
    Bounce(
        "bo-en-3",
        "en",
        "soft",
        "4.7.1",
        "events@thecliftonarms.example",
        "2032-06-11 09:14 +0100",
        "MPT-320486",
        "700.00",
        "exim_delay",
        after=24 * 60 + 9,
        note="Exim delay warning, plain text; temporary policy deferral",
    ),
    Bounce(
        "bo-de-1",
        "de",
        "hard",
        "5.1.10",
        "rechnung@orgelbauverein-kessin.example",
        "2032-05-28 10:05 +0200",
        "MPT-320453",
        "390.00",
        "exchange",
    ),
    Bounce(
        "bo-de-2",
        "de",
        "soft",
        "5.2.2",
        "info@musikcafe-am-wall.example",
        "2032-06-15 10:04 +0200",
        "MPT-320542",
        "275.00",
        "provider_de",
        note="mailbox full reported with a 5.x code: soft (mailbox-full rule), the code is kept; 8-bit Latin-1 provider notice",
    ),
    Bounce(
        "bo-fr-1",
        "fr",
        "soft",
        "4.4.2",
        "compta@theatre-du-grand-pre.example",
        "2032-06-02 14:05 +0200",
        "MPT-320469",
        "1600.00",
        "report_fr",
        after=4 * 60 + 2,
        note="RFC 3464 delay report in French with text/rfc822-headers",
    ),
    Bounce(
        "bo-fr-2",
        "fr",
        "hard",
        "5.1.1",
        "gestion@ensemble-baroque-aurore.example",
        "2032-06-16 10:03 +0200",
        "MPT-320545",
        "820.00",
        "exchange",
    ),
    Bounce(
        "bo-es-1",
        "es",
        "hard",
        "5.1.1",
        "coro.santacecilia.huesca@gmail.com",
        "2032-05-26 10:04 +0200",
        "MPT-320432",
        "260.00",
        "gmail_es",
        note="Gmail report in Spanish",
    ),
    Bounce(
        "bo-es-2",
        "es",
        "soft",
        "4.4.1",
        "pagos@hotelrioverde-cazorla.example",
        "2032-06-09 13:20 +0200",
        "MPT-320487",
        "1150.00",
        "provider_es",
        after=3 * 60 + 17,
        note="provider delay notice in Spanish, single plain part, not RFC 3464",
    ),
    Bounce(
        "bo-nl-1",
        "nl",
        "soft",
        "4.4.7",
        "facturen@kunstencentrumdewerf.example",
        "2032-06-04 15:10 +0200",
        "MPT-320483",
        "720.00",
        "exchange",
        after=5 * 60 + 8,
        note="Exchange Online delay report in Dutch",
    ),
    Bounce(
        "bo-it-1",
        "it",
        "hard",
        "5.7.1",
        "amministrazione@fondazionecasadellamusica.example",
        "2032-06-07 10:04 +0200",
        "MPT-320493",
        "2100.00",
        "exchange",
        note="permanent policy refusal (only authorised senders): hard by its 5.x class",
    ),
    Bounce(
        "bo-it-2",
        "it",
        "soft",
        "4.2.2",
        "segreteria@bandacittadina-sanvito.example",
        "2032-06-17 13:40 +0200",
        "MPT-320546",
        "310.00",
        "report_it",
        after=3 * 60 + 36,
        note="RFC 3464 delay report in Italian, mailbox full",
    ),
]

# --------------------------------------------------------------------------------------------
# Labels, checks and output
# --------------------------------------------------------------------------------------------


def reply_record(r: Reply) -> dict[str, object]:
    lab = r.label
    record: dict[str, object] = {"intent": r.intent}
    record.update(dict.fromkeys(LABEL_KEYS))
    record.update(
        promised_date=lab.promised_date,
        paid_date=lab.paid_date,
        return_date=lab.return_date,
        payment_reference=lab.payment_reference,
        amount=lab.amount,
        currency=lab.currency,
        new_contact=lab.new_contact,
    )
    record.update(invoice_refs=list(lab.refs), language=r.lang, note=lab.note)
    return record


def bounce_record(b: Bounce) -> dict[str, object]:
    record: dict[str, object] = {"intent": "bounce"}
    record.update(dict.fromkeys(LABEL_KEYS))
    record.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    record.update(invoice_refs=[], language=b.lang, note=b.note)
    return record


@dataclass(frozen=True)
class Item:
    """One corpus message: its key, the message, its label record and its local date."""

    key: str
    msg: Message
    record: dict[str, object]
    local: datetime
    text: str


def all_items() -> list[Item]:
    items = [Item(r.key, build_reply(r), reply_record(r), r.dt, r.text) for r in REPLIES]
    items += [Item(b.key, BOUNCE_STYLES[b.style](b), bounce_record(b), b.dt, "") for b in BOUNCES]
    return items


def file_order(key: str) -> str:
    return hashlib.sha256(f"{SEED}/{key}".encode()).hexdigest()


ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT = re.compile(r"^\d+\.\d{2}$")
INVOICE = re.compile(r"^MPT-\d{6}$")
STATUS = re.compile(r"^[45]\.\d{1,3}\.\d{1,3}$")


def check_record(item: Item) -> None:
    """The label shape and the conventions the labels follow."""
    rec, key = item.record, item.key
    intent = str(rec["intent"])
    if intent not in INTENTS or rec["language"] not in LANGS:
        raise SystemExit(f"{key}: bad intent or language")
    allowed = INTENT_FIELDS.get(intent, frozenset())
    for name in LABEL_KEYS:
        if rec[name] is not None and name not in allowed:
            raise SystemExit(f"{key}: {name} is filled for {intent}")
    local_day = item.local.date()
    for name in ("promised_date", "paid_date", "return_date"):
        value = rec[name]
        if value is None:
            continue
        if not isinstance(value, str) or not ISO_DAY.match(value):
            raise SystemExit(f"{key}: {name} not ISO")
        day = date.fromisoformat(value)
        if name == "paid_date" and day > local_day:
            raise SystemExit(f"{key}: paid in the future")
        if name != "paid_date" and day < local_day:
            raise SystemExit(f"{key}: {name} in the past")
    amount, currency = rec["amount"], rec["currency"]
    if (amount is None) != (currency is None):
        raise SystemExit(f"{key}: amount and currency go together")
    if amount is not None and not (isinstance(amount, str) and AMOUNT.match(amount)):
        raise SystemExit(f"{key}: bad amount")
    if currency not in {None, "GBP", "EUR"}:
        raise SystemExit(f"{key}: bad currency")
    contact = rec["new_contact"]
    if contact is not None and (
        not isinstance(contact, str)
        or contact != contact.lower()
        or contact not in item.text.lower()
    ):
        raise SystemExit(f"{key}: new_contact must be the lower-cased address from the text")
    refs = rec["invoice_refs"]
    if not isinstance(refs, list):
        raise SystemExit(f"{key}: invoice_refs must be a list")
    for ref in refs:
        if not isinstance(ref, str) or not INVOICE.match(ref) or ref[4:] not in item.text:
            raise SystemExit(f"{key}: invoice ref {ref!r} not normalised or not in the new text")
    if intent == "bounce":
        status = str(rec["bounce_status"])
        if not STATUS.match(status) or rec["bounce_kind"] not in {"hard", "soft"}:
            raise SystemExit(f"{key}: bad bounce fields")
        full = status in {"5.2.2", "4.2.2"}
        expected = "soft" if status.startswith("4") or full else "hard"
        if rec["bounce_kind"] != expected:
            raise SystemExit(f"{key}: bounce kind does not follow the status")
    offset = item.local.utcoffset()
    if not FIRST_DAY <= local_day <= LAST_DAY:
        raise SystemExit(f"{key}: date out of range")
    if offset not in {timedelta(hours=1), timedelta(hours=2)}:
        raise SystemExit(f"{key}: not a summer-time offset")
    if (rec["language"] == "en") != (offset == timedelta(hours=1)):
        raise SystemExit(f"{key}: English senders are in the UK, the others on the continent")


def check_message(name: str, data: bytes) -> None:
    """Parse a file back: headers decode, every text part decodes, no defects anywhere."""
    msg = message_from_bytes(data, policy=policy.default)
    if not isinstance(msg, EmailMessage):
        raise SystemExit(f"{name}: not parsed with the default policy")
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{name}: no {header}")
    for part in msg.walk():
        if part.defects:
            raise SystemExit(f"{name}: defects {part.defects}")
        for header_name, value in part.items():
            if isinstance(value, BaseHeader) and value.defects:
                raise SystemExit(f"{name}: {header_name} defects {value.defects}")
            if "=?" in str(value):
                raise SystemExit(f"{name}: {header_name} not decoded")
        if part.get_content_maintype() == "text" and isinstance(part, EmailMessage):
            content = part.get_content()
            if not isinstance(content, str) or "\ufffd" in content:
                raise SystemExit(f"{name}: text part does not decode cleanly")


def count_table(records: list[dict[str, object]]) -> str:
    cells = Counter((str(x["intent"]), str(x["language"])) for x in records)
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


def coverage(items: list[Item]) -> str:
    """A summary of the formats the corpus covers (clients, MIME, charsets, headers)."""
    clients = Counter(r.client for r in REPLIES)
    tops: Counter[str] = Counter()
    charsets: Counter[str] = Counter()
    encodings: Counter[str] = Counter()
    headers: Counter[str] = Counter()
    for item in items:
        msg = item.msg
        tops[msg.get_content_type()] += 1
        raw = msg.as_bytes()
        head = raw.split(b"\n\n", 1)[0].decode("ascii")
        for name in ("Subject", "From"):
            if re.search(rf"^{name}:[^\n]*(\n[ \t][^\n]*)*=\?", head, re.MULTILINE):
                headers[f"RFC 2047 {name}"] += 1
        for name in (
            "In-Reply-To",
            "Auto-Submitted",
            "X-Auto-Response-Suppress",
            "X-Autoreply",
            "Precedence",
            "Cc",
        ):
            if msg[name] is not None:
                headers[name] += 1
        for part in msg.walk():
            if part.get_content_maintype() == "text" and (part is msg or "Content-Type" in part):
                charsets[str(part.get_content_charset("us-ascii"))] += 1
                encodings[str(part.get("Content-Transfer-Encoding", "7bit")).lower()] += 1
            if part.get_param("format") == "flowed":
                headers["format=flowed"] += 1
    lines = [
        "clients: " + ", ".join(f"{k} {v}" for k, v in sorted(clients.items())),
        "top-level types: " + ", ".join(f"{k} {v}" for k, v in sorted(tops.items())),
        "text-part charsets: " + ", ".join(f"{k} {v}" for k, v in sorted(charsets.items())),
        "text-part encodings: " + ", ".join(f"{k} {v}" for k, v in sorted(encodings.items())),
        "headers: " + ", ".join(f"{k} {v}" for k, v in sorted(headers.items())),
    ]
    return "\n".join(lines)


def check_plan(records: list[dict[str, object]]) -> None:
    cells = Counter((str(x["intent"]), str(x["language"])) for x in records)
    if dict(cells) != {k: v for k, v in PLAN.items() if v}:
        raise SystemExit(f"count table differs from the plan: {dict(cells)}")
    if len(records) != 120:
        raise SystemExit("expected 120 messages")
    kinds = Counter(str(x["bounce_kind"]) for x in records if x["intent"] == "bounce")
    if kinds != Counter({"hard": 6, "soft": 6}):
        raise SystemExit(f"bounces should be 6 hard and 6 soft: {kinds}")


def write_all() -> tuple[list[dict[str, object]], list[Item]]:
    items = all_items()
    keys = [item.key for item in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    reminded = [r.inv for r in REPLIES if r.threaded] + [b.inv for b in BOUNCES]
    if len(set(reminded)) != len(reminded):
        raise SystemExit("two reminders for the same invoice")
    runs = [(r.key, r.reminder().sent) for r in REPLIES if r.threaded]
    runs += [(b.key, b.reminder().sent) for b in BOUNCES]
    for key, sent in runs:
        if sent.weekday() >= 5 or sent.date() in UK_HOLIDAYS or sent.hour != 9:
            raise SystemExit(f"{key}: the reminder must leave in a weekday morning run")
    for item in items:
        check_record(item)
    items.sort(key=lambda item: file_order(item.key))
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    records: list[dict[str, object]] = []
    for n, item in enumerate(items, start=1):
        name = f"{PREFIX}-{n:03d}.eml"
        data = item.msg.as_bytes()
        check_message(name, data)
        (HERE / name).write_bytes(data)
        record = {"file": name, **item.record}
        if tuple(record) != RECORD_KEYS:
            raise SystemExit(f"{name}: label keys out of order")
        records.append(record)
    check_plan(records)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return records, items


def main() -> int:
    records, items = write_all()
    print(count_table(records))
    kinds = Counter(str(x["bounce_kind"]) for x in records if x["intent"] == "bounce")
    print(f"\n{len(records)} messages; bounces: {dict(sorted(kinds.items()))}")
    print(coverage(items))
    return 0


if __name__ == "__main__":
    sys.exit(main())
