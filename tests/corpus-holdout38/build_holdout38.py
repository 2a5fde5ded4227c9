# ruff: noqa: E501, RUF001
# Hand-written message text stays one paragraph a line, as a mail client sends it, and keeps the
# typographic dashes, quotes and accents that people and their clients really type.
"""Build held-out reply corpus 38: `h38-NNN.eml` and `labels.jsonl`, next to this script.

Every message lands in the receivables mailbox of Kettle & Crane (commercial kitchen equipment
service and repair) after it sent an overdue reminder. The new text of each message is written by
hand below. The script only adds what a mail client or a mail server would add: the quoted
reminder in the client's layout and language, headers, MIME structure, charsets and transfer
encodings, and the skeletons of delivery reports. It is deterministic: a fixed shuffle seed,
boundaries and Message-IDs derived from each message's key, and no clock.
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
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from email import charset as email_charset
from email import message_from_bytes, message_from_string, policy
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path
from typing import Final, TypedDict

HERE: Final = Path(__file__).resolve().parent
PREFIX: Final = "h38"
SHUFFLE_SEED: Final = "corpus-holdout38/2026-12"
AR_NAME: Final = "Kettle & Crane Receivables"
AR_ADDR: Final = "receivables@kettle-crane.example"
AR_DOMAIN: Final = "kettle-crane.example"
UK_TIME: Final = UTC  # reminders leave the Leeds office on GMT in November and December
FIRST_DAY: Final = date(2026, 11, 23)
LAST_DAY: Final = date(2026, 12, 18)
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
INVOICE_RE: Final = re.compile(r"KC-2026-(\d{4})")


class Label(TypedDict):
    """One line of labels.jsonl, keys in the order of the project's other corpora."""

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


# --------------------------------------------------------------------------------------------
# Locale tables
# --------------------------------------------------------------------------------------------

WEEKDAYS: Final = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
}
WEEKDAYS_ABBR: Final = {
    "en": "Mon Tue Wed Thu Fri Sat Sun",
    "de": "Mo. Di. Mi. Do. Fr. Sa. So.",
    "fr": "lun. mar. mer. jeu. ven. sam. dim.",
    "es": "lun mar mié jue vie sáb dom",
    "nl": "ma di wo do vr za zo",
    "it": "lun mar mer gio ven sab dom",
}
MONTHS: Final = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
}
MONTHS_ABBR: Final = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}

# Layout keys: "en-US", "en-GB" (also used by en-IE and en-EU) and the five other languages.
GMAIL_ATTR: Final = {
    "en-GB": "On {wda}, {d} {mona} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "en-US": "On {wda}, {mona} {d}, {y} at {h12}:{mm} {ampm} {name} <{addr}> wrote:",
    "de": "Am {wda}, {d}. {mona} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wda} {d} {mona} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wda}, {d} {mona} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wda} {d} {mona} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wda} {d} {mona} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTR: Final = {
    "en-GB": "On {d} {mona} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "en-US": "On {mona} {d}, {y}, at {h12}:{mm} {ampm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mona} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {mona} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mona} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mona} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTR: Final = {
    "en-GB": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "en-US": "On {mo}/{dd}/{y} {h12}:{mm} {ampm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{mm}, {name} ha scritto:",
}
OUTLOOK_DATE: Final = {
    "en-GB": "{wd}, {d} {mon} {y} {HH}:{mm}",
    "en-US": "{wd}, {mon} {d}, {y} {h12}:{mm} {ampm}",
    "de": "{wd}, {d}. {mon} {y} {HH}:{mm}",
    "fr": "{wd} {d} {mon} {y} {HH}:{mm}",
    "es": "{wd}, {d} de {mon} de {y} {H}:{mm}",
    "nl": "{wd} {d} {mon} {y} {HH}:{mm}",
    "it": "{wd} {d} {mon} {y} {HH}:{mm}",
}
SAMSUNG_DATE: Final = {
    "en-GB": "{dd}/{mo}/{y} {HH}:{mm} (GMT{off})",
    "en-US": "{mo}/{dd}/{yy} {h12}:{mm} {ampm} (GMT{off})",
    "de": "{dd}.{mo}.{yy} {HH}:{mm} (GMT{off})",
    "fr": "{dd}/{mo}/{y} {HH}:{mm} (GMT{off})",
    "es": "{dd}/{mo}/{yy} {H}:{mm} (GMT{off})",
    "nl": "{dd}-{mo}-{y} {HH}:{mm} (GMT{off})",
    "it": "{dd}/{mo}/{y} {HH}:{mm} (GMT{off})",
}
# Outlook's quoted header: separator line, then the From, Sent, To and Subject labels.
OUTLOOK_LABELS: Final = {
    "en": ("-----Original Message-----", "From:", "Sent:", "To:", "Subject:"),
    "de": ("-----Ursprüngliche Nachricht-----", "Von:", "Gesendet:", "An:", "Betreff:"),
    "fr": ("-----Message d'origine-----", "De :", "Envoyé :", "À :", "Objet :"),
    "es": ("-----Mensaje original-----", "De:", "Enviado el:", "Para:", "Asunto:"),
    "nl": ("-----Oorspronkelijk bericht-----", "Van:", "Verzonden:", "Aan:", "Onderwerp:"),
    "it": ("-----Messaggio originale-----", "Da:", "Inviato:", "A:", "Oggetto:"),
}
SAMSUNG_LABELS: Final = {
    "en": ("-------- Original message --------", "From:", "Date:", "To:", "Subject:"),
    "de": ("-------- Ursprüngliche Nachricht --------", "Von:", "Datum:", "An:", "Betreff:"),
    "fr": ("-------- Message d'origine --------", "De :", "Date :", "À :", "Objet :"),
    "es": ("-------- Mensaje original --------", "De:", "Fecha:", "Para:", "Asunto:"),
    "nl": ("-------- Oorspronkelijk bericht --------", "Van:", "Datum:", "Aan:", "Onderwerp:"),
    "it": ("-------- Messaggio originale --------", "Da:", "Data:", "A:", "Oggetto:"),
}
OUTLOOK_RE: Final = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
IPHONE_SIG: Final = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
}
SAMSUNG_SIG: Final = {
    "en": "Sent from my Galaxy",
    "de": "Von meinem Galaxy gesendet",
    "fr": "Envoyé depuis mon Galaxy",
    "es": "Enviado desde mi Galaxy",
    "nl": "Verzonden vanaf mijn Galaxy",
    "it": "Inviato dal mio Galaxy",
}
OUTLOOK_IOS_SIG: Final = {
    "en": "Get Outlook for iOS",
    "de": "Outlook für iOS beziehen",
    "fr": "Obtenir Outlook pour iOS",
    "es": "Obtener Outlook para iOS",
    "nl": "Outlook voor iOS downloaden",
    "it": "Scarica Outlook per iOS",
}

# --------------------------------------------------------------------------------------------
# The reminder Kettle & Crane sent (quoted by the replies, returned inside bounces)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT: Final = {
    "en": "Overdue invoice {inv} – payment reminder",
    "de": "Zahlungserinnerung: Rechnung {inv} überfällig",
    "fr": "Rappel : facture {inv} arrivée à échéance",
    "es": "Recordatorio: factura {inv} vencida",
    "nl": "Herinnering: factuur {inv} vervallen",
    "it": "Sollecito: fattura {inv} scaduta",
}
# Paragraphs are separated by blank lines; inline replies quote them as {q0}, {q1}, ...
REMINDER_BODY: Final = {
    "en": (
        "Hello,\n\n"
        "This is a reminder that the invoice below is now past its due date:\n\n"
        "Invoice: {inv}\nInvoice date: {issued}\nDue date: {due}\nAmount outstanding: {amt}\n\n"
        "If payment is already on its way, thank you – please let us know the date and reference so we can match it. If something on the invoice looks wrong, reply to this email and we will look into it.\n\n"
        "Many thanks,\n\n"
        "Accounts Receivable\nKettle & Crane Ltd\nCommercial kitchen service & repair\nreceivables@kettle-crane.example"
    ),
    "de": (
        "Guten Tag,\n\n"
        "wir möchten Sie freundlich daran erinnern, dass die folgende Rechnung inzwischen fällig ist:\n\n"
        "Rechnung: {inv}\nRechnungsdatum: {issued}\nFällig seit: {due}\nOffener Betrag: {amt}\n\n"
        "Falls Sie bereits bezahlt haben, danken wir Ihnen und bitten um eine kurze Mitteilung von Zahlungsdatum und Verwendungszweck. Sollte an der Rechnung etwas nicht stimmen, antworten Sie einfach auf diese E-Mail.\n\n"
        "Freundliche Grüße\n\n"
        "Debitorenbuchhaltung\nKettle & Crane Ltd\nService und Reparatur für Großküchentechnik"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Sauf erreur ou omission de notre part, la facture ci-dessous n'a pas encore été réglée :\n\n"
        "Facture : {inv}\nDate de facture : {issued}\nÉchéance : {due}\nMontant restant dû : {amt}\n\n"
        "Si le règlement est déjà parti, merci de nous indiquer sa date et sa référence afin que nous puissions le rapprocher. En cas de question sur la facture, il vous suffit de répondre à ce message.\n\n"
        "Bien cordialement,\n\n"
        "Service comptabilité clients\nKettle & Crane Ltd\nMaintenance et réparation d'équipements de cuisine professionnelle"
    ),
    "es": (
        "Buenos días:\n\n"
        "Le recordamos que la siguiente factura ha superado su fecha de vencimiento:\n\n"
        "Factura: {inv}\nFecha de emisión: {issued}\nVencimiento: {due}\nImporte pendiente: {amt}\n\n"
        "Si ya ha realizado el pago, muchas gracias; indíquenos la fecha y la referencia para que podamos conciliarlo. Si hay algún error en la factura, basta con responder a este correo.\n\n"
        "Un saludo,\n\n"
        "Cuentas a cobrar\nKettle & Crane Ltd\nServicio técnico de maquinaria de hostelería"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Wij willen u erop attenderen dat de onderstaande factuur de vervaldatum heeft overschreden:\n\n"
        "Factuur: {inv}\nFactuurdatum: {issued}\nVervaldatum: {due}\nOpenstaand bedrag: {amt}\n\n"
        "Is de betaling al onderweg, dan danken wij u daarvoor; laat u ons de datum en het kenmerk weten, dan kunnen wij de betaling koppelen. Klopt er iets niet aan de factuur, beantwoord dan gewoon deze e-mail.\n\n"
        "Met vriendelijke groet,\n\n"
        "Debiteurenadministratie\nKettle & Crane Ltd\nService en reparatie van grootkeukenapparatuur"
    ),
    "it": (
        "Buongiorno,\n\n"
        "vi ricordiamo che la fattura indicata di seguito risulta scaduta:\n\n"
        "Fattura: {inv}\nData fattura: {issued}\nScadenza: {due}\nImporto da saldare: {amt}\n\n"
        "Se avete già effettuato il pagamento, vi ringraziamo e vi chiediamo di comunicarci data e riferimento del bonifico, così da poterlo abbinare. Per qualsiasi errore nella fattura è sufficiente rispondere a questa e-mail.\n\n"
        "Cordiali saluti,\n\n"
        "Ufficio crediti\nKettle & Crane Ltd\nAssistenza e riparazione attrezzature per cucine professionali"
    ),
}
DEFAULT_OWED: Final = {
    "en-GB": "2148.00",
    "en-US": "3412.50",
    "en-IE": "1260.00",
    "en-EU": "1260.00",
    "de": "1874.20",
    "fr": "968.40",
    "es": "1432.10",
    "nl": "2315.00",
    "it": "745.80",
}
CURRENCY: Final = {"en-GB": "GBP", "en-US": "USD"}  # everyone else is billed in euros
LATIN1_SWAPS: Final = {"–": "-", "€": "EUR", "’": "'", "…": "...", "·": "-"}


def layout(loc: str) -> str:
    """The key of a client-layout table: en-US, en-GB (also for en-IE and en-EU) or the language."""
    if loc == "en-US":
        return "en-US"
    return "en-GB" if loc.startswith("en") else loc


def date_parts(lang: str, moment: datetime) -> dict[str, str]:
    offset = moment.strftime("%z")
    return {
        "wd": WEEKDAYS[lang].split()[moment.weekday()],
        "wda": WEEKDAYS_ABBR[lang].split()[moment.weekday()],
        "mon": MONTHS[lang].split()[moment.month - 1],
        "mona": MONTHS_ABBR[lang].split()[moment.month - 1],
        "d": str(moment.day),
        "dd": f"{moment.day:02d}",
        "mo": f"{moment.month:02d}",
        "y": str(moment.year),
        "yy": f"{moment.year % 100:02d}",
        "HH": f"{moment.hour:02d}",
        "H": str(moment.hour),
        "mm": f"{moment.minute:02d}",
        "h12": str((moment.hour - 1) % 12 + 1),
        "ampm": "AM" if moment.hour < 12 else "PM",
        "off": f"{offset[:3]}:{offset[3:]}",
    }


def render_date(table: dict[str, str], loc: str, moment: datetime, **extra: str) -> str:
    return table[layout(loc)].format(**date_parts(loc[:2], moment), **extra)


def short_date(loc: str, day: date) -> str:
    """An invoice or due date the way the reminder prints it for this customer."""
    lang = loc[:2]
    if loc == "en-US":
        return f"{MONTHS['en'].split()[day.month - 1]} {day.day}, {day.year}"
    if lang == "en":
        return f"{day.day} {MONTHS['en'].split()[day.month - 1]} {day.year}"
    sep = {"de": ".", "nl": "-"}.get(lang, "/")
    return f"{day.day:02d}{sep}{day.month:02d}{sep}{day.year}"


def money(loc: str, amount: str) -> str:
    """An amount in the customer's format: £2,148.00, 1.874,20 €, € 2.315,00 ..."""
    value = Decimal(amount)
    english = f"{value:,.2f}"
    continental = english.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    if loc.startswith("en"):
        return {"en-GB": "£", "en-US": "$"}.get(loc, "€") + english
    if loc == "fr":
        return continental.replace(".", "\u00a0") + "\u00a0€"
    if loc in {"nl", "it"}:
        return "€ " + continental
    return continental + " €"


def latin1_safe(text: str) -> str:
    for wide, narrow in LATIN1_SWAPS.items():
        text = text.replace(wide, narrow)
    return text


# --------------------------------------------------------------------------------------------
# Deterministic identifiers
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{salt}/{key}".encode()).digest()


def token(key: str, salt: str, length: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:length]


def reminder_msgid(key: str) -> str:
    return f"<reminder.{token(key, 'reminder', 16).lower()}@{AR_DOMAIN}>"


def shuffle_rank(key: str) -> bytes:
    return digest(key, SHUFFLE_SEED)


# --------------------------------------------------------------------------------------------
# Message specs
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Facts:
    """What the label records beyond intent and language (`refs`: invoices in the new text)."""

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
    """One hand-written message in answer to a reminder (or arriving in its wake)."""

    key: str
    intent: str
    loc: str  # the writer's locale: a language, or en-GB / en-US / en-IE
    sender: tuple[str, str]
    sent: str  # local time of writing, "2026-12-02 11:40 +0000"
    client: str
    body: str
    facts: Facts = field(default_factory=Facts)
    rloc: str | None = None  # the reminder's locale when it differs (en-EU: English, in euros)
    inv: str = "KC-2026-4417"
    owed: str | None = None
    subject: str | None = None  # a template; {orig} is the reminder's subject
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    cc: tuple[str, ...] = ()
    markup: str | None = None  # hand-written HTML of a notice
    attachment: tuple[str, bytes] | None = None
    threaded: bool = True

    @property
    def lang(self) -> str:
        return self.loc[:2]

    @property
    def reminder_loc(self) -> str:
        return self.rloc or self.loc

    @property
    def moment(self) -> datetime:
        return datetime.strptime(self.sent, "%Y-%m-%d %H:%M %z")


@dataclass(frozen=True)
class Quote:
    """The reminder as the replying client shows it."""

    text: str
    subject: str
    sent: datetime  # in the writer's time zone
    loc: str  # the client's locale
    to: str


def reminder_sent(key: str, reply: datetime) -> datetime:
    """A working day one to three days before the reply, a few minutes after nine, UK time."""
    seed = digest(key, "reminder-day")
    day = reply.astimezone(UK_TIME) - timedelta(days=1 + seed[0] % 3)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day.replace(hour=9, minute=seed[1] % 9, second=seed[2] % 60, microsecond=0)


def reminder_text(key: str, *, loc: str, inv: str, owed: str, sent: datetime) -> str:
    seed = digest(key, "due")
    due = sent.date() - timedelta(days=4 + seed[0] % 12)
    issued = due - timedelta(days=30)
    return REMINDER_BODY[loc[:2]].format(
        inv=inv,
        issued=short_date(loc, issued),
        due=short_date(loc, due),
        amt=money(loc, owed),
    )


def reminder_subject(loc: str, inv: str) -> str:
    return REMINDER_SUBJECT[loc[:2]].format(inv=inv)


def make_quote(r: Reply) -> Quote:
    sent = reminder_sent(r.key, r.moment)
    owed = r.owed or DEFAULT_OWED[r.reminder_loc]
    text = reminder_text(r.key, loc=r.reminder_loc, inv=r.inv, owed=owed, sent=sent)
    subject = reminder_subject(r.reminder_loc, r.inv)
    if r.charset == "iso-8859-1":
        text, subject = latin1_safe(text), latin1_safe(subject)
    name, addr = r.sender
    return Quote(text, subject, sent.astimezone(r.moment.tzinfo), r.loc, f"{name} <{addr}>")


# --------------------------------------------------------------------------------------------
# MIME helpers
# --------------------------------------------------------------------------------------------

BODY_ENCODINGS: Final = {"qp": email_charset.QP, "b64": email_charset.BASE64}


def text_part(text: str, *, subtype: str, charset: str, cte: str) -> Message:
    """A text part in the charset and transfer encoding the client would use."""
    raw = text.encode(charset)  # the hand-written text must fit the declared charset
    if cte in {"7bit", "8bit"}:
        if cte == "7bit" and not raw.isascii():
            raise ValueError("7bit text must be ASCII")
        part = MIMENonMultipart("text", subtype, charset=charset)
        part.set_payload(raw.decode("ascii", "surrogateescape"))
        part["Content-Transfer-Encoding"] = cte
        return part
    codec = email_charset.Charset(charset)
    codec.body_encoding = BODY_ENCODINGS[cte]
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, codec)
    return part


def alternative(plain: Message, markup: Message) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(markup)
    return outer


def encoded_header(value: str, *, charset: str, name: str) -> str:
    """A header value as the client writes it: RFC 2047 words when it is not ASCII."""
    if value.isascii():
        return value
    return Header(value, charset, header_name=name).encode()


def mailbox(name: str, addr: str, *, charset: str) -> str:
    if not name:
        return addr
    return formataddr((name, addr), charset=charset)


def quote_block(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_text(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str, *, tag: str = "p") -> str:
    return "\n".join(f"<{tag}>{html_text(chunk)}</{tag}>" for chunk in text.split("\n\n"))


def flowed(text: str) -> str:
    """format=flowed lines: long lines wrapped at 72 with a trailing space as the soft break."""
    out: list[str] = []
    for line in text.split("\n"):
        prefix = "> " if line.startswith("> ") else ""
        body = line[len(prefix) :]
        if len(line) <= 76:
            out.append(line)
            continue
        pieces = textwrap.wrap(body, width=72 - len(prefix), break_on_hyphens=False)
        out.extend(prefix + piece + " " for piece in pieces[:-1])
        out.append(prefix + pieces[-1])
    return "\n".join(out)


def inline_text(body: str, q: Quote) -> str:
    """Expand {q0}, {q1}, ... in an inline reply into the quoted reminder paragraphs."""
    chunks = q.text.split("\n\n")
    return re.sub(r"\{q(\d)\}", lambda m: quote_block(chunks[int(m.group(1))]), body)


# --------------------------------------------------------------------------------------------
# Client layouts
# --------------------------------------------------------------------------------------------


def outlook_header_rows(q: Quote) -> list[tuple[str, str]]:
    _, frm, sent, to, subj = OUTLOOK_LABELS[q.loc[:2]]
    return [
        (frm, f"{AR_NAME} <{AR_ADDR}>"),
        (sent, render_date(OUTLOOK_DATE, q.loc, q.sent)),
        (to, q.to),
        (subj, q.subject),
    ]


def outlook_header_lines(q: Quote) -> list[str]:
    return [f"{label} {value}" for label, value in outlook_header_rows(q)]


def outlook_classic(r: Reply, q: Quote) -> Message:
    lines = [OUTLOOK_LABELS[r.lang][0], *outlook_header_lines(q)]
    text = "\n".join([r.body, "", *lines, "", q.text, ""])
    return text_part(text, subtype="plain", charset=r.charset, cte=r.cte)


def outlook_plain(r: Reply, q: Quote) -> Message:
    lines = ["_" * 32, *outlook_header_lines(q)]
    text = "\n".join([r.body, "", *lines, "", q.text, ""])
    return text_part(text, subtype="plain", charset=r.charset, cte=r.cte)


def word_paragraphs(text: str) -> str:
    rows = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "<o:p>&nbsp;</o:p>"
        rows.append(f'<p class="MsoNormal">{inner}</p>')
    return "\n".join(rows)


def word_html(r: Reply, q: Quote) -> str:
    head = "<br>\n".join(
        f"<b>{html.escape(label)}</b> {html.escape(value)}"
        for label, value in outlook_header_rows(q)
    )
    lang_attr = {"en": "EN-GB", "de": "DE", "fr": "FR", "es": "ES", "nl": "NL", "it": "IT"}[r.lang]
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!--\np.MsoNormal, li.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle19 {mso-style-type:personal-reply;}\n--></style></head>\n"
        f'<body lang="{lang_attr}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{word_paragraphs(r.body)}\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}</p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{word_paragraphs(q.text)}\n</div>\n</body>\n</html>\n"
    )


def outlook_html(r: Reply, q: Quote) -> Message:
    lines = outlook_header_lines(q)
    text = "\n".join([r.body, "", *lines, "", q.text, ""])
    return alternative(
        text_part(text, subtype="plain", charset=r.charset, cte=r.cte),
        text_part(word_html(r, q), subtype="html", charset=r.charset, cte=r.cte),
    )


def outlook_html_only(r: Reply, q: Quote) -> Message:
    return text_part(word_html(r, q), subtype="html", charset=r.charset, cte=r.cte)


def owa(r: Reply, q: Quote) -> Message:
    lines = outlook_header_lines(q)
    text = "\n".join([r.body, "", "_" * 32, *lines, "", q.text, ""])
    head = "<br>\n".join(html.escape(line) for line in lines)
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}">'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>'
        '</head><body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
        f"{html_text(r.body)}</div>\n"
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{head}</font>\n'
        "<div>&nbsp;</div></div>\n"
        f'<div class="BodyFragment"><font size="2"><span style="font-size:11pt;"><div class="PlainText">{html_text(q.text)}</div></span></font></div>\n'
        "</body></html>\n"
    )
    return alternative(
        text_part(text, subtype="plain", charset=r.charset, cte=r.cte),
        text_part(markup, subtype="html", charset=r.charset, cte=r.cte),
    )


def outlook_ios(r: Reply, q: Quote) -> Message:
    lines = outlook_header_lines(q)
    text = "\n".join([r.body, "", OUTLOOK_IOS_SIG[r.lang], "_" * 32, *lines, "", q.text, ""])
    return text_part(text, subtype="plain", charset=r.charset, cte="b64")


def gmail_attr(q: Quote) -> str:
    return render_date(GMAIL_ATTR, q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def gmail(r: Reply, q: Quote) -> Message:
    attr = gmail_attr(q)
    text = f"{r.body}\n\n{attr}\n\n{quote_block(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_text(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f'<div dir="ltr">{html_paragraphs(q.text, tag="div")}</div></blockquote></div>\n'
    )
    return alternative(
        text_part(text, subtype="plain", charset=r.charset, cte=r.cte),
        text_part(markup, subtype="html", charset=r.charset, cte=r.cte),
    )


def gmail_plain(r: Reply, q: Quote) -> Message:
    text = f"{r.body}\n\n{gmail_attr(q)}\n\n{quote_block(q.text)}\n"
    return text_part(text, subtype="plain", charset=r.charset, cte=r.cte)


def inline(r: Reply, q: Quote) -> Message:
    text = f"{gmail_attr(q)}\n\n{inline_text(r.body, q)}\n"
    return text_part(text, subtype="plain", charset=r.charset, cte=r.cte)


def apple_attr(q: Quote) -> str:
    return render_date(APPLE_ATTR, q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def apple(r: Reply, q: Quote) -> Message:
    text = f"{r.body}\n\n{apple_attr(q)}\n\n{quote_block(q.text)}\n"
    return text_part(text, subtype="plain", charset=r.charset, cte=r.cte)


def iphone(r: Reply, q: Quote) -> Message:
    quoted = quote_block(f"{apple_attr(q)}\n\n{q.text}")
    text = f"{r.body}\n\n{IPHONE_SIG[r.lang]}\n\n{quoted}\n"
    return text_part(text, subtype="plain", charset=r.charset, cte=r.cte)


def samsung(r: Reply, q: Quote) -> Message:
    sep, frm, when, to, subj = SAMSUNG_LABELS[r.lang]
    head = [
        sep,
        f"{frm} {AR_NAME} <{AR_ADDR}> ",
        f"{when} {render_date(SAMSUNG_DATE, q.loc, q.sent)} ",
        f"{to} {q.to} ",
        f"{subj} {q.subject} ",
    ]
    text = "\n".join([r.body, "", "", SAMSUNG_SIG[r.lang], "", *head, "", q.text, ""])
    return text_part(text, subtype="plain", charset=r.charset, cte="b64")


def thunderbird_text(r: Reply, q: Quote) -> str:
    attr = render_date(THUNDERBIRD_ATTR, q.loc, q.sent, name=AR_NAME)
    body = inline_text(r.body, q)
    if "{q" in r.body:
        return flowed(f"{attr}\n{body}\n")
    return flowed(f"{body}\n\n{attr}\n{quote_block(q.text)}\n")


def thunderbird(r: Reply, q: Quote) -> Message:
    part = text_part(thunderbird_text(r, q), subtype="plain", charset=r.charset, cte=r.cte)
    part.set_param("format", "flowed")
    return part


def notice(r: Reply, q: Quote) -> Message:
    del q  # automatic notices and system messages quote nothing
    plain = text_part(r.body + "\n", subtype="plain", charset=r.charset, cte=r.cte)
    if r.markup is None:
        return plain
    markup = text_part(r.markup, subtype="html", charset=r.charset, cte=r.cte)
    return alternative(plain, markup) if r.body else markup


CLIENTS: Final[dict[str, Callable[[Reply, Quote], Message]]] = {
    "outlook_classic": outlook_classic,
    "outlook_plain": outlook_plain,
    "outlook_html": outlook_html,
    "outlook_html_only": outlook_html_only,
    "owa": owa,
    "outlook_ios": outlook_ios,
    "gmail": gmail,
    "gmail_plain": gmail_plain,
    "inline": inline,
    "apple": apple,
    "iphone": iphone,
    "samsung": samsung,
    "thunderbird": thunderbird,
    "notice": notice,
}
OUTLOOK_FAMILY: Final = frozenset(
    {"outlook_classic", "outlook_plain", "outlook_html", "outlook_html_only", "owa", "outlook_ios"}
)
CLIENT_HEADERS: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "outlook_classic": (("X-Mailer", "Microsoft Outlook 16.0"),),
    "apple": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22C152)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
}


def reply_msgid(r: Reply) -> str:
    raw = digest(r.key, "message-id")
    host = r.sender[1].split("@")[1]
    if r.client in {"gmail", "gmail_plain", "inline"}:
        return f"<CA{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:44]}@mail.gmail.com>"
    if r.client in OUTLOOK_FAMILY:
        return f"<{token(r.key, 'ms', 32)}@{token(r.key, 'host', 7)}.EURP195.PROD.OUTLOOK.COM>"
    if r.client in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{host}>"
    if r.client == "samsung":
        return f"<{raw.hex()[:20]}.{int.from_bytes(raw[:4], 'big')}@email.android.com>"
    return f"<{raw.hex()[:26]}@{host}>"


def reply_subject(r: Reply, q: Quote) -> str:
    if r.subject is not None:
        return r.subject.format(orig=q.subject)
    prefix = OUTLOOK_RE[r.lang] if r.client in OUTLOOK_FAMILY else "Re: "
    return prefix + q.subject


def outlook_extras(r: Reply, q: Quote) -> list[tuple[str, str]]:
    index = base64.b64encode(digest(r.key, "thread-index")[:22]).decode()
    language = {
        "en": "en-GB",
        "de": "de-DE",
        "fr": "fr-FR",
        "es": "es-ES",
        "nl": "nl-NL",
        "it": "it-IT",
    }[r.lang]
    if r.loc == "en-US":
        language = "en-US"
    return [
        ("Thread-Topic", encoded_header(q.subject, charset=r.charset, name="Thread-Topic")),
        ("Thread-Index", index),
        ("Accept-Language", f"{language}, en-US"),
        ("Content-Language", language),
        ("X-MS-Has-Attach", "yes" if r.attachment else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def with_attachment(r: Reply, body: Message) -> Message:
    if r.attachment is None:
        return body
    name, data = r.attachment
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    document = MIMEApplication(data, "pdf")
    document.add_header("Content-Disposition", "attachment", filename=name)
    outer.attach(document)
    return outer


def mime_headers_last(msg: Message) -> None:
    """Envelope headers first, then MIME-Version and the content headers, as clients write them."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "MIME-Version" not in msg and "Content-Type" in msg:
        msg["MIME-Version"] = "1.0"


def drop_inner_versions(part: Message, *, top: bool) -> None:
    """Only a message's top carries MIME-Version (the mime classes put it on every part)."""
    if not top:
        del part["MIME-Version"]
    if not part.is_multipart():
        return
    children = [p for p in part.get_payload() if isinstance(p, Message)]
    for child in children:
        drop_inner_versions(child, top=part.get_content_type() == "message/rfc822")


BOUNDARY_STYLE: Final = {
    "gmail": "000000000000",
    "apple": "Apple-Mail=_",
    "iphone": "Apple-Mail-",
}


def set_boundaries(msg: Message, *, key: str, client: str) -> None:
    """Deterministic boundaries, shaped like the client's own."""
    stem = BOUNDARY_STYLE.get(client, "_000_" if client in OUTLOOK_FAMILY else "----=_Part_")
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for number, part in enumerate(multiparts):
        part.set_boundary(f"{stem}{token(key, f'boundary-{number}', 26)}")


def finish(msg: Message, *, key: str, client: str) -> Message:
    mime_headers_last(msg)
    drop_inner_versions(msg, top=True)
    set_boundaries(msg, key=key, client=client)
    return msg


def build_reply(r: Reply) -> Message:
    q = make_quote(r)
    msg = with_attachment(r, CLIENTS[r.client](r, q))
    msg["From"] = mailbox(*r.sender, charset=r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    for copy in r.cc:
        msg["Cc"] = copy
    msg["Subject"] = encoded_header(reply_subject(r, q), charset=r.charset, name="Subject")
    msg["Date"] = format_datetime(r.moment)
    msg["Message-ID"] = reply_msgid(r)
    if r.threaded:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    extras = outlook_extras(r, q) if r.client in OUTLOOK_FAMILY else []
    for name, value in [*extras, *CLIENT_HEADERS.get(r.client, ()), *r.headers]:
        msg[name] = value
    return finish(msg, key=r.key, client=r.client)


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_REPLIED: Final = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED: Final = ("Auto-Submitted", "auto-generated")
NO_AUTO_REPLIES: Final = ("X-Auto-Response-Suppress", "All")
TRANSFER_PDF: Final = (
    b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
    b"trailer\n<< /Root 1 0 R /Size 3 >>\n%%EOF\n"
)
US_HOSPITAL_NOTICE: Final = "CONFIDENTIALITY NOTICE: This message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message."
IT_PRIVACY_NOTICE: Final = "AVVISO DI RISERVATEZZA: le informazioni contenute in questa e-mail e negli eventuali allegati sono riservate e destinate esclusivamente al destinatario indicato. Chi la ricevesse per errore è pregato di darne notizia al mittente e di cancellarla, ai sensi del Regolamento UE 2016/679 (GDPR)."
NL_DISCLAIMER: Final = "De informatie in dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Bent u niet de beoogde ontvanger, verwijder dit bericht dan en stel de afzender op de hoogte. Aan dit bericht kunnen geen rechten worden ontleend."
ES_LOPD_NOTICE: Final = "AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. Si no es usted el destinatario, le rogamos que lo comunique al remitente y proceda a su eliminación. Sus datos se tratan conforme al Reglamento (UE) 2016/679 y a la Ley Orgánica 3/2018."

PAYMENT_SENT: Final = [
    Reply(
        key="ps-en-basware",
        intent="payment_sent",
        loc="en-GB",
        sender=("Basware Payment Notification", "no-reply.payments@ap.northgate-hospitals.example"),
        sent="2026-12-02 06:14 +0000",
        client="notice",
        subject="Payment Advice – Northgate Hospitals Trust – Remittance 2000418833",
        threaded=False,
        headers=(AUTO_GENERATED, ("X-Mailer", "Basware P2P Notification Service")),
        body="REMITTANCE ADVICE\n\nPayer: Northgate Hospitals Trust – Catering & Facilities\nSupplier: Kettle & Crane Ltd (supplier no. 300871)\nPayment date: 02/12/2026\nPayment method: BACS\nPayment reference: 2000418833\n\nInvoice number    Invoice date    Amount\nKC-2026-4102      05/10/2026      £1,096.80\nKC-2026-4417      21/10/2026      £2,051.40\nTotal paid                        £3,148.20\n\nFunds normally reach the supplier's account within two working days.\n\nThis message was generated automatically. Replies to this address are not read; for queries please contact accounts.payable@northgate-hospitals.example quoting the remittance number.",
        markup=(
            '<html><body style="font-family:Arial,sans-serif;font-size:10pt">\n'
            '<h2 style="color:#1c3f6e">Remittance advice</h2>\n'
            "<p>Payer: Northgate Hospitals Trust – Catering &amp; Facilities<br>Supplier: Kettle &amp; Crane Ltd (supplier no. 300871)<br>"
            "Payment date: 02/12/2026<br>Payment method: BACS<br>Payment reference: <b>2000418833</b></p>\n"
            '<table border="1" cellpadding="4" cellspacing="0"><tr><th>Invoice number</th><th>Invoice date</th><th>Amount</th></tr>\n'
            "<tr><td>KC-2026-4102</td><td>05/10/2026</td><td>£1,096.80</td></tr>\n"
            "<tr><td>KC-2026-4417</td><td>21/10/2026</td><td>£2,051.40</td></tr>\n"
            '<tr><td colspan="2"><b>Total paid</b></td><td><b>£3,148.20</b></td></tr></table>\n'
            "<p>Funds normally reach the supplier's account within two working days.</p>\n"
            '<p style="color:#777">This message was generated automatically. Replies to this address are not read; for queries please contact accounts.payable@northgate-hospitals.example quoting the remittance number.</p>\n'
            "</body></html>\n"
        ),
        facts=Facts(
            paid="2026-12-02",
            ref="2000418833",
            amount="3148.20",
            currency="GBP",
            refs=("KC-2026-4102", "KC-2026-4417"),
            note="Basware payment advice with Auto-Submitted: auto-generated: a payment, not an auto-reply; the 'replies are not read' line does not make it wrong_contact; amount is the advice total",
        ),
    ),
    Reply(
        key="ps-en-paid",
        intent="payment_sent",
        loc="en-US",
        sender=("Rosa Delgado", "rosa.tacoslaestrella@gmail.com"),
        sent="2026-11-24 19:02 -0600",
        client="iphone",
        inv="KC-2026-4361",
        owed="612.00",
        body="Paid.",
        facts=Facts(note="one word; no date, amount or reference given"),
    ),
    Reply(
        key="ps-de-sap",
        intent="payment_sent",
        loc="de",
        sender=(
            "Klinikum Oberhavel-Süd Kreditorenbuchhaltung",
            "kreditoren@klinikum-oberhavel-sued.example",
        ),
        sent="2026-12-08 05:31 +0100",
        client="notice",
        charset="iso-8859-1",
        subject="Zahlungsavis 1500023871 / Kettle & Crane Ltd",
        threaded=False,
        inv="KC-2026-4388",
        headers=(("X-Mailer", "SAP NetWeaver 7.50"),),
        body="Sehr geehrte Damen und Herren,\n\nwir haben zu Ihren Gunsten folgende Zahlung angewiesen:\n\nZahlungsbeleg:   1500023871\nBuchungsdatum:   07.12.2026\nZahlweg:         SEPA-Überweisung\nBetrag:          1.874,20 EUR\n\nBelegnummer  Ihre Referenz    Betrag EUR\n5100094412   KC-2026-4388     1.874,20\n\nDiese Nachricht wurde maschinell erstellt und ist ohne Unterschrift gültig.\n\nKlinikum Oberhavel-Süd gGmbH\nFinanz- und Rechnungswesen",
        facts=Facts(
            paid="2026-12-07",
            ref="1500023871",
            amount="1874.20",
            currency="EUR",
            refs=("KC-2026-4388",),
            note="SAP payment advice without Auto-Submitted; the posting date is the payment date",
        ),
    ),
    Reply(
        key="ps-de-gestern",
        intent="payment_sent",
        loc="de",
        sender=("Jens Pohlmann", "jens@pohlmanns-backstube.example"),
        sent="2026-12-10 07:48 +0100",
        client="samsung",
        owed="486.30",
        body="Moin, ist erledigt – hab gestern überwiesen.\nGruß Jens",
        facts=Facts(paid="2026-12-09", note="'gestern' against Thu 10 Dec"),
    ),
    Reply(
        key="ps-fr-mandat",
        intent="payment_sent",
        loc="fr",
        sender=("Nathalie Ferrand", "n.ferrand@saint-aubin-les-vignes.example"),
        sent="2026-12-07 14:22 +0100",
        client="outlook_classic",
        charset="windows-1252",
        inv="KC-2026-4409",
        body="Bonjour,\n\nJe vous informe que le mandat n° 2026-M-01872, correspondant à votre facture KC-2026-4409, a été payé par le Service de gestion comptable le 3 décembre, pour un montant de 968,40 €.\n\nLe délai de réception sur votre compte est généralement de deux à trois jours ouvrés.\n\nCordialement,\n\nNathalie Ferrand\nService restauration scolaire\nMairie de Saint-Aubin-les-Vignes\nTél. 03 80 55 12 47",
        facts=Facts(
            paid="2026-12-03",
            ref="2026-M-01872",
            amount="968.40",
            currency="EUR",
            refs=("KC-2026-4409",),
            note="town hall paying through the public accountant; the mandate number is the payment reference",
        ),
    ),
    Reply(
        key="ps-fr-carte",
        intent="payment_sent",
        loc="fr",
        sender=("Camille Rousseau", "boulangerie.rousseau.vienne@gmail.com"),
        sent="2026-11-26 21:07 +0100",
        client="gmail",
        owed="214.80",
        body="Bonsoir,\n\nC'est réglé depuis mardi, par carte bancaire via le lien de paiement qui figurait sur la facture. Vous avez dû recevoir la confirmation.\n\nBonne soirée\nCamille – Boulangerie Rousseau",
        facts=Facts(
            paid="2026-11-24",
            note="card payment; 'depuis mardi' written on Thu 26 Nov is Tue 24 Nov",
        ),
    ),
    Reply(
        key="ps-es-justificante",
        intent="payment_sent",
        loc="es",
        sender=("Iñaki Etxeberria", "administracion@asadorzumaia.example"),
        sent="2026-12-04 12:35 +0100",
        client="iphone",
        attachment=("justificante_transferencia.pdf", TRANSFER_PDF),
        body="Buenas,\n\nOs adjunto el justificante de la transferencia que hicimos ayer: 1.432,10 €, referencia 2026120300457813.\n\nUn saludo,\nIñaki\nAsador Zumaia",
        facts=Facts(
            paid="2026-12-03",
            ref="2026120300457813",
            amount="1432.10",
            currency="EUR",
            note="'ayer' against Fri 4 Dec; transfer receipt attached as a PDF",
        ),
    ),
    Reply(
        key="ps-es-rollo",
        intent="payment_sent",
        loc="es",
        sender=("Toni Ferrer", "toni.ferrer.cuina@gmail.com"),
        sent="2026-12-09 23:51 +0100",
        client="samsung",
        owed="890.00",
        body="Hola que tal,\n\nperdonad que no os contestara antes pero esta semana ha sido una locura, tuvimos dos comuniones el sabado y el domingo una boda de 140 personas, y encima se nos estropeo la freidora grande (no la vuestra, la que compramos de segunda mano a un restaurante que cerro en Gandia, ya os contare). Queria preguntaros tambien si haceis limpieza de campanas extractoras porque el inspector de sanidad nos la va a pedir en enero y el que venia antes se ha jubilado.\n\nLo de la factura ya esta, la pago mi socio Quique el lunes por transferencia, me lo ha confirmado esta tarde. Si no os ha llegado decidmelo y lo miro con el banco.\n\nY lo de la campana, si me pasais presupuesto os lo agradezco.\n\nToni",
        facts=Facts(
            paid="2026-12-07",
            note="long reply with the payment buried in the middle; 'la pago' is a typo for 'la pagó' and 'el lunes' is past (Mon 7 Dec); the quote request is secondary; no accents",
        ),
    ),
    Reply(
        key="ps-nl-kenmerk",
        intent="payment_sent",
        loc="nl",
        sender=("Marloes de Vries", "crediteuren@zorggroep-ijsselland.example"),
        sent="2026-12-02 10:12 +0100",
        client="outlook_html",
        inv="KC-2026-4462",
        body=f"Goedemorgen,\n\nUw factuur KC-2026-4462 is op 30 november voldaan. Het bedrag van € 2.315,00 is overgemaakt met betalingskenmerk 7004 1188 2026 0004.\n\nMet vriendelijke groet,\n\nMarloes de Vries\nCrediteurenadministratie\nZorggroep IJsselland – locatie De Brink\n\n{NL_DISCLAIMER}",
        facts=Facts(
            paid="2026-11-30",
            ref="7004 1188 2026 0004",
            amount="2315.00",
            currency="EUR",
            refs=("KC-2026-4462",),
        ),
    ),
    Reply(
        key="ps-nl-ideal",
        intent="payment_sent",
        loc="nl",
        sender=("Sanne Bakker", "info@derijdendepannenkoek.example"),
        sent="2026-12-05 11:20 +0100",
        client="iphone",
        owed="318.50",
        body="Hoi! Net betaald via de iDEAL-link onderaan jullie factuur. Sorry, helemaal over het hoofd gezien 🙈\n\nGroetjes Sanne",
        facts=Facts(paid="2026-12-05", note="'net betaald' = just paid: the message's own date"),
    ),
    Reply(
        key="ps-it-cro",
        intent="payment_sent",
        loc="it",
        sender=("Giulia Ferraris", "amministrazione@hotelbelvedere-stresa.example"),
        sent="2026-12-02 11:47 +0100",
        client="outlook_html",
        charset="windows-1252",
        inv="KC-2026-4475",
        body=f"Buongiorno,\n\nvi confermo che il bonifico a saldo della fattura KC-2026-4475 è stato disposto in data 01/12/2026 per € 745,80 (CRO 0306914420871156).\n\nCordiali saluti\n\nGiulia Ferraris\nUfficio Amministrazione\nHotel Belvedere – Stresa\n\n{IT_PRIVACY_NOTICE}",
        facts=Facts(
            paid="2026-12-01",
            ref="0306914420871156",
            amount="745.80",
            currency="EUR",
            refs=("KC-2026-4475",),
        ),
    ),
    Reply(
        key="ps-it-gia-pagata",
        intent="payment_sent",
        loc="it",
        sender=("Antonio Lorusso", "info@pasticcerialorusso.example"),
        sent="2026-12-01 08:15 +0100",
        client="inline",
        owed="398.00",
        body="{q3}\n\nMa l'avevamo già pagata venerdì scorso!! Controllate meglio prima di mandare solleciti, per favore.\n\nA. Lorusso",
        facts=Facts(
            paid="2026-11-27",
            note="irritated inline reply; 'venerdì scorso' written on Tue 1 Dec is Fri 27 Nov",
        ),
    ),
]

PROMISE_TO_PAY: Final = [
    Reply(
        key="pp-en-checkrun",
        intent="promise_to_pay",
        loc="en-US",
        sender=("Kevin O'Hara", "ap@lakeshoregrillgroup.example"),
        sent="2026-12-08 15:26 -0600",
        client="outlook_html",
        inv="KC-2026-4498",
        body="Hi there,\n\nKC-2026-4498 is approved – it'll be cut in this Friday's check run and mailed the same afternoon, so give it about a week to reach you.\n\nThanks,\nKevin O'Hara\nAccounts Payable Specialist\nLakeshore Grill Group",
        facts=Facts(
            promised="2026-12-11",
            refs=("KC-2026-4498",),
            note="'this Friday's check run' after Tue 8 Dec; the check is not mailed yet",
        ),
    ),
    Reply(
        key="pp-en-setup",
        intent="promise_to_pay",
        loc="en-GB",
        sender=("Hannah Lowe", "hannah@thelittlelarder.example"),
        sent="2026-12-10 20:41 +0000",
        client="gmail",
        owed="486.00",
        body="Hi,\n\nI've set up the transfer to go on the 15th – that's when the card takings from the Christmas markets clear. Sorry it's late.\n\nHannah\nThe Little Larder",
        facts=Facts(
            promised="2026-12-15",
            note="'I've set up' is past tense but the transfer goes on the 15th",
        ),
    ),
    Reply(
        key="pp-en-nextfriday",
        intent="promise_to_pay",
        loc="en-US",
        sender=("Marcus Bell", "bellsbrisket@gmail.com"),
        sent="2026-12-04 23:40 -0800",
        client="iphone",
        owed="1180.00",
        body="hey sorry been slammed. ill send the ACH next friday once the deposit for the christmas party catering hits. promise",
        facts=Facts(
            promised="2026-12-11",
            note="local date Fri 4 Dec (already Sat in UTC); 'next friday' said on a Friday is 11 Dec; the condition does not remove the date",
        ),
    ),
    Reply(
        key="pp-de-kw50",
        intent="promise_to_pay",
        loc="de",
        sender=("Carsten Wiegand", "c.wiegand@klinikum-am-see.example"),
        sent="2026-12-01 13:05 +0100",
        client="outlook_classic",
        charset="windows-1252",
        inv="KC-2026-4433",
        body="Sehr geehrte Damen und Herren,\n\ndie Rechnung KC-2026-4433 ist sachlich und rechnerisch geprüft und für den Zahlungslauf in KW 50 eingeplant.\n\nMit freundlichen Grüßen\ni. A. Carsten Wiegand\nWirtschaftsabteilung – Speisenversorgung\nKlinikum am See GmbH\n\nKlinikum am See GmbH · Sitz: Seehausen · Registergericht: Amtsgericht Neuruppin HRB 8817 · Geschäftsführung: Dr. Ute Ramelow",
        facts=Facts(
            promised="2026-12-07",
            refs=("KC-2026-4433",),
            note="'KW 50' is the ISO week of 7–13 Dec; like 'next week', its Monday",
        ),
    ),
    Reply(
        key="pp-de-am15",
        intent="promise_to_pay",
        loc="de",
        rloc="en-EU",
        sender=("Birgit Hauser", "b.hauser@cafe-hauser-freiburg.example"),
        sent="2026-12-03 17:12 +0100",
        client="iphone",
        owed="760.00",
        body="Hallo, wir überweisen am 15. den kompletten Betrag, vorher geht es leider nicht.\nViele Grüße\nBirgit Hauser",
        facts=Facts(
            promised="2026-12-15", note="German reply to an English reminder; 'am 15.' in December"
        ),
    ),
    Reply(
        key="pp-fr-findemois",
        intent="promise_to_pay",
        loc="fr",
        sender=("Julien Marchetti", "compta@brasserie-du-port-sete.example"),
        sent="2026-12-09 10:33 +0100",
        client="outlook_html",
        charset="windows-1252",
        inv="KC-2026-4451",
        body="Bonjour,\n\nBien noté. Le règlement de la facture KC-2026-4451 est prévu fin de mois, par virement.\n\nCordialement,\n\nJulien Marchetti\nComptabilité – Brasserie du Port\n34200 Sète",
        facts=Facts(
            promised="2026-12-31",
            refs=("KC-2026-4451",),
            note="'fin de mois' in December is 31 Dec",
        ),
    ),
    Reply(
        key="pp-fr-valide",
        intent="promise_to_pay",
        loc="fr",
        sender=("Sophie Lemaire", "s.lemaire@ehpad-les-tilleuls.example"),
        sent="2026-12-14 09:18 +0100",
        client="owa",
        body="Bonjour,\n\nJ'ai validé votre facture ce matin dans notre logiciel ; elle partira avec le virement fournisseurs de jeudi.\n\nBien à vous,\n\nSophie Lemaire\nResponsable administrative\nEHPAD Les Tilleuls",
        facts=Facts(
            promised="2026-12-17",
            note="'J'ai validé' is past; the money leaves with Thursday's supplier run, 17 Dec",
        ),
    ),
    Reply(
        key="pp-es-viernes",
        intent="promise_to_pay",
        loc="es",
        sender=("Yeray Santana", "yeray@guachinchelaera.example"),
        sent="2026-12-15 08:02 +0000",
        client="gmail",
        owed="655.40",
        body="Buenos días,\n\nEl viernes sin falta os hacemos la transferencia. Disculpad el retraso, hemos estado liados con la gestoría.\n\nSaludos,\nYeray",
        facts=Facts(
            promised="2026-12-18", note="Canary Islands time (+0000); Friday after Tue 15 Dec"
        ),
    ),
    Reply(
        key="pp-es-conformada",
        intent="promise_to_pay",
        loc="es",
        sender=("Mercedes Ortiz Vidal", "proveedores@hospitalsanrafael-cadiz.example"),
        sent="2026-11-25 12:40 +0100",
        client="outlook_html",
        inv="KC-2026-4380",
        body=f"Buenos días:\n\nLes informamos de que la factura KC-2026-4380 está conformada y se incluirá en el próximo pago a proveedores, que realizamos el día 10 de cada mes.\n\nAtentamente,\n\nMercedes Ortiz Vidal\nDepartamento de Proveedores\nHospital San Rafael – Cádiz\n\n{ES_LOPD_NOTICE}",
        facts=Facts(
            promised="2026-12-10",
            refs=("KC-2026-4380",),
            note="'está conformada' (approved) is not a payment; the next run on the 10th after 25 Nov is 10 Dec",
        ),
    ),
    Reply(
        key="pp-nl-uiterlijk",
        intent="promise_to_pay",
        loc="nl",
        rloc="en-EU",
        sender=("Pieter Janssens", "pieter@brasserie-het-veerhuis.example"),
        sent="2026-12-03 16:55 +0100",
        client="thunderbird",
        cte="8bit",
        owed="1320.00",
        body="Goedemiddag,\n\nWe wachten nog op de uitkering van de verzekering voor de waterschade. Zodra die binnen is betalen we, maar uiterlijk 18 december staat het bedrag bij jullie op de rekening.\n\nGroet,\nPieter Janssens\nBrasserie Het Veerhuis",
        facts=Facts(
            promised="2026-12-18",
            note="Dutch reply to an English reminder; a condition with a deadline: the deadline is the date",
        ),
    ),
    Reply(
        key="pp-it-finemese",
        intent="promise_to_pay",
        loc="it",
        sender=("Marco Bellini", "marco@trattoriadabellini.example"),
        sent="2026-11-27 18:30 +0100",
        client="outlook_html_only",
        charset="windows-1252",
        owed="520.00",
        body="Buonasera, saldiamo entro fine mese, promesso. Scusate il ritardo.\nMarco",
        facts=Facts(
            promised="2026-11-30",
            note="'entro fine mese' written on 27 Nov is 30 Nov; HTML-only message",
        ),
    ),
    Reply(
        key="pp-it-autorizzato",
        intent="promise_to_pay",
        loc="it",
        sender=("Elena Ricci", "e.ricci@consorziomensevalbrembana.example"),
        sent="2026-12-10 12:06 +0100",
        client="outlook_classic",
        charset="iso-8859-1",
        inv="KC-2026-4490",
        body="Buongiorno,\n\nil pagamento della fattura KC-2026-4490 è stato autorizzato ieri dal responsabile e partirà lunedì con il prossimo mandato.\n\nCordiali saluti\n\nElena Ricci\nUfficio Economato\nConsorzio Mense Scolastiche Val Brembana",
        facts=Facts(
            promised="2026-12-14",
            refs=("KC-2026-4490",),
            note="past 'è stato autorizzato' announces Monday's payment (14 Dec)",
        ),
    ),
]

DISPUTE: Final = [
    Reply(
        key="dp-en-notpaid",
        intent="dispute",
        loc="en-GB",
        sender=("Gareth Pryce", "gareth@theoldfoundrypub.example"),
        sent="2026-11-30 11:02 +0000",
        client="inline",
        owed="168.00",
        body="{q2}\n\nWe have NOT paid this and we're not going to. Your engineer never turned up on the 12th – we waited in all morning with the glasswasher out of action and in the end we rang a local firm who sorted it that afternoon.\n\n{q3}\n\nI'm not paying a call-out for a visit that didn't happen.\n\nGareth Pryce\nThe Old Foundry",
        facts=Facts(note="inline reply; negated payment; the visit never happened"),
    ),
    Reply(
        key="dp-en-hours",
        intent="dispute",
        loc="en-US",
        sender=("Denise Whitaker", "dwhitaker@mercyvalleymc.example"),
        sent="2026-12-03 10:48 -0500",
        client="outlook_html",
        inv="KC-2026-4520",
        body=f"Good morning,\n\nInvoice KC-2026-4520 bills 6.0 hours of labor for the steam kettle repair on 11/2. The work order your technician left with our supervisor shows 3.5 hours on site. Please send a corrected invoice and we will process it for payment.\n\nThank you,\n\nDenise Whitaker\nManager, Food & Nutrition Services\nMercy Valley Medical Center\n\n{US_HOSPITAL_NOTICE}",
        facts=Facts(
            refs=("KC-2026-4520",),
            note="labour hours contested; the corrected-invoice request and the conditional payment follow from the dispute",
        ),
    ),
    Reply(
        key="dp-en-returned",
        intent="dispute",
        loc="en-IE",
        sender=("Siobhán Keane", "accounts@keanescountryhouse.example"),
        sent="2026-12-07 16:20 +0000",
        client="outlook_classic",
        charset="iso-8859-1",
        body="Hi,\n\n4310 was paid on the 20th of November by EFT, you should have that. 4417 is for the thermostat that turned out to be the wrong part - your engineer took it back with him on the second visit and said it would be credited. So we shouldn't owe anything on that one.\n\nRegards,\nSiobhán Keane\nKeane's Country House Hotel, Kenmare",
        facts=Facts(
            refs=("KC-2026-4310", "KC-2026-4417"),
            note="one invoice paid, the reminded one contested (part returned, credit promised): the dispute drives the action; short numbers normalised",
        ),
    ),
    Reply(
        key="dp-de-kuehlzelle",
        intent="dispute",
        loc="de",
        sender=("Thomas Brenner", "t.brenner@hotel-zur-post-garmisch.example"),
        sent="2026-12-02 09:40 +0100",
        client="outlook_plain",
        charset="windows-1252",
        body="Guten Morgen,\n\nseit Ihrer Reparatur am 16.11. läuft die Kühlzelle schlechter als vorher: Der Raum kommt nicht mehr unter 7 °C und der Verdichter schaltet ständig ab. Wir haben das Ihrem Techniker zweimal telefonisch gemeldet, passiert ist nichts.\n\nSolange die Anlage nicht ordnungsgemäß funktioniert, werden wir die Rechnung nicht bezahlen.\n\nMit freundlichen Grüßen\nThomas Brenner\nKüchenchef\nHotel Zur Post · Garmisch-Partenkirchen\n\nHotel Zur Post GmbH & Co. KG · Sitz Garmisch-Partenkirchen · Amtsgericht München HRA 98765 · Geschäftsführer: Ludwig Brenner",
        facts=Facts(note="repair made things worse; 'we won't pay until it is fixed'"),
    ),
    Reply(
        key="dp-de-bestellnummer",
        intent="dispute",
        loc="de",
        sender=("Anke Sommer", "verpflegung@studierendenwerk-lahntal.example"),
        sent="2026-12-11 11:11 +0100",
        client="thunderbird",
        cte="8bit",
        inv="KC-2026-4502",
        body="Sehr geehrte Damen und Herren,\n\ndie auf der Rechnung KC-2026-4502 angegebene Bestellnummer 4500-2291 stammt nicht von uns, und wir haben Sie auch nicht mit der Wartung einer Spülstraße beauftragt – unsere Mensa hat eine Bandspülmaschine eines anderen Herstellers, die über einen Vollwartungsvertrag betreut wird.\n\nBitte prüfen Sie, ob die Rechnung einem anderen Kunden zuzuordnen ist, und stornieren Sie sie.\n\nMit freundlichen Grüßen\nAnke Sommer\nAbteilung Hochschulgastronomie\nStudierendenwerk Lahntal",
        facts=Facts(refs=("KC-2026-4502",), note="not our purchase order, no such order placed"),
    ),
    Reply(
        key="dp-fr-doublon",
        intent="dispute",
        loc="fr",
        sender=("Hélène Garnier", "helene.garnier@lespetitsplats-annecy.example"),
        sent="2026-12-04 15:33 +0100",
        client="apple",
        inv="KC-2026-4415",
        body="Bonjour,\n\nVous nous avez facturé deux fois la même intervention : les factures KC-2026-4288 et KC-2026-4415 concernent toutes les deux le dépannage du lave-vaisselle du 14 octobre. Nous avons réglé la première en octobre. Merci d'annuler la seconde et de nous envoyer l'avoir correspondant.\n\nCordialement,\nHélène Garnier\nLes Petits Plats – Annecy",
        facts=Facts(
            refs=("KC-2026-4288", "KC-2026-4415"),
            note="duplicate billing; the payment mentioned is of the first invoice",
        ),
    ),
    Reply(
        key="dp-fr-devis",
        intent="dispute",
        loc="fr",
        sender=("Karim Benali", "karim@foodtruck-le-zinc.example"),
        sent="2026-12-08 22:14 +0100",
        client="samsung",
        owed="702.00",
        body="Bonsoir\n\nle devis signe etait de 420 euros HT pour changer la resistance de la friteuse, vous me facturez 585. je paierai le montant du devis et pas un euro de plus. envoyez moi une facture corrigee\n\nKarim",
        facts=Facts(
            note="price above the signed quote, typed without accents; paying the quoted amount only is part of the dispute"
        ),
    ),
    Reply(
        key="dp-es-campana",
        intent="dispute",
        loc="es",
        sender=("Lucía Navarro", "lucia.navarro@restaurantelaalbufera.example"),
        sent="2026-12-01 13:50 +0100",
        client="outlook_html",
        charset="windows-1252",
        owed="3240.00",
        body="Buenas tardes:\n\nLa campana que nos instalasteis el 2 de noviembre llegó con el panel lateral abollado y el técnico dejó la instalación a medias: falta conectar el variador del motor y todavía no tenemos el certificado. Ya lo hemos comunicado dos veces por teléfono.\n\nNo vamos a pagar la factura hasta que vengáis a terminar el trabajo y cambiéis el panel.\n\nUn saludo,\n\nLucía Navarro\nGerente – Restaurante La Albufera",
        facts=Facts(note="damaged goods and unfinished installation; payment withheld until fixed"),
    ),
    Reply(
        key="dp-nl-creditnota",
        intent="dispute",
        loc="nl",
        sender=("Ruud Hendriks", "administratie@grandcafe-hendriks.example"),
        sent="2026-12-09 14:05 +0100",
        client="gmail",
        inv="KC-2026-4350",
        body="Goedemiddag,\n\nVoor factuur KC-2026-4350 hebben wij op 12 november al een creditnota van jullie ontvangen (CN-2026-0087), omdat de monteur de verkeerde thermostaat had geplaatst. Volgens ons staat er dus niets meer open. Kunnen jullie dit in jullie administratie verwerken?\n\nMet vriendelijke groet,\nRuud Hendriks\nGrand Café Hendriks",
        facts=Facts(refs=("KC-2026-4350",), note="already credited"),
    ),
    Reply(
        key="dp-nl-nooitgeleverd",
        intent="dispute",
        loc="nl",
        sender=("Fatima el Idrissi", "fatima@lunchroom-zoetenzout.example"),
        sent="2026-11-27 09:31 +0100",
        client="iphone",
        owed="96.80",
        body="Hallo, de twee deurrubbers voor de koelkast zijn nooit bij ons aangekomen. Die ga ik dus ook niet betalen. Graag de factuur aanpassen.\n\nFatima",
        facts=Facts(note="parts never delivered"),
    ),
    Reply(
        key="dp-it-forno",
        intent="dispute",
        loc="it",
        sender=("Roberto Gallo", "roberto.gallo@osteriadelponte-verona.example"),
        sent="2026-12-14 11:25 +0100",
        client="outlook_html",
        owed="410.00",
        body=f"Buongiorno,\n\nil vostro tecnico è passato il 20 novembre ma il forno combinato continua a dare lo stesso errore di prima e a metà servizio si blocca. Vi abbiamo richiamato due volte la settimana scorsa senza nessuna risposta.\n\nFinché il forno non funziona non paghiamo l'intervento. Mandate qualcuno che lo sistemi davvero.\n\nRoberto Gallo\nOsteria del Ponte – Verona\n\n{IT_PRIVACY_NOTICE}",
        facts=Facts(note="repair did not fix the fault; payment withheld until it works"),
    ),
    Reply(
        key="dp-it-manodopera",
        intent="dispute",
        loc="it",
        sender=("Chiara Fontana", "chiara@gelateriafontana.example"),
        sent="2026-12-02 17:40 +0100",
        client="gmail",
        owed="588.00",
        body="Buonasera,\n\ni ricambi li paghiamo entro venerdì, nessun problema. La manodopera invece no: quattro ore per cambiare una guarnizione del mantecatore non stanno né in cielo né in terra, il vostro tecnico è rimasto da noi un'ora e mezza. Aspettiamo una fattura corretta per quella parte.\n\nChiara Fontana\nGelateria Fontana",
        facts=Facts(
            note="promise for the parts, labour hours contested: the dispute drives the action, so no promised_date"
        ),
    ),
]

PAYMENT_PLAN: Final = [
    Reply(
        key="pl-en-flood",
        intent="payment_plan",
        loc="en-GB",
        sender=("Deepak Sharma", "deepak@thespicedrawer.example"),
        sent="2026-12-01 10:15 +0000",
        client="outlook_plain",
        body="Hello,\n\nWe had a flood from the flat upstairs in October and the restaurant was shut for five weeks while the insurers argued about whose fault it was. We've only just reopened and I can't pay the full £2,148.00 in one go.\n\nWould you accept £500 a month starting in January until it's cleared? I can set up a standing order as soon as you confirm.\n\nRegards\nDeepak Sharma\nThe Spice Drawer",
        facts=Facts(
            note="hardship plus monthly instalments; plan amounts and dates are not labelled"
        ),
    ),
    Reply(
        key="pl-en-split3",
        intent="payment_plan",
        loc="en-US",
        sender=("Luis Romero", "luisromero.eats@gmail.com"),
        sent="2026-11-30 14:02 -0700",
        client="iphone",
        owed="1740.00",
        body="can we split it in 3? slow month",
        facts=Facts(note="one-line instalment request"),
    ),
    Reply(
        key="pl-en-funding",
        intent="payment_plan",
        loc="en-GB",
        sender=("Claire Whitfield", "c.whitfield@oakbankacademytrust.example"),
        sent="2026-12-16 14:48 +0000",
        client="outlook_html",
        owed="1325.00",
        body="Dear Receivables team,\n\nI'm afraid our catering budget for this term is fully committed, and our next funding allocation doesn't arrive until the second week of January. Could you give us until then? If that isn't possible, we could pay half now and half in January.\n\nKind regards\n\nClaire Whitfield\nSchool Business Manager\nOak Bank Academy Trust",
        facts=Facts(
            note="asks for more time; 'half now' is only an alternative offer, nothing is promised"
        ),
    ),
    Reply(
        key="pl-de-raten",
        intent="payment_plan",
        loc="de",
        sender=("Mehmet Yılmaz", "mehmet@doenerwagen-yilmaz.example"),
        sent="2026-12-04 16:30 +0100",
        client="gmail",
        owed="1874.19",
        body="Hallo,\n\nkönnten wir den Betrag in drei Monatsraten zahlen? Also 3 x 624,73 €, jeweils zum 1. des Monats, ab Januar. Im Winter läuft der Wagen leider deutlich schlechter.\n\nGruß\nMehmet Yılmaz",
        facts=Facts(note="three monthly instalments proposed"),
    ),
    Reply(
        key="pl-de-stundung",
        intent="payment_plan",
        loc="de",
        sender=("Sabine Kröger", "kroeger@landgasthof-kroeger.example"),
        sent="2026-12-14 19:22 +0100",
        client="outlook_html",
        charset="iso-8859-1",
        owed="1496.00",
        body="Sehr geehrte Damen und Herren,\n\nich muss etwas ausholen. Mein Mann hatte im September einen Bandscheibenvorfall und fällt bis mindestens Februar aus; ich führe den Gasthof seitdem mit unserer Tochter und zwei Aushilfen allein. Die Reparatur der Spülmaschine im Oktober war dringend nötig, daran zweifle ich nicht, und Ihr Techniker war auch sehr freundlich und schnell. Nur ist das Weihnachtsgeschäft dieses Jahr deutlich schwächer als sonst, weil die Umgehungsstraße seit Oktober gesperrt ist und viele Stammgäste den Umweg nicht fahren.\n\nIch bitte Sie deshalb, mir die Zahlung bis Ende Januar zu stunden. Wenn es Ihnen lieber ist, können wir auch in zwei Teilbeträgen zahlen.\n\nMit freundlichen Grüßen\nSabine Kröger\nLandgasthof Kröger",
        facts=Facts(
            note="long hardship story; the deferral request comes last; 'bis Ende Januar' is the plan asked for, not a promise"
        ),
    ),
    Reply(
        key="pl-fr-etaler",
        intent="payment_plan",
        loc="fr",
        sender=("Thomas Girard", "thomas@creperie-tybreizh.example"),
        sent="2026-12-07 11:45 +0100",
        client="apple",
        owed="1164.00",
        body="Bonjour,\n\nSerait-il possible d'étaler le paiement sur trois mois ? Depuis le début des travaux du tram devant la crêperie, nous avons perdu près de la moitié de notre clientèle du midi.\n\nJe peux faire un premier virement le 5 janvier si vous êtes d'accord.\n\nMerci de votre compréhension,\nThomas Girard\nCrêperie Ty Breizh",
        facts=Facts(
            note="instalments asked for; the first date depends on the creditor's agreement"
        ),
    ),
    Reply(
        key="pl-es-quita",
        intent="payment_plan",
        loc="es",
        sender=("Paco Jiménez", "bar.eljimenez@gmail.com"),
        sent="2026-12-11 21:33 +0100",
        client="samsung",
        body="Hola buenas,\n\nos propongo una cosa: os pago 900 € ahora en diciembre y lo damos por saldado, que este mes ha sido malisimo y con la luz como esta no llego. Si os vale me decis.\n\nPaco",
        facts=Facts(note="offer of a reduced amount in full settlement: payment_plan, no promise"),
    ),
    Reply(
        key="pl-es-dosplazos",
        intent="payment_plan",
        loc="es",
        sender=("Begoña Arrieta", "begona@pintxosarrieta.example"),
        sent="2026-12-03 12:10 +0100",
        client="gmail_plain",
        body="Hola:\n\n¿Sería posible pagar la factura en dos plazos, la mitad este mes y la otra mitad en enero? Ahora mismo se nos juntan muchos pagos con las compras de Navidad.\n\nGracias y un saludo,\n\nBegoña Arrieta\nPintxos Arrieta – Bilbao",
        facts=Facts(note="two instalments"),
    ),
    Reply(
        key="pl-nl-regeling",
        intent="payment_plan",
        loc="nl",
        sender=("Wim Kuipers", "wim@bakkerijkuipers.example"),
        sent="2026-12-08 07:12 +0100",
        client="outlook_classic",
        charset="windows-1252",
        body="Goedemorgen,\n\nIs het mogelijk een betalingsregeling te treffen? We hebben vorige maand een nieuwe koelcel moeten plaatsen en dat heeft de kas flink leeggetrokken. Ik zat zelf te denken aan drie termijnen.\n\nMet vriendelijke groet,\n\nWim Kuipers\nBakkerij Kuipers",
        facts=Facts(note="payment arrangement in three terms"),
    ),
    Reply(
        key="pl-nl-deelbetaling",
        intent="payment_plan",
        loc="nl",
        sender=("Lotte Verbeek", "lotte@soepbar-deketel.example"),
        sent="2026-12-15 13:37 +0100",
        client="outlook_ios",
        owed="1460.00",
        body="Hallo,\n\nIk heb vandaag € 500 overgemaakt. De rest volgt in januari en februari in twee gelijke delen, als jullie daarmee akkoord gaan.\n\nGroet,\nLotte Verbeek\nSoepbar De Ketel",
        facts=Facts(
            note="part paid today, the rest in instalments: payment_plan, not payment_sent"
        ),
    ),
    Reply(
        key="pl-it-rate",
        intent="payment_plan",
        loc="it",
        sender=("Salvatore Russo", "salvatore@pizzeriarusso-napoli.example"),
        sent="2026-11-23 15:10 +0100",
        client="iphone",
        owed="1280.00",
        body="Buongiorno, possiamo rateizzare in 4 rate mensili? Il periodo non è dei migliori. Grazie\nSalvatore",
        facts=Facts(note="four monthly instalments"),
    ),
    Reply(
        key="pl-it-dilazione",
        intent="payment_plan",
        loc="it",
        sender=("Francesca Moretti", "direzione@hotelmoretti-garda.example"),
        sent="2026-12-17 10:02 +0100",
        client="outlook_html",
        owed="2890.00",
        body="Gentili signori,\n\nla stagione estiva è andata al di sotto delle attese e l'albergo resterà chiuso fino a marzo per i lavori di ristrutturazione. Vi chiediamo quindi una dilazione di pagamento fino al 31 marzo 2027 oppure, se preferite, la possibilità di pagare in tre rate a partire da febbraio.\n\nCordiali saluti\n\nFrancesca Moretti\nDirezione – Hotel Moretti, Lago di Garda",
        facts=Facts(
            note="deferral to 31 March 2027 or three instalments: a plan, the date is not a promise"
        ),
    ),
]

INVOICE_REQUEST: Final = [
    Reply(
        key="ir-en-headoffice",
        intent="invoice_request",
        loc="en-GB",
        sender=("Priya Nair", "purchaseledger@westgatehotelgroup.example"),
        sent="2026-11-25 11:30 +0000",
        client="outlook_html",
        inv="KC-2026-4406",
        body="Good morning,\n\nWe have no record of receiving invoice KC-2026-4406. Could you resend it to this address, please? Please also make sure it is addressed to our head office (The Westgate Hotel Group Ltd, 18 Carlisle Row, Bath) rather than to the hotel, otherwise our system will reject it.\n\nMany thanks,\n\nPriya Nair\nPurchase Ledger\nThe Westgate Hotel Group",
        facts=Facts(
            refs=("KC-2026-4406",),
            note="never received, resend to the head-office entity; nothing contested",
        ),
    ),
    Reply(
        key="ir-en-w9",
        intent="invoice_request",
        loc="en-US",
        sender=("Tanya Brooks", "tbrooks@cedarfallsschools.example"),
        sent="2026-12-02 08:05 -0600",
        client="outlook_plain",
        owed="2265.00",
        body="Hello,\n\nWe are unable to release payment until we have a current W-9 for Kettle & Crane on file. Please email a signed W-9 to this address and reference vendor number V-20788.\n\nThank you,\nTanya Brooks\nAccounts Payable\nCedar Falls Community School District\n\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the named recipient and may contain information that is protected under FERPA or otherwise confidential. If you received it in error, please notify the sender and delete it.",
        facts=Facts(note="tax form needed before payment"),
    ),
    Reply(
        key="ir-en-tungsten",
        intent="invoice_request",
        loc="en-GB",
        sender=(
            "Harrowgate Leisure via Tungsten Network",
            "no-reply@notifications.tungsten-network.example",
        ),
        sent="2026-12-09 03:12 +0000",
        client="notice",
        subject="Invoice rejected: KC-2026-4533 – Harrowgate Leisure plc",
        threaded=False,
        inv="KC-2026-4533",
        headers=(AUTO_GENERATED,),
        body="Invoice rejected\n\nBuyer: Harrowgate Leisure plc\nSupplier: Kettle & Crane Ltd\nInvoice number: KC-2026-4533\nRejection reason: Purchase order number missing or not recognised.\n\nPlease submit a new invoice quoting a valid Harrowgate Leisure purchase order number (format HL-PO-NNNNNN). Invoices without a valid purchase order cannot be paid.\n\nThis is an automated notification from Tungsten Network. Please do not reply to this email.",
        markup=(
            '<html><body style="font-family:Segoe UI,Arial,sans-serif">\n'
            '<table width="600" cellpadding="12"><tr><td style="background:#00264d;color:#ffffff"><b>Invoice rejected</b></td></tr>\n'
            "<tr><td>Buyer: Harrowgate Leisure plc<br>Supplier: Kettle &amp; Crane Ltd<br>Invoice number: <b>KC-2026-4533</b><br>"
            "Rejection reason: Purchase order number missing or not recognised.</td></tr>\n"
            "<tr><td>Please submit a new invoice quoting a valid Harrowgate Leisure purchase order number (format HL-PO-NNNNNN). "
            "Invoices without a valid purchase order cannot be paid.</td></tr>\n"
            '<tr><td style="font-size:8pt;color:#666666">This is an automated notification from Tungsten Network. Please do not reply to this email.</td></tr>\n'
            "</table></body></html>\n"
        ),
        facts=Facts(
            refs=("KC-2026-4533",),
            note="AP-system rejection for a missing PO: automated, with Auto-Submitted, but it asks for a corrected document, so not auto_reply",
        ),
    ),
    Reply(
        key="ir-de-xrechnung",
        intent="invoice_request",
        loc="de",
        sender=("Stefanie Albers", "rechnungen.schulen@landkreis-emsweide.example"),
        sent="2026-12-07 10:41 +0100",
        client="outlook_classic",
        charset="windows-1252",
        inv="KC-2026-4457",
        body="Sehr geehrte Damen und Herren,\n\nIhre Rechnung KC-2026-4457 für die Wartung der Küchentechnik in der Mensa des Schulzentrums Nord können wir leider nicht bearbeiten: Als öffentlicher Auftraggeber dürfen wir nur elektronische Rechnungen im Format XRechnung annehmen. Bitte reichen Sie die Rechnung über das Rechnungseingangsportal ein und geben Sie dabei unsere Leitweg-ID 03457-0012-41 an.\n\nNach Eingang der XRechnung wird die Zahlung umgehend angewiesen.\n\nMit freundlichen Grüßen\nIm Auftrag\n\nStefanie Albers\nLandkreis Emsweide – Fachdienst Schulen",
        facts=Facts(
            refs=("KC-2026-4457",),
            note="needs an XRechnung e-invoice first; the payment that follows is conditional, not a promise",
        ),
    ),
    Reply(
        key="ir-fr-jamaisrecu",
        intent="invoice_request",
        loc="fr",
        sender=("Claire Dubois", "claire@bistrotlesamis-lyon.example"),
        sent="2026-11-24 10:05 +0100",
        client="gmail",
        owed="438.00",
        body="Bonjour,\n\nNous n'avons jamais reçu cette facture. Pourriez-vous nous la renvoyer en PDF, avec le bon d'intervention signé par notre chef ? Nous la réglerons dès réception.\n\nBonne journée,\nClaire Dubois\nBistrot Les Amis",
        facts=Facts(note="never received; 'dès réception' depends on the copy, so no promise"),
    ),
    Reply(
        key="ir-fr-chorus",
        intent="invoice_request",
        loc="fr",
        sender=("Patrick Roux", "gestion@college-jeanmoulin-valence.example"),
        sent="2026-12-15 15:02 +0100",
        client="outlook_html",
        charset="windows-1252",
        inv="KC-2026-4529",
        body="Bonjour,\n\nEn tant qu'établissement public, nous ne pouvons traiter que les factures déposées sur Chorus Pro. Merci de déposer votre facture KC-2026-4529 sur la plateforme en indiquant notre numéro d'engagement juridique EJ 2026-0457 ainsi que le SIRET de l'établissement, qui figure sur le bon de commande.\n\nCordialement,\n\nPatrick Roux\nAdjoint gestionnaire\nCollège Jean-Moulin",
        facts=Facts(
            refs=("KC-2026-4529",),
            note="public body: the invoice must be filed on Chorus Pro with a commitment number",
        ),
    ),
    Reply(
        key="ir-es-cif",
        intent="invoice_request",
        loc="es",
        sender=("Jordi Puig", "administracio@gruppuig-hostaleria.example"),
        sent="2026-12-10 09:55 +0100",
        client="outlook_plain",
        charset="iso-8859-1",
        body="Buenos días,\n\nLa factura está emitida a nombre de Restauració Puig SL, pero el restaurante pertenece a Grup Puig Hostaleria SL, con CIF B17234561. Necesitamos que la anuléis y la emitáis de nuevo con los datos correctos; el importe está bien.\n\nEn cuanto la tengamos, la pasamos a pago.\n\nSaludos,\nJordi Puig\nAdministración",
        facts=Facts(
            note="reissue to the right company with the amount accepted: invoice_request, not dispute"
        ),
    ),
    Reply(
        key="ir-es-cuenta",
        intent="invoice_request",
        loc="es",
        sender=("Marta Gil", "marta@churrerialaesquina.example"),
        sent="2026-12-16 18:20 +0100",
        client="iphone",
        owed="264.00",
        body="Hola! Me pasáis otra vez el número de cuenta? El que tengo apuntado me lo rechaza el banco\n\nMarta",
        facts=Facts(note="bank details needed before paying"),
    ),
    Reply(
        key="ir-nl-werkbon",
        intent="invoice_request",
        loc="nl",
        sender=("Eva de Wit", "e.dewit@verpleeghuis-lindenhof.example"),
        sent="2026-12-01 14:12 +0100",
        client="outlook_html",
        inv="KC-2026-4427",
        body=f"Goedemiddag,\n\nIk kan factuur KC-2026-4427 niet terugvinden in ons systeem. Kunt u mij een kopie sturen, samen met de werkbon waarop de monteur zijn uren heeft genoteerd? Dan kan ik hem laten fiatteren.\n\nMet vriendelijke groet,\n\nEva de Wit\nFacilitaire Dienst\nVerpleeghuis Lindenhof\n\n{NL_DISCLAIMER}",
        facts=Facts(refs=("KC-2026-4427",), note="invoice copy and work order needed for approval"),
    ),
    Reply(
        key="ir-nl-overzicht",
        intent="invoice_request",
        loc="nl",
        sender=("Bas Mulder", "bas@eetcafe-dekade.example"),
        sent="2026-12-11 16:40 +0100",
        client="thunderbird",
        cte="8bit",
        owed="377.50",
        body="{q2}\n\nHoi,\n\nKunnen jullie me een overzicht sturen van alles wat er nog openstaat? Ik heb volgens mij nog twee facturen van jullie liggen en ik wil het in één keer goed doen.\n\nBas",
        facts=Facts(
            note="inline reply asking for a statement of open items; wanting to 'get it right in one go' is no promise"
        ),
    ),
    Reply(
        key="ir-it-sdi",
        intent="invoice_request",
        loc="it",
        sender=("Davide Conti", "contabilita@ristoranteilfaro-rimini.example"),
        sent="2026-12-03 10:20 +0100",
        client="owa",
        inv="KC-2026-4468",
        body="Buongiorno,\n\nnel nostro cassetto fiscale non risulta nessuna fattura elettronica con numero KC-2026-4468. Potete verificare l'invio tramite SdI? Il nostro codice destinatario è M5UXCR1. Appena la riceviamo la mettiamo in pagamento.\n\nCordiali saluti\n\nDavide Conti\nUfficio contabilità – Ristorante Il Faro",
        facts=Facts(
            refs=("KC-2026-4468",), note="e-invoice not received through SdI; resend first"
        ),
    ),
    Reply(
        key="ir-it-copia",
        intent="invoice_request",
        loc="it",
        sender=("Luca Bianchi", "luca.bianchi.chef@gmail.com"),
        sent="2026-11-23 22:10 +0100",
        client="samsung",
        owed="312.00",
        body="Ciao mi rimandate copia della fattura? non la trovo piu\nLuca",
        facts=Facts(note="copy request from a phone, no accents"),
    ),
]

WRONG_CONTACT: Final = [
    Reply(
        key="wc-en-headchef",
        intent="wrong_contact",
        loc="en-GB",
        sender=("Tom Fletcher", "tom.fletcher@thesaltyard.example"),
        sent="2026-11-24 16:42 +0000",
        client="iphone",
        body="Hi, I'm the head chef, I don't deal with invoices. Send it to our accounts person – Jo Barrett, jo.barrett@saltyardgroup.example\n\nTom",
        facts=Facts(contact="jo.barrett@saltyardgroup.example"),
    ),
    Reply(
        key="wc-en-notmonitored",
        intent="wrong_contact",
        loc="en-US",
        sender=("Accounts Payable", "invoices@harborviewmedical.example"),
        sent="2026-12-08 09:01 -0500",
        client="notice",
        subject="Automatic reply: {orig}",
        headers=(AUTO_GENERATED, NO_AUTO_REPLIES),
        body="This mailbox is no longer monitored.\n\nEffective November 1, 2026, Harborview Medical Center handles all supplier invoices, statements and payment inquiries through its shared-services team. Please send them to ap.shared@hvmc-shared.example.\n\nMessages sent to this address will not be answered or forwarded.",
        facts=Facts(
            contact="ap.shared@hvmc-shared.example",
            note="automatic 'no longer monitored' notice naming the new address: wrong_contact",
        ),
    ),
    Reply(
        key="wc-en-redirect",
        intent="wrong_contact",
        loc="en-GB",
        sender=("Accounts Department", "accounts@thebramblehotel.example"),
        sent="2026-12-10 13:15 +0000",
        client="owa",
        owed="1890.00",
        body="Dear Supplier,\n\nPlease be advised that due to an ongoing audit our accounts email has changed. With immediate effect kindly direct all invoices, statements and remittance correspondence to bramble.accounts.dept@gmail.com and update your records accordingly. Do not use any other address as it will no longer be monitored.\n\nAlso kindly confirm by return the outstanding balance on our account.\n\nRegards,\nAccounts Department\nThe Bramble Hotel",
        facts=Facts(
            contact="bramble.accounts.dept@gmail.com",
            note="reads like a mail-redirection scam; the message still asks to change the contact, so wrong_contact with the address extracted, and a person must verify it by phone before using it",
        ),
    ),
    Reply(
        key="wc-de-zustaendig",
        intent="wrong_contact",
        loc="de",
        sender=("Jürgen Maas", "j.maas@seehotel-ammerblick.example"),
        sent="2026-12-03 11:05 +0100",
        client="outlook_html",
        charset="iso-8859-1",
        body="Guten Tag,\n\nich bin seit dem 1. November nicht mehr für den Einkauf zuständig. Bitte schicken Sie Rechnungen und Mahnungen künftig an Frau Krüger in der Buchhaltung: buchhaltung@seehotel-ammerblick.example\n\nMit freundlichen Grüßen\nJürgen Maas",
        facts=Facts(contact="buchhaltung@seehotel-ammerblick.example"),
    ),
    Reply(
        key="wc-de-schulkueche",
        intent="wrong_contact",
        loc="de",
        sender=("Irina Schmitt", "mensa.gs-lindenplatz@schulen-hagenbach.example"),
        sent="2026-12-16 12:30 +0100",
        client="gmail_plain",
        owed="642.00",
        body="Hallo,\n\nhier ist die Schulküche. Die Rechnungen werden zwar zu uns geschickt, aber wir bezahlen nichts selbst – zuständig ist das Schulverwaltungsamt der Stadt. Rechnungen bitte an rechnungseingang@hagenbach-stadt.example.\n\nViele Grüße\nIrina Schmitt\nKüchenleitung Grundschule am Lindenplatz",
        facts=Facts(contact="rechnungseingang@hagenbach-stadt.example"),
    ),
    Reply(
        key="wc-fr-chef",
        intent="wrong_contact",
        loc="fr",
        sender=("Antoine Lefèvre", "chef@lameridienne-bordeaux.example"),
        sent="2026-11-30 15:55 +0100",
        client="iphone",
        cc=("Compta.Fournisseurs@GroupeMeridienne.example",),
        body="Bonjour, je suis le chef de cuisine, je ne m'occupe pas des factures. Merci d'envoyer vos relances à la comptabilité du groupe : Compta.Fournisseurs@GroupeMeridienne.example (en copie).\n\nAntoine",
        facts=Facts(
            contact="compta.fournisseurs@groupemeridienne.example",
            note="address written in mixed case and copied in Cc; labelled in lower case",
        ),
    ),
    Reply(
        key="wc-fr-kine",
        intent="wrong_contact",
        loc="fr",
        sender=("Sandrine Morel", "cabinet.morel@kine-morel-dijon.example"),
        sent="2026-12-02 09:20 +0100",
        client="gmail",
        owed="254.00",
        body="Bonjour,\n\nVous devez faire erreur d'adresse : nous sommes un cabinet de kinésithérapie et nous n'avons jamais eu de cuisine professionnelle. Merci de vérifier vos fichiers.\n\nCordialement,\nSandrine Morel",
        facts=Facts(note="not a customer at all; no new address"),
    ),
    Reply(
        key="wc-es-gestoria",
        intent="wrong_contact",
        loc="es",
        sender=("Rafa Domínguez", "rafa@barlamarina-malaga.example"),
        sent="2026-12-07 10:40 +0100",
        client="gmail",
        owed="398.00",
        body="Hola,\n\nYo ya no llevo las cuentas del bar desde septiembre, ahora lo lleva todo la gestoría. Escribidles a ellos: facturas@gestoriasolmar.example\n\nUn saludo,\nRafa",
        facts=Facts(contact="facturas@gestoriasolmar.example"),
    ),
    Reply(
        key="wc-es-recepcion",
        intent="wrong_contact",
        loc="es",
        sender=("Recepción Hotel Miramar", "recepcion@hotelmiramar-sitges.example"),
        sent="2026-12-14 08:50 +0100",
        client="outlook_html",
        cc=("administracion@hotelmiramar-sitges.example",),
        body="Buenos días:\n\nEsta dirección es la de recepción del hotel. Las facturas de proveedores las gestiona el departamento de administración; les reenvío su correo y les ruego que en adelante escriban directamente a administracion@hotelmiramar-sitges.example.\n\nAtentamente,\n\nRecepción\nHotel Miramar – Sitges",
        facts=Facts(contact="administracion@hotelmiramar-sitges.example"),
    ),
    Reply(
        key="wc-nl-nietingebruik",
        intent="wrong_contact",
        loc="nl",
        sender=("Restaurant De Gouden Leeuw", "info@degoudenleeuw-delft.example"),
        sent="2026-12-01 09:07 +0100",
        client="notice",
        subject="Automatisch antwoord: {orig}",
        headers=(AUTO_REPLIED,),
        body="Dit e-mailadres wordt niet meer gelezen.\n\nRestaurant De Gouden Leeuw is per 1 december 2026 overgestapt op nieuwe e-mailadressen.\nReserveringen: reserveren@goudenleeuw-delft.example\nFacturen en administratie: administratie@goudenleeuw-delft.example\n\nUw bericht wordt niet doorgestuurd.",
        facts=Facts(
            contact="administratie@goudenleeuw-delft.example",
            note="automatic 'no longer read' notice with two addresses; the administration one is the contact for a reminder",
        ),
    ),
    Reply(
        key="wc-nl-verkocht",
        intent="wrong_contact",
        loc="nl",
        sender=("Kees Brouwer", "kees@friteskees.example"),
        sent="2026-12-12 11:15 +0100",
        client="samsung",
        owed="540.00",
        body="Goedemorgen,\n\nIk heb de frietwagen in oktober verkocht aan Jeroen Smit. Alles wat daarna gedaan is, is voor hem. Mail hem maar op jeroen.smit@frietwagen-smit.example\n\nGr Kees",
        facts=Facts(
            contact="jeroen.smit@frietwagen-smit.example",
            note="business sold; the buyer is the contact",
        ),
    ),
    Reply(
        key="wc-it-ricevimento",
        intent="wrong_contact",
        loc="it",
        rloc="en-EU",
        sender=("Ricevimento Albergo Roma", "reception@albergoroma-firenze.example"),
        sent="2026-12-09 16:25 +0100",
        client="owa",
        body="Buonasera,\n\nquesta casella è gestita dal ricevimento e non abbiamo accesso alla contabilità. Per solleciti e fatture scrivete a contabilita.fornitori@albergoroma-firenze.example.\n\nCordiali saluti\nIl Ricevimento",
        facts=Facts(
            contact="contabilita.fornitori@albergoroma-firenze.example",
            note="Italian reply to an English reminder",
        ),
    ),
]

UNSUBSCRIBE: Final = [
    Reply(
        key="un-en-postonly",
        intent="unsubscribe",
        loc="en-GB",
        sender=("Mark Ellison", "m.ellison@stcuthbertshospital.example"),
        sent="2026-11-26 09:44 +0000",
        client="outlook_html",
        owed="3880.00",
        body="Please remove this address from your reminder emails. All correspondence about supplier accounts must be sent by post to Accounts Payable, St Cuthbert's Hospital, PO Box 2210, Durham DH1 9ZZ. Emails to ward and kitchen staff cannot be actioned.\n\nMark Ellison\nCatering Manager\n\nThis email and any files transmitted with it are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Views expressed are those of the author and not necessarily those of St Cuthbert's Hospital.",
        facts=Facts(note="remove me, post only: unsubscribe"),
    ),
    Reply(
        key="un-en-attorney",
        intent="unsubscribe",
        loc="en-US",
        sender=("Greg Hollis", "greg@hollisfamilydiner.example"),
        sent="2026-12-11 16:05 -0500",
        client="apple",
        body="Do not contact me about this invoice again. The matter is with our attorney, Dana Whitfield at Whitfield & Ross LLP, and all further communication has to go through her office.\n\nGreg Hollis",
        facts=Facts(note="'talk to our lawyer', no e-mail address given"),
    ),
    Reply(
        key="un-en-third",
        intent="unsubscribe",
        loc="en-GB",
        sender=("Nicola Grant", "nicola@grantsdeli.example"),
        sent="2026-12-04 12:12 +0000",
        client="owa",
        owed="415.00",
        body="This is the THIRD reminder this week for an invoice we paid on the 25th. Take us off your mailing list. Now.",
        facts=Facts(note="stop request plus a payment claim: unsubscribe wins, so no paid_date"),
    ),
    Reply(
        key="un-de-postweg",
        intent="unsubscribe",
        loc="de",
        sender=("Petra Lindner", "p.lindner@alpenhof-kaisertal.example"),
        sent="2026-12-09 08:48 +0100",
        client="outlook_classic",
        charset="windows-1252",
        body="Sehr geehrte Damen und Herren,\n\nbitte nehmen Sie diese Adresse aus Ihrem Verteiler. Zahlungserinnerungen und sonstigen Schriftverkehr akzeptieren wir ausschließlich auf dem Postweg an unsere Verwaltung.\n\nMit freundlichen Grüßen\nPetra Lindner\nAlpenhof Kaisertal",
        facts=Facts(note="post only"),
    ),
    Reply(
        key="un-de-keinemails",
        intent="unsubscribe",
        loc="de",
        sender=("Ole Hansen", "ole@fischbude-hansen.example"),
        sent="2026-11-27 13:26 +0100",
        client="iphone",
        owed="228.00",
        body="Bitte keine Mails mehr an diese Adresse. Danke.",
    ),
    Reply(
        key="un-fr-extra",
        intent="unsubscribe",
        loc="fr",
        sender=("Lucas Petit", "lucas.petit.pro@gmail.com"),
        sent="2026-12-05 19:40 +0100",
        client="gmail_plain",
        owed="356.00",
        body="Bonsoir,\n\nMerci de retirer mon adresse de vos envois, je ne suis que l'extra du week-end au restaurant et je n'ai rien à voir avec les factures.\n\nLucas",
        facts=Facts(
            note="remove me plus 'not the right person' without a new address: unsubscribe beats wrong_contact"
        ),
    ),
    Reply(
        key="un-fr-avocat",
        intent="unsubscribe",
        loc="fr",
        sender=("Direction Le Relais des Dunes", "direction@relaisdesdunes.example"),
        sent="2026-12-16 17:05 +0100",
        client="outlook_html",
        charset="windows-1252",
        owed="1745.00",
        body="Madame, Monsieur,\n\nCe dossier a été confié à notre avocate, Maître Hélène Vasseur, du barreau de Boulogne-sur-Mer. Toute correspondance devra désormais lui être adressée par courrier, à son cabinet. Nous vous prions de ne plus nous contacter directement.\n\nLa Direction\nLe Relais des Dunes",
        facts=Facts(note="lawyer, by post only: unsubscribe"),
    ),
    Reply(
        key="un-es-certificada",
        intent="unsubscribe",
        loc="es",
        sender=("Pilar Sánchez", "pilar@casapilar-toledo.example"),
        sent="2026-11-23 18:30 +0100",
        client="outlook_html",
        body="Buenas tardes:\n\nLes ruego que no nos envíen más correos electrónicos. Cualquier comunicación relativa a facturas deberá hacerse por carta certificada a la dirección fiscal de la empresa.\n\nAtentamente,\n\nPilar Sánchez",
        facts=Facts(note="registered post only"),
    ),
    Reply(
        key="un-es-dejad",
        intent="unsubscribe",
        loc="es",
        sender=("Juanma Ruiz", "juanma@tabernaelcapote.example"),
        sent="2026-12-14 20:10 +0100",
        client="samsung",
        owed="530.00",
        body="Dejad de escribirme ya por favor, que os dije por telefono que lo pagamos el jueves. Cada dia un correo, no es normal",
        facts=Facts(
            note="stop request with a promise ('lo pagamos el jueves'): unsubscribe wins, so no promised_date"
        ),
    ),
    Reply(
        key="un-nl-afmelden",
        intent="unsubscribe",
        loc="nl",
        sender=("Hanneke Vos", "hanneke@koffiehuisvos.example"),
        sent="2026-12-10 10:05 +0100",
        client="gmail",
        owed="189.00",
        body="Graag afmelden voor deze mails. Wij hebben sinds 1 november geen onderhoudscontract meer bij jullie.\n\nHanneke Vos",
        facts=Facts(
            note="unsubscribe; the cancelled contract is background, not a dispute of this invoice"
        ),
    ),
    Reply(
        key="un-it-cancellate",
        intent="unsubscribe",
        loc="it",
        sender=("Giorgio Esposito", "giorgio@friggitoriaesposito.example"),
        sent="2026-12-01 19:55 +0100",
        client="iphone",
        owed="174.00",
        body="Cancellate la mia email dalla vostra lista per favore. Grazie",
    ),
    Reply(
        key="un-it-legale",
        intent="unsubscribe",
        loc="it",
        sender=("Alessandra Greco", "alessandra.greco@agriturismoilcasale.example"),
        sent="2026-12-17 12:44 +0100",
        client="outlook_html",
        inv="KC-2026-4541",
        owed="1368.00",
        body=f"Spett.le Kettle & Crane,\n\nvi informiamo che la pratica relativa alla fattura KC-2026-4541 è stata affidata al nostro legale, avv. Paolo Ferri. Vi invitiamo pertanto a non contattarci più direttamente e a indirizzare ogni comunicazione al suo studio esclusivamente a mezzo raccomandata A/R.\n\nDistinti saluti\n\nAlessandra Greco\nAgriturismo Il Casale\n\n{IT_PRIVACY_NOTICE}",
        facts=Facts(refs=("KC-2026-4541",), note="lawyer, registered post only"),
    ),
]

AUTO_REPLY: Final = [
    Reply(
        key="ar-en-until",
        intent="auto_reply",
        loc="en-GB",
        sender=("Rachel Moss", "rachel.moss@thelinnethotel.example"),
        sent="2026-12-07 09:05 +0000",
        client="notice",
        subject="Automatic reply: {orig}",
        headers=(AUTO_GENERATED, NO_AUTO_REPLIES),
        body="Thank you for your email. I am out of the office until Monday 14 December with limited access to email. For anything urgent please call reception on 01632 960225.\n\nRachel Moss\nFinance Manager",
        facts=Facts(back="2026-12-14", note="'until Monday 14 December' → that date"),
    ),
    Reply(
        key="ar-en-ticket",
        intent="auto_reply",
        loc="en-US",
        sender=("Pinewood Resorts AP Support", "apsupport@pinewoodresorts.example"),
        sent="2026-12-03 10:16 -0700",
        client="notice",
        subject="[Ticket #48813] {orig}",
        headers=(("Precedence", "bulk"), ("X-Mailer", "HelpDesk Notifier")),
        body="",
        markup=(
            '<html><body><div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">\n'
            "<p>Hello,</p>\n"
            "<p>Thank you for contacting Pinewood Resorts Accounts Payable. Your request has been logged as ticket <b>#48813</b>.</p>\n"
            "<p>Our team aims to respond within 3 business days. Please keep the ticket number in the subject line of any further messages so your reply is added to the same request.</p>\n"
            "<p>Pinewood Resorts AP Support</p>\n"
            '<p style="color:#999;font-size:11px">##- Please type your reply above this line -##</p>\n'
            "</div></body></html>\n"
        ),
        facts=Facts(note="HTML-only ticket acknowledgement without Auto-Submitted; no return date"),
    ),
    Reply(
        key="ar-en-school",
        intent="auto_reply",
        loc="en-GB",
        sender=("St Anne's Primary Kitchen", "kitchen@stannes-wickham.example"),
        sent="2026-12-18 15:30 +0000",
        client="notice",
        subject="Re: {orig}",
        headers=(AUTO_REPLIED,),
        body="Thank you for your message. The school is now closed for the Christmas holidays and this mailbox will not be checked until we reopen on Monday 4 January 2027.\n\nMerry Christmas!\nSt Anne's Primary kitchen team",
        facts=Facts(back="2027-01-04", note="holiday closure; the reopening day"),
    ),
    Reply(
        key="ar-de-elternzeit",
        intent="auto_reply",
        loc="de",
        sender=("Katrin Vogel", "k.vogel@hotel-bergblick-oberstdorf.example"),
        sent="2026-11-30 09:04 +0100",
        client="notice",
        subject="Automatische Antwort: {orig}",
        headers=(AUTO_GENERATED, NO_AUTO_REPLIES),
        body="Vielen Dank für Ihre Nachricht.\n\nIch befinde mich in Elternzeit und bin voraussichtlich ab dem 1. März 2027 wieder im Haus. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Aydın unter rechnungswesen@hotel-bergblick-oberstdorf.example.\n\nMit freundlichen Grüßen\nKatrin Vogel",
        facts=Facts(
            back="2027-03-01",
            note="parental leave; a colleague's address in an auto-reply is not new_contact",
        ),
    ),
    Reply(
        key="ar-de-ticket",
        intent="auto_reply",
        loc="de",
        sender=("Service-Center Buchhaltung", "buchhaltung@gastrogruppe-rheinufer.example"),
        sent="2026-12-10 09:09 +0100",
        client="notice",
        subject="[Ticket#2026121010000317] Ihre Anfrage ist eingegangen",
        headers=(AUTO_REPLIED, ("X-Loop", "buchhaltung@gastrogruppe-rheinufer.example")),
        body="Guten Tag,\n\nvielen Dank für Ihre Nachricht. Wir haben Ihr Anliegen unter der Ticketnummer 2026121010000317 erfasst und melden uns schnellstmöglich bei Ihnen.\n\nBitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.\n\nIhr Team der Buchhaltung\nGastro-Gruppe Rheinufer",
        facts=Facts(note="ticket acknowledgement; no return date"),
    ),
    Reply(
        key="ar-fr-retour",
        intent="auto_reply",
        loc="fr",
        sender=("Isabelle Martin", "i.martin@hotel-lesremparts.example"),
        sent="2026-12-14 08:30 +0100",
        client="notice",
        subject="Réponse automatique : {orig}",
        headers=(AUTO_GENERATED, NO_AUTO_REPLIES),
        body="Bonjour,\n\nJe suis absente du 14 au 18 décembre inclus et serai de retour le lundi 21 décembre. Votre message ne sera pas transféré.\n\nPour toute urgence comptable, vous pouvez joindre l'accueil au 03 88 41 22 10.\n\nIsabelle Martin\nService comptabilité",
        facts=Facts(back="2026-12-21", note="the stated day back wins over 'jusqu'au 18 inclus'"),
    ),
    Reply(
        key="ar-fr-arret",
        intent="auto_reply",
        loc="fr",
        sender=("Olivier Blanc", "o.blanc@cuisinecentrale-aubagne.example"),
        sent="2026-12-02 09:11 +0100",
        client="notice",
        subject="Absence – Olivier Blanc",
        headers=(("X-Autoreply", "yes"),),
        body="Bonjour,\n\nJe suis actuellement absent et ne consulte pas ma messagerie. Pour toute question concernant les commandes ou les factures de la cuisine centrale, merci de contacter le secrétariat au 04 42 18 77 30.\n\nOlivier Blanc\nResponsable de la cuisine centrale",
        facts=Facts(note="absence notice without Auto-Submitted and without a return date"),
    ),
    Reply(
        key="ar-es-vacaciones",
        intent="auto_reply",
        loc="es",
        sender=("Nuria Castells", "ncastells@hotelcostadaurada.example"),
        sent="2026-12-04 09:06 +0100",
        client="notice",
        subject="Re: {orig}",
        headers=(AUTO_REPLIED,),
        body="Hola,\n\nEstoy de vacaciones hasta el lunes 14 de diciembre, sin acceso al correo. Para cualquier asunto urgente de administración podéis llamar al 977 38 12 40.\n\nGracias,\nNuria Castells",
        facts=Facts(back="2026-12-14", note="'hasta el lunes 14' → that date"),
    ),
    Reply(
        key="ar-nl-afwezig",
        intent="auto_reply",
        loc="nl",
        sender=("Joost van Dam", "j.vandam@zorgcentrum-dehorst.example"),
        sent="2026-12-08 09:03 +0100",
        client="notice",
        subject="Automatisch antwoord: {orig}",
        headers=(AUTO_GENERATED, NO_AUTO_REPLIES),
        body="Beste afzender,\n\nIk ben afwezig tot en met vrijdag 11 december en vanaf maandag 14 december weer bereikbaar. Uw e-mail wordt niet doorgestuurd.\n\nMet vriendelijke groet,\nJoost van Dam\nHoofd Facilitair Bedrijf",
        facts=Facts(back="2026-12-14", note="'weer bereikbaar vanaf' wins over 't/m'"),
    ),
    Reply(
        key="ar-nl-pakhuys",
        intent="auto_reply",
        loc="nl",
        sender=("Restaurant 't Pakhuys", "info@restaurant-pakhuys.example"),
        sent="2026-12-17 09:12 +0100",
        client="notice",
        subject="Bedankt voor je bericht",
        headers=(("X-Autoreply", "yes"), ("Precedence", "auto_reply")),
        body="Bedankt voor je bericht!\n\nWij zijn met vakantie tot en met zondag 3 januari. Vanaf maandag 4 januari zijn we er weer en beantwoorden we je mail zo snel mogelijk.\n\nFijne feestdagen!\nTeam 't Pakhuys",
        facts=Facts(
            back="2027-01-04", note="restaurant autoresponder without Auto-Submitted; the day back"
        ),
    ),
    Reply(
        key="ar-it-ferie",
        intent="auto_reply",
        loc="it",
        sender=("Federica Marino", "f.marino@ristorantelanterna-genova.example"),
        sent="2026-12-04 09:08 +0100",
        client="notice",
        subject="Risposta automatica: {orig}",
        headers=(AUTO_GENERATED, NO_AUTO_REPLIES),
        body="Buongiorno,\n\nsono in ferie fino a venerdì 11 dicembre, con accesso limitato alla posta. Per urgenze potete contattare il numero 010 246 8810.\n\nGrazie\nFederica Marino\nAmministrazione",
        facts=Facts(back="2026-12-11", note="'fino a venerdì 11' → that date"),
    ),
    Reply(
        key="ar-it-chiusura",
        intent="auto_reply",
        loc="it",
        sender=("Hotel Lago Blu", "info@hotellagoblu-garda.example"),
        sent="2026-12-09 09:20 +0100",
        client="notice",
        charset="iso-8859-1",
        subject="Chiusura stagionale",
        body="Gentile cliente,\n\nl'Hotel Lago Blu è chiuso per la pausa invernale dal 6 dicembre 2026 al 20 gennaio 2027. Riapriremo il 21 gennaio: in quella data risponderemo a tutte le e-mail ricevute.\n\nCordiali saluti\nLa Direzione",
        facts=Facts(
            back="2027-01-21",
            note="seasonal closure notice with no auto-reply header at all; the reopening day",
        ),
    ),
]

OTHER: Final = [
    Reply(
        key="ot-en-didntwe",
        intent="other",
        loc="en-US",
        sender=("Sal Marino", "sal@marinosdeli.example"),
        sent="2026-11-30 12:44 -0500",
        client="iphone",
        owed="845.00",
        body="didnt we pay this already??",
        facts=Facts(
            note="a question, not a payment claim; a person checks the account and answers"
        ),
    ),
    Reply(
        key="ot-en-oofsubject",
        intent="other",
        loc="en-GB",
        sender=("Ben Hadley", "ben.hadley@copperpotcatering.example"),
        sent="2026-12-10 18:20 +0000",
        client="outlook_html",
        subject="Out of office till Mon – RE: {orig}",
        owed="1536.00",
        body="I'm off until Monday but saw this come in. Not ignoring you – I need to check with Marcus what was agreed about the call-out charge before anything gets paid. I'll come back to you.\n\nBen Hadley\nOperations\nCopper Pot Catering",
        facts=Facts(
            note="a person wrote it despite the 'out of office' subject; no commitment and no dispute yet, so no return_date"
        ),
    ),
    Reply(
        key="ot-en-e34",
        intent="other",
        loc="en-IE",
        sender=("Niamh Doyle", "niamh@doylesbakery-galway.example"),
        sent="2026-12-15 07:58 +0000",
        client="gmail",
        body="Hi folks,\n\nWhile I have you – are you open between Christmas and New Year? The deck oven is throwing an E34 on the top deck. Could someone ring me on 091 555 014?\n\nThanks,\nNiamh",
        facts=Facts(note="service call in the reminder thread; nothing about the invoice"),
    ),
    Reply(
        key="ot-de-insolvenz",
        intent="other",
        loc="de",
        sender=("Heiko Brandt", "info@zumanker-kiel.example"),
        sent="2026-12-03 15:40 +0100",
        client="outlook_classic",
        charset="iso-8859-1",
        body="Sehr geehrte Damen und Herren,\n\nüber das Vermögen der Gaststätte Zum Anker GmbH hat das Amtsgericht Kiel am 20.11.2026 die vorläufige Insolvenzverwaltung angeordnet. Zahlungen auf Forderungen aus der Zeit davor dürfen wir nicht mehr leisten. Bitte melden Sie Ihre Forderung zu gegebener Zeit beim Insolvenzverwalter an; die Frist wird vom Gericht bekannt gegeben.\n\nMit freundlichen Grüßen\nHeiko Brandt\nGeschäftsführer",
        facts=Facts(
            note="insolvency notice without an address: nothing to collect from the customer, a person handles the claim"
        ),
    ),
    Reply(
        key="ot-fr-bienrecu",
        intent="other",
        loc="fr",
        sender=("Manon Leroy", "contact@traiteur-leroy.example"),
        sent="2026-11-25 10:02 +0100",
        client="outlook_ios",
        owed="642.00",
        body="Bien reçu, merci.",
        facts=Facts(note="acknowledgement only"),
    ),
    Reply(
        key="ot-fr-rappel",
        intent="other",
        loc="fr",
        sender=("Didier Fabre", "didier@aubergedelacigale.example"),
        sent="2026-12-11 09:30 +0100",
        client="gmail",
        owed="1130.00",
        body="Bonjour,\n\nPouvez-vous demander à votre technicien, celui qui est venu pour la chambre froide, de me rappeler au 06 71 44 20 13 ? J'ai une question sur le contrat d'entretien pour l'année prochaine.\n\nMerci,\nDidier Fabre\nAuberge de la Cigale",
        facts=Facts(note="callback request about next year's contract"),
    ),
    Reply(
        key="ot-es-socio",
        intent="other",
        loc="es",
        sender=("Álvaro Prieto", "alvaro@sidreriaprieto.example"),
        sent="2026-12-01 17:20 +0100",
        client="gmail",
        owed="720.00",
        body="Recibido. Lo hablo con mi socio esta semana y os digo algo.\n\nÁlvaro",
        facts=Facts(note="acknowledgement; 'os digo algo' is no commitment"),
    ),
    Reply(
        key="ot-es-fallecimiento",
        intent="other",
        loc="es",
        sender=("Laura Vidal", "laura.vidal@cafeteriavidal.example"),
        sent="2026-12-16 11:05 +0100",
        client="outlook_html",
        owed="980.00",
        body="Buenos días:\n\nLes escribo porque mi padre, Ramón Vidal, titular de la cafetería, falleció el pasado 28 de noviembre. Estamos con el notario viendo cómo queda todo y ahora mismo no sabemos quién se hará cargo del negocio ni de sus deudas. En cuanto lo tengamos claro nos pondremos en contacto con ustedes.\n\nGracias por su comprensión.\n\nLaura Vidal",
        facts=Facts(note="bereavement: no contact, no promise; a person must read it"),
    ),
    Reply(
        key="ot-nl-maandag",
        intent="other",
        loc="nl",
        sender=("Gerrit Bosman", "g.bosman@pannenkoekenhuis-demolen.example"),
        sent="2026-12-04 17:50 +0100",
        client="thunderbird",
        cte="8bit",
        owed="455.00",
        body="Ontvangen. Ik kijk er maandag even naar.\n\nGerrit",
        facts=Facts(note="'I'll look at it on Monday' is not a promise to pay"),
    ),
    Reply(
        key="ot-nl-overname",
        intent="other",
        loc="nl",
        sender=("Yvonne Smeets", "directie@hotel-maasoever.example"),
        sent="2026-12-18 10:30 +0100",
        client="outlook_html",
        body="Geachte heer, mevrouw,\n\nHierbij laten wij u weten dat Hotel Maasoever per 1 januari 2027 wordt overgenomen door Valk & Veld Hospitality B.V. Over de afhandeling van lopende verplichtingen ontvangt u binnenkort bericht van de nieuwe eigenaar.\n\nMet vriendelijke groet,\n\nYvonne Smeets\nDirectie",
        facts=Facts(note="takeover announcement: no new address, nothing promised"),
    ),
    Reply(
        key="ot-it-commercialista",
        intent="other",
        loc="it",
        rloc="en-EU",
        sender=("Anna Colombo", "anna@bistrocolombo-milano.example"),
        sent="2026-12-07 12:15 +0100",
        client="gmail",
        body="Ricevuto, grazie. Giro al commercialista.\n\nAnna",
        facts=Facts(
            note="Italian reply to an English reminder; passing it on without an address is not wrong_contact"
        ),
    ),
    Reply(
        key="ot-it-iban",
        intent="other",
        loc="it",
        sender=("Paolo De Luca", "paolo.deluca@ristorantedeluca-bologna.example"),
        sent="2026-12-15 16:40 +0100",
        client="outlook_plain",
        charset="iso-8859-1",
        owed="1215.00",
        body="Buonasera,\n\nla settimana scorsa ci è arrivata un'altra mail a nome vostro, con un IBAN diverso e un importo leggermente diverso. Quale delle due è quella vera? Domattina vi chiamo per avere conferma.\n\nPaolo De Luca",
        facts=Facts(
            note="suspects a fake reminder: a person must confirm by phone; not a document request"
        ),
    ),
]

REPLIES: Final = [
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
# Delivery reports
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt`; `lang` is the language of its notice."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    sent: str  # when the report was written, in the reporting server's time zone
    rloc: str  # the reminder's locale
    mta: str
    queued: timedelta = timedelta(minutes=2)  # how long after the reminder the report came
    note: str | None = None

    @property
    def moment(self) -> datetime:
        return datetime.strptime(self.sent, "%Y-%m-%d %H:%M %z")

    @property
    def reminder_time(self) -> datetime:
        return (self.moment - self.queued).astimezone(UK_TIME)

    @property
    def subject(self) -> str:
        return reminder_subject(self.rloc, "KC-2026-4417")


def original_reminder(b: Bounce) -> Message:
    """The reminder exactly as Kettle & Crane's server sent it."""
    text = reminder_text(
        b.key, loc=b.rloc, inv="KC-2026-4417", owed=DEFAULT_OWED[b.rloc], sent=b.reminder_time
    )
    msg = text_part(text, subtype="plain", charset="utf-8", cte="qp")
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = b.rcpt
    msg["Subject"] = encoded_header(b.subject, charset="utf-8", name="Subject")
    msg["Date"] = format_datetime(b.reminder_time)
    msg["Message-ID"] = reminder_msgid(b.key)
    mime_headers_last(msg)
    return msg


def delivery_status(
    b: Bounce, *, mta: str, action: str, diagnostic: str, remote: str | None = None
) -> Message:
    arrival = format_datetime(b.reminder_time.astimezone(b.moment.tzinfo))
    per_message = f"Reporting-MTA: dns; {mta}\nArrival-Date: {arrival}\n"
    fields = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.moment)}",
    ]
    if action == "delayed":
        fields.append(f"Will-Retry-Until: {format_datetime(b.moment + timedelta(days=2))}")
    report = Message()
    report["Content-Type"] = "message/delivery-status"
    report.set_payload(
        [message_from_string(per_message), message_from_string("\n".join(fields) + "\n")]
    )
    return report


def returned_message(b: Bounce) -> Message:
    return MIMEMessage(original_reminder(b))


def returned_headers(b: Bounce) -> Message:
    original = original_reminder(b)
    text = "".join(f"{name}: {value}\n" for name, value in original.items())
    return text_part(text, subtype="rfc822-headers", charset="us-ascii", cte="7bit")


def dsn(parts: Iterable[Message]) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def human_alternative(text: str, *, charset: str = "utf-8") -> Message:
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>'
        f'<body style="font-family:Segoe UI,Arial,sans-serif">{html_paragraphs(text)}</body></html>\n'
    )
    return alternative(
        text_part(text, subtype="plain", charset=charset, cte="qp"),
        text_part(markup, subtype="html", charset=charset, cte="qp"),
    )


def finish_bounce(
    b: Bounce,
    msg: Message,
    *,
    sender: str,
    subject: str,
    extra: tuple[tuple[str, str], ...] = (AUTO_REPLIED,),
    style: str = "report",
    msgid: str | None = None,
) -> Message:
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encoded_header(subject, charset="utf-8", name="Subject")
    msg["Date"] = format_datetime(b.moment)
    host = parseaddr(sender)[1].partition("@")[2]
    msg["Message-ID"] = msgid or f"<{token(b.key, 'report', 20).lower()}@{host}>"
    for name, value in extra:
        msg[name] = value
    return finish(msg, key=b.key, client=style)


def postfix_en(b: Bounce) -> Message:
    host = "mx.thegreyhoundinn-marlow.example"
    notice = (
        "This is the mail system at host mail.kettle-crane.example.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\n"
        "delete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: host {host}[203.0.113.41] said:\n"
        f"    550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in\n"
        "    local recipient table (in reply to RCPT TO command)\n"
    )
    human = text_part(notice, subtype="plain", charset="us-ascii", cte="7bit")
    human["Content-Description"] = "Notification"
    diag = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table"
    )
    status = delivery_status(
        b, mta="mail.kettle-crane.example", action="failed", diagnostic=diag, remote=host
    )
    status["Content-Description"] = "Delivery report"
    returned = returned_message(b)
    returned["Content-Description"] = "Undelivered Message"
    sender = "MAILER-DAEMON@mail.kettle-crane.example (Mail Delivery System)"
    return finish_bounce(
        b,
        dsn([human, status, returned]),
        sender=sender,
        subject="Undelivered Mail Returned to Sender",
    )


def qmail_en(b: Bounce) -> Message:
    copy = original_reminder(b).as_string()
    text = (
        "Hi. This is the qmail-send program at mx1.prairiehosting.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "Sorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        "Received: (qmail 28817 invoked from network); "
        f"{format_datetime(b.reminder_time.astimezone(b.moment.tzinfo))}\n"
        f"{copy}\n"
    )
    msg = Message()
    msg.set_payload(text)
    sender = "MAILER-DAEMON@mx1.prairiehosting.example"
    return finish_bounce(b, msg, sender=sender, subject="failure notice", extra=())


def sendmail_en(b: Bounce) -> Message:
    received = format_datetime(b.reminder_time, usegmt=True)
    host = "exch02.ridgewaycollege.example"
    notice = (
        "    **********************************************\n"
        "    **      THIS IS A WARNING MESSAGE ONLY      **\n"
        "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
        "    **********************************************\n\n"
        f"The original message was received at {received}\n"
        "from mail.kettle-crane.example [198.51.100.25]\n\n"
        "   ----- The following addresses had transient non-fatal errors -----\n"
        f"<{b.rcpt}>\n\n"
        "   ----- Transcript of session follows -----\n"
        f"<{b.rcpt}>... Deferred: Connection timed out with {host}.\n"
        "Warning: message still undelivered after 4 hours\n"
        "Will keep trying until message is 5 days old\n"
    )
    human = text_part(notice, subtype="plain", charset="us-ascii", cte="7bit")
    status = delivery_status(
        b,
        mta="relay1.ridgewaycollege.example",
        action="delayed",
        diagnostic=f"SMTP; 451 4.4.1 Connection timed out with {host}",
    )
    sender = "Mail Delivery Subsystem <MAILER-DAEMON@relay1.ridgewaycollege.example>"
    return finish_bounce(
        b,
        dsn([human, status, returned_headers(b)]),
        sender=sender,
        subject="Warning: could not send message for past 4 hours",
    )


def gateway_en(b: Bounce) -> Message:
    notice = (
        "Delivery of your message is delayed\n\n"
        f"Your message to {b.rcpt} has been accepted by the Ironbark Secure Email Gateway for harrowfieldhotels.example, but it has not yet been delivered to the recipient's mailbox.\n\n"
        "Reason: the recipient's mail server reports that the mailbox is over its storage quota (452 4.2.2).\n\n"
        "The gateway will keep retrying for up to 48 hours and will tell you if delivery finally fails. You do not need to resend the message.\n\n"
        f"Subject: {b.subject}\nGateway reference: IB-7C41-20261214-0093"
    )
    diag = "452 4.2.2 Mailbox over quota"
    status = delivery_status(
        b,
        mta="gw1.harrowfieldhotels.example",
        action="delayed",
        diagnostic=diag,
        remote="mail.harrowfieldhotels.example",
    )
    sender = "Ironbark Email Security <postmaster@gw1.harrowfieldhotels.example>"
    return finish_bounce(
        b,
        dsn([human_alternative(notice), status, returned_headers(b)]),
        sender=sender,
        subject=f"Delivery delayed: {b.subject}",
    )


def provider_de(b: Bounce) -> Message:
    notice = (
        "Dies ist eine automatisch erstellte Nachricht des Mailservers mx02.hanse-mailnetz.example.\n\n"
        "Ihre Nachricht konnte den folgenden Empfänger nicht erreichen:\n\n"
        f"    {b.rcpt}\n\n"
        "Grund: Diese E-Mail-Adresse existiert bei uns nicht (550 5.1.1 Postfach unbekannt).\n\n"
        "Bitte prüfen Sie die Schreibweise der Adresse. Eine erneute Zustellung wird nicht versucht. Die ursprüngliche Nachricht finden Sie im Anhang.\n\n"
        "-- \nHanse Mailnetz · Postmaster"
    )
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(notice, subtype="plain", charset="utf-8", cte="qp"))
    outer.attach(returned_message(b))
    sender = "Mail Delivery System <mailer-daemon@mx02.hanse-mailnetz.example>"
    return finish_bounce(
        b,
        outer,
        sender=sender,
        subject=f"Unzustellbar: {b.subject}",
        extra=(AUTO_REPLIED, ("X-Failed-Recipients", b.rcpt)),
    )


def exchange_de_full(b: Bounce) -> Message:
    diag = "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded"
    notice = (
        "Die Nachricht konnte nicht an folgende Empfänger zugestellt werden:\n\n"
        f"{b.rcpt}\n\n"
        "Das Postfach des Empfängers ist voll und kann momentan keine Nachrichten annehmen. Versuchen Sie es später noch einmal, oder wenden Sie sich direkt an den Empfänger.\n\n"
        "Diagnoseinformationen für Administratoren:\n\n"
        "Generierender Server: EXCH01.brauhaus-eichenkamp.local\n\n"
        f"{b.rcpt}\nRemoteserver hat '{diag}' zurückgegeben."
    )
    status = delivery_status(
        b, mta="EXCH01.brauhaus-eichenkamp.local", action="failed", diagnostic=diag
    )
    sender = "Microsoft Outlook <postmaster@brauhaus-eichenkamp.example>"
    return finish_bounce(
        b,
        dsn([human_alternative(notice), status, returned_headers(b)]),
        sender=sender,
        subject=f"Unzustellbar: {b.subject}",
        style="owa",
    )


def office365_fr(b: Bounce) -> Message:
    server = "PA4P190MB1187.EURP190.PROD.OUTLOOK.example"
    diag = f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {b.rcpt} not found by SMTP address lookup"
    notice = (
        f"Votre message n'a pas pu être remis à {b.rcpt}, car l'adresse e-mail est introuvable. Elle n'existe peut-être pas ou a été mal orthographiée.\n\n"
        "Action requise de l'expéditeur\n\n"
        "Vérifiez l'adresse e-mail du destinataire et renvoyez le message. Si le problème persiste, contactez le destinataire par un autre moyen, par exemple par téléphone.\n\n"
        "Informations de diagnostic pour les administrateurs :\n\n"
        f"Serveur de génération : {server}\n\n"
        f"{b.rcpt}\nLe serveur distant a retourné « {diag} »"
    )
    status = delivery_status(b, mta=server, action="failed", diagnostic=diag)
    sender = "Microsoft Outlook <postmaster@lecomptoirnantais.example>"
    return finish_bounce(
        b,
        dsn([human_alternative(notice), status, returned_message(b)]),
        sender=sender,
        subject=f"Non remis : {b.subject}",
        style="owa",
    )


def gmail_es(b: Bounce) -> Message:
    notice = (
        "** No se ha encontrado la dirección **\n\n"
        f"Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o no puede recibir correo.\n\n"
        "Más información: https://support.google.com/mail/?p=NoSuchUser\n\n"
        "La respuesta del servidor remoto ha sido:\n\n"
        "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. d2e1a72fcca58-7f3b0c9a1e2si4471926b3a.112 - gsmtp"
    )
    diag = "550-5.1.1 The email account that you tried to reach does not exist."
    status = delivery_status(
        b,
        mta="mx.google.com",
        action="failed",
        diagnostic=diag,
        remote="gmail-smtp-in.l.google.com",
    )
    msg = dsn([human_alternative(notice), status, returned_headers(b)])
    sender = "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"
    return finish_bounce(
        b,
        msg,
        sender=sender,
        subject="Delivery Status Notification (Failure)",
        extra=(("X-Failed-Recipients", b.rcpt), AUTO_REPLIED),
    )


def hosting_es_delay(b: Bounce) -> Message:
    notice = (
        "Este mensaje ha sido generado automáticamente por el sistema de correo de correo.hostingiberia.example.\n\n"
        "Un mensaje que usted envió todavía no ha podido entregarse a uno o más destinatarios después de 24 horas en la cola de salida.\n\n"
        "Identificador del mensaje: 1vQx2R-0007Kq-3T\n"
        f"Asunto del mensaje: {b.subject}\n"
        f"Fecha del mensaje: {format_datetime(b.reminder_time)}\n\n"
        "Destinatario pendiente:\n\n"
        f"  {b.rcpt}\n"
        "    Retraso: se ha perdido la conexión con el servidor de destino (4.4.2)\n\n"
        "No es necesario que vuelva a enviar el mensaje: el servidor seguirá intentándolo. Si no se consigue entregar en 4 días, recibirá un aviso definitivo."
    )
    msg = text_part(notice + "\n", subtype="plain", charset="utf-8", cte="8bit")
    sender = "Mail Delivery System <Mailer-Daemon@correo.hostingiberia.example>"
    exim_id = "<E1vQx9K-0002Tz-5W@correo.hostingiberia.example>"
    return finish_bounce(
        b, msg, sender=sender, subject="Aviso: mensaje todavía no entregado", msgid=exim_id
    )


def postfix_nl(b: Bounce) -> Message:
    notice = (
        "Dit is het e-mailsysteem van mail.polderweb.example.\n\n"
        "Helaas moeten wij u melden dat uw bericht niet kon worden afgeleverd\n"
        "bij een of meer ontvangers. Het bericht is hieronder bijgevoegd.\n\n"
        "Neem voor verdere hulp contact op met postmaster@polderweb.example en\n"
        "stuur dit foutrapport mee.\n\n"
        "                   Het e-mailsysteem\n\n"
        f"<{b.rcpt}>: host mx.eethuisdelinde.example[192.0.2.87] zei:\n"
        f"    550 5.2.1 <{b.rcpt}>: Mailbox disabled for this recipient (in\n"
        "    reply to RCPT TO command)\n"
    )
    diag = f"550 5.2.1 <{b.rcpt}>: Mailbox disabled for this recipient"
    status = delivery_status(
        b,
        mta="mail.polderweb.example",
        action="failed",
        diagnostic=diag,
        remote="mx.eethuisdelinde.example",
    )
    human = text_part(notice, subtype="plain", charset="utf-8", cte="qp")
    sender = "MAILER-DAEMON@mail.polderweb.example (Mail Delivery System)"
    return finish_bounce(
        b,
        dsn([human, status, returned_message(b)]),
        sender=sender,
        subject="Onbestelbaar bericht teruggestuurd naar afzender",
    )


def gmail_nl_delay(b: Bounce) -> Message:
    domain = b.rcpt.split("@")[1]
    notice = (
        "** Bericht is nog niet afgeleverd **\n\n"
        f"Er is een tijdelijk probleem opgetreden bij het afleveren van je bericht aan {b.rcpt}. Gmail probeert het nog 46 uur opnieuw. Je krijgt een melding als het afleveren definitief mislukt.\n\n"
        "Het antwoord van de externe server was:\n\n"
        f"DNS Error: DNS type 'mx' lookup of {domain} responded with code SERVFAIL"
    )
    diag = f"DNS Error: DNS type 'mx' lookup of {domain} responded with code SERVFAIL"
    status = delivery_status(b, mta="mx.google.com", action="delayed", diagnostic=diag)
    sender = "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"
    return finish_bounce(
        b,
        dsn([human_alternative(notice), status, returned_headers(b)]),
        sender=sender,
        subject="Delivery Status Notification (Delay)",
    )


def exchange_it_delay(b: Bounce) -> Message:
    notice = (
        "Il recapito ai seguenti destinatari o gruppi è in ritardo:\n\n"
        f"{b.rcpt}\n\n"
        f"Oggetto: {b.subject}\n\n"
        "Il messaggio non è stato ancora recapitato. Il server continuerà a tentare il recapito per 1 giorno e 19 ore; se non ci riuscirà, riceverai una notifica.\n\n"
        "Informazioni di diagnostica per gli amministratori:\n\n"
        "Server di generazione: SRV-EXCH02.hotelserenella.local\n\n"
        f"{b.rcpt}\n'451 4.4.7 Message delayed' restituito dal server remoto"
    )
    status = delivery_status(
        b,
        mta="SRV-EXCH02.hotelserenella.local",
        action="delayed",
        diagnostic="451 4.4.7 Message delayed",
    )
    sender = "Microsoft Outlook <postmaster@hotelserenella-rimini.example>"
    return finish_bounce(
        b,
        dsn([human_alternative(notice), status, returned_headers(b)]),
        sender=sender,
        subject=f"Recapito ritardato: {b.subject}",
        style="owa",
    )


MTAS: Final[dict[str, Callable[[Bounce], Message]]] = {
    "postfix_en": postfix_en,
    "qmail_en": qmail_en,
    "sendmail_en": sendmail_en,
    "gateway_en": gateway_en,
    "provider_de": provider_de,
    "exchange_de_full": exchange_de_full,
    "office365_fr": office365_fr,
    "gmail_es": gmail_es,
    "hosting_es_delay": hosting_es_delay,
    "postfix_nl": postfix_nl,
    "gmail_nl_delay": gmail_nl_delay,
    "exchange_it_delay": exchange_it_delay,
}

BOUNCES: Final = [
    Bounce(
        key="bn-en-postfix",
        lang="en",
        kind="hard",
        status="5.1.1",
        rcpt="office@thegreyhoundinn-marlow.example",
        sent="2026-11-24 09:04 +0000",
        rloc="en-GB",
        mta="postfix_en",
        note="Postfix RFC 3464 report with the whole reminder returned",
    ),
    Bounce(
        key="bn-en-qmail",
        lang="en",
        kind="hard",
        status="5.1.1",
        rcpt="billing@smokestackbbq-tulsa.example",
        sent="2026-12-02 03:07 -0600",
        rloc="en-US",
        mta="qmail_en",
        queued=timedelta(minutes=4),
        note="qmail failure notice: no MIME, no Auto-Submitted, the code only as (#5.1.1)",
    ),
    Bounce(
        key="bn-en-sendmail",
        lang="en",
        kind="soft",
        status="4.4.1",
        rcpt="catering@ridgewaycollege.example",
        sent="2026-12-10 13:06 +0000",
        rloc="en-GB",
        mta="sendmail_en",
        queued=timedelta(hours=4),
        note="sendmail four-hour warning: delayed, not failed",
    ),
    Bounce(
        key="bn-en-gateway",
        lang="en",
        kind="soft",
        status="4.2.2",
        rcpt="accounts@harrowfieldhotels.example",
        sent="2026-12-14 11:20 +0000",
        rloc="en-GB",
        mta="gateway_en",
        queued=timedelta(hours=2, minutes=15),
        note="security gateway delay notice: mailbox over quota, still retrying",
    ),
    Bounce(
        key="bn-de-provider",
        lang="de",
        kind="hard",
        status="5.1.1",
        rcpt="info@backhaus-lindemann.example",
        sent="2026-12-04 10:05 +0100",
        rloc="de",
        mta="provider_de",
        note="German provider notice in multipart/mixed, not RFC 3464",
    ),
    Bounce(
        key="bn-de-exchange",
        lang="de",
        kind="soft",
        status="5.2.2",
        rcpt="verwaltung@brauhaus-eichenkamp.example",
        sent="2026-12-01 09:06 +0100",
        rloc="de",
        mta="exchange_de_full",
        note="Exchange 'Unzustellbar' for a full mailbox: soft although the code is 5.2.2 (kept as reported)",
    ),
    Bounce(
        key="bn-fr-o365",
        lang="fr",
        kind="hard",
        status="5.1.10",
        rcpt="compta@lecomptoirnantais.example",
        sent="2026-12-09 10:04 +0100",
        rloc="fr",
        mta="office365_fr",
        note="Office 365 'Non remis' with the reminder returned",
    ),
    Bounce(
        key="bn-es-gmail",
        lang="es",
        kind="hard",
        status="5.1.1",
        rcpt="mesonelcid.reservas@gmail.com",
        sent="2026-12-14 01:03 -0800",
        rloc="es",
        mta="gmail_es",
        note="Gmail report with Spanish text",
    ),
    Bounce(
        key="bn-es-hosting",
        lang="es",
        kind="soft",
        status="4.4.2",
        rcpt="administracion@marisqueriaoleaje.example",
        sent="2026-12-17 10:08 +0100",
        rloc="es",
        mta="hosting_es_delay",
        queued=timedelta(hours=24),
        note="Exim delay warning localised by a Spanish hosting provider: plain 8-bit text, not RFC 3464",
    ),
    Bounce(
        key="bn-nl-postfix",
        lang="nl",
        kind="hard",
        status="5.2.1",
        rcpt="keuken@eethuisdelinde.example",
        sent="2026-11-23 09:07 +0100",
        rloc="nl",
        mta="postfix_nl",
        note="Dutch provider's Postfix report: mailbox disabled",
    ),
    Bounce(
        key="bn-nl-gmail",
        lang="nl",
        kind="soft",
        status="4.4.3",
        rcpt="bestellingen@visrestaurant-dezeester.example",
        sent="2026-12-16 03:05 -0800",
        rloc="nl",
        mta="gmail_nl_delay",
        queued=timedelta(hours=3),
        note="Gmail delay notice in Dutch (DNS failure, still retrying)",
    ),
    Bounce(
        key="bn-it-exchange",
        lang="it",
        kind="soft",
        status="4.4.7",
        rcpt="ufficio.acquisti@hotelserenella-rimini.example",
        sent="2026-12-11 15:10 +0100",
        rloc="it",
        mta="exchange_it_delay",
        queued=timedelta(hours=5),
        note="Exchange 'Recapito ritardato' delay notice",
    ),
]


# --------------------------------------------------------------------------------------------
# Labels
# --------------------------------------------------------------------------------------------

Source = Reply | Bounce
LABEL_KEYS: Final = tuple(Label.__annotations__)
# Fields that only the named intents may fill.
FIELD_INTENTS: Final = {
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


def reply_label(r: Reply, *, file: str) -> Label:
    f = r.facts
    return Label(
        file=file,
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
        invoice_refs=list(f.refs),
        language=r.lang,
        note=f.note,
    )


def bounce_label(b: Bounce, *, file: str) -> Label:
    return Label(
        file=file,
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


def label_for(source: Source, *, file: str) -> Label:
    if isinstance(source, Reply):
        return reply_label(source, file=file)
    return bounce_label(source, file=file)


def build(source: Source) -> Message:
    if isinstance(source, Reply):
        return build_reply(source)
    return MTAS[source.mta](source)


# --------------------------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------------------------


class CorpusError(Exception):
    """A message or label that does not meet the corpus rules."""


def require(condition: bool, problem: str) -> None:
    if not condition:
        raise CorpusError(problem)


def decoded_texts(msg: EmailMessage) -> list[str]:
    """Every text part, decoded (get_content raises on a broken charset or encoding)."""
    texts = []
    for part in msg.walk():
        require(not part.defects, f"part defects {part.defects}")
        if part.get_content_maintype() == "text":
            content = str(part.get_content())
            texts.append(html.unescape(content.replace(" \n", " ")))
    return texts


def check_headers(msg: EmailMessage) -> None:
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        require(msg[name] is not None, f"no {name}")
    for name, value in msg.items():
        defects = getattr(value, "defects", ())
        require(not defects, f"{name} header defects {defects}")
        require("=?" not in str(value), f"{name} header not decoded")


def probe_line(source: Source) -> str | None:
    """A line of hand-written text that must come back out of the parsed message."""
    if not isinstance(source, Reply) or not source.body:
        return None
    lines = [line for line in source.body.split("\n") if "{" not in line]
    return max(lines, key=len) if lines else None


def check_message(source: Source, data: bytes) -> None:
    msg = message_from_bytes(data, policy=policy.default)
    require(not msg.defects, f"message defects {msg.defects}")
    check_headers(msg)
    texts = decoded_texts(msg)
    require(all("\ufffd" not in text for text in texts), "undecodable bytes")
    probe = probe_line(source)
    if probe is not None:
        require(any(probe in text for text in texts), f"hand-written line lost: {probe[:40]}")


def local_day(source: Source) -> date:
    return source.moment.date()


def check_dates(label: Label, day: date) -> None:
    require(FIRST_DAY <= day <= LAST_DAY, f"message dated {day}")
    for value in (label["promised_date"], label["paid_date"], label["return_date"]):
        if value is not None:
            date.fromisoformat(value)
    if label["paid_date"] is not None:
        require(date.fromisoformat(label["paid_date"]) <= day, "paid after the message")
    for later in (label["promised_date"], label["return_date"]):
        if later is not None:
            require(date.fromisoformat(later) >= day, "future date before the message")


def check_fields(label: Label) -> None:
    intent = label["intent"]
    require(intent in INTENTS, f"intent {intent}")
    require(label["language"] in LANGS, f"language {label['language']}")
    values: Mapping[str, object] = label
    for name, allowed in FIELD_INTENTS.items():
        if values[name] is not None:
            require(intent in allowed, f"{name} set on {intent}")
    if intent == "bounce":
        require(label["bounce_kind"] in {"hard", "soft"}, "bounce kind")
        require(
            re.fullmatch(r"[245]\.\d{1,3}\.\d{1,3}", label["bounce_status"] or "") is not None,
            "status",
        )
    if label["amount"] is not None:
        require(re.fullmatch(r"\d+\.\d{2}", label["amount"]) is not None, "amount format")
        require(label["currency"] in {"GBP", "EUR", "USD"}, "currency")


def check_text_facts(label: Label, source: Source) -> None:
    """Extracted values must be in the new text (invoices by their four digits)."""
    if not isinstance(source, Reply):
        return
    text = f"{source.body}\n{source.markup or ''}"
    for ref in label["invoice_refs"]:
        match = INVOICE_RE.fullmatch(ref)
        require(match is not None and match.group(1) in text, f"invoice {ref} not in the text")
    contact = label["new_contact"]
    if contact is not None:
        require(contact == contact.lower() and contact in text.lower(), "new_contact")
    reference = label["payment_reference"]
    if reference is not None:
        require(reference in text, "payment_reference")


def check_label(label: Label, source: Source) -> None:
    require(tuple(label) == LABEL_KEYS, "label keys or their order")
    check_fields(label)
    check_dates(label, local_day(source))
    check_text_facts(label, source)


def check_counts(labels: list[Label]) -> None:
    cells = Counter((x["intent"], x["language"]) for x in labels)
    for intent in INTENTS:
        require(sum(cells[intent, lang] for lang in LANGS) == 12, f"{intent} is not 12")
        require(all(cells[intent, lang] for lang in LANGS), f"{intent} misses a language")
    kinds = Counter(x["bounce_kind"] for x in labels if x["intent"] == "bounce")
    require(kinds == Counter(hard=6, soft=6), f"bounce kinds {kinds}")


def count_table(labels: list[Label]) -> str:
    cells = Counter((x["intent"], x["language"]) for x in labels)
    rows = ["| intent | " + " | ".join(LANGS) + " | total |", "|---|" + "---:|" * (len(LANGS) + 1)]
    for intent in INTENTS:
        counts = [cells[intent, lang] for lang in LANGS]
        rows.append(f"| {intent} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
    totals = [sum(cells[intent, lang] for intent in INTENTS) for lang in LANGS]
    rows.append(
        "| **total** | " + " | ".join(f"**{t}**" for t in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(rows)


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------


def sources() -> list[Source]:
    items: list[Source] = [*REPLIES, *BOUNCES]
    keys = [item.key for item in items]
    require(len(set(keys)) == len(keys), "duplicate keys")
    return sorted(items, key=lambda item: shuffle_rank(item.key))


def write_corpus() -> list[Label]:
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels = []
    for number, source in enumerate(sources(), start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = build(source).as_bytes()
        try:
            check_message(source, data)
            label = label_for(source, file=name)
            check_label(label, source)
        except CorpusError as problem:
            raise CorpusError(f"{source.key} ({name}): {problem}") from problem
        (HERE / name).write_bytes(data)
        labels.append(label)
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        out.writelines(json.dumps(label, ensure_ascii=False) + "\n" for label in labels)
    return labels


def main() -> int:
    try:
        labels = write_corpus()
    except CorpusError as problem:
        print(f"corpus check failed: {problem}", file=sys.stderr)
        return 1
    print(count_table(labels))
    kinds = Counter(x["bounce_kind"] for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {kinds['hard']} hard, {kinds['soft']} soft")
    return 0


if __name__ == "__main__":
    sys.exit(main())
