# ruff: noqa: C901, E501, PLR0912, PLR0917, RUF001, RUF002
# (The second directive keeps linters quiet where E501 and RUF001 are not enabled.)
# Message text is kept one paragraph a line, the way a mail client hands it over, with the
# typographic dashes, quotes and emoji people really type.
"""Build held-out reply corpus 113: `h113-NNN.eml` files and `labels.jsonl`.

Every message is something that could arrive in the receivables mailbox of Sparrowhawk Drone
Surveys after an overdue reminder went out: replies from customers, auto-replies, ticket
acknowledgements, payment advices and delivery-failure reports. The new text of every message is
written by hand below. The script only adds what a mail client or a mail server would add: the
quoted reminder (in the client's layout and in the reader's language), headers, MIME structure,
charsets and transfer encodings. Run it from anywhere; it writes next to itself, deterministically.
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
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from email import charset as email_charset
from email import message_from_bytes, policy
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from functools import cache
from pathlib import Path
from typing import NoReturn, cast

HERE = Path(__file__).resolve().parent
SEED = "sparrowhawk-113-20291105"
PREFIX = "h113"
AR_NAME = "Sparrowhawk Accounts"
AR_ADDR = "billing@sparrowhawk-drones.example"
AR_DOMAIN = "sparrowhawk-drones.example"
UK = timezone(timedelta(hours=0))
CET = timezone(timedelta(hours=1))
FIRST_DAY = date(2029, 11, 5)
LAST_DAY = date(2029, 11, 30)
LANGS = ("en", "de", "fr", "es", "nl", "it")
LANG_TOTALS = {"en": 30, "de": 18, "fr": 18, "es": 18, "nl": 18, "it": 18}
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
    "un": "unsubscribe",
    "ar": "auto_reply",
    "bo": "bounce",
    "ot": "other",
}
# Which label fields each intent may fill (all others stay null).
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
LABEL_ORDER = (
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


# --------------------------------------------------------------------------------------------
# Labels and message specs
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Label:
    """The expected reading of one message, beyond its intent and language."""

    promised_date: str | None = None
    paid_date: str | None = None
    return_date: str | None = None
    payment_reference: str | None = None
    amount: str | None = None
    currency: str | None = None
    new_contact: str | None = None
    bounce_kind: str | None = None
    failed_recipient: str | None = None
    bounce_status: str | None = None
    refs: tuple[str, ...] = ()
    note: str | None = None

    def fields(self) -> dict[str, str | None]:
        """The intent-specific fields, in label order."""
        return {
            "promised_date": self.promised_date,
            "paid_date": self.paid_date,
            "return_date": self.return_date,
            "payment_reference": self.payment_reference,
            "amount": self.amount,
            "currency": self.currency,
            "new_contact": self.new_contact,
            "bounce_kind": self.bounce_kind,
            "failed_recipient": self.failed_recipient,
            "bounce_status": self.bounce_status,
        }


NO_LABEL = Label()


@dataclass(frozen=True)
class Reply:
    """One hand-written message: who wrote it, when, with which client, and how it is labelled.

    `when` is local wall-clock time; `uk` says whether the sender is in the UK (GMT in November)
    or on the continent (CET). `client` picks the layout a mail client wraps around `body`.
    Notices (`notice`, `notice_html`) quote nothing and carry their own `subject`.
    """

    key: str
    sender: tuple[str, str]
    when: str
    client: str
    body: str
    label: Label = NO_LABEL
    uk: bool | None = None
    inv: str = ""
    amount: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    subject: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    cc: tuple[str, str] | None = None
    attachment: tuple[str, bytes] | None = None
    threaded: bool = True

    @property
    def intent(self) -> str:
        """The intent, from the key's prefix."""
        return KEY_PREFIX[self.key.split("-")[0]]

    @property
    def lang(self) -> str:
        """The language of the new text, from the key."""
        return self.key.split("-")[1]

    @property
    def in_uk(self) -> bool:
        """UK senders write English unless told otherwise."""
        return self.lang == "en" if self.uk is None else self.uk

    @property
    def tz(self) -> timezone:
        """The sender's offset for November 2029 (no daylight saving in force)."""
        return UK if self.in_uk else CET

    @property
    def dt(self) -> datetime:
        """The message's Date, with a few seconds derived from the key."""
        base = datetime.strptime(self.when, "%Y-%m-%d %H:%M").replace(tzinfo=self.tz)
        return base + timedelta(seconds=digest(self.key, "sec")[0] % 60)

    @property
    def currency(self) -> str:
        """UK customers are billed in pounds, the others in euros."""
        return "GBP" if self.in_uk else "EUR"

    @property
    def invoice(self) -> str:
        """The invoice the reminder was about."""
        return self.inv or default_invoices()[self.key]

    @property
    def due_amount(self) -> str:
        """The reminder's amount as a decimal string."""
        if self.amount:
            return self.amount
        raw = digest(self.key, "amount")
        return f"{240 + (raw[0] * 256 + raw[1]) % 2400 // 5 * 5}.00"


# --------------------------------------------------------------------------------------------
# Locale tables: what the reminder and the mail clients look like in each language
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
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}

# Attribution lines, one table per client family.
GMAIL_ATTR = {
    "en": "On {wa}, {d} {ma} {y} at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {wa}, {d}. {ma} {y} um {HH}:{MM} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wa} {d} {ma} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {wa}, {d} {ma} {y} a las {H}:{MM}, {name} (<{addr}>) escribió:",
    "nl": "Op {wa} {d} {ma} {y} om {HH}:{MM} schreef {name} <{addr}>:",
    "it": "Il giorno {wa} {d} {ma} {y} alle ore {HH}:{MM} {name} <{addr}> ha scritto:",
}
APPLE_ATTR = {
    "en": "On {d} {ma} {y}, at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{MM} schrieb {name} <{addr}>:",
    "fr": "Le {d} {ma} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {d} {ma} {y}, a las {H}:{MM}, {name} <{addr}> escribió:",
    "nl": "Op {d} {ma} {y} om {HH}:{MM} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {ma} {y}, alle ore {HH}:{MM}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTR = {
    "en": "On {dd}/{mo}/{y} {HH}:{MM}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{MM} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{MM}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{MM}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{MM} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{MM}, {name} ha scritto:",
}
# Outlook desktop: separator line, header labels (From, Sent, To, Cc, Subject), label separator.
OUTLOOK_LABELS = {
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
OUTLOOK_SENT = {
    "en": "{d} {ml} {y} {HH}:{MM}",
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
OUTLOOK_RE = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
IPHONE_SIG = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
}
ANDROID_SIG = {
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

# The reminder dunmail sent, in each language. {inv} {amount} {issued} {due} {bank}
REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – Sparrowhawk Drone Surveys",
    "de": "Zahlungserinnerung: Rechnung {inv}",
    "fr": "Rappel : facture {inv} arrivée à échéance",
    "es": "Aviso: factura {inv} pendiente de pago",
    "nl": "Betalingsherinnering factuur {inv}",
    "it": "Sollecito di pagamento – fattura {inv}",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "This is a reminder that invoice {inv} for {amount}, dated {issued}, was due for payment on {due} and is still showing as unpaid on our system.\n\n"
        "If payment is already on its way, thank you – a quick reply with the date and your reference helps us match it. If something is wrong with the invoice or the work, please let us know by replying to this email.\n\n"
        "{bank}\n\n"
        "Many thanks,\n"
        "Accounts team\n"
        "Sparrowhawk Drone Surveys Ltd\n"
        "Unit 7, Airfield Business Park\n"
        "billing@sparrowhawk-drones.example"
    ),
    "de": (
        "Guten Tag,\n\n"
        "zu unserer Rechnung {inv} vom {issued} über {amount} konnten wir bis zum Fälligkeitsdatum {due} keinen Zahlungseingang feststellen.\n\n"
        "Falls die Zahlung bereits unterwegs ist, vielen Dank – eine kurze Antwort mit Datum und Verwendungszweck hilft uns bei der Zuordnung. Sollte mit der Rechnung oder dem Auftrag etwas nicht stimmen, antworten Sie bitte einfach auf diese E-Mail.\n\n"
        "{bank}\n\n"
        "Freundliche Grüße\n"
        "Buchhaltung\n"
        "Sparrowhawk Drone Surveys Ltd"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Sauf erreur de notre part, la facture {inv} du {issued}, d'un montant de {amount}, arrivée à échéance le {due}, n'a pas encore été réglée.\n\n"
        "Si le paiement est déjà en cours, merci ; une courte réponse avec la date et la référence du virement nous aidera à le rapprocher. En cas de problème avec la facture ou la prestation, répondez simplement à ce message.\n\n"
        "{bank}\n\n"
        "Bien cordialement,\n"
        "Service comptabilité\n"
        "Sparrowhawk Drone Surveys Ltd"
    ),
    "es": (
        "Buenos días:\n\n"
        "Le recordamos que la factura {inv}, con fecha {issued} y un importe de {amount}, venció el {due} y todavía figura como pendiente en nuestro sistema.\n\n"
        "Si ya ha ordenado el pago, muchas gracias; le agradeceríamos que nos indicara la fecha y la referencia para poder identificarlo. Si hay algún problema con la factura o con el trabajo realizado, basta con responder a este correo.\n\n"
        "{bank}\n\n"
        "Un saludo,\n"
        "Departamento de contabilidad\n"
        "Sparrowhawk Drone Surveys Ltd"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Volgens onze administratie is factuur {inv} van {issued}, groot {amount}, op {due} vervallen en nog niet voldaan.\n\n"
        "Is de betaling al onderweg, dan alvast bedankt; laat u ons even de datum en het betalingskenmerk weten, dan kunnen we hem koppelen. Klopt er iets niet aan de factuur of de uitgevoerde opdracht, reageer dan gewoon op deze e-mail.\n\n"
        "{bank}\n\n"
        "Met vriendelijke groet,\n"
        "Debiteurenadministratie\n"
        "Sparrowhawk Drone Surveys Ltd"
    ),
    "it": (
        "Buongiorno,\n\n"
        "dai nostri controlli la fattura {inv} del {issued}, di importo pari a {amount}, risulta scaduta il {due} e non ancora saldata.\n\n"
        "Se il pagamento è già stato disposto, vi ringraziamo: una breve risposta con data e riferimento del bonifico ci aiuterà ad abbinarlo. Per qualsiasi problema relativo alla fattura o al servizio svolto, potete rispondere direttamente a questa e-mail.\n\n"
        "{bank}\n\n"
        "Cordiali saluti,\n"
        "Ufficio amministrazione\n"
        "Sparrowhawk Drone Surveys Ltd"
    ),
}
BANK_GBP = "Bank transfer to Sparrowhawk Drone Surveys Ltd · sort code 20-41-77 · account 50318822"
BANK_EUR = "IBAN: GB33 SPRW 2041 7750 3188 22 · BIC: SPRWGB2L"
DATE_FORMAT = {
    "en": "{d} {ml} {y}",
    "de": "{dd}.{mo}.{y}",
    "fr": "{dd}/{mo}/{y}",
    "es": "{dd}/{mo}/{y}",
    "nl": "{dd}-{mo}-{y}",
    "it": "{dd}/{mo}/{y}",
}
# What a Latin-1 client does to characters it cannot send.
# Headers are written unfolded except where a client folds them itself (encoded words).
WIRE = policy.compat32.clone(max_line_length=998)
LATIN1_FIXES = {
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
# Small helpers: hashes, dates, money, text
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    """A stable hash of a message key, so ids and boundaries never depend on the clock."""
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def token(key: str, salt: str, n: int) -> str:
    """An upper-case base32 token of length `n` derived from the key."""
    return base64.b32encode(digest(key, salt)).decode()[:n]


def date_fields(loc: str, dt: datetime) -> dict[str, str]:
    """Every piece a date template below may use, in the locale `loc`."""
    wd, mo = dt.weekday(), dt.month - 1
    return {
        "wl": WEEKDAYS[loc].split()[wd],
        "wa": WEEKDAYS_ABBR[loc].split()[wd],
        "ml": MONTHS[loc].split()[mo],
        "ma": MONTHS_ABBR[loc].split()[mo],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "HH": f"{dt.hour:02d}",
        "H": str(dt.hour),
        "MM": f"{dt.minute:02d}",
        "SS": f"{dt.second:02d}",
    }


def fmt(template: str, loc: str, dt: datetime, **extra: str) -> str:
    """Fill a locale template with the parts of `dt`."""
    return template.format(**date_fields(loc, dt), **extra)


def money(amount: str, currency: str, loc: str) -> str:
    """An amount as the reminder prints it in `loc` (e.g. £1,480.00, 1.480,00 €, € 1.480,00)."""
    whole, frac = f"{Decimal(amount):.2f}".split(".")
    grouped = f"{int(whole):,}"
    if loc == "en":
        return ("£" if currency == "GBP" else "€") + f"{grouped}.{frac}"
    sep = "\u00a0" if loc == "fr" else "."
    number = grouped.replace(",", sep) + "," + frac
    return f"{number} €" if loc in {"de", "fr", "es"} else f"€ {number}"


def latin1_safe(text: str) -> str:
    """Replace what a Latin-1 client cannot send with what it sends instead."""
    for bad, good in LATIN1_FIXES.items():
        text = text.replace(bad, good)
    return text


def quote_lines(text: str) -> str:
    """Quote a block with '> ' the way plain-text clients do."""
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def html_lines(text: str) -> str:
    """Escape a block and keep its line breaks."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    """One <p> per paragraph, <br> inside."""
    return "\n".join(f"<p>{html_lines(p)}</p>" for p in text.split("\n\n"))


def mso_paragraphs(text: str) -> str:
    """Word's way of writing every line as its own MsoNormal paragraph."""
    out = []
    for line in text.split("\n"):
        inner = f"{html.escape(line, quote=False)}<o:p></o:p>" if line else "<o:p>&nbsp;</o:p>"
        out.append(f'<p class="MsoNormal">{inner}</p>')
    return "\n".join(out)


def flowed(text: str, width: int = 72) -> str:
    """Encode text as format=flowed (RFC 3676): soft breaks end in a space, quotes keep their '>'."""
    out: list[str] = []
    for raw in text.split("\n"):
        if raw == "-- ":
            out.append(raw)
            continue
        line = raw.rstrip(" ")
        match = re.match(r"(>+ ?)", line)
        prefix = match.group(1) if match else ""
        content = line[len(prefix) :]
        if not prefix and content.startswith((" ", "From ")):
            content = " " + content  # space-stuffing
        room = max(20, width - len(prefix))
        while len(content) > room and " " in content[1:room]:
            cut = content.rfind(" ", 1, room) + 1
            out.append(prefix + content[:cut])
            content = content[cut:]
        out.append(prefix + content)
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# The reminder each reply answers
# --------------------------------------------------------------------------------------------


def reminder_sent(reply_dt: datetime, key: str) -> datetime:
    """dunmail sends reminders on a working day before the reply, at about half past eight (UK)."""
    day = reply_dt.astimezone(UK) - timedelta(days=1 + digest(key, "lag")[0] % 2)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day.replace(
        hour=8,
        minute=30 + digest(key, "minute")[0] % 20,
        second=digest(key, "s")[0] % 60,
    )


def reminder_subject(lang: str, inv: str) -> str:
    """The reminder's subject line in `lang`."""
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_body(
    lang: str, inv: str, amount: str, currency: str, reply_dt: datetime, key: str
) -> str:
    """The reminder's text in `lang`, with its invoice, amount and dates."""
    issued = reply_dt - timedelta(days=40 + digest(key, "issued")[0] % 14)
    due = issued + timedelta(days=30)
    return REMINDER_BODY[lang].format(
        inv=inv,
        amount=money(amount, currency, lang),
        issued=fmt(DATE_FORMAT[lang], lang, issued),
        due=fmt(DATE_FORMAT[lang], lang, due),
        bank=BANK_GBP if currency == "GBP" else BANK_EUR,
    )


def reminder_msgid(key: str) -> str:
    """The Message-ID dunmail gave the reminder."""
    return f"<dunmail.{token(key, 'reminder', 16).lower()}@{AR_DOMAIN}>"


@dataclass(frozen=True)
class Quote:
    """The reminder as the replying client shows it."""

    text: str
    subject: str
    sent: datetime
    loc: str
    to: str


def make_quote(r: Reply) -> Quote:
    """Build the quoted reminder for a reply, in the sender's charset and local time."""
    lang = r.lang
    text = reminder_body(lang, r.invoice, r.due_amount, r.currency, r.dt, r.key)
    subject = reminder_subject(lang, r.invoice)
    if r.charset == "iso-8859-1":
        text, subject = latin1_safe(text), latin1_safe(subject)
    sent = reminder_sent(r.dt, r.key).astimezone(r.tz)
    return Quote(
        text,
        subject,
        sent,
        r.lang,
        f"{r.sender[0]} <{r.sender[1]}>" if r.sender[0] else r.sender[1],
    )


# --------------------------------------------------------------------------------------------
# MIME parts
# --------------------------------------------------------------------------------------------

CTE_CODES = {"qp": email_charset.QP, "b64": email_charset.BASE64}


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """A text part in `charset` with the transfer encoding `cte` (qp, b64, 8bit or 7bit)."""
    text.encode(charset)  # fails loudly if the hand-written text does not fit the charset
    cs = email_charset.Charset(charset)
    cs.body_encoding = CTE_CODES.get(cte)  # type: ignore[assignment]
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, cs)
    return part


def encoded_header(value: str, charset: str, name: str = "Subject") -> str:
    """A header value as the client writes it: RFC 2047 encoded words when it is not ASCII."""
    if value.isascii():
        return value
    cs = charset if charset in {"iso-8859-1", "windows-1252"} else "utf-8"
    try:
        value.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    return Header(value, cs, header_name=name).encode()


def mailbox(name: str, addr: str, charset: str) -> str:
    """A From/Cc mailbox; a non-ASCII display name becomes encoded words."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encoded_header(name, charset, 'From')} <{addr}>"


def alternative(plain: Message, markup: Message) -> Message:
    """multipart/alternative of a plain and an HTML part."""
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(markup)
    return outer


def sub_parts(msg: Message) -> list[Message]:
    """The direct sub-parts of a multipart (typed)."""
    payload = msg.get_payload()
    if not isinstance(payload, list):
        return []
    return [p for p in cast("list[object]", payload) if isinstance(p, Message)]


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


def outlook_rows(r: Reply, q: Quote, sent_format: dict[str, str]) -> list[tuple[str, str]]:
    """The From/Sent/To/Subject rows Outlook puts above the quoted message."""
    _, names, _ = OUTLOOK_LABELS[q.loc]
    return list(
        zip(
            names,
            (
                f"{AR_NAME} <{AR_ADDR}>",
                fmt(sent_format[q.loc], q.loc, q.sent),
                q.to,
                q.subject,
            ),
            strict=True,
        )
    )


def outlook_block(r: Reply, q: Quote, sent_format: dict[str, str]) -> str:
    """The header rows as plain text."""
    sep = OUTLOOK_LABELS[q.loc][2]
    return "\n".join(f"{k}{sep}{v}" for k, v in outlook_rows(r, q, sent_format))


def client_outlook(r: Reply, q: Quote) -> Message:
    """Outlook desktop, plain text, localised '-----Original Message-----' block."""
    sep_line = OUTLOOK_LABELS[q.loc][0]
    text = f"{r.body}\n\n{sep_line}\n{outlook_block(r, q, OUTLOOK_SENT)}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, r.cte)


def word_html(r: Reply, q: Quote) -> str:
    """Outlook's Word-generated HTML with the top-border divider above the quoted message."""
    sep = OUTLOOK_LABELS[q.loc][2].rstrip()
    rows = "<br>\n".join(
        f"<b>{html.escape(k)}{html.escape(sep)}</b> {html.escape(v)}"
        for k, v in outlook_rows(r, q, OUTLOOK_SENT)
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        '\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle20\n\t{mso-style-type:personal-reply;}\n"
        "@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n"
        "--></style>\n</head>\n"
        f'<body lang="{CONTENT_LANGUAGE[r.lang].upper()}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{mso_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{rows}<o:p></o:p></p>\n'
        "</div>\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso_paragraphs(q.text)}\n"
        "</div>\n</body>\n</html>\n"
    )


def client_outlook_html(r: Reply, q: Quote) -> Message:
    """Outlook desktop HTML: multipart/alternative, the plain part keeps the header rows."""
    plain = f"{r.body}\n\n{outlook_block(r, q, OUTLOOK_SENT)}\n\n{q.text}\n"
    return alternative(
        text_part(plain, "plain", r.charset, r.cte),
        text_part(word_html(r, q), "html", r.charset, r.cte),
    )


def client_html_only(r: Reply, q: Quote) -> Message:
    """Outlook configured to send HTML only."""
    return text_part(word_html(r, q), "html", r.charset, r.cte)


def client_android(r: Reply, q: Quote) -> Message:
    """Outlook for Android: plain text in base64 with the localised download line."""
    block = outlook_block(r, q, ANDROID_SENT)
    text = f"{r.body}\n\n{ANDROID_SIG[q.loc]}\n{'_' * 32}\n{block}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def gmail_attr(q: Quote) -> str:
    """Gmail's attribution line in the reader's language."""
    return fmt(GMAIL_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def gmail_plain_attr(q: Quote) -> str:
    """Gmail's plain-text attribution, broken before the address when it runs past 78 columns."""
    attr = gmail_attr(q)
    if len(attr) <= 78:
        return attr
    head, tail = attr.split("<", 1)
    return f"{head}<\n{tail}"


def client_gmail(r: Reply, q: Quote) -> Message:
    """Gmail web: multipart/alternative, HTML quote inside div.gmail_quote."""
    attr = gmail_attr(q)
    plain = f"{r.body}\n\n{gmail_plain_attr(q)}\n\n{quote_lines(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_lines(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )
    return alternative(
        text_part(plain, "plain", r.charset, r.cte),
        text_part(markup, "html", r.charset, r.cte),
    )


def client_gmail_plain(r: Reply, q: Quote) -> Message:
    """Gmail in plain-text mode: '>' quoting under the attribution."""
    return text_part(
        f"{r.body}\n\n{gmail_plain_attr(q)}\n\n{quote_lines(q.text)}\n",
        "plain",
        r.charset,
        r.cte,
    )


def apple_attr(q: Quote) -> str:
    """Apple Mail's attribution line."""
    return fmt(APPLE_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def client_apple(r: Reply, q: Quote) -> Message:
    """Apple Mail on a Mac, plain text."""
    return text_part(
        f"{r.body}\n\n{apple_attr(q)}\n\n{quote_lines(q.text)}\n",
        "plain",
        r.charset,
        r.cte,
    )


def client_iphone(r: Reply, q: Quote) -> Message:
    """iPhone Mail: localised signature, attribution inside the quote."""
    quoted = quote_lines(f"{apple_attr(q)}\n\n{q.text}")
    return text_part(f"{r.body}\n\n{IPHONE_SIG[q.loc]}\n\n{quoted}\n", "plain", r.charset, r.cte)


def client_thunderbird(r: Reply, q: Quote) -> Message:
    """Thunderbird: attribution then '>' quote, sent as format=flowed."""
    attr = fmt(THUNDERBIRD_ATTR[q.loc], q.loc, q.sent, name=AR_NAME)
    part = text_part(
        flowed(f"{r.body}\n\n{attr}\n{quote_lines(q.text)}\n"),
        "plain",
        r.charset,
        r.cte,
    )
    part.set_param("format", "flowed", requote=False)
    return part


def client_notice(r: Reply, q: Quote) -> Message:
    """Automatic notices (auto-replies, advices) quote nothing."""
    del q
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


def client_notice_html(r: Reply, q: Quote) -> Message:
    """An automatic notice sent as HTML only; the body is already markup."""
    del q
    return text_part(r.body + "\n", "html", r.charset, r.cte)


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
}
OUTLOOK_FAMILY = frozenset({"outlook", "outlook_html", "html_only", "android"})
NOTICES = frozenset({"notice", "notice_html"})
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3864.200.81.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (23A341)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
}


# --------------------------------------------------------------------------------------------
# Whole messages
# --------------------------------------------------------------------------------------------


def reply_msgid(r: Reply) -> str:
    """A Message-ID shaped like the client's own, derived from the key."""
    domain = r.sender[1].split("@")[1]
    raw = digest(r.key, "msgid")
    if r.client in {"gmail", "gmail_plain"}:
        return f"<CA+{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:40]}@mail.gmail.com>"
    if r.client in OUTLOOK_FAMILY:
        host = ("LO2P265MB" if r.in_uk else "AM9PR04MB") + str(1000 + raw[0] * 31 % 9000)
        region = "GBRP265" if r.in_uk else "EURPRD04"
        return f"<{host}{token(r.key, 'ms', 20)}@{host}.{region}.PROD.OUTLOOK.COM>"
    if r.client in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if r.client == "thunderbird":
        h = raw.hex()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{token(r.key, 'notice', 24).lower()}@{domain}>"


def reply_subject(r: Reply, q: Quote) -> str:
    """The reply's subject: the client's prefix on the reminder's subject, or a hand-set one."""
    if r.subject:
        return r.subject.format(subj=q.subject)
    prefix = OUTLOOK_RE[q.loc] if r.client in OUTLOOK_FAMILY else "Re: "
    return prefix + q.subject


def content_headers_last(msg: Message) -> None:
    """Clients write MIME-Version and Content-* below the envelope headers."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "Content-Type" in msg and "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"


def strip_inner_versions(part: Message, top: bool = True) -> None:
    """Only the top of a message (or of an enclosed message) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    for sub in sub_parts(part):
        strip_inner_versions(sub, top=part.get_content_type() == "message/rfc822")


BOUNDARY_STYLE = {
    "gmail": "000000000000",
    "apple": "Apple-Mail=_",
    "iphone": "Apple-Mail-",
}


def set_boundaries(msg: Message, key: str, client: str) -> None:
    """Deterministic multipart boundaries, shaped like the client's own."""
    start = BOUNDARY_STYLE.get(client, "_000_" if client in OUTLOOK_FAMILY else "----=_Part_")
    for n, part in enumerate(p for p in msg.walk() if p.get_content_maintype() == "multipart"):
        part.set_boundary(f"{start}{token(key, f'boundary{n}', 26)}")


def finish(msg: Message, key: str, client: str) -> Message:
    """Tidy header order, inner MIME-Version headers and boundaries."""
    content_headers_last(msg)
    strip_inner_versions(msg)
    set_boundaries(msg, key, client)
    return msg


def with_attachment(r: Reply, body: Message) -> Message:
    """Wrap the body in multipart/mixed with a PDF when the sender attached one."""
    if r.attachment is None:
        return body
    name, data = r.attachment
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    pdf = MIMEApplication(data, "pdf", name=name)
    pdf.add_header("Content-Disposition", "attachment", filename=name)
    outer.attach(pdf)
    return outer


def build_reply(r: Reply) -> Message:
    """The complete message for one hand-written spec."""
    q = make_quote(r)
    msg = with_attachment(r, CLIENTS[r.client](r, q))
    msg["From"] = mailbox(*r.sender, r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    if r.cc is not None:
        msg["Cc"] = mailbox(*r.cc, r.charset)
    msg["Subject"] = encoded_header(reply_subject(r, q), r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r)
    if r.threaded:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    extra: list[tuple[str, str]] = []
    if r.client in OUTLOOK_FAMILY:
        extra = [
            ("Thread-Topic", encoded_header(q.subject, r.charset, "Thread-Topic")),
            ("Thread-Index", base64.b64encode(digest(r.key, "thread")[:22]).decode()),
            ("Content-Language", CONTENT_LANGUAGE[r.lang]),
            ("X-MS-Has-Attach", "yes" if r.attachment else ""),
        ]
    for name, value in [*extra, *CLIENT_HEADERS.get(r.client, ()), *r.headers]:
        msg[name] = value
    return finish(msg, r.key, r.client)


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
    Reply(
        "ps-en-1",
        ("Dan Pritchard", "dan@pritchardroofing.example"),
        "2029-11-06 07:52",
        "iphone",
        "Paid.",
        Label(note="one-word reply from a phone; no date given"),
        inv="SDS-4396",
    ),
    Reply(
        "ps-en-2",
        ("Harrow & Vale Accounts Payable", "ap-noreply@harrowvale.example"),
        "2029-11-14 06:10",
        "notice",
        "REMITTANCE ADVICE\n\n"
        "Payer:              Harrow & Vale Insurance plc, Accounts Payable\n"
        "Payee:              Sparrowhawk Drone Surveys Ltd\n"
        "Supplier number:    0007731\n"
        "Payment date:       13/11/2029\n"
        "Payment method:     BACS\n"
        "Payment reference:  HV2029111300218\n\n"
        "Your invoice   Our document   Invoice date   Amount GBP\n"
        "SDS-4389       5100882214     18/09/2029         640.00\n"
        "SDS-4402       5100882307     02/10/2029       1,185.50\n"
        "                                             ----------\n"
        "Total paid                                     1,825.50\n\n"
        "Funds should reach your account within three working days of the payment date.\n\n"
        "This mailbox is not monitored. For queries about this payment please call Supplier Services on 0113 496 0722 and quote your supplier number.",
        Label(
            paid_date="2029-11-13",
            payment_reference="HV2029111300218",
            amount="1825.50",
            currency="GBP",
            refs=("SDS-4389", "SDS-4402"),
            note="AP-system remittance advice; the amount is the total of both invoices",
        ),
        subject="Remittance advice HV2029111300218 – Sparrowhawk Drone Surveys Ltd",
        headers=(AUTO_GENERATED, ("X-Mailer", "SAP NetWeaver 7.50")),
        threaded=False,
    ),
    Reply(
        "ps-en-3",
        ("Ruth Bellamy", "lowmoorfarm.ruth@gmail.com"),
        "2029-11-08 11:37",
        "gmail",
        "Hi there,\n\n"
        "I transferred £860 this morning for invoice 4431, reference LOWMOOR. Sorry it's late, my husband thought I'd done it and I thought he had!\n\n"
        "While I've got you – could you send me a copy of the invoice? Our accountant wants it for the VAT return and I can't find the original anywhere.\n\n"
        "Thanks,\nRuth Bellamy\nLow Moor Farm",
        Label(
            paid_date="2029-11-08",
            payment_reference="LOWMOOR",
            amount="860.00",
            currency="GBP",
            refs=("SDS-4431",),
            note="paid, then asks for a copy for the accountant: the payment claim wins, the copy is not a condition; '4431' is a short form of SDS-4431",
        ),
        inv="SDS-4431",
        amount="860.00",
    ),
    Reply(
        "ps-de-1",
        ("Kreiskasse Hohenfels", "kreiskasse-noreply@kreis-hohenfels.example"),
        "2029-11-20 05:31",
        "notice",
        "Zahlungsavis\n\n"
        "Sehr geehrte Damen und Herren,\n\n"
        "wir haben heute folgende Zahlung an Sie angewiesen:\n\n"
        "Kreditor-Nr.:       70412\n"
        "Zahlungsdatum:      20.11.2029\n"
        "Verwendungszweck:   ZA 2029-004471 / SDS-4458\n"
        "Betrag:             2.380,00 €\n\n"
        "Beleg-Nr.   Ihre Rechnung   Rechnungsdatum   Betrag\n"
        "4711203     SDS-4458        24.09.2029       2.380,00 €\n\n"
        "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht. Bei Rückfragen wenden Sie sich bitte unter Angabe der Kreditorennummer an die Kreiskasse, Telefon 08341 90-2210.\n\n"
        "Kreisverwaltung Hohenfels – Kreiskasse",
        Label(
            paid_date="2029-11-20",
            payment_reference="ZA 2029-004471",
            amount="2380.00",
            currency="EUR",
            refs=("SDS-4458",),
            note="payment advice from a public body's AP system, without Auto-Submitted",
        ),
        charset="windows-1252",
        subject="Zahlungsavis ZA 2029-004471 – Kreisverwaltung Hohenfels",
        headers=(("X-Mailer", "SAP NetWeaver 7.50"),),
        threaded=False,
    ),
    Reply(
        "ps-fr-1",
        ("Julien Masson", "julien@masson-couverture.example"),
        "2029-11-15 18:42",
        "gmail_plain",
        "Bonsoir,\n\n"
        "C'est réglé depuis hier, j'ai fait le virement depuis l'appli de la banque. Vous devriez le voir arriver d'ici lundi.\n\n"
        "Julien Masson\nMasson Couverture",
        Label(
            paid_date="2029-11-14",
            note="'depuis hier': paid the day before the message",
        ),
    ),
    Reply(
        "ps-fr-2",
        ("Corinne Vasseur", "c.vasseur@lefort-expertises.example"),
        "2029-11-12 10:05",
        "outlook_html",
        "Madame, Monsieur,\n\n"
        "Nous faisons suite à votre relance concernant la facture SDS-4446.\n\n"
        "Celle-ci a été réglée le 9 novembre 2029 par virement SEPA, référence VIR-291109-0582, pour un montant de 1 020,00 EUR. Le délai de traitement interbancaire explique sans doute que le paiement n'apparaisse pas encore dans vos comptes.\n\n"
        "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\n"
        "Corinne Vasseur\nService administratif et financier\nCabinet Lefort Expertises\n12, rue des Tanneurs - 44000 Nantes",
        Label(
            paid_date="2029-11-09",
            payment_reference="VIR-291109-0582",
            amount="1020.00",
            currency="EUR",
            refs=("SDS-4446",),
        ),
        inv="SDS-4446",
        amount="1020.00",
        charset="iso-8859-1",
        headers=(SUPPRESS,),
    ),
    Reply(
        "ps-es-1",
        ("Pedro Gil", "pedro@agricolagil.example"),
        "2029-11-07 13:20",
        "iphone",
        "Hecho esta mañana, te adjunto el justificante.\nUn saludo\nPedro",
        Label(
            paid_date="2029-11-07",
            note="transfer proof attached as a PDF; 'esta mañana' is the message date",
        ),
        attachment=("justificante_transferencia.pdf", FAKE_PDF),
    ),
    Reply(
        "ps-es-2",
        ("Merche Lasheras", "administracion@vegadeljalon.example"),
        "2029-11-12 12:48",
        "outlook",
        "Buenos días:\n\n"
        "Perdonad que no haya contestado antes, pero llevamos unas semanas de locos. Entre que hemos cambiado el programa de contabilidad (y nadie sabe todavía dónde está nada), que Ramón, el presidente, ha estado de baja con la espalda, y que la vendimia se alargó hasta casi finales de octubre, la oficina ha estado manga por hombro. Encima se nos estropeó la impresora y hemos tenido que pedir otra.\n\n"
        "El caso es que cuando Ramón volvió firmó de golpe todos los pagos que teníamos pendientes, y el vuestro iba entre ellos: la transferencia salió el jueves pasado desde la Caja Rural, a nombre de Sparrowhawk Drone Surveys. Si todavía no os ha llegado, decídmelo y lo miro con el banco.\n\n"
        "Por cierto, los socios quedaron muy contentos con el vuelo sobre las parcelas de la ladera norte, y en la asamblea de diciembre seguramente se hable de repetirlo en primavera con la cámara multiespectral. Ya os diremos.\n\n"
        "Un abrazo,\nMerche Lasheras\nAdministración\nCooperativa Agrícola Vega del Jalón",
        Label(
            paid_date="2029-11-08",
            note="long reply with the payment buried in the middle; 'el jueves pasado' from Monday 12 Nov is Thursday 8 Nov",
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "ps-nl-1",
        ("Gemeente Breedewaard", "noreply-financien@breedewaard.example"),
        "2029-11-23 07:15",
        "notice_html",
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Betaaladvies</title></head>\n'
        '<body style="font-family:Arial,sans-serif;font-size:10pt">\n'
        "<p><b>Betaaladvies gemeente Breedewaard</b></p>\n"
        "<p>Geachte leverancier,</p>\n"
        "<p>Hierbij ontvangt u de specificatie van de betaling die op 22-11-2029 naar uw rekening is overgemaakt.</p>\n"
        '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">\n'
        '<tr><th align="left">Factuurnummer</th><th align="left">Factuurdatum</th><th align="left">Ons boekstuk</th><th align="right">Bedrag</th></tr>\n'
        '<tr><td>SDS-4452</td><td>04-10-2029</td><td>2029-118830</td><td align="right">€ 1.540,00</td></tr>\n'
        '<tr><td>SDS-4466</td><td>11-10-2029</td><td>2029-119412</td><td align="right">€ 395,00</td></tr>\n'
        '<tr><td colspan="3"><b>Totaal</b></td><td align="right"><b>€ 1.935,00</b></td></tr>\n'
        "</table>\n"
        "<p>Betalingskenmerk: 0029 1122 4471 0093<br>Leveranciersnummer: 300917</p>\n"
        "<p>Dit bericht is automatisch aangemaakt; antwoorden worden niet gelezen. Vragen over deze betaling kunt u stellen via crediteuren@breedewaard.example onder vermelding van het betalingskenmerk.</p>\n"
        "</body></html>",
        Label(
            paid_date="2029-11-22",
            payment_reference="0029 1122 4471 0093",
            amount="1935.00",
            currency="EUR",
            refs=("SDS-4452", "SDS-4466"),
            note="HTML-only payment advice from a municipality; the address for questions is not a new contact",
        ),
        subject="Betaaladvies 0029 1122 4471 0093",
        headers=(AUTO_GENERATED,),
        threaded=False,
    ),
    Reply(
        "ps-nl-2",
        ("Kees Hoogendoorn", "kees@hoogendoorn-akkerbouw.example"),
        "2029-11-09 20:14",
        "android",
        "Is betaald hoor.\nGr Kees",
        Label(note="short mobile reply; no date given"),
    ),
    Reply(
        "ps-it-1",
        ("Marco Ferri", "marco.ferri.geom@libero.it"),
        "2029-11-21 08:03",
        "gmail",
        "fatto bonifico ieri cro 1102938475610 saluti\nmarco ferri",
        Label(
            paid_date="2029-11-20",
            payment_reference="1102938475610",
            note="no punctuation or capitals; 'ieri' is the day before the message",
        ),
    ),
    Reply(
        "ps-it-2",
        ("Silvana Pretto", "ragioneria@bonificavaltanaro.example"),
        "2029-11-19 09:48",
        "outlook_html",
        "Spett.le Sparrowhawk Drone Surveys Ltd,\n\n"
        "con la presente si comunica che in data 16/11/2029 è stato disposto a Vostro favore bonifico bancario di € 3.150,00 a saldo della fattura n. SDS-4440 del 02/10/2029 (TRN 0306909834561201480160).\n\n"
        "Distinti saluti.\n\n"
        "Rag. Silvana Pretto\nUfficio Ragioneria e Tesoreria\nConsorzio di Bonifica Val Tanaro",
        Label(
            paid_date="2029-11-16",
            payment_reference="0306909834561201480160",
            amount="3150.00",
            currency="EUR",
            refs=("SDS-4440",),
            note="very formal; 'disposto' means the transfer was instructed, so it is sent",
        ),
        inv="SDS-4440",
        amount="3150.00",
        charset="windows-1252",
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pp-en-1",
        ("Anita Sharma", "anita.sharma@northfieldsurveyors.example"),
        "2029-11-13 14:22",
        "outlook_html",
        "Hi,\n\n"
        "Thanks for the nudge. SDS-4425 was signed off by the partners yesterday and has gone into Friday's payment run, so the £1,480.00 should be with you early next week.\n\n"
        "Kind regards,\n\nAnita Sharma\nAccounts Assistant\nNorthfield Chartered Surveyors\nT: 01632 960 233",
        Label(
            promised_date="2029-11-16",
            amount="1480.00",
            currency="GBP",
            refs=("SDS-4425",),
            note="past tense ('signed off', 'has gone into') announces a future payment; the date is Friday's run, not when it lands",
        ),
        inv="SDS-4425",
        amount="1480.00",
        headers=(SUPPRESS,),
    ),
    Reply(
        "pp-en-2",
        ("Gemma Thorne", "gemma@thornegeomatics.example"),
        "2029-11-19 16:40",
        "gmail_plain",
        "Hi,\n\n"
        "I'm off from tomorrow for a week, hence the subject line, so just a quick one before I go: I'll pay 4470 the day I'm back, which is Tuesday the 27th. It's on my list, honestly!\n\n"
        "Gemma\nThorne Geomatics",
        Label(
            promised_date="2029-11-27",
            refs=("SDS-4470",),
            note="written by a person whose subject says 'out of office'; not an auto-reply",
        ),
        inv="SDS-4470",
        subject="Out of office from tomorrow - invoice 4470",
    ),
    Reply(
        "pp-en-3",
        ("Kev Doyle", "kev.doyle.chimneys@hotmail.co.uk"),
        "2029-11-23 21:05",
        "android",
        "not yet sorry!! been flat out with chimney jobs before the weather turns. ill do it monday first thing\nKev",
        Label(
            promised_date="2029-11-26",
            note="'not yet' followed by a promise; no apostrophes; Monday after Friday 23 Nov",
        ),
    ),
    Reply(
        "pp-de-1",
        ("Sabine Krämer", "buchhaltung@dachdeckerei-brandl.example"),
        "2029-11-14 10:20",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\n"
        "die Rechnung SDS-4437 ist bei uns geprüft und wird in KW 48 überwiesen.\n\n"
        "Mit freundlichen Grüßen\n\ni. A. Sabine Krämer\nBuchhaltung\nDachdeckerei Brandl GmbH",
        Label(
            promised_date="2029-11-26",
            refs=("SDS-4437",),
            note="'in KW 48' → Monday of ISO week 48",
        ),
        inv="SDS-4437",
        charset="iso-8859-1",
    ),
    Reply(
        "pp-de-2",
        ("Jana Weiß", "j.weiss@vogt-partner-ing.example"),
        "2029-11-15 11:02",
        "outlook_html",
        "Guten Tag,\n\n"
        "die Rechnung SDS-4442 über 1.190,00 € wurde gestern von Herrn Vogt freigegeben und ist für unseren Zahllauf am 20. eingeplant.\n\n"
        "Mit freundlichen Grüßen\n\nJana Weiß\nSekretariat / Buchhaltung\nIngenieurbüro Vogt & Partner mbB\nTel. 0711 4900 2317",
        Label(
            promised_date="2029-11-20",
            amount="1190.00",
            currency="EUR",
            refs=("SDS-4442",),
            note="approved in the past, paid in the run 'am 20.' (20 Nov)",
        ),
        inv="SDS-4442",
        amount="1190.00",
        charset="windows-1252",
    ),
    Reply(
        "pp-fr-1",
        ("Thierry Morel", "thierry@morel-charpente.example"),
        "2029-11-06 19:30",
        "iphone",
        "Bonjour,\nJe vous fais le virement en fin de mois, dès que mon client m'aura réglé le chantier de Vertou. Désolé pour le retard.\nThierry Morel",
        Label(
            promised_date="2029-11-30",
            note="dated promise, though it leans on his own client paying; 'fin de mois' → last day of the month",
        ),
    ),
    Reply(
        "pp-es-1",
        ("Carmen Ibáñez", "cibanez@topografialevante.example"),
        "2029-11-08 09:55",
        "gmail",
        "Hola,\n\nLo tenemos previsto para finales de mes, junto con el resto de proveedores.\n\nUn saludo,\nCarmen Ibáñez\nTopografía Levante S.L.",
        Label(
            promised_date="2029-11-30",
            note="'a finales de mes' → last day of the month",
        ),
    ),
    Reply(
        "pp-es-2",
        ("Raúl Benítez", "raul@reformasbenitez.example"),
        "2029-11-21 22:10",
        "iphone",
        "Lo pago el lunes que viene sin falta, que esta semana voy fatal. Perdona las molestias\nRaúl",
        Label(
            promised_date="2029-11-26",
            note="'el lunes que viene' from Wednesday 21 Nov",
        ),
    ),
    Reply(
        "pp-nl-1",
        ("Ruud de Graaf", "administratie@loonbedrijfdegraaf.example"),
        "2029-11-12 15:15",
        "outlook",
        "Beste,\n\n"
        "De factuur staat klaar en gaat over twee weken de deur uit, dan draait onze volgende betaalronde.\n\n"
        "Met vriendelijke groet,\n\nRuud de Graaf\nAgrarisch Loonbedrijf De Graaf B.V.",
        Label(
            promised_date="2029-11-26",
            note="'over twee weken' → 14 days after the message",
        ),
    ),
    Reply(
        "pp-nl-2",
        ("Sanne Wolters", "sanne@woltersdakadvies.example"),
        "2029-11-27 08:40",
        "gmail_plain",
        "hoi, komt deze week nog, uiterlijk vrijdag. groetjes Sanne",
        Label(
            promised_date="2029-11-30",
            note="'uiterlijk vrijdag' → Friday 30 Nov; lower case, mobile brevity",
        ),
    ),
    Reply(
        "pp-it-1",
        ("Luca Bassi", "l.bassi@bassiserramenti.example"),
        "2029-11-15 12:12",
        "android",
        "Buongiorno, provvediamo entro fine mese.\nCordiali saluti\nLuca Bassi",
        Label(promised_date="2029-11-30", note="'entro fine mese' → last day of the month"),
    ),
    Reply(
        "pp-it-2",
        ("Federica Conti", "amministrazione@studiocontimarchetti.example"),
        "2029-11-23 10:30",
        "outlook",
        "Buongiorno,\n\n"
        "la fattura SDS-4461 è stata autorizzata al pagamento e rientra nella distinta del 28/11.\n\n"
        "Cordialmente,\nFederica Conti\nAmministrazione – Studio Tecnico Associato Conti Marchetti",
        Label(
            promised_date="2029-11-28",
            refs=("SDS-4461",),
            note="past tense 'è stata autorizzata'; the payment goes in the batch of 28/11",
        ),
        inv="SDS-4461",
        charset="windows-1252",
    ),
]

DISPUTE = [
    Reply(
        "dp-en-1",
        ("Martin Pryor", "martin@pryorsurveying.example"),
        "2029-11-07 10:12",
        "outlook",
        "Morning,\n\n"
        "SDS-4412 went out with our usual run last week, so that one's done.\n\n"
        "SDS-4419 I'm not paying as it stands. It's billed as a full day on site at Hartley Mill, but your pilot packed up before lunch because of the wind, and we agreed the half-day rate for weather stand-downs when we booked. Send me a revised invoice for the half day and I'll pay it straight away.\n\n"
        "Martin Pryor MRICS\nPryor Building Surveying",
        Label(
            refs=("SDS-4412", "SDS-4419"),
            note="one invoice paid, the other disputed: dispute wins over the payment claim",
        ),
        inv="SDS-4419",
    ),
    Reply(
        "dp-en-2",
        ("Owen Pritchett", "owen.pritchett@castlefordla.example"),
        "2029-11-22 15:48",
        "apple",
        "Hello,\n\n"
        "We have NOT paid this and won't be paying it as it stands. The images and report you sent are of 41 Hayward Close, not 14. The claim is for number 14 and in the meantime we've had to send our own surveyor up a ladder.\n\n"
        "Until the right roof has been flown and reported on, please treat SDS-4459 as disputed.\n\n"
        "Regards,\nOwen Pritchett\nClaims Handler\nCastleford Loss Adjusters",
        Label(
            refs=("SDS-4459",),
            note="capitalised negation with the reason: wrong property surveyed",
        ),
        inv="SDS-4459",
    ),
    Reply(
        "dp-en-3",
        ("Helen Marsh", "procurement@wyvern-dc.example"),
        "2029-11-26 11:20",
        "html_only",
        "Dear Sir or Madam,\n\n"
        "Invoice SDS-4408 – Kingsmead car park photogrammetry survey\n\n"
        "Our purchase order 4700223 was raised against your quotation Q-1182 for £480.00 plus VAT. Invoice SDS-4408 is for £720.00 plus VAT. No variation to the order was requested by the Council or approved by the budget holder, and the survey was delivered to the original specification.\n\n"
        "We are therefore unable to pay the invoice as submitted and dispute the difference of £240.00 plus VAT. Please issue a credit note for the difference, or a replacement invoice for the quoted amount, and we will process it under our standard terms.\n\n"
        "Yours faithfully,\n\nHelen Marsh\nProcurement & Contracts Officer\nWyvern District Council",
        Label(
            refs=("SDS-4408",),
            note="price above the quotation; HTML-only; the credit-note request is part of the dispute",
        ),
        inv="SDS-4408",
        amount="864.00",
        headers=(SUPPRESS,),
    ),
    Reply(
        "dp-de-1",
        ("Pfarrbüro St. Martin", "pfarrbuero@st-martin-wendelsheim.example"),
        "2029-11-08 16:05",
        "thunderbird",
        "Sehr geehrte Damen und Herren,\n\n"
        "bevor wir die Rechnung begleichen, muss ich Sie auf ein Problem hinweisen: Die Aufnahmen von der Turmspitze und dem Kirchendach, die Sie uns im Oktober geschickt haben, sind zu einem großen Teil unscharf. Der Gutachter des Bistums konnte darauf die Schäden an der Schieferdeckung nicht beurteilen und hat die Bilder zurückgewiesen.\n\n"
        "Ihr Pilot hatte uns am Telefon einen kostenlosen Nachflug zugesagt, gehört haben wir seitdem nichts. Solange der Nachflug nicht erfolgt ist, sehen wir den Auftrag als nicht erfüllt an und werden die Rechnung nicht bezahlen.\n\n"
        "Mit freundlichen Grüßen\nMonika Hartl\nPfarrsekretärin\nKath. Pfarrgemeinde St. Martin",
        Label(note="unusable images; payment withheld until the re-flight"),
        cte="8bit",
    ),
    Reply(
        "dp-de-2",
        ("Petra Lenz", "p.lenz@albers-immobilien.example"),
        "2029-11-13 09:12",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\n"
        "den Auftrag für die Dachinspektion Lindenstraße 14 hatten wir am 2. Oktober telefonisch und anschließend schriftlich storniert (siehe E-Mail von Herrn Albers an Ihren Herrn Coates). Der Flug hat nach unserer Kenntnis auch nie stattgefunden.\n\n"
        "Die Rechnung SDS-4429 ist daher gegenstandslos. Wir bitten um Stornierung und eine kurze Bestätigung.\n\n"
        "Mit freundlichen Grüßen\nPetra Lenz\nAlbers Immobilienverwaltung GmbH",
        Label(refs=("SDS-4429",), note="order cancelled before the flight"),
        inv="SDS-4429",
        charset="windows-1252",
    ),
    Reply(
        "dp-fr-1",
        ("Hélène Caradec", "helene.caradec@orange.fr"),
        "2029-11-16 21:14",
        "apple",
        "Bonjour,\n\n"
        "Je ne vois pas pourquoi je réglerais une prestation que je n'ai jamais reçue. Le rapport thermique de la toiture devait m'être envoyé sous dix jours après le vol du 3 octobre : je n'ai rien eu, malgré deux appels.\n\n"
        "Tant que je n'ai pas ce rapport, je conteste cette facture.\n\n"
        "Hélène Caradec",
        Label(note="the service was never delivered; the invoice is contested"),
    ),
    Reply(
        "dp-fr-2",
        ("Laurent Mercier", "gestion@sci-lestilleuls.example"),
        "2029-11-21 14:40",
        "outlook_html",
        "Bonjour,\n\n"
        "Vous nous avez facturé deux fois la même inspection de toiture du 12 septembre : une première fois sous le numéro SDS-4395, que nous avons réglée le 15 octobre, et une seconde fois sous le numéro SDS-4416, objet de votre relance.\n\n"
        "Il s'agit manifestement d'un doublon. Merci de l'annuler et de nous faire parvenir un avoir.\n\n"
        "Cordialement,\n\nLaurent Mercier\nGérant\nSCI Les Tilleuls",
        Label(
            refs=("SDS-4395", "SDS-4416"),
            note="duplicate billing; the payment mentioned is of the first invoice",
        ),
        inv="SDS-4416",
        charset="iso-8859-1",
    ),
    Reply(
        "dp-es-1",
        ("Javier Ortega", "javier@ortega-arquitectura.example"),
        "2029-11-05 17:25",
        "gmail_plain",
        "Buenas,\n\n"
        "En el presupuesto que nos pasasteis no aparecía ningún desplazamiento y ahora en la factura hay 180 € de “desplazamiento y dietas”. Eso no estaba hablado y no lo vamos a pagar.\n\n"
        "El resto de la factura está bien. Mandadnos una corregida sin esa línea y la pagamos esa misma semana.\n\n"
        "Javier Ortega\nOrtega Arquitectura y Rehabilitación",
        Label(note="contests one line; paying the rest depends on a corrected invoice: dispute"),
    ),
    Reply(
        "dp-nl-1",
        ("Wouter Smit", "wouter@smitvastgoedbeheer.example"),
        "2029-11-29 18:22",
        "iphone",
        "Waarom betalen wij voorrijkosten als jullie piloot ter plekke besloot om niet te vliegen vanwege de wind?? Dat is jullie risico, niet het onze. Graag een creditnota voor die €145.\n\nWouter",
        Label(
            note="call-out charge for a flight cancelled by the pilot; a question that is really a dispute"
        ),
    ),
    Reply(
        "dp-nl-2",
        ("Henk Veldkamp", "penningmeester@vve-delindenhof.example"),
        "2029-11-20 22:47",
        "outlook",
        "Beste mensen van Sparrowhawk,\n\n"
        "Ik ben sinds de ledenvergadering van vorige maand de nieuwe penningmeester van de VvE, dus excuses als ik nog niet alles overzie. Mijn voorganger, mevrouw Brouwer, is naar Zeeland verhuisd en heeft me een doos met ordners nagelaten en een wachtwoord voor de bankrekening dat niet meer werkt. Ik ben dus een beetje aan het puzzelen.\n\n"
        "Ik heb uw herinnering gelezen en de factuur erbij gezocht. Wat mij opvalt is dat er 8 daken op de factuur staan, terwijl er volgens het inspectieverslag en volgens de bewoners maar 6 zijn geïnspecteerd: blok C en D zijn toen overgeslagen omdat de bouwkraan van de buren in de weg stond. Dat klopt dus niet, en dat bedrag betalen we zo niet.\n\n"
        "Verder wilde ik nog vragen of u het verslag ook in een kleinere versie heeft, want de pdf is zo groot dat hij niet door onze mail heen komt. Maar dat is een ander verhaal.\n\n"
        "Met vriendelijke groet,\n\nHenk Veldkamp\nPenningmeester VvE De Lindenhof",
        Label(note="rambling; the dispute (8 roofs billed, 6 inspected) is buried in the middle"),
        inv="SDS-4463",
        charset="iso-8859-1",
    ),
    Reply(
        "dp-it-1",
        ("Giulia Sartori", "giulia@agricolacolleverde.example"),
        "2029-11-14 13:05",
        "gmail",
        "Buongiorno,\n\n"
        "avete rilevato l'appezzamento sbagliato. Il volo doveva essere sul foglio 12, particella 88 (il vigneto nuovo), e invece le ortofoto sono della particella 86, che è il noccioleto del vicino.\n\n"
        "Non paghiamo la fattura finché non rifate il volo sulla particella giusta.\n\n"
        "Giulia Sartori\nAzienda Agricola Colle Verde",
        Label(note="wrong plot surveyed; payment withheld"),
        cte="b64",
    ),
    Reply(
        "dp-it-2",
        ("Marta Ghezzi", "ufficio.acquisti@ferrantecostruzioni.example"),
        "2029-11-27 10:44",
        "outlook_html",
        "Spett.le Sparrowhawk Drone Surveys,\n\n"
        "in riferimento alla fattura SDS-4449 segnaliamo che l'importo fatturato (euro 2.100,00) non corrisponde al preventivo da noi accettato in data 4 settembre (euro 1.650,00). Non sono state richieste né autorizzate prestazioni aggiuntive.\n\n"
        "Non abbiamo pertanto proceduto al pagamento e restiamo in attesa di una nota di credito per la differenza.\n\n"
        "Distinti saluti,\n\nDott.ssa Marta Ghezzi\nUfficio Acquisti\nFerrante Costruzioni S.p.A.",
        Label(refs=("SDS-4449",), note="invoiced above the accepted quote"),
        inv="SDS-4449",
        amount="2100.00",
        charset="iso-8859-1",
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pl-en-1",
        ("Lee Marsh", "lee@marshroofing.example"),
        "2029-11-20 19:03",
        "iphone",
        "Hi, really sorry about this. Work's dried up since the scaffolding firm I sub for went bust and I'm behind on everything. Could I pay it off at £100 a week starting this Friday? Won't leave you short, promise.\nLee",
        Label(note="hardship and weekly instalments; plan dates and amounts are not labelled"),
        amount="1150.00",
    ),
    Reply(
        "pl-en-2",
        ("Fiona Caldwell", "estateoffice@caldwellestates.example"),
        "2029-11-29 16:10",
        "outlook_html",
        "Good afternoon,\n\n"
        "We have paid £400.00 today against SDS-4474 and the balance of £780.00 will follow on 14 December, once the quarter's rents are in.\n\n"
        "I hope that is acceptable.\n\n"
        "Kind regards\n\nFiona Caldwell\nEstate Office\nCaldwell Estates",
        Label(
            refs=("SDS-4474",),
            note="part paid today, the rest on a later date → payment_plan, not payment_sent",
        ),
        inv="SDS-4474",
        amount="1180.00",
    ),
    Reply(
        "pl-en-3",
        ("Geoffrey Lund", "treasurer@moorsideheritage.example"),
        "2029-11-10 10:25",
        "apple",
        "Dear Sparrowhawk team,\n\n"
        "I'm the volunteer treasurer of the Trust. I'm afraid our grant from the county heritage fund, which covers the survey of the chapel roof, has been held up until the new year. Would you be willing to give us a further 60 days on SDS-4457? We fully intend to pay in full, and I can send you the grant award letter if that would help.\n\n"
        "With apologies and thanks,\nGeoffrey Lund\nHon. Treasurer, Moorside Heritage Trust",
        Label(refs=("SDS-4457",), note="asks for more time (60 days) → payment_plan"),
        inv="SDS-4457",
    ),
    Reply(
        "pl-de-1",
        ("Tobias Berger", "hof.berger@landpost-allgaeu.example"),
        "2029-11-26 20:30",
        "gmail",
        "Hallo,\n\n"
        "die Rechnung über 2.640 € ist für uns nach der schlechten Ernte gerade ein ordentlicher Brocken. Wäre es möglich, sie in drei Monatsraten zu zahlen, also Dezember, Januar und Februar? Die erste Rate könnte ich gleich Anfang Dezember überweisen.\n\n"
        "Viele Grüße\nTobias Berger\nHof Berger",
        Label(note="three monthly instalments after a bad harvest"),
        amount="2640.00",
    ),
    Reply(
        "pl-de-2",
        ("Klaus Reinholz", "k.reinholz@reinholz-sv.example"),
        "2029-11-22 08:58",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\n"
        "wir bitten höflich um Verlängerung des Zahlungsziels für die Rechnung SDS-4444 um 30 Tage. Hintergrund ist eine verzögerte Schlusszahlung unseres Auftraggebers für das Bauvorhaben in Esslingen, die wir erst Mitte Dezember erwarten.\n\n"
        "Für Ihr Verständnis danken wir Ihnen.\n\n"
        "Mit freundlichen Grüßen\n\nDipl.-Ing. Klaus Reinholz\nReinholz Bausachverständige GbR",
        Label(refs=("SDS-4444",), note="formal request for 30 more days → payment_plan"),
        inv="SDS-4444",
        charset="iso-8859-1",
    ),
    Reply(
        "pl-fr-1",
        ("Sébastien Roux", "s.roux@batidiag49.example"),
        "2029-11-07 11:30",
        "outlook_html",
        "Madame, Monsieur,\n\n"
        "Suite à votre relance, nous sollicitons la possibilité de régler la facture SDS-4401 en trois mensualités, de décembre à février. Notre trésorerie est fortement mise à mal par le retard de paiement de deux de nos donneurs d'ordre.\n\n"
        "Nous restons à votre disposition pour convenir des modalités.\n\n"
        "Cordialement,\n\nSébastien Roux\nGérant – Bâti-Diag 49",
        Label(refs=("SDS-4401",), note="instalments requested"),
        inv="SDS-4401",
    ),
    Reply(
        "pl-fr-2",
        ("Nicolas Perrin", "nicolas@rucherdescoteaux.example"),
        "2029-11-18 21:40",
        "gmail_plain",
        "Bonsoir,\n\n"
        "Je ne peux pas tout payer d'un coup en ce moment. Je peux vous faire un virement de 200 € cette semaine et le reste début janvier, ça vous irait ?\n\n"
        "Nicolas Perrin\nLe Rucher des Coteaux",
        Label(note="part now, the rest in January → payment_plan"),
        amount="780.00",
    ),
    Reply(
        "pl-es-1",
        ("Alba Serrano", "alba@viverosserrano.example"),
        "2029-11-13 14:02",
        "iphone",
        "Podemos fraccionarlo en dos pagos? uno ahora y otro el mes que viene\nAlba",
        Label(note="mobile brevity, no opening question mark"),
    ),
    Reply(
        "pl-es-2",
        ("Ignacio Peñalba", "administracion@bodegaspenalba.example"),
        "2029-11-09 12:35",
        "outlook",
        "Estimados señores:\n\n"
        "Les escribo en relación con la factura SDS-4422. Como quizá sepan, la granizada del pasado septiembre arrasó buena parte de nuestros viñedos de la zona alta y la cosecha de este año ha sido muy inferior a lo esperado, lo que nos ha dejado en una situación de tesorería muy delicada.\n\n"
        "¿Sería posible aplazar el pago de la factura hasta febrero? Entendemos las molestias y les agradecemos de antemano su comprensión.\n\n"
        "Atentamente,\n\nIgnacio Peñalba\nBodegas Peñalba",
        Label(refs=("SDS-4422",), note="hardship and a request to defer → payment_plan"),
        inv="SDS-4422",
        charset="iso-8859-1",
    ),
    Reply(
        "pl-nl-1",
        ("Fleur Jansen", "fleur@jansendakadvies.example"),
        "2029-11-28 13:20",
        "gmail",
        "Hallo,\n\n"
        "Zouden we deze factuur in vier termijnen kunnen betalen? De eerste termijn kan ik direct overmaken, de rest telkens aan het begin van de maand.\n\n"
        "Groet,\nFleur Jansen\nJansen Dakadvies",
        Label(note="four instalments"),
    ),
    Reply(
        "pl-it-1",
        ("Stefano Marini", "s.marini@mariniimpianti.example"),
        "2029-11-05 15:40",
        "outlook_html",
        "Buongiorno,\n\n"
        "vi scriviamo per chiedere se è possibile rateizzare l'importo della fattura SDS-4384 in quattro rate mensili a partire da dicembre. Il periodo è difficile per il settore e preferiamo concordare un piano piuttosto che ritardare ancora.\n\n"
        "Resto in attesa di un vostro riscontro.\n\n"
        "Cordiali saluti,\nStefano Marini\nMarini Impianti Fotovoltaici S.r.l.",
        Label(refs=("SDS-4384",), note="four monthly instalments"),
        inv="SDS-4384",
        charset="windows-1252",
    ),
    Reply(
        "pl-it-2",
        ("Antonio Greco", "antonio@grecorestauri.example"),
        "2029-11-30 17:15",
        "thunderbird",
        "Buonasera,\n\n"
        "possiamo avere una proroga di 60 giorni? Il Comune non ci ha ancora liquidato lo stato di avanzamento dei lavori e senza quello siamo fermi con tutti i fornitori.\n\n"
        "Grazie,\nAntonio Greco\nGreco Restauri",
        Label(note="more time requested → payment_plan"),
        charset="iso-8859-1",
        cte="8bit",
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        ("Accounts Payable", "accounts.payable@ashcombe-bc.example"),
        "2029-11-15 10:48",
        "outlook_html",
        "Dear Supplier,\n\n"
        "We are unable to process invoice SDS-4405 as it does not quote a valid Ashcombe Borough Council purchase order number.\n\n"
        "Please reissue the invoice quoting PO 4700231 and submit it to invoices@ashcombe-bc.example. Once we receive a compliant invoice it will be paid within our standard 30-day terms.\n\n"
        "Regards,\n\nAccounts Payable Team\nAshcombe Borough Council",
        Label(
            refs=("SDS-4405",),
            note="payment conditional on a reissue with a PO; the submission address is where the corrected invoice goes, not a change of contact",
        ),
        inv="SDS-4405",
    ),
    Reply(
        "ir-en-2",
        ("Tom Hale", "tom@halebuildingservices.example"),
        "2029-11-09 13:17",
        "gmail_plain",
        "Hiya,\n\nNever actually got an invoice for this one, only the reminders! Can you send it over and I'll get it paid.\n\nCheers\nTom",
        Label(note="'I'll get it paid' depends on receiving the invoice: invoice_request"),
    ),
    Reply(
        "ir-en-3",
        ("Priya Natarajan", "cashier@okonjoreid.example"),
        "2029-11-27 12:05",
        "outlook",
        "Dear Sirs,\n\n"
        "Thank you for your email. Before we pay a supplier for the first time, our fraud-prevention procedures require the supplier's bank details to be confirmed in writing on company letterhead, signed by a director, and verified by a call-back to a number we hold independently.\n\n"
        "Please would you send us such a letter? Once it has been verified, invoice SDS-4472 will be released for payment.\n\n"
        "Yours faithfully,\n\nPriya Natarajan\nCashier\nOkonjo & Reid Solicitors",
        Label(
            refs=("SDS-4472",),
            note="bank details must be confirmed before paying, amount not contested; solicitors as the customer, not acting for one",
        ),
        inv="SDS-4472",
        headers=(SUPPRESS,),
    ),
    Reply(
        "ir-de-1",
        ("Dennis Gröning", "kreditoren@rheinwerk-energie.example"),
        "2029-11-06 10:33",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\n"
        "die Rechnung SDS-4391 kann in unserem System nicht verbucht werden, da sie keinen Bestellbezug enthält. Bitte senden Sie uns die Rechnung unter Angabe unserer Bestellnummer 4500018823 erneut zu.\n\n"
        "Nach Eingang der korrigierten Rechnung erfolgt die Zahlung gemäß den vereinbarten Konditionen.\n\n"
        "Mit freundlichen Grüßen\ni. A. Dennis Gröning\nKreditorenbuchhaltung\nRheinwerk Energie AG",
        Label(refs=("SDS-4391",), note="reissue with the order number before payment"),
        inv="SDS-4391",
    ),
    Reply(
        "ir-de-2",
        ("Maria Hofer", "maria.hofer@hofer-holzbau.example"),
        "2029-11-24 09:40",
        "android",
        "Hallo, ich habe nie eine Rechnung bekommen, nur diese Erinnerung. Können Sie mir die bitte nochmal als PDF schicken? Danke\nM. Hofer",
        Label(note="never received the invoice"),
    ),
    Reply(
        "ir-fr-1",
        ("Aurélie Fabre", "a.fabre@geometres-fabre-lemoine.example"),
        "2029-11-19 14:05",
        "outlook",
        "Bonjour,\n\n"
        "Pourriez-vous nous faire parvenir la facture SDS-4432 en y faisant figurer notre numéro de bon de commande BC-2029-0418 ? Sans cette mention, notre service comptable ne peut pas la mettre en paiement.\n\n"
        "Bien à vous,\n\nAurélie Fabre\nAssistante de direction\nGéomètres Associés Fabre & Lemoine",
        Label(refs=("SDS-4432",), note="reissue with the purchase-order number"),
        inv="SDS-4432",
        charset="windows-1252",
    ),
    Reply(
        "ir-fr-2",
        ("Camille Dubreuil", "camille@gites-dubreuil.example"),
        "2029-11-28 09:05",
        "gmail",
        "Bonjour,\n\nPour pouvoir vous payer il me faut un RIB à votre nom, je ne le trouve pas sur la facture. Vous pouvez me l'envoyer ?\n\nMerci,\nCamille Dubreuil",
        Label(note="bank details needed before paying, even though the reminder shows them"),
    ),
    Reply(
        "ir-es-1",
        ("Lucía Marín", "administracion@construccionesebro.example"),
        "2029-11-22 12:25",
        "outlook_html",
        "Buenos días:\n\n"
        "La factura SDS-4455 viene a nombre de Construcciones Ebro, S.L., pero con el CIF de nuestra antigua sociedad. ¿Nos la podrían emitir de nuevo con el CIF B50912873? En cuanto la recibamos la pasamos al pago.\n\n"
        "Saludos cordiales,\n\nLucía Marín\nAdministración\nConstrucciones Ebro, S.L.",
        Label(
            refs=("SDS-4455",),
            note="reissue with the right tax id; the amount is not contested",
        ),
        inv="SDS-4455",
    ),
    Reply(
        "ir-es-2",
        ("Dani Castro", "dani@castroreformas.example"),
        "2029-11-06 20:55",
        "iphone",
        "mandame la factura q no la tengo porfa\n\nDani",
        Label(note="no accents, 'q' for 'que', mobile brevity"),
    ),
    Reply(
        "ir-nl-1",
        ("Marieke Bos", "marieke@bosbouwadvies.example"),
        "2029-11-14 11:45",
        "thunderbird",
        "Goedemorgen,\n\n"
        "Kunt u mij een kopie van factuur SDS-4468 sturen? Ik kan hem niet terugvinden in ons boekhoudpakket en wil hem eerst inboeken voordat ik betaal.\n\n"
        "Met vriendelijke groet,\nMarieke Bos\nBos Bouwadvies",
        Label(refs=("SDS-4468",), note="copy needed before paying"),
        inv="SDS-4468",
        cte="8bit",
    ),
    Reply(
        "ir-nl-2",
        ("Team Crediteuren", "crediteuren@noordvliet-infra.example"),
        "2029-11-29 09:20",
        "outlook",
        "Geachte leverancier,\n\n"
        "Wij verwerken uitsluitend facturen die via ons leveranciersportaal worden ingediend. Zodra u de factuur daar heeft ingediend, wordt deze binnen onze standaard betaaltermijn van 30 dagen voldaan. Per e-mail ontvangen facturen en herinneringen kunnen wij helaas niet in behandeling nemen.\n\n"
        "Met vriendelijke groet,\n\nTeam Crediteuren\nNoordvliet Infra B.V.",
        Label(
            note="payment conditional on submitting the invoice through the supplier portal; no new address"
        ),
    ),
    Reply(
        "ir-it-1",
        ("Elena Riva", "elena@studioriva-paesaggio.example"),
        "2029-11-26 08:50",
        "apple",
        "Buongiorno,\n\nmi inviate copia della fattura e le coordinate bancarie? Così procedo subito con il bonifico.\n\nGrazie,\nElena Riva\nStudio Riva – Architettura del paesaggio",
        Label(note="copy and bank details before paying"),
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        ("Chris Ng", "chris.ng@ridgewaysurveying.example"),
        "2029-11-05 12:10",
        "outlook",
        "Hi,\n\nI left Ridgeway Surveying at the end of September and this mailbox is only being kept open for a few more weeks. Please send this to accounts@ridgewaysurveying.example instead.\n\nThanks,\nChris Ng",
        Label(new_contact="accounts@ridgewaysurveying.example"),
    ),
    Reply(
        "wc-en-2",
        ("Harrow & Vale Accounts Payable", "accounts.payable@harrowvale.example"),
        "2029-11-28 07:02",
        "outlook_html",
        "Dear Supplier,\n\n"
        "Please note that, with immediate effect, all statements, payment reminders and remittance queries for Harrow & Vale Insurance plc must be sent to hv.supplierpayments@gmail.com while our finance systems are migrated to a new platform. Do not use any previous address, as it will no longer be monitored.\n\n"
        "Please confirm by return that your records have been updated.\n\n"
        "Kind regards,\nFinance Operations\nHarrow & Vale Insurance plc",
        Label(
            new_contact="hv.supplierpayments@gmail.com",
            note="phishing-like request to redirect collection mail to a free-mail address (Reply-To points there too); labelled by what it asks, but a person must verify it before anything changes",
        ),
        headers=(("Reply-To", "hv.supplierpayments@gmail.com"),),
    ),
    Reply(
        "wc-en-3",
        ("Sam Kerr", "samkerr84@outlook.com"),
        "2029-11-17 11:32",
        "iphone",
        "I think you've got the wrong Sam Kerr. I'm a dental nurse in Bristol and I've never booked a drone survey in my life. Please check your records.",
        Label(note="wrong person altogether, no new address"),
    ),
    Reply(
        "wc-de-1",
        ("Jürgen Weiß", "j.weiss@lindner-bau.example"),
        "2029-11-08 07:15",
        "outlook",
        "Guten Morgen,\n\n"
        "ich bin als Bauleiter nicht für Zahlungen zuständig und kann mit der Erinnerung nichts anfangen. Bitte richten Sie Rechnungen und Mahnungen künftig direkt an unsere Kreditorenbuchhaltung: kreditoren@lindner-bau.example\n\n"
        "Gruß\nJürgen Weiß\nBauunternehmung Lindner & Söhne GmbH",
        Label(new_contact="kreditoren@lindner-bau.example"),
        charset="iso-8859-1",
    ),
    Reply(
        "wc-fr-1",
        ("Léa Martin", "accueil@geometres-roussel.example"),
        "2029-11-20 10:10",
        "gmail",
        "Bonjour,\n\n"
        "Je ne suis que l'assistante du cabinet, je ne m'occupe pas des règlements. Les factures sont suivies par notre expert-comptable, M. Garnier : compta@garnier-expertise.example. Je vous laisse voir directement avec lui.\n\n"
        "Bonne journée,\nLéa Martin\nCabinet de géomètres Roussel",
        Label(
            new_contact="compta@garnier-expertise.example",
            note="assistant pointing to the outside accountant",
        ),
    ),
    Reply(
        "wc-fr-2",
        ("Pascal Girard", "services.techniques@mairie-saintfiacre.example"),
        "2029-11-26 14:30",
        "outlook_html",
        "Bonjour,\n\n"
        "Mme Rousseau ne fait plus partie des effectifs de la mairie depuis le 1er octobre et cette adresse n'est plus consultée que ponctuellement. Je ne sais pas qui a repris ses dossiers ; je vous suggère de contacter l'accueil de la mairie par téléphone.\n\n"
        "Cordialement,\n\nPascal Girard\nServices techniques\nMairie de Saint-Fiacre-sur-Sèvre",
        Label(note="the person has left; no new address given"),
        charset="iso-8859-1",
    ),
    Reply(
        "wc-es-1",
        ("Rosa Navarro", "oficina@ganaderasierraalcaraz.example"),
        "2029-11-07 09:45",
        "outlook",
        "Buenos días:\n\n"
        "Las facturas de la cooperativa no las llevamos desde aquí, las tramita nuestra gestoría. Por favor, diríjanse a administracion@gestoria-alcaraz.example para cualquier tema de pagos.\n\n"
        "Gracias,\nRosa Navarro\nCooperativa Ganadera Sierra de Alcaraz",
        Label(new_contact="administracion@gestoria-alcaraz.example"),
        charset="iso-8859-1",
    ),
    Reply(
        "wc-es-2",
        ("Pablo Vidal", "pablo@reformasatalaya.example"),
        "2029-11-29 17:50",
        "gmail",
        "Hola,\n\n"
        "Os pongo en copia a Marta Ruiz, que es quien lleva ahora los pagos a proveedores. A partir de ahora escribidle directamente a ella (mruiz@reformasatalaya.example), yo ya no veo estas cosas.\n\n"
        "Saludos,\nPablo",
        Label(
            new_contact="mruiz@reformasatalaya.example",
            note="new contact named in the text and copied in Cc",
        ),
        cc=("Marta Ruiz", "mruiz@reformasatalaya.example"),
    ),
    Reply(
        "wc-nl-1",
        ("Joost Mulder", "joost@mulderzonnepanelen.example"),
        "2029-11-16 16:25",
        "thunderbird",
        "Hallo,\n\nDe administratie doet onze boekhouder, niet ik. Mail het even naar crediteuren@boekhoudkantoor-veenstra.example, dan regelt hij het.\n\nGroet,\nJoost Mulder\nMulder Zonnepanelen",
        Label(new_contact="crediteuren@boekhoudkantoor-veenstra.example"),
        cte="8bit",
    ),
    Reply(
        "wc-nl-2",
        ("Ingrid van der Meer", "i.vandermeer@oostervaart.example"),
        "2029-11-12 11:05",
        "outlook_html",
        "Goedemiddag,\n\n"
        "Dit is de persoonlijke mailbox van een medewerker van team Vastgoed. Facturen en herinneringen graag voortaan naar Facturen@Gemeente-Oostervaart.example sturen, dan worden ze door de afdeling Financiën verwerkt.\n\n"
        "Met vriendelijke groet,\n\nIngrid van der Meer\nTeam Vastgoed\nGemeente Oostervaart",
        Label(
            new_contact="facturen@gemeente-oostervaart.example",
            note="address written in mixed case, labelled in lower case",
        ),
    ),
    Reply(
        "wc-it-1",
        ("Davide Lombardi", "davide@serre-lombardi.example"),
        "2029-11-21 17:35",
        "android",
        "Buonasera, non sono io il referente per i pagamenti, scrivete ad amministrazione@serre-lombardi.example. Grazie\nDavide",
        Label(new_contact="amministrazione@serre-lombardi.example"),
    ),
    Reply(
        "wc-it-2",
        ("Az. Agr. Colombo", "az.agr.colombo@cascinacolombo.example"),
        "2029-11-11 18:20",
        "gmail_plain",
        "Buonasera,\n\n"
        "sono il figlio di Giuseppe Colombo. Mio padre da quest'estate è in pensione e l'azienda agricola adesso la segue mio fratello Andrea: per fatture e pagamenti scrivete a lui, andrea.colombo.agri@gmail.com.\n\n"
        "Saluti,\nMatteo Colombo",
        Label(
            new_contact="andrea.colombo.agri@gmail.com",
            note="the farm has passed to the writer's brother",
        ),
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-1",
        ("Jo Whitfield", "jo@whitfieldlettings.example"),
        "2029-11-22 19:10",
        "gmail",
        "I told your colleague on the phone on Monday that I'll pay it on the 30th when our rents come in. Please stop sending me these automated emails, that's three this week and it's getting ridiculous.",
        Label(note="promise plus 'stop sending these': unsubscribe beats the promise"),
    ),
    Reply(
        "un-en-2",
        ("Graham Tilney", "graham@tilneyproperty.example"),
        "2029-11-19 09:30",
        "outlook",
        "Dear Sirs,\n\n"
        "Please note that this matter is now in the hands of our solicitors, Pryce Lomax LLP, and all further communication regarding this invoice must be directed to them. Do not contact me by email about it again.\n\n"
        "G. Tilney\nDirector, Tilney Property Holdings Ltd",
        Label(note="'talk to our solicitors', no address given → unsubscribe"),
    ),
    Reply(
        "un-en-3",
        ("Bob Armitage", "bob.armitage@armitagefarms.example"),
        "2029-11-24 07:45",
        "iphone",
        "STOP EMAILING ME. I DONT READ EMAILS. SEND A LETTER LIKE EVERYONE ELSE",
        Label(note="all caps; post only → unsubscribe"),
    ),
    Reply(
        "un-de-1",
        ("Hausverwaltung Ritter & Partner", "info@ritter-hausverwaltung.example"),
        "2029-11-07 14:15",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\n"
        "bitte nehmen Sie diese Adresse aus Ihrem E-Mail-Verteiler. Schriftverkehr zu Rechnungen und Zahlungen bitte ausschließlich postalisch an unsere Geschäftsadresse.\n\n"
        "Mit freundlichen Grüßen\nHausverwaltung Ritter & Partner",
        Label(note="post only"),
    ),
    Reply(
        "un-de-2",
        ("Tim Schuster", "tim@schuster-geruestbau.example"),
        "2029-11-16 12:40",
        "gmail_plain",
        "Hallo,\n\n"
        "das ist jetzt schon die dritte Mahnung für eine Rechnung, die wir am 2. November bezahlt haben. Hören Sie bitte endlich auf, uns damit zu bombardieren.\n\n"
        "T. Schuster\nSchuster Gerüstbau",
        Label(note="stop request plus a payment claim: unsubscribe beats the payment claim"),
    ),
    Reply(
        "un-fr-1",
        ("François Le Goff", "f.legoff@legoff-patrimoine.example"),
        "2029-11-13 17:55",
        "outlook",
        "Madame, Monsieur,\n\n"
        "Je vous prie de cesser tout envoi de courriels à cette adresse. Toute correspondance relative à ce dossier devra désormais être adressée à mon conseil, Maître Anne Delorme, avocate au barreau de Nantes.\n\n"
        "Veuillez agréer, Madame, Monsieur, mes salutations distinguées.\n\n"
        "François Le Goff",
        Label(note="stop e-mailing, only through my lawyer (no address) → unsubscribe"),
        charset="iso-8859-1",
    ),
    Reply(
        "un-es-1",
        ("Lola Herrera", "lola.herrera.m@gmail.com"),
        "2029-11-05 21:20",
        "gmail_plain",
        "Hola. Este es mi correo personal, no el de la empresa. No me escriban más aquí, por favor. Gracias.",
        Label(note="'do not write here' beats 'not the right mailbox' (no address given)"),
    ),
    Reply(
        "un-es-2",
        ("Enrique Soto", "enrique@sotoinstalaciones.example"),
        "2029-11-27 10:02",
        "outlook",
        "Buenos días:\n\n"
        "Por favor, dejen de mandarnos recordatorios automáticos cada dos por tres. Pagamos siempre a fin de mes y así lo haremos también esta vez.\n\n"
        "Un saludo,\nEnrique Soto\nSoto Instalaciones Eléctricas",
        Label(note="stop the reminders plus a month-end promise: unsubscribe wins"),
    ),
    Reply(
        "un-nl-1",
        ("Bart Vos", "bart@dakwerkenvos.example"),
        "2029-11-10 12:00",
        "iphone",
        "Afmelden",
        Label(note="one word: unsubscribe"),
    ),
    Reply(
        "un-nl-2",
        ("Lotte Visser", "lotte.visser@bureau-kempen.example"),
        "2029-11-28 15:30",
        "gmail",
        "Hallo,\n\n"
        "Ik ben stagiair bij het bureau en mijn stage loopt vrijdag af. Wilt u dit adres uit uw lijst halen? Ik weet niet wie dit soort dingen overneemt.\n\n"
        "Groet,\nLotte Visser",
        Label(
            note="remove-me from someone who is not the right person and names nobody: unsubscribe"
        ),
    ),
    Reply(
        "un-it-1",
        ("Roberto Villa", "r.villa@studiovilla-geometri.example"),
        "2029-11-15 16:50",
        "outlook_html",
        "Egregi Signori,\n\n"
        "con la presente Vi diffido dal contattarmi ulteriormente a mezzo posta elettronica in merito alla fattura in oggetto. Ogni comunicazione dovrà essere indirizzata esclusivamente al mio legale, avv. Paolo Mancini del Foro di Torino.\n\n"
        "Distinti saluti\n\nGeom. Roberto Villa",
        Label(note="formal 'cease and desist' by e-mail, lawyer only → unsubscribe"),
    ),
    Reply(
        "un-it-2",
        ("Chiara Fontana", "chiara@fontanagiardini.example"),
        "2029-11-09 13:13",
        "iphone",
        "Basta mail per favore. Ho già pagato.\nChiara",
        Label(note="stop plus a payment claim: unsubscribe wins"),
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-1",
        ("Lucy Fenwick", "lucy@kestrelroofing.example"),
        "2029-11-14 08:31",
        "notice",
        "Thank you for your email. I am out of the office until Monday 19 November with limited access to email.\n\n"
        "For anything urgent please call the office on 01632 960 418.\n\n"
        "Lucy Fenwick\nOffice Manager\nKestrel Roofing & Cladding",
        Label(return_date="2029-11-19"),
        subject="Automatic reply: {subj}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        "ar-en-2",
        ("Harrow & Vale Supplier Services", "supplier.services@harrowvale.example"),
        "2029-11-08 08:36",
        "notice",
        "Hello,\n\n"
        "Thanks for contacting Harrow & Vale Supplier Services. Your email has been logged as case 00481273 and passed to the right team.\n\n"
        "We aim to respond to all supplier queries within 5 working days. Please keep the case number in the subject line if you write to us again about this.\n\n"
        "This is an automated message – please do not reply.",
        Label(note="ticket-system acknowledgement; no return date"),
        subject="[Case 00481273] We've received your email",
        headers=(AUTO_GENERATED,),
        threaded=False,
    ),
    Reply(
        "ar-en-3",
        ("Alistair Munro", "ali@munrosurveys.example"),
        "2029-11-06 08:40",
        "notice",
        "Hi, I'm on a job in the Highlands till the 26th with no signal most days. I'll reply when I'm back.\nAli",
        Label(
            return_date="2029-11-26",
            note="phone autoresponder with only X-Autoreply; 'till the 26th' → that date",
        ),
        subject="Away: {subj}",
        headers=(("X-Autoreply", "yes"),),
    ),
    Reply(
        "ar-de-1",
        ("Claudia Fuchs", "c.fuchs@fuchs-dachtechnik.example"),
        "2029-11-15 09:33",
        "notice",
        "Vielen Dank für Ihre Nachricht.\n\n"
        "Ich bin bis einschließlich 23.11.2029 nicht im Büro. Ab Montag, dem 26.11., bin ich wieder für Sie erreichbar. In dringenden Fällen wenden Sie sich bitte an buchhaltung@fuchs-dachtechnik.example.\n\n"
        "Mit freundlichen Grüßen\nClaudia Fuchs",
        Label(
            return_date="2029-11-26",
            note="the stated day back wins; a colleague's address in an auto-reply is not a new contact",
        ),
        subject="Automatische Antwort: {subj}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-de-2",
        ("Stadtkasse Kellersee", "stadtkasse@kellersee.example"),
        "2029-11-19 09:34",
        "notice",
        "Sehr geehrte Damen und Herren,\n\n"
        "Ihre E-Mail ist bei der Stadtkasse Kellersee eingegangen und wurde unter der Vorgangsnummer 2029-KA-118342 erfasst. Bitte geben Sie diese Nummer bei Rückfragen an.\n\n"
        "Die Bearbeitung kann bis zu zehn Arbeitstage in Anspruch nehmen.\n\n"
        "Dies ist eine automatisch erzeugte Nachricht.",
        Label(note="public-body ticket acknowledgement with only Precedence: auto_reply"),
        subject="Eingangsbestätigung – Vorgang 2029-KA-118342",
        charset="iso-8859-1",
        headers=(("Precedence", "auto_reply"),),
        threaded=False,
    ),
    Reply(
        "ar-fr-1",
        ("Nathalie Bernard", "n.bernard@bernard-etancheite.example"),
        "2029-11-12 09:35",
        "notice",
        "Bonjour,\n\n"
        "Je suis absente du 12 au 23 novembre inclus, sans accès à ma messagerie. Je serai de retour le lundi 26 novembre.\n\n"
        "Pour toute urgence, vous pouvez joindre le standard au 01 99 00 38 27.\n\n"
        "Cordialement,\nNathalie Bernard",
        Label(return_date="2029-11-26"),
        subject="Réponse automatique : {subj}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-fr-2",
        ("Cabinet Duval Expertise Comptable", "contact@duval-expertise.example"),
        "2029-11-21 09:32",
        "notice",
        "Bonjour,\n\n"
        "Nous accusons bonne réception de votre message, qui sera traité dans les meilleurs délais (48 heures ouvrées en moyenne).\n\n"
        "L'équipe du cabinet Duval\n\n"
        "Merci de ne pas répondre à ce message.",
        Label(note="receipt acknowledgement with only X-Autoreply; no return date"),
        subject="Accusé de réception : {subj}",
        headers=(("X-Autoreply", "yes"),),
    ),
    Reply(
        "ar-es-1",
        ("Jorge Llorente", "jorge@llorente-topografia.example"),
        "2029-11-15 09:37",
        "notice",
        "Gracias por su mensaje. Estaré fuera de la oficina hasta el 20 de noviembre, con acceso limitado al correo. Para asuntos urgentes, pueden escribir a administracion@llorente-topografia.example.\n\n"
        "Un saludo,\nJorge Llorente",
        Label(
            return_date="2029-11-20",
            note="'hasta X' → X; the colleague's address does not set new_contact",
        ),
        subject="Respuesta automática: {subj}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-nl-1",
        ("Eva de Boer", "eva@deboer-landmeetkunde.example"),
        "2029-11-12 09:33",
        "notice",
        "Dank voor je bericht. Ik ben afwezig tot en met vrijdag 16 november en ben vanaf maandag 19 november weer bereikbaar. Je mail wordt niet doorgestuurd.\n\n"
        "Met vriendelijke groet,\nEva de Boer",
        Label(
            return_date="2029-11-19",
            note="'t/m vrijdag 16' and 'vanaf maandag 19': the day back wins",
        ),
        subject="Automatisch antwoord: {subj}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-nl-2",
        ("Coöperatie Akkerland", "info@akkerland-coop.example"),
        "2029-11-27 09:31",
        "notice",
        "Bedankt voor uw e-mail. Wij hebben uw bericht ontvangen en reageren binnen drie werkdagen.\n\n"
        "Voor spoedzaken zijn wij op werkdagen tussen 8.00 en 12.00 uur telefonisch bereikbaar.\n\n"
        "Coöperatie Akkerland U.A.",
        Label(note="autoresponder with only Precedence: bulk; no return date"),
        subject="Bedankt voor uw bericht",
        headers=(("Precedence", "bulk"),),
    ),
    Reply(
        "ar-it-1",
        ("Francesca Leone", "f.leone@leone-ingegneria.example"),
        "2029-11-20 09:36",
        "notice",
        "Gentile mittente,\n\n"
        "sarò assente fino a venerdì 23 novembre compreso, con rientro in ufficio lunedì 26. Durante l'assenza la posta non verrà letta né inoltrata.\n\n"
        "Cordiali saluti\nFrancesca Leone",
        Label(
            return_date="2029-11-26",
            note="'fino a venerdì 23 compreso, rientro lunedì 26': the day back wins",
        ),
        subject="Risposta automatica: {subj}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-it-2",
        ("Portale Fornitori Ferrante", "noreply.fornitori@ferrantecostruzioni.example"),
        "2029-11-07 09:39",
        "notice",
        "Gentile fornitore,\n\n"
        "la Sua richiesta è stata registrata con il numero INC0048823 e assegnata al gruppo Contabilità Fornitori.\n\n"
        "Riceverà una risposta da un operatore non appena la pratica sarà stata presa in carico. La preghiamo di non rispondere a questo messaggio.\n\n"
        "Portale Fornitori – Ferrante Costruzioni S.p.A.",
        Label(note="AP-portal ticket acknowledgement"),
        subject="Richiesta registrata – INC0048823",
        headers=(AUTO_GENERATED,),
        threaded=False,
    ),
]

OTHER = [
    Reply(
        "ot-en-1",
        ("Claire Hodges", "claire.hodges@brackenmedical.example"),
        "2029-11-21 11:40",
        "outlook",
        "Hello,\n\n"
        "Did we not pay this already? I'm fairly sure Sarah did a batch of supplier payments at the end of October and I thought yours was in it. She's off until Monday – I'll ask her when she's back and come back to you.\n\n"
        "Claire Hodges\nPractice Manager\nBracken Medical Centre",
        Label(note="a question and 'I'll check': no payment claim, no commitment to pay"),
    ),
    Reply(
        "ot-en-2",
        ("Mike Dunstan", "mike@dunstanandsons.example"),
        "2029-11-15 20:05",
        "gmail",
        "Evening,\n\n"
        "While I've got you – any chance you could fly the barn roofs at Top Farm sometime next week? Same as last time, photos and a short report for the insurers. Tuesday or Wednesday would suit best.\n\n"
        "Ta,\nMike Dunstan",
        Label(note="asks for new work in the reminder thread; nothing about the invoice"),
    ),
    Reply(
        "ot-en-3",
        ("Tom Bradley", "t.bradley@kestrelwind.example"),
        "2029-11-13 10:05",
        "outlook_html",
        "Hi,\n\n"
        "Not yet I'm afraid. I've flagged it to our finance controller, who approves all supplier payments over €1,000, and I'll chase him this week.\n\n"
        "Sorry I can't be more specific.\n\n"
        "Best regards,\nTom Bradley\nOperations Coordinator\nKestrel Wind Services B.V.",
        Label(
            note="'not yet' and passing it up the chain: no date, no commitment; English from a Rotterdam company, so CET and euros"
        ),
        uk=False,
        amount="1640.00",
    ),
    Reply(
        "ot-de-1",
        ("Stefan Maier", "s.maier@maier-solartechnik.example"),
        "2029-11-30 12:15",
        "iphone",
        "Danke, hab ich an unsere Buchhaltung weitergegeben.\nGruß Stefan",
        Label(note="acknowledgement; passing it on internally names no address"),
    ),
    Reply(
        "ot-de-2",
        ("Anja Köhler", "anja@koehler-landschaftsbau.example"),
        "2029-11-06 15:20",
        "thunderbird",
        "Hallo,\n\n"
        "haben wir das nicht schon im Oktober bezahlt? Ich meine, ich hätte eine Überweisung an Sie auf dem Kontoauszug gesehen. Können Sie bitte noch einmal nachsehen, ob da etwas falsch zugeordnet wurde?\n\n"
        "Viele Grüße\nAnja Köhler\nKöhler Landschaftsbau",
        Label(note="'did we not pay this?' is a question, not a payment claim"),
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "ot-fr-1",
        ("Sylvie Perret", "sylvie.perret@perret-menuiserie.example"),
        "2029-11-29 11:10",
        "outlook",
        "Bonjour,\n\n"
        "Pouvez-vous me rappeler au 01 99 00 42 17 ? C'est un peu compliqué à expliquer par écrit, il y a eu un changement de gérance entre-temps.\n\n"
        "Merci,\nSylvie Perret",
        Label(note="asks for a call; a person must read it"),
        charset="iso-8859-1",
    ),
    Reply(
        "ot-fr-2",
        ("Martine Lacombe", "contact@lacombe-batiment.example"),
        "2029-11-23 15:05",
        "outlook_html",
        "Madame, Monsieur,\n\n"
        "J'ai le regret de vous informer du décès de M. Bernard Lacombe, gérant de la société, survenu le 28 octobre dernier. La succession est en cours de règlement auprès de l'étude de Maître Faure, notaire à Angers.\n\n"
        "Je ne manquerai pas de revenir vers vous dès que la situation de la société sera clarifiée.\n\n"
        "Cordialement,\n\nMartine Lacombe",
        Label(
            note="the manager has died and the estate is being settled: no address, nothing promised; a person must read it"
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "ot-es-1",
        ("Marisa Gómez", "marisa@gomezperitaciones.example"),
        "2029-11-14 18:35",
        "gmail_plain",
        "Hola,\n\n"
        "¿Me podéis mandar también las fotos del tejado en alta resolución? Las del informe salen muy pequeñas y el perito las quiere ampliar.\n\n"
        "Gracias,\nMarisa Gómez",
        Label(note="asks for the survey photos, not a billing document: other"),
    ),
    Reply(
        "ot-es-2",
        ("José Prieto", "jose@prietohermanos.example"),
        "2029-11-19 08:05",
        "android",
        "Recibido, lo miro y os digo algo.\nJosé",
        Label(note="acknowledgement without any commitment"),
    ),
    Reply(
        "ot-nl-1",
        ("Daan Kuipers", "daan@kuipers-grondwerken.example"),
        "2029-11-08 14:50",
        "apple",
        "Hoi,\n\n"
        "Hebben jullie de orthofoto van het perceel ook als GeoTIFF? De gemeente wil hem in hun GIS inladen en met een jpg kunnen ze niks.\n\n"
        "Groeten,\nDaan Kuipers",
        Label(note="question about the deliverable; nothing about paying"),
    ),
    Reply(
        "ot-nl-2",
        ("Pieter Hofman", "pieter@hofmanakkerbouw.example"),
        "2029-11-21 15:30",
        "outlook_html",
        "Beste,\n\n"
        "Per 1 november zijn wij overgenomen door AgroNoord Coöperatie. Wat er met openstaande facturen van vóór de overname gebeurt, wordt op dit moment nog uitgezocht. Ik zoek uit wie dit bij AgroNoord gaat oppakken en kom er bij u op terug.\n\n"
        "Met vriendelijke groet,\nPieter Hofman\nHofman Akkerbouw",
        Label(note="takeover; no new address yet and no commitment"),
    ),
    Reply(
        "ot-it-1",
        ("Paolo Rinaldi", "paolo@rinaldi-coperture.example"),
        "2029-11-26 13:02",
        "iphone",
        "Ricevuto 👍\nPaolo",
        Label(note="emoji acknowledgement; not a payment claim"),
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
# Bounces: machine skeletons around hand-written human-readable parts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bounce:
    """A delivery report for a reminder dunmail sent to `rcpt` in the bounce's language."""

    key: str
    kind: str
    status: str
    rcpt: str
    when: str
    minutes_after: int
    build: Callable[[Bounce], Message]
    note: str | None = None

    @property
    def lang(self) -> str:
        """The language of the human-readable part, from the key."""
        return self.key.split("-")[1]

    @property
    def in_uk(self) -> bool:
        """English reports come from UK-side servers (GMT); the others from the continent (CET)."""
        return self.lang == "en"

    @property
    def dt(self) -> datetime:
        """The report's Date."""
        base = datetime.strptime(self.when, "%Y-%m-%d %H:%M").replace(
            tzinfo=UK if self.in_uk else CET
        )
        return base + timedelta(seconds=digest(self.key, "sec")[0] % 60)

    @property
    def sent(self) -> datetime:
        """When the reminder left the business's server (UK time)."""
        return (self.dt - timedelta(minutes=self.minutes_after, seconds=17)).astimezone(UK)

    @property
    def invoice(self) -> str:
        """The invoice the bounced reminder was about."""
        return default_invoices()[self.key]

    @property
    def subject(self) -> str:
        """The bounced reminder's subject."""
        return reminder_subject(self.lang, self.invoice)

    @property
    def local_part(self) -> str:
        """The part of the recipient address before the @."""
        return self.rcpt.split("@")[0]


def returned_reminder(b: Bounce) -> Message:
    """The reminder as it left the business (enclosed in, or summarised by, the report)."""
    currency = "GBP" if b.in_uk else "EUR"
    raw = digest(b.key, "amount")
    amount = f"{240 + (raw[0] * 256 + raw[1]) % 2400 // 5 * 5}.00"
    text = reminder_body(b.lang, b.invoice, amount, currency, b.sent, b.key)
    msg = text_part(text + "\n", "plain", "utf-8", "qp")
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = b.rcpt
    msg["Subject"] = encoded_header(b.subject, "utf-8")
    msg["Date"] = format_datetime(b.sent)
    msg["Message-ID"] = reminder_msgid(b.key)
    content_headers_last(msg)
    return msg


def header_block(msg: Message) -> str:
    """The header lines of a message, as text."""
    return "".join(f"{k}: {v}\n" for k, v in msg.items())


def delivery_status(
    b: Bounce,
    mta: str,
    action: str,
    diagnostic: str,
    remote: str = "",
    extra: tuple[tuple[str, str], ...] = (),
) -> Message:
    """A message/delivery-status part (RFC 3464) with one per-message and one per-recipient block."""
    per_message = Message()
    per_message["Reporting-MTA"] = f"dns; {mta}"
    for name, value in extra:
        per_message[name] = value
    per_message["Arrival-Date"] = format_datetime(b.sent.astimezone(b.dt.tzinfo))
    per_rcpt = Message()
    per_rcpt["Final-Recipient"] = f"rfc822; {b.rcpt}"
    per_rcpt["Original-Recipient"] = f"rfc822;{b.rcpt}"
    per_rcpt["Action"] = action
    per_rcpt["Status"] = b.status
    if remote:
        per_rcpt["Remote-MTA"] = f"dns; {remote}"
    per_rcpt["Diagnostic-Code"] = diagnostic
    per_rcpt["Last-Attempt-Date"] = format_datetime(b.dt)
    if action == "delayed":
        per_rcpt["Will-Retry-Until"] = format_datetime(b.dt + timedelta(days=2))
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.attach(per_message)
    part.attach(per_rcpt)
    return part


def rfc822_headers(b: Bounce) -> Message:
    """A text/rfc822-headers part with the returned reminder's headers."""
    return text_part(header_block(returned_reminder(b)), "rfc822-headers", "us-ascii", "7bit")


def report(*parts: Message) -> Message:
    """multipart/report; report-type=delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def human_alternative(text: str, charset: str = "utf-8") -> Message:
    """The plain and HTML human-readable parts Exchange puts first in its reports."""
    paragraphs = "".join(
        f'<p style="font-family:Segoe UI,Arial,sans-serif;font-size:11pt">{html_lines(p)}</p>\n'
        for p in text.split("\n\n")
    )
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>\n'
        f"<body>\n{paragraphs}</body></html>\n"
    )
    return alternative(
        text_part(text + "\n", "plain", charset, "qp"),
        text_part(markup, "html", charset, "qp"),
    )


def stamp(
    b: Bounce,
    msg: Message,
    sender: str,
    subject: str,
    extra: tuple[tuple[str, str], ...] = (),
) -> Message:
    """Envelope headers every report carries, then the usual tidying."""
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encoded_header(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = sender.rsplit("@", 1)[1].split(">", maxsplit=1)[0].split(" ", maxsplit=1)[0]
    msg["Message-ID"] = f"<{token(b.key, 'report', 22).lower()}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    for name, value in extra:
        msg[name] = value
    return finish(msg, b.key, "report")


def plain_notice(text: str) -> Message:
    """A report without any MIME structure at all (old MTAs)."""
    msg = Message()
    msg.set_payload(text)
    return msg


def bounce_postfix_domain(b: Bounce) -> Message:
    """The business's own Postfix: the customer's domain no longer exists (hard)."""
    domain = b.rcpt.split("@")[1]
    human = (
        "This is the mail system at host mail.sparrowhawk-drones.example.\n\n"
        "Your message could not be delivered to one or more of its recipients,\n"
        "and no further attempts will be made. The headers of the message are\n"
        "attached.\n\n"
        "If you need help, contact the postmaster of this host and include\n"
        "this report.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: Host or domain name not found. Name service error for\n"
        f"    name={domain} type=MX: Host not found\n"
    )
    diag = f"X-Postfix; Host or domain name not found. Name service error for name={domain} type=MX: Host not found"
    msg = report(
        text_part(human, "plain", "us-ascii", "7bit"),
        delivery_status(
            b,
            "mail.sparrowhawk-drones.example",
            "failed",
            diag,
            extra=(("X-Postfix-Queue-ID", "4Kq8Zt0WmLz9rxP"),),
        ),
        rfc822_headers(b),
    )
    return stamp(
        b,
        msg,
        "MAILER-DAEMON@mail.sparrowhawk-drones.example (Mail Delivery System)",
        "Undelivered Mail Returned to Sender",
    )


def bounce_qmail(b: Bounce) -> Message:
    """qmail at a UK hosting company, no MIME at all, with the message appended (hard)."""
    reminder = returned_reminder(b)
    text = (
        "Hi. This is the qmail-send program at mx2.dalesidehosting.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "Sorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        "Received: from mail.sparrowhawk-drones.example (198.51.100.14)\n"
        f"  by mx2.dalesidehosting.example with SMTP; {format_datetime(b.sent)}\n"
        + header_block(reminder)
        + "\n"
        + str(reminder.get_payload())
    )
    return stamp(
        b,
        plain_notice(text),
        "MAILER-DAEMON@mx2.dalesidehosting.example",
        "failure notice",
    )


def bounce_gmail_delay(b: Bounce) -> Message:
    """Gmail's delay notice: not delivered yet, will keep trying (soft)."""
    human = (
        "** Message not delivered yet **\n\n"
        f"We haven't been able to deliver your message to {b.rcpt} yet. Gmail will keep trying for another 46 hours and will let you know if delivery fails for good.\n\n"
        "The response from the remote server was:\n\n"
        "The recipient server did not accept our requests to connect. [mx.penhallowfarm.example. 198.51.100.23: timed out]"
    )
    diag = "smtp; 421 4.4.1 Connection timed out"
    msg = report(
        human_alternative(human),
        delivery_status(b, "mx.google.com", "delayed", diag, "mx.penhallowfarm.example"),
        rfc822_headers(b),
    )
    return stamp(
        b,
        msg,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Delay)",
    )


def bounce_exchange_de_policy(b: Bounce) -> Message:
    """Exchange Online, German: a group that only takes internal senders (hard, policy)."""
    human = (
        f"Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden.\n\n"
        f"{b.local_part} ist eine Verteilergruppe, die nur Nachrichten von Absendern innerhalb der eigenen Organisation annimmt. Ihre Adresse ist nicht berechtigt, an diese Gruppe zu senden.\n\n"
        "Was können Sie tun?\n"
        "Bitten Sie den Besitzer der Gruppe oder Ihren Ansprechpartner in der Empfängerorganisation, Ihre Adresse freizugeben, und senden Sie die Nachricht dann erneut.\n\n"
        "Diagnoseinformationen für Administratoren:\n"
        "Generierender Server: FR2P281MB0712.DEUP281.PROD.OUTLOOK.COM\n"
        f"{b.rcpt}\n"
        "Remoteserver hat '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed as sender not authenticated' zurückgegeben"
    )
    diag = "smtp; 550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required"
    msg = report(
        human_alternative(human),
        delivery_status(b, "FR2P281MB0712.DEUP281.PROD.OUTLOOK.COM", "failed", diag),
        rfc822_headers(b),
    )
    return stamp(
        b,
        msg,
        "Microsoft Outlook <postmaster@stadtwerke-kellersee.example>",
        f"Unzustellbar: {b.subject}",
    )


def bounce_hoster_de_full(b: Bounce) -> Message:
    """A German web host's localised report with the whole message enclosed (mailbox full: soft)."""
    human = (
        "Dies ist eine automatisch erstellte Nachricht des Mailservers mx01.webhost-nord.example.\n\n"
        f"Ihre Nachricht an <{b.rcpt}> konnte nicht zugestellt werden, weil das Postfach des Empfängers voll ist. Der Empfänger muss zuerst Nachrichten löschen oder seinen Speicherplatz erweitern lassen.\n\n"
        "Bitte versuchen Sie es später noch einmal oder verständigen Sie den Empfänger auf anderem Weg.\n\n"
        "Technische Details:\n"
        f"<{b.rcpt}>: 552 5.2.2 Mailbox full: quota exceeded (10240 MB)\n"
    )
    msg = report(
        text_part(human, "plain", "utf-8", "qp"),
        delivery_status(
            b,
            "mx01.webhost-nord.example",
            "failed",
            "smtp; 552 5.2.2 Mailbox full: quota exceeded",
        ),
        MIMEMessage(returned_reminder(b)),
    )
    return stamp(
        b,
        msg,
        "Mail Delivery System <MAILER-DAEMON@mx01.webhost-nord.example>",
        "Unzustellbare Nachricht: Postfach des Empfängers voll",
    )


def bounce_exchange_fr(b: Bounce) -> Message:
    """Exchange Online, French: recipient not found (hard)."""
    human = (
        f"Votre message n'a pas pu être remis à {b.rcpt}.\n\n"
        "L'adresse de ce destinataire est introuvable dans l'organisation de destination. Vérifiez l'orthographe de l'adresse puis renvoyez le message. Si le problème persiste, contactez le destinataire par un autre moyen.\n\n"
        "Informations de diagnostic pour les administrateurs :\n"
        "Serveur de génération : PR1P264MB2233.FRAP264.PROD.OUTLOOK.COM\n"
        f"{b.rcpt}\n"
        "Le serveur distant a renvoyé « 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup »"
    )
    diag = "smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    msg = report(
        human_alternative(human),
        delivery_status(b, "PR1P264MB2233.FRAP264.PROD.OUTLOOK.COM", "failed", diag),
        rfc822_headers(b),
    )
    return stamp(
        b,
        msg,
        "Microsoft Outlook <postmaster@geometres-lebrun.example>",
        f"Non remis : {b.subject}",
    )


def bounce_provider_fr_full(b: Bounce) -> Message:
    """A French provider's plain Latin-1 notice: mailbox full, still retrying (soft)."""
    reminder = returned_reminder(b)
    text = (
        "Bonjour,\n\n"
        "Ceci est un message automatique du serveur de messagerie relais.mailfr.example.\n\n"
        f"Votre message adressé à {b.rcpt} n'a pas encore pu être distribué : la boîte aux lettres du destinataire est pleine.\n\n"
        "Réponse du serveur : 452 4.2.2 Mailbox full\n\n"
        "Nous réessaierons automatiquement pendant 5 jours. Si la boîte reste pleine, le message vous sera retourné. Vous n'avez rien à faire pour l'instant.\n\n"
        "--- En-têtes du message d'origine ---\n"
        f"From: {AR_NAME} <{AR_ADDR}>\n"
        f"To: {b.rcpt}\n"
        f"Subject: {latin1_safe(b.subject)}\n"
        f"Date: {reminder['Date']}\n"
        f"Message-ID: {reminder['Message-ID']}\n"
    )
    return stamp(
        b,
        text_part(text, "plain", "iso-8859-1", "qp"),
        "Service de messagerie <mailer-daemon@relais.mailfr.example>",
        "Message non distribué pour l'instant : boîte aux lettres pleine",
    )


def bounce_provider_es_disabled(b: Bounce) -> Message:
    """A Spanish provider's report in multipart/mixed with the original attached (account disabled: hard)."""
    text = (
        "Este es un mensaje automático del servidor smtp.correoempresa.example.\n\n"
        "No ha sido posible entregar su mensaje al siguiente destinatario:\n\n"
        f"    {b.rcpt}\n"
        "    La cuenta del destinatario está desactivada y no admite mensajes.\n"
        "    Respuesta del servidor: 550 5.2.1 Mailbox disabled, not accepting messages\n\n"
        "Se trata de un error permanente y el mensaje no se volverá a enviar. Póngase en contacto con el destinatario por otro medio.\n\n"
        "Se adjunta una copia del mensaje original.\n"
    )
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(text, "plain", "utf-8", "qp"))
    outer.attach(MIMEMessage(returned_reminder(b)))
    return stamp(
        b,
        outer,
        "Sistema de correo <MAILER-DAEMON@smtp.correoempresa.example>",
        "Mensaje no entregado: cuenta desactivada",
        (("X-Failed-Recipients", b.rcpt),),
    )


def bounce_exchange_es_delay(b: Bounce) -> Message:
    """Exchange Online, Spanish: delivery delayed (soft)."""
    human = (
        f"La entrega de su mensaje a {b.rcpt} se está retrasando.\n\n"
        "El servidor seguirá intentando entregarlo durante las próximas 24 horas y le avisará si no lo consigue. No es necesario que vuelva a enviar el mensaje.\n\n"
        "Información de diagnóstico para administradores:\n"
        "Servidor de generación: DB9PR02MB7781.EURPRD02.PROD.OUTLOOK.COM\n"
        f"{b.rcpt}\n"
        "Motivo: 400 4.4.7 Message delayed; el servidor remoto no responde"
    )
    msg = report(
        human_alternative(human),
        delivery_status(
            b,
            "DB9PR02MB7781.EURPRD02.PROD.OUTLOOK.COM",
            "delayed",
            "smtp; 400 4.4.7 Message delayed",
        ),
        rfc822_headers(b),
    )
    return stamp(
        b,
        msg,
        "Microsoft Outlook <postmaster@grupoandaluzseguros.example>",
        f"Entrega retrasada: {b.subject}",
    )


def bounce_exim_nl(b: Bounce) -> Message:
    """Exim with a Dutch bounce text, plain ASCII without MIME, message appended (hard)."""
    reminder = returned_reminder(b)
    domain = b.rcpt.split("@")[1]
    text = (
        "Dit bericht is automatisch aangemaakt door de mailserver mail.hostingnoord.example.\n\n"
        "Uw bericht kon niet worden afgeleverd bij een of meer geadresseerden. Dit is een\n"
        "permanente fout. Het volgende adres is mislukt:\n\n"
        f"  {b.rcpt}\n"
        f"    host mx.{domain} [203.0.113.58]\n"
        f"    SMTP-fout na RCPT TO:<{b.rcpt}>:\n"
        f"    550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown\n\n"
        "------ Dit is een kopie van het bericht, inclusief alle headers. ------\n\n"
        + header_block(reminder)
        + "\n"
        + str(reminder.get_payload())
    )
    return stamp(
        b,
        plain_notice(text),
        "Mail Delivery System <Mailer-Daemon@mail.hostingnoord.example>",
        "Bezorging mislukt: bericht wordt teruggestuurd",
        (("X-Failed-Recipients", b.rcpt),),
    )


def bounce_provider_it_full(b: Bounce) -> Message:
    """An Italian provider's single-part Latin-1 notice in 8bit: mailbox full (soft)."""
    text = (
        "Questo è un messaggio generato automaticamente dal sistema di posta.\n\n"
        f"Il messaggio da Lei inviato all'indirizzo {b.rcpt} non è stato recapitato perché la casella del destinatario è piena.\n\n"
        "Dettagli tecnici: 552 5.2.2 Casella piena / Mailbox full (quota superata)\n\n"
        "Dati del messaggio originale:\n"
        f"  Oggetto: {latin1_safe(b.subject)}\n"
        f"  Data: {format_datetime(b.sent)}\n"
        f"  Destinatario: {b.rcpt}\n\n"
        "Le consigliamo di contattare il destinatario con altri mezzi.\n"
    )
    return stamp(
        b,
        text_part(text, "plain", "iso-8859-1", "8bit"),
        "Postmaster <postmaster@mail.postaitalia-provider.example>",
        "Avviso di mancato recapito",
    )


def bounce_it_greylist(b: Bounce) -> Message:
    """An Italian gateway's RFC 3464 delay report after greylisting (soft, policy)."""
    human = (
        "Questo è un avviso automatico: NON è necessario inviare di nuovo il messaggio.\n\n"
        f"Il messaggio indirizzato a {b.rcpt} non è ancora stato consegnato. Il server di destinazione ha rifiutato temporaneamente la consegna (greylisting) e il tentativo verrà ripetuto automaticamente nelle prossime 48 ore.\n\n"
        "Risposta del server: 451 4.7.1 Greylisted, please try again later\n\n"
        "Riceverà un ulteriore avviso solo se la consegna non andrà a buon fine.\n"
    )
    msg = report(
        text_part(human, "plain", "utf-8", "qp"),
        delivery_status(
            b,
            "gw-in.comune-valdimonte.example",
            "delayed",
            "smtp; 451 4.7.1 Greylisted, please try again later",
            "mx-int.comune-valdimonte.example",
        ),
        rfc822_headers(b),
    )
    return stamp(
        b,
        msg,
        "Sistema di posta <MAILER-DAEMON@gw-in.comune-valdimonte.example>",
        "Avviso di ritardo nella consegna",
    )


BOUNCES = [
    Bounce(
        "bo-en-1",
        "hard",
        "5.4.4",
        "office@oldquarrybarns.example",
        "2029-11-06 08:36",
        4,
        bounce_postfix_domain,
        "domain gone: Postfix RFC 3464 report with text/rfc822-headers",
    ),
    Bounce(
        "bo-en-2",
        "hard",
        "5.1.1",
        "j.fairlie@fairliebuilders.example",
        "2029-11-13 08:41",
        6,
        bounce_qmail,
        "qmail, no MIME; the status comes from '(#5.1.1)'",
    ),
    Bounce(
        "bo-en-3",
        "soft",
        "4.4.1",
        "accounts@penhallowfarm.example",
        "2029-11-22 10:03",
        1530,
        bounce_gmail_delay,
        "Gmail delay notice",
    ),
    Bounce(
        "bo-de-1",
        "hard",
        "5.7.133",
        "einkauf@stadtwerke-kellersee.example",
        "2029-11-09 09:47",
        8,
        bounce_exchange_de_policy,
        "Exchange 'Unzustellbar': group restricted to internal senders (policy)",
    ),
    Bounce(
        "bo-de-2",
        "soft",
        "5.2.2",
        "info@dachbau-roth.example",
        "2029-11-27 09:36",
        5,
        bounce_hoster_de_full,
        "mailbox full with a 5.x code: soft by the mailbox-full rule, the code is kept",
    ),
    Bounce(
        "bo-fr-1",
        "hard",
        "5.1.10",
        "compta@geometres-lebrun.example",
        "2029-11-15 09:38",
        4,
        bounce_exchange_fr,
        "Exchange 'Non remis'",
    ),
    Bounce(
        "bo-fr-2",
        "soft",
        "4.2.2",
        "secretariat@mairie-saintfiacre.example",
        "2029-11-20 13:33",
        243,
        bounce_provider_fr_full,
        "French provider notice, single Latin-1 part: mailbox full, still retrying",
    ),
    Bounce(
        "bo-es-1",
        "hard",
        "5.2.1",
        "admin@transportesmolina.example",
        "2029-11-08 09:40",
        7,
        bounce_provider_es_disabled,
        "Spanish provider notice in multipart/mixed: account disabled",
    ),
    Bounce(
        "bo-es-2",
        "soft",
        "4.4.7",
        "facturas@grupoandaluzseguros.example",
        "2029-11-26 13:31",
        241,
        bounce_exchange_es_delay,
        "Exchange 'Entrega retrasada'",
    ),
    Bounce(
        "bo-nl-1",
        "hard",
        "5.1.1",
        "p.dekker@bouwbedrijfdekker.example",
        "2029-11-19 09:39",
        6,
        bounce_exim_nl,
        "Exim with a Dutch template, no MIME",
    ),
    Bounce(
        "bo-it-1",
        "soft",
        "5.2.2",
        "amministrazione@serramentibianchi.example",
        "2029-11-12 09:44",
        9,
        bounce_provider_it_full,
        "Italian provider notice, single Latin-1 part in 8bit: mailbox full with a 5.x code → soft",
    ),
    Bounce(
        "bo-it-2",
        "soft",
        "4.7.1",
        "ufficio.tecnico@comune-valdimonte.example",
        "2029-11-28 13:52",
        262,
        bounce_it_greylist,
        "greylisting delay report (temporary policy)",
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, file names, checks and output
# --------------------------------------------------------------------------------------------


@cache
def default_invoices() -> dict[str, str]:
    """Invoice numbers for reminders whose text names none: unique, never one named elsewhere."""
    named = {r.inv for r in REPLIES if r.inv} | {ref for r in REPLIES for ref in r.label.refs}
    pool = [f"SDS-{n}" for n in range(4380, 4530) if f"SDS-{n}" not in named]
    keys = [r.key for r in REPLIES if not r.inv] + [b.key for b in BOUNCES]
    keys.sort(key=lambda k: digest(k, "inv"))
    if len(pool) < len(keys):
        raise SystemExit("not enough free invoice numbers")
    return dict(zip(keys, pool[: len(keys)], strict=True))


ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT = re.compile(r"^\d+\.\d{2}$")
INVOICE = re.compile(r"^SDS-\d{4}$")
STATUS = re.compile(r"^[245]\.\d{1,3}\.\d{1,3}$")


@dataclass(frozen=True)
class Item:
    """One built message with what the checks need to know about it."""

    key: str
    intent: str
    lang: str
    label: Label
    msg: Message
    when: datetime
    in_uk: bool
    new_text: str
    quotes: bool


def all_items() -> list[Item]:
    """Every reply and every bounce, built."""
    items = [
        Item(
            r.key,
            r.intent,
            r.lang,
            r.label,
            build_reply(r),
            r.dt,
            r.in_uk,
            r.body,
            r.client not in NOTICES,
        )
        for r in REPLIES
    ]
    for b in BOUNCES:
        label = Label(
            bounce_kind=b.kind,
            failed_recipient=b.rcpt,
            bounce_status=b.status,
            note=b.note,
        )
        items.append(Item(b.key, "bounce", b.lang, label, b.build(b), b.dt, b.in_uk, "", False))
    return items


def file_order(key: str) -> str:
    """Files are numbered by a seeded hash of the key, so a name says nothing about the label."""
    return hashlib.sha256(f"{SEED}:file:{key}".encode()).hexdigest()


def label_json(name: str, item: Item) -> dict[str, object]:
    """The labels.jsonl object for one message, keys in the corpus order."""
    row: dict[str, object] = {"file": name, "intent": item.intent}
    row.update(item.label.fields())
    row["invoice_refs"] = list(item.label.refs)
    row["language"] = item.lang
    row["note"] = item.label.note
    if tuple(row) != LABEL_ORDER:
        raise SystemExit(f"{name}: label keys out of order")
    return row


def fail(key: str, problem: str) -> NoReturn:
    """Stop the build with the message key and what is wrong."""
    raise SystemExit(f"{key}: {problem}")


def check_label(item: Item) -> None:
    """Label shape: only the winning intent's fields, in the right formats, consistent with the text."""
    fields = item.label.fields()
    allowed = INTENT_FIELDS[item.intent]
    for name, value in fields.items():
        if value is not None and name not in allowed:
            fail(item.key, f"{name} filled for {item.intent}")
    day = item.when.date()
    for name in ("promised_date", "paid_date", "return_date"):
        value = fields[name]
        if value is None:
            continue
        if not ISO_DATE.match(value):
            fail(item.key, f"{name} {value!r} is not ISO")
        when = date.fromisoformat(value)
        if name == "paid_date" and not when <= day:
            fail(item.key, "paid_date after the message")
        if name != "paid_date" and not when >= day:
            fail(item.key, f"{name} before the message")
    amount, currency = fields["amount"], fields["currency"]
    if (amount is None) != (currency is None):
        fail(item.key, "amount and currency go together")
    if amount is not None and (not AMOUNT.match(amount) or currency not in {"GBP", "EUR"}):
        fail(item.key, f"bad amount {amount!r} {currency!r}")
    contact = fields["new_contact"]
    if contact is not None and (contact != contact.lower() or contact not in item.new_text.lower()):
        fail(item.key, "new_contact must be lower case and written in the new text")
    bounce_ok = item.label.bounce_kind in {"hard", "soft"} and STATUS.match(
        item.label.bounce_status or ""
    )
    if item.intent == "bounce" and not bounce_ok:
        fail(item.key, "bounce fields incomplete")
    for ref in item.label.refs:
        if not INVOICE.match(ref):
            fail(item.key, f"bad invoice ref {ref!r}")
        if ref[4:] not in item.new_text:
            fail(item.key, f"{ref} is not in the new text")
    if len(set(item.label.refs)) != len(item.label.refs):
        fail(item.key, "duplicate invoice refs")


def walk_all(msg: Message, parent: str = "") -> Iterator[tuple[Message, str]]:
    """Every part with its parent's content type, including the blocks of message/delivery-status."""
    yield msg, parent
    for sub in sub_parts(msg):
        yield from walk_all(sub, msg.get_content_type())


def normalised(text: str) -> str:
    """Whitespace-insensitive form for comparing text that a client may have re-wrapped."""
    return " ".join(text.split())


def check_parsed(item: Item, data: bytes) -> None:
    """Parse the file back with the modern policy: no defects, headers and every text part decode."""
    msg = message_from_bytes(data, policy=policy.default)
    if not isinstance(msg, EmailMessage):
        fail(item.key, "parser did not return an EmailMessage")
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            fail(item.key, f"no {header}")
    texts: list[str] = []
    for part, parent in walk_all(msg):
        if not isinstance(part, EmailMessage):
            fail(item.key, "a part is not an EmailMessage")
        if part.defects:
            fail(item.key, f"defects {part.defects}")
        for name, value in part.items():
            header_defects = getattr(value, "defects", ())
            if header_defects:
                fail(item.key, f"header {name} defects {header_defects}")
            if name in {"Subject", "From", "Cc", "Thread-Topic"} and "=?" in str(value):
                fail(item.key, f"header {name} not decoded")
        if part.get_content_maintype() == "text" and parent != "message/delivery-status":
            content = part.get_content()
            if not isinstance(content, str) or not content.strip():
                fail(item.key, "text part did not decode to text")
            texts.append(content)
    parsed_date = msg["Date"].datetime
    if not isinstance(parsed_date, datetime) or parsed_date != item.when:
        fail(item.key, "Date did not survive")
    if not FIRST_DAY <= parsed_date.date() <= LAST_DAY:
        fail(item.key, "date outside the corpus window")
    expected = UK if item.in_uk else CET
    if parsed_date.utcoffset() != expected.utcoffset(None):
        fail(item.key, "wrong UTC offset for the sender")
    if item.new_text:
        first = item.new_text.split("\n")[0]
        wanted = normalised(first)
        escaped = html.escape(first, quote=False)
        if not any(wanted in normalised(t) or escaped in t or first in t for t in texts):
            fail(item.key, "hand-written text not found after decoding")
    # Replies quote the reminder; auto-replies and advices quote nothing. (Bounces may
    # return the original message, which is not a quote.)
    quoted = any("SPRW" in t or "20-41-77" in t for t in texts)
    if item.intent != "bounce" and quoted != item.quotes:
        fail(item.key, "replies quote the reminder; notices quote nothing")


def count_table(rows: list[dict[str, object]]) -> str:
    """The intent × language table, as Markdown."""
    cells = Counter((str(x["intent"]), str(x["language"])) for x in rows)
    out = [
        "| intent | " + " | ".join(LANGS) + " | total |",
        "|---|" + "---:|" * (len(LANGS) + 1),
    ]
    for intent in INTENTS:
        counts = [cells[intent, lang] for lang in LANGS]
        out.append(f"| {intent} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
    totals = [sum(cells[i, lang] for i in INTENTS) for lang in LANGS]
    out.append(
        "| **total** | " + " | ".join(f"**{t}**" for t in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(out)


def check_counts(rows: list[dict[str, object]]) -> None:
    """12 per intent; 30 English and 18 of each other language, spread evenly over the intents."""
    if len(rows) != 120:
        raise SystemExit(f"{len(rows)} messages, expected 120")
    cells = Counter((str(x["intent"]), str(x["language"])) for x in rows)
    for intent in INTENTS:
        if sum(cells[intent, lang] for lang in LANGS) != 12:
            raise SystemExit(f"{intent}: not 12 messages")
        if cells[intent, "en"] != 3 or any(cells[intent, lang] not in {1, 2} for lang in LANGS[1:]):
            raise SystemExit(f"{intent}: languages not spread evenly")
    for lang, total in LANG_TOTALS.items():
        if sum(cells[i, lang] for i in INTENTS) != total:
            raise SystemExit(f"{lang}: not {total} messages")


def write_all() -> list[dict[str, object]]:
    """Build, check and write every file; return the label rows."""
    items = all_items()
    keys = [item.key for item in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    items.sort(key=lambda item: file_order(item.key))
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    rows: list[dict[str, object]] = []
    for number, item in enumerate(items, start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = item.msg.as_bytes(policy=WIRE)
        check_label(item)
        check_parsed(item, data)
        (HERE / name).write_bytes(data)
        rows.append(label_json(name, item))
    check_counts(rows)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return rows


def main() -> int:
    """Rebuild the corpus and print the count table."""
    rows = write_all()
    print(count_table(rows))
    kinds = Counter(str(x["bounce_kind"]) for x in rows if x["intent"] == "bounce")
    print(f"\n{len(rows)} messages written; bounces: {kinds['hard']} hard, {kinds['soft']} soft")
    return 0


if __name__ == "__main__":
    sys.exit(main())
