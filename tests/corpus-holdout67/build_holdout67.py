# ruff: noqa: E501, RUF001
# Hand-written message text is kept one paragraph a line, as mail clients send it, with the
# typographic dashes, quotes and symbols that people and their clients really type.
"""Build held-out reply corpus 67: `h67-NNN.eml` files and `labels.jsonl`.

Every message lands in the receivables mailbox of Brackwater Solar (solar panels, batteries and
heat pumps) after it sent an overdue reminder. The new text of each message is written by hand
below. The script adds only what a mail client or a mail server would add: the quoted reminder in
the client's layout and language, headers, MIME structure, charsets and transfer encodings.
It writes next to itself, deterministically (fixed seed, boundaries and Message-IDs, no clock).
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
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, timezone
from email import charset as cs
from email import message_from_bytes, policy
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path
from typing import Literal, TypedDict

HERE = Path(__file__).resolve().parent
SEED = "holdout67-2027-03-08"  # file order: messages sorted by a digest of this seed and their key
PREFIX = "h67"
AR_NAME = "Brackwater Solar Receivables"
AR_ADDR = "receivables@brackwater-solar.example"
AR_DOMAIN = "brackwater-solar.example"
FIRST_DAY = date(2027, 3, 8)
LAST_DAY = date(2027, 4, 2)

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
Lang = Literal["en", "de", "fr", "es", "nl", "it"]
Zone = Literal["uk", "cet"]
Stage = Literal["deposit", "stage", "completion", "service"]
Cte = Literal["qp", "b64", "8bit", "7bit"]

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
LANGS: tuple[Lang, ...] = ("en", "de", "fr", "es", "nl", "it")
PER_INTENT = 12
INTENT_KEYS: dict[Intent, str] = {
    "payment_sent": "ps",
    "promise_to_pay": "pp",
    "dispute": "di",
    "payment_plan": "pl",
    "invoice_request": "ir",
    "wrong_contact": "wc",
    "unsubscribe": "un",
    "auto_reply": "ar",
    "bounce": "bo",
    "other": "ot",
}
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
    """One line of labels.jsonl, keys in the corpus order."""

    file: str
    intent: Intent
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
    language: Lang
    note: str | None


class Extract(TypedDict, total=False):
    """The fields a reply's text gives (everything else is null)."""

    promised_date: str
    paid_date: str
    return_date: str
    payment_reference: str
    amount: str
    currency: str
    new_contact: str


# --------------------------------------------------------------------------------------------
# Locale tables
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

# Attribution lines, as each client writes them in each language.
GMAIL_ATTR = {
    "en": "On {wa}, {d} {ma} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {wa}, {d}. {ma} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wa} {d} {ma} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wa}, {d} {ma} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wa} {d} {ma} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wa} {d} {ma} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTR = {
    "en": "On {d} {ma} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {ma} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {ma} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {ma} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {ma} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTR = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{m}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{yy} {HH}:{mm}, {name} ha scritto:",
}
# Outlook desktop: divider, then From / Sent / To / Subject labels and the Sent date format.
OUTLOOK_DIVIDER = {
    "en": "-----Original Message-----",
    "de": "-----Ursprüngliche Nachricht-----",
    "fr": "-----Message d'origine-----",
    "es": "-----Mensaje original-----",
    "nl": "-----Oorspronkelijk bericht-----",
    "it": "-----Messaggio originale-----",
}
OUTLOOK_FIELDS = {
    "en": ("From: ", "Sent: ", "To: ", "Subject: "),
    "de": ("Von: ", "Gesendet: ", "An: ", "Betreff: "),
    "fr": ("De : ", "Envoyé : ", "À : ", "Objet : "),
    "es": ("De: ", "Enviado el: ", "Para: ", "Asunto: "),
    "nl": ("Van: ", "Verzonden: ", "Aan: ", "Onderwerp: "),
    "it": ("Da: ", "Inviato: ", "A: ", "Oggetto: "),
}
OUTLOOK_SENT = {
    "en": "{wl}, {d} {ml} {y} {HH}:{mm}",
    "de": "{wl}, {d}. {ml} {y} {HH}:{mm}",
    "fr": "{wl} {d} {ml} {y} {HH}:{mm}",
    "es": "{wl}, {d} de {ml} de {y} {H}:{mm}",
    "nl": "{wl} {d} {ml} {y} {HH}:{mm}",
    "it": "{wl} {d} {ml} {y} {HH}:{mm}",
}
OUTLOOK_RE = {"en": "RE: ", "de": "AW: ", "fr": "RE : ", "es": "RE: ", "nl": "RE: ", "it": "R: "}
SAMSUNG_FIELDS = {
    "en": ("-------- Original message --------", "From: ", "Date: ", "To: ", "Subject: "),
    "de": ("-------- Ursprüngliche Nachricht --------", "Von: ", "Datum: ", "An: ", "Betreff: "),
    "fr": ("-------- Message d'origine --------", "De : ", "Date : ", "À : ", "Objet : "),
    "es": ("-------- Mensaje original --------", "De: ", "Fecha: ", "Para: ", "Asunto: "),
    "nl": ("-------- Oorspronkelijk bericht --------", "Van: ", "Datum: ", "Aan: ", "Onderwerp: "),
    "it": ("-------- Messaggio originale --------", "Da: ", "Data: ", "A: ", "Oggetto: "),
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
    "fr": "Obtenir Outlook pour Android",
    "es": "Obtener Outlook para Android",
    "nl": "Outlook voor Android downloaden",
    "it": "Scarica Outlook per Android",
}
SAMSUNG_SIG = {
    "en": "Sent from my Galaxy",
    "de": "Von meinem Galaxy gesendet",
    "fr": "Envoyé depuis mon Galaxy",
    "es": "Enviado desde mi Galaxy",
    "nl": "Verzonden vanaf mijn Galaxy",
    "it": "Inviato dal mio Galaxy",
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
# The reminder Brackwater Solar sent, in each customer's language
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – Brackwater Solar",
    "de": "Zahlungserinnerung: Rechnung {inv} ist überfällig",
    "fr": "Relance : facture {inv} échue",
    "es": "Recordatorio de pago: factura {inv} vencida",
    "nl": "Herinnering: factuur {inv} is vervallen",
    "it": "Sollecito di pagamento – fattura {inv} scaduta",
}
STAGE_NAMES: dict[str, dict[Stage, str]] = {
    "en": {
        "deposit": "Deposit on order (30%)",
        "stage": "Stage payment – installation",
        "completion": "Completion – balance after commissioning",
        "service": "Annual maintenance visit",
    },
    "de": {
        "deposit": "Anzahlung bei Auftragserteilung (30 %)",
        "stage": "Abschlagsrechnung – Montage",
        "completion": "Schlussrechnung nach Inbetriebnahme",
        "service": "Jährliche Wartung",
    },
    "fr": {
        "deposit": "Acompte à la commande (30 %)",
        "stage": "Situation de travaux – pose",
        "completion": "Solde après mise en service",
        "service": "Visite d'entretien annuelle",
    },
    "es": {
        "deposit": "Anticipo a la firma del pedido (30 %)",
        "stage": "Pago parcial – montaje",
        "completion": "Liquidación tras la puesta en marcha",
        "service": "Revisión anual de mantenimiento",
    },
    "nl": {
        "deposit": "Aanbetaling bij opdracht (30%)",
        "stage": "Termijn – montage",
        "completion": "Eindafrekening na oplevering",
        "service": "Jaarlijkse onderhoudsbeurt",
    },
    "it": {
        "deposit": "Acconto alla firma (30%)",
        "stage": "Stato avanzamento lavori – posa",
        "completion": "Saldo dopo il collaudo",
        "service": "Manutenzione annuale",
    },
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "Our records show that the invoice below is now overdue:\n\n"
        "Invoice:      {inv}\n"
        "Description:  {stage}\n"
        "Invoice date: {issued}\n"
        "Due date:     {due}\n"
        "Balance:      {amount}\n\n"
        "If you have already paid, thank you — just reply with the date and payment reference so we can match it. If there is a problem with the invoice or with the work we did, please reply to this e-mail and we will look into it straight away.\n\n"
        "Kind regards,\n\n"
        "Accounts Receivable\nBrackwater Solar Ltd\nreceivables@brackwater-solar.example | 01632 960418"
    ),
    "de": (
        "Guten Tag,\n\n"
        "laut unserer Buchhaltung ist die folgende Rechnung noch offen:\n\n"
        "Rechnung:       {inv}\n"
        "Leistung:       {stage}\n"
        "Rechnungsdatum: {issued}\n"
        "Fällig am:      {due}\n"
        "Offener Betrag: {amount}\n\n"
        "Falls Sie bereits gezahlt haben, vielen Dank – teilen Sie uns bitte kurz Datum und Verwendungszweck mit, damit wir die Zahlung zuordnen können. Gibt es ein Problem mit der Rechnung oder mit unserer Leistung, antworten Sie einfach auf diese E-Mail.\n\n"
        "Freundliche Grüße\n\n"
        "Debitorenbuchhaltung\nBrackwater Solar GmbH\nreceivables@brackwater-solar.example"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Sauf erreur de notre part, la facture ci-dessous reste impayée à ce jour :\n\n"
        "Facture :          {inv}\n"
        "Objet :            {stage}\n"
        "Date de facture :  {issued}\n"
        "Échéance :         {due}\n"
        "Reste dû :         {amount}\n\n"
        "Si vous avez déjà procédé au règlement, merci de nous indiquer la date et la référence du paiement afin que nous puissions le rapprocher. En cas de problème avec la facture ou les travaux, il vous suffit de répondre à ce message.\n\n"
        "Cordialement,\n\n"
        "Service comptabilité clients\nBrackwater Solar SAS\nreceivables@brackwater-solar.example"
    ),
    "es": (
        "Buenos días:\n\n"
        "Según nuestros registros, la siguiente factura está pendiente de pago:\n\n"
        "Factura:           {inv}\n"
        "Concepto:          {stage}\n"
        "Fecha de factura:  {issued}\n"
        "Vencimiento:       {due}\n"
        "Importe pendiente: {amount}\n\n"
        "Si ya la han abonado, les agradecemos que nos indiquen la fecha y la referencia del pago para poder conciliarlo. Si hay algún problema con la factura o con la instalación, respondan a este correo y lo revisaremos.\n\n"
        "Un saludo,\n\n"
        "Departamento de Cobros\nBrackwater Solar, S.L.\nreceivables@brackwater-solar.example"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Volgens onze administratie staat onderstaande factuur nog open:\n\n"
        "Factuur:      {inv}\n"
        "Omschrijving: {stage}\n"
        "Factuurdatum: {issued}\n"
        "Vervaldatum:  {due}\n"
        "Openstaand:   {amount}\n\n"
        "Heeft u al betaald, dan danken wij u daarvoor. Laat u ons dan even de betaaldatum en het kenmerk weten, zodat wij de betaling kunnen koppelen. Klopt er iets niet aan de factuur of aan het werk, reageer dan gerust op deze e-mail.\n\n"
        "Met vriendelijke groet,\n\n"
        "Debiteurenadministratie\nBrackwater Solar B.V.\nreceivables@brackwater-solar.example"
    ),
    "it": (
        "Buongiorno,\n\n"
        "dalle nostre registrazioni risulta ancora aperta la seguente fattura:\n\n"
        "Fattura:        {inv}\n"
        "Descrizione:    {stage}\n"
        "Data fattura:   {issued}\n"
        "Scadenza:       {due}\n"
        "Importo dovuto: {amount}\n\n"
        "Se avete già effettuato il pagamento, vi ringraziamo e vi chiediamo di comunicarci data e riferimento del bonifico, così da poterlo abbinare. Se c'è un problema con la fattura o con i lavori, rispondete pure a questa e-mail.\n\n"
        "Cordiali saluti,\n\n"
        "Ufficio Crediti\nBrackwater Solar S.r.l.\nreceivables@brackwater-solar.example"
    ),
}
INVOICE_DATE = {
    "en": "{d} {ml} {y}",
    "de": "{dd}.{mo}.{y}",
    "fr": "{dd}/{mo}/{y}",
    "es": "{dd}/{mo}/{y}",
    "nl": "{dd}-{mo}-{y}",
    "it": "{dd}/{mo}/{y}",
}
# What a Latin-1 client does to characters it cannot send.
NBSP = "\u00a0"
LATIN1_FALLBACK = {"–": "-", "—": "-", "€": "EUR", "’": "'", "…": "...", "“": '"', "”": '"'}


# --------------------------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Reply:
    """One hand-written message answering (or reacting to) a reminder, with its labels."""

    key: str
    intent: Intent
    lang: Lang
    who: tuple[str, str]
    when: str
    style: str
    body: str
    inv: str
    amt: str
    stage: Stage = "stage"
    cur: str = ""
    zone: Zone | None = None
    extract: Extract = field(default_factory=Extract)
    refs: tuple[str, ...] = ()
    note: str | None = None
    subject: str = ""
    charset: str = "utf-8"
    cte: Cte = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    threaded: bool = True
    rdays: int = 1
    attach: tuple[str, bytes] | None = None
    cc: str = ""

    @property
    def text(self) -> str:
        """The hand-written text without the indentation it has in this file."""
        return textwrap.dedent(self.body).strip("\n")

    @property
    def tz(self) -> Zone:
        return self.zone or ("uk" if self.lang == "en" else "cet")

    @property
    def dt(self) -> datetime:
        return local_time(self.when, self.tz)

    @property
    def currency(self) -> str:
        return self.cur or ("GBP" if self.lang == "en" else "EUR")


@dataclass(frozen=True, kw_only=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt`; its notice is written in `lang`."""

    key: str
    lang: Lang
    kind: Literal["hard", "soft"]
    status: str
    rcpt: str
    when: str
    build: str
    zone: Zone = "uk"
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return local_time(self.when, self.zone)


# --------------------------------------------------------------------------------------------
# Time, dates and identifiers
# --------------------------------------------------------------------------------------------

DST_START_UTC = datetime(2027, 3, 28, 1, 0, tzinfo=UTC)
STANDARD_OFFSET = {"uk": 0, "cet": 1}


def local_time(when: str, zone: Zone) -> datetime:
    """A wall-clock time in the UK or central Europe, with the offset of that day (DST from 28 March)."""
    day, clock = when.split(" ")
    standard = timezone(timedelta(hours=STANDARD_OFFSET[zone]))
    moment = datetime.combine(date.fromisoformat(day), time.fromisoformat(clock), tzinfo=standard)
    hours = STANDARD_OFFSET[zone] + (1 if moment >= DST_START_UTC else 0)
    return moment.replace(tzinfo=timezone(timedelta(hours=hours)))


def in_zone(moment: datetime, zone: Zone) -> datetime:
    """`moment` as a clock in `zone` shows it."""
    hours = STANDARD_OFFSET[zone] + (1 if moment >= DST_START_UTC else 0)
    return moment.astimezone(timezone(timedelta(hours=hours)))


def date_fields(lang: str, moment: datetime) -> dict[str, str]:
    wd, mo = moment.weekday(), moment.month - 1
    return {
        "wl": WEEKDAYS[lang].split()[wd],
        "wa": WEEKDAYS_ABBR[lang].split()[wd],
        "ml": MONTHS[lang].split()[mo],
        "ma": MONTHS_ABBR[lang].split()[mo],
        "d": str(moment.day),
        "dd": f"{moment.day:02d}",
        "m": str(moment.month),
        "mo": f"{moment.month:02d}",
        "y": str(moment.year),
        "yy": f"{moment.year % 100:02d}",
        "H": str(moment.hour),
        "HH": f"{moment.hour:02d}",
        "mm": f"{moment.minute:02d}",
    }


def fmt(template: str, lang: str, moment: datetime, **extra: str) -> str:
    return template.format(**date_fields(lang, moment), **extra)


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{salt}|{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:n]


def reminder_msgid(key: str) -> str:
    return f"<reminder.{digest(key, 'reminder').hex()[:20]}@{AR_DOMAIN}>"


def reply_msgid(r: Reply) -> str:
    raw = digest(r.key, "reply")
    domain = r.who[1].split("@")[1]
    if r.style.startswith("gmail") or r.style in {"bottom", "inline_gmail"}:
        tail = base64.urlsafe_b64encode(raw).decode().rstrip("=")[:38]
        return f"<CAK{tail}@mail.gmail.com>"
    if r.style in OUTLOOK_FAMILY:
        return f"<{b32(r.key, 'ms', 24)}@{b32(r.key, 'host', 6)}.EURPRD08.PROD.OUTLOOK.COM>"
    if r.style in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if r.style == "samsung":
        return f"<{raw.hex()[:12]}.{raw.hex()[12:20]}@email.android.com>"
    return f"<{raw.hex()[:26]}@{domain}>"


# --------------------------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------------------------


def latin1_safe(text: str) -> str:
    for bad, good in LATIN1_FALLBACK.items():
        text = text.replace(bad, good)
    return text


def quote(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def html_lines(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    return "\n".join(f"<p>{html_lines(p)}</p>" for p in text.split("\n\n"))


def mso_paragraphs(text: str) -> str:
    out = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "&nbsp;"
        out.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(out)


def money(lang: str, currency: str, amount: str) -> str:
    """An amount as the reminder prints it in `lang`."""
    units, cents = amount.split(".")
    grouped = f"{int(units):,}"
    if lang == "en":
        return f"{'£' if currency == 'GBP' else '€'}{grouped}.{cents}"
    if lang == "fr":
        return f"{grouped.replace(',', NBSP)},{cents}{NBSP}€"
    dotted = grouped.replace(",", ".")
    if lang in {"nl", "it"}:
        return f"€ {dotted},{cents}"
    return f"{dotted},{cents} €"


# --------------------------------------------------------------------------------------------
# MIME parts and headers
# --------------------------------------------------------------------------------------------

ENCODED_CTE = {"qp": cs.QP, "b64": cs.BASE64}


def text_part(text: str, *, subtype: str, charset: str, cte: Cte) -> Message:
    """A text part in the charset and transfer encoding the client chose."""
    raw = text.encode(
        "ascii" if cte == "7bit" else charset
    )  # fails loudly when the text does not fit
    part = MIMENonMultipart("text", subtype)
    if cte in ENCODED_CTE:
        encoding = cs.Charset(charset)
        encoding.body_encoding = ENCODED_CTE[cte]
        part.set_payload(text, encoding)
        return part
    part.set_param("charset", charset)
    part.set_payload(raw.decode("ascii", "surrogateescape"))  # the bytes go out unencoded
    part["Content-Transfer-Encoding"] = cte
    return part


def header_text(value: str, charset: str, name: str = "Subject") -> str:
    """The header value as a client encodes it: RFC 2047 when it is not ASCII."""
    if value.isascii():
        return value
    enc = charset if charset != "us-ascii" else "utf-8"
    try:
        value.encode(enc)
    except UnicodeEncodeError:
        enc = "utf-8"
    return Header(value, enc, header_name=name).encode()


def address(name: str, addr: str, charset: str) -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{header_text(name, charset, 'From')} <{addr}>"


def alternative(plain: Message, markup: Message) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(markup)
    return outer


def alt_pair(text: str, markup: str, r: Reply) -> Message:
    return alternative(
        text_part(text, subtype="plain", charset=r.charset, cte=r.cte),
        text_part(markup, subtype="html", charset=r.charset, cte=r.cte),
    )


def plain(text: str, r: Reply) -> Message:
    return text_part(text, subtype="plain", charset=r.charset, cte=r.cte)


def content_headers_last(msg: Message) -> None:
    """MIME headers below the envelope headers, where clients put them."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "MIME-Version" not in msg and "Content-Type" in msg:
        msg["MIME-Version"] = "1.0"


def subparts(part: Message) -> list[Message]:
    payload = part.get_payload()
    if not part.is_multipart() or not isinstance(payload, list):
        return []
    return [p for p in payload if isinstance(p, Message)]


def strip_inner_versions(part: Message, *, top: bool) -> None:
    """Only a message's top (or a returned message's top) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    for sub in subparts(part):
        strip_inner_versions(sub, top=part.get_content_type() == "message/rfc822")


def set_boundaries(msg: Message, *, key: str, prefix: str) -> None:
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        part.set_boundary(prefix + b32(key, f"boundary{n}", 26))


def finalize(msg: Message, *, key: str, prefix: str) -> Message:
    content_headers_last(msg)
    strip_inner_versions(msg, top=True)
    set_boundaries(msg, key=key, prefix=prefix)
    return msg


# --------------------------------------------------------------------------------------------
# The reminder being answered
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Quote:
    """The reminder as the replying client shows it."""

    text: str
    subject: str
    sent: datetime
    lang: Lang
    to: str


def reminder_sent(reply_time: datetime, days_before: int, zone: Zone) -> datetime:
    """Reminders go out on a working day, shortly after 08:00 UK time."""
    day = reply_time.date() - timedelta(days=days_before)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    uk = local_time(f"{day.isoformat()} 08:{10 + day.day % 37:02d}", "uk")
    return in_zone(uk, zone)


def reminder_text(*, lang: Lang, inv: str, amount: str, stage: Stage, sent: datetime) -> str:
    issued = sent - timedelta(days=41)
    due = issued + timedelta(days=14 if stage == "service" else 30)
    return REMINDER_BODY[lang].format(
        inv=inv,
        stage=STAGE_NAMES[lang][stage],
        issued=fmt(INVOICE_DATE[lang], lang, issued),
        due=fmt(INVOICE_DATE[lang], lang, due),
        amount=amount,
    )


def reminder_subject(lang: Lang, inv: str) -> str:
    return REMINDER_SUBJECT[lang].format(inv=inv)


def make_quote(r: Reply) -> Quote:
    sent = reminder_sent(r.dt, r.rdays, r.tz)
    text = reminder_text(
        lang=r.lang,
        inv=r.inv,
        amount=money(r.lang, r.currency, r.amt),
        stage=r.stage,
        sent=sent,
    )
    subject = reminder_subject(r.lang, r.inv)
    to = r.who[1] if not r.who[0] else f"{r.who[0]} <{r.who[1]}>"
    if r.charset == "iso-8859-1":
        text, subject, to = latin1_safe(text), latin1_safe(subject), latin1_safe(to)
    return Quote(text=text, subject=subject, sent=sent, lang=r.lang, to=to)


def original_reminder(b: Bounce) -> Message:
    """The reminder as Brackwater sent it (returned inside some bounces)."""
    sent = b.dt - timedelta(minutes=4)
    inv = bounce_invoice(b)
    text = reminder_text(
        lang=b.lang,
        inv=inv,
        amount=money(b.lang, "GBP" if b.lang == "en" else "EUR", "1840.00"),
        stage="stage",
        sent=sent,
    )
    msg = text_part(text, subtype="plain", charset="utf-8", cte="qp")
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = b.rcpt
    msg["Subject"] = header_text(reminder_subject(b.lang, inv), "utf-8")
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = reminder_msgid(b.key)
    content_headers_last(msg)
    return msg


def bounce_invoice(b: Bounce) -> str:
    return f"BWS-J-{4000 + digest(b.key, 'inv')[0] * 3}/2"


def bounce_subject(b: Bounce) -> str:
    return reminder_subject(b.lang, bounce_invoice(b))


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


def outlook_block(q: Quote) -> list[str]:
    frm, sent, to, subj = OUTLOOK_FIELDS[q.lang]
    return [
        f"{frm}{AR_NAME} <{AR_ADDR}>",
        f"{sent}{fmt(OUTLOOK_SENT[q.lang], q.lang, q.sent)}",
        f"{to}{q.to}",
        f"{subj}{q.subject}",
    ]


def gmail_attr(q: Quote) -> str:
    return fmt(GMAIL_ATTR[q.lang], q.lang, q.sent, name=AR_NAME, addr=AR_ADDR)


def apple_attr(q: Quote) -> str:
    return fmt(APPLE_ATTR[q.lang], q.lang, q.sent, name=AR_NAME, addr=AR_ADDR)


def style_outlook(r: Reply, q: Quote) -> Message:
    block = "\n".join([OUTLOOK_DIVIDER[q.lang], *outlook_block(q)])
    return plain(f"{r.text}\n\n{block}\n\n{q.text}\n", r)


def word_html(r: Reply, q: Quote) -> str:
    rows = []
    for line in outlook_block(q):
        label, _, value = line.partition(": ")
        rows.append(f"<b>{html.escape(label)}:</b> {html.escape(value)}")
    head = "<br>\n".join(rows)
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!--\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}\n--></style>\n'
        f'</head>\n<body lang="{CONTENT_LANGUAGE[r.lang]}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n'
        f"{mso_paragraphs(r.text)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso_paragraphs(q.text)}\n</div>\n</body>\n</html>\n"
    )


def style_outlook_html(r: Reply, q: Quote) -> Message:
    text = "\n".join([r.text, "", *outlook_block(q), "", q.text, ""])
    return alt_pair(text, word_html(r, q), r)


def style_html_only(r: Reply, q: Quote) -> Message:
    return text_part(word_html(r, q), subtype="html", charset=r.charset, cte=r.cte)


def style_owa(r: Reply, q: Quote) -> Message:
    block = outlook_block(q)
    text = "\n".join([r.text, "", "_" * 32, *block, "", q.text, ""])
    head = "<br>\n".join(
        f"<b>{html.escape(line.partition(': ')[0])}:</b> {html.escape(line.partition(': ')[2])}"
        for line in block
    )
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}">'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>\n'
        '<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
        f"{html_lines(r.text)}</div>\n"
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{head}</font>\n<div>&nbsp;</div>\n</div>\n"
        f"<div>{html_paragraphs(q.text)}</div>\n</body>\n</html>\n"
    )
    return alt_pair(text, markup, r)


def gmail_markup(body: str, attr: str, q: Quote) -> str:
    return (
        f'<div dir="ltr">{html_lines(body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )


def style_gmail(r: Reply, q: Quote) -> Message:
    attr = gmail_attr(q)
    text = f"{r.text}\n\n{attr}\n\n{quote(q.text)}\n"
    return alt_pair(text, gmail_markup(r.text, attr, q), r)


def style_gmail_plain(r: Reply, q: Quote) -> Message:
    return plain(f"{r.text}\n\n{gmail_attr(q)}\n\n{quote(q.text)}\n", r)


def style_bottom(r: Reply, q: Quote) -> Message:
    return plain(f"{gmail_attr(q)}\n\n{quote(q.text)}\n\n{r.text}\n", r)


INLINE_MARK = re.compile(r"^\[\[Q(\d)(?:-(\d))?\]\]$", re.MULTILINE)


def inline_text(r: Reply, q: Quote) -> str:
    """Replace each [[Qn]] or [[Qn-m]] line of the hand-written text with those reminder paragraphs, quoted."""
    paragraphs = q.text.split("\n\n")

    def quoted(m: re.Match[str]) -> str:
        first = int(m.group(1))
        last = int(m.group(2) or first)
        return quote("\n\n".join(paragraphs[first : last + 1]))

    return INLINE_MARK.sub(quoted, r.text)


def style_inline_gmail(r: Reply, q: Quote) -> Message:
    return plain(f"{gmail_attr(q)}\n\n{inline_text(r, q)}\n", r)


def style_inline_thunderbird(r: Reply, q: Quote) -> Message:
    attr = fmt(THUNDERBIRD_ATTR[q.lang], q.lang, q.sent, name=AR_NAME)
    return plain(f"{attr}\n{inline_text(r, q)}\n", r)


def style_apple(r: Reply, q: Quote) -> Message:
    return plain(f"{r.text}\n\n{apple_attr(q)}\n\n{quote(q.text)}\n", r)


def style_iphone(r: Reply, q: Quote) -> Message:
    quoted = quote(f"{apple_attr(q)}\n\n{q.text}")
    return plain(f"{r.text}\n\n{IPHONE_SIG[q.lang]}\n\n{quoted}\n", r)


QUOTE_PREFIX = re.compile(r"^>+ ?")


def flowed(text: str) -> str:
    """Text as format=flowed (RFC 3676) sends it: long lines broken after a trailing space."""
    out = []
    for line in text.split("\n"):
        match = QUOTE_PREFIX.match(line)
        prefix = match.group(0) if match else ""
        chunks = textwrap.wrap(
            line[len(prefix) :],
            width=72 - len(prefix),
            break_long_words=False,
            break_on_hyphens=False,
        )
        if len(line) <= 78 or len(chunks) < 2:
            out.append(line)
            continue
        out.extend(f"{prefix}{chunk} " for chunk in chunks[:-1])
        out.append(prefix + chunks[-1])
    return "\n".join(out)


def style_thunderbird(r: Reply, q: Quote) -> Message:
    attr = fmt(THUNDERBIRD_ATTR[q.lang], q.lang, q.sent, name=AR_NAME)
    text = f"{r.text}\n\n{attr}\n{quote(q.text)}\n"
    if r.charset != "utf-8":
        return plain(text, r)
    part = plain(flowed(text), r)
    part.set_param("format", "flowed")
    return part


def style_android(r: Reply, q: Quote) -> Message:
    block = "\n".join(outlook_block(q))
    text = f"{r.text}\n\n{ANDROID_SIG[q.lang]}\n{'_' * 32}\n{block}\n\n{q.text}\n"
    return text_part(text, subtype="plain", charset=r.charset, cte="b64")


def style_samsung(r: Reply, q: Quote) -> Message:
    divider, frm, when, to, subj = SAMSUNG_FIELDS[q.lang]
    offset = q.sent.strftime("%z")
    stamp = f"{q.sent:%d/%m/%Y %H:%M} (GMT{offset[:3]}:{offset[3:]})"
    head = f"{divider}\n{frm}{AR_NAME} <{AR_ADDR}>\n{when}{stamp}\n{to}{q.to}\n{subj}{q.subject}"
    text = f"{r.text}\n\n\n\n{SAMSUNG_SIG[q.lang]}\n\n\n{head}\n\n{q.text}\n"
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head><body dir="auto">'
        f'<div dir="auto">{html_lines(r.text)}</div><div dir="auto"><br></div><div dir="auto"><br></div>'
        f'<div id="composer_signature" dir="auto"><div style="font-size:12px;color:#575757" dir="auto">{SAMSUNG_SIG[q.lang]}</div></div>'
        f'<div dir="auto"><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000"><div>{html_lines(head)}</div><br>'
        f"{html_paragraphs(q.text)}</div></body></html>\n"
    )
    return alternative(
        text_part(text, subtype="plain", charset=r.charset, cte="b64"),
        text_part(markup, subtype="html", charset=r.charset, cte="b64"),
    )


def style_notice(r: Reply, q: Quote) -> Message:
    del q  # automatic notices and payment advices quote nothing
    return plain(r.text + "\n", r)


def style_notice_html(r: Reply, q: Quote) -> Message:
    del q
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head>'
        f'<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">{html_paragraphs(r.text)}</div></body></html>\n'
    )
    return alt_pair(r.text + "\n", markup, r)


def style_raw_html(r: Reply, q: Quote) -> Message:
    """An HTML-only message whose markup is itself written by hand (a payment advice)."""
    del q
    return text_part(r.text + "\n", subtype="html", charset=r.charset, cte=r.cte)


STYLES: dict[str, Callable[[Reply, Quote], Message]] = {
    "outlook": style_outlook,
    "outlook_html": style_outlook_html,
    "html_only": style_html_only,
    "owa": style_owa,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "bottom": style_bottom,
    "inline_gmail": style_inline_gmail,
    "inline_thunderbird": style_inline_thunderbird,
    "apple": style_apple,
    "iphone": style_iphone,
    "thunderbird": style_thunderbird,
    "android": style_android,
    "samsung": style_samsung,
    "notice": style_notice,
    "notice_html": style_notice_html,
    "raw_html": style_raw_html,
}
OUTLOOK_FAMILY = {"outlook", "outlook_html", "html_only", "owa", "android"}
THUNDERBIRD_UA = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.8.0"
)
STYLE_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22D72)"),),
    "thunderbird": (("User-Agent", THUNDERBIRD_UA),),
    "inline_thunderbird": (("User-Agent", THUNDERBIRD_UA),),
}
BOUNDARY_PREFIX = {
    "gmail": "000000000000",
    "samsung": "--_com.samsung.android.email_",
    "notice_html": "----=_NextPart_",
}


def boundary_prefix(style: str) -> str:
    if style in OUTLOOK_FAMILY:
        return "_000_"
    return BOUNDARY_PREFIX.get(style, "------------")


def reply_subject(r: Reply, q: Quote) -> str:
    if r.subject:
        return r.subject.format(rsub=q.subject)
    prefix = OUTLOOK_RE[q.lang] if r.style in OUTLOOK_FAMILY else "Re: "
    return prefix + q.subject


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    index = base64.b64encode(digest(r.key, "thread")[:22]).decode()
    return [
        ("Thread-Topic", header_text(q.subject, r.charset, "Thread-Topic")),
        ("Thread-Index", index),
        ("Content-Language", CONTENT_LANGUAGE[r.lang]),
        ("X-MS-Has-Attach", "yes" if r.attach else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def with_attachment(r: Reply, body: Message) -> Message:
    if r.attach is None:
        return body
    name, data = r.attach
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    pdf = MIMEApplication(data, "pdf")
    pdf.add_header("Content-Disposition", "attachment", filename=name)
    outer.attach(pdf)
    return outer


def build_reply(r: Reply) -> Message:
    q = make_quote(r)
    msg = with_attachment(r, STYLES[r.style](r, q))
    msg["From"] = address(*r.who, r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    if r.cc:
        msg["Cc"] = r.cc
    msg["Subject"] = header_text(reply_subject(r, q), r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r)
    if r.threaded:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    extra = outlook_headers(r, q) if r.style in OUTLOOK_FAMILY else []
    for name, value in [*extra, *STYLE_HEADERS.get(r.style, ()), *r.headers]:
        msg[name] = value
    return finalize(msg, key=r.key, prefix=boundary_prefix(r.style))


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "All")
PROOF_PDF = (
    b"%PDF-1.5\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)

PAYMENT_SENT = [
    Reply(
        key="ps-en-1",
        intent="payment_sent",
        lang="en",
        who=("Gareth Lloyd", "gareth.lloyd58@gmail.com"),
        when="2027-03-09 07:52",
        style="iphone",
        inv="BWS-J-4102/3",
        amt="2860.00",
        stage="completion",
        body="""
            Paid.
        """,
        note="one word from a phone; no date, amount or reference",
    ),
    Reply(
        key="ps-en-2",
        intent="payment_sent",
        lang="en",
        who=("Fenwick Community Energy Co-operative Ltd", "messaging-service@post.xero.example"),
        when="2027-03-12 16:05",
        style="raw_html",
        threaded=False,
        subject="Remittance advice from Fenwick Community Energy Co-operative Ltd",
        headers=(AUTO_GENERATED, ("X-Mailer", "Xero")),
        inv="BWS-J-3877/2",
        amt="6415.20",
        body="""
            <!DOCTYPE html>
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Remittance advice</title></head>
            <body style="margin:0;padding:0;background:#f4f5f7;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#2b2b2b">
            <table role="presentation" width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
            <tr><td style="padding:28px 32px 8px 32px"><h1 style="font-size:22px;margin:0">Remittance advice</h1>
            <p>Fenwick Community Energy Co-operative Ltd has made a payment to Brackwater Solar Ltd.</p></td></tr>
            <tr><td style="padding:0 32px">
            <table role="presentation" width="100%" cellpadding="6" cellspacing="0" style="border-top:1px solid #dfe3e8">
            <tr><td style="color:#6b7280">Payment date</td><td>12 Mar 2027</td></tr>
            <tr><td style="color:#6b7280">Payment reference</td><td>FCE-PR-0312-04</td></tr>
            <tr><td style="color:#6b7280">Amount paid</td><td><strong>GBP 6,415.20</strong></td></tr>
            </table>
            <table role="presentation" width="100%" cellpadding="6" cellspacing="0" style="margin-top:18px;border-top:1px solid #dfe3e8">
            <tr><th align="left">Invoice number</th><th align="left">Invoice date</th><th align="right">Amount paid</th></tr>
            <tr><td>BWS-J-3877/2</td><td>29 Jan 2027</td><td align="right">6,415.20</td></tr>
            <tr><td colspan="2"><strong>Total</strong></td><td align="right"><strong>6,415.20</strong></td></tr>
            </table></td></tr>
            <tr><td style="padding:24px 32px;font-size:12px;color:#6b7280">Depending on your bank, funds usually arrive within 1–2 working days. Questions about this payment? Contact Fenwick Community Energy Co-operative Ltd at treasurer@fenwick-energy.example.<br><br>This remittance advice was sent using Xero on behalf of Fenwick Community Energy Co-operative Ltd. Please don’t reply to this email.</td></tr>
            </table>
            </body></html>
        """,
        extract=Extract(
            paid_date="2027-03-12",
            payment_reference="FCE-PR-0312-04",
            amount="6415.20",
            currency="GBP",
        ),
        refs=("BWS-J-3877/2",),
        note="Xero remittance advice, HTML only, Auto-Submitted: auto-generated, not a reply; the treasurer's address in the footer is not a new contact",
    ),
    Reply(
        key="ps-en-3",
        intent="payment_sent",
        lang="en",
        who=("Huw Pritchard", "huw@pantglasfarm.example"),
        when="2027-03-11 21:37",
        style="outlook",
        inv="BWS-J-4066/3",
        amt="11240.00",
        stage="completion",
        body="""
            Evening,

            Sorry I've not got back to you sooner, we're in the thick of lambing and I've hardly been in the house this last fortnight, the wife says I smell like the shed. Your lads did a tidy job on the big shed roof by the way, the neighbours have been round twice to have a look and I think Dafydd at Tŷ Gwyn will be ringing you about doing his.

            Anyway about the bill. I rang your office Tuesday dinner time and paid it over the phone on the farm debit card, the girl (Chloe I think?) took it and gave me a number, 77104, I wrote it on the back of a feed invoice. So it should be with you already, maybe it just hasn't come through your system yet.

            While I've got you, the app has the battery at 100% all afternoon but the house still pulls from the grid after about 6, is that right or has it been set up wrong? No rush, whenever somebody's passing.

            Cheers
            Huw

            Pant-glas Farm
            Llangadog
        """,
        extract=Extract(paid_date="2027-03-09", payment_reference="77104"),
        note="long rambling reply that buries the point: paid by card over the phone on Tuesday (9 March; message Thu 11 March), 77104 is the reference; the battery question is secondary",
    ),
    Reply(
        key="ps-de-1",
        intent="payment_sent",
        lang="de",
        who=(
            "Kanzlei Roth & Partner – Zahlungsverkehr",
            "zahlungsverkehr@kanzlei-roth-partner.example",
        ),
        when="2027-03-17 18:42",
        style="notice",
        threaded=False,
        charset="windows-1252",
        subject="Zahlungsavis – Bäckerei Kranz GmbH & Co. KG – Zahllauf vom 17.03.2027",
        headers=(AUTO_GENERATED, ("X-Mailer", "DATEV Zahlungsverkehr")),
        inv="BWS-J-4230/2",
        amt="4212.50",
        body="""
            Zahlungsavis

            Sehr geehrte Damen und Herren,

            im Auftrag unserer Mandantin, der Bäckerei Kranz GmbH & Co. KG, Mühlweg 3, 97070 Würzburg, haben wir mit dem heutigen Zahllauf folgende Überweisung an Sie ausgeführt:

            Empfänger:          Brackwater Solar GmbH
            Ausführungsdatum:   17.03.2027
            Betrag:             4.212,50 EUR
            Zahlungsreferenz:   ZL-2027-0317-0042
            Verwendungszweck:   RE BWS-J-4230/2 Abschlag PV-Anlage Backstube

            Je nach Bank kann die Gutschrift ein bis zwei Bankarbeitstage dauern.

            Diese Nachricht wurde automatisch aus DATEV Zahlungsverkehr erstellt. Antworten an diese Adresse werden nicht gelesen. Bei Rückfragen wenden Sie sich bitte an Ihre Ansprechpartnerin in der Kanzlei, Frau Sabine Jung, Tel. 0931 555 0417.

            Kanzlei Roth & Partner mbB
            Steuerberatungsgesellschaft
        """,
        extract=Extract(
            paid_date="2027-03-17",
            payment_reference="ZL-2027-0317-0042",
            amount="4212.50",
            currency="EUR",
        ),
        refs=("BWS-J-4230/2",),
        note="DATEV payment advice from the tax adviser's office (Auto-Submitted: auto-generated, windows-1252); 'Antworten werden nicht gelesen' does not make it a wrong_contact notice",
    ),
    Reply(
        key="ps-de-2",
        intent="payment_sent",
        lang="de",
        who=("Jonas Weber", "jo.weber@familie-weber.example"),
        when="2027-03-23 19:05",
        style="gmail",
        inv="BWS-J-4388/3",
        amt="7930.00",
        stage="completion",
        body="""
            Hallo,

            hab's gestern überwiesen, als Verwendungszweck steht die Rechnungsnummer 4388/3 drin. Müsste also morgen oder übermorgen bei Ihnen sein.

            Gruß
            Jonas Weber
        """,
        extract=Extract(paid_date="2027-03-22"),
        refs=("BWS-J-4388/3",),
        note="'gestern' from Tue 23 March; '4388/3' is a short form of BWS-J-4388/3; 'morgen oder übermorgen' is when it arrives, not a promise",
    ),
    Reply(
        key="ps-fr-1",
        intent="payment_sent",
        lang="fr",
        who=("Mathieu Garnier", "mathieu.garnier44@gmail.com"),
        when="2027-03-16 12:48",
        style="android",
        inv="BWS-J-4157/3",
        amt="3480.00",
        stage="completion",
        body="""
            Bonjour
            cest fait, virement parti ce matin. desole pour le retard jetais en deplacement toute la semaine derniere
            Mathieu
        """,
        extract=Extract(paid_date="2027-03-16"),
        note="no accents or apostrophes; 'ce matin' is the message date",
    ),
    Reply(
        key="ps-fr-2",
        intent="payment_sent",
        lang="fr",
        who=("Bernadette Loiseau", "tresorerie@paroisse-saintmartin-vallet.example"),
        when="2027-03-25 10:12",
        style="thunderbird",
        charset="iso-8859-1",
        inv="BWS-J-3990/3",
        amt="1850.00",
        stage="completion",
        body="""
            Bonjour,

            Je vous informe que le chèque n° 0004127 d'un montant de 1 850,00 euros, à l'ordre de Brackwater Solar, a été posté lundi en règlement de la facture BWS-J-3990/3.

            Le conseil pour les affaires économiques de la paroisse devait d'abord valider la dépense lors de sa réunion du 18 mars, d'où ce léger retard. Nous vous prions de nous en excuser.

            Bien cordialement,

            Bernadette Loiseau
            Trésorière bénévole
            Paroisse Saint-Martin de Vallet
        """,
        extract=Extract(
            paid_date="2027-03-22",
            payment_reference="0004127",
            amount="1850.00",
            currency="EUR",
        ),
        refs=("BWS-J-3990/3",),
        note="cheque posted on Monday 22 March (message Thu 25 March): payment_sent; the cheque number is the reference; ISO-8859-1",
    ),
    Reply(
        key="ps-es-1",
        intent="payment_sent",
        lang="es",
        who=("Lucía Ferrer", "luciaferrer.casa@gmail.com"),
        when="2027-03-15 13:26",
        style="iphone",
        inv="BWS-J-4212/1",
        amt="2940.00",
        stage="deposit",
        attach=("justificante_transferencia.pdf", PROOF_PDF),
        body="""
            Hola, ya está pagado. La transferencia la hice el viernes desde la app del banco, os adjunto el justificante.

            Un saludo,
            Lucía
        """,
        extract=Extract(paid_date="2027-03-12"),
        note="transfer made on Friday 12 March (message Mon 15 March); proof attached as a PDF",
    ),
    Reply(
        key="ps-es-2",
        intent="payment_sent",
        lang="es",
        who=(
            "Administración Cooperativa San Isidro",
            "administracion@coop-sanisidro-tomelloso.example",
        ),
        when="2027-03-19 11:03",
        style="outlook_html",
        inv="BWS-J-4051/1",
        amt="2180.00",
        stage="deposit",
        body="""
            Buenos días:

            Les informamos de que hoy hemos ordenado la transferencia de 2.180,00 € correspondiente a la factura BWS-J-4051/1 (anticipo de la instalación fotovoltaica de la bodega). La referencia de la operación es 2027031900218.

            El retraso se debe a que el Consejo Rector no aprobó el pago hasta su reunión del miércoles. Disculpen las molestias.

            Atentamente,

            Rosario Díaz
            Administración
            Cooperativa Agrícola San Isidro de Tomelloso
            Tel. 926 55 53 10

            AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. Si no es usted el destinatario indicado, le rogamos que lo comunique al remitente y proceda a su eliminación. En cumplimiento del RGPD, le informamos de que sus datos forman parte de un tratamiento responsabilidad de la Cooperativa con la finalidad de gestionar la relación comercial.
        """,
        extract=Extract(
            paid_date="2027-03-19",
            payment_reference="2027031900218",
            amount="2180.00",
            currency="EUR",
        ),
        refs=("BWS-J-4051/1",),
        note="transfer ordered at the bank today: sent, out of the customer's hands; legal disclaimer",
    ),
    Reply(
        key="ps-nl-1",
        intent="payment_sent",
        lang="nl",
        who=("Sanne Bakker", "sanne.bakker@bakker-thuis.example"),
        when="2027-03-15 20:14",
        style="bottom",
        inv="BWS-J-4417/2",
        amt="1245.00",
        body="""
            Dat is toch allang betaald? Op 26 februari overgemaakt, tegelijk met de aanbetaling voor de warmtepomp. Uit mijn internetbankieren:

            26-02-2027   Brackwater Solar B.V.   -1.245,00   omschrijving: factuur 4417/2

            Graag even checken aan jullie kant.

            Sanne
        """,
        extract=Extract(paid_date="2027-02-26", amount="1245.00", currency="EUR"),
        refs=("BWS-J-4417/2",),
        note="rhetorical question followed by a dated claim: payment_sent; bottom-posted under the quote",
    ),
    Reply(
        key="ps-nl-2",
        intent="payment_sent",
        lang="nl",
        who=("Penningmeester VvE De Kade", "penningmeester@vve-dekade-zwolle.example"),
        when="2027-03-31 16:20",
        style="outlook",
        inv="BWS-J-4320/3",
        amt="3960.00",
        stage="completion",
        body="""
            Geachte heer/mevrouw,

            De betaling van € 3.960,00 voor factuur BWS-J-4320/3 is vandaag met onze wekelijkse betaalrun verstuurd, transactiereferentie NL27-0331-118. De vertraging kwam doordat de factuur eerst door twee bestuursleden moest worden goedgekeurd.

            Met vriendelijke groet,

            Karel Smit
            Penningmeester VvE De Kade
        """,
        extract=Extract(
            paid_date="2027-03-31",
            payment_reference="NL27-0331-118",
            amount="3960.00",
            currency="EUR",
        ),
        refs=("BWS-J-4320/3",),
        note="summer time (+0200) from 28 March",
    ),
    Reply(
        key="ps-it-1",
        intent="payment_sent",
        lang="it",
        who=("Elisa Conti", "amministrazione@lattoneria-contifratelli.example"),
        when="2027-03-18 15:47",
        style="outlook_html",
        inv="BWS-J-4271/2",
        amt="2730.00",
        body="""
            Buongiorno,

            vi comunichiamo che il bonifico relativo alla fattura BWS-J-4271/2 è stato disposto ieri. CRO 0512700317224411, importo € 2.730,00.

            Cordiali saluti

            Elisa Conti
            Ufficio Amministrazione
            Conti F.lli Lattoneria S.n.c.

            Le informazioni contenute in questa e-mail sono riservate e destinate esclusivamente al destinatario. Se avete ricevuto questo messaggio per errore, vi preghiamo di avvisarci e di cancellarlo.
        """,
        extract=Extract(
            paid_date="2027-03-17",
            payment_reference="0512700317224411",
            amount="2730.00",
            currency="EUR",
        ),
        refs=("BWS-J-4271/2",),
        note="'ieri' from Thu 18 March",
    ),
]

PROMISE_TO_PAY = [
    Reply(
        key="pp-en-1",
        intent="promise_to_pay",
        lang="en",
        who=("Mark Dunmore", "mark.dunmore@dunmorehome.example"),
        when="2027-03-10 22:08",
        style="iphone",
        subject="Out of office - back Monday",
        inv="BWS-J-4290/2",
        amt="3150.00",
        body="""
            Hi, sorry, I'm away with work and only just seen this on my phone. I'll transfer it when I'm back on Monday – don't have the card reader for the business account with me.

            Mark
        """,
        extract=Extract(promised_date="2027-03-15"),
        note="written by a person: the 'out of office' subject he typed does not make it an auto-reply; Monday after Wed 10 March",
    ),
    Reply(
        key="pp-en-2",
        intent="promise_to_pay",
        lang="en",
        who=("Ian Ridley", "ridleys.lowfold@gmail.com"),
        when="2027-03-15 06:31",
        style="gmail_plain",
        inv="BWS-J-4133/3",
        amt="8460.00",
        stage="completion",
        body="""
            Morning. Will pay Thursday week when the milk cheque comes in. Sorry its late, been a poor month.

            Ian Ridley
            Low Fold Farm
        """,
        extract=Extract(promised_date="2027-03-25"),
        note="'Thursday week' from Monday 15 March is Thursday 25 March, not the 18th; the milk cheque is the reason, the date is given",
    ),
    Reply(
        key="pp-en-3",
        intent="promise_to_pay",
        lang="en",
        who=("Joy Okafor", "bursar@st-aidans-primary.example"),
        when="2027-03-23 14:40",
        style="outlook_html",
        inv="BWS-J-4178/3",
        amt="4980.00",
        stage="completion",
        body="""
            Dear Brackwater Solar,

            Thank you for your reminder. I can confirm that this invoice was approved by the Finance Committee last night and has been added to Friday's BACS run, so you should see the £4,980.00 in your account early next week.

            Apologies for the delay – invoices over £2,500 need committee sign-off and the February meeting was cancelled.

            Kind regards,

            Joy Okafor
            School Business Manager / Bursar
            St Aidan's C of E Primary School
            Tel: 01632 960772

            This email and any attachments are confidential and intended solely for the addressee. If you have received this email in error please notify the sender and delete it. Any views expressed are those of the author and do not necessarily represent those of the school or the Diocese. Please consider the environment before printing this email.
        """,
        extract=Extract(promised_date="2027-03-26", amount="4980.00", currency="GBP"),
        note="past tense ('approved', 'has been added') describes a payment that goes out in Friday's run: promise for Friday 26 March; 'early next week' is when it arrives",
    ),
    Reply(
        key="pp-de-1",
        intent="promise_to_pay",
        lang="de",
        who=("Schreinerei Holzmann – Buchhaltung", "buchhaltung@schreinerei-holzmann.example"),
        when="2027-03-18 10:15",
        style="outlook",
        charset="iso-8859-1",
        inv="BWS-J-4244/3",
        amt="9120.00",
        stage="completion",
        body="""
            Sehr geehrte Damen und Herren,

            Ihre Rechnung liegt uns vor und ist freigegeben. Die Zahlung erfolgt mit unserem Zahllauf in KW 13.

            Mit freundlichen Grüßen

            Andrea Holzmann
            Schreinerei Holzmann GmbH
            Am Sägewerk 7 · 83714 Miesbach
        """,
        extract=Extract(promised_date="2027-03-29"),
        note="'KW 13' is the ISO week of 29 March – 4 April; like 'next week', a week is labelled with its Monday; ISO-8859-1",
    ),
    Reply(
        key="pp-de-2",
        intent="promise_to_pay",
        lang="de",
        who=("Katrin Vogel", "katrin.vogel@vogel-sh.example"),
        when="2027-03-08 17:55",
        style="gmail",
        inv="BWS-J-4105/3",
        amt="12640.00",
        stage="completion",
        body="""
            Hallo zusammen,

            die Schlussrechnung für die Wärmepumpe habe ich nicht vergessen. Wir warten noch auf die Auszahlung des Zuschusses von der KfW, der Verwendungsnachweis ist seit Januar eingereicht. Sobald das Geld da ist, überweise ich – spätestens aber Ende März, notfalls strecken wir es vor.

            Viele Grüße
            Katrin Vogel
        """,
        extract=Extract(promised_date="2027-03-31"),
        note="a condition ('sobald das Geld da ist') with a deadline ('spätestens Ende März'): the deadline is the date",
    ),
    Reply(
        key="pp-fr-1",
        intent="promise_to_pay",
        lang="fr",
        who=("Gérard Lemoine", "gerard.lemoine@lemoine-famille.example"),
        when="2027-03-25 09:40",
        style="apple",
        inv="BWS-J-4371/3",
        amt="2115.00",
        stage="completion",
        body="""
            Bonjour,

            Je n'ai pas oublié votre facture. Je vous fais le virement début avril, dès que ma pension sera tombée.

            Bien à vous,
            Gérard Lemoine
        """,
        note="'début avril' is a span, not a day, so the date stays null (like 'in January' in holdout2)",
    ),
    Reply(
        key="pp-fr-2",
        intent="promise_to_pay",
        lang="fr",
        who=("Sophie Marchal", "s.marchal@gite-les-tilleuls.example"),
        when="2027-03-12 18:22",
        style="gmail",
        inv="BWS-J-4255/3",
        amt="6890.00",
        stage="completion",
        body="""
            Bonjour,

            Comme convenu avec votre technicien lors de la pose, nous réglerons le solde dès réception de l'attestation Consuel. Le contrôleur doit passer mardi prochain ; dès que nous avons le document visé, le virement part.

            Cordialement,
            Sophie Marchal
            Gîte Les Tilleuls
        """,
        note="payment promised after the inspection sign-off (Consuel certificate), as agreed, not as a grievance; the inspection day is not a payment date, so null",
    ),
    Reply(
        key="pp-es-1",
        intent="promise_to_pay",
        lang="es",
        who=("Raúl Montero", "raul.montero.r@gmail.com"),
        when="2027-03-17 21:10",
        style="samsung",
        inv="BWS-J-4402/2",
        amt="1760.00",
        body="""
            Perdona, se me pasó. Te lo pago el lunes sin falta.
            Raúl
        """,
        extract=Extract(promised_date="2027-03-22"),
        note="Monday after Wed 17 March",
    ),
    Reply(
        key="pp-es-2",
        intent="promise_to_pay",
        lang="es",
        who=("Tesorería Coop. Viviendas El Olivar", "tesoreria@coopviviendas-elolivar.example"),
        when="2027-03-30 12:30",
        style="outlook",
        inv="BWS-J-4188/3",
        amt="18450.00",
        stage="completion",
        body="""
            Buenos días:

            Como ya comentamos con vuestro comercial, la factura final se pagará en cuanto la Junta nos ingrese la ayuda al autoconsumo. La resolución es favorable, pero todavía no tenemos fecha de abono. En cuanto entre el dinero en la cuenta de la cooperativa, os hacemos la transferencia.

            Un saludo,

            Miguel Ángel Sanz
            Tesorero
            Cooperativa de Viviendas El Olivar
        """,
        note="promise tied to the grant being paid, which has no date: promised_date null",
    ),
    Reply(
        key="pp-nl-1",
        intent="promise_to_pay",
        lang="nl",
        who=("Ilse Mulder", "crediteuren@groenewoud-hoveniers.example"),
        when="2027-03-16 11:05",
        style="outlook_html",
        inv="BWS-J-4360/2",
        amt="5275.00",
        body="""
            Goedemorgen,

            Uw factuur is vandaag door de directie goedgekeurd. Wij betalen binnen 14 dagen, conform onze standaard betaaltermijn na goedkeuring.

            Met vriendelijke groet,

            Ilse Mulder
            Crediteurenadministratie
            Hoveniersbedrijf Groenewoud B.V.
        """,
        extract=Extract(promised_date="2027-03-30"),
        note="'binnen 14 dagen' from Tue 16 March: by 30 March",
    ),
    Reply(
        key="pp-it-1",
        intent="promise_to_pay",
        lang="it",
        who=("Marco Bellini", "m.bellini@agriturismo-ilpoggio.example"),
        when="2027-03-12 08:50",
        style="outlook",
        inv="BWS-J-4198/3",
        amt="9870.00",
        stage="completion",
        body="""
            Buongiorno,

            scusate il ritardo, stiamo chiudendo il bilancio. Pagheremo entro fine mese.

            Saluti
            Marco Bellini
            Agriturismo Il Poggio
        """,
        extract=Extract(promised_date="2027-03-31"),
        note="'entro fine mese' from 12 March: 31 March",
    ),
    Reply(
        key="pp-it-2",
        intent="promise_to_pay",
        lang="it",
        who=("Chiara Rinaldi", "chiara.rinaldi77@gmail.com"),
        when="2027-03-19 19:12",
        style="gmail",
        inv="BWS-J-4415/2",
        amt="3150.00",
        body="""
            Buonasera,

            il bonifico l'ho già programmato dall'home banking con data di esecuzione 24 marzo, importo 3.150,00 €. Mi scuso per il ritardo.

            Chiara Rinaldi
        """,
        extract=Extract(promised_date="2027-03-24", amount="3150.00", currency="EUR"),
        note="'l'ho già programmato' is past tense, but the transfer runs on 24 March: a promise",
    ),
]

DISPUTE = [
    Reply(
        key="di-en-1",
        intent="dispute",
        lang="en",
        who=("Rachel Kerr", "rachel.kerr@kerrfamily.example"),
        when="2027-03-10 19:44",
        style="gmail",
        inv="BWS-J-4227/3",
        amt="4620.00",
        stage="completion",
        body="""
            Hi,

            We have NOT paid this, and we won't be paying it until the battery is actually installed. Your engineer left it in a box in our garage on 2 February, said someone would be back "next week" to wire it in, and we've heard nothing since despite three phone calls.

            The panels are working, but the completion invoice is for the whole system including the battery. Please get someone out to finish the job.

            Rachel Kerr
        """,
        note="negated payment with the reason: the work is not finished",
    ),
    Reply(
        key="di-en-2",
        intent="dispute",
        lang="en",
        who=("Parish Office, St Michael's", "office@stmichaels-hartley.example"),
        when="2027-03-17 11:20",
        style="outlook_html",
        inv="BWS-J-4019/3",
        amt="9840.00",
        stage="completion",
        body="""
            Good morning,

            The churchwardens have asked me to query invoice BWS-J-4019/3. It charges for 16 panels, but only 14 were fitted on the south aisle roof – the other two were dropped after the bat survey, as agreed with Alan in his email of 3 February.

            Could you please issue a credit note for the two panels? We will pay the balance as soon as we receive it.

            With thanks,

            Margaret Ellis
            Parish Administrator
            St Michael and All Angels, Hartley
            Office hours: Tue, Wed & Thu 9.30–12.30

            Registered Charity No. 1139482. This email is confidential and may be legally privileged. If you are not the intended recipient please notify the sender and delete it.
        """,
        refs=("BWS-J-4019/3",),
        note="quantity dispute; the balance is promised only after a credit note",
    ),
    Reply(
        key="di-en-3",
        intent="dispute",
        lang="en",
        who=("Priya Nair", "accounts@greenlane-vets.example"),
        when="2027-03-24 16:05",
        style="inline_thunderbird",
        inv="BWS-J-3954/3",
        amt="385.00",
        stage="service",
        body="""
            [[Q1-2]]

            This is a duplicate. 3954/3 is the same maintenance visit (10 February, both heat pumps) that you already invoiced as 3954/2 – same date, same amount. We paid 3954/2 by BACS on 19 February.

            [[Q3]]

            Please cancel 3954/3 and confirm.

            Priya Nair
            Practice Manager, Greenlane Veterinary Centre
        """,
        refs=("BWS-J-3954/3", "BWS-J-3954/2"),
        note="inline reply; duplicate billing: the payment mentioned is of the earlier invoice, not of this one",
    ),
    Reply(
        key="di-de-1",
        intent="dispute",
        lang="de",
        who=("Thomas Reiter", "t.reiter@reiter-metallbau.example"),
        when="2027-03-11 08:35",
        style="outlook_html",
        inv="BWS-J-4301/3",
        amt="10420.00",
        stage="completion",
        body="""
            Guten Morgen,

            laut Ihrem Angebot Nr. A-2291 vom 12.11.2026 war für die PV-Anlage auf unserer Werkhalle ein Pauschalpreis von 9.850,00 € netto vereinbart. Ihre Schlussrechnung BWS-J-4301/3 weist dagegen 10.420,00 € aus, ohne dass uns Mehrleistungen angekündigt oder von uns beauftragt worden wären.

            Den Differenzbetrag von 570,00 € erkennen wir nicht an. Den unstrittigen Teil überweisen wir bis Ende der Woche. Bitte schicken Sie uns eine korrigierte Rechnung oder eine Gutschrift über die Differenz.

            Mit freundlichen Grüßen

            Thomas Reiter
            Geschäftsführer

            Reiter Metallbau GmbH & Co. KG
            Industriestraße 22, 73430 Aalen
            Registergericht Ulm HRA 720184 | Komplementärin: Reiter Verwaltungs-GmbH
        """,
        refs=("BWS-J-4301/3",),
        note="price dispute with part payment promised for the undisputed amount: dispute wins for the disputed part",
    ),
    Reply(
        key="di-de-2",
        intent="dispute",
        lang="de",
        who=("Stefan Krüger", "stefan.krueger@krueger-online.example"),
        when="2027-03-26 20:50",
        style="outlook",
        charset="windows-1252",
        rdays=3,
        inv="BWS-J-4147/3",
        amt="14300.00",
        stage="completion",
        body="""
            Hallo,

            Sie schicken mir jetzt schon die zweite Mahnung für eine Schlussrechnung, obwohl die Wärmepumpe bis heute nicht in Betrieb genommen wurde!! Ihr Monteur hat im Februar alles angeschlosen und ist dann verschwunden, die Inbetriebnahme durch den Hersteller-Service sollte „in den nächsten Tagen“ kommen. Seitdem heizen wir mit dem Heizstab und die Stromrechnung ist entsprechend.

            Bevor die Anlage nicht ordnungsgemäß läuft und ich das Inbetriebnahmeprotokoll habe, zahle ich keinen Cent von der Schlussrechnung. Das können Sie sich gerne so notieren.

            S. Krüger
        """,
        note="won't pay until the heat pump is commissioned: dispute; irritation and a typo; windows-1252",
    ),
    Reply(
        key="di-fr-1",
        intent="dispute",
        lang="fr",
        who=("Boulangerie Perrin", "contact@boulangerie-perrin.example"),
        when="2027-03-09 14:02",
        style="outlook",
        inv="BWS-J-4082/2",
        amt="1460.00",
        body="""
            Bonjour,

            Cette facture a été annulée par l'avoir AV-2027-014 que vous nous avez adressé le 19 février, suite à la modification du chantier (nous avons renoncé au deuxième onduleur). Elle ne devrait donc plus figurer dans vos relances.

            Merci de mettre notre compte à jour.

            Cordialement,
            Nathalie Perrin
            Boulangerie Perrin – 12 rue des Halles, 49300 Cholet
        """,
        note="already credited by a credit note: dispute",
    ),
    Reply(
        key="di-fr-2",
        intent="dispute",
        lang="fr",
        who=("GAEC du Bois Joli", "gaecboisjoli@gmail.com"),
        when="2027-03-22 07:15",
        style="android",
        inv="BWS-J-4310/2",
        amt="7340.00",
        body="""
            Bonjour

            Je vous rappelle que l'onduleur livre le 15 fevrier etait abime (carton enfonce, ecran fendu), votre technicien l'a constaté sur place et devait le faire remplacer. On attend toujours. En attendant la moitie des panneaux du batiment des vaches ne produit rien.

            Pas de paiement tant que l'onduleur n'est pas remplace.

            Pierre Guérin
            GAEC du Bois Joli
        """,
        note="damaged equipment, payment withheld until it is replaced; accents mostly missing",
    ),
    Reply(
        key="di-es-1",
        intent="dispute",
        lang="es",
        who=("Talleres Ruiz – Administración", "administracion@talleresruiz.example"),
        when="2027-03-29 10:18",
        style="outlook_html",
        inv="BWS-J-4425/2",
        amt="3890.00",
        body="""
            Buenos días:

            Esta factura no corresponde a ningún pedido nuestro. Nuestro pedido para la instalación de la nave es el PO-2026-0877, y está facturado en la BWS-J-4011/3, que pagamos en enero.

            La BWS-J-4425/2 no lleva número de pedido y no reconocemos el concepto. Por favor, revisadla y anuladla si es un error.

            Saludos,

            Inmaculada Ruiz
            Talleres Ruiz e Hijos, S.L.
        """,
        refs=("BWS-J-4011/3", "BWS-J-4425/2"),
        note="not our PO; the payment mentioned is of another invoice",
    ),
    Reply(
        key="di-nl-1",
        intent="dispute",
        lang="nl",
        who=("Wim Jansen", "wim.jansen@jansen-thuis.example"),
        when="2027-03-13 10:47",
        style="iphone",
        inv="BWS-J-3921/5",
        amt="165.00",
        stage="service",
        body="""
            Het onderhoudsbezoek van 4 maart waar deze factuur over gaat heeft nooit plaatsgevonden. Er is niemand geweest, we hebben die hele ochtend thuis zitten wachten en er is ook niet afgebeld.

            Ik betaal dus niet voor iets wat niet gedaan is. Plan maar een nieuwe afspraak.

            Wim Jansen
        """,
        note="service not done",
    ),
    Reply(
        key="di-nl-2",
        intent="dispute",
        lang="nl",
        who=("Wooncoöperatie De Groene Hof", "financien@degroenehof-coop.example"),
        when="2027-04-01 15:30",
        style="outlook",
        inv="BWS-J-4204/3",
        amt="3640.00",
        stage="completion",
        body="""
            Beste medewerker debiteuren,

            In uw eindafrekening wordt ons het volledige bedrag in rekening gebracht, terwijl het subsidiedeel van € 2.500,00 volgens de gemeente op 10 maart rechtstreeks aan u is uitbetaald. Dat deel betalen wij dus niet nog een keer.

            Het restant van € 1.140,00 maken wij over zodra wij een gecorrigeerde factuur hebben ontvangen.

            Met vriendelijke groet,

            Femke de Wit
            Penningmeester
            Wooncoöperatie De Groene Hof
        """,
        note="the grant body already paid part directly to Brackwater: dispute over that part; the rest is conditional and undated",
    ),
    Reply(
        key="di-it-1",
        intent="dispute",
        lang="it",
        who=("Luca Ferraris", "luca.ferraris@studioferraris-arch.example"),
        when="2027-03-15 12:05",
        style="apple",
        inv="BWS-J-4280/3",
        amt="8690.00",
        stage="completion",
        body="""
            Buongiorno,

            il preventivo che ho firmato a novembre prevedeva 7.900 € IVA inclusa per impianto e accumulo. Con la fattura a saldo il totale arriva a 8.690 €: la differenza di 790 € non mi è mai stata comunicata né l'ho approvata.

            Vi chiedo di emettere una nota di credito per la differenza. Nel frattempo la fattura resta sospesa.

            Cordiali saluti
            Luca Ferraris
        """,
        note="price above the signed quote",
    ),
    Reply(
        key="di-it-2",
        intent="dispute",
        lang="it",
        who=("Giovanna Esposito", "giovanna.esposito61@gmail.com"),
        when="2027-03-30 09:12",
        style="gmail",
        inv="BWS-J-4336/3",
        amt="6050.00",
        stage="completion",
        body="""
            Buongiorno,

            mi arriva pure il sollecito adesso?? Durante il montaggio i vostri operai hanno rotto diverse tegole e da due settimane quando piove ci entra l'acqua in mansarda. Ho mandato le foto al vostro tecnico il 12 marzo e nessuno si è fatto vivo.

            Finché non venite a sistemare il tetto non vi pago niente.

            Giovanna Esposito
        """,
        note="damage caused during installation; irritation",
    ),
]

PAYMENT_PLAN = [
    Reply(
        key="pl-en-1",
        intent="payment_plan",
        lang="en",
        who=("Dean Whitfield", "deanwhitfield83@gmail.com"),
        when="2027-03-09 20:33",
        style="gmail",
        inv="BWS-J-4163/3",
        amt="3985.00",
        stage="completion",
        body="""
            Hi,

            I'm really sorry about this. I was made redundant at the end of January and things have been tight since. I'm not trying to get out of paying, the system's great.

            Would it be OK if I paid £200 a month until it's cleared? I could start on the 1st of April and set up a standing order so you don't have to chase me.

            Thanks,
            Dean Whitfield
        """,
        note="hardship and monthly instalments; the plan's start date is not a promised date",
    ),
    Reply(
        key="pl-en-2",
        intent="payment_plan",
        lang="en",
        who=("Sarah Metcalfe", "sarah@metcalfe-farms.example"),
        when="2027-03-18 13:02",
        style="samsung",
        inv="BWS-J-4094/3",
        amt="15600.00",
        stage="completion",
        body="""
            Hi, any chance we could split the completion invoice into three? April, May and June. Most of our money comes in after harvest and we've had a big vet bill this winter. Happy to sign something if you need it.

            Sarah
        """,
        note="three payments proposed; plan dates are not labelled",
    ),
    Reply(
        key="pl-en-3",
        intent="payment_plan",
        lang="en",
        who=("Colin Ashworth", "treasurer@westburyvillagehall.example"),
        when="2027-03-26 10:40",
        style="owa",
        inv="BWS-J-4240/3",
        amt="7210.00",
        stage="completion",
        body="""
            Dear Sir or Madam,

            I am writing on behalf of the Westbury Village Hall committee. Our community energy grant, which covers most of this invoice, has been held back by the funder until they receive the final MCS certificate, which I understand you are still waiting for.

            Could you give us another 60 days to pay? We will of course settle as soon as the grant arrives, and earlier if we possibly can.

            Yours faithfully,

            Colin Ashworth
            Hon. Treasurer
            Westbury Village Hall (Registered Charity No. 302918)
        """,
        note="more time asked for: payment_plan; 'as soon as the grant arrives' is not a dated promise",
    ),
    Reply(
        key="pl-de-1",
        intent="payment_plan",
        lang="de",
        who=("Heike Schmitt", "heike.schmitt@schmitt-familie.example"),
        when="2027-03-12 21:20",
        style="gmail",
        inv="BWS-J-4315/3",
        amt="6480.00",
        stage="completion",
        body="""
            Sehr geehrte Damen und Herren,

            leider ist bei uns im Moment finanziell einiges durcheinandergeraten, mein Mann ist seit Dezember krankgeschrieben. Wäre es möglich, die Schlussrechnung in Raten zu bezahlen? Wir könnten 500 € im Monat überweisen, beginnend im April.

            Für eine kurze Rückmeldung wäre ich dankbar.

            Mit freundlichen Grüßen
            Heike Schmitt
        """,
        note="hardship and monthly instalments",
    ),
    Reply(
        key="pl-de-2",
        intent="payment_plan",
        lang="de",
        who=("Melanie Brandt", "verwaltung@praxis-drlenz.example"),
        when="2027-03-24 12:14",
        style="outlook",
        inv="BWS-J-4368/2",
        amt="8200.00",
        body="""
            Guten Tag,

            wir würden die Rechnung gern in zwei Teilen begleichen: die Hälfte (4.100 €) überweisen wir noch diese Woche, den Rest Ende April, wenn die Quartalsabrechnung der KV da ist. Ist das für Sie in Ordnung?

            Mit freundlichen Grüßen

            Melanie Brandt
            Praxisverwaltung
            Hausarztpraxis Dr. med. Carsten Lenz
        """,
        note="half now and the rest later, asked as a question: payment_plan, with no promised date",
    ),
    Reply(
        key="pl-fr-1",
        intent="payment_plan",
        lang="fr",
        who=("Nadia Benali", "nadia.benali@benali-maison.example"),
        when="2027-03-20 11:26",
        style="iphone",
        inv="BWS-J-4349/3",
        amt="4720.00",
        stage="completion",
        body="""
            Bonjour, serait-il possible de régler le solde en 4 fois ? Je ne peux pas sortir cette somme d'un coup ce mois-ci.
            Merci d'avance
            Nadia Benali
        """,
    ),
    Reply(
        key="pl-es-1",
        intent="payment_plan",
        lang="es",
        who=("Antonio Gil", "antoniogil.finca@gmail.com"),
        when="2027-03-10 17:48",
        style="gmail",
        inv="BWS-J-4176/3",
        amt="9350.00",
        stage="completion",
        body="""
            Buenas tardes:

            Les escribo porque este año la cosecha ha sido muy mala por la sequía y vamos muy justos. ¿No sería posible que nos hicieran un descuento sobre la factura final? Aunque sea una parte. La bomba de calor funciona muy bien, eso no lo discuto, pero ahora mismo no llegamos.

            Quedo a la espera.

            Antonio Gil
            Finca Los Almendros
        """,
        note="a reduced amount pleaded on hardship, the work is not contested: payment_plan, not dispute",
    ),
    Reply(
        key="pl-es-2",
        intent="payment_plan",
        lang="es",
        who=("Marta Pons", "marta.pons@ponsinteriorisme.example"),
        when="2027-03-23 09:58",
        style="android",
        inv="BWS-J-4397/3",
        amt="2640.00",
        stage="completion",
        body="""
            Hola,

            ¿Os parece bien si os pago 500 € ahora y el resto en dos plazos, uno a finales de abril y otro a finales de mayo? Ha sido un trimestre flojo en el estudio.

            Gracias,
            Marta
        """,
        note="part now, the rest in two instalments: payment_plan, not payment_sent or a dated promise",
    ),
    Reply(
        key="pl-nl-1",
        intent="payment_plan",
        lang="nl",
        who=("R. Visser", "r.visser1970@gmail.com"),
        when="2027-03-14 12:09",
        style="iphone",
        inv="BWS-J-4281/3",
        amt="5160.00",
        stage="completion",
        body="""
            Kan ik dit in termijnen betalen?
        """,
        note="one-line question",
    ),
    Reply(
        key="pl-nl-2",
        intent="payment_plan",
        lang="nl",
        who=("Joost Hendriks", "joost@hendriks-fotografie.example"),
        when="2027-03-19 14:36",
        style="outlook",
        inv="BWS-J-4393/2",
        amt="2310.00",
        body="""
            Hallo,

            Zou ik uitstel van betaling kunnen krijgen tot eind mei? Mijn grootste opdrachtgever hanteert een betaaltermijn van 90 dagen en betaalt mijn facturen van januari en februari pas dan. Daarna kan ik het in één keer voldoen.

            Groeten,
            Joost Hendriks
            Hendriks Fotografie
        """,
        note="asks for more time: payment_plan; the end of May is the requested deadline, not a promise",
    ),
    Reply(
        key="pl-it-1",
        intent="payment_plan",
        lang="it",
        who=("Sergio Marchetti", "sergio.marchetti@marchetti-impianti.example"),
        when="2027-03-16 16:22",
        style="outlook",
        charset="windows-1252",
        inv="BWS-J-4222/3",
        amt="11880.00",
        stage="completion",
        body="""
            Buongiorno,

            vi scrivo per chiedervi se è possibile rateizzare l'importo della fattura a saldo in sei rate mensili. L'impianto funziona bene e non c'è nessuna contestazione, ma quest'anno abbiamo avuto spese impreviste sul capannone.

            Restiamo in attesa di un vostro riscontro.

            Sergio Marchetti
        """,
        note="windows-1252",
    ),
    Reply(
        key="pl-it-2",
        intent="payment_plan",
        lang="it",
        who=("don Paolo Galli", "economo@parrocchia-santagiulia.example"),
        when="2027-03-27 10:05",
        style="thunderbird",
        charset="iso-8859-1",
        inv="BWS-J-4177/3",
        amt="6420.00",
        stage="completion",
        body="""
            Gentili signori,

            vi scrivo a nome del Consiglio parrocchiale per gli affari economici. Vi chiediamo cortesemente una proroga di novanta giorni per il saldo: la raccolta straordinaria per l'impianto sul tetto dell'oratorio non è ancora conclusa e non vorremmo intaccare il fondo per le opere di carità.

            Vi ringraziamo per la comprensione.

            don Paolo Galli
            Parroco
            Parrocchia di Santa Giulia
        """,
        note="more time asked for; ISO-8859-1",
    ),
]

INVOICE_REQUEST = [
    Reply(
        key="ir-en-1",
        intent="invoice_request",
        lang="en",
        who=("Louise Tennant", "accounts@hartfieldjoinery.example"),
        when="2027-03-08 10:30",
        style="owa",
        inv="BWS-J-4099/2",
        amt="3420.00",
        body="""
            Hi,

            We've no record of receiving this invoice – nothing has come through to this mailbox or by post. Could you resend it please, as a PDF? Once it's on the system it'll go in the next payment run.

            Thanks,
            Louise
            Hartfield Joinery Ltd
        """,
        note="never received, resend asked for; 'the next payment run' is conditional and undated",
    ),
    Reply(
        key="ir-en-2",
        intent="invoice_request",
        lang="en",
        who=("Finance Office – Kingsmead Academy", "finance@kingsmead-academy.example"),
        when="2027-03-15 09:25",
        style="outlook_html",
        inv="BWS-J-4151/3",
        amt="12880.00",
        stage="completion",
        body="""
            Good morning,

            Our finance system will not let us pay an invoice that doesn't show our purchase order number. Please could you reissue this invoice quoting PO 4500021877? As soon as we have the corrected copy it will be paid in the next run.

            Many thanks,

            Priti Shah
            Finance Officer
            Kingsmead Academy – part of the Northvale Learning Trust

            CONFIDENTIALITY: This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this email in error please notify the system manager. This message has been swept for viruses.
        """,
        note="reissue with a PO number, amount not contested: invoice_request",
    ),
    Reply(
        key="ir-en-3",
        intent="invoice_request",
        lang="en",
        who=("Helen Crawford", "helen.crawford@crawfordhome.example"),
        when="2027-03-29 19:02",
        style="gmail",
        inv="BWS-J-4331/3",
        amt="10450.00",
        stage="completion",
        body="""
            Hello,

            The Warm Homes scheme pays 75% of this directly to you, but only once the completion invoice and the MCS certificate have been uploaded to my application. I don't seem to have either – could you email both to me? I'll upload them straight away and pay my 25% at the same time.

            Best wishes,
            Helen Crawford
        """,
        note="documents needed by the grant body before anyone pays; her own share has no date",
    ),
    Reply(
        key="ir-de-1",
        intent="invoice_request",
        lang="de",
        who=("Martin Brandl", "brandl.m@brandl-online.example"),
        when="2027-03-22 18:45",
        style="thunderbird",
        cte="8bit",
        inv="BWS-J-4377/3",
        amt="16900.00",
        stage="completion",
        body="""
            Guten Abend,

            für den Antrag bei der Stadt (Förderprogramm Stromspeicher) brauche ich eine Rechnung, auf der der Batteriespeicher getrennt von den Modulen und dem Wechselrichter ausgewiesen ist. Ihre Schlussrechnung hat nur eine Gesamtposition.

            Könnten Sie mir bitte eine entsprechend aufgeschlüsselte Rechnungskopie schicken? Am Betrag ändert sich ja nichts, dann überweise ich auch sofort.

            Viele Grüße
            Martin Brandl
        """,
        note="itemised copy needed for a grant application; the amount is not contested",
    ),
    Reply(
        key="ir-fr-1",
        intent="invoice_request",
        lang="fr",
        who=("Claire Dubois", "claire.dubois.pro@gmail.com"),
        when="2027-03-18 13:50",
        style="gmail",
        inv="BWS-J-4262/2",
        amt="2960.00",
        body="""
            Bonjour,

            Pourriez-vous m'envoyer un relevé de compte avec toutes les factures et tous les règlements depuis la signature du devis ? Entre l'acompte, la situation et le chèque remis au technicien, je ne m'y retrouve plus.

            Merci d'avance,
            Claire Dubois
        """,
        note="statement of account; the cheque mentioned is not a claim that this invoice is paid",
    ),
    Reply(
        key="ir-fr-2",
        intent="invoice_request",
        lang="fr",
        who=("Cabinet Vautrin – Syndic", "comptabilite@syndic-vautrin.example"),
        when="2027-03-10 10:12",
        style="outlook_html",
        inv="BWS-J-4134/2",
        amt="8750.00",
        body="""
            Madame, Monsieur,

            Nous avons bien reçu votre relance concernant la copropriété Les Terrasses du Parc.

            À la suite d'une tentative de fraude au changement de RIB chez un autre fournisseur, notre procédure impose désormais, avant tout premier règlement, un RIB sur papier à en-tête de votre société, signé, ainsi qu'un extrait Kbis de moins de trois mois. Merci de nous faire parvenir ces deux documents ; le virement sera émis dès leur réception.

            Bien cordialement,

            Élodie Ravel
            Comptable copropriétés
            Cabinet Vautrin – Administrateur de biens
        """,
        note="bank details and company registration asked for before paying: invoice_request",
    ),
    Reply(
        key="ir-es-1",
        intent="invoice_request",
        lang="es",
        who=("Pilar Navarro", "pilarnavarro.g@gmail.com"),
        when="2027-03-24 20:15",
        style="iphone",
        inv="BWS-J-4407/1",
        amt="1980.00",
        stage="deposit",
        body="""
            Hola, a mí no me ha llegado ninguna factura, ni por correo ni por email. ¿Me la podéis reenviar? Gracias
        """,
        note="never received the invoice, resend asked for without contesting it",
    ),
    Reply(
        key="ir-es-2",
        intent="invoice_request",
        lang="es",
        who=(
            "Intervención – Ayuntamiento de Villanueva del Campo",
            "intervencion@villanuevadelcampo.example",
        ),
        when="2027-03-12 09:05",
        style="outlook",
        inv="BWS-J-4110/3",
        amt="24300.00",
        stage="completion",
        body="""
            Buenos días:

            Les recordamos que, al tratarse de una administración pública, la factura debe presentarse en formato electrónico a través del punto general de entrada FACe, indicando los siguientes códigos DIR3:

            Oficina contable: L01490207
            Órgano gestor: L01490207
            Unidad tramitadora: L01490207

            La factura remitida por correo electrónico no puede tramitarse. Una vez registrada en FACe y conformada por el servicio técnico, se procederá a su pago en el plazo legal.

            Atentamente,

            Servicio de Intervención
            Ayuntamiento de Villanueva del Campo
        """,
        note="an e-invoice through FACe is needed before payment: invoice_request; 'en el plazo legal' is no date",
    ),
    Reply(
        key="ir-nl-1",
        intent="invoice_request",
        lang="nl",
        who=("Gerrit Kuipers", "g.kuipers@vve-lindenhof.example"),
        when="2027-03-17 19:40",
        style="outlook",
        inv="BWS-J-4346/2",
        amt="6710.00",
        body="""
            Goedenavond,

            De factuur staat op mijn naam, maar de opdracht is gegeven door de VvE Lindenhof en die betaalt ook. Kunt u de factuur opnieuw opmaken op naam van de VvE, met ons KvK-nummer 81234567 erop? Dan kan onze beheerder hem direct betalen.

            Met vriendelijke groet,
            Gerrit Kuipers
            Voorzitter VvE Lindenhof
        """,
        note="reissue in the association's name, amount not contested: invoice_request, not wrong_contact (no other address)",
    ),
    Reply(
        key="ir-nl-2",
        intent="invoice_request",
        lang="nl",
        who=("Bram van Dijk", "bram@vandijk-dakwerk.example"),
        when="2027-03-31 08:02",
        style="samsung",
        inv="BWS-J-4418/1",
        amt="940.00",
        stage="deposit",
        body="""
            Wat is dit voor factuur?
            Bram
        """,
        note="asks what the charge is: the collector answers with the invoice (holdout2 convention)",
    ),
    Reply(
        key="ir-it-1",
        intent="invoice_request",
        lang="it",
        who=("Federica Bormolini", "amministrazione@caseificio-valnord.example"),
        when="2027-03-11 11:55",
        style="outlook_html",
        inv="BWS-J-4139/2",
        amt="14200.00",
        body="""
            Buongiorno,

            non ci risulta pervenuta alcuna fattura elettronica tramite SdI relativa al documento da voi sollecitato. Il PDF allegato alle vostre e-mail non ha valore fiscale.

            Vi preghiamo di emettere la fattura elettronica indicando il nostro codice destinatario M5UXCR1. Appena la riceviamo procediamo con il pagamento.

            Distinti saluti

            Federica Bormolini
            Ufficio Amministrazione
            Caseificio Valtellina Nord Soc. Coop. Agricola
        """,
        note="e-invoice through SdI needed before payment",
    ),
    Reply(
        key="ir-it-2",
        intent="invoice_request",
        lang="it",
        who=("Paola Greco", "paola.greco@grecostudio.example"),
        when="2027-03-25 17:30",
        style="apple",
        inv="BWS-J-4384/3",
        amt="3360.00",
        stage="completion",
        body="""
            Buonasera,

            potreste mandarmi l'estratto conto aggiornato? Tra acconto, SAL e saldo non riesco più a capire cosa ho pagato e cosa manca.

            Grazie,
            Paola Greco
        """,
        note="statement of account",
    ),
]

WRONG_CONTACT = [
    Reply(
        key="wc-en-1",
        intent="wrong_contact",
        lang="en",
        who=("Tom Barraclough", "office@barraclough-dental.example"),
        when="2027-03-09 12:15",
        style="outlook",
        cc="Hannah Cole <hannah@colebookkeeping.example>",
        inv="BWS-J-4047/2",
        amt="2780.00",
        body="""
            Hi,

            I just look after the diary and the front desk here – I don't deal with the practice's invoices. Those all go to our bookkeeper, Hannah Cole, at hannah@colebookkeeping.example. I've copied her in so she has this one.

            Regards,
            Tom
            Practice Manager, Barraclough Dental
        """,
        extract=Extract(new_contact="hannah@colebookkeeping.example"),
        note="new address in the text and in Cc",
    ),
    Reply(
        key="wc-en-2",
        intent="wrong_contact",
        lang="en",
        who=("St Mary's Primary School", "admin@stmarys-ely.example"),
        when="2027-03-16 09:11",
        style="notice",
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED,),
        inv="BWS-J-4081/3",
        amt="6925.00",
        stage="completion",
        body="""
            This mailbox is no longer monitored.

            Following our move into the Fenland Schools Partnership, invoices and finance queries for St Mary's are handled centrally. Please resend your message to finance@fenlandschools.example.

            Messages sent to this address are not read or forwarded.
        """,
        extract=Extract(new_contact="finance@fenlandschools.example"),
        note="automatic 'mailbox no longer monitored' notice naming the new address: wrong_contact (holdout2 rule), not auto_reply",
    ),
    Reply(
        key="wc-en-3",
        intent="wrong_contact",
        lang="en",
        who=("Thornbury Farm Accounts", "accounts@thornburyfarm.example"),
        when="2027-03-19 16:58",
        style="outlook_html",
        inv="BWS-J-4265/3",
        amt="13340.00",
        stage="completion",
        body="""
            Hello,

            Please note that with immediate effect our accounts department has moved to a new email address. Update your records and send ALL invoices, statements and reminders to thornburyfarm.accounts@gmail.com only. Do not use this address any more as it will be closed at the end of today.

            We will also send our updated remittance details from the new address shortly, please action them urgently so there is no delay to your payment.

            Regards,
            Accounts Department
            Thornbury Farm Ltd
        """,
        extract=Extract(new_contact="thornburyfarm.accounts@gmail.com"),
        note="reads like a mail-redirect scam (free-mail address, urgency, 'updated remittance details'); the labelled intent is still the redirect, and a person must verify it before any contact is changed",
    ),
    Reply(
        key="wc-de-1",
        intent="wrong_contact",
        lang="de",
        who=("Ulrich Hagen", "u.hagen@eg-talblick.example"),
        when="2027-03-10 20:05",
        style="thunderbird",
        cte="8bit",
        inv="BWS-J-4126/4",
        amt="390.00",
        stage="service",
        body="""
            Guten Abend,

            ich bin seit der Generalversammlung im Januar nicht mehr Kassenwart der Energiegenossenschaft Talblick. Zuständig ist jetzt Frau Petra Lindner, bitte schicken Sie Rechnungen und Mahnungen künftig an finanzen@eg-talblick.example.

            Mit freundlichen Grüßen
            Ulrich Hagen
        """,
        extract=Extract(new_contact="finanzen@eg-talblick.example"),
    ),
    Reply(
        key="wc-de-2",
        intent="wrong_contact",
        lang="de",
        who=("Sabine Rother", "sabine.rother@rother-post.example"),
        when="2027-03-25 08:30",
        style="gmail",
        inv="BWS-J-4352/2",
        amt="7480.00",
        body="""
            Guten Morgen,

            ich bin zwar Beiratsvorsitzende der WEG Lindenstraße 14, bezahlt wird die Anlage aber über unsere Hausverwaltung. Bitte wenden Sie sich an deren Buchhaltung: buchhaltung@hv-brenner.example.

            Viele Grüße
            Sabine Rother
        """,
        extract=Extract(new_contact="buchhaltung@hv-brenner.example"),
    ),
    Reply(
        key="wc-fr-1",
        intent="wrong_contact",
        lang="fr",
        who=("Josiane Fabre", "josiane.fabre@fabre-famille.example"),
        when="2027-03-15 16:45",
        style="outlook",
        charset="iso-8859-1",
        inv="BWS-J-4183/4",
        amt="240.00",
        stage="service",
        body="""
            Bonjour,

            Je ne suis plus trésorière du foyer rural de Saint-Amans depuis l'assemblée générale de février. C'est maintenant M. Didier Costes qui s'occupe des factures : didier.costes.foyer@gmail.com.

            Merci de lui transmettre votre relance.

            Cordialement,
            Josiane Fabre
        """,
        extract=Extract(new_contact="didier.costes.foyer@gmail.com"),
        note="ISO-8859-1",
    ),
    Reply(
        key="wc-fr-2",
        intent="wrong_contact",
        lang="fr",
        who=("Hervé Lambert", "h.lambert@sci-lesaulnes.example"),
        when="2027-03-30 11:40",
        style="iphone",
        inv="BWS-J-4411/2",
        amt="4980.00",
        body="""
            Bonjour, ce n'est pas moi qui gère les factures de la SCI. Merci d'écrire directement à notre expert-comptable, compta@fiduciaire-morel.example, c'est lui qui fait les paiements.
            H. Lambert
        """,
        extract=Extract(new_contact="compta@fiduciaire-morel.example"),
    ),
    Reply(
        key="wc-es-1",
        intent="wrong_contact",
        lang="es",
        who=("Bodegas La Cuesta", "facturas@bodegaslacuesta.example"),
        when="2027-03-11 09:02",
        style="notice",
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_REPLIED,),
        inv="BWS-J-4120/3",
        amt="16780.00",
        stage="completion",
        body="""
            Este buzón ya no está operativo y los mensajes que recibe no se leen.

            Para cualquier consulta sobre facturas o pagos, escriba a administracion@bodegaslacuesta.example.

            Bodegas La Cuesta, S.A.
        """,
        extract=Extract(new_contact="administracion@bodegaslacuesta.example"),
        note="automatic 'mailbox no longer in use' notice naming the new address: wrong_contact",
    ),
    Reply(
        key="wc-es-2",
        intent="wrong_contact",
        lang="es",
        who=("Carmen López", "carmen.lopez.v@gmail.com"),
        when="2027-03-26 14:20",
        style="gmail",
        inv="BWS-J-4357/3",
        amt="5430.00",
        stage="completion",
        body="""
            Hola:

            Creo que hay un error. Yo soy la inquilina del piso; las placas las contrató el propietario, Javier Moreno, y es él quien tiene que pagarlas. Su correo es javiermoreno.inmuebles@gmail.com.

            Un saludo,
            Carmen
        """,
        extract=Extract(new_contact="javiermoreno.inmuebles@gmail.com"),
        note="tenant pointing to the owner: wrong_contact, not dispute",
    ),
    Reply(
        key="wc-nl-1",
        intent="wrong_contact",
        lang="nl",
        who=("Anouk Veldman", "directie@regenboog-almelo.example"),
        when="2027-03-18 15:05",
        style="outlook_html",
        inv="BWS-J-4286/3",
        amt="9640.00",
        stage="completion",
        body="""
            Beste heer/mevrouw,

            Facturen van onze school worden niet door de directie betaald maar via ons administratiekantoor. Wilt u de factuur en deze herinnering sturen naar facturen@onderwijsadmin-twente.example? Vermeld daarbij a.u.b. onze schoolnaam en het BRIN-nummer.

            Met vriendelijke groet,

            Anouk Veldman
            Directeur Basisschool De Regenboog
        """,
        extract=Extract(new_contact="facturen@onderwijsadmin-twente.example"),
    ),
    Reply(
        key="wc-nl-2",
        intent="wrong_contact",
        lang="nl",
        who=("Henk de Boer", "henkdeboer@deboer-thuis.example"),
        when="2027-03-22 21:30",
        style="gmail_plain",
        inv="BWS-J-4365/2",
        amt="3110.00",
        body="""
            Ik denk dat u het verkeerde e-mailadres heeft. Ik heb nooit zonnepanelen of een warmtepomp bij u gekocht en ken ook niemand met die factuur. Misschien een typefout in het adres?

            H. de Boer
        """,
        note="wrong recipient altogether, no new address",
    ),
    Reply(
        key="wc-it-1",
        intent="wrong_contact",
        lang="it",
        who=("Roberto Sala", "roberto.sala@studiosala-amm.example"),
        when="2027-03-23 10:20",
        style="outlook",
        inv="BWS-J-4297/3",
        amt="11240.00",
        stage="completion",
        body="""
            Buongiorno,

            da gennaio non sono più l'amministratore del Condominio Via Manzoni 18. Il nuovo amministratore è lo Studio Ferri: per fatture e solleciti scrivete a amministrazione@studioferri-condomini.example.

            Cordiali saluti
            Rag. Roberto Sala
        """,
        extract=Extract(new_contact="amministrazione@studioferri-condomini.example"),
    ),
]

UNSUBSCRIBE = [
    Reply(
        key="un-en-1",
        intent="unsubscribe",
        lang="en",
        who=("Graham Fuller", "g.fuller@fullerhouse.example"),
        when="2027-03-08 16:40",
        style="outlook",
        inv="BWS-J-4058/3",
        amt="7150.00",
        stage="completion",
        body="""
            Please stop emailing me about this account. Any further correspondence is to be sent by post to the address on the contract.

            G. Fuller
        """,
        note="'post only' → unsubscribe",
    ),
    Reply(
        key="un-en-2",
        intent="unsubscribe",
        lang="en",
        who=("Kelly Marsh", "kellymarsh.home@gmail.com"),
        when="2027-03-20 09:48",
        style="iphone",
        inv="BWS-J-4215/3",
        amt="2390.00",
        stage="completion",
        body="""
            for the THIRD time this was paid in full the day your lads finished. ive sent your office the bank screenshot twice. stop sending me these emails im not reading any more of them
        """,
        note="stop request plus a payment claim: unsubscribe beats everything but bounce; no punctuation or capitals",
    ),
    Reply(
        key="un-en-3",
        intent="unsubscribe",
        lang="en",
        who=("D. Fairclough", "office@harrowlanenurseries.example"),
        when="2027-03-31 11:15",
        style="html_only",
        inv="BWS-J-4039/3",
        amt="21600.00",
        stage="completion",
        rdays=2,
        body="""
            Dear Sirs,

            Further to our letters of 4 and 18 March about the failure of the heat pump installed in glasshouse 2, we have now instructed solicitors.

            Please do not contact us directly about this invoice again. All further communication on this matter must go through our solicitors, who will be writing to you separately.

            Yours faithfully,

            D. Fairclough
            Director, Harrow Lane Nurseries Ltd
        """,
        note="'deal with our solicitors' (no address) alongside a dispute: unsubscribe beats dispute; HTML only",
    ),
    Reply(
        key="un-de-1",
        intent="unsubscribe",
        lang="de",
        who=("Wolfgang Ebert", "wolfgang.ebert@ebert-web.example"),
        when="2027-03-15 07:58",
        style="outlook",
        inv="BWS-J-4195/3",
        amt="8830.00",
        stage="completion",
        body="""
            Sehr geehrte Damen und Herren,

            ich bitte Sie, mir keine E-Mails mehr zu schicken. Schriftverkehr zu diesem Vorgang bitte ausschließlich per Post an meine Anschrift.

            Hochachtungsvoll
            W. Ebert
        """,
        note="post only → unsubscribe",
    ),
    Reply(
        key="un-de-2",
        intent="unsubscribe",
        lang="de",
        who=("Dieter Franke", "hausmeister@gs-am-weiher.example"),
        when="2027-03-29 13:10",
        style="android",
        inv="BWS-J-4326/4",
        amt="410.00",
        stage="service",
        body="""
            Hallo, bitte nehmen Sie mich aus Ihrem Verteiler. Ich bin nur der Hausmeister der Schule und habe mit Rechnungen nichts zu tun.
            D. Franke
        """,
        note="remove-me plus 'not the right person' without a new address: unsubscribe beats wrong_contact",
    ),
    Reply(
        key="un-fr-1",
        intent="unsubscribe",
        lang="fr",
        who=("Olivier Mercier", "olivier.mercier@mercier-famille.example"),
        when="2027-03-13 18:20",
        style="gmail",
        inv="BWS-J-4238/3",
        amt="3870.00",
        stage="completion",
        body="""
            Désinscrivez-moi de vos relances automatiques, s'il vous plaît.

            Pour info, je ne paierai rien tant que le chauffe-eau thermodynamique fera toutes les nuits le bruit d'un avion au décollage. Votre SAV a ma réclamation depuis trois semaines.

            O. Mercier
        """,
        note="unsubscribe request plus a dispute: unsubscribe wins",
    ),
    Reply(
        key="un-fr-2",
        intent="unsubscribe",
        lang="fr",
        who=("Françoise Aubert", "f.aubert@aubert-conseil.example"),
        when="2027-03-24 15:35",
        style="outlook",
        inv="BWS-J-4303/3",
        amt="9240.00",
        stage="completion",
        body="""
            Madame, Monsieur,

            Je vous demande de ne plus m'écrire au sujet de ce dossier. Toute correspondance devra désormais être adressée à mon avocate, Maître Claire Dufour, du barreau de Nantes.

            Salutations,
            Françoise Aubert
        """,
        note="'talk to my lawyer' with no address → unsubscribe",
    ),
    Reply(
        key="un-es-1",
        intent="unsubscribe",
        lang="es",
        who=("José Ramón Iglesias", "jr.iglesias@iglesias-asesores.example"),
        when="2027-03-17 13:45",
        style="outlook",
        charset="windows-1252",
        inv="BWS-J-4256/3",
        amt="6120.00",
        stage="completion",
        body="""
            Dejen de enviarme correos electrónicos sobre esta factura. Cualquier comunicación que quieran hacerme, por burofax a mi domicilio.

            J. R. Iglesias
        """,
        note="registered post only (burofax) → unsubscribe; windows-1252",
    ),
    Reply(
        key="un-es-2",
        intent="unsubscribe",
        lang="es",
        who=("Elena Castro", "elenacastro.bcn@gmail.com"),
        when="2027-04-02 10:25",
        style="iphone",
        inv="BWS-J-4389/3",
        amt="3775.00",
        stage="completion",
        body="""
            Por favor, no me mandéis más emails de estos. Ya hablé ayer con Lorena por teléfono y quedó todo aclarado.
            Elena
        """,
        note="stop request; the phone call settles nothing a label can hold (no payment claim, no date)",
    ),
    Reply(
        key="un-nl-1",
        intent="unsubscribe",
        lang="nl",
        who=("M. Koster", "mkoster@koster-web.example"),
        when="2027-03-21 13:00",
        style="gmail_plain",
        inv="BWS-J-4283/3",
        amt="4460.00",
        stage="completion",
        body="""
            Afmelden graag. Ik wil deze mails niet meer ontvangen.
        """,
    ),
    Reply(
        key="un-it-1",
        intent="unsubscribe",
        lang="it",
        who=("Davide Moretti", "davide.moretti@moretti-casa.example"),
        when="2027-03-10 13:33",
        style="samsung",
        inv="BWS-J-4158/3",
        amt="2990.00",
        stage="completion",
        body="""
            Cancellatemi dalla vostra lista, non voglio più ricevere queste email. Grazie
        """,
    ),
    Reply(
        key="un-it-2",
        intent="unsubscribe",
        lang="it",
        who=("Franco Pellegrini", "franco.pellegrini@pellegrini-serramenti.example"),
        when="2027-03-31 09:40",
        style="outlook_html",
        inv="BWS-J-4341/3",
        amt="10980.00",
        stage="completion",
        body="""
            Spett.le Brackwater Solar,

            vi diffido dal continuare a inviare solleciti a questo indirizzo di posta elettronica. D'ora in poi qualsiasi comunicazione dovrà pervenirci esclusivamente a mezzo raccomandata A/R presso la nostra sede legale.

            Distinti saluti

            Franco Pellegrini
            Legale rappresentante
            Pellegrini Serramenti S.r.l.
        """,
        note="registered post only → unsubscribe",
    ),
]

AUTO_REPLY = [
    Reply(
        key="ar-en-1",
        intent="auto_reply",
        lang="en",
        who=("Alison Reid", "alison.reid@reid-architects.example"),
        when="2027-03-15 09:14",
        style="notice_html",
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        inv="BWS-J-4171/3",
        amt="5870.00",
        stage="completion",
        body="""
            Thank you for your email. I'm out of the office until Friday 19 March with limited access to email.

            For anything urgent, please call the studio on 01632 960315 or email studio@reid-architects.example.

            Alison Reid
            Reid Architects
        """,
        extract=Extract(return_date="2027-03-19"),
        note="'until X' → X itself (holdout2 convention); the studio address in an auto-reply does not set new_contact",
    ),
    Reply(
        key="ar-en-2",
        intent="auto_reply",
        lang="en",
        who=("Orchard Vale Housing Co-operative", "support@orchardvale-coop.example"),
        when="2027-03-22 14:02",
        style="notice",
        subject="[Ticket #58213] {rsub}",
        headers=(AUTO_REPLIED, ("X-Ticket-ID", "58213")),
        inv="BWS-J-4306/3",
        amt="19750.00",
        stage="completion",
        body="""
            Hello,

            Thank you for contacting Orchard Vale Housing Co-operative. Your message has been logged as ticket #58213 and will be picked up by a member of the office team.

            The office is staffed by volunteers on Tuesdays and Thursdays, so please allow up to five working days for a reply. Keep the ticket number in the subject line if you write again.

            Orchard Vale Housing Co-operative Ltd
            This is an automated message.
        """,
        note="ticket acknowledgement; 'up to five working days' is no return date",
    ),
    Reply(
        key="ar-en-3",
        intent="auto_reply",
        lang="en",
        who=("Oakfield Primary School", "office@oakfield-primary.example"),
        when="2027-03-30 10:31",
        style="notice",
        subject="Oakfield Primary – school office closed for Easter",
        inv="BWS-J-4318/3",
        amt="8260.00",
        stage="completion",
        body="""
            Thank you for your email.

            The school office is now closed for the Easter holidays. We reopen on Monday 12 April and will reply to your message then.

            If your enquiry is about a child's safety or welfare, please contact Children's Services on 01632 960000.

            Oakfield Primary School
        """,
        extract=Extract(return_date="2027-04-12"),
        note="holiday auto-reply without Auto-Submitted or any other auto header, and a subject of its own",
    ),
    Reply(
        key="ar-de-1",
        intent="auto_reply",
        lang="de",
        who=("Martina Kessler", "m.kessler@kessler-haustechnik.example"),
        when="2027-03-22 08:05",
        style="notice_html",
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        inv="BWS-J-4249/2",
        amt="6300.00",
        body="""
            Vielen Dank für Ihre Nachricht.

            Ich bin bis einschließlich Freitag, 26.03.2027, nicht im Büro und ab Montag, 29.03.2027, wieder für Sie erreichbar. Ihre E-Mail wird nicht weitergeleitet.

            In dringenden Fällen wenden Sie sich bitte an unsere Zentrale unter 07121 555280.

            Mit freundlichen Grüßen
            Martina Kessler
            Kessler Haustechnik GmbH
        """,
        extract=Extract(return_date="2027-03-29"),
        note="'wieder erreichbar ab' wins over 'bis einschließlich'",
    ),
    Reply(
        key="ar-de-2",
        intent="auto_reply",
        lang="de",
        who=("Steuerbüro Albers", "post@steuerbuero-albers.example"),
        when="2027-03-12 15:20",
        style="notice",
        charset="iso-8859-1",
        subject="Eingangsbestätigung: {rsub}",
        headers=(AUTO_REPLIED, ("Precedence", "auto_reply")),
        inv="BWS-J-4213/2",
        amt="5040.00",
        body="""
            Sehr geehrte Damen und Herren,

            vielen Dank für Ihre Nachricht. Sie ist bei uns eingegangen und wird unter der Vorgangsnummer 2027-03-1184 bearbeitet. Wir melden uns so bald wie möglich bei Ihnen.

            Bitte beachten Sie: Diese E-Mail wurde automatisch erstellt.

            Steuerbüro Albers
            Buchhaltung für Handwerk und Mittelstand
        """,
        note="ticket-style acknowledgement from the tax adviser's office; ISO-8859-1",
    ),
    Reply(
        key="ar-fr-1",
        intent="auto_reply",
        lang="fr",
        who=("Valérie Roussel", "v.roussel@roussel-immobilier.example"),
        when="2027-03-23 07:30",
        style="notice_html",
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        inv="BWS-J-4321/2",
        amt="4180.00",
        body="""
            Bonjour,

            Je suis absente du lundi 22 au lundi 29 mars inclus, sans accès à ma messagerie. Je serai de retour le mardi 30 mars et traiterai votre message à ce moment-là.

            Pour toute urgence, vous pouvez joindre l'agence au 02 40 55 12 80.

            Valérie Roussel
            Roussel Immobilier
        """,
        extract=Extract(return_date="2027-03-30"),
        note="the stated day back wins over 'inclus'; 29 March is Easter Monday",
    ),
    Reply(
        key="ar-fr-2",
        intent="auto_reply",
        lang="fr",
        who=("Camille Girard", "camille.girard@ferme-girard.example"),
        when="2027-03-11 14:48",
        style="notice",
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED,),
        inv="BWS-J-4136/3",
        amt="12150.00",
        stage="completion",
        body="""
            Bonjour,

            Je suis actuellement en congé maternité. Pour toute question concernant la comptabilité de la ferme, merci de vous adresser à Julien Girard : julien@ferme-girard.example.

            Merci de votre compréhension,
            Camille Girard
        """,
        note="leave without a return date; a colleague's address in an auto-reply does not set new_contact",
    ),
    Reply(
        key="ar-es-1",
        intent="auto_reply",
        lang="es",
        who=("Jorge Santos", "jsantos@santos-climatizacion.example"),
        when="2027-03-31 09:00",
        style="notice_html",
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        inv="BWS-J-4390/2",
        amt="3380.00",
        body="""
            Hola:

            Estaré fuera de la oficina por vacaciones hasta el lunes 5 de abril. Durante estos días no tendré acceso al correo.

            Para cualquier asunto urgente, llame al 965 55 41 20.

            Un saludo,
            Jorge Santos
        """,
        extract=Extract(return_date="2027-04-05"),
        note="'hasta X' → X itself",
    ),
    Reply(
        key="ar-nl-1",
        intent="auto_reply",
        lang="nl",
        who=("Ellen Mulder", "ellen@mulderbloemen.example"),
        when="2027-03-26 17:02",
        style="notice",
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_REPLIED,),
        inv="BWS-J-4373/2",
        amt="2570.00",
        body="""
            Beste afzender,

            Ik ben met vakantie tot en met vrijdag 2 april en vanaf maandag 5 april weer aanwezig. Uw e-mail wordt niet doorgestuurd.

            Voor dringende zaken kunt u bellen met de winkel: 0513 552144.

            Met vriendelijke groet,
            Ellen Mulder
            Mulder Bloemen & Planten
        """,
        extract=Extract(return_date="2027-04-05"),
        note="'weer aanwezig vanaf' wins over 'tot en met'",
    ),
    Reply(
        key="ar-nl-2",
        intent="auto_reply",
        lang="nl",
        who=("VvE Beheer Noord", "info@vvebeheernoord.example"),
        when="2027-03-09 11:37",
        style="notice",
        subject="Ontvangstbevestiging: {rsub}",
        headers=(("Precedence", "bulk"),),
        inv="BWS-J-4119/3",
        amt="22400.00",
        stage="completion",
        body="""
            Geachte heer, mevrouw,

            Hartelijk dank voor uw bericht. Wij hebben uw e-mail in goede orde ontvangen en streven ernaar binnen drie werkdagen te reageren.

            Facturen nemen wij alleen in behandeling als de naam van de VvE en het bouwnummer in de omschrijving staan.

            Met vriendelijke groet,
            VvE Beheer Noord

            Dit is een automatisch gegenereerd bericht.
        """,
        note="acknowledgement without Auto-Submitted (only Precedence: bulk); the standing rule about invoices is boilerplate, not an invoice_request",
    ),
    Reply(
        key="ar-it-1",
        intent="auto_reply",
        lang="it",
        who=("Alessandra Ricci", "a.ricci@ricci-costruzioni.example"),
        when="2027-03-09 16:40",
        style="notice_html",
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        inv="BWS-J-4142/2",
        amt="7680.00",
        body="""
            Buongiorno,

            sono fuori ufficio fino a venerdì 12 marzo compreso, con accesso limitato alla posta. Rientrerò lunedì 15 marzo e risponderò al più presto.

            Per urgenze potete contattare l'ufficio tecnico allo 030 5558821.

            Alessandra Ricci
            Ricci Costruzioni S.r.l.
        """,
        extract=Extract(return_date="2027-03-15"),
        note="the stated day back wins over 'fino a … compreso'",
    ),
    Reply(
        key="ar-it-2",
        intent="auto_reply",
        lang="it",
        who=("Cantina Colle Alto", "info@cantinacollealto.example"),
        when="2027-03-26 12:00",
        style="notice",
        charset="iso-8859-1",
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED,),
        inv="BWS-J-4380/3",
        amt="15340.00",
        stage="completion",
        body="""
            Gentile cliente,

            i nostri uffici resteranno chiusi per le festività pasquali da venerdì 26 a lunedì 29 marzo. Riapriremo martedì 30 marzo: risponderemo alla sua e-mail al rientro.

            Buona Pasqua!
            Cantina Colle Alto
        """,
        extract=Extract(return_date="2027-03-30"),
        note="Easter closure; the reopening day is the return date; ISO-8859-1",
    ),
]

OTHER = [
    Reply(
        key="ot-en-1",
        intent="other",
        lang="en",
        who=("Paul Brennan", "paulbrennan.home@gmail.com"),
        when="2027-03-12 13:15",
        style="iphone",
        cur="EUR",
        inv="BWS-J-4189/2",
        amt="2450.00",
        body="""
            Didn't we pay this already? I thought it went out with the deposit back in January. I'll have a look at the bank statement tonight.

            Paul
        """,
        note="a question and a vague belief, no claim of payment and no commitment: a person checks the ledger and answers; Irish customer, invoice in euro",
    ),
    Reply(
        key="ot-en-2",
        intent="other",
        lang="en",
        who=("Anna Lowe", "anna.lowe@lowe-home.example"),
        when="2027-03-23 08:44",
        style="gmail",
        inv="BWS-J-4279/3",
        amt="5185.00",
        stage="completion",
        body="""
            Hi,

            Before I deal with this – the app has shown zero generation since Saturday and the inverter has a red light on. Is that something you can see from your end, or should I switch it off and on again?

            Anna
        """,
        note="fault report in the reminder thread; the invoice is not contested and nothing is promised",
    ),
    Reply(
        key="ot-en-3",
        intent="other",
        lang="en",
        who=("Susan Hale", "susan.hale@halefamily.example"),
        when="2027-03-17 15:50",
        style="outlook_html",
        inv="BWS-J-4036/3",
        amt="6940.00",
        stage="completion",
        body="""
            Dear Sir or Madam,

            I am writing on behalf of my father, Mr Dennis Hale, who sadly passed away on 28 February. His affairs, including this invoice, are now part of his estate, which my brother and I are dealing with as executors.

            We are waiting for the grant of probate and cannot pay anything from his accounts until it comes through. We will be in touch as soon as we are able to.

            Yours faithfully,
            Susan Hale
        """,
        note="bereavement: a person must handle it; no new address, no date and no firm commitment",
    ),
    Reply(
        key="ot-de-1",
        intent="other",
        lang="de",
        who=("Birgit Lange", "b.lange@lange-gartenbau.example"),
        when="2027-03-19 09:20",
        style="outlook",
        inv="BWS-J-4344/2",
        amt="4870.00",
        body="""
            Guten Morgen,

            danke für den Hinweis, ich habe Ihre E-Mail an unser Steuerbüro weitergeleitet.

            Viele Grüße
            Birgit Lange
            Lange Garten- und Landschaftsbau
        """,
        note="acknowledgement; forwarding to the tax adviser is not a new contact (no address given)",
    ),
    Reply(
        key="ot-fr-1",
        intent="other",
        lang="fr",
        who=("Jean-Luc Mathieu", "jl.mathieu@mathieu-maison.example"),
        when="2027-03-16 19:25",
        style="gmail",
        inv="BWS-J-4192/3",
        amt="3720.00",
        stage="completion",
        body="""
            Bonsoir,

            Bien reçu. Au passage, quand est-ce que votre technicien passe pour l'entretien annuel de la pompe à chaleur ? On nous avait parlé de début mars et personne ne nous a appelés.

            Cordialement,
            Jean-Luc Mathieu
        """,
        note="acknowledgement and a question about another service; nothing about paying",
    ),
    Reply(
        key="ot-fr-2",
        intent="other",
        lang="fr",
        who=("Martine Roche", "martine.roche@roche-maison.example"),
        when="2027-03-27 11:05",
        style="android",
        inv="BWS-J-4398/1",
        amt="1320.00",
        stage="deposit",
        body="""
            Bonjour
            C'est quoi ce mail ? C'est une arnaque ? Je ne clique sur rien tant que je n'ai pas eu quelqu'un au téléphone.
            M. Roche
        """,
        note="suspicion, not a request for the invoice and not a wrong-recipient statement: a person should call",
    ),
    Reply(
        key="ot-es-1",
        intent="other",
        lang="es",
        who=("Iván Rubio", "ivan.rubio.m@gmail.com"),
        when="2027-03-09 19:55",
        style="samsung",
        inv="BWS-J-4137/3",
        amt="4230.00",
        stage="completion",
        body="""
            Ok, recibido.
        """,
        note="acknowledgement only",
    ),
    Reply(
        key="ot-es-2",
        intent="other",
        lang="es",
        who=("Nuria Vidal", "nuria.vidal@vidal-llar.example"),
        when="2027-03-29 17:12",
        style="gmail",
        inv="BWS-J-4113/5",
        amt="145.00",
        stage="service",
        body="""
            Hola:

            Una pregunta: este mes hemos cambiado de banco. ¿Tengo que firmar un nuevo mandato SEPA para la cuota del mantenimiento o lo cambiáis vosotros con el IBAN nuevo?

            Gracias,
            Nuria
        """,
        note="direct-debit question; no claim, no commitment",
    ),
    Reply(
        key="ot-nl-1",
        intent="other",
        lang="nl",
        who=("Kees Vermeulen", "kees@vermeulen-agro.example"),
        when="2027-03-11 12:30",
        style="iphone",
        inv="BWS-J-4144/3",
        amt="17800.00",
        stage="completion",
        body="""
            Ontvangen, ik kijk er vanavond naar.

            Kees
        """,
        note="acknowledgement; looking at it tonight is no commitment to pay",
    ),
    Reply(
        key="ot-nl-2",
        intent="other",
        lang="nl",
        who=("Linda Smits", "linda.smits@smits-online.example"),
        when="2027-03-24 20:40",
        style="outlook",
        inv="BWS-J-4312/3",
        amt="4390.00",
        stage="completion",
        body="""
            Goedenavond,

            Nu ik jullie toch aan de lijn heb: de buitenunit van de warmtepomp maakt sinds een week 's nachts een tikkend geluid, vooral als het vriest. Kan er iemand langskomen om ernaar te kijken? Overdag ben ik meestal thuis.

            Groet,
            Linda Smits
        """,
        note="service request in the reminder thread; the invoice is not contested",
    ),
    Reply(
        key="ot-it-1",
        intent="other",
        lang="it",
        who=("Giuseppe Fontana", "g.fontana@fontana-ortofrutta.example"),
        when="2027-03-15 10:02",
        style="outlook",
        inv="BWS-J-4229/3",
        amt="7420.00",
        stage="completion",
        body="""
            Buongiorno,

            vi segnalo che il mio numero di cellulare è cambiato, quello nuovo è 347 555 1298. Il tecnico che deve venire per il contatore mi ha cercato sul vecchio numero senza trovarmi.

            Saluti
            Giuseppe Fontana
            Fontana Ortofrutta
        """,
        note="new phone number and a meter appointment; a phone number is not a new e-mail contact",
    ),
    Reply(
        key="ot-it-2",
        intent="other",
        lang="it",
        who=("Matteo Colombo", "matteo.colombo.mc@gmail.com"),
        when="2027-04-01 21:15",
        style="inline_gmail",
        inv="BWS-J-4403/2",
        amt="2860.00",
        body="""
            [[Q1]]

            Ricevuto.

            [[Q3]]

            Sinceramente non so se è stata pagata. I conti di casa li segue mio fratello Andrea, che è in Brasile per lavoro e torna a fine mese. Gli giro il messaggio, poi vi fa sapere lui.

            Matteo
        """,
        note="inline reply; no claim and no commitment; passing it to a brother without an address is not a new contact",
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
# Bounces: generated skeletons (delivery-status fields, returned messages and headers),
# human-readable parts written out one by one
# --------------------------------------------------------------------------------------------

OUR_MTA = "mail.brackwater-solar.example"


def stamp(moment: datetime) -> str:
    return format_datetime(moment)


def delivery_status(
    b: Bounce, *, mta: str, action: str, diagnostic: str, remote: str = ""
) -> Message:
    """A message/delivery-status part (RFC 3464) for `b`."""
    per_message = f"Reporting-MTA: dns; {mta}\nArrival-Date: {stamp(b.dt - timedelta(minutes=4))}\n"
    fields = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {stamp(b.dt)}",
    ]
    if action == "delayed":
        fields.append(f"Will-Retry-Until: {stamp(b.dt + timedelta(days=2))}")
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    blocks = [per_message, "\n".join(fields) + "\n"]
    part.set_payload([message_from_bytes(block.encode()) for block in blocks])
    return part


def returned_headers(b: Bounce) -> Message:
    reminder = original_reminder(b)
    text = "".join(f"{k}: {v}\n" for k, v in reminder.items() if not k.startswith("Content-"))
    return text_part(text, subtype="rfc822-headers", charset="us-ascii", cte="7bit")


def returned_message(b: Bounce) -> Message:
    return MIMEMessage(original_reminder(b))


def report(*parts: Message) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def notice_alternative(text: str, *, charset: str = "utf-8") -> Message:
    """A plain and an HTML rendering of a notice, paragraph by paragraph."""
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>'
        f'<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">{html_paragraphs(text)}</body></html>\n'
    )
    return alternative(
        text_part(text + "\n", subtype="plain", charset=charset, cte="qp"),
        text_part(markup, subtype="html", charset=charset, cte="qp"),
    )


def finish(b: Bounce, msg: Message, *, sender: str, subject: str) -> Message:
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_text(subject, "utf-8")
    msg["Date"] = stamp(b.dt)
    host = parseaddr(sender)[1].partition("@")[2]
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 24).lower()}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    return finalize(msg, key=b.key, prefix="----=_NDR_")


def bounce_postfix(b: Bounce) -> Message:
    human = textwrap.dedent(f"""\
        This is the mail system at host {OUR_MTA}.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <{b.rcpt}>: host mx.meadowcroftdairy.example[198.51.100.23]
            said: 550 5.1.1 <{b.rcpt}>: Recipient address rejected: User
            unknown in local recipient table (in reply to RCPT TO command)
        """)
    notification = text_part(human, subtype="plain", charset="us-ascii", cte="7bit")
    notification["Content-Description"] = "Notification"
    diagnostic = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table"
    )
    status = delivery_status(
        b, mta=OUR_MTA, action="failed", diagnostic=diagnostic, remote="mx.meadowcroftdairy.example"
    )
    msg = report(notification, status, returned_message(b))
    sender = f"MAILER-DAEMON@{OUR_MTA} (Mail Delivery System)"
    return finish(b, msg, sender=sender, subject="Undelivered Mail Returned to Sender")


def bounce_qmail(b: Bounce) -> Message:
    """qmail: no MIME at all, the returned message inline under a separator line."""
    reminder = original_reminder(b).as_string()
    text = textwrap.dedent(f"""\
        Hi. This is the qmail-send program at mail.hollinsvets.example.
        I'm afraid I wasn't able to deliver your message to the following addresses.
        This is a permanent error; I've given up. Sorry it didn't work out.

        <{b.rcpt}>:
        Sorry, no mailbox here by that name. (#5.1.1)

        --- Below this line is a copy of the message.

        Return-Path: <{AR_ADDR}>
        Received: (qmail 28411 invoked from network); {stamp(b.dt - timedelta(minutes=2))}
        Received: from {OUR_MTA} (203.0.113.40)
          by mail.hollinsvets.example with SMTP; {stamp(b.dt - timedelta(minutes=2))}
        """)
    msg = Message()
    msg.set_payload(text + reminder + "\n")
    return finish(b, msg, sender="MAILER-DAEMON@mail.hollinsvets.example", subject="failure notice")


def bounce_sendmail_delay(b: Bounce) -> Message:
    received = in_zone(b.dt - timedelta(hours=4, minutes=2), "uk")
    human = textwrap.dedent(f"""\
            **********************************************
            **      THIS IS A WARNING MESSAGE ONLY      **
            **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
            **********************************************

        The original message was received at {stamp(received)}
        from {OUR_MTA} [203.0.113.40]

           ----- Transcript of session follows -----
        <{b.rcpt}>... Deferred: Connection timed out with mx2.kingsbrookacademy.example.
        Warning: message still undelivered after 4 hours
        Will keep trying until message is 5 days old
        """)
    status = delivery_status(
        b,
        mta="relay.northvale-trust.example",
        action="delayed",
        diagnostic="451 4.4.1 Connection timed out",
        remote="mx2.kingsbrookacademy.example",
    )
    msg = report(
        text_part(human, subtype="plain", charset="us-ascii", cte="7bit"),
        status,
        returned_headers(b),
    )
    sender = "Mail Delivery Subsystem <MAILER-DAEMON@relay.northvale-trust.example>"
    return finish(b, msg, sender=sender, subject="Warning: could not send message for past 4 hours")


EXCHANGE_SENDER = (
    "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@brackwater-solar.example>"
)


def exchange_report(b: Bounce, human: str, diagnostic: str, *, action: str = "failed") -> Message:
    server = (
        f"{b32(b.key, 'srv', 4)}PR08MB{1000 + digest(b.key, 'n')[0]}.eurprd08.prod.outlook.example"
    )
    status = delivery_status(b, mta=server, action=action, diagnostic=diagnostic)
    return report(notice_alternative(human), status, returned_headers(b))


def bounce_exchange_de(b: Bounce) -> Message:
    human = textwrap.dedent(f"""\
        Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden.

        {b.rcpt.split("@")[0]} wurde bei {b.rcpt.split("@")[1]} nicht gefunden.

        Maßnahme erforderlich: Unbekannter Empfänger

        Wie behebe ich das Problem?
        Die Adresse ist möglicherweise falsch geschrieben oder existiert nicht. Überprüfen Sie die Adresse des Empfängers und senden Sie die Nachricht erneut. Falls das Problem weiterhin besteht, wenden Sie sich auf anderem Weg an den Empfänger, zum Beispiel telefonisch, und bitten Sie ihn, die richtige Adresse zu bestätigen.

        Weitere Informationen für E-Mail-Administratoren
        Statuscode: 550 5.1.10
        Absenderadresse: {AR_ADDR}
        Empfängeradresse: {b.rcpt}
        Fehler: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {b.rcpt} not found by SMTP address lookup""")
    diagnostic = f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {b.rcpt} not found by SMTP address lookup"
    msg = exchange_report(b, human, diagnostic)
    return finish(b, msg, sender=EXCHANGE_SENDER, subject=f"Unzustellbar: {bounce_subject(b)}")


def bounce_exim_de_delay(b: Bounce) -> Message:
    """Exim with a German template from the hosting provider; plain text, no DSN part."""
    text = textwrap.dedent(f"""\
        Diese Nachricht wurde automatisch vom Mailsystem erzeugt.

        Eine von Ihnen gesendete Nachricht konnte noch nicht an alle Empfänger
        zugestellt werden. Sie liegt seit mehr als 24 Stunden in der Warteschlange
        von mx3.netzwelle-hosting.example.

        Nachrichten-ID:  1wQ7pL-0004Zt-3K
        Betreff:         {bounce_subject(b)}
        Datum:           {stamp(b.dt - timedelta(hours=24, minutes=6))}

        Noch nicht zugestellt an:

          {b.rcpt}
            Host mx.biohof-sommerfeld.example [192.0.2.87]:
            SMTP-Fehler vom entfernten Server: 421 4.4.2 Connection dropped

        Es wird weiterhin versucht, die Nachricht zuzustellen. Gelingt das bis
        {stamp(b.dt + timedelta(days=3))} nicht, erhalten Sie eine weitere Nachricht.
        Sie müssen die Nachricht nicht erneut senden.
        """)
    msg = text_part(text, subtype="plain", charset="utf-8", cte="8bit")
    sender = "Mail Delivery System <Mailer-Daemon@mx3.netzwelle-hosting.example>"
    return finish(b, msg, sender=sender, subject="Warnung: Nachricht noch nicht zugestellt")


def bounce_exchange_fr_full(b: Bounce) -> Message:
    human = textwrap.dedent(f"""\
        Votre message n'a pas pu être remis à {b.rcpt}, car la boîte aux lettres du destinataire est pleine.

        Action requise : réessayez plus tard ou contactez le destinataire par un autre moyen.

        Comment résoudre ce problème ?
        La boîte aux lettres du destinataire a dépassé sa taille limite et n'accepte plus de messages pour le moment. Renvoyez votre message plus tard, ou prévenez le destinataire, par exemple par téléphone, afin qu'il libère de l'espace.

        Plus d'informations pour les administrateurs de messagerie
        Code d'état : 552 5.2.2
        Adresse de l'expéditeur : {AR_ADDR}
        Adresse du destinataire : {b.rcpt}
        Erreur : 552 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded""")
    diagnostic = "552 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException"
    msg = exchange_report(b, human, diagnostic)
    return finish(b, msg, sender=EXCHANGE_SENDER, subject=f"Non remis : {bounce_subject(b)}")


def bounce_exchange_es(b: Bounce) -> Message:
    human = textwrap.dedent(f"""\
        No se pudo entregar su mensaje a {b.rcpt}.

        No se encontró {b.rcpt.split("@")[0]} en {b.rcpt.split("@")[1]}.

        Acción necesaria: destinatario desconocido.

        ¿Cómo solucionarlo?
        Es posible que la dirección esté mal escrita o que ya no exista. Compruebe la dirección del destinatario y vuelva a enviar el mensaje. Si el problema continúa, póngase en contacto con el destinatario por otro medio, por ejemplo por teléfono, y pídale que le confirme su dirección.

        Más información para administradores de correo electrónico
        Código de estado: 550 5.1.1
        Dirección del remitente: {AR_ADDR}
        Dirección del destinatario: {b.rcpt}
        Error: 550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found""")
    msg = exchange_report(b, human, "550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found")
    return finish(
        b, msg, sender=EXCHANGE_SENDER, subject=f"No se puede entregar: {bounce_subject(b)}"
    )


def bounce_gateway_es_delay(b: Bounce) -> Message:
    """A secure e-mail gateway's delay notice: its own layout, the original headers attached."""
    human = textwrap.dedent(f"""\
        AVISO DE ENTREGA RETRASADA

        Su mensaje todavía no se ha entregado al siguiente destinatario:
        {b.rcpt}

        Motivo: el servidor de destino ha aplazado temporalmente la entrega.
        Respuesta del servidor: 451 4.7.1 Greylisted, please try again in 300 seconds

        La pasarela seguirá intentándolo automáticamente durante 48 horas. No es necesario que vuelva a enviar el mensaje. Si la entrega no es posible en ese plazo, recibirá un aviso de error definitivo.

        Asunto: {bounce_subject(b)}
        ID de seguimiento: SG-{b32(b.key, "track", 12)}

        Pasarela de correo seguro – Brackwater Solar""")
    outer = MIMEMultipart("mixed")
    outer.attach(notice_alternative(human))
    outer.attach(returned_headers(b))
    sender = "Pasarela de correo seguro <no-reply@secure-gw.brackwater-solar.example>"
    return finish(b, outer, sender=sender, subject=f"Entrega retrasada: {bounce_subject(b)}")


def bounce_isp_nl(b: Bounce) -> Message:
    """A Dutch provider's own notice: one text part, the original headers copied in."""
    reminder = original_reminder(b)
    copied = "\n".join(
        f"{k}: {reminder[k]}" for k in ("From", "To", "Subject", "Date", "Message-ID")
    )
    text = textwrap.dedent(f"""\
        Dit is een automatisch bericht van de mailserver van Stadsnet.

        Uw bericht kon niet worden afgeleverd bij de volgende ontvanger:

            {b.rcpt}

        Reden: dit e-mailadres bestaat niet (550 5.1.1 user unknown).

        Controleer het adres en verstuur het bericht opnieuw. Dit is een permanente fout; er wordt niet opnieuw geprobeerd.

        ---------- Kopregels van uw bericht ----------
        """)
    msg = text_part(text + copied + "\n", subtype="plain", charset="iso-8859-1", cte="8bit")
    sender = "Postmaster Stadsnet <postmaster@mail.stadsnet.example>"
    return finish(b, msg, sender=sender, subject="Onbestelbaar bericht")


def bounce_gmail_nl_delay(b: Bounce) -> Message:
    human = textwrap.dedent(f"""\
        ** Bericht vertraagd **

        Er is een tijdelijk probleem opgetreden bij het bezorgen van je bericht aan {b.rcpt}. Gmail probeert het nog 45 uur opnieuw. Je krijgt een melding als de bezorging definitief mislukt.

        Het antwoord was:
        De ontvangende server weigert tijdelijk verbindingen: 421 4.7.0 Try again later, closing connection.""")
    status = delivery_status(
        b,
        mta="mx.google.com",
        action="delayed",
        diagnostic="421 4.7.0 Try again later, closing connection.",
        remote="mx1.zorgboerderij-wilgenhof.example",
    )
    msg = report(notice_alternative(human), status, returned_headers(b))
    sender = "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"
    return finish(b, msg, sender=sender, subject="Delivery Status Notification (Delay)")


def bounce_isp_it(b: Bounce) -> Message:
    human = textwrap.dedent(f"""\
        Gentile utente,

        il messaggio che hai inviato non è stato consegnato al seguente destinatario:

        {b.rcpt}

        Motivo: l'indirizzo di posta elettronica non esiste (errore permanente).
        Risposta del server remoto: 550 5.1.1 <{b.rcpt}>: utente sconosciuto

        Verifica che l'indirizzo sia scritto correttamente e riprova.

        Questo è un messaggio generato automaticamente, si prega di non rispondere.
        """)
    status = delivery_status(
        b,
        mta="smtp-out2.reteitalia-mail.example",
        action="failed",
        diagnostic=f"550 5.1.1 <{b.rcpt}>: utente sconosciuto",
        remote="mx.cantinavalpietra.example",
    )
    msg = report(
        text_part(human, subtype="plain", charset="utf-8", cte="qp"), status, returned_message(b)
    )
    sender = "Servizio Posta <mailer-daemon@smtp-out2.reteitalia-mail.example>"
    return finish(b, msg, sender=sender, subject="Messaggio non consegnato")


def bounce_exchange_it_delay(b: Bounce) -> Message:
    human = textwrap.dedent(f"""\
        Il recapito del messaggio è in ritardo.

        Il messaggio non è stato ancora recapitato a {b.rcpt}. Il sistema continuerà a tentare il recapito per altre 46 ore. Se non riuscirà, riceverai una notifica.

        Non è necessario eseguire alcuna operazione.

        Informazioni di diagnostica per gli amministratori:
        Indirizzo del destinatario: {b.rcpt}
        Il server remoto ha restituito '400 4.4.7 Message delayed'""")
    msg = exchange_report(b, human, "400 4.4.7 Message delayed", action="delayed")
    return finish(
        b, msg, sender=EXCHANGE_SENDER, subject=f"Recapito ritardato: {bounce_subject(b)}"
    )


BOUNCE_BUILDERS: dict[str, Callable[[Bounce], Message]] = {
    "postfix": bounce_postfix,
    "qmail": bounce_qmail,
    "sendmail_delay": bounce_sendmail_delay,
    "exchange_de": bounce_exchange_de,
    "exim_de_delay": bounce_exim_de_delay,
    "exchange_fr_full": bounce_exchange_fr_full,
    "exchange_es": bounce_exchange_es,
    "gateway_es_delay": bounce_gateway_es_delay,
    "isp_nl": bounce_isp_nl,
    "gmail_nl_delay": bounce_gmail_nl_delay,
    "isp_it": bounce_isp_it,
    "exchange_it_delay": bounce_exchange_it_delay,
}

BOUNCES = [
    Bounce(
        key="bo-en-1",
        lang="en",
        kind="hard",
        status="5.1.1",
        rcpt="accounts@meadowcroftdairy.example",
        when="2027-03-09 08:26",
        build="postfix",
        note="Postfix RFC 3464 report with the whole reminder returned",
    ),
    Bounce(
        key="bo-en-2",
        lang="en",
        kind="hard",
        status="5.1.1",
        rcpt="office@hollinsvets.example",
        when="2027-03-18 08:41",
        build="qmail",
        note="qmail notice without MIME; the status is the '(#5.1.1)' in the text",
    ),
    Bounce(
        key="bo-en-3",
        lang="en",
        kind="soft",
        status="4.4.1",
        rcpt="bursar@kingsbrookacademy.example",
        when="2027-03-22 12:19",
        build="sendmail_delay",
        note="sendmail 4-hour warning; delayed, not failed",
    ),
    Bounce(
        key="bo-de-1",
        lang="de",
        kind="hard",
        status="5.1.10",
        rcpt="buchhaltung@tischlerei-brandt.example",
        when="2027-03-10 09:14",
        build="exchange_de",
        zone="cet",
    ),
    Bounce(
        key="bo-de-2",
        lang="de",
        kind="soft",
        status="4.4.2",
        rcpt="info@biohof-sommerfeld.example",
        when="2027-03-25 09:33",
        build="exim_de_delay",
        zone="cet",
        note="Exim delay warning with a German template, plain text, no DSN part",
    ),
    Bounce(
        key="bo-fr-1",
        lang="fr",
        kind="soft",
        status="5.2.2",
        rcpt="comptabilite@gaec-des-trois-chenes.example",
        when="2027-03-16 09:20",
        build="exchange_fr_full",
        zone="cet",
        note="mailbox full reported with a 5.x code: soft (holdout2 rule), the code is kept",
    ),
    Bounce(
        key="bo-es-1",
        lang="es",
        kind="hard",
        status="5.1.1",
        rcpt="pagos@hostal-lasencinas.example",
        when="2027-03-12 09:11",
        build="exchange_es",
        zone="cet",
    ),
    Bounce(
        key="bo-es-2",
        lang="es",
        kind="soft",
        status="4.7.1",
        rcpt="contabilidad@panaderia-sanroque.example",
        when="2027-03-30 09:40",
        build="gateway_es_delay",
        zone="cet",
        note="security gateway's greylisting delay notice in multipart/mixed, not RFC 3464",
    ),
    Bounce(
        key="bo-nl-1",
        lang="nl",
        kind="hard",
        status="5.1.1",
        rcpt="administratie@bakkerijvandam.example",
        when="2027-03-17 09:05",
        build="isp_nl",
        zone="cet",
        note="Dutch provider notice, one Latin-1 text part with the original headers copied in",
    ),
    Bounce(
        key="bo-nl-2",
        lang="nl",
        kind="soft",
        status="4.7.0",
        rcpt="facturen@zorgboerderij-wilgenhof.example",
        when="2027-03-23 13:52",
        build="gmail_nl_delay",
        zone="cet",
        note="Gmail delay notice in Dutch",
    ),
    Bounce(
        key="bo-it-1",
        lang="it",
        kind="hard",
        status="5.1.1",
        rcpt="amministrazione@cantinavalpietra.example",
        when="2027-03-11 09:12",
        build="isp_it",
        zone="cet",
        note="Italian provider report with the whole reminder returned",
    ),
    Bounce(
        key="bo-it-2",
        lang="it",
        kind="soft",
        status="4.4.7",
        rcpt="economato@parrocchia-sanrocco-bg.example",
        when="2027-04-01 09:30",
        build="exchange_it_delay",
        zone="cet",
        note="Exchange 'Recapito ritardato' delay report",
    ),
]

# --------------------------------------------------------------------------------------------
# Labels
# --------------------------------------------------------------------------------------------


def reply_label(r: Reply) -> Label:
    x = r.extract
    return {
        "file": "",
        "intent": r.intent,
        "promised_date": x.get("promised_date"),
        "paid_date": x.get("paid_date"),
        "return_date": x.get("return_date"),
        "payment_reference": x.get("payment_reference"),
        "amount": x.get("amount"),
        "currency": x.get("currency"),
        "new_contact": x.get("new_contact"),
        "bounce_kind": None,
        "failed_recipient": None,
        "bounce_status": None,
        "invoice_refs": list(r.refs),
        "language": r.lang,
        "note": r.note,
    }


def bounce_label(b: Bounce) -> Label:
    return {
        "file": "",
        "intent": "bounce",
        "promised_date": None,
        "paid_date": None,
        "return_date": None,
        "payment_reference": None,
        "amount": None,
        "currency": None,
        "new_contact": None,
        "bounce_kind": b.kind,
        "failed_recipient": b.rcpt.lower(),
        "bounce_status": b.status,
        "invoice_refs": [],
        "language": b.lang,
        "note": b.note,
    }


# --------------------------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------------------------

DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT_RE = re.compile(r"^\d+\.\d{2}$")
REF_RE = re.compile(r"^BWS-J-\d{4}/\d$")
STATUS_RE = re.compile(r"^[245]\.\d{1,3}\.\d{1,3}$")


class CorpusError(Exception):
    """A built message or its label breaks the corpus rules."""


def header_problems(name: str, msg: EmailMessage) -> list[str]:
    problems = [
        f"{name}: no {h}" for h in ("From", "To", "Subject", "Date", "Message-ID") if msg[h] is None
    ]
    for key, value in msg.items():
        defects = getattr(value, "defects", ())
        if defects:
            problems.append(f"{name}: header {key} has defects {defects}")
        if "=?" in str(value):
            problems.append(f"{name}: header {key} not decoded")
    return problems


def mime_tree(part: EmailMessage) -> Iterator[EmailMessage]:
    """Every MIME part, entering returned messages but not delivery-status field blocks."""
    yield part
    if part.get_content_type() == "message/rfc822":
        inner = part.get_content()
        if isinstance(inner, EmailMessage):
            yield from mime_tree(inner)
    elif part.get_content_maintype() == "multipart":
        for sub in part.iter_parts():
            if isinstance(sub, EmailMessage):
                yield from mime_tree(sub)


def part_problems(name: str, msg: EmailMessage) -> list[str]:
    problems: list[str] = []
    texts = 0
    for part in mime_tree(msg):
        if part.defects:
            problems.append(f"{name}: {part.get_content_type()} defects {part.defects}")
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if not isinstance(content, str) or not content.strip():
                problems.append(f"{name}: empty or undecodable {part.get_content_type()} part")
            texts += 1
    if texts == 0:
        problems.append(f"{name}: no text part")
    return problems


def check_message(name: str, data: bytes) -> None:
    msg = message_from_bytes(data, policy=policy.default)
    problems = header_problems(name, msg) + part_problems(name, msg)
    if problems:
        raise CorpusError("\n".join(problems))


def label_problems(label: Label) -> list[str]:
    name = label["file"]
    problems = []
    if tuple(label) != LABEL_KEYS:
        problems.append(f"{name}: label keys {tuple(label)}")
    dates = (label["promised_date"], label["paid_date"], label["return_date"])
    problems += [f"{name}: date {d!r}" for d in dates if d is not None and not DATE_RE.match(d)]
    amount, currency = label["amount"], label["currency"]
    if (amount is None) != (currency is None) or (
        amount is not None and not AMOUNT_RE.match(amount)
    ):
        problems.append(f"{name}: amount {amount!r} {currency!r}")
    if currency not in {None, "EUR", "GBP"}:
        problems.append(f"{name}: currency {currency!r}")
    problems += [f"{name}: ref {ref!r}" for ref in label["invoice_refs"] if not REF_RE.match(ref)]
    return problems + bounce_field_problems(label)


def bounce_field_problems(label: Label) -> list[str]:
    name = label["file"]
    fields = (label["bounce_kind"], label["failed_recipient"], label["bounce_status"])
    if label["intent"] != "bounce":
        return [f"{name}: bounce fields on a {label['intent']}"] if any(fields) else []
    kind, rcpt, status = fields
    problems = []
    if kind not in {"hard", "soft"} or rcpt is None or rcpt != rcpt.lower():
        problems.append(f"{name}: bounce kind {kind!r} or recipient {rcpt!r}")
    if status is None or not STATUS_RE.match(status):
        problems.append(f"{name}: bounce status {status!r}")
    elif status.startswith("4") and kind != "soft":
        problems.append(f"{name}: a 4.x.x status is soft")
    return problems


def reply_problems(r: Reply) -> list[str]:
    """The hand-written text must carry what its label claims, on a day inside the range."""
    problems = []
    if not FIRST_DAY <= r.dt.date() <= LAST_DAY:
        problems.append(f"{r.key}: dated {r.dt.date()}")
    if not r.key.startswith(f"{INTENT_KEYS[r.intent]}-{r.lang}-"):
        problems.append(f"{r.key}: key does not match {r.intent}/{r.lang}")
    problems += [f"{r.key}: {ref} not in the text" for ref in r.refs if ref[6:] not in r.text]
    contact = r.extract.get("new_contact")
    if contact is not None and contact not in r.text.lower():
        problems.append(f"{r.key}: new contact not in the text")
    if r.style not in STYLES:
        problems.append(f"{r.key}: unknown style {r.style}")
    return problems


def count_problems(labels: list[Label]) -> list[str]:
    cells = Counter((x["intent"], x["language"]) for x in labels)
    problems = [
        f"{i}: {sum(cells[i, lang] for lang in LANGS)} messages"
        for i in INTENTS
        if sum(cells[i, lang] for lang in LANGS) != PER_INTENT
    ]
    problems += [f"{i}/{lang}: missing" for i in INTENTS for lang in LANGS if cells[i, lang] == 0]
    kinds = Counter(x["bounce_kind"] for x in labels if x["intent"] == "bounce")
    if kinds["hard"] != kinds["soft"]:
        problems.append(f"bounces: {dict(kinds)}")
    return problems


def check_all(labels: list[Label]) -> None:
    problems = [p for r in REPLIES for p in reply_problems(r)]
    problems += [
        p
        for b in BOUNCES
        if not FIRST_DAY <= b.dt.date() <= LAST_DAY
        for p in [f"{b.key}: dated {b.dt.date()}"]
    ]
    problems += [p for label in labels for p in label_problems(label)]
    problems += count_problems(labels)
    if problems:
        raise CorpusError("\n".join(problems))


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------


def all_messages() -> list[tuple[str, Message, Label]]:
    items = [(r.key, build_reply(r), reply_label(r)) for r in REPLIES]
    items += [(b.key, BOUNCE_BUILDERS[b.build](b), bounce_label(b)) for b in BOUNCES]
    keys = [key for key, _, _ in items]
    if len(set(keys)) != len(keys):
        raise CorpusError("duplicate keys")
    ids = [str(msg["Message-ID"]) for _, msg, _ in items]
    if len(set(ids)) != len(ids):
        raise CorpusError("duplicate Message-IDs")
    return items


def count_table(labels: list[Label]) -> str:
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


def write_all() -> list[Label]:
    items = sorted(all_messages(), key=lambda item: digest(item[0], SEED))
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[Label] = []
    for number, (_, msg, label) in enumerate(items, start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = msg.as_bytes()
        check_message(name, data)
        (HERE / name).write_bytes(data)
        label["file"] = name
        labels.append(label)
    check_all(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        out.writelines(json.dumps(label, ensure_ascii=False) + "\n" for label in labels)
    return labels


def main() -> int:
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(x["bounce_kind"] for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: hard {kinds['hard']}, soft {kinds['soft']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
