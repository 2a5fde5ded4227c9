# ruff: noqa: E501, RUF001
# Hand-written message text is kept one paragraph a line, as mail clients send it, and keeps the
# typographic quotes, dashes and spaces people type.
"""Build held-out reply corpus 61: `h61-NNN.eml` files and `labels.jsonl`, next to this script.

Every message lands in the receivables mailbox of Nordhaven Marine (boatyard, winter storage and
marine-engine service) after it sent an overdue reminder. The new text of each message and its
labels are written by hand below. The code only adds what a mail client or a mail server adds: the
quoted reminder in the client's layout and language, headers, MIME structure, charsets and
transfer encodings. The output is deterministic: no clock, no randomness, fixed boundaries.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import html
import json
import re
import sys
import textwrap
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.header import Header
from email.message import EmailMessage, Message
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path
from typing import Literal, TypedDict

HERE = Path(__file__).resolve().parent
PREFIX = "h61"
ORDER_SEED = "holdout61-2027"
AR_NAME = "Nordhaven Marine Accounts"
AR_ADDR = "receivables@nordhaven-marine.example"
AR_DOMAIN = "nordhaven-marine.example"
YARD_TZ = timezone(timedelta(hours=1))
FIRST_DAY = date(2027, 1, 18)
LAST_DAY = date(2027, 2, 12)

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
Client = Literal[
    "outlook",
    "outlook_plain",
    "outlook_html_only",
    "owa",
    "outlook_mobile",
    "gmail",
    "apple",
    "iphone",
    "thunderbird",
    "samsung",
    "notice",
    "notice_alt",
]
Cte = Literal["qp", "base64", "8bit", "7bit"]
Charset = Literal["utf-8", "iso-8859-1", "windows-1252", "us-ascii"]
Service = Literal[
    "storage_nov", "storage_dec", "storage_jan", "haulout", "overhaul", "antifouling", "shrinkwrap"
]

LANGS: tuple[Lang, ...] = ("en", "de", "fr", "es", "nl", "it")
INTENTS: tuple[Intent, ...] = (
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
    bounce_kind: Literal["hard", "soft"] | None
    failed_recipient: str | None
    bounce_status: str | None
    invoice_refs: list[str]
    language: Lang
    note: str | None


# --------------------------------------------------------------------------------------------
# Locale tables (client conventions, not message text)
# --------------------------------------------------------------------------------------------

DAYS: dict[Lang, tuple[str, ...]] = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
}
DAYS_ABBR: dict[Lang, tuple[str, ...]] = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "de": ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."),
    "fr": ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
    "es": ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
    "nl": ("ma", "di", "wo", "do", "vr", "za", "zo"),
    "it": ("lun", "mar", "mer", "gio", "ven", "sab", "dom"),
}
MONTHS: dict[Lang, tuple[str, ...]] = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "de": (
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ),
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "it": (
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ),
}
MONTHS_ABBR: dict[Lang, tuple[str, ...]] = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "de": (
        "Jan.",
        "Feb.",
        "März",
        "Apr.",
        "Mai",
        "Juni",
        "Juli",
        "Aug.",
        "Sept.",
        "Okt.",
        "Nov.",
        "Dez.",
    ),
    "fr": (
        "janv.",
        "févr.",
        "mars",
        "avr.",
        "mai",
        "juin",
        "juil.",
        "août",
        "sept.",
        "oct.",
        "nov.",
        "déc.",
    ),
    "es": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"),
    "nl": ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
    "it": ("gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"),
}

# Attribution lines, filled from stamp(): Gmail, Apple Mail / iOS, Thunderbird.
GMAIL_LINE: dict[Lang, str] = {
    "en": "On {wda}, {d} {mona} {y} at {HH}:{mm}, {who} wrote:",
    "de": "Am {wda}, {d}. {mona} {y} um {HH}:{mm} Uhr schrieb {who}:",
    "fr": "Le {wda} {d} {mona} {y} à {HH}:{mm}, {who} a écrit :",
    "es": "El {wda}, {d} {mona} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wda} {d} {mona} {y} om {HH}:{mm} schreef {who}:",
    "it": "Il giorno {wda} {d} {mona} {y} alle ore {HH}:{mm} {who} ha scritto:",
}
GMAIL_LINE_US = "On {wda}, {mona} {d}, {y} at {h12}:{mm} {ampm} {who} wrote:"
APPLE_LINE: dict[Lang, str] = {
    "en": "On {d} {mona} {y}, at {HH}:{mm}, {who} wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {who}:",
    "fr": "Le {d} {mona} {y} à {HH}:{mm}, {who} a écrit :",
    "es": "El {d} {mona} {y}, a las {H}:{mm}, {who} escribió:",
    "nl": "Op {d} {mona} {y} om {HH}:{mm} heeft {who} het volgende geschreven:",
    "it": "Il giorno {d} {mona} {y}, alle ore {HH}:{mm}, {who} ha scritto:",
}
APPLE_LINE_US = "On {mona} {d}, {y}, at {h12}:{mm} {ampm}, {who} wrote:"
THUNDERBIRD_LINE: dict[Lang, str] = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{yy} {HH}:{mm}, {name} ha scritto:",
}
# Outlook's header block: labels (From, Sent, To, Subject), separator and date layout.
OUTLOOK_LABELS: dict[Lang, tuple[str, str, str, str, str]] = {
    "en": ("From", "Sent", "To", "Subject", ": "),
    "de": ("Von", "Gesendet", "An", "Betreff", ": "),
    "fr": ("De", "Envoyé", "À", "Objet", " : "),
    "es": ("De", "Enviado el", "Para", "Asunto", ": "),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp", ": "),
    "it": ("Da", "Inviato", "A", "Oggetto", ": "),
}
OUTLOOK_DATE: dict[Lang, str] = {
    "en": "{wd}, {d} {mon} {y} {HH}:{mm}",
    "de": "{wd}, {d}. {mon} {y} {HH}:{mm}",
    "fr": "{wd} {d} {mon} {y} {HH}:{mm}",
    "es": "{wd}, {d} de {mon} de {y} {H}:{mm}",
    "nl": "{wd} {d} {mon} {y} {HH}:{mm}",
    "it": "{wd} {d} {mon} {y} {HH}:{mm}",
}
OUTLOOK_DATE_US = "{wd}, {mon} {d}, {y} {h12}:{mm} {ampm}"
OUTLOOK_ORIGINAL: dict[Lang, str] = {
    "en": "-----Original Message-----",
    "de": "-----Ursprüngliche Nachricht-----",
    "fr": "-----Message d'origine-----",
    "es": "-----Mensaje original-----",
    "nl": "-----Oorspronkelijk bericht-----",
    "it": "-----Messaggio originale-----",
}
OUTLOOK_RE: dict[Lang, str] = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
OUTLOOK_MOBILE_SIG: dict[Lang, str] = {
    "en": "Get Outlook for {os}",
    "de": "Outlook für {os} herunterladen",
    "fr": "Télécharger Outlook pour {os}",
    "es": "Obtener Outlook para {os}",
    "nl": "Outlook voor {os} downloaden",
    "it": "Scarica Outlook per {os}",
}
IPHONE_SIG: dict[Lang, str] = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
}
SAMSUNG_SIG: dict[Lang, str] = {
    "en": "Sent from my Galaxy",
    "de": "Von meinem Galaxy gesendet",
    "fr": "Envoyé depuis mon Galaxy",
    "es": "Enviado desde mi Galaxy",
    "nl": "Verzonden vanaf mijn Galaxy",
    "it": "Inviato dal mio Galaxy",
}
# Samsung Email's forwarded-header block: divider, From, Date, To, Subject, separator.
SAMSUNG_BLOCK: dict[Lang, tuple[str, str, str, str, str, str]] = {
    "en": ("-------- Original message --------", "From", "Date", "To", "Subject", ": "),
    "de": ("-------- Ursprüngliche Nachricht --------", "Von", "Datum", "An", "Betreff", ": "),
    "fr": ("-------- Message d'origine --------", "De", "Date", "À", "Objet", " : "),
    "es": ("-------- Mensaje original --------", "De", "Fecha", "Para", "Asunto", ": "),
    "nl": ("-------- Oorspronkelijk bericht --------", "Van", "Datum", "Aan", "Onderwerp", ": "),
    "it": ("-------- Messaggio originale --------", "Da", "Data", "A", "Oggetto", ": "),
}
CONTENT_LANGUAGE: dict[Lang, str] = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}
CLIENT_HEADERS: dict[Client, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22D72)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
}
OUTLOOK_FAMILY: frozenset[Client] = frozenset(
    {"outlook", "outlook_plain", "outlook_html_only", "owa", "outlook_mobile"}
)

# --------------------------------------------------------------------------------------------
# The reminder Nordhaven Marine sent (quoted in replies, returned in bounces)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT: dict[Lang, str] = {
    "en": "Payment reminder: invoice {inv} is overdue",
    "de": "Zahlungserinnerung zu Rechnung {inv}",
    "fr": "Rappel : facture {inv} échue",
    "es": "Recordatorio de pago – factura {inv}",
    "nl": "Herinnering: factuur {inv} staat nog open",
    "it": "Sollecito di pagamento – fattura {inv}",
}
REMINDER_BODY: dict[Lang, str] = {
    "en": (
        "Dear customer,\n\n"
        "According to our ledger the invoice below is still unpaid after its due date.\n\n"
        "  Invoice no.:   {inv}\n  Description:   {what}\n  Invoice date:  {issued}\n  Due date:      {due}\n  Outstanding:   {amt}\n\n"
        "If you have paid in the meantime, please disregard this reminder, or send us the payment date and reference so that we can allocate it. Should anything on the invoice be unclear or wrong, simply reply to this e-mail.\n\n"
        "Best regards\n\nAccounts Receivable\nNordhaven Marine\nHaul-out · Winter storage · Engine service\nreceivables@nordhaven-marine.example"
    ),
    "de": (
        "Sehr geehrte Kundin, sehr geehrter Kunde,\n\n"
        "nach unseren Unterlagen ist die folgende Rechnung trotz Fälligkeit noch offen:\n\n"
        "  Rechnungsnr.:    {inv}\n  Leistung:        {what}\n  Rechnungsdatum:  {issued}\n  Fällig am:       {due}\n  Offener Betrag:  {amt}\n\n"
        "Falls Sie inzwischen gezahlt haben, betrachten Sie diese Erinnerung bitte als gegenstandslos, oder nennen Sie uns kurz Zahlungsdatum und Referenz, damit wir die Zahlung zuordnen können. Ist an der Rechnung etwas unklar oder fehlerhaft, antworten Sie einfach auf diese E-Mail.\n\n"
        "Mit freundlichen Grüßen\n\nDebitorenbuchhaltung\nNordhaven Marine\nKranen · Winterlager · Motorservice\nreceivables@nordhaven-marine.example"
    ),
    "fr": (
        "Madame, Monsieur,\n\n"
        "Sauf erreur de notre part, la facture ci-dessous n'a pas été réglée à son échéance :\n\n"
        "  N° de facture :   {inv}\n  Prestation :      {what}\n  Date de facture : {issued}\n  Échéance :        {due}\n  Reste dû :        {amt}\n\n"
        "Si votre règlement nous est parvenu entre-temps, merci de ne pas tenir compte de ce rappel, ou de nous indiquer la date et la référence du paiement afin que nous puissions l'affecter. Si un élément de la facture vous semble inexact, il vous suffit de répondre à ce message.\n\n"
        "Bien cordialement,\n\nService comptabilité clients\nNordhaven Marine\nManutention · Hivernage · Mécanique\nreceivables@nordhaven-marine.example"
    ),
    "es": (
        "Estimado/a cliente:\n\n"
        "Según nuestra contabilidad, la factura que se detalla a continuación sigue pendiente de pago una vez vencida:\n\n"
        "  N.º de factura:     {inv}\n  Concepto:           {what}\n  Fecha de factura:   {issued}\n  Vencimiento:        {due}\n  Importe pendiente:  {amt}\n\n"
        "Si ya ha efectuado el pago, le rogamos que no tenga en cuenta este aviso o que nos indique la fecha y la referencia para poder asignarlo. Si algún dato de la factura no es correcto, basta con responder a este correo.\n\n"
        "Un cordial saludo,\n\nDepartamento de cobros\nNordhaven Marine\nVarada · Invernaje · Taller de motores\nreceivables@nordhaven-marine.example"
    ),
    "nl": (
        "Beste klant,\n\n"
        "Volgens onze administratie is onderstaande factuur na de vervaldatum nog niet betaald:\n\n"
        "  Factuurnummer:  {inv}\n  Omschrijving:   {what}\n  Factuurdatum:   {issued}\n  Vervaldatum:    {due}\n  Openstaand:     {amt}\n\n"
        "Heeft u inmiddels betaald, dan kunt u deze herinnering als niet verzonden beschouwen, of laat u ons de betaaldatum en het kenmerk weten zodat wij de betaling kunnen verwerken. Klopt er iets niet aan de factuur, antwoord dan gewoon op deze e-mail.\n\n"
        "Met vriendelijke groet,\n\nDebiteurenadministratie\nNordhaven Marine\nHijsen · Winterstalling · Motorservice\nreceivables@nordhaven-marine.example"
    ),
    "it": (
        "Gentile cliente,\n\n"
        "dai nostri registri risulta che la fattura qui sotto non è stata ancora saldata alla scadenza:\n\n"
        "  Fattura n.:       {inv}\n  Descrizione:      {what}\n  Data fattura:     {issued}\n  Scadenza:         {due}\n  Importo residuo:  {amt}\n\n"
        "Se nel frattempo ha già provveduto al pagamento, consideri nullo questo promemoria oppure ci comunichi data e riferimento del versamento, così da poterlo abbinare. Se qualcosa nella fattura non è corretto, è sufficiente rispondere a questa e-mail.\n\n"
        "Cordiali saluti,\n\nUfficio contabilità clienti\nNordhaven Marine\nAlaggio · Rimessaggio · Assistenza motori\nreceivables@nordhaven-marine.example"
    ),
}
SERVICES: dict[Service, dict[Lang, str]] = {
    "storage_nov": {
        "en": "Winter storage ashore, November 2026",
        "de": "Winterlager an Land, November 2026",
        "fr": "Hivernage à terre, novembre 2026",
        "es": "Invernaje en seco, noviembre de 2026",
        "nl": "Winterstalling op de wal, november 2026",
        "it": "Rimessaggio invernale a terra, novembre 2026",
    },
    "storage_dec": {
        "en": "Winter storage ashore, December 2026",
        "de": "Winterlager an Land, Dezember 2026",
        "fr": "Hivernage à terre, décembre 2026",
        "es": "Invernaje en seco, diciembre de 2026",
        "nl": "Winterstalling op de wal, december 2026",
        "it": "Rimessaggio invernale a terra, dicembre 2026",
    },
    "storage_jan": {
        "en": "Winter storage ashore, January 2027",
        "de": "Winterlager an Land, Januar 2027",
        "fr": "Hivernage à terre, janvier 2027",
        "es": "Invernaje en seco, enero de 2027",
        "nl": "Winterstalling op de wal, januari 2027",
        "it": "Rimessaggio invernale a terra, gennaio 2027",
    },
    "haulout": {
        "en": "Haul-out, pressure wash and blocking",
        "de": "Kranen, Hochdruckreinigung und Aufbocken",
        "fr": "Grutage, nettoyage haute pression et calage",
        "es": "Varada, limpieza a presión y calzado",
        "nl": "Uithijsen, afspuiten en op de bok zetten",
        "it": "Alaggio, lavaggio ad alta pressione e invasatura",
    },
    "overhaul": {
        "en": "Engine overhaul – parts and labour",
        "de": "Motorüberholung – Material und Arbeitszeit",
        "fr": "Révision moteur – pièces et main-d'œuvre",
        "es": "Revisión del motor – piezas y mano de obra",
        "nl": "Motorrevisie – onderdelen en arbeid",
        "it": "Revisione motore – ricambi e manodopera",
    },
    "antifouling": {
        "en": "Antifouling, two coats incl. paint",
        "de": "Antifouling, zwei Anstriche inkl. Farbe",
        "fr": "Antifouling deux couches, peinture comprise",
        "es": "Antiincrustante, dos manos, pintura incluida",
        "nl": "Antifouling, twee lagen incl. verf",
        "it": "Antivegetativa, due mani, vernice inclusa",
    },
    "shrinkwrap": {
        "en": "Shrink-wrap cover and winterising",
        "de": "Schrumpfhaube und Einwinterung",
        "fr": "Housse thermorétractable et hivernage moteur",
        "es": "Funda termorretráctil e invernaje del motor",
        "nl": "Krimpfolie en winterklaar maken",
        "it": "Telo termoretraibile e preparazione invernale",
    },
}
# (invoice date, due date) per service
SERVICE_DATES: dict[Service, tuple[date, date]] = {
    "storage_nov": (date(2026, 11, 1), date(2026, 11, 15)),
    "storage_dec": (date(2026, 12, 1), date(2026, 12, 15)),
    "storage_jan": (date(2027, 1, 1), date(2027, 1, 15)),
    "haulout": (date(2026, 10, 30), date(2026, 11, 29)),
    "overhaul": (date(2026, 12, 11), date(2027, 1, 10)),
    "antifouling": (date(2026, 11, 20), date(2026, 12, 20)),
    "shrinkwrap": (date(2026, 11, 6), date(2026, 12, 6)),
}
DATE_LAYOUT: dict[Lang, str] = {
    "en": "%d/%m/%Y",
    "de": "%d.%m.%Y",
    "fr": "%d/%m/%Y",
    "es": "%d/%m/%Y",
    "nl": "%d-%m-%Y",
    "it": "%d/%m/%Y",
}
LATIN1_FALLBACK = {
    "–": "-",
    "—": "-",
    "’": "'",
    "‘": "'",
    "“": '"',
    "”": '"',
    "„": '"',
    "…": "...",
    "\u202f": " ",
}
LATIN1_FALLBACK.update({"œ": "oe", "Œ": "OE", "€": "EUR"})

# --------------------------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Bill:
    """The invoice a reminder was about."""

    number: str
    service: Service
    amount: str  # "1284.60"


@dataclass(frozen=True, kw_only=True)
class Facts:
    """The labels of one message beyond intent and language, as the hand-labeller read them."""

    promised: str | None = None
    paid: str | None = None
    back: str | None = None
    ref: str | None = None
    amount: str | None = None
    currency: str | None = None
    contact: str | None = None
    refs: tuple[str, ...] = ()
    note: str | None = None


@dataclass(frozen=True, kw_only=True)
class Reply:
    """One hand-written message that answers (or follows) a reminder."""

    key: str
    intent: Intent
    lang: Lang
    sender: tuple[str, str]
    sent: str  # "2027-01-19 18:42 +0000", the sender's local time and zone
    client: Client
    text: str
    facts: Facts
    bill: Bill
    charset: Charset = "utf-8"
    cte: Cte = "qp"
    subject: str = ""  # "" = the client's reply prefix; otherwise a template with {subj}
    headers: tuple[tuple[str, str], ...] = ()
    quote: bool = True
    threaded: bool = True
    below: bool = False  # bottom-posted (Thunderbird)
    us: bool = False  # US date layouts in the client
    mobile_os: str = "Android"
    attachment: tuple[str, bytes] | None = None
    markup: str = ""  # hand-written HTML for notice_alt
    quote_to: tuple[str, str] | None = None
    inline: tuple[
        tuple[str, str], ...
    ] = ()  # (quoted line to answer after, answer); the rest is cut

    @property
    def when(self) -> datetime:
        return datetime.strptime(self.sent, "%Y-%m-%d %H:%M %z")

    @property
    def written(self) -> str:
        """All the text the sender wrote, inline answers included."""
        return "\n\n".join([self.text, *(answer for _, answer in self.inline)])


@dataclass(frozen=True, kw_only=True)
class Quoted:
    """The reminder as the replying client shows it."""

    subject: str
    text: str
    sent: datetime
    to: str


# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{salt}|{key}".encode()).digest()


def b32(key: str, salt: str, size: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:size]


def uuid_like(key: str, salt: str) -> str:
    h = digest(key, salt).hex().upper()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def stamp(lang: Lang, when: datetime) -> dict[str, str]:
    """Every date piece a client layout may use, in the client's language."""
    return {
        "wd": DAYS[lang][when.weekday()],
        "wda": DAYS_ABBR[lang][when.weekday()],
        "mon": MONTHS[lang][when.month - 1],
        "mona": MONTHS_ABBR[lang][when.month - 1],
        "d": str(when.day),
        "dd": f"{when.day:02d}",
        "mo": f"{when.month:02d}",
        "y": str(when.year),
        "yy": f"{when.year % 100:02d}",
        "HH": f"{when.hour:02d}",
        "H": str(when.hour),
        "mm": f"{when.minute:02d}",
        "h12": str((when.hour - 1) % 12 + 1),
        "ampm": "AM" if when.hour < 12 else "PM",
    }


def money(lang: Lang, amount: str, *, euro_sign: bool) -> str:
    whole, cents = amount.split(".")
    grouped = f"{int(whole):,}"
    if lang == "en":
        return f"€{grouped}.{cents}" if euro_sign else f"EUR {grouped}.{cents}"
    sep = "\u00a0" if lang == "fr" else "."
    number = f"{grouped.replace(',', sep)},{cents}"
    symbol = "€" if euro_sign else "EUR"
    return f"{symbol} {number}" if lang in {"nl", "it"} else f"{number} {symbol}"


def fit_charset(text: str, charset: Charset) -> str:
    """What a client limited to Latin-1 makes of typographic characters in quoted text."""
    if charset in {"iso-8859-1", "us-ascii"}:
        for bad, good in LATIN1_FALLBACK.items():
            text = text.replace(bad, good)
    return text


def gt(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def br_lines(text: str) -> str:
    return "<br>\n".join(esc(line) for line in text.split("\n"))


def div_lines(text: str) -> str:
    return "\n".join(
        f"<div>{esc(line)}</div>" if line else "<div><br></div>" for line in text.split("\n")
    )


def mso_lines(text: str) -> str:
    return "\n".join(
        f'<p class="MsoNormal">{esc(line) if line else "&nbsp;"}<o:p></o:p></p>'
        for line in text.split("\n")
    )


def flow(text: str, width: int = 72) -> str:
    """RFC 3676 format=flowed, as Thunderbird wraps it: soft breaks end in a space."""
    out: list[str] = []
    for line in text.split("\n"):
        match = re.match(r"^(>+ ?)", line)
        prefix = match.group(1) if match else ""
        body = line[len(prefix) :].rstrip(" ")
        if not prefix and body.startswith((" ", "From ", ">")):
            body = " " + body
        if len(prefix) + len(body) <= width:
            out.append(prefix + body)
            continue
        chunks = textwrap.wrap(
            body, width - len(prefix), break_long_words=False, break_on_hyphens=False
        )
        out.extend(f"{prefix}{chunk} " for chunk in chunks[:-1])
        out.append(prefix + chunks[-1])
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# MIME building blocks
# --------------------------------------------------------------------------------------------


def encoded_body(text: str, *, charset: Charset, cte: Cte) -> str:
    data = text.encode(charset)  # raises if the hand-written text does not fit the charset
    if cte == "qp":
        return binascii.b2a_qp(data, istext=True).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "7bit":
        return data.decode("ascii")
    return data.decode("ascii", "surrogateescape")


CTE_NAME: dict[Cte, str] = {
    "qp": "quoted-printable",
    "base64": "base64",
    "8bit": "8bit",
    "7bit": "7bit",
}


def text_part(
    text: str, *, subtype: str, charset: Charset, cte: Cte, flowed: bool = False
) -> Message:
    part = Message()
    extra = "; format=flowed" if flowed else ""
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"{extra}'
    part["Content-Transfer-Encoding"] = CTE_NAME[cte]
    part.set_payload(encoded_body(text, charset=charset, cte=cte))
    return part


def multipart(subtype: str, parts: Sequence[Message], *, boundary: str, extra: str = "") -> Message:
    outer = Message()
    outer["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"{extra}'
    for part in parts:
        outer.attach(part)
    return outer


def rfc822(inner: Message) -> Message:
    part = Message()
    part["Content-Type"] = "message/rfc822"
    part.attach(inner)
    return part


def header_value(value: str, charset: Charset, *, field: str = "Subject") -> str:
    """A header as the client encodes it: RFC 2047 when it is not ASCII, folded after `field: `."""
    if value.isascii():
        return value
    name = "utf-8" if charset in {"utf-8", "us-ascii"} else charset
    try:
        value.encode(name)
    except UnicodeEncodeError:
        name = "utf-8"
    return Header(value, name, header_name=field).encode()


def mailbox(name: str, addr: str, charset: Charset) -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{header_value(name, charset, field='From')} <{addr}>"


def top_level(body: Message, headers: Sequence[tuple[str, str]], *, mime: bool = True) -> Message:
    """Put the envelope headers above the MIME headers of `body`, the way clients order them."""
    mime_headers = list(body.items())
    for name in {name for name, _ in mime_headers}:
        del body[name]
    for name, value in headers:
        body[name] = value
    if mime:
        body["MIME-Version"] = "1.0"
    for name, value in mime_headers:
        body[name] = value
    return body


def boundary(key: str, n: int, style: str) -> str:
    token = b32(key, f"boundary{n}", 26)
    shapes = {
        "gmail": "000000000000" + digest(key, f"b{n}").hex()[:16],
        "apple": f"Apple-Mail={uuid_like(key, f'b{n}')}",
        "outlook": f"_000_{token}_",
        "thunderbird": f"------------{token[:24]}",
    }
    return shapes.get(
        style, f"----=_Part_{int.from_bytes(digest(key, f'n{n}')[:3], 'big')}_{token[:10]}"
    )


# --------------------------------------------------------------------------------------------
# The reminder being answered
# --------------------------------------------------------------------------------------------


def reminder_subject(lang: Lang, bill: Bill) -> str:
    return REMINDER_SUBJECT[lang].format(inv=bill.number)


def reminder_text(lang: Lang, bill: Bill, *, euro_sign: bool = True) -> str:
    issued, due = SERVICE_DATES[bill.service]
    return REMINDER_BODY[lang].format(
        inv=bill.number,
        what=SERVICES[bill.service][lang],
        issued=issued.strftime(DATE_LAYOUT[lang]),
        due=due.strftime(DATE_LAYOUT[lang]),
        amt=money(lang, bill.amount, euro_sign=euro_sign),
    )


def reminder_msgid(key: str) -> str:
    return f"<{digest(key, 'reminder').hex()[:20]}.dunning@{AR_DOMAIN}>"


def reminder_time(reply: datetime, key: str) -> datetime:
    """The reminder went out on a working morning one to three days before the reply."""
    day = reply.astimezone(YARD_TZ) - timedelta(days=1 + digest(key, "gap")[0] % 3)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day.replace(
        hour=8, minute=30 + digest(key, "min")[0] % 20, second=digest(key, "sec")[0] % 60
    )


def quoted(r: Reply) -> Quoted:
    euro = r.charset not in {"iso-8859-1", "us-ascii"}
    name, addr = r.quote_to or r.sender
    return Quoted(
        subject=fit_charset(reminder_subject(r.lang, r.bill), r.charset),
        text=fit_charset(reminder_text(r.lang, r.bill, euro_sign=euro), r.charset),
        sent=reminder_time(r.when, r.key).astimezone(r.when.tzinfo),
        to=f"{name} <{addr}>" if name else addr,
    )


def sent_reminder(*, key: str, lang: Lang, bill: Bill, to: str, when: datetime) -> Message:
    """The reminder exactly as Nordhaven Marine's mail server sent it (returned in bounces)."""
    body = text_part(reminder_text(lang, bill), subtype="plain", charset="utf-8", cte="qp")
    headers = [
        ("From", formataddr((AR_NAME, AR_ADDR))),
        ("To", to),
        ("Subject", header_value(reminder_subject(lang, bill), "utf-8")),
        ("Date", format_datetime(when)),
        ("Message-ID", reminder_msgid(key)),
    ]
    return top_level(body, headers)


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


def outlook_date(r: Reply, when: datetime) -> str:
    layout = OUTLOOK_DATE_US if r.us else OUTLOOK_DATE[r.lang]
    return layout.format(**stamp(r.lang, when))


def outlook_block(r: Reply, q: Quoted) -> list[tuple[str, str]]:
    frm, sent, to, subj, _ = OUTLOOK_LABELS[r.lang]
    return [
        (frm, f"{AR_NAME} <{AR_ADDR}>"),
        (sent, outlook_date(r, q.sent)),
        (to, q.to),
        (subj, q.subject),
    ]


def outlook_block_text(r: Reply, q: Quoted) -> str:
    sep = OUTLOOK_LABELS[r.lang][4]
    return "\n".join(f"{label}{sep}{value}" for label, value in outlook_block(r, q))


def outlook_block_html(r: Reply, q: Quoted) -> str:
    sep = OUTLOOK_LABELS[r.lang][4]
    return "<br>\n".join(
        f"<b>{esc(label)}{sep.rstrip()}</b> {esc(value)}" for label, value in outlook_block(r, q)
    )


def alternative(r: Reply, text: str, markup: str, *, style: str) -> Message:
    parts = [
        text_part(text, subtype="plain", charset=r.charset, cte=r.cte),
        text_part(markup, subtype="html", charset=r.charset, cte=r.cte),
    ]
    return multipart("alternative", parts, boundary=boundary(r.key, 0, style))


def word_html(r: Reply, q: Quoted) -> str:
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}\n'
        'span.EmailStyle20 {mso-style-type:personal-reply; font-family:"Aptos",sans-serif; color:windowtext;}\n'
        "@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n"
        f'<body lang="{CONTENT_LANGUAGE[r.lang].upper()}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{mso_lines(r.text)}\n<p class="MsoNormal">&nbsp;<o:p></o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{outlook_block_html(r, q)}<o:p></o:p></p>\n</div>\n'
        f'<p class="MsoNormal">&nbsp;<o:p></o:p></p>\n{mso_lines(q.text)}\n</div>\n</body>\n</html>\n'
    )


def owa_html(r: Reply, q: Quoted, *, signature: str = "") -> str:
    sig = (
        f'<div id="ms-outlook-mobile-signature" dir="auto">{esc(signature)}</div>\n'
        if signature
        else ""
    )
    return (
        f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
        '<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
        f"{br_lines(r.text)}</div>\n{sig}"
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{outlook_block_html(r, q)}</font>\n<div>&nbsp;</div>\n</div>\n"
        f'<div class="BodyFragment"><font size="2"><span style="font-size:11pt;">\n<div class="PlainText">{br_lines(q.text)}</div>\n'
        "</span></font></div>\n</body>\n</html>\n"
    )


def render_outlook(r: Reply, q: Quoted) -> Message:
    text = f"{r.text}\n\n{outlook_block_text(r, q)}\n\n{q.text}\n"
    return alternative(r, text, word_html(r, q), style="outlook")


def render_outlook_plain(r: Reply, q: Quoted) -> Message:
    text = f"{r.text}\n\n{OUTLOOK_ORIGINAL[r.lang]}\n{outlook_block_text(r, q)}\n\n{q.text}\n"
    return text_part(text, subtype="plain", charset=r.charset, cte=r.cte)


def render_outlook_html_only(r: Reply, q: Quoted) -> Message:
    return text_part(word_html(r, q), subtype="html", charset=r.charset, cte=r.cte)


def render_owa(r: Reply, q: Quoted) -> Message:
    text = f"{r.text}\n\n________________________________\n{outlook_block_text(r, q)}\n\n{q.text}\n"
    return alternative(r, text, owa_html(r, q), style="outlook")


def render_outlook_mobile(r: Reply, q: Quoted) -> Message:
    sig = OUTLOOK_MOBILE_SIG[r.lang].format(os=r.mobile_os)
    text = f"{r.text}\n\n{sig}\n________________________________\n{outlook_block_text(r, q)}\n\n{q.text}\n"
    return alternative(r, text, owa_html(r, q, signature=sig), style="outlook")


def gmail_line(r: Reply, q: Quoted) -> str:
    who = f"{AR_NAME} <{AR_ADDR}>"
    layout = GMAIL_LINE_US if r.us else GMAIL_LINE[r.lang]
    return layout.format(**stamp(r.lang, q.sent), who=who, name=AR_NAME, addr=AR_ADDR)


def render_gmail(r: Reply, q: Quoted) -> Message:
    line = gmail_line(r, q)
    text = f"{r.text}\n\n{line}\n\n{gt(q.text)}\n"
    markup = (
        f'<div dir="ltr">{div_lines(r.text)}</div><br>\n'
        f'<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">{esc(line)}<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{br_lines(q.text)}<br>\n</blockquote></div>\n"
    )
    return alternative(r, text, markup, style="gmail")


def apple_line(r: Reply, q: Quoted) -> str:
    layout = APPLE_LINE_US if r.us else APPLE_LINE[r.lang]
    return layout.format(**stamp(r.lang, q.sent), who=f"{AR_NAME} <{AR_ADDR}>")


def render_apple(r: Reply, q: Quoted) -> Message:
    line = apple_line(r, q)
    text = f"{r.text}\n\n{line}\n\n{gt(q.text)}\n"
    markup = (
        f'<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset={r.charset}"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f'{div_lines(r.text)}\n<div><br><blockquote type="cite"><div>{esc(line)}</div><br class="Apple-interchange-newline">'
        f"<div><div>{br_lines(q.text)}</div></div></blockquote></div><br></body></html>\n"
    )
    return alternative(r, text, markup, style="apple")


def render_iphone(r: Reply, q: Quoted) -> Message:
    text = f"{r.text}\n\n{IPHONE_SIG[r.lang]}\n\n> {apple_line(r, q)}\n>\n{gt(q.text)}\n"
    return text_part(text, subtype="plain", charset=r.charset, cte=r.cte)


def interleaved(quote: str, answers: Sequence[tuple[str, str]]) -> str:
    """Quote the reminder line by line, answering after the anchored lines; cut after the last."""
    out: list[str] = []
    pending = list(answers)
    for line in quote.split("\n"):
        if not pending:
            break
        out.append(f"> {line}" if line else ">")
        if pending[0][0] in line:
            out += ["", pending.pop(0)[1], ""]
    if pending:
        raise ValueError(f"anchor not in the quote: {pending[0][0]}")
    return "\n".join(out)


def render_thunderbird(r: Reply, q: Quoted) -> Message:
    line = THUNDERBIRD_LINE[r.lang].format(**stamp(r.lang, q.sent), name=AR_NAME)
    if r.inline:
        text = f"{r.text}\n\n{line}\n{interleaved(q.text, r.inline)}"
    elif r.below:
        text = f"{line}\n{gt(q.text)}\n\n{r.text}\n"
    else:
        text = f"{r.text}\n\n{line}\n{gt(q.text)}\n"
    return text_part(flow(text), subtype="plain", charset=r.charset, cte=r.cte, flowed=True)


def render_samsung(r: Reply, q: Quoted) -> Message:
    divider, frm, dat, to, subj, sep = SAMSUNG_BLOCK[r.lang]
    s = stamp(r.lang, q.sent)
    offset = q.sent.strftime("%z")
    when = f"{s['dd']}/{s['mo']}/{s['y']} {s['HH']}:{s['mm']} (GMT{offset[:3]}:{offset[3:]})"
    text = (
        f"{r.text}\n\n\n{SAMSUNG_SIG[r.lang]}\n\n{divider}\n{frm}{sep}{AR_NAME} <{AR_ADDR}>\n"
        f"{dat}{sep}{when}\n{to}{sep}{q.to}\n{subj}{sep}{q.subject}\n\n{q.text}\n"
    )
    return text_part(text, subtype="plain", charset=r.charset, cte=r.cte)


def simple_html(text: str, charset: Charset) -> str:
    paragraphs = "\n".join(f"<p>{br_lines(p)}</p>" for p in text.split("\n\n"))
    return f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head><body>\n{paragraphs}\n</body></html>\n'


def render_notice(r: Reply, _q: Quoted) -> Message:
    return text_part(r.text + "\n", subtype="plain", charset=r.charset, cte=r.cte)


def render_notice_alt(r: Reply, _q: Quoted) -> Message:
    return alternative(r, r.text + "\n", r.markup or simple_html(r.text, r.charset), style="mixed")


RENDER: dict[Client, Callable[[Reply, Quoted], Message]] = {
    "outlook": render_outlook,
    "outlook_plain": render_outlook_plain,
    "outlook_html_only": render_outlook_html_only,
    "owa": render_owa,
    "outlook_mobile": render_outlook_mobile,
    "gmail": render_gmail,
    "apple": render_apple,
    "iphone": render_iphone,
    "thunderbird": render_thunderbird,
    "samsung": render_samsung,
    "notice": render_notice,
    "notice_alt": render_notice_alt,
}


def reply_msgid(r: Reply) -> str:
    domain = r.sender[1].split("@")[1]
    if r.client == "gmail":
        tail = base64.urlsafe_b64encode(digest(r.key, "gm")).decode().rstrip("=")[:42]
        return f"<CA{tail}@mail.gmail.com>"
    if r.client in OUTLOOK_FAMILY:
        return f"<{b32(r.key, 'ms', 30)}@{b32(r.key, 'host', 8)}.EURP195.PROD.OUTLOOK.COM>"
    if r.client in {"apple", "iphone"}:
        return f"<{uuid_like(r.key, 'apple')}@{domain}>"
    if r.client == "samsung":
        return f"<{digest(r.key, 'sm').hex()[:32]}@email.android.com>"
    return f"<{digest(r.key, 'id').hex()[:28]}@{domain}>"


def reply_subject(r: Reply, q: Quoted) -> str:
    if r.subject:
        return r.subject.format(subj=q.subject)
    prefix = OUTLOOK_RE[r.lang] if r.client in OUTLOOK_FAMILY else "Re: "
    return prefix + q.subject


def outlook_headers(r: Reply, q: Quoted) -> list[tuple[str, str]]:
    index = base64.b64encode(digest(r.key, "thread")[:22]).decode()
    return [
        ("Thread-Topic", header_value(q.subject, r.charset, field="Thread-Topic")),
        ("Thread-Index", index),
        ("Accept-Language", f"{CONTENT_LANGUAGE[r.lang]}, en-US"),
        ("Content-Language", CONTENT_LANGUAGE[r.lang]),
        ("X-MS-Has-Attach", "yes" if r.attachment else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def reply_headers(r: Reply, q: Quoted) -> list[tuple[str, str]]:
    headers = [
        ("From", mailbox(*r.sender, r.charset)),
        ("To", formataddr((AR_NAME, AR_ADDR))),
        ("Subject", header_value(reply_subject(r, q), r.charset)),
        ("Date", format_datetime(r.when)),
        ("Message-ID", reply_msgid(r)),
    ]
    if r.threaded:
        headers += [("In-Reply-To", reminder_msgid(r.key)), ("References", reminder_msgid(r.key))]
    if r.client in OUTLOOK_FAMILY:
        headers += outlook_headers(r, q)
    return headers + list(CLIENT_HEADERS.get(r.client, ())) + list(r.headers)


def with_attachment(r: Reply, body: Message) -> Message:
    if r.attachment is None:
        return body
    name, data = r.attachment
    pdf = Message()
    pdf["Content-Type"] = f'application/pdf; name="{name}"'
    pdf["Content-Description"] = name
    pdf["Content-Disposition"] = f'attachment; filename="{name}"'
    pdf["Content-Transfer-Encoding"] = "base64"
    pdf.set_payload(base64.encodebytes(data).decode("ascii"))
    return multipart("mixed", [body, pdf], boundary=boundary(r.key, 9, "outlook"))


def build_reply(r: Reply) -> Message:
    q = quoted(r)
    body = with_attachment(r, RENDER[r.client](r, q))
    return top_level(body, reply_headers(r, q))


FAKE_PDF = (
    b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)
AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "All")


def bill(number: str, service: Service, amount: str) -> Bill:
    return Bill(number=f"NM-W26-{number}", service=service, amount=amount)


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

DYNAMICS_TEXT = """Remittance Advice

Kestrel Isle Ferries Ltd
Ferry Terminal, North Quay

Vendor:          Nordhaven Marine (V-00418)
Payment no.:     PAY-0031877
Payment date:    22/01/2027
Payment method:  SEPA credit transfer
Currency:        EUR

Document no.   Your invoice    Invoice date   Amount paid
PI-104455      NM-W26-0371     30/10/2026        2,180.00
PI-104612      NM-W26-0402     11/12/2026        2,130.50
                                              -----------
Total paid                                       4,310.50

This remittance advice was generated automatically by our finance system. Please do not reply to this address; send any queries to finance.ap@kestrelisleferries.example."""

DYNAMICS_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt">
<h2 style="font-size:14pt">Remittance Advice</h2>
<p><b>Kestrel Isle Ferries Ltd</b><br>Ferry Terminal, North Quay</p>
<table cellpadding="3" style="border-collapse:collapse">
<tr><td>Vendor</td><td>Nordhaven Marine (V-00418)</td></tr>
<tr><td>Payment no.</td><td>PAY-0031877</td></tr>
<tr><td>Payment date</td><td>22/01/2027</td></tr>
<tr><td>Payment method</td><td>SEPA credit transfer</td></tr>
<tr><td>Currency</td><td>EUR</td></tr>
</table>
<br>
<table cellpadding="3" border="1" style="border-collapse:collapse">
<tr><th>Document no.</th><th>Your invoice</th><th>Invoice date</th><th>Amount paid</th></tr>
<tr><td>PI-104455</td><td>NM-W26-0371</td><td>30/10/2026</td><td align="right">2,180.00</td></tr>
<tr><td>PI-104612</td><td>NM-W26-0402</td><td>11/12/2026</td><td align="right">2,130.50</td></tr>
<tr><td colspan="3"><b>Total paid</b></td><td align="right"><b>4,310.50</b></td></tr>
</table>
<p style="color:#666">This remittance advice was generated automatically by our finance system. Please do not reply to this address; send any queries to finance.ap@kestrelisleferries.example.</p>
</body></html>
"""

EXACT_TEXT = """Betalingsspecificatie

Geachte relatie,

Hierbij ontvangt u de specificatie van de betaling die wij vandaag aan u hebben overgemaakt.

Betaaldatum:       29-01-2027
Betalingskenmerk:  0029 1187 5501 2040
Totaalbedrag:      € 1.125,00

Factuurnummer    Factuurdatum    Bedrag
NM-W26-0455      01-01-2027      € 1.125,00

Met vriendelijke groet,

Zeilschool Het Wad B.V.
Crediteurenadministratie

Dit bericht is automatisch verzonden vanuit Exact Online. U kunt niet op dit bericht antwoorden."""

EXACT_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#e5173f;color:#fff;padding:12px;font-size:16px">Betalingsspecificatie</td></tr>
<tr><td style="padding:12px">
<p>Geachte relatie,</p>
<p>Hierbij ontvangt u de specificatie van de betaling die wij vandaag aan u hebben overgemaakt.</p>
<table cellpadding="4">
<tr><td>Betaaldatum:</td><td>29-01-2027</td></tr>
<tr><td>Betalingskenmerk:</td><td>0029 1187 5501 2040</td></tr>
<tr><td>Totaalbedrag:</td><td>&euro; 1.125,00</td></tr>
</table>
<table cellpadding="4" border="1" style="border-collapse:collapse;margin-top:8px">
<tr><th>Factuurnummer</th><th>Factuurdatum</th><th>Bedrag</th></tr>
<tr><td>NM-W26-0455</td><td>01-01-2027</td><td>&euro; 1.125,00</td></tr>
</table>
<p>Met vriendelijke groet,<br><br>Zeilschool Het Wad B.V.<br>Crediteurenadministratie</p>
<p style="font-size:11px;color:#888">Dit bericht is automatisch verzonden vanuit Exact Online. U kunt niet op dit bericht antwoorden.</p>
</td></tr></table>
</body></html>
"""

PAYMENT_SENT = [
    Reply(
        key="ps-en-paid",
        intent="payment_sent",
        lang="en",
        sender=("Derek Ashworth", "derek.ashworth@gmail.com"),
        sent="2027-01-19 18:42 +0000",
        client="iphone",
        text="Paid.",
        bill=bill("0344", "storage_dec", "486.00"),
        facts=Facts(
            note="a bare 'Paid.' answering the reminder is a payment claim; no date, amount or reference given"
        ),
    ),
    Reply(
        key="ps-en-dynamics",
        intent="payment_sent",
        lang="en",
        sender=("Kestrel Isle Ferries – Accounts Payable", "ap-noreply@kestrelisleferries.example"),
        sent="2027-01-22 06:15 +0000",
        client="notice_alt",
        text=DYNAMICS_TEXT,
        markup=DYNAMICS_HTML,
        quote=False,
        threaded=False,
        subject="Remittance advice PAY-0031877 from Kestrel Isle Ferries Ltd",
        headers=(AUTO_GENERATED, ("X-Mailer", "Microsoft Dynamics 365 Business Central")),
        bill=bill("0402", "overhaul", "2130.50"),
        facts=Facts(
            paid="2027-01-22",
            ref="PAY-0031877",
            amount="4310.50",
            currency="EUR",
            refs=("NM-W26-0371", "NM-W26-0402"),
            note="AP-system payment advice (Dynamics) with Auto-Submitted: auto-generated: a payment claim, not an auto-reply; the amount is the total of both invoices",
        ),
    ),
    Reply(
        key="ps-en-broker",
        intent="payment_sent",
        lang="en",
        sender=("Fiona Castellan", "fiona@castellan-yachtbrokers.example"),
        sent="2027-01-27 11:05 +0000",
        client="outlook",
        text=(
            "Good morning,\n\n"
            "We act for Mr Peter Hollis in the sale of his yacht Marram, which is ashore with you. He has asked us to clear the yard's invoices from the sale deposit we hold on client account, so that the boat can be handed over with nothing outstanding.\n\n"
            "We sent €1,956.00 by SEPA transfer yesterday, covering NM-W26-0433 (December storage) and NM-W26-0467 (January storage). Our payment reference is HOLLIS-MARRAM-0127.\n\n"
            "Could you confirm once it has arrived? The buyer's surveyor would like to inspect her in the first week of February and we will need the yard's release by then.\n\n"
            "Kind regards,\n\n"
            "Fiona Castellan\nCastellan Yacht Brokers\nBrokerage · Valuations · Charter management\n\n"
            "This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Castellan Yacht Brokers Ltd is registered in England and Wales."
        ),
        quote_to=("Peter Hollis", "p.hollis@hollis-consulting.example"),
        bill=bill("0467", "storage_jan", "978.00"),
        facts=Facts(
            paid="2027-01-26",
            ref="HOLLIS-MARRAM-0127",
            amount="1956.00",
            currency="EUR",
            refs=("NM-W26-0433", "NM-W26-0467"),
            note="broker paying on the owner's behalf, replying to the reminder the owner forwarded; 'yesterday' is the day before the message",
        ),
    ),
    Reply(
        key="ps-de-eben",
        intent="payment_sent",
        lang="de",
        sender=("Jens Harmsen", "jens.harmsen@gmx.de"),
        sent="2027-01-23 10:12 +0100",
        client="iphone",
        text="Moin, ist erledigt – hab’s eben per Onlinebanking überwiesen, 612 €. Sorry, ist im Weihnachtstrubel untergegangen.\n\nGruß Jens",
        bill=bill("0351", "storage_dec", "612.00"),
        facts=Facts(
            paid="2027-01-23",
            amount="612.00",
            currency="EUR",
            note="'eben' (just now) dates the transfer to the message day",
        ),
    ),
    Reply(
        key="ps-de-club",
        intent="payment_sent",
        lang="de",
        sender=("Segel-Club Wendenhafen e.V. - Kasse", "kasse@sc-wendenhafen.example"),
        sent="2027-01-19 20:47 +0100",
        client="outlook_plain",
        charset="iso-8859-1",
        text=(
            "Sehr geehrte Damen und Herren,\n\n"
            "die Rechnung NM-W26-0398 (Kranen und Winterlager unserer vier Jollen und des Motorboots) haben wir am 15.01.2027 überwiesen, Betrag 2.340,00 EUR, Auftragsnummer 4471-0093. Laut Kontoauszug war die Wertstellung am 18.01.\n\n"
            "Vermutlich haben sich Ihre Erinnerung und unsere Zahlung überschnitten. Bitte prüfen Sie den Zahlungseingang noch einmal.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Hartmut Liebig\nKassenwart\nSegel-Club Wendenhafen e.V.\nAm Yachthafen 7"
        ),
        bill=bill("0398", "haulout", "2340.00"),
        facts=Facts(
            paid="2027-01-15",
            ref="4471-0093",
            amount="2340.00",
            currency="EUR",
            refs=("NM-W26-0398",),
            note="the transfer date (15 Jan) is the payment date, not the value date (18 Jan); ISO-8859-1 client",
        ),
    ),
    Reply(
        key="ps-fr-cheque",
        intent="payment_sent",
        lang="fr",
        sender=("Annick Le Goff", "annick.legoff@breizhnet.example"),
        sent="2027-01-28 20:31 +0100",
        client="gmail",
        text=(
            "Bonsoir,\n\n"
            "Le chèque de 780 € pour l'hivernage est parti lundi par La Poste, à l'adresse du chantier. Vous devriez l'avoir d'ici la fin de la semaine. C'est le chèque n° 0049127 (Crédit Maritime).\n\n"
            "Bonne soirée,\nAnnick Le Goff\n(propriétaire de « Kerlouan », le Sun Odyssey 32)"
        ),
        bill=bill("0439", "storage_dec", "780.00"),
        facts=Facts(
            paid="2027-01-25",
            ref="0049127",
            amount="780.00",
            currency="EUR",
            note="cheque posted on the Monday before the message: sent; 'vous devriez l'avoir' does not make it a promise",
        ),
    ),
    Reply(
        key="ps-fr-cb",
        intent="payment_sent",
        lang="fr",
        sender=("Ecole de voile du Ponant", "contact@ecoledevoileduponant.example"),
        sent="2027-02-01 14:10 +0100",
        client="samsung",
        cte="base64",
        text="Bonjour\n\nregle ce matin par CB a votre accueil (c'est Yann qui est passe au chantier), le recu est au nom de l'ecole. vous pouvez cloturer la relance\n\nCdt\nGwen - Ecole de voile du Ponant",
        bill=bill("0385", "haulout", "1150.00"),
        facts=Facts(
            paid="2027-02-01",
            note="card payment at the yard office 'ce matin' = the message day; written without accents",
        ),
    ),
    Reply(
        key="ps-es-transfer",
        intent="payment_sent",
        lang="es",
        sender=("Marta Quiroga", "administracion@vientosdelsurcharter.example"),
        sent="2027-01-26 12:18 +0100",
        client="outlook",
        attachment=("Justificante_transferencia_22012027.pdf", FAKE_PDF),
        text=(
            "Buenos días:\n\n"
            "Les confirmamos que el pasado viernes 22 realizamos la transferencia de 3.418,20 € correspondiente a las facturas NM-W26-0379 y NM-W26-0380 (invernaje del Brisa y del Levante). Les adjuntamos el justificante bancario.\n\n"
            "Tengan en cuenta, por favor, que en el concepto solo figura el número de la primera factura.\n\n"
            "Un saludo,\n\n"
            "Marta Quiroga\nAdministración\nVientos del Sur Charter, S.L.\nPuerto Deportivo, pantalán 3"
        ),
        bill=bill("0380", "storage_dec", "1709.10"),
        facts=Facts(
            paid="2027-01-22",
            amount="3418.20",
            currency="EUR",
            refs=("NM-W26-0379", "NM-W26-0380"),
            note="transfer on Friday 22 Jan with the bank receipt attached as PDF",
        ),
    ),
    Reply(
        key="ps-es-canarias",
        intent="payment_sent",
        lang="es",
        sender=("Tomás Betancor", "tomasbetancor@correo-atlantico.example"),
        sent="2027-01-20 09:55 +0000",
        client="outlook_mobile",
        cte="base64",
        text="Buenos días, eso ya está pagado desde el día 14, lo hice por transferencia desde la app del banco. Si no os ha llegado decídmelo y os mando captura.\n\nTomás",
        bill=bill("0357", "storage_dec", "395.00"),
        facts=Facts(
            paid="2027-01-14",
            note="'pagado desde el día 14' = paid on the 14th of the current month; sender in the Canaries (+0000)",
        ),
    ),
    Reply(
        key="ps-nl-exact",
        intent="payment_sent",
        lang="nl",
        sender=("Zeilschool Het Wad B.V. via Exact Online", "noreply@exactonline.example"),
        sent="2027-01-29 05:02 +0100",
        client="notice_alt",
        text=EXACT_TEXT,
        markup=EXACT_HTML,
        quote=False,
        threaded=False,
        subject="Betalingsspecificatie Zeilschool Het Wad B.V. – 29-01-2027",
        headers=(AUTO_GENERATED,),
        bill=bill("0455", "storage_jan", "1125.00"),
        facts=Facts(
            paid="2027-01-29",
            ref="0029 1187 5501 2040",
            amount="1125.00",
            currency="EUR",
            refs=("NM-W26-0455",),
            note="Exact Online payment specification with Auto-Submitted: auto-generated: payment_sent",
        ),
    ),
    Reply(
        key="ps-nl-gisteren",
        intent="payment_sent",
        lang="nl",
        sender=("Bram Visscher", "bram@visscher-installatie.example"),
        sent="2027-02-09 07:48 +0100",
        client="gmail",
        text=(
            "Goedemorgen,\n\n"
            "Is gisteren overgemaakt, de stalling van december en januari in één keer (€ 1.048,00). Ik dacht eerlijk gezegd dat het via automatische incasso liep, vandaar de vertraging. Kunnen we dat voor de rest van de winter alsnog regelen?\n\n"
            "Groet,\nBram Visscher\nPluvier 8,4 – box 23"
        ),
        bill=bill("0472", "storage_jan", "524.00"),
        facts=Facts(
            paid="2027-02-08",
            amount="1048.00",
            currency="EUR",
            note="'gisteren' = the day before the message; the direct-debit question is secondary",
        ),
    ),
    Reply(
        key="ps-it-bonifico",
        intent="payment_sent",
        lang="it",
        sender=("Maestrale Charter – Amministrazione", "amministrazione@maestralecharter.example"),
        sent="2027-02-03 16:22 +0100",
        client="outlook",
        charset="windows-1252",
        text=(
            "Buongiorno,\n\n"
            "vi informiamo che in data odierna abbiamo disposto il bonifico di € 2.870,00 a saldo della fattura NM-W26-0421 (revisione motore del catamarano “Libeccio”).\n\n"
            "CRO: 30691874452\n\n"
            "Restiamo a disposizione per qualsiasi chiarimento.\n\n"
            "Cordiali saluti\n\n"
            "Giulia Porcu\nUfficio Amministrazione\nMaestrale Charter S.r.l.\nMolo Sud, banchina 4\n\n"
            "Le informazioni contenute in questa e-mail sono riservate e destinate esclusivamente al destinatario indicato. Se avete ricevuto questo messaggio per errore, vi preghiamo di informarci e di cancellarlo."
        ),
        bill=bill("0421", "overhaul", "2870.00"),
        facts=Facts(
            paid="2027-02-03",
            ref="30691874452",
            amount="2870.00",
            currency="EUR",
            refs=("NM-W26-0421",),
            note="'in data odierna abbiamo disposto il bonifico': ordered today, so sent; windows-1252",
        ),
    ),
]

PROMISE_TO_PAY = [
    Reply(
        key="pp-en-tuesdayweek",
        intent="promise_to_pay",
        lang="en",
        sender=("Martin Crabtree", "m.crabtree@crabtreejoinery.example"),
        sent="2027-01-21 19:20 +0000",
        client="thunderbird",
        cte="8bit",
        text=(
            "Hi,\n\n"
            "Sorry this one slipped through. I get paid on the 1st but it doesn't clear until the Tuesday after, so I'll transfer the full amount next Tuesday week. If that's a problem give me a ring.\n\n"
            'Martin Crabtree\nWesterly Centaur "Halcyon", bay 14'
        ),
        bill=bill("0366", "storage_dec", "540.00"),
        facts=Facts(
            promised="2027-02-02",
            note="British 'next Tuesday week' = a week after the coming Tuesday (26 Jan) → 2 Feb, which is also the Tuesday after the 1st",
        ),
    ),
    Reply(
        key="pp-en-checkrun",
        intent="promise_to_pay",
        lang="en",
        sender=("Dana Whitfield", "dwhitfield@bluelatitudecharters.example"),
        sent="2027-01-25 10:40 -0500",
        client="outlook",
        us=True,
        text=(
            "Hi there,\n\n"
            "Invoice NM-W26-0390 was approved by our owner this morning and has been scheduled for Friday's check run – euro invoices go out by wire the same day, so you should see it early the following week.\n\n"
            "For the next one, could you put your SWIFT/BIC on the invoice? Our bank asked for it last time.\n\n"
            "Thanks,\n\n"
            "Dana Whitfield\nFleet Manager | Blue Latitude Charters\nAnnapolis, MD"
        ),
        bill=bill("0390", "haulout", "3260.00"),
        facts=Facts(
            promised="2027-01-29",
            refs=("NM-W26-0390",),
            note="past-tense 'approved … scheduled' announces a future payment; 'Friday's check run' from Mon 25 Jan (US Eastern) → 29 Jan; the BIC request is for later invoices",
        ),
    ),
    Reply(
        key="pp-en-tomorrow",
        intent="promise_to_pay",
        lang="en",
        sender=("Kyle Brennan", "kyle.brennan@gmail.com"),
        sent="2027-02-04 22:15 -0500",
        client="iphone",
        us=True,
        text="Will pay it tomorrow, sorry – been traveling.\n\nK",
        bill=bill("0459", "storage_jan", "702.00"),
        facts=Facts(
            promised="2027-02-05",
            note="'tomorrow' resolves in the sender's zone: 4 Feb locally (-0500) although it is already 5 Feb in UTC",
        ),
    ),
    Reply(
        key="pp-de-kw6",
        intent="promise_to_pay",
        lang="de",
        sender=("Hafenverwaltung Südermole – Finanzbuchhaltung", "fibu@hafen-suedermole.example"),
        sent="2027-01-27 13:36 +0100",
        client="outlook",
        text=(
            "Sehr geehrte Damen und Herren,\n\n"
            "die Rechnung NM-W26-0409 (Motorüberholung Arbeitsboot „Südermole 2“) ist sachlich und rechnerisch geprüft und zur Zahlung freigegeben. Die Auszahlung erfolgt mit unserem nächsten Zahllauf in KW 6.\n\n"
            "Mit freundlichen Grüßen\nim Auftrag\n\n"
            "Sabine Kröger\nFinanzbuchhaltung\nHafenverwaltung Südermole\n– Eigenbetrieb der Gemeinde –"
        ),
        bill=bill("0409", "overhaul", "5815.40"),
        facts=Facts(
            promised="2027-02-08",
            refs=("NM-W26-0409",),
            note="'in KW 6' → Monday of ISO week 6 of 2027 (8 Feb), as 'next week' → its Monday; 'freigegeben' is approval, not payment",
        ),
    ),
    Reply(
        key="pp-de-monatsende",
        intent="promise_to_pay",
        lang="de",
        sender=("Rainer Voß", "r.voss@voss-fliesen.example"),
        sent="2027-01-21 08:05 +0100",
        client="gmail",
        text="Guten Morgen,\n\nich überweise das zum Monatsende, vorher geht es leider nicht – die Zahlungen für die Baustelle kommen erst am 29. rein.\n\nViele Grüße\nRainer Voß",
        bill=bill("0364", "storage_dec", "455.00"),
        facts=Facts(
            promised="2027-01-31", note="'zum Monatsende' → last day of the message's month"
        ),
    ),
    Reply(
        key="pp-fr-debutfevrier",
        intent="promise_to_pay",
        lang="fr",
        sender=("Yacht Club de l'Aber – Trésorerie", "tresorier@ycaber.example"),
        sent="2027-01-22 18:44 +0100",
        client="thunderbird",
        cte="8bit",
        text=(
            "Bonjour,\n\n"
            "Bien reçu votre rappel. Notre trésorier adjoint, qui a la signature sur le compte, est en déplacement jusqu'à la fin du mois : le virement pour la facture NM-W26-0426 sera fait début février, dès son retour.\n\n"
            "Désolé pour ce contretemps.\n\n"
            "Bernard Quéméner\nTrésorier – Yacht Club de l'Aber"
        ),
        bill=bill("0426", "haulout", "1890.00"),
        facts=Facts(
            refs=("NM-W26-0426",),
            note="'début février' cannot be pinned to a day → null, like 'in January'",
        ),
    ),
    Reply(
        key="pp-fr-samedi",
        intent="promise_to_pay",
        lang="fr",
        sender=("Hervé Lambert", "herve.lambert@lambert-architectes.example"),
        sent="2027-02-03 12:50 +0100",
        client="iphone",
        text="Bonjour,\nJe passe au chantier samedi pour voir où en est le moteur, je vous réglerai la facture sur place par chèque.\nBonne journée\nHervé Lambert",
        bill=bill("0416", "overhaul", "1375.00"),
        facts=Facts(promised="2027-02-06", note="'samedi' after Wed 3 Feb → Sat 6 Feb"),
    ),
    Reply(
        key="pp-es-diezdias",
        intent="promise_to_pay",
        lang="es",
        sender=("Náutica Rías Baixas", "facturacion@nauticariasbaixas.example"),
        sent="2027-02-01 10:02 +0100",
        client="outlook_plain",
        charset="windows-1252",
        text=(
            "Buenos días:\n\n"
            "Les confirmamos que abonaremos la factura NM-W26-0444 en diez días, en cuanto cobremos la primera reserva de la temporada. Disculpen el retraso.\n\n"
            "Atentamente,\n\n"
            "Lucía Otero\nDepartamento de Administración\nNáutica Rías Baixas, S.L."
        ),
        bill=bill("0444", "antifouling", "1320.00"),
        facts=Facts(
            promised="2027-02-11",
            refs=("NM-W26-0444",),
            note="'en diez días' from Mon 1 Feb → 11 Feb; the stated reason does not remove the date",
        ),
    ),
    Reply(
        key="pp-es-venta",
        intent="promise_to_pay",
        lang="es",
        sender=("Andrés Ibarra", "andres.ibarra@ibarraasesores.example"),
        sent="2027-01-29 17:33 +0100",
        client="gmail",
        text=(
            "Hola,\n\n"
            "Sé que está pendiente. El barco está a la venta con un broker de Palma y ya hay dos interesados; en cuanto se venda pagaré todo lo que debo al astillero, invernaje incluido. Si el comprador necesita verlo en seco, ¿se podría coordinar con vosotros?\n\n"
            "Gracias por la paciencia,\nAndrés Ibarra"
        ),
        bill=bill("0441", "storage_dec", "830.00"),
        facts=Facts(
            note="commitment tied to an event ('en cuanto se venda'): promise_to_pay without a date; the viewing question is secondary"
        ),
    ),
    Reply(
        key="pp-nl-ingepland",
        intent="promise_to_pay",
        lang="nl",
        sender=("Robin Hoekstra", "r.hoekstra@hoekstra-charters.example"),
        sent="2027-01-29 15:07 +0100",
        client="owa",
        text="Hallo,\n\nDe betaling van NM-W26-0451 is goedgekeurd en staat ingepland voor donderdag 4 februari. Jullie zien het bedrag de dag erna op de rekening.\n\nMet vriendelijke groet,\n\nRobin Hoekstra\nVlootbeheer\nHoekstra Charters",
        bill=bill("0451", "shrinkwrap", "2145.00"),
        facts=Facts(
            promised="2027-02-04",
            refs=("NM-W26-0451",),
            note="'is goedgekeurd en staat ingepland' announces a future payment; the payment date, not the expected arrival, is labelled",
        ),
    ),
    Reply(
        key="pp-it-entro15",
        intent="promise_to_pay",
        lang="it",
        sender=("Circolo Nautico Punta Rossa", "segreteria@cnpuntarossa.example"),
        sent="2027-01-26 11:11 +0100",
        client="apple",
        text=(
            "Buongiorno,\n\n"
            "in risposta al vostro sollecito, vi confermiamo che provvederemo al saldo di € 1.640,00 entro il 15 del mese prossimo, dopo l'approvazione del bilancio da parte del consiglio direttivo.\n\n"
            "Cordiali saluti,\n\n"
            "Elena Marchi\nSegreteria – Circolo Nautico Punta Rossa"
        ),
        bill=bill("0424", "haulout", "1640.00"),
        facts=Facts(
            promised="2027-02-15",
            amount="1640.00",
            currency="EUR",
            note="'entro il 15 del mese prossimo' written in January → 15 Feb",
        ),
    ),
    Reply(
        key="pp-it-rambling",
        intent="promise_to_pay",
        lang="it",
        sender=("Franco Bellandi", "fbellandi@castelmare-web.example"),
        sent="2027-02-09 21:40 +0100",
        client="apple",
        text=(
            "Buonasera,\n\n"
            "scusate se rispondo solo ora ma è stato un inverno complicato. Prima di tutto volevo ringraziare Davide dell'officina per il lavoro sul motore: l'ho sentito girare a dicembre prima di chiudere tutto e sembra un altro, finalmente non fuma più in partenza. Mia moglie dice che ho speso troppo, ma la barca ha trentadue anni e va trattata bene.\n\n"
            "Volevo anche chiedervi, se possibile, di lasciare il telone fino a fine marzo, perché a Pasqua vorremmo fare un primo giro fino all'isola, tempo permettendo. Vedete voi se conviene metterla in acqua prima o dopo il ponte del 25 aprile, io mi adeguo.\n\n"
            "Per la fattura, il bonifico lo faccio questo venerdì, quando torno da Milano. Scusate ancora il ritardo.\n\n"
            'Un caro saluto a tutti,\nFranco Bellandi\n"Gabbiano II", posto 31'
        ),
        bill=bill("0419", "overhaul", "2310.00"),
        facts=Facts(
            promised="2027-02-12",
            note="long reply; the promise is buried in the third paragraph; 'questo venerdì' from Tue 9 Feb → 12 Feb",
        ),
    ),
]

DISPUTE = [
    Reply(
        key="di-en-notdone",
        intent="dispute",
        lang="en",
        sender=("Oliver Stanbridge", "oliver@stanbridge-design.example"),
        sent="2027-01-25 08:47 +0000",
        client="gmail",
        text=(
            "Hello,\n\n"
            "We have NOT paid NM-W26-0429 because the antifouling on Sandpiper hasn't been done. I was at the yard on Saturday and the hull is exactly as it was when she came out in October – old paint flaking, no new coats, not even sanded. I'm not paying for two coats of paint that aren't on the boat.\n\n"
            "If the work is booked for later in the season, invoice it when it's done.\n\n"
            "Oliver Stanbridge"
        ),
        bill=bill("0429", "antifouling", "1184.00"),
        facts=Facts(
            refs=("NM-W26-0429",),
            note="negated payment with the reason: the service was not performed",
        ),
    ),
    Reply(
        key="di-en-mixed",
        intent="dispute",
        lang="en",
        sender=("Graham Royle", "graham.royle@kestrelisleferries.example"),
        sent="2027-02-02 14:25 +0000",
        client="owa",
        text=(
            "Hi,\n\n"
            "NM-W26-0361 (haul-out of MV Tern) was paid on 12 January – our remittance went to this address the same day.\n\n"
            "NM-W26-0362 is a different matter. It charges 14 days' hardstanding for Tern at your standard daily rate, but under our fleet agreement the rate for our vessels is 40% below that. Please credit it and reissue at the contract rate; we'll pay the corrected invoice on receipt.\n\n"
            "Regards,\n\n"
            "Graham Royle\nFleet Engineering Manager\nKestrel Isle Ferries Ltd"
        ),
        bill=bill("0362", "storage_jan", "2940.00"),
        facts=Facts(
            refs=("NM-W26-0361", "NM-W26-0362"),
            note="one invoice paid, the reminded one contested against the contract rate: dispute wins for the disputed part; no payment fields",
        ),
    ),
    Reply(
        key="di-en-duplicate",
        intent="dispute",
        lang="en",
        sender=("Sue Pellow", "suepellow@cornishmail.example"),
        sent="2027-01-20 16:03 +0000",
        client="thunderbird",
        cte="8bit",
        below=True,
        text="Hello,\n\nThis looks like a duplicate of NM-W26-0388, which I paid on 4 January. Same boat (Morwenna), same month (December storage), same amount, £ sorry, €540. Please check and cancel this one.\n\nSue Pellow",
        bill=bill("0412", "storage_dec", "540.00"),
        facts=Facts(
            refs=("NM-W26-0388",),
            note="duplicate billing, bottom-posted; the payment mentioned is of the other invoice, not of this one",
        ),
    ),
    Reply(
        key="di-de-boote",
        intent="dispute",
        lang="de",
        sender=("Segelschule Wattwind", "info@segelschule-wattwind.example"),
        sent="2027-01-28 09:30 +0100",
        client="outlook",
        text=(
            "Guten Tag,\n\n"
            "in der Rechnung NM-W26-0418 berechnen Sie Winterlager für fünf Boote. Bei Ihnen stehen aber nur drei unserer Jollenkreuzer – die beiden Kielzugvögel haben wir im Oktober selbst in unsere Halle geholt, das war auch so mit Herrn Sørensen abgesprochen.\n\n"
            "Bitte korrigieren Sie die Rechnung auf drei Stellplätze, dann überweisen wir umgehend.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Katrin Ahlers\nSegelschule Wattwind GbR"
        ),
        bill=bill("0418", "storage_dec", "1450.00"),
        facts=Facts(
            refs=("NM-W26-0418",), note="wrong quantity; payment only after the correction"
        ),
    ),
    Reply(
        key="di-de-motor",
        intent="dispute",
        lang="de",
        sender=("Dr. Ulrich Brenner", "u.brenner@praxis-brenner.example"),
        sent="2027-02-04 19:12 +0100",
        client="apple",
        text=(
            "Sehr geehrte Damen und Herren,\n\n"
            "seit der Überholung läuft der Motor meiner „Seeschwalbe“ schlechter als vorher: Er qualmt beim Start blau und verliert Öl an der Zylinderkopfdichtung. Das habe ich Ihrem Werkstattmeister bereits am 14.01. telefonisch gemeldet, geschehen ist seitdem nichts.\n\n"
            "Solange der Mangel nicht behoben ist, werde ich die Rechnung NM-W26-0415 nicht begleichen.\n\n"
            "Mit freundlichen Grüßen\nUlrich Brenner"
        ),
        bill=bill("0415", "overhaul", "3180.00"),
        facts=Facts(
            refs=("NM-W26-0415",),
            note="'won't pay until the defect is fixed': dispute; the condition is not a promise",
        ),
    ),
    Reply(
        key="di-fr-grutage",
        intent="dispute",
        lang="fr",
        sender=("Catherine Morvan", "catherine.morvan@morvan-notaires.example"),
        sent="2027-01-19 13:14 +0100",
        client="apple",
        text=(
            "Bonjour,\n\n"
            "Je ne comprends pas cette facture : vous me facturez un grutage aller-retour et un calage, alors que « Penn Ar Bed » est resté à l'eau tout l'hiver, au ponton C. Je n'ai d'ailleurs jamais demandé de sortie d'eau cette année.\n\n"
            "Merci de vérifier et d'annuler cette facture.\n\n"
            "Cordialement,\nCatherine Morvan"
        ),
        bill=bill("0383", "haulout", "690.00"),
        facts=Facts(
            note="service never performed; 'je ne comprends pas' is a complaint, not a request for the invoice"
        ),
    ),
    Reply(
        key="di-fr-avoir",
        intent="dispute",
        lang="fr",
        sender=("SARL Iroise Croisières - Comptabilité", "compta@iroise-croisieres.example"),
        sent="2027-02-08 10:27 +0100",
        client="outlook_plain",
        charset="iso-8859-1",
        text=(
            "Bonjour,\n\n"
            "Cette facture a déjà fait l'objet d'un avoir (AV-W26-0031 du 18/12/2026) suite à notre réclamation sur le nombre d'heures de main-d'oeuvre. Nous ne comprenons donc pas cette relance. Pouvez-vous vérifier de votre côté et nous confirmer que le solde est bien nul ?\n\n"
            "Cordialement,\n\n"
            "Nathalie Guéguen\nComptabilité\nSARL Iroise Croisières"
        ),
        bill=bill("0408", "overhaul", "2460.00"),
        facts=Facts(
            note="already credited: dispute; the confirmation request is secondary; the credit note number is not an invoice ref; ISO-8859-1"
        ),
    ),
    Reply(
        key="di-es-danos",
        intent="dispute",
        lang="es",
        sender=("Javier Montero", "javier.montero@monteroabogados.example"),
        sent="2027-01-30 11:48 +0100",
        client="iphone",
        text=(
            "Buenos días,\n\n"
            "El sábado pasado fui a ver el barco y la hélice tiene un golpe que antes no tenía, además de un arañazo largo en el casco a la altura de la cuna. Está claro que fue al sacarlo del agua. No voy a pagar la factura de la varada hasta que lo reviséis y me digáis cómo se va a reparar.\n\n"
            "Os mando las fotos en otro correo.\n\n"
            "Javier Montero"
        ),
        bill=bill("0374", "haulout", "845.00"),
        facts=Facts(note="damage during the haul-out; payment withheld until it is repaired"),
    ),
    Reply(
        key="di-nl-po",
        intent="dispute",
        lang="nl",
        sender=(
            "Havenbedrijf Oostergat – Crediteuren",
            "crediteuren@havenbedrijf-oostergat.example",
        ),
        sent="2027-01-21 10:19 +0100",
        client="outlook",
        text=(
            "Geachte heer, mevrouw,\n\n"
            'Wij kunnen deze factuur niet verwerken. Het vermelde inkoopordernummer PO-7781 komt in ons systeem niet voor, en wij hebben geen vaartuig met de naam "Zeearend" in beheer. Vermoedelijk is de factuur aan de verkeerde debiteur gekoppeld.\n\n'
            "Wij verzoeken u de factuur in te trekken.\n\n"
            "Met vriendelijke groet,\n\n"
            "Afdeling Crediteuren\nHavenbedrijf Oostergat"
        ),
        bill=bill("0396", "shrinkwrap", "1265.00"),
        facts=Facts(
            note="'not our PO, not our vessel': they contest the charge itself, so dispute rather than wrong_contact"
        ),
    ),
    Reply(
        key="di-nl-lengte",
        intent="dispute",
        lang="nl",
        sender=("Jeroen Bakker", "j.bakker@bakker-tandtechniek.example"),
        sent="2027-02-05 22:14 +0100",
        client="gmail",
        text=(
            "Hoi,\n\n"
            "Volgens de factuur is de boot 11,5 meter, maar onze Dehler is 9,95 meter over alles. Dat staat ook zo in het stallingscontract. Jullie rekenen dus anderhalve meter te veel, en dat al drie maanden lang.\n\n"
            "Graag een gecorrigeerde factuur, en ook voor november en december.\n\n"
            "Jeroen"
        ),
        bill=bill("0474", "storage_jan", "598.00"),
        facts=Facts(
            note="billed for the wrong length; the corrected-invoice request follows from the dispute"
        ),
    ),
    Reply(
        key="di-it-prezzo",
        intent="dispute",
        lang="it",
        sender=("Studio Tecnico Ferrante", "m.ferrante@studioferrante.example"),
        sent="2027-01-18 15:40 +0100",
        client="outlook",
        charset="windows-1252",
        text=(
            "Buongiorno,\n\n"
            "il preventivo che ci avete mandato a ottobre per la revisione del motore era di € 1.200,00 IVA esclusa. La fattura NM-W26-0403 è di € 1.780,00, senza che nessuno ci abbia mai comunicato lavori aggiuntivi.\n\n"
            "Prima di procedere con il pagamento vi chiediamo il dettaglio delle ore e dei ricambi e una fattura conforme al preventivo.\n\n"
            "Distinti saluti\n\n"
            "Marco Ferrante"
        ),
        bill=bill("0403", "overhaul", "1780.00"),
        facts=Facts(
            refs=("NM-W26-0403",),
            note="price above the agreed quote; the request for the detail is secondary",
        ),
    ),
    Reply(
        key="di-it-rabbia",
        intent="dispute",
        lang="it",
        sender=("Salvo Contarino", "salvo.contarino@libero.it"),
        sent="2027-02-06 08:02 +0100",
        client="outlook_mobile",
        cte="base64",
        text="ma state scherzando?? la barca l'avete rovinata voi durante l'alaggio, c'e una crepa sul timone che prima non c'era e mi mandate pure il sollecito. non pago niente finche non sistemate il danno, ho gia parlato con l'assicurazione\n\nSalvo",
        bill=bill("0392", "haulout", "720.00"),
        facts=Facts(note="irritated, no accents; damage claim, payment refused until repaired"),
    ),
]

PAYMENT_PLAN = [
    Reply(
        key="pl-en-hardship",
        intent="payment_plan",
        lang="en",
        sender=("Lisa Tranter", "lisa.tranter82@gmail.com"),
        sent="2027-01-24 22:51 +0000",
        client="gmail",
        text=(
            "Hi,\n\n"
            "I'm sorry I haven't answered the earlier emails. To be honest things have been difficult since my husband and I separated in the autumn – the boat is in joint names and he has stopped contributing to anything, the yard included. I'm trying to sort out who pays what through the solicitors but it's going slowly.\n\n"
            "I don't want the account to keep growing or the boat to be held. I can manage €150 a month from February, on the 5th when I'm paid, until the storage is cleared. Would that be acceptable? If the boat is sold I'll clear everything at once.\n\n"
            "Sorry again, and thank you for being patient.\n\n"
            "Lisa Tranter"
        ),
        bill=bill("0370", "storage_dec", "615.00"),
        facts=Facts(
            note="hardship plea with monthly instalments offered; plan dates and amounts are not labelled"
        ),
    ),
    Reply(
        key="pl-en-three",
        intent="payment_plan",
        lang="en",
        sender=("Harbourside Sailing Academy", "office@harboursidesailing.example"),
        sent="2027-01-20 11:30 +0000",
        client="outlook",
        text=(
            "Hi,\n\n"
            "Thanks for the reminder. Winter is our leanest time – courses don't start until April – so could we split the engine overhaul invoice (NM-W26-0393) into three monthly payments, February, March and April? We can set up the standing order today if you agree.\n\n"
            "Best wishes,\n\n"
            "Claire Ogden\nOperations Manager\nHarbourside Sailing Academy\nSail Training Centre"
        ),
        bill=bill("0393", "overhaul", "2745.00"),
        facts=Facts(refs=("NM-W26-0393",)),
    ),
    Reply(
        key="pl-en-half",
        intent="payment_plan",
        lang="en",
        sender=("Neil Forsyth", "neil@forsyth-surveys.example"),
        sent="2027-02-10 13:05 +0000",
        client="iphone",
        text="I've just sent €400 of the €812 – the rest at the end of February if that's OK? Bit stretched since the survey work dried up.\n\nNeil",
        bill=bill("0463", "storage_jan", "812.00"),
        facts=Facts(note="part paid now plus the rest later → payment_plan, not payment_sent"),
    ),
    Reply(
        key="pl-de-raten",
        intent="payment_plan",
        lang="de",
        sender=("Ostsee-Charter Brandt GmbH", "buchhaltung@ostsee-charter-brandt.example"),
        sent="2027-01-26 14:58 +0100",
        client="outlook_plain",
        charset="windows-1252",
        text=(
            "Sehr geehrte Damen und Herren,\n\n"
            "die vergangene Saison ist für uns leider deutlich schlechter gelaufen als geplant. Wir möchten Sie daher bitten, die Rechnung NM-W26-0410 über 6.480,00 € in zwei Raten begleichen zu dürfen: die erste Hälfte Ende Februar, die zweite Ende März.\n\n"
            "Für Ihr Entgegenkommen wären wir Ihnen sehr dankbar.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Thomas Brandt\nGeschäftsführer\nOstsee-Charter Brandt GmbH"
        ),
        bill=bill("0410", "overhaul", "6480.00"),
        facts=Facts(refs=("NM-W26-0410",), note="two instalments requested; windows-1252"),
    ),
    Reply(
        key="pl-fr-4fois",
        intent="payment_plan",
        lang="fr",
        sender=("Sophie Kerhervé", "sophie.kerherve@orange-mail.example"),
        sent="2027-01-25 07:58 +0100",
        client="iphone",
        text="Bonjour,\nEst-il possible de régler la révision du moteur en 4 fois ? Je peux faire un premier virement début février puis un chaque mois.\nMerci d'avance,\nSophie Kerhervé",
        bill=bill("0414", "overhaul", "1960.00"),
        facts=Facts(note="instalments requested; the first-instalment date is not labelled"),
    ),
    Reply(
        key="pl-fr-reduction",
        intent="payment_plan",
        lang="fr",
        sender=("Club Nautique de Port-Louis", "tresorerie@cn-portlouis.example"),
        sent="2027-02-02 21:15 +0100",
        client="thunderbird",
        cte="8bit",
        text=(
            "Bonsoir,\n\n"
            "Le club traverse une période difficile : nous avons perdu près d'un tiers de nos adhérents l'an dernier et la subvention municipale n'a pas été renouvelée. Le bureau se demande s'il serait possible de ramener la facture d'hivernage des bateaux du club à 1 500 € au lieu de 1 920 €, à titre exceptionnel, ou à défaut d'en étaler le paiement jusqu'en juin.\n\n"
            "Nous tenons à continuer à travailler avec vous et vous remercions par avance de votre compréhension.\n\n"
            "Pour le bureau,\nMichel Le Bihan, trésorier"
        ),
        bill=bill("0435", "storage_jan", "1920.00"),
        facts=Facts(
            note="asks for a reduced amount on hardship grounds, not because the service was wrong: payment_plan"
        ),
    ),
    Reply(
        key="pl-es-plazos",
        intent="payment_plan",
        lang="es",
        sender=("Escuela de Vela Mar Chica", "info@escuelamarchica.example"),
        sent="2027-01-22 10:40 +0100",
        client="gmail",
        text=(
            "Hola,\n\n"
            "El invierno está siendo muy flojo para la escuela y ahora mismo no podemos asumir el importe completo. ¿Podríamos pagarlo en tres plazos, a finales de febrero, marzo y abril? Os lo agradeceríamos mucho.\n\n"
            "Un saludo,\nIrene Salvador\nEscuela de Vela Mar Chica"
        ),
        bill=bill("0387", "haulout", "2250.00"),
        facts=Facts(),
    ),
    Reply(
        key="pl-es-paro",
        intent="payment_plan",
        lang="es",
        sender=("Rubén Castaño", "rubencastano@telemail.example"),
        sent="2027-02-11 19:26 +0100",
        client="samsung",
        cte="base64",
        text="Hola buenas, necesito un poco más de tiempo para pagar esto. Estoy en paro desde noviembre y hasta que no encuentre algo no llego. No me olvido de la factura, de verdad.\n\nRubén",
        bill=bill("0468", "storage_jan", "410.00"),
        facts=Facts(
            note="asks for more time and pleads hardship without committing to a date: payment_plan"
        ),
    ),
    Reply(
        key="pl-nl-regeling",
        intent="payment_plan",
        lang="nl",
        sender=("Marieke Dijkstra", "marieke.dijkstra@dijkstra-bloemen.example"),
        sent="2027-01-19 09:12 +0100",
        client="outlook_mobile",
        mobile_os="iOS",
        cte="base64",
        text="Goedemorgen,\n\nZou het mogelijk zijn een betalingsregeling te treffen voor de openstaande stalling? Ik denk aan € 250 per maand tot het bedrag voldaan is. De bloemenzaak heeft een lastige winter gehad.\n\nVriendelijke groet,\nMarieke Dijkstra",
        bill=bill("0353", "storage_dec", "990.00"),
        facts=Facts(),
    ),
    Reply(
        key="pl-nl-split",
        intent="payment_plan",
        lang="nl",
        sender=("Waddenzeilers B.V.", "administratie@waddenzeilers.example"),
        sent="2027-02-04 16:40 +0100",
        client="outlook",
        charset="windows-1252",
        text=(
            "Goedemiddag,\n\n"
            "De stallingsfacturen betalen we deze week gewoon. Voor de motorrevisie van de Zwerver (NM-W26-0437, € 4.215,00) vragen we of dat in drie termijnen mag, in februari, maart en april. Het voorjaarsonderhoud van de rest van de vloot komt er ook nog aan.\n\n"
            "Laat u ons weten of dat akkoord is?\n\n"
            "Met vriendelijke groet,\n\n"
            "Pieter Zandstra\nWaddenzeilers B.V."
        ),
        bill=bill("0437", "overhaul", "4215.00"),
        facts=Facts(
            refs=("NM-W26-0437",),
            note="instalments for the reminded overhaul invoice; 'the storage invoices we pay this week' concerns other invoices",
        ),
    ),
    Reply(
        key="pl-it-dilazione",
        intent="payment_plan",
        lang="it",
        sender=("Nautica Levante Yachting", "amministrazione@nauticalevante.example"),
        sent="2027-01-29 10:05 +0100",
        client="outlook_plain",
        charset="iso-8859-1",
        text=(
            "Spett.le Nordhaven Marine,\n\n"
            "con riferimento al vostro sollecito, chiediamo cortesemente una dilazione di 60 giorni sul pagamento della fattura NM-W26-0447. La stagione dei noleggi riprende ad aprile e solo da allora avremo la liquidità necessaria.\n\n"
            "Ringraziando anticipatamente, porgiamo distinti saluti.\n\n"
            "Paola Rinaldi\nNautica Levante Yachting"
        ),
        bill=bill("0447", "antifouling", "3380.00"),
        facts=Facts(
            refs=("NM-W26-0447",),
            note="asks for 60 more days: a request for time, not a commitment, so no date",
        ),
    ),
    Reply(
        key="pl-it-rate",
        intent="payment_plan",
        lang="it",
        sender=("Giorgio Sanna", "giorgio.sanna@sannaimpianti.example"),
        sent="2027-02-05 12:31 +0100",
        client="iphone",
        text="si puo rateizzare? tipo 3 rate da 500 euro al mese. grazie\n\nGiorgio",
        bill=bill("0448", "overhaul", "1500.00"),
        facts=Facts(note="one-liner without accents asking for instalments"),
    ),
]

INVOICE_REQUEST = [
    Reply(
        key="ir-en-resend",
        intent="invoice_request",
        lang="en",
        sender=("Priya Nair", "p.nair@tidewaterferries.example"),
        sent="2027-01-18 15:44 +0000",
        client="outlook",
        text=(
            "Hello,\n\n"
            "We have no record of this invoice – it hasn't reached our AP inbox or the scanning system. Could you send a copy to this address and I'll get it registered? Nothing wrong with it as far as I know, we just haven't got it.\n\n"
            "Many thanks,\n\n"
            "Priya Nair\nAccounts Payable\nTidewater Ferries Ltd\n\n"
            "Please consider the environment before printing this email."
        ),
        bill=bill("0401", "haulout", "3975.00"),
        facts=Facts(note="never received the invoice and does not contest it: invoice_request"),
    ),
    Reply(
        key="ir-en-po",
        intent="invoice_request",
        lang="en",
        sender=("Mark Doyle", "mark.doyle@kilbride-harbour.example"),
        sent="2027-01-26 10:02 +0000",
        client="outlook_plain",
        text=(
            "Hi,\n\n"
            "Our finance system rejects supplier invoices without a valid purchase order number, which is why NM-W26-0377 hasn't been paid. Please reissue it quoting PO 45-00812 and send it to this address. The amount is fine.\n\n"
            "Regards\nMark Doyle\nProcurement Officer\nKilbride Harbour Authority"
        ),
        bill=bill("0377", "shrinkwrap", "1540.00"),
        facts=Facts(refs=("NM-W26-0377",), note="reissue with a PO number, amount not contested"),
    ),
    Reply(
        key="ir-en-didntwe",
        intent="invoice_request",
        lang="en",
        sender=("Tom Harker", "tom@harkerandsons.example"),
        sent="2027-02-08 18:20 +0000",
        client="apple",
        text="Didn't we pay this already? I was sure I did a transfer before Christmas. Can you send me a statement of the account so I can see what's actually open?\n\nTom",
        bill=bill("0360", "storage_dec", "560.00"),
        facts=Facts(
            note="a question about an earlier payment plus a statement request: invoice_request; nothing is claimed as paid"
        ),
    ),
    Reply(
        key="ir-de-xrechnung",
        intent="invoice_request",
        lang="de",
        sender=(
            "Kreishafen Lütjenbrode – Rechnungseingang",
            "rechnungseingang@kreishafen-luetjenbrode.example",
        ),
        sent="2027-01-20 09:08 +0100",
        client="outlook",
        text=(
            "Sehr geehrte Damen und Herren,\n\n"
            "als öffentlicher Auftraggeber dürfen wir Rechnungen nur noch elektronisch im Format XRechnung annehmen. Die Rechnung NM-W26-0405 ist bei uns lediglich als PDF eingegangen und konnte deshalb nicht gebucht werden.\n\n"
            "Bitte übermitteln Sie die Rechnung erneut als XRechnung, entweder über das Rechnungsportal des Landes oder per E-Mail an diese Adresse. Unsere Leitweg-ID lautet 01-0101-0004-27.\n\n"
            "Mit freundlichen Grüßen\nIm Auftrag\n\n"
            "J. Petersen\nKreishafen Lütjenbrode"
        ),
        bill=bill("0405", "haulout", "4620.00"),
        facts=Facts(
            refs=("NM-W26-0405",),
            note="public body needs the invoice as XRechnung before it can pay",
        ),
    ),
    Reply(
        key="ir-de-iban",
        intent="invoice_request",
        lang="de",
        sender=("Lutz Wehrmann", "wehrmann@wehrmann-elektro.example"),
        sent="2027-02-02 17:55 +0100",
        client="thunderbird",
        charset="iso-8859-1",
        cte="8bit",
        text="Hallo,\n\nmeine Antworten stehen unten im Text.",
        inline=(
            (
                "Offener Betrag",
                "Den Betrag zahle ich gern, aber auf meiner Rechnung ist die IBAN beim Ausdrucken abgeschnitten worden, es fehlen die letzten Stellen.",
            ),
            (
                "Falls Sie inzwischen gezahlt haben",
                "Nein, noch nicht - eben wegen der IBAN. Können Sie mir Ihre Bankverbindung noch einmal per Mail schicken?\n\nGruß\nLutz Wehrmann",
            ),
        ),
        bill=bill("0436", "storage_jan", "388.00"),
        facts=Facts(
            note="inline answers between the quoted lines; bank details needed before paying; 'noch nicht' is no payment claim; ISO-8859-1 in 8bit"
        ),
    ),
    Reply(
        key="ir-fr-rib",
        intent="invoice_request",
        lang="fr",
        sender=("Capitainerie de Port-Kervillen", "regie@port-kervillen.example"),
        sent="2027-01-28 11:36 +0100",
        client="outlook",
        text=(
            "Bonjour,\n\n"
            "Afin de pouvoir mandater la facture NM-W26-0431, notre trésorerie a besoin :\n"
            "- d'un RIB à jour au nom de Nordhaven Marine ;\n"
            "- d'une facture détaillant les heures de main-d'œuvre et les pièces, le montant global ne suffisant pas pour la comptabilité publique.\n\n"
            "Dès réception, le mandatement pourra être effectué.\n\n"
            "Cordialement,\n\n"
            "Régie du port\nCapitainerie de Port-Kervillen"
        ),
        bill=bill("0431", "overhaul", "2688.00"),
        facts=Facts(
            refs=("NM-W26-0431",),
            note="bank details and a detailed invoice needed before a public body can pay",
        ),
    ),
    Reply(
        key="ir-es-nombre",
        intent="invoice_request",
        lang="es",
        sender=("Carlos Ferrer", "carlos@ferrerhermanos.example"),
        sent="2027-01-21 13:09 +0100",
        client="gmail",
        text=(
            "Hola,\n\n"
            "Necesitamos que la factura vaya a nombre de la sociedad, Ferrer Hermanos Náutica, S.L., CIF B36912458, y no a mi nombre, para poder contabilizarla. El importe está bien. En cuanto nos llegue la nueva la pagamos.\n\n"
            "Gracias,\nCarlos Ferrer"
        ),
        bill=bill("0367", "storage_dec", "720.00"),
        facts=Facts(
            note="reissue to the company's name; amount accepted; payment only conditional on the new invoice"
        ),
    ),
    Reply(
        key="ir-es-queesesto",
        intent="invoice_request",
        lang="es",
        sender=("Pilar Soto", "pilarsoto@correo-atlantico.example"),
        sent="2027-02-09 10:44 +0000",
        client="iphone",
        text="¿A qué corresponde este importe? No tengo ninguna factura vuestra de enero y creía que el invernaje estaba pagado por adelantado. Mandadme la factura, por favor.\n\nPilar",
        bill=bill("0470", "storage_jan", "465.00"),
        facts=Facts(
            note="asks what the charge is and for the invoice; the belief that it was prepaid is not a dispute yet"
        ),
    ),
    Reply(
        key="ir-nl-kopie",
        intent="invoice_request",
        lang="nl",
        sender=("Jachthaven De Schelp – Administratie", "administratie@jachthavendeschelp.example"),
        sent="2027-01-22 08:51 +0100",
        client="owa",
        text="Goedemorgen,\n\nDeze factuur staat niet in ons systeem. Kunt u een kopie naar dit adres sturen? Dan nemen we hem mee in de eerstvolgende betaalronde.\n\nMet vriendelijke groet,\nAnouk Verbeek\nJachthaven De Schelp",
        bill=bill("0372", "shrinkwrap", "1815.00"),
        facts=Facts(
            note="copy of the invoice needed first; the payment run mentioned depends on it"
        ),
    ),
    Reply(
        key="ir-nl-btw",
        intent="invoice_request",
        lang="nl",
        sender=("Koen Smits", "koen@smitszeilmakerij.example"),
        sent="2027-02-10 14:33 +0100",
        client="apple",
        text="Hallo,\n\nOp de factuur staat ons btw-nummer niet, en zonder dat kan ik de btw niet terugvragen. Kunnen jullie hem opnieuw sturen met NL004512397B01 erop? Dan betaal ik meteen.\n\nGroet,\nKoen Smits\nSmits Zeilmakerij",
        bill=bill("0476", "storage_jan", "640.00"),
        facts=Facts(note="reissue with the customer's VAT number; amount not contested"),
    ),
    Reply(
        key="ir-it-sdi",
        intent="invoice_request",
        lang="it",
        sender=(
            "Porto Turistico Cala Verde – Amministrazione",
            "contabilita@portocalaverde.example",
        ),
        sent="2027-01-25 12:12 +0100",
        client="outlook",
        text=(
            "Buongiorno,\n\n"
            "la fattura NM-W26-0427 ci è arrivata solo in PDF via e-mail. Per poterla registrare e pagare abbiamo bisogno che venga emessa in formato elettronico tramite SdI, codice destinatario M5UXCR1.\n\n"
            "Grazie e buona giornata,\n\n"
            "Ufficio Contabilità\nPorto Turistico Cala Verde S.p.A."
        ),
        bill=bill("0427", "haulout", "3150.00"),
        facts=Facts(
            refs=("NM-W26-0427",), note="needs an electronic invoice through SdI before paying"
        ),
    ),
    Reply(
        key="ir-it-rimandate",
        intent="invoice_request",
        lang="it",
        sender=("Luca Ferri", "luca.ferri@ferri-assicurazioni.example"),
        sent="2027-02-12 09:25 +0100",
        client="outlook_mobile",
        cte="base64",
        text="mi rimandate la fattura? non la trovo più\n\nLuca",
        bill=bill("0465", "storage_jan", "530.00"),
        facts=Facts(note="one-liner asking for a copy"),
    ),
]

WRONG_CONTACT = [
    Reply(
        key="wc-en-sold",
        intent="wrong_contact",
        lang="en",
        sender=("Alan Metcalfe", "alan.metcalfe@metcalfe-farms.example"),
        sent="2027-01-19 12:40 +0000",
        client="gmail",
        text=(
            "Hello,\n\n"
            "I sold Kittiwake in October – completion was on the 28th and I told your office at the time. The new owner is Graham Pike, graham.pike@pike-logistics.example. Anything from November onwards is his.\n\n"
            "Regards,\nAlan Metcalfe"
        ),
        bill=bill("0358", "storage_dec", "505.00"),
        facts=Facts(
            contact="graham.pike@pike-logistics.example",
            note="boat sold; the bill belongs to the new owner named in the reply",
        ),
    ),
    Reply(
        key="wc-en-notmonitored",
        intent="wrong_contact",
        lang="en",
        sender=("Kestrel Isle Ferries", "accounts@kestrelisleferries.example"),
        sent="2027-01-29 09:00 +0000",
        client="notice",
        subject="Automatic reply: {subj}",
        headers=(AUTO_REPLIED, SUPPRESS),
        quote=False,
        text=(
            "This mailbox is no longer monitored.\n\n"
            "Kestrel Isle Ferries has moved to a new finance system. Supplier invoices, statements and remittance queries should now be sent to finance.ap@kestrelisleferries.example. Messages sent to this address are not read or forwarded.\n\n"
            "Thank you."
        ),
        bill=bill("0458", "storage_jan", "2940.00"),
        facts=Facts(
            contact="finance.ap@kestrelisleferries.example",
            note="automatic 'mailbox no longer monitored' notice naming the new mailbox: wrong_contact, not auto_reply",
        ),
    ),
    Reply(
        key="wc-en-redirect",
        intent="wrong_contact",
        lang="en",
        sender=("Marlin Yacht Services", "accounts@marlinyachtservices.example"),
        sent="2027-02-03 03:12 +0000",
        client="outlook_html_only",
        headers=(("Reply-To", "accounts.marlinyachtsvc@gmail.com"),),
        text=(
            "Dear Sir/Madam,\n\n"
            "Kindly be informed that our company email domain is undergoing maintenance and will be decommissioned shortly. With immediate effect please direct all invoices, statements and payment correspondence to our new accounts department email: accounts.marlinyachtsvc@gmail.com\n\n"
            "Do not reply to this address anymore as it will no longer be accessible. Kindly confirm once you have updated your records.\n\n"
            "Regards,\nAccounts Department\nMarlin Yacht Services"
        ),
        bill=bill("0449", "antifouling", "2380.00"),
        facts=Facts(
            contact="accounts.marlinyachtsvc@gmail.com",
            note="phishing-like request to move mail to a free-mail address (also in Reply-To): labelled by what it asks, wrong_contact with that address; a person must verify it by phone before changing anything",
        ),
    ),
    Reply(
        key="wc-de-kassenwart",
        intent="wrong_contact",
        lang="de",
        sender=("Gerd Möller", "gerd.moeller@moeller-steuerberatung.example"),
        sent="2027-01-25 18:30 +0100",
        client="gmail",
        text=(
            "Guten Tag,\n\n"
            "ich bin seit der Jahreshauptversammlung im November nicht mehr Kassenwart der Seglervereinigung Hohe Düne. Meine Nachfolgerin ist Frau Petra Lindqvist, zu erreichen unter kasse@sv-hoheduene.example. Bitte richten Sie Rechnungen und Erinnerungen künftig an sie; ich habe Ihre Mail an sie weitergeleitet.\n\n"
            "Mit seglerischen Grüßen\nGerd Möller"
        ),
        bill=bill("0420", "storage_dec", "1640.50"),
        facts=Facts(
            contact="kasse@sv-hoheduene.example", note="former club treasurer names his successor"
        ),
    ),
    Reply(
        key="wc-de-werkstatt",
        intent="wrong_contact",
        lang="de",
        sender=("Jan Eilers", "j.eilers@inselfaehre-hallig.example"),
        sent="2027-02-09 11:14 +0100",
        client="outlook",
        text=(
            "Moin,\n\n"
            "dieses Postfach ist nur für Werft- und Dockungstermine. Rechnungen und Zahlungserinnerungen bitte ausschließlich an unsere Buchhaltung: rechnungseingang@inselfaehre-hallig.example. Ich leite das hier einmal weiter, künftig bitte direkt dorthin.\n\n"
            "Gruß\nJan Eilers\nInspektor Schiffsbetrieb\nInselfähre Hallig GmbH"
        ),
        bill=bill("0430", "overhaul", "7420.00"),
        facts=Facts(
            contact="rechnungseingang@inselfaehre-hallig.example",
            note="ferry operator's technical inspector; invoices go to the address named",
        ),
    ),
    Reply(
        key="wc-fr-skipper",
        intent="wrong_contact",
        lang="fr",
        sender=("Loïc Tanguy", "loic.tanguy@voilerie-abers.example"),
        sent="2027-01-27 07:35 +0100",
        client="outlook_mobile",
        cte="base64",
        text="Bonjour,\n\nJe ne suis que le skipper du bateau, ce n'est pas moi qui règle les factures. Le propriétaire est M. Olivier Ract : o.ract@ract-immobilier.example. Je lui ai transféré votre message.\n\nLoïc Tanguy",
        bill=bill("0423", "antifouling", "1275.00"),
        facts=Facts(contact="o.ract@ract-immobilier.example"),
    ),
    Reply(
        key="wc-fr-erreur",
        intent="wrong_contact",
        lang="fr",
        sender=("Isabelle Carré", "isabelle.carre@cabinet-carre.example"),
        sent="2027-02-05 17:02 +0100",
        client="apple",
        text="Bonjour,\n\nVous faites erreur, je n'ai aucun bateau chez vous et je n'en ai jamais eu. Il doit s'agir d'un homonyme ou d'une faute de frappe dans l'adresse.\n\nCordialement,\nIsabelle Carré",
        bill=bill("0461", "storage_jan", "455.00"),
        facts=Facts(note="wrong recipient altogether, no new address"),
    ),
    Reply(
        key="wc-es-reservas",
        intent="wrong_contact",
        lang="es",
        sender=("Reservas – Charter Costa Brava", "reservas@chartercostabrava.example"),
        sent="2027-01-20 12:27 +0100",
        client="gmail",
        text=(
            "Hola,\n\n"
            "Esta dirección es solo para reservas de clientes. Las facturas y todo lo relacionado con pagos tienen que ir a administracion@chartercostabrava.example, que es donde las tramita Montse. Le reenvío vuestro correo.\n\n"
            "Un saludo,\nNúria\nCharter Costa Brava"
        ),
        bill=bill("0378", "haulout", "2890.00"),
        facts=Facts(contact="administracion@chartercostabrava.example"),
    ),
    Reply(
        key="wc-es-buzon",
        intent="wrong_contact",
        lang="es",
        sender=("Marina Puerto Alba", "info@marinapuertoalba.example"),
        sent="2027-02-01 00:04 +0100",
        client="notice",
        subject="Buzón fuera de servicio - {subj}",
        headers=(("X-Autoreply", "yes"),),
        quote=False,
        text=(
            "Este buzón ya no está operativo.\n\n"
            "Desde el 1 de febrero de 2027, la administración de Marina Puerto Alba atiende exclusivamente en contabilidad@marinapuertoalba.example. Los mensajes enviados a esta dirección no serán leídos.\n\n"
            "Disculpen las molestias."
        ),
        bill=bill("0453", "storage_jan", "1180.00"),
        facts=Facts(
            contact="contabilidad@marinapuertoalba.example",
            note="automatic 'buzón ya no está operativo' notice without Auto-Submitted; the date is when the change applies, not a return date",
        ),
    ),
    Reply(
        key="wc-nl-penningmeester",
        intent="wrong_contact",
        lang="nl",
        sender=("Henk Mulder", "henk.mulder@mulder-bouw.example"),
        sent="2027-01-18 20:10 +0100",
        client="thunderbird",
        cte="8bit",
        below=True,
        text="Goedenavond,\n\nSinds 1 januari ben ik geen penningmeester meer van WSV De Blauwe Hoek. Mijn opvolger is Sanne de Bruijn, bereikbaar op penningmeester@wsv-blauwehoek.example. Wilt u de facturen voortaan naar dat adres sturen?\n\nMet vriendelijke groet,\nHenk Mulder",
        bill=bill("0352", "storage_dec", "2210.00"),
        facts=Facts(
            contact="penningmeester@wsv-blauwehoek.example",
            note="bottom-posted below the quoted reminder",
        ),
    ),
    Reply(
        key="wc-nl-cc",
        intent="wrong_contact",
        lang="nl",
        sender=("Jasper van der Meer", "jasper@vandermeer-jachtverhuur.example"),
        sent="2027-02-03 10:48 +0100",
        client="outlook",
        headers=(("Cc", "Boekhouding Vandermeer <Boekhouding@Vandermeer-Jachtverhuur.example>"),),
        text=(
            "Goedemorgen,\n\n"
            "Ik heb onze boekhouder in de cc gezet, zij doet alle betalingen voor de verhuurvloot: Boekhouding@Vandermeer-Jachtverhuur.example. Graag facturen en herinneringen voortaan direct naar haar.\n\n"
            "Groet,\nJasper van der Meer\nVandermeer Jachtverhuur"
        ),
        bill=bill("0446", "antifouling", "3960.00"),
        facts=Facts(
            contact="boekhouding@vandermeer-jachtverhuur.example",
            note="address written in mixed case and copied in Cc; labelled in lower case",
        ),
    ),
    Reply(
        key="wc-it-cognato",
        intent="wrong_contact",
        lang="it",
        sender=("Alessandro Vitale", "a.vitale@vitalecostruzioni.example"),
        sent="2027-01-28 19:40 +0100",
        client="gmail",
        text=(
            "Buonasera,\n\n"
            "la barca non è più mia da settembre, l'ha comprata mio cognato, Stefano Greco. Le fatture da ottobre in poi vanno a lui: stefano.greco@grecoottica.example. Gli ho già girato il vostro messaggio.\n\n"
            "Saluti,\nAlessandro Vitale"
        ),
        bill=bill("0440", "storage_dec", "690.00"),
        facts=Facts(contact="stefano.greco@grecoottica.example"),
    ),
]

UNSUBSCRIBE = [
    Reply(
        key="un-en-stop",
        intent="unsubscribe",
        lang="en",
        sender=("Ray Pendleton", "ray@pendletonhaulage.example"),
        sent="2027-01-22 07:15 +0000",
        client="iphone",
        text="Stop emailing me. I paid this at your front desk in December and I've got the card receipt. Take me off your list – this is the third one this month.\n\nRay Pendleton",
        bill=bill("0346", "shrinkwrap", "385.00"),
        facts=Facts(
            note="stop request plus a payment claim: unsubscribe beats everything but bounce; no payment fields"
        ),
    ),
    Reply(
        key="un-en-solicitors",
        intent="unsubscribe",
        lang="en",
        sender=("Victoria Ashcombe", "v.ashcombe@ashcombe-estates.example"),
        sent="2027-02-01 16:45 +0000",
        client="outlook",
        text=(
            "Dear Sirs,\n\n"
            "Further to my letter of 11 January, all correspondence regarding this account must now be directed to my solicitors, Pryce & Whitlock LLP, who have been instructed in connection with the damage to my vessel while in your care. Please do not contact me directly, by email or otherwise.\n\n"
            "Yours faithfully,\nVictoria Ashcombe"
        ),
        bill=bill("0384", "haulout", "1420.00"),
        facts=Facts(
            note="'talk to our lawyer' without an address → unsubscribe; it outranks the damage complaint behind it"
        ),
    ),
    Reply(
        key="un-en-post",
        intent="unsubscribe",
        lang="en",
        sender=("J. R. Feltham", "jrfeltham@feltham-family.example"),
        sent="2027-02-10 10:02 +0000",
        client="thunderbird",
        cte="8bit",
        text=(
            "Dear Sir or Madam,\n\n"
            "I do not conduct financial business by e-mail. Kindly send all invoices and reminders to me by post, at the address you hold, and remove this e-mail address from your accounts system.\n\n"
            "Yours faithfully,\nJ. R. Feltham"
        ),
        bill=bill("0466", "storage_jan", "585.00"),
        facts=Facts(note="'post only' → unsubscribe"),
    ),
    Reply(
        key="un-de-keine",
        intent="unsubscribe",
        lang="de",
        sender=("Birgit Sander", "b.sander@sander-hofladen.example"),
        sent="2027-01-30 09:41 +0100",
        client="outlook_mobile",
        cte="base64",
        text="Bitte schicken Sie keine E-Mails mehr an diese Adresse. Nehmen Sie mich aus dem Verteiler.\n\nB. Sander",
        bill=bill("0368", "storage_dec", "470.00"),
        facts=Facts(),
    ),
    Reply(
        key="un-de-anwalt",
        intent="unsubscribe",
        lang="de",
        sender=("Klaus-Dieter Hanke", "kd.hanke@hanke-gmbh.example"),
        sent="2027-02-08 15:20 +0100",
        client="outlook_plain",
        charset="iso-8859-1",
        text=(
            "Sehr geehrte Damen und Herren,\n\n"
            "hiermit widerspreche ich der weiteren Verwendung meiner E-Mail-Adresse für Zahlungserinnerungen und sonstige Mitteilungen. Die Rechnung ist aus unserer Sicht ohnehin unberechtigt; die Angelegenheit liegt bei meinem Anwalt, Herrn Dr. Felix Ortmann. Jegliche weitere Korrespondenz bitte ausschließlich schriftlich an dessen Kanzlei.\n\n"
            "Mit freundlichen Grüßen\nKlaus-Dieter Hanke"
        ),
        bill=bill("0411", "overhaul", "3890.00"),
        facts=Facts(
            note="objection to e-mail plus 'only through our lawyer' with a contested invoice: unsubscribe beats dispute; ISO-8859-1"
        ),
    ),
    Reply(
        key="un-fr-courrier",
        intent="unsubscribe",
        lang="fr",
        sender=("Jean-Paul Le Floch", "jp.lefloch@lefloch-menuiserie.example"),
        sent="2027-01-21 10:55 +0100",
        client="outlook",
        charset="windows-1252",
        text="Bonjour,\n\nMerci de ne plus m'écrire à cette adresse, que je ne consulte quasiment plus. Toute correspondance concernant le bateau doit m'être adressée par courrier postal uniquement.\n\nSalutations,\nJ.-P. Le Floch",
        bill=bill("0363", "storage_dec", "610.00"),
        facts=Facts(note="post only → unsubscribe"),
    ),
    Reply(
        key="un-fr-arretez",
        intent="unsubscribe",
        lang="fr",
        sender=("Sandrine Pichon", "sandrine.pichon@pichon-coiffure.example"),
        sent="2027-02-04 22:37 +0100",
        client="iphone",
        text="Arrêtez de m'envoyer ces relances tous les trois jours, c'est du harcèlement. Je paierai quand je pourrai, vous n'avez pas besoin de me le rappeler sans arrêt. Je ne veux plus recevoir de mails de votre part.\n\nS. Pichon",
        bill=bill("0450", "storage_jan", "520.00"),
        facts=Facts(
            note="stop request with a vague 'je paierai quand je pourrai': unsubscribe wins"
        ),
    ),
    Reply(
        key="un-es-baja",
        intent="unsubscribe",
        lang="es",
        sender=("Héctor Llorente", "hector.llorente@llorentefincas.example"),
        sent="2027-01-27 12:00 +0100",
        client="gmail",
        text="Dejen de escribirme a este correo, por favor. Denme de baja de sus envíos.\n\nHéctor Llorente",
        bill=bill("0375", "shrinkwrap", "440.00"),
        facts=Facts(),
    ),
    Reply(
        key="un-nl-brief",
        intent="unsubscribe",
        lang="nl",
        sender=("Femke Jansen", "femke.jansen@jansen-fysio.example"),
        sent="2027-01-25 13:31 +0100",
        client="owa",
        text="Goedemiddag,\n\nWilt u mij geen e-mails meer sturen? Ik heb hier nooit toestemming voor gegeven. Als er iets is, stuurt u maar een brief.\n\nMet vriendelijke groet,\nFemke Jansen",
        bill=bill("0359", "storage_dec", "475.00"),
        facts=Facts(note="no more e-mail, letters only → unsubscribe"),
    ),
    Reply(
        key="un-nl-afmelden",
        intent="unsubscribe",
        lang="nl",
        sender=("W. de Graaf", "wdegraaf@degraaf-transport.example"),
        sent="2027-02-11 06:58 +0100",
        client="iphone",
        text="AFMELDEN",
        bill=bill("0478", "storage_jan", "505.00"),
        facts=Facts(note="one word 'afmelden' = unsubscribe"),
    ),
    Reply(
        key="un-it-avvocato",
        intent="unsubscribe",
        lang="it",
        sender=("Roberta Mancini", "roberta.mancini@mancinidesign.example"),
        sent="2027-01-29 18:06 +0100",
        client="outlook_html_only",
        text=(
            "Buonasera,\n\n"
            "vi prego di non contattarmi più tramite posta elettronica. Per qualsiasi comunicazione relativa alla barca e alle vostre fatture rivolgetevi d'ora in poi al mio legale, avv. Lucia Serra, che vi scriverà a breve.\n\n"
            "Distinti saluti\nRoberta Mancini"
        ),
        bill=bill("0406", "antifouling", "1535.00"),
        facts=Facts(note="'talk to my lawyer' with no address → unsubscribe"),
    ),
    Reply(
        key="un-it-cancellatemi",
        intent="unsubscribe",
        lang="it",
        sender=("Daniele Riva", "daniele.riva@rivaserramenti.example"),
        sent="2027-02-10 08:14 +0100",
        client="samsung",
        cte="base64",
        text="Cancellatemi dalla vostra lista, io con questa barca non c'entro niente. Non scrivetemi più.\nDaniele",
        bill=bill("0471", "storage_jan", "560.00"),
        facts=Facts(
            note="remove-me plus 'not my boat' without a new address: unsubscribe beats wrong_contact"
        ),
    ),
]

AUTO_REPLY = [
    Reply(
        key="ar-en-until",
        intent="auto_reply",
        lang="en",
        sender=("Helen Marsh", "h.marsh@marshandpartners.example"),
        sent="2027-01-25 09:03 +0000",
        client="notice",
        subject="Automatic reply: {subj}",
        headers=(AUTO_GENERATED, SUPPRESS),
        quote=False,
        text="Thank you for your email. I am out of the office until Monday 1 February with no access to email. For anything urgent please call the office on 01632 960114.\n\nHelen Marsh",
        bill=bill("0381", "storage_dec", "720.00"),
        facts=Facts(back="2027-02-01", note="'until X' → X itself"),
    ),
    Reply(
        key="ar-en-ticket",
        intent="auto_reply",
        lang="en",
        sender=("Tidewater Ferries Accounts Payable", "accounts@tidewaterferries.example"),
        sent="2027-02-04 11:20 +0000",
        client="notice",
        subject="[Ticket #AP-20931] {subj}",
        headers=(("X-Autoreply", "yes"),),
        quote=False,
        text=(
            "Hello,\n\n"
            "Thank you for contacting Tidewater Ferries Accounts Payable. Your message has been received and logged as ticket #AP-20931.\n\n"
            "Our team aims to respond to all supplier queries within three working days. Please quote the ticket number in any further correspondence about this matter.\n\n"
            "Tidewater Ferries – Accounts Payable Helpdesk\nThis is an automated message."
        ),
        bill=bill("0401", "haulout", "3975.00"),
        facts=Facts(
            note="ticket acknowledgement without Auto-Submitted; 'within three working days' is no return date"
        ),
    ),
    Reply(
        key="ar-en-atlantic",
        intent="auto_reply",
        lang="en",
        sender=("Sam Okafor", "sam.okafor@gmail.com"),
        sent="2027-01-31 14:22 +0000",
        client="notice",
        subject="Away – delivery trip",
        headers=(AUTO_REPLIED,),
        quote=False,
        text="Hi,\n\nI'm crewing on a delivery from Las Palmas to Antigua and won't see email until I'm back on land on 12 February. If it's about the boat at Nordhaven, it'll keep until then.\n\nSam",
        bill=bill("0457", "storage_jan", "560.00"),
        facts=Facts(back="2027-02-12", note="Gmail vacation responder with its own subject"),
    ),
    Reply(
        key="ar-de-urlaub",
        intent="auto_reply",
        lang="de",
        sender=("Stefanie Kühl", "s.kuehl@kuehl-yachtservice.example"),
        sent="2027-01-26 10:40 +0100",
        client="notice_alt",
        subject="Automatische Antwort: {subj}",
        headers=(AUTO_GENERATED, SUPPRESS),
        quote=False,
        text=(
            "Vielen Dank für Ihre Nachricht.\n\n"
            "Ich bin vom 25.01. bis einschließlich 05.02.2027 im Urlaub und lese in dieser Zeit keine E-Mails. Ihre Nachricht wird nicht weitergeleitet. Ab Montag, dem 08.02.2027, bin ich wieder für Sie da.\n\n"
            "Mit freundlichen Grüßen\nStefanie Kühl"
        ),
        bill=bill("0413", "antifouling", "1610.00"),
        facts=Facts(
            back="2027-02-08", note="'ab Montag, dem 08.02.' wins over 'bis einschließlich 05.02.'"
        ),
    ),
    Reply(
        key="ar-de-vorgang",
        intent="auto_reply",
        lang="de",
        sender=(
            "Hafenamt Kalkgrund – Rechnungsstelle",
            "rechnungsstelle@hafenamt-kalkgrund.example",
        ),
        sent="2027-02-10 14:02 +0100",
        client="notice",
        subject="Eingangsbestätigung – Vorgang 2027-000418",
        headers=(AUTO_REPLIED,),
        quote=False,
        text=(
            "Sehr geehrte Damen und Herren,\n\n"
            "Ihre E-Mail ist bei uns eingegangen und wurde unter der Vorgangsnummer 2027-000418 erfasst. Sie wird in der Reihenfolge des Eingangs bearbeitet. Bitte sehen Sie von Rückfragen zum Bearbeitungsstand ab.\n\n"
            "Dies ist eine automatisch erzeugte Nachricht.\n\n"
            "Hafenamt Kalkgrund\nRechnungsstelle"
        ),
        bill=bill("0442", "overhaul", "4975.00"),
        facts=Facts(
            note="case-number acknowledgement from a harbour office: auto_reply without a date"
        ),
    ),
    Reply(
        key="ar-fr-absente",
        intent="auto_reply",
        lang="fr",
        sender=("Gaëlle Riou", "g.riou@riou-expertise.example"),
        sent="2027-01-19 08:00 +0100",
        client="notice",
        subject="Réponse automatique : {subj}",
        headers=(AUTO_GENERATED, SUPPRESS),
        quote=False,
        text="Bonjour,\n\nJe suis absente du 18 au 29 janvier inclus. Je serai de retour le lundi 1er février et traiterai votre message à ce moment-là.\n\nCordialement,\nGaëlle Riou",
        bill=bill("0365", "storage_dec", "495.00"),
        facts=Facts(
            back="2027-02-01", note="the stated day back wins over the last day of absence"
        ),
    ),
    Reply(
        key="ar-fr-conge",
        intent="auto_reply",
        lang="fr",
        sender=("Maëlle Le Roux", "comptabilite@navettes-estuaire.example"),
        sent="2027-02-02 09:17 +0100",
        client="notice",
        subject="Réponse automatique : {subj}",
        headers=(AUTO_REPLIED,),
        quote=False,
        text=(
            "Bonjour,\n\n"
            "Je suis actuellement en congé maternité. Pendant mon absence, les questions comptables sont traitées par Julien Abgrall (j.abgrall@navettes-estuaire.example).\n\n"
            "Merci de votre compréhension,\nMaëlle Le Roux\nService comptabilité – Navettes de l'Estuaire"
        ),
        bill=bill("0432", "overhaul", "6340.00"),
        facts=Facts(
            note="no return date; a colleague's address in an auto-reply does not set new_contact"
        ),
    ),
    Reply(
        key="ar-es-hasta",
        intent="auto_reply",
        lang="es",
        sender=("Beatriz Olmedo", "beatriz.olmedo@olmedoconsultores.example"),
        sent="2027-01-28 16:48 +0100",
        client="notice_alt",
        subject="Respuesta automática: {subj}",
        headers=(AUTO_GENERATED, SUPPRESS),
        quote=False,
        text="Estaré fuera de la oficina hasta el 5 de febrero, sin acceso al correo electrónico. Para asuntos urgentes, contacten con la centralita.\n\nUn saludo,\nBeatriz Olmedo",
        bill=bill("0422", "storage_dec", "640.00"),
        facts=Facts(back="2027-02-05", note="'hasta X' → X itself"),
    ),
    Reply(
        key="ar-es-ticket",
        intent="auto_reply",
        lang="es",
        sender=("Navieras del Estrecho – Proveedores", "proveedores@navierasdelestrecho.example"),
        sent="2027-02-08 12:30 +0100",
        client="notice",
        subject="Hemos recibido su consulta [Ref. PRV-118204]",
        headers=(AUTO_REPLIED,),
        quote=False,
        text=(
            "Estimado proveedor:\n\n"
            "Hemos recibido su correo y le hemos asignado la referencia PRV-118204. Le responderemos en un plazo máximo de 48 horas laborables.\n\n"
            "Por favor, no responda a este mensaje.\n\n"
            "Departamento de Proveedores\nNavieras del Estrecho"
        ),
        bill=bill("0438", "overhaul", "8150.00"),
        facts=Facts(note="ticket acknowledgement; no return date"),
    ),
    Reply(
        key="ar-nl-afwezig",
        intent="auto_reply",
        lang="nl",
        sender=("Lotte Brouwer", "lotte.brouwer@brouwer-notariaat.example"),
        sent="2027-01-20 13:00 +0100",
        client="notice",
        subject="Automatisch antwoord: {subj}",
        headers=(AUTO_GENERATED, SUPPRESS),
        quote=False,
        text="Bedankt voor uw bericht. Ik ben afwezig tot en met vrijdag 22 januari. Vanaf maandag 25 januari ben ik weer bereikbaar en zal ik uw e-mail beantwoorden.\n\nMet vriendelijke groet,\nLotte Brouwer",
        bill=bill("0354", "storage_dec", "530.00"),
        facts=Facts(
            back="2027-01-25",
            note="'vanaf maandag 25 januari' wins over 'tot en met vrijdag 22 januari'",
        ),
    ),
    Reply(
        key="ar-nl-beurs",
        intent="auto_reply",
        lang="nl",
        sender=("Zeilcentrum De Zuidwal", "info@zeilcentrumdezuidwal.example"),
        sent="2027-02-01 08:00 +0100",
        client="notice",
        subject="Kantoor gesloten / Re: {subj}",
        headers=(("Precedence", "bulk"),),
        quote=False,
        text=(
            "Beste relatie,\n\n"
            "Van maandag 1 tot en met vrijdag 5 februari staan wij op de bootbeurs en is ons kantoor gesloten. E-mail wordt in die week niet gelezen. Vanaf maandag 8 februari zijn wij weer bereikbaar.\n\n"
            "Met zeilende groet,\nTeam Zeilcentrum De Zuidwal"
        ),
        bill=bill("0445", "haulout", "2720.00"),
        facts=Facts(
            back="2027-02-08",
            note="office closed for the boat show; autoresponder with only 'Precedence: bulk'",
        ),
    ),
    Reply(
        key="ar-it-rientro",
        intent="auto_reply",
        lang="it",
        sender=("Chiara Fontana", "c.fontana@fontanaviaggi.example"),
        sent="2027-01-27 09:55 +0100",
        client="notice",
        subject="Risposta automatica: {subj}",
        headers=(AUTO_GENERATED, SUPPRESS),
        quote=False,
        text="Gentile mittente,\n\nsono fuori ufficio fino a venerdì 29 gennaio compreso, con accesso limitato alla posta. Rientrerò lunedì 1° febbraio e risponderò al più presto.\n\nCordiali saluti,\nChiara Fontana",
        bill=bill("0417", "antifouling", "1245.00"),
        facts=Facts(
            back="2027-02-01",
            note="'rientrerò lunedì 1° febbraio' wins over 'fino a venerdì 29 gennaio compreso'",
        ),
    ),
]

OTHER = [
    Reply(
        key="ot-en-call",
        intent="other",
        lang="en",
        sender=("Rupert Vane", "rupert@vaneandco.example"),
        sent="2027-01-28 12:14 +0000",
        client="outlook_mobile",
        mobile_os="iOS",
        cte="base64",
        text="Could someone from the yard give me a call about this? There's something about the storage arrangement I'd rather discuss by phone than email. I'm in meetings most of this week and then at the boat show, so after that ideally – 07700 900341.\n\nRupert",
        bill=bill("0425", "storage_dec", "1120.00"),
        facts=Facts(
            note="asks for a call after the boat show; no promise, no dispute stated: a person must read it"
        ),
    ),
    Reply(
        key="ot-en-ooo-human",
        intent="other",
        lang="en",
        sender=("Nick Sutherland", "nick@sutherland-cabinetmakers.example"),
        sent="2027-02-11 20:05 +0000",
        client="iphone",
        subject="Out of office – {subj}",
        text="Not an auto-reply – I'm actually on holiday but saw this come in. My wife Jo does all the boat admin these days so I've forwarded it to her. One of us will be in touch when we're back.\n\nNick",
        bill=bill("0462", "storage_jan", "615.00"),
        facts=Facts(
            note="written by a person despite 'Out of office' in the subject; forwarding without an address and 'will be in touch' are neither wrong_contact nor a promise"
        ),
    ),
    Reply(
        key="ot-de-impeller",
        intent="other",
        lang="de",
        sender=("Frank Overbeck", "frank.overbeck@overbeck-metallbau.example"),
        sent="2027-01-22 16:30 +0100",
        client="gmail",
        text=(
            "Hallo zusammen,\n\n"
            "eine Frage nebenbei, bevor ich mir die Rechnung anschaue: Könnten Sie vor dem Einwassern im April noch den Impeller und die Opferanoden prüfen? Dann müsste ich nicht extra hochkommen. Geben Sie mir einfach Bescheid, was das ungefähr kosten würde.\n\n"
            "Gruß\nFrank Overbeck"
        ),
        bill=bill("0369", "storage_dec", "575.00"),
        facts=Facts(note="service question in the reminder thread; nothing about paying"),
    ),
    Reply(
        key="ot-fr-note",
        intent="other",
        lang="fr",
        sender=("Hélène Daoulas", "h.daoulas@daoulas-pharmacie.example"),
        sent="2027-01-26 13:22 +0100",
        client="iphone",
        text="Noté, merci. J'en parle avec le bureau du club mardi soir et je reviens vers vous.\n\nHélène",
        bill=bill("0386", "haulout", "1480.00"),
        facts=Facts(
            note="acknowledgement; 'je reviens vers vous' after a meeting is no payment commitment"
        ),
    ),
    Reply(
        key="ot-fr-rib",
        intent="other",
        lang="fr",
        sender=("Philippe Garnier", "philippe.garnier@garnier-btp.example"),
        sent="2027-02-09 11:03 +0100",
        client="gmail",
        text=(
            "Bonjour,\n\n"
            "Avant de payer quoi que ce soit : est-ce bien vous qui m'avez écrit la semaine dernière pour m'annoncer un changement de coordonnées bancaires ? Le RIB joint à ce mail était celui d'une banque en Lituanie, ce qui m'a paru bizarre. Je préfère vérifier avant de faire un virement. Pouvez-vous m'appeler au bureau ?\n\n"
            "Cordialement,\nPhilippe Garnier"
        ),
        bill=bill("0460", "storage_jan", "880.00"),
        facts=Facts(
            note="suspected bank-detail fraud: a person must call back; not a request for bank details"
        ),
    ),
    Reply(
        key="ot-es-motor",
        intent="other",
        lang="es",
        sender=("Ignacio Rueda", "ignacio.rueda@ruedaarquitectura.example"),
        sent="2027-01-19 17:17 +0100",
        client="apple",
        text="Hola,\n\nAprovecho el correo para preguntaros: ¿para cuándo estará lista la revisión del motor? Queremos botar el barco en Semana Santa y me gustaría saber si llegáis a tiempo.\n\nGracias,\nIgnacio",
        bill=bill("0356", "storage_dec", "745.00"),
        facts=Facts(
            note="question about work in progress; nothing about the reminded storage invoice"
        ),
    ),
    Reply(
        key="ot-es-fallecio",
        intent="other",
        lang="es",
        sender=("Elena Marín Casals", "elenamarin@marincasals.example"),
        sent="2027-02-04 10:10 +0100",
        client="outlook",
        quote_to=("Josep Marín", "josep.marin@marincasals.example"),
        text=(
            "Buenos días:\n\n"
            "Les escribo en nombre de la familia de Josep Marín, titular del velero «Tramuntana», que falleció el pasado 19 de diciembre. Estamos todavía con los trámites de la herencia y el banco ha bloqueado sus cuentas hasta que se resuelvan.\n\n"
            "Cuando tengamos claro quién se hace cargo del barco, nos pondremos en contacto con ustedes.\n\n"
            "Atentamente,\nElena Marín Casals"
        ),
        bill=bill("0443", "storage_jan", "690.00"),
        facts=Facts(
            note="the owner has died; no new contact, no request for time or instalments: a person must handle it"
        ),
    ),
    Reply(
        key="ot-nl-ok",
        intent="other",
        lang="nl",
        sender=("Sjoerd Wiersma", "sjoerd.wiersma@wiersma-agro.example"),
        sent="2027-01-27 12:02 +0100",
        client="iphone",
        text="Ok",
        bill=bill("0394", "shrinkwrap", "495.00"),
        facts=Facts(note="bare 'Ok' acknowledges the reminder; not a payment claim or a promise"),
    ),
    Reply(
        key="ot-nl-loods",
        intent="other",
        lang="nl",
        sender=("Ineke Postma", "ineke.postma@postma-advies.example"),
        sent="2027-02-12 16:25 +0100",
        client="thunderbird",
        cte="8bit",
        text="Hallo,\n\nMogen we in februari en maart in de loods zelf aan de boot werken? We willen het teakdek schuren en de romp poetsen. Vanaf wanneer kan dat, en moeten we ons ergens aanmelden?\n\nGroeten,\nIneke Postma",
        bill=bill("0479", "storage_jan", "655.00"),
        facts=Facts(note="question about working on the boat in the shed"),
    ),
    Reply(
        key="ot-it-commercialista",
        intent="other",
        lang="it",
        sender=("Marco Pellegrini", "marco.pellegrini@pellegrini-srl.example"),
        sent="2027-01-20 11:45 +0100",
        client="outlook_mobile",
        cte="base64",
        text="Ricevuto, giro tutto al commercialista.\n\nMarco",
        bill=bill("0376", "haulout", "1195.00"),
        facts=Facts(note="acknowledgement; passing it on without an address is not wrong_contact"),
    ),
    Reply(
        key="ot-it-posto",
        intent="other",
        lang="it",
        sender=("Valentina Greco", "valentina.greco@grecoarredi.example"),
        sent="2027-02-01 15:05 +0100",
        client="gmail",
        text="Buongiorno,\n\ncolgo l'occasione per chiedervi se per la prossima estate avete ancora un posto barca in acqua per un 12 metri, dal 1° giugno a fine settembre. Ci farebbe comodo restare da voi anche d'estate.\n\nGrazie,\nValentina Greco",
        bill=bill("0452", "storage_jan", "830.00"),
        facts=Facts(note="berth enquiry in the reminder thread; nothing about the invoice"),
    ),
    Reply(
        key="ot-it-ghiaccio",
        intent="other",
        lang="it",
        sender=("Renzo Bortolin", "renzo.bortolin@bortolin-vini.example"),
        sent="2027-01-18 21:30 +0100",
        client="apple",
        text=(
            "Buonasera a tutti,\n\n"
            "ho letto sul giornale che da voi la settimana scorsa è gelato il porto e che alcune barche in acqua hanno avuto problemi con le tubazioni. La mia per fortuna è a terra sotto il telone, ma mi chiedevo se qualcuno di voi ha avuto modo di darle un'occhiata dopo la nevicata, soprattutto il telone dal lato del pozzetto, che l'anno scorso si era strappato con la bora.\n\n"
            "Mio figlio dice che mi preoccupo troppo, però l'ultima volta che ho lasciato la barca tutto l'inverno senza controllare ho trovato due dita d'acqua in sentina e il frigorifero pieno di muffa. Sarebbe anche utile sapere se la batteria è stata staccata, come avevamo detto a ottobre con il vostro ragazzo, quello alto con la barba, non ricordo il nome.\n\n"
            "Se potete mandarmi due righe o una foto vi ringrazio, così sto tranquillo.\n\n"
            'Renzo Bortolin\n"Serenissima", piazzale B'
        ),
        bill=bill("0355", "storage_dec", "610.00"),
        facts=Facts(
            note="long rambling reply about the boat's condition; nothing about the invoice"
        ),
    ),
]

REPLIES: list[Reply] = [
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

BounceKind = Literal["hard", "soft"]


@dataclass(frozen=True, kw_only=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt`."""

    key: str
    lang: Lang  # language of the human-readable part
    kind: BounceKind
    status: str
    rcpt: str
    sent: str
    mta: str
    bill: Bill
    reminder_lang: Lang
    delay: timedelta = timedelta(minutes=2)  # how long after the reminder the report was written
    note: str | None = None

    @property
    def when(self) -> datetime:
        return datetime.strptime(self.sent, "%Y-%m-%d %H:%M %z")

    @property
    def reminder_sent(self) -> datetime:
        return (self.when - self.delay).astimezone(YARD_TZ)

    def reminder(self) -> Message:
        return sent_reminder(
            key=self.key,
            lang=self.reminder_lang,
            bill=self.bill,
            to=self.rcpt,
            when=self.reminder_sent,
        )

    @property
    def reminder_subject(self) -> str:
        return reminder_subject(self.reminder_lang, self.bill)


@dataclass(frozen=True, kw_only=True)
class Diagnosis:
    """The per-recipient facts of a delivery-status report."""

    mta: str
    action: Literal["failed", "delayed"]
    diagnostic: str
    remote: str = ""
    extra: tuple[tuple[str, str], ...] = ()


def delivery_status(b: Bounce, d: Diagnosis) -> Message:
    per_message = [
        ("Reporting-MTA", f"dns; {d.mta}"),
        *d.extra,
        ("Arrival-Date", format_datetime(b.reminder_sent)),
    ]
    per_recipient = [
        ("Final-Recipient", f"rfc822; {b.rcpt}"),
        ("Original-Recipient", f"rfc822;{b.rcpt}"),
        ("Action", d.action),
        ("Status", b.status),
    ]
    if d.remote:
        per_recipient.append(("Remote-MTA", f"dns; {d.remote}"))
    per_recipient += [
        ("Diagnostic-Code", f"smtp; {d.diagnostic}"),
        ("Last-Attempt-Date", format_datetime(b.when)),
    ]
    if d.action == "delayed":
        per_recipient.append(
            ("Will-Retry-Until", format_datetime(b.reminder_sent + timedelta(days=5)))
        )
    blocks: list[Message | str] = []
    for fields in (per_message, per_recipient):
        block = Message()
        for name, value in fields:
            block[name] = value
        blocks.append(block)
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload(blocks)
    return part


def returned_headers(b: Bounce) -> Message:
    original = b.reminder()
    text = "".join(f"{name}: {value}\n" for name, value in original.items())
    return text_part(text, subtype="rfc822-headers", charset="us-ascii", cte="7bit")


def described(part: Message, description: str) -> Message:
    part["Content-Description"] = description
    return part


def report(b: Bounce, parts: Sequence[Message], *, style: str = "report") -> Message:
    return multipart(
        "report", parts, boundary=boundary(b.key, 0, style), extra="; report-type=delivery-status"
    )


def finish(
    b: Bounce,
    body: Message,
    *,
    sender: str,
    subject: str,
    extra: Sequence[tuple[str, str]] = (),
    mime: bool = True,
) -> Message:
    host = parseaddr(sender)[1].split("@")[1]
    headers = [
        ("From", sender),
        ("To", AR_ADDR),
        ("Subject", header_value(subject, "utf-8")),
        ("Date", format_datetime(b.when)),
        ("Message-ID", f"<{digest(b.key, 'bounce').hex()[:24]}@{host}>"),
        *extra,
    ]
    return top_level(body, headers, mime=mime)


def bounce_postfix(b: Bounce) -> Message:
    human = (
        "This is the mail system at host mail.nordhaven-marine.example.\n\n"
        "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: host mx.hollowayboatworks.example[198.51.100.23] said:\n"
        f"    550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in\n"
        "    local recipient table (in reply to RCPT TO command)\n"
    )
    diag = Diagnosis(
        mta="mail.nordhaven-marine.example",
        action="failed",
        diagnostic=f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table",
        remote="mx.hollowayboatworks.example",
        extra=(
            ("X-Postfix-Queue-ID", "4Zk7Qm2Hw1z3xTb"),
            ("X-Postfix-Sender", f"rfc822; {AR_ADDR}"),
        ),
    )
    parts = [
        described(
            text_part(human, subtype="plain", charset="us-ascii", cte="7bit"), "Notification"
        ),
        described(delivery_status(b, diag), "Delivery report"),
        described(rfc822(b.reminder()), "Undelivered Message"),
    ]
    sender = "MAILER-DAEMON@mail.nordhaven-marine.example (Mail Delivery System)"
    return finish(
        b,
        report(b, parts),
        sender=sender,
        subject="Undelivered Mail Returned to Sender",
        extra=[AUTO_REPLIED],
    )


def bounce_gmail(b: Bounce) -> Message:
    lines = [
        "Address not found",
        f"Your message wasn't delivered to {b.rcpt} because the address couldn't be found, or is unable to receive mail.",
        "LEARN MORE: https://support.google.com/mail/?p=NoSuchUser",
        "The response from the remote server was:",
        "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser d9443c01a7336-21c5a1b2e3fsi7741025ad.118 - gsmtp",
    ]
    markup = (
        "<html><body>\n" + "\n".join(f"<p>{esc(line)}</p>" for line in lines) + "\n</body></html>\n"
    )
    alt = multipart(
        "alternative",
        [
            text_part("\n\n".join(lines) + "\n", subtype="plain", charset="utf-8", cte="qp"),
            text_part(markup, subtype="html", charset="utf-8", cte="qp"),
        ],
        boundary=boundary(b.key, 1, "gmail"),
    )
    diag = Diagnosis(
        mta="googlemail.com",
        action="failed",
        diagnostic="550-5.1.1 The email account that you tried to reach does not exist.",
        remote="gmail-smtp-in.l.google.com",
    )
    parts = [alt, delivery_status(b, diag), returned_headers(b)]
    sender = "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"
    return finish(
        b,
        report(b, parts, style="gmail"),
        sender=sender,
        subject="Delivery Status Notification (Failure)",
    )


def bounce_qmail(b: Bounce) -> Message:
    original = b.reminder().as_string()
    text = (
        "Hi. This is the qmail-send program at mx.pennantsailing.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        "Received: (qmail 30417 invoked from network); "
        f"{format_datetime((b.reminder_sent + timedelta(seconds=40)).astimezone(UTC))}\n"
        f"Received: from mail.nordhaven-marine.example (198.51.100.9)\n  by mx.pennantsailing.example with SMTP; {format_datetime(b.reminder_sent.astimezone(UTC))}\n"
        f"{original}\n"
    )
    body = Message()
    body.set_payload(text)
    sender = "MAILER-DAEMON@mx.pennantsailing.example"
    return finish(b, body, sender=sender, subject="failure notice", mime=False)


def bounce_sendmail(b: Bounce) -> Message:
    arrival = format_datetime(b.reminder_sent)
    human = (
        "**********************************************\n"
        "**      THIS IS A WARNING MESSAGE ONLY      **\n"
        "**  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
        "**********************************************\n\n"
        f"The original message was received at {arrival}\nfrom mail.nordhaven-marine.example [198.51.100.9]\n\n"
        "   ----- Transcript of session follows -----\n"
        f"<{b.rcpt}>... Deferred: Connection timed out with mx.glenarrig-harbour.example.\n"
        "Warning: message still undelivered after 4 hours\n"
        "Will keep trying until message is 5 days old\n"
    )
    diag = Diagnosis(
        mta="relay2.nordhaven-marine.example",
        action="delayed",
        diagnostic="451 4.4.1 reply: read error from mx.glenarrig-harbour.example.",
        remote="mx.glenarrig-harbour.example",
    )
    parts = [
        text_part(human, subtype="plain", charset="us-ascii", cte="7bit"),
        delivery_status(b, diag),
        returned_headers(b),
    ]
    sender = "Mail Delivery Subsystem <MAILER-DAEMON@relay2.nordhaven-marine.example>"
    return finish(
        b,
        report(b, parts),
        sender=sender,
        subject="Warning: could not send message for past 4 hours",
        extra=[AUTO_REPLIED],
    )


@dataclass(frozen=True, kw_only=True)
class ExchangeNotice:
    """The localised human part of an Exchange Online NDR or delay notice."""

    subject_prefix: str
    text: str
    diagnostic: str
    action: Literal["failed", "delayed"]


EXCHANGE: dict[str, ExchangeNotice] = {
    "bn-de-o365": ExchangeNotice(
        subject_prefix="Unzustellbar: ",
        action="failed",
        diagnostic="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient buchhaltung@yachtcharter-lindholm.example not found by SMTP address lookup",
        text=(
            "Ihre Nachricht an buchhaltung@yachtcharter-lindholm.example konnte nicht zugestellt werden.\n\n"
            "buchhaltung wurde bei yachtcharter-lindholm.example nicht gefunden.\n\n"
            "Empfänger: buchhaltung@yachtcharter-lindholm.example\nAktion erforderlich\n\nUnbekannter Empfänger\n\n"
            "So beheben Sie das Problem\n"
            "Die Nachricht wurde nicht zugestellt, weil die E-Mail-Adresse des Empfängers nicht gefunden wurde. Prüfen Sie die Adresse auf Tippfehler und senden Sie die Nachricht erneut. Stimmt die Adresse, wenden Sie sich auf anderem Weg an den Empfänger und bitten Sie ihn, seinen E-Mail-Administrator zu informieren.\n\n"
            "Weitere Informationen für E-Mail-Administratoren\n"
            "Der Remoteserver hat '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient buchhaltung@yachtcharter-lindholm.example not found by SMTP address lookup' zurückgegeben."
        ),
    ),
    "bn-es-o365": ExchangeNotice(
        subject_prefix="No se puede entregar: ",
        action="failed",
        diagnostic="550 5.4.1 Recipient address rejected: Access denied. AS(201806281)",
        text=(
            "No se pudo entregar su mensaje a admin@velerosdelcantabrico.example.\n\n"
            "El servidor de correo del destinatario ha rechazado el mensaje porque no acepta correo para esta dirección desde fuera de su organización.\n\n"
            "Destinatario: admin@velerosdelcantabrico.example\nAcción necesaria\n\nAcceso de retransmisión denegado\n\n"
            "Cómo solucionarlo\n"
            "Póngase en contacto con el destinatario por otro medio (por ejemplo, por teléfono) y pídale que informe de este problema a su administrador de correo. Es posible que la dirección ya no exista.\n\n"
            "Más información para administradores de correo\n"
            "El servidor remoto devolvió '550 5.4.1 Recipient address rejected: Access denied. AS(201806281)'."
        ),
    ),
    "bn-nl-o365": ExchangeNotice(
        subject_prefix="Vertraagd: ",
        action="delayed",
        diagnostic="451 4.4.7 Message delayed",
        text=(
            "De bezorging van dit bericht is vertraagd.\n\n"
            "Ontvanger: financien@jachtwerf-tjalk.example\n\n"
            "Het bericht is nog niet bezorgd. Er wordt geprobeerd het alsnog af te leveren; de server blijft het nog enkele dagen proberen. U hoeft het bericht niet opnieuw te verzenden. Als bezorging definitief mislukt, ontvangt u een nieuwe melding.\n\n"
            "Diagnostische gegevens voor beheerders\n"
            "De externe server heeft '451 4.4.7 Message delayed' geretourneerd."
        ),
    ),
    "bn-it-o365": ExchangeNotice(
        subject_prefix="Recapito ritardato: ",
        action="delayed",
        diagnostic="451 4.4.0 DNS query failed",
        text=(
            "Il recapito di questo messaggio è in ritardo.\n\n"
            "Destinatario: amministrazione@velaclub-sangiusto.example\n\n"
            "Il messaggio non è stato ancora recapitato. Il server continuerà a riprovare per alcuni giorni; non è necessario inviarlo di nuovo. Se il recapito non riuscirà, riceverai un'altra notifica.\n\n"
            "Informazioni di diagnostica per gli amministratori\n"
            "Il server remoto ha restituito '451 4.4.0 DNS query failed'."
        ),
    ),
}


def bounce_exchange(b: Bounce) -> Message:
    notice = EXCHANGE[b.key]
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        "<body><div style=\"font-family:'Segoe UI',Frutiger,Arial,sans-serif;font-size:15px\">\n"
        + "\n".join(f"<p>{br_lines(p)}</p>" for p in notice.text.split("\n\n"))
        + "\n</div></body></html>\n"
    )
    alt = multipart(
        "alternative",
        [
            text_part(notice.text + "\n", subtype="plain", charset="utf-8", cte="qp"),
            text_part(markup, subtype="html", charset="utf-8", cte="qp"),
        ],
        boundary=boundary(b.key, 1, "outlook"),
    )
    diag = Diagnosis(
        mta="AM9PR02MB7731.eurprd02.prod.outlook.example",
        action=notice.action,
        diagnostic=notice.diagnostic,
        remote=f"mx.{b.rcpt.split('@')[1]}",
    )
    original = rfc822(b.reminder()) if notice.action == "failed" else returned_headers(b)
    parts = [alt, delivery_status(b, diag), original]
    sender = "Microsoft Outlook <postmaster@nordhavenmarine.onmicrosoft.example>"
    subject = notice.subject_prefix + b.reminder_subject
    return finish(
        b,
        report(b, parts, style="outlook"),
        sender=sender,
        subject=subject,
        extra=[AUTO_REPLIED, ("X-MS-Exchange-Message-Is-Ndr", "")],
    )


def bounce_exim(b: Bounce) -> Message:
    text = (
        "Dies ist eine automatisch erzeugte Nachricht des Mailservers mx2.nordhost-provider.example.\n\n"
        "Ihre Nachricht konnte seit 24 Stunden nicht an folgenden Empfänger zugestellt werden:\n\n"
        f"  {b.rcpt}\n"
        "    Verbindung zu mail.bootsservice-kroeger.example [203.0.113.58] abgebrochen:\n"
        "    421 4.4.2 Verbindung vom Gegenüber zurückgesetzt\n\n"
        "Es handelt sich noch nicht um einen endgültigen Fehler. Der Server versucht die Zustellung weiter, bis die Nachricht fünf Tage alt ist. Sie müssen die Nachricht nicht erneut senden; scheitert die Zustellung endgültig, erhalten Sie eine weitere Benachrichtigung.\n\n"
        f"Betreff der Nachricht: {b.reminder_subject}\n"
        f"Nachrichten-ID: {reminder_msgid(b.key)}\n"
    )
    body = text_part(text, subtype="plain", charset="utf-8", cte="qp")
    sender = "Mail Delivery System <Mailer-Daemon@mx2.nordhost-provider.example>"
    subject = "Warnung: Nachricht 1tQ3fK-0007Xy-2B seit 24 Stunden nicht zugestellt"
    return finish(b, body, sender=sender, subject=subject, extra=[AUTO_REPLIED])


def bounce_isp_fr(b: Bounce) -> Message:
    text = (
        "Bonjour,\n\n"
        "Ceci est un message automatique du service de messagerie Armor Télécom.\n\n"
        f"Votre message destiné à {b.rcpt} n'a pas encore pu être distribué : la boîte aux lettres du destinataire est pleine.\n\n"
        "Code : 452 4.2.2 Mailbox full\n\n"
        "Il ne s'agit pas d'une erreur définitive. Nous réessaierons automatiquement pendant 72 heures. Si la boîte aux lettres n'est pas libérée d'ici là, le message vous sera retourné.\n\n"
        "Vous n'avez rien à faire pour le moment.\n\n"
        "-- \nArmor Télécom - Service Messagerie\n"
    )
    parts = [text_part(text, subtype="plain", charset="iso-8859-1", cte="qp"), returned_headers(b)]
    body = multipart("mixed", parts, boundary=boundary(b.key, 0, "isp"))
    sender = "Service Messagerie Armor Telecom <postmaster@mx.armor-telecom.example>"
    return finish(
        b,
        body,
        sender=sender,
        subject="Message en attente : boîte aux lettres du destinataire pleine",
    )


def bounce_gateway_es(b: Bounce) -> Message:
    rows = [
        ("Destinatario", b.rcpt),
        ("Remitente", AR_ADDR),
        ("Asunto", b.reminder_subject),
        ("Recibido", b.reminder_sent.strftime("%d/%m/%Y %H:%M")),
        ("Estado", "Retrasado – en cola de reintento"),
        (
            "Motivo",
            "451 4.7.1 El servidor de destino ha aplazado temporalmente la entrega. Inténtelo de nuevo más tarde.",
        ),
    ]
    table = "\n".join(f"<tr><td><b>{esc(k)}</b></td><td>{esc(v)}</td></tr>" for k, v in rows)
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
        '<body style="font-family:Arial,sans-serif;font-size:13px">\n'
        '<h3 style="color:#b35c00">Aviso: entrega retrasada</h3>\n'
        "<p>Su mensaje ha sido aceptado por la pasarela de seguridad de correo, pero todavía no se ha podido entregar al servidor interno del destinatario.</p>\n"
        f'<table cellpadding="4" style="border:1px solid #ccc">\n{table}\n</table>\n'
        "<p>El sistema seguirá intentando la entrega durante 48 horas. No es necesario volver a enviar el mensaje. Si la entrega no se completa en ese plazo, recibirá un aviso de error definitivo.</p>\n"
        '<p style="color:#777;font-size:11px">Aviso generado automáticamente por Escudo Correo Seguro para nauticasotavento.example. No responda a este mensaje.</p>\n'
        "</body></html>\n"
    )
    body = text_part(markup, subtype="html", charset="utf-8", cte="qp")
    sender = "Escudo Correo Seguro <notificaciones@escudo-correo.example>"
    return finish(
        b,
        body,
        sender=sender,
        subject="Aviso: entrega retrasada de su mensaje",
        extra=[AUTO_REPLIED],
    )


def bounce_isp_it(b: Bounce) -> Message:
    text = (
        "Gentile utente,\n\n"
        "il messaggio che hai inviato non è stato recapitato al seguente destinatario:\n\n"
        f"    {b.rcpt}\n\n"
        "Motivo: la casella di posta del destinatario è stata disattivata.\n"
        "Risposta del server: 550 5.2.1 Mailbox disabled, not accepting messages\n\n"
        "Si tratta di un errore permanente: non verranno effettuati altri tentativi. Verifica l'indirizzo oppure contatta il destinatario con un altro mezzo.\n\n"
        "In allegato trovi il messaggio originale.\n\n"
        "Servizio Posta TirrenoNet\n"
    )
    diag = Diagnosis(
        mta="mail.tirrenonet.example",
        action="failed",
        diagnostic="550 5.2.1 Mailbox disabled, not accepting messages",
        remote="mx.cantierenautico-ligure.example",
    )
    parts = [
        text_part(text, subtype="plain", charset="iso-8859-1", cte="qp"),
        delivery_status(b, diag),
        rfc822(b.reminder()),
    ]
    sender = "Servizio Posta TirrenoNet <mailer-daemon@mail.tirrenonet.example>"
    subject = f"Messaggio non recapitato: {b.reminder_subject}"
    return finish(b, report(b, parts), sender=sender, subject=subject, extra=[AUTO_REPLIED])


BOUNCE_BUILDERS: dict[str, Callable[[Bounce], Message]] = {
    "postfix": bounce_postfix,
    "gmail": bounce_gmail,
    "qmail": bounce_qmail,
    "sendmail": bounce_sendmail,
    "exchange": bounce_exchange,
    "exim": bounce_exim,
    "isp_fr": bounce_isp_fr,
    "gateway_es": bounce_gateway_es,
    "isp_it": bounce_isp_it,
}

BOUNCES = [
    Bounce(
        key="bn-en-postfix",
        lang="en",
        kind="hard",
        status="5.1.1",
        rcpt="accounts@hollowayboatworks.example",
        sent="2027-01-21 09:05 +0100",
        mta="postfix",
        bill=bill("0373", "storage_dec", "980.00"),
        reminder_lang="en",
        note="Postfix RFC 3464 report with the full returned message",
    ),
    Bounce(
        key="bn-en-gmail",
        lang="en",
        kind="hard",
        status="5.1.1",
        rcpt="skipper.dan.whelan@gmail.com",
        sent="2027-01-26 00:12 -0800",
        mta="gmail",
        bill=bill("0456", "storage_jan", "545.00"),
        reminder_lang="en",
        note="Gmail DSN with text/rfc822-headers",
    ),
    Bounce(
        key="bn-en-qmail",
        lang="en",
        kind="hard",
        status="5.1.1",
        rcpt="office@pennantsailing.example",
        sent="2027-02-02 08:41 +0000",
        mta="qmail",
        bill=bill("0434", "haulout", "1960.00"),
        reminder_lang="nl",
        note="qmail plain-text failure notice without MIME; the returned reminder is Dutch, the notice (and so the language) English",
    ),
    Bounce(
        key="bn-en-sendmail",
        lang="en",
        kind="soft",
        status="4.4.1",
        rcpt="harbourmaster@glenarrig-harbour.example",
        sent="2027-02-05 13:12 +0100",
        mta="sendmail",
        delay=timedelta(hours=4, minutes=1),
        bill=bill("0404", "overhaul", "3620.00"),
        reminder_lang="en",
        note="sendmail 'warning only' delay report, Action: delayed",
    ),
    Bounce(
        key="bn-de-o365",
        lang="de",
        kind="hard",
        status="5.1.10",
        rcpt="buchhaltung@yachtcharter-lindholm.example",
        sent="2027-01-19 08:47 +0100",
        mta="exchange",
        bill=bill("0400", "overhaul", "4480.00"),
        reminder_lang="de",
        note="Exchange Online NDR 'Unzustellbar', RecipientNotFound",
    ),
    Bounce(
        key="bn-de-exim",
        lang="de",
        kind="soft",
        status="4.4.2",
        rcpt="info@bootsservice-kroeger.example",
        sent="2027-01-29 09:31 +0100",
        mta="exim",
        delay=timedelta(hours=24, minutes=3),
        bill=bill("0428", "shrinkwrap", "690.00"),
        reminder_lang="de",
        note="German-localised Exim delay warning, plain text, not RFC 3464",
    ),
    Bounce(
        key="bn-fr-isp",
        lang="fr",
        kind="soft",
        status="4.2.2",
        rcpt="jf.caradec@caradec-peinture.example",
        sent="2027-01-22 10:16 +0100",
        mta="isp_fr",
        delay=timedelta(minutes=44),
        bill=bill("0389", "antifouling", "1430.00"),
        reminder_lang="fr",
        note="French provider notice, mailbox full, ISO-8859-1, multipart/mixed with the returned headers",
    ),
    Bounce(
        key="bn-es-o365",
        lang="es",
        kind="hard",
        status="5.4.1",
        rcpt="admin@velerosdelcantabrico.example",
        sent="2027-02-08 08:52 +0100",
        mta="exchange",
        bill=bill("0454", "storage_jan", "760.00"),
        reminder_lang="es",
        note="Exchange Online NDR in Spanish, relay access denied",
    ),
    Bounce(
        key="bn-es-gateway",
        lang="es",
        kind="soft",
        status="4.7.1",
        rcpt="facturas@nauticasotavento.example",
        sent="2027-02-03 11:37 +0100",
        mta="gateway_es",
        delay=timedelta(hours=2, minutes=5),
        bill=bill("0397", "haulout", "2310.00"),
        reminder_lang="es",
        note="HTML-only delay notice from the recipient's security gateway; no delivery-status part",
    ),
    Bounce(
        key="bn-nl-o365",
        lang="nl",
        kind="soft",
        status="4.4.7",
        rcpt="financien@jachtwerf-tjalk.example",
        sent="2027-02-11 13:40 +0100",
        mta="exchange",
        delay=timedelta(hours=4, minutes=6),
        bill=bill("0473", "storage_jan", "1385.00"),
        reminder_lang="nl",
        note="Exchange Online delay notice 'Vertraagd'",
    ),
    Bounce(
        key="bn-it-isp",
        lang="it",
        kind="hard",
        status="5.2.1",
        rcpt="info@cantierenautico-ligure.example",
        sent="2027-01-27 08:58 +0100",
        mta="isp_it",
        bill=bill("0407", "overhaul", "2190.00"),
        reminder_lang="it",
        note="Italian provider notice, mailbox disabled (permanent)",
    ),
    Bounce(
        key="bn-it-o365",
        lang="it",
        kind="soft",
        status="4.4.0",
        rcpt="amministrazione@velaclub-sangiusto.example",
        sent="2027-02-05 10:12 +0100",
        mta="exchange",
        delay=timedelta(hours=6, minutes=2),
        bill=bill("0464", "storage_jan", "1720.00"),
        reminder_lang="it",
        note="Exchange Online delay notice 'Recapito ritardato', DNS failure",
    ),
]

# --------------------------------------------------------------------------------------------
# Labels
# --------------------------------------------------------------------------------------------


def reply_label(r: Reply) -> Label:
    f = r.facts
    return Label(
        file="",
        intent=r.intent,
        promised_date=f.promised,
        paid_date=f.paid,
        return_date=f.back,
        payment_reference=f.ref,
        amount=f.amount,
        currency=f.currency,
        new_contact=f.contact,
        bounce_kind=None,
        failed_recipient=None,
        bounce_status=None,
        invoice_refs=sorted(f.refs),
        language=r.lang,
        note=f.note,
    )


def bounce_label(b: Bounce) -> Label:
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


DATE_FIELDS = ("promised_date", "paid_date", "return_date")
FIELD_OWNER: dict[str, set[str]] = {
    "promised_date": {"promise_to_pay"},
    "paid_date": {"payment_sent"},
    "return_date": {"auto_reply"},
    "payment_reference": {"payment_sent"},
    "amount": {"payment_sent", "promise_to_pay"},
    "currency": {"payment_sent", "promise_to_pay"},
    "new_contact": {"wrong_contact"},
    "bounce_kind": {"bounce"},
    "failed_recipient": {"bounce"},
    "bounce_status": {"bounce"},
}


def label_problems(label: Label) -> list[str]:
    """Everything wrong with the shape of one label (empty when it is well-formed)."""
    view: Mapping[str, object] = label
    problems = [] if tuple(view) == LABEL_KEYS else ["keys out of order"]
    intent = label["intent"]
    problems += [
        f"{name} set on {intent}"
        for name, owners in FIELD_OWNER.items()
        if view[name] is not None and intent not in owners
    ]
    problems += [f"bad {name}" for name in DATE_FIELDS if not valid_date(view[name])]
    return problems + value_problems(label)


def value_problems(label: Label) -> list[str]:
    problems = []
    if (label["amount"] is None) != (label["currency"] is None):
        problems.append("amount without currency")
    if label["amount"] is not None and not re.fullmatch(r"\d+\.\d{2}", label["amount"]):
        problems.append("amount format")
    if label["new_contact"] is not None and label["new_contact"] != label["new_contact"].lower():
        problems.append("new_contact not lower case")
    problems += [
        f"bad ref {ref}" for ref in label["invoice_refs"] if not re.fullmatch(r"NM-W26-\d{4}", ref)
    ]
    bounce_fields = (label["bounce_kind"], label["failed_recipient"], label["bounce_status"])
    if label["intent"] == "bounce" and None in bounce_fields:
        problems.append("bounce fields missing")
    return problems


def valid_date(value: object) -> bool:
    if value is None:
        return True
    return (
        isinstance(value, str)
        and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) is not None
        and date.fromisoformat(value).year == 2027
    )


# --------------------------------------------------------------------------------------------
# Checks on the specs and on the written messages
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Item:
    """One corpus message: its key, its MIME tree, its labels and the text it must carry."""

    key: str
    message: Message
    label: Label
    when: datetime
    needle: str = ""


def spec_problems() -> list[str]:
    """Consistency of the hand-written specs: one invoice, one story; refs written in the text."""
    problems = []
    seen: dict[str, Bill] = {}
    for b in [r.bill for r in REPLIES] + [x.bill for x in BOUNCES]:
        if seen.setdefault(b.number, b) != b:
            problems.append(f"{b.number} used with different contents")
    for r in REPLIES:
        problems += [
            f"{r.key}: {ref} not in the text" for ref in r.facts.refs if ref[-4:] not in r.written
        ]
    return problems


def all_items() -> list[Item]:
    items = [
        Item(
            key=r.key,
            message=build_reply(r),
            label=reply_label(r),
            when=r.when,
            needle=r.text.split("\n")[0][:24],
        )
        for r in REPLIES
    ]
    items += [
        Item(key=b.key, message=BOUNCE_BUILDERS[b.mta](b), label=bounce_label(b), when=b.when)
        for b in BOUNCES
    ]
    return items


def visible_text(msg: EmailMessage) -> str:
    chunks = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            content = part.get_content()
            chunks.append(
                html.unescape(re.sub(r"<[^>]+>", "", content))
                if part.get_content_subtype() == "html"
                else content
            )
    return "\n".join(chunks)


def parse_problems(name: str, data: bytes, needle: str) -> list[str]:
    """Parse the file back the way a reader would and report anything that did not decode."""
    msg = message_from_bytes(data, policy=policy.default)
    if not isinstance(msg, EmailMessage):
        return [f"{name}: not parsed as EmailMessage"]
    problems = [
        f"{name}: no {h}" for h in ("From", "To", "Subject", "Date", "Message-ID") if msg[h] is None
    ]
    problems += [f"{name}: undecoded {h}" for h in ("From", "Subject") if "=?" in str(msg[h])]
    for part in msg.walk():
        problems += [f"{name}: {type(d).__name__}" for d in part.defects]
        for header, value in part.items():
            defects: Sequence[object] = getattr(value, "defects", ())
            problems += [f"{name}: {header}: {type(d).__name__}" for d in defects]
    text = visible_text(msg)
    if needle and " ".join(needle.split()) not in " ".join(text.split()):
        problems.append(f"{name}: new text not found after decoding")
    return problems


def corpus_problems(items: Sequence[Item]) -> list[str]:
    problems = spec_problems()
    keys = [item.key for item in items]
    problems += [f"duplicate key {k}" for k, n in Counter(keys).items() if n > 1]
    intents = Counter(item.label["intent"] for item in items)
    problems += [
        f"{intent}: {intents[intent]} messages" for intent in INTENTS if intents[intent] != 12
    ]
    cells = Counter((item.label["intent"], item.label["language"]) for item in items)
    problems += [
        f"no {intent} in {lang}" for intent in INTENTS for lang in LANGS if not cells[intent, lang]
    ]
    kinds = Counter(item.label["bounce_kind"] for item in items if item.label["intent"] == "bounce")
    if kinds != Counter({"hard": 6, "soft": 6}):
        problems.append(f"bounce kinds {dict(kinds)}")
    problems += [
        f"{item.key}: dated {item.when}"
        for item in items
        if not FIRST_DAY <= item.when.date() <= LAST_DAY
    ]
    for item in items:
        problems += [f"{item.key}: {p}" for p in label_problems(item.label)]
    return problems


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------


def shuffled(items: Sequence[Item]) -> list[Item]:
    """A fixed pseudo-random order, so that a file's number says nothing about its label."""
    return sorted(items, key=lambda item: digest(item.key, ORDER_SEED))


def write_corpus(items: Sequence[Item]) -> list[Label]:
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[Label] = []
    problems: list[str] = []
    for number, item in enumerate(shuffled(items), start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = item.message.as_bytes()
        problems += parse_problems(name, data, item.needle)
        (HERE / name).write_bytes(data)
        labels.append({**item.label, "file": name})
    if problems:
        raise SystemExit("\n".join(problems))
    lines = [json.dumps(label, ensure_ascii=False) + "\n" for label in labels]
    (HERE / "labels.jsonl").write_text("".join(lines), encoding="utf-8")
    return labels


def count_table(labels: Sequence[Label]) -> str:
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


def main() -> int:
    items = all_items()
    problems = corpus_problems(items)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    labels = write_corpus(items)
    print(count_table(labels))
    kinds = Counter(label["bounce_kind"] for label in labels if label["intent"] == "bounce")
    print(f"\n{len(labels)} messages written to {HERE}; bounces: {dict(sorted(kinds.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
