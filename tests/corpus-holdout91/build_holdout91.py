# ruff: noqa: C901, E501, PLR0912, PLR0917, PLW0127, PLW2901, RUF001, RUF002, RUF059, SIM102
"""Build dunmail's held-out reply corpus 91: ``h91-NNN.eml`` files and ``labels.jsonl``.

Copperline Print & Sign (printing, signage, vehicle wraps and exhibition stands) sends overdue
reminders from ``accounts@copperline-print.example``. Every message below could land in that
mailbox afterwards: replies from customers, auto-replies, ticket acknowledgements, payment
advices and delivery-failure reports.

The new text of each message is written out by hand in this file. The script adds only what a
mail client or a mail server would add: the quoted reminder (in the client's layout and
language), headers, MIME structure, charsets and transfer encodings. Bounce skeletons
(delivery-status fields, returned headers and messages) are generated; their human-readable
parts are written out one by one.

Run ``python3 build_holdout91.py`` from anywhere. It rewrites every file beside itself,
deterministically (fixed seed, boundaries and Message-IDs, no clock), parses each file back as
a check, checks the labels and prints the count table.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import sys
import textwrap
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from email import charset as cs
from email import message_from_bytes, policy
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr, parseaddr
from functools import cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "h91"
SEED = "copperline-holdout-91"
AR_NAME = "Copperline Accounts"
AR_ADDR = "accounts@copperline-print.example"
AR_DOMAIN = "copperline-print.example"
UTC = UTC
FIRST_DAY = date(2028, 1, 17)
LAST_DAY = date(2028, 2, 11)

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
# The only label fields each intent may fill (invoice_refs and note are open to all).
INTENT_FIELDS = {
    "payment_sent": {"paid_date", "payment_reference", "amount", "currency"},
    "promise_to_pay": {"promised_date", "amount", "currency"},
    "auto_reply": {"return_date"},
    "wrong_contact": {"new_contact"},
    "bounce": {"bounce_kind", "failed_recipient", "bounce_status"},
}

# --------------------------------------------------------------------------------------------
# Locale tables: how each client writes dates, attributions and separators
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

GMAIL_ATTR = {
    "en": "On {wda}, {d} {mona} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {wda}, {d}. {mona} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wda} {d} {mona} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wda}, {d} {mona} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wda} {d} {mona} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wda} {d} {mona} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTR = {
    "en": "On {d} {mona} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mona} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {mona} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mona} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mona} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTR = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{mm}, {name} ha scritto:",
}
OUTLOOK_SENT = {
    "en": "{d} {mon} {y} {HH}:{mm}",
    "de": "{wd}, {d}. {mon} {y} {HH}:{mm}",
    "fr": "{wd} {d} {mon} {y} {HH}:{mm}",
    "es": "{wd}, {d} de {mon} de {y} {H}:{mm}",
    "nl": "{wd} {d} {mon} {y} {HH}:{mm}",
    "it": "{wd} {d} {mon} {y} {HH}:{mm}",
}
# (separator line, From, Sent, To, Subject, label/value separator)
OUTLOOK_LABELS = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject", ": "),
    "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff", ": "),
    "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : "),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": "),
    "nl": ("-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "Onderwerp", ": "),
    "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ": "),
}
OUTLOOK_RE = {"en": "RE: ", "de": "AW: ", "fr": "RE : ", "es": "RE: ", "nl": "RE: ", "it": "R: "}
CONTENT_LANGUAGE = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
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

# --------------------------------------------------------------------------------------------
# The reminder that every reply answers
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Payment reminder – invoice {inv} overdue",
    "de": "Zahlungserinnerung: Rechnung {inv} überfällig",
    "fr": "Relance : facture {inv} échue",
    "es": "Recordatorio de pago: factura {inv} vencida",
    "nl": "Betalingsherinnering factuur {inv}",
    "it": "Sollecito di pagamento – fattura {inv}",
}
REMINDER_BODY = {
    "en": """\
        Hello,

        This is a reminder that the invoice below is now past its due date:

          Invoice:             {inv}
          Invoice date:        {issued}
          Due date:            {due}
          Amount outstanding:  {amt}

        If payment is already on its way, please let us know the date it was sent so we can match it. If something is wrong with the invoice or with the work we delivered, reply to this email and we will look into it.

        Many thanks,

        Accounts Team
        Copperline Print & Sign Ltd
        Unit 7, Foundry Park, Sheffield
        accounts@copperline-print.example | 0114 496 0731""",
    "de": """\
        Guten Tag,

        wir möchten Sie daran erinnern, dass die folgende Rechnung inzwischen fällig ist:

          Rechnung:         {inv}
          Rechnungsdatum:   {issued}
          Fällig seit:      {due}
          Offener Betrag:   {amt}

        Falls Sie die Zahlung bereits veranlasst haben, teilen Sie uns bitte kurz das Überweisungsdatum mit, damit wir sie zuordnen können. Sollte mit der Rechnung oder dem Auftrag etwas nicht stimmen, antworten Sie einfach auf diese Nachricht.

        Vielen Dank und freundliche Grüße

        Buchhaltung
        Copperline Print & Sign Ltd
        accounts@copperline-print.example""",
    "fr": """\
        Bonjour,

        Nous nous permettons de vous rappeler que la facture ci-dessous est arrivée à échéance :

          Facture :               {inv}
          Date de facture :       {issued}
          Échéance :              {due}
          Montant restant dû :    {amt}

        Si le paiement est déjà parti, pourriez-vous nous indiquer sa date afin que nous puissions le rapprocher ? En cas de souci avec la facture ou la prestation, répondez simplement à ce courriel.

        Bien cordialement,

        Service comptabilité
        Copperline Print & Sign Ltd
        accounts@copperline-print.example""",
    "es": """\
        Buenos días:

        Le recordamos que la siguiente factura ha superado su fecha de vencimiento:

          Factura:             {inv}
          Fecha de factura:    {issued}
          Vencimiento:         {due}
          Importe pendiente:   {amt}

        Si ya ha realizado el pago, le agradeceríamos que nos indicara la fecha para poder conciliarlo. Si hay algún problema con la factura o con el trabajo entregado, basta con responder a este correo.

        Un saludo,

        Departamento de contabilidad
        Copperline Print & Sign Ltd
        accounts@copperline-print.example""",
    "nl": """\
        Goedendag,

        Graag herinneren wij u eraan dat de vervaldatum van onderstaande factuur is verstreken:

          Factuur:             {inv}
          Factuurdatum:        {issued}
          Vervaldatum:         {due}
          Openstaand bedrag:   {amt}

        Is de betaling al onderweg, laat ons dan weten op welke datum, zodat wij haar kunnen koppelen. Klopt er iets niet aan de factuur of aan het geleverde werk, beantwoord dan gewoon deze e-mail.

        Met vriendelijke groet,

        Debiteurenadministratie
        Copperline Print & Sign Ltd
        accounts@copperline-print.example""",
    "it": """\
        Buongiorno,

        vi ricordiamo che la fattura indicata di seguito risulta scaduta:

          Fattura:             {inv}
          Data fattura:        {issued}
          Scadenza:            {due}
          Importo da saldare:  {amt}

        Se il pagamento è già stato disposto, vi chiediamo di comunicarci la data per poterlo abbinare. In caso di problemi con la fattura o con il lavoro consegnato è sufficiente rispondere a questa e-mail.

        Cordiali saluti,

        Ufficio contabilità
        Copperline Print & Sign Ltd
        accounts@copperline-print.example""",
}
# What a Latin-1 client does to characters it cannot send.
LATIN1_FIXES = {"–": "-", "€": "EUR", "’": "'", "“": '"', "”": '"', "…": "..."}


def T(text: str) -> str:
    """Hand-written text: the block is dedented and stripped of its first and last newline."""
    return textwrap.dedent(text).strip("\n")


# --------------------------------------------------------------------------------------------
# Small helpers: hashes, dates, money
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    """A stable 32-byte digest of a message key."""
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    """A stable base32 token of length n."""
    return base64.b32encode(digest(key, salt)).decode()[:n]


def number(key: str, salt: str, modulo: int) -> int:
    """A stable integer in range(modulo)."""
    return int.from_bytes(digest(key, salt)[:8], "big") % modulo


def parse_when(when: str) -> datetime:
    """'2028-01-18 07:52 +0000' → aware datetime."""
    return datetime.strptime(when, "%Y-%m-%d %H:%M %z")


def date_fields(loc: str, dt: datetime) -> dict[str, str]:
    """Every piece a date template may ask for, in the client's language."""
    wd, mo = dt.weekday(), dt.month - 1
    return {
        "wd": WEEKDAYS[loc].split()[wd],
        "wda": WEEKDAYS_ABBR[loc].split()[wd],
        "mon": MONTHS[loc].split()[mo],
        "mona": MONTHS_ABBR[loc].split()[mo],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "HH": f"{dt.hour:02d}",
        "H": str(dt.hour),
        "mm": f"{dt.minute:02d}",
    }


def fmt(template: str, loc: str, dt: datetime, **extra: str) -> str:
    """Fill a client's date template."""
    return template.format(**date_fields(loc, dt), **extra)


def day_text(d: date, lang: str) -> str:
    """A date as the reminder prints it in each language."""
    if lang == "en":
        return f"{d.day} {MONTHS['en'].split()[d.month - 1]} {d.year}"
    if lang == "de":
        return d.strftime("%d.%m.%Y")
    if lang == "nl":
        return d.strftime("%d-%m-%Y")
    return d.strftime("%d/%m/%Y")


def money(amount: str, currency: str, lang: str) -> str:
    """An amount written the way the reminder writes it in each language."""
    value = Decimal(amount)
    whole, cents = f"{value:,.2f}".split(".")
    symbol = {"GBP": "£", "EUR": "€"}[currency]
    if lang == "en":
        return f"{symbol}{whole}.{cents}"
    if lang == "fr":
        nbsp = "\u00a0"
        return f"{whole.replace(',', nbsp)},{cents}{nbsp}{symbol}"
    dotted = f"{whole.replace(',', '.')},{cents}"
    if lang in {"nl", "it"}:
        return f"{symbol} {dotted}"
    return f"{dotted} {symbol}"


def invoice_dates(inv: str) -> tuple[date, date]:
    """Issue and due date of an invoice number (2027 invoices on 30 days, 2028 ones on 14)."""
    year, seq = int(inv.split("/")[1]), int(inv.split("/")[2])
    if year == 2027:
        issued = date(2027, 11, 15) + timedelta(days=(seq - 2700) // 8)
        return issued, issued + timedelta(days=30)
    issued = date(2028, 1, 3) + timedelta(days=(seq - 1) // 40)
    return issued, issued + timedelta(days=14)


def latin1_safe(text: str) -> str:
    """The text as a Latin-1 client would send it."""
    for bad, good in LATIN1_FIXES.items():
        text = text.replace(bad, good)
    return text


def fits(text: str, charset: str) -> str:
    """Quoted text in the reply's charset: Latin-1 clients lose the euro sign and the dashes."""
    return latin1_safe(text) if charset == "iso-8859-1" else text


# --------------------------------------------------------------------------------------------
# Message specifications
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """One hand-written message from a customer's side, and its labels.

    ``style`` is the client (or "none" for notices that quote nothing, "fresh_html" for a
    new HTML message). ``rlang`` is the reminder's language when it differs from the reply's.
    ``inv``/``amount``/``cur`` describe the reminder being answered (derived when empty).
    """

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    style: str
    body: str
    labels: Mapping[str, object] = field(default_factory=dict)
    rlang: str = ""
    inv: str = ""
    amount: str = ""
    cur: str = ""
    subject: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    cc: str = ""
    days_before: int = 1
    threaded: bool = True

    @property
    def dt(self) -> datetime:
        """The message's Date, in the sender's zone."""
        return parse_when(self.when)

    @property
    def reminder_lang(self) -> str:
        """The language of the reminder being answered."""
        return self.rlang or self.lang

    @property
    def currency(self) -> str:
        """Pounds for UK customers, euros for the rest."""
        if self.cur:
            return self.cur
        return "GBP" if self.dt.utcoffset() == timedelta(0) else "EUR"

    @property
    def invoice(self) -> str:
        """The invoice the reminder is about (a distinct number per customer when not given)."""
        return self.inv or default_invoices()[self.key]

    @property
    def invoice_amount(self) -> str:
        """The amount the reminder asks for."""
        if self.amount:
            return self.amount
        pounds = 140 + number(self.key, "amount", 3600)
        return f"{pounds}.{('00', '50', '20', '80', '00', '40')[number(self.key, 'p', 6)]}"


def lab(
    refs: tuple[str, ...] = (), note: str | None = None, **fields: str | None
) -> dict[str, object]:
    """Label fields beyond intent and language (``refs`` are the invoice numbers in the new text)."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label keys {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


@cache
def default_invoices() -> dict[str, str]:
    """Invoice numbers for the reminders whose number the text does not name.

    Every customer gets its own number, distinct from any number written elsewhere in the
    corpus. Replies from 26 January on are sometimes about a January 2028 invoice.
    """
    used = {r.inv for r in REPLIES if r.inv} | {b.inv for b, _ in BOUNCES}
    for r in REPLIES:
        used.update(r.labels.get("invoice_refs", []))  # type: ignore[arg-type]
    chosen: dict[str, str] = {}
    for r in sorted(REPLIES, key=lambda r: r.key):
        if r.inv:
            continue
        recent = r.dt.date() >= date(2028, 1, 26) and number(r.key, "year", 3) == 0
        year, base, span = (2028, 1, 170) if recent else (2027, 2700, 180)
        n = number(r.key, "inv", span)
        while f"CPS/{year}/{base + n:04d}" in used:
            n = (n + 1) % span
        chosen[r.key] = f"CPS/{year}/{base + n:04d}"
        used.add(chosen[r.key])
    return chosen


AUTO = ("Auto-Submitted", "auto-replied")
AUTO_GEN = ("Auto-Submitted", "auto-generated")
XARS = ("X-Auto-Response-Suppress", "All")
XAUTO = ("X-Autoreply", "yes")

# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Gaz Pritchard", "gaz@pritchardplastering.example"),
        "2028-01-18 07:52 +0000",
        "iphone",
        "done",
        lab(note="one lowercase word answering an overdue reminder: read as paid; no date"),
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        ("Harrow & Finch Group – Accounts Payable", "ap.remittance@harrowfinch.example"),
        "2028-01-26 05:14 +0000",
        "none",
        T("""
            REMITTANCE ADVICE

            Payee:          Copperline Print & Sign Ltd
            Supplier no.:   V-40017
            Payment no.:    00481277
            Payment date:   26/01/2028
            Method:         BACS

            Your ref          Our ref        Invoice date     Amount (GBP)
            CPS/2027/2841     PI-7781203     02/12/2027           1,236.00
            CPS/2028/0113     PI-7790544     05/01/2028             468.00
                                                               ------------
            Total paid                                             1,704.00

            Funds normally reach the payee's account within three working days of the payment date. This mailbox is not monitored; for queries please contact the Accounts Payable helpdesk quoting your supplier number.

            Harrow & Finch Group plc – Shared Services, Accounts Payable
        """),
        lab(
            ("CPS/2027/2841", "CPS/2028/0113"),
            paid_date="2028-01-26",
            payment_reference="00481277",
            amount="1704.00",
            currency="GBP",
            note="AP-system remittance advice covering two invoices; quotes nothing; the total is the amount paid",
        ),
        subject="Remittance advice – payment 00481277 – Copperline Print & Sign Ltd",
        headers=(AUTO_GEN, ("X-Mailer", "Oracle Payables Notification")),
        threaded=False,
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Rosie Marchetti", "rosie.marchetti.designs@gmail.com"),
        "2028-01-24 13:06 +0000",
        "gmail",
        T("""
            Hi there,

            We paid this one on the 20th – I rang up and paid by card with Megan in your office, so it should be on your system somewhere?

            Could you send me a copy of the invoice marked as paid though? My accountant is doing the VAT return this week and I can't find the original anywhere.

            Thanks!
            Rosie
        """),
        lab(
            paid_date="2028-01-20",
            note="paid but asks for a copy: the copy is for her records, so the payment claim wins over invoice_request; 'the 20th' is past, so 20 Jan",
        ),
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        (
            "Kreuzberger Warenhaus GmbH - Kreditorenbuchhaltung",
            "zahlungsavis@kreuzberger-warenhaus.example",
        ),
        "2028-01-25 06:02 +0100",
        "none",
        T("""
            Zahlungsavis

            Sehr geehrte Damen und Herren,

            zum 25.01.2028 haben wir folgende Posten zur Zahlung angewiesen:

            Lieferant:        700412  Copperline Print & Sign Ltd
            Zahlweg:          SEPA-Überweisung
            Avis-Nr.:         2028-000318

            Belegdatum  Ihre Belegnr.      Betrag EUR   Skonto EUR   Zahlbetrag EUR
            26.11.2027  CPS/2027/2790        1.190,00         0,00         1.190,00

            Summe Zahlbetrag:                                              1.190,00

            Dieses Avis wurde maschinell erstellt und ist ohne Unterschrift gültig. Rückfragen bitte unter Angabe Ihrer Lieferantennummer an kreditoren@kreuzberger-warenhaus.example.
        """),
        lab(
            ("CPS/2027/2790",),
            paid_date="2028-01-25",
            payment_reference="2028-000318",
            amount="1190.00",
            currency="EUR",
            note="AP payment advice: 'zur Zahlung angewiesen' means the payment has been released; the query address is not a new contact",
        ),
        subject="Zahlungsavis Nr. 2028-000318",
        charset="iso-8859-1",
        headers=(AUTO_GEN,),
        threaded=False,
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Hélène Garnier", "h.garnier@boulangerie-garnier.example"),
        "2028-01-19 12:41 +0100",
        "iphone",
        T("""
            Bonjour,
            Réglé par virement le 12 janvier. Merci de vérifier de votre côté avant de relancer.
            Cdt
            H. Garnier
        """),
        lab(paid_date="2028-01-12"),
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Julien Perrin", "compta@agence-marelle.example"),
        "2028-02-01 10:17 +0100",
        "thunderbird",
        T("""
            Bonjour Madame, Monsieur,

            Le règlement de votre facture CPS/2027/2712, d'un montant de 1 840,00 €, est parti hier par virement SEPA (référence de l'opération : VIR-MAR-20280131-07). Le délai interbancaire étant d'un jour ouvré, il devrait apparaître sur votre relevé aujourd'hui ou demain.

            Nous vous prions de nous excuser pour ce retard, dû à un changement de logiciel comptable en début d'année.

            Bien cordialement,

            Julien Perrin
            Comptabilité fournisseurs – Agence Marelle
            12 rue des Tanneurs, 69002 Lyon
        """),
        lab(
            ("CPS/2027/2712",),
            paid_date="2028-01-31",
            payment_reference="VIR-MAR-20280131-07",
            amount="1840.00",
            currency="EUR",
            note="'hier' written on Tue 1 Feb",
        ),
        inv="CPS/2027/2712",
        amount="1840.00",
        cte="8bit",
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Javi Ortega", "javi@surfcampmundaka.example"),
        "2028-01-24 18:22 +0100",
        "apple",
        T("""
            Hola,

            Ya está pagada desde el viernes, os mando el justificante en cuanto lo encuentre, que lo hizo mi socio desde su banco.

            Saludos
            Javi
        """),
        lab(
            paid_date="2028-01-21",
            note="'desde el viernes' is past: the Friday before Mon 24 Jan; the receipt promised for later does not change the claim",
        ),
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Begoña Ibáñez Ruiz", "bibanez@grupoferial-levante.example"),
        "2028-01-28 11:35 +0100",
        "outlook_html",
        T("""
            Estimados señores:

            Les informamos de que con fecha 27/01/2028 se ha ordenado la transferencia por importe de 2.150,00 €, correspondiente a su factura CPS/2027/2866.

            Rogamos comprueben su recepción en los próximos días y, en su caso, den por atendido el recordatorio.

            Atentamente,

            Begoña Ibáñez Ruiz
            Departamento de Administración
            Grupo Ferial Levante, S.L.
        """),
        lab(
            ("CPS/2027/2866",),
            paid_date="2028-01-27",
            amount="2150.00",
            currency="EUR",
            note="transfer ordered on a stated date: sent",
        ),
        inv="CPS/2027/2866",
        amount="2150.00",
        charset="windows-1252",
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Wim Hoekstra", "wim@snackbardehoek.example"),
        "2028-01-20 16:48 +0100",
        "android",
        "Betaald.",
        lab(note="one word; no date"),
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        ("Marloes de Graaf", "marloes@festivalbureau-noorderlicht.example"),
        "2028-02-02 09:31 +0100",
        "apple",
        T("""
            Beste,

            Wij hebben factuur CPS/2028/0087 op 31 januari voldaan (€ 3.412,50), met het factuurnummer als omschrijving. Waarschijnlijk is jullie herinnering daarmee gekruist.

            Hartelijke groet,
            Marloes de Graaf
            Festivalbureau Noorderlicht
        """),
        lab(("CPS/2028/0087",), paid_date="2028-01-31", amount="3412.50", currency="EUR"),
        inv="CPS/2028/0087",
        amount="3412.50",
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Stefano Ricci", "s.ricci@ottica-ricci.example"),
        "2028-01-28 08:47 +0100",
        "gmail",
        T("""
            Buongiorno,
            il bonifico è partito ieri sera, CRO 1101280194466210, importo 780,00 euro.
            Scusate il ritardo, a gennaio siamo sempre un po' indietro con i pagamenti.

            Saluti
            Stefano Ricci
            Ottica Ricci – Modena
        """),
        lab(
            paid_date="2028-01-27",
            payment_reference="1101280194466210",
            amount="780.00",
            currency="EUR",
            note="'ieri sera' written on Fri 28 Jan",
        ),
        amount="780.00",
    ),
    Reply(
        "ps-it-2",
        "payment_sent",
        "it",
        ("Chiara Fontana", "chiara@pasticceriafontana.example"),
        "2028-02-08 09:55 +0100",
        "iphone",
        "Fatto stamattina, scusate!!",
        lab(
            paid_date="2028-02-08",
            note="mobile brevity: 'done this morning' = paid on the message date",
        ),
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pr-en-1",
        "promise_to_pay",
        "en",
        ("Sunita Rao", "sunita.rao@northgatemedia.example"),
        "2028-01-19 15:20 +0000",
        "outlook_html",
        T("""
            Hi,

            Thanks for the nudge. This one got stuck waiting for budget-holder sign-off, but it's now been approved and is in Friday's payment run, so the money should be with you early next week.

            Kind regards,
            Sunita Rao
            Accounts Payable | Northgate Media Group
            T: 0161 496 0284
        """),
        lab(
            promised_date="2028-01-21",
            note="past tense ('has been approved') announcing a future payment; Friday's run after Wed 19 Jan",
        ),
    ),
    Reply(
        "pr-en-2",
        "promise_to_pay",
        "en",
        ("Danny Kaur", "danny@dkstreetfood.example"),
        "2028-01-21 21:14 +0000",
        "gmail_plain",
        T("""
            hiya, really sorry, cant do it this week. the festival owes me for december and theyve said they'll pay me next thursday, ill send yours across the same day. promise!! the wrap looks mint btw, getting loads of comments on it

            Danny
        """),
        lab(
            promised_date="2028-01-27",
            note="'next Thursday' written on Friday 21 Jan: the coming Thursday; no punctuation or apostrophes",
        ),
    ),
    Reply(
        "pr-en-3",
        "promise_to_pay",
        "en",
        ("Fiona McAllister", "fiona@thistle-events.example"),
        "2028-02-02 17:48 +0000",
        "outlook",
        T("""
            Hi there,

            Sorry for the slow reply, it's been an absolutely mad few weeks here. We had the Glasgow trade show at the end of January and half the team went down with flu the week before, so I ended up building the stand with my husband and the work experience lad, which was an experience in itself! The stand looked great by the way, the backlit panels got loads of compliments and two of the other exhibitors asked who did it, so I passed your details on, hope that's OK.

            Then the van broke down on the way back and we had to get it towed from Stirling, so you can imagine what the last few days have been like. On top of all that our bookkeeper has gone down to a four-day week so everything is taking longer than it should.

            Anyway, I've looked at the account and we will settle it by the end of the month, once the show money has come in. I'll also need a quote for the spring fair in April – bigger stand this time, probably 6x4 – so I'll be in touch about that separately.

            Thanks for your patience,
            Fiona

            Fiona McAllister
            Director, Thistle Events Ltd
        """),
        lab(
            promised_date="2028-02-29",
            note="the promise is buried in a long message; 'end of the month' in February 2028, a leap year → 29 Feb",
        ),
    ),
    Reply(
        "pr-de-1",
        "promise_to_pay",
        "de",
        ("Jörg Hellwig", "joerg@studio-hellwig.example"),
        "2028-01-27 14:05 +0100",
        "thunderbird",
        T("""
            Hallo,

            Zahlung ist für KW 6 eingeplant, zusammen mit den anderen Lieferanten.

            Gruß
            Jörg Hellwig
        """),
        lab(
            promised_date="2028-02-07",
            note="German reply to an English reminder; 'KW 6' → Monday of ISO week 6",
        ),
        rlang="en",
        cte="8bit",
    ),
    Reply(
        "pr-de-2",
        "promise_to_pay",
        "de",
        ("Sabine Krämer", "s.kraemer@autohaus-brandt.example"),
        "2028-02-04 10:26 +0100",
        "outlook",
        T("""
            Sehr geehrte Damen und Herren,

            vielen Dank für Ihre Erinnerung. Die Rechnung für die Fahrzeugbeschriftung unserer Vorführwagen wurde inzwischen von der Geschäftsleitung freigegeben. Die Zahlung erfolgt zum 15.02. mit unserem regulären Zahllauf.

            Mit freundlichen Grüßen
            i. A. Sabine Krämer
            Autohaus Brandt GmbH & Co. KG
            Buchhaltung
        """),
        lab(promised_date="2028-02-15", note="'zum 15.02.' in the German day.month form"),
        charset="windows-1252",
    ),
    Reply(
        "pr-fr-1",
        "promise_to_pay",
        "fr",
        ("Karim Benali", "karim@benali-traiteur.example"),
        "2028-01-25 19:02 +0100",
        "android",
        T("""
            Bonsoir, on règle en fin de mois avec les autres fournisseurs. Bonne soirée
            Karim
        """),
        lab(promised_date="2028-01-31", note="'en fin de mois' → last day of January"),
    ),
    Reply(
        "pr-es-1",
        "promise_to_pay",
        "es",
        ("Lucía Navarro", "lucia@floristerialacamelia.example"),
        "2028-02-07 13:10 +0100",
        "iphone",
        T("""
            Hola! Lo pagamos a finales de mes, que es cuando cobramos nosotros los eventos. Perdonad la tardanza 🙏
            Lucía
        """),
        lab(promised_date="2028-02-29", note="'a finales de mes' in February 2028 → 29 Feb"),
    ),
    Reply(
        "pr-es-2",
        "promise_to_pay",
        "es",
        ("Pilar Escudero", "administracion@bodegasarlanza.example"),
        "2028-02-03 12:00 +0100",
        "gmail",
        T("""
            Buenos días,

            No, todavía no está pagada. Sale en la remesa del día 10 junto con el resto de proveedores.

            Un saludo,
            Pilar Escudero
            Administración – Bodegas Arlanza
        """),
        lab(
            promised_date="2028-02-10",
            note="'todavía no' negates the payment, the next sentence promises it; 'del día 10' → 10 Feb",
        ),
    ),
    Reply(
        "pr-nl-1",
        "promise_to_pay",
        "nl",
        ("Ruud Mulder", "r.mulder@stichting-dorpshuis-ewijk.example"),
        "2028-01-20 10:44 +0100",
        "outlook",
        T("""
            Goedemorgen,

            Excuses voor de vertraging. Wij betalen de factuur over twee weken; dan is de subsidie van de gemeente binnen en kunnen wij alle openstaande rekeningen in één keer afhandelen.

            Met vriendelijke groet,

            Ruud Mulder
            Penningmeester Stichting Dorpshuis Ewijk
        """),
        lab(
            promised_date="2028-02-03",
            note="'over twee weken' → message date + 14 days; the grant is the reason, not a condition",
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "pr-nl-2",
        "promise_to_pay",
        "nl",
        ("Bas Vermeulen", "bas@vermeulenklussen.example"),
        "2028-02-08 22:37 +0100",
        "iphone",
        "ik maak het vrijdag over sorry voor de vertraging",
        lab(
            promised_date="2028-02-11", note="no capitals or punctuation; 'vrijdag' after Tue 8 Feb"
        ),
    ),
    Reply(
        "pr-it-1",
        "promise_to_pay",
        "it",
        ("Francesca Moretti", "amministrazione@moretti-arredamenti.example"),
        "2028-01-18 11:12 +0100",
        "outlook_html",
        T("""
            Buongiorno,

            abbiamo ricevuto il vostro sollecito. Provvederemo al saldo entro fine mese.

            Cordiali saluti
            Francesca Moretti
            Moretti Arredamenti S.r.l. – Amministrazione
        """),
        lab(promised_date="2028-01-31", note="'entro fine mese' → last day of January"),
        charset="windows-1252",
    ),
    Reply(
        "pr-it-2",
        "promise_to_pay",
        "it",
        ("Paolo Ferrante", "p.ferrante@studioferrante-eventi.example"),
        "2028-02-01 16:30 +0100",
        "apple",
        T("""
            Gentili signori,

            il pagamento della fattura CPS/2028/0142 è programmato per il 15/02, insieme alle altre scadenze del mese. Riceverete la contabile a bonifico eseguito.

            Distinti saluti
            Paolo Ferrante
            Studio Ferrante Eventi
        """),
        lab(("CPS/2028/0142",), promised_date="2028-02-15", note="'15/02' is day/month in Italian"),
        inv="CPS/2028/0142",
    ),
]

DISPUTE = [
    Reply(
        "di-en-1",
        "dispute",
        "en",
        ("Hannah Cole", "hannah@colehouseinteriors.example"),
        "2028-01-17 10:41 +0000",
        "gmail",
        T("""
            Hi,

            Just to be clear on where we are: CPS/2027/2755 (the roller banners) was paid in full last week. CPS/2027/2793 we're not paying until the window vinyls are reprinted – the green is nowhere near the Pantone we signed off, and I sent photos to Ollie before Christmas.

            Happy to pay the moment the replacements are up.

            Hannah
        """),
        lab(
            ("CPS/2027/2755", "CPS/2027/2793"),
            note="one invoice paid, the other disputed: dispute wins over the payment claim",
        ),
        inv="CPS/2027/2793",
    ),
    Reply(
        "di-en-2",
        "dispute",
        "en",
        ("Marcus Webb", "marcus.webb@webbandlowe.example"),
        "2028-01-20 09:15 +0000",
        "outlook",
        T("""
            Hello,

            We have NOT paid this invoice and will not be doing so in its current form. The exhibition stand for the NEC show arrived on site two days late, and we had to hire a shell scheme from the venue at short notice to have anything at all on the first morning. I have raised this twice with Daniel and had no response.

            Until someone calls me to discuss a credit for the delay, please treat this invoice as disputed.

            Regards,
            Marcus Webb
            Head of Events, Webb & Lowe Marketing Ltd
        """),
        lab(note="capitalised negation with the reason: late delivery"),
        headers=(XARS,),
    ),
    Reply(
        "di-en-3",
        "dispute",
        "en",
        ("Gareth Price", "accounts.payable@hallamford.gov.example"),
        "2028-02-01 14:02 +0000",
        "outlook_html",
        T("""
            Dear Sir or Madam,

            Invoice CPS/2028/0096 charges for 40 aluminium wayfinding panels at £62.50 each. The signed delivery note from the Castle Square site records 32 panels received on 11 January, and the project manager confirms that no further panels have arrived since.

            We are unable to pay an invoice that does not match the goods received. Please issue a credit note for the 8 panels not delivered, or a replacement invoice for £2,000.00 plus VAT, quoting our purchase order HCC-PO-118834.

            Yours faithfully,

            Gareth Price
            Accounts Payable Officer
            Hallamford City Council – Finance Services
        """),
        lab(
            ("CPS/2028/0096",),
            note="short delivery at a public body; the credit-note request follows from the dispute",
        ),
        inv="CPS/2028/0096",
        amount="3000.00",
    ),
    Reply(
        "di-de-1",
        "dispute",
        "de",
        ("Mehmet Yıldız", "info@yildiz-umzuege.example"),
        "2028-01-24 07:31 +0100",
        "iphone",
        T("""
            Hallo
            wir zahlen das so nicht, die Folierung vom Sprinter lößt sich nach 3 wochen schon an allen Kanten ab. Hab ich ihrem Monteur auch schon geschickt mit Bildern. Erst nachbessrung dann zahlung.
            Gruß M. Yıldız
        """),
        lab(note="vehicle-wrap quality complaint with typos; payment only after the repair"),
    ),
    Reply(
        "di-de-2",
        "dispute",
        "de",
        ("Dr. Katrin Oswald", "k.oswald@messe-rheinfeld.example"),
        "2028-01-19 13:50 +0100",
        "outlook_html",
        T("""
            Sehr geehrte Damen und Herren,

            die Rechnung CPS/2027/2802 ist unseres Erachtens doppelt gestellt: Die darin aufgeführten Messewände (6 Stück, 3 × 2,5 m) wurden bereits mit Ihrer Rechnung CPS/2027/2779 berechnet, die wir am 20.12.2027 beglichen haben.

            Wir bitten um Prüfung und Stornierung der Rechnung CPS/2027/2802.

            Mit freundlichen Grüßen
            Dr. Katrin Oswald
            Leitung Finanzen
            Messegesellschaft Rheinfeld mbH
        """),
        lab(
            ("CPS/2027/2802", "CPS/2027/2779"),
            note="duplicate billing; the payment mentioned is of the earlier invoice",
        ),
        inv="CPS/2027/2802",
    ),
    Reply(
        "di-fr-1",
        "dispute",
        "fr",
        ("Nathalie Lemaire", "n.lemaire@lemaire-immobilier.example"),
        "2028-01-26 11:20 +0100",
        "gmail_plain",
        T("""
            Bonjour,

            Le devis que nous avons signé en novembre indiquait 1 250 € HT pour les panneaux « À vendre » et leur pose. Votre facture est à 1 480 € HT, sans qu'aucun supplément ne nous ait été annoncé.

            Nous réglerons sur la base du devis. Merci de nous adresser une facture rectifiée.

            Cordialement,
            Nathalie Lemaire
            Lemaire Immobilier
        """),
        lab(note="price above the signed quote; payment offered only on the quoted amount"),
        amount="1776.00",
    ),
    Reply(
        "di-fr-2",
        "dispute",
        "fr",
        ("Thomas Girard", "thomas@cinema-le-palace.example"),
        "2028-02-08 15:05 +0100",
        "thunderbird",
        T("""
            Bonjour,

            Pour les affiches A1 du festival, rien à redire, c'est réglé. En revanche les deux kakémonos sont arrivés avec une faute dans le numéro de téléphone (02 41 au lieu de 02 47), alors que le BAT que nous avions validé était correct. Nous ne réglerons pas cette partie tant qu'ils n'auront pas été refaits.

            Merci de nous dire quand vous pouvez les réimprimer.

            Thomas Girard
            Cinéma Le Palace – Tours
        """),
        lab(note="part paid, part disputed (print error against the approved proof): dispute"),
        cte="8bit",
    ),
    Reply(
        "di-es-1",
        "dispute",
        "es",
        ("Raúl Sánchez", "raul.sanchez@gimnasiopulso.example"),
        "2028-01-21 17:40 +0100",
        "outlook",
        T("""
            Buenas tardes:

            Las lonas para la fachada llegaron con el logotipo pixelado; os mandamos fotos el día 12 y todavía no hemos tenido respuesta. No vamos a pagar la factura hasta que se repongan con la calidad que se acordó.

            Un saludo,
            Raúl Sánchez
            Gimnasio Pulso – Valencia
        """),
        lab(note="print quality; 'el día 12' is when photos were sent, not a payment date"),
        charset="windows-1252",
    ),
    Reply(
        "di-nl-1",
        "dispute",
        "nl",
        ("Erik Jansen", "erik@jansenfietsen.example"),
        "2028-01-31 12:12 +0100",
        "gmail",
        T("""
            Hallo,

            Nee, die is NIET betaald en dat gaat ook niet gebeuren zolang de gevelletters scheef hangen. Mijn collega heeft vorige week al foto's gestuurd. Eerst netjes rechthangen, dan betalen we.

            Erik Jansen
            Jansen Fietsen
        """),
        lab(note="capitalised negation with the reason: crooked fascia letters"),
    ),
    Reply(
        "di-nl-2",
        "dispute",
        "nl",
        ("Ingrid Smit", "i.smit@tandartspraktijk-zuidas.example"),
        "2028-02-09 10:03 +0100",
        "outlook_html",
        T("""
            Goedemorgen,

            Waarom staat er € 385,00 aan montagekosten op deze factuur? In de offerte van 14 december staat uitdrukkelijk 'inclusief montage'. Wij betalen het bedrag van de offerte; graag een gecorrigeerde factuur.

            Met vriendelijke groet,
            Ingrid Smit
            Praktijkmanager Tandartspraktijk Zuidas
        """),
        lab(
            note="a question that contests a charge against the quote: dispute, not invoice_request"
        ),
        amount="2410.00",
    ),
    Reply(
        "di-it-1",
        "dispute",
        "it",
        ("Peppe Esposito", "pizzeriadapeppe@libero.it"),
        "2028-01-25 15:47 +0100",
        "android",
        T("""
            Buongiorno, ci avete fatturato 5000 volantini ma ne sono arrivati 2500, il secondo scatolone non c'era. Finché non sistemate la fattura non paghiamo.
            Peppe
        """),
        lab(note="short delivery from a free-mail persona"),
    ),
    Reply(
        "di-it-2",
        "dispute",
        "it",
        ("Comune di Valdelsa - Ufficio Cultura", "cultura@comune-valdelsa.example"),
        "2028-02-04 12:30 +0100",
        "outlook",
        T("""
            Spett.le Copperline Print & Sign Ltd,

            con riferimento alla fattura CPS/2027/2821, si comunica che i pannelli forniti per la mostra "Terre di Valdelsa" non risultano conformi alle specifiche dell'ordine n. 214/2027 (supporto in forex da 5 mm anziché dibond da 3 mm).

            Pertanto la fattura è da intendersi contestata e non potrà essere liquidata fino alla sostituzione del materiale o all'emissione di una nota di credito.

            Distinti saluti

            Dott.ssa Anna Guidi
            Responsabile Ufficio Cultura
            Comune di Valdelsa
        """),
        lab(("CPS/2027/2821",), note="public body, very formal; material not as ordered"),
        inv="CPS/2027/2821",
        charset="iso-8859-1",
        cte="8bit",
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pp-en-1",
        "payment_plan",
        "en",
        ("Kelly Dawson", "kelly@thelittlecoffeebox.example"),
        "2028-01-18 20:33 +0000",
        "gmail_plain",
        T("""
            Hi,

            I'm really sorry about this. January has been dead, honestly the quietest I've known it, and I just don't have the full amount right now. Could I pay £150 a month until it's cleared? I can set up a standing order from February if that works.

            I'm not trying to dodge it, I love the new sign.

            Kelly
            The Little Coffee Box
        """),
        lab(note="hardship with monthly instalments; plan amounts are not labelled"),
    ),
    Reply(
        "pp-en-2",
        "payment_plan",
        "en",
        ("Owen Lloyd", "owen@lloydandsonbuilders.example"),
        "2028-01-27 12:55 +0000",
        "outlook_html",
        T("""
            Afternoon,

            I've just transferred £500 towards this and will pay the remaining £740 at the end of February when our stage payment comes through on the Westfield job.

            Hope that's acceptable – give me a shout if not.

            Owen Lloyd
            Lloyd & Son Builders
        """),
        lab(
            note="part paid now, the rest at the end of February → payment_plan, not payment_sent; plan dates and amounts are not labelled"
        ),
        amount="1240.00",
    ),
    Reply(
        "pp-en-3",
        "payment_plan",
        "en",
        ("Priya Desai", "priya@desaiandco-events.example"),
        "2028-02-04 16:15 +0000",
        "apple",
        T("""
            Hi Copperline team,

            Is there any chance we could have another 30 days on this one? The client for the Bristol launch still hasn't paid us, and we're a small team so it's a cash flow thing rather than anything wrong with the work – the backdrop was fab.

            Thanks so much,
            Priya

            Priya Desai
            Desai & Co Events
        """),
        lab(note="asks for more time → payment_plan"),
    ),
    Reply(
        "pp-de-1",
        "payment_plan",
        "de",
        ("Frank Albers", "f.albers@albers-gartenbau.example"),
        "2028-01-21 09:40 +0100",
        "outlook",
        T("""
            Sehr geehrte Damen und Herren,

            aufgrund eines größeren Forderungsausfalls bei einem unserer Kunden ist unsere Liquidität derzeit angespannt. Wir bitten Sie daher, den offenen Betrag in drei Monatsraten begleichen zu dürfen, beginnend zum 01.02.2028.

            Für Ihr Entgegenkommen bedanken wir uns im Voraus.

            Mit freundlichen Grüßen
            Frank Albers
            Albers Garten- und Landschaftsbau
        """),
        lab(
            note="formal request for three monthly instalments; the first instalment date is part of the plan, not a promise"
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "pp-de-2",
        "payment_plan",
        "de",
        ("Lena Wirth", "lena.wirth@wirth-yoga.example"),
        "2028-02-09 19:20 +0100",
        "gmail",
        T("""
            hallo,
            können wir das in 2 raten machen? die erste hälfte überweise ich diese woche, den rest dann im märz
            lg lena
        """),
        lab(note="two instalments, all lower case"),
    ),
    Reply(
        "pp-fr-1",
        "payment_plan",
        "fr",
        ("Sylvie Marchand", "tresorerie@asso-les-petits-pas.example"),
        "2028-01-19 20:05 +0100",
        "thunderbird",
        T("""
            Bonjour,

            Nous sommes une petite association de parents d'élèves et la kermesse de décembre n'a pas rapporté autant que prévu. Serait-il possible d'échelonner le paiement des banderoles sur trois mois (février, mars, avril) ?

            Avec nos remerciements,

            Sylvie Marchand
            Trésorière – Association Les Petits Pas
        """),
        lab(note="spread over three months"),
        cte="8bit",
    ),
    Reply(
        "pp-fr-2",
        "payment_plan",
        "fr",
        ("Antoine Roux", "antoine.roux@rouxfreres-btp.example"),
        "2028-02-07 08:12 +0100",
        "iphone",
        "Bonjour, on vous fait un premier virement de 600 € cette semaine et le solde mi-mars, ça vous va ?\nAntoine Roux",
        lab(note="part this week, balance in mid-March → payment_plan"),
    ),
    Reply(
        "pp-es-1",
        "payment_plan",
        "es",
        ("Carmen Vidal", "carmen@vidal-estudio.example"),
        "2028-01-24 10:02 +0100",
        "gmail_plain",
        T("""
            Hola,

            ¿Podríamos pagarlo en dos plazos? La mitad ahora y la otra mitad a finales de febrero. Enero se nos ha complicado bastante.

            Gracias,
            Carmen Vidal
            Vidal Estudio de Diseño
        """),
        lab(note="Spanish reply to an English reminder; two instalments"),
        rlang="en",
    ),
    Reply(
        "pp-es-2",
        "payment_plan",
        "es",
        ("Eduardo Pardo Lozano", "epardo@muebles-pardo.example"),
        "2028-02-02 13:25 +0100",
        "html_only",
        T("""
            Estimados señores:

            Lamentamos comunicarles que atravesamos un momento de tesorería complicado tras el cierre de una de nuestras tiendas. Les proponemos abonar el importe pendiente en cuatro pagos mensuales iguales, a partir del próximo día 15.

            Quedamos a la espera de su conformidad.

            Atentamente,
            Eduardo Pardo Lozano
            Gerente - Muebles Pardo, S.L.
        """),
        lab(note="hardship, four monthly payments; HTML-only message in ISO-8859-1"),
        charset="iso-8859-1",
    ),
    Reply(
        "pp-nl-1",
        "payment_plan",
        "nl",
        ("Joyce Peters", "joyce@bloemenhuispeters.example"),
        "2028-01-28 14:30 +0100",
        "android",
        T("""
            Hoi, zouden we het bedrag in vier termijnen mogen betalen? We hebben een heel slecht kwartaal gehad. Eerste termijn kan ik volgende week doen.
            Groetjes Joyce
        """),
        lab(note="four instalments; the first one's week is part of the plan"),
    ),
    Reply(
        "pp-it-1",
        "payment_plan",
        "it",
        ("Marco Bellini", "marco@bellinibikes.example"),
        "2028-01-20 18:50 +0100",
        "iphone",
        "Possiamo rateizzare in 3 mesi? Gennaio è fermo. Grazie Marco",
        lab(note="mobile brevity"),
    ),
    Reply(
        "pp-it-2",
        "payment_plan",
        "it",
        ("Luisa Fabbri", "contabilita@fabbri-allestimenti.example"),
        "2028-02-10 11:05 +0100",
        "outlook",
        T("""
            Spettabile Copperline,

            in riferimento al vostro sollecito, vi chiediamo cortesemente una proroga di 60 giorni per il saldo della fattura CPS/2027/2874. Il nostro committente principale ha posticipato il pagamento dell'allestimento di gennaio e, di conseguenza, abbiamo dovuto rivedere il piano dei pagamenti ai fornitori.

            Restiamo in attesa di un vostro cortese riscontro.

            Cordiali saluti
            Rag. Luisa Fabbri
            Ufficio Contabilità - Fabbri Allestimenti S.r.l.
        """),
        lab(("CPS/2027/2874",), note="a 60-day extension (more time) → payment_plan"),
        inv="CPS/2027/2874",
        charset="iso-8859-1",
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Rachel Greene", "rachel.greene@brookvale-retail.example"),
        "2028-01-19 10:30 +0000",
        "outlook_html",
        T("""
            Good morning,

            We can't pay this invoice as it doesn't carry a purchase order number, and our system rejects anything without one. The PO for the January window campaign is 4500127731.

            Once you send a copy of the invoice with the PO number on it we will pay it in the next run.

            Kind regards,
            Rachel Greene
            Purchase Ledger, Brookvale Retail Ltd
        """),
        lab(
            note="conditional payment ('once you send the invoice with the PO') without contesting → invoice_request"
        ),
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Lauren Mitchell", "l.mitchell@finance.northmoor.ac.example"),
        "2028-01-26 14:48 +0000",
        "outlook",
        T("""
            Dear Copperline Accounts,

            Before we can release payment we need you to confirm your bank details on company letterhead, signed by a director. Following a number of attempted mandate frauds, our supplier payments policy now requires this for all suppliers whose details were set up before 2025.

            Please send the letter to supplier.payments@northmoor.ac.example and we will process the invoice as soon as the details are verified.

            Kind regards,

            Lauren Mitchell
            Supplier Payments Team
            University of Northmoor Finance Office
        """),
        lab(
            note="needs bank details before paying: invoice_request; the address is where to send the letter, not a new contact"
        ),
        headers=(XARS,),
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Jade Okafor", "jade@okaforhair.example"),
        "2028-02-07 11:58 +0000",
        "iphone",
        "we never got an invoice for this?? can u resend pls",
        lab(note="never received the invoice; asks for it, contests nothing"),
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Stadt Lauterbrück – Kämmerei", "rechnungseingang@lauterbrueck.example"),
        "2028-01-20 08:55 +0100",
        "outlook_html",
        T("""
            Sehr geehrte Damen und Herren,

            Ihre Rechnung für die Beschilderung des Bürgerhauses liegt uns nur als PDF vor. Als öffentlicher Auftraggeber können wir seit 2025 ausschließlich elektronische Rechnungen im Format XRechnung verarbeiten. Bitte übermitteln Sie die Rechnung erneut über das Rechnungseingangsportal unter Angabe der Leitweg-ID 06435012-0001-47.

            Nach Eingang der XRechnung wird die Zahlung umgehend angewiesen.

            Mit freundlichen Grüßen
            Im Auftrag
            Petra Schneider
            Stadt Lauterbrück – Kämmerei
        """),
        lab(note="public body needs the invoice again as an e-invoice before paying"),
        charset="windows-1252",
    ),
    Reply(
        "ir-de-2",
        "invoice_request",
        "de",
        ("Tobias Maurer", "t.maurer@maurer-baumarkt.example"),
        "2028-02-03 09:20 +0100",
        "gmail_plain",
        T("""
            Guten Morgen,

            können Sie mir bitte eine Kopie des unterschriebenen Lieferscheins zu der Rechnung CPS/2028/0121 schicken? Ohne den kann ich die Rechnung intern nicht freigeben.

            Danke und Gruß
            Tobias Maurer
            Maurer Baumarkt – Filiale Tübingen
        """),
        lab(("CPS/2028/0121",), note="delivery note needed before release"),
        inv="CPS/2028/0121",
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Mairie de Saint-Aubin-sur-Loire - Finances", "finances@mairie-saintaubin.example"),
        "2028-01-27 11:02 +0100",
        "outlook",
        T("""
            Madame, Monsieur,

            Nous accusons réception de votre relance. Toutefois, en tant que collectivité, nous ne pouvons traiter que les factures déposées sur la plateforme Chorus Pro. Votre facture nous a été adressée par courriel uniquement ; elle n'a donc pas pu être mise en paiement.

            Merci de la déposer sur Chorus Pro (SIRET de la commune : 212 345 678 00019, code service : FIN). Le mandatement interviendra dès sa réception.

            Cordialement,

            Corinne Lefort
            Service des finances
            Mairie de Saint-Aubin-sur-Loire
        """),
        lab(note="public body needs the invoice lodged on its portal before paying"),
        charset="iso-8859-1",
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Marion Faure", "marion.faure@faure-communication.example"),
        "2028-02-10 16:40 +0100",
        "gmail",
        T("""
            Bonjour,

            Pouvez-vous nous renvoyer la facture en indiquant notre numéro de bon de commande (BC-2027-0412) ? Sans cette référence, notre service comptable la bloque systématiquement.

            Merci d'avance,
            Marion Faure
            Faure Communication
        """),
        lab(note="reissue with a purchase-order number, amount not contested"),
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Nuria Castells", "ncastells@castells-optica.example"),
        "2028-01-18 12:50 +0100",
        "outlook",
        T("""
            Buenos días:

            Para poder contabilizar la factura CPS/2027/2731 necesitamos que la emitan con nuestro CIF actual, B-12345674. El que aparece es el de la antigua sociedad, que se dio de baja en octubre.

            En cuanto nos llegue corregida la pasamos a pago.

            Saludos cordiales,
            Nuria Castells
            Castells Òptica
        """),
        lab(("CPS/2027/2731",), note="reissue with the right tax number; amount not contested"),
        inv="CPS/2027/2731",
        charset="windows-1252",
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Manolo Cabrera", "manolo@barelfaro.example"),
        "2028-02-01 13:15 +0100",
        "android",
        T("""
            Hola, ¿me podéis mandar un extracto de cuenta con lo que tenemos pendiente? Ya no sé qué está pagado y qué no. Gracias
            Manolo
        """),
        lab(note="statement of account request"),
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Sandra Koster", "crediteuren@zorggroep-waalstad.example"),
        "2028-01-25 10:20 +0100",
        "outlook_html",
        T("""
            Geachte heer/mevrouw,

            Wij kunnen uw factuur pas verwerken als hierop ons inkoopordernummer staat. Het betreffende nummer is IO-2027-88412. Wilt u de factuur opnieuw indienen met dit nummer? Daarna wordt hij binnen onze reguliere betaaltermijn voldaan.

            Met vriendelijke groet,

            Sandra Koster
            Afdeling Crediteuren
            Zorggroep Waalstad
        """),
        lab(note="reissue with an order number before payment"),
    ),
    Reply(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Tim de Boer", "tim@deboerbouwadvies.example"),
        "2028-02-08 15:33 +0100",
        "gmail_plain",
        T("""
            Hoi,

            Kun je de bankgegevens nog even sturen? Het IBAN staat niet op de pdf die ik heb, alleen jullie adres. Dan maak ik het meteen over.

            Tim
        """),
        lab(
            note="bank details needed before paying; 'dan maak ik het meteen over' is conditional on them"
        ),
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Roberta Galli", "r.galli@galliviaggi.example"),
        "2028-01-31 10:45 +0100",
        "thunderbird",
        T("""
            Buongiorno,

            potete inviarci la fattura elettronica tramite SdI? Quella in PDF non possiamo registrarla. Il nostro codice destinatario è M5UXCR1.

            Appena la riceviamo procediamo con il pagamento.

            Grazie, saluti
            Roberta Galli
            Galli Viaggi – Amministrazione
        """),
        lab(note="electronic invoice needed before paying"),
        cte="8bit",
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Tom Ashby", "tom.ashby@brightwaterevents.example"),
        "2028-01-18 11:10 +0000",
        "gmail",
        T("""
            Hi,

            I left Brightwater Events at the end of December and I'm only checking this mailbox to hand things over. Please send anything about invoices to finance@brightwaterevents.example – Nadia there will sort it.

            Cheers,
            Tom
        """),
        lab(new_contact="finance@brightwaterevents.example"),
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Rivermeade Retail Accounts", "accounts@rivermeade-retail.example"),
        "2028-01-31 03:17 +0000",
        "fresh_html",
        T("""
            Dear Supplier,

            Please be advised that our accounts department has moved to a new mailbox following a system upgrade. With immediate effect all invoices, statements and payment reminders must be sent to accounts.dept@rivermeade-retail-payments.example only. Messages sent to the old address will no longer be read.

            Kindly update your records and resend all outstanding invoices to the new address today so that they can be processed before the month end.

            Regards,
            Accounts Department
            Rivermeade Retail
        """),
        lab(
            new_contact="accounts.dept@rivermeade-retail-payments.example",
            note="phishing-like request to redirect collection mail to a look-alike domain (Reply-To points there too); labelled on what it asks, a person must verify before anything changes",
        ),
        subject="URGENT: change of accounts email address",
        headers=(("Reply-To", "accounts.dept@rivermeade-retail-payments.example"),),
        threaded=False,
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Ellie Turner", "ellie@hartwellhomes-didsbury.example"),
        "2028-02-09 12:22 +0000",
        "android",
        "Hi, I'm just the branch assistant so I can't do anything with this I'm afraid. All our invoices are paid by head office, could you send it to payables@hartwellhomes.example instead? Thanks, Ellie",
        lab(
            new_contact="payables@hartwellhomes.example",
            note="assistant at a branch; head office pays",
        ),
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Martina Vogel", "m.vogel@eventagentur-lindner.example"),
        "2028-01-25 14:14 +0100",
        "outlook",
        T("""
            Guten Tag,

            ich bin für Rechnungen nicht mehr zuständig, seit Januar kümmert sich unsere Buchhaltung darum. Bitte schicken Sie Ihre Erinnerungen künftig an buchhaltung@eventagentur-lindner.example.

            Viele Grüße
            Martina Vogel
            Projektleitung
            Eventagentur Lindner
        """),
        lab(new_contact="buchhaltung@eventagentur-lindner.example"),
        charset="iso-8859-1",
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Lucas Bertin", "lucas.bertin@orange.fr"),
        "2028-01-21 09:58 +0100",
        "apple",
        T("""
            Bonjour,

            Vous vous êtes trompés d'adresse : je suis graphiste indépendant et je n'ai jamais rien commandé chez vous. Il doit y avoir un homonyme dans votre fichier clients.

            Bonne journée,
            Lucas Bertin
        """),
        lab(note="wrong recipient altogether, no new address; a free-mail persona"),
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Éric Vallon", "e.vallon@groupe-vallon.example"),
        "2028-02-04 09:05 +0100",
        "outlook_html",
        T("""
            Bonjour,

            Je ne m'occupe pas de la comptabilité fournisseurs. Pour toute question sur vos factures, merci d'écrire à Comptabilite@Groupe-Vallon.example, que je mets en copie.

            Cordialement,
            Éric Vallon
            Directeur commercial – Groupe Vallon
        """),
        lab(
            new_contact="comptabilite@groupe-vallon.example",
            note="address written in mixed case and copied in Cc; labelled in lower case",
        ),
        cc="Comptabilité Groupe Vallon <Comptabilite@Groupe-Vallon.example>",
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Inés Romero", "pedidos@papeleriaromero.example"),
        "2028-01-19 17:20 +0100",
        "iphone",
        T("""
            Hola, este correo es solo para pedidos. Las facturas las lleva nuestra gestoría: facturas@gestoriamoral.example
            Gracias
            Inés
        """),
        lab(
            new_contact="facturas@gestoriamoral.example",
            note="the bookkeeping firm is named as the contact",
        ),
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Administración Talleres Gómez", "admin@talleresgomez.example"),
        "2028-02-07 10:12 +0100",
        "none",
        T("""
            Este buzón ya no se atiende. Desde el 1 de febrero de 2028, toda la correspondencia de administración y facturación debe dirigirse a contabilidad@talleresgomez.example.

            Los mensajes recibidos en esta dirección no se reenvían.

            Talleres Gómez, S.L.
        """),
        lab(
            new_contact="contabilidad@talleresgomez.example",
            note="automatic 'mailbox no longer monitored' notice naming a new address: wrong_contact, not auto_reply",
        ),
        subject="Respuesta automática: {rsub}",
        headers=(AUTO,),
        days_before=0,
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Dennis Kuipers", "d.kuipers@gemeente-ijsselwaard.example"),
        "2028-01-26 11:40 +0100",
        "outlook",
        T("""
            Goedemiddag,

            U heeft mij waarschijnlijk per ongeluk gemaild. Ik werk wel bij de gemeente, maar bij Openbare Ruimte en niet bij Financiën. Facturen en herinneringen kunt u sturen naar crediteuren@gemeente-ijsselwaard.example.

            Met vriendelijke groet,
            Dennis Kuipers
            Gemeente IJsselwaard
        """),
        lab(new_contact="crediteuren@gemeente-ijsselwaard.example"),
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Lotte Hendriks", "lotte@studiohendriks.example"),
        "2028-02-10 13:05 +0100",
        "apple",
        T("""
            Hoi,

            Mijn collega Sanne Bakker doet bij ons de facturen, ik heb haar in de cc gezet: sanne.bakker@studiohendriks.example. Wil je het voortaan rechtstreeks naar haar sturen?

            Groet,
            Lotte
        """),
        lab(
            new_contact="sanne.bakker@studiohendriks.example",
            note="colleague named and copied in Cc",
        ),
        cc="Sanne Bakker <sanne.bakker@studiohendriks.example>",
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Alessandro Greco", "a.greco@grecoautoricambi.example"),
        "2028-01-24 10:15 +0100",
        "gmail",
        T("""
            Buongiorno,
            non mi occupo io dei pagamenti. Scrivete a amministrazione@grecoautoricambi.example, grazie.
            A. Greco
        """),
        lab(new_contact="amministrazione@grecoautoricambi.example"),
    ),
    Reply(
        "wc-it-2",
        "wrong_contact",
        "it",
        ("Valentina Russo", "v.russo@fieradelmare.example"),
        "2028-02-02 15:50 +0100",
        "outlook_html",
        T("""
            Buongiorno,

            da gennaio non lavoro più nell'ufficio acquisti della Fiera del Mare e questa casella verrà chiusa a breve. I fornitori sono seguiti dalla mia collega Giulia Conti: g.conti@fieradelmare.example.

            Grazie e buon lavoro,
            Valentina Russo
        """),
        lab(
            new_contact="g.conti@fieradelmare.example", note="Italian reply to an English reminder"
        ),
        rlang="en",
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Shaun Riley", "shaunriley84@hotmail.co.uk"),
        "2028-01-20 22:41 +0000",
        "iphone",
        "Look I know it's overdue, I'll pay it when I can. But please stop emailing me every other day about it, it's not helping. I'll be in touch when I've got the money.\nShaun",
        lab(note="vague promise plus a stop request: unsubscribe wins"),
    ),
    Reply(
        "un-en-2",
        "unsubscribe",
        "en",
        ("Harriet Okonjo", "h.okonjo@pembertonhale.example"),
        "2028-01-28 16:05 +0000",
        "outlook_html",
        T("""
            Dear Sirs,

            Our client: Fenwick Displays Ltd
            Your ref: CPS/2027/2808

            We act for Fenwick Displays Ltd in connection with the above invoice, which our client disputes.

            Please direct all further correspondence on this matter to this firm, marked for my attention. You should not contact our client directly, whether by email, telephone or otherwise.

            Yours faithfully,

            Harriet Okonjo
            Associate
            Pemberton Hale LLP

            This email is confidential and may be legally privileged. If you have received it in error, please notify the sender and delete it. Pemberton Hale LLP is authorised and regulated by the Solicitors Regulation Authority.
        """),
        lab(
            ("CPS/2027/2808",),
            note="solicitors: correspondence only through them, no direct contact → unsubscribe, which also beats the dispute",
        ),
        inv="CPS/2027/2808",
    ),
    Reply(
        "un-en-3",
        "unsubscribe",
        "en",
        ("Brian Holt", "brian.holt@holtbuilders.example"),
        "2028-02-08 08:03 +0000",
        "iphone",
        "STOP EMAILING ME. IVE TOLD YOUR OFFICE 3 TIMES I DONT DO EMAIL FOR BILLS. SEND IT BY POST LIKE EVERYONE ELSE",
        lab(note="all caps; post only → unsubscribe"),
    ),
    Reply(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Gerhard Pfeiffer", "g.pfeiffer@pfeiffer-immobilien.example"),
        "2028-01-24 11:18 +0100",
        "outlook",
        T("""
            Sehr geehrte Damen und Herren,

            bitte nehmen Sie diese E-Mail-Adresse aus Ihrem Mahnverteiler. Schriftverkehr in Rechnungsangelegenheiten wünschen wir ausschließlich auf dem Postweg an unsere Geschäftsadresse.

            Mit freundlichen Grüßen
            Gerhard Pfeiffer
            Pfeiffer Immobilien e. K.
        """),
        lab(note="post only → unsubscribe"),
        charset="iso-8859-1",
    ),
    Reply(
        "un-de-2",
        "unsubscribe",
        "de",
        ("Stefan Kühn", "stefan.kuehn@gmx.de"),
        "2028-02-01 20:30 +0100",
        "thunderbird",
        T("""
            Sehr geehrte Damen und Herren,

            hiermit widerspreche ich gemäß Art. 21 DSGVO der weiteren Verwendung meiner E-Mail-Adresse für Zahlungserinnerungen und sonstige Mitteilungen Ihres Unternehmens. Bitte bestätigen Sie mir die Löschung aus Ihrem Verteiler.

            Mit freundlichen Grüßen
            Stefan Kühn
        """),
        lab(note="data-protection objection to further e-mail"),
        cte="8bit",
    ),
    Reply(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Claire Dupuis", "claire@dupuis-photo.example"),
        "2028-01-31 18:44 +0100",
        "iphone",
        "ARRÊTEZ de m'envoyer ces mails svp, c'est la troisième fois. Je n'ai rien à voir avec cette facture, supprimez mon adresse.\nClaire Dupuis",
        lab(note="stop request plus 'nothing to do with it': unsubscribe beats wrong_contact"),
    ),
    Reply(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Alberto Quintana", "aquintana@quintanamotor.example"),
        "2028-01-19 13:33 +0100",
        "outlook",
        T("""
            Buenas tardes:

            Les ruego que dejen de escribirme a esta dirección. Este asunto lo lleva ya nuestro abogado y cualquier comunicación deberá hacerse por burofax a nuestro domicilio social.

            Atentamente,
            Alberto Quintana
            Quintana Motor, S.L.
        """),
        lab(note="stop e-mailing, lawyer and registered post only → unsubscribe"),
    ),
    Reply(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Rocío Herrera", "rocio@heladeriarocio.example"),
        "2028-02-04 20:10 +0100",
        "gmail",
        "Ya está pagado desde hace dos semanas!! Dejad de mandar recordatorios ya, por favor, que esto es muy pesado.\nRocío",
        lab(note="stop request plus a payment claim: unsubscribe wins"),
    ),
    Reply(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("Fleur", "info@kapsalonfleur.example"),
        "2028-01-27 09:02 +0100",
        "thunderbird",
        "Afmelden",
        lab(note="one word"),
    ),
    Reply(
        "un-nl-2",
        "unsubscribe",
        "nl",
        ("mr. J.W. van Leeuwen", "jw.vanleeuwen@vanleeuwen-notariaat.example"),
        "2028-02-09 14:20 +0100",
        "outlook_html",
        T("""
            Geachte heer/mevrouw,

            Naar aanleiding van uw e-mail deel ik u mede dat ons kantoor uitsluitend schriftelijk per post correspondeert over openstaande posten. Ik verzoek u dan ook geen herinneringen meer naar dit e-mailadres te zenden.

            Hoogachtend,

            mr. J.W. van Leeuwen
            Van Leeuwen Notariaat
        """),
        lab(note="very formal; post only → unsubscribe"),
    ),
    Reply(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Davide Colombo", "d.colombo@colombo-arredi.example"),
        "2028-01-26 17:25 +0100",
        "outlook",
        T("""
            Buonasera,

            vi invito a non scrivere più a questo indirizzo. Per qualsiasi questione relativa a questa fattura dovete rivolgervi al nostro legale, avv. Marta Serra, che vi contatterà a breve.

            Distinti saluti
            Davide Colombo
        """),
        lab(note="'talk to our lawyer', no address → unsubscribe"),
        charset="windows-1252",
    ),
    Reply(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Sara Lombardi", "sara.lombardi@lombardifiori.example"),
        "2028-02-07 12:40 +0100",
        "android",
        "Cancellatemi dalla vostra mailing list, grazie",
        lab(note="remove-me request"),
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-1",
        "auto_reply",
        "en",
        ("James Whitfield", "james.whitfield@whitfieldpartners.example"),
        "2028-01-19 09:06 +0000",
        "none",
        T("""
            Thank you for your message. I am out of the office until Friday 28 January with limited access to email.

            If your query is urgent, please call the office on 0113 496 0552 and one of my colleagues will help.

            Best regards,
            James Whitfield
        """),
        lab(return_date="2028-01-28", note="'until X' → X itself"),
        subject="Automatic reply: {rsub}",
        headers=(AUTO, XARS),
        days_before=0,
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        "en",
        ("Meridian Supplier Support", "supplier.support@meridianstores.example"),
        "2028-02-01 09:07 +0000",
        "none",
        T("""
            Hello,

            This is an automated acknowledgement. Your email has been logged with our Accounts Payable team under reference AP-558213. Please keep this reference in the subject line of any further correspondence about this query.

            We aim to respond to supplier queries within five working days. Payment status can also be checked at any time on the Meridian Supplier Portal.

            Meridian Stores – AP Shared Service Centre
        """),
        lab(note="ticket acknowledgement carrying only X-Autoreply"),
        subject="[AP-558213] Re: {rsub}",
        headers=(XAUTO,),
        days_before=0,
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        "en",
        ("Paper & Pine", "hello@paperandpine.example"),
        "2028-02-03 09:05 +0000",
        "none",
        T("""
            Hi there, thanks for getting in touch!

            We're closed for our annual stocktake and a little winter break. The shop and this inbox reopen on Tuesday 8 February, and we'll reply to everyone as soon as we can after that.

            Paper & Pine x
        """),
        lab(return_date="2028-02-08", note="shop autoresponder with only Precedence: bulk"),
        subject="Thanks for your email",
        headers=(("Precedence", "bulk"),),
        days_before=0,
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Ulrike Brandstätter", "u.brandstaetter@brandstaetter-catering.example"),
        "2028-01-24 10:05 +0100",
        "none",
        T("""
            Vielen Dank für Ihre Nachricht.

            Ich bin bis einschließlich 28.01.2028 nicht im Büro und ab Montag, 31.01.2028, wieder für Sie erreichbar. Ihre E-Mail wird nicht weitergeleitet.

            In dringenden Fällen wenden Sie sich bitte an unser Sekretariat unter 0711 12345-0.

            Mit freundlichen Grüßen
            Ulrike Brandstätter
        """),
        lab(
            return_date="2028-01-31",
            note="'ab Montag, 31.01.' wins over 'bis einschließlich 28.01.'",
        ),
        subject="Abwesenheitsnotiz: {rsub}",
        headers=(AUTO,),
        days_before=0,
    ),
    Reply(
        "ar-de-2",
        "auto_reply",
        "de",
        ("Nordlicht Design GmbH", "info@nordlicht-design.example"),
        "2028-02-01 10:06 +0100",
        "none",
        T("""
            Guten Tag,

            unser Team ist vom 1. bis 4. Februar auf der Messe in Frankfurt. In dieser Zeit sind wir nur eingeschränkt erreichbar und beantworten Ihre Nachricht so bald wie möglich.

            Ihr Team von Nordlicht Design
        """),
        lab(
            return_date="2028-02-04",
            note="'vom 1. bis 4. Februar' with no day back named: the end of the stated absence",
        ),
        subject="Automatische Antwort: {rsub}",
        charset="iso-8859-1",
        headers=(AUTO,),
        days_before=0,
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Sophie Arnaud", "s.arnaud@arnaud-fils.example"),
        "2028-01-25 10:04 +0100",
        "none",
        T("""
            Bonjour,

            Je suis absente du 24 janvier au 4 février inclus. Je prendrai connaissance de votre message à mon retour, le lundi 7 février.

            Pour toute urgence, vous pouvez joindre l'accueil au 04 65 71 23 45.

            Cordialement,
            Sophie Arnaud
        """),
        lab(return_date="2028-02-07", note="the stated day back wins over the end of the absence"),
        subject="Réponse automatique : {rsub}",
        headers=(AUTO, XARS),
        days_before=0,
    ),
    Reply(
        "ar-fr-2",
        "auto_reply",
        "fr",
        (
            "Groupe Hexa Distribution – Service fournisseurs",
            "fournisseurs@hexa-distribution.example",
        ),
        "2028-02-08 10:05 +0100",
        "none",
        T("""
            Madame, Monsieur,

            Nous accusons réception de votre message, enregistré sous le numéro 2028-004417.

            Notre service fournisseurs le traitera dans un délai de cinq jours ouvrés. Merci de rappeler ce numéro dans vos prochains échanges.

            Ceci est un message automatique, merci de ne pas y répondre.

            Groupe Hexa Distribution – Centre de services partagés
        """),
        lab(note="ticket acknowledgement, no date"),
        subject="Accusé de réception – demande n° 2028-004417",
        headers=(AUTO_GEN,),
        days_before=0,
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Marta Beltrán", "mbeltran@beltran-eventos.example"),
        "2028-02-09 10:07 +0100",
        "none",
        T("""
            Hola,

            Estaré fuera de la oficina hasta el 14 de febrero, sin acceso al correo. Para temas de facturación podéis escribir a mi compañera Ana (ana@beltran-eventos.example).

            Gracias,
            Marta Beltrán
        """),
        lab(
            return_date="2028-02-14",
            note="'hasta X' → X itself; a colleague's address in an auto-reply does not set new_contact; only X-Autoreply",
        ),
        subject="Fuera de la oficina: {rsub}",
        headers=(XAUTO,),
        days_before=0,
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Niels Dekker", "niels@dekkerschilders.example"),
        "2028-02-01 10:05 +0100",
        "none",
        T("""
            Hallo,

            Ik ben op wintersport en vanaf maandag 7 februari weer op kantoor. Je mail wordt niet doorgestuurd, maar ik kom er na mijn vakantie zo snel mogelijk op terug.

            Groet,
            Niels Dekker
        """),
        lab(return_date="2028-02-07"),
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO,),
        days_before=0,
    ),
    Reply(
        "ar-nl-2",
        "auto_reply",
        "nl",
        ("Gemeente Zeeveld", "info@zeeveld.example"),
        "2028-01-20 10:06 +0100",
        "none",
        T("""
            Geachte afzender,

            Wij hebben uw e-mail in goede orde ontvangen. U ontvangt binnen tien werkdagen een inhoudelijke reactie.

            Heeft uw bericht betrekking op een factuur, vermeld dan altijd het inkoopordernummer van de gemeente.

            Met vriendelijke groet,
            Gemeente Zeeveld
            Klantcontactcentrum
        """),
        lab(
            note="receipt acknowledgement from a municipality, no date; only Precedence: auto_reply"
        ),
        subject="Ontvangstbevestiging: {rsub}",
        headers=(("Precedence", "auto_reply"),),
        days_before=0,
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Elena Marchi", "e.marchi@marchiottica.example"),
        "2028-01-18 10:05 +0100",
        "none",
        T("""
            Buongiorno,

            sarò assente dal 17 al 21 gennaio compresi, con accesso limitato alla posta. Rientrerò in ufficio lunedì 24 gennaio.

            Cordiali saluti
            Elena Marchi
        """),
        lab(return_date="2028-01-24", note="the stated day back wins"),
        subject="Risposta automatica: {rsub}",
        headers=(AUTO,),
        days_before=0,
    ),
    Reply(
        "ar-it-2",
        "auto_reply",
        "it",
        ("Ferramenta Bassi", "amministrazione@ferramentabassi.example"),
        "2028-02-04 10:06 +0100",
        "none",
        T("""
            Gentile cliente/fornitore,

            l'ufficio amministrativo è chiuso per inventario fino al 9 febbraio. Le e-mail ricevute verranno lette alla riapertura.

            Ferramenta Bassi s.n.c.
        """),
        lab(
            return_date="2028-02-09",
            note="'fino al X' → X itself; no auto-reply header at all, only the subject says so",
        ),
        subject="Risposta automatica: {rsub}",
        charset="windows-1252",
        days_before=0,
    ),
]

OTHER = [
    Reply(
        "ot-en-1",
        "other",
        "en",
        ("Nick Bramley", "nick@bramleyandsons.example"),
        "2028-01-17 12:02 +0000",
        "gmail",
        T("""
            Did we not pay this already?? I'm sure Tom sorted all the Copperline ones before Christmas. Can you double check your end before I go digging.

            Nick
        """),
        lab(note="a question, not a payment claim; a person must check the ledger"),
    ),
    Reply(
        "ot-en-2",
        "other",
        "en",
        ("Liam Foster", "liam@fosterfitness.example"),
        "2028-01-27 19:26 +0000",
        "iphone",
        T("""
            Hi – I'm off this week so not at my desk, but saw this come in. No idea on this one to be honest, I'll ask Gemma when I'm back on Monday.

            Liam
        """),
        lab(
            note="a person who typed 'Out of office' as the subject: not an auto-reply; no commitment and no new contact"
        ),
        subject="Out of office",
    ),
    Reply(
        "ot-en-3",
        "other",
        "en",
        ("Sophie van Rijn", "sophie@brandlab-amsterdam.example"),
        "2028-02-03 11:45 +0100",
        "outlook_html",
        T("""
            Hi,

            Thanks, noted – I've passed this on to our finance team.

            While I have you: could you quote us for another eight of the pull-up banners for the March trade show? Same artwork as last time, but we'll need them by the 28th of February at the latest.

            Best,
            Sophie van Rijn
            Producer, BrandLab Amsterdam
        """),
        lab(
            note="acknowledgement plus a sales enquiry; English reply to a Dutch reminder; the date is a delivery deadline"
        ),
        rlang="nl",
        headers=(XARS,),
    ),
    Reply(
        "ot-de-1",
        "other",
        "de",
        ("Nicole Becker", "n.becker@becker-optik.example"),
        "2028-01-18 08:40 +0100",
        "apple",
        T("""
            Guten Morgen,

            danke, ist angekommen. Ich gebe das an Herrn Öztürk weiter, der kümmert sich bei uns um die Lieferantenrechnungen.

            Schönen Tag noch
            Nicole Becker
        """),
        lab(
            note="acknowledgement; passing it on internally without an address is not wrong_contact"
        ),
    ),
    Reply(
        "ot-de-2",
        "other",
        "de",
        ("Kai Schröder", "kai@schroeder-sport.example"),
        "2028-02-07 16:12 +0100",
        "gmail",
        T("""
            Hallo,

            können Sie mir sagen, wann die Schaufensteraufkleber für die Filiale in Bremen kommen? Die waren für letzte Woche angekündigt.

            Die Rechnung schaue ich mir morgen an.

            Gruß Kai Schröder
        """),
        lab(note="order question; 'I'll look at the invoice tomorrow' is no commitment to pay"),
    ),
    Reply(
        "ot-fr-1",
        "other",
        "fr",
        ("Julie Le Goff", "julie@creperie-ker-avel.example"),
        "2028-02-04 12:20 +0100",
        "iphone",
        "Noté 👍 je regarde ça avec le comptable lundi",
        lab(note="acknowledgement; looking at it with the accountant is no commitment"),
    ),
    Reply(
        "ot-fr-2",
        "other",
        "fr",
        ("Pascal Morel", "p.morel@hotel-du-lac-annecy.example"),
        "2028-01-28 10:30 +0100",
        "html_only",
        T("""
            Bonjour,

            Merci pour le rappel, je transmets à notre comptable.

            Au passage, l'enseigne lumineuse que vous avez posée en décembre clignote depuis deux jours, surtout le soir. Est-ce que quelqu'un pourrait passer y jeter un œil cette semaine ? C'est sous garantie, je suppose.

            Bien cordialement,
            Pascal Morel
            Directeur – Hôtel du Lac
        """),
        lab(
            note="service request about a fitted sign; the invoice is not contested and nothing is promised; HTML-only"
        ),
    ),
    Reply(
        "ot-es-1",
        "other",
        "es",
        ("Paco Jiménez", "paco@lacasadelbocadillo.example"),
        "2028-01-25 21:50 +0100",
        "gmail_plain",
        T("""
            Hola buenas,

            Perdona que conteste tan tarde. Estamos liadísimos con la apertura del segundo local en Ruzafa, que al final abrimos el 10 de febrero si no se tuercen las cosas con la licencia. Por cierto, para ese local vamos a necesitar el rótulo de fachada igual que el del primero pero un poco más pequeño, y vinilos para las cristaleras. ¿Me podéis pasar presupuesto?

            Lo de la factura lo miro con mi socio esta semana.

            Un abrazo,
            Paco
        """),
        lab(
            note="long message about a new order; 'I'll look at the invoice with my partner' is no commitment; the date is an opening"
        ),
    ),
    Reply(
        "ot-es-2",
        "other",
        "es",
        ("Jorge Molina", "jorge@molinataller.example"),
        "2028-02-10 09:40 +0100",
        "android",
        "Vale.",
        lab(note="one-word acknowledgement, not a payment claim"),
    ),
    Reply(
        "ot-nl-1",
        "other",
        "nl",
        ("Annemieke Bos", "annemieke@bos-bakkerij.example"),
        "2028-01-21 14:05 +0100",
        "iphone",
        "Hebben wij deze niet al betaald? Volgens mij wel maar ik kan het zo snel niet terugvinden in de bank. Kunnen jullie even kijken?\nAnnemieke",
        lab(note="a question, not a payment claim"),
    ),
    Reply(
        "ot-nl-2",
        "other",
        "nl",
        ("Hans Willems", "hans@willemsbouwmarkt.example"),
        "2028-02-03 17:20 +0100",
        "outlook",
        T("""
            Goedemiddag,

            Per 1 februari is onze zaak overgenomen door Bouwcenter Oost. Ik weet nog niet of zij de openstaande facturen van vóór de overname ook overnemen; dat zoekt de notaris uit. Ik bel jullie maandag even om het door te nemen.

            Met vriendelijke groet,
            Hans Willems
        """),
        lab(
            note="business taken over; the writer is still the contact and commits to nothing but a call"
        ),
        charset="windows-1252",
    ),
    Reply(
        "ot-it-1",
        "other",
        "it",
        ("Martina Ferri", "m.ferri@ferri-moda.example"),
        "2028-01-28 11:20 +0100",
        "gmail",
        T("""
            Buongiorno,

            ricevuto, grazie, lo passo alla nostra commercialista.

            Già che ci sono: ci potreste fare un preventivo per le vetrofanie dei saldi estivi? Tre vetrine, stesse misure dell'anno scorso.

            Grazie
            Martina Ferri
            Ferri Moda – Bergamo
        """),
        lab(note="acknowledgement plus a quote request"),
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
# Text helpers for the client layouts
# --------------------------------------------------------------------------------------------


def quote_lines(text: str) -> str:
    """'>' quoting as Gmail, Apple Mail and Thunderbird write it."""
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def html_lines(text: str) -> str:
    """Lines joined with <br>."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    """Blank-line separated paragraphs as <p> elements."""
    return "\n".join(f"<p>{html_lines(p)}</p>" for p in text.split("\n\n"))


def mso_paragraphs(text: str) -> str:
    """Lines as Word's MsoNormal paragraphs."""
    out = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False).replace("  ", " &nbsp;") if line else "&nbsp;"
        out.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(out)


def flowed(text: str, width: int = 72) -> str:
    """RFC 3676 format=flowed: soft breaks end in a space, quoted lines keep their '>' depth."""
    out: list[str] = []
    for line in text.split("\n"):
        if line == "-- ":
            out.append(line)
            continue
        match = re.match(r"(>+) ?", line)
        if match:
            prefix = match.group(1) + " "
            content = line[match.end() :].rstrip(" ")
            if not content:
                out.append(match.group(1))
                continue
        else:
            prefix, content = "", line.rstrip(" ")
        room = max(width - len(prefix), 20)
        chunks: list[str] = []
        while len(content) > room:
            cut = content.rfind(" ", 0, room)
            if cut <= 0:
                cut = content.find(" ", room)
                if cut == -1:
                    break
            chunks.append(content[: cut + 1])
            content = content[cut + 1 :]
        chunks.append(content)
        for chunk in chunks:
            if not prefix and chunk.startswith((" ", ">", "From ")):
                chunk = " " + chunk
            out.append(prefix + chunk)
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# MIME parts and headers
# --------------------------------------------------------------------------------------------


def body_charset(name: str, cte: str) -> cs.Charset:
    """A Charset that uses the transfer encoding the client would choose."""
    charset = cs.Charset(name)
    # None means 7bit/8bit (no transfer encoding); typeshed types body_encoding as int only.
    charset.body_encoding = {"qp": cs.QP, "b64": cs.BASE64, "8bit": None, "7bit": None}[cte]  # type: ignore[assignment]
    return charset


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """One text/* part; raises if the hand-written text does not fit the charset."""
    text.encode(charset)
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, body_charset(charset, cte))
    return part


def header_text(value: str, charset: str, name: str = "Subject") -> str:
    """A header value as a client encodes it (RFC 2047 when it is not ASCII)."""
    if value.isascii():
        return value
    enc = charset if charset in {"iso-8859-1", "windows-1252"} else "utf-8"
    try:
        value.encode(enc)
    except UnicodeEncodeError:
        enc = "utf-8"
    return Header(value, enc, header_name=name).encode()


def address(name: str, addr: str, charset: str = "utf-8") -> str:
    """A From/To/Cc value with the display name encoded when needed."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{header_text(name, charset, 'From')} <{addr}>"


def content_headers_last(msg: Message) -> None:
    """Move the MIME headers below the envelope headers, where clients put them."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "MIME-Version" not in msg and "Content-Type" in msg:
        msg["MIME-Version"] = "1.0"


def strip_part_versions(part: Message, root: bool = True) -> None:
    """Only the top of a message (or of an enclosed message) carries MIME-Version."""
    if not root:
        del part["MIME-Version"]
    if part.is_multipart():
        for sub in part.get_payload():
            if isinstance(sub, Message):
                strip_part_versions(sub, root=part.get_content_type() == "message/rfc822")


BOUNDARY_STYLE = {
    "gmail": ("000000000000", 14, "hex"),
    "apple": ("Apple-Mail=_", 36, "uuid"),
    "bounce": ("", 24, "b32"),
}


def boundary(key: str, n: int, style: str) -> str:
    """A deterministic boundary shaped like the client's own."""
    prefix, length, kind = BOUNDARY_STYLE.get(style, ("_000_", 40, "b32"))
    if style in OUTLOOK_FAMILY or style == "fresh_html":
        return f"_00{n}_{b32(key, f'boundary{n}', 32)}_"
    if kind == "hex":
        return prefix + digest(key, f"boundary{n}").hex()[:length]
    if kind == "uuid":
        h = digest(key, f"boundary{n}").hex().upper()
        return f"{prefix}{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
    return f"{number(key, 'mta', 10**9):09d}/{b32(key, f'boundary{n}', length)}"


def finalize(msg: Message, key: str, style: str) -> Message:
    """Header order, MIME-Version placement and boundaries."""
    content_headers_last(msg)
    strip_part_versions(msg)
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        part.set_boundary(boundary(key, n, style))
    return msg


# --------------------------------------------------------------------------------------------
# The quoted reminder
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quote:
    """The reminder as the replying client shows it."""

    text: str
    subject: str
    sent: datetime
    loc: str
    to: str


def reminder_time(key: str, reply: datetime, days_before: int) -> datetime:
    """The reminder left Copperline on a working day at nine-ish, UK time."""
    day = reply.astimezone(UTC).date() - timedelta(days=days_before)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return datetime(day.year, day.month, day.day, 9, number(key, "minute", 4), 11, tzinfo=UTC)


def reminder_subject(lang: str, inv: str) -> str:
    """The reminder's subject line."""
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_text(lang: str, inv: str, amount: str, currency: str) -> str:
    """The reminder's body."""
    issued, due = invoice_dates(inv)
    return T(REMINDER_BODY[lang]).format(
        inv=inv,
        issued=day_text(issued, lang),
        due=day_text(due, lang),
        amt=money(amount, currency, lang),
    )


def reminder_msgid(key: str) -> str:
    """Message-ID of the reminder a message answers."""
    return f"<reminder.{b32(key, 'reminder', 16).lower()}@{AR_DOMAIN}>"


def make_quote(r: Reply) -> Quote:
    """The reminder being answered, in the reply's charset and time zone."""
    sent = reminder_time(r.key, r.dt, r.days_before)
    issued, due = invoice_dates(r.invoice)
    if not due < sent.date():
        raise SystemExit(f"{r.key}: reminder on {sent.date()} but {r.invoice} is due {due}")
    if not sent < r.dt:
        raise SystemExit(f"{r.key}: reply before the reminder")
    text = reminder_text(r.reminder_lang, r.invoice, r.invoice_amount, r.currency)
    subject = reminder_subject(r.reminder_lang, r.invoice)
    name = r.who[0]
    to = formataddr((name, r.who[1])) if name.isascii() else f"{name} <{r.who[1]}>"
    return Quote(
        fits(text, r.charset),
        fits(subject, r.charset),
        sent.astimezone(r.dt.tzinfo),
        r.lang,
        fits(to, r.charset),
    )


# --------------------------------------------------------------------------------------------
# Client layouts: what each client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


def outlook_block(q: Quote) -> list[str]:
    """From/Sent/To/(Cc)/Subject lines of Outlook's reply header."""
    _, frm, sent, to, subj, sep = OUTLOOK_LABELS[q.loc]
    return [
        f"{frm}{sep}{AR_NAME} <{AR_ADDR}>",
        f"{sent}{sep}{fmt(OUTLOOK_SENT[q.loc], q.loc, q.sent)}",
        f"{to}{sep}{q.to}",
        f"{subj}{sep}{q.subject}",
    ]


def gmail_attr(q: Quote) -> str:
    """Gmail's attribution line."""
    return fmt(GMAIL_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def apple_attr(q: Quote) -> str:
    """Apple Mail's attribution line."""
    return fmt(APPLE_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def alternative(r: Reply, text: str, markup: str) -> Message:
    """multipart/alternative with a plain and an HTML part."""
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(text, "plain", r.charset, r.cte))
    outer.attach(text_part(markup, "html", r.charset, r.cte))
    return outer


def word_html(r: Reply, q: Quote) -> str:
    """Outlook desktop's Word HTML, with the grey divider above the quoted header."""
    labels = OUTLOOK_LABELS[q.loc]
    sep = labels[5]
    head = "<br>\n".join(
        f"<b>{html.escape(line.split(sep, 1)[0])}{html.escape(sep.rstrip())}</b> {html.escape(line.split(sep, 1)[1])}"
        for line in outlook_block(q)
    )
    lang = CONTENT_LANGUAGE[r.lang].upper()
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}\n'
        "@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n"
        f'<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{mso_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso_paragraphs(q.text)}\n</div>\n</body>\n</html>\n"
    )


def style_outlook(r: Reply, q: Quote) -> Message:
    """Outlook desktop, plain text, with the localised original-message separator."""
    block = "\n".join([OUTLOOK_LABELS[q.loc][0], *outlook_block(q)])
    return text_part(f"{r.body}\n\n{block}\n\n{q.text}\n", "plain", r.charset, r.cte)


def style_outlook_html(r: Reply, q: Quote) -> Message:
    """Outlook desktop HTML as multipart/alternative."""
    text = "\n".join([r.body, "", *outlook_block(q), "", q.text, ""])
    return alternative(r, text, word_html(r, q))


def style_html_only(r: Reply, q: Quote) -> Message:
    """Outlook HTML sent without a plain-text alternative."""
    return text_part(word_html(r, q), "html", r.charset, r.cte)


def style_android(r: Reply, q: Quote) -> Message:
    """Outlook for Android: plain text in base64, signature, rule and header block."""
    block = "\n".join(outlook_block(q))
    text = f"{r.body}\n\n{ANDROID_SIG[q.loc]}\n{'_' * 32}\n{block}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def style_gmail(r: Reply, q: Quote) -> Message:
    """Gmail's multipart/alternative with the gmail_quote block."""
    attr = gmail_attr(q)
    text = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_lines(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )
    return alternative(r, text, markup)


def style_gmail_plain(r: Reply, q: Quote) -> Message:
    """Gmail in plain-text mode: '>' quoting."""
    return text_part(
        f"{r.body}\n\n{gmail_attr(q)}\n\n{quote_lines(q.text)}\n", "plain", r.charset, r.cte
    )


def style_apple(r: Reply, q: Quote) -> Message:
    """Apple Mail on a Mac, plain text."""
    return text_part(
        f"{r.body}\n\n{apple_attr(q)}\n\n{quote_lines(q.text)}\n", "plain", r.charset, r.cte
    )


def style_iphone(r: Reply, q: Quote) -> Message:
    """iPhone Mail: the localised signature, then the quoted reminder with its attribution."""
    quoted = quote_lines(f"{apple_attr(q)}\n\n{q.text}")
    return text_part(f"{r.body}\n\n{IPHONE_SIG[q.loc]}\n\n{quoted}\n", "plain", r.charset, r.cte)


def style_thunderbird(r: Reply, q: Quote) -> Message:
    """Thunderbird: attribution, '>' quoting, format=flowed."""
    attr = fmt(THUNDERBIRD_ATTR[q.loc], q.loc, q.sent, name=AR_NAME)
    part = text_part(
        flowed(f"{r.body}\n\n{attr}\n{quote_lines(q.text)}\n"), "plain", r.charset, r.cte
    )
    part.set_param("format", "flowed")
    return part


def style_none(r: Reply, q: Quote) -> Message:
    """Automatic notices that quote nothing."""
    del q
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


def style_fresh_html(r: Reply, q: Quote) -> Message:
    """A new HTML-only message (not a reply), as a webmail sends it."""
    del q
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        f'<body><div style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">{html_paragraphs(r.body)}</div></body></html>\n'
    )
    return text_part(markup, "html", r.charset, r.cte)


STYLES: dict[str, Callable[[Reply, Quote], Message]] = {
    "outlook": style_outlook,
    "outlook_html": style_outlook_html,
    "html_only": style_html_only,
    "android": style_android,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "apple": style_apple,
    "iphone": style_iphone,
    "thunderbird": style_thunderbird,
    "none": style_none,
    "fresh_html": style_fresh_html,
}
OUTLOOK_FAMILY = {"outlook", "outlook_html", "html_only", "android"}
STYLE_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3864.400.21)"),),
    "iphone": (("X-Mailer", "iPhone Mail (23C71)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird 140.6.0esr"),),
    "android": (("X-Mailer", "Outlook for Android"),),
}


def reply_msgid(r: Reply) -> str:
    """A Message-ID shaped like the client's own, derived from the key."""
    raw = digest(r.key, "msgid")
    domain = r.who[1].split("@")[1]
    if r.style in {"gmail", "gmail_plain"}:
        return f"<CA{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:44]}@mail.gmail.com>"
    if r.style in OUTLOOK_FAMILY or r.style == "fresh_html":
        return f"<{b32(r.key, 'ms', 20)}@{b32(r.key, 'host', 8)}.eurprd0{raw[0] % 9 + 1}.prod.outlook.com>"
    if r.style in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{raw.hex()[:32]}@{domain}>"


def reply_subject(r: Reply, q: Quote) -> str:
    """The Subject the client writes."""
    if r.subject:
        return r.subject.format(rsub=q.subject)
    return (OUTLOOK_RE[q.loc] if r.style in OUTLOOK_FAMILY else "Re: ") + q.subject


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    """The headers Exchange adds to messages from Outlook clients."""
    index = base64.b64encode(digest(r.key, "thread")[:22]).decode()
    return [
        ("Thread-Topic", header_text(q.subject, r.charset, "Thread-Topic")),
        ("Thread-Index", index),
        ("Accept-Language", f"{CONTENT_LANGUAGE[r.lang]}, en-US"),
        ("Content-Language", CONTENT_LANGUAGE[r.lang]),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def build_reply(r: Reply) -> Message:
    """Wrap one hand-written message the way its client would send it."""
    q = make_quote(r)
    msg = STYLES[r.style](r, q)
    msg["From"] = address(*r.who, r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    if r.cc:
        name, addr = parseaddr(r.cc)
        msg["Cc"] = address(name, addr, r.charset)
    msg["Subject"] = header_text(reply_subject(r, q), r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r)
    if r.threaded:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    extra = outlook_headers(r, q) if r.style in OUTLOOK_FAMILY and r.threaded else []
    for name, value in [*extra, *STYLE_HEADERS.get(r.style, ()), *r.headers]:
        msg[name] = value
    return finalize(msg, r.key, r.style)


# --------------------------------------------------------------------------------------------
# Bounces: machine skeletons, hand-written human-readable parts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bounce:
    """A delivery report about a reminder sent to ``rcpt`` (the reminder was in ``rlang``)."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    rlang: str
    inv: str
    amount: str
    note: str | None = None
    lag: int = 4

    @property
    def dt(self) -> datetime:
        """The report's Date."""
        return parse_when(self.when)

    @property
    def currency(self) -> str:
        """The reminder's currency."""
        return "GBP" if self.rlang == "en" and self.dt.utcoffset() == timedelta(0) else "EUR"

    @property
    def sent(self) -> datetime:
        """When the reminder left Copperline."""
        return (
            self.dt - timedelta(minutes=self.lag, seconds=17 + number(self.key, "lag", 40))
        ).astimezone(UTC)

    def subject(self) -> str:
        """The reminder's subject."""
        return reminder_subject(self.rlang, self.inv)

    def reminder(self) -> Message:
        """The reminder as Copperline sent it."""
        text = reminder_text(self.rlang, self.inv, self.amount, self.currency)
        msg = text_part(text + "\n", "plain", "utf-8", "qp")
        msg["From"] = formataddr((AR_NAME, AR_ADDR))
        msg["To"] = self.rcpt
        msg["Subject"] = header_text(self.subject(), "utf-8")
        msg["Date"] = format_datetime(self.sent)
        msg["Message-ID"] = reminder_msgid(self.key)
        content_headers_last(msg)
        return msg

    def reminder_headers(self) -> str:
        """The reminder's header block, as returned in text/rfc822-headers."""
        rem = self.reminder()
        lines = [
            f"Received: from app1.copperline-print.example (app1.copperline-print.example [203.0.113.25])\n"
            f"\tby mail.copperline-print.example (Postfix) with ESMTPS id {b32(self.key, 'qid', 11)}\n"
            f"\tfor <{self.rcpt}>; {format_datetime(self.sent)}",
        ]
        lines += [f"{k}: {v}" for k, v in rem.items()]
        return "\n".join(lines) + "\n"


def delivery_status(b: Bounce, mta: str, action: str, diagnostic: str, remote: str = "") -> Message:
    """An RFC 3464 message/delivery-status part."""
    per_message = f"Reporting-MTA: dns; {mta}\nArrival-Date: {format_datetime(b.sent)}\n"
    fields = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if action == "delayed":
        fields.append(f"Will-Retry-Until: {format_datetime(b.dt + timedelta(days=3))}")
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload(
        [message_from_bytes(block.encode()) for block in (per_message, "\n".join(fields) + "\n")]
    )
    return part


def returned_headers(b: Bounce) -> Message:
    """text/rfc822-headers with the reminder's header block."""
    return text_part(b.reminder_headers(), "rfc822-headers", "us-ascii", "7bit")


def report(parts: list[Message]) -> Message:
    """multipart/report; report-type=delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def human_alternative(text: str, charset: str) -> Message:
    """Plain and HTML renderings of a notice's human-readable text."""
    paragraphs = "".join(f"<p>{html_lines(p)}</p>" for p in text.split("\n\n"))
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>'
        f'<body style="font-family:Segoe UI,Arial,sans-serif;font-size:11pt">{paragraphs}</body></html>\n'
    )
    alt = MIMEMultipart("alternative")
    alt.attach(text_part(text + "\n", "plain", charset, "qp"))
    alt.attach(text_part(markup, "html", charset, "qp"))
    return alt


def finish(b: Bounce, msg: Message, sender: str, subject: str, charset: str = "utf-8") -> Message:
    """Envelope headers of a report."""
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_text(subject, charset)
    msg["Date"] = format_datetime(b.dt)
    host = parseaddr(sender)[1].split("@")[1]
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 26).lower()}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    return finalize(msg, b.key, "bounce")


def rcpt_domain(b: Bounce) -> str:
    """The recipient's domain."""
    return b.rcpt.split("@")[1]


def bounce_qmail(b: Bounce) -> Message:
    """qmail: plain text, no MIME, the whole message copied below a rule."""
    host = f"mail.{rcpt_domain(b)}"
    text = (
        f"Hi. This is the qmail-send program at {host}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "Sorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n" + b.reminder().as_string()
    )
    msg = Message()
    msg.set_payload(text)
    return finish(b, msg, f"MAILER-DAEMON@{host}", "failure notice")


def bounce_gmail_domain(b: Bounce) -> Message:
    """Gmail: the recipient's domain no longer exists."""
    domain = rcpt_domain(b)
    human = human_alternative(
        "** Address not found **\n\n"
        f"Your message wasn't delivered to {b.rcpt} because the domain {domain} couldn't be found. Check for typos or unnecessary spaces and try again.\n\n"
        "The response was:\n\n"
        f"DNS Error: DNS type 'mx' lookup of {domain} responded with code NXDOMAIN Domain name not found: {domain}",
        "utf-8",
    )
    diag = f"DNS Error: DNS type 'mx' lookup of {domain} responded with code NXDOMAIN"
    msg = report([human, delivery_status(b, "mx.google.com", "failed", diag), returned_headers(b)])
    msg["X-Failed-Recipients"] = b.rcpt
    return finish(
        b,
        msg,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
    )


def bounce_exim_full(b: Bounce) -> Message:
    """Exim after accepting: local delivery failed because the mailbox is over quota."""
    host = f"mx.{rcpt_domain(b)}"
    text = (
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        f"  {b.rcpt}\n"
        "    mailbox is full (MTA-imposed quota exceeded while writing to mailbox)\n"
        "    552 5.2.2 Mailbox quota exceeded\n\n"
        "------ This is a copy of the message, including all the headers. ------\n\n"
        f"Return-path: <{AR_ADDR}>\n" + b.reminder().as_string()
    )
    msg = Message()
    msg.set_payload(text)
    msg["X-Failed-Recipients"] = b.rcpt
    return finish(
        b,
        msg,
        f"Mail Delivery System <Mailer-Daemon@{host}>",
        "Mail delivery failed: returning message to sender",
    )


def exchange_report(
    b: Bounce, human_text: str, charset: str, action: str, diag: str, server: str
) -> Message:
    """An Exchange Online report: HTML and plain human part, status, returned headers."""
    parts = [
        human_alternative(human_text, charset),
        delivery_status(b, server, action, diag),
        returned_headers(b),
    ]
    return report(parts)


def bounce_exchange_de_delay(b: Bounce) -> Message:
    """Exchange Online in German: delivery delayed."""
    server = "FR4P281MB3390.DEUP281.PROD.OUTLOOK.example"
    diag = "451 4.4.7 Message delayed; the destination server did not respond"
    text = (
        f"Die Zustellung an diese Empfänger oder Gruppen verzögert sich:\n\n{b.rcpt}\n\n"
        f"Betreff: {b.subject()}\n\n"
        "Diese Nachricht wurde noch nicht zugestellt. Es wird weiterhin versucht, sie zuzustellen.\n\n"
        "Der Server versucht noch 1 Tag und 19 Stunden lang, die Nachricht zuzustellen. Falls sie bis dahin nicht zugestellt werden kann, erhalten Sie eine weitere Benachrichtigung. Sie müssen die Nachricht nicht erneut senden.\n\n"
        "Diagnoseinformationen für Administratoren:\n\n"
        f"Generierender Server: {server}\n\n"
        f"Empfänger: {b.rcpt}\nLetzter Fehler: '{diag}'"
    )
    msg = exchange_report(b, text, "utf-8", "delayed", diag, server)
    return finish(
        b,
        msg,
        f"Microsoft Outlook <postmaster@{rcpt_domain(b)}>",
        f"Zustellung verzögert: {b.subject()}",
    )


def bounce_provider_de(b: Bounce) -> Message:
    """A German provider's own notice, single-part Latin-1, with the returned headers inline."""
    rem = b.reminder()
    text = (
        "Hallo,\n\n"
        "dies ist eine automatisch erzeugte Nachricht des Mailservers mx01.netzwerk-hosting.example.\n\n"
        "Ihre Nachricht konnte an den folgenden Empfänger nicht zugestellt werden:\n\n"
        f"    {b.rcpt}\n"
        "    Grund: Der Empfänger ist unbekannt. Das Postfach existiert nicht (mehr).\n"
        "    Antwort des Servers: 550 5.1.1 Unbekannter Empfänger / user unknown\n\n"
        "Dies ist ein dauerhafter Fehler. Bitte prüfen Sie die Adresse; ein erneuter Versand an dieselbe Adresse wird ebenfalls fehlschlagen.\n\n"
        "--- Kopfzeilen der ursprünglichen Nachricht ---\n"
        f"From: {rem['From']}\nTo: {rem['To']}\nSubject: {rem['Subject']}\nDate: {rem['Date']}\nMessage-ID: {rem['Message-ID']}\n"
    )
    msg = text_part(text, "plain", "iso-8859-1", "qp")
    return finish(
        b,
        msg,
        "Mailer-Daemon <mailer-daemon@netzwerk-hosting.example>",
        "Unzustellbar: Rückmeldung des Mailservers",
        "iso-8859-1",
    )


def bounce_exchange_fr(b: Bounce) -> Message:
    """Exchange Online in French: recipient not found."""
    server = "PR0P264MB2917.FRAP264.PROD.OUTLOOK.example"
    diag = "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"
    text = (
        f"Votre message n'a pas pu être remis à ces destinataires ou groupes :\n\n{b.rcpt}\n\n"
        "L'adresse de messagerie que vous avez entrée est introuvable. Vérifiez l'adresse du destinataire, puis renvoyez le message. Si le problème persiste, contactez votre support technique.\n\n"
        "Informations de diagnostic pour les administrateurs :\n\n"
        f"Serveur de génération : {server}\n\n"
        f"{b.rcpt}\nLe serveur distant a retourné « {diag} »"
    )
    msg = exchange_report(b, text, "utf-8", "failed", diag, server)
    return finish(
        b, msg, f"Microsoft Outlook <postmaster@{rcpt_domain(b)}>", f"Non remis : {b.subject()}"
    )


def bounce_provider_fr(b: Bounce) -> Message:
    """A French host's notice in multipart/mixed with the reminder attached."""
    text = (
        "Bonjour,\n\n"
        "Ceci est un message automatique du serveur de messagerie mx2.hebergement-alpes.example.\n\n"
        f"Le message ci-joint, adressé à {b.rcpt}, n'a pas pu être distribué : la boîte aux lettres du destinataire est pleine.\n\n"
        "Réponse du serveur : 552 5.2.2 Quota dépassé / mailbox full\n\n"
        "Vous pouvez renvoyer votre message plus tard ou contacter le destinataire par un autre moyen.\n\n"
        "--\nL'équipe technique Hébergement Alpes\n"
    )
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(text, "plain", "utf-8", "qp"))
    outer.attach(MIMEMessage(b.reminder()))
    return finish(
        b,
        outer,
        "Service de messagerie <mailer-daemon@hebergement-alpes.example>",
        "Votre message n'a pas pu être distribué",
    )


def bounce_provider_es(b: Bounce) -> Message:
    """A Spanish host's RFC 3464 delay report: recipient over quota."""
    server = "correo.hostingiberia.example"
    diag = "452 4.2.2 Over quota"
    text = (
        f"Este es un aviso automático del servidor {server}.\n\n"
        "Todavía no ha sido posible entregar su mensaje al siguiente destinatario:\n\n"
        f"    {b.rcpt}\n\n"
        "Motivo: el buzón del destinatario está lleno (452 4.2.2 Over quota).\n\n"
        "Seguiremos intentándolo durante los próximos 4 días. No es necesario que vuelva a enviar el mensaje; si finalmente no se puede entregar, recibirá otro aviso."
    )
    msg = report(
        [
            text_part(text + "\n", "plain", "utf-8", "qp"),
            delivery_status(b, server, "delayed", diag, f"mx.{rcpt_domain(b)}"),
            returned_headers(b),
        ]
    )
    return finish(
        b, msg, f"Mail Delivery System <MAILER-DAEMON@{server}>", "Aviso de retraso en la entrega"
    )


def bounce_exchange_es(b: Bounce) -> Message:
    """Exchange Online in Spanish: the address is a group closed to outside senders."""
    server = "DB9PR04MB8215.eurprd04.prod.outlook.example"
    diag = "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized"
    text = (
        f"Su mensaje no se pudo entregar a estos destinatarios o grupos:\n\n{b.rcpt}\n\n"
        "La dirección corresponde a un grupo que solo acepta mensajes de personas de su propia organización. La directiva del destinatario ha rechazado el mensaje; volver a enviarlo no servirá de nada.\n\n"
        "Información de diagnóstico para administradores:\n\n"
        f"Servidor de generación: {server}\n\n"
        f"{b.rcpt}\nEl servidor remoto devolvió '{diag}'"
    )
    msg = exchange_report(b, text, "utf-8", "failed", diag, server)
    return finish(
        b,
        msg,
        f"Microsoft Outlook <postmaster@{rcpt_domain(b)}>",
        f"No se puede entregar: {b.subject()}",
    )


def bounce_provider_nl(b: Bounce) -> Message:
    """A Dutch host's plain delay warning, no MIME."""
    text = (
        "Dit is een automatisch bericht van de mailserver mail.webhosting-delta.example.\n\n"
        f"Uw bericht aan {b.rcpt} kon nog niet worden afgeleverd. De ontvangende\n"
        f"server (mx.{rcpt_domain(b)}) reageert niet:\n\n"
        "    421 4.4.1 Connection timed out\n\n"
        "We proberen het bericht nog 3 dagen af te leveren. U hoeft het niet\n"
        "opnieuw te versturen. Lukt het niet, dan ontvangt u nog een melding.\n\n"
        f"Onderwerp:  {b.subject()}\n"
        f"Verzonden:  {format_datetime(b.sent)}\n"
    )
    msg = Message()
    msg.set_payload(text)
    return finish(
        b,
        msg,
        "Mail Delivery System <MAILER-DAEMON@mail.webhosting-delta.example>",
        f"Vertraagde aflevering: {b.subject()}",
    )


def bounce_postfix_it(b: Bounce) -> Message:
    """Postfix with an Italian template: unknown user, the whole reminder returned."""
    host = f"mx.{rcpt_domain(b)}"
    diag = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table"
    )
    text = (
        f"Questo è il sistema di posta del server {host}.\n\n"
        "Siamo spiacenti di comunicarle che il suo messaggio non è stato recapitato a uno o più destinatari. Il messaggio originale è allegato.\n\n"
        "Per assistenza scriva a postmaster, allegando questo avviso.\n\n"
        f"<{b.rcpt}>: utente sconosciuto\n    ({diag})"
    )
    msg = report(
        [
            text_part(text + "\n", "plain", "utf-8", "qp"),
            delivery_status(b, host, "failed", diag),
            MIMEMessage(b.reminder()),
        ]
    )
    return finish(b, msg, f"MAILER-DAEMON@{host} (Sistema di posta)", "Messaggio non recapitato")


def bounce_provider_it(b: Bounce) -> Message:
    """An Italian host's delay warning: temporarily refused by the recipient's policy."""
    text = (
        "Avviso di ritardo nella consegna\n\n"
        f"Il messaggio per {b.rcpt} è stato temporaneamente rifiutato dal server del destinatario per motivi di policy antispam:\n\n"
        "    451 4.7.1 Greylisted, please try again later\n\n"
        "Il nostro sistema ritenterà automaticamente l'invio per 5 giorni. Non è necessario spedire di nuovo il messaggio.\n\n"
        f"Oggetto: {latin1_safe(b.subject())}\n\n"
        "Servizio Posta – smtp.retelibera-hosting.example\n"
    )
    msg = text_part(latin1_safe(text), "plain", "iso-8859-1", "qp")
    return finish(
        b,
        msg,
        "Postmaster <postmaster@smtp.retelibera-hosting.example>",
        "Avviso: consegna ritardata",
        "iso-8859-1",
    )


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            "bo-en-1",
            "en",
            "hard",
            "5.1.1",
            "studio@inkwellcreative.example",
            "2028-01-18 09:04 +0000",
            "en",
            "CPS/2027/2744",
            "612.00",
            "qmail plain-text notice, no MIME, the message copied inline",
        ),
        bounce_qmail,
    ),
    (
        Bounce(
            "bo-en-2",
            "en",
            "hard",
            "5.1.2",
            "accounts@pophouse-events.example",
            "2028-01-31 09:06 +0000",
            "en",
            "CPS/2027/2851",
            "2890.00",
            "Gmail: the recipient's domain no longer resolves",
        ),
        bounce_gmail_domain,
    ),
    (
        Bounce(
            "bo-en-3",
            "en",
            "soft",
            "5.2.2",
            "hello@lilyandmoss.example",
            "2028-02-08 09:06 +0000",
            "en",
            "CPS/2028/0154",
            "344.40",
            "Exim calls it permanent, but a full mailbox is soft; the code is kept",
        ),
        bounce_exim_full,
    ),
    (
        Bounce(
            "bo-de-1",
            "de",
            "soft",
            "4.4.7",
            "buchhaltung@wendt-ladenbau.example",
            "2028-01-25 13:10 +0100",
            "de",
            "CPS/2027/2768",
            "1905.00",
            "Exchange delay notice in German",
            186,
        ),
        bounce_exchange_de_delay,
    ),
    (
        Bounce(
            "bo-de-2",
            "de",
            "hard",
            "5.1.1",
            "info@baeckerei-lorenz.example",
            "2028-02-03 10:08 +0100",
            "de",
            "CPS/2028/0039",
            "268.00",
            "German provider notice, single text/plain part, not RFC 3464",
        ),
        bounce_provider_de,
    ),
    (
        Bounce(
            "bo-fr-1",
            "fr",
            "hard",
            "5.1.1",
            "compta@librairie-des-quais.example",
            "2028-01-20 10:05 +0100",
            "fr",
            "CPS/2027/2719",
            "455.00",
        ),
        bounce_exchange_fr,
    ),
    (
        Bounce(
            "bo-fr-2",
            "fr",
            "soft",
            "5.2.2",
            "contact@domaine-vercors.example",
            "2028-02-09 10:07 +0100",
            "fr",
            "CPS/2027/2860",
            "1320.00",
            "French host's notice in multipart/mixed; mailbox full is soft whatever the code class",
        ),
        bounce_provider_fr,
    ),
    (
        Bounce(
            "bo-es-1",
            "es",
            "soft",
            "4.2.2",
            "facturas@academiaidiomasnorte.example",
            "2028-01-21 13:36 +0100",
            "es",
            "CPS/2027/2783",
            "720.00",
            "mailbox full, reported as a delay",
            212,
        ),
        bounce_provider_es,
    ),
    (
        Bounce(
            "bo-es-2",
            "es",
            "hard",
            "5.7.1",
            "compras@hotelmiramar-cadiz.example",
            "2028-02-04 10:05 +0100",
            "es",
            "CPS/2027/2839",
            "3150.00",
            "policy rejection: a group closed to outside senders; permanent, so hard",
        ),
        bounce_exchange_es,
    ),
    (
        Bounce(
            "bo-nl-1",
            "nl",
            "soft",
            "4.4.1",
            "administratie@devolharding-sport.example",
            "2028-01-27 14:02 +0100",
            "nl",
            "CPS/2027/2807",
            "980.50",
            "plain-text delay warning, no MIME",
            239,
        ),
        bounce_provider_nl,
    ),
    (
        Bounce(
            "bo-it-1",
            "it",
            "hard",
            "5.1.1",
            "ordini@cartoleriaperini.example",
            "2028-01-26 10:04 +0100",
            "it",
            "CPS/2027/2826",
            "388.00",
            "Postfix with an Italian template, the whole reminder returned as message/rfc822",
        ),
        bounce_postfix_it,
    ),
    (
        Bounce(
            "bo-it-2",
            "it",
            "soft",
            "4.7.1",
            "info@agriturismo-ilpoggio.example",
            "2028-02-10 13:39 +0100",
            "it",
            "CPS/2028/0167",
            "540.00",
            "temporary policy refusal (greylisting) reported as a delay",
            215,
        ),
        bounce_provider_it,
    ),
]

# --------------------------------------------------------------------------------------------
# Labels, file names, output and checks
# --------------------------------------------------------------------------------------------


def reply_label(r: Reply) -> dict[str, object]:
    """The label line of a hand-written message."""
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


@dataclass(frozen=True)
class Built:
    """One built message with what the checks need to know about it."""

    key: str
    msg: Message
    label: dict[str, object]
    new_text: str
    day: date
    threaded: bool


def all_messages() -> list[Built]:
    """Every message of the corpus, built."""
    items = [
        Built(r.key, build_reply(r), reply_label(r), r.body, r.dt.date(), r.threaded)
        for r in REPLIES
    ]
    items += [
        Built(b.key, build(b), bounce_label(b), "", b.dt.date(), False) for b, build in BOUNCES
    ]
    return items


def file_order(key: str) -> str:
    """Sort key that numbers the files: a seeded hash of the message key."""
    return hashlib.sha256(f"{SEED}:order:{key}".encode()).hexdigest()


def walk_defects(msg: Message) -> Iterator[str]:
    """Every defect the parser recorded, in parts and in header values."""
    for part in msg.walk():
        for defect in part.defects:
            yield f"{part.get_content_type()}: {defect!r}"
        for name, value in part.items():
            for defect in getattr(value, "defects", ()):
                yield f"{name}: {defect!r}"


def decoded_text(msg: EmailMessage) -> str:
    """All text parts decoded (raises if one cannot be)."""
    texts: list[str] = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            texts.append(part.get_content())
    return "\n".join(texts)


def check_message(name: str, data: bytes, item: Built) -> None:
    """Parse a file back with the modern policy and check what the corpus promises."""
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{name}: no {header}")
    for header_name, value in msg.items():
        str(value)  # decodes encoded words
        del header_name
    defects = list(walk_defects(msg))
    if defects:
        raise SystemExit(f"{name}: defects {defects}")
    text = decoded_text(msg)
    dt = msg["Date"].datetime
    if dt.date() != item.day or not FIRST_DAY <= dt.date() <= LAST_DAY:
        raise SystemExit(f"{name}: date {dt} out of range")
    if dt.utcoffset() not in {timedelta(0), timedelta(hours=1)}:
        raise SystemExit(f"{name}: unexpected offset {dt.utcoffset()}")
    label = item.label
    if label["intent"] != "bounce":
        if label["language"] == "en" and (dt.utcoffset() == timedelta(hours=1)) != (
            item.key in CONTINENTAL_EN
        ):
            raise SystemExit(f"{name}: English sender in the wrong offset")
        if item.threaded != (msg["In-Reply-To"] is not None):
            raise SystemExit(f"{name}: In-Reply-To does not match threading")
    elif str(label["failed_recipient"]) not in text + data.decode("ascii", "replace"):
        raise SystemExit(f"{name}: failed recipient not in the report")
    refs = label["invoice_refs"]
    if not isinstance(refs, list):
        raise SystemExit(f"{name}: bad invoice_refs")
    for ref in refs:
        if ref not in item.new_text:
            raise SystemExit(f"{name}: {ref} not in the new text")
    contact = label["new_contact"]
    if contact is not None and str(contact) not in item.new_text.lower():
        raise SystemExit(f"{name}: new_contact not in the new text")


CONTINENTAL_EN = {"ot-en-3"}  # English written from Amsterdam, so central-European time
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT = re.compile(r"^\d+\.\d{2}$")
INVOICE = re.compile(r"^CPS/\d{4}/\d{4}$")


def check_label(label: dict[str, object], day: date) -> None:
    """Shape, field discipline and plausibility of one label."""
    name = label["file"]
    expected = ["file", "intent", *LABEL_KEYS, "invoice_refs", "language", "note"]
    if list(label) != expected:
        raise SystemExit(f"{name}: label keys {list(label)}")
    intent = str(label["intent"])
    if intent not in INTENTS or label["language"] not in LANGS:
        raise SystemExit(f"{name}: bad intent or language")
    allowed = INTENT_FIELDS.get(intent, set())
    for key in LABEL_KEYS:
        if label[key] is not None and key not in allowed:
            raise SystemExit(f"{name}: {key} filled for {intent}")
    for key in ("promised_date", "paid_date", "return_date"):
        value = label[key]
        if value is None:
            continue
        if not ISO_DAY.match(str(value)):
            raise SystemExit(f"{name}: {key} not ISO")
        when = date.fromisoformat(str(value))
        if key == "paid_date" and when > day:
            raise SystemExit(f"{name}: paid in the future")
        if key != "paid_date" and when < day:
            raise SystemExit(f"{name}: {key} in the past")
    if label["amount"] is not None and not AMOUNT.match(str(label["amount"])):
        raise SystemExit(f"{name}: bad amount")
    if (label["amount"] is None) != (label["currency"] is None) or label["currency"] not in {
        None,
        "GBP",
        "EUR",
    }:
        raise SystemExit(f"{name}: amount and currency go together")
    if intent == "bounce":
        if label["bounce_kind"] not in {"hard", "soft"} or not re.match(
            r"^[245]\.\d{1,3}\.\d{1,3}$", str(label["bounce_status"])
        ):
            raise SystemExit(f"{name}: bad bounce fields")
    refs = label["invoice_refs"]
    if not isinstance(refs, list) or not all(INVOICE.match(ref) for ref in refs):
        raise SystemExit(f"{name}: bad invoice_refs")
    contact = label["new_contact"]
    if contact is not None and (str(contact) != str(contact).lower() or "@" not in str(contact)):
        raise SystemExit(f"{name}: new_contact must be a lower-case address")


def check_counts(labels: list[dict[str, object]]) -> None:
    """12 per intent and the agreed number per language."""
    intents = Counter(str(x["intent"]) for x in labels)
    langs = Counter(str(x["language"]) for x in labels)
    if any(intents[i] != PER_INTENT for i in INTENTS) or dict(langs) != LANG_TOTALS:
        raise SystemExit(f"counts: {dict(intents)} {dict(langs)}")
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    if any(cells[i, lang] == 0 for i in INTENTS for lang in LANGS):
        raise SystemExit("every language should cover every intent")


def count_table(labels: list[dict[str, object]]) -> str:
    """The intent × language table in Markdown."""
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


def format_summary(raw: list[bytes]) -> str:
    """Counts of the MIME shapes, charsets, encodings and headers, for the README."""
    messages = [message_from_bytes(data, policy=policy.default) for data in raw]
    tops = Counter(m.get_content_type() for m in messages)
    charsets: Counter[str] = Counter()
    encodings: Counter[str] = Counter()
    for m in messages:
        seen_cs, seen_cte = set(), set()
        for part in m.walk():
            if part.get_content_maintype() == "text":
                seen_cs.add(str(part.get_content_charset() or "us-ascii"))
                seen_cte.add(str(part.get("Content-Transfer-Encoding", "7bit")).lower())
        charsets.update(seen_cs)
        encodings.update(seen_cte)
    headers: Counter[str] = Counter()
    for m in messages:
        for name in (
            "In-Reply-To",
            "Auto-Submitted",
            "X-Autoreply",
            "Precedence",
            "X-Auto-Response-Suppress",
            "Cc",
            "Reply-To",
        ):
            if m[name] is not None:
                headers[name] += 1
    for data in raw:
        head = data.split(b"\n\n", 1)[0]
        if re.search(rb"^(Subject|From):[^\n]*(\n[ \t][^\n]*)*=\?", head, re.M):
            headers["RFC 2047 Subject/From"] += 1
    return (
        f"top-level types: {dict(sorted(tops.items()))}\n"
        f"messages per text charset: {dict(sorted(charsets.items()))}\n"
        f"messages per transfer encoding: {dict(sorted(encodings.items()))}\n"
        f"headers: {dict(sorted(headers.items()))}"
    )


def write_all() -> tuple[list[dict[str, object]], list[bytes]]:
    """Build, number, write and check every file and the labels."""
    items = all_messages()
    keys = [item.key for item in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    items.sort(key=lambda item: file_order(item.key))
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels, messages = [], []
    for n, item in enumerate(items, start=1):
        name = f"{PREFIX}-{n:03d}.eml"
        data = item.msg.as_bytes()
        if any(len(line) > 998 for line in data.split(b"\n")):
            raise SystemExit(f"{name}: line too long")
        label = {"file": name, **item.label}
        check_label(label, item.day)
        check_message(name, data, item)
        (HERE / name).write_bytes(data)
        labels.append(label)
        messages.append(data)
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels, messages


def main() -> int:
    """Rebuild the corpus and print the count table."""
    labels, messages = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    styles = Counter(r.style for r in REPLIES)
    print(f"\n{len(labels)} messages; bounces: {dict(sorted(kinds.items()))}")
    print(f"clients: {dict(sorted(styles.items()))}")
    print(format_summary(messages))
    return 0


if __name__ == "__main__":
    sys.exit(main())
