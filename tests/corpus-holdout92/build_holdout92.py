# ruff: noqa: C901, E501, PLR0912, PLR0917, RUF001, RUF002
# Message text is kept one paragraph a line, the way a mail client sends it, with the
# typographic dashes, quotes and non-breaking spaces people and their clients really produce.
"""Build held-out reply corpus 92: `h92-NNN.eml` files and `labels.jsonl`.

Every message lands in the receivables mailbox of Fernhill Veterinary Supplies, a wholesaler of
veterinary medicines, instruments and consumables, after it sent an overdue reminder. The new
text of each message is written by hand below. The script adds only what a mail client or a
mail server would add: the quoted reminder (in the client's layout and language), headers, MIME
structure, charsets and transfer encodings. Bounce skeletons are generated; their human-readable
parts are written out one by one.

Run it from anywhere: it writes next to itself, deterministically, then parses every file back
and prints the count table.
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
from datetime import date, datetime, timedelta, timezone
from email import charset as cs
from email import message_from_bytes, policy
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = "holdout92-fernhill-20280214"
PREFIX = "h92"
AR_NAME = "Credit Control"
AR_ADDR = "credit.control@fernhill-vetsupply.example"
AR_DOMAIN = "fernhill-vetsupply.example"
FIRST_DAY = date(2028, 2, 14)
LAST_DAY = date(2028, 3, 10)
UK = timezone(timedelta(0))  # GMT: British Summer Time starts on 26 March 2028
CET = timezone(timedelta(hours=1))  # CET: summer time starts on 26 March 2028

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
# The only label fields each intent may fill (besides invoice_refs, language and note).
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
# Messages per intent and language (every intent: 12; en 30, the other languages 18 each).
SINGLE_LANG = {
    "payment_sent": "de",
    "promise_to_pay": "fr",
    "dispute": "es",
    "payment_plan": "nl",
    "invoice_request": "it",
    "wrong_contact": "de",
    "unsubscribe": "fr",
    "auto_reply": "es",
    "bounce": "nl",
    "other": "it",
}
INVOICE_RE = re.compile(r"^FVS \d{5}-[A-Z]$")
AMOUNT_RE = re.compile(r"^\d+\.\d{2}$")

# --------------------------------------------------------------------------------------------
# Locale tables (what the clients print around the text)
# --------------------------------------------------------------------------------------------

DAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
}
DAYS_ABBR = {
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

# Gmail web (the UK English locale for "en")
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
    "de": "Am {dd}.{mo}.{y} um {HH}:{MM} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mona} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {d} {mona} {y}, a las {H}:{MM}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mona} {y} om {HH}:{MM} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mona} {y}, alle ore {HH}:{MM}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTRIBUTION = {
    "en": "On {dd}/{mo}/{y} {HH}:{MM}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{MM} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{MM}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{MM}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{MM} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{MM}, {name} ha scritto:",
}
# Outlook desktop "Sent" line (en-GB for English)
OUTLOOK_DATE = {
    "en": "{d} {mon} {y} {HH}:{MM}",
    "de": "{wd}, {d}. {mon} {y} {HH}:{MM}",
    "fr": "{wd} {d} {mon} {y} {HH}:{MM}",
    "es": "{wd}, {d} de {mon} de {y} {H}:{MM}",
    "nl": "{wd} {d} {mon} {y} {HH}:{MM}",
    "it": "{wd} {d} {mon} {y} {HH}:{MM}",
}
# Outlook for Android "Sent" line, with seconds
ANDROID_DATE = {
    "en": "{wd}, {d} {mon} {y} {HH}:{MM}:{SS}",
    "de": "{wd}, {d}. {mon} {y} {HH}:{MM}:{SS}",
    "fr": "{wd} {d} {mon} {y} {HH}:{MM}:{SS}",
    "es": "{wd}, {d} de {mon} de {y} {H}:{MM}:{SS}",
    "nl": "{wd} {d} {mon} {y} {HH}:{MM}:{SS}",
    "it": "{wd} {d} {mon} {y} {HH}:{MM}:{SS}",
}
# divider, From, Sent, To, Cc, Subject, separator between a label and its value
OUTLOOK_LABELS = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Cc", "Subject", ": "),
    "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Cc", "Betreff", ": "),
    "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Cc", "Objet", " : "),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "CC", "Asunto", ": "),
    "nl": ("-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "CC", "Onderwerp", ": "),
    "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Cc", "Oggetto", ": "),
}
OUTLOOK_REPLY_PREFIX = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
OUTLOOK_AUTOREPLY_PREFIX = {
    "en": "Automatic reply: ",
    "de": "Automatische Antwort: ",
    "fr": "Réponse automatique : ",
    "es": "Respuesta automática: ",
    "nl": "Automatisch antwoord: ",
    "it": "Risposta automatica: ",
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
CONTENT_LANGUAGE = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}
NUMERIC_DATE = {
    "en": "{dd}/{mo}/{y}",
    "de": "{dd}.{mo}.{y}",
    "fr": "{dd}/{mo}/{y}",
    "es": "{dd}/{mo}/{y}",
    "nl": "{dd}-{mo}-{y}",
    "it": "{dd}/{mo}/{y}",
}

# --------------------------------------------------------------------------------------------
# Fernhill's reminders, as the customer received them
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECTS = {
    ("en", 1): "Overdue invoice {inv} – Fernhill Veterinary Supplies",
    ("en", 2): "Second reminder: invoice {inv} remains unpaid",
    ("de", 1): "Offene Rechnung {inv} – Fernhill Veterinary Supplies",
    ("de", 2): "Zweite Erinnerung: Rechnung {inv} weiterhin offen",
    ("fr", 1): "Facture échue {inv} – Fernhill Veterinary Supplies",
    ("fr", 2): "Deuxième relance : facture {inv} impayée",
    ("es", 1): "Factura vencida {inv} – Fernhill Veterinary Supplies",
    ("es", 2): "Segundo aviso: factura {inv} pendiente",
    ("nl", 1): "Vervallen factuur {inv} – Fernhill Veterinary Supplies",
    ("nl", 2): "Tweede herinnering: factuur {inv} staat nog open",
    ("it", 1): "Fattura scaduta {inv} – Fernhill Veterinary Supplies",
    ("it", 2): "Secondo sollecito: fattura {inv} non pagata",
}
REMINDER_BODIES = {
    ("en", 1): (
        "Hello,\n\n"
        "According to our ledger, the invoice below is now past its due date and we have not yet received payment.\n\n"
        "Account no.:   {acct}\nInvoice:       {inv}\nInvoice date:  {idate}\nDue date:      {ddate}\nOutstanding:   {amt}\n\n"
        "Our bank details are printed at the foot of every invoice; please quote the invoice number with your payment. If you have paid in the last few days, thank you, and please disregard this message. If anything on the invoice is wrong, just reply and we will put it right.\n\n"
        "Kind regards\n\nCredit Control\nFernhill Veterinary Supplies Ltd\nUnit 7, Fernhill Business Park, Tewkesbury GL20 8XX\nTel. 01632 960 773"
    ),
    ("en", 2): (
        "Dear customer,\n\n"
        "We wrote to you recently about invoice {inv} for {amt}, which fell due on {ddate}. Our records still show it as unpaid.\n\n"
        "Please arrange payment within seven days, or reply to let us know when payment will be made. If there is a reason you are holding the payment back, we need to hear about it so that we can sort it out.\n\n"
        "Regards\n\nCredit Control\nFernhill Veterinary Supplies Ltd\nTel. 01632 960 773"
    ),
    ("de", 1): (
        "Guten Tag,\n\n"
        "nach unseren Unterlagen ist die folgende Rechnung fällig, aber noch nicht beglichen:\n\n"
        "Kundennummer:    {acct}\nRechnung:        {inv}\nRechnungsdatum:  {idate}\nFällig am:       {ddate}\nOffener Betrag:  {amt}\n\n"
        "Unsere Bankverbindung finden Sie auf jeder Rechnung; bitte geben Sie bei der Zahlung die Rechnungsnummer an. Falls Sie in den letzten Tagen bereits gezahlt haben, danken wir Ihnen und bitten Sie, diese Nachricht zu ignorieren. Ist an der Rechnung etwas nicht in Ordnung, antworten Sie einfach auf diese E-Mail.\n\n"
        "Freundliche Grüße\n\nForderungsmanagement (Credit Control)\nFernhill Veterinary Supplies Ltd\nTel. +44 1632 960 773"
    ),
    ("de", 2): (
        "Sehr geehrte Damen und Herren,\n\n"
        "trotz unserer Erinnerung ist die Rechnung {inv} über {amt}, fällig seit {ddate}, weiterhin offen.\n\n"
        "Wir bitten Sie, den Betrag innerhalb von sieben Tagen zu überweisen oder uns mitzuteilen, wann die Zahlung erfolgt. Sollten Sie die Zahlung aus einem bestimmten Grund zurückhalten, lassen Sie es uns bitte wissen, damit wir die Sache klären können.\n\n"
        "Mit freundlichen Grüßen\n\nCredit Control\nFernhill Veterinary Supplies Ltd"
    ),
    ("fr", 1): (
        "Bonjour,\n\n"
        "Sauf erreur de notre part, la facture ci-dessous a dépassé son échéance et reste à régler :\n\n"
        "N° client :     {acct}\nFacture :       {inv}\nDate :          {idate}\nÉchéance :      {ddate}\nMontant dû :    {amt}\n\n"
        "Nos coordonnées bancaires figurent en bas de chaque facture ; merci de rappeler le numéro de facture lors du virement. Si vous avez réglé ces derniers jours, nous vous en remercions et vous prions de ne pas tenir compte de ce message. Si un élément de la facture vous semble incorrect, répondez simplement à ce courriel.\n\n"
        "Bien cordialement,\n\nService Recouvrement (Credit Control)\nFernhill Veterinary Supplies Ltd\nTél. +44 1632 960 773"
    ),
    ("fr", 2): (
        "Madame, Monsieur,\n\n"
        "Malgré notre précédent courriel, la facture {inv} d'un montant de {amt}, échue le {ddate}, n'est toujours pas réglée.\n\n"
        "Nous vous remercions de procéder au paiement sous sept jours ou de nous indiquer la date à laquelle il interviendra. Si vous retenez ce paiement pour une raison particulière, merci de nous en informer afin que nous puissions régler le problème.\n\n"
        "Cordialement,\n\nCredit Control\nFernhill Veterinary Supplies Ltd"
    ),
    ("es", 1): (
        "Buenos días:\n\n"
        "Según nuestra contabilidad, la siguiente factura ha superado su fecha de vencimiento y sigue pendiente de pago:\n\n"
        "N.º de cliente:     {acct}\nFactura:            {inv}\nFecha:              {idate}\nVencimiento:        {ddate}\nImporte pendiente:  {amt}\n\n"
        "Encontrará nuestros datos bancarios al pie de cada factura; le rogamos que indique el número de factura en la transferencia. Si ha pagado en los últimos días, gracias, y no tenga en cuenta este mensaje. Si hay algún error en la factura, responda a este correo y lo revisaremos.\n\n"
        "Un cordial saludo,\n\nDepartamento de Cobros (Credit Control)\nFernhill Veterinary Supplies Ltd\nTel. +44 1632 960 773"
    ),
    ("es", 2): (
        "Estimado cliente:\n\n"
        "Le escribimos de nuevo en relación con la factura {inv} por importe de {amt}, vencida el {ddate}, que sigue figurando como impagada.\n\n"
        "Le rogamos que realice el pago en un plazo de siete días o nos indique cuándo lo hará. Si retiene el pago por algún motivo, le agradeceremos que nos lo comunique para poder resolverlo.\n\n"
        "Atentamente,\n\nCredit Control\nFernhill Veterinary Supplies Ltd"
    ),
    ("nl", 1): (
        "Goedendag,\n\n"
        "Volgens onze administratie is onderstaande factuur over de vervaldatum heen en nog niet betaald:\n\n"
        "Klantnummer:   {acct}\nFactuur:       {inv}\nFactuurdatum:  {idate}\nVervaldatum:   {ddate}\nOpenstaand:    {amt}\n\n"
        "Onze bankgegevens staan onderaan elke factuur; vermeld bij betaling a.u.b. het factuurnummer. Heeft u de afgelopen dagen al betaald, dan danken wij u en kunt u dit bericht negeren. Klopt er iets niet aan de factuur, antwoord dan gewoon op deze e-mail.\n\n"
        "Met vriendelijke groet,\n\nDebiteurenbeheer (Credit Control)\nFernhill Veterinary Supplies Ltd\nTel. +44 1632 960 773"
    ),
    ("nl", 2): (
        "Geachte klant,\n\n"
        "Ondanks onze eerdere herinnering staat factuur {inv} van {amt}, vervallen op {ddate}, nog altijd open.\n\n"
        "Wij verzoeken u het bedrag binnen zeven dagen over te maken of ons te laten weten wanneer de betaling volgt. Houdt u de betaling om een bepaalde reden aan, laat het ons dan weten zodat we het kunnen oplossen.\n\n"
        "Met vriendelijke groet,\n\nCredit Control\nFernhill Veterinary Supplies Ltd"
    ),
    ("it", 1): (
        "Buongiorno,\n\n"
        "dai nostri registri risulta che la fattura indicata di seguito è scaduta e non ancora saldata:\n\n"
        "Codice cliente:  {acct}\nFattura:         {inv}\nData fattura:    {idate}\nScadenza:        {ddate}\nImporto dovuto:  {amt}\n\n"
        "Le coordinate bancarie sono riportate in calce a ogni fattura; vi preghiamo di indicare il numero della fattura nella causale. Se avete pagato negli ultimi giorni, vi ringraziamo e vi preghiamo di ignorare questo messaggio. Se qualcosa nella fattura non è corretto, basta rispondere a questa e-mail.\n\n"
        "Cordiali saluti,\n\nUfficio Crediti (Credit Control)\nFernhill Veterinary Supplies Ltd\nTel. +44 1632 960 773"
    ),
    ("it", 2): (
        "Gentile cliente,\n\n"
        "nonostante il nostro precedente messaggio, la fattura {inv} di {amt}, scaduta il {ddate}, risulta ancora da saldare.\n\n"
        "Vi chiediamo di effettuare il pagamento entro sette giorni oppure di comunicarci quando avverrà. Se state trattenendo il pagamento per un motivo preciso, fatecelo sapere così da poter risolvere la questione.\n\n"
        "Distinti saluti,\n\nCredit Control\nFernhill Veterinary Supplies Ltd"
    ),
}
# What a Latin-1 client does to characters it cannot send
LATIN1_FALLBACK = {
    "–": "-",
    "—": "-",
    "€": "EUR",
    "’": "'",
    "‘": "'",
    "“": '"',
    "”": '"',
    "…": "...",
    "\ufeff": "",
}

# --------------------------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """One hand-written message from a customer's side, its client and its labels."""

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str  # "YYYY-MM-DD HH:MM +HHMM", in the sender's own offset
    style: str
    body: str
    labels: Mapping[str, object] = field(default_factory=dict)
    inv: str = ""
    amt: str = ""  # the reminder's amount, "1234.50"; derived from the key when empty
    cur: str = ""  # GBP for UK senders, EUR otherwise, unless given
    rlang: str = ""  # the reminder's language when it differs from the reply's
    stage: int = 1  # first reminder or second reminder
    days_back: int = 1  # working days between the reminder and the reply
    subject: str = ""  # "{rsub}" stands for the reminder subject as the client shows it
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    attach: tuple[str, bytes] | None = None
    threaded: bool = True  # In-Reply-To/References to the reminder
    swiss: bool = False

    @property
    def dt(self) -> datetime:
        """The Date: header, with stable seconds."""
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z").replace(second=seconds(self.key))

    @property
    def reminder_lang(self) -> str:
        """The language of the reminder being answered."""
        return self.rlang or self.lang

    @property
    def currency(self) -> str:
        """The account's currency: GBP in the UK, EUR on the continent, unless given."""
        if self.cur:
            return self.cur
        return "GBP" if self.dt.utcoffset() == timedelta(0) else "EUR"


def lab(
    refs: tuple[str, ...] = (), note: str | None = None, **fields: str | None
) -> dict[str, object]:
    """Label fields beyond intent and language (`refs`: invoice numbers in the new text)."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label keys {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


# --------------------------------------------------------------------------------------------
# Deterministic helpers
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    """A stable hash of a message key, salted per use."""
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def number(key: str, salt: str, modulo: int) -> int:
    """A stable small number for a key."""
    return int.from_bytes(digest(key, salt)[:8], "big") % modulo


def b32(key: str, salt: str, n: int) -> str:
    """A stable base32 token for a key."""
    return base64.b32encode(digest(key, salt)).decode()[:n]


def seconds(key: str) -> int:
    """The seconds of a message's Date: header."""
    return number(key, "seconds", 60)


def date_fields(loc: str, dt: datetime) -> dict[str, str]:
    """Every piece of a date a client template might print, in the client's language."""
    wd, mo = dt.weekday(), dt.month - 1
    return {
        "wd": DAYS[loc].split()[wd],
        "wda": DAYS_ABBR[loc].split()[wd],
        "mon": MONTHS[loc].split()[mo],
        "mona": MONTHS_ABBR[loc].split()[mo],
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


def fmt_date(template: str, loc: str, dt: datetime, **extra: str) -> str:
    """Fill a client's date template."""
    return template.format(**date_fields(loc, dt), **extra)


def money(amount: str, currency: str, lang: str, swiss: bool = False) -> str:
    """An amount as the reminder prints it in the customer's language."""
    units, cents = amount.split(".")
    groups: list[str] = []
    while len(units) > 3:
        groups.insert(0, units[-3:])
        units = units[:-3]
    groups.insert(0, units)
    nbsp = "\u00a0"
    if swiss:
        return "CHF " + "'".join(groups) + "." + cents
    symbol = {"GBP": "£", "EUR": "€", "CHF": "CHF "}[currency]
    if lang == "en":
        return symbol + ",".join(groups) + "." + cents
    if lang == "fr":
        return nbsp.join(groups) + "," + cents + nbsp + "€"
    if lang in {"de", "es"}:
        return ".".join(groups) + "," + cents + " €"
    return "€ " + ".".join(groups) + "," + cents


def latin1(text: str) -> str:
    """Replace what a Latin-1 client cannot send."""
    for bad, good in LATIN1_FALLBACK.items():
        text = text.replace(bad, good)
    return text


def working_day_before(day: datetime, n: int) -> datetime:
    """The n-th working day before `day`."""
    while n > 0:
        day -= timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


# --------------------------------------------------------------------------------------------
# The reminder behind each message
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reminder:
    """The overdue reminder Fernhill sent (the message being answered or bounced)."""

    key: str
    lang: str
    stage: int
    inv: str
    amount: str
    currency: str
    swiss: bool
    to_name: str
    to_addr: str
    sent: datetime  # UTC, as Fernhill's server stamped it

    @property
    def msgid(self) -> str:
        """The reminder's Message-ID, which replies point to."""
        return f"<{b32(self.key, 'reminder', 22).lower()}.ar@{AR_DOMAIN}>"

    @property
    def acct(self) -> str:
        """The customer's account number, stable per address."""
        return f"{20000 + number(self.to_addr, 'account', 9000)}"

    def due(self) -> date:
        """The invoice's due date: a few weeks before the reminder (longer for a second one)."""
        back = (
            8 + number(self.key, "due", 22) if self.stage == 1 else 34 + number(self.key, "due", 16)
        )
        return (self.sent - timedelta(days=back)).date()

    def subject(self) -> str:
        """The reminder's subject line."""
        return REMINDER_SUBJECTS[self.lang, self.stage].format(inv=self.inv)

    def text(self) -> str:
        """The reminder's body in its language, amounts and dates in local formats."""
        due = self.due()
        issued = due - timedelta(days=30)
        numeric = NUMERIC_DATE[self.lang]
        return REMINDER_BODIES[self.lang, self.stage].format(
            acct=self.acct,
            inv=self.inv,
            idate=numeric.format(dd=f"{issued.day:02d}", mo=f"{issued.month:02d}", y=issued.year),
            ddate=numeric.format(dd=f"{due.day:02d}", mo=f"{due.month:02d}", y=due.year),
            amt=money(self.amount, self.currency, self.lang, self.swiss),
        )

    def as_sent(self) -> Message:
        """The reminder as it left Fernhill (returned inside some bounces)."""
        msg = text_part(self.text(), "plain", "utf-8", "qp")
        msg["From"] = formataddr((AR_NAME, AR_ADDR))
        msg["To"] = (
            formataddr((self.to_name, self.to_addr)) if self.to_name.isascii() else self.to_addr
        )
        msg["Subject"] = encode_header(self.subject(), "utf-8")
        msg["Date"] = format_datetime(self.sent)
        msg["Message-ID"] = self.msgid
        headers_in_client_order(msg)
        return msg


def invoice_for(key: str) -> str:
    """A Fernhill invoice number for a message whose text does not name one."""
    return f"FVS {40600 + number(key, 'invoice', 420):05d}-{'ABCD'[number(key, 'suffix', 4)]}"


def amount_for(key: str) -> str:
    """A reminder amount for a message whose text does not state one."""
    cents = 4500 + number(key, "amount", 260000)
    return f"{cents // 100}.{cents % 100:02d}"


def reminder_for(r: Reply) -> Reminder:
    """The reminder a reply answers. Auto-replies fire a minute or two after it arrives."""
    local = r.dt
    if r.style not in NOTICE_STYLES:
        day = working_day_before(local, r.days_back)
        sent = datetime(
            day.year,
            day.month,
            day.day,
            9,
            3 + number(r.key, "rem", 25),
            10 + number(r.key, "rs", 40),
            tzinfo=UK,
        )
    else:
        sent = (
            (local - timedelta(minutes=1 + number(r.key, "lag", 3)))
            .astimezone(UK)
            .replace(second=5)
        )
    return Reminder(
        key=r.key,
        lang=r.reminder_lang,
        stage=r.stage,
        inv=r.inv or invoice_for(r.key),
        amount=r.amt or amount_for(r.key),
        currency=r.currency,
        swiss=r.swiss,
        to_name=r.who[0],
        to_addr=r.who[1],
        sent=sent,
    )


# --------------------------------------------------------------------------------------------
# MIME building blocks
# --------------------------------------------------------------------------------------------


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """A text part in the charset and transfer encoding the client would use."""
    text.encode(charset)  # raises if the hand-written text does not fit the charset
    chs = cs.Charset(charset)
    # None means 7bit/8bit (no transfer encoding); typeshed types body_encoding as int only.
    chs.body_encoding = {"qp": cs.QP, "b64": cs.BASE64, "8bit": None, "7bit": None}[cte]  # type: ignore[assignment]
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, chs)
    return part


def encode_header(value: str, charset: str, name: str = "Subject") -> str:
    """A header value as a client encodes it: RFC 2047 encoded words when it is not ASCII."""
    if value.isascii():
        return value
    enc = charset if charset in {"iso-8859-1", "windows-1252"} else "utf-8"
    try:
        value.encode(enc)
    except UnicodeEncodeError:
        enc = "utf-8"
    return Header(value, enc, header_name=name).encode()


def mailbox(name: str, addr: str, charset: str) -> str:
    """A From/To/Cc mailbox with an encoded display name when needed."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encode_header(name, charset, 'From')} <{addr}>"


def headers_in_client_order(msg: Message) -> None:
    """Put MIME-Version and the content headers after the envelope headers."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "Content-Type" in msg and "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"


def drop_inner_versions(part: Message, top: bool = True) -> None:
    """Only a message's top level carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    if part.is_multipart():
        for sub in part.get_payload():
            if isinstance(sub, Message):
                drop_inner_versions(sub, top=part.get_content_type() == "message/rfc822")


EPOCH_2028 = 1833000000  # mid-February 2028, for timestamp-shaped boundaries


def boundary_token(key: str, family: str, n: int) -> str:
    """One boundary, shaped like the producing software's."""
    raw = digest(key, f"boundary{n}")
    if family == "gmail":
        return "000000000000" + raw.hex()[:16]
    if family == "apple":
        return "Apple-Mail=_" + uuid_text(raw).upper()
    if family == "outlook":
        host = b32(key, "bhost", 13)
        return f"_00{n}_{host}{raw.hex()[:28].upper()}{host}EURP_"
    if family == "bounce":
        return f"{raw.hex()[:10].upper()}.{EPOCH_2028 + number(key, 'epoch', 2600000)}/{b32(key, 'bn', 6).lower()}"
    return f"----=_Part_{number(key, f'p{n}', 999999)}_{number(key, f'q{n}', 999999999)}.{EPOCH_2028 + number(key, f'r{n}', 2600000)}{number(key, f's{n}', 1000):03d}"


def set_boundaries(msg: Message, key: str, family: str) -> None:
    """Fixed boundaries shaped like the producing client's."""
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        part.set_boundary(boundary_token(key, family, n))


def html_text(text: str) -> str:
    """Plain lines as HTML lines."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_blocks(text: str) -> str:
    """Plain paragraphs as HTML paragraphs."""
    return "\n".join(f"<p>{html_text(block)}</p>" for block in text.split("\n\n"))


def word_paragraphs(text: str) -> str:
    """Plain lines as Word's MsoNormal paragraphs."""
    rows = []
    for line in text.split("\n"):
        if line:
            rows.append(f'<p class="MsoNormal">{html.escape(line, quote=False)}<o:p></o:p></p>')
        else:
            rows.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(rows)


def quoted(text: str) -> str:
    """Plain text quoted with '>' the way most clients do it."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def flowed(text: str, width: int = 72) -> str:
    """RFC 3676 format=flowed: soft breaks keep a trailing space; stuffed lines get one."""
    out: list[str] = []
    for line in text.split("\n"):
        if line == "-- ":
            out.append(line)
            continue
        depth = len(line) - len(line.lstrip(">"))
        content = line[depth:]
        if depth and content.startswith(" "):
            content = content[1:]
        prefix = ">" * depth + (" " if depth and content.strip() else "")
        if not depth and (content.startswith((" ", ">")) or content.startswith("From ")):
            content = " " + content
        content = content.rstrip(" ")
        room = width - len(prefix)
        while len(content) > room:
            cut = content.rfind(" ", 1, room)
            if cut <= 0:
                break
            out.append(prefix + content[: cut + 1])
            content = content[cut + 1 :]
        out.append(prefix + content)
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# Client layouts: what each client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quoted:
    """The reminder as the replying client shows it."""

    text: str
    subject: str
    sent: datetime  # in the replier's time zone
    loc: str
    to: str
    cc: str


def view_of(r: Reply, rem: Reminder) -> Quoted:
    """The reminder seen from the replying client (its time zone, its charset)."""
    text, subject = rem.text(), rem.subject()
    if r.charset == "iso-8859-1":
        text, subject = latin1(text), latin1(subject)
    to = f"{r.who[0]} <{r.who[1]}>" if r.who[0] else r.who[1]
    cc = dict(r.headers).get("Cc", "")
    return Quoted(text, subject, rem.sent.astimezone(r.dt.tzinfo), r.lang, to, cc)


def outlook_header_lines(q: Quoted, date_table: Mapping[str, str]) -> list[tuple[str, str]]:
    """The From/Sent/To/Subject block Outlook puts above the quoted message."""
    _, frm, sent, to, _, subj, _ = OUTLOOK_LABELS[q.loc]
    return [
        (frm, f"{AR_NAME} <{AR_ADDR}>"),
        (sent, fmt_date(date_table[q.loc], q.loc, q.sent)),
        (to, q.to),
        (subj, q.subject),
    ]


def outlook_block_text(q: Quoted, date_table: Mapping[str, str] = OUTLOOK_DATE) -> str:
    """The header block as plain text, with the client's label separator."""
    sep = OUTLOOK_LABELS[q.loc][6]
    return "\n".join(f"{label}{sep}{value}" for label, value in outlook_header_lines(q, date_table))


def body_text(r: Reply) -> str:
    """The hand-written text, adjusted to what the message's charset can carry."""
    return latin1(r.body) if r.charset == "iso-8859-1" else r.body


def alternative(r: Reply, plain: str, markup: str) -> Message:
    """multipart/alternative with the plain and HTML renderings."""
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(plain, "plain", r.charset, r.cte))
    outer.attach(text_part(markup, "html", r.charset, r.cte))
    return outer


def layout_outlook(r: Reply, q: Quoted) -> Message:
    """Outlook desktop, plain text, with the localised Original Message divider."""
    text = f"{body_text(r)}\n\n{OUTLOOK_LABELS[q.loc][0]}\n{outlook_block_text(q)}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, r.cte)


def word_document(r: Reply, q: Quoted) -> str:
    """Outlook's Word-generated HTML with the grey top-border divider."""
    sep = OUTLOOK_LABELS[q.loc][6].rstrip()
    head = "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(sep)}</b> {html.escape(value)}"
        for label, value in outlook_header_lines(q, OUTLOOK_DATE)
    )
    body_lang = {"en": "EN-GB", "de": "DE", "fr": "FR", "es": "ES", "nl": "NL", "it": "IT"}[r.lang]
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle19\n\t{mso-style-type:personal-reply;}\n"
        "@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n"
        f'<body lang="{body_lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{word_paragraphs(body_text(r))}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{word_paragraphs(q.text)}\n</div>\n</body>\n</html>\n"
    )


def layout_outlook_html(r: Reply, q: Quoted) -> Message:
    """Outlook desktop HTML: multipart/alternative, Word markup, divider div."""
    plain = f"{body_text(r)}\n\n{outlook_block_text(q)}\n\n{q.text}\n"
    return alternative(r, plain, word_document(r, q))


def layout_html_only(r: Reply, q: Quoted) -> Message:
    """An Outlook profile set to send HTML without a plain alternative."""
    return text_part(word_document(r, q), "html", r.charset, r.cte)


def gmail_attribution(q: Quoted) -> str:
    """Gmail's attribution line in the client's language."""
    return fmt_date(GMAIL_ATTRIBUTION[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def layout_gmail(r: Reply, q: Quoted) -> Message:
    """Gmail web: multipart/alternative, the quote in a gmail_quote blockquote."""
    attribution = gmail_attribution(q)
    plain = f"{body_text(r)}\n\n{attribution}\n\n{quoted(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_text(body_text(r))}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attribution)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_blocks(q.text)}</blockquote></div>\n"
    )
    return alternative(r, plain, markup)


def layout_gmail_plain(r: Reply, q: Quoted) -> Message:
    """Gmail in plain-text mode: '>' quoting under the attribution."""
    text = f"{body_text(r)}\n\n{gmail_attribution(q)}\n\n{quoted(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def apple_attribution(q: Quoted) -> str:
    """Apple Mail's attribution line (macOS and iOS)."""
    return fmt_date(APPLE_ATTRIBUTION[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def layout_apple(r: Reply, q: Quoted) -> Message:
    """Apple Mail on a Mac, plain text."""
    text = f"{body_text(r)}\n\n{apple_attribution(q)}\n\n{quoted(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def layout_iphone(r: Reply, q: Quoted) -> Message:
    """iOS Mail: localised signature, the attribution quoted with the text."""
    mark = "\ufeff" if r.charset == "utf-8" else ""
    inner = quoted(f"{apple_attribution(q)}\n\n{mark}{q.text}")
    text = f"{body_text(r)}\n\n{IPHONE_SIGNATURE[q.loc]}\n\n{inner}\n"
    return text_part(text, "plain", r.charset, r.cte)


def layout_thunderbird(r: Reply, q: Quoted) -> Message:
    """Thunderbird: attribution, '>' quoting, format=flowed."""
    attribution = fmt_date(THUNDERBIRD_ATTRIBUTION[q.loc], q.loc, q.sent, name=AR_NAME)
    text = f"{body_text(r)}\n\n{attribution}\n{quoted(q.text)}\n"
    part = text_part(flowed(text), "plain", r.charset, r.cte)
    part.set_param("format", "flowed")
    return part


def layout_android(r: Reply, q: Quoted) -> Message:
    """Outlook for Android: base64 plain text, localised download line, underscore rule."""
    block = outlook_block_text(q, ANDROID_DATE)
    text = f"{body_text(r)}\n\n{ANDROID_SIGNATURE[q.loc]}<https://aka.ms/AAb9ysg>\n{'_' * 32}\n{block}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def layout_notice(r: Reply, q: Quoted) -> Message:
    """Automatic notices and advices: they quote nothing."""
    del q
    return text_part(body_text(r) + "\n", "plain", r.charset, r.cte)


LAYOUTS: dict[str, Callable[[Reply, Quoted], Message]] = {
    "outlook": layout_outlook,
    "outlook_html": layout_outlook_html,
    "html_only": layout_html_only,
    "gmail": layout_gmail,
    "gmail_plain": layout_gmail_plain,
    "apple": layout_apple,
    "iphone": layout_iphone,
    "thunderbird": layout_thunderbird,
    "android": layout_android,
    "notice": layout_notice,
    "exchange_notice": layout_notice,
}
OUTLOOK_FAMILY = {"outlook", "outlook_html", "html_only", "android", "exchange_notice"}
NOTICE_STYLES = {"notice", "exchange_notice"}
BOUNDARY_FAMILY = {
    "gmail": "gmail",
    "apple": "apple",
    "iphone": "apple",
    "outlook_html": "outlook",
    "outlook": "outlook",
    "html_only": "outlook",
}
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3864.200.81.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (23D60)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
}


def message_id(r: Reply) -> str:
    """A Message-ID shaped like the sending client's, derived from the key."""
    raw = digest(r.key, "message-id")
    domain = r.who[1].split("@")[1]
    if r.style in {"gmail", "gmail_plain"}:
        return f"<CA{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:42]}@mail.gmail.com>"
    if r.style in OUTLOOK_FAMILY:
        host = exchange_host(r.key, r.dt.utcoffset() == timedelta(0))
        return f"<{host.split('.')[0]}{raw.hex()[:24].upper()}@{host}>"
    if r.style in {"apple", "iphone"}:
        return f"<{uuid_text(raw).upper()}@{domain}>"
    return f"<{uuid_text(raw)}@{domain}>"


def uuid_text(raw: bytes) -> str:
    """Sixteen bytes printed as a UUID."""
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[raw[8] % 4]}{h[17:20]}-{h[20:32]}"


def exchange_host(key: str, uk: bool) -> str:
    """An Exchange Online mailbox server name, in the tenant's region."""
    prefix = (
        ("LO2P265MB", "LO4P265MB", "CWLP265MB", "LO0P265MB")
        if uk
        else ("AM9P192MB", "DB9P191MB", "PA4P190MB", "VI1P195MB", "DU0P189MB")
    )
    host = f"{prefix[number(key, 'exhost', len(prefix))]}{1000 + number(key, 'exnum', 9000)}"
    region = "GBRP265" if uk else f"EURP{host[4:7]}"
    return f"{host}.{region}.PROD.OUTLOOK.COM"


def reply_subject(r: Reply, q: Quoted) -> str:
    """The Subject: line, with the client's own reply prefix."""
    if r.subject:
        return r.subject.format(rsub=q.subject)
    prefix = OUTLOOK_REPLY_PREFIX[q.loc] if r.style in OUTLOOK_FAMILY else "Re: "
    return prefix + q.subject


def build_reply(r: Reply) -> Message:
    """A complete customer-side message."""
    rem = reminder_for(r)
    q = view_of(r, rem)
    msg = LAYOUTS[r.style](r, q)
    if r.attach is not None:
        outer = MIMEMultipart("mixed")
        outer.attach(msg)
        name, data = r.attach
        doc = MIMEApplication(data, "pdf", name=name)
        doc.add_header("Content-Disposition", "attachment", filename=name)
        outer.attach(doc)
        msg = outer
    msg["From"] = mailbox(*r.who, r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    extra = dict(r.headers)
    if "Cc" in extra:
        msg["Cc"] = extra.pop("Cc")
    msg["Subject"] = encode_header(reply_subject(r, q), r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = message_id(r)
    if r.threaded:
        msg["In-Reply-To"] = rem.msgid
        msg["References"] = rem.msgid
    if r.style in OUTLOOK_FAMILY:
        msg["Thread-Topic"] = encode_header(q.subject, r.charset, "Thread-Topic")
        msg["Thread-Index"] = base64.b64encode(digest(r.key, "thread-index")[:22]).decode()
        msg["Content-Language"] = "de-CH" if r.swiss else CONTENT_LANGUAGE[r.lang]
        msg["X-MS-Has-Attach"] = "yes" if r.attach else ""
        msg["X-MS-TNEF-Correlator"] = ""
    if r.style == "exchange_notice":
        msg["X-MS-Exchange-Generated-Message-Source"] = "Mailbox Rules Agent"
    for name, value in [*CLIENT_HEADERS.get(r.style, ()), *extra.items()]:
        msg[name] = value
    headers_in_client_order(msg)
    drop_inner_versions(msg)
    set_boundaries(msg, r.key, BOUNDARY_FAMILY.get(r.style, "other"))
    return msg


# --------------------------------------------------------------------------------------------
# Header sets used below
# --------------------------------------------------------------------------------------------

AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "All")
X_AUTOREPLY = ("X-Autoreply", "yes")
PRECEDENCE_BULK = ("Precedence", "bulk")
PRECEDENCE_AUTO = ("Precedence", "auto_reply")
PDF_PROOF = (
    b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
    b"3 0 obj<</Producer(Banca Online - Justificante de transferencia)>>endobj\n"
    b"trailer<</Root 1 0 R/Info 3 0 R>>\n%%EOF\n"
)

# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Rhys Pritchard", "rhys@pritchardequine.example"),
        "2028-02-17 19:48 +0000",
        "iphone",
        "done",
        lab(
            note="one-word 'done' from a phone, answering a payment reminder: paid; no date can be pinned"
        ),
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        (
            "Marchwood Veterinary Group - Accounts Payable",
            "ap.remittances@marchwoodvetgroup.example",
        ),
        "2028-02-22 06:14 +0000",
        "notice",
        "REMITTANCE ADVICE\n\n"
        "Payer:             Marchwood Veterinary Group plc\n"
        "Payee:             Fernhill Veterinary Supplies Ltd\n"
        "Supplier number:   0000418862\n"
        "Payment date:      22/02/2028\n"
        "Payment method:    BACS\n"
        "Payment reference: MVG-PAY-0088213\n\n"
        "Document no.   Your reference   Doc. date       Gross   Discount   Net paid\n"
        "5100392281     FVS 40733-A      12/01/2028   1,946.20       0.00   1,946.20\n"
        "5100392455     FVS 40790-C      19/01/2028     388.75       0.00     388.75\n\n"
        "Total paid:  GBP 2,334.95\n\n"
        "This advice was generated automatically by our payments system. Please do not reply to this address. Queries about this payment: ap.queries@marchwoodvetgroup.example, quoting the payment reference.",
        lab(
            ("FVS 40733-A", "FVS 40790-C"),
            paid_date="2028-02-22",
            payment_reference="MVG-PAY-0088213",
            amount="2334.95",
            currency="GBP",
            note="AP-system remittance advice, not a reply and not threaded; the queries address is not a new contact",
        ),
        subject="Remittance Advice - Payment MVG-PAY-0088213",
        cte="7bit",
        threaded=False,
        headers=(("X-Mailer", "SAP NetWeaver Mail Service 7.50"),),
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Helen Ashworth", "helen.ashworth@brackenridgevets.example"),
        "2028-02-23 11:20 +0000",
        "outlook_html",
        "Hi,\n\nWe paid this one on the 15th by BACS (£612.30, our ref BRV0215). Could you send me a copy of the invoice though? I can’t find it anywhere on our system and the accountant will want it for the year end.\n\nThanks\nHelen\n\nHelen Ashworth\nPractice Manager\nBrackenridge Veterinary Centre\n01632 960 218",
        lab(
            paid_date="2028-02-15",
            payment_reference="BRV0215",
            amount="612.30",
            currency="GBP",
            note="paid, plus a request for a copy for the records: the payment claim wins; 'the 15th' is 15 Feb, before the message",
        ),
        inv="FVS 40868-B",
        amt="612.30",
        charset="windows-1252",
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Sabine Kröger", "buchhaltung@tierklinik-lindenhof.example"),
        "2028-02-25 08:37 +0100",
        "outlook",
        "Guten Tag\n\nDen offenen Betrag aus Ihrer Rechnung FVS 40912-A über CHF 1'146.80 haben wir am 24.02.2028 überwiesen, Zahlungsnummer ZA-2028-00317. Bitte gleichen Sie Ihr Kundenkonto entsprechend ab.\n\nFreundliche Grüsse\n\ni. A. Sabine Kröger\nBuchhaltung\nTierklinik am Lindenhof AG",
        lab(
            ("FVS 40912-A",),
            paid_date="2028-02-24",
            payment_reference="ZA-2028-00317",
            amount="1146.80",
            currency="CHF",
            note="Swiss clinic: Swiss spelling (no ß) and Swiss number format CHF 1'146.80",
        ),
        inv="FVS 40912-A",
        amt="1146.80",
        cur="CHF",
        swiss=True,
        headers=(SUPPRESS,),
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Marc Delorme", "gaec.leprevert@agrimail.example"),
        "2028-02-21 18:02 +0100",
        "android",
        "c'est réglé depuis le 15/02 par virement, vérifiez de votre côté\nCordialement\nM. Delorme\nGAEC du Pré Vert",
        lab(paid_date="2028-02-15", note="'15/02' read day/month, as in French"),
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Noémie Garnier", "direction@clinique-tilleuls-veto.example"),
        "2028-02-16 09:12 +0100",
        "gmail",
        "Bonjour,\n\nJe ne comprends pas cette relance : le virement de 478,90 € est parti le 2 février, vous ne l'avez pas reçu ? Je vous redonne la référence bancaire : VIR-SEPA 2802-7741. Pouvez-vous vérifier avec votre banque ?\n\nBien à vous,\n\nNoémie Garnier\nAssistante de direction\nClinique vétérinaire des Tilleuls",
        lab(
            paid_date="2028-02-02",
            payment_reference="VIR-SEPA 2802-7741",
            amount="478.90",
            currency="EUR",
            note="a question, but it states the transfer went out on 2 February; the reference contains digits that look like a date",
        ),
        amt="478.90",
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Jorge Alcántara", "jorge@clinicaalcantara.example"),
        "2028-03-07 12:44 +0100",
        "apple",
        "Buenas,\n\nOs lo pagamos ayer por transferencia, os adjunto el justificante.\n\nUn saludo,\nJorge",
        lab(
            paid_date="2028-03-06",
            note="'ayer' from Tue 7 Mar; PDF proof attached (multipart/mixed)",
        ),
        attach=("justificante_transferencia.pdf", PDF_PROOF),
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        (
            "Ayuntamiento de Villanueva del Pinar - Tesorería",
            "tesoreria@villanuevadelpinar.example",
        ),
        "2028-03-02 07:30 +0100",
        "notice",
        "AYUNTAMIENTO DE VILLANUEVA DEL PINAR\nIntervención - Tesorería\n\nCOMUNICACIÓN DE PAGO\n\n"
        "Le comunicamos que con fecha 01/03/2028 se ha ordenado el pago de las facturas que se relacionan, mediante transferencia a la cuenta que consta en nuestro registro de terceros.\n\n"
        "Acreedor:           FERNHILL VETERINARY SUPPLIES LTD\n"
        "Orden de pago:      OP-2028-000412\n"
        "Aplicación:         311.22199 Centro municipal de protección animal\n\n"
        "N.º factura         Fecha factura    Importe\n"
        "FVS 40944-D         29/12/2027       2.310,00 EUR\n\n"
        "Total:              2.310,00 EUR\n\n"
        "Este mensaje se ha generado automáticamente. Para cualquier consulta, diríjase al Registro General del Ayuntamiento.",
        lab(
            ("FVS 40944-D",),
            paid_date="2028-03-01",
            payment_reference="OP-2028-000412",
            amount="2310.00",
            currency="EUR",
            note="public body's payment notice generated by its accounting system, with Auto-Submitted: auto-generated; 'se ha ordenado el pago' = payment sent",
        ),
        subject="Comunicación de pago OP-2028-000412",
        charset="iso-8859-1",
        threaded=False,
        headers=(AUTO_GENERATED,),
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Wouter Hendriks", "wouter@melkveehendriks.example"),
        "2028-02-19 08:15 +0100",
        "iphone",
        "Betaald.",
        lab(note="one word; no date"),
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        ("Ingrid Visser", "administratie@dierenkliniekhetgooi.example"),
        "2028-02-15 14:05 +0100",
        "outlook_html",
        "Hallo,\n\nFactuur FVS 40721-C is op 8 februari al voldaan, samen met FVS 40702-B. We hebben in één keer € 1.054,35 overgemaakt. Misschien is het bij jullie op de verkeerde factuur geboekt?\n\nMet vriendelijke groet,\n\nIngrid Visser\nAdministratie\nDierenkliniek Het Gooi",
        lab(
            ("FVS 40721-C", "FVS 40702-B"),
            paid_date="2028-02-08",
            amount="1054.35",
            currency="EUR",
            note="one transfer for two invoices; the amount is the total transferred",
        ),
        inv="FVS 40721-C",
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Francesca Sala", "francesca.sala.vet@gmail.com"),
        "2028-03-03 10:22 +0100",
        "gmail",
        "Buongiorno,\nbonifico fatto stamattina. Vi giro il CRO: 1209834471203\n\nSaluti\nFrancesca Sala\nAmbulatorio Veterinario Sala",
        lab(
            paid_date="2028-03-03",
            payment_reference="1209834471203",
            note="'stamattina' is the message date; free-mail sender",
        ),
        cte="b64",
    ),
    Reply(
        "ps-it-2",
        "payment_sent",
        "it",
        ("Giuseppe Bertolini", "cascinaroggia@bertolini-agricola.example"),
        "2028-03-08 21:17 +0100",
        "thunderbird",
        "Buongiorno,\nscusate se rispondo solo adesso ma sono giorni di fuoco, abbiamo avuto tre parti in una notte e il veterinario è dovuto venire due volte, poi si è rotto il carro miscelatore e mio fratello era in fiera a Verona con il furgone. Comunque per la vostra fattura mi ha detto mio figlio che venerdì scorso è passato in banca a Lodi e ha fatto il bonifico, credo per tutto l'importo ma se manca qualcosa ditemelo che sistemiamo. Ah, e se riuscite con la prossima consegna mandate anche i guanti lunghi da ginecologia, quelli dell'altra volta erano piccoli.\n\nCordiali saluti\nGiuseppe Bertolini\nAzienda Agricola Bertolini - Cascina Roggia",
        lab(
            paid_date="2028-03-03",
            note="rambling farm news with the payment buried; 'venerdì scorso' from Wed 8 Mar is Fri 3 Mar; the glove order is not an AR intent",
        ),
        charset="iso-8859-1",
        cte="8bit",
        days_back=3,
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pp-en-1",
        "promise_to_pay",
        "en",
        ("Nadia Rahman", "nadia.rahman@harrowgatepethospitals.example"),
        "2028-02-16 15:33 +0000",
        "outlook_html",
        "Hello,\n\nThanks for the reminder. FVS 40851-D (£3,418.00) has now been approved and is included in Friday’s payment run, so you should see it on your account early next week.\n\nRegards,\n\nNadia Rahman\nAccounts Payable Team\nHarrowgate Pet Hospitals Ltd",
        lab(
            ("FVS 40851-D",),
            promised_date="2028-02-18",
            amount="3418.00",
            currency="GBP",
            note="past tense ('approved and included') announcing a future payment: the run on Fri 18 Feb; 'early next week' is only when it lands",
        ),
        inv="FVS 40851-D",
        amt="3418.00",
        headers=(SUPPRESS,),
    ),
    Reply(
        "pp-en-2",
        "promise_to_pay",
        "en",
        ("Tilly Marsh", "tilly.marsh.kennels@gmail.com"),
        "2028-02-20 21:40 +0000",
        "gmail_plain",
        "Hi there,\n\nSorry, I know it's late, I've been away with the dogs at a show for most of the month. I'll get it paid by the end of the month.\n\nTilly",
        lab(
            promised_date="2028-02-29",
            note="'end of the month' in February 2028, a leap year: the 29th",
        ),
    ),
    Reply(
        "pp-en-3",
        "promise_to_pay",
        "en",
        ("Sian Everett", "sian@everettequinevets.example"),
        "2028-02-28 07:52 +0000",
        "android",
        "Hi, I'm on a course all this week and not at my desk, but I'll pay this next Thursday when I'm back in the office and can get at the banking. Sorry for the wait. Sian",
        lab(
            promised_date="2028-03-09",
            note="a person writing, though the subject she typed says 'Out of office'; away all this week, so 'next Thursday' from Mon 28 Feb is Thu 9 Mar",
        ),
        subject="Out of office this week - {rsub}",
    ),
    Reply(
        "pp-de-1",
        "promise_to_pay",
        "de",
        ("Jens Albrecht", "albrecht@rinderzucht-albrecht.example"),
        "2028-02-24 16:10 +0100",
        "thunderbird",
        "Hallo,\n\ndie Rechnung FVS 40877-A wird in KW 10 bezahlt. Vorher geht es leider nicht, wir warten noch auf die Abrechnung vom Schlachthof.\n\nGruß\nJens Albrecht\nAlbrecht Rinderzucht GbR",
        lab(
            ("FVS 40877-A",),
            promised_date="2028-03-06",
            note="'KW 10' resolved like 'next week': Monday of ISO week 10, 6 Mar 2028",
        ),
        inv="FVS 40877-A",
        cte="8bit",
    ),
    Reply(
        "pp-de-2",
        "promise_to_pay",
        "de",
        ("Monika Hartmann", "kreditoren@vetvital-kliniken.example"),
        "2028-02-22 13:48 +0100",
        "outlook",
        "Guten Tag,\n\nIhre Rechnung wurde inzwischen sachlich und rechnerisch geprüft und zur Zahlung freigegeben. Sie geht mit unserem nächsten Zahllauf am 01.03. raus.\n\nFreundliche Grüße\n\nMonika Hartmann\nKreditorenbuchhaltung\nVetVital Kliniken AG",
        lab(
            promised_date="2028-03-01",
            note="'freigegeben' (past) announces the payment run on 1 Mar",
        ),
        charset="iso-8859-1",
        stage=2,
    ),
    Reply(
        "pp-fr-1",
        "promise_to_pay",
        "fr",
        ("Patrick Roux", "tresorerie@refuge-quatrepattes.example"),
        "2028-02-17 10:05 +0100",
        "html_only",
        "Bonjour,\n\nNous réglerons cette facture en fin de mois, avec les autres fournisseurs du refuge.\n\nCordialement,\n\nPatrick Roux\nTrésorier bénévole\nRefuge Les Quatre Pattes",
        lab(
            promised_date="2028-02-29",
            note="'en fin de mois' in February 2028: the 29th; HTML-only message",
        ),
    ),
    Reply(
        "pp-es-1",
        "promise_to_pay",
        "es",
        ("Raúl Peñalver", "administracion@hvcostablanca.example"),
        "2028-03-06 09:40 +0100",
        "outlook",
        "Buenos días:\n\nOs confirmo que la factura FVS 40958-B se abonará a finales de mes, junto con el resto de proveedores.\n\nUn saludo,\n\nRaúl Peñalver\nAdministración – Hospital Veterinario Costa Blanca",
        lab(
            ("FVS 40958-B",),
            promised_date="2028-03-31",
            note="'a finales de mes' written in March: the 31st",
        ),
        inv="FVS 40958-B",
        charset="windows-1252",
    ),
    Reply(
        "pp-es-2",
        "promise_to_pay",
        "es",
        ("Lucía Ferrer", "lucia.ferrer.hipica@gmail.com"),
        "2028-03-09 20:14 +0100",
        "iphone",
        "lo pago el lunes sin falta, perdón por el retraso",
        lab(promised_date="2028-03-13", note="'el lunes' from Thu 9 Mar: Mon 13 Mar"),
        stage=2,
    ),
    Reply(
        "pp-nl-1",
        "promise_to_pay",
        "nl",
        ("Sanne de Groot", "s.degroot@dapdelinde.example"),
        "2028-02-16 14:22 +0100",
        "gmail",
        "Goedemiddag,\n\nExcuses, het is hier even een gekkenhuis geweest met de verbouwing van de praktijk. Het bedrag wordt over twee weken overgemaakt.\n\nMet vriendelijke groet,\nSanne de Groot\nDierenartsenpraktijk De Linde",
        lab(
            promised_date="2028-03-01",
            note="'over twee weken' = 14 days after Wed 16 Feb, which is 1 Mar in a leap year",
        ),
    ),
    Reply(
        "pp-nl-2",
        "promise_to_pay",
        "nl",
        ("Kees Mulder", "kees@varkenshouderijmulder.example"),
        "2028-03-07 06:55 +0100",
        "iphone",
        "we betalen vrijdag gr kees",
        lab(
            promised_date="2028-03-10", note="no capitals, no punctuation; 'vrijdag' from Tue 7 Mar"
        ),
    ),
    Reply(
        "pp-it-1",
        "promise_to_pay",
        "it",
        ("Chiara Ferri", "amministrazione@clinicasanrocco-vet.example"),
        "2028-03-01 11:30 +0100",
        "outlook_html",
        "Buongiorno,\n\nprovvederemo al saldo entro fine mese.\n\nCordiali saluti\n\nDott.ssa Chiara Ferri\nClinica Veterinaria San Rocco",
        lab(promised_date="2028-03-31", note="'entro fine mese' written on 1 Mar: 31 Mar"),
    ),
    Reply(
        "pp-it-2",
        "promise_to_pay",
        "it",
        ("Marco Bellini", "marco.bellini@canilebellini.example"),
        "2028-03-02 17:05 +0100",
        "apple",
        "Salve,\nla fattura FVS 40990-C verrà pagata il 13/03 con bonifico, come concordato con il vostro agente.\nGrazie\nMarco",
        lab(("FVS 40990-C",), promised_date="2028-03-13", note="'13/03' read day/month"),
        inv="FVS 40990-C",
    ),
]

DISPUTE = [
    Reply(
        "di-en-1",
        "dispute",
        "en",
        ("Dan Whitfield", "dan@whitfieldrowevets.example"),
        "2028-02-24 08:05 +0000",
        "gmail",
        "Morning,\n\nWe've paid the gloves, drapes and syringes on FVS 40862-A (£287.40 went across yesterday). We're not paying for the six packs of long-acting amoxicillin though – they came with a use-by date of next month, which is no good to us, and we asked your rep to collect them on 2 Feb. Please credit the £336.00 for those and close it off.\n\nCheers,\nDan Whitfield\nWhitfield & Rowe Farm Vets",
        lab(
            ("FVS 40862-A",),
            note="paid part, disputes the rest: dispute wins over the payment claim",
        ),
        inv="FVS 40862-A",
        amt="623.40",
    ),
    Reply(
        "di-en-2",
        "dispute",
        "en",
        ("Rebecca Stanhope", "rebecca@stanhopevetsurgery.example"),
        "2028-02-15 17:47 +0000",
        "outlook",
        "We have NOT paid this invoice and we won’t until the autoclave you supplied in December actually works. It has failed its cycle test three times and your service engineer has cancelled twice. I’ve lost count of the phone calls. Please put the account on hold until this is resolved.\n\nRebecca Stanhope MRCVS\nClinical Director\nStanhope Veterinary Surgery",
        lab(note="negated payment, with the reason: faulty equipment"),
        charset="windows-1252",
        stage=2,
    ),
    Reply(
        "di-en-3",
        "dispute",
        "en",
        ("Emyr Pugh", "penybryn.farm@btinternet.example"),
        "2028-03-04 22:31 +0000",
        "thunderbird",
        "Hello, sorry this is a long one.\n\nWe've had a hell of a lambing so far. It started early this year with the mild weather, we're about 400 ewes in and we've had a run of twins with watery mouth, which the vet reckons is down to the colostrum, so I've not been near the office for a fortnight.\n\nAnyway the reason I'm writing is the invoice. I was going through the paperwork last night and the second lot of clostridial vaccine on there, the ten 100-dose bottles, we never ordered. We had one delivery in January and that was it. I've checked the fridge and the delivery notes and there is only the one. My wife thinks your driver may have dropped it at Ty Isaf up the road, they're customers of yours too I believe.\n\nSo the first part of the invoice is fine and I'll pay that, but I'm not paying for vaccine we haven't had. Can someone look into it please.\n\nAlso can you put us down for more iodine with the next order.\n\nRegards\nEmyr Pugh\nPen y Bryn Farm",
        lab(
            note="long and rambling; the dispute is buried mid-message; 'I'll pay that' covers only the undisputed part"
        ),
        days_back=2,
    ),
    Reply(
        "di-de-1",
        "dispute",
        "de",
        ("Dr. Katrin Weiß", "praxis@weiss-ohlsen-tierarzt.example"),
        "2028-02-18 10:55 +0100",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nder Rechnung FVS 40897-B widersprechen wir hiermit. Laut Lieferschein LS-118842 wurden uns statt 20 nur 12 Kartons Einmalspritzen geliefert; die Fehlmenge wurde bei der Anlieferung auf dem Lieferschein vermerkt und vom Fahrer gegengezeichnet.\n\nWir bitten um eine berichtigte Rechnung über die tatsächlich gelieferte Menge. Bis dahin ist die Rechnung für uns nicht zahlbar.\n\nMit freundlichen Grüßen\n\nDr. med. vet. Katrin Weiß\nTierarztpraxis Weiß & Ohlsen",
        lab(
            ("FVS 40897-B",),
            note="short delivery; the corrected-invoice request follows from the dispute; LS-118842 is a delivery note, not an invoice",
        ),
        inv="FVS 40897-B",
    ),
    Reply(
        "di-de-2",
        "dispute",
        "de",
        ("Thomas Brandl", "tierarzt.brandl@web.de"),
        "2028-03-01 19:20 +0100",
        "android",
        "hallo, die Impfstoffe aus der letzten Lieferung kamen lauwarm an, Kühlakku komplett aufgetaut. So konnten wir die nicht verwenden und habens entsorgt, Fotos hab ich. Die zahlen wir nicht. Rest ist ok.\nGruß T. Brandl",
        lab(
            note="broken cold chain; 'Rest ist ok' does not turn it into a payment; free-mail sender"
        ),
    ),
    Reply(
        "di-fr-1",
        "dispute",
        "fr",
        ("Élodie Marchand", "achats@groupe-vetouest.example"),
        "2028-02-21 11:12 +0100",
        "outlook",
        "Madame, Monsieur,\n\nLes prix appliqués sur la facture FVS 40931-A ne correspondent pas à ceux de notre accord-cadre du 1er octobre 2027, qui prévoit une remise de 12 % sur les consommables. La facture reprend les prix catalogue.\n\nNous vous remercions de nous adresser un avoir ou une facture rectificative ; nous ne pouvons pas la régler en l'état.\n\nVeuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\nÉlodie Marchand\nService Achats\nGroupe VetOuest",
        lab(("FVS 40931-A",), note="contract-price disagreement; very formal register"),
        inv="FVS 40931-A",
        charset="iso-8859-1",
    ),
    Reply(
        "di-fr-2",
        "dispute",
        "fr",
        ("Julien Faure", "julien.faure@veto-faure.example"),
        "2028-02-29 08:47 +0100",
        "gmail_plain",
        "bonjour,\ncette facture fait doublon avec la FVS 40809-D que nous avons payée le 20 janvier, c'est exactement la même livraison (même bon de livraison). merci de l'annuler.\ncdt\nJulien",
        lab(
            ("FVS 40809-D",),
            note="duplicate billing; the payment mentioned is of the earlier invoice, which is the number written",
        ),
    ),
    Reply(
        "di-es-1",
        "dispute",
        "es",
        ("Carmen Ibáñez", "carmen@clinicaibanez.example"),
        "2028-03-08 16:40 +0100",
        "gmail",
        "Buenas tardes:\n\nNo vamos a pagar esta factura hasta que nos hagáis el abono de la devolución. Os devolvimos dos cajas de vendas cohesivas que llegaron en un color que no era el pedido y seguimos sin ver la nota de crédito. Si descontáis el importe de la devolución, pagamos el resto sin problema.\n\nUn saludo,\nCarmen Ibáñez\nClínica Veterinaria Ibáñez",
        lab(
            note="payment refused until a return is credited; the offer to pay the rest is conditional"
        ),
        stage=2,
    ),
    Reply(
        "di-nl-1",
        "dispute",
        "nl",
        ("Bas van Dijk", "bas@maneghoefslag.example"),
        "2028-02-17 12:03 +0100",
        "iphone",
        "klopt niet, we hebben maar 4 dozen gehad ipv 10. stuur maar een nieuwe factuur",
        lab(
            note="short delivery in mobile shorthand; 'send a new invoice' follows from the dispute"
        ),
    ),
    Reply(
        "di-nl-2",
        "dispute",
        "nl",
        ("M. Jansen", "crediteuren@dierenziekenhuisoost.example"),
        "2028-03-06 09:15 +0100",
        "outlook",
        "Goedemorgen,\n\nFVS 40826-C hebben we vorige week betaald. FVS 40839-A klopt echter niet: daar staat een röntgencassette op die we wel besteld, maar nooit ontvangen hebben. Graag een creditnota voor dat deel.\n\nMet vriendelijke groet,\n\nM. Jansen\nCrediteurenadministratie\nDierenziekenhuis Oost",
        lab(
            ("FVS 40826-C", "FVS 40839-A"),
            note="one invoice paid, the other disputed: dispute; Dutch reply to an English reminder",
        ),
        inv="FVS 40839-A",
        rlang="en",
    ),
    Reply(
        "di-it-1",
        "dispute",
        "it",
        ("Laura Conti", "segreteria@amiciquattrozampe-odv.example"),
        "2028-02-14 10:48 +0100",
        "outlook_html",
        "Buongiorno,\n\nquesta merce non l'abbiamo mai ricevuta. Al corriere risulta consegnata il 27 gennaio, ma a noi non è arrivato niente e abbiamo già fatto reclamo. Non possiamo pagare una fattura per merce che non abbiamo.\n\nAttendo vostre notizie.\n\nLaura Conti\nRifugio Amici a Quattro Zampe ODV",
        lab(note="goods never received"),
        charset="windows-1252",
    ),
    Reply(
        "di-it-2",
        "dispute",
        "it",
        ("ROBERTO GALLI", "aziendagalli@agrigalli.example"),
        "2028-02-28 07:12 +0100",
        "outlook",
        "BUONGIORNO, LA FATTURA FVS 40975-B È SBAGLIATA. ABBIAMO ORDINATO 3 CONFEZIONI DI GARZE NON 30. RIFATELA GIUSTA E LA PAGHIAMO.\nSALUTI\nGALLI",
        lab(
            ("FVS 40975-B",),
            note="all caps; the quantity is contested, so dispute rather than invoice_request",
        ),
        inv="FVS 40975-B",
        charset="iso-8859-1",
        cte="8bit",
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pl-en-1",
        "payment_plan",
        "en",
        ("Margaret Doyle", "treasurer@harefieldanimalrescue.example"),
        "2028-02-18 16:25 +0000",
        "apple",
        "Dear Credit Control team,\n\nI am writing on behalf of the trustees of Harefield Animal Rescue. Our winter appeal raised far less than we had hoped, and the vet bills for the dogs taken in from the January hoarding case have eaten most of our reserves.\n\nWe do want to pay you in full, but we cannot pay £1,870 in one go. Would you accept £300 a month, starting on 1 March, until it is cleared? I can set up a standing order as soon as you agree.\n\nWith thanks for your understanding,\n\nMargaret Doyle\nHon. Treasurer, Harefield Animal Rescue (registered charity)",
        lab(note="hardship plus monthly instalments; plan amounts and dates are not labelled"),
        amt="1870.00",
        stage=2,
    ),
    Reply(
        "pl-en-2",
        "payment_plan",
        "en",
        ("Jack Tennant", "jack@tennantlivestock.example"),
        "2028-03-01 13:02 +0000",
        "gmail",
        "Hi,\n\nI've just transferred £500 towards this and I'll clear the rest (£742.15) by the end of March. Hope that's ok.\n\nCheers,\nJack",
        lab(note="part now, the rest later: payment_plan, not payment_sent"),
        amt="1242.15",
    ),
    Reply(
        "pl-en-3",
        "payment_plan",
        "en",
        ("Rob Haines", "robhaines.farm@gmail.com"),
        "2028-02-26 19:09 +0000",
        "iphone",
        "can u give me till end of march cash flow is awful since the TB test, cant move any cattle",
        lab(
            note="asks for more time, giving hardship as the reason: payment_plan; no punctuation, free-mail sender"
        ),
        stage=2,
        days_back=2,
    ),
    Reply(
        "pl-de-1",
        "payment_plan",
        "de",
        ("Andreas Vogt", "praxis@kleintierpraxis-vogt.example"),
        "2028-02-28 14:40 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nwir bedauern den Zahlungsverzug. Nach einem Wasserschaden war unsere Praxis sechs Wochen lang nur eingeschränkt geöffnet.\n\nWir möchten Ihnen deshalb vorschlagen, den offenen Betrag von 2.640,00 € in vier monatlichen Raten zu je 660,00 € zu begleichen, erstmals zum 15. März. Für eine kurze Bestätigung wären wir Ihnen dankbar.\n\nMit freundlichen Grüßen\n\nAndreas Vogt\nKleintierpraxis Vogt",
        lab(note="formal instalment proposal after a flood"),
        amt="2640.00",
        charset="windows-1252",
    ),
    Reply(
        "pl-de-2",
        "payment_plan",
        "de",
        ("Lena Hofmann", "lena@hofmann-milchhof.example"),
        "2028-03-09 12:15 +0100",
        "gmail",
        "Hallo zusammen,\n\ndie Hälfte (ca. 400 €) überweise ich heute, den Rest Anfang April, wenn die Milchgeldabrechnung kommt. Ist das so in Ordnung?\n\nViele Grüße\nLena Hofmann\nHofmann Milchhof",
        lab(note="half today, the rest after the dairy's milk payment: payment_plan"),
        amt="806.40",
    ),
    Reply(
        "pl-fr-1",
        "payment_plan",
        "fr",
        ("Hélène Caradec", "dr.caradec@cabinetveto-caradec.example"),
        "2028-02-15 18:30 +0100",
        "apple",
        "Bonjour,\n\nSuite à votre relance, je me permets de vous demander s'il serait possible de mettre en place un échéancier pour le solde de notre compte. Nous traversons une période difficile depuis le départ de mon associé, et je préfère étaler le paiement sur trois mois plutôt que de vous laisser sans nouvelles.\n\nDans l'attente de votre retour,\nBien cordialement,\n\nDr Hélène Caradec\nCabinet vétérinaire Caradec",
        lab(note="asks for a three-month schedule; hardship"),
    ),
    Reply(
        "pl-fr-2",
        "payment_plan",
        "fr",
        ("Odile Le Gall", "amisdeschats.broceliande@assoc-mail.example"),
        "2028-03-03 10:10 +0100",
        "thunderbird",
        "Bonjour,\n\nPourriez-vous nous accorder un délai supplémentaire de trente jours ? La subvention du département n'a toujours pas été versée et la trésorerie de l'association est à zéro.\nMerci d'avance de votre compréhension.\n\nOdile Le Gall\nAssociation Les Amis des Chats de Brocéliande",
        lab(note="more time asked for: payment_plan"),
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "pl-es-1",
        "payment_plan",
        "es",
        ("Iñaki Etxeberria", "ganaderia@etxeberria-ganaderia.example"),
        "2028-02-23 09:50 +0100",
        "outlook_html",
        "Buenos días,\n\n¿Sería posible pagar esta factura en dos plazos? La mitad a primeros de marzo y la otra mitad a primeros de abril. Estamos pendientes de que la cooperativa nos liquide la leche.\n\nGracias,\nIñaki Etxeberria\nGanadería Etxeberria",
        lab(note="two instalments"),
    ),
    Reply(
        "pl-es-2",
        "payment_plan",
        "es",
        ("Sergio Molina", "huellasdeljucar@protectora-mail.example"),
        "2028-02-14 20:48 +0100",
        "android",
        "Ahora mismo no puedo pagarlo todo de golpe. ¿Os parece bien si os voy pagando 200 € cada quince dias hasta terminar?\n\nSergio\nProtectora Huellas del Júcar",
        lab(note="fortnightly instalments; 'dias' typed without its accent"),
        amt="1180.50",
    ),
    Reply(
        "pl-nl-1",
        "payment_plan",
        "nl",
        ("mr. drs. P.J. Koster", "p.koster@kosterbedrijfsadvies.example"),
        "2028-03-02 15:55 +0100",
        "outlook",
        "Geachte heer, mevrouw,\n\nNamens onze cliënt, Veehouderij Van den Berg V.O.F., verzoeken wij u een betalingsregeling te treffen voor het openstaande bedrag van € 3.912,60. Wij stellen voor dit bedrag in zes maandelijkse termijnen te voldoen.\n\nGraag vernemen wij of u hiermee akkoord gaat.\n\nMet vriendelijke groet,\n\nmr. drs. P.J. Koster\nKoster Bedrijfsadvies B.V.",
        lab(
            note="a business adviser asks for instalments for his client; not a lawyer, so not unsubscribe"
        ),
        amt="3912.60",
        stage=2,
    ),
    Reply(
        "pl-it-1",
        "payment_plan",
        "it",
        (
            "Amministrazione Clinica Veterinaria Valle Seriana",
            "amministrazione@cvvalleseriana.example",
        ),
        "2028-02-22 12:00 +0100",
        "outlook_html",
        "Gentili signori,\n\nchiediamo cortesemente la possibilità di rateizzare l’importo in tre rate mensili. La clinica ha avuto un calo di lavoro importante in questi mesi e preferiamo concordare con voi un piano piuttosto che ritardare ancora.\n\nCordiali saluti\n\nAmministrazione\nClinica Veterinaria Valle Seriana",
        lab(note="three monthly instalments"),
        charset="windows-1252",
    ),
    Reply(
        "pl-it-2",
        "payment_plan",
        "it",
        ("Davide Russo", "davide.russo.vet@libero.it"),
        "2028-03-10 17:41 +0100",
        "iphone",
        "Ciao, ho fatto adesso un bonifco di 300 euro, il resto ve lo mando appena incasso dalla ASL. Scusate",
        lab(
            note="part now, the rest when the health authority pays him: payment_plan; typo 'bonifco'"
        ),
        amt="1140.00",
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Karen Doherty", "purchase.ledger@northvalevets.example"),
        "2028-02-17 10:31 +0000",
        "outlook",
        "Hi,\n\nOur AP system won't let us pay anything without a valid PO number on the invoice. Please reissue FVS 40884-C quoting PO 4500218873 and send it to this address, and it'll go in the next run.\n\nThanks,\nKaren Doherty\nPurchase Ledger\nNorthvale Veterinary Partners Ltd",
        lab(
            ("FVS 40884-C",),
            note="conditional payment: pays once the invoice carries the PO; the amount is not contested",
        ),
        inv="FVS 40884-C",
        headers=(SUPPRESS,),
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Lisa Chambers", "lisa@brooklanekennels.example"),
        "2028-03-06 12:12 +0000",
        "android",
        "can you send me a copy of the invoice? cant find it anyhwere. ta",
        lab(note="typos, mobile brevity"),
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Procurement & Payables", "payables@wessexvth.example"),
        "2028-02-25 11:46 +0000",
        "html_only",
        "Dear Sir/Madam,\n\nBefore we can release this payment we need to verify your bank details. Under the University’s anti-fraud procedure, please complete our supplier bank details form (available on the supplier portal) on company letterhead and return it signed by a director. We are not able to accept bank details by email alone.\n\nOnce your details have been verified, the invoice will be paid in the next scheduled payment run.\n\nKind regards,\n\nProcurement & Payables\nUniversity of Wessex Veterinary Teaching Hospital",
        lab(
            note="a public body needs verified bank details before paying; HTML-only; the 'next payment run' is conditional and undated"
        ),
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Birgit Lange", "verwaltung@tierpark-falkenried.example"),
        "2028-03-07 08:20 +0100",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\ndie genannte Rechnung liegt uns nicht vor; sie ist bei uns offenbar nie eingegangen. Bitte senden Sie uns eine Kopie als PDF, damit wir sie zur Zahlung anweisen können.\n\nMit freundlichen Grüßen\ni. A. Birgit Lange\nVerwaltung\nTierpark Falkenried gGmbH",
        lab(note="zoo administration: invoice never received, asks for a copy"),
        charset="windows-1252",
    ),
    Reply(
        "ir-de-2",
        "invoice_request",
        "de",
        ("Hauke Petersen", "hauke@schafzucht-petersen.example"),
        "2028-02-21 17:30 +0100",
        "iphone",
        "Moin, können Sie mir bitte mal einen Kontoauszug mit allen offenen Posten schicken? Ich komm mit den ganzen Einzelrechnungen durcheinander. Danke, Hauke",
        lab(note="statement of account request"),
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Sophie Lemaire", "compta@cvvaldeloire.example"),
        "2028-02-24 14:14 +0100",
        "gmail",
        "Bonjour,\n\nPourriez-vous nous transmettre votre RIB ? Nous n'avons pas vos coordonnées bancaires dans notre logiciel et le virement ne peut pas partir sans. Dès réception, nous procédons au paiement.\n\nBonne journée,\nSophie Lemaire\nComptabilité – Clinique vétérinaire du Val de Loire",
        lab(note="needs bank details before paying; the payment is conditional and undated"),
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Mairie de Saint-Aubin-sur-Orne - Service finances", "finances@saintaubinsurorne.example"),
        "2028-03-01 15:02 +0100",
        "outlook",
        "Madame, Monsieur,\n\nLa commune de Saint-Aubin-sur-Orne est un acheteur public : les factures doivent obligatoirement être déposées sur le portail Chorus Pro. Aucune facture reçue par courriel ne peut être mise en paiement.\n\nNous vous invitons donc à déposer la facture FVS 40962-A sur Chorus Pro en mentionnant le numéro d'engagement 2028-0147 (fourrière municipale).\n\nCordialement,\n\nLe service des finances\nMairie de Saint-Aubin-sur-Orne",
        lab(
            ("FVS 40962-A",),
            note="public buyer: the invoice must be filed on its e-invoicing portal before it can be paid",
        ),
        inv="FVS 40962-A",
        charset="iso-8859-1",
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Pilar Navarro", "granja@navarro-porcino.example"),
        "2028-02-16 11:11 +0100",
        "thunderbird",
        "Hola,\n\n¿Me podéis mandar el albarán firmado de esta entrega? Sin el albarán mi gestor no me deja contabilizar la factura. En cuanto lo tenga os hago la transferencia.\n\nGracias,\nPilar Navarro\nGranja Navarro",
        lab(note="signed delivery note needed before paying"),
        charset="iso-8859-1",
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Álvaro Cortés", "facturas@vetsur-clinicas.example"),
        "2028-03-08 10:00 +0100",
        "gmail",
        "Buenos días:\n\nLa factura viene a nombre de la clínica antigua y con el CIF equivocado. Desde enero facturamos como Vetsur Clínicas S.L., CIF B41887203. ¿Podéis emitirla de nuevo con los datos correctos? El importe está bien.\n\nGracias y un saludo,\nÁlvaro Cortés\nVetsur Clínicas",
        lab(note="reissue with the right company name and tax number; amount not contested"),
        cte="b64",
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Fleur Bakker", "praktijkmanager@dierenkliniekzuiderpark.example"),
        "2028-02-29 13:37 +0100",
        "apple",
        "Goedemiddag,\n\nKunt u ons een kopie van de factuur sturen, met de pakbon erbij? Onze boekhouder mist beide. Daarna wordt het direct betaald.\n\nGroet,\nFleur Bakker\nPraktijkmanager, Dierenkliniek Zuiderpark",
        lab(note="copy and packing slip needed; payment follows, undated"),
    ),
    Reply(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Thijs Kramer", "thijs@kramerpluimvee.example"),
        "2028-03-09 09:05 +0100",
        "gmail_plain",
        "Hoi,\n\nWaar is deze factuur eigenlijk voor? We kunnen hem nergens aan koppelen. Kunnen jullie de specificatie en de bestelbon sturen, dan zoeken we het uit.\n\nThijs",
        lab(
            note="'what is this for?' with a request for the detail: invoice_request, not dispute (nothing is contested yet)"
        ),
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Elisa Marchetti", "ufficio.amministrativo@cvborgoantico.example"),
        "2028-02-15 09:27 +0100",
        "outlook",
        "Buongiorno,\n\nnel nostro cassetto fiscale non risulta alcuna fattura elettronica con questo numero. Per poterla pagare abbiamo bisogno che venga trasmessa tramite SdI al nostro codice destinatario KRRH6B9. Potete reinviarla?\n\nGrazie e buona giornata\n\nElisa Marchetti\nUfficio amministrativo\nClinica Veterinaria Borgo Antico",
        lab(note="Italian e-invoice through the exchange system needed before paying"),
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Hannah Cole", "hannah.cole@oakbrookvets.example"),
        "2028-02-14 13:20 +0000",
        "gmail",
        "Hello,\n\nI left Oakbrook Vets at the end of January so I'm afraid I can't help with this. You'll want accounts@oakbrookvets.example.\n\nAll the best,\nHannah",
        lab(new_contact="accounts@oakbrookvets.example"),
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Finance Department", "accounts@caldervalleyvets.example"),
        "2028-03-03 16:58 +0000",
        "outlook_html",
        "Dear Sir/Madam,\n\nPlease note that with immediate effect all statements, reminders and remittance queries for Calder Valley Vets should be sent to our new finance mailbox: calder.valley.finance@gmail.com\n\nThe old address will no longer be monitored. Please update your records and confirm by return once done.\n\nRegards\nFinance Department",
        lab(
            new_contact="calder.valley.finance@gmail.com",
            note="phishing-like: asks to redirect collection mail to a free-mail address, with a Reply-To there; labelled as what it asks, a person must verify before anything changes",
        ),
        headers=(("Reply-To", "calder.valley.finance@gmail.com"),),
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Jade Turner", "reception@kirkbyvets.example"),
        "2028-02-22 10:02 +0000",
        "outlook",
        "Hi,\n\nI'm just on reception here, I don't deal with invoices. All our accounts are paid by head office in Leeds, they should have the details. Sorry I can't be more help!\n\nJade",
        lab(note="not the right person; no address given"),
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Julia Scholz", "j.scholz@vetnord-celle.example"),
        "2028-02-15 11:44 +0100",
        "outlook_html",
        "Guten Tag,\n\nfür Rechnungen und Mahnungen ist bei uns die Zentrale in Hannover zuständig. Bitte wenden Sie sich künftig an kreditoren.hannover@vetnord-gruppe.example – ich habe die Kollegen in Kopie gesetzt.\n\nFreundliche Grüße\nJulia Scholz\nVetNord Tierarztpraxis Celle",
        lab(
            new_contact="kreditoren.hannover@vetnord-gruppe.example",
            note="the new address is also copied in Cc",
        ),
        headers=(("Cc", "Kreditoren Hannover <kreditoren.hannover@vetnord-gruppe.example>"),),
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Claire Benoît", "claire.benoit@cliniqueduparc-veto.example"),
        "2028-02-18 07:59 +0100",
        "iphone",
        "Bonjour, je ne travaille plus à la clinique depuis le 1er février. Merci d'écrire désormais à compta@cliniqueduparc-veto.example\nBonne continuation,\nClaire",
        lab(new_contact="compta@cliniqueduparc-veto.example"),
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Antoine Perrin", "dr.perrin@veto-roseraie-angers.example"),
        "2028-03-07 12:30 +0100",
        "gmail",
        "Bonjour,\n\nJe pense qu'il y a une erreur d'adresse : nous sommes bien une clinique vétérinaire « de la Roseraie », mais à Angers, et nous n'avons jamais été clients chez vous. Vous cherchez sans doute nos homonymes de Tours ; je n'ai pas leur adresse mail.\n\nCordialement,\nDr Antoine Perrin",
        lab(
            note="wrong addressee altogether (a namesake); no new address; not a dispute, nothing is said about any goods"
        ),
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Alberto Ruiz", "alberto@clinicaveterinariaruiz.example"),
        "2028-02-25 13:30 +0100",
        "android",
        "Hola, los pagos a proveedores nos los lleva la gestoría. Escribidles a ellos: proveedores@gestoriaalameda.example\nGracias",
        lab(new_contact="proveedores@gestoriaalameda.example"),
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Begoña Martínez", "bmartinez@cpa-vallehermoso.example"),
        "2028-03-02 09:14 +0100",
        "iphone",
        "Ya no trabajo en el centro, no puedo ayudarles.\nBegoña",
        lab(note="no longer works there; no address"),
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Mirjam Smit", "mirjam@paardenpraktijksmit.example"),
        "2028-02-23 20:11 +0100",
        "gmail",
        "Hoi,\n\nOnze administratie wordt gedaan door ons boekhoudkantoor. Willen jullie het voortaan naar hen sturen? Dat is facturen@kantoorbrouwer.example\n\nGroetjes,\nMirjam",
        lab(new_contact="facturen@kantoorbrouwer.example"),
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Roel de Vries", "administratie.utrecht@dacmidden.example"),
        "2028-03-08 08:52 +0100",
        "outlook_html",
        "Goedemorgen,\n\nDit adres hoort bij onze vestiging in Utrecht. De vestiging Amersfoort, waar deze factuur over gaat, heeft een eigen administratie: administratie.amersfoort@dacmidden.example. Kunt u de herinnering daarheen sturen?\n\nMet vriendelijke groet,\n\nRoel de Vries\nDierenartsencentrum Midden",
        lab(
            new_contact="administratie.amersfoort@dacmidden.example",
            note="another branch's mailbox; the address ends with a full stop in the text",
        ),
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Stefano Lombardi", "s.lombardi@ambulatoriosanmarco.example"),
        "2028-03-06 11:05 +0100",
        "gmail_plain",
        "Buongiorno,\nnon sono più io il referente per la contabilità, da marzo se ne occupa la collega. Scrivete a contabilita@ambulatoriosanmarco.example\nSaluti\nStefano Lombardi",
        lab(new_contact="contabilita@ambulatoriosanmarco.example"),
    ),
    Reply(
        "wc-it-2",
        "wrong_contact",
        "it",
        ("Paolo Greco", "dott.greco@studiovetgreco.example"),
        "2028-02-16 19:45 +0100",
        "iphone",
        "Buonasera, avete scritto alla persona sbagliata, io sono il veterinario e di pagamenti non mi occupo. La contabilità la tiene mia moglie, vi faccio richiamare da lei.",
        lab(
            note="not the right person; the person who is has no address here; the call-back is not a promise to pay"
        ),
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Graham Boyd", "graham@boydsfarm.example"),
        "2028-03-08 18:02 +0000",
        "gmail_plain",
        "It will be paid on Friday. Now please stop sending me these emails every other day, it's bordering on harassment. I've been a customer of yours for fifteen years.\n\nGraham Boyd",
        lab(note="a promise plus 'stop sending these': unsubscribe beats the promise"),
        stage=2,
    ),
    Reply(
        "un-en-2",
        "unsubscribe",
        "en",
        ("James Whitcombe", "james@whitcombevets.example"),
        "2028-02-29 15:15 +0000",
        "outlook_html",
        "Please be advised that we have instructed Pryce Hollis LLP in relation to this account and the ongoing problem with the X-ray unit. All further communication must go through them and not directly to the practice. Do not email or telephone the practice about this again.\n\nJ. Whitcombe\nDirector\nWhitcombe Veterinary Ltd",
        lab(
            note="'deal with our solicitors' without an address: unsubscribe; the equipment complaint does not outrank it"
        ),
        stage=2,
    ),
    Reply(
        "un-en-3",
        "unsubscribe",
        "en",
        ("Bernard Hale", "bernardhale47@hotmail.co.uk"),
        "2028-02-19 11:00 +0100",
        "iphone",
        "TAKE ME OFF YOUR MAILING LIST. I HAVE ASKED THREE TIMES NOW.",
        lab(
            note="all caps; a British donkey-sanctuary owner in Spain answering a Spanish reminder, so his clock is on CET; free-mail sender"
        ),
        rlang="es",
        cur="EUR",
    ),
    Reply(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Dr. Ernst Zöllner", "dr.zoellner@tierarzt-zoellner.example"),
        "2028-02-17 09:33 +0100",
        "thunderbird",
        "Sehr geehrte Damen und Herren,\n\nich bitte darum, mir Zahlungserinnerungen künftig ausschließlich auf dem Postweg zuzusenden. E-Mails an diese Adresse werden von mir nicht mehr bearbeitet.\n\nHochachtungsvoll\nDr. Ernst Zöllner\nPraktischer Tierarzt",
        lab(note="post only"),
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "un-de-2",
        "unsubscribe",
        "de",
        ("Ulrich Baumann", "u.baumann@web.de"),
        "2028-03-02 16:20 +0100",
        "apple",
        "Hallo,\n\nbitte nehmen Sie meine Adresse aus Ihrem Verteiler. Ich habe die Praxis zum Jahresende abgegeben und bin im Ruhestand. Mit der Rechnung habe ich nichts mehr zu tun.\n\nU. Baumann",
        lab(
            note="'remove my address' from a retired vet, no new address: unsubscribe beats wrong_contact; free-mail sender"
        ),
    ),
    Reply(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Yann Kerhervé", "gerance@elevage-moulinneuf.example"),
        "2028-02-23 10:44 +0100",
        "outlook",
        "Madame, Monsieur,\n\nJe vous prie de cesser tout envoi de relances à cette adresse. Ce dossier est désormais suivi par notre conseil, Maître Lefebvre-Dorval, avocat au barreau de Rennes, auquel vous voudrez bien adresser toute correspondance.\n\nSalutations.\n\nYann Kerhervé\nGérant – Élevage du Moulin Neuf",
        lab(note="stop plus 'write to our lawyer' with no address: unsubscribe"),
        stage=2,
    ),
    Reply(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Rocío Sanz", "rocio.sanz@perrerasanz.example"),
        "2028-02-21 19:05 +0100",
        "gmail",
        "Dejen de escribirme ya, por favor. Esto está pagado desde hace semanas y se lo he dicho por teléfono dos veces.",
        lab(note="stop request plus a payment claim: unsubscribe wins; no date"),
        stage=2,
    ),
    Reply(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Administración Granja Escuela El Encinar", "info@granjaescuelaelencinar.example"),
        "2028-03-09 12:50 +0100",
        "outlook_html",
        "Buenos días:\n\nLes rogamos que en adelante nos remitan cualquier reclamación únicamente por correo postal a nuestro domicilio social. Este buzón no se utiliza para asuntos de facturación.\n\nAtentamente,\n\nAdministración\nGranja Escuela El Encinar S.L.",
        lab(note="post only: unsubscribe, even though it also says the mailbox is the wrong one"),
        charset="windows-1252",
    ),
    Reply(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("Henk Bos", "henk@bos-schapen.example"),
        "2028-02-27 10:31 +0100",
        "iphone",
        "AFMELDEN",
        lab(note="one word, all caps, on a Sunday"),
        days_back=2,
    ),
    Reply(
        "un-nl-2",
        "unsubscribe",
        "nl",
        ("Nicole Peeters", "nicole.peeters@hondenpensiondeheide.example"),
        "2028-03-03 22:18 +0100",
        "gmail_plain",
        "we betalen het heus wel, maar hou alsjeblieft op met die mails elke week. Ik word er gek van.",
        lab(note="vague promise plus 'stop the e-mails': unsubscribe"),
        stage=2,
    ),
    Reply(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Fabio Rinaldi", "fabio.rinaldi@allevamentorinaldi.example"),
        "2028-02-15 16:00 +0100",
        "outlook",
        "Vi chiedo di non contattarmi più via e-mail. Per qualsiasi comunicazione relativa a questa fattura rivolgetevi al mio legale, l’avv. Stefania Moretti.\n\nFabio Rinaldi",
        lab(note="no more e-mail, talk to my lawyer (no address): unsubscribe"),
        charset="windows-1252",
    ),
    Reply(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Giulia Esposito", "giulia@pensioneperanimali-esposito.example"),
        "2028-03-07 13:45 +0100",
        "android",
        "cancellatemi dalla vostra lista, grazie",
        lab(),
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Oliver Grant", "oliver.grant@grantandpartnersvets.example"),
        "2028-02-28 09:06 +0000",
        "exchange_notice",
        "Thank you for your email. I am out of the office until Monday 6 March with no access to email. For anything urgent please call the practice on 01632 960 441.\n\nOliver Grant",
        lab(return_date="2028-03-06", note="'until X' gives X"),
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        "en",
        ("Marchwood AP Helpdesk", "ap.helpdesk@marchwoodvetgroup.example"),
        "2028-02-16 09:12 +0000",
        "notice",
        "Thank you for contacting Marchwood Veterinary Group Accounts Payable.\n\nYour query has been logged under reference AP-INC-0041977. We aim to respond within 5 working days.\n\nPlease do not reply to this email; this mailbox is not monitored. To add information to your query, use the supplier portal and quote the reference above.",
        lab(
            note="ticket acknowledgement with only X-Autoreply; 'mailbox not monitored' is about the robot sender, not a wrong contact"
        ),
        subject="[AP-INC-0041977] {rsub}",
        threaded=False,
        headers=(X_AUTOREPLY,),
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        "en",
        ("Claire Holloway", "claire@hollowaydairy.example"),
        "2028-02-21 09:15 +0000",
        "notice",
        "Hi, I'm on annual leave, returning on Thursday 24 February. Emails are not being forwarded, so I'll pick this up when I'm back.\n\nClaire",
        lab(
            return_date="2028-02-24",
            note="auto-reply with only Precedence: bulk; 'returning on' gives the day back",
        ),
        subject="Annual leave: {rsub}",
        headers=(PRECEDENCE_BULK,),
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Petra Neumann", "p.neumann@tierklinik-neumann.example"),
        "2028-02-22 10:05 +0100",
        "exchange_notice",
        "Vielen Dank für Ihre Nachricht.\n\nIch bin vom 21.02. bis einschließlich 25.02.2028 im Urlaub und ab Montag, 28.02., wieder im Haus. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an buchhaltung@tierklinik-neumann.example.\n\nMit freundlichen Grüßen\nPetra Neumann",
        lab(
            return_date="2028-02-28",
            note="'ab Montag, 28.02., wieder im Haus' wins over 'bis einschließlich 25.02.'; a colleague's address in an auto-reply is not a new contact",
        ),
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-de-2",
        "auto_reply",
        "de",
        ("VetVital Rechnungseingang", "rechnungseingang@vetvital-kliniken.example"),
        "2028-02-21 10:03 +0100",
        "notice",
        "Guten Tag,\n\nIhre Nachricht ist bei uns eingegangen und wurde unter der Vorgangsnummer 2028-0221-4471 erfasst. Wir bearbeiten alle Anfragen in der Reihenfolge ihres Eingangs.\n\nBitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.\n\nVetVital Kliniken AG\nKreditorenbuchhaltung",
        lab(note="ticket acknowledgement; no date"),
        subject="[Vorgang 2028-0221-4471] Eingangsbestätigung: {rsub}",
        threaded=False,
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Aurélie Fontaine", "a.fontaine@veto-fontaine.example"),
        "2028-02-23 10:04 +0100",
        "exchange_notice",
        "Bonjour,\n\nJe suis absente du 21 au 25 février inclus, avec un accès très limité à ma messagerie. Je serai de retour le lundi 28 février et traiterai votre message à ce moment-là.\n\nCordialement,\nAurélie Fontaine",
        lab(return_date="2028-02-28", note="the stated day back wins over 'du 21 au 25 inclus'"),
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-fr-2",
        "auto_reply",
        "fr",
        ("Laboratoire départemental d'analyses", "accueil.lda@departement-orne.example"),
        "2028-03-06 10:07 +0100",
        "notice",
        "Madame, Monsieur,\n\nNous accusons réception de votre courriel. Il sera transmis au service concerné et traité dans les meilleurs délais.\n\nCeci est un message automatique, merci de ne pas y répondre.\n\nLaboratoire départemental d'analyses vétérinaires",
        lab(note="public body's automatic acknowledgement; no date"),
        subject="Accusé de réception : {rsub}",
        charset="iso-8859-1",
        headers=(AUTO_GENERATED,),
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Nuria Vidal", "nvidal@clinicavidal.example"),
        "2028-02-24 10:10 +0100",
        "notice",
        "Estaré fuera de la oficina hasta el 3 de marzo, sin acceso al correo. Para cualquier urgencia, llame a la clínica.\n\nNuria Vidal",
        lab(
            return_date="2028-03-03",
            note="'hasta el 3 de marzo' gives that date itself; only X-Autoreply",
        ),
        subject="Fuera de la oficina: {rsub}",
        headers=(X_AUTOREPLY,),
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Joost Willems", "j.willems@dierenartsbrabant.example"),
        "2028-02-28 10:03 +0100",
        "exchange_notice",
        "Beste afzender,\n\nIn verband met carnaval en de voorjaarsvakantie ben ik afwezig tot en met woensdag 1 maart. Vanaf donderdag 2 maart ben ik weer bereikbaar.\n\nMet vriendelijke groet,\nJoost Willems",
        lab(return_date="2028-03-02", note="the day back wins over 'tot en met 1 maart'"),
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-nl-2",
        "auto_reply",
        "nl",
        ("Akkerhoeve Kantoor", "kantoor@akkerhoeve.example"),
        "2028-03-03 10:05 +0100",
        "notice",
        "Bedankt voor uw bericht.\n\nHet kantoor van Akkerhoeve is alleen op dinsdag en donderdag bezet. Wij nemen dan zo snel mogelijk contact met u op.",
        lab(
            note="a farm office's autoresponder with no auto-reply header at all; recurring office days are not a return date"
        ),
        subject="Re: {rsub}",
        threaded=False,
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Valentina Ricci", "v.ricci@clinicaricci.example"),
        "2028-03-07 10:06 +0100",
        "exchange_notice",
        "Gentile mittente,\n\nsarò assente dall'ufficio fino a venerdì 10 marzo compreso e rientrerò lunedì 13 marzo. La sua e-mail non verrà inoltrata.\n\nCordiali saluti\nValentina Ricci",
        lab(return_date="2028-03-13", note="the day back wins over 'fino a venerdì 10 compreso'"),
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-it-2",
        "auto_reply",
        "it",
        ("Sara Gentile", "sara.gentile@clinicaveterinariaflaminia.example"),
        "2028-02-18 10:04 +0100",
        "notice",
        "Buongiorno, sono in congedo di maternità. Per questioni amministrative potete scrivere a amministrazione@clinicaveterinariaflaminia.example, per urgenze cliniche chiamate la clinica.\n\nSara Gentile",
        lab(
            note="open-ended leave, no date; only Precedence: auto_reply; a colleague's address in an auto-reply does not set new_contact"
        ),
        subject="Assente: {rsub}",
        headers=(PRECEDENCE_AUTO,),
    ),
]

OTHER = [
    Reply(
        "ot-en-1",
        "other",
        "en",
        ("Chris Dunmore", "chris@dunmoreequine.example"),
        "2028-02-15 12:40 +0000",
        "iphone",
        "Did we not pay this already? I'll have to check with Mel when she's in.",
        lab(note="a question with no claim and no commitment: a person must check"),
    ),
    Reply(
        "ot-en-2",
        "other",
        "en",
        ("Pete Lawson", "pete@lawsonfarmvets.example"),
        "2028-03-07 08:15 +0000",
        "gmail",
        "Hi,\n\nWhile I've got you, can you add two boxes of the large nitrile gloves and a dozen rolls of cohesive bandage to Thursday's delivery?\n\nThanks,\nPete",
        lab(note="an order in the reminder thread; nothing about the invoice"),
    ),
    Reply(
        "ot-en-3",
        "other",
        "en",
        ("Alison Hart", "alison@fenwickhartvets.example"),
        "2028-03-02 14:05 +0000",
        "outlook",
        "Dear Sir/Madam,\n\nI’m writing to let you know that Fenwick & Hart Veterinary Surgeons was acquired by a larger group on 1 March. I’m still here for the time being, but I understand the new owners’ finance team will be taking over supplier accounts over the next few weeks and will contact all our suppliers. I don’t yet know who that will be.\n\nKind regards,\nAlison Hart",
        lab(note="change of ownership, no new address and no commitment: other"),
        charset="windows-1252",
    ),
    Reply(
        "ot-de-1",
        "other",
        "de",
        ("Marion Keller", "empfang@tierarztpraxis-keller.example"),
        "2028-02-23 11:20 +0100",
        "outlook_html",
        "Vielen Dank für die Info, ich gebe das an unseren Chef weiter.\n\nViele Grüße\nMarion Keller\nTierarztpraxis Dr. Keller",
        lab(note="acknowledgement; passing it on names no new contact"),
    ),
    Reply(
        "ot-de-2",
        "other",
        "de",
        ("Stefan Lorenz", "stefan.lorenz@lorenz-gefluegel.example"),
        "2028-02-29 17:50 +0100",
        "gmail",
        "Hallo,\n\nkurz zur Info, bevor die nächste Lieferung rausgeht: Wir sind umgezogen. Ab 1. März bitte an Am Mühlbach 3 liefern, die alte Halle ist abgerissen.\n\nGruß\nStefan Lorenz\nLorenz Geflügelhof",
        lab(note="new delivery address in the reminder thread; not a billing contact"),
    ),
    Reply(
        "ot-fr-1",
        "other",
        "fr",
        ("Véronique Masson", "veronique.masson@cabinetveto-masson.example"),
        "2028-02-16 08:30 +0100",
        "outlook_html",
        "Bonjour,\n\nJe reçois ce mail en anglais et je me méfie : nous avons eu plusieurs tentatives d'arnaque au faux fournisseur ces derniers mois. Pouvez-vous me confirmer par téléphone que ce message vient bien de chez vous ? Le cabinet est joignable le matin.\n\nVéronique Masson\nCabinet vétérinaire Masson",
        lab(note="suspicion of fraud, asks for a phone call; French reply to an English reminder"),
        rlang="en",
    ),
    Reply(
        "ot-fr-2",
        "other",
        "fr",
        ("Luc Girard", "luc.girard@eleveur-girard.example"),
        "2028-03-09 14:10 +0100",
        "iphone",
        "Je suis en arret maladie jusqu'a nouvel ordre, je regarderais ça a mon retour.",
        lab(
            note="'I'll look at it when I'm back', no date and no commitment to pay: other; accents missing"
        ),
    ),
    Reply(
        "ot-es-1",
        "other",
        "es",
        ("Ainhoa Ortega", "recepcion@clinicaortega.example"),
        "2028-02-18 10:20 +0100",
        "android",
        "Recibido, gracias. Se lo paso a la jefa.",
        lab(note="acknowledgement only"),
    ),
    Reply(
        "ot-es-2",
        "other",
        "es",
        ("Manuel Herrera", "manuel@herrera-caprino.example"),
        "2028-02-29 11:55 +0100",
        "gmail",
        "Una pregunta: si lo pagamos esta semana, ¿se mantiene el descuento del 2 % por pronto pago o ya lo hemos perdido?",
        lab(note="question about an early-payment discount; the conditional is not a promise"),
    ),
    Reply(
        "ot-nl-1",
        "other",
        "nl",
        ("Evi Janssens", "evi@dierenopvangdekempen.example"),
        "2028-03-01 07:44 +0100",
        "android",
        "Ok",
        lab(note="bare 'Ok' is an acknowledgement, not a payment claim or a promise"),
    ),
    Reply(
        "ot-nl-2",
        "other",
        "nl",
        ("Gerrit Hoekstra", "directie@dierenkliniekwaterland.example"),
        "2028-02-24 16:16 +0100",
        "outlook",
        "Goedemiddag,\n\nTer informatie: per 1 maart zijn wij gefuseerd met Dierenkliniek Rijnstreek. Het nieuwe KvK-nummer en de nieuwe factuurgegevens volgen binnenkort. Tot die tijd blijft alles bij het oude.\n\nMet vriendelijke groet,\nGerrit Hoekstra\nDierenkliniek Waterland",
        lab(note="merger notice; nothing changes yet, no new contact"),
    ),
    Reply(
        "ot-it-1",
        "other",
        "it",
        ("Martina Fontana", "segreteria@studiofontana-vet.example"),
        "2028-02-21 10:50 +0100",
        "gmail_plain",
        "Ricevuto, giro alla titolare. Buona giornata",
        lab(note="acknowledgement only"),
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
# Bounces: generated skeletons, hand-written human-readable parts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt`."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str  # the report's Date:, in the reporting host's offset
    rlang: str
    note: str | None = None

    @property
    def dt(self) -> datetime:
        """The report's Date: header, with stable seconds."""
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z").replace(second=seconds(self.key))

    def reminder(self, minutes_before: int = 4) -> Reminder:
        """The reminder that could not be delivered."""
        sent = (self.dt - timedelta(minutes=minutes_before)).astimezone(UK).replace(second=7)
        currency = "GBP" if self.rlang == "en" else "EUR"
        return Reminder(
            self.key,
            self.rlang,
            1,
            invoice_for(self.key),
            amount_for(self.key),
            currency,
            False,
            "",
            self.rcpt,
            sent,
        )


def delivery_status(
    b: Bounce,
    mta: str,
    action: str,
    diagnostic: str,
    remote: str = "",
    arrival: datetime | None = None,
) -> Message:
    """An RFC 3464 message/delivery-status part."""
    first = arrival or b.reminder().sent
    per_message = f"Reporting-MTA: dns; {mta}\nX-Queue-ID: {b32(b.key, 'queue', 11)}\nArrival-Date: {format_datetime(first)}\n"
    fields = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if action == "delayed":
        fields.append(f"Will-Retry-Until: {format_datetime(first + timedelta(days=5))}")
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload(
        [message_from_bytes(block.encode()) for block in (per_message, "\n".join(fields) + "\n")]
    )
    return part


def returned_headers(b: Bounce) -> Message:
    """text/rfc822-headers: the header block of the returned reminder."""
    rem = b.reminder().as_sent()
    part = MIMENonMultipart("text", "rfc822-headers", charset="us-ascii")
    part.set_payload("".join(f"{name}: {value}\n" for name, value in rem.items()))
    return part


def returned_message(b: Bounce) -> Message:
    """message/rfc822 carrying the whole returned reminder."""
    return MIMEMessage(b.reminder().as_sent())


def report(parts: list[Message]) -> Message:
    """multipart/report; report-type=delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def plain_and_html(text: str, charset: str = "utf-8") -> Message:
    """The human-readable part of Exchange and Gmail notices."""
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head><body>'
        + "".join(f"<p>{html_text(block)}</p>" for block in text.split("\n\n"))
        + "</body></html>\n"
    )
    alt = MIMEMultipart("alternative")
    alt.attach(text_part(text, "plain", charset, "qp"))
    alt.attach(text_part(markup, "html", charset, "qp"))
    return alt


def finish(b: Bounce, msg: Message, sender: str, subject: str, auto: bool = True) -> Message:
    """Envelope headers of a delivery report."""
    msg["Return-Path"] = "<>"
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encode_header(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = sender.rsplit("@", 1)[1].strip(">) ").split()[0]
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 24).lower()}@{host}>"
    if auto:
        msg["Auto-Submitted"] = "auto-replied"
    headers_in_client_order(msg)
    drop_inner_versions(msg)
    set_boundaries(msg, b.key, "bounce")
    return msg


def bounce_postfix_domain(b: Bounce) -> Message:
    """Postfix, RFC 3464: the recipient's domain no longer exists."""
    domain = b.rcpt.split("@")[1]
    human = (
        "This is the mail system at host mx-out.fernhill-vetsupply.example.\n\n"
        "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. The headers of the\nreturned message are attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: Host or domain name not found. Name service error\n    for name={domain} type=A: Host not found\n"
    )
    parts = [
        text_part(human, "plain", "us-ascii", "7bit"),
        delivery_status(
            b,
            "mx-out.fernhill-vetsupply.example",
            "failed",
            f"X-Postfix; Host or domain name not found. Name service error for name={domain} type=A: Host not found",
        ),
        returned_headers(b),
    ]
    parts[0].add_header("Content-Description", "Notification")
    return finish(
        b,
        report(parts),
        "MAILER-DAEMON@mx-out.fernhill-vetsupply.example (Mail Delivery System)",
        "Undelivered Mail Returned to Sender",
    )


def bounce_gmail_unknown(b: Bounce) -> Message:
    """Gmail's 'Address not found' report."""
    human = (
        "** Address not found **\n\n"
        f"Your message wasn't delivered to {b.rcpt} because the address couldn't be found, or is unable to receive mail.\n\n"
        "Learn more here: https://support.google.com/mail/?p=NoSuchUser\n\n"
        "The response was:\n\n"
        "The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser"
    )
    parts = [
        plain_and_html(human + "\n"),
        delivery_status(
            b,
            "googlemail.com",
            "failed",
            "smtp; 550-5.1.1 The email account that you tried to reach does not exist.",
        ),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
    )


def bounce_exim_greylist(b: Bounce) -> Message:
    """Exim's plain-text delay warning: the remote side greylisted the reminder."""
    rem = b.reminder(minutes_before=24 * 60 + 9)
    queue_id = f"1u{b32(b.key, 'exim', 4)}-000{b32(b.key, 'exim2', 3)}-{b32(b.key, 'exim3', 2)}"
    host = "mail." + b.rcpt.split("@")[1]
    text = (
        "This message was created automatically by mail delivery software.\n"
        "A message that you sent has not yet been delivered to one or more of its\n"
        "recipients after more than 24 hours on the queue on relay.fernhill-vetsupply.example.\n\n"
        f"The message identifier is:     {queue_id}\n"
        f"The subject of the message is: {latin1(rem.subject())}\n"
        f"The date of the message is:    {format_datetime(rem.sent)}\n\n"
        "The address to which the message has not yet been delivered is:\n\n"
        f"  {b.rcpt}\n"
        f"    host {host} [203.0.113.58]\n"
        f"    Delay reason: SMTP error from remote mail server after RCPT TO:<{b.rcpt}>:\n"
        f"    450 4.7.1 <{b.rcpt}>: Recipient address rejected: Greylisted, please try again later\n\n"
        "No action is required on your part. Delivery attempts will continue for\n"
        "some time, and this warning may be repeated at intervals if the message\n"
        "remains undelivered. Eventually the mail delivery software will give up,\n"
        "and when that happens, the message will be returned to you.\n"
    )
    msg = Message()
    msg.set_payload(text)
    return finish(
        b,
        msg,
        "Mail Delivery System <Mailer-Daemon@relay.fernhill-vetsupply.example>",
        f"Warning: message {queue_id} delayed 24 hours",
    )


def bounce_exchange_de(b: Bounce) -> Message:
    """Exchange Online at the customer's side, German: recipient not found."""
    server = "FR4P281MB3519.DEUP281.PROD.OUTLOOK.COM"
    human = (
        "Ihre Nachricht konnte an diese Empfänger oder Gruppen nicht zugestellt werden:\n\n"
        f"{b.rcpt}\n"
        "Diese E-Mail-Adresse wurde in der Organisation des Empfängers nicht gefunden. Prüfen Sie die Schreibweise, oder erreichen Sie den Empfänger auf anderem Weg.\n\n"
        "Diagnoseinformationen für Administratoren:\n\n"
        f"Generierender Server: {server}\n\n"
        f"{b.rcpt}\n"
        "Remoteserver hat '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup' zurückgegeben"
    )
    parts = [
        plain_and_html(human + "\n"),
        delivery_status(
            b,
            server,
            "failed",
            "smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
        ),
        returned_message(b),
    ]
    return finish(
        b,
        report(parts),
        "Microsoft Outlook <postmaster@tierarztpraxis-elbtal.example>",
        f"Unzustellbar: {b.reminder().subject()}",
    )


def bounce_provider_de(b: Bounce) -> Message:
    """A German mail provider's own notice (plain, Latin-1): the mailbox is full."""
    rem = b.reminder(minutes_before=71)
    text = (
        "Dies ist eine automatisch erzeugte Nachricht des Mailservers mx01.landmail.example.\n\n"
        "Ihre Nachricht an\n\n"
        f"    {b.rcpt}\n\n"
        "konnte bisher nicht zugestellt werden, weil das Postfach des Empfängers sein Speicherlimit erreicht hat.\n"
        "Antwort des Servers: 452 4.2.2 Mailbox over quota\n\n"
        "Wir versuchen die Zustellung bis zum 05.03.2028 erneut. Sie müssen nichts weiter unternehmen.\n\n"
        "Angaben zu Ihrer Nachricht:\n"
        f"  Betreff: {latin1(rem.subject())}\n"
        f"  Datum:   {format_datetime(rem.sent)}\n\n"
        "-- \nlandmail.example - Ihr E-Mail-Dienst auf dem Land\n"
    )
    msg = text_part(text, "plain", "iso-8859-1", "qp")
    return finish(
        b,
        msg,
        "Mail Delivery System <MAILER-DAEMON@mx01.landmail.example>",
        "Zustellung verzögert: Postfach des Empfängers voll",
    )


def bounce_provider_fr(b: Bounce) -> Message:
    """A French provider's notice in multipart/mixed with the original attached."""
    human = (
        "Bonjour,\n\n"
        "Ceci est un message automatique du serveur smtp.fibrenet-fr.example.\n\n"
        "Votre message n'a pas pu être remis au destinataire suivant :\n\n"
        f"    {b.rcpt}\n\n"
        "Raison : cette adresse n'existe pas sur notre serveur (550 5.1.1 utilisateur inconnu).\n\n"
        "Vérifiez l'adresse du destinataire et renvoyez votre message. Le message d'origine est joint.\n\n"
        "Le service de messagerie\n"
    )
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(human, "plain", "utf-8", "8bit"))
    outer.attach(returned_message(b))
    return finish(
        b,
        outer,
        "Service de messagerie <mailer-daemon@smtp.fibrenet-fr.example>",
        f"Message non délivré : {b.reminder().subject()}",
    )


def bounce_exchange_fr_full(b: Bounce) -> Message:
    """Exchange Online at the customer's side, French: mailbox full (5.2.2)."""
    server = "PR3P195MB0771.EURP195.PROD.OUTLOOK.COM"
    human = (
        "Votre message n'a pas pu être remis à ces destinataires ou groupes :\n\n"
        f"{b.rcpt}\n"
        "La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour l'instant. Réessayez plus tard ou contactez le destinataire par un autre moyen.\n\n"
        "Informations de diagnostic pour les administrateurs :\n\n"
        f"Serveur de génération : {server}\n\n"
        f"{b.rcpt}\n"
        "Le serveur distant a retourné '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'"
    )
    parts = [
        plain_and_html(human + "\n"),
        delivery_status(
            b,
            server,
            "failed",
            "smtp; 554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded",
        ),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        "Microsoft Outlook <postmaster@cliniquevet-armor.example>",
        f"Non remis : {b.reminder().subject()}",
    )


def bounce_exchange_es_policy(b: Bounce) -> Message:
    """Exchange Online at the customer's side, Spanish: refused by policy (5.7.1)."""
    server = "MAD1P194MB2044.EURP194.PROD.OUTLOOK.COM"
    human = (
        "No se pudo entregar el mensaje a estos destinatarios o grupos:\n\n"
        f"{b.rcpt}\n"
        "La organización del destinatario solo acepta mensajes de remitentes autorizados y ha rechazado el suyo. Póngase en contacto con el destinatario por otro medio.\n\n"
        "Información de diagnóstico para administradores:\n\n"
        f"Servidor de generación: {server}\n\n"
        f"{b.rcpt}\n"
        "El servidor remoto devolvió '550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized to send to this recipient'"
    )
    parts = [
        plain_and_html(human + "\n"),
        delivery_status(
            b,
            server,
            "failed",
            "smtp; 550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized to send to this recipient",
        ),
        returned_message(b),
    ]
    return finish(
        b,
        report(parts),
        "Microsoft Outlook <postmaster@ganaderiaslavega.example>",
        f"No se puede entregar: {b.reminder().subject()}",
    )


def bounce_relay_es_delay(b: Bounce) -> Message:
    """A Spanish hosting provider's relay, RFC 3464 delay report."""
    arrival = b.reminder(minutes_before=5 * 60 + 2).sent
    human = (
        "Este es un mensaje automático del servidor de correo relay2.redcampo.example.\n\n"
        "Su mensaje todavía no ha podido entregarse al siguiente destinatario:\n\n"
        f"    {b.rcpt}\n\n"
        "El servidor de destino no responde (tiempo de conexión agotado). Seguiremos intentándolo durante cinco días; no es necesario que vuelva a enviarlo.\n\n"
        "Si el problema persiste, recibirá un aviso definitivo.\n"
    )
    parts = [
        text_part(human, "plain", "utf-8", "qp"),
        delivery_status(
            b,
            "relay2.redcampo.example",
            "delayed",
            "smtp; 421 4.4.1 Connection timed out",
            "mail.cooperativalaribera.example",
            arrival,
        ),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        "Servicio de correo <mailer-daemon@relay2.redcampo.example>",
        "Aviso: entrega retrasada",
    )


def bounce_exchange_nl_delay(b: Bounce) -> Message:
    """Exchange Online at the customer's side, Dutch delay report (4.4.7)."""
    server = "AM8P190MB0962.EURP190.PROD.OUTLOOK.COM"
    arrival = b.reminder(minutes_before=4 * 60 + 1).sent
    human = (
        "De bezorging bij deze geadresseerden of groepen is vertraagd:\n\n"
        f"{b.rcpt}\n\n"
        "Het bericht is nog niet afgeleverd. Er wordt automatisch opnieuw geprobeerd het te bezorgen; u hoeft niets te doen.\n\n"
        "Diagnostische gegevens voor beheerders:\n\n"
        f"Genererende server: {server}\n\n"
        f"{b.rcpt}\n"
        "Server blijft het proberen tot 24-2-2028 10:03.\n"
        "'441 4.4.7 Message delayed; remote server did not respond'"
    )
    parts = [
        plain_and_html(human + "\n"),
        delivery_status(b, server, "delayed", "smtp; 441 4.4.7 Message delayed", "", arrival),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        "Microsoft Outlook <postmaster@dierenartsenwestland.example>",
        f"Vertraagd: {b.reminder().subject()}",
    )


def bounce_qmail_it(b: Bounce) -> Message:
    """A localised qmail-send bounce from an Italian provider: no MIME at all, plain ASCII
    (accents written as apostrophes), the returned message copied inline."""
    rem = b.reminder()
    original = rem.as_sent()
    inline = (
        "".join(f"{name}: {value}\n" for name, value in original.items())
        + "\n"
        + str(original.get_payload())
    )
    text = (
        "Ciao. Questo e' il programma qmail-send di mx3.postaitalia-net.example.\n"
        "Mi dispiace, non e' stato possibile consegnare il tuo messaggio ai seguenti indirizzi.\n"
        "Si tratta di un errore permanente; ho rinunciato. Mi dispiace che non abbia funzionato.\n\n"
        f"<{b.rcpt}>:\n"
        "Spiacente, nessuna casella con quel nome su questo server. (#5.1.1)\n\n"
        "--- Sotto questa riga c'e' una copia del messaggio.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 28817 invoked from network); {format_datetime(rem.sent)}\n"
        f"{inline.rstrip()}\n"
    )
    msg = Message()
    msg.set_payload(text)
    return finish(b, msg, "MAILER-DAEMON@mx3.postaitalia-net.example", "failure notice", auto=False)


def bounce_provider_it_delay(b: Bounce) -> Message:
    """An Italian provider's plain delay notice (8-bit Latin-1)."""
    rem = b.reminder(minutes_before=6 * 60 + 3)
    text = (
        "AVVISO DI RITARDO NELLA CONSEGNA\n\n"
        "Il messaggio inviato a\n\n"
        f"    {b.rcpt}\n\n"
        "non è stato ancora consegnato: il server del destinatario non risponde (4.4.1 host non raggiungibile).\n"
        "Il sistema ritenterà automaticamente la consegna per i prossimi 4 giorni. Non è necessario reinviare il messaggio.\n\n"
        f"Oggetto: {latin1(rem.subject())}\n"
        f"Inviato: {format_datetime(rem.sent)}\n\n"
        "Servizio Posta - Assistenza Clienti\n"
    )
    msg = text_part(text, "plain", "iso-8859-1", "8bit")
    return finish(
        b,
        msg,
        "Servizio Posta <postmaster@smtp.vallepo-mail.example>",
        "Avviso di ritardo nella consegna del messaggio",
    )


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            "bo-en-1",
            "en",
            "hard",
            "5.4.4",
            "office@thornleighfarm.example",
            "2028-02-29 09:11 +0000",
            "en",
            "domain no longer exists (Postfix, RFC 3464 with text/rfc822-headers)",
        ),
        bounce_postfix_domain,
    ),
    (
        Bounce(
            "bo-en-2",
            "en",
            "hard",
            "5.1.1",
            "bryony.wentworth.vet@gmail.com",
            "2028-02-18 09:06 +0000",
            "en",
            "Gmail 'Address not found'",
        ),
        bounce_gmail_unknown,
    ),
    (
        Bounce(
            "bo-en-3",
            "en",
            "soft",
            "4.7.1",
            "accounts@hollinsdairy.example",
            "2028-03-07 09:21 +0000",
            "en",
            "Exim plain-text delay warning; the remote side greylisted the reminder",
        ),
        bounce_exim_greylist,
    ),
    (
        Bounce(
            "bo-de-1",
            "de",
            "hard",
            "5.1.10",
            "rechnungen@tierarztpraxis-elbtal.example",
            "2028-02-16 10:05 +0100",
            "de",
            "Exchange 'Unzustellbar' with the returned message",
        ),
        bounce_exchange_de,
    ),
    (
        Bounce(
            "bo-de-2",
            "de",
            "soft",
            "4.2.2",
            "hof.stegmann@landmail.example",
            "2028-03-01 11:20 +0100",
            "de",
            "German provider notice, plain Latin-1, no RFC 3464 parts: mailbox full, retrying",
        ),
        bounce_provider_de,
    ),
    (
        Bounce(
            "bo-fr-1",
            "fr",
            "hard",
            "5.1.1",
            "cabinet.veto.lemoine@fibrenet-fr.example",
            "2028-02-21 10:04 +0100",
            "fr",
            "French provider notice in multipart/mixed with the original attached",
        ),
        bounce_provider_fr,
    ),
    (
        Bounce(
            "bo-fr-2",
            "fr",
            "soft",
            "5.2.2",
            "compta@cliniquevet-armor.example",
            "2028-03-08 10:06 +0100",
            "fr",
            "mailbox full reported with a 5.x code: soft, the code is kept",
        ),
        bounce_exchange_fr_full,
    ),
    (
        Bounce(
            "bo-es-1",
            "es",
            "hard",
            "5.7.1",
            "pedidos@ganaderiaslavega.example",
            "2028-02-24 10:03 +0100",
            "es",
            "permanent policy rejection (only authorised senders): hard",
        ),
        bounce_exchange_es_policy,
    ),
    (
        Bounce(
            "bo-es-2",
            "es",
            "soft",
            "4.4.1",
            "administracion@cooperativalaribera.example",
            "2028-03-03 14:09 +0100",
            "es",
            "Spanish relay's RFC 3464 delay report",
        ),
        bounce_relay_es_delay,
    ),
    (
        Bounce(
            "bo-nl-1",
            "nl",
            "soft",
            "4.4.7",
            "boekhouding@dierenartsenwestland.example",
            "2028-02-22 14:07 +0100",
            "nl",
            "Exchange 'Vertraagd' delay report",
        ),
        bounce_exchange_nl_delay,
    ),
    (
        Bounce(
            "bo-it-1",
            "it",
            "hard",
            "5.1.1",
            "amministrazione@postaitalia-net.example",
            "2028-02-14 10:09 +0100",
            "it",
            "localised qmail bounce, not MIME, no Auto-Submitted, the message copied inline",
        ),
        bounce_qmail_it,
    ),
    (
        Bounce(
            "bo-it-2",
            "it",
            "soft",
            "4.4.1",
            "info@agriturismo-ilcasale.example",
            "2028-03-09 16:08 +0100",
            "it",
            "Italian provider delay notice, plain 8-bit Latin-1",
        ),
        bounce_provider_it_delay,
    ),
]

# --------------------------------------------------------------------------------------------
# Labels, file names, output and checks
# --------------------------------------------------------------------------------------------


def reply_label(r: Reply) -> dict[str, object]:
    """The label line of a customer-side message."""
    label: dict[str, object] = {"intent": r.intent}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update({k: v for k, v in r.labels.items() if k in LABEL_KEYS})
    refs = r.labels.get("invoice_refs", [])
    if not isinstance(refs, list):
        raise TypeError(f"{r.key}: invoice_refs must be a list")
    label["invoice_refs"] = list(refs)
    label["language"] = r.lang
    label["note"] = r.labels.get("note")
    return label


def bounce_label(b: Bounce) -> dict[str, object]:
    """The label line of a delivery report."""
    label: dict[str, object] = {"intent": "bounce"}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


def file_order(key: str) -> str:
    """Files are numbered by a seeded hash of the key, so a name says nothing about a label."""
    return hashlib.sha256(f"{SEED}:file:{key}".encode()).hexdigest()


def check_reply_spec(r: Reply) -> None:
    """Dates, offsets and labels of a hand-written message agree with each other and the text."""
    local = r.dt
    if not FIRST_DAY <= local.date() <= LAST_DAY:
        raise SystemExit(f"{r.key}: date {local} outside the range")
    offset = local.utcoffset()
    if offset not in {UK.utcoffset(None), CET.utcoffset(None)}:
        raise SystemExit(f"{r.key}: offset {offset}")
    if r.lang != "en" and offset != CET.utcoffset(None):
        raise SystemExit(f"{r.key}: continental sender not on CET")
    if r.currency == "GBP" and offset != UK.utcoffset(None):
        raise SystemExit(f"{r.key}: GBP customer outside the UK offset")
    text = r.body.lower()
    refs = r.labels.get("invoice_refs", [])
    if not isinstance(refs, list):
        raise SystemExit(f"{r.key}: invoice_refs must be a list")
    for ref in refs:
        if str(ref).lower() not in text:
            raise SystemExit(f"{r.key}: {ref} is not in the new text")
    contact = r.labels.get("new_contact")
    if contact and str(contact) not in text:
        raise SystemExit(f"{r.key}: {contact} is not in the new text")
    ref = r.labels.get("payment_reference")
    if ref and str(ref).lower() not in text:
        raise SystemExit(f"{r.key}: payment reference {ref} is not in the new text")
    if r.inv and not INVOICE_RE.match(r.inv):
        raise SystemExit(f"{r.key}: bad invoice number {r.inv}")
    if r.intent == "auto_reply" and r.style not in NOTICE_STYLES:
        raise SystemExit(f"{r.key}: auto-replies quote nothing")
    if r.style in NOTICE_STYLES and r.intent not in {"auto_reply", "payment_sent"}:
        raise SystemExit(f"{r.key}: only auto-replies and payment advices are notices")


def check_label(name: str, label: dict[str, object]) -> None:
    """The label's shape: keys, the intent's own fields, ISO dates, amounts, references."""
    expected = ["file", "intent", *LABEL_KEYS, "invoice_refs", "language", "note"]
    if list(label) != expected:
        raise SystemExit(f"{name}: label keys {list(label)}")
    intent = str(label["intent"])
    if intent not in INTENTS or label["language"] not in LANGS:
        raise SystemExit(f"{name}: intent or language")
    for key in LABEL_KEYS:
        if label[key] is not None and key not in INTENT_FIELDS[intent]:
            raise SystemExit(f"{name}: {key} filled for {intent}")
    for key in ("promised_date", "paid_date", "return_date"):
        if label[key] is not None:
            date.fromisoformat(str(label[key]))
    if label["amount"] is not None and not AMOUNT_RE.match(str(label["amount"])):
        raise SystemExit(f"{name}: amount {label['amount']}")
    if (label["amount"] is None) != (label["currency"] is None):
        raise SystemExit(f"{name}: amount without currency or the reverse")
    if label["currency"] not in {None, "GBP", "EUR", "CHF"}:
        raise SystemExit(f"{name}: currency {label['currency']}")
    refs = label["invoice_refs"]
    if not isinstance(refs, list) or not all(INVOICE_RE.match(str(x)) for x in refs):
        raise SystemExit(f"{name}: invoice_refs {refs}")
    if (
        label["new_contact"] is not None
        and str(label["new_contact"]) != str(label["new_contact"]).lower()
    ):
        raise SystemExit(f"{name}: new_contact must be lower case")
    if intent == "bounce":
        if label["bounce_kind"] not in {"hard", "soft"} or not re.match(
            r"^[245]\.\d{1,3}\.\d{1,3}$", str(label["bounce_status"])
        ):
            raise SystemExit(f"{name}: bounce fields")
        if str(label["bounce_status"]).startswith("4") and label["bounce_kind"] != "soft":
            raise SystemExit(f"{name}: a 4.x.x status is soft")


def check_counts(labels: list[dict[str, object]]) -> None:
    """12 per intent; en 30 and the rest 18 each; every language in every intent."""
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    for intent in INTENTS:
        for lang in LANGS:
            want = 3 if lang == "en" else (1 if SINGLE_LANG[intent] == lang else 2)
            if cells[intent, lang] != want:
                raise SystemExit(f"count {intent}/{lang} is {cells[intent, lang]}, want {want}")
    if len(labels) != 120:
        raise SystemExit(f"{len(labels)} messages")


def check_message(name: str, data: bytes) -> None:
    """Parse a file back as a mail client would: headers decode, text decodes, no defects."""
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{name}: no {header}")
        str(msg[header])
    raw_parts = [p for p in message_from_bytes(data).walk() if not p.is_multipart()]
    if not data.isascii() and not any(
        p.get("Content-Transfer-Encoding", "").lower() == "8bit" for p in raw_parts
    ):
        raise SystemExit(f"{name}: raw 8-bit data without an 8bit part")
    for part in msg.walk():
        if part.defects:
            raise SystemExit(f"{name}: defects {part.defects}")
        for value in part.values():
            if getattr(value, "defects", None):
                raise SystemExit(f"{name}: header defects {value.defects}")
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if "\ufffd" in content:
                raise SystemExit(f"{name}: undecodable text")
    date_value = msg["Date"].datetime
    if not FIRST_DAY <= date_value.date() <= LAST_DAY:
        raise SystemExit(f"{name}: date out of range")


def count_table(labels: list[dict[str, object]]) -> str:
    """The intent × language table, as printed in the README."""
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    rows = ["| intent | " + " | ".join(LANGS) + " | total |", "|---|" + "---:|" * (len(LANGS) + 1)]
    for intent in INTENTS:
        counts = [cells[intent, lang] for lang in LANGS]
        rows.append(f"| {intent} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
    totals = [sum(cells[i, lang] for i in INTENTS) for lang in LANGS]
    rows.append(
        "| **total** | " + " | ".join(f"**{t}**" for t in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(rows)


def all_messages() -> list[tuple[str, Message, dict[str, object]]]:
    """Every message with its key and label, before numbering."""
    for r in REPLIES:
        check_reply_spec(r)
    items = [(r.key, build_reply(r), reply_label(r)) for r in REPLIES]
    items += [(b.key, build(b), bounce_label(b)) for b, build in BOUNCES]
    keys = [key for key, _, _ in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    return sorted(items, key=lambda item: file_order(item[0]))


def write_all() -> list[dict[str, object]]:
    """Write the .eml files and labels.jsonl next to this script."""
    items = all_messages()
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels = []
    for n, (_, msg, label) in enumerate(items, start=1):
        name = f"{PREFIX}-{n:03d}.eml"
        data = msg.as_bytes()
        check_message(name, data)
        (HERE / name).write_bytes(data)
        full = {"file": name, **label}
        check_label(name, full)
        labels.append(full)
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels


def main() -> int:
    """Rebuild, check and print the count table."""
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {dict(sorted(kinds.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
