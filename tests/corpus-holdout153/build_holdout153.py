# ruff: noqa: C901, E501, PLR0912, PLR0917, RUF001
# Message text is kept one paragraph a line, as a mail client sends it, with the typographic
# dashes, quotes and accents that people and their clients really produce.
"""Build held-out reply corpus 153: `h153-NNN.eml` files and `labels.jsonl`.

Every message lands in the receivables mailbox of Oakhanger Mobile Catering & Event Bars after
an overdue-invoice reminder. The new text of every message is written by hand below. This
script adds only what a mail client or a mail server would add: the quoted reminder (in the
client's layout and language), headers, MIME structure, charsets and transfer encodings, and the
machine parts of delivery reports. It writes next to itself, deterministically, from anywhere.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from email import charset as email_charset
from email import message_from_bytes, policy
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import cast

HERE = Path(__file__).resolve().parent
SEED = 153_2032
PREFIX = "h153"
LEDGER_NAME = "Oakhanger Bookings Ledger"
LEDGER_ADDR = "bookings.ledger@oakhanger-events.example"
LEDGER_DOMAIN = "oakhanger-events.example"
FIRST_DAY = date(2032, 6, 7)
LAST_DAY = date(2032, 7, 2)
LANGS = ("en", "de", "fr", "es", "nl", "it")
LANG_TARGET = {"en": 30, "de": 18, "fr": 18, "es": 18, "nl": 18, "it": 18}
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
# Which label fields each intent may fill (only the winning intent's fields are filled).
INTENT_FIELDS: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "amount", "currency"}),
    "auto_reply": frozenset({"return_date"}),
    "wrong_contact": frozenset({"new_contact"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
}
INVOICE_RE = re.compile(r"OEB/32/\d{4}")


# --------------------------------------------------------------------------------------------
# Time zones: UK senders on UK time, everyone else on central-European time (EU summer-time rule)
# --------------------------------------------------------------------------------------------


def last_sunday(year: int, month: int) -> date:
    """The last Sunday of a month (March and October are the summer-time switch months)."""
    day = date(year, month + 1, 1) - timedelta(days=1)
    return day - timedelta(days=(day.weekday() - 6) % 7)


def zone_offset(zone: str, local: datetime) -> timezone:
    """UTC offset of `zone` ("uk" or "ce") at a naive local time, summer time included."""
    standard = {"uk": 0, "ce": 1}[zone]
    utc = local - timedelta(hours=standard)
    start = datetime.combine(last_sunday(local.year, 3), datetime.min.time()) + timedelta(hours=1)
    end = datetime.combine(last_sunday(local.year, 10), datetime.min.time()) + timedelta(hours=1)
    summer = start <= utc < end
    return timezone(timedelta(hours=standard + (1 if summer else 0)))


def local_time(when: str, zone: str) -> datetime:
    """Parse 'YYYY-MM-DD HH:MM' as the sender's wall-clock time."""
    naive = datetime.strptime(when, "%Y-%m-%d %H:%M")
    return naive.replace(tzinfo=zone_offset(zone, naive))


# --------------------------------------------------------------------------------------------
# Locale tables (client strings as the clients print them)
# --------------------------------------------------------------------------------------------

DAY_NAMES = {
    "en": (
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ),
    "de": (
        "Montag",
        "Dienstag",
        "Mittwoch",
        "Donnerstag",
        "Freitag",
        "Samstag",
        "Sonntag",
    ),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "nl": (
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
    ),
    "it": (
        "lunedì",
        "martedì",
        "mercoledì",
        "giovedì",
        "venerdì",
        "sabato",
        "domenica",
    ),
}
DAY_ABBR = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "de": ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."),
    "fr": ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
    "es": ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
    "nl": ("ma", "di", "wo", "do", "vr", "za", "zo"),
    "it": ("lun", "mar", "mer", "gio", "ven", "sab", "dom"),
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

# Outlook desktop: separator line, header labels, label/value separator, "Sent" date format.
OUTLOOK_SEPARATOR = {
    "en": "-----Original Message-----",
    "de": "-----Ursprüngliche Nachricht-----",
    "fr": "-----Message d'origine-----",
    "es": "-----Mensaje original-----",
    "nl": "-----Oorspronkelijk bericht-----",
    "it": "-----Messaggio originale-----",
}
OUTLOOK_FIELDS = {
    "en": ("From", "Sent", "To", "Cc", "Subject"),
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Cc", "Objet"),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto"),
    "nl": ("Van", "Verzonden", "Aan", "CC", "Onderwerp"),
    "it": ("Da", "Inviato", "A", "Cc", "Oggetto"),
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
    "en": "{dd} {month} {yyyy} {HH}:{MM}",
    "de": "{day}, {d}. {month} {yyyy} {HH}:{MM}",
    "fr": "{day} {d} {month} {yyyy} {HH}:{MM}",
    "es": "{day}, {d} de {month} de {yyyy} {H}:{MM}",
    "nl": "{day} {d} {month} {yyyy} {HH}:{MM}",
    "it": "{day} {d} {month} {yyyy} {HH}:{MM}",
}
OUTLOOK_REPLY = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
ANDROID_FOOTER = {
    "en": "Get Outlook for Android",
    "de": "Outlook für Android herunterladen",
    "fr": "Télécharger Outlook pour Android",
    "es": "Obtener Outlook para Android",
    "nl": "Outlook voor Android downloaden",
    "it": "Scarica Outlook per Android",
}
GMAIL_ATTRIBUTION = {
    "en": "On {dab}, {d} {mab} {yyyy} at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {dab}, {d}. {mab} {yyyy} um {HH}:{MM} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {dab} {d} {mab} {yyyy} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {dab}, {d} {mab} {yyyy} a las {H}:{MM}, {name} (<{addr}>) escribió:",
    "nl": "Op {dab} {d} {mab} {yyyy} om {HH}:{MM} schreef {name} <{addr}>:",
    "it": "Il giorno {dab} {d} {mab} {yyyy} alle ore {HH}:{MM} {name} <{addr}> ha scritto:",
}
APPLE_ATTRIBUTION = {
    "en": "On {d} {mab} {yyyy}, at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mm}.{yyyy} um {HH}:{MM} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mab} {yyyy} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {d} {mab} {yyyy}, a las {H}:{MM}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mab} {yyyy} om {HH}:{MM} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mab} {yyyy}, alle ore {HH}:{MM}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTRIBUTION = {
    "en": "On {dd}/{mm}/{yyyy} {HH}:{MM}, {name} wrote:",
    "de": "Am {dd}.{mm}.{yy} um {HH}:{MM} schrieb {name}:",
    "fr": "Le {dd}/{mm}/{yyyy} à {HH}:{MM}, {name} a écrit :",
    "es": "El {d}/{m}/{yy} a las {H}:{MM}, {name} escribió:",
    "nl": "Op {dd}-{mm}-{yyyy} om {HH}:{MM} schreef {name}:",
    "it": "Il {dd}/{mm}/{yyyy} {HH}:{MM}, {name} ha scritto:",
}
IPHONE_FOOTER = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
}
CONTENT_LANGUAGE = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}


def date_parts(moment: datetime, loc: str) -> dict[str, str]:
    """Every piece a client date format above may use, in the client's language."""
    return {
        "day": DAY_NAMES[loc][moment.weekday()],
        "dab": DAY_ABBR[loc][moment.weekday()],
        "month": MONTH_NAMES[loc].split()[moment.month - 1],
        "mab": MONTH_ABBR[loc].split()[moment.month - 1],
        "d": str(moment.day),
        "dd": f"{moment.day:02d}",
        "m": str(moment.month),
        "mm": f"{moment.month:02d}",
        "yyyy": str(moment.year),
        "yy": f"{moment.year % 100:02d}",
        "H": str(moment.hour),
        "HH": f"{moment.hour:02d}",
        "MM": f"{moment.minute:02d}",
    }


def render(template: str, moment: datetime, loc: str, **extra: str) -> str:
    """Fill a client date template for `moment` in locale `loc`."""
    return template.format(**date_parts(moment, loc), **extra)


# --------------------------------------------------------------------------------------------
# The reminder that the replies answer (Oakhanger's own text, one per language)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – Oakhanger Mobile Catering & Event Bars",
    "de": "Überfällige Rechnung {inv} – Oakhanger Mobile Catering & Event Bars",
    "fr": "Facture échue {inv} – Oakhanger Mobile Catering & Event Bars",
    "es": "Factura vencida {inv} – Oakhanger Mobile Catering & Event Bars",
    "nl": "Vervallen factuur {inv} – Oakhanger Mobile Catering & Event Bars",
    "it": "Fattura scaduta {inv} – Oakhanger Mobile Catering & Event Bars",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "Thank you again for booking Oakhanger for your event. Our ledger shows the invoice below as unpaid, and it is now past its due date:\n\n"
        "    Invoice:              {inv}\n"
        "    Invoice date:         {issued}\n"
        "    Due date:             {due}\n"
        "    Balance outstanding:  {amount}\n\n"
        "If you have already paid, thank you – just reply with the date of payment and we will match it on our side. If anything on the invoice looks wrong, reply to this email and we will sort it out with you.\n\n"
        "With best wishes,\n\n"
        "Bookings Ledger\nOakhanger Mobile Catering & Event Bars\nKingsley Road Farm, Oakhanger, Hampshire\nbookings.ledger@oakhanger-events.example"
    ),
    "de": (
        "Guten Tag,\n\n"
        "vielen Dank noch einmal, dass Sie Oakhanger für Ihre Veranstaltung gebucht haben. Laut unserer Buchhaltung ist die folgende Rechnung noch offen und inzwischen fällig:\n\n"
        "    Rechnung:         {inv}\n"
        "    Rechnungsdatum:   {issued}\n"
        "    Fällig am:        {due}\n"
        "    Offener Betrag:   {amount}\n\n"
        "Falls Sie bereits gezahlt haben, vielen Dank – teilen Sie uns bitte kurz das Zahlungsdatum mit, damit wir die Zahlung zuordnen können. Sollte an der Rechnung etwas nicht stimmen, antworten Sie einfach auf diese E-Mail.\n\n"
        "Freundliche Grüße\n\n"
        "Bookings Ledger\nOakhanger Mobile Catering & Event Bars\nKingsley Road Farm, Oakhanger, Hampshire, Vereinigtes Königreich"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Merci encore d'avoir fait appel à Oakhanger pour votre événement. D'après notre comptabilité, la facture ci-dessous n'est pas encore réglée et son échéance est dépassée :\n\n"
        "    Facture :           {inv}\n"
        "    Date de facture :   {issued}\n"
        "    Échéance :          {due}\n"
        "    Solde dû :          {amount}\n\n"
        "Si vous avez déjà payé, merci ! Indiquez-nous simplement la date du paiement afin que nous puissions le rapprocher. Si quelque chose vous semble inexact sur la facture, répondez à ce message et nous regarderons cela ensemble.\n\n"
        "Bien cordialement,\n\n"
        "Bookings Ledger\nOakhanger Mobile Catering & Event Bars\nKingsley Road Farm, Oakhanger, Hampshire, Royaume-Uni"
    ),
    "es": (
        "Hola:\n\n"
        "Gracias de nuevo por contar con Oakhanger para su evento. Según nuestra contabilidad, la factura siguiente sigue pendiente y ya ha superado la fecha de vencimiento:\n\n"
        "    Factura:             {inv}\n"
        "    Fecha de factura:    {issued}\n"
        "    Vencimiento:         {due}\n"
        "    Importe pendiente:   {amount}\n\n"
        "Si ya la ha pagado, muchas gracias: basta con que nos responda indicando la fecha del pago para poder asignarlo. Si algo de la factura no le parece correcto, responda a este correo y lo revisaremos.\n\n"
        "Un cordial saludo,\n\n"
        "Bookings Ledger\nOakhanger Mobile Catering & Event Bars\nKingsley Road Farm, Oakhanger, Hampshire, Reino Unido"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Nogmaals bedankt dat u Oakhanger heeft geboekt voor uw evenement. Volgens onze boekhouding is de onderstaande factuur nog niet betaald en inmiddels vervallen:\n\n"
        "    Factuur:            {inv}\n"
        "    Factuurdatum:       {issued}\n"
        "    Vervaldatum:        {due}\n"
        "    Openstaand bedrag:  {amount}\n\n"
        "Heeft u al betaald? Dank u wel! Laat ons dan even weten op welke datum, zodat wij de betaling kunnen koppelen. Klopt er iets niet aan de factuur, antwoord dan op deze e-mail en wij zoeken het uit.\n\n"
        "Met vriendelijke groet,\n\n"
        "Bookings Ledger\nOakhanger Mobile Catering & Event Bars\nKingsley Road Farm, Oakhanger, Hampshire, Verenigd Koninkrijk"
    ),
    "it": (
        "Buongiorno,\n\n"
        "grazie ancora per aver scelto Oakhanger per il vostro evento. Dalla nostra contabilità la fattura indicata di seguito risulta non ancora saldata e già scaduta:\n\n"
        "    Fattura:              {inv}\n"
        "    Data fattura:         {issued}\n"
        "    Scadenza:             {due}\n"
        "    Importo da saldare:   {amount}\n\n"
        "Se avete già pagato, grazie: rispondete pure indicando la data del pagamento, così potremo abbinarlo. Se qualcosa nella fattura non vi torna, rispondete a questa e-mail e verificheremo.\n\n"
        "Cordiali saluti,\n\n"
        "Bookings Ledger\nOakhanger Mobile Catering & Event Bars\nKingsley Road Farm, Oakhanger, Hampshire, Regno Unito"
    ),
}
REMINDER_DATE = {
    "en": "{dd}/{mm}/{yyyy}",
    "de": "{dd}.{mm}.{yyyy}",
    "fr": "{dd}/{mm}/{yyyy}",
    "es": "{dd}/{mm}/{yyyy}",
    "nl": "{dd}-{mm}-{yyyy}",
    "it": "{dd}/{mm}/{yyyy}",
}
# How a Latin-1 client shows what it cannot encode when it quotes the reminder.
LATIN1_FALLBACK = {"–": "-", "€": "EUR", "’": "'", "“": '"', "”": '"', "…": "..."}


def money(amount: str, currency: str, loc: str) -> str:
    """An amount as the reminder prints it in `loc`."""
    value = Decimal(amount)
    sign = {"GBP": "£", "EUR": "€"}[currency]
    grouped = f"{value:,.2f}"
    if loc == "en":
        return f"{sign}{grouped}"
    continental = grouped.replace(",", "\x00").replace(".", ",")
    if loc == "fr":
        return continental.replace("\x00", "\u00a0") + f"\u00a0{sign}"
    continental = continental.replace("\x00", ".")
    if loc in {"nl", "it"}:
        return f"{sign} {continental}"
    return f"{continental} {sign}"


def latin1_fallback(text: str) -> str:
    """Replace what ISO-8859-1 cannot carry, as an old client does when it quotes."""
    for wide, narrow in LATIN1_FALLBACK.items():
        text = text.replace(wide, narrow)
    return text


# --------------------------------------------------------------------------------------------
# Message specs
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Spec:
    """One hand-written message: its author, time, client, new text and labels."""

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    client: str
    body: str
    labels: Mapping[str, object]
    zone: str = ""
    rlang: str = ""
    loc: str = ""
    inv: str = ""
    amount: str = ""
    currency: str = ""
    subject: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    threaded: bool | None = None
    cc: str = ""
    orig_to: tuple[str, str] | None = None
    attach: tuple[str, bytes] | None = None

    @property
    def tz(self) -> str:
        """'uk' for UK senders (English by default), 'ce' for everyone else."""
        return self.zone or ("uk" if self.lang == "en" else "ce")

    @property
    def dt(self) -> datetime:
        """The Date: of the message, in the sender's own offset."""
        return local_time(self.when, self.tz)

    @property
    def reminder_lang(self) -> str:
        """Language of the reminder being answered."""
        return self.rlang or self.lang

    @property
    def client_lang(self) -> str:
        """Language of the sender's mail client (attribution lines, Outlook headers)."""
        return self.loc or self.lang

    @property
    def is_threaded(self) -> bool:
        """Whether the message carries In-Reply-To/References to the reminder."""
        if self.threaded is not None:
            return self.threaded
        return not self.client.startswith("notice")


def lab(*refs: str, note: str | None = None, **fields: str) -> dict[str, object]:
    """Label fields beyond intent and language; `refs` are the invoice numbers in the new text."""
    unknown = set(fields) - set(FIELDS)
    if unknown:
        raise ValueError(f"unknown label fields {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


def digest(key: str, salt: str) -> bytes:
    """A stable digest of a message key (ids, boundaries and defaults derive from it)."""
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def token(key: str, salt: str, length: int) -> str:
    """Base32 text derived from a message key."""
    return base64.b32encode(digest(key, salt)).decode()[:length]


def number(key: str, salt: str) -> int:
    """A stable non-negative integer derived from a message key."""
    return int.from_bytes(digest(key, salt)[:8], "big")


# --------------------------------------------------------------------------------------------
# The reminder each reply quotes
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reminder:
    """The overdue reminder as it was sent: number, amount, language and time."""

    key: str
    inv: str
    amount: str
    currency: str
    lang: str
    sent: datetime
    to: tuple[str, str]

    @property
    def subject(self) -> str:
        """The reminder's subject line."""
        return REMINDER_SUBJECT[self.lang].format(inv=self.inv)

    @property
    def text(self) -> str:
        """The reminder's plain-text body."""
        due = self.sent.date() - timedelta(days=9 + number(self.key, "due") % 12)
        issued = due - timedelta(days=30)
        fmt = REMINDER_DATE[self.lang]
        return REMINDER_BODY[self.lang].format(
            inv=self.inv,
            issued=render(fmt, datetime.combine(issued, datetime.min.time()), self.lang),
            due=render(fmt, datetime.combine(due, datetime.min.time()), self.lang),
            amount=money(self.amount, self.currency, self.lang),
        )

    @property
    def msgid(self) -> str:
        """Message-ID of the reminder (the reply's In-Reply-To)."""
        return f"<reminder.{token(self.key, 'reminder', 16).lower()}@{LEDGER_DOMAIN}>"


def reminder_sent(reply: datetime, key: str, automatic: bool = False) -> datetime:
    """When the reminder went out: minutes before an automatic answer; otherwise one to three
    working days before the reply, shortly after 8:30 UK time."""
    if automatic:
        moment = (reply - timedelta(minutes=2 + number(key, "lag") % 9)).astimezone(UTC)
        return moment.astimezone(zone_offset("uk", moment.replace(tzinfo=None)))
    day = reply.date()
    for _ in range(1 + number(key, "ago") % 3):
        day -= timedelta(days=1)
        while day.weekday() >= 5:
            day -= timedelta(days=1)
    naive = datetime.combine(day, datetime.min.time()).replace(
        hour=8, minute=30 + number(key, "minute") % 25
    )
    return naive.replace(tzinfo=zone_offset("uk", naive))


def default_amount(key: str) -> str:
    """A plausible balance for a reminder whose amount the reply does not mention."""
    return f"{480 + (number(key, 'amount') % 96) * 45}.00"


# --------------------------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------------------------


def quoted(text: str) -> str:
    """Quote with '> ' the way plain-text clients do."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_text(text: str) -> str:
    """Plain lines as HTML lines."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_blocks(text: str) -> str:
    """Plain paragraphs as HTML paragraphs."""
    return "\n".join(f"<p>{html_text(block)}</p>" for block in text.split("\n\n"))


def word_paragraphs(text: str) -> str:
    """Plain lines as the MsoNormal paragraphs Word writes."""
    lines = []
    for line in text.split("\n"):
        if line:
            lines.append(f'<p class="MsoNormal">{html.escape(line, quote=False)}<o:p></o:p></p>')
        else:
            lines.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(lines)


def flowed(text: str, width: int = 76) -> str:
    """Encode text as format=flowed (RFC 3676): soft breaks end in a space, stuffing applied."""
    out: list[str] = []
    for line in text.split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        content = line[depth:]
        if depth and content.startswith(" "):
            content = content[1:]
        content = content.rstrip(" ")
        prefix = ">" * depth
        if depth or content.startswith((" ", ">", "From ")):
            prefix += " " if content else ""
        room = max(20, width - len(prefix))
        words = content.split(" ")
        current = words[0]
        for word in words[1:]:
            candidate = f"{current} {word}"
            if len(candidate) > room and current.strip():
                out.append(prefix + current + " ")
                current = word
                if not depth and word.startswith((">", "From ")):
                    current = " " + current
            else:
                current = candidate
        out.append(prefix + current)
    return "\n".join(out)


def squash(text: str) -> str:
    """Collapse all whitespace, for comparing a decoded part with the hand-written text."""
    return " ".join(text.split())


def strip_tags(markup: str) -> str:
    """Visible text of an HTML part (rough, but enough for the self-check)."""
    markup = re.sub(r"(?is)<(style|head)\b.*?</\1>", " ", markup)
    return html.unescape(re.sub(r"<[^>]+>", " ", markup))


# --------------------------------------------------------------------------------------------
# MIME parts and headers
# --------------------------------------------------------------------------------------------


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """A text part in `charset` with the transfer encoding a client would pick."""
    text.encode(charset)  # raises if the hand-written text does not fit the declared charset
    cset = email_charset.Charset(charset)
    if cte == "qp":
        cset.body_encoding = email_charset.QP
    elif cte == "b64":
        cset.body_encoding = email_charset.BASE64
    else:  # 7bit or 8bit: no transfer encoding
        cset.body_encoding = None  # type: ignore[assignment]
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, cset)
    return part


def alternative(plain: Message, rich: Message) -> Message:
    """multipart/alternative of a plain and an HTML part."""
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(rich)
    return outer


def encoded(value: str, charset: str, name: str = "Subject") -> str:
    """A header value as the sender's client writes it: RFC 2047 words when not ASCII."""
    if value.isascii():
        return value
    for candidate in (charset, "utf-8"):
        try:
            value.encode(candidate)
        except UnicodeEncodeError:
            continue
        return Header(value, candidate, header_name=name).encode()
    raise ValueError(value)


def mailbox(name: str, addr: str, charset: str = "utf-8") -> str:
    """A From/To/Cc mailbox, with an encoded-word display name when needed."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encoded(name, charset, 'From')} <{addr}>"


def move_content_headers_last(msg: Message) -> None:
    """Clients write MIME-Version and Content-* after the envelope headers."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = str(value)
    if "MIME-Version" not in msg and "Content-Type" in msg:
        msg["MIME-Version"] = "1.0"


def drop_inner_versions(part: Message, top: bool = True) -> None:
    """Only the top of a message (or of an enclosed message) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    if not part.is_multipart():
        return
    for sub in cast("list[Message]", part.get_payload()):
        if isinstance(sub, Message):
            drop_inner_versions(sub, top=part.get_content_type() == "message/rfc822")


BOUNDARY_STYLE = {
    "gmail": "000000000000",
    "apple": "Apple-Mail=_",
    "iphone": "Apple-Mail-",
    "thunderbird": "------------",
}


def set_boundaries(msg: Message, key: str, style: str) -> None:
    """Fixed boundaries, shaped like the sending software's own."""
    prefix = BOUNDARY_STYLE.get(
        style,
        "_000_"
        if style.startswith(("outlook", "android", "html_only", "notice"))
        else "----=_Part_",
    )
    multiparts = [part for part in msg.walk() if part.get_content_maintype() == "multipart"]
    for index, part in enumerate(multiparts):
        part.set_boundary(prefix + token(key, f"boundary{index}", 26))


def finish(msg: Message, key: str, style: str) -> Message:
    """Order the headers and fix the boundaries."""
    move_content_headers_last(msg)
    drop_inner_versions(msg)
    set_boundaries(msg, key, style)
    return msg


# --------------------------------------------------------------------------------------------
# Client layouts: what each client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quote:
    """The reminder as the replying client shows it."""

    text: str
    subject: str
    shown: datetime
    loc: str
    to: str


def make_quote(spec: Spec, rem: Reminder) -> Quote:
    """The reminder in the sender's client: local time, client language, charset fallbacks."""
    text, subject = rem.text, rem.subject
    if spec.charset == "iso-8859-1":
        text, subject = latin1_fallback(text), latin1_fallback(subject)
    name, addr = rem.to
    return Quote(
        text,
        subject,
        rem.sent.astimezone(spec.dt.tzinfo),
        spec.client_lang,
        f"{name} <{addr}>",
    )


def outlook_lines(q: Quote) -> list[tuple[str, str]]:
    """From/Sent/To/Subject as Outlook lists them above the quoted message."""
    frm, sent, to, _, subj = OUTLOOK_FIELDS[q.loc]
    return [
        (frm, f"{LEDGER_NAME} <{LEDGER_ADDR}>"),
        (sent, render(OUTLOOK_SENT[q.loc], q.shown, q.loc)),
        (to, q.to),
        (subj, q.subject),
    ]


def outlook_plain_block(q: Quote) -> str:
    """The header block as plain text lines."""
    colon = OUTLOOK_COLON[q.loc]
    return "\n".join(f"{label}{colon}{value}" for label, value in outlook_lines(q))


def word_document(spec: Spec, q: Quote) -> str:
    """Outlook's Word-generated HTML: the reply, the divider div and the quoted reminder."""
    colon = OUTLOOK_COLON[q.loc].rstrip()
    head = "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(colon)}</b> {html.escape(value)}"
        for label, value in outlook_lines(q)
    )
    lang = CONTENT_LANGUAGE[spec.lang].upper()
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={spec.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif;}\n'
        'span.EmailStyle19 {mso-style-type:personal-reply; font-family:"Aptos",sans-serif; color:windowtext;}\n'
        "@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style>\n</head>\n"
        f'<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{word_paragraphs(spec.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n'
        "</div>\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{word_paragraphs(q.text)}\n"
        "</div>\n</body>\n</html>\n"
    )


def client_outlook(spec: Spec, q: Quote) -> Message:
    """Outlook desktop, plain text, with the localised original-message separator."""
    text = f"{spec.body}\n\n{OUTLOOK_SEPARATOR[q.loc]}\n{outlook_plain_block(q)}\n\n{q.text}\n"
    return text_part(text, "plain", spec.charset, spec.cte)


def client_outlook_html(spec: Spec, q: Quote) -> Message:
    """Outlook desktop, HTML: multipart/alternative with Word markup and the divider div."""
    plain = f"{spec.body}\n\n{outlook_plain_block(q)}\n\n{q.text}\n"
    return alternative(
        text_part(plain, "plain", spec.charset, spec.cte),
        text_part(word_document(spec, q), "html", spec.charset, spec.cte),
    )


def client_html_only(spec: Spec, q: Quote) -> Message:
    """Outlook sending HTML without a plain alternative."""
    return text_part(word_document(spec, q), "html", spec.charset, spec.cte)


def client_android(spec: Spec, q: Quote) -> Message:
    """Outlook for Android: plain text in base64, localised footer, underscore divider."""
    text = f"{spec.body}\n\n{ANDROID_FOOTER[q.loc]}\n{'_' * 32}\n{outlook_plain_block(q)}\n\n{q.text}\n"
    return text_part(text, "plain", spec.charset, "b64")


def gmail_attribution(q: Quote) -> str:
    """Gmail's 'On … wrote:' line in the client's language."""
    return render(GMAIL_ATTRIBUTION[q.loc], q.shown, q.loc, name=LEDGER_NAME, addr=LEDGER_ADDR)


def client_gmail(spec: Spec, q: Quote) -> Message:
    """Gmail web: multipart/alternative, the HTML quote in a gmail_quote blockquote."""
    attribution = gmail_attribution(q)
    plain = f"{spec.body}\n\n{attribution}\n\n{quoted(q.text)}\n"
    rich = (
        f'<div dir="ltr">{html_text(spec.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attribution)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_blocks(q.text)}</blockquote></div>\n"
    )
    return alternative(
        text_part(plain, "plain", spec.charset, spec.cte),
        text_part(rich, "html", spec.charset, spec.cte),
    )


def client_gmail_plain(spec: Spec, q: Quote) -> Message:
    """Gmail in plain-text mode: attribution line and '>' quoting."""
    text = f"{spec.body}\n\n{gmail_attribution(q)}\n\n{quoted(q.text)}\n"
    return text_part(text, "plain", spec.charset, spec.cte)


def apple_attribution(q: Quote) -> str:
    """Apple Mail's attribution line in the client's language."""
    return render(APPLE_ATTRIBUTION[q.loc], q.shown, q.loc, name=LEDGER_NAME, addr=LEDGER_ADDR)


def client_apple(spec: Spec, q: Quote) -> Message:
    """Apple Mail on a Mac: multipart/alternative, blockquote type=cite."""
    attribution = apple_attribution(q)
    plain = f"{spec.body}\n\n{attribution}\n\n{quoted(q.text)}\n"
    rich = (
        f'<html><head><meta http-equiv="content-type" content="text/html; charset={spec.charset}"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f'{html_text(spec.body)}<br><div><br><blockquote type="cite"><div>{html.escape(attribution)}</div><br>'
        f"<div>{html_blocks(q.text)}</div></blockquote></div><br></body></html>\n"
    )
    return alternative(
        text_part(plain, "plain", spec.charset, spec.cte),
        text_part(rich, "html", spec.charset, spec.cte),
    )


def client_iphone(spec: Spec, q: Quote) -> Message:
    """iOS Mail, plain: localised footer, then the whole quote (attribution included) quoted."""
    text = f"{spec.body}\n\n{IPHONE_FOOTER[q.loc]}\n\n{quoted(apple_attribution(q) + chr(10) + chr(10) + q.text)}\n"
    return text_part(text, "plain", spec.charset, spec.cte)


def client_thunderbird(spec: Spec, q: Quote) -> Message:
    """Thunderbird: attribution line, '>' quoting, format=flowed."""
    attribution = render(THUNDERBIRD_ATTRIBUTION[q.loc], q.shown, q.loc, name=LEDGER_NAME)
    text = flowed(f"{spec.body}\n\n{attribution}\n{quoted(q.text)}\n")
    part = text_part(text, "plain", spec.charset, spec.cte)
    part.set_param("format", "flowed")
    return part


def client_notice(spec: Spec, q: Quote) -> Message:
    """An automatic notice: plain text, quotes nothing."""
    del q
    return text_part(spec.body + "\n", "plain", spec.charset, spec.cte)


def client_notice_alt(spec: Spec, q: Quote) -> Message:
    """An automatic notice as Exchange sends it: plain and HTML, quotes nothing."""
    del q
    rich = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={spec.charset}"></head>'
        f'<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">{html_blocks(spec.body)}</div></body></html>\n'
    )
    return alternative(
        text_part(spec.body + "\n", "plain", spec.charset, spec.cte),
        text_part(rich, "html", spec.charset, spec.cte),
    )


def client_notice_html(spec: Spec, q: Quote) -> Message:
    """A system-generated HTML-only notice; the hand-written body is the markup itself."""
    del q
    return text_part(spec.body, "html", spec.charset, spec.cte)


CLIENTS: dict[str, Callable[[Spec, Quote], Message]] = {
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
    "notice_alt": client_notice_alt,
    "notice_html": client_notice_html,
}
OUTLOOK_CLIENTS = {"outlook", "outlook_html", "html_only", "android"}
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3912.100.4.2)"),),
    "iphone": (("X-Mailer", "iPhone Mail (24F74)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
}


def reply_msgid(spec: Spec) -> str:
    """A Message-ID shaped like the sending client's."""
    raw = digest(spec.key, "msgid")
    domain = spec.who[1].split("@")[1]
    if spec.client.startswith("gmail"):
        return f"<CAL{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:41]}@mail.gmail.com>"
    if spec.client in OUTLOOK_CLIENTS:
        host = token(spec.key, "host", 8)
        return (
            f"<{token(spec.key, 'msgid', 24)}@{host}.eurprd{2 + raw[0] % 7:02d}.prod.outlook.com>"
        )
    if spec.client in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if spec.client == "thunderbird":
        h = raw.hex()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{raw.hex()[:20]}.{number(spec.key, 'n') % 100000}@{domain}>"


def reply_subject(spec: Spec, q: Quote) -> str:
    """The Subject: a client reply prefix, or the hand-written subject of a notice."""
    prefix = OUTLOOK_REPLY[q.loc] if spec.client in OUTLOOK_CLIENTS else "Re: "
    if spec.subject:
        return spec.subject.format(rsub=q.subject, re=prefix)
    return prefix + q.subject


def with_attachment(spec: Spec, body: Message) -> Message:
    """multipart/mixed with the sender's attachment, when there is one."""
    if spec.attach is None:
        return body
    name, data = spec.attach
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    attachment = MIMEApplication(data, "pdf")
    attachment.add_header("Content-Disposition", "attachment", filename=name)
    outer.attach(attachment)
    return outer


def build_reply(spec: Spec, rem: Reminder) -> Message:
    """The whole message for a reply or a notice."""
    q = make_quote(spec, rem)
    msg = with_attachment(spec, CLIENTS[spec.client](spec, q))
    msg["From"] = mailbox(*spec.who, spec.charset)
    msg["To"] = mailbox(LEDGER_NAME, LEDGER_ADDR)
    if spec.cc:
        msg["Cc"] = spec.cc
    msg["Subject"] = encoded(reply_subject(spec, q), spec.charset)
    msg["Date"] = format_datetime(spec.dt)
    msg["Message-ID"] = reply_msgid(spec)
    if spec.is_threaded:
        msg["In-Reply-To"] = rem.msgid
        msg["References"] = rem.msgid
    extra: list[tuple[str, str]] = []
    if spec.client in OUTLOOK_CLIENTS:
        extra += [
            ("Thread-Topic", encoded(q.subject, spec.charset, "Thread-Topic")),
            (
                "Thread-Index",
                base64.b64encode(digest(spec.key, "thread")[:22]).decode(),
            ),
            ("Accept-Language", f"{CONTENT_LANGUAGE[spec.client_lang]}, en-US"),
            ("Content-Language", CONTENT_LANGUAGE[spec.lang]),
            ("X-MS-Has-Attach", "yes" if spec.attach else ""),
        ]
    for name, value in [*extra, *CLIENT_HEADERS.get(spec.client, ()), *spec.headers]:
        msg[name] = value
    return finish(msg, spec.key, spec.client)


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
SUPPRESS = ("X-Auto-Response-Suppress", "All")
EXCHANGE_OOF = (AUTO_GENERATED, SUPPRESS)
SUPPLIER_FORM_PDF = (
    b"%PDF-1.7\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)

PAYMENT_SENT = [
    Spec(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Dave Ackroyd", "dave.ackroyd64@gmail.com"),
        "2032-06-08 20:17",
        "iphone",
        "done",
        lab(note="one-word reply to the reminder, read as 'paid'; no date given"),
    ),
    Spec(
        "ps-en-2",
        "payment_sent",
        "en",
        (
            "Verdant Logistics plc Accounts Payable",
            "ap.remittances@verdant-logistics.example",
        ),
        "2032-06-11 06:14",
        "notice_html",
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
        '<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">\n'
        "<p><b>REMITTANCE ADVICE</b></p>\n"
        "<p>Payer: Verdant Logistics plc, Harbour Gate, Southampton<br>\n"
        "Payee: Oakhanger Mobile Catering &amp; Event Bars<br>\n"
        "Supplier number: 0041877</p>\n"
        "<p>The payment below has been released to your nominated bank account by BACS. Funds normally reach the payee's account within three working days.</p>\n"
        '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">\n'
        "<tr><th>Your invoice</th><th>Invoice date</th><th>Our document</th><th>Gross</th><th>Deductions</th><th>Paid</th></tr>\n"
        "<tr><td>OEB/32/0388</td><td>06/05/2032</td><td>5100094412</td><td>3,120.00</td><td>0.00</td><td>3,120.00</td></tr>\n"
        "</table>\n"
        "<p>Payment date: 11/06/2032<br>\nPayment reference: 0004471932<br>\nCurrency: GBP<br>\nTotal paid: 3,120.00</p>\n"
        "<p>This message was generated automatically by our payables system and this mailbox is not monitored. For queries please contact ap.queries@verdant-logistics.example quoting the payment reference.</p>\n"
        "</body></html>\n",
        lab(
            "OEB/32/0388",
            paid_date="2032-06-11",
            payment_reference="0004471932",
            amount="3120.00",
            currency="GBP",
            note="AP-system remittance advice, HTML only, not a reply; the queries address is not a new contact",
        ),
        subject="Remittance Advice - Payment 0004471932 - Verdant Logistics plc",
        headers=(AUTO_GENERATED, ("X-Mailer", "Payables Hub 6.2")),
    ),
    Spec(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Jan Whitlock", "whitlock.jan@gmail.com"),
        "2032-06-13 22:08",
        "gmail",
        "Hello,\n\n"
        "Oh dear, I'm so sorry you've had to chase this. First of all I have to say thank you again to all of you, the wedding was just wonderful and I don't think I have ever seen so many people queue for a gin bar! Several of Emily's friends have asked for your details so you may well be hearing from them. The young man on the bar (Tom I think?) was so patient with my father, who kept asking for a sweet sherry you didn't have.\n\n"
        "Anyway, to the point. Geoff was supposed to be sorting the last payment and I assumed he had, and then your email came and I got in a bit of a panic. I've just asked him and he says he transferred it on Thursday from our joint account, so it will probably show as G & J WHITLOCK rather than Emily's name, which may be why it hasn't been matched. If it still hasn't turned up by the end of the week please do let me know and I'll get him to ring the bank.\n\n"
        "Thanks again for everything, and sorry for the muddle.\n\n"
        "Best wishes,\nJan Whitlock (mother of the bride!)",
        lab(
            paid_date="2032-06-10",
            note="the point is buried in a long reply; 'on Thursday' is the Thursday before Sunday 13 June; the payer name is not a payment reference",
        ),
    ),
    Spec(
        "ps-de-1",
        "payment_sent",
        "de",
        (
            "Kanzlei Brenner & Voss – Buchhaltung",
            "buchhaltung@brenner-voss-stb.example",
        ),
        "2032-06-08 10:14",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\n"
        "im Namen und Auftrag unserer Mandantin, der Weingut Albrecht GbR, teilen wir Ihnen mit, dass die Rechnung OEB/32/0402 über 2.870,00 € am 04.06.2032 überwiesen wurde (Auftragsreferenz 0604-7731-02). Die Gutschrift auf Ihrem Konto sollte mit Wertstellung 07.06.2032 erfolgt sein.\n\n"
        "Wir bitten Sie daher, Ihre Zahlungserinnerung als gegenstandslos zu betrachten.\n\n"
        "Mit freundlichen Grüßen\n\n"
        "i. A. Monika Stiegler\n"
        "Kanzlei Brenner & Voss\n"
        "Steuerberatungsgesellschaft mbH",
        lab(
            "OEB/32/0402",
            paid_date="2032-06-04",
            payment_reference="0604-7731-02",
            amount="2870.00",
            currency="EUR",
            note="tax advisers paying for their client; the execution date is the payment date, the value date 07.06. is not",
        ),
        inv="OEB/32/0402",
        amount="2870.00",
        charset="windows-1252",
    ),
    Spec(
        "ps-de-2",
        "payment_sent",
        "de",
        ("Ralf Kuhnert", "ralf.kuhnert@web.de"),
        "2032-06-22 07:05",
        "android",
        "Erledigt.",
        lab(note="one-word 'done' in German, read as paid; no date"),
    ),
    Spec(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Hélène Dumas", "h.dumas@chateau-la-garenne.example"),
        "2032-06-09 09:31",
        "thunderbird",
        "Bonjour,\n\n"
        "Cette facture a été réglée par virement le 3 juin (référence de l'opération : VIR-0603-118). Il est possible que le libellé ne reprenne pas le numéro de facture, notre banque a la fâcheuse habitude de le tronquer.\n\n"
        "Merci de vérifier de votre côté et de nous confirmer la bonne réception.\n\n"
        "Cordialement,\n\n"
        "Hélène Dumas\n"
        "Château la Garenne – Réceptions & séminaires",
        lab(paid_date="2032-06-03", payment_reference="VIR-0603-118"),
    ),
    Spec(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Olivier Mercier", "o.mercier@mercier-associes.example"),
        "2032-06-17 15:42",
        "outlook_html",
        "Bonjour,\n\n"
        "Le virement de 1 640,00 € est parti mardi depuis notre compte professionnel, vous devriez donc l'avoir reçu.\n\n"
        "En revanche, notre expert-comptable me réclame une facture acquittée pour clôturer le dossier du séminaire : pourriez-vous nous en faire parvenir une ?\n\n"
        "Bien à vous,\n\n"
        "Olivier Mercier\n"
        "Mercier & Associés – Conseil en patrimoine",
        lab(
            paid_date="2032-06-15",
            amount="1640.00",
            currency="EUR",
            note="paid, plus a request for a receipted copy: the payment wins, the copy is for after payment; 'mardi' is Tue 15 June",
        ),
        amount="1640.00",
    ),
    Spec(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Nuria Castells", "nuria@castellsfotografia.example"),
        "2032-06-20 11:02",
        "gmail_plain",
        "Hola!\n\n"
        "Os hicimos la transferencia el viernes, 1.950 €. El justificante no lo tengo aquí, os lo reenvío mañana desde el estudio.\n\n"
        "Un abrazo,\nNuria",
        lab(
            paid_date="2032-06-18",
            amount="1950.00",
            currency="EUR",
            note="'el viernes' on a Sunday is Friday 18 June",
        ),
        amount="1950.00",
    ),
    Spec(
        "ps-es-2",
        "payment_sent",
        "es",
        (
            "Tesorería - Ayuntamiento de Villanueva del Pinar",
            "tesoreria@villanuevadelpinar.example",
        ),
        "2032-06-16 12:20",
        "outlook",
        "Estimados señores:\n\n"
        "En relación con su escrito de reclamación, les comunicamos que con fecha 14 de junio de 2032 se ha ordenado el pago de la factura OEB/32/0431, correspondiente al servicio de barra y catering de las fiestas de San Isidro, por importe de 4.356,00 euros, mediante transferencia bancaria a la cuenta que figura en nuestro registro de terceros.\n\n"
        "Número de operación: 2032-TES-004518.\n\n"
        "Atentamente,\n\n"
        "Tesorería Municipal\n"
        "Ayuntamiento de Villanueva del Pinar",
        lab(
            "OEB/32/0431",
            paid_date="2032-06-14",
            payment_reference="2032-TES-004518",
            amount="4356.00",
            currency="EUR",
            note="town treasury: 'se ha ordenado el pago' is a transfer already ordered",
        ),
        inv="OEB/32/0431",
        amount="4356.00",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Spec(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Joost", "joost@strandpaviljoendeduinroos.example"),
        "2032-06-14 08:51",
        "iphone",
        "Staat er sinds vrijdag op hoor, check je bankafschrift even 😉\n\nJoost",
        lab(
            paid_date="2032-06-11",
            note="'staat er sinds vrijdag op': on their account since Friday 11 June",
        ),
    ),
    Spec(
        "ps-nl-2",
        "payment_sent",
        "nl",
        (
            "Stichting Zomerfestival Zeeland",
            "noreply-crediteuren@zomerfestivalzeeland.example",
        ),
        "2032-06-22 05:30",
        "notice",
        "BETALINGSADVIES\n\n"
        "Aan: Oakhanger Mobile Catering & Event Bars\n"
        "Crediteurnummer: 20417\n\n"
        "Hierbij ontvangt u een specificatie van de betaling die wij vandaag aan u hebben verricht.\n\n"
        "Factuurnummer      Factuurdatum    Bedrag\n"
        "OEB/32/0451        12-05-2032      4.215,50\n"
        "OEB/32/0452        12-05-2032        380,00\n\n"
        "Totaal betaald:    EUR 4.595,50\n"
        "Betaaldatum:       22-06-2032\n"
        "Betalingskenmerk:  1000 2032 0622 7781\n\n"
        "Dit bericht is automatisch gegenereerd. Op deze e-mail kan niet worden gereageerd.",
        lab(
            "OEB/32/0451",
            "OEB/32/0452",
            paid_date="2032-06-22",
            payment_reference="1000 2032 0622 7781",
            amount="4595.50",
            currency="EUR",
            note="AP-system payment advice for two invoices: the total paid is the amount",
        ),
        subject="Betalingsadvies 2032-0622-118 Stichting Zomerfestival Zeeland",
        cte="8bit",
        headers=(AUTO_GENERATED,),
    ),
    Spec(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Niccolò Ferri", "niccolo.ferri@cantineferri.example"),
        "2032-06-26 00:35",
        "android",
        "Buonasera, scusate il ritardo. Il bonifico di 1.380,00 € è partito ieri sera, appena la banca mi manda la contabile ve la giro.\n\nNiccolò",
        lab(
            paid_date="2032-06-25",
            amount="1380.00",
            currency="EUR",
            note="sent at 00:35 on Saturday, sender's time (still Friday in UTC): 'ieri sera' is Friday 25 June",
        ),
        amount="1380.00",
    ),
]

PROMISE_TO_PAY = [
    Spec(
        "pr-en-1",
        "promise_to_pay",
        "en",
        ("Priya Raman", "priya.raman@harwellstoke.example"),
        "2032-06-15 11:26",
        "outlook_html",
        "Hi,\n\n"
        "Thanks for your email. I can confirm invoice OEB/32/0396 has been approved and is scheduled to go out in Friday's BACS run, so you should see the funds early next week.\n\n"
        "Kind regards,\n\n"
        "Priya Raman\n"
        "Accounts Payable Analyst\n"
        "Harwell & Stoke Financial Services\n"
        "T: 01632 960214\n\n"
        "Harwell & Stoke Financial Services Ltd is registered in England and Wales. This email and any attachments are confidential and intended only for the addressee.",
        lab(
            "OEB/32/0396",
            promised_date="2032-06-18",
            note="past tense ('approved', 'scheduled') announcing a future payment run on Friday 18 June; the arrival 'early next week' is not the payment date",
        ),
        inv="OEB/32/0396",
        headers=(SUPPRESS,),
    ),
    Spec(
        "pr-en-2",
        "promise_to_pay",
        "en",
        ("Sophie Leggatt", "sophie.leggatt@ashcombeparkhouse.example"),
        "2032-06-24 17:48",
        "outlook",
        "Hi there,\n\n"
        "Sorry, only just seen this. I'm out of office from tomorrow for a week and a half, but I've set the payment up in the bank to go next Thursday so it doesn't get forgotten while I'm away.\n\n"
        "Any problems, my colleague Ben is in the office Monday to Wednesday.\n\n"
        "Thanks,\nSophie\n\n"
        "Sophie Leggatt\nEvents Coordinator, Ashcombe Park House",
        lab(
            promised_date="2032-07-01",
            note="written by a person whose subject says 'out of office'; a transfer scheduled for next Thursday (1 July) is a promise; the invoice number is only in the subject",
        ),
        inv="OEB/32/0447",
        subject="Out of office from tomorrow - invoice OEB/32/0447",
    ),
    Spec(
        "pr-en-3",
        "promise_to_pay",
        "en",
        ("Rob Fenwick", "treasurer.selbornevalerfc@gmail.com"),
        "2032-06-09 21:33",
        "gmail_plain",
        "Not paid yet sorry. We're waiting on the grant from the county sports partnership which lands end of the month, committee agreed last night yours is the first bill we clear when it does.\n\n"
        "Rob\nTreasurer, Selborne Vale RFC",
        lab(
            promised_date="2032-06-30",
            note="'not paid yet' is a negation, not a payment; promise conditional on a grant; 'end of the month' is 30 June",
        ),
    ),
    Spec(
        "pr-de-1",
        "promise_to_pay",
        "de",
        ("Sabine Ortmann", "s.ortmann@ortmann-messebau.example"),
        "2032-06-10 14:05",
        "outlook",
        "Hallo,\n\n"
        "danke für die Erinnerung. Wir haben die Rechnung intern freigegeben, die Zahlung geht bei uns in KW 26 raus.\n\n"
        "Viele Grüße\n"
        "Sabine Ortmann\n"
        "Ortmann Messebau GmbH - Buchhaltung",
        lab(
            promised_date="2032-06-21",
            note="'KW 26' resolved to the Monday of ISO week 26, as 'nächste Woche' is resolved to a Monday",
        ),
        charset="iso-8859-1",
    ),
    Spec(
        "pr-de-2",
        "promise_to_pay",
        "de",
        ("Tobias Wendt", "t.wendt@tsv-eichenau.example"),
        "2032-06-23 19:12",
        "gmail",
        "Hallo zusammen,\n\n"
        "sorry für die Verzögerung, unser Kassenwart war drei Wochen im Urlaub und ohne ihn geht bei uns nichts raus. Wir überweisen den Betrag spätestens am 1. Juli, dann ist auch das Vereinskonto wieder gut gefüllt.\n\n"
        "Sportliche Grüße\n"
        "Tobias Wendt\n"
        "TSV Eichenau 1921 e.V. – Abteilung Fußball",
        lab(promised_date="2032-07-01", note="'spätestens am 1. Juli' → that day"),
    ),
    Spec(
        "pr-fr-1",
        "promise_to_pay",
        "fr",
        ("Martine Lhuillier", "compta@vergersduperche.example"),
        "2032-06-14 10:40",
        "outlook",
        "Bonjour,\n\n"
        "Nous réglons l'ensemble de nos fournisseurs en fin de mois. Votre facture partira donc avec notre virement groupé de fin juin.\n\n"
        "Cordialement,\n\n"
        "Martine Lhuillier\n"
        "Service comptabilité\n"
        "SARL Les Vergers du Perche",
        lab(promised_date="2032-06-30", note="'fin de mois' / 'fin juin' → 30 June"),
        charset="windows-1252",
    ),
    Spec(
        "pr-fr-2",
        "promise_to_pay",
        "fr",
        ("Camille Roussel", "camille.roussel.92@gmail.com"),
        "2032-06-16 08:15",
        "gmail",
        "Bonjour,\n\n"
        "Désolée, on rentre tout juste de notre voyage de noces et je n'avais pas vu votre mail ! Je fais le virement lundi prochain sans faute, le temps de transférer des sous sur notre compte anglais.\n\n"
        "Encore merci pour le bar à cocktails, tout le monde a adoré.\n\n"
        "Camille",
        lab(
            promised_date="2032-06-21",
            note="French reply to an English reminder; 'lundi prochain' after Wed 16 June is Monday 21 June",
        ),
        rlang="en",
    ),
    Spec(
        "pr-es-1",
        "promise_to_pay",
        "es",
        ("Paco Herrera", "paco@chiringuitolacaleta.example"),
        "2032-06-08 13:47",
        "iphone",
        "Buenas, ahora mismo no puedo que estamos empezando la temporada y voy pillado. En cuanto cerremos junio os lo ingreso, a finales de mes como muy tarde. Perdona!",
        lab(promised_date="2032-06-30", note="'a finales de mes' → 30 June"),
    ),
    Spec(
        "pr-es-2",
        "promise_to_pay",
        "es",
        ("Marta Ibáñez", "m.ibanez@eventosmediterraneo.example"),
        "2032-06-11 10:05",
        "outlook_html",
        "Buenos días:\n\n"
        "Le confirmamos que la factura OEB/32/0427 se abonará el día 15, junto con el resto de pagos a proveedores de la quincena.\n\n"
        "Saludos cordiales,\n\n"
        "Marta Ibáñez\n"
        "Departamento Financiero\n"
        "Eventos Mediterráneo, S.L.",
        lab("OEB/32/0427", promised_date="2032-06-15", note="'el día 15' → 15 June"),
        inv="OEB/32/0427",
    ),
    Spec(
        "pr-nl-1",
        "promise_to_pay",
        "nl",
        ("Mark Jansen", "mark@jansententverhuur.example"),
        "2032-06-08 16:20",
        "apple",
        "Nog niet nee, sorry. Over twee weken komt er een grote betaling binnen van de gemeente, dan betaal ik jullie meteen.\n\nGroet,\nMark",
        lab(
            promised_date="2032-06-22",
            note="'nog niet' is a negation; 'over twee weken' → 14 days after Tue 8 June",
        ),
    ),
    Spec(
        "pr-it-1",
        "promise_to_pay",
        "it",
        ("Pro Loco Castelvecchio", "amministrazione@prolococastelvecchio.example"),
        "2032-06-21 09:50",
        "outlook",
        "Buongiorno,\n\n"
        "ci scusiamo per il ritardo. Provvederemo al saldo della fattura entro fine mese, non appena ci verrà accreditato il contributo del Comune per la sagra.\n\n"
        "Cordiali saluti\n"
        "La tesoriera\n"
        "Anna Boccardi",
        lab(
            promised_date="2032-06-30",
            note="'entro fine mese' → 30 June; conditional on a grant",
        ),
        charset="windows-1252",
        cte="8bit",
    ),
    Spec(
        "pr-it-2",
        "promise_to_pay",
        "it",
        ("Lorenzo Galli", "l.galli@galliricevimenti.example"),
        "2032-06-29 16:02",
        "thunderbird",
        "Buongiorno,\n\nla fattura è stata registrata e il pagamento è già programmato per il 15/07 con bonifico bancario.\n\nSaluti\nLorenzo Galli\nGalli Ricevimenti",
        lab(
            promised_date="2032-07-15",
            note="'15/07' in Italian order is 15 July; 'già programmato' is a future payment",
        ),
        charset="iso-8859-1",
    ),
]

DISPUTE = [
    Spec(
        "di-en-1",
        "dispute",
        "en",
        ("Harriet Cole", "harriet.cole@colefamilyfarm.example"),
        "2032-06-10 22:40",
        "gmail",
        "Hi,\n\n"
        "I'm not going to pay the full amount on this. We booked the bar until midnight and paid extra for the late licence, but your staff started packing up at quarter past ten and the last drinks went out at half ten. We had 140 guests who'd been told the bar was open till 12 and my husband ended up driving to the Co-op for wine.\n\n"
        "I raised it with your manager on the night (Kieran) and he said he'd \"make a note\". I'd like the late licence fee and the two hours of staff time taken off before I pay anything.\n\n"
        "Harriet Cole",
        lab(note="service cut short; refuses the full amount until a reduction"),
    ),
    Spec(
        "di-en-2",
        "dispute",
        "en",
        ("Graham Pike", "g.pike@longmoorvillagehall.example"),
        "2032-06-17 07:12",
        "android",
        "WE NEVER HAD THE PROSECCO VAN. IT WAS CANCELLED BACK IN MARCH BY PHONE AND THE GIRL I SPOKE TO SAID NO CHARGE. CHECK YOUR RECORDS BEFORE SENDING THIS AGAIN",
        lab(
            note="all caps; service cancelled, nothing owed; 'before sending this again' is not a stop request"
        ),
    ),
    Spec(
        "di-en-3",
        "dispute",
        "en",
        ("Daniel Osei", "daniel.osei@meridianpharma.example"),
        "2032-06-22 14:18",
        "outlook_html",
        "Hello,\n\n"
        "We have today paid £1,480.00 against OEB/32/0409, which covers the street-food stations and the bar staff as quoted.\n\n"
        'The remaining £620.00 is described as "additional glassware breakage and loss". Nobody mentioned any breakage to our team on the day, we have not been shown a count or photos, and your quote said glass hire was all-inclusive. We will not be paying that line unless you can show us what was broken.\n\n'
        "Regards,\n\n"
        "Daniel Osei\n"
        "Workplace & Events Manager\n"
        "Meridian Pharma UK",
        lab(
            "OEB/32/0409",
            note="part paid, the rest contested: dispute beats the payment claim",
        ),
        inv="OEB/32/0409",
        amount="2100.00",
    ),
    Spec(
        "di-de-1",
        "dispute",
        "de",
        ("Andrea Köhler", "a.koehler@koehler-logistik.example"),
        "2032-06-09 11:30",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\n"
        "wir haben die Rechnung OEB/32/0412 NICHT bezahlt, und zwar aus folgendem Grund: Abgerechnet sind 180 Gäste à 38,50 €. Laut unserer schriftlichen Auftragsbestätigung vom 2. Mai war die Gästezahl auf 140 begrenzt, anwesend waren tatsächlich 131 Personen.\n\n"
        "Bitte senden Sie uns eine korrigierte Rechnung über 140 Gäste. Den korrigierten Betrag überweisen wir dann umgehend.\n\n"
        "Mit freundlichen Grüßen\n"
        "Andrea Köhler\n"
        "Personal & Veranstaltungen\n"
        "Köhler Logistik GmbH & Co. KG",
        lab(
            "OEB/32/0412",
            note="'NICHT bezahlt' with the reason; the corrected invoice and the conditional payment are secondary",
        ),
        inv="OEB/32/0412",
        amount="6930.00",
        charset="windows-1252",
    ),
    Spec(
        "di-de-2",
        "dispute",
        "de",
        ("Uwe Brandl", "vorstand@sv-rothsee.example"),
        "2032-06-28 20:05",
        "gmail",
        "Servus,\n\n"
        "so einfach geht das nicht. Beim Seefest war euer Getränkewagen erst um halb vier einsatzbereit, weil euer Aggregat nicht angesprungen ist – dabei ging das Fest um 14 Uhr los. Drei Stunden kein Bier bei 30 Grad, was meint ihr, was bei uns los war.\n\n"
        "Die Rechnung in voller Höhe zahlen wir so nicht. Wir wollen eine Gutschrift für den Ausfall, dann reden wir weiter.\n\n"
        "Gruß\nUwe Brandl\n1. Vorsitzender SV Rothsee e.V.",
        lab(note="late start at a festival; credit note demanded"),
    ),
    Spec(
        "di-fr-1",
        "dispute",
        "fr",
        ("Bernard Chevallier", "b.chevallier@domaine-des-aulnes.example"),
        "2032-06-15 16:55",
        "outlook",
        "Madame, Monsieur,\n\n"
        "Nous contestons la facture OEB/32/0415. Votre équipe est arrivée avec une heure et demie de retard, le vin d'honneur a dû être décalé et une partie des pièces chaudes a été servie tiède. Les mariés, nos clients, nous ont fait part de leur mécontentement et nous avons dû leur consentir un geste commercial.\n\n"
        "Dans ces conditions, nous ne réglerons pas cette facture en l'état. Nous vous proposons d'en discuter par téléphone afin de convenir d'une réduction.\n\n"
        "Veuillez agréer, Madame, Monsieur, nos salutations distinguées.\n\n"
        "Bernard Chevallier\n"
        "Gérant, Domaine des Aulnes",
        lab("OEB/32/0415", note="formal register; late arrival, reduction demanded"),
        inv="OEB/32/0415",
        charset="iso-8859-1",
    ),
    Spec(
        "di-fr-2",
        "dispute",
        "fr",
        ("Nathalie Garnier", "n.garnier@agence-lumen.example"),
        "2032-06-25 10:12",
        "html_only",
        "Bonjour,\n\n"
        "Vous nous avez facturé deux fois la location du bar mobile pour la soirée du 22 mai : une première fois sur la facture OEB/32/0420, que nous avons payée le 31 mai, et une seconde fois sur la OEB/32/0423 que vous nous relancez aujourd'hui.\n\n"
        "Merci d'annuler la OEB/32/0423 par un avoir.\n\n"
        "Nathalie Garnier\n"
        "Agence Lumen – Événementiel",
        lab(
            "OEB/32/0420",
            "OEB/32/0423",
            note="duplicate billing; the payment mentioned is of the other invoice; HTML-only message",
        ),
        inv="OEB/32/0423",
    ),
    Spec(
        "di-es-1",
        "dispute",
        "es",
        ("Jorge Salvat", "jorge.salvat@bodegasalvat.example"),
        "2032-06-18 09:20",
        "gmail_plain",
        "Buenos días:\n\n"
        'No la hemos pagado porque en la factura nos cobráis el IVA aparte, y en el presupuesto que firmamos ponía claramente "IVA incluido". La diferencia son casi 600 euros.\n\n'
        "Cuando nos mandéis la factura rectificada con el precio pactado la pagamos sin problema.\n\n"
        "Saludos,\nJorge Salvat\nBodega Salvat",
        lab(
            note="negated payment with the reason (VAT added on an all-in quote); the conditional payment is secondary"
        ),
    ),
    Spec(
        "di-nl-1",
        "dispute",
        "nl",
        ("Femke Bakker", "femke@bakkerbloemen.example"),
        "2032-06-11 12:33",
        "iphone",
        "Dit klopt echt niet hoor. We hadden een vaste prijs afgesproken van € 2.400 all-in, staat gewoon in de offerte. Jullie factureren € 3.150. Dat ga ik dus niet betalen",
        lab(note="fixed price agreed, more invoiced; no final punctuation"),
        amount="3150.00",
    ),
    Spec(
        "di-nl-2",
        "dispute",
        "nl",
        ("Ruud Verhoeven", "r.verhoeven@verhoeven-bouw.example"),
        "2032-06-30 15:05",
        "outlook",
        "Goedemiddag,\n\n"
        'Het deel voor de barbecue en de drankjes van factuur OEB-32-0366 hebben we vandaag overgemaakt, € 1.860,00. De regel "extra uren personeel 4 x 3 uur" betalen we niet: er is nooit over uitloop gesproken en ons personeelsfeest was om 23.00 uur afgelopen, zoals afgesproken.\n\n'
        "Met vriendelijke groet,\n\n"
        "Ruud Verhoeven\n"
        "Verhoeven Bouw B.V.",
        lab(
            "OEB/32/0366",
            note="part paid, extra staff hours contested: dispute beats the payment claim; 'OEB-32-0366' normalised",
        ),
        inv="OEB/32/0366",
        amount="2250.00",
        charset="windows-1252",
    ),
    Spec(
        "di-it-1",
        "dispute",
        "it",
        ("Chiara Benedetti", "c.benedetti@villaaurora-eventi.example"),
        "2032-06-14 12:02",
        "outlook",
        "Buongiorno,\n\n"
        "contestiamo la fattura OEB/32/0438. Il servizio era previsto per 120 ospiti, ma alle 21 il buffet era già finito e una trentina di persone sono rimaste senza cena. Non possiamo pagare l'importo pieno per un servizio reso solo in parte.\n\n"
        "Restiamo in attesa di una vostra proposta di nota di credito.\n\n"
        "Cordiali saluti\n"
        "Chiara Benedetti\n"
        "Villa Aurora Eventi",
        lab("OEB/32/0438", note="food ran out; credit note requested"),
        inv="OEB/32/0438",
    ),
    Spec(
        "di-it-2",
        "dispute",
        "it",
        ("Marco Rinaldi", "agriturismo.ilpoggio@libero.it"),
        "2032-07-01 18:45",
        "apple",
        "Salve, non paghiamo niente finché non ci rimborsate il danno al prato: il vostro furgone è rimasto impantanato e ha lasciato due solchi profondi davanti al gazebo, ci sono le foto. Il giardiniere ci ha chiesto 450 euro. Fateci sapere come volete procedere.\n\nMarco\nAgriturismo Il Poggio",
        lab(note="withholds payment against a damage claim"),
    ),
]

PAYMENT_PLAN = [
    Spec(
        "pp-en-1",
        "payment_plan",
        "en",
        ("Lucy Marsh", "lucy@thelittlebakehousealton.example"),
        "2032-06-10 15:08",
        "gmail",
        "Hi,\n\n"
        "I'm really sorry this is late. We had a flood at the bakery at the end of May and were shut for nearly three weeks, so money is very tight while the insurance gets sorted.\n\n"
        "Would it be OK if I paid £150 a month until it's cleared? I can set up a standing order from the 1st of July. I'd rather do it properly than keep you waiting with nothing.\n\n"
        "Lucy",
        lab(note="hardship and monthly instalments; plan dates and amounts are not labelled"),
    ),
    Spec(
        "pp-en-2",
        "payment_plan",
        "en",
        ("Dan Whitty", "dan@fieldandflamefestival.example"),
        "2032-06-28 12:44",
        "iphone",
        "Hi mate, sent £500 this morning as a start, the other £740 will follow once the ticket money from the festival is released to us, should be by the end of July. Hope thats ok\n\nDan",
        lab(note="part now and the rest later → payment_plan, not payment_sent"),
        amount="1240.00",
    ),
    Spec(
        "pp-en-3",
        "payment_plan",
        "en",
        ("Kavita Anand", "finance@stbarnabasprimary.example"),
        "2032-07-02 09:30",
        "outlook",
        "Dear Bookings Ledger,\n\n"
        "Thank you for your reminder regarding the summer fair catering. Unfortunately the PTA account will not have sufficient funds until the fair proceeds and the end-of-year disco takings have been banked. Could we ask for an extension until the end of September to settle in full? If that is not possible, we could pay half now and the remainder in September.\n\n"
        "With apologies,\n\n"
        "Kavita Anand\n"
        "School Business Manager\n"
        "St Barnabas C of E Primary School",
        lab(note="more time asked for (or half now, half later): payment_plan"),
    ),
    Spec(
        "pp-de-1",
        "payment_plan",
        "de",
        ("Ingrid Hoffmann", "kasse@chor-harmonie-lindau.example"),
        "2032-06-15 19:30",
        "thunderbird",
        "Guten Abend,\n\n"
        "wir sind ein kleiner Chorverein, und die Kosten für unser Jubiläumsfest sind leider deutlich höher ausgefallen als geplant. Wäre es möglich, den Betrag in drei Monatsraten zu begleichen, beginnend im Juli?\n\n"
        "Über eine kurze Rückmeldung würden wir uns sehr freuen.\n\n"
        "Mit freundlichen Grüßen\n"
        "Ingrid Hoffmann\n"
        "Kassiererin, Chor Harmonie Lindau e.V.",
        lab(note="three monthly instalments asked for"),
    ),
    Spec(
        "pp-de-2",
        "payment_plan",
        "de",
        ("Patrick Sommer", "p.sommer@sommer-autohaus.example"),
        "2032-06-21 11:11",
        "outlook_html",
        "Guten Tag,\n\n"
        "wir überweisen heute 1.500,00 € als Teilzahlung. Den Restbetrag von 1.240,00 € begleichen wir Mitte Juli, sobald die Zahlung unseres Großkunden eingegangen ist.\n\n"
        "Ich hoffe, das ist für Sie in Ordnung.\n\n"
        "Mit freundlichen Grüßen\n"
        "Patrick Sommer\n"
        "Autohaus Sommer GmbH",
        lab(note="part payment today, the rest in mid-July → payment_plan"),
        amount="2740.00",
        charset="windows-1252",
    ),
    Spec(
        "pp-fr-1",
        "payment_plan",
        "fr",
        ("Julie Perrin", "julieperrin.mariage@gmail.com"),
        "2032-06-12 23:10",
        "iphone",
        "Bonsoir, le mariage nous a coûté bien plus cher que prévu et on est un peu coincés en ce moment. Est ce qu'on pourrait payer en 3 fois ? Genre 500 € fin juin, 500 € fin juillet et le reste fin août. Merci de votre compréhension",
        lab(note="instalments proposed with dates; plan dates are not labelled"),
    ),
    Spec(
        "pp-es-1",
        "payment_plan",
        "es",
        ("Álvaro Méndez", "alvaro.mendez@mendezimport.example"),
        "2032-06-09 17:35",
        "gmail",
        "Hola,\n\n"
        "¿Podríamos pagarlo en dos plazos? La mitad ahora, esta misma semana, y la otra mitad a finales de julio. Estamos esperando el cobro de un cliente grande y no queremos dejaros colgados.\n\n"
        "Gracias,\n"
        "Álvaro Méndez\n"
        "Méndez Import-Export S.L.",
        lab(note="Spanish reply to an English reminder; two instalments"),
        rlang="en",
    ),
    Spec(
        "pp-es-2",
        "payment_plan",
        "es",
        ("Rocío Campos", "rociocampos.lacampana@gmail.com"),
        "2032-06-23 00:52",
        "android",
        "Hola buenas noches, perdonad que conteste tan tarde pero es que acabo de cerrar. Os explico, la feria nos fue fatal, llovió dos de los tres días y la caseta estuvo medio vacía, y encima mi socio se ha ido y me he quedado yo sola con el bar y con todas las deudas. No es que no quiera pagaros, el servicio fue muy bueno y vuestra gente trabajó como nadie. Pero ahora mismo no me llega. Lo que sí puedo es ir pagándoos 300 euros al mes hasta terminar, si os parece bien. Decidme algo porfa.\n\nRocío",
        lab(note="long hardship story, the instalment offer comes at the end"),
    ),
    Spec(
        "pp-nl-1",
        "payment_plan",
        "nl",
        ("Kevin de Groot", "kevin@degrootfoodtrucks.example"),
        "2032-06-17 13:03",
        "android",
        "kunnen we dit in 4 termijnen doen ivm drukte en weinig cash nu eerste termijn kan volgende week",
        lab(note="no punctuation, no capitals"),
    ),
    Spec(
        "pp-nl-2",
        "payment_plan",
        "nl",
        ("Marieke Smit", "m.smit@smitpartyverhuur.example"),
        "2032-07-01 10:22",
        "outlook",
        "Goedemorgen,\n\n"
        "Ik maak vandaag € 750,00 over. Het resterende bedrag volgt na de zomer, uiterlijk half september. Ik hoop dat jullie daarmee akkoord gaan.\n\n"
        "Met vriendelijke groet,\n"
        "Marieke Smit\n"
        "Smit Partyverhuur",
        lab(note="part now, the rest after the summer → payment_plan"),
        charset="windows-1252",
    ),
    Spec(
        "pp-it-1",
        "payment_plan",
        "it",
        (
            "Comune di San Vito al Lago - Ufficio Economato",
            "economato@comune-sanvitoallago.example",
        ),
        "2032-06-16 11:45",
        "outlook_html",
        "Spettabile ditta,\n\n"
        "in riferimento al sollecito in oggetto, si comunica che, per esigenze di bilancio, l'Ente non è in grado di liquidare l'intero importo in un'unica soluzione. Si chiede pertanto di poter rateizzare il pagamento in tre rate mensili di pari importo, a partire dal mese di luglio.\n\n"
        "In attesa di cortese riscontro, si porgono distinti saluti.\n\n"
        "Il Responsabile del Servizio\n"
        "dott. Fabrizio Conti",
        lab(note="very formal register from a town hall; three monthly instalments"),
    ),
    Spec(
        "pp-it-2",
        "payment_plan",
        "it",
        ("Giulia Marino", "giulia.marino@marinofiori.example"),
        "2032-06-25 08:40",
        "iphone",
        "Buongiorno, mi servirebbe ancora un po' di tempo, diciamo un mese in più. È un periodo difficile col negozio. Grazie se potete venirmi incontro",
        lab(note="asks for more time without a firm date → payment_plan"),
    ),
]

INVOICE_REQUEST = [
    Spec(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Anouk Verbeek", "anouk.verbeek@brightwaveenergy.example"),
        "2032-06-09 10:48",
        "outlook_html",
        "Dear Sir/Madam,\n\n"
        "Thank you for your reminder. Unfortunately we are unable to process invoice OEB/32/0399 because it does not show our purchase order number. Our system automatically rejects supplier invoices without a valid PO.\n\n"
        "Could you please reissue the invoice with PO 4500187723? We will pay it within our normal terms as soon as it comes in.\n\n"
        "Kind regards,\n\n"
        "Anouk Verbeek\n"
        "Accounts Payable\n"
        "Brightwave Energy B.V.",
        lab(
            "OEB/32/0399",
            note="payment conditional on a reissue with a PO number: invoice_request; a Dutch firm writing English from a Dutch Outlook, on CEST",
        ),
        zone="ce",
        loc="nl",
        inv="OEB/32/0399",
        currency="EUR",
    ),
    Spec(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Stacey Brooks", "staceybrooks87@gmail.com"),
        "2032-06-19 10:04",
        "iphone",
        "Hiya can u send the invoice again?? cant find it anywhere, think it went in my junk x",
        lab(note="mobile brevity, no apostrophes"),
    ),
    Spec(
        "ir-en-3",
        "invoice_request",
        "en",
        (
            "Creditors Team - Wealdbourne District Council",
            "creditors@wealdbourne-dc.example",
        ),
        "2032-06-14 14:30",
        "outlook",
        "Dear Supplier,\n\n"
        "Thank you for your email. Our records show that Oakhanger Mobile Catering & Event Bars has not yet been set up as a supplier on the Council's finance system, so the invoice for the Chairman's garden party cannot be paid at present.\n\n"
        "To set up your account, please complete the attached New Supplier Form and return it with a bank letter or a recent bank statement on headed paper confirming your account details. For security reasons we cannot accept bank details by email alone.\n\n"
        "Once your supplier record has been verified, the invoice will be paid in line with our 30-day terms.\n\n"
        "Yours faithfully,\n\n"
        "Creditors Team\n"
        "Wealdbourne District Council",
        lab(
            note="supplier set-up and bank letter needed before payment, amount not contested; the form is attached"
        ),
        headers=(SUPPRESS,),
        attach=("New_Supplier_Form_v7.pdf", SUPPLIER_FORM_PDF),
    ),
    Spec(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Jana Feldmann", "j.feldmann@feldmann-it.example"),
        "2032-06-16 09:05",
        "outlook",
        "Guten Morgen,\n\n"
        "bevor wir die Rechnung anweisen können, benötigen wir sie noch einmal mit korrekter Rechnungsanschrift: Rechnungsempfänger ist die Feldmann IT Solutions GmbH, nicht ich als Privatperson, und bitte mit unserer USt-IdNr. DE 812 345 678. Am Betrag selbst gibt es nichts auszusetzen.\n\n"
        "Vielen Dank und viele Grüße\n"
        "Jana Feldmann\n"
        "Office Management\n"
        "Feldmann IT Solutions GmbH",
        lab(note="reissue to the company with a VAT number; amount explicitly not contested"),
        charset="windows-1252",
        headers=(SUPPRESS,),
    ),
    Spec(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Sandrine Lefort", "s.lefort@cse-aerolys.example"),
        "2032-06-11 14:22",
        "gmail",
        "Bonjour,\n\n"
        "Pour pouvoir procéder au paiement, notre trésorière a besoin de votre RIB (IBAN + BIC) sur papier à en-tête, ainsi que d'un extrait Kbis ou d'un document équivalent pour vous créer comme fournisseur. Pourriez-vous nous les transmettre ?\n\n"
        "Merci d'avance,\n"
        "Sandrine Lefort\n"
        "CSE Aérolys – Commission loisirs",
        lab(note="bank details and company papers needed before paying"),
    ),
    Spec(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Gérard Moulin", "g.moulin@moulin-charpente.example"),
        "2032-06-24 19:50",
        "iphone",
        "Bonsoir\nJe n'ai jamais reçu cette facture. Pouvez-vous me la renvoyer svp ?\nG. Moulin",
        lab(note="never received the invoice: a copy is asked for, nothing contested"),
    ),
    Spec(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Grupo Olivar Hoteles - Administración", "administracion@grupoolivar.example"),
        "2032-06-10 12:40",
        "outlook",
        "Buenos días:\n\n"
        "La factura no se puede contabilizar porque no figura nuestro CIF ni la razón social completa (Grupo Olivar Hoteles, S.L.). ¿Podrían emitirla de nuevo con esos datos? En cuanto la recibamos la pasamos al pago.\n\n"
        "Un saludo,\n"
        "Laura Gil\n"
        "Departamento de Administración",
        lab(note="reissue with the tax id; payment conditional on it"),
        charset="iso-8859-1",
        cte="8bit",
    ),
    Spec(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Iñaki Etxeberria", "inaki@txokoetxeberria.example"),
        "2032-06-29 11:15",
        "gmail",
        "Kaixo,\n\n"
        'Antes de pagar necesitaría el desglose de la factura: cuántas horas de camarero se han cobrado, cuántos barriles y qué es exactamente el concepto "suplemento montaje". No digo que esté mal, pero el tesorero de la sociedad me lo pide para cuadrar las cuentas.\n\n'
        "Eskerrik asko,\nIñaki",
        lab(note="asks for the breakdown and says he is not contesting it"),
    ),
    Spec(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Lotte Hendriks", "lotte@hendriksinterieur.example"),
        "2032-06-15 09:12",
        "gmail",
        "Hoi,\n\n"
        "Kunnen jullie mij een kopie van de factuur sturen? En als het kan ook een overzicht van alles wat er bij ons nog openstaat, ik raak het een beetje kwijt met alle aanbetalingen.\n\n"
        "Groetjes,\nLotte",
        lab(note="copy and a statement of account"),
    ),
    Spec(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Gemeente Westerkoog - Team Facturen", "facturen@westerkoog.example"),
        "2032-06-22 13:37",
        "outlook_html",
        "Geachte heer/mevrouw,\n\n"
        "De gemeente Westerkoog kan uitsluitend elektronische facturen verwerken die via het Peppol-netwerk worden aangeleverd. Uw factuur OEB/32/0458 is als pdf per e-mail ontvangen en kan daarom niet in behandeling worden genomen.\n\n"
        "Wij verzoeken u de factuur opnieuw in te dienen als e-factuur, met vermelding van ons inkoopordernummer 2032-00871. Na ontvangst wordt de factuur binnen 30 dagen betaald.\n\n"
        "Met vriendelijke groet,\n\n"
        "Team Facturen\n"
        "Gemeente Westerkoog",
        lab("OEB/32/0458", note="e-invoice with a PO number required before payment"),
        inv="OEB/32/0458",
    ),
    Spec(
        "ir-it-1",
        "invoice_request",
        "it",
        (
            "Studio Bianchi Commercialisti",
            "contabilita@studiobianchi-commercialisti.example",
        ),
        "2032-06-18 10:26",
        "outlook",
        "Buongiorno,\n\n"
        "vi scriviamo per conto della nostra cliente Enoteca Vinciguerra s.r.l. La fattura da voi inviata in formato PDF non è sufficiente per la registrazione: vi chiediamo di trasmetterla in formato elettronico tramite Sistema di Interscambio (codice destinatario M5UXCR1) oppure all'indirizzo PEC della società. Appena ricevuta la fattura elettronica, la cliente procederà al pagamento.\n\n"
        "Cordiali saluti\n"
        "Studio Bianchi\n"
        "Dottori Commercialisti",
        lab(
            note="electronic invoice required before payment; accountants writing for their client"
        ),
    ),
    Spec(
        "ir-it-2",
        "invoice_request",
        "it",
        ("Elena Russo", "elena.russo@russoeventi.example"),
        "2032-07-02 15:10",
        "gmail_plain",
        "Ciao, prima di pagare mi mandate copia della fattura e del preventivo firmato? Il collega che seguiva l'evento se n'è andato e non trovo più niente.\n\nGrazie, Elena",
        lab(note="copies needed before paying"),
    ),
]

WRONG_CONTACT = [
    Spec(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Josh Ostler", "joshostler@gmail.com"),
        "2032-06-08 12:10",
        "gmail_plain",
        "Hi, I think you've got the wrong person – I was only the best man, I just passed your number on! The bar was booked by my dad, Graham, he's the one sorting all the wedding bills. His email is graham.ostler@ostlerjoinery.example\n\nCheers\nJosh",
        lab(new_contact="graham.ostler@ostlerjoinery.example"),
    ),
    Spec(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Finance Department", "finance@castlegatehomes.example"),
        "2032-06-21 08:02",
        "outlook",
        "Good morning,\n\n"
        "Please be advised that our finance department is migrating to a new system and our current mailbox will be deactivated shortly. With immediate effect, kindly direct all statements, reminders and remittance queries for this account to castlegate.finance.dept@gmail.com only.\n\n"
        "Please do not call the office regarding this change as our switchboard is also being updated.\n\n"
        "Regards,\n"
        "Finance Department\n"
        "Castlegate Homes Ltd",
        lab(
            new_contact="castlegate.finance.dept@gmail.com",
            note="looks like a redirection scam (free-mail address, 'do not call'); labelled by what it asks, a person should verify by phone before changing anything",
        ),
    ),
    Spec(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Martin Doyle", "martin.doyle@doylesurveyors.example"),
        "2032-06-29 17:20",
        "apple",
        "Hello,\n\n"
        "I stepped down as treasurer of Conford Cricket Club at the AGM in April, so I'm afraid I can't help with this any more. I don't have the new treasurer's email to hand but the club secretary will know.\n\n"
        "Regards,\nMartin Doyle",
        lab(note="no longer the contact, no new address given"),
    ),
    Spec(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Petra Lang", "p.lang@lang-immobilien.example"),
        "2032-06-11 08:40",
        "thunderbird",
        "Guten Morgen,\n\n"
        "für Rechnungen bin ich nicht zuständig. Bitte wenden Sie sich direkt an unsere Buchhaltung unter rechnungswesen@lang-immobilien.example, dort wird das bearbeitet.\n\n"
        "Freundliche Grüße\n"
        "Petra Lang\n"
        "Sekretariat",
        lab(new_contact="rechnungswesen@lang-immobilien.example"),
        charset="iso-8859-1",
    ),
    Spec(
        "wc-de-2",
        "wrong_contact",
        "de",
        ("Michael Brandt", "m.brandt@hotel-am-schlosspark.example"),
        "2032-06-24 13:15",
        "gmail",
        "Hallo,\n\n"
        "Frau Berger ist seit Ende Mai nicht mehr bei uns im Haus, ihre Mails laufen vorübergehend bei mir am Empfang auf. Bitte schicken Sie Rechnungen und Erinnerungen künftig an Buchhaltung@Hotel-am-Schlosspark.example, dann landet das bei der richtigen Stelle.\n\n"
        "Beste Grüße\n"
        "Michael Brandt\n"
        "Rezeption",
        lab(
            new_contact="buchhaltung@hotel-am-schlosspark.example",
            note="the reminder went to a colleague who has left; the address is written in mixed case and labelled in lower case",
        ),
        orig_to=("Katrin Berger", "k.berger@hotel-am-schlosspark.example"),
    ),
    Spec(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Yves Carré", "yves.carre@gmail.com"),
        "2032-06-17 18:30",
        "gmail_plain",
        "Bonjour,\n\n"
        "Vous faites erreur : je ne suis pas la mairie de Saint-Aubin-sur-Loire mais un simple particulier qui porte le même nom que leur ancien secrétaire. Je n'ai jamais rien commandé chez vous.\n\n"
        "Cordialement,\nYves Carré",
        lab(
            note="wrong recipient altogether, no new address; 'never ordered' is about the wrong person, not a dispute"
        ),
    ),
    Spec(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Sophie Marchetti", "s.marchetti@lesjardinsdelaube.example"),
        "2032-06-28 09:45",
        "outlook_html",
        "Bonjour,\n\n"
        "La comptabilité de notre association est désormais tenue par notre cabinet comptable. Merci d'adresser vos factures et relances directement à M. Fabre : comptabilite@cabinet-fabre-expertise.example\n\n"
        "Bonne journée,\n"
        "Sophie Marchetti\n"
        "Présidente – Les Jardins de l'Aube",
        lab(new_contact="comptabilite@cabinet-fabre-expertise.example"),
        charset="windows-1252",
    ),
    Spec(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Pilar Domínguez", "pilar.dominguez.r@gmail.com"),
        "2032-06-13 20:10",
        "iphone",
        "Hola, yo ya no llevo las cuentas de la asociación de vecinos desde marzo. Escribid a la nueva tesorera, Carmen: tesoreria.avlasalinas@gmail.com\nUn saludo",
        lab(new_contact="tesoreria.avlasalinas@gmail.com"),
    ),
    Spec(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Eventos Costa Brava", "info@eventoscostabrava.example"),
        "2032-06-15 09:06",
        "notice",
        "Esta dirección de correo ya no está operativa y los mensajes que se reciban en ella no serán leídos.\n\n"
        "Para cualquier asunto relacionado con facturación y pagos, escriba a administracion@eventoscostabrava.example. Para reservas y consultas comerciales: reservas@eventoscostabrava.example.\n\n"
        "Gracias.",
        lab(
            new_contact="administracion@eventoscostabrava.example",
            note="automatic 'address no longer in use' notice naming a billing address → wrong_contact; the billing address, not the sales one",
        ),
        subject="Respuesta automática: {rsub}",
        threaded=True,
        headers=(AUTO_REPLIED,),
    ),
    Spec(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Bas Mulder", "bas@mulderdakwerken.example"),
        "2032-06-10 07:40",
        "iphone",
        "Verkeerde persoon, ik doe alleen de planning. Facturen gaan via crediteuren@mulderdakwerken.example\n\nBas",
        lab(new_contact="crediteuren@mulderdakwerken.example"),
    ),
    Spec(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Hans Kuipers", "h.kuipers@kuiperskaas.example"),
        "2032-06-18 16:25",
        "outlook",
        "Beste,\n\n"
        "Ik ben hier niet de juiste persoon voor. De betalingen lopen via Sanne de Graaf van onze administratie, ik heb haar in de cc gezet. Wilt u voortaan rechtstreeks met haar mailen? Haar adres is Sanne.deGraaf@KuipersKaas.example.\n\n"
        "Met vriendelijke groet,\n"
        "Hans Kuipers\n"
        "Kuipers Kaas B.V.",
        lab(
            new_contact="sanne.degraaf@kuiperskaas.example",
            note="address written in mixed case and copied in Cc; labelled in lower case",
        ),
        cc="Sanne de Graaf <Sanne.deGraaf@KuipersKaas.example>",
        charset="windows-1252",
    ),
    Spec(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Paolo Ferraro", "paolo.ferraro71@libero.it"),
        "2032-06-20 21:05",
        "apple",
        "Buonasera, guardi che non sono io che mi occupo dei pagamenti, la festa l'ha organizzata mia sorella. Scrivete a lei: giulia.ferraro85@libero.it\nSaluti",
        lab(new_contact="giulia.ferraro85@libero.it"),
    ),
]

UNSUBSCRIBE = [
    Spec(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Kerry Lomax", "kerry@lomaxhairdesign.example"),
        "2032-06-15 13:20",
        "iphone",
        "I've told you I'll pay it when I get paid on the 28th. Stop emailing me every other day its not helping anyone\n\nKerry",
        lab(note="promise plus 'stop emailing': unsubscribe beats the promise"),
    ),
    Spec(
        "un-en-2",
        "unsubscribe",
        "en",
        ("Clerk to the Council", "clerk@hartingfordparishcouncil.example"),
        "2032-06-23 11:02",
        "outlook",
        "Dear Sir or Madam,\n\n"
        "The Parish Council does not deal with invoices or payment matters by email. Please send any further correspondence relating to this account by post, addressed to the Clerk, Hartingford Parish Council, The Old School Room, Church Lane, Hartingford, where it will be considered at the next meeting of the Finance Committee.\n\n"
        "Yours faithfully,\n\n"
        "E. Prowse\n"
        "Clerk to the Council",
        lab(note="post only → unsubscribe"),
    ),
    Spec(
        "un-en-3",
        "unsubscribe",
        "en",
        ("Rebecca Thorne", "r.thorne@thornemackie-law.example"),
        "2032-06-30 16:40",
        "outlook_html",
        "Dear Sirs,\n\n"
        "We act for Mr and Mrs D. Hollis in connection with your invoice for the bar and catering services provided at their daughter's wedding in April.\n\n"
        "Our clients dispute the sums claimed. Please direct all further communication on this matter to this firm, marked for my attention, and do not contact our clients directly.\n\n"
        "Yours faithfully,\n\n"
        "Rebecca Thorne\n"
        "Solicitor\n"
        "Thorne Mackie LLP\n\n"
        "Thorne Mackie LLP is authorised and regulated by the Solicitors Regulation Authority. This email is confidential and may be legally privileged.",
        lab(
            note="the customer's solicitors: 'talk to our lawyer' → unsubscribe, which beats the dispute"
        ),
        orig_to=("Mr D Hollis", "dhollis@hollisfamily.example"),
    ),
    Spec(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Heike Schramm", "heike.schramm@web.de"),
        "2032-06-12 10:17",
        "apple",
        "Bitte nehmen Sie meine Adresse aus Ihrem Verteiler. Ich habe mit dieser Hochzeit nichts zu tun und möchte keine weiteren Mails dazu bekommen.",
        lab(note="stop request beats 'not the right person'"),
    ),
    Spec(
        "un-de-2",
        "unsubscribe",
        "de",
        ("Dr. Frank Weidner", "f.weidner@weidner-consulting.example"),
        "2032-06-25 17:45",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\n"
        "wir bitten Sie, Zahlungserinnerungen und sonstigen Schriftverkehr zu dieser Rechnung künftig ausschließlich auf dem Postweg an unsere Geschäftsadresse zu senden. E-Mails zu offenen Posten werden bei uns aus Sicherheitsgründen nicht mehr bearbeitet.\n\n"
        "Mit freundlichen Grüßen\n"
        "Dr. Frank Weidner\n"
        "Geschäftsführer\n"
        "Weidner Consulting GmbH",
        lab(note="post only → unsubscribe"),
        charset="windows-1252",
    ),
    Spec(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Patrick Roux", "patrick.roux@rouxtransports.example"),
        "2032-06-18 06:55",
        "android",
        "STOP AUX RELANCES. JE VOUS AI DÉJÀ DIT AU TÉLÉPHONE QUE C'ÉTAIT RÉGLÉ. NE M'ÉCRIVEZ PLUS.",
        lab(note="all caps; stop request with a payment claim: unsubscribe wins"),
    ),
    Spec(
        "un-fr-2",
        "unsubscribe",
        "fr",
        ("Isabelle Noël", "direction@cliniqueduparc-angers.example"),
        "2032-06-08 15:30",
        "outlook",
        "Madame, Monsieur,\n\n"
        "Je vous prie de bien vouloir cesser tout envoi de relances par courriel. Conformément à nos procédures internes, toute correspondance relative à une créance doit nous être adressée par lettre recommandée avec accusé de réception, à l'adresse de notre siège social.\n\n"
        "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\n"
        "Isabelle Noël\n"
        "Directrice administrative\n"
        "Clinique du Parc",
        lab(note="very formal; registered post only → unsubscribe"),
        charset="iso-8859-1",
    ),
    Spec(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Manuel Ortega", "manu.ortega.vk@gmail.com"),
        "2032-06-14 22:48",
        "iphone",
        "No me escribáis más a este correo por favor, es personal. Gracias",
        lab(note="stop writing to a personal address, no alternative given"),
    ),
    Spec(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Lucía Prieto", "lucia@prietoeventos.example"),
        "2032-06-30 09:02",
        "gmail_plain",
        "Buenos días,\n\nYa está pagado desde hace semanas, os mandé el justificante. Dejad de mandarme recordatorios, que ya van cuatro.\n\nLucía",
        lab(note="stop request with a payment claim: unsubscribe wins"),
    ),
    Spec(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("J. van der Linden", "j.vanderlinden@lindenhofhoreca.example"),
        "2032-06-17 14:10",
        "outlook_html",
        "Geachte heer/mevrouw,\n\n"
        "In deze kwestie wordt u vanaf heden uitsluitend te woord gestaan door onze advocaat, mr. P. de Wit van De Wit Advocaten te Utrecht. Wij verzoeken u ons niet langer rechtstreeks te mailen.\n\n"
        "Hoogachtend,\n\n"
        "J. van der Linden\n"
        "Directeur Lindenhof Horeca B.V.",
        lab(note="only through our lawyer → unsubscribe"),
    ),
    Spec(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Roberta Sala", "r.sala@salaarredamenti.example"),
        "2032-06-10 11:55",
        "thunderbird",
        "Buongiorno,\n\nvi prego di cancellare il mio indirizzo dalla vostra lista: non ho mai ordinato nulla da voi e non so di quale evento stiate parlando. Non scrivetemi più, grazie.",
        lab(
            note="remove me, plus 'never ordered anything': unsubscribe beats dispute and wrong_contact"
        ),
    ),
    Spec(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Avv. Stefano Moretti", "segreteria@studiolegalemoretti.example"),
        "2032-06-22 12:30",
        "outlook",
        "Egregi Signori,\n\n"
        "scrivo in nome e per conto della sig.ra Valeria Conti, che mi ha conferito mandato in relazione alla fattura in oggetto. Vi invito pertanto a non contattare più direttamente la mia assistita e a indirizzare ogni ulteriore comunicazione esclusivamente al sottoscritto, a mezzo raccomandata A/R presso lo Studio.\n\n"
        "Distinti saluti\n\n"
        "Avv. Stefano Moretti\n"
        "Studio Legale Moretti",
        lab(note="lawyer writing for the customer, registered post only → unsubscribe"),
        orig_to=("Valeria Conti", "valeria.conti@conti-design.example"),
    ),
]

AUTO_REPLY = [
    Spec(
        "au-en-1",
        "auto_reply",
        "en",
        ("Helen Matthews", "helen.matthews@broadleafgroup.example"),
        "2032-06-09 09:14",
        "notice_alt",
        "Thank you for your email. I am out of the office on annual leave and will be back on Monday 21 June. I will have no access to email while I am away.\n\n"
        "For anything urgent relating to invoices or payments, please call the Finance team on 01632 960550.\n\n"
        "Helen Matthews\nOffice Manager, Broadleaf Group",
        lab(return_date="2032-06-21"),
        subject="Automatic reply: {rsub}",
        threaded=True,
        headers=EXCHANGE_OOF,
    ),
    Spec(
        "au-en-2",
        "auto_reply",
        "en",
        ("Harwell & Stoke AP Helpdesk", "ap.helpdesk@harwellstoke.example"),
        "2032-06-08 09:41",
        "notice",
        "Hello,\n\n"
        "Thank you for contacting the Accounts Payable Helpdesk. Your request has been logged under reference AP-448213.\n\n"
        "Our team aims to respond to all supplier queries within 5 working days. Please quote the reference above in any further correspondence so that we can keep your query together.\n\n"
        "You can check the status of your invoices at any time in the Supplier Portal.\n\n"
        "This is an automated message – please do not reply.",
        lab(note="ticket-system acknowledgement, no return date"),
        subject="[AP-448213] Received: {rsub}",
        threaded=True,
        headers=(AUTO_REPLIED, ("X-Ticket-ID", "AP-448213")),
    ),
    Spec(
        "au-en-3",
        "auto_reply",
        "en",
        ("Amelia Strand", "amelia@strandweddingplanning.example"),
        "2032-06-18 15:02",
        "notice",
        "Hi there! Thanks so much for getting in touch.\n\n"
        "I'm away at a wedding abroad until Monday 28 June and will reply to emails as soon as I'm back at my desk. If it's about a wedding happening this week, please call Lottie on 07700 900461.\n\n"
        "Amelia x\nStrand Wedding Planning",
        lab(
            return_date="2032-06-28",
            note="autoresponder with only X-Autoreply, no Auto-Submitted; 'until X' → X",
        ),
        subject="Away until 28 June",
        headers=(("X-Autoreply", "yes"),),
    ),
    Spec(
        "au-de-1",
        "auto_reply",
        "de",
        ("Stefanie Wolf", "s.wolf@wolf-eventtechnik.example"),
        "2032-06-14 09:05",
        "notice_alt",
        "Vielen Dank für Ihre Nachricht.\n\n"
        "Ich bin vom 14.06. bis einschließlich 25.06.2032 nicht im Büro und ab Montag, dem 28.06.2032, wieder für Sie erreichbar. Ihre E-Mail wird in dieser Zeit nicht weitergeleitet.\n\n"
        "In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Hahn (hahn@wolf-eventtechnik.example).\n\n"
        "Mit freundlichen Grüßen\nStefanie Wolf",
        lab(
            return_date="2032-06-28",
            note="the stated day back wins over 'bis einschließlich'; a colleague's address in an auto-reply is not a new contact",
        ),
        subject="Automatische Antwort: {rsub}",
        threaded=True,
        headers=EXCHANGE_OOF,
    ),
    Spec(
        "au-de-2",
        "auto_reply",
        "de",
        ("Rheinwerk AG Kreditorenbuchhaltung", "kreditoren@rheinwerk-ag.example"),
        "2032-06-17 10:31",
        "notice",
        "Sehr geehrte Damen und Herren,\n\n"
        "vielen Dank für Ihre E-Mail. Ihr Anliegen ist bei der Kreditorenbuchhaltung eingegangen und wurde unter der Ticketnummer 2032061710000391 erfasst.\n\n"
        "Bitte beachten Sie: Rechnungen nehmen wir ausschließlich über unser Lieferantenportal oder per Post an die Rechnungsanschrift entgegen. Anfragen zum Zahlungsstatus beantworten wir in der Regel innerhalb von drei Werktagen.\n\n"
        "Diese Nachricht wurde automatisch erstellt.",
        lab(
            note="ticket acknowledgement with only Precedence: bulk; 'per Post' here is the firm's invoice channel, not a stop request"
        ),
        subject="Eingangsbestätigung [Ticket#2032061710000391] {rsub}",
        charset="iso-8859-1",
        headers=(("Precedence", "bulk"),),
    ),
    Spec(
        "au-fr-1",
        "auto_reply",
        "fr",
        ("Aurélie Masson", "a.masson@groupe-velin.example"),
        "2032-06-16 10:20",
        "notice_alt",
        "Bonjour,\n\n"
        "Je suis absente du bureau jusqu'au vendredi 18 juin inclus et serai de retour le lundi 21 juin. Je n'aurai qu'un accès limité à ma messagerie.\n\n"
        "Pour toute urgence, vous pouvez joindre le standard au 01 23 45 67 89.\n\n"
        "Cordialement,\nAurélie Masson",
        lab(
            return_date="2032-06-21",
            note="the stated day back wins over 'jusqu'au … inclus'",
        ),
        subject="Réponse automatique : {rsub}",
        charset="windows-1252",
        headers=EXCHANGE_OOF,
    ),
    Spec(
        "au-fr-2",
        "auto_reply",
        "fr",
        ("Les Caves Dubreuil", "contact@cavesdubreuil.example"),
        "2032-06-29 08:00",
        "notice",
        "Bonjour,\n\n"
        "Nos bureaux sont fermés pour congés annuels du lundi 28 juin au vendredi 16 juillet inclus. Votre message sera traité à notre retour, à partir du lundi 19 juillet.\n\n"
        "Bel été à tous,\nL'équipe des Caves Dubreuil",
        lab(return_date="2032-07-19", note="summer closure; only Precedence: auto_reply"),
        subject="Fermeture estivale",
        headers=(("Precedence", "auto_reply"),),
    ),
    Spec(
        "au-es-1",
        "auto_reply",
        "es",
        ("Beatriz Soler", "beatriz.soler.eventos@gmail.com"),
        "2032-06-10 16:44",
        "notice",
        "Hola,\n\nEstoy fuera de la oficina hasta el 15 de junio, sin acceso regular al correo. Contestaré a tu mensaje en cuanto vuelva.\n\nSi es urgente, llámame al móvil.\n\nBeatriz",
        lab(return_date="2032-06-15", note="Gmail vacation responder; 'hasta X' → X"),
        subject="Fuera de la oficina",
        threaded=True,
        headers=(AUTO_REPLIED,),
    ),
    Spec(
        "au-nl-1",
        "auto_reply",
        "nl",
        ("Willem Postma", "w.postma@postmaveevoer.example"),
        "2032-06-24 12:00",
        "notice_alt",
        "Beste afzender,\n\n"
        "Ik ben met vakantie tot en met vrijdag 2 juli en vanaf maandag 5 juli weer op kantoor. Uw e-mail wordt niet doorgestuurd.\n\n"
        "Voor vragen over facturen kunt u terecht bij onze administratie, telefoon 0512 123 456.\n\n"
        "Met vriendelijke groet,\nWillem Postma",
        lab(
            return_date="2032-07-05",
            note="'vanaf maandag 5 juli weer op kantoor' wins over 'tot en met'",
        ),
        subject="Automatisch antwoord: {rsub}",
        headers=EXCHANGE_OOF,
    ),
    Spec(
        "au-nl-2",
        "auto_reply",
        "nl",
        ("Gemeente Dalkerk", "noreply@dalkerk.example"),
        "2032-06-11 13:05",
        "notice",
        "Geachte afzender,\n\n"
        "Wij hebben uw e-mail in goede orde ontvangen. Uw bericht is geregistreerd onder zaaknummer Z-2032-014477 en wordt doorgestuurd naar de behandelende afdeling.\n\n"
        "U ontvangt binnen tien werkdagen een inhoudelijke reactie. Vermeld bij verdere correspondentie altijd het zaaknummer.\n\n"
        "Dit is een automatisch gegenereerd bericht; u kunt hierop niet reageren.\n\n"
        "Met vriendelijke groet,\nGemeente Dalkerk",
        lab(note="municipal case-registration acknowledgement, no return date"),
        subject="Ontvangstbevestiging: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Spec(
        "au-it-1",
        "auto_reply",
        "it",
        ("Federica Marchi", "f.marchi@marchiviaggi.example"),
        "2032-06-28 08:33",
        "notice_alt",
        "Buongiorno,\n\n"
        "sarò assente dall'ufficio fino a mercoledì 30 giugno compreso, con accesso limitato alla posta elettronica. Rientrerò giovedì 1° luglio.\n\n"
        "Per questioni urgenti potete rivolgervi all'ufficio amministrativo allo 02 1234 5678.\n\n"
        "Cordiali saluti\nFederica Marchi",
        lab(
            return_date="2032-07-01",
            note="the stated day back wins over 'fino a … compreso'",
        ),
        subject="Risposta automatica: {rsub}",
        threaded=True,
        headers=EXCHANGE_OOF,
    ),
    Spec(
        "au-it-2",
        "auto_reply",
        "it",
        ("Masseria Le Querce", "prenotazioni@masserialequerce.example"),
        "2032-07-02 10:48",
        "notice",
        "Gentile cliente,\n\n"
        "grazie per averci scritto. Abbiamo ricevuto il suo messaggio e le risponderemo al più presto: di norma l'ufficio prenotazioni ricontatta tutti entro 48 ore.\n\n"
        "Nei mesi di giugno e luglio l'ufficio è aperto dal martedì al sabato, dalle 10 alle 18.\n\n"
        "Cordiali saluti\nMasseria Le Querce",
        lab(note="webmail autoresponder without any auto-reply header; no return date"),
        subject="Grazie per averci contattato",
        cte="8bit",
    ),
]

OTHER = [
    Spec(
        "ot-en-1",
        "other",
        "en",
        ("Nick Pennington", "nick@penningtonmotors.example"),
        "2032-06-11 12:15",
        "outlook",
        "did we not pay 0352 already? I thought Sue sorted it when she paid the deposit. Can someone ring me on 07700 900318 please\n\nNick",
        lab(
            "OEB/32/0352",
            note="a question, not a payment claim and not a request for documents; a person should check and call back; '0352' is short for OEB/32/0352",
        ),
        inv="OEB/32/0352",
    ),
    Spec(
        "ot-en-2",
        "other",
        "en",
        ("Ellie Thornton", "ellie.thornton@thorntonvets.example"),
        "2032-06-25 13:40",
        "gmail",
        "Hi,\n\n"
        "Thanks for this – I've passed it on to our practice manager.\n\n"
        "While I have you, are you free on Saturday 11 September? We'd love to book the pizza van and a small bar for the practice's 25th anniversary, about 80 people. Could you send over a quote?\n\n"
        "Thanks!\nEllie",
        lab(
            note="passes the reminder on without naming anyone's address, and asks for a quote for a new booking: other"
        ),
    ),
    Spec(
        "ot-en-3",
        "other",
        "en",
        ("Sian Griffiths", "sian.griffiths.88@gmail.com"),
        "2032-06-07 18:05",
        "iphone",
        "Hi, sorry not about the invoice but did any of your bar staff find a silver bracelet after the party on the 29th? It was my nan's. Would be so grateful\n\nSian",
        lab(note="lost property; 'the 29th' is the past event, not a date for any label"),
    ),
    Spec(
        "ot-de-1",
        "other",
        "de",
        ("Günter Albers", "kassenwart@schuetzenverein-hollenstedt.example"),
        "2032-06-09 19:20",
        "outlook",
        "Guten Abend,\n\n"
        "ist das nicht schon längst bezahlt? Ich war der Meinung, unser Vorsitzender hat das nach dem Schützenfest direkt überwiesen. Ich frage morgen bei ihm nach und melde mich dann wieder.\n\n"
        "Mit Schützengruß\n"
        "Günter Albers\n"
        "Kassenwart",
        lab(note="a question ('ist das nicht schon bezahlt?') and a promise to check, not to pay"),
        cte="8bit",
    ),
    Spec(
        "ot-fr-1",
        "other",
        "fr",
        ("Marc Lemoine", "marc.lemoine@lemoine-paysage.example"),
        "2032-06-21 12:02",
        "gmail_plain",
        "Bonjour,\n\n"
        "Je suis en arrêt maladie depuis deux semaines et je ne passe pas au bureau. Je regarderai votre facture à mon retour, je ne sais pas encore quand.\n\n"
        "Cordialement,\nMarc Lemoine",
        lab(note="written by a person, not an auto-reply; no date and no commitment to pay"),
    ),
    Spec(
        "ot-fr-2",
        "other",
        "fr",
        ("Émilie Rousseau", "e.rousseau@rousseau-immobilier.example"),
        "2032-06-30 11:50",
        "outlook_html",
        "Bonjour,\n\n"
        "Bien reçu, merci.\n\n"
        "Petite question au passage : auriez-vous des photos du bar le soir de notre soirée clients ? Notre photographe n'a presque rien pris de ce côté-là et nous aimerions en mettre une ou deux dans notre lettre d'information.\n\n"
        "Bien cordialement,\n"
        "Émilie Rousseau\n"
        "Rousseau Immobilier",
        lab(note="acknowledgement plus an unrelated question"),
    ),
    Spec(
        "ot-es-1",
        "other",
        "es",
        ("Raúl Fuentes", "raul@fuentesyasociados.example"),
        "2032-06-15 18:22",
        "iphone",
        "Recibido. Se lo paso a mi jefe que es quien lleva esto.",
        lab(note="passed on without naming anyone's address: acknowledgement only"),
    ),
    Spec(
        "ot-es-2",
        "other",
        "es",
        ("Javier Bosch Ferrer", "ac.hosteleria.levante@boschferrer-concursal.example"),
        "2032-06-24 10:10",
        "outlook",
        "Muy señores nuestros:\n\n"
        "Les informamos de que la sociedad Hostelería Levante, S.L. fue declarada en concurso de acreedores por auto del Juzgado de lo Mercantil n.º 2 de Valencia de fecha 3 de junio de 2032, y que quien suscribe ha sido nombrado administrador concursal.\n\n"
        "De conformidad con la normativa concursal, la sociedad no puede atender el pago de créditos anteriores a la declaración de concurso. Les rogamos que comuniquen su crédito a esta administración concursal dentro del plazo legal, aportando copia de las facturas pendientes.\n\n"
        "Atentamente,\n\n"
        "Javier Bosch Ferrer\n"
        "Administrador concursal",
        lab(
            note="insolvency notice from the court-appointed administrator: a person must read it; not a dispute, not a plan"
        ),
        charset="iso-8859-1",
        orig_to=("Hostelería Levante", "administracion@hostelerialevante.example"),
    ),
    Spec(
        "ot-nl-1",
        "other",
        "nl",
        ("Ilse Dekker", "ilse@dekkerdesign.example"),
        "2032-06-08 20:35",
        "gmail",
        "Hoi! Bedankt, ik kijk er morgen even naar.\n\nTrouwens, jullie hebben na de bruiloft nog twee statafels en een koelbox bij ons in de schuur laten staan. Wanneer komen jullie die ophalen?\n\nGroetjes,\nIlse",
        lab(note="'ik kijk er morgen naar' is no commitment to pay; equipment question"),
    ),
    Spec(
        "ot-nl-2",
        "other",
        "nl",
        ("Stichting Dorpsfeest Ellewoude", "secretariaat@dorpsfeestellewoude.example"),
        "2032-06-16 10:05",
        "outlook",
        "Geachte heer/mevrouw,\n\n"
        "Uw herinnering is in goede orde ontvangen en doorgestuurd naar onze penningmeester. U hoort zo spoedig mogelijk van ons.\n\n"
        "Met vriendelijke groet,\n"
        "Secretariaat Stichting Dorpsfeest Ellewoude",
        lab(note="acknowledgement written by a person (no auto headers); passed on internally"),
        charset="windows-1252",
    ),
    Spec(
        "ot-it-1",
        "other",
        "it",
        ("Sara Colombo", "s.colombo@colombopanifici.example"),
        "2032-06-17 11:10",
        "outlook",
        "Buongiorno,\n\n"
        "vi informo con dispiacere che il titolare, sig. Ernesto Colombo, è mancato il mese scorso. L'attività è momentaneamente ferma e le questioni amministrative sono in mano alla famiglia e al notaio. Vi chiedo un po' di pazienza, vi faremo sapere.\n\n"
        "Cordiali saluti\n"
        "Sara Colombo",
        lab(note="bereavement; no commitment, no new contact; a person must read it"),
        charset="iso-8859-1",
    ),
    Spec(
        "ot-it-2",
        "other",
        "it",
        ("Davide Greco", "davide.greco@grecocostruzioni.example"),
        "2032-06-29 13:05",
        "iphone",
        "Ricevuto grazie. Una domanda: il furgone dei cocktail si può prenotare anche per fine agosto? Ci sarebbe la festa per i 50 anni di mio fratello",
        lab(note="acknowledgement plus a booking question"),
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
# Bounces: machine skeletons, hand-written human-readable parts
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
    rlang: str
    lag_minutes: int = 2
    note: str | None = None

    @property
    def dt(self) -> datetime:
        """Date: of the report, in the reporting system's offset (UK for English, else CE)."""
        return local_time(self.when, "uk" if self.lang == "en" else "ce")

    @property
    def local(self) -> str:
        """Local part of the failed address."""
        return self.rcpt.split("@")[0]

    @property
    def domain(self) -> str:
        """Domain of the failed address."""
        return self.rcpt.split("@")[1]


def bounced_reminder(b: Bounce, inv: str) -> Reminder:
    """The reminder that could not be delivered."""
    moment = (b.dt - timedelta(minutes=b.lag_minutes)).astimezone(UTC)
    sent = moment.astimezone(zone_offset("uk", moment.replace(tzinfo=None)))
    currency = "GBP" if b.rlang == "en" else "EUR"
    return Reminder(b.key, inv, default_amount(b.key), currency, b.rlang, sent, ("", b.rcpt))


def reminder_message(rem: Reminder) -> Message:
    """The reminder exactly as Oakhanger's system sent it."""
    msg = text_part(rem.text + "\n", "plain", "utf-8", "qp")
    msg["From"] = mailbox(LEDGER_NAME, LEDGER_ADDR)
    msg["To"] = rem.to[1]
    msg["Subject"] = encoded(rem.subject, "utf-8")
    msg["Date"] = format_datetime(rem.sent)
    msg["Message-ID"] = rem.msgid
    move_content_headers_last(msg)
    return msg


def header_block(rem: Reminder) -> str:
    """The reminder's header lines, as returned inside a report."""
    msg = reminder_message(rem)
    return "".join(f"{name}: {value}\n" for name, value in msg.items())


def returned_copy(rem: Reminder) -> str:
    """The whole reminder as text, as non-MIME bounces append it."""
    return reminder_message(rem).as_string()


def rfc822_headers(rem: Reminder) -> Message:
    """A text/rfc822-headers part."""
    return text_part(header_block(rem), "rfc822-headers", "us-ascii", "7bit")


def delivery_status(
    b: Bounce,
    rem: Reminder,
    mta: str,
    action: str,
    diagnostic: str,
    remote: str = "",
    extra: tuple[str, ...] = (),
) -> Message:
    """A message/delivery-status part (RFC 3464): one per-message and one per-recipient block."""
    per_message = [
        f"Reporting-MTA: dns; {mta}",
        *extra,
        f"Arrival-Date: {format_datetime(rem.sent)}",
    ]
    per_recipient = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if action == "delayed":
        per_recipient.append(f"Will-Retry-Until: {format_datetime(b.dt + timedelta(days=4))}")
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload(
        [
            message_from_bytes(("\n".join(block) + "\n").encode())
            for block in (per_message, per_recipient)
        ]
    )
    return part


def report(*parts: Message) -> Message:
    """multipart/report; report-type=delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def office365_human(lines: list[str], charset: str) -> Message:
    """The readable part of an Office 365 report: plain and HTML alternatives."""
    plain = "\n\n".join(lines) + "\n"
    rich = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>'
        "<body><div style=\"font-family:'Segoe UI',Frutiger,Arial,sans-serif\">"
        f'<p style="font-size:16pt;color:#C00000"><b>{html.escape(lines[0])}</b></p>'
        + "".join(f"<p>{html_text(line)}</p>" for line in lines[1:])
        + "</div></body></html>\n"
    )
    return alternative(
        text_part(plain, "plain", charset, "qp"), text_part(rich, "html", charset, "qp")
    )


def seal(
    b: Bounce,
    msg: Message,
    sender: str,
    subject: str,
    extra: tuple[tuple[str, str], ...] = (),
    style: str = "report",
) -> Message:
    """Envelope headers of a report; `style` shapes the boundaries like the reporting software's."""
    msg["Return-Path"] = "<>"
    msg["From"] = sender
    msg["To"] = LEDGER_ADDR
    msg["Subject"] = encoded(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = sender.rsplit("@", 1)[1].strip(">) ").split()[0]
    msg["Message-ID"] = f"<{token(b.key, 'report', 24).lower()}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    for name, value in extra:
        msg[name] = value
    return finish(msg, b.key, style)


def bounce_postfix_domain(b: Bounce, rem: Reminder) -> Message:
    """Postfix with a provider's own bounce template: the recipient's domain no longer resolves."""
    human = (
        "This is the mail system at host mx-out.oakhanger-events.example.\n\n"
        "Your message could not be delivered to one or more recipients. The reason\n"
        "is given below, and the headers of your message are attached.\n\n"
        "Please check the address for mistakes. If it is correct, the recipient's\n"
        "domain may no longer exist and you should contact them another way.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: Host or domain name not found. Name service error for\n"
        f"    name={b.domain} type=MX: Host not found\n"
    )
    diag = f"Host or domain name not found. Name service error for name={b.domain} type=MX: Host not found"
    ds = delivery_status(
        b,
        rem,
        "mx-out.oakhanger-events.example",
        "failed",
        diag,
        extra=(
            "X-Postfix-Queue-ID: 4Ght2R0sQmz7vKp",
            f"X-Postfix-Sender: rfc822; {LEDGER_ADDR}",
        ),
    )
    msg = report(text_part(human, "plain", "us-ascii", "7bit"), ds, rfc822_headers(rem))
    return seal(
        b,
        msg,
        "MAILER-DAEMON@mx-out.oakhanger-events.example (Mail Delivery System)",
        "Undelivered Mail Returned to Sender",
    )


def bounce_qmail(b: Bounce, rem: Reminder) -> Message:
    """qmail's plain-text failure notice with the message appended."""
    text = (
        "Hi. This is the qmail-send program at mail.brackenhost.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "Sorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{LEDGER_ADDR}>\n"
        f"Received: (qmail 30917 invoked from network); {format_datetime(rem.sent.astimezone(UTC))}\n"
        + returned_copy(rem)
    )
    msg = Message()
    msg.set_payload(text)
    return seal(b, msg, "MAILER-DAEMON@mail.brackenhost.example", "failure notice")


def bounce_exim_quota(b: Bounce, rem: Reminder) -> Message:
    """Exim's plain-text bounce: a 552 mailbox-full rejection reported as permanent."""
    text = (
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        f"  {b.rcpt}\n"
        f"    host mx1.{b.domain} [203.0.113.58]\n"
        f"    SMTP error from remote mail server after RCPT TO:<{b.rcpt}>:\n"
        f"    552 5.2.2 <{b.rcpt}>: mailbox full, quota exceeded\n\n"
        "------ This is a copy of the message, including all the headers. ------\n\n"
        + returned_copy(rem)
    )
    msg = Message()
    msg.set_payload(text)
    return seal(
        b,
        msg,
        "Mail Delivery System <Mailer-Daemon@smtp-relay.oakhanger-events.example>",
        "Mail delivery failed: returning message to sender",
        (("X-Failed-Recipients", b.rcpt),),
    )


def bounce_o365_fr(b: Bounce, rem: Reminder) -> Message:
    """Office 365 in French: recipient not found."""
    server = "PAXP193MB2210.EURP193.PROD.OUTLOOK.COM"
    diag = f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {b.rcpt} not found by SMTP address lookup"
    human = office365_human(
        [
            f"Votre message à {b.rcpt} n'a pas pu être remis.",
            f"{b.local} est introuvable dans {b.domain}.",
            "Comment résoudre ce problème\nLe message n'a pas été remis parce que l'adresse du destinataire n'existe pas, ou plus, dans le domaine de destination. Elle a peut-être été mal saisie. Vérifiez l'adresse, corrigez-la si nécessaire, puis renvoyez le message.",
            "Si l'adresse est correcte, contactez le destinataire par un autre moyen (par téléphone, par exemple) pour lui demander s'il a changé d'adresse.",
            "Informations plus détaillées pour les administrateurs de messagerie",
            f"Serveur de génération : {server}",
            f"{b.rcpt}\nLe serveur distant a renvoyé « {diag} »",
        ],
        "utf-8",
    )
    ds = delivery_status(
        b,
        rem,
        server,
        "failed",
        diag,
        extra=("Received-From-MTA: dns; mx-out.oakhanger-events.example",),
    )
    msg = report(human, ds, rfc822_headers(rem))
    return seal(
        b,
        msg,
        f"Microsoft Outlook <postmaster@{b.domain}>",
        f"Non remis : {rem.subject}",
        style="outlook",
    )


def bounce_o365_de(b: Bounce, rem: Reminder) -> Message:
    """Office 365 in German: rejected by policy (the group takes no outside mail)."""
    server = "FR4P281MB3377.DEUP281.PROD.OUTLOOK.COM"
    diag = "550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: CreateMessage]"
    human = office365_human(
        [
            f"Ihre Nachricht an {b.rcpt} konnte nicht übermittelt werden.",
            f"Die Gruppe {b.local} nimmt nur Nachrichten von Personen innerhalb ihrer Organisation oder von zugelassenen Absendern an. Ihre Adresse steht nicht auf dieser Liste.",
            "So beheben Sie das Problem\nBitten Sie den Besitzer der Gruppe, Ihre Adresse als zulässigen Absender einzutragen, oder wenden Sie sich auf anderem Weg an den Empfänger. Ein erneutes Senden ohne diese Änderung schlägt wieder fehl.",
            "Weitere Informationen für E-Mail-Administratoren",
            f"Generierender Server: {server}",
            f"{b.rcpt}\nRemoteserver hat '{diag}' zurückgegeben",
        ],
        "iso-8859-1",
    )
    ds = delivery_status(
        b,
        rem,
        server,
        "failed",
        diag,
        extra=("Received-From-MTA: dns; mx-out.oakhanger-events.example",),
    )
    msg = report(human, ds, rfc822_headers(rem))
    return seal(
        b,
        msg,
        f"Microsoft Outlook <postmaster@{b.domain}>",
        f"Unzustellbar: {rem.subject}",
        style="outlook",
    )


def bounce_provider_de(b: Bounce, rem: Reminder) -> Message:
    """A German host's own plain-text notice: mailbox temporarily disabled, retrying."""
    text = (
        "Dies ist eine automatisch erstellte Nachricht des Mailsystems von gastro-hosting.example.\n\n"
        f"Ihre Nachricht an\n\n    {b.rcpt}\n\n"
        "konnte bisher nicht zugestellt werden, weil das Postfach des Empfängers vorübergehend gesperrt ist (450 4.2.1 mailbox temporarily disabled).\n\n"
        "Wir versuchen die Zustellung in regelmäßigen Abständen erneut, längstens jedoch 4 Tage. Sie müssen nichts weiter unternehmen. Schlägt die Zustellung endgültig fehl, erhalten Sie eine weitere Nachricht.\n\n"
        "--- Kopfzeilen der ursprünglichen Nachricht ---\n" + latin1_fallback(header_block(rem))
    )
    msg = text_part(text, "plain", "iso-8859-1", "qp")
    return seal(
        b,
        msg,
        "Mail Delivery System <MAILER-DAEMON@mx2.gastro-hosting.example>",
        f"Zustellung verzögert: {rem.subject}",
    )


def bounce_gmail_es(b: Bounce, rem: Reminder) -> Message:
    """Gmail in Spanish: the address does not exist."""
    lines = [
        "** No se ha encontrado la dirección **",
        f"Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o esta no puede recibir correo.",
        "Más información: https://support.google.com/mail/?p=NoSuchUser",
        "La respuesta del servidor remoto ha sido:",
        "550 5.1.1 The email account that you tried to reach does not exist. d75a77b69052e-4a7f2c1e90bsi88213cf.311 - gsmtp",
    ]
    plain = "\n\n".join(lines) + "\n"
    rich = (
        "<html><body>"
        + "".join(f"<p>{html.escape(line)}</p>" for line in lines)
        + "</body></html>\n"
    )
    human = alternative(
        text_part(plain, "plain", "utf-8", "qp"), text_part(rich, "html", "utf-8", "qp")
    )
    ds = delivery_status(
        b,
        rem,
        "mx.google.com",
        "failed",
        "550-5.1.1 The email account that you tried to reach does not exist.",
        "gmail-smtp-in.l.google.com",
    )
    msg = report(human, ds, rfc822_headers(rem))
    return seal(
        b,
        msg,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
        (("X-Failed-Recipients", b.rcpt),),
        style="gmail",
    )


def bounce_provider_es(b: Bounce, rem: Reminder) -> Message:
    """A Spanish host's delay report, RFC 3464 with a Spanish readable part."""
    human = (
        "Este es un mensaje automático del servidor de correo smtp.hostingiberico.example.\n\n"
        "Su mensaje todavía no ha podido entregarse al destinatario indicado a continuación. El servidor de destino no responde; seguiremos intentándolo durante los próximos 4 días y no es necesario que vuelva a enviar el mensaje.\n\n"
        f"    Destinatario: {b.rcpt}\n"
        f"    Motivo: 4.4.1 tiempo de conexión agotado con mx.{b.domain}\n\n"
        "Si la entrega falla definitivamente, recibirá un nuevo aviso.\n"
    )
    ds = delivery_status(
        b,
        rem,
        "smtp.hostingiberico.example",
        "delayed",
        "421 4.4.1 Connection timed out",
        f"mx.{b.domain}",
    )
    msg = report(text_part(human, "plain", "utf-8", "qp"), ds, rfc822_headers(rem))
    return seal(
        b,
        msg,
        "Servicio de correo <postmaster@smtp.hostingiberico.example>",
        f"Aviso de retraso en la entrega: {rem.subject}",
    )


def bounce_o365_nl(b: Bounce, rem: Reminder) -> Message:
    """Office 365 in Dutch: delivery delayed."""
    server = "AM9P195MB1460.EURP195.PROD.OUTLOOK.COM"
    diag = "451 4.4.7 Message delayed; remote server did not respond"
    human = office365_human(
        [
            f"De bezorging van uw bericht aan {b.rcpt} is vertraagd.",
            "Het bericht is nog niet bezorgd. We blijven het automatisch opnieuw proberen. U hoeft niets te doen; als het bericht uiteindelijk niet kan worden bezorgd, ontvangt u daarover een melding.",
            "Meer informatie voor e-mailbeheerders",
            f"Genererende server: {server}",
            f"{b.rcpt}\nDe externe server heeft '{diag}' geretourneerd",
        ],
        "utf-8",
    )
    ds = delivery_status(b, rem, server, "delayed", diag)
    msg = report(human, ds, rfc822_headers(rem))
    return seal(
        b,
        msg,
        f"Microsoft Outlook <postmaster@{LEDGER_DOMAIN}>",
        f"Bezorging vertraagd: {rem.subject}",
        style="outlook",
    )


def bounce_provider_nl(b: Bounce, rem: Reminder) -> Message:
    """A Dutch host's plain-text notice: address unknown."""
    text = (
        "Dit is een automatisch bericht van de mailserver mail.netwerkhosting.example.\n\n"
        "Uw bericht kon niet worden afgeleverd bij de volgende ontvanger:\n\n"
        f"    {b.rcpt}\n\n"
        "Reden: dit e-mailadres bestaat niet (550 5.1.1 mailbox unknown). Controleer het adres op typefouten. Er worden geen nieuwe pogingen meer gedaan.\n\n"
        "Hieronder vindt u de kopregels van uw oorspronkelijke bericht.\n\n" + header_block(rem)
    )
    msg = text_part(text, "plain", "utf-8", "qp")
    return seal(
        b,
        msg,
        "Mailserver <mailer-daemon@mail.netwerkhosting.example>",
        f"Onbestelbaar bericht: {rem.subject}",
    )


def bounce_o365_it(b: Bounce, rem: Reminder) -> Message:
    """Office 365 in Italian: the mailbox is full."""
    server = "DB8P191MB0642.EURP191.PROD.OUTLOOK.COM"
    diag = "552 5.2.2 STOREDRV.Deliver.Exception:QuotaExceededException; mailbox quota exceeded"
    human = office365_human(
        [
            f"Impossibile recapitare il messaggio a {b.rcpt}.",
            "La cassetta postale del destinatario è piena e al momento non può ricevere altri messaggi.",
            "Come risolvere il problema\nProva a inviare di nuovo il messaggio più tardi, oppure contatta il destinatario in un altro modo (ad esempio per telefono) e avvisalo che la sua cassetta postale è piena.",
            "Ulteriori informazioni per gli amministratori della posta elettronica",
            f"Server di generazione: {server}",
            f"{b.rcpt}\nIl server remoto ha restituito '{diag}'",
        ],
        "utf-8",
    )
    ds = delivery_status(b, rem, server, "failed", diag)
    msg = report(human, ds, rfc822_headers(rem))
    return seal(
        b,
        msg,
        f"Microsoft Outlook <postmaster@{b.domain}>",
        f"Non recapitabile: {rem.subject}",
        style="outlook",
    )


def bounce_provider_it(b: Bounce, rem: Reminder) -> Message:
    """An Italian host's plain-text delay notice, sent 8-bit."""
    text = (
        "Questo è un messaggio automatico del sistema di posta di mail.provincianet.example.\n\n"
        f"Il messaggio inviato a {b.rcpt} non è stato ancora consegnato: il server di destinazione ha chiuso la connessione durante la trasmissione (4.4.2 connessione interrotta).\n\n"
        "Il sistema ritenterà l'invio automaticamente per i prossimi 5 giorni; non è necessario inviare di nuovo il messaggio. In caso di mancata consegna definitiva riceverà un ulteriore avviso.\n\n"
        f"Oggetto del messaggio: {rem.subject}\n"
        f"Data di invio: {format_datetime(rem.sent)}\n"
    )
    msg = text_part(text, "plain", "utf-8", "8bit")
    return seal(
        b,
        msg,
        "Sistema di posta <mailer-daemon@mail.provincianet.example>",
        "Avviso: consegna ritardata",
    )


BOUNCES: list[tuple[Bounce, Callable[[Bounce, Reminder], Message]]] = [
    (
        Bounce(
            "bo-en-1",
            "en",
            "hard",
            "5.4.4",
            "hello@hartleybarnweddings.example",
            "2032-06-07 08:36",
            "en",
            note="domain no longer resolves; provider's own Postfix template, RFC 3464 with text/rfc822-headers",
        ),
        bounce_postfix_domain,
    ),
    (
        Bounce(
            "bo-en-2",
            "en",
            "hard",
            "5.1.1",
            "jo@brackenfieldcc.example",
            "2032-06-09 08:44",
            "en",
            note="qmail failure notice, non-MIME, the message appended",
        ),
        bounce_qmail,
    ),
    (
        Bounce(
            "bo-en-3",
            "en",
            "soft",
            "5.2.2",
            "bookings@thecricketersarms.example",
            "2032-06-22 08:58",
            "en",
            note="Exim calls it a permanent error, but mailbox full is soft; the 5.x code is kept",
        ),
        bounce_exim_quota,
    ),
    (
        Bounce(
            "bo-fr-1",
            "fr",
            "hard",
            "5.1.10",
            "evenements@manoirdeslandes.example",
            "2032-06-10 09:47",
            "fr",
            note="Office 365 in French, recipient not found",
        ),
        bounce_o365_fr,
    ),
    (
        Bounce(
            "bo-de-1",
            "de",
            "hard",
            "5.7.1",
            "einkauf@stadtwerke-bergfeld.example",
            "2032-06-15 10:12",
            "de",
            note="Office 365 in German, rejected by policy (group closed to outside senders)",
        ),
        bounce_o365_de,
    ),
    (
        Bounce(
            "bo-de-2",
            "de",
            "soft",
            "4.2.1",
            "info@landgasthof-kramer.example",
            "2032-06-23 13:40",
            "de",
            lag_minutes=240,
            note="German host's plain-text notice, mailbox temporarily disabled, retrying",
        ),
        bounce_provider_de,
    ),
    (
        Bounce(
            "bo-es-1",
            "es",
            "hard",
            "5.1.1",
            "fiestas.pepeycarmen@gmail.com",
            "2032-06-18 10:02",
            "es",
            note="Gmail report in Spanish",
        ),
        bounce_gmail_es,
    ),
    (
        Bounce(
            "bo-es-2",
            "es",
            "soft",
            "4.4.1",
            "reservas@fincaelalmendral.example",
            "2032-06-29 13:15",
            "es",
            lag_minutes=240,
            note="Spanish host's delay report, RFC 3464",
        ),
        bounce_provider_es,
    ),
    (
        Bounce(
            "bo-nl-1",
            "nl",
            "soft",
            "4.4.7",
            "facturen@hotelduinzicht.example",
            "2032-06-16 13:30",
            "nl",
            lag_minutes=240,
            note="Office 365 in Dutch, delivery delayed",
        ),
        bounce_o365_nl,
    ),
    (
        Bounce(
            "bo-nl-2",
            "nl",
            "hard",
            "5.1.1",
            "info@cafedeoudesluis.example",
            "2032-06-30 09:20",
            "nl",
            note="Dutch host's plain-text notice, address unknown",
        ),
        bounce_provider_nl,
    ),
    (
        Bounce(
            "bo-it-1",
            "it",
            "soft",
            "5.2.2",
            "amministrazione@cantinavalloni.example",
            "2032-06-11 10:20",
            "it",
            note="Office 365 in Italian, mailbox full: soft, the 5.x code is kept",
        ),
        bounce_o365_it,
    ),
    (
        Bounce(
            "bo-it-2",
            "it",
            "soft",
            "4.4.2",
            "info@osteriadelportico.example",
            "2032-07-02 14:05",
            "it",
            lag_minutes=300,
            note="Italian host's plain-text delay notice, 8-bit",
        ),
        bounce_provider_it,
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, numbering, checks and output
# --------------------------------------------------------------------------------------------

LABEL_KEYS = ("file", "intent", *FIELDS, "invoice_refs", "language", "note")
DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
AMOUNT_RE = re.compile(r"\d+\.\d{2}")
STATUS_RE = re.compile(r"[45]\.\d{1,3}\.\d{1,3}")


@dataclass
class Item:
    """One built message with what the checks need to know about it."""

    key: str
    msg: Message
    label: dict[str, object]
    sent: datetime
    new_text: str
    kind: str
    threaded: bool
    zone: str
    client: str = "report"
    extras: dict[str, str] = field(default_factory=dict)


def assign_invoices() -> dict[str, str]:
    """Invoice numbers for reminders whose number the new text does not fix."""
    fixed = {spec.inv for spec in REPLIES if spec.inv}
    for spec in REPLIES:
        fixed.update(INVOICE_RE.findall(spec.body))
    pool = [f"OEB/32/{n:04d}" for n in range(301, 500) if f"OEB/32/{n:04d}" not in fixed]
    keys = [spec.key for spec in REPLIES if not spec.inv] + [b.key for b, _ in BOUNCES]
    keys.sort(key=lambda key: token(key, "invoice", 20))
    step = len(pool) // len(keys)
    return {key: pool[index * step + number(key, "slot") % step] for index, key in enumerate(keys)}


def reminder_for(spec: Spec, invoices: Mapping[str, str]) -> Reminder:
    """The reminder a reply answers."""
    currency = spec.currency or ("GBP" if spec.reminder_lang == "en" else "EUR")
    return Reminder(
        spec.key,
        spec.inv or invoices[spec.key],
        spec.amount or default_amount(spec.key),
        currency,
        spec.reminder_lang,
        reminder_sent(spec.dt, spec.key, automatic=spec.client.startswith("notice")),
        spec.orig_to or spec.who,
    )


def reply_label(spec: Spec) -> dict[str, object]:
    """The label of a reply or notice, in the corpus key order (file is added later)."""
    label: dict[str, object] = {"intent": spec.intent}
    for name in FIELDS:
        label[name] = spec.labels.get(name)
    label["invoice_refs"] = spec.labels["invoice_refs"]
    label["language"] = spec.lang
    label["note"] = spec.labels["note"]
    return label


def bounce_label(b: Bounce) -> dict[str, object]:
    """The label of a delivery report."""
    label: dict[str, object] = {"intent": "bounce"}
    label.update(dict.fromkeys(FIELDS))
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


def build_items() -> list[Item]:
    """Every message, built."""
    invoices = assign_invoices()
    items = [
        Item(
            spec.key,
            build_reply(spec, reminder_for(spec, invoices)),
            reply_label(spec),
            spec.dt,
            spec.body,
            "notice" if spec.client.startswith("notice") else "reply",
            spec.is_threaded,
            spec.tz,
            spec.client,
            {"charset": spec.charset, "cte": spec.cte},
        )
        for spec in REPLIES
    ]
    for b, build in BOUNCES:
        rem = bounced_reminder(b, invoices[b.key])
        zone = "uk" if b.lang == "en" else "ce"
        items.append(Item(b.key, build(b, rem), bounce_label(b), b.dt, "", "bounce", False, zone))
    return items


def fail(key: str, problem: str) -> None:
    """Stop with a message naming the spec at fault."""
    raise SystemExit(f"{key}: {problem}")


def check_label(item: Item) -> None:
    """Shape and sense of one label against its message."""
    label, key = item.label, item.key
    if tuple(label) != LABEL_KEYS:
        fail(key, f"label keys {tuple(label)}")
    intent = str(label["intent"])
    if intent not in INTENTS or label["language"] not in LANGS:
        fail(key, "unknown intent or language")
    allowed = INTENT_FIELDS.get(intent, frozenset())
    for name in FIELDS:
        value = label[name]
        if value is None:
            continue
        if name not in allowed:
            fail(key, f"{name} filled for {intent}")
        if not isinstance(value, str):
            fail(key, f"{name} is not a string")
    today = item.sent.date()
    for name in ("paid_date", "promised_date", "return_date"):
        value = label[name]
        if value is None:
            continue
        if not DATE_RE.fullmatch(str(value)):
            fail(key, f"{name} {value!r} is not ISO")
        day = date.fromisoformat(str(value))
        if name == "paid_date" and day > today:
            fail(key, "paid after the message date")
        if name != "paid_date" and day < today:
            fail(key, f"{name} before the message date")
    if label["amount"] is not None and not AMOUNT_RE.fullmatch(str(label["amount"])):
        fail(key, "amount shape")
    if (label["amount"] is None) != (label["currency"] is None) or label["currency"] not in {
        None,
        "GBP",
        "EUR",
    }:
        fail(key, "amount and currency go together")
    contact = label["new_contact"]
    if contact is not None and (
        str(contact) != str(contact).lower() or str(contact) not in item.new_text.lower()
    ):
        fail(key, "new_contact must be lower case and written in the new text")
    refs = label["invoice_refs"]
    if not isinstance(refs, list) or len(set(refs)) != len(refs):
        fail(key, "invoice_refs must be a list without repeats")
    written = set(INVOICE_RE.findall(item.new_text))
    for ref in cast("list[str]", refs):
        if not INVOICE_RE.fullmatch(ref) or ref[-4:] not in item.new_text:
            fail(key, f"invoice ref {ref} not in the new text")
    if not written <= set(cast("list[str]", refs)):
        fail(key, f"invoice numbers in the text but not labelled: {sorted(written)}")
    if intent == "bounce":
        status, kind = str(label["bounce_status"]), label["bounce_kind"]
        if not STATUS_RE.fullmatch(status) or "@" not in str(label["failed_recipient"]):
            fail(key, "bounce fields")
        soft = status.startswith("4.") or status == "5.2.2"
        if kind != ("soft" if soft else "hard"):
            fail(key, "bounce kind does not match the status")
    if label["note"] is not None and not isinstance(label["note"], str):
        fail(key, "note")


def decoded_text(msg: EmailMessage) -> tuple[str, str]:
    """All decoded plain text and all decoded HTML text of a parsed message."""
    plain: list[str] = []
    rich: list[str] = []
    for part in msg.walk():
        if part.get_content_maintype() != "text" or part.get_content_subtype() == "rfc822-headers":
            continue
        content = part.get_content()
        if not isinstance(content, str):
            raise SystemExit("text part did not decode to str")
        (rich if part.get_content_subtype() == "html" else plain).append(content)
    return "\n".join(plain), "\n".join(rich)


def check_message(item: Item, name: str, data: bytes) -> EmailMessage:
    """Parse a written file back and check headers, parts and the hand-written text."""
    msg = message_from_bytes(data, policy=policy.default)
    if not isinstance(msg, EmailMessage):
        fail(item.key, "did not parse as EmailMessage")
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            fail(item.key, f"{name} has no {header}")
    for part in msg.walk():
        if part.defects:
            fail(item.key, f"{name}: defects {part.defects}")
        for header_name, value in part.items():
            if getattr(value, "defects", ()):
                fail(item.key, f"{name}: header {header_name} defects {value.defects}")
            if "=?" in str(value) or "\ufffd" in str(value):
                fail(item.key, f"{name}: header {header_name} not decoded")
    if any(len(line) > 998 for line in data.split(b"\n")):
        fail(item.key, "line longer than 998 octets")
    when = msg["Date"].datetime
    if when != item.sent or when.utcoffset() != item.sent.utcoffset():
        fail(item.key, "Date header does not round-trip")
    if (msg["In-Reply-To"] is not None) != item.threaded:
        fail(item.key, "threading headers")
    plain, rich = decoded_text(msg)
    if "\ufffd" in plain + rich:
        fail(item.key, "replacement character in decoded text")
    if item.new_text:
        wanted = squash(
            strip_tags(item.new_text) if item.client == "notice_html" else item.new_text
        )
        if wanted not in squash(plain) and wanted not in squash(strip_tags(rich)):
            fail(item.key, "hand-written text not found in the decoded parts")
    return msg


def count_table(labels: list[dict[str, object]]) -> str:
    """The table of counts by intent and language."""
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    lines = [
        "| intent | " + " | ".join(LANGS) + " | total |",
        "|---|" + "---:|" * (len(LANGS) + 1),
    ]
    for intent in INTENTS:
        row = [cells[intent, lang] for lang in LANGS]
        lines.append(f"| {intent} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    totals = [sum(cells[intent, lang] for intent in INTENTS) for lang in LANGS]
    lines.append(
        "| **total** | " + " | ".join(f"**{t}**" for t in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(lines)


def check_counts(labels: list[dict[str, object]]) -> None:
    """Twelve messages per intent and the agreed number per language."""
    intents = Counter(str(x["intent"]) for x in labels)
    langs = Counter(str(x["language"]) for x in labels)
    if any(intents[i] != PER_INTENT for i in INTENTS) or dict(langs) != LANG_TARGET:
        raise SystemExit(f"counts off: {dict(intents)} {dict(langs)}")


def coverage(items: list[Item], parsed: list[EmailMessage]) -> str:
    """A summary of the formats in the corpus."""
    clients = Counter(item.client for item in items)
    top = Counter(msg.get_content_type() for msg in parsed)
    charsets: Counter[str] = Counter()
    encodings: Counter[str] = Counter()
    headers: Counter[str] = Counter()
    for msg in parsed:
        seen_cs = {
            str(p.get_content_charset())
            for p in msg.walk()
            if p.get_content_maintype() == "text" and p.get_content_charset()
        }
        seen_cte = {
            str(p.get("Content-Transfer-Encoding", "7bit")).lower()
            for p in msg.walk()
            if not p.is_multipart()
            and p.get_content_type() != "message/delivery-status"
            and "Content-Type" in p
        }
        charsets.update(seen_cs)
        encodings.update(seen_cte)
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
    raw_subjects = sum(1 for item in items if "=?" in str(item.msg["Subject"]))
    raw_from = sum(1 for item in items if "=?" in str(item.msg["From"]))
    headers["encoded Subject"] = raw_subjects
    headers["encoded From"] = raw_from
    return "\n".join(
        [
            f"clients: {dict(sorted(clients.items()))}",
            f"top-level types: {dict(sorted(top.items()))}",
            f"charsets (messages using): {dict(sorted(charsets.items()))}",
            f"transfer encodings (messages using): {dict(sorted(encodings.items()))}",
            f"headers (messages carrying): {dict(headers)}",
        ]
    )


def check_dates(items: list[Item]) -> None:
    """Every message inside the window, on its zone's summer-time offset (BST +01:00, CEST +02:00)."""
    year = FIRST_DAY.year
    if not last_sunday(year, 3) < FIRST_DAY <= LAST_DAY < last_sunday(year, 10):
        raise SystemExit("the corpus window is expected to lie inside summer time")
    summer = {"uk": timedelta(hours=1), "ce": timedelta(hours=2)}
    for item in items:
        if not FIRST_DAY <= item.sent.date() <= LAST_DAY:
            fail(item.key, "date outside the corpus window")
        if item.sent.utcoffset() != summer[item.zone]:
            fail(item.key, f"offset {item.sent.utcoffset()} for zone {item.zone}")
        if item.zone == "uk" and item.label["language"] != "en":
            fail(item.key, "only English-writing senders are in the UK here")


def write_all() -> tuple[list[dict[str, object]], str]:
    """Build, number, write and check every file; return the labels and a coverage summary."""
    items = build_items()
    keys = [item.key for item in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    check_dates(items)
    items.sort(key=lambda item: hashlib.sha256(f"{SEED}:file:{item.key}".encode()).hexdigest())
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[dict[str, object]] = []
    parsed: list[EmailMessage] = []
    for index, item in enumerate(items, start=1):
        name = f"{PREFIX}-{index:03d}.eml"
        item.label = {"file": name, **item.label}
        check_label(item)
        data = item.msg.as_bytes()
        parsed.append(check_message(item, name, data))
        (HERE / name).write_bytes(data)
        labels.append(item.label)
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels, coverage(items, parsed)


def main() -> int:
    """Rebuild the corpus and print the count table."""
    labels, summary = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {dict(sorted(kinds.items()))}")
    print(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
