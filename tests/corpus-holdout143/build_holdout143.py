# ruff: noqa: C901, E501, PLR0912, RUF001
# Message text is kept one paragraph a line, as a mail client sends it, with the typographic
# dashes, quotes and accents people really type.
"""Build held-out reply corpus 143 for dunmail: `h143-NNN.eml` files and `labels.jsonl`.

Every message lands in the receivables mailbox of Brackenridge Chimney & Stove Services after an
overdue reminder went out. The new text of each message is written by hand below. The script only
adds what a mail client or a mail server would add: the quoted reminder (in the client's layout and
language), headers, MIME structure, charsets and transfer encodings, and the machine parts of
delivery reports. It writes next to itself, deterministically, and checks what it wrote.
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
from datetime import UTC, date, datetime, time, timedelta, timezone
from decimal import Decimal
from email import charset as email_charset
from email import message_from_bytes, policy
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Final

HERE: Final = Path(__file__).resolve().parent
SEED: Final = "corpus-143/2032-01"
PREFIX: Final = "h143"
AR_NAME: Final = "Brackenridge Accounts"
AR_ADDR: Final = "accounts@brackenridge-chimney.example"
AR_DOMAIN: Final = "brackenridge-chimney.example"
FIRST_DAY: Final = date(2032, 1, 5)
LAST_DAY: Final = date(2032, 1, 30)
LANGS: Final = ("en", "de", "fr", "es", "nl", "it")
LANG_TOTALS: Final = {"en": 30, "de": 18, "fr": 18, "es": 18, "nl": 18, "it": 18}
PER_INTENT: Final = 12
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
INTENT_FIELDS: Final[Mapping[str, frozenset[str]]] = {
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
INVOICE_RE: Final = re.compile(r"BCS-\d{6}")
# Mail clients do not refold header lines at 78 characters; only the RFC 5322 hard limit applies.
WIRE: Final = policy.compat32.clone(max_line_length=998)

# --------------------------------------------------------------------------------------------
# Locale tables
# --------------------------------------------------------------------------------------------

DAY_NAMES: Final = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
}
DAY_ABBR: Final = {
    "en": "Mon Tue Wed Thu Fri Sat Sun",
    "de": "Mo. Di. Mi. Do. Fr. Sa. So.",
    "fr": "lun. mar. mer. jeu. ven. sam. dim.",
    "es": "lun mar mié jue vie sáb dom",
    "nl": "ma di wo do vr za zo",
    "it": "lun mar mer gio ven sab dom",
}
MONTH_NAMES: Final = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
}
MONTH_ABBR: Final = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}

# Gmail web client, each in its own UI language (en-GB for English).
GMAIL_ATTRIBUTION: Final = {
    "en": "On {dab}, {d} {mab} {y} at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {dab}, {d}. {mab} {y} um {HH}:{MM} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {dab} {d} {mab} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {dab}, {d} {mab} {y} a las {H}:{MM}, {name} (<{addr}>) escribió:",
    "nl": "Op {dab} {d} {mab} {y} om {HH}:{MM} schreef {name} <{addr}>:",
    "it": "Il giorno {dab} {d} {mab} {y} alle ore {HH}:{MM} {name} <{addr}> ha scritto:",
}
# Apple Mail on the Mac and on the iPhone.
APPLE_ATTRIBUTION: Final = {
    "en": "On {d} {mab} {y}, at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{MM} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mab} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {d} {mab} {y}, a las {H}:{MM}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mab} {y}, om {HH}:{MM} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mab} {y}, alle ore {HH}:{MM}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTRIBUTION: Final = {
    "en": "On {dd}/{mo}/{y} {HH}:{MM}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{MM} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{MM}, {name} a écrit :",
    "es": "El {d}/{m}/{yy} a las {H}:{MM}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{MM} schreef {name}:",
    "it": "Il {dd}/{mo}/{yy} {HH}:{MM}, {name} ha scritto:",
}
# Outlook's quoted header block: separator, From, Sent, To, Cc, Subject, label separator, Sent format.
OUTLOOK_BLOCK: Final = {
    "en": (
        "-----Original Message-----",
        "From",
        "Sent",
        "To",
        "Subject",
        ": ",
        "{dname}, {d} {mname} {y} {HH}:{MM}",
    ),
    "de": (
        "-----Ursprüngliche Nachricht-----",
        "Von",
        "Gesendet",
        "An",
        "Betreff",
        ": ",
        "{dname}, {d}. {mname} {y} {HH}:{MM}",
    ),
    "fr": (
        "-----Message d'origine-----",
        "De",
        "Envoyé",
        "À",
        "Objet",
        " : ",
        "{dname} {d} {mname} {y} {HH}:{MM}",
    ),
    "es": (
        "-----Mensaje original-----",
        "De",
        "Enviado el",
        "Para",
        "Asunto",
        ": ",
        "{dname}, {d} de {mname} de {y} {H}:{MM}",
    ),
    "nl": (
        "-----Oorspronkelijk bericht-----",
        "Van",
        "Verzonden",
        "Aan",
        "Onderwerp",
        ": ",
        "{dname} {d} {mname} {y} {HH}:{MM}",
    ),
    "it": (
        "-----Messaggio originale-----",
        "Da",
        "Inviato",
        "A",
        "Oggetto",
        ": ",
        "{dname} {d} {mname} {y} {HH}:{MM}",
    ),
}
OUTLOOK_REPLY_PREFIX: Final = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
HTML_LANG: Final = {
    "en": "EN-GB",
    "de": "DE",
    "fr": "FR",
    "es": "ES",
    "nl": "NL",
    "it": "IT",
}
CONTENT_LANGUAGE: Final = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}
IPHONE_SIGNATURE: Final = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
}
ANDROID_SIGNATURE: Final = {
    "en": "Get Outlook for Android",
    "de": "Outlook für Android herunterladen",
    "fr": "Télécharger Outlook pour Android",
    "es": "Obtener Outlook para Android",
    "nl": "Outlook voor Android downloaden",
    "it": "Scarica Outlook per Android",
}
AUTO_REPLY_PREFIX: Final = {
    "en": "Automatic reply: ",
    "de": "Automatische Antwort: ",
    "fr": "Réponse automatique : ",
    "es": "Respuesta automática: ",
    "nl": "Automatisch antwoord: ",
    "it": "Risposta automatica: ",
}

# --------------------------------------------------------------------------------------------
# The reminder being answered
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT: Final = {
    "en": "Overdue invoice {inv} – Brackenridge Chimney & Stove Services",
    "de": "Überfällige Rechnung {inv} – Brackenridge Chimney & Stove Services",
    "fr": "Facture en retard {inv} – Brackenridge Chimney & Stove Services",
    "es": "Factura pendiente {inv} – Brackenridge Chimney & Stove Services",
    "nl": "Openstaande factuur {inv} – Brackenridge Chimney & Stove Services",
    "it": "Fattura scaduta {inv} – Brackenridge Chimney & Stove Services",
}
REMINDER_BODY: Final = {
    "en": (
        "Hello,\n\n"
        "We're writing about the invoice below, which is now past its due date:\n\n"
        "  Invoice:            {inv}\n"
        "  Date:               {issued}\n"
        "  Due:                {due}\n"
        "  Amount outstanding: {amt}\n\n"
        "If you've already paid, thank you – please let us know the date and we'll update our records. If anything about the work or the invoice isn't right, reply to this email and we'll look into it.\n\n"
        "With thanks,\n\n"
        "Accounts Team\n"
        "Brackenridge Chimney & Stove Services\n"
        "Unit 7, Tolbooth Yard, Kelso TD5 7BQ\n"
        "accounts@brackenridge-chimney.example | 01632 961380"
    ),
    "de": (
        "Guten Tag,\n\n"
        "die folgende Rechnung ist inzwischen fällig und noch offen:\n\n"
        "  Rechnung:        {inv}\n"
        "  Datum:           {issued}\n"
        "  Fällig am:       {due}\n"
        "  Offener Betrag:  {amt}\n\n"
        "Falls Sie bereits gezahlt haben, vielen Dank – teilen Sie uns bitte kurz das Zahlungsdatum mit, damit wir unsere Unterlagen aktualisieren können. Wenn mit den Arbeiten oder der Rechnung etwas nicht stimmt, antworten Sie einfach auf diese E-Mail.\n\n"
        "Mit freundlichen Grüßen\n\n"
        "Buchhaltung\n"
        "Brackenridge Chimney & Stove Services\n"
        "Kelso, Schottland – accounts@brackenridge-chimney.example"
    ),
    "fr": (
        "Bonjour,\n\n"
        "La facture ci-dessous a dépassé sa date d'échéance :\n\n"
        "  Facture :      {inv}\n"
        "  Date :         {issued}\n"
        "  Échéance :     {due}\n"
        "  Montant dû :   {amt}\n\n"
        "Si vous avez déjà réglé, merci ; pourriez-vous simplement nous indiquer la date du paiement afin que nous mettions nos comptes à jour ? Si quelque chose ne va pas dans l'intervention ou dans la facture, répondez à ce message et nous regarderons.\n\n"
        "Bien cordialement,\n\n"
        "Service comptabilité\n"
        "Brackenridge Chimney & Stove Services\n"
        "Kelso, Écosse – accounts@brackenridge-chimney.example"
    ),
    "es": (
        "Buenos días:\n\n"
        "Le escribimos en relación con la siguiente factura, cuyo plazo de pago ya ha vencido:\n\n"
        "  Factura:            {inv}\n"
        "  Fecha:              {issued}\n"
        "  Vencimiento:        {due}\n"
        "  Importe pendiente:  {amt}\n\n"
        "Si ya la ha pagado, muchas gracias; le agradeceríamos que nos indicara la fecha del pago para actualizar nuestros registros. Si hay algún problema con el trabajo o con la factura, basta con responder a este correo.\n\n"
        "Un saludo,\n\n"
        "Departamento de contabilidad\n"
        "Brackenridge Chimney & Stove Services\n"
        "Kelso, Escocia – accounts@brackenridge-chimney.example"
    ),
    "nl": (
        "Goedendag,\n\n"
        "De onderstaande factuur is inmiddels vervallen:\n\n"
        "  Factuur:            {inv}\n"
        "  Datum:              {issued}\n"
        "  Vervaldatum:        {due}\n"
        "  Openstaand bedrag:  {amt}\n\n"
        "Heeft u al betaald? Dank u wel; laat u ons dan even de betaaldatum weten, zodat wij onze administratie kunnen bijwerken. Klopt er iets niet aan de werkzaamheden of de factuur, reageer dan gewoon op deze e-mail.\n\n"
        "Met vriendelijke groet,\n\n"
        "Administratie\n"
        "Brackenridge Chimney & Stove Services\n"
        "Kelso, Schotland – accounts@brackenridge-chimney.example"
    ),
    "it": (
        "Buongiorno,\n\n"
        "vi scriviamo in merito alla fattura qui sotto, che risulta scaduta:\n\n"
        "  Fattura:             {inv}\n"
        "  Data:                {issued}\n"
        "  Scadenza:            {due}\n"
        "  Importo da saldare:  {amt}\n\n"
        "Se avete già pagato, grazie: vi chiediamo solo di comunicarci la data del pagamento per aggiornare la nostra contabilità. Se c'è qualcosa che non va nel lavoro svolto o nella fattura, rispondete pure a questa e-mail.\n\n"
        "Cordiali saluti,\n\n"
        "Ufficio amministrazione\n"
        "Brackenridge Chimney & Stove Services\n"
        "Kelso, Scozia – accounts@brackenridge-chimney.example"
    ),
}
DATE_PATTERN: Final = {
    "en": "{dd}/{mo}/{y}",
    "de": "{dd}.{mo}.{y}",
    "fr": "{dd}/{mo}/{y}",
    "es": "{dd}/{mo}/{y}",
    "nl": "{dd}-{mo}-{y}",
    "it": "{dd}/{mo}/{y}",
}
# What a legacy-charset client does to the quoted reminder's characters it cannot send.
LATIN1_FALLBACK: Final = {"–": "-", "’": "'", "€": "EUR", "…": "..."}
AMOUNT_CHOICES: Final = (
    "85.00",
    "95.00",
    "120.00",
    "145.00",
    "165.00",
    "190.00",
    "235.00",
    "285.00",
    "310.00",
    "420.00",
)

# --------------------------------------------------------------------------------------------
# Time zones, ids and small helpers
# --------------------------------------------------------------------------------------------


def last_sunday(year: int, month: int) -> date:
    """The last Sunday of a month (when European summer time starts or ends)."""
    day = date(year, month + 1, 1) - timedelta(days=1) if month < 12 else date(year, 12, 31)
    return day - timedelta(days=(day.weekday() + 1) % 7)


def utc_offset(region: str, local: datetime) -> timedelta:
    """UK (GMT/BST) or central-European (CET/CEST) offset of a local wall-clock time.

    Both switch at 01:00 UTC on the last Sundays of March and October.
    """
    standard = timedelta(hours=0 if region == "uk" else 1)
    as_utc = local - standard
    start = datetime.combine(last_sunday(local.year, 3), time(1))
    end = datetime.combine(last_sunday(local.year, 10), time(1))
    return standard + timedelta(hours=1) if start <= as_utc < end else standard


def aware(region: str, stamp: str) -> datetime:
    """Parse 'YYYY-MM-DD HH:MM' as local time in `region` and attach the right offset."""
    local = datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    return local.replace(tzinfo=timezone(utc_offset(region, local)))


def in_uk(moment: datetime) -> datetime:
    """The same instant on the UK clock (where Brackenridge's mail server runs)."""
    naive_utc = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.astimezone(timezone(utc_offset("uk", naive_utc)))


def digest(key: str, salt: str) -> bytes:
    """A stable digest of a message key, so ids and boundaries never change between builds."""
    return hashlib.sha256(f"{SEED}|{salt}|{key}".encode()).digest()


def b32(key: str, salt: str, length: int) -> str:
    """A base32 token derived from the key."""
    return base64.b32encode(digest(key, salt)).decode()[:length]


def number(key: str, salt: str, modulo: int) -> int:
    """A small stable number derived from the key."""
    return int.from_bytes(digest(key, salt)[:4], "big") % modulo


def date_fields(lang: str, moment: datetime) -> dict[str, str]:
    """Every date and time piece the attribution and header templates use."""
    weekday, month = moment.weekday(), moment.month - 1
    return {
        "dname": DAY_NAMES[lang].split()[weekday],
        "dab": DAY_ABBR[lang].split()[weekday],
        "mname": MONTH_NAMES[lang].split()[month],
        "mab": MONTH_ABBR[lang].split()[month],
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


def render(template: str, lang: str, moment: datetime, **extra: str) -> str:
    """Fill a locale template with the pieces of `moment`."""
    return template.format(**date_fields(lang, moment), **extra)


def money(lang: str, amount: str) -> str:
    """An amount in pounds as the reminder prints it in each language."""
    whole, cents = f"{Decimal(amount):.2f}".split(".")
    groups = f"{int(whole):,}"
    if lang == "en":
        return f"£{groups}.{cents}"
    grouped = groups.replace(",", " " if lang == "fr" else ".")
    if lang in {"nl", "it"}:
        return f"GBP {grouped},{cents}"
    return f"{grouped},{cents} GBP"


def fit(text: str, charset: str) -> str:
    """Replace what a legacy-charset client cannot send (windows-1252 keeps its dashes and €)."""
    for bad, good in LATIN1_FALLBACK.items():
        try:
            bad.encode(charset)
        except UnicodeEncodeError:
            text = text.replace(bad, good)
    return text


def quote(text: str) -> str:
    """Quote every line with '> ', the way Gmail, Apple Mail and Thunderbird do."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_text(text: str) -> str:
    """Lines joined with <br>, escaped."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    """One <div> a line, with empty lines as <br>, as Gmail and Apple Mail write them."""
    return "\n".join(
        f"<div>{html.escape(line, quote=False)}</div>" if line else "<div><br></div>"
        for line in text.split("\n")
    )


def word_paragraphs(text: str) -> str:
    """Lines as Word's MsoNormal paragraphs."""
    out = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "<o:p>&nbsp;</o:p>"
        out.append(f'<p class="MsoNormal">{inner}</p>')
    return "\n".join(out)


def flowed(text: str, width: int = 72) -> str:
    """RFC 3676 format=flowed: soft line breaks end in a space, leading spaces are stuffed."""
    out: list[str] = []
    for line in text.split("\n"):
        match = re.match(r"^(>+ ?)", line)
        prefix = match.group(1) if match else ""
        rest = line[len(prefix) :]
        if not prefix and rest.startswith((" ", "From ")):
            rest = " " + rest
        room = width - len(prefix)
        while len(rest) > room and " " in rest[:room]:
            cut = rest.rfind(" ", 0, room)
            out.append(prefix + rest[: cut + 1])
            rest = rest[cut + 1 :]
        out.append(prefix + rest)
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# Message specs
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """One hand-written message answering (or reacting to) a reminder, with its labels.

    `client` picks the layout a real mail client would wrap around `text`; `none` is for
    notices that quote nothing. `rlang` is the language of the reminder when it differs from
    the reply's. Times are local wall-clock times of the sender (`uk` or `eu`).
    """

    key: str
    intent: str
    sender: tuple[str, str]
    when: str
    client: str
    text: str
    labels: Mapping[str, object] = field(default_factory=dict)
    inv: str = ""
    amount: str = ""
    issued: str = ""
    terms: int = 28
    rlang: str = ""
    subject: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    cc: tuple[str, str] | None = None
    rcpt: tuple[str, str] | None = None
    pdf: str = ""
    threaded: bool = True
    days_before: int = 1

    @property
    def lang(self) -> str:
        """The language of the new text (second part of the key)."""
        return self.key.split("-")[1]

    @property
    def region(self) -> str:
        """UK senders write in English; everyone else writes from central Europe."""
        return "uk" if self.lang == "en" else "eu"

    @property
    def reminder_lang(self) -> str:
        """The language the reminder was sent in."""
        return self.rlang or self.lang

    @property
    def dt(self) -> datetime:
        """The message's Date, in the sender's own offset."""
        return aware(self.region, self.when)

    @property
    def invoice(self) -> str:
        """The invoice number the reminder was about."""
        return self.inv or f"BCS-{310400 + number(self.key, 'invoice', 1500):06d}"

    @property
    def total(self) -> str:
        """The amount the reminder asked for."""
        return self.amount or AMOUNT_CHOICES[number(self.key, "amount", len(AMOUNT_CHOICES))]


def lab(
    refs: tuple[str, ...] = (), note: str | None = None, **fields: str | None
) -> dict[str, object]:
    """Label fields beyond intent and language; `refs` are the invoice numbers in the new text."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label keys {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


@dataclass(frozen=True)
class Reminder:
    """The reminder as the replying client sees it."""

    subject: str
    text: str
    sent: datetime
    to: tuple[str, str]
    msgid: str


def reminder_msgid(key: str) -> str:
    """Message-ID of the reminder a message answers."""
    return f"<{b32(key, 'reminder', 16).lower()}.{number(key, 'queue', 90000) + 10000}@{AR_DOMAIN}>"


def reminder_sent(r: Reply) -> datetime:
    """When the reminder went out, on the UK clock.

    Notices answer within minutes; people answer a working day or more later (weekends and the
    Scottish New Year holidays are skipped).
    """
    if r.client == "none":
        return in_uk(r.dt - timedelta(minutes=2 + number(r.key, "lag", 5), seconds=-17))
    day = r.dt.date() - timedelta(days=r.days_before)
    while day.weekday() >= 5 or (day.month == 1 and day.day <= 2):
        day -= timedelta(days=1)
    local = datetime.combine(day, time(8, 30 + number(r.key, "minute", 25), 11))
    return local.replace(tzinfo=timezone(utc_offset("uk", local)))


def invoice_dates(r: Reply, sent: datetime) -> tuple[date, date]:
    """Issue and due date of the invoice: given, or about six weeks before the reminder."""
    issued = (
        date.fromisoformat(r.issued)
        if r.issued
        else sent.date() - timedelta(days=40 + number(r.key, "issued", 9))
    )
    return issued, issued + timedelta(days=r.terms)


def reminder_for(r: Reply) -> Reminder:
    """The reminder this reply answers, in the reminder's language."""
    sent = reminder_sent(r)
    issued, due = invoice_dates(r, sent)
    lang = r.reminder_lang
    pattern = DATE_PATTERN[lang]
    text = REMINDER_BODY[lang].format(
        inv=r.invoice,
        issued=render(pattern, lang, datetime.combine(issued, time())),
        due=render(pattern, lang, datetime.combine(due, time())),
        amt=money(lang, r.total),
    )
    subject = REMINDER_SUBJECT[lang].format(inv=r.invoice)
    text, subject = fit(text, r.charset), fit(subject, r.charset)
    return Reminder(subject, text, sent, r.rcpt or r.sender, reminder_msgid(r.key))


# --------------------------------------------------------------------------------------------
# MIME helpers
# --------------------------------------------------------------------------------------------

TRANSFER: Final = {"qp": email_charset.QP, "b64": email_charset.BASE64}


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """A text part in `charset` with the transfer encoding the client would pick."""
    text.encode(charset)  # fails loudly if the hand-written text does not fit the charset
    chosen = email_charset.Charset(charset)
    if cte in TRANSFER:
        chosen.body_encoding = TRANSFER[cte]
    else:  # 8bit (or 7bit for plain ASCII): no transfer encoding at all
        chosen.body_encoding = None  # type: ignore[assignment]
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, chosen)
    return part


def encoded_header(value: str, charset: str, name: str = "Subject") -> str:
    """A header value as the client writes it: RFC 2047 encoded-words when not ASCII."""
    if value.isascii():
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return Header(value, charset, header_name=name).encode()


def mailbox(person: tuple[str, str], charset: str) -> str:
    """A From/To/Cc address with the display name encoded when needed."""
    name, addr = person
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encoded_header(name, charset, 'From')} <{addr}>"


def plain_address(person: tuple[str, str]) -> str:
    """An address as a client prints it inside a quoted header block."""
    return f"{person[0]} <{person[1]}>" if person[0] else person[1]


def alternative(plain: Message, rich: Message) -> MIMEMultipart:
    """multipart/alternative with the plain part first."""
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(rich)
    return outer


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


def outlook_lines(r: Reply, rem: Reminder) -> list[tuple[str, str]]:
    """Outlook's From/Sent/To/Subject lines, in the client's language."""
    _, frm, sent, to, subj, _, when = OUTLOOK_BLOCK[r.lang]
    shown = rem.sent.astimezone(r.dt.tzinfo)
    return [
        (frm, f"{AR_NAME} <{AR_ADDR}>"),
        (sent, render(when, r.lang, shown)),
        (to, plain_address(rem.to)),
        (subj, rem.subject),
    ]


def outlook_block(r: Reply, rem: Reminder) -> str:
    """The quoted header block as plain text."""
    sep = OUTLOOK_BLOCK[r.lang][5]
    return "\n".join(f"{label}{sep}{value}" for label, value in outlook_lines(r, rem))


WORD_STYLE: Final = (
    "<style><!--\n"
    '@font-face {font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}\n'
    "@font-face {font-family:Aptos;}\n"
    'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif; mso-ligatures:standardcontextual;}\n'
    'span.EmailStyle20 {mso-style-type:personal-reply; font-family:"Aptos",sans-serif; color:windowtext;}\n'
    ".MsoChpDefault {mso-style-type:export-only; font-size:10.0pt; mso-ligatures:none;}\n"
    "@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
    "div.WordSection1 {page:WordSection1;}\n"
    "--></style>"
)


def word_html(r: Reply, rem: Reminder) -> str:
    """Outlook desktop's Word HTML: the reply, the divider div, the header block, the reminder."""
    sep = OUTLOOK_BLOCK[r.lang][5].rstrip()
    rows = "<br>\n".join(
        f"<b>{html.escape(label, quote=False)}{html.escape(sep, quote=False)}</b> {html.escape(value, quote=False)}"
        for label, value in outlook_lines(r, rem)
    )
    return "\n".join(
        [
            '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">',
            f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">',
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
            WORD_STYLE,
            "</head>",
            f'<body lang="{HTML_LANG[r.lang]}" link="#467886" vlink="#96607D" style="word-wrap:break-word">',
            '<div class="WordSection1">',
            word_paragraphs(r.text),
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>',
            '<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">',
            f'<p class="MsoNormal" style="margin-bottom:12.0pt"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">{rows}</span></p>',
            "</div>",
            word_paragraphs(rem.text),
            "</div>",
            "</body>",
            "</html>",
            "",
        ]
    )


def client_outlook(r: Reply, rem: Reminder) -> Message:
    """Outlook desktop, plain text, with the localised '-----Original Message-----' block."""
    sep_line = OUTLOOK_BLOCK[r.lang][0]
    return text_part(
        f"{r.text}\n\n{sep_line}\n{outlook_block(r, rem)}\n\n{rem.text}\n",
        "plain",
        r.charset,
        r.cte,
    )


def client_outlook_html(r: Reply, rem: Reminder) -> Message:
    """Outlook desktop HTML mail: multipart/alternative, Word markup, divider div."""
    plain = f"{r.text}\n\n{outlook_block(r, rem)}\n\n{rem.text}\n"
    return alternative(
        text_part(plain, "plain", r.charset, r.cte),
        text_part(word_html(r, rem), "html", r.charset, r.cte),
    )


def client_html_only(r: Reply, rem: Reminder) -> Message:
    """Outlook set to send HTML without a plain alternative."""
    return text_part(word_html(r, rem), "html", r.charset, r.cte)


def client_android(r: Reply, rem: Reminder) -> Message:
    """Outlook for Android: signature line, underscore rule, header block, base64."""
    text = f"{r.text}\n\n{ANDROID_SIGNATURE[r.lang]}\n{'_' * 32}\n{outlook_block(r, rem)}\n\n{rem.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def gmail_attribution(r: Reply, rem: Reminder) -> str:
    """Gmail's attribution line in the sender's UI language."""
    return render(
        GMAIL_ATTRIBUTION[r.lang],
        r.lang,
        rem.sent.astimezone(r.dt.tzinfo),
        name=AR_NAME,
        addr=AR_ADDR,
    )


def client_gmail(r: Reply, rem: Reminder) -> Message:
    """Gmail web: multipart/alternative, the HTML quote in a gmail_quote blockquote."""
    attribution = gmail_attribution(r, rem)
    plain = f"{r.text}\n\n{attribution}\n\n{quote(rem.text)}\n"
    rich = (
        f'<div dir="ltr">{html_paragraphs(r.text)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attribution, quote=False)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_text(rem.text)}</blockquote></div>\n"
    )
    return alternative(
        text_part(plain, "plain", r.charset, r.cte),
        text_part(rich, "html", r.charset, r.cte),
    )


def client_gmail_plain(r: Reply, rem: Reminder) -> Message:
    """Gmail in plain-text mode: '>' quoting under the attribution line."""
    return text_part(
        f"{r.text}\n\n{gmail_attribution(r, rem)}\n\n{quote(rem.text)}\n",
        "plain",
        r.charset,
        r.cte,
    )


def apple_attribution(r: Reply, rem: Reminder) -> str:
    """Apple Mail's attribution line in the sender's language."""
    return render(
        APPLE_ATTRIBUTION[r.lang],
        r.lang,
        rem.sent.astimezone(r.dt.tzinfo),
        name=AR_NAME,
        addr=AR_ADDR,
    )


def client_apple(r: Reply, rem: Reminder) -> Message:
    """Apple Mail on a Mac, plain text."""
    return text_part(
        f"{r.text}\n\n{apple_attribution(r, rem)}\n\n{quote(rem.text)}\n",
        "plain",
        r.charset,
        r.cte,
    )


def client_iphone(r: Reply, rem: Reminder) -> Message:
    """iPhone Mail: localised 'Sent from my iPhone', then the attribution inside the quote."""
    quoted = quote(f"{apple_attribution(r, rem)}\n\n{rem.text}")
    return text_part(
        f"{r.text}\n\n{IPHONE_SIGNATURE[r.lang]}\n\n{quoted}\n",
        "plain",
        r.charset,
        r.cte,
    )


def client_thunderbird(r: Reply, rem: Reminder) -> Message:
    """Thunderbird: attribution line directly above the quote, format=flowed."""
    attribution = render(
        THUNDERBIRD_ATTRIBUTION[r.lang],
        r.lang,
        rem.sent.astimezone(r.dt.tzinfo),
        name=AR_NAME,
    )
    text = f"{r.text}\n\n{attribution}\n{quote(rem.text)}\n"
    part = text_part(flowed(text), "plain", r.charset, r.cte)
    part.set_param("format", "flowed")
    return part


def client_none(r: Reply, rem: Reminder) -> Message:
    """Automatic notices and system messages quote nothing."""
    del rem
    return text_part(r.text + "\n", "plain", r.charset, r.cte)


CLIENTS: Final[Mapping[str, Callable[[Reply, Reminder], Message]]] = {
    "outlook": client_outlook,
    "outlook_html": client_outlook_html,
    "html_only": client_html_only,
    "android": client_android,
    "gmail": client_gmail,
    "gmail_plain": client_gmail_plain,
    "apple": client_apple,
    "iphone": client_iphone,
    "thunderbird": client_thunderbird,
    "none": client_none,
}
OUTLOOK_FAMILY: Final = frozenset({"outlook", "outlook_html", "html_only", "android"})
CLIENT_HEADERS: Final[Mapping[str, tuple[tuple[str, str], ...]]] = {
    "outlook": (("X-Mailer", "Microsoft Outlook 16.0"),),
    "apple": (("X-Mailer", "Apple Mail (2.3864.200.81.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (23C71)"),),
    "thunderbird": (
        (
            "User-Agent",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Thunderbird/140.6.0",
        ),
    ),
}
BOUNDARY_PREFIX: Final = {
    "gmail": "000000000000",
    "apple": "Apple-Mail=_",
    "iphone": "Apple-Mail-",
    "thunderbird": "------------",
    "bounce": "",
}


def message_id(r: Reply) -> str:
    """A Message-ID shaped like the client's own, derived from the key."""
    raw = digest(r.key, "message-id")
    if r.client in {"gmail", "gmail_plain"}:
        return f"<CA+{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:42]}@mail.gmail.com>"
    if r.client in OUTLOOK_FAMILY:
        return f"<{b32(r.key, 'exchange', 30)}@{b32(r.key, 'host', 10)}.eurprd09.prod.outlook.com>"
    if r.client in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{r.sender[1].split('@')[1]}>"
    if r.client == "thunderbird":
        h = raw.hex()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{r.sender[1].split('@')[1]}>"
    return f"<{raw.hex()[:26]}@{r.sender[1].split('@')[1]}>"


def reply_subject(r: Reply, rem: Reminder) -> str:
    """The Subject: a custom one, or the client's reply prefix before the reminder's."""
    if r.subject:
        return r.subject.format(rsub=rem.subject)
    prefix = OUTLOOK_REPLY_PREFIX[r.lang] if r.client in OUTLOOK_FAMILY - {"android"} else "Re: "
    return prefix + rem.subject


def with_pdf(r: Reply, body: Message) -> Message:
    """multipart/mixed with a small PDF when the sender attached one."""
    if not r.pdf:
        return body
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    pdf = MIMEApplication(fake_pdf(r.key), "pdf", name=r.pdf)
    pdf.add_header("Content-Disposition", "attachment", filename=r.pdf)
    outer.attach(pdf)
    return outer


def fake_pdf(key: str) -> bytes:
    """A tiny, valid-looking PDF whose bytes depend only on the key."""
    return (
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<</Type/Catalog/Pages 2 0 R>>\nendobj\n"
        b"2 0 obj\n<</Type/Pages/Kids[]/Count 0>>\nendobj\n"
        b"trailer\n<</Root 1 0 R/ID[<" + digest(key, "pdf").hex().encode() + b">]>>\n%%EOF\n"
    )


def mime_headers_last(msg: Message) -> None:
    """Put MIME-Version and the content headers after the envelope headers, as clients do."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value


def drop_inner_versions(part: Message, *, top: bool = True) -> None:
    """Only the top of a message carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    if part.is_multipart():
        for sub in part.get_payload():
            if isinstance(sub, Message):
                drop_inner_versions(sub, top=False)


def set_boundaries(msg: Message, key: str, client: str) -> None:
    """Deterministic boundaries shaped like the client's."""
    prefix = BOUNDARY_PREFIX.get(client, "_000_" if client in OUTLOOK_FAMILY else "----=_Part_")
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        part.set_boundary(prefix + b32(key, f"boundary-{n}", 26))


def finish(msg: Message, key: str, client: str) -> Message:
    """Header order, MIME-Version placement and boundaries."""
    if "MIME-Version" not in msg and "Content-Type" in msg:
        msg["MIME-Version"] = "1.0"
    mime_headers_last(msg)
    drop_inner_versions(msg)
    set_boundaries(msg, key, client)
    return msg


def build_reply(r: Reply) -> Message:
    """The complete message for one hand-written reply."""
    rem = reminder_for(r)
    msg = with_pdf(r, CLIENTS[r.client](r, rem))
    msg["From"] = mailbox(r.sender, r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    if r.cc:
        msg["Cc"] = mailbox(r.cc, r.charset)
    msg["Subject"] = encoded_header(reply_subject(r, rem), r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = message_id(r)
    if r.threaded:
        msg["In-Reply-To"] = rem.msgid
        msg["References"] = rem.msgid
    extra: list[tuple[str, str]] = []
    if r.client in OUTLOOK_FAMILY:
        extra = [
            ("Thread-Topic", encoded_header(rem.subject, r.charset, "Thread-Topic")),
            (
                "Thread-Index",
                base64.b64encode(digest(r.key, "thread-index")[:22]).decode(),
            ),
            ("Content-Language", CONTENT_LANGUAGE[r.lang]),
            ("X-MS-Has-Attach", "yes" if r.pdf else ""),
            ("X-MS-TNEF-Correlator", ""),
        ]
    for name, value in [*extra, *CLIENT_HEADERS.get(r.client, ()), *r.headers]:
        msg[name] = value
    return finish(msg, r.key, r.client)


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_REPLIED: Final = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED: Final = ("Auto-Submitted", "auto-generated")
SUPPRESS_ALL: Final = ("X-Auto-Response-Suppress", "All")
SUPPRESS_SOME: Final = ("X-Auto-Response-Suppress", "DR, RN, NRN, OOF, AutoReply")
X_AUTOREPLY: Final = ("X-Autoreply", "yes")
PRECEDENCE_BULK: Final = ("Precedence", "bulk")
PRECEDENCE_AUTO: Final = ("Precedence", "auto_reply")

PAYMENT_SENT: Final = [
    Reply(
        "ps-en-1",
        "payment_sent",
        ("Gareth Pryce", "gareth@blackbull-allendale.example"),
        "2032-01-06 13:12",
        "iphone",
        "Paid.",
        lab(note="one-word reply from a pub landlord; no date given"),
        inv="BCS-310417",
        amount="165.00",
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        ("Tannery Lane Inns plc", "ap-noreply@tannerylaneinns.example"),
        "2032-01-14 05:47",
        "none",
        "REMITTANCE ADVICE\n\n"
        "Payer:           Tannery Lane Inns plc – Accounts Payable\n"
        "Supplier:        BRACKENRIDGE CHIMNEY & STOVE SERVICES (supplier no. 004417)\n"
        "Payment date:    14/01/2032\n"
        "Payment method:  BACS\n"
        "Payment ref:     TLI-0048812\n\n"
        "Invoice        Site                           Inv. date     Amount\n"
        "BCS-311052     The Drovers Arms, Jedburgh     04/12/2031    £395.00\n"
        "BCS-311097     The Salmon Inn, Coldstream     08/12/2031    £212.40\n"
        "                                              Total paid    £607.40\n\n"
        "Funds should reach your account within two working days. If you have a query about this payment, quote the payment reference above and write to apqueries@tannerylaneinns.example.\n\n"
        "This message was generated automatically by our accounts payable system. Replies to this address are not read.",
        lab(
            ("BCS-311052", "BCS-311097"),
            "AP-system remittance advice: a payment notice, not an auto_reply; it quotes nothing and answers no message",
            paid_date="2032-01-14",
            payment_reference="TLI-0048812",
            amount="607.40",
            currency="GBP",
        ),
        subject="Remittance advice – payment TLI-0048812 – Brackenridge Chimney & Stove Services",
        charset="windows-1252",
        headers=(AUTO_GENERATED, SUPPRESS_ALL),
        threaded=False,
        inv="BCS-311052",
        amount="395.00",
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        ("Fiona Lockhart", "fiona.lockhart@gmail.com"),
        "2032-01-13 22:48",
        "gmail",
        "Hi there,\n\n"
        "Happy new year! Sorry, I've been meaning to reply to this for about a week. It's been a mad start to January – the tenants at Mill Lane gave notice on the 2nd, we had a burst pipe at the Granary on the 4th (not your department, thankfully!) and I've been up and down the A68 more times than I can count.\n\n"
        "Anyway, I'm fairly sure this one is done. I moved it across from the business account on Friday night along with a pile of other bills. I think the reference I put was MILL LANE SWEEP because that's how I keep track of things, so it may not have matched up with the invoice number on your side. Sorry about that.\n\n"
        "While I have you – the stove at the Granary smoked a bit when we lit it over Christmas. Not urgent at all, but could whoever is next out that way have a look? I'm about most afternoons.\n\n"
        "Thanks, and sorry again,\n"
        "Fiona",
        lab(
            note="point buried in a long message; 'Friday night' is the Friday before Tue 13 Jan; the reference is what she typed at her bank; the stove request is secondary",
            paid_date="2032-01-09",
            payment_reference="MILL LANE SWEEP",
        ),
        days_before=6,
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        ("Sabine Kröger", "s.kroeger@hv-reinholt.example"),
        "2032-01-08 10:22",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\n"
        "im Auftrag unseres Eigentümers, Herrn Dr. Falk Wendland, haben wir die Rechnung BCS-311276 über 348,00 GBP am 07.01.2032 per Auslandsüberweisung beglichen. Unsere Zahlungsreferenz lautet ZV-2032-0117.\n\n"
        "Wir bitten Sie, den Zahlungseingang in Ihren Unterlagen zu vermerken. Für Rückfragen stehe ich Ihnen gern zur Verfügung.\n\n"
        "Mit freundlichen Grüßen\n\n"
        "Sabine Kröger\n"
        "Buchhaltung\n"
        "Hausverwaltung Reinholt GmbH\n"
        "Lindenstraße 22, 24937 Flensburg",
        lab(
            ("BCS-311276",),
            "property manager paying for the owner",
            paid_date="2032-01-07",
            payment_reference="ZV-2032-0117",
            amount="348.00",
            currency="GBP",
        ),
        inv="BCS-311276",
        amount="348.00",
        charset="iso-8859-1",
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        ("Hélène Marchetti", "helene.marchetti@orange.fr"),
        "2032-01-07 19:05",
        "thunderbird",
        "Bonjour,\n\n"
        "Je ne comprends pas bien : j'ai fait le virement le 23 décembre, juste avant de partir chez ma sœur. Vous ne l'avez pas reçu ? Les virements vers le Royaume-Uni mettent parfois quelques jours, mais là cela fait deux semaines.\n\n"
        "Je peux vous transmettre la confirmation de virement de ma banque si besoin.\n\n"
        "Cordialement,\n"
        "Hélène Marchetti",
        lab(
            note="question form, but she reports a transfer made on 23 Dec: payment_sent",
            paid_date="2031-12-23",
        ),
        issued="2031-11-20",
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        ("SCI Le Grand Tilleul", "gestion@sci-grandtilleul.example"),
        "2032-01-12 11:34",
        "outlook_html",
        "Bonjour,\n\n"
        "Nous avons effectué ce matin le virement correspondant à votre facture BCS-311530 (438,00 £), soit 512,40 € au cours du jour, depuis notre compte en France. Les frais bancaires sont à notre charge.\n\n"
        "Référence du virement : VIR-0112-GT4\n\n"
        "Merci de nous confirmer la bonne réception.\n\n"
        "Cordialement,\n\n"
        "Bertrand Lecoq\n"
        "Gérant – SCI Le Grand Tilleul",
        lab(
            ("BCS-311530",),
            "paid in euros: the amount is the euro transfer as stated, not the sterling total of the invoice",
            paid_date="2032-01-12",
            payment_reference="VIR-0112-GT4",
            amount="512.40",
            currency="EUR",
        ),
        inv="BCS-311530",
        amount="438.00",
        charset="windows-1252",
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        ("Lucía Ferrer", "lucia@ferrer-casas.example"),
        "2032-01-14 12:20",
        "gmail_plain",
        "Hola,\n\n"
        "Lo pagamos por transferencia el viernes pasado. ¿Me podéis mandar una copia de la factura en PDF? La necesita la gestoría para cerrar el trimestre y no la encuentro por ningún lado.\n\n"
        "Gracias,\n"
        "Lucía",
        lab(
            note="paid, and asks for a copy for her records: the payment claim is what the collector needs; 'el viernes pasado' on Wed 14 Jan is Fri 9 Jan",
            paid_date="2032-01-09",
        ),
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        ("Administración Grupo Almenara", "administracion@grupoalmenara.example"),
        "2032-01-16 13:05",
        "outlook",
        "Estimados señores:\n\n"
        "Por la presente les comunicamos que, con fecha 15/01/2032, se ha ordenado la transferencia correspondiente a su factura BCS-311702 por importe de 1.260,00 GBP (instalación de estufa y entubado, Almenara House, Pitlochry).\n\n"
        "Referencia de la operación: 0182-4471-9305.\n\n"
        "Quedamos a su disposición para cualquier aclaración.\n\n"
        "Atentamente,\n\n"
        "Mª Carmen Ruiz Olmedo\n"
        "Departamento de Administración\n"
        "Grupo Hotelero Almenara, S.L.",
        lab(
            ("BCS-311702",),
            "'se ha ordenado la transferencia' on 15/01: the transfer was instructed, so it is sent",
            paid_date="2032-01-15",
            payment_reference="0182-4471-9305",
            amount="1260.00",
            currency="GBP",
        ),
        inv="BCS-311702",
        amount="1260.00",
        charset="iso-8859-1",
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        ("Joost van Dam", "joost@vandam-recreatie.example"),
        "2032-01-09 17:52",
        "iphone",
        "Betaald.",
        lab(note="one word; Dutch reply to an English reminder"),
        rlang="en",
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        ("Marloes Hendriks", "m.hendriks@hendriksvastgoed.example"),
        "2032-01-20 09:17",
        "outlook_html",
        "Goedemorgen,\n\n"
        "Hebben wij deze niet al betaald? In ons boekhoudpakket zie ik op 29 december een betaling van £ 276,00 met omschrijving BCS-311388. Kunt u even nakijken of die bij u is binnengekomen? Misschien is hij op een andere factuur geboekt.\n\n"
        "Met vriendelijke groet,\n\n"
        "Marloes Hendriks\n"
        "Financiële administratie\n"
        "Hendriks Vastgoed B.V.",
        lab(
            ("BCS-311388",),
            "asked as a question, but backed by a payment on 29 Dec in their books: payment_sent",
            paid_date="2031-12-29",
            amount="276.00",
            currency="GBP",
        ),
        inv="BCS-311388",
        amount="276.00",
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        ("Davide Sartori", "davide.sartori@libero.it"),
        "2032-01-20 08:05",
        "android",
        "Bonifico fatto ieri sera, scusate il ritardo.\nCRO 0306 9481 2277 5510\n\nDavide",
        lab(
            note="'ieri sera' → Mon 19 Jan; the CRO is the transfer reference",
            paid_date="2032-01-19",
            payment_reference="0306 9481 2277 5510",
        ),
    ),
    Reply(
        "ps-it-2",
        "payment_sent",
        ("Chiara Benedetti", "tesoreria@castelvecchio-estates.example"),
        "2032-01-27 15:40",
        "outlook_html",
        "Gentili signori,\n\n"
        "vi confermo che il pagamento della fattura BCS-311845 (fornitura e posa della stufa a legna presso Glen Aray Lodge) è stato disposto in data odierna dal nostro ufficio tesoreria.\n\n"
        "In allegato trovate la contabile del bonifico.\n\n"
        "Cordiali saluti,\n\n"
        "Chiara Benedetti\n"
        "Ufficio Tesoreria\n"
        "Castelvecchio Estates S.r.l.",
        lab(
            ("BCS-311845",),
            "proof of transfer attached as a PDF; 'in data odierna' is the message date",
            paid_date="2032-01-27",
        ),
        inv="BCS-311845",
        amount="2140.00",
        pdf="contabile_bonifico_BCS-311845.pdf",
    ),
]

PROMISE_TO_PAY: Final = [
    Reply(
        "pp-en-1",
        "promise_to_pay",
        ("Margaret Ellery", "m.ellery@btinternet.com"),
        "2032-01-12 15:26",
        "outlook",
        "Dear Sir or Madam,\n\n"
        "Thank you for your email. I must say first of all how pleased I was with the young man who came to sweep the chimney in November. He put sheets down everywhere and took his boots off at the door, which is more than the last firm ever did, and he explained about the birds nest which I had no idea was there.\n\n"
        "I am not very good with the computer and the bank has moved everything over to the internet now, which I do not like at all. My son usually does these things for me but he has been in Spain with his family since before Christmas. He is coming to see me on Thursday, which is the 15th, and has promised to pay it for me then along with my other bills, so you will have it then.\n\n"
        "I hope that is satisfactory and I am sorry for any inconvenience caused.\n\n"
        "Yours faithfully,\n\n"
        "Margaret Ellery (Mrs)",
        lab(
            note="promise buried at the end of a long letter; 'Thursday, which is the 15th' = 15 Jan",
            promised_date="2032-01-15",
        ),
        charset="iso-8859-1",
        days_before=4,
    ),
    Reply(
        "pp-en-2",
        "promise_to_pay",
        ("Priya Nair", "ap@hollinbury-estates.example"),
        "2032-01-13 11:02",
        "outlook_html",
        "Hi,\n\n"
        "Thanks for the reminder. BCS-311412 has now been approved by the estate manager and is scheduled for Friday's payment run, so funds should be with you early next week.\n\n"
        "Kind regards,\n\n"
        "Priya Nair\n"
        "AP Team Leader\n"
        "Hollinbury Estates Ltd",
        lab(
            ("BCS-311412",),
            "past tense ('approved', 'scheduled') for a payment still to come: a promise for Friday 16 Jan",
            promised_date="2032-01-16",
        ),
        inv="BCS-311412",
        amount="1875.00",
        headers=(SUPPRESS_SOME,),
    ),
    Reply(
        "pp-en-3",
        "promise_to_pay",
        ("Rob Tulloch", "rob@theferryhouseinn.example"),
        "2032-01-09 16:44",
        "gmail",
        "Not yet, sorry – it's been a slow January. It'll go out next Thursday with the brewery and the rest of the suppliers.\n\nRob\nThe Ferry House Inn",
        lab(
            note="'not yet' followed by a promise; 'next Thursday' written on a Friday is Thu 15 Jan",
            promised_date="2032-01-15",
        ),
    ),
    Reply(
        "pp-de-1",
        "promise_to_pay",
        ("Jens Albrecht", "j.albrecht@albrecht-ferienhaus.example"),
        "2032-01-14 20:15",
        "gmail",
        "Guten Abend,\n\n"
        "sorry, das ist mir durchgerutscht. Ich überweise den Betrag in KW 5, dann ist auch die Abrechnung der Vermietungsagentur für Dezember da.\n\n"
        "Viele Grüße\n"
        "Jens Albrecht",
        lab(
            note="'KW 5' resolved to the Monday of ISO week 5 (26 Jan 2032), as 'next week' resolves to its Monday",
            promised_date="2032-01-26",
        ),
    ),
    Reply(
        "pp-de-2",
        "promise_to_pay",
        ("Jörg Pfeiffer", "joerg.pfeiffer@web.de"),
        "2032-01-09 14:31",
        "iphone",
        "Hallo,\n\n"
        "bin gerade noch im Skiurlaub in Südtirol und komme erst am 19. zurück. Überweise dann gleich am Dienstag danach, versprochen!\n\n"
        "Gruß\n"
        "Jörg",
        lab(
            note="written by a person on holiday; the subject says 'Out of Office' but this is no auto-reply; back Mon 19 Jan, pays the Tuesday after = 20 Jan",
            promised_date="2032-01-20",
        ),
        subject="Urlaub / Out of Office – {rsub}",
        cte="8bit",
    ),
    Reply(
        "pp-fr-1",
        "promise_to_pay",
        ("Pierre Delmas", "pierre@delmas-immo.example"),
        "2032-01-19 18:02",
        "gmail",
        "Bonjour,\n\n"
        "Je vous règle ça fin de mois, quand les loyers de janvier seront rentrés. Désolé pour le retard.\n\n"
        "Bien à vous,\n"
        "Pierre Delmas",
        lab(note="'fin de mois' → last day of the month", promised_date="2032-01-31"),
        cte="b64",
    ),
    Reply(
        "pp-es-1",
        "promise_to_pay",
        ("Javier Montero", "jmontero@montero-asociados.example"),
        "2032-01-21 10:48",
        "outlook",
        "Buenos días:\n\n"
        "Disculpen el retraso. La pagaremos a finales de mes, que es cuando hacemos las transferencias a los proveedores del Reino Unido.\n\n"
        "Un saludo,\n\n"
        "Javier Montero\n"
        "Montero & Asociados",
        lab(
            note="'a finales de mes' → last day of the month",
            promised_date="2032-01-31",
        ),
    ),
    Reply(
        "pp-es-2",
        "promise_to_pay",
        ("Nuria Castell", "nuria.castell@gmail.com"),
        "2032-01-29 23:10",
        "iphone",
        "perdona!! se me pasó completamente con las fiestas. mañana sin falta te hago la transferencia",
        lab(
            note="no capitals, written late at night; 'mañana' → Fri 30 Jan",
            promised_date="2032-01-30",
        ),
        days_before=3,
    ),
    Reply(
        "pp-nl-1",
        "promise_to_pay",
        ("Ellen Bosch", "administratie@vakantiepark-deheide.example"),
        "2032-01-06 14:12",
        "outlook_html",
        "Goedemiddag,\n\n"
        "Excuses voor de late betaling. De factuur voor het vegen van de schoorstenen van onze lodges in Keswick is inmiddels goedgekeurd en ingepland voor de betaalrun over twee weken, samen met de andere Britse leveranciers.\n\n"
        "Met vriendelijke groet,\n\n"
        "Ellen Bosch\n"
        "Administratie Vakantiepark De Heide",
        lab(
            note="past tense ('goedgekeurd en ingepland') for a future payment; 'over twee weken' → 14 days after Tue 6 Jan",
            promised_date="2032-01-20",
        ),
        inv="BCS-311120",
        amount="980.00",
    ),
    Reply(
        "pp-nl-2",
        "promise_to_pay",
        ("Gerard Smulders", "gerard@smulders-online.example"),
        "2032-01-22 21:30",
        "thunderbird",
        "Beste mensen,\n\n"
        "Na de schoorsteenbrand in november heeft de verzekering de schade inmiddels goedgekeurd. Zodra zij het bedrag hebben uitgekeerd, betaal ik uw factuur voor het nieuwe rookkanaal. Ze zeiden 'binnen enkele weken', meer weet ik helaas ook niet.\n\n"
        "Met vriendelijke groet,\n"
        "Gerard Smulders",
        lab(
            note="payment promised once the insurer pays out: a conditional promise with no date, and not a request for a document"
        ),
        inv="BCS-311560",
        amount="1640.00",
        charset="iso-8859-1",
    ),
    Reply(
        "pp-it-1",
        "promise_to_pay",
        ("Lorenzo Orsini", "l.orsini@tenutaorsini.example"),
        "2032-01-08 09:50",
        "outlook",
        "Buongiorno,\n\nprovvederemo al saldo della fattura entro fine mese.\n\nCordiali saluti\nLorenzo Orsini",
        lab(note="'entro fine mese' → last day of the month", promised_date="2032-01-31"),
    ),
    Reply(
        "pp-it-2",
        "promise_to_pay",
        ("Sara Colombo", "sara.colombo82@gmail.com"),
        "2032-01-21 13:26",
        "gmail_plain",
        "ciao scusate il ritardo.. vi pago il 2/2 quando mi arriva lo stipendio, prima non ce la faccio",
        lab(
            note="'2/2' in Italian day/month order → 2 Feb; no capitals",
            promised_date="2032-02-02",
        ),
    ),
]

DISPUTE: Final = [
    Reply(
        "di-en-1",
        "dispute",
        ("Daniel Okafor", "dan@okafor-design.example"),
        "2032-01-07 08:15",
        "apple",
        "We have NOT paid this because nobody turned up. The sweep was booked for the morning of 4 December, I took the morning off work and waited in until one o'clock. I rang your office twice and was told someone would call me back. Nobody did.\n\n"
        "I'm not paying for a visit that never happened. Please cancel the invoice.\n\n"
        "Daniel Okafor",
        lab(note="negated payment with the reason: the visit never happened"),
        inv="BCS-311233",
        amount="95.00",
        issued="2031-12-04",
        cte="8bit",
    ),
    Reply(
        "di-en-2",
        "dispute",
        ("Shona McBride", "shona@thegoldenpheasant.example"),
        "2032-01-08 12:03",
        "gmail",
        "Hi,\n\n"
        "We've paid the £85 for the sweep this morning, that part's fine. The other £140 for the bird guard we're not paying – nobody asked us about fitting one and it was never on the quote. If your man thought it needed one he should have said so before putting it on.\n\n"
        "Happy to talk about it, but as it stands we dispute that part of the invoice.\n\n"
        "Shona\n"
        "The Golden Pheasant",
        lab(note="paid part and disputes the rest: dispute wins over the payment claim"),
        inv="BCS-311307",
        amount="225.00",
    ),
    Reply(
        "di-en-3",
        "dispute",
        ("Alasdair Grant", "factor@invermoy-estate.example"),
        "2032-01-20 16:40",
        "outlook",
        "Dear Sirs,\n\n"
        "Invoice BCS-311690 for the liner at Keeper's Cottage is for £2,240.00. Your written quotation of 3 November was £1,850.00 including VAT. The difference appears to be an 'access equipment' charge of £390, which was never mentioned to me or to the tenant and which I did not agree to.\n\n"
        "I will authorise payment of the quoted figure once I receive a corrected invoice. I will not authorise the invoice as it stands.\n\n"
        "Regards,\n\n"
        "Alasdair Grant\n"
        "Factor, Invermoy Estate",
        lab(
            ("BCS-311690",),
            "price above the written quote; the conditional payment of the quoted figure is secondary",
        ),
        inv="BCS-311690",
        amount="2240.00",
    ),
    Reply(
        "di-de-1",
        "dispute",
        ("Martina Vogt", "martina.vogt@vogt-ferienwohnungen.example"),
        "2032-01-15 10:30",
        "gmail",
        "Hallo,\n\n"
        "die Rechnung stimmt so nicht. Bei unserem Ferienhaus in Ambleside wurde im Dezember nur der Schornstein gefegt. Die Reinigung des Ofenrohrs und die Kamera-Inspektion, die Sie zusätzlich berechnen, wurden nicht gemacht – das hat mir auch unsere Reinigungskraft bestätigt, die an dem Tag vor Ort war.\n\n"
        "Bitte schicken Sie mir eine korrigierte Rechnung nur über das Kehren, die zahle ich dann sofort.\n\n"
        "Viele Grüße\n"
        "Martina Vogt",
        lab(
            note="work invoiced but not done; the corrected-invoice request and the conditional payment are secondary"
        ),
        inv="BCS-311455",
        amount="310.00",
    ),
    Reply(
        "di-de-2",
        "dispute",
        ("Dr. Ulrich Hain", "u.hain@hain-praxis.example"),
        "2032-01-26 19:40",
        "thunderbird",
        "Sehr geehrte Damen und Herren,\n\n"
        "seit dem Einbau des neuen Kaminofens in unserem Cottage in Dornoch am 9. Dezember drückt es bei jedem Anheizen Rauch ins Wohnzimmer. Unsere Gäste haben sich bereits zweimal beschwert, eine Familie ist deswegen vorzeitig abgereist.\n\n"
        "Wir haben Ihr Büro am 18.12. und am 07.01. telefonisch informiert, bisher ist niemand gekommen. Solange der Mangel nicht behoben ist, werden wir die Rechnung nicht begleichen.\n\n"
        "Mit freundlichen Grüßen\n"
        "Dr. Ulrich Hain",
        lab(note="installation defect; payment withheld until it is fixed"),
        inv="BCS-311744",
        amount="2890.00",
        issued="2031-12-09",
        terms=30,
        charset="iso-8859-1",
    ),
    Reply(
        "di-fr-1",
        "dispute",
        ("Isabelle Roux", "i.roux@maisons-roux.example"),
        "2032-01-13 09:55",
        "outlook",
        "Bonjour,\n\n"
        "Nous contestons cette relance : le ramonage du 12 décembre a été facturé deux fois, sous les numéros BCS-311150 et BCS-311151, pour la même intervention et le même montant. La facture BCS-311150 a été réglée le 20 décembre ; la BCS-311151 est un doublon.\n\n"
        "Merci d'annuler la facture BCS-311151 et de nous adresser un avoir.\n\n"
        "Cordialement,\n\n"
        "Isabelle Roux",
        lab(
            ("BCS-311150", "BCS-311151"),
            "duplicate billing; the payment mentioned is of the other invoice, not of this one",
        ),
        inv="BCS-311151",
        amount="120.00",
        issued="2031-12-12",
    ),
    Reply(
        "di-fr-2",
        "dispute",
        ("Marc Aubert", "marc.aubert@aubert-architecture.example"),
        "2032-01-28 17:20",
        "apple",
        "Bonjour,\n\n"
        "Le tubage a bien été posé le 16 janvier, mais le chapeau anti-pluie n'a pas été installé alors qu'il figure sur la facture (180 £). Votre technicien devait repasser « dans la semaine », personne n'est venu.\n\n"
        "Nous ne réglerons que la partie effectivement réalisée. Merci de nous envoyer une facture rectifiée ou de nous proposer une date pour la pose.\n\n"
        "Marc Aubert",
        lab(note="part of the invoiced work missing; will pay only what was done"),
        inv="BCS-311802",
        amount="1420.00",
        issued="2032-01-16",
        terms=7,
    ),
    Reply(
        "di-es-1",
        "dispute",
        ("Carmen Villalobos", "carmen@villalobos-casas.example"),
        "2032-01-16 11:12",
        "gmail",
        "Hola:\n\n"
        "Todavía no hemos pagado y no pensamos hacerlo hasta que se resuelva lo de la alfombra. El técnico que vino a limpiar la chimenea de la casa de Bath dejó el salón lleno de hollín y la alfombra de lana quedó manchada; la limpieza profesional nos ha costado 160 libras.\n\n"
        "Les mandé fotos el 22 de diciembre y nadie me ha contestado. Quiero que esa cantidad se descuente de la factura.\n\n"
        "Carmen Villalobos",
        lab(note="negated payment: withheld over damage, asks for a deduction"),
    ),
    Reply(
        "di-nl-1",
        "dispute",
        ("Pieter de Graaf", "pieter@degraaf-cottages.example"),
        "2032-01-19 08:44",
        "html_only",
        "Goedemorgen,\n\n"
        "Dit bedrag klopt niet. Met uw collega was telefonisch een vaste prijs van £ 95 per schoorsteen afgesproken, voor drie schoorstenen dus £ 285. U rekent £ 130 per stuk.\n\n"
        "Graag een gecorrigeerde factuur, dan betalen wij direct.\n\n"
        "Met vriendelijke groet,\n"
        "Pieter de Graaf",
        lab(
            note="HTML-only; agreed price versus invoiced price, with a request for a corrected invoice"
        ),
        inv="BCS-311588",
        amount="390.00",
    ),
    Reply(
        "di-nl-2",
        "dispute",
        ("Anouk Jansen", "anouk@jansen-thuis.example"),
        "2032-01-24 10:05",
        "gmail_plain",
        "Hallo,\n\n"
        "Volgens mij klopt hier iets niet. Wij hebben helemaal geen open haard in ons huisje in Whitby, alleen een cv-ketel. Er is bij ons ook niemand geweest. Misschien bent u in de war met de buren op nummer 9? Ik ga deze factuur in elk geval niet betalen.\n\n"
        "Groetjes,\n"
        "Anouk",
        lab(
            note="the addressee denies the work was done at her house: dispute, not wrong_contact (she is the customer the invoice names)"
        ),
        inv="BCS-311612",
        amount="145.00",
        days_before=2,
    ),
    Reply(
        "di-it-1",
        "dispute",
        ("Roberto Ferrante", "roberto.ferrante@ferrante-group.example"),
        "2032-01-13 14:35",
        "gmail",
        "Buongiorno,\n\n"
        "nella fattura BCS-311633 ci avete addebitato la pulizia di tre canne fumarie, ma alla villa di Bowness ne avete pulite solo due: la terza è murata da anni, come vi avevamo detto al momento della prenotazione.\n\n"
        "Vi chiedo di correggere la fattura togliendo la terza canna. Pagheremo l'importo corretto appena ci arriva.\n\n"
        "Saluti,\n"
        "Roberto Ferrante",
        lab(("BCS-311633",), "charged for three flues, two cleaned"),
        inv="BCS-311633",
        amount="330.00",
    ),
    Reply(
        "di-it-2",
        "dispute",
        ("Giulia Marchi", "giulia@bnb-ilfaro.example"),
        "2032-01-17 21:50",
        "iphone",
        "Non abbiamo pagato e non pagheremo finché non ci rimborsate il vetro della stufa, che il vostro tecnico ha rotto durante l'installazione. Vi ho mandato le foto due volte!!",
        lab(note="negation with the reason: damage during installation"),
        days_before=2,
    ),
]

PAYMENT_PLAN: Final = [
    Reply(
        "pl-en-1",
        "payment_plan",
        ("Kirsty Dunlop", "kirstydunlop87@gmail.com"),
        "2032-01-05 21:14",
        "gmail_plain",
        "Hi,\n\n"
        "I'm really sorry about this. I was made redundant just before Christmas and things are very tight at the moment. I don't want to ignore it though. Would it be OK if I paid £50 a month until it's cleared? I can do the first one on Friday when my last wage comes in.\n\n"
        "Thanks for understanding,\n"
        "Kirsty",
        lab(
            note="hardship and monthly instalments; the date of the first instalment is not labelled"
        ),
        amount="260.00",
    ),
    Reply(
        "pl-en-2",
        "payment_plan",
        ("Tom Elphinstone", "tom@elphinstone-lets.example"),
        "2032-01-08 10:40",
        "outlook_html",
        "Morning,\n\n"
        "I've sent £300 today towards BCS-311018 – the rest (£420) will follow at the end of the month when the January lets have paid out. Hope that's OK, shout if it isn't.\n\n"
        "Tom Elphinstone\n"
        "Elphinstone Lets",
        lab(
            ("BCS-311018",),
            "part paid today and the rest at the end of the month: payment_plan, not payment_sent",
        ),
        inv="BCS-311018",
        amount="720.00",
    ),
    Reply(
        "pl-en-3",
        "payment_plan",
        ("Janet Holroyd", "clerk@lowerwenning-pc.example"),
        "2032-01-21 11:05",
        "thunderbird",
        "Dear Accounts Team,\n\n"
        "Thank you for your reminder regarding the sweep and service of the wood burner at Lower Wenning Village Hall.\n\n"
        "Under our financial regulations, payments above £500 must be approved by the full Council. Our next meeting is on Tuesday 3 February and your invoice is on the agenda. I would be grateful if you would allow us until then; payment is normally made within five working days of approval.\n\n"
        "I apologise for the delay, which is entirely down to the timing of our meetings.\n\n"
        "Yours sincerely,\n\n"
        "Janet Holroyd\n"
        "Clerk and Responsible Financial Officer\n"
        "Lower Wenning Parish Council",
        lab(
            note="a public body asks for more time until its council meeting: payment_plan ('more time'), not promise_to_pay"
        ),
        amount="540.00",
    ),
    Reply(
        "pl-de-1",
        "payment_plan",
        ("Heike Brandt", "heike.brandt@brandt-ferien.example"),
        "2032-01-12 09:15",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\n"
        "der Betrag für das neue Edelstahl-Innenrohr ist für uns im Moment leider nicht auf einmal zu stemmen. Wäre eine Zahlung in drei Monatsraten möglich? Die erste Rate in Höhe von 420 GBP könnten wir noch in diesem Monat überweisen, die weiteren jeweils Ende Februar und Ende März.\n\n"
        "Für eine kurze Bestätigung wäre ich Ihnen dankbar.\n\n"
        "Mit freundlichen Grüßen\n"
        "Heike Brandt",
        lab(note="three monthly instalments proposed"),
        amount="1260.00",
    ),
    Reply(
        "pl-de-2",
        "payment_plan",
        ("Andreas Lenz", "a.lenz@lenz-immobilien.example"),
        "2032-01-29 14:02",
        "outlook",
        "Guten Tag,\n\n"
        "wir bitten um einen Zahlungsaufschub bis Ende März. Unser Cottage in den Cotswolds ist von November bis Februar kaum vermietet, die Einnahmen kommen erst mit dem Frühjahr. Die Rechnung selbst ist völlig in Ordnung, es geht nur um den Zeitpunkt.\n\n"
        "Mit freundlichen Grüßen\n"
        "Andreas Lenz\n"
        "Lenz Immobilien GmbH & Co. KG",
        lab(note="asks for more time, amount not contested"),
        amount="870.00",
        charset="windows-1252",
    ),
    Reply(
        "pl-fr-1",
        "payment_plan",
        ("Sophie Garnier", "sophie@garnier-famille.example"),
        "2032-01-15 20:40",
        "gmail",
        "Bonsoir,\n\n"
        "Serait-il possible de régler cette facture en trois fois ? Je peux faire un premier virement de 155 £ dès vendredi, puis la même somme mi-février et mi-mars.\n\n"
        "Merci d'avance pour votre compréhension,\n"
        "Sophie Garnier",
        lab(note="three instalments, the first on Friday: payment_plan, plan dates not labelled"),
        amount="465.00",
    ),
    Reply(
        "pl-fr-2",
        "payment_plan",
        ("Julien Perrot", "julien@perrot-renovation.example"),
        "2032-01-24 12:12",
        "iphone",
        "Bonjour, possible de payer en 2 fois ? La moitié maintenant et le reste fin février. Merci\nJulien",
        lab(note="French reply to an English reminder; split in two"),
        rlang="en",
    ),
    Reply(
        "pl-es-1",
        "payment_plan",
        ("Ricardo Salgado", "rsalgado@salgado-inversiones.example"),
        "2032-01-13 12:30",
        "outlook",
        "Buenos días:\n\n"
        "Les escribo en relación con la factura de la instalación de la estufa en nuestra casa de Keswick. ¿Sería posible fraccionar el pago en cuatro mensualidades de 495 libras, empezando a primeros de febrero? Les agradecería que me confirmaran si les parece bien.\n\n"
        "Saludos cordiales,\n\n"
        "Ricardo Salgado",
        lab(note="four monthly instalments proposed"),
        amount="1980.00",
    ),
    Reply(
        "pl-es-2",
        "payment_plan",
        ("Pilar Gómez", "pilar@gomez-alquileres.example"),
        "2032-01-26 09:40",
        "gmail_plain",
        "Hola, buenos días:\n\n"
        "Acabo de transferir 200 libras. El resto (180) lo pago a principios de febrero, cuando cobre. Espero que no haya problema.\n\n"
        "Un saludo,\n"
        "Pilar",
        lab(note="part paid now, the rest promised later: payment_plan"),
        amount="380.00",
        cte="b64",
    ),
    Reply(
        "pl-nl-1",
        "payment_plan",
        ("Bas Verhoeven", "bas@verhoeven-klussen.example"),
        "2032-01-23 18:22",
        "android",
        "Hallo,\n\n"
        "Kunnen we een betalingsregeling treffen? Het hele bedrag in één keer lukt me nu niet. Ik zou het in drie termijnen willen betalen, de eerste begin februari.\n\n"
        "Groet,\n"
        "Bas",
        lab(note="asks for an instalment arrangement"),
        amount="615.00",
    ),
    Reply(
        "pl-it-1",
        "payment_plan",
        ("Elena Rinaldi", "elena.rinaldi@rinaldi-holiday.example"),
        "2032-01-14 10:05",
        "outlook_html",
        "Buongiorno,\n\n"
        "è possibile rateizzare l'importo in tre mesi? Potremmo versare 380 sterline al mese a partire da febbraio. Attendo un vostro riscontro.\n\n"
        "Cordiali saluti,\n"
        "Elena Rinaldi",
        lab(note="three monthly instalments proposed"),
        amount="1140.00",
    ),
    Reply(
        "pl-it-2",
        "payment_plan",
        ("Massimo Ferraro", "massimo@ferraro-ristorazione.example"),
        "2032-01-27 22:15",
        "apple",
        "Buonasera,\n\n"
        "vi scrivo con un po' di imbarazzo. Dicembre è andato molto peggio del previsto al pub di Leith, tra la strada chiusa per i lavori e metà del personale in malattia, e a gennaio gli incassi sono quasi fermi. Non voglio lasciare la fattura in sospeso, ma al momento non riesco a pagarla tutta insieme.\n\n"
        "Vi proporrei di dividerla in quattro rate mensili da 240 sterline, la prima a fine febbraio. Se preferite un'altra soluzione ditemi pure.\n\n"
        "Grazie e scusate,\n"
        "Massimo Ferraro",
        lab(note="hardship explained at length, then four instalments proposed"),
        amount="960.00",
        cte="8bit",
    ),
]

INVOICE_REQUEST: Final = [
    Reply(
        "ir-en-1",
        "invoice_request",
        (
            "Payments Team – Northmoor District Council",
            "accounts.payable@northmoor-dc.example",
        ),
        "2032-01-07 13:20",
        "outlook_html",
        "Good afternoon,\n\n"
        "We are unable to process invoice BCS-311190 as it does not quote a valid purchase order number. All supplier invoices to the Council must show a PO.\n\n"
        "Once you send us an amended invoice quoting PO 4500217763 we will pay it in the next available payment run.\n\n"
        "Kind regards,\n\n"
        "Payments Team\n"
        "Financial Services\n"
        "Northmoor District Council",
        lab(
            ("BCS-311190",),
            "payment conditional on a PO on the invoice, amount not contested: invoice_request",
        ),
        inv="BCS-311190",
        amount="1320.00",
        headers=(SUPPRESS_ALL,),
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        ("Claire Whitfield", "claire@whitfield-lettings.example"),
        "2032-01-15 11:48",
        "outlook",
        "Hello,\n\n"
        "Before we pay this, can you confirm your bank details please? The sort code and account number on invoice BCS-311441 don't match what we have on file for you from last year, and after a scam at another agency last month we're not paying anyone's new details without confirmation. A letter on headed paper or a call from your office would do.\n\n"
        "Thanks,\n\n"
        "Claire Whitfield\n"
        "Whitfield Lettings",
        lab(
            ("BCS-311441",),
            "bank details must be confirmed before paying, nothing contested: invoice_request",
        ),
        inv="BCS-311441",
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        ("Stuart Baird", "stuart@bairdjoinery.example"),
        "2032-01-17 08:55",
        "iphone",
        "can u send me the invoice again cant find it anywere. thanks",
        lab(note="typos, no capitals; asks for the invoice again"),
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        ("Klaus Winter", "klaus.winter@winter-partner.example"),
        "2032-01-06 11:30",
        "gmail",
        "Guten Tag,\n\n"
        "bitte schicken Sie uns die Rechnung noch einmal als PDF, und zwar mit einer genauen Leistungsbeschreibung und Ihrer Umsatzsteuer-Identifikationsnummer bzw. VAT-Nummer. Ohne diese Angaben kann unser Steuerbüro sie nicht verbuchen, und wir dürfen sie nicht anweisen.\n\n"
        "Vielen Dank und freundliche Grüße\n"
        "Klaus Winter",
        lab(note="reissue with a description and VAT number before paying, amount not contested"),
    ),
    Reply(
        "ir-de-2",
        "invoice_request",
        ("Birgit Schneider", "b.schneider@schneider-highlandhaeuser.example"),
        "2032-01-22 15:10",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\n"
        "wir haben von Ihnen im vergangenen Jahr mehrere Rechnungen für unsere drei Ferienhäuser erhalten und verlieren langsam den Überblick. Könnten Sie uns bitte einen Kontoauszug mit allen offenen Posten schicken? Dann gleichen wir das ab und überweisen alles zusammen.\n\n"
        "Mit freundlichen Grüßen\n"
        "Birgit Schneider",
        lab(note="statement of account requested before paying"),
        charset="iso-8859-1",
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        ("Nathalie Girard", "n.girard@girard-patrimoine.example"),
        "2032-01-09 10:25",
        "outlook_html",
        "Bonjour,\n\n"
        "Pourriez-vous nous envoyer le certificat de ramonage correspondant à cette intervention ? Notre assureur britannique l'exige, et notre comptable ne règle pas la facture tant que le certificat n'est pas joint au dossier.\n\n"
        "Je vous remercie par avance.\n\n"
        "Cordialement,\n\n"
        "Nathalie Girard\n"
        "Girard Patrimoine",
        lab(note="the sweep certificate is needed before paying, amount not contested"),
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        ("Vincent Morel", "v.morel@sci-lesaulnes.example"),
        "2032-01-20 14:50",
        "thunderbird",
        "Bonjour,\n\n"
        "Merci de refaire la facture BCS-311592 au nom de la SCI Les Aulnes et non à mon nom personnel : c'est la SCI qui est propriétaire du cottage et qui paie les travaux. L'adresse est 14 rue des Tanneurs, 37000 Tours.\n\n"
        "Dès réception de la facture corrigée, nous procéderons au paiement.\n\n"
        "Vincent Morel\n"
        "Gérant, SCI Les Aulnes",
        lab(
            ("BCS-311592",),
            "reissue in the company's name, then payment: invoice_request",
        ),
        inv="BCS-311592",
        amount="250.00",
        charset="iso-8859-1",
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        ("Laura Prieto", "lprieto@prieto-gestion.example"),
        "2032-01-07 12:00",
        "outlook",
        "Buenos días:\n\n"
        "Para poder pagar la factura necesitamos que nos la envíen de nuevo con el nombre fiscal completo de la sociedad (Prieto Gestión Patrimonial, S.L.) y nuestro NIF, B-87654321. Tal como está, nuestro departamento contable no la puede contabilizar.\n\n"
        "Gracias y un saludo,\n\n"
        "Laura Prieto",
        lab(note="reissue with the company's tax details before paying"),
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        ("Andrés Molina", "andres@molina-casas.example"),
        "2032-01-25 19:30",
        "iphone",
        "Hola, a mí la factura no me llegó nunca. Me la reenvías y la pago?",
        lab(
            note="never received the invoice; paying depends on getting it; no opening question mark, as typed on a phone"
        ),
        days_before=3,
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        ("Sanne Mulder", "crediteuren@ravensberg-groep.example"),
        "2032-01-12 10:05",
        "outlook_html",
        "Geachte heer/mevrouw,\n\n"
        "Wij kunnen factuur BCS-311351 helaas niet in behandeling nemen, omdat ons inkoopordernummer ontbreekt. Wilt u de factuur opnieuw sturen met vermelding van PO-2032-0041? Daarna wordt hij binnen onze normale betaaltermijn voldaan.\n\n"
        "Met vriendelijke groet,\n\n"
        "Sanne Mulder\n"
        "Crediteurenadministratie\n"
        "Ravensberg Groep B.V.",
        lab(("BCS-311351",), "reissue with a PO number, amount not contested"),
        inv="BCS-311351",
        amount="760.00",
    ),
    Reply(
        "ir-nl-2",
        "invoice_request",
        ("Henk Bakker", "henk@bakker-bungalows.example"),
        "2032-01-28 08:20",
        "gmail",
        "Goedemorgen,\n\n"
        "Wat is dit voor factuur? Ik kan hem nergens terugvinden in mijn mail. Kunt u mij de factuur sturen en laten weten voor welk adres en welke datum het werk was?\n\n"
        "Henk Bakker",
        lab(
            note="does not recognise the invoice and asks for it and its details; nothing contested yet"
        ),
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        ("Francesca Moretti", "f.moretti@studio-moretti.example"),
        "2032-01-15 16:30",
        "outlook",
        "Buongiorno,\n\n"
        "per poter effettuare il bonifico dall'Italia ci servirebbero le vostre coordinate bancarie complete, cioè IBAN e codice BIC/SWIFT. Sulla fattura è indicato solo il sort code inglese, che la nostra banca non accetta.\n\n"
        "Grazie, cordiali saluti\n"
        "Francesca Moretti",
        lab(note="bank details needed before paying"),
        charset="iso-8859-1",
    ),
]

WRONG_CONTACT: Final = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        ("Helen Marsh", "helen@marsh-family.example"),
        "2032-01-06 18:40",
        "iphone",
        "Hi, I think this has come to the wrong person. We sold Rowan Cottage in October and the sweep was done for the new owners – I don't have an email for them I'm afraid.\nHelen",
        lab(note="not the right person; no new address"),
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        ("Owen Pritchard", "owen.pritchard@lowther-lettings.example"),
        "2032-01-19 09:12",
        "gmail",
        "Hello,\n\n"
        "I left Lowther Lettings at the end of December, so I can't help with this one, sorry – my mail is only being forwarded for a few more weeks. Please contact my former colleague Harriet Snow, who now looks after the landlords' accounts: harriet.snow@lowther-lettings.example\n\n"
        "Best wishes,\n"
        "Owen",
        lab(new_contact="harriet.snow@lowther-lettings.example"),
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        ("Ashcombe House Accounts", "accounts@ashcombe-house-estate.example"),
        "2032-01-23 07:58",
        "html_only",
        "Dear Supplier,\n\n"
        "Please be advised that with immediate effect all correspondence, statements and payment reminders for Ashcombe House must be sent to our new accounts office at ashcombe.accounts.office@gmail.com. The old address is no longer monitored.\n\n"
        "Please confirm by return that your records have been updated. Do not send invoices to this email.\n\n"
        "Regards,\n"
        "Accounts Department\n"
        "Ashcombe House Estate",
        lab(
            note="asks to redirect collection mail to a free-mail address, from a look-alike domain of the one the reminder went to: labelled by what it asks (wrong_contact with the new address); reads like redirection fraud, so a person must verify before changing anything",
            new_contact="ashcombe.accounts.office@gmail.com",
        ),
        rcpt=("Ashcombe House Estate", "accounts@ashcombehouse.example"),
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        ("Lukas Berger", "l.berger@nordwind-verwaltung.example"),
        "2032-01-14 08:50",
        "outlook",
        "Guten Morgen,\n\n"
        "ich bin seit dem 1. Januar nicht mehr für die Objekte in Schottland zuständig. Bitte wenden Sie sich künftig an meine Kollegin Petra Lind (p.lind@nordwind-verwaltung.example), sie hat die Buchhaltung übernommen.\n\n"
        "Mit freundlichen Grüßen\n"
        "Lukas Berger",
        lab(new_contact="p.lind@nordwind-verwaltung.example"),
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        ("Martine Dubois", "martine.dubois@wanadoo.fr"),
        "2032-01-10 11:20",
        "iphone",
        "Bonjour,\n"
        "Vous vous êtes trompés d'adresse, je suis la mère de Claire Dubois. C'est elle la propriétaire de la maison en Écosse. Son adresse à elle c'est claire.dubois@dubois-location.example\n"
        "Bonne journée\n"
        "Martine Dubois",
        lab(new_contact="claire.dubois@dubois-location.example"),
        days_before=2,
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        ("Domaine Saint-Clair", "compta@domaine-saintclair.example"),
        "2032-01-22 09:41",
        "none",
        "Bonjour,\n\n"
        "Cette adresse n'est plus consultée depuis le 1er janvier 2032. Pour toute question relative aux factures et aux paiements, merci d'écrire désormais à factures@domaine-saintclair.example.\n\n"
        "Ce message est envoyé automatiquement, merci de ne pas y répondre.\n\n"
        "Domaine Saint-Clair – Service comptable",
        lab(
            note="automatic 'this address is no longer read' notice naming the new address: wrong_contact, not auto_reply",
            new_contact="factures@domaine-saintclair.example",
        ),
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        ("Rafa Ortega", "rafa@ortega-familia.example"),
        "2032-01-13 17:05",
        "iphone",
        "Hola, ya no llevo yo los pagos de la casa de Escocia, ahora lo lleva todo la gestoría. Escríbanles a ellos: facturas@gestoriaalbar.example\nSaludos\nRafa",
        lab(new_contact="facturas@gestoriaalbar.example"),
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        ("Esther Navas", "esther@navas-ilustracion.example"),
        "2032-01-30 10:10",
        "gmail_plain",
        "Hola,\n\n"
        "Creo que se han equivocado de persona. Vivo en un piso en Valencia, no tengo chimenea y no he estado nunca en Escocia. Revisen la dirección de correo, por favor.\n\n"
        "Esther",
        lab(
            note="wrong recipient altogether, no new address; the reminder was meant for someone else with a similar address"
        ),
        rcpt=("Esteban Navas", "esther@navas-ilustracion.example"),
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        ("Mark Visser", "receptie@lakeside-lodges.example"),
        "2032-01-05 11:30",
        "outlook",
        "Goedemorgen,\n\n"
        "Dit adres is van de receptie van het park; facturen en herinneringen worden hier niet gelezen door de administratie. Wilt u voortaan mailen naar crediteuren@lakeside-lodges.example? Ik heb uw mail daar ook naartoe doorgestuurd.\n\n"
        "Met vriendelijke groet,\n"
        "Mark Visser\n"
        "Receptie Lakeside Lodges",
        lab(new_contact="crediteuren@lakeside-lodges.example"),
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        ("Wim de Boer", "wim@deboer-hout.example"),
        "2032-01-15 13:44",
        "gmail",
        "Hallo,\n\n"
        "Dit soort dingen doet onze boekhouder, Kees Verbeek. Ik heb hem in de cc gezet. Wilt u hem voortaan rechtstreeks mailen? kees@verbeek-administratie.example\n\n"
        "Groet,\n"
        "Wim de Boer",
        lab(
            note="the bookkeeper is named and copied in Cc",
            new_contact="kees@verbeek-administratie.example",
        ),
        cc=("Kees Verbeek", "kees@verbeek-administratie.example"),
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        ("Paolo Greco", "p.greco@glenlyon-lodge.example"),
        "2032-01-26 12:10",
        "outlook_html",
        "Buongiorno,\n\n"
        "da gennaio non mi occupo più dell'amministrazione della tenuta. Per fatture e pagamenti vi prego di scrivere all'indirizzo amministrazione@glenlyon-lodge.example, che ho messo in copia.\n\n"
        "Cordiali saluti,\n"
        "Paolo Greco",
        lab(new_contact="amministrazione@glenlyon-lodge.example"),
        cc=("", "amministrazione@glenlyon-lodge.example"),
    ),
    Reply(
        "wc-it-2",
        "wrong_contact",
        ("Alessandra Conti", "alessandra.conti75@libero.it"),
        "2032-01-17 10:30",
        "android",
        "Guardi che ha sbagliato indirizzo. Sono una privata di Torino, non ho nessun camino e non ho mai sentito nominare la vostra ditta.\nSaluti",
        lab(
            note="wrong recipient altogether (the reminder names an Alessandro Conti), no new address"
        ),
        rcpt=("Alessandro Conti", "alessandra.conti75@libero.it"),
    ),
]

UNSUBSCRIBE: Final = [
    Reply(
        "un-en-1",
        "unsubscribe",
        ("Craig Miller", "craig@craigmillerplastering.example"),
        "2032-01-08 19:02",
        "iphone",
        "done. now stop emailing me",
        lab(
            note="a one-word payment claim plus a stop request: unsubscribe beats everything but bounce"
        ),
    ),
    Reply(
        "un-en-2",
        "unsubscribe",
        ("G Haddow", "g.haddow@burnfoot-farm.example"),
        "2032-01-20 10:14",
        "apple",
        "Dear Sirs,\n\n"
        "I do not deal with bills by email and would ask that you write to me by post only, at Burnfoot Farm, in future. I will deal with your account when I receive a letter.\n\n"
        "G. Haddow",
        lab(note="post only → unsubscribe"),
    ),
    Reply(
        "un-en-3",
        "unsubscribe",
        ("Victoria Lane", "victoria.lane@lane-holdings.example"),
        "2032-01-16 15:30",
        "outlook_html",
        "Dear Sirs,\n\n"
        "We dispute invoice BCS-311518 in its entirety, for the reasons already given to your office by telephone in December.\n\n"
        "This matter is now with our solicitors, Harrow & Vale LLP. Please do not contact me or my staff about it directly again; any further correspondence should go through them.\n\n"
        "Victoria Lane\n"
        "Director, Lane Holdings Ltd",
        lab(
            ("BCS-311518",),
            "dispute handed to solicitors with 'do not contact us directly': unsubscribe beats dispute; no address for the solicitors",
        ),
        inv="BCS-311518",
    ),
    Reply(
        "un-de-1",
        "unsubscribe",
        ("Nina Hoffmann", "nina.hoffmann@gmx.de"),
        "2032-01-11 16:05",
        "thunderbird",
        "Hallo,\n\n"
        "bitte nehmen Sie mich aus Ihrem Verteiler. Ich habe die Ferienwohnung in Edinburgh nur bis Ende 2031 für meine Schwester verwaltet und habe damit nichts mehr zu tun.\n\n"
        "Danke\n"
        "Nina Hoffmann",
        lab(
            note="remove me plus 'no longer involved', no new address: unsubscribe beats wrong_contact"
        ),
        cte="8bit",
        days_before=2,
    ),
    Reply(
        "un-de-2",
        "unsubscribe",
        ("Gutsverwaltung Ahlen", "verwaltung@gut-ahlen.example"),
        "2032-01-27 11:20",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\n"
        "die Zahlung der Rechnung BCS-311770 erfolgt wie mit Ihrem Büro vereinbart zum Quartalsende.\n\n"
        "Wir bitten Sie, Mahnungen und sonstigen Schriftverkehr künftig ausschließlich auf dem Postweg an unsere Verwaltung zu richten. E-Mails an diese Adresse werden nicht mehr bearbeitet.\n\n"
        "Mit freundlichen Grüßen\n\n"
        "i. A. Margit Sommer\n"
        "Gutsverwaltung Ahlen",
        lab(("BCS-311770",), "a promise plus 'post only from now on': unsubscribe wins"),
        inv="BCS-311770",
        charset="windows-1252",
    ),
    Reply(
        "un-fr-1",
        "unsubscribe",
        ("Thierry Blanc", "thierry@blanc-sarl.example"),
        "2032-01-18 22:47",
        "iphone",
        "ARRÊTEZ DE M'ENVOYER CES MAILS TOUS LES DEUX JOURS. JE PAIERAI QUAND JE POURRAI.",
        lab(note="all caps; a stop request with a vague promise: unsubscribe"),
        days_before=3,
    ),
    Reply(
        "un-es-1",
        "unsubscribe",
        ("Fernando Lozano", "flozano@lozano-inversiones.example"),
        "2032-01-21 17:35",
        "outlook",
        "Señores:\n\n"
        "Les ruego que no vuelvan a escribirme sobre este asunto. A partir de ahora cualquier comunicación deberá dirigirse a nuestro abogado.\n\n"
        "Fernando Lozano",
        lab(note="'through our lawyer' with no address → unsubscribe"),
    ),
    Reply(
        "un-es-2",
        "unsubscribe",
        ("Mari Luz Sanz", "mariluz@sanz-alquileres.example"),
        "2032-01-07 09:30",
        "gmail_plain",
        "quiero darme de vaja de estos correos, gracias",
        lab(note="typo ('vaja' for 'baja'), no capitals"),
    ),
    Reply(
        "un-nl-1",
        "unsubscribe",
        ("J. Kuipers", "j.kuipers@kuipers-beheer.example"),
        "2032-01-16 09:05",
        "outlook",
        "Geachte heer/mevrouw,\n\n"
        "Wij verzoeken u ons voortaan geen e-mails meer te sturen over facturen of herinneringen. Correspondentie graag uitsluitend per post naar ons kantooradres in Utrecht.\n\n"
        "Met vriendelijke groet,\n"
        "J. Kuipers\n"
        "Kuipers Beheer B.V.",
        lab(note="post only → unsubscribe"),
        charset="iso-8859-1",
    ),
    Reply(
        "un-nl-2",
        "unsubscribe",
        ("Lotte van den Berg", "lotte@vandenberg-design.example"),
        "2032-01-13 21:15",
        "android",
        "Ik betaal volgende week, maar ik wil deze mails niet meer ontvangen. Eén herinnering is genoeg.",
        lab(note="a promise plus a stop request: unsubscribe"),
    ),
    Reply(
        "un-it-1",
        "unsubscribe",
        ("Giorgio Bellini", "g.bellini@bellini-hotels.example"),
        "2032-01-22 12:40",
        "outlook_html",
        "Gentili signori,\n\n"
        "vi prego di non scrivermi più a questo indirizzo in merito a questa fattura. Per qualsiasi comunicazione rivolgetevi al nostro legale.\n\n"
        "Distinti saluti,\n"
        "Giorgio Bellini",
        lab(note="'talk to our lawyer' with no address → unsubscribe"),
    ),
    Reply(
        "un-it-2",
        "unsubscribe",
        ("Luca Fontana", "luca@fontana-bnb.example"),
        "2032-01-10 09:58",
        "gmail_plain",
        "basta con queste mail!!! ho già pagato a dicembre",
        lab(note="a stop request plus a payment claim: unsubscribe"),
    ),
]

AUTO_REPLY: Final = [
    Reply(
        "ar-en-1",
        "auto_reply",
        ("Sarah Kinnear", "sarah.kinnear@kinnear-property.example"),
        "2032-01-06 08:32",
        "none",
        "Thank you for your email. I am out of the office until Monday 12 January with limited access to email. For anything urgent please call the office on 01632 960514.\n\n"
        "Sarah Kinnear\n"
        "Kinnear Property Management",
        lab(note="'until X' → X itself", return_date="2032-01-12"),
        subject="Automatic reply: {rsub}",
        headers=(AUTO_GENERATED, SUPPRESS_ALL),
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        ("Ashbury Facilities Helpdesk", "helpdesk@ashbury-facilities.example"),
        "2032-01-14 09:05",
        "none",
        "This is an automated response.\n\n"
        "Your email has been logged with the Ashbury Facilities Helpdesk under reference FAC-48213. A member of the team will pick it up within 2 working days. Please keep the reference in the subject line if you write to us again about this matter.\n\n"
        "Ashbury Facilities Helpdesk",
        lab(note="ticket acknowledgement carrying only X-Autoreply"),
        subject="[FAC-48213] Your email has been logged: {rsub}",
        headers=(X_AUTOREPLY,),
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        ("Graham Laidlaw", "graham@laidlaw-estates.example"),
        "2032-01-16 08:40",
        "none",
        "Thanks for your message. I'm on annual leave and back on Monday 26th January. Emails won't be forwarded; for estate accounts please ring Morag in the estate office on 01632 960733.\n\n"
        "Graham",
        lab(
            note="vacation responder with only Precedence: bulk",
            return_date="2032-01-26",
        ),
        subject="Annual leave",
        headers=(PRECEDENCE_BULK,),
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        ("Katrin Seidel", "k.seidel@seidel-immobilien.example"),
        "2032-01-09 09:35",
        "none",
        "Vielen Dank für Ihre Nachricht.\n\n"
        "Ich bin bis einschließlich 16.01.2032 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ab Montag, dem 19.01.2032, bin ich wieder für Sie erreichbar. Ihre E-Mail wird nicht weitergeleitet.\n\n"
        "Mit freundlichen Grüßen\n"
        "Katrin Seidel",
        lab(note="the day back wins over 'bis einschließlich'", return_date="2032-01-19"),
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS_ALL),
        charset="iso-8859-1",
    ),
    Reply(
        "ar-de-2",
        "auto_reply",
        ("Alpenblick Resorts Buchhaltung", "buchhaltung@alpenblick-resorts.example"),
        "2032-01-20 09:33",
        "none",
        "Guten Tag,\n\n"
        "vielen Dank für Ihre E-Mail. Ihre Nachricht ist bei uns eingegangen und wird an die zuständige Sachbearbeiterin weitergeleitet. Bitte sehen Sie von Rückfragen zum Bearbeitungsstand ab.\n\n"
        "Dies ist eine automatisch erzeugte Nachricht.\n\n"
        "Alpenblick Resorts GmbH – Buchhaltung",
        lab(note="receipt acknowledgement with only X-Autoreply; no date"),
        subject="Eingangsbestätigung – {rsub}",
        headers=(X_AUTOREPLY,),
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        ("Claire Fontaine", "c.fontaine@fontaine-conseil.example"),
        "2032-01-19 09:40",
        "none",
        "Bonjour,\n\n"
        "Je suis absente du bureau jusqu'au vendredi 23 janvier inclus, sans accès à ma messagerie. Je traiterai votre message à mon retour, le lundi 26 janvier.\n\n"
        "Pour toute urgence : secretariat@fontaine-conseil.example\n\n"
        "Claire Fontaine",
        lab(
            note="the stated day back wins; the colleague's address does not set new_contact",
            return_date="2032-01-26",
        ),
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-fr-2",
        "auto_reply",
        ("Groupe Hôtelier Vauban – Comptabilité", "comptabilite@groupe-vauban.example"),
        "2032-01-28 09:32",
        "none",
        "Madame, Monsieur,\n\n"
        "Nous accusons réception de votre message, qui sera traité par le service comptabilité dans les meilleurs délais.\n\n"
        "Ceci est un message automatique, merci de ne pas y répondre.\n\n"
        "Groupe Hôtelier Vauban – Service comptabilité",
        lab(note="receipt acknowledgement; no date"),
        subject="Accusé de réception : {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        ("Beatriz Ramos", "bramos@ramos-patrimonio.example"),
        "2032-01-06 09:45",
        "none",
        "Gracias por su mensaje. Estaré fuera de la oficina hasta el 14 de enero, con acceso limitado al correo. Para asuntos urgentes, llame a la oficina.\n\n"
        "Un saludo,\n"
        "Beatriz Ramos",
        lab(note="'hasta el 14 de enero' → that date itself", return_date="2032-01-14"),
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_GENERATED,),
        cte="b64",
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        ("Eva Smit", "eva.smit@smit-vastgoed.example"),
        "2032-01-12 09:36",
        "none",
        "Dank voor uw bericht. Ik ben afwezig tot en met vrijdag 16 januari en vanaf maandag 19 januari weer op kantoor. Uw e-mail wordt niet doorgestuurd.\n\n"
        "Met vriendelijke groet,\n"
        "Eva Smit",
        lab(note="the day back wins over 'tot en met'", return_date="2032-01-19"),
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_GENERATED, SUPPRESS_ALL),
    ),
    Reply(
        "ar-nl-2",
        "auto_reply",
        ("Duinrand Vakantiehuizen", "info@duinrand-vakantiehuizen.example"),
        "2032-01-08 09:34",
        "none",
        "Beste afzender,\n\n"
        "Bedankt voor uw e-mail. Wij streven ernaar uw bericht binnen twee werkdagen te beantwoorden. In het hoogseizoen kan dit iets langer duren.\n\n"
        "Met vriendelijke groet,\n"
        "Team Duinrand Vakantiehuizen",
        lab(note="acknowledgement with only Precedence: auto_reply; no date"),
        subject="Wij hebben uw bericht ontvangen",
        headers=(PRECEDENCE_AUTO,),
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        ("Federica Gallo", "f.gallo@gallo-immobiliare.example"),
        "2032-01-07 09:38",
        "none",
        "Grazie per il messaggio. Sarò fuori ufficio fino a venerdì 9 gennaio compreso e rientrerò lunedì 12 gennaio. Per urgenze scrivete a segreteria@gallo-immobiliare.example.\n\n"
        "Federica Gallo",
        lab(
            note="the stated day back wins over 'fino a … compreso'",
            return_date="2032-01-12",
        ),
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED,),
        charset="iso-8859-1",
    ),
    Reply(
        "ar-it-2",
        "auto_reply",
        ("Villa Serena Holidays", "amministrazione@villaserena-holidays.example"),
        "2032-01-05 09:33",
        "none",
        "Gentile cliente, gentile fornitore,\n\n"
        "l'ufficio amministrativo resta chiuso per le festività fino al 7 gennaio. Risponderemo alla vostra e-mail il prima possibile.\n\n"
        "Cordiali saluti\n"
        "Villa Serena Holidays",
        lab(
            note="'chiuso fino al 7 gennaio' → that date (the 'until X' rule)",
            return_date="2032-01-07",
        ),
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
]

OTHER: Final = [
    Reply(
        "ot-en-1",
        "other",
        ("Eilidh Fraser", "eilidh@fraser-holidaycottages.example"),
        "2032-01-21 14:05",
        "gmail",
        "Hi,\n\n"
        "While I think of it – can you book us in for the annual sweep at the Steading? Any weekday in March works, just not the week of the 16th as we have a full house. And could whoever comes have a look at the bothy chimney too? We've had jackdaws nesting in it.\n\n"
        "Thanks,\n"
        "Eilidh",
        lab(note="booking request in the reminder thread; nothing about the invoice"),
    ),
    Reply(
        "ot-en-2",
        "other",
        ("Jamie Crawford", "jamie.crawford@crawford-hospitality.example"),
        "2032-01-26 10:30",
        "outlook_html",
        "Thanks, received. I've passed this to our finance team.\n\nJamie",
        lab(note="acknowledgement; passing it on names no new contact and promises nothing"),
    ),
    Reply(
        "ot-en-3",
        "other",
        ("John Pascoe", "john.pascoe@pascoe-family.example"),
        "2032-01-22 20:10",
        "apple",
        "Hello,\n\n"
        "I'm sorry to have to tell you that my father, John Pascoe, died on 28 December. I'm his daughter and I'm dealing with his affairs along with my brother, which is why I'm replying from his email. His accounts have been frozen until probate is granted, which the solicitor says could take a few months.\n\n"
        "I will be in touch about this once we know where things stand.\n\n"
        "Ruth Pascoe",
        lab(note="bereavement: no commitment and no new address; a person must read it"),
        days_before=3,
    ),
    Reply(
        "ot-de-1",
        "other",
        ("Frank Neumann", "frank@neumann-ferienhaus.example"),
        "2032-01-17 11:20",
        "gmail",
        "Hallo,\n\n"
        "kurze Frage nebenbei: Auf dem Prüfprotokoll steht, dass die Dichtung am Rauchrohr 'bei nächster Gelegenheit' erneuert werden sollte. Ist das dringend, oder reicht das bis zum nächsten Kehrtermin im Herbst? Wir haben ab Februar wieder Gäste im Haus.\n\n"
        "Gruß\n"
        "Frank Neumann",
        lab(note="service question in the reminder thread"),
        days_before=2,
    ),
    Reply(
        "ot-de-2",
        "other",
        ("Ute Brandl", "ute@brandl-ferienwohnungen.example"),
        "2032-01-28 12:05",
        "iphone",
        "Danke, ist angekommen. Ich gebe es an meinen Mann weiter, der macht die Überweisungen.",
        lab(
            note="acknowledgement; passing it to her husband is no new contact; German reply to an English reminder"
        ),
        rlang="en",
    ),
    Reply(
        "ot-fr-1",
        "other",
        ("Catherine Leroy", "catherine@leroy-gites.example"),
        "2032-01-14 18:30",
        "html_only",
        "Bonjour,\n\n"
        "Avant de faire quoi que ce soit : j'ai reçu hier un appel d'une personne qui disait travailler chez vous et qui m'a demandé de régler cette facture sur un nouveau compte, en Lituanie. Est-ce normal ? Je n'ai rien payé pour l'instant.\n\n"
        "Pouvez-vous me rappeler ? Mon numéro est dans votre dossier.\n\n"
        "Catherine Leroy",
        lab(
            note="HTML-only; reports a suspicious call, nothing paid yet and nothing promised; a person must call back"
        ),
    ),
    Reply(
        "ot-fr-2",
        "other",
        ("Alain Mercier", "alain@mercier-freres.example"),
        "2032-01-06 12:30",
        "iphone",
        "Bien noté, merci.",
        lab(note="acknowledgement only"),
    ),
    Reply(
        "ot-es-1",
        "other",
        ("Teresa Aguilar", "teresa@aguilar-cottages.example"),
        "2032-01-23 16:20",
        "gmail",
        "Hola:\n\n"
        "Aprovecho este correo para pedirles cita para limpiar la chimenea de la casa de Cornualles antes de Semana Santa. ¿Tienen algún hueco a mediados de marzo? Los inquilinos se van el día 12.\n\n"
        "Gracias,\n"
        "Teresa Aguilar",
        lab(note="booking request in the reminder thread"),
        cte="b64",
    ),
    Reply(
        "ot-es-2",
        "other",
        ("Óscar Blanco", "oscar@blanco-reformas.example"),
        "2032-01-19 13:02",
        "iphone",
        "Recibido 👍",
        lab(note="acknowledgement with an emoji; no payment claim"),
    ),
    Reply(
        "ot-nl-1",
        "other",
        ("Ingrid Dekker", "ingrid@dekker-lodges.example"),
        "2032-01-27 10:50",
        "outlook",
        "Goedemorgen,\n\n"
        "Staat de afspraak voor het vegen van de schoorstenen in maart nog? Ik heb van uw collega nog geen datum gehoord en wil de boekingen erop afstemmen.\n\n"
        "Met vriendelijke groet,\n"
        "Ingrid Dekker",
        lab(note="appointment question in the reminder thread"),
    ),
    Reply(
        "ot-nl-2",
        "other",
        ("Ruud Peters", "ruud@peters-installatie.example"),
        "2032-01-29 17:40",
        "iphone",
        "Ontvangen, ik kijk er maandag naar.",
        lab(note="'I'll look at it on Monday' promises no payment: other"),
    ),
    Reply(
        "ot-it-1",
        "other",
        ("Marco Esposito", "marco.esposito@esposito-immobili.example"),
        "2032-01-12 10:20",
        "gmail",
        "Buongiorno,\n\n"
        "approfitto della vostra mail per chiedervi se potete mandare qualcuno a controllare il comignolo della casa di Oban dopo la tempesta della settimana scorsa. I vicini dicono che si è spostato un mattone. Fatemi sapere quando potete passare.\n\n"
        "Grazie,\n"
        "Marco Esposito",
        lab(note="service request in the reminder thread"),
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
# Delivery reports: generated machine skeletons, human-readable parts written one by one
# --------------------------------------------------------------------------------------------

MAIL_HOST: Final = "mail.brackenridge-chimney.example"
O365_SENDER: Final = "Microsoft Outlook <postmaster@brackenridgechimney.onmicrosoft.example>"


@dataclass(frozen=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt`, written in `lang`."""

    key: str
    kind: str
    status: str
    rcpt: str
    when: str
    note: str | None = None
    queued: timedelta = timedelta(minutes=2)

    @property
    def lang(self) -> str:
        """The language of the report's human-readable text."""
        return self.key.split("-")[1]

    @property
    def dt(self) -> datetime:
        """When the report was generated (the sending side is in the UK)."""
        return aware("uk" if self.lang == "en" else "eu", self.when)

    @property
    def sent(self) -> datetime:
        """When the reminder left Brackenridge's server, on the UK clock."""
        return in_uk(self.dt - self.queued - timedelta(seconds=number(self.key, "sent", 50)))

    @property
    def invoice(self) -> str:
        """The invoice the returned reminder was about."""
        return f"BCS-{310400 + number(self.key, 'invoice', 1500):06d}"

    @property
    def subject(self) -> str:
        """The returned reminder's subject."""
        return REMINDER_SUBJECT[self.lang].format(inv=self.invoice)

    def reminder(self) -> Message:
        """The reminder as it left Brackenridge's server."""
        issued = self.sent.date() - timedelta(days=41)
        pattern = DATE_PATTERN[self.lang]
        text = REMINDER_BODY[self.lang].format(
            inv=self.invoice,
            issued=render(pattern, self.lang, datetime.combine(issued, time())),
            due=render(
                pattern,
                self.lang,
                datetime.combine(issued + timedelta(days=28), time()),
            ),
            amt=money(
                self.lang,
                AMOUNT_CHOICES[number(self.key, "amount", len(AMOUNT_CHOICES))],
            ),
        )
        msg = text_part(text, "plain", "utf-8", "qp")
        msg["From"] = formataddr((AR_NAME, AR_ADDR))
        msg["To"] = self.rcpt
        msg["Subject"] = encoded_header(self.subject, "utf-8")
        msg["Date"] = format_datetime(self.sent)
        msg["Message-ID"] = reminder_msgid(self.key)
        mime_headers_last(msg)
        return msg

    def reminder_headers(self) -> str:
        """The header section of the returned reminder, with the first Received line."""
        received = (
            f"Received: from app01.brackenridge-chimney.example (app01.brackenridge-chimney.example [10.20.0.14])\n"
            f"\tby {MAIL_HOST} (Postfix) with ESMTPSA id {b32(self.key, 'queue-id', 11)}\n"
            f"\tfor <{self.rcpt}>; {format_datetime(self.sent)}\n"
        )
        return received + self.reminder().as_string().split("\n\n", 1)[0] + "\n"


def rfc822_headers(b: Bounce) -> Message:
    """text/rfc822-headers: only the header section of the returned reminder."""
    return text_part(b.reminder_headers(), "rfc822-headers", "us-ascii", "7bit")


def delivery_status(
    b: Bounce,
    mta: str,
    action: str,
    diagnostic: str,
    remote: str = "",
    *,
    postfix: bool = False,
) -> Message:
    """message/delivery-status (RFC 3464): one per-message block and one per-recipient block."""
    queue_id = f"X-Postfix-Queue-ID: {b32(b.key, 'queue-id', 11)}\n" if postfix else ""
    per_message = f"Reporting-MTA: dns; {mta}\n{queue_id}Arrival-Date: {format_datetime(b.sent)}\n"
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
        per_recipient.append(f"Will-Retry-Until: {format_datetime(b.dt + timedelta(days=3))}")
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload(
        [
            message_from_bytes(block.encode())
            for block in (per_message, "\n".join(per_recipient) + "\n")
        ]
    )
    return part


def report(*parts: Message) -> Message:
    """multipart/report; report-type=delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def stamp(
    b: Bounce,
    msg: Message,
    sender: str,
    subject: str,
    *,
    auto_submitted: bool = True,
    style: str = "bounce",
    extra: tuple[tuple[str, str], ...] = (),
) -> Message:
    """Envelope headers of a delivery report."""
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encoded_header(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = sender.rsplit("@", 1)[1].rstrip(">) ").split()[0]
    msg["Message-ID"] = f"<{b32(b.key, 'report', 20).lower()}@{host}>"
    if auto_submitted:
        msg["Auto-Submitted"] = "auto-replied"
    for name, value in extra:
        msg[name] = value
    return finish(msg, b.key, style)


def o365_human(
    b: Bounce,
    lines: tuple[str, str, str, str, str],
    diagnostic: str,
    charset: str = "utf-8",
) -> Message:
    """Exchange Online's readable part: headline, explanation, what to do, admin diagnostics."""
    headline, explanation, fix, admin, server = lines
    plain = (
        f"{headline}\n\n{explanation}\n\n{fix}\n\n\n{admin}\n\n{server}\n\n{b.rcpt}\n{diagnostic}\n"
    )
    rich = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head><body>'
        '<table style="width:100%;font-family:Segoe UI,Frutiger,Arial,sans-serif"><tr><td>'
        f'<p style="font-size:17pt;color:#C00000">{html.escape(headline, quote=False)}</p>'
        f'<p style="font-size:11pt">{html.escape(explanation, quote=False)}</p>'
        f'<p style="font-size:11pt">{html.escape(fix, quote=False)}</p>'
        "</td></tr></table><br><hr>"
        f'<p style="font-size:9pt"><b>{html.escape(admin, quote=False)}</b></p>'
        f'<p style="font-size:9pt">{html.escape(server, quote=False)}</p>'
        f'<p style="font-size:9pt">{html.escape(b.rcpt, quote=False)}<br>{html.escape(diagnostic, quote=False)}</p>'
        "</body></html>\n"
    )
    return alternative(
        text_part(plain, "plain", charset, "qp"), text_part(rich, "html", charset, "qp")
    )


def o365_report(
    b: Bounce,
    lines: tuple[str, str, str, str, str],
    diagnostic: str,
    server: str,
    subject_prefix: str,
) -> Message:
    """A complete Exchange Online NDR."""
    human = o365_human(b, lines, diagnostic)
    status = delivery_status(
        b,
        server,
        "failed",
        diagnostic.split("'")[1] if "'" in diagnostic else diagnostic,
    )
    return stamp(
        b,
        report(human, status, rfc822_headers(b)),
        O365_SENDER,
        f"{subject_prefix}{b.subject}",
        style="outlook",
    )


def bounce_qmail(b: Bounce) -> Message:
    """qmail-send: a plain, non-MIME notice with the whole message below a marker line."""
    text = (
        f"Hi. This is the qmail-send program at {MAIL_HOST}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "198.51.100.38 does not like recipient.\n"
        f"Remote host said: 550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table\n"
        "Giving up on 198.51.100.38.\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n" + b.reminder().as_string()
    )
    msg = Message()
    msg.set_payload(text)
    return stamp(b, msg, f"MAILER-DAEMON@{MAIL_HOST}", "failure notice", auto_submitted=False)


def bounce_exim_policy(b: Bounce) -> Message:
    """Exim: plain-text failure report with X-Failed-Recipients and the message appended."""
    text = (
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        f"  {b.rcpt}\n"
        "    host mx1.strathblane-hotel.example [203.0.113.52]\n"
        "    SMTP error from remote mail server after end of data:\n"
        "    550 5.7.1 Message rejected: sender domain is not on the recipient's allow list (policy)\n\n"
        "------ This is a copy of the message, including all the headers. ------\n\n"
        f"Return-path: <{AR_ADDR}>\n" + b.reminder().as_string()
    )
    msg = text_part(text, "plain", "us-ascii", "7bit")
    sender = "Mail Delivery System <Mailer-Daemon@mx2.brackenridge-chimney.example>"
    return stamp(
        b,
        msg,
        sender,
        "Mail delivery failed: returning message to sender",
        extra=(("X-Failed-Recipients", b.rcpt),),
    )


def bounce_gmail_delay(b: Bounce) -> Message:
    """Gmail: 'Delivery incomplete' with a delayed DSN and the returned headers."""
    paragraphs = [
        "** Delivery incomplete **",
        f"There was a temporary problem delivering your message to {b.rcpt}. Gmail will retry for 44 more hours. You'll be notified if the delivery fails permanently.",
        "The response was:",
        "The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [mx.cairnlodge-braemar.example. 192.0.2.80: timed out]",
    ]
    plain = "\n\n".join(paragraphs) + "\n"
    rich = (
        "<html><body>"
        + "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs)
        + "</body></html>\n"
    )
    human = alternative(
        text_part(plain, "plain", "utf-8", "qp"), text_part(rich, "html", "utf-8", "qp")
    )
    status = delivery_status(
        b,
        "googlemail.com",
        "delayed",
        "timed out connecting to mx.cairnlodge-braemar.example [192.0.2.80]",
        "mx.cairnlodge-braemar.example",
    )
    return stamp(
        b,
        report(human, status, rfc822_headers(b)),
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Delay)",
        style="gmail",
    )


def bounce_o365_de(b: Bounce) -> Message:
    """Exchange Online in German: recipient not found (5.1.10)."""
    lines = (
        f"Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden.",
        "Die E-Mail-Adresse des Empfängers wurde in der Domäne des Empfängers nicht gefunden. Möglicherweise ist die Adresse falsch geschrieben oder existiert nicht mehr.",
        "So beheben Sie das Problem: Überprüfen Sie die Adresse des Empfängers und senden Sie die Nachricht erneut. Wenn das Problem weiterhin besteht, wenden Sie sich auf anderem Weg an den Empfänger.",
        "Diagnoseinformationen für Administratoren:",
        "Generierender Server: FR2P281MB0143.DEUP281.PROD.OUTLOOK.example",
    )
    diagnostic = "Remoteserver hat '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup' zurückgegeben"
    return o365_report(
        b,
        lines,
        diagnostic,
        "FR2P281MB0143.DEUP281.PROD.OUTLOOK.example",
        "Unzustellbar: ",
    )


def bounce_postfix_de_delay(b: Bounce) -> Message:
    """A German hosting provider's backup MX: delay warning as an RFC 3464 report."""
    retry = b.dt + timedelta(days=3)
    text = (
        "Dies ist eine automatisch erzeugte Nachricht des Mailservers mx-backup.nordnetz-hosting.example.\n\n"
        "NUR ZUR INFORMATION – SIE MÜSSEN IHRE NACHRICHT NICHT ERNEUT SENDEN.\n\n"
        f"Ihre Nachricht an den unten genannten Empfänger konnte seit mehr als 24 Stunden nicht zugestellt werden. Der Server versucht es weiter, bis zum {retry:%d.%m.%Y} um {retry:%H:%M} Uhr. Erst wenn die Zustellung bis dahin nicht gelingt, erhalten Sie eine weitere Nachricht.\n\n"
        f"<{b.rcpt}>: Verbindung zu mx1.gaestehaus-moorblick.example[198.51.100.71]:25 abgelaufen (connect timed out)\n"
    )
    status = delivery_status(
        b,
        "mx-backup.nordnetz-hosting.example",
        "delayed",
        "connect to mx1.gaestehaus-moorblick.example[198.51.100.71]:25: Connection timed out",
        postfix=True,
    )
    msg = report(text_part(text, "plain", "utf-8", "8bit"), status, rfc822_headers(b))
    return stamp(
        b,
        msg,
        "Mail Delivery System <MAILER-DAEMON@mx-backup.nordnetz-hosting.example>",
        "Warnung: Nachricht noch nicht zugestellt",
    )


def bounce_o365_fr(b: Bounce) -> Message:
    """Exchange Online in French: user unknown (5.1.1)."""
    lines = (
        f"Votre message à {b.rcpt} n'a pas pu être remis.",
        "L'adresse e-mail du destinataire est introuvable sur son serveur de messagerie. Elle a peut-être été mal saisie ou n'existe plus.",
        "Comment résoudre le problème : vérifiez l'orthographe de l'adresse ou demandez au destinataire une adresse valide, puis renvoyez le message.",
        "Informations de diagnostic pour les administrateurs :",
        "Serveur de génération : PR1P264MB2210.FRAP264.PROD.OUTLOOK.example",
    )
    diagnostic = f"Le serveur distant a retourné '550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown'"
    return o365_report(
        b,
        lines,
        diagnostic,
        "PR1P264MB2210.FRAP264.PROD.OUTLOOK.example",
        "Non remis : ",
    )


def bounce_provider_fr_full(b: Bounce) -> Message:
    """A French provider's own notice: mailbox full, plain Latin-1 text with the headers inline."""
    text = (
        "Bonjour,\n\n"
        "Ceci est un message automatique du serveur de messagerie smtp-out.lamaisondumail.example.\n\n"
        "Votre message n'a pas pu être remis au destinataire suivant, car sa boîte aux lettres est pleine :\n\n"
        f"    {b.rcpt}\n"
        "    Réponse du serveur distant : 552 5.2.2 Quota exceeded (mailbox full)\n\n"
        "Nous avons essayé de le remettre pendant 48 heures. Le destinataire doit libérer de l'espace dans sa boîte ; vous pourrez ensuite renvoyer votre message.\n\n"
        "--- En-têtes du message d'origine ---\n\n" + b.reminder_headers()
    )
    msg = text_part(text, "plain", "iso-8859-1", "qp")
    return stamp(
        b,
        msg,
        "Service de messagerie <MAILER-DAEMON@smtp-out.lamaisondumail.example>",
        "Message non délivré : boîte aux lettres pleine",
    )


def bounce_o365_es(b: Bounce) -> Message:
    """Exchange Online in Spanish: the recipient's domain no longer exists (5.4.310)."""
    domain = b.rcpt.split("@")[1]
    lines = (
        f"No se pudo entregar el mensaje a {b.rcpt}.",
        f"El dominio {domain} no existe o ya no se encuentra en el DNS. Es posible que la dirección esté mal escrita o que el dominio haya dejado de estar activo.",
        "Cómo solucionarlo: compruebe la dirección del destinatario y vuelva a enviar el mensaje. Si la dirección es correcta, póngase en contacto con el destinatario por otro medio.",
        "Información de diagnóstico para administradores:",
        "Servidor de generación: MAD1P195MB0832.ESPP195.PROD.OUTLOOK.example",
    )
    diagnostic = f"El servidor remoto devolvió '550 5.4.310 DNS domain {domain} does not exist [Message=InfoDomainNonexistent]'"
    return o365_report(
        b,
        lines,
        diagnostic,
        "MAD1P195MB0832.ESPP195.PROD.OUTLOOK.example",
        "No se puede entregar: ",
    )


def bounce_relay_es_delay(b: Bounce) -> Message:
    """A Spanish relay's delay warning as an RFC 3464 report."""
    text = (
        "Este es un mensaje automático del servidor relay2.correo-iberico.example.\n\n"
        f"Su mensaje para {b.rcpt} todavía no se ha podido entregar: el servidor de destino corta la conexión desde hace unas 4 horas. Seguiremos intentándolo durante 3 días y, si no es posible entregarlo, recibirá otro aviso.\n\n"
        "No es necesario que vuelva a enviar el mensaje.\n\n"
        "Motivo: 421 4.4.2 mx.bodegas-ancares.example: connection dropped\n"
    )
    status = delivery_status(
        b,
        "relay2.correo-iberico.example",
        "delayed",
        "421 4.4.2 mx.bodegas-ancares.example: connection dropped",
        "mx.bodegas-ancares.example",
        postfix=True,
    )
    msg = report(text_part(text, "plain", "iso-8859-1", "qp"), status, rfc822_headers(b))
    return stamp(
        b,
        msg,
        "Sistema de entrega de correo <MAILER-DAEMON@relay2.correo-iberico.example>",
        "Aviso: su mensaje aún no se ha entregado",
    )


def bounce_o365_nl(b: Bounce) -> Message:
    """Exchange Online in Dutch: mailbox full (5.2.2), a soft bounce despite the 5.x code."""
    lines = (
        f"Uw bericht aan {b.rcpt} kan niet worden bezorgd.",
        "Het postvak van de ontvanger is vol en kan op dit moment geen berichten ontvangen.",
        "Oplossing: probeer het bericht later opnieuw te verzenden, of neem op een andere manier contact op met de ontvanger.",
        "Diagnostische gegevens voor beheerders:",
        "Server die het rapport heeft gegenereerd: AM8P190MB0911.EURP190.PROD.OUTLOOK.example",
    )
    diagnostic = "Externe server heeft '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded' geretourneerd"
    return o365_report(
        b,
        lines,
        diagnostic,
        "AM8P190MB0911.EURP190.PROD.OUTLOOK.example",
        "Onbestelbaar: ",
    )


def bounce_o365_it(b: Bounce) -> Message:
    """Exchange Online in Italian: user unknown (5.1.1)."""
    lines = (
        f"Non è stato possibile recapitare il messaggio a {b.rcpt}.",
        "L'indirizzo di posta elettronica non è stato trovato nel dominio del destinatario. Potrebbe essere stato digitato in modo errato oppure non esistere più.",
        "Come risolvere il problema: controlla l'indirizzo e prova a inviare di nuovo il messaggio. Se il problema persiste, contatta il destinatario in altro modo.",
        "Informazioni di diagnostica per gli amministratori:",
        "Server di generazione: MI0P293MB0457.ITAP293.PROD.OUTLOOK.example",
    )
    diagnostic = "Il server remoto ha restituito '550 5.1.1 User unknown'"
    return o365_report(
        b,
        lines,
        diagnostic,
        "MI0P293MB0457.ITAP293.PROD.OUTLOOK.example",
        "Non recapitabile: ",
    )


def bounce_provider_it_grey(b: Bounce) -> Message:
    """An Italian provider's greylisting delay notice: single Latin-1 part, 8bit, headers inline."""
    text = (
        "Questo è un messaggio generato automaticamente dal sistema di posta.\n\n"
        f"Il messaggio indicato sotto non è ancora stato consegnato al destinatario {b.rcpt}. Il server del destinatario ha rifiutato temporaneamente la consegna (greylisting). Il sistema ritenterà automaticamente per i prossimi 5 giorni: non è necessario inviare di nuovo il messaggio.\n\n"
        "Risposta del server remoto:\n"
        f"450 4.7.1 <{b.rcpt}>: Recipient address rejected: Greylisted, please try again later\n\n"
        "Intestazioni del messaggio originale:\n\n" + b.reminder_headers()
    )
    msg = text_part(text, "plain", "iso-8859-1", "8bit")
    return stamp(
        b,
        msg,
        "Postmaster <postmaster@smtp.posta-adriatica.example>",
        "Avviso di ritardo nella consegna",
    )


BOUNCES: Final[list[tuple[Bounce, Callable[[Bounce], Message]]]] = [
    (
        Bounce(
            "bo-en-1",
            "hard",
            "5.1.1",
            "office@ettrickvalleylets.example",
            "2032-01-06 08:36",
            "qmail notice, not MIME, without Auto-Submitted; the message is returned inline",
        ),
        bounce_qmail,
    ),
    (
        Bounce(
            "bo-en-2",
            "hard",
            "5.7.1",
            "accounts@strathblane-hotel.example",
            "2032-01-19 08:33",
            "Exim plain-text failure; rejected by the recipient's policy",
        ),
        bounce_exim_policy,
    ),
    (
        Bounce(
            "bo-en-3",
            "soft",
            "4.4.1",
            "info@cairnlodge-braemar.example",
            "2032-01-14 12:41",
            "Gmail delay notice",
            queued=timedelta(hours=4, minutes=8),
        ),
        bounce_gmail_delay,
    ),
    (
        Bounce(
            "bo-de-1",
            "hard",
            "5.1.10",
            "buchhaltung@ferienhof-lindner.example",
            "2032-01-08 09:34",
            "Exchange Online NDR in German",
        ),
        bounce_o365_de,
    ),
    (
        Bounce(
            "bo-de-2",
            "soft",
            "4.4.1",
            "info@gaestehaus-moorblick.example",
            "2032-01-20 11:40",
            "backup-MX delay warning in German",
            queued=timedelta(hours=24, minutes=5),
        ),
        bounce_postfix_de_delay,
    ),
    (
        Bounce(
            "bo-fr-1",
            "hard",
            "5.1.1",
            "contact@gite-la-bergerie.example",
            "2032-01-12 09:37",
            "Exchange Online NDR in French",
        ),
        bounce_o365_fr,
    ),
    (
        Bounce(
            "bo-fr-2",
            "soft",
            "5.2.2",
            "reservations@manoir-des-trois-pins.example",
            "2032-01-15 10:02",
            "mailbox full reported with 552 5.2.2: soft, the code is kept; provider notice in plain Latin-1",
            queued=timedelta(hours=48, minutes=1),
        ),
        bounce_provider_fr_full,
    ),
    (
        Bounce(
            "bo-es-1",
            "hard",
            "5.4.310",
            "reservas@casarural-losrobles.example",
            "2032-01-21 09:35",
            "Exchange Online NDR in Spanish; the recipient's domain no longer exists",
        ),
        bounce_o365_es,
    ),
    (
        Bounce(
            "bo-es-2",
            "soft",
            "4.4.2",
            "administracion@bodegas-ancares.example",
            "2032-01-26 10:50",
            "relay delay warning in Spanish",
            queued=timedelta(hours=4, minutes=3),
        ),
        bounce_relay_es_delay,
    ),
    (
        Bounce(
            "bo-nl-1",
            "soft",
            "5.2.2",
            "info@b-and-b-de-linde.example",
            "2032-01-29 09:36",
            "mailbox full reported with a 5.x code: soft, the code is kept; Exchange Online NDR in Dutch",
        ),
        bounce_o365_nl,
    ),
    (
        Bounce(
            "bo-it-1",
            "hard",
            "5.1.1",
            "amministrazione@agriturismo-poggioalto.example",
            "2032-01-09 09:38",
            "Exchange Online NDR in Italian",
        ),
        bounce_o365_it,
    ),
    (
        Bounce(
            "bo-it-2",
            "soft",
            "4.7.1",
            "info@villa-ginestra.example",
            "2032-01-23 15:20",
            "greylisting delay notice in Italian, single 8-bit Latin-1 part",
            queued=timedelta(minutes=35),
        ),
        bounce_provider_it_grey,
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, file names, output and checks
# --------------------------------------------------------------------------------------------


def reply_label(r: Reply) -> dict[str, object]:
    """The label line of a hand-written message (before the file name is known)."""
    label: dict[str, object] = {"intent": r.intent, **dict.fromkeys(LABEL_KEYS)}
    label.update({k: v for k, v in r.labels.items() if k in LABEL_KEYS})
    label["invoice_refs"] = r.labels.get("invoice_refs", [])
    label["language"] = r.lang
    label["note"] = r.labels.get("note")
    return label


def bounce_label(b: Bounce) -> dict[str, object]:
    """The label line of a delivery report."""
    label: dict[str, object] = {"intent": "bounce", **dict.fromkeys(LABEL_KEYS)}
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


def order_key(key: str) -> str:
    """Files are numbered by a seeded hash of the key, so a name says nothing about the label."""
    return hashlib.sha256(f"{SEED}|order|{key}".encode()).hexdigest()


def check_reply_spec(r: Reply) -> None:
    """Hand-written specs: known intent and client, date in range, refs really in the new text."""
    if (
        r.intent not in INTENTS
        or r.intent == "bounce"
        or r.lang not in LANGS
        or r.client not in CLIENTS
    ):
        raise SystemExit(f"{r.key}: bad intent, language or client")
    if not FIRST_DAY <= r.dt.date() <= LAST_DAY:
        raise SystemExit(f"{r.key}: dated outside {FIRST_DAY}..{LAST_DAY}")
    if reminder_sent(r) >= r.dt:
        raise SystemExit(f"{r.key}: the reminder is not older than the reply")
    refs = r.labels.get("invoice_refs", [])
    if not isinstance(refs, list):
        raise SystemExit(f"{r.key}: invoice_refs must be a list")
    for ref in refs:
        if not isinstance(ref, str) or ref not in r.text:
            raise SystemExit(f"{r.key}: {ref!r} is not in the new text")
    written = set(INVOICE_RE.findall(r.text))
    if written - set(refs):
        raise SystemExit(
            f"{r.key}: invoice numbers in the text but not labelled: {sorted(written - set(refs))}"
        )
    for name in ("paid_date", "promised_date", "return_date"):
        value = r.labels.get(name)
        if isinstance(value, str):
            day, sent = date.fromisoformat(value), r.dt.date()
            if (name == "paid_date" and day > sent) or (name != "paid_date" and day < sent):
                raise SystemExit(
                    f"{r.key}: {name} {value} is on the wrong side of the message date"
                )


def check_label(name: str, label: Mapping[str, object]) -> None:
    """Shape of one label line: keys in order, only the winning intent's fields, formats."""
    expected = ["file", "intent", *LABEL_KEYS, "invoice_refs", "language", "note"]
    if list(label) != expected:
        raise SystemExit(f"{name}: label keys {list(label)}")
    intent = str(label["intent"])
    for key in LABEL_KEYS:
        value = label[key]
        if value is not None and key not in INTENT_FIELDS[intent]:
            raise SystemExit(f"{name}: {key} is set on a {intent} label")
        if value is not None and not isinstance(value, str):
            raise SystemExit(f"{name}: {key} must be a string or null")
    for key in ("promised_date", "paid_date", "return_date"):
        value = label[key]
        if isinstance(value, str):
            date.fromisoformat(value)
    amount, currency = label["amount"], label["currency"]
    if (amount is None) != (currency is None):
        raise SystemExit(f"{name}: amount and currency go together")
    if isinstance(amount, str) and not re.fullmatch(r"\d+\.\d{2}", amount):
        raise SystemExit(f"{name}: amount {amount!r} is not a plain decimal")
    if currency not in {None, "GBP", "EUR"}:
        raise SystemExit(f"{name}: currency {currency!r}")
    contact = label["new_contact"]
    if isinstance(contact, str) and (contact != contact.lower() or "@" not in contact):
        raise SystemExit(f"{name}: new_contact must be a lower-case address")
    if intent == "bounce":
        if label["bounce_kind"] not in {"hard", "soft"} or not re.fullmatch(
            r"[245]\.\d{1,3}\.\d{1,3}", str(label["bounce_status"])
        ):
            raise SystemExit(f"{name}: bounce fields")
        if label["failed_recipient"] is None:
            raise SystemExit(f"{name}: failed_recipient missing")
    refs = label["invoice_refs"]
    if not isinstance(refs, list) or not all(
        isinstance(x, str) and INVOICE_RE.fullmatch(x) for x in refs
    ):
        raise SystemExit(f"{name}: invoice_refs {refs!r}")
    if label["language"] not in LANGS:
        raise SystemExit(f"{name}: language {label['language']!r}")


def check_counts(labels: list[dict[str, object]]) -> None:
    """12 messages per intent, the agreed language totals, every language in every intent."""
    intents = Counter(str(x["intent"]) for x in labels)
    langs = Counter(str(x["language"]) for x in labels)
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    if any(intents[i] != PER_INTENT for i in INTENTS) or len(intents) != len(INTENTS):
        raise SystemExit(f"intent counts {dict(intents)}")
    if dict(langs) != LANG_TOTALS:
        raise SystemExit(f"language counts {dict(langs)}")
    missing = [(i, lang) for i in INTENTS for lang in LANGS if cells[i, lang] == 0]
    if missing:
        raise SystemExit(f"empty cells {missing}")
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    if kinds != Counter({"hard": 6, "soft": 6}):
        raise SystemExit(f"bounce kinds {dict(kinds)}")


def check_message(name: str, data: bytes) -> None:
    """Parse the file back as a reader would: headers decode, text parts decode, no defects."""
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{name}: no {header}")
    for part in msg.walk():
        if part.defects:
            raise SystemExit(f"{name}: defects {part.defects}")
        for key, value in part.items():
            text = str(value)
            if "=?" in text and "?=" in text:
                raise SystemExit(f"{name}: {key} header left encoded: {text!r}")
            defects = getattr(value, "defects", ())
            if defects:
                raise SystemExit(f"{name}: {key} header defects {defects}")
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if not isinstance(content, str) or "\ufffd" in content:
                raise SystemExit(f"{name}: a text part does not decode cleanly")


def count_table(labels: list[dict[str, object]]) -> str:
    """The intent-by-language table, as in the README."""
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


def all_messages() -> list[tuple[str, Message, dict[str, object]]]:
    """Every message with its key and label, replies first."""
    for r in REPLIES:
        check_reply_spec(r)
    items = [(r.key, build_reply(r), reply_label(r)) for r in REPLIES]
    items += [(b.key, build(b), bounce_label(b)) for b, build in BOUNCES]
    keys = [key for key, _, _ in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    return items


def write_all() -> list[dict[str, object]]:
    """Write the .eml files and labels.jsonl next to this script and check them."""
    items = sorted(all_messages(), key=lambda item: order_key(item[0]))
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[dict[str, object]] = []
    for n, (_, msg, label) in enumerate(items, start=1):
        name = f"{PREFIX}-{n:03d}.eml"
        data = msg.as_bytes(policy=WIRE)
        check_message(name, data)
        (HERE / name).write_bytes(data)
        line = {"file": name, **label}
        check_label(name, line)
        labels.append(line)
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for line in labels:
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    return labels


def main() -> int:
    """Build, check and print the count table."""
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(
        f"\n{len(labels)} messages written to {HERE.name}/; bounces: {dict(sorted(kinds.items()))}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
