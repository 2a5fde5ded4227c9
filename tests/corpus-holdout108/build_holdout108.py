# ruff: noqa: C901, E501, PLR0912, PLR0917, RUF001
# Hand-written mail text keeps one paragraph a line, as clients send it, with the typographic
# dashes and quotes that people and their mail clients really produce.
"""Build held-out reply corpus 108: ``h108-NNN.eml`` files and ``labels.jsonl``.

Bramblewood Kennels & Cattery chases overdue invoices from its accounts mailbox. Each message
here is something that came back to that mailbox: a customer's reply, an auto-reply, a ticket
acknowledgement, a payment advice or a delivery report. The new text of every message is written
out by hand below. The script only adds what a mail client or a mail server would add: the quoted
reminder (in the client's layout and language), headers, MIME structure, charsets, transfer
encodings and the machine parts of delivery reports.

Run it from anywhere: it rebuilds every file next to itself, deterministically, parses each one
back, checks the labels and prints the count table.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import sys
import textwrap
from base64 import b32encode, b64encode, urlsafe_b64encode
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.headerregistry import BaseHeader
from email.message import Message
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = "bramblewood-holdout-108"
PREFIX = "h108"
AR_NAME = "Bramblewood Accounts"
AR_ADDR = "accounts@bramblewood-kennels.example"
AR_DOMAIN = "bramblewood-kennels.example"
UK = timezone(timedelta(hours=1))  # British Summer Time
CE = timezone(timedelta(hours=2))  # Central European Summer Time
FIRST_DAY = date(2029, 5, 7)
LAST_DAY = date(2029, 6, 1)
UK_BANK_HOLIDAYS = frozenset({date(2029, 5, 7), date(2029, 5, 28)})

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
KEY_PREFIX = {
    "ps": "payment_sent",
    "pp": "promise_to_pay",
    "dp": "dispute",
    "pl": "payment_plan",
    "ir": "invoice_request",
    "wc": "wrong_contact",
    "us": "unsubscribe",
    "ar": "auto_reply",
    "bo": "bounce",
    "ot": "other",
}
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
# The fields each intent may fill; every other field stays null.
INTENT_FIELDS: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "amount", "currency"}),
    "auto_reply": frozenset({"return_date"}),
    "wrong_contact": frozenset({"new_contact"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
}
# Messages per intent and language, in the order of LANGS.
PLAN: dict[str, tuple[int, ...]] = {
    "payment_sent": (3, 1, 2, 2, 2, 2),
    "promise_to_pay": (3, 2, 1, 2, 2, 2),
    "dispute": (3, 2, 2, 1, 2, 2),
    "payment_plan": (3, 2, 2, 2, 1, 2),
    "invoice_request": (3, 2, 2, 2, 2, 1),
    "wrong_contact": (3, 1, 2, 2, 2, 2),
    "unsubscribe": (3, 2, 1, 2, 2, 2),
    "auto_reply": (3, 2, 2, 1, 2, 2),
    "bounce": (3, 2, 2, 2, 1, 2),
    "other": (3, 2, 2, 2, 2, 1),
}

Label = dict[str, str | list[str] | None]


def txt(block: str) -> str:
    """A hand-written block of text, dedented and without its surrounding blank lines."""
    return textwrap.dedent(block).strip("\n")


# --------------------------------------------------------------------------------------------
# Locale data: how each client writes dates, attributions and quote headers
# --------------------------------------------------------------------------------------------

WEEKDAY = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
}
WEEKDAY_ABBR = {
    "en": "Mon Tue Wed Thu Fri Sat Sun",
    "de": "Mo. Di. Mi. Do. Fr. Sa. So.",
    "fr": "lun. mar. mer. jeu. ven. sam. dim.",
    "es": "lun mar mié jue vie sáb dom",
    "nl": "ma di wo do vr za zo",
    "it": "lun mar mer gio ven sab dom",
}
MONTH = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
}
MONTH_ABBR = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}
GMAIL_ATTRIBUTION = {
    "en": "On {wda}, {d} {mona} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {wda}, {d}. {mona} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wda} {d} {mona} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
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
    "es": "El {d}/{m}/{yy} a las {H}:{mm}, {name} escribió:",
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
# Separator line, then the labels of From, Sent, To and Subject, then what follows a label.
OUTLOOK_HEAD: dict[str, tuple[str, tuple[str, str, str, str], str]] = {
    "en": ("-----Original Message-----", ("From", "Sent", "To", "Subject"), ": "),
    "de": (
        "-----Ursprüngliche Nachricht-----",
        ("Von", "Gesendet", "An", "Betreff"),
        ": ",
    ),
    "fr": ("-----Message d'origine-----", ("De", "Envoyé", "À", "Objet"), " : "),
    "es": ("-----Mensaje original-----", ("De", "Enviado el", "Para", "Asunto"), ": "),
    "nl": (
        "-----Oorspronkelijk bericht-----",
        ("Van", "Verzonden", "Aan", "Onderwerp"),
        ": ",
    ),
    "it": ("-----Messaggio originale-----", ("Da", "Inviato", "A", "Oggetto"), ": "),
}
OUTLOOK_REPLY_PREFIX = {
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
# The reminder every reply answers, in the six languages Bramblewood sends it in
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – Bramblewood Kennels & Cattery",
    "de": "Überfällige Rechnung {inv} – Bramblewood Kennels & Cattery",
    "fr": "Facture échue {inv} – Bramblewood Kennels & Cattery",
    "es": "Factura vencida {inv} – Bramblewood Kennels & Cattery",
    "nl": "Vervallen factuur {inv} – Bramblewood Kennels & Cattery",
    "it": "Fattura scaduta {inv} – Bramblewood Kennels & Cattery",
}
IBAN = "GB47 BRMB 4027 1661 9384 20"
BIC = "BRMBGB2L"
PAY_BY = {
    "GBP": "Please pay by bank transfer to Bramblewood Kennels & Cattery Ltd, sort code 40-27-16, account 61938420, quoting the invoice number, or ring us on 01632 960733 to pay by card.",
    "EUR": f"Please pay by bank transfer in euro to IBAN {IBAN} (BIC {BIC}), quoting the invoice number.",
}
REMINDER_BODY = {
    "en": txt(
        """
        Hello,

        We hope your animals are keeping well. According to our records the invoice below is now past its due date:

            {inv}    issued {issued}    due {due}    balance {amt}

        {pay}

        If you have paid in the last few days, thank you, and please ignore this email. If anything on the invoice looks wrong, just reply and we will look into it.

        Warm regards,

        Accounts
        Bramblewood Kennels & Cattery
        Old Forge Lane, Upper Bramley
        accounts@bramblewood-kennels.example
        """
    ),
    "de": txt(
        f"""
        Guten Tag,

        wir hoffen, Ihren Tieren geht es gut. Nach unseren Unterlagen ist die folgende Rechnung inzwischen überfällig:

            {{inv}}    Rechnungsdatum {{issued}}    fällig {{due}}    offen {{amt}}

        Bitte überweisen Sie den Betrag unter Angabe der Rechnungsnummer auf unser Euro-Konto: IBAN {IBAN}, BIC {BIC}.

        Falls Sie in den letzten Tagen bereits gezahlt haben, vielen Dank – dann ist diese Nachricht hinfällig. Wenn an der Rechnung etwas nicht stimmt, antworten Sie einfach auf diese E-Mail.

        Freundliche Grüße

        Buchhaltung
        Bramblewood Kennels & Cattery
        """
    ),
    "fr": txt(
        f"""
        Bonjour,

        Nous espérons que vos compagnons se portent bien. D'après nos écritures, la facture ci-dessous n'a pas encore été réglée :

            {{inv}}    émise le {{issued}}    échéance {{due}}    solde {{amt}}

        Le règlement peut se faire par virement en euros sur l'IBAN {IBAN} (BIC {BIC}), en rappelant le numéro de facture.

        Si vous avez payé ces derniers jours, merci, et ne tenez pas compte de ce message. Si quelque chose vous semble inexact sur la facture, répondez simplement à ce courriel.

        Bien cordialement,

        Service comptabilité
        Bramblewood Kennels & Cattery
        """
    ),
    "es": txt(
        f"""
        Hola:

        Esperamos que sus animales estén bien. Según nuestra contabilidad, la siguiente factura está pendiente de pago:

            {{inv}}    emitida el {{issued}}    vencimiento {{due}}    importe pendiente {{amt}}

        Puede abonarla por transferencia en euros al IBAN {IBAN} (BIC {BIC}), indicando el número de factura.

        Si ha pagado en los últimos días, gracias, y disculpe la molestia. Si algo de la factura no le parece correcto, responda a este correo y lo revisaremos.

        Un cordial saludo,

        Contabilidad
        Bramblewood Kennels & Cattery
        """
    ),
    "nl": txt(
        f"""
        Goedendag,

        We hopen dat het goed gaat met uw dieren. Volgens onze administratie is onderstaande factuur nog niet voldaan:

            {{inv}}    factuurdatum {{issued}}    vervaldatum {{due}}    openstaand {{amt}}

        U kunt in euro overmaken naar IBAN {IBAN} (BIC {BIC}) onder vermelding van het factuurnummer.

        Heeft u de afgelopen dagen al betaald, dan danken wij u en kunt u dit bericht negeren. Klopt er iets niet aan de factuur, antwoord dan gewoon op deze e-mail.

        Met vriendelijke groet,

        Administratie
        Bramblewood Kennels & Cattery
        """
    ),
    "it": txt(
        f"""
        Buongiorno,

        speriamo che i vostri animali stiano bene. Dalla nostra contabilità risulta ancora aperta la seguente fattura:

            {{inv}}    emessa il {{issued}}    scadenza {{due}}    da saldare {{amt}}

        Potete effettuare il bonifico in euro sull'IBAN {IBAN} (BIC {BIC}), indicando il numero della fattura.

        Se avete già pagato negli ultimi giorni, grazie, e scusate il disturbo. Se qualcosa nella fattura non vi torna, rispondete pure a questa e-mail.

        Cordiali saluti,

        Amministrazione
        Bramblewood Kennels & Cattery
        """
    ),
}
DATE_STYLE = {
    "en": "{dd}/{mo}/{y}",
    "de": "{dd}.{mo}.{y}",
    "fr": "{dd}/{mo}/{y}",
    "es": "{dd}/{mo}/{y}",
    "nl": "{dd}-{mo}-{y}",
    "it": "{dd}/{mo}/{y}",
}
LATIN1_FIXES = {"–": "-", "€": "EUR", "’": "'", "“": '"', "”": '"', "…": "..."}


def invoice_number(short: str) -> str:
    """Bramblewood's full invoice number for a four-digit sequence number."""
    return f"BWK/2029/{short}"


def date_parts(loc: str, moment: datetime | date) -> dict[str, str]:
    """The pieces clients build dates from, in one locale."""
    parts = {
        "wd": WEEKDAY[loc].split()[moment.weekday()],
        "wda": WEEKDAY_ABBR[loc].split()[moment.weekday()],
        "mon": MONTH[loc].split()[moment.month - 1],
        "mona": MONTH_ABBR[loc].split()[moment.month - 1],
        "d": str(moment.day),
        "dd": f"{moment.day:02d}",
        "m": str(moment.month),
        "mo": f"{moment.month:02d}",
        "y": str(moment.year),
        "yy": f"{moment.year % 100:02d}",
    }
    if isinstance(moment, datetime):
        parts |= {
            "H": str(moment.hour),
            "HH": f"{moment.hour:02d}",
            "mm": f"{moment.minute:02d}",
        }
    return parts


def render(template: str, loc: str, moment: datetime | date, **extra: str) -> str:
    """Fill a locale template with the parts of a date and any extra fields."""
    return template.format(**date_parts(loc, moment), **extra)


def money(amount: str, currency: str, loc: str) -> str:
    """An amount as the reminder shows it in one locale."""
    units, cents = amount.split(".")
    groups = f"{int(units):,}"
    if loc == "en":
        return ("£" if currency == "GBP" else "€") + f"{groups}.{cents}"
    sep = " " if loc == "fr" else "."
    value = groups.replace(",", sep) + "," + cents
    return f"€ {value}" if loc in {"nl", "it"} else f"{value} €"


def latin1(text: str) -> str:
    """What a Latin-1 client makes of characters that Latin-1 lacks."""
    for bad, good in LATIN1_FIXES.items():
        text = text.replace(bad, good)
    return text


def previous_working_day(day: date) -> date:
    """The last UK working day before ``day``."""
    day -= timedelta(days=1)
    while day.weekday() >= 5 or day in UK_BANK_HOLIDAYS:
        day -= timedelta(days=1)
    return day


def digest(salt: str, key: str) -> bytes:
    """A stable 32-byte digest of a message key."""
    return hashlib.sha256(f"{SEED}|{salt}|{key}".encode()).digest()


def token(salt: str, key: str, size: int) -> str:
    """A stable base32 token of ``size`` characters."""
    return b32encode(digest(salt, key)).decode()[:size]


def reminder_message_id(key: str) -> str:
    """The Message-ID of the reminder a message answers (or that bounced)."""
    return f"<{token('reminder', key, 20).lower()}@{AR_DOMAIN}>"


# --------------------------------------------------------------------------------------------
# MIME helpers
# --------------------------------------------------------------------------------------------


def body_charset(name: str, cte: str) -> Charset:
    """A charset object that applies the transfer encoding the client chose."""
    charset = Charset(name)
    if cte == "qp":
        charset.body_encoding = QP
    elif cte == "b64":
        charset.body_encoding = BASE64
    else:  # 8bit or 7bit: no transfer encoding
        charset.body_encoding = None  # type: ignore[assignment]
    return charset


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """One text part; raises if the hand-written text does not fit its charset."""
    text.encode(charset)
    part = Message()
    part["Content-Type"] = f"text/{subtype}"
    part.set_payload(text, body_charset(charset, cte))
    return part


def alternative(plain: Message, markup: Message) -> Message:
    """A multipart/alternative of a plain and an HTML part."""
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(markup)
    return outer


def header_value(value: str, charset: str, name: str = "Subject") -> str:
    """A header value as the client sends it: RFC 2047 encoded words when it is not ASCII."""
    if value.isascii():
        return value
    enc = charset if charset in {"iso-8859-1", "windows-1252"} else "utf-8"
    try:
        value.encode(enc)
    except UnicodeEncodeError:
        enc = "utf-8"
    return Header(value, enc, header_name=name).encode()


def mailbox(name: str, addr: str, charset: str = "utf-8") -> str:
    """A From/To/Cc mailbox, with an encoded display name where it needs one."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{header_value(name, charset, 'From')} <{addr}>"


def html_text(text: str) -> str:
    """Text lines as HTML with <br> line breaks."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_blocks(text: str) -> str:
    """Paragraphs of text as <div> blocks, the way webmail writes them."""
    return "\n".join(f"<div>{html_text(par)}</div><div><br></div>" for par in text.split("\n\n"))


def word_paragraphs(text: str) -> str:
    """Text lines as Word's MsoNormal paragraphs."""
    rows = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False).replace("  ", " &nbsp;") if line else "&nbsp;"
        rows.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(rows)


def quoted(text: str) -> str:
    """Lines quoted with '>' the way most clients quote plain text."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def flowed_line(line: str, room: int) -> list[str]:
    """One logical line cut into format=flowed segments (soft breaks keep a trailing space)."""
    if len(line) <= room:
        return [line]
    segments: list[str] = []
    current = ""
    for word in line.split(" "):
        if current and len(current) + len(word) > room:
            segments.append(current)
            current = ""
        current += word + " "
    segments.append(current[:-1])
    return segments


def flowed(body: str, quote: str) -> str:
    """A reply body and a quoted text in RFC 3676 format=flowed, as Thunderbird writes it."""
    out: list[str] = []
    for raw in body.split("\n"):
        line = raw.rstrip(" ")
        if line.startswith((" ", ">", "From ")):
            line = " " + line  # space-stuffing
        out.extend(flowed_line(line, 72))
    for raw in quote.split("\n"):
        out.extend(f"> {seg}" if seg else ">" for seg in flowed_line(raw.rstrip(" "), 70))
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------------------------
# Message specifications
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """One hand-written message that reaches the accounts mailbox, and its labels.

    ``key`` is ``<intent prefix>-<language>-<n>``. ``when`` is the sender's local time;
    UK senders are on BST and everyone else on CEST. ``inv`` and ``amount`` describe the
    reminder being answered. ``refs`` are the invoice numbers the sender wrote (four digits).
    """

    key: str
    when: str
    sender: tuple[str, str]
    client: str
    text: str
    fields: Mapping[str, str] = field(default_factory=dict)
    refs: tuple[str, ...] = ()
    note: str | None = None
    inv: str = "0417"
    amount: str = "0.00"
    rlang: str = ""
    uk: bool | None = None
    charset: str = "utf-8"
    cte: str = ""
    subject: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    cc: str = ""
    threaded: bool = True

    @property
    def intent(self) -> str:
        """The intent, from the key prefix."""
        return KEY_PREFIX[self.key.split("-")[0]]

    @property
    def lang(self) -> str:
        """The language of the message, from the key."""
        return self.key.split("-")[1]

    @property
    def in_uk(self) -> bool:
        """Whether the sender is in the UK (English writers unless told otherwise)."""
        return self.lang == "en" if self.uk is None else self.uk

    @property
    def dt(self) -> datetime:
        """The Date of the message, in the sender's own offset."""
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M").replace(
            tzinfo=UK if self.in_uk else CE
        )

    @property
    def reminder_lang(self) -> str:
        """The language of the reminder being answered."""
        return self.rlang or self.lang

    @property
    def currency(self) -> str:
        """The currency the customer is invoiced in."""
        return "GBP" if self.in_uk else "EUR"

    @property
    def transfer_encoding(self) -> str:
        """The body transfer encoding: the writer's choice or the client's default."""
        return self.cte or CLIENT_CTE.get(self.client, "qp")


@dataclass(frozen=True)
class Quote:
    """The reminder as the replying client shows it, in the client's language."""

    text: str
    subject: str
    sent: datetime
    loc: str
    to: str


def reminder_subject(lang: str, inv: str) -> str:
    """The subject line of a reminder."""
    return REMINDER_SUBJECT[lang].format(inv=invoice_number(inv))


def reminder_text(lang: str, inv: str, amount: str, currency: str, sent: date) -> str:
    """The body of a reminder for one invoice."""
    due = sent - timedelta(days=12 + int(inv) % 9)
    issued = due - timedelta(days=30)
    return REMINDER_BODY[lang].format(
        inv=invoice_number(inv),
        issued=render(DATE_STYLE[lang], lang, issued),
        due=render(DATE_STYLE[lang], lang, due),
        amt=money(amount, currency, lang),
        pay=PAY_BY[currency],
    )


def reminder_sent(r: Reply) -> datetime:
    """When the reminder went out.

    Replies answer a reminder sent on the UK working day before, just after half past eight;
    automatic notices answer within a minute or two.
    """
    if r.client.startswith("notice"):
        return (r.dt - timedelta(minutes=1 + int(r.inv) % 3)).replace(second=7)
    day = previous_working_day(r.dt.date())
    minute = 30 + digest("sent", r.key)[0] % 25
    return datetime(day.year, day.month, day.day, 8, minute, 11, tzinfo=UK)


def make_quote(r: Reply) -> Quote:
    """The quoted reminder, as the replying client renders it."""
    sent_uk = reminder_sent(r)
    sent = sent_uk.astimezone(r.dt.tzinfo)
    text = reminder_text(r.reminder_lang, r.inv, r.amount, r.currency, sent_uk.date())
    subject = reminder_subject(r.reminder_lang, r.inv)
    if r.charset == "iso-8859-1":
        text, subject = latin1(text), latin1(subject)
    to = formataddr(r.sender) if r.sender[0].isascii() else f"{r.sender[0]} <{r.sender[1]}>"
    return Quote(text, subject, sent, r.lang, to)


# --------------------------------------------------------------------------------------------
# Clients: what each one wraps around the hand-written text
# --------------------------------------------------------------------------------------------


def outlook_lines(q: Quote) -> list[str]:
    """Outlook's From/Sent/To/Subject block above the quoted text."""
    _, labels, sep = OUTLOOK_HEAD[q.loc]
    values = (
        f"{AR_NAME} <{AR_ADDR}>",
        render(OUTLOOK_SENT[q.loc], q.loc, q.sent),
        q.to,
        q.subject,
    )
    return [f"{label}{sep}{value}" for label, value in zip(labels, values, strict=True)]


def word_document(r: Reply, q: Quote) -> str:
    """Outlook's Word-generated HTML: the reply, the divider and the quoted reminder."""
    _, labels, sep = OUTLOOK_HEAD[q.loc]
    rows = [line.split(sep, 1)[1] for line in outlook_lines(q)]
    head = "<br>\n".join(
        f"<b>{html.escape(label + sep.rstrip())}</b> {html.escape(value)}"
        for label, value in zip(labels, rows, strict=True)
    )
    lang = CONTENT_LANGUAGE[r.lang].upper()
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle19 {mso-style-type:personal-reply; color:windowtext;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style>\n</head>\n"
        f'<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
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


def client_outlook(r: Reply, q: Quote) -> Message:
    """Outlook desktop, plain text, with the localised 'Original Message' block."""
    separator = OUTLOOK_HEAD[q.loc][0]
    block = "\n".join([separator, *outlook_lines(q)])
    return text_part(f"{r.text}\n\n{block}\n\n{q.text}\n", "plain", r.charset, r.transfer_encoding)


def client_outlook_html(r: Reply, q: Quote) -> Message:
    """Outlook desktop, HTML: Word markup with the divider, plus Outlook's plain alternative."""
    plain = "\n".join([r.text, "", *outlook_lines(q), "", q.text, ""])
    return alternative(
        text_part(plain, "plain", r.charset, r.transfer_encoding),
        text_part(word_document(r, q), "html", r.charset, r.transfer_encoding),
    )


def client_html_only(r: Reply, q: Quote) -> Message:
    """An Outlook message sent as HTML with no plain alternative."""
    return text_part(word_document(r, q), "html", r.charset, r.transfer_encoding)


def client_android(r: Reply, q: Quote) -> Message:
    """Outlook for Android: base64 plain text, the localised app link and a rule."""
    block = "\n".join(outlook_lines(q))
    text = f"{r.text}\n\n{ANDROID_SIGNATURE[q.loc]}\n{'_' * 32}\n{block}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def gmail_line(q: Quote) -> str:
    """Gmail's attribution line in the sender's language."""
    return render(GMAIL_ATTRIBUTION[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def client_gmail(r: Reply, q: Quote) -> Message:
    """Gmail: multipart/alternative, HTML with the gmail_quote blockquote."""
    line = gmail_line(q)
    plain = f"{r.text}\n\n{line}\n\n{quoted(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_blocks(r.text)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(line)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_blocks(q.text)}</blockquote></div>\n"
    )
    return alternative(
        text_part(plain, "plain", r.charset, r.transfer_encoding),
        text_part(markup, "html", r.charset, r.transfer_encoding),
    )


def client_gmail_plain(r: Reply, q: Quote) -> Message:
    """Gmail in plain-text mode: attribution line and '>' quoting."""
    return text_part(
        f"{r.text}\n\n{gmail_line(q)}\n\n{quoted(q.text)}\n",
        "plain",
        r.charset,
        r.transfer_encoding,
    )


def apple_line(q: Quote) -> str:
    """Apple Mail's attribution line."""
    return render(APPLE_ATTRIBUTION[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def client_apple(r: Reply, q: Quote) -> Message:
    """Apple Mail on a Mac, plain text."""
    return text_part(
        f"{r.text}\n\n{apple_line(q)}\n\n{quoted(q.text)}\n",
        "plain",
        r.charset,
        r.transfer_encoding,
    )


def client_iphone(r: Reply, q: Quote) -> Message:
    """iPhone Mail: the localised signature, then the attribution inside the quote."""
    text = f"{r.text}\n\n{IPHONE_SIGNATURE[q.loc]}\n\n{quoted(apple_line(q) + chr(10) + chr(10) + q.text)}\n"
    return text_part(text, "plain", r.charset, r.transfer_encoding)


def client_thunderbird(r: Reply, q: Quote) -> Message:
    """Thunderbird: format=flowed plain text with its short attribution line."""
    line = render(THUNDERBIRD_ATTRIBUTION[q.loc], q.loc, q.sent, name=AR_NAME)
    part = text_part(flowed(f"{r.text}\n\n{line}", q.text), "plain", r.charset, r.transfer_encoding)
    part.set_param("format", "flowed")
    return part


def client_notice(r: Reply, q: Quote) -> Message:
    """An automatic notice: plain text, quotes nothing."""
    del q
    return text_part(r.text + "\n", "plain", r.charset, r.transfer_encoding)


def client_notice_html(r: Reply, q: Quote) -> Message:
    """An automatic notice as multipart/alternative with simple paragraphs (Exchange style)."""
    del q
    paragraphs = "\n".join(f"<p>{html_text(par)}</p>" for par in r.text.split("\n\n"))
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head>\n'
        f'<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n{paragraphs}\n</div></body></html>\n'
    )
    return alternative(
        text_part(r.text + "\n", "plain", r.charset, r.transfer_encoding),
        text_part(markup, "html", r.charset, r.transfer_encoding),
    )


def client_notice_table(r: Reply, q: Quote) -> Message:
    """A finance system's advice: plain text plus the same text preformatted in HTML."""
    del q
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head>\n'
        f"<body><pre style=\"font-family:Consolas,'Courier New',monospace;font-size:10pt\">{html.escape(r.text, quote=False)}</pre></body></html>\n"
    )
    return alternative(
        text_part(r.text + "\n", "plain", r.charset, r.transfer_encoding),
        text_part(markup, "html", r.charset, r.transfer_encoding),
    )


CLIENTS: dict[str, Callable[[Reply, Quote], Message]] = {
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
    "notice_table": client_notice_table,
}
CLIENT_CTE = {"android": "b64", "thunderbird": "8bit"}
OUTLOOK_CLIENTS = frozenset({"outlook", "outlook_html", "html_only", "android"})
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3826.500.181.1.5)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22F76)"),),
    "thunderbird": (
        ("User-Agent", "Mozilla Thunderbird 128.10.1esr (Windows NT 10.0; Win64; x64)"),
    ),
}
BOUNDARY_STYLE = {
    "gmail": "000000000000",
    "apple": "Apple-Mail=_",
    "iphone": "Apple-Mail-",
    "bounce": "----=_NDR_",
}


def reply_subject(r: Reply, q: Quote) -> str:
    """The Subject line: the client's reply prefix, or what the writer typed instead."""
    prefix = OUTLOOK_REPLY_PREFIX[r.lang] if r.client in OUTLOOK_CLIENTS else "Re: "
    standard = prefix + q.subject
    return r.subject.format(re=standard, orig=q.subject) if r.subject else standard


def reply_message_id(r: Reply) -> str:
    """A Message-ID shaped like the client's own, derived from the message key."""
    raw = digest("message-id", r.key)
    domain = r.sender[1].split("@")[1]
    if r.client in {"gmail", "gmail_plain"}:
        return f"<CAK{urlsafe_b64encode(raw).decode().rstrip('=')[:38]}@mail.gmail.com>"
    if r.client in OUTLOOK_CLIENTS:
        host = token("host", r.key, 4)
        return f"<{token('ms', r.key, 20)}@{host}P195MB{raw[1]:04d}.EURP195.PROD.OUTLOOK.COM>"
    if r.client in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if r.client == "thunderbird":
        h = raw.hex()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if r.client == "notice_html":  # Exchange automatic replies
        return f"<{token('oof', r.key, 20)}@{token('host', r.key, 4)}P195MB{raw[1]:04d}.EURP195.PROD.OUTLOOK.COM>"
    return f"<{raw.hex()[:16]}.{int.from_bytes(raw[16:20], 'big')}@{domain}>"


def outlook_extra(r: Reply, q: Quote) -> list[tuple[str, str]]:
    """The Exchange headers Outlook adds to a reply."""
    return [
        ("Thread-Topic", header_value(q.subject, r.charset, "Thread-Topic")),
        ("Thread-Index", b64encode(digest("thread", r.key)[:22]).decode()),
        ("Accept-Language", f"{CONTENT_LANGUAGE[r.lang]}, en-US"),
        ("Content-Language", CONTENT_LANGUAGE[r.lang]),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def headers_last(msg: Message) -> None:
    """Put MIME-Version and the content headers below the others, as clients do."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "Content-Type" in msg and "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
        headers_last(msg)


def drop_inner_versions(part: Message, *, top: bool = True) -> None:
    """Only a message's top level (and a returned message's) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    if part.is_multipart():
        for sub in part.get_payload():
            if isinstance(sub, Message):
                drop_inner_versions(sub, top=part.get_content_type() == "message/rfc822")


def set_boundaries(msg: Message, key: str, style: str) -> None:
    """Fixed boundaries, shaped like the producing client's own."""
    prefix = BOUNDARY_STYLE.get(style, "_000_" if style in OUTLOOK_CLIENTS else "------------")
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        if style == "gmail":  # Gmail: twelve zeros and sixteen hex digits
            part.set_boundary(prefix + digest(f"boundary{n}", key).hex()[:16])
        else:
            part.set_boundary(prefix + token(f"boundary{n}", key, 24))


def finish(msg: Message, key: str, style: str) -> Message:
    """Header order, MIME-Version placement and boundaries."""
    headers_last(msg)
    drop_inner_versions(msg)
    set_boundaries(msg, key, style)
    return msg


def build_reply(r: Reply) -> Message:
    """The full message for a hand-written reply or notice."""
    q = make_quote(r)
    msg = CLIENTS[r.client](r, q)
    msg["From"] = mailbox(*r.sender, charset=r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    if r.cc:
        msg["Cc"] = r.cc
    msg["Subject"] = header_value(reply_subject(r, q), r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_message_id(r)
    if r.threaded:
        msg["In-Reply-To"] = reminder_message_id(r.key)
        msg["References"] = reminder_message_id(r.key)
    extra = outlook_extra(r, q) if r.client in OUTLOOK_CLIENTS else []
    for name, value in [*extra, *CLIENT_HEADERS.get(r.client, ()), *r.headers]:
        msg[name] = value
    return finish(msg, r.key, r.client)


AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "All")


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

PAYMENT_SENT = [
    Reply(
        key="ps-en-1",
        when="2029-05-08 19:42",
        sender=("Gareth Pryce", "garethpryce.walks@gmail.com"),
        client="iphone",
        text="Paid.",
        note="one word from a phone, answering the reminder; no date given",
        inv="0391",
        amount="168.00",
    ),
    Reply(
        key="ps-en-2",
        when="2029-05-11 06:15",
        sender=(
            "Ashcombe District Council - Payments",
            "ap.remittances@ashcombe-dc.example",
        ),
        client="notice_table",
        text=txt(
            """
            ASHCOMBE DISTRICT COUNCIL
            Financial Services - Accounts Payable

            REMITTANCE ADVICE

            Supplier:        BRAMBLEWOOD KENNELS & CATTERY LTD  (supplier no. 204877)
            Payment date:    11/05/2029
            Payment method:  BACS
            Payment ref:     PAY-0029114

            Your invoice     Our order      Invoice date       Amount GBP
            BWK/2029/0372    PO 88104212    19/03/2029           1,140.00
            BWK/2029/0398    PO 88104212    03/04/2029             936.00
                                                         Total   2,076.00

            Funds should reach your account within three working days of the payment date.

            This advice was produced automatically. Replies to this address are not read. For payment queries please write to creditors@ashcombe-dc.example quoting your supplier number.
            """
        ),
        fields={
            "paid_date": "2029-05-11",
            "payment_reference": "PAY-0029114",
            "amount": "2076.00",
            "currency": "GBP",
        },
        refs=("0372", "0398"),
        note="automatic remittance advice from a council's finance system; the amount is the total of both invoices",
        inv="0372",
        amount="1140.00",
        subject="Remittance advice PAY-0029114 - BRAMBLEWOOD KENNELS & CATTERY LTD",
        headers=(AUTO_GENERATED, ("X-Mailer", "FinSys Remittance Service 4.2")),
        threaded=False,
    ),
    Reply(
        key="ps-en-3",
        when="2029-05-14 21:37",
        sender=("Nicola Hollis", "nic.hollis82@gmail.com"),
        client="gmail",
        text=txt(
            """
            Hi,

            So sorry for the slow reply, and for being late paying in the first place! It's been one of those months. Biscuit had to go back to the vet the week after he came home from you (nothing to do with his stay, he ate half a tennis ball, don't ask), then my mum was in hospital for a few days and the car failed its MOT, so the post has been piling up and I genuinely thought I'd set the payment up before we went away.

            Anyway, my husband transferred it on Saturday evening from his account, so it'll show as M J HOLLIS rather than my name, and he put HOLLIS BISCUIT as the reference because he couldn't find the invoice number. Hope that's ok and you can match it up.

            Biscuit still tries to get out of the car every time we drive past your sign, so thank you for looking after him so well. We'll probably be in touch about August.

            Nicola
            """
        ),
        fields={"paid_date": "2029-05-12", "payment_reference": "HOLLIS BISCUIT"},
        note="the payment is buried in the middle of a long reply; 'Saturday' is the one before Mon 14 May",
        inv="0409",
        amount="214.50",
    ),
    Reply(
        key="ps-de-1",
        when="2029-05-16 08:52",
        sender=("Dr. Ingrid Wendler", "i.wendler@zwinger-vom-lindenhof.example"),
        client="outlook_html",
        text=txt(
            """
            Sehr geehrte Damen und Herren,

            vielen Dank für Ihre Erinnerung. Den offenen Betrag von 612,00 € haben wir gestern, am 15.05.2029, auf Ihr Euro-Konto überwiesen. Als Verwendungszweck ist die Rechnungsnummer BWK/2029/0452 angegeben, die Ende-zu-Ende-Referenz unserer Bank lautet LND20290515-0381.

            Die Verzögerung bitten wir zu entschuldigen; die Rechnung ist während der Ausstellungssaison leider in der Ablage liegen geblieben.

            Mit freundlichen Grüßen

            Dr. Ingrid Wendler
            Zwinger vom Lindenhof
            Hovawart-Zucht seit 1998
            """
        ),
        fields={
            "paid_date": "2029-05-15",
            "payment_reference": "LND20290515-0381",
            "amount": "612.00",
            "currency": "EUR",
        },
        refs=("0452",),
        note="very formal; 'gestern, am 15.05.2029' agrees with the message date",
        inv="0452",
        amount="612.00",
        charset="windows-1252",
    ),
    Reply(
        key="ps-fr-1",
        when="2029-05-22 07:58",
        sender=("Camille Roussel", "camille.roussel@gmail.com"),
        client="iphone",
        text="Bonjour, c'est réglé depuis vendredi normalement, vous devriez l'avoir reçu. Bonne journée\nCamille",
        fields={"paid_date": "2029-05-18"},
        note="'depuis vendredi' is the Friday before Tue 22 May",
        inv="0436",
        amount="189.00",
    ),
    Reply(
        key="ps-fr-2",
        when="2029-05-09 14:20",
        sender=("Hélène Marchetti", "tresorerie@pattesducoeur-asso.example"),
        client="thunderbird",
        text=txt(
            """
            Bonjour,

            Sauf erreur de notre part, cette facture a été réglée par virement le 3 mai dernier (montant : 1 260,00 €, référence de l'opération : VIR-PDC-2029-0117). Le virement a bien été débité de notre compte.

            En revanche, je ne retrouve pas l'original de la facture dans nos classeurs. Pourriez-vous m'en renvoyer une copie en PDF pour notre comptabilité ? Notre commissaire aux comptes passe fin juin.

            Merci d'avance, et encore bravo à toute l'équipe pour l'accueil de nos chiens à leur descente du ferry.

            Hélène Marchetti
            Trésorière – Les Pattes du Cœur
            """
        ),
        fields={
            "paid_date": "2029-05-03",
            "payment_reference": "VIR-PDC-2029-0117",
            "amount": "1260.00",
            "currency": "EUR",
        },
        note="paid, and asks for a copy for the records: the payment claim wins, the copy is not needed before paying",
        inv="0385",
        amount="1260.00",
    ),
    Reply(
        key="ps-es-1",
        when="2029-05-10 18:05",
        sender=("Rocío Benítez", "rocio@galgosdelsur.example"),
        client="gmail_plain",
        text=txt(
            """
            Hola,

            Os hicimos la transferencia ayer por la tarde, 395 € desde la cuenta de la asociación. Como es internacional puede tardar un par de días en llegar.

            Mil gracias por acoger a Trufa y a Canela hasta que se fueron con sus adoptantes, nos han mandado fotos y están genial.

            Un abrazo,
            Rocío
            Galgos del Sur
            """
        ),
        fields={"paid_date": "2029-05-09", "amount": "395.00", "currency": "EUR"},
        note="'ayer' is the day before Thu 10 May",
        inv="0394",
        amount="395.00",
    ),
    Reply(
        key="ps-es-2",
        when="2029-05-30 22:14",
        sender=("PACO GIMENEZ", "pacogimenez63@hotmail.com"),
        client="android",
        text="YA ESTA PAGADO LO HIZO MI MUJER EL LUNES DESDE SU CUENTA, SALE A NOMBRE DE ELENA RUIZ",
        fields={"paid_date": "2029-05-28"},
        note="all caps, no accents; 'el lunes' is the Monday before Wed 30 May",
        inv="0462",
        amount="240.00",
    ),
    Reply(
        key="ps-nl-1",
        when="2029-05-17 11:26",
        sender=("Marieke Dekker", "marieke@dekker-fotografie.example"),
        client="outlook",
        text=txt(
            """
            Goedemorgen,

            Is deze niet al betaald? In onze bankapp zie ik dat we op 4 mei € 540,00 naar jullie hebben overgemaakt, met als omschrijving BWK 2029 0428. Misschien is het bij jullie op een andere factuur geboekt?

            Met vriendelijke groet,
            Marieke Dekker
            """
        ),
        fields={"paid_date": "2029-05-04", "amount": "540.00", "currency": "EUR"},
        refs=("0428",),
        note="phrased as a question, but it reports a transfer with its date and amount; 'BWK 2029 0428' normalised",
        inv="0428",
        amount="540.00",
    ),
    Reply(
        key="ps-nl-2",
        when="2029-05-25 09:40",
        sender=("Jeroen van Dijk", "jeroen@kennelvandijk.example"),
        client="apple",
        text=txt(
            """
            Hoi,

            De betaling is gisteren de deur uit gegaan, € 275,00. Sorry voor de vertraging, we stonden het hele weekend in Dortmund op de show en daarna lag alles even stil.

            Groet,
            Jeroen
            """
        ),
        fields={"paid_date": "2029-05-24", "amount": "275.00", "currency": "EUR"},
        inv="0441",
        amount="275.00",
    ),
    Reply(
        key="ps-it-1",
        when="2029-05-15 07:30",
        sender=(
            "PetTravel Italia - Contabilità Fornitori",
            "noreply.fornitori@pettravel-italia.example",
        ),
        client="notice",
        text=txt(
            """
            PETTRAVEL ITALIA S.R.L.
            Via dei Mille 14 - 40121 Bologna
            P.IVA 04417290376

            AVVISO DI PAGAMENTO N. 2029/000318

            Spett.le BRAMBLEWOOD KENNELS & CATTERY LTD
            Codice fornitore F00912

            Vi informiamo che in data 14/05/2029 abbiamo disposto a Vostro favore il seguente bonifico SEPA:

            Importo:          EUR 1.485,00
            Banca ordinante:  Banca Emiliana di Credito
            TRN:              0306929134170218
            Causale:          Saldo fatture come da dettaglio

            Dettaglio documenti pagati:
            Fattura n. BWK/2029/0412 del 02/04/2029      EUR   830,00
            Fattura n. BWK/2029/0433 del 16/04/2029      EUR   655,00

            Messaggio generato automaticamente, si prega di non rispondere.
            """
        ),
        fields={
            "paid_date": "2029-05-14",
            "payment_reference": "0306929134170218",
            "amount": "1485.00",
            "currency": "EUR",
        },
        refs=("0412", "0433"),
        note="payment advice from the customer's accounting system, ISO-8859-1; the TRN is the reference",
        inv="0412",
        amount="830.00",
        charset="iso-8859-1",
        subject="Avviso di pagamento n. 2029/000318",
        headers=(AUTO_GENERATED,),
        threaded=False,
    ),
    Reply(
        key="ps-it-2",
        when="2029-05-31 08:12",
        sender=("Luca Ferretti", "luca.ferretti87@gmail.com"),
        client="gmail",
        text="fatto ieri sera scusa il ritardo",
        fields={"paid_date": "2029-05-30"},
        note="no punctuation, no capitals; 'fatto' answering a payment reminder means paid",
        inv="0457",
        amount="128.00",
    ),
]

PROMISE_TO_PAY = [
    Reply(
        key="pp-en-1",
        when="2029-05-11 16:48",
        sender=("Claire Denholm", "claire@pawfectcasting.example"),
        client="outlook_html",
        text=txt(
            """
            Hi both,

            I'm out of the office from Monday until the 29th, so before I disappear: this one's approved and it will be paid next Thursday. I've handed it over to Raj, who's covering the accounts while I'm away, so no need to chase.

            Thanks for bearing with us, it's been a very busy spring for our four-legged cast.

            Claire Denholm
            Office Manager | Pawfect Casting Ltd
            """
        ),
        fields={"promised_date": "2029-05-17"},
        note="a person typed 'Out of office' in the subject; not an auto-reply. 'next Thursday' from Fri 11 May is 17 May",
        inv="0403",
        amount="744.00",
        subject="Out of office from Monday - {re}",
    ),
    Reply(
        key="pp-en-2",
        when="2029-05-22 10:03",
        sender=("Tom Achebe", "accounts.payable@severnvale-security.example"),
        client="outlook_html",
        text=txt(
            """
            Good morning,

            Thank you for your email. Invoice BWK/2029/0461 for £1,254.00 was approved by the budget holder yesterday and has been scheduled for Friday's BACS run. Please allow up to three working days for the funds to clear.

            Kind regards,

            Tom Achebe
            Accounts Payable Team
            Severnvale Security Services Ltd
            """
        ),
        fields={"promised_date": "2029-05-25", "amount": "1254.00", "currency": "GBP"},
        refs=("0461",),
        note="past tense ('was approved', 'has been scheduled') describes a future payment run on Fri 25 May",
        inv="0461",
        amount="1254.00",
        headers=(SUPPRESS,),
    ),
    Reply(
        key="pp-en-3",
        when="2029-05-19 11:31",
        sender=("Dean Whitlow", "deanwhitlow@gmail.com"),
        client="gmail_plain",
        text="Hiya not paid yet, will sort it end of the month when i get payed, sorry its late\nDean",
        fields={"promised_date": "2029-05-31"},
        note="'not paid yet' then a promise; 'end of the month' → last day of May; typos kept",
        inv="0438",
        amount="96.00",
    ),
    Reply(
        key="pp-de-1",
        when="2029-05-24 13:17",
        sender=("Sabine Kröger", "verwaltung@pfotenglueck-hundeschule.example"),
        client="outlook",
        text=txt(
            """
            Hallo,

            danke für die Erinnerung. Die Rechnung ist bei uns freigegeben und geht mit dem Zahlungslauf in KW 23 raus. Früher klappt es leider nicht, weil unsere Geschäftsführerin gerade im Urlaub ist und alle Überweisungen selbst zeichnet.

            Viele Grüße
            Sabine Kröger
            Hundeschule Pfotenglück GmbH
            """
        ),
        fields={"promised_date": "2029-06-04"},
        note="'KW 23' is the ISO week of 4-10 June 2029; resolved to its Monday, as 'next week' is",
        inv="0449",
        amount="540.00",
        charset="iso-8859-1",
    ),
    Reply(
        key="pp-de-2",
        when="2029-05-28 20:05",
        sender=("Jens Pohlmann", "jens@hundesalon-pohlmann.example"),
        client="android",
        text="Hallo, geht am 15.06. raus, vorher komm ich nicht ins Büro. Gruß Jens",
        fields={"promised_date": "2029-06-15"},
        note="'15.06.' in the German day.month form",
        inv="0455",
        amount="310.00",
    ),
    Reply(
        key="pp-fr-1",
        when="2029-05-14 12:47",
        sender=("Julien Masson", "julien.masson.75@gmail.com"),
        client="iphone",
        text="Bonjour\nJe vous fais le virement fin de mois, c'est noté de mon côté.\nBonne journée\nJ. Masson",
        fields={"promised_date": "2029-05-31"},
        note="'fin de mois' → last day of May",
        inv="0419",
        amount="145.00",
    ),
    Reply(
        key="pp-es-1",
        when="2029-05-09 10:30",
        sender=("Marta Quiles", "administracion@vetsananton.example"),
        client="outlook_html",
        text=txt(
            """
            Buenos días:

            Les confirmamos que la factura BWK/2029/0407 está aprobada y se abonará a finales de mes, junto con el resto de pagos a proveedores.

            Disculpen el retraso.

            Atentamente,

            Marta Quiles
            Administración – Clínica Veterinaria San Antón
            """
        ),
        fields={"promised_date": "2029-05-31"},
        refs=("0407",),
        note="'a finales de mes' → last day of the month",
        inv="0407",
        amount="860.00",
        charset="windows-1252",
    ),
    Reply(
        key="pp-es-2",
        when="2029-05-29 23:41",
        sender=("Sergio Molina", "sergiomolina.bcn@gmail.com"),
        client="iphone",
        text="Perdona, se me había pasado por completo!! Te lo pago el 15 sin falta que es cuando cobro",
        fields={"promised_date": "2029-06-15"},
        note="'el 15' written on 29 May → 15 June",
        inv="0451",
        amount="175.00",
    ),
    Reply(
        key="pp-nl-1",
        when="2029-05-09 19:55",
        sender=("Kees Bakker", "penningmeester@zwerfhondnoord.example"),
        client="gmail",
        text=txt(
            """
            Beste mensen van Bramblewood,

            Excuses voor de late betaling. Wij zijn een kleine stichting die volledig op vrijwilligers draait. Over twee weken komt de bijdrage van de gemeente binnen en dan maak ik het hele bedrag meteen over.

            Met vriendelijke groet,
            Kees Bakker
            penningmeester Stichting Zwerfhond Noord
            """
        ),
        fields={"promised_date": "2029-05-23"},
        note="'over twee weken' → 14 days after Wed 9 May; the whole amount in one go, so not a plan",
        inv="0413",
        amount="720.00",
    ),
    Reply(
        key="pp-nl-2",
        when="2029-05-31 21:02",
        sender=("Fleur Jansma", "fleur.jansma@gmail.com"),
        client="gmail_plain",
        text="Hoi! Nog niet, sorry, ik zat twee weken op vakantie en zie dit nu pas. Ik maak het morgen meteen over.\nGroetjes, Fleur",
        fields={"promised_date": "2029-06-01"},
        note="Dutch reply to an English reminder; 'nog niet' then a promise; 'morgen' is Fri 1 June",
        inv="0464",
        amount="310.00",
        rlang="en",
    ),
    Reply(
        key="pp-it-1",
        when="2029-05-18 15:22",
        sender=("Giovanna Rinaldi", "g.rinaldi@allevamentocolleverde.example"),
        client="outlook_html",
        text=txt(
            """
            Buongiorno,

            ci scusiamo per il ritardo. Provvederemo al saldo della fattura entro fine mese tramite bonifico.

            Cordiali saluti
            Giovanna Rinaldi
            Allevamento del Colle Verde - Bracchi italiani
            """
        ),
        fields={"promised_date": "2029-05-31"},
        note="'entro fine mese' → last day of May",
        inv="0431",
        amount="690.00",
        charset="iso-8859-1",
    ),
    Reply(
        key="pp-it-2",
        when="2029-06-01 17:45",
        sender=("Marco Bellini", "marco.bellini@studiobellini.example"),
        client="thunderbird",
        text=txt(
            """
            Buonasera,
            il bonifico lo faccio lunedì mattina, oggi la banca ha già chiuso e domani è festa.
            Saluti
            Marco Bellini
            """
        ),
        fields={"promised_date": "2029-06-04"},
        note="'lunedì' after Fri 1 June (2 June is a public holiday in Italy)",
        inv="0459",
        amount="234.00",
        charset="iso-8859-1",
    ),
]

DISPUTE = [
    Reply(
        key="dp-en-1",
        when="2029-05-14 09:12",
        sender=("Richard Ashworth", "richard@ashworthfarms.example"),
        client="outlook",
        text=txt(
            """
            Morning,

            I've paid £312 today, which is the 12 nights' boarding we agreed when I booked. I won't be paying the other £85. The invoice has a “behavioural handling supplement” on it that nobody mentioned at drop-off or at any point during the stay, and frankly Jess is the softest collie in the county. If there had been a problem with her I'd have expected a phone call, not a surprise line on the bill.

            Happy to talk about it but please take it off.

            Richard Ashworth
            """
        ),
        note="part paid, the rest contested: dispute wins over the payment claim",
        inv="0416",
        amount="397.00",
        charset="windows-1252",
    ),
    Reply(
        key="dp-en-2",
        when="2029-05-08 13:26",
        sender=("Hannah Okafor", "hannah.okafor@gmail.com"),
        client="gmail",
        text=txt(
            """
            Hello,

            Just to be clear, we have NOT paid this and we aren't going to until someone explains why Bella came home with kennel cough. She was coughing within two days of getting back and our vet confirmed it. That's £138 in vet bills so far and a very miserable dog.

            I'd like a call from the manager please before anything else happens with this invoice.

            Hannah Okafor
            """
        ),
        note="negated payment with the reason: illness blamed on the stay",
        inv="0392",
        amount="265.00",
    ),
    Reply(
        key="dp-en-3",
        when="2029-05-17 14:05",
        sender=("Paul Brennan", "dogwarden@ashcombe-dc.example"),
        client="outlook_html",
        text=txt(
            """
            Dear Accounts Team,

            Invoice BWK/2029/0377 cannot be approved in its current form. It charges 21 kennel days for the stray collected under our reference SD-29-0412, but the dog was reclaimed by its owner from your premises on 9 April, which was day 7. Under clause 4.2 of our kennelling contract, days after a reclaim are not chargeable to the Council.

            Please issue a credit note for the difference or a corrected invoice for 7 days. Your other April invoices are in order and have been paid.

            Yours sincerely,

            Paul Brennan
            Animal Welfare Officer
            Ashcombe District Council
            """
        ),
        refs=("0377",),
        note="public body contests the number of days; the credit-note request follows from the dispute",
        inv="0377",
        amount="1092.00",
    ),
    Reply(
        key="dp-de-1",
        when="2029-05-12 10:40",
        sender=("Katrin Vogt", "k.vogt@vogt-familie.example"),
        client="iphone",
        text=txt(
            """
            Hallo,

            auf der Rechnung stehen 45 € für Baden und Trimmen. Das wurde nicht gemacht, Ronja kam genauso verfilzt zurück, wie wir sie abgegeben haben. Bitte die Position streichen, den Rest überweise ich dann gern.

            Gruß Katrin Vogt
            """
        ),
        note="a charged service was not done; payment of the rest depends on the correction",
        inv="0424",
        amount="198.00",
    ),
    Reply(
        key="dp-de-2",
        when="2029-05-23 17:58",
        sender=("Heinz-Dieter Brandt", "hd.brandt@brandt-weimaraner.example"),
        client="outlook",
        text=txt(
            """
            Guten Abend,

            ich habe Ihre Erinnerung erhalten und muss sagen, dass ich einigermaßen verwundert bin. Wir waren vom 12. bis 16. April mit unseren drei Hunden bei Ihnen, auf der Durchreise zur Ausstellung in Birmingham, und haben dafür die Rechnung BWK/2029/0421 bekommen, die meine Frau noch vor der Heimfahrt bezahlt hat. Ich war damals sehr zufrieden, das Personal war freundlich, und unsere Hündin Asta, die in fremden Zwingern sonst kaum frisst, hat bei Ihnen sogar ihren Napf leer gemacht. Das kommt selten vor.

            Nun erhalte ich eine zweite Rechnung, die 0426, über genau denselben Zeitraum und dieselben drei Hunde. Ich gehe davon aus, dass es sich um ein Versehen handelt, und bitte Sie, diese Rechnung zu stornieren. Bezahlen werde ich sie jedenfalls nicht.

            Mit freundlichen Grüßen
            Heinz-Dieter Brandt
            """
        ),
        refs=("0421", "0426"),
        note="duplicate billing in a long reply; the payment mentioned is of the first invoice, '0426' is a short form",
        inv="0426",
        amount="384.00",
        charset="windows-1252",
    ),
    Reply(
        key="dp-fr-1",
        when="2029-05-23 20:30",
        sender=("Sophie Lacombe", "sophie.lacombe@gmail.com"),
        client="gmail",
        text=txt(
            """
            Bonsoir,

            Le tarif appliqué ne correspond pas du tout au devis que vous m'aviez envoyé en mars : 14 € la nuit par chat au lieu de 11 €. Sur 12 nuits et deux chats, cela fait 72 € de différence.

            Je réglerai la facture quand elle aura été corrigée au tarif du devis.

            Sophie Lacombe
            """
        ),
        note="price disagreement against a quote; payment conditional on a corrected invoice",
        inv="0440",
        amount="336.00",
    ),
    Reply(
        key="dp-fr-2",
        when="2029-06-01 09:14",
        sender=("Bertrand Faure", "b.faure@faure-expertise.example"),
        client="html_only",
        text=txt(
            """
            Bonjour,

            Pourquoi me facturez-vous des frais d'annulation ? J'ai annulé la réservation par téléphone le 2 mai, soit dix jours avant l'arrivée prévue, et vos conditions générales prévoient une annulation sans frais jusqu'à sept jours avant.

            Je ne réglerai pas cette somme. Merci d'annuler la facture.

            Cordialement,
            Bertrand Faure
            """
        ),
        note="contests a cancellation fee; HTML-only, ISO-8859-1",
        inv="0463",
        amount="95.00",
        charset="iso-8859-1",
    ),
    Reply(
        key="dp-es-1",
        when="2029-05-15 16:45",
        sender=("Nuria Campos", "nuria@podencoslibres.example"),
        client="apple",
        text=txt(
            """
            Hola,

            Revisando la factura vemos un cargo de 120 € por "atención veterinaria" que nosotros nunca autorizamos. En el acuerdo quedó claro que cualquier visita al veterinario se nos consultaba antes por teléfono, y nadie nos llamó.

            La parte del alojamiento (500 €) la pagamos sin problema en cuanto nos mandéis la factura corregida sin ese cargo.

            Saludos,
            Nuria Campos
            Podencos Libres
            """
        ),
        note="unauthorised vet charge contested; the rest is offered only against a corrected invoice",
        inv="0418",
        amount="620.00",
    ),
    Reply(
        key="dp-nl-1",
        when="2029-05-08 12:15",
        sender=("Ruud Verhoeven", "ruud@verhoeven-bouw.example"),
        client="android",
        text="Deze factuur klopt niet. Jullie rekenen tot en met 30 april, maar we hebben Minoes op 23 april al opgehaald. Dat is een week te veel. Graag aanpassen.\n\nRuud",
        note="charged for a week after the cat was collected",
        inv="0387",
        amount="308.00",
    ),
    Reply(
        key="dp-nl-2",
        when="2029-05-20 22:47",
        sender=("danny", "dannyhoekstra@gmail.com"),
        client="iphone",
        text="we betalen dit niet de hond zat onder de vlooien toen we hem kwamen halen eerst dat maar eens uitleggen",
        note="no capitals or punctuation; refusal with a complaint about the stay",
        inv="0432",
        amount="210.00",
    ),
    Reply(
        key="dp-it-1",
        when="2029-05-21 11:02",
        sender=("Chiara Colombo", "chiara.colombo@gmail.com"),
        client="gmail_plain",
        text=txt(
            """
            Buongiorno,

            la fattura BWK/2029/0444 è un doppione della 0439: stesso gatto, stesse date (dal 2 al 12 aprile). La 0439 l'abbiamo pagata il 20 aprile, quindi questa non la paghiamo.

            Grazie,
            Chiara Colombo
            """
        ),
        refs=("0444", "0439"),
        note="Italian reply to an English reminder; duplicate billing, the payment mentioned is of the other invoice",
        inv="0444",
        amount="380.00",
        rlang="en",
    ),
    Reply(
        key="dp-it-2",
        when="2029-05-30 12:30",
        sender=("Avv. Lorenzo Gatti", "l.gatti@studiolegalegatti.example"),
        client="outlook",
        text=txt(
            """
            Spett.le Bramblewood Kennels & Cattery,

            scrivo in nome e per conto della mia assistita, sig.ra Paola De Santis, in riscontro al Vostro sollecito relativo alla fattura n. BWK/2029/0447.

            La mia assistita contesta integralmente l'addebito di EUR 1.150,00 per "cure e ricovero", trattandosi di spese sostenute per lesioni riportate dal cane durante il soggiorno presso la Vostra struttura e quindi a Voi imputabili. La fattura non sarà pertanto saldata.

            Resto a disposizione per un confronto e porgo distinti saluti.

            Avv. Lorenzo Gatti
            Studio Legale Gatti - Torino
            """
        ),
        refs=("0447",),
        note="a lawyer contests the charge himself; nobody asks to stop writing or to go through a lawyer, so dispute",
        inv="0447",
        amount="1150.00",
        charset="iso-8859-1",
        cte="8bit",
    ),
]

PAYMENT_PLAN = [
    Reply(
        key="pl-en-1",
        when="2029-05-09 20:14",
        sender=("Sandra Mills", "sandra.mills@icloud.com"),
        client="apple",
        text=txt(
            """
            Hi,

            I'm really sorry about this. I was made redundant at the end of March and money has been very tight since, which is why I haven't paid. I don't want to just ignore it though.

            Would it be ok if I paid £50 a month until it's cleared? I can set up a standing order from the 1st of June.

            Sandra Mills
            """
        ),
        note="hardship and monthly instalments",
        inv="0401",
        amount="420.00",
    ),
    Reply(
        key="pl-en-2",
        when="2029-05-25 17:20",
        sender=("Owen Pritchard", "owen@pritchard-joinery.example"),
        client="gmail",
        text="Hi, I've sent £200 across today and I'll clear the remaining £286 by the end of June when a big job pays out. Hope that's OK.\n\nCheers\nOwen",
        note="part now, rest later → payment_plan, not payment_sent",
        inv="0445",
        amount="486.00",
    ),
    Reply(
        key="pl-en-3",
        when="2029-05-31 11:45",
        sender=("Margaret Ellery", "treasurer@greyfriarsgreyhounds.example"),
        client="outlook_html",
        text=txt(
            """
            Dear Bramblewood team,

            Thank you for the reminder, and for everything you did for our dogs during the spring intake.

            I'm afraid our funds are very low until our lottery grant is released, which we've been told will be in the second half of July. Could we ask you to hold the invoice until the end of July? If that isn't possible, we could pay £400 now and the balance when the grant arrives.

            With best wishes,

            Margaret Ellery
            Hon. Treasurer, Greyfriars Greyhound Rescue
            """
        ),
        note="charity asks for more time, with part payment as the alternative",
        inv="0430",
        amount="1680.00",
    ),
    Reply(
        key="pl-de-1",
        when="2029-05-15 09:47",
        sender=("Thomas Reuter", "t.reuter@reuter-elektro.example"),
        client="outlook_html",
        text=txt(
            """
            Sehr geehrte Damen und Herren,

            aufgrund eines unerwarteten Auftragsrückgangs ist es mir derzeit leider nicht möglich, den Rechnungsbetrag in einer Summe zu begleichen. Ich möchte Ihnen daher eine Ratenzahlung in drei monatlichen Raten zu je 200,00 EUR vorschlagen, beginnend am 1. Juni 2029.

            Über eine kurze Bestätigung würde ich mich freuen.

            Mit freundlichen Grüßen
            Thomas Reuter
            Reuter Elektrotechnik
            """
        ),
        note="formal instalment proposal; plan dates and amounts are not labelled",
        inv="0420",
        amount="600.00",
        charset="iso-8859-1",
    ),
    Reply(
        key="pl-de-2",
        when="2029-05-29 19:03",
        sender=("Lena Hartmann", "lena.hartmann92@gmail.com"),
        client="iphone",
        text="Hi, hab heute schon mal 150 € überwiesen, den Rest schaff ich leider erst Mitte Juni. Hoffe das passt so. LG Lena",
        note="part now, rest later",
        inv="0453",
        amount="410.00",
    ),
    Reply(
        key="pl-fr-1",
        when="2029-05-17 13:10",
        sender=("Aurélie Petit", "aurelie.petit@gmail.com"),
        client="gmail_plain",
        text=txt(
            """
            Bonjour,

            Serait-il possible de régler cette facture en trois fois ? Je peux faire un premier virement de 150 € dès la semaine prochaine, puis 150 € fin juin et 150 € fin juillet.

            Merci de votre compréhension,
            Aurélie Petit
            """
        ),
        note="three instalments",
        inv="0425",
        amount="450.00",
    ),
    Reply(
        key="pl-fr-2",
        when="2029-05-07 10:22",
        sender=("Jean-Marc Dufresne", "jm.dufresne@dufresne-paysages.example"),
        client="outlook",
        text=txt(
            """
            Bonjour Madame, Monsieur,

            Je reviens vers vous au sujet de votre relance, et je vous dois quelques explications. Début avril, mon épouse et moi nous sommes séparés, et c'est moi qui ai gardé Filou, notre épagneul. Le séjour chez vous correspondait au moment du déménagement, quand je n'avais nulle part où le laisser, et je vous remercie encore de l'avoir pris au pied levé. Depuis, entre l'avocat, le nouveau loyer et l'entreprise qui tourne au ralenti, je dois bien avouer que je n'arrive pas à tout payer en même temps.

            Je ne conteste absolument pas la facture. Je voulais simplement vous demander s'il serait possible de l'étaler sur quatre mois, à raison de 195 € par mois, à partir de juin.

            Dans l'attente de votre réponse, je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

            Jean-Marc Dufresne
            """
        ),
        note="long, hardship first; the request for four monthly payments comes late",
        inv="0381",
        amount="780.00",
        charset="windows-1252",
    ),
    Reply(
        key="pl-es-1",
        when="2029-05-11 08:33",
        sender=("Javier Ortega", "javi.ortega@gmail.com"),
        client="android",
        text="Buenas, ¿podemos pagarlo en dos veces? La mitad ahora y la otra mitad a mediados de junio. Gracias",
        note="two instalments",
        inv="0405",
        amount="330.00",
    ),
    Reply(
        key="pl-es-2",
        when="2029-05-23 12:40",
        sender=("Pilar Lozano", "pilar@transporteslozano.example"),
        client="outlook",
        text=txt(
            """
            Buenos días:

            Les escribimos en relación con la factura pendiente. Estamos pasando un momento complicado de tesorería porque dos clientes grandes nos están pagando a 120 días, y les agradeceríamos un aplazamiento de 30 días para poder atenderla sin problemas.

            Si prefieren fraccionarla, dígannoslo y lo hablamos.

            Un saludo,
            Pilar Lozano
            Transportes Hnos. Lozano, S.L.
            """
        ),
        note="asks for 30 more days because of cash flow → payment_plan",
        inv="0434",
        amount="1240.00",
        charset="iso-8859-1",
    ),
    Reply(
        key="pl-nl-1",
        when="2029-05-14 20:40",
        sender=("Sanne de Graaf", "sannedegraaf@gmail.com"),
        client="gmail",
        text=txt(
            """
            Hallo,

            Ik kan dit bedrag op dit moment niet in één keer betalen. Zou een betalingsregeling mogelijk zijn? Ik denk aan € 75 per maand, de eerste termijn eind mei.

            Alvast bedankt,
            Sanne de Graaf
            """
        ),
        inv="0414",
        amount="465.00",
    ),
    Reply(
        key="pl-it-1",
        when="2029-05-22 16:10",
        sender=("Federica Marini", "federica.marini@marini-architetti.example"),
        client="outlook_html",
        text=txt(
            """
            Buongiorno,

            vi scrivo per chiedervi se è possibile rateizzare l'importo in quattro rate mensili da 240 euro, a partire da giugno. È un periodo complicato e preferirei non lasciare la cosa in sospeso.

            Grazie per la disponibilità,
            Federica Marini
            """
        ),
        inv="0442",
        amount="960.00",
    ),
    Reply(
        key="pl-it-2",
        when="2029-05-26 12:05",
        sender=("Alessandro Riva", "alessandro.riva@gmail.com"),
        client="iphone",
        text="Ciao, ho pagato metà oggi (150), il resto ve lo mando entro fine giugno. Scusate",
        note="half paid today, the rest by the end of June → payment_plan",
        inv="0446",
        amount="300.00",
    ),
]

INVOICE_REQUEST = [
    Reply(
        key="ir-en-1",
        when="2029-05-09 11:18",
        sender=("Priya Natarajan", "ap.invoices@fennick-logistics.example"),
        client="outlook_html",
        text=txt(
            """
            Hello,

            We can't process invoice BWK/2029/0402 because it doesn't quote a purchase order number, and our system rejects any supplier invoice without one. The PO for the kennelling of our site dogs is 4500917733.

            Once we have a copy of the invoice showing that PO it will go straight into the next payment run.

            Many thanks,

            Priya Natarajan
            Accounts Payable | Fennick Logistics plc
            """
        ),
        refs=("0402",),
        note="payment depends on a reissued invoice with the PO; the amount is not contested",
        inv="0402",
        amount="1320.00",
        headers=(SUPPRESS,),
    ),
    Reply(
        key="ir-en-2",
        when="2029-05-12 09:55",
        sender=("Steve Rudd", "steverudd71@gmail.com"),
        client="gmail_plain",
        text="no idea what this is for?? Poppy stayed with you in March and I paid when I picked her up. Can you send me whatever this invoice is actually for, dates etc",
        note="asks what the charge is and for the detail; the payment mentioned is of an earlier stay",
        inv="0397",
        amount="57.50",
    ),
    Reply(
        key="ir-en-3",
        when="2029-05-21 14:33",
        sender=("Graham Lyle", "finance.payables@svfrs.example"),
        client="thunderbird",
        text=txt(
            """
            Good afternoon,

            Before we can pay this we need your bank details confirmed on company headed paper, signed, and sent to us as a PDF. We are not able to set up a new supplier from details in the body of an email, for fraud-prevention reasons.

            We will also need a copy of the invoice itself, as it has not reached our payables team.

            Regards,
            Graham Lyle
            Finance (Payables)
            Severn Valley Fire & Rescue Service
            """
        ),
        note="public body needs bank details on letterhead and the invoice before paying",
        inv="0423",
        amount="744.00",
    ),
    Reply(
        key="ir-de-1",
        when="2029-05-08 08:40",
        sender=("Ute Lehmann", "buchhaltung@lehmann-gartenbau.example"),
        client="outlook",
        text=txt(
            """
            Guten Tag,

            die Rechnung BWK/2029/0393 liegt uns nicht vor. Bitte senden Sie uns eine Kopie, auf der unsere vollständige Firmenanschrift und unsere USt-IdNr. DE287451906 angegeben sind; ohne diese Angaben kann unsere Buchhaltung die Rechnung nicht verbuchen.

            Vielen Dank und freundliche Grüße
            Ute Lehmann
            Lehmann Garten- und Landschaftsbau GmbH
            """
        ),
        refs=("0393",),
        note="copy with the VAT number needed before booking it",
        inv="0393",
        amount="520.00",
        charset="windows-1252",
    ),
    Reply(
        key="ir-de-2",
        when="2029-05-16 15:05",
        sender=("Markus Stein", "markus.stein@stein-it.example"),
        client="gmail",
        text=txt(
            """
            Hallo,

            können Sie mir die Rechnung bitte als PDF-Anhang schicken? In der ersten Mail war nur ein Link auf ein Kundenportal, und den blockiert unsere Firewall. Dann überweise ich sofort.

            Danke
            Markus Stein
            """
        ),
        note="'dann überweise ich sofort' depends on the PDF: invoice_request",
        inv="0427",
        amount="264.00",
    ),
    Reply(
        key="ir-fr-1",
        when="2029-05-09 10:05",
        sender=("Patrick Morel", "secretariat@refuge-valleebleue.example"),
        client="outlook_html",
        text=txt(
            """
            Bonjour,

            Votre facture a été établie au nom de notre bénévole, Mme Girard, et non au nom de l'association. Pour que notre trésorier puisse la régler, merci de nous en adresser une nouvelle au nom du Refuge de la Vallée Bleue, avec notre numéro RNA W381002741.

            Bien à vous,
            Patrick Morel
            Secrétariat – Refuge de la Vallée Bleue
            """
        ),
        note="reissue in the association's name; amount not contested",
        inv="0400",
        amount="880.00",
    ),
    Reply(
        key="ir-fr-2",
        when="2029-05-24 18:20",
        sender=("Nadia Benali", "nadia.benali@gmail.com"),
        client="iphone",
        text="C'est quoi cette facture ? On n'a jamais rien recu. Vous pouvez me renvoyer le détail svp",
        note="'on n'a jamais rien reçu' means the invoice, not the service; asks for the detail",
        inv="0448",
        amount="112.00",
    ),
    Reply(
        key="ir-es-1",
        when="2029-05-14 09:30",
        sender=("Lucía Ferrer", "contabilidad@produccionesatalaya.example"),
        client="outlook",
        text=txt(
            """
            Buenos días:

            Para poder tramitar el pago necesitamos que la factura BWK/2029/0410 se emita a nombre de Producciones Atalaya, S.L., con nuestro CIF B-41928376 y la dirección fiscal de Sevilla. La que nos enviaron va a nombre del adiestrador y nuestro departamento financiero no puede contabilizarla.

            Quedamos a la espera.

            Saludos cordiales,
            Lucía Ferrer
            Contabilidad - Producciones Atalaya, S.L.
            """
        ),
        refs=("0410",),
        note="reissue to the company with its tax number",
        inv="0410",
        amount="690.00",
        charset="iso-8859-1",
    ),
    Reply(
        key="ir-es-2",
        when="2029-06-01 10:48",
        sender=("Álvaro Núñez", "alvaronunez.m@gmail.com"),
        client="gmail",
        text="Hola, ¿me podéis mandar un extracto con todo lo que tengo pendiente? Tengo varias facturas vuestras y ya no sé cuáles están pagadas y cuáles no.\nGracias!",
        note="statement of account request",
        inv="0465",
        amount="255.00",
    ),
    Reply(
        key="ir-nl-1",
        when="2029-05-30 10:10",
        sender=("Wendy Kok", "crediteuren@dierenkliniekoosterpark.example"),
        client="outlook_html",
        text=txt(
            """
            Goedemorgen,

            Wij kunnen uw factuur pas betalen als ons inkoopordernummer erop staat. Het ordernummer voor deze opdracht is 7720114. Wilt u de factuur opnieuw sturen met dit nummer? Dan wordt hij binnen onze normale termijn van 14 dagen betaald.

            Met vriendelijke groet,
            Wendy Kok
            Afdeling crediteuren
            Dierenkliniek Oosterpark
            """
        ),
        note="'once you send the PO we will pay': the reissue comes first",
        inv="0458",
        amount="1050.00",
    ),
    Reply(
        key="ir-nl-2",
        when="2029-05-22 07:45",
        sender=("Bas Mulder", "basmulder@gmail.com"),
        client="android",
        text="kunnen jullie de factuur nog een keer sturen? kan hem nergens meer vinden. dan betaal ik hem deze week",
        note="needs the invoice before paying; the payment is conditional",
        inv="0435",
        amount="198.00",
    ),
    Reply(
        key="ir-it-1",
        when="2029-05-17 11:50",
        sender=("Daniela Conti", "amministrazione@rossicostruzioni.example"),
        client="outlook",
        text=txt(
            """
            Buongiorno,

            per poter procedere al pagamento ci serve la fattura intestata alla società (Rossi Costruzioni S.r.l., P.IVA 02938470165) e non personalmente al sig. Rossi, che ha portato il cane da voi per conto dell'azienda.

            Appena ricevuta la fattura corretta la mettiamo in pagamento.

            Cordiali saluti
            Daniela Conti
            Ufficio amministrativo
            """
        ),
        note="reissue to the company",
        inv="0422",
        amount="540.00",
        charset="iso-8859-1",
    ),
]

WRONG_CONTACT = [
    Reply(
        key="wc-en-1",
        when="2029-05-23 03:12",
        sender=("Kingsmere Estates Accounts", "finance@kingsmere-estates.example"),
        client="html_only",
        text=txt(
            """
            Dear Supplier,

            Please be advised that with immediate effect our accounts department has moved to a new system. All future statements, reminders and correspondence regarding our account should be sent ONLY to kingsmere.finance.dept@secure-ledgerbox.example

            Do not send to this address or copy anyone else at Kingsmere, as this mailbox will be closed shortly. Kindly confirm the change by return to the new address.

            Regards
            Accounts Department
            Kingsmere Estates plc
            """
        ),
        fields={"new_contact": "kingsmere.finance.dept@secure-ledgerbox.example"},
        note="redirects collection mail to an outside address in the style of phishing; by content wrong_contact with that address, but a person should verify it before the contact is changed",
        inv="0411",
        amount="2260.00",
    ),
    Reply(
        key="wc-en-2",
        when="2029-05-08 18:22",
        sender=("Ben Aldridge", "ben.aldridge@gmail.com"),
        client="gmail_plain",
        text="Hi, I think this has come to me by mistake. I only dropped Rufus off for my neighbour because she doesn't drive, he's her dog not mine. The invoice needs to go to her, Judith Ames, judith.ames@gmail.com\n\nBen",
        fields={"new_contact": "judith.ames@gmail.com"},
        inv="0389",
        amount="132.00",
    ),
    Reply(
        key="wc-en-3",
        when="2029-05-21 12:02",
        sender=("Lucy Farrant", "lucy.farrant@pembrokeholdings.example"),
        client="outlook",
        text=txt(
            """
            Dear Sir or Madam,

            I am Mr Pembroke's personal assistant. Mr Pembroke has asked that all correspondence about his account, including invoices and reminders, is sent to his accountants, who handle his household bills: Hale & Co, for the attention of Mrs Anita Desai, at Ledger@HaleAndCo-Accountants.example.

            I have copied them in.

            Kind regards,
            Lucy Farrant
            PA to Mr J. Pembroke
            """
        ),
        fields={"new_contact": "ledger@haleandco-accountants.example"},
        note="assistant redirects to the accountants; address in mixed case and copied in Cc, labelled in lower case",
        inv="0415",
        amount="890.00",
        cc="Anita Desai <Ledger@HaleAndCo-Accountants.example>",
        headers=(SUPPRESS,),
    ),
    Reply(
        key="wc-de-1",
        when="2029-05-30 09:05",
        sender=("Frank Albers", "f.albers@tierarzt-stadtpark.example"),
        client="outlook_html",
        text=txt(
            """
            Guten Morgen,

            ich bin seit Ende April nicht mehr in der Praxis tätig und kümmere mich daher auch nicht mehr um die Rechnungen. Zuständig ist jetzt unsere Praxismanagerin, Frau Yilmaz: verwaltung@tierarzt-stadtpark.example

            Viele Grüße
            Frank Albers
            """
        ),
        fields={"new_contact": "verwaltung@tierarzt-stadtpark.example"},
        inv="0454",
        amount="375.00",
    ),
    Reply(
        key="wc-fr-1",
        when="2029-05-16 21:10",
        sender=("Véronique Leroy", "veronique.leroy@gmail.com"),
        client="gmail",
        text=txt(
            """
            Bonsoir,

            Je ne suis plus trésorière de l'Arche des Chats depuis l'assemblée générale de mars. C'est maintenant Didier Fontaine qui s'occupe des paiements, son adresse est tresorier@archedeschats.example.

            Bonne continuation,
            Véronique Leroy
            """
        ),
        fields={"new_contact": "tresorier@archedeschats.example"},
        inv="0429",
        amount="480.00",
    ),
    Reply(
        key="wc-fr-2",
        when="2029-05-19 10:30",
        sender=("Yvan Girard", "yvan.girard@gmail.com"),
        client="iphone",
        text="Bonjour, vous vous êtes trompés d'adresse, je n'ai ni chien ni chat et je n'ai jamais mis les pieds en Angleterre.",
        note="wrong recipient altogether, no new address",
        inv="0437",
        amount="150.00",
    ),
    Reply(
        key="wc-es-1",
        when="2029-05-15 10:55",
        sender=("Carmen Ibáñez", "info@hipicalosalamos.example"),
        client="outlook",
        text=txt(
            """
            Buenos días:

            Esta dirección es la general del club y no se usa para facturación. Por favor, envíen la factura y cualquier recordatorio a administracion@hipicalosalamos.example, que es quien gestiona los pagos.

            Gracias,
            Carmen Ibáñez
            Recepción - Club Hípico Los Álamos
            """
        ),
        fields={"new_contact": "administracion@hipicalosalamos.example"},
        inv="0417",
        amount="310.00",
    ),
    Reply(
        key="wc-es-2",
        when="2029-05-25 13:40",
        sender=("Irene Sala", "irene@clinicavidal.example"),
        client="android",
        text="Hola, yo solo estoy en recepción, las facturas las lleva mi jefe, Andrés. Escribidle a él: andres.vidal@clinicavidal.example\nUn saludo",
        fields={"new_contact": "andres.vidal@clinicavidal.example"},
        inv="0443",
        amount="225.00",
    ),
    Reply(
        key="wc-nl-1",
        when="2029-05-14 14:15",
        sender=("Joyce Smits", "info@hsvdekempen.example"),
        client="outlook_html",
        text=txt(
            """
            Beste,

            U mailt naar ons algemene infoadres, dat door vrijwilligers wordt gelezen. Facturen en herinneringen graag voortaan naar penningmeester@hsvdekempen.example, dan komen ze bij de juiste persoon terecht.

            Met sportieve groet,
            Joyce Smits
            secretariaat HSV De Kempen
            """
        ),
        fields={"new_contact": "penningmeester@hsvdekempen.example"},
        inv="0408",
        amount="650.00",
    ),
    Reply(
        key="wc-nl-2",
        when="2029-05-10 16:05",
        sender=("P. Jansen", "pjansen1964@gmail.com"),
        client="gmail_plain",
        text=txt(
            """
            Goedemiddag,

            U heeft de verkeerde persoon. Ik heet ook Jansen maar ik heb nooit een kat bij u ondergebracht, ik ben er allergisch voor. Misschien een typefout in het e-mailadres?

            P. Jansen
            """
        ),
        note="wrong person, no new address",
        inv="0396",
        amount="205.00",
    ),
    Reply(
        key="wc-it-1",
        when="2029-05-28 08:50",
        sender=("Roberto Fabbri", "roberto.fabbri@fabbri-ceramiche.example"),
        client="apple",
        text=txt(
            """
            Buongiorno,

            non mi occupo più io dell'amministrazione. Da questo mese le fatture le gestisce mia figlia Elisa, potete scrivere a elisa.fabbri@fabbri-ceramiche.example.

            Saluti
            Roberto Fabbri
            """
        ),
        fields={"new_contact": "elisa.fabbri@fabbri-ceramiche.example"},
        inv="0460",
        amount="415.00",
    ),
    Reply(
        key="wc-it-2",
        when="2029-05-09 12:20",
        sender=("Paola Bassi", "p.bassi@centrocinofilo-ilpoggio.example"),
        client="outlook",
        text=txt(
            """
            Buongiorno,

            da lunedì sarò in maternità e fino a ottobre non seguirò più la contabilità del centro. Per fatture e pagamenti scrivete per favore a Giulia Ferraro, g.ferraro@centrocinofilo-ilpoggio.example, che mi sostituisce.

            Grazie e cordiali saluti
            Paola Bassi
            """
        ),
        fields={"new_contact": "g.ferraro@centrocinofilo-ilpoggio.example"},
        note="written by a person (reads like an absence notice, but is not automatic) handing over to a named colleague",
        inv="0390",
        amount="560.00",
        charset="iso-8859-1",
    ),
]

UNSUBSCRIBE = [
    Reply(
        key="us-en-1",
        when="2029-05-10 07:12",
        sender=("Mick Tanner", "mick.tanner@gmail.com"),
        client="iphone",
        text="STOP EMAILING ME. I PAID CASH WHEN I PICKED HIM UP AND GOT A RECEIPT. THIS IS THE THIRD ONE",
        note="all caps; stop request with a payment claim: unsubscribe wins",
        inv="0395",
        amount="145.00",
    ),
    Reply(
        key="us-en-2",
        when="2029-05-18 16:30",
        sender=("Rebecca Vance", "rebecca.vance@vancehome.example"),
        client="outlook_html",
        text=txt(
            """
            Dear Sirs,

            I refer to your email of yesterday. As I explained to your manager on the telephone, this matter is now with my solicitors and I will not be corresponding about it by email. Please do not contact me directly again. Any further communication should go to my solicitors, whose details you already have.

            Rebecca Vance
            """
        ),
        note="'talk to my solicitors', no address given → unsubscribe",
        inv="0406",
        amount="2140.00",
    ),
    Reply(
        key="us-en-3",
        when="2029-05-29 08:05",
        sender=("Tony Marsh", "tony@marshplumbing.example"),
        client="gmail",
        text="As I told the girl on the phone last week it'll be paid on the 1st when my customers have paid me. Now please stop sending these every other day, it's not helping.\n\nTony",
        note="promise with a date plus 'stop sending these': unsubscribe wins",
        inv="0450",
        amount="318.00",
    ),
    Reply(
        key="us-de-1",
        when="2029-05-14 11:11",
        sender=("Gerhard Wolff", "g.wolff@wolff-metallbau.example"),
        client="outlook",
        text=txt(
            """
            Sehr geehrte Damen und Herren,

            ich bitte Sie, mir künftig keine Zahlungserinnerungen oder sonstigen Schreiben mehr per E-Mail zu schicken. Korrespondenz nehme ich ausschließlich auf dem Postweg entgegen:

            Gerhard Wolff
            Lindenallee 12
            37073 Göttingen

            Mit freundlichen Grüßen
            G. Wolff
            """
        ),
        note="post only → unsubscribe",
        inv="0399",
        amount="470.00",
        charset="iso-8859-1",
    ),
    Reply(
        key="us-de-2",
        when="2029-05-25 20:20",
        sender=("Uwe Krämer", "uwe.kraemer@kraemer-privat.example"),
        client="thunderbird",
        text=txt(
            """
            Hören Sie bitte auf, mir zu schreiben. Ich bin nicht der Halter dieses Hundes und habe mit Ihrer Firma nichts zu tun. Das ist jetzt die vierte Mail.

            U. Krämer
            """
        ),
        note="stop request from someone who says he is the wrong person: unsubscribe beats wrong_contact",
        inv="0386",
        amount="260.00",
    ),
    Reply(
        key="us-fr-1",
        when="2029-05-22 11:40",
        sender=("Martine Rolland", "martine.rolland@gmail.com"),
        client="gmail_plain",
        text="Merci de retirer mon adresse de vos envois automatiques. Pour la facture, c'est mon mari qui s'en occupe, mais je ne veux plus recevoir ces messages sur ma boîte.",
        note="remove-me plus 'my husband handles it' without an address: unsubscribe",
        inv="0384",
        amount="198.00",
    ),
    Reply(
        key="us-es-1",
        when="2029-05-17 13:25",
        sender=("Fernando Galán", "fgalan@galanyasociados.example"),
        client="outlook_html",
        text=txt(
            """
            Buenas tardes:

            Les ruego que no vuelvan a escribirme por correo electrónico en relación con esta factura. El asunto lo lleva desde ahora nuestro abogado, D. Luis Carmona, y cualquier comunicación deberá dirigirse a él por la vía que corresponda.

            Atentamente,
            Fernando Galán
            """
        ),
        note="stop e-mailing and go through our lawyer (no address) → unsubscribe",
        inv="0404",
        amount="1480.00",
        charset="windows-1252",
    ),
    Reply(
        key="us-es-2",
        when="2029-05-12 23:58",
        sender=("Toni R.", "tonirg_77@hotmail.com"),
        client="android",
        text="BORRADME DE VUESTRA LISTA YA",
        note="all caps",
        inv="0383",
        amount="135.00",
    ),
    Reply(
        key="us-nl-1",
        when="2029-05-09 10:45",
        sender=("H. van Leeuwen", "h.vanleeuwen@vanleeuwen-advies.example"),
        client="outlook",
        text=txt(
            """
            Geachte heer/mevrouw,

            Ik verzoek u mij niet langer per e-mail te benaderen. Correspondentie over deze factuur ontvang ik uitsluitend nog per post op mijn huisadres.

            Hoogachtend,
            H. van Leeuwen
            """
        ),
        note="post only → unsubscribe",
        inv="0382",
        amount="395.00",
    ),
    Reply(
        key="us-nl-2",
        when="2029-05-15 12:33",
        sender=("Mark Bosman", "markbosman@gmail.com"),
        client="iphone",
        text="Ik betaal vrijdag. Maar stop alsjeblieft met die mails elke dag, ik heb het heus wel gezien.",
        note="promise plus stop-emailing: unsubscribe wins",
        inv="0388",
        amount="240.00",
    ),
    Reply(
        key="us-it-1",
        when="2029-05-21 18:10",
        sender=("Giorgio Lombardi", "giorgio.lombardi@lombardi-vini.example"),
        client="outlook_html",
        text=txt(
            """
            Buonasera,

            vi prego di non contattarmi più via e-mail. Per qualsiasi comunicazione relativa a questa fattura dovete rivolgervi al mio avvocato, che vi scriverà nei prossimi giorni.

            Giorgio Lombardi
            """
        ),
        note="stop e-mailing, our lawyer will write → unsubscribe",
        inv="0380",
        amount="1320.00",
        charset="iso-8859-1",
    ),
    Reply(
        key="us-it-2",
        when="2029-05-24 09:02",
        sender=("Franca Valli", "franca.valli@gmail.com"),
        client="gmail_plain",
        text="CANCELLATEMI DALLA VOSTRA MAILING LIST GRAZIE",
        note="all caps",
        inv="0379",
        amount="88.00",
    ),
]

AUTO_REPLY = [
    Reply(
        key="ar-en-1",
        when="2029-05-18 08:49",
        sender=("Janet Cole", "janet.cole@fennick-logistics.example"),
        client="notice_html",
        text=txt(
            """
            Thank you for your email. I am on annual leave and will be back in the office on Tuesday 29 May. I will not be checking emails while I am away.

            For anything urgent about supplier payments please contact the Accounts Payable team at ap.invoices@fennick-logistics.example.

            Janet Cole
            Purchase Ledger | Fennick Logistics plc
            """
        ),
        fields={"return_date": "2029-05-29"},
        note="back on Tue 29 May, after the bank holiday; a colleague's address in an auto-reply does not set new_contact",
        inv="0466",
        amount="610.00",
        subject="Automatic reply: {orig}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        key="ar-en-2",
        when="2029-05-16 08:41",
        sender=(
            "Harlow Park Hotels AP Service Desk",
            "apservicedesk@harlowparkhotels.example",
        ),
        client="notice",
        text=txt(
            """
            This is an automated response. Please do not reply to this message.

            Your email has been received by the Accounts Payable Service Desk and logged as case AP-448213. A member of the team will respond within 5 working days. Supplier statements and payment queries are dealt with in the order they arrive.

            To add information to this case, reply to this email keeping the case number in the subject line.

            Harlow Park Hotels Group - Shared Services
            """
        ),
        note="ticket acknowledgement; no date",
        inv="0467",
        amount="1875.00",
        subject="[AP-448213] {orig}",
        headers=(AUTO_REPLIED, ("X-Mailer", "ServiceDesk Mail Agent")),
    ),
    Reply(
        key="ar-en-3",
        when="2029-05-10 08:46",
        sender=("Hollybrook Spaniels", "hello@hollybrookspaniels.example"),
        client="notice",
        text=txt(
            """
            Hi, thanks for your message!

            We're away at championship shows until Monday 21 May and only picking up emails now and then. If it's a puppy enquiry, please fill in the form on our website and we'll be in touch when we're home.

            Fiona & Rob
            Hollybrook Spaniels
            """
        ),
        fields={"return_date": "2029-05-21"},
        note="autoresponder without Auto-Submitted (X-Autoreply only); 'until X' → X",
        inv="0378",
        amount="340.00",
        subject="Away: {orig}",
        headers=(("X-Autoreply", "yes"),),
        threaded=False,
    ),
    Reply(
        key="ar-de-1",
        when="2029-05-09 09:35",
        sender=("Martina Schuster", "m.schuster@schuster-immobilien.example"),
        client="notice_html",
        text=txt(
            """
            Vielen Dank für Ihre Nachricht.

            Ich bin bis einschließlich Freitag, 11.05.2029, nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ab Montag, 14.05.2029, bin ich wieder für Sie erreichbar. In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Berger (t.berger@schuster-immobilien.example).

            Mit freundlichen Grüßen
            Martina Schuster
            """
        ),
        fields={"return_date": "2029-05-14"},
        note="'wieder erreichbar ab' wins over 'bis einschließlich'; the colleague's address is not a new contact",
        inv="0468",
        amount="530.00",
        subject="Automatische Antwort: {orig}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        key="ar-de-2",
        when="2029-05-23 09:42",
        sender=("Tierschutzverein Nordheide e.V.", "post@tsv-nordheide.example"),
        client="notice",
        text=txt(
            """
            Guten Tag,

            vielen Dank für Ihre E-Mail. Sie ist bei uns eingegangen und wird an die zuständige Stelle weitergeleitet. Da unser Büro ehrenamtlich besetzt ist, kann die Bearbeitung bis zu zwei Wochen dauern.

            Bitte sehen Sie von Rückfragen zum Bearbeitungsstand ab.

            Ihr Tierschutzverein Nordheide e.V.
            (automatisch erzeugte Nachricht)
            """
        ),
        note="receipt confirmation with only 'Precedence: bulk'; no date",
        inv="0469",
        amount="960.00",
        subject="Eingangsbestätigung: {orig}",
        headers=(("Precedence", "bulk"),),
        threaded=False,
    ),
    Reply(
        key="ar-fr-1",
        when="2029-05-21 09:38",
        sender=("Claire Vasseur", "c.vasseur@vasseur-immobilier.example"),
        client="notice_html",
        text=txt(
            """
            Bonjour,

            Je suis absente jusqu'au vendredi 25 mai inclus. Je serai de retour le lundi 28 mai et traiterai votre message à mon retour.

            Cordialement,
            Claire Vasseur
            """
        ),
        fields={"return_date": "2029-05-28"},
        note="the stated day back wins over 'jusqu'au … inclus'",
        inv="0470",
        amount="275.00",
        subject="Réponse automatique : {orig}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        key="ar-fr-2",
        when="2029-05-29 09:44",
        sender=("Refuge Les Quatre Pattes", "contact@refuge4pattes.example"),
        client="notice",
        text=txt(
            """
            Bonjour et merci pour votre message !

            Nos bénévoles répondent aux courriels sous 72 heures ouvrées. Pour une urgence concernant un animal trouvé, appelez directement le refuge.

            L'équipe du refuge
            (Ceci est une réponse automatique.)
            """
        ),
        note="only 'X-Autoreply: yes'; no date",
        inv="0471",
        amount="1190.00",
        subject="Accusé de réception - {orig}",
        headers=(("X-Autoreply", "yes"),),
        charset="iso-8859-1",
        threaded=False,
    ),
    Reply(
        key="ar-es-1",
        when="2029-05-30 09:37",
        sender=("Beatriz Soler", "bsoler@solerarquitectos.example"),
        client="notice_html",
        text=txt(
            """
            Estaré fuera de la oficina hasta el 4 de junio, con acceso limitado al correo. Para asuntos urgentes pueden llamar al estudio.

            Un saludo,
            Beatriz Soler
            """
        ),
        fields={"return_date": "2029-06-04"},
        note="'hasta X' → X itself",
        inv="0472",
        amount="420.00",
        subject="Respuesta automática: {orig}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        key="ar-nl-1",
        when="2029-05-17 09:36",
        sender=("Ilse Vermeulen", "ilse@vermeulen-hoveniers.example"),
        client="notice_html",
        text=txt(
            """
            Beste afzender,

            In verband met de Pinksterdagen ben ik afwezig. Vanaf dinsdag 22 mei ben ik weer bereikbaar en zal ik uw bericht zo snel mogelijk beantwoorden.

            Met vriendelijke groet,
            Ilse Vermeulen
            """
        ),
        fields={"return_date": "2029-05-22"},
        note="back on Tue 22 May, after Whit Monday",
        inv="0473",
        amount="385.00",
        subject="Automatisch antwoord: {orig}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        key="ar-nl-2",
        when="2029-05-11 09:33",
        sender=("Klantenservice DierenZorg Nederland", "service@dierenzorg-nl.example"),
        client="notice",
        text=txt(
            """
            Beste relatie,

            Bedankt voor uw bericht. Uw e-mail is geregistreerd onder ticketnummer 2029-118734. Wij streven ernaar binnen drie werkdagen te reageren.

            Vermeld bij vervolgcorrespondentie altijd het ticketnummer in de onderwerpregel.

            Met vriendelijke groet,
            Klantenservice DierenZorg Nederland

            Dit is een automatisch gegenereerd bericht.
            """
        ),
        note="ticket acknowledgement; no date",
        inv="0474",
        amount="745.00",
        subject="[Ticket #2029-118734] Ontvangen: {orig}",
        headers=(AUTO_GENERATED,),
    ),
    Reply(
        key="ar-it-1",
        when="2029-05-14 09:39",
        sender=("Elena Ricci", "e.ricci@ricci-assicurazioni.example"),
        client="notice_html",
        text=txt(
            """
            Gentile mittente,

            sarò fuori ufficio fino a venerdì 18 maggio, con accesso limitato alla posta elettronica. Per urgenze potete rivolgervi alla collega Laura Conte (l.conte@ricci-assicurazioni.example).

            Cordiali saluti
            Elena Ricci
            """
        ),
        fields={"return_date": "2029-05-18"},
        note="'fino a X' → X itself; the colleague's address is not a new contact",
        inv="0475",
        amount="590.00",
        subject="Risposta automatica: {orig}",
        headers=(AUTO_REPLIED,),
        charset="iso-8859-1",
    ),
    Reply(
        key="ar-it-2",
        when="2029-05-28 09:40",
        sender=("Agriturismo Le Querce", "info@agriturismolequerce.example"),
        client="notice",
        text=txt(
            """
            Grazie per averci scritto!

            Abbiamo ricevuto la vostra e-mail e vi risponderemo il prima possibile. In alta stagione i tempi di risposta possono allungarsi di qualche giorno.

            Agriturismo Le Querce
            Questa è una risposta automatica.
            """
        ),
        note="autoresponder with only 'Precedence: auto_reply'; no date",
        inv="0476",
        amount="310.00",
        subject="Re: {orig}",
        headers=(("Precedence", "auto_reply"),),
    ),
]

OTHER = [
    Reply(
        key="ot-en-1",
        when="2029-05-30 13:14",
        sender=("Karen Lowe", "karenlowe@gmail.com"),
        client="iphone",
        text="Did we not pay this? I thought my husband did it when we collected the cats but I'll have to ask him tonight",
        note="asks whether it was paid; no claim of payment, no promise, no document requested",
        inv="0456",
        amount="176.00",
    ),
    Reply(
        key="ot-en-2",
        when="2029-05-07 19:30",
        sender=("Emma Clarke", "emma.clarke.home@gmail.com"),
        client="gmail",
        text=txt(
            """
            Thanks. Before I forget, have you got space for Max from 14 to 21 July? Same as last year, he'll need his tablets twice a day.

            Emma
            """
        ),
        note="booking question in the reminder thread; nothing about the invoice",
        inv="0376",
        amount="204.00",
    ),
    Reply(
        key="ot-en-3",
        when="2029-05-18 12:47",
        sender=("Alan Whitcombe", "alan@whitcombe-surveyors.example"),
        client="outlook",
        text=txt(
            """
            Hello,

            Not about the invoice as such, but did Bonnie's lead and her blue fleece blanket get left behind when we collected her on the 3rd? We can't find either. If you have them I can pop in on Saturday morning.

            Thanks,
            Alan
            """
        ),
        note="lost property",
        inv="0375",
        amount="262.00",
    ),
    Reply(
        key="ot-de-1",
        when="2029-05-08 18:40",
        sender=("Petra Neumann", "petra.neumann@gmail.com"),
        client="iphone",
        text="Danke, hab's an meinen Mann weitergeleitet, der macht bei uns die Überweisungen.",
        note="acknowledgement; passing it to the husband is not a new contact",
        inv="0374",
        amount="315.00",
    ),
    Reply(
        key="ot-de-2",
        when="2029-05-24 10:22",
        sender=("Birgit Hahn", "b.hahn@hahn-tierfotografie.example"),
        client="outlook_html",
        text=txt(
            """
            Guten Tag,

            kurze Info vorab: Wir ziehen Ende Juni mit dem Studio um. Ab 1. Juli lautet unsere Anschrift Am Mühlbach 7, 79098 Freiburg. Bitte ändern Sie die Rechnungsadresse in Ihrem System, die E-Mail-Adresse bleibt gleich.

            Viele Grüße
            Birgit Hahn
            Hahn Tierfotografie
            """
        ),
        note="postal address change; the e-mail contact stays the same",
        inv="0373",
        amount="445.00",
        charset="windows-1252",
    ),
    Reply(
        key="ot-fr-1",
        when="2029-05-09 17:02",
        sender=("Gilles Bertin", "gilles.bertin@bertin-menuiserie.example"),
        client="thunderbird",
        text="Bien reçu, merci.\nG. Bertin",
        note="acknowledgement only",
        inv="0477",
        amount="230.00",
    ),
    Reply(
        key="ot-fr-2",
        when="2029-05-28 14:55",
        sender=("Anne-Sophie Mercier", "as.mercier@gmail.com"),
        client="gmail",
        text=txt(
            """
            Bonjour,

            Je vous réponds en français, j'espère que ça ne pose pas de problème. Avez-vous encore de la place pour nos deux chats du 3 au 17 août ? Ils étaient déjà chez vous l'an dernier (Pistache et Réglisse).

            Merci,
            Anne-Sophie Mercier
            """
        ),
        note="French reply to an English reminder; booking question only",
        inv="0478",
        amount="264.00",
        rlang="en",
    ),
    Reply(
        key="ot-es-1",
        when="2029-05-15 09:40",
        sender=("José Manuel Prieto", "jm.prieto@prietoasesores.example"),
        client="outlook",
        text="Recibido. Lo reviso esta semana con la gestoría y les digo algo.\n\nSaludos,\nJosé Manuel Prieto",
        note="acknowledgement; checking with the accountants is no commitment",
        inv="0479",
        amount="580.00",
    ),
    Reply(
        key="ot-es-2",
        when="2029-05-31 20:10",
        sender=("Lorena Gil", "lorena.gil@gmail.com"),
        client="iphone",
        text="¡Muchas gracias por todo! Lola volvió feliz y agotada jaja. Una pregunta, ¿hacéis también adiestramiento? Es que tira muchísimo de la correa",
        note="thanks and a question about training",
        inv="0480",
        amount="190.00",
    ),
    Reply(
        key="ot-nl-1",
        when="2029-05-11 12:15",
        sender=("Erik Visser", "erik.visser@gmail.com"),
        client="gmail_plain",
        text="Wie zijn jullie eigenlijk? Ik ken geen Bramblewood en deze mail lijkt verdacht veel op phishing. Ik klik nergens op. Als dit echt is, bel me dan maar.",
        note="suspicion, not a claim that the address is wrong; a person should call",
        inv="0481",
        amount="355.00",
    ),
    Reply(
        key="ot-nl-2",
        when="2029-05-16 15:30",
        sender=("Gert Hendriks", "gert@hendriks-loodgieters.example"),
        client="apple",
        text=txt(
            """
            Goedemiddag,

            Hebben jullie het vaccinatieboekje van Bikkel nog? We kunnen het nergens vinden en hij moet volgende week naar de trimsalon.

            Groet,
            Gert Hendriks
            """
        ),
        note="question about a document left behind, not about the invoice",
        inv="0482",
        amount="240.00",
    ),
    Reply(
        key="ot-it-1",
        when="2029-05-29 19:25",
        sender=("Simona Greco", "simona.greco@gmail.com"),
        client="android",
        text="Ricevuto. Una domanda: la pomata per l'orecchio di Micia è rimasta da voi? Non la troviamo più",
        note="acknowledgement and a question about the cat's ointment",
        inv="0483",
        amount="165.00",
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
    """A delivery report about a reminder sent to ``rcpt``; ``lang`` is the notice's language."""

    key: str
    when: str
    rcpt: str
    kind: str
    status: str
    inv: str
    amount: str
    rlang: str
    build: Callable[[Bounce], Message]
    note: str | None = None
    queued_minutes: int = 2

    @property
    def lang(self) -> str:
        """The language of the message, from the key."""
        return self.key.split("-")[1]

    @property
    def dt(self) -> datetime:
        """The Date of the message, in the sender's own offset."""
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def sent(self) -> datetime:
        """When the reminder left, in UK time."""
        return (self.dt - timedelta(minutes=self.queued_minutes)).astimezone(UK).replace(second=41)

    @property
    def currency(self) -> str:
        """The currency the customer is invoiced in."""
        return "GBP" if self.rlang == "en" else "EUR"

    def subject(self) -> str:
        """The subject of the reminder that bounced."""
        return reminder_subject(self.rlang, self.inv)

    def subject_latin1(self) -> str:
        """That subject as a Latin-1 system renders it."""
        return latin1(self.subject())


def original_reminder(b: Bounce) -> Message:
    """The reminder as the accounts mailbox sent it, for returned copies and header parts."""
    body = reminder_text(b.rlang, b.inv, b.amount, b.currency, b.sent.date())
    msg = text_part(body + "\n", "plain", "utf-8", "qp")
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = b.rcpt
    msg["Subject"] = header_value(b.subject(), "utf-8")
    msg["Date"] = format_datetime(b.sent)
    msg["Message-ID"] = reminder_message_id(b.key)
    headers_last(msg)
    return msg


def reminder_header_text(b: Bounce) -> str:
    """The header section of the returned reminder."""
    return original_reminder(b).as_string().split("\n\n", 1)[0] + "\n"


def headers_part(b: Bounce) -> Message:
    """A text/rfc822-headers part with the returned reminder's headers."""
    part = Message()
    part["Content-Type"] = "text/rfc822-headers"
    part["Content-Description"] = "Undelivered Message Headers"
    part.set_payload(reminder_header_text(b))
    return part


def delivery_status(
    b: Bounce,
    mta: str,
    action: str,
    diagnostic: str,
    remote: str = "",
    retry_days: int = 0,
) -> Message:
    """The RFC 3464 message/delivery-status part."""
    blocks = [
        f"Reporting-MTA: dns; {mta}\nArrival-Date: {format_datetime(b.sent.astimezone(b.dt.tzinfo))}\n",
        "\n".join(
            [
                f"Original-Recipient: rfc822;{b.rcpt}",
                f"Final-Recipient: rfc822; {b.rcpt}",
                f"Action: {action}",
                f"Status: {b.status}",
                *([f"Remote-MTA: dns; {remote}"] if remote else []),
                f"Diagnostic-Code: smtp; {diagnostic}",
                f"Last-Attempt-Date: {format_datetime(b.dt)}",
                *(
                    [f"Will-Retry-Until: {format_datetime(b.dt + timedelta(days=retry_days))}"]
                    if retry_days
                    else []
                ),
            ]
        )
        + "\n",
    ]
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload([message_from_bytes(block.encode()) for block in blocks])
    return part


def report(*parts: Message) -> Message:
    """A multipart/report of type delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def ndr_markup(text: str, charset: str) -> str:
    """The HTML twin of an Exchange-style human-readable report."""
    pars = text.split("\n\n")
    first = f'<p><b><font color="#000066" size="3" face="Arial">{html_text(pars[0])}</font></b></p>'
    rest = "".join(f'<p><font size="2" face="Tahoma">{html_text(p)}</font></p>' for p in pars[1:])
    return (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>'
        f"<body>{first}{rest}</body></html>\n"
    )


def human_alternative(text: str, charset: str, cte: str) -> Message:
    """An Exchange-style human-readable report: plain and HTML."""
    return alternative(
        text_part(text + "\n", "plain", charset, cte),
        text_part(ndr_markup(text, charset), "html", charset, cte),
    )


def seal(b: Bounce, msg: Message, sender: str, subject: str, *extra: tuple[str, str]) -> Message:
    """Envelope headers of a delivery report, then the usual finishing."""
    msg["Return-Path"] = "<>"
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_value(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = sender.rsplit("@", 1)[1].split(">", 1)[0].split(" ", 1)[0]
    msg["Message-ID"] = f"<{token('bounce', b.key, 20).lower()}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    for name, value in extra:
        msg[name] = value
    items = list(msg.items())
    for name in {k for k, _ in items}:
        del msg[name]
    for name, value in sorted(items, key=lambda item: item[0] != "Return-Path"):
        msg[name] = value
    return finish(msg, b.key, "bounce")


def plain_notice(text: str) -> Message:
    """A report with no MIME structure at all (old MTAs)."""
    msg = Message()
    msg.set_payload(text)
    return msg


def bounce_postfix_unknown(b: Bounce) -> Message:
    """Postfix at Bramblewood's own host: RFC 3464 report with the returned headers only."""
    human = txt(
        f"""
        This is the mail system at host mail.bramblewood-kennels.example.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <{b.rcpt}>: host mail.thornbury-spaniels.example[198.51.100.71] said:
            550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in
            local recipient table (in reply to RCPT TO command)
        """
    )
    part = text_part(human + "\n", "plain", "us-ascii", "7bit")
    part["Content-Description"] = "Notification"
    diag = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table"
    )
    status = delivery_status(
        b,
        "mail.bramblewood-kennels.example",
        "failed",
        diag,
        "mail.thornbury-spaniels.example",
    )
    status["Content-Description"] = "Delivery report"
    msg = report(part, status, headers_part(b))
    return seal(
        b,
        msg,
        "MAILER-DAEMON@mail.bramblewood-kennels.example (Mail Delivery System)",
        "Undelivered Mail Returned to Sender",
    )


def bounce_qmail(b: Bounce) -> Message:
    """qmail at the customer's hosting company: no MIME, the whole message copied inline."""
    human = txt(
        f"""
        Hi. This is the qmail-send program at mail.cotswold-webhosting.example.
        I'm afraid I wasn't able to deliver your message to the following addresses.
        This is a permanent error; I've given up. Sorry it didn't work out.

        <{b.rcpt}>:
        Sorry, no mailbox here by that name. (#5.1.1)

        --- Below this line is a copy of the message.
        """
    )
    copy = original_reminder(b).as_string()
    return seal(
        b,
        plain_notice(f"{human}\n\nReturn-Path: <{AR_ADDR}>\n{copy}"),
        "MAILER-DAEMON@mail.cotswold-webhosting.example",
        "failure notice",
    )


def bounce_exim_policy(b: Bounce) -> Message:
    """Exim at the outbound relay: a policy rejection, classic plain-text format."""
    human = txt(
        f"""
        This message was created automatically by mail delivery software.

        A message that you sent could not be delivered to one or more of its
        recipients. This is a permanent error. The following address(es) failed:

          {b.rcpt}
            host mx1.latimer-lettings.example [203.0.113.61]
            SMTP error from remote mail server after end of data:
            550 5.7.1 Message rejected under policy: sender domain not on the recipient's allow list

        ------ This is a copy of the message, including all the headers. ------
        """
    )
    copy = original_reminder(b).as_string()
    return seal(
        b,
        plain_notice(f"{human}\n\nReturn-path: <{AR_ADDR}>\n{copy}"),
        "Mail Delivery System <Mailer-Daemon@relay.dalesnet.example>",
        "Mail delivery failed: returning message to sender",
        ("X-Failed-Recipients", b.rcpt),
    )


def bounce_o365_de(b: Bounce) -> Message:
    """Office 365, German: recipient not found, 5.1.10."""
    human = txt(
        f"""
        Ihre Nachricht hat folgende Empfänger nicht erreicht:

        {b.rcpt} ({b.rcpt})

        Die E-Mail-Adresse, an die Sie geschrieben haben, wurde in der Zielorganisation nicht gefunden. Prüfen Sie die Schreibweise der Adresse und senden Sie die Nachricht erneut. Besteht das Problem weiter, wenden Sie sich auf anderem Weg an den Empfänger.

        Diagnoseinformationen für Administratoren:

        Generierender Server: AM8P190MB0977.EURP190.PROD.OUTLOOK.example

        {b.rcpt}
        Remoteserver hat '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {b.rcpt} not found by SMTP address lookup' zurückgegeben
        """
    )
    diag = f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {b.rcpt} not found by SMTP address lookup"
    msg = report(
        human_alternative(human, "iso-8859-1", "qp"),
        delivery_status(b, "AM8P190MB0977.EURP190.PROD.OUTLOOK.example", "failed", diag),
        headers_part(b),
    )
    return seal(
        b,
        msg,
        "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@hofgut-eichenried.example>",
        f"Unzustellbar: {b.subject()}",
    )


def bounce_hoster_delay_de(b: Bounce) -> Message:
    """A German hosting company's delay warning: RFC 3464, action delayed, Latin-1 text."""
    until = b.dt + timedelta(days=4)
    human = txt(
        f"""
        Dies ist eine automatisch erzeugte Nachricht des Mailservers mx02.alpenhost.example.

        Ihre Nachricht an {b.rcpt} konnte bisher NICHT zugestellt werden. Der Zielserver mail.hundezucht-am-see.example ist seit mehreren Stunden nicht erreichbar (4.4.1, Zeitüberschreitung beim Verbindungsaufbau).

        Sie müssen nichts unternehmen. Wir versuchen die Zustellung automatisch weiter bis zum {until:%d.%m.%Y}. Gelingt sie bis dahin nicht, erhalten Sie eine endgültige Fehlermeldung.

        Betreff Ihrer Nachricht: {b.subject_latin1()}

        alpenhost Mailsystem
        """
    )
    msg = report(
        text_part(human + "\n", "plain", "iso-8859-1", "qp"),
        delivery_status(
            b,
            "mx02.alpenhost.example",
            "delayed",
            "421 4.4.1 Connection timed out",
            "mail.hundezucht-am-see.example",
            retry_days=4,
        ),
        headers_part(b),
    )
    return seal(
        b,
        msg,
        "Mail Delivery System <MAILER-DAEMON@mx02.alpenhost.example>",
        f"Zustellung verzögert: {b.subject()}",
    )


def bounce_provider_fr_domain(b: Bounce) -> Message:
    """A French provider's own notice: the recipient domain no longer exists."""
    domain = b.rcpt.split("@")[1]
    sent = b.sent.astimezone(b.dt.tzinfo)
    human = txt(
        f"""
        Bonjour,

        Ceci est un message automatique du serveur smtp.hexanet-mail.example.

        Votre message n'a pas pu être remis au destinataire suivant :

            {b.rcpt}

        Motif : le domaine {domain} n'existe pas ou ne possède plus de serveur de messagerie (erreur 5.1.2, réponse DNS : NXDOMAIN). Il s'agit d'une erreur définitive : aucune nouvelle tentative ne sera faite.

        Objet du message : {b.subject()}
        Envoyé le : {render("{wda} {d} {mona} {y} {HH}:{mm}", "fr", sent)}

        Le service messagerie Hexanet
        """
    )
    return seal(
        b,
        text_part(human + "\n", "plain", "utf-8", "qp"),
        "Service de messagerie <mailer-daemon@smtp.hexanet-mail.example>",
        "Échec de la remise du message",
    )


def bounce_o365_fr_full(b: Bounce) -> Message:
    """Office 365, French: mailbox full, reported with 5.2.2."""
    human = txt(
        f"""
        Votre message n'a pas pu être remis à {b.rcpt}, car la boîte aux lettres du destinataire est pleine.

        Le destinataire ne peut plus recevoir de messages tant qu'il n'a pas libéré de l'espace. Essayez de renvoyer votre message plus tard ou prévenez le destinataire par un autre moyen.

        Informations de diagnostic pour les administrateurs :

        Serveur de génération : PR2P264MB0918.FRAP264.PROD.OUTLOOK.example

        {b.rcpt}
        Le serveur distant a retourné « 554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded »
        """
    )
    diag = "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded"
    msg = report(
        human_alternative(human, "utf-8", "qp"),
        delivery_status(b, "PR2P264MB0918.FRAP264.PROD.OUTLOOK.example", "failed", diag),
        headers_part(b),
    )
    return seal(
        b,
        msg,
        "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@chatterie-du-lys.example>",
        f"Non remis : {b.subject()}",
    )


def bounce_gmail_es(b: Bounce) -> Message:
    """Gmail, Spanish account language: address not found, with the returned message."""
    paragraphs = [
        "** No se ha encontrado la dirección **",
        f"Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o no puede recibir correo.",
        "La respuesta del servidor remoto ha sido:",
        "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.",
    ]
    plain = "\n\n".join(paragraphs) + "\n"
    markup = (
        "<html><head></head><body>"
        + "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs)
        + "</body></html>\n"
    )
    human = alternative(
        text_part(plain, "plain", "utf-8", "qp"),
        text_part(markup, "html", "utf-8", "qp"),
    )
    diag = "550-5.1.1 The email account that you tried to reach does not exist. 5614622812f47-3c9b0f2a41esi118203b6e.91 - gsmtp"
    msg = report(
        human,
        delivery_status(b, "googlemail.com", "failed", diag),
        MIMEMessage(original_reminder(b)),
    )
    return seal(
        b,
        msg,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
    )


def bounce_provider_es_full(b: Bounce) -> Message:
    """A Spanish hosting provider's plain notice: mailbox full, will retry."""
    sent = b.sent.astimezone(b.dt.tzinfo)
    human = txt(
        f"""
        Este es un aviso automático del servidor correo.ibermail-hosting.example.

        Todavía no ha sido posible entregar su mensaje a {b.rcpt} porque el buzón del destinatario está lleno (código 4.2.2, cuota excedida).

        El sistema seguirá intentando la entrega durante las próximas 72 horas. Si el destinatario libera espacio en ese plazo, el mensaje se entregará sin que usted tenga que hacer nada. No es necesario volver a enviarlo.

        Asunto: {b.subject_latin1()}
        Fecha de envío: {sent:%d/%m/%Y %H:%M}

        Administrador del sistema de correo
        """
    )
    return seal(
        b,
        text_part(human + "\n", "plain", "iso-8859-1", "qp"),
        "Administrador del sistema de correo <postmaster@correo.ibermail-hosting.example>",
        "Aviso: mensaje todavía no entregado",
    )


def bounce_hoster_delay_nl(b: Bounce) -> Message:
    """A Dutch hosting company's delay warning as an RFC 3464 report."""
    human = txt(
        f"""
        Dit is een automatisch bericht van mailserver mx3.polderhosting.example.

        Uw bericht aan {b.rcpt} is nog niet afgeleverd. De ontvangende server weigert het bericht op dit moment tijdelijk:

            451 4.4.7 Delivery delayed, recipient server busy, please try again later

        U hoeft niets te doen. We bieden het bericht tot vijf dagen na verzending opnieuw aan. Lukt dat niet, dan ontvangt u een definitieve foutmelding.

        Onderwerp: {b.subject()}
        """
    )
    msg = report(
        text_part(human + "\n", "plain", "utf-8", "qp"),
        delivery_status(
            b,
            "mx3.polderhosting.example",
            "delayed",
            "451 4.4.7 Delivery delayed, recipient server busy, please try again later",
            "mx.dierenasiel-zuid.example",
            retry_days=5,
        ),
        headers_part(b),
    )
    return seal(
        b,
        msg,
        "Mail Delivery System <MAILER-DAEMON@mx3.polderhosting.example>",
        "Vertraagde bezorging: bericht nog niet afgeleverd",
    )


def bounce_o365_it(b: Bounce) -> Message:
    """Office 365, Italian: address not found, base64-encoded human part."""
    human = txt(
        f"""
        Il messaggio non è stato recapitato a {b.rcpt} perché l'indirizzo non è stato trovato o non può ricevere posta.

        Verificare di aver digitato correttamente l'indirizzo del destinatario e riprovare. Se il problema persiste, contattare il destinatario per altra via.

        Informazioni di diagnostica per gli amministratori:

        Server di generazione: DU0P192MB1521.EURP192.PROD.OUTLOOK.example

        {b.rcpt}
        Il server remoto ha restituito '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
        """
    )
    msg = report(
        human_alternative(human, "utf-8", "b64"),
        delivery_status(
            b,
            "DU0P192MB1521.EURP192.PROD.OUTLOOK.example",
            "failed",
            "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found",
        ),
        headers_part(b),
    )
    return seal(
        b,
        msg,
        "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@allevamentodeltorrente.example>",
        f"Non recapitabile: {b.subject()}",
    )


def bounce_provider_it_full(b: Bounce) -> Message:
    """An Italian provider's plain notice: mailbox over quota, will retry."""
    sent = b.sent.astimezone(b.dt.tzinfo)
    human = txt(
        f"""
        Gentile cliente,

        il messaggio da lei inviato a {b.rcpt} non è stato ancora consegnato perché la casella del destinatario ha superato lo spazio disponibile (452 4.2.2 mailbox over quota).

        Il sistema riproverà la consegna automaticamente per i prossimi 3 giorni. Non è necessario inviare di nuovo il messaggio.

        Dettagli del messaggio:
        Oggetto: {b.subject_latin1()}
        Data: {sent:%d/%m/%Y %H:%M}

        Servizio Posta PostaWeb
        """
    )
    return seal(
        b,
        text_part(human + "\n", "plain", "iso-8859-1", "qp"),
        "Servizio Posta <mailer-daemon@mail.postaweb-italia.example>",
        "Avviso di mancata consegna temporanea",
    )


BOUNCES = [
    Bounce(
        "bo-en-1",
        "2029-05-08 08:47 +0100",
        "bookings@thornbury-spaniels.example",
        "hard",
        "5.1.1",
        "0484",
        "232.00",
        "en",
        bounce_postfix_unknown,
        "RFC 3464 report with text/rfc822-headers",
    ),
    Bounce(
        "bo-en-2",
        "2029-05-15 08:58 +0100",
        "dave@cotswoldcanine.example",
        "hard",
        "5.1.1",
        "0485",
        "178.50",
        "en",
        bounce_qmail,
        "qmail, no MIME; the status is only in '(#5.1.1)'",
    ),
    Bounce(
        "bo-en-3",
        "2029-05-24 08:51 +0100",
        "office@latimer-lettings.example",
        "hard",
        "5.7.1",
        "0486",
        "1015.00",
        "en",
        bounce_exim_policy,
        "Exim, plain text; policy rejection is permanent",
    ),
    Bounce(
        "bo-de-1",
        "2029-05-11 09:44 +0200",
        "buchhaltung@hofgut-eichenried.example",
        "hard",
        "5.1.10",
        "0487",
        "455.00",
        "de",
        bounce_o365_de,
        "Office 365 in German",
    ),
    Bounce(
        "bo-de-2",
        "2029-05-17 13:40 +0200",
        "info@hundezucht-am-see.example",
        "soft",
        "4.4.1",
        "0488",
        "290.00",
        "de",
        bounce_hoster_delay_de,
        "delay warning, action delayed",
        246,
    ),
    Bounce(
        "bo-fr-1",
        "2029-05-16 09:33 +0200",
        "contact@elevage-des-grands-pins.example",
        "hard",
        "5.1.2",
        "0489",
        "610.00",
        "fr",
        bounce_provider_fr_domain,
        "provider notice, domain gone; not RFC 3464",
    ),
    Bounce(
        "bo-fr-2",
        "2029-05-29 09:47 +0200",
        "compta@chatterie-du-lys.example",
        "soft",
        "5.2.2",
        "0490",
        "340.00",
        "fr",
        bounce_o365_fr_full,
        "mailbox full reported with a 5.x code: soft by the mailbox-full rule; the code is kept",
    ),
    Bounce(
        "bo-es-1",
        "2029-05-10 09:39 +0200",
        "protectora.lasmarinas@gmail.com",
        "hard",
        "5.1.1",
        "0491",
        "780.00",
        "es",
        bounce_gmail_es,
        "Gmail bounce with the Spanish account language",
    ),
    Bounce(
        "bo-es-2",
        "2029-05-22 11:35 +0200",
        "facturas@cortijoelolivar.example",
        "soft",
        "4.2.2",
        "0492",
        "265.00",
        "es",
        bounce_provider_es_full,
        "provider notice, mailbox full, still retrying",
        63,
    ),
    Bounce(
        "bo-nl-1",
        "2029-05-31 12:52 +0200",
        "administratie@dierenasiel-zuid.example",
        "soft",
        "4.4.7",
        "0493",
        "1120.00",
        "nl",
        bounce_hoster_delay_nl,
        "delay report, action delayed",
        241,
    ),
    Bounce(
        "bo-it-1",
        "2029-05-18 09:36 +0200",
        "contabilita@allevamentodeltorrente.example",
        "hard",
        "5.1.1",
        "0494",
        "520.00",
        "it",
        bounce_o365_it,
        "Office 365 in Italian, human part in base64",
    ),
    Bounce(
        "bo-it-2",
        "2029-05-24 10:14 +0200",
        "amministrazione@canilesanrocco.example",
        "soft",
        "4.2.2",
        "0495",
        "880.00",
        "it",
        bounce_provider_it_full,
        "provider notice, mailbox over quota, still retrying",
        61,
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, checks, output
# --------------------------------------------------------------------------------------------

DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
AMOUNT_RE = re.compile(r"\d+\.\d{2}")
REF_RE = re.compile(r"BWK/2029/\d{4}")
STATUS_RE = re.compile(r"[245]\.\d{1,3}\.\d{1,3}")
ADDRESS_RE = re.compile(r"[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]+")


@dataclass(frozen=True)
class Item:
    """One built message with its label and what the checks need to know about it."""

    key: str
    message: Message
    label: Label
    text: str
    client: str
    when: datetime
    uk: bool


def reply_label(r: Reply) -> Label:
    """The label of a hand-written message, in the label-file key order (without the file)."""
    label: Label = {"intent": r.intent}
    for name in LABEL_KEYS:
        label[name] = r.fields.get(name)
    label["invoice_refs"] = [invoice_number(ref) for ref in r.refs]
    label["language"] = r.lang
    label["note"] = r.note
    return label


def bounce_label(b: Bounce) -> Label:
    """The label of a delivery report."""
    label: Label = {"intent": "bounce"}
    for name in LABEL_KEYS:
        label[name] = None
    label |= {
        "bounce_kind": b.kind,
        "failed_recipient": b.rcpt,
        "bounce_status": b.status,
    }
    label |= {"invoice_refs": [], "language": b.lang, "note": b.note}
    return label


def fail(key: str, problem: str) -> None:
    """Stop the build with a message naming the offending message."""
    raise SystemExit(f"{key}: {problem}")


def check_reply(r: Reply) -> None:
    """Consistency of one hand-written message with its own labels."""
    if r.key.split("-")[0] not in KEY_PREFIX or r.lang not in LANGS or r.client not in CLIENTS:
        fail(r.key, "bad key or client")
    unknown = set(r.fields) - set(LABEL_KEYS)
    if unknown:
        fail(r.key, f"unknown label fields {sorted(unknown)}")
    day = r.dt.date()
    for ref in r.refs:
        if ref not in r.text:
            fail(r.key, f"invoice {ref} is not in the new text")
    contact = r.fields.get("new_contact")
    if contact and contact not in r.text.lower():
        fail(r.key, "new_contact is not in the new text")
    for name in ("paid_date", "promised_date", "return_date"):
        value = r.fields.get(name)
        if value is None:
            continue
        stated = date.fromisoformat(value)
        if (stated > day) if name == "paid_date" else (stated < day):
            fail(r.key, f"{name} {value} is on the wrong side of the message date {day}")


def check_bounce(b: Bounce) -> None:
    """A bounce's kind must follow from its status (mailbox full counts as soft)."""
    soft = b.status.startswith("4.") or b.status == "5.2.2"
    if (b.kind == "soft") != soft:
        fail(b.key, f"kind {b.kind} does not fit status {b.status}")


def check_label(key: str, label: Label) -> None:
    """Shape and formats of one label."""
    expected = ["file", "intent", *LABEL_KEYS, "invoice_refs", "language", "note"]
    if list(label) != expected:
        fail(key, "label keys out of order")
    intent = str(label["intent"])
    if intent not in INTENTS or label["language"] not in LANGS:
        fail(key, "bad intent or language")
    allowed = INTENT_FIELDS.get(intent, frozenset())
    for name in LABEL_KEYS:
        value = label[name]
        if value is None:
            continue
        if name not in allowed:
            fail(key, f"{name} is filled but the intent is {intent}")
        if not isinstance(value, str):
            fail(key, f"{name} is not a string")
        text = str(value)
        if name.endswith("_date"):
            if not DATE_RE.fullmatch(text):
                fail(key, f"{name} is not an ISO date")
            date.fromisoformat(text)
        if name == "amount" and not AMOUNT_RE.fullmatch(text):
            fail(key, "amount is not a plain decimal")
        if name == "currency" and text not in {"GBP", "EUR"}:
            fail(key, "currency is not ISO")
        if name in {"new_contact", "failed_recipient"} and not ADDRESS_RE.fullmatch(text):
            fail(key, f"{name} is not a lower-case address")
        if name == "bounce_status" and not STATUS_RE.fullmatch(text):
            fail(key, "bounce_status is not an enhanced status code")
    if (label["amount"] is None) != (label["currency"] is None):
        fail(key, "amount and currency go together")
    if intent == "bounce" and None in (
        label["bounce_kind"],
        label["failed_recipient"],
        label["bounce_status"],
    ):
        fail(key, "a bounce needs kind, recipient and status")
    refs = label["invoice_refs"]
    if not isinstance(refs, list) or not all(REF_RE.fullmatch(ref) for ref in refs):
        fail(key, "invoice_refs are not normalised invoice numbers")


def unflow(text: str) -> str:
    """Undo format=flowed soft breaks and space-stuffing (enough for the round-trip check)."""
    out: list[str] = []
    joining = False
    for raw in text.split("\n"):
        line = raw.removeprefix(" ")
        if joining:
            out[-1] += line
        else:
            out.append(line)
        joining = line.endswith(" ") and line != "-- "
    return "\n".join(out)


def check_parsed(item: Item, data: bytes) -> None:
    """Parse the written bytes back with the default policy and insist on a clean result."""
    if not data.split(b"\n\n", 1)[0].isascii():
        fail(item.key, "raw 8-bit bytes in the header section")
    msg = message_from_bytes(data, policy=policy.default)
    for part in msg.walk():
        if part.defects:
            fail(item.key, f"MIME defects {part.defects}")
        for name, value in part.items():
            if isinstance(value, BaseHeader) and value.defects:
                fail(item.key, f"header {name} has defects {value.defects}")
            if "=?" in str(value) or "\ufffd" in str(value):
                fail(item.key, f"header {name} is not decoded")
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if not isinstance(content, str) or "\ufffd" in content:
                fail(item.key, "a text part does not decode")
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[name] is None:
            fail(item.key, f"no {name} header")
    stamp = msg["Date"]
    if not isinstance(stamp, BaseHeader) or getattr(stamp, "datetime", None) != item.when:
        fail(item.key, "Date header does not round-trip")
    first = next((p for p in msg.walk() if p.get_content_type() == "text/plain"), None)
    if item.text and first is not None and item.client != "html_only":
        content = str(first.get_content()).replace("\r\n", "\n")
        if first.get_param("format") == "flowed":
            content = unflow(content)
        expected = latin1(item.text) if first.get_content_charset() == "iso-8859-1" else item.text
        if expected not in content:
            fail(item.key, "the hand-written text does not survive the round trip")


def build_items() -> list[Item]:
    """Every message of the corpus with its label."""
    items: list[Item] = []
    for r in REPLIES:
        check_reply(r)
        items.append(Item(r.key, build_reply(r), reply_label(r), r.text, r.client, r.dt, r.in_uk))
    for b in BOUNCES:
        check_bounce(b)
        items.append(
            Item(
                b.key,
                b.build(b),
                bounce_label(b),
                "",
                b.build.__name__,
                b.dt,
                b.dt.utcoffset() == timedelta(hours=1),
            )
        )
    return items


def check_corpus(items: list[Item]) -> None:
    """Corpus-wide checks: unique keys, dates and offsets, one customer per invoice, counts."""
    keys = [item.key for item in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    for item in items:
        local = item.when
        if not FIRST_DAY <= local.date() <= LAST_DAY:
            fail(item.key, f"date {local} is outside the corpus range")
        offset = local.utcoffset()
        if item.label["intent"] != "bounce" and offset != (UK if item.uk else CE).utcoffset(None):
            fail(item.key, "wrong UTC offset for the sender")
        if offset not in {timedelta(hours=1), timedelta(hours=2)}:
            fail(item.key, "offset is neither BST nor CEST")
    owner: dict[str, str] = {}
    for r in REPLIES:
        domain = r.sender[1].split("@")[1]
        for inv in {r.inv, *r.refs}:
            if owner.setdefault(inv, domain) != domain:
                fail(r.key, f"invoice {inv} already belongs to {owner[inv]}")
    for b in BOUNCES:
        if b.inv in owner:
            fail(b.key, f"invoice {b.inv} already used")
    cells = Counter((str(item.label["intent"]), str(item.label["language"])) for item in items)
    for intent, row in PLAN.items():
        for lang, wanted in zip(LANGS, row, strict=True):
            if cells[intent, lang] != wanted:
                fail(
                    intent,
                    f"{cells[intent, lang]} messages in {lang}, the plan says {wanted}",
                )


def file_order(items: list[Item]) -> list[Item]:
    """Files are numbered by a seeded hash of the key, so a name says nothing about the label."""
    return sorted(items, key=lambda item: digest("file-order", item.key))


def count_table(labels: list[Label]) -> str:
    """The table of intents by languages, in Markdown."""
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


def coverage(items: list[Item]) -> str:
    """A summary of clients, MIME structures, charsets, encodings and headers."""
    clients = Counter(item.client for item in items)
    tops = Counter(
        item.message.get_content_type() if "Content-Type" in item.message else "no MIME"
        for item in items
    )
    charsets: Counter[str] = Counter()
    encodings: Counter[str] = Counter()
    for item in items:
        for part in item.message.walk():
            if part.get_content_maintype() == "text" and part.get_content_charset():
                charsets[str(part.get_content_charset())] += 1
            cte = part.get("Content-Transfer-Encoding")
            if cte:
                encodings[str(cte)] += 1
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
        )
        if name in item.message
    )
    encoded = Counter(
        name for item in items for name in ("Subject", "From") if "=?" in str(item.message[name])
    )
    lines = [
        "clients: " + ", ".join(f"{k} {v}" for k, v in sorted(clients.items())),
        "top-level types: " + ", ".join(f"{k} {v}" for k, v in sorted(tops.items())),
        "text-part charsets: " + ", ".join(f"{k} {v}" for k, v in sorted(charsets.items())),
        "transfer encodings (parts): "
        + ", ".join(f"{k} {v}" for k, v in sorted(encodings.items())),
        "headers: " + ", ".join(f"{k} {v}" for k, v in sorted(headers.items())),
        "RFC 2047 encoded: " + ", ".join(f"{k} {v}" for k, v in sorted(encoded.items())),
    ]
    return "\n".join(lines)


def write_corpus() -> tuple[list[Label], list[Item]]:
    """Write every .eml file and labels.jsonl next to this script."""
    items = build_items()
    check_corpus(items)
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[Label] = []
    for number, item in enumerate(file_order(items), start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = item.message.as_bytes()
        check_parsed(item, data)
        (HERE / name).write_bytes(data)
        label: Label = {"file": name, **item.label}
        check_label(item.key, label)
        labels.append(label)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels, items


def main() -> int:
    """Build, check and summarise the corpus."""
    labels, items = write_corpus()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {dict(sorted(kinds.items()))}")
    print(coverage(items))
    return 0


if __name__ == "__main__":
    sys.exit(main())
