# ruff: noqa: C901, E501, PLR0912, PLR0917, RUF001, RUF002
# Message text is kept one paragraph a line, as a mail client sends it, with the typographic
# dashes, quotes and accents that people and their clients really produce.
"""Build held-out reply corpus 114: the `h114-NNN.eml` files and `labels.jsonl`.

Every message could land in the receivables mailbox of Copperline Signs & Graphics after one of
its overdue reminders went out. The new text of each message is written by hand below. The script
only adds what a mail client or a mail server would add: the quoted reminder (in the client's
layout and the sender's language), headers, MIME structure, charsets and transfer encodings.
Run it from anywhere: it rebuilds every file next to itself, deterministically, parses each one
back as a check and prints the count table.
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
from datetime import UTC, date, datetime, time, timedelta, timezone
from decimal import Decimal
from email import charset as email_charset
from email import message_from_bytes, policy
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr, parseaddr, parsedate_to_datetime
from functools import cache
from pathlib import Path
from typing import cast

HERE = Path(__file__).resolve().parent
SEED = "copperline-holdout-114"
PREFIX = "h114"
AR_NAME = "Copperline Accounts"
AR_ADDR = "accounts@copperline-signs.example"
AR_DOMAIN = "copperline-signs.example"
MAIL_HOST = "mail.copperline-signs.example"
FIRST_DAY = date(2029, 12, 3)
LAST_DAY = date(2029, 12, 28)
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
# Only the winning intent's own fields are ever filled.
INTENT_FIELDS: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "amount", "currency"}),
    "auto_reply": frozenset({"return_date"}),
    "wrong_contact": frozenset({"new_contact"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
}
DATE_FIELDS = ("promised_date", "paid_date", "return_date")
INVOICE_RE = re.compile(r"CSG-\d{5}")


# --------------------------------------------------------------------------------------------
# Time zones: the UK and central Europe both follow the EU switch dates (01:00 UTC on the last
# Sundays of March and October). December is standard time: GMT +0000 and CET +0100.
# --------------------------------------------------------------------------------------------


def last_sunday(year: int, month: int) -> date:
    """The last Sunday of a month."""
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - 6) % 7)


def utc_offset(zone: str, wall: datetime) -> timedelta:
    """The UTC offset of a wall-clock time in `uk` (GMT/BST) or `cet` (CET/CEST)."""
    standard = {"uk": timedelta(0), "cet": timedelta(hours=1)}[zone]
    summer_from = datetime.combine(last_sunday(wall.year, 3), time(1))
    summer_to = datetime.combine(last_sunday(wall.year, 10), time(1))
    in_summer = summer_from <= wall - standard < summer_to
    return standard + (timedelta(hours=1) if in_summer else timedelta(0))


def wall_clock(zone: str, stamp: str) -> datetime:
    """Turn 'YYYY-MM-DD HH:MM' local time in `zone` into an aware datetime."""
    wall = datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    return wall.replace(tzinfo=timezone(utc_offset(zone, wall)))


def in_zone(zone: str, moment: datetime) -> datetime:
    """The same instant, shown on the wall clocks of `zone`."""
    naive_utc = moment.astimezone(UTC).replace(tzinfo=None)
    standard = {"uk": timedelta(0), "cet": timedelta(hours=1)}[zone]
    offset = utc_offset(zone, naive_utc + standard)
    return moment.astimezone(timezone(offset))


# --------------------------------------------------------------------------------------------
# Locale tables (what each client prints in the sender's language)
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
    "en": "On {wda}, {d} {moa} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {wda}, {d}. {moa} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wda} {d} {moa} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wda}, {d} {moa} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wda} {d} {moa} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wda} {d} {moa} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTR = {
    "en": "On {d} {moa} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {moa} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {moa} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {moa} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {moa} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTR = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{yy} {HH}:{mm}, {name} ha scritto:",
}
# Outlook's quoted header block: separator line, field labels, label/value separator, Sent format.
OUTLOOK_SEPARATOR = {
    "en": "-----Original Message-----",
    "de": "-----Ursprüngliche Nachricht-----",
    "fr": "-----Message d'origine-----",
    "es": "-----Mensaje original-----",
    "nl": "-----Oorspronkelijk bericht-----",
    "it": "-----Messaggio originale-----",
}
OUTLOOK_FIELDS = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "it": ("Da", "Inviato", "A", "Oggetto"),
}
OUTLOOK_COLON = {
    "en": ": ",
    "de": ": ",
    "fr": " : ",
    "es": ": ",
    "nl": ": ",
    "it": ": ",
}
OUTLOOK_SENT = {
    "en": "{wd}, {d} {mon} {y} {HH}:{mm}",
    "de": "{wd}, {d}. {mon} {y} {HH}:{mm}",
    "fr": "{wd} {d} {mon} {y} {HH}:{mm}",
    "es": "{wd}, {d} de {mon} de {y} {H}:{mm}",
    "nl": "{wd} {d} {mon} {y} {HH}:{mm}",
    "it": "{wd} {d} {mon} {y} {HH}:{mm}",
}
OUTLOOK_RE = {
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


def stamp_fields(lang: str, when: datetime) -> dict[str, str]:
    """Date and time pieces of `when`, named the way the format tables use them."""
    wd, mo = when.weekday(), when.month - 1
    return {
        "wd": WEEKDAYS[lang].split()[wd],
        "wda": WEEKDAYS_ABBR[lang].split()[wd],
        "mon": MONTHS[lang].split()[mo],
        "moa": MONTHS_ABBR[lang].split()[mo],
        "d": str(when.day),
        "dd": f"{when.day:02d}",
        "mo": f"{when.month:02d}",
        "y": str(when.year),
        "yy": f"{when.year % 100:02d}",
        "HH": f"{when.hour:02d}",
        "H": str(when.hour),
        "mm": f"{when.minute:02d}",
    }


def stamp(template: str, lang: str, when: datetime, **extra: str) -> str:
    """Fill a locale template with the pieces of `when` (and any extra names)."""
    return template.format(**stamp_fields(lang, when), **extra)


# --------------------------------------------------------------------------------------------
# The reminder being answered (Copperline's own text, in the customer's language)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – Copperline Signs & Graphics",
    "de": "Zahlungserinnerung: Rechnung {inv} – Copperline Signs & Graphics",
    "fr": "Rappel : facture {inv} échue – Copperline Signs & Graphics",
    "es": "Aviso: factura {inv} pendiente de pago – Copperline Signs & Graphics",
    "nl": "Betalingsherinnering factuur {inv} – Copperline Signs & Graphics",
    "it": "Promemoria: fattura {inv} scaduta – Copperline Signs & Graphics",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "This is a reminder that the invoice below is now past its due date.\n\n"
        "Invoice:   {inv}\nDated:     {issued}\nDue:       {due}\nBalance:   {amount}\n\n"
        "If you have already paid, thank you – please ignore this email, or reply with the date you paid so we can match it up. If anything about the invoice or the work is not right, just reply and we will look into it.\n\n"
        "Please quote {inv} as the payment reference.\n\n"
        "Kind regards,\n\nAccounts Team\nCopperline Signs & Graphics Ltd\nUnits 3–4 Furnace Hill Works, Sheffield\n0114 496 0718 · accounts@copperline-signs.example"
    ),
    "de": (
        "Guten Tag,\n\n"
        "bei der Durchsicht unserer Konten ist uns aufgefallen, dass die folgende Rechnung noch offen ist:\n\n"
        "Rechnung:        {inv}\nRechnungsdatum:  {issued}\nFällig am:       {due}\nOffener Betrag:  {amount}\n\n"
        "Falls Sie bereits bezahlt haben, vielen Dank – teilen Sie uns in diesem Fall bitte kurz das Zahlungsdatum mit. Sollte mit der Rechnung oder dem Auftrag etwas nicht stimmen, antworten Sie einfach auf diese E-Mail.\n\n"
        "Bitte geben Sie bei der Überweisung die Rechnungsnummer an.\n\n"
        "Freundliche Grüße\n\nBuchhaltung\nCopperline Signs & Graphics Ltd\naccounts@copperline-signs.example"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Nous nous permettons de vous rappeler que la facture ci-dessous est arrivée à échéance et n'a pas encore été réglée :\n\n"
        "Facture :     {inv}\nDate :        {issued}\nÉchéance :    {due}\nMontant dû :  {amount}\n\n"
        "Si le paiement a déjà été effectué, nous vous en remercions ; vous pouvez nous indiquer sa date en réponse à ce message. En cas de question sur la facture ou sur la prestation, répondez simplement à cet e-mail.\n\n"
        "Merci d'indiquer le numéro de facture en référence du virement.\n\n"
        "Bien cordialement,\n\nService comptabilité\nCopperline Signs & Graphics Ltd\naccounts@copperline-signs.example"
    ),
    "es": (
        "Buenos días:\n\n"
        "Le escribimos para recordarle que la siguiente factura ha superado su fecha de vencimiento:\n\n"
        "Factura:            {inv}\nFecha:              {issued}\nVencimiento:        {due}\nImporte pendiente:  {amount}\n\n"
        "Si ya ha realizado el pago, muchas gracias; puede indicarnos la fecha respondiendo a este correo. Si hay algún problema con la factura o con el trabajo realizado, responda a este mensaje y lo revisaremos.\n\n"
        "Le rogamos que indique el número de factura como concepto de la transferencia.\n\n"
        "Un saludo,\n\nDepartamento de Contabilidad\nCopperline Signs & Graphics Ltd\naccounts@copperline-signs.example"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Volgens onze administratie is de onderstaande factuur nog niet voldaan, terwijl de betaaltermijn is verstreken:\n\n"
        "Factuur:            {inv}\nFactuurdatum:       {issued}\nVervaldatum:        {due}\nOpenstaand bedrag:  {amount}\n\n"
        "Heeft u al betaald? Dan danken wij u hartelijk en horen graag de betaaldatum. Klopt er iets niet aan de factuur of aan het werk, reageer dan gewoon op deze e-mail.\n\n"
        "Vermeld bij betaling a.u.b. het factuurnummer.\n\n"
        "Met vriendelijke groet,\n\nDebiteurenbeheer\nCopperline Signs & Graphics Ltd\naccounts@copperline-signs.example"
    ),
    "it": (
        "Buongiorno,\n\n"
        "vi ricordiamo che la fattura indicata di seguito risulta scaduta e non ancora saldata:\n\n"
        "Fattura:             {inv}\nData:                {issued}\nScadenza:            {due}\nImporto da saldare:  {amount}\n\n"
        "Se avete già provveduto al pagamento vi ringraziamo e vi chiediamo di comunicarci la data del bonifico. Per qualsiasi domanda sulla fattura o sul lavoro eseguito potete rispondere a questa e-mail.\n\n"
        "Vi preghiamo di indicare il numero di fattura nella causale.\n\n"
        "Cordiali saluti,\n\nUfficio Contabilità\nCopperline Signs & Graphics Ltd\naccounts@copperline-signs.example"
    ),
}
# What a Latin-1 client does to the characters it cannot send.
LATIN1_FALLBACK = {
    "–": "-",
    "€": "EUR",
    "’": "'",
    "‘": "'",
    "“": '"',
    "”": '"',
    "„": '"',
    "…": "...",
}


def latin1_fallback(text: str) -> str:
    """Replace the characters ISO-8859-1 lacks, as an old client would."""
    for wide, narrow in LATIN1_FALLBACK.items():
        text = text.replace(wide, narrow)
    return text


def money(lang: str, currency: str, value: Decimal) -> str:
    """An amount as the reminder prints it in `lang`."""
    units, cents = f"{value:.2f}".split(".")
    grouped = f"{int(units):,}"
    if lang == "en":
        return f"{'£' if currency == 'GBP' else '€'}{grouped}.{cents}"
    grouped = grouped.replace(",", " " if lang == "fr" else ".")
    if lang in {"de", "fr", "es"}:
        return f"{grouped},{cents} €"
    return f"€ {grouped},{cents}"


def numeric_date(lang: str, day: date) -> str:
    """A calendar date as the reminder prints it in `lang`."""
    if lang == "en":
        return f"{day.day} {MONTHS_ABBR['en'].split()[day.month - 1]} {day.year}"
    sep = {"de": ".", "nl": "-"}.get(lang, "/")
    return f"{day.day:02d}{sep}{day.month:02d}{sep}{day.year}"


# --------------------------------------------------------------------------------------------
# Hashing: every id, boundary and default is derived from a message's key
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    """A stable 32-byte digest of a key."""
    return hashlib.sha256(f"{SEED}/{salt}/{key}".encode()).digest()


def token(key: str, salt: str, length: int, alphabet: str = "hex") -> str:
    """A stable token of `length` characters in hex, upper-case base32 or url-safe base64."""
    raw = digest(key, salt) + digest(key, salt + "+")
    if alphabet == "b32":
        return base64.b32encode(raw).decode()[:length]
    if alphabet == "b64":
        return base64.urlsafe_b64encode(raw).decode()[:length]
    return raw.hex()[:length]


def pick(key: str, salt: str, modulo: int) -> int:
    """A stable number in range(modulo)."""
    return int.from_bytes(digest(key, salt)[:4], "big") % modulo


def uuid_like(key: str, salt: str) -> str:
    """An upper-case UUID-shaped token, as Apple clients use."""
    h = token(key, salt, 32).upper()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


# --------------------------------------------------------------------------------------------
# What the hand-written messages carry
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Labels:
    """The label fields of one message beyond intent and language."""

    promised_date: str | None = None
    paid_date: str | None = None
    return_date: str | None = None
    payment_reference: str | None = None
    amount: str | None = None
    currency: str | None = None
    new_contact: str | None = None
    refs: tuple[str, ...] = ()
    note: str | None = None


NO_LABELS = Labels()


@dataclass(frozen=True)
class Reply:
    """One hand-written message: who wrote it, when, with which client, and how it is labelled.

    `stamp` is the sender's wall-clock time; `zone` is `uk` for UK senders and `cet` for the
    others (by default English means the UK). `inv` and `balance` describe the reminder being
    answered; `subject` may use `{rsub}` for the reminder's subject.
    """

    key: str
    intent: str
    lang: str
    sender: tuple[str, str]
    stamp: str
    client: str
    body: str
    labels: Labels = NO_LABELS
    zone: str = ""
    inv: str = ""
    balance: str = ""
    subject: str = ""
    charset: str = "utf-8"
    cte: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    threaded: bool = True
    attachment: str = ""

    @property
    def tz(self) -> str:
        """The sender's time zone."""
        return self.zone or ("uk" if self.lang == "en" else "cet")

    @property
    def at(self) -> datetime:
        """When the message was sent, with the sender's UTC offset."""
        return wall_clock(self.tz, self.stamp)

    @property
    def currency(self) -> str:
        """Copperline bills UK customers in pounds and the others in euros."""
        return "GBP" if self.tz == "uk" else "EUR"

    @property
    def invoice(self) -> str:
        """The invoice number in the reminder this message answers."""
        return self.inv or default_invoice(self.key)

    @property
    def balance_value(self) -> Decimal:
        """The balance shown in the reminder."""
        return Decimal(self.balance) if self.balance else default_balance(self.key)


@dataclass(frozen=True)
class Reminder:
    """The reminder as the replying client shows it."""

    lang: str
    subject: str
    text: str
    sent: datetime
    to: str


AUTO = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "All")
SUPPRESS_OOF = ("X-Auto-Response-Suppress", "DR, RN, NRN, OOF, AutoReply")


# --------------------------------------------------------------------------------------------
# Reminder timing and text
# --------------------------------------------------------------------------------------------


def reminder_subject(lang: str, inv: str) -> str:
    """The reminder's subject line."""
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_text(lang: str, inv: str, balance: str, sent: datetime, key: str) -> str:
    """The reminder's body; the invoice fell due one to four weeks before it was sent."""
    due = sent.date() - timedelta(days=8 + pick(key, "due", 22))
    issued = due - timedelta(days=30)
    return REMINDER_BODY[lang].format(
        inv=inv,
        issued=numeric_date(lang, issued),
        due=numeric_date(lang, due),
        amount=balance,
    )


def reminder_sent_before(reply_at: datetime, key: str) -> datetime:
    """Reminders go out from Sheffield on the previous working day, a little after half past eight."""
    day = reply_at.date() - timedelta(days=1)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    wall = datetime.combine(day, time(8, 30 + pick(key, "minute", 25), 7 + pick(key, "second", 50)))
    sheffield = wall.replace(tzinfo=timezone(utc_offset("uk", wall)))
    return sheffield.astimezone(reply_at.tzinfo)


def reminder_msgid(key: str) -> str:
    """The Message-ID Copperline's system gave the reminder."""
    return f"<reminder.{token(key, 'reminder', 16)}@{AR_DOMAIN}>"


def reminder_seen_by(r: Reply) -> Reminder:
    """The reminder that `r` answers, as the sender's client received it."""
    sent = (
        r.at - timedelta(minutes=2)
        if r.client in NOTICE_CLIENTS
        else reminder_sent_before(r.at, r.key)
    )
    balance = money(r.lang, r.currency, r.balance_value)
    subject = reminder_subject(r.lang, r.invoice)
    text = reminder_text(r.lang, r.invoice, balance, sent, r.key)
    name, addr = r.sender
    to = formataddr((name, addr)) if name.isascii() else f"{name} <{addr}>"
    if r.charset == "iso-8859-1":
        subject, text = latin1_fallback(subject), latin1_fallback(text)
    return Reminder(r.lang, subject, text, sent, to)


def original_reminder(lang: str, rcpt: str, sent: datetime, key: str) -> Message:
    """The reminder exactly as Copperline sent it (bounces return it, or its headers)."""
    inv = default_invoice(key)
    currency = "GBP" if lang == "en" else "EUR"
    text = reminder_text(lang, inv, money(lang, currency, default_balance(key)), sent, key)
    msg = text_part(text, "plain", "utf-8", "qp")
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = rcpt
    msg["Subject"] = encoded_header(reminder_subject(lang, inv), "utf-8")
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = reminder_msgid(key)
    mime_headers_last(msg)
    return msg


# --------------------------------------------------------------------------------------------
# MIME building blocks
# --------------------------------------------------------------------------------------------


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """A text/* part in `charset` with the transfer encoding `qp`, `b64`, `8bit` or `7bit`."""
    text.encode(charset)  # fails loudly if the hand-written text does not fit the charset
    chosen = email_charset.Charset(charset)
    if cte == "qp":
        chosen.body_encoding = email_charset.QP
    elif cte == "b64":
        chosen.body_encoding = email_charset.BASE64
    else:
        chosen.body_encoding = None  # type: ignore[assignment]  # None means 7bit/8bit as sent
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, chosen)
    return part


def encoded_header(value: str, charset: str, name: str = "Subject") -> str:
    """A header value as a client writes it: RFC 2047 encoded words when it is not ASCII."""
    if value.isascii():
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return Header(value, charset, header_name=name).encode()


def mailbox(name: str, addr: str, charset: str) -> str:
    """A From/To/Cc mailbox, the display name encoded when it is not ASCII."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encoded_header(name, charset, 'From')} <{addr}>"


def mime_headers_last(msg: Message) -> None:
    """Put MIME-Version and the Content-* headers below the envelope headers, as clients do."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value


def subparts(part: Message) -> list[Message]:
    """The direct children of a multipart or message/* part."""
    payload = part.get_payload()
    if not isinstance(payload, list):
        return []
    return [p for p in cast("list[object]", payload) if isinstance(p, Message)]


def drop_inner_versions(part: Message, top: bool = True) -> None:
    """Only a message's top level (or an enclosed message's) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    for child in subparts(part):
        drop_inner_versions(child, top=part.get_content_type() == "message/rfc822")


BOUNDARY_STYLE = {
    "gmail": "000000000000",
    "apple": "Apple-Mail=_",
    "outlook": "_000_",
    "android": "_000_",
    "notice": "----=_NextPart_",
    "bounce": "",
}


def set_boundaries(msg: Message, key: str, family: str, host: str = MAIL_HOST) -> None:
    """Fixed boundaries, shaped like the ones the sending software makes."""
    prefix = BOUNDARY_STYLE.get(family, "------------")
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        if family == "gmail":
            boundary = prefix + token(key, f"boundary{n}", 16)
        elif family == "apple":
            boundary = prefix + uuid_like(key, f"boundary{n}")
        elif family in {"outlook", "android"}:
            boundary = f"{prefix}{token(key, f'boundary{n}', 36, 'b32')}_"
        elif family == "bounce":
            boundary = f"{token(key, f'boundary{n}', 10, 'b32')}.{1890000000 + pick(key, f'b{n}', 9999999)}/{host}"
        else:
            boundary = prefix + token(key, f"boundary{n}", 24, "b64").replace("-", "x").replace(
                "_", "y"
            )
        part.set_boundary(boundary)


def finish(msg: Message, key: str, family: str, host: str = MAIL_HOST) -> Message:
    """Header order, MIME-Version placement and boundaries."""
    mime_headers_last(msg)
    drop_inner_versions(msg)
    set_boundaries(msg, key, family, host)
    return msg


def alternative(plain: Message, markup: Message) -> Message:
    """multipart/alternative with the plain part first."""
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(markup)
    return outer


# --------------------------------------------------------------------------------------------
# Quoting helpers
# --------------------------------------------------------------------------------------------


def quote_gt(text: str) -> str:
    """Quote text with '> ' the way Gmail, Apple Mail and Thunderbird do."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def escape_lines(text: str) -> str:
    """Lines of text as HTML, joined by <br>."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    """Blank-line separated paragraphs of text as <p> elements."""
    return "\n".join(f"<p>{escape_lines(p)}</p>" for p in text.split("\n\n"))


def word_paragraphs(text: str) -> str:
    """Lines of text as Word's MsoNormal paragraphs."""
    out = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "<o:p>&nbsp;</o:p>"
        out.append(
            f'<p class="MsoNormal">{inner}<o:p></o:p></p>'
            if line
            else f'<p class="MsoNormal">{inner}</p>'
        )
    return "\n".join(out)


def flowed(text: str, width: int = 76) -> str:
    """Text in RFC 3676 format=flowed: long lines soft-broken with a trailing space, quotes kept."""
    out: list[str] = []
    for line in text.split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        content = line[depth:]
        if depth and content.startswith(" "):
            content = content[1:]
        if depth and not content.strip():
            out.append(">" * depth)
            continue
        prefix = ">" * depth + (" " if depth else "")
        if content == "-- ":
            out.append(prefix + content)
            continue
        content = content.rstrip(" ")
        if not depth and (content.startswith((" ", ">", "From "))):
            content = " " + content  # space-stuffing
        words = content.split(" ")
        chunk = ""
        for word in words:
            candidate = f"{chunk}{word} "
            if chunk and len(prefix) + len(candidate) - 1 > width:
                out.append(prefix + chunk)
                chunk = f"{word} "
            else:
                chunk = candidate
        out.append(prefix + chunk[:-1])
    return "\n".join(out)


def outlook_rows(q: Reminder, lang: str) -> list[tuple[str, str]]:
    """The From/Sent/To/Subject rows Outlook puts above the quoted reminder."""
    labels = OUTLOOK_FIELDS[lang]
    values = (
        f"{AR_NAME} <{AR_ADDR}>",
        stamp(OUTLOOK_SENT[lang], lang, q.sent),
        q.to,
        q.subject,
    )
    return list(zip(labels, values, strict=True))


def outlook_block(q: Reminder, lang: str) -> str:
    """The header block in plain text."""
    return "\n".join(
        f"{label}{OUTLOOK_COLON[lang]}{value}" for label, value in outlook_rows(q, lang)
    )


def word_document(r: Reply, q: Reminder) -> str:
    """The Word-generated HTML of an Outlook desktop reply, with the grey divider above the quote."""
    colon = OUTLOOK_COLON[r.lang].rstrip()
    rows = "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(colon)}</b> {html.escape(value)}"
        for label, value in outlook_rows(q, r.lang)
    )
    lang_tag = CONTENT_LANGUAGE[r.lang].upper()
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        '@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
        "@font-face\n\t{font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;\n\tmso-ligatures:standardcontextual;}\n'
        'span.EmailStyle19\n\t{mso-style-type:personal-reply;\n\tfont-family:"Aptos",sans-serif;\n\tcolor:windowtext;}\n'
        "@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n"
        "--></style>\n</head>\n"
        f'<body lang="{lang_tag}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{word_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{rows}<o:p></o:p></p>\n'
        "</div>\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{word_paragraphs(q.text)}\n"
        "</div>\n</body>\n</html>\n"
    )


# --------------------------------------------------------------------------------------------
# Client layouts: each wraps the hand-written text and the reminder the way that client does
# --------------------------------------------------------------------------------------------


def client_outlook(r: Reply, q: Reminder) -> Message:
    """Outlook desktop, plain text, with the localised 'Original Message' separator."""
    text = f"{r.body}\n\n{OUTLOOK_SEPARATOR[r.lang]}\n{outlook_block(q, r.lang)}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, r.cte or "qp")


def client_outlook_html(r: Reply, q: Reminder) -> Message:
    """Outlook desktop HTML: Word markup plus Outlook's plain-text rendering of it."""
    plain = f"{r.body}\n\n{outlook_block(q, r.lang)}\n\n{q.text}\n"
    cte = r.cte or "qp"
    return alternative(
        text_part(plain, "plain", r.charset, cte),
        text_part(word_document(r, q), "html", r.charset, cte),
    )


def client_html_only(r: Reply, q: Reminder) -> Message:
    """An Outlook message whose only body is the Word HTML."""
    return text_part(word_document(r, q), "html", r.charset, r.cte or "qp")


def client_android(r: Reply, q: Reminder) -> Message:
    """Outlook for Android: both alternatives in base64, the header block under a rule."""
    signature = ANDROID_SIGNATURE[r.lang]
    plain = f"{r.body}\n\n{signature}<https://aka.ms/AAb9ysg>\n{'_' * 32}\n{outlook_block(q, r.lang)}\n\n{q.text}\n"
    rows = "<br>\n".join(
        f"<b>{html.escape(label)}:</b> {html.escape(value)}"
        for label, value in outlook_rows(q, r.lang)
    )
    markup = (
        f'<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n</head>\n<body>\n'
        f'<div dir="auto">{escape_lines(r.body)}</div>\n<div dir="auto"><br></div>\n'
        f'<div class="ms-outlook-mobile-signature" dir="auto"><a href="https://aka.ms/AAb9ysg">{html.escape(signature)}</a></div>\n'
        '<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{rows}</font>\n'
        "<div>&nbsp;</div>\n</div>\n"
        f"<div>{html_paragraphs(q.text)}</div>\n</body>\n</html>\n"
    )
    return alternative(
        text_part(plain, "plain", r.charset, "b64"),
        text_part(markup, "html", r.charset, "b64"),
    )


def gmail_attribution(r: Reply, q: Reminder) -> str:
    """Gmail's attribution line in the sender's language."""
    return stamp(GMAIL_ATTR[r.lang], r.lang, q.sent, name=AR_NAME, addr=AR_ADDR)


def client_gmail(r: Reply, q: Reminder) -> Message:
    """Gmail web: multipart/alternative with the gmail_quote blockquote."""
    attribution = gmail_attribution(r, q)
    plain = f"{r.body}\n\n{attribution}\n\n{quote_gt(q.text)}\n"
    markup = (
        f'<div dir="ltr">{escape_lines(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attribution)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )
    cte = r.cte or "qp"
    return alternative(
        text_part(plain, "plain", r.charset, cte),
        text_part(markup, "html", r.charset, cte),
    )


def client_gmail_plain(r: Reply, q: Reminder) -> Message:
    """Gmail in plain-text mode: '>' quoting under the attribution."""
    text = f"{r.body}\n\n{gmail_attribution(r, q)}\n\n{quote_gt(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte or "qp")


def client_apple(r: Reply, q: Reminder) -> Message:
    """Apple Mail on a Mac, plain text."""
    attribution = stamp(APPLE_ATTR[r.lang], r.lang, q.sent, name=AR_NAME, addr=AR_ADDR)
    text = f"{r.body}\n\n{attribution}\n\n{quote_gt(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte or "qp")


def client_iphone(r: Reply, q: Reminder) -> Message:
    """iPhone Mail: the localised signature, then the attribution inside the quote."""
    attribution = stamp(APPLE_ATTR[r.lang], r.lang, q.sent, name=AR_NAME, addr=AR_ADDR)
    text = f"{r.body}\n\n{IPHONE_SIGNATURE[r.lang]}\n\n{quote_gt(attribution + chr(10) + chr(10) + q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte or "qp")


def client_thunderbird(r: Reply, q: Reminder) -> Message:
    """Thunderbird: format=flowed, 8bit, attribution directly above the quote."""
    attribution = stamp(THUNDERBIRD_ATTR[r.lang], r.lang, q.sent, name=AR_NAME)
    text = flowed(f"{r.body}\n\n{attribution}\n{quote_gt(q.text)}\n")
    part = text_part(text, "plain", r.charset, r.cte or "8bit")
    part.set_param("format", "flowed")
    return part


def client_notice(r: Reply, q: Reminder) -> Message:
    """An automatic notice: the text alone, nothing quoted."""
    del q
    return text_part(r.body + "\n", "plain", r.charset, r.cte or "qp")


def notice_block(block: str) -> str:
    """One paragraph of a system notice as HTML: '|' separated lines become a table."""
    lines = block.split("\n")
    if not all(" | " in line for line in lines):
        return f"<p>{escape_lines(block)}</p>"
    rows = []
    for n, line in enumerate(lines):
        cell = "th" if n == 0 else "td"
        cells = "".join(
            f'<{cell} style="border:1px solid #999;padding:2px 6px">{html.escape(c)}</{cell}>'
            for c in line.split(" | ")
        )
        rows.append(f"<tr>{cells}</tr>")
    return '<table style="border-collapse:collapse">\n' + "\n".join(rows) + "\n</table>"


def client_notice_html(r: Reply, q: Reminder) -> Message:
    """An automatic notice sent as plain text plus a simple HTML rendering."""
    del q
    blocks = "\n".join(notice_block(block) for block in r.body.split("\n\n"))
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head>\n'
        '<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">\n'
        f"{blocks}\n</body></html>\n"
    )
    cte = r.cte or "qp"
    return alternative(
        text_part(r.body + "\n", "plain", r.charset, cte),
        text_part(markup, "html", r.charset, cte),
    )


CLIENTS: dict[str, Callable[[Reply, Reminder], Message]] = {
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
OUTLOOK_CLIENTS = frozenset({"outlook", "outlook_html", "html_only", "android"})
NOTICE_CLIENTS = frozenset({"notice", "notice_html"})
CLIENT_FAMILY = {
    "gmail": "gmail",
    "gmail_plain": "gmail",
    "apple": "apple",
    "iphone": "apple",
    "thunderbird": "thunderbird",
    "notice": "notice",
    "notice_html": "notice",
    "outlook": "outlook",
    "outlook_html": "outlook",
    "html_only": "outlook",
    "android": "android",
}
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "outlook": (("X-Mailer", "Microsoft Outlook 16.0"),),
    "apple": (("X-Mailer", "Apple Mail (2.3864.200.31)"),),
    "iphone": (("X-Mailer", "iPhone Mail (23C71)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
}


def reply_msgid(r: Reply) -> str:
    """A Message-ID shaped like the sending client's, derived from the key."""
    domain = r.sender[1].split("@")[1]
    family = CLIENT_FAMILY[r.client]
    if family == "gmail":
        return f"<CA{token(r.key, 'msgid', 44, 'b64')}@mail.gmail.com>"
    if family in {"outlook", "android"}:
        pod = ("AM", "DB", "PA", "VI", "GV", "FR", "DU")[pick(r.key, "pod", 7)]
        unit = pick(r.key, "unit", 9) + 1
        host = f"{pod}{unit}PR0{pick(r.key, 'ring', 9) + 1}MB{pick(r.key, 'mb', 9000) + 1000}"
        return f"<{token(r.key, 'msgid', 40, 'b32')}@{host}.eurprd0{unit}.prod.outlook.example>"
    if family == "apple":
        return f"<{uuid_like(r.key, 'msgid')}@{domain}>"
    if family == "thunderbird":
        u = token(r.key, "msgid", 32)
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@{domain}>"
    return f"<{token(r.key, 'msgid', 20)}.{pick(r.key, 'n', 99999)}@{domain}>"


def reply_subject(r: Reply, q: Reminder) -> str:
    """The subject: explicit, or the client's reply prefix plus the reminder's subject."""
    if r.subject:
        return r.subject.format(rsub=q.subject)
    return (OUTLOOK_RE[r.lang] if r.client in OUTLOOK_CLIENTS else "Re: ") + q.subject


FAKE_PDF = (
    b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


def with_attachment(r: Reply, body: Message) -> Message:
    """multipart/mixed with a small PDF when the sender attached one."""
    if not r.attachment:
        return body
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    pdf = MIMEApplication(FAKE_PDF, "pdf", name=r.attachment)
    pdf.add_header("Content-Disposition", "attachment", filename=r.attachment)
    outer.attach(pdf)
    return outer


def build_reply(r: Reply) -> Message:
    """The complete message for one hand-written reply or notice."""
    q = reminder_seen_by(r)
    msg = with_attachment(r, CLIENTS[r.client](r, q))
    msg["From"] = mailbox(*r.sender, r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    msg["Subject"] = encoded_header(reply_subject(r, q), r.charset)
    msg["Date"] = format_datetime(r.at)
    msg["Message-ID"] = reply_msgid(r)
    if r.threaded:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    if r.client in OUTLOOK_CLIENTS:
        msg["Thread-Topic"] = encoded_header(q.subject, r.charset, "Thread-Topic")
        msg["Thread-Index"] = base64.b64encode(digest(r.key, "thread")[:22]).decode()
        msg["Content-Language"] = CONTENT_LANGUAGE[r.lang]
        msg["X-MS-Has-Attach"] = "yes" if r.attachment else ""
        msg["X-MS-TNEF-Correlator"] = ""
    for name, value in [*CLIENT_HEADERS.get(r.client, ()), *r.headers]:
        msg[name] = value
    return finish(msg, r.key, CLIENT_FAMILY[r.client])


# --------------------------------------------------------------------------------------------
# Delivery reports: machine skeletons are generated, the human-readable parts are written out
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt` (the reminder was in `lang`)."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    stamp: str
    build: Callable[[Bounce], Message]
    delay_hours: int = 0
    note: str | None = None
    zone: str = ""

    @property
    def tz(self) -> str:
        """The time zone of the server that wrote the report."""
        return self.zone or ("uk" if self.lang == "en" else "cet")

    @property
    def at(self) -> datetime:
        """When the report was written."""
        return wall_clock(self.tz, self.stamp)

    @property
    def sent(self) -> datetime:
        """When Copperline sent the reminder (Sheffield time)."""
        return in_zone("uk", self.at - timedelta(hours=self.delay_hours, minutes=3))

    @property
    def domain(self) -> str:
        """The recipient's domain."""
        return self.rcpt.split("@")[1]

    def reminder(self) -> Message:
        """The reminder that could not be delivered."""
        return original_reminder(self.lang, self.rcpt, self.sent, self.key)

    def subject(self) -> str:
        """The reminder's subject."""
        return reminder_subject(self.lang, default_invoice(self.key))


def default_invoice(key: str) -> str:
    """The invoice number of a reminder when the message does not name one."""
    return f"CSG-{default_invoice_numbers()[key]}"


@cache
def default_invoice_numbers() -> dict[str, int]:
    """Distinct invoice numbers for every key, above the ones the messages name themselves."""
    keys = [r.key for r in REPLIES] + [b.key for b in BOUNCES]
    ordered = sorted(keys, key=lambda k: digest(k, "invoice-order"))
    return {k: 30520 + 3 * n + pick(k, "invoice-gap", 3) for n, k in enumerate(ordered)}


def default_balance(key: str) -> Decimal:
    """The reminder's balance when the message does not depend on it."""
    return Decimal(240 + pick(key, "units", 2900)) + Decimal(pick(key, "cents", 4) * 25) / 100


def delivery_status(b: Bounce, mta: str, action: str, diagnostic: str, remote: str = "") -> Message:
    """A message/delivery-status part (RFC 3464) for the one failed recipient."""
    per_message = [
        f"Reporting-MTA: dns; {mta}",
        f"Arrival-Date: {format_datetime(b.sent)}",
    ]
    per_recipient = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.at)}",
    ]
    if action == "delayed":
        per_recipient.append(f"Will-Retry-Until: {format_datetime(b.at + timedelta(days=2))}")
    status = Message()
    status["Content-Type"] = "message/delivery-status"
    blocks = ["\n".join(per_message) + "\n", "\n".join(per_recipient) + "\n"]
    status.set_payload([message_from_bytes(block.encode()) for block in blocks])
    return status


def returned_headers(b: Bounce) -> Message:
    """A text/rfc822-headers part: the reminder's headers as the reporting server saw them."""
    received = (
        f"Received: from billing.{AR_DOMAIN} (billing.{AR_DOMAIN} [192.0.2.10])\n"
        f"\tby {MAIL_HOST} (Postfix) with ESMTPS id {token(b.key, 'queue', 11, 'b32')}\n"
        f"\tfor <{b.rcpt}>; {format_datetime(b.sent)}\n"
    )
    text = received + "".join(f"{name}: {value}\n" for name, value in b.reminder().items())
    return text_part(text, "rfc822-headers", "us-ascii", "7bit")


def report(*parts: Message) -> Message:
    """multipart/report; report-type=delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def finish_bounce(
    b: Bounce,
    msg: Message,
    sender: str,
    subject: str,
    extra: Iterable[tuple[str, str]] = (),
    family: str = "bounce",
) -> Message:
    """Envelope headers of a delivery report."""
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encoded_header(subject, "utf-8")
    msg["Date"] = format_datetime(b.at)
    host = parseaddr(sender)[1].split("@")[1]
    msg["Message-ID"] = f"<{token(b.key, 'bounce', 14, 'b32')}.{pick(b.key, 'pid', 99999)}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    for name, value in extra:
        msg[name] = value
    return finish(msg, b.key, family, host)


def bounce_sendmail(b: Bounce) -> Message:
    """Sendmail 'Returned mail' report from Copperline's relay: user unknown."""
    relay = f"relay2.{AR_DOMAIN}"
    human = (
        f"The original message was received at {format_datetime(b.sent)}\n"
        f"from billing.{AR_DOMAIN} [192.0.2.10]\n\n"
        "   ----- The following addresses had permanent fatal errors -----\n"
        f"<{b.rcpt}>\n"
        f"    (reason: 550 5.1.1 <{b.rcpt}>... User unknown)\n\n"
        "   ----- Transcript of session follows -----\n"
        f"... while talking to mx.{b.domain}.:\n"
        f">>> RCPT To:<{b.rcpt}>\n"
        f"<<< 550 5.1.1 <{b.rcpt}>... User unknown\n"
        f"550 5.1.1 <{b.rcpt}>... User unknown\n"
    )
    diag = f"550 5.1.1 <{b.rcpt}>... User unknown"
    parts = (
        text_part(human, "plain", "us-ascii", "7bit"),
        delivery_status(b, relay, "failed", diag, f"mx.{b.domain}"),
        returned_headers(b),
    )
    sender = f"Mail Delivery Subsystem <MAILER-DAEMON@{relay}>"
    return finish_bounce(b, report(*parts), sender, "Returned mail: see transcript for details")


def bounce_qmail(b: Bounce) -> Message:
    """qmail's plain failure notice, not MIME: the recipient's domain no longer exists."""
    copy = b.reminder().as_string()
    text = (
        f"Hi. This is the qmail-send program at {MAIL_HOST}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        f"Sorry, I couldn't find any host named {b.domain}. (#5.1.2)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail {pick(b.key, 'qpid', 90000) + 10000} invoked by uid 1004); {format_datetime(b.sent)}\n"
        f"{copy}\n"
    )
    msg = Message()
    msg.set_payload(text)
    return finish_bounce(b, msg, f"MAILER-DAEMON@{MAIL_HOST}", "failure notice")


def gmail_notice(lines: list[str]) -> Message:
    """The human-readable alternative Gmail puts at the top of its reports."""
    plain = "\n\n".join(lines) + "\n"
    markup = (
        "<html>\n<head></head>\n<body>\n"
        + "\n".join(f"<p>{html.escape(line)}</p>" for line in lines)
        + "\n</body>\n</html>\n"
    )
    return alternative(
        text_part(plain, "plain", "utf-8", "qp"),
        text_part(markup, "html", "utf-8", "qp"),
    )


def bounce_gmail_delay(b: Bounce) -> Message:
    """Gmail 'Delay' report: the recipient's inbox is full, Gmail keeps trying."""
    answer = "452 4.2.2 The recipient's inbox is out of storage space and inactive. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp"
    human = gmail_notice(
        [
            "** Message not delivered yet **",
            f"Your message to {b.rcpt} hasn't been delivered yet because the recipient's inbox is full. Gmail will keep trying to deliver it for the next 44 hours and will let you know if delivery fails permanently.",
            "The response from the remote server was:",
            answer,
        ]
    )
    parts = (
        human,
        delivery_status(b, "mx.google.com", "delayed", answer, "gmail-smtp-in.l.google.com"),
        returned_headers(b),
    )
    return finish_bounce(
        b,
        report(*parts),
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Delay)",
    )


@dataclass(frozen=True)
class ExchangeText:
    """The localised wording of one Exchange Online report."""

    subject: str
    title: str
    explanation: str
    fix_heading: str
    fix: str
    admin: str
    server: str
    returned: str
    charset: str = "utf-8"


def bounce_exchange(b: Bounce, words: ExchangeText, diag: str, action: str) -> Message:
    """An Exchange Online report in the recipient organisation's language."""
    pod = f"{('FR', 'PA', 'MA', 'AM')[pick(b.key, 'pod', 4)]}{pick(b.key, 'n', 8) + 1}P{pick(b.key, 'm', 900) + 100}MB{pick(b.key, 'k', 8000) + 1000}"
    server = f"{pod}.eurp{pick(b.key, 'r', 200)}.prod.outlook.example"
    returned = words.returned.format(diag=diag)
    plain = (
        f"{words.title}\n\n{words.explanation}\n\n{words.fix_heading}\n\n{words.fix}\n\n\n"
        f"{words.admin}\n\n{words.server} {server}\n{b.rcpt}\n{returned}\n"
    )
    markup = (
        f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={words.charset}">\n</head>\n'
        '<body dir="ltr" lang="' + CONTENT_LANGUAGE[b.lang] + '">\n'
        "<div style=\"font-family:'Segoe UI',Frutiger,Arial,sans-serif\">\n"
        f'<p style="font-size:17pt;color:#C00000">{html.escape(words.title)}</p>\n'
        f"<p>{html.escape(words.explanation)}</p>\n"
        f'<p style="font-size:14pt"><b>{html.escape(words.fix_heading)}</b></p>\n'
        f"<p>{html.escape(words.fix)}</p>\n<br>\n"
        f'<p style="font-size:9pt"><b>{html.escape(words.admin)}</b></p>\n'
        f'<p style="font-size:9pt">{html.escape(words.server)} {server}<br>\n{html.escape(b.rcpt)}<br>\n{html.escape(returned)}</p>\n'
        "</div>\n</body>\n</html>\n"
    )
    human = alternative(
        text_part(plain, "plain", words.charset, "qp"),
        text_part(markup, "html", words.charset, "qp"),
    )
    parts = (human, delivery_status(b, server, action, diag), returned_headers(b))
    sender = f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{b.domain}>"
    extra = [
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("Content-Language", CONTENT_LANGUAGE[b.lang]),
    ]
    return finish_bounce(
        b,
        report(*parts),
        sender,
        words.subject.format(subject=b.subject()),
        extra,
        "outlook",
    )


def bounce_exchange_de(b: Bounce) -> Message:
    """Exchange Online, German: the recipient's address was not found."""
    words = ExchangeText(
        subject="Unzustellbar: {subject}",
        title=f"Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden.",
        explanation=f"Die Adresse {b.rcpt} wurde in der Organisation des Empfängers nicht gefunden. Möglicherweise wurde das Postfach gelöscht oder die Adresse ist falsch geschrieben.",
        fix_heading="So beheben Sie das Problem",
        fix="Prüfen Sie die Adresse auf Tippfehler und senden Sie die Nachricht erneut. Besteht das Problem weiterhin, wenden Sie sich auf anderem Weg an den Empfänger und bitten Sie ihn, Ihnen seine aktuelle E-Mail-Adresse zu nennen.",
        admin="Diagnoseinformationen für Administratoren:",
        server="Generierender Server:",
        returned="Remoteserver hat '{diag}' zurückgegeben",
        charset="iso-8859-1",
    )
    diag = f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {b.rcpt} not found by SMTP address lookup"
    return bounce_exchange(b, words, diag, "failed")


def bounce_exchange_fr(b: Bounce) -> Message:
    """Exchange Online, French: the recipient only accepts mail from authorised senders."""
    words = ExchangeText(
        subject="Non remis : {subject}",
        title=f"Votre message à {b.rcpt} n'a pas pu être remis.",
        explanation=f"L'adresse {b.rcpt} n'accepte que les messages provenant de son organisation ou d'expéditeurs autorisés, et votre adresse n'en fait pas partie.",
        fix_heading="Comment résoudre le problème",
        fix="Contactez le destinataire par un autre moyen, par exemple par téléphone, et demandez-lui de faire autoriser votre adresse par son administrateur de messagerie.",
        admin="Informations de diagnostic pour les administrateurs :",
        server="Serveur de génération :",
        returned="Le serveur distant a retourné « {diag} »",
    )
    return bounce_exchange(
        b, words, "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized", "failed"
    )


def bounce_exchange_es(b: Bounce) -> Message:
    """Exchange Online, Spanish: the mailbox does not exist."""
    words = ExchangeText(
        subject="No se puede entregar: {subject}",
        title=f"No se pudo entregar su mensaje a {b.rcpt}.",
        explanation=f"La dirección {b.rcpt} no existe en la organización del destinatario. Puede que esté mal escrita o que el buzón se haya eliminado.",
        fix_heading="Cómo solucionarlo",
        fix="Compruebe que la dirección es correcta y vuelva a enviar el mensaje. Si el problema continúa, póngase en contacto con el destinatario por otra vía y pídale que le confirme su dirección de correo.",
        admin="Información de diagnóstico para administradores:",
        server="Servidor de generación:",
        returned="El servidor remoto devolvió '{diag}'",
    )
    return bounce_exchange(b, words, "550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found", "failed")


def bounce_exchange_nl(b: Bounce) -> Message:
    """Exchange Online, Dutch: delivery delayed, still being retried."""
    words = ExchangeText(
        subject="Bezorging vertraagd: {subject}",
        title=f"Uw bericht aan {b.rcpt} is nog niet bezorgd.",
        explanation="De mailserver van de ontvanger neemt op dit moment geen berichten aan. Er wordt automatisch opnieuw geprobeerd het bericht te bezorgen.",
        fix_heading="Wat moet u doen?",
        fix="U hoeft niets te doen. Lukt de bezorging binnen twee dagen niet, dan ontvangt u een nieuwe melding.",
        admin="Diagnostische gegevens voor beheerders:",
        server="Genererende server:",
        returned="De externe server heeft '{diag}' geretourneerd",
    )
    return bounce_exchange(b, words, "451 4.4.7 Message delayed", "delayed")


def bounce_greylist_de(b: Bounce) -> Message:
    """A German provider's plain-text warning: temporarily refused by policy (greylisting)."""
    relay = "relay.stadtnetz-mail.example"
    text = (
        f"Dies ist eine automatisch erzeugte Nachricht des Mailservers {relay}.\n\n"
        "Ihre Nachricht konnte bisher nicht an alle Empfänger zugestellt werden. Der Zielserver hat die Annahme vorübergehend verweigert:\n\n"
        f"  Empfänger:  {b.rcpt}\n"
        f"  Antwort:    450 4.7.1 <{b.rcpt}>: Recipient address rejected: Greylisted, bitte später erneut versuchen\n"
        f"  Betreff:    {latin1_fallback(b.subject())}\n"
        f"  Gesendet:   {b.sent.strftime('%d.%m.%Y %H:%M')}\n\n"
        f"Dies ist nur eine Warnung. Wir versuchen die Zustellung weiterhin, längstens bis zum {(b.at + timedelta(days=4)).strftime('%d.%m.%Y')}. "
        "Sie müssen nichts unternehmen; scheitert die Zustellung endgültig, erhalten Sie eine weitere Nachricht.\n"
    )
    msg = text_part(text, "plain", "iso-8859-1", "qp")
    return finish_bounce(
        b,
        msg,
        f"Mail Delivery System <MAILER-DAEMON@{relay}>",
        "Warnung: Zustellung verzögert",
    )


def bounce_quota_fr(b: Bounce) -> Message:
    """A French host's notice in multipart/mixed with the whole reminder: mailbox full."""
    host = "mx4.hebergement-pro.example"
    text = (
        "Bonjour,\n\n"
        f"Ceci est un message automatique du serveur {host}.\n\n"
        "Votre message n'a pas pu être remis au destinataire suivant :\n\n"
        f"    {b.rcpt}\n\n"
        "Motif : la boîte aux lettres du destinataire est pleine.\n"
        "Réponse du serveur : 552 5.2.2 Quota exceeded (mailbox for user is full)\n\n"
        "Le destinataire doit libérer de l'espace avant de pouvoir recevoir de nouveaux messages. Vous pourrez renvoyer votre message plus tard.\n\n"
        "Votre message d'origine est joint à cet avis.\n"
    )
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(text, "plain", "iso-8859-1", "qp"))
    outer.attach(MIMEMessage(b.reminder()))
    return finish_bounce(
        b,
        outer,
        f"MAILER-DAEMON@{host}",
        f"Message non délivré : {b.subject()}",
        [("X-Failed-Recipients", b.rcpt)],
    )


def bounce_exim_es(b: Bounce) -> Message:
    """A Spanish host's Exim delay warning, translated, plain text in 8bit UTF-8."""
    host = "mx2.alojamientos-iberia.example"
    exim_id = f"1w{token(b.key, 'exim', 4, 'b32')}-{token(b.key, 'exim2', 6).upper()}-{token(b.key, 'exim3', 2, 'b32')}"
    text = (
        "Este mensaje ha sido creado automáticamente por el software de entrega de correo.\n"
        f"Un mensaje enviado por usted todavía no se ha podido entregar a uno o más destinatarios tras más de 24 horas en la cola de {host}.\n\n"
        f"Identificador del mensaje:  {exim_id}\n"
        f"Asunto:                     {b.subject()}\n"
        f"Fecha del mensaje:          {format_datetime(b.sent)}\n\n"
        "Dirección pendiente de entrega:\n\n"
        f"  {b.rcpt}\n"
        f"    host mail.{b.domain} [203.0.113.57]\n"
        "    Motivo del retraso: 451 4.4.1 Connection timed out\n\n"
        "No tiene que hacer nada. El sistema seguirá intentando la entrega durante algún tiempo y es posible que reciba este aviso de nuevo. "
        "Si finalmente no se puede entregar, el mensaje le será devuelto.\n"
    )
    msg = text_part(text, "plain", "utf-8", "8bit")
    return finish_bounce(
        b,
        msg,
        f"Mail Delivery System <Mailer-Daemon@{host}>",
        f"Aviso: el mensaje {exim_id} lleva 24 horas retrasado",
    )


def bounce_inline_it(b: Bounce) -> Message:
    """An Italian provider's single-part notice with the reminder pasted in: no such mailbox."""
    host = "smtp.postaimpresa.example"
    rem = b.reminder()
    raw = rem.get_payload(decode=True)
    if not isinstance(raw, bytes):
        raise SystemExit(f"{b.key}: the reminder did not decode to bytes")
    body = raw.decode("utf-8")
    text = (
        "Questo è un messaggio automatico del sistema di posta postaimpresa.example.\n\n"
        "Il messaggio che hai inviato non è stato consegnato al seguente destinatario:\n\n"
        f"  {b.rcpt}\n\n"
        "Motivo: la casella di posta non esiste (550 5.1.1 utente sconosciuto).\n"
        "Si tratta di un errore permanente: non verranno effettuati altri tentativi.\n\n"
        "---------- Messaggio originale ----------\n"
        f"Da: {AR_NAME} <{AR_ADDR}>\n"
        f"A: {b.rcpt}\n"
        f"Data: {rem['Date']}\n"
        f"Oggetto: {latin1_fallback(b.subject())}\n\n"
        f"{latin1_fallback(body)}"
    )
    msg = text_part(text, "plain", "iso-8859-1", "8bit")
    return finish_bounce(
        b,
        msg,
        f"Servizio Posta <postmaster@{host}>",
        f"Mancata consegna: {latin1_fallback(b.subject())}",
    )


def bounce_report_it(b: Bounce) -> Message:
    """An Italian RFC 3464 delay report: the mailbox is full, retries continue."""
    host = "mx1.retepostale.example"
    text = (
        "Gentile utente,\n\n"
        f"il messaggio che hai inviato a {b.rcpt} non è stato ancora consegnato perché la casella del destinatario è piena.\n\n"
        "Risposta del server: 452 4.2.2 Mailbox full – casella piena\n\n"
        "Continueremo a tentare la consegna per i prossimi 4 giorni. Se la casella resterà piena, riceverai un avviso di mancata consegna definitiva.\n\n"
        "In allegato trovi le intestazioni del messaggio originale.\n\n"
        f"Servizio di posta – {host}\n"
    )
    parts = (
        text_part(text, "plain", "utf-8", "qp"),
        delivery_status(b, host, "delayed", "452 4.2.2 Mailbox full", f"mail.{b.domain}"),
        returned_headers(b),
    )
    return finish_bounce(
        b,
        report(*parts),
        f"Postmaster <postmaster@{host}>",
        "Notifica di stato della consegna (ritardo)",
    )


BOUNCES = [
    Bounce(
        "bo-en-1",
        "en",
        "hard",
        "5.1.1",
        "accounts@ashcombedeli.example",
        "2029-12-04 08:41",
        bounce_sendmail,
        note="Sendmail 'Returned mail' report; headers returned as text/rfc822-headers",
    ),
    Bounce(
        "bo-en-2",
        "en",
        "hard",
        "5.1.2",
        "info@oakandironbarbers.example",
        "2029-12-11 08:47",
        bounce_qmail,
        note="qmail failure notice, not MIME: the domain no longer exists",
    ),
    Bounce(
        "bo-en-3",
        "en",
        "soft",
        "4.2.2",
        "lily.fairbairn.cakes@gmail.com",
        "2029-12-18 12:49",
        bounce_gmail_delay,
        delay_hours=4,
        note="Gmail delay report: inbox full, still retrying",
    ),
    Bounce(
        "bo-de-1",
        "de",
        "hard",
        "5.1.10",
        "einkauf@moebelhaus-gruenwald.example",
        "2029-12-05 09:44",
        bounce_exchange_de,
        note="Exchange Online report in German, ISO-8859-1",
    ),
    Bounce(
        "bo-de-2",
        "de",
        "soft",
        "4.7.1",
        "info@weinstube-adler.example",
        "2029-12-13 15:52",
        bounce_greylist_de,
        delay_hours=6,
        note="temporary policy refusal (greylisting): a warning, delivery continues",
    ),
    Bounce(
        "bo-fr-1",
        "fr",
        "hard",
        "5.7.1",
        "factures@hotel-lesalizes.example",
        "2029-12-07 09:38",
        bounce_exchange_fr,
        note="policy rejection: the mailbox accepts only authorised senders",
    ),
    Bounce(
        "bo-fr-2",
        "fr",
        "soft",
        "5.2.2",
        "contact@fleuristelapivoine.example",
        "2029-12-17 09:45",
        bounce_quota_fr,
        note="mailbox full reported with a 5.x code: soft, the code is kept",
    ),
    Bounce(
        "bo-es-1",
        "es",
        "hard",
        "5.1.1",
        "pedidos@cerveceriaelpuerto.example",
        "2029-12-12 09:41",
        bounce_exchange_es,
        note="Exchange Online report in Spanish",
    ),
    Bounce(
        "bo-es-2",
        "es",
        "soft",
        "4.4.1",
        "admin@talleresmendoza.example",
        "2029-12-20 09:39",
        bounce_exim_es,
        delay_hours=24,
        note="Exim delay warning translated by the host, plain 8bit UTF-8, not RFC 3464",
    ),
    Bounce(
        "bo-nl-1",
        "nl",
        "soft",
        "4.4.7",
        "administratie@kaasboerderijdegroot.example",
        "2029-12-14 13:40",
        bounce_exchange_nl,
        delay_hours=4,
        note="Exchange Online delay report in Dutch",
    ),
    Bounce(
        "bo-it-1",
        "it",
        "hard",
        "5.1.1",
        "amministrazione@ceramichevolpe.example",
        "2029-12-10 09:36",
        bounce_inline_it,
        note="single-part Italian notice with the reminder pasted inline, 8bit Latin-1",
    ),
    Bounce(
        "bo-it-2",
        "it",
        "soft",
        "4.2.2",
        "info@trattoriadaemma.example",
        "2029-12-27 13:42",
        bounce_report_it,
        delay_hours=4,
        note="RFC 3464 delay report in Italian: mailbox full",
    ),
]


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Dean Whitlock", "dean@whitlocksbarbers.example"),
        "2029-12-10 19:42",
        "iphone",
        "Paid.",
        Labels(note="one-word reply to an overdue reminder; no date given"),
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        ("Hallam & Brooke Retail plc", "ap.remittances@hallambrooke.example"),
        "2029-12-06 05:12",
        "notice_html",
        "REMITTANCE ADVICE\n\nHallam & Brooke Retail plc – Accounts Payable Shared Service Centre\nThis mailbox is not monitored. For payment queries please contact ap.queries@hallambrooke.example quoting your supplier number.\n\nSupplier: Copperline Signs & Graphics Ltd\nSupplier number: V-204417\nPayment number: 0071833\nPayment date: 06/12/2029\nPayment method: BACS\n\nOur document | Your invoice | Invoice date | Amount GBP\n5100388412 | CSG-30388 | 19/10/2029 | 1,146.00\n5100391207 | CSG-30417 | 02/11/2029 | 2,880.00\n\nTotal paid: GBP 4,026.00\n\nFunds normally reach the supplier's account within three working days of the payment date.",
        Labels(
            paid_date="2029-12-06",
            payment_reference="0071833",
            amount="4026.00",
            currency="GBP",
            refs=("CSG-30388", "CSG-30417"),
            note="AP-system remittance advice: not a reply and quotes nothing; Auto-Submitted, yet a payment notice, not an auto-reply; the queries address is not a new contact",
        ),
        subject="Remittance Advice - Payment 0071833 - Copperline Signs & Graphics Ltd",
        headers=(AUTO_GENERATED, ("X-Mailer", "Oracle Payables Notification")),
        threaded=False,
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Rosa Marlowe", "rosa@marloweskitchen.example"),
        "2029-12-04 23:17",
        "gmail",
        "Hi there,\n\nSorry sorry sorry, I know I've been hopeless at replying to anything this month. We had the Christmas menu launch on Saturday and then the dishwasher flooded the back kitchen on Sunday, so it's been a week already and it's only Tuesday. On the plus side everyone keeps commenting on the new lightbox over the door – one lady even asked who made it, so I gave her one of the cards your fitter left, hope that's ok!\n\nRe the invoice, I did the transfer on Friday night from the business account. It was late so it might not have shown your end until Monday, but the money has definitely gone. If it still hasn't turned up let me know and I'll get onto the bank.\n\nAlso a quick one – the timer on the lightbox switches it off at 10 but we're open till 11 on Fridays and Saturdays. Is that something I can change myself or does someone need to come out? No rush at all.\n\nThanks so much, and happy Christmas if I don't speak to you before!\n\nRosa\nMarlowe's Kitchen",
        Labels(
            paid_date="2029-11-30",
            note="long reply with the payment buried in the second paragraph; 'Friday night' is the Friday before Tue 4 Dec; the timer question is secondary",
        ),
        inv="CSG-30452",
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Katrin Wolff", "k.wolff@wolff-immobilien.example"),
        "2029-12-05 11:08",
        "outlook_html",
        "Hallo zusammen,\n\ndie Rechnung ist bezahlt, das Geld ist am Montag rausgegangen. Könnten Sie mir trotzdem noch einmal die Rechnung als PDF schicken? Unser Steuerbüro hat sie angefordert und ich finde sie im Postfach nicht mehr.\n\nDanke und viele Grüße\nKatrin Wolff\nAssistenz der Geschäftsführung\nWolff Immobilien GmbH",
        Labels(
            paid_date="2029-12-03",
            note="paid plus a request for a copy: the payment claim wins, the copy is not a condition for paying; Monday before Wed 5 Dec",
        ),
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Mathieu Garnier", "mathieu@boulangerie-garnier.example"),
        "2029-12-11 12:20",
        "iphone",
        "c'est fait, virement parti ce matin\n\nMathieu G.",
        Labels(
            paid_date="2029-12-11",
            note="mobile brevity, no capitals; 'ce matin' is the message date",
        ),
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Cabinet Duclos & Associés", "secretariat@duclos-avocats.example"),
        "2029-12-06 14:35",
        "outlook_html",
        "Madame, Monsieur,\n\nPour faire suite à votre courriel, nous vous confirmons que la facture CSG-30466 (plaques professionnelles en laiton et signalétique d'accueil) a été réglée par virement bancaire le 4 décembre 2029, pour un montant de 1 320,00 €. La référence de l'opération est VIR-2912-04-7781.\n\nNous vous remercions de bien vouloir mettre à jour votre comptabilité en conséquence.\n\nNous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\nSandrine Pelletier\nAssistante de Maître Hélène Duclos\nCabinet Duclos & Associés – Avocats au Barreau de Lyon",
        Labels(
            paid_date="2029-12-04",
            payment_reference="VIR-2912-04-7781",
            amount="1320.00",
            currency="EUR",
            refs=("CSG-30466",),
            note="very formal, written by a lawyer's assistant",
        ),
        inv="CSG-30466",
        balance="1320.00",
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Javi Ortega", "javi.ortega.foodtruck@gmail.com"),
        "2029-12-13 21:05",
        "iphone",
        "Pagado",
        Labels(note="one-word reply from a free-mail sole trader; no date"),
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Gestoría Llorente", "administracion@gestoriallorente.example"),
        "2029-12-07 10:22",
        "outlook",
        "Buenos días:\n\nLes escribimos en nombre de nuestro cliente, Taberna El Candil S.L. Hoy mismo hemos ordenado la transferencia de 1.275,50 € correspondiente a su factura CSG-30421 (rótulo de fachada). Les adjuntamos el justificante bancario.\n\nSi necesitan cualquier otra cosa, no duden en escribirnos.\n\nUn saludo,\n\nMarta Llorente\nGestoría Llorente – Asesoría fiscal y contable",
        Labels(
            paid_date="2029-12-07",
            amount="1275.50",
            currency="EUR",
            refs=("CSG-30421",),
            note="accountancy firm paying for its client; a transfer ordered today is sent; proof attached as a PDF",
        ),
        inv="CSG-30421",
        balance="1275.50",
        charset="windows-1252",
        attachment="Justificante transferencia CSG-30421.pdf",
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Sanne de Vries", "sanne@bloemsierkunstdevries.example"),
        "2029-12-12 16:40",
        "android",
        "Is gisteren betaald hoor.\n\nGroetjes, Sanne",
        Labels(
            paid_date="2029-12-11",
            note="informal; 'gisteren' is the day before Wed 12 Dec",
        ),
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        (
            "Van Dijk Makelaardij – Crediteurenadministratie",
            "noreply-betalingen@vandijkmakelaardij.example",
        ),
        "2029-12-06 03:30",
        "notice",
        "Betaalspecificatie\n\nGeachte relatie,\n\nHierbij ontvangt u de specificatie van onze betaling aan Copperline Signs & Graphics Ltd.\n\nBetaaldatum:       06-12-2029\nBetalingskenmerk:  2029-1206-014\nUw relatienummer:  K-10388\n\nFactuurnummer   Factuurdatum   Bedrag\nCSG-30433       25-10-2029     € 3.120,00\nCSG-30460       08-11-2029     € 540,00\n\nTotaal betaald:                € 3.660,00\n\nDit bericht is automatisch aangemaakt. Voor vragen over deze betaling kunt u contact opnemen met crediteuren@vandijkmakelaardij.example.",
        Labels(
            paid_date="2029-12-06",
            payment_reference="2029-1206-014",
            amount="3660.00",
            currency="EUR",
            refs=("CSG-30433", "CSG-30460"),
            note="payment specification from an accounting system; quotes nothing; the total of both invoices is the amount",
        ),
        subject="Betaalspecificatie 2029-1206-014",
        headers=(AUTO_GENERATED,),
        threaded=False,
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Davide Russo", "davide@pizzeriadarusso.example"),
        "2029-12-14 08:12",
        "iphone",
        "pagato ieri sera dall'app, controllate",
        Labels(paid_date="2029-12-13", note="mobile brevity; 'ieri sera' is Thu 13 Dec"),
    ),
    Reply(
        "ps-it-2",
        "payment_sent",
        "it",
        ("Studio Bonetti Commercialisti", "segreteria@studiobonetti.example"),
        "2029-12-05 09:40",
        "outlook",
        "Spett.le Copperline Signs & Graphics,\n\nin riferimento al Vostro sollecito, su incarico della nostra cliente Boutique Aurora di Chiara Mancini, Vi comunichiamo che in data 03/12/2029 è stato disposto il bonifico di euro 2.460,00 a saldo della fattura n. CSG-30478.\n\nTRN del bonifico: 0306909876543210482\n\nRestando a disposizione per eventuali chiarimenti, porgiamo distinti saluti.\n\nDott.ssa Paola Bonetti\nStudio Bonetti - Dottori Commercialisti",
        Labels(
            paid_date="2029-12-03",
            payment_reference="0306909876543210482",
            amount="2460.00",
            currency="EUR",
            refs=("CSG-30478",),
            note="accountant paying for a client; very formal; '03/12/2029' is 3 December",
        ),
        inv="CSG-30478",
        balance="2460.00",
        charset="iso-8859-1",
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pp-en-1",
        "promise_to_pay",
        "en",
        ("Sharon Pike", "sharon.pike@northgate-estates.example"),
        "2029-12-12 14:05",
        "outlook_html",
        "Hi,\n\nThanks for chasing. CSG-30502 was approved by our regional director this morning and has gone into Friday's payment run, so you should see it early next week.\n\nKind regards,\n\nSharon Pike\nPurchase Ledger\nNorthgate Estates Group",
        Labels(
            promised_date="2029-12-14",
            refs=("CSG-30502",),
            note="past tense ('was approved', 'has gone into') announcing a future payment: Friday's run after Wed 12 Dec",
        ),
        inv="CSG-30502",
    ),
    Reply(
        "pp-en-2",
        "promise_to_pay",
        "en",
        ("Jodie Marsh", "jodie@blushhairstudio.example"),
        "2029-12-07 16:52",
        "iphone",
        "Hi, I'm off today and the card reader for the business account is at the salon so I can't do it from here. I'll pay it first thing Monday when I'm back in. Sorry for the delay!\n\nJodie x",
        Labels(
            promised_date="2029-12-10",
            note="a person writing, despite the 'Out of office' subject and no Auto-Submitted; Monday after Fri 7 Dec",
        ),
        subject="Out of office till Monday",
    ),
    Reply(
        "pp-en-3",
        "promise_to_pay",
        "en",
        ("Ali Demir", "ali@goldenspitgrill.example"),
        "2029-12-09 00:41",
        "android",
        "NOT PAID YET SORRY. BEEN A SLOW MONTH. WILL CLEAR IT END OF THE MONTH WHEN THE XMAS TAKINGS COME IN\n\nALI",
        Labels(
            promised_date="2029-12-31",
            note="all caps; 'not yet' followed by a promise; 'end of the month' is 31 Dec",
        ),
    ),
    Reply(
        "pp-de-1",
        "promise_to_pay",
        "de",
        (
            "Brandt Maschinenbau GmbH – Kreditorenbuchhaltung",
            "kreditoren@brandt-maschinenbau.example",
        ),
        "2029-12-06 10:15",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Erinnerung. Die Rechnung CSG-30441 (Messestand Hannover, Halle 13) ist inzwischen von der Fachabteilung freigegeben und für unseren Zahllauf in KW 51 vorgesehen.\n\nMit freundlichen Grüßen\n\ni. A. Monika Schreiber\nKreditorenbuchhaltung\nBrandt Maschinenbau GmbH",
        Labels(
            promised_date="2029-12-17",
            refs=("CSG-30441",),
            note="'KW 51' is ISO week 51, resolved to its Monday (17 Dec), as 'next week' is",
        ),
        inv="CSG-30441",
        charset="windows-1252",
    ),
    Reply(
        "pp-de-2",
        "promise_to_pay",
        "de",
        ("Jan Pohl", "jan.pohl@pohl-gastro.example"),
        "2029-12-11 09:02",
        "gmail",
        "Moin,\n\nist freigegeben und geht mit unserem nächsten Zahlungslauf am 20.12. raus. Hat etwas gedauert, weil die Rechnung bei uns im falschen Ordner gelandet war – sorry dafür.\n\nGruß\nJan Pohl\nPohl Gastronomie GmbH & Co. KG",
        Labels(
            promised_date="2029-12-20",
            note="'ist freigegeben' is past tense for a future payment run; '20.12.' in German day.month form",
        ),
    ),
    Reply(
        "pp-fr-1",
        "promise_to_pay",
        "fr",
        ("Nadia Benali", "nadia@labelleepoque-coiffure.example"),
        "2029-12-05 13:30",
        "gmail",
        "Bonjour,\n\nNon, pas encore réglé, désolée. Je m'en occupe fin de mois, promis.\n\nBonne journée\nNadia\nLa Belle Époque – Coiffure",
        Labels(
            promised_date="2029-12-31",
            note="negation ('pas encore') then a promise; 'fin de mois' is 31 Dec",
        ),
    ),
    Reply(
        "pp-es-1",
        "promise_to_pay",
        "es",
        ("Carmen Ruiz", "carmen.ruiz@inmobiliariasolmar.example"),
        "2029-12-10 17:20",
        "gmail_plain",
        "Hola,\n\nSí, lo tenemos pendiente. La idea es pagarlo a finales de mes junto con el resto de proveedores. Si hubiera algún cambio os aviso.\n\nSaludos,\nCarmen Ruiz\nInmobiliaria Solmar",
        Labels(
            promised_date="2029-12-31",
            note="'a finales de mes' is the last day of the month",
        ),
    ),
    Reply(
        "pp-es-2",
        "promise_to_pay",
        "es",
        ("Paco Herrera", "paco@fontaneriaherrera.example"),
        "2029-12-07 20:10",
        "android",
        "buenas, el jueves que viene lo pago sin falta que cobro una obra ese dia. perdon por el retraso",
        Labels(
            promised_date="2029-12-13",
            note="no capitals or accents; 'el jueves que viene' after Fri 7 Dec is Thu 13 Dec",
        ),
    ),
    Reply(
        "pp-nl-1",
        "promise_to_pay",
        "nl",
        ("Mark Jansen", "mark@jansenfietsen.example"),
        "2029-12-03 11:45",
        "gmail",
        "Hoi,\n\nKlopt, die staat nog open. Ik kan hem over twee weken betalen, dan heb ik de uitkering van de verzekering binnen.\n\nGroet,\nMark Jansen\nJansen Fietsen",
        Labels(
            promised_date="2029-12-17",
            note="'over twee weken' is fourteen days after Mon 3 Dec",
        ),
    ),
    Reply(
        "pp-nl-2",
        "promise_to_pay",
        "nl",
        ("Ilse Bakker", "i.bakker@museumhetweeshuis.example"),
        "2029-12-11 15:30",
        "outlook_html",
        "Beste heer/mevrouw,\n\nDe factuur is gisteren goedgekeurd en ingepland in de betaalrun van aanstaande donderdag. U kunt de betaling dus eind deze week verwachten.\n\nMet vriendelijke groet,\n\nIlse Bakker\nFinanciële administratie\nStichting Museum Het Weeshuis",
        Labels(
            promised_date="2029-12-13",
            note="past tense ('goedgekeurd', 'ingepland') for a future payment run: Thursday after Tue 11 Dec",
        ),
    ),
    Reply(
        "pp-it-1",
        "promise_to_pay",
        "it",
        ("Giulia Conti", "giulia.conti.cartoleria@hotmail.com"),
        "2029-12-04 19:33",
        "iphone",
        "Buonasera, lo saldo entro fine mese, mi scuso per il ritardo.\nGiulia – Cartoleria Conti",
        Labels(
            promised_date="2029-12-31",
            note="'entro fine mese' is the last day of the month",
        ),
    ),
    Reply(
        "pp-it-2",
        "promise_to_pay",
        "it",
        ("Elena Marchetti", "amministrazione@gruppovela.example"),
        "2029-12-12 11:20",
        "outlook",
        "Buongiorno,\n\nil pagamento della vostra fattura n. 30490 è stato autorizzato ieri e partirà con la distinta bonifici del 20/12.\n\nCordiali saluti,\nElena Marchetti\nUfficio Amministrazione\nGruppo Ristorazione Vela S.r.l.",
        Labels(
            promised_date="2029-12-20",
            refs=("CSG-30490",),
            note="past tense ('è stato autorizzato') for a future payment; '20/12' in Italian day/month form; '30490' normalised to CSG-30490",
        ),
        inv="CSG-30490",
        charset="iso-8859-1",
    ),
]

DISPUTE = [
    Reply(
        "ds-en-1",
        "dispute",
        "en",
        ("Imran Qureshi", "imran@saffronlane.example"),
        "2029-12-05 15:10",
        "outlook",
        "Hi,\n\nWe have NOT paid this and won't be until the sign is sorted. Since it went up three weeks ago the A and the N in SAFFRON keep flickering and the whole right-hand side goes dark after about an hour. Your fitter said he'd come back the following Tuesday and nobody has turned up or called.\n\nI've got photos and a video if you need them. Get it fixed and you'll get paid, simple as that.\n\nImran Qureshi\nSaffron Lane Restaurant",
        Labels(note="negated payment with the reason: a faulty illuminated sign"),
        charset="windows-1252",
    ),
    Reply(
        "ds-en-2",
        "dispute",
        "en",
        ("Helen Crewe", "helen@pennantcrewe.example"),
        "2029-12-06 09:40",
        "thunderbird",
        "Good morning,\n\nWe paid £1,200.00 on 28 November for the window graphics, which we're very happy with. The other £640.00 on the invoice is for a pavement A-board that we never ordered – we asked for a quote and said no at the time. Please issue a credit note for that line and we'll consider the account settled.\n\nRegards,\n\nHelen Crewe\nOffice Manager\nPennant & Crewe Estate Agents",
        Labels(note="part paid, the rest contested: dispute wins over the payment claim"),
        balance="640.00",
    ),
    Reply(
        "ds-en-3",
        "dispute",
        "en",
        ("David Okonjo", "david.okonjo@elmsworthbc.example"),
        "2029-12-04 10:30",
        "outlook_html",
        "Dear Sir or Madam,\n\nInvoice CSG-30399 – supply and installation of street nameplates\n\nI refer to your reminder of yesterday. The invoice charges for 14 nameplates at £96.00 each. Our highways inspector has confirmed that only 11 were installed; the three for Tanner's Row were not fitted because the posts had not been replaced, and the order was varied accordingly on 2 October (variation reference HW/2029/118).\n\nThe invoice is therefore on hold in our system. Please issue a credit note for £288.00 plus VAT, or a revised invoice for 11 nameplates, and payment will be released in the normal course.\n\nYours faithfully,\n\nDavid Okonjo\nSenior Finance Officer\nElmsworth Borough Council",
        Labels(
            refs=("CSG-30399",),
            note="quantity dispute from a public body; the credit-note request and the conditional release are secondary",
        ),
        inv="CSG-30399",
        balance="1612.80",
        headers=(SUPPRESS,),
    ),
    Reply(
        "ds-de-1",
        "dispute",
        "de",
        ("Thomas Kessler", "t.kessler@kessler-elektrotechnik.example"),
        "2029-12-10 08:20",
        "outlook_html",
        "Guten Morgen,\n\nwir haben die Rechnung bewusst NICHT bezahlt. Die Folierung an zwei unserer drei Transporter wirft nach nicht einmal vier Wochen Blasen, an der Hecktür des einen löst sich die Folie schon an der Kante. So können wir mit den Fahrzeugen nicht zum Kunden fahren.\n\nBitte melden Sie sich wegen eines Termins zur Nachbesserung. Bis dahin halten wir die Zahlung zurück.\n\nMit freundlichen Grüßen\nThomas Kessler\nKessler Elektrotechnik GmbH",
        Labels(note="negated payment with the reason: defective vehicle wraps"),
    ),
    Reply(
        "ds-de-2",
        "dispute",
        "de",
        ("Sabine Hartmann", "hartmann@hartmann-designmoebel.example"),
        "2029-12-13 13:15",
        "thunderbird",
        "Hallo,\n\nden Betrag für die Messewand und die Theke haben wir am 30.11. überwiesen. Offen ist nur noch die Position „Express-Aufschlag 25 %“ über 620,00 €. Einen Expressauftrag haben wir nie erteilt – die Wand war vier Wochen vor der Messe bestellt. Diesen Betrag werden wir nicht zahlen.\n\nBitte schicken Sie uns eine Gutschrift über die 620,00 €.\n\nViele Grüße\nSabine Hartmann",
        Labels(
            note="part paid, a surcharge contested: dispute wins over the payment claim; no invoice number in her text",
        ),
        inv="CSG-30471",
        balance="620.00",
    ),
    Reply(
        "ds-fr-1",
        "dispute",
        "fr",
        ("Philippe Morel", "p.morel@pharmacie-morel.example"),
        "2029-12-07 18:10",
        "outlook",
        "Bonsoir,\n\nJe suis surpris de recevoir une relance. La croix lumineuse que vous avez installée le mois dernier est en panne depuis une semaine : elle clignote puis s'éteint complètement en fin de journée. J'ai laissé deux messages à votre atelier, sans réponse.\n\nJe ne réglerai pas cette facture tant que l'enseigne ne fonctionnera pas correctement.\n\nCordialement,\nPhilippe Morel\nPharmacie Morel",
        Labels(note="faulty pharmacy cross; payment withheld until repaired"),
        charset="iso-8859-1",
    ),
    Reply(
        "ds-fr-2",
        "dispute",
        "fr",
        ("Aurélie Faure", "aurelie.faure@maisonfaure-traiteur.example"),
        "2029-12-12 10:05",
        "thunderbird",
        "Bonjour,\n\nIl y a une erreur sur la facture CSG-30484 : le devis que nous avons signé en septembre pour le covering du camion frigorifique était de 2 450 € HT, et la facture est à 2 890 € HT. Personne ne nous a parlé d'un supplément.\n\nMerci de nous envoyer une facture corrigée au montant du devis ; nous la réglerons dès réception.\n\nBien à vous,\nAurélie Faure\nMaison Faure Traiteur",
        Labels(
            refs=("CSG-30484",),
            note="price above the signed quote; the corrected-invoice request and the conditional payment are secondary",
        ),
        inv="CSG-30484",
        balance="3468.00",
    ),
    Reply(
        "ds-es-1",
        "dispute",
        "es",
        ("Lucía Navarro", "lucia@heladeriapolar.example"),
        "2029-12-14 12:40",
        "outlook_html",
        "Hola,\n\nNo hemos pagado porque los vinilos del escaparate se están despegando por las esquinas y uno de los cristales tiene burbujas por todas partes. Os mandé fotos el 22 de noviembre y nadie me ha contestado.\n\nCuando vengáis a cambiarlos, pagamos. Antes no.\n\nLucía Navarro\nHeladería Polar",
        Labels(
            note="negated payment with the reason: peeling window vinyl; payment conditional on the repair"
        ),
    ),
    Reply(
        "ds-nl-1",
        "dispute",
        "nl",
        ("Bas Hendriks", "bas@bakkerijhendriks.example"),
        "2029-12-05 07:35",
        "outlook",
        "Goedemorgen,\n\nWij hebben deze factuur NIET betaald en dat doen we ook niet voordat de gevelletters goed hangen. De letters zijn 20 cm lager gemonteerd dan op de tekening stond en hangen nu half over de luifel. Uw monteur zou het 'even komen rechtzetten', maar we hebben niemand meer gezien.\n\nMet vriendelijke groet,\nBas Hendriks\nBakkerij Hendriks",
        Labels(note="negated payment with the reason: letters mounted in the wrong place"),
        charset="iso-8859-1",
    ),
    Reply(
        "ds-nl-2",
        "dispute",
        "nl",
        ("Femke Visser", "femke@vissermakelaars.example"),
        "2029-12-18 22:10",
        "gmail",
        "Hallo,\n\nEven een lang verhaal, sorry. We zitten midden in de verhuizing van ons kantoor naar de Voorstraat en ik weet eerlijk gezegd niet meer waar mijn hoofd staat. De raambelettering op het nieuwe pand ziet er trouwens prachtig uit, daar zijn we echt blij mee, en de monteur was super vriendelijk.\n\nMaar dan de factuur. De 25 'Te koop'-borden die bij dezelfde order zaten zijn in het verkeerde formaat geleverd: we hadden 60x80 besteld (staat ook zo in de mail van Pieter van september) en we hebben 50x70 gekregen. Die passen niet in onze frames en staan nu in de gang op jullie te wachten. Zolang dat niet is opgelost betalen we de factuur niet, ook het deel van de belettering niet, want het is één factuur.\n\nVerder wilde ik nog vragen of jullie ook iets met verlichte uithangborden doen, maar dat is voor later.\n\nGroetjes,\nFemke",
        Labels(
            note="long reply; the dispute (wrong-size boards) sits between praise and a sales question"
        ),
    ),
    Reply(
        "ds-it-1",
        "dispute",
        "it",
        ("Marco Lombardi", "marco@enotecalombardi.example"),
        "2029-12-06 17:50",
        "html_only",
        "Buonasera,\n\nNON abbiamo pagato perché l'insegna a cassonetto ci è stata consegnata con il pannello frontale crepato e due lettere scollate. Il vostro installatore l'ha montata lo stesso dicendo che avreste mandato il pezzo di ricambio, ma da allora non si è visto nessuno.\n\nProcederemo al pagamento solo dopo la sostituzione del pannello.\n\nMarco Lombardi\nEnoteca Lombardi",
        Labels(note="negated payment with the reason: a damaged lightbox; HTML-only message"),
    ),
    Reply(
        "ds-it-2",
        "dispute",
        "it",
        ("Federica Gatti", "f.gatti@gattitessuti.example"),
        "2029-12-17 11:30",
        "thunderbird",
        "Buongiorno,\n\nabbiamo già saldato l'importo dello stand (€ 3.800,00) con bonifico del 26/11. La parte restante della fattura CSG-30495, cioè le 6 ore di montaggio extra, non la riconosciamo: il preventivo era a corpo e comprendeva montaggio e smontaggio. I ritardi in fiera sono dipesi dal vostro furgone arrivato tardi, non da noi.\n\nVi chiediamo di emettere una nota di credito per la differenza.\n\nCordiali saluti\nFederica Gatti\nGatti Tessuti S.r.l.",
        Labels(
            refs=("CSG-30495",),
            note="stand paid, extra fitting hours contested: dispute wins over the payment claim",
        ),
        inv="CSG-30495",
        balance="570.00",
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pl-en-1",
        "payment_plan",
        "en",
        ("Gary Fenwick", "garyfenwickplastering@gmail.com"),
        "2029-12-08 21:30",
        "gmail_plain",
        "hi mate sorry been meaning to ring you the van got nicked 3 weeks ago with all my tools in it so work has been dead and the insurance still havent paid out can i pay you £150 a month till its cleared i know its not ideal but its all i can do right now cheers gary",
        Labels(note="hardship and monthly instalments; no punctuation, free-mail sole trader"),
    ),
    Reply(
        "pl-en-2",
        "payment_plan",
        "en",
        ("Lorna McAllister", "lorna@thethreadroom.example"),
        "2029-12-11 13:15",
        "apple",
        "Hello,\n\nApologies – it's been a quieter autumn than we hoped. I can transfer half today and the other half in the second week of January once the Christmas sales have come through. Would that be acceptable?\n\nBest wishes,\nLorna McAllister\nThe Thread Room",
        Labels(
            note="half now, the rest in January, proposed rather than done: payment_plan, not payment_sent"
        ),
    ),
    Reply(
        "pl-en-3",
        "payment_plan",
        "en",
        ("Margaret Hale", "m.hale@staldhelmshospice.example"),
        "2029-12-17 10:00",
        "outlook",
        "Dear Accounts Team,\n\nThank you for your email regarding invoice CSG-30509 for the charity shop fascia in Market Street.\n\nI am sorry to say that our grant funding for the shop refurbishment has been delayed and will not be released until the end of January. I would therefore be grateful if you could extend the payment terms on this invoice by sixty days. Should that not be possible, we could pay in two equal parts in January and February.\n\nPlease accept my apologies for any inconvenience caused.\n\nYours sincerely,\n\nMargaret Hale\nFinance Officer\nSt Aldhelm's Hospice Trust",
        Labels(
            refs=("CSG-30509",),
            note="asks for more time, or two parts: payment_plan; 'end of January' is about the grant, not a promised date",
        ),
        inv="CSG-30509",
    ),
    Reply(
        "pl-de-1",
        "payment_plan",
        "de",
        ("Ayşe Yılmaz", "ayse@friseursalon-ayse.example"),
        "2029-12-04 20:15",
        "iphone",
        "Hallo,\n\nes tut mir leid, dass es so lange dauert. Seit vor dem Laden die Baustelle ist, kommen kaum noch Kunden. Könnte ich die Rechnung in drei Raten zahlen, jeweils zum Monatsanfang? Die erste würde ich im Januar überweisen.\n\nLiebe Grüße\nAyşe Yılmaz\nFriseursalon Ayşe",
        Labels(note="hardship and three instalments; the sender's name needs UTF-8 encoded words"),
    ),
    Reply(
        "pl-de-2",
        "payment_plan",
        "de",
        ("Bernd Kowalski", "bernd@baeckerei-kowalski.example"),
        "2029-12-15 06:05",
        "gmail_plain",
        "Guten Morgen,\n\nich sitze hier um sechs in der Backstube und wollte Ihnen endlich antworten. Das neue Schild über der Filiale in der Lindenstraße ist toll geworden, meine Frau sagt, seitdem finden uns auch die Leute, die sonst immer am Eingang vorbeigelaufen sind. Wir mussten allerdings im November den neuen Ofen bezahlen, der alte ist nach 22 Jahren endgültig gestorben, und das hat ein ziemliches Loch gerissen.\n\nMein Vorschlag wäre: Ich überweise nächste Woche 500 € und den Rest dann Ende Januar, wenn das Weihnachtsgeschäft durch ist. Geht das für Sie in Ordnung? Dann würde ich das so machen.\n\nWegen der zweiten Filiale melde ich mich im neuen Jahr, da bräuchten wir auch was.\n\nSchönes Wochenende\nBernd Kowalski\nBäckerei Kowalski",
        Labels(
            note="long reply; part next week and the rest in January, buried in the second paragraph"
        ),
    ),
    Reply(
        "pl-fr-1",
        "payment_plan",
        "fr",
        ("Stéphane Roche", "s.roche@roche-opticiens.example"),
        "2029-12-13 12:10",
        "apple",
        "Bonjour,\n\nPouvons-nous convenir d'un échéancier ? Je vous propose de régler 1 000 € à la fin de la semaine, puis le solde en deux versements, fin janvier et fin février.\n\nMerci de me dire si cela vous convient.\n\nCordialement,\nStéphane Roche\nRoche Opticiens",
        Labels(note="part now and two instalments; plan dates are not labelled"),
    ),
    Reply(
        "pl-fr-2",
        "payment_plan",
        "fr",
        ("Yann Le Gall", "yann@creperie-legall.example"),
        "2029-12-19 22:45",
        "android",
        "Bonjour, la saison a été très mauvaise et la trésorerie est à sec en ce moment. Est-ce que je peux vous payer en 4 fois ? Je peux commencer le 10 janvier. desolé pour le retard. Yann",
        Labels(note="hardship and four instalments from a phone"),
    ),
    Reply(
        "pl-es-1",
        "payment_plan",
        "es",
        ("Rocío Castillo", "rocio@floristeriacastillo.example"),
        "2029-12-05 11:25",
        "apple",
        "Buenos días:\n\nPerdone que no le haya contestado antes. Entre Todos los Santos y la preparación de Navidad no hemos parado, y encima a mi madre, que lleva la tienda conmigo, la operaron hace dos semanas, así que estoy yo sola con todo. El rótulo nuevo, por cierto, ha quedado precioso y se ve desde la plaza, que era lo que queríamos.\n\nLe escribo por la factura pendiente. Este trimestre ha sido complicado y no podemos asumir el importe de una sola vez. ¿Sería posible pagarlo en tres plazos, en diciembre, enero y febrero?\n\nSi le parece bien, dígame cómo lo hacemos. Y si más adelante rotulan también furgonetas, me interesaría para la del reparto.\n\nUn saludo,\nRocío Castillo\nFloristería Castillo",
        Labels(
            note="long reply; three instalments asked for between personal news and a sales question"
        ),
    ),
    Reply(
        "pl-es-2",
        "payment_plan",
        "es",
        ("Toni Ferrer", "toni@barcanferrer.example"),
        "2029-12-20 16:40",
        "gmail",
        "¡Hola!\n\nAhora mismo puedo pagaros la mitad y el resto a mediados de enero, que en diciembre vamos muy justos con las pagas extra del personal. ¿Os va bien así? Si me decís que sí, hago la primera transferencia mañana.\n\nGracias y felices fiestas,\nToni\nBar Can Ferrer",
        Labels(note="half now and the rest in mid-January, conditional on agreement"),
    ),
    Reply(
        "pl-nl-1",
        "payment_plan",
        "nl",
        ("Dennis Mulder", "dennis@mulderinstallatietechniek.example"),
        "2029-12-14 09:50",
        "thunderbird",
        "Goedemorgen,\n\nHet bedrag komt op dit moment slecht uit, we wachten zelf nog op een paar grote betalingen van klanten. Zouden we de factuur in vier maandelijkse termijnen mogen voldoen? De eerste termijn kan nog deze maand.\n\nMet vriendelijke groet,\nDennis Mulder\nMulder Installatietechniek",
        Labels(note="four monthly instalments"),
    ),
    Reply(
        "pl-it-1",
        "payment_plan",
        "it",
        ("Alessandra Rizzo", "a.rizzo@otticarizzo.example"),
        "2029-12-10 15:00",
        "apple",
        "Buongiorno,\n\nscusate se rispondo solo adesso, ma sono settimane un po' complicate. L'insegna nuova sta benissimo, molti clienti ci hanno fatto i complimenti e anche il negozio accanto ci ha chiesto il vostro contatto. Purtroppo a ottobre hanno aperto il cantiere per rifare il marciapiede proprio davanti alla vetrina e per più di un mese la gente non riusciva quasi a entrare, così l'incasso di novembre è stato la metà del solito.\n\nPer questo volevo chiedervi se è possibile rateizzare l'importo in tre mensilità, a partire da gennaio. Preferisco dirvelo chiaramente piuttosto che lasciare la fattura in sospeso senza dire nulla.\n\nPer il resto tutto bene, in primavera vorremmo rifare anche le vetrofanie, ma ne parliamo più avanti.\n\nGrazie per la comprensione,\nAlessandra Rizzo\nOttica Rizzo",
        Labels(note="long reply; three monthly instalments asked for in the middle paragraph"),
    ),
    Reply(
        "pl-it-2",
        "payment_plan",
        "it",
        ("Salvo Greco", "salvo@bargreco.example"),
        "2029-12-18 13:20",
        "android",
        "Ciao, vi giro 500 euro adesso e il resto a gennaio, va bene? Dicembre è un disastro tra stipendi e tredicesime. Salvo",
        Labels(note="part now and the rest in January, put as a question"),
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Priya Nair", "priya.nair@brightwell-retail.example"),
        "2029-12-03 14:22",
        "outlook_html",
        "Hello,\n\nWe can't pay CSG-30412 as it stands because it doesn't quote a purchase order number, and our system rejects any invoice without one. The PO for the Leeds store window graphics is 4500219873. Once you send a revised invoice showing the PO we'll pay it in the next run.\n\nMany thanks,\n\nPriya Nair\nAccounts Payable\nBrightwell Retail Ltd",
        Labels(
            refs=("CSG-30412",),
            note="payment conditional on a reissued invoice with the PO, amount not contested: invoice_request, not a promise",
        ),
        inv="CSG-30412",
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Tom Bellamy", "tombellamy.photography@gmail.com"),
        "2029-12-14 18:05",
        "gmail",
        "Hi, I don't think I ever got this invoice – can you send me a copy? Happy to pay as soon as I see it.\n\nThanks,\nTom",
        Labels(note="never received the invoice; the promise depends on the copy"),
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Claire Duffy", "payments@ravenshaw-tc.example"),
        "2029-12-19 11:15",
        "html_only",
        "Good morning,\n\nThank you for your email. Before we can release any payment to a new supplier, our auditors require a completed supplier set-up form and confirmation of your bank details on company letterhead, signed by a director. We have no record of receiving these from Copperline Signs & Graphics.\n\nFor security reasons we do not send the form by email. Please ask for it at this address and return it by post or by hand to the Town Hall. Once it has been verified, the invoice will be paid in the following weekly run.\n\nKind regards,\n\nClaire Duffy\nPayments Officer\nRavenshaw Town Council",
        Labels(
            note="supplier form and bank details needed before paying: invoice_request; 'by post' is about returning the form, not a post-only request; HTML-only",
        ),
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Claudia Reimers", "kaemmerei@bad-wiesenau.example"),
        "2029-12-05 09:35",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nzu Ihrer Zahlungserinnerung teilen wir mit, dass die Rechnung CSG 30446 bei uns nicht bearbeitet werden kann. Als öffentlicher Auftraggeber dürfen wir nur elektronische Rechnungen im Format XRechnung annehmen, die über unser Rechnungseingangsportal eingereicht werden. Außerdem fehlen auf der Rechnung die Leitweg-ID und unser Bestellzeichen 2029-0417-HB.\n\nBitte reichen Sie die Rechnung entsprechend neu ein. Nach Eingang und sachlicher Prüfung erfolgt die Zahlung innerhalb von 30 Tagen.\n\nMit freundlichen Grüßen\nIm Auftrag\nClaudia Reimers\nStadt Bad Wiesenau – Kämmerei",
        Labels(
            refs=("CSG-30446",),
            note="public body needs an e-invoice with its order reference before paying; amount not contested; 'CSG 30446' normalised",
        ),
        inv="CSG-30446",
        headers=(SUPPRESS_OOF,),
    ),
    Reply(
        "ir-de-2",
        "invoice_request",
        "de",
        ("Nico Brandl", "nico@brandl-kfz.example"),
        "2029-12-17 12:05",
        "android",
        "Hi, schicken Sie mir die Rechnung bitte nochmal? Finde sie nich mehr. Danke",
        Labels(note="copy request from a phone"),
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Sylvie Mercier", "finances@mairie-saintaubin.example"),
        "2029-12-10 14:00",
        "outlook_html",
        "Madame, Monsieur,\n\nNous accusons réception de votre relance concernant la facture CSG-30462 (signalétique de la salle des fêtes).\n\nNous vous rappelons que les factures adressées à la commune doivent obligatoirement être déposées sur le portail Chorus Pro, avec le numéro d'engagement 2029-00318. Votre facture nous a été transmise par courriel et ne peut donc pas être mise en paiement.\n\nDès son dépôt sur Chorus Pro, le mandatement sera effectué dans le délai réglementaire.\n\nCordialement,\nSylvie Mercier\nService des finances\nMairie de Saint-Aubin-sur-Loue",
        Labels(
            refs=("CSG-30462",),
            note="town hall needs the invoice filed through the public e-invoicing portal before paying",
        ),
        inv="CSG-30462",
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Julien Perrin", "julien@perrin-boutique.example"),
        "2029-12-18 09:15",
        "gmail",
        "Bonjour,\n\nDésolé pour le délai, on a ouvert la deuxième boutique rue Saint-Rome le 1er décembre et c'est la course depuis. La vitrophanie rend super bien d'ailleurs, plusieurs clients nous ont demandé qui l'avait faite. Petit bémol, l'enseigne met un peu de temps à s'allumer le matin, mais honnêtement ça ne nous gêne pas.\n\nPour la facture : notre expert-comptable refuse de l'enregistrer parce qu'elle ne porte pas notre numéro de TVA intracommunautaire (FR47512345678). Est-ce que vous pourriez nous la renvoyer avec ce numéro ? Sans ça je ne peux pas la payer.\n\nMerci d'avance et bonnes fêtes,\nJulien Perrin\nPerrin Boutique",
        Labels(
            note="long reply; reissue with the VAT number before paying, in the second paragraph; the lighting remark is not a dispute"
        ),
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Beatriz Soler", "administracion@grupomareas.example"),
        "2029-12-04 12:30",
        "outlook",
        "Buenos días:\n\nLa factura CSG-30425 está emitida a nombre de Restaurante Mareas, que es solo el nombre comercial, y con un CIF que no es el nuestro. Para poder contabilizarla y pagarla necesitamos que la emitan a nombre de Grupo Hostelero Mareas S.L., CIF B87654321. No discutimos el importe, solo los datos fiscales.\n\nQuedamos a la espera de la factura corregida.\n\nSaludos cordiales,\nBeatriz Soler\nDepartamento de Administración\nGrupo Hostelero Mareas S.L.",
        Labels(
            refs=("CSG-30425",),
            note="reissue to the right legal entity; explicitly not contesting the amount",
        ),
        inv="CSG-30425",
        charset="windows-1252",
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Sergio Márquez", "sergio@autoescuelamarquez.example"),
        "2029-12-12 10:45",
        "gmail_plain",
        "Hola,\n\nEn cuanto nos mandéis el certificado de titularidad de la cuenta bancaria os hacemos la transferencia. Nuestro banco no nos deja dar de alta una cuenta extranjera sin él.\n\nGracias,\nSergio Márquez\nAutoescuela Márquez",
        Labels(
            note="payment conditional on a bank-account certificate: invoice_request, not a promise"
        ),
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        (
            "Gemeente Dijkerveen – Crediteurenadministratie",
            "crediteuren@dijkerveen.example",
        ),
        "2029-12-06 10:10",
        "outlook_html",
        "Geachte heer/mevrouw,\n\nWij kunnen uw factuur pas in behandeling nemen als daarop ons inkoopordernummer vermeld staat. Het juiste nummer voor deze opdracht (bebording sporthal De Klaver) is IO-2029-00871. Wilt u een gecorrigeerde factuur sturen naar facturen@dijkerveen.example? Na ontvangst wordt deze binnen de gebruikelijke termijn betaald.\n\nMet vriendelijke groet,\n\nM. Hoekstra\nCrediteurenadministratie\nGemeente Dijkerveen",
        Labels(
            note="PO number needed before paying; the address is where the corrected invoice goes, not a new contact for reminders",
        ),
    ),
    Reply(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Lotte Smit", "lottesmit.yoga@hotmail.com"),
        "2029-12-21 08:20",
        "iphone",
        "Hoi, kun je de factuur nog een keer sturen? Kan hem nergens vinden. Dan betaal ik meteen.\n\nGroetjes Lotte",
        Labels(note="copy request; the payment depends on it"),
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        (
            "Amministrazione Hotel Belvedere Lario",
            "amministrazione@hotelbelvederelario.example",
        ),
        "2029-12-11 10:40",
        "outlook",
        "Buongiorno,\n\nper poter mettere in pagamento la fattura ci serve la copia del rapportino di montaggio firmato dal nostro responsabile tecnico. Senza quello l'amministrazione non la può approvare. Ce lo potete inviare?\n\nGrazie, cordiali saluti\nAmministrazione\nHotel Belvedere Lario",
        Labels(note="needs the signed installation report before paying, not contesting"),
        charset="iso-8859-1",
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Owen Price", "chapelstreet@frescocoffee.example"),
        "2029-12-05 12:15",
        "iphone",
        "Hi, I'm just the manager at the Chapel Street branch – all invoices go through head office. Can you send it to payables@frescocoffee.example please.\n\nThanks, Owen",
        Labels(new_contact="payables@frescocoffee.example"),
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Halden Interiors Accounts", "accounts@halden-interiors.example"),
        "2029-12-20 23:58",
        "outlook",
        "Dear Supplier,\n\nPlease be advised that our accounts department has moved to a new email system. With immediate effect all statements, reminders and remittance queries must be sent to halden.interiors.ap@gmail.com only. The old address will be closed this week and messages sent to it will not be read.\n\nKindly update your records urgently and confirm by return to the new address. Please do not telephone the office about this change as our lines are being transferred.\n\nRegards,\nAccounts Department\nHalden Interiors",
        Labels(
            new_contact="halden.interiors.ap@gmail.com",
            note="phishing-like request to redirect collection mail to a free-mail address (Reply-To points there too); labelled by what it asks, a person must verify it before anything changes",
        ),
        headers=(("Reply-To", "halden.interiors.ap@gmail.com"),),
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Bethany Cole", "b.cole@okaforsolicitors.example"),
        "2029-12-13 15:40",
        "outlook_html",
        "Good afternoon,\n\nI'm Mr Okafor's PA and I'm afraid I don't deal with the firm's accounts. Invoices for the office signage should go to our practice manager, Linda Shaw, at linda.shaw@okaforsolicitors.example – I've copied her in.\n\nKind regards,\n\nBethany Cole\nPA to Daniel Okafor\nOkafor & Partners Solicitors",
        Labels(
            new_contact="linda.shaw@okaforsolicitors.example",
            note="assistant names the right person, also copied in Cc",
        ),
        headers=(("Cc", "Linda Shaw <linda.shaw@okaforsolicitors.example>"),),
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Markus Lehmann", "m.lehmann@sommerfeld-einrichtung.example"),
        "2029-12-07 17:45",
        "outlook",
        "Guten Tag,\n\nich bin seit Ende Oktober nicht mehr für das Einrichtungshaus Sommerfeld tätig und lese dieses Postfach nur noch übergangsweise. Bitte wenden Sie sich in Rechnungsangelegenheiten an Frau Krüger in der Buchhaltung: buchhaltung@sommerfeld-einrichtung.example.\n\nFreundliche Grüße\nMarkus Lehmann",
        Labels(
            new_contact="buchhaltung@sommerfeld-einrichtung.example",
            note="left the company, written by the person himself",
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Éric Lambert", "eric.lambert@lebistrotdumarche.example"),
        "2029-12-09 10:20",
        "gmail",
        "Bonjour,\n\nJe ne suis plus le gérant du Bistrot du Marché depuis le 1er octobre, l'affaire a été reprise. Merci de contacter la nouvelle gérante, Mme Claire Vasseur : claire.vasseur@lebistrotdumarche.example.\n\nBonne continuation,\nÉric Lambert",
        Labels(new_contact="claire.vasseur@lebistrotdumarche.example"),
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Monique Brunet", "monique.brunet47@gmail.com"),
        "2029-12-15 11:05",
        "iphone",
        "Bonjour, je pense que vous vous êtes trompés d'adresse. Je suis retraitée et je n'ai jamais rien commandé chez vous.\n\nCordialement, M. Brunet",
        Labels(note="wrong recipient altogether, no new address; not a dispute of a real order"),
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Rubén Gil", "ruben@cafeteriaelfaro.example"),
        "2029-12-11 18:30",
        "android",
        "Hola, yo solo soy el encargado del local, las facturas las lleva la gestoría. Escribidles a facturas@gestoriamontes.example. Un saludo",
        Labels(new_contact="facturas@gestoriamontes.example"),
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Irene Vega", "irene.vega@vegamoda.example"),
        "2029-12-17 09:20",
        "outlook_html",
        "Buenos días:\n\nLes informo de que, desde noviembre, la facturación de todas nuestras tiendas se gestiona desde la central de Madrid. Por favor, dirijan cualquier comunicación sobre facturas a cuentasapagar@grupovega.example.\n\nAtentamente,\nIrene Vega\nEncargada de tienda – Vega Moda",
        Labels(new_contact="cuentasapagar@grupovega.example"),
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Bloemenhuis Lelie", "info@bloemenhuislelie.example"),
        "2029-12-08 14:10",
        "iphone",
        "Hallo, ik ben Daan, ik werk hier alleen in het weekend en lees de mail van de winkel. Van facturen weet ik niks, dat doet de eigenaar. Kunt u het naar ruud@bloemenhuislelie.example sturen?\n\nGroet, Daan",
        Labels(
            new_contact="ruud@bloemenhuislelie.example",
            note="weekend staff reading the shop's mailbox",
        ),
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Pieter de Boer", "pdeboer1961@hotmail.com"),
        "2029-12-14 14:25",
        "thunderbird",
        "Goedemiddag,\n\nDit is mijn privéadres, ik weet niet hoe u daaraan komt. De rekeningen van De Boer Hoveniers gaan via ons administratiekantoor: info@administratiekantoorkoster.example.\n\nMet vriendelijke groet,\nPieter de Boer",
        Labels(
            new_contact="info@administratiekantoorkoster.example",
            note="private free-mail address; the business's accountant named",
        ),
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Chiara Fontana", "negozio@fontanacalzature.example"),
        "2029-12-05 16:00",
        "gmail",
        "Buongiorno, io mi occupo solo del negozio di via Roma, dei pagamenti si occupa l'ufficio amministrativo. Potete scrivere a amministrazione@fontanacalzature.example?\n\nGrazie, Chiara",
        Labels(new_contact="amministrazione@fontanacalzature.example"),
    ),
    Reply(
        "wc-it-2",
        "wrong_contact",
        "it",
        ("Roberta Sala", "segreteria@studiolegalebellini.example"),
        "2029-12-19 12:30",
        "outlook_html",
        "Gentili Signori,\n\nscrivo in qualità di segretaria dell'avv. Bellini. Le questioni amministrative dello studio, comprese le fatture dei fornitori, sono seguite dal nostro commercialista, dott. Ferri, al quale vi prego di inoltrare il sollecito: studio.ferri@ferricommercialisti.example.\n\nDistinti saluti,\nRoberta Sala\nSegreteria – Studio Legale Bellini",
        Labels(
            new_contact="studio.ferri@ferricommercialisti.example",
            note="a lawyer's secretary redirects to the accountant",
        ),
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Neil Hargreaves", "neil@hargreavesmotors.example"),
        "2029-12-18 08:55",
        "outlook",
        "Look, I've said I'll pay it on Friday and I will. Please stop sending me these emails every other day, it's the third one this month. Take me off your list.\n\nNeil",
        Labels(note="promise plus a stop request: unsubscribe beats the promise"),
    ),
    Reply(
        "un-en-2",
        "unsubscribe",
        "en",
        ("Gillian Ashworth", "gillian@ashworthflorists.example"),
        "2029-12-10 12:40",
        "apple",
        "I have passed this matter to my solicitors, Baxter Lund LLP, and any further correspondence should go through them. Do not contact me directly again.\n\nG. Ashworth",
        Labels(note="'talk to our solicitors' with no address: unsubscribe"),
    ),
    Reply(
        "un-en-3",
        "unsubscribe",
        "en",
        ("R Tranter", "r.tranter@tranterandsons.example"),
        "2029-12-27 10:30",
        "thunderbird",
        "please do not send emails to this address i dont look at it much. send any bills by post to the shop like you used to, 14 High Street. thank you\n\nR Tranter",
        Labels(note="post only: unsubscribe"),
    ),
    Reply(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Kanzlei Albers & Voss", "kanzlei@albers-voss.example"),
        "2029-12-12 16:20",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nwir untersagen Ihnen hiermit, uns in dieser Angelegenheit weiterhin per E-Mail zu kontaktieren. Schriftverkehr bitten wir ausschließlich auf dem Postweg an unsere Kanzleianschrift zu richten.\n\nMit freundlichen Grüßen\n\nDr. Friedrich Albers\nRechtsanwalt",
        Labels(note="very formal; post only"),
        charset="windows-1252",
    ),
    Reply(
        "un-de-2",
        "unsubscribe",
        "de",
        ("Uwe Brinkmann", "uwe@brinkmann-getraenke.example"),
        "2029-12-20 18:40",
        "iphone",
        "Hören Sie endlich auf, mir ständig diese Mails zu schicken!!! Das ist längst bezahlt. ICH WILL KEINE MAILS MEHR VON IHNEN.",
        Labels(note="stop request plus a payment claim: unsubscribe wins"),
    ),
    Reply(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Gérard Masson", "g.masson@massonimmobilier.example"),
        "2029-12-14 17:05",
        "outlook_html",
        "Madame, Monsieur,\n\nJe vous informe que ce dossier est désormais entre les mains de mon avocat. Je vous demande de cesser toute relance par courriel ; vous serez contactés en temps utile.\n\nGérard Masson\nMasson Immobilier",
        Labels(note="lawyer named without an address, and stop e-mailing: unsubscribe"),
    ),
    Reply(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Antonio Serrano", "antonio@ferreteriaserrano.example"),
        "2029-12-05 10:05",
        "gmail_plain",
        "Buenos días. Les ruego que no me envíen más correos electrónicos; cualquier reclamación, por carta certificada a la dirección de la tienda. Gracias.",
        Labels(note="post only"),
    ),
    Reply(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Marisa Prieto", "marisaprieto.estetica@gmail.com"),
        "2029-12-19 21:15",
        "iphone",
        "Ya os dije que la semana que viene lo pago. Dejad de mandarme correos cada dos días que me estáis agobiando, por favor. Quitadme de la lista.",
        Labels(note="promise plus a stop request: unsubscribe beats the promise"),
    ),
    Reply(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("mr. J. van Leeuwen", "jvanleeuwen@vanleeuwen-notarissen.example"),
        "2029-12-07 11:45",
        "outlook_html",
        "Geachte heer, mevrouw,\n\nWij verzoeken u vriendelijk doch dringend ons niet langer per e-mail te benaderen over deze factuur. Correspondentie uitsluitend per post aan ons kantooradres.\n\nHoogachtend,\n\nmr. J. van Leeuwen\nVan Leeuwen Notarissen",
        Labels(note="very formal; post only"),
    ),
    Reply(
        "un-nl-2",
        "unsubscribe",
        "nl",
        ("Kees", "kees@snackbarhetpleintje.example"),
        "2029-12-21 23:10",
        "android",
        "STOP MET MAILEN. IK BEL ZELF WEL ALS IK ZOVER BEN.",
        Labels(note="all caps; 'I'll call when I'm ready' is no commitment"),
    ),
    Reply(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Franco Vitale", "franco@vitalearredamenti.example"),
        "2029-12-06 18:20",
        "outlook",
        "Spettabile ditta,\n\nvi invito a non contattarmi più via e-mail. Da questo momento ogni comunicazione relativa alla fattura dovrà passare esclusivamente dal mio legale.\n\nFranco Vitale",
        Labels(note="'only through my lawyer' with no address: unsubscribe"),
        charset="iso-8859-1",
    ),
    Reply(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Sara Bianchi", "sara@gelateriabianchi.example"),
        "2029-12-11 22:50",
        "iphone",
        "pagherò entro il 15 come vi ho già detto al telefono, ma smettetela di mandarmi una mail al giorno per favore. toglietemi da questi invii automatici",
        Labels(note="promise plus a stop request: unsubscribe beats the promise"),
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Rachel Holt", "rachel.holt@greystone-lettings.example"),
        "2029-12-05 08:46",
        "notice",
        "Thank you for your message. I am on annual leave until Friday 14 December with limited access to email.\n\nIf your query is urgent, please call the office on 0161 496 0552 or email lettings@greystone-lettings.example.\n\nRachel Holt\nLettings Manager, Greystone Lettings",
        Labels(
            return_date="2029-12-14",
            note="'until X' gives X itself; a colleague's address in an auto-reply does not set new_contact",
        ),
        subject="Automatic reply: {rsub}",
        headers=(AUTO, SUPPRESS),
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        "en",
        ("Tillbury District Council Finance", "finance.helpdesk@tillbury-dc.example"),
        "2029-12-12 08:51",
        "notice",
        "This is an automated response – please do not reply to this message.\n\nThank you for contacting Tillbury District Council Finance Services. Your enquiry has been logged under reference FIN-88213 and passed to the appropriate team.\n\nWe aim to respond to all enquiries within ten working days. The status of supplier payments can also be checked on our supplier portal.\n\nTillbury District Council",
        Labels(note="ticket acknowledgement from a public body; no return date"),
        subject="[FIN-88213] {rsub}",
        headers=(AUTO_GENERATED, ("X-Mailer", "ServiceDesk Notifications")),
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        "en",
        ("Cobble & Crumb Bakery", "hello@cobbleandcrumb.example"),
        "2029-12-24 08:40",
        "notice",
        "Hi there,\n\nThanks for your email! The bakery and office are closed from 22 December for a well-earned break. We're back baking on Wednesday 2 January and will reply to everyone then.\n\nHave a lovely Christmas,\nThe Cobble & Crumb team 🥐",
        Labels(
            return_date="2030-01-02",
            note="holiday closure without Auto-Submitted (only X-Autoreply); the day back is stated",
        ),
        subject="Closed for Christmas – back 2 January",
        headers=(("X-Autoreply", "yes"),),
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Julia Neumann", "j.neumann@neumann-messebau.example"),
        "2029-12-10 09:44",
        "notice",
        "Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich Freitag, 14.12.2029, nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ab Montag, 17.12.2029, bin ich wieder für Sie erreichbar.\n\nIn dringenden Fällen wenden Sie sich bitte an meine Kollegin Petra Lang (p.lang@neumann-messebau.example).\n\nMit freundlichen Grüßen\nJulia Neumann",
        Labels(
            return_date="2029-12-17",
            note="'wieder erreichbar ab' wins over 'bis einschließlich'; a colleague's address does not set new_contact",
        ),
        subject="Automatische Antwort: {rsub}",
        charset="iso-8859-1",
        headers=(AUTO, SUPPRESS),
    ),
    Reply(
        "ar-de-2",
        "auto_reply",
        "de",
        ("Service-Center Buchhaltung", "buchhaltung-service@rheinfeld-handel.example"),
        "2029-12-07 09:34",
        "notice",
        "Guten Tag,\n\nvielen Dank für Ihre Anfrage. Wir haben Ihr Anliegen unter der Ticketnummer #2029120714 erfasst. Bitte geben Sie diese Nummer bei Rückfragen immer im Betreff an.\n\nUnsere durchschnittliche Bearbeitungszeit beträgt derzeit fünf Werktage.\n\nIhr Service-Center Buchhaltung\nRheinfeld Handels AG\n\nDies ist eine automatisch erzeugte Nachricht.",
        Labels(note="ticket acknowledgement carrying only Precedence: auto_reply"),
        subject="[#2029120714] Ihre Anfrage ist bei uns eingegangen",
        headers=(("Precedence", "auto_reply"),),
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Camille Robin", "c.robin@robin-agencement.example"),
        "2029-12-20 09:33",
        "notice",
        "Bonjour,\n\nJe suis absente du 20 décembre au 4 janvier inclus. Je prendrai connaissance de votre message à mon retour, le lundi 7 janvier.\n\nPour toute demande urgente, merci d'écrire à contact@robin-agencement.example.\n\nCamille Robin",
        Labels(
            return_date="2030-01-07",
            note="the stated day back (Mon 7 Jan) wins over 'au 4 janvier inclus'",
        ),
        subject="Réponse automatique : {rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "ar-fr-2",
        "auto_reply",
        "fr",
        ("Comptabilité fournisseurs", "compta.fournisseurs@lumiere-retail.example"),
        "2029-12-04 09:33",
        "notice",
        "Bonjour,\n\nNous avons bien reçu votre message et nous vous en remercions. Il sera traité par notre service comptabilité fournisseurs dans les meilleurs délais.\n\nCeci est un message automatique, merci de ne pas y répondre.\n\nService comptabilité fournisseurs\nGroupe Lumière Retail",
        Labels(note="shared-mailbox acknowledgement with only X-Autoreply, no return date"),
        subject="Accusé de réception : {rsub}",
        headers=(("X-Autoreply", "yes"),),
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Inmobiliaria Brisa", "info@inmobiliariabrisa.example"),
        "2029-12-06 09:35",
        "notice",
        "Gracias por su correo.\n\nNuestras oficinas permanecen cerradas del 6 al 9 de diciembre con motivo del puente de la Constitución. Volveremos a atenderle el lunes 10 de diciembre.\n\nAtentamente,\nInmobiliaria Brisa",
        Labels(
            return_date="2029-12-10",
            note="bank-holiday closure; the day back is stated",
        ),
        subject="Respuesta automática: {rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Van der Meer Makelaars", "info@vandermeermakelaars.example"),
        "2029-12-24 09:32",
        "notice",
        "Beste relatie,\n\nOns kantoor is gesloten van maandag 24 december tot en met dinsdag 1 januari. Vanaf woensdag 2 januari staan wij weer voor u klaar.\n\nWij wensen u fijne feestdagen en een goed begin van het nieuwe jaar!\n\nTeam Van der Meer Makelaars",
        Labels(return_date="2030-01-02", note="the stated day back wins over 'tot en met'"),
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "ar-nl-2",
        "auto_reply",
        "nl",
        ("Klantenservice Fietsplein", "service@fietsplein.example"),
        "2029-12-12 09:34",
        "notice",
        "Beste afzender,\n\nBedankt voor uw bericht. We hebben het ontvangen en geregistreerd onder ticketnummer 55102. U krijgt binnen drie werkdagen een inhoudelijke reactie van een van onze medewerkers.\n\nMet vriendelijke groet,\nKlantenservice Fietsplein",
        Labels(note="ticket acknowledgement, no return date"),
        subject="[Ticket 55102] {rsub}",
        headers=(AUTO_GENERATED,),
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Arredamenti Colombo", "info@arredamenticolombo.example"),
        "2029-12-24 09:33",
        "notice",
        "Gentile cliente,\n\nla informiamo che i nostri uffici resteranno chiusi dal 22 dicembre al 6 gennaio compreso per le festività natalizie. Riapriremo lunedì 7 gennaio.\n\nCordiali saluti e buone feste,\nArredamenti Colombo",
        Labels(
            return_date="2030-01-07",
            note="holiday closure; the stated reopening day wins",
        ),
        subject="Risposta automatica: {rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "ar-it-2",
        "auto_reply",
        "it",
        ("Pasticceria Dolce Forno", "ciao@dolceforno.example"),
        "2029-12-13 09:33",
        "notice",
        "Grazie per averci scritto!\n\nAbbiamo ricevuto la tua email e ti risponderemo entro 24 ore lavorative. Per ordini urgenti di torte e panettoni chiamaci direttamente in negozio.\n\nLo staff di Pasticceria Dolce Forno",
        Labels(note="shop autoresponder with only Precedence: bulk; no return date"),
        subject="Grazie per averci scritto!",
        headers=(("Precedence", "bulk"),),
    ),
]

OTHER = [
    Reply(
        "ot-en-1",
        "other",
        "en",
        ("Emma Stokes", "emma@stokesinteriors.example"),
        "2029-12-06 17:30",
        "gmail_plain",
        "did we not pay this?? I was sure Mike did it before he went off on paternity leave. I'll dig out the bank statement tomorrow and get back to you\n\nEmma",
        Labels(
            note="a question, not a payment claim; checking the statement is no commitment to pay"
        ),
    ),
    Reply(
        "ot-en-2",
        "other",
        "en",
        ("Gavin Reid", "gavin@reidsfishbar.example"),
        "2029-12-12 14:50",
        "apple",
        "Hi folks,\n\nWhile I've got you – the lads at our second shop on Bridge Street have seen the new menu board and now want one too. Same size, but could it be lit from behind this time? Can someone give me a ring with a price.\n\nCheers,\nGavin",
        Labels(note="sales enquiry in the reminder thread; nothing about the invoice"),
    ),
    Reply(
        "ot-en-3",
        "other",
        "en",
        ("Anja Vogt", "a.vogt@vogt-medizintechnik.example"),
        "2029-12-18 16:20",
        "outlook_html",
        "Dear Copperline team,\n\nOur finance colleagues deal with invoices, so I have forwarded your email to them.\n\nI have a different question: could you store our stand panels and the lightbox frames until the trade fair in Birmingham in March? Last time everything came back to Hamburg and the transport cost us almost as much as storage would have. If yes, please let me know the monthly price.\n\nBest regards,\nAnja Vogt\nMarketing Manager\nVogt Medizintechnik GmbH",
        Labels(
            note="English from a German sender (central-European time, euro reminder); forwarded internally without an address, so not wrong_contact; the storage question needs a person"
        ),
        zone="cet",
    ),
    Reply(
        "ot-de-1",
        "other",
        "de",
        ("Heike Schuster", "heike@schuster-blumen.example"),
        "2029-12-03 18:25",
        "iphone",
        "Danke für die Info. Schaue ich mir am Wochenende in Ruhe an.\n\nLG Heike",
        Labels(note="acknowledgement; looking at it later is no commitment to pay"),
    ),
    Reply(
        "ot-de-2",
        "other",
        "de",
        ("Günter Maier", "g.maier@metzgerei-maier.example"),
        "2029-12-14 07:10",
        "outlook",
        "Guten Morgen,\n\nkurze Frage: Könnten Ihre Monteure beim nächsten Termin in der Bahnhofstraße auch das alte Blechschild über dem Seiteneingang abbauen und mitnehmen? Das hängt da noch vom Vorbesitzer. Was würde das kosten?\n\nGruß\nGünter Maier\nMetzgerei Maier",
        Labels(note="service question in the reminder thread; nothing about the invoice"),
        charset="iso-8859-1",
    ),
    Reply(
        "ot-fr-1",
        "other",
        "fr",
        ("Léa Fontaine", "lea@fontaine-architectes.example"),
        "2029-12-06 19:20",
        "iphone",
        "Vu. On en parle à la réunion de lundi.\n\nLéa",
        Labels(note="acknowledgement with an internal meeting; no commitment"),
    ),
    Reply(
        "ot-fr-2",
        "other",
        "fr",
        ("Bruno Carré", "bruno.carre@carre-traiteur.example"),
        "2029-12-21 11:45",
        "gmail_plain",
        "Bonjour,\n\nPouvez-vous m'appeler au magasin lundi matin ? Je préfère en parler de vive voix plutôt que par mail.\n\nBruno Carré",
        Labels(note="asks for a call; the reason is not stated, so a person must read it"),
    ),
    Reply(
        "ot-es-1",
        "other",
        "es",
        ("Raquel Domínguez", "raquel@clinicadentaldominguez.example"),
        "2029-12-10 13:10",
        "outlook_html",
        "Hola,\n\n¿Esto no lo habíamos pagado ya? Me suena haber visto la transferencia en noviembre. Lo reviso con el banco y os digo algo.\n\nRaquel",
        Labels(note="a question, not a payment claim; checking with the bank is no commitment"),
    ),
    Reply(
        "ot-es-2",
        "other",
        "es",
        ("Óscar Peña", "oscar@panaderiapena.example"),
        "2029-12-27 12:15",
        "thunderbird",
        "Buenas:\n\nHemos cerrado el local de la calle Mayor y el rótulo sigue allí colgado. ¿Podríais desmontarlo y ponerlo en el local nuevo de la plaza? Decidme qué costaría y cuándo podríais venir.\n\nÓscar Peña\nPanadería Peña",
        Labels(note="new job request; the business moved, the writer is still the right contact"),
    ),
    Reply(
        "ot-nl-1",
        "other",
        "nl",
        ("Ruud Smit", "ruud@smitkeukens.example"),
        "2029-12-10 20:05",
        "android",
        "Ik bel morgen even, dan bespreken we het. Ruud",
        Labels(note="will call tomorrow; no commitment to pay"),
    ),
    Reply(
        "ot-nl-2",
        "other",
        "nl",
        ("Yvonne Kok", "yvonne@kokenkok-interieur.example"),
        "2029-12-19 15:30",
        "gmail",
        "Hoi,\n\nOntvangen. Ik leg het voor aan mijn compagnon, die is vrijdag weer op kantoor.\n\nGroet,\nYvonne",
        Labels(note="acknowledgement; passing it to a partner is not a new contact"),
    ),
    Reply(
        "ot-it-1",
        "other",
        "it",
        ("Rosanna De Luca", "rosanna@merceriadeluca.example"),
        "2029-12-07 13:05",
        "iphone",
        "Ricevuto, grazie. Stasera ne parlo con mio marito, che segue lui queste cose, e vi faccio sapere.",
        Labels(
            note="acknowledgement; the husband is named without an address, so not wrong_contact"
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
# Labels, file names, output and checks
# --------------------------------------------------------------------------------------------


@dataclass
class Item:
    """One message ready to write: its key, MIME tree, label and the hand-written text."""

    key: str
    message: Message
    label: dict[str, object]
    written: str
    zone: str
    threaded: bool


def reply_label(r: Reply) -> dict[str, object]:
    """The label of a hand-written message (without the file name)."""
    lab = r.labels
    return {
        "intent": r.intent,
        "promised_date": lab.promised_date,
        "paid_date": lab.paid_date,
        "return_date": lab.return_date,
        "payment_reference": lab.payment_reference,
        "amount": lab.amount,
        "currency": lab.currency,
        "new_contact": lab.new_contact,
        "bounce_kind": None,
        "failed_recipient": None,
        "bounce_status": None,
        "invoice_refs": list(lab.refs),
        "language": r.lang,
        "note": lab.note,
    }


def bounce_label(b: Bounce) -> dict[str, object]:
    """The label of a delivery report."""
    label: dict[str, object] = {"intent": "bounce"}
    label.update(dict.fromkeys(LABEL_KEYS[2:12]))
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


def all_items() -> list[Item]:
    """Every message of the corpus, in authoring order."""
    items = [Item(r.key, build_reply(r), reply_label(r), r.body, r.tz, r.threaded) for r in REPLIES]
    items += [Item(b.key, b.build(b), bounce_label(b), b.rcpt, b.tz, False) for b in BOUNCES]
    return items


def file_order(items: list[Item]) -> list[Item]:
    """Shuffle by a seeded hash of each key, so a file name says nothing about its label."""
    return sorted(
        items,
        key=lambda item: hashlib.sha256(f"{SEED}:{item.key}".encode()).hexdigest(),
    )


def decoded_texts(msg: Message) -> list[str]:
    """Every text part decoded to str (HTML unescaped, format=flowed joined)."""
    texts = []
    for part in msg.walk():
        if part.get_content_maintype() != "text":
            continue
        if not isinstance(part, EmailMessage):
            raise SystemExit("parsed without policy.default")
        content = part.get_content()
        if not isinstance(content, str):
            raise SystemExit(f"text part did not decode to str: {part.get_content_type()}")
        if part.get_param("format") == "flowed":
            content = content.replace(" \n", " ")
        if part.get_content_subtype() == "html":
            content = html.unescape(re.sub(r"<[^>]+>", "", content))
        texts.append(content)
    return texts


def squash(text: str) -> str:
    """Collapse whitespace (and quote markers of wrapped lines) for loose matching."""
    return re.sub(r"\s+", " ", text).strip()


def check_message(name: str, data: bytes, item: Item) -> None:
    """Parse a written file back and check headers, decoding, defects, dates and threading."""
    msg = message_from_bytes(data, policy=policy.default)
    for part in msg.walk():
        if part.defects:
            raise SystemExit(f"{name}: defects {part.defects} in {part.get_content_type()}")
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        value = msg[header]
        if value is None:
            raise SystemExit(f"{name}: no {header}")
        if "=?" in str(value):
            raise SystemExit(f"{name}: {header} not decoded: {value}")
    sent = parsedate_to_datetime(str(msg["Date"]))
    offset = sent.utcoffset()
    if offset is None or offset != utc_offset(item.zone, sent.replace(tzinfo=None)):
        raise SystemExit(f"{name}: Date offset {offset} does not match zone {item.zone}")
    if not FIRST_DAY <= sent.date() <= LAST_DAY:
        raise SystemExit(f"{name}: dated {sent.date()}, outside the corpus range")
    if item.threaded and (msg["In-Reply-To"] is None or msg["References"] is None):
        raise SystemExit(f"{name}: reply without In-Reply-To/References")
    texts = decoded_texts(msg)
    if not texts:
        raise SystemExit(f"{name}: no text part")
    everything = squash("\n".join(texts))
    first_line = next(line for line in item.written.split("\n") if line.strip())
    if squash(first_line)[:40] not in everything:
        raise SystemExit(f"{name}: the hand-written text is not in the decoded parts")


def check_label(name: str, label: dict[str, object], item: Item) -> None:
    """Shape and consistency of one label."""
    if tuple(label) != LABEL_KEYS:
        raise SystemExit(f"{name}: label keys {tuple(label)}")
    intent = label["intent"]
    if intent not in INTENTS or label["language"] not in LANGS:
        raise SystemExit(f"{name}: bad intent or language")
    allowed = INTENT_FIELDS.get(str(intent), frozenset())
    for key in LABEL_KEYS[2:12]:
        value = label[key]
        if value is not None and key not in allowed:
            raise SystemExit(f"{name}: {key} filled for {intent}")
        if value is not None and not isinstance(value, str):
            raise SystemExit(f"{name}: {key} is not a string")
    for key in DATE_FIELDS:
        value = label[key]
        if isinstance(value, str):
            date.fromisoformat(value)
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                raise SystemExit(f"{name}: {key} not ISO")
    amount, currency = label["amount"], label["currency"]
    if (amount is None) != (currency is None):
        raise SystemExit(f"{name}: amount and currency must come together")
    if isinstance(amount, str) and not re.fullmatch(r"\d+\.\d{2}", amount):
        raise SystemExit(f"{name}: amount {amount!r} is not a plain decimal string")
    if currency not in {None, "GBP", "EUR"}:
        raise SystemExit(f"{name}: currency {currency!r}")
    refs = label["invoice_refs"]
    if not isinstance(refs, list):
        raise SystemExit(f"{name}: invoice_refs is not a list")
    for ref in cast("list[object]", refs):
        if not isinstance(ref, str) or not INVOICE_RE.fullmatch(ref) or ref[4:] not in item.written:
            raise SystemExit(f"{name}: invoice ref {ref!r} not normalised or not in the new text")
    contact = label["new_contact"]
    if isinstance(contact, str) and (
        contact != contact.lower() or contact not in item.written.lower()
    ):
        raise SystemExit(f"{name}: new_contact {contact!r} not lower case or not in the new text")
    if intent == "wrong_contact" and contact is None and "no new address" not in str(label["note"]):
        raise SystemExit(f"{name}: wrong_contact without an address must say so in the note")
    if intent == "bounce":
        status = str(label["bounce_status"])
        if label["bounce_kind"] not in {"hard", "soft"} or not re.fullmatch(
            r"[45]\.\d{1,3}\.\d{1,3}", status
        ):
            raise SystemExit(f"{name}: bad bounce fields")
        mailbox_full = status in {"5.2.2", "4.2.2"}
        expected = "soft" if status.startswith("4") or mailbox_full else "hard"
        if label["bounce_kind"] != expected:
            raise SystemExit(f"{name}: {status} should be {expected}")


def check_counts(labels: list[dict[str, object]]) -> None:
    """12 messages per intent, the agreed language totals, every language in every intent."""
    by_intent = Counter(str(x["intent"]) for x in labels)
    by_lang = Counter(str(x["language"]) for x in labels)
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    if any(by_intent[i] != PER_INTENT for i in INTENTS):
        raise SystemExit(f"intent counts {dict(by_intent)}")
    if dict(by_lang) != LANG_TOTALS:
        raise SystemExit(f"language counts {dict(by_lang)}")
    if any(cells[i, lang] == 0 for i in INTENTS for lang in LANGS):
        raise SystemExit("an intent is missing a language")
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    if kinds["hard"] == 0 or kinds["soft"] == 0:
        raise SystemExit("bounces need both hard and soft")


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
    totals = [sum(cells[i, lang] for i in INTENTS) for lang in LANGS]
    rows.append(
        "| **total** | " + " | ".join(f"**{t}**" for t in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(rows)


def write_all() -> list[dict[str, object]]:
    """Build, write and check every file; write labels.jsonl; return the labels."""
    items = all_items()
    keys = [item.key for item in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[dict[str, object]] = []
    for number, item in enumerate(file_order(items), start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = item.message.as_bytes()
        check_message(name, data, item)
        label: dict[str, object] = {"file": name, **item.label}
        check_label(name, label, item)
        (HERE / name).write_bytes(data)
        labels.append(label)
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels


def main() -> int:
    """Rebuild the corpus and print the count table."""
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(
        f"\n{len(labels)} messages written to {HERE.name}/; bounces: {kinds['hard']} hard, {kinds['soft']} soft"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
