# ruff: noqa: E501, RUF001
"""Build held-out reply corpus 68: `h68-NNN.eml` and `labels.jsonl`, next to this file.

Quayside Catering Equipment (service, rental and parts for commercial kitchens) sent overdue
reminders; these are the 120 messages that came back to its receivables mailbox. The new text of
every message is written by hand in the tables below. The code around it only adds what a mail
client or a mail server adds: the quoted reminder in the client's own layout and language,
headers, MIME structure, charsets, transfer encodings and the skeletons of delivery reports.

The build is deterministic: no clock, a fixed seed for the file order, boundaries and Message-IDs
derived from each message's key. Standard library only.
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
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.header import Header
from email.message import Message
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path
from typing import Final, TypedDict

HERE: Final = Path(__file__).resolve().parent
SEED: Final = "holdout68-20270315"
FILE_PREFIX: Final = "h68"
AR_NAME: Final = "Quayside Receivables"
AR_ADDR: Final = "receivables@quayside-catering.example"
AR_DOMAIN: Final = "quayside-catering.example"
LANGS: Final = ("en", "de", "fr", "es", "nl", "it")
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
KEY_PREFIX: Final = {
    "ps": "payment_sent",
    "ptp": "promise_to_pay",
    "disp": "dispute",
    "plan": "payment_plan",
    "inv": "invoice_request",
    "wc": "wrong_contact",
    "un": "unsubscribe",
    "ar": "auto_reply",
    "bo": "bounce",
    "oth": "other",
}
LABEL_KEYS: Final = (
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
# The only field each intent may fill (besides invoice_refs); amounts go with payments.
INTENT_FIELDS: Final[dict[str, frozenset[str]]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "amount", "currency"}),
    "wrong_contact": frozenset({"new_contact"}),
    "auto_reply": frozenset({"return_date"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
}


class Extract(TypedDict, total=False):
    """The extracted fields a message fills; everything left out is null."""

    promised_date: str
    paid_date: str
    return_date: str
    payment_reference: str
    amount: str
    currency: str
    new_contact: str
    bounce_kind: str
    failed_recipient: str
    bounce_status: str


class Label(TypedDict):
    """One line of labels.jsonl, keys in the corpus order."""

    file: str
    intent: str
    promised_date: str | None
    paid_date: str | None
    return_date: str | None
    payment_reference: str | None
    amount: str | None
    currency: str | None
    new_contact: str | None
    bounce_kind: str | None
    failed_recipient: str | None
    bounce_status: str | None
    invoice_refs: list[str]
    language: str
    note: str | None


@dataclass(frozen=True, kw_only=True)
class Invoice:
    """The invoice a reminder was about (the number without its QCE/SV/ prefix)."""

    number: str
    kind: str
    amount: str
    currency: str


@dataclass(frozen=True, kw_only=True)
class Reply:
    """One hand-written message answering a reminder, with its labels.

    `client` names the mail client (or "notice…" for automatic mail that quotes nothing).
    `subject` overrides the reply subject; "{q}" in it stands for the reminder's subject.
    `reminded` is the address the reminder went to, when the reply comes from another one.
    `cte` overrides the client's usual transfer encoding.
    """

    key: str
    intent: str
    lang: str
    sender: tuple[str, str]
    date: str
    client: str
    inv: Invoice
    body: str
    extract: Extract = field(default_factory=Extract)
    refs: tuple[str, ...] = ()
    note: str | None = None
    charset: str = "utf-8"
    cte: str = ""
    subject: str | None = None
    headers: tuple[tuple[str, str], ...] = ()
    cc: str | None = None
    reminded: str = ""
    attachment: str | None = None
    threaded: bool = True
    region: str = ""

    @property
    def when(self) -> datetime:
        return datetime.strptime(self.date, "%Y-%m-%d %H:%M %z")

    @property
    def zone(self) -> str:
        return self.region or ("uk" if self.lang == "en" else "cet")


@dataclass(frozen=True, kw_only=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt`; `mta` picks the report's builder."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    date: str
    mta: str
    inv: Invoice
    rlang: str
    zone: str
    minutes_late: int = 2
    note: str | None = None

    @property
    def when(self) -> datetime:
        return datetime.strptime(self.date, "%Y-%m-%d %H:%M %z")

    @property
    def sent(self) -> datetime:
        return self.when - timedelta(minutes=self.minutes_late)


# --------------------------------------------------------------------------------------------
# Locale tables (what clients and the reminder template print in each language)
# --------------------------------------------------------------------------------------------

WEEKDAYS: Final = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
}
WEEKDAYS_ABBR: Final = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "de": ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."),
    "fr": ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
    "es": ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
    "nl": ("ma", "di", "wo", "do", "vr", "za", "zo"),
    "it": ("lun", "mar", "mer", "gio", "ven", "sab", "dom"),
}
MONTHS: Final = {
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
MONTHS_ABBR: Final = {
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
DAY_FORMAT: Final = {
    "en": "{dd}/{mm}/{y}",
    "de": "{dd}.{mm}.{y}",
    "fr": "{dd}/{mm}/{y}",
    "es": "{dd}/{mm}/{y}",
    "nl": "{dd}-{mm}-{y}",
    "it": "{dd}/{mm}/{y}",
}

# Attribution lines, as each client writes them in its interface language.
ATTRIBUTION: Final = {
    "gmail": {
        "en": "On {wda}, {d} {mona} {y} at {HH}:{MI}, {name} <{addr}> wrote:",
        "de": "Am {wda} {d}. {mona} {y} um {HH}:{MI} Uhr schrieb {name} <{addr}>:",
        "fr": "Le {wda} {d} {mona} {y} à {HH}:{MI}, {name} <{addr}> a écrit :",
        "es": "El {wda}, {d} {mona} {y} a las {H}:{MI}, {name} (<{addr}>) escribió:",
        "nl": "Op {wda} {d} {mona} {y} om {HH}:{MI} schreef {name} <{addr}>:",
        "it": "Il giorno {wda} {d} {mona} {y} alle ore {HH}:{MI} {name} <{addr}> ha scritto:",
    },
    "apple": {
        "en": "On {d} {mona} {y}, at {HH}:{MI}, {name} <{addr}> wrote:",
        "de": "Am {dd}.{mm}.{y} um {HH}:{MI} schrieb {name} <{addr}>:",
        "fr": "Le {d} {mona} {y} à {HH}:{MI}, {name} <{addr}> a écrit :",
        "es": "El {d} {mona} {y}, a las {H}:{MI}, {name} <{addr}> escribió:",
        "nl": "Op {d} {mona} {y} om {HH}:{MI} heeft {name} <{addr}> het volgende geschreven:",
        "it": "Il giorno {d} {mona} {y}, alle ore {HH}:{MI}, {name} <{addr}> ha scritto:",
    },
    "thunderbird": {
        "en": "On {dd}/{mm}/{y} {HH}:{MI}, {name} wrote:",
        "de": "Am {dd}.{mm}.{yy} um {HH}:{MI} schrieb {name}:",
        "fr": "Le {dd}/{mm}/{y} à {HH}:{MI}, {name} a écrit :",
        "es": "El {d}/{m}/{yy} a las {H}:{MI}, {name} escribió:",
        "nl": "Op {dd}-{mm}-{y} om {HH}:{MI} schreef {name}:",
        "it": "Il {dd}/{mm}/{yy} {HH}:{MI}, {name} ha scritto:",
    },
    "roundcube": {
        "en": "On {y}-{mm}-{dd} {HH}:{MI}, {name} wrote:",
        "de": "Am {y}-{mm}-{dd} {HH}:{MI}, schrieb {name}:",
        "fr": "Le {y}-{mm}-{dd} {HH}:{MI}, {name} a écrit :",
        "es": "El {y}-{mm}-{dd} {HH}:{MI}, {name} escribió:",
        "nl": "Op {y}-{mm}-{dd} {HH}:{MI}, schreef {name}:",
        "it": "Il {y}-{mm}-{dd} {HH}:{MI} {name} ha scritto:",
    },
}


@dataclass(frozen=True)
class OutlookWords:
    """The localised header block Outlook puts above a quoted message."""

    separator: str
    sender: str
    sent: str
    to: str
    subject: str
    colon: str
    sent_format: str
    reply_prefix: str
    mobile_footer: str


OUTLOOK: Final = {
    "en": OutlookWords(
        "-----Original Message-----",
        "From",
        "Sent",
        "To",
        "Subject",
        ": ",
        "{d} {mon} {y} {HH}:{MI}",
        "RE: ",
        "Get Outlook for iOS",
    ),
    "de": OutlookWords(
        "-----Ursprüngliche Nachricht-----",
        "Von",
        "Gesendet",
        "An",
        "Betreff",
        ": ",
        "{wd}, {d}. {mon} {y} {HH}:{MI}",
        "AW: ",
        "Outlook für iOS herunterladen",
    ),
    "fr": OutlookWords(
        "-----Message d'origine-----",
        "De",
        "Envoyé",
        "À",
        "Objet",
        " : ",
        "{wd} {d} {mon} {y} {HH}:{MI}",
        "RE : ",
        "Télécharger Outlook pour iOS",
    ),
    "es": OutlookWords(
        "-----Mensaje original-----",
        "De",
        "Enviado el",
        "Para",
        "Asunto",
        ": ",
        "{wd}, {d} de {mon} de {y} {H}:{MI}",
        "RE: ",
        "Obtener Outlook para iOS",
    ),
    "nl": OutlookWords(
        "-----Oorspronkelijk bericht-----",
        "Van",
        "Verzonden",
        "Aan",
        "Onderwerp",
        ": ",
        "{wd} {d} {mon} {y} {HH}:{MI}",
        "RE: ",
        "Outlook voor iOS downloaden",
    ),
    "it": OutlookWords(
        "-----Messaggio originale-----",
        "Da",
        "Inviato",
        "A",
        "Oggetto",
        ": ",
        "{wd} {d} {mon} {y} {HH}:{MI}",
        "R: ",
        "Scarica Outlook per iOS",
    ),
}
SAMSUNG: Final = {
    # footer, separator, From, Date, To, Subject
    "en": (
        "Sent from my Galaxy",
        "-------- Original message --------",
        "From",
        "Date",
        "To",
        "Subject",
    ),
    "de": (
        "Von meinem Galaxy gesendet",
        "-------- Originalnachricht --------",
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
IPHONE_FOOTER: Final = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
}
CONTENT_LANGUAGE: Final = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}

# --------------------------------------------------------------------------------------------
# The reminder Quayside sent (quoted by replies, returned inside bounces)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT: Final = {
    "en": "Payment reminder – invoice {inv} overdue",
    "de": "Zahlungserinnerung – Rechnung {inv} überfällig",
    "fr": "Rappel de paiement – facture {inv} échue",
    "es": "Aviso de pago – factura {inv} vencida",
    "nl": "Betalingsherinnering – factuur {inv} vervallen",
    "it": "Sollecito di pagamento – fattura {inv} scaduta",
}
REMINDER_BODY: Final = {
    "en": (
        "Hello,\n\n"
        "Our records show that the invoice below is now past its due date.\n\n"
        "  Invoice:  {inv} ({kind})\n  Issued:   {issued}\n  Due:      {due}\n  Balance:  {amount}\n\n"
        "If you have already paid, please reply with the payment date and reference so that we can allocate it. If something on the invoice looks wrong, or you need a copy, just reply to this email.\n\n"
        "Thank you,\n\n"
        "Accounts Receivable\nQuayside Catering Equipment Ltd\nCombi ovens | Warewashing | Refrigeration | Gas safety\nreceivables@quayside-catering.example"
    ),
    "de": (
        "Guten Tag,\n\n"
        "nach unseren Unterlagen ist die folgende Rechnung inzwischen überfällig:\n\n"
        "  Rechnung:  {inv} ({kind})\n  Datum:     {issued}\n  Fällig am: {due}\n  Offen:     {amount}\n\n"
        "Falls Sie bereits gezahlt haben, teilen Sie uns bitte Zahlungsdatum und Verwendungszweck mit, damit wir die Zahlung zuordnen können. Bei Fragen zur Rechnung oder wenn Sie eine Kopie benötigen, antworten Sie einfach auf diese E-Mail.\n\n"
        "Freundliche Grüße\n\n"
        "Debitorenbuchhaltung\nQuayside Catering Equipment GmbH"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Sauf erreur de notre part, la facture ci-dessous est arrivée à échéance sans avoir été réglée :\n\n"
        "  Facture :   {inv} ({kind})\n  Date :      {issued}\n  Échéance :  {due}\n  Solde dû :  {amount}\n\n"
        "Si le règlement a déjà été effectué, merci de nous en communiquer la date et la référence afin que nous puissions le rapprocher. Pour toute question, ou pour obtenir un duplicata, il vous suffit de répondre à ce message.\n\n"
        "Bien cordialement,\n\n"
        "Service recouvrement\nQuayside Catering Equipment SARL"
    ),
    "es": (
        "Buenos días:\n\n"
        "Según nuestros registros, la siguiente factura ha vencido y sigue pendiente de pago:\n\n"
        "  Factura:      {inv} ({kind})\n  Fecha:        {issued}\n  Vencimiento:  {due}\n  Pendiente:    {amount}\n\n"
        "Si ya han realizado el pago, les agradeceríamos que nos indicaran la fecha y la referencia para poder conciliarlo. Si tienen cualquier duda sobre la factura o necesitan una copia, basta con responder a este correo.\n\n"
        "Un saludo,\n\n"
        "Departamento de Cobros\nQuayside Catering Equipment S.L."
    ),
    "nl": (
        "Goedendag,\n\n"
        "Volgens onze administratie is de onderstaande factuur inmiddels vervallen:\n\n"
        "  Factuur:      {inv} ({kind})\n  Datum:        {issued}\n  Vervaldatum:  {due}\n  Openstaand:   {amount}\n\n"
        "Heeft u al betaald? Laat ons dan de betaaldatum en het betalingskenmerk weten, zodat wij de betaling kunnen verwerken. Klopt er iets niet aan de factuur of heeft u een kopie nodig, beantwoord dan gewoon deze e-mail.\n\n"
        "Met vriendelijke groet,\n\n"
        "Debiteurenbeheer\nQuayside Catering Equipment B.V."
    ),
    "it": (
        "Buongiorno,\n\n"
        "dai nostri archivi la fattura indicata di seguito risulta scaduta e non ancora saldata:\n\n"
        "  Fattura:    {inv} ({kind})\n  Data:       {issued}\n  Scadenza:   {due}\n  Importo:    {amount}\n\n"
        "Se avete già effettuato il pagamento, vi chiediamo di comunicarci data e riferimento per poterlo abbinare. Per domande sulla fattura o per riceverne una copia è sufficiente rispondere a questa e-mail.\n\n"
        "Cordiali saluti,\n\n"
        "Ufficio Crediti\nQuayside Catering Equipment S.r.l."
    ),
}
INVOICE_KIND: Final = {
    "en": {"service": "service visit", "rental": "equipment rental", "parts": "parts"},
    "de": {"service": "Serviceeinsatz", "rental": "Gerätemiete", "parts": "Ersatzteile"},
    "fr": {
        "service": "intervention de maintenance",
        "rental": "location de matériel",
        "parts": "pièces détachées",
    },
    "es": {"service": "servicio técnico", "rental": "alquiler de equipos", "parts": "recambios"},
    "nl": {"service": "onderhoudsbeurt", "rental": "huur apparatuur", "parts": "onderdelen"},
    "it": {
        "service": "intervento di assistenza",
        "rental": "noleggio attrezzature",
        "parts": "ricambi",
    },
}
# What a Latin-1 client does with characters its charset lacks.
LATIN1_SUBSTITUTES: Final = {"–": "-", "€": "EUR", "’": "'", "…": "...", "“": '"', "”": '"'}
# Bank holidays on which no reminder run goes out.
NO_REMINDER_DAYS: Final = frozenset({date(2027, 3, 26), date(2027, 3, 29)})
EU_SUMMER_TIME: Final = datetime(2027, 3, 28, 1, 0, tzinfo=UTC)

# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------


def bill(spec: str) -> Invoice:
    """`"40288 parts 148.20 GBP"` → the invoice a reminder was about."""
    number, kind, amount, currency = spec.split()
    return Invoice(number=number, kind=kind, amount=amount, currency=currency)


AUTO_REPLIED: Final = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED: Final = ("Auto-Submitted", "auto-generated")
SUPPRESS: Final = ("X-Auto-Response-Suppress", "All")

PAYMENT_SENT: Final = (
    Reply(
        key="ps-en-1",
        intent="payment_sent",
        lang="en",
        sender=("Dev Mistry", "dev@smokestack-streetfood.example"),
        date="2027-03-16 14:12 +0000",
        client="iphone",
        inv=bill("40288 parts 148.20 GBP"),
        body="Paid.",
        note="one word from a food-truck owner's phone: paid, with no date, reference or amount",
    ),
    Reply(
        key="ps-en-2",
        intent="payment_sent",
        lang="en",
        sender=("Harbour Hotels Group via Coupa", "do_not_reply@harbourhotels.coupahost.example"),
        date="2027-03-19 06:02 +0000",
        client="notice_html",
        inv=bill("40302 service 758.40 GBP"),
        subject="Payment Advice - Harbour Hotels Group Ltd - Remittance PAY-0088213",
        headers=(AUTO_GENERATED,),
        threaded=False,
        body="Payment Advice\n\nHarbour Hotels Group Ltd has released a payment to Quayside Catering Equipment Ltd.\n\nRemittance number: PAY-0088213\nPayment date: 18-Mar-2027\nPayment method: BACS\nPayment amount: 2,146.80 GBP\n\nInvoices included in this payment:\nQCE/SV/40274 | invoice date 04-Feb-2027 | PO HHG-PO-55120 | 1,388.40 GBP\nQCE/SV/40302 | invoice date 11-Feb-2027 | PO HHG-PO-55187 | 758.40 GBP\n\nFunds normally reach the supplier's bank account within 1-3 business days of the payment date.\n\nThis message was generated automatically by Coupa on behalf of Harbour Hotels Group Ltd. Replies to this address are not read. For questions about this payment contact accounts.payable@harbourhotels.example and quote the remittance number.",
        extract=Extract(
            paid_date="2027-03-18",
            payment_reference="PAY-0088213",
            amount="2146.80",
            currency="GBP",
        ),
        refs=("QCE/SV/40274", "QCE/SV/40302"),
        note="Coupa payment advice (HTML only, Auto-Submitted: auto-generated): payment_sent, not auto_reply; the AP helpdesk address is not a new_contact",
    ),
    Reply(
        key="ps-en-3",
        intent="payment_sent",
        lang="en",
        sender=("Maureen Tuckwell", "manager@larchfieldhouse.example"),
        date="2027-03-22 16:47 +0000",
        client="outlook_html",
        inv=bill("40296 service 436.80 GBP"),
        body="Hi there,\n\nSorry it has taken me a while to get back to you, it has been one of those months. We had the inspectors in on the Tuesday, unannounced of course, and then two of the kitchen team went down with flu the same week so I have been covering breakfasts myself, which nobody wants!\n\nYour engineer Craig was lovely by the way. The dishwasher has been running like a dream since he swapped the wash arm and cook says the rinse is much hotter now, so thank you for that.\n\nAnyway, to answer your email, Gail in our office put the payment through on Friday with the other suppliers, so it should be with you now or very shortly. If it hasn't arrived by Wednesday let me know and I will chase her.\n\nWhile I think of it, the seal on the walk-in fridge door is starting to go at the bottom corner. Not urgent, but could someone have a look next time they are out this way?\n\nMany thanks and kind regards,\n\nMaureen Tuckwell\nHome Manager\nLarchfield House Residential Care\n01632 960552",
        extract=Extract(paid_date="2027-03-19"),
        note="the payment is buried in a long, chatty reply; 'on Friday' is the Friday before Mon 22 Mar; the fridge-seal request is secondary",
    ),
    Reply(
        key="ps-de-1",
        intent="payment_sent",
        lang="de",
        sender=(
            "Klinikum Weserbergland - Kreditorenbuchhaltung",
            "noreply-basware@klinikum-weserbergland.example",
        ),
        date="2027-03-25 05:40 +0100",
        client="notice",
        inv=bill("40276 service 2980.00 EUR"),
        subject="Zahlungsavis 5100042871 – Quayside Catering Equipment GmbH",
        headers=(AUTO_GENERATED,),
        threaded=False,
        body="Zahlungsavis\n\nSehr geehrte Damen und Herren,\n\nwir haben heute die folgende Zahlung an Sie ausgeführt:\n\nAvis-Nr.:        5100042871\nZahlungsdatum:   25.03.2027\nZahlweg:         SEPA-Überweisung\nBetrag:          3.412,50 EUR\n\nAusgeglichene Belege:\nIhre Rechnung    Belegdatum    Betrag\nQCE/SV/40276     02.02.2027    2.980,00 EUR\nQCE/SV/40281     05.02.2027      432,50 EUR\n\nDieses Avis wurde automatisch aus Basware erzeugt. Bitte antworten Sie nicht auf diese Nachricht.",
        extract=Extract(
            paid_date="2027-03-25", payment_reference="5100042871", amount="3412.50", currency="EUR"
        ),
        refs=("QCE/SV/40276", "QCE/SV/40281"),
        note="Basware payment advice of a hospital with Auto-Submitted: auto-generated; the amount is the total of both invoices",
    ),
    Reply(
        key="ps-de-2",
        intent="payment_sent",
        lang="de",
        sender=("Johanna Brückner", "j.brueckner@landhotel-eichenhof.example"),
        date="2027-03-31 10:18 +0200",
        client="outlook",
        charset="windows-1252",
        inv=bill("40319 service 1286.30 EUR"),
        body="Guten Morgen,\n\ndie Rechnung für die Wartung unseres Kombidämpfers haben wir bereits am Gründonnerstag überwiesen, 1.286,30 €, mit Ihrer Rechnungsnummer als Verwendungszweck. Wegen der Feiertage kann es sein, dass das Geld erst heute oder morgen bei Ihnen eingeht.\n\nBitte prüfen Sie das, bevor Sie uns die nächste Mahnung schicken.\n\nMit freundlichen Grüßen\nJohanna Brückner\nBuchhaltung\n\nLandhotel Eichenhof\nAm Eichenhain 4 · 37603 Holzminden\nTel. 05531 99460",
        extract=Extract(paid_date="2027-03-25", amount="1286.30", currency="EUR"),
        note="'am Gründonnerstag' names one day (Thu 25 Mar 2027), so the date is pinned; windows-1252 Outlook",
    ),
    Reply(
        key="ps-fr-1",
        intent="payment_sent",
        lang="fr",
        sender=("Karim Benali", "karim.benali@gmail.com"),
        date="2027-03-17 11:26 +0100",
        client="gmail",
        inv=bill("40301 service 684.00 EUR"),
        body="Bonjour\n\nvirement fait ce matin, ref VIR LCK 0317, montant 684 e. desole pour le retard on a change de banque en fevrier et tout etait bloque\n\nKarim\nLe Comptoir de Karim",
        extract=Extract(
            paid_date="2027-03-17",
            payment_reference="VIR LCK 0317",
            amount="684.00",
            currency="EUR",
        ),
        note="no accents and 'e' for euros; 'ce matin' is the message date",
    ),
    Reply(
        key="ps-fr-2",
        intent="payment_sent",
        lang="fr",
        sender=("Sophie Delorme", "gestion@college-jeanmoulin-vienne.example"),
        date="2027-03-25 15:03 +0100",
        client="thunderbird",
        inv=bill("40306 service 1942.80 EUR"),
        body="Bonjour,\n\nLe mandat correspondant à votre facture QCE/SV/40306 (1 942,80 €) a été émis le 22 mars et transmis à l'agent comptable du collège sous le n° 2027-000214. C'est lui qui effectue ensuite le virement : selon la période, comptez une dizaine de jours avant réception des fonds.\n\nLe dossier n'est donc plus entre nos mains ; si rien ne vous est parvenu d'ici la mi-avril, n'hésitez pas à revenir vers moi.\n\nCordialement,\n\nSophie Delorme\nGestionnaire\nCollège Jean-Moulin – Service d'intendance",
        extract=Extract(
            paid_date="2027-03-22",
            payment_reference="2027-000214",
            amount="1942.80",
            currency="EUR",
        ),
        refs=("QCE/SV/40306",),
        note="a public school's payment order (mandat) has been issued to its accountant: the payment has left the customer's hands, so payment_sent on the day the mandat was issued",
    ),
    Reply(
        key="ps-es-1",
        intent="payment_sent",
        lang="es",
        sender=("Rocío Gallardo", "rocio@latartana-foodtruck.example"),
        date="2027-04-05 09:51 +0200",
        client="iphone",
        attachment="justificante_transferencia.pdf",
        inv=bill("40352 parts 215.60 EUR"),
        body="Hola! Ya está pagado, te adjunto el justificante. Lo hice el viernes por transferencia porque el Bizum de empresa no me dejaba. Si no os llega me dices\n\nRocío\nLa Tartana Food Truck",
        extract=Extract(paid_date="2027-04-02"),
        note="'el viernes' is the Friday before Mon 5 Apr; proof of transfer attached as a PDF",
    ),
    Reply(
        key="ps-nl-1",
        intent="payment_sent",
        lang="nl",
        sender=("Mark Verhoeven", "administratie@brasseriedehaven.example"),
        date="2027-04-08 13:35 +0200",
        client="outlook_html",
        inv=bill("40349 rental 1046.55 EUR"),
        body="Beste heer/mevrouw,\n\nFactuur 40349 is gisteren door ons voldaan. Het bedrag van € 1.046,55 is overgemaakt met betalingskenmerk 4021 8833 1190 0127.\n\nMet vriendelijke groet,\n\nMark Verhoeven\nAdministratie | Brasserie De Haven\nHavenkade 12, 1781 AB Den Helder",
        extract=Extract(
            paid_date="2027-04-07",
            payment_reference="4021 8833 1190 0127",
            amount="1046.55",
            currency="EUR",
        ),
        refs=("QCE/SV/40349",),
        note="'40349' is the short form of QCE/SV/40349",
    ),
    Reply(
        key="ps-nl-2",
        intent="payment_sent",
        lang="nl",
        sender=("Ilse Kramer", "ilse@eetcafedekroon.example"),
        date="2027-03-23 08:02 +0100",
        client="gmail",
        inv=bill("40313 service 392.04 EUR"),
        body="Goedemorgen,\n\nDit is vorige week donderdag al betaald, € 392,04. Waarschijnlijk hebben onze betaling en jullie herinnering elkaar gekruist.\n\nGroet,\nIlse Kramer\nEetcafé De Kroon",
        extract=Extract(paid_date="2027-03-18", amount="392.04", currency="EUR"),
        note="'vorige week donderdag' seen from Tue 23 Mar is Thu 18 Mar",
    ),
    Reply(
        key="ps-it-1",
        intent="payment_sent",
        lang="it",
        sender=("Gennaro Esposito", "pizzeriadagennaro@gmail.com"),
        date="2027-03-20 12:40 +0100",
        client="samsung",
        inv=bill("40299 parts 612.00 EUR"),
        body="Buongiorno, fatto adesso il bonifico istantaneo. CRO 0400812237715, € 612,00. Scusate il ritardo\nGennaro",
        extract=Extract(
            paid_date="2027-03-20",
            payment_reference="0400812237715",
            amount="612.00",
            currency="EUR",
        ),
        note="instant transfer made on a Saturday; 'adesso' is the message date",
    ),
    Reply(
        key="ps-it-2",
        intent="payment_sent",
        lang="it",
        sender=("Laura Ferretti", "amministrazione@rsa-villaserena.example"),
        date="2027-04-09 09:12 +0200",
        client="outlook",
        charset="windows-1252",
        inv=bill("40355 service 2380.00 EUR"),
        body="Buongiorno,\n\nvi informo che il pagamento della fattura 40355 (€ 2.380,00) è partito con la distinta di ieri. Dovreste vederlo accreditato entro lunedì.\n\nCordiali saluti\n\nLaura Ferretti\nUfficio Amministrazione\nRSA Villa Serena\nVia dei Tigli 18 – Casalecchio di Reno (BO)\n\nLe informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario. Se avete ricevuto questa e-mail per errore, vi preghiamo di cancellarla e di darcene comunicazione.",
        extract=Extract(paid_date="2027-04-08", amount="2380.00", currency="EUR"),
        refs=("QCE/SV/40355",),
        note="care home: 'partito con la distinta di ieri' = sent in yesterday's bank batch (Thu 8 Apr); the expected credit date is not the payment date",
    ),
)

PROMISE_TO_PAY: Final = (
    Reply(
        key="ptp-en-1",
        intent="promise_to_pay",
        lang="en",
        sender=("Owen Pritchard", "supplier.payments@sizzlestreet-franchising.example"),
        date="2027-03-16 15:30 +0000",
        client="outlook_html",
        inv=bill("40290 service 318.00 GBP"),
        body="Hi,\n\nSizzle Street Franchising settles equipment invoices centrally on behalf of our franchisees.\n\nQCE/SV/40290 (Bristol Harbourside kiosk), QCE/SV/40291 (Bath) and QCE/SV/40297 (Swindon) have all been approved and added to Friday's cheque run. You will receive one payment covering all three.\n\nRegards,\n\nOwen Pritchard\nSupplier Payments\nSizzle Street Franchising Ltd",
        extract=Extract(promised_date="2027-03-19"),
        refs=("QCE/SV/40290", "QCE/SV/40291", "QCE/SV/40297"),
        note="franchisor paying for three franchisees; 'approved and added to Friday's cheque run' is past tense describing a future payment (Fri 19 Mar)",
    ),
    Reply(
        key="ptp-en-2",
        intent="promise_to_pay",
        lang="en",
        sender=("Niamh Gallagher", "niamh@thesaltbox-galway.example"),
        date="2027-03-17 17:55 +0000",
        client="gmail",
        inv=bill("40304 rental 540.00 EUR"),
        body="Hi folks,\n\nApologies, this one slipped through the cracks with the Paddy's Day rush. We'll have it paid in a fortnight.\n\nThanks for your patience,\nNiamh\nThe Saltbox, Galway",
        extract=Extract(promised_date="2027-03-31"),
        note="Irish restaurant billed in euro; 'in a fortnight' = 14 days after Wed 17 Mar",
    ),
    Reply(
        key="ptp-en-3",
        intent="promise_to_pay",
        lang="en",
        sender=("Gareth Lloyd", "gareth.lloyd@thefoundrykitchen.example"),
        date="2027-04-06 07:41 +0100",
        client="iphone",
        subject="Re: {q} (out of office this week)",
        inv=bill("40338 service 902.40 GBP"),
        body="Hi, I'm out of the office all this week at a trade show in Birmingham so only on my phone. Didn't want to leave this hanging though, I'll get it done next Wednesday when I'm back at my desk. Latest.\n\nGareth\nChef-Owner, The Foundry Kitchen",
        extract=Extract(promised_date="2027-04-14"),
        note="a person wrote it: the subject says 'out of office' but this is not an auto-reply; written on Tue 6 Apr by someone away all week, so 'next Wednesday … when I'm back' is Wed 14 Apr, not tomorrow",
    ),
    Reply(
        key="ptp-de-1",
        intent="promise_to_pay",
        lang="de",
        sender=("Stefan Huber", "mensa@gymnasium-am-inn.example"),
        date="2027-03-19 13:05 +0100",
        client="outlook",
        inv=bill("40310 service 742.35 EUR"),
        body="Sehr geehrte Damen und Herren,\n\ndie Rechnung liegt zur Freigabe beim Schulverwaltungsamt. Die Zahlung wird nach den Osterferien angewiesen, vorher ist dort leider niemand im Haus, der zeichnen darf.\n\nWir bitten um etwas Geduld.\n\nMit freundlichen Grüßen\nStefan Huber\nLeitung Schulmensa\nGymnasium am Inn",
        note="school canteen; 'nach den Osterferien' depends on the Land's school calendar and names no day: promise with date null",
    ),
    Reply(
        key="ptp-de-2",
        intent="promise_to_pay",
        lang="de",
        sender=("Sandra Koch", "s.koch@betriebsrestaurant-rheinwerk.example"),
        date="2027-03-18 10:44 +0100",
        client="owa",
        inv=bill("40300 rental 1190.00 EUR"),
        body="Hallo,\n\ndanke für die Erinnerung. Die Rechnung QCE/SV/40300 ist freigegeben und für den Zahllauf in KW 14 eingeplant.\n\nViele Grüße\nSandra Koch\nBetriebsrestaurant Rheinwerk – Verwaltung",
        extract=Extract(promised_date="2027-04-05"),
        refs=("QCE/SV/40300",),
        note="'KW 14' → Monday of ISO week 14 (5 Apr 2027), the same convention as 'next week' → its Monday",
    ),
    Reply(
        key="ptp-fr-1",
        intent="promise_to_pay",
        lang="fr",
        sender=("Hélène Marchetti", "direction@hotel-lesmouettes.example"),
        date="2027-03-16 18:22 +0100",
        client="apple",
        inv=bill("40295 rental 1260.00 EUR"),
        body="Bonsoir,\n\nNous réglerons cette facture fin du mois, avec l'ensemble de nos fournisseurs. Merci de votre compréhension.\n\nHélène Marchetti\nDirectrice – Hôtel Les Mouettes, Saint-Malo",
        extract=Extract(promised_date="2027-03-31"),
        note="'fin du mois' → last day of the month of the message",
    ),
    Reply(
        key="ptp-fr-2",
        intent="promise_to_pay",
        lang="fr",
        sender=("Tom Lefebvre", "lecamiongourmand.tom@gmail.com"),
        date="2027-04-02 19:10 +0200",
        client="samsung",
        inv=bill("40327 service 455.00 EUR"),
        body="Bonsoir, le camion a été immobilisé au garage pendant 3 semaines donc zéro recette. Je vous fais le virement lundi prochain sans faute. Tom - Le Camion Gourmand",
        extract=Extract(promised_date="2027-04-05"),
        note="food truck; written on a Friday, so 'lundi prochain' is the coming Monday (5 Apr); the hard-luck story comes with a firm date, so not a plan",
    ),
    Reply(
        key="ptp-es-1",
        intent="promise_to_pay",
        lang="es",
        sender=("Javier Ortuño", "javi@chiringuitoelfaro.example"),
        date="2027-03-31 21:14 +0200",
        client="gmail",
        inv=bill("40331 service 388.00 EUR"),
        body="Buenas,\n\nsi, lo tengo pendiente, perdona. Te lo pago la semana q viene, que con la Semana Santa no he parado\n\nUn saludo\nJavi - Chiringuito El Faro",
        extract=Extract(promised_date="2027-04-05"),
        note="chat style ('q', missing accent on 'si'); 'la semana que viene' → Monday of next week",
    ),
    Reply(
        key="ptp-es-2",
        intent="promise_to_pay",
        lang="es",
        sender=("Marisa Llorente", "reservas@restaurantelacala.example"),
        date="2027-03-15 12:03 +0100",
        client="outlook_ios",
        inv=bill("40286 rental 960.00 EUR"),
        body="Hola, buenos días.\n\nAhora mismo estamos cerrados por temporada baja. En cuanto arranque la temporada y volvamos a abrir os pago la factura entera, no os preocupéis.\n\nSaludos,\nMarisa",
        note="'en cuanto arranque la temporada' names no date: promise with date null; one payment of the whole invoice, so not a plan",
    ),
    Reply(
        key="ptp-nl-1",
        intent="promise_to_pay",
        lang="nl",
        sender=("Daan de Wit", "daan@grandcafehetpakhuis.example"),
        date="2027-04-01 16:20 +0200",
        client="thunderbird",
        inv=bill("40347 parts 958.10 EUR"),
        body="Hallo,\n\nDe betaling van € 958,10 staat klaar en gaat morgen de deur uit.\n\nGroet,\nDaan de Wit\nGrand Café Het Pakhuis",
        extract=Extract(promised_date="2027-04-02", amount="958.10", currency="EUR"),
        note="'staat klaar' (ready) is not paid yet; 'morgen' = Fri 2 Apr",
    ),
    Reply(
        key="ptp-it-1",
        intent="promise_to_pay",
        lang="it",
        sender=("Marco Bellini", "marco.bellini@trattoriadelponte.example"),
        date="2027-04-06 11:09 +0200",
        client="gmail",
        inv=bill("40345 service 530.70 EUR"),
        body="Buongiorno,\n\nsaldiamo entro il 15, come per tutti i fornitori del mese.\n\nMarco Bellini\nTrattoria del Ponte",
        extract=Extract(promised_date="2027-04-15"),
        note="'entro il 15' → the 15th of the current month",
    ),
    Reply(
        key="ptp-it-2",
        intent="promise_to_pay",
        lang="it",
        sender=("Chiara Sala", "c.sala@ristorazione-ospedaleriva.example"),
        date="2027-03-26 14:48 +0100",
        client="outlook_html",
        charset="windows-1252",
        inv=bill("40316 service 1874.40 EUR"),
        body="Gentili signori,\n\nho già dato disposizione alla banca per il pagamento della fattura QCE/SV/40316: il bonifico partirà con data 30 marzo.\n\nDistinti saluti\n\nChiara Sala\nUfficio Acquisti – Ristorazione Ospedale di Riva",
        extract=Extract(promised_date="2027-03-30"),
        refs=("QCE/SV/40316",),
        note="hospital canteen; 'ho già dato disposizione' is past tense but the transfer leaves on 30 Mar: scheduled, so a promise",
    ),
)

DISPUTE: Final = (
    Reply(
        key="disp-en-1",
        intent="dispute",
        lang="en",
        sender=("Lewis Barr", "lewis@barrandgrill.example"),
        date="2027-03-18 22:31 +0000",
        client="gmail",
        inv=bill("40309 parts 96.50 GBP"),
        body="We have NOT paid this and we're not going to until the door gasket actually turns up. 40309 is for a part that never arrived. Your office told me on the phone it was on back order.\n\nLewis",
        refs=("QCE/SV/40309",),
        note="negated payment; the part never arrived",
    ),
    Reply(
        key="disp-en-2",
        intent="dispute",
        lang="en",
        sender=("Pauline Okafor", "kitchen.manager@stbarnabas-primary.example"),
        date="2027-03-24 12:15 +0000",
        client="outlook",
        inv=bill("40317 service 285.00 GBP"),
        body="Hello,\n\nI'm quite annoyed to be getting a reminder for this. Your engineer was booked for our annual gas safety check on Wednesday 3rd March. I stayed in the kitchen until half five and nobody turned up and nobody rang. I have the booking confirmation.\n\nYou have invoiced £285.00 for a visit that did not happen. Please cancel the invoice and rebook the check. We can't run a school kitchen without a valid gas certificate so this is urgent.\n\nPauline Okafor\nKitchen Manager\nSt Barnabas Primary School",
        note="service invoiced but never done; the rebooking request is secondary",
    ),
    Reply(
        key="disp-en-3",
        intent="dispute",
        lang="en",
        sender=("Raj Patel", "accounts@tandooribay.example"),
        date="2027-03-15 10:20 +0000",
        client="outlook_html",
        inv=bill("40321 service 174.00 GBP"),
        body="Morning,\n\n40308 was paid by BACS on 12 March. 40321 is the same callout billed twice: same date, same engineer, same job sheet number. We won't be paying 40321.\n\nRegards\nRaj Patel\nAccounts, Tandoori Bay",
        refs=("QCE/SV/40308", "QCE/SV/40321"),
        note="one invoice paid, the reminded one called a duplicate: dispute wins for the disputed part; the BACS date belongs to the other invoice, so no paid_date",
    ),
    Reply(
        key="disp-de-1",
        intent="dispute",
        lang="de",
        sender=("Tobias Wendt", "t.wendt@hafenlogistik-kantine.example"),
        date="2027-03-30 09:05 +0200",
        client="outlook_html",
        charset="windows-1252",
        inv=bill("40323 service 296.31 EUR"),
        body="Guten Tag,\n\ndie Rechnung QCE/SV/40323 können wir so nicht bezahlen. Laut unserem Wartungsvertrag vom Januar 2026 beträgt die Pauschale für die Wartung der Bandspülmaschine 189,00 € netto, berechnet haben Sie 249,00 € netto.\n\nBitte schicken Sie uns eine korrigierte Rechnung oder eine Gutschrift über die Differenz. Den richtigen Betrag überweisen wir dann umgehend.\n\nMit freundlichen Grüßen\nTobias Wendt\nKantinenleitung\n\nHafenlogistik Bremerhaven GmbH & Co. KG · Registergericht Amtsgericht Bremen HRA 27719 HB\nDiese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie diese Nachricht.",
        refs=("QCE/SV/40323",),
        note="price above the maintenance contract; paying the corrected amount later is conditional and secondary",
    ),
    Reply(
        key="disp-de-2",
        intent="dispute",
        lang="de",
        sender=("Ayşe Demir", "a.demir@seniorenresidenz-lindenhof.example"),
        date="2027-03-17 14:30 +0100",
        client="apple",
        inv=bill("40305 rental 714.00 EUR"),
        body="Hallo,\n\ndie gemietete Kühlzelle wurde schon am 26. Februar von Ihrem Fahrer abgeholt, der Abholschein liegt uns vor. Eine Miete für März ist daher nicht gerechtfertigt. Bitte stornieren Sie die Rechnung.\n\nFreundliche Grüße\nAyşe Demir\nHauswirtschaftsleitung\nSeniorenresidenz Lindenhof",
        note="rental charged after the equipment was returned",
    ),
    Reply(
        key="disp-fr-1",
        intent="dispute",
        lang="fr",
        sender=("Julien Roussel", "julien@bistrotdesquais.example"),
        date="2027-03-22 15:40 +0100",
        client="outlook",
        charset="windows-1252",
        inv=bill("40314 rental 420.00 EUR"),
        body="Bonjour,\n\nLe lave-vaisselle à capot que vous nous avez livré en location le 5 mars avait la porte enfoncée et le bras de lavage fendu. Nous avons émis des réserves sur le bon de livraison et envoyé les photos à votre technicien le jour même.\n\nTant que l'appareil n'est pas remplacé ou réparé, nous ne réglerons pas cette facture.\n\nCordialement,\nJulien Roussel\nBistrot des Quais",
        note="equipment delivered damaged; 'we won't pay until it is replaced'",
    ),
    Reply(
        key="disp-es-1",
        intent="dispute",
        lang="es",
        sender=("Elena Vidal", "administracion@hotelmirador-sitges.example"),
        date="2027-04-01 10:02 +0200",
        client="outlook_html",
        inv=bill("40325 service 242.00 EUR"),
        body="Buenos días:\n\nEsta factura ya nos la abonasteis en febrero con la nota de abono AB-2027-0031, porque el técnico no pudo terminar la reparación del abatidor. Por tanto no tenemos nada pendiente. Os agradecería que la anularais en vuestro sistema.\n\nUn saludo,\nElena Vidal\nAdministración – Hotel Mirador, Sitges",
        note="already credited; the credit-note number is not an invoice reference",
    ),
    Reply(
        key="disp-es-2",
        intent="dispute",
        lang="es",
        sender=("Francisco Romero", "compras.cocina@hospitalsanrafael-cordoba.example"),
        date="2027-03-23 09:37 +0100",
        client="outlook",
        inv=bill("40320 parts 1036.24 EUR"),
        body="Buenos días,\n\nEl pedido que figura en la factura QCE/SV/40320 (PO 7781) no es de este hospital. Todos nuestros pedidos empiezan por HSR- y en el sistema no consta ninguna compra de recambios a su empresa en febrero. No podemos tramitarla.\n\nAtentamente,\nFrancisco Romero\nCompras – Servicio de Cocina\nHospital San Rafael",
        refs=("QCE/SV/40320",),
        note="'not our purchase order' contests the invoice itself; it is not a request for a PO number",
    ),
    Reply(
        key="disp-nl-1",
        intent="dispute",
        lang="nl",
        sender=("Joost van Dam", "joost@restaurantdeschelp.example"),
        date="2027-03-26 16:05 +0100",
        client="gmail",
        inv=bill("40322 service 512.60 EUR"),
        body="Hallo,\n\nOp de factuur staan 4 uur arbeid, maar jullie monteur is hier anderhalf uur geweest. Zo staat het ook op de werkbon die hij zelf heeft ingevuld. Graag een gecorrigeerde factuur, dan betalen we meteen.\n\nJoost van Dam\nRestaurant De Schelp",
        note="labour hours overstated; payment only after correction",
    ),
    Reply(
        key="disp-nl-2",
        intent="dispute",
        lang="nl",
        sender=("Fatima El Idrissi", "f.elidrissi@zorgcentrumdeleeuwerik.example"),
        date="2027-04-07 11:50 +0200",
        client="owa",
        inv=bill("40361 service 327.80 EUR"),
        body="Goedemiddag,\n\nDe onderdelenfactuur QCE/SV/40358 betalen we vrijdag. Factuur 40361 klopt echter niet: de voorrijkosten zijn twee keer berekend, terwijl de monteur maar één keer is geweest. Wilt u die factuur aanpassen? Tot die tijd houden we hem aan.\n\nMet vriendelijke groet,\n\nFatima El Idrissi\nFacilitair medewerker\nZorgcentrum De Leeuwerik",
        refs=("QCE/SV/40358", "QCE/SV/40361"),
        note="promise for another invoice plus a dispute of the reminded one: dispute wins; the Friday promise for 40358 is not labelled",
    ),
    Reply(
        key="disp-it-1",
        intent="dispute",
        lang="it",
        sender=("Paolo Greco", "paolo@osteriadelmercato.example"),
        date="2027-03-18 23:05 +0100",
        client="iphone",
        inv=bill("40307 parts 186.00 EUR"),
        body="Buonasera, in fattura ci sono 3 filtri per la cappa ma ne sono arrivati 2, il terzo non si è mai visto. Mandatemi la fattura giusta e la pago\nPaolo",
        note="short delivery; paying after a corrected invoice is conditional",
    ),
    Reply(
        key="disp-it-2",
        intent="dispute",
        lang="it",
        sender=("Valentina Moretti", "contabilita@hotelbelvedere-stresa.example"),
        date="2027-04-05 10:27 +0200",
        client="thunderbird",
        charset="iso-8859-1",
        inv=bill("40346 service 645.00 EUR"),
        body="Buongiorno,\n\nla fattura QCE/SV/40346 è intestata a noi, ma l'intervento sul forno risulta eseguito presso l'Hotel Miramare di Baveno, che non ha nulla a che fare con la nostra società. Vi prego di annullarla e di emetterla al cliente corretto.\n\nCordiali saluti\nValentina Moretti\nContabilità - Hotel Belvedere, Stresa",
        refs=("QCE/SV/40346",),
        note="work done for another business: the invoice is contested, this is not a wrong contact; ISO-8859-1 Thunderbird",
    ),
)

PAYMENT_PLAN: Final = (
    Reply(
        key="plan-en-1",
        intent="payment_plan",
        lang="en",
        sender=("Sam Whitlock", "sam@theroamingpizzaco.example"),
        date="2027-03-25 19:40 +0000",
        client="iphone",
        inv=bill("40324 service 640.00 GBP"),
        body="Hiya, things have been dead over the winter. Could I do half now and the other half after the Easter weekend when the markets start back up? I can send £320 tomorrow if that works for you.\n\nSam\nThe Roaming Pizza Co",
        note="half now, half 'after the Easter weekend': payment_plan; plans carry no date and no amount",
    ),
    Reply(
        key="plan-en-2",
        intent="payment_plan",
        lang="en",
        sender=("Bernadette Cole", "bernie@thelanterncafe-hebden.example"),
        date="2027-03-31 13:15 +0100",
        client="gmail",
        inv=bill("40328 rental 1150.00 GBP"),
        body="Hello,\n\nI'm sorry to be writing this. We were flooded at the end of February when the river came up and we've been closed for three weeks. The insurance hasn't paid out yet and I honestly can't find £1,150 at the moment.\n\nWould you let me pay it off at £200 a month? I can set up a standing order from next month. I really don't want to lose the fridges, we need them to reopen.\n\nBest wishes,\nBernadette Cole\nThe Lantern Café",
        note="hardship plus monthly instalments",
    ),
    Reply(
        key="plan-en-3",
        intent="payment_plan",
        lang="en",
        sender=("Greg Hollis", "greg@hollisdiner.example"),
        date="2027-04-09 11:30 +0100",
        client="inline",
        inv=bill("40357 service 732.00 GBP"),
        body="Morning, answer below.\n\nGreg\n[inline]\nI'll be honest, £732 is more than I can stretch to right now. I can offer £500 in full and final settlement, paid by Friday next week if you agree. Let me know.",
        note="inline reply: the offer sits between the quoted lines; a reduced amount offered for lack of money, not because the invoice is wrong: payment_plan; the conditional date is not labelled",
    ),
    Reply(
        key="plan-de-1",
        intent="payment_plan",
        lang="de",
        sender=("Monika Vogt", "verwaltung@pflegeheim-am-stadtpark.example"),
        date="2027-03-16 11:02 +0100",
        client="outlook_html",
        inv=bill("40293 parts 2864.00 EUR"),
        body="Sehr geehrte Damen und Herren,\n\nwir bestreiten die Forderung nicht, aber nach den ungeplanten Reparaturen der letzten Monate ist unser Budget für das erste Quartal erschöpft. Wäre es möglich, den Betrag in drei Monatsraten zu begleichen, beginnend im April?\n\nFür eine kurze Bestätigung wären wir dankbar.\n\nMit freundlichen Grüßen\nMonika Vogt\nVerwaltung\nPflegeheim am Stadtpark",
        note="care home asks for three instalments and says outright it does not dispute the invoice",
    ),
    Reply(
        key="plan-de-2",
        intent="payment_plan",
        lang="de",
        sender=("Florian Hell", "info@berggasthof-zugspitzblick.example"),
        date="2027-03-15 20:11 +0100",
        client="iphone",
        inv=bill("40283 rental 880.00 EUR"),
        body="Grüß Gott, könnten Sie uns das Zahlungsziel um 30 Tage verlängern? Wir haben noch bis Mai Betriebsferien und entsprechend kaum Einnahmen. Danke und Gruß, Florian Hell",
        note="more time asked for, no commitment: payment_plan",
    ),
    Reply(
        key="plan-fr-1",
        intent="payment_plan",
        lang="fr",
        sender=("Nadia Haddad", "nadia@lepetitcreux-crepes.example"),
        date="2027-03-19 09:45 +0100",
        client="gmail",
        inv=bill("40303 parts 1095.00 EUR"),
        body="Bonjour,\n\nserait-il possible de régler cette facture en trois fois ? Je peux faire un premier virement de 365 € début avril, puis la même chose en mai et en juin.\n\nMerci d'avance,\nNadia Haddad\nLe Petit Creux",
        note="three instalments proposed",
    ),
    Reply(
        key="plan-fr-2",
        intent="payment_plan",
        lang="fr",
        sender=("Bertrand Giraud", "b.giraud@ehpad-lesglycines.example"),
        date="2027-04-06 16:00 +0200",
        client="outlook_html",
        charset="windows-1252",
        inv=bill("40341 service 2150.40 EUR"),
        body="Madame, Monsieur,\n\nÀ la suite des travaux de mise aux normes de notre cuisine, notre trésorerie est très tendue ce trimestre. Nous sollicitons un délai de paiement supplémentaire de soixante jours pour la facture QCE/SV/40341, sans pénalités si possible.\n\nVous remerciant par avance de votre compréhension,\n\nBertrand Giraud\nDirecteur administratif et financier\nEHPAD Les Glycines",
        refs=("QCE/SV/40341",),
        note="care home asks for 60 more days: payment_plan",
    ),
    Reply(
        key="plan-es-1",
        intent="payment_plan",
        lang="es",
        sender=("Lucía Ferrer", "lucia@tabernaelpuerto.example"),
        date="2027-04-08 12:12 +0200",
        client="gmail",
        inv=bill("40351 service 780.00 EUR"),
        body="Hola,\n\n¿Podríamos pagarla en dos plazos? La mitad ahora en abril y la otra mitad a finales de mayo. Este invierno ha sido muy flojo.\n\nGracias,\nLucía Ferrer\nTaberna El Puerto",
        note="two instalments",
    ),
    Reply(
        key="plan-es-2",
        intent="payment_plan",
        lang="es",
        sender=("Andrés Navarro", "andres@burgerlab-truck.example"),
        date="2027-03-20 10:05 +0100",
        client="samsung",
        inv=bill("40298 parts 1240.00 EUR"),
        body="Buenas, esta semana os puedo mandar 400 € y el resto os lo voy pagando poco a poco según vaya entrando trabajo. Ahora mismo no llego a todo, perdonad",
        note="part now and the rest open-ended: payment_plan, not a promise",
    ),
    Reply(
        key="plan-nl-1",
        intent="payment_plan",
        lang="nl",
        sender=("Peter Jansen", "p.jansen@jansencatering.example"),
        date="2027-03-22 08:50 +0100",
        client="outlook",
        inv=bill("40312 rental 2412.00 EUR"),
        body="Goedemorgen,\n\nKunnen we voor deze factuur een betalingsregeling treffen? Wij denken aan vier maandelijkse termijnen van € 603,00. Laat u ons weten of dat akkoord is?\n\nMet vriendelijke groet,\nPeter Jansen\nJansen Catering",
        note="four monthly instalments",
    ),
    Reply(
        key="plan-nl-2",
        intent="payment_plan",
        lang="nl",
        sender=("Sanne Bakker", "info@strandpaviljoenzuid.example"),
        date="2027-03-17 15:25 +0100",
        client="gmail",
        inv=bill("40292 service 690.00 EUR"),
        body="Hoi,\n\nWe gaan pas half april weer open voor het seizoen. Zouden we uitstel van betaling kunnen krijgen tot eind mei? Dan hebben we weer inkomsten.\n\nGroetjes,\nSanne\nStrandpaviljoen Zuid",
        note="asks for a delay until the end of May; a request, not a commitment: payment_plan",
    ),
    Reply(
        key="plan-it-1",
        intent="payment_plan",
        lang="it",
        sender=("Roberto Fontana", "roberto.fontana@agriturismoilcasale.example"),
        date="2027-03-24 17:30 +0100",
        client="outlook_html",
        inv=bill("40318 rental 1600.00 EUR"),
        body="Buonasera,\n\nvi scrivo per chiedere se è possibile rateizzare l'importo in 4 rate mensili da 400 euro, a partire da aprile. L'inverno per noi è stato difficile e la stagione riparte solo a maggio.\n\nResto in attesa di un vostro riscontro.\n\nRoberto Fontana\nAgriturismo Il Casale",
        note="four monthly instalments",
    ),
)

INVOICE_REQUEST: Final = (
    Reply(
        key="inv-en-1",
        intent="invoice_request",
        lang="en",
        sender=("Alison Reid", "bursar@kingsmead-academy.example"),
        date="2027-03-18 14:10 +0000",
        client="outlook_html",
        inv=bill("40311 service 1420.80 GBP"),
        body="Good afternoon,\n\nWe have no record of receiving invoice QCE/SV/40311 – this reminder is the first we have seen of it. Could you please send a copy of the invoice, and the job sheet if possible, so that I can get it approved?\n\nKind regards,\n\nAlison Reid\nSchool Business Manager\nKingsmead Academy",
        refs=("QCE/SV/40311",),
        note="school bursar never received the invoice and asks for a copy without contesting it",
    ),
    Reply(
        key="inv-en-2",
        intent="invoice_request",
        lang="en",
        sender=("Accounts Payable", "ap@northfieldgeneral-catering.example"),
        date="2027-03-30 09:20 +0100",
        client="owa",
        inv=bill("40329 parts 264.00 GBP"),
        body="Hello,\n\nThis invoice has been rejected by our system because it does not quote a valid purchase order number. All invoices to Northfield General Hospital Catering Services must show an official PO (format NGH-0000000).\n\nPlease obtain the PO from the person who placed the order and reissue the invoice. We are not disputing the charge.\n\nAccounts Payable Team\nNorthfield General Hospital – Catering Services\n\n********************************************************************\nThis message may contain confidential information. If you are not the intended recipient please inform the sender that you have received the message in error before deleting it. Please do not disclose, copy or distribute information in this e-mail or take any action in reliance on its contents.\n********************************************************************",
        note="hospital canteen needs a reissue with a PO number and says the charge is not disputed",
    ),
    Reply(
        key="inv-en-3",
        intent="invoice_request",
        lang="en",
        sender=("Chris Doherty", "finance@thegrange-keswick.example"),
        date="2027-04-07 16:45 +0100",
        client="outlook",
        inv=bill("40350 rental 598.80 GBP"),
        body="Hi,\n\nHappy to pay this, but after a fraud attempt last month our policy is that we can't pay any supplier until we hold their bank details on company letterhead, signed, and we've confirmed them by phone. Could you send that over? Once it's on file it'll go in the next run.\n\nThanks,\nChris Doherty\nFinance Manager, The Grange Hotel",
        note="needs bank details before paying; 'it'll go in the next run' is conditional and undated",
    ),
    Reply(
        key="inv-de-1",
        intent="invoice_request",
        lang="de",
        sender=("Heike Albrecht", "buchhaltung@gasthaus-zurlinde.example"),
        date="2027-03-25 10:40 +0100",
        client="thunderbird",
        charset="iso-8859-1",
        inv=bill("40315 parts 318.50 EUR"),
        body="Guten Tag,\n\nbevor wir etwas überweisen, schicken Sie uns bitte einen aktuellen Kontoauszug für unser Kundenkonto. Im Februar ist bei uns eine Sammelzahlung an Sie rausgegangen, und ich kann nicht nachvollziehen, welche Rechnungen damit ausgeglichen wurden.\n\nFreundliche Grüße\nHeike Albrecht\nGasthaus zur Linde",
        note="statement of account requested; the February payment is context, not a claim that this invoice is paid; ISO-8859-1",
    ),
    Reply(
        key="inv-de-2",
        intent="invoice_request",
        lang="de",
        sender=("Rainer Schmitt", "r.schmitt@stb-schmitt-partner.example"),
        date="2027-04-07 08:55 +0200",
        client="outlook_html",
        inv=bill("40348 service 1023.40 EUR"),
        body="Sehr geehrte Damen und Herren,\n\nwir betreuen die Buchhaltung der Trattoria Bella Vista GmbH. Die Rechnung QCE/SV/40348 enthält weder Ihre USt-IdNr. noch das Leistungsdatum und erfüllt damit nicht die Anforderungen des § 14 UStG; ein Vorsteuerabzug ist so nicht möglich.\n\nBitte stellen Sie eine korrigierte Rechnung aus. Die Zahlung erfolgt nach Eingang.\n\nMit freundlichen Grüßen\n\nRainer Schmitt\nSteuerberater\nSchmitt & Partner Steuerberatungsgesellschaft mbH",
        refs=("QCE/SV/40348",),
        note="tax adviser asks for a formally correct invoice (VAT id, date of service); the amount is not contested: invoice_request",
    ),
    Reply(
        key="inv-fr-1",
        intent="invoice_request",
        lang="fr",
        sender=("Mathieu Perrin", "intendance@lyceehotelier-belleville.example"),
        date="2027-03-15 14:35 +0100",
        client="outlook",
        inv=bill("40285 service 860.00 EUR"),
        body="Bonjour,\n\nNous n'avons jamais reçu cette facture. En tant qu'établissement public, nous ne pouvons de toute façon traiter que les factures déposées sur Chorus Pro. Merci de la déposer sur la plateforme ; elle sera mise en paiement dès sa validation.\n\nCordialement,\nMathieu Perrin\nAdjoint gestionnaire\nLycée hôtelier de Belleville",
        note="public school: the invoice must be filed on Chorus Pro; resubmission, not a dispute",
    ),
    Reply(
        key="inv-fr-2",
        intent="invoice_request",
        lang="fr",
        sender=("Claire Fontaine", "claire@aubergedulac-annecy.example"),
        date="2027-03-31 09:05 +0200",
        client="gmail",
        inv=bill("40334 rental 310.00 EUR"),
        body="Bonjour,\n\nPouvez-vous me transmettre votre RIB ? Je ne l'ai pas dans mes fichiers et je préfère l'avoir directement de votre part plutôt que de recopier celui qui figure sur la facture.\n\nMerci,\nClaire Fontaine\nAuberge du Lac",
        note="bank details requested before paying",
    ),
    Reply(
        key="inv-es-1",
        intent="invoice_request",
        lang="es",
        sender=("Iñaki Etxeberria", "inaki@sidreriaelkano.example"),
        date="2027-03-16 13:20 +0100",
        client="iphone",
        inv=bill("40289 service 455.40 EUR"),
        body="Hola, esa factura no nos ha llegado nunca. ¿Me la podéis reenviar en PDF? Gracias\n\nIñaki",
        note="never received; resend",
    ),
    Reply(
        key="inv-es-2",
        intent="invoice_request",
        lang="es",
        sender=("Gestión Económica", "facturas.proveedores@residenciasantaclara.example"),
        date="2027-04-05 10:30 +0200",
        client="outlook_html_only",
        inv=bill("40343 service 1312.00 EUR"),
        body="Buenos días:\n\nPara poder dar de alta el pago necesitamos que nos remitan un certificado de titularidad de la cuenta bancaria emitido por su banco, así como una copia de la factura con nuestro número de pedido RSC-2027-118.\n\nUn cordial saludo,\n\nDepartamento de Gestión Económica\nResidencia de Mayores Santa Clara",
        note="care home needs a bank-account certificate and a copy with its PO number; HTML-only Outlook message",
    ),
    Reply(
        key="inv-nl-1",
        intent="invoice_request",
        lang="nl",
        sender=("Ruud Hendriks", "crediteuren@hotelzeezicht.example"),
        date="2027-03-19 11:11 +0100",
        client="outlook_html",
        inv=bill("40294 service 1045.00 EUR"),
        body="Geachte heer/mevrouw,\n\nWij verwerken sinds 1 januari alleen nog e-facturen. Uw factuur 40294 is als pdf binnengekomen en kan daardoor niet worden ingelezen. Wilt u de factuur opnieuw aanbieden als UBL-bestand via Peppol? Daarna wordt hij meegenomen in de eerstvolgende betaalrun.\n\nMet vriendelijke groet,\nRuud Hendriks\nCrediteurenadministratie\nHotel Zeezicht",
        refs=("QCE/SV/40294",),
        note="resubmission as an e-invoice; the payment that follows is conditional and undated",
    ),
    Reply(
        key="inv-nl-2",
        intent="invoice_request",
        lang="nl",
        sender=("Kees Mulder", "kees@friettruckdekees.example"),
        date="2027-03-25 20:40 +0100",
        client="roundcube",
        inv=bill("40326 parts 142.80 EUR"),
        body="Waar is deze factuur precies voor? Ik kan er niks over terugvinden. Stuur de werkbon of pakbon even mee aub, dan kijk ik ernaar.\n\nKees",
        note="asks what the charge is and for the paperwork: invoice_request, not dispute",
    ),
    Reply(
        key="inv-it-1",
        intent="invoice_request",
        lang="it",
        sender=("Silvia Ricci", "amministrazione@ristorantelapiazzetta.example"),
        date="2027-03-22 12:00 +0100",
        client="outlook",
        inv=bill("40284 service 549.00 EUR"),
        body="Buongiorno,\n\nla fattura 40284 non ci risulta pervenuta tramite il Sistema di Interscambio. Potete verificare e ritrasmetterla con il nostro codice destinatario M5UXCR1? Senza la fattura elettronica non possiamo né registrarla né pagarla.\n\nGrazie,\nSilvia Ricci\nAmministrazione – Ristorante La Piazzetta",
        refs=("QCE/SV/40284",),
        note="e-invoice never arrived through SdI: resend",
    ),
)

WRONG_CONTACT: Final = (
    Reply(
        key="wc-en-1",
        intent="wrong_contact",
        lang="en",
        sender=("Tomasz Nowak", "tomasz.nowak@theoldcustomshouse.example"),
        date="2027-03-16 21:50 +0000",
        client="iphone",
        inv=bill("40287 parts 210.00 GBP"),
        body="I'm the head chef, I don't deal with invoices. Our accounts are done by Harriet in the group office, harriet.lowe@oldcustomshouse-group.example\n\nTomasz",
        extract=Extract(new_contact="harriet.lowe@oldcustomshouse-group.example"),
    ),
    Reply(
        key="wc-en-2",
        intent="wrong_contact",
        lang="en",
        sender=("Accounts Department", "grandpier.accounts@gmail.com"),
        reminded="accounts@grandpierhotel.example",
        date="2027-03-30 03:12 +0100",
        client="gmail",
        inv=bill("40330 service 1184.40 GBP"),
        body="Dear Sir/Madam,\n\nKindly note that our accounts department has moved to a new email address with immediate effect. Please update your records and send all future invoices, statements and remittance correspondence ONLY to grandpier.accounts@gmail.com.\n\nDo not send anything to the old address as it is no longer monitored.\n\nKindly confirm once updated.\n\nRegards,\nAccounts Department\nGrand Pier Hotel",
        extract=Extract(new_contact="grandpier.accounts@gmail.com"),
        note="phishing-like request to redirect mail to a free-mail address, sent from that address at 3 a.m.: labelled for what it asks (a new contact); a collector must verify it by phone before changing anything",
    ),
    Reply(
        key="wc-en-3",
        intent="wrong_contact",
        lang="en",
        sender=("Meridian Leisure Finance", "payables@meridianleisure.example"),
        date="2027-04-07 09:03 +0100",
        client="notice",
        subject="Automatic reply: {q}",
        headers=(AUTO_REPLIED, SUPPRESS),
        inv=bill("40353 rental 865.20 GBP"),
        body="This mailbox is no longer monitored and messages sent to it will not be read.\n\nMeridian Leisure moved to a shared finance service on 1 March 2027. Please send invoices and payment queries to finance.ops@meridianleisure.example.\n\nThank you.",
        extract=Extract(new_contact="finance.ops@meridianleisure.example"),
        note="automatic 'no longer monitored' notice naming the new address: wrong_contact, not auto_reply",
    ),
    Reply(
        key="wc-de-1",
        intent="wrong_contact",
        lang="de",
        sender=("Uwe Brandt", "u.brandt@klinikum-suedstadt.example"),
        date="2027-04-06 07:55 +0200",
        client="outlook_html",
        cc="Petra Lindqvist <P.Lindqvist@Klinikum-Suedstadt.example>",
        inv=bill("40342 service 1540.00 EUR"),
        body="Guten Morgen,\n\nich bin seit dem 1. März nicht mehr für die Küchentechnik zuständig und lese dieses Postfach nur noch übergangsweise. Ihre Ansprechpartnerin ist jetzt Frau Petra Lindqvist (p.lindqvist@klinikum-suedstadt.example), ich setze sie in Kopie.\n\nMit freundlichen Grüßen\nUwe Brandt",
        extract=Extract(new_contact="p.lindqvist@klinikum-suedstadt.example"),
        note="hospital; the new contact is written in the text and copied in Cc in mixed case (labelled in lower case)",
    ),
    Reply(
        key="wc-fr-1",
        intent="wrong_contact",
        lang="fr",
        sender=("Antoine Mercier", "chef@brasserielafontaine.example"),
        date="2027-03-18 16:10 +0100",
        client="iphone",
        inv=bill("40282 parts 178.00 EUR"),
        body="Bonjour, ce n'est pas moi qui m'occupe des factures, je suis en cuisine. Voyez avec notre siège : comptabilite@groupe-fontaine-restauration.example\n\nAntoine",
        extract=Extract(new_contact="comptabilite@groupe-fontaine-restauration.example"),
    ),
    Reply(
        key="wc-fr-2",
        intent="wrong_contact",
        lang="fr",
        sender=("Hôtel du Parc - Réception", "reception@hotelduparc-annecy.example"),
        date="2027-03-22 09:14 +0100",
        client="notice",
        subject="Réponse automatique : {q}",
        inv=bill("40333 service 480.00 EUR"),
        body="Bonjour,\n\nCette adresse n'est plus consultée depuis le 1er mars. Pour toute question relative à la facturation, merci de contacter notre service comptable par téléphone au 04 50 00 27 90, du lundi au vendredi de 9 h à 12 h.\n\nL'équipe de l'Hôtel du Parc",
        note="'no longer read' notice without Auto-Submitted, giving only a phone number: wrong_contact with new_contact null",
    ),
    Reply(
        key="wc-es-1",
        intent="wrong_contact",
        lang="es",
        sender=("Sergio Castillo", "cocina@mesondelasierra.example"),
        date="2027-03-24 11:35 +0100",
        client="gmail",
        inv=bill("40332 service 366.00 EUR"),
        body="Hola,\n\nyo soy el cocinero, de las facturas se encarga la gestoría. Escribidles a ellos: administracion@gestoriamartinezrubio.example\n\nSaludos,\nSergio",
        extract=Extract(new_contact="administracion@gestoriamartinezrubio.example"),
    ),
    Reply(
        key="wc-es-2",
        intent="wrong_contact",
        lang="es",
        sender=("Pilar Santos", "psantos@grupoalameda.example"),
        date="2027-04-08 17:05 +0200",
        client="outlook_html",
        inv=bill("40354 rental 720.00 EUR"),
        body="Buenas tardes:\n\nLes informo de que desde este mes la facturación del Grupo Alameda se gestiona desde un buzón centralizado. Por favor, envíen esta factura y las próximas, y también los recordatorios, a Facturas.Proveedores@GrupoAlameda.example.\n\nGracias,\nPilar Santos",
        extract=Extract(new_contact="facturas.proveedores@grupoalameda.example"),
        note="address written in mixed case, labelled in lower case",
    ),
    Reply(
        key="wc-nl-1",
        intent="wrong_contact",
        lang="nl",
        sender=("Ahmed Yilmaz", "keuken@lunchroomdemolen.example"),
        date="2027-04-02 14:22 +0200",
        client="samsung",
        inv=bill("40340 service 289.00 EUR"),
        body="Dag, facturen gaan via ons hoofdkantoor, niet via de keuken. Stuur het naar crediteuren@demolen-horecagroep.example. Groet Ahmed",
        extract=Extract(new_contact="crediteuren@demolen-horecagroep.example"),
    ),
    Reply(
        key="wc-nl-2",
        intent="wrong_contact",
        lang="nl",
        sender=("Wendy Smit", "wendy@bakkerijsmit-urk.example"),
        date="2027-03-15 18:30 +0100",
        client="gmail",
        inv=bill("40280 service 1120.00 EUR"),
        body="Goedenavond,\n\nIk denk dat u het verkeerde adres heeft. Wij zijn een bakkerij op Urk en hebben nooit iets bij Quayside gekocht of gehuurd. Misschien een typfout in het e-mailadres?\n\nWendy Smit",
        note="wrong recipient altogether, no new address; not a dispute of a real debt",
    ),
    Reply(
        key="wc-it-1",
        intent="wrong_contact",
        lang="it",
        sender=("Giorgio Rinaldi", "g.rinaldi@rsa-ilgirasole.example"),
        date="2027-03-17 10:50 +0100",
        client="outlook",
        inv=bill("40279 parts 420.00 EUR"),
        body="Buongiorno,\n\ndal mese scorso non mi occupo più degli acquisti della RSA. Per fatture e pagamenti scrivete a amministrazione@rsa-ilgirasole.example.\n\nSaluti,\nGiorgio Rinaldi",
        extract=Extract(new_contact="amministrazione@rsa-ilgirasole.example"),
    ),
    Reply(
        key="wc-it-2",
        intent="wrong_contact",
        lang="it",
        sender=("Alessandro Conti", "alessandro@pizzeriailforno-bergamo.example"),
        date="2027-03-30 15:00 +0200",
        client="gmail",
        cc="Elisa Marchi <studio@marchi-commercialisti.example>",
        inv=bill("40335 service 398.00 EUR"),
        body="Buongiorno,\n\nmetto in copia la dott.ssa Marchi, la nostra commercialista, che segue tutti i pagamenti ai fornitori. D'ora in poi scrivete direttamente a lei, per favore.\n\nGrazie\nAlessandro Conti\nPizzeria Il Forno",
        extract=Extract(new_contact="studio@marchi-commercialisti.example"),
        note="the new contact is named in the text but her address appears only in the Cc header",
    ),
)

UNSUBSCRIBE: Final = (
    Reply(
        key="un-en-1",
        intent="unsubscribe",
        lang="en",
        sender=("Derek Holm", "derek@holmsfishbar.example"),
        date="2027-03-18 08:12 +0000",
        client="outlook",
        inv=bill("40277 parts 88.40 GBP"),
        body="Stop emailing me about this. I don't read email for the business. Anything about my account goes by post to the shop from now on.\n\nD. Holm",
        note="'post only' → unsubscribe",
    ),
    Reply(
        key="un-en-2",
        intent="unsubscribe",
        lang="en",
        sender=("Yvonne Marsh", "owner@marshhouse-care.example"),
        date="2027-04-02 12:30 +0100",
        client="outlook_html",
        inv=bill("40344 rental 1820.00 GBP"),
        body="Dear Sirs,\n\nThis account is now in the hands of our solicitors, Hargreave & Pell LLP. All further correspondence regarding it must be addressed to them. Please do not contact the home or any member of staff directly again.\n\nYvonne Marsh\nProprietor, Marsh House",
        note="'talk to our solicitors', no address given → unsubscribe",
    ),
    Reply(
        key="un-en-3",
        intent="unsubscribe",
        lang="en",
        sender=("Andy Fraser", "andy@frasers-catering-vans.example"),
        date="2027-03-15 19:48 +0000",
        client="gmail",
        inv=bill("40278 service 245.00 GBP"),
        body="PLEASE STOP SENDING THESE. it was paid weeks ago, this is the third one ive had. take me off your list",
        note="stop request plus a payment claim: unsubscribe beats everything but bounce; no paid_date",
    ),
    Reply(
        key="un-de-1",
        intent="unsubscribe",
        lang="de",
        sender=("Gerd Lehmann", "gerd@imbiss-lehmann.example"),
        date="2027-03-24 17:20 +0100",
        client="thunderbird",
        charset="iso-8859-1",
        cte="quoted-printable",
        inv=bill("40336 parts 64.90 EUR"),
        body="Sehr geehrte Damen und Herren,\n\nbitte nehmen Sie meine E-Mail-Adresse aus Ihrem Verteiler. Schriftverkehr zu meinem Kundenkonto bitte ausschließlich per Post.\n\nG. Lehmann\nImbiss Lehmann",
        note="remove me + post only; ISO-8859-1 quoted-printable",
    ),
    Reply(
        key="un-de-2",
        intent="unsubscribe",
        lang="de",
        sender=("Dr. Claudia Wirth", "geschaeftsfuehrung@hotel-seeblick-konstanz.example"),
        date="2027-04-08 15:15 +0200",
        client="outlook_html",
        inv=bill("40356 service 4760.00 EUR"),
        body="Sehr geehrte Damen und Herren,\n\nwir haben die Angelegenheit unserem Rechtsanwalt übergeben. Bitte sehen Sie von weiteren E-Mails an unser Haus ab; die gesamte Korrespondenz ist ab sofort über die Kanzlei Baumgart & Seidel zu führen.\n\nMit freundlichen Grüßen\nDr. Claudia Wirth\nGeschäftsführerin",
        note="matter handed to a lawyer, no address → unsubscribe",
    ),
    Reply(
        key="un-fr-1",
        intent="unsubscribe",
        lang="fr",
        sender=("Patrick Lemaire", "p.lemaire@lemaire-traiteur.example"),
        date="2027-03-23 10:10 +0100",
        client="outlook",
        charset="windows-1252",
        inv=bill("40337 service 520.00 EUR"),
        body="Bonjour,\n\nMerci de ne plus m'écrire à cette adresse. Toute correspondance concernant notre compte doit désormais se faire par courrier, à l'adresse du siège.\n\nP. Lemaire\nLemaire Traiteur",
        note="post only → unsubscribe",
    ),
    Reply(
        key="un-fr-2",
        intent="unsubscribe",
        lang="fr",
        sender=("Lina Bouzid", "lina@foodtruck-lasardine.example"),
        date="2027-04-07 12:40 +0200",
        client="iphone",
        subject="Désinscription",
        inv=bill("40339 parts 133.20 EUR"),
        body="Désinscrivez-moi de vos envois svp.",
        note="one line, with a subject of its own",
    ),
    Reply(
        key="un-es-1",
        intent="unsubscribe",
        lang="es",
        sender=("Manuel Ortega", "manuel@asadorelroble.example"),
        date="2027-03-26 11:00 +0100",
        client="gmail",
        inv=bill("40273 service 590.00 EUR"),
        body="No nos mandéis más correos con esto. Ya os dijimos por teléfono que la reparación del horno quedó mal hecha y que no vamos a pagar hasta que vuelva el técnico. Para cualquier cosa, llamadme.\n\nManuel Ortega\nAsador El Roble",
        note="stop request plus a dispute: unsubscribe wins",
    ),
    Reply(
        key="un-es-2",
        intent="unsubscribe",
        lang="es",
        sender=("Carmen Ibáñez", "direccion@hostalsolymar.example"),
        date="2027-04-06 13:30 +0200",
        client="outlook",
        inv=bill("40359 rental 1350.00 EUR"),
        body="Buenas tardes:\n\nLes comunico que este asunto lo lleva ya nuestro abogado. Absténganse de enviar más correos a esta dirección; cualquier comunicación deberá dirigirse a él.\n\nCarmen Ibáñez\nHostal Sol y Mar",
        note="lawyer, no address → unsubscribe",
    ),
    Reply(
        key="un-nl-1",
        intent="unsubscribe",
        lang="nl",
        sender=("Ruben Visser", "ruben@foodtruckdeboot.example"),
        date="2027-04-09 10:00 +0200",
        client="gmail",
        inv=bill("40360 parts 76.30 EUR"),
        body="Afmelden graag. Ik wil deze mails niet meer ontvangen.\n\nRuben",
    ),
    Reply(
        key="un-it-1",
        intent="unsubscribe",
        lang="it",
        sender=("Franco Lombardi", "franco@barlombardi.example"),
        date="2027-03-25 09:30 +0100",
        client="roundcube",
        inv=bill("40275 service 310.00 EUR"),
        body="Buongiorno,\n\nvi chiedo di cancellare il mio indirizzo dalle vostre comunicazioni. Eventuali solleciti mandateli per posta in sede, le e-mail non le leggo.\n\nFranco Lombardi",
        note="remove me + post only",
    ),
    Reply(
        key="un-it-2",
        intent="unsubscribe",
        lang="it",
        sender=("Davide Colombo", "davide@paninoteca-ilchiosco.example"),
        date="2027-03-16 22:15 +0100",
        client="iphone",
        inv=bill("40272 parts 95.00 EUR"),
        body="smettetela di mandarmi queste mail ogni settimana!!! non rispondo piu, toglietemi dalla lista",
        note="irritated, no accent on 'più'",
    ),
)

AUTO_REPLY: Final = (
    Reply(
        key="ar-en-1",
        intent="auto_reply",
        lang="en",
        sender=("Helen Carver", "h.carver@riverside-college.example"),
        date="2027-03-25 09:40 +0000",
        client="notice",
        subject="Automatic reply: {q}",
        headers=(AUTO_REPLIED, SUPPRESS),
        inv=bill("40231 service 1210.00 GBP"),
        body="Thank you for your email. I am on annual leave from Wednesday 24 March until Friday 2 April inclusive, returning on Monday 5 April. For urgent catering matters please call the kitchen office on 01632 960781.\n\nHelen Carver\nCatering Services Manager\nRiverside College",
        extract=Extract(return_date="2027-04-05"),
        note="the stated day back wins over 'until … inclusive'",
    ),
    Reply(
        key="ar-en-2",
        intent="auto_reply",
        lang="en",
        sender=("Bayview Hotels AP Helpdesk", "support@bayviewhotels-ap.helpdesk.example"),
        date="2027-03-15 09:26 +0000",
        client="notice_alt",
        subject="[#48213] Request received: {q}",
        headers=(("Precedence", "bulk"),),
        inv=bill("40258 rental 2040.00 GBP"),
        body="Dear Quayside Receivables,\n\nThank you for contacting Bayview Hotels Accounts Payable. Your request has been logged as ticket #48213 and will be picked up by a member of the team.\n\nWe aim to respond to supplier queries within 5 working days. Please do not open a new ticket for the same query: reply to this email and your message will be added to ticket #48213.\n\nBayview Hotels AP Helpdesk",
        note="ticket acknowledgement without Auto-Submitted (Precedence: bulk only); no return date",
    ),
    Reply(
        key="ar-en-3",
        intent="auto_reply",
        lang="en",
        sender=("St Aidan's School Office", "office@staidans-primary.example"),
        date="2027-04-02 09:05 +0100",
        client="notice",
        subject="[Auto-Reply] {q}",
        headers=(AUTO_REPLIED,),
        inv=bill("40207 service 330.00 GBP"),
        body="Thank you for your message. The school is closed for the Easter holidays and the office is not staffed. We reopen on Monday 12 April and will reply to emails then.\n\nIf your message is about the safety of a child, please contact the local authority duty team.",
        extract=Extract(return_date="2027-04-12"),
        note="school office closed for Easter; reopening day given",
    ),
    Reply(
        key="ar-de-1",
        intent="auto_reply",
        lang="de",
        sender=("Martina Keller", "m.keller@kurhotel-sonnenhang.example"),
        date="2027-03-24 09:12 +0100",
        client="notice",
        subject="Automatische Antwort: {q}",
        headers=(AUTO_REPLIED, SUPPRESS),
        inv=bill("40244 service 890.00 EUR"),
        body="Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich Freitag, 2. April 2027, nicht im Haus und habe keinen Zugriff auf meine E-Mails. Ab Montag, 5. April, bin ich wieder für Sie erreichbar.\n\nIn dringenden Fällen wenden Sie sich bitte an unsere Rezeption unter 07221 30450.\n\nMit freundlichen Grüßen\nMartina Keller\nEinkauf & Verwaltung",
        extract=Extract(return_date="2027-04-05"),
        note="'ab Montag, 5. April wieder erreichbar' wins over 'bis einschließlich 2. April'",
    ),
    Reply(
        key="ar-de-2",
        intent="auto_reply",
        lang="de",
        sender=(
            "Klinikum Nordstadt - Rechnungseingang",
            "rechnungseingang@klinikum-nordstadt.example",
        ),
        date="2027-04-01 09:08 +0200",
        client="notice",
        subject="Eingangsbestätigung: {q}",
        headers=(AUTO_REPLIED,),
        inv=bill("40219 parts 412.00 EUR"),
        body="Sehr geehrte Damen und Herren,\n\nIhre E-Mail ist in unserem zentralen Rechnungseingang eingegangen und wird in der Reihenfolge des Eingangs bearbeitet. Bitte sehen Sie von Nachfragen zum Bearbeitungsstand ab; die Bearbeitungszeit beträgt derzeit etwa zehn Arbeitstage.\n\nDiese Nachricht wurde automatisch erstellt.",
        note="hospital invoice-inbox acknowledgement; no return date",
    ),
    Reply(
        key="ar-fr-1",
        intent="auto_reply",
        lang="fr",
        sender=("Isabelle Garnier", "i.garnier@restaurant-lamarina.example"),
        date="2027-04-02 09:20 +0200",
        client="notice",
        subject="Réponse automatique : {q}",
        headers=(AUTO_REPLIED, SUPPRESS),
        inv=bill("40262 service 575.00 EUR"),
        body="Bonjour,\n\nJe suis en congés jusqu'au vendredi 9 avril inclus, sans accès à ma messagerie. Je serai de retour le lundi 12 avril et traiterai votre message à ce moment-là.\n\nPour toute urgence : direction@restaurant-lamarina.example\n\nIsabelle Garnier",
        extract=Extract(return_date="2027-04-12"),
        note="the day back wins; a colleague's address in an auto-reply does not set new_contact",
    ),
    Reply(
        key="ar-fr-2",
        intent="auto_reply",
        lang="fr",
        sender=("La Table de Margaux", "contact@latabledemargaux.example"),
        date="2027-03-16 09:30 +0100",
        client="notice",
        subject="Fermeture annuelle",
        inv=bill("40213 rental 640.00 EUR"),
        body="Bonjour et merci pour votre message !\n\nLe restaurant est en fermeture annuelle jusqu'au 6 avril. Nous lirons vos messages à notre retour.\n\nÀ très bientôt,\nL'équipe de La Table de Margaux",
        extract=Extract(return_date="2027-04-06"),
        note="restaurant autoresponder without Auto-Submitted; 'jusqu'au X' → X itself",
    ),
    Reply(
        key="ar-es-1",
        intent="auto_reply",
        lang="es",
        sender=("Rosa Delgado", "rdelgado@colegiosanjose-valencia.example"),
        date="2027-03-22 09:15 +0100",
        client="notice",
        subject="Respuesta automática: {q}",
        headers=(AUTO_REPLIED,),
        inv=bill("40237 service 402.00 EUR"),
        body="Gracias por su correo.\n\nEl colegio permanece cerrado por las vacaciones de Pascua hasta el lunes 5 de abril. Responderé a su mensaje a mi vuelta.\n\nUn saludo,\nRosa Delgado\nAdministración – Comedor escolar",
        extract=Extract(return_date="2027-04-05"),
        note="school canteen; 'hasta X' → X itself",
    ),
    Reply(
        key="ar-nl-1",
        intent="auto_reply",
        lang="nl",
        sender=("Lotte van Leeuwen", "lotte@hotelderozenhof.example"),
        date="2027-03-30 09:04 +0200",
        client="notice",
        subject="Automatisch antwoord: {q}",
        headers=(AUTO_REPLIED, SUPPRESS),
        inv=bill("40226 service 1188.00 EUR"),
        body="Dank voor uw bericht.\n\nIk ben met zwangerschapsverlof en verwacht op maandag 14 juni weer aan het werk te gaan. Uw e-mail wordt niet doorgestuurd. Voor financiële zaken kunt u terecht bij mijn collega Bram via financien@hotelderozenhof.example.\n\nMet vriendelijke groet,\nLotte van Leeuwen",
        extract=Extract(return_date="2027-06-14"),
        note="long leave; the return date is weeks after the message; the colleague's address is not a new_contact",
    ),
    Reply(
        key="ar-nl-2",
        intent="auto_reply",
        lang="nl",
        sender=("Servicedesk Crediteuren", "servicedesk-crediteuren@horecagroepnoord.example"),
        date="2027-03-18 09:07 +0100",
        client="notice",
        subject="Uw melding is ontvangen [CR-20417]",
        headers=(("X-Autoreply", "yes"), ("Precedence", "auto_reply")),
        inv=bill("40251 parts 230.40 EUR"),
        body="Beste relatie,\n\nUw e-mail is ontvangen door de Servicedesk Crediteuren en geregistreerd onder nummer CR-20417. U ontvangt binnen vijf werkdagen een inhoudelijke reactie.\n\nVermeld bij verdere correspondentie altijd het meldingsnummer.\n\nMet vriendelijke groet,\nServicedesk Crediteuren\nHorecagroep Noord",
        note="ticket acknowledgement without Auto-Submitted; no return date",
    ),
    Reply(
        key="ar-it-1",
        intent="auto_reply",
        lang="it",
        sender=("Federica Gatti", "f.gatti@hotelvillaflora.example"),
        date="2027-03-30 09:11 +0200",
        client="notice",
        subject="Risposta automatica: {q}",
        headers=(AUTO_REPLIED,),
        inv=bill("40204 rental 980.00 EUR"),
        body="Gentile mittente,\n\nsono fuori ufficio fino a venerdì 9 aprile con accesso limitato alla posta. Rientrerò lunedì 12 aprile e risponderò al più presto.\n\nCordiali saluti,\nFederica Gatti\nUfficio Acquisti – Hotel Villa Flora",
        extract=Extract(return_date="2027-04-12"),
        note="the day back wins over 'fino a'",
    ),
    Reply(
        key="ar-it-2",
        intent="auto_reply",
        lang="it",
        sender=("Nicola Serra", "nicola.serra@osteriadelporto-cagliari.example"),
        date="2027-03-15 09:22 +0100",
        client="notice",
        subject="In ferie",
        inv=bill("40266 service 455.00 EUR"),
        body="Ciao, sono in ferie fino a venerdì 9 aprile e leggo la posta solo ogni tanto. Per ordini e consegne chiamate il ristorante.\n\nNicola",
        extract=Extract(return_date="2027-04-09"),
        note="a chef's own autoresponder without Auto-Submitted; 'fino a X' → X itself",
    ),
)

OTHER: Final = (
    Reply(
        key="oth-en-1",
        intent="other",
        lang="en",
        sender=("Karen Hughes", "karen@thecornishpantry.example"),
        date="2027-03-17 12:50 +0000",
        client="iphone",
        inv=bill("40239 service 468.00 GBP"),
        body="Didnt we pay this allready?? Can someone check and give me a ring, im in the shop till 4\n\nKaren",
        note="a question, not a claim of payment; a person checks the ledger and rings back; typos",
    ),
    Reply(
        key="oth-en-2",
        intent="other",
        lang="en",
        sender=("Marcus Bell", "marcus@thecopperpot-bistro.example"),
        date="2027-04-01 10:35 +0100",
        client="gmail",
        inv=bill("40211 service 312.00 GBP"),
        body="Morning,\n\nWhile I've got you – is your engineer still booked for Tuesday? Our blast chiller has started icing up at the back and I'd like him to take a look while he's here. Can you add it to the job?\n\nCheers,\nMarcus",
        note="service booking question in the reminder thread; nothing about the invoice",
    ),
    Reply(
        key="oth-en-3",
        intent="other",
        lang="en",
        sender=("Sue Pearson", "reception@oakleighmanor.example"),
        date="2027-03-19 11:45 +0000",
        client="outlook_html",
        inv=bill("40255 rental 1530.00 GBP"),
        body="Hi, thanks – I've printed this off and put it in Mr Okonjo's tray. He deals with the accounts when he's in.\n\nSue\nReception, Oakleigh Manor Hotel",
        note="acknowledgement; passing it on internally gives no new contact and promises nothing",
    ),
    Reply(
        key="oth-de-1",
        intent="other",
        lang="de",
        sender=("Klaus Ritter", "k.ritter@gasthof-ritter.example"),
        date="2027-03-15 16:30 +0100",
        client="outlook",
        inv=bill("40222 rental 960.00 EUR"),
        body="Guten Tag,\n\nzur Info: Wir übergeben den Gasthof zum 31. März an unseren Sohn, der ihn unter eigenem Namen weiterführt. Wie wir das mit den laufenden Verträgen und den offenen Posten machen, klären wir gerade mit dem Steuerberater. Rufen Sie mich am besten nächste Woche einmal an.\n\nKlaus Ritter",
        note="business handover: no new address, nothing promised; a person should call",
    ),
    Reply(
        key="oth-de-2",
        intent="other",
        lang="de",
        sender=("Nina Fuchs", "n.fuchs@jugendherberge-altmuehltal.example"),
        date="2027-03-31 08:45 +0200",
        client="outlook_ios",
        inv=bill("40248 service 276.00 EUR"),
        body="Danke, habe ich an unsere Verwaltung weitergeleitet.\n\nNina Fuchs\nKüche",
        note="acknowledgement; forwarded internally, no address",
    ),
    Reply(
        key="oth-fr-1",
        intent="other",
        lang="fr",
        sender=("Yannick Morel", "yannick@creperiedelaplage.example"),
        date="2027-03-25 18:05 +0100",
        client="gmail",
        inv=bill("40209 service 340.00 EUR"),
        body="Bonjour,\n\nJe profite de votre mail : est-ce que vous avez en stock la résistance pour le four mixte ? C'est le même modèle que celui que votre technicien a révisé en janvier. Si oui, quel délai pour la livraison ?\n\nMerci,\nYannick",
        note="spare-part question in the reminder thread",
    ),
    Reply(
        key="oth-es-1",
        intent="other",
        lang="es",
        sender=("Beatriz Molina", "bmolina@residenciaelolivar.example"),
        date="2027-03-30 09:50 +0200",
        client="iphone",
        inv=bill("40268 service 1105.00 EUR"),
        body="Recibido.",
        note="one-word acknowledgement",
    ),
    Reply(
        key="oth-es-2",
        intent="other",
        lang="es",
        sender=("Óscar Prieto", "oscar@cerveceriaelpatio.example"),
        date="2027-04-09 17:20 +0200",
        client="gmail",
        inv=bill("40233 parts 388.50 EUR"),
        body="Hola,\n\nprefiero hablar esto por teléfono, que por correo nos liamos. ¿Me puede llamar alguien el lunes por la mañana?\n\nÓscar",
        note="asks for a call; no claim, no commitment",
    ),
    Reply(
        key="oth-nl-1",
        intent="other",
        lang="nl",
        sender=("Eva de Boer", "eva@kinderopvang-debolderkar.example"),
        date="2027-03-16 10:25 +0100",
        client="roundcube",
        inv=bill("40216 service 214.00 EUR"),
        body="Goedemorgen,\n\nWeet u toevallig wanneer de monteur langskomt voor de jaarlijkse keuring van de vaatwasser? Vorig jaar was dat rond deze tijd en we hebben nog niets gehoord.\n\nGroet,\nEva\n\n-- \nEva de Boer\nLocatiemanager | Kinderopvang De Bolderkar\nT 0314 369 210",
        note="service question in the reminder thread",
    ),
    Reply(
        key="oth-nl-2",
        intent="other",
        lang="nl",
        sender=("Hanneke Vos", "h.vos@woonzorgparkdewilgen.example"),
        date="2027-04-05 14:10 +0200",
        client="outlook_html",
        inv=bill("40241 service 1290.00 EUR"),
        body="Goedemiddag,\n\nUw mail kwam bij ons in de spamfolder terecht. Is dit echt van Quayside? De afzender ziet er anders uit dan we gewend zijn. Ik bel liever even met iemand voordat we iets doen.\n\nHanneke Vos\nWoonzorgpark De Wilgen",
        note="suspicion about the reminder itself; not an invoice request, a person should call",
    ),
    Reply(
        key="oth-it-1",
        intent="other",
        lang="it",
        sender=("Stefania Greco", "s.greco@mensa-tecnoplast.example"),
        date="2027-03-18 09:55 +0100",
        client="outlook",
        inv=bill("40229 service 620.00 EUR"),
        body="Ricevuto, grazie. Giro la mail al collega dell'amministrazione.\n\nStefania",
        note="acknowledgement; passing it on is not a new contact",
    ),
    Reply(
        key="oth-it-2",
        intent="other",
        lang="it",
        sender=("Luca Marini", "luca@gelateriamarini.example"),
        date="2027-04-07 19:30 +0200",
        client="samsung",
        inv=bill("40260 parts 174.00 EUR"),
        body="Ma questa non l'avevamo già pagata a febbraio insieme all'altra? Controllate per favore e fatemi sapere",
        note="'didn't we already pay this?' is a question, not a payment claim",
    ),
)

REPLIES: Final = (
    *PAYMENT_SENT,
    *PROMISE_TO_PAY,
    *DISPUTE,
    *PAYMENT_PLAN,
    *INVOICE_REQUEST,
    *WRONG_CONTACT,
    *UNSUBSCRIBE,
    *AUTO_REPLY,
    *OTHER,
)

# --------------------------------------------------------------------------------------------
# Delivery reports (their human-readable text is written out in the builders further down)
# --------------------------------------------------------------------------------------------

BOUNCES: Final = (
    Bounce(
        key="bo-en-1",
        lang="en",
        kind="hard",
        status="5.1.1",
        rcpt="accounts@thepotteryarms.example",
        date="2027-03-16 09:04 +0000",
        mta="postfix_hard",
        inv=bill("40365 service 512.00 GBP"),
        rlang="en",
        zone="uk",
        note="Postfix RFC 3464 report with the whole reminder returned",
    ),
    Bounce(
        key="bo-en-2",
        lang="en",
        kind="hard",
        status="5.1.1",
        rcpt="info@ridgewaytearooms.example",
        date="2027-03-22 09:06 +0000",
        mta="qmail_hard",
        inv=bill("40371 parts 64.80 GBP"),
        rlang="en",
        zone="uk",
        minutes_late=3,
        note="qmail failure notice: no MIME, status only as '(#5.1.1)', copy of the message inline",
    ),
    Bounce(
        key="bo-en-3",
        lang="en",
        kind="soft",
        status="4.4.1",
        rcpt="kitchen@thewhitehartinn.example",
        date="2027-03-31 13:05 +0100",
        mta="sendmail_delay",
        inv=bill("40208 rental 744.00 GBP"),
        rlang="en",
        zone="uk",
        minutes_late=243,
        note="sendmail 'warning message only' delay report",
    ),
    Bounce(
        key="bo-de-1",
        lang="de",
        kind="hard",
        status="5.7.1",
        rcpt="einkauf@kantine-stahlwerk.example",
        date="2027-03-18 10:03 +0100",
        mta="gateway_de",
        inv=bill("40377 service 1360.00 EUR"),
        rlang="de",
        zone="cet",
        minutes_late=1,
        note="security gateway rejects by policy: a permanent failure, so hard",
    ),
    Bounce(
        key="bo-fr-1",
        lang="fr",
        kind="hard",
        status="5.1.10",
        rcpt="compta@brasseriedumarche-lille.example",
        date="2027-04-07 09:03 +0200",
        mta="exchange_fr",
        inv=bill("40224 service 398.00 EUR"),
        rlang="fr",
        zone="cet",
        note="Exchange Online NDR in French",
    ),
    Bounce(
        key="bo-fr-2",
        lang="fr",
        kind="soft",
        status="4.2.2",
        rcpt="resto@lepetitpont-dijon.example",
        date="2027-03-19 13:02 +0100",
        mta="isp_fr",
        inv=bill("40383 parts 221.40 EUR"),
        rlang="fr",
        zone="cet",
        minutes_late=240,
        note="French provider notice, ISO-8859-1 plain text, not RFC 3464; mailbox full",
    ),
    Bounce(
        key="bo-es-1",
        lang="es",
        kind="hard",
        status="5.1.1",
        rcpt="cafeteriaelsol.sevilla@gmail.com",
        date="2027-03-23 02:07 -0700",
        mta="gmail_es",
        inv=bill("40246 service 297.00 EUR"),
        rlang="es",
        zone="pt",
        note="Gmail report in Spanish; its Date is in Pacific time",
    ),
    Bounce(
        key="bo-es-2",
        lang="es",
        kind="soft",
        status="4.4.7",
        rcpt="compras@hotelcostaazul-benidorm.example",
        date="2027-04-01 13:10 +0200",
        mta="exchange_es_delay",
        inv=bill("40362 rental 1480.00 EUR"),
        rlang="es",
        zone="cet",
        minutes_late=245,
        note="Exchange Online 'delivery delayed' in Spanish",
    ),
    Bounce(
        key="bo-nl-1",
        lang="nl",
        kind="hard",
        status="5.2.1",
        rcpt="keuken@hofvanholland-horeca.example",
        date="2027-03-15 09:05 +0100",
        mta="exchange_nl",
        inv=bill("40235 service 655.00 EUR"),
        rlang="nl",
        zone="cet",
        note="on-premises Exchange NDR in Dutch; mailbox disabled",
    ),
    Bounce(
        key="bo-nl-2",
        lang="nl",
        kind="soft",
        status="4.4.2",
        rcpt="info@eetcafedeparel.example",
        date="2027-04-06 13:04 +0200",
        mta="exim_nl_delay",
        inv=bill("40389 parts 143.10 EUR"),
        rlang="nl",
        zone="cet",
        minutes_late=241,
        note="Exim delay warning with a Dutch template, plain text, not RFC 3464",
    ),
    Bounce(
        key="bo-it-1",
        lang="it",
        kind="soft",
        status="4.4.3",
        rcpt="ordini@pescheria-almare.example",
        date="2027-03-25 13:20 +0100",
        mta="postfix_it_delay",
        inv=bill("40218 service 488.00 EUR"),
        rlang="it",
        zone="cet",
        minutes_late=242,
        note="Postfix delay report with an Italian template",
    ),
    Bounce(
        key="bo-it-2",
        lang="it",
        kind="soft",
        status="4.7.1",
        rcpt="contabilita@agriturismo-valverde.example",
        date="2027-04-09 09:40 +0200",
        mta="gateway_it",
        inv=bill("40374 rental 900.00 EUR"),
        rlang="it",
        zone="cet",
        minutes_late=31,
        note="greylisting notice from a security gateway, multipart/mixed",
    ),
)

# --------------------------------------------------------------------------------------------
# Dates, identifiers and text helpers
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{salt}|{key}".encode()).digest()


def as_uuid(raw: bytes) -> str:
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def utc_offset(zone: str, moment: datetime) -> timedelta:
    """UK and central-European time in spring 2027 (summer time from 28 March), US Pacific."""
    if zone == "pt":
        return timedelta(hours=-7)
    summer = moment.astimezone(UTC) >= EU_SUMMER_TIME
    return timedelta(hours=(0 if zone == "uk" else 1) + int(summer))


def local(zone: str, moment: datetime) -> datetime:
    return moment.astimezone(timezone(utc_offset(zone, moment)))


def stamp(template: str, lang: str, moment: datetime, **extra: str) -> str:
    """Fill a client's date template in the client's language."""
    names = {
        "wd": WEEKDAYS[lang][moment.weekday()],
        "wda": WEEKDAYS_ABBR[lang][moment.weekday()],
        "mon": MONTHS[lang][moment.month - 1],
        "mona": MONTHS_ABBR[lang][moment.month - 1],
        "d": str(moment.day),
        "dd": f"{moment.day:02d}",
        "m": str(moment.month),
        "mm": f"{moment.month:02d}",
        "y": str(moment.year),
        "yy": f"{moment.year % 100:02d}",
        "H": str(moment.hour),
        "HH": f"{moment.hour:02d}",
        "MI": f"{moment.minute:02d}",
    }
    return template.format(**names, **extra)


def day_text(lang: str, day: date) -> str:
    return DAY_FORMAT[lang].format(dd=f"{day.day:02d}", mm=f"{day.month:02d}", y=day.year)


def money(amount: str, currency: str, lang: str) -> str:
    units, cents = amount.split(".")
    grouped = f"{int(units):,}"
    symbol = "£" if currency == "GBP" else "€"
    if lang == "en":
        return f"{symbol}{grouped}.{cents}"
    grouped = grouped.replace(",", " " if lang == "fr" else ".")
    if lang in {"nl", "it"}:
        return f"{symbol} {grouped},{cents}"
    return f"{grouped},{cents} {symbol}"


def invoice_id(inv: Invoice) -> str:
    return f"QCE/SV/{inv.number}"


def invoice_dates(inv: Invoice, sent: date) -> tuple[date, date]:
    due = sent - timedelta(days=5 + int(inv.number) % 19)
    return due - timedelta(days=30), due


def fit_charset(text: str, charset: str) -> str:
    """What a Latin-1 client makes of characters its charset lacks."""
    if charset.lower() != "iso-8859-1":
        return text
    for char, substitute in LATIN1_SUBSTITUTES.items():
        text = text.replace(char, substitute)
    return text


def reminder_subject(lang: str, inv: Invoice) -> str:
    return REMINDER_SUBJECT[lang].format(inv=invoice_id(inv))


def reminder_text(lang: str, inv: Invoice, sent: date) -> str:
    issued, due = invoice_dates(inv, sent)
    return REMINDER_BODY[lang].format(
        inv=invoice_id(inv),
        kind=INVOICE_KIND[lang][inv.kind],
        issued=day_text(lang, issued),
        due=day_text(lang, due),
        amount=money(inv.amount, inv.currency, lang),
    )


def reminder_id(key: str) -> str:
    return f"<dun.{digest(key, 'reminder').hex()[:20]}@{AR_DOMAIN}>"


def quote_lines(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_lines(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_divs(text: str) -> str:
    return "\n".join(
        f"<div>{html.escape(line, quote=False)}</div>" if line else "<div><br></div>"
        for line in text.split("\n")
    )


def word_paragraphs(text: str) -> str:
    return "\n".join(
        f'<p class="MsoNormal">{html.escape(line, quote=False) if line else "<o:p>&nbsp;</o:p>"}</p>'
        for line in text.split("\n")
    )


# --------------------------------------------------------------------------------------------
# format=flowed (RFC 3676), as Thunderbird writes it
# --------------------------------------------------------------------------------------------


def needs_stuffing(content: str) -> bool:
    return content.startswith((" ", ">", "From "))


def flow_line(line: str, width: int = 76) -> list[str]:
    if line == "-- ":
        return [line]
    depth = len(line) - len(line.lstrip(">"))
    content = line[depth:]
    if depth and content.startswith(" "):
        content = content[1:]
    content = content.rstrip(" ")
    quote = ">" * depth
    chunks: list[str] = []
    current = ""
    for word in re.split(r"(?<= )", content):
        if current and len(quote) + 1 + len(current) + len(word.rstrip(" ")) > width:
            chunks.append(current)
            current = word
        else:
            current += word
    chunks.append(current)
    return [
        f"{quote}{' ' if chunk and (depth or needs_stuffing(chunk)) else ''}{chunk}"
        for chunk in chunks
    ]


def flowed(text: str) -> str:
    return "\n".join(out for line in text.split("\n") for out in flow_line(line))


# --------------------------------------------------------------------------------------------
# MIME parts
# --------------------------------------------------------------------------------------------


def transfer_encode(data: bytes, cte: str) -> str:
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "7bit":
        return data.decode("ascii")
    return data.decode("ascii", "surrogateescape")


def text_part(
    text: str,
    *,
    subtype: str = "plain",
    charset: str = "utf-8",
    cte: str = "quoted-printable",
    flowed_format: bool = False,
) -> Message:
    part = Message()
    part["Content-Type"] = f"text/{subtype}"
    part.set_param("charset", charset)
    if flowed_format:
        part.set_param("format", "flowed")
    part["Content-Transfer-Encoding"] = cte
    part.set_payload(transfer_encode(text.encode(charset), cte))
    return part


def multipart(subtype: str, parts: Iterable[Message], **params: str) -> Message:
    outer = Message()
    outer["Content-Type"] = f"multipart/{subtype}"
    for name, value in params.items():
        outer.set_param(name.replace("_", "-"), value)
    for part in parts:
        outer.attach(part)
    return outer


def attached_message(inner: Message) -> Message:
    part = Message()
    part["Content-Type"] = "message/rfc822"
    part.set_payload([inner])
    return part


def encode_header(value: str, charset: str, name: str = "Subject") -> str:
    """A header value as the sending client encodes it (RFC 2047 when it is not ASCII)."""
    if value.isascii():
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return Header(value, charset, header_name=name).encode()


def address(name: str, addr: str, charset: str) -> str:
    if name.isascii():
        return formataddr((name, addr))
    return f"{encode_header(name, charset, 'From')} <{addr}>"


def assemble(headers: Iterable[tuple[str, str]], body: Message) -> Message:
    """Turn a body part into a message: envelope headers first, then its MIME headers."""
    content = body.items()
    for name in {name for name, _ in content}:
        del body[name]
    for name, value in headers:
        body[name] = value
    body["MIME-Version"] = "1.0"
    for name, value in content:
        body[name] = value
    return body


def set_boundaries(msg: Message, make: Callable[[int], str]) -> None:
    parts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(parts):
        part.set_boundary(make(n))


# --------------------------------------------------------------------------------------------
# Client layouts: what each client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Quote:
    """The reminder as the replying client shows it."""

    subject: str
    text: str
    sent: datetime
    lang: str
    to: str


def reminder_arrival(r: Reply) -> datetime:
    """When the reminder reached the customer, in the customer's time zone."""
    lag = digest(r.key, "lag")
    if r.client.startswith("notice"):
        return r.when - timedelta(minutes=1 + lag[0] % 3, seconds=lag[1] % 60)
    day = r.when.date() - timedelta(days=1)
    while day.weekday() >= 5 or day in NO_REMINDER_DAYS:
        day -= timedelta(days=1)
    guess = datetime(day.year, day.month, day.day, 8, 0, tzinfo=UTC)
    zone = timezone(utc_offset(r.zone, guess))
    return datetime(day.year, day.month, day.day, 9, 1 + lag[2] % 40, lag[3] % 60, tzinfo=zone)


def make_quote(r: Reply) -> Quote:
    sent = reminder_arrival(r)
    return Quote(
        subject=fit_charset(reminder_subject(r.lang, r.inv), r.charset),
        text=fit_charset(reminder_text(r.lang, r.inv, sent.date()), r.charset),
        sent=sent,
        lang=r.lang,
        to=r.reminded or r.sender[1],
    )


def transfer(r: Reply) -> str:
    return r.cte or CLIENT_CTE.get(r.client, "quoted-printable")


def plain(r: Reply, text: str, *, flowed_format: bool = False) -> Message:
    return text_part(text, charset=r.charset, cte=transfer(r), flowed_format=flowed_format)


def alternative(r: Reply, text: str, markup: str) -> Message:
    html_part = text_part(markup, subtype="html", charset=r.charset, cte=transfer(r))
    return multipart("alternative", [plain(r, text), html_part])


def outlook_block(q: Quote) -> list[str]:
    words = OUTLOOK[q.lang]
    return [
        f"{words.sender}{words.colon}{AR_NAME} <{AR_ADDR}>",
        f"{words.sent}{words.colon}{stamp(words.sent_format, q.lang, q.sent)}",
        f"{words.to}{words.colon}{q.to}",
        f"{words.subject}{words.colon}{q.subject}",
    ]


def outlook_html_block(q: Quote) -> str:
    rows = []
    for line in outlook_block(q):
        label, value = line.split(":", 1)
        label = label.rstrip().replace(" ", "&nbsp;")
        colon = "&nbsp;:" if OUTLOOK[q.lang].colon == " : " else ":"
        rows.append(f"<b>{label}{colon}</b> {html.escape(value.strip(), quote=False)}")
    return "<br>\n".join(rows)


def word_document(r: Reply, q: Quote) -> str:
    lang = CONTENT_LANGUAGE[r.lang].upper()
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
        "@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle20 {mso-style-type:personal-reply; color:windowtext;}\n"
        "div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n"
        f'<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n'
        f"{word_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<div id="mail-editor-reference-message-container">\n'
        '<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal" style="margin-bottom:12.0pt"><span style="font-size:11.0pt">{outlook_html_block(q)}</span></p>\n'
        "</div>\n"
        f"{word_paragraphs(q.text)}\n"
        "</div>\n</div>\n</body>\n</html>\n"
    )


def client_outlook(r: Reply, q: Quote) -> Message:
    block = [OUTLOOK[q.lang].separator, *outlook_block(q)]
    return plain(r, "\n".join([r.body, "", *block, "", q.text, ""]))


def client_outlook_html(r: Reply, q: Quote) -> Message:
    text = "\n".join([r.body, "", *outlook_block(q), "", q.text, ""])
    return alternative(r, text, word_document(r, q))


def client_outlook_html_only(r: Reply, q: Quote) -> Message:
    return text_part(word_document(r, q), subtype="html", charset=r.charset, cte=transfer(r))


def client_owa(r: Reply, q: Quote) -> Message:
    text = "\n".join([r.body, "", "_" * 32, *outlook_block(q), "", q.text, ""])
    markup = (
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
        '</head>\n<body dir="ltr">\n'
        '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
        f"{html_lines(r.body)}</div>\n"
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{outlook_html_block(q)}</font>\n<div>&nbsp;</div>\n</div>\n"
        f'<div class="BodyFragment"><font size="2"><span style="font-size:11pt;">\n<div class="PlainText">{html_lines(q.text)}</div>\n'
        "</span></font></div>\n</body>\n</html>\n"
    )
    return alternative(r, text, markup)


def client_outlook_ios(r: Reply, q: Quote) -> Message:
    footer = OUTLOOK[q.lang].mobile_footer
    block = ["_" * 32, *outlook_block(q)]
    return plain(r, "\n".join([r.body, "", footer, *block, "", q.text, ""]))


def gmail_attribution(q: Quote) -> str:
    return stamp(ATTRIBUTION["gmail"][q.lang], q.lang, q.sent, name=AR_NAME, addr=AR_ADDR)


def client_gmail(r: Reply, q: Quote) -> Message:
    attr = gmail_attribution(q)
    text = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_divs(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr, quote=False)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_lines(q.text)}</blockquote></div>\n"
    )
    return alternative(r, text, markup)


def apple_attribution(q: Quote) -> str:
    return stamp(ATTRIBUTION["apple"][q.lang], q.lang, q.sent, name=AR_NAME, addr=AR_ADDR)


def client_apple(r: Reply, q: Quote) -> Message:
    attr = apple_attribution(q)
    text = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n\n"
    markup = (
        '<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f'{html_divs(r.body)}<div><br><blockquote type="cite"><div>{html.escape(attr, quote=False)}</div>'
        f'<br class="Apple-interchange-newline"><div><div>{html_lines(q.text)}</div></div></blockquote></div><br></body></html>\n'
    )
    return alternative(r, text, markup)


def client_iphone(r: Reply, q: Quote) -> Message:
    quoted = quote_lines(f"{apple_attribution(q)}\n\n{q.text}")
    return plain(r, f"{r.body}\n\n{IPHONE_FOOTER[q.lang]}\n\n{quoted}\n")


def client_thunderbird(r: Reply, q: Quote) -> Message:
    attr = stamp(ATTRIBUTION["thunderbird"][q.lang], q.lang, q.sent, name=AR_NAME)
    text = flowed(f"{r.body}\n\n{attr}\n{quote_lines(q.text)}\n")
    return plain(r, text, flowed_format=True)


def client_inline(r: Reply, q: Quote) -> Message:
    """Thunderbird, answering between the quoted lines, right under the invoice block."""
    top, answer = r.body.split(INLINE_MARK)
    lines = q.text.split("\n")
    cut = max(i for i, line in enumerate(lines) if line.startswith("  ")) + 1
    attr = stamp(ATTRIBUTION["thunderbird"][q.lang], q.lang, q.sent, name=AR_NAME)
    head, tail = "\n".join(lines[:cut]), "\n".join(lines[cut:])
    text = f"{top}\n\n{attr}\n{quote_lines(head)}\n\n{answer}\n\n{quote_lines(tail)}\n"
    return plain(r, flowed(text), flowed_format=True)


def client_roundcube(r: Reply, q: Quote) -> Message:
    attr = stamp(ATTRIBUTION["roundcube"][q.lang], q.lang, q.sent, name=AR_NAME)
    return plain(r, f"{r.body}\n\n{attr}\n{quote_lines(q.text)}\n")


def client_samsung(r: Reply, q: Quote) -> Message:
    footer, separator, sender, sent, to, subject = SAMSUNG[q.lang]
    offset = q.sent.strftime("%z")
    when = f"{q.sent:%d/%m/%Y %H:%M} (GMT{offset[:3]}:{offset[3:]})"
    block = [
        separator,
        f"{sender}: {AR_NAME} <{AR_ADDR}> ",
        f"{sent}: {when} ",
        f"{to}: {q.to} ",
        f"{subject}: {q.subject} ",
    ]
    return plain(r, "\n".join([r.body, "", "", "", footer, "", "", *block, "", q.text, ""]))


def client_notice(r: Reply, q: Quote) -> Message:
    del q  # automatic notices quote nothing
    return plain(r, r.body + "\n")


def notice_markup(r: Reply) -> str:
    paragraphs = "\n".join(
        f'<p style="margin:0 0 12px 0">{html_lines(p)}</p>' for p in r.body.split("\n\n")
    )
    return (
        '<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
        '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">\n'
        f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">\n{paragraphs}\n</td></tr></table>\n'
        "</body></html>\n"
    )


def client_notice_html(r: Reply, q: Quote) -> Message:
    del q
    return text_part(notice_markup(r), subtype="html", charset=r.charset, cte=transfer(r))


def client_notice_alt(r: Reply, q: Quote) -> Message:
    del q
    return alternative(r, r.body + "\n", notice_markup(r))


CLIENTS: Final[dict[str, Callable[[Reply, Quote], Message]]] = {
    "outlook": client_outlook,
    "outlook_html": client_outlook_html,
    "outlook_html_only": client_outlook_html_only,
    "owa": client_owa,
    "outlook_ios": client_outlook_ios,
    "gmail": client_gmail,
    "apple": client_apple,
    "iphone": client_iphone,
    "thunderbird": client_thunderbird,
    "roundcube": client_roundcube,
    "inline": client_inline,
    "samsung": client_samsung,
    "notice": client_notice,
    "notice_html": client_notice_html,
    "notice_alt": client_notice_alt,
}
OUTLOOK_FAMILY: Final = frozenset(
    {"outlook", "outlook_html", "outlook_html_only", "owa", "outlook_ios"}
)
CLIENT_CTE: Final = {"outlook_ios": "base64", "samsung": "base64", "thunderbird": "8bit"}
INLINE_MARK: Final = "\n[inline]\n"
CLIENT_HEADERS: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22D82)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
    "inline": (("User-Agent", "Mozilla Thunderbird"),),
    "roundcube": (("User-Agent", "Roundcube Webmail/1.6.10"),),
}
FAKE_PDF: Final = (
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
    b"trailer\n<< /Root 1 0 R /Size 3 >>\n%%EOF\n"
)


# --------------------------------------------------------------------------------------------
# Building a reply
# --------------------------------------------------------------------------------------------


def reply_subject(r: Reply, q: Quote) -> str:
    if r.subject is not None:
        return r.subject.replace("{q}", q.subject)
    prefix = OUTLOOK[q.lang].reply_prefix if r.client in OUTLOOK_FAMILY else "Re: "
    return prefix + q.subject


def message_id(r: Reply) -> str:
    raw = digest(r.key, "message-id")
    domain = r.sender[1].split("@")[1]
    if r.client == "gmail":
        return f"<CA{base64.urlsafe_b64encode(raw).decode().rstrip('=')}@mail.gmail.com>"
    if r.client in OUTLOOK_FAMILY:
        host = f"{('AM', 'DB', 'PA', 'VI', 'GV')[raw[0] % 5]}{raw[1] % 9 + 1}PR0{raw[2] % 9 + 1}MB{1000 + int.from_bytes(raw[3:5]) % 9000}"
        return f"<{host}{raw.hex().upper()[:30]}@{host}.eurprd0{raw[6] % 9 + 1}.prod.outlook.com>"
    if r.client in {"apple", "iphone"}:
        return f"<{as_uuid(raw).upper()}@{domain}>"
    if r.client == "samsung":
        return f"<{raw.hex()[:32]}.{int.from_bytes(raw[16:20]) % 10**9}@email.android.com>"
    if r.client == "thunderbird":
        return f"<{as_uuid(raw)}@{domain}>"
    return f"<{raw.hex()[:28]}@{domain}>"


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    index = base64.b64encode(b"\x01" + digest(r.key, "thread-index")[:21]).decode()
    return [
        ("Thread-Topic", encode_header(q.subject, r.charset, "Thread-Topic")),
        ("Thread-Index", index),
        ("Accept-Language", f"{CONTENT_LANGUAGE[r.lang]}, en-US"),
        ("Content-Language", CONTENT_LANGUAGE[r.lang]),
        ("X-MS-Has-Attach", "yes" if r.attachment else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def reply_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    items = [
        ("From", address(*r.sender, r.charset)),
        ("To", formataddr((AR_NAME, AR_ADDR))),
        *([("Cc", r.cc)] if r.cc else []),
        ("Subject", encode_header(reply_subject(r, q), r.charset)),
        ("Date", format_datetime(r.when)),
        ("Message-ID", message_id(r)),
    ]
    if r.threaded:
        items += [("In-Reply-To", reminder_id(r.key)), ("References", reminder_id(r.key))]
    if r.client in OUTLOOK_FAMILY:
        items += outlook_headers(r, q)
    return [*items, *CLIENT_HEADERS.get(r.client, ()), *r.headers]


def with_attachment(r: Reply, body: Message) -> Message:
    if r.attachment is None:
        return body
    pdf = Message()
    pdf["Content-Type"] = "application/pdf"
    pdf.set_param("name", r.attachment)
    pdf["Content-Disposition"] = "attachment"
    pdf.set_param("filename", r.attachment, header="Content-Disposition")
    pdf["Content-Transfer-Encoding"] = "base64"
    pdf.set_payload(base64.encodebytes(FAKE_PDF).decode("ascii"))
    return multipart("mixed", [body, pdf])


def client_boundary(r: Reply) -> Callable[[int], str]:
    def make(n: int) -> str:
        raw = digest(r.key, f"boundary-{n}")
        if r.client == "gmail":
            return "0000000000" + raw.hex()[:18]
        if r.client in {"apple", "iphone"}:
            return f"Apple-Mail={as_uuid(raw).upper()}"
        if r.client in OUTLOOK_FAMILY:
            return f"_00{n}_{base64.b32encode(raw).decode()[:36]}_"
        return f"----=_Part_{n}_{int.from_bytes(raw[:4])}.{int.from_bytes(raw[4:10])}"

    return make


def build_reply(r: Reply) -> Message:
    q = make_quote(r)
    msg = assemble(reply_headers(r, q), with_attachment(r, CLIENTS[r.client](r, q)))
    set_boundaries(msg, client_boundary(r))
    return msg


# --------------------------------------------------------------------------------------------
# Building a delivery report
# --------------------------------------------------------------------------------------------


def returned_reminder(b: Bounce) -> Message:
    """The reminder exactly as Quayside sent it."""
    sent = local("uk" if b.rlang == "en" else "cet", b.sent)
    headers = [
        ("From", formataddr((AR_NAME, AR_ADDR))),
        ("To", b.rcpt),
        ("Subject", encode_header(reminder_subject(b.rlang, b.inv), "utf-8")),
        ("Date", format_datetime(sent)),
        ("Message-ID", reminder_id(b.key)),
    ]
    body = text_part(reminder_text(b.rlang, b.inv, sent.date()) + "\n")
    return assemble(headers, body)


def returned_headers(b: Bounce) -> Message:
    text = "".join(f"{name}: {value}\n" for name, value in returned_reminder(b).items())
    return text_part(text, subtype="rfc822-headers", charset="us-ascii", cte="7bit")


def delivery_status(
    b: Bounce, *, mta: str, action: str, diagnostic: str, remote: str = ""
) -> Message:
    block = Message()
    block["Reporting-MTA"] = f"dns; {mta}"
    block["Arrival-Date"] = format_datetime(b.sent)
    rcpt = Message()
    rcpt["Final-Recipient"] = f"rfc822; {b.rcpt}"
    rcpt["Action"] = action
    rcpt["Status"] = b.status
    if remote:
        rcpt["Remote-MTA"] = f"dns; {remote}"
    rcpt["Diagnostic-Code"] = f"smtp; {diagnostic}"
    rcpt["Last-Attempt-Date"] = format_datetime(b.when)
    if action == "delayed":
        rcpt["Will-Retry-Until"] = format_datetime(b.sent + timedelta(days=5))
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload([block, rcpt])
    return part


def report(parts: Iterable[Message]) -> Message:
    return multipart("report", parts, report_type="delivery-status")


def finish_bounce(
    b: Bounce,
    body: Message,
    *,
    sender: str,
    subject: str,
    extra: tuple[tuple[str, str], ...] = (),
) -> Message:
    host = parseaddr(sender)[1].rsplit("@", 1)[1]
    headers = [
        ("From", sender),
        ("To", AR_ADDR),
        ("Subject", encode_header(subject, "utf-8")),
        ("Date", format_datetime(b.when)),
        ("Message-ID", f"<{digest(b.key, 'bounce').hex()[:26]}@{host}>"),
        ("Auto-Submitted", "auto-replied"),
        *extra,
    ]
    msg = assemble(headers, body)
    set_boundaries(
        msg,
        lambda n: f"{digest(b.key, f'b{n}').hex()[:12].upper()}.{int(b.when.timestamp())}/{host}",
    )
    return msg


def quoted_subject(b: Bounce) -> str:
    return reminder_subject(b.rlang, b.inv)


def bounce_postfix_hard(b: Bounce) -> Message:
    host = "smtp-out.quayside-catering.example"
    human = (
        f"This is the mail system at host {host}.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\n"
        "delete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: host mail.thepotteryarms.example[203.0.113.27]\n"
        f"    said: 550 5.1.1 <{b.rcpt}>: Recipient address\n"
        "    rejected: User unknown in local recipient table (in reply to RCPT TO\n"
        "    command)\n"
    )
    diagnostic = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table"
    )
    parts = [
        text_part(human, charset="us-ascii", cte="7bit"),
        delivery_status(
            b,
            mta=host,
            action="failed",
            diagnostic=diagnostic,
            remote="mail.thepotteryarms.example",
        ),
        attached_message(returned_reminder(b)),
    ]
    sender = f"MAILER-DAEMON@{host} (Mail Delivery System)"
    return finish_bounce(
        b, report(parts), sender=sender, subject="Undelivered Mail Returned to Sender"
    )


def bounce_qmail_hard(b: Bounce) -> Message:
    original = returned_reminder(b).as_string()
    text = (
        "Hi. This is the qmail-send program at mx2.budgethosting.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 31877 invoked from network); {format_datetime(b.sent)}\n"
        f"{original}"
    )
    msg = Message()
    msg["From"] = "MAILER-DAEMON@mx2.budgethosting.example"
    msg["To"] = AR_ADDR
    msg["Subject"] = "failure notice"
    msg["Date"] = format_datetime(b.when)
    msg["Message-ID"] = f"<{digest(b.key, 'bounce').hex()[:20]}.qmail@mx2.budgethosting.example>"
    msg.set_payload(text)
    return msg


def bounce_sendmail_delay(b: Bounce) -> Message:
    host = "relay2.quayside-catering.example"
    queue_id = f"5{digest(b.key, 'qid').hex()[:13].upper()}"
    human = (
        "This is a MIME-encapsulated message\n\n"
        "**********************************************\n"
        "**      THIS IS A WARNING MESSAGE ONLY      **\n"
        "**  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
        "**********************************************\n\n"
        f"The original message was received at {format_datetime(b.sent)}\n"
        f"from dun01.quayside-catering.example [192.0.2.31]\n\n"
        "   ----- Transcript of session follows -----\n"
        f"<{b.rcpt}>... Deferred: Connection timed out with mail.thewhitehartinn.example.\n"
        "Warning: message still undelivered after 4 hours\n"
        "Will keep trying until message is 5 days old\n"
    )
    parts = [
        text_part(human, charset="us-ascii", cte="7bit"),
        delivery_status(
            b,
            mta=host,
            action="delayed",
            diagnostic="451 4.4.1 Connection timed out",
            remote="mail.thewhitehartinn.example",
        ),
        returned_headers(b),
    ]
    return finish_bounce(
        b,
        report(parts),
        sender=f"Mail Delivery Subsystem <MAILER-DAEMON@{host}>",
        subject="Warning: could not send message for past 4 hours",
        extra=(("X-Sendmail-Queue-ID", queue_id),),
    )


def bounce_gateway_de(b: Bounce) -> Message:
    sent = local("cet", b.sent)
    human = (
        "Diese Nachricht wurde automatisch vom E-Mail-Sicherheitsgateway der Stahlwerk Kantinen GmbH erzeugt.\n\n"
        f"Ihre Nachricht an\n\n    {b.rcpt}\n\nwurde abgewiesen und NICHT zugestellt.\n\n"
        "Grund: Die Absenderdomain ist für diesen Empfänger nicht freigegeben (Richtlinie „Nur bekannte Lieferanten“).\n"
        "Antwort des Servers: 550 5.7.1 Message rejected by policy\n\n"
        f"Betreff: {quoted_subject(b)}\n"
        f"Gesendet: {sent:%d.%m.%Y %H:%M}\n\n"
        "Wenn Sie meinen, dass die Nachricht zu Unrecht abgewiesen wurde, wenden Sie sich bitte telefonisch an Ihren Ansprechpartner bei der Stahlwerk Kantinen GmbH. Ein erneuter Versand ändert nichts.\n\n"
        "-- \nMailShield Gateway 9.4\n"
    )
    parts = [
        text_part(human),
        delivery_status(
            b,
            mta="gw01.kantine-stahlwerk.example",
            action="failed",
            diagnostic="550 5.7.1 Message rejected by policy (sender domain not on allow list)",
        ),
        returned_headers(b),
    ]
    return finish_bounce(
        b,
        report(parts),
        sender="MailShield Gateway <postmaster@gw01.kantine-stahlwerk.example>",
        subject="Unzustellbar: Nachricht vom Sicherheitsgateway abgewiesen",
    )


def exchange_report(
    *, heading: str, rcpt: str, reason: str, admin: str, server: str, diagnostic: str
) -> Message:
    text = f"{heading}\n\n{rcpt}\n\n{reason}\n\n\n{admin}\n\n{server}\n\n{diagnostic}\n"
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
        "<body><div style=\"font-family:'Segoe UI',Frutiger,Arial,sans-serif\">\n"
        f'<p style="font-size:17pt;color:#C00000;font-weight:600">{html.escape(heading)}</p>\n'
        f'<p style="font-size:13pt;color:#0072C6">{html.escape(rcpt)}</p>\n'
        f"<p>{html.escape(reason)}</p>\n<br>\n"
        f'<p style="font-weight:600">{html.escape(admin)}</p>\n'
        f"<p>{html.escape(server)}</p>\n<p>{html_lines(diagnostic)}</p>\n</div></body></html>\n"
    )
    return multipart("alternative", [text_part(text), text_part(markup, subtype="html")])


def bounce_exchange_fr(b: Bounce) -> Message:
    server = "PAVP264MB4412.FRAP264.PROD.OUTLOOK.example"
    diagnostic = (
        "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    )
    human = exchange_report(
        heading="Votre message n’a pas pu être remis à ces destinataires ou groupes :",
        rcpt=b.rcpt,
        reason="L’adresse e-mail saisie est introuvable. Vérifiez l’adresse du destinataire et renvoyez le message. Si le problème persiste, contactez votre support technique.",
        admin="Informations de diagnostic pour les administrateurs :",
        server=f"Serveur de génération : {server}",
        diagnostic=f"{b.rcpt}\nLe serveur distant a retourné « {diagnostic} »",
    )
    parts = [
        human,
        delivery_status(b, mta=server, action="failed", diagnostic=diagnostic),
        returned_headers(b),
    ]
    return finish_bounce(
        b,
        report(parts),
        sender="Microsoft Outlook <postmaster@brasseriedumarche-lille.example>",
        subject=f"Non remis : {quoted_subject(b)}",
    )


def bounce_isp_fr(b: Bounce) -> Message:
    sent = local("cet", b.sent)
    text = (
        "Bonjour,\n\n"
        "Ceci est un message automatique du service de messagerie Hexanet Pro.\n\n"
        "Votre message n'a pas encore pu être distribué au destinataire suivant :\n\n"
        f"  {b.rcpt}\n\n"
        "Motif : la boîte aux lettres du destinataire est pleine (452 4.2.2 Mailbox full).\n\n"
        "Nous allons réessayer pendant 72 heures. Vous n'avez rien à faire pour le moment ; si la distribution échoue définitivement, vous recevrez un nouvel avis.\n\n"
        f"Objet du message : {fit_charset(quoted_subject(b), 'iso-8859-1')}\n"
        f"Envoyé le : {sent:%d/%m/%Y à %H:%M}\n\n"
        "-- \nService de messagerie Hexanet Pro\n"
    )
    body = text_part(text, charset="iso-8859-1")
    return finish_bounce(
        b,
        body,
        sender="Service de messagerie <mailer-daemon@mx.hexanet-pro.example>",
        subject="Avis de retard de distribution",
    )


def bounce_gmail_es(b: Bounce) -> Message:
    lines = [
        "** No se ha encontrado la dirección **",
        f"Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o no puede recibir correo.",
        "Más información: https://support.google.com/mail/?p=NoSuchUser",
        "La respuesta fue:",
        "The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser 6a1803df08f44-6e8f0b3c0d2si4471822a9.311 - gsmtp",
    ]
    markup = (
        "<html><body>"
        + "".join(f"<p>{html.escape(line)}</p>" for line in lines)
        + "</body></html>\n"
    )
    human = multipart(
        "alternative", [text_part("\n\n".join(lines) + "\n"), text_part(markup, subtype="html")]
    )
    diagnostic = "550-5.1.1 The email account that you tried to reach does not exist."
    parts = [
        human,
        delivery_status(
            b,
            mta="mx.google.com",
            action="failed",
            diagnostic=diagnostic,
            remote="gmail-smtp-in.l.google.com",
        ),
        returned_headers(b),
    ]
    return finish_bounce(
        b,
        report(parts),
        sender="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        subject="Delivery Status Notification (Failure)",
        extra=(("X-Failed-Recipients", b.rcpt),),
    )


def bounce_exchange_es_delay(b: Bounce) -> Message:
    server = "DB9PR06MB7744.eurprd06.prod.outlook.example"
    diagnostic = "451 4.4.7 Message delayed; remote server did not respond"
    human = exchange_report(
        heading="La entrega se está retrasando para estos destinatarios o grupos:",
        rcpt=b.rcpt,
        reason=f"Asunto: {quoted_subject(b)}\n\nEste mensaje aún no se ha entregado. Seguiremos intentándolo durante las próximas 44 horas. No tiene que hacer nada; le avisaremos si no es posible entregarlo.",
        admin="Información de diagnóstico para administradores:",
        server=f"Servidor de generación: {server}",
        diagnostic=f"Servidor receptor: mail.hotelcostaazul-benidorm.example\n{b.rcpt}\n{diagnostic}",
    )
    parts = [
        human,
        delivery_status(b, mta=server, action="delayed", diagnostic=diagnostic),
        returned_headers(b),
    ]
    return finish_bounce(
        b,
        report(parts),
        sender="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@quayside-catering.example>",
        subject=f"Entrega retrasada: {quoted_subject(b)}",
    )


def bounce_exchange_nl(b: Bounce) -> Message:
    server = "EXCH02.hofvanholland-horeca.example"
    diagnostic = "550 5.2.1 Mailbox disabled, not accepting messages"
    human = exchange_report(
        heading="Bezorging is mislukt voor de volgende geadresseerden of groepen:",
        rcpt=b.rcpt,
        reason="Het postvak van de geadresseerde is uitgeschakeld en kan geen berichten ontvangen. Neem op een andere manier contact op met de geadresseerde, bijvoorbeeld telefonisch.",
        admin="Diagnostische informatie voor beheerders:",
        server=f"Genererende server: {server}",
        diagnostic=f"{b.rcpt}\nExterne server heeft '{diagnostic}' geretourneerd",
    )
    parts = [
        human,
        delivery_status(b, mta=server, action="failed", diagnostic=diagnostic),
        returned_headers(b),
    ]
    return finish_bounce(
        b,
        report(parts),
        sender="Microsoft Exchange <postmaster@hofvanholland-horeca.example>",
        subject=f"Onbestelbaar: {quoted_subject(b)}",
    )


def bounce_exim_nl_delay(b: Bounce) -> Message:
    exim_id = (
        f"1u{digest(b.key, 'exim').hex()[:4]}-000{digest(b.key, 'exim').hex()[4:6].upper()}k-3Q"
    )
    sent = local("cet", b.sent)
    text = (
        "Dit bericht is automatisch aangemaakt door de mailserver van Vonk Hosting.\n\n"
        "Een bericht dat u verstuurde is na 4 uur nog niet afgeleverd bij een of meer\n"
        "geadresseerden.\n\n"
        f"Berichtnummer:   {exim_id}\n"
        f"Onderwerp:       {quoted_subject(b)}\n"
        f"Verzonden:       {sent:%d-%m-%Y %H:%M}\n\n"
        "Nog niet afgeleverd bij:\n\n"
        f"  {b.rcpt}\n"
        "    host mx.eetcafedeparel.example [198.51.100.61]\n"
        "    Reden: SMTP-fout van de ontvangende server na het einde van de gegevens:\n"
        "    421 4.4.2 Connection dropped\n\n"
        "U hoeft niets te doen. De server blijft het nog enige tijd proberen en stuurt\n"
        "deze waarschuwing mogelijk nog eens. Lukt het afleveren definitief niet, dan\n"
        "krijgt u het bericht terug.\n"
    )
    return finish_bounce(
        b,
        text_part(text),
        sender="Mail Delivery System <Mailer-Daemon@smtp.vonkhosting.example>",
        subject=f"Waarschuwing: bericht {exim_id} vertraagd (4 uur)",
    )


def bounce_postfix_it_delay(b: Bounce) -> Message:
    host = "mail.hostingsardegna.example"
    human = (
        f"Questo è il sistema di posta del server {host}.\n\n"
        "####################################################################\n"
        "# QUESTO È SOLO UN AVVISO. NON È NECESSARIO REINVIARE IL MESSAGGIO. #\n"
        "####################################################################\n\n"
        "Il messaggio non è stato ancora recapitato a uno o più destinatari.\n"
        "Il sistema continuerà a tentare la consegna per altri 4 giorni.\n\n"
        "                   Il sistema di posta\n\n"
        f"<{b.rcpt}>: Host or domain name not found. Name service error\n"
        "    for name=pescheria-almare.example type=MX: Host not found, try again\n"
    )
    diagnostic = "Host or domain name not found. Name service error for name=pescheria-almare.example type=MX: Host not found, try again"
    parts = [
        text_part(human),
        delivery_status(b, mta=host, action="delayed", diagnostic=diagnostic),
        returned_headers(b),
    ]
    return finish_bounce(
        b,
        report(parts),
        sender=f"MAILER-DAEMON@{host} (Sistema di posta)",
        subject="Posta ritardata (nuovi tentativi in corso)",
    )


def bounce_gateway_it(b: Bounce) -> Message:
    text = (
        "Gentile mittente,\n\n"
        f"il messaggio inviato a {b.rcpt} è stato rifiutato temporaneamente dal gateway di sicurezza del destinatario (greylisting: 451 4.7.1 Riprovare più tardi).\n\n"
        "Il nostro server ritenterà l'invio in automatico; di solito la consegna avviene entro un'ora. Se non riuscirà entro 5 giorni riceverete un avviso definitivo.\n\n"
        "Servizio di posta elettronica\nQuayside Catering Equipment S.r.l.\n"
    )
    body = multipart("mixed", [text_part(text), returned_headers(b)])
    return finish_bounce(
        b,
        body,
        sender="Servizio Posta <postmaster@mx-it.quayside-catering.example>",
        subject=f"Consegna posticipata: {quoted_subject(b)}",
    )


BOUNCE_BUILDERS: Final[dict[str, Callable[[Bounce], Message]]] = {
    "postfix_hard": bounce_postfix_hard,
    "qmail_hard": bounce_qmail_hard,
    "sendmail_delay": bounce_sendmail_delay,
    "gateway_de": bounce_gateway_de,
    "exchange_fr": bounce_exchange_fr,
    "isp_fr": bounce_isp_fr,
    "gmail_es": bounce_gmail_es,
    "exchange_es_delay": bounce_exchange_es_delay,
    "exchange_nl": bounce_exchange_nl,
    "exim_nl_delay": bounce_exim_nl_delay,
    "postfix_it_delay": bounce_postfix_it_delay,
    "gateway_it": bounce_gateway_it,
}


# --------------------------------------------------------------------------------------------
# Labels
# --------------------------------------------------------------------------------------------


def make_label(
    *, file: str, intent: str, lang: str, extract: Extract, refs: Iterable[str], note: str | None
) -> Label:
    return Label(
        file=file,
        intent=intent,
        promised_date=extract.get("promised_date"),
        paid_date=extract.get("paid_date"),
        return_date=extract.get("return_date"),
        payment_reference=extract.get("payment_reference"),
        amount=extract.get("amount"),
        currency=extract.get("currency"),
        new_contact=extract.get("new_contact"),
        bounce_kind=extract.get("bounce_kind"),
        failed_recipient=extract.get("failed_recipient"),
        bounce_status=extract.get("bounce_status"),
        invoice_refs=list(refs),
        language=lang,
        note=note,
    )


@dataclass(frozen=True, kw_only=True)
class Built:
    """One finished message before it gets its shuffled file name."""

    key: str
    msg: Message
    intent: str
    lang: str
    extract: Extract
    refs: tuple[str, ...]
    note: str | None
    new_text: str


def built_reply(r: Reply) -> Built:
    return Built(
        key=r.key,
        msg=build_reply(r),
        intent=r.intent,
        lang=r.lang,
        extract=r.extract,
        refs=r.refs,
        note=r.note,
        new_text=r.body,
    )


def built_bounce(b: Bounce) -> Built:
    extract = Extract(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    return Built(
        key=b.key,
        msg=BOUNCE_BUILDERS[b.mta](b),
        intent="bounce",
        lang=b.lang,
        extract=extract,
        refs=(),
        note=b.note,
        new_text="",
    )


# --------------------------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------------------------

ISO_DAY: Final = re.compile(r"\d{4}-\d{2}-\d{2}")
AMOUNT: Final = re.compile(r"\d+\.\d{2}")
REF_IN_TEXT: Final = re.compile(r"\b(40[23]\d\d)\b")


def check_reply_spec(r: Reply) -> list[str]:
    """Things a hand-written entry can get wrong: offsets, references, fields per intent."""
    problems = []
    if r.when.utcoffset() != utc_offset(r.zone, r.when):
        problems.append(f"Date offset does not match {r.zone} time")
    numbers = {ref.rsplit("/", 1)[1] for ref in r.refs}
    if numbers != set(REF_IN_TEXT.findall(r.body)):
        problems.append(f"invoice_refs {sorted(numbers)} differ from the text")
    if KEY_PREFIX[r.key.split("-")[0]] != r.intent:
        problems.append("key prefix and intent disagree")
    return problems


def check_fields(item: Built) -> list[str]:
    allowed = INTENT_FIELDS.get(item.intent, frozenset())
    problems = [
        f"{name} not expected for {item.intent}" for name in item.extract if name not in allowed
    ]
    days = (
        item.extract.get("promised_date"),
        item.extract.get("paid_date"),
        item.extract.get("return_date"),
    )
    problems += [
        f"{day!r} is not an ISO date" for day in days if day and not ISO_DAY.fullmatch(day)
    ]
    amount = item.extract.get("amount")
    if amount is not None and not AMOUNT.fullmatch(amount):
        problems.append(f"amount {amount!r}")
    if (amount is None) != (item.extract.get("currency") is None):
        problems.append("amount and currency go together")
    contact = item.extract.get("new_contact")
    if contact is not None and contact != contact.lower():
        problems.append("new_contact must be lower case")
    return problems


def check_parsed(data: bytes) -> tuple[list[str], str]:
    """Parse the bytes back as a reader would; return the problems and the decoded text."""
    msg = message_from_bytes(data, policy=policy.default)
    problems = [
        f"no {name}"
        for name in ("From", "To", "Subject", "Date", "Message-ID")
        if msg[name] is None
    ]
    seen: list[str] = []
    for part in msg.walk():
        problems += [f"defect {d!r}" for d in part.defects]
        for name, value in part.items():
            seen.append(str(value))
            if "=?" in str(value):
                problems.append(f"{name} not decoded")
            problems += [f"{name}: {d!r}" for d in getattr(value, "defects", ())]
        if part.get_content_maintype() == "text":
            content = str(part.get_content())
            seen.append(content)
            if "\ufffd" in content:
                problems.append(f"{part.get_content_type()} does not decode")
    return problems, "\n".join(seen)


def check_contains(item: Built, text: str) -> list[str]:
    """Addresses in the labels must be in the message, and the new text must survive decoding."""
    lowered = text.lower()
    wanted = [item.extract.get("failed_recipient"), item.extract.get("new_contact")]
    problems = [f"{value} not in the message" for value in wanted if value and value not in lowered]
    flat = " ".join(text.split())
    for line in item.new_text.split("\n"):
        wanted_line = " ".join(line.split())
        if wanted_line in {"", INLINE_MARK.strip()}:
            continue
        if wanted_line not in flat and html.escape(wanted_line, quote=False) not in flat:
            problems.append(f"hand-written line not in the decoded message: {line[:40]!r}")
    return problems


def check_labels(labels: list[Label]) -> None:
    problems = [f"{x['file']}: keys out of order" for x in labels if tuple(x) != LABEL_KEYS]
    cells = Counter((x["intent"], x["language"]) for x in labels)
    problems += [f"{i}/{lang} empty" for i in INTENTS for lang in LANGS if not cells[i, lang]]
    per_intent = Counter(x["intent"] for x in labels)
    problems += [f"{i}: {per_intent[i]} messages" for i in INTENTS if per_intent[i] != 12]
    kinds = Counter(x["bounce_kind"] for x in labels if x["intent"] == "bounce")
    if kinds != Counter({"hard": 6, "soft": 6}):
        problems.append(f"bounce kinds {dict(kinds)}")
    if problems:
        raise SystemExit("label problems:\n" + "\n".join(problems))


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------


def all_built() -> list[Built]:
    problems = [f"{r.key}: {p}" for r in REPLIES for p in check_reply_spec(r)]
    problems += [
        f"{b.key}: Date offset" for b in BOUNCES if b.when.utcoffset() != utc_offset(b.zone, b.when)
    ]
    if problems:
        raise SystemExit("\n".join(problems))
    items = [built_reply(r) for r in REPLIES] + [built_bounce(b) for b in BOUNCES]
    if len({item.key for item in items}) != len(items):
        raise SystemExit("duplicate keys")
    return sorted(items, key=lambda item: digest(item.key, SEED))


def write_message(number: int, item: Built) -> Label:
    name = f"{FILE_PREFIX}-{number:03d}.eml"
    data = item.msg.as_bytes()
    parse_problems, text = check_parsed(data)
    problems = check_fields(item) + parse_problems + check_contains(item, text)
    if problems:
        raise SystemExit(f"{name} ({item.key}): {problems}")
    (HERE / name).write_bytes(data)
    return make_label(
        file=name,
        intent=item.intent,
        lang=item.lang,
        extract=item.extract,
        refs=item.refs,
        note=item.note,
    )


def write_all() -> list[Label]:
    for old in HERE.glob(f"{FILE_PREFIX}-*.eml"):
        old.unlink()
    labels = [write_message(n, item) for n, item in enumerate(all_built(), start=1)]
    check_labels(labels)
    lines = "".join(json.dumps(label, ensure_ascii=False) + "\n" for label in labels)
    (HERE / "labels.jsonl").write_text(lines, encoding="utf-8")
    return labels


def count_table(labels: list[Label]) -> str:
    cells = Counter((x["intent"], x["language"]) for x in labels)
    rows = ["| intent | " + " | ".join(LANGS) + " | total |", "|---|" + "---:|" * (len(LANGS) + 1)]
    for intent in INTENTS:
        counts = [cells[intent, lang] for lang in LANGS]
        rows.append(f"| {intent} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
    totals = [sum(cells[i, lang] for i in INTENTS) for lang in LANGS]
    rows.append(
        "| **total** | " + " | ".join(f"**{t}**" for t in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(rows)


def main() -> int:
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(x["bounce_kind"] for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages written to {HERE}; bounces: {dict(sorted(kinds.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
