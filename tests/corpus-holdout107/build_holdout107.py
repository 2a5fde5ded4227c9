# ruff: noqa: C901, E501, PLR0912, PLR0917, PLW2901, RUF001, RUF002
# Message text is kept one paragraph a line, as mail clients send it, with the typographic
# dashes and quotes people type; the second line keeps a ruff set-up that does not enable
# those two rules from reporting the first as unused.
"""Build held-out reply corpus 107: `h107-NNN.eml` files, `labels.jsonl` and a count table.

Saltmarsh Uniforms' sales ledger sends overdue reminders; these are the answers that come back
(human replies, auto-replies, ticket acknowledgements, payment advices and delivery reports).
The new text of every message is written by hand below. The script adds only what a mail client
or a mail server would add: the quoted reminder in the client's layout and language, headers,
MIME structure, charsets and transfer encodings. It writes next to itself, deterministically.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import sys
import textwrap
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, timezone
from email import charset as email_charset
from email import message_from_bytes, policy
from email.header import Header
from email.message import Message
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path
from typing import cast

HERE = Path(__file__).resolve().parent
SEED = "saltmarsh-holdout107"
PREFIX = "h107"
LEDGER_NAME = "Sales Ledger"
LEDGER_ADDR = "sales.ledger@saltmarsh-uniforms.example"
LEDGER_DOMAIN = "saltmarsh-uniforms.example"
LEDGER_MTA = "mail.saltmarsh-uniforms.example"
FIRST_DAY = date(2029, 4, 2)
LAST_DAY = date(2029, 4, 27)

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
# The fields an intent may fill; everything else stays null.
INTENT_FIELDS: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "amount", "currency"}),
    "auto_reply": frozenset({"return_date"}),
    "wrong_contact": frozenset({"new_contact"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
}


# --------------------------------------------------------------------------------------------
# Time zones: the UK and central Europe switch to summer time at 01:00 UTC on the last Sunday
# of March and back on the last Sunday of October.
# --------------------------------------------------------------------------------------------


def last_sunday(year: int, month: int) -> date:
    """The last Sunday of a month (used for the summer-time switches)."""
    end = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return end - timedelta(days=(end.weekday() - 6) % 7)


def summer_time(utc: datetime) -> bool:
    """Whether European summer time is in force at an instant."""
    start = datetime.combine(last_sunday(utc.year, 3), time(1), tzinfo=UTC)
    end = datetime.combine(last_sunday(utc.year, 10), time(1), tzinfo=UTC)
    return start <= utc < end


def zone_offset(zone: str, utc: datetime) -> timezone:
    """The UTC offset of a zone ("uk" or "ce") at an instant."""
    base = {"uk": 0, "ce": 1}[zone]
    return timezone(timedelta(hours=base + (1 if summer_time(utc) else 0)))


def local_time(zone: str, stamp: str) -> datetime:
    """A wall-clock time ("YYYY-MM-DD HH:MM") in a zone, with the offset in force then."""
    naive = datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    base = timezone(timedelta(hours={"uk": 0, "ce": 1}[zone]))
    return naive.replace(tzinfo=zone_offset(zone, naive.replace(tzinfo=base)))


def in_zone(zone: str, moment: datetime) -> datetime:
    """The same instant on a zone's wall clock."""
    return moment.astimezone(zone_offset(zone, moment.astimezone(UTC)))


# --------------------------------------------------------------------------------------------
# Hashes: every id, boundary and reminder detail is derived from a message's key.
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    """A stable 32-byte digest of a key."""
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def token(key: str, salt: str, length: int) -> str:
    """An upper-case base32 token."""
    return base64.b32encode(digest(key, salt)).decode()[:length]


def number(key: str, salt: str, modulo: int) -> int:
    """A stable small number."""
    return int.from_bytes(digest(key, salt)[:4], "big") % modulo


def text(block: str) -> str:
    """Hand-written text kept indented in this file, as it is sent (one paragraph a line)."""
    return textwrap.dedent(block).strip("\n")


# --------------------------------------------------------------------------------------------
# The reminder being answered, in each language
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – Saltmarsh Uniforms",
    "de": "Überfällige Rechnung {inv} – Saltmarsh Uniforms",
    "fr": "Facture échue {inv} – Saltmarsh Uniforms",
    "es": "Factura vencida {inv} – Saltmarsh Uniforms",
    "nl": "Vervallen factuur {inv} – Saltmarsh Uniforms",
    "it": "Fattura scaduta {inv} – Saltmarsh Uniforms",
}
REMINDER_BODY = {
    "en": text("""
        Good morning,

        According to our sales ledger the invoice below is now overdue:

          Invoice number:   {inv}
          Invoice date:     {issued}
          Due date:         {due}
          Balance due:      {owed}

        If you have already paid, thank you – please let us know the date and your payment reference so that we can match it. If there is a query on the invoice or the goods, reply to this email and we will look into it straight away.

        Many thanks,

        Sales Ledger
        Saltmarsh Uniforms Ltd
        Embroidered workwear · School uniform · Corporate clothing
        sales.ledger@saltmarsh-uniforms.example | 01632 960 288
    """),
    "de": text("""
        Guten Tag,

        laut unserer Debitorenbuchhaltung ist die folgende Rechnung inzwischen überfällig:

          Rechnungsnummer:  {inv}
          Rechnungsdatum:   {issued}
          Fällig am:        {due}
          Offener Betrag:   {owed}

        Falls Sie bereits gezahlt haben, vielen Dank – teilen Sie uns bitte Zahlungsdatum und Referenz mit, damit wir die Zahlung zuordnen können. Bei Rückfragen zur Rechnung oder zur Ware antworten Sie einfach auf diese E-Mail.

        Mit freundlichen Grüßen

        Sales Ledger
        Saltmarsh Uniforms Ltd
        sales.ledger@saltmarsh-uniforms.example | +44 1632 960 288
    """),
    "fr": text("""
        Bonjour,

        Selon notre comptabilité clients, la facture ci-dessous est arrivée à échéance sans avoir été réglée :

          N° de facture :    {inv}
          Date de facture :  {issued}
          Échéance :         {due}
          Solde dû :         {owed}

        Si le règlement a déjà été effectué, merci de nous indiquer sa date et sa référence afin que nous puissions le rapprocher. Pour toute question sur la facture ou la marchandise, il vous suffit de répondre à ce message.

        Bien cordialement,

        Service comptabilité clients
        Saltmarsh Uniforms Ltd
        sales.ledger@saltmarsh-uniforms.example | +44 1632 960 288
    """),
    "es": text("""
        Buenos días:

        Según nuestra contabilidad, la siguiente factura ha superado su fecha de vencimiento:

          Número de factura:  {inv}
          Fecha de factura:   {issued}
          Vencimiento:        {due}
          Importe pendiente:  {owed}

        Si ya han realizado el pago, les agradecemos que nos indiquen la fecha y la referencia para poder conciliarlo. Si tienen cualquier duda sobre la factura o la mercancía, basta con responder a este correo.

        Un saludo,

        Departamento de cobros
        Saltmarsh Uniforms Ltd
        sales.ledger@saltmarsh-uniforms.example | +44 1632 960 288
    """),
    "nl": text("""
        Goedemorgen,

        Volgens onze debiteurenadministratie is de onderstaande factuur over de vervaldatum heen:

          Factuurnummer:   {inv}
          Factuurdatum:    {issued}
          Vervaldatum:     {due}
          Openstaand:      {owed}

        Heeft u al betaald, dan horen wij graag de betaaldatum en het kenmerk, zodat wij de betaling kunnen verwerken. Heeft u een vraag over de factuur of de goederen, beantwoord dan gewoon deze e-mail.

        Met vriendelijke groet,

        Debiteurenadministratie
        Saltmarsh Uniforms Ltd
        sales.ledger@saltmarsh-uniforms.example | +44 1632 960 288
    """),
    "it": text("""
        Buongiorno,

        dalla nostra contabilità clienti risulta scaduta e non ancora saldata la seguente fattura:

          Numero fattura:   {inv}
          Data fattura:     {issued}
          Scadenza:         {due}
          Importo dovuto:   {owed}

        Se avete già effettuato il pagamento, vi chiediamo di comunicarci data e riferimento per consentirci l'abbinamento. Per eventuali domande sulla fattura o sulla merce è sufficiente rispondere a questa e-mail.

        Cordiali saluti,

        Ufficio contabilità clienti
        Saltmarsh Uniforms Ltd
        sales.ledger@saltmarsh-uniforms.example | +44 1632 960 288
    """),
}
DATE_STYLE = {
    "en": "%d/%m/%Y",
    "de": "%d.%m.%Y",
    "fr": "%d/%m/%Y",
    "es": "%d/%m/%Y",
    "nl": "%d-%m-%Y",
    "it": "%d/%m/%Y",
}
# What a Latin-1 client does to the characters it cannot send.
LATIN1_SWAPS = {"–": "-", "€": "EUR", "’": "'", "…": "...", "“": '"', "”": '"'}


def money(value: str, lang: str, currency: str) -> str:
    """An amount written the way the reminder writes it in a language."""
    units, cents = value.split(".")
    grouped = f"{int(units):,}"
    if lang == "en":
        return f"{'£' if currency == 'GBP' else '€'}{grouped}.{cents}"
    num = grouped.replace(",", " " if lang == "fr" else ".") + "," + cents
    return f"{num} €" if lang in {"de", "fr", "es"} else f"€ {num}"


def latin1(value: str) -> str:
    """Text as a Latin-1 client sends it."""
    for bad, good in LATIN1_SWAPS.items():
        value = value.replace(bad, good)
    return value


# --------------------------------------------------------------------------------------------
# Locale tables of the mail clients
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
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}
GMAIL_ATTRIBUTION = {
    "en": "On {wa}, {d} {ma} {y} at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {wa}, {d}. {ma} {y} um {HH}:{MM} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wa} {d} {ma} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {wa}, {d} {ma} {y} a las {H}:{MM}, {name} (<{addr}>) escribió:",
    "nl": "Op {wa} {d} {ma} {y} om {HH}:{MM} schreef {name} <{addr}>:",
    "it": "Il giorno {wa} {d} {ma} {y} alle ore {HH}:{MM} {name} <{addr}> ha scritto:",
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
    "it": "Il {dd}/{mo}/{y} {HH}:{MM}, {name} ha scritto:",
}
OUTLOOK_SENT = {
    "en": "{wl}, {d} {ml} {y} {HH}:{MM}",
    "de": "{wl}, {d}. {ml} {y} {HH}:{MM}",
    "fr": "{wl} {d} {ml} {y} {HH}:{MM}",
    "es": "{wl}, {d} de {ml} de {y} {H}:{MM}",
    "nl": "{wl} {d} {ml} {y} {HH}:{MM}",
    "it": "{wl} {d} {ml} {y} {HH}:{MM}",
}
ANDROID_SENT = {
    "en": "{wl}, {d} {ml} {y} {HH}:{MM}:{SS}",
    "de": "{wl}, {d}. {ml} {y} {HH}:{MM}:{SS}",
    "fr": "{wl} {d} {ml} {y} {HH}:{MM}:{SS}",
    "es": "{wl}, {d} de {ml} de {y} {H}:{MM}:{SS}",
    "nl": "{wl} {d} {ml} {y} {HH}:{MM}:{SS}",
    "it": "{wl} {d} {ml} {y} {HH}:{MM}:{SS}",
}
# divider line of the plain-text original, then the labels From, Sent, To, Subject
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
OUTLOOK_PREFIX = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
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
CONTENT_LANGUAGE = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}


def stamp_fields(lang: str, moment: datetime) -> dict[str, str]:
    """The pieces a client uses to write a date in a language."""
    wd, mo = moment.weekday(), moment.month - 1
    return {
        "wl": WEEKDAYS[lang].split()[wd],
        "wa": WEEKDAYS_ABBR[lang].split()[wd],
        "ml": MONTHS[lang].split()[mo],
        "ma": MONTHS_ABBR[lang].split()[mo],
        "d": str(moment.day),
        "dd": f"{moment.day:02d}",
        "m": str(moment.month),
        "mo": f"{moment.month:02d}",
        "y": str(moment.year),
        "yy": f"{moment.year % 100:02d}",
        "H": str(moment.hour),
        "HH": f"{moment.hour:02d}",
        "MM": f"{moment.minute:02d}",
        "SS": f"{moment.second:02d}",
    }


def render(template: str, lang: str, moment: datetime, **extra: str) -> str:
    """Fill a client's date template."""
    return template.format(**stamp_fields(lang, moment), **extra)


# --------------------------------------------------------------------------------------------
# Specs of the hand-written messages
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Labels:
    """The label fields of one message beyond intent and language."""

    promised: str | None = None
    paid: str | None = None
    back: str | None = None
    ref: str | None = None
    amount: str | None = None
    currency: str | None = None
    contact: str | None = None
    refs: tuple[str, ...] = ()
    note: str | None = None

    def fields(self) -> dict[str, str | None]:
        """The label keys this object fills (bounce fields come from the bounce itself)."""
        return {
            "promised_date": self.promised,
            "paid_date": self.paid,
            "return_date": self.back,
            "payment_reference": self.ref,
            "amount": self.amount,
            "currency": self.currency,
            "new_contact": self.contact,
        }


NOTICE_CLIENTS = {"notice", "notice_html"}
OUTLOOK_CLIENTS = {"outlook", "outlook_html", "html_only", "android"}


@dataclass(frozen=True)
class Mail:
    """One hand-written message that answers (or reacts to) a reminder."""

    key: str
    intent: str
    lang: str
    sender: tuple[str, str]
    when: str
    client: str
    body: str
    labels: Labels = field(default_factory=Labels)
    inv: str = "SU-INV-84417"
    owed: str = "1236.00"
    zone: str = ""
    currency: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    subject: str = ""
    cc: str = ""
    reply_to: str = ""
    quoted_to: str = ""
    threaded: bool = True
    headers: tuple[tuple[str, str], ...] = ()

    @property
    def tz(self) -> str:
        """UK senders write in UK time, everybody else in central-European time."""
        return self.zone or ("uk" if self.lang == "en" else "ce")

    @property
    def cur(self) -> str:
        """The currency the reminder was written in."""
        return self.currency or ("GBP" if self.tz == "uk" else "EUR")

    @property
    def dt(self) -> datetime:
        """The Date: of the message on the sender's clock."""
        return local_time(self.tz, self.when)


def reminder_sent(m: Mail) -> datetime:
    """When the ledger sent the reminder (on the ledger's UK clock)."""
    reply = in_zone("uk", m.dt)
    if m.client in NOTICE_CLIENTS:
        return reply - timedelta(minutes=1 + number(m.key, "lag", 4), seconds=17)
    day = reply.date() - timedelta(days=1 + number(m.key, "days", 3))
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    stamp = f"{day.isoformat()} 09:{2 + number(m.key, 'minute', 9):02d}"
    return local_time("uk", stamp).replace(second=number(m.key, "second", 60))


def invoice_dates(m: Mail) -> tuple[date, date]:
    """Issue and due date of the invoice being chased (30 days' terms)."""
    due = reminder_sent(m).date() - timedelta(days=8 + number(m.key, "due", 24))
    return due - timedelta(days=30), due


def reminder_subject(lang: str, inv: str) -> str:
    """The reminder's subject line."""
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_text(lang: str, inv: str, owed: str, issued: date, due: date) -> str:
    """The reminder's body."""
    style = DATE_STYLE[lang]
    return REMINDER_BODY[lang].format(
        inv=inv, owed=owed, issued=issued.strftime(style), due=due.strftime(style)
    )


def reminder_msgid(key: str) -> str:
    """Message-ID of the reminder a message answers."""
    return f"<{token(key, 'reminder', 16).lower()}.{number(key, 'run', 90000) + 10000}@{LEDGER_DOMAIN}>"


@dataclass(frozen=True)
class Quote:
    """The reminder as the replying client shows it."""

    text: str
    subject: str
    sent: datetime
    lang: str
    to: str


def make_quote(m: Mail) -> Quote:
    """The reminder seen from the sender's client, clock and charset."""
    issued, due = invoice_dates(m)
    body = reminder_text(m.lang, m.inv, money(m.owed, m.lang, m.cur), issued, due)
    subject = reminder_subject(m.lang, m.inv)
    to = m.quoted_to or (
        formataddr(m.sender) if m.sender[0].isascii() else f"{m.sender[0]} <{m.sender[1]}>"
    )
    if m.charset == "iso-8859-1":
        body, subject, to = latin1(body), latin1(subject), latin1(to)
    return Quote(body, subject, in_zone(m.tz, reminder_sent(m)), m.lang, to)


# --------------------------------------------------------------------------------------------
# MIME helpers
# --------------------------------------------------------------------------------------------


def text_part(content: str, subtype: str, charset: str, cte: str) -> Message:
    """A text part in the charset and transfer encoding the client would choose."""
    content.encode(charset)  # fails loudly if the hand-written text does not fit the charset
    chosen = email_charset.Charset(charset)
    if cte == "qp":
        chosen.body_encoding = email_charset.QP
    elif cte == "b64":
        chosen.body_encoding = email_charset.BASE64
    else:
        chosen.body_encoding = None  # type: ignore[assignment]
    part = MIMENonMultipart("text", subtype)
    part.set_payload(content, chosen)
    return part


def alternative(plain: str, markup: str, charset: str, cte: str) -> Message:
    """A multipart/alternative with a plain and an HTML version."""
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(plain, "plain", charset, cte))
    outer.attach(text_part(markup, "html", charset, cte))
    return outer


def header_value(value: str, charset: str, name: str) -> str:
    """A header value as a client writes it: RFC 2047 encoded words when it is not ASCII."""
    if value.isascii():
        return value
    chosen = charset
    try:
        value.encode(chosen)
    except UnicodeEncodeError:
        chosen = "utf-8"
    return Header(value, chosen, header_name=name).encode()


def mailbox(name: str, addr: str, charset: str) -> str:
    """A From/To mailbox with an encoded display name when needed."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{header_value(name, charset, 'From')} <{addr}>"


def quoted(block: str) -> str:
    """`>` quoting of a block of text."""
    return "\n".join(f"> {line}" if line else ">" for line in block.split("\n"))


def flowed(block: str, prefix: str = "", width: int = 72) -> str:
    """RFC 3676 format=flowed: long lines broken after a space, stuffing where needed."""
    out: list[str] = []
    for line in block.split("\n"):
        if line == "-- ":
            out.append(prefix + line)
            continue
        line = line.rstrip(" ")
        if not prefix and line.startswith((" ", ">", "From ")):
            line = " " + line
        current = ""
        for chunk in re.findall(r"[^ ]* *", line):
            if current and len(current + chunk.rstrip(" ")) > width:
                out.append(prefix + current)
                current = ""
            current += chunk
        out.append((prefix + current).rstrip(" ") if current or not prefix else prefix.rstrip(" "))
    return "\n".join(out)


def html_text(block: str) -> str:
    """Plain text as HTML lines."""
    return "<br>\n".join(html.escape(line, quote=False) for line in block.split("\n"))


def html_paragraphs(block: str) -> str:
    """Plain text as HTML paragraphs."""
    return "\n".join(f"<p>{html_text(p)}</p>" for p in block.split("\n\n"))


def word_paragraphs(block: str, lang_tag: str) -> str:
    """Plain text as Word's MsoNormal paragraphs."""
    lines = []
    for line in block.split("\n"):
        inner = html.escape(line, quote=False) if line else "<o:p>&nbsp;</o:p>"
        lines.append(f'<p class="MsoNormal"><span lang="{lang_tag}">{inner}</span><o:p></o:p></p>')
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


def outlook_rows(q: Quote, template: dict[str, str]) -> list[tuple[str, str]]:
    """The From/Sent/To/Subject rows above the quoted original."""
    _, frm, sent, to, subj = OUTLOOK_HEAD[q.lang]
    return [
        (frm, f"{LEDGER_NAME} <{LEDGER_ADDR}>"),
        (sent, render(template[q.lang], q.lang, q.sent)),
        (to, q.to),
        (subj, q.subject),
    ]


def client_outlook(m: Mail, q: Quote) -> Message:
    """Outlook desktop, plain text, with the localised original-message divider."""
    rows = "\n".join(f"{label} {value}" for label, value in outlook_rows(q, OUTLOOK_SENT))
    content = f"{m.body}\n\n{OUTLOOK_HEAD[q.lang][0]}\n{rows}\n\n{q.text}\n"
    return text_part(content, "plain", m.charset, m.cte)


def word_html(m: Mail, q: Quote) -> str:
    """Outlook's Word-generated HTML with the divider above the original."""
    lang_tag = CONTENT_LANGUAGE[m.lang].upper()
    rows = "<br>\n".join(
        f"<b>{html.escape(label)}</b> {html.escape(value)}"
        for label, value in outlook_rows(q, OUTLOOK_SENT)
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={m.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        '@font-face {font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}\n'
        "@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif;}\n'
        'span.EmailStyle20 {mso-style-type:personal-reply; font-family:"Aptos",sans-serif; color:windowtext;}\n'
        "@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style>\n</head>\n"
        f'<body lang="{lang_tag}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{word_paragraphs(m.body, lang_tag)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div id="mail-editor-reference-message-container">\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal" style="margin-bottom:12.0pt"><span style="font-size:11.0pt">{rows}</span><o:p></o:p></p>\n'
        "</div>\n"
        f"{word_paragraphs(q.text, lang_tag)}\n"
        "</div>\n</div>\n</body>\n</html>\n"
    )


def client_outlook_html(m: Mail, q: Quote) -> Message:
    """Outlook desktop HTML: Word markup plus Outlook's own plain-text rendering."""
    rows = "\n".join(f"{label} {value}" for label, value in outlook_rows(q, OUTLOOK_SENT))
    plain = f"{m.body}\n\n{rows}\n\n{q.text}\n"
    return alternative(plain, word_html(m, q), m.charset, m.cte)


def client_html_only(m: Mail, q: Quote) -> Message:
    """An Outlook set up to send HTML only."""
    return text_part(word_html(m, q), "html", m.charset, m.cte)


def client_android(m: Mail, q: Quote) -> Message:
    """Outlook for Android: always base64, the localised download line, then the original."""
    rows = "\n".join(f"{label} {value}" for label, value in outlook_rows(q, ANDROID_SENT))
    content = f"{m.body}\n\n{ANDROID_SIGNATURE[q.lang]}\n{'_' * 32}\n{rows}\n\n{q.text}\n"
    return text_part(content, "plain", m.charset, "b64")


def gmail_attribution(q: Quote) -> str:
    """Gmail's attribution line in the sender's language."""
    return render(GMAIL_ATTRIBUTION[q.lang], q.lang, q.sent, name=LEDGER_NAME, addr=LEDGER_ADDR)


def client_gmail(m: Mail, q: Quote) -> Message:
    """Gmail web or app: multipart/alternative with the gmail_quote block."""
    attr = gmail_attribution(q)
    plain = f"{m.body}\n\n{attr}\n\n{quoted(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_text(m.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )
    return alternative(plain, markup, m.charset, m.cte)


def client_gmail_plain(m: Mail, q: Quote) -> Message:
    """Gmail in plain-text mode: `>` quoting under the attribution."""
    content = f"{m.body}\n\n{gmail_attribution(q)}\n\n{quoted(q.text)}\n"
    return text_part(content, "plain", m.charset, m.cte)


def apple_attribution(q: Quote) -> str:
    """Apple Mail's attribution line."""
    return render(APPLE_ATTRIBUTION[q.lang], q.lang, q.sent, name=LEDGER_NAME, addr=LEDGER_ADDR)


def client_apple(m: Mail, q: Quote) -> Message:
    """Apple Mail on a Mac."""
    content = f"{m.body}\n\n{apple_attribution(q)}\n\n{quoted(q.text)}\n"
    return text_part(content, "plain", m.charset, m.cte)


def client_iphone(m: Mail, q: Quote) -> Message:
    """iPhone Mail: the localised signature, then the quoted attribution and original."""
    content = f"{m.body}\n\n{IPHONE_SIGNATURE[q.lang]}\n\n{quoted(apple_attribution(q) + chr(10) + chr(10) + q.text)}\n"
    return text_part(content, "plain", m.charset, m.cte)


def client_thunderbird(m: Mail, q: Quote) -> Message:
    """Thunderbird: format=flowed, attribution straight above the quote."""
    attr = render(THUNDERBIRD_ATTRIBUTION[q.lang], q.lang, q.sent, name=LEDGER_NAME)
    content = f"{flowed(m.body)}\n\n{flowed(attr)}\n{flowed(q.text, '> ')}\n"
    part = text_part(content, "plain", m.charset, m.cte)
    part.set_param("format", "flowed", requote=False)
    return part


def client_notice(m: Mail, q: Quote) -> Message:
    """An automatic notice: plain text, quotes nothing."""
    del q
    return text_part(m.body + "\n", "plain", m.charset, m.cte)


def client_notice_html(m: Mail, q: Quote) -> Message:
    """An automatic notice sent as plain text plus simple HTML, quoting nothing."""
    del q
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={m.charset}"></head>'
        f'<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">{html_paragraphs(m.body)}</div></body></html>\n'
    )
    return alternative(m.body + "\n", markup, m.charset, m.cte)


CLIENTS: dict[str, Callable[[Mail, Quote], Message]] = {
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
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (
        ("X-Mailer", "Apple Mail (2.3826.500.181.1.5)"),
        ("MIME-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))"),
    ),
    "iphone": (("X-Mailer", "iPhone Mail (22E252)"), ("MIME-Version", "1.0 (1.0)")),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
}
BOUNDARY_STYLE = {
    "outlook_html": "_000_{t}_",
    "android": "_000_{t}_",
    "gmail": "000000000000{h}",
    "apple": "Apple-Mail=_{u}",
    "iphone": "Apple-Mail-{u}",
    "notice_html": "----=_NextPart_{t}",
    "bounce": "{t}/{host}",
}


def message_id(m: Mail) -> str:
    """A Message-ID shaped like the sender's client makes them, derived from the key."""
    raw = digest(m.key, "message-id")
    domain = m.sender[1].split("@")[1]
    if m.client in {"gmail", "gmail_plain"}:
        return f"<CA+{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:42]}@mail.gmail.com>"
    if m.client in OUTLOOK_CLIENTS:
        region = "GBR" if m.tz == "uk" else "EUR"
        pod = f"{number(m.key, 'pod', 300):03d}"
        host = f"{token(m.key, 'host', 4)}P{pod}MB{number(m.key, 'mb', 9000) + 1000}"
        return f"<{host}{token(m.key, 'mid', 12)}@{host}.{region}P{pod}.PROD.OUTLOOK.example>"
    if m.client in {"apple", "iphone"}:
        return f"<{str(uuid.UUID(bytes=raw[:16])).upper()}@{domain}>"
    if m.client == "thunderbird":
        return f"<{uuid.UUID(bytes=raw[:16])}@{domain}>"
    return f"<{raw.hex()[:20]}.{number(m.key, 'seq', 99999)}@{domain}>"


def reply_subject(m: Mail, q: Quote) -> str:
    """The subject as the client builds it, unless the message sets its own."""
    if m.subject:
        return m.subject.format(subj=q.subject)
    prefix = OUTLOOK_PREFIX[q.lang] if m.client in OUTLOOK_CLIENTS else "Re: "
    return prefix + q.subject


def outlook_headers(m: Mail, q: Quote) -> list[tuple[str, str]]:
    """The headers Exchange/Outlook adds."""
    index = base64.b64encode(digest(m.key, "thread-index")[:22]).decode()
    return [
        ("Thread-Topic", header_value(q.subject, m.charset, "Thread-Topic")),
        ("Thread-Index", index),
        ("Accept-Language", f"{CONTENT_LANGUAGE[m.lang]}, en-US"),
        ("Content-Language", CONTENT_LANGUAGE[m.lang]),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def set_boundaries(msg: Message, key: str, style: str, host: str = "") -> None:
    """Deterministic boundaries, in the shape the client or server uses."""
    template = BOUNDARY_STYLE.get(style, "------------{t}")
    parts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(parts):
        salt = f"boundary-{n}"
        boundary = template.format(
            t=token(key, salt, 24),
            h=digest(key, salt).hex()[:16],
            u=str(uuid.UUID(bytes=digest(key, salt)[:16])).upper(),
            host=host,
        )
        part.set_boundary(boundary)


def tidy_mime(part: Message, top: bool = True) -> None:
    """Only the top of a message (or of an enclosed message) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    if part.is_multipart():
        enclosed = part.get_content_type() == "message/rfc822"
        for sub in cast("list[Message]", part.get_payload()):
            tidy_mime(sub, top=enclosed)


def headers_first(msg: Message, envelope: list[tuple[str, str]]) -> Message:
    """Put the envelope headers above the MIME headers, the way clients order them."""
    order = ("mime-version", "content-type", "content-transfer-encoding")
    mime = sorted(
        ((k, v) for k, v in msg.items() if k.lower() in order),
        key=lambda kv: order.index(kv[0].lower()),
    )
    for name in order:
        del msg[name]
    override = {k.lower(): v for k, v in envelope if k.lower() == "mime-version"}
    for name, value in envelope:
        if name.lower() != "mime-version":
            msg[name] = value
    for name, value in mime:
        msg[name] = override.get(name.lower(), value)
    return msg


def build_mail(m: Mail) -> Message:
    """Wrap a hand-written message the way its client would send it."""
    q = make_quote(m)
    msg = CLIENTS[m.client](m, q)
    tidy_mime(msg)
    set_boundaries(msg, m.key, m.client)
    envelope = [
        ("From", mailbox(*m.sender, m.charset)),
        ("To", formataddr((LEDGER_NAME, LEDGER_ADDR))),
    ]
    if m.cc:
        envelope.append(("Cc", m.cc))
    if m.reply_to:
        envelope.append(("Reply-To", m.reply_to))
    envelope += [
        ("Subject", header_value(reply_subject(m, q), m.charset, "Subject")),
        ("Date", format_datetime(m.dt)),
        ("Message-ID", message_id(m)),
    ]
    if m.threaded:
        envelope += [
            ("In-Reply-To", reminder_msgid(m.key)),
            ("References", reminder_msgid(m.key)),
        ]
    if m.client in OUTLOOK_CLIENTS:
        envelope += outlook_headers(m, q)
    envelope += [*CLIENT_HEADERS.get(m.client, ()), *m.headers]
    return headers_first(msg, envelope)


AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "All")


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

PAYMENT_SENT = [
    Mail(
        "ps-en-done",
        "payment_sent",
        "en",
        ("Dean Marsh", "dean@marshplumbing-heating.example"),
        "2029-04-03 07:52",
        "iphone",
        "done",
        Labels(note="one word answering an overdue reminder: read as paid; no date"),
        inv="SU-INV-84417",
        owed="236.40",
    ),
    Mail(
        "ps-en-advice",
        "payment_sent",
        "en",
        ("Ashgrove Care Group – Accounts Payable", "ap.noreply@ashgrovecare.example"),
        "2029-04-05 06:14",
        "notice_html",
        text("""
            REMITTANCE ADVICE

            Ashgrove Care Group Ltd – Accounts Payable

            Supplier:        Saltmarsh Uniforms Ltd (supplier no. 200318)
            Payment date:    05/04/2029
            Payment method:  BACS
            Payment ref:     AGC-PAY-0045512

            Invoice          Invoice date    Amount
            SU-INV-84102     12/02/2029      £412.80
            SU-INV-84236     26/02/2029      £1,046.40
            Total paid                       £1,459.20

            Funds should reach your account within two working days.

            This message was generated automatically from an unmonitored mailbox. Please do not reply. For remittance queries, contact the Accounts Payable helpdesk quoting the payment reference.
        """),
        Labels(
            paid="2029-04-05",
            ref="AGC-PAY-0045512",
            amount="1459.20",
            currency="GBP",
            refs=("SU-INV-84102", "SU-INV-84236"),
            note="AP-system remittance advice, quotes nothing; the total of both invoices is the amount paid",
        ),
        inv="SU-INV-84236",
        owed="1046.40",
        subject="Remittance Advice – Saltmarsh Uniforms Ltd – AGC-PAY-0045512",
        threaded=False,
        headers=(AUTO_GENERATED, SUPPRESS),
    ),
    Mail(
        "ps-en-receipt",
        "payment_sent",
        "en",
        ("Gemma Lloyd", "sbm@st-aldhelms-primary.example"),
        "2029-04-09 11:20",
        "outlook_html",
        text("""
            Hi,

            I paid SU-INV-84388 over the phone by card on Friday afternoon – I spoke to someone called Mo, I think – and the authorisation code was 448213. It was the full £684.00.

            Could you please email me a receipted copy of the invoice? Our auditors want a receipt against every transaction on the school card and I've nothing to show for this one yet.

            Thanks,
            Gemma

            Gemma Lloyd
            School Business Manager
            St Aldhelm's C of E Primary School
        """),
        Labels(
            paid="2029-04-06",
            ref="448213",
            amount="684.00",
            currency="GBP",
            refs=("SU-INV-84388",),
            note="paid plus a request for a receipted copy: the payment claim wins; 'Friday' is the one before Mon 9 April",
        ),
        inv="SU-INV-84388",
        owed="684.00",
    ),
    Mail(
        "ps-de-sepa",
        "payment_sent",
        "de",
        ("Pflegeheim St. Anna – Verwaltung", "verwaltung@pflegeheim-st-anna.example"),
        "2029-04-12 09:41",
        "outlook",
        text("""
            Sehr geehrte Damen und Herren,

            die o. g. Rechnung SU-INV-84512 haben wir am Dienstag, den 10.04.2029, per SEPA-Überweisung beglichen (Wertstellung bei uns am 11.04.). Als Verwendungszweck wurden die Rechnungsnummer sowie unsere Kundennummer 40218 angegeben.

            Sollte der Betrag von 2.140,80 € bei Ihnen noch nicht eingegangen sein, geben Sie uns bitte kurz Bescheid.

            Mit freundlichen Grüßen

            i. A. Renate Hofbauer
            Verwaltung
            Pflegeheim St. Anna gGmbH
        """),
        Labels(
            paid="2029-04-10",
            amount="2140.80",
            currency="EUR",
            refs=("SU-INV-84512",),
            note="the transfer date counts, not the value date; a customer number is not a payment reference",
        ),
        inv="SU-INV-84512",
        owed="2140.80",
        charset="windows-1252",
    ),
    Mail(
        "ps-fr-mardi",
        "payment_sent",
        "fr",
        ("Karim Benali", "karim.benali.plomberie@gmail.com"),
        "2029-04-19 18:03",
        "android",
        "c'est réglé depuis mardi\n\nKarim",
        Labels(paid="2029-04-17", note="mobile brevity; 'mardi' is Tue 17 April"),
        inv="SU-INV-84655",
        owed="318.00",
    ),
    Mail(
        "ps-fr-virement",
        "payment_sent",
        "fr",
        ("Françoise Béranger", "comptabilite@ehpad-les-tilleuls.example"),
        "2029-04-06 10:15",
        "outlook_html",
        text("""
            Madame, Monsieur,

            Nous accusons réception de votre relance et vous informons que le virement correspondant à la facture SU-INV-84630, d’un montant de 2 418,60 €, a été émis le 04/04/2029 sous la référence VIR-0404-2291.

            Les délais interbancaires expliquent sans doute qu’il n’apparaisse pas encore sur votre relevé.

            Nous vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.

            Françoise Béranger
            Service comptabilité
            EHPAD Les Tilleuls
        """),
        Labels(
            paid="2029-04-04",
            ref="VIR-0404-2291",
            amount="2418.60",
            currency="EUR",
            refs=("SU-INV-84630",),
        ),
        inv="SU-INV-84630",
        owed="2418.60",
        charset="windows-1252",
    ),
    Mail(
        "ps-es-ayer",
        "payment_sent",
        "es",
        ("Lucía Ortega", "lucia.ortega@colegio-santa-clara.example"),
        "2029-04-11 09:30",
        "gmail",
        text("""
            Hola,

            Os confirmo que la transferencia se hizo ayer por la tarde desde la cuenta del colegio. Ahora mismo no tengo el justificante a mano porque lo tiene el administrador, pero el importe fue de 1.904,50 €, lo mismo que pone en la factura.

            Si el viernes todavía no os ha llegado, decídmelo y lo miramos con el banco.

            Un saludo,
            Lucía Ortega
            Secretaría – Colegio Santa Clara
        """),
        Labels(
            paid="2029-04-10",
            amount="1904.50",
            currency="EUR",
            note="'ayer' from Wed 11 April",
        ),
        inv="SU-INV-84577",
        owed="1904.50",
    ),
    Mail(
        "ps-es-pagado",
        "payment_sent",
        "es",
        ("Toni Ferrer", "toni.reformas.mallorca@gmail.com"),
        "2029-04-23 13:12",
        "iphone",
        "Pagado",
        Labels(note="one word from a phone; no date"),
        inv="SU-INV-84706",
        owed="287.50",
    ),
    Mail(
        "ps-nl-advies",
        "payment_sent",
        "nl",
        (
            "Zorggroep De Linde – Crediteurenadministratie",
            "noreply-crediteuren@zorggroepdelinde.example",
        ),
        "2029-04-16 05:30",
        "notice",
        text("""
            Betalingsspecificatie

            Geachte relatie,

            Hierbij ontvangt u de specificatie van onze betaling van 16-04-2029.

            Crediteurnummer:   700214
            Betalingskenmerk:  2029-0416-00873

            Factuurnummer     Factuurdatum    Bedrag
            SU-INV-84711      06-03-2029      € 2.940,00
            SU-INV-84760      13-03-2029      €   172,25
            Totaal                            € 3.112,25

            Dit bericht is automatisch aangemaakt. Reageren op dit e-mailadres is niet mogelijk.
        """),
        Labels(
            paid="2029-04-16",
            ref="2029-0416-00873",
            amount="3112.25",
            currency="EUR",
            refs=("SU-INV-84711", "SU-INV-84760"),
            note="AP payment specification without Auto-Submitted; quotes nothing",
        ),
        inv="SU-INV-84711",
        owed="2940.00",
        subject="Betalingsspecificatie Zorggroep De Linde 16-04-2029",
        threaded=False,
    ),
    Mail(
        "ps-nl-vrijdag",
        "payment_sent",
        "nl",
        ("Ruud Verbeek", "ruud@verbeek-installatietechniek.example"),
        "2029-04-24 12:47",
        "iphone",
        "Hoi,\nStaat al sinds vrijdag bij jullie op de rekening volgens mij. Anders hoor ik het wel.\nGr Ruud",
        Labels(
            paid="2029-04-20",
            note="'volgens mij' hedges but it is still a payment claim; the Friday before Tue 24 April",
        ),
        inv="SU-INV-84684",
        owed="733.00",
    ),
    Mail(
        "ps-it-trn",
        "payment_sent",
        "it",
        (
            "Impresa Edile F.lli Conti - Amministrazione",
            "amministrazione@edilconti.example",
        ),
        "2029-04-17 15:05",
        "outlook",
        text("""
            Buongiorno,

            in riferimento al Vostro sollecito, Vi comunichiamo che la fattura SU-INV-84598 è stata saldata con bonifico SEPA in data 13 aprile u.s., per un importo di Euro 1.118,40.

            Riferimento operazione (TRN): 0306929104511782480032IT

            Distinti saluti

            Rag. Paola Conti
            Impresa Edile F.lli Conti S.r.l.
        """),
        Labels(
            paid="2029-04-13",
            ref="0306929104511782480032IT",
            amount="1118.40",
            currency="EUR",
            refs=("SU-INV-84598",),
        ),
        inv="SU-INV-84598",
        owed="1118.40",
        charset="iso-8859-1",
    ),
    Mail(
        "ps-it-segreteria",
        "payment_sent",
        "it",
        ("Antonella Ruggeri", "segreteria@scuolasantangela.example"),
        "2029-04-19 16:40",
        "gmail",
        text("""
            Buongiorno a voi,

            scusate se rispondo solo adesso ma qui in segreteria siamo sommersi tra iscrizioni e gite di fine anno. Approfitto per chiedervi due cose: le polo con lo stemma ricamato per il prossimo anno le volete ordinate entro maggio come l'anno scorso? E le taglie 4 e 6 anni le avete ancora a magazzino o vanno riordinate? Alcune mamme le chiedono già adesso.

            Per la fattura che ci avete sollecitato, il bonifico l'ha fatto la nostra tesoriera lunedì scorso, me l'ha confermato stamattina, quindi dovreste averlo già ricevuto o riceverlo a giorni.

            Per le polo invece se mi mandate il listino aggiornato lo giro alla preside.

            Grazie e buona giornata,
            Antonella Ruggeri
            Segreteria – Scuola paritaria Sant'Angela
        """),
        Labels(
            paid="2029-04-16",
            note="rambling; the payment claim is buried in the middle; 'lunedì scorso' from Thu 19 April",
        ),
        inv="SU-INV-84641",
        owed="962.00",
    ),
]

PROMISE_TO_PAY = [
    Mail(
        "pr-en-run",
        "promise_to_pay",
        "en",
        ("Accounts Payable – Kestrel Facilities Services", "ap@kestrel-fs.example"),
        "2029-04-13 10:05",
        "outlook_html",
        text("""
            Hi,

            Thanks for chasing. SU-INV-84466 was approved by the contract manager yesterday and has been released for next Thursday's payment run, so you should see the £3,975.00 in your account by the Friday at the latest.

            Kind regards,

            Harpreet Sandhu
            Accounts Payable Clerk
            Kestrel Facilities Services plc
        """),
        Labels(
            promised="2029-04-19",
            amount="3975.00",
            currency="GBP",
            refs=("SU-INV-84466",),
            note="past tense ('approved', 'released') announces a future payment; 'next Thursday' from Fri 13 April",
        ),
        inv="SU-INV-84466",
        owed="3975.00",
    ),
    Mail(
        "pr-en-ooo-subject",
        "promise_to_pay",
        "en",
        ("Kirsty Pryce", "kirsty@prycecuts.example"),
        "2029-04-11 20:14",
        "iphone",
        "Hi, I'm out of the office this week, away with the kids for the Easter hols and just seen this on my phone. I can't get onto the business banking from here so I'll pay it Monday when I'm back in the salon. Sorry for the wait!\nKirsty",
        Labels(
            promised="2029-04-16",
            note="written by a person although the subject says 'Out of office'; the Monday after Wed 11 April",
        ),
        inv="SU-INV-84519",
        owed="262.80",
        subject="Out of office",
    ),
    Mail(
        "pr-en-council",
        "promise_to_pay",
        "en",
        ("Wayne Cobb", "wayne.cobb.builders@gmail.com"),
        "2029-04-23 17:55",
        "gmail_plain",
        "not yet mate, i know its late. council still havent paid me for the library job. ill settle yours end of the month when that comes in, you have my word\n\nWayne\nCobb & Son Building Contractors",
        Labels(
            promised="2029-04-30",
            note="'not yet' then a promise; 'end of the month' is 30 April; waiting on a third party does not stop it being a promise",
        ),
        inv="SU-INV-84702",
        owed="496.20",
    ),
    Mail(
        "pr-de-kw",
        "promise_to_pay",
        "de",
        ("Bauunternehmung Kröger GmbH - Kreditoren", "kreditoren@kroeger-bau.example"),
        "2029-04-12 14:22",
        "outlook",
        text("""
            Sehr geehrte Damen und Herren,

            vielen Dank für Ihre Erinnerung. Die Rechnung SU-INV-84541 liegt uns vor und ist sachlich geprüft; die Zahlung ist für KW 17 eingeplant.

            Mit freundlichen Grüßen

            Sabine Kröger
            Kreditorenbuchhaltung
            Bauunternehmung Kröger GmbH
            Sitz: Oldenburg · Amtsgericht Oldenburg HRB 20418
        """),
        Labels(
            promised="2029-04-23",
            refs=("SU-INV-84541",),
            note="'KW 17' is 23-29 April 2029; a week resolves to its Monday, as 'next week' does",
        ),
        inv="SU-INV-84541",
        owed="1587.60",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Mail(
        "pr-de-morgen",
        "promise_to_pay",
        "de",
        ("Mehmet Yıldız", "m.yildiz.fliesen@gmx.de"),
        "2029-04-18 21:40",
        "android",
        "Sorry ganz vergessen. mach ich morgen früh",
        Labels(
            promised="2029-04-19",
            note="'morgen' from Wed 18 April, written in the evening",
        ),
        inv="SU-INV-84639",
        owed="412.30",
    ),
    Mail(
        "pr-fr-fin-de-mois",
        "promise_to_pay",
        "fr",
        ("Nathalie Girard", "n.girard@proprete-azur.example"),
        "2029-04-10 11:32",
        "thunderbird",
        text("""
            Bonjour,

            Votre facture est validée chez nous. Le règlement partira en fin de mois avec notre échéance fournisseurs habituelle, par virement.

            Bonne journée,

            Nathalie Girard
            Comptabilité – Propreté Azur SARL
        """),
        Labels(promised="2029-04-30", note="'en fin de mois' is 30 April"),
        inv="SU-INV-84524",
        owed="1095.00",
        cte="8bit",
    ),
    Mail(
        "pr-es-finales",
        "promise_to_pay",
        "es",
        (
            "Residencia Los Olivos – Administración",
            "administracion@residencialosolivos.example",
        ),
        "2029-04-13 12:08",
        "android",
        "Buenos días,\n\nTodavía no, disculpad el retraso; este mes hemos tenido muchos gastos con la obra de la cocina. Lo pagamos a finales de mes sin falta.\n\nSaludos,\nMarisa",
        Labels(
            promised="2029-04-30",
            note="'todavía no' then a promise; 'a finales de mes' is 30 April",
        ),
        inv="SU-INV-84552",
        owed="1642.00",
    ),
    Mail(
        "pr-es-remesa",
        "promise_to_pay",
        "es",
        ("Javier Prieto", "jprieto@vigilancia-atalaya.example"),
        "2029-04-16 09:47",
        "gmail",
        text("""
            Buenos días,

            La factura SU-INV-84690 está aprobada y programada para pago el 15/05, que es cuando hacemos la remesa de proveedores de este trimestre.

            Un saludo,

            Javier Prieto
            Departamento Financiero
            Vigilancia Atalaya S.L.
        """),
        Labels(
            promised="2029-05-15",
            refs=("SU-INV-84690",),
            note="'15/05' is day/month in Spanish",
        ),
        inv="SU-INV-84690",
        owed="2265.00",
    ),
    Mail(
        "pr-nl-twee-weken",
        "promise_to_pay",
        "nl",
        ("Ingrid de Boer", "ingrid@kinderopvang-hummeltje.example"),
        "2029-04-10 16:25",
        "apple",
        text("""
            Beste mensen,

            Excuses voor de vertraging. Wij betalen de factuur over twee weken, dan komt onze subsidie van de gemeente binnen.

            Met vriendelijke groet,
            Ingrid de Boer
            Kinderopvang Hummeltje
        """),
        Labels(
            promised="2029-04-24",
            note="'over twee weken' is 14 days after Tue 10 April",
        ),
        inv="SU-INV-84535",
        owed="588.80",
    ),
    Mail(
        "pr-nl-caps",
        "promise_to_pay",
        "nl",
        ("Dennis Kuipers", "dennis@kuipers-dakwerken.example"),
        "2029-04-23 07:10",
        "android",
        "WORDT DONDERDAG BETAALD. GR DENNIS",
        Labels(
            promised="2029-04-26",
            note="all caps from a phone; Thursday after Mon 23 April",
        ),
        inv="SU-INV-84713",
        owed="379.00",
    ),
    Mail(
        "pr-it-fine-mese",
        "promise_to_pay",
        "it",
        (
            "RSA Villa Serena – Amministrazione",
            "amministrazione@rsavillaserena.example",
        ),
        "2029-04-04 10:40",
        "outlook_html",
        text("""
            Gentili signori,

            abbiamo ricevuto il vostro sollecito. La fattura è stata approvata dalla direzione e provvederemo al saldo entro fine mese.

            Cordiali saluti

            Dott.ssa Elena Marchetti
            Ufficio Amministrativo
            RSA Villa Serena
        """),
        Labels(
            promised="2029-04-30",
            note="'entro fine mese' is 30 April; 'approvata' is past tense for a future payment",
        ),
        inv="SU-INV-84472",
        owed="1356.00",
    ),
    Mail(
        "pr-it-il-15",
        "promise_to_pay",
        "it",
        ("Giorgio Bassi", "giorgio.bassi@bassi-impianti.example"),
        "2029-04-17 18:20",
        "gmail_plain",
        "Ciao, scusate il ritardo, ve la paghiamo il 15 con il giro pagamenti del mese.\nGiorgio",
        Labels(
            promised="2029-05-15",
            note="'il 15' written on 17 April: that 15th has passed, so the next one",
        ),
        inv="SU-INV-84628",
        owed="744.00",
    ),
]

DISPUTE = [
    Mail(
        "di-en-fleeces",
        "dispute",
        "en",
        ("Rob Tennant", "rob@tennant-grounds.example"),
        "2029-04-04 13:10",
        "outlook",
        text("""
            Hi,

            We've paid for the 40 polo shirts (£520.00 went out last week) but we're not paying for the 25 fleeces. The logo's been embroidered on the right chest instead of the left like the sample, and they've come in navy when we ordered bottle green. They're boxed up here waiting for collection.

            The £437.50 for the fleeces stays on hold until replacements arrive. Please send a credit note or a corrected invoice.

            Rob Tennant
            Tennant Grounds Maintenance Ltd
        """),
        Labels(
            note="part paid, rest disputed (wrong embroidery and colour): dispute wins over the payment claim"
        ),
        inv="SU-INV-84433",
        owed="957.50",
    ),
    Mail(
        "di-en-not-paid",
        "dispute",
        "en",
        ("Fiona Clarke", "f.clarke@wealdbrook-trust.example"),
        "2029-04-17 15:32",
        "gmail",
        text("""
            Hello,

            We have NOT paid this invoice because as far as we can tell we never received the goods. Our school shop manager has checked the deliveries log twice and there is nothing from Saltmarsh after 2 March. If you have a signed proof of delivery for SU-INV-84618 please send it and I'll look again.

            Regards,
            Fiona Clarke
            Finance Officer, Wealdbrook Academy Trust
        """),
        Labels(
            refs=("SU-INV-84618",),
            note="negated payment with the reason (goods not received); the proof-of-delivery request is secondary",
        ),
        inv="SU-INV-84618",
        owed="2310.00",
    ),
    Mail(
        "di-en-rambling",
        "dispute",
        "en",
        ("Sandra Okoye", "manager@rosemountcarehome.example"),
        "2029-04-20 21:02",
        "apple",
        text("""
            Hello there,

            Sorry this is a long one, I've been meaning to write for weeks. First of all the new tunics have been a big hit with the night staff, the side pockets are much better than the old ones and the lilac is lovely, so thank you for that. We've had a few issues with the trousers coming up small but the girls have sorted out swaps between themselves so don't worry about that.

            The reason I'm writing though is this invoice. We sent back twelve of the tunics in February because they'd been embroidered with Rosemont instead of Rosemount (one letter, I know, but the owners noticed straight away). Your driver took them on the 19th and Lee in your office said we'd get a credit for them. The invoice you're chasing still has all 60 on it at the full price, so it's £237.60 too much by my reckoning. I'm not paying for tunics we haven't got.

            If you can sort a credit note for the twelve I'll get the rest paid. Also could you let me know if you still do the navy cardigans as we'll need some for the autumn.

            Many thanks,
            Sandra Okoye
            Home Manager
            Rosemount Care Home
        """),
        Labels(
            note="long and friendly, the point buried: returned goods still billed; the conditional payment and the cardigan question are secondary"
        ),
        inv="SU-INV-84650",
        owed="1188.00",
    ),
    Mail(
        "di-de-rahmenvertrag",
        "dispute",
        "de",
        (
            "Stadtwerke Lindenau – Zentraler Einkauf",
            "einkauf@stadtwerke-lindenau.example",
        ),
        "2029-04-09 11:15",
        "outlook_html",
        text("""
            Sehr geehrte Damen und Herren,

            der Rechnung SU-INV-84590 widersprechen wir hiermit. Berechnet wurden 60 Poloshirts mit Logostick zu je 18,90 € netto; laut Rahmenvertrag vom 14.09.2028 gilt jedoch ein Stückpreis von 15,40 € netto.

            Wir bitten um eine Rechnungskorrektur bzw. eine Gutschrift über die Differenz. Bis dahin ist die Rechnung bei uns zur Zahlung gesperrt.

            Mit freundlichen Grüßen

            Thomas Wegener
            Zentraler Einkauf
            Stadtwerke Lindenau GmbH
        """),
        Labels(
            refs=("SU-INV-84590",),
            note="price charged against the framework contract; the correction request is part of the dispute",
        ),
        inv="SU-INV-84590",
        owed="1349.46",
        charset="windows-1252",
        headers=(SUPPRESS,),
    ),
    Mail(
        "di-de-jacken",
        "dispute",
        "de",
        ("Jürgen Weiß", "juergen@malerbetrieb-weiss.example"),
        "2029-04-25 07:34",
        "iphone",
        "Moin, da fehlen noch 10 Jacken von der Bestellung. Bezahlt wird wenn alles da ist.\nJürgen Weiß",
        Labels(note="short delivery; payment withheld until the rest arrives"),
        inv="SU-INV-84733",
        owed="845.00",
    ),
    Mail(
        "di-fr-tailles",
        "dispute",
        "fr",
        ("Isabelle Moreau", "i.moreau@ehpad-val-de-loire.example"),
        "2029-04-05 14:50",
        "outlook",
        text("""
            Bonjour,

            Nous contestons la facture SU-INV-84494. Les 32 blouses livrées le 12 mars sont en taille M alors que notre bon de commande n° 2029-118 précisait 20 en L et 12 en XL. Le personnel ne peut pas les porter.

            Nous avons signalé le problème à votre commercial le jour même, sans retour à ce jour. Merci de reprendre la marchandise et d'annuler cette facture.

            Cordialement,

            Isabelle Moreau
            Responsable des services généraux
            EHPAD Val de Loire
        """),
        Labels(refs=("SU-INV-84494",), note="wrong sizes delivered"),
        inv="SU-INV-84494",
        owed="1472.00",
        charset="iso-8859-1",
    ),
    Mail(
        "di-fr-typos",
        "dispute",
        "fr",
        ("Sébastien Roux", "seb.roux.menuiserie@gmail.com"),
        "2029-04-13 19:22",
        "gmail_plain",
        "bonjour on a jamais recu les 15 pantalons de travail de la commande donc je paye pas cette facture tant que c pas regle je vous ai deja apeller 2 fois\nseb",
        Labels(note="no punctuation, typos; goods never received"),
        inv="SU-INV-84560",
        owed="402.00",
    ),
    Mail(
        "di-es-mitad",
        "dispute",
        "es",
        ("Carmen Vidal", "carmen.vidal@limpiezas-levante.example"),
        "2029-04-24 11:05",
        "iphone",
        "Hola, la mitad ya os la pagamos en marzo. La otra mitad no la vamos a pagar porque los bordados de las chaquetas venían torcidos y con el logo antiguo, os mandé fotos al comercial hace dos semanas y nadie me ha contestado.\nCarmen",
        Labels(note="half paid, the other half refused for faulty embroidery: dispute wins"),
        inv="SU-INV-84745",
        owed="660.00",
    ),
    Mail(
        "di-nl-dubbel",
        "dispute",
        "nl",
        ("Marieke Jansen", "m.jansen@scholengroep-rijnland.example"),
        "2029-04-12 10:18",
        "outlook_html",
        text("""
            Goedemorgen,

            Factuur SU-INV-84527 is volgens ons een dubbele factuur. Dezelfde levering (bestelling 88123, 48 sweaters met logo) staat ook op factuur SU-INV-84299, en die hebben wij op 5 maart al betaald.

            Wilt u deze factuur crediteren?

            Met vriendelijke groet,

            Marieke Jansen
            Financiële administratie
            Scholengroep Rijnland
        """),
        Labels(
            refs=("SU-INV-84527", "SU-INV-84299"),
            note="duplicate billing; the payment mentioned is of the other invoice",
        ),
        inv="SU-INV-84527",
        owed="1660.80",
    ),
    Mail(
        "di-nl-verzendkosten",
        "dispute",
        "nl",
        ("Hans Bakker", "hans@bakker-elektro.example"),
        "2029-04-18 16:44",
        "thunderbird",
        text("""
            Hallo,

            Waarom staat er € 45,00 verzendkosten op deze factuur? In jullie offerte stond duidelijk gratis verzending vanaf € 500,- en de bestelling was € 544,00. Graag een creditnota voor de verzendkosten, dan betaal ik het juiste bedrag meteen.

            Groet,
            Hans Bakker
            Bakker Elektrotechniek
        """),
        Labels(note="a question that contests a charge; the conditional payment is secondary"),
        inv="SU-INV-84633",
        owed="589.00",
    ),
    Mail(
        "di-it-danneggiata",
        "dispute",
        "it",
        ("Luca Ferrara", "l.ferrara@ferrara-autotrasporti.example"),
        "2029-04-16 08:55",
        "android",
        "Buongiorno, non abbiamo pagato perché la merce è arrivata danneggiata: due scatoloni bagnati e 8 giacche macchiate. Vi ho mandato le foto il giorno della consegna. Aspetto che mi diciate come procedere per il reso.\n\nLuca Ferrara",
        Labels(note="negated payment with the reason: damaged goods"),
        inv="SU-INV-84614",
        owed="780.00",
    ),
    Mail(
        "di-it-economato",
        "dispute",
        "it",
        ("ASL Verbano – Ufficio Economato", "economato@aslverbano.example"),
        "2029-04-23 12:30",
        "html_only",
        text("""
            Spett.le Saltmarsh Uniforms Ltd,

            in riferimento alla fattura SU-INV-84681 si segnala che i prezzi unitari applicati non corrispondono a quelli dell'accordo quadro in vigore (lotto 2 – divise per personale sanitario): per le casacche è fatturato un prezzo di € 21,50 anziché di € 17,80.

            La fattura è pertanto respinta. Si resta in attesa di nota di credito o di nuova fattura con i prezzi corretti.

            Distinti saluti

            dott. Marco Rinaldi
            Ufficio Economato – ASL Verbano
        """),
        Labels(
            refs=("SU-INV-84681",),
            note="public body rejects the invoice for contract-price errors; HTML only",
        ),
        inv="SU-INV-84681",
        owed="4620.00",
    ),
]

PAYMENT_PLAN = [
    Mail(
        "pp-en-hardship",
        "payment_plan",
        "en",
        ("Tracey Bell", "tracey.sparkleclean@gmail.com"),
        "2029-04-05 22:18",
        "gmail",
        text("""
            Hi,

            I'm really sorry about this. Things have been very tight since we lost the contract with the leisure centre in February and I'm just about keeping my head above water. I do want to pay you, the uniforms are great and the girls love them.

            Would it be ok if I paid £150 a month until it's cleared? I can set up a standing order for the 1st of each month starting in May.

            Thanks for understanding,
            Tracey
            Sparkle Clean Domestic Services
        """),
        Labels(note="hardship and monthly instalments; plan dates and amounts are not labelled"),
        inv="SU-INV-84450",
        owed="612.00",
    ),
    Mail(
        "pp-en-part-now",
        "payment_plan",
        "en",
        ("Paul Hendry", "paul@hendryelectrical.example"),
        "2029-04-10 12:02",
        "outlook",
        text("""
            Hi,

            I've just sent £500 by bank transfer and I'll clear the remaining £736.00 at the end of May once a big job pays out. Hope that's OK.

            Regards
            Paul Hendry
            Hendry Electrical Services
        """),
        Labels(note="part paid now, rest at the end of May: payment_plan, not payment_sent"),
        inv="SU-INV-84507",
        owed="1236.00",
    ),
    Mail(
        "pp-en-extension",
        "payment_plan",
        "en",
        ("Dr Helen Forsyth", "h.forsyth@thamesmead-learning.example"),
        "2029-04-25 09:14",
        "outlook_html",
        text("""
            Dear Sir or Madam,

            I write regarding invoice SU-INV-84742 for the summer term uniform stock.

            Owing to a delay in the release of our funding for the new financial year, the Trust is not in a position to settle this invoice within your standard terms. I would be grateful if you would agree to an extension of payment until 31 May 2029, or alternatively to payment in two equal instalments at the end of May and the end of June.

            I should be happy to discuss this by telephone if that would be helpful.

            Yours faithfully,

            Dr Helen Forsyth
            Chief Financial Officer
            Thamesmead Learning Trust
        """),
        Labels(
            refs=("SU-INV-84742",),
            note="asks for more time or two instalments, very formal: payment_plan; the proposed date is not a promise",
        ),
        inv="SU-INV-84742",
        owed="8740.00",
    ),
    Mail(
        "pp-de-raten",
        "payment_plan",
        "de",
        ("Andreas Vogel", "info@vogel-sanitaer.example"),
        "2029-04-03 18:30",
        "gmail",
        text("""
            Hallo zusammen,

            momentan ist es bei uns finanziell etwas eng, zwei große Kunden zahlen selbst nicht. Könnten wir die Rechnung in drei Raten begleichen? Ich würde Ende April, Ende Mai und Ende Juni jeweils 485 € überweisen.

            Gruß
            Andreas Vogel
            Vogel Sanitär & Heizung
        """),
        Labels(note="three instalments proposed"),
        inv="SU-INV-84421",
        owed="1455.00",
        cte="b64",
    ),
    Mail(
        "pp-de-teilzahlung",
        "payment_plan",
        "de",
        ("Claudia Neumann", "c.neumann@reinigung-neumann.example"),
        "2029-04-20 10:40",
        "outlook",
        text("""
            Guten Morgen,

            wir haben heute eine Teilzahlung von 1.000,00 € auf die Rechnung SU-INV-84666 überwiesen. Den Restbetrag von 1.380,00 € begleichen wir in KW 19.

            Wir hoffen auf Ihr Verständnis.

            Freundliche Grüße
            Claudia Neumann
            Gebäudereinigung Neumann
        """),
        Labels(
            refs=("SU-INV-84666",),
            note="part payment today, the rest in KW 19: payment_plan",
        ),
        inv="SU-INV-84666",
        owed="2380.00",
        charset="windows-1252",
    ),
    Mail(
        "pp-fr-trois-fois",
        "payment_plan",
        "fr",
        ("Julien Petit", "julien.petit@electricite-petit.example"),
        "2029-04-11 08:10",
        "iphone",
        "Bonjour, est-ce que je peux vous régler ça en 3 fois ? Petite trésorerie en ce moment. Merci\nJulien",
        Labels(note="instalments asked for as a question"),
        inv="SU-INV-84537",
        owed="654.00",
    ),
    Mail(
        "pp-fr-creche",
        "payment_plan",
        "fr",
        ("Hélène Lambert", "direction@lespetitsmousses.example"),
        "2029-04-19 14:15",
        "outlook",
        text("""
            Bonjour,

            Je me permets de revenir vers vous au sujet de votre relance. Notre association traverse une période difficile : la subvention de la CAF, qui devait nous être versée en mars, n'est toujours pas arrivée et nous devons d'abord assurer les salaires.

            Nous pouvons vous verser 300 euros dès la semaine prochaine et le solde en juin, à réception de la subvention. Cela vous conviendrait-il ?

            Avec mes remerciements pour votre compréhension,

            Hélène Lambert
            Directrice
            Crèche associative Les Petits Mousses
        """),
        Labels(note="hardship; part next week and the balance in June"),
        inv="SU-INV-84662",
        owed="864.00",
        charset="iso-8859-1",
    ),
    Mail(
        "pp-es-dos-veces",
        "payment_plan",
        "es",
        ("Pedro Navarro", "pedro@navarro-fontaneria.example"),
        "2029-04-09 19:50",
        "android",
        "Buenas tardes, ¿os lo puedo pagar en dos veces? La mitad ahora esta semana y la otra mitad el mes que viene. Gracias\nPedro",
        Labels(note="two halves proposed"),
        inv="SU-INV-84548",
        owed="730.00",
    ),
    Mail(
        "pp-es-margen",
        "payment_plan",
        "es",
        ("Rosa Martín", "rosa.martin@academia-idiomas-faro.example"),
        "2029-04-27 10:25",
        "gmail_plain",
        text("""
            Hola,

            Necesitaríamos un poco más de margen con esta factura. Las matrículas del trimestre entran a final de mayo. ¿Podríais esperar hasta el 30 de mayo? Si no, podemos hacer un pago parcial ahora y el resto entonces.

            Gracias,
            Rosa Martín
            Academia de Idiomas Faro
        """),
        Labels(note="asks for more time; the date proposed for the extension is not a promise"),
        inv="SU-INV-84751",
        owed="1150.00",
    ),
    Mail(
        "pp-nl-regeling",
        "payment_plan",
        "nl",
        ("Stichting Zorgcentrum De Hoeve", "financien@zorgcentrumdehoeve.example"),
        "2029-04-17 13:30",
        "outlook_html",
        text("""
            Geachte heer, mevrouw,

            Naar aanleiding van uw herinnering het volgende. Door een vertraging in de bekostiging vanuit het zorgkantoor zijn wij op dit moment niet in staat de factuur in één keer te voldoen.

            Wij stellen een betalingsregeling voor van € 500,00 per maand, te beginnen op 1 mei, totdat het openstaande bedrag van € 3.000,00 is voldaan. Graag ontvangen wij uw akkoord.

            Met vriendelijke groet,

            W. van der Meer
            Hoofd Financiën
            Stichting Zorgcentrum De Hoeve
        """),
        Labels(note="formal proposal of monthly instalments"),
        inv="SU-INV-84620",
        owed="3000.00",
    ),
    Mail(
        "pp-it-rate",
        "payment_plan",
        "it",
        ("Cooperativa Sociale Il Girasole", "amministrazione@coopilgirasole.example"),
        "2029-04-11 11:45",
        "outlook",
        text("""
            Buongiorno,

            in merito al sollecito ricevuto, vi chiediamo cortesemente la possibilità di rateizzare l'importo in quattro rate mensili da Euro 640,00, a partire da maggio. La cooperativa sta attendendo i pagamenti arretrati da parte del Comune e al momento non dispone della liquidità necessaria.

            Restiamo in attesa di un vostro riscontro.

            Cordiali saluti
            Federica Longo
            Amministrazione - Cooperativa Sociale Il Girasole
        """),
        Labels(note="four monthly instalments requested"),
        inv="SU-INV-84544",
        owed="2560.00",
        charset="iso-8859-1",
    ),
    Mail(
        "pp-it-200",
        "payment_plan",
        "it",
        ("Simone Caruso", "simone.caruso.elettricista@libero.it"),
        "2029-04-21 12:10",
        "iphone",
        "ciao, adesso non ce la faccio a pagare tutto. posso darvi 200 adesso e il resto a maggio?\nSimone",
        Labels(note="part now and the rest in May, asked as a question"),
        inv="SU-INV-84709",
        owed="540.00",
    ),
]

INVOICE_REQUEST = [
    Mail(
        "ir-en-po",
        "invoice_request",
        "en",
        (
            "Brackenfield District Council – Creditors",
            "creditors@brackenfield-dc.example",
        ),
        "2029-04-04 14:40",
        "outlook_html",
        text("""
            Good afternoon,

            Invoice SU-INV-84429 has not been paid because it does not quote a valid purchase order number, and our finance system rejects any invoice without one. The PO raised for this order is 4500123987.

            Once you send us a copy of the invoice showing the PO number we will pay it in the next available run.

            Kind regards,

            Linda Shaw
            Creditors Team
            Brackenfield District Council
        """),
        Labels(
            refs=("SU-INV-84429",),
            note="payment conditional on a reissued invoice with the PO: invoice_request, not a promise",
        ),
        inv="SU-INV-84429",
        owed="1840.00",
        headers=(SUPPRESS,),
    ),
    Mail(
        "ir-en-never-got",
        "invoice_request",
        "en",
        ("Mick Doyle", "mick@doyle-roofing.example"),
        "2029-04-10 08:02",
        "iphone",
        "Never got an invoice for this mate. Can you send it over and I'll have a look\nMick",
        Labels(note="asks for the invoice; nothing contested yet"),
        inv="SU-INV-84501",
        owed="348.00",
    ),
    Mail(
        "ir-en-bank-letterhead",
        "invoice_request",
        "en",
        ("Priya Natarajan", "priya.natarajan@oakleigh-care.example"),
        "2029-04-16 15:55",
        "gmail",
        text("""
            Hello,

            Before we can release payment we need to set Saltmarsh Uniforms up as a supplier on our new finance system. Could you please send your bank details on company letterhead, signed by a director, together with your VAT registration number? We have had two attempted frauds this year, so I'm afraid we can't accept bank details in the body of an email.

            Many thanks,
            Priya Natarajan
            Finance Administrator
            Oakleigh Care Homes
        """),
        Labels(note="needs verified bank details before paying"),
        inv="SU-INV-84603",
        owed="1968.00",
    ),
    Mail(
        "ir-de-xrechnung",
        "invoice_request",
        "de",
        (
            "Landratsamt Oberweiler – Schulverwaltung",
            "schulverwaltung@lra-oberweiler.example",
        ),
        "2029-04-24 10:10",
        "outlook",
        text("""
            Sehr geehrte Damen und Herren,

            die o. g. Rechnung kann von uns in der vorliegenden Form nicht bearbeitet werden. Als öffentlicher Auftraggeber sind wir verpflichtet, Rechnungen ausschließlich als elektronische Rechnung im Format XRechnung entgegenzunehmen. Bitte übermitteln Sie die Rechnung erneut über das Rechnungseingangsportal und geben Sie dabei unsere Leitweg-ID 08317-0412-55 an.

            Nach Eingang der E-Rechnung erfolgt die Zahlung im üblichen Verfahren.

            Mit freundlichen Grüßen
            Im Auftrag
            Kathrin Maier
            Landratsamt Oberweiler – Schulverwaltung
        """),
        Labels(
            note="public body needs the invoice as an e-invoice before paying; the amount is not contested"
        ),
        inv="SU-INV-84724",
        owed="1912.00",
    ),
    Mail(
        "ir-de-lieferschein",
        "invoice_request",
        "de",
        ("Peter Lindner", "p.lindner@lindner-haustechnik.example"),
        "2029-04-05 16:12",
        "thunderbird",
        text("""
            Hallo,

            zu der Rechnung SU-INV-84489 fehlt mir noch der Lieferschein. Ohne den gibt unsere Buchhaltung nichts frei. Können Sie mir den bitte als PDF schicken?

            Danke und Gruß
            Peter Lindner
        """),
        Labels(refs=("SU-INV-84489",), note="delivery note needed before payment"),
        inv="SU-INV-84489",
        owed="736.40",
        cte="8bit",
    ),
    Mail(
        "ir-fr-duplicata",
        "invoice_request",
        "fr",
        ("Aurélie Fontaine", "a.fontaine@lycee-saint-exupery.example"),
        "2029-04-16 11:20",
        "outlook_html",
        text("""
            Bonjour,

            Pourriez-vous nous adresser un duplicata de la facture SU-INV-84505 ? L’original ne nous est jamais parvenu, il a dû se perdre entre l’intendance et le secrétariat. Dès réception, nous procéderons au règlement.

            Cordialement,

            Aurélie Fontaine
            Intendance – Lycée Saint-Exupéry
        """),
        Labels(refs=("SU-INV-84505",), note="duplicate invoice needed before paying"),
        inv="SU-INV-84505",
        owed="1254.00",
        cte="b64",
    ),
    Mail(
        "ir-fr-rib",
        "invoice_request",
        "fr",
        ("Marc Lefort", "marc.lefort.electricite@gmail.com"),
        "2029-04-25 17:45",
        "gmail",
        "Bonjour,\n\nPouvez-vous m'envoyer votre RIB ? Je ne le trouve pas sur la facture et je ne veux pas me tromper de compte.\n\nMerci\nMarc Lefort",
        Labels(note="needs bank details before paying"),
        inv="SU-INV-84748",
        owed="426.00",
    ),
    Mail(
        "ir-es-nif",
        "invoice_request",
        "es",
        ("Montserrat Puig", "mpuig@escola-montseny.example"),
        "2029-04-03 10:30",
        "outlook",
        text("""
            Buenos días:

            No podemos tramitar la factura SU-INV-84418 porque figura un NIF que no es el nuestro (aparece el de la antigua fundación). Les ruego que emitan una factura rectificativa con el NIF correcto, G08123456. El importe es correcto.

            Una vez recibida, la pagaremos en el siguiente ciclo de pagos.

            Atentamente,

            Montserrat Puig
            Administración – Escola Montseny
        """),
        Labels(
            refs=("SU-INV-84418",),
            note="reissue with the right tax number; the amount is explicitly not contested",
        ),
        inv="SU-INV-84418",
        owed="1087.00",
    ),
    Mail(
        "ir-es-extracto",
        "invoice_request",
        "es",
        ("Alberto Ruiz", "alberto@talleres-ruiz.example"),
        "2029-04-19 13:40",
        "iphone",
        "Hola, ¿me podéis mandar un extracto de la cuenta? Quiero revisar qué facturas tengo pendientes con vosotros antes de pagar.\nAlberto",
        Labels(note="statement of account before paying"),
        inv="SU-INV-84656",
        owed="522.00",
    ),
    Mail(
        "ir-nl-inkoopnummer",
        "invoice_request",
        "nl",
        ("Sanne Mulder", "s.mulder@installatiebedrijf-mulder.example"),
        "2029-04-11 09:05",
        "android",
        "Goedemorgen,\n\nKunnen jullie de factuur opnieuw sturen met ons inkoopordernummer erop (PO-2029-0311)? Zonder PO wordt hij automatisch afgekeurd door ons systeem.\n\nGroet,\nSanne",
        Labels(note="reissue with a PO number, amount not contested"),
        inv="SU-INV-84540",
        owed="918.00",
    ),
    Mail(
        "ir-nl-pakbon",
        "invoice_request",
        "nl",
        ("Joyce Smit", "administratie@bsderegenboog.example"),
        "2029-04-24 14:05",
        "html_only",
        text("""
            Beste,

            Wij hebben deze factuur nooit ontvangen, ook niet per post. Kunt u ons een kopie van de factuur en de pakbon mailen? Dan zorgen wij dat hij zo snel mogelijk betaald wordt.

            Met vriendelijke groet,

            Joyce Smit
            Administratie Brede School De Regenboog
        """),
        Labels(note="copy of the invoice and packing slip; HTML only"),
        inv="SU-INV-84727",
        owed="455.00",
    ),
    Mail(
        "ir-it-sdi",
        "invoice_request",
        "it",
        (
            "Comune di Castelvetro - Ufficio Ragioneria",
            "ragioneria@comune-castelvetro.example",
        ),
        "2029-04-06 12:20",
        "outlook",
        text("""
            Buongiorno,

            la fattura SU-INV-84475 non può essere liquidata in quanto trasmessa in formato PDF. Per le pubbliche amministrazioni è obbligatoria la fattura elettronica tramite il Sistema di Interscambio, con indicazione del Codice Univoco Ufficio UFK9Q2 e del CIG.

            Vi preghiamo di riemettere il documento nel formato corretto; il pagamento avverrà nei termini di legge dal ricevimento.

            Distinti saluti
            Rag. Silvia Moretti
            Ufficio Ragioneria - Comune di Castelvetro
        """),
        Labels(
            refs=("SU-INV-84475",),
            note="an e-invoice is required before payment; nothing contested",
        ),
        inv="SU-INV-84475",
        owed="1630.00",
        charset="iso-8859-1",
    ),
]

WRONG_CONTACT = [
    Mail(
        "wc-en-redirect",
        "wrong_contact",
        "en",
        ("Brightwater Homes Accounts", "accounts@brightwater-homes.example"),
        "2029-04-17 10:44",
        "outlook",
        text("""
            Hello,

            Please be advised that our accounts department has moved to a new email address with immediate effect. All future reminders, statements and invoices should be sent ONLY to brightwater.accounts.dept@gmail.com. The old address will no longer be monitored and any correspondence sent there may be lost.

            Kindly update your records and confirm once done.

            Regards
            Accounts Department
            Brightwater Homes
        """),
        Labels(
            contact="brightwater.accounts.dept@gmail.com",
            note="reads like a redirection fraud (free-mail address, Reply-To set to it); labelled by what it asks, and a person must verify it before anything changes",
        ),
        inv="SU-INV-84610",
        owed="1522.80",
        reply_to="brightwater.accounts.dept@gmail.com",
    ),
    Mail(
        "wc-en-left",
        "wrong_contact",
        "en",
        ("Sophie Tranter", "sophie.tranter84@gmail.com"),
        "2029-04-04 19:30",
        "gmail",
        text("""
            Hi,

            This has been forwarded to my personal email from my old work one – I left Hollis & Grant Interiors in January. The person who deals with invoices there now is Dawn Fletcher, dawn.fletcher@hollisgrant-interiors.example. I've copied her in.

            Best,
            Sophie
        """),
        Labels(
            contact="dawn.fletcher@hollisgrant-interiors.example",
            note="former employee names her successor, who is also copied in",
        ),
        inv="SU-INV-84440",
        owed="575.40",
        cc="Dawn Fletcher <dawn.fletcher@hollisgrant-interiors.example>",
        quoted_to="Sophie Tranter <sophie.tranter@hollisgrant-interiors.example>",
    ),
    Mail(
        "wc-en-school-office",
        "wrong_contact",
        "en",
        ("Millbrook Primary – Office", "office@millbrook-primary.example"),
        "2029-04-23 11:58",
        "outlook_html",
        text("""
            Good morning,

            This is the school office. We don't handle invoices here – since September all payments go through the Trust's central finance team. I'm afraid I don't have their email address to hand, but the Trust switchboard should be able to help.

            Kind regards,
            Mrs J. Patel
            Office Manager
            Millbrook Primary School
        """),
        Labels(note="wrong mailbox, no new address given"),
        inv="SU-INV-84700",
        owed="1420.00",
    ),
    Mail(
        "wc-de-zustaendig",
        "wrong_contact",
        "de",
        ("Heike Albrecht", "h.albrecht@altenheim-sonnenhof.example"),
        "2029-04-26 08:40",
        "outlook",
        text("""
            Guten Morgen,

            für Rechnungen bin ich seit dem 1. April nicht mehr zuständig, ich habe in die Personalabteilung gewechselt. Bitte richten Sie Ihre Erinnerungen künftig an unsere Kreditorenbuchhaltung, Frau Kessler: kreditoren@altenheim-sonnenhof.example

            Ich habe Ihre Mail dorthin weitergeleitet.

            Viele Grüße
            Heike Albrecht
        """),
        Labels(contact="kreditoren@altenheim-sonnenhof.example"),
        inv="SU-INV-84736",
        owed="1177.20",
    ),
    Mail(
        "wc-fr-particuliere",
        "wrong_contact",
        "fr",
        ("Chantal Dubois", "chantal.dubois62@gmail.com"),
        "2029-04-10 21:05",
        "gmail_plain",
        "Bonsoir,\n\nJe pense que vous vous êtes trompés d'adresse, je suis une particulière et je n'ai jamais rien commandé chez vous. Je ne connais pas cette entreprise.\n\nBonne soirée\nChantal Dubois",
        Labels(note="wrong recipient altogether, no new address"),
        inv="SU-INV-84530",
        owed="390.00",
    ),
    Mail(
        "wc-fr-fournisseurs",
        "wrong_contact",
        "fr",
        ("Olivier Marchand", "o.marchand@residalia.example"),
        "2029-04-20 09:50",
        "outlook_html",
        text("""
            Bonjour,

            Je ne suis pas le bon interlocuteur pour ce sujet : je dirige l’établissement mais je ne gère pas les paiements. Merci d’adresser vos relances à notre service comptabilité fournisseurs, à l’adresse fournisseurs@residalia.example, en rappelant le nom de la résidence.

            Cordialement,

            Olivier Marchand
            Directeur – Résidence Les Glycines (groupe Résidalia)
        """),
        Labels(contact="fournisseurs@residalia.example"),
        inv="SU-INV-84671",
        owed="2034.00",
    ),
    Mail(
        "wc-es-ya-no",
        "wrong_contact",
        "es",
        ("Nuria Sánchez", "nuria.sanchez@colegiosanfermin.example"),
        "2029-04-11 17:20",
        "iphone",
        "Hola, yo ya no llevo los pagos del colegio, ahora estoy en jefatura de estudios. Escribid a administracion@colegiosanfermin.example que son los que lo gestionan.\nNuria",
        Labels(contact="administracion@colegiosanfermin.example"),
        inv="SU-INV-84546",
        owed="1376.00",
    ),
    Mail(
        "wc-es-gestoria",
        "wrong_contact",
        "es",
        ("Francisco Gómez", "fgomez@carpinteria-gomez.example"),
        "2029-04-16 12:35",
        "gmail",
        text("""
            Buenos días,

            Os pongo en copia a nuestra gestoría, que es la que lleva todos los pagos a proveedores: Contabilidad@GestoriaPuerto.example. A partir de ahora, por favor, enviad las facturas y los recordatorios directamente a ellos.

            Gracias,
            Francisco Gómez
            Carpintería Gómez e Hijos
        """),
        Labels(
            contact="contabilidad@gestoriapuerto.example",
            note="address written in mixed case and copied in Cc; labelled in lower case",
        ),
        inv="SU-INV-84602",
        owed="615.00",
        cc="Contabilidad@GestoriaPuerto.example",
    ),
    Mail(
        "wc-nl-po",
        "wrong_contact",
        "nl",
        ("Femke de Vries", "f.devries@zorggroep-oosterlanden.example"),
        "2029-04-03 13:25",
        "outlook",
        text("""
            Goedemiddag,

            Ik denk dat deze mail bij de verkeerde persoon terecht is gekomen: ik werk bij P&O en heb niets met facturen te maken. Facturen en herinneringen kunt u sturen naar crediteuren@zorggroep-oosterlanden.example.

            Met vriendelijke groet,
            Femke de Vries
            Afdeling P&O
        """),
        Labels(contact="crediteuren@zorggroep-oosterlanden.example"),
        inv="SU-INV-84425",
        owed="2210.00",
    ),
    Mail(
        "wc-nl-notice",
        "wrong_contact",
        "nl",
        ("Bouwbedrijf Hendriks", "info@bouwbedrijf-hendriks.example"),
        "2029-04-09 09:12",
        "notice",
        text("""
            Dit e-mailadres is per 1 april 2029 niet meer in gebruik.

            Voor offertes en planning: planning@bouwbedrijf-hendriks.example
            Voor facturen en betalingen: administratie@bouwbedrijf-hendriks.example

            Uw bericht is niet doorgestuurd.
        """),
        Labels(
            contact="administratie@bouwbedrijf-hendriks.example",
            note="automatic 'address no longer in use' notice naming the invoices mailbox: wrong_contact; the planning address is not the one for invoices",
        ),
        inv="SU-INV-84558",
        owed="498.00",
        subject="Automatisch antwoord: {subj}",
        headers=(AUTO_REPLIED,),
    ),
    Mail(
        "wc-it-governante",
        "wrong_contact",
        "it",
        ("Giulia Esposito", "g.esposito@hotelmirablu.example"),
        "2029-04-12 15:10",
        "outlook_html",
        text("""
            Buongiorno,

            non sono io la persona che si occupa dei pagamenti, sono la governante. Per le fatture dovete scrivere all'ufficio acquisti: acquisti@hotelmirablu.example. Ho già girato la vostra mail.

            Cordiali saluti
            Giulia Esposito
            Governante – Hotel Mirablu
        """),
        Labels(contact="acquisti@hotelmirablu.example"),
        inv="SU-INV-84593",
        owed="1064.00",
    ),
    Mail(
        "wc-it-parrocchia",
        "wrong_contact",
        "it",
        ("Parrocchia San Rocco", "parrocchia.sanrocco@gmail.com"),
        "2029-04-24 10:00",
        "gmail",
        "Buongiorno,\n\ncredo che abbiate sbagliato indirizzo: questa è la casella della parrocchia di San Rocco e non abbiamo mai ordinato nulla da voi. Forse cercate l'oratorio o la scuola materna, che però hanno un'amministrazione separata.\n\nCordiali saluti\nDon Franco",
        Labels(note="wrong recipient; a guess at who else it might be is not a new contact"),
        inv="SU-INV-84728",
        owed="298.00",
    ),
]

UNSUBSCRIBE = [
    Mail(
        "un-en-stop-promise",
        "unsubscribe",
        "en",
        ("Gary Nolan", "gary@nolan-scaffolding.example"),
        "2029-04-19 06:45",
        "android",
        "It'll be paid on the 15th like I told your colleague on the phone last week. Now stop emailing me every other day, it's getting ridiculous.",
        Labels(
            note="a promise ('the 15th', so 15 May) plus a demand to stop emailing: unsubscribe wins"
        ),
        inv="SU-INV-84588",
        owed="1085.00",
    ),
    Mail(
        "un-en-solicitors",
        "unsubscribe",
        "en",
        ("Eleanor Whitcombe", "e.whitcombe@whitcombe-lacey-law.example"),
        "2029-04-11 16:20",
        "outlook_html",
        text("""
            Dear Sirs,

            Our client: Fenwick Groundworks Limited
            Your invoice: SU-INV-84515

            We act for the above-named company, which has forwarded to us your recent e-mail.

            Our client disputes the sum claimed, for reasons which have been set out in previous correspondence with your sales team. Please direct all further communications regarding this account to the writer and do not contact our client directly.

            Yours faithfully,

            Eleanor Whitcombe
            Partner
            Whitcombe Lacey LLP

            This email is confidential and may be legally privileged. If you are not the intended recipient please notify the sender and delete it. Whitcombe Lacey LLP is authorised and regulated by the Solicitors Regulation Authority.
        """),
        Labels(
            refs=("SU-INV-84515",),
            note="solicitors: all contact through them from now on; unsubscribe beats the dispute they mention",
        ),
        inv="SU-INV-84515",
        owed="4380.00",
        quoted_to="Fenwick Groundworks <accounts@fenwick-groundworks.example>",
    ),
    Mail(
        "un-en-caps",
        "unsubscribe",
        "en",
        ("B Harris", "bharris.joinery@gmail.com"),
        "2029-04-07 09:15",
        "gmail_plain",
        "REMOVE ME FROM YOUR MAILING LIST. I HAVE ASKED 3 TIMES NOW",
        Labels(note="all caps, Saturday morning"),
        inv="SU-INV-84481",
        owed="164.00",
    ),
    Mail(
        "un-de-post",
        "unsubscribe",
        "de",
        ("Hausverwaltung Brandt", "info@hv-brandt.example"),
        "2029-04-10 10:00",
        "outlook",
        text("""
            Sehr geehrte Damen und Herren,

            wir bitten darum, uns künftig ausschließlich auf dem Postweg anzuschreiben. E-Mails an diese Adresse werden nicht mehr bearbeitet.

            Hochachtungsvoll
            G. Brandt
            Hausverwaltung Brandt
        """),
        Labels(note="post only"),
        inv="SU-INV-84503",
        owed="326.00",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Mail(
        "un-de-aufhoeren",
        "unsubscribe",
        "de",
        ("Frank Hoffmann", "frank.hoffmann@hoffmann-gartenbau.example"),
        "2029-04-25 19:30",
        "gmail",
        "Hören Sie bitte auf, mir jede Woche diese Mails zu schicken. Die Rechnung ist längst bezahlt, das können Sie auf Ihrem Konto nachsehen.\n\nF. Hoffmann",
        Labels(note="stop request plus a payment claim: unsubscribe wins"),
        inv="SU-INV-84708",
        owed="498.60",
    ),
    Mail(
        "un-fr-avocat",
        "unsubscribe",
        "fr",
        ("Bertrand Lemaire", "b.lemaire@transports-lemaire.example"),
        "2029-04-13 15:40",
        "outlook_html",
        text("""
            Madame, Monsieur,

            Je vous demande de cesser de m’adresser des courriels au sujet de cette facture. Ce dossier est désormais entre les mains de notre avocat, Maître Garnier, à qui toute correspondance devra être adressée par courrier.

            Salutations,
            Bertrand Lemaire
            Gérant – Transports Lemaire
        """),
        Labels(note="stop e-mailing; lawyer and post only, no address"),
        inv="SU-INV-84571",
        owed="1710.00",
    ),
    Mail(
        "un-es-no-mas",
        "unsubscribe",
        "es",
        ("Enrique Molina", "enrique.molina.electricidad@gmail.com"),
        "2029-04-05 14:12",
        "iphone",
        "No me mandéis más correos, por favor. Ya hablaré yo con vuestro comercial.",
        Labels(note="stop request; talking to the sales rep is no commitment"),
        inv="SU-INV-84463",
        owed="274.00",
    ),
    Mail(
        "un-es-postal",
        "unsubscribe",
        "es",
        ("Lourdes Herrera", "lherrera@clinicadental-herrera.example"),
        "2029-04-23 09:35",
        "outlook",
        text("""
            Buenos días:

            Por favor, den de baja esta dirección de sus envíos. A partir de ahora toda la correspondencia relativa a facturas deberá remitirse por correo postal a nuestra dirección fiscal, que figura en las facturas.

            Atentamente,
            Lourdes Herrera
            Clínica Dental Herrera
        """),
        Labels(note="remove this address, post only"),
        inv="SU-INV-84699",
        owed="389.00",
        cte="b64",
    ),
    Mail(
        "un-nl-afmelden",
        "unsubscribe",
        "nl",
        ("Ahmed El Amrani", "ahmed@elamrani-schoonmaak.example"),
        "2029-04-17 20:50",
        "iphone",
        "Graag afmelden voor deze mails.",
        Labels(),
        inv="SU-INV-84625",
        owed="556.00",
    ),
    Mail(
        "un-nl-post",
        "unsubscribe",
        "nl",
        ("Wim Postma", "w.postma@postma-hoveniers.example"),
        "2029-04-04 11:10",
        "thunderbird",
        text("""
            Goedendag,

            Wij ontvangen voortaan graag alleen nog post van u, geen e-mail meer. Onze administrateur werkt niet met e-mail en uw herinneringen komen bij mij terecht, terwijl ik er niets mee kan.

            Met vriendelijke groet,
            Wim Postma
            Postma Hoveniers
        """),
        Labels(note="post only; the administrator is named without an address"),
        inv="SU-INV-84455",
        owed="612.50",
    ),
    Mail(
        "un-it-legale",
        "unsubscribe",
        "it",
        ("Roberto Galli", "r.galli@galli-costruzioni.example"),
        "2029-04-26 17:05",
        "outlook",
        text("""
            Spett.le ditta,

            con la presente Vi diffido dal contattarmi ulteriormente tramite posta elettronica. Per qualsiasi comunicazione relativa alla fattura in oggetto vogliate rivolgervi esclusivamente al mio legale, avv. Chiara Fumagalli, del Foro di Bergamo.

            Distinti saluti
            Roberto Galli
        """),
        Labels(note="'talk to my lawyer' with no address"),
        inv="SU-INV-84737",
        owed="2890.00",
    ),
    Mail(
        "un-it-cancellatemi",
        "unsubscribe",
        "it",
        ("Mario Riva", "mario.riva.idraulico@libero.it"),
        "2029-04-09 13:00",
        "android",
        "cancellatemi",
        Labels(note="one word"),
        inv="SU-INV-84496",
        owed="198.00",
    ),
]

AUTO_REPLY = [
    Mail(
        "ar-en-until",
        "auto_reply",
        "en",
        ("Janine Cooper", "janine.cooper@pennington-schools.example"),
        "2029-04-11 09:07",
        "notice_html",
        text("""
            Thank you for your email. I am out of the office until Monday 16 April with limited access to email.

            For anything urgent regarding purchase orders please contact the finance office on 01632 960 514.

            Janine Cooper
            Finance Assistant
            Pennington Schools Partnership
        """),
        Labels(back="2029-04-16", note="'until Monday 16 April' is that day"),
        inv="SU-INV-84531",
        owed="1012.00",
        subject="Automatic reply: {subj}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Mail(
        "ar-en-ticket",
        "auto_reply",
        "en",
        ("Finance Helpdesk", "finance-helpdesk@isb-east.example"),
        "2029-04-03 10:12",
        "notice",
        text("""
            Dear sender,

            Thank you for contacting the Finance Helpdesk of the International School of Brussels East. Your message has been logged under ticket number FIN-20931.

            A member of the finance team will respond within three working days. Please keep the ticket number in the subject line of any further emails about this matter.

            This is an automated response.
        """),
        Labels(
            note="ticket acknowledgement carrying only X-Autoreply; English from Brussels, so central-European time"
        ),
        inv="SU-INV-84422",
        owed="2475.00",
        zone="ce",
        subject="[Ticket #FIN-20931] {subj}",
        threaded=False,
        headers=(("X-Autoreply", "yes"),),
    ),
    Mail(
        "ar-en-easter",
        "auto_reply",
        "en",
        ("Hollybank School – Finance Office", "finance@hollybank-school.example"),
        "2029-04-02 09:04",
        "notice",
        text("""
            Thank you for your email. The school is closed for the Easter holidays and the finance office will reopen on Tuesday 17 April. Emails will be dealt with in order of receipt after that date.

            Hollybank School
        """),
        Labels(
            back="2029-04-17",
            note="Easter-holiday closure with only Precedence: bulk; the day the office reopens",
        ),
        inv="SU-INV-84401",
        owed="3320.00",
        subject="Re: {subj}",
        headers=(("Precedence", "bulk"),),
    ),
    Mail(
        "ar-de-abwesend",
        "auto_reply",
        "de",
        ("Martina Keller", "m.keller@keller-dachdecker.example"),
        "2029-04-24 09:06",
        "notice",
        text("""
            Vielen Dank für Ihre Nachricht.

            Ich bin vom 23.04. bis einschließlich 27.04.2029 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ab Montag, den 30.04.2029, bin ich wieder für Sie erreichbar.

            In dringenden Fällen wenden Sie sich bitte an buero@keller-dachdecker.example.

            Mit freundlichen Grüßen
            Martina Keller
        """),
        Labels(
            back="2029-04-30",
            note="the stated day back wins over 'bis einschließlich'; a colleague's address in an auto-reply sets no new_contact",
        ),
        inv="SU-INV-84722",
        owed="688.00",
        subject="Automatische Antwort: {subj}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Mail(
        "ar-de-ticket",
        "auto_reply",
        "de",
        ("Gebäudemanagement Nord – Service", "service@gbm-nord.example"),
        "2029-04-16 09:03",
        "notice_html",
        text("""
            Guten Tag,

            vielen Dank für Ihre Nachricht. Ihre Anfrage wurde unter der Ticketnummer #48213 erfasst und an die zuständige Abteilung weitergeleitet.

            Wir melden uns in der Regel innerhalb von zwei Werktagen bei Ihnen. Bitte antworten Sie nicht auf diese E-Mail.

            Ihr Serviceteam
            Gebäudemanagement Nord GmbH
        """),
        Labels(note="ticket acknowledgement, no date"),
        inv="SU-INV-84617",
        owed="1935.00",
        subject="Ihre Anfrage [#48213] ist eingegangen",
        threaded=False,
        headers=(AUTO_REPLIED,),
    ),
    Mail(
        "ar-fr-absente",
        "auto_reply",
        "fr",
        ("Sophie Laurent", "s.laurent@ecole-jeanne-darc.example"),
        "2029-04-09 09:10",
        "notice",
        text("""
            Bonjour,

            Je suis absente du 9 au 13 avril inclus. Je serai de retour le lundi 16 avril et traiterai votre message à ce moment-là.

            Pour toute urgence, merci de contacter le secrétariat de l'école.
        """),
        Labels(back="2029-04-16", note="the stated day back"),
        inv="SU-INV-84510",
        owed="742.00",
        subject="Réponse automatique : {subj}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Mail(
        "ar-fr-accuse",
        "auto_reply",
        "fr",
        ("Groupe Hospitalier Les Cèdres - Comptabilité", "compta@gh-lescedres.example"),
        "2029-04-18 09:05",
        "notice",
        text("""
            Bonjour,

            Nous accusons bonne réception de votre message, qui sera traité dans les meilleurs délais par le service comptabilité.

            Ceci est un message automatique, merci de ne pas y répondre.
        """),
        Labels(note="receipt acknowledgement, no date"),
        inv="SU-INV-84636",
        owed="5180.00",
        subject="Accusé de réception : {subj}",
        charset="iso-8859-1",
        headers=(AUTO_REPLIED,),
    ),
    Mail(
        "ar-es-hasta",
        "auto_reply",
        "es",
        ("Elena Castro", "ecastro@hotel-miramar-sitges.example"),
        "2029-04-17 09:02",
        "notice_html",
        text("""
            Gracias por su mensaje. Estaré fuera de la oficina hasta el 20 de abril. Durante mi ausencia, para asuntos urgentes puede contactar con recepción.

            Un saludo,
            Elena Castro
            Hotel Miramar Sitges
        """),
        Labels(back="2029-04-20", note="'hasta el 20 de abril' is that day"),
        inv="SU-INV-84629",
        owed="918.50",
        subject="Respuesta automática: {subj}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Mail(
        "ar-nl-koningsdag",
        "auto_reply",
        "nl",
        ("Bram Hoekstra", "b.hoekstra@hoekstra-techniek.example"),
        "2029-04-25 09:04",
        "notice",
        text("""
            Beste relatie,

            Ik ben afwezig tot en met vrijdag 27 april (Koningsdag). Vanaf maandag 30 april ben ik weer op kantoor.

            Met vriendelijke groet,
            Bram Hoekstra
        """),
        Labels(back="2029-04-30", note="the stated day back wins over 'tot en met'"),
        inv="SU-INV-84741",
        owed="455.00",
        subject="Afwezig: {subj}",
        headers=(AUTO_REPLIED,),
    ),
    Mail(
        "ar-nl-servicedesk",
        "auto_reply",
        "nl",
        ("Servicedesk Financiën", "servicedesk.financien@lindendijk.example"),
        "2029-04-05 09:08",
        "notice",
        text("""
            Geachte heer/mevrouw,

            Bedankt voor uw e-mail. Wij hebben uw bericht in goede orde ontvangen en streven ernaar binnen vijf werkdagen te reageren.

            Let op: facturen kunnen uitsluitend worden ingediend via ons e-factuurportaal.

            Met vriendelijke groet,
            Team Financiën, Gemeente Lindendijk
        """),
        Labels(
            note="receipt acknowledgement with only Precedence: auto_reply; the standard e-invoicing line is not a request from a person"
        ),
        inv="SU-INV-84468",
        owed="2640.00",
        subject="Ontvangstbevestiging: {subj}",
        threaded=False,
        headers=(("Precedence", "auto_reply"),),
    ),
    Mail(
        "ar-it-rientro",
        "auto_reply",
        "it",
        ("Paolo Greco", "p.greco@grecoimpianti.example"),
        "2029-04-23 09:05",
        "notice",
        text("""
            Buongiorno,

            sarò fuori ufficio fino a giovedì 26 aprile compreso, con accesso limitato alla posta. Rientrerò venerdì 27 aprile.

            Per urgenze potete chiamare il centralino.

            Paolo Greco
        """),
        Labels(
            back="2029-04-27",
            note="the stated day back wins over 'fino a ... compreso'",
        ),
        inv="SU-INV-84715",
        owed="1240.00",
        subject="Risposta automatica: {subj}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Mail(
        "ar-it-pasqua",
        "auto_reply",
        "it",
        (
            "Istituto Maria Ausiliatrice - Amministrazione",
            "amministrazione@ima-torino.example",
        ),
        "2029-04-02 09:03",
        "notice_html",
        text("""
            Gentile mittente,

            gli uffici amministrativi dell'Istituto resteranno chiusi per le festività pasquali fino a martedì 3 aprile. Riapriremo mercoledì 4 aprile e risponderemo alla Sua e-mail il prima possibile.

            Cordiali saluti
            Amministrazione - Istituto Maria Ausiliatrice
        """),
        Labels(
            back="2029-04-04",
            note="Easter Monday closure notice; the day the offices reopen",
        ),
        inv="SU-INV-84408",
        owed="2780.00",
        subject="Chiusura uffici per le festività pasquali",
        threaded=False,
        headers=(AUTO_REPLIED,),
    ),
]

OTHER = [
    Mail(
        "ot-en-did-we",
        "other",
        "en",
        ("Dave Hammond", "dave@hammond-joinery.example"),
        "2029-04-05 12:40",
        "iphone",
        "Did we not pay this? I thought Sandra did all the Saltmarsh ones in March",
        Labels(note="a question, not a claim: a person must check the ledger and answer"),
        inv="SU-INV-84457",
        owed="318.60",
    ),
    Mail(
        "ot-en-stock",
        "other",
        "en",
        ("Claire Whitfield", "c.whitfield@kingsmead-academy.example"),
        "2029-04-10 14:25",
        "outlook_html",
        text("""
            Hi,

            Thanks, I'll make sure Mark sees this when he's back in tomorrow.

            While I have you – could you let me know how many of the 30" and 32" blazers you're still holding in stock for us? We need to top up the school shop before the September intake and I'd rather not order more than we need.

            Thanks,
            Claire Whitfield
            Uniform Shop Coordinator
            Kingsmead Academy
        """),
        Labels(
            note="acknowledgement plus a question about the stock held for them; nothing about paying"
        ),
        inv="SU-INV-84498",
        owed="2146.00",
    ),
    Mail(
        "ot-en-in-court",
        "other",
        "en",
        ("Chloe Barnes", "chloe.barnes@hargreaves-solicitors.example"),
        "2029-04-18 11:12",
        "outlook",
        text("""
            Good morning,

            Thank you for your email. Mr Hargreaves is in court for the rest of the week; I have printed your reminder and placed it on his desk for his return.

            Kind regards,

            Chloe Barnes
            Legal Secretary to Simon Hargreaves
            Hargreaves & Co Solicitors
        """),
        Labels(
            note="a secretary's acknowledgement written by a person: no commitment, no new contact, not an auto-reply"
        ),
        inv="SU-INV-84645",
        owed="865.20",
    ),
    Mail(
        "ot-de-ton",
        "other",
        "de",
        ("Werner Schulte", "w.schulte@schulte-elektro.example"),
        "2029-04-12 17:30",
        "gmail",
        text("""
            Sehr geehrte Damen und Herren,

            ich muss schon sagen, der Ton Ihrer Zahlungserinnerung hat mich geärgert. Wir sind seit zwölf Jahren Kunde bei Ihnen und haben immer pünktlich bezahlt. Ich werde das beim nächsten Besuch Ihres Außendienstes ansprechen.

            W. Schulte
        """),
        Labels(note="complaint about the tone; says nothing about paying this invoice"),
        inv="SU-INV-84566",
        owed="702.00",
        cte="b64",
    ),
    Mail(
        "ot-de-lager",
        "other",
        "de",
        ("Anja Krause", "a.krause@seniorenresidenz-elbblick.example"),
        "2029-04-18 10:20",
        "outlook_html",
        text("""
            Hallo zusammen,

            kurze Frage zwischendurch: Können Sie die restlichen 40 Kasacks in Größe L, die Sie für uns auf Lager halten, noch bis Ende Juni reservieren? Wir ziehen im Sommer in den Neubau um und würden sie erst dann abrufen.

            Danke und viele Grüße
            Anja Krause
            Hauswirtschaftsleitung
            Seniorenresidenz Elbblick
        """),
        Labels(note="stock-holding question in the reminder thread"),
        inv="SU-INV-84642",
        owed="1530.00",
    ),
    Mail(
        "ot-fr-note",
        "other",
        "fr",
        ("Valérie Simon", "v.simon@ecole-sainte-marie.example"),
        "2029-04-03 16:05",
        "iphone",
        "Merci, c'est noté. J'en parle à la directrice demain matin.\nValérie",
        Labels(note="acknowledgement; passing it on is no commitment and no new contact"),
        inv="SU-INV-84414",
        owed="1190.00",
    ),
    Mail(
        "ot-fr-authentique",
        "other",
        "fr",
        ("Gilles Mercier", "g.mercier@mercier-paysage.example"),
        "2029-04-16 09:25",
        "outlook",
        text("""
            Bonjour,

            Avant toute chose, pouvez-vous me confirmer que ce message vient bien de chez vous ? Nous avons reçu ces dernières semaines plusieurs fausses relances au nom de fournisseurs, avec des RIB modifiés. Je préfère en parler de vive voix : rappelez-moi au standard, s'il vous plaît.

            Cordialement,
            Gilles Mercier
            Mercier Paysage
        """),
        Labels(note="suspects a fake reminder and asks for a call; not a document request"),
        inv="SU-INV-84612",
        owed="977.00",
    ),
    Mail(
        "ot-es-catalogo",
        "other",
        "es",
        ("Inés Romero", "ines.romero@colegio-alameda.example"),
        "2029-04-04 12:15",
        "gmail",
        "Recibido, gracias. Por cierto, ¿cuándo tendréis el catálogo de uniformes del curso que viene? Las familias ya nos lo están pidiendo.\n\nInés",
        Labels(note="acknowledgement plus a catalogue question"),
        inv="SU-INV-84444",
        owed="1460.00",
    ),
    Mail(
        "ot-es-jubilacion",
        "other",
        "es",
        ("José Luis Ibáñez", "joseluis.ibanez.taller@gmail.com"),
        "2029-04-20 18:45",
        "gmail_plain",
        text("""
            Buenas tardes,

            Les escribo para decirles que cerré el taller a finales de marzo por jubilación. Ya no tengo empleados ni local. Lo que se deba lo hablaré con mi asesor cuando tenga las cuentas cerradas.

            Un saludo,
            José Luis Ibáñez
        """),
        Labels(
            note="business closed by its owner, who is still the right contact; no date, no commitment"
        ),
        inv="SU-INV-84668",
        owed="356.00",
        charset="iso-8859-1",
    ),
    Mail(
        "ot-nl-nabestelling",
        "other",
        "nl",
        ("Rik van Leeuwen", "rik@vanleeuwen-schilders.example"),
        "2029-04-19 12:05",
        "android",
        "Wanneer komen de nabestelde werkbroeken eigenlijk? We wachten al drie weken. Gr Rik",
        Labels(note="question about a back-order, not about this invoice"),
        inv="SU-INV-84657",
        owed="624.00",
    ),
    Mail(
        "ot-nl-ok",
        "other",
        "nl",
        ("Esther Koster", "e.koster@kapsalon-koster.example"),
        "2029-04-23 15:30",
        "iphone",
        "Ok, ik kijk ernaar",
        Labels(note="acknowledgement without any commitment"),
        inv="SU-INV-84703",
        owed="212.00",
    ),
    Mail(
        "ot-it-gia-pagata",
        "other",
        "it",
        ("Alessandra Fontana", "a.fontana@studiodentisticofontana.example"),
        "2029-04-18 12:50",
        "android",
        "Ma non l'avevamo già pagata? Controllo con la commercialista e vi faccio sapere.",
        Labels(note="question plus 'I'll check': no claim, no promise"),
        inv="SU-INV-84649",
        owed="431.00",
    ),
]

MAILS = [
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
# Bounces: machine skeletons generated, human-readable parts written out one by one
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt` in the language `rlang`."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    zone: str
    rlang: str
    inv: str
    owed: str
    render: Callable[[Bounce], Message]
    queued_hours: int = 0
    note: str | None = None

    @property
    def dt(self) -> datetime:
        """The Date: of the report."""
        return local_time(self.zone, self.when)

    @property
    def host(self) -> str:
        """The recipient's domain."""
        return self.rcpt.split("@")[1]

    def sent(self) -> datetime:
        """When the reminder left the ledger (UK clock)."""
        return in_zone("uk", self.dt - timedelta(hours=self.queued_hours, minutes=2, seconds=41))

    def subject(self) -> str:
        """The reminder's subject."""
        return reminder_subject(self.rlang, self.inv)

    def reminder(self) -> Message:
        """The reminder as it left the ledger."""
        due = self.sent().date() - timedelta(days=9 + number(self.key, "due", 20))
        cur = "GBP" if self.rlang == "en" else "EUR"
        body = reminder_text(
            self.rlang,
            self.inv,
            money(self.owed, self.rlang, cur),
            due - timedelta(days=30),
            due,
        )
        msg = text_part(body + "\n", "plain", "utf-8", "qp")
        return headers_first(
            msg,
            [
                ("From", formataddr((LEDGER_NAME, LEDGER_ADDR))),
                ("To", self.rcpt),
                ("Subject", header_value(self.subject(), "utf-8", "Subject")),
                ("Date", format_datetime(self.sent())),
                ("Message-ID", reminder_msgid(self.key)),
            ],
        )

    def reminder_headers(self, by: str) -> str:
        """The reminder's header block as the server `by` saw it (the last hop it reached)."""
        head = self.reminder().as_string().split("\n\n", 1)[0]
        origin = "ledger-app.saltmarsh-uniforms.example" if by == LEDGER_MTA else LEDGER_MTA
        received = (
            f"Received: from {origin} ({origin} [203.0.113.25])\n"
            f"\tby {by} with ESMTPS id {token(self.key, 'queue', 10).lower()}\n"
            f"\tfor <{self.rcpt}>; {format_datetime(self.sent() + timedelta(seconds=3))}"
        )
        return f"Return-Path: <{LEDGER_ADDR}>\n{received}\n{head}\n"


def delivery_status(
    b: Bounce,
    mta: str,
    action: str,
    diagnostic: str,
    remote: str = "",
    extra: tuple[tuple[str, str], ...] = (),
) -> Message:
    """An RFC 3464 message/delivery-status part."""
    per_message = Message()
    per_message["Reporting-MTA"] = f"dns; {mta}"
    for name, value in extra:
        per_message[name] = value
    per_message["Arrival-Date"] = format_datetime(b.sent())
    per_recipient = Message()
    per_recipient["Final-Recipient"] = f"rfc822; {b.rcpt}"
    per_recipient["Original-Recipient"] = f"rfc822;{b.rcpt}"
    per_recipient["Action"] = action
    per_recipient["Status"] = b.status
    if remote:
        per_recipient["Remote-MTA"] = f"dns; {remote}"
    per_recipient["Diagnostic-Code"] = f"smtp; {diagnostic}"
    per_recipient["Last-Attempt-Date"] = format_datetime(b.dt)
    if action == "delayed":
        per_recipient["Will-Retry-Until"] = format_datetime(b.sent() + timedelta(days=2))
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload([per_message, per_recipient])
    return part


def returned_headers(b: Bounce, by: str) -> Message:
    """A text/rfc822-headers part with the reminder's headers."""
    return text_part(b.reminder_headers(by), "rfc822-headers", "us-ascii", "7bit")


def returned_message(b: Bounce) -> Message:
    """A message/rfc822 part with the whole reminder."""
    return MIMEMessage(b.reminder())


def report(*parts: Message) -> Message:
    """A multipart/report of type delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def finish(
    b: Bounce,
    msg: Message,
    sender: str,
    subject: str,
    extra: tuple[tuple[str, str], ...] = (AUTO_REPLIED,),
) -> Message:
    """Envelope headers, deterministic boundaries and ids for a report."""
    tidy_mime(msg)
    domain = parseaddr(sender)[1].split("@")[1]
    set_boundaries(msg, b.key, "bounce", domain)
    envelope = [
        ("From", sender),
        ("To", LEDGER_ADDR),
        ("Subject", header_value(subject, "utf-8", "Subject")),
        ("Date", format_datetime(b.dt)),
        ("Message-ID", f"<{token(b.key, 'bounce', 20).lower()}@{domain}>"),
        *extra,
    ]
    return headers_first(msg, envelope)


def exchange_human(
    b: Bounce, lines: tuple[str, str, str, str, str], server: str, diag: str
) -> Message:
    """The human part of an Exchange non-delivery or delay report: plain plus HTML.

    `lines` is: headline, explanation, "diagnostic information" label, "generating server"
    label, and the sentence template around the remote server's answer.
    """
    head, reason, admin, server_label, returned = lines
    answer = returned.format(diag=diag)
    plain = f"{head}\n\n{reason}\n\n\n{admin}\n\n{server_label} {server}\n\n{b.rcpt}\n{answer}\n"
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n'
        f'<p style="font-family:Segoe UI,Arial;font-size:16pt;color:#C00000"><b>{html.escape(head, quote=False)}</b></p>\n'
        f'<p style="font-family:Segoe UI,Arial;font-size:11pt">{html.escape(reason, quote=False)}</p>\n'
        f'<p style="font-family:Segoe UI,Arial;font-size:11pt;color:#808080"><b>{html.escape(admin, quote=False)}</b></p>\n'
        f"<p>{html.escape(server_label)} {html.escape(server)}</p>\n"
        f"<p>{html.escape(b.rcpt)}<br>{html.escape(answer, quote=False)}</p>\n</body></html>\n"
    )
    return alternative(plain, markup, "utf-8", "qp")


def bounce_qmail(b: Bounce) -> Message:
    """qmail at the recipient's side: no MIME at all, the message copied below a line."""
    copy = b.reminder().as_string()
    content = (
        f"Hi. This is the qmail-send program at mail.{b.host}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "Sorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{LEDGER_ADDR}>\n"
        f"Received: (qmail {number(b.key, 'pid', 60000) + 1000} invoked from network); {format_datetime(b.sent() + timedelta(seconds=2))}\n"
        f"{copy}"
    )
    msg = Message()
    msg.set_payload(content)
    return finish(b, msg, f"MAILER-DAEMON@mail.{b.host}", "failure notice", extra=())


def bounce_gmail_domain(b: Bounce) -> Message:
    """Gmail: the domain no longer exists."""
    lines = [
        "** Address not found **",
        f"Your message wasn't delivered to {b.rcpt} because the domain {b.host} couldn't be found. Check for typos or unnecessary spaces and try again.",
        "The response was:",
        f"DNS Error: DNS type 'mx' lookup of {b.host} responded with code NXDOMAIN Domain name not found: {b.host}",
    ]
    plain = "\n\n".join(lines) + "\n"
    markup = (
        "<html><body>"
        + "".join(f"<p>{html.escape(x, quote=False)}</p>" for x in lines)
        + "</body></html>\n"
    )
    diag = f"DNS Error: DNS type 'mx' lookup of {b.host} responded with code NXDOMAIN"
    msg = report(
        alternative(plain, markup, "utf-8", "qp"),
        delivery_status(b, "googlemail.com", "failed", diag),
        returned_headers(b, "smtp-relay.gmail.com"),
    )
    return finish(
        b,
        msg,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
        extra=(("X-Failed-Recipients", b.rcpt), AUTO_REPLIED),
    )


def bounce_postfix_delay(b: Bounce) -> Message:
    """Postfix on the ledger's own server: a delay warning after four hours."""
    human = (
        f"This is the mail system at host {LEDGER_MTA}.\n\n"
        "####################################################################\n"
        "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
        "####################################################################\n\n"
        "Your message could not be delivered for more than 4 hour(s).\n"
        "It will be retried until it is 5 day(s) old.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\n"
        "delete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: connect to mx.{b.host}[192.0.2.61]:25:\n"
        "    Connection timed out\n"
    )
    queue = token(b.key, "queue", 11)
    msg = report(
        text_part(human, "plain", "us-ascii", "7bit"),
        delivery_status(
            b,
            LEDGER_MTA,
            "delayed",
            f"connect to mx.{b.host}[192.0.2.61]:25: Connection timed out",
            extra=(
                ("X-Postfix-Queue-ID", queue),
                ("X-Postfix-Sender", f"rfc822; {LEDGER_ADDR}"),
            ),
        ),
        returned_headers(b, LEDGER_MTA),
    )
    return finish(
        b,
        msg,
        f"MAILER-DAEMON@{LEDGER_MTA} (Mail Delivery System)",
        "Delayed Mail (still being retried)",
    )


def bounce_exchange_de_full(b: Bounce) -> Message:
    """Exchange in German: mailbox full, reported with a 5.x code."""
    diag = "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded"
    human = exchange_human(
        b,
        (
            f"Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden.",
            "Das Postfach des Empfängers ist voll und kann zurzeit keine Nachrichten annehmen. Versuchen Sie später, die Nachricht erneut zu senden, oder wenden Sie sich direkt an den Empfänger.",
            "Diagnoseinformationen für Administratoren:",
            "Generierender Server:",
            "Remoteserver hat '{diag}' zurückgegeben.",
        ),
        "FR3P281MB1544.DEUP281.PROD.OUTLOOK.example",
        diag,
    )
    msg = report(
        human,
        delivery_status(b, "FR3P281MB1544.DEUP281.PROD.OUTLOOK.example", "failed", diag),
        returned_headers(b, "FR3P281MB1544.DEUP281.PROD.OUTLOOK.example"),
    )
    return finish(
        b,
        msg,
        f"Microsoft Outlook <postmaster@{b.host}>",
        f"Unzustellbar: {b.subject()}",
    )


def bounce_exim_de(b: Bounce) -> Message:
    """Exim at a German hosting provider, with its bounce text translated; one text part."""
    copy = b.reminder().as_string()
    content = (
        f"Diese Nachricht wurde automatisch vom Mailserver mx01.hostnet-rhein.example erstellt.\n\n"
        "Ihre Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt werden.\n"
        "Dies ist ein dauerhafter Fehler. Folgende Adresse schlug fehl:\n\n"
        f"  {b.rcpt}\n"
        "    Das Postfach existiert nicht (Benutzer unbekannt).\n"
        f"    SMTP-Fehler vom entfernten Server nach RCPT TO:<{b.rcpt}>:\n"
        f"    550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown\n\n"
        "------ Dies ist eine Kopie der Nachricht einschließlich aller Kopfzeilen. ------\n\n"
        f"{copy}"
    )
    msg = text_part(content, "plain", "utf-8", "qp")
    return finish(
        b,
        msg,
        "Mail Delivery System <Mailer-Daemon@mx01.hostnet-rhein.example>",
        "Unzustellbare Nachricht: Rücksendung an den Absender",
        extra=(("X-Failed-Recipients", b.rcpt), AUTO_REPLIED),
    )


def bounce_fr_full(b: Bounce) -> Message:
    """A French provider's RFC 3464 report: mailbox full, still being retried."""
    human = (
        "Ceci est un message automatique du serveur de messagerie mx-relais.messagerie-pro.example.\n\n"
        "Votre message n'a pas encore pu être remis au destinataire suivant :\n\n"
        f"    {b.rcpt}\n\n"
        "Raison : la boîte aux lettres du destinataire est pleine (452 4.2.2 Mailbox full).\n\n"
        "Nous continuerons d'essayer de le distribuer pendant 48 heures. Vous n'avez rien à faire pour le moment ; si la distribution échoue définitivement, vous recevrez un nouvel avis.\n"
    )
    msg = report(
        text_part(human, "plain", "utf-8", "qp"),
        delivery_status(
            b,
            "mx-relais.messagerie-pro.example",
            "delayed",
            "452 4.2.2 Mailbox full",
            f"mx.{b.host}",
        ),
        returned_headers(b, "mx-relais.messagerie-pro.example"),
    )
    return finish(
        b,
        msg,
        "Service de messagerie <MAILER-DAEMON@mx-relais.messagerie-pro.example>",
        "Avis de retard de distribution",
    )


def bounce_exchange_fr(b: Bounce) -> Message:
    """Exchange in French: recipient not found, with the whole reminder returned."""
    diag = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    human = exchange_human(
        b,
        (
            f"Votre message n'a pas pu être remis à {b.rcpt}.",
            "Adresse introuvable. L'adresse e-mail que vous avez saisie n'existe pas. Vérifiez l'adresse du destinataire et renvoyez le message. Si le problème persiste, contactez votre support technique.",
            "Informations de diagnostic pour les administrateurs :",
            "Serveur de génération :",
            "Le serveur distant a renvoyé '{diag}'",
        ),
        "PAZP264MB2931.FRAP264.PROD.OUTLOOK.example",
        diag,
    )
    msg = report(
        human,
        delivery_status(b, "PAZP264MB2931.FRAP264.PROD.OUTLOOK.example", "failed", diag),
        returned_message(b),
    )
    return finish(b, msg, f"Microsoft Outlook <postmaster@{b.host}>", f"Non remis : {b.subject()}")


def bounce_exchange_es_policy(b: Bounce) -> Message:
    """Exchange in Spanish: a group that only accepts internal senders."""
    diag = "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized"
    human = exchange_human(
        b,
        (
            f"Su mensaje a {b.rcpt} no se pudo entregar.",
            f"El grupo {b.rcpt} solo acepta mensajes de personas de su organización o de remitentes autorizados, y su dirección no figura en esa lista. Póngase en contacto con el propietario del grupo si cree que debería poder enviarle mensajes.",
            "Información de diagnóstico para administradores:",
            "Servidor de generación:",
            "El servidor remoto devolvió '{diag}'",
        ),
        "MAD2P195MB0876.EURP195.PROD.OUTLOOK.example",
        diag,
    )
    msg = report(
        human,
        delivery_status(b, "MAD2P195MB0876.EURP195.PROD.OUTLOOK.example", "failed", diag),
        returned_headers(b, "MAD2P195MB0876.EURP195.PROD.OUTLOOK.example"),
    )
    return finish(
        b,
        msg,
        f"Microsoft Outlook <postmaster@{b.host}>",
        f"No se puede entregar: {b.subject()}",
    )


def bounce_es_greylist(b: Bounce) -> Message:
    """A Spanish relay's own delay notice: greylisting, one Latin-1 text part."""
    content = (
        "AVISO DE RETRASO EN LA ENTREGA\n\n"
        "Este es un mensaje automático del servidor de correo relay2.correo-iberica.example.\n\n"
        "Su mensaje para:\n\n"
        f"    {b.rcpt}\n\n"
        "todavía no ha podido ser entregado. El servidor de destino ha rechazado temporalmente la entrega con la respuesta:\n\n"
        "    451 4.7.1 Greylisted, please try again in 300 seconds\n\n"
        "Seguiremos intentándolo durante los próximos 3 días. No es necesario que vuelva a enviar el mensaje.\n\n"
        f"Asunto del mensaje original: {latin1(b.subject())}\n"
        f"Fecha del mensaje original: {format_datetime(b.sent())}\n"
    )
    msg = text_part(content, "plain", "iso-8859-1", "qp")
    return finish(
        b,
        msg,
        "Sistema de correo <postmaster@relay2.correo-iberica.example>",
        "Aviso: entrega de su mensaje aplazada",
    )


def bounce_nl_disabled(b: Bounce) -> Message:
    """A Dutch hosting provider: mailbox closed, notice plus the returned message, no DSN."""
    content = (
        f"Uw bericht kon niet worden afgeleverd bij de volgende ontvanger:\n\n"
        f"  {b.rcpt}\n"
        "  Reden: deze mailbox is opgeheven en neemt geen berichten meer aan.\n"
        "  Antwoord van de server: 550 5.2.1 Mailbox disabled, not accepting messages\n\n"
        "Dit is een permanente fout; het bericht wordt niet opnieuw verzonden.\n"
        "Uw oorspronkelijke bericht is bijgevoegd.\n\n"
        "-- \nMailserver mx2.hostingpartner.example\n"
    )
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(content, "plain", "utf-8", "8bit"))
    outer.attach(returned_message(b))
    return finish(
        b,
        outer,
        "Mail Delivery Subsystem <mailer-daemon@mx2.hostingpartner.example>",
        "Onbestelbaar bericht",
    )


def bounce_exchange_it_delay(b: Bounce) -> Message:
    """Exchange in Italian: a delivery delay notice."""
    diag = "400 4.4.7 Message delayed"
    human = exchange_human(
        b,
        (
            f"Il recapito del messaggio a {b.rcpt} è in ritardo.",
            f"Oggetto: {b.subject()}\nIl messaggio non è stato ancora recapitato. Il sistema continuerà a tentare per altre 24 ore e ti avviserà se non ci riuscirà. Non è necessario inviare di nuovo il messaggio.",
            "Informazioni di diagnostica per gli amministratori:",
            "Server di generazione:",
            "Il server remoto ha restituito '{diag}'",
        ),
        "MI2P193MB0412.EURP193.PROD.OUTLOOK.example",
        diag,
    )
    msg = report(
        human,
        delivery_status(b, "MI2P193MB0412.EURP193.PROD.OUTLOOK.example", "delayed", diag),
        returned_headers(b, "MI2P193MB0412.EURP193.PROD.OUTLOOK.example"),
    )
    return finish(
        b,
        msg,
        f"Microsoft Outlook <postmaster@{b.host}>",
        f"Recapito ritardato: {b.subject()}",
    )


def bounce_it_domain(b: Bounce) -> Message:
    """An Italian hosting provider: the domain is no longer hosted; Latin-1, 8bit, headers copied."""
    head = latin1(b.reminder_headers("mail.webhosting-italia.example"))
    content = (
        "Questo è un messaggio generato automaticamente dal sistema di posta.\n\n"
        "Non è stato possibile recapitare il messaggio al seguente destinatario:\n\n"
        f"<{b.rcpt}>\n"
        f"  Il dominio {b.host} non è più ospitato su questo server.\n"
        "  550 5.1.2 dominio non gestito da questo server (domain not hosted)\n\n"
        "Errore permanente: non verranno effettuati altri tentativi.\n\n"
        "--- Intestazioni del messaggio originale ---\n\n"
        f"{head}"
    )
    msg = text_part(content, "plain", "iso-8859-1", "8bit")
    return finish(
        b,
        msg,
        "Postmaster <postmaster@mail.webhosting-italia.example>",
        "Messaggio non recapitato",
    )


BOUNCES = [
    Bounce(
        "bo-en-qmail",
        "en",
        "hard",
        "5.1.1",
        "accounts@fernleigh-cleaning.example",
        "2029-04-03 09:07",
        "uk",
        "en",
        "SU-INV-84431",
        "384.00",
        bounce_qmail,
        note="qmail bounce: no MIME and no Auto-Submitted, status only as '(#5.1.1)'",
    ),
    Bounce(
        "bo-en-gmail",
        "en",
        "hard",
        "5.1.2",
        "accounts@willowdene-nursery.example",
        "2029-04-12 09:05",
        "uk",
        "en",
        "SU-INV-84538",
        "720.00",
        bounce_gmail_domain,
        note="domain gone (NXDOMAIN): hard",
    ),
    Bounce(
        "bo-en-postfix",
        "en",
        "soft",
        "4.4.1",
        "finance@harbourview-care.example",
        "2029-04-18 13:06",
        "uk",
        "en",
        "SU-INV-84640",
        "1654.00",
        bounce_postfix_delay,
        queued_hours=4,
        note="delay warning: connection timed out, still being retried",
    ),
    Bounce(
        "bo-de-exchange",
        "de",
        "soft",
        "5.2.2",
        "rechnungen@pflegedienst-lebensbaum.example",
        "2029-04-05 10:08",
        "ce",
        "de",
        "SU-INV-84486",
        "1218.00",
        bounce_exchange_de_full,
        note="mailbox full reported with a 5.x code: soft, the code is kept",
    ),
    Bounce(
        "bo-de-exim",
        "de",
        "hard",
        "5.1.1",
        "info@elektro-wagner-koeln.example",
        "2029-04-19 10:04",
        "ce",
        "de",
        "SU-INV-84658",
        "563.20",
        bounce_exim_de,
        note="Exim bounce translated by the provider, one text part",
    ),
    Bounce(
        "bo-fr-full",
        "fr",
        "soft",
        "4.2.2",
        "facturation@plomberie-durand.example",
        "2029-04-10 15:12",
        "ce",
        "fr",
        "SU-INV-84517",
        "846.00",
        bounce_fr_full,
        queued_hours=5,
        note="mailbox full, still being retried",
    ),
    Bounce(
        "bo-fr-exchange",
        "fr",
        "hard",
        "5.1.10",
        "direction@ehpad-les-mimosas.example",
        "2029-04-24 10:06",
        "ce",
        "fr",
        "SU-INV-84719",
        "2964.00",
        bounce_exchange_fr,
        note="recipient not found, whole reminder returned",
    ),
    Bounce(
        "bo-es-exchange",
        "es",
        "hard",
        "5.7.1",
        "facturas@colegio-los-pinos.example",
        "2029-04-04 10:09",
        "ce",
        "es",
        "SU-INV-84447",
        "1530.00",
        bounce_exchange_es_policy,
        note="policy: the group takes only internal senders; permanent for this sender, so hard",
    ),
    Bounce(
        "bo-es-greylist",
        "es",
        "soft",
        "4.7.1",
        "pedidos@ferreteria-lopez.example",
        "2029-04-17 11:40",
        "ce",
        "es",
        "SU-INV-84627",
        "392.60",
        bounce_es_greylist,
        queued_hours=1,
        note="greylisting is a temporary policy refusal: soft",
    ),
    Bounce(
        "bo-nl-disabled",
        "nl",
        "hard",
        "5.2.1",
        "administratie@schildersbedrijf-vos.example",
        "2029-04-13 10:05",
        "ce",
        "nl",
        "SU-INV-84554",
        "705.00",
        bounce_nl_disabled,
        note="mailbox closed; multipart/mixed notice without a DSN part",
    ),
    Bounce(
        "bo-it-exchange",
        "it",
        "soft",
        "4.4.7",
        "ufficio.acquisti@rsa-san-giuseppe.example",
        "2029-04-20 16:03",
        "ce",
        "it",
        "SU-INV-84673",
        "3390.00",
        bounce_exchange_it_delay,
        queued_hours=6,
        note="Exchange delay notice",
    ),
    Bounce(
        "bo-it-domain",
        "it",
        "hard",
        "5.1.2",
        "amministrazione@scuola-don-milani.example",
        "2029-04-26 10:04",
        "ce",
        "it",
        "SU-INV-84731",
        "1276.00",
        bounce_it_domain,
        note="domain no longer hosted; provider notice in 8-bit Latin-1",
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, file names, output and checks
# --------------------------------------------------------------------------------------------

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT = re.compile(r"^\d+\.\d{2}$")
INVOICE = re.compile(r"SU-INV-\d{5}")
LABEL_ORDER = ["file", "intent", *LABEL_KEYS, "invoice_refs", "language", "note"]


@dataclass
class Item:
    """One built message with its label and what the checks need to know about it."""

    key: str
    msg: Message
    label: dict[str, object]
    new_text: str
    zone: str


def mail_label(m: Mail) -> dict[str, object]:
    """The label of a hand-written message."""
    label: dict[str, object] = {"intent": m.intent, **dict.fromkeys(LABEL_KEYS)}
    label.update(m.labels.fields())
    label.update(invoice_refs=list(m.labels.refs), language=m.lang, note=m.labels.note)
    return label


def bounce_label(b: Bounce) -> dict[str, object]:
    """The label of a delivery report."""
    label: dict[str, object] = {"intent": "bounce", **dict.fromkeys(LABEL_KEYS)}
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


def all_items() -> list[Item]:
    """Every message of the corpus, built."""
    items = [Item(m.key, build_mail(m), mail_label(m), m.body, m.tz) for m in MAILS]
    items += [Item(b.key, b.render(b), bounce_label(b), "", b.zone) for b in BOUNCES]
    return items


def file_order(key: str) -> str:
    """Files are numbered by a seeded hash of the key, so a name says nothing about the label."""
    return hashlib.sha256(f"{SEED}:file:{key}".encode()).hexdigest()


def fail(name: str, problem: str) -> None:
    """Stop the build with a message."""
    raise SystemExit(f"{name}: {problem}")


def check_parsed(name: str, data: bytes, item: Item) -> None:
    """Parse a file back the way a consumer would and insist on a clean result."""
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            fail(name, f"no {header}")
    for header_name, value in msg.items():
        defects = getattr(value, "defects", ())
        if defects:
            fail(name, f"defects in {header_name}: {defects}")
        if "=?" in str(value) and header_name.lower() not in {"thread-index"}:
            fail(name, f"{header_name} not decoded: {value}")
    sent = msg["Date"].datetime
    if not isinstance(sent, datetime) or sent.utcoffset() != zone_offset(
        item.zone, sent.astimezone(UTC)
    ).utcoffset(None):
        fail(name, f"wrong offset in Date: {msg['Date']}")
    if not FIRST_DAY <= sent.date() <= LAST_DAY:
        fail(name, f"Date out of range: {msg['Date']}")
    seen_text = False
    for part in msg.walk():
        if part.defects:
            fail(name, f"MIME defects {part.defects}")
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if not isinstance(content, str) or "\ufffd" in content:
                fail(name, "text part did not decode cleanly")
            seen_text = True
    if not seen_text:
        fail(name, "no text part")
    if item.label["intent"] != "bounce" and item.new_text:
        body = msg.get_body(preferencelist=("plain", "html"))
        if body is None:
            fail(name, "no body")
        else:
            shown = (
                html.unescape(body.get_content())
                if body.get_content_subtype() == "html"
                else body.get_content()
            )
            first_line = item.new_text.split("\n", 1)[0]
            if (
                first_line not in shown.replace("\r\n", "\n")
                and flowed(first_line).split("\n", 1)[0] not in shown
            ):
                fail(name, "hand-written text not found in the body")


def check_label(name: str, label: dict[str, object], new_text: str, msg_text: str) -> None:
    """The label's shape and its agreement with the text."""
    if list(label) != LABEL_ORDER:
        fail(name, f"label keys {list(label)}")
    intent = str(label["intent"])
    if intent not in INTENTS or label["language"] not in LANGS:
        fail(name, "unknown intent or language")
    allowed = INTENT_FIELDS.get(intent, frozenset())
    for key in LABEL_KEYS:
        if label[key] is not None and key not in allowed:
            fail(name, f"{key} filled for {intent}")
    for key in ("promised_date", "paid_date", "return_date"):
        value = label[key]
        if value is not None:
            if not isinstance(value, str) or not ISO_DATE.match(value):
                fail(name, f"{key} not ISO")
            else:
                date.fromisoformat(value)
    if (label["amount"] is None) != (label["currency"] is None):
        fail(name, "amount and currency go together")
    if label["amount"] is not None and not AMOUNT.match(str(label["amount"])):
        fail(name, "amount not a plain decimal")
    if label["currency"] not in {None, "GBP", "EUR"}:
        fail(name, "currency not ISO")
    refs = label["invoice_refs"]
    if not isinstance(refs, list) or sorted(map(str, refs)) != sorted(
        set(INVOICE.findall(new_text))
    ):
        fail(name, f"invoice_refs {refs} do not match the new text")
    contact = label["new_contact"]
    if contact is not None and (
        str(contact) != str(contact).lower() or str(contact) not in new_text.lower()
    ):
        fail(name, "new_contact must be lower case and written in the new text")
    if intent == "bounce":
        if label["bounce_kind"] not in {"hard", "soft"}:
            fail(name, "bounce_kind")
        if (
            str(label["failed_recipient"]) not in msg_text
            or str(label["bounce_status"]) not in msg_text
        ):
            fail(name, "failed recipient or status not in the report")


def count_table(labels: list[dict[str, object]]) -> str:
    """The intent × language table, as in the README."""
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
    """12 per intent, the language totals, and every cell as even as the totals allow."""
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    for intent in INTENTS:
        if sum(cells[intent, lang] for lang in LANGS) != PER_INTENT:
            fail("counts", f"{intent} does not have {PER_INTENT}")
        spread = [cells[intent, lang] for lang in LANGS if lang != "en"]
        if max(spread) - min(spread) > 1 or cells[intent, "en"] != LANG_TOTALS["en"] // len(
            INTENTS
        ):
            fail("counts", f"{intent} is not spread evenly")
    for lang, total in LANG_TOTALS.items():
        if sum(cells[i, lang] for i in INTENTS) != total:
            fail("counts", f"{lang} does not total {total}")


def write_all() -> list[dict[str, object]]:
    """Build, write and check every file; return the labels in file order."""
    items = sorted(all_items(), key=lambda item: file_order(item.key))
    keys = [item.key for item in items]
    if len(set(keys)) != len(keys):
        fail("keys", "duplicate keys")
    invoices = [m.inv for m in MAILS] + [b.inv for b in BOUNCES]
    if len(set(invoices)) != len(invoices):
        fail("invoices", "two messages chase the same invoice")
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[dict[str, object]] = []
    for n, item in enumerate(items, start=1):
        name = f"{PREFIX}-{n:03d}.eml"
        data = item.msg.as_bytes()
        check_parsed(name, data, item)
        label = {"file": name, **item.label}
        check_label(name, label, item.new_text, data.decode("ascii", "replace"))
        (HERE / name).write_bytes(data)
        labels.append(label)
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels


def main() -> int:
    """Rebuild the corpus and print the count table."""
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: hard {kinds['hard']}, soft {kinds['soft']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
