# ruff: noqa: E501, RUF001
"""Build held-out reply corpus 63: ``h63-NNN.eml`` files and ``labels.jsonl``.

Every message lands in the receivables mailbox of Pellworth Pest Control after it sent an overdue
reminder. The new text of each message is written by hand below. The script adds only what a mail
client or a mail server would add: the quoted reminder (in the client's layout and the customer's
language), headers, MIME structure, charsets and transfer encodings. Bounce skeletons are
generated; their human-readable parts are written out one by one.

Run it with ``python3`` from anywhere. It writes next to itself, deterministically: fixed seed,
fixed boundaries, Message-IDs derived from each message's key, no clock.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from email import charset as email_charset
from email import message_from_bytes, policy
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path
from typing import TYPE_CHECKING, Final, Literal, TypedDict

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

HERE: Final = Path(__file__).resolve().parent
SEED: Final = 20270208
PREFIX: Final = "h63"
AR_NAME: Final = "Pellworth Accounts Receivable"
AR_ADDR: Final = "receivables@pellworth-pest.example"
AR_DOMAIN: Final = "pellworth-pest.example"
FIRST_DAY: Final = date(2027, 2, 8)
LAST_DAY: Final = date(2027, 3, 5)
PER_INTENT: Final = 12
BOUNCES_PER_KIND: Final = 6
FLOW_WIDTH: Final = 72
WEEKEND: Final = (5, 6)
PROBE_MIN: Final = 2
PROBE_MAX: Final = 60

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
Currency = Literal["GBP", "EUR"]
Charset = Literal["utf-8", "iso-8859-1", "windows-1252", "us-ascii"]
Cte = Literal["qp", "b64", "8bit", "7bit"]
Client = Literal[
    "outlook",
    "outlook_html",
    "outlook_html_only",
    "owa",
    "outlook_ios",
    "outlook_android",
    "gmail",
    "gmail_plain",
    "gmail_inline",
    "apple",
    "iphone",
    "samsung",
    "thunderbird",
    "thunderbird_inline",
    "notice",
    "notice_html",
]

LANGS: Final[tuple[Lang, ...]] = ("en", "de", "fr", "es", "nl", "it")
INTENTS: Final[tuple[Intent, ...]] = (
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
    """One line of ``labels.jsonl``; the key order is the file's column order."""

    file: str
    intent: Intent
    promised_date: str | None
    paid_date: str | None
    return_date: str | None
    payment_reference: str | None
    amount: str | None
    currency: Currency | None
    new_contact: str | None
    bounce_kind: BounceKind | None
    failed_recipient: str | None
    bounce_status: str | None
    invoice_refs: list[str]
    language: Lang
    note: str | None


# --------------------------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Facts:
    """What a reader extracts from a reply besides its intent (dates are ISO strings)."""

    promised: str | None = None
    paid: str | None = None
    back: str | None = None
    ref: str | None = None
    amount: str | None = None
    currency: Currency | None = None
    contact: str | None = None
    refs: tuple[str, ...] = ()
    note: str | None = None


@dataclass(frozen=True, kw_only=True)
class Reply:
    """One hand-written message from a customer, its client and charset, and its facts."""

    key: str
    intent: Intent
    lang: Lang
    name: str
    addr: str
    when: str
    client: Client
    body: str
    facts: Facts = field(default_factory=Facts)
    inv: str = "PPC-40200-Q"
    amount: str = ""
    service: str = ""
    charset: Charset = "utf-8"
    cte: Cte = "qp"
    subject: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    cc: str = ""
    attachment: str = ""
    threaded: bool = True
    quoted_to: str = ""

    @property
    def dt(self) -> datetime:
        """The message's Date, in the sender's time zone."""
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")


@dataclass(frozen=True, kw_only=True)
class Bounce:
    """A delivery report for a reminder that could not reach ``rcpt``."""

    key: str
    lang: Lang
    kind: BounceKind
    status: str
    rcpt: str
    when: str
    inv: str
    note: str | None = None

    @property
    def dt(self) -> datetime:
        """The report's Date."""
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")


@dataclass(frozen=True, kw_only=True)
class Built:
    """A finished message with its key, its label (without the file name) and its new text."""

    key: str
    msg: Message
    label: Label
    probe: str
    text: str
    when: datetime


# --------------------------------------------------------------------------------------------
# Locale tables
# --------------------------------------------------------------------------------------------

WEEKDAYS: Final[dict[Lang, tuple[str, str]]] = {
    "en": (
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
        "Mon Tue Wed Thu Fri Sat Sun",
    ),
    "de": (
        "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
        "Mo. Di. Mi. Do. Fr. Sa. So.",
    ),
    "fr": (
        "lundi mardi mercredi jeudi vendredi samedi dimanche",
        "lun. mar. mer. jeu. ven. sam. dim.",
    ),
    "es": ("lunes martes miércoles jueves viernes sábado domingo", "lun mar mié jue vie sáb dom"),
    "nl": ("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag", "ma di wo do vr za zo"),
    "it": (
        "lunedì martedì mercoledì giovedì venerdì sabato domenica",
        "lun mar mer gio ven sab dom",
    ),
}
MONTHS: Final[dict[Lang, tuple[str, str]]] = {
    "en": (
        "January February March April May June July August September October November December",
        "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    ),
    "de": (
        "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
        "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    ),
    "fr": (
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
        "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    ),
    "es": (
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
        "ene feb mar abr may jun jul ago sept oct nov dic",
    ),
    "nl": (
        "januari februari maart april mei juni juli augustus september oktober november december",
        "jan feb mrt apr mei jun jul aug sep okt nov dec",
    ),
    "it": (
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
        "gen feb mar apr mag giu lug ago set ott nov dic",
    ),
}

# Attribution lines as each client writes them in each language.
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
OUTLOOK_SENT: Final[dict[Lang, str]] = {
    "en": "{wdl}, {d} {monl} {y} {HH}:{mm}",
    "de": "{wdl}, {d}. {monl} {y} {HH}:{mm}",
    "fr": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "es": "{wdl}, {d} de {monl} de {y} {H}:{mm}",
    "nl": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "it": "{wdl} {d} {monl} {y} {HH}:{mm}",
}
SAMSUNG_SENT: Final = "{dd}/{mo}/{y} {HH}:{mm} (GMT{tz})"


@dataclass(frozen=True)
class HeaderLabels:
    """The localised field names of a client's quoted-header block."""

    divider: str
    frm: str
    sent: str
    to: str
    subject: str
    sep: str


OUTLOOK_LABELS: Final[dict[Lang, HeaderLabels]] = {
    "en": HeaderLabels("-----Original Message-----", "From", "Sent", "To", "Subject", ": "),
    "de": HeaderLabels(
        "-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff", ": "
    ),
    "fr": HeaderLabels("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : "),
    "es": HeaderLabels("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": "),
    "nl": HeaderLabels(
        "-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "Onderwerp", ": "
    ),
    "it": HeaderLabels("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ": "),
}
SAMSUNG_LABELS: Final[dict[Lang, HeaderLabels]] = {
    "en": HeaderLabels("-------- Original message --------", "From", "Date", "To", "Subject", ": "),
    "de": HeaderLabels(
        "-------- Ursprüngliche Nachricht --------", "Von", "Datum", "An", "Betreff", ": "
    ),
    "fr": HeaderLabels("-------- Message d'origine --------", "De", "Date", "À", "Objet", " : "),
    "es": HeaderLabels("-------- Mensaje original --------", "De", "Fecha", "Para", "Asunto", ": "),
    "nl": HeaderLabels(
        "-------- Oorspronkelijk bericht --------", "Van", "Datum", "Aan", "Onderwerp", ": "
    ),
    "it": HeaderLabels("-------- Messaggio originale --------", "Da", "Data", "A", "Oggetto", ": "),
}
OUTLOOK_RE: Final[dict[Lang, str]] = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
IPHONE_SIG: Final[dict[Lang, str]] = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
}
SAMSUNG_SIG: Final[dict[Lang, str]] = {
    "en": "Sent from my Galaxy",
    "de": "Von meinem Galaxy gesendet",
    "fr": "Envoyé depuis mon Galaxy",
    "es": "Enviado desde mi Galaxy",
    "nl": "Verzonden vanaf mijn Galaxy",
    "it": "Inviato dal mio Galaxy",
}
OUTLOOK_MOBILE_SIG: Final[dict[tuple[Lang, str], str]] = {
    ("en", "iOS"): "Get Outlook for iOS<https://aka.ms/o0ukef>",
    ("de", "iOS"): "Outlook für iOS<https://aka.ms/o0ukef> beziehen",
    ("fr", "iOS"): "Obtenir Outlook pour iOS<https://aka.ms/o0ukef>",
    ("es", "iOS"): "Obtener Outlook para iOS<https://aka.ms/o0ukef>",
    ("nl", "iOS"): "Outlook voor iOS<https://aka.ms/o0ukef> downloaden",
    ("it", "iOS"): "Scarica Outlook per iOS<https://aka.ms/o0ukef>",
    ("en", "Android"): "Get Outlook for Android<https://aka.ms/AAb9ysg>",
    ("de", "Android"): "Outlook für Android<https://aka.ms/AAb9ysg> herunterladen",
    ("fr", "Android"): "Télécharger Outlook pour Android<https://aka.ms/AAb9ysg>",
    ("es", "Android"): "Obtener Outlook para Android<https://aka.ms/AAb9ysg>",
    ("nl", "Android"): "Outlook voor Android<https://aka.ms/AAb9ysg> downloaden",
    ("it", "Android"): "Scarica Outlook per Android<https://aka.ms/AAb9ysg>",
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
# The reminder Pellworth sent, in each customer's language
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT: Final[dict[Lang, str]] = {
    "en": "Overdue invoice {inv} – Pellworth Pest Control",
    "de": "Zahlungserinnerung: Rechnung {inv} ist überfällig",
    "fr": "Rappel : facture {inv} échue",
    "es": "Aviso: factura {inv} vencida",
    "nl": "Betalingsherinnering factuur {inv}",
    "it": "Promemoria: fattura {inv} scaduta",
}
REMINDER_BODY: Final[dict[Lang, str]] = {
    "en": (
        "Hello,\n\n"
        "We haven't yet received payment for the invoice below, which is now past its due date:\n\n"
        "  Invoice: {inv}\n  Service: {svc}\n  Invoice date: {issued}   Due: {due}\n  Amount outstanding: {amt}\n\n"
        "Please arrange payment at your earliest convenience. If you have paid in the last few days, please disregard this reminder, or send us the remittance details so we can match your payment. If anything on the invoice looks wrong, reply to this email and we'll look into it.\n\n"
        "Thank you,\n\n"
        "Accounts Receivable\nPellworth Pest Control\nPest control · Bird proofing · Washroom services\n"
        + AR_ADDR
    ),
    "de": (
        "Guten Tag,\n\n"
        "für die folgende Rechnung konnten wir bisher keinen Zahlungseingang feststellen:\n\n"
        "  Rechnungsnummer: {inv}\n  Leistung: {svc}\n  Rechnungsdatum: {issued}   Fällig am: {due}\n  Offener Betrag: {amt}\n\n"
        "Wir bitten Sie, den Betrag in den nächsten Tagen zu überweisen. Falls Sie die Zahlung bereits veranlasst haben, betrachten Sie diese Erinnerung bitte als gegenstandslos oder senden Sie uns kurz die Zahlungsdetails. Sollte an der Rechnung etwas nicht stimmen, antworten Sie einfach auf diese E-Mail.\n\n"
        "Freundliche Grüße\n\n"
        "Debitorenbuchhaltung\nPellworth Pest Control\n" + AR_ADDR
    ),
    "fr": (
        "Bonjour,\n\n"
        "Sauf erreur de notre part, nous n'avons pas encore reçu le règlement de la facture suivante, arrivée à échéance :\n\n"
        "  Facture : {inv}\n  Prestation : {svc}\n  Date de facture : {issued}   Échéance : {due}\n  Montant dû : {amt}\n\n"
        "Nous vous remercions de bien vouloir procéder au règlement dans les meilleurs délais. Si le paiement a été effectué récemment, merci de ne pas tenir compte de ce rappel ou de nous transmettre les références du virement. Pour toute question sur cette facture, répondez simplement à ce message.\n\n"
        "Bien cordialement,\n\n"
        "Service Comptabilité Clients\nPellworth Pest Control\n" + AR_ADDR
    ),
    "es": (
        "Buenos días:\n\n"
        "Todavía no hemos recibido el pago de la siguiente factura, cuyo vencimiento ya ha pasado:\n\n"
        "  Factura: {inv}\n  Servicio: {svc}\n  Fecha de factura: {issued}   Vencimiento: {due}\n  Importe pendiente: {amt}\n\n"
        "Le agradeceríamos que realizara el pago lo antes posible. Si ya lo ha abonado en los últimos días, puede ignorar este aviso o enviarnos el justificante para que podamos conciliarlo. Si hay algún error en la factura, responda a este correo y lo revisaremos.\n\n"
        "Un saludo,\n\n"
        "Departamento de Cobros\nPellworth Pest Control\n" + AR_ADDR
    ),
    "nl": (
        "Beste klant,\n\n"
        "Wij hebben de betaling van onderstaande factuur nog niet ontvangen, terwijl de vervaldatum inmiddels verstreken is:\n\n"
        "  Factuurnummer: {inv}\n  Omschrijving: {svc}\n  Factuurdatum: {issued}   Vervaldatum: {due}\n  Openstaand bedrag: {amt}\n\n"
        "Wilt u het bedrag zo spoedig mogelijk overmaken? Heeft u de afgelopen dagen al betaald, dan kunt u deze herinnering negeren of ons de betaalgegevens sturen, zodat wij de betaling kunnen koppelen. Klopt er iets niet aan de factuur, reageer dan op deze e-mail.\n\n"
        "Met vriendelijke groet,\n\n"
        "Debiteurenadministratie\nPellworth Pest Control\n" + AR_ADDR
    ),
    "it": (
        "Buongiorno,\n\n"
        "non risulta ancora pervenuto il pagamento della seguente fattura, già scaduta:\n\n"
        "  Fattura n.: {inv}\n  Servizio: {svc}\n  Data fattura: {issued}   Scadenza: {due}\n  Importo da saldare: {amt}\n\n"
        "Vi chiediamo cortesemente di provvedere al pagamento al più presto. Se avete già pagato negli ultimi giorni, potete ignorare questo promemoria oppure inviarci gli estremi del bonifico per l'abbinamento. Per qualsiasi domanda sulla fattura è sufficiente rispondere a questa e-mail.\n\n"
        "Cordiali saluti,\n\n"
        "Ufficio Crediti\nPellworth Pest Control\n" + AR_ADDR
    ),
}
# Invoice suffix Q: quarterly contract invoice; C: call-out or one-off works.
SERVICE: Final[dict[tuple[Lang, str], str]] = {
    ("en", "Q"): "Quarterly pest control contract, Jan–Mar 2027",
    ("en", "C"): "Call-out 15/01/2027 – rodent treatment",
    ("de", "Q"): "Schädlingsbekämpfung, Wartungsvertrag 1. Quartal 2027",
    ("de", "C"): "Notfalleinsatz am 15.01.2027 – Nagerbekämpfung",
    ("fr", "Q"): "Contrat de dératisation et désinsectisation, 1er trimestre 2027",
    ("fr", "C"): "Intervention d'urgence du 15/01/2027 – dératisation",
    ("es", "Q"): "Contrato trimestral de control de plagas, 1.er trimestre 2027",
    ("es", "C"): "Servicio urgente del 15/01/2027 – desratización",
    ("nl", "Q"): "Onderhoudscontract ongediertebestrijding, 1e kwartaal 2027",
    ("nl", "C"): "Spoedbezoek 15-01-2027 – knaagdierbestrijding",
    ("it", "Q"): "Contratto di disinfestazione, 1° trimestre 2027",
    ("it", "C"): "Intervento urgente del 15/01/2027 – derattizzazione",
}
DEFAULT_AMOUNT: Final[dict[tuple[Lang, str], str]] = {
    ("en", "Q"): "£486.00",
    ("en", "C"): "£168.00",
    ("nl", "Q"): "€ 512,00",
    ("nl", "C"): "€ 185,00",
}
EURO_AMOUNT: Final[dict[str, str]] = {"Q": "512,00 €", "C": "185,00 €"}
INVOICE_DATES: Final[dict[str, tuple[date, date]]] = {
    "Q": (date(2027, 1, 4), date(2027, 2, 3)),
    "C": (date(2027, 1, 27), date(2027, 2, 3)),
}
DATE_STYLE: Final[dict[Lang, str]] = {
    "en": "%d/%m/%Y",
    "de": "%d.%m.%Y",
    "fr": "%d/%m/%Y",
    "es": "%d/%m/%Y",
    "nl": "%d-%m-%Y",
    "it": "%d/%m/%Y",
}
LATIN1_FIXES: Final[dict[str, str]] = {
    "–": "-",
    "€": "EUR",
    "’": "'",
    "…": "...",
    "“": '"',
    "”": '"',
}


@dataclass(frozen=True, kw_only=True)
class Reminder:
    """The reminder a reply answers, as the replying client shows it."""

    lang: Lang
    inv: str
    amount: str
    service: str
    sent: datetime
    to: str
    latin1: bool

    @property
    def subject(self) -> str:
        """The reminder's subject line."""
        text = REMINDER_SUBJECT[self.lang].format(inv=self.inv)
        return latin1_safe(text) if self.latin1 else text

    @property
    def text(self) -> str:
        """The reminder's body text."""
        kind = self.inv[-1]
        issued, due = INVOICE_DATES[kind]
        text = REMINDER_BODY[self.lang].format(
            inv=self.inv,
            svc=self.service or SERVICE[self.lang, kind],
            issued=issued.strftime(DATE_STYLE[self.lang]),
            due=due.strftime(DATE_STYLE[self.lang]),
            amt=self.amount or default_amount(self.lang, kind),
        )
        return latin1_safe(text) if self.latin1 else text

    def paragraph(self, spec: str) -> str:
        """Paragraph ``n`` or paragraphs ``n-m`` of the reminder (0-based), as quoted inline."""
        first, _, last = spec.partition("-")
        paragraphs = self.text.split("\n\n")
        return "\n\n".join(paragraphs[int(first) : int(last or first) + 1])


def default_amount(lang: Lang, kind: str) -> str:
    """The reminder's amount when a reply does not set its own."""
    return DEFAULT_AMOUNT.get((lang, kind), EURO_AMOUNT[kind])


def latin1_safe(text: str) -> str:
    """Replace what a Latin-1 client cannot send, the way such a client degrades it."""
    for bad, good in LATIN1_FIXES.items():
        text = text.replace(bad, good)
    return text


def reminder_for(r: Reply) -> Reminder:
    """The reminder a reply answers: sent on a working day before the reply, a little after eight."""
    back = 1 + digest(r.key, "gap")[0] % 3
    day = r.dt - timedelta(days=back)
    while day.weekday() in WEEKEND:
        day -= timedelta(days=1)
    sent = day.replace(hour=8, minute=10 + digest(r.key, "minute")[0] % 40, second=0)
    to = r.quoted_to or display_address(r.name, r.addr)
    latin1 = r.charset in {"iso-8859-1", "us-ascii"}
    return Reminder(
        lang=r.lang, inv=r.inv, amount=r.amount, service=r.service, sent=sent, to=to, latin1=latin1
    )


# --------------------------------------------------------------------------------------------
# Dates, identifiers and text helpers
# --------------------------------------------------------------------------------------------


def date_fields(lang: Lang, dt: datetime) -> dict[str, str]:
    """Every piece a client's date template may use."""
    weekday, month = dt.weekday(), dt.month - 1
    offset = dt.strftime("%z")
    return {
        "wdl": WEEKDAYS[lang][0].split()[weekday],
        "wds": WEEKDAYS[lang][1].split()[weekday],
        "monl": MONTHS[lang][0].split()[month],
        "mons": MONTHS[lang][1].split()[month],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "HH": f"{dt.hour:02d}",
        "H": str(dt.hour),
        "mm": f"{dt.minute:02d}",
        "tz": f"{offset[:3]}:{offset[3:]}",
    }


def stamp(template: str, lang: Lang, dt: datetime, **extra: str) -> str:
    """Fill a client's date template."""
    return template.format(**date_fields(lang, dt), **extra)


def digest(key: str, salt: str) -> bytes:
    """A stable hash of a message key, for identifiers and small choices."""
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def b32(key: str, salt: str, size: int) -> str:
    """A stable base32 token of ``size`` characters."""
    return base64.b32encode(digest(key, salt)).decode()[:size]


def reminder_msgid(key: str) -> str:
    """The Message-ID Pellworth's system gave the reminder."""
    return f"<ar.{digest(key, 'reminder').hex()[:20]}@{AR_DOMAIN}>"


def uuid_like(key: str, salt: str) -> str:
    """A UUID-shaped token, upper case, as Apple clients write them."""
    h = digest(key, salt).hex().upper()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


EXCHANGE_SITES: Final = ("AM0", "AM6", "AS8", "DB9", "PA4", "LO2", "VI1", "GV1", "FR3", "DU0")


def reply_msgid(r: Reply) -> str:
    """A Message-ID shaped like the one the sender's client or server would create."""
    domain = r.addr.split("@")[1]
    raw = digest(r.key, "msgid")
    if r.client in {"gmail", "gmail_plain", "gmail_inline"}:
        return f"<CA+{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:42]}@mail.gmail.com>"
    if r.client in OUTLOOK_FAMILY:
        region = raw[0] % 9 + 1
        site = EXCHANGE_SITES[raw[1] % len(EXCHANGE_SITES)]
        host = f"{site}PR0{region}MB{1000 + raw[2] * 31 % 9000}"
        return f"<{host}{raw.hex()[:24].upper()}@{host}.eurprd0{region}.prod.outlook.com>"
    if r.client in {"apple", "iphone"}:
        return f"<{uuid_like(r.key, 'apple')}@{domain}>"
    if r.client == "samsung":
        return f"<{raw.hex()[:16]}.{raw.hex()[16:26]}@email.android.com>"
    if r.client in {"thunderbird", "thunderbird_inline"}:
        return f"<{uuid_like(r.key, 'tb').lower()}@{domain}>"
    return f"<{raw.hex()[:28]}@{domain}>"


def display_address(name: str, addr: str) -> str:
    """``Name <addr>`` as a person reads it in a quoted header block."""
    return f"{name} <{addr}>" if name else addr


def quote_lines(text: str) -> str:
    """Quote text with ``>`` as plain-text clients do."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_lines(text: str) -> str:
    """Text as HTML lines."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    """Text as HTML paragraphs."""
    return "\n".join(f"<p>{html_lines(p)}</p>" for p in text.split("\n\n"))


def mso_paragraphs(text: str) -> str:
    """Text as Word's ``MsoNormal`` paragraphs."""
    rows = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "<o:p>&nbsp;</o:p>"
        rows.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(rows)


def wrap_flowed(line: str) -> list[str]:
    """Break one long line for ``format=flowed``: every piece but the last ends with a space."""
    pieces: list[str] = []
    current = ""
    for word in line.split(" "):
        if current and len(current) + len(word) > FLOW_WIDTH:
            pieces.append(current)
            current = ""
        current += f"{word} "
    pieces.append(current.rstrip(" "))
    return pieces


def flowed(text: str) -> str:
    """Text as Thunderbird sends it with ``format=flowed`` (quoted lines are left alone)."""
    out: list[str] = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= FLOW_WIDTH:
            out.append(line)
        else:
            out.extend(wrap_flowed(line))
    return "\n".join(out)


INLINE_MARK: Final = re.compile(r"^\[\[(\d+(?:-\d+)?)\]\]$", re.MULTILINE)


def expand_inline(body: str, rem: Reminder, attribution: str) -> str:
    """Replace ``[[n]]`` lines with the quoted reminder paragraphs they stand for.

    The attribution line goes just above the first quoted block; anything the sender typed
    before it (a greeting) stays on top, as in a real inline reply.
    """
    first = INLINE_MARK.search(body)
    head, rest = (body[: first.start()], body[first.start() :]) if first else ("", body)
    quoted = INLINE_MARK.sub(lambda m: quote_lines(rem.paragraph(m.group(1))), rest)
    return f"{head}{attribution}\n{quoted}"


# --------------------------------------------------------------------------------------------
# MIME parts
# --------------------------------------------------------------------------------------------

NO_BODY_ENCODING: Final = 0  # email.charset: neither QP nor base64, so 7bit or 8bit as sent
CTE_CODES: Final[dict[Cte, int]] = {
    "qp": email_charset.QP,
    "b64": email_charset.BASE64,
    "8bit": NO_BODY_ENCODING,
    "7bit": NO_BODY_ENCODING,
}


def body_charset(name: Charset, cte: Cte) -> email_charset.Charset:
    """A Charset that encodes bodies the way the sending client chose."""
    charset = email_charset.Charset(name)
    charset.body_encoding = CTE_CODES[cte]
    return charset


def text_part(text: str, *, subtype: str, charset: Charset, cte: Cte) -> Message:
    """A text part; raises if the hand-written text does not fit its charset."""
    text.encode(charset)
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, body_charset(charset, cte))
    return part


def alternative(*parts: Message) -> Message:
    """A multipart/alternative of the given parts."""
    outer = MIMEMultipart("alternative")
    for part in parts:
        outer.attach(part)
    return outer


def header_charset(charset: Charset) -> str:
    """The charset a client uses for encoded words."""
    return "iso-8859-1" if charset in {"iso-8859-1", "us-ascii"} else charset


def encoded(value: str, charset: Charset, name: str = "Subject") -> str:
    """A header value as the client encodes it: RFC 2047 encoded words when it is not ASCII."""
    if value.isascii():
        return value
    enc = header_charset(charset)
    try:
        value.encode(enc)
    except UnicodeEncodeError:
        enc = "utf-8"
    return Header(value, enc, header_name=name).encode()


def mailbox(name: str, addr: str, charset: Charset) -> str:
    """An address header value with its display name encoded as the client would."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encoded(name, charset, 'From')} <{addr}>"


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


def header_block(rem: Reminder, labels: HeaderLabels, sent: str) -> list[str]:
    """The quoted From/Sent/To/Subject lines of Outlook-style clients."""
    sep = labels.sep
    return [
        f"{labels.frm}{sep}{AR_NAME} <{AR_ADDR}>",
        f"{labels.sent}{sep}{sent}",
        f"{labels.to}{sep}{rem.to}",
        f"{labels.subject}{sep}{rem.subject}",
    ]


def outlook_block(r: Reply, rem: Reminder) -> list[str]:
    """Outlook's quoted header block in the sender's language."""
    return header_block(rem, OUTLOOK_LABELS[r.lang], stamp(OUTLOOK_SENT[r.lang], r.lang, rem.sent))


def plain(r: Reply, text: str, cte: Cte | None = None) -> Message:
    """The reply as a single text/plain part in the reply's charset."""
    return text_part(text, subtype="plain", charset=r.charset, cte=cte or r.cte)


def markup(r: Reply, text: str) -> Message:
    """A text/html part in the reply's charset."""
    return text_part(text, subtype="html", charset=r.charset, cte=r.cte)


def layout_outlook(r: Reply, rem: Reminder) -> Message:
    """Outlook desktop, plain text, with the localised original-message divider."""
    block = "\n".join([OUTLOOK_LABELS[r.lang].divider, *outlook_block(r, rem)])
    return plain(r, f"{r.body}\n\n{block}\n\n{rem.text}\n")


def word_html(r: Reply, rem: Reminder) -> str:
    """Outlook desktop HTML: Word markup and the grey top-border divider."""
    labels = OUTLOOK_LABELS[r.lang]
    names = (labels.frm, labels.sent, labels.to, labels.subject)
    values = [line.split(labels.sep, 1)[1] for line in outlook_block(r, rem)]
    head = "<br>\n".join(
        f"<b>{html.escape(n)}{html.escape(labels.sep.rstrip())}</b> {html.escape(v)}"
        for n, v in zip(names, values, strict=True)
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!--\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
        'span.EmailStyle18\n\t{mso-style-type:personal-reply;\n\tfont-family:"Calibri",sans-serif;\n\tcolor:windowtext;}\n--></style>\n</head>\n'
        f'<body lang="{CONTENT_LANGUAGE[r.lang].upper()}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n'
        f"{mso_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso_paragraphs(rem.text)}\n</div>\n</body>\n</html>\n"
    )


def layout_outlook_html(r: Reply, rem: Reminder) -> Message:
    """Outlook desktop HTML with its plain-text alternative."""
    text = "\n".join([r.body, "", *outlook_block(r, rem), "", rem.text, ""])
    return alternative(plain(r, text), markup(r, word_html(r, rem)))


def layout_outlook_html_only(r: Reply, rem: Reminder) -> Message:
    """Outlook HTML sent without a plain-text alternative."""
    return markup(r, word_html(r, rem))


def layout_owa(r: Reply, rem: Reminder) -> Message:
    """Outlook on the web: a rule, then ``divRplyFwdMsg``."""
    block = outlook_block(r, rem)
    text = "\n".join([r.body, "", "_" * 32, *block, "", rem.text, ""])
    head = "<br>\n".join(
        f"<b>{html.escape(line.split(':', 1)[0])}:</b>{html.escape(line.split(':', 1)[1])}"
        for line in block
    )
    page = (
        f'<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="ltr">\n'
        f'<div class="elementToProof" style="font-family: Aptos, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n{html_lines(r.body)}</div>\n'
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{head}</font>\n<div>&nbsp;</div>\n</div>\n'
        f"<div>{html_paragraphs(rem.text)}</div>\n</body>\n</html>\n"
    )
    return alternative(plain(r, text), markup(r, page))


def outlook_mobile(r: Reply, rem: Reminder, platform: str) -> Message:
    """Outlook for iOS or Android: plain text in base64 with the localised download line."""
    block = "\n".join(outlook_block(r, rem))
    sig = OUTLOOK_MOBILE_SIG[r.lang, platform]
    return plain(r, f"{r.body}\n\n{sig}\n{'_' * 32}\n{block}\n\n{rem.text}\n", "b64")


def layout_outlook_ios(r: Reply, rem: Reminder) -> Message:
    """Outlook for iOS."""
    return outlook_mobile(r, rem, "iOS")


def layout_outlook_android(r: Reply, rem: Reminder) -> Message:
    """Outlook for Android."""
    return outlook_mobile(r, rem, "Android")


def gmail_attr(r: Reply, rem: Reminder) -> str:
    """Gmail's attribution line in the sender's language."""
    return stamp(GMAIL_ATTR[r.lang], r.lang, rem.sent, name=AR_NAME, addr=AR_ADDR)


def layout_gmail(r: Reply, rem: Reminder) -> Message:
    """Gmail: multipart/alternative with a ``gmail_quote`` block."""
    attr = gmail_attr(r, rem)
    text = f"{r.body}\n\n{attr}\n\n{quote_lines(rem.text)}\n"
    page = (
        f'<div dir="ltr">{html_lines(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(rem.text)}</blockquote></div>\n"
    )
    return alternative(plain(r, text), markup(r, page))


def layout_gmail_plain(r: Reply, rem: Reminder) -> Message:
    """Gmail in plain-text mode: ``>`` quoting."""
    return plain(r, f"{r.body}\n\n{gmail_attr(r, rem)}\n\n{quote_lines(rem.text)}\n")


def layout_gmail_inline(r: Reply, rem: Reminder) -> Message:
    """Gmail plain text, answered inline between the quoted paragraphs."""
    return plain(r, expand_inline(r.body, rem, gmail_attr(r, rem) + "\n") + "\n")


def apple_attr(r: Reply, rem: Reminder) -> str:
    """Apple Mail's attribution line in the sender's language."""
    return stamp(APPLE_ATTR[r.lang], r.lang, rem.sent, name=AR_NAME, addr=AR_ADDR)


def layout_apple(r: Reply, rem: Reminder) -> Message:
    """Apple Mail on a Mac: plain text with ``>`` quoting."""
    return plain(r, f"{r.body}\n\n{apple_attr(r, rem)}\n\n{quote_lines(rem.text)}\n")


def layout_iphone(r: Reply, rem: Reminder) -> Message:
    """iPhone Mail: the localised signature, then the attribution inside the quote."""
    quoted = quote_lines(f"{apple_attr(r, rem)}\n\n{rem.text}")
    return plain(r, f"{r.body}\n\n{IPHONE_SIG[r.lang]}\n\n{quoted}\n")


def layout_samsung(r: Reply, rem: Reminder) -> Message:
    """Samsung Email: signature, then a dashed original-message block; HTML alternative."""
    labels = SAMSUNG_LABELS[r.lang]
    block = header_block(rem, labels, stamp(SAMSUNG_SENT, r.lang, rem.sent))
    sig = SAMSUNG_SIG[r.lang]
    text = "\n".join([r.body, "", "", sig, "", labels.divider, *block, "", rem.text, ""])
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body dir="auto">'
        f'<div dir="auto">{html_lines(r.body)}</div><div dir="auto"><br></div><div dir="auto"><br></div>'
        f'<div id="composer_signature" dir="auto"><div style="font-size:12px;color:#575757" dir="auto">{html.escape(sig)}</div></div>'
        f'<div dir="auto"><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000"><div>{html.escape(labels.divider)}</div><div>{"<br>".join(html.escape(x) for x in block)}</div><div><br></div></div>'
        f"{html_paragraphs(rem.text)}</body></html>\n"
    )
    return alternative(plain(r, text), markup(r, page))


def thunderbird_attr(r: Reply, rem: Reminder) -> str:
    """Thunderbird's attribution line in the sender's language."""
    return stamp(THUNDERBIRD_ATTR[r.lang], r.lang, rem.sent, name=AR_NAME)


def flowed_part(r: Reply, text: str) -> Message:
    """Thunderbird's plain text: ``format=flowed`` when it writes UTF-8."""
    if r.charset != "utf-8":
        return plain(r, text)
    part = plain(r, flowed(text))
    part.set_param("format", "flowed")
    return part


def layout_thunderbird(r: Reply, rem: Reminder) -> Message:
    """Thunderbird, top-posted."""
    return flowed_part(r, f"{r.body}\n\n{thunderbird_attr(r, rem)}\n{quote_lines(rem.text)}\n")


def layout_thunderbird_inline(r: Reply, rem: Reminder) -> Message:
    """Thunderbird, answered inline between the quoted paragraphs."""
    return flowed_part(r, expand_inline(r.body, rem, thunderbird_attr(r, rem)) + "\n")


def layout_notice(r: Reply, rem: Reminder) -> Message:
    """An automatic notice: the text alone, nothing quoted."""
    del rem
    return plain(r, r.body + "\n")


def layout_notice_html(r: Reply, rem: Reminder) -> Message:
    """An automatic notice with an HTML alternative, nothing quoted."""
    del rem
    page = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head>'
        f'<body style="font-family:Arial,sans-serif;font-size:10pt">{html_paragraphs(r.body)}</body></html>\n'
    )
    return alternative(plain(r, r.body + "\n"), markup(r, page))


LAYOUTS: Final[dict[Client, Callable[[Reply, Reminder], Message]]] = {
    "outlook": layout_outlook,
    "outlook_html": layout_outlook_html,
    "outlook_html_only": layout_outlook_html_only,
    "owa": layout_owa,
    "outlook_ios": layout_outlook_ios,
    "outlook_android": layout_outlook_android,
    "gmail": layout_gmail,
    "gmail_plain": layout_gmail_plain,
    "gmail_inline": layout_gmail_inline,
    "apple": layout_apple,
    "iphone": layout_iphone,
    "samsung": layout_samsung,
    "thunderbird": layout_thunderbird,
    "thunderbird_inline": layout_thunderbird_inline,
    "notice": layout_notice,
    "notice_html": layout_notice_html,
}
OUTLOOK_FAMILY: Final[frozenset[Client]] = frozenset(
    {"outlook", "outlook_html", "outlook_html_only", "owa", "outlook_ios", "outlook_android"}
)
CLIENT_HEADERS: Final[dict[Client, tuple[tuple[str, str], ...]]] = {
    "outlook": (("X-Mailer", "Microsoft Outlook 16.0"),),
    "apple": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22D72)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
    "thunderbird_inline": (("User-Agent", "Mozilla Thunderbird"),),
}
BOUNDARY_PREFIX: Final[dict[str, str]] = {
    "gmail": "000000000000",
    "apple": "Apple-Mail=_",
    "iphone": "Apple-Mail-",
    "samsung": "--_com.samsung.android.email_",
    "thunderbird": "------------",
}


def reply_subject(r: Reply, rem: Reminder) -> str:
    """The subject the client puts on the reply (``{rsub}`` stands for the reminder's)."""
    if r.subject:
        return r.subject.format(rsub=rem.subject)
    prefix = OUTLOOK_RE[r.lang] if r.client in OUTLOOK_FAMILY else "Re: "
    return prefix + rem.subject


def client_headers(r: Reply, rem: Reminder) -> list[tuple[str, str]]:
    """Headers the client adds besides the envelope ones."""
    found = list(CLIENT_HEADERS.get(r.client, ()))
    if r.client in OUTLOOK_FAMILY and r.threaded:
        index = base64.b64encode(digest(r.key, "thread")[:22]).decode()
        found += [
            ("Thread-Topic", encoded(rem.subject, r.charset, "Thread-Topic")),
            ("Thread-Index", index),
        ]
    if r.client in OUTLOOK_FAMILY:
        found += [
            ("Accept-Language", f"{CONTENT_LANGUAGE[r.lang]}, en-US"),
            ("Content-Language", CONTENT_LANGUAGE[r.lang]),
            ("X-MS-Has-Attach", "yes" if r.attachment else ""),
            ("X-MS-TNEF-Correlator", ""),
        ]
    return found


FAKE_PDF: Final = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


def with_attachment(r: Reply, body: Message) -> Message:
    """Wrap the body with a PDF attachment when the sender attached one."""
    if not r.attachment:
        return body
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    pdf = MIMEApplication(FAKE_PDF, "pdf", name=r.attachment)
    pdf.add_header("Content-Disposition", "attachment", filename=r.attachment)
    outer.attach(pdf)
    return outer


def content_headers_last(msg: Message) -> None:
    """Move the MIME headers below the envelope headers, where clients put them."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "MIME-Version" not in msg and "Content-Type" in msg:
        msg["MIME-Version"] = "1.0"


def subparts(part: Message) -> Iterator[Message]:
    """The direct children of a multipart or message/* part."""
    if part.is_multipart():
        payload = part.get_payload()
        if isinstance(payload, list):
            yield from (p for p in payload if isinstance(p, Message))


def strip_inner_versions(part: Message, *, top: bool) -> None:
    """Only the top of a message, or of an enclosed message, carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    for sub in subparts(part):
        strip_inner_versions(sub, top=part.get_content_type() == "message/rfc822")


def boundary_for(key: str, style: str, n: int) -> str:
    """A deterministic boundary shaped like the client's or the server's own."""
    token = b32(key, f"boundary{n}", 26)
    if style in OUTLOOK_FAMILY:
        return f"_00{n}_{token[:20]}_"
    if style == "postfix":
        return f"4Rk2Yq1bFzz9sWQ.{1_800_000_000 + int.from_bytes(digest(key, 'pf')[:3], 'big')}/mx-out.{AR_DOMAIN}"
    if style.startswith("thunderbird"):
        return f"------------{token[:24]}"
    if style == "apple":
        return f"Apple-Mail=_{uuid_like(key, f'b{n}')}"
    prefix = next((v for k, v in BOUNDARY_PREFIX.items() if style.startswith(k)), "----=_Part_")
    if prefix == "000000000000":
        return f"{prefix}{digest(key, f'b{n}').hex()[:16]}"
    return f"{prefix}{token}"


def finalize(msg: Message, key: str, style: str) -> Message:
    """Header order, nested MIME-Version and boundaries, as a real sender leaves them."""
    content_headers_last(msg)
    strip_inner_versions(msg, top=True)
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        part.set_boundary(boundary_for(key, style, n))
    return msg


def build_reply(r: Reply) -> Message:
    """The reply as it arrives in the receivables mailbox."""
    rem = reminder_for(r)
    msg = with_attachment(r, LAYOUTS[r.client](r, rem))
    msg["From"] = mailbox(r.name, r.addr, r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    if r.cc:
        msg["Cc"] = mailbox(*parseaddr(r.cc), r.charset)
    msg["Subject"] = encoded(reply_subject(r, rem), r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r)
    if r.threaded:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    for name, value in [*client_headers(r, rem), *r.headers]:
        msg[name] = value
    return finalize(msg, r.key, r.client)


# --------------------------------------------------------------------------------------------
# Bounces: generated skeletons, hand-written human-readable parts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Dsn:
    """The machine-readable fields of one RFC 3464 delivery-status part."""

    mta: str
    action: Literal["failed", "delayed"]
    diagnostic: str
    remote: str = ""
    per_message: tuple[tuple[str, str], ...] = ()
    retry_days: int = 3


@dataclass(frozen=True, kw_only=True)
class Envelope:
    """How a delivery report is addressed and marked."""

    sender: str
    subject: str
    headers: tuple[tuple[str, str], ...] = ()
    style: str = "bounce"


def reminder_sent(b: Bounce) -> datetime:
    """When the reminder left Pellworth: minutes before a failure, hours before a delay."""
    age = {"hard": timedelta(minutes=3), "soft": timedelta(hours=4)}[b.kind]
    return (b.dt - age).replace(second=0)


def retry_until(b: Bounce, days: int) -> datetime:
    """When a delaying server gives up: ``days`` after the reminder reached it."""
    return reminder_sent(b) + timedelta(days=days)


def bounced_reminder(b: Bounce) -> Reminder:
    """The reminder that bounced."""
    return Reminder(
        lang=b.lang,
        inv=b.inv,
        amount="",
        service="",
        sent=reminder_sent(b),
        to=b.rcpt,
        latin1=False,
    )


def original_reminder(b: Bounce) -> Message:
    """The reminder as Pellworth sent it, for returned messages and returned headers."""
    rem = bounced_reminder(b)
    msg = text_part(rem.text, subtype="plain", charset="utf-8", cte="qp")
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = b.rcpt
    msg["Subject"] = encoded(rem.subject, "utf-8")
    msg["Date"] = format_datetime(rem.sent)
    msg["Message-ID"] = reminder_msgid(b.key)
    content_headers_last(msg)
    return msg


def delivery_status(b: Bounce, dsn: Dsn) -> Message:
    """A message/delivery-status part for one recipient."""
    arrival = format_datetime(reminder_sent(b))
    per_message = [f"Reporting-MTA: dns; {dsn.mta}"]
    per_message += [f"{name}: {value}" for name, value in dsn.per_message]
    per_message.append(f"Arrival-Date: {arrival}")
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
        until = retry_until(b, dsn.retry_days)
        per_recipient.append(f"Will-Retry-Until: {format_datetime(until)}")
    blocks = ["\n".join(per_message) + "\n", "\n".join(per_recipient) + "\n"]
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload([message_from_bytes(block.encode()) for block in blocks])
    return part


def returned_headers(b: Bounce) -> Message:
    """The reminder's header block as a text/rfc822-headers part."""
    lines = [f"{k}: {v}\n" for k, v in original_reminder(b).items()]
    keep = [line for line in lines if not line.startswith("Content-Transfer-Encoding")]
    return text_part("".join(keep), subtype="rfc822-headers", charset="us-ascii", cte="7bit")


def report(*parts: Message) -> Message:
    """A multipart/report of type delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def finish(b: Bounce, msg: Message, env: Envelope) -> Message:
    """Envelope headers of a delivery report."""
    msg["From"] = env.sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encoded(env.subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = parseaddr(env.sender)[1].split("@")[1]
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 22).lower()}@{host}>"
    for name, value in env.headers:
        msg[name] = value
    return finalize(msg, b.key, env.style)


def simple_html(text: str, charset: Charset) -> str:
    """The HTML twin of a server's plain-text notice."""
    return (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>'
        f'<body style="font-family:Segoe UI,Arial,sans-serif;font-size:11pt">{html_paragraphs(text)}</body></html>\n'
    )


def notice_pair(text: str, charset: Charset, cte: Cte) -> Message:
    """A server notice as multipart/alternative (text and HTML)."""
    return alternative(
        text_part(text, subtype="plain", charset=charset, cte=cte),
        text_part(simple_html(text, charset), subtype="html", charset=charset, cte=cte),
    )


AUTO_REPLIED: Final = ("Auto-Submitted", "auto-replied")


def bounce_postfix_hard(b: Bounce) -> Message:
    """Postfix with a site-edited template: RFC 3464 report and the whole message returned."""
    host = b.rcpt.split("@")[1]
    human = (
        "This is the mail system at host mx-out.pellworth-pest.example.\n\n"
        "Your message could not be delivered to one or more recipients.\nA copy of the message is attached below, after the reason for each\nfailed recipient.\n\n"
        "If you need help with this report, forward it to\nit-support@pellworth-pest.example. You can delete your own text from\nthe returned message first.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: host mail.{host}[203.0.113.27]\n"
        f"    said: 550 5.1.1 <{b.rcpt}>: Recipient address\n"
        "    rejected: User unknown in local recipient table (in reply to RCPT TO\n    command)\n"
    )
    dsn = Dsn(
        mta="mx-out.pellworth-pest.example",
        action="failed",
        diagnostic=f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table",
        remote=f"mail.{host}",
        per_message=(
            ("X-Postfix-Queue-ID", "4Rk2Yq1bFzz9sWQ"),
            ("X-Postfix-Sender", f"rfc822; {AR_ADDR}"),
        ),
    )
    msg = report(
        text_part(human, subtype="plain", charset="us-ascii", cte="7bit"),
        delivery_status(b, dsn),
        MIMEMessage(original_reminder(b)),
    )
    env = Envelope(
        sender="MAILER-DAEMON@mx-out.pellworth-pest.example (Mail Delivery System)",
        subject="Undelivered Mail Returned to Sender",
        headers=(AUTO_REPLIED,),
        style="postfix",
    )
    return finish(b, msg, env)


def bounce_qmail_hard(b: Bounce) -> Message:
    """qmail at the recipient's host: non-MIME text with the message copied below."""
    host = b.rcpt.split("@")[1]
    received = reminder_sent(b).strftime("%d %b %Y %H:%M:%S -0000")
    text = (
        f"Hi. This is the qmail-send program at mail.{host}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 28113 invoked from network); {received}\n"
        "Received: from mx-out.pellworth-pest.example (HELO mx-out.pellworth-pest.example) (198.51.100.14)\n"
        f"  by mail.{host} with SMTP; {received}\n"
        f"{original_reminder(b).as_string()}"
    )
    msg = Message()
    msg.set_payload(text)
    env = Envelope(sender=f"MAILER-DAEMON@mail.{host}", subject="failure notice")
    return finish(b, msg, env)


def bounce_sendmail_delay(b: Bounce) -> Message:
    """sendmail's four-hour warning: RFC 3464 report with the returned headers."""
    host = b.rcpt.split("@")[1]
    received = format_datetime(reminder_sent(b))
    human = (
        "    **********************************************\n"
        "    **      THIS IS A WARNING MESSAGE ONLY      **\n"
        "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
        "    **********************************************\n\n"
        f"The original message was received at {received}\n"
        "from mx-out.pellworth-pest.example [198.51.100.14]\n\n"
        "   ----- Transcript of session follows -----\n"
        f"<{b.rcpt}>... Deferred: Connection timed out with mail.{host}.\n"
        "Warning: message still undelivered after 4 hours\n"
        "Will keep trying until message is 5 days old\n"
    )
    dsn = Dsn(
        mta="relay.pellworth-pest.example",
        action="delayed",
        diagnostic="451 4.4.1 Connection timed out",
        remote=f"mail.{host}",
        retry_days=5,
    )
    msg = report(
        text_part(human, subtype="plain", charset="us-ascii", cte="7bit"),
        delivery_status(b, dsn),
        returned_headers(b),
    )
    env = Envelope(
        sender="Mail Delivery Subsystem <MAILER-DAEMON@relay.pellworth-pest.example>",
        subject="Warning: could not send message for past 4 hours",
        headers=(("Auto-Submitted", "auto-generated (warning-timeout)"),),
    )
    return finish(b, msg, env)


def bounce_exchange_de_hard(b: Bounce) -> Message:
    """On-premises Exchange at the recipient, German NDR, base64 text and HTML."""
    user, host = b.rcpt.split("@")
    diag = f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {b.rcpt} not found by SMTP address lookup"
    human = (
        f"Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden.\n\n"
        f"Der Empfänger {user} wurde bei {host} nicht gefunden.\n\n"
        "Aktion erforderlich: Unbekannter Empfänger\n\n"
        "So beheben Sie das Problem\n"
        "Die Adresse ist möglicherweise falsch geschrieben oder existiert nicht mehr. Prüfen Sie die Adresse und senden Sie die Nachricht erneut. Hilft das nicht, fragen Sie beim Empfänger auf anderem Weg, zum Beispiel telefonisch, nach der richtigen Adresse.\n\n"
        "Weitere Informationen für Administratoren\n"
        f"Generierender Server: EXCH01.{host}\n"
        f"Remoteserver hat '{diag}' zurückgegeben."
    )
    msg = report(
        notice_pair(human, "utf-8", "b64"),
        delivery_status(b, Dsn(mta=f"EXCH01.{host}", action="failed", diagnostic=diag)),
        returned_headers(b),
    )
    subject = f"Unzustellbar: {bounced_reminder(b).subject}"
    env = Envelope(
        sender=f"Microsoft Exchange <postmaster@{host}>",
        subject=subject,
        headers=(AUTO_REPLIED, ("X-MS-Exchange-Message-Is-Ndr", "")),
        style="owa",
    )
    return finish(b, msg, env)


def bounce_gateway_de_delay(b: Bounce) -> Message:
    """A security gateway holding the message for analysis, German notice."""
    human = (
        "Dies ist eine automatisch erzeugte Nachricht des E-Mail-Sicherheitsgateways der Schul-IT im Kreis Auental.\n\n"
        f"Ihre Nachricht an\n\n    {b.rcpt}\n\n"
        "wurde vorläufig zurückgehalten und noch nicht zugestellt.\n\n"
        "Grund: Die Absenderdomain ist für diesen Empfänger neu. Die Nachricht wird deshalb zusätzlich geprüft (Absender- und Link-Prüfung). Antwort des Gateways: 451 4.7.1 Message held for inspection, delivery deferred.\n\n"
        "Sie müssen nichts unternehmen. Die Zustellung erfolgt automatisch, sobald die Prüfung abgeschlossen ist, in der Regel innerhalb weniger Stunden. Gelingt sie bis zum "
        f"{retry_until(b, 3):%d.%m.%Y} nicht, erhalten Sie eine weitere Benachrichtigung.\n\n"
        "SecureMail Gateway – Schul-IT Kreis Auental\n"
    )
    dsn = Dsn(
        mta="gw1.schul-it-auental.example",
        action="delayed",
        diagnostic="451 4.7.1 Message held for inspection, delivery deferred",
    )
    msg = report(
        text_part(human, subtype="plain", charset="utf-8", cte="qp"),
        delivery_status(b, dsn),
        returned_headers(b),
    )
    env = Envelope(
        sender="SecureMail Gateway <postmaster@gw1.schul-it-auental.example>",
        subject=f"Zustellung verzögert: {bounced_reminder(b).subject}",
        headers=(("Auto-Submitted", "auto-generated"),),
    )
    return finish(b, msg, env)


def bounce_isp_fr_full(b: Bounce) -> Message:
    """A French ISP's plain Latin-1 notice: mailbox full, will retry; original headers inline."""
    rem = original_reminder(b)
    text = (
        "Bonjour,\n\n"
        "Ceci est un message automatique du service de messagerie. Votre message n'a pas encore pu être remis à son destinataire :\n\n"
        f"    {b.rcpt}\n\n"
        "Motif : la boîte aux lettres du destinataire est pleine (452 4.2.2 Mailbox full).\n\n"
        "Nous tenterons de le remettre à nouveau pendant 5 jours. Vous n'avez rien à faire pour le moment ; si la remise échoue définitivement, vous recevrez un nouvel avis.\n\n"
        "--- En-têtes du message d'origine ---\n"
        f"From: {rem['From']}\nTo: {rem['To']}\nSubject: {latin1_safe(bounced_reminder(b).subject)}\n"
        f"Date: {rem['Date']}\nMessage-ID: {rem['Message-ID']}\n"
    )
    msg = text_part(text, subtype="plain", charset="iso-8859-1", cte="qp")
    env = Envelope(
        sender="Service Messagerie <mailer-daemon@relais.fai-ouest.example>",
        subject="Avis de non-remise temporaire",
        headers=(AUTO_REPLIED,),
    )
    return finish(b, msg, env)


def bounce_exchange_fr_full(b: Bounce) -> Message:
    """Exchange Online at the recipient, French: mailbox full, reported with 5.2.2."""
    host = b.rcpt.split("@")[1]
    diag = "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded"
    server = "PA4PR02MB6630.eurprd02.prod.outlook.example"
    human = (
        f"Votre message n'a pas pu être remis à {b.rcpt}, car la boîte aux lettres du destinataire est pleine.\n\n"
        f"{b.rcpt}\nLa boîte aux lettres de ce destinataire a atteint sa taille maximale et ne peut plus recevoir de messages pour l'instant.\n\n"
        "Comment résoudre le problème ?\n"
        "Renvoyez le message plus tard, ou contactez le destinataire par un autre moyen pour qu'il libère de l'espace dans sa boîte aux lettres.\n\n"
        "Informations de diagnostic pour les administrateurs :\n"
        f"Serveur de génération : {server}\n"
        f"Le serveur distant a renvoyé « {diag} »"
    )
    msg = report(
        notice_pair(human, "utf-8", "qp"),
        delivery_status(b, Dsn(mta=server, action="failed", diagnostic=diag)),
        returned_headers(b),
    )
    env = Envelope(
        sender=f"Microsoft Outlook <postmaster@{host}>",
        subject=f"Non remis : {bounced_reminder(b).subject}",
        headers=(AUTO_REPLIED,),
        style="owa",
    )
    return finish(b, msg, env)


def bounce_gmail_es_hard(b: Bounce) -> Message:
    """Gmail's address-not-found report, Spanish text."""
    lines = [
        "** No se ha encontrado la dirección **",
        f"Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o porque no puede recibir correo.",
        "Más información: https://support.google.com/mail/?p=NoSuchUser",
        "La respuesta fue:",
        "550 5.1.1 The email account that you tried to reach does not exist. gsmtp",
    ]
    text = "\n\n".join(lines) + "\n"
    page = "<html><body>" + "".join(f"<p>{html.escape(x)}</p>" for x in lines) + "</body></html>\n"
    human = alternative(
        text_part(text, subtype="plain", charset="utf-8", cte="qp"),
        text_part(page, subtype="html", charset="utf-8", cte="qp"),
    )
    dsn = Dsn(
        mta="mx.google.com",
        action="failed",
        diagnostic="550-5.1.1 The email account that you tried to reach does not exist.",
        remote="gmail-smtp-in.l.google.com",
    )
    msg = report(human, delivery_status(b, dsn), returned_headers(b))
    env = Envelope(
        sender="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        subject="Delivery Status Notification (Failure)",
        headers=(AUTO_REPLIED, ("X-Failed-Recipients", b.rcpt)),
        style="gmail",
    )
    return finish(b, msg, env)


def bounce_exchange_nl_delay(b: Bounce) -> Message:
    """Exchange Online delay notice in Dutch."""
    server = "AM8PR06MB7712.eurprd06.prod.outlook.example"
    retry = retry_until(b, 2)
    diag = "451 4.4.7 Message delayed; remote server did not respond"
    human = (
        f"Bezorging vertraagd voor deze geadresseerde:\n\n{b.rcpt}\n\n"
        f"Onderwerp: {bounced_reminder(b).subject}\n\n"
        "Dit bericht is nog niet bezorgd. We blijven proberen het te bezorgen. U hoeft niets te doen; als het bericht definitief niet kan worden bezorgd, ontvangt u een nieuwe melding.\n\n"
        "Diagnostische gegevens voor beheerders:\n"
        f"Genererende server: {server}\n"
        f"Bezorging wordt opnieuw geprobeerd tot {retry.day}-{retry.month}-{retry.year} {retry:%H:%M:%S}.\n"
        f"De externe server heeft '{diag}' geretourneerd."
    )
    msg = report(
        notice_pair(human, "utf-8", "qp"),
        delivery_status(b, Dsn(mta=server, action="delayed", diagnostic=diag, retry_days=2)),
        returned_headers(b),
    )
    env = Envelope(
        sender="Microsoft Outlook <MicrosoftExchange4e71b0c2d9a84b1f8c3e2a7d5f6b9c01@pellworth-pest.example>",
        subject=f"Vertraagd: {bounced_reminder(b).subject}",
        headers=(AUTO_REPLIED,),
        style="owa",
    )
    return finish(b, msg, env)


def bounce_exim_nl_hard(b: Bounce) -> Message:
    """A Dutch hosting provider's Exim, localised, non-MIME: the message copied below."""
    host = b.rcpt.split("@")[1]
    text = (
        "Dit bericht is automatisch aangemaakt door de mailserver van uw provider.\n\n"
        "Uw bericht kon niet worden afgeleverd bij een of meer ontvangers. Dit is een\npermanente fout; de server probeert het niet opnieuw.\n\n"
        f"  {b.rcpt}\n    host mx.{host} [192.0.2.61]\n"
        f"    SMTP-fout na RCPT TO:<{b.rcpt}>:\n"
        f"    550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown\n\n"
        "Controleer het adres en verstuur het bericht zo nodig opnieuw.\n\n"
        "------ Hieronder volgt een kopie van het bericht, inclusief alle headers. ------\n\n"
        f"{original_reminder(b).as_string()}"
    )
    msg = Message()
    msg.set_payload(text)
    env = Envelope(
        sender="Mail Delivery System <Mailer-Daemon@smtp02.hostingnl-provider.example>",
        subject=f"Onbestelbaar bericht: {bounced_reminder(b).subject}",
        headers=(AUTO_REPLIED, ("X-Failed-Recipients", b.rcpt)),
    )
    return finish(b, msg, env)


def bounce_provider_it_disabled(b: Bounce) -> Message:
    """An Italian provider's report: the mailbox has been disabled."""
    human = (
        "Questo è un messaggio automatico del sistema di posta.\n\n"
        f"Non è stato possibile recapitare il messaggio al seguente destinatario:\n\n    {b.rcpt}\n\n"
        "Motivo: la casella del destinatario è stata disattivata e non accetta più messaggi (550 5.2.1 mailbox disabled).\n\n"
        "Si tratta di un errore permanente: non verranno effettuati altri tentativi. Verifichi l'indirizzo oppure contatti il destinatario in altro modo.\n\n"
        "In allegato trova le intestazioni del messaggio originale.\n"
    )
    dsn = Dsn(
        mta="mx.postaweb-italia.example",
        action="failed",
        diagnostic="550 5.2.1 mailbox disabled",
        remote="mx.postaweb-italia.example",
    )
    msg = report(
        text_part(human, subtype="plain", charset="iso-8859-1", cte="qp"),
        delivery_status(b, dsn),
        returned_headers(b),
    )
    env = Envelope(
        sender="Sistema di consegna <mailer-daemon@mx.postaweb-italia.example>",
        subject="Notifica di mancato recapito",
        headers=(AUTO_REPLIED,),
    )
    return finish(b, msg, env)


def bounce_exim_it_delay(b: Bounce) -> Message:
    """An Italian relay's Exim delay warning, localised, plain text."""
    host = b.rcpt.split("@")[1]
    rem = bounced_reminder(b)
    text = (
        "Questo messaggio è stato generato automaticamente dal software di consegna della posta.\n\n"
        "Un messaggio che hai inviato non è ancora stato consegnato a uno o più destinatari\n"
        "dopo più di 4 ore di permanenza in coda su relay.hostingitalia-srv.example.\n\n"
        "Identificativo del messaggio:  1xD4kP-0007Qm-2V\n"
        f"Oggetto del messaggio:         {rem.subject}\n"
        f"Data del messaggio:            {format_datetime(rem.sent)}\n\n"
        "Indirizzo non ancora raggiunto:\n\n"
        f"  {b.rcpt}\n    host mx.{host} [198.51.100.77]\n"
        "    Motivo del ritardo: connessione scaduta (421 4.4.1 Connection timed out)\n\n"
        "Non devi fare nulla. I tentativi di consegna continueranno per qualche giorno e\n"
        "questo avviso potrebbe ripetersi. Se il messaggio non verrà consegnato, ti sarà\nrestituito.\n"
    )
    msg = text_part(text, subtype="plain", charset="utf-8", cte="qp")
    env = Envelope(
        sender="Mail Delivery System <Mailer-Daemon@relay.hostingitalia-srv.example>",
        subject="Avviso: messaggio 1xD4kP-0007Qm-2V in ritardo di 4 ore",
        headers=(AUTO_REPLIED,),
    )
    return finish(b, msg, env)


# --------------------------------------------------------------------------------------------
# The hand-written replies
# --------------------------------------------------------------------------------------------

XARS: Final = ("X-Auto-Response-Suppress", "All")
AUTO_GENERATED: Final = ("Auto-Submitted", "auto-generated")

PAYMENT_SENT: Final[tuple[Reply, ...]] = (
    Reply(
        key="ps-en-paid-one-word",
        intent="payment_sent",
        lang="en",
        name="Gary Fenwick",
        addr="gary@mallardarms.example",
        when="2027-02-15 21:07 +0000",
        client="iphone",
        inv="PPC-40388-C",
        body="Paid.",
        facts=Facts(note="one word; no date, amount or reference"),
    ),
    Reply(
        key="ps-en-xero-remittance",
        intent="payment_sent",
        lang="en",
        name="Castlegate Hotel Ltd",
        addr="messaging-service@post.xero.example",
        when="2027-02-12 06:03 +0000",
        client="notice_html",
        inv="PPC-40217-Q",
        subject="Remittance advice from Castlegate Hotel Ltd",
        threaded=False,
        headers=(AUTO_GENERATED, ("Reply-To", "accounts@castlegatehotel.example")),
        body="Castlegate Hotel Ltd has sent you a remittance advice.\n\nPayment date: 12 Feb 2027\nReference: CGH-BACS-0212\nAmount paid: 972.00 GBP\n\nInvoice        Description                           Paid\nPPC-39904-Q    Quarterly contract, Oct–Dec 2026    486.00\nPPC-40217-Q    Quarterly contract, Jan–Mar 2027    486.00\n\nTotal paid: 972.00 GBP\n\nThis remittance advice was created in Xero by Castlegate Hotel Ltd. If you have a question about this payment, reply to this email or contact Castlegate Hotel Ltd at accounts@castlegatehotel.example.",
        facts=Facts(
            paid="2027-02-12",
            ref="CGH-BACS-0212",
            amount="972.00",
            currency="GBP",
            refs=("PPC-39904-Q", "PPC-40217-Q"),
            note="AP-system remittance advice with Auto-Submitted: auto-generated, outside the reminder thread; the amount covers both invoices",
        ),
    ),
    Reply(
        key="ps-en-done",
        intent="payment_sent",
        lang="en",
        name="Lower Brook Farm",
        addr="lowerbrookfarm@gmail.com",
        when="2027-02-24 13:18 +0000",
        client="gmail",
        inv="PPC-40455-C",
        service="Call-out 12/01/2027 – rat treatment, grain store",
        body="done",
        facts=Facts(
            note="lower-case one-word answer to an overdue reminder read as 'paid'; no date"
        ),
    ),
    Reply(
        key="ps-de-erledigt-gestern",
        intent="payment_sent",
        lang="de",
        name="Ralf Hufnagel",
        addr="r.hufnagel@baeckerei-hufnagel.example",
        when="2027-02-10 05:48 +0100",
        client="outlook_android",
        inv="PPC-40236-Q",
        body="Erledigt – ist gestern raus.\n\nGruß\nRalf Hufnagel\nBäckerei Hufnagel, Fürth",
        facts=Facts(
            paid="2027-02-09", note="'ist gestern raus' = the transfer left yesterday, Tue 9 Feb"
        ),
    ),
    Reply(
        key="ps-de-zahlungsavis",
        intent="payment_sent",
        lang="de",
        name="Hotel Am Schlossgarten Kreditorenbuchhaltung",
        addr="zahlungsavis@hotel-schlossgarten.example",
        when="2027-02-17 18:30 +0100",
        client="notice",
        charset="iso-8859-1",
        inv="PPC-40231-Q",
        subject="Zahlungsavis 2027-000318 - Pellworth Pest Control",
        threaded=False,
        headers=(AUTO_GENERATED,),
        body="Zahlungsavis Nr. 2027-000318\n\nSehr geehrte Damen und Herren,\n\nwir haben heute folgende Zahlung an Sie angewiesen:\n\nZahlungsdatum:    17.02.2027\nZahlweg:          SEPA-Überweisung\nVerwendungszweck: ZA 2027-000318 PPC-40231-Q PPC-40502-C\n\nBeleg-Nr.       Belegdatum   Betrag EUR   Skonto   Zahlbetrag\nPPC-40231-Q     04.01.2027       512,00     0,00       512,00\nPPC-40502-C     27.01.2027       185,00     0,00       185,00\n                                                   ----------\nSumme                                                  697,00\n\nDieses Avis wurde maschinell erstellt und ist ohne Unterschrift gültig. Bei Rückfragen wenden Sie sich bitte an kreditoren@hotel-schlossgarten.example.\n\nHotel Am Schlossgarten GmbH · Kreditorenbuchhaltung",
        facts=Facts(
            paid="2027-02-17",
            ref="2027-000318",
            amount="697.00",
            currency="EUR",
            refs=("PPC-40231-Q", "PPC-40502-C"),
            note="machine payment advice (Zahlungsavis) with Auto-Submitted: auto-generated; the advice number is the payment reference",
        ),
    ),
    Reply(
        key="ps-fr-sans-accents",
        intent="payment_sent",
        lang="fr",
        name="Margot Lefèvre",
        addr="margot@chezmargot-annecy.example",
        when="2027-02-19 11:20 +0100",
        client="gmail",
        inv="PPC-40507-Q",
        body="Bonjour,\n\nle virement de 512 euros est parti ce matin, ref VIR-CHEZMARGOT-0219. Desolee pour le retard, on a change de banque en janvier et tout a ete bloque pendant trois semaines, les prelevements comme les virements...\n\nBonne journee\nMargot\nChez Margot – Annecy",
        facts=Facts(
            paid="2027-02-19",
            ref="VIR-CHEZMARGOT-0219",
            amount="512.00",
            currency="EUR",
            note="typed without accents; 'ce matin' is the message date",
        ),
    ),
    Reply(
        key="ps-fr-cheque-lundi",
        intent="payment_sent",
        lang="fr",
        name="Bernard Rouvière",
        addr="b.rouviere@wanadoo-perso.example",
        when="2027-02-25 16:40 +0100",
        client="thunderbird",
        charset="iso-8859-1",
        cte="8bit",
        inv="PPC-40561-C",
        service="Intervention du 14/01/2027 – dératisation cave, 8 rue Lamartine",
        body="Madame, Monsieur,\n\nJe vous ai adressé lundi par la poste un chèque de 185 euros (chèque n° 3312047, Crédit Agricole) en règlement de la facture PPC-40561-C, pour l'intervention dans la cave de l'immeuble du 8 rue Lamartine.\n\nIl devrait vous parvenir d'ici la fin de la semaine.\n\nVeuillez agréer, Madame, Monsieur, mes salutations distinguées.\n\nB. Rouvière",
        facts=Facts(
            paid="2027-02-22",
            ref="3312047",
            amount="185.00",
            currency="EUR",
            refs=("PPC-40561-C",),
            note="landlord; a cheque already posted is a payment sent; 'lundi' before Thu 25 Feb = 22 Feb",
        ),
    ),
    Reply(
        key="ps-es-justificante",
        intent="payment_sent",
        lang="es",
        name="Rocío Valverde",
        addr="administracion@panaderialaespiga.example",
        when="2027-02-23 10:12 +0100",
        client="outlook_html",
        inv="PPC-40219-Q",
        attachment="Justificante_transferencia_PPC-40219-Q.pdf",
        body="Buenos días:\n\nLes informamos de que hoy hemos ordenado la transferencia de 512,00 € correspondiente a la factura PPC-40219-Q. Adjuntamos el justificante.\n\nLes rogamos que en adelante nos envíen también las facturas en papel, porque la gestoría las necesita para el cierre trimestral.\n\nUn saludo,\n\nRocío Valverde\nAdministración\nPanadería La Espiga, S.L.\nC/ Mayor, 14 · Alcalá de Henares",
        facts=Facts(
            paid="2027-02-23",
            amount="512.00",
            currency="EUR",
            refs=("PPC-40219-Q",),
            note="transfer ordered today with the proof attached; the request for paper invoices is secondary",
        ),
    ),
    Reply(
        key="ps-es-inquilina",
        intent="payment_sent",
        lang="es",
        name="Yaiza Betancort",
        addr="yaiza.betancort@gmail.com",
        when="2027-03-01 09:40 +0000",
        client="samsung",
        inv="PPC-40598-C",
        service="Servicio urgente del 25/01/2027 – desinsectación (cucarachas), c/ Triana 22, 3.º B",
        body="Hola buenas, soy la inquilina del piso de la calle Triana 22, 3ºB. El casero (el Sr. Quintana) me dijo que pagara yo la factura de lo de las cucarachas y que luego me lo descuenta del alquiler. La transferencia la hice el viernes desde mi cuenta, a nombre de Yaiza Betancort, por si no la encuentran.\n\nUn saludo",
        facts=Facts(
            paid="2027-02-26",
            note="tenant paying for the landlord; Canary Islands time (+0000); 'el viernes' before Mon 1 Mar = 26 Feb",
        ),
    ),
    Reply(
        key="ps-nl-samen-betaald",
        intent="payment_sent",
        lang="nl",
        name="Anouk Verbeek",
        addr="administratie@hoteldekroon-zwolle.example",
        when="2027-02-11 14:05 +0100",
        client="outlook",
        charset="windows-1252",
        inv="PPC-40233-Q",
        body="Goedemiddag,\n\nDeze factuur is op 9 februari voldaan, samen met PPC-40590-C. Wij hebben één bedrag van € 697,00 overgemaakt onder vermelding van ons kenmerk DK-2027-0142. Mogelijk is de betaling bij u op één factuur geboekt?\n\nMet vriendelijke groet,\n\nAnouk Verbeek\nFinanciële administratie\nHotel De Kroon | Zwolle",
        facts=Facts(
            paid="2027-02-09",
            ref="DK-2027-0142",
            amount="697.00",
            currency="EUR",
            refs=("PPC-40590-C",),
            note="'deze factuur' (the reminded one) is not written as a number, so only PPC-40590-C is listed; the amount covers both invoices",
        ),
    ),
    Reply(
        key="ps-nl-lammertijd",
        intent="payment_sent",
        lang="nl",
        name="Gerrit Bosma",
        addr="g.bosma@hoevezonneweide.example",
        when="2027-02-11 07:05 +0100",
        client="iphone",
        inv="PPC-40569-Q",
        service="Onderhoudscontract knaagdierbestrijding stallen en voeropslag, 1e kwartaal 2027",
        body="Morgen,\n\nGisteravond via de app overgemaakt. Sorry, het is hier lammertijd en de post blijft liggen.\n\nGr Gerrit",
        facts=Facts(
            paid="2027-02-10",
            note="'Morgen,' is a greeting, not 'tomorrow'; 'gisteravond' = 10 Feb",
        ),
    ),
    Reply(
        key="ps-it-disposto-oggi",
        intent="payment_sent",
        lang="it",
        name="Elena Rota",
        addr="amministrazione@panificiorota.example",
        when="2027-02-22 12:31 +0100",
        client="outlook_html",
        inv="PPC-40611-C",
        body="Buongiorno,\n\nvi confermo che in data odierna abbiamo disposto il bonifico di € 185,00 a saldo della fattura PPC-40611-C, con data valuta 24/02/2027.\nTRN 1201270222004471\n\nCordiali saluti\n\nElena Rota\nPanificio F.lli Rota s.n.c.\nVia Borgo Palazzo 61 – Bergamo",
        facts=Facts(
            paid="2027-02-22",
            ref="1201270222004471",
            amount="185.00",
            currency="EUR",
            refs=("PPC-40611-C",),
            note="'disposto in data odierna' = sent on the message date; the later value date is when it lands",
        ),
    ),
)

PROMISE_TO_PAY: Final[tuple[Reply, ...]] = (
    Reply(
        key="ptp-en-sage-friday",
        intent="promise_to_pay",
        lang="en",
        name="Lucy Marsh",
        addr="accounts@kestrellettings.example",
        when="2027-02-10 15:22 +0000",
        client="outlook_html",
        inv="PPC-40307-Q",
        service="Quarterly pest control contract, managed properties (14 sites), Jan–Mar 2027",
        body="Hi,\n\nThanks for the reminder. This one had been sitting in approvals – it's now signed off in Sage and will go out in our BACS run this coming Friday.\n\nKind regards,\n\nLucy Marsh\nAccounts Assistant\nKestrel Lettings & Property Management\n\nThis email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please tell the sender and delete it. Kestrel Lettings Ltd is registered in England and Wales. We will never change our bank details by email.",
        facts=Facts(
            promised="2027-02-12",
            note="'signed off' is past tense but the payment is future; 'this coming Friday' after Wed 10 Feb",
        ),
    ),
    Reply(
        key="ptp-en-ooo-subject",
        intent="promise_to_pay",
        lang="en",
        name="Sarah Penrose",
        addr="s.penrose@staldrics.example",
        when="2027-02-22 07:51 +0000",
        client="iphone",
        inv="PPC-40291-Q",
        subject="Out of office til Wed – {rsub}",
        body="Hello, I'm out of school until Wednesday (Ofsted), only just seen this on my phone. I'll process it on Thursday once I'm back at my desk and can get into the finance system.\n\nSarah Penrose\nSchool Business Manager\nSt Aldric's C of E Primary",
        facts=Facts(
            promised="2027-02-25",
            note="written by a person: the subject says out of office, the body promises a day; 'Thursday' after Mon 22 Feb",
        ),
    ),
    Reply(
        key="ptp-en-tenant-pays",
        intent="promise_to_pay",
        lang="en",
        name="Derek Ashby",
        addr="derekashby61@gmail.com",
        when="2027-02-17 20:14 +0000",
        client="gmail_plain",
        inv="PPC-40319-C",
        service="Call-out 13/01/2027 – mice, 2 Hawthorn Terrace (Flat 2)",
        body="Hello\n\nYes I know it's overdue. The rent from the tenant in Flat 2 comes in on the 1st. I'll pay you when the tenant pays, same day. Can't do it before then I'm afraid.\n\nDerek Ashby",
        facts=Facts(
            promised="2027-03-01",
            note="landlord; 'when the tenant pays', and the rent comes in on the 1st: 1 Mar",
        ),
    ),
    Reply(
        key="ptp-de-nach-karneval",
        intent="promise_to_pay",
        lang="de",
        name="Heinz Lövenich",
        addr="hl@brauhaus-zumkranz.example",
        when="2027-02-08 22:47 +0100",
        client="iphone",
        inv="PPC-40412-Q",
        body="Hallo zusammen,\n\nhier ist gerade Rosenmontag, da geht gar nix. Nach Karneval, also ab Mittwoch, sitz ich wieder im Büro und überweis das als Erstes.\n\nAlaaf und Gruß\nHeinz Lövenich\nBrauhaus Zum Kranz, Köln",
        facts=Facts(
            promised="2027-02-10",
            note="'nach Karneval, also ab Mittwoch' written on Rosenmontag: Ash Wednesday, 10 Feb",
        ),
    ),
    Reply(
        key="ptp-de-kw9",
        intent="promise_to_pay",
        lang="de",
        name="Hausverwaltung Kern & Sohn",
        addr="buchhaltung@hv-kern.example",
        when="2027-02-16 11:03 +0100",
        client="outlook",
        charset="iso-8859-1",
        inv="PPC-40420-Q",
        service="Taubenabwehr und Schädlingsmonitoring, Objekt Lindenstraße 4, 1. Quartal 2027",
        body="Sehr geehrte Damen und Herren,\n\ndie Rechnung wurde vom Eigentümer freigegeben und ist für unseren Zahllauf in KW 9 eingeplant.\n\nMit freundlichen Grüßen\n\ni. A. Petra Wenzel\nHausverwaltung Kern & Sohn GmbH\nBuchhaltung",
        facts=Facts(
            promised="2027-03-01",
            note="'KW 9' = ISO week 9 of 2027 (1–7 Mar); a week resolves to its Monday",
        ),
    ),
    Reply(
        key="ptp-de-stadtkasse",
        intent="promise_to_pay",
        lang="de",
        name="Sekretariat Gymnasium am Stadtpark",
        addr="sekretariat@gym-stadtpark.example",
        when="2027-02-26 09:15 +0100",
        client="owa",
        inv="PPC-40437-Q",
        body="Guten Tag,\n\nnein, bezahlt ist die Rechnung noch nicht – das liegt aber nicht an uns. Rechnungen der Schule laufen über das Schulverwaltungsamt, und die Stadtkasse zahlt gesammelt zum 15.03.\n\nBis dahin bitten wir noch um etwas Geduld.\n\nMit freundlichen Grüßen\nB. Schwarzer\nSekretariat",
        facts=Facts(
            promised="2027-03-15",
            note="a negation ('noch nicht bezahlt') followed by a fixed payment date: promise, not dispute or plan",
        ),
    ),
    Reply(
        key="ptp-fr-fin-du-mois",
        intent="promise_to_pay",
        lang="fr",
        name="Claire Dumoulin",
        addr="compta@hoteldesremparts.example",
        when="2027-02-10 17:02 +0100",
        client="apple",
        inv="PPC-40516-Q",
        body="Bonjour,\n\nNous réglerons cette facture en fin de mois, avec nos autres fournisseurs.\n\nBonne soirée,\n\nClaire Dumoulin\nHôtel des Remparts – Carcassonne",
        facts=Facts(
            promised="2027-02-28",
            note="'en fin de mois' → last day of February (a Sunday; the calendar date is kept)",
        ),
    ),
    Reply(
        key="ptp-es-semana-que-viene",
        intent="promise_to_pay",
        lang="es",
        name="Mercedes Olmedo",
        addr="administracion@colegiosangregorio.example",
        when="2027-02-18 12:44 +0100",
        client="outlook_html",
        charset="windows-1252",
        inv="PPC-40548-Q",
        body="Buenos días:\n\nDisculpen el retraso. Les confirmo que la factura se abonará la semana que viene, junto con el resto de proveedores del trimestre.\n\nAtentamente,\n\nMercedes Olmedo\nAdministración\nColegio San Gregorio – Valladolid",
        facts=Facts(promised="2027-02-22", note="'la semana que viene' → Monday of next week"),
    ),
    Reply(
        key="ptp-es-tres-semanas",
        intent="promise_to_pay",
        lang="es",
        name="Julián Pedraza",
        addr="julian@granjalosrobles.example",
        when="2027-02-15 19:30 +0100",
        client="gmail",
        inv="PPC-40553-Q",
        service="Contrato trimestral de control de roedores en naves avícolas, 1.er trimestre 2027",
        body="Buenas tardes,\n\nahora mismo no puedo, los pollos se han vendido a la baja y hasta que no cobre de la cooperativa voy muy justo. En tres semanas me pagan y les hago la transferencia entera, sin falta.\n\nUn saludo,\nJulián Pedraza\nGranja Los Robles",
        facts=Facts(
            promised="2027-03-08",
            note="the whole amount on one date, three weeks after Mon 15 Feb: promise, not plan, despite the hardship",
        ),
    ),
    Reply(
        key="ptp-nl-volgende-week-vrijdag",
        intent="promise_to_pay",
        lang="nl",
        name="Sanne de Wit",
        addr="sanne@degoudenkarper.example",
        when="2027-02-09 16:18 +0100",
        client="gmail",
        inv="PPC-40583-Q",
        body="Hoi,\n\nKlopt, die is blijven liggen. Ik maak hem volgende week vrijdag over, dan is de omzet van de voorjaarsvakantie binnen.\n\nGroetjes,\nSanne\nRestaurant De Gouden Karper",
        facts=Facts(
            promised="2027-02-19",
            note="'volgende week vrijdag' on Tue 9 Feb = Friday of next week, 19 Feb, not this Friday",
        ),
    ),
    Reply(
        key="ptp-it-10-marzo",
        intent="promise_to_pay",
        lang="it",
        name="Hotel Villa Serena – Amministrazione",
        addr="amministrazione@villaserena-stresa.example",
        when="2027-02-12 10:07 +0100",
        client="outlook",
        charset="windows-1252",
        inv="PPC-40617-Q",
        body="Spett.le Pellworth,\n\nin riferimento al Vs. sollecito, Vi comunichiamo che provvederemo al saldo entro il 10 marzo p.v.\n\nDistinti saluti\n\nUfficio Amministrazione\nHotel Villa Serena ****\nStresa (VB)\n\nAi sensi del Regolamento UE 2016/679 (GDPR), le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario. Se avete ricevuto questa e-mail per errore, vi preghiamo di cancellarla e di darcene comunicazione. Grazie.",
        facts=Facts(promised="2027-03-10"),
    ),
    Reply(
        key="ptp-it-gia-programmato",
        intent="promise_to_pay",
        lang="it",
        name="Lorenzo Bianchi",
        addr="info@agriturismoilpoggio.example",
        when="2027-03-02 21:10 +0100",
        client="iphone",
        inv="PPC-40629-Q",
        body="Buonasera, il bonifico l'ho gia programmato per venerdi, non si preoccupi. Mi scusi ma a febbraio eravamo chiusi e non ho guardato la posta.\n\nLorenzo\nAgriturismo Il Poggio",
        facts=Facts(
            promised="2027-03-05",
            note="'l'ho già programmato' is past tense for a transfer scheduled for Friday 5 Mar; typed without accents",
        ),
    ),
)

DISPUTE: Final[tuple[Reply, ...]] = (
    Reply(
        key="d-en-never-turned-up",
        intent="dispute",
        lang="en",
        name="Jo Whitlock",
        addr="jo@brindleandrye.example",
        when="2027-02-10 08:55 +0000",
        client="gmail",
        inv="PPC-40472-C",
        service="Call-out 14/01/2027 – rodent treatment",
        body="We have NOT paid this because your technician never turned up. We were told Thursday 14th January between 8 and 12, I had someone waiting in all morning and nobody came and nobody rang. So no, I'm not paying a call-out charge for a call-out that didn't happen.\n\nPlease cancel PPC-40472-C and stop chasing us for it.\n\nJo Whitlock\nBrindle & Rye Bakery",
        facts=Facts(
            refs=("PPC-40472-C",),
            note="negated payment with the reason: service not done; 'stop chasing us for it' asks to cancel the invoice, not to stop e-mail",
        ),
    ),
    Reply(
        key="d-en-after-inspection",
        intent="dispute",
        lang="en",
        name="Dev Raman",
        addr="dev@saffronhouse-kitchen.example",
        when="2027-02-15 15:40 +0000",
        client="iphone",
        inv="PPC-40491-C",
        service="Call-out 21/01/2027 – follow-up rodent treatment, dry store",
        body="Your guy has been out twice since Christmas and we've STILL got droppings in the dry store every morning. The EHO re-inspection is on the 24th. If we pass, I'll pay. If we don't, I'm not paying for treatments that didn't work, simple as that.\n\nUntil after the inspection this invoice is on hold.\n\nDev",
        facts=Facts(
            note="payment withheld until a re-inspection shows the treatment worked: the service is contested; 'after the inspection' is a condition, not a promised date",
        ),
    ),
    Reply(
        key="d-en-billed-twice",
        intent="dispute",
        lang="en",
        name="Helen Carver",
        addr="helen.carver@northgatepm.example",
        when="2027-02-18 11:30 +0000",
        client="outlook_html",
        charset="windows-1252",
        inv="PPC-40263-Q",
        service="Quarterly pest control contract, 18–24 Wellgate, Jan–Mar 2027",
        body="Good morning,\n\nPPC-40263-Q and PPC-40198-Q are for the same quarter (Jan–Mar) at the same block, 18–24 Wellgate. You've billed us twice. We paid 40198 on 2 February, so please cancel 40263 and send us a credit note.\n\nRegards,\n\nHelen Carver\nProperty Manager | Northgate Property Management\nT 01904 000 218\n\nNorthgate Property Management Ltd. Registered office: 3 Minster Yard. This message is intended for the addressee only. If you are not the addressee, please delete it and let us know.",
        facts=Facts(
            refs=("PPC-40198-Q", "PPC-40263-Q"),
            note="duplicate billing; the payment mentioned is of the other invoice; '40198' and '40263' are short forms",
        ),
    ),
    Reply(
        key="d-de-koederstationen-inline",
        intent="dispute",
        lang="de",
        name="Tobias Ehrlich",
        addr="t.ehrlich@landhotel-ehrlich.example",
        when="2027-02-12 14:20 +0100",
        client="thunderbird_inline",
        inv="PPC-40244-Q",
        amount="612,00 €",
        service="Wartungsvertrag Schädlingsmonitoring, 24 Köderstationen, 1. Quartal 2027",
        body="Hallo,\n\n[[2]]\n\nDas stimmt so nicht. Bei uns stehen 16 Köderstationen, nicht 24 – das hat Ihr Techniker bei der Begehung im Dezember selbst gezählt, es steht auch so im Prüfbericht. Bitte korrigieren Sie die Rechnung auf 16 Stationen, vorher geben wir sie nicht frei.\n\n[[3]]\n\nSiehe oben.\n\nGruß\nTobias Ehrlich\nLandhotel Ehrlich",
        facts=Facts(
            note="quantity contested; the corrected invoice it asks for is secondary; answered inline under the quoted invoice lines",
        ),
    ),
    Reply(
        key="d-fr-avoir",
        intent="dispute",
        lang="fr",
        name="Nathalie Girard",
        addr="comptabilite@gestimmo-rhone.example",
        when="2027-02-16 10:48 +0100",
        client="outlook_html_only",
        inv="PPC-40529-C",
        service="Intervention du 12/01/2027 – désinsectisation, 12 rue Vaubecour",
        body="Bonjour,\n\nCette facture a été annulée par votre avoir n° AV-2027-0031 du 20 janvier, puisque l'intervention prévue au 12 rue Vaubecour n'a finalement pas eu lieu (le locataire avait déjà fait traiter l'appartement). Nous n'avons donc rien à régler.\n\nMerci de mettre votre relance à jour.\n\nCordialement,\n\nNathalie Girard\nService comptable – Gestimmo Rhône\nAdministration de biens · Gestion locative",
        facts=Facts(note="already credited by a credit note; HTML-only message"),
    ),
    Reply(
        key="d-fr-pas-nous",
        intent="dispute",
        lang="fr",
        name="Léa Marchand",
        addr="contact@lefournildelea.example",
        when="2027-03-03 07:12 +0100",
        client="iphone",
        inv="PPC-40688-C",
        amount="640,00 €",
        service="Pose de pics anti-pigeons, façade du 14 rue des Carmes",
        body="Bonjour,\n\nNous n'avons jamais commandé de pose de pics anti-pigeons. La boulangerie est bien au 14 rue des Carmes mais la façade appartient à la copropriété, c'est sûrement le syndic qui a fait la demande. Ce n'est pas à nous de payer cette facture.\n\nLéa Marchand\nLe Fournil de Léa",
        facts=Facts(
            note="not their order: liability contested; the syndic is named without an address, so no new contact"
        ),
    ),
    Reply(
        key="d-es-tejas-rotas",
        intent="dispute",
        lang="es",
        name="Andrés Pons",
        addr="direccion@miradordelpuerto.example",
        when="2027-02-24 13:05 +0100",
        client="gmail",
        inv="PPC-40640-C",
        amount="1.240,00 €",
        service="Instalación de red antipalomas, patio interior",
        body="Buenas tardes:\n\nCon respecto a la factura de la red antipalomas: al instalarla, sus operarios rompieron varias tejas del alero y doblaron el canalón del patio interior. Se lo comunicamos al técnico el mismo día y nos dijo que alguien pasaría a revisarlo, pero nadie ha venido.\n\nHasta que no se repare el daño no vamos a abonar la factura.\n\nAtentamente,\nAndrés Pons\nDirector\nHotel Mirador del Puerto",
        facts=Facts(note="damage caused during the work; payment withheld until it is repaired"),
    ),
    Reply(
        key="d-es-precio-contrato",
        intent="dispute",
        lang="es",
        name="Francisco Ruiz",
        addr="fincas@afruiz.example",
        when="2027-03-04 09:30 +0100",
        client="outlook",
        charset="iso-8859-1",
        inv="PPC-40372-Q",
        service="Contrato trimestral de control de plagas, c/ Goya 31, 1.er trimestre 2027",
        body="Buenos días:\n\nEl contrato firmado con la comunidad de propietarios de la c/ Goya 31 es de 390,00 EUR + IVA por trimestre (471,90 EUR con IVA). Ustedes facturan 512,00 EUR. No sabemos de dónde sale la diferencia; nadie nos ha comunicado ninguna subida de tarifa.\n\nLes rogamos que emitan una factura rectificativa por el importe correcto y la abonaremos en el plazo habitual.\n\nUn cordial saludo,\n\nFrancisco Ruiz\nAdministrador de fincas colegiado",
        facts=Facts(
            note="price contested against the contract; paying the corrected amount is conditional, not a promise",
        ),
    ),
    Reply(
        key="d-nl-dubbel",
        intent="dispute",
        lang="nl",
        name="Mark Jansen",
        addr="facturen@amstelstaete.example",
        when="2027-02-22 10:10 +0100",
        client="owa",
        inv="PPC-40602-C",
        service="Bezoek 15-01-2027 – rattenbestrijding binnenplaats, Jacob van Lennepkade 112",
        body="Goedemorgen,\n\nHet bezoek van 15 januari aan de Jacob van Lennepkade 112 is al gefactureerd onder PPC-40577-C, en die factuur hebben wij op 28 januari betaald. PPC-40602-C is voor precies hetzelfde bezoek. Wilt u deze factuur crediteren?\n\nMet vriendelijke groet,\n\nMark Jansen\nVastgoedbeheer Amstelstaete B.V.",
        facts=Facts(
            refs=("PPC-40577-C", "PPC-40602-C"),
            note="duplicate billing; the payment mentioned is of the first invoice",
        ),
    ),
    Reply(
        key="d-nl-spoedrit-niet",
        intent="dispute",
        lang="nl",
        name="Bas Hermans",
        addr="bas@bakkerijhermans.example",
        when="2027-02-26 17:45 +0100",
        client="gmail",
        inv="PPC-40655-C",
        body="Hallo,\n\nHet kwartaalcontract hebben we gisteren betaald. Deze spoedrit van € 185 betalen we niet: die was alleen nodig omdat jullie monteur in december de lokdozen in het magazijn niet had bijgevuld. Dat is jullie fout, niet de onze.\n\nBas Hermans\nBakkerij Hermans, Eindhoven",
        facts=Facts(
            note="paid the contract invoice, contests this call-out: the dispute wins for the disputed invoice; no paid_date",
        ),
    ),
    Reply(
        key="d-it-mai-eseguito",
        intent="dispute",
        lang="it",
        name="Nino Esposito",
        addr="info@trattoriadanino.example",
        when="2027-02-09 15:35 +0100",
        client="outlook_android",
        inv="PPC-40519-C",
        service="Trattamento contro blatte, cucina – gennaio 2027",
        body="Buongiorno,\nil trattamento contro le blatte previsto per gennaio non è mai stato fatto: il vostro tecnico non si è presentato né il 18 né il 25 e nessuno ci ha avvisato. Non paghiamo un intervento che non c'è stato.\nSe volete fissiamo una nuova data, e quando il lavoro è fatto paghiamo.\n\nNino Esposito\nTrattoria Da Nino – Napoli",
        facts=Facts(note="service not done; paying once it is done is conditional, not a promise"),
    ),
    Reply(
        key="d-it-intestataria-sbagliata",
        intent="dispute",
        lang="it",
        name="Rag. Paola Ferri",
        addr="studio@ferri-condomini.example",
        when="2027-03-01 11:55 +0100",
        client="outlook_html",
        inv="PPC-40633-C",
        service="Disinfestazione cantine, via Mazzini 12 – 20/01/2027",
        body="Buongiorno,\n\nla fattura PPC-40633-C è intestata al nostro studio, ma la disinfestazione delle cantine è stata richiesta dal Condominio di via Mazzini 12, che ha un proprio codice fiscale e deve pagarla. Lo studio non pagherà questa fattura: va annullata e riemessa a nome del condominio.\n\nCordiali saluti\n\nRag. Paola Ferri\nStudio Ferri – Amministrazioni Condominiali\nVerona",
        facts=Facts(
            refs=("PPC-40633-C",),
            note="billed to the wrong party: liability contested, so dispute rather than invoice_request",
        ),
    ),
)

PAYMENT_PLAN: Final[tuple[Reply, ...]] = (
    Reply(
        key="pp-en-rambling-farm",
        intent="payment_plan",
        lang="en",
        name="Tom Penhallow",
        addr="tom.penhallow@penhallowfarm.example",
        when="2027-02-19 22:38 +0000",
        client="thunderbird",
        inv="PPC-40268-Q",
        service="Quarterly rodent control contract – farm buildings, Jan–Mar 2027",
        body="Hello,\n\nSorry I haven't got back to you sooner, it has been a nightmare of a winter here. We've had the avian flu housing order on since November so the birds have all been shut in and the vet has been out more times than I can count, then the roof went on the big shed in the January storm and I'm still arguing with the insurers over that. My wife has been doing the paperwork since my dad went into hospital and she only found your letters last week in a pile on the dresser.\n\nYour lad who does the bait boxes is a good worker by the way, no complaints there, the rats are well down on last year and the grain store is clear.\n\nAnyway the long and short of it is that money is very tight until the lambs go in April. Would you let me pay it off at £100 a month? I can set up a standing order from the 1st of March. If that's no good let me know and we'll work something out.\n\nRegards\nTom Penhallow\nPenhallow Farm",
        facts=Facts(
            note="long rambling reply; the instalment request is buried in the third paragraph; plan dates and amounts are not labelled",
        ),
    ),
    Reply(
        key="pp-en-split-three",
        intent="payment_plan",
        lang="en",
        name="Rachel Dunmore",
        addr="gm@dunmorehall.example",
        when="2027-02-11 18:02 +0000",
        client="iphone",
        inv="PPC-40302-Q",
        amount="£1,458.00",
        service="Pest control and washroom services contract, Jan–Mar 2027",
        body="Any chance we could split this across three months? January was the quietest we've had in years. Happy to set up whatever suits.\n\nRachel",
        facts=Facts(note="hotel general manager asks for three instalments"),
    ),
    Reply(
        key="pp-en-full-and-final",
        intent="payment_plan",
        lang="en",
        name="Colin Mayhew",
        addr="colin@thepickledwalnut.example",
        when="2027-03-01 12:20 +0000",
        client="outlook",
        charset="windows-1252",
        inv="PPC-40355-Q",
        body="Hi,\n\nI'll be straight with you. We're closing the restaurant at the end of March – the landlord has doubled the rent and we can't make it work. We can't pay the full £486. Would you accept £200 in full and final settlement? I can pay that this week if you agree.\n\nSorry it's come to this.\n\nColin Mayhew\nThe Pickled Walnut",
        facts=Facts(
            note="reduced amount offered in full and final settlement; 'this week if you agree' is part of the offer, not a promise",
        ),
    ),
    Reply(
        key="pp-de-drei-raten",
        intent="payment_plan",
        lang="de",
        name="Monika Brandl",
        addr="info@landgasthof-birkenhof.example",
        when="2027-02-15 13:37 +0100",
        client="outlook_html",
        charset="windows-1252",
        inv="PPC-40427-Q",
        body="Sehr geehrte Damen und Herren,\n\nnach dem Wasserschaden im Januar war unser Gasthof fünf Wochen geschlossen, und die Versicherung lässt sich Zeit. Wäre es möglich, den Betrag in drei Monatsraten zu begleichen? Die erste Rate könnten wir Anfang März überweisen.\n\nVielen Dank für Ihr Verständnis.\n\nMit freundlichen Grüßen\nMonika Brandl\nLandgasthof Birkenhof",
        facts=Facts(note="three monthly instalments after a closure"),
    ),
    Reply(
        key="pp-de-aufschub-april",
        intent="payment_plan",
        lang="de",
        name="Jens Grote",
        addr="grote@biohof-wendland.example",
        when="2027-03-03 20:12 +0100",
        client="gmail",
        inv="PPC-40466-Q",
        service="Schädlingsmonitoring Hofladen und Lager, 1. Quartal 2027",
        body="Hallo,\n\nich weiß, die Rechnung ist schon drüber. Könnten Sie uns einen Aufschub bis Ende April geben? Im Frühjahr kommt bei uns kaum Geld rein, ab Mai läuft der Hofladen wieder und dann ist das kein Problem.\n\nViele Grüße\nJens Grote\nBiohof Wendland",
        facts=Facts(
            note="asks for more time; the date asked for is part of the request, not a promise (plan dates are not labelled)",
        ),
    ),
    Reply(
        key="pp-fr-etaler",
        intent="payment_plan",
        lang="fr",
        name="Sophie Arnaud",
        addr="sophie.arnaud@aubergedumoulin.example",
        when="2027-02-09 11:11 +0100",
        client="gmail",
        inv="PPC-40510-Q",
        body="Bonjour,\n\nSerait-il possible d'étaler le paiement sur deux ou trois mois ? Depuis les travaux de la rue, la fréquentation de l'auberge a chuté de moitié et la trésorerie est très tendue.\n\nJe vous remercie par avance de votre compréhension.\n\nSophie Arnaud\nAuberge du Moulin",
        facts=Facts(),
    ),
    Reply(
        key="pp-fr-200-maintenant",
        intent="payment_plan",
        lang="fr",
        name="Pierre Lacombe",
        addr="valdormes@ferme-valdormes.example",
        when="2027-02-23 20:45 +0100",
        client="thunderbird",
        charset="iso-8859-1",
        cte="8bit",
        inv="PPC-40538-Q",
        service="Contrat de dératisation des bâtiments d'élevage, 1er trimestre 2027",
        body="Bonsoir,\n\nJe peux vous faire un virement de 200 euros cette semaine et le reste le 15 mars, si vous êtes d'accord. Dites-moi si ça vous va.\n\nCordialement,\nPierre Lacombe\nFerme du Val d'Ormes (élevage de volailles)",
        facts=Facts(
            note="part now and the rest later, subject to agreement: a plan, not a promise"
        ),
    ),
    Reply(
        key="pp-es-mala-racha",
        intent="payment_plan",
        lang="es",
        name="Carmen Aranda",
        addr="reservas@casaaranda.example",
        when="2027-02-12 17:25 +0100",
        client="iphone",
        inv="PPC-40546-Q",
        body="Hola,\n\nLes escribo porque estamos pasando una mala racha. Con la inundación de enero tuvimos el restaurante cerrado casi un mes y todavía no hemos levantado cabeza. ¿Sería posible pagar la factura en varios plazos, o que nos den un par de meses más? No queremos dejar de pagar, solo necesitamos algo de margen.\n\nGracias,\nCarmen Aranda\nRestaurante Casa Aranda",
        facts=Facts(note="hardship; asks for instalments or more time"),
    ),
    Reply(
        key="pp-nl-twee-termijnen",
        intent="payment_plan",
        lang="nl",
        name="Ingrid Smeets",
        addr="administratie@obsderegenboog.example",
        when="2027-02-17 14:30 +0100",
        client="outlook_html",
        inv="PPC-40581-Q",
        body="Beste heer/mevrouw,\n\nOns budget voor dit kwartaal is bijna op. Kunnen wij deze factuur in twee termijnen betalen, de helft nu en de helft in april?\n\nMet vriendelijke groet,\n\nIngrid Smeets\nAdministratie OBS De Regenboog",
        facts=Facts(
            note="school asks for two instalments; 'de helft nu' is part of the proposal, nothing is paid"
        ),
    ),
    Reply(
        key="pp-nl-als-akkoord",
        intent="payment_plan",
        lang="nl",
        name="Ruud Kok",
        addr="ruud@eetcafedetol.example",
        when="2027-03-04 23:02 +0100",
        client="samsung",
        inv="PPC-40594-Q",
        body="Als jullie akkoord gaan met een regeling van 4 maanden dan betaal ik de eerste termijn nog deze week. Het hele bedrag in 1 keer lukt nu echt niet.\n\nRuud\nEetcafé De Tol",
        facts=Facts(
            note="conditional offer of four monthly instalments; 'nog deze week' belongs to the plan"
        ),
    ),
    Reply(
        key="pp-it-tre-rate",
        intent="payment_plan",
        lang="it",
        name="Giulia Conti",
        addr="giulia@osteriadelponte.example",
        when="2027-02-16 15:50 +0100",
        client="gmail",
        inv="PPC-40615-Q",
        body="Buongiorno,\n\nle chiedo se è possibile rateizzare l'importo in tre rate mensili. Gennaio e febbraio per noi sono mesi morti e la cassa piange.\n\nGrazie mille,\nGiulia Conti\nOsteria del Ponte",
        facts=Facts(),
    ),
    Reply(
        key="pp-it-proroga-scuola",
        intent="payment_plan",
        lang="it",
        name="Suor Anna Lorenzini",
        addr="economato@scuolamariausiliatrice.example",
        when="2027-02-25 10:02 +0100",
        client="outlook",
        charset="iso-8859-1",
        inv="PPC-40622-Q",
        body="Gentili Signori,\n\ncon la presente chiediamo una proroga di 60 giorni per il pagamento della fattura in oggetto. Il contributo regionale per le scuole paritarie, con cui copriamo le spese di manutenzione, viene erogato soltanto ad aprile.\n\nRestiamo in attesa di un Vostro cortese riscontro.\n\nCordiali saluti\n\nSuor Anna Lorenzini\nEconomato - Scuola paritaria Maria Ausiliatrice",
        facts=Facts(note="school asks for 60 more days"),
    ),
)

INVOICE_REQUEST: Final[tuple[Reply, ...]] = (
    Reply(
        key="ir-en-never-received",
        intent="invoice_request",
        lang="en",
        name="Amy Rowe",
        addr="accounts@ferncliffehotel.example",
        when="2027-02-09 10:41 +0000",
        client="outlook_html",
        inv="PPC-40281-C",
        service="Call-out 18/01/2027 – wasp and cluster-fly treatment, loft",
        body="Hello,\n\nWe don't seem to have ever received this invoice – there's nothing from Pellworth in our AP inbox since December. Could you resend PPC-40281-C as a PDF please and I'll get it onto the next payment run.\n\nMany thanks,\n\nAmy Rowe\nAccounts, Ferncliffe Hotel",
        facts=Facts(
            refs=("PPC-40281-C",),
            note="never received, please resend; 'the next payment run' is no dated commitment",
        ),
    ),
    Reply(
        key="ir-en-po-number",
        intent="invoice_request",
        lang="en",
        name="Mike Adeyemi",
        addr="finance@thornburyacademy.example",
        when="2027-02-23 09:12 +0000",
        client="owa",
        inv="PPC-40296-Q",
        service="Quarterly pest control and washroom services contract, Jan–Mar 2027",
        body="Good morning,\n\nOur finance system can't accept an invoice without a purchase order number, so this was rejected at our end rather than ignored. Please could you reissue it quoting PO TA-27-0143 and send it back to this address.\n\nThanks,\nMike Adeyemi\nFinance Officer\nThornbury Academy Trust",
        facts=Facts(note="reissue with a PO number; the amount is not contested"),
    ),
    Reply(
        key="ir-en-statement-which-property",
        intent="invoice_request",
        lang="en",
        name="Greg Holloway",
        addr="greg@holloway-lettings.example",
        when="2027-03-02 16:55 +0000",
        client="gmail",
        inv="PPC-40364-C",
        body="I've had three reminders from you this week and not one of them says which property it's for. We look after 40-odd houses. Send me a statement with the address against each invoice and I'll sort out what's owed.\n\nGreg Holloway\nHolloway Lettings",
        facts=Facts(
            note="irritated letting agent asks for a statement with site addresses: a request for documents, not a dispute"
        ),
    ),
    Reply(
        key="ir-de-bankverbindung",
        intent="invoice_request",
        lang="de",
        name="Sandra Metzger",
        addr="buchhaltung@hotel-seeblick-konstanz.example",
        when="2027-02-11 09:40 +0100",
        client="outlook_html",
        charset="iso-8859-1",
        inv="PPC-40433-Q",
        body="Guten Tag,\n\nbevor wir die Zahlung freigeben, benötigen wir Ihre Bankverbindung schriftlich auf Ihrem Briefpapier und unterschrieben, per Post oder als PDF. Wir hatten im Herbst einen Betrugsversuch mit gefälschten Kontodaten und ändern seitdem keine Stammdaten mehr auf Zuruf per E-Mail.\n\nMit freundlichen Grüßen\nSandra Metzger\nBuchhaltung Hotel Seeblick\n\nHotel Seeblick GmbH · Seestraße 12 · Konstanz\nGeschäftsführer: Matthias Seeger · Registergericht: Amtsgericht Freiburg, HRB 000000\nDiese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail.",
        facts=Facts(note="signed bank details needed before paying"),
    ),
    Reply(
        key="ir-de-bio-kontrolle",
        intent="invoice_request",
        lang="de",
        name="Anja Wendt",
        addr="anja@hof-wendt.example",
        when="2027-02-24 08:20 +0100",
        client="iphone",
        inv="PPC-40481-C",
        body="Guten Morgen,\n\nkönnten Sie mir die Rechnung bitte noch einmal schicken? Ich finde sie nirgends. Und bitte gleich den Einsatzbericht vom Techniker mit den eingesetzten Mitteln dazu, den brauchen wir für die Bio-Kontrolle im März.\n\nDanke und Gruß\nAnja Wendt",
        facts=Facts(note="farmer asks for an invoice copy and the service report"),
    ),
    Reply(
        key="ir-fr-rib",
        intent="invoice_request",
        lang="fr",
        name="Julien Morel",
        addr="julien@bistrotdesartistes.example",
        when="2027-02-12 15:05 +0100",
        client="gmail_plain",
        inv="PPC-40515-C",
        body="Bonjour,\n\nPouvez-vous m'envoyer votre RIB ? Je ne le trouve pas sur la facture et ma banque me le demande pour créer le bénéficiaire.\n\nMerci,\nJulien Morel\nBistrot des Artistes",
        facts=Facts(note="bank details needed before paying"),
    ),
    Reply(
        key="ir-fr-chorus-pro",
        intent="invoice_request",
        lang="fr",
        name="M. Hamel",
        addr="intendance@college-lestilleuls.example",
        when="2027-03-02 14:18 +0100",
        client="outlook",
        charset="windows-1252",
        inv="PPC-40547-Q",
        body="Madame, Monsieur,\n\nEn tant qu'établissement public, nous ne pouvons traiter que les factures déposées sur Chorus Pro. La facture PPC-40547-Q nous a été envoyée uniquement par courriel et n'a donc pas pu être mise en paiement.\n\nMerci de la déposer sur Chorus Pro en indiquant notre numéro d'engagement EJ 2027-0088 ainsi que le SIRET de l'établissement, qui figure sur le bon de commande.\n\nCordialement,\n\nM. Hamel\nIntendant – Collège Les Tilleuls",
        facts=Facts(
            refs=("PPC-40547-Q",),
            note="the invoice must be resubmitted through the public e-invoicing portal with a commitment number",
        ),
    ),
    Reply(
        key="ir-es-certificado",
        intent="invoice_request",
        lang="es",
        name="Lucía Ferrer",
        addr="contabilidad@hotelsierraalta.example",
        when="2027-02-17 11:11 +0100",
        client="outlook_html",
        inv="PPC-40552-Q",
        body="Buenos días:\n\nPara poder tramitar el pago necesitamos que nos envíen el certificado de estar al corriente de pago con la Agencia Tributaria y con la Seguridad Social, ya que nuestra política de compras lo exige a todos los proveedores de servicios. En cuanto lo recibamos, la factura entrará en la siguiente remesa de pagos.\n\nSaludos cordiales,\n\nLucía Ferrer\nDepartamento de Contabilidad\nHotel Sierra Alta",
        facts=Facts(
            note="tax-compliance certificates needed before paying; the payment after that is undated"
        ),
    ),
    Reply(
        key="ir-es-no-ha-llegado",
        intent="invoice_request",
        lang="es",
        name="Paco",
        addr="barelrincon.sevilla@gmail.com",
        when="2027-02-26 13:59 +0100",
        client="iphone",
        inv="PPC-40559-C",
        body="Hola, a nosotros no nos ha llegado ninguna factura. Me la podeis reenviar? Gracias\n\nPaco\nBar El Rincón",
        facts=Facts(note="never received, please resend; typed without accents"),
    ),
    Reply(
        key="ir-nl-werkbon",
        intent="invoice_request",
        lang="nl",
        name="Esther van Leeuwen",
        addr="administratie@cbsdewegwijzer.example",
        when="2027-02-10 12:30 +0100",
        client="outlook_html",
        inv="PPC-40586-C",
        body="Goedemiddag,\n\nKunt u ons een kopie van de werkbon van het bezoek op 19 januari sturen? Zonder een door onze conciërge afgetekende werkbon kan het bestuurskantoor de factuur niet goedkeuren.\n\nMet vriendelijke groet,\n\nEsther van Leeuwen\nAdministratie CBS De Wegwijzer",
        facts=Facts(note="school needs the signed job sheet before approving"),
    ),
    Reply(
        key="ir-it-sdi",
        intent="invoice_request",
        lang="it",
        name="Ristorante La Lanterna",
        addr="amministrazione@ristorantelalanterna.example",
        when="2027-02-18 16:20 +0100",
        client="outlook_html",
        cte="b64",
        inv="PPC-40627-C",
        body="Buongiorno,\n\nnon ci risulta pervenuta alcuna fattura elettronica tramite SdI per questo importo. Senza fattura elettronica non possiamo procedere al pagamento né registrarla in contabilità.\n\nVi preghiamo di emetterla indicando il nostro codice destinatario KRRH6B9.\n\nCordiali saluti\nAmministrazione\nRistorante La Lanterna – Lucca",
        facts=Facts(
            note="electronic invoice through the Italian exchange system needed before paying"
        ),
    ),
    Reply(
        key="ir-it-estratto-conto",
        intent="invoice_request",
        lang="it",
        name="Marco Gatti",
        addr="marco.gatti@hotelmiramonti-bormio.example",
        when="2027-03-05 09:25 +0100",
        client="iphone",
        inv="PPC-40643-Q",
        body="Buongiorno, mi mandate un estratto conto aggiornato? Non mi tornano i numeri, credo ci sia qualcosa che abbiamo gia pagato. Grazie\n\nMarco Gatti\nHotel Miramonti",
        facts=Facts(
            note="statement of account; 'credo ci sia qualcosa che abbiamo già pagato' is a hedge, not a payment claim",
        ),
    ),
)

WRONG_CONTACT: Final[tuple[Reply, ...]] = (
    Reply(
        key="wc-en-tenant-agent",
        intent="wrong_contact",
        lang="en",
        name="Chloe Barnes",
        addr="chloe.barnes88@gmail.com",
        when="2027-02-12 19:24 +0000",
        client="gmail",
        inv="PPC-40312-C",
        service="Call-out 20/01/2027 – mice, 7 Orchard Row",
        body="Hi,\n\nI think this has come to me by mistake. I'm the tenant at 7 Orchard Row, I only let your engineer in for the mice. The house is managed by Kestrel Lettings for the landlord and they booked the visit, so the invoice should go to them – accounts@kestrellettings.example\n\nThanks,\nChloe",
        facts=Facts(
            contact="accounts@kestrellettings.example", note="tenant who only let the technician in"
        ),
    ),
    Reply(
        key="wc-en-not-monitored",
        intent="wrong_contact",
        lang="en",
        name="The Old Granary Bistro",
        addr="office@oldgranarybistro.example",
        when="2027-02-15 09:02 +0000",
        client="notice",
        inv="PPC-40341-Q",
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED, XARS),
        body="Thank you for your email.\n\nThis mailbox is no longer monitored and messages sent to it are not read. For invoices, statements and payment queries please write to finance@oldgranarybistro.example. For table bookings please use our website.\n\nThe Old Granary Bistro",
        facts=Facts(
            contact="finance@oldgranarybistro.example",
            note="automatic 'mailbox no longer monitored' notice naming a new address: wrong_contact, not auto_reply",
        ),
    ),
    Reply(
        key="wc-en-lookalike-redirect",
        intent="wrong_contact",
        lang="en",
        name="Castlegate Hotel Accounts",
        addr="accounts@castlegate-hotels.example",
        quoted_to="Castlegate Hotel Accounts <accounts@castlegatehotel.example>",
        when="2027-02-25 14:47 +0000",
        client="outlook_html",
        inv="PPC-40329-C",
        service="Call-out 26/01/2027 – bird-proofing repair, rear courtyard",
        body="Dear Sir/Madam,\n\nPlease be advised that our accounts department has moved to a new email system. With immediate effect kindly direct all invoices, statements and correspondence to castlegatehotel.accounts@gmail.com and no longer to this address, which will be closed at the end of the week.\n\nKindly update your records accordingly and confirm to us once done.\n\nBest Regards,\nAccounts Department\nCastlegate Hotel",
        facts=Facts(
            contact="castlegatehotel.accounts@gmail.com",
            note="phishing-like redirect from a look-alike domain to a free-mail address; labelled by what it asks; verify by phone before changing anything",
        ),
    ),
    Reply(
        key="wc-de-nachfolgerin",
        intent="wrong_contact",
        lang="de",
        name="Stefan Roth",
        addr="s.roth@iv-brandt.example",
        when="2027-02-09 08:31 +0100",
        client="outlook",
        charset="iso-8859-1",
        inv="PPC-40440-Q",
        body="Guten Tag,\n\nich bin seit dem 31.01. nicht mehr für die Immobilienverwaltung Brandt tätig und kann mich um Ihre Rechnung nicht mehr kümmern. Bitte wenden Sie sich an meine Nachfolgerin, Frau Albers: M.Albers@IV-Brandt.example\n\nMit freundlichen Grüßen\nStefan Roth",
        facts=Facts(
            contact="m.albers@iv-brandt.example",
            note="address written in mixed case, labelled in lower case",
        ),
    ),
    Reply(
        key="wc-de-schulverwaltungsamt",
        intent="wrong_contact",
        lang="de",
        name="K. Hoffmann",
        addr="schulleitung@gs-lindenplatz.example",
        when="2027-03-01 13:16 +0100",
        client="owa",
        inv="PPC-40498-Q",
        body="Sehr geehrte Damen und Herren,\n\nSie schreiben an die Schulleitung. Wir bezahlen keine Rechnungen selbst – Verträge und Rechnungen für das Schulgebäude laufen über die Stadt. Bitte richten Sie Ihre Erinnerung an das Schulverwaltungsamt: schulverwaltungsamt@stadt-neuhausen.example\n\nFreundliche Grüße\nK. Hoffmann\nRektorin, Grundschule am Lindenplatz",
        facts=Facts(
            contact="schulverwaltungsamt@stadt-neuhausen.example",
            note="head teacher redirects to the city's schools office",
        ),
    ),
    Reply(
        key="wc-fr-plus-directeur",
        intent="wrong_contact",
        lang="fr",
        name="Olivier Garnier",
        addr="o.garnier@hotel-lescigales.example",
        when="2027-02-18 09:58 +0100",
        client="apple",
        inv="PPC-40533-Q",
        cc="Direction Hôtel Les Cigales <direction@hotel-lescigales.example>",
        body="Bonjour,\n\nJe ne suis plus directeur de l'Hôtel Les Cigales depuis le 1er février. Merci d'adresser vos relances à la nouvelle direction : direction@hotel-lescigales.example, que je mets en copie.\n\nBien à vous,\nOlivier Garnier",
        facts=Facts(
            contact="direction@hotel-lescigales.example",
            note="the new address is also copied in Cc",
        ),
    ),
    Reply(
        key="wc-es-cuenta-no-operativa",
        intent="wrong_contact",
        lang="es",
        name="Hostal La Brisa",
        addr="info@hostallabrisa.example",
        when="2027-02-10 09:01 +0100",
        client="notice",
        charset="iso-8859-1",
        inv="PPC-40544-Q",
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_REPLIED,),
        body="Esta dirección de correo ya no está operativa y los mensajes que recibe no se leen.\n\nPara facturas, pagos y cualquier asunto administrativo, escriba a administracion@hostallabrisa.example.\n\nGracias.\nHostal La Brisa - Cádiz",
        facts=Facts(
            contact="administracion@hostallabrisa.example",
            note="automatic 'address no longer in use' notice naming a new address: wrong_contact",
        ),
    ),
    Reply(
        key="wc-es-jefe-cocina",
        intent="wrong_contact",
        lang="es",
        name="Rubén Ortega",
        addr="ruben.cocina@casalucio-toledo.example",
        when="2027-02-22 17:36 +0100",
        client="samsung",
        inv="PPC-40566-Q",
        body="Buenas, se han equivocado de persona, yo soy el jefe de cocina y de facturas no llevo nada. Eso lo lleva la gestoría, escríbanles a contabilidad@gestoriamolina.example\n\nUn saludo",
        facts=Facts(contact="contabilidad@gestoriamolina.example"),
    ),
    Reply(
        key="wc-nl-niet-meer-werkzaam",
        intent="wrong_contact",
        lang="nl",
        name="Femke Jacobs",
        addr="f.jacobs@hotelhetwapen.example",
        when="2027-02-15 10:20 +0100",
        client="outlook_html_only",
        inv="PPC-40573-Q",
        body="Goedemorgen,\n\nIk werk sinds 1 februari niet meer bij Hotel Het Wapen. Facturen en herinneringen kunt u voortaan sturen naar crediteuren@hotelhetwapen.example.\n\nMet vriendelijke groet,\nFemke Jacobs",
        facts=Facts(contact="crediteuren@hotelhetwapen.example", note="HTML-only message"),
    ),
    Reply(
        key="wc-nl-zelfde-naam",
        intent="wrong_contact",
        lang="nl",
        name="Marieke van Dongen",
        addr="m.vandongen@planet-mail.example",
        when="2027-02-19 21:12 +0100",
        client="iphone",
        inv="PPC-40580-C",
        body="Goedenavond,\n\nIk denk dat u het verkeerde e-mailadres heeft. Ik ben geen klant van u en heb nooit een ongediertebestrijder laten komen. Waarschijnlijk zoekt u Bakkerij Van Dongen, maar daar heb ik niets mee te maken.\n\nGroet,\nMarieke van Dongen",
        facts=Facts(
            note="wrong recipient altogether; the bakery is named without an address, so no new contact"
        ),
    ),
    Reply(
        key="wc-it-casella-non-presidiata",
        intent="wrong_contact",
        lang="it",
        name="Azienda Agricola Cascina Morelli",
        addr="info@cascinamorelli.example",
        when="2027-02-23 07:00 +0100",
        client="notice_html",
        inv="PPC-40624-Q",
        service="Contratto di derattizzazione stalle e caseificio, 1° trimestre 2027",
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED,),
        body="Gentile mittente,\n\nquesta casella di posta non è più presidiata. Per questioni amministrative e fatture vi preghiamo di scrivere a amministrazione@cascinamorelli.example; per gli ordini di formaggi a ordini@cascinamorelli.example.\n\nAzienda Agricola Cascina Morelli",
        facts=Facts(
            contact="amministrazione@cascinamorelli.example",
            note="automatic 'mailbox not monitored' notice with two addresses: the one for invoices is the contact",
        ),
    ),
    Reply(
        key="wc-it-commercialista-cc",
        intent="wrong_contact",
        lang="it",
        name="Davide Serra",
        addr="davide@pizzeriailfaro.example",
        when="2027-03-03 12:40 +0100",
        client="gmail",
        inv="PPC-40650-C",
        cc="Studio Bellini <contabilita@studiobellini-commercialisti.example>",
        body="Buongiorno,\n\ni pagamenti li gestisce la nostra commercialista, la dott.ssa Bellini. La metto in copia: per favore da ora scrivete direttamente a lei, contabilita@studiobellini-commercialisti.example.\n\nGrazie\nDavide Serra\nPizzeria Il Faro",
        facts=Facts(
            contact="contabilita@studiobellini-commercialisti.example",
            note="the accountant is also copied in Cc",
        ),
    ),
)

UNSUBSCRIBE: Final[tuple[Reply, ...]] = (
    Reply(
        key="u-en-post-only",
        intent="unsubscribe",
        lang="en",
        name="M. Ellison",
        addr="m.ellison@ellison-properties.example",
        when="2027-02-10 11:45 +0000",
        client="outlook",
        inv="PPC-40337-Q",
        body="Please do not send any further correspondence to this email address. I do not deal with accounts by email. Anything regarding this account should be sent by post to our registered office.\n\nM. Ellison\nDirector, Ellison Properties Ltd",
        facts=Facts(note="post only"),
    ),
    Reply(
        key="u-en-solicitors",
        intent="unsubscribe",
        lang="en",
        name="Keith Tranter",
        addr="keith@theharrowinn.example",
        when="2027-02-26 16:08 +0000",
        client="gmail",
        inv="PPC-40348-C",
        amount="£1,120.00",
        service="Bird proofing – netting and spikes, main roof",
        body="This matter is now with our solicitors, Harmer Lowe LLP, following the damage your contractor did to our roof. Do not contact me or my staff about it again. Any further correspondence goes to them.\n\nKeith Tranter\nThe Harrow Inn",
        facts=Facts(
            note="'talk to our solicitors' plus a damage complaint: unsubscribe beats dispute; the solicitors have no address, and new_contact is for wrong_contact only",
        ),
    ),
    Reply(
        key="u-en-sick-of-these",
        intent="unsubscribe",
        lang="en",
        name="Bev Marston",
        addr="bev@marstonstreetbakery.example",
        when="2027-03-04 07:33 +0000",
        client="iphone",
        inv="PPC-40361-C",
        body="take me off your email list please. we paid this weeks ago and im sick of getting these every other day",
        facts=Facts(
            note="stop request plus a payment claim: unsubscribe beats everything but bounce; no date"
        ),
    ),
    Reply(
        key="u-de-nur-postweg",
        intent="unsubscribe",
        lang="de",
        name="Familie Bräuer",
        addr="kontakt@gaestehaus-sonnenhang.example",
        when="2027-02-18 15:15 +0100",
        client="outlook",
        charset="iso-8859-1",
        inv="PPC-40449-Q",
        body="Sehr geehrte Damen und Herren,\n\nwir bitten Sie, uns keine Zahlungserinnerungen mehr per E-Mail zu schicken. Schriftverkehr in Rechnungsangelegenheiten bitte ausschließlich auf dem Postweg an unsere Geschäftsadresse.\n\nMit freundlichen Grüßen\nFamilie Bräuer\nWeingut & Gästehaus Sonnenhang",
        facts=Facts(note="post only"),
    ),
    Reply(
        key="u-fr-avocat",
        intent="unsubscribe",
        lang="fr",
        name="J.-P. Mercier",
        addr="gerant@sci-lesglycines.example",
        when="2027-02-12 18:30 +0100",
        client="thunderbird",
        inv="PPC-40525-C",
        body="Madame, Monsieur,\n\nJe vous prie de cesser de m'écrire à cette adresse. Ce dossier est désormais entre les mains de mon avocat, Maître Durand-Vasseur, à qui vous voudrez bien adresser toute correspondance.\n\nSalutations,\nJ.-P. Mercier\nGérant, SCI Les Glycines",
        facts=Facts(note="landlord: stop writing, only through our lawyer (no address)"),
    ),
    Reply(
        key="u-fr-arretez-inline",
        intent="unsubscribe",
        lang="fr",
        name="Yann Le Goff",
        addr="lecormoran@lecormoran-brest.example",
        when="2027-02-26 22:05 +0100",
        client="gmail_inline",
        inv="PPC-40536-C",
        body="[[1]]\n\nArrêtez de nous relancer. Cette facture est contestée depuis janvier et vous le savez très bien, on en a parlé deux fois au téléphone avec votre collègue.\n\n[[3]]\n\nPlus de mails, merci. Si vous avez quelque chose à nous dire, appelez.\n\nYann Le Goff\nRestaurant Le Cormoran",
        facts=Facts(note="stop request plus a dispute: unsubscribe beats dispute; answered inline"),
    ),
    Reply(
        key="u-es-dejen-de-enviar",
        intent="unsubscribe",
        lang="es",
        name="Alberto Campos",
        addr="alberto@cafeteriacampos.example",
        when="2027-02-15 12:02 +0100",
        client="outlook_html",
        inv="PPC-40562-Q",
        body="Dejen de enviarme correos. Hace dos años que no somos clientes suyos y ya se lo dije a su comercial en su momento.\n\nAlberto Campos\nCafetería Campos",
        facts=Facts(note="stop request plus 'not a customer': unsubscribe wins"),
    ),
    Reply(
        key="u-es-eliminen-direccion",
        intent="unsubscribe",
        lang="es",
        name="Granja Escuela El Encinar",
        addr="info@granjaescuelaelencinar.example",
        when="2027-03-03 10:44 +0100",
        client="gmail",
        inv="PPC-40568-C",
        body="Por favor, eliminen esta dirección de su lista de envíos. No queremos recibir más correos de su empresa.\n\nGracias.",
        facts=Facts(),
    ),
    Reply(
        key="u-nl-afmelden",
        intent="unsubscribe",
        lang="nl",
        name="Hans Mulder",
        addr="hans@mulderenzn.example",
        when="2027-02-17 07:50 +0100",
        client="iphone",
        inv="PPC-40589-C",
        body="Afmelden",
        facts=Facts(note="one-word 'afmelden' = unsubscribe"),
    ),
    Reply(
        key="u-nl-advocaat",
        intent="unsubscribe",
        lang="nl",
        name="J. Roosendaal",
        addr="info@vastgoedroosendaal.example",
        when="2027-02-24 16:30 +0100",
        client="outlook_html",
        charset="windows-1252",
        inv="PPC-40597-Q",
        body="Geachte heer/mevrouw,\n\nWij wensen over deze kwestie geen e-mails meer van u te ontvangen. Alle communicatie verloopt voortaan uitsluitend via onze advocaat, mr. R. de Vries van De Vries & Bakker Advocaten.\n\nHoogachtend,\nJ. Roosendaal\nVastgoed Roosendaal B.V.",
        facts=Facts(note="only through our lawyer (no address)"),
    ),
    Reply(
        key="u-it-mailing-list",
        intent="unsubscribe",
        lang="it",
        name="Bar Pasticceria Aurora",
        addr="info@pasticceriaaurora.example",
        when="2027-02-11 08:10 +0100",
        client="samsung",
        inv="PPC-40619-C",
        body="Cancellatemi dalla vostra mailing list, grazie.",
        facts=Facts(),
    ),
    Reply(
        key="u-it-solo-pec-legale",
        intent="unsubscribe",
        lang="it",
        name="geom. Franco Zanetti",
        addr="amministratore@residenzalequerce.example",
        when="2027-02-19 17:20 +0100",
        client="outlook",
        charset="iso-8859-1",
        inv="PPC-40631-Q",
        body="Spett.le Pellworth,\n\nVi diffidiamo dal continuare a inviare solleciti a questo indirizzo. Per qualsiasi comunicazione rivolgetevi esclusivamente al nostro legale, avv. Silvia Marchetti, tramite PEC.\n\nDistinti saluti\nL'amministratore\ngeom. Franco Zanetti\nCondominio Residenza Le Querce",
        facts=Facts(note="only through our lawyer by certified mail (no address)"),
    ),
)

AUTO_REPLY: Final[tuple[Reply, ...]] = (
    Reply(
        key="ar-en-annual-leave",
        intent="auto_reply",
        lang="en",
        name="Natalie Brooks",
        addr="n.brooks@wrenfieldgrammar.example",
        when="2027-02-15 09:03 +0000",
        client="notice_html",
        inv="PPC-40351-Q",
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED, XARS),
        body="Thank you for your email. I am on annual leave until Friday 19 February with no access to email. For anything urgent, please contact the school office at office@wrenfieldgrammar.example.\n\nNatalie Brooks\nFinance Manager\nWrenfield Grammar School",
        facts=Facts(
            back="2027-02-19",
            note="'until X' → X; a colleague's address in an auto-reply does not set new_contact",
        ),
    ),
    Reply(
        key="ar-en-ticket-no-header",
        intent="auto_reply",
        lang="en",
        name="Ashdown Residential Support",
        addr="help@ashdownresidential.example",
        when="2027-02-18 09:14 +0000",
        client="notice_html",
        inv="PPC-40358-C",
        subject="[Ticket #58213] {rsub}",
        headers=(("X-Autoreply", "yes"),),
        body="Hello,\n\nThanks for getting in touch with Ashdown Residential. This is an automated message to confirm that we've received your email and a ticket has been opened.\n\nTicket number: 58213\nStatus: Open\n\nOne of our team will respond within 2 working days. Please keep the ticket number in the subject line if you reply.\n\nAshdown Residential – Customer Support",
        facts=Facts(note="ticket acknowledgement without Auto-Submitted; no return date"),
    ),
    Reply(
        key="ar-en-half-term",
        intent="auto_reply",
        lang="en",
        name="Orchard Lane Primary School",
        addr="office@orchardlane.example",
        when="2027-02-16 08:00 +0000",
        client="notice",
        inv="PPC-40367-Q",
        subject="Out of Office: {rsub}",
        body="The school office is closed for the February half term. We reopen on Monday 22 February and will respond to your email then.\n\nIf your message is about a safeguarding concern, please contact the local authority's duty team.\n\nOrchard Lane Primary School",
        facts=Facts(back="2027-02-22", note="no Auto-Submitted header; the day the office reopens"),
    ),
    Reply(
        key="ar-de-aschermittwoch",
        intent="auto_reply",
        lang="de",
        name="Gaststätte Zum Dom",
        addr="buero@gaststaette-zumdom.example",
        when="2027-02-08 10:15 +0100",
        client="notice",
        charset="iso-8859-1",
        inv="PPC-40414-Q",
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO_REPLIED,),
        body="Vielen Dank für Ihre Nachricht.\n\nUnser Büro bleibt über die tollen Tage von Weiberfastnacht bis einschließlich Veilchendienstag geschlossen. Ab Aschermittwoch sind wir wieder für Sie da und beantworten Ihre E-Mail so schnell wie möglich.\n\nKölle Alaaf!\nIhr Team der Gaststätte Zum Dom",
        facts=Facts(
            back="2027-02-10",
            note="'ab Aschermittwoch' = 10 Feb 2027 (Easter is 28 Mar); the day back wins over 'bis einschließlich Veilchendienstag'",
        ),
    ),
    Reply(
        key="ar-de-elternzeit",
        intent="auto_reply",
        lang="de",
        name="Julia Pfeiffer",
        addr="j.pfeiffer@hotel-alpenblick.example",
        when="2027-02-22 14:02 +0100",
        client="notice",
        inv="PPC-40452-Q",
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO_REPLIED, XARS),
        body="Guten Tag,\n\nvielen Dank für Ihre E-Mail. Ich befinde mich bis einschließlich 30.06.2027 in Elternzeit. Ihre Nachricht wird nicht weitergeleitet.\n\nIn Rechnungsfragen wenden Sie sich bitte an unsere Buchhaltung unter buchhaltung@hotel-alpenblick.example.\n\nMit freundlichen Grüßen\nJulia Pfeiffer\nHotel Alpenblick",
        facts=Facts(
            back="2027-06-30",
            note="parental leave; 'bis einschließlich X' with no day back → X, as for 'until X'; the colleague's address does not set new_contact",
        ),
    ),
    Reply(
        key="ar-fr-absente",
        intent="auto_reply",
        lang="fr",
        name="Isabelle Roche",
        addr="i.roche@boulangerie-roche.example",
        when="2027-02-17 09:20 +0100",
        client="notice",
        cte="b64",
        inv="PPC-40531-C",
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED,),
        body="Bonjour,\n\nJe suis absente du 15 au 26 février inclus, sans accès à mes mails. Je serai de retour le lundi 1er mars.\n\nPour toute urgence, vous pouvez joindre la boulangerie aux heures d'ouverture.\n\nIsabelle Roche\nBoulangerie Roche",
        facts=Facts(
            back="2027-03-01", note="the stated day back wins over 'du 15 au 26 février inclus'"
        ),
    ),
    Reply(
        key="ar-fr-accuse-reception",
        intent="auto_reply",
        lang="fr",
        name="Résidences Hôtelières Azur",
        addr="ne-pas-repondre@residences-azur.example",
        when="2027-03-02 10:31 +0100",
        client="notice_html",
        inv="PPC-40542-Q",
        subject="Accusé de réception – demande n° 2027-004512",
        headers=(AUTO_GENERATED,),
        body="Bonjour,\n\nNous accusons réception de votre message, enregistré sous le numéro 2027-004512.\n\nNotre service comptabilité fournisseurs vous répondra dans un délai de 72 heures ouvrées. Merci de rappeler ce numéro dans toute correspondance.\n\nCeci est un message automatique, merci de ne pas y répondre.\n\nRésidences Hôtelières Azur",
        facts=Facts(note="ticket acknowledgement; '72 heures ouvrées' is no return date"),
    ),
    Reply(
        key="ar-es-fuera-oficina",
        intent="auto_reply",
        lang="es",
        name="Beatriz Lozano",
        addr="blozano@hotelplazamayor-salamanca.example",
        when="2027-02-16 12:10 +0100",
        client="notice",
        charset="windows-1252",
        inv="PPC-40551-Q",
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_REPLIED,),
        body="Gracias por su mensaje. Estaré fuera de la oficina hasta el lunes 22 de febrero, sin acceso al correo. Para asuntos urgentes, llame a recepción.\n\nBeatriz Lozano\nAdministración – Hotel Plaza Mayor",
        facts=Facts(back="2027-02-22", note="'hasta X' → X"),
    ),
    Reply(
        key="ar-es-dia-andalucia",
        intent="auto_reply",
        lang="es",
        name="Bodega Restaurante El Lagar",
        addr="info@ellagar-jerez.example",
        when="2027-02-26 18:00 +0100",
        client="notice_html",
        inv="PPC-40558-Q",
        subject="Re: {rsub}",
        headers=(("X-Autorespond", "true"),),
        body="Estimado cliente:\n\nCon motivo del Día de Andalucía, nuestras oficinas permanecerán cerradas el lunes 1 de marzo. Retomaremos la actividad el martes 2 de marzo y atenderemos su correo por orden de llegada.\n\nBodega Restaurante El Lagar",
        facts=Facts(
            back="2027-03-02",
            note="no Auto-Submitted; Andalusia Day (Sun 28 Feb) observed on Mon 1 Mar; the day back is stated",
        ),
    ),
    Reply(
        key="ar-nl-vakantie",
        intent="auto_reply",
        lang="nl",
        name="Pieter de Graaf",
        addr="pieter@degraafvastgoed.example",
        when="2027-02-08 09:44 +0100",
        client="notice",
        inv="PPC-40571-Q",
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_REPLIED, XARS),
        body="Dank voor uw bericht. Ik ben met vakantie tot en met vrijdag 12 februari en lees mijn e-mail niet. Vanaf maandag 15 februari ben ik weer bereikbaar.\n\nMet vriendelijke groet,\nPieter de Graaf\nDe Graaf Vastgoedbeheer",
        facts=Facts(
            back="2027-02-15", note="'vanaf maandag 15 februari' wins over 'tot en met 12 februari'"
        ),
    ),
    Reply(
        key="ar-nl-registratienummer",
        intent="auto_reply",
        lang="nl",
        name="Servicedesk Kennemer Beheer",
        addr="servicedesk@kennemerbeheer.example",
        when="2027-02-24 13:20 +0100",
        client="notice",
        inv="PPC-40595-C",
        subject="Uw bericht is ontvangen [VB-77120]",
        headers=(AUTO_GENERATED,),
        body="Geachte heer/mevrouw,\n\nHartelijk dank voor uw e-mail. Uw bericht is geregistreerd onder nummer VB-77120.\n\nWij streven ernaar u binnen 5 werkdagen inhoudelijk te antwoorden. Vermeld bij verdere correspondentie altijd het registratienummer.\n\nDit is een automatisch gegenereerd bericht.\n\nKennemer Beheer – Servicedesk",
        facts=Facts(note="ticket acknowledgement; no return date"),
    ),
    Reply(
        key="ar-it-ferie",
        intent="auto_reply",
        lang="it",
        name="Francesca Moretti",
        addr="f.moretti@hotelduepini.example",
        when="2027-02-24 16:45 +0100",
        client="notice",
        charset="iso-8859-1",
        inv="PPC-40626-Q",
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED,),
        body="Buongiorno,\n\nsarò assente per ferie fino a lunedì 1° marzo compreso, con accesso limitato alla posta. Rientrerò in ufficio martedì 2 marzo.\n\nPer urgenze amministrative potete contattare la reception dell'hotel.\n\nCordiali saluti\nFrancesca Moretti\nHotel Due Pini",
        facts=Facts(back="2027-03-02", note="the stated day back wins over 'fino a … compreso'"),
    ),
)

OTHER: Final[tuple[Reply, ...]] = (
    Reply(
        key="o-en-didnt-we-pay",
        intent="other",
        lang="en",
        name="Karen Whitfield",
        addr="karen@whitfieldsdairy.example",
        when="2027-02-11 13:02 +0000",
        client="gmail_inline",
        inv="PPC-40283-Q",
        body="[[1-2]]\n\nDidn't we pay this already?? Can you check your end please.\n\nKaren\nWhitfield's Dairy",
        facts=Facts(note="a question, not a payment claim; a person checks the ledger and answers"),
    ),
    Reply(
        key="o-en-gate-code",
        intent="other",
        lang="en",
        name="Jean Hollins",
        addr="jean@hollinsfarm.example",
        when="2027-02-17 12:05 +0000",
        client="apple",
        inv="PPC-40274-Q",
        body="Hello,\n\nWhat time is your technician coming on Friday for the quarterly visit? I need to be in for him as the yard gate code has changed – it's 4471 now, or he can ring the house when he arrives.\n\nJean",
        facts=Facts(
            note="question about the next visit in the reminder thread; nothing about the invoice"
        ),
    ),
    Reply(
        key="o-en-noted",
        intent="other",
        lang="en",
        name="Paul Keegan",
        addr="paul.keegan@thekeeganarms.example",
        when="2027-03-05 10:44 +0000",
        client="outlook_ios",
        inv="PPC-40366-C",
        body="Noted.",
        facts=Facts(note="bare acknowledgement: no claim, no commitment"),
    ),
    Reply(
        key="o-de-mein-mann",
        intent="other",
        lang="de",
        name="Renate Kuhn",
        addr="renate.kuhn@cafe-kuhn.example",
        when="2027-02-23 16:33 +0100",
        client="iphone",
        inv="PPC-40476-C",
        body="Danke für die Info. Ich sag's meinem Mann, der macht bei uns die Buchhaltung.\n\nLG Renate Kuhn\nCafé Kuhn",
        facts=Facts(note="acknowledgement; passing it on is not a new contact"),
    ),
    Reply(
        key="o-fr-prochain-passage",
        intent="other",
        lang="fr",
        name="Antoine Perrin",
        addr="antoine@latablegourmande.example",
        when="2027-02-15 14:50 +0100",
        client="gmail",
        inv="PPC-40521-Q",
        body="Bonjour,\n\nAu passage, pourriez-vous me confirmer la date du prochain passage du technicien ? Nous avons un contrôle de la DDPP prévu courant mars et j'aimerais avoir un rapport de visite à jour d'ici là.\n\nMerci,\nAntoine Perrin\nLa Table Gourmande",
        facts=Facts(
            note="question about the next visit before a hygiene inspection; nothing about the invoice"
        ),
    ),
    Reply(
        key="o-fr-rachat",
        intent="other",
        lang="fr",
        name="Catherine Blanc",
        addr="direction@relaisdulac.example",
        when="2027-02-09 11:40 +0100",
        client="outlook_html",
        inv="PPC-40528-Q",
        body="Bonjour,\n\nJe vous informe que l'hôtel a été racheté par le groupe Hôtels Alpins au 1er février. Les factures en cours sont reprises par leur service comptable ; je vous communiquerai leurs coordonnées dès que je les aurai.\n\nCordialement,\nCatherine Blanc\nDirectrice, Hôtel Le Relais du Lac",
        facts=Facts(
            note="change of ownership announced without a new contact or a commitment: a person reads it"
        ),
    ),
    Reply(
        key="o-es-recibido",
        intent="other",
        lang="es",
        name="Pilar",
        addr="pilar@panaderiasanroque.example",
        when="2027-02-19 08:02 +0100",
        client="iphone",
        inv="PPC-40554-C",
        body="Recibido.",
        facts=Facts(note="acknowledgement only"),
    ),
    Reply(
        key="o-es-legionela",
        intent="other",
        lang="es",
        name="Ignacio Vidal",
        addr="mantenimiento@hotelcostabrava-lloret.example",
        when="2027-03-01 10:20 +0100",
        client="outlook_html",
        cte="b64",
        inv="PPC-40557-Q",
        body="Buenos días:\n\nAprovecho el correo para preguntarles si también hacen tratamientos de prevención de legionela en torres de refrigeración y aljibes. La inspección de Sanidad nos lo ha pedido para esta temporada y preferimos trabajar con un solo proveedor.\n\nSi es así, ¿podrían pasarnos un presupuesto?\n\nSaludos,\nIgnacio Vidal\nJefe de Mantenimiento – Hotel Costa Brava",
        facts=Facts(note="sales question in the reminder thread"),
    ),
    Reply(
        key="o-nl-tarieven",
        intent="other",
        lang="nl",
        name="Wim Vermeulen",
        addr="wim@hotelzeezicht-texel.example",
        when="2027-02-12 11:15 +0100",
        client="outlook",
        charset="windows-1252",
        inv="PPC-40584-Q",
        body="Goedemorgen,\n\nKlopt het dat jullie de tarieven per 1 april weer verhogen? Dat hoorde ik van jullie monteur. Dan wil ik het contract graag even met iemand doornemen voordat het verlengd wordt.\n\nGroet,\nWim Vermeulen\nHotel Zeezicht, Texel",
        facts=Facts(note="question about future prices; this invoice is not contested"),
    ),
    Reply(
        key="o-nl-ok",
        intent="other",
        lang="nl",
        name="Jeroen",
        addr="jeroen@cafedeboerderij.example",
        when="2027-02-25 22:30 +0100",
        client="samsung",
        inv="PPC-40592-C",
        body="Ok",
        facts=Facts(note="bare 'ok': acknowledgement, no commitment"),
    ),
    Reply(
        key="o-it-referente",
        intent="other",
        lang="it",
        name="Alessandro Ricci",
        addr="a.ricci@hotelgiardino-verona.example",
        when="2027-02-10 10:35 +0100",
        client="outlook_html",
        inv="PPC-40614-Q",
        body="Buongiorno,\n\napprofitto di questa mail per chiedervi chi è il vostro referente commerciale per la zona di Verona. Il contratto scade a giugno e vorremmo aggiungere il servizio di sanificazione dei bagni.\n\nCordiali saluti\nAlessandro Ricci\nHotel Giardino",
        facts=Facts(note="sales question in the reminder thread"),
    ),
    Reply(
        key="o-it-mio-fratello",
        intent="other",
        lang="it",
        name="Stefano Colombo",
        addr="stefano@agricolacolombo.example",
        when="2027-03-04 19:50 +0100",
        client="iphone",
        inv="PPC-40646-C",
        body="Ricevuto, grazie. Ne parlo con mio fratello che segue la parte amministrativa e vi faccio sapere\n\nStefano\nAzienda Agricola Colombo",
        facts=Facts(note="acknowledgement; passing it on is not a commitment or a new contact"),
    ),
)

REPLIES: Final[tuple[Reply, ...]] = (
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

BOUNCES: Final[tuple[tuple[Bounce, Callable[[Bounce], Message]], ...]] = (
    (
        Bounce(
            key="bo-en-postfix-unknown",
            lang="en",
            kind="hard",
            status="5.1.1",
            rcpt="accounts@wheatsheaf-inn.example",
            when="2027-02-09 08:47 +0000",
            inv="PPC-40279-Q",
            note="Postfix RFC 3464 report with the whole reminder returned",
        ),
        bounce_postfix_hard,
    ),
    (
        Bounce(
            key="bo-en-qmail-no-mailbox",
            lang="en",
            kind="hard",
            status="5.1.1",
            rcpt="office@riversidebakehouse.example",
            when="2027-02-22 14:10 +0000",
            inv="PPC-40316-C",
            note="qmail non-MIME notice; the status comes from '(#5.1.1)'",
        ),
        bounce_qmail_hard,
    ),
    (
        Bounce(
            key="bo-en-sendmail-warning",
            lang="en",
            kind="soft",
            status="4.4.1",
            rcpt="bookings@harbourviewhotel-whitby.example",
            when="2027-03-02 13:04 +0000",
            inv="PPC-40369-Q",
            note="sendmail four-hour warning: delayed, still being retried",
        ),
        bounce_sendmail_delay,
    ),
    (
        Bounce(
            key="bo-de-exchange-unbekannt",
            lang="de",
            kind="hard",
            status="5.1.10",
            rcpt="buchhaltung@hotel-zur-post-lindau.example",
            when="2027-02-11 09:22 +0100",
            inv="PPC-40405-Q",
            note="Exchange NDR in German, base64 text and HTML",
        ),
        bounce_exchange_de_hard,
    ),
    (
        Bounce(
            key="bo-de-gateway-zurueckgehalten",
            lang="de",
            kind="soft",
            status="4.7.1",
            rcpt="verwaltung@gymnasium-auental.example",
            when="2027-02-19 10:40 +0100",
            inv="PPC-40462-Q",
            note="security gateway holding the message for inspection: delayed",
        ),
        bounce_gateway_de_delay,
    ),
    (
        Bounce(
            key="bo-fr-fai-boite-pleine",
            lang="fr",
            kind="soft",
            status="4.2.2",
            rcpt="contact@creperie-tybreizh.example",
            when="2027-02-16 07:30 +0100",
            inv="PPC-40539-C",
            note="French ISP notice, plain Latin-1, mailbox full, will retry",
        ),
        bounce_isp_fr_full,
    ),
    (
        Bounce(
            key="bo-fr-exchange-quota",
            lang="fr",
            kind="soft",
            status="5.2.2",
            rcpt="reception@hotel-lamarine-royan.example",
            when="2027-03-01 11:18 +0100",
            inv="PPC-40549-Q",
            note="mailbox full reported with a 5.x code: soft, the code is kept",
        ),
        bounce_exchange_fr_full,
    ),
    (
        Bounce(
            key="bo-es-gmail-no-encontrada",
            lang="es",
            kind="hard",
            status="5.1.1",
            rcpt="bar.lacaleta.malaga@gmail.com",
            when="2027-02-25 12:02 +0100",
            inv="PPC-40563-C",
            note="Gmail address-not-found report with Spanish text",
        ),
        bounce_gmail_es_hard,
    ),
    (
        Bounce(
            key="bo-nl-exchange-vertraagd",
            lang="nl",
            kind="soft",
            status="4.4.7",
            rcpt="inkoop@hoteldeswaan-delft.example",
            when="2027-02-12 09:40 +0100",
            inv="PPC-40575-Q",
            note="Exchange delay notice in Dutch",
        ),
        bounce_exchange_nl_delay,
    ),
    (
        Bounce(
            key="bo-nl-exim-onbestelbaar",
            lang="nl",
            kind="hard",
            status="5.1.1",
            rcpt="info@eetcafedebrug-gouda.example",
            when="2027-03-03 10:05 +0100",
            inv="PPC-40599-C",
            note="Dutch provider's localised Exim notice, non-MIME, message copied below",
        ),
        bounce_exim_nl_hard,
    ),
    (
        Bounce(
            key="bo-it-casella-disattivata",
            lang="it",
            kind="hard",
            status="5.2.1",
            rcpt="info@trattoriailcastagno.example",
            when="2027-02-17 15:30 +0100",
            inv="PPC-40620-C",
            note="mailbox disabled: permanent",
        ),
        bounce_provider_it_disabled,
    ),
    (
        Bounce(
            key="bo-it-exim-ritardo",
            lang="it",
            kind="soft",
            status="4.4.1",
            rcpt="prenotazioni@albergoaltelegrafo.example",
            when="2027-03-04 09:20 +0100",
            inv="PPC-40637-Q",
            note="Italian relay's localised Exim delay warning, plain text",
        ),
        bounce_exim_it_delay,
    ),
)


# --------------------------------------------------------------------------------------------
# Labels
# --------------------------------------------------------------------------------------------


def reply_label(r: Reply) -> Label:
    """The label of a reply (the file name is filled in when it is written)."""
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
        failed_recipient=b.rcpt,
        bounce_status=b.status,
        invoice_refs=[],
        language=b.lang,
        note=b.note,
    )


def reply_probe(r: Reply) -> str:
    """A short line of the hand-written text that must survive encoding and decoding."""
    lines = [x.strip() for x in r.body.split("\n")]
    short = [x for x in lines if PROBE_MIN <= len(x) <= PROBE_MAX and not INLINE_MARK.match(x)]
    return short[0] if short else lines[0][:PROBE_MAX]


def all_built() -> list[Built]:
    """Every message of the corpus, built, in spec order."""
    items = [
        Built(
            key=r.key,
            msg=build_reply(r),
            label=reply_label(r),
            probe=reply_probe(r),
            text=r.body,
            when=r.dt,
        )
        for r in REPLIES
    ]
    items += [
        Built(key=b.key, msg=build(b), label=bounce_label(b), probe=b.rcpt, text="", when=b.dt)
        for b, build in BOUNCES
    ]
    return items


# --------------------------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------------------------

ISO_DAY: Final = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT: Final = re.compile(r"^\d+\.\d{2}$")
INVOICE: Final = re.compile(r"^PPC-(\d{5})-[QC]$")
STATUS: Final = re.compile(r"^[45]\.\d{1,3}\.\d{1,3}$")


class CorpusError(Exception):
    """A message or a label breaks the corpus's own rules."""


def require(*, ok: bool, what: str) -> None:
    """Stop the build with ``what`` unless ``ok``."""
    if not ok:
        raise CorpusError(what)


def parse_day(value: str | None) -> date | None:
    """An ISO day from a label, or None."""
    if value is None:
        return None
    require(ok=bool(ISO_DAY.match(value)), what=f"bad date {value!r}")
    return date.fromisoformat(value)


def check_dates(label: Label, sent: date) -> None:
    """Paid on or before the message; promised and back on or after it."""
    paid = parse_day(label["paid_date"])
    promised = parse_day(label["promised_date"])
    back = parse_day(label["return_date"])
    require(ok=paid is None or paid <= sent, what="paid_date after the message")
    require(ok=promised is None or promised >= sent, what="promised_date before the message")
    require(ok=back is None or back >= sent, what="return_date before the message")
    require(ok=FIRST_DAY <= sent <= LAST_DAY, what=f"message dated {sent}")


def check_payment_fields(label: Label) -> None:
    """Payment facts belong to payment claims and promises only, in their fixed formats."""
    intent = label["intent"]
    require(
        ok=label["promised_date"] is None or intent == "promise_to_pay",
        what="promised_date on another intent",
    )
    paid_fields = (label["paid_date"], label["payment_reference"])
    require(
        ok=intent == "payment_sent" or paid_fields == (None, None),
        what="payment facts on another intent",
    )
    amount = label["amount"]
    require(
        ok=(amount is None) == (label["currency"] is None), what="amount and currency go together"
    )
    require(ok=amount is None or bool(AMOUNT.match(amount)), what=f"bad amount {amount!r}")
    require(
        ok=amount is None or intent in {"payment_sent", "promise_to_pay"},
        what="amount on another intent",
    )


def check_contact_fields(label: Label) -> None:
    """Return dates, new contacts and bounce facts belong to their own intents."""
    intent = label["intent"]
    require(ok=label["return_date"] is None or intent == "auto_reply", what="return_date misplaced")
    contact = label["new_contact"]
    require(ok=contact is None or intent == "wrong_contact", what="new_contact misplaced")
    require(
        ok=contact is None or (contact == contact.lower() and "@" in contact),
        what=f"bad new_contact {contact!r}",
    )
    bounce = (label["bounce_kind"], label["failed_recipient"], label["bounce_status"])
    if intent == "bounce":
        require(ok=None not in bounce, what="bounce without its facts")
        require(ok=bool(STATUS.match(str(label["bounce_status"]))), what="bad bounce_status")
    else:
        require(ok=bounce == (None, None, None), what="bounce facts on another intent")


def check_refs(label: Label, text: str) -> None:
    """Invoice refs are sorted, unique, well formed and written in the new text."""
    refs = label["invoice_refs"]
    require(ok=refs == sorted(set(refs)), what="invoice_refs not sorted and unique")
    for ref in refs:
        found = INVOICE.match(ref)
        require(ok=found is not None, what=f"bad invoice ref {ref!r}")
        require(ok=found is not None and found.group(1) in text, what=f"{ref} not in the text")


def check_label(item: Built) -> None:
    """Every rule a label must follow."""
    label = item.label
    require(ok=tuple(label) == LABEL_KEYS, what=f"{item.key}: label keys out of order")
    require(ok=label["intent"] in INTENTS and label["language"] in LANGS, what=item.key)
    try:
        check_dates(label, item.when.date())
        check_payment_fields(label)
        check_contact_fields(label)
        check_refs(label, item.text)
    except CorpusError as err:
        raise CorpusError(f"{item.key}: {err}") from err


def check_headers(part: Message, name: str) -> None:
    """Every header of a part decodes cleanly."""
    for key, value in part.items():
        require(ok="=?" not in str(value), what=f"{name}: {key} not decoded")
        require(ok=not getattr(value, "defects", ()), what=f"{name}: {key} has defects")


def decoded_text(msg: EmailMessage) -> str:
    """All text parts of a parsed message, decoded, with HTML entities resolved."""
    texts = [
        html.unescape(part.get_content())
        for part in msg.walk()
        if part.get_content_maintype() == "text"
    ]
    return "\n".join(texts)


def check_message(name: str, data: bytes, probe: str) -> None:
    """Parse a written message back: headers decoded, text parts decoded, no defects."""
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        require(ok=msg[header] is not None, what=f"{name}: no {header}")
    for part in msg.walk():
        require(ok=not part.defects, what=f"{name}: {part.defects}")
        check_headers(part, name)
    text = decoded_text(msg)
    require(ok="\ufffd" not in text, what=f"{name}: undecodable text")
    require(ok=probe in text, what=f"{name}: {probe!r} lost in encoding")


def check_counts(labels: list[Label]) -> None:
    """Twelve per intent, every language in every intent, six hard and six soft bounces."""
    per_intent = Counter(x["intent"] for x in labels)
    require(ok=all(per_intent[i] == PER_INTENT for i in INTENTS), what=f"counts {per_intent}")
    cells = {(x["intent"], x["language"]) for x in labels}
    missing = [(i, lang) for i in INTENTS for lang in LANGS if (i, lang) not in cells]
    require(ok=not missing, what=f"intent/language cells missing: {missing}")
    kinds = Counter(x["bounce_kind"] for x in labels if x["intent"] == "bounce")
    require(ok=kinds == {"hard": BOUNCES_PER_KIND, "soft": BOUNCES_PER_KIND}, what=f"{kinds}")


def check_unique(items: list[Built]) -> None:
    """Keys, and the invoices the reminders were about, are unique."""
    keys = [x.key for x in items]
    require(ok=len(set(keys)) == len(keys), what="duplicate keys")
    invoices = [r.inv for r in REPLIES] + [b.inv for b, _ in BOUNCES]
    repeated = sorted(i for i, n in Counter(invoices).items() if n > 1)
    require(ok=not repeated, what=f"reminded invoices used twice: {repeated}")


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------


def count_table(labels: list[Label]) -> str:
    """The intent-by-language table of the README."""
    cells = Counter((x["intent"], x["language"]) for x in labels)
    rows = [
        "| intent | " + " | ".join(LANGS) + " | total |",
        "|---|" + "---:|" * (len(LANGS) + 1),
    ]
    for intent in INTENTS:
        counts = [cells[intent, lang] for lang in LANGS]
        rows.append(f"| {intent} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
    totals = [sum(cells[i, lang] for i in INTENTS) for lang in LANGS]
    cols = " | ".join(f"**{t}**" for t in totals)
    rows.append(f"| **total** | {cols} | **{sum(totals)}** |")
    return "\n".join(rows)


def shuffled(items: list[Built]) -> list[Built]:
    """A fixed-seed shuffle: file numbers say nothing about labels."""
    return sorted(items, key=lambda x: digest(x.key, "order"))


def write_all() -> list[Label]:
    """Build, check and write every message and ``labels.jsonl``; return the labels."""
    items = all_built()
    check_unique(items)
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[Label] = []
    for number, item in enumerate(shuffled(items), start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = item.msg.as_bytes()
        check_message(name, data, item.probe)
        check_label(item)
        (HERE / name).write_bytes(data)
        label = item.label.copy()
        label["file"] = name
        labels.append(label)
    check_counts(labels)
    lines = [json.dumps(label, ensure_ascii=False) + "\n" for label in labels]
    (HERE / "labels.jsonl").write_text("".join(lines), encoding="utf-8")
    return labels


def main() -> int:
    """Rebuild the corpus and print its count table."""
    labels = write_all()
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    sys.stdout.write(f"{count_table(labels)}\n\n{len(labels)} messages; bounces: {dict(kinds)}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
