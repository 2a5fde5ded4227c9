# ruff: noqa: E501, RUF001
"""Build held-out reply corpus 34: `h34-NNN.eml` files and `labels.jsonl`.

Every message could land in the receivables mailbox of Blueharbor Language Services, a translation
and interpreting agency, after it sent an overdue reminder. The new text of each message is written
by hand below. The script adds only what a mail client or a mail server would add: the quoted
reminder in the client's layout and language, headers, MIME structure, charsets and transfer
encodings. It writes next to itself, deterministically (fixed seed, boundaries and Message-IDs
derived from each message's key, no clock), parses every message back as a check and prints the
count table.
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
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email import charset as email_charset
from email import message_from_bytes, policy
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr, parseaddr
from functools import cache
from pathlib import Path
from typing import Final, Literal, TypedDict

HERE: Final = Path(__file__).resolve().parent
PREFIX: Final = "h34"
SEED: Final = 20261123
AR_NAME: Final = "Blueharbor Receivables"
AR_ADDR: Final = "receivables@blueharbor-ls.example"
AR_DOMAIN: Final = "blueharbor-ls.example"
AR_MTA: Final = "mail.blueharbor-ls.example"
FIRST_DAY: Final = date(2026, 11, 23)
LAST_DAY: Final = date(2026, 12, 18)

Lang = Literal["en", "de", "fr", "es", "nl", "it"]
Loc = Literal["en", "us", "de", "fr", "es", "nl", "it"]
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
Client = Literal[
    "outlook",
    "outlook_html",
    "html_only",
    "owa",
    "android",
    "gmail",
    "gmail_plain",
    "apple",
    "iphone",
    "thunderbird",
    "notice",
]
Cte = Literal["qp", "b64", "8bit"]
BounceKind = Literal["hard", "soft"]

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


class Label(TypedDict):
    """One line of labels.jsonl, keys in holdout2's order."""

    file: str
    intent: Intent
    promised_date: str | None
    paid_date: str | None
    return_date: str | None
    payment_reference: str | None
    amount: str | None
    currency: str | None
    new_contact: str | None
    bounce_kind: BounceKind | None
    failed_recipient: str | None
    bounce_status: str | None
    invoice_refs: list[str]
    language: Lang
    note: str | None


LABEL_KEYS: Final = tuple(Label.__annotations__)


@dataclass(frozen=True, kw_only=True)
class Facts:
    """What a reply's new text states, as labelled (dates resolved in the sender's time zone)."""

    promised: str | None = None
    paid: str | None = None
    back: str | None = None
    ref: str | None = None
    amount: str | None = None
    currency: str | None = None
    contact: str | None = None
    refs: tuple[str, ...] = ()
    note: str | None = None


# --------------------------------------------------------------------------------------------
# Locale tables: what each client prints around a reply, per language
# --------------------------------------------------------------------------------------------

EN_NAMES: Final = (
    "Mon Tue Wed Thu Fri Sat Sun",
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "January February March April May June July August September October November December",
)
NAMES: Final[dict[Loc, tuple[str, str, str, str]]] = {
    "en": EN_NAMES,
    "us": EN_NAMES,
    "de": (
        "Mo. Di. Mi. Do. Fr. Sa. So.",
        "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
        "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
        "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    ),
    "fr": (
        "lun. mar. mer. jeu. ven. sam. dim.",
        "lundi mardi mercredi jeudi vendredi samedi dimanche",
        "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    ),
    "es": (
        "lun mar mié jue vie sáb dom",
        "lunes martes miércoles jueves viernes sábado domingo",
        "ene feb mar abr may jun jul ago sept oct nov dic",
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    ),
    "nl": (
        "ma di wo do vr za zo",
        "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
        "jan feb mrt apr mei jun jul aug sep okt nov dec",
        "januari februari maart april mei juni juli augustus september oktober november december",
    ),
    "it": (
        "lun mar mer gio ven sab dom",
        "lunedì martedì mercoledì giovedì venerdì sabato domenica",
        "gen feb mar apr mag giu lug ago set ott nov dic",
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    ),
}

GMAIL_ATTR: Final[dict[Loc, str]] = {
    "en": "On {wds}, {d} {mons} {yyyy} at {HH}:{MM}, {name} <{addr}> wrote:",
    "us": "On {wds}, {mons} {d}, {yyyy} at {h12}:{MM}\u202f{ampm} {name} <{addr}> wrote:",
    "de": "Am {wds}, {d}. {mons} {yyyy} um {HH}:{MM} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wds} {d} {mons} {yyyy} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {wds}, {d} {mons} {yyyy} a las {H}:{MM}, {name} (<{addr}>) escribió:",
    "nl": "Op {wds} {d} {mons} {yyyy} om {HH}:{MM} schreef {name} <{addr}>:",
    "it": "Il giorno {wds} {d} {mons} {yyyy} alle ore {HH}:{MM} {name} <{addr}> ha scritto:",
}
APPLE_ATTR: Final[dict[Loc, str]] = {
    "en": "On {d} {mons} {yyyy}, at {HH}:{MM}, {name} <{addr}> wrote:",
    "us": "On {mons} {d}, {yyyy}, at {h12}:{MM}\u202f{ampm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mm}.{yyyy} um {HH}:{MM} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mons} {yyyy} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {d} {mons} {yyyy}, a las {H}:{MM}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mons} {yyyy} om {HH}:{MM} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mons} {yyyy}, alle ore {HH}:{MM}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTR: Final[dict[Loc, str]] = {
    "en": "On {dd}/{mm}/{yyyy} {HH}:{MM}, {name} wrote:",
    "us": "On {m}/{d}/{yyyy} {h12}:{MM} {ampm}, {name} wrote:",
    "de": "Am {dd}.{mm}.{yyyy} um {HH}:{MM} schrieb {name}:",
    "fr": "Le {dd}/{mm}/{yyyy} à {HH}:{MM}, {name} a écrit :",
    "es": "El {d}/{m}/{yyyy} a las {H}:{MM}, {name} escribió:",
    "nl": "Op {dd}-{mm}-{yyyy} om {HH}:{MM} schreef {name}:",
    "it": "Il {dd}/{mm}/{yyyy} {HH}:{MM}, {name} ha scritto:",
}


@dataclass(frozen=True)
class OutlookWords:
    """The localised header block Outlook puts above a quoted message."""

    divider: str
    sender: str
    sent: str
    to: str
    subject: str
    sent_format: str
    reply_prefix: str


OUTLOOK: Final[dict[Loc, OutlookWords]] = {
    "en": OutlookWords(
        "-----Original Message-----",
        "From:",
        "Sent:",
        "To:",
        "Subject:",
        "{dd} {monl} {yyyy} {HH}:{MM}",
        "RE: ",
    ),
    "us": OutlookWords(
        "-----Original Message-----",
        "From:",
        "Sent:",
        "To:",
        "Subject:",
        "{wdl}, {monl} {d}, {yyyy} {h12}:{MM} {ampm}",
        "RE: ",
    ),
    "de": OutlookWords(
        "-----Ursprüngliche Nachricht-----",
        "Von:",
        "Gesendet:",
        "An:",
        "Betreff:",
        "{wdl}, {d}. {monl} {yyyy} {HH}:{MM}",
        "AW: ",
    ),
    "fr": OutlookWords(
        "-----Message d'origine-----",
        "De :",
        "Envoyé :",
        "À :",
        "Objet :",
        "{wdl} {d} {monl} {yyyy} {HH}:{MM}",
        "RE : ",
    ),
    "es": OutlookWords(
        "-----Mensaje original-----",
        "De:",
        "Enviado el:",
        "Para:",
        "Asunto:",
        "{wdl}, {d} de {monl} de {yyyy} {H}:{MM}",
        "RE: ",
    ),
    "nl": OutlookWords(
        "-----Oorspronkelijk bericht-----",
        "Van:",
        "Verzonden:",
        "Aan:",
        "Onderwerp:",
        "{wdl} {d} {monl} {yyyy} {HH}:{MM}",
        "RE: ",
    ),
    "it": OutlookWords(
        "-----Messaggio originale-----",
        "Da:",
        "Inviato:",
        "A:",
        "Oggetto:",
        "{wdl} {d} {monl} {yyyy} {HH}:{MM}",
        "R: ",
    ),
}
IPHONE_SIG: Final[dict[Loc, str]] = {
    "en": "Sent from my iPhone",
    "us": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
}
ANDROID_SIG: Final[dict[Loc, str]] = {
    "en": "Get Outlook for Android",
    "us": "Get Outlook for Android",
    "de": "Outlook für Android herunterladen",
    "fr": "Obtenir Outlook pour Android",
    "es": "Obtener Outlook para Android",
    "nl": "Outlook voor Android downloaden",
    "it": "Scarica Outlook per Android",
}
CONTENT_LANGUAGE: Final[dict[Loc, str]] = {
    "en": "en-GB",
    "us": "en-US",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}

# --------------------------------------------------------------------------------------------
# The reminder Blueharbor sent (quoted by replies, returned inside bounces)
# --------------------------------------------------------------------------------------------

IBAN_LINE: Final = "Harbour Mutual Bank · IBAN IE29 HMBK 9311 5204 7781 36 · BIC HMBKIE2D"
REMINDER_SUBJECT: Final[dict[Lang, str]] = {
    "en": "Overdue invoice {inv} – payment reminder",
    "de": "Zahlungserinnerung – Rechnung {inv}",
    "fr": "Relance : facture {inv} échue",
    "es": "Recordatorio de pago: factura {inv} vencida",
    "nl": "Betalingsherinnering factuur {inv}",
    "it": "Sollecito di pagamento – fattura {inv}",
}
REMINDER_BODY: Final[dict[Lang, str]] = {
    "en": (
        "Hello,\n\n"
        "Our records show that invoice {inv} for {amount}, due on {due}, is still unpaid.\n\n"
        "If you have already paid, thank you, and please disregard this message. If not, we would be grateful if you could arrange payment as soon as possible, or let us know if anything about the invoice needs our attention.\n\n"
        "{iban}\n"
        "Please quote the invoice number as your payment reference.\n\n"
        "Kind regards,\n\n"
        "Accounts Receivable\n"
        "Blueharbor Language Services Ltd\n"
        "Unit 4, Custom House Quay, Cork\n"
        "+353 21 555 0142"
    ),
    "de": (
        "Sehr geehrte Damen und Herren,\n\n"
        "bei der Durchsicht unserer offenen Posten ist uns aufgefallen, dass die Rechnung {inv} über {amount}, fällig am {due}, noch nicht beglichen ist.\n\n"
        "Sollten Sie die Zahlung bereits veranlasst haben, betrachten Sie diese Erinnerung bitte als gegenstandslos. Andernfalls bitten wir Sie, den Betrag in den nächsten Tagen zu überweisen, oder uns kurz Bescheid zu geben, falls es Rückfragen zur Rechnung gibt.\n\n"
        "{iban}\n"
        "Verwendungszweck: {inv}\n\n"
        "Mit freundlichen Grüßen\n\n"
        "Debitorenbuchhaltung\n"
        "Blueharbor Language Services Ltd"
    ),
    "fr": (
        "Madame, Monsieur,\n\n"
        "Sauf erreur de notre part, la facture {inv} d'un montant de {amount}, arrivée à échéance le {due}, n'a pas encore été réglée.\n\n"
        "Si vous avez déjà procédé au paiement, nous vous en remercions et vous prions de ne pas tenir compte de ce message. Dans le cas contraire, merci de bien vouloir effectuer le règlement dans les meilleurs délais, ou de nous faire part de toute question concernant cette facture.\n\n"
        "{iban}\n"
        "Merci de rappeler le numéro de facture en référence du virement.\n\n"
        "Cordialement,\n\n"
        "Service comptabilité clients\n"
        "Blueharbor Language Services Ltd"
    ),
    "es": (
        "Estimado/a cliente:\n\n"
        "Según nuestros registros, la factura {inv} por importe de {amount}, con vencimiento el {due}, sigue pendiente de pago.\n\n"
        "Si ya ha realizado el pago, le rogamos que no tenga en cuenta este mensaje. En caso contrario, le agradeceríamos que lo tramitara a la mayor brevedad o que nos comunicara cualquier incidencia relacionada con la factura.\n\n"
        "{iban}\n"
        "Indique el número de factura como concepto de la transferencia.\n\n"
        "Atentamente,\n\n"
        "Departamento de Cobros\n"
        "Blueharbor Language Services Ltd"
    ),
    "nl": (
        "Geachte heer/mevrouw,\n\n"
        "Volgens onze administratie staat factuur {inv} van {amount}, met vervaldatum {due}, nog open.\n\n"
        "Heeft u inmiddels betaald, dan kunt u dit bericht als niet verzonden beschouwen. Zo niet, dan verzoeken wij u het bedrag zo spoedig mogelijk over te maken, of contact met ons op te nemen als u vragen heeft over de factuur.\n\n"
        "{iban}\n"
        "Vermeld bij betaling het factuurnummer.\n\n"
        "Met vriendelijke groet,\n\n"
        "Debiteurenadministratie\n"
        "Blueharbor Language Services Ltd"
    ),
    "it": (
        "Gentile cliente,\n\n"
        "dai nostri controlli risulta che la fattura {inv} di {amount}, scaduta il {due}, non è ancora stata saldata.\n\n"
        "Se ha già provveduto al pagamento, La preghiamo di non tenere conto di questa comunicazione. In caso contrario, Le chiediamo cortesemente di effettuare il bonifico al più presto o di segnalarci eventuali osservazioni sulla fattura.\n\n"
        "{iban}\n"
        "Causale: {inv}\n\n"
        "Cordiali saluti,\n\n"
        "Ufficio Crediti\n"
        "Blueharbor Language Services Ltd"
    ),
}
DUE_FORMAT: Final[dict[Loc, str]] = {
    "en": "{d} {monl} {yyyy}",
    "us": "{monl} {d}, {yyyy}",
    "de": "{dd}.{mm}.{yyyy}",
    "fr": "{dd}/{mm}/{yyyy}",
    "es": "{d} de {monl} de {yyyy}",
    "nl": "{d} {monl} {yyyy}",
    "it": "{dd}/{mm}/{yyyy}",
}
SYMBOL: Final = {"EUR": "€", "GBP": "£", "USD": "$"}
# What a client writing in a legacy charset does with characters the charset lacks.
FALLBACKS: Final = {
    "–": "-",
    "—": "-",
    "€": "EUR",
    "\u202f": " ",
    "’": "'",
    "“": '"',
    "”": '"',
    "·": "-",
}


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def number(key: str, salt: str) -> int:
    return int.from_bytes(digest(key, salt)[:6], "big")


def b32(key: str, salt: str, n: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:n]


def date_parts(loc: Loc, dt: datetime | date) -> dict[str, str]:
    wds, wdl, mons, monl = (names.split() for names in NAMES[loc])
    hour = dt.hour if isinstance(dt, datetime) else 0
    minute = dt.minute if isinstance(dt, datetime) else 0
    return {
        "wds": wds[dt.weekday()],
        "wdl": wdl[dt.weekday()],
        "mons": mons[dt.month - 1],
        "monl": monl[dt.month - 1],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "m": str(dt.month),
        "mm": f"{dt.month:02d}",
        "yyyy": str(dt.year),
        "H": str(hour),
        "HH": f"{hour:02d}",
        "MM": f"{minute:02d}",
        "h12": str((hour - 1) % 12 + 1),
        "ampm": "AM" if hour < 12 else "PM",
    }


def render(template: str, loc: Loc, dt: datetime | date, **extra: str) -> str:
    return template.format(**date_parts(loc, dt), **extra)


def money(amount: str, currency: str, loc: Loc) -> str:
    """An amount as Blueharbor's reminder prints it for the customer's locale."""
    units, cents = amount.split(".")
    grouped = f"{int(units):,}"
    if loc in {"en", "us"}:
        return f"{SYMBOL[currency]}{grouped}.{cents}"
    sep = "\u00a0" if loc == "fr" else "."
    local = f"{grouped.replace(',', sep)},{cents}"
    sign = "€" if currency == "EUR" else currency
    if loc in {"nl", "it"}:
        return f"{sign} {local}"
    return f"{local}\u00a0{sign}" if loc == "fr" else f"{local} {sign}"


def encodable(text: str, charset: str) -> bool:
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        return False
    return True


def fit(text: str, charset: str) -> str:
    """Machine-made text (the quoted reminder) as a legacy-charset client would carry it."""
    for bad, good in FALLBACKS.items():
        if bad in text and not encodable(bad, charset):
            text = text.replace(bad, good)
    return text


def working_days_before(day: date, count: int) -> date:
    while count > 0:
        day -= timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day


@dataclass(frozen=True, kw_only=True)
class Invoice:
    """The overdue invoice a reminder is about."""

    number: str
    amount: str
    currency: str

    def due(self, sent: datetime, loc: Loc) -> str:
        days = 14 + number(self.number, "due") % 24
        return render(DUE_FORMAT[loc], loc, sent.date() - timedelta(days=days))


def reminder_subject(lang: Lang, inv: Invoice) -> str:
    return REMINDER_SUBJECT[lang].format(inv=inv.number)


def reminder_text(lang: Lang, loc: Loc, inv: Invoice, sent: datetime) -> str:
    amount = money(inv.amount, inv.currency, loc)
    due = inv.due(sent, loc)
    return REMINDER_BODY[lang].format(inv=inv.number, amount=amount, due=due, iban=IBAN_LINE)


def reminder_msgid(key: str) -> str:
    return f"<dun.{b32(key, 'reminder', 16).lower()}@{AR_DOMAIN}>"


# --------------------------------------------------------------------------------------------
# MIME helpers
# --------------------------------------------------------------------------------------------


UNENCODED: Final = 0  # email.charset: neither QP nor base64, so 7bit or 8bit as the text needs


def text_part(text: str, subtype: str, charset: str, cte: Cte) -> Message:
    """A text part with the charset and transfer encoding the client would choose."""
    if not encodable(text, charset):
        raise SystemExit(f"text does not fit {charset}: {text[:60]!r}")
    cs = email_charset.Charset(charset)
    cs.body_encoding = {"qp": email_charset.QP, "b64": email_charset.BASE64, "8bit": UNENCODED}[cte]
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, cs)
    return part


def header_text(value: str, charset: str, name: str = "Subject") -> str:
    """A header value as a mail client encodes it (RFC 2047 when it is not ASCII)."""
    if value.isascii():
        return value
    use = charset if encodable(value, charset) else "utf-8"
    return Header(value, use, header_name=name).encode()


def address(name: str, addr: str, charset: str) -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    use = charset if encodable(name, charset) else "utf-8"
    return f"{Header(name, use).encode()} <{addr}>"


def alternative(plain: Message, markup: Message) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(markup)
    return outer


def quote_lines(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_lines(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    return "\n".join(f"<p>{html_lines(p)}</p>" for p in text.split("\n\n"))


def mso_paragraphs(text: str) -> str:
    return "\n".join(
        f'<p class="MsoNormal">{html.escape(line, quote=False) or "&nbsp;"}<o:p></o:p></p>'
        for line in text.split("\n")
    )


def move_content_headers_last(msg: Message) -> None:
    """Clients write the MIME headers after the envelope headers."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value


def drop_inner_versions(part: Message, *, top: bool) -> None:
    """Only the top of a message (or of an enclosed message) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    if not part.is_multipart():
        return
    enclosed = part.get_content_type() == "message/rfc822"
    for sub in part.get_payload():
        if isinstance(sub, Message):
            drop_inner_versions(sub, top=enclosed)


def fix_boundaries(msg: Message, key: str, prefix: str) -> None:
    parts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(parts):
        part.set_boundary(f"{prefix}{b32(key, f'boundary{n}', 26)}")


def finalize(msg: Message, *, key: str, boundary_prefix: str) -> Message:
    move_content_headers_last(msg)
    drop_inner_versions(msg, top=True)
    fix_boundaries(msg, key, boundary_prefix)
    return msg


# --------------------------------------------------------------------------------------------
# Replies and the client layouts wrapped around them
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Reply:
    """One hand-written reply: who wrote it, when, with which client, and what it says."""

    key: str
    intent: Intent
    lang: Lang
    sender: tuple[str, str]
    when: str
    client: Client
    body: str
    facts: Facts = field(default_factory=Facts)
    loc: Loc | None = None
    region: str = ""
    inv: str = ""
    owed: str = ""
    cur: str = ""
    subject: str = ""
    charset: str = "utf-8"
    cte: Cte = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    attachment: tuple[str, bytes] | None = None
    inline: tuple[tuple[int, str], ...] = ()
    to_addr: str = ""
    cc: str = ""
    threaded: bool = True

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def client_loc(self) -> Loc:
        return self.loc or self.lang

    @property
    def invoice(self) -> Invoice:
        n = number(self.key, "invoice")
        num = self.inv or (self.facts.refs[0] if self.facts.refs else invoice_numbers()[self.key])
        cents = ("00", "50", "00", "20", "75", "00")[n % 6]
        derived = f"{180 + (n >> 8) % 3400}.{cents}"
        amount = self.owed or self.facts.amount or derived
        default_cur = "USD" if self.client_loc == "us" else "EUR"
        return Invoice(
            number=num, amount=amount, currency=self.cur or self.facts.currency or default_cur
        )


@dataclass(frozen=True)
class Quote:
    """The reminder as the replying client shows it."""

    text: str
    subject: str
    sent: datetime
    loc: Loc
    to: str


@dataclass(frozen=True)
class Ctx:
    """A reply and the reminder it answers."""

    r: Reply
    q: Quote

    def plain(self, text: str, *, cte: Cte | None = None) -> Message:
        return text_part(text, "plain", self.r.charset, cte or self.r.cte)

    def markup(self, text: str) -> Message:
        return text_part(text, "html", self.r.charset, self.r.cte)


def reminder_sent(r: Reply) -> datetime:
    """The reminder went out one to three working days earlier, a little after nine in Cork."""
    day = working_days_before(r.dt.date(), 1 + number(r.key, "gap") % 3)
    minute = 1 + number(r.key, "minute") % 9
    return datetime(day.year, day.month, day.day, 9, minute, 12, tzinfo=UTC)


def make_quote(r: Reply) -> Quote:
    sent_utc = reminder_sent(r)
    inv = r.invoice
    text = fit(reminder_text(r.lang, r.client_loc, inv, sent_utc), r.charset)
    subject = fit(reminder_subject(r.lang, inv), r.charset)
    to_addr = r.to_addr or r.sender[1]
    to = f"{r.sender[0]} <{to_addr}>" if r.sender[0] and not r.to_addr else to_addr
    return Quote(text, subject, sent_utc.astimezone(r.dt.tzinfo), r.client_loc, fit(to, r.charset))


def outlook_rows(q: Quote) -> list[tuple[str, str]]:
    w = OUTLOOK[q.loc]
    return [
        (w.sender, f"{AR_NAME} <{AR_ADDR}>"),
        (w.sent, render(w.sent_format, q.loc, q.sent)),
        (w.to, q.to),
        (w.subject, q.subject),
    ]


def outlook_block(q: Quote) -> list[str]:
    return [f"{label} {value}" for label, value in outlook_rows(q)]


def outlook_head_html(q: Quote) -> str:
    return "<br>\n".join(
        f"<b>{html.escape(label)}</b> {html.escape(value)}" for label, value in outlook_rows(q)
    )


def word_html(c: Ctx) -> str:
    lang = CONTENT_LANGUAGE[c.q.loc].upper()
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={c.r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!--\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}\n--></style>\n'
        f'</head>\n<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{mso_paragraphs(c.r.body)}\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{outlook_head_html(c.q)}<o:p></o:p></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso_paragraphs(c.q.text)}\n</div>\n</body>\n</html>\n"
    )


def client_outlook(c: Ctx) -> Message:
    block = "\n".join([OUTLOOK[c.q.loc].divider, *outlook_block(c.q)])
    return c.plain(f"{c.r.body}\n\n{block}\n\n{c.q.text}\n")


def client_outlook_html(c: Ctx) -> Message:
    text = "\n".join([c.r.body, "", "_" * 32, *outlook_block(c.q), "", c.q.text, ""])
    return alternative(c.plain(text), c.markup(word_html(c)))


def client_html_only(c: Ctx) -> Message:
    return c.markup(word_html(c))


def client_owa(c: Ctx) -> Message:
    text = "\n".join([c.r.body, "", "_" * 32, *outlook_block(c.q), "", c.q.text, ""])
    markup = (
        f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={c.r.charset}">\n'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
        '</head>\n<body dir="ltr">\n'
        f'<div class="elementToProof" style="font-family: Aptos, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n{html_lines(c.r.body)}</div>\n'
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{outlook_head_html(c.q)}</font>\n<div>&nbsp;</div>\n</div>\n"
        f'<div class="BodyFragment"><font size="2"><span style="font-size:11pt;">\n<div class="PlainText">{html_lines(c.q.text)}</div>\n</span></font></div>\n'
        "</body>\n</html>\n"
    )
    return alternative(c.plain(text), c.markup(markup))


def client_android(c: Ctx) -> Message:
    block = "\n".join(outlook_block(c.q))
    text = f"{c.r.body}\n\n{ANDROID_SIG[c.q.loc]}\n{'_' * 32}\n{block}\n\n{c.q.text}\n"
    return c.plain(text, cte="b64")


def gmail_attr(q: Quote) -> str:
    return render(GMAIL_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def client_gmail(c: Ctx) -> Message:
    attr = gmail_attr(c.q)
    text = f"{c.r.body}\n\n{attr}\n\n{quote_lines(c.q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_lines(c.r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(c.q.text)}</blockquote></div>\n"
    )
    return alternative(c.plain(text), c.markup(markup))


def quoted(c: Ctx) -> str:
    """The quoted reminder, with the writer's answers after the paragraphs they answer."""
    if not c.r.inline:
        return quote_lines(c.q.text)
    answers = dict(c.r.inline)
    blocks: list[str] = []
    run: list[str] = []
    for n, paragraph in enumerate(c.q.text.split("\n\n")):
        run.append(paragraph)
        if n in answers:
            blocks += [quote_lines("\n\n".join(run)), answers[n]]
            run = []
    if run:
        blocks.append(quote_lines("\n\n".join(run)))
    return "\n\n".join(blocks)


def client_gmail_plain(c: Ctx) -> Message:
    return c.plain(f"{c.r.body}\n\n{gmail_attr(c.q)}\n\n{quoted(c)}\n")


def apple_attr(q: Quote) -> str:
    return render(APPLE_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def client_apple(c: Ctx) -> Message:
    return c.plain(f"{c.r.body}\n\n{apple_attr(c.q)}\n\n{quoted(c)}\n")


def client_iphone(c: Ctx) -> Message:
    quoted = quote_lines(f"{apple_attr(c.q)}\n\n{c.q.text}")
    return c.plain(f"{c.r.body}\n\n{IPHONE_SIG[c.q.loc]}\n\n{quoted}\n")


FLOW_WIDTH: Final = 72


def flow_line(line: str) -> list[str]:
    """RFC 3676: a long line becomes soft-broken pieces, each ending in a space."""
    prefix = re.match(r">* ?", line)
    lead = prefix.group(0) if prefix and line.startswith(">") else ""
    pieces: list[str] = []
    current = ""
    for word in line[len(lead) :].split(" "):
        if current and len(lead) + len(current) + len(word) > FLOW_WIDTH:
            pieces.append(lead + current)
            current = ""
        current += word + " "
    pieces.append(lead + current[:-1])
    return pieces


def flowed(text: str) -> str:
    return "\n".join(piece for line in text.split("\n") for piece in flow_line(line))


def client_thunderbird(c: Ctx) -> Message:
    attr = render(THUNDERBIRD_ATTR[c.q.loc], c.q.loc, c.q.sent, name=AR_NAME)
    text = f"{c.r.body}\n\n{attr}\n{quote_lines(c.q.text)}\n"
    if c.r.charset != "utf-8":
        return c.plain(text)
    part = c.plain(flowed(text))
    part.set_param("format", "flowed")
    return part


def client_notice(c: Ctx) -> Message:
    """Automatic notices and AP-system mail quote nothing."""
    return c.plain(c.r.body + "\n")


CLIENTS: Final[dict[Client, Callable[[Ctx], Message]]] = {
    "outlook": client_outlook,
    "outlook_html": client_outlook_html,
    "html_only": client_html_only,
    "owa": client_owa,
    "android": client_android,
    "gmail": client_gmail,
    "gmail_plain": client_gmail_plain,
    "apple": client_apple,
    "iphone": client_iphone,
    "thunderbird": client_thunderbird,
    "notice": client_notice,
}
OUTLOOK_FAMILY: Final[frozenset[Client]] = frozenset(
    {"outlook", "outlook_html", "html_only", "owa", "android"}
)
CLIENT_HEADERS: Final[dict[Client, tuple[tuple[str, str], ...]]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22C152)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
}
BOUNDARY_PREFIX: Final[dict[Client, str]] = {
    "gmail": "000000000000",
    "apple": "Apple-Mail=_",
    "iphone": "Apple-Mail-",
}


def reply_msgid(r: Reply) -> str:
    domain = r.sender[1].split("@")[1]
    raw = digest(r.key, "message-id")
    if r.client in {"gmail", "gmail_plain"}:
        tail = base64.urlsafe_b64encode(raw).decode().rstrip("=")[:44]
        return f"<CA{tail}@mail.gmail.com>"
    if r.client in OUTLOOK_FAMILY:
        host = f"{b32(r.key, 'host', 4)}PR0{raw[0] % 9 + 1}MB{raw[1] * 31 % 9000 + 1000}"
        return f"<{host}{b32(r.key, 'ms', 18)}@{host}.eurprd0{raw[2] % 9 + 1}.prod.outlook.example>"
    if r.client in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{raw.hex()[:12]}-{raw.hex()[12:20]}@{domain}>"


def reply_subject(r: Reply, q: Quote) -> str:
    if r.subject:
        return r.subject.format(rsub=q.subject)
    prefix = OUTLOOK[q.loc].reply_prefix if r.client in OUTLOOK_FAMILY else "Re: "
    return prefix + q.subject


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    index = base64.b64encode(digest(r.key, "thread-index")[:22]).decode()
    return [
        ("Thread-Topic", header_text(q.subject, r.charset, "Thread-Topic")),
        ("Thread-Index", index),
        ("Accept-Language", CONTENT_LANGUAGE[q.loc]),
        ("Content-Language", r.region or CONTENT_LANGUAGE[q.loc]),
        ("X-MS-Has-Attach", "yes" if r.attachment else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def with_attachment(r: Reply, body: Message) -> Message:
    if r.attachment is None:
        return body
    name, data = r.attachment
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    pdf = MIMEApplication(data, "pdf")
    pdf.add_header("Content-Disposition", "attachment", filename=name)
    outer.attach(pdf)
    return outer


def reply_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    heads = [
        ("From", address(*r.sender, r.charset)),
        ("To", formataddr((AR_NAME, AR_ADDR))),
        *([("Cc", r.cc)] if r.cc else []),
        ("Subject", header_text(reply_subject(r, q), r.charset)),
        ("Date", format_datetime(r.dt)),
        ("Message-ID", reply_msgid(r)),
    ]
    if r.threaded:
        heads += [("In-Reply-To", reminder_msgid(r.key)), ("References", reminder_msgid(r.key))]
    if r.client in OUTLOOK_FAMILY:
        heads += outlook_headers(r, q)
    return [*heads, *CLIENT_HEADERS.get(r.client, ()), *r.headers]


def build_reply(r: Reply) -> Message:
    q = make_quote(r)
    msg = with_attachment(r, CLIENTS[r.client](Ctx(r, q)))
    for name, value in reply_headers(r, q):
        msg[name] = value
    default_prefix = "_000_" if r.client in OUTLOOK_FAMILY else "----=_Part_"
    return finalize(msg, key=r.key, boundary_prefix=BOUNDARY_PREFIX.get(r.client, default_prefix))


def reply_label(r: Reply) -> Label:
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
        invoice_refs=list(f.refs),
        language=r.lang,
        note=f.note,
    )


AUTO_REPLIED: Final = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED: Final = ("Auto-Submitted", "auto-generated")
NO_AUTO_RESPONSE: Final = ("X-Auto-Response-Suppress", "All")
FAKE_PDF: Final = (
    b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)

# --------------------------------------------------------------------------------------------
# The hand-written replies
# --------------------------------------------------------------------------------------------

PAYMENT_SENT: Final = [
    Reply(
        key="ps-en-1",
        intent="payment_sent",
        lang="en",
        sender=("Declan Moriarty", "dmoriarty@moriarty-solicitors.example"),
        when="2026-11-24 08:12 +0000",
        client="iphone",
        body="Paid.",
        facts=Facts(note="one-word reply; no date, amount or reference"),
    ),
    Reply(
        key="ps-en-2",
        intent="payment_sent",
        lang="en",
        sender=(
            "Mercy Ridge University Hospital – Accounts Payable",
            "ap-noreply@mercyridge-hospital.example",
        ),
        when="2026-11-27 06:02 +0000",
        client="notice",
        threaded=False,
        subject="Payment Advice 88120457 – Blueharbor Language Services Ltd",
        headers=(AUTO_GENERATED, ("X-Mailer", "PayRun Notifier 4.2")),
        body=(
            "PAYMENT ADVICE\n\n"
            "Payer:              Mercy Ridge University Hospital – Finance Department\n"
            "Payee:              Blueharbor Language Services Ltd (Supplier No. 200418)\n"
            "Payment document:   88120457\n"
            "Payment date:       27.11.2026\n"
            "Payment method:     SEPA credit transfer\n\n"
            "Invoice No.      Invoice Date    Gross Amount   Deductions     Amount Paid\n"
            "BH/2026/0377     02.10.2026          3,418.50         0.00        3,418.50\n\n"
            "Total paid:  EUR 3,418.50\n\n"
            "The amount will be credited to the bank account we hold on file for your company. For queries about this payment please quote the payment document number and write to accounts.payable@mercyridge-hospital.example.\n\n"
            "This message was generated automatically. Please do not reply to it."
        ),
        facts=Facts(
            paid="2026-11-27",
            ref="88120457",
            amount="3418.50",
            currency="EUR",
            refs=("BH/2026/0377",),
            note="AP-system payment advice with Auto-Submitted: auto-generated and no thread headers: a payment sent, not an auto-reply; the queries address is not a new contact",
        ),
    ),
    Reply(
        key="ps-en-3",
        intent="payment_sent",
        lang="en",
        sender=("Harriet Lowe", "h.lowe@fenwickpress.example"),
        when="2026-12-03 14:37 +0000",
        client="outlook_html",
        cur="GBP",
        body=(
            "Hi,\n\n"
            "Didn't we pay this already? I've got a Faster Payment to Blueharbor Language Services on 20 November for £1,150.00, our ref FP-OUT-30917, which I matched to invoice 0402 at the time. Could you check it hasn't been allocated to another account?\n\n"
            "Thanks,\nHarriet\n\n"
            "Harriet Lowe\nFinance Assistant | Fenwick Press\n44 Calder Street, Leeds LS2 8QT\nT: 0113 496 0871\n\n"
            "This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Fenwick Press Ltd, registered in England and Wales no. 04417721."
        ),
        facts=Facts(
            paid="2026-11-20",
            ref="FP-OUT-30917",
            amount="1150.00",
            currency="GBP",
            refs=("BH/2026/0402",),
            note="payment claim phrased as a question but with date, amount and reference: payment_sent; '0402' is short for BH/2026/0402",
        ),
    ),
    Reply(
        key="ps-de-1",
        intent="payment_sent",
        lang="de",
        sender=("Petra Albrecht", "petra.albrecht@ag-lindenau.example"),
        when="2026-12-02 10:21 +0100",
        client="outlook",
        charset="iso-8859-1",
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "die Rechnung BH/2026/0433 (Dolmetschleistung in der Sitzung vom 22.10.2026) wurde am 30.11.2026 von der Landesjustizkasse zur Zahlung angewiesen. Kassenzeichen: 7311 0264 8895, Betrag 612,50 EUR.\n\n"
            "Bitte haben Sie Verständnis dafür, dass die Gutschrift auf Ihrem Konto noch einige Tage dauern kann.\n\n"
            "Mit freundlichen Grüßen\nIm Auftrag\n\n"
            "Petra Albrecht\nAmtsgericht Lindenau\n- Verwaltungsgeschäftsstelle -\nTel. 03421 7706-214"
        ),
        facts=Facts(
            paid="2026-11-30",
            ref="7311 0264 8895",
            amount="612.50",
            currency="EUR",
            refs=("BH/2026/0433",),
            note="'zur Zahlung angewiesen' by the state treasury: the payment order is issued, out of the court's hands",
        ),
    ),
    Reply(
        key="ps-fr-1",
        intent="payment_sent",
        lang="fr",
        sender=("Camille Perrot", "c.perrot@perrot-avocats.example"),
        when="2026-12-09 08:47 +0100",
        client="iphone",
        body="Bonjour,\nC est regle depuis hier soir par virement, desole pour le retard.\nCdlt\nCamille Perrot",
        facts=Facts(
            paid="2026-12-08",
            note="typed without accents or apostrophe; 'hier soir' is the evening before Wed 9 Dec",
        ),
    ),
    Reply(
        key="ps-fr-2",
        intent="payment_sent",
        lang="fr",
        sender=("Mathieu Gagnon", "mgagnon@editions-boreal-nord.example"),
        when="2026-12-04 16:20 -0500",
        client="outlook_html",
        region="fr-CA",
        body=(
            "Bonjour,\n\n"
            "Je vous confirme que le virement international pour la facture BH/2026/0391 a été envoyé hier par notre institution financière. Montant : 2 145,00 EUR. Numéro de confirmation : TRF-QC-20261203-118.\n\n"
            "Selon la banque, il faut compter de trois à cinq jours ouvrables avant que les fonds vous parviennent.\n\n"
            "Bonne fin de semaine,\n\n"
            "Mathieu Gagnon\nComptabilité fournisseurs\nÉditions Boréal Nord inc.\nMontréal (Québec)"
        ),
        facts=Facts(
            paid="2026-12-03",
            ref="TRF-QC-20261203-118",
            amount="2145.00",
            currency="EUR",
            refs=("BH/2026/0391",),
            note="Quebec French; 'hier' from Fri 4 Dec in Montreal",
        ),
    ),
    Reply(
        key="ps-es-1",
        intent="payment_sent",
        lang="es",
        sender=("Lucía Ferrer", "lferrer@hospitalsantelm.example"),
        when="2026-12-02 12:05 +0100",
        client="gmail",
        attachment=("justificante_transferencia_BH.pdf", FAKE_PDF),
        body=(
            "Buenos días:\n\n"
            "Ya está pagada. La transferencia se hizo el lunes 30 y os adjunto el justificante. Si en un par de días no os aparece, decídmelo y lo reviso con el banco.\n\n"
            "Un saludo,\n\nLucía Ferrer\nAdministración – Hospital Sant Elm"
        ),
        facts=Facts(paid="2026-11-30", note="proof of transfer attached as a PDF"),
    ),
    Reply(
        key="ps-es-2",
        intent="payment_sent",
        lang="es",
        sender=("Andrés Villaseñor", "andres.villasenor.pm@gmail.com"),
        when="2026-12-10 21:40 -0600",
        client="gmail",
        cur="USD",
        body=(
            "Hola, buenas noches.\n\n"
            "Ya quedó pagada con tarjeta hoy en la mañana desde el link que me mandaron. El número de autorización es 839201, por 415.00 USD. Me llegó el comprobante al correo; si lo necesitan, se los reenvío.\n\n"
            "Saludos,\nAndrés"
        ),
        facts=Facts(
            paid="2026-12-10",
            ref="839201",
            amount="415.00",
            currency="USD",
            note="Mexican freelance PM; 'hoy' is 10 Dec in the sender's zone (-0600) although the message is already 11 Dec in UTC",
        ),
    ),
    Reply(
        key="ps-nl-1",
        intent="payment_sent",
        lang="nl",
        sender=("Sanne de Wit", "sanne@dewit-projectvertalingen.example"),
        when="2026-12-14 13:02 +0100",
        client="android",
        body="Is gedaan, vandaag overgemaakt.\n\nGr. Sanne",
        facts=Facts(paid="2026-12-14", note="one-liner from a phone"),
    ),
    Reply(
        key="ps-nl-2",
        intent="payment_sent",
        lang="nl",
        sender=("Jeroen Bakker", "crediteuren@uitgeverij-het-anker.example"),
        when="2026-12-08 15:44 +0100",
        client="outlook_html",
        body=(
            "Goedemiddag,\n\n"
            "De betaling van factuur BH/2026/0447 (€ 2.310,40) is gisteren door ons vrijgegeven en met de betaalbatch van 16.00 uur verstuurd. Reken op bijschrijving binnen twee werkdagen.\n\n"
            "Met vriendelijke groet,\n\nJeroen Bakker\nCrediteurenadministratie\nUitgeverij Het Anker B.V."
        ),
        facts=Facts(
            paid="2026-12-07",
            amount="2310.40",
            currency="EUR",
            refs=("BH/2026/0447",),
            note="released and sent in yesterday's batch (Mon 7 Dec)",
        ),
    ),
    Reply(
        key="ps-it-1",
        intent="payment_sent",
        lang="it",
        sender=("Roberta Cattaneo", "liquidazioni@asl-valtidone.example"),
        when="2026-11-30 11:18 +0100",
        client="outlook",
        charset="windows-1252",
        body=(
            "Buongiorno,\n\n"
            "in riferimento al Vostro sollecito, Vi comunichiamo che la fattura n. BH/2026/0369 è stata liquidata con mandato di pagamento n. 4471 emesso in data 27/11/2026, per un importo di € 1.890,00.\n\n"
            "I tempi di accredito dipendono dal Tesoriere (di norma 3-5 giorni lavorativi).\n\n"
            "Distinti saluti\n\n"
            "Roberta Cattaneo\nU.O.C. Gestione Economico-Finanziaria\nASL Valtidone"
        ),
        facts=Facts(
            paid="2026-11-27",
            ref="4471",
            amount="1890.00",
            currency="EUR",
            refs=("BH/2026/0369",),
            note="public health authority: a payment mandate issued is a payment sent; windows-1252",
        ),
    ),
    Reply(
        key="ps-it-2",
        intent="payment_sent",
        lang="it",
        sender=("Giulia Ferraris", "giulia.ferraris@studiolegaleferraris.example"),
        when="2026-12-15 12:26 +0100",
        client="android",
        body="Buongiorno, il bonifico è partito stamattina. Vi giro la contabile appena la banca me la manda.\nGiulia",
        facts=Facts(paid="2026-12-15"),
    ),
]

PROMISE_TO_PAY: Final = [
    Reply(
        key="pp-en-1",
        intent="promise_to_pay",
        lang="en",
        loc="us",
        sender=("Tamika Reynolds", "treynolds@stbrendan-medical.example"),
        when="2026-12-08 10:42 -0500",
        client="outlook",
        inv="BH/2026/0452",
        body=(
            "Good morning,\n\n"
            "Invoice BH-2026-0452 has been approved and will go out in Friday's check run. Checks are mailed the same day, so please allow 5-7 business days for USPS.\n\n"
            "Thank you,\n\n"
            "Tamika Reynolds\nAccounts Payable Specialist\nSt. Brendan Medical Center\n(412) 555-0187\n\n"
            "CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information, including protected health information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message."
        ),
        facts=Facts(
            promised="2026-12-11",
            refs=("BH/2026/0452",),
            note="'has been approved' is past, the check goes out in Friday's run (Fri 11 Dec): promise; 'BH-2026-0452' normalised",
        ),
    ),
    Reply(
        key="pp-en-2",
        intent="promise_to_pay",
        lang="en",
        sender=("Niamh Gallagher", "niamh.gallagher@gallagher-cross.example"),
        when="2026-12-03 16:05 +0000",
        client="gmail",
        body=(
            "Hi there,\n\n"
            "Thanks for the nudge. I've scheduled the transfer of €1,620.00 for the 15th — we pay all our suppliers mid-month. The invoice number will be on the remittance.\n\n"
            "Best,\nNiamh\n\nNiamh Gallagher\nOffice Manager\nGallagher Cross LLP"
        ),
        facts=Facts(
            promised="2026-12-15",
            amount="1620.00",
            currency="EUR",
            note="past-tense 'I've scheduled' announces a future payment on the 15th",
        ),
    ),
    Reply(
        key="pp-en-3",
        intent="promise_to_pay",
        lang="en",
        sender=("Ben Okafor", "ben.okafor@brightwater-ngo.example"),
        when="2026-11-26 19:58 +0000",
        client="iphone",
        subject="Out of office - but re your reminder",
        body=(
            "Hi, I'm out of office this week (conference in Brussels) but saw your reminder on my phone. Nothing wrong with the invoice, it just needs my sign-off. I'm back Monday and I'll release it then, so it should reach you by Wednesday 2nd.\n\nBen"
        ),
        facts=Facts(
            promised="2026-11-30",
            note="a person writing, although the subject says 'Out of office': not auto_reply; the promise is the release on Mon 30 Nov, the 2 Dec arrival is not the payment date",
        ),
    ),
    Reply(
        key="pp-de-1",
        intent="promise_to_pay",
        lang="de",
        sender=("Sabine Krüger", "s.krueger@verlag-lindenblatt.example"),
        when="2026-12-01 09:33 +0100",
        client="outlook_html",
        charset="windows-1252",
        body=(
            "Guten Morgen,\n\n"
            "danke für die Erinnerung. Die Rechnung ist freigegeben, die Zahlung erfolgt in KW 50 mit unserem nächsten Zahlungslauf.\n\n"
            "Viele Grüße\nSabine Krüger\n\n"
            "Verlag Lindenblatt GmbH\nRechnungswesen\nHauptstraße 12 · 69117 Heidelberg\nTel. +49 6221 555 3120\n\n"
            "Geschäftsführer: Dr. Martin Lindner · Amtsgericht Mannheim HRB 700123"
        ),
        facts=Facts(
            promised="2026-12-07",
            note="'KW 50' is the ISO week of 7-13 Dec; a week is labelled by its Monday, as 'next week' is",
        ),
    ),
    Reply(
        key="pp-de-2",
        intent="promise_to_pay",
        lang="de",
        sender=("Thomas Brandl", "brandl@kanzlei-brandl-weiss.example"),
        when="2026-12-04 17:12 +0100",
        client="thunderbird",
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "wir begleichen die Rechnung am 15. zusammen mit den übrigen Lieferantenrechnungen. Früher geht es leider nicht, da unsere Buchhalterin bis dahin im Urlaub ist.\n\n"
            "Mit freundlichen Grüßen\n\nThomas Brandl\nRechtsanwalt\nKanzlei Brandl & Weiß"
        ),
        facts=Facts(promised="2026-12-15", note="'am 15.' is the 15th of the message's month"),
    ),
    Reply(
        key="pp-fr-1",
        intent="promise_to_pay",
        lang="fr",
        sender=("Sophie Marchand", "sophie.marchand@ong-horizons-partages.example"),
        when="2026-11-24 11:50 +0100",
        client="gmail",
        body=(
            "Bonjour,\n\n"
            "La facture a bien été validée par notre directrice. Le règlement partira fin de mois, avec notre campagne de virements fournisseurs.\n\n"
            "Bien à vous,\n\nSophie Marchand\nResponsable administrative et financière\nHorizons Partagés – ONG"
        ),
        facts=Facts(promised="2026-11-30", note="'fin de mois' written on 24 Nov: 30 Nov"),
    ),
    Reply(
        key="pp-es-1",
        intent="promise_to_pay",
        lang="es",
        sender=("Martina Sosa", "msosa@estudiososa-abogados.example"),
        when="2026-12-03 23:10 -0300",
        client="gmail",
        cur="USD",
        body=(
            "Hola, ¿qué tal?\n\n"
            "Perdón la demora, se me pasó por completo. Mañana a primera hora hago la transferencia desde la cuenta en dólares y te mando el comprobante.\n\n"
            "Saludos,\nMartina"
        ),
        facts=Facts(
            promised="2026-12-04",
            note="Buenos Aires, 23:10 on Thu 3 Dec (already 4 Dec in UTC): 'mañana' is Fri 4 Dec in the sender's zone",
        ),
    ),
    Reply(
        key="pp-es-2",
        intent="promise_to_pay",
        lang="es",
        sender=("Javier Ortega", "jortega@editorialmarina.example"),
        when="2026-12-09 10:30 +0100",
        client="outlook",
        charset="iso-8859-1",
        body=(
            "Buenos días:\n\n"
            "Ya lo hemos dejado programado: la factura BH/2026/0455 se paga el día 18 en la remesa de proveedores.\n\n"
            "Un saludo,\n\nJavier Ortega\nDpto. de Administración\nEditorial Marina, S.L."
        ),
        facts=Facts(
            promised="2026-12-18",
            refs=("BH/2026/0455",),
            note="past tense 'lo hemos dejado programado' announces a payment on the 18th",
        ),
    ),
    Reply(
        key="pp-nl-1",
        intent="promise_to_pay",
        lang="nl",
        sender=("Pieter Vos", "p.vos@vos-vertaalprojecten.example"),
        when="2026-12-16 08:55 +0100",
        client="iphone",
        body="Excuus, helemaal over het hoofd gezien. Uiterlijk vrijdag staat het op jullie rekening.\n\nPieter",
        facts=Facts(promised="2026-12-18", note="'uiterlijk vrijdag' from Wed 16 Dec"),
    ),
    Reply(
        key="pp-nl-2",
        intent="promise_to_pay",
        lang="nl",
        sender=("Fatima El Amrani", "f.elamrani@stichting-taalbrug.example"),
        when="2026-12-10 14:20 +0100",
        client="outlook_html",
        body=(
            "Beste medewerker van Blueharbor,\n\n"
            "Dank voor uw herinnering. Wij zijn een kleine stichting en onze subsidie voor het vierde kwartaal is nog niet door de gemeente overgemaakt. Zodra dat bedrag binnen is, betalen wij uw factuur in één keer. Volgens de gemeente wordt dat begin januari.\n\n"
            "Met vriendelijke groet,\n\nFatima El Amrani\nPenningmeester\nStichting Taalbrug"
        ),
        facts=Facts(
            note="conditional promise of one full payment, not a request for more time; 'begin januari' cannot be pinned to a day",
        ),
    ),
    Reply(
        key="pp-it-1",
        intent="promise_to_pay",
        lang="it",
        sender=("Davide Romano", "amministrazione@casaeditricelanterna.example"),
        when="2026-12-04 10:05 +0100",
        client="gmail",
        body=(
            "Buongiorno,\n\n"
            "ci scusiamo per il ritardo. Provvederemo al pagamento della fattura BH/2026/0462 entro fine mese.\n\n"
            "Cordiali saluti\nDavide Romano\nAmministrazione – Casa Editrice Lanterna"
        ),
        facts=Facts(promised="2026-12-31", refs=("BH/2026/0462",)),
    ),
    Reply(
        key="pp-it-2",
        intent="promise_to_pay",
        lang="it",
        sender=("Chiara Bellini", "chiara.bellini.pm@gmail.com"),
        when="2026-12-10 18:40 +0100",
        client="iphone",
        body="Ciao! scusa il ritardo, sono stata sommersa. Lunedi prossimo ti faccio il bonifico, promeso.\nChiara",
        facts=Facts(
            promised="2026-12-14",
            note="missing accent and a typo; 'lunedì prossimo' from Thu 10 Dec is Mon 14 Dec",
        ),
    ),
]

DISPUTE: Final = [
    Reply(
        key="dp-en-1",
        intent="dispute",
        lang="en",
        sender=("Graham Whitfield", "gwhitfield@whitfield-barnes.example"),
        when="2026-11-25 09:14 +0000",
        client="outlook",
        cur="GBP",
        body=(
            "Dear Sirs,\n\n"
            "We have NOT paid invoice BH/2026/0381 and we will not be paying it. The certified translation of the witness statements was never delivered. Your project manager promised it for 13 November; nothing arrived, and we had to instruct another agency at short notice to meet the court deadline.\n\n"
            "Please cancel the invoice and confirm in writing.\n\n"
            "Yours faithfully,\n\nGraham Whitfield\nPartner\nWhitfield Barnes Solicitors\n\n"
            "Whitfield Barnes Solicitors is authorised and regulated by the Solicitors Regulation Authority. This email is confidential and may be legally privileged. If you are not the intended recipient, please tell us and delete it."
        ),
        facts=Facts(
            refs=("BH/2026/0381",),
            note="capitalised negation of payment with the reason: service never delivered",
        ),
    ),
    Reply(
        key="dp-en-2",
        intent="dispute",
        lang="en",
        sender=("Laura Mensah", "accounts@thorne-academic.example"),
        when="2026-12-01 15:26 +0000",
        client="gmail",
        inv="BH/2026/0416",
        body=(
            "Hello,\n\n"
            "This looks like a duplicate of BH/2026/0388, which we paid on 12 November. Same job reference (TA-PRJ-1142), same word count, same amount. Could you cancel 0416 and send us a credit note?\n\n"
            "Regards,\nLaura Mensah\nAccounts, Thorne Academic Publishing"
        ),
        facts=Facts(
            refs=("BH/2026/0388", "BH/2026/0416"),
            note="duplicate billing; the payment mentioned is of the first invoice, so no payment fields",
        ),
    ),
    Reply(
        key="dp-en-3",
        intent="dispute",
        lang="en",
        sender=("Alan Pierce", "a.pierce@northgate-clinic.example"),
        when="2026-12-11 13:48 +0000",
        client="outlook_html",
        owed="1540.00",
        cur="GBP",
        body=(
            "To whoever handles this,\n\n"
            'I am frankly tired of these reminders. We\'ve paid the undisputed part (£1,200.00) today. The remaining £340.00 is a "rush surcharge" that nobody here ever agreed to — the patient leaflets were ordered on your standard turnaround, and that is what our PO says.\n\n'
            "Send a corrected invoice for the surcharge and this is closed. Until then that part is not getting paid.\n\n"
            "Alan Pierce\nClinical Services Manager\nNorthgate Clinic"
        ),
        facts=Facts(
            note="part paid today, part contested: dispute wins for the disputed part; the part payment is not labelled",
        ),
    ),
    Reply(
        key="dp-de-1",
        intent="dispute",
        lang="de",
        sender=("Jutta Hoffmann", "jutta.hoffmann@lg-altenstadt.example"),
        when="2026-11-30 14:02 +0100",
        client="outlook",
        charset="iso-8859-1",
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "die Rechnung BH/2026/0398 wird nicht beglichen. Die von Ihnen benannte Dolmetscherin für Rumänisch ist zum Hauptverhandlungstermin am 19.11.2026 nicht erschienen; die Sitzung musste vertagt werden. Eine Leistung wurde somit nicht erbracht.\n\n"
            "Wir bitten um Stornierung der Rechnung.\n\n"
            "Mit freundlichen Grüßen\nIm Auftrag\nHoffmann\nJustizamtsinspektorin\n\n"
            "Landgericht Altenstadt\nGeschäftsstelle der 3. Strafkammer"
        ),
        facts=Facts(refs=("BH/2026/0398",), note="interpreter did not attend: service not done"),
    ),
    Reply(
        key="dp-de-2",
        intent="dispute",
        lang="de",
        sender=("Markus Engel", "kreditoren@klinikum-rosenfeld.example"),
        when="2026-12-07 11:11 +0100",
        client="owa",
        body=(
            "Guten Tag,\n\n"
            "zu dieser Rechnung haben Sie uns bereits am 13.11. eine Gutschrift über den vollen Betrag geschickt (GS-2026-041), weil der Auftrag storniert wurde. Offen ist aus unserer Sicht nichts. Bitte prüfen Sie das und buchen Sie die Rechnung aus.\n\n"
            "Freundliche Grüße\nMarkus Engel\nKreditorenbuchhaltung\nKlinikum Rosenfeld gGmbH"
        ),
        facts=Facts(
            note="already credited in full; the credit-note number is not a payment reference"
        ),
    ),
    Reply(
        key="dp-fr-1",
        intent="dispute",
        lang="fr",
        sender=("Hélène Dubreuil", "h.dubreuil@editions-du-phare.example"),
        when="2026-12-02 16:40 +0100",
        client="apple",
        body="Bonjour,\n\nJe vous réponds dans le texte.",
        inline=(
            (
                1,
                "Je ne peux pas valider cette facture en l'état : vous facturez 14 pages alors que le document source en compte 9, ce que votre propre devis indiquait d'ailleurs.",
            ),
            (
                2,
                "Merci de m'envoyer une facture rectifiée, je la réglerai dès réception.\n\nBien cordialement,\n\nHélène Dubreuil\nÉditions du Phare – Service fabrication",
            ),
        ),
        facts=Facts(
            note="inline reply between the quoted paragraphs; quantity dispute, the corrected-invoice request and the conditional payment follow from it",
        ),
    ),
    Reply(
        key="dp-fr-2",
        intent="dispute",
        lang="fr",
        sender=("Yannick Le Goff", "compta@solidarite-atlantique.example"),
        when="2026-12-14 10:12 +0100",
        client="outlook_html",
        charset="windows-1252",
        body=(
            "Bonjour,\n\n"
            "Nous ne retrouvons aucune trace de cette commande. Le bon de commande indiqué sur votre facture (BC-7781) n'a pas été émis par notre association : nos bons sont numérotés SA-2026-xxx. Il s'agit vraisemblablement d'une erreur de client.\n\n"
            "Nous ne donnerons pas suite à cette facture.\n\n"
            "Cordialement,\n\nYannick Le Goff\nComptable\nSolidarité Atlantique"
        ),
        facts=Facts(note="not our purchase order"),
    ),
    Reply(
        key="dp-es-1",
        intent="dispute",
        lang="es",
        sender=("Raquel Domínguez", "rdominguez@dominguezlafuente.example"),
        when="2026-12-10 17:35 +0100",
        client="gmail",
        body=(
            "Hola:\n\n"
            "No vamos a pagar esta factura hasta que nos emitáis un abono parcial. La traducción del informe pericial llegó con errores graves de terminología (confundisteis «dictamen» y «sentencia» en varias páginas) y tuvimos que revisarla nosotros a toda prisa para presentarla en plazo.\n\n"
            "Ya se lo expliqué a vuestra gestora de proyectos el 20 de noviembre y sigo sin respuesta.\n\n"
            "Raquel Domínguez\nDomínguez & Lafuente Abogados"
        ),
        facts=Facts(
            note="quality complaint: 'we won't pay until' a partial credit is issued; not a request for a reduced amount on hardship grounds",
        ),
    ),
    Reply(
        key="dp-nl-1",
        intent="dispute",
        lang="nl",
        sender=("M. Jansen", "m.jansen@jansen-advocatuur.example"),
        when="2026-11-27 10:05 +0100",
        client="outlook",
        body=(
            "Goedemorgen,\n\n"
            "Wij betalen deze factuur pas als de beëdigde vertaling van de akte is gecorrigeerd. De naam van onze cliënte is op twee plaatsen verkeerd gespeld (Van der Berg in plaats van Van den Berg), waardoor de rechtbank het stuk niet accepteert. Ik heb dit op 16 november al gemeld.\n\n"
            "Met vriendelijke groet,\n\nmr. M. Jansen\nJansen Advocatuur"
        ),
        facts=Facts(note="'we only pay once it is corrected': dispute, not promise"),
    ),
    Reply(
        key="dp-nl-2",
        intent="dispute",
        lang="nl",
        sender=("Linda Visser", "linda.visser@ziekenhuisrijnoever.example"),
        when="2026-12-15 09:40 +0100",
        client="owa",
        body=(
            "Goedemorgen,\n\n"
            "Waarom staat er een spoedtoeslag van 25% op deze factuur? Die hebben wij nooit aangevraagd; de levertermijn in onze bestelling was gewoon tien werkdagen. Graag een creditnota voor de toeslag, dan betalen we de rest.\n\n"
            "Met vriendelijke groet,\nLinda Visser\nInkoop & Facturen\nZiekenhuis Rijnoever"
        ),
        facts=Facts(
            note="a question that contests a surcharge; the conditional payment of the rest is secondary"
        ),
    ),
    Reply(
        key="dp-it-1",
        intent="dispute",
        lang="it",
        sender=("Stefano Greco", "s.greco@fondazionepontidipace.example"),
        when="2026-12-01 12:30 +0100",
        client="gmail",
        body=(
            "Buongiorno,\n\n"
            "non capisco questo sollecito. L'interpretariato del convegno del 6 novembre è stato annullato da voi stessi due giorni prima, con una mail della vostra coordinatrice che conservo. Non avendo ricevuto alcun servizio, non pagheremo la fattura BH/2026/0409.\n\n"
            "Cordiali saluti\nStefano Greco\nSegreteria organizzativa – Fondazione Ponti di Pace"
        ),
        facts=Facts(refs=("BH/2026/0409",), note="service cancelled by the agency itself"),
    ),
    Reply(
        key="dp-it-2",
        intent="dispute",
        lang="it",
        sender=("Elena Moretti", "e.moretti@morettiprojects.example"),
        when="2026-12-16 19:05 +0100",
        client="gmail_plain",
        body="Ciao,",
        inline=(
            (
                1,
                "la fattura non torna: la tariffa concordata era 0,09 €/parola, voi avete messo 0,12.",
            ),
            (2, "Mandatemi una fattura corretta e la pago subito.\nElena"),
        ),
        facts=Facts(
            note="inline reply; wrong rate: 'send a corrected invoice and I'll pay' is a dispute, not an invoice_request",
        ),
    ),
]

PAYMENT_PLAN: Final = [
    Reply(
        key="pl-en-1",
        intent="payment_plan",
        lang="en",
        sender=("Grace Mwangi", "finance@openhands-relief.example"),
        when="2026-11-30 12:15 +0000",
        client="gmail",
        owed="4200.00",
        body=(
            "Dear Blueharbor team,\n\n"
            "Thank you for your patience. I'll be honest with you: a major grant payment from one of our donors has been delayed until the new year, and our cash position is very tight this month. We fully accept the invoice (€4,200.00) and the work was excellent.\n\n"
            "Would it be possible to pay it in three monthly instalments of €1,400, starting in December? If that works for you, I can set up the standing order this week.\n\n"
            "With many thanks,\nGrace Mwangi\nFinance Officer, Open Hands Relief"
        ),
        facts=Facts(
            note="hardship and an instalment proposal; plan dates and amounts are not labelled"
        ),
    ),
    Reply(
        key="pl-en-2",
        intent="payment_plan",
        lang="en",
        sender=("Rory Quinlan", "rory@quinlan-localisation.example"),
        when="2026-12-17 22:30 +0000",
        client="iphone",
        body=(
            "Any chance you could give me till the end of January on this one? My end client is 90 days late paying me and I'm stuck in the middle. Not disputing it, just can't front it right now.\n\nRory"
        ),
        facts=Facts(
            note="asks for more time: a request, not a promise, so the end of January is not a promised date",
        ),
    ),
    Reply(
        key="pl-en-3",
        intent="payment_plan",
        lang="en",
        sender=("Simon Hale", "s.hale@halebrook-books.example"),
        when="2026-12-09 11:20 +0000",
        client="outlook_html",
        owed="1275.00",
        cur="GBP",
        body=(
            "Hello,\n\n"
            "I'm afraid Halebrook Books is winding down its translated-fiction list and we are settling with our creditors where we can. Would you accept £800.00 in full and final settlement of the £1,275.00 outstanding? I can pay that amount within seven days of your agreement.\n\n"
            "Kind regards,\nSimon Hale\nDirector, Halebrook Books Ltd"
        ),
        facts=Facts(
            note="reduced-amount settlement offer; the payment it offers depends on agreement, so no promise",
        ),
    ),
    Reply(
        key="pl-de-1",
        intent="payment_plan",
        lang="de",
        sender=("Andrea Schubert", "info@uebersetzungsbuero-schubert.example"),
        when="2026-11-27 16:45 +0100",
        client="gmail",
        owed="2380.00",
        body=(
            "Hallo zusammen,\n\n"
            "leider hat mein Endkunde selbst noch nicht bezahlt, und ich kann die 2.380 € gerade nicht auf einmal vorstrecken. Wäre es in Ordnung, wenn ich die Rechnung in zwei Raten begleiche – die Hälfte Mitte Dezember, den Rest Mitte Januar?\n\n"
            "Danke für Ihr Verständnis und viele Grüße\nAndrea Schubert"
        ),
        facts=Facts(note="two instalments proposed"),
    ),
    Reply(
        key="pl-de-2",
        intent="payment_plan",
        lang="de",
        sender=("Klaus Reinhardt", "reinhardt@reinhardt-partner.example"),
        when="2026-12-14 08:30 +0100",
        client="outlook",
        charset="windows-1252",
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "aufgrund eines längeren krankheitsbedingten Ausfalls in unserer Kanzlei ist unsere Liquidität derzeit angespannt. Wir bitten daher um Stundung der offenen Rechnung bis Ende Februar 2027. Selbstverständlich erkennen wir die Forderung in voller Höhe an.\n\n"
            "Für Ihr Entgegenkommen danken wir im Voraus.\n\n"
            "Mit freundlichen Grüßen\n\nKlaus Reinhardt\nRechtsanwalt\nReinhardt & Partner Rechtsanwälte"
        ),
        facts=Facts(
            note="'Stundung' (deferral) request: payment_plan; the end of February is asked for, not promised"
        ),
    ),
    Reply(
        key="pl-fr-1",
        intent="payment_plan",
        lang="fr",
        sender=("Nadia Benali", "nadia.benali@cabinet-benali.example"),
        when="2026-12-07 14:10 +0100",
        client="gmail",
        body=(
            "Bonjour,\n\n"
            "Je traverse une période un peu compliquée avec le cabinet (un gros client en redressement judiciaire). Serait-il possible d'échelonner le paiement de la facture en trois fois, sur décembre, janvier et février ?\n\n"
            "Merci d'avance pour votre compréhension.\n\nNadia Benali\nAvocate au barreau de Lyon"
        ),
    ),
    Reply(
        key="pl-fr-2",
        intent="payment_plan",
        lang="fr",
        sender=("Luc Vandamme", "luc.vandamme@traductions-vandamme.example"),
        when="2026-12-11 09:30 +0100",
        client="thunderbird",
        charset="iso-8859-1",
        cte="8bit",
        body=(
            "Bonjour,\n\n"
            "Je vous verse 500 EUR aujourd'hui et le solde en janvier, quand mes propres clients m'auront payé. J'espère que cela vous convient.\n\n"
            "Bien à vous,\nLuc Vandamme"
        ),
        facts=Facts(
            note="part payment today and the rest later: payment_plan, not payment_sent; Belgian freelancer, 8-bit Latin-1",
        ),
    ),
    Reply(
        key="pl-es-1",
        intent="payment_plan",
        lang="es",
        sender=("Carmen Ruiz", "cruiz@asociacionraices.example"),
        when="2026-12-02 13:15 +0100",
        client="outlook_html",
        body=(
            "Hola, buenas tardes:\n\n"
            "Somos una asociación pequeña y este mes vamos muy justos de tesorería. ¿Sería posible abonar la factura en dos plazos, uno ahora en diciembre y otro a mediados de enero? Si os parece bien, os confirmo las fechas exactas.\n\n"
            "Muchas gracias,\n\nCarmen Ruiz\nTesorera – Asociación Raíces"
        ),
    ),
    Reply(
        key="pl-es-2",
        intent="payment_plan",
        lang="es",
        sender=("Diego Navarro", "diegonavarro.traduce@gmail.com"),
        when="2026-12-15 23:50 +0100",
        client="gmail_plain",
        owed="960.00",
        body=(
            "Hola,\n\n"
            "Os soy sincero: estoy pasando una mala racha (baja médica en octubre y casi sin encargos desde entonces) y ahora mismo no puedo pagar los 960 € de golpe. ¿Podemos hablarlo? Aunque sea poco a poco, quiero pagarlo.\n\n"
            "Gracias por entenderlo,\nDiego"
        ),
        facts=Facts(note="hardship; asks to pay little by little"),
    ),
    Reply(
        key="pl-nl-1",
        intent="payment_plan",
        lang="nl",
        sender=("Ahmed Bouzid", "a.bouzid@bouzid-taalprojecten.example"),
        when="2026-12-03 20:15 +0100",
        client="gmail",
        body=(
            "Hallo,\n\n"
            "Is een betalingsregeling mogelijk? Ik zou de factuur graag in vier maandelijkse termijnen afbetalen, te beginnen in januari. Het bedrag zelf klopt, het gaat alleen om de timing.\n\n"
            "Groet,\nAhmed Bouzid"
        ),
    ),
    Reply(
        key="pl-it-1",
        intent="payment_plan",
        lang="it",
        sender=("Francesca Neri", "amministrazione@neri-associati.example"),
        when="2026-12-09 15:00 +0100",
        client="outlook_html",
        body=(
            "Gentili Signori,\n\n"
            "a causa di un momentaneo problema di liquidità dello studio, Vi chiediamo la cortesia di poter rateizzare l'importo della fattura in quattro rate mensili di pari importo, a partire da gennaio 2027.\n\n"
            "Restiamo in attesa di un Vostro gentile riscontro.\n\n"
            "Cordiali saluti\nFrancesca Neri\nStudio Neri & Associati"
        ),
    ),
    Reply(
        key="pl-it-2",
        intent="payment_plan",
        lang="it",
        sender=("Paolo Gatti", "paolo.gatti@mareaperto-onlus.example"),
        when="2026-11-23 10:40 +0100",
        client="gmail",
        body=(
            "Buongiorno,\n\n"
            "siamo una piccola onlus e i fondi del progetto europeo arriveranno in ritardo. Sarebbe possibile avere una proroga di 60 giorni sulla scadenza? Ci rendiamo conto del disagio e Vi ringraziamo per la pazienza.\n\n"
            "Paolo Gatti\nTesoriere – Mare Aperto Onlus"
        ),
        facts=Facts(note="asks for a 60-day extension"),
    ),
]

INVOICE_REQUEST: Final = [
    Reply(
        key="ir-en-1",
        intent="invoice_request",
        lang="en",
        sender=("Kevin Doyle", "kevin.doyle@doyle-fitzgerald.example"),
        when="2026-11-23 15:22 +0000",
        client="outlook",
        body=(
            "Hi,\n\n"
            "We've no record of receiving this invoice at all - it's not in our AP inbox or in the post. Could you resend it as a PDF? Once I have it I'll put it into this week's approvals.\n\n"
            "Thanks,\nKevin\n\nKevin Doyle | Accounts | Doyle Fitzgerald Solicitors\n+353 1 555 0763"
        ),
        facts=Facts(
            note="never received, please resend; putting it into approvals is not a payment date",
        ),
    ),
    Reply(
        key="ir-en-2",
        intent="invoice_request",
        lang="en",
        loc="us",
        sender=("Maria Santos", "vendorsetup@lakeshore-health.example"),
        when="2026-12-04 13:40 -0600",
        client="outlook_html",
        region="en-US",
        body=(
            "Hello,\n\n"
            "Your invoice is on hold because we do not have a W-8BEN-E on file for Blueharbor Language Services. As a foreign vendor, we need the signed form before Accounts Payable can release any payment. Please return it to this address; once it is processed the invoice will go into the next payment cycle.\n\n"
            "Regards,\n\nMaria Santos\nVendor Maintenance | Lakeshore Health System\nChicago, IL"
        ),
        facts=Facts(
            note="tax form needed before payment; 'the next payment cycle' is not a promise"
        ),
    ),
    Reply(
        key="ir-en-3",
        intent="invoice_request",
        lang="en",
        sender=("Olivia Grant", "purchase.ledger@kingsbridge-university.example"),
        when="2026-12-16 10:02 +0000",
        client="owa",
        cur="GBP",
        body=(
            "Dear Blueharbor,\n\n"
            "Our finance system has rejected invoice BH/2026/0471 because it doesn't quote a purchase order number. Could you please reissue it with PO 4500123987? There's no issue with the amount.\n\n"
            "Best wishes,\nOlivia Grant\nPurchase Ledger, Kingsbridge University"
        ),
        facts=Facts(refs=("BH/2026/0471",), note="reissue with a PO number, amount not contested"),
    ),
    Reply(
        key="ir-de-1",
        intent="invoice_request",
        lang="de",
        sender=("Ingrid Wolff", "rechnungseingang@stiftung-brueckenbau.example"),
        when="2026-12-08 10:50 +0100",
        client="outlook_html",
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "Ihre Rechnung können wir in der vorliegenden Form leider nicht buchen. Es fehlen der Leistungszeitraum, Ihre USt-IdNr. und der Hinweis auf die Steuerschuldnerschaft des Leistungsempfängers. Bitte senden Sie uns eine entsprechend ergänzte Rechnung zu.\n\n"
            "Mit freundlichen Grüßen\nIngrid Wolff\nFinanzbuchhaltung\nStiftung Brückenbau"
        ),
        facts=Facts(note="reissue with the mandatory VAT details; amount not contested"),
    ),
    Reply(
        key="ir-de-2",
        intent="invoice_request",
        lang="de",
        sender=("Florian Hahn", "f.hahn@hahn-medien.example"),
        when="2026-12-17 14:25 +0100",
        client="apple",
        body=(
            "Hallo,\n\n"
            "bei uns ist die Zuordnung etwas durcheinandergeraten. Können Sie mir bitte einen aktuellen Kontoauszug mit allen offenen Posten schicken? Dann gleiche ich das vor Weihnachten ab.\n\n"
            "Beste Grüße\nFlorian Hahn"
        ),
        facts=Facts(note="statement of account"),
    ),
    Reply(
        key="ir-fr-1",
        intent="invoice_request",
        lang="fr",
        sender=("Aurélie Fontaine", "a.fontaine@fontaine-associes.example"),
        when="2026-11-25 11:12 +0100",
        client="outlook_html",
        charset="windows-1252",
        body=(
            "Bonjour,\n\n"
            "Avant de pouvoir procéder au virement, notre service comptable a besoin de votre RIB sur papier à en-tête (ou d'une attestation bancaire). Pourriez-vous nous le faire parvenir ?\n\n"
            "Merci par avance,\n\nAurélie Fontaine\nAssistante juridique\nFontaine & Associés"
        ),
        facts=Facts(note="bank details needed before paying, although the reminder prints an IBAN"),
    ),
    Reply(
        key="ir-fr-2",
        intent="invoice_request",
        lang="fr",
        sender=("Service facturier – CHU de Valmont", "facturier@chu-valmont.example"),
        when="2026-12-03 14:30 +0100",
        client="outlook",
        body=(
            "Madame, Monsieur,\n\n"
            "Conformément à la réglementation, les factures adressées au CHU doivent être déposées sur le portail Chorus Pro (SIRET 267 800 211 00015, code service FACT-TRAD). Les factures transmises par courriel ne peuvent pas être prises en charge.\n\n"
            "Nous vous invitons à déposer la facture BH/2026/0427 sur le portail ; elle sera traitée dès son intégration.\n\n"
            "Cordialement,\n\nService facturier\nDirection des finances – CHU de Valmont"
        ),
        facts=Facts(
            refs=("BH/2026/0427",),
            note="resubmit through the public e-invoicing portal: invoice_request, not wrong_contact (a portal is not a contact)",
        ),
    ),
    Reply(
        key="ir-es-1",
        intent="invoice_request",
        lang="es",
        sender=("Marta Gil", "mgil@clinicalosalamos.example"),
        when="2026-12-07 09:20 +0100",
        client="gmail",
        body=(
            "Buenos días:\n\n"
            "La factura viene a nombre de nuestra antigua razón social y sin el NIF correcto, así que contabilidad no la puede registrar. ¿Nos la podéis reenviar a nombre de Clínica Los Álamos, S.L.P., NIF B-12345678? El importe está bien.\n\n"
            "Gracias,\nMarta Gil\nAdministración"
        ),
        facts=Facts(note="reissue with the right company name and tax id; amount not contested"),
    ),
    Reply(
        key="ir-es-2",
        intent="invoice_request",
        lang="es",
        sender=("Sergio Medina", "smedina@editorialtintaroja.example"),
        when="2026-11-26 16:10 +0100",
        client="iphone",
        body="Hola, esa factura no nos ha llegado nunca. ¿Me la reenvías? Gracias\nSergio",
    ),
    Reply(
        key="ir-nl-1",
        intent="invoice_request",
        lang="nl",
        sender=("E. Smit", "e.smit@rechtbank-zeeveld.example"),
        when="2026-12-01 11:40 +0100",
        client="outlook",
        body=(
            "Geachte heer/mevrouw,\n\n"
            "Wij nemen sinds 1 juli alleen nog e-facturen aan via Peppol. Een pdf per e-mail kunnen wij niet in behandeling nemen. Wilt u factuur BH/2026/0421 opnieuw indienen via Peppol, met vermelding van ons ordernummer 2026-RZ-0833?\n\n"
            "Met vriendelijke groet,\n\nE. Smit\nFinanciële administratie\nRechtbank Zeeveld"
        ),
        facts=Facts(refs=("BH/2026/0421",), note="resubmit as an e-invoice with an order number"),
    ),
    Reply(
        key="ir-nl-2",
        intent="invoice_request",
        lang="nl",
        sender=("Griet Peeters", "griet.peeters@samenspraak-vzw.example"),
        when="2026-12-16 15:30 +0100",
        client="gmail",
        region="nl-BE",
        body=(
            "Dag,\n\n"
            "Ik vind die factuur nergens terug in onze mailbox. Kunnen jullie mij een kopie bezorgen, liefst samen met de offerte? Dan leg ik ze volgende week voor aan onze raad van bestuur.\n\n"
            "Vriendelijke groeten,\nGriet Peeters\nvzw Samenspraak"
        ),
        facts=Facts(note="Flemish; presenting it to the board next week is not a payment promise"),
    ),
    Reply(
        key="ir-it-1",
        intent="invoice_request",
        lang="it",
        sender=("Marco Ferri", "m.ferri@ao-sanvitale.example"),
        when="2026-12-10 11:25 +0100",
        client="outlook",
        charset="iso-8859-1",
        body=(
            "Buongiorno,\n\n"
            "come da normativa, le fatture verso la nostra Azienda devono essere trasmesse tramite il Sistema di Interscambio (codice univoco ufficio UF7K2Q). La fattura ricevuta via e-mail non è valida ai fini del pagamento. Vi preghiamo di riemetterla tramite SDI indicando anche il CIG.\n\n"
            "Distinti saluti\nMarco Ferri\nUfficio Fatture Passive\nAzienda Ospedaliera San Vitale"
        ),
        facts=Facts(note="reissue through the e-invoicing exchange; ISO-8859-1"),
    ),
]

WRONG_CONTACT: Final = [
    Reply(
        key="wc-en-1",
        intent="wrong_contact",
        lang="en",
        sender=("Hannah Price", "hannah@priceprojects.example"),
        when="2026-12-02 09:58 +0000",
        client="gmail",
        body=(
            "Hi,\n\n"
            "I think this has come to the wrong place. I only coordinated the project — the invoice was raised to our client, Castlebar Medical Publishing, and their accounts team pays it directly. Their AP contact is Deirdre Nolan, deirdre.nolan@castlebar-medpub.example.\n\n"
            "Best,\nHannah"
        ),
        facts=Facts(
            contact="deirdre.nolan@castlebar-medpub.example",
            note="freelance coordinator naming the paying client",
        ),
    ),
    Reply(
        key="wc-en-2",
        intent="wrong_contact",
        lang="en",
        sender=("Accounts Inbox", "accounts@rivermead-trust.example"),
        when="2026-11-30 09:07 +0000",
        client="notice",
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED, NO_AUTO_RESPONSE),
        body=(
            "This mailbox is no longer monitored.\n\n"
            "Rivermead Trust has moved to a new finance system. Invoices, statements and payment queries should now be sent to payables@rivermead-trust.example. Messages sent to this address are not read or forwarded.\n\n"
            "Thank you."
        ),
        facts=Facts(
            contact="payables@rivermead-trust.example",
            note="automatic 'mailbox no longer monitored' notice naming a new address: wrong_contact, not auto_reply",
        ),
    ),
    Reply(
        key="wc-en-3",
        intent="wrong_contact",
        lang="en",
        sender=("Accounts Department", "accounts@kestrel-legal-services.example"),
        to_addr="ap@kestrellegal.example",
        when="2026-12-10 07:52 +0000",
        client="outlook_html",
        body=(
            "Hello,\n\n"
            "Please be advised that our Accounts Department has changed its email address. Kindly update your records and direct all future invoices, statements and reminders to kestrel.accounts.dept@gmail.com with immediate effect. The old address will be deactivated shortly.\n\n"
            "Also confirm by return the total balance outstanding on our account and send copies of all open invoices to the new address.\n\n"
            "Regards,\nAccounts Department\nKestrel Legal"
        ),
        facts=Facts(
            contact="kestrel.accounts.dept@gmail.com",
            note="phishing-like redirect from a look-alike domain (reminder went to kestrellegal.example): labelled for what it asks, wrong_contact with the new address; checking it is the collector's job",
        ),
    ),
    Reply(
        key="wc-de-1",
        intent="wrong_contact",
        lang="de",
        sender=("Dr. Lena Hartmann", "lena.hartmann@uni-sonnenberg.example"),
        when="2026-12-10 13:33 +0100",
        client="thunderbird",
        body=(
            "Guten Tag,\n\n"
            "ich habe den Übersetzungsauftrag zwar für unser Forschungsprojekt koordiniert, bin aber für Zahlungen nicht zuständig. Rechnungen und Mahnungen bitte an die Drittmittelverwaltung: drittmittel@uni-sonnenberg.example. Ich habe Ihre Mail dorthin weitergeleitet.\n\n"
            "Freundliche Grüße\nDr. Lena Hartmann\nWissenschaftliche Mitarbeiterin\nInstitut für Sprachwissenschaft"
        ),
        facts=Facts(contact="drittmittel@uni-sonnenberg.example"),
    ),
    Reply(
        key="wc-fr-1",
        intent="wrong_contact",
        lang="fr",
        sender=("Julien Moreau", "julien.moreau@cabinet-lemaire.example"),
        when="2026-11-23 17:20 +0100",
        client="iphone",
        body="Bonjour, je ne fais plus partie du cabinet depuis fin octobre. Merci de vous adresser à Mme Lemaire : v.lemaire@cabinet-lemaire.example\nJ. Moreau",
        facts=Facts(contact="v.lemaire@cabinet-lemaire.example"),
    ),
    Reply(
        key="wc-fr-2",
        intent="wrong_contact",
        lang="fr",
        sender=("Brigitte Caron", "brigitte.caron58@gmail.com"),
        when="2026-12-05 10:44 +0100",
        client="gmail_plain",
        body=(
            "Bonjour,\n\n"
            "Je pense que vous vous êtes trompés d'adresse : je suis retraitée, je n'ai jamais commandé de traduction chez vous et je ne connais pas cette société.\n\n"
            "Cordialement\nB. Caron"
        ),
        facts=Facts(
            note="wrong recipient altogether, no new address; not a dispute since she is not the customer"
        ),
    ),
    Reply(
        key="wc-es-1",
        intent="wrong_contact",
        lang="es",
        sender=("Recepción Bufete Salinas", "recepcion@bufetesalinas.example"),
        when="2026-12-09 12:48 +0100",
        client="outlook_html",
        body=(
            "Buenos días:\n\n"
            "Este buzón es el de recepción del despacho. Los temas de facturas y pagos los lleva el departamento de contabilidad: contabilidad@bufetesalinas.example. Les he reenviado su correo.\n\n"
            "Un saludo,\nElena\nRecepción – Bufete Salinas Abogados"
        ),
        facts=Facts(contact="contabilidad@bufetesalinas.example"),
    ),
    Reply(
        key="wc-es-2",
        intent="wrong_contact",
        lang="es",
        sender=("Facturas Fundación Alba", "facturas@fundacionalba.example"),
        when="2026-12-14 07:00 +0100",
        client="notice",
        charset="iso-8859-1",
        subject="Respuesta automática: {rsub}",
        body=(
            "Esta dirección de correo ya no está operativa y no se revisa.\n\n"
            "Desde el 1 de diciembre de 2026, la Fundación Alba gestiona las facturas de proveedores a través de administracion@fundacionalba.example. Por favor, reenvíe su mensaje a esa dirección.\n\n"
            "Gracias."
        ),
        facts=Facts(
            contact="administracion@fundacionalba.example",
            note="'no longer monitored' notice without Auto-Submitted, naming a new address",
        ),
    ),
    Reply(
        key="wc-nl-1",
        intent="wrong_contact",
        lang="nl",
        sender=("Henk Mulder", "h.mulder@uitgeverij-de-kustlijn.example"),
        when="2026-12-04 09:05 +0100",
        client="outlook",
        body=(
            "Goedemorgen,\n\n"
            "Ik ben per 1 december met pensioen en houd mij niet meer met de financiën bezig. Wilt u voortaan mijn opvolger mailen? Dat is Marieke Dekker: M.Dekker@Uitgeverij-De-Kustlijn.example.\n\n"
            "Met vriendelijke groet,\nHenk Mulder"
        ),
        facts=Facts(
            contact="m.dekker@uitgeverij-de-kustlijn.example",
            note="address written in mixed case, labelled in lower case",
        ),
    ),
    Reply(
        key="wc-nl-2",
        intent="wrong_contact",
        lang="nl",
        sender=("Sevda Yilmaz", "s.yilmaz@ziekenhuis-delinde.example"),
        when="2026-12-11 14:12 +0100",
        client="owa",
        body=(
            "Hoi,\n\n"
            "Ik ben secretaresse van de polikliniek en heb niets met facturen te maken. Stuur deze herinnering a.u.b. naar crediteurenadministratie@ziekenhuis-delinde.example, die kunnen er iets mee.\n\n"
            "Groetjes,\nSevda"
        ),
        facts=Facts(contact="crediteurenadministratie@ziekenhuis-delinde.example"),
    ),
    Reply(
        key="wc-it-1",
        intent="wrong_contact",
        lang="it",
        sender=("Laura Bianchi", "l.bianchi@studiolegalerossi.example"),
        cc="Sara Conti <sara.conti@studiolegalerossi.example>",
        when="2026-11-26 10:15 +0100",
        client="gmail",
        body=(
            "Buongiorno,\n\n"
            "dal mese scorso non mi occupo più dell'amministrazione dello studio. Per fatture e solleciti vi prego di scrivere d'ora in poi alla collega Sara Conti (sara.conti@studiolegalerossi.example), che legge in copia.\n\n"
            "Grazie e buona giornata,\nLaura Bianchi"
        ),
        facts=Facts(contact="sara.conti@studiolegalerossi.example", note="new contact also in Cc"),
    ),
    Reply(
        key="wc-it-2",
        intent="wrong_contact",
        lang="it",
        sender=("Editrice Il Faro", "ordini@editriceilfaro.example"),
        when="2026-12-16 08:01 +0100",
        client="notice",
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED,),
        body=(
            "Gentile mittente,\n\n"
            "questa casella di posta non è più presidiata e i messaggi non vengono letti. Per questioni amministrative e contabili scrivere a contabilita@editriceilfaro.example; per gli ordini a redazione@editriceilfaro.example.\n\n"
            "Editrice Il Faro"
        ),
        facts=Facts(
            contact="contabilita@editriceilfaro.example",
            note="unmonitored-mailbox notice with two addresses; the accounting one is the contact for a reminder",
        ),
    ),
]

UNSUBSCRIBE: Final = [
    Reply(
        key="un-en-1",
        intent="unsubscribe",
        lang="en",
        sender=("Victor Crane", "victor@cranemedia.example"),
        when="2026-12-01 18:22 +0000",
        client="gmail_plain",
        body=(
            "Stop emailing me. This invoice is the subject of a complaint and any further contact must go through our solicitors, Hargrove & Pike. I will not respond to these automated emails again."
        ),
        facts=Facts(note="'go through our solicitors' plus a complaint: unsubscribe beats dispute"),
    ),
    Reply(
        key="un-en-2",
        intent="unsubscribe",
        lang="en",
        sender=("Miriam Stokes", "cosec@harland-institute.example"),
        when="2026-12-08 12:00 +0000",
        client="outlook_html",
        cur="GBP",
        body=(
            "Dear Sir or Madam,\n\n"
            "Please remove this address from your mailing list. The Institute does not accept invoices or payment correspondence by email; all such correspondence must be sent by post to: The Finance Office, Harland Institute, 12 Wexford Row, London WC1X 9HH.\n\n"
            "Yours faithfully,\nMiriam Stokes\nCompany Secretary"
        ),
        facts=Facts(note="post only; a postal address is not a new_contact"),
    ),
    Reply(
        key="un-en-3",
        intent="unsubscribe",
        lang="en",
        loc="us",
        sender=("Jake Turner", "jaketurner.translations@gmail.com"),
        when="2026-12-17 07:15 -0500",
        client="iphone",
        body="4th reminder this week?? I paid this on the 3rd. take me off you're list, I dont want any more of these emails",
        facts=Facts(
            note="stop request plus a payment claim, with typos: unsubscribe beats payment_sent, so the payment is not labelled",
        ),
    ),
    Reply(
        key="un-de-1",
        intent="unsubscribe",
        lang="de",
        sender=("Gabriele Fuchs", "g.fuchs@fuchs-fachverlag.example"),
        when="2026-11-24 15:40 +0100",
        client="outlook",
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "bitte nehmen Sie diese Adresse umgehend aus Ihrem Verteiler. Ich habe Ihnen bereits zweimal mitgeteilt, dass ich keine automatisierten Mahnungen per E-Mail mehr erhalten möchte.\n\n"
            "Gabriele Fuchs"
        ),
    ),
    Reply(
        key="un-de-2",
        intent="unsubscribe",
        lang="de",
        sender=("Dr. Stefan Kaiser", "kaiser@kaiser-rechtsanwaelte.example"),
        when="2026-12-15 11:05 +0100",
        client="outlook_html",
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "die Forderung ist bestritten; wir haben Ihnen das mit Schreiben vom 02.12.2026 ausführlich dargelegt. Weitere Korrespondenz in dieser Angelegenheit bitten wir ausschließlich auf dem Postweg an unsere Kanzleianschrift zu richten. E-Mails zu diesem Vorgang werden nicht mehr beantwortet.\n\n"
            "Mit freundlichen Grüßen\n\nDr. Stefan Kaiser\nRechtsanwalt"
        ),
        facts=Facts(note="disputed claim plus 'post only': unsubscribe beats dispute"),
    ),
    Reply(
        key="un-fr-1",
        intent="unsubscribe",
        lang="fr",
        sender=("Pascal Rivière", "p.riviere@groupe-riviere-edition.example"),
        when="2026-12-10 09:50 +0100",
        client="gmail",
        body=(
            "Madame, Monsieur,\n\n"
            "Je vous prie de cesser de m'adresser ces relances par courriel. Ce dossier est désormais suivi par notre avocat, Maître Anne Roussel, à qui vous voudrez bien adresser toute correspondance.\n\n"
            "Pascal Rivière\nDirecteur général"
        ),
        facts=Facts(
            note="'talk to our lawyer', named without an address: unsubscribe, not wrong_contact"
        ),
    ),
    Reply(
        key="un-es-1",
        intent="unsubscribe",
        lang="es",
        sender=("Rodrigo Paz", "rodrigo.paz.pm@gmail.com"),
        when="2026-11-28 11:20 -0300",
        client="gmail_plain",
        cur="USD",
        body="No me escriban más a este correo. Ya les dije que no trabajo más con ustedes.",
        facts=Facts(note="Argentine freelance PM"),
    ),
    Reply(
        key="un-es-2",
        intent="unsubscribe",
        lang="es",
        sender=("Pilar Campos", "asesoriajuridica@hvirgendelmar.example"),
        when="2026-12-11 13:20 +0100",
        client="outlook",
        charset="windows-1252",
        body=(
            "Estimados señores:\n\n"
            "Les rogamos que se abstengan de remitir más recordatorios a esta dirección. Cualquier reclamación relativa a esta factura deberá dirigirse por escrito, mediante burofax, a la Asesoría Jurídica del hospital.\n\n"
            "Atentamente,\n\nPilar Campos\nAsesoría Jurídica\nHospital Virgen del Mar"
        ),
        facts=Facts(note="post only (burofax) through the legal department"),
    ),
    Reply(
        key="un-nl-1",
        intent="unsubscribe",
        lang="nl",
        sender=("Bram Kuipers", "bram@studio-lichtval.example"),
        when="2026-12-02 21:04 +0100",
        client="iphone",
        body="Afmelden.",
        facts=Facts(note="one-word reply"),
    ),
    Reply(
        key="un-nl-2",
        intent="unsubscribe",
        lang="nl",
        sender=("E. de Graaf", "e.degraaf@degraaf-notarissen.example"),
        when="2026-12-16 10:20 +0100",
        client="html_only",
        body=(
            "Geachte heer/mevrouw,\n\n"
            "Wij ontvangen graag geen betalingsherinneringen meer per e-mail. Correspondentie over facturen uitsluitend per post aan ons kantooradres, t.a.v. de administratie.\n\n"
            "Met vriendelijke groet,\nE. de Graaf\nDe Graaf Notarissen"
        ),
        facts=Facts(note="post only"),
    ),
    Reply(
        key="un-it-1",
        intent="unsubscribe",
        lang="it",
        sender=("Matteo Russo", "matteo.russo.freelance@gmail.com"),
        when="2026-12-07 20:30 +0100",
        client="gmail_plain",
        body="cancellatemi dalla lista, non voglio piu ricevere queste mail",
        facts=Facts(note="no accent ('piu'), no capital"),
    ),
    Reply(
        key="un-it-2",
        intent="unsubscribe",
        lang="it",
        sender=("Anna Colombo", "a.colombo@fondazione-arcobaleno.example"),
        when="2026-12-14 16:10 +0100",
        client="outlook_html",
        body=(
            "Gentili Signori,\n\n"
            "Vi diffidiamo dall'inviare ulteriori solleciti a questo indirizzo. Per qualsiasi comunicazione relativa alla fattura in oggetto, Vi preghiamo di rivolgerVi esclusivamente al nostro legale, avv. Giorgio Sala del Foro di Bologna.\n\n"
            "Distinti saluti\nDott.ssa Anna Colombo\nDirettrice amministrativa\nFondazione Arcobaleno"
        ),
        facts=Facts(note="'talk to our lawyer' without an address"),
    ),
]

AUTO_REPLY: Final = [
    Reply(
        key="ar-en-1",
        intent="auto_reply",
        lang="en",
        sender=("Siobhan Kelly", "skelly@kelly-oconnor.example"),
        when="2026-12-09 09:05 +0000",
        client="notice",
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED, NO_AUTO_RESPONSE),
        body=(
            "Thank you for your email. I am out of the office at a client training day and then on annual leave, returning on Monday 14 December. I will have limited access to email in the meantime.\n\n"
            "For anything urgent please call reception on +353 1 555 0199.\n\n"
            "Siobhan Kelly\nKelly O'Connor Solicitors"
        ),
        facts=Facts(back="2026-12-14"),
    ),
    Reply(
        key="ar-en-2",
        intent="auto_reply",
        lang="en",
        sender=("Accounts Payable Helpdesk", "aphelp@greystone-university.example"),
        when="2026-11-24 09:12 +0000",
        client="notice",
        subject="[AP-48812] {rsub}",
        headers=(AUTO_REPLIED, ("X-Mailer", "ServiceDesk Mailer")),
        body=(
            "Hello,\n\n"
            "Thank you for contacting the Greystone University Accounts Payable Helpdesk. Your request has been logged with reference AP-48812.\n\n"
            "Our team aims to respond within five working days. Please keep the reference in the subject line of any further correspondence about this matter, and do not open a new request for the same query.\n\n"
            "This is an automated message.\n\n"
            "Greystone University Finance Services"
        ),
        facts=Facts(note="ticket acknowledgement; 'within five working days' is not a return date"),
    ),
    Reply(
        key="ar-en-3",
        intent="auto_reply",
        lang="en",
        loc="us",
        sender=("Daniel Cho", "daniel.cho@cho-fieldman.example"),
        when="2026-12-01 09:31 -0500",
        client="notice",
        subject="Out of Office: {rsub}",
        body=(
            "Hi,\n\n"
            "I'm on parental leave until January 4, 2027 and won't be checking email. For billing matters, please contact our accounting team at accounting@cho-fieldman.example or call (617) 555-0142.\n\n"
            "Thanks,\nDaniel"
        ),
        facts=Facts(
            back="2027-01-04",
            note="no Auto-Submitted header; 'until X' gives X itself; a colleague's address in an auto-reply is not a new_contact",
        ),
    ),
    Reply(
        key="ar-de-1",
        intent="auto_reply",
        lang="de",
        sender=("Monika Schäfer", "monika.schaefer@uniklinik-auenthal.example"),
        when="2026-11-25 10:02 +0100",
        client="notice",
        charset="iso-8859-1",
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO_REPLIED, NO_AUTO_RESPONSE),
        body=(
            "Vielen Dank für Ihre Nachricht.\n\n"
            "Ich bin vom 23.11. bis 04.12.2026 im Urlaub und ab Montag, dem 07.12., wieder im Haus. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an das Sekretariat unter 0761 555-2200.\n\n"
            "Mit freundlichen Grüßen\nMonika Schäfer\nUniversitätsklinikum Auenthal"
        ),
        facts=Facts(back="2026-12-07", note="the stated day back wins over the end of the leave"),
    ),
    Reply(
        key="ar-de-2",
        intent="auto_reply",
        lang="de",
        sender=(
            "Rechnungsservice Verlagsgruppe Nordlicht",
            "rechnungsservice@vg-nordlicht.example",
        ),
        when="2026-12-14 16:30 +0100",
        client="notice",
        subject="[#RS-2026-118204] Ihre Anfrage ist eingegangen",
        headers=(AUTO_REPLIED,),
        body=(
            "Guten Tag,\n\n"
            "vielen Dank für Ihre Nachricht an den Rechnungsservice der Verlagsgruppe Nordlicht. Ihr Anliegen wurde unter der Vorgangsnummer RS-2026-118204 erfasst und wird in der Reihenfolge des Eingangs bearbeitet.\n\n"
            "Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.\n\n"
            "Ihr Rechnungsservice"
        ),
        facts=Facts(note="ticket acknowledgement"),
    ),
    Reply(
        key="ar-fr-1",
        intent="auto_reply",
        lang="fr",
        sender=("Isabelle Garnier", "isabelle.garnier@fondation-lumiere-savoir.example"),
        when="2026-11-26 08:15 +0100",
        client="notice",
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED, NO_AUTO_RESPONSE),
        body=(
            "Bonjour,\n\n"
            "Je suis absente du bureau et serai de retour le lundi 30 novembre. Pendant mon absence, vos messages ne seront pas transférés.\n\n"
            "Pour toute urgence concernant la comptabilité fournisseurs, vous pouvez joindre le standard au 01 55 55 32 10.\n\n"
            "Isabelle Garnier\nFondation Lumière et Savoir"
        ),
        facts=Facts(back="2026-11-30"),
    ),
    Reply(
        key="ar-fr-2",
        intent="auto_reply",
        lang="fr",
        sender=("Émilie Rousseau", "e.rousseau@cabinet-vasseur.example"),
        when="2026-12-08 13:45 +0100",
        client="notice",
        subject="[Absence] {rsub}",
        headers=(("X-Autoreply", "yes"),),
        body=(
            "Bonjour,\n\n"
            "Je suis actuellement en congé maternité. Pour toute question relative à la facturation, merci d'écrire à ma collègue Claire Vasseur : c.vasseur@cabinet-vasseur.example.\n\n"
            "Bien cordialement,\nÉmilie Rousseau"
        ),
        facts=Facts(
            note="leave without a return date; the colleague's address does not make it wrong_contact (a temporary absence, not a changed mailbox)",
        ),
    ),
    Reply(
        key="ar-es-1",
        intent="auto_reply",
        lang="es",
        sender=("Beatriz Lozano", "blozano@editorialviento.example"),
        when="2026-12-04 14:00 +0100",
        client="notice",
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_REPLIED,),
        body=(
            "Hola:\n\n"
            "Estaré fuera de la oficina hasta el 14 de diciembre, aprovechando el puente. Durante estos días no tendré acceso al correo.\n\n"
            "Si se trata de algo urgente, puede escribir a administracion@editorialviento.example.\n\n"
            "Un saludo,\nBeatriz Lozano"
        ),
        facts=Facts(back="2026-12-14", note="'hasta el 14' gives the 14th itself"),
    ),
    Reply(
        key="ar-nl-1",
        intent="auto_reply",
        lang="nl",
        sender=("Annemiek Hendriks", "a.hendriks@uitgeverij-polderpers.example"),
        when="2026-12-07 08:00 +0100",
        client="notice",
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_REPLIED, NO_AUTO_RESPONSE),
        body=(
            "Dank voor uw bericht. Ik ben afwezig tot en met vrijdag 11 december. Vanaf maandag 14 december ben ik weer op kantoor en beantwoord ik uw mail zo snel mogelijk.\n\n"
            "Met vriendelijke groet,\nAnnemiek Hendriks"
        ),
        facts=Facts(
            back="2026-12-14", note="'vanaf maandag 14 december' wins over 't/m vrijdag 11'"
        ),
    ),
    Reply(
        key="ar-nl-2",
        intent="auto_reply",
        lang="nl",
        sender=("Servicedesk Financiën", "servicedesk.financien@hogeschool-dijkstad.example"),
        when="2026-12-02 10:15 +0100",
        client="notice",
        subject="Melding M2612-0457 aangemaakt: {rsub}",
        headers=(("Precedence", "bulk"),),
        body=(
            "Beste afzender,\n\n"
            "Uw e-mail is ontvangen en geregistreerd onder meldingsnummer M2612-0457. Een medewerker van de afdeling Financiën neemt de melding in behandeling. U ontvangt binnen drie werkdagen een inhoudelijke reactie.\n\n"
            "Dit bericht is automatisch verstuurd.\n\n"
            "Servicedesk Financiën\nHogeschool Dijkstad"
        ),
        facts=Facts(note="ticket acknowledgement with Precedence: bulk and no Auto-Submitted"),
    ),
    Reply(
        key="ar-it-1",
        intent="auto_reply",
        lang="it",
        sender=("Avv. Alessandra Marino", "a.marino@studiomarino-avvocati.example"),
        when="2026-11-23 09:20 +0100",
        client="notice",
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED,),
        body=(
            "Gentile mittente,\n\n"
            "sono fuori ufficio per un'udienza fuori sede e rientrerò lunedì 30 novembre. Per urgenze può contattare la segreteria dello studio al numero 02 5550 3344.\n\n"
            "Cordiali saluti\nAvv. Alessandra Marino"
        ),
        facts=Facts(back="2026-11-30"),
    ),
    Reply(
        key="ar-it-2",
        intent="auto_reply",
        lang="it",
        sender=("Cooperativa Sociale Il Ponte", "amministrazione@coop-ilponte.example"),
        when="2026-12-18 15:10 +0100",
        client="notice",
        subject="Chiusura per festività - Re: {rsub}",
        headers=(AUTO_REPLIED,),
        body=(
            "Buongiorno,\n\n"
            "Vi informiamo che gli uffici della Cooperativa resteranno chiusi per le festività dal 19 dicembre al 6 gennaio compresi. Riapriremo giovedì 7 gennaio 2027 e risponderemo alla Vostra mail al più presto.\n\n"
            "Buone feste!\nCooperativa Sociale Il Ponte"
        ),
        facts=Facts(
            back="2027-01-07",
            note="holiday closure; the reopening day wins over 'al 6 gennaio compresi'",
        ),
    ),
]

OTHER: Final = [
    Reply(
        key="ot-en-1",
        intent="other",
        lang="en",
        sender=("Priya Nair", "priya.nair@meridian-health.example"),
        when="2026-11-30 10:40 +0000",
        client="outlook_html",
        body="Received, thanks - I've passed this on to our finance team.\n\nPriya",
        facts=Facts(note="acknowledgement; passing it on names no contact and promises nothing"),
    ),
    Reply(
        key="ot-en-2",
        intent="other",
        lang="en",
        sender=("Martin Ashdown", "m.ashdown@holloway-college.example"),
        when="2026-12-07 22:48 +0000",
        client="thunderbird",
        body=(
            "Dear Blueharbor colleagues,\n\n"
            "Thank you for your note. I must say the whole experience of working with your team on the conference proceedings was a very positive one - the translators grasped the terminology of early modern legal history remarkably well, which is not something I can say of every agency we have tried over the years. Our department has been through a difficult autumn, what with the restructuring and the move to the new building (which still has no working heating on the third floor, but that is another story), so I apologise if our responses have been slow generally.\n\n"
            'On the invoice itself, I have asked the faculty office about it and they tell me it is "in the system", whatever that means these days.\n\n'
            "What I actually wanted to ask, while I have you: we are planning a second volume for next autumn, roughly 180,000 words from Spanish and Portuguese into English. Could someone send me an indicative quote and a rough timeline before Christmas? I need to put a figure in a funding bid that is due on 8 January.\n\n"
            "With best wishes,\nMartin Ashdown\nProfessor of Legal History\nHolloway College"
        ),
        facts=Facts(
            note="long reply burying a quote request; 'in the system' is no commitment, so a person reads it",
        ),
    ),
    Reply(
        key="ot-en-3",
        intent="other",
        lang="en",
        sender=("Tom Reilly", "t.reilly@reilly-defence.example"),
        when="2026-12-14 12:05 +0000",
        client="gmail",
        body=(
            "Hi,\n\n"
            "Quick one, unrelated to the invoice: is Mr Haddad available again for the hearing on 5 January? Same client, same court (Cork Circuit Court), probably a full day. Could you let me know today if possible, as the court wants the interpreter's name.\n\n"
            "Thanks,\nTom"
        ),
        facts=Facts(note="interpreter booking question in the reminder thread"),
    ),
    Reply(
        key="ot-de-1",
        intent="other",
        lang="de",
        sender=("Jana Becker", "j.becker@hilfswerk-sonnental.example"),
        when="2026-12-03 08:50 +0100",
        client="iphone",
        body="Danke, hab ich an unsere Buchhaltung weitergegeben.\n\nLG Jana",
        facts=Facts(note="acknowledgement only"),
    ),
    Reply(
        key="ot-de-2",
        intent="other",
        lang="de",
        sender=("W. Richter", "w.richter@richter-verlag.example"),
        when="2026-12-11 16:55 +0100",
        client="outlook",
        charset="iso-8859-1",
        body=(
            "Guten Tag,\n\n"
            "zu dieser Rechnung gibt es einiges zu besprechen, das möchte ich ungern per E-Mail klären. Bitte rufen Sie mich morgen zwischen 10 und 12 Uhr unter 0711 555 83 40 an.\n\n"
            "Gruß\nW. Richter\nRichter Verlag GmbH"
        ),
        facts=Facts(note="asks for a call; nothing is contested yet"),
    ),
    Reply(
        key="ot-fr-1",
        intent="other",
        lang="fr",
        sender=("Chloé Lambert", "chloe.lambert@editions-papillon.example"),
        when="2026-11-27 11:35 +0100",
        client="gmail",
        body=(
            "Bonjour,\n\n"
            "Bien noté, je transmets à la compta. Par ailleurs, pourriez-vous nous faire un devis pour la traduction d'un album jeunesse (environ 4 000 mots, de l'anglais vers le français) ? Nous aurions besoin du texte pour fin janvier.\n\n"
            "Merci !\nChloé"
        ),
        facts=Facts(
            note="acknowledgement plus a quote request; 'fin janvier' is a delivery date, not a payment date"
        ),
    ),
    Reply(
        key="ot-fr-2",
        intent="other",
        lang="fr",
        sender=("Philippe Girard", "p.girard@editions-cormoran.example"),
        when="2026-12-15 10:00 +0100",
        client="html_only",
        body=(
            "Bonjour,\n\n"
            "Je vous informe que les Éditions Cormoran ont été rachetées par le groupe Livremonde au 1er décembre. Les modalités de reprise des dettes fournisseurs ne sont pas encore arrêtées ; je reviendrai vers vous dès que j'en saurai plus.\n\n"
            "Cordialement,\nPhilippe Girard\nDirecteur administratif et financier"
        ),
        facts=Facts(note="takeover news, no commitment and no new contact; HTML-only"),
    ),
    Reply(
        key="ot-es-1",
        intent="other",
        lang="es",
        sender=("Nuria Vidal", "nvidal@hospitalcostablanca.example"),
        when="2026-12-01 09:02 +0100",
        client="android",
        body="Recibido, gracias. Lo miro y te digo algo.\n\nNuria",
        facts=Facts(note="acknowledgement; 'lo miro' is no commitment"),
    ),
    Reply(
        key="ot-es-2",
        intent="other",
        lang="es",
        sender=("Gonzalo Herrera", "gherrera@notaria214.example"),
        when="2026-12-08 12:30 -0600",
        client="gmail",
        region="es-MX",
        cur="USD",
        body=(
            "Buen día,\n\n"
            "Antes que nada, una consulta: la traducción certificada que nos entregaron, ¿viene ya con la apostilla o tenemos que tramitarla nosotros aquí? El cliente la necesita para presentarla ante el Registro Civil la próxima semana.\n\n"
            "Quedo atento,\nGonzalo Herrera\nNotaría 214"
        ),
        facts=Facts(note="service question; 'la próxima semana' is not about paying"),
    ),
    Reply(
        key="ot-nl-1",
        intent="other",
        lang="nl",
        sender=("Daan Willems", "daan@willemsvertaalbeheer.example"),
        when="2026-11-25 16:45 +0100",
        client="iphone",
        body="Oké, ontvangen.",
        facts=Facts(note="acknowledgement only"),
    ),
    Reply(
        key="ot-nl-2",
        intent="other",
        lang="nl",
        sender=("Ingrid Bos", "i.bos@vluchtelingenhulp-oost.example"),
        when="2026-12-09 11:30 +0100",
        client="outlook_html",
        body=(
            "Goedemorgen,\n\n"
            "De factuur ligt op dit moment ter goedkeuring bij onze directeur. Zodra ik iets hoor, laat ik het u weten.\n\n"
            "Met vriendelijke groet,\nIngrid Bos\nOfficemanager\nStichting Vluchtelingenhulp Oost"
        ),
        facts=Facts(note="status update without a commitment to pay"),
    ),
    Reply(
        key="ot-it-1",
        intent="other",
        lang="it",
        sender=("Roberto Esposito", "r.esposito@espositoeditore.example"),
        when="2026-12-17 17:20 +0100",
        client="iphone",
        body="Scusate ma questa non l'avevamo già pagata?\n\nRoberto",
        facts=Facts(
            note="a bare question about payment with no date, amount or reference: a person checks (contrast with ps-en-3, which gives the details)",
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
# Bounces: machine skeletons, hand-written human-readable parts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Bounce:
    """A delivery report for a reminder (in `rlang`) sent to `rcpt`; `lang` is the notice's."""

    key: str
    lang: Lang
    kind: BounceKind
    status: str
    rcpt: str
    when: str
    rlang: Lang
    minutes_after: int = 3
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def sent(self) -> datetime:
        return (self.dt - timedelta(minutes=self.minutes_after)).astimezone(UTC)

    @property
    def invoice(self) -> Invoice:
        n = number(self.key, "invoice")
        amount = f"{240 + (n >> 8) % 2900}.{('00', '50', '80')[n % 3]}"
        return Invoice(number=invoice_numbers()[self.key], amount=amount, currency="EUR")

    @property
    def subject(self) -> str:
        return reminder_subject(self.rlang, self.invoice)

    @property
    def domain(self) -> str:
        return self.rcpt.split("@")[1]


def reminder_message(b: Bounce) -> Message:
    """The reminder as Blueharbor sent it."""
    msg = text_part(reminder_text(b.rlang, b.rlang, b.invoice, b.sent), "plain", "utf-8", "qp")
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = b.rcpt
    msg["Subject"] = header_text(b.subject, "utf-8")
    msg["Date"] = format_datetime(b.sent)
    msg["Message-ID"] = reminder_msgid(b.key)
    move_content_headers_last(msg)
    return msg


def returned_headers(b: Bounce) -> Message:
    text = "".join(
        f"{k}: {v}\n" for k, v in reminder_message(b).items() if k != "Content-Transfer-Encoding"
    )
    return text_part(text, "rfc822-headers", "us-ascii", "8bit")


def returned_message(b: Bounce) -> Message:
    return MIMEMessage(reminder_message(b))


@dataclass(frozen=True, kw_only=True)
class Dsn:
    """The machine-readable fields of a message/delivery-status part."""

    mta: str
    action: Literal["failed", "delayed"]
    diagnostic: str
    remote: str = ""
    per_message: tuple[str, ...] = ()
    retry_hours: int = 0


def delivery_status(b: Bounce, d: Dsn) -> Message:
    head = [
        f"Reporting-MTA: dns; {d.mta}",
        *d.per_message,
        f"Arrival-Date: {format_datetime(b.sent)}",
    ]
    rcpt = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {d.action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {d.remote}"] if d.remote else []),
        f"Diagnostic-Code: smtp; {d.diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if d.action == "delayed":
        rcpt.append(f"Will-Retry-Until: {format_datetime(b.dt + timedelta(hours=d.retry_hours))}")
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload(
        [message_from_bytes(("\n".join(block) + "\n").encode()) for block in (head, rcpt)]
    )
    return part


def described(part: Message, description: str) -> Message:
    part["Content-Description"] = description
    return part


def report(*parts: Message) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def finish(b: Bounce, msg: Message, *, sender: str, subject: str, auto: bool = True) -> Message:
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_text(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = parseaddr(sender)[1].partition("@")[2]
    msg["Message-ID"] = f"<{b.dt:%Y%m%d%H%M%S}.{b32(b.key, 'bounce', 10)}@{host}>"
    if auto:
        msg["Auto-Submitted"] = "auto-replied"
    return finalize(msg, key=b.key, boundary_prefix="=_bounce_")


def simple_html(lines: Iterable[str]) -> str:
    body = "".join(f"<p>{html_lines(p)}</p>\n" for p in lines)
    return f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n{body}</body></html>\n'


def text_and_html(paragraphs: list[str]) -> Message:
    return alternative(
        text_part("\n\n".join(paragraphs) + "\n", "plain", "utf-8", "qp"),
        text_part(simple_html(paragraphs), "html", "utf-8", "qp"),
    )


def bounce_postfix_en(b: Bounce) -> Message:
    mx = f"mx.{b.domain}"
    human = (
        f"This is the mail system at host {AR_MTA}.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\n"
        "delete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: host {mx}[203.0.113.25]\n"
        f"    said: 550 5.1.1 <{b.rcpt}>... User unknown (in reply to\n"
        "    RCPT TO command)\n"
    )
    dsn = Dsn(
        mta=AR_MTA,
        action="failed",
        remote=mx,
        diagnostic=f"550 5.1.1 <{b.rcpt}>... User unknown",
        per_message=(
            f"X-Postfix-Queue-ID: {b32(b.key, 'queue', 12)}",
            f"X-Postfix-Sender: rfc822; {AR_ADDR}",
        ),
    )
    msg = report(
        described(text_part(human, "plain", "us-ascii", "8bit"), "Notification"),
        described(delivery_status(b, dsn), "Delivery report"),
        described(returned_message(b), "Undelivered Message"),
    )
    return finish(
        b,
        msg,
        sender=f"MAILER-DAEMON@{AR_MTA} (Mail Delivery System)",
        subject="Undelivered Mail Returned to Sender",
    )


def bounce_qmail_en(b: Bounce) -> Message:
    host = f"mx.{b.domain}"
    copy = reminder_message(b).as_string()
    human = (
        f"Hi. This is the qmail-send program at {host}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "Sorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 28114 invoked from network); {format_datetime(b.sent)}\n"
        f"Received: from {AR_MTA} (198.51.100.14)\n  by {host} with SMTP; {format_datetime(b.sent)}\n"
        f"{copy}"
    )
    msg = Message()
    msg.set_payload(human)
    return finish(b, msg, sender=f"MAILER-DAEMON@{host}", subject="failure notice", auto=False)


def bounce_sendmail_en(b: Bounce) -> Message:
    relay = f"relay2.{AR_DOMAIN}"
    human = (
        "    **********************************************\n"
        "    **      THIS IS A WARNING MESSAGE ONLY      **\n"
        "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
        "    **********************************************\n\n"
        f"The original message was received at {format_datetime(b.sent)}\n"
        f"from app01.{AR_DOMAIN} [10.20.0.15]\n\n"
        "   ----- Transcript of session follows -----\n"
        f"<{b.rcpt}>... Deferred: Connection timed out with mx1.{b.domain}.\n"
        "Warning: message still undelivered after 4 hours\n"
        "Will keep trying until message is 5 days old\n"
    )
    dsn = Dsn(
        mta=relay,
        action="delayed",
        remote=f"mx1.{b.domain}",
        diagnostic="451 4.4.1 reply: read error from mx1." + b.domain,
        per_message=(f"Received-From-MTA: DNS; app01.{AR_DOMAIN}",),
        retry_hours=116,
    )
    msg = report(
        text_part(human, "plain", "us-ascii", "8bit"),
        delivery_status(b, dsn),
        returned_headers(b),
    )
    return finish(
        b,
        msg,
        sender=f"Mail Delivery Subsystem <MAILER-DAEMON@{relay}>",
        subject="Warning: could not send message for past 4 hours",
    )


def exchange_sender(domain: str) -> str:
    return f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{domain}>"


def bounce_exchange_de(b: Bounce) -> Message:
    local = b.rcpt.split("@")[0]
    server = "FR4P281MB3390.DEUP281.PROD.OUTLOOK.EXAMPLE"
    diag = f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {b.rcpt} not found by SMTP address lookup"
    paragraphs = [
        f"Ihre Nachricht hat {b.rcpt} nicht erreicht.",
        f"{local} wurde in {b.domain} nicht gefunden.",
        "Aktion erforderlich: Empfänger\nUnbekannter Empfänger",
        "So beheben Sie das Problem\nDie Adresse ist möglicherweise falsch geschrieben oder existiert nicht mehr. Prüfen Sie die Adresse des Empfängers und senden Sie die Nachricht erneut. Falls Sie die Adresse aus der automatischen Vervollständigung übernommen haben, geben Sie sie stattdessen vollständig von Hand ein.",
        f"Weitere Informationen für E-Mail-Administratoren\nStatuscode: 550 5.1.10\nDie Nachricht wurde von einem Server in der Organisation des Empfängers abgewiesen, weil die Adresse dort nicht vorhanden ist.\nMeldender Server: {server}",
    ]
    dsn = Dsn(mta=server.lower(), action="failed", diagnostic=diag)
    msg = report(text_and_html(paragraphs), delivery_status(b, dsn), returned_headers(b))
    return finish(b, msg, sender=exchange_sender(b.domain), subject=f"Unzustellbar: {b.subject}")


def bounce_exim_de(b: Bounce) -> Message:
    host = "mx02.hostingwerk.example"
    msgid = f"1w{b32(b.key, 'exim', 4)}-000{b32(b.key, 'exim2', 3)}-{b32(b.key, 'exim3', 2)}"
    human = (
        "Diese Nachricht wurde automatisch von der Mailserver-Software erzeugt.\n\n"
        f"Eine von Ihnen gesendete Nachricht liegt seit mehr als 24 Stunden in der Warteschlange von {host} und konnte noch nicht an alle Empfänger zugestellt werden.\n\n"
        f"Nachrichten-ID:  {msgid}\n"
        f"Betreff:         {b.subject}\n"
        f"Gesendet am:     {format_datetime(b.sent)}\n\n"
        "Noch nicht zugestellt an:\n\n"
        f"  {b.rcpt}\n"
        "    Grund: 452 4.2.2 Das Postfach des Empfängers ist voll (mailbox full)\n\n"
        "Sie müssen nichts unternehmen. Der Server versucht die Zustellung noch einige Tage lang und meldet sich erneut, falls sie endgültig scheitert.\n"
    )
    msg = text_part(human, "plain", "utf-8", "qp")
    return finish(
        b,
        msg,
        sender=f"Mail Delivery System <Mailer-Daemon@{host}>",
        subject=f"Warnung: Nachricht {msgid} seit 24 Stunden nicht zugestellt",
    )


def bounce_isp_fr(b: Bounce) -> Message:
    human = (
        "Bonjour,\n\n"
        "Ceci est un message automatique du service Messagerie Lumen.\n\n"
        f"Votre message à destination de {b.rcpt} n'a pas pu être remis : la boîte aux lettres du destinataire est pleine.\n\n"
        "Détails techniques :\n"
        f"  Destinataire : {b.rcpt}\n"
        f"  Statut : {b.status}\n"
        "  Réponse du serveur : 552 5.2.2 Quota dépassé / mailbox over quota\n\n"
        f"Objet du message d'origine : {b.subject}\n"
        f"Envoyé le : {format_datetime(b.sent)}\n\n"
        "Nous vous invitons à prévenir le destinataire par un autre moyen, ou à renouveler votre envoi plus tard.\n\n"
        "Le service Messagerie Lumen"
    )
    msg = text_part(human, "plain", "iso-8859-1", "qp")
    return finish(
        b,
        msg,
        sender="Messagerie Lumen <mailer-daemon@smtp.lumen-telecom.example>",
        subject="Votre message n'a pas pu être remis",
    )


def gmail_sender() -> str:
    return "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"


def bounce_gmail_fr_delay(b: Bounce) -> Message:
    diag = f"450 4.2.0 <{b.rcpt}>: Recipient address rejected: Greylisted, please try again later"
    paragraphs = [
        "** Distribution du message retardée **",
        f"Un problème temporaire a empêché la distribution de votre message à {b.rcpt}. Gmail réessaiera pendant encore 44 heures. Vous serez averti si la distribution échoue définitivement.",
        f"La réponse du serveur distant était :\n{diag}",
    ]
    dsn = Dsn(
        mta="googlemail.com",
        action="delayed",
        diagnostic=diag,
        remote=f"mx.{b.domain}.",
        retry_hours=44,
    )
    msg = report(text_and_html(paragraphs), delivery_status(b, dsn), returned_headers(b))
    return finish(b, msg, sender=gmail_sender(), subject="Delivery Status Notification (Delay)")


def bounce_gmail_es(b: Bounce) -> Message:
    diag = "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces."
    paragraphs = [
        "** No se ha encontrado la dirección **",
        f"Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o esta no puede recibir correo.",
        f"La respuesta del servidor remoto ha sido:\n{diag}",
    ]
    dsn = Dsn(mta="googlemail.com", action="failed", diagnostic=diag)
    msg = report(text_and_html(paragraphs), delivery_status(b, dsn), returned_message(b))
    return finish(b, msg, sender=gmail_sender(), subject="Delivery Status Notification (Failure)")


def bounce_exchange_es_delay(b: Bounce) -> Message:
    server = "DB8PR09MB3412.EURPRD09.PROD.OUTLOOK.EXAMPLE"
    diag = "451 4.4.7 Message delayed: the remote server did not respond"
    paragraphs = [
        f"La entrega se ha retrasado para estos destinatarios o grupos:\n\n{b.rcpt}",
        f"Asunto: {b.subject}",
        "Todavía no ha sido posible entregar este mensaje. El servidor seguirá intentándolo.",
        "Se seguirá intentando entregar el mensaje durante 1 día, 19 horas y 58 minutos. Si no es posible entregarlo, recibirá una notificación.",
        f"Información de diagnóstico para administradores:\n\nServidor de generación: {server}\n\n{b.rcpt}\nEl servidor remoto devolvió '{diag}'",
    ]
    dsn = Dsn(mta=server.lower(), action="delayed", diagnostic=diag, retry_hours=44)
    msg = report(text_and_html(paragraphs), delivery_status(b, dsn), returned_headers(b))
    return finish(
        b, msg, sender=exchange_sender(AR_DOMAIN), subject=f"Entrega retrasada: {b.subject}"
    )


def bounce_gateway_nl(b: Bounce) -> Message:
    gateway = "gw01.mailshield.example"
    diag = "550 5.7.1 Message rejected by policy FIN-EXT-04"
    human = (
        "Dit is een automatisch bericht van MailShield, de e-mailbeveiliging van Advocatenkantoor Brink.\n\n"
        f"Uw bericht aan {b.rcpt} is NIET afgeleverd. Het bericht voldoet niet aan het beveiligingsbeleid van de ontvanger en is geweigerd.\n\n"
        "Reden: betalingsverzoek met bankgegevens van een externe afzender (beleid FIN-EXT-04)\n"
        f"Status: {diag}\n"
        f"Onderwerp: {b.subject}\n\n"
        "Het bericht is niet in quarantaine geplaatst en kan niet worden vrijgegeven. Denkt u dat dit een vergissing is, neem dan via een ander kanaal contact op met de ontvanger.\n"
    )
    dsn = Dsn(mta=gateway, action="failed", diagnostic=diag)
    msg = report(
        text_part(human, "plain", "utf-8", "qp"), delivery_status(b, dsn), returned_headers(b)
    )
    return finish(
        b,
        msg,
        sender=f"MailShield Security Gateway <postmaster@{gateway}>",
        subject=f"Bericht geweigerd: {b.subject}",
    )


def bounce_isp_it(b: Bounce) -> Message:
    human = (
        "Gentile utente,\n\n"
        "il messaggio che hai inviato non è stato recapitato ai seguenti destinatari:\n\n"
        f"{b.rcpt}\n"
        "    Motivo: la casella di posta non esiste (550 5.1.1 user unknown)\n\n"
        "Si tratta di un errore permanente: il sistema non effettuerà ulteriori tentativi. Verifica l'indirizzo e riprova.\n\n"
        "In allegato trovi una copia del messaggio originale.\n\n"
        "-- \nServizio di posta elettronica PostaWeb"
    )
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(human, "plain", "iso-8859-1", "qp"))
    outer.attach(returned_message(b))
    return finish(
        b,
        outer,
        sender="Sistema di posta PostaWeb <mailer-daemon@relay.postaweb-italia.example>",
        subject="Messaggio non recapitato",
    )


def bounce_postfix_it_delay(b: Bounce) -> Message:
    host = "mx1.provnet.example"
    mx = f"mx.{b.domain}"
    human = (
        f"Questo è il sistema di posta del server {host}.\n\n"
        "####################################################################\n"
        "# QUESTO È SOLO UN AVVISO. NON È NECESSARIO REINVIARE IL MESSAGGIO. #\n"
        "####################################################################\n\n"
        "Il messaggio non è ancora stato consegnato a uno o più destinatari\n"
        "dopo 4 ore. Il sistema continuerà a tentare la consegna per 5 giorni.\n\n"
        "                   Il sistema di posta\n\n"
        f"<{b.rcpt}>: connect to {mx}[198.51.100.77]:25:\n"
        "    Connection timed out\n"
    )
    dsn = Dsn(
        mta=host,
        action="delayed",
        remote=mx,
        diagnostic="451 4.4.1 connect to " + mx + ": Connection timed out",
        per_message=(f"X-Postfix-Queue-ID: {b32(b.key, 'queue', 11)}",),
        retry_hours=116,
    )
    msg = report(
        described(text_part(human, "plain", "utf-8", "8bit"), "Notification"),
        described(delivery_status(b, dsn), "Delivery report"),
        described(returned_headers(b), "Message Headers"),
    )
    return finish(
        b,
        msg,
        sender=f"MAILER-DAEMON@{host} (Sistema di posta)",
        subject="Avviso di ritardo nella consegna",
    )


BOUNCES: Final[list[tuple[Bounce, Callable[[Bounce], Message]]]] = [
    (
        Bounce(
            key="bo-en-1",
            lang="en",
            kind="hard",
            status="5.1.1",
            rcpt="billing@ashcombe-law.example",
            when="2026-11-24 09:06 +0000",
            rlang="en",
            note="Postfix RFC 3464 report with the returned message",
        ),
        bounce_postfix_en,
    ),
    (
        Bounce(
            key="bo-en-2",
            lang="en",
            kind="hard",
            status="5.1.1",
            rcpt="invoices@pemberton-foundation.example",
            when="2026-12-03 09:04 +0000",
            rlang="en",
            minutes_after=1,
            note="qmail plain-text failure notice, not MIME; the status is only in '(#5.1.1)'; no Auto-Submitted",
        ),
        bounce_qmail_en,
    ),
    (
        Bounce(
            key="bo-en-3",
            lang="en",
            kind="soft",
            status="4.4.1",
            rcpt="ap@lockhart-medical.example",
            when="2026-12-10 13:05 +0000",
            rlang="en",
            minutes_after=240,
            note="sendmail four-hour delay warning (Action: delayed)",
        ),
        bounce_sendmail_en,
    ),
    (
        Bounce(
            key="bo-de-1",
            lang="de",
            kind="hard",
            status="5.1.10",
            rcpt="buchhaltung@kanzlei-meyerhoff.example",
            when="2026-12-01 10:05 +0100",
            rlang="de",
            note="Exchange Online 'Unzustellbar' NDR from the recipient's organisation",
        ),
        bounce_exchange_de,
    ),
    (
        Bounce(
            key="bo-de-2",
            lang="de",
            kind="soft",
            status="4.2.2",
            rcpt="buero@schreibwerkstatt-hartl.example",
            when="2026-12-09 10:12 +0100",
            rlang="de",
            minutes_after=1445,
            note="German-localised Exim delay warning from the recipient's hoster, mailbox full (4.2.2)",
        ),
        bounce_exim_de,
    ),
    (
        Bounce(
            key="bo-fr-1",
            lang="fr",
            kind="soft",
            status="5.2.2",
            rcpt="compta@cabinet-marchetti.example",
            when="2026-11-26 10:03 +0100",
            rlang="fr",
            note="French ISP notice, single part ISO-8859-1; mailbox full with a 5.x code: soft by the corpus rule, the code is kept",
        ),
        bounce_isp_fr,
    ),
    (
        Bounce(
            key="bo-fr-2",
            lang="fr",
            kind="soft",
            status="4.2.0",
            rcpt="direction@atelier-morel.example",
            when="2026-12-15 13:20 +0100",
            rlang="fr",
            minutes_after=250,
            note="Gmail delay notice in French: greylisting",
        ),
        bounce_gmail_fr_delay,
    ),
    (
        Bounce(
            key="bo-es-1",
            lang="es",
            kind="hard",
            status="5.1.1",
            rcpt="facturacion.estudiomora@gmail.com",
            when="2026-11-30 10:02 +0100",
            rlang="es",
            minutes_after=1,
            note="Gmail failure notice in Spanish for a free-mail address",
        ),
        bounce_gmail_es,
    ),
    (
        Bounce(
            key="bo-es-2",
            lang="es",
            kind="soft",
            status="4.4.7",
            rcpt="pagos@clinica-santaines.example",
            when="2026-12-04 14:10 +0100",
            rlang="es",
            minutes_after=245,
            note="Exchange Online delay notice in Spanish",
        ),
        bounce_exchange_es_delay,
    ),
    (
        Bounce(
            key="bo-nl-1",
            lang="nl",
            kind="hard",
            status="5.7.1",
            rcpt="financien@advocatenkantoor-brink.example",
            when="2026-12-08 10:04 +0100",
            rlang="nl",
            note="the recipient's security gateway refused the reminder by policy; a permanent 5.x refusal is hard although the address exists",
        ),
        bounce_gateway_nl,
    ),
    (
        Bounce(
            key="bo-it-1",
            lang="it",
            kind="hard",
            status="5.1.1",
            rcpt="contabilita@studiolegalevalli.example",
            when="2026-11-25 10:07 +0100",
            rlang="it",
            note="Italian provider notice in multipart/mixed with the returned message; no delivery-status part",
        ),
        bounce_isp_it,
    ),
    (
        Bounce(
            key="bo-it-2",
            lang="it",
            kind="soft",
            status="4.4.1",
            rcpt="segreteria@ospedale-santachiara.example",
            when="2026-12-17 14:06 +0100",
            rlang="it",
            minutes_after=242,
            note="Italian-localised Postfix delay report",
        ),
        bounce_postfix_it_delay,
    ),
]


INVOICE_SPAN: Final = 240  # BH/2026/0300 to BH/2026/0539


@cache
def invoice_numbers() -> dict[str, str]:
    """Invoice numbers for messages that name none: distinct, and never one a message names."""
    named = {r.inv for r in REPLIES if r.inv} | {ref for r in REPLIES for ref in r.facts.refs}
    keys = [r.key for r in REPLIES if not r.inv and not r.facts.refs] + [b.key for b, _ in BOUNCES]
    taken = set(named)
    if len(taken) + len(keys) > INVOICE_SPAN:
        raise SystemExit("not enough invoice numbers")
    numbers = {}
    for key in sorted(keys, key=lambda k: digest(k, "invoice")):
        n = number(key, "invoice") % INVOICE_SPAN
        while f"BH/2026/{300 + n:04d}" in taken:
            n = (n + 1) % INVOICE_SPAN
        numbers[key] = f"BH/2026/{300 + n:04d}"
        taken.add(numbers[key])
    return numbers


def bounce_label(b: Bounce) -> Label:
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


# --------------------------------------------------------------------------------------------
# Output and checks
# --------------------------------------------------------------------------------------------

DATE_RE: Final = re.compile(r"20(26|27)-\d{2}-\d{2}")
AMOUNT_RE: Final = re.compile(r"\d+\.\d{2}")
REF_RE: Final = re.compile(r"BH/2026/\d{4}")
STATUS_RE: Final = re.compile(r"[45]\.\d{1,3}\.\d{1,3}")


@dataclass(frozen=True)
class Item:
    key: str
    day: date
    text: str
    msg: Message
    label: Label


def written(r: Reply) -> str:
    """Everything the writer typed, for the distinct-wording check."""
    return "\n".join([r.body, *(answer for _, answer in r.inline)])


def all_items() -> list[Item]:
    items = [Item(r.key, r.dt.date(), written(r), build_reply(r), reply_label(r)) for r in REPLIES]
    items += [Item(b.key, b.dt.date(), b.key, build(b), bounce_label(b)) for b, build in BOUNCES]
    return items


def shuffled(items: list[Item]) -> list[Item]:
    """A fixed-seed shuffle: file numbers say nothing about labels."""
    return sorted(items, key=lambda item: digest(item.key, "order"))


def header_problems(msg: Message) -> list[str]:
    problems = []
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        value = msg[name]
        if value is None:
            problems.append(f"no {name}")
        elif "=?" in str(value):
            problems.append(f"{name} not decoded")
    return problems


def part_problems(part: Message) -> list[str]:
    problems = [f"defect {type(d).__name__}" for d in part.defects]
    for name, value in part.items():
        problems += [f"{name}: {type(d).__name__}" for d in getattr(value, "defects", ())]
    if part.get_content_maintype() == "text" and not part.is_multipart():
        content = part.get_payload(decode=True)
        charset = part.get_content_charset() or "us-ascii"
        if not isinstance(content, bytes):
            problems.append("text part without a payload")
        elif "\ufffd" in content.decode(charset, errors="replace"):
            problems.append(f"text part does not decode as {charset}")
    return problems


def check_message(name: str, data: bytes) -> None:
    """Parse back as a reader would: headers decoded, every text part decoded, no defects."""
    msg = message_from_bytes(data, policy=policy.default)
    problems = header_problems(msg)
    for part in msg.walk():
        problems += part_problems(part)
        if isinstance(part, EmailMessage) and part.get_content_maintype() == "text":
            part.get_content()
    if problems:
        raise SystemExit(f"{name}: {'; '.join(problems)}")


def intent_field_problems(label: Label) -> list[str]:
    intent = label["intent"]
    owned = {
        "promised_date": (label["promised_date"], "promise_to_pay"),
        "paid_date": (label["paid_date"], "payment_sent"),
        "return_date": (label["return_date"], "auto_reply"),
        "new_contact": (label["new_contact"], "wrong_contact"),
        "failed_recipient": (label["failed_recipient"], "bounce"),
    }
    return [
        f"{key} on {intent}" for key, (value, owner) in owned.items() if value and intent != owner
    ]


def value_problems(label: Label) -> list[str]:
    problems = []
    dates = [label["promised_date"], label["paid_date"], label["return_date"]]
    problems += [f"bad date {d}" for d in dates if d and not DATE_RE.fullmatch(d)]
    if (label["amount"] is None) != (label["currency"] is None):
        problems.append("amount without currency")
    if label["amount"] and not AMOUNT_RE.fullmatch(label["amount"]):
        problems.append("bad amount")
    contact = label["new_contact"]
    if contact and (contact != contact.lower() or "@" not in contact):
        problems.append("new_contact not a lower-case address")
    problems += [f"bad ref {ref}" for ref in label["invoice_refs"] if not REF_RE.fullmatch(ref)]
    return problems


def bounce_problems(label: Label) -> list[str]:
    fields = (label["bounce_kind"], label["failed_recipient"], label["bounce_status"])
    if label["intent"] != "bounce":
        return ["bounce fields on a non-bounce"] if any(fields) else []
    status = label["bounce_status"] or ""
    if not all(fields) or not STATUS_RE.fullmatch(status):
        return ["incomplete bounce fields"]
    return []


def check_label(label: Label) -> None:
    problems = [] if tuple(label) == LABEL_KEYS else ["keys out of order"]
    if label["intent"] not in INTENTS or label["language"] not in LANGS:
        problems.append("unknown intent or language")
    problems += intent_field_problems(label) + value_problems(label) + bounce_problems(label)
    if problems:
        raise SystemExit(f"{label['file']}: {'; '.join(problems)}")


def check_corpus(items: list[Item]) -> None:
    keys = [item.key for item in items]
    texts = [item.text for item in items]
    if len(set(keys)) != len(keys) or len(set(texts)) != len(texts):
        raise SystemExit("duplicate keys or duplicate message texts")
    outside = [item.key for item in items if not FIRST_DAY <= item.day <= LAST_DAY]
    if outside:
        raise SystemExit(f"dated outside {FIRST_DAY}..{LAST_DAY}: {outside}")
    cells = Counter((item.label["intent"], item.label["language"]) for item in items)
    langs = Counter(item.label["language"] for item in items)
    kinds = Counter(item.label["bounce_kind"] for item in items if item.label["bounce_kind"])
    missing = [(i, lang) for i in INTENTS for lang in LANGS if not cells[i, lang]]
    per_intent = {i: sum(cells[i, lang] for lang in LANGS) for i in INTENTS}
    if missing or set(per_intent.values()) != {12} or kinds != Counter(hard=6, soft=6):
        raise SystemExit(f"coverage: missing {missing}, per intent {per_intent}, bounces {kinds}")
    if langs["en"] != 30 or {langs[lang] for lang in LANGS[1:]} != {18}:
        raise SystemExit(f"languages: {dict(langs)}")


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
    bold = " | ".join(f"**{t}**" for t in totals)
    rows.append(f"| **total** | {bold} | **{sum(totals)}** |")
    return "\n".join(rows)


def write_all() -> list[Label]:
    items = all_items()
    check_corpus(items)
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels = []
    for n, item in enumerate(shuffled(items), start=1):
        name = f"{PREFIX}-{n:03d}.eml"
        data = item.msg.as_bytes()
        check_message(name, data)
        (HERE / name).write_bytes(data)
        label = item.label | {"file": name}
        check_label(label)
        labels.append(label)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        out.writelines(json.dumps(label, ensure_ascii=False) + "\n" for label in labels)
    return labels


def main() -> int:
    labels = write_all()
    sys.stdout.write(count_table(labels) + "\n")
    kinds = Counter(x["bounce_kind"] for x in labels if x["bounce_kind"])
    sys.stdout.write(f"\n{len(labels)} messages; bounces: {dict(sorted(kinds.items()))}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
