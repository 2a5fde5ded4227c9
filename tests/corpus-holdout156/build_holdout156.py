# ruff: noqa: C901, E501, PLR0912, PLR0917, RUF001, RUF002
# The hand-written text below keeps one paragraph per line, as mail clients send it, with the
# typographic dashes, quotes and accents that people and their clients really produce.
"""Build held-out reply corpus 156: `h156-NNN.eml` files and `labels.jsonl`.

Every message could arrive in the receivables mailbox of Pennant Solar & Battery Installations
after one of its overdue-invoice reminders went out. The new text of each message is written by
hand in this file. The script only adds what a mail client or a mail server would add: the quoted
reminder in the client's layout and language, headers, MIME structure, charsets and transfer
encodings. It writes next to itself, deterministically, and checks everything it wrote.
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
from email import charset as email_charset
from email import message_from_bytes, policy
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path
from typing import cast

HERE = Path(__file__).resolve().parent
SEED = 1562032
PREFIX = "h156"
AR_NAME = "Pennant Solar Accounts"
AR_ADDR = "accounts@pennant-solar.example"
AR_DOMAIN = "pennant-solar.example"
FIRST_DAY = date(2032, 7, 19)
LAST_DAY = date(2032, 8, 13)

LANGS = ("en", "de", "fr", "es", "nl", "it")
LANG_TOTALS = {"en": 30, "de": 18, "fr": 18, "es": 18, "nl": 18, "it": 18}
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
PER_INTENT = 12
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
# Which label fields each intent may fill; everything else stays null.
INTENT_FIELDS: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "amount", "currency"}),
    "auto_reply": frozenset({"return_date"}),
    "wrong_contact": frozenset({"new_contact"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
}

Labels = Mapping[str, object]

# --------------------------------------------------------------------------------------------
# Time zones (EU summer-time rule, which the UK follows too)
# --------------------------------------------------------------------------------------------


def last_sunday(year: int, month: int) -> date:
    """The last Sunday of March or October."""
    day = date(year, month, 31)
    return day - timedelta(days=(day.weekday() + 1) % 7)


def zone(region: str, local: datetime) -> timezone:
    """UTC offset of a wall-clock time: `uk` is GMT/BST, `ce` is CET/CEST."""
    standard = 0 if region == "uk" else 1
    utc = local - timedelta(hours=standard)
    start = datetime.combine(last_sunday(local.year, 3), datetime.min.time()) + timedelta(hours=1)
    end = datetime.combine(last_sunday(local.year, 10), datetime.min.time()) + timedelta(hours=1)
    summer = 1 if start <= utc < end else 0
    return timezone(timedelta(hours=standard + summer))


def at(when: str, region: str) -> datetime:
    """Parse a local `YYYY-MM-DD HH:MM` and attach the region's offset for that date."""
    local = datetime.strptime(when, "%Y-%m-%d %H:%M")
    return local.replace(tzinfo=zone(region, local))


# --------------------------------------------------------------------------------------------
# Locale tables (what the clients print around a quoted message)
# --------------------------------------------------------------------------------------------

WEEKDAYS = {
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
    "es": (
        "lunes martes miércoles jueves viernes sábado domingo",
        "lun mar mié jue vie sáb dom",
    ),
    "nl": (
        "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
        "ma di wo do vr za zo",
    ),
    "it": (
        "lunedì martedì mercoledì giovedì venerdì sabato domenica",
        "lun mar mer gio ven sab dom",
    ),
}
MONTHS = {
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
GMAIL_ATTRIBUTION = {
    "en": "On {wd_short}, {d} {mon_short} {y} at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {wd_short}, {d}. {mon_short} {y} um {HH}:{MM} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wd_short} {d} {mon_short} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {wd_short}, {d} {mon_short} {y} a las {H}:{MM}, {name} (<{addr}>) escribió:",
    "nl": "Op {wd_short} {d} {mon_short} {y} om {HH}:{MM} schreef {name} <{addr}>:",
    "it": "Il giorno {wd_short} {d} {mon_short} {y} alle ore {HH}:{MM} {name} <{addr}> ha scritto:",
}
APPLE_ATTRIBUTION = {
    "en": "On {d} {mon_short} {y}, at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mm}.{y} um {HH}:{MM} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mon_short} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {d} {mon_short} {y}, a las {H}:{MM}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mon_short} {y} om {HH}:{MM} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mon_short} {y}, alle ore {HH}:{MM}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTRIBUTION = {
    "en": "On {dd}/{mm}/{y} {HH}:{MM}, {name} wrote:",
    "de": "Am {dd}.{mm}.{yy} um {HH}:{MM} schrieb {name}:",
    "fr": "Le {dd}/{mm}/{y} à {HH}:{MM}, {name} a écrit :",
    "es": "El {d}/{m}/{yy} a las {H}:{MM}, {name} escribió:",
    "nl": "Op {dd}-{mm}-{y} om {HH}:{MM} schreef {name}:",
    "it": "Il {dd}/{mm}/{y} {HH}:{MM}, {name} ha scritto:",
}
OUTLOOK_SENT = {
    "en": "{wd_long}, {d} {mon_long} {y} {HH}:{MM}",
    "de": "{wd_long}, {d}. {mon_long} {y} {HH}:{MM}",
    "fr": "{wd_long} {d} {mon_long} {y} {HH}:{MM}",
    "es": "{wd_long}, {d} de {mon_long} de {y} {H}:{MM}",
    "nl": "{wd_long} {d} {mon_long} {y} {HH}:{MM}",
    "it": "{wd_long} {d} {mon_long} {y} {HH}:{MM}",
}


@dataclass(frozen=True)
class OutlookWords:
    """The localised words of an Outlook reply header."""

    separator: str
    sender: str
    sent: str
    to: str
    subject: str
    colon: str
    prefix: str


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

# --------------------------------------------------------------------------------------------
# The reminder that every reply answers
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – Pennant Solar & Battery",
    "de": "Zahlungserinnerung: Rechnung {inv} ist überfällig",
    "fr": "Rappel : facture {inv} arrivée à échéance",
    "es": "Recordatorio: factura {inv} pendiente de pago",
    "nl": "Herinnering: factuur {inv} is vervallen",
    "it": "Sollecito: fattura {inv} scaduta",
}
REMINDER_TEXT = {
    "en": (
        "Hello,\n\n"
        "This is a reminder that the invoice below is now past its due date:\n\n"
        "  Invoice:       {inv}\n"
        "  Issued:        {issued}\n"
        "  Due:           {due}\n"
        "  Outstanding:   {amt}\n\n"
        "You can pay by bank transfer to Pennant Solar & Battery Installations Ltd, quoting the invoice number as your reference. If you have paid in the last few days, thank you, and please disregard this email. If something about the invoice or the installation is not right, reply to this message and we will look into it.\n\n"
        "Many thanks,\n\n"
        "Accounts Team\n"
        "Pennant Solar & Battery Installations\n"
        "accounts@pennant-solar.example"
    ),
    "de": (
        "Guten Tag,\n\n"
        "wir möchten Sie freundlich daran erinnern, dass die folgende Rechnung inzwischen fällig ist:\n\n"
        "  Rechnung:        {inv}\n"
        "  Rechnungsdatum:  {issued}\n"
        "  Fällig am:       {due}\n"
        "  Offener Betrag:  {amt}\n\n"
        "Bitte überweisen Sie den Betrag unter Angabe der Rechnungsnummer. Falls Sie in den letzten Tagen bereits gezahlt haben, danken wir Ihnen und bitten Sie, diese Nachricht zu ignorieren. Sollte mit der Rechnung oder der Installation etwas nicht stimmen, antworten Sie einfach auf diese E-Mail.\n\n"
        "Freundliche Grüße\n\n"
        "Buchhaltung\n"
        "Pennant Solar & Battery Installations"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Nous nous permettons de vous rappeler que la facture ci-dessous n'a pas encore été réglée :\n\n"
        "  Facture :        {inv}\n"
        "  Date :           {issued}\n"
        "  Échéance :       {due}\n"
        "  Reste à payer :  {amt}\n\n"
        "Vous pouvez la régler par virement en indiquant le numéro de facture en référence. Si votre paiement a été effectué ces derniers jours, merci de ne pas tenir compte de ce message. Pour toute question sur la facture ou l'installation, répondez simplement à ce courriel.\n\n"
        "Bien cordialement,\n\n"
        "Service comptabilité\n"
        "Pennant Solar & Battery Installations"
    ),
    "es": (
        "Buenos días:\n\n"
        "Le recordamos que la siguiente factura ha superado su fecha de vencimiento:\n\n"
        "  Factura:            {inv}\n"
        "  Fecha de emisión:   {issued}\n"
        "  Vencimiento:        {due}\n"
        "  Importe pendiente:  {amt}\n\n"
        "Puede abonarla por transferencia indicando el número de factura como concepto. Si ya ha realizado el pago en los últimos días, le damos las gracias y le rogamos que ignore este aviso. Si hay algún problema con la factura o con la instalación, responda a este correo y lo revisaremos.\n\n"
        "Un cordial saludo,\n\n"
        "Departamento de Contabilidad\n"
        "Pennant Solar & Battery Installations"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Graag herinneren wij u eraan dat onderstaande factuur de vervaldatum heeft overschreden:\n\n"
        "  Factuur:       {inv}\n"
        "  Factuurdatum:  {issued}\n"
        "  Vervaldatum:   {due}\n"
        "  Openstaand:    {amt}\n\n"
        "U kunt het bedrag overmaken onder vermelding van het factuurnummer. Heeft u de afgelopen dagen al betaald, dan danken wij u hartelijk en kunt u dit bericht negeren. Klopt er iets niet aan de factuur of de installatie, beantwoord dan deze e-mail.\n\n"
        "Met vriendelijke groet,\n\n"
        "Debiteurenadministratie\n"
        "Pennant Solar & Battery Installations"
    ),
    "it": (
        "Buongiorno,\n\n"
        "le ricordiamo che la fattura indicata di seguito risulta scaduta:\n\n"
        "  Fattura:          {inv}\n"
        "  Data emissione:   {issued}\n"
        "  Scadenza:         {due}\n"
        "  Importo dovuto:   {amt}\n\n"
        "Può effettuare il pagamento tramite bonifico indicando il numero di fattura nella causale. Se ha già provveduto al pagamento negli ultimi giorni, la ringraziamo e la preghiamo di non considerare questo messaggio. In caso di problemi con la fattura o con l'impianto, risponda pure a questa e-mail.\n\n"
        "Cordiali saluti,\n\n"
        "Ufficio Amministrazione\n"
        "Pennant Solar & Battery Installations"
    ),
}
DATE_FORMAT = {
    "en": "%d/%m/%Y",
    "de": "%d.%m.%Y",
    "fr": "%d/%m/%Y",
    "es": "%d/%m/%Y",
    "nl": "%d-%m-%Y",
    "it": "%d/%m/%Y",
}
# Characters a Latin-1 client cannot send, and what such a client shows instead.
DOWNGRADE = {
    "–": "-",
    "€": "EUR",
    "’": "'",
    "‘": "'",
    "“": '"',
    "”": '"',
    "…": "...",
    "\u202f": " ",
}


def money(amount: str, currency: str, lang: str) -> str:
    """An amount as the reminder prints it in the reminder's language."""
    units, cents = amount.split(".")
    groups: list[str] = []
    while len(units) > 3:
        groups.insert(0, units[-3:])
        units = units[:-3]
    groups.insert(0, units)
    symbol = "£" if currency == "GBP" else "€"
    if lang == "en":
        return f"{symbol}{','.join(groups)}.{cents}"
    if lang == "fr":
        return "\u202f".join(groups) + f",{cents} {symbol}"
    if lang in {"nl", "it"}:
        return f"{symbol} {'.'.join(groups)},{cents}"
    return f"{'.'.join(groups)},{cents} {symbol}"


def token(key: str, salt: str) -> bytes:
    """A stable pseudo-random digest for one message and one purpose."""
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    """`n` base-32 characters derived from the key."""
    return base64.b32encode(token(key, salt)).decode()[:n]


@dataclass(frozen=True)
class Reminder:
    """The overdue reminder Pennant sent (the thing being answered or bounced)."""

    lang: str
    inv: str
    to_name: str
    to_addr: str
    sent: datetime
    text: str
    subject: str
    msgid: str


def working_days_before(moment: datetime, days: int) -> datetime:
    """Step back `days` working days."""
    day = moment
    while days:
        day -= timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return day


def make_reminder(
    key: str,
    lang: str,
    inv: str,
    owed: str,
    currency: str,
    to: tuple[str, str],
    sent: datetime,
) -> Reminder:
    """The reminder text with invoice dates that fit the day it went out."""
    due = sent.date() - timedelta(days=8 + token(key, "due")[0] % 12)
    issued = due - timedelta(days=30)
    text = REMINDER_TEXT[lang].format(
        inv=inv,
        issued=issued.strftime(DATE_FORMAT[lang]),
        due=due.strftime(DATE_FORMAT[lang]),
        amt=money(owed, currency, lang),
    )
    subject = REMINDER_SUBJECT[lang].format(inv=inv)
    msgid = f"<{b32(key, 'reminder', 16).lower()}.{sent.strftime('%Y%m%d')}@dunning.{AR_DOMAIN}>"
    return Reminder(lang, inv, to[0], to[1], sent, text, subject, msgid)


def reminder_before(key: str, reply: datetime) -> datetime:
    """The reminder went out one to three working days before the reply, early in the UK morning."""
    back = 1 + token(key, "back")[0] % 3
    day = working_days_before(reply, back)
    local = datetime(day.year, day.month, day.day, 8, 5 + token(key, "minute")[0] % 50)
    return local.replace(tzinfo=zone("uk", local))


# --------------------------------------------------------------------------------------------
# The hand-written messages: one spec per message
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """A message written by a customer (or their system) in answer to a reminder."""

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    client: str
    body: str
    labels: Labels = field(default_factory=dict)
    inv: str = "PSB/30417"
    owed: str = "1250.00"
    region: str = ""
    rlang: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    subject: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    threaded: bool = True

    @property
    def tz(self) -> str:
        """`uk` for British senders, `ce` for everybody else."""
        return self.region or ("uk" if self.lang == "en" else "ce")

    @property
    def dt(self) -> datetime:
        return at(self.when, self.tz)

    @property
    def currency(self) -> str:
        return "GBP" if self.tz == "uk" else "EUR"

    @property
    def reminder(self) -> Reminder:
        lang = self.rlang or self.lang
        sent = reminder_before(self.key, self.dt)
        return make_reminder(self.key, lang, self.inv, self.owed, self.currency, self.who, sent)


def lab(*refs: str, note: str | None = None, **fields: str | None) -> dict[str, object]:
    """Label fields beyond intent and language; `refs` are the invoice numbers in the new text."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label fields {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "All")

PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Rhys Tudor", "rhys.tudor.farm@gmail.com"),
        "2032-07-21 07:12",
        "iphone",
        "Paid.",
        lab(note="one word in answer to a reminder: a payment claim without a date"),
        inv="PSB/30433",
        owed="3980.00",
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        ("Helen Pryce", "bursar@llanfair-primary.example"),
        "2032-07-29 09:40",
        "outlook_html",
        "Good morning,\n\nI can confirm that invoice PSB/30588 was paid in full on Monday 26 July by BACS (£7,412.50). Our remittance reference is LLANF-0726-114.\n\nWhile I have you – could you please email me a copy of the commissioning certificate for the battery system? The governors have asked for one for the premises file and I can’t find it anywhere.\n\nKind regards,\n\nHelen Pryce\nSchool Business Manager\nLlanfair Community Primary School",
        lab(
            "PSB/30588",
            paid_date="2032-07-26",
            payment_reference="LLANF-0726-114",
            amount="7412.50",
            currency="GBP",
            note="paid, plus a request for a certificate: the payment claim wins",
        ),
        inv="PSB/30588",
        owed="7412.50",
        headers=(SUPPRESS,),
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        (
            "Harrowgate Retail Group – Accounts Payable",
            "ap-remittance@harrowgate-retail.example",
        ),
        "2032-08-02 05:31",
        "notice_html",
        "REMITTANCE ADVICE\n\nHarrowgate Retail Group plc has made the following payment to your account.\n\nPayee: Pennant Solar & Battery Installations Ltd\nSupplier number: 118204\nPayment number: 4400918273\nPayment date: 02/08/2032\nPayment method: BACS\n\nDocument | Your reference | Invoice date | Amount (GBP)\n5100274411 | PSB/30502 | 18/06/2032 | 12,960.00\n5100274418 | PSB/30519 | 25/06/2032 | 1,845.00\nTotal paid | | | 14,805.00\n\nThis message was generated automatically and replies to this address are not monitored. For queries please raise a ticket through the Harrowgate supplier portal.",
        lab(
            "PSB/30502",
            "PSB/30519",
            paid_date="2032-08-02",
            payment_reference="4400918273",
            amount="14805.00",
            currency="GBP",
            note="automatic remittance advice from an AP system (HTML only, quotes nothing); the payment number is the reference",
        ),
        inv="PSB/30502",
        owed="12960.00",
        subject="Remittance advice – payment 4400918273",
        headers=(AUTO_GENERATED, SUPPRESS),
        threaded=False,
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Sabine Kreutzer", "s.kreutzer@stb-dorn-weiss.example"),
        "2032-07-26 10:05",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nim Auftrag unserer Mandantin, der Hofgemeinschaft Brenner GbR, teilen wir Ihnen mit, dass die Rechnung PSB/30466 über 9.870,00 EUR am Freitag, dem 23.07.2032, per SEPA-Überweisung beglichen wurde.\n\nWir bitten Sie, den Zahlungseingang in Ihrer Buchhaltung zu vermerken und die Erinnerung als erledigt zu betrachten.\n\nMit freundlichen Grüßen\n\ni. A. Sabine Kreutzer\nSteuerberatungsgesellschaft Dorn & Weiß mbH",
        lab(
            "PSB/30466",
            paid_date="2032-07-23",
            amount="9870.00",
            currency="EUR",
            note="tax adviser's office writing for its client",
        ),
        inv="PSB/30466",
        owed="9870.00",
        charset="iso-8859-1",
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Mathieu Lenoir", "mathieu.lenoir71@gmail.com"),
        "2032-07-23 18:47",
        "gmail_plain",
        "Bonjour,\n\nC'est réglé depuis mardi par virement, j'avais juste oublié de vous prévenir. Désolé pour le retard !\n\nCordialement,\nMathieu Lenoir",
        lab(
            paid_date="2032-07-20",
            note="'depuis mardi': the Tuesday before Friday 23 July",
        ),
        inv="PSB/30459",
        owed="2150.00",
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Hélène Marchal", "h.marchal@sci-les-tilleuls.example"),
        "2032-08-04 08:52",
        "apple",
        "Bonjour,\n\nVirement effectué ce matin pour la facture PSB/30533, soit 3 240,00 €. Référence du virement : VIR-0804-7731.\n\nBonne journée,\n\nHélène Marchal\nGérante – SCI Les Tilleuls",
        lab(
            "PSB/30533",
            paid_date="2032-08-04",
            payment_reference="VIR-0804-7731",
            amount="3240.00",
            currency="EUR",
            note="'ce matin' is the message date",
        ),
        inv="PSB/30533",
        owed="3240.00",
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Rosa Martínez Piqueras", "administracion@coop-sanisidro-almansa.example"),
        "2032-08-03 11:20",
        "outlook_html",
        "Buenos días:\n\nLes informamos de que el pasado viernes, 30 de julio, se ordenó la transferencia de 18.450,00 € correspondiente a sus facturas PSB/30478 y PSB/30479. Deberían verla reflejada en su cuenta en uno o dos días hábiles.\n\nSi necesitan el justificante bancario, no duden en pedírnoslo.\n\nUn saludo,\n\nRosa Martínez Piqueras\nAdministración\nCooperativa Agrícola San Isidro",
        lab(
            "PSB/30478",
            "PSB/30479",
            paid_date="2032-07-30",
            amount="18450.00",
            currency="EUR",
            note="transfer ordered on Friday: sent; the amount covers both invoices",
        ),
        inv="PSB/30478",
        owed="9225.00",
        charset="windows-1252",
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Paco Ruiz", "pacoruiz.gandia@gmail.com"),
        "2032-08-12 22:14",
        "iphone",
        "ya esta pagao ayer por la tarde lo mire en el banco y salio bien un saludo",
        lab(
            paid_date="2032-08-11",
            note="no punctuation, colloquial 'pagao'; 'ayer' is the day before Thursday 12 August",
        ),
        inv="PSB/30605",
        owed="1870.00",
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Sander van Dijk", "sander@melkveebedrijf-vandijk.example"),
        "2032-08-10 12:31",
        "gmail",
        "Hoi,\n\nIs vorige week al overgemaakt hoor, donderdag volgens mij. Kunnen jullie het even checken aan jullie kant?\n\nGroet,\nSander\nMelkveebedrijf Van Dijk",
        lab(
            paid_date="2032-08-05",
            note="'vorige week donderdag' from Tuesday 10 August is 5 August; the hedge 'volgens mij' does not change the claim",
        ),
        inv="PSB/30571",
        owed="5640.00",
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        ("VvE Beheer Verbeek – Betalingen", "no-reply@vvebeheer-verbeek.example"),
        "2032-07-28 06:12",
        "notice",
        "Betalingsadvies\n\nNamens VvE De Zonnewijzer is vandaag de volgende betaling aan u verricht:\n\nBegunstigde:        Pennant Solar & Battery Installations\nUitvoeringsdatum:   28-07-2032\nBetalingskenmerk:   1000 2032 0728 4471\nFactuur:            PSB/30557\nBedrag:             € 6.215,00\n\nDit bericht is automatisch aangemaakt door het betaalsysteem van VvE Beheer Verbeek. Reageren op dit bericht is niet mogelijk; voor vragen kunt u contact opnemen met de beheerder van de VvE.",
        lab(
            "PSB/30557",
            paid_date="2032-07-28",
            payment_reference="1000 2032 0728 4471",
            amount="6215.00",
            currency="EUR",
            note="automatic payment advice from the association's management software; it quotes nothing",
        ),
        inv="PSB/30557",
        owed="6215.00",
        subject="Betalingsadvies 1000 2032 0728 4471 – VvE De Zonnewijzer",
        charset="windows-1252",
        headers=(AUTO_GENERATED, SUPPRESS),
        threaded=False,
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Giulia Bernardi", "amministrazione@poggiodeimandorli.example"),
        "2032-07-28 16:03",
        "thunderbird",
        "Buongiorno,\n\nvi confermo che il bonifico per la fattura PSB/30490 è partito ieri pomeriggio, importo 2.780,00 euro. Il CRO è 47120938815.\n\nScusate il ritardo, siamo in piena raccolta e in ufficio siamo rimasti in due.\n\nCordiali saluti\nGiulia Bernardi\nAz. Agr. Poggio dei Mandorli",
        lab(
            "PSB/30490",
            paid_date="2032-07-27",
            payment_reference="47120938815",
            amount="2780.00",
            currency="EUR",
        ),
        inv="PSB/30490",
        owed="2780.00",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "ps-it-2",
        "payment_sent",
        "it",
        ("Lorenzo Gatti", "lorenzo.gatti@officinegatti.example"),
        "2032-08-06 13:25",
        "android",
        "fatto",
        lab(note="one word 'fatto' in answer to a reminder: paid; no date"),
        inv="PSB/30577",
        owed="2390.00",
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pp-en-1",
        "promise_to_pay",
        "en",
        ("Kiran Bhatt", "kiran.bhatt@westmoor-housing.example"),
        "2032-07-27 15:42",
        "outlook_html",
        "Hi,\n\nThanks for the reminder. This one has now been approved and will go out in Friday's payment run, so you should see it early next week.\n\nRegards,\nKiran Bhatt\nAccounts Payable Officer\nWestmoor Housing Trust",
        lab(
            promised_date="2032-07-30",
            note="'has now been approved' is past tense for a future payment; Friday after Tuesday 27 July",
        ),
        inv="PSB/30495",
        owed="11380.00",
    ),
    Reply(
        "pp-en-2",
        "promise_to_pay",
        "en",
        ("Gwen Pritchard", "gwen@tanyfron-farm.example"),
        "2032-08-05 21:16",
        "gmail",
        "Hi there,\n\nI'm off from tomorrow for a fortnight so wanted to get back to you before I go. I've set up the payment for PSB/30601 to leave our account on the 16th – that's the earliest we can manage, the milk cheque comes in on the 15th.\n\nIf anything goes wrong while I'm away, ring Dad on the farm number.\n\nThanks,\nGwen Pritchard\nTanyfron Farm",
        lab(
            "PSB/30601",
            promised_date="2032-08-16",
            note="a person writing, although the subject says 'out of office'; a payment scheduled for the 16th is a promise",
        ),
        inv="PSB/30601",
        owed="6725.00",
        subject="Out of office from tomorrow – {re}{orig}",
    ),
    Reply(
        "pp-en-3",
        "promise_to_pay",
        "en",
        ("Margaret Ellison", "m.ellison47@outlook.com"),
        "2032-08-11 10:31",
        "apple_html",
        "Dear Sir or Madam,\n\nThank you for your email. I must say the panels have been marvellous this summer, we have hardly used anything from the grid and my neighbour Mr Dawson is now thinking of having some fitted himself, so I have given him your number. The young man who came to install the battery was very polite as well, please do pass that on.\n\nThe reason for the delay is that my late husband always dealt with the bills and I am still getting used to the online banking. My son is coming over on Saturday and he has promised to sit down with me and pay it then, so you should have it early next week.\n\nI do apologise for the trouble.\n\nYours faithfully,\nMargaret Ellison (Mrs)",
        lab(
            promised_date="2032-08-14",
            note="the point is buried in a long letter; she pays on Saturday 14 August, 'early next week' is when the money arrives",
        ),
        inv="PSB/30590",
        owed="4310.00",
    ),
    Reply(
        "pp-de-1",
        "promise_to_pay",
        "de",
        ("Thomas Albers", "t.albers@hv-albers-kuehn.example"),
        "2032-08-10 09:18",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\ndie Rechnung PSB/30612 für die Wallboxen in der Tiefgarage Lindenstraße ist freigegeben und wird mit unserem Zahllauf in KW 34 überwiesen.\n\nMit freundlichen Grüßen\n\nThomas Albers\nAlbers & Kühn Hausverwaltung GmbH",
        lab(
            "PSB/30612",
            promised_date="2032-08-16",
            note="'KW 34' is ISO week 34, which starts on Monday 16 August; a week resolves to its Monday",
        ),
        inv="PSB/30612",
        owed="14880.00",
        charset="windows-1252",
    ),
    Reply(
        "pp-de-2",
        "promise_to_pay",
        "de",
        ("Jens Hoffmann", "jens.hoffmann@hoffmann-hof.example"),
        "2032-07-22 19:40",
        "android",
        "Hallo,\n\nsorry, hab ich total verschwitzt. Überweise ich Montag, wenn die Einspeisevergütung drauf ist.\n\nGruß Jens",
        lab(
            promised_date="2032-07-26",
            note="'Montag' after Thursday 22 July; the feed-in payment only explains the timing",
        ),
        inv="PSB/30462",
        owed="1940.00",
    ),
    Reply(
        "pp-fr-1",
        "promise_to_pay",
        "fr",
        (
            "Mairie de Saint-Véran-des-Prés",
            "secretariat@mairie-stveran-des-pres.example",
        ),
        "2032-07-29 14:10",
        "outlook",
        "Madame, Monsieur,\n\nNous accusons réception de votre relance concernant la facture PSB/30471 relative à l'installation photovoltaïque de l'école communale.\n\nNous vous informons que le mandat de paiement correspondant a été émis le 27 juillet et transmis au comptable public. Le virement sera effectué par le Service de gestion comptable dans les délais réglementaires.\n\nNous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\nLe secrétariat de mairie\nCommune de Saint-Véran-des-Prés",
        lab(
            "PSB/30471",
            note="payment order issued, the transfer is still to be made by the public accountant: a promise without a day",
        ),
        inv="PSB/30471",
        owed="23650.00",
        charset="iso-8859-1",
    ),
    Reply(
        "pp-es-1",
        "promise_to_pay",
        "es",
        ("Marta Giménez", "secretaria@ceip-losalmendros.example"),
        "2032-07-23 12:05",
        "gmail",
        "Hola,\n\nOs lo pagamos a finales de mes, que es cuando nos llega la partida de la Consejería para gastos de funcionamiento.\n\nUn saludo,\nMarta\nSecretaría – CEIP Los Almendros",
        lab(
            promised_date="2032-07-31",
            note="'a finales de mes' is the last day of July",
        ),
        inv="PSB/30469",
        owed="3120.00",
        cte="b64",
    ),
    Reply(
        "pp-es-2",
        "promise_to_pay",
        "es",
        ("Jordi Llorens", "comunidades@gestoria-llorens.example"),
        "2032-08-05 17:22",
        "outlook",
        "Buenas tardes:\n\nLe escribo en nombre de la Comunidad de Propietarios Calle Olmo, 14. La junta aprobó el pago de su factura PSB/30592 en la reunión del martes y los 4.120,00 € se transferirán el 20/08, junto con el resto de pagos a proveedores.\n\nAtentamente,\n\nJordi Llorens\nGestoría Llorens – Administración de Fincas",
        lab(
            "PSB/30592",
            promised_date="2032-08-20",
            amount="4120.00",
            currency="EUR",
            note="'aprobó' is past tense; the transfer is set for 20/08",
        ),
        inv="PSB/30592",
        owed="4120.00",
        charset="windows-1252",
    ),
    Reply(
        "pp-nl-1",
        "promise_to_pay",
        "nl",
        ("Ingrid Bosma", "i.bosma@obs-deregenboog.example"),
        "2032-07-21 13:44",
        "gmail",
        "Goedemiddag,\n\nWij betalen de factuur over twee weken, dan is de subsidie van de gemeente binnen. Excuses voor het ongemak.\n\nMet vriendelijke groet,\nIngrid Bosma\nFinanciële administratie – Stichting Basisschool De Regenboog",
        lab(
            promised_date="2032-08-04",
            note="'over twee weken' is 14 days after Wednesday 21 July",
        ),
        inv="PSB/30448",
        owed="8760.00",
    ),
    Reply(
        "pp-nl-2",
        "promise_to_pay",
        "nl",
        ("Bart Smeets", "bart@smeets-loonwerk.example"),
        "2032-08-06 16:58",
        "iphone",
        "Nog niet nee, komt volgende week donderdag. Excuus!! Groet Bart",
        lab(
            promised_date="2032-08-12",
            note="'nog niet' (not yet) followed by a promise; 'volgende week donderdag' from Friday 6 August is Thursday 12 August",
        ),
        inv="PSB/30583",
        owed="2275.00",
    ),
    Reply(
        "pp-it-1",
        "promise_to_pay",
        "it",
        ("Paola Ferretti", "amministrazione@caseificiovalleverde.example"),
        "2032-07-19 10:12",
        "outlook_html",
        "Buongiorno,\n\nprovvederemo al saldo della fattura PSB/30455 entro fine mese, come già concordato telefonicamente con il vostro tecnico.\n\nCordiali saluti\n\nRag. Paola Ferretti\nUfficio Amministrazione\nCaseificio Valle Verde S.r.l.",
        lab(
            "PSB/30455",
            promised_date="2032-07-31",
            note="'entro fine mese' is the last day of July",
        ),
        inv="PSB/30455",
        owed="15420.00",
    ),
    Reply(
        "pp-it-2",
        "promise_to_pay",
        "it",
        ("Marco Serra", "marco.serra@agriturismoilcasale.example"),
        "2032-08-11 08:37",
        "iphone",
        "Ciao, scusate ma siamo chiusi per ferie fino al 16 agosto e la banca online la gestisce mia moglie. Appena riapriamo, il 17/08, faccio il bonifico. Grazie Marco",
        lab(
            promised_date="2032-08-17",
            note="a person writing about a holiday closure, not an auto-reply; the transfer is promised for 17/08",
        ),
        inv="PSB/30596",
        owed="3560.00",
    ),
]

DISPUTE = [
    Reply(
        "di-en-1",
        "dispute",
        "en",
        ("Dai Morgan", "dai@pantglasfarm.example"),
        "2032-07-20 06:55",
        "iphone",
        "WE HAVE NOT PAID BECAUSE THE BATTERY HAS BEEN FAULTY SINCE DAY ONE. YOUR ENGINEER WAS SUPPOSED TO COME BACK ON THE 9TH AND NEVER TURNED UP. NOT PAYING A PENNY UNTIL ITS FIXED",
        lab(note="all caps; 'have NOT paid' followed by the reason"),
        inv="PSB/30426",
        owed="6890.00",
    ),
    Reply(
        "di-en-2",
        "dispute",
        "en",
        ("Owen Fletcher", "owen@kestreljoinery.example"),
        "2032-07-30 12:18",
        "gmail",
        "Hi,\n\nWe've paid PSB/30544 (the roof panels), that went last week. But PSB/30545 for the EV charger is wrong. The quote was £1,150 fitted and you've billed £1,640 with a line for groundworks that nobody agreed with us. Can you correct it and send a new one?\n\nCheers,\nOwen\nKestrel Joinery Ltd",
        lab(
            "PSB/30544",
            "PSB/30545",
            note="one invoice paid, the other contested: dispute wins over the payment claim",
        ),
        inv="PSB/30545",
        owed="1640.00",
    ),
    Reply(
        "di-en-3",
        "dispute",
        "en",
        ("Nadia Hussain", "nadia@elmrow-lettings.example"),
        "2032-08-09 14:37",
        "outlook",
        "Hello,\n\nSorry it’s taken me a while to reply, it’s been a hectic few weeks with the tenancy changeovers. The tenants at 12 Elm Row are very happy with the panels, and the lady in flat 3 says her bills have roughly halved, which is great news all round. I did mean to ask whether the inverter tripping twice in July is normal – your engineer reset it over the phone so I’m assuming it’s fine now.\n\nOn the invoice itself: it includes £680 for scaffolding at 14 Elm Row, which we cancelled back in May when the freeholder refused permission. Nothing was ever put up there, so please check with your scheduling team. Once that line is taken off we’ll settle the rest straight away.\n\nBest wishes,\nNadia Hussain\nElm Row Lettings",
        lab(
            note="the point is buried in a chatty reply: a cancelled line is contested and the rest is paid only once it is removed"
        ),
        inv="PSB/30581",
        owed="9245.00",
        charset="windows-1252",
    ),
    Reply(
        "di-de-1",
        "dispute",
        "de",
        ("Reinhard Brandl", "r.brandl@brandlhof.example"),
        "2032-07-26 20:44",
        "thunderbird",
        "Sehr geehrte Damen und Herren,\n\nwir widersprechen der Rechnung PSB/30497. Abgerechnet sind 24 Module, montiert wurden laut Abnahmeprotokoll vom 28.06. aber nur 22. Das können Sie auf dem Scheunendach auch gerne selbst nachzählen.\n\nBitte schicken Sie uns eine korrigierte Rechnung. Bis dahin zahlen wir nichts.\n\nMit freundlichen Grüßen\nReinhard Brandl\nBrandlhof",
        lab(
            "PSB/30497",
            note="quantity contested; the corrected-invoice request is part of the dispute",
        ),
        inv="PSB/30497",
        owed="12840.00",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "di-de-2",
        "dispute",
        "de",
        ("Petra Winkler", "p.winkler@hallberg-stadt.example"),
        "2032-08-03 10:26",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\ndie mit Rechnung PSB/30561 abgerechnete Ladeinfrastruktur an der Gesamtschule Hallberg ist bislang nicht abgenommen. Bei der Begehung am 21.07. wurden zwei Ladepunkte als nicht funktionsfähig festgestellt; das Protokoll liegt Ihrem Bauleiter vor.\n\nEine Zahlung erfolgt erst nach mängelfreier Abnahme. Wir bitten um Mitteilung, bis wann die Mängel behoben werden.\n\nMit freundlichen Grüßen\nIm Auftrag\n\nPetra Winkler\nStadt Hallberg – Schulverwaltungsamt",
        lab(
            "PSB/30561",
            note="defects found at acceptance; payment withheld until they are fixed",
        ),
        inv="PSB/30561",
        owed="27310.00",
    ),
    Reply(
        "di-fr-1",
        "dispute",
        "fr",
        ("Didier Fabre", "gaec.moulinneuf@agri-mail.example"),
        "2032-07-22 13:02",
        "gmail_plain",
        "Bonjour,\n\nVous nous facturez la mise en service alors que l'onduleur n'a jamais produit un seul kWh depuis la pose. Votre technicien devait repasser début juillet, on l'attend toujours.\n\nTant que l'installation ne fonctionne pas, on ne paiera pas cette facture.\n\nDidier Fabre\nGAEC du Moulin Neuf",
        lab(),
        inv="PSB/30451",
        owed="18900.00",
    ),
    Reply(
        "di-fr-2",
        "dispute",
        "fr",
        ("Claire Aubert", "claire.aubert@cabinet-aubert-kine.example"),
        "2032-08-12 18:20",
        "apple",
        "Bonsoir,\n\nPourquoi la facture PSB/30620 applique-t-elle une TVA à 20 % sur la totalité ? Votre devis signé prévoyait le taux réduit pour la partie pose. Merci de corriger, je réglerai dès réception de la facture rectifiée.\n\nClaire Aubert",
        lab(
            "PSB/30620",
            note="phrased as a question, but it contests the VAT rate; the payment is conditional on a corrected invoice",
        ),
        inv="PSB/30620",
        owed="7980.00",
    ),
    Reply(
        "di-es-1",
        "dispute",
        "es",
        ("Antonio Peña Lozano", "compras@bodegas-pena.example"),
        "2032-07-28 09:51",
        "html_only",
        "Buenos días:\n\nNo hemos pagado porque nos han facturado dos veces el mismo punto de recarga: las facturas PSB/30511 y PSB/30538 tienen el mismo concepto, la misma fecha de instalación y el mismo importe. Solo se instaló un cargador en la bodega.\n\nLes rogamos que anulen una de las dos y nos lo confirmen por escrito.\n\nSaludos cordiales,\n\nAntonio Peña Lozano\nDpto. de Compras – Bodegas Peña",
        lab(
            "PSB/30511",
            "PSB/30538",
            note="duplicate billing; negated payment with the reason; HTML only",
        ),
        inv="PSB/30538",
        owed="2460.00",
        charset="windows-1252",
    ),
    Reply(
        "di-nl-1",
        "dispute",
        "nl",
        ("Erik Jansen", "erik@jansen-zwolle.example"),
        "2032-07-24 10:15",
        "iphone",
        "Deze factuur klopt niet. We hadden een vaste prijs afgesproken van 9400 euro incl btw en jullie rekenen 10.250. Eerst aanpassen dan betalen we.",
        lab(note="price disagreement; payment conditional on a correction"),
        inv="PSB/30477",
        owed="10250.00",
    ),
    Reply(
        "di-nl-2",
        "dispute",
        "nl",
        ("Monique de Wit", "monique@dewit-bloemen.example"),
        "2032-08-04 15:33",
        "thunderbird",
        "Beste mensen,\n\nHet deel voor de panelen en de omvormer hebben we begin juli keurig betaald. Wat wij betwisten is de meerprijs van € 1.380 op factuur 30566 voor een extra groep in de meterkast. Daar is nooit opdracht voor gegeven en jullie monteur heeft het ook niet met ons overlegd.\n\nGraag een creditnota voor dat bedrag.\n\nMet vriendelijke groet,\nMonique de Wit\nDe Wit Bloemen & Planten",
        lab(
            "PSB/30566",
            note="part paid, the extra contested: dispute; '30566' is a short form of PSB/30566",
        ),
        inv="PSB/30566",
        owed="1380.00",
        cte="8bit",
    ),
    Reply(
        "di-it-1",
        "dispute",
        "it",
        ("Geom. Fabio Rinaldi", "rinaldi@studiorinaldi-condomini.example"),
        "2032-07-30 11:08",
        "outlook",
        "Gentili signori,\n\nin qualità di amministratore del Condominio Le Magnolie vi comunico che la fattura PSB/30587 non è conforme al preventivo approvato dall’assemblea del 12 aprile: risultano addebitati otto pannelli in più e un sistema di accumulo che non è mai stato deliberato.\n\nVi chiedo pertanto di emettere nota di credito per la differenza. Il condominio non procederà al pagamento della fattura nella forma attuale.\n\nDistinti saluti\n\nGeom. Fabio Rinaldi\nAmministratore – Condominio Le Magnolie",
        lab(
            "PSB/30587",
            note="invoice does not match the approved quote; a credit note is asked for",
        ),
        inv="PSB/30587",
        owed="31450.00",
        charset="windows-1252",
    ),
    Reply(
        "di-it-2",
        "dispute",
        "it",
        ("Salvatore Greco", "salvatore.greco@agricolagreco.example"),
        "2032-08-09 07:48",
        "android",
        "buongiorno non abbiamo pagato perche l impianto e fermo da tre settimane e nessuno ci risponde al telefono prima sistemate poi paghiamo",
        lab(note="no punctuation or accents; a negated payment with the reason"),
        inv="PSB/30549",
        owed="9870.00",
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pl-en-1",
        "payment_plan",
        "en",
        ("Kerry Walsh", "kerry.walsh83@gmail.com"),
        "2032-07-25 21:33",
        "gmail_plain",
        "Hi,\n\nI'm really sorry about this. My partner has been off work since May after an operation and we just can't find £5,300 in one go at the moment. Would it be possible to pay £450 a month until it's cleared? I can set up a standing order from the 1st of August.\n\nI don't want to ignore it, I just need a bit of help.\n\nKerry",
        lab(
            note="hardship with monthly instalments proposed; plan dates and amounts are not labelled"
        ),
        inv="PSB/30437",
        owed="5300.00",
    ),
    Reply(
        "pl-en-2",
        "payment_plan",
        "en",
        ("Ian Crossley", "ian@crossley-arable.example"),
        "2032-07-20 16:50",
        "outlook",
        "Afternoon,\n\nWe've sent £2,000 this afternoon against PSB/30428 and will clear the balance by the end of September once the grain's sold. Hope that's OK, give me a ring if not.\n\nIan Crossley\nCrossley Arable Ltd",
        lab(
            "PSB/30428",
            note="part paid now and the rest later: payment_plan, not payment_sent",
        ),
        inv="PSB/30428",
        owed="8400.00",
    ),
    Reply(
        "pl-en-3",
        "payment_plan",
        "en",
        ("Priya Nair", "priya@nairpharmacy.example"),
        "2032-08-06 17:05",
        "thunderbird",
        "Hello,\n\nCould we have another 60 days on this invoice? Our cash is tied up in a refit of the shop until the end of September and I'd rather pay you properly than in dribs and drabs. Happy to sign something if you need it in writing.\n\nThanks,\nPriya Nair\nNair Pharmacy",
        lab(note="more time asked for"),
        inv="PSB/30563",
        owed="4725.00",
    ),
    Reply(
        "pl-de-1",
        "payment_plan",
        "de",
        ("Ulrike Sommer", "ulrike.sommer@sommer-immobilien.example"),
        "2032-07-31 11:12",
        "apple",
        "Guten Tag,\n\nwäre es möglich, den Betrag in drei Raten zu zahlen? Ich würde die erste Rate zum 15.08. überweisen und die beiden weiteren jeweils zum 15. der Folgemonate. Mit zwei Mietshäusern gleichzeitig ist der Sommer leider etwas eng.\n\nViele Grüße\nUlrike Sommer",
        lab(note="three instalments; the first instalment date is not a promised date"),
        inv="PSB/30506",
        owed="13200.00",
    ),
    Reply(
        "pl-de-2",
        "payment_plan",
        "de",
        ("Klaus-Peter Vogt", "vogt@stb-vogt.example"),
        "2032-08-12 10:40",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nnamens und im Auftrag unseres Mandanten, Herrn Martin Eggers (Geflügelhof Eggers), beantragen wir für die Rechnung PSB/30548 eine Stundung bis zum 30.09.2032. Aufgrund der Stallsanierung ist die Liquidität unseres Mandanten derzeit angespannt.\n\nWir bitten um kurze Bestätigung.\n\nMit freundlichen Grüßen\n\nKlaus-Peter Vogt\nSteuerberater",
        lab(
            "PSB/30548",
            note="formal deferral request (Stundung): more time, so payment_plan",
        ),
        inv="PSB/30548",
        owed="16750.00",
        charset="iso-8859-1",
    ),
    Reply(
        "pl-fr-1",
        "payment_plan",
        "fr",
        ("Sophie Garnier", "sophie.garnier@garnier-maison.example"),
        "2032-07-27 20:02",
        "iphone",
        "Bonsoir, serait-il possible d’étaler le paiement sur 4 mois ? La batterie nous a coûté plus cher que prévu avec les travaux électriques et on ne peut pas tout payer d’un coup. Merci de votre compréhension. Sophie Garnier",
        lab(),
        inv="PSB/30489",
        owed="6120.00",
    ),
    Reply(
        "pl-fr-2",
        "payment_plan",
        "fr",
        ("Luc Perrin", "luc.perrin@perrin-menuiserie.example"),
        "2032-08-02 09:05",
        "gmail",
        "Bonjour,\n\nJe vous fais un virement de 1 500 € aujourd'hui et je vous règle le reste fin de mois prochain, après le paiement de notre gros chantier. Est-ce que ça vous convient ?\n\nCordialement,\nLuc Perrin\nMenuiserie Perrin",
        lab(note="part now, the rest at the end of next month: payment_plan"),
        inv="PSB/30528",
        owed="4380.00",
    ),
    Reply(
        "pl-es-1",
        "payment_plan",
        "es",
        ("Jesús Olmedo", "jesus.olmedo@fincalasencinas.example"),
        "2032-07-29 19:51",
        "android",
        "Buenas, ¿podriamos pagarlo en tres plazos? estamos en plena campaña y hasta que no vendamos la cosecha vamos muy justos. Gracias",
        lab(),
        inv="PSB/30501",
        owed="9600.00",
    ),
    Reply(
        "pl-es-2",
        "payment_plan",
        "es",
        ("Carmen Vidal", "carmen@reformasvidal.example"),
        "2032-08-09 13:30",
        "gmail_plain",
        "Hola:\n\nHoy hemos pagado la mitad (2.300 €) y la otra mitad la pagaremos a finales de mes, en cuanto cobremos una obra.\n\nGracias por la paciencia,\nCarmen Vidal\nReformas Vidal",
        lab(
            note="half paid today and the rest at the end of the month: payment_plan, not payment_sent"
        ),
        inv="PSB/30569",
        owed="4600.00",
    ),
    Reply(
        "pl-nl-1",
        "payment_plan",
        "nl",
        ("Pieter Hoekstra", "p.hoekstra@hoekstra-transport.example"),
        "2032-07-26 08:42",
        "outlook",
        "Goedemorgen,\n\nKunnen we een betalingsregeling afspreken? Ik denk aan vier termijnen van € 1.250, de eerste begin augustus. De zomer is voor ons altijd een rustige periode.\n\nMet vriendelijke groet,\n\nPieter Hoekstra\nHoekstra Transport B.V.",
        lab(note="Dutch reply to an English reminder"),
        inv="PSB/30480",
        owed="5000.00",
        rlang="en",
    ),
    Reply(
        "pl-it-1",
        "payment_plan",
        "it",
        ("Roberta Conti", "roberta.conti@conti-casa.example"),
        "2032-08-04 21:15",
        "apple",
        "Buonasera,\n\nsarebbe possibile rateizzare l’importo in sei rate mensili? Con le spese della casa nuova siamo un po’ in difficoltà, ma vogliamo assolutamente saldare tutto.\n\nGrazie mille,\nRoberta Conti",
        lab(),
        inv="PSB/30541",
        owed="7340.00",
    ),
    Reply(
        "pl-it-2",
        "payment_plan",
        "it",
        ("Franco Lombardi", "lombardi@lombardi-serramenti.example"),
        "2032-07-21 15:27",
        "outlook_html",
        "Buongiorno,\n\nvi informiamo che abbiamo versato oggi un acconto di 1.000 euro sulla fattura PSB/30452. Il saldo lo verseremo entro fine settembre.\n\nRestiamo a disposizione.\n\nCordiali saluti\n\nFranco Lombardi\nLombardi Serramenti s.n.c.",
        lab(
            "PSB/30452",
            note="a deposit paid today and the balance by the end of September: payment_plan",
        ),
        inv="PSB/30452",
        owed="3870.00",
        charset="iso-8859-1",
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Leanne Porter", "leanne.porter@brackenfield-logistics.example"),
        "2032-07-22 10:14",
        "outlook_html",
        "Hello,\n\nWe can't process PSB/30461 as it doesn't quote a purchase order number and our system rejects anything without one. Please reissue it with PO 4500127731 (raised by our Facilities team for the warehouse roof array) and send it to this mailbox. It'll go into the next run once it's matched.\n\nMany thanks,\nLeanne Porter\nAccounts Payable | Brackenfield Logistics Ltd",
        lab(
            "PSB/30461",
            note="reissue with a PO number before payment, amount not contested",
        ),
        inv="PSB/30461",
        owed="21960.00",
        headers=(SUPPRESS,),
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Tom Ashworth", "bursar@stcuthberts-school.example"),
        "2032-07-19 13:55",
        "gmail",
        "Hi,\n\nWe don't seem to have this invoice on file at all – could you send a copy? We'll also need your bank details on letterhead, as you're not yet set up as a supplier on our system.\n\nThanks,\nTom Ashworth\nBursar, St Cuthbert's School",
        lab(note="copy of the invoice and bank details needed before paying"),
        inv="PSB/30411",
        owed="9450.00",
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Geoff Mallory", "geoff@mallory-properties.example"),
        "2032-08-03 08:20",
        "outlook",
        "Morning,\n\nBefore we pay anything I need your bank details confirmed on headed paper, signed by a director. We had a fraud attempt last year with a supplier’s details being changed, so it’s our policy now. Once I have that I’ll get PSB/30529 paid.\n\nRegards,\nGeoff Mallory\nMallory Properties",
        lab(
            "PSB/30529",
            note="a document is needed before paying; the conditional payment is secondary",
        ),
        inv="PSB/30529",
        owed="5180.00",
        charset="windows-1252",
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Jana Lorenz", "rechnungseingang@landkreis-wendtal.example"),
        "2032-07-28 11:30",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nals öffentlicher Auftraggeber können wir Rechnungen nur noch im Format XRechnung verarbeiten. Bitte übermitteln Sie uns die Rechnung PSB/30483 (PV-Anlage Grundschule Wendtal) über das Rechnungseingangsportal unter Angabe der Leitweg-ID 12-0815-WT-77. Nach Eingang wird die Zahlung umgehend angewiesen.\n\nMit freundlichen Grüßen\nJana Lorenz\nLandkreis Wendtal – Zentrale Rechnungsbearbeitung",
        lab("PSB/30483", note="public body needs an e-invoice before paying"),
        inv="PSB/30483",
        owed="34200.00",
    ),
    Reply(
        "ir-de-2",
        "invoice_request",
        "de",
        ("Bernd Kowalski", "bernd.kowalski@kowalski-dach.example"),
        "2032-08-07 10:02",
        "gmail_plain",
        "Hallo,\n\nwas ist das für eine Rechnung? Ich hab die nie bekommen. Ist das die für die Wallbox aus dem Juni? Schicken Sie mir die bitte nochmal zu, dann schau ich mir das an.\n\nGruß\nBernd Kowalski",
        lab(note="asks what it is and for a copy: invoice_request"),
        inv="PSB/30573",
        owed="1690.00",
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Nathalie Roux", "n.roux@transports-roux.example"),
        "2032-07-20 10:47",
        "outlook_html",
        "Bonjour,\n\nPourriez-vous nous renvoyer la facture PSB/30438 en y faisant figurer notre numéro de bon de commande (BC-2032-0417) ? Sans cette référence, notre service comptable ne peut pas la mettre en paiement.\n\nJe vous remercie par avance.\n\nNathalie Roux\nAssistante de direction – Transports Roux",
        lab("PSB/30438", note="reissue with the purchase-order number"),
        inv="PSB/30438",
        owed="14600.00",
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Jean-Pierre Vasseur", "jp.vasseur@vasseur-expertise.example"),
        "2032-08-10 16:12",
        "thunderbird",
        "Bonjour,\n\nJe suis l'expert-comptable de l'EARL des Trois Chênes. Afin de rapprocher le compte fournisseur, pourriez-vous m'adresser un relevé de compte détaillé (factures, avoirs et règlements reçus depuis janvier) ? Je vous confirmerai ensuite le montant à régler.\n\nBien cordialement,\n\nJean-Pierre Vasseur\nCabinet Vasseur - Expertise comptable",
        lab(note="statement of account asked for by the client's accountant"),
        inv="PSB/30536",
        owed="8230.00",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Lucía Navarro", "lucia.navarro@navarro-familia.example"),
        "2032-07-31 12:40",
        "iphone",
        "Hola, me podéis mandar la factura a mi nombre y con mi NIF? La habéis hecho a nombre de mi marido y la necesito así para la deducción del IRPF. El importe está bien. Gracias!",
        lab(note="reissue in the right name with a tax ID; the amount is accepted"),
        inv="PSB/30503",
        owed="5790.00",
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Ramón Castillo", "rcastillo@granjacastillo.example"),
        "2032-08-11 09:14",
        "outlook",
        "Buenos días:\n\nPara poder pagar la factura necesitamos primero el certificado de la instalación eléctrica y la memoria técnica, porque sin ellos no podemos justificar la subvención. En cuanto los tengamos, damos orden de pago.\n\nUn saludo,\n\nRamón Castillo\nGranja Castillo",
        lab(note="documents needed before paying, nothing contested"),
        inv="PSB/30584",
        owed="22480.00",
        charset="iso-8859-1",
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Femke Visser", "administratie@visser-kaas.example"),
        "2032-07-27 14:22",
        "gmail",
        "Hallo,\n\nKunnen jullie een kopie van de factuur sturen met ons inkoopnummer erop (IO-2207)? Zonder dat nummer kan ik hem niet inboeken en dus ook niet betalen.\n\nGroetjes,\nFemke\nKaasboerderij Visser",
        lab(note="reissue with the purchase number"),
        inv="PSB/30486",
        owed="7715.00",
        cte="b64",
    ),
    Reply(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Hans Mulder", "hans@mulder-vastgoed.example"),
        "2032-08-13 10:05",
        "apple_html",
        "Goedemorgen,\n\nKunt u mij een overzicht sturen van alle openstaande posten op ons account? We hebben vier panden bij u lopen en ik ben het overzicht kwijt welke facturen nog open staan.\n\nMet vriendelijke groet,\nHans Mulder\nMulder Vastgoed",
        lab(note="statement of open items"),
        inv="PSB/30598",
        owed="4415.00",
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Elena Marchetti", "amministrazione@ic-valdarno.example"),
        "2032-07-23 09:32",
        "outlook",
        "Buongiorno,\n\nper poter procedere al pagamento è necessario che la fattura PSB/30474 ci venga trasmessa in formato elettronico tramite il Sistema di Interscambio, indicando il codice univoco ufficio UF7K2Q e il CIG riportato nell'ordine. La fattura ricevuta via e-mail non è per noi utilizzabile.\n\nCordiali saluti\n\nElena Marchetti\nDSGA – Istituto Comprensivo Valdarno",
        lab(
            "PSB/30474",
            note="public school needs the e-invoice through the exchange system before paying",
        ),
        inv="PSB/30474",
        owed="19850.00",
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Chloe Bennett", "chloebennett.92@gmail.com"),
        "2032-08-01 11:26",
        "iphone",
        "Hi, I’m just the tenant at 7 Marsh Lane, the panels belong to my landlord. You need to contact him, David Okafor – david@okafor-lettings.example. Thanks",
        lab(
            new_contact="david@okafor-lettings.example",
            note="tenant, not the customer; the landlord's address is given",
        ),
        inv="PSB/30515",
        owed="3650.00",
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Finance Team", "finance@pennwick-estates.example"),
        "2032-07-28 23:41",
        "outlook_html",
        "Dear Supplier,\n\nPlease be advised that our accounts department has migrated to a new email platform. With immediate effect, all statements, reminders and correspondence regarding outstanding invoices should be sent to pennwickestates.accounts@gmail.com only.\n\nKindly do not copy our old addresses on future correspondence as they are no longer monitored.\n\nRegards,\nFinance Team\nPennwick Estates",
        lab(
            new_contact="pennwickestates.accounts@gmail.com",
            note="reads like a redirection attempt (free-mail address, sent near midnight, asks to drop the old addresses); labelled by what it asks, and a person should verify it before any contact is changed",
        ),
        inv="PSB/30492",
        owed="8940.00",
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Joost van der Molen", "j.vandermolen@vandermolen-agri.example"),
        "2032-08-09 09:47",
        "outlook_html",
        "Hi,\n\nI'm in sales, not finance – please send invoices and reminders to our payables mailbox: Payables.NL@VanderMolen-Agri.example (copied here). They handle all supplier payments for the Dutch sites.\n\nBest regards,\nJoost van der Molen\nVan der Molen Agri B.V.",
        lab(
            new_contact="payables.nl@vandermolen-agri.example",
            note="English reply to a Dutch reminder from a Dutch firm; the address is written in mixed case and copied in Cc, labelled in lower case",
        ),
        inv="PSB/30576",
        owed="12600.00",
        region="ce",
        rlang="nl",
        headers=(("Cc", "Payables.NL@VanderMolen-Agri.example"),),
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Horst Zimmermann", "hausmeister@grundschule-eichenhain.example"),
        "2032-07-20 07:35",
        "outlook",
        "Guten Morgen,\n\nich bin hier nur der Hausmeister. Rechnungen für die Schule gehen an den Schulträger, die Gemeinde Eichenhain, Kämmerei: kaemmerei@gemeinde-eichenhain.example. Bitte dorthin schicken.\n\nGruß\nH. Zimmermann",
        lab(new_contact="kaemmerei@gemeinde-eichenhain.example"),
        inv="PSB/30423",
        owed="17320.00",
        charset="iso-8859-1",
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("André Vidal", "andre.vidal47@gmail.com"),
        "2032-07-24 09:30",
        "gmail",
        "Bonjour,\n\nJe ne m'occupe plus des papiers de l'exploitation depuis que j'ai pris ma retraite en mai, c'est ma fille qui a repris la ferme. Écrivez-lui directement : claire.vidal@ferme-vidal.example\n\nBonne journée,\nAndré Vidal",
        lab(new_contact="claire.vidal@ferme-vidal.example"),
        inv="PSB/30467",
        owed="11200.00",
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Comptabilité Boulangerie Morel", "compta@boulangerie-morel.example"),
        "2032-08-02 08:14",
        "notice",
        "Bonjour,\n\nCette adresse n'est plus consultée depuis le 1er juillet 2032. Merci d'adresser désormais vos factures et relances à : comptabilite@morel-boulangeries.example\n\nVotre message ne sera pas transféré.\n\nBoulangerie Morel",
        lab(
            new_contact="comptabilite@morel-boulangeries.example",
            note="automatic 'this address is no longer read' notice naming the new address: wrong_contact rather than auto_reply",
        ),
        inv="PSB/30521",
        owed="2870.00",
        subject="Réponse automatique : {orig}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Escuela de Música Allegro", "info@escuelamusica-allegro.example"),
        "2032-07-26 17:05",
        "gmail_plain",
        "Hola:\n\nCreo que se han equivocado de dirección. Esto es una escuela de música, no tenemos ninguna instalación solar con ustedes ni hemos pedido nada.\n\nUn saludo",
        lab(note="wrong recipient altogether, no new address"),
        inv="PSB/30476",
        owed="2340.00",
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Joaquín Herrera", "jherrera@herrera-asesores.example"),
        "2032-08-05 19:12",
        "outlook_html",
        "Buenas tardes:\n\nSoy el presidente de la comunidad, pero las facturas las lleva el administrador de fincas. Por favor, dirijan la reclamación a Fincas Turia, a la atención de la Sra. Beltrán: administracion@fincasturia.example\n\nGracias.\n\nJoaquín Herrera",
        lab(new_contact="administracion@fincasturia.example"),
        inv="PSB/30559",
        owed="9120.00",
        charset="windows-1252",
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Ruud Bakker", "r.bakker@tuincentrumdelinde.example"),
        "2032-07-22 18:09",
        "iphone",
        "Ik werk sinds 1 juli niet meer bij De Linde. Stuur dit naar crediteuren@tuincentrumdelinde.example, die regelen het. Gr Ruud",
        lab(new_contact="crediteuren@tuincentrumdelinde.example"),
        inv="PSB/30444",
        owed="6380.00",
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Anouk Peeters", "anouk.peeters@peeters-thuis.example"),
        "2032-08-10 20:50",
        "android",
        "U heeft het verkeerde e-mailadres. Ik ken dit bedrijf niet en heb nooit zonnepanelen gekocht.",
        lab(note="wrong person, no new address; not a dispute of a real order"),
        inv="PSB/30593",
        owed="4980.00",
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Dott. Mauro Ricci", "m.ricci@studioricci-amministrazioni.example"),
        "2032-07-29 12:03",
        "outlook",
        "Gentili signori,\n\nvi informo che dal 1° luglio non sono più l’amministratore del Condominio Via dei Tigli 8. Il nuovo amministratore è lo Studio Bellini, al quale vi prego di indirizzare fatture e solleciti: studio.bellini@bellini-condomini.example\n\nCordiali saluti\nDott. Mauro Ricci",
        lab(new_contact="studio.bellini@bellini-condomini.example"),
        inv="PSB/30505",
        owed="13760.00",
        charset="windows-1252",
    ),
    Reply(
        "wc-it-2",
        "wrong_contact",
        "it",
        ("Valentina Costa", "valentina.costa@costa-vivai.example"),
        "2032-08-03 14:45",
        "gmail",
        "Buongiorno,\n\nio mi occupo solo delle vendite. Giro la mail alla nostra contabilità che trovate in copia (contabilita@costa-vivai.example): per le fatture scrivete direttamente a loro.\n\nGrazie,\nValentina Costa\nVivai Costa",
        lab(
            new_contact="contabilita@costa-vivai.example",
            note="the accounts address is also copied in Cc",
        ),
        inv="PSB/30531",
        owed="5210.00",
        headers=(("Cc", "Contabilità Vivai Costa <contabilita@costa-vivai.example>"),),
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Lee Harding", "lee@hardingbuild.example"),
        "2032-07-27 19:58",
        "iphone",
        "I’ve told your office twice I’m paying on the 31st. Stop emailing me every other day, it’s getting beyond a joke.",
        lab(note="a promise plus a stop request: unsubscribe wins"),
        inv="PSB/30472",
        owed="3290.00",
    ),
    Reply(
        "un-en-2",
        "unsubscribe",
        "en",
        ("Rebecca Thornton", "r.thornton@thornton-vale-law.example"),
        "2032-08-06 16:20",
        "outlook_html",
        "Dear Sirs,\n\nWe act for Mr and Mrs A. Hartley of Willow Cottage, Church Lane, in connection with the battery storage installation at their property, which is the subject of a dispute between our clients and your company.\n\nPlease direct all further correspondence concerning this matter to this firm. Our clients have asked that you do not contact them directly, whether by email, telephone or post.\n\nYours faithfully,\n\nRebecca Thornton\nSolicitor\nThornton Vale LLP",
        lab(
            note="solicitor's letter: talk to the lawyer, not the client → unsubscribe, which beats the dispute it mentions"
        ),
        inv="PSB/30539",
        owed="10480.00",
    ),
    Reply(
        "un-en-3",
        "unsubscribe",
        "en",
        ("Sandra Lloyd", "office@northvale-pc.example"),
        "2032-07-30 10:02",
        "outlook",
        "Hello,\n\nPlease remove this address from your reminder emails. Northvale Parish Council only accepts invoices and correspondence by post, addressed to the Clerk at the Parish Office, Station Road. Anything sent to this mailbox will not be actioned.\n\nSandra Lloyd\nAssistant to the Clerk\nNorthvale Parish Council",
        lab(note="post only"),
        inv="PSB/30499",
        owed="6150.00",
    ),
    Reply(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Dr. Friedrich Hagen", "f.hagen@hagen-praxis.example"),
        "2032-08-02 18:30",
        "thunderbird",
        "Sehr geehrte Damen und Herren,\n\nich bitte Sie, mir keine Zahlungserinnerungen mehr per E-Mail zu senden. Schriftverkehr mit meiner Praxis bitte ausschließlich per Post.\n\nMit freundlichen Grüßen\nDr. med. Friedrich Hagen",
        lab(note="post only"),
        inv="PSB/30523",
        owed="5560.00",
    ),
    Reply(
        "un-de-2",
        "unsubscribe",
        "de",
        ("Michaela Kurz", "mkurz@kurz-fahrschule.example"),
        "2032-07-21 12:13",
        "iphone",
        "Bitte nehmen Sie mich aus Ihrem Verteiler. Die Rechnung ist längst bezahlt.",
        lab(note="stop request plus a payment claim: unsubscribe wins"),
        inv="PSB/30446",
        owed="1980.00",
    ),
    Reply(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Bertrand Leclerc", "b.leclerc@leclerc-famille.example"),
        "2032-08-11 22:05",
        "gmail",
        "Monsieur, Madame,\n\nMerci de ne plus m'écrire à cette adresse. Toute communication relative à ce dossier doit désormais passer par mon avocat, Maître Rousseau, à qui j'ai transmis vos courriels.\n\nB. Leclerc",
        lab(note="only through my lawyer, no address given"),
        inv="PSB/30554",
        owed="8870.00",
    ),
    Reply(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Álvaro Fuentes", "alvaro@fuentes-bcn.example"),
        "2032-07-30 08:03",
        "android",
        "Dejen de mandarme correos, ya pagué hace dos semanas. Ya vale.",
        lab(note="stop request plus a payment claim: unsubscribe wins"),
        inv="PSB/30463",
        owed="2640.00",
    ),
    Reply(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Inmaculada Serrano", "iserrano@hotelmiramar-peniscola.example"),
        "2032-08-04 12:47",
        "outlook_html",
        "Estimados señores:\n\nLes ruego que den de baja esta dirección de sus envíos automáticos. Cualquier comunicación sobre facturas deberá remitirse por correo postal a nuestro domicilio social.\n\nAtentamente,\n\nInmaculada Serrano\nDirección – Hotel Miramar",
        lab(note="very formal; post only"),
        inv="PSB/30537",
        owed="15900.00",
        charset="windows-1252",
    ),
    Reply(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("Wim de Groot", "w.degroot@degroot-akkerbouw.example"),
        "2032-07-23 10:55",
        "outlook",
        "Geachte heer/mevrouw,\n\nGraag ontvangen wij geen herinneringen meer per e-mail. Correspondentie uitsluitend per post naar ons postadres, Postbus 112. Mails naar dit adres worden niet meer gelezen.\n\nMet vriendelijke groet,\nW. de Groot\nDe Groot Akkerbouw",
        lab(note="post only"),
        inv="PSB/30457",
        owed="9870.00",
    ),
    Reply(
        "un-nl-2",
        "unsubscribe",
        "nl",
        ("Ronald Kuipers", "ronaldkuipers@outlook.com"),
        "2032-08-08 13:11",
        "iphone",
        "HOU OP MET DAT GEMAIL. We betalen als de batterij eindelijk doet wat jullie beloofd hebben.",
        lab(note="all-caps stop request plus a complaint: unsubscribe beats dispute"),
        inv="PSB/30552",
        owed="7450.00",
    ),
    Reply(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Gianni Esposito", "g.esposito@esposito-costruzioni.example"),
        "2032-07-26 15:38",
        "outlook",
        "Spett.le ditta,\n\nvi prego di cancellare questo indirizzo dalle vostre comunicazioni. Per qualsiasi questione relativa alla fattura rivolgetevi al nostro legale, l'avv. Moretti del foro di Bari.\n\nDistinti saluti\nGianni Esposito\nEsposito Costruzioni s.r.l.",
        lab(note="remove me plus 'talk to our lawyer', no address"),
        inv="PSB/30468",
        owed="12300.00",
        charset="iso-8859-1",
    ),
    Reply(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Alessia Fontana", "alessia.fontana88@gmail.com"),
        "2032-08-12 09:20",
        "gmail_plain",
        "Ho già detto al vostro collega che pago a settembre. Non scrivetemi più ogni settimana per favore.\nAlessia",
        lab(note="a promise plus a stop request: unsubscribe wins"),
        inv="PSB/30589",
        owed="2760.00",
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Hannah Reid", "hannah.reid@greenholme-estates.example"),
        "2032-07-26 09:03",
        "notice_alt",
        "Thank you for your email. I am out of the office until Monday 9 August with limited access to email. For anything urgent please call the estate office.\n\nHannah Reid\nEstate Manager, Greenholme Estates",
        lab(return_date="2032-08-09", note="'until X': X itself"),
        inv="PSB/30470",
        owed="14250.00",
        subject="Automatic reply: {orig}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        "en",
        ("Brackley Foods AP Helpdesk", "aphelp@brackleyfoods.example"),
        "2032-08-04 10:12",
        "notice",
        "Hello,\n\nThank you for contacting Brackley Foods Accounts Payable. Your query has been logged as AP-48812.\n\nA member of the team will pick it up shortly. Our current response time for supplier queries is up to 5 working days. Please quote the reference above in any further correspondence.\n\nBrackley Foods Supplier Services",
        lab(note="ticket-system acknowledgement, no return date"),
        inv="PSB/30532",
        owed="19870.00",
        subject="[AP-48812] Re: {orig}",
        headers=(AUTO_GENERATED, ("X-Mailer", "ServiceDesk Mailer")),
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        "en",
        ("Fernbrook Academy Office", "office@fernbrook-academy.example"),
        "2032-07-30 12:00",
        "notice",
        "The school office is now closed for the summer holidays. Emails will not be read until the office reopens on Tuesday 31 August.\n\nIf your enquiry concerns safeguarding, please contact the local authority duty team.\n\nFernbrook Academy",
        lab(
            return_date="2032-08-31",
            note="only an X-Autoreply header marks it as automatic",
        ),
        inv="PSB/30510",
        owed="16400.00",
        subject="Out of Office: {orig}",
        headers=(("X-Autoreply", "yes"),),
        threaded=False,
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Katrin Becker", "k.becker@becker-landtechnik.example"),
        "2032-07-27 09:04",
        "notice",
        "Vielen Dank für Ihre Nachricht.\n\nIch bin vom 26.07. bis einschließlich 13.08. nicht im Büro. Ab dem 16.08. bin ich wieder für Sie erreichbar. In dringenden Fällen wenden Sie sich bitte an buchhaltung@becker-landtechnik.example.\n\nFreundliche Grüße\nKatrin Becker",
        lab(
            return_date="2032-08-16",
            note="'ab dem 16.08.' wins over 'bis einschließlich 13.08.'; a colleague's address in an auto-reply is not a new contact",
        ),
        inv="PSB/30464",
        owed="7320.00",
        subject="Automatische Antwort: {orig}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-de-2",
        "auto_reply",
        "de",
        ("Hausverwaltung Neumann", "info@hv-neumann.example"),
        "2032-08-09 11:40",
        "notice",
        "Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre E-Mail, die hiermit bei uns eingegangen ist. Wir bearbeiten alle Anfragen in der Reihenfolge ihres Eingangs und melden uns schnellstmöglich bei Ihnen.\n\nBitte sehen Sie von telefonischen Nachfragen ab.\n\nIhre Hausverwaltung Neumann",
        lab(note="receipt acknowledgement with only a Precedence header"),
        inv="PSB/30562",
        owed="8810.00",
        subject="Eingangsbestätigung: {orig}",
        charset="iso-8859-1",
        headers=(("Precedence", "auto_reply"),),
        threaded=False,
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Isabelle Moreau", "i.moreau@domaine-des-cigales.example"),
        "2032-08-05 10:22",
        "notice",
        "Bonjour,\n\nJe suis en congés jusqu'au 23 août inclus, sans accès à ma messagerie. Retour au bureau le 24 août.\n\nPour toute urgence, merci de contacter le standard du domaine.\n\nIsabelle Moreau\nDomaine des Cigales",
        lab(
            return_date="2032-08-24",
            note="'retour le 24 août' wins over 'jusqu'au 23 août inclus'",
        ),
        inv="PSB/30546",
        owed="12780.00",
        subject="Réponse automatique : {orig}",
        charset="iso-8859-1",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-fr-2",
        "auto_reply",
        "fr",
        ("Mairie de Bellecombe", "accueil@mairie-bellecombe.example"),
        "2032-07-21 14:33",
        "notice",
        "Bonjour,\n\nVotre message a bien été reçu par les services de la mairie. Il sera transmis au service concerné.\n\nHoraires d'été : la mairie est ouverte du lundi au vendredi de 9 h à 12 h jusqu'au 27 août.\n\nMairie de Bellecombe",
        lab(note="receipt acknowledgement; the summer opening hours are not a return date"),
        inv="PSB/30431",
        owed="21400.00",
        subject="Accusé de réception – {orig}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Patricia Domínguez", "pdominguez@talleres-dominguez.example"),
        "2032-08-02 09:10",
        "notice",
        "Estaré fuera de la oficina hasta el 30 de agosto. Durante mi ausencia los correos no se reenviarán. Para asuntos urgentes, llame a la centralita.\n\nPatricia Domínguez\nTalleres Domínguez",
        lab(return_date="2032-08-30", note="'hasta X': X itself"),
        inv="PSB/30520",
        owed="6640.00",
        subject="Respuesta automática: {orig}",
        cte="b64",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Maarten Kok", "m.kok@kok-zuivel.example"),
        "2032-07-30 16:44",
        "notice",
        "Beste afzender,\n\nIk ben met vakantie tot en met vrijdag 20 augustus. Vanaf maandag 23 augustus ben ik weer aanwezig en zal ik uw bericht beantwoorden.\n\nMet vriendelijke groet,\nMaarten Kok",
        lab(
            return_date="2032-08-23",
            note="'vanaf maandag 23 augustus' wins over 'tot en met vrijdag 20 augustus'",
        ),
        inv="PSB/30513",
        owed="10930.00",
        subject="Automatisch antwoord: {orig}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-nl-2",
        "auto_reply",
        "nl",
        ("Klantenservice Groenhuys", "info@groenhuys-tuinen.example"),
        "2032-07-20 08:31",
        "notice",
        "Bedankt voor uw e-mail!\n\nWij hebben uw bericht in goede orde ontvangen en streven ernaar binnen twee werkdagen te reageren.\n\nTeam Groenhuys Tuinen",
        lab(note="autoresponder with no automatic-message header at all"),
        inv="PSB/30418",
        owed="3460.00",
        subject="Bedankt voor uw bericht",
        threaded=False,
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Davide Colombo", "d.colombo@colombo-impianti.example"),
        "2032-08-06 11:15",
        "notice",
        "Sono in ferie fino a venerdì 20 agosto compreso, con accesso limitato alla posta. Rientro in ufficio lunedì 23 agosto.\n\nPer urgenze amministrative potete scrivere a ufficio@colombo-impianti.example.\n\nDavide Colombo",
        lab(
            return_date="2032-08-23",
            note="the day back wins; the colleague address is not a new contact",
        ),
        inv="PSB/30560",
        owed="5870.00",
        subject="Risposta automatica: {orig}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-it-2",
        "auto_reply",
        "it",
        ("Cantina Sociale Colli Berici", "info@cantinacolliberici.example"),
        "2032-08-09 07:00",
        "notice_html",
        "Gentile cliente,\n\nvi informiamo che i nostri uffici resteranno chiusi per la pausa estiva dal 9 al 20 agosto. Le e-mail ricevute in questo periodo saranno lette alla riapertura, lunedì 23 agosto.\n\nBuone vacanze!\n\nCantina Sociale Colli Berici",
        lab(
            return_date="2032-08-23",
            note="holiday closure notice, HTML only, with Precedence and X-Autoreply but no Auto-Submitted",
        ),
        inv="PSB/30565",
        owed="24600.00",
        subject="Chiusura estiva",
        headers=(("Precedence", "bulk"), ("X-Autoreply", "yes")),
        threaded=False,
    ),
]

OTHER = [
    Reply(
        "ot-en-1",
        "other",
        "en",
        ("Siân Evans", "sian@evans-haulage.example"),
        "2032-08-10 11:02",
        "gmail_plain",
        "Hiya,\n\nDid we not pay this already?? I was sure Gareth set it up before he went on leave. He's back next Thursday so I'll check with him then and let you know.\n\nSiân",
        lab(note="a question, not a payment claim; checking with a colleague is no promise to pay"),
        inv="PSB/30568",
        owed="4960.00",
    ),
    Reply(
        "ot-en-2",
        "other",
        "en",
        ("Rob Kingsley", "rob@kingsley-motors.example"),
        "2032-07-21 13:10",
        "outlook_html",
        "Hi,\n\nBefore I look at this – can you tell me when the engineer's booked in for the annual service on the battery? It was meant to be July and I've heard nothing. Also the app has stopped showing the export figures since last week.\n\nThanks,\nRob Kingsley\nKingsley Motors",
        lab(note="service and app questions; nothing about paying"),
        inv="PSB/30441",
        owed="7680.00",
    ),
    Reply(
        "ot-en-3",
        "other",
        "en",
        ("Jo Whitfield", "jo.whitfield@brookside-care.example"),
        "2032-07-19 16:40",
        "iphone",
        "Recieved thanks, I’ve passed it to our finance manager.",
        lab(note="acknowledgement; passing it on is not a new contact"),
        inv="PSB/30409",
        owed="12150.00",
    ),
    Reply(
        "ot-de-1",
        "other",
        "de",
        ("Andrea Schulz", "andrea.schulz@schulz-hh.example"),
        "2032-08-05 20:12",
        "apple",
        "Hallo,\n\ndanke für die Info. Ich kläre das mit meinem Mann, der hat sich um die ganze Anlage gekümmert, und melde mich dann wieder bei Ihnen.\n\nViele Grüße\nAndrea Schulz",
        lab(note="acknowledgement without any commitment"),
        inv="PSB/30551",
        owed="8990.00",
    ),
    Reply(
        "ot-de-2",
        "other",
        "de",
        ("Michael Lang", "m.lang@baeckerei-lang.example"),
        "2032-08-11 14:26",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nwir müssen Ihnen leider mitteilen, dass das Amtsgericht am 02.08.2032 über das Vermögen der Bäckerei Lang GmbH das vorläufige Insolvenzverfahren angeordnet hat. Zahlungen dürfen wir ab sofort nur noch mit Zustimmung des vorläufigen Insolvenzverwalters leisten.\n\nBitte melden Sie Ihre Forderung beim Insolvenzverwalter an; die Kontaktdaten reichen wir nach, sobald uns der Beschluss vorliegt.\n\nMit freundlichen Grüßen\nMichael Lang\nGeschäftsführer",
        lab(
            note="insolvency notice: no payment, no dispute and no new address yet; a person must read it"
        ),
        inv="PSB/30550",
        owed="6720.00",
        charset="iso-8859-1",
    ),
    Reply(
        "ot-fr-1",
        "other",
        "fr",
        ("Julie Lambert", "julie.lambert@lambert-lyon.example"),
        "2032-07-29 12:48",
        "iphone",
        "C’est noté, je regarde ça en rentrant de vacances. Bonne journée",
        lab(note="acknowledgement; 'je regarde ça' is no commitment to pay"),
        inv="PSB/30487",
        owed="3590.00",
    ),
    Reply(
        "ot-fr-2",
        "other",
        "fr",
        ("Philippe Girard", "philippe.girard@ecurie-girard.example"),
        "2032-08-09 17:36",
        "gmail",
        "Bonjour,\n\nRien à voir avec la facture, mais votre technicien peut-il repasser ? Le compteur affiche un code erreur E07 depuis l'orage de samedi et la production est à zéro.\n\nMerci,\nPhilippe Girard\nÉcurie Girard",
        lab(
            note="a service call in the reminder thread; he says it has nothing to do with the invoice"
        ),
        inv="PSB/30517",
        owed="9340.00",
    ),
    Reply(
        "ot-es-1",
        "other",
        "es",
        ("Manuel Ortega", "manuel.ortega.s@gmail.com"),
        "2032-07-22 21:40",
        "gmail_plain",
        "¿Esto es una estafa? No recuerdo haber contratado nada con ustedes. Antes de hacer nada voy a llamar a mi banco.",
        lab(note="suspicion, not a dispute of a known order; a person should call"),
        inv="PSB/30449",
        owed="2890.00",
    ),
    Reply(
        "ot-es-2",
        "other",
        "es",
        ("Elena Prieto", "eprieto@prieto-asesores.example"),
        "2032-08-03 13:02",
        "android",
        "Recibido. Se lo paso a mi jefe, que es quien autoriza los pagos.",
        lab(note="acknowledgement; passing it on is not a new contact"),
        inv="PSB/30524",
        owed="4170.00",
    ),
    Reply(
        "ot-nl-1",
        "other",
        "nl",
        ("Tim Vos", "tim.vos@vos-hoveniers.example"),
        "2032-07-28 07:58",
        "iphone",
        "Oké",
        lab(note="bare acknowledgement"),
        inv="PSB/30485",
        owed="2120.00",
    ),
    Reply(
        "ot-nl-2",
        "other",
        "nl",
        ("Esther Meijer", "esther@meijer-logistiek.example"),
        "2032-08-12 15:17",
        "outlook_html",
        "Goedemiddag,\n\nDank voor de herinnering, ik zet hem door naar onze administratie. Nu ik u toch spreek: wij willen op ons bedrijfsterrein zes laadpalen laten plaatsen voor de bestelbussen. Kan iemand van jullie contact met mij opnemen voor een offerte?\n\nMet vriendelijke groet,\nEsther Meijer\nFacilitair manager – Meijer Logistiek",
        lab(note="acknowledgement plus a sales enquiry"),
        inv="PSB/30594",
        owed="11820.00",
    ),
    Reply(
        "ot-it-1",
        "other",
        "it",
        ("Francesca Rossi", "f.rossi@hotelbelvedere-garda.example"),
        "2032-08-10 10:31",
        "thunderbird",
        "Buongiorno,\n\nricevuto. Il titolare è in ferie fino a fine mese, al rientro valuterà la cosa e vi faremo sapere.\n\nCordiali saluti\nFrancesca Rossi\nReception – Hotel Belvedere",
        lab(
            note="acknowledgement written by a person; the owner's holiday is not an auto-reply and nothing is promised"
        ),
        inv="PSB/30579",
        owed="17640.00",
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
# Text helpers
# --------------------------------------------------------------------------------------------


def date_words(loc: str, moment: datetime) -> dict[str, str]:
    """The pieces a client's date formats are made of, in the client's language."""
    wd_long = WEEKDAYS[loc][0].split()[moment.weekday()]
    wd_short = WEEKDAYS[loc][1].split()[moment.weekday()]
    mon_long = MONTHS[loc][0].split()[moment.month - 1]
    mon_short = MONTHS[loc][1].split()[moment.month - 1]
    return {
        "wd_long": wd_long,
        "wd_short": wd_short,
        "mon_long": mon_long,
        "mon_short": mon_short,
        "d": str(moment.day),
        "dd": f"{moment.day:02d}",
        "m": str(moment.month),
        "mm": f"{moment.month:02d}",
        "y": str(moment.year),
        "yy": f"{moment.year % 100:02d}",
        "H": str(moment.hour),
        "HH": f"{moment.hour:02d}",
        "MM": f"{moment.minute:02d}",
    }


def fit(text: str, charset: str) -> str:
    """Text as a client limited to `charset` would send it (only for generated quoted text)."""
    for bad, good in DOWNGRADE.items():
        try:
            bad.encode(charset)
        except UnicodeEncodeError:
            text = text.replace(bad, good)
    text.encode(charset)
    return text


def quote(text: str) -> str:
    """`>` quoting as mail clients do it."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def wrap_flowed(line: str, room: int) -> list[str]:
    """Split one logical line into format=flowed lines; every soft break keeps a trailing space."""
    if len(line) <= room:
        return [line]
    indent = line[: len(line) - len(line.lstrip(" "))]
    pieces: list[str] = []
    current = indent
    for word in re.findall(r"\S+ *", line[len(indent) :]):
        if current.strip() and len(current + word.rstrip()) > room:
            pieces.append(current)
            current = ""
        current += word
    pieces.append(current.rstrip(" "))
    return pieces


def flowed(text: str, width: int = 76) -> str:
    """RFC 3676 format=flowed text (quote depth kept, space-stuffing where needed)."""
    out: list[str] = []
    for line in text.split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        content = line[depth:]
        if depth and content.startswith(" "):
            content = content[1:]
        lead = ">" * depth + (" " if depth else "")
        if not depth and content.startswith((" ", "From ")):
            lead = " "
        if depth and not content:
            out.append(">" * depth)
            continue
        out.extend(lead + piece for piece in wrap_flowed(content, width - len(lead)))
    return "\n".join(out)


def esc_lines(text: str) -> str:
    """Plain text lines as HTML with line breaks."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_blocks(text: str) -> str:
    """Plain paragraphs as HTML `<div>` blocks."""
    return "\n".join(
        f"<div>{esc_lines(block)}</div><div><br></div>" for block in text.split("\n\n")
    )


def mso(text: str) -> str:
    """Plain text as Word's `MsoNormal` paragraphs."""
    return "\n".join(
        f'<p class="MsoNormal">{html.escape(line, quote=False)}<o:p></o:p></p>'
        if line
        else '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
        for line in text.split("\n")
    )


# --------------------------------------------------------------------------------------------
# MIME helpers
# --------------------------------------------------------------------------------------------


def text_part(
    text: str, subtype: str, charset: str, cte: str, *, is_flowed: bool = False
) -> Message:
    """A text part in the given charset and transfer encoding (`qp`, `b64`, `8bit` or `7bit`)."""
    text.encode(charset)  # the hand-written text must fit the charset the client declares
    cset = email_charset.Charset(charset)
    if cte == "qp":
        cset.body_encoding = email_charset.QP
    elif cte == "b64":
        cset.body_encoding = email_charset.BASE64
    else:
        cset.body_encoding = None  # type: ignore[assignment]
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, cset)
    if is_flowed:
        part.set_param("format", "flowed")
    return part


def alternative(*parts: Message) -> Message:
    """A multipart/alternative of the given parts."""
    outer = MIMEMultipart("alternative")
    for part in parts:
        outer.attach(part)
    return outer


def header_charset(value: str, charset: str) -> str:
    """The charset a client uses for an encoded word: its body charset when the text fits."""
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        return "utf-8"
    return charset


def encode_header(value: str, charset: str, name: str) -> str:
    """An RFC 2047 encoded header value when the text is not ASCII."""
    if value.isascii():
        return value
    return Header(value, header_charset(value, charset), header_name=name).encode()


def encode_address(name: str, addr: str, charset: str) -> str:
    """A display name and address, the name encoded when needed."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return formataddr((name, addr), charset=header_charset(name, charset))


def drop_inner_versions(part: Message, root: bool = True) -> None:
    """Only a message's top (or the top of an attached message) carries MIME-Version."""
    if not root:
        del part["MIME-Version"]
    if part.is_multipart():
        for sub in cast("list[Message]", part.get_payload()):
            drop_inner_versions(sub, root=part.get_content_type() == "message/rfc822")


def mime_headers_last(msg: Message) -> None:
    """Clients write MIME-Version and Content-* after the envelope headers."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value


def set_boundaries(msg: Message, key: str, shape: Callable[[str], str]) -> None:
    """Fixed boundaries derived from the key, in the style of the client that made them."""
    multiparts = [part for part in msg.walk() if part.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        part.set_boundary(shape(b32(key, f"boundary{n}", 26)))


# --------------------------------------------------------------------------------------------
# Client layouts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class View:
    """The reminder as the replying client shows it: text, subject, time in the sender's zone."""

    text: str
    subject: str
    sent: datetime
    loc: str
    to: str


def view_of(r: Reply) -> View:
    """Build the client's view of the reminder `r` answers."""
    rem = r.reminder
    name, addr = r.who
    return View(
        fit(rem.text, r.charset),
        fit(rem.subject, r.charset),
        rem.sent.astimezone(r.dt.tzinfo),
        r.lang,
        f"{name} <{addr}>" if name else addr,
    )


def outlook_lines(v: View) -> list[str]:
    """From / Sent / To / Subject in Outlook's words."""
    w = OUTLOOK_WORDS[v.loc]
    sent = OUTLOOK_SENT[v.loc].format(**date_words(v.loc, v.sent))
    return [
        f"{w.sender}{w.colon}{AR_NAME} <{AR_ADDR}>",
        f"{w.sent}{w.colon}{sent}",
        f"{w.to}{w.colon}{v.to}",
        f"{w.subject}{w.colon}{v.subject}",
    ]


def word_document(r: Reply, v: View) -> str:
    """Outlook's Word-generated HTML: the reply, the divider and the quoted reminder."""
    w = OUTLOOK_WORDS[v.loc]
    rows = []
    for label, line in zip((w.sender, w.sent, w.to, w.subject), outlook_lines(v), strict=True):
        value = line.split(w.colon, 1)[1]
        rows.append(f"<b>{html.escape(label + w.colon.rstrip())}</b> {html.escape(value)}")
    head = "<br>\n".join(rows)
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}\n'
        "@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n"
        f'<body lang="{CONTENT_LANGUAGE[r.lang].upper()}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{mso(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n'
        "</div>\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso(v.text)}\n"
        "</div>\n</body>\n</html>\n"
    )


def client_outlook(r: Reply, v: View) -> Message:
    """Outlook desktop, plain text, with the localised Original Message block."""
    block = "\n".join([OUTLOOK_WORDS[v.loc].separator, *outlook_lines(v)])
    return text_part(f"{r.body}\n\n{block}\n\n{v.text}\n", "plain", r.charset, r.cte)


def client_outlook_html(r: Reply, v: View) -> Message:
    """Outlook desktop, HTML with a plain-text alternative."""
    plain = "\n".join([r.body, "", *outlook_lines(v), "", v.text, ""])
    return alternative(
        text_part(plain, "plain", r.charset, r.cte),
        text_part(word_document(r, v), "html", r.charset, r.cte),
    )


def client_html_only(r: Reply, v: View) -> Message:
    """Outlook configured to send HTML only."""
    return text_part(word_document(r, v), "html", r.charset, r.cte)


def client_android(r: Reply, v: View) -> Message:
    """Outlook for Android: plain text in base64 with its own signature line."""
    block = "\n".join(outlook_lines(v))
    text = f"{r.body}\n\n{ANDROID_SIGNATURE[v.loc]}\n{'_' * 32}\n{block}\n\n{v.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def gmail_attribution(v: View) -> str:
    return GMAIL_ATTRIBUTION[v.loc].format(**date_words(v.loc, v.sent), name=AR_NAME, addr=AR_ADDR)


def client_gmail(r: Reply, v: View) -> Message:
    """Gmail: plain and HTML alternatives, the HTML with the `gmail_quote` block."""
    attribution = gmail_attribution(v)
    plain = f"{r.body}\n\n{attribution}\n\n{quote(v.text)}\n"
    markup = (
        f'<div dir="ltr">{esc_lines(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attribution)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_blocks(v.text)}</blockquote></div>\n"
    )
    return alternative(
        text_part(plain, "plain", r.charset, r.cte),
        text_part(markup, "html", r.charset, r.cte),
    )


def client_gmail_plain(r: Reply, v: View) -> Message:
    """Gmail in plain-text mode."""
    return text_part(
        f"{r.body}\n\n{gmail_attribution(v)}\n\n{quote(v.text)}\n",
        "plain",
        r.charset,
        r.cte,
    )


def apple_attribution(v: View) -> str:
    return APPLE_ATTRIBUTION[v.loc].format(**date_words(v.loc, v.sent), name=AR_NAME, addr=AR_ADDR)


def client_apple(r: Reply, v: View) -> Message:
    """Apple Mail on a Mac, plain text."""
    return text_part(
        f"{r.body}\n\n{apple_attribution(v)}\n\n{quote(v.text)}\n",
        "plain",
        r.charset,
        r.cte,
    )


def client_apple_html(r: Reply, v: View) -> Message:
    """Apple Mail on a Mac with rich text: plain and HTML alternatives."""
    attribution = apple_attribution(v)
    plain = f"{r.body}\n\n{attribution}\n\n{quote(v.text)}\n"
    markup = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f'{html_blocks(r.body)}<div><br><blockquote type="cite"><div>{html.escape(attribution)}</div><br>'
        f"{html_blocks(v.text)}</blockquote></div></body></html>\n"
    )
    return alternative(
        text_part(plain, "plain", r.charset, r.cte),
        text_part(markup, "html", r.charset, r.cte),
    )


def client_iphone(r: Reply, v: View) -> Message:
    """Mail on an iPhone: the text, the localised signature, then the quote."""
    quoted = quote(f"{apple_attribution(v)}\n\n{v.text}")
    return text_part(
        f"{r.body}\n\n{IPHONE_SIGNATURE[v.loc]}\n\n{quoted}\n",
        "plain",
        r.charset,
        r.cte,
    )


def client_thunderbird(r: Reply, v: View) -> Message:
    """Thunderbird: format=flowed plain text with its short attribution line."""
    attribution = THUNDERBIRD_ATTRIBUTION[v.loc].format(**date_words(v.loc, v.sent), name=AR_NAME)
    text = flowed(f"{r.body}\n\n{attribution}\n{quote(v.text)}\n")
    return text_part(text, "plain", r.charset, r.cte, is_flowed=True)


def client_notice(r: Reply, v: View) -> Message:
    """An automatic notice: its own text, nothing quoted."""
    del v
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


def client_notice_alt(r: Reply, v: View) -> Message:
    """An Exchange automatic reply: plain and HTML versions of the same short text."""
    del v
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head>'
        f'<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">{html_blocks(r.body)}</div></body></html>\n'
    )
    return alternative(
        text_part(r.body + "\n", "plain", r.charset, r.cte),
        text_part(markup, "html", r.charset, r.cte),
    )


def client_notice_html(r: Reply, v: View) -> Message:
    """A system-generated HTML-only notice; `a | b | c` lines become a table."""
    del v
    blocks = []
    for block in r.body.split("\n\n"):
        lines = block.split("\n")
        if all(" | " in line for line in lines):
            rows = []
            for n, line in enumerate(lines):
                cell = "th" if n == 0 else "td"
                cells = "".join(
                    f"<{cell}>{html.escape(c.strip())}</{cell}>" for c in line.split(" | ")
                )
                rows.append(f"<tr>{cells}</tr>")
            blocks.append(
                '<table border="1" cellpadding="4" cellspacing="0">' + "".join(rows) + "</table>"
            )
        else:
            blocks.append(f"<p>{esc_lines(block)}</p>")
    markup = (
        f'<!DOCTYPE html>\n<html><head><meta charset="{r.charset}"><title>{html.escape(r.subject or "")}</title></head>\n'
        '<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">\n'
        + "\n".join(blocks)
        + "\n</body></html>\n"
    )
    return text_part(markup, "html", r.charset, r.cte)


CLIENTS: dict[str, Callable[[Reply, View], Message]] = {
    "outlook": client_outlook,
    "outlook_html": client_outlook_html,
    "html_only": client_html_only,
    "android": client_android,
    "gmail": client_gmail,
    "gmail_plain": client_gmail_plain,
    "apple": client_apple,
    "apple_html": client_apple_html,
    "iphone": client_iphone,
    "thunderbird": client_thunderbird,
    "notice": client_notice,
    "notice_alt": client_notice_alt,
    "notice_html": client_notice_html,
}
OUTLOOK_FAMILY = frozenset({"outlook", "outlook_html", "html_only", "android"})
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3864.100.1.2)"),),
    "apple_html": (("X-Mailer", "Apple Mail (2.3864.100.1.2)"),),
    "iphone": (("X-Mailer", "iPhone Mail (24A335)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
}


def boundary_shape(client: str) -> Callable[[str], str]:
    """How each client's MIME boundaries look."""
    if client.startswith("gmail"):
        return lambda t: "000000000000" + t[:12].lower()
    if client in OUTLOOK_FAMILY or client == "notice_alt":
        return lambda t: f"_000_{t[:20]}EURP195_"
    if client.startswith("apple"):
        return lambda t: f"Apple-Mail={t[:8]}-{t[8:12]}-{t[12:16]}-{t[16:20]}-{t[20:26]}"
    return lambda t: f"----=_Part_{t}"


def reply_msgid(r: Reply) -> str:
    """A Message-ID shaped like the client's own, derived from the key."""
    raw = token(r.key, "message-id")
    domain = r.who[1].split("@")[1]
    if r.client.startswith("gmail"):
        return f"<CA+{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:42]}@mail.gmail.com>"
    if r.client in OUTLOOK_FAMILY or r.client == "notice_alt":
        host = f"AS8P195MB{raw[0] * 40 + raw[1]:04d}"
        return f"<{host}{b32(r.key, 'ms', 6)}@{host}.EURP195.PROD.OUTLOOK.example>"
    if r.client.startswith(("apple", "iphone")):
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{raw.hex()[:20]}.{raw.hex()[20:28]}@{domain}>"


def reply_subject(r: Reply, v: View) -> str:
    """`RE:`/`AW:`/`R:` for Outlook, `Re:` elsewhere, or the spec's own subject."""
    prefix = OUTLOOK_WORDS[v.loc].prefix if r.client in OUTLOOK_FAMILY else "Re: "
    if r.subject:
        return r.subject.format(orig=v.subject, re=prefix)
    return prefix + v.subject


def build_reply(r: Reply) -> Message:
    """The complete message for one reply spec."""
    v = view_of(r)
    msg = CLIENTS[r.client](r, v)
    subject = reply_subject(r, v)
    headers: list[tuple[str, str]] = [
        ("From", encode_address(*r.who, r.charset)),
        ("To", encode_address(AR_NAME, AR_ADDR, r.charset)),
    ]
    headers += [
        (k, encode_address(*parseaddr(val), r.charset)) for k, val in r.headers if k == "Cc"
    ]
    headers += [
        ("Subject", encode_header(subject, r.charset, "Subject")),
        ("Date", format_datetime(r.dt)),
        ("Message-ID", reply_msgid(r)),
    ]
    if r.threaded:
        msgid = r.reminder.msgid
        headers += [("In-Reply-To", msgid), ("References", msgid)]
    if r.client in OUTLOOK_FAMILY - {"android"}:
        headers += [
            ("Thread-Topic", encode_header(v.subject, r.charset, "Thread-Topic")),
            ("Thread-Index", base64.b64encode(token(r.key, "thread")[:22]).decode()),
            ("Accept-Language", f"{CONTENT_LANGUAGE[r.lang]}, en-US"),
            ("Content-Language", CONTENT_LANGUAGE[r.lang]),
            ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", ""),
        ]
    headers += list(CLIENT_HEADERS.get(r.client, ()))
    headers += [(k, val) for k, val in r.headers if k != "Cc"]
    for name, value in headers:
        msg[name] = value
    mime_headers_last(msg)
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
        mime_headers_last(msg)
    drop_inner_versions(msg)
    set_boundaries(msg, r.key, boundary_shape(r.client))
    return msg


# --------------------------------------------------------------------------------------------
# Bounces: generated report skeletons, hand-written human-readable parts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt` in the reminder language `lang`."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    inv: str
    owed: str
    region: str = "ce"
    minutes_after: int = 2
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return at(self.when, self.region)

    @property
    def reminder(self) -> Reminder:
        currency = "GBP" if self.region == "uk" else "EUR"
        sent = (self.dt - timedelta(minutes=self.minutes_after)).astimezone(
            zone("uk", self.dt.replace(tzinfo=None))
        )
        return make_reminder(
            self.key, self.lang, self.inv, self.owed, currency, ("", self.rcpt), sent
        )


@dataclass(frozen=True)
class Report:
    """What a bounce builder produces: the body and the envelope it goes out with."""

    body: Message
    sender: str
    subject: str
    extra: tuple[tuple[str, str], ...] = ()


def reminder_message(rem: Reminder) -> Message:
    """The reminder exactly as Pennant's system sent it."""
    msg = text_part(rem.text, "plain", "utf-8", "qp")
    for name, value in (
        ("From", formataddr((AR_NAME, AR_ADDR))),
        ("To", rem.to_addr),
        ("Subject", encode_header(rem.subject, "utf-8", "Subject")),
        ("Date", format_datetime(rem.sent)),
        ("Message-ID", rem.msgid),
        ("X-Mailer", "Pennant dunning"),
    ):
        msg[name] = value
    mime_headers_last(msg)
    return msg


def rfc822_headers(rem: Reminder) -> Message:
    """The returned reminder's header block as text/rfc822-headers."""
    original = reminder_message(rem)
    text = "".join(f"{k}: {v}\n" for k, v in original.items() if not k.startswith("Content-"))
    return text_part(text, "rfc822-headers", "us-ascii", "7bit")


def attached_message(rem: Reminder) -> Message:
    """The returned reminder as message/rfc822."""
    return MIMEMessage(reminder_message(rem))


def delivery_status(b: Bounce, mta: str, action: str, diagnostic: str, remote: str = "") -> Message:
    """An RFC 3464 message/delivery-status part for one recipient."""
    rem = b.reminder
    per_message = f"Reporting-MTA: dns; {mta}\nArrival-Date: {format_datetime(rem.sent.astimezone(b.dt.tzinfo))}\n"
    fields = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if action == "delayed":
        fields.append(f"Will-Retry-Until: {format_datetime(b.dt + timedelta(days=2))}")
    status = Message()
    status["Content-Type"] = "message/delivery-status"
    status.set_payload(
        [message_from_bytes(block.encode()) for block in (per_message, "\n".join(fields) + "\n")]
    )
    return status


def report(*parts: Message) -> Message:
    """multipart/report; report-type=delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def plain_copy(rem: Reminder) -> str:
    """The returned reminder as the text a non-MIME bounce appends."""
    text = reminder_message(rem).as_string()
    return text if text.endswith("\n") else text + "\n"


def shown_time(b: Bounce) -> str:
    """The reminder's sending time as a notice prints it."""
    return b.reminder.sent.astimezone(b.dt.tzinfo).strftime("%d.%m.%Y %H:%M")


def bounce_relay_unknown(b: Bounce) -> Report:
    """Pennant's outbound relay: RFC 3464 report, user unknown."""
    human = (
        "Delivery has failed for the following recipient:\n\n"
        f"  {b.rcpt}\n\n"
        "The recipient's mail server rejected the address because no mailbox by that name exists. Check the spelling of the address, or ask the recipient for a current one.\n\n"
        "Technical details:\n"
        "  Remote server: mx1.ashgrove-farmshop.example [203.0.113.27]\n"
        f"  Response: 550 5.1.1 <{b.rcpt}>... User unknown\n\n"
        "This report was generated by the outbound relay of pennant-solar.example.\n"
    )
    body = report(
        text_part(human, "plain", "us-ascii", "7bit"),
        delivery_status(
            b,
            "relay.pennant-solar.example",
            "failed",
            f"550 5.1.1 <{b.rcpt}>... User unknown",
            "mx1.ashgrove-farmshop.example",
        ),
        rfc822_headers(b.reminder),
    )
    return Report(
        body,
        "Mail Delivery Subsystem <mailer-daemon@relay.pennant-solar.example>",
        "Delivery Status Notification (Failure)",
    )


def bounce_qmail_host(b: Bounce) -> Report:
    """A qmail failure notice (not MIME), the recipient's domain gone."""
    domain = b.rcpt.split("@")[1]
    text = (
        "Hi. This is the qmail-send program at smtp2.hillcrest-isp.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        f"Sorry, I couldn't find any host named {domain}. (#5.1.2)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"{plain_copy(b.reminder)}"
    )
    body = Message()
    body.set_payload(text)
    return Report(body, "MAILER-DAEMON@smtp2.hillcrest-isp.example", "failure notice")


def bounce_exim_full(b: Bounce) -> Report:
    """An Exim bounce from a hosting provider: retries ran out on a full mailbox."""
    text = (
        "Your message could not be delivered to one or more of its recipients. The receiving server kept refusing it, and delivery was retried for four days without success, so it is being returned to you.\n\n"
        "The address that failed is:\n\n"
        f"  {b.rcpt}\n"
        "    host mx.lakeside-glamping.example [198.51.100.63]\n"
        f"    SMTP error from remote mail server after RCPT TO:<{b.rcpt}>:\n"
        f"    552 5.2.2 <{b.rcpt}>: mailbox full, quota exceeded\n"
        "    retry timeout exceeded\n\n"
        "------ A copy of the message, including all the headers, follows. ------\n\n"
        f"{plain_copy(b.reminder)}"
    )
    body = text_part(text, "plain", "us-ascii", "7bit")
    return Report(
        body,
        "Mail Delivery System <Mailer-Daemon@server42.lakeland-hosting.example>",
        "Mail delivery failed: returning message to sender",
        (("X-Failed-Recipients", b.rcpt),),
    )


def exchange_html(lines: str) -> str:
    """The HTML half of an Exchange Online non-delivery report."""
    blocks = "".join(
        f'<p style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">{esc_lines(p)}</p>'
        for p in lines.split("\n\n")
    )
    return f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>{blocks}</body></html>\n'


def exchange_report(b: Bounce, human: str, server: str, action: str, diagnostic: str) -> Message:
    """An Exchange Online report: alternative human part, delivery status, returned headers."""
    readable = alternative(
        text_part(human + "\n", "plain", "utf-8", "qp"),
        text_part(exchange_html(human), "html", "utf-8", "qp"),
    )
    return report(
        readable,
        delivery_status(b, server, action, diagnostic),
        rfc822_headers(b.reminder),
    )


def bounce_exchange_de_policy(b: Bounce) -> Report:
    """Exchange Online in German: the recipient's organisation refuses outside mail (5.7.1)."""
    server = "FR2P281MB0912.DEUP281.PROD.OUTLOOK.example"
    human = (
        "Ihre Nachricht hat folgende Empfänger nicht erreicht:\n\n"
        f"{b.rcpt}\n\n"
        "Die Organisation des Empfängers nimmt an diese Adresse keine Nachrichten von externen Absendern an. Wenden Sie sich auf anderem Weg an den Empfänger, etwa telefonisch, und bitten Sie darum, Ihre Adresse freischalten zu lassen.\n\n"
        "Diagnoseinformationen für Administratoren:\n\n"
        f"Generierender Server: {server}\n\n"
        f"{b.rcpt}\n"
        "Remoteserver hat '550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized' zurückgegeben"
    )
    body = exchange_report(
        b,
        human,
        server,
        "failed",
        "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized",
    )
    domain = b.rcpt.split("@")[1]
    return Report(
        body,
        f"Microsoft Outlook <postmaster@{domain}>",
        f"Unzustellbar: {b.reminder.subject}",
    )


def bounce_provider_de_delay(b: Bounce) -> Report:
    """A German provider's plain-text delay warning (4.4.1)."""
    rem = b.reminder
    text = (
        "Dies ist eine automatisch erstellte Benachrichtigung.\n\n"
        "Ihre Nachricht an\n\n"
        f"  {b.rcpt}\n\n"
        "konnte bisher nicht zugestellt werden, weil der Mailserver des Empfängers nicht erreichbar ist (Zeitüberschreitung beim Verbindungsaufbau). Sie müssen nichts unternehmen: Wir versuchen die Zustellung noch bis zu zwei Tage lang. Erst wenn auch das scheitert, erhalten Sie eine endgültige Fehlermeldung.\n\n"
        "Status: 4.4.1 (Verbindung zum Zielserver abgelaufen)\n\n"
        f"Betreff der Nachricht: {rem.subject}\n"
        f"Eingeliefert am: {shown_time(b)}\n\n"
        "Ihr Nordnetz Mail-Team\n"
    )
    body = text_part(text, "plain", "utf-8", "qp")
    return Report(
        body,
        "Nordnetz Mailsystem <mailer-daemon@mx.nordnetz-mail.example>",
        "Warnung: Nachricht noch nicht zugestellt",
    )


def bounce_exchange_fr_unknown(b: Bounce) -> Report:
    """Exchange Online in French: address not found (5.1.1)."""
    server = "PR1P264MB2210.FRAP264.PROD.OUTLOOK.example"
    human = (
        "Votre message n'a pas pu être remis aux destinataires suivants :\n\n"
        f"{b.rcpt}\n\n"
        "Cette adresse est introuvable dans l'organisation du destinataire. Vérifiez l'orthographe de l'adresse ou demandez au destinataire une adresse valide.\n\n"
        "Informations de diagnostic pour les administrateurs :\n\n"
        f"Serveur de génération : {server}\n\n"
        f"{b.rcpt}\n"
        "Le serveur distant a retourné '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'"
    )
    body = exchange_report(
        b, human, server, "failed", "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"
    )
    domain = b.rcpt.split("@")[1]
    return Report(
        body,
        f"Microsoft Outlook <postmaster@{domain}>",
        f"Non remis : {b.reminder.subject}",
    )


def bounce_provider_fr_full(b: Bounce) -> Report:
    """A French provider's notice in multipart/mixed: mailbox full, still retrying (4.2.2)."""
    text = (
        "Bonjour,\n\n"
        f"Nous n'avons pas encore pu remettre votre message à {b.rcpt} : la boîte aux lettres du destinataire est pleine.\n\n"
        "Nous allons réessayer automatiquement pendant 72 heures. Si la boîte n'a pas été vidée d'ici là, le message vous sera retourné.\n\n"
        "Code : 452 4.2.2 boîte aux lettres pleine (over quota)\n\n"
        "Le service Messagerie Pro\n"
    )
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(text, "plain", "iso-8859-1", "qp"))
    outer.attach(attached_message(b.reminder))
    return Report(
        outer,
        "Messagerie Pro <ne-pas-repondre@messagerie-pro.example>",
        "Échec temporaire de remise de votre message",
    )


def gmail_html(title: str, text: str) -> str:
    """The HTML part of a Gmail delivery notice."""
    return (
        '<html><head></head><body><table cellpadding="0" cellspacing="0" style="max-width:600px"><tr><td>'
        f'<p style="font-size:24px;font-family:Google Sans,Roboto,Arial,sans-serif">{html.escape(title)}</p>'
        f'<p style="font-size:14px;font-family:Roboto,Arial,sans-serif">{esc_lines(text)}</p>'
        "</td></tr></table></body></html>\n"
    )


def bounce_gmail_es_unknown(b: Bounce) -> Report:
    """A Gmail hard bounce in Spanish, with the returned message."""
    title = "No se ha encontrado la dirección"
    text = (
        f"Tu mensaje no se ha entregado a {b.rcpt} porque esa dirección no existe o no puede recibir correo.\n\n"
        "Respuesta del servidor remoto:\n"
        "550 5.1.1 The email account that you tried to reach does not exist."
    )
    readable = alternative(
        text_part(f"{title}\n\n{text}\n", "plain", "utf-8", "qp"),
        text_part(gmail_html(title, text), "html", "utf-8", "qp"),
    )
    body = report(
        readable,
        delivery_status(
            b,
            "googlemail.com",
            "failed",
            "550 5.1.1 The email account that you tried to reach does not exist.",
            "gmail-smtp-in.l.google.com",
        ),
        attached_message(b.reminder),
    )
    return Report(
        body,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
    )


def bounce_exchange_es_delay(b: Bounce) -> Report:
    """Exchange Online in Spanish: delivery delayed, still retrying (4.4.2)."""
    server = "MA1P195MB0433.ESPP195.PROD.OUTLOOK.example"
    human = (
        "La entrega del mensaje a estos destinatarios o grupos se está retrasando:\n\n"
        f"{b.rcpt}\n\n"
        f"Asunto: {b.reminder.subject}\n\n"
        "Todavía no se ha entregado el mensaje. El servidor lo seguirá intentando durante 1 día y 20 horas; si en ese plazo no lo consigue, recibirá otro aviso.\n\n"
        "Información de diagnóstico para administradores:\n\n"
        f"Servidor de generación: {server}\n"
        "Motivo: 451 4.4.2 Conexión interrumpida por el servidor remoto"
    )
    body = exchange_report(
        b, human, server, "delayed", "451 4.4.2 Connection dropped by remote host"
    )
    domain = b.rcpt.split("@")[1]
    return Report(
        body,
        f"Microsoft Outlook <postmaster@{domain}>",
        f"Retrasado: {b.reminder.subject}",
    )


def bounce_exchange_nl_domain(b: Bounce) -> Report:
    """Exchange Online in Dutch: the recipient's domain no longer exists (5.4.310)."""
    server = "AM9P191MB1544.EURP191.PROD.OUTLOOK.example"
    domain = b.rcpt.split("@")[1]
    human = (
        "Uw bericht kon niet worden bezorgd bij:\n\n"
        f"{b.rcpt}\n\n"
        f"Het domein {domain} bestaat niet (meer). Controleer of het adres goed gespeld is; mogelijk heeft de ontvanger een nieuw e-mailadres.\n\n"
        "Diagnostische informatie voor beheerders:\n\n"
        f"Server die dit rapport heeft gemaakt: {server}\n\n"
        f"{b.rcpt}\n"
        f"550 5.4.310 DNS domain {domain} does not exist"
    )
    body = exchange_report(
        b, human, server, "failed", f"550 5.4.310 DNS domain {domain} does not exist"
    )
    return Report(
        body,
        "Microsoft Outlook <postmaster@pennant-solar.example>",
        f"Onbestelbaar: {b.reminder.subject}",
    )


def bounce_provider_it_grey(b: Bounce) -> Report:
    """An Italian provider's RFC 3464 delay report: greylisting, a temporary policy refusal (4.7.1)."""
    text = (
        "Questo è un avviso automatico, non è necessario rispondere.\n\n"
        f"Il messaggio indirizzato a {b.rcpt} non è stato ancora consegnato: il server del destinatario lo ha rifiutato temporaneamente per motivi di policy (greylisting).\n\n"
        "Il nostro server riproverà automaticamente nelle prossime 48 ore. Riceverà un nuovo avviso solo se la consegna dovesse fallire definitivamente.\n\n"
        f"Risposta del server remoto: 450 4.7.1 <{b.rcpt}>: Recipient address rejected: greylisted, try again later\n"
    )
    body = report(
        text_part(text, "plain", "utf-8", "8bit"),
        delivery_status(
            b,
            "relay.mailservizi.example",
            "delayed",
            f"450 4.7.1 <{b.rcpt}>: Recipient address rejected: greylisted, try again later",
            "mx.frantoio-deluca.example",
        ),
        rfc822_headers(b.reminder),
    )
    return Report(
        body,
        "Mailservizi <mailer-daemon@relay.mailservizi.example>",
        "Avviso: consegna ritardata",
    )


def bounce_gmail_it_full(b: Bounce) -> Report:
    """A Gmail delay notice in Italian: the recipient's mailbox is out of space (4.2.2)."""
    title = "Il messaggio non è stato ancora consegnato"
    text = (
        f"La consegna a {b.rcpt} è in ritardo perché la casella del destinatario ha esaurito lo spazio di archiviazione. Gmail continuerà a provare per altre 46 ore e ti avviserà se la consegna non andrà a buon fine.\n\n"
        "Risposta del server remoto:\n"
        "452 4.2.2 The recipient's inbox is out of storage space."
    )
    readable = alternative(
        text_part(f"{title}\n\n{text}\n", "plain", "utf-8", "b64"),
        text_part(gmail_html(title, text), "html", "utf-8", "b64"),
    )
    body = report(
        readable,
        delivery_status(
            b,
            "googlemail.com",
            "delayed",
            "452 4.2.2 The recipient's inbox is out of storage space.",
            "gmail-smtp-in.l.google.com",
        ),
        attached_message(b.reminder),
    )
    return Report(
        body,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Consegna ritardata (nuovo tentativo in corso)",
    )


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Report]]] = [
    (
        Bounce(
            "bo-en-1",
            "en",
            "hard",
            "5.1.1",
            "office@ashgrove-farmshop.example",
            "2032-07-20 08:41",
            "PSB/30421",
            "2760.00",
            "uk",
        ),
        bounce_relay_unknown,
    ),
    (
        Bounce(
            "bo-en-2",
            "en",
            "hard",
            "5.1.2",
            "admin@tredegar-builders.example",
            "2032-07-28 08:37",
            "PSB/30484",
            "5390.00",
            "uk",
            note="qmail notice (not MIME): the recipient's domain no longer resolves",
        ),
        bounce_qmail_host,
    ),
    (
        Bounce(
            "bo-en-3",
            "en",
            "soft",
            "5.2.2",
            "bookings@lakeside-glamping.example",
            "2032-08-06 09:12",
            "PSB/30522",
            "8120.00",
            "uk",
            minutes_after=4 * 24 * 60 + 53,
            note="Exim bounce after retries on a full mailbox: soft even with a 5.x code, the code is kept",
        ),
        bounce_exim_full,
    ),
    (
        Bounce(
            "bo-de-1",
            "de",
            "hard",
            "5.7.1",
            "rechnungen@weingut-kessler.example",
            "2032-07-22 09:21",
            "PSB/30453",
            "6470.00",
            note="permanent policy refusal (external senders blocked): hard by its 5.x code, although the mailbox may exist",
        ),
        bounce_exchange_de_policy,
    ),
    (
        Bounce(
            "bo-de-2",
            "de",
            "soft",
            "4.4.1",
            "buero@tischlerei-haas.example",
            "2032-08-03 13:40",
            "PSB/30534",
            "3980.00",
            minutes_after=4 * 60 + 17,
            note="plain-text provider delay warning",
        ),
        bounce_provider_de_delay,
    ),
    (
        Bounce(
            "bo-fr-1",
            "fr",
            "hard",
            "5.1.1",
            "comptabilite@gaec-des-sources.example",
            "2032-07-27 09:48",
            "PSB/30481",
            "15230.00",
        ),
        bounce_exchange_fr_unknown,
    ),
    (
        Bounce(
            "bo-fr-2",
            "fr",
            "soft",
            "4.2.2",
            "secretariat@cabinet-dufour-notaires.example",
            "2032-08-10 11:02",
            "PSB/30574",
            "4890.00",
            minutes_after=95,
            note="provider notice in multipart/mixed with the returned message; mailbox full, still retrying",
        ),
        bounce_provider_fr_full,
    ),
    (
        Bounce(
            "bo-es-1",
            "es",
            "hard",
            "5.1.1",
            "taller.jmoreno@gmail.com",
            "2032-07-29 09:36",
            "PSB/30493",
            "2180.00",
            note="Gmail notice in Spanish, returned message attached",
        ),
        bounce_gmail_es_unknown,
    ),
    (
        Bounce(
            "bo-es-2",
            "es",
            "soft",
            "4.4.2",
            "administracion@hostal-sierra-alta.example",
            "2032-08-12 13:15",
            "PSB/30595",
            "7760.00",
            minutes_after=4 * 60 + 12,
        ),
        bounce_exchange_es_delay,
    ),
    (
        Bounce(
            "bo-nl-1",
            "nl",
            "hard",
            "5.4.310",
            "info@zorgboerderij-hetlindehof.example",
            "2032-08-05 09:33",
            "PSB/30555",
            "9310.00",
            note="domain gone; three-digit detail code kept as written",
        ),
        bounce_exchange_nl_domain,
    ),
    (
        Bounce(
            "bo-it-1",
            "it",
            "soft",
            "4.7.1",
            "amministrazione@frantoio-deluca.example",
            "2032-07-23 10:14",
            "PSB/30460",
            "11940.00",
            minutes_after=50,
            note="greylisting: a temporary policy refusal, so soft",
        ),
        bounce_provider_it_grey,
    ),
    (
        Bounce(
            "bo-it-2",
            "it",
            "soft",
            "4.2.2",
            "ristorantedamario.ts@gmail.com",
            "2032-08-11 12:52",
            "PSB/30586",
            "3340.00",
            minutes_after=3 * 60 + 41,
            note="Gmail delay notice in Italian, mailbox out of space",
        ),
        bounce_gmail_it_full,
    ),
]


def build_bounce(b: Bounce, builder: Callable[[Bounce], Report]) -> Message:
    """The complete delivery report."""
    rep = builder(b)
    msg = rep.body
    host = rep.sender.rsplit("@", 1)[1].rstrip(">")
    for name, value in (
        ("From", rep.sender),
        ("To", AR_ADDR),
        ("Subject", encode_header(rep.subject, "utf-8", "Subject")),
        ("Date", format_datetime(b.dt)),
        ("Message-ID", f"<{b32(b.key, 'bounce', 24).lower()}@{host}>"),
        ("Auto-Submitted", "auto-replied"),
        *rep.extra,
    ):
        msg[name] = value
    mime_headers_last(msg)
    drop_inner_versions(msg)
    set_boundaries(msg, b.key, lambda t: f"{t[:16]}/{host}")
    return msg


# --------------------------------------------------------------------------------------------
# Labels, file names, output and checks
# --------------------------------------------------------------------------------------------


def reply_label(r: Reply) -> dict[str, object]:
    """The label row of a reply (without the file name)."""
    label: dict[str, object] = {"intent": r.intent, **dict.fromkeys(LABEL_KEYS)}
    label.update({k: v for k, v in r.labels.items() if k in LABEL_KEYS})
    label["invoice_refs"] = r.labels.get("invoice_refs", [])
    label["language"] = r.lang
    label["note"] = r.labels.get("note")
    return label


def bounce_label(b: Bounce) -> dict[str, object]:
    """The label row of a bounce (without the file name)."""
    label: dict[str, object] = {"intent": "bounce", **dict.fromkeys(LABEL_KEYS)}
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt.lower(), bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


@dataclass(frozen=True)
class Item:
    """One built message with its key, label and the hand-written text behind it."""

    key: str
    msg: Message
    label: dict[str, object]
    own_text: str
    when: datetime


def all_items() -> list[Item]:
    """Every message, in spec order."""
    items = [Item(r.key, build_reply(r), reply_label(r), r.body, r.dt) for r in REPLIES]
    items += [Item(b.key, build_bounce(b, f), bounce_label(b), "", b.dt) for b, f in BOUNCES]
    return items


def file_order(items: list[Item]) -> list[Item]:
    """Order by a seeded hash of the key, so that a file name says nothing about its label."""
    return sorted(
        items,
        key=lambda item: hashlib.sha256(f"{SEED}:{item.key}".encode()).hexdigest(),
    )


ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT = re.compile(r"^\d+\.\d{2}$")
INVOICE = re.compile(r"^PSB/\d{5}$")
STATUS = re.compile(r"^[245]\.\d{1,3}\.\d{1,3}$")


def fail(where: str, why: str) -> None:
    """Stop the build with a message."""
    raise SystemExit(f"{where}: {why}")


def check_label(item: Item) -> None:
    """Label shape and the conventions the README states."""
    label, where = item.label, item.key
    intent = str(label["intent"])
    allowed = INTENT_FIELDS.get(intent, frozenset())
    for key in LABEL_KEYS:
        if label[key] is not None and key not in allowed:
            fail(where, f"{key} filled for {intent}")
    for key in ("promised_date", "paid_date", "return_date"):
        value = label[key]
        if value is not None:
            if not ISO_DATE.match(str(value)):
                fail(where, f"{key} not ISO")
            day = date.fromisoformat(str(value))
            sent = item.when.date()
            if key == "paid_date" and day > sent:
                fail(where, "paid after the message")
            if key != "paid_date" and day < sent:
                fail(where, f"{key} before the message")
    if (label["amount"] is None) != (label["currency"] is None):
        fail(where, "amount and currency go together")
    if label["amount"] is not None and not AMOUNT.match(str(label["amount"])):
        fail(where, "amount format")
    if label["currency"] not in {None, "GBP", "EUR"}:
        fail(where, "currency")
    refs = cast("list[str]", label["invoice_refs"])
    for ref in refs:
        if not INVOICE.match(ref):
            fail(where, f"invoice ref {ref}")
        if ref[4:] not in item.own_text:
            fail(where, f"{ref} is not in the new text")
    contact = label["new_contact"]
    if contact is not None and (
        str(contact) != str(contact).lower() or str(contact) not in item.own_text.lower()
    ):
        fail(where, "new_contact must be lower case and written in the new text")
    if intent == "bounce":
        status, kind = str(label["bounce_status"]), label["bounce_kind"]
        if not STATUS.match(status) or kind not in {"hard", "soft"}:
            fail(where, "bounce fields")
        if status.startswith("4") and kind != "soft":
            fail(where, "4.x.x is soft")
        if status.startswith("5") and kind == "soft" and status != "5.2.2":
            fail(where, "only mailbox full is soft with 5.x.x")
    if label["language"] not in LANGS:
        fail(where, "language")


def check_message(name: str, data: bytes, item: Item) -> None:
    """Parse the file back as a mail program would and insist that nothing is broken."""
    msg = message_from_bytes(data, policy=policy.default)
    if not isinstance(msg, EmailMessage):
        fail(name, "not an EmailMessage")
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            fail(name, f"no {header}")
    if "=?" in str(msg["Subject"]) or "=?" in str(msg["From"]):
        fail(name, "undecoded header")
    sent = msg["Date"].datetime
    if not isinstance(sent, datetime) or not FIRST_DAY <= sent.date() <= LAST_DAY:
        fail(name, "date out of range")
    if sent != item.when:
        fail(name, "Date header does not match the spec")
    for part in msg.walk():
        if part.defects:
            fail(name, f"defects {part.defects}")
        for key, value in part.items():
            if getattr(value, "defects", ()):
                fail(name, f"header defect in {key}")
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if not isinstance(content, str):
                fail(name, "text part did not decode to str")
    if item.own_text:
        texts = [
            cast("str", p.get_content()) for p in msg.walk() if p.get_content_type() == "text/plain"
        ]
        first = item.own_text.split("\n")[0][:30]
        if texts and not any(first in t.replace(" \n", " ") for t in texts):
            fail(name, "hand-written text not found in the plain part")


def check_counts(labels: list[dict[str, object]]) -> None:
    """Twelve per intent and the agreed language totals."""
    per_intent = Counter(str(x["intent"]) for x in labels)
    per_lang = Counter(str(x["language"]) for x in labels)
    if any(per_intent[i] != PER_INTENT for i in INTENTS) or len(per_intent) != len(INTENTS):
        fail("counts", f"per intent {dict(per_intent)}")
    if dict(per_lang) != LANG_TOTALS:
        fail("counts", f"per language {dict(per_lang)}")
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    for intent in INTENTS:
        for lang in LANGS[1:]:
            if cells[intent, lang] not in {1, 2}:
                fail("counts", f"{intent}/{lang} not spread evenly")


def count_table(labels: list[dict[str, object]]) -> str:
    """The intent × language table as Markdown."""
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
    """Build, write, re-read and check every file; return the labels in file order."""
    items = all_items()
    keys = [item.key for item in items]
    if len(set(keys)) != len(keys):
        fail("specs", "duplicate keys")
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[dict[str, object]] = []
    for number, item in enumerate(file_order(items), start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        check_label(item)
        data = item.msg.as_bytes()
        check_message(name, data, item)
        (HERE / name).write_bytes(data)
        labels.append({"file": name, **item.label})
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
    print(f"\n{len(labels)} messages; bounces: {kinds['hard']} hard, {kinds['soft']} soft")
    return 0


if __name__ == "__main__":
    sys.exit(main())
