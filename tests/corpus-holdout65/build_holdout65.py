# ruff: noqa: E501, RUF001
"""Held-out corpus 65: writes `h65-001.eml` to `h65-120.eml` and `labels.jsonl` beside this file.

Scenario: Greywell Scaffolding's receivables mailbox, in the days after overdue reminders went out.
Everything a person (or a customer's system) typed is a literal in this file. The functions only
dress that text the way software would: quoting Greywell's reminder in each client's layout,
envelope headers, MIME parts, charsets, transfer encodings and the machine sections of delivery
reports. Runs are repeatable: no clock, a fixed seed, ids and boundaries hashed from message keys.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import quopri
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage, Message
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Final, Literal, TypedDict, get_args

HERE: Final = Path(__file__).resolve().parent
SEED: Final = 20270222
PREFIX: Final = "h65"
AR_NAME: Final = "Greywell Scaffolding Receivables"
AR_ADDR: Final = "receivables@greywell-scaffolding.example"
AR_DOMAIN: Final = "greywell-scaffolding.example"
MX_HOST: Final = "mx1.greywell-scaffolding.example"
OUT_HOST: Final = "mail.greywell-scaffolding.example"

Lang = Literal["en", "de", "fr", "es", "nl", "it"]
Intent = Literal[
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
]
BounceKind = Literal["hard", "soft"]
Kind = Literal["hire", "damage", "labour"]
Charset = Literal["utf-8", "iso-8859-1", "windows-1252", "us-ascii"]
Cte = Literal["qp", "b64", "8bit", "7bit"]
Method = Literal["B", "Q"]
Client = Literal[
    "outlook",
    "outlook_classic",
    "outlook_html",
    "outlook_html_only",
    "owa",
    "outlook_ios",
    "outlook_android",
    "gmail",
    "gmail_text",
    "apple",
    "apple_html",
    "iphone",
    "samsung",
    "thunderbird",
    "gmail_inline",
    "thunderbird_inline",
    "notice",
    "notice_alt",
    "notice_html",
]

LANGS: Final[tuple[Lang, ...]] = get_args(Lang)
INTENTS: Final[tuple[Intent, ...]] = get_args(Intent)
CODECS: Final[dict[Charset, str]] = {
    "utf-8": "utf-8",
    "iso-8859-1": "iso-8859-1",
    "windows-1252": "cp1252",
    "us-ascii": "ascii",
}
TZ_NAMES: Final = {"+0000": "GMT", "+0100": "CET", "+0400": "+04"}


class Label(TypedDict):
    """One line of labels.jsonl, keys in the order of holdout2's labels."""

    file: str
    intent: Intent
    promised_date: str | None
    paid_date: str | None
    return_date: str | None
    payment_reference: str | None
    amount: str | None
    currency: str | None
    new_contact: str | None
    bounce_kind: BounceKind | None
    failed_recipient: str | None
    bounce_status: str | None
    invoice_refs: list[str]
    language: Lang
    note: str | None


LABEL_KEYS: Final = tuple(Label.__annotations__)


# --------------------------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Person:
    """A display name and an address."""

    name: str
    addr: str

    def header(self, *, charset: Charset) -> str:
        """The address as a From, To or Cc header value."""
        if not self.name:
            return self.addr
        if self.name.isascii():
            return formataddr((self.name, self.addr))
        return f"{encoded_words(self.name, charset=charset, method='Q', room=60)} <{self.addr}>"

    def plain(self) -> str:
        """The address as a mail client prints it in a quoted header block."""
        return f"{self.name} <{self.addr}>" if self.name else self.addr


@dataclass(frozen=True, kw_only=True)
class Bill:
    """The invoice the reminder chased: number, kind and balance in minor units."""

    inv: str
    kind: Kind
    cents: int


@dataclass(frozen=True, kw_only=True)
class Facts:
    """Labelled fields other than intent and language; `refs` lists invoice numbers the writer typed."""

    promised_date: str | None = None
    paid_date: str | None = None
    return_date: str | None = None
    payment_reference: str | None = None
    amount: str | None = None
    currency: str | None = None
    new_contact: str | None = None
    refs: tuple[str, ...] = ()
    note: str | None = None


@dataclass(frozen=True, kw_only=True)
class Reply:
    """One hand-written message from a customer (or the customer's systems)."""

    key: str
    intent: Intent
    lang: Lang
    sender: Person
    when: str
    client: Client
    body: str
    bill: Bill
    facts: Facts = field(default_factory=Facts)
    charset: Charset = "utf-8"
    cte: Cte = "qp"
    subject: str | None = None
    reminder_to: Person | None = None
    cc: Person | None = None
    threaded: bool = True
    headers: tuple[tuple[str, str], ...] = ()
    attachment: str | None = None
    lag_days: int = 1

    @property
    def dt(self) -> datetime:
        """The Date of the message, in the sender's time zone."""
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def recipient(self) -> Person:
        """Who the reminder was sent to."""
        return self.reminder_to or self.sender


def text(block: str) -> str:
    """A hand-written block: drop the newline after the opening quotes and trailing space."""
    return block.removeprefix("\n").rstrip()


def hire(inv: str, cents: int) -> Bill:
    """A hire-period invoice."""
    return Bill(inv=inv, kind="hire", cents=cents)


def damage(inv: str, cents: int) -> Bill:
    """A damage and loss charge."""
    return Bill(inv=inv, kind="damage", cents=cents)


def labour(inv: str, cents: int) -> Bill:
    """An erection and dismantling invoice."""
    return Bill(inv=inv, kind="labour", cents=cents)


# --------------------------------------------------------------------------------------------
# Locale tables
# --------------------------------------------------------------------------------------------

WEEKDAYS: Final[dict[Lang, tuple[str, ...]]] = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
}
WEEKDAYS_SHORT: Final[dict[Lang, tuple[str, ...]]] = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "de": ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."),
    "fr": ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
    "es": ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
    "nl": ("ma", "di", "wo", "do", "vr", "za", "zo"),
    "it": ("lun", "mar", "mer", "gio", "ven", "sab", "dom"),
}
MONTHS: Final[dict[Lang, tuple[str, ...]]] = {
    "en": ("January", "February", "March", "April"),
    "de": ("Januar", "Februar", "März", "April"),
    "fr": ("janvier", "février", "mars", "avril"),
    "es": ("enero", "febrero", "marzo", "abril"),
    "nl": ("januari", "februari", "maart", "april"),
    "it": ("gennaio", "febbraio", "marzo", "aprile"),
}
MONTHS_SHORT: Final[dict[Lang, tuple[str, ...]]] = {
    "en": ("Jan", "Feb", "Mar", "Apr"),
    "de": ("Jan.", "Feb.", "März", "Apr."),
    "fr": ("janv.", "févr.", "mars", "avr."),
    "es": ("ene", "feb", "mar", "abr"),
    "nl": ("jan", "feb", "mrt", "apr"),
    "it": ("gen", "feb", "mar", "apr"),
}
GMAIL_ATTR: Final[dict[Lang, str]] = {
    "en": "On {wds}, {d} {mons} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {wds}, {d}. {mons} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wds} {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wds}, {d} {mons} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wds} {d} {mons} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wds} {d} {mons} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTR: Final[dict[Lang, str]] = {
    "en": "On {d} {mons} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {mons} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mons} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mons} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTR: Final[dict[Lang, str]] = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{mm}, {name} ha scritto:",
}
# Outlook's header block: From, Sent, To, Cc, Subject labels and the label separator.
OUTLOOK_LABELS: Final[dict[Lang, tuple[str, str, str, str, str]]] = {
    "en": ("From", "Sent", "To", "Subject", ": "),
    "de": ("Von", "Gesendet", "An", "Betreff", ": "),
    "fr": ("De", "Envoyé", "À", "Objet", " : "),
    "es": ("De", "Enviado el", "Para", "Asunto", ": "),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp", ": "),
    "it": ("Da", "Inviato", "A", "Oggetto", ": "),
}
OUTLOOK_CLASSIC_RULE: Final[dict[Lang, str]] = {
    "en": "-----Original Message-----",
    "de": "-----Ursprüngliche Nachricht-----",
    "fr": "-----Message d'origine-----",
    "es": "-----Mensaje original-----",
    "nl": "-----Oorspronkelijk bericht-----",
    "it": "-----Messaggio originale-----",
}
OUTLOOK_SENT: Final[dict[Lang, str]] = {
    "en": "{dd} {monl} {y} {HH}:{mm}",
    "de": "{wdl}, {d}. {monl} {y} {HH}:{mm}",
    "fr": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "es": "{wdl}, {d} de {monl} de {y} {H}:{mm}",
    "nl": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "it": "{wdl} {d} {monl} {y} {HH}:{mm}",
}
OUTLOOK_MOBILE_SENT: Final[dict[Lang, str]] = {
    "en": "{wdl}, {d} {monl} {y} {HH}:{mm}:{ss}",
    "de": "{wdl}, {d}. {monl} {y} {HH}:{mm}:{ss}",
    "fr": "{wdl} {d} {monl} {y} {HH}:{mm}:{ss}",
    "es": "{wdl}, {d} de {monl} de {y} {H}:{mm}:{ss}",
    "nl": "{wdl} {d} {monl} {y} {HH}:{mm}:{ss}",
    "it": "{wdl} {d} {monl} {y} {HH}:{mm}:{ss}",
}
OUTLOOK_MOBILE_SIG: Final[dict[Lang, str]] = {
    "en": "Get Outlook for {os}",
    "de": "Outlook für {os} herunterladen",
    "fr": "Télécharger Outlook pour {os}",
    "es": "Obtener Outlook para {os}",
    "nl": "Outlook voor {os} downloaden",
    "it": "Scarica Outlook per {os}",
}
SAMSUNG_SIG: Final[dict[Lang, str]] = {
    "en": "Sent from my Galaxy",
    "de": "Von meinem Galaxy gesendet",
    "fr": "Envoyé depuis mon Galaxy",
    "es": "Enviado desde mi Galaxy",
    "nl": "Verzonden vanaf mijn Galaxy",
    "it": "Inviato dal mio Galaxy",
}
SAMSUNG_BLOCK: Final[dict[Lang, tuple[str, str, str, str, str, str]]] = {
    "en": (
        "-------- Original message --------",
        "From: ",
        "Date: ",
        "To: ",
        "Subject: ",
        "{dd}/{mo}/{y} {HH}:{mm}",
    ),
    "de": (
        "-------- Ursprüngliche Nachricht --------",
        "Von: ",
        "Datum: ",
        "An: ",
        "Betreff: ",
        "{dd}.{mo}.{yy} {HH}:{mm}",
    ),
    "fr": (
        "-------- Message d'origine --------",
        "De : ",
        "Date : ",
        "À : ",
        "Objet : ",
        "{dd}/{mo}/{y} {HH}:{mm}",
    ),
    "es": (
        "-------- Mensaje original --------",
        "De: ",
        "Fecha: ",
        "Para: ",
        "Asunto: ",
        "{d}/{mo}/{yy} {H}:{mm}",
    ),
    "nl": (
        "-------- Oorspronkelijk bericht --------",
        "Van: ",
        "Datum: ",
        "Aan: ",
        "Onderwerp: ",
        "{dd}-{mo}-{y} {HH}:{mm}",
    ),
    "it": (
        "-------- Messaggio originale --------",
        "Da: ",
        "Data: ",
        "A: ",
        "Oggetto: ",
        "{dd}/{mo}/{yy} {HH}:{mm}",
    ),
}
IPHONE_SIG: Final[dict[Lang, str]] = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
}
OUTLOOK_RE: Final[dict[Lang, str]] = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
AUTO_REPLY_PREFIX: Final[dict[Lang, str]] = {
    "en": "Automatic reply: ",
    "de": "Automatische Antwort: ",
    "fr": "Réponse automatique : ",
    "es": "Respuesta automática: ",
    "nl": "Automatisch antwoord: ",
    "it": "Risposta automatica: ",
}
CONTENT_LANGUAGE: Final[dict[Lang, str]] = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}

# --------------------------------------------------------------------------------------------
# The reminder being answered (Greywell's own text, one per language)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT: Final[dict[Lang, str]] = {
    "en": "Overdue invoice {inv} – Greywell Scaffolding",
    "de": "Zahlungserinnerung: Rechnung {inv} überfällig",
    "fr": "Relance : facture {inv} échue",
    "es": "Aviso: factura {inv} vencida",
    "nl": "Herinnering: factuur {inv} vervallen",
    "it": "Sollecito: fattura {inv} scaduta",
}
REMINDER_ITEM: Final[dict[Lang, dict[Kind, str]]] = {
    "en": {
        "hire": "scaffold hire, period {a} to {b}",
        "damage": "charge for damaged and unreturned equipment (off-hire check {a})",
        "labour": "erection and strike of scaffold, completed {a}",
    },
    "de": {
        "hire": "Gerüstmiete, Mietzeitraum {a} bis {b}",
        "damage": "Berechnung beschädigtes bzw. fehlendes Material (Rücknahmeprüfung {a})",
        "labour": "Auf- und Abbau Gerüst, abgeschlossen am {a}",
    },
    "fr": {
        "hire": "location d'échafaudage, période du {a} au {b}",
        "damage": "matériel endommagé ou manquant (contrôle au retour du {a})",
        "labour": "montage et démontage d'échafaudage, terminés le {a}",
    },
    "es": {
        "hire": "alquiler de andamio, periodo del {a} al {b}",
        "damage": "material dañado o no devuelto (revisión de devolución del {a})",
        "labour": "montaje y desmontaje de andamio, finalizado el {a}",
    },
    "nl": {
        "hire": "steigerhuur, periode {a} t/m {b}",
        "damage": "beschadigd of ontbrekend materiaal (retourcontrole {a})",
        "labour": "op- en afbouw steiger, gereed op {a}",
    },
    "it": {
        "hire": "noleggio ponteggio, periodo dal {a} al {b}",
        "damage": "materiale danneggiato o mancante (verifica al rientro: {a})",
        "labour": "montaggio e smontaggio ponteggio, ultimati in data {a}",
    },
}
# item dates (a, b), invoice date, due date
KIND_DATES: Final[dict[Kind, tuple[date, date, date, date]]] = {
    "hire": (date(2027, 1, 2), date(2027, 1, 29), date(2027, 1, 29), date(2027, 2, 12)),
    "damage": (date(2027, 1, 8), date(2027, 1, 8), date(2027, 1, 15), date(2027, 2, 14)),
    "labour": (date(2027, 1, 11), date(2027, 1, 11), date(2027, 1, 13), date(2027, 2, 12)),
}
DATE_FORMAT: Final[dict[Lang, str]] = {
    "en": "%d/%m/%Y",
    "de": "%d.%m.%Y",
    "fr": "%d/%m/%Y",
    "es": "%d/%m/%Y",
    "nl": "%d-%m-%Y",
    "it": "%d/%m/%Y",
}
REMINDER_BODY: Final[dict[Lang, str]] = {
    "en": (
        "Hello,\n\n"
        "Our ledger shows the invoice below as unpaid and past its due date:\n\n"
        "Invoice {inv} – {item}\n"
        "Invoice date {issued}, due {due}\n"
        "Balance outstanding: {amount}\n\n"
        "If payment is already on its way, please let us know the date and reference so we can allocate it. If something on the invoice is not right, reply to this email and tell us what, and we will look into it before chasing any further.\n\n"
        "Regards,\n\n"
        "Receivables team\n"
        "Greywell Scaffolding Ltd\n"
        "Unit 9, Calder Works, Wakefield\n"
        "01924 000 418"
    ),
    "de": (
        "Sehr geehrte Damen und Herren,\n\n"
        "bei der Durchsicht unserer offenen Posten ist uns aufgefallen, dass die folgende Rechnung noch nicht beglichen ist:\n\n"
        "Rechnung {inv} – {item}\n"
        "Rechnungsdatum {issued}, fällig am {due}\n"
        "Offener Betrag: {amount}\n\n"
        "Falls Sie die Zahlung bereits angewiesen haben, teilen Sie uns bitte Datum und Verwendungszweck mit, damit wir sie zuordnen können. Ist an der Rechnung etwas nicht in Ordnung, genügt eine kurze Antwort auf diese Nachricht.\n\n"
        "Mit freundlichen Grüßen\n\n"
        "Debitorenbuchhaltung\n"
        "Greywell Scaffolding"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Sauf erreur ou omission de notre part, la facture ci-dessous n'a toujours pas été réglée :\n\n"
        "Facture {inv} – {item}\n"
        "Date de facture {issued}, échéance {due}\n"
        "Montant restant dû : {amount}\n\n"
        "Si le règlement est déjà parti, merci de nous indiquer sa date et sa référence afin que nous puissions le rapprocher. En cas de désaccord sur la facture, répondez simplement à ce message en nous précisant le point concerné.\n\n"
        "Bien cordialement,\n\n"
        "Service recouvrement\n"
        "Greywell Scaffolding"
    ),
    "es": (
        "Buenos días:\n\n"
        "Según nuestra contabilidad, la siguiente factura sigue pendiente de pago una vez superada su fecha de vencimiento:\n\n"
        "Factura {inv} – {item}\n"
        "Fecha de factura {issued}, vencimiento {due}\n"
        "Importe pendiente: {amount}\n\n"
        "Si ya han efectuado el pago, les agradeceríamos que nos indicaran la fecha y la referencia para poder conciliarlo. Si hay algún error en la factura, basta con responder a este correo explicándonos el motivo.\n\n"
        "Un saludo,\n\n"
        "Departamento de Cobros\n"
        "Greywell Scaffolding"
    ),
    "nl": (
        "Beste relatie,\n\n"
        "Volgens onze administratie is de onderstaande factuur nog niet voldaan, terwijl de betaaltermijn inmiddels is verstreken:\n\n"
        "Factuur {inv} – {item}\n"
        "Factuurdatum {issued}, vervaldatum {due}\n"
        "Openstaand bedrag: {amount}\n\n"
        "Heeft u al betaald, laat ons dan de datum en het betalingskenmerk weten, zodat wij de betaling kunnen verwerken. Klopt er iets niet aan de factuur, beantwoord dan deze e-mail en vermeld wat er niet klopt.\n\n"
        "Met vriendelijke groet,\n\n"
        "Debiteurenbeheer\n"
        "Greywell Scaffolding"
    ),
    "it": (
        "Gentile cliente,\n\n"
        "dalle nostre verifiche contabili la fattura indicata di seguito risulta ancora da saldare, nonostante la scadenza sia trascorsa:\n\n"
        "Fattura {inv} – {item}\n"
        "Data fattura {issued}, scadenza {due}\n"
        "Importo da saldare: {amount}\n\n"
        "Se avete già effettuato il pagamento, vi chiediamo di comunicarci data e riferimento (CRO/TRN) così da poterlo abbinare. Se qualcosa nella fattura non è corretto, potete rispondere direttamente a questa e-mail indicandoci il motivo.\n\n"
        "Cordiali saluti,\n\n"
        "Ufficio Crediti\n"
        "Greywell Scaffolding"
    ),
}
# What a client limited to a legacy charset does with characters it cannot send.
DOWNGRADE: Final = {"€": "EUR", "–": "-", "’": "'", "\u202f": " ", "…": "..."}


# --------------------------------------------------------------------------------------------
# Dates, money, ids and text helpers
# --------------------------------------------------------------------------------------------


def date_fields(lang: Lang, dt: datetime) -> dict[str, str]:
    """Every piece a client's date format may use."""
    wd, mo = dt.weekday(), dt.month - 1
    return {
        "wds": WEEKDAYS_SHORT[lang][wd],
        "wdl": WEEKDAYS[lang][wd],
        "mons": MONTHS_SHORT[lang][mo],
        "monl": MONTHS[lang][mo],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "HH": f"{dt.hour:02d}",
        "H": str(dt.hour),
        "mm": f"{dt.minute:02d}",
        "ss": f"{dt.second:02d}",
    }


def fmt(template: str, *, lang: Lang, dt: datetime, **extra: str) -> str:
    """Fill a client template with a date and extra fields."""
    return template.format(**date_fields(lang, dt), **extra)


def money(lang: Lang, cents: int) -> str:
    """A balance the way the reminder prints it in each language."""
    units, frac = divmod(cents, 100)
    grouped = f"{units:,}"
    if lang == "en":
        return f"£{grouped}.{frac:02d}"
    if lang == "fr":
        return f"{grouped.replace(',', chr(0x202F))},{frac:02d}\u00a0€"
    grouped = grouped.replace(",", ".")
    if lang in {"de", "es"}:
        return f"{grouped},{frac:02d} €"
    return f"€ {grouped},{frac:02d}"


def digest(key: str, salt: str) -> bytes:
    """A stable hash of a message key."""
    return hashlib.sha256(f"{salt}/{key}".encode()).digest()


def token(key: str, salt: str, length: int) -> str:
    """A stable upper-case token for ids and boundaries."""
    return base64.b32encode(digest(key, salt)).decode()[:length]


def reminder_sent(reply: datetime, lag_days: int) -> datetime:
    """Greywell's reminder run: weekdays shortly after 07:30 UTC, `lag_days` or more before the reply."""
    day = (reply.astimezone(UTC) - timedelta(days=lag_days)).date()
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    minute = 30 + digest(str(day), "batch")[0] % 20
    sent = datetime(day.year, day.month, day.day, 7, minute, 11, tzinfo=UTC)
    return sent.astimezone(reply.tzinfo)


def reminder_msgid(key: str) -> str:
    """The Message-ID Greywell's system gave the reminder."""
    return f"<ar.{token(key, 'reminder', 16).lower()}@{AR_DOMAIN}>"


def fit_charset(value: str, charset: Charset) -> str:
    """Replace what a legacy charset cannot carry, as an old client does."""
    codec = CODECS[charset]
    out = []
    for char in value:
        try:
            char.encode(codec)
        except UnicodeEncodeError:
            out.append(DOWNGRADE.get(char, "?"))
        else:
            out.append(char)
    return "".join(out)


def quote_lines(block: str) -> str:
    """Quote a block with `>` the way mail clients do."""
    return "\n".join(f"> {line}" if line else ">" for line in block.split("\n"))


def html_lines(block: str) -> str:
    """Lines of text as HTML with <br>."""
    return "<br>\n".join(html.escape(line, quote=False) for line in block.split("\n"))


def html_paragraphs(block: str) -> str:
    """Paragraphs of text as HTML <p> elements."""
    return "\n".join(f"<p>{html_lines(par)}</p>" for par in block.split("\n\n"))


def mso_paragraphs(block: str) -> str:
    """Text as Word's MsoNormal paragraphs."""
    rows = []
    for line in block.split("\n"):
        inner = html.escape(line, quote=False) if line else "&nbsp;"
        rows.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(rows)


def flowed(block: str, width: int = 72) -> str:
    """RFC 3676 format=flowed: long unquoted lines wrapped with a trailing space."""
    out: list[str] = []
    for line in block.split("\n"):
        if line.startswith(">") or len(line) <= width:
            out.append(line)
            continue
        out.extend(wrap_flowed(line, width))
    return "\n".join(out)


def wrap_flowed(line: str, width: int) -> list[str]:
    """Wrap one long line at spaces, keeping the space at each soft break."""
    rows: list[str] = []
    current = ""
    for word in line.split(" "):
        if current and len(current) + len(word) + 1 > width:
            rows.append(current + " ")
            current = word
        else:
            current = f"{current} {word}" if current else word
    rows.append(current)
    return rows


# --------------------------------------------------------------------------------------------
# MIME building blocks
# --------------------------------------------------------------------------------------------


def encoded_words(value: str, *, charset: Charset, method: Method, room: int = 75) -> str:
    """RFC 2047 encoded words folded onto continuation lines, as a client writes them.

    `room` is the space left for the first word on the header's first line.
    """
    if value.isascii():
        return value
    words: list[str] = []
    chunk = ""
    for char in value:
        trial = chunk + char
        limit = room if not words else 75
        if chunk and len(one_word(trial, charset=charset, method=method)) > limit:
            words.append(one_word(chunk, charset=charset, method=method))
            chunk = char
        else:
            chunk = trial
    words.append(one_word(chunk, charset=charset, method=method))
    return "\n ".join(words)


def one_word(value: str, *, charset: Charset, method: Method) -> str:
    """A single encoded word."""
    raw = value.encode(CODECS[charset])
    if method == "B":
        return f"=?{charset}?B?{base64.b64encode(raw).decode()}?="
    safe = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/"
    body = "".join(
        "_" if byte == 0x20 else chr(byte) if byte in safe else f"={byte:02X}" for byte in raw
    )
    return f"=?{charset}?Q?{body}?="


def header_value(
    value: str, *, charset: Charset, method: Method = "Q", name: str = "Subject"
) -> str:
    """Subject, Thread-Topic and the like: plain when ASCII, otherwise RFC 2047 words."""
    if value.isascii():
        return value
    usable: Charset = charset
    try:
        value.encode(CODECS[charset])
    except UnicodeEncodeError:
        usable = "utf-8"
    return encoded_words(value, charset=usable, method=method, room=76 - len(name) - 2)


def text_part(
    body: str, *, subtype: str, charset: Charset, cte: Cte, flow: bool = False
) -> Message:
    """A text/* part with the charset and transfer encoding of the sending client."""
    raw = body.encode(CODECS[charset])
    part = Message()
    params = f'; charset="{charset}"' + ("; format=flowed" if flow else "")
    part["Content-Type"] = f"text/{subtype}{params}"
    part["Content-Transfer-Encoding"] = {
        "qp": "quoted-printable",
        "b64": "base64",
        "8bit": "8bit",
        "7bit": "7bit",
    }[cte]
    part.set_payload(encode_payload(raw, cte=cte))
    return part


def encode_payload(raw: bytes, *, cte: Cte) -> str:
    """The body bytes in their transfer encoding (8bit bytes travel as surrogates)."""
    if cte == "qp":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "b64":
        return base64.encodebytes(raw.replace(b"\n", b"\r\n")).decode("ascii")
    if cte == "7bit" and not raw.isascii():
        raise ValueError("7bit part with 8-bit data")
    return raw.decode("ascii", "surrogateescape")


def multipart(subtype: str, parts: Sequence[Message], **params: str) -> Message:
    """A multipart container (the boundary is set later, from the key)."""
    outer = Message()
    outer["Content-Type"] = f"multipart/{subtype}"
    for name, value in params.items():
        outer.set_param(name.replace("_", "-"), value)
    for part in parts:
        outer.attach(part)
    return outer


def pdf_part(name: str, key: str) -> Message:
    """A small invented PDF attachment (a bank's transfer confirmation)."""
    data = (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
        + f"% {token(key, 'pdf', 24)}\n".encode()
        + b"trailer<</Root 1 0 R>>\n%%EOF\n"
    )
    part = Message()
    part["Content-Type"] = f'application/pdf; name="{name}"'
    part["Content-Disposition"] = f'attachment; filename="{name}"'
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(data).decode("ascii"))
    return part


CONTENT_HEADERS: Final = (
    "MIME-Version",
    "Content-Type",
    "Content-Transfer-Encoding",
    "Content-Disposition",
)


def assemble(body: Message, headers: Sequence[tuple[str, str]]) -> Message:
    """Top-level headers in the order clients write them, the MIME headers last."""
    moved = [(name, value) for name, value in body.items() if name in CONTENT_HEADERS]
    for name in CONTENT_HEADERS:
        del body[name]
    for name, value in headers:
        body[name] = value
    body["MIME-Version"] = "1.0"
    for name, value in moved:
        if name != "MIME-Version":
            body[name] = value
    return body


def set_boundaries(msg: Message, *, key: str, prefix: str) -> None:
    """Boundaries hashed from the key, with each sender's usual prefix."""
    containers = [part for part in msg.walk() if part.get_content_maintype() == "multipart"]
    for number, part in enumerate(containers):
        part.set_boundary(prefix + token(key, f"boundary{number}", 26))


def received(*, helo: str, ip: str, when: datetime, key: str) -> str:
    """The Received line Greywell's inbound MX adds."""
    stamp = format_datetime((when + timedelta(seconds=4)).astimezone(UTC))
    return (
        f"from {helo} ({helo} [{ip}])\n\tby {MX_HOST} (Postfix) with ESMTPS id "
        f"{token(key, 'queue', 11)}\n\tfor <{AR_ADDR}>; {stamp}"
    )


# --------------------------------------------------------------------------------------------
# The reminder as each client quotes it
# --------------------------------------------------------------------------------------------


def reminder_subject(lang: Lang, inv: str) -> str:
    """The subject Greywell's reminder had."""
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_body(lang: Lang, bill: Bill) -> str:
    """Greywell's reminder text for one invoice."""
    first, last, issued, due = KIND_DATES[bill.kind]
    style = DATE_FORMAT[lang]
    item = REMINDER_ITEM[lang][bill.kind].format(a=first.strftime(style), b=last.strftime(style))
    return REMINDER_BODY[lang].format(
        inv=bill.inv,
        item=item,
        issued=issued.strftime(style),
        due=due.strftime(style),
        amount=money(lang, bill.cents),
    )


@dataclass(frozen=True, kw_only=True)
class Quoted:
    """The reminder as the replying client sees it."""

    text: str
    subject: str
    sent: datetime
    lang: Lang
    to: Person


def make_quoted(r: Reply) -> Quoted:
    """What the reply quotes, already fitted to the reply's charset."""
    body = fit_charset(reminder_body(r.lang, r.bill), r.charset)
    subject = fit_charset(reminder_subject(r.lang, r.bill.inv), r.charset)
    sent = reminder_sent(r.dt, r.lag_days)
    return Quoted(text=body, subject=subject, sent=sent, lang=r.lang, to=r.recipient)


AR_PERSON: Final = Person(name=AR_NAME, addr=AR_ADDR)


def outlook_block(q: Quoted, *, sent_format: dict[Lang, str]) -> list[str]:
    """Outlook's From / Sent / To / Subject lines."""
    frm, sent, to, subj, sep = OUTLOOK_LABELS[q.lang]
    return [
        f"{frm}{sep}{AR_PERSON.plain()}",
        f"{sent}{sep}{fmt(sent_format[q.lang], lang=q.lang, dt=q.sent)}",
        f"{to}{sep}{q.to.plain()}",
        f"{subj}{sep}{q.subject}",
    ]


def outlook_head_html(q: Quoted, *, sent_format: dict[Lang, str]) -> str:
    """The same header block as bold labels in HTML."""
    rows = []
    for line in outlook_block(q, sent_format=sent_format):
        label, value = line.split(OUTLOOK_LABELS[q.lang][4], 1)
        sep = html.escape(OUTLOOK_LABELS[q.lang][4].rstrip())
        rows.append(f"<b>{html.escape(label)}{sep}</b> {html.escape(value)}")
    return "<br>\n".join(rows)


def plain(r: Reply, body: str, *, cte: Cte | None = None, flow: bool = False) -> Message:
    """A text/plain part in the reply's charset."""
    return text_part(body, subtype="plain", charset=r.charset, cte=cte or r.cte, flow=flow)


def rich(r: Reply, markup: str, *, cte: Cte | None = None) -> Message:
    """A text/html part in the reply's charset."""
    return text_part(markup, subtype="html", charset=r.charset, cte=cte or r.cte)


def alternative(r: Reply, body: str, markup: str, *, cte: Cte | None = None) -> Message:
    """multipart/alternative with a plain and an HTML version."""
    return multipart("alternative", [plain(r, body, cte=cte), rich(r, markup, cte=cte)])


def outlook_plain_text(r: Reply, q: Quoted) -> str:
    """Current Outlook's plain-text reply: a rule of underscores and the header block."""
    block = outlook_block(q, sent_format=OUTLOOK_SENT)
    return "\n".join([r.body, "", "_" * 32, *block, "", q.text, ""])


def render_outlook(r: Reply, q: Quoted) -> Message:
    """Outlook desktop, plain text."""
    return plain(r, outlook_plain_text(r, q))


def render_outlook_classic(r: Reply, q: Quoted) -> Message:
    """Older Outlook, plain text with the localised Original Message rule."""
    block = outlook_block(q, sent_format=OUTLOOK_SENT)
    rule = OUTLOOK_CLASSIC_RULE[q.lang]
    return plain(r, "\n".join([r.body, "", rule, *block, "", q.text, ""]))


def word_html(r: Reply, q: Quoted) -> str:
    """Outlook desktop's Word-generated HTML with the divider above the quoted header."""
    colour = "#B5C4DF" if digest(r.key, "divider")[0] % 2 else "#E1E1E1"
    head = outlook_head_html(q, sent_format=OUTLOOK_SENT)
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n"
        '\tfont-family:"Calibri",sans-serif;}\nspan.EmailStyle20\n\t{mso-style-type:personal-reply;}\n--></style>\n'
        f'</head>\n<body lang="{CONTENT_LANGUAGE[r.lang].upper()}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{mso_paragraphs(r.body)}\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f'<div style="border:none;border-top:solid {colour} 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n</div>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso_paragraphs(q.text)}\n</div>\n</body>\n</html>\n"
    )


def render_outlook_html(r: Reply, q: Quoted) -> Message:
    """Outlook desktop, HTML with a plain-text alternative."""
    return alternative(r, outlook_plain_text(r, q), word_html(r, q))


def render_outlook_html_only(r: Reply, q: Quoted) -> Message:
    """Outlook configured to send HTML only."""
    return rich(r, word_html(r, q))


def reply_box_html(q: Quoted, *, sent_format: dict[Lang, str]) -> str:
    """Outlook on the web and Outlook mobile: the divRplyFwdMsg header box."""
    head = outlook_head_html(q, sent_format=sent_format)
    return (
        '<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{head}</font>\n<div>&nbsp;</div>\n</div>\n"
        f"<div>{html_paragraphs(q.text)}</div>\n"
    )


def render_owa(r: Reply, q: Quoted) -> Message:
    """Outlook on the web."""
    markup = (
        f'<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '</head>\n<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
        f'{html_lines(r.body)}</div>\n<div id="appendonsend"></div>\n'
        f"{reply_box_html(q, sent_format=OUTLOOK_SENT)}</body>\n</html>\n"
    )
    return alternative(r, outlook_plain_text(r, q), markup)


def mobile_outlook_text(r: Reply, q: Quoted, *, os_name: str) -> str:
    """Outlook for iOS or Android: signature, rule, header block, original."""
    sig = OUTLOOK_MOBILE_SIG[q.lang].format(os=os_name)
    block = outlook_block(q, sent_format=OUTLOOK_MOBILE_SENT)
    return "\n".join([r.body, "", sig, "_" * 32, *block, "", q.text, ""])


def render_outlook_ios(r: Reply, q: Quoted) -> Message:
    """Outlook for iOS: base64 multipart/alternative."""
    sig = OUTLOOK_MOBILE_SIG[q.lang].format(os="iOS")
    markup = (
        '<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body>\n'
        f'<div dir="ltr">{html_lines(r.body)}</div>\n<div dir="ltr"><br></div>\n'
        f'<div class="ms-outlook-mobile-signature"><div dir="ltr">{html.escape(sig)}</div></div>\n'
        f"{reply_box_html(q, sent_format=OUTLOOK_MOBILE_SENT)}</body>\n</html>\n"
    )
    return alternative(r, mobile_outlook_text(r, q, os_name="iOS"), markup, cte="b64")


def render_outlook_android(r: Reply, q: Quoted) -> Message:
    """Outlook for Android: base64 plain text."""
    return plain(r, mobile_outlook_text(r, q, os_name="Android"), cte="b64")


def gmail_attribution(q: Quoted) -> str:
    """Gmail's attribution line in the sender's language."""
    return fmt(GMAIL_ATTR[q.lang], lang=q.lang, dt=q.sent, name=AR_NAME, addr=AR_ADDR)


def render_gmail(r: Reply, q: Quoted) -> Message:
    """Gmail on the web or the app: multipart/alternative with gmail_quote."""
    attr = gmail_attribution(q)
    body = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_lines(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )
    return alternative(r, body, markup)


def render_gmail_text(r: Reply, q: Quoted) -> Message:
    """Gmail in plain-text mode."""
    return plain(r, f"{r.body}\n\n{gmail_attribution(q)}\n\n{quote_lines(q.text)}\n")


def apple_attribution(q: Quoted) -> str:
    """Apple Mail's attribution line (Mac and iPhone)."""
    return fmt(APPLE_ATTR[q.lang], lang=q.lang, dt=q.sent, name=AR_NAME, addr=AR_ADDR)


def render_apple(r: Reply, q: Quoted) -> Message:
    """Apple Mail on a Mac, plain text."""
    return plain(r, f"{r.body}\n\n{apple_attribution(q)}\n\n{quote_lines(q.text)}\n")


def render_apple_html(r: Reply, q: Quoted) -> Message:
    """Apple Mail on a Mac, multipart/alternative with a cite blockquote."""
    attr = apple_attribution(q)
    body = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    markup = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f'{html_lines(r.body)}<br id="lineBreakAtBeginningOfMessage"><div><br><blockquote type="cite">'
        f'<div>{html.escape(attr)}</div><br class="Apple-interchange-newline">'
        f"<div>{html_paragraphs(q.text)}</div></blockquote></div><br></body></html>\n"
    )
    return alternative(r, body, markup)


def render_iphone(r: Reply, q: Quoted) -> Message:
    """iPhone Mail: signature, then the whole original quoted."""
    quoted = quote_lines(f"{apple_attribution(q)}\n\n{q.text}")
    return plain(r, f"{r.body}\n\n{IPHONE_SIG[q.lang]}\n\n{quoted}\n")


def render_samsung(r: Reply, q: Quoted) -> Message:
    """Samsung Email: signature, then a header block and the original, unquoted."""
    rule, frm, when, to, subj, style = SAMSUNG_BLOCK[q.lang]
    offset = q.sent.strftime("%z")
    stamp = f"{fmt(style, lang=q.lang, dt=q.sent)} (GMT{offset[:3]}:{offset[3:]})"
    block = [
        rule,
        f"{frm}{AR_PERSON.plain()}",
        f"{when}{stamp}",
        f"{to}{q.to.plain()}",
        f"{subj}{q.subject}",
    ]
    body = "\n".join([r.body, "", "", "", SAMSUNG_SIG[q.lang], "", *block, "", q.text, ""])
    return plain(r, body, cte="b64")


def render_thunderbird(r: Reply, q: Quoted) -> Message:
    """Thunderbird: attribution, `>` quoting, format=flowed."""
    attr = fmt(THUNDERBIRD_ATTR[q.lang], lang=q.lang, dt=q.sent, name=AR_NAME)
    body = f"{r.body}\n\n{attr}\n{quote_lines(q.text)}\n"
    return plain(r, flowed(body), flow=True)


INLINE_MARK: Final = re.compile(r"^\[\[(attr|\d)\]\]$")


def interleave(r: Reply, q: Quoted, attribution: str) -> str:
    """An inline reply: `[[attr]]` and `[[n]]` lines become the attribution and quoted paragraph n."""
    paragraphs = q.text.split("\n\n")
    out = []
    for line in r.body.split("\n"):
        mark = INLINE_MARK.match(line)
        if mark is None:
            out.append(line)
        elif mark.group(1) == "attr":
            out.append(attribution)
        else:
            out.append(quote_lines(paragraphs[int(mark.group(1))]))
    return "\n".join(out) + "\n"


def render_gmail_inline(r: Reply, q: Quoted) -> Message:
    """Gmail in plain-text mode, answered between the quoted paragraphs."""
    return plain(r, interleave(r, q, gmail_attribution(q)))


def render_thunderbird_inline(r: Reply, q: Quoted) -> Message:
    """Thunderbird, answered between the quoted paragraphs."""
    attr = fmt(THUNDERBIRD_ATTR[q.lang], lang=q.lang, dt=q.sent, name=AR_NAME)
    return plain(r, flowed(interleave(r, q, attr)), flow=True)


def notice_html(block: str) -> str:
    """A system's HTML rendering of a notice: tabular paragraphs stay preformatted."""
    parts = []
    for par in block.split("\n\n"):
        if "  " in par:
            parts.append(f'<pre style="font-family:Consolas,monospace">{html.escape(par)}</pre>')
        else:
            parts.append(
                f'<p style="font-family:Arial,sans-serif;font-size:10pt">{html_lines(par)}</p>'
            )
    joined = "\n".join(parts)
    return f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body>\n{joined}\n</body></html>\n'


def render_notice(r: Reply, q: Quoted) -> Message:
    """An automatic notice that quotes nothing."""
    del q
    return plain(r, r.body + "\n")


def render_notice_alt(r: Reply, q: Quoted) -> Message:
    """An automatic notice in plain text and HTML."""
    del q
    return alternative(r, r.body + "\n", notice_html(r.body))


def render_notice_html(r: Reply, q: Quoted) -> Message:
    """An automatic notice sent as HTML only."""
    del q
    return rich(r, notice_html(r.body))


RENDERERS: Final[dict[Client, Callable[[Reply, Quoted], Message]]] = {
    "outlook": render_outlook,
    "outlook_classic": render_outlook_classic,
    "outlook_html": render_outlook_html,
    "outlook_html_only": render_outlook_html_only,
    "owa": render_owa,
    "outlook_ios": render_outlook_ios,
    "outlook_android": render_outlook_android,
    "gmail": render_gmail,
    "gmail_text": render_gmail_text,
    "apple": render_apple,
    "apple_html": render_apple_html,
    "iphone": render_iphone,
    "samsung": render_samsung,
    "thunderbird": render_thunderbird,
    "gmail_inline": render_gmail_inline,
    "thunderbird_inline": render_thunderbird_inline,
    "notice": render_notice,
    "notice_alt": render_notice_alt,
    "notice_html": render_notice_html,
}
OUTLOOK_DESKTOP: Final[frozenset[Client]] = frozenset(
    {"outlook", "outlook_classic", "outlook_html", "outlook_html_only", "owa"}
)
OUTLOOK_FAMILY: Final[frozenset[Client]] = OUTLOOK_DESKTOP | {"outlook_ios", "outlook_android"}
BOUNDARY_PREFIX: Final[dict[Client, str]] = {
    "gmail": "000000000000",
    "apple_html": "Apple-Mail=_",
    "thunderbird": "------------",
    "thunderbird_inline": "------------",
    "samsung": "--_com.samsung.android.email_",
}
CLIENT_HEADERS: Final[dict[Client, tuple[tuple[str, str], ...]]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "apple_html": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22D72)"),),
    "thunderbird": (
        (
            "User-Agent",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.7.1",
        ),
    ),
    "outlook_classic": (("X-Mailer", "Microsoft Outlook 16.0"),),
    "thunderbird_inline": (
        (
            "User-Agent",
            "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0",
        ),
    ),
}


# --------------------------------------------------------------------------------------------
# Reply headers and assembly
# --------------------------------------------------------------------------------------------


def reply_subject(r: Reply, q: Quoted) -> str:
    """The subject as the client or the person wrote it."""
    if r.subject is not None:
        return r.subject.format(orig=q.subject)
    prefix = OUTLOOK_RE[r.lang] if r.client in OUTLOOK_DESKTOP else "Re: "
    return prefix + q.subject


def reply_msgid(r: Reply) -> str:
    """A Message-ID shaped like the sending client's."""
    raw = digest(r.key, "msgid")
    domain = r.sender.addr.rsplit("@", 1)[1]
    if r.client in {"gmail", "gmail_text", "gmail_inline"} or r.sender.addr.endswith("@gmail.com"):
        return f"<CA+{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:41]}@mail.gmail.com>"
    if r.client in OUTLOOK_FAMILY:
        host = f"AM{raw[0] % 9 + 1}PR0{raw[1] % 9 + 1}MB{1000 + raw[2] * 31 % 9000}"
        return f"<{host}{token(r.key, 'ms', 12)}@{host}.eurprd0{raw[3] % 9 + 1}.prod.outlook.com>"
    if r.client in {"apple", "apple_html", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if r.client == "samsung":
        return f"<{raw.hex()[:32]}@email.android.com>"
    return f"<{raw.hex()[:12]}.{raw.hex()[12:20]}@{domain}>"


def relay_host(r: Reply) -> str:
    """The host that handed the message to Greywell's MX."""
    raw = digest(r.key, "relay")
    if r.client in {"gmail", "gmail_text", "gmail_inline"} or r.sender.addr.endswith("@gmail.com"):
        return f"mail-wm1-f{raw[0] % 90 + 10}.google.com"
    if r.client in OUTLOOK_FAMILY:
        return f"EUR0{raw[0] % 5 + 1}-DB{raw[1] % 8 + 1}-obe.outbound.protection.outlook.com"
    return f"mail.{r.sender.addr.rsplit('@', 1)[1]}"


def relay_ip(key: str) -> str:
    """A documentation-range address for the relay."""
    raw = digest(key, "ip")
    net = ("192.0.2", "198.51.100", "203.0.113")[raw[0] % 3]
    return f"{net}.{raw[1] % 250 + 3}"


def outlook_headers(r: Reply, q: Quoted) -> list[tuple[str, str]]:
    """Headers Exchange and Outlook add."""
    index = base64.b64encode(digest(r.key, "thread")[:22]).decode()
    return [
        (
            "Thread-Topic",
            header_value(q.subject, charset=r.charset, method="B", name="Thread-Topic"),
        ),
        ("Thread-Index", index),
        ("Accept-Language", f"{CONTENT_LANGUAGE[r.lang]}, en-US"),
        ("Content-Language", CONTENT_LANGUAGE[r.lang]),
        ("X-MS-Has-Attach", "yes" if r.attachment else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def reply_headers(r: Reply, q: Quoted) -> list[tuple[str, str]]:
    """Envelope headers in client order; MIME headers are added after these."""
    method: Method = "B" if r.client in OUTLOOK_FAMILY else "Q"
    headers = [
        ("Return-Path", f"<{r.sender.addr}>"),
        ("Received", received(helo=relay_host(r), ip=relay_ip(r.key), when=r.dt, key=r.key)),
        ("From", r.sender.header(charset=r.charset)),
        ("To", AR_PERSON.header(charset=r.charset)),
    ]
    if r.cc is not None:
        headers.append(("Cc", r.cc.header(charset=r.charset)))
    headers += [
        ("Subject", header_value(reply_subject(r, q), charset=r.charset, method=method)),
        ("Date", format_datetime(r.dt)),
        ("Message-ID", reply_msgid(r)),
    ]
    if r.threaded:
        headers += [("In-Reply-To", reminder_msgid(r.key)), ("References", reminder_msgid(r.key))]
    if r.client in OUTLOOK_FAMILY:
        headers += outlook_headers(r, q)
    return [*headers, *CLIENT_HEADERS.get(r.client, ()), *r.headers]


def build_reply(r: Reply) -> Message:
    """The complete message for one hand-written reply."""
    q = make_quoted(r)
    body = RENDERERS[r.client](r, q)
    if r.attachment is not None:
        body = multipart("mixed", [body, pdf_part(r.attachment, r.key)])
    msg = assemble(body, reply_headers(r, q))
    prefix = BOUNDARY_PREFIX.get(r.client, "_000_" if r.client in OUTLOOK_FAMILY else "----=_Part_")
    set_boundaries(msg, key=r.key, prefix=prefix)
    return msg


# --------------------------------------------------------------------------------------------
# Senders' common headers
# --------------------------------------------------------------------------------------------

AUTO_GENERATED: Final = ("Auto-Submitted", "auto-generated")
AUTO_REPLIED: Final = ("Auto-Submitted", "auto-replied")
SUPPRESS: Final = ("X-Auto-Response-Suppress", "All")


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

PAYMENT_SENT: Final[list[Reply]] = [
    Reply(
        key="ps-en-paid",
        intent="payment_sent",
        lang="en",
        sender=Person(name="Danny Roche", addr="danny@rocheroofing.example"),
        when="2027-03-02 07:12 +0000",
        client="iphone",
        bill=hire("GS-H-22418", 118000),
        body="Paid.",
        facts=Facts(note="'Paid.' alone: payment_sent with no date"),
    ),
    Reply(
        key="ps-en-done",
        intent="payment_sent",
        lang="en",
        sender=Person(name="Kev Marsh", addr="kev.marsh.decorating@gmail.com"),
        when="2027-02-27 18:40 +0000",
        client="gmail",
        bill=hire("GS-H-21966", 64250),
        body="done",
        facts=Facts(note="'done' in answer to an overdue reminder reads as paid; no date"),
    ),
    Reply(
        key="ps-en-cis-advice",
        intent="payment_sent",
        lang="en",
        sender=Person(
            name="Kestrel Build Group - Accounts Payable", addr="ap-noreply@kestrelbuild.example"
        ),
        when="2027-02-26 16:05 +0000",
        client="notice_alt",
        threaded=False,
        subject="Remittance advice - payment KBG-BACS-0041877 - Greywell Scaffolding Ltd",
        headers=(AUTO_GENERATED, ("X-Mailer", "KBG Payables 4.2")),
        bill=labour("GS-H-21873", 324000),
        body=text("""
REMITTANCE ADVICE

Kestrel Build Group Ltd has made the following payment to your account by BACS.

Supplier:            Greywell Scaffolding Ltd (supplier no. S-01187)
Payment reference:   KBG-BACS-0041877
Payment date:        26/02/2027
Expected in account: 01/03/2027

Invoice       Site          Gross       CIS deduction   Paid
GS-H-21873    Fenwick St    £3,240.00   £284.00         £2,956.00
GS-H-21902    Fenwick St    £1,012.50   £96.00          £916.50

Total paid: £3,872.50

CIS has been deducted at 20% on the labour element of each invoice. Your CIS payment and deduction statement for the tax month will follow separately.

This message was generated automatically by our payments system and replies to it are not read. For remittance queries please contact supplier.queries@kestrelbuild.example quoting your supplier number.
"""),
        facts=Facts(
            paid_date="2027-02-26",
            payment_reference="KBG-BACS-0041877",
            amount="3872.50",
            currency="GBP",
            refs=("GS-H-21873", "GS-H-21902"),
            note="AP-system remittance advice with CIS deductions: the amount is the net total paid, the date is the payment date (not the expected-in-account date); the queries address is not a new_contact",
        ),
    ),
    Reply(
        key="ps-en-main-contractor",
        intent="payment_sent",
        lang="en",
        sender=Person(name="Priya Natarajan", addr="p.natarajan@hollowaybrook.example"),
        reminder_to=Person(name="Tarn Valley Roofing", addr="accounts@tarnvalleyroofing.example"),
        cc=Person(name="Tarn Valley Roofing", addr="accounts@tarnvalleyroofing.example"),
        when="2027-03-05 08:31 +0000",
        client="outlook_html",
        bill=hire("GS-H-22307", 193680),
        body=text("""
Good morning,

I'm replying on behalf of Tarn Valley Roofing, who are one of our subcontractors on the Ashby Lane scheme. Under the direct payment agreement we set up in January, we pay their scaffold hire straight to Greywell and deduct it from what we owe them.

GS-H-22307 went out in our payment run yesterday, Thursday 4 March: £1,936.80 by BACS, reference HBC 220304-117. Please allocate it against Tarn Valley's account rather than ours.

Kind regards,

Priya Natarajan MRICS
Senior Quantity Surveyor
Holloway Brook Construction Ltd
07700 900412

Holloway Brook Construction Ltd, registered in England and Wales. The content of this message is private to Holloway Brook and its intended recipients; if it has reached you by mistake, let us know by return and remove it from your system.
"""),
        facts=Facts(
            paid_date="2027-03-04",
            payment_reference="HBC 220304-117",
            amount="1936.80",
            currency="GBP",
            refs=("GS-H-22307",),
            note="main contractor paying a subcontractor's hire under a direct payment agreement",
        ),
    ),
    Reply(
        key="ps-de-weekday",
        intent="payment_sent",
        lang="de",
        sender=Person(name="Sabine Krüger", addr="s.krueger@maler-hofmann.example"),
        when="2027-02-25 10:12 +0100",
        client="thunderbird",
        charset="iso-8859-1",
        cte="8bit",
        bill=hire("GS-H-30512", 187040),
        body=text("""
Guten Tag,

die Rechnung GS-H-30512 haben wir am Dienstag, den 23.02., überwiesen (1.870,40 EUR). Bei uns ist die Buchung schon ausgeführt, bei Ihnen müsste der Betrag spätestens morgen eingehen.

Mit freundlichen Grüßen

Sabine Krüger
Buchhaltung
Malerbetrieb Hofmann GmbH & Co. KG
Tel. 0711 0004471
"""),
        facts=Facts(
            paid_date="2027-02-23",
            amount="1870.40",
            currency="EUR",
            refs=("GS-H-30512",),
            note="Latin-1 Thunderbird; 'morgen eingehen' is the value date, not the payment date",
        ),
    ),
    Reply(
        key="ps-de-avis",
        intent="payment_sent",
        lang="de",
        sender=Person(
            name="Kreditorenbuchhaltung WBG Rheinaue eG", addr="zahlungsavis@wbg-rheinaue.example"
        ),
        when="2027-03-05 06:02 +0100",
        client="notice",
        threaded=False,
        subject="Zahlungsavis 2000184471",
        headers=(AUTO_GENERATED, ("X-Mailer", "SAP NetWeaver 7.50")),
        bill=hire("GS-H-30877", 348060),
        body=text("""
Sehr geehrte Damen und Herren,

wir haben zu Ihren Gunsten folgende Zahlung veranlasst:

Zahlungsavis-Nr.:   2000184471
Zahlungsdatum:      05.03.2027
Kreditor-Nr.:       70011842
Zahlweg:            SEPA-Überweisung

Belegnr.      Ihre Referenz   Belegdatum   Betrag brutto   Skonto   Zahlbetrag
5100093317    GS-H-30877      29.01.2027        3.480,60     0,00     3.480,60
5100093402    GS-H-30902      29.01.2027        1.803,57     0,00     1.803,57

Summe Zahlbetrag: 5.284,17 EUR

Diese Nachricht wurde maschinell erstellt und ist ohne Unterschrift gültig. Bitte antworten Sie nicht auf diese E-Mail.
"""),
        facts=Facts(
            paid_date="2027-03-05",
            payment_reference="2000184471",
            amount="5284.17",
            currency="EUR",
            refs=("GS-H-30877", "GS-H-30902"),
            note="housing association's SAP payment advice (Auto-Submitted: auto-generated); two invoices settled, the amount is the advice total",
        ),
    ),
    Reply(
        key="ps-fr-this-morning",
        intent="payment_sent",
        lang="fr",
        sender=Person(name="Julien Marchetti", addr="julien@marchetti-facades.example"),
        when="2027-03-03 11:20 +0100",
        client="gmail",
        bill=hire("GS-H-41230", 241560),
        body=text("""
Bonjour,

Le virement de 2 415,60 € est parti ce matin de notre compte pro, avec le libellé « GS-H-41230 ». Je vous transmets l'avis d'opéré dès que la banque me l'envoie.

Bonne journée,
Julien Marchetti
Marchetti Façades
"""),
        facts=Facts(
            paid_date="2027-03-03",
            amount="2415.60",
            currency="EUR",
            refs=("GS-H-41230",),
            note="'ce matin' is the message date; the transfer label repeats the invoice number, so no separate payment reference",
        ),
    ),
    Reply(
        key="ps-fr-cheque-no-accents",
        intent="payment_sent",
        lang="fr",
        sender=Person(name="P Dubreuil", addr="dubreuil.couverture@orange-pro.example"),
        when="2027-03-02 19:47 +0100",
        client="samsung",
        bill=damage("GS-H-41187", 39600),
        body="bonjour c est regle, le cheque est parti vendredi par la poste (cheque n 0004412). cdlt P Dubreuil",
        facts=Facts(
            paid_date="2027-02-26",
            payment_reference="0004412",
            note="no accents; a cheque posted last Friday (Tue 2 Mar, so 26 Feb) is a payment sent; the cheque number is the reference",
        ),
    ),
    Reply(
        key="ps-es-today-pdf",
        intent="payment_sent",
        lang="es",
        sender=Person(name="Marta Llorente", addr="administracion@reformasllorente.example"),
        when="2027-03-08 12:05 +0100",
        client="outlook_html",
        attachment="justificante_transferencia_GS-H-50219.pdf",
        bill=labour("GS-H-50219", 287000),
        body=text("""
Buenos días:

Les informo de que hoy hemos realizado la transferencia de la factura GS-H-50219 por importe de 2.870,00 €. Les adjunto el justificante del banco.

Disculpen el retraso; el mes pasado tuvimos un problema con la firma digital del banco y se nos quedaron varios pagos parados.

Un saludo,

Marta Llorente
Administración
Reformas Llorente, S.L.
Tel. 961 000 337

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. Si no es usted el destinatario, le rogamos que nos lo comunique y proceda a su eliminación.
"""),
        facts=Facts(
            paid_date="2027-03-08",
            amount="2870.00",
            currency="EUR",
            refs=("GS-H-50219",),
            note="bank proof attached as a PDF",
        ),
    ),
    Reply(
        key="ps-nl-yesterday",
        intent="payment_sent",
        lang="nl",
        sender=Person(name="Ruud Verbeek", addr="ruud@verbeekbouw.example"),
        when="2027-03-11 08:03 +0100",
        client="outlook_ios",
        bill=hire("GS-H-60388", 310575),
        body=text("""
Goedemorgen,

Is gisteren overgemaakt, € 3.105,75 onder vermelding van het factuurnummer. Betalingskenmerk bij ons: 1127-0310-VB.

Groet,
Ruud
"""),
        facts=Facts(
            paid_date="2027-03-10",
            payment_reference="1127-0310-VB",
            amount="3105.75",
            currency="EUR",
        ),
    ),
    Reply(
        key="ps-nl-not-forgotten",
        intent="payment_sent",
        lang="nl",
        sender=Person(name="Ingrid Smeets", addr="i.smeets@smeetsschilders.example"),
        when="2027-03-09 14:22 +0100",
        client="gmail",
        bill=hire("GS-H-60417", 146300),
        body=text("""
Hallo,

We zijn jullie heus niet vergeten hoor. Het bedrag is vorige week donderdag al overgemaakt, alleen staat het bij onze bank soms pas na een dag of twee bij de ontvanger. Is het er morgen nog niet, bel me dan even.

Met vriendelijke groet,
Ingrid Smeets
Smeets Schilders & Onderhoud
"""),
        facts=Facts(
            paid_date="2027-03-04",
            note="the negation ('niet vergeten') does not deny the payment; 'vorige week donderdag' from Tue 9 Mar is 4 Mar",
        ),
    ),
    Reply(
        key="ps-it-cro",
        intent="payment_sent",
        lang="it",
        sender=Person(name="Elena Ferraresi", addr="amministrazione@edilferraresi.example"),
        when="2027-03-03 09:41 +0100",
        client="outlook",
        charset="windows-1252",
        bill=hire("GS-H-70154", 174400),
        body=text("""
Buongiorno,

vi informiamo che in data 1 marzo abbiamo disposto il bonifico a saldo della fattura GS-H-70154, per un importo di € 1.744,00.
CRO: 10934562817

Restiamo a disposizione per qualsiasi chiarimento.

Cordiali saluti
Elena Ferraresi
Ufficio Amministrazione
Edil Ferraresi S.r.l.
"""),
        facts=Facts(
            paid_date="2027-03-01",
            payment_reference="10934562817",
            amount="1744.00",
            currency="EUR",
            refs=("GS-H-70154",),
            note="windows-1252 Outlook; 'disposto il bonifico' = transfer ordered, out of the customer's hands",
        ),
    ),
]

PROMISE_TO_PAY: Final[list[Reply]] = [
    Reply(
        key="pp-en-dubai-tomorrow",
        intent="promise_to_pay",
        lang="en",
        sender=Person(name="Alistair Gow", addr="alistair.gow@gmail.com"),
        when="2027-03-01 01:15 +0400",
        client="iphone",
        bill=hire("GS-H-22561", 89000),
        body=text("""
Sorry, I'm working in Dubai this month and have only just seen this. I'll pay it tomorrow when I'm at the laptop - my banking app won't let me add a new payee on the phone.

Alistair
"""),
        facts=Facts(
            promised_date="2027-03-02",
            note="'tomorrow' in the sender's time zone (+0400): it is Mon 1 Mar there although still 28 Feb in UTC",
        ),
    ),
    Reply(
        key="pp-en-friday-after-next",
        intent="promise_to_pay",
        lang="en",
        sender=Person(name="Gemma Thornley", addr="gemma.thornley@ridgewayhomes.example"),
        when="2027-03-01 10:45 +0000",
        client="outlook_classic",
        bill=labour("GS-H-21944", 462000),
        body=text("""
Hi,

This has been approved and processed, and it will go out in the payment run on Friday after next (we pay suppliers fortnightly). I'm afraid I can't bring it forward.

Thanks,
Gemma Thornley
Purchase Ledger | Ridgeway Homes Ltd
"""),
        facts=Facts(
            promised_date="2027-03-12",
            note="'approved and processed' is past tense for a future payment; 'Friday after next' from Mon 1 Mar is 12 Mar",
        ),
    ),
    Reply(
        key="pp-en-ooo-subject",
        intent="promise_to_pay",
        lang="en",
        sender=Person(name="Lee Fairclough", addr="lee@faircloughbuild.example"),
        when="2027-03-11 07:05 +0000",
        client="iphone",
        subject="Out of office today - re GS-H-22190",
        bill=hire("GS-H-22190", 157500),
        body="On site at Beverley all day so keeping this short. GS-H-22190 will be paid Monday, I do the bank on Mondays.\nLee",
        facts=Facts(
            promised_date="2027-03-15",
            refs=("GS-H-22190",),
            note="written by a person: the 'out of office' subject does not make it an auto_reply; Monday after Thu 11 Mar",
        ),
    ),
    Reply(
        key="pp-en-after-valuation",
        intent="promise_to_pay",
        lang="en",
        sender=Person(name="Shaun Pickering", addr="accounts@pickeringroofing.example"),
        when="2027-02-24 16:20 +0000",
        client="gmail_text",
        bill=hire("GS-H-21688", 211500),
        body=text("""
Hi

We're waiting on Castlegate. Our valuation goes in on Friday and they pay 14 days after the valuation. When the main contractor pays us we'll clear yours the same day, so in a couple of weeks.

It's not that we don't want to pay, we just can't until they do.

Cheers
Shaun
Pickering Roofing Ltd
"""),
        facts=Facts(
            note="promise tied to the main contractor paying after the valuation; 'in a couple of weeks' is not a day, and valuation plus 14 days is the contractor's date, not a promised one, so no date",
        ),
    ),
    Reply(
        key="pp-de-zum-15",
        intent="promise_to_pay",
        lang="de",
        sender=Person(name="Thomas Wendt", addr="t.wendt@wendt-dachbau.example"),
        when="2027-03-08 15:10 +0100",
        client="gmail",
        bill=damage("GS-H-30740", 123600),
        body=text("""
Guten Tag,

die Rechnung GS-H-30740 ist bei uns freigegeben und wird zum 15. überwiesen. Früher geht es leider nicht, wir zahlen nur zweimal im Monat.

Gruß
Thomas Wendt
Wendt Dachbau GmbH
"""),
        facts=Facts(
            promised_date="2027-03-15",
            refs=("GS-H-30740",),
            note="'freigegeben' (past participle) announces a future transfer; 'zum 15.' from 8 Mar is 15 Mar",
        ),
    ),
    Reply(
        key="pp-fr-fin-mars",
        intent="promise_to_pay",
        lang="fr",
        sender=Person(name="Nathalie Caron", addr="n.caron@habitat-picardie.example"),
        when="2027-03-04 14:30 +0100",
        client="outlook_html",
        bill=labour("GS-H-41377", 894000),
        body=text("""
Bonjour,

Votre facture GS-H-41377 a bien été validée par notre conducteur d'opération. Elle sera mise en paiement fin mars, conformément à notre délai de paiement à 45 jours fin de mois.

Je reste à votre disposition pour tout complément.

Cordialement,

Nathalie Caron
Gestionnaire comptabilité fournisseurs
Habitat Picardie – Office public de l'habitat

Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de leur destinataire. Toute utilisation non conforme à sa destination est interdite.
"""),
        facts=Facts(
            promised_date="2027-03-31",
            refs=("GS-H-41377",),
            note="housing association; 'fin mars' is 31 Mar",
        ),
    ),
    Reply(
        key="pp-fr-pas-encore-lundi",
        intent="promise_to_pay",
        lang="fr",
        sender=Person(name="Karim Benali", addr="karim.benali.peinture@gmail.com"),
        when="2027-03-10 21:05 +0100",
        client="iphone",
        bill=hire("GS-H-41420", 72000),
        body="Non ce n'est pas encore payé, désolé, j'ai eu un souci de trésorerie ce mois-ci. Je fais le virement lundi sans faute.\nKarim",
        facts=Facts(
            promised_date="2027-03-15",
            note="'pas encore payé' denies a payment; the promise for Monday (after Wed 10 Mar) drives the action",
        ),
    ),
    Reply(
        key="pp-es-viernes",
        intent="promise_to_pay",
        lang="es",
        sender=Person(name="José Pedrosa", addr="jpedrosa@construccionespedrosa.example"),
        when="2027-02-23 13:02 +0100",
        client="samsung",
        bill=hire("GS-H-50141", 96800),
        body="Buenas, lo pagamos el viernes sin falta, que esta semana nos han pagado tarde a nosotros.\nUn saludo, José",
        facts=Facts(promised_date="2027-02-26", note="Friday after Tue 23 Feb"),
    ),
    Reply(
        key="pp-es-rambling",
        intent="promise_to_pay",
        lang="es",
        sender=Person(name="Tomás Quintana", addr="tomas@pinturasquintana.example"),
        when="2027-03-11 19:40 +0000",
        client="gmail",
        cte="b64",
        bill=hire("GS-H-50463", 169000),
        body=text("""
Hola, buenas tardes:

Perdonad que conteste tan tarde, llevo toda la semana liado con la obra de la calle Triana, que como sabéis es la del andamio vuestro. Hemos tenido tres días seguidos de lluvia y la fachada norte no secaba, así que vamos con retraso con la segunda mano, y encima a uno de los chicos se le puso malo el crío y estuvo dos días fuera. El cliente además ahora quiere cambiar el color del zócalo, ya veremos.

Lo del andamio: cuando terminemos os aviso para que vengáis a desmontarlo, calculo que a finales de la semana que viene si no vuelve a llover. Por cierto, uno de los rodapiés del segundo nivel está algo suelto, si pasa alguien que le eche un ojo.

Y lo de la factura, que con todo esto se me había pasado: a primeros de la semana que viene os hago la transferencia, el lunes mismo si me da tiempo.

Un saludo y gracias por la paciencia,
Tomás Quintana
Pinturas Quintana (Las Palmas)
"""),
        facts=Facts(
            promised_date="2027-03-15",
            note="long reply burying the promise in the last paragraph; sender in the Canaries (+0000); 'el lunes' of next week is 15 Mar; the dismantling estimate is not a payment date",
        ),
    ),
    Reply(
        key="pp-nl-uiterlijk",
        intent="promise_to_pay",
        lang="nl",
        sender=Person(name="Kees Brouwer", addr="kees@brouwerrenovatie.example"),
        when="2027-03-05 16:48 +0100",
        client="outlook",
        bill=hire("GS-H-60512", 226400),
        body=text("""
Hoi,

De oplevering van het project aan de Havenstraat is volgende week woensdag. Zodra de opdrachtgever heeft afgetekend krijgen wij onze laatste termijn en dan betalen we jullie factuur direct, uiterlijk 19 maart.

Groeten,
Kees Brouwer
Brouwer Renovatie B.V.
"""),
        facts=Facts(
            promised_date="2027-03-19",
            note="conditional on handover but with a stated latest date: the 'uiterlijk' date is the promised date",
        ),
    ),
    Reply(
        key="pp-it-fine-mese",
        intent="promise_to_pay",
        lang="it",
        sender=Person(name="Marco Vitale", addr="m.vitale@vitalecostruzioni.example"),
        when="2027-02-24 11:30 +0100",
        client="thunderbird",
        charset="iso-8859-1",
        cte="8bit",
        bill=hire("GS-H-70120", 132000),
        body=text("""
Buongiorno,

ci scusiamo per il ritardo. Provvederemo al saldo della fattura entro fine mese.

Distinti saluti
Marco Vitale
Vitale Costruzioni S.n.c.
"""),
        facts=Facts(
            promised_date="2027-02-28",
            note="'entro fine mese' on 24 Feb is 28 Feb (2027 is not a leap year); Latin-1 Thunderbird",
        ),
    ),
    Reply(
        key="pp-it-gia-messa",
        intent="promise_to_pay",
        lang="it",
        sender=Person(name="Francesca Lodi", addr="f.lodi@lodiristrutturazioni.example"),
        when="2027-03-10 11:15 +0100",
        client="gmail",
        bill=labour("GS-H-70288", 305000),
        body=text("""
Buongiorno,

la fattura GS-H-70288 l'abbiamo già messa in pagamento: parte con la distinta del 15, quindi la vedrete accreditata un paio di giorni dopo.

Saluti,
Francesca Lodi
Lodi Ristrutturazioni
"""),
        facts=Facts(
            promised_date="2027-03-15",
            refs=("GS-H-70288",),
            note="'già messa in pagamento' (past) announces a payment with the run of the 15th",
        ),
    ),
]

DISPUTE: Final[list[Reply]] = [
    Reply(
        key="dp-en-off-hire",
        intent="dispute",
        lang="en",
        sender=Person(name="Craig Mullen", addr="craig.mullen@mullenbuild.example"),
        when="2027-02-23 09:20 +0000",
        client="outlook_classic",
        bill=hire("GS-H-21755", 276000),
        body=text("""
Morning,

We have NOT paid this and we won't be paying it as it stands. The scaffold at Orchard Close was off-hired on 15 January - I rang your depot and Dean gave me an off-hire number, OH-2291. Your invoice charges hire right up to 29 January, which is two weeks of hire on a scaffold that should already have been struck. If your lads didn't get round to taking it down, that's not on us.

Send me a revised invoice to the 15th and I'll get it approved the same day.

Craig Mullen
Site Manager
Mullen Build Ltd
07700 900638
"""),
        facts=Facts(
            note="negated payment with the reason: hire charged after the off-hire date; the revised invoice and the approval are conditional",
        ),
    ),
    Reply(
        key="dp-en-loss-charge",
        intent="dispute",
        lang="en",
        sender=Person(name="Rachel Okafor", addr="rachel@okaforpaintingco.example"),
        when="2027-03-04 13:15 +0000",
        client="gmail",
        bill=damage("GS-H-22034", 68400),
        body=text("""
Hi there,

Just to be clear where we are: the hire invoice GS-H-21990 was paid in full last week. The one you're chasing, GS-H-22034, is the loss charge for 40 boards and 12 couplers, and we're not paying it. Everything went back on your own wagon on 8 January and your driver signed our return note with no shortages marked - I've got a photo of it.

If your yard lost track of the kit after it left our site, that's a conversation for your yard. Happy to send the signed note over if it helps.

Rachel Okafor
Okafor Painting Co.
"""),
        facts=Facts(
            refs=("GS-H-21990", "GS-H-22034"),
            note="payment claimed for the hire invoice, the chased loss charge contested: dispute wins",
        ),
    ),
    Reply(
        key="dp-en-not-our-po",
        intent="dispute",
        lang="en",
        sender=Person(name="Mark Ellison", addr="accounts.payable@northmoorhousing.example"),
        when="2027-03-16 11:02 +0000",
        client="outlook_html",
        bill=labour("GS-H-22611", 540000),
        body=text("""
Dear Sir/Madam,

We are unable to process invoice GS-H-22611. The purchase order quoted on it, 4500021197, is not a Northmoor Housing purchase order, and we have no record of instructing Greywell Scaffolding for the works at Linden Terrace. Scaffolding on our planned maintenance contract is ordered and paid for by our contractor, Brightside Property Services, on their own account.

The invoice has therefore been rejected on our system.

Regards,

Mark Ellison
Accounts Payable
Northmoor Housing Association

Northmoor Housing Association is a registered society and a registered provider of social housing. This email is confidential and may be legally privileged. If you are not the intended recipient, you must not use, copy or disclose it; please tell the sender and delete it.
"""),
        facts=Facts(
            refs=("GS-H-22611",),
            note="'not our purchase order' and no instruction: dispute; it names who ordered the work but gives no address, so not wrong_contact",
        ),
    ),
    Reply(
        key="dp-de-doppelt",
        intent="dispute",
        lang="de",
        sender=Person(name="Petra Lindner", addr="p.lindner@lindner-bau.example"),
        when="2027-03-03 10:05 +0100",
        client="outlook_html",
        charset="windows-1252",
        bill=hire("GS-H-30644", 211200),
        body=text("""
Sehr geehrte Damen und Herren,

die angemahnte Rechnung GS-H-30644 ist inhaltlich identisch mit der Rechnung GS-H-30611 (gleiche Baustelle Ulmenweg 12, gleicher Mietzeitraum, gleicher Betrag). Die GS-H-30611 haben wir am 10.02. bezahlt. Es handelt sich also um eine Doppelberechnung.

Bitte stornieren Sie GS-H-30644 und bestätigen Sie uns das kurz.

Mit freundlichen Grüßen
Petra Lindner
Rechnungsprüfung
Lindner Bau GmbH
"""),
        facts=Facts(
            refs=("GS-H-30644", "GS-H-30611"),
            note="billed twice: the chased invoice copies one that was already paid",
        ),
    ),
    Reply(
        key="dp-de-pruefung",
        intent="dispute",
        lang="de",
        sender=Person(name="Jens Albrecht", addr="albrecht@albrecht-fassaden.example"),
        when="2027-02-26 17:32 +0100",
        client="apple_html",
        bill=labour("GS-H-30719", 147600),
        body=text("""
Hallo,

auf der Rechnung stehen vier wöchentliche Gerüstprüfungen à 85 €. Tatsache ist: Seit dem 18. Januar war von Ihnen niemand mehr auf der Baustelle, das Prüfprotokoll am Gerüst ist seitdem nicht mehr abgezeichnet. Das hat uns der SiGeKo auch schon angekreidet.

Solange die Prüfungen drinstehen, zahlen wir die Rechnung nicht. Schicken Sie eine korrigierte Rechnung ohne die Prüfungen, dann geht sie sofort raus.

Jens Albrecht
Albrecht Fassadentechnik
"""),
        facts=Facts(
            note="inspections charged but not carried out; payment withheld until corrected"
        ),
    ),
    Reply(
        key="dp-fr-metrage",
        intent="dispute",
        lang="fr",
        sender=Person(name="Sophie Garnier", addr="s.garnier@garnier-renovation.example"),
        when="2027-03-01 09:50 +0100",
        client="gmail",
        bill=hire("GS-H-41288", 316800),
        body=text("""
Bonjour,

Nous contestons la facture GS-H-41288. Vous facturez 240 m² d'échafaudage alors que le procès-verbal de réception signé par votre chef d'équipe le 4 janvier indique 180 m² (façade sur rue et pignon est seulement ; la façade arrière n'a jamais été échafaudée).

Merci de nous adresser un avoir ou une facture rectifiée sur la base de 180 m². Nous réglerons dès réception.

Cordialement,
Sophie Garnier
Garnier Rénovation
"""),
        facts=Facts(
            refs=("GS-H-41288",),
            note="wrong quantity; the payment on receipt of a corrected invoice is conditional",
        ),
    ),
    Reply(
        key="dp-fr-casse-sans-accents",
        intent="dispute",
        lang="fr",
        sender=Person(name="Loic Perrin", addr="perrin.maconnerie@wanadoo-pro.example"),
        when="2027-03-06 10:14 +0100",
        client="samsung",
        bill=damage("GS-H-41309", 55200),
        body="Bonjour, la location de janvier on l a payee, pas de souci. Par contre la facture de casse non : les 6 plateaux etaient deja fendus quand vous les avez livres, mon chef de chantier vous l avait signale le jour meme par telephone. Je ne paierai pas du materiel deja abime.\nLoic Perrin",
        facts=Facts(
            note="no accents; the hire is said to be paid, the damage charge is contested: dispute wins",
        ),
    ),
    Reply(
        key="dp-es-montaje-doble",
        intent="dispute",
        lang="es",
        sender=Person(name="Laura Beltrán", addr="lbeltran@beltranrehabilitacion.example"),
        when="2027-03-09 12:40 +0100",
        client="outlook",
        charset="windows-1252",
        bill=labour("GS-H-50377", 418000),
        body=text("""
Buenos días:

Revisando la factura GS-H-50377 vemos que se ha facturado el montaje del andamio de la calle Sorní dos veces: una en la factura de diciembre (GS-H-50102), que ya está pagada, y otra vez en esta. El andamio se montó una sola vez.

Os pido que emitáis una factura rectificativa descontando el montaje. Mientras tanto no podemos tramitar el pago.

Un saludo,
Laura Beltrán
Beltrán Rehabilitación de Edificios, S.L.
"""),
        facts=Facts(
            refs=("GS-H-50377", "GS-H-50102"),
            note="erection billed twice; the paid invoice named is the December one, not the chased one",
        ),
    ),
    Reply(
        key="dp-nl-prijs",
        intent="dispute",
        lang="nl",
        sender=Person(name="Bas Hendriks", addr="bas@hendriksdakwerken.example"),
        when="2027-02-24 15:25 +0100",
        client="outlook_html",
        bill=hire("GS-H-60271", 183600),
        body=text("""
Goedemiddag,

Op factuur GS-H-60271 staat een huurprijs van € 5,10 per m² per week. In de offerte van november (ref. OF-2026-318) is € 4,20 afgesproken, en dat heeft jullie vertegenwoordiger Martijn ook nog schriftelijk bevestigd.

Wij betalen graag, maar dan wel tegen de afgesproken prijs. Kunnen jullie een creditnota sturen voor het verschil?

Met vriendelijke groet,
Bas Hendriks
Hendriks Dakwerken
"""),
        facts=Facts(refs=("GS-H-60271",), note="price above the quoted rate"),
    ),
    Reply(
        key="dp-nl-gecrediteerd",
        intent="dispute",
        lang="nl",
        sender=Person(name="Femke de Groot", addr="f.degroot@degrootinterieurbouw.example"),
        when="2027-03-15 10:30 +0100",
        client="thunderbird_inline",
        charset="iso-8859-1",
        cte="8bit",
        bill=labour("GS-H-60419", 96800),
        body=text("""
Goedemorgen,

[[attr]]
[[2]]

Deze factuur hoort niet meer open te staan.

[[3]]

Bij deze: jullie hebben hem in februari volledig gecrediteerd, omdat de opbouw in de winkel aan de Lange Kerkstraat uiteindelijk door een ander bedrijf is gedaan. De creditnota van 12 februari heb ik hier voor me liggen. Kunnen jullie dit in jullie administratie rechtzetten?

Groet,
Femke de Groot
De Groot Interieurbouw
"""),
        facts=Facts(note="shopfitter: invoice already credited; inline reply, Latin-1 Thunderbird"),
    ),
    Reply(
        key="dp-it-ritardo-montaggio",
        intent="dispute",
        lang="it",
        sender=Person(name="Alessandro Rinaldi", addr="a.rinaldi@rinaldiimpianti.example"),
        when="2027-03-11 16:00 +0100",
        client="outlook",
        bill=hire("GS-H-70211", 238000),
        body=text("""
Buonasera,

contestiamo la fattura GS-H-70211. Il noleggio è calcolato dal 2 gennaio, ma il ponteggio è stato montato solo il 12 gennaio, dieci giorni dopo la data concordata, e nel frattempo il nostro cantiere è rimasto fermo. Non intendiamo pagare il noleggio di quei dieci giorni.

Attendiamo una nota di credito per la differenza; il resto lo saldiamo appena la riceviamo.

Cordiali saluti
Alessandro Rinaldi
Rinaldi Impianti S.r.l.
"""),
        facts=Facts(
            refs=("GS-H-70211",),
            note="partial dispute (hire charged before erection); the balance is only offered once a credit note arrives",
        ),
    ),
    Reply(
        key="dp-it-trasporto-domanda",
        intent="dispute",
        lang="it",
        sender=Person(name="Chiara Fontana", addr="chiara@fontanaverniciature.example"),
        when="2027-03-19 08:50 +0100",
        client="iphone",
        bill=hire("GS-H-70334", 112000),
        body="Buongiorno, come mai in fattura c'è il trasporto andata e ritorno? Nel preventivo n. 118 era compreso nel prezzo, ce l'ho davanti adesso. Finché non sistemate questa voce non la paghiamo.\nChiara Fontana",
        facts=Facts(
            note="question form, but it contests a charge against the quote and withholds payment"
        ),
    ),
]

PAYMENT_PLAN: Final[list[Reply]] = [
    Reply(
        key="pl-en-weekly-typos",
        intent="payment_plan",
        lang="en",
        sender=Person(name="Dean Whitfield", addr="deanwhitfield.decor@gmail.com"),
        when="2027-02-28 21:34 +0000",
        client="gmail_text",
        bill=hire("GS-H-21802", 146000),
        body=text("""
hiya, sorry ive been ignoring these, works been dead since xmas and the one big job i had the client still hasnt paid me. i cant do the full 1460 in one go. could i do £200 a week starting this friday til its cleared? i will set up a standing order if thats ok with you

dean
"""),
        facts=Facts(
            note="sole trader; weekly instalments from a given Friday; the plan's own dates and sums stay unlabelled"
        ),
    ),
    Reply(
        key="pl-en-administration",
        intent="payment_plan",
        lang="en",
        sender=Person(name="Helen Bracewell", addr="helen.bracewell@bracewellshopfitting.example"),
        when="2027-03-17 14:05 +0000",
        client="outlook_html",
        bill=labour("GS-H-22650", 798000),
        body=text("""
Dear Receivables team,

I'm writing to ask for some breathing space on GS-H-22650. One of our retail clients, Pennant Stores, went into administration on 5 March owing us a little over £60,000, which has left a serious hole in our cash flow this quarter.

We are not disputing your invoice and we fully intend to pay it. What we need is an extra 60 days. If that isn't possible, we could pay it in three monthly instalments from the end of April. I'd be grateful if someone could call me to agree which works for you.

Kind regards,

Helen Bracewell
Finance Director
Bracewell Shopfitting Ltd
"""),
        facts=Facts(
            refs=("GS-H-22650",),
            note="shopfitter asks for more time or instalments; says it does not dispute",
        ),
    ),
    Reply(
        key="pl-en-full-and-final",
        intent="payment_plan",
        lang="en",
        sender=Person(name="Nigel Chadwick", addr="nigel.chadwick@homemail.example"),
        when="2027-03-13 11:20 +0000",
        client="apple",
        bill=hire("GS-H-22480", 192000),
        body=text("""
Hello,

I have had a look at this and frankly the hire ran on far longer than I was told it would, because my builder walked off the job in January and the scaffold sat there doing nothing for five weeks. That isn't your fault, I accept, but I am a pensioner and £1,920 is a great deal of money to me.

Would you accept £1,400 in full and final settlement? I could pay that this month.

Yours faithfully,
Nigel Chadwick
"""),
        facts=Facts(
            note="homeowner offers a reduced amount while accepting the charge: payment_plan, not dispute",
        ),
    ),
    Reply(
        key="pl-de-raten",
        intent="payment_plan",
        lang="de",
        sender=Person(name="Uwe Schrader", addr="info@schrader-trockenbau.example"),
        when="2027-02-23 18:10 +0100",
        client="gmail",
        bill=hire("GS-H-30588", 294000),
        body=text("""
Guten Abend,

ich will ehrlich sein: Im Moment kann ich die 2.940 € nicht auf einmal zahlen. Zwei Kunden sind bei mir mit größeren Beträgen im Rückstand, einer davon schon seit Oktober.

Wäre eine Ratenzahlung in drei Monatsraten à 980 € möglich, jeweils zum Monatsende, beginnend Ende März? Ich würde das gern schriftlich mit Ihnen festhalten.

Viele Grüße
Uwe Schrader
Schrader Trockenbau
"""),
        facts=Facts(note="three monthly instalments"),
    ),
    Reply(
        key="pl-de-aufschub",
        intent="payment_plan",
        lang="de",
        sender=Person(name="Katrin Vogel", addr="k.vogel@vogel-malerei.example"),
        when="2027-03-15 08:40 +0100",
        client="outlook",
        charset="windows-1252",
        bill=labour("GS-H-30811", 165000),
        body=text("""
Guten Morgen,

leider ist ein Generalunternehmer, für den wir das Gerüst am Projekt Lessingstraße hatten, in die Insolvenz gegangen. Wir warten auf knapp 40.000 € und wissen nicht, ob und wann davon etwas kommt.

Ich bitte Sie daher um Zahlungsaufschub bis Ende April. Wenn das nicht geht, sagen Sie mir bitte, welche Teilzahlung Sie jetzt erwarten.

Mit freundlichen Grüßen
Katrin Vogel
Vogel Malerei & Fassade GmbH
"""),
        facts=Facts(
            note="asks for a deferral to the end of April: a requested date, not a promised one"
        ),
    ),
    Reply(
        key="pl-fr-trois-fois",
        intent="payment_plan",
        lang="fr",
        sender=Person(name="Émilie Rousseau", addr="e.rousseau@rousseau-platrerie.example"),
        when="2027-02-25 11:40 +0100",
        client="outlook_html",
        bill=hire("GS-H-41155", 360000),
        body=text("""
Bonjour,

Suite à votre relance, je vous confirme que nous ne contestons pas la facture, mais notre trésorerie est très tendue depuis le début de l'année (deux chantiers réceptionnés avec plusieurs mois de retard).

Serait-il possible d'échelonner le règlement en trois mensualités de 1 200 €, la première le 10 mars ? Je peux vous envoyer les trois ordres de virement programmés en justificatif.

Dans l'attente de votre accord,
Émilie Rousseau
Rousseau Plâtrerie
"""),
        facts=Facts(
            note="three monthly instalments; the first instalment date is part of the plan, not a promise"
        ),
    ),
    Reply(
        key="pl-es-mitad",
        intent="payment_plan",
        lang="es",
        sender=Person(name="Diego Navarro", addr="diego@navarroyhermanos.example"),
        when="2027-03-05 17:55 +0100",
        client="samsung",
        bill=damage("GS-H-50288", 98000),
        body="Hola buenas. Os puedo pagar la mitad ahora y la otra mitad a finales de abril? Estamos pasando un mes malo. Si os vale me decís y hago la primera transferencia hoy mismo.\nDiego",
        facts=Facts(
            note="half now and half later, subject to agreement; nothing has been sent yet"
        ),
    ),
    Reply(
        key="pl-es-quita",
        intent="payment_plan",
        lang="es",
        sender=Person(name="Pilar Ortega", addr="p.ortega@ortegareformas.example"),
        when="2027-03-17 10:20 +0100",
        client="owa",
        bill=hire("GS-H-50511", 342000),
        body=text("""
Buenos días:

Os escribo por la factura pendiente. No la discuto, el andamio estuvo montado todo ese tiempo, pero la obra se nos ha complicado muchísimo y el promotor nos ha aplicado una penalización que nos ha dejado sin margen.

¿Habría posibilidad de cerrar la deuda con un pago único de 2.800 €? Si os parece bien, lo pago esta misma semana.

Gracias de antemano,
Pilar Ortega
Ortega Reformas Integrales
"""),
        facts=Facts(
            note="reduced settlement offered; the 'this week' payment depends on acceptance"
        ),
    ),
    Reply(
        key="pl-nl-regeling",
        intent="payment_plan",
        lang="nl",
        sender=Person(name="Mohamed El Amrani", addr="m.elamrani@elamranibouw.example"),
        when="2027-03-02 12:30 +0100",
        client="outlook_android",
        bill=hire("GS-H-60344", 421200),
        body=text("""
Goedemiddag,

Wij willen graag een betalingsregeling treffen voor deze factuur. Voorstel: € 1.000 per maand, eerste termijn op 1 april. Ik kan het maandelijks automatisch laten overmaken.

Laat u weten of dit akkoord is?

Met vriendelijke groet,
Mohamed El Amrani
El Amrani Bouw
"""),
        facts=Facts(note="monthly instalments"),
    ),
    Reply(
        key="pl-nl-particulier",
        intent="payment_plan",
        lang="nl",
        sender=Person(name="Annelies Visser", addr="annelies.visser@kpnmail.example"),
        when="2027-03-06 09:05 +0100",
        client="iphone",
        bill=hire("GS-H-60466", 138000),
        body=text("""
Goedemorgen,

Ik schrok wel van dit bedrag. De aannemer had gezegd dat de steiger maar drie weken zou blijven staan en nu is het zeven weken geworden. Ik begrijp dat jullie daar niets aan kunnen doen, maar ik kan dit niet in één keer betalen. Is het goed als ik het in drie delen betaal, in maart, april en mei?

Groet,
Annelies Visser
"""),
        facts=Facts(
            note="homeowner; complains about the duration but accepts it and asks for three parts"
        ),
    ),
    Reply(
        key="pl-it-rate",
        intent="payment_plan",
        lang="it",
        sender=Person(name="Roberto Gallo", addr="roberto.gallo@galloedilizia.example"),
        when="2027-02-22 17:45 +0100",
        client="gmail",
        bill=labour("GS-H-70102", 460000),
        body=text("""
Buonasera,

in riferimento al vostro sollecito, vi chiedo la disponibilità a rateizzare l'importo in quattro rate mensili da € 1.150, a partire da fine marzo. È un periodo difficile: abbiamo due SAL bloccati dal committente.

Resto in attesa di un vostro riscontro.

Roberto Gallo
Gallo Edilizia
"""),
        facts=Facts(note="four monthly instalments"),
    ),
    Reply(
        key="pl-it-due-tranche",
        intent="payment_plan",
        lang="it",
        sender=Person(name="Valentina Moretti", addr="v.moretti@morettiserramenti.example"),
        when="2027-03-18 15:30 +0100",
        client="outlook_html",
        bill=hire("GS-H-70377", 256000),
        body=text("""
Gentili signori,

vi proponiamo di saldare la fattura in due tranche: € 1.280 il 31 marzo e il restante a 60 giorni, cioè a fine maggio. Se per voi va bene, confermateci via mail e procediamo così.

Cordiali saluti
Valentina Moretti
Ufficio Amministrazione – Moretti Serramenti S.p.A.
"""),
        facts=Facts(
            note="part payment on a date plus the rest later: payment_plan, not promise_to_pay"
        ),
    ),
]

INVOICE_REQUEST: Final[list[Reply]] = [
    Reply(
        key="ir-en-never-had",
        intent="invoice_request",
        lang="en",
        sender=Person(name="Tom Ashworth", addr="tom@ashworthjoinery.example"),
        when="2027-02-23 08:05 +0000",
        client="gmail_inline",
        bill=hire("GS-H-21711", 74500),
        body=text("""
[[attr]]

[[2]]

We've never had this invoice - nothing in the accounts inbox and nothing in the post.

[[3]]

Nothing wrong with it that I know of, I just can't pay what I haven't got. Can you resend it (PDF please) and I'll get it on the system.

Tom
"""),
        facts=Facts(
            note="inline reply between quoted paragraphs; never received, resend; not contested"
        ),
    ),
    Reply(
        key="ir-en-procore-utr",
        intent="invoice_request",
        lang="en",
        sender=Person(name="Aisha Rahman", addr="aisha.rahman@stanbridgecontractors.example"),
        when="2027-03-11 10:20 +0000",
        client="outlook",
        bill=labour("GS-H-22388", 624000),
        body=text("""
Hi,

We can't pay GS-H-22388 as it stands. All subcontractor and supplier invoices now have to be submitted through Procore against the commitment, otherwise they never reach the payment run. Yours came in by email only and without our commitment number.

Could you please:
1. upload the invoice in Procore against commitment SC-0419-07 (the invitation should be in your inbox from 1 February), and
2. confirm your UTR so we can verify your CIS status with HMRC before the run.

Once it's in and approved it will go in the next fortnightly run.

Thanks,
Aisha Rahman
Commercial Administrator
Stanbridge Contractors Ltd
"""),
        facts=Facts(
            refs=("GS-H-22388",),
            note="needs a Procore submission and the UTR before paying; 'the next fortnightly run' is conditional, not a promise",
        ),
    ),
    Reply(
        key="ir-en-which-job",
        intent="invoice_request",
        lang="en",
        sender=Person(name="Owen Pritchard", addr="owen@pritchardbuilders.example"),
        when="2027-03-12 12:48 +0000",
        client="iphone",
        bill=hire("GS-H-22520", 208000),
        body="Which job is this for? We've got three of your scaffolds up at the moment (Tanners Yard, the school and Mill Lane) and the invoice doesn't say. Send me the site address and the hire sheet and I'll sort it.",
        facts=Facts(
            note="asks which site and for the hire sheet: the collector answers with documents"
        ),
    ),
    Reply(
        key="ir-de-bestellnummer",
        intent="invoice_request",
        lang="de",
        sender=Person(name="Melanie Jung", addr="rechnungspruefung@jung-hochbau.example"),
        when="2027-03-10 13:15 +0100",
        client="outlook_html",
        bill=hire("GS-H-30955", 372480),
        body=text("""
Sehr geehrte Damen und Herren,

Ihre Rechnung GS-H-30955 enthält keine Bestellnummer. Ohne Bestellnummer kann unser Rechnungseingang die Rechnung nicht zuordnen, sie wurde deshalb automatisch zurückgewiesen.

Bitte senden Sie uns die Rechnung mit der Bestellnummer 4500-2027-0093 erneut an diese Adresse. Am Betrag selbst gibt es nichts auszusetzen.

Mit freundlichen Grüßen
Melanie Jung
Rechnungsprüfung
Jung Hochbau AG
"""),
        facts=Facts(
            refs=("GS-H-30955",),
            note="rejected by their invoice intake for lack of an order number; wants it resent with one, the amount is accepted; same address, so not wrong_contact",
        ),
    ),
    Reply(
        key="ir-fr-releve",
        intent="invoice_request",
        lang="fr",
        sender=Person(name="Patrick Lemoine", addr="comptabilite@lemoine-btp.example"),
        when="2027-02-22 14:40 +0100",
        client="thunderbird",
        cte="8bit",
        bill=hire("GS-H-41102", 198000),
        body=text("""
Bonjour,

Pourriez-vous nous faire parvenir un relevé de compte complet depuis octobre ? Nous avons plusieurs factures Greywell en cours et je n'arrive pas à rapprocher vos relances de notre grand livre.

Merci d'avance,
Patrick Lemoine
Comptabilité – Lemoine BTP
"""),
        facts=Facts(note="statement of account; UTF-8 format=flowed"),
    ),
    Reply(
        key="ir-fr-rib",
        intent="invoice_request",
        lang="fr",
        sender=Person(name="Amandine Roy", addr="amandine.roy@atelier-roy.example"),
        when="2027-03-16 09:30 +0100",
        client="gmail",
        bill=labour("GS-H-41466", 274000),
        body=text("""
Bonjour,

Nous sommes prêts à régler, mais nous n'avons pas vos coordonnées bancaires : elles ne figurent ni sur la facture ni sur le bon de commande. Pouvez-vous nous envoyer votre RIB sur papier à en-tête ? Pour des raisons de sécurité, notre comptable ne crée aucun nouveau fournisseur sans ce document.

Bien à vous,
Amandine Roy
Atelier Roy Agencement
"""),
        facts=Facts(note="shopfitter ready to pay but needs the bank details document first"),
    ),
    Reply(
        key="ir-es-no-llego",
        intent="invoice_request",
        lang="es",
        sender=Person(name="Raúl Serrano", addr="rserrano@serranoconstrucciones.example"),
        when="2027-02-25 10:10 +0100",
        client="samsung",
        bill=hire("GS-H-50233", 154000),
        body="Buenos días, esta factura no nos ha llegado nunca. Me la podéis reenviar? Gracias",
        facts=Facts(note="one line; never received"),
    ),
    Reply(
        key="ir-es-certificado-hacienda",
        intent="invoice_request",
        lang="es",
        sender=Person(name="Nuria Vidal", addr="nuria.vidal@vidalpromociones.example"),
        when="2027-03-08 11:25 +0100",
        client="outlook_html",
        bill=labour("GS-H-50402", 586000),
        body=text("""
Buenos días:

Para poder pagar la factura GS-H-50402 necesitamos que nos enviéis el certificado de estar al corriente de obligaciones tributarias para contratistas y subcontratistas (art. 43.1.f LGT). El que tenemos en el expediente caducó en enero y, sin uno vigente, nuestro departamento financiero no libera pagos a subcontratas.

En cuanto lo recibamos, la factura entra en la siguiente remesa.

Un saludo,
Nuria Vidal
Administración – Vidal Promociones Inmobiliarias
"""),
        facts=Facts(
            refs=("GS-H-50402",),
            note="needs a tax certificate before paying; 'la siguiente remesa' is conditional, not a promise",
        ),
    ),
    Reply(
        key="ir-nl-g-rekening",
        intent="invoice_request",
        lang="nl",
        sender=Person(name="Sander Mulder", addr="crediteuren@mulderbouwgroep.example"),
        when="2027-03-03 09:55 +0100",
        client="outlook",
        bill=labour("GS-H-60301", 653400),
        body=text("""
Goedemorgen,

Omdat het hier om op- en afbouw gaat, valt deze factuur onder de ketenaansprakelijkheid. Wij betalen zulke facturen alleen met een deel naar jullie G-rekening, maar op deze factuur staan geen G-rekeningnummer en geen loonkostenbestanddeel.

Willen jullie een aangepaste factuur sturen met het loonkostenbestanddeel en het G-rekeningnummer erop? Daarna nemen we hem mee in de betaalrun.

Met vriendelijke groet,
Sander Mulder
Crediteurenadministratie
Mulder Bouwgroep B.V.
"""),
        facts=Facts(
            note="reissue with the G-account and labour component (chain liability); not contested"
        ),
    ),
    Reply(
        key="ir-nl-pdf-leeg",
        intent="invoice_request",
        lang="nl",
        sender=Person(name="Lotte Jansen", addr="lotte@jansenschilderwerken.example"),
        when="2027-03-19 13:35 +0100",
        client="apple",
        bill=hire("GS-H-60590", 121500),
        body=text("""
Hoi,

De pdf van de factuur die jullie in januari stuurden kan ik niet openen, ik krijg alleen een leeg bestand. Kunnen jullie hem nog een keer sturen? Dan betaal ik hem meteen.

Groetjes,
Lotte Jansen
"""),
        facts=Facts(note="'then I'll pay at once' is conditional on receiving the invoice"),
    ),
    Reply(
        key="ir-it-sdi",
        intent="invoice_request",
        lang="it",
        sender=Person(name="Paolo Conti", addr="amministrazione@contiscavi.example"),
        when="2027-02-23 10:50 +0100",
        client="outlook_classic",
        charset="windows-1252",
        bill=hire("GS-H-70066", 221000),
        body=text("""
Buongiorno,

la fattura GS-H-70066 non ci risulta pervenuta tramite Sistema di Interscambio: nel nostro cassetto fiscale non c'è. Vi chiediamo di riemetterla in formato elettronico con il nostro codice destinatario M5UXCR1, altrimenti non possiamo né registrarla né pagarla.

Grazie,
Paolo Conti
Conti Scavi e Demolizioni S.r.l.
"""),
        facts=Facts(refs=("GS-H-70066",), note="e-invoice never received through SDI; reissue"),
    ),
    Reply(
        key="ir-it-gia-pagata-estratto",
        intent="invoice_request",
        lang="it",
        sender=Person(name="Silvia Greco", addr="silvia.greco@grecocostruzioni.example"),
        when="2027-03-15 15:50 +0100",
        client="gmail",
        bill=hire("GS-H-70299", 156000),
        body=text("""
Buonasera,

ma questa non l'avevamo già pagata a febbraio? Mi sembra di ricordare un bonifico di un importo simile. Per favore mandatemi l'estratto conto aggiornato, così controllo con la banca.

Grazie
Silvia Greco
"""),
        facts=Facts(
            note="a question about an earlier payment plus a statement request: invoice_request; no payment is claimed"
        ),
    ),
]

WRONG_CONTACT: Final[list[Reply]] = [
    Reply(
        key="wc-en-site-manager",
        intent="wrong_contact",
        lang="en",
        sender=Person(name="Gary Dunn", addr="gary.dunn@foxleyhomes.example"),
        when="2027-02-24 07:40 +0000",
        client="iphone",
        bill=hire("GS-H-21833", 205000),
        body="I'm the site manager, I don't deal with invoices. Send it to purchase.ledger@foxleyhomes.example and they'll sort it.\nGary",
        facts=Facts(new_contact="purchase.ledger@foxleyhomes.example"),
    ),
    Reply(
        key="wc-en-not-monitored",
        intent="wrong_contact",
        lang="en",
        sender=Person(name="Accounts", addr="accounts@bramleyroofing.example"),
        when="2027-03-08 09:03 +0000",
        client="notice",
        subject="Automatic reply: {orig}",
        headers=(AUTO_REPLIED, SUPPRESS),
        bill=hire("GS-H-22355", 88000),
        body=text("""
Thank you for your email. Please note that this mailbox is no longer monitored.

Bramley Roofing's accounts are now handled by our new finance team. Please resend invoices, statements and remittances to finance@bramleygroup.example so that they are picked up.

This is an automated message.
"""),
        facts=Facts(
            new_contact="finance@bramleygroup.example",
            note="automatic notice that the mailbox is dead, with the address to use instead: wrong_contact rather than auto_reply",
        ),
    ),
    Reply(
        key="wc-en-lookalike-redirect",
        intent="wrong_contact",
        lang="en",
        sender=Person(name="Accounts Department", addr="accounts@harlowgreen-build.example"),
        reminder_to=Person(name="", addr="accounts@harlowgreenbuild.example"),
        when="2027-03-16 06:12 +0000",
        client="owa",
        bill=labour("GS-H-22590", 412000),
        body=text("""
Good day,

Kindly be informed that our company is undergoing an internal audit and our accounts email is changing with immediate effect. Please send all invoices, statements and account correspondence to our new accounts mailbox harlowgreen.accounts@gmail.com and do not copy the old address as it will be closed shortly.

Also kindly send us a full statement of all outstanding invoices with copies so we can clear them this week.

Regards,
Accounts Department
Harlow Green Build Ltd
"""),
        facts=Facts(
            new_contact="harlowgreen.accounts@gmail.com",
            note="phishing-like: look-alike sender domain asks to redirect mail to a free-mail address; labelled by what it asks (wrong_contact, address as written) - a person must verify it before use",
        ),
    ),
    Reply(
        key="wc-de-ausgeschieden",
        intent="wrong_contact",
        lang="de",
        sender=Person(name="Stefan Maier", addr="s.maier@gerhardt-bau.example"),
        when="2027-03-02 19:20 +0100",
        client="gmail",
        bill=hire("GS-H-30690", 163000),
        body=text("""
Hallo,

ich bin seit Ende Januar nicht mehr bei Gerhardt Bau und schaue in dieses Postfach nur noch ab und zu, bis es abgeschaltet wird. Für Rechnungen ist jetzt Frau Yilmaz zuständig: n.yilmaz@gerhardt-bau.example.

Viele Grüße
Stefan Maier
"""),
        facts=Facts(new_contact="n.yilmaz@gerhardt-bau.example"),
    ),
    Reply(
        key="wc-de-eingangsrechnungen",
        intent="wrong_contact",
        lang="de",
        sender=Person(
            name="Rechnungseingang Kessler", addr="buchhaltung@kessler-gebaeudetechnik.example"
        ),
        when="2027-03-03 09:01 +0100",
        client="notice",
        subject="Ihre Nachricht: {orig}",
        bill=labour("GS-H-30790", 284000),
        body=text("""
Guten Tag,

diese Adresse wird seit dem 1. März 2027 nicht mehr für Rechnungen und Mahnungen genutzt und nicht mehr gelesen.

Bitte senden Sie Rechnungen, Gutschriften und Zahlungserinnerungen ab sofort ausschließlich als PDF oder XRechnung an: eingangsrechnungen@kessler-gebaeudetechnik.example

Vielen Dank
Kessler Gebäudetechnik GmbH
- automatisch erzeugte Nachricht -
"""),
        facts=Facts(
            new_contact="eingangsrechnungen@kessler-gebaeudetechnik.example",
            note="automatic notice without Auto-Submitted: the mailbox is no longer read and a new address is given",
        ),
    ),
    Reply(
        key="wc-fr-cabinet",
        intent="wrong_contact",
        lang="fr",
        sender=Person(name="Bruno Fabre", addr="bruno.fabre@fabre-charpente.example"),
        when="2027-03-04 12:15 +0100",
        client="iphone",
        bill=hire("GS-H-41211", 117600),
        body="Bonjour, ce n'est pas moi qui gère les paiements, c'est notre cabinet comptable. Écrivez à Mme Aubert : s.aubert@cabinet-aubert-expertise.example, elle a tous nos dossiers. Bonne journée",
        facts=Facts(new_contact="s.aubert@cabinet-aubert-expertise.example"),
    ),
    Reply(
        key="wc-fr-fleuriste",
        intent="wrong_contact",
        lang="fr",
        sender=Person(name="Hélène Marchand", addr="h.marchand@lavande-pivoine.example"),
        when="2027-03-09 17:25 +0100",
        client="gmail",
        bill=hire("GS-H-41402", 86400),
        body=text("""
Bonjour,

Je pense que vous vous êtes trompés d'adresse. Je tiens une boutique de fleurs à Aix et je n'ai jamais loué d'échafaudage de ma vie. Et ce numéro de facture ne me dit rien non plus.

Cordialement,
Hélène Marchand
Lavande & Pivoine
"""),
        facts=Facts(note="not the customer at all, no new address: wrong_contact, not dispute"),
    ),
    Reply(
        key="wc-es-gestoria",
        intent="wrong_contact",
        lang="es",
        sender=Person(name="Antonio Ruiz", addr="antonio@ruizcubiertas.example"),
        when="2027-02-26 09:40 +0100",
        client="gmail",
        bill=damage("GS-H-50150", 43500),
        body=text("""
Hola,

Todo lo de facturas y pagos lo lleva nuestra gestoría. Escribidles a ellos, por favor: administracion@gestoriamontes.example (preguntad por Carmen). Esta ya se la reenvío yo, pero para la próxima mejor directamente.

Gracias,
Antonio Ruiz
Ruiz Cubiertas
"""),
        facts=Facts(new_contact="administracion@gestoriamontes.example"),
    ),
    Reply(
        key="wc-es-mayusculas-cc",
        intent="wrong_contact",
        lang="es",
        sender=Person(name="Elena Cortés", addr="ecortes@grupoalcazar.example"),
        cc=Person(name="Pagos Proveedores", addr="Pagos.Proveedores@GrupoAlcazar.example"),
        when="2027-03-17 12:00 +0100",
        client="outlook_html_only",
        bill=hire("GS-H-50480", 264000),
        body=text("""
Buenos días:

Yo soy jefa de obra y no tramito pagos. Os pongo en copia a Pagos.Proveedores@GrupoAlcazar.example, que es el buzón de cuentas a pagar; dirigid allí las reclamaciones a partir de ahora.

Saludos,
Elena Cortés
Jefa de Obra – Grupo Alcázar Construcción
"""),
        facts=Facts(
            new_contact="pagos.proveedores@grupoalcazar.example",
            note="site manager points to the AP mailbox, typed with capitals and put in Cc; the label lower-cases it; HTML-only",
        ),
    ),
    Reply(
        key="wc-nl-uitvoerder",
        intent="wrong_contact",
        lang="nl",
        sender=Person(name="Jeroen Bakker", addr="j.bakker@bakkerbouwbedrijf.example"),
        when="2027-03-01 06:55 +0100",
        client="samsung",
        bill=hire("GS-H-60322", 198500),
        body="Ik ben uitvoerder, hier doe ik niks mee. Facturen naar crediteuren@bakkerbouwbedrijf.example aub.\nJeroen",
        facts=Facts(new_contact="crediteuren@bakkerbouwbedrijf.example"),
    ),
    Reply(
        key="wc-nl-werkmaatschappij",
        intent="wrong_contact",
        lang="nl",
        sender=Person(name="Marloes van Dijk", addr="marloes@vandijkdakwerken.example"),
        when="2027-03-18 11:10 +0100",
        client="outlook",
        bill=labour("GS-H-60555", 176000),
        body=text("""
Goedemiddag,

Deze factuur is gericht aan Van Dijk Dakwerken Holding B.V., maar de opdracht voor de steiger aan de Kerkweg is gegeven door onze werkmaatschappij Van Dijk Dakwerken Zuid B.V. Die heeft een eigen administratie: administratie@vandijk-zuid.example.

Willen jullie de herinnering daarheen sturen? Vanuit de holding kunnen we deze factuur niet betalen.

Met vriendelijke groet,
Marloes van Dijk
"""),
        facts=Facts(
            new_contact="administratie@vandijk-zuid.example",
            note="the other company in the group, with its address; the charge itself is not contested",
        ),
    ),
    Reply(
        key="wc-it-referente",
        intent="wrong_contact",
        lang="it",
        sender=Person(name="Luca Ferri", addr="l.ferri@ferri-coperture.example"),
        when="2027-03-16 08:25 +0100",
        client="outlook_android",
        bill=hire("GS-H-70355", 99000),
        body="Buongiorno, non sono più io il referente per la contabilità fornitori. Scrivete a contabilita@ferri-coperture.example, grazie.\nLuca Ferri",
        facts=Facts(new_contact="contabilita@ferri-coperture.example"),
    ),
]

UNSUBSCRIBE: Final[list[Reply]] = [
    Reply(
        key="us-en-post-only",
        intent="unsubscribe",
        lang="en",
        sender=Person(name="Margaret Holt", addr="margaret.holt@holtlettings.example"),
        when="2027-02-23 15:05 +0000",
        client="outlook",
        bill=hire("GS-H-21790", 112000),
        body=text("""
Please remove this email address from your system. I do not deal with business correspondence by email and I will not be reading any further messages sent to it. Anything you need to send me should go by post to the address on the invoice.

M. Holt
"""),
        facts=Facts(note="'post only': unsubscribe"),
    ),
    Reply(
        key="us-en-paid-stop-caps",
        intent="unsubscribe",
        lang="en",
        sender=Person(name="Steve Barlow", addr="steve@barlowgroundworks.example"),
        when="2027-03-10 12:12 +0000",
        client="iphone",
        bill=hire("GS-H-22455", 153000),
        body="This was paid on the 1st. I've told your office twice now. STOP SENDING ME THESE EMAILS.",
        facts=Facts(
            note="says it was paid and demands the e-mails stop: unsubscribe outranks payment_sent, so no paid_date is filled in",
        ),
    ),
    Reply(
        key="us-en-solicitors",
        intent="unsubscribe",
        lang="en",
        sender=Person(name="Daniel Frost", addr="dfrost@frostdevelopments.example"),
        when="2027-03-19 10:40 +0000",
        client="outlook_html",
        bill=labour("GS-H-22702", 685000),
        body=text("""
Dear Sirs,

This matter is now in the hands of our solicitors, Crane Pettit LLP, in connection with the defective scaffold at Priory Wharf and the resulting delay to our programme. Please direct all further correspondence about this account to them in writing. We will not respond to further emails or reminders from your office.

Yours faithfully,

Daniel Frost
Director
Frost Developments Ltd
"""),
        facts=Facts(
            note="'through our solicitors' with a dispute in the background: unsubscribe beats dispute; no e-mail address given"
        ),
    ),
    Reply(
        key="us-de-nur-post",
        intent="unsubscribe",
        lang="de",
        sender=Person(name="Herbert Kunz", addr="herbert.kunz@t-online-mail.example"),
        when="2027-02-27 10:30 +0100",
        client="thunderbird",
        charset="iso-8859-1",
        cte="8bit",
        bill=hire("GS-H-30601", 89600),
        body=text("""
Sehr geehrte Damen und Herren,

ich wünsche keine weiteren E-Mails von Ihnen. Schriftliche Mitteilungen bitte ausschließlich per Post an meine Anschrift. Diese E-Mail-Adresse nutze ich für geschäftliche Dinge nicht.

Herbert Kunz
"""),
        facts=Facts(note="homeowner, post only"),
    ),
    Reply(
        key="us-de-anwalt",
        intent="unsubscribe",
        lang="de",
        sender=Person(name="Frank Reuter", addr="f.reuter@reuter-bau.example"),
        when="2027-03-11 14:50 +0100",
        client="outlook_html",
        bill=damage("GS-H-30866", 210400),
        body=text("""
Sehr geehrte Damen und Herren,

in dieser Angelegenheit haben wir die Kanzlei Brandt & Partner mandatiert. Bitte wenden Sie sich künftig ausschließlich an unsere Anwälte und sehen Sie von weiteren Zahlungserinnerungen an uns ab.

Mit freundlichen Grüßen
Frank Reuter
Geschäftsführer
Reuter Bau GmbH & Co. KG
"""),
        facts=Facts(note="only through the lawyers, no address: unsubscribe"),
    ),
    Reply(
        key="us-fr-recommande",
        intent="unsubscribe",
        lang="fr",
        sender=Person(name="Gilles Bertrand", addr="gilles.bertrand@bertrand-immo.example"),
        when="2027-03-08 20:10 +0100",
        client="gmail",
        bill=hire("GS-H-41344", 224000),
        body=text("""
Madame, Monsieur,

Je vous demande de cesser de m'écrire à cette adresse. Je suis gérant d'une SCI, pas entrepreneur, et je ne souhaite plus recevoir vos relances par courriel. Toute correspondance devra m'être adressée par lettre recommandée.

Gilles Bertrand
"""),
        facts=Facts(note="stop e-mailing, registered post only"),
    ),
    Reply(
        key="us-fr-stop",
        intent="unsubscribe",
        lang="fr",
        sender=Person(name="", addr="contact@lefevre-peinture.example"),
        when="2027-03-12 07:30 +0100",
        client="iphone",
        bill=hire("GS-H-41455", 67200),
        body="STOP",
        facts=Facts(note="one word"),
    ),
    Reply(
        key="us-es-abogado",
        intent="unsubscribe",
        lang="es",
        sender=Person(name="Javier Molina", addr="jmolina@molinaobras.example"),
        when="2027-02-24 13:35 +0100",
        client="outlook",
        charset="windows-1252",
        bill=damage("GS-H-50177", 131000),
        body=text("""
Dejen de enviarme correos. Este asunto ya lo lleva nuestro abogado y cualquier comunicación tendrá que ir a través de su despacho.

Javier Molina
"""),
        facts=Facts(note="stop plus 'through our lawyer': unsubscribe"),
    ),
    Reply(
        key="us-es-disputa-y-basta",
        intent="unsubscribe",
        lang="es",
        sender=Person(name="Carmen Delgado", addr="carmen.delgado@delgadointeriores.example"),
        when="2027-03-18 18:45 +0100",
        client="gmail",
        bill=hire("GS-H-50533", 187000),
        body=text("""
Es la tercera vez que os lo digo: el andamio estuvo dos semanas más porque vuestros operarios no vinieron a desmontarlo cuando se les avisó. No pienso pagar esas dos semanas. Y no me mandéis más correos automáticos; si queréis algo, llamad por teléfono.

Carmen Delgado
Delgado Interiores
"""),
        facts=Facts(note="dispute plus a stop request: unsubscribe beats dispute"),
    ),
    Reply(
        key="us-nl-afmelden",
        intent="unsubscribe",
        lang="nl",
        sender=Person(name="De Koning Klusbedrijf", addr="info@dekoningklusbedrijf.example"),
        when="2027-03-16 21:00 +0100",
        client="outlook_ios",
        bill=hire("GS-H-60577", 54000),
        body="Afmelden.",
        facts=Facts(note="one word"),
    ),
    Reply(
        key="us-it-raccomandata",
        intent="unsubscribe",
        lang="it",
        sender=Person(name="Giuseppe Marino", addr="giuseppe.marino@libero-mail.example"),
        when="2027-02-26 11:05 +0100",
        client="outlook_classic",
        bill=hire("GS-H-70188", 76000),
        body=text("""
Vi prego di non inviarmi più e-mail a questo indirizzo. Eventuali comunicazioni dovranno pervenirmi esclusivamente per raccomandata A/R.

Giuseppe Marino
"""),
        facts=Facts(note="registered post only"),
    ),
    Reply(
        key="us-it-basta",
        intent="unsubscribe",
        lang="it",
        sender=Person(name="Fabio Romano", addr="fabio@romanotinteggiature.example"),
        when="2027-03-15 13:20 +0100",
        client="iphone",
        bill=hire("GS-H-70340", 84000),
        body="Cancellatemi dalla vostra lista, e la quarta mail in due settimane. Basta!!",
        facts=Facts(note="irritated; 'e' typed for 'è'"),
    ),
]

AUTO_REPLY: Final[list[Reply]] = [
    Reply(
        key="ar-en-leave",
        intent="auto_reply",
        lang="en",
        sender=Person(name="Joanne Pearce", addr="joanne.pearce@calderhomes.example"),
        when="2027-03-04 09:05 +0000",
        client="notice_alt",
        subject="Automatic reply: {orig}",
        headers=(AUTO_GENERATED, SUPPRESS),
        bill=hire("GS-H-22266", 233000),
        body=text("""
Hello,

I am on annual leave and will be back in the office on Monday 8 March. I will not be checking email while I am away.

For anything urgent about invoices or payments, please ring the accounts office on 01274 000512.

Joanne Pearce
Accounts Assistant, Calder Homes
"""),
        facts=Facts(return_date="2027-03-08"),
    ),
    Reply(
        key="ar-en-ticket",
        intent="auto_reply",
        lang="en",
        sender=Person(
            name="Wexford Construction Supplier Helpdesk",
            addr="supplierhelp@wexfordconstruction.example",
        ),
        when="2027-02-23 09:02 +0000",
        client="notice_html",
        subject="[Ticket #48812] {orig}",
        headers=(AUTO_REPLIED, ("X-Mailer", "Helpdesk Mailer")),
        bill=hire("GS-H-21720", 318000),
        body=text("""
Hello,

Thank you for contacting Wexford Construction Accounts Payable. This is an automated acknowledgement to let you know that we have received your email and logged it as ticket #48812.

We aim to respond to supplier queries within 3 working days. Please keep the ticket number in the subject line of any follow-up so that it is added to the same case.

Wexford Construction - Supplier Helpdesk
"""),
        facts=Facts(note="ticket acknowledgement, HTML-only, no return date"),
    ),
    Reply(
        key="ar-en-vacation-skiing",
        intent="auto_reply",
        lang="en",
        sender=Person(name="Rob Kettle", addr="robkettle.plastering@gmail.com"),
        when="2027-03-03 09:04 +0000",
        client="notice",
        subject="Away until Fri 12th",
        headers=(AUTO_REPLIED,),
        bill=hire("GS-H-22150", 51500),
        body=text("""
Hi, I'm away skiing until Friday 12th with no signal on the mountain. Back on the tools Monday 15th.

If it's about a job, text me and I'll get back to you when I'm home.

Rob
"""),
        facts=Facts(
            return_date="2027-03-15",
            note="Gmail vacation responder; the stated day back wins over 'until Friday 12th'",
        ),
    ),
    Reply(
        key="ar-de-kw11",
        intent="auto_reply",
        lang="de",
        sender=Person(name="Andrea Schulz", addr="a.schulz@schulz-holzbau.example"),
        when="2027-03-08 09:06 +0100",
        client="notice",
        subject="Automatische Antwort: {orig}",
        headers=(AUTO_GENERATED, SUPPRESS),
        bill=hire("GS-H-30733", 142000),
        body=text("""
Vielen Dank für Ihre Nachricht.

Ich bin diese Woche nicht im Büro und ab KW 11 wieder erreichbar. Ihre E-Mail wird nicht weitergeleitet. Bei dringenden Anliegen erreichen Sie unsere Zentrale unter 0221 0008810.

Mit freundlichen Grüßen
Andrea Schulz
"""),
        facts=Facts(return_date="2027-03-15", note="'ab KW 11' is Monday 15 Mar"),
    ),
    Reply(
        key="ar-de-notes",
        intent="auto_reply",
        lang="de",
        sender=Person(name="Lars Petersen", addr="l.petersen@nordbau-kiel.example"),
        when="2027-03-02 09:07 +0100",
        client="notice",
        charset="iso-8859-1",
        subject="Abwesenheitsnotiz: {orig}",
        headers=(("X-Mailer", "HCL Notes Release 12.0.2"),),
        bill=labour("GS-H-30760", 318000),
        body=text("""
Ich werde ab  01.03.2027 nicht im Büro sein. Ich kehre zurück am  12.03.2027.

Ich werde Ihre Nachricht nach meiner Rückkehr beantworten. Dringende Buchhaltungsfragen richten Sie bitte an buchhaltung@nordbau-kiel.example.
"""),
        facts=Facts(
            return_date="2027-03-12",
            note="Notes out-of-office without Auto-Submitted; the accounts address it offers is part of an absence notice, so new_contact stays empty",
        ),
    ),
    Reply(
        key="ar-fr-conges",
        intent="auto_reply",
        lang="fr",
        sender=Person(name="Céline Moreau", addr="c.moreau@moreau-batiment.example"),
        when="2027-03-01 09:05 +0100",
        client="notice_alt",
        subject="Réponse automatique : {orig}",
        headers=(AUTO_GENERATED, SUPPRESS),
        bill=hire("GS-H-41260", 265000),
        body=text("""
Bonjour,

Je suis absente jusqu'au vendredi 5 mars inclus, avec un accès limité à ma messagerie. Je traiterai votre message à mon retour le lundi 8 mars.

Pour toute urgence comptable, merci de contacter le standard au 04 00 00 12 34.

Céline Moreau
"""),
        facts=Facts(
            return_date="2027-03-08", note="the stated day back wins over 'jusqu'au … inclus'"
        ),
    ),
    Reply(
        key="ar-fr-accuse",
        intent="auto_reply",
        lang="fr",
        sender=Person(
            name="Logis Atlantique - Comptabilité fournisseurs",
            addr="fournisseurs@logis-atlantique.example",
        ),
        when="2027-02-25 09:03 +0100",
        client="notice",
        subject="Accusé de réception - demande n° FR-2027-004518",
        headers=(AUTO_REPLIED, ("X-Autoreply", "yes")),
        bill=labour("GS-H-41199", 520000),
        body=text("""
Bonjour,

Nous accusons réception de votre message, enregistré sous la référence FR-2027-004518.

Nos équipes traitent les demandes des fournisseurs dans un délai de cinq jours ouvrés. Inutile de nous relancer avant ce délai : chaque nouvel envoi crée une nouvelle demande et retarde le traitement.

Ceci est un message automatique, merci de ne pas y répondre.

Logis Atlantique - Comptabilité fournisseurs
"""),
        facts=Facts(note="housing association's ticket acknowledgement; no return date"),
    ),
    Reply(
        key="ar-es-companera",
        intent="auto_reply",
        lang="es",
        sender=Person(name="Beatriz Romero", addr="bromero@construccionesromero.example"),
        when="2027-03-03 09:10 +0100",
        client="notice",
        subject="Respuesta automática: {orig}",
        headers=(AUTO_GENERATED, SUPPRESS),
        bill=hire("GS-H-50355", 119000),
        body=text("""
Gracias por su mensaje. Estoy fuera de la oficina del 1 al 12 de marzo, sin acceso al correo. Me reincorporo el lunes 15 de marzo.

Para temas de facturación pueden escribir a mi compañera Inés: ines.gallardo@construccionesromero.example.

Un saludo,
Beatriz Romero
Construcciones Romero
"""),
        facts=Facts(
            return_date="2027-03-15",
            note="auto-reply naming a colleague: new_contact stays null",
        ),
    ),
    Reply(
        key="ar-nl-afwezig",
        intent="auto_reply",
        lang="nl",
        sender=Person(name="Wendy Kok", addr="w.kok@woonstichtingdelinde.example"),
        when="2027-02-22 09:05 +0100",
        client="notice",
        subject="Automatisch antwoord: {orig}",
        headers=(AUTO_GENERATED, SUPPRESS),
        bill=labour("GS-H-60250", 455000),
        body=text("""
Beste afzender,

Ik ben tot en met vrijdag 26 februari afwezig. Vanaf maandag 1 maart ben ik weer op kantoor en beantwoord ik uw bericht.

Met vriendelijke groet,
Wendy Kok
Woonstichting De Linde | Financiële administratie
"""),
        facts=Facts(
            return_date="2027-03-01",
            note="housing association; 'vanaf maandag 1 maart' is the day back",
        ),
    ),
    Reply(
        key="ar-nl-melding",
        intent="auto_reply",
        lang="nl",
        sender=Person(name="Stichting Wonen Waterland", addr="facturen@wonenwaterland.example"),
        when="2027-03-03 09:04 +0100",
        client="notice_alt",
        subject="Melding M2703 0117 geregistreerd",
        headers=(AUTO_GENERATED,),
        bill=labour("GS-H-60366", 382000),
        body=text("""
Geachte heer/mevrouw,

Uw e-mail is ontvangen en geregistreerd onder meldingsnummer M2703 0117. Wij streven ernaar uw melding binnen vijf werkdagen af te handelen.

Let op: facturen worden alleen in behandeling genomen als het inkoopordernummer erop vermeld staat.

Met vriendelijke groet,
Stichting Wonen Waterland
Team Crediteuren

Dit is een automatisch gegenereerd bericht.
"""),
        facts=Facts(
            note="ticket acknowledgement; the standing PO rule in it is not an invoice request"
        ),
    ),
    Reply(
        key="ar-it-ferie",
        intent="auto_reply",
        lang="it",
        sender=Person(name="Giulia Ricci", addr="g.ricci@ricci-costruzioni.example"),
        when="2027-02-22 09:05 +0100",
        client="notice",
        subject="Risposta automatica: {orig}",
        headers=(AUTO_GENERATED, SUPPRESS),
        bill=hire("GS-H-70090", 201000),
        body=text("""
Buongiorno,

sarò in ferie dal 22 febbraio al 5 marzo, con accesso limitato alla posta elettronica. Per questioni urgenti potete chiamare l'ufficio al numero 06 0000 4412.

Cordiali saluti
Giulia Ricci
Ricci Costruzioni S.r.l.
"""),
        facts=Facts(
            return_date="2027-03-05",
            note="'dal … al 5 marzo' with no day back: until X gives X itself",
        ),
    ),
    Reply(
        key="ar-it-risponditore",
        intent="auto_reply",
        lang="it",
        sender=Person(name="Edil Sud di Esposito Gennaro", addr="info@edilsudesposito.example"),
        when="2027-03-11 09:02 +0100",
        client="notice",
        subject="Re: {orig}",
        headers=(("X-Autoreply", "yes"), ("Precedence", "auto_reply")),
        bill=hire("GS-H-70260", 68000),
        body=text("""
Gentile Cliente,
grazie per averci contattato. Il nostro ufficio è aperto dal lunedì al venerdì, dalle 8:30 alle 12:30. Risponderemo alla sua e-mail il prima possibile.

Edil Sud di Esposito Gennaro
Napoli
"""),
        facts=Facts(
            note="office-hours autoresponder of a small firm, no Auto-Submitted header, nobody away, so no return_date"
        ),
    ),
]

OTHER: Final[list[Reply]] = [
    Reply(
        key="ot-en-didnt-we-pay",
        intent="other",
        lang="en",
        sender=Person(name="Carl Whitby", addr="carl@whitbyjoinery.example"),
        when="2027-02-25 12:35 +0000",
        client="iphone",
        bill=hire("GS-H-21877", 97500),
        body="didn't we pay this already??",
        facts=Facts(
            note="a question, not a payment claim and not a document request; a person checks the ledger"
        ),
    ),
    Reply(
        key="ot-de-weitergegeben",
        intent="other",
        lang="de",
        sender=Person(name="Nicole Braun", addr="buero@braun-dachdeckerei.example"),
        when="2027-02-24 10:12 +0100",
        client="outlook",
        charset="iso-8859-1",
        bill=hire("GS-H-30560", 128000),
        body=text("""
Hallo,

danke für die Info, ich habe die Erinnerung an Herrn Braun weitergegeben. Er ist diese Woche auf Montage und meldet sich, sobald er zurück ist.

Viele Grüße
Nicole Braun
Büro - Braun Dachdeckerei
"""),
        facts=Facts(
            note="acknowledgement; 'meldet sich' is no commitment to pay and the writer is no auto-reply"
        ),
    ),
    Reply(
        key="ot-de-abbau",
        intent="other",
        lang="de",
        sender=Person(name="Markus Pohl", addr="m.pohl@pohl-sanierung.example"),
        when="2027-03-16 16:45 +0100",
        client="gmail",
        bill=hire("GS-H-30899", 174000),
        body=text("""
Hallo,

kurze Frage, die mit der Rechnung nichts zu tun hat: Wann wird das Gerüst in der Bahnhofstraße 7 abgebaut? Wir haben den Abbau vor zehn Tagen bei Ihrer Disposition angemeldet und seitdem nichts mehr gehört. Die Anwohner beschweren sich schon über den gesperrten Gehweg.

Bitte um kurze Rückmeldung.

Markus Pohl
"""),
        facts=Facts(note="operational question (dismantling date); does not contest the invoice"),
    ),
    Reply(
        key="ot-fr-rappel",
        intent="other",
        lang="fr",
        sender=Person(name="Yannick Le Gall", addr="yannick.legall@legall-couverture.example"),
        when="2027-03-01 07:50 +0100",
        client="samsung",
        bill=hire("GS-H-41240", 158000),
        body="Bonjour, pouvez-vous m'appeler au 06 00 00 48 21 ? Je préfère en parler de vive voix, c'est plus simple qu'un mail. Je suis joignable avant 9h ou après 17h.\nY. Le Gall",
        facts=Facts(note="call-back request"),
    ),
    Reply(
        key="ot-fr-liquidation",
        intent="other",
        lang="fr",
        sender=Person(name="Philippe Girard", addr="p.girard@girard-renovation.example"),
        when="2027-03-18 10:30 +0100",
        client="outlook_classic",
        bill=hire("GS-H-41480", 296000),
        body=text("""
Madame, Monsieur,

Je vous informe que la société Girard Rénovation a été placée en liquidation judiciaire par jugement du tribunal de commerce de Nantes du 10 mars 2027. Je ne suis plus en mesure de procéder au moindre règlement.

Il vous appartient de déclarer votre créance auprès du liquidateur désigné, Maître Hervé Lucas, dans le délai légal.

Philippe Girard
Ancien gérant
"""),
        facts=Facts(
            note="insolvency notice; the liquidator is named without an address, so not wrong_contact; a person must file the claim"
        ),
    ),
    Reply(
        key="ot-es-recibido",
        intent="other",
        lang="es",
        sender=Person(name="Sergio Pastor", addr="spastor@pastorconstrucciones.example"),
        when="2027-03-15 08:22 +0100",
        client="iphone",
        bill=hire("GS-H-50490", 103000),
        body="Ok, recibido 👍",
        facts=Facts(note="acknowledgement; not a payment claim"),
    ),
    Reply(
        key="ot-es-presupuesto",
        intent="other",
        lang="es",
        sender=Person(name="Irene Campos", addr="icampos@camposrehabilitacion.example"),
        when="2027-03-02 11:30 +0100",
        client="gmail",
        bill=hire("GS-H-50266", 211000),
        body=text("""
Hola:

Aprovecho el hilo para pediros presupuesto para una obra nueva: rehabilitación de fachada en la calle Colón 14, seis plantas, unos 420 m² de andamio tubular durante unos tres meses, con montaje a partir de mediados de abril. ¿Me lo podéis mandar esta semana?

Lo de la factura lo mira mi socio, que es quien lleva los pagos.

Gracias,
Irene Campos
"""),
        facts=Facts(
            note="quote request in the reminder thread; 'my partner handles it' gives no address and commits to nothing"
        ),
    ),
    Reply(
        key="ot-es-legitimo",
        intent="other",
        lang="es",
        sender=Person(name="Alberto Núñez", addr="anunez@nunezhermanos.example"),
        when="2027-03-10 16:05 +0100",
        client="outlook_html_only",
        bill=labour("GS-H-50420", 348000),
        body=text("""
Buenas tardes:

Antes de nada, ¿este correo es legítimo? Últimamente nos llegan muchos correos falsos de supuestos proveedores con facturas y cambios de cuenta bancaria. ¿Podéis llamarme al 600 000 318 para confirmarlo?

Un saludo,
Alberto Núñez
Núñez Hermanos Construcciones
"""),
        facts=Facts(note="doubts the sender and asks for a call; HTML-only"),
    ),
    Reply(
        key="ot-nl-ok",
        intent="other",
        lang="nl",
        sender=Person(name="Dirk Postma", addr="dirk@postmastukadoors.example"),
        when="2027-02-25 17:02 +0100",
        client="iphone",
        bill=hire("GS-H-60290", 78000),
        body="Ok",
        facts=Facts(note="bare acknowledgement; not a payment claim"),
    ),
    Reply(
        key="ot-nl-verplaatsen",
        intent="other",
        lang="nl",
        sender=Person(name="Niels de Vries", addr="n.devries@devriesbouw.example"),
        when="2027-03-08 13:40 +0100",
        client="outlook_html",
        bill=hire("GS-H-60430", 245000),
        body=text("""
Hallo,

Los van de factuur: kunnen jullie de steiger aan de voorgevel in Zwolle volgende week verplaatsen naar de achtergevel? De metselaars zijn aan de voorkant klaar. Graag even een datum, dan zorg ik dat de container weg is.

Groet,
Niels de Vries
De Vries Bouw
"""),
        facts=Facts(
            note="operational request; 'volgende week' is about moving the scaffold, not paying"
        ),
    ),
    Reply(
        key="ot-it-titolare",
        intent="other",
        lang="it",
        sender=Person(name="Anna Colombo", addr="anna.colombo@colombotetti.example"),
        when="2027-03-09 12:10 +0100",
        client="apple_html",
        bill=hire("GS-H-70230", 187000),
        body=text("""
Buongiorno,

vi scrivo perché il titolare, il signor Colombo, è ricoverato in ospedale da due settimane e io mi occupo solo della segreteria: non ho accesso al conto dell'azienda né posso firmare pagamenti. Appena avremo notizie su quando potrà rientrare ve lo faremo sapere.

Cordiali saluti
Anna Colombo
"""),
        facts=Facts(note="no commitment and no date; nobody else is named, so not wrong_contact"),
    ),
    Reply(
        key="ot-it-giro",
        intent="other",
        lang="it",
        sender=Person(name="Davide Marchi", addr="d.marchi@marchiimpianti.example"),
        when="2027-02-26 08:15 +0100",
        client="samsung",
        bill=hire("GS-H-70177", 92000),
        body="Ricevuto, giro all'amministrazione.\nDavide",
        facts=Facts(note="acknowledgement; passing it on without an address is not wrong_contact"),
    ),
]

REPLIES: Final[list[Reply]] = [
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
# Delivery reports: generated DSN fields and copies, literal notice texts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt` in `rlang`; `lang` is the notice's."""

    key: str
    lang: Lang
    kind: BounceKind
    status: str
    rcpt: str
    when: str
    rlang: Lang
    bill: Bill
    queued: timedelta = timedelta(minutes=1)
    note: str | None = None

    @property
    def dt(self) -> datetime:
        """The Date of the notice."""
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def sent(self) -> datetime:
        """When Greywell's system sent the reminder (UK time)."""
        return (self.dt - self.queued).astimezone(UTC).replace(second=3)

    @property
    def subject(self) -> str:
        """The reminder's subject."""
        return reminder_subject(self.rlang, self.bill.inv)


def original_reminder(b: Bounce) -> Message:
    """The reminder exactly as Greywell sent it."""
    part = text_part(reminder_body(b.rlang, b.bill), subtype="plain", charset="utf-8", cte="qp")
    headers = [
        ("From", AR_PERSON.header(charset="utf-8")),
        ("To", b.rcpt),
        ("Subject", header_value(b.subject, charset="utf-8")),
        ("Date", format_datetime(b.sent)),
        ("Message-ID", reminder_msgid(b.key)),
        ("X-Mailer", "Greywell Credit Control 3.1"),
    ]
    return assemble(part, headers)


def reminder_header_lines(b: Bounce) -> str:
    """The reminder's headers as text (for text/rfc822-headers and inline copies)."""
    return "".join(f"{name}: {value}\n" for name, value in original_reminder(b).items())


def returned_message(b: Bounce) -> Message:
    """message/rfc822 carrying the whole reminder."""
    part = Message()
    part["Content-Type"] = "message/rfc822"
    part["Content-Description"] = "Undelivered Message"
    part.set_payload([original_reminder(b)])
    return part


def returned_headers(b: Bounce) -> Message:
    """text/rfc822-headers carrying the reminder's headers only."""
    return text_part(
        reminder_header_lines(b), subtype="rfc822-headers", charset="us-ascii", cte="7bit"
    )


@dataclass(frozen=True, kw_only=True)
class Dsn:
    """The per-recipient facts of a machine-readable delivery report."""

    mta: str
    action: Literal["failed", "delayed"]
    diagnostic: str
    remote: str | None = None


def delivery_status(b: Bounce, dsn: Dsn) -> Message:
    """message/delivery-status (RFC 3464)."""
    per_message = [f"Reporting-MTA: dns; {dsn.mta}", f"Arrival-Date: {format_datetime(b.sent)}"]
    per_recipient = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {dsn.action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {dsn.remote}"] if dsn.remote else []),
        f"Diagnostic-Code: smtp; {dsn.diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if dsn.action == "delayed":
        per_recipient.append(f"Will-Retry-Until: {format_datetime(b.sent + timedelta(days=5))}")
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part["Content-Description"] = "Delivery report"
    blocks: list[Message | str] = []
    for lines in (per_message, per_recipient):
        block = Message()
        for line in lines:
            name, value = line.split(": ", 1)
            block[name] = value
        blocks.append(block)
    part.set_payload(blocks)
    return part


def report(parts: Sequence[Message]) -> Message:
    """multipart/report; report-type=delivery-status."""
    return multipart("report", parts, report_type="delivery-status")


def notice_text(body: str, *, charset: Charset = "utf-8", cte: Cte = "qp") -> Message:
    """A bounce's human-readable text part."""
    part = text_part(body, subtype="plain", charset=charset, cte=cte)
    part["Content-Description"] = "Notification"
    return part


@dataclass(frozen=True, kw_only=True)
class Reporter:
    """Who signs a delivery report: the From header and the host that generated it."""

    sender: str
    host: str
    subject: str
    extra: tuple[tuple[str, str], ...] = ()


def finish_bounce(b: Bounce, body: Message, who: Reporter) -> Message:
    """Envelope headers of a delivery report."""
    host, sender, subject, extra = who.host, who.sender, who.subject, who.extra
    headers = [
        ("Return-Path", "<>"),
        ("Received", received(helo=host, ip=relay_ip(b.key), when=b.dt, key=b.key)),
        ("From", sender),
        ("To", AR_ADDR),
        ("Subject", header_value(subject, charset="utf-8")),
        ("Date", format_datetime(b.dt)),
        ("Message-ID", f"<{token(b.key, 'dsn', 20).lower()}@{host}>"),
        *extra,
    ]
    msg = assemble(body, headers)
    set_boundaries(msg, key=b.key, prefix="=_bounce_")
    return msg


def bounce_postfix_hard(b: Bounce) -> Message:
    """Postfix on Greywell's outbound relay: recipient unknown at the remote MX."""
    remote = "mx.brackenridge-build.example"
    human = text(f"""
This is the mail system at host {OUT_HOST}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{b.rcpt}>: host {remote}[198.51.100.23] said: 550
    5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in
    local recipient table (in reply to RCPT TO command)
""")
    diag = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table"
    )
    dsn = Dsn(mta=OUT_HOST, action="failed", diagnostic=diag, remote=remote)
    body = report(
        [
            notice_text(human + "\n", charset="us-ascii", cte="7bit"),
            delivery_status(b, dsn),
            returned_message(b),
        ]
    )
    sender = f"MAILER-DAEMON@{OUT_HOST} (Mail Delivery System)"
    who = Reporter(
        sender=sender,
        host=OUT_HOST,
        subject="Undelivered Mail Returned to Sender",
        extra=(AUTO_REPLIED,),
    )
    return finish_bounce(b, body, who)


def bounce_qmail_hard(b: Bounce) -> Message:
    """qmail at a small hosting company: no MIME, the message copied below a line."""
    host = "mx.fenland-hosting.example"
    stamp = b.sent.strftime("%-d %b %Y %H:%M:%S -0000")
    human = text(f"""
Hi. This is the qmail-send program at {host}.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<{b.rcpt}>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <{AR_ADDR}>
Received: (qmail 28817 invoked from network); {stamp}
Received: from {OUT_HOST} (HELO {OUT_HOST}) (203.0.113.25)
  by {host} with ESMTPS; {stamp}
""")
    copy = original_reminder(b).as_string(policy=WIRE)
    body = Message()
    body.set_payload(f"{human}\n{copy}")
    sender = f"MAILER-DAEMON@{host}"
    msg = finish_bounce(b, body, Reporter(sender=sender, host=host, subject="failure notice"))
    del msg["MIME-Version"]
    return msg


def bounce_sendmail_delay(b: Bounce) -> Message:
    """sendmail on the customer's relay: 4-hour warning, connection reset."""
    host = "relay.ashgrove-group.example"
    human = text(f"""
    **********************************************
    **      THIS IS A WARNING MESSAGE ONLY      **
    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
    **********************************************

The original message was received at {format_datetime(b.sent)}
from {OUT_HOST} [203.0.113.25]

   ----- Transcript of session follows -----
<{b.rcpt}>... Deferred: Connection reset by mx2.ashgroveconstruction.example.
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old
""")
    dsn = Dsn(
        mta=host,
        action="delayed",
        diagnostic="421 4.4.2 Connection reset by peer",
        remote="mx2.ashgroveconstruction.example",
    )
    body = report(
        [
            notice_text(human + "\n", charset="us-ascii", cte="7bit"),
            delivery_status(b, dsn),
            returned_headers(b),
        ]
    )
    sender = f"Mail Delivery Subsystem <MAILER-DAEMON@{host}>"
    who = Reporter(
        sender=sender,
        host=host,
        subject="Warning: could not send message for past 4 hours",
        extra=(("Auto-Submitted", "auto-generated (warning-timeout)"),),
    )
    return finish_bounce(b, body, who)


def exchange_alternative(lines: str) -> Message:
    """Exchange's human-readable part: plain text plus a simple HTML rendering."""
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n'
        + "\n".join(
            f'<p style="font-family:Segoe UI,Arial;font-size:11pt">{html_lines(par)}</p>'
            for par in lines.split("\n\n")
        )
        + "\n</body></html>\n"
    )
    return multipart(
        "alternative",
        [
            text_part(lines + "\n", subtype="plain", charset="utf-8", cte="qp"),
            text_part(markup, subtype="html", charset="utf-8", cte="qp"),
        ],
    )


def bounce_o365_de_hard(b: Bounce) -> Message:
    """Exchange Online in German: recipient not found (5.1.10)."""
    server = "FR2P281MB2374.DEUP281.PROD.OUTLOOK.COM"
    local, domain = b.rcpt.split("@")
    human = text(f"""
Ihre Nachricht an {b.rcpt} konnte nicht übermittelt werden.

{local} wurde bei {domain} nicht gefunden.

Aktion erforderlich: Empfänger unbekannt

Wie behebe ich das Problem?
Die Adresse ist möglicherweise falsch geschrieben oder existiert nicht. Prüfen Sie die Schreibweise der Empfängeradresse und senden Sie die Nachricht erneut. Wenn das nicht hilft, wenden Sie sich über einen anderen Weg an den Empfänger und bitten Sie ihn, Ihnen die richtige Adresse mitzuteilen.

Diagnoseinformationen für Administratoren:

Generierender Server: {server}

{b.rcpt}
Remoteserver hat '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup' zurückgegeben
""")
    dsn = Dsn(
        mta=server,
        action="failed",
        diagnostic="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
    )
    body = report([exchange_alternative(human), delivery_status(b, dsn), returned_headers(b)])
    sender = f"Microsoft Outlook <postmaster@{domain}>"
    who = Reporter(
        sender=sender,
        host=domain,
        subject=f"Unzustellbar: {b.subject}",
        extra=(SUPPRESS, ("X-MS-Exchange-Message-Is-Ndr", "")),
    )
    return finish_bounce(b, body, who)


def bounce_exim_de_delay(b: Bounce) -> Message:
    """Exim with a German delay-warning template: plain text, not RFC 3464."""
    host = "relay3.webhosting-nord.example"
    until = (b.sent + timedelta(days=4)).strftime("%d.%m.%Y")
    human = text(f"""
Dies ist eine automatisch erzeugte Nachricht des Mailsystems von {host}.

Eine von Ihnen gesendete Nachricht konnte seit mehr als 24 Stunden nicht an alle Empfänger zugestellt werden. Das System versucht es weiterhin.

Betroffene Nachricht: 1tQx4R-004Kq2-1M
Empfänger, bei denen sich die Zustellung verzögert:

  {b.rcpt}
    Zeitüberschreitung bei der Verbindung zu mail.maler-fischer.example [198.51.100.77] (Status 4.4.1)

Sie müssen nichts unternehmen. Kann die Nachricht bis zum {until} nicht zugestellt werden, erhalten Sie eine weitere Nachricht und die Zustellung wird eingestellt.

Kopfzeilen der betroffenen Nachricht:

{reminder_header_lines(b)}""")
    body = text_part(human + "\n", subtype="plain", charset="utf-8", cte="8bit")
    sender = f"Mail Delivery System <Mailer-Daemon@{host}>"
    who = Reporter(
        sender=sender,
        host=host,
        subject="Warnung: Nachricht 1tQx4R-004Kq2-1M seit 24 Stunden verzögert",
        extra=(AUTO_REPLIED,),
    )
    return finish_bounce(b, body, who)


def bounce_isp_fr_full(b: Bounce) -> Message:
    """A French ISP's notice: mailbox over quota, reported with a 5.x.x code."""
    host = "mx.lumiere-telecom.example"
    human = text(f"""
Bonjour,

Ceci est un message automatique du serveur de messagerie {host}.

Nous n'avons pas pu distribuer votre message à l'adresse suivante :

    {b.rcpt}

Motif : la boîte aux lettres du destinataire est pleine (552 5.2.2 Quota dépassé).
Le destinataire doit libérer de l'espace avant de pouvoir recevoir de nouveaux messages. Vous pourrez renvoyer votre message plus tard.

Les en-têtes de votre message sont joints à cette notification.

--
Lumière Télécom – Service messagerie
""")
    dsn = Dsn(mta=host, action="failed", diagnostic="552 5.2.2 Quota depasse / mailbox full")
    body = report([notice_text(human + "\n"), delivery_status(b, dsn), returned_headers(b)])
    sender = f"Service de messagerie <mailer-daemon@{host}>"
    who = Reporter(
        sender=sender,
        host=host,
        subject="Échec de remise du message : boîte aux lettres pleine",
        extra=(AUTO_REPLIED,),
    )
    return finish_bounce(b, body, who)


def bounce_gmail_es_hard(b: Bounce) -> Message:
    """Gmail's notice in Spanish: address not found."""
    lines = [
        "No se ha encontrado la dirección",
        f"No se ha entregado tu mensaje a {b.rcpt} porque no se ha encontrado la dirección o no puede recibir correo.",
        "La respuesta del servidor remoto ha sido:",
        "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.",
    ]
    markup = (
        "<html><body>"
        + "".join(f"<p>{html.escape(line)}</p>" for line in lines)
        + "</body></html>\n"
    )
    human = multipart(
        "alternative",
        [
            text_part("\n\n".join(lines) + "\n", subtype="plain", charset="utf-8", cte="qp"),
            text_part(markup, subtype="html", charset="utf-8", cte="qp"),
        ],
    )
    dsn = Dsn(
        mta="googlemail.com",
        action="failed",
        diagnostic=lines[3],
        remote="gmail-smtp-in.l.google.com",
    )
    body = report([human, delivery_status(b, dsn), returned_message(b)])
    sender = "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"
    who = Reporter(
        sender=sender,
        host="mx.google.com",
        subject="Delivery Status Notification (Failure)",
        extra=(AUTO_REPLIED,),
    )
    return finish_bounce(b, body, who)


def bounce_o365_es_delay(b: Bounce) -> Message:
    """Exchange Online in Spanish: delivery delayed."""
    server = "DB8PR09MB3311.eurprd09.prod.outlook.com"
    stamp = b.dt.strftime("%d/%m/%Y %H:%M:%S")
    human = text(f"""
La entrega se ha retrasado a estos destinatarios o grupos:

{b.rcpt} ({b.rcpt})

Asunto: {b.subject}

Este mensaje aún no se ha entregado. Seguiremos intentándolo.

El servidor seguirá intentándolo durante 1 día, 19 horas y 54 minutos. Recibirá una notificación si el mensaje no se puede entregar en ese tiempo.

Información de diagnóstico para administradores:

Servidor de generación: {server}
Servidor receptor: mx.construccionesiberia.example (198.51.100.140)

{b.rcpt}
{stamp} - Remote Server at mx.construccionesiberia.example (198.51.100.140) returned '400 4.4.7 Message delayed'
""")
    dsn = Dsn(
        mta=server,
        action="delayed",
        diagnostic="400 4.4.7 Message delayed",
        remote="mx.construccionesiberia.example",
    )
    body = report([exchange_alternative(human), delivery_status(b, dsn), returned_headers(b)])
    sender = "Microsoft Outlook <postmaster@greywell-scaffolding.example>"
    who = Reporter(
        sender=sender,
        host=server,
        subject=f"Retrasado: {b.subject}",
        extra=(SUPPRESS, ("X-MS-Exchange-Message-Is-Ndr", "")),
    )
    return finish_bounce(b, body, who)


def bounce_gateway_nl_hard(b: Bounce) -> Message:
    """A security gateway's Dutch rejection notice, HTML only, inside a report."""
    host = "gw.vanleeuwenbouw.example"
    when = b.sent.astimezone(b.dt.tzinfo)
    paragraphs = [
        "Uw bericht is niet afgeleverd",
        f"Het bericht dat u op {when:%d-%m-%Y} om {when:%H:%M} verzond aan {b.rcpt} is door de mailgateway van Van Leeuwen Bouw geweigerd.",
        "Reden: de ontvanger accepteert geen e-mail van externe afzenders (beleidsregel EXT-BLOCK-INKOOP).\nStatuscode: 550 5.7.1",
        "Het bericht wordt niet afgeleverd en niet opnieuw verzonden. Neem via een ander kanaal contact op met de ontvanger als u denkt dat dit onterecht is.",
        "Referentie: VMG-20270310-7K2Q9",
        "Vigilant Mail Gateway",
    ]
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body style="font-family:Arial,sans-serif"><h2 style="color:#b00000">'
        + html.escape(paragraphs[0])
        + "</h2>\n"
        + "\n".join(f"<p>{html_lines(par)}</p>" for par in paragraphs[1:])
        + "\n</body></html>\n"
    )
    human = text_part(markup, subtype="html", charset="utf-8", cte="qp")
    dsn = Dsn(
        mta=host,
        action="failed",
        diagnostic="550 5.7.1 Recipient does not accept external mail (EXT-BLOCK-INKOOP)",
    )
    body = report([human, delivery_status(b, dsn), returned_headers(b)])
    sender = f"Vigilant Mail Gateway <postmaster@{host}>"
    who = Reporter(
        sender=sender, host=host, subject=f"Onbestelbaar: {b.subject}", extra=(AUTO_GENERATED,)
    )
    return finish_bounce(b, body, who)


def bounce_isp_nl_full(b: Bounce) -> Message:
    """A Dutch provider's plain-text notice: mailbox full, still retrying."""
    host = "smtp.polderinternet.example"
    human = text(f"""
Dit is een automatisch bericht van de mailserver van Polder Internet ({host}).

Uw bericht aan het onderstaande adres is nog niet afgeleverd, omdat de mailbox van de ontvanger vol is:

    {b.rcpt}
    452 4.2.2 Mailbox vol / mailbox full

De server probeert het bericht de komende 3 dagen opnieuw af te leveren. U hoeft het bericht niet opnieuw te versturen. Lukt het binnen die periode niet, dan ontvangt u een definitieve melding.

Oorspronkelijke berichtkop:

{reminder_header_lines(b)}""")
    body = text_part(human + "\n", subtype="plain", charset="iso-8859-1", cte="qp")
    sender = f"Mailserver Polder Internet <postmaster@{host}>"
    who = Reporter(sender=sender, host=host, subject="Bericht vertraagd: mailbox ontvanger vol")
    return finish_bounce(b, body, who)


def bounce_exchange_it_hard(b: Bounce) -> Message:
    """On-premises Exchange in Italian: recipient not found."""
    server = "EXCH02.ad.edilpontina.example"
    human = text(f"""
Il recapito a questi destinatari o gruppi non è riuscito:

{b.rcpt}
L'indirizzo di posta elettronica immesso non è stato trovato. Controllare l'indirizzo di posta elettronica del destinatario e provare a inviare di nuovo il messaggio. Se il problema persiste, rivolgersi al supporto tecnico.

Informazioni di diagnostica per gli amministratori:

Server di generazione: {server}

{b.rcpt}
#550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found ##
""")
    dsn = Dsn(
        mta=server, action="failed", diagnostic="550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found"
    )
    body = report([exchange_alternative(human), delivery_status(b, dsn), returned_message(b)])
    sender = f"Microsoft Outlook <postmaster@{b.rcpt.split('@')[1]}>"
    who = Reporter(
        sender=sender,
        host=server,
        subject=f"Recapito non riuscito: {b.subject}",
        extra=(SUPPRESS, ("X-MS-Exchange-Message-Is-Ndr", "")),
    )
    return finish_bounce(b, body, who)


def bounce_postfix_it_delay(b: Bounce) -> Message:
    """Postfix with an Italian delay template at a hosting company: DNS lookup failing."""
    host = "smtp.italhosting.example"
    until = (b.sent + timedelta(days=5)).strftime("%d/%m/%Y")
    domain = b.rcpt.split("@")[1]
    human = text(f"""
Questo è il sistema di posta del server {host}.

####################################################################
# QUESTA È SOLO UNA NOTIFICA DI RITARDO. NON È NECESSARIO RINVIARE #
# IL MESSAGGIO.                                                    #
####################################################################

Il messaggio non è ancora stato recapitato a uno o più destinatari. Il sistema continuerà a provare fino al {until}.

Motivo: impossibile risolvere temporaneamente il dominio del destinatario.

<{b.rcpt}>: Host or domain name not found. Name service error for
    name={domain} type=MX: Host not found, try again
""")
    dsn = Dsn(
        mta=host,
        action="delayed",
        diagnostic=f"Host or domain name not found. Name service error for name={domain} type=MX: Host not found, try again",
    )
    body = report([notice_text(human + "\n"), delivery_status(b, dsn), returned_headers(b)])
    sender = f"MAILER-DAEMON@{host} (Sistema di posta)"
    who = Reporter(
        sender=sender,
        host=host,
        subject="Messaggio in ritardo (nuovi tentativi in corso)",
        extra=(AUTO_REPLIED,),
    )
    return finish_bounce(b, body, who)


BOUNCES: Final[list[tuple[Bounce, Callable[[Bounce], Message]]]] = [
    (
        Bounce(
            key="bo-en-postfix",
            lang="en",
            kind="hard",
            status="5.1.1",
            rcpt="accounts@brackenridge-build.example",
            when="2027-02-22 07:41 +0000",
            rlang="en",
            bill=hire("GS-H-21640", 162000),
            note="Postfix RFC 3464 report with the full returned message",
        ),
        bounce_postfix_hard,
    ),
    (
        Bounce(
            key="bo-en-qmail",
            lang="en",
            kind="hard",
            status="5.1.1",
            rcpt="office@whitmoreplastering.example",
            when="2027-03-05 08:02 +0000",
            rlang="en",
            bill=hire("GS-H-22330", 74000),
            note="qmail failure notice: no MIME, the code only as (#5.1.1)",
        ),
        bounce_qmail_hard,
    ),
    (
        Bounce(
            key="bo-en-sendmail",
            lang="en",
            kind="soft",
            status="4.4.2",
            rcpt="ap@ashgroveconstruction.example",
            when="2027-03-09 11:48 +0000",
            rlang="en",
            bill=labour("GS-H-22402", 289000),
            queued=timedelta(hours=4, minutes=1),
            note="sendmail 4-hour warning (Action: delayed)",
        ),
        bounce_sendmail_delay,
    ),
    (
        Bounce(
            key="bo-de-o365",
            lang="de",
            kind="hard",
            status="5.1.10",
            rcpt="buchhaltung@steinmetz-bauservice.example",
            when="2027-03-02 08:44 +0100",
            rlang="de",
            bill=hire("GS-H-30677", 158000),
            note="Exchange Online NDR in German",
        ),
        bounce_o365_de_hard,
    ),
    (
        Bounce(
            key="bo-de-exim",
            lang="de",
            kind="soft",
            status="4.4.1",
            rcpt="rechnung@maler-fischer.example",
            when="2027-03-12 08:52 +0100",
            rlang="de",
            bill=hire("GS-H-30910", 133000),
            queued=timedelta(hours=24, minutes=10),
            note="Exim delay warning with a German template, plain text, not RFC 3464",
        ),
        bounce_exim_de_delay,
    ),
    (
        Bounce(
            key="bo-fr-isp-full",
            lang="fr",
            kind="soft",
            status="5.2.2",
            rcpt="compta@charpentes-duval.example",
            when="2027-02-25 08:52 +0100",
            rlang="fr",
            bill=hire("GS-H-41170", 205000),
            note="French ISP notice; a full mailbox is soft even under a 5.x.x code, which is kept as reported",
        ),
        bounce_isp_fr_full,
    ),
    (
        Bounce(
            key="bo-es-gmail",
            lang="es",
            kind="hard",
            status="5.1.1",
            rcpt="reformas.lopez.admin@gmail.com",
            when="2027-03-03 23:40 -0800",
            rlang="es",
            bill=hire("GS-H-50315", 97000),
            note="Gmail notice in Spanish; the Date is in Pacific time",
        ),
        bounce_gmail_es_hard,
    ),
    (
        Bounce(
            key="bo-es-o365-delay",
            lang="es",
            kind="soft",
            status="4.4.7",
            rcpt="pagos@construccionesiberia.example",
            when="2027-03-16 10:31 +0100",
            rlang="es",
            bill=labour("GS-H-50440", 366000),
            queued=timedelta(hours=2, minutes=6),
            note="Exchange Online delay notice in Spanish",
        ),
        bounce_o365_es_delay,
    ),
    (
        Bounce(
            key="bo-nl-gateway",
            lang="nl",
            kind="hard",
            status="5.7.1",
            rcpt="inkoop@vanleeuwenbouw.example",
            when="2027-03-10 08:42 +0100",
            rlang="nl",
            bill=hire("GS-H-60480", 215000),
            note="security gateway's policy rejection in Dutch (HTML part); permanent, so hard",
        ),
        bounce_gateway_nl_hard,
    ),
    (
        Bounce(
            key="bo-nl-isp-full",
            lang="nl",
            kind="soft",
            status="4.2.2",
            rcpt="info@schildersbedrijf-dekker.example",
            when="2027-02-26 12:15 +0100",
            rlang="nl",
            bill=hire("GS-H-60305", 88000),
            queued=timedelta(hours=4, minutes=30),
            note="Dutch provider notice in plain text (ISO-8859-1), mailbox full, still retrying",
        ),
        bounce_isp_nl_full,
    ),
    (
        Bounce(
            key="bo-it-exchange",
            lang="it",
            kind="hard",
            status="5.1.1",
            rcpt="amministrazione@edilpontina.example",
            when="2027-03-17 08:43 +0100",
            rlang="it",
            bill=hire("GS-H-70310", 143000),
            note="on-premises Exchange NDR in Italian with the returned message",
        ),
        bounce_exchange_it_hard,
    ),
    (
        Bounce(
            key="bo-it-postfix-delay",
            lang="it",
            kind="soft",
            status="4.4.3",
            rcpt="ufficio@cantierimarini-latina.example",
            when="2027-03-18 12:40 +0100",
            rlang="it",
            bill=labour("GS-H-70366", 251000),
            queued=timedelta(hours=4, minutes=2),
            note="Postfix delay notice with an Italian template (DNS failure, still retrying)",
        ),
        bounce_postfix_it_delay,
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, checks and output
# --------------------------------------------------------------------------------------------

# Headers are folded by hand, the way each sender folds them; the generator must not refold.
WIRE: Final = policy.compat32.clone(max_line_length=998)
ISO_DATE: Final = re.compile(r"^2027-0[23]-\d\d$")
AMOUNT: Final = re.compile(r"^\d+\.\d\d$")
INVOICE: Final = re.compile(r"^GS-H-\d{5}$")
FIRST_DAY: Final = date(2027, 2, 22)
LAST_DAY: Final = date(2027, 3, 19)
INTENT_DATE: Final[dict[str, Intent]] = {
    "promised_date": "promise_to_pay",
    "paid_date": "payment_sent",
    "return_date": "auto_reply",
}


@dataclass(frozen=True, kw_only=True)
class Item:
    """One built message with its label (the file name is added after shuffling)."""

    key: str
    msg: Message
    label: Label


def reply_label(r: Reply) -> Label:
    """The label of a hand-written reply."""
    f = r.facts
    return Label(
        file="",
        intent=r.intent,
        promised_date=f.promised_date,
        paid_date=f.paid_date,
        return_date=f.return_date,
        payment_reference=f.payment_reference,
        amount=f.amount,
        currency=f.currency,
        new_contact=f.new_contact,
        bounce_kind=None,
        failed_recipient=None,
        bounce_status=None,
        invoice_refs=list(f.refs),
        language=r.lang,
        note=f.note,
    )


def bounce_label(b: Bounce) -> Label:
    """The label of a delivery report."""
    return Label(
        file="",
        intent="bounce",
        promised_date=None,
        paid_date=None,
        return_date=None,
        payment_reference=None,
        amount=None,
        currency=None,
        new_contact=None,
        bounce_kind=b.kind,
        failed_recipient=b.rcpt.lower(),
        bounce_status=b.status,
        invoice_refs=[],
        language=b.lang,
        note=b.note,
    )


def check_reply_spec(r: Reply) -> None:
    """What the labels claim must be in the hand-written text."""
    body = r.body.lower()
    for ref in r.facts.refs:
        if ref.lower() not in body:
            raise SystemExit(f"{r.key}: invoice {ref} not in the new text")
    for value in (r.facts.new_contact, r.facts.payment_reference):
        if value is not None and value.lower() not in body:
            raise SystemExit(f"{r.key}: {value} not in the new text")
    if not FIRST_DAY <= r.dt.date() <= LAST_DAY:
        raise SystemExit(f"{r.key}: date {r.when} outside the corpus window")


def all_items() -> list[Item]:
    """Every message, in spec order."""
    for r in REPLIES:
        check_reply_spec(r)
    items = [Item(key=r.key, msg=build_reply(r), label=reply_label(r)) for r in REPLIES]
    items += [Item(key=b.key, msg=build(b), label=bounce_label(b)) for b, build in BOUNCES]
    return items


def check_headers(name: str, msg: EmailMessage) -> None:
    """Headers exist, decode cleanly and carry no defects."""
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{name}: no {header}")
    for header, value in msg.items():
        defects = getattr(value, "defects", ())
        if defects or "=?" in str(value):
            raise SystemExit(f"{name}: header {header} not decoded cleanly: {defects}")


def parts_of(msg: EmailMessage) -> Iterator[EmailMessage]:
    """Every part, without descending into delivery-status field blocks."""
    yield msg
    if msg.get_content_type() == "message/delivery-status" or not msg.is_multipart():
        return
    children: list[object] = list(msg.get_payload())
    for sub in children:
        if isinstance(sub, EmailMessage):
            yield from parts_of(sub)


def check_parts(name: str, msg: EmailMessage) -> int:
    """Every part parses without defects and every text part decodes; returns the text parts."""
    texts = 0
    for part in parts_of(msg):
        if part.defects:
            raise SystemExit(f"{name}: defects {part.defects}")
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if not isinstance(content, str) or "\ufffd" in content:
                raise SystemExit(f"{name}: text part did not decode")
            texts += 1
    return texts


def check_message(name: str, data: bytes) -> None:
    """Parse the written bytes back as a receiving program would."""
    msg = message_from_bytes(data, policy=policy.default)
    check_headers(name, msg)
    if check_parts(name, msg) == 0:
        raise SystemExit(f"{name}: no text part")


def check_label(label: Label) -> None:
    """Shape and internal consistency of one label."""
    name = label["file"]
    if (
        tuple(label) != LABEL_KEYS
        or label["intent"] not in INTENTS
        or label["language"] not in LANGS
    ):
        raise SystemExit(f"{name}: bad label shape")
    dates = {
        "promised_date": label["promised_date"],
        "paid_date": label["paid_date"],
        "return_date": label["return_date"],
    }
    for key, value in dates.items():
        if value is not None and (label["intent"] != INTENT_DATE[key] or not ISO_DATE.match(value)):
            raise SystemExit(f"{name}: bad {key}")
    check_money(label)
    check_bounce_fields(label)
    if any(not INVOICE.match(ref) for ref in label["invoice_refs"]):
        raise SystemExit(f"{name}: bad invoice_refs")


def check_money(label: Label) -> None:
    """Amounts, currencies and references belong to payments or promises."""
    name = label["file"]
    if (label["amount"] is None) != (label["currency"] is None):
        raise SystemExit(f"{name}: amount without currency or the reverse")
    if label["amount"] is not None and not AMOUNT.match(label["amount"]):
        raise SystemExit(f"{name}: bad amount")
    if label["currency"] not in {None, "GBP", "EUR"}:
        raise SystemExit(f"{name}: bad currency")
    paying = label["intent"] in {"payment_sent", "promise_to_pay"}
    if not paying and (label["amount"] is not None or label["payment_reference"] is not None):
        raise SystemExit(f"{name}: payment fields on a {label['intent']}")
    contact = label["new_contact"]
    if contact is not None and (label["intent"] != "wrong_contact" or contact != contact.lower()):
        raise SystemExit(f"{name}: bad new_contact")


def check_bounce_fields(label: Label) -> None:
    """Bounce fields are set on bounces and only there."""
    fields = (label["bounce_kind"], label["failed_recipient"], label["bounce_status"])
    if label["intent"] == "bounce":
        if None in fields or not re.match(
            r"^[245]\.\d{1,3}\.\d{1,3}$", str(label["bounce_status"])
        ):
            raise SystemExit(f"{label['file']}: incomplete bounce label")
    elif fields != (None, None, None):
        raise SystemExit(f"{label['file']}: bounce fields on a {label['intent']}")


def check_counts(labels: Sequence[Label]) -> None:
    """Twelve per intent, every language in every intent, six hard and six soft bounces."""
    cells = Counter((label["intent"], label["language"]) for label in labels)
    for intent in INTENTS:
        if sum(cells[intent, lang] for lang in LANGS) != 12:
            raise SystemExit(f"{intent}: not 12 messages")
        if any(cells[intent, lang] == 0 for lang in LANGS):
            raise SystemExit(f"{intent}: a language is missing")
    kinds = Counter(label["bounce_kind"] for label in labels if label["intent"] == "bounce")
    if kinds != Counter({"hard": 6, "soft": 6}):
        raise SystemExit(f"bounces: {dict(kinds)}")


def count_table(labels: Sequence[Label]) -> str:
    """The intent by language table, as Markdown."""
    cells = Counter((label["intent"], label["language"]) for label in labels)
    rows = ["| intent | " + " | ".join(LANGS) + " | total |", "|---|" + "---:|" * (len(LANGS) + 1)]
    for intent in INTENTS:
        counts = [cells[intent, lang] for lang in LANGS]
        rows.append(f"| {intent} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
    totals = [sum(cells[intent, lang] for intent in INTENTS) for lang in LANGS]
    rows.append(
        "| **total** | " + " | ".join(f"**{t}**" for t in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(rows)


def numbered(items: list[Item]) -> Iterator[tuple[str, Item]]:
    """File names in a seeded pseudo-random order, so a name says nothing about its label."""
    if len({item.key for item in items}) != len(items):
        raise SystemExit("duplicate keys")
    shuffled = sorted(items, key=lambda item: digest(item.key, f"order{SEED}"))
    for number, item in enumerate(shuffled, start=1):
        yield f"{PREFIX}-{number:03d}.eml", item


def write_all() -> list[Label]:
    """Write every .eml file and labels.jsonl; return the labels."""
    bodies = [r.body for r in REPLIES]
    if len(set(bodies)) != len(bodies):
        raise SystemExit("two replies share their text")
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[Label] = []
    for name, item in numbered(all_items()):
        data = item.msg.as_bytes(policy=WIRE)
        check_message(name, data)
        (HERE / name).write_bytes(data)
        label = item.label
        label["file"] = name
        check_label(label)
        labels.append(label)
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        out.writelines(json.dumps(label, ensure_ascii=False) + "\n" for label in labels)
    return labels


def main() -> int:
    """Build, check and summarise the corpus."""
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(str(label["bounce_kind"]) for label in labels if label["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {dict(sorted(kinds.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
