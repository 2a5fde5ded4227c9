# ruff: noqa: C901, E501, PLR0912, RUF001, RUF002
# The hand-written messages keep one paragraph a line, as mail clients send them, with the
# typographic dashes, apostrophes and quotes that people and their clients really produce.
"""Build held-out reply corpus 146: `h146-NNN.eml` files and `labels.jsonl`.

Every message answers (or bounces, or auto-answers) a payment reminder sent by the accounts
department of Larkspur Bell Foundry & Clock Restoration Ltd. The new text of each message is
written by hand in this file. The code only adds what a mail client or a mail server would add:
the quoted reminder in the client's own layout and language, headers, MIME structure, charsets
and transfer encodings. The script writes next to itself, deterministically, and checks every
file it writes by parsing it back.
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
from datetime import UTC, date, datetime, timedelta, timezone
from email import charset as email_charset
from email import message_from_bytes, policy
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path
from typing import cast

HERE = Path(__file__).resolve().parent
# Keep pre-folded encoded words as they are and long Message-IDs on one line, as clients do.
OUTPUT_POLICY = policy.compat32.clone(max_line_length=998)
SEED = "holdout146-larkspur"
PREFIX = "h146"
OUR_NAME = "Larkspur Bell Foundry Accounts"
OUR_ADDR = "accounts@larkspur-bells.example"
OUR_DOMAIN = "larkspur-bells.example"
OUR_MTA = "mail.larkspur-bells.example"
FIRST_DAY = date(2032, 2, 16)
LAST_DAY = date(2032, 3, 12)

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
# Which label fields the winning intent may fill; every other field stays null.
INTENT_FIELDS: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "amount", "currency"}),
    "auto_reply": frozenset({"return_date"}),
    "wrong_contact": frozenset({"new_contact"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
}
EXPECTED_LANGS = {"en": 30, "de": 18, "fr": 18, "es": 18, "nl": 18, "it": 18}
PER_INTENT = 12

# --------------------------------------------------------------------------------------------
# Calendar and locale tables
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

# Attribution lines, per client and interface language. Fields come from `date_fields`.
GMAIL_ATTRIBUTION = {
    "en": "On {wda}, {d} {mona} {y} at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {wda}, {d}. {mona} {y} um {HH}:{MM} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wda} {d} {mona} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {wda}, {d} {mona} {y} a las {H}:{MM}, {name} (<{addr}>) escribió:",
    "nl": "Op {wda} {d} {mona} {y} om {HH}:{MM} schreef {name} <{addr}>:",
    "it": "Il giorno {wda} {d} {mona} {y} alle ore {HH}:{MM} {name} <{addr}> ha scritto:",
}
APPLE_ATTRIBUTION = {
    "en": "On {d} {mona} {y}, at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mm}.{y} um {HH}:{MM} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mona} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {d} {mona} {y}, a las {H}:{MM}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mona} {y} om {HH}:{MM} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mona} {y}, alle ore {HH}:{MM}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTRIBUTION = {
    "en": "On {dd}/{mm}/{y} {HH}:{MM}, {name} wrote:",
    "de": "Am {dd}.{mm}.{yy} um {HH}:{MM} schrieb {name}:",
    "fr": "Le {dd}/{mm}/{y} à {HH}:{MM}, {name} a écrit :",
    "es": "El {d}/{m}/{yy} a las {H}:{MM}, {name} escribió:",
    "nl": "Op {dd}-{mm}-{y} om {HH}:{MM} schreef {name}:",
    "it": "Il {dd}/{mm}/{yy} {HH}:{MM}, {name} ha scritto:",
}
OUTLOOK_SENT = {
    "en": "{wd}, {d} {mon} {y} {HH}:{MM}",
    "de": "{wd}, {d}. {mon} {y} {HH}:{MM}",
    "fr": "{wd} {d} {mon} {y} {HH}:{MM}",
    "es": "{wd}, {d} de {mon} de {y} {H}:{MM}",
    "nl": "{wd} {d} {mon} {y} {HH}:{MM}",
    "it": "{wd} {d} {mon} {y} {HH}:{MM}",
}
ANDROID_SENT = {
    "en": "{wd}, {mon} {d}, {y} {h12}:{MM}:{SS} {ampm}",
    "de": "{wd}, {d}. {mon} {y} {HH}:{MM}:{SS}",
    "fr": "{wd} {d} {mon} {y} {HH}:{MM}:{SS}",
    "es": "{wd}, {d} de {mon} de {y} {H}:{MM}:{SS}",
    "nl": "{wd} {d} {mon} {y} {HH}:{MM}:{SS}",
    "it": "{wd} {d} {mon} {y} {HH}:{MM}:{SS}",
}


@dataclass(frozen=True)
class OutlookWords:
    """The words Outlook puts around a quoted message in one interface language."""

    divider: str
    frm: str
    sent: str
    to: str
    subject: str
    colon: str
    reply_prefix: str


OUTLOOK_WORDS = {
    "en": OutlookWords("-----Original Message-----", "From", "Sent", "To", "Subject", ": ", "RE: "),
    "de": OutlookWords(
        "-----Ursprüngliche Nachricht-----",
        "Von",
        "Gesendet",
        "An",
        "Betreff",
        ": ",
        "AW: ",
    ),
    "fr": OutlookWords("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : ", "RE : "),
    "es": OutlookWords(
        "-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": ", "RE: "
    ),
    "nl": OutlookWords(
        "-----Oorspronkelijk bericht-----",
        "Van",
        "Verzonden",
        "Aan",
        "Onderwerp",
        ": ",
        "RE: ",
    ),
    "it": OutlookWords(
        "-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ": ", "R: "
    ),
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
    "fr": "Obtenir Outlook pour Android",
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

# --------------------------------------------------------------------------------------------
# The reminder that every reply answers
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – Larkspur Bell Foundry",
    "de": "Überfällige Rechnung {inv} – Larkspur Bell Foundry",
    "fr": "Facture échue {inv} – Larkspur Bell Foundry",
    "es": "Factura vencida {inv} – Larkspur Bell Foundry",
    "nl": "Openstaande factuur {inv} – Larkspur Bell Foundry",
    "it": "Fattura scaduta {inv} – Larkspur Bell Foundry",
}
SIGNATURE_TAIL = "Larkspur Bell Foundry & Clock Restoration Ltd\nTel. +44 1632 960418 | accounts@larkspur-bells.example"
REMINDER_BODY = {
    "en": (
        "Dear Sir or Madam,\n\n"
        "According to our records the invoice below has not yet been paid, although its due date has passed.\n\n"
        "Invoice number:   {inv}\nInvoice date:     {issued}\nDue date:         {due}\nAmount due:       {amt}\nWork:             {job}\n\n"
        "If you have already arranged payment, thank you, and please let us know the date so that we can allocate it. If you have a question about the work or the invoice, simply reply to this e-mail and we will look into it.\n\n"
        "Yours faithfully,\n\nAccounts Department\n" + SIGNATURE_TAIL
    ),
    "de": (
        "Sehr geehrte Damen und Herren,\n\n"
        "nach unseren Unterlagen ist die folgende Rechnung trotz Fälligkeit noch offen:\n\n"
        "Rechnungsnummer:  {inv}\nRechnungsdatum:   {issued}\nFällig am:        {due}\nOffener Betrag:   {amt}\nLeistung:         {job}\n\n"
        "Falls Sie die Zahlung bereits veranlasst haben, danken wir Ihnen und bitten um eine kurze Mitteilung des Zahlungsdatums. Bei Rückfragen zur Leistung oder zur Rechnung antworten Sie bitte einfach auf diese E-Mail.\n\n"
        "Mit freundlichen Grüßen\n\nBuchhaltung\n" + SIGNATURE_TAIL
    ),
    "fr": (
        "Madame, Monsieur,\n\n"
        "Sauf erreur de notre part, la facture ci-dessous n'a pas encore été réglée alors que son échéance est dépassée :\n\n"
        "N° de facture :   {inv}\nDate :            {issued}\nÉchéance :        {due}\nMontant dû :      {amt}\nPrestation :      {job}\n\n"
        "Si le règlement est déjà en cours, nous vous en remercions et vous serions reconnaissants de nous en indiquer la date. Pour toute question sur l'intervention ou sur la facture, il vous suffit de répondre à ce courriel.\n\n"
        "Veuillez agréer, Madame, Monsieur, nos salutations distinguées.\n\nService comptabilité\n"
        + SIGNATURE_TAIL
    ),
    "es": (
        "Estimados señores:\n\n"
        "Según nuestros registros, la factura que se indica a continuación sigue pendiente de pago, aunque ya ha vencido:\n\n"
        "Número de factura:  {inv}\nFecha de emisión:   {issued}\nVencimiento:        {due}\nImporte pendiente:  {amt}\nConcepto:           {job}\n\n"
        "Si ya han realizado el pago, les damos las gracias y les rogamos que nos indiquen la fecha para poder asignarlo. Para cualquier consulta sobre el trabajo o la factura, basta con responder a este correo.\n\n"
        "Atentamente,\n\nDepartamento de Contabilidad\n" + SIGNATURE_TAIL
    ),
    "nl": (
        "Geachte heer, mevrouw,\n\n"
        "Volgens onze administratie is de onderstaande factuur nog niet voldaan, terwijl de betaaltermijn is verstreken:\n\n"
        "Factuurnummer:    {inv}\nFactuurdatum:     {issued}\nVervaldatum:      {due}\nOpenstaand:       {amt}\nOmschrijving:     {job}\n\n"
        "Heeft u de betaling al in gang gezet, dan danken wij u hartelijk en horen wij graag de betaaldatum, zodat wij de betaling kunnen verwerken. Heeft u vragen over de werkzaamheden of de factuur, beantwoord dan gewoon deze e-mail.\n\n"
        "Met vriendelijke groet,\n\nAfdeling Debiteuren\n" + SIGNATURE_TAIL
    ),
    "it": (
        "Spettabile Cliente,\n\n"
        "dalle nostre registrazioni risulta ancora da saldare la fattura indicata di seguito, già scaduta:\n\n"
        "Numero fattura:   {inv}\nData fattura:     {issued}\nScadenza:         {due}\nImporto dovuto:   {amt}\nDescrizione:      {job}\n\n"
        "Se avete già disposto il pagamento, vi ringraziamo e vi chiediamo di comunicarci la data, così da poterlo registrare. Per qualsiasi domanda sull'intervento o sulla fattura è sufficiente rispondere a questa e-mail.\n\n"
        "Distinti saluti,\n\nUfficio Contabilità\n" + SIGNATURE_TAIL
    ),
}
JOBS = {
    "service": {
        "en": "Annual tower clock service",
        "de": "Jährliche Wartung der Turmuhr",
        "fr": "Entretien annuel de l'horloge d'édifice",
        "es": "Mantenimiento anual del reloj de torre",
        "nl": "Jaarlijks onderhoud torenuurwerk",
        "it": "Manutenzione annuale dell'orologio da torre",
    },
    "winding": {
        "en": "Clock winding contract, quarter to 31/03/2032",
        "de": "Uhraufzugsvertrag, 1. Quartal 2032",
        "fr": "Contrat de remontage de l'horloge, 1er trimestre 2032",
        "es": "Contrato de cuerda del reloj, 1.er trimestre de 2032",
        "nl": "Opwindcontract uurwerk, 1e kwartaal 2032",
        "it": "Contratto di carica dell'orologio, 1° trimestre 2032",
    },
    "bells": {
        "en": "Bell restoration and rehanging – stage payment 2",
        "de": "Restaurierung und Neuaufhängung der Glocken – 2. Abschlag",
        "fr": "Restauration et remise en place des cloches – 2e acompte",
        "es": "Restauración y reinstalación de campanas – 2.º pago parcial",
        "nl": "Restauratie en herophanging luidklokken – 2e termijn",
        "it": "Restauro e riposizionamento delle campane – 2° acconto",
    },
    "repair": {
        "en": "Repair of clock movement and hands",
        "de": "Instandsetzung von Uhrwerk und Zeigern",
        "fr": "Réparation du mouvement et des aiguilles",
        "es": "Reparación de la maquinaria y las agujas del reloj",
        "nl": "Herstel van uurwerk en wijzers",
        "it": "Riparazione del movimento e delle lancette",
    },
    "survey": {
        "en": "Belfry inspection and condition report",
        "de": "Inspektion des Glockenstuhls mit Zustandsbericht",
        "fr": "Inspection du beffroi et rapport d'état",
        "es": "Inspección del campanario e informe de estado",
        "nl": "Inspectie klokkenstoel met rapport",
        "it": "Ispezione della cella campanaria e relazione tecnica",
    },
}
# What a Latin-1 client does to characters its charset lacks.
LATIN1_SUBSTITUTES = {"€": "EUR", "–": "-", "’": "'", "“": '"', "”": '"', "…": "..."}
NBSP = "\u00a0"
INVOICE_RE = re.compile(r"^LBF/(\d{2})-(\d{4})$")
# How invoice numbers turn up in people's own text: "LBF/32-0044", "LBF32-0044", "lbf 32/0044".
INVOICE_IN_TEXT_RE = re.compile(r"\bLBF\s*/?\s*(\d{2})\s*[-/]\s*(\d{4})\b", re.IGNORECASE)


# --------------------------------------------------------------------------------------------
# Small helpers: hashing, time zones, dates, money
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    """A stable pseudo-random byte string for `key`."""
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    """`n` stable upper-case base-32 characters for `key`."""
    return base64.b32encode(digest(key, salt)).decode()[:n]


def small(key: str, salt: str, n: int) -> int:
    """A stable integer in range(n) for `key`."""
    return int.from_bytes(digest(key, salt)[:4], "big") % n


def last_sunday(year: int, month: int) -> date:
    """The last Sunday of a month (the EU and UK clock-change day)."""
    day = date(year, month + 1, 1) - timedelta(days=1)
    return day - timedelta(days=(day.weekday() - 6) % 7)


def utc_offset(region: str, day: date) -> timezone:
    """Local offset: `uk` is GMT/BST, `cet` is CET/CEST; both change on the same Sundays."""
    summer = last_sunday(day.year, 3) <= day < last_sunday(day.year, 10)
    hours = {"uk": 0, "cet": 1}[region] + (1 if summer else 0)
    return timezone(timedelta(hours=hours))


def local_time(region: str, when: str) -> datetime:
    """'YYYY-MM-DD HH:MM' wall-clock time in `region`, as an aware datetime."""
    naive = datetime.strptime(when, "%Y-%m-%d %H:%M")
    return naive.replace(tzinfo=utc_offset(region, naive.date()))


def to_local(region: str, moment: datetime) -> datetime:
    """An aware datetime shown in `region`'s local time."""
    guess = moment.astimezone(utc_offset(region, moment.date()))
    return moment.astimezone(utc_offset(region, guess.date()))


def invoice_dates(inv: str) -> tuple[date, date]:
    """Issue and due date of a Larkspur invoice: about three invoices a day, 30 days' terms."""
    match = INVOICE_RE.match(inv)
    if match is None:
        raise ValueError(f"bad invoice number {inv}")
    year, number = 2000 + int(match.group(1)), int(match.group(2))
    issued = date(year, 1, 2) + timedelta(days=(number - 1) // 3)
    return issued, issued + timedelta(days=30)


def numeric_date(lang: str, day: date) -> str:
    """A date as the reminder template writes it in `lang`."""
    if lang == "de":
        return day.strftime("%d.%m.%Y")
    if lang == "nl":
        return day.strftime("%d-%m-%Y")
    return day.strftime("%d/%m/%Y")


def group_thousands(units: str, sep: str) -> str:
    """'12345' → '12<sep>345'."""
    out = ""
    while len(units) > 3:
        out = sep + units[-3:] + out
        units = units[:-3]
    return units + out


def money(amount: str, currency: str, lang: str) -> str:
    """An amount ('1284.60') as the reminder template writes it in `lang`."""
    units, cents = amount.split(".")
    symbol = {"GBP": "£", "EUR": "€", "CHF": "CHF"}[currency]
    if lang == "en":
        figure = f"{group_thousands(units, ',')}.{cents}"
        return f"CHF {figure}" if currency == "CHF" else f"{symbol}{figure}"
    if lang == "fr":
        return f"{group_thousands(units, NBSP)},{cents}{NBSP}{symbol}"
    figure = f"{group_thousands(units, '.')},{cents}"
    if currency == "CHF" or lang in {"nl", "it"}:
        return f"{symbol} {figure}"
    return f"{figure} {symbol}"


def latin1(text: str) -> str:
    """Replace what a Latin-1 client cannot send."""
    for bad, good in LATIN1_SUBSTITUTES.items():
        text = text.replace(bad, good)
    return text


def date_fields(lang: str, moment: datetime) -> dict[str, str]:
    """Every piece of a date a client attribution line may use, in `lang`."""
    weekday, month = moment.weekday(), moment.month - 1
    return {
        "wd": WEEKDAYS[lang].split()[weekday],
        "wda": WEEKDAYS_ABBR[lang].split()[weekday],
        "mon": MONTHS[lang].split()[month],
        "mona": MONTHS_ABBR[lang].split()[month],
        "d": str(moment.day),
        "dd": f"{moment.day:02d}",
        "m": str(moment.month),
        "mm": f"{moment.month:02d}",
        "y": str(moment.year),
        "yy": f"{moment.year % 100:02d}",
        "H": str(moment.hour),
        "HH": f"{moment.hour:02d}",
        "h12": str((moment.hour + 11) % 12 + 1),
        "ampm": "AM" if moment.hour < 12 else "PM",
        "MM": f"{moment.minute:02d}",
        "SS": f"{moment.second:02d}",
    }


def fill(template: str, lang: str, moment: datetime, **extra: str) -> str:
    """Fill a date template for `lang`."""
    return template.format(**date_fields(lang, moment), **extra)


# --------------------------------------------------------------------------------------------
# Message specifications
# --------------------------------------------------------------------------------------------

Labels = dict[str, object]


def lab(note: str | None = None, refs: Iterable[str] = (), **fields: str | None) -> Labels:
    """The label fields beyond intent and language; `refs` are invoice numbers in the new text."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label fields: {sorted(unknown)}")
    return {**fields, "invoice_refs": sorted(set(refs)), "note": note}


@dataclass(frozen=True)
class Reply:
    """One hand-written message in a reminder thread: who sent it, when, with what client."""

    key: str
    intent: str
    lang: str
    sender: tuple[str, str]
    when: str
    client: str
    text: str
    labels: Labels
    inv: str
    amount: str
    job: str = "service"
    currency: str = ""
    region: str = ""
    rlang: str = ""
    ui: str = ""
    subject: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    cc: str = ""
    attachment: str = ""
    days_back: int = 1
    threaded: bool = True

    @property
    def zone(self) -> str:
        """Where the sender's clock is: UK senders on UK time, everyone else on CET."""
        return self.region or ("uk" if self.lang == "en" else "cet")

    @property
    def dt(self) -> datetime:
        """When the message was sent, in the sender's local time."""
        return local_time(self.zone, self.when)

    @property
    def reminder_lang(self) -> str:
        """The language of the reminder being answered."""
        return self.rlang or self.lang

    @property
    def ui_lang(self) -> str:
        """The language of the sender's mail client."""
        return self.ui or self.lang

    @property
    def money_currency(self) -> str:
        """The invoice currency: sterling in the UK, euro on the continent unless stated."""
        return self.currency or ("GBP" if self.zone == "uk" else "EUR")

    @property
    def is_latin1(self) -> bool:
        """Whether the message is sent in a charset without the euro sign or typographic dashes."""
        return self.charset == "iso-8859-1"


@dataclass(frozen=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt`; its human text is written in `lang`."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    builder: str
    inv: str
    amount: str
    rlang: str = ""
    region: str = ""
    queued_minutes: int = 2
    note: str | None = None

    @property
    def dt(self) -> datetime:
        """When the report was generated, in the generating server's local time."""
        return local_time(self.region or ("uk" if self.lang == "en" else "cet"), self.when)

    @property
    def reminder_lang(self) -> str:
        """The language of the reminder that bounced."""
        return self.rlang or self.lang

    @property
    def sent(self) -> datetime:
        """When the reminder left Larkspur (UK time)."""
        return to_local("uk", self.dt - timedelta(minutes=self.queued_minutes))


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

XARS = ("X-Auto-Response-Suppress", "All")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
AUTO_REPLIED = ("Auto-Submitted", "auto-replied")

PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Gwen Talbot", "gwen.talbot.pcc@gmail.com"),
        "2032-02-17 07:52",
        "iphone",
        "Paid.",
        lab(note="one-word reply from a phone; no date given"),
        inv="LBF/32-0005",
        amount="640.00",
        job="winding",
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        ("Wealdbridge District Council", "ap.remittances@wealdbridge-dc.example"),
        "2032-02-19 05:40",
        "notice_html",
        (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">\n'
            "<h2>REMITTANCE ADVICE</h2>\n"
            "<p>Wealdbridge District Council &ndash; Financial Services<br>Payments Team</p>\n"
            '<table border="0" cellpadding="2">\n'
            "<tr><td>Supplier</td><td>LARKSPUR BELL FOUNDRY &amp; CLOCK RESTORATION LTD</td></tr>\n"
            "<tr><td>Supplier number</td><td>0204117</td></tr>\n"
            "<tr><td>Payment date</td><td>19/02/2032</td></tr>\n"
            "<tr><td>Payment method</td><td>BACS</td></tr>\n"
            "<tr><td>Payment reference</td><td>00781432</td></tr>\n"
            "</table>\n<br>\n"
            '<table border="1" cellspacing="0" cellpadding="4">\n'
            '<tr><th>Your invoice</th><th>Invoice date</th><th>Our order</th><th align="right">Amount (GBP)</th></tr>\n'
            '<tr><td>LBF/31-1040</td><td>14/12/2031</td><td>PO 88213</td><td align="right">360.00</td></tr>\n'
            '<tr><td>LBF/32-0021</td><td>08/01/2032</td><td>PO 88940</td><td align="right">1,450.00</td></tr>\n'
            '<tr><td colspan="3"><b>Total paid</b></td><td align="right"><b>1,810.00</b></td></tr>\n'
            "</table>\n"
            "<p>Funds should reach your account within three working days of the payment date.</p>\n"
            "<p>This is an automatically generated message. Replies to this address are not read. Please send any query about this payment to creditors@wealdbridge-dc.example, quoting your supplier number.</p>\n"
            "</body></html>\n"
        ),
        lab(
            note="AP-system remittance advice, HTML only, quoting nothing; the total of both invoices is the amount paid; the queries address is not a new contact",
            refs=("LBF/31-1040", "LBF/32-0021"),
            paid_date="2032-02-19",
            payment_reference="00781432",
            amount="1810.00",
            currency="GBP",
        ),
        inv="LBF/32-0021",
        amount="1450.00",
        subject="Remittance Advice 00781432 - Wealdbridge District Council",
        headers=(AUTO_GENERATED, ("Precedence", "bulk")),
        threaded=False,
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Philippa Dunmore", "estate.office@hawksmoor-park.example"),
        "2032-02-24 10:37",
        "outlook_html",
        "Good morning,\n\n"
        "Thank you for your email, and apologies for the silence – it has been one of those months. We had the burst pipe in the coach house just after Christmas, which I think I mentioned to your Mr Okafor when he came for the winding visit, and then the insurers took forever to send anyone out, and in the middle of all that the stable clock started losing ten minutes a day again (I suspect the cold, it does this every February, but perhaps someone could look at it when they are next here?).\n\n"
        "Anyway, to your invoice: Sir Hugh signed the cheque on Friday and I put it in the post on Saturday morning with the rest of the Hall’s post, so it should be with you any day now if it isn’t already. It was made out to Larkspur Bell Foundry & Clock Restoration Ltd for the full amount.\n\n"
        "We are also wondering whether the chapel bell ought to be looked at before the open day in June, but that is a conversation for another time and I will ring Mr Okafor about it.\n\n"
        "With best wishes,\n\n"
        "Philippa Dunmore\nEstate Office\nHawksmoor Park",
        lab(
            note="long rambling reply with the payment buried in the middle; the cheque was posted on Saturday 21 Feb, which is when it left the customer",
            paid_date="2032-02-21",
        ),
        inv="LBF/32-0011",
        amount="780.00",
        job="winding",
        charset="windows-1252",
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Ruedi Gasser", "kassier@kirchgemeinde-sonnenberg.example"),
        "2032-02-17 14:22",
        "thunderbird",
        "Grüezi\n\n"
        "Die Rechnung LBF/32-0033 haben wir am 13. Februar per E-Banking bezahlt, CHF 2'480.00, mit Ihrer Rechnungsnummer als Mitteilung. Wahrscheinlich hat sich das mit Ihrer Erinnerung gekreuzt.\n\n"
        "Eine Bitte noch: Könnten Sie uns eine Kopie der Rechnung als PDF schicken? Das Original ist beim Wechsel im Präsidium der Kirchenpflege verloren gegangen, und unsere Revisoren wollen alle Belege sehen.\n\n"
        "Freundliche Grüsse\n"
        "Ruedi Gasser\nKassier, Ref. Kirchgemeinde Sonnenberg",
        lab(
            note="Swiss sender: paid, and asks for a copy for the auditors afterwards; the copy is no condition for paying, so the payment claim wins",
            refs=("LBF/32-0033",),
            paid_date="2032-02-13",
            amount="2480.00",
            currency="CHF",
        ),
        inv="LBF/32-0033",
        amount="2480.00",
        currency="CHF",
        cte="8bit",
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Nathalie Perrot", "finances@mairie-saintaubin.example"),
        "2032-02-19 15:08",
        "outlook",
        "Bonjour,\n\n"
        "Après vérification auprès de la Trésorerie, le mandat correspondant à votre facture LBF/32-0020 a bien été pris en charge et le virement a été effectué hier, 18 février, pour un montant de 1 236,00 euros. La référence qui devrait apparaître sur votre relevé est 2032-000412.\n\n"
        "Je vous remercie de bien vouloir mettre à jour le compte de la commune.\n\n"
        "Cordialement,\n\n"
        "Nathalie Perrot\nService Finances\nMairie de Saint-Aubin-sur-Loire",
        lab(
            note="public body: the Treasury executed the transfer 'hier'; ISO-8859-1, 8bit",
            refs=("LBF/32-0020",),
            paid_date="2032-02-18",
            payment_reference="2032-000412",
            amount="1236.00",
            currency="EUR",
        ),
        inv="LBF/32-0020",
        amount="1236.00",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Bernard Lemoine", "bernard.lemoine@orange.fr"),
        "2032-03-03 11:20",
        "iphone",
        "Réglé ce matin par virement.\nBonne journée\nB. Lemoine",
        lab(note="'ce matin' is the message date", paid_date="2032-03-03"),
        inv="LBF/32-0061",
        amount="415.00",
        job="winding",
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Mª Carmen Ruiz Soler", "tesoreria@villanuevadelcampo.example"),
        "2032-02-23 12:44",
        "outlook_html",
        "Buenos días:\n\n"
        "En relación con su correo, les comunicamos que la Tesorería municipal ordenó el pasado viernes 20 de febrero la transferencia correspondiente a la factura LBF/32-0031 (mantenimiento anual del reloj de la torre del Ayuntamiento), por importe de 3.215,40 €.\n\n"
        "Adjuntamos el justificante de la orden de pago para su conciliación.\n\n"
        "Un saludo,\n\n"
        "Mª Carmen Ruiz Soler\nTesorería\nAyuntamiento de Villanueva del Campo",
        lab(
            note="transfer ordered by the town treasury; proof of payment attached as a PDF",
            refs=("LBF/32-0031",),
            paid_date="2032-02-20",
            amount="3215.40",
            currency="EUR",
        ),
        inv="LBF/32-0031",
        amount="3215.40",
        attachment="Justificante_transferencia_LBF-32-0031.pdf",
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Julián Prieto", "julianprieto.sanbartolome@gmail.com"),
        "2032-02-28 21:03",
        "gmail_plain",
        "Buenas tardes, ya esta pagado, lo hice ayer x la tarde desde el banco por internet. En el concepto puse el numero de factura, la 0052 creo.\n"
        "Un saludo y perdonen el retraso\n"
        "Julián\n"
        "Parroquia de San Bartolomé",
        lab(
            note="informal, missing accents; 'ayer' is Fri 27 Feb; '0052' is a short form of the invoice number",
            refs=("LBF/32-0052",),
            paid_date="2032-02-27",
        ),
        inv="LBF/32-0052",
        amount="890.00",
        job="repair",
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Henk de Vries", "scriba@hervormd-sluisdijk.example"),
        "2032-02-24 13:15",
        "gmail",
        "Goedemiddag,\n\n"
        "Onze penningmeester heeft de factuur vorige week donderdag al voldaan: € 1.185,00 naar het rekeningnummer op uw factuur. Misschien duurt het wat langer omdat het een buitenlandse overboeking is.\n\n"
        "Met vriendelijke groet,\n"
        "Henk de Vries\nscriba Hervormde Gemeente Sluisdijk",
        lab(
            note="'vorige week donderdag' written on Tue 24 Feb is Thu 19 Feb",
            paid_date="2032-02-19",
            amount="1185.00",
            currency="EUR",
        ),
        inv="LBF/32-0038",
        amount="1185.00",
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        ("Gemeente Westerbroek", "noreply-betalingen@westerbroek.example"),
        "2032-03-02 06:05",
        "notice",
        "Betaalspecificatie\n\n"
        "Geachte leverancier,\n\n"
        "Hierbij ontvangt u de specificatie van de betaling die de gemeente Westerbroek vandaag aan u heeft overgemaakt.\n\n"
        "Crediteurnummer:   40871\n"
        "Naam:              Larkspur Bell Foundry & Clock Restoration Ltd\n"
        "Betaaldatum:       02-03-2032\n"
        "Betalingskenmerk:  3000 1247 8896 5521\n\n"
        "Factuurnummer      Factuurdatum    Bedrag\n"
        "LBF/32-0064        23-01-2032      € 742,50\n\n"
        "Totaal betaald:                    € 742,50\n\n"
        "Dit bericht is automatisch verstuurd; u kunt er niet op reageren. Heeft u vragen over deze betaling, neem dan contact op met de crediteurenadministratie van de gemeente.",
        lab(
            note="municipal payment specification sent by the finance system; quotes nothing",
            refs=("LBF/32-0064",),
            paid_date="2032-03-02",
            payment_reference="3000 1247 8896 5521",
            amount="742.50",
            currency="EUR",
        ),
        inv="LBF/32-0064",
        amount="742.50",
        job="winding",
        subject="Betaalspecificatie 02-03-2032 crediteur 40871",
        headers=(AUTO_GENERATED,),
        threaded=False,
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Luigi Ferrante", "luigi.ferrante58@libero.it"),
        "2032-02-26 20:41",
        "iphone",
        "fatto",
        lab(
            note="one word, lower case, no punctuation; 'done' in answer to a reminder means paid; no date"
        ),
        inv="LBF/32-0047",
        amount="560.00",
        job="winding",
    ),
    Reply(
        "ps-it-2",
        "payment_sent",
        "it",
        ("Ufficio Economato", "economato@diocesicastelmonte.example"),
        "2032-03-08 11:02",
        "outlook",
        "Buongiorno,\n\n"
        "con la presente comunichiamo che in data odierna è stato disposto il bonifico a saldo della fattura LBF/32-0058, relativa alla manutenzione dell’orologio del campanile della Cattedrale.\n\n"
        "Importo: € 1.960,00\n"
        "CRO: 47120320830\n\n"
        "Distinti saluti\n\n"
        "Ufficio Economato\nCuria Vescovile di Castelmonte",
        lab(
            note="'in data odierna' is the message date",
            refs=("LBF/32-0058",),
            paid_date="2032-03-08",
            payment_reference="47120320830",
            amount="1960.00",
            currency="EUR",
        ),
        inv="LBF/32-0058",
        amount="1960.00",
        charset="windows-1252",
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pp-en-1",
        "promise_to_pay",
        "en",
        ("Margaret Ellery", "m.ellery54@gmail.com"),
        "2032-02-18 16:47",
        "iphone",
        "Not yet, sorry! I’m away with the grandchildren for half term and only have my phone, I can’t get into the parish account from here. I’ll do the transfer on Monday as soon as I’m home.\n"
        "Margaret (St Leonard’s treasurer)",
        lab(
            note="a person who put 'Out of office' in the subject herself; 'not yet' then a promise; 'Monday' after Wed 18 Feb",
            promised_date="2032-02-23",
        ),
        inv="LBF/32-0004",
        amount="520.00",
        job="winding",
        subject="Out of office till Monday",
    ),
    Reply(
        "pp-en-2",
        "promise_to_pay",
        "en",
        ("Sunita Rao", "accounts.payable@pennantfs.example"),
        "2032-02-24 14:03",
        "outlook_html",
        "Hi,\n\n"
        "Thanks for the reminder. Invoice LBF32-0044 has now been approved by the site manager and has been scheduled for our payment run on Friday 27/02. Please allow up to three working days for the funds to reach your account.\n\n"
        "Kind regards,\n\n"
        "Sunita Rao\nAccounts Payable | Pennant Facilities Services plc\nPlease quote a valid PO number on all invoices",
        lab(
            note="past tense ('approved', 'scheduled') announcing a future payment run; 'LBF32-0044' normalised",
            refs=("LBF/32-0044",),
            promised_date="2032-02-27",
        ),
        inv="LBF/32-0044",
        amount="1875.00",
        job="repair",
        headers=(XARS,),
    ),
    Reply(
        "pp-en-3",
        "promise_to_pay",
        "en",
        ("Robert Haines", "clerk@ashbyfenwick-pc.example"),
        "2032-02-27 17:26",
        "thunderbird",
        "Dear Accounts,\n\n"
        "Thank you for the reminder. As you may know, a parish council can only make payments that have been approved at a meeting, and our next meeting is next Thursday. Your invoice for winding the church clock is on the schedule of payments for approval and I will make the bank transfer the morning after the meeting.\n\n"
        "I apologise for the delay, which is entirely due to the February meeting being cancelled because of the snow.\n\n"
        "Yours sincerely,\n\n"
        "Robert Haines\nClerk and RFO\nAshby Fenwick Parish Council",
        lab(
            note="'next Thursday' written on Friday 27 Feb is Thu 4 Mar; the transfer is promised for the morning after",
            promised_date="2032-03-05",
        ),
        inv="LBF/32-0002",
        amount="690.00",
        job="winding",
    ),
    Reply(
        "pp-de-1",
        "promise_to_pay",
        "de",
        ("Claudia Brenner", "verwaltung@schloss-hohenrain.example"),
        "2032-02-25 10:12",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\n"
        "vielen Dank für Ihre Erinnerung. Die Rechnung wurde inzwischen sachlich und rechnerisch geprüft und zur Zahlung freigegeben. Die Überweisung erfolgt mit unserem nächsten Zahllauf in KW 10.\n\n"
        "Mit freundlichen Grüßen\n\n"
        "i. A. Claudia Brenner\nSchlossverwaltung Hohenrain\nRentamt",
        lab(
            note="'freigegeben' is past tense for a future payment; a calendar week resolves to its Monday (ISO week 10 of 2032 starts Mon 1 Mar)",
            promised_date="2032-03-01",
        ),
        inv="LBF/32-0045",
        amount="3940.00",
        job="repair",
        charset="windows-1252",
    ),
    Reply(
        "pp-de-2",
        "promise_to_pay",
        "de",
        ("Josef Kammerlander", "j.kammerlander@gmx.de"),
        "2032-03-04 19:55",
        "android",
        "Grüß Gott,\n"
        "nein, wir haben noch NICHT bezahlt, weil bei Beträgen über 1000 Euro zwei Unterschriften nötig sind und der Herr Pfarrer bis Mitte nächster Woche auf Exerzitien ist. Er hat zugesagt, dass er am 10.03. gleich nach seiner Rückkehr unterschreibt, dann geht die Überweisung am selben Tag raus.\n"
        "Bitte um etwas Geduld\n"
        "J. Kammerlander, Kirchenpfleger",
        lab(
            note="negated payment with the reason, then a dated promise",
            promised_date="2032-03-10",
        ),
        inv="LBF/32-0067",
        amount="1320.00",
    ),
    Reply(
        "pp-fr-1",
        "promise_to_pay",
        "fr",
        ("Élodie Marchand", "secretariat@domaine-valbrune.example"),
        "2032-02-17 11:31",
        "gmail",
        "Bonjour,\n\n"
        "Monsieur de Valbrune est en déplacement jusqu’à la fin de la semaine, mais je lui ai transmis votre relance. Il m’a confirmé au téléphone que la facture serait réglée fin de mois, avec les autres fournisseurs du domaine.\n\n"
        "Bien cordialement,\n\n"
        "Élodie Marchand\nSecrétariat – Domaine de Valbrune",
        lab(
            note="'fin de mois' in February 2032 is the 29th (leap year)",
            promised_date="2032-02-29",
        ),
        inv="LBF/32-0030",
        amount="2760.00",
        job="repair",
    ),
    Reply(
        "pp-es-1",
        "promise_to_pay",
        "es",
        ("Ana Belén Gutiérrez", "administracion@colegiosanildefonso.example"),
        "2032-03-02 09:48",
        "outlook_html",
        "Buenos días:\n\n"
        "Disculpen el retraso. Este trimestre hemos tenido un desfase en el cobro de las cuotas de las familias y hemos tenido que dar prioridad a las nóminas. Les confirmamos que la factura se abonará a finales de mes, en cuanto se regularice la situación.\n\n"
        "Reciban un cordial saludo,\n\n"
        "Ana Belén Gutiérrez\nAdministración\nColegio San Ildefonso",
        lab(
            note="'a finales de mes' is the last day of the month",
            promised_date="2032-03-31",
        ),
        inv="LBF/32-0070",
        amount="1150.00",
    ),
    Reply(
        "pp-es-2",
        "promise_to_pay",
        "es",
        ("Toni Serra", "toniserra.finca@gmail.com"),
        "2032-02-19 22:10",
        "iphone",
        "PERDON X EL RETRASO, LO PAGO EL LUNES SIN FALTA",
        lab(
            note="all caps from a phone, no accents; 'el lunes' after Thu 19 Feb",
            promised_date="2032-02-23",
        ),
        inv="LBF/32-0034",
        amount="480.00",
        job="repair",
    ),
    Reply(
        "pp-nl-1",
        "promise_to_pay",
        "nl",
        ("Jeroen Aalbers", "info@landgoed-hoekenbroek.example"),
        "2032-02-18 09:26",
        "apple",
        "Beste mensen,\n\n"
        "Excuses voor de late betaling; de rentmeester is een paar weken uit de roulatie geweest. Ik heb hem net gesproken: de factuur gaat over twee weken de deur uit, samen met de rest van de kwartaalbetalingen.\n\n"
        "Met vriendelijke groet,\n\n"
        "Jeroen Aalbers\nRentmeesterskantoor Landgoed Hoekenbroek",
        lab(
            note="'over twee weken' is fourteen days after Wed 18 Feb",
            promised_date="2032-03-03",
        ),
        inv="LBF/32-0035",
        amount="2215.00",
    ),
    Reply(
        "pp-nl-2",
        "promise_to_pay",
        "nl",
        ("Yvonne Bakker", "y.bakker@lindenveld.example"),
        "2032-03-01 15:40",
        "outlook",
        "Geachte heer/mevrouw,\n\n"
        "Uw factuur LBF/32-0049 staat inmiddels in de betaalbatch van deze week, die vrijdag wordt uitgevoerd. Het bedrag zou begin volgende week op uw rekening moeten staan.\n\n"
        "Met vriendelijke groet,\n\n"
        "Yvonne Bakker\nTeam Financiële Administratie\nGemeente Lindenveld",
        lab(
            note="Dutch reply to an English reminder; the batch runs on Friday 5 Mar",
            refs=("LBF/32-0049",),
            promised_date="2032-03-05",
        ),
        inv="LBF/32-0049",
        amount="960.00",
        rlang="en",
    ),
    Reply(
        "pp-it-1",
        "promise_to_pay",
        "it",
        ("don Paolo Rinaldi", "donpaolo.rinaldi@gmail.com"),
        "2032-03-09 21:17",
        "gmail_plain",
        "Buonasera,\n"
        "mi scuso per il ritardo, ma il consiglio parrocchiale per gli affari economici si è riunito solo ieri sera. Abbiamo approvato la spesa e salderemo la fattura entro fine mese.\n"
        "Cordialmente\n"
        "don Paolo",
        lab(
            note="'entro fine mese' is the last day of March",
            promised_date="2032-03-31",
        ),
        inv="LBF/32-0074",
        amount="1480.00",
        job="survey",
    ),
    Reply(
        "pp-it-2",
        "promise_to_pay",
        "it",
        ("Silvia Colombo", "ragioneria@comune-roccabruna.example"),
        "2032-02-27 12:20",
        "outlook_html",
        "Buongiorno,\n\n"
        "in riferimento al vostro sollecito, vi informiamo che la fattura in oggetto è stata liquidata con determinazione n. 87 del 20/02/2032. Il mandato di pagamento sarà emesso dalla Ragioneria entro il 15/03, compatibilmente con i tempi della Tesoreria.\n\n"
        "Cordiali saluti\n\n"
        "Silvia Colombo\nServizio Ragioneria\nComune di Roccabruna Alta",
        lab(
            note="'liquidata' (past) is only the approval step; the payment order is promised by 15/03; ISO-8859-1",
            promised_date="2032-03-15",
        ),
        inv="LBF/32-0041",
        amount="2890.00",
        charset="iso-8859-1",
    ),
]

DISPUTE = [
    Reply(
        "dp-en-1",
        "dispute",
        "en",
        ("David Marchbank", "david.marchbank@gmail.com"),
        "2032-02-19 19:02",
        "gmail",
        "Hello,\n\n"
        "We’ve paid £420 for the service visit itself, that went through on Monday. The other £285 is for a new suspension spring which, as far as I can see, was never fitted – I went up the tower with our tower captain on Saturday and the old spring is still there, with your engineer’s chalk mark on it. So we won’t be paying that line until someone can show us otherwise.\n\n"
        "Could you look into it and send a credit note for the £285?\n\n"
        "Thanks,\n"
        "David Marchbank\nChurchwarden, St Michael and All Angels",
        lab(note="paid part, contests the rest: dispute wins over the payment claim"),
        inv="LBF/32-0024",
        amount="705.00",
    ),
    Reply(
        "dp-en-2",
        "dispute",
        "en",
        ("Dr Felicity Crane", "bursary@stcuthberts-college.example"),
        "2032-02-25 11:45",
        "outlook_html",
        "Dear Sir or Madam,\n\n"
        "I refer to invoice LBF/32-0015. Under the maintenance agreement signed in September 2029, the College pays a fixed annual fee of £1,950.00, which includes weekly winding and one service visit and may only be increased by agreement. The invoice is for £2,340.00, and no increase has been notified to us, let alone agreed.\n\n"
        "The College will settle the invoice once it has been reissued at the contracted amount. Until then I should be grateful if you would treat it as disputed.\n\n"
        "Yours faithfully,\n\n"
        "Dr Felicity Crane\nDomestic Bursar\nSt Cuthbert’s College",
        lab(
            note="contract-price dispute; payment offered only at the contracted amount",
            refs=("LBF/32-0015",),
        ),
        inv="LBF/32-0015",
        amount="2340.00",
        job="winding",
    ),
    Reply(
        "dp-en-3",
        "dispute",
        "en",
        ("Kev Hollis", "kevhollis.farm@outlook.com"),
        "2032-03-06 08:14",
        "iphone",
        "THE CLOCK STOPPED AGAIN 3 DAYS AFTER YOUR MAN WAS HERE NOT PAYING TILL ITS FIXED PROPERLY",
        lab(note="all caps, no punctuation; refusal to pay until the repair works"),
        inv="LBF/32-0062",
        amount="1160.00",
        job="repair",
    ),
    Reply(
        "dp-de-1",
        "dispute",
        "de",
        ("Martin Weiß", "m.weiss@kirchberg-aue.example"),
        "2032-03-01 14:37",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\n"
        "die Rechnung LBF/32-0012 wurde von uns bewusst nicht bezahlt. Die Glocke 3 der Stadtkirche läutet nach der Neuaufhängung weiterhin unrund, der Klöppel schlägt einseitig an. Eine Abnahme der Leistung ist daher bisher nicht erfolgt, und ohne Abnahme können wir die Abschlagszahlung nicht anweisen.\n\n"
        "Wir bitten um einen kurzfristigen Termin zur Nachbesserung. Herr Lenz vom Hochbauamt steht dafür zur Verfügung.\n\n"
        "Mit freundlichen Grüßen\n\n"
        "Martin Weiß\nStadt Kirchberg an der Aue\nAmt für Gebäudewirtschaft",
        lab(
            note="deliberate non-payment with the reason (work not accepted); ISO-8859-1, 8bit",
            refs=("LBF/32-0012",),
        ),
        inv="LBF/32-0012",
        amount="8450.00",
        job="bells",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "dp-de-2",
        "dispute",
        "de",
        ("Sabine Osterkamp", "pfarrbuero@st-ansgar-moorhusen.example"),
        "2032-02-17 10:05",
        "thunderbird",
        "Guten Tag,\n\n"
        "da muss ein Fehler vorliegen. Die Wartung unserer Turmuhr am 5. Januar wurde zweimal berechnet: einmal mit LBF/32-0008, die wir am 3. Februar überwiesen haben, und jetzt noch einmal mit LBF/32-0019. Es war aber nur ein Termin, Ihr Techniker war einen Vormittag hier.\n\n"
        "Bitte stornieren Sie die zweite Rechnung.\n\n"
        "Mit freundlichen Grüßen\n"
        "Sabine Osterkamp\nPfarrbüro St. Ansgar",
        lab(
            note="duplicate billing; the payment mentioned is of the other invoice",
            refs=("LBF/32-0008", "LBF/32-0019"),
        ),
        inv="LBF/32-0019",
        amount="385.00",
    ),
    Reply(
        "dp-fr-1",
        "dispute",
        "fr",
        ("Pascal Ribeiro", "intendance@lycee-marcelaubry.example"),
        "2032-02-26 16:20",
        "outlook_html",
        "Madame, Monsieur,\n\n"
        "Nous ne pouvons pas donner suite à votre relance en l’état. Le devis que nous avions accepté pour la réparation de l’horloge de la cour d’honneur s’élevait à 1 450,00 € HT ; la facture LBF/32-0036 porte sur 1 740,00 € HT, sans qu’aucun dépassement nous ait été signalé ni qu’aucun avenant ait été signé.\n\n"
        "Nous vous remercions de bien vouloir émettre un avoir pour la différence, ou une facture rectificative conforme au devis. Le paiement interviendra dès réception.\n\n"
        "Veuillez agréer, Madame, Monsieur, nos salutations distinguées.\n\n"
        "Pascal Ribeiro\nGestionnaire – Lycée Marcel-Aubry",
        lab(
            note="price above the accepted quote; the corrected invoice and the conditional payment are secondary",
            refs=("LBF/32-0036",),
        ),
        inv="LBF/32-0036",
        amount="2088.00",
        job="repair",
    ),
    Reply(
        "dp-fr-2",
        "dispute",
        "fr",
        ("Geneviève Rolland", "g.rolland@paroisse-stmartinduvallon.example"),
        "2032-03-10 18:12",
        "apple",
        "Bonsoir,\n\n"
        "Nous avons bien réglé la facture de janvier pour le remontage. En revanche celle-ci (0071) correspond à une visite d’entretien qui n’a jamais eu lieu : personne n’est venu le 21 janvier, j’étais à l’église toute la journée pour préparer des obsèques et j’avais les clés du clocher sur moi.\n\n"
        "Merci de vérifier de votre côté.\n\n"
        "Geneviève Rolland\nTrésorière, paroisse Saint-Martin-du-Vallon",
        lab(
            note="the payment mentioned is of another invoice; this one is contested (the visit never took place); '0071' is a short form",
            refs=("LBF/32-0071",),
        ),
        inv="LBF/32-0071",
        amount="310.00",
    ),
    Reply(
        "dp-es-1",
        "dispute",
        "es",
        ("Ignacio Murillo", "mayordomia@catedral-santacruz.example"),
        "2032-03-08 13:02",
        "android",
        "Buenas tardes,\n\n"
        "No vamos a pagar esta factura tal como está. En el presupuesto que nos enviaron en noviembre el desplazamiento desde Inglaterra estaba incluido, y ahora aparece aparte como «gastos de viaje» por 640 €. Además, el informe de estado todavía no nos ha llegado.\n\n"
        "Quedo a la espera de una factura corregida y del informe.\n\n"
        "Ignacio Murillo\nMayordomía del Cabildo",
        lab(note="negated payment with the reason: a charge outside the quote"),
        inv="LBF/32-0066",
        amount="1890.00",
        job="survey",
    ),
    Reply(
        "dp-nl-1",
        "dispute",
        "nl",
        ("Luc Vermeulen", "kerkfabriek.sintgertrudis@gmail.com"),
        "2032-02-20 20:33",
        "gmail_plain",
        "Goeiedag,\n\n"
        "Wij gaan deze factuur niet betalen zolang de schade niet hersteld is. Bij het demonteren van de wijzerplaat aan de westkant is de vergulde rand beschadigd; dat hebben wij uw technieker ter plaatse nog gezegd en er zijn foto’s van. Volgens ons moet dat eerst hersteld worden, of van de factuur af.\n\n"
        "Gelieve ons te laten weten wanneer iemand dit kan komen bekijken.\n\n"
        "Met vriendelijke groeten,\n"
        "Luc Vermeulen\nvoorzitter kerkfabriek Sint-Gertrudis",
        lab(note="Flemish; damage caused during the work, payment withheld"),
        inv="LBF/32-0028",
        amount="1640.00",
        job="repair",
    ),
    Reply(
        "dp-nl-2",
        "dispute",
        "nl",
        ("A.J. Postma", "secretaris@dorpskerk-hemmeloo.example"),
        "2032-02-18 11:10",
        "outlook",
        "Geachte heer, mevrouw,\n\n"
        "Wij begrijpen deze herinnering niet. Het opwindcontract voor het uurwerk van de Dorpskerk is door ons opgezegd per 31 december 2031 (zie onze brief van 14 oktober, waarvan u de ontvangst per e-mail heeft bevestigd). Sinds januari winden onze eigen vrijwilligers de klok op.\n\n"
        "De factuur voor het eerste kwartaal van 2032 is daarom ten onrechte verstuurd. Wij verzoeken u deze te crediteren.\n\n"
        "Met vriendelijke groet,\n\n"
        "A.J. Postma\nsecretaris Stichting Dorpskerk Hemmeloo",
        lab(note="billed after the contract was cancelled"),
        inv="LBF/32-0006",
        amount="450.00",
        job="winding",
    ),
    Reply(
        "dp-it-1",
        "dispute",
        "it",
        ("Dott.ssa Marta Vezzoli", "amministrazione@villaorsolina.example"),
        "2032-03-11 10:25",
        "outlook_html",
        "Gentili signori,\n\n"
        "contestiamo l’importo della fattura LBF/32-0069. Le due campane della cappella dovevano essere riconsegnate e rimontate entro il 15 dicembre, come da contratto, e sono state rimontate soltanto il 9 gennaio, con oltre tre settimane di ritardo e dopo le celebrazioni natalizie. L’art. 6 del contratto prevede una penale del 2% per ogni settimana di ritardo, che in fattura non è stata applicata.\n\n"
        "Vi chiediamo pertanto di emettere una nota di credito pari al 6% dell’imponibile. Alla ricezione procederemo al pagamento del saldo.\n\n"
        "Distinti saluti\n\n"
        "Dott.ssa Marta Vezzoli\nAmministrazione – Tenuta Villa Orsolina",
        lab(
            note="contractual late-delivery penalty claimed; payment conditional on the credit note",
            refs=("LBF/32-0069",),
        ),
        inv="LBF/32-0069",
        amount="9600.00",
        job="bells",
        charset="windows-1252",
    ),
    Reply(
        "dp-it-2",
        "dispute",
        "it",
        ("Franco Bellini", "franco.bellini.carmine@gmail.com"),
        "2032-02-22 09:40",
        "iphone",
        "Buongiorno ho pagato 600 euro venerdi per la manutenzione come d accordo, il resto cioè la trasferta non la riconosco perche il vostro tecnico era gia in zona per il comune quindi non ci sta che la paghiamo noi. Fatemi sapere\n"
        "Franco Bellini\nConfraternita del Carmine",
        lab(
            note="paid part, contests the travel charge: dispute over the payment claim; typos and missing accents"
        ),
        inv="LBF/32-0050",
        amount="870.00",
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pl-en-1",
        "payment_plan",
        "en",
        ("Alison Whitby", "vicar@stoswalds-lowerbrayton.example"),
        "2032-03-02 12:18",
        "outlook",
        "Dear all at Larkspur,\n\n"
        "I’m so sorry this is late, and a little embarrassed to be writing. Our parish share to the diocese went up by nearly a third in January and the roof appeal has taken every spare penny, so we simply don’t have £4,820 in the bank at the moment.\n\n"
        "Would you be willing to let us pay it off at £400 a month by standing order, starting on the 15th? I can set it up this week if you agree, and we would of course clear it sooner if the bell appeal does better than expected.\n\n"
        "With thanks for your patience, and for the beautiful job on the bells – the ringers are delighted.\n\n"
        "Alison Whitby\nVicar, St Oswald’s Lower Brayton",
        lab(
            note="hardship and monthly instalments proposed; plan dates and amounts are not labelled"
        ),
        inv="LBF/32-0042",
        amount="4820.00",
        job="bells",
    ),
    Reply(
        "pl-en-2",
        "payment_plan",
        "en",
        ("Tom Kettering", "tom.kettering@gmail.com"),
        "2032-02-26 21:40",
        "gmail_plain",
        "Hi there\n\n"
        "Sent £500 across this evening, the other £780 will follow at the end of March when the spring lettings start paying. Hope that’s OK, shout if not.\n\n"
        "Tom\nMallow Hall",
        lab(
            note="part paid now, the rest at the end of next month: payment_plan, not payment_sent"
        ),
        inv="LBF/32-0039",
        amount="1280.00",
        job="repair",
    ),
    Reply(
        "pl-en-3",
        "payment_plan",
        "en",
        ("Graham Pettifer", "bursar@isarvalley-school.example"),
        "2032-02-18 08:52",
        "outlook_html",
        "Good morning,\n\n"
        "Our financial year ends on 31 March and this year’s maintenance budget is already overspent, mostly thanks to the boiler. Would it be possible to give us until the end of April for this one? I would rather ask than simply pay late without saying anything.\n\n"
        "Best regards,\n"
        "Graham Pettifer\nBursar, Isar Valley International School",
        lab(
            note="English from a school in Germany: German Outlook layout, central-European time; asks for more time"
        ),
        inv="LBF/32-0017",
        amount="3460.00",
        region="cet",
        ui="de",
    ),
    Reply(
        "pl-de-1",
        "payment_plan",
        "de",
        ("Heinz-Georg Lindner", "kasse@foerderverein-glockenspiel.example"),
        "2032-02-20 16:05",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\n"
        "als kleiner Förderverein finanzieren wir die Restaurierung des Glockenspiels ausschließlich über Spenden und Mitgliedsbeiträge. Unsere Spendenaktion zum Stadtfest beginnt erst im Frühjahr, daher können wir den offenen Betrag derzeit nicht auf einmal begleichen.\n\n"
        "Wir möchten Ihnen deshalb eine Zahlung in drei Raten vorschlagen: je 2.300 € zum 15. März, 15. April und 15. Mai. Wären Sie damit einverstanden?\n\n"
        "Mit freundlichen Grüßen\n"
        "Heinz-Georg Lindner\nKassenwart, Förderverein Glockenspiel am Rathaus e. V.",
        lab(note="three instalments proposed"),
        inv="LBF/32-0003",
        amount="6900.00",
        job="bells",
    ),
    Reply(
        "pl-de-2",
        "payment_plan",
        "de",
        ("Dr. Ulrike Hägele", "u.haegele@gut-wiesenhof.example"),
        "2032-03-08 17:44",
        "apple",
        "Hallo,\n\n"
        "ich habe heute 1.000 Euro überwiesen. Den Rest schaffe ich leider erst nach der Holzernte, also voraussichtlich Ende April. Ich hoffe, das ist für Sie in Ordnung.\n\n"
        "Viele Grüße vom Wiesenhof\n"
        "Ulrike Hägele",
        lab(note="part paid today, the rest later: payment_plan; ISO-8859-1"),
        inv="LBF/32-0057",
        amount="2150.00",
        job="repair",
        charset="iso-8859-1",
    ),
    Reply(
        "pl-fr-1",
        "payment_plan",
        "fr",
        ("Jean-Michel Fabre", "mairie@montferrand-le-haut.example"),
        "2032-02-16 15:30",
        "outlook",
        "Madame, Monsieur,\n\n"
        "Le budget primitif de la commune ne sera voté par le conseil municipal que le 26 mars, et les crédits encore disponibles sur l’exercice précédent ne permettent pas de régler la totalité de la facture relative aux cloches de l’église.\n\n"
        "Monsieur le Maire vous propose donc un règlement en deux fois : la moitié dès le vote du budget, le solde en mai. Nous restons à votre disposition pour en discuter.\n\n"
        "Veuillez agréer, Madame, Monsieur, l’expression de nos salutations distinguées.\n\n"
        "Jean-Michel Fabre\nSecrétaire de mairie",
        lab(note="two instalments proposed by a small commune"),
        inv="LBF/31-1012",
        amount="11400.00",
        job="bells",
    ),
    Reply(
        "pl-fr-2",
        "payment_plan",
        "fr",
        ("Colette Arnaud", "amis.chapelle.sainteanne@gmail.com"),
        "2032-03-06 10:48",
        "gmail",
        "Bonjour,\n\n"
        "Je suis la trésorière de l’association, qui ne vit que des cotisations et de la kermesse d’été. Nous avons bien sûr l’intention de payer la réparation de l’horloge, mais serait-il possible d’étaler le paiement sur quatre mois ? Je peux faire un premier virement dès le 15/03.\n\n"
        "Merci d’avance pour votre compréhension,\n"
        "Colette Arnaud\nAssociation des Amis de la Chapelle Sainte-Anne",
        lab(
            note="spread over four months; the first transfer date is part of the plan, not labelled"
        ),
        inv="LBF/32-0073",
        amount="980.00",
        job="repair",
    ),
    Reply(
        "pl-es-1",
        "payment_plan",
        "es",
        ("Mercedes Ibáñez", "mercedes.ibanez.parroquia@gmail.com"),
        "2032-02-25 19:15",
        "iphone",
        "Buenas tardes, ¿sería posible pagarlo en tres plazos? Ahora mismo la parroquia no tiene liquidez para pagarlo todo de golpe. Podríamos empezar el mes que viene.\n"
        "Gracias\n"
        "Mercedes",
        lab(note="instalments asked for from a phone"),
        inv="LBF/32-0040",
        amount="1740.00",
    ),
    Reply(
        "pl-es-2",
        "payment_plan",
        "es",
        ("Javier Castaño", "contabilidad@fincalosalmendros.example"),
        "2032-03-11 12:05",
        "outlook",
        "Buenos días,\n\n"
        "Hoy hemos transferido 1.300 €, la mitad de la factura. La otra mitad la abonaremos a finales de abril, cuando cobremos la cosecha que tenemos pendiente con la cooperativa.\n\n"
        "Espero que no haya inconveniente.\n\n"
        "Un saludo,\n\n"
        "Javier Castaño\nContabilidad – Finca Los Almendros",
        lab(note="half paid today, half at the end of April: payment_plan"),
        inv="LBF/32-0072",
        amount="2600.00",
        job="repair",
        charset="windows-1252",
    ),
    Reply(
        "pl-nl-1",
        "payment_plan",
        "nl",
        ("Marloes Jansen", "directie@obs-deklokkenberg.example"),
        "2032-02-17 07:38",
        "android",
        "Goedemorgen,\n\n"
        "Wij hebben deze factuur helaas niet in onze begroting voor dit jaar opgenomen (het herstel van de schoolklok was een tegenvaller). Is het mogelijk een betalingsregeling af te spreken, bijvoorbeeld in vier maandelijkse termijnen?\n\n"
        "Groet,\n"
        "Marloes Jansen\ndirecteur OBS De Klokkenberg",
        lab(note="monthly instalments asked for"),
        inv="LBF/32-0029",
        amount="1395.00",
        job="repair",
    ),
    Reply(
        "pl-it-1",
        "payment_plan",
        "it",
        ("Dott. Andrea Mancini", "finanziaria@comune-sanvitoalcolle.example"),
        "2032-03-03 11:12",
        "outlook_html",
        "Spett.le Larkspur Bell Foundry,\n\n"
        "a causa del ritardo nel trasferimento dei fondi regionali destinati al restauro del campanile, l’Ente non è in grado di liquidare la fattura in un’unica soluzione. Si chiede pertanto la disponibilità a una rateizzazione in tre rate mensili di pari importo, a partire da aprile.\n\n"
        "In attesa di un cortese riscontro, si porgono distinti saluti.\n\n"
        "Dott. Andrea Mancini\nResponsabile Area Finanziaria\nComune di San Vito al Colle",
        lab(note="very formal request for three monthly instalments"),
        inv="LBF/32-0009",
        amount="7200.00",
        job="bells",
    ),
    Reply(
        "pl-it-2",
        "payment_plan",
        "it",
        ("Giovanna Ricci", "giovanna@agriturismo-poggiofiorito.example"),
        "2032-02-23 22:05",
        "thunderbird",
        "Buonasera,\n"
        "vi scrivo con un po' di imbarazzo: la stagione invernale è andata peggio del previsto e in questo momento non riesco a pagare tutta la fattura dell'orologio della torretta. Mi servirebbe ancora un paio di mesi, magari pagando una parte a fine marzo e il resto a maggio quando riapriamo agli ospiti.\n"
        "Vi ringrazio se potete venirmi incontro.\n"
        "Giovanna Ricci\nAgriturismo Poggio Fiorito",
        lab(note="hardship, more time and part payments later; ISO-8859-1, 8bit, format=flowed"),
        inv="LBF/32-0043",
        amount="1270.00",
        job="repair",
        charset="iso-8859-1",
        cte="8bit",
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        (
            "Purchase Ledger - Barnfield Academies Trust",
            "purchase.ledger@barnfield-trust.example",
        ),
        "2032-03-08 10:14",
        "outlook_html",
        "Good morning,\n\n"
        "We are unable to process this invoice because it does not quote a valid purchase order number. All suppliers to the Trust must quote a PO on every invoice; without one our finance system will not release payment.\n\n"
        "The PO raised for the clock repair at Barnfield Park School is PO-22-04187. Once you send us a revised invoice quoting that number, we will include it in the next payment run.\n\n"
        "Kind regards,\n\n"
        "Purchase Ledger Team\nBarnfield Academies Trust",
        lab(
            note="conditional payment: a reissued invoice with the PO number is needed first; the amount is not contested"
        ),
        inv="LBF/32-0075",
        amount="1540.00",
        job="repair",
        headers=(XARS,),
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Jill Pargeter", "jill.pargeter@gmail.com"),
        "2032-02-20 14:26",
        "apple",
        "Hello,\n\n"
        "Sorry to be dim, but can you tell me what this is for? I took over as treasurer from Brian in January and I can’t find anything about it in the files he handed over. If you could send me a copy of the invoice and say what the work was, I’ll get it sorted.\n\n"
        "Many thanks\n"
        "Jill Pargeter\nTreasurer, Holy Trinity Nether Stow",
        lab(
            note="asks what the charge is and for a copy; the collector answers with the invoice and job details"
        ),
        inv="LBF/32-0037",
        amount="265.00",
        job="survey",
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Nick Sowerby", "n.sowerby@thornleigh-farms.example"),
        "2032-03-10 09:02",
        "gmail_plain",
        "Morning,\n\n"
        "Happy to pay this but your invoice doesn’t have any bank details on it, and after the business with the fake invoice last year our accountant won’t let me pay anyone from details sent in an email. Could you post us a letter on your headed paper with the account number and sort code? As soon as it arrives it’ll go out.\n\n"
        "Nick Sowerby\nThornleigh Estate Farms",
        lab(
            note="needs bank details on headed paper before paying; not contesting, and the promise depends on the letter"
        ),
        inv="LBF/32-0076",
        amount="845.00",
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Kämmerei Landratsamt Oberweiden", "rechnungseingang@lra-oberweiden.example"),
        "2032-02-24 08:40",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\n"
        "Ihre Rechnung LBF/32-0026 haben wir als PDF per E-Mail erhalten. Als öffentlicher Auftraggeber dürfen wir Rechnungen jedoch nur noch als elektronische Rechnung im Format XRechnung annehmen.\n\n"
        "Bitte reichen Sie die Rechnung erneut über das Rechnungseingangsportal ein und geben Sie dabei die Leitweg-ID 09-4711-23 an. Nach Eingang wird sie umgehend bearbeitet.\n\n"
        "Mit freundlichen Grüßen\n\n"
        "Kämmerei – Rechnungseingang\nLandratsamt Oberweiden",
        lab(
            note="public body needs the invoice resubmitted as an e-invoice before it can pay",
            refs=("LBF/32-0026",),
        ),
        inv="LBF/32-0026",
        amount="1610.00",
    ),
    Reply(
        "ir-de-2",
        "invoice_request",
        "de",
        ("Gabriele Wirtz", "pfarramt@st-laurentius-hollerath.example"),
        "2032-03-05 11:48",
        "thunderbird",
        "Guten Tag,\n\n"
        "diese Rechnung ist bei uns nie angekommen, weder per Post noch per Mail. Könnten Sie sie uns bitte noch einmal als PDF schicken? Dann gebe ich sie gleich an die Rendantur weiter.\n\n"
        "Freundliche Grüße\n"
        "Gabriele Wirtz\nPfarrsekretärin",
        lab(note="invoice never received, copy requested; ISO-8859-1, 8bit, format=flowed"),
        inv="LBF/32-0063",
        amount="395.00",
        job="winding",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Karima Benali", "service.facturier@univ-valcourt.example"),
        "2032-03-03 14:50",
        "outlook_html",
        "Bonjour,\n\n"
        "Nous n’avons trouvé aucune trace de votre facture dans Chorus Pro. Pour les établissements publics, le dépôt sur Chorus Pro est obligatoire : une facture adressée uniquement par courriel ne peut pas être mise en paiement.\n\n"
        "Merci de la déposer en indiquant le numéro d’engagement juridique 2100045872 et le code service FIN-PAT. Le délai de paiement courra à compter de ce dépôt.\n\n"
        "Cordialement,\n\n"
        "Karima Benali\nService facturier – Université de Valcourt",
        lab(note="must be filed on the public e-invoicing portal before it can be paid"),
        inv="LBF/32-0060",
        amount="2475.00",
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Hubert Delacroix", "h.delacroix@chateau-lesvignes.example"),
        "2032-02-16 17:10",
        "gmail",
        "Bonjour,\n\n"
        "Je veux bien régler, mais votre facture ne comporte ni RIB ni IBAN. Pouvez-vous m’envoyer vos coordonnées bancaires (IBAN et BIC) pour un virement en euros ? Je ferai le nécessaire dès réception.\n\n"
        "Cordialement,\n"
        "Hubert Delacroix",
        lab(note="French reply to an English reminder; bank details needed before paying"),
        inv="LBF/32-0025",
        amount="1365.00",
        job="repair",
        rlang="en",
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Rosa María Peláez", "administracion@parroquiasanlorenzo.example"),
        "2032-02-19 11:35",
        "outlook",
        "Buenos días:\n\n"
        "Para poder tramitar el pago necesitamos que nos envíen de nuevo la factura LBF/32-0016 con el NIF de la parroquia (R1234567C) y la dirección fiscal correcta, ya que la que nos mandaron va a nombre del Obispado y nuestra gestoría no la puede contabilizar así.\n\n"
        "Muchas gracias.\n\n"
        "Rosa María Peláez\nParroquia de San Lorenzo",
        lab(
            note="reissue with the right tax number and name before paying; the amount is not contested",
            refs=("LBF/32-0016",),
        ),
        inv="LBF/32-0016",
        amount="720.00",
        charset="windows-1252",
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Álvaro Domínguez", "alvaro.dominguez@ies-puertadelsol.example"),
        "2032-03-09 13:22",
        "gmail_plain",
        "Hola,\n\n"
        "¿Me podéis mandar un extracto de cuenta con todas las facturas pendientes? Me han llegado varios recordatorios estas semanas y ya no sé cuáles están pagadas y cuáles no.\n\n"
        "Gracias,\n"
        "Álvaro Domínguez\nSecretaría – IES Puerta del Sol",
        lab(note="statement of account requested"),
        inv="LBF/32-0068",
        amount="590.00",
        job="winding",
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Sanne Visser", "crediteuren@oosterwijde.example"),
        "2032-02-26 10:30",
        "outlook_html",
        "Geachte heer, mevrouw,\n\n"
        "Wij kunnen factuur LBF/32-0046 niet in behandeling nemen, omdat er geen inkoopordernummer op staat. Volgens onze inkoopvoorwaarden worden facturen zonder geldig ordernummer niet betaalbaar gesteld.\n\n"
        "Wilt u een nieuwe factuur sturen met vermelding van ordernummer 4500087123? Deze wordt dan binnen de betaaltermijn van 30 dagen voldaan.\n\n"
        "Met vriendelijke groet,\n\n"
        "Sanne Visser\nCrediteurenadministratie\nGemeente Oosterwijde",
        lab(note="reissue with a PO number, amount not contested", refs=("LBF/32-0046",)),
        inv="LBF/32-0046",
        amount="880.00",
        headers=(XARS,),
    ),
    Reply(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Bram Hulshof", "bram.hulshof@gmail.com"),
        "2032-03-06 12:03",
        "iphone",
        "wat is dit voor factuur?? er is hier volgens mij niemand geweest sinds de zomer. kunt u de werkbon of het rapport sturen dan kijk ik het na\n"
        "Bram",
        lab(note="asks what it is for and wants the job sheet; doubtful but not contesting"),
        inv="LBF/32-0065",
        amount="615.00",
        job="survey",
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Rosa Esposito", "segreteria@icpascoli-valdarno.example"),
        "2032-03-02 10:05",
        "outlook",
        "Gentili signori,\n\n"
        "la fattura in oggetto non può essere accettata in formato PDF. Come previsto per le pubbliche amministrazioni, le fatture devono essere trasmesse in formato elettronico tramite il Sistema di Interscambio (SdI), indicando il codice univoco ufficio UFX4K2 e il CIG Z8A3B1C2D4.\n\n"
        "Vi preghiamo di riemettere la fattura secondo queste indicazioni; provvederemo al pagamento nei termini di legge.\n\n"
        "Cordiali saluti\n\n"
        "Il DSGA\nRosa Esposito\nIstituto Comprensivo “G. Pascoli”",
        lab(note="public school needs an e-invoice before it can pay"),
        inv="LBF/32-0059",
        amount="1180.00",
        job="repair",
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Peter Ambrose", "peter.ambrose@gmail.com"),
        "2032-02-16 18:20",
        "gmail",
        "Hi,\n\n"
        "I stood down as treasurer of St Mary’s at the AGM in December, so I’m afraid I can’t do anything with this. The new treasurer is Alan Pryce – treasurer@stmarys-wellingborne.example – and it might be worth updating your records so that the reminders go to him.\n\n"
        "All the best,\n"
        "Peter",
        lab(new_contact="treasurer@stmarys-wellingborne.example"),
        inv="LBF/32-0014",
        amount="610.00",
        job="winding",
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Accounts Department", "accounts@ravensworth-hall.example"),
        "2032-03-04 03:12",
        "html_only",
        "Dear Sir/Madam,\n\n"
        "Kindly note that we are currently migrating our accounts department to a new email system. With immediate effect please direct all invoices, statements and payment reminders for our account to ravensworthhall.accounts@gmail.com ONLY.\n\n"
        "Our old address will no longer be monitored and any correspondence sent there may be lost. Please confirm once your records have been updated.\n\n"
        "Regards,\n"
        "Accounts Department\nRavensworth Hall",
        lab(
            note="reads like a redirection scam (odd hour, free-mail address, Reply-To); the label records what the message asks, and a person should verify it by phone before changing anything",
            new_contact="ravensworthhall.accounts@gmail.com",
        ),
        inv="LBF/32-0079",
        amount="2240.00",
        headers=(("Reply-To", "ravensworthhall.accounts@gmail.com"),),
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Dean Mottram", "dean@mottram-plumbing.example"),
        "2032-02-17 12:55",
        "iphone",
        "wrong person mate this is a plumbing firm we havent got a clock tower lol",
        lab(note="not the customer at all, no punctuation, no new address"),
        inv="LBF/32-0022",
        amount="575.00",
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Birgit Hauser", "pfarramt@ekg-talheimnord.example"),
        "2032-02-25 09:40",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\n"
        "seit dem 1. Januar 2032 werden die Finanzen unserer Kirchengemeinde nicht mehr vom Pfarramt, sondern von der Kirchlichen Verwaltungsstelle Unterland bearbeitet. Bitte senden Sie Rechnungen und Zahlungserinnerungen künftig an rechnungen@kvs-unterland.example.\n\n"
        "Ihre Erinnerung habe ich dorthin weitergeleitet.\n\n"
        "Mit freundlichen Grüßen\n"
        "Birgit Hauser\nPfarramtssekretärin",
        lab(
            note="German reply to an English reminder",
            new_contact="rechnungen@kvs-unterland.example",
        ),
        inv="LBF/32-0048",
        amount="1045.00",
        rlang="en",
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Gérard Aubineau", "gerard.aubineau@orange.fr"),
        "2032-03-11 20:10",
        "thunderbird",
        "Bonsoir,\n\n"
        "Je ne m’occupe plus de la comptabilité de la paroisse depuis septembre, j’ai passé la main pour raisons de santé. C’est désormais M. Olivier Delorme qui gère les factures : economat.paroisse-stjoseph@orange.fr. Je lui transfère votre message.\n\n"
        "Bien à vous,\n"
        "G. Aubineau",
        lab(new_contact="economat.paroisse-stjoseph@orange.fr"),
        inv="LBF/32-0077",
        amount="430.00",
        job="winding",
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Camille Fournier", "c.fournier@chateau-bellegarde.example"),
        "2032-02-17 16:02",
        "outlook_html",
        "Bonjour,\n\n"
        "Je suis guide-conférencière au château et je ne traite pas les factures. Merci d’adresser vos relances au service comptable, Compta.Fournisseurs@Chateau-Bellegarde.example, que je mets en copie.\n\n"
        "Cordialement,\n"
        "Camille Fournier",
        lab(
            note="address written in mixed case and copied in Cc; labelled in lower case",
            new_contact="compta.fournisseurs@chateau-bellegarde.example",
        ),
        inv="LBF/32-0032",
        amount="3120.00",
        job="repair",
        cc="Compta.Fournisseurs@Chateau-Bellegarde.example",
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Lucía Herrero", "secretaria@colegiovirgendelavega.example"),
        "2032-03-01 10:22",
        "gmail",
        "Buenos días:\n\n"
        "Este correo es el de la secretaría del colegio (matrículas, certificados, etc.). Los pagos a proveedores los lleva el departamento de administración, cuya dirección es administracion@colegiovirgendelavega.example. Les reenvío su mensaje, pero les ruego que actualicen el contacto.\n\n"
        "Un saludo,\n"
        "Lucía Herrero",
        lab(new_contact="administracion@colegiovirgendelavega.example"),
        inv="LBF/32-0053",
        amount="760.00",
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Marta Solís", "marta.solis.g@hotmail.com"),
        "2032-02-21 11:33",
        "android",
        "Se han equivocado de persona. No tengo nada que ver con ninguna iglesia ni con ningún reloj, revisen sus datos por favor.",
        lab(note="not the customer, no new address"),
        inv="LBF/32-0027",
        amount="1095.00",
        job="survey",
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Wim Brouwer", "w.brouwer@kerkrentmeesters-oosthem.example"),
        "2032-03-05 09:14",
        "outlook",
        "Goedemorgen,\n\n"
        "Ik ben sinds 1 januari geen penningmeester meer van het college van kerkrentmeesters. Mijn opvolger is mevrouw G. Hoekstra, bereikbaar via penningmeester@kerkrentmeesters-oosthem.example. Wilt u uw gegevens aanpassen?\n\n"
        "Met vriendelijke groet,\n"
        "Wim Brouwer",
        lab(new_contact="penningmeester@kerkrentmeesters-oosthem.example"),
        inv="LBF/32-0054",
        amount="505.00",
        job="winding",
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Landgoed De Wildhorst", "info@landgoed-dewildhorst.example"),
        "2032-02-23 09:17",
        "notice",
        "Let op: dit e-mailadres is niet meer in gebruik.\n\n"
        "Landgoed De Wildhorst heeft een nieuwe administratie. Facturen en vragen over betalingen kunt u voortaan sturen naar administratie@dewildhorst-beheer.example. Berichten aan dit adres worden niet meer gelezen.\n\n"
        "Met vriendelijke groet,\n"
        "Landgoed De Wildhorst",
        lab(
            note="automatic 'address no longer in use' notice naming the new address: wrong_contact, not auto_reply",
            new_contact="administratie@dewildhorst-beheer.example",
        ),
        inv="LBF/32-0051",
        amount="1720.00",
        job="repair",
        subject="Dit adres is niet meer in gebruik",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Roberto Galli", "r.galli@villamarenzi.example"),
        "2032-02-18 12:30",
        "gmail_plain",
        "Buongiorno, guardi che non sono io che mi occupo dei pagamenti della villa, io curo il parco e le serre, l'indirizzo me l'hanno dato solo per gli appuntamenti con i fornitori. Dovete scrivere all'amministrazione: amministrazione@villamarenzi.example\n"
        "Saluti\n"
        "Roberto",
        lab(new_contact="amministrazione@villamarenzi.example"),
        inv="LBF/32-0023",
        amount="2350.00",
    ),
    Reply(
        "wc-it-2",
        "wrong_contact",
        "it",
        ("don Marco Pellegrini", "parrocchia.santalucia@diocesi-altavalle.example"),
        "2032-03-11 16:40",
        "outlook_html",
        "Buongiorno,\n\n"
        "per tutte le questioni amministrative della parrocchia, pagamenti compresi, ci appoggiamo allo Studio Bianchi & Associati, che legge in copia. Vi prego di rivolgervi direttamente a loro (studio@bianchiassociati.example) per questa e per le prossime fatture.\n\n"
        "Un cordiale saluto,\n"
        "don Marco Pellegrini",
        lab(
            note="the accountants' office is copied in and named as the contact",
            new_contact="studio@bianchiassociati.example",
        ),
        inv="LBF/32-0078",
        amount="640.00",
        job="winding",
        cc="Studio Bianchi & Associati <studio@bianchiassociati.example>",
    ),
]

UNSUBSCRIBE = [
    Reply(
        "us-en-1",
        "unsubscribe",
        "en",
        ("Geoffrey Lamb", "chair@fenwickbelltrust.example"),
        "2032-03-02 20:05",
        "outlook",
        "Please stop sending these emails. This is the third in a fortnight. As I told your colleague on the phone, the Trust’s trustees meet on the 12th and your invoice will be paid after that meeting and not before, however many reminders you send.\n\n"
        "G. Lamb\nChair, Fenwick Bell Restoration Trust",
        lab(note="a promise wrapped in a stop request: unsubscribe beats everything but bounce"),
        inv="LBF/32-0056",
        amount="5400.00",
        job="bells",
    ),
    Reply(
        "us-en-2",
        "unsubscribe",
        "en",
        ("Edward Ellerby", "e.ellerby@ellerby-estate.example"),
        "2032-02-27 15:22",
        "outlook_html",
        "Dear Sirs,\n\n"
        "Given the unresolved problems with the work on the stable clock, which have been set out in previous correspondence, the Estate has instructed solicitors. Any further correspondence about this invoice should be addressed to Coulson Marsh LLP, 14 Abbey Street, Thirlby, quoting reference HC/ELL/2291.\n\n"
        "We shall not be responding to further emails on this matter.\n\n"
        "Yours faithfully,\n\n"
        "Edward Ellerby\nfor the Trustees of the Ellerby Estate",
        lab(
            note="everything through the solicitors, by post: unsubscribe, although a dispute lies behind it"
        ),
        inv="LBF/32-0055",
        amount="1930.00",
        job="repair",
    ),
    Reply(
        "us-en-3",
        "unsubscribe",
        "en",
        ("Rachel Onions", "bursary.office@capelweston-college.example"),
        "2032-02-18 11:15",
        "thunderbird",
        "Good morning,\n\n"
        "The Bursar has asked me to let you know that the College does not accept invoices or payment reminders by email. Please send all such correspondence by post to the Bursary, Capel Weston College, and remove this address from your mailing list.\n\n"
        "Thank you,\n"
        "Rachel Onions\nBursary Assistant",
        lab(note="post only, written by an assistant"),
        inv="LBF/32-0018",
        amount="2100.00",
        job="winding",
    ),
    Reply(
        "us-de-1",
        "unsubscribe",
        "de",
        ("Thomas Reindl", "thomas.reindl@web.de"),
        "2032-02-21 10:02",
        "android",
        "Hallo,\n"
        "bitte nehmen Sie meine private Adresse aus Ihrem Verteiler. Ich war bis letztes Jahr Mesner in St. Nikolaus und habe mit Rechnungen nichts zu tun. Danke.",
        lab(
            note="remove me, not the right person, no new address: unsubscribe beats wrong_contact"
        ),
        inv="LBF/32-0013",
        amount="350.00",
    ),
    Reply(
        "us-de-2",
        "unsubscribe",
        "de",
        ("Gutsverwaltung Stetten", "gutsverwaltung@gut-stetten.example"),
        "2032-03-08 10:47",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\n"
        "wir bitten Sie, uns künftig keine Zahlungserinnerungen per E-Mail mehr zu senden. Die Gutsverwaltung bearbeitet Rechnungen und Schriftverkehr ausschließlich auf dem Postweg.\n\n"
        "Der Vollständigkeit halber: Die Rechnung wurde am vergangenen Freitag überwiesen.\n\n"
        "Mit freundlichen Grüßen\n\n"
        "Gutsverwaltung Stetten\ni. A. K. Brandl",
        lab(
            note="post only plus a payment claim: unsubscribe wins, so the payment date is not labelled; ISO-8859-1"
        ),
        inv="LBF/32-0080",
        amount="1460.00",
        job="repair",
        charset="iso-8859-1",
    ),
    Reply(
        "us-fr-1",
        "unsubscribe",
        "fr",
        ("Yves Castagnet", "yves.castagnet@gmail.com"),
        "2032-03-09 08:30",
        "gmail_plain",
        "Bonjour,\n"
        "merci de retirer mon adresse de vos envois. Je ne fais plus partie du conseil économique de la paroisse depuis l’an dernier et je n’ai pas à recevoir ces relances.\n"
        "Y. Castagnet",
        lab(note="remove me, no new address"),
        inv="LBF/32-0081",
        amount="290.00",
        job="winding",
    ),
    Reply(
        "us-es-1",
        "unsubscribe",
        "es",
        ("Fernando Olmedo", "gerencia@haciendasanjulian.example"),
        "2032-03-04 12:30",
        "outlook_html",
        "Muy señores míos:\n\n"
        "Les ruego que no vuelvan a dirigirse a esta dirección de correo. Todo lo relativo a esta factura y a la reclamación que tenemos abierta por la reparación de la campana lo lleva nuestro abogado, D. Ignacio Prats, del despacho Prats & Roldán Abogados, con quien deberán ponerse en contacto.\n\n"
        "Atentamente,\n\n"
        "Fernando Olmedo\nGerente – Hacienda San Julián",
        lab(note="'talk to our lawyer' with no address: unsubscribe"),
        inv="LBF/32-0082",
        amount="3380.00",
        job="bells",
    ),
    Reply(
        "us-es-2",
        "unsubscribe",
        "es",
        ("Conchi Vidal", "conchi.vidal.r@gmail.com"),
        "2032-02-20 13:10",
        "iphone",
        "Dejen de mandarme recordatorios por favor, ya está pagado desde hace semanas!! Es el tercer correo que me llega",
        lab(note="stop request plus a payment claim: unsubscribe wins"),
        inv="LBF/32-0010",
        amount="395.00",
        job="winding",
    ),
    Reply(
        "us-nl-1",
        "unsubscribe",
        "nl",
        ("J. Dekker", "jdekker1961@gmail.com"),
        "2032-02-22 21:48",
        "gmail_plain",
        "Afmelden",
        lab(note="one word"),
        inv="LBF/32-0007",
        amount="275.00",
        job="winding",
    ),
    Reply(
        "us-nl-2",
        "unsubscribe",
        "nl",
        ("Ingrid van Leeuwen", "secretariaat@kasteelwolfsweerd.example"),
        "2032-03-10 14:05",
        "outlook_html",
        "Geachte heer/mevrouw,\n\n"
        "Het bestuur van de stichting heeft besloten dat alle financiële correspondentie voortaan uitsluitend per post wordt afgehandeld. Wij verzoeken u dan ook geen herinneringen meer per e-mail te sturen, maar uw correspondentie te richten aan het postadres van de stichting.\n\n"
        "Met vriendelijke groet,\n\n"
        "namens het bestuur,\n"
        "Ingrid van Leeuwen\nsecretaris Stichting Kasteel Wolfsweerd",
        lab(note="post only"),
        inv="LBF/32-0083",
        amount="1980.00",
    ),
    Reply(
        "us-it-1",
        "unsubscribe",
        "it",
        ("Chiara Fontana", "chiara.fontana84@gmail.com"),
        "2032-02-25 13:40",
        "gmail",
        "Buongiorno,\n"
        "vi chiedo gentilmente di non scrivere più a questo indirizzo: è la mia e-mail personale, l’avevo data soltanto per fissare l’appuntamento del tecnico in parrocchia. Per le fatture dovete rivolgervi alla parrocchia.\n"
        "Grazie\n"
        "Chiara Fontana",
        lab(
            note="stop writing to this personal address; points to the parish without an address: unsubscribe beats wrong_contact"
        ),
        inv="LBF/32-0001",
        amount="720.00",
        job="winding",
    ),
    Reply(
        "us-it-2",
        "unsubscribe",
        "it",
        ("Fabrizio Orlandi", "f.orlandi@castelloorlandi.example"),
        "2032-03-04 17:55",
        "outlook",
        "Egregi signori,\n\n"
        "vi diffido dal continuare a inviarmi solleciti per una fattura che contesto da mesi. D’ora in avanti qualsiasi comunicazione dovrà passare esclusivamente dal mio legale, l’avv. Giorgia Sarti del foro di Mantova.\n\n"
        "Fabrizio Orlandi",
        lab(note="cease-and-desist with 'only through my lawyer': unsubscribe beats the dispute"),
        inv="LBF/31-0995",
        amount="4150.00",
        job="repair",
        charset="windows-1252",
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Helen Marwick", "h.marwick@oakhurst-tc.example"),
        "2032-02-17 08:41",
        "notice_alt",
        "Thank you for your email. I am on annual leave until Thursday 26 February with no access to email. For urgent finance matters please contact finance@oakhurst-tc.example.\n\n"
        "Helen Marwick\nFinance Officer, Oakhurst Town Council",
        lab(
            note="'until X' → X; the colleague address does not set new_contact",
            return_date="2032-02-26",
        ),
        inv="LBF/31-1050",
        amount="1320.00",
        subject="Automatic reply: {rsub}",
        headers=(AUTO_GENERATED, XARS),
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        "en",
        ("Finance Helpdesk", "finance.helpdesk@kingsmere-college.example"),
        "2032-03-03 08:21",
        "notice",
        "This is an automated message – please do not reply.\n\n"
        "Thank you for contacting the Finance Helpdesk at Kingsmere College. Your enquiry has been logged with reference FIN-108734 and passed to the Accounts Payable team.\n\n"
        "We aim to respond to supplier enquiries within five working days. If you need to add anything, please reply keeping the reference in the subject line.\n\n"
        "Finance Helpdesk\nKingsmere College",
        lab(note="ticket-system acknowledgement, no date"),
        inv="LBF/31-1061",
        amount="2480.00",
        subject="[FIN-108734] Enquiry received: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        "en",
        ("Ashdown Primary School Office", "office@ashdown-primary.example"),
        "2032-02-16 08:33",
        "notice",
        "Thank you for your email. The school office is closed for the February half-term holiday. We will reply to your message when the office reopens on Monday 23rd February.\n\n"
        "If your message concerns the safety of a child, please contact the local authority’s duty team.\n\n"
        "Ashdown Primary School",
        lab(
            note="only X-Autoreply marks it as automatic, and the subject looks like a normal reply",
            return_date="2032-02-23",
        ),
        inv="LBF/31-1074",
        amount="560.00",
        headers=(("X-Autoreply", "yes"),),
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Stefanie Krüger", "s.krueger@bad-hollenfeld.example"),
        "2032-02-24 09:12",
        "notice_alt",
        "Vielen Dank für Ihre Nachricht.\n\n"
        "Ich bin bis einschließlich Freitag, 27.02.2032, nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ab Montag, 01.03.2032, bin ich wieder für Sie erreichbar. Ihre E-Mail wird nicht weitergeleitet.\n\n"
        "In dringenden Fällen wenden Sie sich bitte an die Stadtkasse: stadtkasse@bad-hollenfeld.example\n\n"
        "Mit freundlichen Grüßen\n"
        "Stefanie Krüger\nKämmerei",
        lab(
            note="'wieder erreichbar ab' wins over 'bis einschließlich'",
            return_date="2032-03-01",
        ),
        inv="LBF/31-1080",
        amount="1710.00",
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO_GENERATED, XARS),
    ),
    Reply(
        "ar-de-2",
        "auto_reply",
        "de",
        ("Pfarrbüro St. Michael", "pfarrbuero@st-michael-erlenbach.example"),
        "2032-03-03 09:06",
        "notice",
        "Liebe Absenderin, lieber Absender,\n\n"
        "vielen Dank für Ihre Nachricht an das Pfarrbüro St. Michael. Das Büro ist dienstags und donnerstags von 9 bis 12 Uhr besetzt; Ihre E-Mail wird zu den Öffnungszeiten bearbeitet.\n\n"
        "Ihr Pfarrbüro St. Michael",
        lab(note="office-hours responder carrying only 'Precedence: bulk'; no return date"),
        inv="LBF/31-1088",
        amount="480.00",
        subject="Ihre Nachricht an das Pfarrbüro St. Michael",
        headers=(("Precedence", "bulk"),),
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Sophie Lambert", "sophie.lambert@mairie-vernoux.example"),
        "2032-02-24 09:20",
        "notice",
        "Bonjour,\n\n"
        "Je suis absente du 23 février au 1er mars inclus, sans accès à ma messagerie. Je traiterai votre message à mon retour, le mardi 2 mars.\n\n"
        "Pour toute urgence, vous pouvez joindre l’accueil de la mairie.\n\n"
        "Sophie Lambert\nComptabilité – Mairie de Vernoux-la-Forêt",
        lab(
            note="the stated day back wins over 'jusqu'au 1er mars inclus'",
            return_date="2032-03-02",
        ),
        inv="LBF/31-1029",
        amount="950.00",
        subject="Absence jusqu’au 1er mars",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-fr-2",
        "auto_reply",
        "fr",
        ("Mairie de Saint-Pons-les-Vignes", "accueil@mairie-saintpons.example"),
        "2032-03-08 09:15",
        "notice",
        "Madame, Monsieur,\n\n"
        "Nous accusons réception de votre courriel, qui a été transmis au service concerné. Il sera traité dans les meilleurs délais.\n\n"
        "Ce message est généré automatiquement, merci de ne pas y répondre.\n\n"
        "Les services de la Mairie de Saint-Pons-les-Vignes",
        lab(note="receipt acknowledgement from a town hall, no date"),
        inv="LBF/31-1033",
        amount="1240.00",
        subject="Accusé de réception : {rsub}",
        headers=(AUTO_REPLIED,),
        threaded=False,
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Isabel Navarro", "inavarro@obispado-santaeulalia.example"),
        "2032-02-26 09:08",
        "notice_alt",
        "Gracias por su mensaje. Estaré fuera de la oficina hasta el 8 de marzo, sin acceso al correo electrónico. Para asuntos urgentes de administración pueden dirigirse a economato@obispado-santaeulalia.example.\n\n"
        "Un saludo,\n"
        "Isabel Navarro\nAdministración Diocesana",
        lab(note="'hasta X' → X itself", return_date="2032-03-08"),
        inv="LBF/31-1046",
        amount="2650.00",
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_GENERATED, XARS),
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Pieter Smit", "p.smit@gemeente-haverveld.example"),
        "2032-03-03 09:19",
        "notice_alt",
        "Dank voor uw bericht. Ik ben afwezig tot en met vrijdag 5 maart en lees mijn e-mail niet. Vanaf maandag 8 maart ben ik weer aanwezig.\n\n"
        "Voor zaken die niet kunnen wachten kunt u contact opnemen met het team Financiën via financien@gemeente-haverveld.example.\n\n"
        "Met vriendelijke groet,\n"
        "Pieter Smit",
        lab(
            note="'vanaf maandag 8 maart' wins over 'tot en met vrijdag 5 maart'",
            return_date="2032-03-08",
        ),
        inv="LBF/31-1057",
        amount="1130.00",
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_GENERATED, XARS),
    ),
    Reply(
        "ar-nl-2",
        "auto_reply",
        "nl",
        ("Gemeente Brakelveen", "noreply-zaken@brakelveen.example"),
        "2032-02-19 09:11",
        "notice",
        "Geachte afzender,\n\n"
        "Wij hebben uw e-mail ontvangen en geregistreerd onder zaaknummer Z/32/004178. Uw bericht wordt doorgestuurd naar de afdeling die erover gaat. U ontvangt binnen tien werkdagen een inhoudelijke reactie.\n\n"
        "Vermeld bij verdere correspondentie altijd het zaaknummer.\n\n"
        "Met vriendelijke groet,\n"
        "Gemeente Brakelveen",
        lab(note="case-system acknowledgement, no date"),
        inv="LBF/31-1066",
        amount="870.00",
        subject="Ontvangstbevestiging zaaknummer Z/32/004178",
        headers=(AUTO_REPLIED, XARS),
        threaded=False,
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Lucia Marchetti", "l.marchetti@curia-sanseverino.example"),
        "2032-02-27 09:30",
        "notice",
        "Grazie per il messaggio. Sarò assente dall’ufficio fino a mercoledì 3 marzo compreso e rientrerò giovedì 4 marzo. Durante la mia assenza la posta non verrà letta né inoltrata.\n\n"
        "Per urgenze potete rivolgervi all’Ufficio Amministrativo della Curia.\n\n"
        "Lucia Marchetti",
        lab(
            note="the stated day back wins over 'fino a … compreso'",
            return_date="2032-03-04",
        ),
        inv="LBF/31-1070",
        amount="1590.00",
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-it-2",
        "auto_reply",
        "it",
        (
            "Ufficio Economato - Collegio San Domenico",
            "economato@collegiosandomenico.example",
        ),
        "2032-03-10 09:04",
        "notice",
        "Gentile mittente,\n\n"
        "la sua e-mail è stata ricevuta dall’Ufficio Economato e verrà presa in carico secondo l’ordine di arrivo. I tempi medi di risposta sono di 3-5 giorni lavorativi.\n\n"
        "Questo è un messaggio automatico: la preghiamo di non rispondere.\n\n"
        "Ufficio Economato\nCollegio San Domenico",
        lab(note="acknowledgement carrying only 'Precedence: auto_reply', no date"),
        inv="LBF/31-1076",
        amount="2030.00",
        subject="Conferma di ricezione - Ufficio Economato",
        headers=(("Precedence", "auto_reply"),),
    ),
]

OTHER = [
    Reply(
        "ot-en-1",
        "other",
        "en",
        ("Graham Sillitoe", "g.sillitoe@outlook.com"),
        "2032-02-17 17:45",
        "android",
        "Did we not pay this in January? I’m fairly sure Pam did a batch of payments before she went away. I’ll check with her when she’s back but can you look at your end too\n\n"
        "Graham",
        lab(note="a question whether it was paid, not a payment claim; a person should check"),
        inv="LBF/31-1021",
        amount="930.00",
    ),
    Reply(
        "ot-en-2",
        "other",
        "en",
        ("Sue Bramall", "sue.bramall@gmail.com"),
        "2032-03-08 19:10",
        "gmail",
        "Hi, while I have you – the clock has been running about four minutes fast since the storm and the hour hand on the south face looks loose to me. Is that something your engineer could look at on the next winding visit? We’d like it right before Easter.\n\n"
        "Thanks,\n"
        "Sue (tower captain, All Saints Kirby Marsh)",
        lab(note="service question in the reminder thread; says nothing about the invoice"),
        inv="LBF/32-0084",
        amount="640.00",
        job="winding",
    ),
    Reply(
        "ot-en-3",
        "other",
        "en",
        ("Tim Garside", "t.garside@marlowfield-school.example"),
        "2032-02-18 07:20",
        "iphone",
        "Thanks – noted, I’ll pass this to the Bursar when she’s back in.",
        lab(note="acknowledgement without any commitment"),
        inv="LBF/31-1002",
        amount="1250.00",
    ),
    Reply(
        "ot-de-1",
        "other",
        "de",
        ("Monika Strobl", "pfarrbuero@st-georg-unterbach.example"),
        "2032-02-20 10:48",
        "iphone",
        "Danke, weitergeleitet an den Kirchenpfleger.",
        lab(note="acknowledgement only; no address, no commitment"),
        inv="LBF/31-1035",
        amount="820.00",
    ),
    Reply(
        "ot-de-2",
        "other",
        "de",
        ("Uwe Fischer", "u.fischer@gymnasium-schlossberg.example"),
        "2032-03-10 12:15",
        "outlook_html",
        "Hallo,\n\n"
        "kurze Frage, unabhängig von Ihrer Rechnung: Am 28. März ist wieder Zeitumstellung. Muss ich die Turmuhr selbst vorstellen, oder kommt Ihr Techniker? Letztes Jahr ging sie danach zwei Tage falsch, und die Schüler haben es natürlich sofort gemerkt.\n\n"
        "Viele Grüße\n"
        "Uwe Fischer\nHausmeister, Gymnasium am Schlossberg",
        lab(note="service question unrelated to the invoice"),
        inv="LBF/32-0085",
        amount="930.00",
    ),
    Reply(
        "ot-fr-1",
        "other",
        "fr",
        ("Annie Chevalier", "annie.chevalier@laposte.net"),
        "2032-03-04 12:12",
        "iphone",
        "Bien reçu, merci.",
        lab(note="acknowledgement only"),
        inv="LBF/32-0086",
        amount="360.00",
        job="winding",
    ),
    Reply(
        "ot-fr-2",
        "other",
        "fr",
        ("Bertrand Lefèvre", "b.lefevre@paroisse-ndchamps.example"),
        "2032-02-23 14:40",
        "gmail_plain",
        "Bonjour,\n\n"
        "Pour information, le clocher est fermé jusqu’à fin mai pour les travaux de consolidation de la charpente demandés par l’architecte des Bâtiments de France. Votre technicien ne pourra donc pas y accéder pour les remontages de mars et d’avril, et l’entreprise de charpente nous a demandé de ne pas faire sonner les cloches pendant le chantier. Pouvez-vous voir avec nous comment organiser la suite ?\n\n"
        "Cordialement,\n"
        "Bertrand Lefèvre\nConseil économique de la paroisse Notre-Dame-des-Champs",
        lab(note="access and scheduling problem; nothing about paying"),
        inv="LBF/31-1052",
        amount="540.00",
        job="winding",
    ),
    Reply(
        "ot-es-1",
        "other",
        "es",
        ("Manolo Rubio", "manolorubio62@gmail.com"),
        "2032-03-05 18:30",
        "iphone",
        "ok",
        lab(note="bare acknowledgement, no commitment"),
        inv="LBF/32-0087",
        amount="410.00",
    ),
    Reply(
        "ot-es-2",
        "other",
        "es",
        ("Pilar Garrido", "pgarrido@ayto-torrecilla.example"),
        "2032-03-10 10:40",
        "outlook",
        "Hola,\n\n"
        "¿Esta factura no la pagamos ya en febrero? Me suena haber firmado una orden de pago a su nombre. Lo consulto con Intervención y les digo algo.\n\n"
        "Pilar Garrido\nAyuntamiento de Torrecilla del Monte",
        lab(note="a question whether it was paid, not a payment claim"),
        inv="LBF/32-0088",
        amount="1275.00",
    ),
    Reply(
        "ot-nl-1",
        "other",
        "nl",
        ("Dirk Mulder", "scriba.pg.deraaij@gmail.com"),
        "2032-02-19 21:10",
        "gmail",
        "Beste heer/mevrouw,\n\n"
        "Dank voor uw bericht. Wij nemen het mee naar de vergadering van het college van kerkrentmeesters en u hoort zo snel mogelijk van ons.\n\n"
        "Met vriendelijke groet,\n"
        "Dirk Mulder",
        lab(note="will discuss it; no commitment to pay"),
        inv="LBF/31-1019",
        amount="860.00",
    ),
    Reply(
        "ot-nl-2",
        "other",
        "nl",
        ("Ans Koster", "a.koster@landgoed-zonnehoeve.example"),
        "2032-03-09 11:50",
        "outlook",
        "Goedendag,\n\n"
        "Voordat wij iets doen: is deze herinnering echt van u afkomstig? Wij hebben vorige maand een ‘factuur’ gehad van een zogenaamd Engels bedrijf met een ander rekeningnummer, en dat bleek oplichting. Ik bel u morgen even op het nummer dat op onze oude offerte staat.\n\n"
        "Met vriendelijke groet,\n"
        "Ans Koster\nLandgoed Zonnehoeve",
        lab(note="suspects fraud and will phone; not a request for documents"),
        inv="LBF/32-0089",
        amount="1525.00",
        job="repair",
    ),
    Reply(
        "ot-it-1",
        "other",
        "it",
        ("Anna Greco", "segreteria@parrocchiasanrocco-montecalvo.example"),
        "2032-02-16 12:30",
        "android",
        "Ricevuto, grazie. Giro tutto al parroco che rientra stasera.",
        lab(note="acknowledgement; 'rientra stasera' is about the priest, not an out-of-office"),
        inv="LBF/31-1043",
        amount="690.00",
        job="winding",
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
# Bounces: which reminder failed where (the builders below write each report)
# --------------------------------------------------------------------------------------------

BOUNCES = [
    Bounce(
        "bo-en-1",
        "en",
        "hard",
        "5.1.1",
        "treasurer@stjudes-hawkridge.example",
        "2032-02-16 08:12",
        "qmail_hard",
        "LBF/31-1008",
        "610.00",
        note="qmail notice without MIME, full message copied inline",
    ),
    Bounce(
        "bo-en-2",
        "en",
        "hard",
        "5.4.4",
        "bursar@greyfriars-prep.example",
        "2032-02-24 08:05",
        "postfix_domain",
        "LBF/31-1015",
        "1840.00",
        note="the domain no longer resolves; RFC 3464 with text/rfc822-headers",
    ),
    Bounce(
        "bo-en-3",
        "en",
        "soft",
        "4.7.0",
        "office@stbarnabas-parish.example",
        "2032-03-08 10:15",
        "gmail_delay",
        "LBF/31-1024",
        "720.00",
        queued_minutes=125,
        note="temporary policy deferral ('try again later'); delivery still being retried",
    ),
    Bounce(
        "bo-de-1",
        "de",
        "soft",
        "5.2.2",
        "rendantur@kirche-bergheim-erft.example",
        "2032-02-18 09:04",
        "exchange_full_de",
        "LBF/31-1027",
        "1390.00",
        note="mailbox full reported with a 5.x code: soft, the code is kept",
    ),
    Bounce(
        "bo-de-2",
        "de",
        "hard",
        "5.1.1",
        "kuesterei@stadtkirche-wendelbach.example",
        "2032-03-02 09:06",
        "exim_de",
        "LBF/31-1038",
        "455.00",
        note="Exim report with a German preamble and the message copied inline",
    ),
    Bounce(
        "bo-fr-1",
        "fr",
        "hard",
        "5.7.1",
        "comptabilite@abbaye-saintmaur.example",
        "2032-02-20 09:30",
        "exchange_policy_fr",
        "LBF/31-1041",
        "2260.00",
        note="permanent policy rejection (sender not authorised): hard by its status class",
    ),
    Bounce(
        "bo-fr-2",
        "fr",
        "soft",
        "4.4.1",
        "tresorier@paroisse-stlaurent-vaux.example",
        "2032-03-11 11:40",
        "provider_delay_fr",
        "LBF/31-1049",
        "380.00",
        queued_minutes=175,
        note="provider delay warning, single ISO-8859-1 part",
    ),
    Bounce(
        "bo-es-1",
        "es",
        "hard",
        "5.1.1",
        "parroquia.sanpedro.olmedilla@gmail.com",
        "2032-02-23 09:12",
        "gmail_hard_es",
        "LBF/31-1055",
        "990.00",
    ),
    Bounce(
        "bo-es-2",
        "es",
        "soft",
        "4.2.2",
        "contabilidad@bodegasvalmediano.example",
        "2032-03-04 10:02",
        "provider_full_es",
        "LBF/31-1063",
        "1575.00",
        queued_minutes=62,
        note="provider notice in multipart/mixed with the original headers",
    ),
    Bounce(
        "bo-nl-1",
        "nl",
        "soft",
        "4.4.7",
        "penningmeester@pkn-westerhaar.example",
        "2032-02-17 13:10",
        "exchange_delay_nl",
        "LBF/31-1068",
        "675.00",
        queued_minutes=245,
    ),
    Bounce(
        "bo-it-1",
        "it",
        "hard",
        "5.1.2",
        "amministrazione@villaserena-lucca.example",
        "2032-02-26 09:08",
        "provider_domain_it",
        "LBF/31-1077",
        "3120.00",
        note="non-MIME Italian notice written without accents; the destination domain does not exist",
    ),
    Bounce(
        "bo-it-2",
        "it",
        "soft",
        "4.4.2",
        "economo@seminario-castelvetro.example",
        "2032-03-10 16:20",
        "mx_delay_it",
        "LBF/31-1083",
        "840.00",
        queued_minutes=370,
    ),
]


# --------------------------------------------------------------------------------------------
# MIME building blocks
# --------------------------------------------------------------------------------------------

BODY_ENCODINGS = {"qp": email_charset.QP, "b64": email_charset.BASE64}


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """A text/* part in `charset` with the transfer encoding the sending program would pick."""
    text.encode(charset)  # raises if the hand-written text does not fit the charset
    spec = email_charset.Charset(charset)
    # 7bit and 8bit have no body encoding: the text goes out as it is (the stubs say int only).
    spec.body_encoding = BODY_ENCODINGS.get(cte)  # type: ignore[assignment]
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, spec)
    del part["MIME-Version"]
    return part


def alternative(plain: Message, markup: Message) -> Message:
    """multipart/alternative of a plain and an HTML rendering."""
    outer = MIMEMultipart("alternative")
    del outer["MIME-Version"]
    outer.attach(plain)
    outer.attach(markup)
    return outer


def encode_header(value: str, charset: str, name: str = "Subject") -> str:
    """A header value as a client writes it: RFC 2047 encoded words when it is not ASCII."""
    if value.isascii():
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return Header(value, charset, header_name=name).encode()


def address(name: str, addr: str, charset: str) -> str:
    """A mailbox for From/To, with the display name encoded if it needs to be."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encode_header(name, charset, 'From')} <{addr}>"


def quote_lines(text: str) -> str:
    """Prefix every line with '>' the way mail clients quote."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def flowed(text: str, width: int = 72) -> str:
    """RFC 3676 format=flowed: long lines broken after a space, space-stuffing where needed."""
    out: list[str] = []
    for line in text.split("\n"):
        if line == "-- ":
            out.append(line)
            continue
        match = re.match(r"^(>+ ?)", line)
        prefix = match.group(1) if match else ""
        body = line[len(prefix) :].rstrip(" ")
        if not prefix and body.startswith((" ", "From ", ">")):
            body = " " + body
        room = width - len(prefix)
        while len(body) > room:
            cut = body.rfind(" ", 0, room)
            if cut <= 0:
                cut = body.find(" ", room)
                if cut < 0:
                    break
            out.append(prefix + body[: cut + 1])
            body = body[cut + 1 :]
        out.append(prefix + body)
    return "\n".join(out)


def html_text(text: str) -> str:
    """Plain text as HTML with line breaks."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_blocks(text: str) -> str:
    """Plain text as HTML paragraphs."""
    return "\n".join(f"<p>{html_text(block)}</p>" for block in text.split("\n\n"))


def mailto(name: str, addr: str) -> str:
    """'Name <addr>' with the address linked, as Outlook and Gmail render it."""
    link = f'<a href="mailto:{addr}">{addr}</a>'
    return f"{html.escape(name)} &lt;{link}&gt;" if name else link


# --------------------------------------------------------------------------------------------
# The reminder seen from the customer's side
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quote:
    """The reminder as the replying client shows it."""

    text: str
    subject: str
    sent: datetime
    lang: str
    to_name: str
    to_addr: str

    @property
    def to(self) -> str:
        """The reminder's recipient as a display string."""
        return f"{self.to_name} <{self.to_addr}>" if self.to_name else self.to_addr


def reminder_subject(lang: str, inv: str) -> str:
    """The subject line of a reminder in `lang`."""
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_text(lang: str, inv: str, amount: str, currency: str, job: str) -> str:
    """The body of a reminder in `lang`."""
    issued, due = invoice_dates(inv)
    return REMINDER_BODY[lang].format(
        inv=inv,
        issued=numeric_date(lang, issued),
        due=numeric_date(lang, due),
        amt=money(amount, currency, lang),
        job=JOBS[job][lang],
    )


def reminder_msgid(key: str, sent: datetime) -> str:
    """The Message-ID Larkspur's mailer gave the reminder."""
    stamp = sent.astimezone(UTC).strftime("%Y%m%d%H%M%S")
    return f"<{stamp}.{b32(key, 'reminder', 12).lower()}@{OUR_DOMAIN}>"


NOTICE_CLIENTS = frozenset({"notice", "notice_html", "notice_alt"})
OUTLOOK_CLIENTS = frozenset({"outlook", "outlook_html", "html_only", "android"})
# Free-mail services that run on Exchange and so add its thread headers.
EXCHANGE_FREEMAIL = frozenset({"outlook.com", "hotmail.com"})


def via_exchange(r: Reply) -> bool:
    """Whether the sender's Outlook talks to an Exchange server (organisations and Outlook.com)."""
    domain = r.sender[1].split("@")[1]
    return r.client in OUTLOOK_CLIENTS and (
        domain.endswith(".example") or domain in EXCHANGE_FREEMAIL
    )


def reminder_sent(r: Reply) -> datetime:
    """When the reminder left: minutes before a notice, else a working morning before the reply."""
    if r.client in NOTICE_CLIENTS:
        return to_local(
            "uk",
            r.dt - timedelta(minutes=2 + small(r.key, "lag", 7), seconds=small(r.key, "lags", 50)),
        )
    day = r.dt.date() - timedelta(days=r.days_back)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    sent = local_time("uk", f"{day:%Y-%m-%d} 08:{5 + small(r.key, 'minute', 50):02d}")
    return sent + timedelta(seconds=small(r.key, "second", 60))


def make_quote(r: Reply) -> Quote:
    """The reminder that `r` answers, in the reminder's language and the client's layout."""
    lang = r.reminder_lang
    text = reminder_text(lang, r.inv, r.amount, r.money_currency, r.job)
    subject = reminder_subject(lang, r.inv)
    if r.is_latin1:
        text, subject = latin1(text), latin1(subject)
    sent = to_local(r.zone, reminder_sent(r))
    return Quote(text, subject, sent, r.ui_lang, r.sender[0], r.sender[1])


# --------------------------------------------------------------------------------------------
# Client layouts
# --------------------------------------------------------------------------------------------


def outlook_block(q: Quote, template: dict[str, str]) -> list[tuple[str, str]]:
    """Outlook's From/Sent/To/Subject lines over a quoted message."""
    words = OUTLOOK_WORDS[q.lang]
    return [
        (words.frm, f"{OUR_NAME} <{OUR_ADDR}>"),
        (words.sent, fill(template[q.lang], q.lang, q.sent)),
        (words.to, q.to),
        (words.subject, q.subject),
    ]


def outlook_lines(q: Quote, template: dict[str, str]) -> str:
    """The Outlook header block as plain text."""
    colon = OUTLOOK_WORDS[q.lang].colon
    return "\n".join(f"{label}{colon}{value}" for label, value in outlook_block(q, template))


def word_paragraphs(text: str) -> str:
    """Plain text as the MsoNormal paragraphs Word writes."""
    out = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "<o:p>&nbsp;</o:p>"
        out.append(f'<p class="MsoNormal">{inner}</p>')
    return "\n".join(out)


def word_html(body: str, q: Quote | None, charset: str, lang: str) -> str:
    """An Outlook (Word) HTML body, with the quoted reminder under the grey divider line."""
    words = OUTLOOK_WORDS[lang]
    quoted = ""
    if q is not None:
        rows = []
        for label, value in outlook_block(q, OUTLOOK_SENT):
            shown = mailto(OUR_NAME, OUR_ADDR) if label == words.frm else html.escape(value)
            rows.append(f"<b>{html.escape(label)}{html.escape(words.colon.rstrip())}</b> {shown}")
        head = "<br>\n".join(rows)
        quoted = (
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<div>\n'
            '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            f'<p class="MsoNormal">{head}<o:p></o:p></p>\n</div>\n</div>\n'
            f'<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n{word_paragraphs(q.text)}\n'
        )
    tag = "EN-GB" if lang == "en" else lang.upper()
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        '@font-face {font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}\n'
        "@font-face {font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif; mso-fareast-language:EN-US;}\n'
        "a:link, span.MsoHyperlink {mso-style-priority:99; color:#0563C1; text-decoration:underline;}\n"
        'span.EmailStyle20 {mso-style-type:personal-reply; font-family:"Calibri",sans-serif; color:windowtext;}\n'
        ".MsoChpDefault {mso-style-type:export-only; font-size:10.0pt;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style>\n</head>\n"
        f'<body lang="{tag}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{word_paragraphs(body)}\n{quoted}</div>\n</body>\n</html>\n'
    )


def client_outlook(r: Reply, q: Quote) -> Message:
    """Outlook desktop in plain-text mode: the localised -----Original Message----- block."""
    words = OUTLOOK_WORDS[q.lang]
    text = f"{r.text}\n\n{words.divider}\n{outlook_lines(q, OUTLOOK_SENT)}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, r.cte)


def client_outlook_html(r: Reply, q: Quote) -> Message:
    """Outlook desktop in HTML mode: Word markup plus Outlook's own plain rendering."""
    plain = f"{r.text}\n\n{outlook_lines(q, OUTLOOK_SENT)}\n\n{q.text}\n"
    markup = word_html(r.text, q, r.charset, r.lang)
    return alternative(
        text_part(plain, "plain", r.charset, r.cte),
        text_part(markup, "html", r.charset, r.cte),
    )


def client_html_only(r: Reply, q: Quote) -> Message:
    """An Outlook message sent as HTML with no plain alternative."""
    return text_part(word_html(r.text, q, r.charset, r.lang), "html", r.charset, r.cte)


def client_android(r: Reply, q: Quote) -> Message:
    """Outlook for Android: base64 plain text, the app's signature, then the original below a rule."""
    text = f"{r.text}\n\n{ANDROID_SIGNATURE[q.lang]}\n{'_' * 32}\n{outlook_lines(q, ANDROID_SENT)}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def gmail_attribution(q: Quote) -> str:
    """Gmail's 'On … wrote:' line in the client language."""
    return fill(GMAIL_ATTRIBUTION[q.lang], q.lang, q.sent, name=OUR_NAME, addr=OUR_ADDR)


def gmail_markup(r: Reply, q: Quote) -> str:
    """Gmail's HTML: one div a line, the quote in a gmail_quote blockquote."""
    lines = "".join(
        f"<div>{html.escape(line, quote=False)}</div>" if line else "<div><br></div>"
        for line in r.text.split("\n")
    )
    attr = html.escape(gmail_attribution(q), quote=False).replace(
        html.escape(f"<{OUR_ADDR}>"), f"&lt;{mailto('', OUR_ADDR)}&gt;"
    )
    return (
        f'<div dir="ltr">{lines}</div><br><div class="gmail_quote gmail_quote_container">'
        f'<div dir="ltr" class="gmail_attr">{attr}<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_blocks(q.text)}</blockquote></div>\n"
    )


def client_gmail(r: Reply, q: Quote) -> Message:
    """Gmail web: multipart/alternative, '>' quoting in the plain part, gmail_quote in HTML."""
    plain = f"{r.text}\n\n{gmail_attribution(q)}\n\n{quote_lines(q.text)}\n"
    return alternative(
        text_part(plain, "plain", r.charset, r.cte),
        text_part(gmail_markup(r, q), "html", r.charset, r.cte),
    )


def client_gmail_plain(r: Reply, q: Quote) -> Message:
    """Gmail in plain-text mode."""
    return text_part(
        f"{r.text}\n\n{gmail_attribution(q)}\n\n{quote_lines(q.text)}\n",
        "plain",
        r.charset,
        r.cte,
    )


def apple_quote(q: Quote) -> str:
    """Apple's attribution and quoted original, both behind '>'."""
    attr = fill(APPLE_ATTRIBUTION[q.lang], q.lang, q.sent, name=OUR_NAME, addr=OUR_ADDR)
    return quote_lines(f"{attr}\n\n{q.text}")


def client_apple(r: Reply, q: Quote) -> Message:
    """Apple Mail on a Mac, plain text."""
    return text_part(f"{r.text}\n\n{apple_quote(q)}\n", "plain", r.charset, r.cte)


def client_iphone(r: Reply, q: Quote) -> Message:
    """Mail on an iPhone: the localised 'Sent from my iPhone' and the quote below it."""
    return text_part(
        f"{r.text}\n\n{IPHONE_SIGNATURE[q.lang]}\n\n{apple_quote(q)}\n",
        "plain",
        r.charset,
        r.cte,
    )


def client_thunderbird(r: Reply, q: Quote) -> Message:
    """Thunderbird: attribution, '>' quoting, format=flowed."""
    attr = fill(THUNDERBIRD_ATTRIBUTION[q.lang], q.lang, q.sent, name=OUR_NAME)
    part = text_part(
        flowed(f"{r.text}\n\n{attr}\n{quote_lines(q.text)}\n"),
        "plain",
        r.charset,
        r.cte,
    )
    part.set_param("format", "flowed")
    return part


def client_notice(r: Reply, q: Quote) -> Message:
    """An automatic notice in plain text; it quotes nothing."""
    del q
    return text_part(f"{r.text}\n", "plain", r.charset, r.cte)


def client_notice_html(r: Reply, q: Quote) -> Message:
    """An automatic notice written as HTML only (`r.text` is the markup)."""
    del q
    return text_part(r.text, "html", r.charset, r.cte)


def client_notice_alt(r: Reply, q: Quote) -> Message:
    """An Exchange automatic reply: plain and Word HTML, no quote."""
    del q
    plain = text_part(f"{r.text}\n", "plain", r.charset, r.cte)
    return alternative(
        plain,
        text_part(word_html(r.text, None, r.charset, r.lang), "html", r.charset, r.cte),
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
    "notice_alt": client_notice_alt,
}
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3774.600.62)"),),
    "iphone": (("X-Mailer", "iPhone Mail (21D61)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
}
BOUNDARY_STYLE = {
    "gmail": "000000000000",
    "apple": "Apple-Mail=_",
    "iphone": "Apple-Mail-",
    "thunderbird": "------------",
    "outlook_html": "_000_",
    "notice_alt": "_000_",
}


def reply_msgid(r: Reply) -> str:
    """A Message-ID shaped like the one the sender's client or server would make."""
    domain = r.sender[1].split("@")[1]
    raw = digest(r.key, "msgid")
    if r.client in {"gmail", "gmail_plain"}:
        return f"<CA{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:44]}@mail.gmail.com>"
    if domain in EXCHANGE_FREEMAIL:
        host = (
            f"{b32(r.key, 'host', 4)}P{small(r.key, 'n', 9) + 1}MB{1000 + small(r.key, 'm', 9000)}"
        )
        return f"<{host}{b32(r.key, 'exchange', 20)}@{host}.eurprd0{small(r.key, 'n', 9) + 1}.prod.outlook.com>"
    if via_exchange(r) or r.client == "notice_alt":
        return f"<{b32(r.key, 'exchange', 24)}@EXMBX0{small(r.key, 'n', 9) + 1}.{domain}>"
    if r.client in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if r.client == "thunderbird":
        h = raw.hex()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{raw.hex()[:26]}.{int.from_bytes(raw[26:30], 'big')}@{domain}>"


def reply_subject(r: Reply, q: Quote) -> str:
    """The subject the client writes: localised 'RE:' for Outlook, 'Re:' elsewhere."""
    if r.subject:
        return r.subject.format(rsub=q.subject)
    if r.client in OUTLOOK_CLIENTS:
        return OUTLOOK_WORDS[q.lang].reply_prefix + q.subject
    return "Re: " + q.subject


PDF_BYTES = (
    b"%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
    b"2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n"
    b"3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> endobj\n"
    b"trailer <</Root 1 0 R>>\n%%EOF\n"
)


def with_attachment(body: Message, filename: str) -> Message:
    """multipart/mixed: the message text and a PDF."""
    outer = MIMEMultipart("mixed")
    del outer["MIME-Version"]
    outer.attach(body)
    pdf = MIMEApplication(PDF_BYTES, "pdf")
    del pdf["MIME-Version"]
    pdf.add_header("Content-Disposition", "attachment", filename=filename)
    outer.attach(pdf)
    return outer


def set_headers(msg: Message, headers: Iterable[tuple[str, str]]) -> None:
    """Put envelope headers first and the MIME headers after them, as clients do."""
    order = {"content-type": 0, "content-transfer-encoding": 1}
    mime = sorted(
        ((k, v) for k, v in msg.items() if k.lower() in order),
        key=lambda item: order[item[0].lower()],
    )
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        del msg[name]
    for name, value in headers:
        if value or name.startswith("X-MS"):
            msg[name] = value
    if mime:
        msg["MIME-Version"] = "1.0"
    for name, value in mime:
        msg[name] = value


def fix_boundaries(msg: Message, key: str, style: str) -> None:
    """Deterministic boundaries in the style of the program that wrote the message."""
    prefix = BOUNDARY_STYLE.get(style, "----=_Part_")
    for n, part in enumerate(p for p in msg.walk() if p.get_content_maintype() == "multipart"):
        tail = digest(key, f"boundary{n}").hex()
        if prefix == "000000000000":
            part.set_boundary(prefix + tail[:16])
        elif prefix == "_000_":
            part.set_boundary(f"_000_{b32(key, f'b{n}', 30)}_")
        elif prefix.startswith("Apple"):
            h = tail.upper()
            part.set_boundary(f"{prefix}{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}")
        elif prefix == "------------":
            part.set_boundary(prefix + b32(key, f"tb{n}", 24))
        else:
            part.set_boundary(f"{prefix}{n}_{int(tail[:8], 16)}.{int(tail[8:16], 16)}")


def build_reply(r: Reply) -> tuple[Message, str]:
    """The finished message for `r` and the subject it should decode to."""
    q = make_quote(r)
    msg = CLIENTS[r.client](r, q)
    if r.attachment:
        msg = with_attachment(msg, r.attachment)
    subject = reply_subject(r, q)
    reminder_id = reminder_msgid(r.key, reminder_sent(r))
    headers: list[tuple[str, str]] = [
        ("From", address(*r.sender, r.charset)),
        ("To", formataddr((OUR_NAME, OUR_ADDR))),
        ("Cc", r.cc),
        (
            "Subject",
            encode_header(subject, r.charset if r.charset != "us-ascii" else "utf-8"),
        ),
        ("Date", format_datetime(r.dt + timedelta(seconds=small(r.key, "date", 60)))),
        ("Message-ID", reply_msgid(r)),
    ]
    if r.threaded:
        headers += [("In-Reply-To", reminder_id), ("References", reminder_id)]
    if via_exchange(r):
        thread_index = base64.b64encode(b"\x01" + digest(r.key, "thread")[:21]).decode()
        headers += [
            ("Thread-Topic", encode_header(q.subject, r.charset, "Thread-Topic")),
            ("Thread-Index", thread_index),
            ("Content-Language", CONTENT_LANGUAGE[r.lang]),
            ("X-MS-Has-Attach", "yes" if r.attachment else ""),
            ("X-MS-TNEF-Correlator", ""),
        ]
    if r.client == "thunderbird":
        headers.append(("Content-Language", CONTENT_LANGUAGE[r.lang]))
    headers += [*CLIENT_HEADERS.get(r.client, ()), *r.headers]
    set_headers(msg, headers)
    fix_boundaries(msg, r.key, r.client)
    return msg, subject


# --------------------------------------------------------------------------------------------
# Bounce skeletons (the machine parts; the human-readable text is written per bounce)
# --------------------------------------------------------------------------------------------


def bounce_reminder(b: Bounce) -> Message:
    """The reminder as Larkspur sent it, for returning inside a bounce."""
    lang = b.reminder_lang
    text = reminder_text(lang, b.inv, b.amount, "GBP" if lang == "en" else "EUR", "service")
    msg = text_part(text, "plain", "utf-8", "qp")
    set_headers(
        msg,
        [
            ("From", formataddr((OUR_NAME, OUR_ADDR))),
            ("To", b.rcpt),
            ("Subject", encode_header(reminder_subject(lang, b.inv), "utf-8")),
            ("Date", format_datetime(b.sent)),
            ("Message-ID", reminder_msgid(b.key, b.sent)),
        ],
    )
    return msg


def reminder_header_text(b: Bounce, received: bool = True) -> str:
    """The returned reminder's header block as text (for text/rfc822-headers or inline copies)."""
    lines = [f"Return-Path: <{OUR_ADDR}>"]
    if received:
        lines.append(
            f"Received: from {OUR_MTA} (mail.larkspur-bells.example [198.51.100.20])\n\tby {OUR_MTA} (Postfix) with ESMTPSA id {b32(b.key, 'qid', 10)}\n\tfor <{b.rcpt}>; {format_datetime(b.sent)}"
        )
    for name, value in bounce_reminder(b).items():
        lines.append(f"{name}: {value}")
    return "\n".join(lines) + "\n"


def full_reminder_text(b: Bounce) -> str:
    """The complete returned reminder, headers and encoded body, as an MTA pastes it inline."""
    return bounce_reminder(b).as_string(policy=OUTPUT_POLICY)


def delivery_status(
    b: Bounce,
    mta: str,
    action: str,
    diagnostic: str,
    remote: str = "",
    *,
    retry_days: int = 0,
) -> Message:
    """A message/delivery-status part (RFC 3464) for the one failed recipient."""
    per_message = Message()
    per_message["Reporting-MTA"] = f"dns; {mta}"
    if mta == OUR_MTA:
        per_message["X-Postfix-Queue-ID"] = b32(b.key, "qid", 10)
    per_message["Arrival-Date"] = format_datetime(b.sent)
    per_recipient = Message()
    per_recipient["Final-Recipient"] = f"rfc822; {b.rcpt}"
    per_recipient["Original-Recipient"] = f"rfc822;{b.rcpt}"
    per_recipient["Action"] = action
    per_recipient["Status"] = b.status
    if remote:
        per_recipient["Remote-MTA"] = f"dns; {remote}"
    per_recipient["Diagnostic-Code"] = f"smtp; {diagnostic}"
    per_recipient["Last-Attempt-Date"] = format_datetime(b.dt)
    if retry_days:
        per_recipient["Will-Retry-Until"] = format_datetime(b.sent + timedelta(days=retry_days))
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload([per_message, per_recipient])
    return part


def rfc822_headers(b: Bounce) -> Message:
    """A text/rfc822-headers part with the returned reminder's headers."""
    return text_part(reminder_header_text(b), "rfc822-headers", "us-ascii", "7bit")


def report(*parts: Message) -> Message:
    """multipart/report; report-type=delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    del outer["MIME-Version"]
    for part in parts:
        outer.attach(part)
    return outer


def exchange_alternative(paragraphs: list[str], charset: str = "utf-8") -> Message:
    """The human part of an Exchange Online non-delivery report: plain text and simple HTML."""
    plain = "\n\n".join(paragraphs) + "\n"
    cells = "".join(
        f'<p style="font-family:Segoe UI,Arial,sans-serif;font-size:{"16pt;color:#C00000" if i == 0 else "11pt;color:#000000"}">{html_text(p)}</p>\n'
        for i, p in enumerate(paragraphs)
    )
    markup = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head><body>\n{cells}</body></html>\n'
    return alternative(
        text_part(plain, "plain", charset, "qp"),
        text_part(markup, "html", charset, "qp"),
    )


def gmail_alternative(paragraphs: list[str]) -> Message:
    """The human part of a Gmail delivery notification."""
    plain = "\n\n".join(paragraphs) + "\n"
    markup = (
        "<html><head></head><body>"
        + "".join(
            f'<p style="font-family:Google Sans,Roboto,Arial,sans-serif">{html_text(p)}</p>'
            for p in paragraphs
        )
        + "</body></html>\n"
    )
    return alternative(
        text_part(plain, "plain", "utf-8", "qp"),
        text_part(markup, "html", "utf-8", "qp"),
    )


def finish_bounce(
    b: Bounce,
    msg: Message,
    sender: str,
    subject: str,
    extra: Iterable[tuple[str, str]] = (),
) -> tuple[Message, str]:
    """Add the report's envelope headers."""
    host = parseaddr(sender)[1].split("@")[1]
    set_headers(
        msg,
        [
            ("From", sender),
            ("To", OUR_ADDR),
            ("Subject", encode_header(subject, "utf-8")),
            (
                "Date",
                format_datetime(b.dt + timedelta(seconds=small(b.key, "date", 60))),
            ),
            ("Message-ID", f"<{b32(b.key, 'bounce', 20).lower()}@{host}>"),
            ("Auto-Submitted", "auto-replied"),
            *extra,
        ],
    )
    fix_boundaries(msg, b.key, "outlook_html" if "Microsoft" in sender else "report")
    return msg, subject


def plain_bounce(text: str) -> Message:
    """A bounce with no MIME structure at all (the body is ASCII)."""
    text.encode("ascii")
    msg = Message()
    msg.set_payload(text)
    return msg


def exchange_sender(b: Bounce) -> str:
    """Exchange Online's system mailbox in the recipient organisation."""
    guid = digest(b.key, "guid").hex()[:32]
    return f"Microsoft Outlook <MicrosoftExchange{guid}@{b.rcpt.split('@')[1]}>"


def bounce_qmail_hard(b: Bounce) -> tuple[Message, str]:
    """qmail: no MIME at all, the whole returned message after a marker line."""
    host = "mx2.fastnet-hosting.example"
    stamp = b.sent.astimezone(UTC).strftime("%d %b %Y %H:%M:%S -0000").lstrip("0")
    text = (
        f"Hi. This is the qmail-send program at {host}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{OUR_ADDR}>\n"
        f"Received: (qmail {2000 + small(b.key, 'pid', 30000)} invoked from network); {stamp}\n"
        f"Received: from {OUR_MTA} (198.51.100.20)\n  by {host} with SMTP; {stamp}\n"
        f"{full_reminder_text(b)}\n"
    )
    return finish_bounce(b, plain_bounce(text), f"MAILER-DAEMON@{host}", "failure notice")


def bounce_postfix_domain(b: Bounce) -> tuple[Message, str]:
    """Postfix RFC 3464 report: the recipient's domain has gone."""
    domain = b.rcpt.split("@")[1]
    human = (
        f"This is the mail system at host {OUR_MTA}.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\n"
        "delete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: Host or domain name not found. Name service error for\n"
        f"    name={domain} type=MX: Host not found\n"
    )
    parts = (
        text_part(human, "plain", "us-ascii", "7bit"),
        delivery_status(
            b,
            OUR_MTA,
            "failed",
            f"X-Postfix; Host or domain name not found. Name service error for name={domain} type=MX: Host not found",
        ),
        rfc822_headers(b),
    )
    return finish_bounce(
        b,
        report(*parts),
        f"MAILER-DAEMON@{OUR_MTA} (Mail Delivery System)",
        "Undelivered Mail Returned to Sender",
    )


def bounce_gmail_delay(b: Bounce) -> tuple[Message, str]:
    """Gmail delay notification (English): a policy 'try again later' from the receiving server."""
    domain = b.rcpt.split("@")[1]
    human = gmail_alternative(
        [
            "** Delivery incomplete **",
            f"There was a temporary problem delivering your message to {b.rcpt}. Gmail will retry for 45 more hours. You'll be notified if the delivery fails permanently.",
            "The response was:",
            f"The recipient server did not accept our requests to connect. [mx.{domain} 192.0.2.61: 421 4.7.0 Try again later, closing connection.]",
        ]
    )
    parts = (
        human,
        delivery_status(
            b,
            "mx.google.com",
            "delayed",
            "421 4.7.0 Try again later, closing connection.",
            f"mx.{domain}",
            retry_days=2,
        ),
        rfc822_headers(b),
    )
    return finish_bounce(
        b,
        report(*parts),
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Delay)",
    )


def bounce_exchange_full_de(b: Bounce) -> tuple[Message, str]:
    """Exchange Online in German: the recipient's mailbox is full (554 5.2.2)."""
    server = "FR3P281MB1742.deup281.prod.outlook.example"
    diag = "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded"
    human = exchange_alternative(
        [
            f"Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden.",
            "Das Postfach des Empfängers ist voll und kann zurzeit keine Nachrichten annehmen. Versuchen Sie bitte, die Nachricht später erneut zu senden, oder wenden Sie sich auf anderem Weg an den Empfänger.",
            "Diagnoseinformationen für Administratoren:",
            f"Generierender Server: {server}",
            f"{b.rcpt}\nRemoteserver hat '{diag}' zurückgegeben",
        ]
    )
    parts = (human, delivery_status(b, server, "failed", diag), rfc822_headers(b))
    return finish_bounce(
        b,
        report(*parts),
        exchange_sender(b),
        f"Unzustellbar: {reminder_subject(b.reminder_lang, b.inv)}",
    )


def bounce_exim_de(b: Bounce) -> tuple[Message, str]:
    """Exim at a German hosting company, German preamble, returned message inline."""
    text = (
        "Diese Nachricht wurde automatisch vom Mailsystem von webhosting-kern.example erzeugt.\n\n"
        "Ihre Nachricht konnte nicht an alle Empfänger zugestellt werden. Bei dem folgenden Empfänger ist ein dauerhafter Fehler aufgetreten:\n\n"
        f"  {b.rcpt}\n"
        f"    SMTP-Fehler vom entfernten Server nach RCPT TO:<{b.rcpt}>:\n"
        f"    host mx.{b.rcpt.split('@')[1]} [203.0.113.17]: 550 5.1.1 <{b.rcpt}>: Empfängeradresse abgelehnt: Benutzer unbekannt\n\n"
        "Bitte prüfen Sie die Schreibweise der Adresse. Es werden keine weiteren Zustellversuche unternommen.\n\n"
        "------ Dies ist eine Kopie der Nachricht einschließlich aller Kopfzeilen. ------\n\n"
        f"{reminder_header_text(b).split(chr(10), 1)[0].replace('Return-Path', 'Return-path')}\n"
        f"{full_reminder_text(b)}\n"
    )
    msg = text_part(text, "plain", "utf-8", "8bit")
    return finish_bounce(
        b,
        msg,
        "Mail Delivery System <Mailer-Daemon@smtp.webhosting-kern.example>",
        "Mail delivery failed: returning message to sender",
        [("X-Failed-Recipients", b.rcpt)],
    )


def bounce_exchange_policy_fr(b: Bounce) -> tuple[Message, str]:
    """Exchange Online in French: the recipient only accepts authorised senders (550 5.7.1)."""
    server = "PR2P264MB0418.frap264.prod.outlook.example"
    diag = "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized"
    human = exchange_alternative(
        [
            f"Votre message n’a pas pu être remis à {b.rcpt}.",
            "Le destinataire n’accepte que les messages provenant d’expéditeurs autorisés, et votre adresse n’en fait pas partie. Contactez le destinataire par un autre moyen (par téléphone, par exemple) et demandez-lui d’ajouter votre adresse à la liste des expéditeurs autorisés.",
            "Informations de diagnostic pour les administrateurs :",
            f"Serveur de génération : {server}",
            f"{b.rcpt}\nLe serveur distant a retourné « {diag} »",
        ]
    )
    parts = (human, delivery_status(b, server, "failed", diag), rfc822_headers(b))
    return finish_bounce(
        b,
        report(*parts),
        exchange_sender(b),
        f"Non remis : {reminder_subject(b.reminder_lang, b.inv)}",
    )


def bounce_provider_delay_fr(b: Bounce) -> tuple[Message, str]:
    """A French hosting provider's delay warning, one ISO-8859-1 text part."""
    sent = to_local("cet", b.sent)
    text = (
        "Ceci est un message automatique du service de messagerie.\n\n"
        f"Votre message envoyé le {sent:%d/%m/%Y} à {sent:%H:%M} au destinataire suivant :\n\n"
        f"   {b.rcpt}\n\n"
        "n'a pas encore pu être distribué. Le serveur de destination ne répond pas (4.4.1 : délai de connexion dépassé).\n\n"
        "Il ne s'agit pas encore d'un échec : nous continuerons d'essayer pendant 5 jours. Si le message ne peut toujours pas être remis, vous recevrez un avis de non-remise.\n\n"
        f"Objet du message : {latin1(reminder_subject(b.reminder_lang, b.inv))}\n"
    )
    msg = text_part(text, "plain", "iso-8859-1", "qp")
    return finish_bounce(
        b,
        msg,
        "Service de messagerie <postmaster@smtp.hebergement-pro.example>",
        "Avertissement : message non encore distribué",
    )


def bounce_gmail_hard_es(b: Bounce) -> tuple[Message, str]:
    """Gmail in Spanish: address not found."""
    human = gmail_alternative(
        [
            "** No se ha encontrado la dirección **",
            f"Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o esta no puede recibir correo.",
            "Más información: https://support.google.com/mail/?p=NoSuchUser",
            "La respuesta ha sido:",
            "The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.",
        ]
    )
    diag = "550-5.1.1 The email account that you tried to reach does not exist."
    parts = (
        human,
        delivery_status(b, "mx.google.com", "failed", diag, "gmail-smtp-in.l.google.com"),
        rfc822_headers(b),
    )
    msg = report(*parts)
    return finish_bounce(
        b,
        msg,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
        [("X-Failed-Recipients", b.rcpt)],
    )


def bounce_provider_full_es(b: Bounce) -> tuple[Message, str]:
    """A Spanish provider: mailbox full, still retrying; multipart/mixed with the headers."""
    text = (
        "Este es un mensaje automático del servidor de correo correo.hostpro-iberica.example.\n\n"
        "No ha sido posible entregar todavía su mensaje al siguiente destinatario:\n\n"
        f"    {b.rcpt}\n\n"
        "Motivo: el buzón del destinatario está lleno (452 4.2.2 Mailbox full).\n\n"
        "El servidor seguirá intentando la entrega durante las próximas 72 horas. No es necesario que vuelva a enviar el mensaje. Si transcurrido ese plazo no se ha podido entregar, recibirá un nuevo aviso.\n\n"
        "A continuación se adjuntan las cabeceras del mensaje original.\n"
    )
    outer = MIMEMultipart("mixed")
    del outer["MIME-Version"]
    outer.attach(text_part(text, "plain", "utf-8", "qp"))
    outer.attach(rfc822_headers(b))
    return finish_bounce(
        b,
        outer,
        "Servidor de correo <MAILER-DAEMON@correo.hostpro-iberica.example>",
        "Aviso de retraso en la entrega del mensaje",
    )


def bounce_exchange_delay_nl(b: Bounce) -> tuple[Message, str]:
    """Exchange Online in Dutch: delivery delayed (4.4.7)."""
    server = "AM8P190MB0977.eurp190.prod.outlook.example"
    diag = "451 4.4.7 Message delayed"
    human = exchange_alternative(
        [
            f"De bezorging bij de volgende geadresseerden of groepen is vertraagd:\n\n{b.rcpt}",
            f"Onderwerp: {reminder_subject(b.reminder_lang, b.inv)}",
            "Dit bericht is nog niet bezorgd. We blijven proberen het te bezorgen.",
            "De server blijft het nog 1 dag, 19 uur en 50 minuten proberen. U ontvangt een melding als het bericht niet kan worden bezorgd.",
            "Diagnostische gegevens voor beheerders:",
            f"Genererende server: {server}\nOntvangende server: mx.{b.rcpt.split('@')[1]}\nLaatste fout: {diag}",
        ]
    )
    parts = (
        human,
        delivery_status(b, server, "delayed", diag, f"mx.{b.rcpt.split('@')[1]}", retry_days=2),
        rfc822_headers(b),
    )
    return finish_bounce(
        b,
        report(*parts),
        exchange_sender(b),
        f"Vertraagd: {reminder_subject(b.reminder_lang, b.inv)}",
    )


def bounce_provider_domain_it(b: Bounce) -> tuple[Message, str]:
    """An old Italian provider notice: plain ASCII, no MIME, the original headers pasted in."""
    domain = b.rcpt.split("@")[1]
    text = (
        "Questo messaggio e' stato generato automaticamente dal sistema di posta.\n\n"
        "Non e' stato possibile recapitare il messaggio ai seguenti destinatari:\n\n"
        f"{b.rcpt}\n"
        "    Errore permanente: il dominio di destinazione non esiste\n"
        f"    (550 5.1.2 Host unknown: {domain})\n\n"
        "Non verranno effettuati ulteriori tentativi di consegna.\n\n"
        "------ Intestazioni del messaggio originale ------\n\n"
        f"{reminder_header_text(b, received=False)}"
    )
    return finish_bounce(
        b,
        plain_bounce(text),
        "Mail Delivery Subsystem <MAILER-DAEMON@smtp.retepostale.example>",
        "Messaggio non recapitato",
    )


def bounce_mx_delay_it(b: Bounce) -> tuple[Message, str]:
    """An Italian provider's RFC 3464 delay report."""
    host = "mx.servizimail-italia.example"
    remote = f"mail.{b.rcpt.split('@')[1]}"
    text = (
        "Gentile utente,\n\n"
        f"il messaggio da lei inviato a {b.rcpt} non è ancora stato consegnato.\n\n"
        f"Il server di destinazione {remote} ha interrotto la connessione durante la trasmissione (4.4.2). Il sistema ritenterà automaticamente la consegna per i prossimi 4 giorni: non è necessario inviare di nuovo il messaggio.\n\n"
        "In caso di mancata consegna definitiva riceverà un ulteriore avviso.\n\n"
        f"Servizio di posta elettronica – {host}\n"
    )
    parts = (
        text_part(text, "plain", "utf-8", "qp"),
        delivery_status(b, host, "delayed", "421 4.4.2 Connection dropped", remote, retry_days=4),
        rfc822_headers(b),
    )
    return finish_bounce(
        b,
        report(*parts),
        f"Postmaster <postmaster@{host}>",
        "Avviso di ritardo nella consegna",
    )


BOUNCE_BUILDERS: dict[str, Callable[[Bounce], tuple[Message, str]]] = {
    "qmail_hard": bounce_qmail_hard,
    "postfix_domain": bounce_postfix_domain,
    "gmail_delay": bounce_gmail_delay,
    "exchange_full_de": bounce_exchange_full_de,
    "exim_de": bounce_exim_de,
    "exchange_policy_fr": bounce_exchange_policy_fr,
    "provider_delay_fr": bounce_provider_delay_fr,
    "gmail_hard_es": bounce_gmail_hard_es,
    "provider_full_es": bounce_provider_full_es,
    "exchange_delay_nl": bounce_exchange_delay_nl,
    "provider_domain_it": bounce_provider_domain_it,
    "mx_delay_it": bounce_mx_delay_it,
}


# --------------------------------------------------------------------------------------------
# Labels, checks and output
# --------------------------------------------------------------------------------------------


def reply_label(r: Reply) -> Labels:
    """The label line for a reply (without the file name)."""
    label: Labels = {"intent": r.intent}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update({k: v for k, v in r.labels.items() if k in LABEL_KEYS})
    label["invoice_refs"] = r.labels.get("invoice_refs", [])
    label["language"] = r.lang
    label["note"] = r.labels.get("note")
    return label


def bounce_label(b: Bounce) -> Labels:
    """The label line for a bounce (without the file name)."""
    label: Labels = {"intent": "bounce"}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


def normalise_invoice(yy: str, number: str) -> str:
    """An invoice number in Larkspur's canonical form."""
    return f"LBF/{yy}-{number}"


def check_reply_spec(r: Reply) -> list[str]:
    """Consistency checks between a reply's text, its dates and its labels."""
    problems = []
    if r.intent not in INTENTS or r.intent == "bounce":
        problems.append(f"bad intent {r.intent}")
    if r.client not in CLIENTS:
        problems.append(f"unknown client {r.client}")
    if not FIRST_DAY <= r.dt.date() <= LAST_DAY:
        problems.append(f"date {r.dt} outside the window")
    if r.dt.utcoffset() != utc_offset(r.zone, r.dt.date()).utcoffset(None):
        problems.append("wrong offset")
    _, due = invoice_dates(r.inv)
    if r.threaded and due >= reminder_sent(r).date():
        problems.append(f"{r.inv} is not overdue when reminded")
    if reminder_sent(r) >= r.dt:
        problems.append("reminder after reply")
    written = {normalise_invoice(*m.groups()) for m in INVOICE_IN_TEXT_RE.finditer(r.text)}
    refs = cast(list[str], r.labels.get("invoice_refs", []))
    if not written <= set(refs):
        problems.append(f"invoice numbers in text not labelled: {sorted(written - set(refs))}")
    for ref in refs:
        if ref.split("-")[1] not in r.text:
            problems.append(f"{ref} labelled but not in the text")
    day = r.dt.date().isoformat()
    for name in ("paid_date",):
        value = r.labels.get(name)
        if isinstance(value, str) and value > day:
            problems.append(f"{name} {value} after the message")
    for name in ("promised_date", "return_date"):
        value = r.labels.get(name)
        if isinstance(value, str) and value < day:
            problems.append(f"{name} {value} before the message")
    return problems


DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT_RE = re.compile(r"^\d+\.\d{2}$")
REF_RE = re.compile(r"^LBF/\d{2}-\d{4}$")


def check_label(label: Labels) -> list[str]:
    """Shape checks on one label line."""
    problems = []
    keys = ["file", "intent", *LABEL_KEYS, "invoice_refs", "language", "note"]
    if list(label) != keys:
        problems.append(f"keys {list(label)}")
    intent = str(label["intent"])
    allowed = INTENT_FIELDS.get(intent, frozenset())
    for name in LABEL_KEYS:
        value = label[name]
        if value is None:
            continue
        if name not in allowed:
            problems.append(f"{name} set on {intent}")
        if not isinstance(value, str):
            problems.append(f"{name} not a string")
            continue
        if name.endswith("_date"):
            if not DATE_RE.match(value):
                problems.append(f"{name} {value!r}")
            else:
                date.fromisoformat(value)
        if name == "amount" and not AMOUNT_RE.match(value):
            problems.append(f"amount {value!r}")
        if name == "currency" and value not in {"GBP", "EUR", "CHF"}:
            problems.append(f"currency {value!r}")
        if name in {"new_contact", "failed_recipient"} and (
            value != value.lower() or "@" not in value
        ):
            problems.append(f"{name} {value!r}")
    if (label["amount"] is None) != (label["currency"] is None):
        problems.append("amount without currency or the reverse")
    if intent == "bounce":
        if label["bounce_kind"] not in {"hard", "soft"} or label["failed_recipient"] is None:
            problems.append("incomplete bounce label")
        if not re.match(r"^[245]\.\d{1,3}\.\d{1,3}$", str(label["bounce_status"])):
            problems.append(f"bounce_status {label['bounce_status']!r}")
    refs = label["invoice_refs"]
    if not isinstance(refs, list) or not all(isinstance(x, str) and REF_RE.match(x) for x in refs):
        problems.append(f"invoice_refs {refs!r}")
    if label["language"] not in LANGS:
        problems.append(f"language {label['language']!r}")
    if label["note"] is not None and not isinstance(label["note"], str):
        problems.append("note")
    return problems


def check_file(name: str, data: bytes, subject: str, sender_name: str) -> list[str]:
    """Parse a written file back with the modern policy: no defects, every text part decodes."""
    msg = message_from_bytes(data, policy=policy.default)
    if not isinstance(msg, EmailMessage):
        return ["not parsed as EmailMessage"]
    problems = []
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            problems.append(f"no {header}")
    if str(msg["Subject"]) != subject:
        problems.append(f"subject decodes to {str(msg['Subject'])!r}")
    shown = parseaddr(str(msg["From"]))[0]
    if sender_name and shown != sender_name:
        problems.append(f"From name decodes to {shown!r}")
    for part in msg.walk():
        if part.defects:
            problems.append(f"defects {part.defects}")
        if part.get_content_maintype() == "text" and isinstance(part, EmailMessage):
            content = part.get_content()
            if not isinstance(content, str) or "\ufffd" in content:
                problems.append(f"undecodable {part.get_content_type()} part")
    if b"\r" in data or max(len(line) for line in data.split(b"\n")) > 998:
        problems.append("bad line ending or line length")
    return [f"{name}: {p}" for p in problems]


def file_order(keys: list[str]) -> dict[str, str]:
    """File names from a seeded hash of each key, so a name says nothing about the label."""
    ranked = sorted(keys, key=lambda k: hashlib.sha256(f"{SEED}|{k}".encode()).hexdigest())
    return {key: f"{PREFIX}-{n:03d}.eml" for n, key in enumerate(ranked, start=1)}


def count_table(labels: list[Labels]) -> str:
    """The intent × language table printed by the script and copied into the README."""
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


def build_all() -> list[tuple[str, bytes, Labels, str, str]]:
    """Every message as (key, bytes, label, expected subject, expected sender name)."""
    out: list[tuple[str, bytes, Labels, str, str]] = []
    problems: list[str] = []
    for r in REPLIES:
        problems += [f"{r.key}: {p}" for p in check_reply_spec(r)]
        msg, subject = build_reply(r)
        out.append(
            (
                r.key,
                msg.as_bytes(policy=OUTPUT_POLICY),
                reply_label(r),
                subject,
                r.sender[0],
            )
        )
    for b in BOUNCES:
        if not FIRST_DAY <= b.dt.date() <= LAST_DAY:
            problems.append(f"{b.key}: date outside the window")
        msg, subject = BOUNCE_BUILDERS[b.builder](b)
        out.append((b.key, msg.as_bytes(policy=OUTPUT_POLICY), bounce_label(b), subject, ""))
    keys = [key for key, *_ in out]
    if len(set(keys)) != len(keys):
        problems.append("duplicate keys")
    invoices = [r.inv for r in REPLIES] + [b.inv for b in BOUNCES]
    if len(set(invoices)) != len(invoices):
        problems.append(
            f"invoice numbers reused: {sorted(k for k, v in Counter(invoices).items() if v > 1)}"
        )
    if problems:
        raise SystemExit("\n".join(problems))
    return out


def write_all() -> list[Labels]:
    """Write the .eml files and labels.jsonl; check everything; return the labels."""
    items = build_all()
    names = file_order([key for key, *_ in items])
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[Labels] = []
    problems: list[str] = []
    for key, data, label, subject, sender in sorted(items, key=lambda item: names[item[0]]):
        name = names[key]
        problems += check_file(name, data, subject, sender)
        (HERE / name).write_bytes(data)
        line = {"file": name, **label}
        problems += [f"{name}: {p}" for p in check_label(line)]
        labels.append(line)
    intents = Counter(str(x["intent"]) for x in labels)
    if any(intents[i] != PER_INTENT for i in INTENTS):
        problems.append(f"intent counts {dict(intents)}")
    langs = Counter(str(x["language"]) for x in labels)
    if dict(langs) != EXPECTED_LANGS:
        problems.append(f"language counts {dict(langs)}")
    if problems:
        raise SystemExit("\n".join(problems))
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        for line in labels:
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    return labels


def main() -> int:
    """Rebuild the corpus and print the count table."""
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    clients = Counter(r.client for r in REPLIES)
    print(
        f"\n{len(labels)} messages; bounces {dict(sorted(kinds.items()))}; clients {dict(sorted(clients.items()))}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
