# ruff: noqa: C901, E501, PLR0912, PLR0917, RUF001, RUF002
# Message text is kept one paragraph a line, as a mail client sends it, with the typographic
# dashes, quotes and accents that people and their clients really type.
"""Build held-out reply corpus 84: `h84-NNN.eml` files and `labels.jsonl`.

Every message answers (or bounces) an overdue-invoice reminder sent by the receivables team of
Hearthstone Bakery Wholesale. The new text of each message is written by hand below. This script
only adds what a mail client or a mail server would add: the quoted reminder in the client's own
layout and language, headers, MIME structure, charsets and transfer encodings. It writes next to
itself, deterministically, and then parses every file back as a check.
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
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from email import charset as email_charset
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
SEED = "hearthstone-holdout-84"
PREFIX = "h84"
FIRST_DAY = date(2027, 7, 5)
LAST_DAY = date(2027, 7, 30)
UK_TZ = timezone(timedelta(hours=1))  # BST in July
CE_TZ = timezone(timedelta(hours=2))  # CEST in July
AR_NAME = "Hearthstone Receivables"
AR_ADDR = "receivables@hearthstone-bakery.example"
AR_DOMAIN = "hearthstone-bakery.example"
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
# The only label fields each intent may fill (everything else stays null).
INTENT_FIELDS: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "amount", "currency"}),
    "auto_reply": frozenset({"return_date"}),
    "wrong_contact": frozenset({"new_contact"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
}
INVOICE_RE = re.compile(r"^HSB-\d{5}$")
AMOUNT_RE = re.compile(r"^\d+\.\d{2}$")
PAYMENT_TERMS = timedelta(days=7)
# Clients fold long headers, but keep a Message-ID or a User-Agent on one line.
OUTPUT_POLICY = policy.compat32.clone(max_line_length=120)

# --------------------------------------------------------------------------------------------
# Locale tables: how each client writes dates, attributions and reply prefixes
# --------------------------------------------------------------------------------------------

DAY_NAMES = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
}
DAY_ABBR = {
    "en": "Mon Tue Wed Thu Fri Sat Sun",
    "de": "Mo Di Mi Do Fr Sa So",
    "fr": "lun mar mer jeu ven sam dim",
    "es": "lun mar mié jue vie sáb dom",
    "nl": "ma di wo do vr za zo",
    "it": "lun mar mer gio ven sab dom",
}
MONTH_NAMES = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
}
MONTH_ABBR = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}
GMAIL_ATTRIBUTION = {
    "en": "On {wda}, {d} {mona} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {wda}., {d}. {mona} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wda}. {d} {mona} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wda}, {d} {mona} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wda} {d} {mona} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wda} {d} {mona} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTRIBUTION = {
    "en": "On {d} {mona} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mona} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {mona} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mona} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mona} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTRIBUTION = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{m}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{yy} {HH}:{mm}, {name} ha scritto:",
}
OUTLOOK_DATE = {
    "en": "{dd} {monl} {y} {HH}:{mm}",
    "de": "{wdl}, {d}. {monl} {y} {HH}:{mm}",
    "fr": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "es": "{wdl}, {d} de {monl} de {y} {H}:{mm}",
    "nl": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "it": "{wdl} {d} {monl} {y} {HH}:{mm}",
}
ANDROID_DATE = {
    "en": "{wdl}, {d} {monl} {y} {HH}:{mm}:{ss}",
    "de": "{wdl}, {d}. {monl} {y} {HH}:{mm}:{ss}",
    "fr": "{wdl} {d} {monl} {y} {HH}:{mm}:{ss}",
    "es": "{wdl}, {d} de {monl} de {y} {H}:{mm}:{ss}",
    "nl": "{wdl} {d} {monl} {y} {HH}:{mm}:{ss}",
    "it": "{wdl} {d} {monl} {y} {HH}:{mm}:{ss}",
}
# separator line, From, Sent, To, Subject, and the label/value separator
OUTLOOK_HEADER_LABELS = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject", ": "),
    "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff", ": "),
    "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : "),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": "),
    "nl": ("-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "Onderwerp", ": "),
    "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ": "),
}
OUTLOOK_REPLY_PREFIX = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
OUTLOOK_BODY_LANG = {"en": "EN-GB", "de": "DE", "fr": "FR", "es": "ES", "nl": "NL", "it": "IT"}
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
AUTO_REPLY_PREFIX = {
    "en": "Automatic reply: ",
    "de": "Automatische Antwort: ",
    "fr": "Réponse automatique : ",
    "es": "Respuesta automática: ",
    "nl": "Automatisch antwoord: ",
    "it": "Risposta automatica: ",
}

# --------------------------------------------------------------------------------------------
# The reminder every message answers
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Payment reminder: invoice {inv} is overdue",
    "de": "Zahlungserinnerung: Rechnung {inv} ist überfällig",
    "fr": "Rappel de paiement : facture {inv} échue",
    "es": "Aviso de pago: factura {inv} vencida",
    "nl": "Betalingsherinnering: factuur {inv} is vervallen",
    "it": "Promemoria di pagamento: fattura {inv} scaduta",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "This is a reminder from Hearthstone Bakery Wholesale. According to our ledger, the invoice below has passed its due date and is still open:\n\n"
        "  Invoice: {inv}\n  Invoice date: {issued}\n  Due date: {due}\n  Amount outstanding: {amt}\n\n"
        "If payment is already on its way, please let us know the date and we will update your account. If something on the invoice doesn't look right, reply to this e-mail and we will sort it out with you.\n\n"
        "Many thanks,\n\nReceivables team\nHearthstone Bakery Wholesale Ltd\nUnit 7, Millbrook Industrial Park\nreceivables@hearthstone-bakery.example"
    ),
    "de": (
        "Guten Tag,\n\n"
        "bei der Durchsicht unserer Konten haben wir festgestellt, dass die folgende Rechnung nach Ablauf des Zahlungsziels noch offen ist:\n\n"
        "  Rechnung: {inv}\n  Rechnungsdatum: {issued}\n  Fällig am: {due}\n  Offener Betrag: {amt}\n\n"
        "Falls Sie die Zahlung bereits angewiesen haben, teilen Sie uns bitte kurz das Datum mit. Sollte an der Rechnung etwas nicht stimmen, antworten Sie einfach auf diese E-Mail.\n\n"
        "Freundliche Grüße\n\nDebitorenbuchhaltung\nHearthstone Bakery Wholesale Ltd\nreceivables@hearthstone-bakery.example"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Sauf erreur ou omission de notre part, nous n'avons pas encore reçu le règlement de la facture ci-dessous, dont l'échéance est dépassée :\n\n"
        "  Facture : {inv}\n  Date de facture : {issued}\n  Échéance : {due}\n  Montant restant dû : {amt}\n\n"
        "Si le paiement est déjà en cours, merci de nous en indiquer la date afin que nous mettions votre compte à jour. Pour toute question sur cette facture, répondez simplement à ce message.\n\n"
        "Bien cordialement,\n\nService recouvrement\nHearthstone Bakery Wholesale Ltd\nreceivables@hearthstone-bakery.example"
    ),
    "es": (
        "Buenos días:\n\n"
        "Le escribimos desde Hearthstone Bakery Wholesale porque, según nuestra contabilidad, la siguiente factura sigue pendiente de pago una vez pasado su vencimiento:\n\n"
        "  Factura: {inv}\n  Fecha de emisión: {issued}\n  Vencimiento: {due}\n  Importe pendiente: {amt}\n\n"
        "Si ya ha ordenado el pago, indíquenos la fecha para que podamos actualizar su cuenta. Si observa algún error en la factura, basta con responder a este correo.\n\n"
        "Un saludo,\n\nDepartamento de cobros\nHearthstone Bakery Wholesale Ltd\nreceivables@hearthstone-bakery.example"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Volgens onze administratie is de onderstaande factuur nog niet voldaan, terwijl de betaaltermijn al is verstreken:\n\n"
        "  Factuur: {inv}\n  Factuurdatum: {issued}\n  Vervaldatum: {due}\n  Openstaand bedrag: {amt}\n\n"
        "Is de betaling al onderweg? Laat ons dan even de datum weten, dan werken wij uw rekening bij. Klopt er iets niet aan de factuur, reageer dan gewoon op deze e-mail.\n\n"
        "Met vriendelijke groet,\n\nAfdeling debiteuren\nHearthstone Bakery Wholesale Ltd\nreceivables@hearthstone-bakery.example"
    ),
    "it": (
        "Buongiorno,\n\n"
        "dai nostri registri contabili la fattura indicata di seguito risulta ancora aperta oltre la data di scadenza:\n\n"
        "  Fattura: {inv}\n  Data fattura: {issued}\n  Scadenza: {due}\n  Importo da saldare: {amt}\n\n"
        "Se il pagamento è già stato disposto, vi chiediamo gentilmente di comunicarci la data, così da aggiornare la vostra posizione. Per qualsiasi chiarimento sulla fattura è sufficiente rispondere a questa e-mail.\n\n"
        "Cordiali saluti,\n\nUfficio crediti\nHearthstone Bakery Wholesale Ltd\nreceivables@hearthstone-bakery.example"
    ),
}
INVOICE_DATE_FORMAT = {
    "en": "{dd}/{mo}/{y}",
    "de": "{dd}.{mo}.{y}",
    "fr": "{dd}/{mo}/{y}",
    "es": "{dd}/{mo}/{y}",
    "nl": "{dd}-{mo}-{y}",
    "it": "{dd}/{mo}/{y}",
}
# What a Latin-1 client does to characters its charset lacks when it quotes the reminder.
LATIN1_REPLACEMENTS = {"–": "-", "€": "EUR", "’": "'", "…": "..."}


def format_amount(amount: Decimal, currency: str, lang: str) -> str:
    """The amount as the reminder prints it for the customer's language and currency."""
    whole, cents = f"{amount:.2f}".split(".")
    groups = f"{int(whole):,}"
    symbol = {"GBP": "£", "EUR": "€"}[currency]
    if lang == "en":
        return f"{symbol}{groups}.{cents}"
    if lang == "fr":
        return f"{groups.replace(',', ' ')},{cents} {symbol}"
    dotted = groups.replace(",", ".")
    if lang in {"nl", "it"}:
        return f"{symbol} {dotted},{cents}"
    return f"{dotted},{cents} {symbol}"


# --------------------------------------------------------------------------------------------
# Message specs
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """One hand-written message from a customer (or a customer's system), with its labels."""

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    style: str
    body: str
    labels: Mapping[str, object] = field(default_factory=dict)
    inv: str = ""  # the invoice the reminder was about (derived from the key when empty)
    amt: str = ""  # its amount (derived from the key when empty)
    issued: str = ""  # its invoice date (derived from the reminder date when empty)
    rcpt: str = ""  # where the reminder went, when someone else answers it
    subject: str = ""  # a subject the writer typed; "{rsub}" stands for the reminder's
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    attach: tuple[str, bytes] | None = None
    lag: int | None = 1  # working days since the reminder; None: minutes (automatic answers)
    threaded: bool = True  # False for system notices that are not replies at all

    @property
    def dt(self) -> datetime:
        """The Date: of the message, with its offset."""
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def currency(self) -> str:
        """GBP for UK customers, EUR for the others."""
        return "GBP" if self.dt.utcoffset() == UK_TZ.utcoffset(None) else "EUR"

    @property
    def notice(self) -> bool:
        """Automatic notices and AP advices quote nothing."""
        return self.style in {"notice", "advice_html"}


def lab(
    refs: tuple[str, ...] = (), note: str | None = None, **fields: str | None
) -> dict[str, object]:
    """The label fields of one message; `refs` lists the HSB numbers its writer typed."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label keys {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


# --------------------------------------------------------------------------------------------
# Hashes, identifiers and dates
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    """A stable digest of a message key, so every derived value is reproducible."""
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def number(key: str, salt: str, modulo: int) -> int:
    """A stable small number derived from the key."""
    return int.from_bytes(digest(key, salt)[:8], "big") % modulo


def token(key: str, salt: str, n: int) -> str:
    """A stable upper-case base32 token derived from the key."""
    return base64.b32encode(digest(key, salt)).decode()[:n]


def reminder_msgid(key: str) -> str:
    """The Message-ID Hearthstone's system gave the reminder."""
    return f"<{token(key, 'reminder', 24).lower()}.reminder@{AR_DOMAIN}>"


def reply_msgid(r: Reply) -> str:
    """A Message-ID shaped like the one the sender's client would write."""
    raw = digest(r.key, "msgid")
    domain = r.who[1].split("@")[1]
    if r.style in {"gmail", "gmail_plain"}:
        return f"<CAF{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:41]}@mail.gmail.com>"
    if r.style in OUTLOOK_FAMILY:
        return f"<{token(r.key, 'ms', 24)}@{token(r.key, 'host', 9)}.EURP194.PROD.OUTLOOK.COM>"
    if r.style in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if r.style == "thunderbird":
        h = raw.hex()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{raw.hex()[:20]}.{number(r.key, 'pid', 99999)}@{domain}>"


def date_parts(lang: str, moment: datetime | date) -> dict[str, str]:
    """Every piece a date template may need, in the given language."""
    hour = moment.hour if isinstance(moment, datetime) else 0
    minute = moment.minute if isinstance(moment, datetime) else 0
    second = moment.second if isinstance(moment, datetime) else 0
    wd, mo = moment.weekday(), moment.month - 1
    return {
        "wda": DAY_ABBR[lang].split()[wd],
        "wdl": DAY_NAMES[lang].split()[wd],
        "mona": MONTH_ABBR[lang].split()[mo],
        "monl": MONTH_NAMES[lang].split()[mo],
        "d": str(moment.day),
        "dd": f"{moment.day:02d}",
        "m": str(moment.month),
        "mo": f"{moment.month:02d}",
        "y": str(moment.year),
        "yy": f"{moment.year % 100:02d}",
        "HH": f"{hour:02d}",
        "H": str(hour),
        "mm": f"{minute:02d}",
        "ss": f"{second:02d}",
    }


def render(template: str, lang: str, moment: datetime | date, **extra: str) -> str:
    """Fill a date template in the given language."""
    return template.format(**date_parts(lang, moment), **extra)


def working_days_before(day: date, n: int) -> date:
    """The working day `n` working days before `day` (n=0: `day` itself)."""
    while n > 0:
        day -= timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


def reminder_sent(r: Reply) -> datetime:
    """When the reminder left Hearthstone (09:0x in the UK), shown in the sender's time zone."""
    if r.lag is None:  # an automatic answer comes a few minutes after the reminder
        return r.dt - timedelta(
            minutes=2 + number(r.key, "lagmin", 3), seconds=-number(r.key, "sec", 50)
        )
    uk_day = r.dt.astimezone(UK_TZ).date()
    day = working_days_before(uk_day, r.lag)
    sent = datetime(
        day.year,
        day.month,
        day.day,
        9,
        1 + number(r.key, "min", 9),
        10 + number(r.key, "sec", 49),
        tzinfo=UK_TZ,
    )
    return sent.astimezone(r.dt.tzinfo)


@dataclass(frozen=True)
class Invoice:
    """The invoice a reminder chases."""

    number: str
    issued: date
    due: date
    amount: Decimal
    currency: str


def invoice_for(
    key: str, sent: datetime, currency: str, inv: str = "", amt: str = "", issued: str = ""
) -> Invoice:
    """The reminder's invoice: given by the spec, or derived from the key."""
    num = inv or f"HSB-{40400 + number(key, 'inv', 900):05d}"
    amount = (
        Decimal(amt)
        if amt
        else Decimal(60 + number(key, "amt", 1300)) + Decimal(number(key, "cents", 20) * 5) / 100
    )
    if issued:
        issue_day = date.fromisoformat(issued)
    else:
        issue_day = sent.date() - timedelta(days=4 + number(key, "overdue", 10)) - PAYMENT_TERMS
        while issue_day.weekday() >= 5:
            issue_day -= timedelta(days=1)
    due = issue_day + PAYMENT_TERMS
    if due >= sent.date():
        raise ValueError(f"{key}: invoice {num} is not overdue when the reminder is sent")
    return Invoice(num, issue_day, due, amount, currency)


# --------------------------------------------------------------------------------------------
# Text helpers and MIME parts
# --------------------------------------------------------------------------------------------


def latin1_text(text: str) -> str:
    """Replace the characters Latin-1 lacks, as a Latin-1 client would."""
    for bad, good in LATIN1_REPLACEMENTS.items():
        text = text.replace(bad, good)
    return text


def for_charset(text: str, charset: str) -> str:
    """Quoted material as a client in this charset would send it."""
    return latin1_text(text) if charset == "iso-8859-1" else text


def quote_lines(text: str) -> str:
    """Quote text with `> ` the way mail clients do."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_text(text: str) -> str:
    """Escape text for HTML, keeping its line breaks."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_blocks(text: str) -> str:
    """Escape text for HTML, one div per paragraph."""
    return "\n".join(f"<div>{html_text(block)}</div>" for block in text.split("\n\n"))


def word_paragraphs(text: str, lang: str) -> str:
    """Plain lines as Word's `MsoNormal` paragraphs."""
    out = []
    for line in text.split("\n"):
        inner = (
            html.escape(line, quote=False).replace("  ", "&nbsp; ") if line else "<o:p>&nbsp;</o:p>"
        )
        out.append(f"<p class=MsoNormal><span lang={OUTLOOK_BODY_LANG[lang]}>{inner}</span></p>")
    return "\n".join(out)


def flowed(text: str, width: int = 72) -> str:
    """RFC 3676 format=flowed: long lines wrapped with a trailing space, quotes kept, space-stuffed."""
    out: list[str] = []
    for raw in text.split("\n"):
        line = raw.rstrip(" ") if raw != "-- " else raw
        depth = len(line) - len(line.lstrip(">"))
        prefix = ">" * depth
        content = line[depth:]
        if depth:
            content = content[1:] if content.startswith(" ") else content
            prefix += " "
        elif content.startswith((" ", "From ", ">")):
            prefix = " "
        if len(prefix) + len(content) <= 78 or " " not in content.strip():
            out.append(prefix + content)
            continue
        words = content.split(" ")
        current = ""
        for word in words:
            candidate = f"{current} {word}" if current else word
            if current and len(prefix) + len(candidate) > width:
                out.append(f"{prefix}{current} ")
                current = word
            else:
                current = candidate
        out.append(prefix + current)
    return "\n".join(out)


def body_charset(name: str, cte: str) -> email_charset.Charset:
    """A Charset carrying the transfer encoding the client chose."""
    chosen = email_charset.Charset(name)
    # None means 7bit/8bit (no transfer encoding); typeshed types body_encoding as int only.
    chosen.body_encoding = {  # type: ignore[assignment]
        "qp": email_charset.QP,
        "b64": email_charset.BASE64,
        "8bit": None,
        "7bit": None,
    }[cte]
    return chosen


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """A text part; raises if the hand-written text does not fit the declared charset."""
    text.encode(charset)
    if cte == "7bit" and not text.isascii():
        raise ValueError("7bit part with non-ASCII text")
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, body_charset(charset, cte))
    return part


def encoded_header(value: str, charset: str, name: str = "Subject") -> str:
    """A header value as the client encodes it: RFC 2047 words when it is not ASCII."""
    if value.isascii():
        return value
    try:
        value.encode(charset)
        chosen = charset
    except UnicodeEncodeError:
        chosen = "utf-8"
    return Header(value, chosen, header_name=name).encode()


def mailbox(name: str, addr: str, charset: str) -> str:
    """A From/To value with an RFC 2047 display name when the name is not ASCII."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encoded_header(name, charset, 'From')} <{addr}>"


# --------------------------------------------------------------------------------------------
# The quoted reminder, seen from the replying client
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quote:
    """The reminder as the replying client shows and quotes it."""

    subject: str
    text: str
    sent: datetime
    lang: str
    to: str
    invoice: Invoice


def reminder_subject(lang: str, inv: str) -> str:
    """The reminder's subject in its language."""
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_text(lang: str, invoice: Invoice) -> str:
    """The reminder's body in its language, for one invoice."""
    fmt = INVOICE_DATE_FORMAT[lang]
    return REMINDER_BODY[lang].format(
        inv=invoice.number,
        issued=render(fmt, lang, invoice.issued),
        due=render(fmt, lang, invoice.due),
        amt=format_amount(invoice.amount, invoice.currency, lang),
    )


def make_quote(r: Reply) -> Quote:
    """What the reply's client quotes: the reminder as the customer received it."""
    sent = reminder_sent(r)
    invoice = invoice_for(r.key, sent, r.currency, r.inv, r.amt, r.issued)
    if r.rcpt:  # someone else answers a reminder that went to the customer
        to = r.rcpt
    else:
        name = for_charset(r.who[0], r.charset)
        to = formataddr((name, r.who[1])) if name.isascii() else f"{name} <{r.who[1]}>"
    subject = for_charset(reminder_subject(r.lang, invoice.number), r.charset)
    text = for_charset(reminder_text(r.lang, invoice), r.charset)
    return Quote(subject, text, sent, r.lang, to, invoice)


def outlook_header_lines(q: Quote, date_template: dict[str, str] = OUTLOOK_DATE) -> list[str]:
    """Outlook's From/Sent/To/Subject block above the quoted message."""
    _, frm, sent, to, subj, sep = OUTLOOK_HEADER_LABELS[q.lang]
    return [
        f"{frm}{sep}{AR_NAME} <{AR_ADDR}>",
        f"{sent}{sep}{render(date_template[q.lang], q.lang, q.sent)}",
        f"{to}{sep}{q.to}",
        f"{subj}{sep}{q.subject}",
    ]


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


def alternative(r: Reply, plain: str, markup: str) -> Message:
    """A multipart/alternative with the plain and HTML versions."""
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(plain, "plain", r.charset, r.cte))
    outer.attach(text_part(markup, "html", r.charset, r.cte))
    return outer


def layout_outlook(r: Reply, q: Quote) -> Message:
    """Outlook desktop, plain text, with the localised original-message separator."""
    block = "\n".join([OUTLOOK_HEADER_LABELS[q.lang][0], *outlook_header_lines(q)])
    return text_part(f"{r.body}\n\n{block}\n\n{q.text}\n", "plain", r.charset, r.cte)


def word_document(r: Reply, q: Quote) -> str:
    """Outlook's Word-generated HTML, with the grey divider above the quoted header block."""
    _, frm, sent, to, subj, sep = OUTLOOK_HEADER_LABELS[q.lang]
    values = [line.split(sep, 1)[1] for line in outlook_header_lines(q)]
    head = "<br>\n".join(
        f"<b>{label}{html.escape(sep.rstrip())}</b> {html.escape(value)}"
        for label, value in zip((frm, sent, to, subj), values, strict=True)
    )
    lang = OUTLOOK_BODY_LANG[r.lang]
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif;}\n'
        'span.EmailStyle19 {mso-style-type:personal-reply; font-family:"Aptos",sans-serif; color:windowtext;}\n'
        "@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n"
        f'<body lang={lang} link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class=WordSection1>\n'
        f"{word_paragraphs(r.body, r.lang)}\n"
        "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f"<p class=MsoNormal>{head}<o:p></o:p></p>\n</div>\n"
        "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
        f"{word_paragraphs(q.text, r.lang)}\n</div>\n</body>\n</html>\n"
    )


def layout_outlook_html(r: Reply, q: Quote) -> Message:
    """Outlook desktop HTML: multipart/alternative with Word markup."""
    plain = "\n".join([r.body, "", *outlook_header_lines(q), "", q.text, ""])
    return alternative(r, plain, word_document(r, q))


def layout_html_only(r: Reply, q: Quote) -> Message:
    """Outlook configured to send HTML without a plain-text alternative."""
    return text_part(word_document(r, q), "html", r.charset, r.cte)


def layout_android(r: Reply, q: Quote) -> Message:
    """Outlook for Android: base64 plain text with the localised download line."""
    block = "\n".join(outlook_header_lines(q, ANDROID_DATE))
    text = f"{r.body}\n\n{ANDROID_SIGNATURE[q.lang]}\n{'_' * 32}\n{block}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def gmail_attribution(q: Quote) -> str:
    """Gmail's localised 'On ... wrote:' line."""
    return render(GMAIL_ATTRIBUTION[q.lang], q.lang, q.sent, name=AR_NAME, addr=AR_ADDR)


def layout_gmail(r: Reply, q: Quote) -> Message:
    """Gmail web: multipart/alternative with the `gmail_quote` block."""
    attribution = gmail_attribution(q)
    plain = f"{r.body}\n\n{attribution}\n\n{quote_lines(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_text(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attribution)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_blocks(q.text)}</blockquote></div>\n"
    )
    return alternative(r, plain, markup)


def layout_gmail_plain(r: Reply, q: Quote) -> Message:
    """Gmail in plain-text mode: `>` quoting under the attribution line."""
    return text_part(
        f"{r.body}\n\n{gmail_attribution(q)}\n\n{quote_lines(q.text)}\n", "plain", r.charset, r.cte
    )


def apple_attribution(q: Quote) -> str:
    """Apple Mail's localised 'On ... wrote:' line."""
    return render(APPLE_ATTRIBUTION[q.lang], q.lang, q.sent, name=AR_NAME, addr=AR_ADDR)


def layout_apple(r: Reply, q: Quote) -> Message:
    """Apple Mail on a Mac."""
    return text_part(
        f"{r.body}\n\n{apple_attribution(q)}\n\n{quote_lines(q.text)}\n", "plain", r.charset, r.cte
    )


def layout_iphone(r: Reply, q: Quote) -> Message:
    """iPhone Mail: the localised signature, then the attribution inside the quote."""
    quoted = quote_lines(f"{apple_attribution(q)}\n\n{q.text}")
    return text_part(
        f"{r.body}\n\n{IPHONE_SIGNATURE[q.lang]}\n\n{quoted}\n", "plain", r.charset, r.cte
    )


def layout_thunderbird(r: Reply, q: Quote) -> Message:
    """Thunderbird: attribution directly above the quote, format=flowed."""
    attribution = render(THUNDERBIRD_ATTRIBUTION[q.lang], q.lang, q.sent, name=AR_NAME)
    text = flowed(f"{r.body}\n\n{attribution}\n{quote_lines(q.text)}\n")
    part = text_part(text, "plain", r.charset, r.cte)
    part.set_param("format", "flowed")
    part.set_param("delsp", "no")
    return part


def layout_notice(r: Reply, q: Quote) -> Message:
    """Automatic answers and system notices: the text alone."""
    del q
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


def layout_advice_html(r: Reply, q: Quote) -> Message:
    """An AP system's remittance advice: the hand-written HTML alone."""
    del q
    return text_part(r.body, "html", r.charset, r.cte)


LAYOUTS: dict[str, Callable[[Reply, Quote], Message]] = {
    "outlook": layout_outlook,
    "outlook_html": layout_outlook_html,
    "html_only": layout_html_only,
    "android": layout_android,
    "gmail": layout_gmail,
    "gmail_plain": layout_gmail_plain,
    "apple": layout_apple,
    "iphone": layout_iphone,
    "thunderbird": layout_thunderbird,
    "notice": layout_notice,
    "advice_html": layout_advice_html,
}
OUTLOOK_FAMILY = frozenset({"outlook", "outlook_html", "html_only", "android"})
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "outlook": (("X-Mailer", "Microsoft Outlook 16.0"),),
    "outlook_html": (("X-Mailer", "Microsoft Outlook 16.0"),),
    "html_only": (("X-Mailer", "Microsoft Outlook 16.0"),),
    "apple": (("X-Mailer", "Apple Mail (2.3826.700.81)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22F76)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
}
BOUNDARY_STYLE = {"gmail": "000000000000", "apple": "Apple-Mail=_", "iphone": "Apple-Mail-"}


def reply_subject(r: Reply, q: Quote) -> str:
    """The reply's subject: typed by the writer, or the client's reply prefix."""
    if r.subject:
        return r.subject.format(rsub=q.subject)
    prefix = OUTLOOK_REPLY_PREFIX[r.lang] if r.style in OUTLOOK_FAMILY else "Re: "
    return prefix + q.subject


def outlook_extra_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    """The Thread-* and language headers Exchange adds."""
    return [
        ("Thread-Topic", encoded_header(q.subject, r.charset, "Thread-Topic")),
        ("Thread-Index", base64.b64encode(digest(r.key, "thread")[:22]).decode()),
        ("Accept-Language", f"{CONTENT_LANGUAGE[r.lang]}, en-US"),
        ("Content-Language", CONTENT_LANGUAGE[r.lang]),
        ("X-MS-Has-Attach", "yes" if r.attach else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def with_attachment(r: Reply, body: Message) -> Message:
    """Wrap the body in multipart/mixed with the attached PDF, if any."""
    if r.attach is None:
        return body
    name, data = r.attach
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    pdf = MIMEApplication(data, "pdf", name=name)
    pdf.add_header("Content-Disposition", "attachment", filename=name)
    outer.attach(pdf)
    return outer


def mime_headers_last(msg: Message) -> None:
    """Put MIME-Version and the content headers below the envelope headers, as clients do."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "MIME-Version" not in msg and "Content-Type" in msg:
        msg["MIME-Version"] = "1.0"


def drop_inner_versions(part: Message, top: bool = True) -> None:
    """Drop MIME-Version from inner parts; only a message and any message it encloses keep it."""
    if not top:
        del part["MIME-Version"]
    if part.is_multipart():
        for sub in part.get_payload():
            if isinstance(sub, Message):
                drop_inner_versions(sub, top=part.get_content_type() == "message/rfc822")


def set_boundaries(msg: Message, key: str, style: str) -> None:
    """Fixed boundaries, shaped like the ones the client or server would pick."""
    prefix = BOUNDARY_STYLE.get(style, "_000_" if style in OUTLOOK_FAMILY else "----=_NextPart_")
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        if prefix == "000000000000":
            part.set_boundary(prefix + digest(key, f"b{n}").hex()[:16])
        else:
            part.set_boundary(prefix + token(key, f"b{n}", 26))


def finish(msg: Message, key: str, style: str) -> Message:
    """Header order, MIME-Version placement and boundaries, as the sender's software writes them."""
    mime_headers_last(msg)
    drop_inner_versions(msg)
    set_boundaries(msg, key, style)
    return msg


def build_reply(r: Reply) -> Message:
    """The complete message for one hand-written reply."""
    q = make_quote(r)
    if q.sent >= r.dt:
        raise ValueError(f"{r.key}: the reply predates the reminder")
    msg = with_attachment(r, LAYOUTS[r.style](r, q))
    msg["From"] = mailbox(for_charset(r.who[0], r.charset), r.who[1], r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    msg["Subject"] = encoded_header(reply_subject(r, q), r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r)
    if r.threaded:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    extra = outlook_extra_headers(r, q) if r.style in OUTLOOK_FAMILY else []
    for name, value in [*extra, *CLIENT_HEADERS.get(r.style, ()), *r.headers]:
        msg[name] = value
    return finish(msg, r.key, r.style)


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "All")
PROOF_PDF = (
    b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
    b"3 0 obj<</Producer(Banca Sabadell - Justificante de transferencia)>>endobj\n"
    b"trailer<</Root 1 0 R/Info 3 0 R>>\n%%EOF\n"
)

PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Gareth Pryce", "gareth@pryces-deli.example"),
        "2027-07-09 07:12 +0100",
        "iphone",
        "Paid.",
        lab(note="one word from a phone; no date given"),
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        ("Coastline Hotels Group – Accounts Payable", "ap-noreply@coastlinehotels.example"),
        "2027-07-14 05:31 +0100",
        "advice_html",
        (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">\n'
            "<p>Dear Supplier,</p>\n"
            "<p>Please find below the details of a payment made to your account by BACS. Funds should be available in your account within three working days.</p>\n"
            '<table cellpadding="3" cellspacing="0" border="0">\n'
            "<tr><td><b>Supplier</b></td><td>Hearthstone Bakery Wholesale Ltd (20417)</td></tr>\n"
            "<tr><td><b>Payment date</b></td><td>14/07/2027</td></tr>\n"
            "<tr><td><b>Payment reference</b></td><td>CHG-BACS-0718823</td></tr>\n"
            "</table>\n<br>\n"
            '<table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse">\n'
            "<tr><th>Your invoice</th><th>Invoice date</th><th>Our document</th><th>Amount paid</th></tr>\n"
            '<tr><td>HSB-40977</td><td>04/06/2027</td><td>5100384412</td><td align="right">£1,146.20</td></tr>\n'
            '<tr><td>HSB-41012</td><td>11/06/2027</td><td>5100385907</td><td align="right">£862.75</td></tr>\n'
            '<tr><td colspan="3"><b>Total</b></td><td align="right"><b>£2,008.95</b></td></tr>\n'
            "</table>\n"
            "<p>This advice was generated automatically by our purchase-to-pay system. Please do not reply to this address; send any queries, quoting the payment reference, to supplier.queries@coastlinehotels.example.</p>\n"
            "<p>Coastline Hotels Group plc<br>Shared Finance Centre</p>\n"
            "</body></html>\n"
        ),
        lab(
            ("HSB-40977", "HSB-41012"),
            "AP remittance advice, HTML only, not a reply; the total is the amount paid",
            paid_date="2027-07-14",
            payment_reference="CHG-BACS-0718823",
            amount="2008.95",
            currency="GBP",
        ),
        subject="Remittance advice CHG-BACS-0718823 – Coastline Hotels Group",
        charset="windows-1252",
        headers=(AUTO_GENERATED, ("Precedence", "bulk")),
        threaded=False,
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Rosie Albright", "rosie@thelittlesaucer.example"),
        "2027-07-15 21:47 +0100",
        "gmail",
        (
            "Hi there,\n\n"
            "Sorry it's taken me a while to get back to you, it has been absolute chaos here. We've had the builders in doing the back terrace since the start of the month so half the tables are out of action, and then two of my Saturday girls went off to Magaluf on the same weekend so I've been doing the counter myself. The good news is the terrace is nearly finished and the lemon drizzle you started sending us has gone down a storm, people are asking for it by name!! Could we maybe go up to two a day from August?\n\n"
            "Anyway, your email. I had a look at the banking tonight and Kasia did put the payment through on Tuesday along with the dairy and the coffee roaster, so it should be with you by now. If it isn't let me know and I'll chase the bank.\n\n"
            "Thanks for being patient with us,\n"
            "Rosie\n"
            "The Little Saucer"
        ),
        lab(
            note="long reply with the payment buried after an order question; 'Tuesday' is the Tuesday before Thu 15 Jul"
        ),
        lag=2,
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Alpenhof Hotels GmbH – Kreditorenbuchhaltung", "zahlungsavis@alpenhof-hotels.example"),
        "2027-07-13 06:15 +0200",
        "notice",
        (
            "Sehr geehrte Damen und Herren,\n\n"
            "wir haben heute folgende Zahlung an Sie veranlasst:\n\n"
            "Zahlungsbeleg:                 1500004471\n"
            "Zahlungsdatum:                 13.07.2027\n"
            "Zahlweg:                       SEPA-Überweisung\n"
            "Ihre Lieferantennummer:        70388\n\n"
            "Rechnungsnr.   Belegdatum    Betrag EUR   Skonto EUR   Zahlbetrag EUR\n"
            "HSB-40830      07.06.2027        845,60         0,00           845,60\n"
            "HSB-40857      14.06.2027        912,30         0,00           912,30\n"
            "HSB-40901      21.06.2027        560,80         0,00           560,80\n"
            "                                                          -----------\n"
            "Summe                                                        2.318,70\n\n"
            "Der Betrag wird Ihrem Konto voraussichtlich in 1-2 Bankarbeitstagen gutgeschrieben.\n\n"
            "Diese Nachricht wurde maschinell erstellt. Bitte antworten Sie nicht auf diese E-Mail. Rückfragen richten Sie bitte unter Angabe des Zahlungsbelegs an kreditoren@alpenhof-hotels.example.\n\n"
            "Alpenhof Hotels GmbH · Kreditorenbuchhaltung · Maximilianstraße 21 · 83471 Berchtesgaden"
        ),
        lab(
            ("HSB-40830", "HSB-40857", "HSB-40901"),
            "payment advice from an AP system, not a reply; 'heute veranlasst' is a payment sent; the queries address is not new_contact",
            paid_date="2027-07-13",
            payment_reference="1500004471",
            amount="2318.70",
            currency="EUR",
        ),
        subject="Zahlungsavis 1500004471 – Alpenhof Hotels GmbH",
        charset="iso-8859-1",
        headers=(AUTO_GENERATED,),
        threaded=False,
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Julien Marchetti", "julien@cafe-des-arts-lyon.example"),
        "2027-07-19 10:48 +0200",
        "android",
        "Virement fait ce matin. Bonne journée\n\nJulien",
        lab(note="mobile brevity; 'ce matin' is the message's own day", paid_date="2027-07-19"),
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Service intendance – Lycée Jean Moulin", "intendance@lycee-jeanmoulin.example"),
        "2027-07-12 14:05 +0200",
        "thunderbird",
        (
            "Madame, Monsieur,\n\n"
            "Nous accusons réception de votre relance. Le règlement de la facture HSB-40871 a été effectué le vendredi 9 juillet par virement, sous la référence VIR-2027-558120, pour un montant de 734,50 €. Le délai de traitement par le comptable public explique sans doute qu'il n'apparaisse pas encore sur votre relevé.\n\n"
            "Nous restons à votre disposition pour tout renseignement complémentaire.\n\n"
            "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\n"
            "M. Delorme\n"
            "Adjoint gestionnaire\n"
            "Lycée Jean Moulin"
        ),
        lab(
            ("HSB-40871",),
            "public body, very formal",
            paid_date="2027-07-09",
            payment_reference="VIR-2027-558120",
            amount="734.50",
            currency="EUR",
        ),
        inv="HSB-40871",
        amt="734.50",
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Marta Quintana", "marta@lataperiadelpuerto.example"),
        "2027-07-21 12:33 +0200",
        "gmail",
        (
            "Hola,\n\n"
            "Te adjunto el justificante: la transferencia de 486,30 € salió ayer por la tarde desde la cuenta del Sabadell. Suele tardar un día en llegar.\n\n"
            "Un abrazo,\n"
            "Marta\n"
            "La Tapería del Puerto"
        ),
        lab(
            note="bank receipt in a PDF attachment; 'ayer' → the day before",
            paid_date="2027-07-20",
            amount="486.30",
            currency="EUR",
        ),
        amt="486.30",
        attach=("justificante_transferencia.pdf", PROOF_PDF),
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Paco Ruiz", "pacoruiz73@gmail.com"),
        "2027-07-26 08:02 +0200",
        "iphone",
        "YA ESTA PAGADO DESDE EL VIERNES",
        lab(
            note="all caps, no accents; 'desde el viernes' → the Friday before Mon 26 Jul",
            paid_date="2027-07-23",
        ),
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Ingrid Bakker", "i.bakker@hotelzeezicht-noordwijk.example"),
        "2027-07-27 09:41 +0200",
        "outlook_html",
        (
            "Goedemorgen,\n\n"
            "Factuur HSB-41207 is gisteren door ons voldaan (€ 1.032,15). Excuses voor de vertraging, door de zomerdrukte liep onze crediteurenadministratie wat achter.\n\n"
            "Zou u ons nog wel een kopie van de factuur willen mailen? Het origineel is bij ons zoekgeraakt en onze accountant wil hem graag in het dossier hebben.\n\n"
            "Met vriendelijke groet,\n\n"
            "Ingrid Bakker\n"
            "Financiële administratie\n"
            "Hotel Zeezicht Noordwijk"
        ),
        lab(
            ("HSB-41207",),
            "paid, plus a request for a copy of the invoice: the payment claim wins",
            paid_date="2027-07-26",
            amount="1032.15",
            currency="EUR",
        ),
        inv="HSB-41207",
        amt="1032.15",
        charset="windows-1252",
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        ("Sander van den Berg", "sandervandenberg.foodtruck@gmail.com"),
        "2027-07-13 16:20 +0200",
        "gmail_plain",
        "is al betaalt hoor vorige week donderdag al gedaan\n\ngr sander",
        lab(
            note="no punctuation, a spelling slip ('betaalt'); 'vorige week donderdag' → Thursday of the previous week",
            paid_date="2027-07-08",
        ),
        cte="8bit",
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Comune di Castelvetro – Ufficio Ragioneria", "ragioneria@comune.castelvetro.example"),
        "2027-07-20 11:15 +0200",
        "outlook",
        (
            "Spett.le Hearthstone Bakery Wholesale Ltd,\n\n"
            "in riscontro al Vostro sollecito si comunica che il pagamento della fattura HSB-40655 (fornitura di prodotti da forno per il servizio di refezione scolastica, mese di maggio) è stato eseguito in data 16/07/2027 mediante mandato n. 1187, per l'importo di € 1.876,00. Il CRO dell'operazione è 21907438801.\n\n"
            "Distinti saluti\n\n"
            "Il Responsabile del Servizio Finanziario\n"
            "Dott.ssa Laura Benedetti\n"
            "Comune di Castelvetro"
        ),
        lab(
            ("HSB-40655",),
            "public body, very formal; the CRO is the payment reference",
            paid_date="2027-07-16",
            payment_reference="21907438801",
            amount="1876.00",
            currency="EUR",
        ),
        inv="HSB-40655",
        amt="1876.00",
        issued="2027-06-01",
        charset="windows-1252",
    ),
    Reply(
        "ps-it-2",
        "payment_sent",
        "it",
        ("Davide Russo", "davide@barcentrale-rimini.example"),
        "2027-07-29 07:55 +0200",
        "iphone",
        "pagato ieri sera con l home banking scusate x il ritardo",
        lab(note="no punctuation; 'ieri sera' → the day before", paid_date="2027-07-28"),
        lag=2,
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pp-en-1",
        "promise_to_pay",
        "en",
        ("Accounts Payable | Grand Canal Hotels", "ap.nl@grandcanalhotels.example"),
        "2027-07-06 15:22 +0200",
        "outlook_html",
        (
            "Dear Sir/Madam,\n\n"
            "Thank you for your reminder. Invoice HSB-40533 has been approved and released for Friday's payment run. Funds normally reach the beneficiary one working day later.\n\n"
            "Kind regards,\n\n"
            "Femke de Wit\n"
            "Accounts Payable – Shared Service Centre\n"
            "Grand Canal Hotels B.V."
        ),
        lab(
            ("HSB-40533",),
            "past tense 'approved and released' describes a future payment run: Friday after Tue 6 Jul; English writer in the Netherlands (CEST)",
            promised_date="2027-07-09",
        ),
        inv="HSB-40533",
        amt="2145.00",
        headers=(SUPPRESS,),
    ),
    Reply(
        "pp-en-2",
        "promise_to_pay",
        "en",
        ("Danny Okafor", "danny@okaforsjerkshack.example"),
        "2027-07-14 11:03 +0100",
        "gmail",
        (
            "Hi,\n\n"
            "Not yet, sorry. Money's tight with the schools about to break up and the office lot all off on holiday, but I'll get it paid by the end of the month, promise.\n\n"
            "Cheers\n"
            "Danny"
        ),
        lab(
            note="'not yet' followed by a promise; 'by the end of the month' → last day of July",
            promised_date="2027-07-31",
        ),
    ),
    Reply(
        "pp-en-3",
        "promise_to_pay",
        "en",
        ("Helen Marsh", "helen.marsh@marshfieldcatering.example"),
        "2027-07-14 19:36 +0100",
        "android",
        "Hi, I'm away this week with patchy signal so only just picked this up on my phone. I'll pay it as soon as I'm back at my desk on Monday 19th, sorry for the delay.\n\nHelen",
        lab(
            note="written by a person on holiday under a subject she typed, 'Out of office this week'; not an auto-reply",
            promised_date="2027-07-19",
        ),
        subject="Out of office this week",
    ),
    Reply(
        "pp-de-1",
        "promise_to_pay",
        "de",
        ("Kerstin Vogt", "k.vogt@partyservice-vogt.example"),
        "2027-07-22 10:14 +0200",
        "outlook",
        (
            "Guten Tag,\n\n"
            "die Rechnung HSB-41102 ist bei uns freigegeben und für die Zahlung in KW 34 eingeplant. Früher geht es leider nicht, da unser Geschäftsführer bis dahin im Urlaub ist und alle Überweisungen gegenzeichnen muss.\n\n"
            "Mit freundlichen Grüßen\n"
            "Kerstin Vogt\n"
            "Buchhaltung\n"
            "Partyservice Vogt GmbH & Co. KG"
        ),
        lab(("HSB-41102",), "'KW 34' → Monday of ISO week 34", promised_date="2027-08-23"),
        inv="HSB-41102",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "pp-de-2",
        "promise_to_pay",
        "de",
        ("Tobias Krämer", "tobias@imbiss-kraemer.example"),
        "2027-07-09 22:51 +0200",
        "iphone",
        "zahl ich nächsten donnerstag versprochen. bin grad voll im stress mit dem stadfest",
        lab(
            note="all lower case; 'nächsten Donnerstag' from Fri 9 Jul → Thu 15 Jul",
            promised_date="2027-07-15",
        ),
    ),
    Reply(
        "pp-fr-1",
        "promise_to_pay",
        "fr",
        ("Sophie Lambert", "s.lambert@traiteur-lambert.example"),
        "2027-07-16 09:30 +0200",
        "gmail",
        (
            "Bonjour,\n\n"
            "Nous réglerons la facture HSB-41090 en fin de mois, comme pour l'ensemble de nos fournisseurs. Le virement partira avec notre campagne de paiements habituelle.\n\n"
            "Bonne journée,\n"
            "Sophie Lambert\n"
            "Traiteur Lambert & Fils"
        ),
        lab(("HSB-41090",), "'en fin de mois' → last day of the month", promised_date="2027-07-31"),
        inv="HSB-41090",
    ),
    Reply(
        "pp-es-1",
        "promise_to_pay",
        "es",
        ("Jordi Puig", "admin@cafeteriaelmirador.example"),
        "2027-07-06 13:12 +0200",
        "outlook_html",
        (
            "Hola,\n\n"
            "Perdonad el retraso. Lo pagaremos a finales de mes, en cuanto nos ingresen lo del catering de la boda del día 17.\n\n"
            "Saludos,\n"
            "Jordi Puig\n"
            "Cafetería El Mirador"
        ),
        lab(
            note="'a finales de mes' → last day of the month; waiting for their own client's money does not change the intent",
            promised_date="2027-07-31",
        ),
    ),
    Reply(
        "pp-es-2",
        "promise_to_pay",
        "es",
        ("Lucía Ferrer Ibáñez", "lferrer@grupohostelero-levante.example"),
        "2027-07-22 16:40 +0200",
        "outlook",
        (
            "Buenas tardes:\n\n"
            "Les informamos de que la factura HSB-41150 ya está contabilizada y su pago está programado para el 13/08, conforme a nuestras condiciones de pago.\n\n"
            "Atentamente,\n\n"
            "Lucía Ferrer Ibáñez\n"
            "Departamento de Administración\n"
            "Grupo Hostelero Levante, S.L."
        ),
        lab(("HSB-41150",), "'13/08' read day/month, as in Spain", promised_date="2027-08-13"),
        inv="HSB-41150",
        charset="windows-1252",
    ),
    Reply(
        "pp-nl-1",
        "promise_to_pay",
        "nl",
        ("Fatima El Amrani", "fatima@lunchroomdezon.example"),
        "2027-07-12 08:05 +0200",
        "apple",
        (
            "Hoi,\n\n"
            "Ik betaal hem over twee weken, dan heb ik de opbrengst van de braderie binnen. Eerder lukt echt niet, sorry.\n\n"
            "Groetjes,\n"
            "Fatima\n"
            "Lunchroom De Zon"
        ),
        lab(note="'over twee weken' → 14 days after the message date", promised_date="2027-07-26"),
    ),
    Reply(
        "pp-nl-2",
        "promise_to_pay",
        "nl",
        ("Pieter Jansen", "p.jansen@jansenkantinebeheer.example"),
        "2027-07-28 17:48 +0200",
        "android",
        "Wordt morgen overgemaakt.\n\nPieter",
        lab(note="passive future: tomorrow", promised_date="2027-07-29"),
    ),
    Reply(
        "pp-it-1",
        "promise_to_pay",
        "it",
        ("Giulia Conti", "amministrazione@caffetteriaconti.example"),
        "2027-07-07 10:20 +0200",
        "gmail_plain",
        (
            "Buongiorno,\n\n"
            "provvederemo al saldo entro fine mese. Ci scusiamo per il ritardo, ma a luglio abbiamo cambiato banca e alcuni pagamenti sono rimasti in sospeso.\n\n"
            "Cordiali saluti\n"
            "Giulia Conti"
        ),
        lab(note="'entro fine mese' → last day of the month", promised_date="2027-07-31"),
        charset="iso-8859-1",
    ),
    Reply(
        "pp-it-2",
        "promise_to_pay",
        "it",
        ("Marco Ferretti", "marco.ferretti@osteriadelponte.example"),
        "2027-07-09 12:02 +0200",
        "thunderbird",
        "Ciao,\nvi paghiamo il 15, come sempre quando entra l'incasso della settimana. Me ne ero dimenticato io, colpa mia.\nMarco",
        lab(note="'il 15' → the 15th of the current month", promised_date="2027-07-15"),
    ),
]

DISPUTE = [
    Reply(
        "d-en-1",
        "dispute",
        "en",
        ("Tom Whitaker", "tom@whitakersfarmshop.example"),
        "2027-07-08 16:10 +0100",
        "outlook_html",
        (
            "Hi,\n\n"
            "I've paid £312.00 today, which covers what actually arrived. The other £96.40 is for the two trays of focaccia on 21 June that never turned up – our delivery note says so and your driver signed it. Please issue a credit for that and we'll call it square.\n\n"
            "Regards,\n"
            "Tom Whitaker\n"
            "Whitaker's Farm Shop"
        ),
        lab(note="part paid, the rest contested: dispute beats the payment claim"),
        amt="408.40",
        issued="2027-06-25",
        charset="windows-1252",
    ),
    Reply(
        "d-en-2",
        "dispute",
        "en",
        ("Priya Nair", "priya@thecopperkettle.example"),
        "2027-07-19 10:02 +0100",
        "gmail_plain",
        (
            "Hello,\n\n"
            "We have NOT paid HSB-40995 because it's been charged at list price. Mark agreed 12% off everything when we signed up in March and that's been on every invoice until this one. Send a corrected invoice and we'll pay that straight away.\n\n"
            "Priya"
        ),
        lab(
            ("HSB-40995",),
            "negation with the reason: a price disagreement; the corrected invoice and the payment after it are secondary",
        ),
        inv="HSB-40995",
    ),
    Reply(
        "d-en-3",
        "dispute",
        "en",
        ("Andrew Cole", "andrew.cole@stmichaelscarehome.example"),
        "2027-07-05 14:26 +0100",
        "apple",
        (
            "Good afternoon,\n\n"
            "Three of the wholemeal loaves in the delivery of 17 June had mould on them when our cook opened the bags. She took photos and showed your driver the next morning. We won't be paying for that delivery until it has been credited.\n\n"
            "Andrew Cole\n"
            "Administrator\n"
            "St Michael's Care Home"
        ),
        lab(note="spoiled goods; no invoice number in the text"),
        issued="2027-06-18",
    ),
    Reply(
        "d-de-1",
        "dispute",
        "de",
        ("Hotel Am Stadtpark – Buchhaltung", "buchhaltung@hotel-amstadtpark.example"),
        "2027-07-14 11:30 +0200",
        "outlook",
        (
            "Sehr geehrte Damen und Herren,\n\n"
            "in der Rechnung HSB-41055 sind 30 Brötchenlieferungen für Juni berechnet. Unser Frühstücksraum war an den vier Sonntagen im Juni jedoch geschlossen, bestellt und geliefert wurden daher nur 26. Wir bitten um Korrektur der Rechnung; bis dahin halten wir die Zahlung zurück.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "i. A. Monika Brandt\n"
            "Hotel Am Stadtpark"
        ),
        lab(("HSB-41055",), "quantity billed exceeds deliveries"),
        inv="HSB-41055",
        issued="2027-06-30",
        charset="iso-8859-1",
    ),
    Reply(
        "d-de-2",
        "dispute",
        "de",
        ("Ralf Schuster", "ralf@cafe-schuster.example"),
        "2027-07-20 18:45 +0200",
        "gmail",
        (
            "Hallo,\n\n"
            "das ist doch die gleiche Rechnung wie die HSB-41134 – gleiches Datum, gleiche Positionen, gleicher Betrag. Die haben wir am 2. Juli bezahlt. Zweimal zahlen wir das nicht.\n\n"
            "Gruß\n"
            "Ralf Schuster"
        ),
        lab(
            ("HSB-41134",),
            "billed twice: the payment he mentions was for HSB-41134, so only that number is listed",
        ),
        inv="HSB-41180",
    ),
    Reply(
        "d-fr-1",
        "dispute",
        "fr",
        ("Claire Dubois", "claire.dubois@domaine-des-tilleuls.example"),
        "2027-07-20 17:55 +0200",
        "html_only",
        (
            "Bonjour,\n\n"
            "Les tartes livrées le vendredi 2 juillet pour le mariage n'étaient pas celles commandées : abricot au lieu de framboise, et seulement 8 au lieu de 12. Les mariés les ont refusées et nous avons dû en racheter en urgence chez un pâtissier du village.\n\n"
            "Nous contestons donc la facture HSB-40744 dans sa totalité et attendons votre avoir.\n\n"
            "Cordialement,\n"
            "Claire Dubois\n"
            "Domaine des Tilleuls – Réceptions"
        ),
        lab(("HSB-40744",), "wrong goods delivered; HTML-only message"),
        inv="HSB-40744",
        issued="2027-07-02",
    ),
    Reply(
        "d-fr-2",
        "dispute",
        "fr",
        ("Mathieu Roche", "mathieu.roche@lepetitcomptoir.example"),
        "2027-07-23 08:20 +0200",
        "gmail",
        (
            "Bonjour,\n\n"
            "Je ne comprends pas cette facture : la baguette tradition est passée de 0,62 € à 0,71 € sans que personne ne nous prévienne. Ce n'est pas le tarif signé en janvier. Tant que ce n'est pas corrigé, je ne paie pas.\n\n"
            "Mathieu"
        ),
        lab(
            note="price rise against the signed tariff; 'je ne comprends pas' is not a request for the document"
        ),
    ),
    Reply(
        "d-es-1",
        "dispute",
        "es",
        ("Carmen Vidal", "carmen@barlaestacion.example"),
        "2027-07-14 09:15 +0200",
        "thunderbird",
        (
            "Buenos días:\n\n"
            "No hemos pagado porque en la factura viene el pedido del sábado 3, que anulamos por teléfono el viernes por la tarde (habló mi compañero con Rocío). Ese día no vino nadie a descargar nada. Quiten ese pedido y pagamos el resto.\n\n"
            "Carmen Vidal\n"
            "Bar La Estación"
        ),
        lab(note="negation with the reason: a cancelled order was billed"),
        issued="2027-07-05",
        charset="iso-8859-1",
    ),
    Reply(
        "d-nl-1",
        "dispute",
        "nl",
        ("Koen Vermeulen", "koen@grandcafe-hetanker.example"),
        "2027-07-16 13:40 +0200",
        "outlook",
        (
            "Goedemiddag,\n\n"
            "Deze factuur klopt niet. De levering van 30 juni hebben wij bij de chauffeur retour gegeven omdat de helft van de taarten kapot was (doos ingedeukt). Die levering staat er nu gewoon op. Graag een creditnota.\n\n"
            "Met vriendelijke groet,\n"
            "Koen Vermeulen\n"
            "Grand Café Het Anker"
        ),
        lab(note="returned delivery billed"),
        issued="2027-07-02",
        charset="windows-1252",
        cte="8bit",
    ),
    Reply(
        "d-nl-2",
        "dispute",
        "nl",
        ("Eva de Graaf", "eva@brasseriedegraaf.example"),
        "2027-07-21 11:11 +0200",
        "gmail_plain",
        (
            "Hallo,\n\n"
            "40911 is betaald, maar 40944 betalen we niet: de helft van de broodjes van die week was oudbakken en dat heb ik toen ook meteen bij jullie klantenservice gemeld.\n\n"
            "Eva"
        ),
        lab(
            ("HSB-40911", "HSB-40944"),
            "one invoice paid, the other contested: dispute; bare numbers normalised to HSB-NNNNN",
        ),
        inv="HSB-40944",
    ),
    Reply(
        "d-it-1",
        "dispute",
        "it",
        ("Salvatore Greco", "salvo.greco@barlapiazzetta.example"),
        "2027-07-26 23:14 +0200",
        "gmail",
        (
            "Buonasera,\n\n"
            "scusate se rispondo solo adesso ma questo mese è stato un delirio, tra il caldo, i turisti e il frigo della vetrina che si è rotto proprio di sabato, con la gelateria accanto che non ci ha voluto prestare nemmeno un angolo della cella. Mio cugino dice che dovremmo cambiare anche il fornitore del caffè ma io sono contento così, quindi per ora niente. Comunque, tornando a noi: quella fattura non la pago, perché i cornetti di sabato 19 giugno erano crudi dentro, li ho dovuti buttare quasi tutti e l'ho detto anche al vostro autista, Gianni mi pare. Se mi fate una nota di credito per quelli il resto lo pago subito, nessun problema.\n\n"
            "Buona serata\n"
            "Salvatore"
        ),
        lab(
            note="long rambling reply with the dispute buried; paying the rest is conditional on a credit note"
        ),
        issued="2027-06-21",
    ),
    Reply(
        "d-it-2",
        "dispute",
        "it",
        ("Ufficio Acquisti – Hotel Miramare", "acquisti@hotelmiramare-sanremo.example"),
        "2027-07-29 15:00 +0200",
        "outlook_html",
        (
            "Buongiorno,\n\n"
            "con riferimento alla fattura HSB-41166, contestiamo l'addebito di € 45,00 per “consegna urgente” del 18 giugno: la consegna era regolarmente programmata e il contratto non prevede supplementi. Vi preghiamo di emettere nota di credito per tale importo; il resto della fattura verrà saldato alla ricezione della stessa.\n\n"
            "Distinti saluti\n"
            "Elena Moretti\n"
            "Ufficio Acquisti – Hotel Miramare"
        ),
        lab(
            ("HSB-41166",),
            "one charge contested; paying the rest is conditional on the credit note",
        ),
        inv="HSB-41166",
        issued="2027-06-25",
        charset="windows-1252",
        headers=(SUPPRESS,),
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pl-en-1",
        "payment_plan",
        "en",
        ("Nadia Hussain", "nadia@cornercupcafe.example"),
        "2027-07-12 07:40 +0100",
        "iphone",
        "Hi, its been realy tough since the council dug up the high street, footfall has halved. Could I pay it off at £100 a week until it's cleared? I can start this Friday.\n\nNadia",
        lab(
            note="hardship with weekly instalments, typos; the plan's dates and sums stay unlabelled"
        ),
    ),
    Reply(
        "pl-en-2",
        "payment_plan",
        "en",
        ("Oliver Grant", "oliver@grantsbistro.example"),
        "2027-07-21 15:58 +0100",
        "gmail",
        (
            "Hi,\n\n"
            "I've just sent £250 towards this and I'll clear the remaining £530 at the end of August when the wedding money comes in. Hope that's OK.\n\n"
            "Thanks,\n"
            "Oliver"
        ),
        lab(note="£250 sent today and £530 at the end of August: a split payment is payment_plan"),
        amt="780.00",
    ),
    Reply(
        "pl-en-3",
        "payment_plan",
        "en",
        ("Margaret Ellis", "treasurer@riversidecommunitykitchen.example"),
        "2027-07-27 20:12 +0100",
        "outlook_html",
        (
            "Dear Hearthstone team,\n\n"
            "Thank you for your patience. Our trustees met last night and have approved settlement of the outstanding balance on HSB-41021 in three equal monthly instalments of £520, the first on 1 August, then 1 September and 1 October. I would be grateful if you could confirm that this is acceptable.\n\n"
            "With kind regards,\n\n"
            "Margaret Ellis\n"
            "Honorary Treasurer\n"
            "Riverside Community Kitchen (registered charity no. 1187734)"
        ),
        lab(
            ("HSB-41021",),
            "formal instalment proposal from a charity; 'approved' describes the plan, not a payment",
        ),
        inv="HSB-41021",
        amt="1560.00",
    ),
    Reply(
        "pl-de-1",
        "payment_plan",
        "de",
        ("Anja Hoffmann", "anja@bistro-hoffmann.example"),
        "2027-07-15 09:05 +0200",
        "thunderbird",
        (
            "Hallo zusammen,\n\n"
            "könnten wir den Betrag auf drei Raten aufteilen? Wir hatten zwei Wochen Betriebsferien und der Juli ist dadurch ziemlich mau. Die erste Rate könnte ich Ende Juli überweisen, die weiteren dann jeweils zum Monatsende.\n\n"
            "Viele Grüße\n"
            "Anja Hoffmann"
        ),
        lab(note="instalments asked for; plan dates are not labelled"),
    ),
    Reply(
        "pl-de-2",
        "payment_plan",
        "de",
        ("Kita Sonnenblume e. V. – Vorstand", "vorstand@kita-sonnenblume.example"),
        "2027-07-08 19:30 +0200",
        "outlook",
        (
            "Sehr geehrte Damen und Herren,\n\n"
            "wir bitten höflich um einen Zahlungsaufschub bis Ende September. Die Zuschüsse der Stadt für das zweite Halbjahr gehen erst im September bei uns ein, vorher können wir die offene Rechnung leider nicht begleichen.\n\n"
            "Für Ihr Verständnis danken wir Ihnen.\n\n"
            "Mit freundlichen Grüßen\n"
            "Jens Albrecht\n"
            "Vorstand, Kita Sonnenblume e. V."
        ),
        lab(note="more time asked for → payment_plan, not a promise"),
        charset="iso-8859-1",
    ),
    Reply(
        "pl-fr-1",
        "payment_plan",
        "fr",
        ("Nicolas Perrin", "n.perrin@brasserie-lecentral.example"),
        "2027-07-20 10:50 +0200",
        "gmail_plain",
        (
            "Bonjour,\n\n"
            "Est-ce qu'on peut régler en deux fois ? La moitié cette semaine (590 €) et le solde fin août, après la saison.\n\n"
            "Merci d'avance,\n"
            "Nicolas"
        ),
        lab(note="half now, the rest at the end of August → payment_plan"),
        amt="1180.00",
    ),
    Reply(
        "pl-fr-2",
        "payment_plan",
        "fr",
        ("Isabelle Moreau", "isabelle.moreau@aubergedulac.example"),
        "2027-07-26 12:14 +0200",
        "iphone",
        "Bonjour\nSuite à un dégat des eaux l'auberge est fermée depuis trois semaines et l'assurance n'a encore rien versée. Je ne peux pas tout payer maintenant. Pouvez-vous me proposer un échéancier ?\nIsabelle Moreau",
        lab(note="hardship and a request for a schedule"),
    ),
    Reply(
        "pl-es-1",
        "payment_plan",
        "es",
        ("Raúl Sánchez", "raul@cerveceriaelpuente.example"),
        "2027-07-09 13:37 +0200",
        "android",
        "Hola, ¿podemos pagarla en dos plazos? Uno ahora y el otro a mediados de agosto. Con las obras de la terraza vamos justos este mes.\n\nRaúl",
        lab(note="two instalments proposed"),
    ),
    Reply(
        "pl-es-2",
        "payment_plan",
        "es",
        ("Nerea", "nerea.foodtruck@gmail.com"),
        "2027-07-28 22:03 +0200",
        "gmail_plain",
        "me das un mes mas porfa? ando fatal de caja con las fiestas del pueblo, en cuanto pueda te lo pago todo\n\nnerea",
        lab(note="more time asked for, no accents, informal; 'en cuanto pueda' is no date"),
        cte="8bit",
    ),
    Reply(
        "pl-nl-1",
        "payment_plan",
        "nl",
        ("Ruud Hendriks", "ruud@cafetariahendriks.example"),
        "2027-07-19 14:25 +0200",
        "apple",
        (
            "Beste,\n\n"
            "Zou ik het bedrag in drie termijnen mogen betalen? Het eerste deel (€ 300) heb ik vandaag al overgemaakt, de rest volgt in augustus en september.\n\n"
            "Met vriendelijke groet,\n"
            "Ruud Hendriks\n"
            "Cafetaria Hendriks"
        ),
        lab(note="instalments with the first part paid today → payment_plan, not payment_sent"),
        amt="900.00",
    ),
    Reply(
        "pl-it-1",
        "payment_plan",
        "it",
        ("Studio Bianchi – Dott. Paolo Bianchi", "studio@studiobianchi-commercialisti.example"),
        "2027-07-13 12:45 +0200",
        "outlook_html",
        (
            "Spett.le Hearthstone Bakery Wholesale,\n\n"
            "scriviamo per conto del nostro cliente Ristorante Da Nino S.r.l. in merito alla fattura HSB-40888. A causa di una temporanea crisi di liquidità, il cliente chiede di poter saldare l'importo in quattro rate mensili da € 600,00 ciascuna, a partire dal 31 luglio.\n\n"
            "Restiamo in attesa di un Vostro cortese riscontro.\n\n"
            "Distinti saluti\n"
            "Dott. Paolo Bianchi\n"
            "Studio Bianchi – Commercialisti associati"
        ),
        lab(
            ("HSB-40888",),
            "accountants propose instalments for their client; not a change of contact",
        ),
        inv="HSB-40888",
        amt="2400.00",
        rcpt="amministrazione@ristorantedanino.example",
        charset="windows-1252",
    ),
    Reply(
        "pl-it-2",
        "payment_plan",
        "it",
        ("Chiara Lombardi", "chiara@gelateriaaurora.example"),
        "2027-07-22 18:30 +0200",
        "iphone",
        "Ciao! Possiamo fare metà adesso e metà a fine agosto? Luglio è stato durissimo. Fammi sapere\nChiara",
        lab(note="half now and half later, proposed"),
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Accounts Payable – Northgate Leisure plc", "accounts.payable@northgateleisure.example"),
        "2027-07-07 11:48 +0100",
        "outlook_html",
        (
            "Good morning,\n\n"
            "We are unable to process invoice HSB-40701 as it does not carry a purchase order number. All supplier invoices must quote a valid PO. Once you reissue it with PO 4500218837 we will pay it in the next available run.\n\n"
            "Kind regards,\n\n"
            "Shaun Doyle\n"
            "Accounts Payable\n"
            "Northgate Leisure plc"
        ),
        lab(
            ("HSB-40701",),
            "conditional payment once the PO is on the invoice: invoice_request, not a promise",
        ),
        inv="HSB-40701",
        headers=(SUPPRESS,),
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Ben Carter", "ben.carter.cafe@gmail.com"),
        "2027-07-17 10:22 +0100",
        "gmail_plain",
        "What's this one for exactly? I can't match it to anything our end. Can you send me the delivery notes so I can check it against what came in",
        lab(note="cannot match the charge and wants delivery notes; nothing is contested"),
        cte="8bit",
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Lucy Pearce", "lucy.pearce@hartleyfenwick-law.example"),
        "2027-07-23 12:30 +0100",
        "outlook",
        (
            "Hi,\n\n"
            "Our finance team have asked me to let you know that they can't pay this until they have your bank details on company letterhead – we moved to a new payments system last month and every supplier has to be set up again. Could you send that over to me and I'll pass it on?\n\n"
            "Thanks,\n"
            "Lucy Pearce\n"
            "PA to Richard Hartley\n"
            "Hartley Fenwick LLP"
        ),
        lab(
            note="bank details needed before paying, amount not questioned; the PA asks for them herself, so not wrong_contact"
        ),
        charset="windows-1252",
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Sabine Keller", "s.keller@seniorenresidenz-amsee.example"),
        "2027-07-12 10:00 +0200",
        "outlook",
        (
            "Guten Tag,\n\n"
            "die Rechnung HSB-41077 liegt uns nicht vor, wir haben lediglich Ihre Erinnerung erhalten. Bitte senden Sie uns die Rechnung als PDF, damit sie in unseren Freigabeprozess gehen kann.\n\n"
            "Freundliche Grüße\n"
            "Sabine Keller\n"
            "Verwaltung Seniorenresidenz Am See"
        ),
        lab(("HSB-41077",), "invoice never received"),
        inv="HSB-41077",
        charset="windows-1252",
    ),
    Reply(
        "ir-de-2",
        "invoice_request",
        "de",
        ("Thomas Weber", "t.weber@weber-gastro.example"),
        "2027-07-27 14:12 +0200",
        "gmail",
        (
            "Hallo,\n\n"
            "ich blicke bei den ganzen Rechnungen und Gutschriften nicht mehr durch. Können Sie mir bitte einen aktuellen Kontoauszug mit allen offenen Posten schicken? Dann gleiche ich das mit unserer Buchhaltung ab und melde mich.\n\n"
            "Gruß\n"
            "Thomas Weber"
        ),
        lab(note="statement of account requested; 'melde mich' is no commitment"),
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Mairie de Saint-Aubin – Service des finances", "finances@mairie-saintaubin.example"),
        "2027-07-08 15:35 +0200",
        "outlook_html",
        (
            "Madame, Monsieur,\n\n"
            "Nous ne pouvons pas donner suite à votre relance : en tant que collectivité, nous ne sommes autorisés à payer que les factures déposées sur le portail Chorus Pro. Or la facture HSB-40799 nous a été transmise uniquement par courriel.\n\n"
            "Nous vous invitons à la déposer sur Chorus Pro en indiquant le numéro d'engagement 2027-0412 ; le mandatement interviendra dès sa réception.\n\n"
            "Cordialement,\n\n"
            "Service des finances\n"
            "Mairie de Saint-Aubin"
        ),
        lab(
            ("HSB-40799",),
            "public body needs the invoice on its portal before paying: invoice_request",
        ),
        inv="HSB-40799",
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Karim Benali", "karim@snack-lesdelices.example"),
        "2027-07-21 08:44 +0200",
        "android",
        "Bonjour vous pouvez me renvoyer la facture avec notre nouveau numéro de SIRET svp ? celle-ci a encore l'ancien et mon comptable la refuse. Merci",
        lab(note="reissue with corrected company number, amount not contested"),
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Elena Martín", "emartin@colegiosanjose-valencia.example"),
        "2027-07-13 09:30 +0200",
        "outlook",
        (
            "Buenos días:\n\n"
            "Para poder tramitar el pago necesitamos que nos emitan de nuevo la factura HSB-41008 con el NIF correcto del colegio (R4600123J). La que tenemos figura a nombre de la asociación de padres y Administración no la puede aceptar.\n\n"
            "Un saludo,\n\n"
            "Elena Martín\n"
            "Administración - Colegio San José"
        ),
        lab(("HSB-41008",), "reissue with the right tax number before paying"),
        inv="HSB-41008",
        charset="iso-8859-1",
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Toni Ferrà", "toni@xiringuitoelfar.example"),
        "2027-07-19 19:02 +0200",
        "iphone",
        "me mandas copia de los albaranes de junio? es que no me cuadra con lo que tengo apuntado y quiero mirarlo antes de pagar",
        lab(note="delivery notes wanted before paying; 'no me cuadra' is doubt, not a dispute"),
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Linda Smit", "linda.smit@kinderopvang-hummeltje.example"),
        "2027-07-06 09:12 +0200",
        "gmail_plain",
        (
            "Goedemorgen,\n\n"
            "Kunt u mij een kopie van de factuur sturen? Ik kan hem nergens terugvinden in onze mailbox.\n\n"
            "Alvast bedankt,\n"
            "Linda Smit\n"
            "Kinderopvang Hummeltje"
        ),
        lab(note="copy of the invoice asked for"),
    ),
    Reply(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Crediteurenadministratie Van Dijk Catering", "crediteuren@vandijkcatering.example"),
        "2027-07-23 11:05 +0200",
        "outlook_html",
        (
            "Geachte heer/mevrouw,\n\n"
            "Factuur HSB-41145 kunnen wij helaas niet in behandeling nemen, omdat ons inkoopordernummer ontbreekt. Wilt u de factuur opnieuw uitreiken met vermelding van ordernummer IO-27-00918? Daarna wordt hij direct ingepland voor betaling.\n\n"
            "Met vriendelijke groet,\n\n"
            "Marloes de Vries\n"
            "Crediteurenadministratie\n"
            "Van Dijk Catering B.V."
        ),
        lab(("HSB-41145",), "reissue with a PO number; payment only after that"),
        inv="HSB-41145",
        charset="windows-1252",
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Roberto Galli", "amministrazione@trattoriadagalli.example"),
        "2027-07-14 11:40 +0200",
        "outlook",
        (
            "Buongiorno,\n\n"
            "la fattura non ci risulta arrivata tramite SDI, nel cassetto fiscale non c'è. Senza la fattura elettronica non possiamo né registrarla né pagarla. Potete reinviarla?\n\n"
            "Grazie\n"
            "Roberto Galli\n"
            "Trattoria Da Galli"
        ),
        lab(note="electronic invoice never received; needed before paying"),
        charset="windows-1252",
        cte="8bit",
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Jess Morgan", "jessmorgan.bakes@gmail.com"),
        "2027-07-06 20:15 +0100",
        "gmail",
        "Hi, I left Maple & Rye back in May so I can't help with this I'm afraid. You want accounts@mapleandrye.example – Dan looks after the invoices now.\n\nJess",
        lab(
            note="former employee on a free-mail address",
            new_contact="accounts@mapleandrye.example",
        ),
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Accounts Dept", "accounts@harbourcafe-whitby.example"),
        "2027-07-16 03:12 +0100",
        "outlook",
        (
            "Dear Sir / Madam,\n\n"
            "Kindly note that our accounts department has been relocated. With immediate effect all invoices, statements and payment reminders for this account must be forwarded to our new billing officer at harbourcafe.billing.dept@gmail.com only. Please update your records accordingly and do not send further correspondence to this address.\n\n"
            "Regards\n"
            "Accounts Dept"
        ),
        lab(
            note="phishing-like request to redirect collection mail to a free-mail address (with a matching Reply-To); labelled as written, a person must verify it by phone before changing anything",
            new_contact="harbourcafe.billing.dept@gmail.com",
        ),
        headers=(("Reply-To", "harbourcafe.billing.dept@gmail.com"),),
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Karen Doyle", "office@oakfieldprimary.example"),
        "2027-07-09 13:20 +0100",
        "outlook",
        (
            "Hello,\n\n"
            "I'm the school office manager – I don't deal with supplier payments. Please send this to our School Business Manager, Mrs Ahmed, at Finance@OakfieldPrimary.example and she will look into it.\n\n"
            "Many thanks,\n"
            "Karen Doyle\n"
            "Office Manager\n"
            "Oakfield Primary School"
        ),
        lab(
            note="public body; address written in mixed case, labelled in lower case",
            new_contact="finance@oakfieldprimary.example",
        ),
        charset="windows-1252",
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Jürgen Weiß", "j.weiss@landgasthof-zumhirsch.example"),
        "2027-07-20 07:50 +0200",
        "iphone",
        "Bin seit 1. Juli nicht mehr für die Buchhaltung zuständig. Bitte an Frau Petersen wenden: buchhaltung@landgasthof-zumhirsch.example\n\nJ. Weiß",
        lab(
            note="no longer responsible, new address given",
            new_contact="buchhaltung@landgasthof-zumhirsch.example",
        ),
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Aurélie Fontaine", "a.fontaine@hotel-bellevue-annecy.example"),
        "2027-07-13 11:02 +0200",
        "outlook_html",
        (
            "Bonjour,\n\n"
            "Je suis l'assistante de direction et je n'ai pas accès à la comptabilité fournisseurs. Merci d'adresser vos relances à notre service comptable : compta.fournisseurs@hotel-bellevue-annecy.example.\n\n"
            "Bien à vous,\n"
            "Aurélie Fontaine\n"
            "Assistante de direction – Hôtel Bellevue"
        ),
        lab(
            note="assistant redirects to accounts",
            new_contact="compta.fournisseurs@hotel-bellevue-annecy.example",
        ),
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Hélène Garnier", "helene.garnier.kine@gmail.com"),
        "2027-07-24 10:10 +0200",
        "gmail_plain",
        (
            "Bonjour,\n\n"
            "Je pense que vous vous êtes trompés d'adresse : je ne suis pas cliente chez vous, je suis kinésithérapeute et je n'ai jamais commandé de pain en gros. Vérifiez votre fichier.\n\n"
            "H. Garnier"
        ),
        lab(note="not a customer at all; nobody else is named"),
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Compras – Hoteles Sol y Mar", "compras@hotelessolymar.example"),
        "2027-07-08 12:25 +0200",
        "outlook",
        (
            "Buenos días:\n\n"
            "Este buzón es del departamento de compras. Las facturas y su seguimiento los gestiona Administración; por favor, remitan la reclamación a facturas.proveedores@hotelessolymar.example.\n\n"
            "Gracias.\n"
            "Departamento de Compras"
        ),
        lab(
            note="purchasing mailbox redirects to accounts",
            new_contact="facturas.proveedores@hotelessolymar.example",
        ),
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Cafetería Ortega", "pedidos@cafeteriaortega.example"),
        "2027-07-15 10:03 +0200",
        "notice",
        (
            "Esta dirección de correo ya no se utiliza.\n\n"
            "Para pedidos, escriba a pedidos2027@cafeteriaortega.example.\n"
            "Para facturas y pagos, escriba a contabilidad@cafeteriaortega.example.\n\n"
            "Gracias."
        ),
        lab(
            note="automatic 'address no longer used' notice naming a new address for invoices: wrong_contact; the orders address is not the payment contact",
            new_contact="contabilidad@cafeteriaortega.example",
        ),
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_REPLIED,),
        lag=None,
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Anouk Visser", "anouk@eetcafedemolen.example"),
        "2027-07-21 16:33 +0200",
        "outlook_html",
        (
            "Beste,\n\n"
            "Eetcafé De Molen is per 1 juli overgenomen door Horecagroep Bleiswijk. Facturen en herinneringen over de periode tot en met juni graag naar de vorige eigenaar, dhr. Kok: h.kok@kokbeheer.example. Ik kan hier verder niets mee.\n\n"
            "Met vriendelijke groet,\n"
            "Anouk Visser\n"
            "Bedrijfsleider"
        ),
        lab(
            note="business taken over; old invoices go to the previous owner",
            new_contact="h.kok@kokbeheer.example",
        ),
        issued="2027-06-28",
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Mo Haddou", "mo.keuken@strandpaviljoen-zuid.example"),
        "2027-07-10 15:40 +0200",
        "iphone",
        "verkeerde persoon, ik sta in de keuken. vraag het aan marieke van de administratie",
        lab(note="wrong person; a colleague is named without an address"),
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Francesca Rinaldi", "f.rinaldi@agriturismo-lequerce.example"),
        "2027-07-16 10:30 +0200",
        "gmail",
        (
            "Buongiorno,\n\n"
            "la nostra contabilità è seguita dallo Studio Ferri. Per fatture e solleciti scrivete direttamente a contabilita@studioferri.example, io non me ne occupo.\n\n"
            "Grazie, buona giornata\n"
            "Francesca"
        ),
        lab(note="bookkeeping outsourced", new_contact="contabilita@studioferri.example"),
    ),
    Reply(
        "wc-it-2",
        "wrong_contact",
        "it",
        ("Luca Marini", "luca.marini@pizzeriadaluca.example"),
        "2027-07-27 21:05 +0200",
        "thunderbird",
        (
            "Salve,\n"
            "non lavoro più alla Pizzeria Da Luca da giugno (il nome è rimasto ma il locale è stato venduto). L'indirizzo giusto dei nuovi titolari è info@pizzeriadaluca-nuovagestione.example.\n"
            "Saluti\n"
            "Luca Marini"
        ),
        lab(
            note="former owner points to the new owners",
            new_contact="info@pizzeriadaluca-nuovagestione.example",
        ),
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Steve Bolton", "steve@boltonsbutties.example"),
        "2027-07-13 06:48 +0100",
        "iphone",
        "I TOLD YOUR OFFICE ON THE PHONE YOU'LL HAVE IT FRIDAY. STOP EMAILING ME EVERY FIVE MINUTES",
        lab(note="promise plus 'stop emailing': unsubscribe wins; all caps"),
    ),
    Reply(
        "un-en-2",
        "unsubscribe",
        "en",
        ("Bookings – The Willow Tree", "bookings@thewillowtreeinn.example"),
        "2027-07-20 10:40 +0100",
        "outlook",
        (
            "Hello,\n\n"
            "Please take this address off your list. It's our shared bookings inbox and payment reminders get lost among the table requests. Statements and reminders by post to the office address please, that's how our bookkeeper prefers it.\n\n"
            "Thanks,\n"
            "Sam"
        ),
        lab(note="remove this address, post only → unsubscribe; the bookkeeper has no address"),
    ),
    Reply(
        "un-en-3",
        "unsubscribe",
        "en",
        ("Rachel Osei", "r.osei@pembertonhale-law.example"),
        "2027-07-28 16:05 +0100",
        "outlook_html",
        (
            "Dear Sirs,\n\n"
            "We act for The Old Granary Tearooms Ltd in connection with your invoice HSB-40846. Our client disputes the sums claimed, for reasons which we will set out in separate correspondence.\n\n"
            "Please direct all further communications regarding this matter to this firm and refrain from contacting our client directly.\n\n"
            "Yours faithfully,\n\n"
            "Rachel Osei\n"
            "Associate Solicitor\n"
            "Pemberton Hale LLP"
        ),
        lab(
            ("HSB-40846",), "solicitors: talk to our lawyer → unsubscribe, which beats the dispute"
        ),
        inv="HSB-40846",
        rcpt="office@oldgranarytearooms.example",
        charset="windows-1252",
    ),
    Reply(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Dr. Stefan Lorenz", "lorenz@kanzlei-lorenz-partner.example"),
        "2027-07-14 14:20 +0200",
        "outlook_html",
        (
            "Sehr geehrte Damen und Herren,\n\n"
            "hiermit zeigen wir an, dass uns die Café Rosengarten GmbH mit der Wahrnehmung ihrer Interessen beauftragt hat. Eine ordnungsgemäße Bevollmächtigung wird anwaltlich versichert.\n\n"
            "Die mit Ihrer Rechnung HSB-40979 geltend gemachte Forderung wird dem Grunde und der Höhe nach bestritten. Wir fordern Sie auf, jegliche weitere Korrespondenz in dieser Angelegenheit ausschließlich mit unserer Kanzlei zu führen und von direkten Kontaktaufnahmen mit unserer Mandantin abzusehen.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Dr. Stefan Lorenz\n"
            "Rechtsanwalt\n"
            "Lorenz & Partner Rechtsanwälte mbB"
        ),
        lab(
            ("HSB-40979",),
            "lawyer's letter: only through us → unsubscribe, which beats the dispute",
        ),
        inv="HSB-40979",
        rcpt="info@cafe-rosengarten.example",
    ),
    Reply(
        "un-de-2",
        "unsubscribe",
        "de",
        ("Heike Brandl", "heike@cafe-brandl.example"),
        "2027-07-26 09:15 +0200",
        "gmail_plain",
        (
            "Guten Morgen,\n\n"
            "bitte nehmen Sie diese Adresse aus Ihrem Verteiler. Rechnungen und Mahnungen bitte nur noch per Post an unsere Geschäftsadresse.\n\n"
            "Danke\n"
            "Heike Brandl"
        ),
        lab(note="post only → unsubscribe"),
        charset="iso-8859-1",
    ),
    Reply(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Bruno Lefèvre", "bruno@pizzeria-chezbruno.example"),
        "2027-07-19 23:40 +0200",
        "iphone",
        "STOP. Désinscrivez-moi de vos envois automatiques, merci.",
        lab(note="opt-out from a phone"),
    ),
    Reply(
        "un-es-1",
        "unsubscribe",
        "es",
        ("María José Herrero", "mjherrero@residenciaelpinar.example"),
        "2027-07-07 13:05 +0200",
        "outlook",
        (
            "Buenas tardes:\n\n"
            "Les ruego que no vuelvan a enviar recordatorios a esta dirección de correo. A partir de ahora, cualquier comunicación relativa a facturas deberá remitirse por carta certificada a la dirección postal de la residencia.\n\n"
            "Atentamente,\n"
            "María José Herrero\n"
            "Dirección – Residencia El Pinar"
        ),
        lab(note="very formal; registered post only → unsubscribe"),
        charset="windows-1252",
    ),
    Reply(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Iván Castro", "ivan@bocateriaivan.example"),
        "2027-07-30 12:45 +0200",
        "iphone",
        "Está pagado desde hace semanas, dejad de mandar correos ya por favor",
        lab(note="claims payment but says stop writing: unsubscribe outranks the payment claim"),
    ),
    Reply(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("Bart Kuipers", "bart@snackbardehoek.example"),
        "2027-07-06 11:00 +0200",
        "gmail_plain",
        "Afmelden",
        lab(note="one word"),
        cte="b64",
    ),
    Reply(
        "un-nl-2",
        "unsubscribe",
        "nl",
        ("Wendy Mulder", "wendy@theehuisdevlinder.example"),
        "2027-07-22 10:45 +0200",
        "outlook",
        (
            "Goedemorgen,\n\n"
            "We betalen volgende week, maar wilt u mij voortaan niet meer mailen? Ik ben alleen de bedrijfsleider. Alles wat met facturen te maken heeft graag per post naar ons adres, ter attentie van de boekhouding.\n\n"
            "Groet,\n"
            "Wendy Mulder"
        ),
        lab(note="promise plus 'stop e-mailing me', post only: unsubscribe wins; no new address"),
    ),
    Reply(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Ristorante Il Faro – Amministrazione", "amministrazione@ristoranteilfaro.example"),
        "2027-07-21 17:10 +0200",
        "outlook",
        (
            "Spett.le Hearthstone Bakery,\n\n"
            "vi diffidiamo dal continuare a inviare solleciti a questo indirizzo. La questione è stata affidata al nostro legale, l'Avv. Giorgio Santoro, al quale dovrete rivolgervi per qualsiasi comunicazione.\n\n"
            "Distinti saluti\n"
            "La Direzione\n"
            "Ristorante Il Faro"
        ),
        lab(note="stop sending, talk to our lawyer (no address given) → unsubscribe"),
        charset="windows-1252",
    ),
    Reply(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Simona Pace", "simona@edicolabarsimona.example"),
        "2027-07-12 08:30 +0200",
        "android",
        "cancellatemi dalla lista grazie",
        lab(note="opt-out, no punctuation"),
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Claire Hughes", "claire.hughes@westbrookhotels.example"),
        "2027-07-16 09:06 +0100",
        "notice",
        (
            "Thanks for your message. I'm on annual leave with no access to email, returning on Monday 26 July. For urgent invoice queries please contact ap@westbrookhotels.example.\n\n"
            "Claire Hughes\n"
            "Purchase Ledger Clerk"
        ),
        lab(
            note="a colleague's address in an auto-reply does not set new_contact",
            return_date="2027-07-26",
        ),
        subject="Automatic reply: {rsub}",
        headers=(
            AUTO_REPLIED,
            ("X-MS-Exchange-Inbox-Rules-Loop", "claire.hughes@westbrookhotels.example"),
        ),
        lag=None,
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        "en",
        ("Meridian Foodservice Supplier Support", "supplier.support@meridianfoodservice.example"),
        "2027-07-08 09:04 +0100",
        "notice",
        (
            "Hello,\n\n"
            "Thanks for getting in touch with Meridian Foodservice Supplier Support. Your message has been logged as request SR-48213.\n\n"
            "A member of our accounts payable team will respond within five working days. Please keep the reference in the subject line if you write to us again about this.\n\n"
            "This is an automated message."
        ),
        lab(note="ticket acknowledgement carrying only X-Autoreply; no return date"),
        subject="[SR-48213] {rsub}",
        headers=(("X-Autoreply", "yes"),),
        lag=None,
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        "en",
        ("Hollybank School Finance Office", "finance@hollybankschool.example"),
        "2027-07-22 09:05 +0100",
        "notice",
        "The school office is closed for the summer holidays and will reopen on Wednesday 1 September. Emails sent to this address will not be read until then.\n\nHollybank School Finance Office",
        lab(note="school closed for the summer", return_date="2027-09-01"),
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED,),
        lag=None,
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Petra Schulze", "p.schulze@brauereigasthof-adler.example"),
        "2027-07-12 10:03 +0200",
        "notice",
        (
            "Sehr geehrte Damen und Herren,\n\n"
            "vielen Dank für Ihre Nachricht. Ich bin vom 12.07. bis einschließlich 30.07.2027 nicht im Büro. Ab dem 02.08.2027 bin ich wieder für Sie erreichbar. Bei dringenden Anliegen erreichen Sie meine Kollegin Frau Roth unter rechnungswesen@brauereigasthof-adler.example.\n\n"
            "Mit freundlichen Grüßen\n"
            "Petra Schulze"
        ),
        lab(
            note="'ab dem 02.08.' wins over 'bis einschließlich 30.07.'; the colleague's address is not new_contact",
            return_date="2027-08-02",
        ),
        subject="Automatische Antwort: {rsub}",
        charset="iso-8859-1",
        headers=(AUTO_REPLIED,),
        lag=None,
    ),
    Reply(
        "ar-de-2",
        "auto_reply",
        "de",
        ("Café am Markt – Familie Maier", "info@cafeammarkt-maier.example"),
        "2027-07-19 10:04 +0200",
        "notice",
        (
            "Liebe Gäste, liebe Geschäftspartner,\n\n"
            "unser Café macht Sommerpause. Ab Montag, den 16. August haben wir wieder geöffnet. Bis dahin lesen wir keine E-Mails.\n\n"
            "Herzliche Grüße\n"
            "Familie Maier"
        ),
        lab(
            note="summer closure notice with only 'Precedence: auto_reply'",
            return_date="2027-08-16",
        ),
        subject="Betriebsferien",
        headers=(("Precedence", "auto_reply"),),
        lag=None,
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Nathalie Girard", "n.girard@groupe-hotelier-rivage.example"),
        "2027-07-20 10:02 +0200",
        "notice",
        (
            "Bonjour,\n\n"
            "Je suis absente du 19 juillet au 6 août inclus. Retour le lundi 9 août.\n\n"
            "Pour toute question urgente relative aux factures fournisseurs, vous pouvez joindre le service comptabilité au standard de l'hôtel.\n\n"
            "Cordialement,\n"
            "Nathalie Girard"
        ),
        lab(note="'retour le lundi 9 août' wins over 'au 6 août inclus'", return_date="2027-08-09"),
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED,),
        lag=None,
    ),
    Reply(
        "ar-fr-2",
        "auto_reply",
        "fr",
        (
            "Service Comptabilité Fournisseurs",
            "ne-pas-repondre@restaurationcollective-ouest.example",
        ),
        "2027-07-27 10:03 +0200",
        "notice",
        (
            "Bonjour,\n\n"
            "Votre message a bien été reçu et enregistré sous le numéro 2027-07-11842. Il sera traité par nos équipes dans un délai de 10 jours ouvrés.\n\n"
            "Merci de ne pas répondre à ce message automatique.\n\n"
            "Service Comptabilité Fournisseurs\n"
            "Restauration Collective de l'Ouest"
        ),
        lab(note="ticket acknowledgement; no return date"),
        subject="Accusé de réception – demande n° 2027-07-11842",
        headers=(AUTO_GENERATED,),
        lag=None,
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Alberto Navarro", "anavarro@hotelcostabrava.example"),
        "2027-07-23 10:02 +0200",
        "notice",
        "Gracias por su mensaje. No estaré en la oficina hasta el 2 de agosto y no tengo acceso al correo. Para asuntos urgentes, llame a recepción.\n\nUn saludo,\nAlberto Navarro\nJefe de Administración",
        lab(note="'no estaré … hasta el 2 de agosto' → back on that day", return_date="2027-08-02"),
        subject="Respuesta automática: {rsub}",
        cte="b64",
        headers=(AUTO_REPLIED,),
        lag=None,
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Joost Peeters", "joost@hotelrestaurant-debrug.example"),
        "2027-07-14 10:04 +0200",
        "notice",
        (
            "Beste afzender,\n\n"
            "Ik ben met vakantie tot en met 23 juli. Vanaf maandag 26 juli ben ik weer op kantoor en zal ik uw bericht beantwoorden.\n\n"
            "Met vriendelijke groet,\n"
            "Joost Peeters"
        ),
        lab(note="'vanaf maandag 26 juli' wins over 't/m 23 juli'", return_date="2027-07-26"),
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_REPLIED,),
        lag=None,
    ),
    Reply(
        "ar-nl-2",
        "auto_reply",
        "nl",
        ("Broodjeszaak 't Hoekje", "info@broodjeszaakthoekje.example"),
        "2027-07-08 10:03 +0200",
        "notice",
        (
            "Bedankt voor uw e-mail!\n\n"
            "Wij hebben uw bericht ontvangen en reageren zo snel mogelijk, in ieder geval binnen twee werkdagen. Voor bestellingen voor dezelfde dag kunt u ons beter even bellen.\n\n"
            "Team 't Hoekje"
        ),
        lab(note="autoresponder without any auto-reply header; no return date"),
        subject="Re: {rsub}",
        lag=None,
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Valeria Costa", "v.costa@grandhotelriviera.example"),
        "2027-07-30 10:05 +0200",
        "notice",
        (
            "Gentile mittente,\n\n"
            "sarò assente dall'ufficio fino a venerdì 20 agosto compreso, con accesso limitato alla posta elettronica. Rientrerò lunedì 23 agosto.\n\n"
            "Cordiali saluti\n"
            "Valeria Costa\n"
            "Contabilità fornitori"
        ),
        lab(note="the stated day back wins over 'fino a ... compreso'", return_date="2027-08-23"),
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED,),
        lag=None,
    ),
    Reply(
        "ar-it-2",
        "auto_reply",
        "it",
        ("Ristorante La Lanterna", "info@ristorantelalanterna.example"),
        "2027-07-26 10:02 +0200",
        "notice",
        (
            "Buongiorno,\n\n"
            "vi informiamo che il ristorante resterà chiuso per ferie dal 26 luglio al 10 agosto. Riapriremo mercoledì 11 agosto. Le e-mail ricevute in questo periodo verranno lette al nostro rientro.\n\n"
            "Grazie e buona estate!\n"
            "Lo staff de La Lanterna"
        ),
        lab(note="summer closure; the reopening day is the return date", return_date="2027-08-11"),
        subject="Chiusura estiva",
        charset="iso-8859-1",
        cte="8bit",
        headers=(AUTO_REPLIED,),
        lag=None,
    ),
]

OTHER = [
    Reply(
        "ot-en-1",
        "other",
        "en",
        ("Jo Pritchard", "jo@thecosycornercafe.example"),
        "2027-07-07 12:40 +0100",
        "gmail_plain",
        "Did we not pay this alreday?? I thought all of June went out together. Can you have a look your end before I start digging",
        lab(note="a question whether it was paid is not a payment claim; a person must check"),
    ),
    Reply(
        "ot-en-2",
        "other",
        "en",
        ("Graham Lowe", "g.lowe@lowesbutchersanddeli.example"),
        "2027-07-12 11:55 +0100",
        "outlook",
        "Noted, thanks. I've passed this to head office.\n\nGraham",
        lab(note="acknowledgement; passing it on names no contact"),
        charset="windows-1252",
        cte="8bit",
    ),
    Reply(
        "ot-en-3",
        "other",
        "en",
        ("Sarah Whitfield", "sarah.whitfield@greenlanesdeli.example"),
        "2027-07-29 13:15 +0100",
        "outlook_html",
        "Thanks – I'll look into it and come back to you.\n\nSarah",
        lab(note="'I'll look into it' is no commitment to pay"),
    ),
    Reply(
        "ot-de-1",
        "other",
        "de",
        ("Markus Huber", "m.huber@gasthaus-huber.example"),
        "2027-07-06 16:00 +0200",
        "apple",
        "Hallo,\n\ndanke für den Hinweis, ich gebe das an unseren Geschäftsführer weiter.\n\nGruß\nMarkus Huber",
        lab(note="forwarded to the manager; no address, so not wrong_contact"),
    ),
    Reply(
        "ot-de-2",
        "other",
        "de",
        ("Nicole Berger", "nicole@cafe-bergblick.example"),
        "2027-07-23 11:30 +0200",
        "gmail",
        (
            "Hallo,\n\n"
            "kurze Frage: Könnten Sie uns ab August auch glutenfreies Brot liefern? Wir bekommen immer mehr Nachfragen von Gästen. Wegen der Rechnung melde ich mich noch.\n\n"
            "Viele Grüße\n"
            "Nicole Berger"
        ),
        lab(note="order question; 'wegen der Rechnung melde ich mich noch' is no commitment"),
    ),
    Reply(
        "ot-fr-1",
        "other",
        "fr",
        ("Pauline Robert", "pauline@creperie-lamaree.example"),
        "2027-07-09 17:22 +0200",
        "iphone",
        "Pas encore réglé, je regarde ça avec mon associé à son retour de vacances.",
        lab(note="'pas encore' with no date or commitment: a person reads it"),
    ),
    Reply(
        "ot-fr-2",
        "other",
        "fr",
        ("Vincent Leroy", "vincent.leroy@bistrot-du-port.example"),
        "2027-07-28 14:05 +0200",
        "thunderbird",
        (
            "Bonjour,\n\n"
            "On ne l'a pas déjà réglée, celle-là ? Il me semblait que ma comptable avait tout payé début juillet. Vous pouvez vérifier de votre côté ?\n\n"
            "Vincent"
        ),
        lab(note="asks whether it was paid: not a payment claim"),
    ),
    Reply(
        "ot-es-1",
        "other",
        "es",
        ("Beatriz Molina", "beatriz.molina.cafeteria@gmail.com"),
        "2027-07-15 18:45 +0200",
        "gmail",
        (
            "Hola,\n\n"
            "¿Este correo es auténtico? Me han avisado de que circulan facturas falsas a nombre de proveedores. ¿Hay algún teléfono al que pueda llamar para comprobarlo?\n\n"
            "Gracias,\n"
            "Beatriz"
        ),
        lab(note="suspicion; a person should call back"),
    ),
    Reply(
        "ot-es-2",
        "other",
        "es",
        ("Sergio Blanco", "sergio@cafeteriablanco.example"),
        "2027-07-29 10:20 +0200",
        "outlook",
        "Recibido, gracias. Una pregunta aparte: en agosto cerramos del 9 al 22, ¿tengo que avisar a alguien para que no nos traigan pan esos días o se encarga el repartidor?\n\nSergio",
        lab(note="acknowledgement plus a delivery question"),
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "ot-nl-1",
        "other",
        "nl",
        ("Henk de Boer", "henk@cafedeboer.example"),
        "2027-07-16 20:30 +0200",
        "outlook_html",
        (
            "Goedenavond,\n\n"
            "Na 31 jaar sluiten wij per 31 juli definitief de deuren van Café De Boer. Mijn vrouw en ik gaan van ons pensioen genieten. Ik wil jullie bedanken voor al die jaren vers brood elke ochtend, de chauffeurs waren altijd even vriendelijk.\n\n"
            "Hartelijke groet,\n"
            "Henk de Boer"
        ),
        lab(
            note="business closing; the owner writes himself, no payment commitment and no new contact"
        ),
    ),
    Reply(
        "ot-nl-2",
        "other",
        "nl",
        ("Yusuf Demir", "yusuf@shoarmapaleis-utrecht.example"),
        "2027-07-20 13:03 +0200",
        "iphone",
        "👍",
        lab(note="emoji only; not a payment claim"),
    ),
    Reply(
        "ot-it-1",
        "other",
        "it",
        ("Antonella Ricci", "antonella@barricci-bologna.example"),
        "2027-07-19 08:15 +0200",
        "gmail_plain",
        "Ricevuto, grazie. Ne parlo con il titolare lunedì prossimo e vi faccio sapere.",
        lab(note="acknowledgement; 'vi faccio sapere' is no commitment"),
        charset="iso-8859-1",
        cte="8bit",
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
# Delivery failures: the reminder never reached the customer
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt` in `rlang`."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    rlang: str
    queued: timedelta = timedelta(minutes=3)  # how long the reminder sat in the queue
    note: str | None = None

    @property
    def dt(self) -> datetime:
        """The Date: of the message, with its offset."""
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def sent(self) -> datetime:
        """When the reminder left Hearthstone."""
        return (self.dt - self.queued).replace(second=10 + number(self.key, "sec", 49))

    @property
    def invoice(self) -> Invoice:
        """The invoice the bounced reminder chased."""
        currency = "GBP" if self.rlang == "en" else "EUR"
        return invoice_for(self.key, self.sent, currency)

    @property
    def subject(self) -> str:
        """The bounced reminder's subject."""
        return reminder_subject(self.rlang, self.invoice.number)

    def local(self, moment: datetime) -> datetime:
        """A moment in the bounce's own time zone."""
        return moment.astimezone(self.dt.tzinfo)

    def reminder(self) -> Message:
        """The reminder exactly as Hearthstone's server sent it."""
        msg = text_part(reminder_text(self.rlang, self.invoice), "plain", "utf-8", "qp")
        msg["From"] = formataddr((AR_NAME, AR_ADDR))
        msg["To"] = self.rcpt
        msg["Subject"] = encoded_header(self.subject, "utf-8")
        msg["Date"] = format_datetime(self.sent.astimezone(UK_TZ))
        msg["Message-ID"] = reminder_msgid(self.key)
        mime_headers_last(msg)
        return msg


def dsn_part(per_message: list[str], per_recipient: list[str]) -> Message:
    """A message/delivery-status part (RFC 3464) from its two field blocks."""
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    blocks = ["\n".join(per_message) + "\n", "\n".join(per_recipient) + "\n"]
    part.set_payload([message_from_bytes(block.encode("ascii")) for block in blocks])
    return part


def recipient_fields(
    b: Bounce,
    action: str,
    diagnostic: str,
    remote: str = "",
    retry_days: int = 0,
    diagnostic_type: str = "smtp",
) -> list[str]:
    """The per-recipient block of a delivery-status part."""
    fields = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
    ]
    if remote:
        fields.append(f"Remote-MTA: dns; {remote}")
    fields.append(f"Diagnostic-Code: {diagnostic_type}; {diagnostic}")
    fields.append(f"Last-Attempt-Date: {format_datetime(b.dt)}")
    if retry_days:
        fields.append(
            f"Will-Retry-Until: {format_datetime(b.local(b.sent) + timedelta(days=retry_days))}"
        )
    return fields


def headers_part(b: Bounce) -> Message:
    """The returned headers only (text/rfc822-headers)."""
    lines = "".join(f"{name}: {value}\n" for name, value in b.reminder().items())
    return text_part(lines, "rfc822-headers", "us-ascii", "7bit")


def report(*parts: Message) -> Message:
    """A multipart/report of type delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def human_alternative(plain: str, charset: str = "utf-8") -> Message:
    """A notice's human-readable part as plain text plus a simple HTML rendering."""
    markup = "<html><head></head><body>\n" + html_blocks(plain) + "\n</body></html>\n"
    alt = MIMEMultipart("alternative")
    alt.attach(text_part(plain, "plain", charset, "qp"))
    alt.attach(text_part(markup, "html", charset, "qp"))
    return alt


def stamp(b: Bounce, msg: Message, sender: str, subject: str, *extra: tuple[str, str]) -> Message:
    """The notice's envelope headers; the MTA writes the Message-ID from its own host name."""
    host = sender.rsplit("@", 1)[1].split(">", maxsplit=1)[0].split(maxsplit=1)[0]
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encoded_header(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    msg["Message-ID"] = f"<{token(b.key, 'bounce', 22)}.{number(b.key, 'q', 9999)}@{host}>"
    for name, value in extra:
        msg[name] = value
    if "Auto-Submitted" not in msg:
        msg["Auto-Submitted"] = "auto-replied"
    return finish(msg, b.key, "bounce")


def queue_copy(b: Bounce, received: str) -> str:
    """A copy of the returned reminder, headers and encoded body, as a plain-text MTA appends it."""
    return received + b.reminder().as_string()


def bounce_sendmail_domain(b: Bounce) -> Message:
    """Sendmail DSN: the customer's domain no longer exists."""
    arrived = format_datetime(b.local(b.sent))
    domain = b.rcpt.split("@")[1]
    human = (
        f"The original message was received at {arrived}\n"
        "from app01.hearthstone-bakery.example [10.20.0.15]\n\n"
        "   ----- The following addresses had permanent fatal errors -----\n"
        f"<{b.rcpt}>\n"
        "    (reason: 550 5.1.2 Host unknown)\n\n"
        "   ----- Transcript of session follows -----\n"
        f"550 5.1.2 <{b.rcpt}>... Host unknown (Name server: {domain}: host not found)\n"
    )
    status = dsn_part(
        [
            "Reporting-MTA: dns; mx1.hearthstone-bakery.example",
            "Received-From-MTA: DNS; app01.hearthstone-bakery.example",
            f"Arrival-Date: {arrived}",
        ],
        recipient_fields(
            b, "failed", f"550 5.1.2 Host unknown (Name server: {domain}: host not found)"
        ),
    )
    msg = report(text_part(human, "plain", "us-ascii", "7bit"), status, headers_part(b))
    sender = "Mail Delivery Subsystem <MAILER-DAEMON@mx1.hearthstone-bakery.example>"
    return stamp(
        b,
        msg,
        sender,
        "Returned mail: see transcript for details",
        ("Auto-Submitted", "auto-generated (failure)"),
    )


def bounce_qmail(b: Bounce) -> Message:
    """qmail on the customer's host: plain text, no MIME, the message copied below."""
    host = "mail." + b.rcpt.split("@")[1]
    stamp_time = b.sent.astimezone(UTC).strftime("%d %b %Y %H:%M:%S -0000").lstrip("0")
    received = (
        "Return-Path: <receivables@hearthstone-bakery.example>\n"
        f"Received: (qmail {10000 + number(b.key, 'pid', 80000)} invoked from network); {stamp_time}\n"
        "Received: from mx1.hearthstone-bakery.example (HELO mx1.hearthstone-bakery.example) (198.51.100.10)\n"
        f"  by {host} with SMTP; {stamp_time}\n"
    )
    text = (
        f"Hi. This is the qmail-send program at {host}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "Sorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"{queue_copy(b, received)}"
    )
    msg = Message()
    msg.set_payload(text)
    return stamp(b, msg, f"MAILER-DAEMON@{host}", "failure notice")


def bounce_exim_policy(b: Bounce) -> Message:
    """Exim on Hearthstone's relay: the school's server refused the message by policy."""
    domain = b.rcpt.split("@")[1]
    received = (
        "Return-path: <receivables@hearthstone-bakery.example>\n"
        "Received: from [10.20.0.15] (helo=app01.hearthstone-bakery.example)\n"
        "\tby mx1.hearthstone-bakery.example with esmtp (Exim 4.98.1)\n"
        "\t(envelope-from <receivables@hearthstone-bakery.example>)\n"
        f"\tid 1uLk{token(b.key, 'exim', 2)}-000{number(b.key, 'exim', 9)}Zc-2T\n"
        f"\tfor {b.rcpt}; {format_datetime(b.sent)}\n"
    )
    text = (
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        f"  {b.rcpt}\n"
        f"    host mx1.{domain} [203.0.113.57]\n"
        "    SMTP error from remote mail server after end of data:\n"
        "    550 5.7.1 Message rejected by policy: invoices from external senders must be submitted through the supplier portal\n\n"
        "------ This is a copy of the message, including all the headers. ------\n\n"
        f"{queue_copy(b, received)}"
    )
    msg = Message()
    msg.set_payload(text)
    sender = "Mail Delivery System <Mailer-Daemon@mx1.hearthstone-bakery.example>"
    return stamp(
        b,
        msg,
        sender,
        "Mail delivery failed: returning message to sender",
        ("X-Failed-Recipients", b.rcpt),
    )


EXCHANGE_LOCAL_PART = "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e"


def bounce_exchange_de_unknown(b: Bounce) -> Message:
    """Exchange Online, German: the mailbox is unknown at the customer's tenant."""
    local, domain = b.rcpt.split("@")
    human = (
        f"Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden.\n\n"
        f"{local} wurde bei {domain} nicht gefunden.\n\n"
        f"{AR_NAME}\nAktion erforderlich\nEmpfänger\n\n"
        "Unbekannte Empfängeradresse\n\n"
        "Wie Sie das Problem beheben\n"
        "Die Adresse ist möglicherweise falsch geschrieben oder existiert nicht mehr. Versuchen Sie Folgendes:\n"
        "- Senden Sie die Nachricht erneut, und geben Sie dabei die vollständige Adresse von Hand ein, statt sie aus der Autovervollständigung zu übernehmen.\n"
        "- Bestätigen Sie die Adresse auf anderem Weg beim Empfänger, zum Beispiel telefonisch.\n\n"
        "Weitere Informationen für E-Mail-Administratoren\n"
        "Diese Nachricht wurde von folgendem Server generiert: FR2P281MB2957.DEUP281.PROD.OUTLOOK.COM\n"
        "Der Remoteserver hat '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found' zurückgegeben.\n\n"
        "Kopfzeilen der ursprünglichen Nachricht: siehe Anlage"
    )
    status = dsn_part(
        [
            "Reporting-MTA: dns;FR2P281MB2957.DEUP281.PROD.OUTLOOK.COM",
            f"Received-From-MTA: dns;mx1.{AR_DOMAIN}",
            f"Arrival-Date: {format_datetime(b.local(b.sent))}",
        ],
        recipient_fields(b, "failed", "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"),
    )
    msg = report(human_alternative(human), status, headers_part(b))
    sender = f"Microsoft Outlook <{EXCHANGE_LOCAL_PART}@{domain}>"
    return stamp(b, msg, sender, f"Unzustellbar: {b.subject}")


def bounce_provider_de_greylist(b: Bounce) -> Message:
    """A German provider's relay: temporary refusal (greylisting), plain text."""
    sent = render("{dd}.{mo}.{y} {HH}:{mm}", "de", b.local(b.sent))
    until = render("{dd}.{mo}.{y}", "de", b.local(b.sent) + timedelta(days=3))
    domain = b.rcpt.split("@")[1]
    text = (
        "Dies ist eine automatisch erzeugte Benachrichtigung des Mailservers relay2.mailhost-de.example.\n\n"
        "Ihre Nachricht an\n\n"
        f"  <{b.rcpt}>\n\n"
        "konnte bisher nicht zugestellt werden. Der Server des Empfängers nimmt die Nachricht vorübergehend nicht an:\n\n"
        f"  mx.{domain}: 451 4.7.1 Greylisting aktiv – bitte versuchen Sie es später erneut\n\n"
        f"Sie müssen nichts unternehmen. Wir versuchen die Zustellung bis zum {until} weiter. Schlägt sie bis dahin fehl, erhalten Sie eine weitere Nachricht.\n\n"
        f"Betreff:  {b.subject}\n"
        f"Gesendet: {sent}\n"
    )
    msg = text_part(text, "plain", "utf-8", "qp")
    sender = "Mail Delivery System <mailer-daemon@relay2.mailhost-de.example>"
    return stamp(b, msg, sender, f"Zustellung verzögert: {b.subject}")


def bounce_exchange_fr_full(b: Bounce) -> Message:
    """Exchange Online, French: the customer's mailbox is over its quota."""
    local, domain = b.rcpt.split("@")
    diagnostic = "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded"
    human = (
        f"Votre message à {b.rcpt} n'a pas pu être remis.\n\n"
        f"La boîte aux lettres de {local} est pleine.\n\n"
        f"{AR_NAME}\nAction requise\nDestinataire\n\n"
        "Boîte aux lettres pleine\n\n"
        "Comment résoudre le problème\n"
        "Le message n'a pas pu être remis car la boîte aux lettres du destinataire a atteint sa limite de stockage. Renvoyez le message plus tard, ou contactez le destinataire par un autre moyen pour lui demander de libérer de l'espace.\n\n"
        "Plus d'informations pour les administrateurs de messagerie\n"
        "Ce message a été généré par le serveur : PR1P264MB2210.FRAP264.PROD.OUTLOOK.COM\n"
        f"Le serveur distant a renvoyé « {diagnostic} ».\n\n"
        "En-têtes du message d'origine : voir la pièce jointe"
    )
    status = dsn_part(
        [
            "Reporting-MTA: dns;PR1P264MB2210.FRAP264.PROD.OUTLOOK.COM",
            f"Received-From-MTA: dns;mx1.{AR_DOMAIN}",
            f"Arrival-Date: {format_datetime(b.local(b.sent))}",
        ],
        recipient_fields(b, "failed", diagnostic),
    )
    msg = report(human_alternative(human), status, headers_part(b))
    return stamp(
        b, msg, f"Microsoft Outlook <{EXCHANGE_LOCAL_PART}@{domain}>", f"Non remis : {b.subject}"
    )


def bounce_provider_fr_unknown(b: Bounce) -> Message:
    """A French provider's DSN, with the whole reminder returned."""
    domain = b.rcpt.split("@")[1]
    human = (
        "Ceci est un message automatique du serveur smtp.messagerie-pro.example.\n\n"
        "Votre message n'a pas pu être distribué au destinataire suivant :\n\n"
        f"   {b.rcpt}\n\n"
        f"Motif : l'adresse est inconnue du serveur de destination. Le serveur mx.{domain} a répondu :\n"
        f"   550 5.1.1 <{b.rcpt}>: adresse destinataire inconnue\n\n"
        "Il s'agit d'une erreur définitive : aucune nouvelle tentative ne sera faite. Vérifiez l'adresse et renvoyez votre message si nécessaire.\n\n"
        "Votre message d'origine est joint à cet avis.\n"
    )
    status = dsn_part(
        [
            "Reporting-MTA: dns; smtp.messagerie-pro.example",
            f"Arrival-Date: {format_datetime(b.local(b.sent))}",
        ],
        recipient_fields(
            b, "failed", f"550 5.1.1 <{b.rcpt}>: adresse destinataire inconnue", f"mx.{domain}"
        ),
    )
    msg = report(text_part(human, "plain", "utf-8", "8bit"), status, MIMEMessage(b.reminder()))
    sender = "=?utf-8?q?Syst=C3=A8me_de_messagerie?= <MAILER-DAEMON@smtp.messagerie-pro.example>"
    return stamp(b, msg, sender, f"Message non délivré : {b.subject}")


def bounce_gmail_es_unknown(b: Bounce) -> Message:
    """Gmail's failure notice, Spanish interface: the Gmail account does not exist."""
    answer = "The email account that you tried to reach does not exist."
    human = (
        "** No se ha encontrado la dirección **\n\n"
        f"Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o esta no puede recibir correo.\n\n"
        "La respuesta del servidor remoto ha sido:\n\n"
        f"550 5.1.1 {answer}"
    )
    status = dsn_part(
        [
            "Reporting-MTA: dns; googlemail.com",
            f"Received-From-MTA: dns; mx1.{AR_DOMAIN}",
            f"Arrival-Date: {format_datetime(b.local(b.sent))}",
        ],
        recipient_fields(b, "failed", f"550-5.1.1 {answer}", "gmail-smtp-in.l.google.com"),
    )
    msg = report(human_alternative(human), status, MIMEMessage(b.reminder()))
    return stamp(
        b,
        msg,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
    )


def bounce_exchange_es_delay(b: Bounce) -> Message:
    """Exchange Online, Spanish: the customer's on-premises server refuses connections."""
    domain = b.rcpt.split("@")[1]
    attempt = b.dt.astimezone(UTC)
    led = f"451 4.4.316 Connection refused [Message=Socket error code 10061] [LastAttemptedServerName=mail.{domain}] [LastAttemptedIP=192.0.2.80:25]"
    human = (
        "La entrega se ha retrasado a estos destinatarios o grupos:\n\n"
        f"{b.rcpt} ({b.rcpt})\n\n"
        f"Asunto: {b.subject}\n\n"
        "Este mensaje aún no se ha entregado. Seguiremos intentándolo.\n\n"
        "El servidor intentará enviar el mensaje durante 1 día y 19 horas más. Se le notificará si no se puede entregar en ese tiempo.\n\n"
        "Información de diagnóstico para administradores:\n\n"
        "Servidor de generación: MR1P264MB3620.ESPP264.PROD.OUTLOOK.COM\n"
        f"Motivo de error: [{{LED={led}}};{{MSG=}};{{FQDN=mail.{domain}}};{{IP=192.0.2.80}};{{LRT={attempt:%d/%m/%Y %H:%M:%S}}}]"
    )
    status = dsn_part(
        [
            "Reporting-MTA: dns;MR1P264MB3620.ESPP264.PROD.OUTLOOK.COM",
            f"Arrival-Date: {format_datetime(b.local(b.sent))}",
        ],
        recipient_fields(
            b,
            "delayed",
            "451 4.4.316 Connection refused [Message=Socket error code 10061]",
            f"mail.{domain}",
            retry_days=2,
        ),
    )
    msg = report(human_alternative(human), status, headers_part(b))
    return stamp(
        b,
        msg,
        f"Microsoft Outlook <{EXCHANGE_LOCAL_PART}@{domain}>",
        f"Entrega retrasada: {b.subject}",
    )


def bounce_provider_it_domain(b: Bounce) -> Message:
    """An Italian provider's DSN: the customer's domain has no mail server any more."""
    domain = b.rcpt.split("@")[1]
    human = (
        "Avviso automatico del sistema di posta smtp.mailpro-italia.example.\n\n"
        "Il vostro messaggio per il destinatario indicato qui sotto non può essere consegnato:\n\n"
        f"  <{b.rcpt}>\n\n"
        "Il dominio di destinazione non esiste o non ha più un server di posta configurato (Host or domain name not found). L'errore è permanente e non verranno effettuati altri tentativi.\n\n"
        "Verificate l'indirizzo del destinatario. In allegato trovate l'intestazione del messaggio originale.\n"
    )
    status = dsn_part(
        [
            "Reporting-MTA: dns; smtp.mailpro-italia.example",
            f"X-Postfix-Queue-ID: {token(b.key, 'qid', 11)}",
            f"Arrival-Date: {format_datetime(b.local(b.sent))}",
        ],
        recipient_fields(
            b,
            "failed",
            f"Host or domain name not found. Name service error for name={domain} type=MX: Host not found",
            diagnostic_type="X-Postfix",
        ),
    )
    msg = report(text_part(human, "plain", "iso-8859-1", "qp"), status, headers_part(b))
    sender = "Sistema di consegna della posta <mailer-daemon@smtp.mailpro-italia.example>"
    return stamp(b, msg, sender, f"Mancato recapito: {b.subject}")


def bounce_provider_it_full(b: Bounce) -> Message:
    """An Italian provider's plain-text delay warning: the customer's mailbox is full."""
    sent = render("{dd}/{mo}/{y} {HH}:{mm}", "it", b.local(b.sent))
    text = (
        "AVVISO DI RITARDO NELLA CONSEGNA – nessuna azione richiesta\n\n"
        f"Il messaggio inviato a <{b.rcpt}> non è ancora stato recapitato perché la casella del destinatario è piena.\n\n"
        "  Risposta del server remoto: 452 4.2.2 Mailbox full\n\n"
        "Il sistema riproverà automaticamente nei prossimi 4 giorni. Se la consegna non andrà a buon fine entro questo termine, riceverete un avviso di mancato recapito.\n\n"
        f"Oggetto: {b.subject}\n"
        f"Inviato il: {sent}\n"
    )
    msg = text_part(text, "plain", "utf-8", "8bit")
    return stamp(
        b,
        msg,
        "Postmaster <postmaster@mailpro-italia.example>",
        "Avviso: messaggio non ancora recapitato",
    )


def bounce_provider_nl_delay(b: Bounce) -> Message:
    """A Dutch provider's DSN: the customer's server does not answer."""
    domain = b.rcpt.split("@")[1]
    until = render("{dd}-{mo}-{y}", "nl", b.local(b.sent) + timedelta(days=5))
    human = (
        "Dit is een automatisch bericht van de mailserver smtp.zakelijkemail.example.\n\n"
        f"Uw bericht aan <{b.rcpt}> is nog niet afgeleverd. De mailserver van de ontvanger reageert op dit moment niet (verbinding verlopen).\n\n"
        f"Dit is nog geen definitieve fout. Wij blijven het bericht aanbieden tot en met {until}; lukt dat niet, dan ontvangt u een nieuwe melding.\n\n"
        "U hoeft niets te doen.\n"
    )
    status = dsn_part(
        [
            "Reporting-MTA: dns; smtp.zakelijkemail.example",
            f"Arrival-Date: {format_datetime(b.local(b.sent))}",
        ],
        recipient_fields(
            b,
            "delayed",
            f"connect to mx.{domain}[192.0.2.61]:25: Connection timed out",
            f"mx.{domain}",
            retry_days=5,
        ),
    )
    msg = report(text_part(human, "plain", "utf-8", "qp"), status, headers_part(b))
    sender = "Mail Delivery System <MAILER-DAEMON@smtp.zakelijkemail.example>"
    return stamp(b, msg, sender, f"Vertraagde bezorging: {b.subject}")


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            "bo-en-1",
            "en",
            "hard",
            "5.1.2",
            "orders@crumbandcoffee.example",
            "2027-07-06 09:24 +0100",
            "en",
            note="domain gone: sendmail DSN with text/rfc822-headers",
        ),
        bounce_sendmail_domain,
    ),
    (
        Bounce(
            "bo-en-2",
            "en",
            "hard",
            "5.1.1",
            "accounts@greenteapot-tearooms.example",
            "2027-07-13 09:07 +0100",
            "en",
            note="qmail plain-text notice, not RFC 3464",
        ),
        bounce_qmail,
    ),
    (
        Bounce(
            "bo-en-3",
            "en",
            "hard",
            "5.7.1",
            "finance@larkhill-academy.example",
            "2027-07-20 09:06 +0100",
            "en",
            note="policy rejection with a permanent code: hard; Exim plain-text notice with X-Failed-Recipients",
        ),
        bounce_exim_policy,
    ),
    (
        Bounce(
            "bo-de-1",
            "de",
            "hard",
            "5.1.1",
            "einkauf@cafe-lindenhof.example",
            "2027-07-12 10:04 +0200",
            "de",
            note="Exchange Online NDR in German",
        ),
        bounce_exchange_de_unknown,
    ),
    (
        Bounce(
            "bo-de-2",
            "de",
            "soft",
            "4.7.1",
            "rechnungen@hotel-seeblick-konstanz.example",
            "2027-07-15 14:10 +0200",
            "de",
            timedelta(hours=4, minutes=5),
            note="temporary policy refusal (greylisting), German provider notice in plain text",
        ),
        bounce_provider_de_greylist,
    ),
    (
        Bounce(
            "bo-fr-1",
            "fr",
            "soft",
            "5.2.2",
            "compta@hotel-lespins-biarritz.example",
            "2027-07-21 10:07 +0200",
            "fr",
            note="over quota with a 5.2.2 code: soft by the mailbox-full rule, the code as given; Exchange Online NDR in French",
        ),
        bounce_exchange_fr_full,
    ),
    (
        Bounce(
            "bo-fr-2",
            "fr",
            "hard",
            "5.1.1",
            "reservations@lecomptoirdumarche-nantes.example",
            "2027-07-08 10:06 +0200",
            "fr",
            note="French provider DSN with the whole reminder returned (message/rfc822)",
        ),
        bounce_provider_fr_unknown,
    ),
    (
        Bounce(
            "bo-es-1",
            "es",
            "hard",
            "5.1.1",
            "cafeteria.lassalinas@gmail.com",
            "2027-07-09 10:05 +0200",
            "es",
            note="Gmail failure notice with a Spanish human part",
        ),
        bounce_gmail_es_unknown,
    ),
    (
        Bounce(
            "bo-es-2",
            "es",
            "soft",
            "4.4.316",
            "pedidos@hotelplayaserena.example",
            "2027-07-27 14:12 +0200",
            "es",
            timedelta(hours=4, minutes=8),
            note="Exchange Online delay notice in Spanish (Action: delayed)",
        ),
        bounce_exchange_es_delay,
    ),
    (
        Bounce(
            "bo-it-1",
            "it",
            "hard",
            "5.4.4",
            "info@trattoriailvecchiomulino.example",
            "2027-07-16 10:05 +0200",
            "it",
            note="domain gone; Italian provider DSN in ISO-8859-1",
        ),
        bounce_provider_it_domain,
    ),
    (
        Bounce(
            "bo-it-2",
            "it",
            "soft",
            "4.2.2",
            "ordini@barlaperla-cesenatico.example",
            "2027-07-23 14:08 +0200",
            "it",
            timedelta(hours=4, minutes=4),
            note="mailbox full, delay warning in Italian, plain text 8bit",
        ),
        bounce_provider_it_full,
    ),
    (
        Bounce(
            "bo-nl-1",
            "nl",
            "soft",
            "4.4.1",
            "inkoop@hotelduinzicht-texel.example",
            "2027-07-28 16:06 +0200",
            "nl",
            timedelta(hours=6, minutes=2),
            note="connection timed out, delay report in Dutch (Action: delayed)",
        ),
        bounce_provider_nl_delay,
    ),
]

# --------------------------------------------------------------------------------------------
# Labels, file names, output and checks
# --------------------------------------------------------------------------------------------


def reply_label(r: Reply) -> dict[str, object]:
    """The label line for a reply, in the label file's key order."""
    label: dict[str, object] = {"intent": r.intent}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update({k: v for k, v in r.labels.items() if k in LABEL_KEYS})
    label["invoice_refs"] = list(r.labels.get("invoice_refs", []))  # type: ignore[call-overload]
    label["language"] = r.lang
    label["note"] = r.labels.get("note")
    return label


def bounce_label(b: Bounce) -> dict[str, object]:
    """The label line for a delivery report."""
    label: dict[str, object] = {"intent": "bounce"}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


@dataclass(frozen=True)
class Item:
    """One finished message with what the checks need to know about it."""

    key: str
    msg: Message
    label: dict[str, object]
    new_text: str  # the hand-written text, for checking references against it
    quoted_invoice: str  # an invoice number the quote must show ("" for notices)
    threaded: bool


def all_items() -> list[Item]:
    """Every message of the corpus, built."""
    items = [
        Item(
            r.key,
            build_reply(r),
            reply_label(r),
            r.body,
            "" if r.notice else make_quote(r).invoice.number,
            r.threaded,
        )
        for r in REPLIES
    ]
    items += [Item(b.key, build(b), bounce_label(b), "", "", False) for b, build in BOUNCES]
    return items


def file_order(key: str) -> str:
    """Files are numbered by a seeded hash of the key, so a name says nothing about the label."""
    return hashlib.sha256(f"{SEED}:order:{key}".encode()).hexdigest()


def check_label(key: str, label: dict[str, object], item: Item) -> None:
    """The label's shape: keys, per-intent fields, formats and plausibility."""
    fail = f"{key}: "
    expected = ["file", "intent", *LABEL_KEYS, "invoice_refs", "language", "note"]
    if list(label) != expected:
        raise SystemExit(fail + f"label keys {list(label)}")
    intent = str(label["intent"])
    if intent not in INTENTS or label["language"] not in LANGS:
        raise SystemExit(fail + "bad intent or language")
    allowed = INTENT_FIELDS.get(intent, frozenset())
    for name in LABEL_KEYS:
        if label[name] is not None and name not in allowed:
            raise SystemExit(fail + f"{name} filled for {intent}")
    sent = item.msg["Date"]
    local_day = datetime.strptime(str(sent), "%a, %d %b %Y %H:%M:%S %z").date()
    for name in ("promised_date", "paid_date", "return_date"):
        value = label[name]
        if value is None:
            continue
        day = date.fromisoformat(str(value))
        if name == "paid_date" and day > local_day:
            raise SystemExit(fail + "paid in the future")
        if name != "paid_date" and day < local_day:
            raise SystemExit(fail + f"{name} in the past")
    if (label["amount"] is None) != (label["currency"] is None):
        raise SystemExit(fail + "amount without currency or the reverse")
    if label["amount"] is not None and (
        not AMOUNT_RE.match(str(label["amount"])) or label["currency"] not in {"GBP", "EUR"}
    ):
        raise SystemExit(fail + "bad amount or currency")
    refs = label["invoice_refs"]
    if not isinstance(refs, list) or len(set(refs)) != len(refs):
        raise SystemExit(fail + "bad invoice_refs")
    for ref in refs:
        if not INVOICE_RE.match(ref) or ref.split("-")[1] not in item.new_text:
            raise SystemExit(fail + f"reference {ref} not in the new text")
    written = {f"HSB-{digits}" for digits in re.findall(r"(?i)\bHSB[- ]?(\d{5})\b", item.new_text)}
    if not written <= set(refs):
        raise SystemExit(fail + f"unlabelled references {sorted(written - set(refs))}")
    contact = label["new_contact"]
    if contact is not None and (
        contact != str(contact).lower() or str(contact).lower() not in item.new_text.lower()
    ):
        raise SystemExit(fail + "new_contact not lower case or not in the text")
    if intent == "bounce":
        status = str(label["bounce_status"])
        if not re.match(r"^[45]\.\d{1,3}\.\d{1,3}$", status) or label["bounce_kind"] not in {
            "hard",
            "soft",
        }:
            raise SystemExit(fail + "bad bounce fields")
        soft = status.startswith("4.") or status == "5.2.2"
        if soft != (label["bounce_kind"] == "soft"):
            raise SystemExit(fail + "bounce kind does not follow the status")


def check_message(key: str, data: bytes, item: Item) -> None:
    """Parse the file back: no defects, every header and text part decodes, dates in range."""
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{key}: no {header}")
    if item.threaded and msg["In-Reply-To"] is None:
        raise SystemExit(f"{key}: reply without In-Reply-To")
    if item.label["intent"] == "bounce" and msg["Auto-Submitted"] is None:
        raise SystemExit(f"{key}: bounce without Auto-Submitted")
    when = msg["Date"].datetime
    offset = when.utcoffset()
    if (
        offset not in {UK_TZ.utcoffset(None), CE_TZ.utcoffset(None)}
        or not FIRST_DAY <= when.date() <= LAST_DAY
    ):
        raise SystemExit(f"{key}: date {when} out of range or in the wrong zone")
    if offset == UK_TZ.utcoffset(None) and item.label["language"] != "en":
        raise SystemExit(f"{key}: a UK offset on a non-UK sender")
    texts = []
    for part in msg.walk():
        if part.defects:
            raise SystemExit(f"{key}: defects {part.defects}")
        for name, value in part.items():
            if getattr(value, "defects", None):
                raise SystemExit(f"{key}: header {name} defects {value.defects}")
            str(value)
        if part.get_content_maintype() == "text":
            texts.append(part.get_content())
    decoded = "\n".join(texts)
    if item.quoted_invoice and item.quoted_invoice not in decoded:
        raise SystemExit(f"{key}: the quoted reminder is missing")
    first_line = item.new_text.split("\n", 1)[0]
    if (
        item.new_text
        and not first_line.startswith("<")
        and len(first_line) < 60
        and first_line not in decoded
    ):
        raise SystemExit(
            f"{key}: the new text is missing"
        )  # short first lines survive any re-wrapping


def check_counts(labels: list[dict[str, object]]) -> None:
    """12 per intent; the language totals; languages spread evenly over the intents."""
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    for intent in INTENTS:
        if sum(cells[intent, lang] for lang in LANGS) != PER_INTENT:
            raise SystemExit(f"{intent}: not {PER_INTENT} messages")
        if cells[intent, "en"] != LANG_TOTALS["en"] // len(INTENTS):
            raise SystemExit(f"{intent}: English share uneven")
        if any(cells[intent, lang] not in {1, 2} for lang in LANGS[1:]):
            raise SystemExit(f"{intent}: language spread uneven")
    for lang in LANGS:
        if sum(cells[i, lang] for i in INTENTS) != LANG_TOTALS[lang]:
            raise SystemExit(f"{lang}: not {LANG_TOTALS[lang]} messages")


def count_table(labels: list[dict[str, object]]) -> str:
    """The intent × language table, as Markdown."""
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


def write_all() -> list[dict[str, object]]:
    """Build, check and write every file; return the labels."""
    items = all_items()
    keys = [item.key for item in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    items.sort(key=lambda item: file_order(item.key))
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels = []
    for n, item in enumerate(items, start=1):
        name = f"{PREFIX}-{n:03d}.eml"
        data = item.msg.as_bytes(policy=OUTPUT_POLICY)
        check_message(item.key, data, item)
        label = {"file": name, **item.label}
        check_label(item.key, label, item)
        (HERE / name).write_bytes(data)
        labels.append(label)
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels


def main() -> int:
    """Rebuild the corpus and print the count table."""
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {dict(sorted(kinds.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
