# ruff: noqa: E501, RUF001
# Hand-written message text keeps one paragraph per line, as a mail client sends it, with the
# typographic dashes, quotes and currency signs that people and their clients really type.
"""Build held-out reply corpus 56: `h56-NNN.eml` files and `labels.jsonl`.

Every message lands in the receivables mailbox of Tessera Tile & Stone after it sent an overdue
reminder. The new text of each message is written by hand further down; the code only adds what
a mail client or a mail server would add: the quoted reminder in the client's layout and
language, headers, MIME structure, charsets and transfer encodings. Bounce skeletons are
generated, their human-readable parts are written out one by one. The script writes next to
itself and is deterministic: no clock, no randomness, fixed boundaries and Message-IDs.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import sys
import uuid
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from email import charset as email_charset
from email import message_from_bytes, message_from_string, policy
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Literal, TypedDict

HERE = Path(__file__).resolve().parent
SEED = "holdout56:2027-02-01"
PREFIX = "h56"

AR_NAME = "Tessera Receivables"
AR_ADDR = "receivables@tessera-tile.example"
AR_DOMAIN = "tessera-tile.example"
AR_TZ = timezone(timedelta(hours=1))

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
LANGS: tuple[Lang, ...] = ("en", "de", "fr", "es", "nl", "it")
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
PER_INTENT = 12
TOTAL = 120


class Label(TypedDict):
    """One line of labels.jsonl, keys in the order of holdout2's labels."""

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


LABEL_KEYS = tuple(Label.__annotations__)


@dataclass(frozen=True, kw_only=True)
class Facts:
    """What the new text of a message says, as the labels record it."""

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
    """One hand-written message that answers (or reacts to) an overdue reminder."""

    key: str
    intent: Intent
    lang: Lang
    frm: tuple[str, str]
    when: str
    client: str
    body: str
    inv: str
    amount: str
    facts: Facts = field(default_factory=Facts)
    cur: str = "EUR"
    rlang: Lang | None = None
    rto: str | None = None
    charset: str = "utf-8"
    cte: str = "qp"
    subject: str | None = None
    cc: str | None = None
    headers: tuple[tuple[str, str], ...] = ()
    attach: str | None = None
    lag: int = 2
    threaded: bool = True

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def reminder_lang(self) -> Lang:
        return self.rlang or self.lang


@dataclass(frozen=True, kw_only=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt`."""

    key: str
    lang: Lang
    kind: Literal["hard", "soft"]
    status: str
    rcpt: str
    when: str
    inv: str
    amount: str
    build: Callable[[Bounce], Message]
    cur: str = "EUR"
    rlang: Lang | None = None
    queued_hours: int = 0
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def sent(self) -> datetime:
        """When the reminder left Tessera: minutes before a failure, hours before a delay notice."""
        return self.dt - timedelta(hours=self.queued_hours, minutes=4)

    @property
    def reminder_lang(self) -> Lang:
        return self.rlang or self.lang


# --------------------------------------------------------------------------------------------
# Locale tables: what each client writes around the new text, in the client's language
# --------------------------------------------------------------------------------------------

WEEKDAYS: dict[Lang, tuple[str, str]] = {
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
MONTHS: dict[Lang, tuple[str, str]] = {
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
GMAIL_ATTR: dict[Lang, str] = {
    "en": "On {wds}, {d} {mons} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {wds}, {d}. {mons} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wds} {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wds}, {d} {mons} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wds} {d} {mons} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wds} {d} {mons} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTR: dict[Lang, str] = {
    "en": "On {d} {mons} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {mons} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mons} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mons} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTR: dict[Lang, str] = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{m}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{yy} {HH}:{mm}, {name} ha scritto:",
}


@dataclass(frozen=True)
class HeaderBlock:
    """The localised header block a client puts above a forwarded or replied-to message."""

    divider: str
    frm: str
    sent: str
    to: str
    subject: str
    sep: str
    when: str


OUTLOOK_BLOCK: dict[Lang, HeaderBlock] = {
    "en": HeaderBlock(
        "-----Original Message-----",
        "From",
        "Sent",
        "To",
        "Subject",
        ": ",
        "{wdl}, {d} {monl} {y} {HH}:{mm}",
    ),
    "de": HeaderBlock(
        "-----Ursprüngliche Nachricht-----",
        "Von",
        "Gesendet",
        "An",
        "Betreff",
        ": ",
        "{wdl}, {d}. {monl} {y} {HH}:{mm}",
    ),
    "fr": HeaderBlock(
        "-----Message d'origine-----",
        "De",
        "Envoyé",
        "À",
        "Objet",
        " : ",
        "{wdl} {d} {monl} {y} {HH}:{mm}",
    ),
    "es": HeaderBlock(
        "-----Mensaje original-----",
        "De",
        "Enviado el",
        "Para",
        "Asunto",
        ": ",
        "{wdl}, {d} de {monl} de {y} {H}:{mm}",
    ),
    "nl": HeaderBlock(
        "-----Oorspronkelijk bericht-----",
        "Van",
        "Verzonden",
        "Aan",
        "Onderwerp",
        ": ",
        "{wdl} {d} {monl} {y} {HH}:{mm}",
    ),
    "it": HeaderBlock(
        "-----Messaggio originale-----",
        "Da",
        "Inviato",
        "A",
        "Oggetto",
        ": ",
        "{wdl} {d} {monl} {y} {HH}:{mm}",
    ),
}
SAMSUNG_BLOCK: dict[Lang, HeaderBlock] = {
    "en": HeaderBlock(
        "-------- Original message --------",
        "From",
        "Date",
        "To",
        "Subject",
        ": ",
        "{dd}/{mo}/{y} {HH}:{mm} ({gmt})",
    ),
    "de": HeaderBlock(
        "-------- Ursprüngliche Nachricht --------",
        "Von",
        "Datum",
        "An",
        "Betreff",
        ": ",
        "{dd}.{mo}.{yy} {HH}:{mm} ({gmt})",
    ),
    "fr": HeaderBlock(
        "-------- Message d'origine --------",
        "De",
        "Date",
        "À",
        "Objet",
        " : ",
        "{dd}/{mo}/{y} {HH}:{mm} ({gmt})",
    ),
    "es": HeaderBlock(
        "-------- Mensaje original --------",
        "De",
        "Fecha",
        "Para",
        "Asunto",
        ": ",
        "{d}/{m}/{yy} {H}:{mm} ({gmt})",
    ),
    "nl": HeaderBlock(
        "-------- Oorspronkelijk bericht --------",
        "Van",
        "Datum",
        "Aan",
        "Onderwerp",
        ": ",
        "{dd}-{mo}-{y} {HH}:{mm} ({gmt})",
    ),
    "it": HeaderBlock(
        "-------- Messaggio originale --------",
        "Da",
        "Data",
        "A",
        "Oggetto",
        ": ",
        "{dd}/{mo}/{y} {HH}:{mm} ({gmt})",
    ),
}
OUTLOOK_RE: dict[Lang, str] = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
IPHONE_SIG: dict[Lang, str] = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
}
OUTLOOK_IOS_SIG: dict[Lang, str] = {
    "en": "Get Outlook for iOS<https://aka.ms/o0ukef>",
    "de": "Outlook für iOS<https://aka.ms/o0ukef> beziehen",
    "fr": "Obtenir Outlook pour iOS<https://aka.ms/o0ukef>",
    "es": "Obtener Outlook para iOS<https://aka.ms/o0ukef>",
    "nl": "Outlook voor iOS<https://aka.ms/o0ukef> downloaden",
    "it": "Scarica Outlook per iOS<https://aka.ms/o0ukef>",
}
SAMSUNG_SIG: dict[Lang, str] = {
    "en": "Sent from my Galaxy",
    "de": "Von meinem Samsung Galaxy Smartphone gesendet.",
    "fr": "Envoyé depuis mon appareil Galaxy",
    "es": "Enviado desde mi Galaxy",
    "nl": "Verzonden vanaf mijn Galaxy",
    "it": "Inviato dal mio Galaxy",
}
CONTENT_LANGUAGE: dict[Lang, str] = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}

# --------------------------------------------------------------------------------------------
# The reminder Tessera sent (quoted by replies, returned inside bounces)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT: dict[Lang, str] = {
    "en": "Payment reminder – invoice {inv} is overdue",
    "de": "Zahlungserinnerung – Rechnung {inv} ist überfällig",
    "fr": "Relance : facture {inv} échue",
    "es": "Recordatorio de pago: factura {inv} vencida",
    "nl": "Betalingsherinnering: factuur {inv} is vervallen",
    "it": "Sollecito di pagamento – fattura {inv} scaduta",
}
REMINDER_SIGNATURE = "Tessera Tile & Stone B.V.\nHavenweg 14 · 3089 KK Rotterdam · Nederland\n+31 10 555 0148 · receivables@tessera-tile.example"
REMINDER_BODY: dict[Lang, str] = {
    "en": "Dear customer,\n\nAccording to our records, invoice {inv} of {amt}, due on {due}, has not yet been paid.\n\nIf your payment is already on its way, thank you, and please ignore this message. If not, we would be grateful if you could settle the balance within 7 days to IBAN NL62 TSST 0745 1180 33 (BIC TSSTNL2R), quoting the invoice number.\n\nQuestions about this invoice? Simply reply to this e-mail.\n\nKind regards,\n\nAccounts Receivable\n{sig}",
    "de": "Sehr geehrte Damen und Herren,\n\nlaut unserer Buchhaltung ist die Rechnung {inv} über {amt}, fällig am {due}, noch offen.\n\nSollten Sie die Zahlung bereits veranlasst haben, betrachten Sie dieses Schreiben bitte als gegenstandslos. Andernfalls bitten wir Sie, den Betrag innerhalb von 7 Tagen unter Angabe der Rechnungsnummer auf das Konto IBAN NL62 TSST 0745 1180 33 (BIC TSSTNL2R) zu überweisen.\n\nBei Fragen zur Rechnung antworten Sie einfach auf diese E-Mail.\n\nMit freundlichen Grüßen\n\nDebitorenbuchhaltung\n{sig}",
    "fr": "Madame, Monsieur,\n\nSauf erreur de notre part, la facture {inv} d'un montant de {amt}, échue le {due}, reste impayée à ce jour.\n\nSi votre règlement est déjà en cours, nous vous en remercions et vous prions de ne pas tenir compte de ce message. Dans le cas contraire, merci de procéder au virement sous 7 jours sur le compte IBAN NL62 TSST 0745 1180 33 (BIC TSSTNL2R) en rappelant le numéro de facture.\n\nPour toute question, il vous suffit de répondre à ce courriel.\n\nCordialement,\n\nService Recouvrement\n{sig}",
    "es": "Estimado cliente:\n\nSegún nuestros registros, la factura {inv} por importe de {amt}, con vencimiento el {due}, sigue pendiente de pago.\n\nSi ya ha realizado el pago, le rogamos que ignore este mensaje. En caso contrario, le agradeceríamos que abonara el importe en un plazo de 7 días en la cuenta IBAN NL62 TSST 0745 1180 33 (BIC TSSTNL2R), indicando el número de factura.\n\nSi tiene alguna pregunta sobre la factura, basta con responder a este correo.\n\nAtentamente,\n\nDepartamento de Cobros\n{sig}",
    "nl": "Geachte klant,\n\nVolgens onze administratie staat factuur {inv} van {amt}, met vervaldatum {due}, nog open.\n\nHeeft u de betaling al gedaan, dan kunt u deze herinnering als niet verzonden beschouwen. Zo niet, dan verzoeken wij u het bedrag binnen 7 dagen over te maken op IBAN NL62 TSST 0745 1180 33 (BIC TSSTNL2R) onder vermelding van het factuurnummer.\n\nVragen over deze factuur? Beantwoord dan gewoon deze e-mail.\n\nMet vriendelijke groet,\n\nDebiteurenbeheer\n{sig}",
    "it": "Gentile cliente,\n\ndai nostri archivi risulta che la fattura {inv} di {amt}, con scadenza {due}, non è ancora stata saldata.\n\nSe ha già provveduto al pagamento, La preghiamo di non considerare questo messaggio. In caso contrario, La invitiamo a effettuare il bonifico entro 7 giorni sul conto IBAN NL62 TSST 0745 1180 33 (BIC TSSTNL2R), indicando il numero di fattura.\n\nPer qualsiasi domanda sulla fattura può rispondere direttamente a questa e-mail.\n\nCordiali saluti,\n\nUfficio Crediti\n{sig}",
}
DUE_FORMAT: dict[Lang, str] = {
    "en": "{d} {monl} {y}",
    "de": "{dd}.{mo}.{y}",
    "fr": "{dd}/{mo}/{y}",
    "es": "{dd}/{mo}/{y}",
    "nl": "{dd}-{mo}-{y}",
    "it": "{dd}/{mo}/{y}",
}
LATIN1_FIXES = {"€": "EUR", "–": "-", "’": "'"}

# --------------------------------------------------------------------------------------------
# Dates, money, identifiers and small text helpers
# --------------------------------------------------------------------------------------------


def date_fields(loc: Lang, dt: datetime) -> dict[str, str]:
    wd, mo = dt.weekday(), dt.month - 1
    offset = dt.utcoffset() or timedelta(0)
    hours = int(offset.total_seconds()) // 3600
    return {
        "wdl": WEEKDAYS[loc][0].split()[wd],
        "wds": WEEKDAYS[loc][1].split()[wd],
        "monl": MONTHS[loc][0].split()[mo],
        "mons": MONTHS[loc][1].split()[mo],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "m": str(dt.month),
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "H": str(dt.hour),
        "HH": f"{dt.hour:02d}",
        "mm": f"{dt.minute:02d}",
        "gmt": f"GMT{hours:+03d}:00",
    }


def localised(template: str, *, loc: Lang, dt: datetime, **extra: str) -> str:
    return template.format(**date_fields(loc, dt), **extra)


def money(amount: str, *, cur: str, lang: Lang) -> str:
    """An amount as the reminder prints it in `lang` (`amount` is "1234.50")."""
    units, cents = amount.split(".")
    grouped = f"{int(units):,}"
    if lang == "en":
        return f"{'£' if cur == 'GBP' else '€'}{grouped}.{cents}"
    digits = grouped.replace(",", " " if lang == "fr" else ".")
    if lang in {"de", "fr", "es"}:
        return f"{digits},{cents} €"
    return f"€ {digits},{cents}"


def reminder_time(reply: datetime, lag: int) -> datetime:
    """The reminder run goes out on a working day, a few minutes after nine, Rotterdam time."""
    day = reply.astimezone(AR_TZ) - timedelta(days=lag)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day.replace(hour=9, minute=1 + day.day % 5, second=7 + day.day)


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:n]


def stable_uuid(key: str, salt: str) -> str:
    return str(uuid.UUID(bytes=digest(key, salt)[:16], version=4))


def reminder_msgid(key: str) -> str:
    return f"<reminder.{b32(key, 'reminder', 16).lower()}@{AR_DOMAIN}>"


def latin1_safe(text: str) -> str:
    for bad, good in LATIN1_FIXES.items():
        text = text.replace(bad, good)
    return text


def quote_lines(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_lines(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    return "\n".join(f"<p>{html_lines(p)}</p>" for p in text.split("\n\n"))


def mso_paragraphs(text: str) -> str:
    rows = (html.escape(line, quote=False) if line else "&nbsp;" for line in text.split("\n"))
    return "\n".join(f'<p class="MsoNormal">{row}<o:p></o:p></p>' for row in rows)


def flow_line(line: str, width: int) -> list[str]:
    """One line in RFC 3676 format=flowed: soft breaks end in a space."""
    match = re.match(r">+ ?", line)
    prefix = match.group(0) if match else ""
    words = line[len(prefix) :].split(" ")
    out: list[str] = []
    current = ""
    for word in words:
        if current and len(prefix) + len(current) + len(word) + 1 > width:
            out.append(f"{prefix}{current} ")
            current = word
        else:
            current = f"{current} {word}" if current else word
    out.append(prefix + current)
    return out


def flowed(text: str, width: int = 72) -> str:
    return "\n".join(part for line in text.split("\n") for part in flow_line(line, width))


# --------------------------------------------------------------------------------------------
# MIME parts and headers
# --------------------------------------------------------------------------------------------

TRANSFER: dict[str, int] = {
    "qp": email_charset.QP,
    "b64": email_charset.BASE64,
    "8bit": 0,
    "7bit": 0,
}  # 0: as is


def text_part(text: str, *, subtype: str, charset: str, cte: str) -> Message:
    """A text part encoded the way the client would encode it."""
    text.encode(charset)  # the hand-written text must fit the declared charset
    chosen = email_charset.Charset(charset)
    chosen.body_encoding = TRANSFER[cte]
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, chosen)
    return part


def header_value(value: str, *, charset: str, name: str = "Subject") -> str:
    """The header as a client sends it: RFC 2047 encoded words when it is not ASCII."""
    if value.isascii():
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return Header(value, charset, header_name=name).encode()


def mailbox(name: str, addr: str, *, charset: str) -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{header_value(name, charset=charset, name='From')} <{addr}>"


def alternative(plain: Message, markup: Message) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(markup)
    return outer


def move_content_headers_last(msg: Message) -> None:
    """Clients write the MIME headers below the envelope headers."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value


def strip_inner_versions(part: Message, *, top: bool) -> None:
    """Only the top of a message, or of a returned message, carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    if not part.is_multipart():
        return
    returned = part.get_content_type() == "message/rfc822"
    for sub in part.get_payload():
        if isinstance(sub, Message):
            strip_inner_versions(sub, top=returned)


def set_boundaries(msg: Message, *, key: str, prefix: str) -> None:
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        part.set_boundary(prefix + b32(key, f"boundary-{n}", 26))


def finalize(msg: Message, *, key: str, prefix: str) -> Message:
    move_content_headers_last(msg)
    strip_inner_versions(msg, top=True)
    set_boundaries(msg, key=key, prefix=prefix)
    return msg


# --------------------------------------------------------------------------------------------
# The reminder being answered, seen from the replying client
# --------------------------------------------------------------------------------------------


def reminder_subject(lang: Lang, inv: str) -> str:
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_text(*, lang: Lang, inv: str, amount: str, cur: str, sent: datetime) -> str:
    due = localised(DUE_FORMAT[lang], loc=lang, dt=sent - timedelta(days=16))
    amt = money(amount, cur=cur, lang=lang)
    return REMINDER_BODY[lang].format(inv=inv, amt=amt, due=due, sig=REMINDER_SIGNATURE)


def original_reminder(b: Bounce) -> Message:
    """The reminder exactly as Tessera's system sent it (returned inside bounces)."""
    lang, inv, sent = b.reminder_lang, b.inv, b.sent
    text = reminder_text(lang=lang, inv=inv, amount=b.amount, cur=b.cur, sent=sent)
    msg = text_part(text, subtype="plain", charset="utf-8", cte="qp")
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = b.rcpt
    msg["Subject"] = header_value(reminder_subject(lang, inv), charset="utf-8")
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = reminder_msgid(b.key)
    move_content_headers_last(msg)
    return msg


@dataclass(frozen=True)
class Quote:
    """What a reply quotes: the reminder, as the replying client shows it."""

    text: str
    subject: str
    sent: datetime
    loc: Lang
    to: str


def make_quote(r: Reply) -> Quote:
    sent = reminder_time(r.dt, r.lag)
    lang = r.reminder_lang
    text = reminder_text(lang=lang, inv=r.inv, amount=r.amount, cur=r.cur, sent=sent)
    subject = reminder_subject(lang, r.inv)
    if r.charset not in {"utf-8", "windows-1252"}:
        text, subject = latin1_safe(text), latin1_safe(subject)
    to = r.rto or (formataddr(r.frm) if r.frm[0].isascii() else f"{r.frm[0]} <{r.frm[1]}>")
    return Quote(text, subject, sent.astimezone(r.dt.tzinfo), r.lang, to)


def block_lines(q: Quote, block: HeaderBlock) -> list[str]:
    when = localised(block.when, loc=q.loc, dt=q.sent)
    return [
        f"{block.frm}{block.sep}{AR_NAME} <{AR_ADDR}>",
        f"{block.sent}{block.sep}{when}",
        f"{block.to}{block.sep}{q.to}",
        f"{block.subject}{block.sep}{q.subject}",
    ]


def gmail_attribution(q: Quote) -> str:
    return localised(GMAIL_ATTR[q.loc], loc=q.loc, dt=q.sent, name=AR_NAME, addr=AR_ADDR)


def apple_attribution(q: Quote) -> str:
    return localised(APPLE_ATTR[q.loc], loc=q.loc, dt=q.sent, name=AR_NAME, addr=AR_ADDR)


# --------------------------------------------------------------------------------------------
# Client layouts
# --------------------------------------------------------------------------------------------


def plain(r: Reply, text: str, *, cte: str | None = None) -> Message:
    return text_part(text, subtype="plain", charset=r.charset, cte=cte or r.cte)


def markup(r: Reply, text: str) -> Message:
    return text_part(text, subtype="html", charset=r.charset, cte=r.cte)


def client_outlook(r: Reply, q: Quote) -> Message:
    block = OUTLOOK_BLOCK[q.loc]
    lines = [block.divider, *block_lines(q, block)]
    return plain(r, "\n".join([r.body, "", *lines, "", q.text, ""]))


def word_document(r: Reply, q: Quote) -> str:
    block = OUTLOOK_BLOCK[q.loc]
    labels = (block.frm, block.sent, block.to, block.subject)
    rows = "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(block.sep.rstrip())}</b> {html.escape(line.split(block.sep, 1)[1])}"
        for label, line in zip(labels, block_lines(q, block), strict=True)
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!--\np.MsoNormal, li.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}\n--></style></head>\n'
        f'<body lang="{CONTENT_LANGUAGE[r.lang].upper()}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n'
        f"{mso_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{rows}<o:p></o:p></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso_paragraphs(q.text)}\n</div>\n</body>\n</html>\n"
    )


def client_outlook_html(r: Reply, q: Quote) -> Message:
    lines = block_lines(q, OUTLOOK_BLOCK[q.loc])
    text = "\n".join([r.body, "", *lines, "", q.text, ""])
    return alternative(plain(r, text), markup(r, word_document(r, q)))


def client_outlook_html_only(r: Reply, q: Quote) -> Message:
    return markup(r, word_document(r, q))


def client_owa(r: Reply, q: Quote) -> Message:
    lines = block_lines(q, OUTLOOK_BLOCK[q.loc])
    text = "\n".join([r.body, "", "_" * 32, *lines, "", q.text, ""])
    sep = OUTLOOK_BLOCK[q.loc].sep
    head = "<br>\n".join(
        f"<b>{html.escape(line.split(sep, 1)[0])}{html.escape(sep.rstrip())}</b> {html.escape(line.split(sep, 1)[1])}"
        for line in lines
    )
    page = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head>\n'
        '<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
        f"{html_lines(r.body)}</div>\n"
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{head}</font>\n<div>&nbsp;</div></div>\n"
        f"<div>{html_paragraphs(q.text)}</div>\n</body></html>\n"
    )
    return alternative(plain(r, text), markup(r, page))


def client_outlook_ios(r: Reply, q: Quote) -> Message:
    lines = block_lines(q, OUTLOOK_BLOCK[q.loc])
    text = "\n".join([r.body, "", OUTLOOK_IOS_SIG[q.loc], "_" * 32, *lines, "", q.text, ""])
    return plain(r, text, cte="b64")


def client_samsung(r: Reply, q: Quote) -> Message:
    block = SAMSUNG_BLOCK[q.loc]
    lines = [block.divider, *block_lines(q, block)]
    text = "\n".join([r.body, "", "", SAMSUNG_SIG[q.loc], "", "", *lines, "", q.text, ""])
    return plain(r, text, cte="b64")


def client_gmail(r: Reply, q: Quote) -> Message:
    attribution = gmail_attribution(q)
    text = f"{r.body}\n\n{attribution}\n\n{quote_lines(q.text)}\n"
    page = (
        f'<div dir="ltr">{html_lines(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attribution)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )
    return alternative(plain(r, text), markup(r, page))


def client_gmail_plain(r: Reply, q: Quote) -> Message:
    return plain(r, f"{r.body}\n\n{gmail_attribution(q)}\n\n{quote_lines(q.text)}\n")


def client_apple(r: Reply, q: Quote) -> Message:
    return plain(r, f"{r.body}\n\n{apple_attribution(q)}\n\n{quote_lines(q.text)}\n")


def client_iphone(r: Reply, q: Quote) -> Message:
    quoted = quote_lines(f"{apple_attribution(q)}\n\n{q.text}")
    return plain(r, f"{r.body}\n\n{IPHONE_SIG[q.loc]}\n\n{quoted}\n")


def client_thunderbird(r: Reply, q: Quote) -> Message:
    attribution = localised(THUNDERBIRD_ATTR[q.loc], loc=q.loc, dt=q.sent, name=AR_NAME)
    text = f"{r.body}\n\n{attribution}\n{quote_lines(q.text)}\n"
    if r.charset != "utf-8":
        return plain(r, text)
    part = plain(r, flowed(text))
    part.set_param("format", "flowed")
    return part


def client_notice(r: Reply, q: Quote) -> Message:
    del q  # notices and auto-replies quote nothing
    return plain(r, r.body + "\n")


def advice_markup(text: str) -> str:
    """An AP system's remittance advice: paragraphs, with the column block as a table."""
    out: list[str] = []
    rows: list[str] = []
    for line in [*text.split("\n"), ""]:
        cells = re.split(r"\s{2,}", line.strip())
        if len(cells) > 2:
            tag = "th" if not rows else "td"
            rows.append(
                "<tr>" + "".join(f"<{tag}>{html.escape(c)}</{tag}>" for c in cells) + "</tr>"
            )
            continue
        if rows:
            out.append(
                '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">'
                + "".join(rows)
                + "</table>"
            )
            rows = []
        out.append(f"<p>{html.escape(line)}</p>" if line else "")
    body = "\n".join(x for x in out if x)
    return f'<html><head><meta charset="utf-8"><title>Payment advice</title></head>\n<body style="font-family:Arial,sans-serif;font-size:10pt">\n{body}\n</body></html>\n'


def client_advice(r: Reply, q: Quote) -> Message:
    del q
    return alternative(plain(r, r.body + "\n"), markup(r, advice_markup(r.body)))


def client_advice_html(r: Reply, q: Quote) -> Message:
    del q
    return markup(r, advice_markup(r.body))


@dataclass(frozen=True)
class Client:
    """A mail client: its layout, Re: prefix, Message-ID shape, boundary prefix and headers."""

    layout: Callable[[Reply, Quote], Message]
    family: str
    boundary: str
    headers: tuple[tuple[str, str], ...] = ()


THUNDERBIRD_UA = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.7.1"
)
CLIENTS: dict[str, Client] = {
    "outlook": Client(client_outlook, "outlook", "_000_"),
    "outlook_html": Client(client_outlook_html, "outlook", "_000_"),
    "outlook_html_only": Client(client_outlook_html_only, "outlook", "_000_"),
    "owa": Client(client_owa, "outlook", "_000_"),
    "outlook_ios": Client(client_outlook_ios, "outlook", "_000_"),
    "samsung": Client(client_samsung, "samsung", "--_com.samsung.android.email_"),
    "gmail": Client(client_gmail, "gmail", "000000000000"),
    "gmail_plain": Client(client_gmail_plain, "gmail", "000000000000"),
    "apple": Client(
        client_apple, "apple", "Apple-Mail=_", (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),)
    ),
    "iphone": Client(client_iphone, "apple", "Apple-Mail-", (("X-Mailer", "iPhone Mail (22D72)"),)),
    "thunderbird": Client(
        client_thunderbird, "thunderbird", "------------", (("User-Agent", THUNDERBIRD_UA),)
    ),
    "notice": Client(client_notice, "notice", "----=_Part_"),
    "advice": Client(client_advice, "notice", "----=_Part_"),
    "advice_html": Client(client_advice_html, "notice", "----=_Part_"),
}


def reply_msgid(r: Reply) -> str:
    family = CLIENTS[r.client].family
    domain = r.frm[1].split("@")[1]
    if family == "gmail":
        tail = base64.urlsafe_b64encode(digest(r.key, "gmail")).decode().rstrip("=")[:42]
        return f"<CA+{tail}@mail.gmail.com>"
    if family == "outlook":
        region = "NAMP220" if (r.dt.utcoffset() or timedelta(0)) < timedelta(0) else "EURP195"
        return f"<{b32(r.key, 'ms', 24)}@{b32(r.key, 'host', 10)}.{region}.PROD.OUTLOOK.COM>"
    if family == "apple":
        return f"<{stable_uuid(r.key, 'apple').upper()}@{domain}>"
    if family == "samsung":
        return f"<{b32(r.key, 'samsung', 20).lower()}@email.android.com>"
    return f"<{stable_uuid(r.key, 'mid')}@{domain}>"


def reply_subject(r: Reply, q: Quote) -> str:
    if r.subject is not None:
        return r.subject.format(re=q.subject)
    prefix = OUTLOOK_RE[q.loc] if CLIENTS[r.client].family == "outlook" else "Re: "
    return prefix + q.subject


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    index = base64.b64encode(digest(r.key, "thread-index")[:22]).decode()
    return [
        ("Thread-Topic", header_value(q.subject, charset=r.charset, name="Thread-Topic")),
        ("Thread-Index", index),
        ("Content-Language", CONTENT_LANGUAGE[r.lang]),
        ("X-MS-Has-Attach", "yes" if r.attach else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


FAKE_PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def with_attachment(r: Reply, body: Message) -> Message:
    if r.attach is None:
        return body
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    pdf = MIMEApplication(FAKE_PDF, "pdf")
    pdf.add_header("Content-Disposition", "attachment", filename=r.attach)
    outer.attach(pdf)
    return outer


def build_reply(r: Reply) -> Message:
    client = CLIENTS[r.client]
    q = make_quote(r)
    msg = with_attachment(r, client.layout(r, q))
    msg["From"] = mailbox(*r.frm, charset=r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    if r.cc:
        msg["Cc"] = r.cc
    msg["Subject"] = header_value(reply_subject(r, q), charset=r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r)
    if r.threaded:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    extra = outlook_headers(r, q) if client.family == "outlook" else []
    for name, value in [*extra, *client.headers, *r.headers]:
        msg[name] = value
    return finalize(msg, key=r.key, prefix=client.boundary)


# --------------------------------------------------------------------------------------------
# Delivery reports: generated skeletons, hand-written human parts
# --------------------------------------------------------------------------------------------

OUR_MTA = "mx-out1.tessera-tile.example"


def delivery_status(
    b: Bounce, *, mta: str, action: str, diagnostic: str, remote: str = ""
) -> Message:
    arrival = format_datetime(b.sent)
    recipient = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if action == "delayed":
        recipient.append(f"Will-Retry-Until: {format_datetime(b.dt + timedelta(days=2))}")
    blocks = [f"Reporting-MTA: dns; {mta}\nArrival-Date: {arrival}\n", "\n".join(recipient) + "\n"]
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload([message_from_string(block) for block in blocks])
    return part


def returned_headers(b: Bounce) -> Message:
    original = original_reminder(b)
    skip = {"MIME-Version", "Content-Type", "Content-Transfer-Encoding"}
    text = "".join(f"{k}: {v}\n" for k, v in original.items() if k not in skip)
    return text_part(text, subtype="rfc822-headers", charset="us-ascii", cte="7bit")


def report(*parts: Message) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def human_alternative(lines: Iterable[str], *, charset: str = "utf-8") -> Message:
    paragraphs = list(lines)
    text = "\n\n".join(paragraphs) + "\n"
    page = (
        "<html><body>\n"
        + "\n".join(f"<p>{html_lines(p)}</p>" for p in paragraphs)
        + "\n</body></html>\n"
    )
    return alternative(
        text_part(text, subtype="plain", charset=charset, cte="qp"),
        text_part(page, subtype="html", charset=charset, cte="qp"),
    )


def finish(b: Bounce, msg: Message, *, sender: str, subject: str, auto: bool = True) -> Message:
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_value(subject, charset="utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = re.findall(r"@([\w.-]+)", sender)[0]
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 22).lower()}@{host}>"
    if auto:
        msg["Auto-Submitted"] = "auto-replied"
    return finalize(msg, key=b.key, prefix="----=_NextPart_")


def bounce_subject(b: Bounce) -> str:
    return reminder_subject(b.reminder_lang, b.inv)


def bounce_postfix_unknown_user(b: Bounce) -> Message:
    remote = "mx.ashworthtiling.example"
    human = (
        f"This is the mail system at host {OUR_MTA}.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\n"
        "delete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: host {remote}[203.0.113.58] said: 550 5.1.1\n"
        f"    <{b.rcpt}>: Recipient address rejected: User unknown in local recipient\n"
        "    table (in reply to RCPT TO command)\n"
    )
    diagnostic = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table"
    )
    msg = report(
        text_part(human, subtype="plain", charset="us-ascii", cte="7bit"),
        delivery_status(b, mta=OUR_MTA, action="failed", diagnostic=diagnostic, remote=remote),
        MIMEMessage(original_reminder(b)),
    )
    return finish(
        b,
        msg,
        sender="MAILER-DAEMON@mx-out1.tessera-tile.example (Mail Delivery System)",
        subject="Undelivered Mail Returned to Sender",
    )


def bounce_qmail(b: Bounce) -> Message:
    original = original_reminder(b).as_string()
    text = (
        "Hi. This is the qmail-send program at mail.greenhillbuild.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "Sorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 30417 invoked from network); {format_datetime(b.sent)}\n"
        f"{original}"
    )
    msg = Message()
    msg.set_payload(text)
    return finish(
        b,
        msg,
        sender="MAILER-DAEMON@mail.greenhillbuild.example",
        subject="failure notice",
        auto=False,
    )


def bounce_sendmail_delay(b: Bounce) -> Message:
    remote = "mx.rowlandsjoinery.example"
    human = (
        "    **********************************************\n"
        "    **      THIS IS A WARNING MESSAGE ONLY      **\n"
        "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
        "    **********************************************\n\n"
        f"The original message was received at {format_datetime(b.sent)}\n"
        "from mx-out1.tessera-tile.example [198.51.100.23]\n\n"
        "   ----- Transcript of session follows -----\n"
        f"<{b.rcpt}>... Deferred: Connection timed out with {remote}.\n"
        "Warning: message still undelivered after 4 hours\n"
        "Will keep trying until message is 5 days old\n"
    )
    msg = report(
        text_part(human, subtype="plain", charset="us-ascii", cte="7bit"),
        delivery_status(
            b,
            mta="relay2.tessera-tile.example",
            action="delayed",
            diagnostic=f"451 4.4.1 Connection timed out with {remote}",
            remote=remote,
        ),
        returned_headers(b),
    )
    return finish(
        b,
        msg,
        sender="Mail Delivery Subsystem <MAILER-DAEMON@relay2.tessera-tile.example>",
        subject="Warning: could not send message for past 4 hours",
    )


def bounce_exchange_de(b: Bounce) -> Message:
    diagnostic = "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"
    human = human_alternative(
        [
            f"Ihre Nachricht hat folgende Empfänger nicht erreicht:\n\n{b.rcpt}",
            "Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie erneut, die Nachricht zu senden. Wenn das Problem weiterhin besteht, wenden Sie sich an Ihren Helpdesk.",
            "Diagnoseinformationen für Administratoren:",
            "Generierender Server: EXCH02.haas-bau.local",
            f"{b.rcpt}\nRemoteserver hat '{diagnostic}' zurückgegeben.",
        ]
    )
    msg = report(
        human,
        delivery_status(b, mta="EXCH02.haas-bau.local", action="failed", diagnostic=diagnostic),
        returned_headers(b),
    )
    return finish(
        b,
        msg,
        sender="Microsoft Outlook <postmaster@haas-bauunternehmung.example>",
        subject=f"Unzustellbar: {bounce_subject(b)}",
    )


def bounce_gateway_de(b: Bounce) -> Message:
    until = b.dt + timedelta(days=2)
    human = (
        "Dies ist eine automatisch erzeugte Nachricht des E-Mail-Sicherheitsgateways der Petersen Ausbau GmbH.\n\n"
        f"Ihre Nachricht an\n\n    {b.rcpt}\n\n"
        "wurde vom Gateway angenommen und geprüft, konnte aber noch nicht an den internen Mailserver weitergegeben werden, weil dieser zurzeit nicht erreichbar ist.\n\n"
        f"Sie müssen nichts unternehmen. Das Gateway versucht die Zustellung automatisch weiter, längstens bis {until:%d.%m.%Y %H:%M} Uhr. Nur wenn sie bis dahin nicht gelingt, erhalten Sie eine Fehlermeldung.\n\n"
        f"Betreff: {bounce_subject(b)}\n"
        f"Eingang am Gateway: {b.sent:%d.%m.%Y %H:%M}\n"
        "Grund: 451 4.4.1 Keine Antwort vom Zielserver (mail01.intern.petersen-ausbau.example)\n\n"
        "-- \nMailShield Gateway 9 · Petersen Ausbau GmbH IT\n"
    )
    msg = report(
        text_part(human, subtype="plain", charset="utf-8", cte="qp"),
        delivery_status(
            b,
            mta="gw.petersen-ausbau.example",
            action="delayed",
            diagnostic="451 4.4.1 No answer from mail01.intern.petersen-ausbau.example",
            remote="mail01.intern.petersen-ausbau.example",
        ),
        returned_headers(b),
    )
    return finish(
        b,
        msg,
        sender="MailShield Gateway <postmaster@gw.petersen-ausbau.example>",
        subject=f"Zustellung verzögert: {bounce_subject(b)}",
    )


def bounce_exchange_fr_full(b: Bounce) -> Message:
    diagnostic = "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded"
    human = human_alternative(
        [
            f"Votre message n'a pas pu être remis à :\n\n{b.rcpt}",
            "La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour le moment. Essayez de renvoyer votre message plus tard ou contactez directement le destinataire.",
            "Informations de diagnostic pour les administrateurs :",
            "Serveur de génération : PR3P195MB0847.EURP195.PROD.OUTLOOK.COM",
            f"{b.rcpt}\nLe serveur distant a renvoyé '{diagnostic}'",
        ]
    )
    msg = report(
        human,
        delivery_status(
            b, mta="PR3P195MB0847.EURP195.PROD.OUTLOOK.COM", action="failed", diagnostic=diagnostic
        ),
        returned_headers(b),
    )
    return finish(
        b,
        msg,
        sender="Microsoft Outlook <postmaster@riviere-carrelages.example>",
        subject=f"Non remis : {bounce_subject(b)}",
    )


def bounce_gmail_es(b: Bounce) -> Message:
    response = "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser 5b1f17b1804b1-43a0e3b1c2dsi8842215e9.118 - gsmtp"
    human = human_alternative(
        [
            "** No se ha encontrado la dirección **",
            f"Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o esta no puede recibir correo.",
            "Más información: https://support.google.com/mail/?p=NoSuchUser",
            "La respuesta ha sido:",
            response,
        ]
    )
    msg = report(
        human,
        delivery_status(
            b,
            mta="mx.google.com",
            action="failed",
            diagnostic="550-5.1.1 The email account that you tried to reach does not exist.",
            remote="gmail-smtp-in.l.google.com",
        ),
        returned_headers(b),
    )
    msg["X-Failed-Recipients"] = b.rcpt
    return finish(
        b,
        msg,
        sender="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        subject="Delivery Status Notification (Failure)",
    )


def bounce_exim_es(b: Bounce) -> Message:
    text = (
        "Este mensaje ha sido creado automáticamente por el sistema de entrega de correo.\n"
        "Un mensaje que usted envió todavía no se ha entregado a uno o más de sus\n"
        "destinatarios tras más de 24 horas en la cola de smtp.nubalia-hosting.example.\n\n"
        "Identificador del mensaje:  1wQ7Kd-0004Zx-3B\n"
        f"Asunto del mensaje:         {bounce_subject(b)}\n"
        f"Fecha del mensaje:          {format_datetime(b.sent)}\n\n"
        "La dirección a la que todavía no se ha entregado el mensaje es:\n\n"
        f"  {b.rcpt}\n"
        f"    Motivo del retraso: error SMTP del servidor remoto tras RCPT TO:<{b.rcpt}>:\n"
        "    452 4.2.2 The email account that you tried to reach is over quota\n\n"
        "No tiene que hacer nada. El sistema seguirá intentando la entrega y le\n"
        "avisará si finalmente no es posible. Si el mensaje sigue sin entregarse\n"
        "transcurridos 4 días desde su envío, se le devolverá.\n"
    )
    msg = text_part(text, subtype="plain", charset="utf-8", cte="8bit")
    msg["X-Delayed-Recipients"] = b.rcpt
    return finish(
        b,
        msg,
        sender="Mail Delivery System <Mailer-Daemon@smtp.nubalia-hosting.example>",
        subject="Aviso: mensaje 1wQ7Kd-0004Zx-3B retrasado 24 horas",
    )


def bounce_isp_nl(b: Bounce) -> Message:
    human = (
        "Dit is het mailsysteem van smtp.zakelijkmail.example.\n\n"
        "Helaas kon uw bericht niet worden afgeleverd bij een of meer ontvangers.\n"
        "Het oorspronkelijke bericht is hieronder bijgevoegd.\n\n"
        "Neem voor hulp contact op met de helpdesk van ZakelijkMail en stuur dit\n"
        "rapport mee. U kunt uw eigen tekst uit het bijgevoegde bericht verwijderen.\n\n"
        "                   Het mailsysteem\n\n"
        f"<{b.rcpt}>: Host or domain name not found. Name service error for\n"
        f"    name={b.rcpt.split('@')[1]} type=MX: Host not found, try again\n"
    )
    diagnostic = f"X-Postfix; Host or domain name not found. Name service error for name={b.rcpt.split('@')[1]} type=MX: Host not found"
    ds = delivery_status(b, mta="smtp.zakelijkmail.example", action="failed", diagnostic=diagnostic)
    msg = report(
        text_part(human, subtype="plain", charset="utf-8", cte="qp"),
        ds,
        MIMEMessage(original_reminder(b)),
    )
    return finish(
        b,
        msg,
        sender="MAILER-DAEMON@smtp.zakelijkmail.example (Mailsysteem)",
        subject="Onbestelbaar bericht teruggestuurd naar afzender",
    )


def bounce_gmail_nl_delay(b: Bounce) -> Message:
    human = human_alternative(
        [
            "** Bericht vertraagd **",
            f"Er is een tijdelijk probleem opgetreden bij het afleveren van je bericht aan {b.rcpt}. Gmail probeert het nog 46 uur opnieuw. Je krijgt een melding als het afleveren definitief mislukt.",
            "Het antwoord was:",
            "421 4.7.0 Try again later, closing connection. (Too many concurrent connections from this IP)",
        ]
    )
    msg = report(
        human,
        delivery_status(
            b,
            mta="mx.google.com",
            action="delayed",
            diagnostic="421 4.7.0 Try again later, closing connection.",
            remote="mx1.kuipersbouw.example",
        ),
        returned_headers(b),
    )
    return finish(
        b,
        msg,
        sender="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        subject="Delivery Status Notification (Delay)",
    )


def bounce_exchange_it(b: Bounce) -> Message:
    diagnostic = "550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [AM4PEPF00027A5C.eurprd04.prod.outlook.example]"
    human = human_alternative(
        [
            f"Il messaggio non è stato recapitato ai seguenti destinatari:\n\n{b.rcpt}",
            "Il sistema di posta del destinatario ha rifiutato il messaggio: accesso negato. L'indirizzo potrebbe non esistere più oppure il dominio non accetta messaggi dall'esterno. Contatta il destinatario con un altro mezzo.",
            "Informazioni di diagnostica per gli amministratori:",
            "Server di generazione: AM0P195MB0432.EURP195.PROD.OUTLOOK.COM",
            f"{b.rcpt}\nRisposta del server remoto: '{diagnostic}'",
        ]
    )
    msg = report(
        human,
        delivery_status(
            b, mta="AM0P195MB0432.EURP195.PROD.OUTLOOK.COM", action="failed", diagnostic=diagnostic
        ),
        returned_headers(b),
    )
    return finish(
        b,
        msg,
        sender="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@tessera-tile.example>",
        subject=f"Non recapitabile: {bounce_subject(b)}",
    )


def bounce_isp_it_delay(b: Bounce) -> Message:
    text = (
        "Gentile utente,\n\n"
        f"il messaggio che ha inviato a {b.rcpt} non è stato ancora consegnato: il server di posta del destinatario risulta temporaneamente non disponibile.\n\n"
        "Risposta del server: 421 4.3.2 Service not available, closing transmission channel\n\n"
        "Il nostro sistema continuerà a tentare la consegna per i prossimi 3 giorni. Non è necessario inviare di nuovo il messaggio; la avviseremo soltanto se la consegna non andrà a buon fine.\n\n"
        f"Oggetto: {bounce_subject(b)}\n"
        f"Inviato il: {b.sent:%d/%m/%Y alle %H:%M}\n\n"
        "Servizio Posta Aziende – PostaVeloce\n"
    )
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(text, subtype="plain", charset="utf-8", cte="qp"))
    outer.attach(MIMEMessage(original_reminder(b)))
    return finish(
        b,
        outer,
        sender="PostaVeloce Avvisi <avvisi-consegna@postaveloce.example>",
        subject=f"Avviso di ritardo nella consegna: {bounce_subject(b)}",
    )


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

OOF = (("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"))
AUTO_REPLIED = (("Auto-Submitted", "auto-replied"),)

PAYMENT_SENT = [
    Reply(
        key="ps-en-coupa",
        intent="payment_sent",
        lang="en",
        frm=(
            "Harrowgate Hotels Accounts Payable",
            "do_not_reply@harrowgate-hotels.coupahost.example",
        ),
        when="2027-02-03 18:42 +0000",
        client="advice",
        subject="Harrowgate Hotels Ltd – Payment Advice CPY-000418833",
        headers=(("Auto-Submitted", "auto-generated"), ("X-Mailer", "Coupa Pay Notifications")),
        threaded=False,
        inv="TTS-204388",
        amount="4950.00",
        cur="GBP",
        body="""Payment Advice

Harrowgate Hotels Ltd has released the following payment to Tessera Tile & Stone B.V.

Payment number:    CPY-000418833
Payment date:      03-Feb-2027
Payment method:    BACS
Payment amount:    GBP 7,412.80

Invoice number    Invoice date    Amount paid (GBP)
TTS-204388        14-Dec-2026     4,950.00
TTS-204512        22-Dec-2026     2,462.80

Funds normally reach the supplier's account within 2 business days of the payment date. Remittance queries should be raised through the Coupa Supplier Portal, quoting the payment number above.

This message was generated automatically. Replies to this address are not read.""",
        facts=Facts(
            paid="2027-02-03",
            ref="CPY-000418833",
            amount="7412.80",
            currency="GBP",
            refs=("TTS-204388", "TTS-204512"),
            note="Coupa payment advice with Auto-Submitted: auto-generated: a payment sent, not an auto_reply; the amount is the total for both invoices",
        ),
    ),
    Reply(
        key="ps-en-paid",
        intent="payment_sent",
        lang="en",
        frm=("Dean Whitcombe", "dean@whitcombetiling.example"),
        when="2027-02-09 07:12 +0000",
        client="iphone",
        inv="TTS-204471",
        amount="612.40",
        cur="GBP",
        body="Paid.",
        facts=Facts(note="one word; no date"),
    ),
    Reply(
        key="ps-en-done",
        intent="payment_sent",
        lang="en",
        frm=("Aoife Brennan", "aoife.brennan.kitchens@gmail.com"),
        when="2027-03-02 21:37 +0000",
        client="gmail",
        inv="TTS-204802",
        amount="1318.00",
        body="done",
        facts=Facts(
            note="'done' in answer to an overdue reminder means paid, like 'sorted'; no date"
        ),
    ),
    Reply(
        key="ps-de-oracle",
        intent="payment_sent",
        lang="de",
        frm=("Bauwelt Franchise GmbH Kreditorenbuchhaltung", "ap-avis@bauwelt-franchise.example"),
        when="2027-02-05 06:15 +0100",
        client="advice_html",
        subject="Zahlungsavis 3300917254 – Bauwelt Markt Siegen",
        headers=(("X-Mailer", "Oracle Workflow Notification Mailer"),),
        threaded=False,
        inv="TTS-204466",
        amount="3118.40",
        body="""Zahlungsavis

Sehr geehrte Geschäftspartner,

wir haben folgende Zahlung an Sie veranlasst:

Zahlungsbeleg-Nr.: 3300917254
Zahlungsdatum: 05.02.2027
Zahlweg: SEPA-Überweisung
Empfänger: Tessera Tile & Stone B.V.
Betrag: 3.118,40 EUR

Ihre Rechnung    Rechnungsdatum    Bruttobetrag    Skonto    Zahlbetrag
TTS-204466       18.12.2026        3.118,40        0,00      3.118,40

Bitte antworten Sie nicht auf diese automatisch erzeugte Nachricht. Rückfragen richten Sie bitte an kreditoren@bauwelt-franchise.example.

Bauwelt Franchise GmbH · Am Güterbahnhof 7 · 57072 Siegen
Geschäftsführer: Dr. Ralf Obermann · Amtsgericht Siegen HRB 9931""",
        facts=Facts(
            paid="2027-02-05",
            ref="3300917254",
            amount="3118.40",
            currency="EUR",
            refs=("TTS-204466",),
            note="Oracle payment advice, HTML only, without Auto-Submitted; the query address is not a new contact",
        ),
    ),
    Reply(
        key="ps-de-spouse",
        intent="payment_sent",
        lang="de",
        frm=("Sabine Krämer", "buero@fliesen-kraemer.example"),
        when="2027-02-04 19:48 +0100",
        client="thunderbird",
        charset="iso-8859-1",
        cte="8bit",
        inv="TTS-204301",
        amount="2486.00",
        lag=1,
        body="""Guten Abend,

mein Mann hat mir Ihre Erinnerung weitergeleitet, ich mache bei uns die Büroarbeit.

Die Rechnung TTS-204301 habe ich gestern überwiesen, 2.486,00 Euro von unserem Geschäftskonto. Das hat sich wohl mit Ihrer Erinnerung überschnitten.

Viele Grüße
Sabine Krämer

--\x20
Fliesen Krämer GbR
Meisterbetrieb für Fliesen-, Platten- und Mosaikarbeiten
Lindenstraße 22, 35390 Gießen""",
        facts=Facts(
            paid="2027-02-03",
            amount="2486.00",
            currency="EUR",
            refs=("TTS-204301",),
            note="the owner's wife, who does the books; 'gestern' on Thu 4 Feb",
        ),
    ),
    Reply(
        key="ps-fr-vendredi",
        intent="payment_sent",
        lang="fr",
        frm=("Karim Benali", "k.benali@benali-renovation.example"),
        when="2027-02-16 10:21 +0100",
        client="outlook_html",
        inv="TTS-204529",
        amount="1940.00",
        body="""Bonjour,

Le virement de 1 940,00 € a été émis vendredi dernier depuis notre compte professionnel, référence VIR-27-0088. Il devrait apparaître sur votre compte d'ici demain au plus tard.

Cordialement,

Karim Benali
Gérant – Benali Rénovation SARL
12 rue des Tanneurs, 67000 Strasbourg
Tél. 03 88 55 01 27""",
        facts=Facts(
            paid="2027-02-12",
            ref="VIR-27-0088",
            amount="1940.00",
            currency="EUR",
            note="'vendredi dernier' on Tue 16 Feb is 12 Feb",
        ),
    ),
    Reply(
        key="ps-fr-cheque",
        intent="payment_sent",
        lang="fr",
        frm=("Julien Marchetti", "julien.marchetti@carrelage-jm.example"),
        when="2027-02-22 07:50 +0100",
        client="iphone",
        inv="TTS-204611",
        amount="486.90",
        body="regle par cheque, poste ce matin en partant sur le chantier. bonne journee",
        facts=Facts(
            paid="2027-02-22",
            note="no accents; a cheque posted this morning is a payment sent on the message date",
        ),
    ),
    Reply(
        key="ps-es-justificante",
        intent="payment_sent",
        lang="es",
        frm=("Marta Iglesias", "administracion@reformasiglesias.example"),
        when="2027-02-18 12:05 +0100",
        client="outlook",
        charset="windows-1252",
        attach="Justificante_transferencia_TTS-204577.pdf",
        inv="TTS-204577",
        amount="3205.75",
        body="""Buenos días:

Os adjunto el justificante de la transferencia que hemos realizado hoy por importe de 3.205,75 €, correspondiente a la factura TTS-204577.

Un saludo,

Marta Iglesias
Administración
Reformas Iglesias e Hijos, S.L.
Tel. 968 55 02 14""",
        facts=Facts(
            paid="2027-02-18",
            amount="3205.75",
            currency="EUR",
            refs=("TTS-204577",),
            note="transfer proof attached as a PDF; windows-1252",
        ),
    ),
    Reply(
        key="ps-es-irritated",
        intent="payment_sent",
        lang="es",
        frm=("Paco Serrano", "paco@construccionesserrano.example"),
        when="2027-02-10 13:14 +0100",
        client="samsung",
        inv="TTS-204498",
        amount="1127.30",
        body="""Esta factura está pagada desde el día 5, a ver si revisáis los cobros antes de mandar avisos. Referencia de la transferencia: 0049 1500 27 0205 1187.

Paco""",
        facts=Facts(
            paid="2027-02-05",
            ref="0049 1500 27 0205 1187",
            note="irritated; 'desde el día 5' is 5 Feb, earlier in the same month",
        ),
    ),
    Reply(
        key="ps-nl-sunday",
        intent="payment_sent",
        lang="nl",
        frm=("Henk Bosman", "henk@bosmantegelwerken.example"),
        when="2027-02-01 08:03 +0100",
        client="apple",
        inv="TTS-204533",
        amount="1566.20",
        body="""Goedemorgen,

Is gisteren overgemaakt, € 1.566,20, omschrijving TTS-204533. Zondag is bij mij de administratiedag, dus het zal vandaag wel bij jullie binnenkomen.

Gr. Henk Bosman
Bosman Tegelwerken""",
        facts=Facts(
            paid="2027-01-31",
            amount="1566.20",
            currency="EUR",
            refs=("TTS-204533",),
            note="'gisteren' on Mon 1 Feb is Sun 31 Jan; the transfer description is the invoice number, not a payment reference",
        ),
    ),
    Reply(
        key="ps-nl-ooo-subject",
        intent="payment_sent",
        lang="nl",
        frm=("Marieke de Groot", "marieke@degrootbadkamers.example"),
        when="2027-02-24 12:40 +0100",
        client="outlook_ios",
        subject="Out of office t/m vrijdag – factuur TTS-204640",
        inv="TTS-204640",
        amount="842.16",
        body="""Hoi,

Ik ben deze week eigenlijk vrij, maar zag je mail toevallig voorbijkomen. Heb hem net via de app betaald: € 842,16, betalingskenmerk 1190 4471 2208 6630.

Groet,
Marieke""",
        facts=Facts(
            paid="2027-02-24",
            ref="1190 4471 2208 6630",
            amount="842.16",
            currency="EUR",
            note="a person writes; the subject says 'out of office' but this is a payment sent, not an auto_reply; the invoice number is only in the subject",
        ),
    ),
    Reply(
        key="ps-it-cro",
        intent="payment_sent",
        lang="it",
        frm=("Paola Ferri", "amministrazione@edilferri.example"),
        when="2027-03-02 11:30 +0100",
        client="outlook_html",
        inv="TTS-204755",
        amount="2775.00",
        body="""Buongiorno,

vi confermo che il bonifico a saldo della fattura TTS-204755 è stato disposto ieri, importo € 2.775,00, CRO 11002733445.

Cordiali saluti

Rag. Paola Ferri
Ufficio Amministrazione
Edil Ferri Costruzioni S.r.l.
Via dell'Artigianato 18 – 25030 Castel Mella (BS)

Le informazioni contenute in questo messaggio e negli eventuali allegati sono riservate e destinate esclusivamente al destinatario indicato. Qualora lo abbiate ricevuto per errore, vi preghiamo di informare il mittente e di cancellarlo. Il trattamento dei dati personali avviene ai sensi del Regolamento UE 2016/679.""",
        facts=Facts(
            paid="2027-03-01",
            ref="11002733445",
            amount="2775.00",
            currency="EUR",
            refs=("TTS-204755",),
            note="'ieri' on Tue 2 Mar; legal disclaimer below the signature",
        ),
    ),
]

PROMISE_TO_PAY = [
    Reply(
        key="pp-en-checkrun",
        intent="promise_to_pay",
        lang="en",
        frm=("Tamika Rollins", "trollins@beaconstay-hospitality.example"),
        when="2027-02-16 14:05 -0500",
        client="outlook_html",
        inv="TTS-204560",
        amount="9845.00",
        body="""Hello,

This invoice was approved by our project team last week and has been scheduled for this Friday's check run. Payments to international vendors go out by wire the same day, so please allow 2–3 business days for the funds to arrive.

Thank you,

Tamika Rollins
Accounts Payable Specialist | BeaconStay Hospitality Group
1200 Harbor Point Blvd, Suite 400, Baltimore, MD 21230

CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the use of the addressee(s) and may contain privileged or confidential information. If you are not the intended recipient, please notify the sender immediately and delete this message.""",
        facts=Facts(
            promised="2027-02-19",
            note="past-tense 'approved … scheduled' announces a future payment; 'this Friday' from Tue 16 Feb in the sender's zone (UTC−5)",
        ),
    ),
    Reply(
        key="pp-en-developer",
        intent="promise_to_pay",
        lang="en",
        frm=("Craig Pollard", "craig@pollardbuild.example"),
        when="2027-03-04 17:22 +0000",
        client="gmail_plain",
        inv="TTS-204690",
        amount="4210.55",
        cur="GBP",
        body="""Hi,

I know it's late, sorry. We're waiting on the developer at Kestrel Fields, they owe us for two stages and keep moving the goalposts. As soon as they pay us you'll be the first one paid, you have my word on that.

Can't give you a date because I haven't got one myself.

Craig
Pollard Build Ltd""",
        facts=Facts(
            note="conditional promise ('as soon as the developer pays us'); no date can be pinned"
        ),
    ),
    Reply(
        key="pp-en-rambling",
        intent="promise_to_pay",
        lang="en",
        frm=("Gareth Lloyd", "gareth@lloydkitchensandbathrooms.example"),
        when="2027-02-19 22:48 +0000",
        client="apple",
        inv="TTS-204538",
        amount="1786.20",
        cur="GBP",
        body="""Hi there,

Sorry for the slow reply, it's been one of those months. The van's gearbox went on the M4 the week before last so I lost three days, then the customer in Penarth changed her mind on the splashback twice (went from the zellige to the big format porcelain and back again, I'm not joking), and my lad who does the grouting has been off with his back.

The tiles themselves were great by the way, the Carrara-look ones went down a treat and she's over the moon with the bathroom. One box of the hex mosaic had a couple of chipped sheets but we had spares so don't worry about that, I'm not asking for anything.

Anyway, the reason I'm writing: the stage payment from the Penarth job is due in on Wednesday, so I'll transfer your £1,786.20 next Thursday. If it lands earlier I'll do it straight away.

Cheers,
Gareth

Lloyd Kitchens & Bathrooms
07700 900418""",
        facts=Facts(
            promised="2027-02-25",
            amount="1786.20",
            currency="GBP",
            note="long reply that buries the point; the chipped mosaic is explicitly not a complaint; 'next Thursday' on Fri 19 Feb is 25 Feb",
        ),
    ),
    Reply(
        key="pp-de-kw9",
        intent="promise_to_pay",
        lang="de",
        frm=("Nadine Hoffmann", "kreditoren@wohnbau-rheinau.example"),
        when="2027-02-18 10:02 +0100",
        client="outlook_html",
        charset="windows-1252",
        inv="TTS-204610",
        amount="6530.00",
        body="""Sehr geehrte Damen und Herren,

die Rechnung TTS-204610 ist inzwischen freigegeben und wird mit unserem Zahllauf in KW 9 überwiesen.

Mit freundlichen Grüßen
i. A. Nadine Hoffmann
Kreditorenbuchhaltung

Wohnbau Rheinau GmbH & Co. KG
Rheinauer Ring 40 · 68219 Mannheim
Sitz der Gesellschaft: Mannheim · Registergericht Mannheim HRA 70412
Geschäftsführung: Thomas Eckert, Ulrike Sandmann""",
        facts=Facts(
            promised="2027-03-01",
            refs=("TTS-204610",),
            note="'KW 9' is ISO week 9 (1–7 March 2027): its Monday, as for 'nächste Woche'",
        ),
    ),
    Reply(
        key="pp-de-am15",
        intent="promise_to_pay",
        lang="de",
        frm=("Jürgen Vogel", "info@vogel-bau.example"),
        when="2027-02-23 18:10 +0100",
        client="iphone",
        inv="TTS-204620",
        amount="2240.80",
        body="""Hallo, am 15. ist bei uns Zahltag für Lieferanten, dann ist Ihre Rechnung dabei. Vorher geht's leider nicht, der Bauträger hat selber noch nicht gezahlt.
Gruß J. Vogel""",
        facts=Facts(promised="2027-03-15", note="'am 15.' written on 23 Feb means 15 March"),
    ),
    Reply(
        key="pp-fr-finfevrier",
        intent="promise_to_pay",
        lang="fr",
        frm=("Sandrine Lefèvre", "sandrine.lefevre@lefevre-batiment.example"),
        when="2027-02-08 09:40 +0100",
        client="thunderbird",
        charset="iso-8859-1",
        cte="qp",
        inv="TTS-204505",
        amount="3390.00",
        body="""Bonjour,

Nous réglerons cette facture fin février, à réception du paiement de la situation n° 4 du chantier de Montreuil.

Bien à vous,

Sandrine Lefèvre
Lefèvre Bâtiment - Comptabilité""",
        facts=Facts(
            promised="2027-02-28",
            note="'fin février' → last day of February; the condition does not remove the date; ISO-8859-1",
        ),
    ),
    Reply(
        key="pp-fr-programme",
        intent="promise_to_pay",
        lang="fr",
        frm=("Élodie Garnier", "fournisseurs@gh-vauban.example"),
        when="2027-02-26 15:12 +0100",
        client="owa",
        inv="TTS-204671",
        amount="12480.00",
        body="""Bonjour,

Votre facture TTS-204671 a été validée et son paiement a été programmé pour le 5 mars, par virement.

Cordialement,

Élodie Garnier
Service Comptabilité Fournisseurs
Groupe Hôtelier Vauban""",
        facts=Facts(
            promised="2027-03-05",
            refs=("TTS-204671",),
            note="past-tense 'a été programmé' announces a future payment",
        ),
    ),
    Reply(
        key="pp-es-manana",
        intent="promise_to_pay",
        lang="es",
        frm=("Rubén Castillo", "rubencastillo.alicatados@gmail.com"),
        when="2027-02-16 00:30 +0100",
        client="iphone",
        inv="TTS-204548",
        amount="874.60",
        body="""Perdona, se me pasó. Mañana a primera hora te hago la transferencia sin falta.

Rubén""",
        facts=Facts(
            promised="2027-02-17",
            note="sent at 00:30 on Tue 16 Feb in Spain (still the 15th in UTC): 'mañana' is Wed 17 Feb",
        ),
    ),
    Reply(
        key="pp-es-semana",
        intent="promise_to_pay",
        lang="es",
        frm=("Lucía Moreno", "lmoreno@promocionesmirador.example"),
        when="2027-03-04 11:45 +0100",
        client="outlook",
        charset="windows-1252",
        inv="TTS-204730",
        amount="5610.00",
        body="""Hola, buenos días:

Estamos pendientes de cobrar una certificación de obra y en cuanto entre os pagamos. Contad con ello la semana que viene.

Saludos,
Lucía Moreno
Promociones Mirador 2015, S.L.""",
        facts=Facts(
            promised="2027-03-08", note="'la semana que viene' on Thu 4 Mar → Monday of next week"
        ),
    ),
    Reply(
        key="pp-nl-carnaval",
        intent="promise_to_pay",
        lang="nl",
        frm=("Rob van Gils", "rob@vangilsafbouw.example"),
        when="2027-02-05 16:55 +0100",
        client="samsung",
        inv="TTS-204489",
        amount="1310.45",
        body="""Hoi, komt goed hoor. Na carnaval maak ik het over, hier in Brabant ligt alles de komende dagen stil 😉
Gr Rob""",
        facts=Facts(
            note="'na carnaval' is a holiday phrase that cannot be pinned to a day: date null"
        ),
    ),
    Reply(
        key="pp-it-finemese",
        intent="promise_to_pay",
        lang="it",
        frm=("Stefano Rinaldi", "s.rinaldi@rinaldipavimenti.example"),
        when="2027-03-08 09:15 +0100",
        client="gmail",
        inv="TTS-204760",
        amount="1980.00",
        body="""Buongiorno,

provvederemo al saldo entro fine mese, appena ci pagano lo stato avanzamento lavori del cantiere di Monza.

Saluti,
Stefano Rinaldi
Rinaldi Pavimenti s.n.c.""",
        facts=Facts(promised="2027-03-31", note="'entro fine mese' → last day of the month"),
    ),
    Reply(
        key="pp-it-titolare",
        intent="promise_to_pay",
        lang="it",
        frm=("Giulia Conti", "ufficio@contiristrutturazioni.example"),
        when="2027-02-18 16:20 +0100",
        client="outlook",
        charset="windows-1252",
        inv="TTS-204604",
        amount="3150.00",
        body="""Buonasera,

i pagamenti li firma il titolare, che è fuori per lavoro e rientra lunedì. Ho già preparato la distinta: il bonifico parte martedì 23.

Cordiali saluti
Giulia Conti
Conti Ristrutturazioni""",
        facts=Facts(
            promised="2027-02-23",
            note="a person writes about the owner's absence: a promise for Tue 23 Feb, not an auto_reply",
        ),
    ),
]

DISPUTE = [
    Reply(
        key="d-en-notarrived",
        intent="dispute",
        lang="en",
        frm=("Lee Garside", "lee.garside@garsideinteriors.example"),
        when="2027-02-11 08:35 +0000",
        client="outlook",
        inv="TTS-204431",
        amount="2964.00",
        cur="GBP",
        body="""We have NOT paid this because the goods never arrived. 40 boxes of the Slate Grey 60x60 were supposedly delivered to the Harbour Road site on 14 January. Your POD has a squiggle on it and the name "Dave". Nobody called Dave works for us or was on that site.

Find out where your tiles went before you chase us for money.

Lee Garside
Garside Interiors Ltd""",
        facts=Facts(note="negation: 'have NOT paid' with its reason, goods not received"),
    ),
    Reply(
        key="d-en-slabs",
        intent="dispute",
        lang="en",
        frm=("Rachel Osei", "accounts@oseiandpartners-build.example"),
        when="2027-02-04 13:50 +0000",
        client="outlook_html",
        inv="TTS-204455",
        amount="1210.00",
        cur="GBP",
        body="""Hi,

204455 was paid on the 2nd (BACS, our ref OSEI-0202-17). It should have reached you by now.

TTS-204480 is a different matter. Three of the Calacatta slabs on that delivery were cracked – your driver saw them and noted it on the delivery note. We are not paying for those three slabs. Please send a credit note for them and we will pay the balance of that invoice.

Regards,
Rachel Osei
Accounts | Osei & Partners Build Ltd""",
        facts=Facts(
            refs=("TTS-204455", "TTS-204480"),
            note="one invoice paid, another disputed (cracked slabs): the dispute wins; '204455' is a short form of TTS-204455",
        ),
    ),
    Reply(
        key="d-en-price",
        intent="dispute",
        lang="en",
        frm=("Tom Harding", "tom@hardingtiling.example"),
        when="2027-03-09 12:12 +0000",
        client="gmail",
        inv="TTS-204778",
        amount="3692.00",
        cur="GBP",
        body="""Hi,

You've invoiced the Nordic Oak plank tile at £28.40/m². Our quote Q-11873 from Steve says £23.90/m², and that's what we priced the job on. On 160 m² that's £720 + VAT out.

Send a corrected invoice or a credit note for the difference and we'll pay the rest straight away.

Tom Harding
Harding Tiling""",
        facts=Facts(
            note="price contested against the quote; the corrected invoice and the payment of the rest are secondary"
        ),
    ),
    Reply(
        key="d-de-kleber",
        intent="dispute",
        lang="de",
        frm=("Murat Aydın", "m.aydin@aydin-fliesen.example"),
        when="2027-02-15 17:30 +0100",
        client="iphone",
        inv="TTS-204515",
        amount="1148.00",
        body="""Hallo,

wir zahlen erst, wenn die Reklamation erledigt ist. 12 Sack Flexkleber aus der Lieferung waren steinhart, Ihr Außendienst hat es am 27.01. selbst gesehen. Eine Gutschrift ist bis heute nicht gekommen.

Gruß
Murat Aydın""",
        facts=Facts(note="'we pay once the complaint is settled': dispute (damaged goods)"),
    ),
    Reply(
        key="d-de-duplicate",
        intent="dispute",
        lang="de",
        frm=("Petra Lindner", "p.lindner@lindner-haustechnik.example"),
        when="2027-02-25 09:12 +0100",
        client="outlook",
        charset="iso-8859-1",
        inv="TTS-204590",
        amount="2037.15",
        body="""Guten Morgen,

die Rechnung TTS-204590 ist eine Doppelberechnung: gleiche Lieferung (Lieferschein 88120 vom 02.02.), gleiche Positionen wie TTS-204588, und die ist bereits bezahlt. Bitte stornieren Sie TTS-204590 und bestätigen Sie uns das kurz.

Mit freundlichen Grüßen

Petra Lindner
Buchhaltung
Lindner Haustechnik GmbH""",
        facts=Facts(
            refs=("TTS-204588", "TTS-204590"),
            note="duplicate billing; the payment mentioned is of the other invoice; ISO-8859-1",
        ),
    ),
    Reply(
        key="d-fr-avoir",
        intent="dispute",
        lang="fr",
        frm=("Nathalie Roux", "n.roux@roux-amenagement.example"),
        when="2027-03-03 14:25 +0100",
        client="outlook_html",
        inv="TTS-204702",
        amount="760.00",
        body="""Bonjour,

Cette facture ne devrait plus être en relance : elle a été annulée par votre avoir AV-2027-0031 du 29 janvier, suite au retour des plinthes en travertin. Merci de mettre à jour notre compte client.

Cordialement,
Nathalie Roux
Roux Aménagement Intérieur""",
        facts=Facts(note="already cancelled by a credit note: dispute"),
    ),
    Reply(
        key="d-fr-notourpo",
        intent="dispute",
        lang="fr",
        frm=("Olivier Perrin", "achats@perrin-construction.example"),
        when="2027-02-10 11:02 +0100",
        client="owa",
        inv="TTS-204520",
        amount="4405.00",
        body="""Bonjour,

Nous ne reconnaissons pas cette facture. Le bon de commande 4500-7781 qui y figure n'est pas un numéro de chez nous, et nous n'avons jamais commandé de travertin Classico. Vérifiez s'il ne s'agit pas d'un autre client.

Cordialement,

Olivier Perrin
Responsable achats – Perrin Construction""",
        facts=Facts(
            note="not our purchase order: dispute, not wrong_contact (the customer is right, the invoice is not theirs)"
        ),
    ),
    Reply(
        key="d-es-rotas",
        intent="dispute",
        lang="es",
        frm=("Antonio Vidal", "antonio@vidalreformas.example"),
        when="2027-02-08 19:05 +0100",
        client="gmail_plain",
        inv="TTS-204470",
        amount="2390.40",
        body="""No pensamos pagar esta factura hasta que nos repongáis las 18 cajas de gres que llegaron rotas. Mandamos fotos al comercial el día 3 y todavía no ha contestado nadie. Ya está bien.

Antonio Vidal
Vidal Reformas""",
        facts=Facts(note="refusal to pay until broken goods are replaced; irritated"),
    ),
    Reply(
        key="d-nl-m2",
        intent="dispute",
        lang="nl",
        frm=("Sanne Willems", "administratie@willemsbouw.example"),
        when="2027-03-01 10:40 +0100",
        client="outlook",
        charset="windows-1252",
        inv="TTS-204733",
        amount="2880.00",
        body="""Goedemorgen,

Op de factuur staat 60 m² Beton Antraciet 60x60, maar volgens de pakbon en onze eigen telling is er 45 m² geleverd. De rest zou nageleverd worden, maar dat is nooit gebeurd. Graag een creditnota voor de 15 m² die we niet hebben gehad.

Met vriendelijke groet,
Sanne Willems
Willems Bouw & Onderhoud""",
        facts=Facts(note="short delivery: quantity contested"),
    ),
    Reply(
        key="d-nl-kraan",
        intent="dispute",
        lang="nl",
        frm=("Erik Mulder", "erik@mulderbadkamers.example"),
        when="2027-02-12 15:30 +0100",
        client="gmail",
        inv="TTS-204495",
        amount="1985.00",
        body="""Hoi,

De rest van deze factuur is vorige week al betaald. Wat openstaat is de € 185,- voor levering met kraan, en die betalen we niet: de kraan was kapot en de chauffeur heeft alle pallets gewoon op de stoep gezet. Wij mochten alles zelf naar de derde verdieping sjouwen.

Haal die kosten eraf, dan is het klaar.

Erik Mulder""",
        facts=Facts(
            note="partly paid; the crane delivery that never happened is contested: the dispute wins over the payment claim"
        ),
    ),
    Reply(
        key="d-it-sconto",
        intent="dispute",
        lang="it",
        frm=("Marco Galli", "m.galli@galliedilizia.example"),
        when="2027-02-22 10:15 +0100",
        client="outlook_html",
        inv="TTS-204615",
        amount="5212.00",
        body="""Buongiorno,

in fattura manca lo sconto del 12% concordato con il vostro agente, il Sig. Bassi, per tutto il cantiere di via Solferino. Così com'è non la possiamo pagare: inviateci una nota di credito o riemettetela correttamente e provvederemo.

Distinti saluti
Marco Galli
Galli Edilizia S.r.l.""",
        facts=Facts(
            note="agreed discount missing: the amount is contested, so dispute rather than invoice_request"
        ),
    ),
    Reply(
        key="d-it-sacchi",
        intent="dispute",
        lang="it",
        frm=("Salvatore Greco", "salvatore.greco.posa@gmail.com"),
        when="2027-03-05 13:00 +0100",
        client="iphone",
        inv="TTS-204740",
        amount="642.00",
        body="la colla e arrivata con i sacchi bagnati, tutta impaccata, non si puo usare. non paghiamo finche non ci mandate il materiale giusto. ho gia chiamato due volte",
        facts=Facts(note="no accents; damaged goods and a refusal to pay until replaced"),
    ),
]

PAYMENT_PLAN = [
    Reply(
        key="pl-en-hardship",
        intent="payment_plan",
        lang="en",
        frm=("Steve Hammond", "steve@hammondtiling.example"),
        when="2027-02-02 20:15 +0000",
        client="outlook_ios",
        inv="TTS-204412",
        amount="3840.00",
        cur="GBP",
        body="""Hi,

I'll be honest, we're struggling. The developer on the Moorside job went into administration in January owing us nearly £30k and we've had to let two lads go.

I'm not trying to dodge this. Could we pay £500 a month until it's cleared? The first one could go on 1st March. I'd rather agree something with you than let it drift.

Steve Hammond
Hammond Tiling""",
        facts=Facts(
            note="hardship and a monthly instalment offer; plan dates and amounts are not labelled"
        ),
    ),
    Reply(
        key="pl-en-settlement",
        intent="payment_plan",
        lang="en",
        frm=("Nicola Bryce", "nicola@brycedevelopments.example"),
        when="2027-02-24 16:05 +0000",
        client="outlook_html",
        inv="TTS-204585",
        amount="2655.00",
        cur="GBP",
        body="""Hello,

Would you accept £2,000 in full and final settlement of this invoice? The Kelvinside project lost us a considerable amount and we are trying to close out all supplier accounts before our year end. If agreeable, we can make the payment within seven days of your written confirmation.

Kind regards,
Nicola Bryce
Director, Bryce Developments Ltd""",
        facts=Facts(note="reduced settlement offered: payment_plan"),
    ),
    Reply(
        key="pl-en-30days",
        intent="payment_plan",
        lang="en",
        frm=("Daniel Okafor", "daniel.okafor@okaforbuild.example"),
        when="2027-03-10 07:48 +0000",
        client="iphone",
        inv="TTS-204751",
        amount="5120.00",
        body="""Any chance of another 30 days on this one? Cash is tight until the Swords phase completes. Not disputing it, just need a bit of breathing room.

Dan""",
        facts=Facts(note="asks for more time without committing to a date"),
    ),
    Reply(
        key="pl-de-raten",
        intent="payment_plan",
        lang="de",
        frm=("Andreas Keller", "a.keller@keller-fliesenleger.example"),
        when="2027-02-09 14:00 +0100",
        client="outlook",
        charset="windows-1252",
        inv="TTS-204460",
        amount="3600.00",
        body="""Sehr geehrte Damen und Herren,

wäre es möglich, die Rechnung in drei Monatsraten zu je 1.200 € zu begleichen? Wir hatten im Januar witterungsbedingt kaum Aufträge, und die Liquidität ist gerade knapp. Die erste Rate würden wir nach Ihrer Zustimmung sofort überweisen.

Mit freundlichen Grüßen
Andreas Keller
Keller Fliesenlegermeister e.K.""",
        facts=Facts(note="three monthly instalments asked for"),
    ),
    Reply(
        key="pl-de-stundung",
        intent="payment_plan",
        lang="de",
        frm=("Monika Brandt", "m.brandt@brandt-immobilien.example"),
        when="2027-03-11 09:30 +0100",
        client="owa",
        inv="TTS-204771",
        amount="8450.00",
        body="""Guten Tag,

könnten Sie uns den Betrag bis Ende April stunden? Unser Generalunternehmer ist mit zwei Abschlagszahlungen im Rückstand, und wir möchten ungern an unsere Kreditlinie gehen. Über eine kurze Rückmeldung würde ich mich freuen.

Freundliche Grüße
Monika Brandt
Brandt Immobilienentwicklung GmbH""",
        facts=Facts(
            note="asks for a deferral to the end of April; a requested date is not a promise"
        ),
    ),
    Reply(
        key="pl-fr-etaler",
        intent="payment_plan",
        lang="fr",
        frm=("Mathieu Girard", "mathieu.girard@girard-sdb.example"),
        when="2027-02-17 21:10 +0100",
        client="apple",
        inv="TTS-204562",
        amount="2970.00",
        body="""Bonsoir,

Serait-il possible d'étaler le règlement sur trois mois ? Depuis l'arrêt du chantier de Villeurbanne, notre trésorerie est très tendue. Je peux faire un premier virement de 990 € dès que vous me donnez votre accord.

Merci de votre compréhension,
Mathieu Girard
Girard Salles de Bains""",
        facts=Facts(note="instalments over three months; the first transfer depends on agreement"),
    ),
    Reply(
        key="pl-es-plazos",
        intent="payment_plan",
        lang="es",
        frm=("Elena Navarro", "elena.navarro@navarrointeriorismo.example"),
        when="2027-02-11 10:50 +0100",
        client="gmail",
        inv="TTS-204508",
        amount="4100.00",
        body="""Hola:

¿Sería posible pagar esta factura en dos plazos? La mitad ahora y la otra mitad a finales de marzo, cuando cobremos la obra del hotel de Sóller.

Gracias y un saludo,
Elena Navarro
Navarro Interiorismo""",
        facts=Facts(note="two instalments asked for; nothing paid yet"),
    ),
    Reply(
        key="pl-es-acuenta",
        intent="payment_plan",
        lang="es",
        frm=("José Luis Prieto", "jlprieto@prietoconstrucciones.example"),
        when="2027-03-03 13:20 +0100",
        client="outlook",
        charset="iso-8859-1",
        inv="TTS-204725",
        amount="3500.00",
        body="""Buenas tardes:

Hoy os he transferido 1.000 euros a cuenta de esta factura. El resto os lo iré pagando en mensualidades de 500 euros, si os parece bien. Ahora mismo no puedo hacer más, llevamos un invierno muy flojo.

Un saludo,
José Luis Prieto""",
        facts=Facts(
            note="part payment today plus monthly instalments proposed: payment_plan, not payment_sent; ISO-8859-1"
        ),
    ),
    Reply(
        key="pl-nl-termijnen",
        intent="payment_plan",
        lang="nl",
        frm=("Kees Hendriks", "kees@hendriks-tegels.example"),
        when="2027-02-03 11:25 +0100",
        client="thunderbird",
        inv="TTS-204420",
        amount="4800.00",
        body="""Goedemiddag,

Zouden we deze factuur in vier termijnen mogen betalen? Door de vorst in januari hebben we weinig kunnen werken en de kas is leeg. Vier keer € 1.200, elke eerste van de maand, te beginnen in maart. Laat u even weten of dat akkoord is?

Met vriendelijke groet,
Kees Hendriks
Hendriks Tegelwerken""",
        facts=Facts(note="four instalments proposed; format=flowed"),
    ),
    Reply(
        key="pl-nl-baby",
        intent="payment_plan",
        lang="nl",
        frm=("Bas Verhoeven", "bas.verhoeven.klussen@gmail.com"),
        when="2027-02-26 22:30 +0100",
        client="gmail",
        inv="TTS-204658",
        amount="965.30",
        body="""Beste,

Mag ik zes weken uitstel? Mijn vrouw is begin februari bevallen en ik heb een paar weken niet kunnen werken. Als zzp'er heb je dan gewoon geen inkomen. Ik wil het echt betalen, maar nu gaat het even niet.

Groet,
Bas Verhoeven""",
        facts=Facts(note="hardship and a request for six more weeks; not a promise"),
    ),
    Reply(
        key="pl-it-rate",
        intent="payment_plan",
        lang="it",
        frm=("Francesca Marino", "amministrazione@marinocostruzioni.example"),
        when="2027-02-15 12:00 +0100",
        client="outlook_html",
        inv="TTS-204540",
        amount="3720.00",
        body="""Buongiorno,

vi chiediamo la possibilità di una dilazione: tre rate mensili da € 1.240,00, con prima scadenza il 31 marzo. Il periodo è difficile, abbiamo diversi crediti bloccati con committenti pubblici.

Restiamo in attesa di un vostro riscontro.

Cordiali saluti
Francesca Marino
Marino Costruzioni S.r.l.""",
        facts=Facts(note="three instalments proposed"),
    ),
    Reply(
        key="pl-it-stralcio",
        intent="payment_plan",
        lang="it",
        frm=("Luca Ferraro", "luca@ferraroposatori.example"),
        when="2027-03-09 18:40 +0100",
        client="iphone",
        inv="TTS-204745",
        amount="2980.00",
        body="""Buonasera, se vi va bene vi faccio subito un bonifico di 2.500 euro a chiusura di tutto, invece di 2.980. Di più adesso non riesco. Fatemi sapere.
Luca Ferraro""",
        facts=Facts(note="reduced settlement offered, paid only if accepted: payment_plan"),
    ),
]

INVOICE_REQUEST = [
    Reply(
        key="ir-en-resend",
        intent="invoice_request",
        lang="en",
        frm=("Hannah Price", "accounts@pricebrothersbuilders.example"),
        when="2027-02-02 10:10 +0000",
        client="outlook",
        inv="TTS-204398",
        amount="1560.00",
        cur="GBP",
        body="""Good morning,

We don't seem to have received this invoice – it's not in our system at all. Could you resend it, with the signed delivery note if possible? Once we have it I'll get it on the next payment run.

Many thanks,
Hannah Price
Accounts, Price Brothers Builders""",
        facts=Facts(note="never received, please resend; the payment depends on receiving it"),
    ),
    Reply(
        key="ir-en-po",
        intent="invoice_request",
        lang="en",
        frm=("Castlegate Homes Accounts Payable", "ap@castlegatehomes.example"),
        when="2027-02-23 11:40 +0000",
        client="owa",
        inv="TTS-204625",
        amount="7260.00",
        cur="GBP",
        body="""Dear Supplier,

Invoice TTS-204625 cannot be processed as it does not quote a valid Castlegate purchase order number. All invoices must reference a PO in the format CH-PO-NNNNNN.

Please reissue the invoice quoting PO CH-PO-118402 and send it to this address. Payment will follow our standard terms once the invoice has been matched.

Regards,
Accounts Payable
Castlegate Homes plc""",
        facts=Facts(
            refs=("TTS-204625",), note="reissue with a PO number; the amount is not contested"
        ),
    ),
    Reply(
        key="ir-en-statement",
        intent="invoice_request",
        lang="en",
        frm=("Mike Farrell", "mike@farrellkitchens.example"),
        when="2027-03-01 09:05 +0000",
        client="gmail_plain",
        inv="TTS-204712",
        amount="842.50",
        body="""Didn't we pay this already?? Send me a statement of the account there and I'll check it against ours.

Mike""",
        facts=Facts(note="a question, not a payment claim; asks for a statement"),
    ),
    Reply(
        key="ir-de-bank",
        intent="invoice_request",
        lang="de",
        frm=("Claudia Weber", "c.weber@weber-bad-design.example"),
        when="2027-03-08 15:45 +0100",
        client="outlook_html",
        inv="TTS-204765",
        amount="2115.00",
        body="""Sehr geehrte Damen und Herren,

bevor wir die Rechnung zur Zahlung anweisen, bitten wir um eine schriftliche Bestätigung Ihrer Bankverbindung auf Ihrem Briefpapier (gern als PDF). Wir hatten im Januar eine gefälschte E-Mail mit angeblich geänderter IBAN eines anderen Lieferanten und prüfen seitdem jede Bankverbindung.

Mit freundlichen Grüßen
Claudia Weber
Weber Bad & Design GmbH""",
        facts=Facts(note="needs the bank details confirmed before paying"),
    ),
    Reply(
        key="ir-fr-pdf",
        intent="invoice_request",
        lang="fr",
        frm=("Céline Dubois", "celine@dubois-carrelage.example"),
        when="2027-02-05 09:30 +0100",
        client="gmail",
        rlang="en",
        inv="TTS-204450",
        amount="1275.00",
        body="""Bonjour,

Nous n'avons jamais reçu cette facture. Pouvez-vous nous la renvoyer en PDF ? Nous la réglerons dès réception.

Merci,
Céline Dubois""",
        facts=Facts(note="French reply to an English reminder; never received, please resend"),
    ),
    Reply(
        key="ir-fr-releve",
        intent="invoice_request",
        lang="fr",
        frm=("Service comptable Moreau Frères", "compta@moreau-freres.example"),
        when="2027-02-19 11:15 +0100",
        client="outlook",
        charset="windows-1252",
        inv="TTS-204575",
        amount="3045.60",
        body="""Bonjour,

Merci de nous adresser un relevé de compte à jour ainsi que votre RIB : depuis notre changement de logiciel comptable, vous n'êtes pas encore enregistrés dans notre fichier fournisseurs.

Cordialement,
Service comptable
SARL Moreau Frères""",
        facts=Facts(note="statement of account and bank details"),
    ),
    Reply(
        key="ir-es-cif",
        intent="invoice_request",
        lang="es",
        frm=("Beatriz Ortega", "contabilidad@ortegahoteles.example"),
        when="2027-02-15 13:00 +0100",
        client="owa",
        inv="TTS-204544",
        amount="6890.00",
        body="""Buenos días:

La factura TTS-204544 viene a nombre de Hoteles Ortega, S.A. y con el CIF antiguo. Desde la fusión, nuestra razón social es Ortega Hospitality Group, S.L. y el CIF B-76123456. Sin estos datos no la podemos contabilizar.

¿Nos podéis enviar una factura rectificativa? El importe es correcto.

Un saludo,
Beatriz Ortega
Departamento de Contabilidad""",
        facts=Facts(
            refs=("TTS-204544",),
            note="reissue with the new tax id; the amount is expressly not contested",
        ),
    ),
    Reply(
        key="ir-es-titularidad",
        intent="invoice_request",
        lang="es",
        frm=("Iván Ruiz", "iruiz@ruizyalonso.example"),
        when="2027-03-10 10:20 +0100",
        client="gmail",
        inv="TTS-204768",
        amount="1440.00",
        body="""Hola, para daros de alta como proveedor y poder pagaros necesito un certificado de titularidad de la cuenta bancaria. ¿Me lo podéis mandar? Gracias.

Iván Ruiz
Ruiz y Alonso Reformas""",
        facts=Facts(note="bank ownership certificate needed before paying"),
    ),
    Reply(
        key="ir-nl-kopie",
        intent="invoice_request",
        lang="nl",
        frm=("Ingrid Smit", "ingrid@smitkeukens.example"),
        when="2027-02-10 08:55 +0100",
        client="outlook_html_only",
        inv="TTS-204490",
        amount="2210.00",
        body="""Goedemorgen,

Ik kan deze factuur nergens terugvinden in onze administratie. Kunt u mij een kopie sturen, samen met de pakbon? Dan zorg ik dat hij meegaat in de volgende betaalronde.

Met vriendelijke groet,
Ingrid Smit
Smit Keukens & Sanitair""",
        facts=Facts(note="HTML-only Outlook message; copy of the invoice and the packing slip"),
    ),
    Reply(
        key="ir-nl-waarvoor",
        intent="invoice_request",
        lang="nl",
        frm=("Peter Jansen", "pjansen@jansenvastgoed.example"),
        when="2027-03-05 17:02 +0100",
        client="iphone",
        inv="TTS-204738",
        amount="588.00",
        body="Waar is deze factuur eigenlijk voor? Ik zie het bedrag nergens terug. Stuur even de specificatie, dan kijk ik ernaar.",
        facts=Facts(note="asks what the charge is for and for the detail; not contested"),
    ),
    Reply(
        key="ir-it-oda",
        intent="invoice_request",
        lang="it",
        frm=("Valentina Russo", "valentina.russo@russocasa.example"),
        when="2027-02-24 10:05 +0100",
        client="gmail",
        inv="TTS-204648",
        amount="1830.00",
        body="""Buongiorno,

per poter registrare la fattura ci serve una copia che riporti il numero del nostro ordine d'acquisto (ODA 2027/0114) e i riferimenti del DDT. Potete inviarcela?

Grazie,
Valentina Russo
Ufficio Acquisti – Russo Casa S.r.l.""",
        facts=Facts(
            note="reissue with the PO and delivery-note references; the amount is not contested"
        ),
    ),
    Reply(
        key="ir-it-estratto",
        intent="invoice_request",
        lang="it",
        frm=("Roberto Fontana", "r.fontana@fontanaimpianti.example"),
        when="2027-03-11 11:55 +0100",
        client="outlook",
        charset="windows-1252",
        inv="TTS-204775",
        amount="965.00",
        body="""Buongiorno,

mi mandate un estratto conto aggiornato? Vorrei riconciliare le partite aperte con la nostra contabilità.

Saluti
Roberto Fontana
Fontana Impianti""",
        facts=Facts(note="statement of account"),
    ),
]

WRONG_CONTACT = [
    Reply(
        key="wc-en-sitemanager",
        intent="wrong_contact",
        lang="en",
        frm=("Ryan Cole", "ryan.cole@colbournebuild.example"),
        when="2027-02-08 07:05 +0000",
        client="iphone",
        inv="TTS-204475",
        amount="2318.00",
        cur="GBP",
        body="""I'm a site manager, I don't do invoices mate. Send it to accounts@colbournebuild.example, they'll sort you out.

Ryan""",
        facts=Facts(contact="accounts@colbournebuild.example"),
    ),
    Reply(
        key="wc-en-redirect",
        intent="wrong_contact",
        lang="en",
        frm=("Dunmore Construction Finance", "accounts@dunmore-constructions.example"),
        rto="accounts@dunmoreconstruction.example",
        when="2027-02-17 03:12 +0000",
        client="gmail_plain",
        inv="TTS-204555",
        amount="6120.00",
        cur="GBP",
        body="""Dear Valued Supplier,

Please be informed that our accounts department has migrated to a new email system. Kindly update your records and direct ALL future statements, reminders and remittance correspondence to our new dedicated finance email: finance.dunmoreconstruction@gmail.com

Do not send any further correspondence to the old addresses as they will no longer be monitored. This is urgent to avoid delay in processing your outstanding payment.

Also kindly confirm the current outstanding balance on our account.

Regards,
Finance Department
Dunmore Construction Ltd""",
        facts=Facts(
            contact="finance.dunmoreconstruction@gmail.com",
            note="phishing-like: look-alike sender domain, free-mail target, urgency; the label records what the message asks (a new contact), checking it is a person's job",
        ),
    ),
    Reply(
        key="wc-en-notmonitored",
        intent="wrong_contact",
        lang="en",
        frm=("Kingsmere Homes Invoices", "invoices@kingsmerehomes.example"),
        when="2027-03-03 09:07 +0000",
        client="notice",
        subject="Automatic reply: {re}",
        headers=OOF,
        inv="TTS-204720",
        amount="3380.00",
        cur="GBP",
        body="""This mailbox is no longer monitored.

Kingsmere Homes has moved to a new purchase-to-pay platform. Supplier invoices, statements and payment queries should now be sent to payables@kingsmere-group.example. Messages sent to this address will not be read or forwarded.

Thank you.""",
        facts=Facts(
            contact="payables@kingsmere-group.example",
            note="automatic 'mailbox no longer monitored' notice naming a new address: wrong_contact, not auto_reply",
        ),
    ),
    Reply(
        key="wc-de-nachfolger",
        intent="wrong_contact",
        lang="de",
        frm=("Anja Kaufmann", "info@schroeder-bau.example"),
        rto="m.schulte@schroeder-bau.example",
        when="2027-02-12 10:33 +0100",
        client="outlook",
        charset="windows-1252",
        inv="TTS-204500",
        amount="1675.00",
        body="""Guten Tag,

Herr Schulte ist seit Januar nicht mehr bei uns beschäftigt, seine E-Mails landen bei uns in der Zentrale. Für Rechnungen ist jetzt Frau Yilmaz zuständig, bitte schreiben Sie künftig an f.yilmaz@schroeder-bau.example.

Mit freundlichen Grüßen
Anja Kaufmann
Empfang / Zentrale
Schröder Bau GmbH""",
        facts=Facts(
            contact="f.yilmaz@schroeder-bau.example",
            note="former contact left; reception names the successor",
        ),
    ),
    Reply(
        key="wc-de-kanzlei",
        intent="wrong_contact",
        lang="de",
        frm=("Dr. Helga Sommer", "kanzlei@sommer-steuerberatung.example"),
        when="2027-03-09 16:20 +0100",
        client="outlook_html",
        inv="TTS-204766",
        amount="912.00",
        body="""Sehr geehrte Damen und Herren,

Sie schreiben an die falsche Adresse. Wir sind eine Steuerberatungskanzlei, haben bei Ihnen nie etwas bestellt und kennen auch keinen Betrieb dieses Namens. Bitte prüfen Sie Ihre Kundendaten.

Mit freundlichen Grüßen
Dr. Helga Sommer
Steuerberaterin""",
        facts=Facts(note="wrong recipient altogether, no new address"),
    ),
    Reply(
        key="wc-fr-cabinet",
        intent="wrong_contact",
        lang="fr",
        frm=("Laurent Fabre", "laurent.fabre@fabre-plomberie.example"),
        when="2027-02-01 12:40 +0100",
        client="iphone",
        inv="TTS-204380",
        amount="1090.00",
        body="""Bonjour, ce n'est plus moi qui gère la compta, tout passe par notre cabinet depuis janvier : Mme Aubert, compta@cabinet-aubert-conseil.example. Merci de voir directement avec elle.
L. Fabre""",
        facts=Facts(contact="compta@cabinet-aubert-conseil.example"),
    ),
    Reply(
        key="wc-fr-adresse",
        intent="wrong_contact",
        lang="fr",
        frm=("Les Ateliers Mercier", "contact@ateliers-mercier.example"),
        when="2027-02-26 09:06 +0100",
        client="notice",
        subject="Adresse non consultée – {re}",
        headers=AUTO_REPLIED,
        inv="TTS-204660",
        amount="2190.00",
        body="""Bonjour,

Cette adresse n'est plus consultée. Pour toute question relative à la facturation ou aux règlements, merci d'écrire désormais à factures@ateliers-mercier.example.

Pour les commandes et le suivi de chantier : chantiers@ateliers-mercier.example.

Les Ateliers Mercier""",
        facts=Facts(
            contact="factures@ateliers-mercier.example",
            note="automatic 'address no longer read' notice; the billing address is the new contact, not the site address",
        ),
    ),
    Reply(
        key="wc-es-cunado",
        intent="wrong_contact",
        lang="es",
        frm=("Javier Romero", "javi.romero.obras@gmail.com"),
        when="2027-02-09 08:20 +0100",
        client="samsung",
        inv="TTS-204483",
        amount="2745.00",
        body="""Buenas, yo soy el encargado de obra, las facturas no las llevo yo. Escribid a mi cuñado Álvaro a la oficina: administracion@romeroyhermanos.example

Javier""",
        facts=Facts(contact="administracion@romeroyhermanos.example"),
    ),
    Reply(
        key="wc-es-central",
        intent="wrong_contact",
        lang="es",
        frm=("Carmen Delgado", "cdelgado@grupoalameda.example"),
        cc="Facturas.Proveedores@GrupoAlameda.example",
        when="2027-03-02 12:30 +0100",
        client="outlook_html",
        inv="TTS-204748",
        amount="9350.00",
        body="""Buenos días:

Este buzón es de la dirección de obra del hotel de Marbella. Las facturas de proveedores se tramitan desde la central: Facturas.Proveedores@GrupoAlameda.example (la pongo en copia). Por favor, enviadles a ellos los recordatorios a partir de ahora.

Un saludo,
Carmen Delgado
Dirección de Obra – Grupo Alameda""",
        facts=Facts(
            contact="facturas.proveedores@grupoalameda.example",
            note="address written in mixed case and copied in Cc; labelled in lower case",
        ),
    ),
    Reply(
        key="wc-nl-boekhouder",
        intent="wrong_contact",
        lang="nl",
        frm=("Wim de Vries", "wim@devriesstukadoors.example"),
        when="2027-02-15 19:45 +0100",
        client="gmail_plain",
        inv="TTS-204535",
        amount="1402.00",
        body="""Dag,

Dit soort post moet naar onze boekhouder, Jeroen van Dijk: jeroen@vandijk-administratie.example. Hij doet al onze betalingen.

Mvg
Wim de Vries""",
        facts=Facts(contact="jeroen@vandijk-administratie.example"),
    ),
    Reply(
        key="wc-nl-showroom",
        intent="wrong_contact",
        lang="nl",
        frm=("Tegelhuys Zwolle Showroom", "showroom@tegelhuys.example"),
        when="2027-03-04 14:10 +0100",
        client="owa",
        inv="TTS-204728",
        amount="3320.00",
        body="""Goedemiddag,

Dit adres is van onze showroom. Factuurzaken lopen via het hoofdkantoor, afdeling crediteuren: crediteuren@tegelhuys-holding.example. Wilt u de herinnering daarheen sturen?

Met vriendelijke groet,
Lotte Kramer
Tegelhuys Zwolle""",
        facts=Facts(contact="crediteuren@tegelhuys-holding.example"),
    ),
    Reply(
        key="wc-it-cantieri",
        intent="wrong_contact",
        lang="it",
        frm=("Davide Colombo", "davide.colombo@colomboarredo.example"),
        when="2027-02-22 12:05 +0100",
        client="thunderbird",
        charset="iso-8859-1",
        cte="8bit",
        inv="TTS-204600",
        amount="1560.00",
        body="""Buongiorno,

non sono io che mi occupo dei pagamenti, io seguo solo i cantieri. Scrivete all'amministrazione, amministrazione@colomboarredo.example, alla c.a. della Sig.ra Rota.

Saluti
Davide Colombo""",
        facts=Facts(contact="amministrazione@colomboarredo.example", note="ISO-8859-1, 8bit"),
    ),
]

UNSUBSCRIBE = [
    Reply(
        key="un-en-post",
        intent="unsubscribe",
        lang="en",
        frm=("J. Fenwick", "jfenwick@fenwickandsons.example"),
        when="2027-02-05 15:00 +0000",
        client="outlook",
        inv="TTS-204453",
        amount="1725.00",
        cur="GBP",
        body="""Do not email me about accounts matters again. Any correspondence regarding this account is to be sent by post to our registered office. This address is for site enquiries only.

J. Fenwick
Fenwick & Sons (Contractors) Ltd""",
        facts=Facts(note="'post only' → unsubscribe"),
    ),
    Reply(
        key="un-en-solicitor",
        intent="unsubscribe",
        lang="en",
        frm=("Gary Marsh", "gary@marshbathrooms.example"),
        when="2027-02-26 11:11 +0000",
        client="gmail",
        inv="TTS-204668",
        amount="4390.00",
        cur="GBP",
        body="""This matter is now with our solicitors, Pemberton Lyle LLP, ref PL/GM/2231. Please direct any further communication to them and do not contact me or my staff directly.

Gary Marsh""",
        facts=Facts(note="'talk to our solicitor' without an address → unsubscribe"),
    ),
    Reply(
        key="un-en-stop-paid",
        intent="unsubscribe",
        lang="en",
        frm=("Linda Shaw", "linda@shawandsonkitchens.example"),
        when="2027-03-08 13:30 +0000",
        client="iphone",
        inv="TTS-204700",
        amount="2210.00",
        cur="GBP",
        body="""Please take me off these reminders. We paid this on 28 January – if it hasn't reached you that's your bank, not ours. This is the fourth one I've had.

Linda""",
        facts=Facts(
            note="stop request plus a payment claim: unsubscribe beats everything but bounce; the paid date is not labelled"
        ),
    ),
    Reply(
        key="un-de-bauleiter",
        intent="unsubscribe",
        lang="de",
        frm=("Tobias Wendt", "t.wendt@wendt-hochbau.example"),
        when="2027-02-10 07:15 +0100",
        client="samsung",
        inv="TTS-204488",
        amount="2860.00",
        body="""Bitte nehmen Sie mich aus Ihrem Verteiler. Ich bin nur der Bauleiter und bekomme jede Woche diese Erinnerungen.
T. Wendt""",
        facts=Facts(
            note="remove-me plus 'not the right person' without a new address: unsubscribe"
        ),
    ),
    Reply(
        key="un-de-anwalt",
        intent="unsubscribe",
        lang="de",
        frm=("Ralf Kühn", "kuehn@kuehn-objektbau.example"),
        when="2027-03-02 17:05 +0100",
        client="outlook_html",
        inv="TTS-204718",
        amount="11240.00",
        body="""Sehr geehrte Damen und Herren,

in dieser Angelegenheit haben wir unseren Rechtsanwalt beauftragt. Wir bitten Sie, von weiteren Zahlungserinnerungen an uns abzusehen und sich ausschließlich an die Kanzlei Dr. Seidel & Partner zu wenden.

Mit freundlichen Grüßen
Ralf Kühn
Geschäftsführer
Kühn Objektbau GmbH""",
        facts=Facts(note="only through our lawyer, no address → unsubscribe"),
    ),
    Reply(
        key="un-fr-typo",
        intent="unsubscribe",
        lang="fr",
        frm=("Nico Carrelage", "nico.carreleur13@gmail.com"),
        when="2027-02-13 10:22 +0100",
        client="gmail",
        inv="TTS-204510",
        amount="395.00",
        body="desinscrivez moi svp je recoit ces mails tout les jours",
        facts=Facts(note="typos and no accents"),
    ),
    Reply(
        key="un-fr-postal",
        intent="unsubscribe",
        lang="fr",
        frm=(
            "Immobilière Castel – Direction administrative",
            "direction@immobiliere-castel.example",
        ),
        when="2027-03-05 16:40 +0100",
        client="outlook",
        charset="windows-1252",
        inv="TTS-204735",
        amount="7650.00",
        body="""Madame, Monsieur,

Nous vous prions de ne plus nous adresser de relances par courriel. Toute correspondance relative à ce dossier devra nous parvenir exclusivement par voie postale, à l'adresse de notre siège social.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

La Direction administrative
Immobilière Castel SAS""",
        facts=Facts(note="post only → unsubscribe; encoded display name in windows-1252"),
    ),
    Reply(
        key="un-es-stop-dispute",
        intent="unsubscribe",
        lang="es",
        frm=("Raúl Jiménez", "rjimenez@jimenezreformas.example"),
        when="2027-02-19 09:50 +0100",
        client="gmail",
        inv="TTS-204570",
        amount="1890.00",
        body="""Dejad de mandarme recordatorios de una factura que ya os he reclamado tres veces. El material llegó mal y lo sabéis. No quiero recibir ni un correo más sobre esto; lo hablaré con vuestro comercial cuando venga.

Raúl""",
        facts=Facts(note="stop request plus a dispute: unsubscribe beats dispute"),
    ),
    Reply(
        key="un-es-burofax",
        intent="unsubscribe",
        lang="es",
        frm=("Costa Brava Gestión Inmobiliaria", "gerencia@cbgestion.example"),
        when="2027-03-10 12:00 +0100",
        client="outlook_html",
        inv="TTS-204770",
        amount="14200.00",
        body="""Muy señores nuestros:

Les rogamos que se abstengan de seguir enviando requerimientos por correo electrónico. Cualquier comunicación relativa a esta reclamación deberá dirigirse a nuestro letrado, D. Ignacio Ferrer, o bien por burofax a nuestro domicilio social.

Atentamente,
La Gerencia""",
        facts=Facts(note="lawyer or burofax only, no address → unsubscribe"),
    ),
    Reply(
        key="un-nl-gelieve",
        intent="unsubscribe",
        lang="nl",
        frm=("Mark Peeters", "mark@peetersbouw.example"),
        when="2027-02-24 20:40 +0100",
        client="iphone",
        rlang="fr",
        inv="TTS-204650",
        amount="2025.00",
        body="""Gelieve mij uit te schrijven voor deze mails. Ik krijg ze bijna dagelijks en ik ben het beu.

Mark""",
        facts=Facts(note="Flemish reply to a French reminder"),
    ),
    Reply(
        key="un-it-lista",
        intent="unsubscribe",
        lang="it",
        frm=("Alessandro Bianchi", "a.bianchi@bianchiposa.example"),
        when="2027-02-03 08:10 +0100",
        client="gmail",
        inv="TTS-204415",
        amount="680.00",
        body="Cancellatemi da questa lista, grazie.",
        facts=Facts(note="one line"),
    ),
    Reply(
        key="un-it-legale",
        intent="unsubscribe",
        lang="it",
        frm=("Immobiliare Lago Verde", "direzione@immlagoverde.example"),
        when="2027-03-11 17:30 +0100",
        client="outlook",
        charset="iso-8859-1",
        inv="TTS-204780",
        amount="9800.00",
        body="""Spett.le Tessera Tile & Stone,

vi diffidiamo dal continuare a inviarci solleciti. Per noi la fattura è stata saldata con la compensazione concordata a dicembre; ogni ulteriore comunicazione dovrà passare esclusivamente attraverso il nostro legale, Avv. Marta Sala.

Distinti saluti
La Direzione
Immobiliare Lago Verde S.r.l.""",
        facts=Facts(note="lawyer only plus a settlement claim: unsubscribe wins; ISO-8859-1"),
    ),
]

AUTO_REPLY = [
    Reply(
        key="ar-en-leave",
        intent="auto_reply",
        lang="en",
        frm=("Claire Atkinson", "claire.atkinson@atkinsonhomes.example"),
        when="2027-02-08 09:05 +0000",
        client="notice",
        subject="Automatic reply: {re}",
        headers=OOF,
        inv="TTS-204468",
        amount="2730.00",
        cur="GBP",
        body="""Thank you for your email. I am on annual leave and will return on Monday 15 February. During this time I will have limited access to email.

For urgent accounts queries please contact Jo Barker on jo.barker@atkinsonhomes.example or 0161 555 0193.""",
        facts=Facts(
            back="2027-02-15",
            note="a colleague's address in an auto-reply does not set new_contact",
        ),
    ),
    Reply(
        key="ar-en-ticket",
        intent="auto_reply",
        lang="en",
        frm=("Northgate FM Service Desk", "support@northgate-fm.example"),
        when="2027-02-18 09:06 +0000",
        client="notice",
        subject="[Ticket #48213] {re}",
        headers=(("Auto-Submitted", "auto-replied"), ("X-Mailer", "ServiceFlow Helpdesk 8.2")),
        inv="TTS-204582",
        amount="1645.00",
        cur="GBP",
        body="""Hello,

Thank you for contacting Northgate Facilities Management. Your request has been logged with reference #48213 and passed to our Finance team.

We aim to respond to all enquiries within 2 working days. Please keep the reference in the subject line of any further emails about this request.

Northgate FM Service Desk
This is an automated message.""",
        facts=Facts(note="ticket acknowledgement; no return date"),
    ),
    Reply(
        key="ar-en-cornwall",
        intent="auto_reply",
        lang="en",
        frm=("Owen Pritchard", "owen@pritchardtiling.example"),
        when="2027-03-01 09:04 +0000",
        client="notice",
        subject="Away: {re}",
        inv="TTS-204708",
        amount="980.00",
        cur="GBP",
        body="""Hi, thanks for your message.

I'm away on a job in Cornwall until 5 March with hardly any signal, so I won't be checking emails. I'll get back to you when I'm home.

Owen
Pritchard Tiling – wall & floor tiling, wet rooms, natural stone""",
        facts=Facts(
            back="2027-03-05", note="autoresponder without Auto-Submitted; 'until X' → X itself"
        ),
    ),
    Reply(
        key="ar-de-urlaub",
        intent="auto_reply",
        lang="de",
        frm=("Stefanie Braun", "s.braun@braun-sanitaer.example"),
        when="2027-02-09 09:03 +0100",
        client="notice",
        subject="Automatische Antwort: {re}",
        headers=OOF,
        inv="TTS-204463",
        amount="1912.50",
        body="""Vielen Dank für Ihre Nachricht.

Ich bin vom 08.02. bis einschließlich 19.02.2027 im Urlaub und ab Montag, dem 22.02., wieder im Büro. Ihre E-Mail wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an buchhaltung@braun-sanitaer.example.

Mit freundlichen Grüßen
Stefanie Braun""",
        facts=Facts(back="2027-02-22", note="'wieder im Büro ab' wins over 'bis einschließlich'"),
    ),
    Reply(
        key="ar-de-karneval",
        intent="auto_reply",
        lang="de",
        frm=("Fliesen Hansen", "info@fliesen-hansen.example"),
        when="2027-02-08 09:10 +0100",
        client="notice",
        subject="Abwesenheitsnotiz: {re}",
        headers=AUTO_REPLIED,
        inv="TTS-204457",
        amount="745.00",
        body="""Liebe Kundinnen und Kunden,

unser Büro bleibt über die Karnevalstage von Weiberfastnacht bis Veilchendienstag geschlossen. Ab Mittwoch, dem 10.02., sind wir wieder wie gewohnt für Sie da.

Alaaf und bis bald!
Ihr Team von Fliesen Hansen""",
        facts=Facts(back="2027-02-10", note="carnival closure; the stated day back is pinned"),
    ),
    Reply(
        key="ar-fr-absente",
        intent="auto_reply",
        lang="fr",
        frm=("Isabelle Chevalier", "i.chevalier@chevalier-habitat.example"),
        when="2027-02-22 09:04 +0100",
        client="notice",
        subject="Réponse automatique : {re}",
        headers=OOF,
        inv="TTS-204618",
        amount="1380.00",
        body="""Bonjour,

Je suis absente du bureau jusqu'au vendredi 26 février inclus. Je traiterai votre message dès mon retour, le lundi 1er mars.

Pour toute urgence, vous pouvez joindre l'accueil au 04 72 55 18 30.

Cordialement,
Isabelle Chevalier""",
        facts=Facts(
            back="2027-03-01",
            note="'jusqu'au … inclus' then an explicit day back: the day back wins",
        ),
    ),
    Reply(
        key="ar-fr-ticket",
        intent="auto_reply",
        lang="fr",
        frm=("Habitat Plus Service Client", "support@habitatplus-services.example"),
        when="2027-03-04 09:12 +0100",
        client="notice",
        subject="[Demande n° 2027-00418] Accusé de réception",
        headers=(("Precedence", "bulk"),),
        inv="TTS-204726",
        amount="2465.00",
        body="""Bonjour,

Nous accusons bonne réception de votre message, enregistré sous le numéro 2027-00418.

Notre service comptabilité le traitera dans les meilleurs délais. Merci de rappeler ce numéro dans toute correspondance ultérieure.

Ceci est un message automatique, merci de ne pas y répondre.

Le service client Habitat Plus""",
        facts=Facts(
            note="ticket acknowledgement without Auto-Submitted (only Precedence: bulk); no return date"
        ),
    ),
    Reply(
        key="ar-es-hasta",
        intent="auto_reply",
        lang="es",
        frm=("Pilar Soler", "psoler@solerinteriores.example"),
        when="2027-03-10 09:05 +0100",
        client="notice",
        subject="Respuesta automática: {re}",
        headers=OOF,
        inv="TTS-204762",
        amount="2050.00",
        body="""Gracias por su mensaje. Estaré fuera de la oficina hasta el 15 de marzo, con acceso limitado al correo. Para asuntos urgentes de facturación, pueden escribir a administracion@solerinteriores.example.

Un saludo,
Pilar Soler""",
        facts=Facts(
            back="2027-03-15",
            note="'hasta X' → X itself; the colleague's address does not set new_contact",
        ),
    ),
    Reply(
        key="ar-nl-afwezig",
        intent="auto_reply",
        lang="nl",
        frm=("Anouk Visser", "a.visser@visserinterieurbouw.example"),
        when="2027-02-23 09:05 +0100",
        client="notice",
        subject="Automatisch antwoord: {re}",
        headers=OOF,
        inv="TTS-204635",
        amount="3975.00",
        body="""Beste relatie,

Ik ben tot en met vrijdag 26 februari afwezig en vanaf maandag 1 maart weer bereikbaar. Uw e-mail wordt niet doorgestuurd.

Voor dringende zaken kunt u bellen met ons kantoor: 030 555 2741.

Met vriendelijke groet,
Anouk Visser""",
        facts=Facts(back="2027-03-01", note="'vanaf' the day back wins over 'tot en met'"),
    ),
    Reply(
        key="ar-nl-klusplaza",
        intent="auto_reply",
        lang="nl",
        frm=("KlusPlaza Crediteurenadministratie", "facturen@klusplaza-franchise.example"),
        when="2027-02-16 09:06 +0100",
        client="notice",
        subject="Ontvangstbevestiging: {re}",
        headers=AUTO_REPLIED,
        inv="TTS-204552",
        amount="4312.70",
        body="""Geachte leverancier,

Hartelijk dank voor uw e-mail. Wij hebben uw bericht in goede orde ontvangen en streven ernaar binnen drie werkdagen te reageren.

Let op: facturen worden uitsluitend verwerkt als pdf-bijlage met vermelding van een geldig KlusPlaza-ordernummer.

Met vriendelijke groet,
Crediteurenadministratie
KlusPlaza Franchise B.V.""",
        facts=Facts(
            note="DIY franchise's receipt acknowledgement with processing rules; no return date"
        ),
    ),
    Reply(
        key="ar-it-ferie",
        intent="auto_reply",
        lang="it",
        frm=("Chiara Esposito", "c.esposito@espositoedil.example"),
        when="2027-03-08 09:05 +0100",
        client="notice",
        subject="Risposta automatica: {re}",
        headers=OOF,
        inv="TTS-204753",
        amount="1265.00",
        body="""Buongiorno,

sarò assente per ferie fino a venerdì 12 marzo compreso, con accesso limitato alla posta. Rientrerò in ufficio lunedì 15 marzo.

Per urgenze amministrative: amministrazione@espositoedil.example.

Cordiali saluti
Chiara Esposito""",
        facts=Facts(
            back="2027-03-15", note="'fino a … compreso' then the day back: the day back wins"
        ),
    ),
    Reply(
        key="ar-it-maternita",
        intent="auto_reply",
        lang="it",
        frm=("Elisa Barbieri", "e.barbieri@barbierigroup.example"),
        when="2027-02-12 09:04 +0100",
        client="notice",
        subject="Assenza per maternità",
        headers=AUTO_REPLIED,
        inv="TTS-204506",
        amount="5480.00",
        body="""Gentile mittente,

sono in congedo di maternità fino a giugno e non leggo la posta. Per questioni amministrative e pagamenti potete scrivere a contabilita@barbierigroup.example, che ha in carico le mie pratiche.

Grazie,
Elisa Barbieri""",
        facts=Facts(
            note="'fino a giugno' cannot be pinned to a day: return_date null; the colleague's address does not set new_contact"
        ),
    ),
]

OTHER = [
    Reply(
        key="o-en-received",
        intent="other",
        lang="en",
        frm=("Sharon Whitlock", "sharon@whitlockbuilders.example"),
        when="2027-02-10 12:20 +0000",
        client="outlook_ios",
        inv="TTS-204503",
        amount="1430.00",
        cur="GBP",
        body="""Received, thanks. Gary's on site in Leeds till Thursday, I'll show it to him when he's back.

Sharon""",
        facts=Facts(
            note="acknowledgement; showing it to the owner is neither a promise nor a new contact"
        ),
    ),
    Reply(
        key="o-en-grout",
        intent="other",
        lang="en",
        frm=("Pete Dunne", "pete@dunnetiling.example"),
        when="2027-03-03 07:40 +0000",
        client="gmail_plain",
        inv="TTS-204715",
        amount="1120.00",
        body="""Morning, have ye the Fugaflex anthracite grout back in stock? I need 20 bags for Thursday for the Lucan job. Can I collect from the yard or do I have to order through the portal?

Pete""",
        facts=Facts(
            note="stock and collection question in the reminder thread; nothing about the invoice"
        ),
    ),
    Reply(
        key="o-en-administration",
        intent="other",
        lang="en",
        frm=("Paul Ingram", "paul.ingram@ingramconstruction.example"),
        when="2027-02-22 14:05 +0000",
        client="outlook_html",
        inv="TTS-204630",
        amount="8775.00",
        cur="GBP",
        body="""Hello,

I'm sorry to tell you that Ingram Construction Ltd entered administration on 18 February. I no longer have authority to make payments from the company's accounts. The administrators will be writing to all creditors in the next few days with details of how to submit a claim.

I'm sorry it has ended like this. You've been a good supplier to us over the years.

Paul Ingram""",
        facts=Facts(
            note="insolvency notice without a new address: a person must read it; no promise, no dispute"
        ),
    ),
    Reply(
        key="o-de-ehefrau",
        intent="other",
        lang="de",
        frm=("Birgit Lehmann", "b.lehmann@lehmann-fliesen.example"),
        when="2027-03-05 20:15 +0100",
        client="apple",
        inv="TTS-204742",
        amount="1655.00",
        body="""Guten Abend,

danke für die Info. Normalerweise mache ich die Büroarbeit für meinen Mann, aber die Unterlagen für diese Baustelle hat er selbst. Er ist bis nächste Woche auf Montage, ich spreche ihn darauf an, sobald er zurück ist.

Viele Grüße
Birgit Lehmann""",
        facts=Facts(
            note="the spouse who does the books acknowledges; no commitment to pay and no new contact"
        ),
    ),
    Reply(
        key="o-fr-note",
        intent="other",
        lang="fr",
        frm=("Thierry Lambert", "t.lambert@lambert-btp.example"),
        when="2027-02-11 18:02 +0100",
        client="iphone",
        inv="TTS-204513",
        amount="2240.00",
        body="C'est noté.",
        facts=Facts(note="one-line acknowledgement; neither a payment claim nor a promise"),
    ),
    Reply(
        key="o-fr-samedi",
        intent="other",
        lang="fr",
        frm=("Sophie Martin", "sophie@martin-sdb.example"),
        when="2027-03-09 11:30 +0100",
        client="gmail",
        inv="TTS-204758",
        amount="1315.00",
        body="""Bonjour,

Petite question qui n'a rien à voir : vous livrez toujours le samedi matin ? Il me faudrait 30 m² du même grès cérame que sur la dernière commande (le Pietra Grigia 60x120), pour un chantier à Annecy.

Merci !
Sophie Martin""",
        facts=Facts(note="delivery and order question; nothing about the invoice"),
    ),
    Reply(
        key="o-es-sospecha",
        intent="other",
        lang="es",
        frm=("Manuel Herrera", "manuelherrera.pintor@gmail.com"),
        when="2027-02-17 21:05 +0100",
        client="gmail_plain",
        inv="TTS-204565",
        amount="450.00",
        body="¿Esto es un correo de verdad? No me suena haberos comprado nada y ya me han intentado colar facturas falsas otras veces. ¿Me podéis llamar al fijo de la empresa para confirmarlo?",
        facts=Facts(
            note="suspicion and a request for a phone call; no claim against the invoice, no document asked for"
        ),
    ),
    Reply(
        key="o-es-jubilacion",
        intent="other",
        lang="es",
        frm=("Fernando Gil", "fgil@gilyasociados-obras.example"),
        when="2027-03-01 12:00 +0100",
        client="outlook",
        charset="windows-1252",
        inv="TTS-204705",
        amount="3105.00",
        body="""Buenos días:

Les comunico que a finales de enero cerré la empresa por jubilación. Estoy liquidando lo que queda con mi gestor y revisaré sus facturas con él.

Atentamente,
Fernando Gil""",
        facts=Facts(
            note="business closed by the owner, who stays the contact; no date or commitment"
        ),
    ),
    Reply(
        key="o-nl-kijk",
        intent="other",
        lang="nl",
        frm=("Ruud Bakker", "ruud@bakkerafbouw.example"),
        when="2027-02-04 17:50 +0100",
        client="samsung",
        inv="TTS-204445",
        amount="925.00",
        body="Oké, ik kijk ernaar.",
        facts=Facts(note="'I'll look at it' is no commitment to pay"),
    ),
    Reply(
        key="o-nl-prijslijst",
        intent="other",
        lang="nl",
        frm=("Femke Dekker", "inkoop@dekkerbadkamers.example"),
        when="2027-02-25 10:35 +0100",
        client="outlook_html",
        inv="TTS-204655",
        amount="3060.00",
        body="""Goedemorgen,

Dank voor uw bericht, ik geef het door aan onze boekhouding. Heeft u trouwens al de prijslijst voor 2027? Ik hoorde van uw vertegenwoordiger dat er per 1 april een prijsverhoging komt en ik wil nog een grote bestelling plaatsen.

Met vriendelijke groet,
Femke Dekker
Inkoop – Dekker Badkamers""",
        facts=Facts(
            note="passes the reminder on internally (no address) and asks for a price list"
        ),
    ),
    Reply(
        key="o-it-ricevuto",
        intent="other",
        lang="it",
        frm=("Simone Ricci", "simone.ricci@ricci-impresa.example"),
        when="2027-02-02 13:45 +0100",
        client="iphone",
        inv="TTS-204405",
        amount="1190.00",
        body="Ricevuto, grazie. Giro all'amministrazione.",
        facts=Facts(note="acknowledgement; passing it on without an address"),
    ),
    Reply(
        key="o-it-domanda",
        intent="other",
        lang="it",
        frm=("Giorgio Mancini", "giorgio@mancinibagni.example"),
        when="2027-03-10 18:25 +0100",
        client="gmail",
        inv="TTS-204769",
        amount="740.00",
        body="Ma questa non l'avevamo già pagata?",
        facts=Facts(
            note="bare question: not a payment claim, and it asks for no document; a person checks and answers"
        ),
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

BOUNCES = [
    Bounce(
        key="bo-en-postfix",
        lang="en",
        kind="hard",
        status="5.1.1",
        rcpt="accounts@ashworthtiling.example",
        when="2027-02-02 09:07 +0100",
        inv="TTS-204392",
        amount="1480.00",
        cur="GBP",
        build=bounce_postfix_unknown_user,
        note="Postfix RFC 3464 report with the full returned message",
    ),
    Bounce(
        key="bo-en-qmail",
        lang="en",
        kind="hard",
        status="5.1.1",
        rcpt="office@greenhillbuild.example",
        when="2027-02-16 09:08 +0100",
        inv="TTS-204541",
        amount="2675.00",
        cur="GBP",
        build=bounce_qmail,
        note="qmail non-MIME failure notice with the message inline; no Auto-Submitted",
    ),
    Bounce(
        key="bo-en-sendmail",
        lang="en",
        kind="soft",
        status="4.4.1",
        rcpt="mail@rowlandsjoinery.example",
        when="2027-03-05 13:10 +0100",
        queued_hours=4,
        inv="TTS-204737",
        amount="1830.00",
        cur="GBP",
        build=bounce_sendmail_delay,
        note="sendmail 4-hour delay warning",
    ),
    Bounce(
        key="bo-de-exchange",
        lang="de",
        kind="hard",
        status="5.1.1",
        rcpt="rechnungen@haas-bauunternehmung.example",
        when="2027-02-11 09:06 +0100",
        inv="TTS-204494",
        amount="3940.00",
        build=bounce_exchange_de,
        note="Exchange 'Unzustellbar' NDR",
    ),
    Bounce(
        key="bo-de-gateway",
        lang="de",
        kind="soft",
        status="4.4.1",
        rcpt="buchhaltung@petersen-ausbau.example",
        when="2027-02-25 13:20 +0100",
        queued_hours=4,
        inv="TTS-204642",
        amount="2280.00",
        build=bounce_gateway_de,
        note="security gateway delay notice in German",
    ),
    Bounce(
        key="bo-fr-exchange",
        lang="fr",
        kind="soft",
        status="5.2.2",
        rcpt="compta@riviere-carrelages.example",
        when="2027-03-03 09:09 +0100",
        inv="TTS-204714",
        amount="1560.00",
        build=bounce_exchange_fr_full,
        note="mailbox full reported with a 5.x code: soft, the code is kept",
    ),
    Bounce(
        key="bo-es-gmail",
        lang="es",
        kind="hard",
        status="5.1.1",
        rcpt="reformaslopez.admin@gmail.com",
        when="2027-02-19 09:07 +0100",
        inv="TTS-204587",
        amount="960.00",
        build=bounce_gmail_es,
        note="Gmail failure notice in Spanish",
    ),
    Bounce(
        key="bo-es-exim",
        lang="es",
        kind="soft",
        status="4.2.2",
        rcpt="oficina@alicatadosbenitez.example",
        when="2027-03-09 09:09 +0100",
        queued_hours=24,
        inv="TTS-204744",
        amount="1725.00",
        build=bounce_exim_es,
        note="Exim 24-hour delay warning localised in Spanish, plain text, not RFC 3464",
    ),
    Bounce(
        key="bo-nl-isp",
        lang="nl",
        kind="hard",
        status="5.4.4",
        rcpt="info@vandenberg-tegelzetters.example",
        when="2027-02-05 09:08 +0100",
        inv="TTS-204448",
        amount="2145.00",
        build=bounce_isp_nl,
        note="Dutch ISP (Postfix) report: the domain does not exist",
    ),
    Bounce(
        key="bo-nl-gmail",
        lang="nl",
        kind="soft",
        status="4.7.0",
        rcpt="j.kuipers@kuipersbouw.example",
        when="2027-02-18 14:05 +0100",
        queued_hours=5,
        inv="TTS-204593",
        amount="3310.00",
        build=bounce_gmail_nl_delay,
        note="Gmail delay notice in Dutch",
    ),
    Bounce(
        key="bo-it-exchange",
        lang="it",
        kind="hard",
        status="5.4.1",
        rcpt="amministrazione@edilverde-srl.example",
        when="2027-02-24 09:06 +0100",
        inv="TTS-204646",
        amount="4120.00",
        build=bounce_exchange_it,
        note="Office 365 'Non recapitabile' NDR",
    ),
    Bounce(
        key="bo-it-isp",
        lang="it",
        kind="soft",
        status="4.3.2",
        rcpt="info@pavimentimoretti.example",
        when="2027-03-11 10:30 +0100",
        queued_hours=1,
        inv="TTS-204776",
        amount="1390.00",
        build=bounce_isp_it_delay,
        note="Italian provider delay notice in multipart/mixed, not RFC 3464",
    ),
]


# --------------------------------------------------------------------------------------------
# Labels and their checks
# --------------------------------------------------------------------------------------------

FIRST_DAY = date(2027, 2, 1)
LAST_DAY = date(2027, 3, 12)
REF_PATTERN = re.compile(r"TTS-\d{6}")
AMOUNT_PATTERN = re.compile(r"\d+\.\d{2}")
ONLY_FOR: dict[str, tuple[Intent, ...]] = {
    "promised_date": ("promise_to_pay",),
    "paid_date": ("payment_sent",),
    "return_date": ("auto_reply",),
    "payment_reference": ("payment_sent",),
    "amount": ("payment_sent", "promise_to_pay"),
    "currency": ("payment_sent", "promise_to_pay"),
    "new_contact": ("wrong_contact",),
    "bounce_kind": ("bounce",),
    "failed_recipient": ("bounce",),
    "bounce_status": ("bounce",),
}


def reply_label(r: Reply, file: str) -> Label:
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


def bounce_label(b: Bounce, file: str) -> Label:
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


def field_problems(label: Label) -> list[str]:
    """Fields that only some intents may carry, date formats, lower-case addresses."""
    fields: dict[str, object] = dict(label)
    problems = [
        f"{key} set for {label['intent']}"
        for key, intents in ONLY_FOR.items()
        if fields[key] is not None and label["intent"] not in intents
    ]
    for key in ("promised_date", "paid_date", "return_date"):
        value = fields[key]
        if isinstance(value, str) and date.fromisoformat(value).isoformat() != value:
            problems.append(f"{key} not ISO")
    for key in ("new_contact", "failed_recipient"):
        value = fields[key]
        if isinstance(value, str) and value != value.lower():
            problems.append(f"{key} not lower case")
    return problems


def label_problems(label: Label) -> list[str]:
    """Shape checks: key order, value formats, and fields that only some intents may carry."""
    problems = [] if tuple(label) == LABEL_KEYS else ["keys out of order"]
    problems += field_problems(label)
    if (label["amount"] is None) != (label["currency"] is None):
        problems.append("amount and currency go together")
    if label["amount"] is not None and not AMOUNT_PATTERN.fullmatch(label["amount"]):
        problems.append("amount format")
    if label["currency"] not in {None, "EUR", "GBP"}:
        problems.append("currency")
    if label["intent"] == "bounce" and (
        label["bounce_kind"] not in {"hard", "soft"}
        or not label["failed_recipient"]
        or not label["bounce_status"]
    ):
        problems.append("bounce fields incomplete")
    problems += [
        f"bad ref {ref}" for ref in label["invoice_refs"] if not REF_PATTERN.fullmatch(ref)
    ]
    return problems


def text_problems(r: Reply) -> list[str]:
    """The extracted values must be in the hand-written text, where the labels say they are."""
    f, body = r.facts, r.body
    problems = [f"ref {ref} not in text" for ref in f.refs if ref[4:] not in body]
    problems += [f"unlabelled ref {m}" for m in REF_PATTERN.findall(body) if m not in f.refs]
    if f.contact and f.contact not in body.lower():
        problems.append("new_contact not in text")
    if f.ref and f.ref not in body:
        problems.append("payment_reference not in text")
    if not FIRST_DAY <= r.dt.date() <= LAST_DAY:
        problems.append("date out of range")
    return problems


def check_counts(labels: list[Label]) -> None:
    by_intent = Counter(x["intent"] for x in labels)
    cells = Counter((x["intent"], x["language"]) for x in labels)
    kinds = Counter(x["bounce_kind"] for x in labels if x["intent"] == "bounce")
    if len(labels) != TOTAL or any(by_intent[i] != PER_INTENT for i in INTENTS):
        raise SystemExit(f"counts: {dict(by_intent)}")
    missing = [(i, lang) for i in INTENTS for lang in LANGS if not cells[i, lang]]
    if missing:
        raise SystemExit(f"empty cells: {missing}")
    if kinds != Counter({"hard": 6, "soft": 6}):
        raise SystemExit(f"bounce kinds: {dict(kinds)}")


# --------------------------------------------------------------------------------------------
# Output and parse-back checks
# --------------------------------------------------------------------------------------------


def parse_problems(data: bytes) -> list[str]:
    """Parse as a reader would: headers decoded, every text part decoded, no defects."""
    msg = message_from_bytes(data, policy=policy.default)
    problems = [
        f"missing {h}" for h in ("From", "To", "Subject", "Date", "Message-ID") if msg[h] is None
    ]
    for header in ("From", "Subject"):
        if "=?" in str(msg[header]):
            problems.append(f"{header} not decoded")
    for part in msg.walk():
        problems += [f"defect {type(d).__name__}" for d in part.defects]
        if part.get_content_maintype() == "text" and not isinstance(part.get_content(), str):
            problems.append("text part not decoded")
    return problems


Item = tuple[str, Message, Reply | Bounce]
# Clients fold encoded words themselves (Header.encode does) but leave ids and addresses whole.
UNFOLDED = policy.compat32.clone(max_line_length=None)


def all_items() -> list[Item]:
    items: list[Item] = []
    for r in REPLIES:
        problems = text_problems(r)
        if problems:
            raise SystemExit(f"{r.key}: {problems}")
        items.append((r.key, build_reply(r), r))
    items += [(b.key, b.build(b), b) for b in BOUNCES]
    return items


def make_label(source: Reply | Bounce, file: str) -> Label:
    return reply_label(source, file) if isinstance(source, Reply) else bounce_label(source, file)


def shuffled(items: list[Item]) -> list[Item]:
    """A fixed, seeded order: file numbers say nothing about intent or language."""
    keys = [key for key, _, _ in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    return sorted(items, key=lambda item: digest(item[0], "order"))


def write_all() -> list[Label]:
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[Label] = []
    for number, (key, msg, source) in enumerate(shuffled(all_items()), start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = msg.as_bytes(policy=UNFOLDED)
        label = make_label(source, name)
        problems = parse_problems(data) + label_problems(label)
        if problems:
            raise SystemExit(f"{name} ({key}): {problems}")
        (HERE / name).write_bytes(data)
        labels.append(label)
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        out.writelines(json.dumps(label, ensure_ascii=False) + "\n" for label in labels)
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
