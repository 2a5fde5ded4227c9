# ruff: noqa: C901, E501, PLR0912, PLR0917, RUF001
# Message text is kept one paragraph a line, the way a mail client sends it, with the
# typographic dashes, quotes and symbols that people and their clients really type.
# The second directive keeps the first from being reported as unused where E501 and RUF001
# are not enabled.
"""Build held-out reply corpus 119: `h119-NNN.eml` files and `labels.jsonl`.

Every message could arrive in the receivables mailbox of Millrace Electrical Contractors after
it sent an overdue-invoice reminder. The new text of each message is written by hand below.
The script adds only what a mail client or a mail server would add: the quoted reminder (in
the client's layout and the sender's language), headers, MIME structure, charsets and transfer
encodings, and the machine parts of delivery reports. It writes next to itself,
deterministically (no clock, fixed seed, fixed boundaries, Message-IDs derived from keys).
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
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from decimal import Decimal
from email import charset as cs
from email import message_from_bytes, policy
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import cast

HERE = Path(__file__).resolve().parent
SEED = "holdout119-20301014"
PREFIX = "h119"
AR_NAME = "Millrace Accounts Receivable"
AR_ADDR = "receivables@millrace-electrical.example"
AR_DOMAIN = "millrace-electrical.example"
FIRST_DAY = date(2030, 10, 14)
LAST_DAY = date(2030, 11, 8)
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
# The fields each intent may fill; every other field stays null.
INTENT_FIELDS: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "amount", "currency"}),
    "auto_reply": frozenset({"return_date"}),
    "wrong_contact": frozenset({"new_contact"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
}
# Planned spread: 12 messages per intent, en 30 and 18 for every other language.
PLAN: dict[str, tuple[int, int, int, int, int, int]] = {
    "payment_sent": (3, 1, 2, 2, 2, 2),
    "promise_to_pay": (3, 2, 1, 2, 2, 2),
    "dispute": (3, 2, 2, 1, 2, 2),
    "payment_plan": (3, 2, 2, 2, 1, 2),
    "invoice_request": (3, 2, 2, 2, 2, 1),
    "wrong_contact": (3, 1, 2, 2, 2, 2),
    "unsubscribe": (3, 2, 1, 2, 2, 2),
    "auto_reply": (3, 2, 2, 1, 2, 2),
    "bounce": (3, 2, 2, 2, 1, 2),
    "other": (3, 2, 2, 2, 2, 1),
}
REF_RE = re.compile(r"MEC/\d{2}/\d{5}")

# --------------------------------------------------------------------------------------------
# Time zones: UK senders on UK time, everyone else on central-European time
# --------------------------------------------------------------------------------------------

ZONE_BASE = {"uk": 0, "ce": 1}


def zone_of(lang: str) -> str:
    """English senders are in the UK; the others are on the continent."""
    return "uk" if lang == "en" else "ce"


def last_sunday(year: int, month: int) -> date:
    """The last Sunday of a month (EU summer time starts and ends on one)."""
    first_next = date(year + month // 12, month % 12 + 1, 1)
    last = first_next - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - 6) % 7)


def offset_at_utc(zone: str, utc: datetime) -> timedelta:
    """The zone's UTC offset at a naive UTC instant (EU rule: switch at 01:00 UTC)."""
    base = timedelta(hours=ZONE_BASE[zone])
    start = datetime.combine(last_sunday(utc.year, 3), time(1))
    end = datetime.combine(last_sunday(utc.year, 10), time(1))
    return base + timedelta(hours=1) if start <= utc < end else base


def localize(zone: str, wall: datetime) -> datetime:
    """Attach the offset in force at a wall-clock time (times are never in the switch hour)."""
    guess = wall - timedelta(hours=ZONE_BASE[zone] + 1)
    offset = offset_at_utc(zone, guess)
    if offset_at_utc(zone, wall - offset) != offset:
        raise ValueError(f"{wall} falls in a clock change in zone {zone}")
    return wall.replace(tzinfo=timezone(offset))


def in_zone(zone: str, moment: datetime) -> datetime:
    """The same instant seen on a clock in `zone`."""
    utc = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.astimezone(timezone(offset_at_utc(zone, utc)))


def parse_wall(when: str) -> datetime:
    return datetime.strptime(when, "%Y-%m-%d %H:%M")


# --------------------------------------------------------------------------------------------
# Locale tables
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
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}

# Attribution lines and header blocks, as each client writes them in each language.
GMAIL_ATTR = {
    "en": "On {dab}, {d} {mab} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {dab}, {d}. {mab} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {dab} {d} {mab} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {dab}, {d} {mab} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {dab} {d} {mab} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {dab} {d} {mab} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTR = {
    "en": "On {d} {mab} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mab} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {mab} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mab} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mab} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTR = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{yy} {HH}:{mm}, {name} ha scritto:",
}
OUTLOOK_DATE = {
    "en": "{day}, {d} {month} {y} {HH}:{mm}",
    "de": "{day}, {d}. {month} {y} {HH}:{mm}",
    "fr": "{day} {d} {month} {y} {HH}:{mm}",
    "es": "{day}, {d} de {month} de {y} {H}:{mm}",
    "nl": "{day} {d} {month} {y} {HH}:{mm}",
    "it": "{day} {d} {month} {y} {HH}:{mm}",
}
# divider line, From, Sent, To, Subject, and what goes between a label and its value
OUTLOOK_BLOCK = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject", ": "),
    "de": (
        "-----Ursprüngliche Nachricht-----",
        "Von",
        "Gesendet",
        "An",
        "Betreff",
        ": ",
    ),
    "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : "),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": "),
    "nl": (
        "-----Oorspronkelijk bericht-----",
        "Van",
        "Verzonden",
        "Aan",
        "Onderwerp",
        ": ",
    ),
    "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ": "),
}
OUTLOOK_PREFIX = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
CONTENT_LANGUAGE = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
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

# --------------------------------------------------------------------------------------------
# The reminder that every reply answers
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – Millrace Electrical",
    "de": "Zahlungserinnerung: Rechnung {inv} ist überfällig",
    "fr": "Rappel : facture {inv} échue",
    "es": "Aviso de impago: factura {inv}",
    "nl": "Betalingsherinnering factuur {inv}",
    "it": "Sollecito di pagamento – fattura {inv}",
}
REMINDER_TEXT = {
    "en": (
        "Hello,\n\n"
        "Our accounts show the invoice below as unpaid and now past its due date.\n\n"
        "Invoice:       {inv}\n"
        "For:           {job}\n"
        "Invoice date:  {issued}\n"
        "Due date:      {due}\n"
        "Outstanding:   {amount}\n\n"
        "If you have already paid, please reply with the payment date and your remittance reference so that we can allocate it. If something on the invoice or the work needs looking at, reply to this email and we will sort it out with you.\n\n"
        "Many thanks,\n\n"
        "Accounts Receivable\nMillrace Electrical Contractors Ltd\nMillrace Works, Canal Street, Stockport SK1 3QZ\n"
        "receivables@millrace-electrical.example · 0161 496 0732"
    ),
    "de": (
        "Guten Tag,\n\n"
        "nach unserer Buchhaltung ist die folgende Rechnung noch offen, obwohl die Zahlungsfrist abgelaufen ist:\n\n"
        "Rechnung:        {inv}\n"
        "Leistung:        {job}\n"
        "Rechnungsdatum:  {issued}\n"
        "Fällig am:       {due}\n"
        "Offener Betrag:  {amount}\n\n"
        "Falls Sie bereits gezahlt haben, nennen Sie uns bitte Zahlungsdatum und Verwendungszweck, damit wir die Zahlung zuordnen können. Stimmt etwas an der Rechnung oder an den Arbeiten nicht, antworten Sie einfach auf diese E-Mail.\n\n"
        "Freundliche Grüße\n\n"
        "Debitorenbuchhaltung\nMillrace Electrical Contractors Ltd\n"
        "receivables@millrace-electrical.example · +44 161 496 0732"
    ),
    "fr": (
        "Bonjour,\n\n"
        "D'après notre comptabilité, la facture ci-dessous n'est toujours pas réglée alors que son échéance est dépassée :\n\n"
        "Facture :          {inv}\n"
        "Prestation :       {job}\n"
        "Date de facture :  {issued}\n"
        "Échéance :         {due}\n"
        "Reste à payer :    {amount}\n\n"
        "Si le règlement a déjà été fait, merci de nous indiquer sa date et la référence du virement pour que nous puissions le rapprocher. Pour toute question sur la facture ou l'intervention, il suffit de répondre à ce message.\n\n"
        "Bien cordialement,\n\n"
        "Service comptabilité clients\nMillrace Electrical Contractors Ltd\n"
        "receivables@millrace-electrical.example · +44 161 496 0732"
    ),
    "es": (
        "Buenos días:\n\n"
        "En nuestra contabilidad figura como pendiente la siguiente factura, cuyo plazo de pago ya ha vencido:\n\n"
        "Factura:            {inv}\n"
        "Concepto:           {job}\n"
        "Fecha de factura:   {issued}\n"
        "Vencimiento:        {due}\n"
        "Importe pendiente:  {amount}\n\n"
        "Si ya la han pagado, les agradeceríamos que nos indicaran la fecha y la referencia de la transferencia para poder conciliarla. Si hay algún problema con la factura o con los trabajos, basta con responder a este correo.\n\n"
        "Un saludo,\n\n"
        "Departamento de cobros\nMillrace Electrical Contractors Ltd\n"
        "receivables@millrace-electrical.example · +44 161 496 0732"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Volgens onze boekhouding is onderstaande factuur nog niet voldaan, terwijl de betaaltermijn verstreken is:\n\n"
        "Factuur:       {inv}\n"
        "Omschrijving:  {job}\n"
        "Factuurdatum:  {issued}\n"
        "Vervaldatum:   {due}\n"
        "Openstaand:    {amount}\n\n"
        "Heeft u al betaald, laat ons dan de betaaldatum en het betalingskenmerk weten, zodat we de betaling kunnen koppelen. Klopt er iets niet aan de factuur of het werk, beantwoord dan gewoon deze e-mail.\n\n"
        "Met vriendelijke groet,\n\n"
        "Debiteurenadministratie\nMillrace Electrical Contractors Ltd\n"
        "receivables@millrace-electrical.example · +44 161 496 0732"
    ),
    "it": (
        "Buongiorno,\n\n"
        "dalla nostra contabilità la fattura indicata qui sotto risulta ancora da saldare, benché la scadenza sia passata:\n\n"
        "Fattura:         {inv}\n"
        "Descrizione:     {job}\n"
        "Data fattura:    {issued}\n"
        "Scadenza:        {due}\n"
        "Importo dovuto:  {amount}\n\n"
        "Se il pagamento è già stato effettuato, vi chiediamo di comunicarci la data e il riferimento del bonifico, così da poterlo abbinare. Per qualsiasi questione sulla fattura o sui lavori è sufficiente rispondere a questa e-mail.\n\n"
        "Cordiali saluti,\n\n"
        "Ufficio crediti\nMillrace Electrical Contractors Ltd\n"
        "receivables@millrace-electrical.example · +44 161 496 0732"
    ),
}
JOBS = {
    "en": (
        "Fire alarm service visit (BS 5839-1), Q3",
        "Annual emergency lighting duration test",
        "EV charger installation (2 × 22 kW)",
        "Full rewire and new consumer unit",
        "EICR and remedial works",
        "Three-phase supply to workshop machinery",
    ),
    "de": (
        "Wartung Brandmeldeanlage, 3. Quartal",
        "Jährliche Prüfung der Sicherheitsbeleuchtung",
        "Installation Ladestationen (2 × 22 kW)",
        "Neuverkabelung und neuer Verteiler",
        "Prüfung der Elektroanlage und Mängelbeseitigung",
        "Drehstromanschluss für Werkstattmaschinen",
    ),
    "fr": (
        "Maintenance du système d'alarme incendie, 3e trimestre",
        "Essai annuel de l'éclairage de sécurité",
        "Installation de bornes de recharge (2 × 22 kW)",
        "Réfection complète du câblage et nouveau tableau",
        "Diagnostic électrique et travaux de mise en conformité",
        "Alimentation triphasée des machines de l'atelier",
    ),
    "es": (
        "Mantenimiento del sistema de alarma de incendios, 3.er trimestre",
        "Prueba anual del alumbrado de emergencia",
        "Instalación de puntos de recarga (2 × 22 kW)",
        "Recableado completo y nuevo cuadro eléctrico",
        "Inspección eléctrica y reparaciones",
        "Acometida trifásica para la maquinaria del taller",
    ),
    "nl": (
        "Onderhoud brandmeldinstallatie, 3e kwartaal",
        "Jaarlijkse duurtest noodverlichting",
        "Installatie laadpalen (2 × 22 kW)",
        "Volledig nieuwe bedrading en groepenkast",
        "Inspectie elektrische installatie en herstelwerk",
        "Krachtstroomaansluiting werkplaatsmachines",
    ),
    "it": (
        "Manutenzione impianto rivelazione incendi, 3° trimestre",
        "Prova annuale dell'illuminazione di emergenza",
        "Installazione colonnine di ricarica (2 × 22 kW)",
        "Rifacimento impianto elettrico e nuovo quadro",
        "Verifica dell'impianto e interventi correttivi",
        "Linea trifase per i macchinari dell'officina",
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
# A client limited to Latin-1 cannot send these characters; it writes what people then see.
LATIN1_SUBSTITUTES = {"–": "-", "€": "EUR", "’": "'", "…": "...", "“": '"', "”": '"'}


def digest(key: str, salt: str) -> bytes:
    """Stable bytes for a message key (everything random-looking comes from here)."""
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def number(key: str, salt: str, modulo: int) -> int:
    return int.from_bytes(digest(key, salt)[:8], "big") % modulo


def b32(key: str, salt: str, length: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:length]


def money(amount: str, lang: str) -> str:
    """An amount as the reminder prints it in each language."""
    value = f"{Decimal(amount):,.2f}"
    if lang == "en":
        return f"£{value}"
    continental = value.replace(",", "_").replace(".", ",").replace("_", ".")
    if lang == "fr":
        return continental.replace(".", " ") + " €"
    if lang in {"nl", "it"}:
        return f"€ {continental}"
    return f"{continental} €"


def latin1(text: str) -> str:
    for bad, good in LATIN1_SUBSTITUTES.items():
        text = text.replace(bad, good)
    return text


def fits(text: str, charset: str) -> str:
    """The text as a client using `charset` would send it."""
    return latin1(text) if charset == "iso-8859-1" else text


@dataclass(frozen=True)
class Invoice:
    """What the reminder says about the invoice."""

    number: str
    amount: str
    job: int
    issued: date
    due: date


def invoice_for(key: str, inv: str, amount: str, job: int, reminder_day: date) -> Invoice:
    """The invoice behind a reminder; anything the hand-written text does not fix is derived."""
    if not inv:
        inv = f"MEC/30/{4300 + number(key, 'inv', 220):05d}"
    if not amount:
        cents = 24_000 + number(key, "amount", 420_000)
        amount = f"{cents // 100}.{cents % 100:02d}"
    if job < 0:
        job = number(key, "job", len(JOBS["en"]))
    due = reminder_day - timedelta(days=9 + number(key, "due", 12))
    return Invoice(inv, amount, job, due - timedelta(days=30), due)


def reminder_subject(lang: str, inv: str) -> str:
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_body(lang: str, invoice: Invoice) -> str:
    fmt = DATE_FORMAT[lang]
    return REMINDER_TEXT[lang].format(
        inv=invoice.number,
        job=JOBS[lang][invoice.job],
        issued=invoice.issued.strftime(fmt),
        due=invoice.due.strftime(fmt),
        amount=money(invoice.amount, lang),
    )


def reminder_msgid(key: str) -> str:
    return f"<reminder.{b32(key, 'reminder', 16).lower()}@{AR_DOMAIN}>"


def reminder_sent(reply_day: date, working_days: int, key: str) -> datetime:
    """The reminder run goes out from Stockport a little after nine on a working day."""
    day = reply_day
    left = working_days
    while left > 0:
        day -= timedelta(days=1)
        if day.weekday() < 5:
            left -= 1
    wall = datetime.combine(day, time(9, 2 + number(key, "minute", 20), number(key, "second", 60)))
    return localize("uk", wall)


# --------------------------------------------------------------------------------------------
# Hand-written messages and their labels
# --------------------------------------------------------------------------------------------


def lab(*refs: str, note: str | None = None, **fields: str) -> dict[str, object]:
    """The label of one message: the filled fields, the invoice numbers in the new text, a note."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label fields {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


@dataclass(frozen=True)
class Mail:
    """A message a person or a system wrote in reply to a reminder."""

    key: str
    intent: str
    lang: str
    sender: tuple[str, str]
    when: str  # the sender's wall-clock time
    client: str
    text: str
    label: dict[str, object]
    inv: str = ""
    amount: str = ""
    job: int = -1
    subject: str = ""  # "{sub}" stands for the reminder's subject
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    thread: bool = True  # In-Reply-To and References to the reminder
    sent_to: str = ""  # where the reminder went, when that is not the sender
    working_days: int = 1  # how long after the reminder the reply came

    @property
    def zone(self) -> str:
        return zone_of(self.lang)

    @property
    def dt(self) -> datetime:
        return localize(self.zone, parse_wall(self.when))

    @property
    def reminder_time(self) -> datetime:
        return reminder_sent(self.dt.date(), self.working_days, self.key)

    @property
    def invoice(self) -> Invoice:
        return invoice_for(self.key, self.inv, self.amount, self.job, self.reminder_time.date())


# --------------------------------------------------------------------------------------------
# MIME parts and headers
# --------------------------------------------------------------------------------------------


def body_charset(name: str, cte: str) -> cs.Charset:
    """A Charset that makes the email package use the transfer encoding a client would pick."""
    charset = cs.Charset(name)
    if cte == "qp":
        charset.body_encoding = cs.QP
    elif cte == "b64":
        charset.body_encoding = cs.BASE64
    else:  # 8bit or 7bit: the text goes out as it is
        charset.body_encoding = None  # type: ignore[assignment]
    return charset


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """One text part; refuses text the declared charset cannot carry."""
    text.encode(charset)
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, body_charset(charset, cte))
    return part


def encode_header(value: str, charset: str, name: str = "Subject") -> str:
    """A header value as a client writes it: RFC 2047 encoded words when it is not ASCII."""
    if value.isascii():
        return value
    chosen = charset if charset != "utf-8" else "utf-8"
    try:
        value.encode(chosen)
    except UnicodeEncodeError:
        chosen = "utf-8"
    return Header(value, chosen, header_name=name).encode()


def encode_address(name: str, addr: str, charset: str) -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encode_header(name, charset, 'From')} <{addr}>"


def plain_address(name: str, addr: str) -> str:
    """An address as a client shows it inside quoted text."""
    return f"{name} <{addr}>" if name else addr


def alternative(plain: Message, markup: Message) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(markup)
    return outer


def move_mime_headers_last(msg: Message) -> None:
    """Clients write the MIME headers after the envelope headers."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value


def drop_inner_versions(part: Message, top: bool = True) -> None:
    """Only a message's top level (or a returned message's) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    if not part.is_multipart():
        return
    payload = part.get_payload()
    if not isinstance(payload, list):
        return
    embedded = part.get_content_type() == "message/rfc822"
    for sub in payload:
        if isinstance(sub, Message):
            drop_inner_versions(sub, top=embedded)


BOUNDARY_STYLE = {
    "gmail": ("000000000000", 16, "hex"),
    "outlook_html": ("_000_", 24, "b32"),
    "android": ("_000_", 24, "b32"),
    "apple": ("Apple-Mail=_", 0, "uuid"),
    "bounce": ("", 16, "b32"),
}


def boundary_for(key: str, style: str, n: int) -> str:
    prefix, length, kind = BOUNDARY_STYLE.get(style, ("----=_Part_", 20, "b32"))
    raw = digest(key, f"boundary{n}")
    if kind == "hex":
        return prefix + raw.hex()[:length]
    if kind == "uuid":
        h = raw.hex().upper()
        return f"{prefix}{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
    return prefix + base64.b32encode(raw).decode()[:length]


def finalize(msg: Message, key: str, style: str) -> Message:
    move_mime_headers_last(msg)
    drop_inner_versions(msg)
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        part.set_boundary(boundary_for(key, style, n))
    return msg


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


def date_words(lang: str, dt: datetime) -> dict[str, str]:
    return {
        "day": DAYS[lang].split()[dt.weekday()],
        "dab": DAYS_ABBR[lang].split()[dt.weekday()],
        "month": MONTHS[lang].split()[dt.month - 1],
        "mab": MONTHS_ABBR[lang].split()[dt.month - 1],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "HH": f"{dt.hour:02d}",
        "H": str(dt.hour),
        "mm": f"{dt.minute:02d}",
    }


@dataclass(frozen=True)
class Quote:
    """The reminder as the replying client shows it."""

    text: str
    subject: str
    sent: datetime  # on the reader's clock
    lang: str
    to: str

    def words(self) -> dict[str, str]:
        return {**date_words(self.lang, self.sent), "name": AR_NAME, "addr": AR_ADDR}


def make_quote(m: Mail) -> Quote:
    inv = m.invoice
    text = fits(reminder_body(m.lang, inv), m.charset)
    subject = fits(reminder_subject(m.lang, inv.number), m.charset)
    sent = in_zone(m.zone, m.reminder_time)
    to = m.sent_to or plain_address(*m.sender)
    return Quote(text, subject, sent, m.lang, to)


def quoted(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def br_lines(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def paragraphs(text: str) -> str:
    return "\n".join(f"<p>{br_lines(p)}</p>" for p in text.split("\n\n"))


def mso(text: str) -> str:
    rows = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "<o:p>&nbsp;</o:p>"
        rows.append(f'<p class="MsoNormal">{inner}</p>')
    return "\n".join(rows)


def outlook_rows(q: Quote) -> list[tuple[str, str]]:
    _, frm, sent, to, subj, _ = OUTLOOK_BLOCK[q.lang]
    when = OUTLOOK_DATE[q.lang].format(**date_words(q.lang, q.sent))
    return [
        (frm, f"{AR_NAME} <{AR_ADDR}>"),
        (sent, when),
        (to, q.to),
        (subj, q.subject),
    ]


def outlook_lines(q: Quote) -> list[str]:
    sep = OUTLOOK_BLOCK[q.lang][5]
    return [f"{label}{sep}{value}" for label, value in outlook_rows(q)]


def outlook_html_head(q: Quote) -> str:
    sep = OUTLOOK_BLOCK[q.lang][5].rstrip()
    return "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(sep)}</b> {html.escape(value)}"
        for label, value in outlook_rows(q)
    )


def client_outlook(m: Mail, q: Quote) -> Message:
    """Outlook desktop, plain text: the localised original-message divider and header block."""
    block = "\n".join([OUTLOOK_BLOCK[q.lang][0], *outlook_lines(q)])
    return text_part(f"{m.text}\n\n{block}\n\n{q.text}\n", "plain", m.charset, m.cte)


def word_document(m: Mail, q: Quote) -> str:
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={m.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle19 {mso-style-type:personal-reply;}\n--></style>\n</head>\n"
        f'<body lang="{CONTENT_LANGUAGE[m.lang]}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{mso(m.text)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{outlook_html_head(q)}<o:p></o:p></p>\n'
        "</div>\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso(q.text)}\n"
        "</div>\n</body>\n</html>\n"
    )


def client_outlook_html(m: Mail, q: Quote) -> Message:
    """Outlook desktop, HTML: Word markup with the divider, and its plain-text twin."""
    plain = "\n".join([m.text, "", *outlook_lines(q), "", q.text, ""])
    return alternative(
        text_part(plain, "plain", m.charset, m.cte),
        text_part(word_document(m, q), "html", m.charset, m.cte),
    )


def client_html_only(m: Mail, q: Quote) -> Message:
    """An Outlook set up to send HTML without a plain-text part."""
    return text_part(word_document(m, q), "html", m.charset, m.cte)


def client_android(m: Mail, q: Quote) -> Message:
    """Outlook for Android: both parts in base64, the localised download line, the header block."""
    sig = ANDROID_SIGNATURE[q.lang]
    plain = f"{m.text}\n\n{sig}\n{'_' * 32}\n" + "\n".join(outlook_lines(q)) + f"\n\n{q.text}\n"
    markup = (
        f'<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset={m.charset}">\n</head>\n<body>\n'
        f'<div dir="auto">{br_lines(m.text)}</div>\n<div dir="auto"><br></div>\n'
        f'<div id="ms-outlook-mobile-signature"><div dir="auto"><a href="https://aka.ms/AAb9ysg">{html.escape(sig)}</a></div></div>\n'
        '<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{outlook_html_head(q)}</font>\n<div>&nbsp;</div>\n</div>\n"
        f'<div dir="ltr">{paragraphs(q.text)}</div>\n</body>\n</html>\n'
    )
    return alternative(
        text_part(plain, "plain", m.charset, "b64"),
        text_part(markup, "html", m.charset, "b64"),
    )


def client_gmail(m: Mail, q: Quote) -> Message:
    """Gmail: plain and HTML, the quote in a gmail_quote blockquote."""
    attr = GMAIL_ATTR[q.lang].format(**q.words())
    plain = f"{m.text}\n\n{attr}\n\n{quoted(q.text)}\n"
    markup = (
        f'<div dir="ltr">{br_lines(m.text)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{paragraphs(q.text)}</blockquote></div>\n"
    )
    return alternative(
        text_part(plain, "plain", m.charset, m.cte),
        text_part(markup, "html", m.charset, m.cte),
    )


def client_gmail_plain(m: Mail, q: Quote) -> Message:
    """Gmail in plain-text mode: the attribution line and '>' quoting."""
    attr = GMAIL_ATTR[q.lang].format(**q.words())
    return text_part(f"{m.text}\n\n{attr}\n\n{quoted(q.text)}\n", "plain", m.charset, m.cte)


def client_apple(m: Mail, q: Quote) -> Message:
    """Apple Mail on a Mac, plain text."""
    attr = APPLE_ATTR[q.lang].format(**q.words())
    return text_part(f"{m.text}\n\n{attr}\n\n{quoted(q.text)}\n", "plain", m.charset, m.cte)


def client_iphone(m: Mail, q: Quote) -> Message:
    """iPhone Mail: the localised signature, then the attribution inside the quote."""
    attr = APPLE_ATTR[q.lang].format(**q.words())
    body = (
        f"{m.text}\n\n{IPHONE_SIGNATURE[q.lang]}\n\n{quoted(attr + chr(10) + chr(10) + q.text)}\n"
    )
    return text_part(body, "plain", m.charset, m.cte)


def flowed(text: str, width: int = 72) -> str:
    """RFC 3676 format=flowed: long lines broken after a space, quote marks repeated."""
    out: list[str] = []
    for raw in text.split("\n"):
        line = raw.rstrip(" ")
        prefix = ""
        if line.startswith(">"):
            depth = len(line) - len(line.lstrip(">"))
            prefix = ">" * depth + " "
            line = line[depth:].removeprefix(" ")
        elif line.startswith((" ", "From ")):
            line = " " + line  # space-stuffing
        room = width - len(prefix)
        if len(line) <= room:
            out.append(prefix + line if line else prefix.rstrip(" "))
            continue
        pieces = textwrap.wrap(line, room, break_long_words=False, break_on_hyphens=False)
        for n, piece in enumerate(pieces):
            out.append(prefix + piece + (" " if n < len(pieces) - 1 else ""))
    return "\n".join(out)


def client_thunderbird(m: Mail, q: Quote) -> Message:
    """Thunderbird: a one-line attribution and format=flowed text."""
    attr = THUNDERBIRD_ATTR[q.lang].format(**q.words())
    part = text_part(
        flowed(f"{m.text}\n\n{attr}\n{quoted(q.text)}") + "\n",
        "plain",
        m.charset,
        m.cte,
    )
    part.set_param("format", "flowed")
    return part


def client_none(m: Mail, q: Quote) -> Message:
    """Automatic notices and advices quote nothing."""
    del q
    return text_part(m.text + "\n", "plain", m.charset, m.cte)


CLIENTS: dict[str, Callable[[Mail, Quote], Message]] = {
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
OUTLOOK_CLIENTS = frozenset({"outlook", "outlook_html", "html_only", "android"})
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3826.500.181.1.5)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22H124)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
}


def reply_msgid(m: Mail) -> str:
    raw = digest(m.key, "msgid")
    domain = m.sender[1].split("@")[1]
    if m.client in {"gmail", "gmail_plain"}:
        return "<CA" + base64.urlsafe_b64encode(raw).decode().rstrip("=")[:41] + "@mail.gmail.com>"
    if m.client in OUTLOOK_CLIENTS:
        host = f"{b32(m.key, 'host', 4)}PR0{raw[0] % 9 + 1}MB{raw[1] * 37 % 9000 + 1000}"
        return f"<{host}{b32(m.key, 'local', 22)}@{host}.eurprd0{raw[2] % 9 + 1}.prod.outlook.com>"
    h = raw.hex().upper()
    if m.client in {"apple", "iphone"}:
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if m.client == "thunderbird":
        low = h.lower()
        return f"<{low[:8]}-{low[8:12]}-4{low[13:16]}-a{low[17:20]}-{low[20:32]}@{domain}>"
    return f"<{raw.hex()[:20]}.{number(m.key, 'n', 10**6)}@{domain}>"


def reply_subject(m: Mail, q: Quote) -> str:
    if m.subject:
        return m.subject.format(sub=q.subject)
    prefix = OUTLOOK_PREFIX[m.lang] if m.client in OUTLOOK_CLIENTS else "Re: "
    return prefix + q.subject


def build_mail(m: Mail) -> Message:
    q = make_quote(m)
    msg = CLIENTS[m.client](m, q)
    msg["From"] = encode_address(*m.sender, m.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    msg["Subject"] = encode_header(reply_subject(m, q), m.charset)
    msg["Date"] = format_datetime(m.dt)
    msg["Message-ID"] = reply_msgid(m)
    if m.thread:
        msg["In-Reply-To"] = reminder_msgid(m.key)
        msg["References"] = reminder_msgid(m.key)
    extra: list[tuple[str, str]] = []
    if m.client in OUTLOOK_CLIENTS:
        extra = [
            ("Thread-Topic", encode_header(q.subject, m.charset, "Thread-Topic")),
            ("Thread-Index", base64.b64encode(digest(m.key, "thread")[:22]).decode()),
            ("Content-Language", CONTENT_LANGUAGE[m.lang]),
            ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", ""),
        ]
    for name, value in [*extra, *CLIENT_HEADERS.get(m.client, ()), *m.headers]:
        msg[name] = value
    return finalize(msg, m.key, m.client)


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "All")

PAYMENT_SENT = [
    Mail(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Gary Nuttall", "gary@nuttall-lettings.example"),
        "2030-10-16 19:42",
        "iphone",
        "Paid.",
        lab(note="one word from a phone; no date, amount or reference"),
    ),
    Mail(
        "ps-en-2",
        "payment_sent",
        "en",
        ("Castlegate Retail Group AP", "ap.remittances@castlegate-retail.example"),
        "2030-10-21 06:15",
        "none",
        "REMITTANCE ADVICE\n\n"
        "Payer:             Castlegate Retail Group plc - Accounts Payable Shared Service Centre\n"
        "Payee:             MILLRACE ELECTRICAL CONTRACTORS LTD\n"
        "Supplier no.:      200418\n"
        "Payment date:      21/10/2030\n"
        "Payment method:    BACS\n"
        "Payment document:  1500093381\n\n"
        "Your invoice       Our document   Invoice date   Gross amount   Discount   Amount paid\n"
        "MEC/30/04388       5105562210     29/08/2030         2,146.80       0.00      2,146.80\n"
        "MEC/30/04417       5105562377     02/09/2030         1,284.60       0.00      1,284.60\n\n"
        "Total paid: GBP 3,431.40\n\n"
        "Funds should reach your account within two working days of the payment date.\n\n"
        "This advice was generated automatically. Please do not reply to this email, as the mailbox is not monitored. For queries, contact apqueries@castlegate-retail.example and quote your supplier number.",
        lab(
            "MEC/30/04388",
            "MEC/30/04417",
            paid_date="2030-10-21",
            payment_reference="1500093381",
            amount="3431.40",
            currency="GBP",
            note="AP-system remittance advice (quotes nothing); the queries address is not a new contact",
        ),
        subject="Remittance advice – Castlegate Retail Group plc – payment 1500093381",
        charset="windows-1252",
        headers=(AUTO_GENERATED, ("X-Mailer", "SAP NetWeaver 7.50")),
        thread=False,
    ),
    Mail(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Precious Adeyemi", "precious.adeyemi@gmail.com"),
        "2030-10-29 13:27",
        "gmail",
        "Hi,\n\n"
        "Sorry it's taken me so long to get back to you, it's been a really hectic couple of weeks. I'm Mr Okafor's PA and I look after his properties while he's travelling, and he's been in and out of Lagos since the start of the month so his post and emails have been piling up. On top of that the tenants in flat 3 had the leak from upstairs that I think your electrician saw when he did the certificate, so I've been going back and forth with the insurers as well.\n\n"
        "Anyway I went through everything with him on the phone yesterday and he did the transfer for your invoice on Friday, before he flew out again – £486.00 from his business account. He said he put the flat number in the reference so hopefully you can find it.\n\n"
        "While I have you, the tenant in flat 1 says the light in the communal hallway keeps flickering. Is that something your electrician could look at when he's next in the area? Just let me know what it would cost first.\n\n"
        "Many thanks,\nPrecious Adeyemi\nPA to Mr C. Okafor",
        lab(
            paid_date="2030-10-25",
            amount="486.00",
            currency="GBP",
            note="long reply with the payment buried in the second paragraph; 'on Friday' is past, so Fri 25 Oct; the hallway-light question is secondary",
        ),
        amount="486.00",
        job=4,
        working_days=3,
    ),
    Mail(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Petra Schönfeld", "p.schoenfeld@kessler-antriebstechnik.example"),
        "2030-10-25 08:12",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\n"
        "die o. g. Rechnung MEC/30/04452 wurde mit unserem Zahlungslauf vom 24.10.2030 angewiesen und ist damit beglichen. Betrag: 3.918,20 EUR, Zahlungsreferenz ZL-20301024-0117.\n\n"
        "Bitte beachten Sie, dass die Gutschrift auf Ihrem Konto je nach Bank ein bis zwei Bankarbeitstage dauern kann.\n\n"
        "Mit freundlichen Grüßen\n\n"
        "i. A. Petra Schönfeld\nKreditorenbuchhaltung\nKessler Antriebstechnik GmbH\nIndustriestraße 14 · 73479 Ellwangen",
        lab(
            "MEC/30/04452",
            paid_date="2030-10-24",
            payment_reference="ZL-20301024-0117",
            amount="3918.20",
            currency="EUR",
            note="formal AP clerk; Latin-1 Outlook, so the quoted reminder shows EUR for €",
        ),
        inv="MEC/30/04452",
        amount="3918.20",
        job=5,
        charset="iso-8859-1",
        headers=(SUPPRESS,),
    ),
    Mail(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Sandrine Pothier", "s.pothier@cabinet-pothier-immo.example"),
        "2030-10-16 11:03",
        "gmail_plain",
        "Bonjour,\n\n"
        "Le virement a été fait hier, référence VIR-1015-MEC, pour la totalité du montant.\n\n"
        "En revanche je n'ai jamais reçu la facture elle-même, seulement vos relances. Pourriez-vous m'en envoyer une copie en PDF pour notre comptable ?\n\n"
        "Merci d'avance,\nSandrine Pothier\nCabinet Pothier Immobilier",
        lab(
            paid_date="2030-10-15",
            payment_reference="VIR-1015-MEC",
            note="paid, then asks for a copy of the invoice for the books: the payment is the point, not an invoice_request",
        ),
    ),
    Mail(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Karim Benali", "karim.benali@epicerie-du-marche.example"),
        "2030-11-05 09:20",
        "iphone",
        "Réglé ce matin",
        lab(
            paid_date="2030-11-05",
            note="mobile brevity, no punctuation; 'ce matin' is the message date",
        ),
        cte="8bit",
    ),
    Mail(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Marta Ibáñez", "marta.ibanez@talleresibanez.example"),
        "2030-10-22 17:48",
        "android",
        "Hola, la transferencia se hizo el día 18. Importe 1.742,35 €, referencia 0049-TRF-88231. Si no os aparece decídmelo y lo miro con el banco.\nUn saludo\nMarta",
        lab(
            paid_date="2030-10-18",
            payment_reference="0049-TRF-88231",
            amount="1742.35",
            currency="EUR",
            note="'el día 18' is before the message (Tue 22 Oct), so 18 Oct",
        ),
        amount="1742.35",
        working_days=3,
    ),
    Mail(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Hoteles Costa Brava – Administración", "administracion@hcbgrupo.example"),
        "2030-10-31 10:26",
        "outlook",
        "Estimados señores:\n\n"
        "Por la presente les comunicamos que, con fecha 30 de octubre de 2030, se ha procedido al pago de la factura MEC/30/04501 por importe de 2.310,00 €, mediante transferencia bancaria a la cuenta indicada en la misma.\n\n"
        "Rogamos tengan a bien verificar su recepción y, en su caso, dar de baja el aviso de pago pendiente.\n\n"
        "Sin otro particular, reciban un cordial saludo.\n\n"
        "Nuria Casals Ferrer\nDepartamento de Administración\nHoteles Costa Brava Grupo, S.L.",
        lab(
            "MEC/30/04501",
            paid_date="2030-10-30",
            amount="2310.00",
            currency="EUR",
            note="very formal; 'dar de baja el aviso' asks to close this reminder because it is paid, it is not a request to stop e-mails",
        ),
        inv="MEC/30/04501",
        amount="2310.00",
        job=0,
        charset="windows-1252",
        cte="8bit",
    ),
    Mail(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Bram Hoekstra", "bram@hoekstra-fietsen.example"),
        "2030-10-23 14:02",
        "gmail_plain",
        "betaald",
        lab(note="one word, lower case, no punctuation; no date"),
    ),
    Mail(
        "ps-nl-2",
        "payment_sent",
        "nl",
        ("Ingrid Vermeulen", "i.vermeulen@vvevijverhof.example"),
        "2030-10-15 10:40",
        "outlook_html",
        "Goedemorgen,\n\n"
        "Hebben we dit niet al betaald? Ik heb het net nagekeken: op 9 oktober is € 1.128,50 overgemaakt met als omschrijving MEC/30/04366. Zou u dat aan uw kant willen controleren?\n\n"
        "Met vriendelijke groet,\nIngrid Vermeulen\nPenningmeester VvE Vijverhof",
        lab(
            "MEC/30/04366",
            paid_date="2030-10-09",
            amount="1128.50",
            currency="EUR",
            note="opens with a question but answers it herself: paid on 9 Oct; the invoice number used as the transfer description is not a payment reference",
        ),
        inv="MEC/30/04366",
        amount="1128.50",
        job=1,
    ),
    Mail(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Davide Russo", "davide.russo@ferramentarusso.example"),
        "2030-11-04 11:05",
        "iphone",
        "fatto",
        lab(note="one word ('done') answering a payment reminder; no date"),
    ),
    Mail(
        "ps-it-2",
        "payment_sent",
        "it",
        ("Studio Ferri Commercialisti", "segreteria@studioferri.example"),
        "2030-10-29 15:10",
        "outlook",
        "Spettabile Millrace Electrical,\n\n"
        "scriviamo per conto della nostra cliente Pasticceria Gentile s.n.c. per comunicarvi che in data 28/10/2030 è stato disposto il bonifico a saldo della fattura MEC/30/04476, importo EUR 864,00, TRN 0306947781200931.\n\n"
        "Restiamo a disposizione per ogni chiarimento.\n\n"
        "Distinti saluti\n\n"
        "Dott.ssa Chiara Ferri\nStudio Ferri - Commercialisti Associati",
        lab(
            "MEC/30/04476",
            paid_date="2030-10-28",
            payment_reference="0306947781200931",
            amount="864.00",
            currency="EUR",
            note="accountants' office writing for its client",
        ),
        inv="MEC/30/04476",
        amount="864.00",
        job=1,
        charset="iso-8859-1",
    ),
]

PROMISE_TO_PAY = [
    Mail(
        "pp-en-1",
        "promise_to_pay",
        "en",
        ("Rob Fairclough", "r.fairclough@hallamvickers.example"),
        "2030-10-22 15:31",
        "outlook",
        "Hi,\n\n"
        "MEC/30/04472 was approved by the site manager yesterday and has been released into Friday's BACS run, so you should see the funds early next week.\n\n"
        "Regards\n\nRob Fairclough\nPurchase Ledger\nHallam & Vickers Manufacturing Ltd",
        lab(
            "MEC/30/04472",
            promised_date="2030-10-25",
            note="past tense ('was approved', 'has been released') announcing a future payment: Friday's run is Fri 25 Oct",
        ),
        inv="MEC/30/04472",
        job=5,
        headers=(SUPPRESS,),
    ),
    Mail(
        "pp-en-2",
        "promise_to_pay",
        "en",
        ("Leanne Marsh", "leanne@marshandsons-butchers.example"),
        "2030-10-31 18:05",
        "iphone",
        "Hi, I'm off until Monday but saw this on my phone. Can't get into the bank from here so I'll pay it first thing Monday when I'm back in. Sorry!\n\nLeanne",
        lab(
            promised_date="2030-11-04",
            note="written by a person although her subject says out of office; 'Monday' after Thu 31 Oct is 4 Nov",
        ),
        subject="Out of office - back Monday",
    ),
    Mail(
        "pp-en-3",
        "promise_to_pay",
        "en",
        ("Dave Kirkbride", "dave@kirkbridebuilders.example"),
        "2030-10-17 07:12",
        "android",
        "WILL BE PAID END OF THE MONTH WHEN THE MAIN CONTRACTOR PAYS US. DAVE",
        lab(
            promised_date="2030-10-31",
            note="all caps; depends on his own customer paying but names a date: end of the month = 31 Oct",
        ),
        job=3,
    ),
    Mail(
        "pp-de-1",
        "promise_to_pay",
        "de",
        ("Tobias Wendt", "t.wendt@wendt-kunststofftechnik.example"),
        "2030-10-24 11:47",
        "gmail",
        "Hallo,\n\ndie Rechnung ist freigegeben und wird in KW 45 überwiesen.\n\nGruß\nTobias Wendt\nEinkauf / Wendt Kunststofftechnik",
        lab(
            promised_date="2030-11-04",
            note="'KW 45' is ISO week 45 (4–10 Nov 2030); a week resolves to its Monday",
        ),
    ),
    Mail(
        "pp-de-2",
        "promise_to_pay",
        "de",
        ("Ulrike Brückner", "info@hv-brueckner.example"),
        "2030-10-30 16:20",
        "thunderbird",
        "Sehr geehrte Damen und Herren,\n\n"
        "wir bitten die Verzögerung zu entschuldigen. Ihre Rechnung musste vor der Freigabe noch vom Eigentümer des Objekts Lindenstraße 12 gegengezeichnet werden; das ist inzwischen geschehen.\n\n"
        "Die Zahlung wird bis zum 15.11. angewiesen.\n\n"
        "Mit freundlichen Grüßen\n\nUlrike Brückner\nHausverwaltung Brückner\nLindenstraße 40, 20259 Hamburg",
        lab(promised_date="2030-11-15", note="'bis zum 15.11.' in German day.month form"),
        cte="8bit",
        job=4,
    ),
    Mail(
        "pp-fr-1",
        "promise_to_pay",
        "fr",
        ("Hélène Marchal", "h.marchal@groupe-scolaire-sainte-famille.example"),
        "2030-10-18 09:55",
        "outlook_html",
        "Bonjour,\n\n"
        "Votre facture a bien été validée par la direction. Elle sera réglée en fin de mois avec les autres factures fournisseurs.\n\n"
        "Bien cordialement,\n\nHélène Marchal\nGestionnaire\nGroupe scolaire Sainte-Famille",
        lab(
            promised_date="2030-10-31",
            note="'en fin de mois' = the last day of October",
        ),
        job=0,
    ),
    Mail(
        "pp-es-1",
        "promise_to_pay",
        "es",
        ("Alberto Pons", "albertopons.reformas@gmail.com"),
        "2030-11-05 20:14",
        "gmail_plain",
        "hola, lo pago a finales de mes sin falta, perdon por el retraso\n\nalberto",
        lab(
            promised_date="2030-11-30",
            note="no capitals or accents; 'a finales de mes' = the last day of November",
        ),
    ),
    Mail(
        "pp-es-2",
        "promise_to_pay",
        "es",
        ("Lucía Ferrándiz", "administracion@clinicadentalarenal.example"),
        "2030-10-21 12:03",
        "outlook",
        "Buenos días:\n\nLa factura ya está aprobada y entra en la remesa de pagos del día 15.\n\nSaludos cordiales,\n\nLucía Ferrándiz\nAdministración\nClínica Dental Arenal",
        lab(promised_date="2030-11-15", note="'el día 15' after Mon 21 Oct is 15 Nov"),
        charset="iso-8859-1",
        job=1,
    ),
    Mail(
        "pp-nl-1",
        "promise_to_pay",
        "nl",
        ("Joost Dekker", "joost@dekkerbakkerij.example"),
        "2030-10-22 07:30",
        "iphone",
        "Hoi, we betalen hem over twee weken, samen met de rest van de leveranciers. Gr Joost",
        lab(promised_date="2030-11-05", note="'over twee weken' from Tue 22 Oct = 5 Nov"),
    ),
    Mail(
        "pp-nl-2",
        "promise_to_pay",
        "nl",
        ("Sanne de Groot", "sanne.degroot@bureau-degroot.example"),
        "2030-10-28 09:18",
        "gmail",
        "Hallo,\n\nNee, nog niet betaald. Hij staat ingepland voor donderdag.\n\nGroetjes,\nSanne",
        lab(
            promised_date="2030-10-31",
            note="negation ('nog niet betaald') followed by a dated promise: Thursday after Mon 28 Oct",
        ),
    ),
    Mail(
        "pp-it-1",
        "promise_to_pay",
        "it",
        ("Giorgia Bassi", "amministrazione@officinebassi.example"),
        "2030-10-15 14:40",
        "outlook",
        "Buongiorno,\n\nprendiamo atto del sollecito. Provvederemo al saldo della fattura MEC/30/04403 entro fine mese.\n\nCordiali saluti\n\nGiorgia Bassi\nUfficio amministrazione\nOfficine Meccaniche Bassi S.r.l.",
        lab(
            "MEC/30/04403",
            promised_date="2030-10-31",
            note="'entro fine mese' = by 31 Oct",
        ),
        inv="MEC/30/04403",
        job=5,
        charset="windows-1252",
    ),
    Mail(
        "pp-it-2",
        "promise_to_pay",
        "it",
        ("Luca Moretti", "luca.moretti@barmoretti.example"),
        "2030-10-25 18:32",
        "apple",
        "Ciao, scusate il ritardo. Il bonifico lo faccio giovedì prossimo, quando rientra il titolare che deve firmare.\nLuca",
        lab(
            promised_date="2030-10-31",
            note="'giovedì prossimo' written on Fri 25 Oct = Thu 31 Oct",
        ),
    ),
]

DISPUTE = [
    Mail(
        "di-en-1",
        "dispute",
        "en",
        ("Sophie Whitlock", "sophie@whitlockgarden.example"),
        "2030-10-17 12:20",
        "outlook_html",
        "Hello,\n\n"
        "We paid £1,150.00 on 14 October, which covers the two chargers as quoted. The remaining £380.00 is for an 'additional cable run' that nobody discussed with us. Your engineer didn't mention it on the day and it isn't in the quote we signed, so we won't be paying that part.\n\n"
        "If there was a genuine reason for the extra cable, please send me something showing why and we can talk about it, but as it stands the invoice is wrong.\n\n"
        "Sophie Whitlock\nWhitlock Garden Centre",
        lab(note="paid the quoted part, contests the rest: dispute beats the payment claim"),
        amount="1530.00",
        job=2,
    ),
    Mail(
        "di-en-2",
        "dispute",
        "en",
        ("Martin Oduya", "m.oduya@fernbankprimary.example"),
        "2030-10-24 16:45",
        "gmail",
        "Good afternoon,\n\n"
        "We have NOT paid this invoice, and we won't until the emergency lighting in Block C actually works. Your engineer signed off the annual test on 26 September; when our fire risk assessor came in the following week, four fittings in the corridor failed within ten minutes.\n\n"
        "Please arrange for someone to come back and put this right. Once the lighting passes we will process the invoice.\n\n"
        "Martin Oduya\nSchool Business Manager\nFernbank Primary School",
        lab(note="negated payment with the reason: work not done properly"),
        job=1,
    ),
    Mail(
        "di-en-3",
        "dispute",
        "en",
        ("Kev Tanner", "kev.tanner73@gmail.com"),
        "2030-11-01 21:03",
        "android",
        "this is wrong you have charged me for 2 days labour your lad was here 4 hours tops and half of that was on his phone. not paying anything till its sorted",
        lab(note="no capitals, hardly any punctuation; labour hours contested"),
        job=3,
    ),
    Mail(
        "di-de-1",
        "dispute",
        "de",
        ("Dr. Frank Albers", "f.albers@albers-immobilien.example"),
        "2030-10-23 10:12",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\n"
        "in der Rechnung MEC/30/04458 wird ein Stundensatz von 74,50 EUR berechnet. Nach unserem Rahmenvertrag vom 12.03.2030 gilt jedoch ein Stundensatz von 62,00 EUR. Die Rechnung ist daher in dieser Form nicht prüffähig.\n\n"
        "Bitte stellen Sie uns eine korrigierte Rechnung bzw. eine Gutschrift über die Differenz aus. Den unstrittigen Betrag überweisen wir nach Eingang der Korrektur.\n\n"
        "Mit freundlichen Grüßen\n\nDr. Frank Albers\nAlbers Immobilien GmbH & Co. KG",
        lab(
            "MEC/30/04458",
            note="rate contested against a framework contract; the corrected invoice and the later payment are secondary",
        ),
        inv="MEC/30/04458",
        job=4,
        charset="iso-8859-1",
    ),
    Mail(
        "di-de-2",
        "dispute",
        "de",
        ("Jens Petersen", "jens@petersen-landtechnik.example"),
        "2030-11-06 07:55",
        "iphone",
        "Moin, die Wallbox in Halle 2 lädt seit der Installation nicht richtig, bricht nach 10 min ab. Solange das nicht läuft zahlen wir nix.\nJens",
        lab(note="faulty installation; refusal to pay until fixed"),
        job=2,
    ),
    Mail(
        "di-fr-1",
        "dispute",
        "fr",
        ("Patrick Lemaire", "patrick.lemaire@boulangerie-lemaire.example"),
        "2030-10-28 21:40",
        "gmail_plain",
        "Bonsoir,\n\n"
        "Je reçois votre relance et franchement ça m'agace un peu. Je vous explique : on avait convenu que votre technicien passerait le samedi 12 pour le contrôle de l'éclairage de secours, parce qu'en semaine on ne peut pas couper le courant au fournil, les fours tournent dès 4 heures du matin. Ma femme l'a attendu toute la matinée, elle a même décalé une livraison de farine pour être là. Personne n'est venu, personne n'a appelé. Le lundi on m'a dit au téléphone qu'il y avait eu un souci de planning et qu'il passerait « dans la semaine », ce qui ne nous arrange pas du tout, je l'avais pourtant bien expliqué. Finalement il est venu le jeudi à 14 h, en pleine cuisson, et il a fallu tout arrêter pendant une heure.\n\n"
        "Le contrôle en lui-même, rien à dire, le technicien était correct. Mais sur la facture il y a deux déplacements, dont celui du samedi 12 où il n'est jamais venu. Celui-là je ne le paierai pas.\n\n"
        "Patrick Lemaire\nBoulangerie Lemaire",
        lab(
            note="long complaint; the disputed call-out charge is only named in the last paragraph"
        ),
        job=1,
    ),
    Mail(
        "di-fr-2",
        "dispute",
        "fr",
        ("Claire Vasseur", "c.vasseur@residences-du-parc.example"),
        "2030-11-07 11:30",
        "html_only",
        "Bonjour,\n\n"
        "Cette intervention (remplacement des blocs de secours du bâtiment B) a déjà été facturée sur la facture MEC/30/04290, que nous avons réglée le 20 septembre.\n\n"
        "La facture MEC/30/04469 fait donc double emploi. Merci de l'annuler et de nous adresser un avoir.\n\n"
        "Cordialement,\nClaire Vasseur\nResponsable administrative – Résidences du Parc",
        lab(
            "MEC/30/04290",
            "MEC/30/04469",
            note="duplicate billing; the payment mentioned is of the earlier invoice; HTML only",
        ),
        inv="MEC/30/04469",
        job=1,
    ),
    Mail(
        "di-es-1",
        "dispute",
        "es",
        ("Javier Ortega", "javier.ortega@ortegaeventos.example"),
        "2030-10-18 13:05",
        "outlook_html",
        "Buenas tardes:\n\n"
        "No estamos conformes con esta factura. El presupuesto que aceptamos era de 2.400 € y nos llega una factura de 2.980 € sin ninguna explicación.\n\n"
        "Ya hemos transferido los 2.400 € del presupuesto. La diferencia no la vamos a pagar mientras no nos justifiquen de dónde sale.\n\n"
        "Un saludo,\nJavier Ortega\nOrtega Eventos",
        lab(note="paid the quoted amount, contests the difference: dispute"),
        amount="2980.00",
        job=5,
    ),
    Mail(
        "di-nl-1",
        "dispute",
        "nl",
        ("Erik Jansen", "e.jansen@jansen-metaal.example"),
        "2030-10-29 11:22",
        "outlook",
        "Goedemiddag,\n\n"
        "Op deze factuur staan drie keer voorrijkosten, terwijl jullie monteur maar één keer bij ons is geweest (op 3 oktober). Wij betalen één keer voorrijkosten, niet drie.\n\n"
        "Graag een gecorrigeerde factuur.\n\n"
        "Met vriendelijke groet,\nErik Jansen\nJansen Metaalbewerking B.V.",
        lab(
            note="call-out charges contested; the corrected-invoice request follows from the dispute"
        ),
        charset="windows-1252",
        job=5,
    ),
    Mail(
        "di-nl-2",
        "dispute",
        "nl",
        ("Henk Bakker", "henk.bakker@bakkerbouw.example"),
        "2030-11-08 12:10",
        "iphone",
        "DIT KLOPT NIET. WE HEBBEN NOOIT OPDRACHT GEGEVEN VOOR DIE 4 EXTRA GROEPEN. BEL ME MAAR",
        lab(note="all caps; work never ordered"),
        job=3,
    ),
    Mail(
        "di-it-1",
        "dispute",
        "it",
        ("Marco Ghidini", "m.ghidini@autoghidini.example"),
        "2030-10-21 09:40",
        "gmail",
        "Buongiorno,\n\n"
        "non abbiamo pagato e non pagheremo finché la colonnina non funziona come si deve: si blocca una ricarica su due e i clienti si lamentano. Il vostro tecnico è già venuto due volte senza risolvere niente.\n\n"
        "Mandate qualcuno che sappia cosa fare, poi parliamo della fattura.\n\n"
        "Marco Ghidini\nAutosalone Ghidini",
        lab(note="negated payment with the reason: faulty charger"),
        job=2,
    ),
    Mail(
        "di-it-2",
        "dispute",
        "it",
        ("Ing. Paola Ferraris", "p.ferraris@ferraris-logistica.example"),
        "2030-11-04 15:15",
        "outlook_html",
        "Spett.le Millrace Electrical Contractors,\n\n"
        "in riferimento alla fattura MEC/30/04481 rileviamo che l'importo fatturato (€ 3.870,00) non corrisponde all'offerta da noi accettata in data 2 settembre (€ 3.200,00). Non risultano varianti autorizzate per iscritto.\n\n"
        "Vi chiediamo pertanto di emettere nota di credito per la differenza. Fino ad allora la fattura resta sospesa.\n\n"
        "Distinti saluti\n\nIng. Paola Ferraris\nResponsabile Facility\nFerraris Logistica S.p.A.",
        lab(
            "MEC/30/04481",
            note="invoiced amount above the accepted quote; credit note requested",
        ),
        inv="MEC/30/04481",
        amount="3870.00",
        job=0,
        charset="windows-1252",
    ),
]

PAYMENT_PLAN = [
    Mail(
        "pl-en-1",
        "payment_plan",
        "en",
        ("Raj Mistry", "raj@mistrysconvenience.example"),
        "2030-10-20 22:10",
        "gmail_plain",
        "Hi,\n\n"
        "I'm really sorry about this. Trade has been terrible since the council dug the road up outside in August, we've lost half our passing customers. I can't pay the whole £1,260 in one go.\n\n"
        "Could I pay £150 a month until it's cleared? I can set up a standing order from the 1st of November.\n\n"
        "Raj Mistry\nMistry's Convenience Store",
        lab(
            note="hardship and monthly instalments; plan dates and amounts are not labelled; sent on a Sunday evening"
        ),
        amount="1260.00",
        job=3,
        working_days=2,
    ),
    Mail(
        "pl-en-2",
        "payment_plan",
        "en",
        ("Helen Birch", "accounts@birchandco-dental.example"),
        "2030-10-29 10:02",
        "outlook",
        "Morning,\n\n"
        "Cash flow is a bit tight this month after the refit. I've sent £500 today and will pay the remaining £1,234.60 by the end of November, if that's OK with you.\n\n"
        "Thanks for your patience.\n\n"
        "Helen Birch\nPractice Manager, Birch & Co Dental",
        lab(note="part paid now, the rest later: payment_plan, not payment_sent or promise_to_pay"),
        amount="1734.60",
        job=3,
    ),
    Mail(
        "pl-en-3",
        "payment_plan",
        "en",
        ("Geoffrey Penhaligon", "bursar@staldhelms-trust.example"),
        "2030-11-06 14:30",
        "outlook_html",
        "Dear Sir or Madam,\n\n"
        "Thank you for your letter regarding the above invoice for the rewiring of the almshouses in Church Lane.\n\n"
        "The Trustees have asked me to explain that the grant from which these works were to be funded has been deferred by the funding body until the new financial year. We would therefore ask whether you would be prepared to accept payment in three equal monthly instalments, the first to be made in December.\n\n"
        "I should be grateful for your confirmation, so that I may put the arrangement before the Trustees at their meeting next week.\n\n"
        "Yours faithfully,\n\nGeoffrey Penhaligon\nBursar\nSt Aldhelm's Almshouse Trust",
        lab(note="very formal instalment request from a charity"),
        job=3,
        working_days=2,
    ),
    Mail(
        "pl-de-1",
        "payment_plan",
        "de",
        ("Sabine Krüger", "s.krueger@krueger-baeckerei.example"),
        "2030-10-16 20:30",
        "gmail",
        "Guten Abend,\n\n"
        "ehrlich gesagt können wir den Betrag gerade nicht auf einmal stemmen. Wäre es möglich, in drei Raten zu zahlen, also dreimal 1.000 € jeweils zum Monatsanfang, beginnend im November?\n\n"
        "Viele Grüße\nSabine Krüger\nBäckerei Krüger",
        lab(note="three instalments proposed"),
        amount="3000.00",
        job=3,
    ),
    Mail(
        "pl-de-2",
        "payment_plan",
        "de",
        ("Wolfgang Hein", "w.hein@hein-verpackung.example"),
        "2030-11-07 09:05",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\n"
        "durch die Insolvenz eines unserer größten Kunden im September sind bei uns erhebliche Forderungen ausgefallen. Wir möchten Sie daher um einen Zahlungsaufschub bis Ende Januar 2031 bitten.\n\n"
        "Selbstverständlich stehen wir zu unserer Verbindlichkeit. Für ein kurzes Telefonat stehe ich Ihnen gern zur Verfügung.\n\n"
        "Mit freundlichen Grüßen\n\nWolfgang Hein\nGeschäftsführer\nHein Verpackungen GmbH",
        lab(
            note="hardship and a request for more time: payment_plan; the deferral date is asked for, not promised"
        ),
        charset="windows-1252",
        job=5,
    ),
    Mail(
        "pl-fr-1",
        "payment_plan",
        "fr",
        ("Audrey Lambert", "audrey@atelier-lambert.example"),
        "2030-10-23 18:02",
        "apple",
        "Bonjour,\n\n"
        "La trésorerie est très tendue en ce moment. Serait-il possible de mettre en place un échéancier sur quatre mois ? Je peux faire le premier versement dès la semaine prochaine.\n\n"
        "Merci de votre compréhension,\nAudrey Lambert\nAtelier Lambert – Menuiserie",
        lab(note="instalments over four months"),
        job=5,
    ),
    Mail(
        "pl-fr-2",
        "payment_plan",
        "fr",
        ("Nicolas Garnier", "nico.garnier@gmail.com"),
        "2030-10-25 12:44",
        "iphone",
        "Je vous fais un premier virement de 500 € aujourd'hui et le reste après la Toussaint, ça vous va ?",
        lab(note="part now, rest later; 'après la Toussaint' cannot be pinned to a day anyway"),
        job=4,
    ),
    Mail(
        "pl-es-1",
        "payment_plan",
        "es",
        ("Rosa Quintana", "rquintana@quintanaasociados.example"),
        "2030-10-30 09:50",
        "outlook",
        "Buenos días:\n\n¿Sería posible abonar esta factura en dos plazos? La mitad ahora y la otra mitad a mediados de diciembre.\n\nQuedo a la espera de su respuesta.\n\nAtentamente,\nRosa Quintana\nQuintana Asociados",
        lab(note="two instalments proposed"),
        job=4,
    ),
    Mail(
        "pl-es-2",
        "payment_plan",
        "es",
        ("Paco Reyes", "paco@reyesreformas.example"),
        "2030-11-02 10:15",
        "android",
        "mira, ahora mismo no puedo pagarlo todo. te hago 300 esta semana y el resto cuando me paguen la obra de Valdemoro, que me deben un pastón. lo siento",
        lab(note="informal; part this week, the rest when his own customer pays"),
        job=5,
    ),
    Mail(
        "pl-nl-1",
        "payment_plan",
        "nl",
        ("Femke Visser", "femke@visserbloemen.example"),
        "2030-10-31 08:40",
        "thunderbird",
        "Goedemorgen,\n\n"
        "Door de verbouwing aan de overkant loopt de winkel dit najaar slecht en zitten we krap bij kas. Zouden we deze factuur in drie termijnen mogen betalen, de eerste eind november?\n\n"
        "Met vriendelijke groet,\nFemke Visser\nBloemenhuis Visser",
        lab(note="hardship and three instalments"),
        cte="8bit",
        job=3,
    ),
    Mail(
        "pl-it-1",
        "payment_plan",
        "it",
        ("Serena Colombo", "amministrazione@villaserena-hotel.example"),
        "2030-10-17 11:15",
        "outlook_html",
        "Buongiorno,\n\n"
        "considerato l'importo e la chiusura stagionale della struttura, vi chiediamo la possibilità di rateizzare la fattura in tre rate mensili a partire da novembre.\n\n"
        "Restiamo in attesa di un vostro riscontro.\n\n"
        "Cordiali saluti\nSerena Colombo\nUfficio amministrativo – Hotel Villa Serena",
        lab(note="three monthly instalments"),
        job=0,
    ),
    Mail(
        "pl-it-2",
        "payment_plan",
        "it",
        ("Gianni Esposito", "gianni.esposito@gmail.com"),
        "2030-11-06 22:50",
        "iphone",
        "scusate sono in difficoltà questo mese, mi date ancora un mese? pago tutto a dicembre promesso",
        lab(note="asks for more time because of hardship; 'a dicembre' is a month, not a day"),
        job=4,
    ),
]

INVOICE_REQUEST = [
    Mail(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Amira Haddad", "accounts.payable@northgate-foods.example"),
        "2030-10-15 11:08",
        "outlook",
        "Hello,\n\n"
        "Invoice MEC/30/04390 was rejected by our system because it doesn't quote a purchase order number. Please reissue it showing PO 4500187723 and send it to this address. Once we have a valid invoice it will go into the next payment run.\n\n"
        "Kind regards,\nAmira Haddad\nAccounts Payable\nNorthgate Foods Ltd",
        lab(
            "MEC/30/04390",
            note="payment conditional on a reissued invoice with the PO number; nothing contested",
        ),
        inv="MEC/30/04390",
        job=5,
    ),
    Mail(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Tom Whitaker", "tom.whitaker@pennyfarthing-lettings.example"),
        "2030-10-24 09:33",
        "outlook_html",
        "Hi,\n\n"
        "Before we can pay this we need your bank details confirmed on company letterhead and signed by a director. We've had two fake 'change of bank details' emails from suppliers this year, so we don't take account numbers from emails any more.\n\n"
        "Can you send that over? As soon as it's verified I'll pay it.\n\n"
        "Thanks,\nTom Whitaker\nPennyfarthing Lettings",
        lab(note="needs verified bank details before paying: invoice_request, not a promise"),
        charset="windows-1252",
        job=4,
    ),
    Mail(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Priya Nair", "finance@brightwell-academies.example"),
        "2030-11-01 13:20",
        "html_only",
        "Hi,\n\n"
        "Could you send us a statement of account for all Brightwell Academy Trust sites, please? Our ledger has several Millrace invoices on it and I need to see which ones you still show as open before our next payment run.\n\n"
        "Thanks,\nPriya Nair\nFinance Officer, Brightwell Academy Trust",
        lab(note="statement of account; HTML only"),
        job=0,
    ),
    Mail(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Monika Adler", "m.adler@adler-sanitaetshaus.example"),
        "2030-10-17 14:05",
        "outlook",
        "Guten Tag,\n\ndie Rechnung liegt uns nicht vor, weder per Post noch per E-Mail. Bitte senden Sie sie uns noch einmal als PDF zu, dann veranlassen wir die Zahlung umgehend.\n\nFreundliche Grüße\nMonika Adler\nBuchhaltung, Sanitätshaus Adler",
        lab(note="invoice never received; payment follows the copy"),
        charset="iso-8859-1",
        job=4,
    ),
    Mail(
        "ir-de-2",
        "invoice_request",
        "de",
        ("Lukas Brandt", "l.brandt@brandt-maschinenbau.example"),
        "2030-11-04 10:30",
        "gmail",
        "Hallo,\n\nauf der Rechnung MEC/30/04494 fehlt unsere Bestellnummer BE-30-0925. Ohne die kann unsere Buchhaltung sie nicht buchen. Können Sie die Rechnung bitte mit Bestellnummer neu ausstellen?\n\nDanke und Gruß\nLukas Brandt",
        lab("MEC/30/04494", note="reissue with the order number; amount not contested"),
        inv="MEC/30/04494",
        job=5,
    ),
    Mail(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Isabelle Roussel", "compta.fournisseurs@clinique-saint-roch.example"),
        "2030-10-22 15:00",
        "outlook",
        "Bonjour,\n\n"
        "Pour pouvoir procéder au règlement, nous avons besoin de votre RIB sur papier à en-tête de la société. Votre fiche fournisseur ne peut pas être validée sans ce document.\n\n"
        "Merci de nous le transmettre à cette adresse.\n\n"
        "Cordialement,\nIsabelle Roussel\nComptabilité fournisseurs – Clinique Saint-Roch",
        lab(note="bank details needed before paying"),
        charset="windows-1252",
        cte="8bit",
        job=0,
    ),
    Mail(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Julien Faure", "julien.faure@faure-optique.example"),
        "2030-11-08 08:15",
        "iphone",
        "Bonjour, vous pouvez me renvoyer la facture ? Je la retrouve pas. Merci",
        lab(note="copy of the invoice, spoken register"),
        job=4,
    ),
    Mail(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Elena Navarro", "enavarro@navarrologistica.example"),
        "2030-10-25 10:10",
        "outlook",
        "Buenos días:\n\n"
        "La factura está emitida a nombre de Navarro Transportes, pero la sociedad que contrató los trabajos es Navarro Logística, S.L., CIF B-87654321. Necesitamos que la emitan de nuevo con los datos fiscales correctos para poder pagarla.\n\n"
        "Gracias.\n\nElena Navarro\nAdministración\nNavarro Logística, S.L.",
        lab(note="reissue to the right company; the amount is not contested"),
        charset="iso-8859-1",
        job=2,
    ),
    Mail(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Carmen Villalobos", "carmenvillalobos.tienda@gmail.com"),
        "2030-10-19 11:30",
        "gmail_plain",
        "Hola, ¿me podéis mandar el desglose de esta factura? No sé a qué corresponde, en la tienda no recuerdo ninguna obra por ese importe.\nGracias\nCarmen",
        lab(note="asks what the charge is and for the breakdown; not contesting it yet"),
        job=4,
    ),
    Mail(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Kees van Dam", "k.vandam@vandamtransport.example"),
        "2030-10-16 13:50",
        "outlook",
        "Goedemiddag,\n\nKunt u ons een kopie van de factuur sturen, samen met de getekende werkbon? Zonder werkbon keurt onze controller de factuur niet goed.\n\nMet vriendelijke groet,\nKees van Dam\nVan Dam Transport",
        lab(note="copy and signed job sheet needed before approval"),
        job=5,
    ),
    Mail(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Lotte Smit", "lotte@smit-kinderopvang.example"),
        "2030-11-05 16:25",
        "apple",
        "Hallo,\n\nZou u een rekeningoverzicht kunnen sturen van alles wat er nog openstaat? Ik heb de administratie net overgenomen en zie door de bomen het bos niet meer.\n\nGroet,\nLotte Smit\nKinderopvang Smit",
        lab(note="statement of account"),
        job=1,
    ),
    Mail(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Francesca Lodi", "f.lodi@lodi-arredamenti.example"),
        "2030-10-28 11:00",
        "thunderbird",
        "Buongiorno,\n\n"
        "per procedere al pagamento ci serve la fattura intestata correttamente: manca la nostra partita IVA (IT 01234567890) e l'indirizzo della sede legale è quello vecchio.\n\n"
        "Potete riemetterla e inviarcela a questo indirizzo?\n\n"
        "Grazie, cordiali saluti\nFrancesca Lodi\nLodi Arredamenti S.r.l.",
        lab(note="reissue with the VAT number and address before paying"),
        cte="8bit",
        job=3,
    ),
]

WRONG_CONTACT = [
    Mail(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Beth Carrow", "beth.carrow@hartley-lettings.example"),
        "2030-10-14 10:12",
        "outlook",
        "Hi,\n\nI'm on reception, I don't deal with invoices at all. Please send this to our accounts team at Accounts@Hartley-Lettings.example and they'll sort it.\n\nThanks,\nBeth",
        lab(
            new_contact="accounts@hartley-lettings.example",
            note="address written in mixed case, labelled in lower case",
        ),
        job=4,
    ),
    Mail(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Accounts Department", "accounts@penine-coldstorage.example"),
        "2030-11-04 08:03",
        "outlook_html",
        "Good day,\n\n"
        "Please be informed that our accounts department has migrated to a new mail platform. Kindly update your records and redirect all invoices, statements and payment reminders for Pennine Cold Storage Ltd to pennine.coldstorage.accounts@gmail.com with immediate effect.\n\n"
        "Correspondence sent to the old address will no longer be read.\n\n"
        "Best Regards,\nAccounts Department\nPennine Cold Storage Ltd",
        lab(
            new_contact="pennine.coldstorage.accounts@gmail.com",
            note="reads like a redirection attempt (look-alike sender domain, free-mail target, urgency, Reply-To to the free-mail box); what it asks is still wrong_contact, and whoever acts on it should check by phone first",
        ),
        headers=(("Reply-To", "pennine.coldstorage.accounts@gmail.com"),),
        sent_to="accounts@pennine-coldstorage.example",
        job=5,
        working_days=3,
    ),
    Mail(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Dave Ridley", "daveridley.plumbing@gmail.com"),
        "2030-10-26 09:40",
        "gmail_plain",
        "Think you've got the wrong Dave mate. I'm a plumber in Halifax, never heard of you and never had any work done by you. Might want to check your records.",
        lab(note="wrong person altogether, no new address"),
        job=3,
    ),
    Mail(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Stefanie Horn", "s.horn@gebr-lindner-moebel.example"),
        "2030-10-21 08:50",
        "outlook_html",
        "Guten Morgen,\n\nich bin seit dem 1. Oktober nicht mehr für die Kreditorenbuchhaltung zuständig. Bitte wenden Sie sich künftig an meine Kollegin Frau Yılmaz: s.yilmaz@gebr-lindner-moebel.example\n\nVielen Dank\nStefanie Horn\nGebr. Lindner Möbelwerke GmbH",
        lab(new_contact="s.yilmaz@gebr-lindner-moebel.example"),
        job=0,
    ),
    Mail(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Bernard Giraud", "b.giraud@giraud-associes.example"),
        "2030-10-30 10:20",
        "outlook",
        "Bonjour,\n\nJe ne m'occupe plus de la comptabilité du cabinet depuis la fin septembre. Merci d'écrire désormais à compta@giraud-associes.example, qui transmettra.\n\nCordialement,\nBernard Giraud",
        lab(new_contact="compta@giraud-associes.example"),
        job=4,
    ),
    Mail(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Valérie Chevalier", "valerie@chevalier-fleurs.example"),
        "2030-10-17 19:05",
        "iphone",
        "Bonsoir, ce n'est pas moi qui gère les paiements, c'est notre expert-comptable, le cabinet Roux, que je mets en copie (cabinet.roux@roux-expertise.example). Merci de voir directement avec eux à l'avenir.\nValérie",
        lab(
            new_contact="cabinet.roux@roux-expertise.example",
            note="the new address is also copied in Cc",
        ),
        headers=(("Cc", "Cabinet Roux Expertise <cabinet.roux@roux-expertise.example>"),),
        job=1,
    ),
    Mail(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Pilar Santos", "pilar.santos@santosyvega.example"),
        "2030-11-06 12:12",
        "gmail_plain",
        "Hola:\n\nEste correo ya no lo usamos para temas de facturación. Por favor, envíen todo a facturas@santosyvega.example.\n\nGracias,\nPilar",
        lab(new_contact="facturas@santosyvega.example"),
        job=0,
    ),
    Mail(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Manuel García", "manolo.garcia.1968@gmail.com"),
        "2030-10-23 21:00",
        "gmail",
        "Buenas noches. Creo que se han equivocado de persona, yo no tengo nada que ver con esa empresa ni he contratado nunca ninguna obra con ustedes. Revisen sus datos por favor.",
        lab(note="wrong person, no new address"),
        job=3,
    ),
    Mail(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Mirjam Post", "m.post@stichting-deeik.example"),
        "2030-10-18 14:35",
        "outlook_html",
        "Beste,\n\nIk werk sinds 1 oktober niet meer op de financiële administratie van Stichting De Eik. Wilt u facturen en herinneringen voortaan sturen naar crediteuren@stichting-deeik.example?\n\nMet vriendelijke groet,\nMirjam Post",
        lab(new_contact="crediteuren@stichting-deeik.example"),
        headers=(SUPPRESS,),
        job=1,
    ),
    Mail(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Gerrit van den Berg", "gerrit@vandenberg-vastgoed.example"),
        "2030-11-01 17:20",
        "iphone",
        "verkeerd adres. facturen naar administratie@vandenberg-vastgoed.example",
        lab(
            new_contact="administratie@vandenberg-vastgoed.example",
            note="mobile brevity",
        ),
        job=4,
    ),
    Mail(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Roberto Sala", "roberto.sala@salacostruzioni.example"),
        "2030-10-24 13:10",
        "android",
        "Non sono più io il referente per i pagamenti, scrivete a amministrazione@salacostruzioni.example grazie",
        lab(new_contact="amministrazione@salacostruzioni.example"),
        job=5,
    ),
    Mail(
        "wc-it-2",
        "wrong_contact",
        "it",
        ("Anna Bellini", "info@otticabellini.example"),
        "2030-11-05 10:45",
        "outlook",
        "Buongiorno,\n\nla gestione delle fatture passive è stata affidata al nostro studio commercialista. Vi preghiamo di inviare fatture e solleciti a: contabilita@studiomarchetti.example.\n\nCordiali saluti\nAnna Bellini\nOttica Bellini",
        lab(new_contact="contabilita@studiomarchetti.example"),
        charset="windows-1252",
        job=1,
    ),
]

UNSUBSCRIBE = [
    Mail(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Mark Fenton", "mark@fentonmotors.example"),
        "2030-10-30 12:55",
        "iphone",
        "It'll be paid on the 8th like I told your colleague on the phone. Now please stop emailing me about it, this is the third one this week.",
        lab(
            note="promise plus 'stop emailing': unsubscribe wins, so the promised date is not labelled"
        ),
        job=2,
    ),
    Mail(
        "un-en-2",
        "unsubscribe",
        "en",
        ("Harriet Lowe", "h.lowe@lowe-brandon-law.example"),
        "2030-10-22 11:45",
        "outlook_html",
        "Dear Sirs,\n\n"
        "Re: Invoice MEC/30/04399 – 17 Cavendish Road\n\n"
        "We act for Mr and Mrs Pryce in connection with the above invoice. Our clients dispute the sum claimed, for reasons which we will set out in separate correspondence.\n\n"
        "Please direct all further communication regarding this matter to this firm, and do not contact our clients directly.\n\n"
        "Yours faithfully,\n\nHarriet Lowe\nSolicitor\nLowe Brandon LLP",
        lab(
            "MEC/30/04399",
            note="solicitors: 'talk to our lawyer' beats the dispute they announce",
        ),
        inv="MEC/30/04399",
        job=3,
        sent_to="Mr D Pryce <d.pryce@pryce-family.example>",
        working_days=2,
    ),
    Mail(
        "un-en-3",
        "unsubscribe",
        "en",
        ("Ashcombe Parish Council", "clerk@ashcombe-pc.example"),
        "2030-11-07 16:10",
        "outlook",
        "Dear Sir/Madam,\n\n"
        "Please remove this address from your mailing list. The Council does not accept invoices or payment reminders by e-mail; all such correspondence must be sent by post to the Clerk at the Village Hall, Station Road, Ashcombe.\n\n"
        "Yours faithfully,\n\nJ. Whitcombe\nClerk to the Council",
        lab(note="public body: post only"),
        job=1,
    ),
    Mail(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Dr. Heinrich Vogt", "h.vogt@vogt-grundbesitz.example"),
        "2030-10-15 09:14",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\n"
        "wir widersprechen hiermit der weiteren Zusendung von Zahlungserinnerungen per E-Mail. Schriftverkehr in dieser Angelegenheit richten Sie bitte ausschließlich auf dem Postweg an unsere Geschäftsadresse.\n\n"
        "Mit freundlichen Grüßen\n\nDr. Heinrich Vogt\nVogt Grundbesitz GmbH",
        lab(note="formal objection to e-mail reminders: post only"),
        charset="windows-1252",
        job=4,
    ),
    Mail(
        "un-de-2",
        "unsubscribe",
        "de",
        ("Marco Schulz", "marco.schulz84@gmail.com"),
        "2030-11-02 11:20",
        "iphone",
        "Hört endlich auf mir zu schreiben!! Ist längst bezahlt",
        lab(note="stop request plus a payment claim: unsubscribe wins"),
        job=3,
    ),
    Mail(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Olivier Marchand", "o.marchand@marchand-transports.example"),
        "2030-10-29 17:30",
        "gmail",
        "Bonjour,\n\nMerci de ne plus m'écrire à ce sujet. Ce dossier est désormais entre les mains de notre avocat, Maître Lefèvre, à qui vous voudrez bien vous adresser.\n\nOlivier Marchand",
        lab(note="'talk to our lawyer', no address given"),
        job=2,
    ),
    Mail(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Joaquín Herrera", "jherrera@herrera-inmobiliaria.example"),
        "2030-10-16 13:40",
        "outlook",
        "Les ruego que dejen de enviar correos electrónicos a esta dirección. Cualquier comunicación relativa a esta factura deberá remitirse por carta certificada a nuestro domicilio social.\n\nAtentamente,\nJoaquín Herrera",
        lab(note="stop e-mailing, registered post only"),
        charset="windows-1252",
        cte="8bit",
        job=4,
    ),
    Mail(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Lola Martín", "lolamartin.estudio@gmail.com"),
        "2030-11-03 19:05",
        "gmail_plain",
        "Por favor, eliminadme de vuestra lista de correo. Gracias.",
        lab(note="sent on a Sunday"),
        job=1,
    ),
    Mail(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("Ruud Mulder", "ruud@mulderautoschade.example"),
        "2030-10-24 20:30",
        "android",
        "Stop met dat gemail. Ik betaal volgende week zoals afgesproken maar elke dag een herinnering is gewoon intimidatie",
        lab(note="promise plus stop request: unsubscribe wins"),
        job=5,
    ),
    Mail(
        "un-nl-2",
        "unsubscribe",
        "nl",
        ("A. Bos", "a.bos@bos-vastgoedbeheer.example"),
        "2030-11-05 14:00",
        "thunderbird",
        "Geachte heer, mevrouw,\n\n"
        "Wij verzoeken u dit e-mailadres per direct uit uw bestand te verwijderen. Alle verdere correspondentie over deze factuur verloopt via onze advocaat, mr. P. de Wit (dewit@dewit-advocaten.example).\n\n"
        "Hoogachtend,\nA. Bos\nBos Vastgoedbeheer",
        lab(
            note="'via our lawyer' with the lawyer's address: unsubscribe, so new_contact stays null"
        ),
        cte="8bit",
        job=4,
    ),
    Mail(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Salvatore Greco", "salvo.greco@gmail.com"),
        "2030-10-19 10:02",
        "iphone",
        "NON SCRIVETEMI PIÙ. HO GIÀ DETTO AL VOSTRO TECNICO CHE NE PARLO CON IL MIO AVVOCATO",
        lab(note="all caps; stop plus lawyer, sent on a Saturday"),
        job=3,
    ),
    Mail(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Immobiliare Aurora S.r.l.", "direzione@immobiliareaurora.example"),
        "2030-10-28 12:30",
        "outlook",
        "Spett.le Millrace Electrical Contractors,\n\n"
        "vi invitiamo a non inviare ulteriori comunicazioni a questo indirizzo di posta elettronica. Ogni comunicazione relativa alla fattura in oggetto dovrà essere indirizzata esclusivamente al nostro legale, Avv. Lucia Romano, con studio in Milano, via Vincenzo Monti 12.\n\n"
        "Distinti saluti\n\nImmobiliare Aurora S.r.l.\nLa Direzione",
        lab(note="formal: lawyer only, by post"),
        charset="iso-8859-1",
        job=0,
    ),
]

AUTO_REPLY = [
    Mail(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Claire Hutchins", "c.hutchins@meadowcroft-care.example"),
        "2030-10-28 09:27",
        "none",
        "Thank you for your email. I am on annual leave and will return to the office on Monday 4th November.\n\nIf your query is urgent, please call the finance office on 0113 496 0418.\n\nClaire Hutchins\nFinance Manager, Meadowcroft Care Homes",
        lab(return_date="2030-11-04"),
        subject="Automatic reply: {sub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        working_days=0,
    ),
    Mail(
        "ar-en-2",
        "auto_reply",
        "en",
        ("Graysons AP Helpdesk", "aphelp@graysons-group.example"),
        "2030-10-16 09:31",
        "none",
        "This is an automated response. Please do not reply to this message.\n\n"
        "Your email has been logged with our Accounts Payable team under reference AP-204815. We aim to respond to supplier queries within 3 working days.\n\n"
        "To help us deal with your query quickly, please quote this reference in any further correspondence. Supplier statements can be sent to statements@graysons-group.example.\n\n"
        "Graysons Group – Finance Shared Services",
        lab(note="ticket acknowledgement; the statements address is not a new contact"),
        subject="[AP-204815] {sub}",
        headers=(AUTO_GENERATED, ("X-Mailer", "Freshdesk")),
        working_days=0,
    ),
    Mail(
        "ar-en-3",
        "auto_reply",
        "en",
        ("Riverside Motors", "info@riversidemotors.example"),
        "2030-10-18 09:29",
        "none",
        "Thanks for getting in touch with Riverside Motors. We're usually out in the workshop, so emails get checked at the end of the day. If it's about a car booked in, ring us on 01632 960220.\n\nThe Riverside Team",
        lab(note="garage autoresponder with only X-Autoreply, no Auto-Submitted"),
        subject="Thank you for your email",
        headers=(("X-Autoreply", "yes"),),
        working_days=0,
    ),
    Mail(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Christine Maurer", "c.maurer@maurer-werkzeugbau.example"),
        "2030-10-21 10:24",
        "none",
        "Vielen Dank für Ihre Nachricht.\n\n"
        "Ich bin vom 21.10. bis einschließlich 01.11.2030 nicht im Hause. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an unsere Zentrale unter +49 7361 555-0.\n\n"
        "Ab Montag, dem 04.11., bin ich wieder für Sie erreichbar.\n\n"
        "Mit freundlichen Grüßen\nChristine Maurer",
        lab(
            return_date="2030-11-04",
            note="the stated day back wins over the last day away",
        ),
        subject="Automatische Antwort: {sub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        working_days=0,
    ),
    Mail(
        "ar-de-2",
        "auto_reply",
        "de",
        ("Buchhaltung Stadtbau Kassel", "buchhaltung@stadtbau-kassel.example"),
        "2030-10-24 10:40",
        "none",
        "Sehr geehrte Damen und Herren,\n\n"
        "Ihre Nachricht ist bei uns eingegangen und wurde unter der Ticketnummer 2030102410000457 erfasst. Wir bearbeiten Ihr Anliegen so schnell wie möglich.\n\n"
        "Bitte antworten Sie nicht auf diese automatisch erzeugte Nachricht.\n\n"
        "Ihre Buchhaltung\nStadtbau Kassel GmbH",
        lab(note="ticket acknowledgement carrying only Precedence: bulk"),
        subject="[Ticket#2030102410000457] Eingangsbestätigung: {sub}",
        headers=(("Precedence", "bulk"),),
        working_days=0,
    ),
    Mail(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Mélanie Roche", "m.roche@roche-distribution.example"),
        "2030-10-30 11:02",
        "none",
        "Bonjour,\n\nJe suis actuellement en congés avec un accès limité à mes e-mails. Je serai de retour le mardi 5 novembre.\n\nPour toute urgence, merci de contacter le service comptabilité au 04 72 10 45 80.\n\nCordialement,\nMélanie Roche",
        lab(return_date="2030-11-05"),
        subject="Réponse automatique : {sub}",
        headers=(AUTO_REPLIED,),
        working_days=0,
    ),
    Mail(
        "ar-fr-2",
        "auto_reply",
        "fr",
        ("Laurent Dubois", "l.dubois@dubois-btp.example"),
        "2030-10-22 10:25",
        "none",
        "Bonjour,\n\nJe suis absent du bureau jusqu'au 25 octobre. Votre message sera traité à mon retour.\n\nLaurent Dubois",
        lab(
            return_date="2030-10-25",
            note="'jusqu'au 25 octobre' gives that date itself; only X-Autoreply",
        ),
        subject="Absence du bureau",
        headers=(("X-Autoreply", "yes"),),
        charset="iso-8859-1",
        cte="8bit",
        working_days=0,
    ),
    Mail(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Iñaki Etxeberria", "i.etxeberria@etxeberria-ingenieria.example"),
        "2030-10-17 10:44",
        "none",
        "Gracias por su mensaje. Estaré fuera de la oficina hasta el 31 de octubre, sin acceso al correo. Para asuntos urgentes pueden escribir a administracion@etxeberria-ingenieria.example.\n\nUn saludo,\nIñaki Etxeberria",
        lab(
            return_date="2030-10-31",
            note="'hasta el 31 de octubre' gives that date; a colleague's address in an auto-reply is not a new contact",
        ),
        subject="Respuesta automática: {sub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        working_days=0,
    ),
    Mail(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Wouter de Vries", "w.devries@devries-logistiek.example"),
        "2030-10-23 13:00",
        "none",
        "Dank voor uw bericht. Ik ben afwezig tot en met vrijdag 25 oktober en vanaf maandag 28 oktober weer bereikbaar. Uw e-mail wordt niet doorgestuurd.\n\nMet vriendelijke groet,\nWouter de Vries",
        lab(return_date="2030-10-28", note="the stated day back wins over 'tot en met'"),
        subject="Automatisch antwoord: {sub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        working_days=0,
    ),
    Mail(
        "ar-nl-2",
        "auto_reply",
        "nl",
        ("Thuis aan de Rijn", "klantcontact@thuisaanderijn.example"),
        "2030-11-06 10:26",
        "none",
        "Geachte heer/mevrouw,\n\n"
        "Hartelijk dank voor uw e-mail. Wij hebben uw bericht in goede orde ontvangen en streven ernaar u binnen vijf werkdagen te antwoorden.\n\n"
        "Facturen kunt u indienen via ons leveranciersportaal.\n\n"
        "Met vriendelijke groet,\nTeam Klantcontact\nThuis aan de Rijn",
        lab(note="receipt acknowledgement of a housing association; no return date"),
        subject="Ontvangstbevestiging",
        headers=(AUTO_GENERATED,),
        working_days=0,
    ),
    Mail(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Elisa Conti", "e.conti@contitessile.example"),
        "2030-10-29 10:31",
        "none",
        "Buongiorno,\n\nsono fuori ufficio fino al 31 ottobre compreso, con accesso limitato alla posta. Rientrerò lunedì 4 novembre.\n\nPer urgenze potete rivolgervi all'ufficio amministrazione.\n\nElisa Conti",
        lab(
            return_date="2030-11-04",
            note="the stated day back wins; 1 November is a public holiday and then a weekend",
        ),
        subject="Risposta automatica: {sub}",
        headers=(AUTO_REPLIED,),
        working_days=0,
    ),
    Mail(
        "ar-it-2",
        "auto_reply",
        "it",
        ("Gruppo Vela – Servizio Clienti", "assistenza@gruppovela.example"),
        "2030-11-07 15:22",
        "none",
        "Gentile cliente,\n\n"
        "abbiamo ricevuto la sua e-mail. Il messaggio è stato inoltrato all'ufficio competente, che la ricontatterà al più presto.\n\n"
        "Questa è una risposta generata automaticamente: la preghiamo di non rispondere.\n\n"
        "Gruppo Vela – Servizio Clienti",
        lab(note="no automatic-reply header at all; only the text says it is automatic"),
        subject="Messaggio ricevuto",
        working_days=0,
    ),
]

OTHER = [
    Mail(
        "ot-en-1",
        "other",
        "en",
        ("Sharon Pike", "sharon@pikeandsons-bakery.example"),
        "2030-10-14 15:20",
        "gmail",
        "Did we not pay this already?? I'm sure Tracy did a load of supplier payments last month and yours was one of them. Can you double check at your end before I go digging.",
        lab(
            note="a question, not a payment claim; asks the collector to check, no document requested"
        ),
        job=0,
    ),
    Mail(
        "ot-en-2",
        "other",
        "en",
        ("Ian McBride", "ian.mcbride@mcbride-engineering.example"),
        "2030-11-05 11:40",
        "outlook",
        "Hi,\n\n"
        "Noted, I've passed this to our finance team.\n\n"
        "While I've got you – can someone give me a price for moving the fire alarm panel from the old reception to the new entrance? We're knocking through in January. And when is our next quarterly test due? I'd like to make sure it isn't on the day the builders start.\n\n"
        "Cheers,\nIan McBride\nFacilities, McBride Engineering",
        lab(note="passing it to finance is no commitment; the rest is a service question"),
        job=0,
    ),
    Mail(
        "ot-en-3",
        "other",
        "en",
        ("Jo Pemberton", "jo.pemberton@gmail.com"),
        "2030-10-20 14:02",
        "iphone",
        "Ok thanks",
        lab(note="bare acknowledgement, sent on a Sunday; not a payment claim"),
        job=4,
        working_days=2,
    ),
    Mail(
        "ot-de-1",
        "other",
        "de",
        ("Andrea Beck", "a.beck@grundschule-am-see.example"),
        "2030-10-31 10:50",
        "outlook_html",
        "Guten Tag,\n\n"
        "Ihre Erinnerung habe ich an die Buchhaltung weitergeleitet.\n\n"
        "Eine Frage noch: Wann kommt Ihr Techniker zur nächsten Prüfung der Brandmeldeanlage? Der Termin muss mit dem Hausmeister abgestimmt werden, weil die Turnhalle bis Mitte November gesperrt ist.\n\n"
        "Mit freundlichen Grüßen\nAndrea Beck\nSekretariat, Grundschule am See",
        lab(note="forwarded internally without a new address; a scheduling question"),
        job=0,
    ),
    Mail(
        "ot-de-2",
        "other",
        "de",
        ("Uwe Richter", "uwe.richter@richter-kfz.example"),
        "2030-10-15 17:33",
        "iphone",
        "Haben wir das nicht schon längst bezahlt? Schau ich morgen nach",
        lab(note="question plus 'I'll check tomorrow': neither a payment claim nor a promise"),
        job=5,
    ),
    Mail(
        "ot-fr-1",
        "other",
        "fr",
        ("Nathalie Perrin", "n.perrin@perrin-coiffure.example"),
        "2030-11-04 12:10",
        "apple",
        "Bonjour,\n\nC'est noté, je vois ça avec mon associé à son retour de congés.\n\nNathalie",
        lab(note="acknowledgement, no commitment"),
        job=1,
    ),
    Mail(
        "ot-fr-2",
        "other",
        "fr",
        ("Métallerie Durand – Administration", "admin@metallerie-durand.example"),
        "2030-10-24 14:55",
        "outlook",
        "Madame, Monsieur,\n\n"
        "Nous vous informons que la société Métallerie Durand SAS a été placée en redressement judiciaire par jugement du tribunal de commerce de Lyon du 3 octobre 2030.\n\n"
        "Conformément à la procédure, il vous appartient de déclarer votre créance auprès du mandataire judiciaire désigné, Maître Anne Colin, dans un délai de deux mois à compter de la publication du jugement au BODACC. Aucune créance antérieure au jugement ne peut être payée en dehors de cette procédure.\n\n"
        "Cordialement,\nLe service administratif\nMétallerie Durand SAS",
        lab(
            note="insolvency notice: a person must file the claim with the court-appointed administrator; no dispute, no refusal of e-mail, no new address"
        ),
        job=5,
    ),
    Mail(
        "ot-es-1",
        "other",
        "es",
        ("Roberto Gil", "roberto.gil@gilpinturas.example"),
        "2030-10-28 08:05",
        "iphone",
        "Recibido, se lo paso a mi jefe.",
        lab(note="acknowledgement; passing it on is not a new contact"),
        job=4,
    ),
    Mail(
        "ot-es-2",
        "other",
        "es",
        ("Ana Beltrán", "ana.beltran@beltranopticos.example"),
        "2030-11-07 12:35",
        "gmail",
        "Hola,\n\n¿Esto no estaba pagado ya? Juraría que lo pagamos junto con la otra factura en septiembre. ¿Lo podéis revisar?\n\nGracias,\nAna",
        lab(note="a question and a belief, not a payment claim with a date"),
        job=1,
    ),
    Mail(
        "ot-nl-1",
        "other",
        "nl",
        ("Marloes Peters", "marloes@peters-kapsalon.example"),
        "2030-10-17 20:15",
        "gmail_plain",
        "Is dit echt? We krijgen de laatste tijd zoveel nepfacturen. Ik bel morgen even met jullie kantoor om het na te vragen.",
        lab(note="suspicion; she will phone, nothing about paying"),
        job=1,
    ),
    Mail(
        "ot-nl-2",
        "other",
        "nl",
        ("Daan Hendriks", "daan@hendriks-tuincentrum.example"),
        "2030-10-31 16:45",
        "gmail",
        "Oké, ik kijk er volgende week naar.\n\nDaan",
        lab(note="'I'll look at it next week' is no commitment to pay"),
        job=2,
    ),
    Mail(
        "ot-it-1",
        "other",
        "it",
        ("Maria Grazia Fontana", "mg.fontana@fontana-condomini.example"),
        "2030-10-23 12:20",
        "outlook_html",
        "Buongiorno,\n\n"
        "rispondo solo ora perché sono stata fuori per un corso di aggiornamento e al rientro ho trovato la scrivania sommersa. Vi scrivo per conto del condominio di via Mazzini 18, di cui sono amministratrice da quest'anno: il precedente amministratore mi ha passato le pratiche con parecchio ritardo e sto ancora ricostruendo chi ha fatto cosa.\n\n"
        "La fattura l'ho girata al tesoriere del condominio, che la porterà in assemblea come tutte le spese straordinarie. Nel frattempo però mi serve un'altra cosa, ed è il motivo per cui vi scrivo: i vigili del fuoco hanno chiesto il registro delle verifiche dell'illuminazione di emergenza e nel fascicolo non trovo il verbale della vostra ultima prova. Me lo potreste mandare?\n\n"
        "Grazie e buona giornata,\nMaria Grazia Fontana\nStudio Fontana – Amministrazioni condominiali",
        lab(
            note="long reply; the point is a test report for the fire brigade, which is not a billing document and not a condition of payment"
        ),
        job=1,
        working_days=3,
    ),
]

MAILS = [
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
# Delivery reports: machine skeletons generated, human-readable parts written out one by one
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt`."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str  # wall-clock time of the reporting system
    build: Callable[[Bounce], Message]
    note: str | None = None
    queued_minutes: int = 2  # how long before the report the reminder was sent

    @property
    def dt(self) -> datetime:
        return localize(zone_of(self.lang), parse_wall(self.when))

    @property
    def sent(self) -> datetime:
        return self.dt - timedelta(minutes=self.queued_minutes)

    @property
    def invoice(self) -> Invoice:
        return invoice_for(self.key, "", "", -1, in_zone("uk", self.sent).date())

    @property
    def subject(self) -> str:
        return reminder_subject(self.lang, self.invoice.number)

    @property
    def rcpt_domain(self) -> str:
        return self.rcpt.split("@")[1]

    def received(self) -> list[tuple[str, str]]:
        """The trace fields the reminder had when it left Millrace."""
        stamp = format_datetime(in_zone("uk", self.sent))
        queue = b32(self.key, "queue", 10)
        return [
            ("Return-Path", f"<{AR_ADDR}>"),
            (
                "Received",
                (
                    "from app01.millrace-electrical.example (app01.millrace-electrical.example [192.0.2.25])\n"
                    f"\tby smtp-out.millrace-electrical.example (Postfix) with ESMTPS id {queue}\n\tfor <{self.rcpt}>; {stamp}"
                ),
            ),
        ]

    def reminder(self, trace: bool = False) -> Message:
        """The reminder as it was sent (returned whole or in part inside reports)."""
        msg = text_part(reminder_body(self.lang, self.invoice), "plain", "utf-8", "qp")
        if trace:
            for name, value in self.received():
                msg[name] = value
        msg["From"] = formataddr((AR_NAME, AR_ADDR))
        msg["To"] = self.rcpt
        msg["Subject"] = encode_header(self.subject, "utf-8")
        msg["Date"] = format_datetime(in_zone("uk", self.sent))
        msg["Message-ID"] = reminder_msgid(self.key)
        move_mime_headers_last(msg)
        return msg


def delivery_status(
    b: Bounce,
    mta: str,
    action: str,
    diagnostic: str,
    remote: str = "",
    extra: tuple[tuple[str, str], ...] = (),
) -> Message:
    """A message/delivery-status part (RFC 3464): one per-message and one per-recipient block."""
    per_message = [f"Reporting-MTA: dns; {mta}", *[f"{k}: {v}" for k, v in extra]]
    per_message.append(f"Arrival-Date: {format_datetime(in_zone(zone_of(b.lang), b.sent))}")
    recipient = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
    ]
    if remote:
        recipient.append(f"Remote-MTA: dns; {remote}")
    recipient.append(f"Diagnostic-Code: smtp; {diagnostic}")
    recipient.append(f"Last-Attempt-Date: {format_datetime(b.dt)}")
    if action == "delayed":
        recipient.append(f"Will-Retry-Until: {format_datetime(b.dt + timedelta(days=2))}")
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload(
        [
            message_from_bytes(("\n".join(block) + "\n").encode())
            for block in (per_message, recipient)
        ]
    )
    return part


def returned_headers(b: Bounce) -> Message:
    """A text/rfc822-headers part: the reminder's header fields only."""
    text = "".join(f"{k}: {v}\n" for k, v in b.reminder(trace=True).items())
    return text_part(text, "rfc822-headers", "us-ascii", "7bit")


def described(part: Message, description: str) -> Message:
    part["Content-Description"] = description
    return part


def report(*parts: Message) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def human(lines: list[str], charset: str = "utf-8", title: str = "") -> Message:
    """The readable part of a provider's report: plain text and a simple HTML rendering."""
    plain = "\n\n".join(lines) + "\n"
    heading = f'<p style="font-size:16px"><b>{html.escape(title)}</b></p>' if title else ""
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head><body style="font-family:Segoe UI,Arial,sans-serif">'
        + heading
        + "".join(f"<p>{br_lines(line)}</p>" for line in lines)
        + "</body></html>\n"
    )
    return alternative(
        text_part(plain, "plain", charset, "qp"),
        text_part(markup, "html", charset, "qp"),
    )


def finish(
    b: Bounce,
    msg: Message,
    sender: str,
    subject: str,
    extra: tuple[tuple[str, str], ...] = (),
) -> Message:
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encode_header(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = sender.rsplit("@", 1)[1].rstrip(">").split(" ")[0]
    msg["Message-ID"] = f"<{b32(b.key, 'report', 26).lower()}@{host}>"
    for name, value in extra:
        msg[name] = value
    return finalize(msg, b.key, "bounce")


def bounce_postfix_user_unknown(b: Bounce) -> Message:
    """Millrace's own relay: the remote server refused the address during the SMTP dialogue."""
    mx = f"mx.{b.rcpt_domain}"
    text = (
        "This is the mail system at host smtp-out.millrace-electrical.example.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\n"
        "delete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        + textwrap.fill(
            f"<{b.rcpt}>: host {mx}[198.51.100.17] said: 550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command)",
            width=76,
            subsequent_indent="    ",
            break_long_words=False,
            break_on_hyphens=False,
        )
        + "\n"
    )
    diag = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table"
    )
    queue = b32(b.key, "queue", 10)
    msg = report(
        described(text_part(text, "plain", "us-ascii", "7bit"), "Notification"),
        described(
            delivery_status(
                b,
                "smtp-out.millrace-electrical.example",
                "failed",
                diag,
                mx,
                (
                    ("X-Postfix-Queue-ID", queue),
                    ("X-Postfix-Sender", f"rfc822; {AR_ADDR}"),
                ),
            ),
            "Delivery report",
        ),
        described(returned_headers(b), "Undelivered Message Headers"),
    )
    return finish(
        b,
        msg,
        "Mail Delivery System <MAILER-DAEMON@smtp-out.millrace-electrical.example>",
        "Undelivered Mail Returned to Sender",
        (("Auto-Submitted", "auto-replied"),),
    )


def bounce_qmail(b: Bounce) -> Message:
    """A qmail server that accepted the reminder and then found no such mailbox: no MIME at all."""
    host = f"mail.{b.rcpt_domain}"
    original = b.reminder(trace=True).as_string()
    text = (
        f"Hi. This is the qmail-send program at {host}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "Sorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n" + original
    )
    msg = Message()
    msg.set_payload(text)
    return finish(
        b,
        msg,
        f"MAILER-DAEMON@{host}",
        "failure notice",
        (("Auto-Submitted", "auto-replied"),),
    )


def bounce_exim_delay(b: Bounce) -> Message:
    """A hosting company's Exim backup MX: a plain-text delay warning after 24 hours."""
    ident = "1uQbRt-00072K-3F"
    text = (
        "This message was created automatically by mail delivery software.\n"
        "A message that you sent has not yet been delivered to one or more of its\n"
        "recipients after more than 24 hours on the queue on mx2.greyfriars-hosting.example.\n\n"
        f"The message identifier is:     {ident}\n"
        f"The subject of the message is: {Header(b.subject, 'utf-8').encode(maxlinelen=200)}\n"
        f"The date of the message is:    {format_datetime(in_zone('uk', b.sent))}\n\n"
        "The address to which the message has not yet been delivered is:\n\n"
        f"  {b.rcpt}\n"
        f"    host mail.{b.rcpt_domain} [203.0.113.58]\n"
        f"    Delay reason: SMTP error from remote mail server after RCPT TO:<{b.rcpt}>:\n"
        f"    452 4.2.2 <{b.rcpt}>: Mailbox is over quota\n\n"
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
        "Mail Delivery System <Mailer-Daemon@mx2.greyfriars-hosting.example>",
        f"Warning: message {ident} delayed 24 hours",
        (("Auto-Submitted", "auto-replied"),),
    )


def office365(
    b: Bounce,
    lines: list[str],
    title: str,
    action: str,
    diag: str,
    server: str,
    subject: str,
) -> Message:
    """An Exchange Online report from the recipient's organisation, in the organisation's language."""
    msg = report(
        human(lines, title=title),
        delivery_status(b, server, action, diag),
        returned_headers(b),
    )
    return finish(
        b,
        msg,
        f"Microsoft Outlook <postmaster@{b.rcpt_domain}>",
        subject,
        (("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")),
    )


def bounce_o365_de_policy(b: Bounce) -> Message:
    server = "FR0P281MB2471.DEUP281.PROD.OUTLOOK.COM"
    diag = "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized to send to this group"
    return office365(
        b,
        [
            f"Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden.",
            "Die Gruppe „einkauf“ nimmt nur Nachrichten von Personen innerhalb ihrer Organisation oder von ausdrücklich zugelassenen Absendern an. Ihre E-Mail-Adresse gehört nicht dazu.",
            "Was sollten Sie tun? Wenden Sie sich auf anderem Weg an den Empfänger, zum Beispiel telefonisch, und bitten Sie darum, Ihre Adresse als zulässigen Absender einzutragen.",
            f"Diagnoseinformationen für Administratoren:\nGenerierender Server: {server}\n\n{b.rcpt}\nRemoteserver hat '{diag}' zurückgegeben",
        ],
        "Ihre Nachricht wurde nicht zugestellt",
        "failed",
        diag,
        server,
        f"Unzustellbar: {b.subject}",
    )


def bounce_provider_de_domain(b: Bounce) -> Message:
    """A German hosting provider that still answers for a domain whose contract has ended."""
    rem = b.reminder()
    text = (
        "Dies ist eine automatisch erzeugte Nachricht des Mailservers mailrelay.hostfabrik.example.\n\n"
        "Ihre Nachricht konnte nicht zugestellt werden. Der Fehler ist dauerhaft, es erfolgen keine weiteren Zustellversuche.\n\n"
        f"Empfänger:  {b.rcpt}\n"
        f"Ursache:    Die Domain {b.rcpt_domain} wird auf diesem Server nicht mehr geführt\n"
        "            (Vertrag beendet). 550 5.1.2 Domain not hosted here\n\n"
        "Kopfzeilen Ihrer Nachricht:\n"
        f"  From: {rem['From']}\n  To: {rem['To']}\n  Subject: {b.subject}\n  Date: {rem['Date']}\n  Message-ID: {rem['Message-ID']}\n"
    )
    return finish(
        b,
        text_part(text, "plain", "iso-8859-1", "8bit"),
        "Mailserver hostfabrik <MAILER-DAEMON@mailrelay.hostfabrik.example>",
        "Nachricht nicht zustellbar",
        (("Auto-Submitted", "auto-generated"),),
    )


def bounce_o365_fr_full(b: Bounce) -> Message:
    server = "PR3P192MB0845.EURP192.PROD.OUTLOOK.COM"
    diag = "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded"
    return office365(
        b,
        [
            f"Votre message à {b.rcpt} n'a pas pu être remis.",
            "La boîte aux lettres du destinataire est pleine et ne peut pas accepter de nouveaux messages pour le moment. Renvoyez votre message plus tard ou contactez directement le destinataire.",
            f"Informations de diagnostic pour les administrateurs :\nServeur de génération : {server}\n\n{b.rcpt}\nLe serveur distant a retourné « {diag} »",
        ],
        "Votre message n'a pas été remis",
        "failed",
        diag,
        server,
        f"Non remis : {b.subject}",
    )


def bounce_provider_fr_unknown(b: Bounce) -> Message:
    """A French host's report in multipart/report with the whole reminder returned."""
    text = (
        "Bonjour,\n\n"
        "Ceci est un message automatique du serveur mx.hebergement-pro.example.\n\n"
        "Votre message n'a pas pu être délivré au destinataire suivant :\n\n"
        f"    {b.rcpt}\n\n"
        "Motif : cette adresse n'existe pas sur notre serveur (550 5.1.1 boîte aux lettres inconnue).\n\n"
        "Il s'agit d'une erreur définitive. Vérifiez l'adresse avant de renvoyer votre message ; une copie en est jointe.\n\n"
        "-- \nLe service messagerie\n"
    )
    diag = f"550 5.1.1 <{b.rcpt}>: boite aux lettres inconnue"
    msg = report(
        text_part(text, "plain", "iso-8859-1", "qp"),
        delivery_status(b, "mx.hebergement-pro.example", "failed", diag),
        MIMEMessage(b.reminder(trace=True)),
    )
    return finish(
        b,
        msg,
        "Serveur de messagerie <MAILER-DAEMON@mx.hebergement-pro.example>",
        "Message non délivré",
        (("Auto-Submitted", "auto-generated"),),
    )


def bounce_o365_es_unknown(b: Bounce) -> Message:
    server = "DB9PR06MB7790.eurprd06.prod.outlook.com"
    diag = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    return office365(
        b,
        [
            f"Su mensaje para {b.rcpt} no se pudo entregar.",
            "No se ha encontrado la dirección del destinatario en el dominio de destino. Puede que esté mal escrita o que ya no exista. Compruebe la dirección y vuelva a enviar el mensaje.",
            f"Información de diagnóstico para administradores:\nServidor de generación: {server}\n\n{b.rcpt}\nEl servidor remoto devolvió '{diag}'",
        ],
        "No se pudo entregar su mensaje",
        "failed",
        diag,
        server,
        f"No se puede entregar: {b.subject}",
    )


def bounce_gmail_es_delay(b: Bounce) -> Message:
    """Google's delay notice in Spanish: the recipient's server does not answer."""
    remote = f"mail.{b.rcpt_domain}"
    response = f"The recipient server did not accept our requests to connect. [{remote} 203.0.113.91: timed out]"
    msg = report(
        human(
            [
                "** Retraso en la entrega del mensaje **",
                f"Se ha producido un problema temporal al entregar tu mensaje a {b.rcpt}. Gmail volverá a intentarlo durante 46 horas más. Te avisaremos si no se puede entregar de forma definitiva.",
                "La respuesta ha sido:",
                response,
            ]
        ),
        delivery_status(b, "mx.google.com", "delayed", f"421 4.4.1 {response}", remote),
        returned_headers(b),
    )
    return finish(
        b,
        msg,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Notificación de estado del envío (retrasado)",
        (("Auto-Submitted", "auto-replied"),),
    )


def bounce_o365_nl_delay(b: Bounce) -> Message:
    server = "AM8PR04MB7651.eurprd04.prod.outlook.com"
    diag = "451 4.4.7 Message delayed"
    sent = in_zone("ce", b.sent)
    return office365(
        b,
        [
            f"De bezorging van uw bericht aan {b.rcpt} is vertraagd.",
            "Het bericht is nog niet afgeleverd. Het systeem blijft proberen het te bezorgen. U hoeft niets te doen; u krijgt opnieuw bericht als de bezorging definitief mislukt.",
            f"Onderwerp: {b.subject}\nVerzonden: {sent.strftime('%d-%m-%Y %H:%M')}",
            f"Diagnostische gegevens voor beheerders:\nGenererende server: {server}\n\n{b.rcpt}\nDe externe server heeft '{diag}' geretourneerd",
        ],
        "Bezorging vertraagd",
        "delayed",
        diag,
        server,
        f"Vertraagd: {b.subject}",
    )


def bounce_provider_it_unknown(b: Bounce) -> Message:
    """An Italian provider's plain-text notice with the original header fields inline."""
    rem = b.reminder()
    text = (
        "Gentile utente,\n\n"
        "il messaggio che ha inviato non è stato recapitato al seguente indirizzo:\n\n"
        f"    {b.rcpt}\n\n"
        "Motivo: la casella di posta del destinatario non esiste (550 5.1.1 User unknown).\n\n"
        "L'errore è definitivo e il sistema non effettuerà altri tentativi. Verifichi l'indirizzo e, se necessario, contatti il destinatario con altri mezzi.\n\n"
        "---------- Intestazioni del messaggio originale ----------\n"
        f"From: {rem['From']}\nTo: {rem['To']}\nSubject: {latin1(b.subject)}\nDate: {rem['Date']}\nMessage-ID: {rem['Message-ID']}\n"
    )
    return finish(
        b,
        text_part(text, "plain", "iso-8859-1", "qp"),
        "Sistema di posta <mailer-daemon@mail.servizinet-italia.example>",
        "Notifica di mancato recapito",
        (("Auto-Submitted", "auto-replied"),),
    )


def bounce_relay_it_policy(b: Bounce) -> Message:
    """The recipient's relay deferred the reminder for a sending-rate policy."""
    diag = "451 4.7.1 Troppi messaggi dallo stesso mittente, riprovare piu' tardi"
    text = (
        "Questo è un messaggio automatico.\n\n"
        f"La consegna del messaggio a {b.rcpt} è stata rinviata: il server di destinazione lo ha rifiutato temporaneamente per motivi di policy ({diag}).\n\n"
        "Il sistema ritenterà automaticamente la consegna nei prossimi 5 giorni. Non è necessario inviare di nuovo il messaggio.\n\n"
        f"Postmaster – relay.{b.rcpt_domain}\n"
    )
    msg = report(
        text_part(text, "plain", "utf-8", "8bit"),
        delivery_status(b, f"relay.{b.rcpt_domain}", "delayed", diag, f"mail.{b.rcpt_domain}"),
        returned_headers(b),
    )
    return finish(
        b,
        msg,
        f"Postmaster <postmaster@relay.{b.rcpt_domain}>",
        "Avviso di ritardo nella consegna",
        (("Auto-Submitted", "auto-replied"),),
    )


BOUNCES = [
    Bounce(
        "bo-en-1",
        "en",
        "hard",
        "5.1.1",
        "accounts@hollins-joinery.example",
        "2030-10-15 09:11",
        bounce_postfix_user_unknown,
        "Postfix DSN with text/rfc822-headers: user unknown",
    ),
    Bounce(
        "bo-en-2",
        "en",
        "hard",
        "5.1.1",
        "office@tranter-estates.example",
        "2030-10-29 09:16",
        bounce_qmail,
        "qmail failure notice, no MIME, the reminder copied inline",
        4,
    ),
    Bounce(
        "bo-en-3",
        "en",
        "soft",
        "4.2.2",
        "admin@greyfriars-garage.example",
        "2030-11-06 09:31",
        bounce_exim_delay,
        "Exim 24-hour delay warning, plain text: mailbox over quota",
        24 * 60 + 20,
    ),
    Bounce(
        "bo-de-1",
        "de",
        "hard",
        "5.7.1",
        "einkauf@schmid-gruppe.example",
        "2030-10-18 10:26",
        bounce_o365_de_policy,
        "Exchange Online in German: restricted group (policy)",
    ),
    Bounce(
        "bo-de-2",
        "de",
        "hard",
        "5.1.2",
        "buero@autohaus-lehmann.example",
        "2030-11-04 10:24",
        bounce_provider_de_domain,
        "German provider notice, Latin-1 8bit: domain no longer hosted",
        3,
    ),
    Bounce(
        "bo-fr-1",
        "fr",
        "soft",
        "5.2.2",
        "comptabilite@pharmacie-des-halles.example",
        "2030-10-23 10:27",
        bounce_o365_fr_full,
        "mailbox full reported with a 5.x code: soft, the code is kept",
    ),
    Bounce(
        "bo-fr-2",
        "fr",
        "hard",
        "5.1.1",
        "facturation@sarl-moreau-freres.example",
        "2030-11-04 10:29",
        bounce_provider_fr_unknown,
        "French host, multipart/report with the whole message returned",
    ),
    Bounce(
        "bo-es-1",
        "es",
        "hard",
        "5.1.10",
        "pagos@grupo-alameda.example",
        "2030-10-25 10:25",
        bounce_o365_es_unknown,
        "Exchange Online in Spanish: recipient not found",
    ),
    Bounce(
        "bo-es-2",
        "es",
        "soft",
        "4.4.1",
        "administracion@bodegas-lasierra.example",
        "2030-11-05 13:40",
        bounce_gmail_es_delay,
        "Gmail delay notice in Spanish",
        4 * 60,
    ),
    Bounce(
        "bo-nl-1",
        "nl",
        "soft",
        "4.4.7",
        "crediteuren@vanleeuwen-bouw.example",
        "2030-10-31 14:10",
        bounce_o365_nl_delay,
        "Exchange Online delay report in Dutch",
        5 * 60,
    ),
    Bounce(
        "bo-it-1",
        "it",
        "hard",
        "5.1.1",
        "amministrazione@ceramiche-rinaldi.example",
        "2030-10-16 10:28",
        bounce_provider_it_unknown,
        "Italian provider notice, plain text with the original header fields",
    ),
    Bounce(
        "bo-it-2",
        "it",
        "soft",
        "4.7.1",
        "amministrazione@caseificio-valsesia.example",
        "2030-10-17 11:20",
        bounce_relay_it_policy,
        "sending-rate policy deferral, 8bit UTF-8 notice",
        60,
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, checks and output
# --------------------------------------------------------------------------------------------


def mail_label(m: Mail) -> dict[str, object]:
    label: dict[str, object] = {"intent": m.intent}
    for key in LABEL_KEYS:
        label[key] = m.label.get(key)
    label["invoice_refs"] = list(cast(list[str], m.label["invoice_refs"]))
    label["language"] = m.lang
    label["note"] = m.label.get("note")
    return label


def bounce_label(b: Bounce) -> dict[str, object]:
    label: dict[str, object] = {"intent": "bounce"}
    for key in LABEL_KEYS:
        label[key] = None
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


def fail(where: str, problem: str) -> None:
    raise SystemExit(f"{where}: {problem}")


def check_mail(m: Mail) -> None:
    """What the hand-written text and its label must agree on."""
    written = set(REF_RE.findall(m.text))
    refs = set(cast(list[str], m.label["invoice_refs"]))
    if written != refs:
        fail(
            m.key,
            f"invoice numbers in the text {sorted(written)} but labelled {sorted(refs)}",
        )
    if m.reminder_time >= m.dt:
        fail(m.key, "the reply is older than the reminder")
    today = m.dt.date()
    for key, earliest, latest in (
        ("paid_date", date(2030, 9, 1), today),
        ("promised_date", today, date(2031, 3, 31)),
        ("return_date", today, date(2031, 3, 31)),
    ):
        value = m.label.get(key)
        if isinstance(value, str) and not earliest <= date.fromisoformat(value) <= latest:
            fail(m.key, f"{key} {value} is out of range for a message of {today}")
    contact = m.label.get("new_contact")
    if isinstance(contact, str) and contact not in m.text.lower():
        fail(m.key, "new_contact does not appear in the text")
    amount = m.label.get("amount")
    if m.client == "none" and m.thread and m.intent != "auto_reply":
        fail(m.key, "only auto-replies thread without quoting")
    if isinstance(amount, str) and amount.split(".")[0] not in m.text.replace(",", "").replace(
        ".", ""
    ):
        fail(m.key, f"amount {amount} is not in the text")


def check_label(name: str, label: dict[str, object]) -> None:
    """The label's shape: keys and order, types, and only the winning intent's fields filled."""
    keys = ["file", "intent", *LABEL_KEYS, "invoice_refs", "language", "note"]
    if list(label) != keys:
        fail(name, f"label keys {list(label)}")
    intent = str(label["intent"])
    if intent not in INTENTS or label["language"] not in LANGS:
        fail(name, "unknown intent or language")
    filled = {k for k in LABEL_KEYS if label[k] is not None}
    if not filled <= INTENT_FIELDS.get(intent, frozenset()):
        fail(
            name,
            f"{intent} may not fill {sorted(filled - INTENT_FIELDS.get(intent, frozenset()))}",
        )
    for key in ("promised_date", "paid_date", "return_date"):
        value = label[key]
        if value is not None and (
            not isinstance(value, str) or date.fromisoformat(value).isoformat() != value
        ):
            fail(name, f"{key} is not an ISO date")
    amount, currency = label["amount"], label["currency"]
    if (amount is None) != (currency is None):
        fail(name, "amount and currency go together")
    if amount is not None and not re.fullmatch(r"\d+\.\d{2}", str(amount)):
        fail(name, "amount must be a plain decimal string")
    if currency not in (None, "GBP", "EUR"):
        fail(name, "unexpected currency")
    contact = label["new_contact"]
    if contact is not None and (
        not isinstance(contact, str) or contact != contact.lower() or "@" not in contact
    ):
        fail(name, "new_contact must be a lower-case address")
    refs = label["invoice_refs"]
    if not isinstance(refs, list) or not all(
        isinstance(r, str) and REF_RE.fullmatch(r) for r in refs
    ):
        fail(name, "invoice_refs must be normalised invoice numbers")
    if intent == "bounce":
        status, kind = str(label["bounce_status"]), label["bounce_kind"]
        if not re.fullmatch(r"[45]\.\d{1,3}\.\d{1,3}", status) or kind not in (
            "hard",
            "soft",
        ):
            fail(name, "bad bounce fields")
        soft = status.startswith("4.") or status == "5.2.2"
        if (kind == "soft") != soft:
            fail(name, f"{status} should not be {kind}")
        if label["failed_recipient"] is None:
            fail(name, "bounce without failed_recipient")


def check_message(name: str, data: bytes, lang: str, threaded: bool) -> None:
    """Parse a file back the way a reader would; no defects, every header and text part decodes."""
    if any(len(line) > 998 for line in data.split(b"\n")):
        fail(name, "a line is longer than 998 octets")
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if not msg[header]:
            fail(name, f"no {header}")
    if threaded and not (msg["In-Reply-To"] and msg["References"]):
        fail(name, "a reply without In-Reply-To/References")
    for part in msg.walk():
        if part.defects:
            fail(name, f"defects {part.defects}")
        for header_name, value in part.items():
            if getattr(value, "defects", None):
                fail(name, f"{header_name}: {getattr(value, 'defects', None)}")
        if part.get_content_maintype() == "text":
            if not isinstance(part, EmailMessage):
                fail(name, "text part is not an EmailMessage")
                continue
            content = part.get_content()
            if not isinstance(content, str) or "\ufffd" in content:
                fail(name, "a text part does not decode cleanly")
    sent = msg["Date"].datetime
    if not isinstance(sent, datetime) or sent.tzinfo is None:
        fail(name, "Date has no offset")
        return
    utc = sent.astimezone(UTC).replace(tzinfo=None)
    if sent.utcoffset() != offset_at_utc(zone_of(lang), utc):
        fail(
            name,
            f"Date offset {sent.utcoffset()} is wrong for the {zone_of(lang)} zone",
        )
    if not FIRST_DAY <= sent.date() <= LAST_DAY:
        fail(name, f"dated {sent.date()}, outside the corpus range")


def check_counts(labels: list[dict[str, object]]) -> None:
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    for intent, row in PLAN.items():
        for lang, expected in zip(LANGS, row, strict=True):
            if cells[intent, lang] != expected:
                fail(
                    "counts",
                    f"{intent}/{lang}: {cells[intent, lang]}, planned {expected}",
                )
    if len(labels) != sum(sum(row) for row in PLAN.values()):
        fail("counts", f"{len(labels)} messages")


def count_table(labels: list[dict[str, object]]) -> str:
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


@dataclass(frozen=True)
class Built:
    key: str
    lang: str
    threaded: bool
    message: Message
    label: dict[str, object]


def build_all() -> list[Built]:
    items: list[Built] = []
    for m in MAILS:
        check_mail(m)
        items.append(Built(m.key, m.lang, m.thread, build_mail(m), mail_label(m)))
    for b in BOUNCES:
        items.append(Built(b.key, b.lang, False, b.build(b), bounce_label(b)))
    keys = [item.key for item in items]
    if len(set(keys)) != len(keys):
        fail("keys", "duplicate message keys")
    return sorted(
        items,
        key=lambda item: hashlib.sha256(f"{SEED}:order:{item.key}".encode()).hexdigest(),
    )


def write_all() -> list[dict[str, object]]:
    items = build_all()
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[dict[str, object]] = []
    for n, item in enumerate(items, start=1):
        name = f"{PREFIX}-{n:03d}.eml"
        data = item.message.as_bytes()
        check_message(name, data, item.lang, item.threaded)
        (HERE / name).write_bytes(data)
        label = {"file": name, **item.label}
        check_label(name, label)
        labels.append(label)
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels


def main() -> int:
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    clients = Counter(m.client for m in MAILS)
    print(f"\n{len(labels)} messages written; bounces {dict(sorted(kinds.items()))}")
    print("clients: " + ", ".join(f"{k} {v}" for k, v in sorted(clients.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
