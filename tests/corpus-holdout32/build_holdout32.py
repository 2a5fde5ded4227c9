# ruff: noqa: E501, RUF001
# Hand-written message text is kept one paragraph a line, as mail clients send it, with the
# typographic dashes, quotes and apostrophes that people and their clients really type.
"""Build held-out reply corpus 32: `h32-NNN.eml` files and `labels.jsonl`.

Every message lands in the receivables mailbox of Nordlicht Druckluft, an industrial compressor
and pneumatic-tools service company, after it sent an overdue reminder. The new text of each
message is written by hand below. The script only adds what a mail client or a mail server would
add: the quoted reminder in the client's layout and language, headers, MIME structure, charsets
and transfer encodings. It writes next to itself, deterministically (no clock, no randomness
beyond a fixed seed), and parses every message back as a check.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
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
from typing import TypedDict

HERE = Path(__file__).resolve().parent
SEED = 20261123
PREFIX = "h32"
AR_NAME = "Nordlicht Druckluft Receivables"
AR_ADDR = "receivables@nordlicht-druckluft.example"
AR_DOMAIN = "nordlicht-druckluft.example"
AR_MTA = "mail.nordlicht-druckluft.example"
AR_TZ = timezone(timedelta(hours=1))
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


class Label(TypedDict):
    """One line of `labels.jsonl`, keys in the order of the holdout2 format."""

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
# Locale tables (client mechanics: how each client renders dates and quote headers)
# --------------------------------------------------------------------------------------------

WEEKDAYS_SHORT = {
    "en": "Mon Tue Wed Thu Fri Sat Sun",
    "de": "Mo. Di. Mi. Do. Fr. Sa. So.",
    "fr": "lun. mar. mer. jeu. ven. sam. dim.",
    "es": "lun mar mié jue vie sáb dom",
    "nl": "ma di wo do vr za zo",
    "it": "lun mar mer gio ven sab dom",
}
WEEKDAYS_LONG = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
}
MONTHS_SHORT = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}
MONTHS_LONG = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
}

# Client locales: "en" is a British client, "en-US" an American one.
GMAIL_ATTR = {
    "en": "On {wds}, {d} {mons} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "en-US": "On {wds}, {mons} {d}, {y} at {h12}:{mm}\u202f{ampm} {name} <{addr}> wrote:",
    "de": "Am {wds}, {d}. {mons} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wds} {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wds}, {d} {mons} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wds} {d} {mons} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wds} {d} {mons} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTR = {
    "en": "On {d} {mons} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "en-US": "On {mons} {d}, {y}, at {h12}:{mm}\u202f{ampm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {mons} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mons} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mons} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
TB_ATTR = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "en-US": "On {mo}/{dd}/{y} {h12}:{mm} {ampm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{mm}, {name} ha scritto:",
}
OUTLOOK_SENT = {
    "en": "{dd} {monl} {y} {HH}:{mm}",
    "en-US": "{wdl}, {monl} {d}, {y} {h12}:{mm} {ampm}",
    "de": "{wdl}, {d}. {monl} {y} {HH}:{mm}",
    "fr": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "es": "{wdl}, {d} de {monl} de {y} {H}:{mm}",
    "nl": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "it": "{wdl} {d} {monl} {y} {HH}:{mm}",
}
# divider, From, Sent, To, Subject, label separator
OUTLOOK_LABELS = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject", ": "),
    "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff", ": "),
    "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : "),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": "),
    "nl": ("-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "Onderwerp", ": "),
    "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ": "),
}
SAMSUNG_LABELS = {
    "en": ("-------- Original message --------", "From", "Date", "To", "Subject", ": "),
    "de": ("-------- Ursprüngliche Nachricht --------", "Von", "Datum", "An", "Betreff", ": "),
    "fr": ("-------- Message d'origine --------", "De", "Date", "À", "Objet", " : "),
    "es": ("-------- Mensaje original --------", "De", "Fecha", "Para", "Asunto", ": "),
    "nl": ("-------- Oorspronkelijk bericht --------", "Van", "Datum", "Aan", "Onderwerp", ": "),
    "it": ("-------- Messaggio originale --------", "Da", "Data", "A", "Oggetto", ": "),
}
SAMSUNG_DATE = {
    "en": "{dd}/{mo}/{y} {HH}:{mm} (GMT{tz})",
    "de": "{dd}.{mo}.{yy} {HH}:{mm} (GMT{tz})",
    "fr": "{dd}/{mo}/{y} {HH}:{mm} (GMT{tz})",
    "es": "{d}/{mo}/{yy} {H}:{mm} (GMT{tz})",
    "nl": "{dd}-{mo}-{y} {HH}:{mm} (GMT{tz})",
    "it": "{dd}/{mo}/{yy} {HH}:{mm} (GMT{tz})",
}
OUTLOOK_RE = {"en": "RE: ", "de": "AW: ", "fr": "RE : ", "es": "RE: ", "nl": "RE: ", "it": "R: "}
IPHONE_SIG = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
}
SAMSUNG_SIG = {
    "en": "Sent from my Galaxy",
    "de": "Von meinem Galaxy gesendet",
    "fr": "Envoyé depuis mon Galaxy",
    "es": "Enviado desde mi Galaxy",
    "nl": "Verzonden vanaf mijn Galaxy",
    "it": "Inviato dal mio Galaxy",
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
# The reminder Nordlicht sent (its own wording, one per customer language)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – friendly reminder",
    "de": "Zahlungserinnerung zu Rechnung {inv}",
    "fr": "Rappel : facture {inv} échue",
    "es": "Aviso: factura {inv} pendiente de pago",
    "nl": "Betalingsherinnering factuur {inv}",
    "it": "Promemoria di pagamento – fattura {inv}",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "This is a reminder that the invoice below is past its due date and still open on your account with Nordlicht Druckluft:\n\n"
        "  Invoice no.: {inv}\n  Invoice date: {issued}\n  Due date: {due}\n  Amount outstanding: {amt}\n\n"
        "If payment is already on its way, please disregard this note, or let us know the payment date and reference so we can match it. If something on the invoice is not right, reply to this e-mail and we will look into it.\n\n"
        "Best regards\n\nReceivables team\nNordlicht Druckluft GmbH\nCompressors · Pneumatic tools · Service\nreceivables@nordlicht-druckluft.example"
    ),
    "de": (
        "Guten Tag,\n\n"
        "bei der Durchsicht unserer Konten ist uns aufgefallen, dass die folgende Rechnung noch nicht ausgeglichen ist:\n\n"
        "  Rechnungsnummer: {inv}\n  Rechnungsdatum: {issued}\n  Fällig seit: {due}\n  Offener Betrag: {amt}\n\n"
        "Falls Sie die Zahlung bereits angewiesen haben, ist diese Erinnerung hinfällig – teilen Sie uns in dem Fall gern Datum und Verwendungszweck mit. Sollte mit der Rechnung etwas nicht stimmen, antworten Sie bitte einfach auf diese Nachricht.\n\n"
        "Freundliche Grüße\n\nForderungsmanagement\nNordlicht Druckluft GmbH\nKompressoren · Druckluftwerkzeuge · Service"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Sauf omission de notre part, la facture ci-dessous n'a pas encore été réglée :\n\n"
        "  N° de facture : {inv}\n  Date de facture : {issued}\n  Échéance : {due}\n  Montant restant dû : {amt}\n\n"
        "Si le règlement est déjà parti, merci de ne pas tenir compte de ce rappel ou de nous communiquer la date et la référence du paiement. En cas de désaccord sur la facture, répondez simplement à ce message.\n\n"
        "Bien cordialement,\n\nService recouvrement\nNordlicht Druckluft GmbH"
    ),
    "es": (
        "Buenos días:\n\n"
        "Les recordamos que la siguiente factura ha superado su fecha de vencimiento y sigue pendiente:\n\n"
        "  N.º de factura: {inv}\n  Fecha de emisión: {issued}\n  Vencimiento: {due}\n  Importe pendiente: {amt}\n\n"
        "Si ya han realizado el pago, pueden ignorar este aviso o indicarnos la fecha y la referencia de la transferencia. Si hay algún error en la factura, respondan a este correo y lo revisaremos.\n\n"
        "Un saludo,\n\nDepartamento de cobros\nNordlicht Druckluft GmbH"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Volgens onze administratie is onderstaande factuur nog niet voldaan, terwijl de betaaltermijn is verstreken:\n\n"
        "  Factuurnummer: {inv}\n  Factuurdatum: {issued}\n  Vervaldatum: {due}\n  Openstaand bedrag: {amt}\n\n"
        "Is de betaling al onderweg, dan kunt u deze herinnering negeren of ons de datum en het kenmerk van de betaling doorgeven. Klopt er iets niet aan de factuur, reageer dan gewoon op deze e-mail.\n\n"
        "Met vriendelijke groet,\n\nDebiteurenbeheer\nNordlicht Druckluft GmbH"
    ),
    "it": (
        "Buongiorno,\n\n"
        "dalle nostre verifiche contabili la fattura indicata qui sotto risulta ancora aperta oltre la scadenza:\n\n"
        "  Fattura n.: {inv}\n  Data fattura: {issued}\n  Scadenza: {due}\n  Importo da saldare: {amt}\n\n"
        "Se il pagamento è già stato disposto, vi preghiamo di non considerare questo promemoria oppure di indicarci data e riferimento del bonifico. Se qualcosa nella fattura non vi torna, basta rispondere a questa e-mail.\n\n"
        "Cordiali saluti,\n\nUfficio crediti\nNordlicht Druckluft GmbH"
    ),
}
INVOICE_DATE = {"de": "{dd}.{mo}.{y}", "nl": "{dd}-{mo}-{y}", "en": "{d} {mons} {y}"}
CURRENCY_SIGN = {"GBP": "£", "EUR": "€", "USD": "$"}
NOON = 12
SATURDAY = 5
LATIN1_FIXES = {"–": "-", "€": "EUR", "’": "'", "…": "...", "\u202f": " "}


# --------------------------------------------------------------------------------------------
# Small helpers: dates, ids, money, text
# --------------------------------------------------------------------------------------------


def parse_when(when: str) -> datetime:
    """`2026-12-04 08:15 -0600` → an aware datetime in the sender's own zone."""
    return datetime.strptime(when, "%Y-%m-%d %H:%M %z")


def base_locale(loc: str) -> str:
    return loc.partition("-")[0]


def date_fields(loc: str, dt: datetime) -> dict[str, str]:
    lang = base_locale(loc)
    wd, mo = dt.weekday(), dt.month - 1
    offset = dt.strftime("%z")
    return {
        "wds": WEEKDAYS_SHORT[lang].split()[wd],
        "wdl": WEEKDAYS_LONG[lang].split()[wd],
        "mons": MONTHS_SHORT[lang].split()[mo],
        "monl": MONTHS_LONG[lang].split()[mo],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "HH": f"{dt.hour:02d}",
        "H": str(dt.hour),
        "mm": f"{dt.minute:02d}",
        "h12": str((dt.hour - 1) % 12 + 1),
        "ampm": "AM" if dt.hour < NOON else "PM",
        "tz": f"{offset[:3]}:{offset[3:]}",
    }


def fmt(template: str, loc: str, dt: datetime, **extra: str) -> str:
    return template.format(**date_fields(loc, dt), **extra)


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:n]


def number(key: str, salt: str, modulo: int) -> int:
    return int.from_bytes(digest(key, salt)[:8], "big") % modulo


def money(amount: str, currency: str, lang: str) -> str:
    """`2418.90` → the way the reminder prints it in `lang`."""
    units, cents = amount.split(".")
    grouped = f"{int(units):,}"
    sign = CURRENCY_SIGN[currency]
    if lang == "en":
        return f"{sign}{grouped}.{cents}"
    if lang == "fr":
        return f"{grouped.replace(',', ' ')},{cents} {sign}"
    dotted = grouped.replace(",", ".")
    if lang in {"nl", "it"}:
        return f"{sign} {dotted},{cents}"
    return f"{dotted},{cents} {sign}"


def invoice_date(lang: str, iso: str) -> str:
    template = INVOICE_DATE.get(lang, "{dd}/{mo}/{y}")
    return fmt(template, lang, datetime.fromisoformat(iso))


def latin1_safe(text: str) -> str:
    for bad, good in LATIN1_FIXES.items():
        text = text.replace(bad, good)
    return text


def quote_lines(text: str) -> str:
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


# --------------------------------------------------------------------------------------------
# MIME parts and headers
# --------------------------------------------------------------------------------------------

NO_BODY_ENCODING = 0  # neither QP nor base64: the email package then picks 7bit or 8bit
CTE_CODES: dict[str, int] = {
    "qp": cs.QP,
    "b64": cs.BASE64,
    "8bit": NO_BODY_ENCODING,
    "7bit": NO_BODY_ENCODING,
}


def body_charset(name: str, cte: str) -> cs.Charset:
    """A fresh Charset carrying the transfer encoding the client would choose."""
    charset = cs.Charset(name)
    charset.body_encoding = CTE_CODES[cte]
    return charset


def text_part(text: str, *, subtype: str, charset: str, cte: str) -> Message:
    text.encode(charset)  # raises if the hand-written text does not fit the charset
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, body_charset(charset, cte))
    return part


def header_text(value: str, charset: str, name: str = "Subject") -> str:
    """The header value as a client encodes it (RFC 2047 when it is not ASCII)."""
    if value.isascii():
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return Header(value, charset, header_name=name).encode()


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


def content_headers_last(msg: Message) -> None:
    """Move the MIME headers below the envelope headers, where clients put them."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "MIME-Version" not in msg and "Content-Type" in msg:
        msg["MIME-Version"] = "1.0"


def subparts(part: Message) -> list[Message]:
    if not part.is_multipart():
        return []
    payload = part.get_payload()
    return [p for p in payload if isinstance(p, Message)] if isinstance(payload, list) else []


def strip_part_versions(part: Message, *, root: bool) -> None:
    """Only the top of a message (or of an enclosed message) carries MIME-Version."""
    if not root:
        del part["MIME-Version"]
    enclosed = part.get_content_type() == "message/rfc822"
    for sub in subparts(part):
        strip_part_versions(sub, root=enclosed)


BOUNDARY_PREFIX = {
    "gmail": "000000000000",
    "advice": "----=_NextPart_000_",
    "apple": "Apple-Mail=_",
    "iphone": "Apple-Mail-",
    "owa": "_000_",
    "outlook_html": "_000_",
    "bounce": "----=_DSN_",
}


def fix_boundaries(msg: Message, *, key: str, style: str) -> None:
    """Deterministic boundaries shaped like the client's own."""
    prefix = BOUNDARY_PREFIX.get(style, "----=_Part_")
    parts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(parts):
        part.set_boundary(prefix + b32(key, f"boundary{n}", 24))


def finalize(msg: Message, *, key: str, style: str) -> Message:
    content_headers_last(msg)
    strip_part_versions(msg, root=True)
    fix_boundaries(msg, key=key, style=style)
    return msg


# --------------------------------------------------------------------------------------------
# Specs: one hand-written reply and its labels
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Facts:
    """The label fields a reply carries beyond intent and language."""

    promised: str | None = None
    paid: str | None = None
    back: str | None = None
    ref: str | None = None
    amount: str | None = None
    currency: str | None = None
    contact: str | None = None
    refs: tuple[str, ...] = ()
    note: str | None = None


NO_FACTS = Facts()


@dataclass(frozen=True, kw_only=True)
class Reply:
    """One hand-written message: who wrote it, when, with which client, and its labels.

    `rlang` is the language of the reminder being answered (default: the reply's language);
    `loc` the client's locale (default: the reply's language); `thread=False` marks a message
    that answers nothing (payment advices, ticket systems).
    """

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    style: str
    body: str
    facts: Facts = NO_FACTS
    rlang: str = ""
    loc: str = ""
    inv: str = ""
    amt: str = ""
    cur: str = ""
    issued: str = ""
    subject: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    attach: str = ""
    thread: bool = True

    @property
    def dt(self) -> datetime:
        return parse_when(self.when)

    @property
    def reminder_lang(self) -> str:
        return self.rlang or self.lang

    @property
    def client_loc(self) -> str:
        return self.loc or self.lang

    @property
    def invoice(self) -> str:
        return self.inv or f"NL-26-0{3600 + number(self.key, 'inv', 1400)}"

    @property
    def currency(self) -> str:
        return self.cur or ("GBP" if self.reminder_lang == "en" else "EUR")

    @property
    def amount(self) -> str:
        if self.amt:
            return self.amt
        cents = 38000 + number(self.key, "amt", 460000)
        return f"{cents // 100}.{cents % 100:02d}"

    @property
    def issued_on(self) -> str:
        if self.issued:
            return self.issued
        day = datetime(2026, 10, 1, tzinfo=UTC) + timedelta(days=number(self.key, "issued", 19))
        return day.date().isoformat()


FAKE_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)
AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
NO_AUTO_RESPONSE = ("X-Auto-Response-Suppress", "All")


# --------------------------------------------------------------------------------------------
# The reminder as each reply quotes it
# --------------------------------------------------------------------------------------------


def reminder_subject(lang: str, inv: str) -> str:
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_body(*, lang: str, inv: str, issued: str, amount: str, currency: str) -> str:
    due = (datetime.fromisoformat(issued) + timedelta(days=30)).date().isoformat()
    return REMINDER_BODY[lang].format(
        inv=inv,
        issued=invoice_date(lang, issued),
        due=invoice_date(lang, due),
        amt=money(amount, currency, lang),
    )


def reminder_sent(reply: datetime, key: str) -> datetime:
    """The reminder went out on a working day one to four days before the reply."""
    day = reply.astimezone(AR_TZ) - timedelta(days=1 + number(key, "lag", 4))
    while day.weekday() >= SATURDAY:
        day -= timedelta(days=1)
    return day.replace(hour=8, minute=30 + number(key, "minute", 25), second=11)


def reminder_msgid(key: str) -> str:
    return f"<{b32(key, 'reminder', 20)}@{AR_DOMAIN}>"


@dataclass(frozen=True)
class Quote:
    """What a reply quotes: the reminder, as the replying client shows it."""

    text: str
    subject: str
    sent: datetime
    loc: str
    to: str


def make_quote(r: Reply) -> Quote:
    lang = r.reminder_lang
    text = reminder_body(
        lang=lang, inv=r.invoice, issued=r.issued_on, amount=r.amount, currency=r.currency
    )
    subject = reminder_subject(lang, r.invoice)
    if r.charset == "iso-8859-1":
        text, subject = latin1_safe(text), latin1_safe(subject)
    sent = reminder_sent(r.dt, r.key).astimezone(r.dt.tzinfo)
    to = formataddr(r.who) if r.who[0].isascii() else f"{r.who[0]} <{r.who[1]}>"
    return Quote(text=text, subject=subject, sent=sent, loc=r.client_loc, to=to)


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


def plain(r: Reply, text: str, *, cte: str = "") -> Message:
    return text_part(text, subtype="plain", charset=r.charset, cte=cte or r.cte)


def markup(r: Reply, text: str) -> Message:
    return text_part(text, subtype="html", charset=r.charset, cte=r.cte)


def outlook_block(q: Quote, labels: tuple[str, ...], sent: str) -> list[str]:
    _, frm, when, to, subj, sep = labels
    return [
        f"{frm}{sep}{AR_NAME} <{AR_ADDR}>",
        f"{when}{sep}{sent}",
        f"{to}{sep}{q.to}",
        f"{subj}{sep}{q.subject}",
    ]


def outlook_lines(q: Quote) -> list[str]:
    sent = fmt(OUTLOOK_SENT[q.loc], q.loc, q.sent)
    return outlook_block(q, OUTLOOK_LABELS[base_locale(q.loc)], sent)


def attribution(table: dict[str, str], q: Quote) -> str:
    return fmt(table[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def style_outlook(r: Reply, q: Quote) -> Message:
    divider = OUTLOOK_LABELS[base_locale(q.loc)][0]
    block = "\n".join([divider, *outlook_lines(q)])
    return plain(r, f"{r.body}\n\n{block}\n\n{q.text}\n")


def word_html(r: Reply, q: Quote) -> str:
    sep = OUTLOOK_LABELS[base_locale(q.loc)][5]
    head = "<br>\n".join(
        f"<b>{html.escape(line.split(sep, 1)[0])}:</b> {html.escape(line.split(sep, 1)[1])}"
        for line in outlook_lines(q)
    )
    lang = "EN-US" if q.loc == "en-US" else f"{r.lang.upper()}"
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!-- p.MsoNormal, li.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;} --></style>\n'
        f'</head>\n<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word"><div class="WordSection1">\n'
        f"{mso_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso_paragraphs(q.text)}\n</div>\n</body>\n</html>\n"
    )


def style_outlook_html(r: Reply, q: Quote) -> Message:
    text = "\n".join([r.body, "", *outlook_lines(q), "", q.text, ""])
    return alternative(plain(r, text), markup(r, word_html(r, q)))


def style_html_only(r: Reply, q: Quote) -> Message:
    return markup(r, word_html(r, q))


def owa_html(r: Reply, q: Quote) -> str:
    sep = OUTLOOK_LABELS[base_locale(q.loc)][5]
    head = "<br>\n".join(
        f"<b>{html.escape(line.split(sep, 1)[0])}:</b> {html.escape(line.split(sep, 1)[1])}"
        for line in outlook_lines(q)
    )
    return (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}">'
        '</head><body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Arial, sans-serif; font-size: 12pt;">'
        f"{html_lines(r.body)}</div>\n"
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{head}</font>\n<div>&nbsp;</div></div>\n"
        f"<div>{html_paragraphs(q.text)}</div>\n</body></html>\n"
    )


def style_owa(r: Reply, q: Quote) -> Message:
    text = "\n".join([r.body, "", "_" * 32, *outlook_lines(q), "", q.text, ""])
    return alternative(plain(r, text), markup(r, owa_html(r, q)))


def style_android(r: Reply, q: Quote) -> Message:
    block = "\n".join(outlook_lines(q))
    sig = ANDROID_SIG[base_locale(q.loc)]
    return plain(r, f"{r.body}\n\n{sig}\n{'_' * 32}\n{block}\n\n{q.text}\n", cte="b64")


def gmail_html(body: str, attr: str, q: Quote) -> str:
    return (
        f'<div dir="ltr">{html_lines(body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )


def style_gmail(r: Reply, q: Quote) -> Message:
    attr = attribution(GMAIL_ATTR, q)
    text = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    return alternative(plain(r, text), markup(r, gmail_html(r.body, attr, q)))


def style_gmail_plain(r: Reply, q: Quote) -> Message:
    return plain(r, f"{r.body}\n\n{attribution(GMAIL_ATTR, q)}\n\n{quote_lines(q.text)}\n")


def style_bottom(r: Reply, q: Quote) -> Message:
    return plain(r, f"{attribution(GMAIL_ATTR, q)}\n\n{quote_lines(q.text)}\n\n{r.body}\n")


def style_inline(r: Reply, q: Quote) -> Message:
    """The writer answers between quoted lines; `{attr}` marks the client's attribution."""
    table = TB_ATTR if r.style == "inline_tb" else GMAIL_ATTR
    text = r.body.replace("{attr}", attribution(table, q)) + "\n"
    part = plain(r, text)
    if r.style == "inline_tb":
        part.set_param("format", "flowed")
    return part


def style_apple(r: Reply, q: Quote) -> Message:
    attr = attribution(APPLE_ATTR, q)
    text = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    apple_markup = (
        f'<html><head><meta http-equiv="content-type" content="text/html; charset={r.charset}"></head>'
        f'<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">{html_lines(r.body)}'
        f'<div><br><blockquote type="cite"><div>{html.escape(attr)}</div><br>'
        f"{html_paragraphs(q.text)}</blockquote></div></body></html>\n"
    )
    return alternative(plain(r, text), markup(r, apple_markup))


def style_iphone(r: Reply, q: Quote) -> Message:
    quoted = quote_lines(f"{attribution(APPLE_ATTR, q)}\n\n{q.text}")
    return plain(r, f"{r.body}\n\n{IPHONE_SIG[base_locale(q.loc)]}\n\n{quoted}\n")


def style_samsung(r: Reply, q: Quote) -> Message:
    lang = base_locale(q.loc)
    sent = fmt(SAMSUNG_DATE[lang], lang, q.sent)
    block = "\n".join([SAMSUNG_LABELS[lang][0], *outlook_block(q, SAMSUNG_LABELS[lang], sent)])
    text = f"{r.body}\n\n\n\n{SAMSUNG_SIG[lang]}\n\n\n{block}\n\n{q.text}\n"
    body_html = html_lines(text)
    samsung_markup = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head><body><div dir="auto">{body_html}</div></body></html>\n'
    return alternative(plain(r, text), markup(r, samsung_markup))


def style_thunderbird(r: Reply, q: Quote) -> Message:
    attr = fmt(TB_ATTR[q.loc], q.loc, q.sent, name=AR_NAME)
    part = plain(r, f"{r.body}\n\n{attr}\n{quote_lines(q.text)}\n")
    if r.charset == "utf-8":
        part.set_param("format", "flowed")
    return part


def style_notice(r: Reply, q: Quote) -> Message:
    del q  # automatic notices quote nothing
    return plain(r, r.body + "\n")


def style_advice(r: Reply, q: Quote) -> Message:
    """An AP system's payment advice: plain text plus an HTML rendering with a <pre> table."""
    del q
    paragraphs = []
    for para in r.body.split("\n\n"):
        lines = para.split("\n")
        tabular = len(lines) > 1 and all("  " in line for line in lines)
        inner = html.escape(para) if tabular else html_lines(para)
        paragraphs.append(f"<pre>{inner}</pre>" if tabular else f"<p>{inner}</p>")
    advice_markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head>'
        '<body style="font-family:Arial,sans-serif;font-size:10pt">\n'
        + "\n".join(paragraphs)
        + "\n</body></html>\n"
    )
    return alternative(plain(r, r.body + "\n"), markup(r, advice_markup))


STYLES: dict[str, Callable[[Reply, Quote], Message]] = {
    "outlook": style_outlook,
    "outlook_html": style_outlook_html,
    "html_only": style_html_only,
    "owa": style_owa,
    "android": style_android,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "bottom": style_bottom,
    "inline": style_inline,
    "inline_tb": style_inline,
    "apple": style_apple,
    "iphone": style_iphone,
    "samsung": style_samsung,
    "thunderbird": style_thunderbird,
    "notice": style_notice,
    "advice": style_advice,
}
OUTLOOK_FAMILY = frozenset({"outlook", "outlook_html", "html_only", "owa", "android"})
STYLE_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22C152)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
    "inline_tb": (("User-Agent", "Mozilla Thunderbird"),),
    "outlook": (("X-Mailer", "Microsoft Outlook 16.0"),),
}


# --------------------------------------------------------------------------------------------
# Headers and the assembled reply
# --------------------------------------------------------------------------------------------


def reply_msgid(r: Reply) -> str:
    domain = r.who[1].split("@")[1]
    raw = digest(r.key, "reply")
    if r.style in {"gmail", "gmail_plain", "bottom", "inline"}:
        tail = base64.urlsafe_b64encode(raw).decode().rstrip("=")[:40]
        return f"<CA+{tail}@mail.gmail.com>"
    if r.style in OUTLOOK_FAMILY:
        return f"<{b32(r.key, 'ms', 28)}@{b32(r.key, 'host', 8)}.EURPRD09.PROD.OUTLOOK.COM>"
    if r.style in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{raw.hex()[:24]}@{domain}>"


def reply_subject(r: Reply, q: Quote) -> str:
    if r.subject:
        return r.subject.replace("{rsub}", q.subject)
    lang = base_locale(q.loc)
    prefix = OUTLOOK_RE[lang] if r.style in OUTLOOK_FAMILY else "Re: "
    return prefix + q.subject


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    index = base64.b64encode(digest(r.key, "thread")[:22]).decode()
    language = (
        "en-US" if q.loc == "en-US" else {"en": "en-GB"}.get(r.lang, f"{r.lang}-{r.lang.upper()}")
    )
    return [
        ("Thread-Topic", header_text(q.subject, r.charset, "Thread-Topic")),
        ("Thread-Index", index),
        ("Content-Language", language),
        ("X-MS-Has-Attach", "yes" if r.attach else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def with_attachment(r: Reply, body: Message) -> Message:
    if not r.attach:
        return body
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    pdf = MIMEApplication(FAKE_PDF, "pdf")
    pdf.add_header("Content-Disposition", "attachment", filename=r.attach)
    outer.attach(pdf)
    return outer


def add_envelope(msg: Message, r: Reply, q: Quote) -> None:
    msg["From"] = address(*r.who, r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    msg["Subject"] = header_text(reply_subject(r, q), r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r)
    if r.thread:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)


def build_reply(r: Reply) -> Message:
    q = make_quote(r)
    msg = with_attachment(r, STYLES[r.style](r, q))
    add_envelope(msg, r, q)
    extra = outlook_headers(r, q) if r.style in OUTLOOK_FAMILY and r.thread else []
    for name, value in [*extra, *STYLE_HEADERS.get(r.style, ()), *r.headers]:
        msg[name] = value
    return finalize(msg, key=r.key, style=r.style)


# --------------------------------------------------------------------------------------------
# The hand-written replies
# --------------------------------------------------------------------------------------------

PAYMENT_SENT = [
    Reply(
        key="ps-en-1",
        intent="payment_sent",
        lang="en",
        who=("Gareth Pryce", "gareth@pryceagri.example"),
        when="2026-11-24 07:12 +0000",
        style="iphone",
        inv="NL-26-03914",
        body="Paid.",
        facts=Facts(note="one word; no date, amount or reference"),
    ),
    Reply(
        key="ps-en-2",
        intent="payment_sent",
        lang="en",
        who=("Hallam Engineering Group – Accounts Payable", "ap-noreply@hallamgroup.example"),
        when="2026-12-01 14:03 +0000",
        style="advice",
        thread=False,
        subject="Remittance Advice – Payment HEG-PAY-0088213",
        headers=(AUTO_GENERATED, ("X-Mailer", "Hallam Group Payables 4.2")),
        body=(
            "REMITTANCE ADVICE\n\n"
            "Payer:              Hallam Engineering Group plc\n"
            "Payee:              Nordlicht Druckluft GmbH\n"
            "Payment date:       01/12/2026\n"
            "Payment method:     BACS\n"
            "Payment reference:  HEG-PAY-0088213\n\n"
            "Your invoice       Invoice date    Amount (GBP)\n"
            "NL-26-04388        09/10/2026          1,106.40\n"
            "NL-26-04421        16/10/2026            742.15\n"
            "Total paid                             1,848.55\n\n"
            "Funds should reach your account within two working days.\n\n"
            "This advice was produced automatically by our payables system. Please do not reply to this address. Queries about this payment should be sent to payables@hallamgroup.example quoting the payment reference."
        ),
        facts=Facts(
            paid="2026-12-01",
            ref="HEG-PAY-0088213",
            amount="1848.55",
            currency="GBP",
            refs=("NL-26-04388", "NL-26-04421"),
            note="AP-system payment advice with Auto-Submitted: auto-generated is a payment, not an auto-reply; the amount is the total of both invoices",
        ),
    ),
    Reply(
        key="ps-en-3",
        intent="payment_sent",
        lang="en",
        loc="en-US",
        who=("Denise Kowalski", "dkowalski@badgerfluidpower.example"),
        when="2026-12-04 08:15 -0600",
        style="outlook_html",
        inv="NL-26-04057",
        amt="3276.00",
        cur="USD",
        body="Hi,\n\nOur ACH payment for $3,276.00 went out yesterday afternoon – trace number 091000019384772. It usually posts in 1–2 business days, so you should see it by Monday. Let me know if it hasn't shown up by then.\n\nThanks,\n\nDenise Kowalski\nAccounts Payable\nBadger Fluid Power, Inc.\n2210 Lakeview Dr. | Green Bay, WI 54303\n(920) 555-0148",
        facts=Facts(
            paid="2026-12-03",
            ref="091000019384772",
            amount="3276.00",
            currency="USD",
            note="'yesterday' against Fri 4 Dec in the sender's zone (US Central); 'should see it by Monday' is about the funds arriving, the payment is sent",
        ),
    ),
    Reply(
        key="ps-de-1",
        intent="payment_sent",
        lang="de",
        who=("Sabine Rothkegel", "s.rothkegel@tischlerei-brandl.example"),
        when="2026-12-02 10:21 +0100",
        style="outlook",
        charset="windows-1252",
        inv="NL-26-03987",
        amt="1874.32",
        body="Sehr geehrte Damen und Herren,\n\ndie Rechnung NL-26-03987 über 1.874,32 € haben wir bereits am 27.11. überwiesen. Im Verwendungszweck stand versehentlich nur unsere Kundennummer 20417 und nicht die Rechnungsnummer – vermutlich konnten Sie die Zahlung deshalb nicht zuordnen.\n\nWir bitten um kurze Prüfung und Bestätigung.\n\nMit freundlichen Grüßen\ni. A. Sabine Rothkegel\nBuchhaltung\n\nTischlerei Brandl GmbH & Co. KG\nMühlweg 12 · 83209 Prien am Chiemsee\nTel. 08051 96 44 0\nSitz Prien · Amtsgericht Traunstein HRA 4411\nPersönlich haftende Gesellschafterin: Brandl Verwaltungs GmbH · Geschäftsführer: Josef Brandl",
        facts=Facts(
            paid="2026-11-27",
            ref="20417",
            amount="1874.32",
            currency="EUR",
            refs=("NL-26-03987",),
            note="the customer number the transfer carried as its Verwendungszweck is the payment reference; '27.11.' without a year is this year",
        ),
    ),
    Reply(
        key="ps-fr-1",
        intent="payment_sent",
        lang="fr",
        who=("Didier Lemoine", "garage.lemoine18@gmail.com"),
        when="2026-12-10 18:47 +0100",
        style="iphone",
        body="bonjour\nle cheque est parti lundi par la poste, cheque n° 4471203 credit agricole\ncdt\nDidier Lemoine\nGarage Lemoine - Vierzon",
        facts=Facts(
            paid="2026-12-07",
            ref="4471203",
            note="cheque posted 'lundi' → Mon 7 Dec (the Monday before Thu 10 Dec); written without accents; the cheque number is the reference",
        ),
    ),
    Reply(
        key="ps-fr-2",
        intent="payment_sent",
        lang="fr",
        who=("Carole Dumesnil", "c.dumesnil@groupe-vallon.example"),
        when="2026-11-25 16:02 +0100",
        style="outlook_html",
        inv="NL-26-04233",
        amt="3912.00",
        attach="Avis_operation_VIR-2611-00873.pdf",
        body="Madame, Monsieur,\n\nNous vous confirmons que la facture NL-26-04233 a été réglée par virement SEPA le 20 novembre 2026, pour un montant de 3 912,00 € (référence de l'ordre : VIR-2611-00873).\n\nVous trouverez ci-joint l'avis d'opéré de notre banque. Le délai de traitement explique sans doute que le paiement n'apparaisse pas encore dans vos comptes.\n\nBien cordialement,\n\nCarole Dumesnil\nComptabilité fournisseurs\nGroupe Vallon Mécanique – Site de Bourg-en-Bresse\n\nCe message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le supprimer.",
        facts=Facts(
            paid="2026-11-20",
            ref="VIR-2611-00873",
            amount="3912.00",
            currency="EUR",
            refs=("NL-26-04233",),
        ),
    ),
    Reply(
        key="ps-es-1",
        intent="payment_sent",
        lang="es",
        who=("Rubén Ortega", "talleresortega.calahorra@gmail.com"),
        when="2026-12-01 09:33 +0100",
        style="gmail",
        amt="1230.50",
        attach="justificante_transferencia.pdf",
        body="Hola,\n\nOs hice la transferencia el viernes pasado, 1.230,50 €. Os adjunto el justificante del banco para que lo podáis cuadrar.\n\nUn saludo,\nRubén Ortega\nTalleres Ortega – Mecánica y neumáticos\nCtra. de Logroño, km 4 · Calahorra",
        facts=Facts(
            paid="2026-11-27",
            amount="1230.50",
            currency="EUR",
            note="'el viernes pasado' against Tue 1 Dec → Fri 27 Nov; proof attached",
        ),
    ),
    Reply(
        key="ps-es-2",
        intent="payment_sent",
        lang="es",
        who=("Marta Gil Sanz", "administracion@carpinteriagil.example"),
        when="2026-12-09 13:15 +0100",
        style="outlook",
        charset="iso-8859-1",
        inv="NL-26-04510",
        body="Buenas tardes:\n\nHemos abonado la factura NL-26-04510 esta misma mañana con tarjeta, a través del enlace de pago que aparece en su web. El número de autorización que nos dio el TPV es 839201.\n\nSi necesitan algo más, no duden en decírnoslo.\n\nSaludos cordiales,\n\nMarta Gil Sanz\nAdministración\nCarpintería Hermanos Gil, S.L.\nPol. Ind. El Pinar, nave 7 - 50410 Cuarte de Huerva (Zaragoza)",
        facts=Facts(
            paid="2026-12-09",
            ref="839201",
            refs=("NL-26-04510",),
            note="card payment 'esta misma mañana' → the message date; the authorisation number is the reference",
        ),
    ),
    Reply(
        key="ps-nl-1",
        intent="payment_sent",
        lang="nl",
        who=(
            "Coöperatie Veldkracht Noord – Crediteurenadministratie",
            "crediteuren-noreply@veldkracht.example",
        ),
        when="2026-12-11 06:30 +0100",
        style="advice",
        thread=False,
        subject="Betaaladvies 2026-50 – Nordlicht Druckluft GmbH",
        headers=(AUTO_GENERATED,),
        body=(
            "Betaaladvies\n\n"
            "Geachte relatie,\n\n"
            "Hierbij ontvangt u de specificatie van onze betaling aan u.\n\n"
            "Betaaldatum:        11-12-2026\n"
            "Betaalkenmerk:      VK-BET-2026-50-0317\n"
            "Begunstigde:        Nordlicht Druckluft GmbH\n\n"
            "Uw factuur        Factuurdatum    Bedrag\n"
            "NL-26-04146       07-10-2026      € 1.612,80\n"
            "NL-26-04318       21-10-2026      €   488,35\n"
            "Totaal betaald                    € 2.101,15\n\n"
            "Dit bericht is automatisch aangemaakt. Vragen over deze betaling kunt u sturen naar crediteuren@veldkracht.example onder vermelding van het betaalkenmerk."
        ),
        facts=Facts(
            paid="2026-12-11",
            ref="VK-BET-2026-50-0317",
            amount="2101.15",
            currency="EUR",
            refs=("NL-26-04146", "NL-26-04318"),
            note="payment advice from an AP system, Auto-Submitted: auto-generated; not an auto-reply",
        ),
    ),
    Reply(
        key="ps-nl-2",
        intent="payment_sent",
        lang="nl",
        who=("Henk Pol", "henk@loonbedrijfpol.example"),
        when="2026-12-15 07:02 +0100",
        style="android",
        body="is gisteren al overgemaakt hoor\n\nHenk Pol\nLoonbedrijf Pol, Emmen",
        facts=Facts(paid="2026-12-14", note="'gisteren' against Tue 15 Dec"),
    ),
    Reply(
        key="ps-it-1",
        intent="payment_sent",
        lang="it",
        who=("Ufficio Amministrazione – F.lli Bertoni", "amministrazione@officinabertoni.example"),
        when="2026-12-14 11:48 +0100",
        style="outlook_html",
        charset="windows-1252",
        inv="NL-26-04611",
        amt="2960.00",
        body="Buongiorno,\n\nvi informiamo che in data 11/12/2026 abbiamo disposto il bonifico di € 2.960,00 a saldo della fattura NL-26-04611.\nTRN: 0306909876543210\n\nRestiamo a disposizione per eventuali chiarimenti.\n\nDistinti saluti\n\nUfficio Amministrazione\nOfficina Meccanica F.lli Bertoni s.n.c.\nVia dell'Artigianato 14 – 25030 Castrezzato (BS)\nP.IVA 01234560987\n\nAi sensi del Regolamento UE 2016/679 (GDPR), le informazioni contenute in questo messaggio sono riservate e ad uso esclusivo del destinatario. Qualora il messaggio vi fosse giunto per errore, vi preghiamo di eliminarlo e di darcene comunicazione.",
        facts=Facts(
            paid="2026-12-11",
            ref="0306909876543210",
            amount="2960.00",
            currency="EUR",
            refs=("NL-26-04611",),
        ),
    ),
    Reply(
        key="ps-it-2",
        intent="payment_sent",
        lang="it",
        who=("Luca Baldini", "luca.baldini@baldinicarrozzeria.example"),
        when="2026-12-05 09:20 +0100",
        style="iphone",
        body="fatto ieri sera, scusate il ritardo\nLuca",
        facts=Facts(
            paid="2026-12-04",
            note="'fatto' answering a payment reminder means paid; 'ieri sera' against Sat 5 Dec",
        ),
    ),
]

PROMISE_TO_PAY = [
    Reply(
        key="pr-en-1",
        intent="promise_to_pay",
        lang="en",
        loc="en-US",
        who=("Tammy Reinholt", "office@lakeshoreautodiesel.example"),
        when="2026-12-10 21:40 -0600",
        style="gmail",
        amt="1148.00",
        cur="USD",
        body="Hi – sorry this slipped. Ray signs checks first thing tomorrow and I'll put yours in the mail on my way past the post office.\n\nTammy\nLakeshore Auto & Diesel\nSheboygan, WI",
        facts=Facts(
            promised="2026-12-11",
            note="'tomorrow' from Thu 10 Dec 21:40 US Central; in UTC the message is already dated the 11th",
        ),
    ),
    Reply(
        key="pr-en-2",
        intent="promise_to_pay",
        lang="en",
        who=("Helen Marsh", "purchaseledger@corbridgeprecision.example"),
        when="2026-12-07 10:05 +0000",
        style="outlook",
        body="Hi,\n\nApologies – this one got stuck waiting for the workshop manager's approval. It's been signed off now and has gone onto the list for our next BACS run, which is on the 18th.\n\nRegards,\nHelen Marsh\nPurchase Ledger\nCorbridge Precision Ltd",
        facts=Facts(
            promised="2026-12-18",
            note="past-tense 'signed off' and 'has gone onto the list' announce a future payment",
        ),
    ),
    Reply(
        key="pr-en-3",
        intent="promise_to_pay",
        lang="en",
        who=("Kevin Doyle", "kevin@doylejoinery.example"),
        when="2026-12-07 08:41 +0000",
        style="outlook",
        cur="EUR",
        subject="RE: Out of Office: {rsub}",
        body="Back in today, sorry about the auto-reply last week. Saw your reminder – I'll pay it Friday along with the rest of the suppliers.\n\nKevin\nDoyle Joinery, Athlone",
        facts=Facts(
            promised="2026-12-11",
            note="a person writing under an 'Out of Office' subject: not an auto-reply; 'Friday' after Mon 7 Dec",
        ),
    ),
    Reply(
        key="pr-de-1",
        intent="promise_to_pay",
        lang="de",
        who=("Markus Kessler", "m.kessler@kessler-landtechnik.example"),
        when="2026-12-02 14:22 +0100",
        style="outlook_html",
        body="Hallo,\n\ndie Rechnung ist inzwischen freigegeben und geht mit unserem Zahllauf in KW 50 raus.\n\nGruß\nMarkus Kessler\nEinkauf / Disposition\nKessler Landtechnik GmbH\nLandstraße 87 · 49393 Lohne",
        facts=Facts(
            promised="2026-12-07",
            note="'freigegeben' is past tense but the payment is future; 'KW 50' without a day → its Monday, like 'next week'",
        ),
    ),
    Reply(
        key="pr-de-2",
        intent="promise_to_pay",
        lang="de",
        who=("Peter Aumüller", "info@aumueller-kfz.example"),
        when="2026-12-03 07:55 +0100",
        style="thunderbird",
        charset="iso-8859-1",
        body="Guten Morgen,\n\nwir überweisen den offenen Betrag am 15. - früher geht es leider nicht, weil uns ein Großkunde selbst seit Wochen hängen lässt. An der Rechnung selbst ist nichts auszusetzen.\n\nViele Grüße\nPeter Aumüller\nAumüller Kfz-Technik e.K.\nMeisterbetrieb · Hauptstr. 5 · 91757 Treuchtlingen",
        facts=Facts(promised="2026-12-15", note="'am 15.' → the 15th of the message's month"),
    ),
    Reply(
        key="pr-fr-1",
        intent="promise_to_pay",
        lang="fr",
        who=("Nathalie Ferrand", "achats@menuiserie-ferrand.example"),
        when="2026-12-04 11:30 +0100",
        style="outlook",
        body="Bonjour,\n\nVotre facture passera au règlement en fin de mois, comme l'ensemble de nos factures fournisseurs. Je me permets de vous rappeler au passage que nos conditions sont à 45 jours fin de mois et non à 30 jours.\n\nBonne journée,\n\nNathalie Ferrand\nAchats – Menuiserie Ferrand & Fils\nZA des Noues · 49300 Cholet",
        facts=Facts(
            promised="2026-12-31",
            note="'en fin de mois' → last day of the message's month; the remark about payment terms does not contest the invoice",
        ),
    ),
    Reply(
        key="pr-es-1",
        intent="promise_to_pay",
        lang="es",
        who=("Antonio Molina", "serviciosmolina.baeza@gmail.com"),
        when="2026-11-26 20:10 +0100",
        style="gmail_plain",
        body="Buenas noches,\n\nLa semana que viene lo tenéis pagado. Estamos terminando la campaña de la aceituna y hasta que no nos liquide la cooperativa no hay manera.\n\nSaludos,\nAntonio Molina\nServicios Agrícolas Molina – Baeza (Jaén)",
        facts=Facts(promised="2026-11-30", note="'la semana que viene' → Monday of next week"),
    ),
    Reply(
        key="pr-es-2",
        intent="promise_to_pay",
        lang="es",
        who=("Pilar Sáez", "pilar@autorecambiossaez.example"),
        when="2026-12-09 10:02 +0100",
        style="iphone",
        body="No, todavía no la hemos pagado, se nos pasó con el puente. La pagamos el lunes sin falta. Disculpen las molestias.\n\nPilar Sáez\nAutorecambios y Taller Sáez",
        facts=Facts(
            promised="2026-12-14",
            note="negated payment ('todavía no la hemos pagado') followed by a dated promise; 'el lunes' after Wed 9 Dec",
        ),
    ),
    Reply(
        key="pr-nl-1",
        intent="promise_to_pay",
        lang="nl",
        who=("Ingrid Smeets", "administratie@smeetscarrosserie.example"),
        when="2026-12-07 15:40 +0100",
        style="outlook_html",
        body="Goedemiddag,\n\nWij betalen deze factuur uiterlijk vrijdag 11 december. Excuses voor de vertraging, onze boekhouder was een paar weken uit de roulatie.\n\nMet vriendelijke groet,\n\nIngrid Smeets\nCarrosseriebedrijf Smeets & Zn. B.V.\nIndustrieweg 22, 6045 JG Roermond",
        facts=Facts(promised="2026-12-11"),
    ),
    Reply(
        key="pr-nl-2",
        intent="promise_to_pay",
        lang="nl",
        who=("Jeroen Bakker", "jeroen@loonwerkbakker.example"),
        when="2026-12-01 19:26 +0100",
        style="samsung",
        body="Hoi,\n\nIk zit op dit moment een beetje krap, maar begin volgende maand komt het geld van de gemeente binnen voor het maaiwerk langs de wegen. Dan maak ik het meteen over.\n\nGr. Jeroen\nLoonwerk Bakker",
        facts=Facts(
            note="promise tied to an event; 'begin volgende maand' cannot be pinned to a day, so no date; he asks for nothing, so not a plan",
        ),
    ),
    Reply(
        key="pr-it-1",
        intent="promise_to_pay",
        lang="it",
        who=("Giorgia Fontana", "acquisti@carpenteriafontana.example"),
        when="2026-12-01 12:15 +0100",
        style="outlook",
        body="Buongiorno,\n\nil pagamento della fattura è stato inserito nella distinta fornitori del 16 dicembre.\n\nCordiali saluti\nGiorgia Fontana\nUfficio acquisti – Carpenteria Fontana S.r.l.",
        facts=Facts(
            promised="2026-12-16",
            note="past-tense 'è stato inserito' schedules a future payment",
        ),
    ),
    Reply(
        key="pr-it-2",
        intent="promise_to_pay",
        lang="it",
        who=("Marco Pellegrini", "autofficinapellegrini@libero.it"),
        when="2026-12-04 17:48 +0100",
        style="gmail",
        body="Salve,\nscusate, avevo perso la vostra mail. Vi faccio il bonifico venerdì prossimo, appena mi entrano gli incassi di fine mese dei clienti.\nSaluti\nMarco Pellegrini\nAutofficina Pellegrini – Ancona",
        facts=Facts(
            promised="2026-12-11",
            note="'venerdì prossimo' written on a Friday → the Friday a week later",
        ),
    ),
]

DISPUTE = [
    Reply(
        key="di-en-1",
        intent="dispute",
        lang="en",
        who=("Steve Arkwright", "steve@arkwrightcommercials.example"),
        when="2026-12-14 09:12 +0000",
        style="outlook",
        inv="NL-26-04477",
        issued="2026-10-08",
        body="Hello,\n\nWe have NOT paid NL-26-04477 and we won't be paying it until the replacement regulator actually turns up. Your engineer fitted a temporary one when he came out on 6 October and told us the proper part would follow within the week. We're now in December and still nothing, despite two phone calls.\n\nThe invoice charges us for the complete repair. Send the part and fit it, then we'll talk about paying.\n\nSteve Arkwright\nArkwright Commercials Ltd\nUnit 9, Canal Side Industrial Estate, Burnley BB11 2DS",
        facts=Facts(
            refs=("NL-26-04477",),
            note="capitalised negation; the job is incomplete and payment is withheld until it is fixed",
        ),
    ),
    Reply(
        key="di-en-2",
        intent="dispute",
        lang="en",
        who=("Declan Hennessy", "hennessyagri@gmail.com"),
        when="2026-12-16 22:03 +0000",
        style="gmail",
        cur="EUR",
        body="Hi there,\n\nSorry for the slow reply, it's been mental here. We were at the maize right up until the end of November with the weather the way it was, and then the loader went on us and I spent most of last week chasing a hydraulic pump from a crowd in Cork who swore blind it was in stock. It wasn't. Anyway.\n\nI had a look at your invoice tonight. The big compressor in the yard is going grand since your lad serviced it, no complaints there, and the air line he ran out to the shed is a great job.\n\nBut the invoice has two service visits on it and he only came out the once. The second one was meant to be for the unit we had in Ballinasloe but I rang your office on the Tuesday and cancelled it because we'd sold the place. So I'm not paying for a visit that never happened. Take that off and send me a new one and I'll fix up the rest no bother.\n\nRegards,\nDeclan Hennessy\nHennessy Agri Contracting\nBallinasloe, Co. Galway",
        facts=Facts(
            note="long reply burying the point: one of two billed service visits never happened; 'I'll fix up the rest' is conditional and secondary",
        ),
    ),
    Reply(
        key="di-de-1",
        intent="dispute",
        lang="de",
        who=("Claudia Wendt", "rechnungspruefung@wendt-metallbau.example"),
        when="2026-11-30 08:50 +0100",
        style="inline_tb",
        inv="NL-26-04302",
        issued="2026-10-06",
        amt="1962.50",
        body="Guten Tag,\n\nmeine Anmerkungen stehen unten im Text.\n\n{attr}\n>   Rechnungsnummer: NL-26-04302\n>   Rechnungsdatum: 06.10.2026\n>   Fällig seit: 05.11.2026\n>   Offener Betrag: 1.962,50 €\n\nDieser Betrag stimmt nicht. Berechnet sind 6 Stunden Monteurzeit, laut dem von Ihrem Techniker und uns unterschriebenen Arbeitsbericht waren es 3,5 Stunden.\n\n> Sollte mit der Rechnung etwas nicht stimmen, antworten Sie bitte einfach auf diese Nachricht.\n\nDas tun wir hiermit. Bitte schicken Sie uns eine korrigierte Rechnung. Den Materialanteil überweisen wir gern schon vorab, wenn Sie das möchten.\n\nMit freundlichen Grüßen\nClaudia Wendt\nRechnungsprüfung\nWendt Metallbau GmbH & Co. KG",
        facts=Facts(
            note="inline reply between quoted lines; the invoice number appears only in quoted lines; the offer to pay the material part early does not make it a payment",
        ),
    ),
    Reply(
        key="di-de-2",
        intent="dispute",
        lang="de",
        who=("Jürgen Falk", "juergen@falk-holzbau.example"),
        when="2026-12-08 17:20 +0100",
        style="iphone",
        body="Hallo,\n\ndie ist doch längst mit der Gutschrift GS-26-0187 vom Oktober verrechnet worden?! Bitte prüfen und die Erinnerung stornieren.\n\nGruß Jürgen Falk\nFalk Holzbau",
        facts=Facts(
            note="'already credited' in question form is a dispute; GS-26-0187 is a credit note, not an invoice",
        ),
    ),
    Reply(
        key="di-fr-1",
        intent="dispute",
        lang="fr",
        who=("Thierry Lambert", "t.lambert@fonderie-lambert.example"),
        when="2026-11-24 10:40 +0100",
        style="outlook_html",
        issued="2026-10-21",
        body="Bonjour,\n\nNous contestons cette facture. Le sécheur frigorifique livré le 21 octobre est arrivé avec le capot enfoncé et un raccord fêlé ; nous avons émis des réserves sur le bon du transporteur et envoyé les photos à votre SAV le jour même (dossier SAV 26-1184).\n\nTant que l'appareil n'aura pas été remplacé ou qu'un avoir n'aura pas été établi, nous ne procéderons à aucun règlement.\n\nCordialement,\n\nThierry Lambert\nResponsable maintenance\nFonderie Lambert SAS – 08000 Charleville-Mézières",
        facts=Facts(note="goods damaged on delivery; payment withheld until replaced or credited"),
    ),
    Reply(
        key="di-fr-2",
        intent="dispute",
        lang="fr",
        rlang="nl",
        who=("Sophie Dethier", "comptabilite@carrosserie-dethier.example"),
        when="2026-12-10 14:05 +0100",
        style="outlook",
        inv="NL-26-04655",
        body="Bonjour,\n\nCette facture fait double emploi avec la NL-26-04120, que nous avons payée le 2 novembre : même bon de commande (BC 2026-0418), même intervention sur la ligne de peinture. Merci d'annuler l'une des deux et de nous envoyer la note de crédit.\n\nPar ailleurs, pourriez-vous nous écrire en français à l'avenir ? Merci.\n\nMeilleures salutations,\n\nSophie Dethier\nService comptabilité\nCarrosserie Dethier SPRL – Liège",
        facts=Facts(
            refs=("NL-26-04120",),
            note="duplicate billing; the payment mentioned is of the other invoice, so no paid_date; Belgian French reply to a Dutch reminder",
        ),
    ),
    Reply(
        key="di-es-1",
        intent="dispute",
        lang="es",
        who=("Iñaki Ibarra", "iibarra@cmibarra.example"),
        when="2026-12-03 12:30 +0100",
        style="outlook_html",
        inv="NL-26-04377",
        body="Buenos días:\n\nEsta factura no es nuestra. El pedido que figura en ella (PO 7781) no corresponde a ninguna compra de Construcciones Metálicas Ibarra; nuestros pedidos empiezan todos por CMI-. Creo que se la han asignado al cliente equivocado.\n\nLes rogamos que la anulen y nos lo confirmen.\n\nUn saludo,\n\nIñaki Ibarra\nConstrucciones Metálicas Ibarra, S.L.\nPolígono Ugaldeguren III, parcela 14 – 48170 Zamudio (Bizkaia)",
        facts=Facts(
            note="'not our PO': the customer is the right contact but the charge is contested, so dispute, not wrong_contact",
        ),
    ),
    Reply(
        key="di-es-2",
        intent="dispute",
        lang="es",
        who=("José Vidal", "jose@talleresvidal.example"),
        when="2026-12-11 19:55 +0100",
        style="android",
        body="Otra vez lo mismo. El kit de mantenimiento estaba ofertado a 189 € y en la factura nos lo cobrais a 245. Asi no pagamos nada hasta que nos mandeis la factura bien hecha.\n\nJose\nTalleres Vidal",
        facts=Facts(note="price dispute written without accents; payment withheld until corrected"),
    ),
    Reply(
        key="di-nl-1",
        intent="dispute",
        lang="nl",
        who=("Bas Hoekstra", "bas@hoekstra-installatie.example"),
        when="2026-11-27 11:18 +0100",
        style="gmail",
        body="Goedemorgen,\n\nWe hebben vier slanghaspels besteld en er zijn er twee geleverd; de andere twee staan volgens jullie magazijn in backorder. Op de factuur staan er wel vier. Graag een creditnota voor de twee die we niet hebben gekregen, dan betalen we de rest direct.\n\nMet vriendelijke groet,\nBas Hoekstra\nHoekstra Installatietechniek\nSneek",
        facts=Facts(note="short delivery; the conditional payment of the rest is secondary"),
    ),
    Reply(
        key="di-nl-2",
        intent="dispute",
        lang="nl",
        who=("Wim Verhoeven", "wim@autobedrijfverhoeven.example"),
        when="2026-11-25 16:33 +0100",
        style="iphone",
        issued="2026-10-08",
        body="Nee, niet betaald, en dat klopt ook. Jullie monteur is op 8 oktober helemaal niet geweest, we hebben de hele ochtend voor niks op hem gewacht. Die factuur klopt dus niet.\n\nGroet,\nWim Verhoeven\nAutobedrijf Verhoeven",
        facts=Facts(note="negated payment with the reason: the service was never done"),
    ),
    Reply(
        key="di-it-1",
        intent="dispute",
        lang="it",
        who=("Elena Rinaldi", "amministrazione@rinaldimacchine.example"),
        when="2026-12-15 09:05 +0100",
        style="outlook",
        inv="NL-26-04529",
        body="Buongiorno,\n\nnella fattura NL-26-04529 sono addebitate 12 cartucce filtro, ma ne abbiamo ricevute 8, come risulta dal DDT n. 2231 firmato dal nostro magazziniere. Restiamo in attesa di una nota di credito per le 4 cartucce mancanti; nel frattempo la fattura resta sospesa.\n\nCordiali saluti\n\nElena Rinaldi\nAmministrazione – Rinaldi Macchine Agricole S.r.l.\nVia Emilia Ovest 412 – 43126 Parma",
        facts=Facts(refs=("NL-26-04529",), note="quantity billed exceeds quantity delivered"),
    ),
    Reply(
        key="di-it-2",
        intent="dispute",
        lang="it",
        who=("Franco Sartori", "sartori.franco@officinasartori.example"),
        when="2026-12-02 20:31 +0100",
        style="samsung",
        body="ma state scherzando?? il compressore si e rotto dopo due settimane, il vostro tecnico e venuto e ha detto lui stesso che era un difetto di fabbrica. e adesso mi mandate il sollecito per la riparazione? era in garanzia, non pago niente\n\nFranco",
        facts=Facts(note="irritated, no accents: a warranty repair billed; payment refused"),
    ),
]

PAYMENT_PLAN = [
    Reply(
        key="pl-en-1",
        intent="payment_plan",
        lang="en",
        who=("Craig Fenton", "craig@fentonmotors.example"),
        when="2026-12-03 16:45 +0000",
        style="outlook_html",
        amt="4380.00",
        body="Hi,\n\nI'll be straight with you: it's been a rotten year. We lost our biggest fleet contract in September and I've had to let two of the lads go. I can't pay the £4,380 in one go.\n\nCould we do £500 a month starting in January? I'll set up a standing order so you don't have to chase me. I'm not trying to dodge it.\n\nCraig Fenton\nFenton Motors\nMillbrook Road, Southampton",
        facts=Facts(
            note="hardship with a monthly instalment proposal; plan dates and amounts are not labelled"
        ),
    ),
    Reply(
        key="pl-en-2",
        intent="payment_plan",
        lang="en",
        who=("Rob Tennant", "rob@tennantgroundworks.example"),
        when="2026-12-15 12:01 +0000",
        style="iphone",
        body="Can you give us until after Christmas on this? Cash is tight this month.\n\nRob",
        facts=Facts(note="asks for more time; nothing is committed, so not a promise"),
    ),
    Reply(
        key="pl-en-3",
        intent="payment_plan",
        lang="en",
        who=("Alan Whitcombe", "alan.whitcombe@whitcombeengineering.example"),
        when="2026-11-30 10:17 +0000",
        style="gmail",
        amt="2212.00",
        body="Hello,\n\nWe're winding the business down at the end of the year and I'm trying to close everything off cleanly. I can pay £1,500 straight away as full and final settlement of the £2,212 outstanding. I appreciate that's less than the invoice, but it's what's left.\n\nIf that's acceptable, reply and I'll transfer it the same day.\n\nRegards,\nAlan Whitcombe\nWhitcombe & Daughter Engineering",
        facts=Facts(
            note="reduced settlement offer → payment_plan; the transfer is conditional on acceptance, so not a promise",
        ),
    ),
    Reply(
        key="pl-de-1",
        intent="payment_plan",
        lang="de",
        who=("Andrea Vogt", "a.vogt@vogt-fahrzeugtechnik.example"),
        when="2026-12-07 09:40 +0100",
        style="outlook",
        charset="windows-1252",
        amt="3300.00",
        body="Sehr geehrte Damen und Herren,\n\nnach einem Wasserschaden in unserer Werkstatt Anfang November stehen wir finanziell gerade unter Druck, bis die Versicherung zahlt. Wir bitten Sie daher, den offenen Betrag von 3.300,00 € in drei Monatsraten zu je 1.100,00 € begleichen zu dürfen, beginnend im Januar.\n\nFür Ihr Verständnis bedanken wir uns im Voraus.\n\nMit freundlichen Grüßen\n\nAndrea Vogt\nGeschäftsführerin\nVogt Fahrzeugtechnik GmbH\nIndustriering 3 · 32257 Bünde\nAmtsgericht Bad Oeynhausen HRB 10234 · USt-IdNr. DE 123 456 789",
        facts=Facts(note="instalments requested after a hardship"),
    ),
    Reply(
        key="pl-de-2",
        intent="payment_plan",
        lang="de",
        who=("Tobias Reimers", "lu.reimers@web.de"),
        when="2026-12-10 13:10 +0100",
        style="gmail",
        body="Hallo zusammen,\n\nkönnten Sie uns die Zahlung bis Ende Januar stunden? Unsere Maschinen stehen über den Winter, und die ersten Aufträge bezahlt uns die Gemeinde erst im neuen Jahr. Die Rechnung selbst ist völlig in Ordnung.\n\nDanke und Gruß\nTobias Reimers\nLohnunternehmen Reimers · Dithmarschen",
        facts=Facts(
            note="deferral request ('stunden'): payment_plan; the month it names is a request, not a promised date"
        ),
    ),
    Reply(
        key="pl-fr-1",
        intent="payment_plan",
        lang="fr",
        who=("Laurent Giraud", "l.giraud@garage-giraud.example"),
        when="2026-11-30 15:20 +0100",
        style="outlook_html",
        body="Bonjour,\n\nSerait-il possible d'étaler le règlement de cette facture sur trois mois ? Nous avons dû remplacer en urgence le pont élévateur de l'atelier en octobre et la trésorerie est tendue jusqu'à la fin de l'hiver.\n\nJe peux vous proposer trois prélèvements le 10 de chaque mois, à partir du 10 janvier.\n\nDans l'attente de votre retour,\n\nLaurent Giraud\nGérant – Garage Giraud Automobiles\nRoute de Lyon · 38300 Bourgoin-Jallieu",
    ),
    Reply(
        key="pl-fr-2",
        intent="payment_plan",
        lang="fr",
        who=("Émilie Roussel", "emilie@ebenisterie-roussel.example"),
        when="2026-12-14 18:02 +0100",
        style="apple",
        body="Bonsoir,\n\nJe peux vous faire un premier virement de 800 € cette semaine et le solde courant janvier, si cela vous convient. Dites-moi si c'est possible.\n\nCordialement,\nÉmilie Roussel\nÉbénisterie Roussel",
        facts=Facts(
            note="part payment this week plus the rest in January, subject to agreement: payment_plan, not a promise"
        ),
    ),
    Reply(
        key="pl-es-1",
        intent="payment_plan",
        lang="es",
        who=("Lucía Herrero", "administracion@cerrajeriaherrero.example"),
        when="2026-12-04 10:55 +0100",
        style="outlook",
        body="Buenos días:\n\n¿Sería posible fraccionar el pago en dos plazos, la mitad ahora y la otra mitad el 15 de enero? Estamos pendientes de cobrar una obra importante y no queremos dejar de atender ninguna factura.\n\nQuedo a la espera de su respuesta.\n\nAtentamente,\n\nLucía Herrero\nAdministración – Cerrajería Herrero, S.L.\nAlcalá de Henares (Madrid)",
    ),
    Reply(
        key="pl-es-2",
        intent="payment_plan",
        lang="es",
        who=("Francisco Javier Lozano", "gerencia@coopsanisidro-tomelloso.example"),
        when="2026-12-16 11:25 +0100",
        style="owa",
        cte="b64",
        body="Estimados señores:\n\nLes escribo en nombre de la Cooperativa Agraria San Isidro de Tomelloso. Como sabrán por las noticias, el granizo de septiembre arrasó buena parte de la vendimia en nuestra comarca, y muchos de nuestros socios todavía no han cobrado las ayudas. La cooperativa está haciendo lo posible por atender a todos sus proveedores, pero ahora mismo no podemos pagar la totalidad.\n\nPor ello les solicitamos un aplazamiento de 60 días para esta factura. Si lo prefieren, podemos firmar un pagaré con ese vencimiento.\n\nAgradecemos de antemano su comprensión.\n\nAtentamente,\n\nFrancisco Javier Lozano\nGerente\nCooperativa Agraria San Isidro – Tomelloso (Ciudad Real)",
        facts=Facts(
            note="hardship and a 60-day deferral request; the offered promissory note does not make it a promise"
        ),
    ),
    Reply(
        key="pl-nl-1",
        intent="payment_plan",
        lang="nl",
        who=("Marieke Jansen", "administratie@loonbedrijfjansen.example"),
        when="2026-12-01 09:20 +0100",
        style="outlook",
        charset="iso-8859-1",
        body="Goedemorgen,\n\nZouden wij deze factuur in vier maandelijkse termijnen mogen voldoen? Door de late oogst is ons seizoen later op gang gekomen en de liquiditeit is op dit moment beperkt. De eerste termijn kunnen we per omgaande overmaken zodra u akkoord geeft.\n\nMet vriendelijke groet,\n\nMarieke Jansen\nAdministratie\nAgrarisch Loonbedrijf Jansen V.O.F.\nHoofdweg 118, 9681 AK Midwolda",
    ),
    Reply(
        key="pl-it-1",
        intent="payment_plan",
        lang="it",
        who=("Stefano Bellini", "info@falegnameriabellini.example"),
        when="2026-11-27 15:00 +0100",
        style="html_only",
        body="Buongiorno,\n\nvi chiedo la cortesia di poter rateizzare l'importo in tre rate mensili, a partire da gennaio. È un periodo difficile: un nostro cliente importante è in concordato e non sappiamo quando ci pagherà.\n\nRingrazio per la disponibilità e resto in attesa di un vostro riscontro.\n\nCordiali saluti\nStefano Bellini\nTitolare – Falegnameria Bellini\nVia Roma 58 – 31044 Montebelluna (TV)",
        facts=Facts(note="HTML-only Outlook message"),
    ),
    Reply(
        key="pl-it-2",
        intent="payment_plan",
        lang="it",
        who=("Sara Colombo", "sara.colombo@colomboimpianti.example"),
        when="2026-12-17 10:30 +0100",
        style="gmail",
        body="Buongiorno,\n\nieri abbiamo bonificato 1.000 € come acconto. Per il saldo vi chiediamo di pazientare fino a fine gennaio: abbiamo un cliente che non ci paga da tre mesi.\n\nGrazie per la comprensione,\nSara Colombo\nColombo Impianti Pneumatici – Lecco",
        facts=Facts(
            note="part payment already made plus a request for more time on the rest: the request drives the action, so payment_plan; the instalment paid is not labelled",
        ),
    ),
]

INVOICE_REQUEST = [
    Reply(
        key="ir-en-1",
        intent="invoice_request",
        lang="en",
        who=("Julie Thornley", "julie@thornleyfabrication.example"),
        when="2026-11-23 11:02 +0000",
        style="gmail",
        body="Hi,\n\nWe've never had this invoice – it isn't on our system at all. Can you send a copy to accounts@thornleyfabrication.example please? We're not disputing it, we just can't pay something we haven't got.\n\nThanks,\nJulie\nThornley Fabrication Ltd",
        facts=Facts(
            note="never received, not contested; the address is where to send the copy, not a new contact"
        ),
    ),
    Reply(
        key="ir-en-2",
        intent="invoice_request",
        lang="en",
        who=("Mandy Cole", "mandy@colesgarage-ledbury.example"),
        when="2026-12-09 14:40 +0000",
        style="inline",
        amt="684.25",
        inv="NL-26-03872",
        issued="2026-10-02",
        body="{attr}\n\n>   Invoice no.: NL-26-03872\n>   Invoice date: 2 Oct 2026\n>   Due date: 1 Nov 2026\n>   Amount outstanding: £684.25\n\nDidn't we pay this already? I'm fairly sure I did a batch for you lot at the end of October.\n\n> If payment is already on its way, please disregard this note, or let us know the payment date and reference so we can match it.\n\nCould you send me a statement of the account so I can check it against the bank?\n\nThanks\nMandy Cole\nCole's Garage (Ledbury) Ltd",
        facts=Facts(
            note="a question about payment, not a claim; asks for a statement; inline reply"
        ),
    ),
    Reply(
        key="ir-en-3",
        intent="invoice_request",
        lang="en",
        rlang="de",
        loc="en",
        who=("Katarzyna Nowak", "k.nowak@hartung-group.example"),
        when="2026-12-02 13:07 +0100",
        style="owa",
        inv="NL-26-04518",
        body="Dear Sir or Madam,\n\nOur AP system rejects invoices without a valid purchase order number. Please reissue invoice NL-26-04518 quoting PO 4500228713 and send it to the address below. Once it is in the system it will be picked up by the next payment run.\n\nKind regards,\n\nKatarzyna Nowak\nAccounts Payable – Shared Service Centre Kraków\nHartung Antriebstechnik GmbH\ninvoices.de@hartung-group.example\n\nThis e-mail and any attachments are confidential and intended solely for the addressee. If you are not the intended recipient, please notify the sender and delete this message.",
        facts=Facts(
            refs=("NL-26-04518",),
            note="English reply to a German reminder; reissue with a PO number; the payment run depends on the reissue",
        ),
    ),
    Reply(
        key="ir-de-1",
        intent="invoice_request",
        lang="de",
        who=("Dominik Scholz", "d.scholz@maschinenbau-haller.example"),
        when="2026-12-01 08:15 +0100",
        style="outlook_html",
        body="Sehr geehrte Damen und Herren,\n\nwir haben die Rechnung bisher nur auf Papier erhalten. Seit Oktober können wir Eingangsrechnungen ausschließlich elektronisch verarbeiten. Bitte senden Sie uns die Rechnung als ZUGFeRD- oder XRechnung-Datei an rechnungseingang@maschinenbau-haller.example; danach wird sie umgehend zur Zahlung freigegeben.\n\nMit freundlichen Grüßen\ni. A. Dominik Scholz\nKreditorenbuchhaltung\nMaschinenbau Haller GmbH",
        facts=Facts(
            note="needs the invoice as an e-invoice at its intake address; not a new contact for reminders"
        ),
    ),
    Reply(
        key="ir-de-2",
        intent="invoice_request",
        lang="de",
        who=("Heike Brandt", "h.brandt@brandt-saegewerk.example"),
        when="2026-12-11 10:10 +0100",
        style="apple",
        body="Guten Tag,\n\nbevor wir überweisen, bitten wir um eine schriftliche Bestätigung Ihrer Bankverbindung auf Ihrem Briefkopf, gern als PDF. Wir hatten im Herbst einen Betrugsversuch mit einer angeblich geänderten IBAN und prüfen seitdem jede Lieferantenverbindung einzeln.\n\nDanke und freundliche Grüße\nHeike Brandt\nBrandt Sägewerk & Holzhandel",
        facts=Facts(note="bank details confirmation needed before paying"),
    ),
    Reply(
        key="ir-fr-1",
        intent="invoice_request",
        lang="fr",
        who=("Aurélie Fabre", "compta@transports-fabre.example"),
        when="2026-12-07 11:48 +0100",
        style="owa",
        body="Bonjour,\n\nPourriez-vous nous faire parvenir un relevé de compte à jour ? Nous ne retrouvons pas cette facture dans notre logiciel et je voudrais rapprocher l'ensemble de vos factures avant de lancer le paiement.\n\nMerci d'avance,\n\nAurélie Fabre\nComptabilité – Transports Fabre et Cie",
        facts=Facts(note="statement of account request"),
    ),
    Reply(
        key="ir-fr-2",
        intent="invoice_request",
        lang="fr",
        who=("Yannick Le Goff", "garageduport.concarneau@gmail.com"),
        when="2026-12-16 08:05 +0100",
        style="iphone",
        body="Bonjour, je ne vois pas à quoi correspond cette facture. Pouvez-vous m'envoyer le bon d'intervention signé ? Merci\n\nYannick Le Goff\nGarage du Port – Concarneau",
        facts=Facts(
            note="asks what the charge is and for the signed job sheet, without contesting it: invoice_request"
        ),
    ),
    Reply(
        key="ir-es-1",
        intent="invoice_request",
        lang="es",
        who=("Nuria Castells", "ncastells@industriascastells.example"),
        when="2026-11-26 12:20 +0100",
        style="outlook_html",
        body="Buenos días:\n\nPara poder tramitar el pago sin practicar retención necesitamos que nos envíen el certificado de residencia fiscal en Alemania emitido por su administración tributaria, vigente para 2026. En cuanto lo recibamos, la factura entra en la siguiente remesa.\n\nUn cordial saludo,\n\nNuria Castells\nDepartamento Financiero\nIndustrias Castells, S.A. – Sabadell",
        facts=Facts(
            note="tax certificate needed before payment; the payment run is conditional on it"
        ),
    ),
    Reply(
        key="ir-es-2",
        intent="invoice_request",
        lang="es",
        who=("Raquel Blanco", "raquel@talleresblanco.example"),
        when="2026-12-14 17:12 +0100",
        style="samsung",
        body="No nos ha llegado la factura, solo este aviso. ¿Nos la pueden reenviar? Gracias.\n\nRaquel – Talleres Blanco",
    ),
    Reply(
        key="ir-nl-1",
        intent="invoice_request",
        lang="nl",
        who=("Lotte van der Meer", "l.vandermeer@timmerfabriek-vdmeer.example"),
        when="2026-12-02 16:30 +0100",
        style="outlook_html",
        charset="windows-1252",
        body="Goedemiddag,\n\nKunnen jullie de factuur opnieuw sturen met ons btw-nummer erop (NL812345678B01)? Zonder btw-nummer kan onze boekhouder hem niet verwerken en dus ook niet betalen.\n\nAlvast bedankt.\n\nMet vriendelijke groet,\nLotte van der Meer\nTimmerfabriek Van der Meer B.V.",
        facts=Facts(note="reissue with a VAT number, amount not contested"),
    ),
    Reply(
        key="ir-nl-2",
        intent="invoice_request",
        lang="nl",
        who=("Ruud Kok", "ruud@koklandbouw.example"),
        when="2026-12-17 09:58 +0100",
        style="thunderbird",
        body="Welke factuur is dit precies? We hebben de laatste tijd meerdere facturen van jullie gehad en ik kan deze niet plaatsen. Graag een kopie van de factuur en de bijbehorende werkbon.\n\nGroeten,\nRuud Kok\nKok Landbouwmechanisatie",
    ),
    Reply(
        key="ir-it-1",
        intent="invoice_request",
        lang="it",
        who=("Chiara Moretti", "amministrazione@morettitrattori.example"),
        when="2026-12-03 15:35 +0100",
        style="outlook",
        charset="iso-8859-1",
        body="Buongiorno,\n\nnon abbiamo ricevuto la fattura elettronica tramite SdI: nel nostro cassetto fiscale non risulta nulla. Senza il documento elettronico non possiamo registrarla né pagarla. Vi ricordo il nostro codice destinatario: M5UXCR1.\n\nGrazie e buon lavoro,\nChiara Moretti\nAmministrazione - Moretti Trattori s.a.s.",
        facts=Facts(note="e-invoice through the Italian exchange system needed before paying"),
    ),
]

WRONG_CONTACT = [
    Reply(
        key="wc-en-1",
        intent="wrong_contact",
        lang="en",
        who=("Gavin Hughes", "workshop@haydockplant.example"),
        when="2026-11-27 07:30 +0000",
        style="iphone",
        body="I'm the workshop foreman, I don't do invoices. You want Lorraine in the office – lorraine.pike@haydockplant.example\n\nGav",
        facts=Facts(contact="lorraine.pike@haydockplant.example"),
    ),
    Reply(
        key="wc-en-2",
        intent="wrong_contact",
        lang="en",
        who=("Hallmark Tooling Accounts", "accounts@hallmarktooling.example"),
        when="2026-12-08 04:12 +0000",
        style="outlook_html",
        body="Dear Valued Supplier,\n\nPlease be advised that our accounts department has been relocated. Kindly direct ALL statements, reminders and remittance correspondence to our new finance mailbox: hallmark.finance.dept@gmail.com with immediate effect.\n\nKindly also reply with the total outstanding balance on our account and copies of all open invoices so that we can update our records.\n\nNote that this email address will no longer be monitored.\n\nRegards,\nAccounts Department\nHallmark Tooling Ltd",
        facts=Facts(
            contact="hallmark.finance.dept@gmail.com",
            note="phishing-like request to redirect mail to a free-mail address: labelled by what it asks (a new contact); verifying it is the collector's job",
        ),
    ),
    Reply(
        key="wc-en-3",
        intent="wrong_contact",
        lang="en",
        who=("Stanley Agricultural Services", "accounts@stanleyagri.example"),
        when="2026-12-07 09:03 +0000",
        style="notice",
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED, NO_AUTO_RESPONSE),
        body="This mailbox is no longer monitored.\n\nFor accounts payable enquiries please email purchaseledger@stanleyagri.example. For anything else, call reception on 01632 960 722.\n\nStanley Agricultural Services Ltd",
        facts=Facts(
            contact="purchaseledger@stanleyagri.example",
            note="automatic 'no longer monitored' notice naming a new address: wrong_contact, not auto_reply",
        ),
    ),
    Reply(
        key="wc-de-1",
        intent="wrong_contact",
        lang="de",
        who=("Autohaus Lindner Empfang", "empfang@autohaus-lindner.example"),
        when="2026-11-24 13:30 +0100",
        style="outlook",
        body="Guten Tag,\n\nHerr Brenner ist seit dem 1. November nicht mehr bei uns im Unternehmen. Rechnungen und Zahlungserinnerungen schicken Sie bitte ab sofort an buchhaltung@autohaus-lindner.example – dort wird Ihre Rechnung auch bearbeitet.\n\nFreundliche Grüße\nEmpfang\nAutohaus Lindner GmbH",
        facts=Facts(contact="buchhaltung@autohaus-lindner.example"),
    ),
    Reply(
        key="wc-fr-1",
        intent="wrong_contact",
        lang="fr",
        who=("Kévin Besnard", "atelier@mecanique-besnard.example"),
        when="2026-12-03 12:44 +0100",
        style="gmail",
        body="Bonjour,\n\nJe ne suis que le chef d'atelier, je ne m'occupe pas des factures. Adressez-vous plutôt à notre cabinet comptable : compta@cabinet-morel-expertise.example. Ce sont eux qui gèrent les paiements.\n\nBonne journée,\nKévin\nMécanique Agricole Besnard",
        facts=Facts(contact="compta@cabinet-morel-expertise.example"),
    ),
    Reply(
        key="wc-fr-2",
        intent="wrong_contact",
        lang="fr",
        who=("Boulangerie Martin", "boulangerie.martin@dinan-pains.example"),
        when="2026-12-09 07:15 +0100",
        style="apple",
        body="Bonjour,\n\nVous faites erreur : nous sommes une boulangerie à Dinan, nous n'avons jamais rien acheté chez vous. Il doit s'agir d'une autre entreprise Martin. Merci de corriger votre fichier.\n\nBoulangerie Martin",
        facts=Facts(note="wrong recipient altogether (a namesake), no new address"),
    ),
    Reply(
        key="wc-es-1",
        intent="wrong_contact",
        lang="es",
        who=("Recepción Grúas Navarro", "recepcion@gruasyserviciosnavarro.example"),
        when="2026-12-01 10:00 +0100",
        style="outlook_html",
        body="Buenos días:\n\nEste correo es el de recepción del taller. Para cualquier tema de facturación o pagos, escriban por favor a administracion@gruasyserviciosnavarro.example.\n\nGracias.\n\nRecepción\nGrúas y Servicios Navarro",
        facts=Facts(contact="administracion@gruasyserviciosnavarro.example"),
    ),
    Reply(
        key="wc-es-2",
        intent="wrong_contact",
        lang="es",
        who=("Alberto Campos", "alberto.campos.84@gmail.com"),
        when="2026-12-15 21:05 +0100",
        style="bottom",
        body="Hola,\n\nYo ya no trabajo en Talleres Ríos desde octubre; me llegan estos correos a mi cuenta personal porque la tenían dada de alta. Hablen con Jorge Mena, que lleva ahora la administración: Jorge.Mena@TalleresRios.example\n\nUn saludo,\nAlberto",
        facts=Facts(
            contact="jorge.mena@talleresrios.example",
            note="bottom-posted; address written in mixed case, labelled in lower case",
        ),
    ),
    Reply(
        key="wc-nl-1",
        intent="wrong_contact",
        lang="nl",
        who=("Van Leeuwen Machinebouw", "inkoop@vanleeuwen-machinebouw.example"),
        when="2026-12-04 11:20 +0100",
        style="notice",
        subject="Automatisch antwoord: {rsub}",
        headers=(("X-Autoreply", "yes"),),
        body="Dit adres wordt niet meer gelezen.\n\nFacturen, herinneringen en andere financiële post graag voortaan naar facturen@vanleeuwen-machinebouw.example.\n\nVan Leeuwen Machinebouw B.V.",
        facts=Facts(
            contact="facturen@vanleeuwen-machinebouw.example",
            note="automatic 'no longer read' notice without Auto-Submitted, naming a new address: wrong_contact",
        ),
    ),
    Reply(
        key="wc-nl-2",
        intent="wrong_contact",
        lang="nl",
        who=("Daan Bosman", "info@bosmanmotoren.example"),
        when="2026-12-11 20:40 +0100",
        style="iphone",
        body="Goedenavond, ik ben de zoon van de eigenaar en help alleen met de website, daarom komen deze mails bij mij binnen. Mijn vader regelt de betalingen, u kunt hem mailen op g.bosman@bosmanmotoren.example.\n\nGroet,\nDaan Bosman",
        facts=Facts(contact="g.bosman@bosmanmotoren.example"),
    ),
    Reply(
        key="wc-it-1",
        intent="wrong_contact",
        lang="it",
        who=("Salvatore Greco", "officina@autoriparazionigreco.example"),
        when="2026-11-30 08:10 +0100",
        style="android",
        body="Buongiorno, questo indirizzo è quello dell'officina. Per l'amministrazione scrivete a amministrazione@autoriparazionigreco.example, grazie.\n\nSalvatore",
        facts=Facts(contact="amministrazione@autoriparazionigreco.example"),
    ),
    Reply(
        key="wc-it-2",
        intent="wrong_contact",
        lang="it",
        who=("Paolo Rizzi", "acquisti@rizzilavorazioni.example"),
        when="2026-12-16 12:50 +0100",
        style="gmail",
        body="Buongiorno,\n\nio mi occupo solo degli acquisti. I pagamenti li gestisce lo studio del nostro commercialista, la dott.ssa Ferri: ferri [at] studioferri-commercialisti.example. Vi prego di scrivere direttamente a lei.\n\nGrazie,\nPaolo Rizzi\nRizzi Lavorazioni Meccaniche",
        facts=Facts(
            contact="ferri@studioferri-commercialisti.example",
            note="address written as 'ferri [at] …'; labelled in normal form",
        ),
    ),
]

UNSUBSCRIBE = [
    Reply(
        key="un-en-1",
        intent="unsubscribe",
        lang="en",
        who=("D. Sutcliffe", "dave@sutcliffeplanthire.example"),
        when="2026-12-02 11:33 +0000",
        style="outlook",
        body="This is the third one of these I've had. Take me off your mailing list. We settled the account with your Gary over the phone back in October.\n\nD. Sutcliffe\nSutcliffe Plant Hire",
        facts=Facts(
            note="stop request plus a payment claim: unsubscribe beats everything but bounce"
        ),
    ),
    Reply(
        key="un-en-2",
        intent="unsubscribe",
        lang="en",
        who=("Richard Hale", "r.hale@haletimberframes.example"),
        when="2026-12-10 15:50 +0000",
        style="outlook_html",
        body="Dear Sirs,\n\nFurther to your e-mail, all correspondence concerning this account must now be addressed to our solicitors, Pembury Lodge LLP, 14 Castle Street, Shrewsbury SY1 2BQ, quoting reference PL/7731/RH.\n\nPlease do not contact our staff directly about this matter.\n\nYours faithfully,\n\nRichard Hale\nDirector\nHale Timber Frames Ltd",
        facts=Facts(
            note="'deal with our solicitors', a postal address only: unsubscribe, no new_contact"
        ),
    ),
    Reply(
        key="un-en-3",
        intent="unsubscribe",
        lang="en",
        who=("", "millbeckjoinery@gmail.com"),
        when="2026-11-30 22:48 +0000",
        style="gmail_plain",
        body="unsubscribe",
        facts=Facts(note="one word"),
    ),
    Reply(
        key="un-de-1",
        intent="unsubscribe",
        lang="de",
        who=("Horst Lehmann", "h.lehmann@lehmann-baumaschinen.example"),
        when="2026-12-04 09:00 +0100",
        style="outlook",
        body="Sehr geehrte Damen und Herren,\n\nbitte nehmen Sie unsere Adresse aus Ihrem E-Mail-Verteiler. Schriftverkehr, insbesondere Mahnungen, bitte ausschließlich per Post an unsere Geschäftsanschrift.\n\nMit freundlichen Grüßen\nHorst Lehmann\nLehmann Baumaschinen KG",
        facts=Facts(note="post only → unsubscribe"),
    ),
    Reply(
        key="un-de-2",
        intent="unsubscribe",
        lang="de",
        who=("Kathrin Sommer", "k.sommer@sommer-landmaschinen.example"),
        when="2026-12-14 16:15 +0100",
        style="outlook_html",
        body="Sehr geehrte Damen und Herren,\n\nwir haben der Rechnung bereits Ende November schriftlich widersprochen. Ab sofort läuft die gesamte Kommunikation in dieser Angelegenheit ausschließlich über unseren Rechtsanwalt, Herrn Dr. Holm (Kanzlei Holm & Partner, Rostock). Weitere E-Mails Ihrerseits werden wir nicht beantworten.\n\nMit freundlichen Grüßen\nKathrin Sommer\nGeschäftsführung\nSommer Landmaschinen GmbH",
        facts=Facts(
            note="'only through our lawyer' beats the earlier objection to the invoice: unsubscribe over dispute"
        ),
    ),
    Reply(
        key="un-fr-1",
        intent="unsubscribe",
        lang="fr",
        who=("M. Perrin", "scierie.perrin@vosges-bois.example"),
        when="2026-11-25 17:40 +0100",
        style="outlook",
        charset="iso-8859-1",
        cte="8bit",
        body="Bonjour,\n\nMerci de cesser ces relances par courriel, personne ne les lit ici. Pour toute question, écrivez-nous par courrier à l'adresse de l'entreprise.\n\nCordialement,\nM. Perrin\nScierie Perrin - Saint-Dié-des-Vosges",
        facts=Facts(note="post only → unsubscribe; 8-bit Latin-1 body"),
    ),
    Reply(
        key="un-es-1",
        intent="unsubscribe",
        lang="es",
        who=("Manuel", "manu.talleres77@gmail.com"),
        when="2026-12-07 13:20 +0100",
        style="gmail",
        body="Por favor, dejen de enviarme estos correos. Yo era el encargado del taller y ya no trabajo allí desde el verano. No sé quién lleva ahora las cuentas.\n\nManuel",
        facts=Facts(
            note="stop request from someone who has left, with no new address: unsubscribe beats wrong_contact"
        ),
    ),
    Reply(
        key="un-es-2",
        intent="unsubscribe",
        lang="es",
        who=("Óscar Pardo", "oscar@pardoagricola.example"),
        when="2026-12-17 18:00 +0100",
        style="iphone",
        body="Denme de baja de estos envíos, por favor.",
    ),
    Reply(
        key="un-nl-1",
        intent="unsubscribe",
        lang="nl",
        who=("J. Mulder", "info@muldergrondverzet.example"),
        when="2026-12-01 14:10 +0100",
        style="outlook_html",
        body="Geachte heer/mevrouw,\n\nWij verzoeken u geen e-mails meer naar dit adres te sturen. Correspondentie over facturen ontvangen wij uitsluitend per post op ons bedrijfsadres.\n\nMet vriendelijke groet,\nJ. Mulder\nMulder Grondverzet B.V.",
        facts=Facts(note="post only → unsubscribe"),
    ),
    Reply(
        key="un-nl-2",
        intent="unsubscribe",
        lang="nl",
        who=("R. de Boer", "rdeboer.tuinbouw@gmail.com"),
        when="2026-12-16 21:14 +0100",
        style="gmail_plain",
        body="Ik heb allang betaald en nu wil ik geen enkele mail meer van jullie zien. AFMELDEN!!\n\nR. de Boer",
        facts=Facts(note="angry stop request plus a payment claim: unsubscribe wins"),
    ),
    Reply(
        key="un-it-1",
        intent="unsubscribe",
        lang="it",
        who=("Ufficio amministrativo Gatti", "amministrazione@gatticostruzioni.example"),
        when="2026-12-09 10:25 +0100",
        style="outlook",
        body="Buongiorno,\n\nvi preghiamo di rimuovere questo indirizzo dalle vostre liste. Da ora in poi qualsiasi comunicazione dovrà pervenirci esclusivamente per raccomandata A/R.\n\nDistinti saluti\nUfficio amministrativo\nCostruzioni Meccaniche Gatti S.p.A.",
        facts=Facts(note="registered post only → unsubscribe"),
    ),
    Reply(
        key="un-it-2",
        intent="unsubscribe",
        lang="it",
        who=("Giuseppe Sarti", "g.sarti@sartiagromeccanica.example"),
        when="2026-11-26 19:05 +0100",
        style="iphone",
        body="Non scriveteci più. Per qualsiasi questione rivolgetevi al nostro legale, avv. Paolo Renzi di Bologna.\n\nGiuseppe Sarti",
        facts=Facts(note="'talk to our lawyer' with no address → unsubscribe"),
    ),
]

AUTO_REPLY = [
    Reply(
        key="au-en-1",
        intent="auto_reply",
        lang="en",
        who=("Sharon Webb", "sharon.webb@kendalagri.example"),
        when="2026-12-02 09:07 +0000",
        style="notice",
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED, NO_AUTO_RESPONSE),
        body="Thank you for your email. I am out of the office until Wednesday 9 December with only occasional access to email. For anything urgent please call the office on 01632 960 418.\n\nSharon Webb\nOffice Manager\nKendal Agricultural Engineers",
        facts=Facts(back="2026-12-09", note="'until X' → X itself"),
    ),
    Reply(
        key="au-en-2",
        intent="auto_reply",
        lang="en",
        who=("Brightwell Group AP Helpdesk", "ap-helpdesk@brightwell-group.example"),
        when="2026-11-30 09:41 +0000",
        style="notice",
        thread=False,
        subject="[AP-55102] Received: {rsub}",
        headers=(("Precedence", "bulk"), ("X-Helpdesk-Ticket", "AP-55102")),
        body="Hello,\n\nThank you for contacting the Brightwell Group Accounts Payable Helpdesk. Your query has been logged under reference AP-55102.\n\nOur team aims to respond within three working days. Please keep the reference in the subject line of any further emails about this query.\n\nThis is an automated message – please do not reply.",
        facts=Facts(note="ticket acknowledgement without Auto-Submitted; no return date"),
    ),
    Reply(
        key="au-en-3",
        intent="auto_reply",
        lang="en",
        who=("Aoife Brennan", "aoife@brennanmotorfactors.example"),
        when="2026-12-14 08:30 +0000",
        style="notice",
        cur="EUR",
        subject="Out of Office: {rsub}",
        headers=(AUTO_REPLIED,),
        body="Hi,\n\nI'm on annual leave from Monday 14 December and back in the office on Monday 4 January 2027. Your email will not be forwarded. For accounts queries in the meantime please ring 090 647 2210.\n\nHappy Christmas,\nAoife Brennan\nBrennan Motor Factors",
        facts=Facts(back="2027-01-04"),
    ),
    Reply(
        key="au-de-1",
        intent="auto_reply",
        lang="de",
        who=("Melanie Krüger", "m.krueger@hansa-hydraulik.example"),
        when="2026-12-07 08:02 +0100",
        style="notice",
        charset="iso-8859-1",
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO_REPLIED, NO_AUTO_RESPONSE),
        body="Vielen Dank für Ihre Nachricht.\n\nIch bin bis zum 11.12.2026 nicht im Büro und habe in dieser Zeit keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an unsere Zentrale unter 0421 55 90 10.\n\nMit freundlichen Grüßen\nMelanie Krüger\nFinanzbuchhaltung",
        facts=Facts(back="2026-12-11", note="'bis zum X' → X itself"),
    ),
    Reply(
        key="au-de-2",
        intent="auto_reply",
        lang="de",
        who=("Schreinerei Hofmann", "info@schreinerei-hofmann.example"),
        when="2026-12-18 12:00 +0100",
        style="notice",
        subject="Betriebsferien – {rsub}",
        headers=(AUTO_REPLIED,),
        body="Sehr geehrte Kundin, sehr geehrter Kunde,\n\nunser Betrieb ist vom 18.12.2026 bis einschließlich 03.01.2027 in den Betriebsferien. Ab Montag, dem 04.01.2027, sind wir wieder wie gewohnt für Sie da.\n\nIhre E-Mail wird nach unserer Rückkehr bearbeitet.\n\nIhr Team der\nSchreinerei Hofmann",
        facts=Facts(
            back="2027-01-04",
            note="holiday closure; the stated day back wins over 'bis einschließlich'",
        ),
    ),
    Reply(
        key="au-fr-1",
        intent="auto_reply",
        lang="fr",
        who=("Isabelle Royer", "i.royer@ets-royer.example"),
        when="2026-11-25 10:12 +0100",
        style="notice",
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED, NO_AUTO_RESPONSE),
        body="Bonjour,\n\nJe suis absente du bureau et serai de retour le mardi 1er décembre. Pendant mon absence, vos messages ne seront pas transférés. Pour toute urgence, vous pouvez joindre l'accueil au 03 80 55 21 40.\n\nCordialement,\nIsabelle Royer\nComptabilité – Établissements Royer",
        facts=Facts(back="2026-12-01"),
    ),
    Reply(
        key="au-fr-2",
        intent="auto_reply",
        lang="fr",
        who=("Service Comptabilité Fournisseurs", "no-reply@groupe-armor-industrie.example"),
        when="2026-12-11 14:00 +0100",
        style="notice",
        thread=False,
        subject="Accusé de réception – demande n° 2026-118734",
        headers=(AUTO_GENERATED,),
        body="Bonjour,\n\nNous accusons réception de votre message, enregistré sous le numéro 2026-118734. Notre service comptabilité fournisseurs vous répondra dans un délai de cinq jours ouvrés.\n\nMerci de rappeler ce numéro dans toute correspondance ultérieure.\n\nCeci est un message automatique, merci de ne pas y répondre.",
        facts=Facts(note="ticket acknowledgement; no return date"),
    ),
    Reply(
        key="au-es-1",
        intent="auto_reply",
        lang="es",
        who=("Elena Prieto", "eprieto@hidraulicaprieto.example"),
        when="2026-12-08 09:15 +0100",
        style="notice",
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_REPLIED,),
        body="Buenos días:\n\nEstaré fuera de la oficina del 7 al 11 de diciembre, sin acceso al correo. Vuelvo el lunes 14. Si es urgente, pueden llamar al 976 55 43 21.\n\nGracias,\nElena Prieto\nAdministración – Hidráulica Prieto",
        facts=Facts(back="2026-12-14", note="the stated day back wins over the end of the absence"),
    ),
    Reply(
        key="au-nl-1",
        intent="auto_reply",
        lang="nl",
        who=("Sanne Visser", "s.visser@visser-techniek.example"),
        when="2026-11-24 09:05 +0100",
        style="notice",
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_REPLIED, NO_AUTO_RESPONSE),
        body="Beste afzender,\n\nIk ben afwezig tot en met vrijdag 27 november. Vanaf maandag 30 november ben ik weer bereikbaar. Uw e-mail wordt niet doorgestuurd.\n\nMet vriendelijke groet,\nSanne Visser\nFinanciële administratie",
        facts=Facts(back="2026-11-30", note="'vanaf' the day back wins over 'tot en met'"),
    ),
    Reply(
        key="au-nl-2",
        intent="auto_reply",
        lang="nl",
        who=("Erik Dekker", "erik@dekkerstaalbouw.example"),
        when="2026-12-09 18:30 +0100",
        style="notice",
        subject="Vakantie",
        body="Bedankt voor uw bericht. Ik ben met vakantie en vanaf 16/12 weer op kantoor. Daarna beantwoord ik uw mail zo snel mogelijk.\n\nGroet,\nErik",
        facts=Facts(
            back="2026-12-16",
            note="vacation responder without Auto-Submitted or any other auto header",
        ),
    ),
    Reply(
        key="au-it-1",
        intent="auto_reply",
        lang="it",
        who=("Valentina Greco", "v.greco@grecoagrimacchine.example"),
        when="2026-12-01 08:50 +0100",
        style="notice",
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED, NO_AUTO_RESPONSE),
        body="Buongiorno,\n\nsono fuori ufficio fino a venerdì 4 dicembre con accesso limitato alla posta. Per urgenze amministrative potete contattare il numero 0522 123 456.\n\nCordiali saluti\nValentina Greco\nAmministrazione",
        facts=Facts(back="2026-12-04", note="'fino a X' → X itself"),
    ),
    Reply(
        key="au-it-2",
        intent="auto_reply",
        lang="it",
        who=("Agrimeccanica Zanetti", "info@agrimeccanicazanetti.example"),
        when="2026-12-15 07:30 +0100",
        style="notice",
        subject="Chiusura per inventario – {rsub}",
        headers=(AUTO_REPLIED,),
        body="Gentile cliente,\n\nl'ufficio amministrativo resterà chiuso per inventario dal 14 al 18 dicembre. Riapriremo lunedì 21 dicembre e risponderemo al vostro messaggio il prima possibile.\n\nCordiali saluti\nAgrimeccanica Zanetti s.r.l.",
        facts=Facts(back="2026-12-21"),
    ),
]

OTHER = [
    Reply(
        key="ot-en-1",
        intent="other",
        lang="en",
        who=("Paula Greenway", "paula@greenwaylandscapes.example"),
        when="2026-11-25 14:02 +0000",
        style="gmail",
        body="Hi,\n\nSorry, which company is this exactly? We deal with a Nordlicht Werkzeuge as well as yourselves and I'm not sure whose invoice this is. Are you the same outfit?\n\nCheers,\nPaula\nGreenway Landscapes",
        facts=Facts(
            note="a question about who the sender is; no request for a document, no commitment"
        ),
    ),
    Reply(
        key="ot-en-2",
        intent="other",
        lang="en",
        who=("Neil Brady", "neil@bradyvehiclerepairs.example"),
        when="2026-12-04 12:20 +0000",
        style="outlook_html",
        body="Hi,\n\nWhile I have you – could your engineer have a look at our second compressor when he's next out for the service? It's started knocking on start-up and tripping the breaker now and again.\n\nThanks,\nNeil Brady\nWorkshop Manager\nBrady Vehicle Repairs",
        facts=Facts(note="service request in the reminder thread; nothing about the invoice"),
    ),
    Reply(
        key="ot-en-3",
        intent="other",
        lang="en",
        who=("Martin Ashby", "martin@ashbyfabrications.example"),
        when="2026-12-01 16:40 +0000",
        style="outlook",
        body="Dear Sir/Madam,\n\nPlease note that Ashby Fabrications Ltd entered creditors' voluntary liquidation on 30 November 2026. I am no longer able to make any payments on behalf of the company. Details of the appointed liquidator will be sent to all creditors shortly, and claims should be submitted to them.\n\nRegards,\nMartin Ashby\nFormer Director",
        facts=Facts(
            note="insolvency notice with no address for the liquidator yet: a person must act; not wrong_contact, not a plan"
        ),
    ),
    Reply(
        key="ot-de-1",
        intent="other",
        lang="de",
        who=("Sven Kuhlmann", "sven@kuhlmann-agrarservice.example"),
        when="2026-12-03 11:45 +0100",
        style="gmail",
        body="Hallo,\n\ndanke für den Hinweis. Ich kläre das intern und melde mich dann bei Ihnen.\n\nViele Grüße\nSven Kuhlmann\nKuhlmann Agrarservice",
        facts=Facts(note="acknowledgement without a commitment or a date"),
    ),
    Reply(
        key="ot-de-2",
        intent="other",
        lang="de",
        who=("Anja Reuter", "a.reuter@reuter-kunststofftechnik.example"),
        when="2026-12-15 14:20 +0100",
        style="outlook",
        charset="iso-8859-1",
        body="Guten Tag,\n\nbei der Gelegenheit: Ihr Außendienst hatte uns im Oktober ein Angebot für einen zweiten Kältetrockner versprochen, das ist nie angekommen. Können Sie das bitte nachreichen? Ansprechpartner bei uns ist Herr Wolter in der Instandhaltung.\n\nMit freundlichen Grüßen\nAnja Reuter\nEinkauf\nReuter Kunststofftechnik GmbH",
        facts=Facts(
            note="sales request in the reminder thread; the contact named is for the quote, not for invoices"
        ),
    ),
    Reply(
        key="ot-fr-1",
        intent="other",
        lang="fr",
        who=("Sébastien Caron", "s.caron@caron-motoculture.example"),
        when="2026-12-10 19:12 +0100",
        style="iphone",
        body="Vu. Je regarde ça avec mon comptable la semaine prochaine.\n\nSébastien",
        facts=Facts(
            note="'la semaine prochaine' is about looking at the invoice, not paying it: no promise"
        ),
    ),
    Reply(
        key="ot-fr-2",
        intent="other",
        lang="fr",
        who=("Gilles Marchetti", "gilles@marchetti-travaux-agricoles.example"),
        when="2026-11-27 09:30 +0100",
        style="outlook_html",
        body="Bonjour,\n\nPouvez-vous me rappeler ? Je préfère en parler de vive voix plutôt que par mail. Je suis joignable tous les matins au 06 12 34 56 78.\n\nCordialement,\nGilles Marchetti\nMarchetti Travaux Agricoles",
        facts=Facts(note="asks for a call back"),
    ),
    Reply(
        key="ot-es-1",
        intent="other",
        lang="es",
        who=("Carmen Ruiz", "cruiz@mecanizadosruiz.example"),
        when="2026-12-02 17:08 +0100",
        style="html_only",
        cte="b64",
        body="Buenas tardes:\n\n¿Esto es real? No me suena haber trabajado nunca con su empresa y últimamente nos llegan muchos correos falsos con facturas. Antes de hacer nada, ¿me pueden decir quién les hizo el pedido?\n\nGracias,\nCarmen Ruiz\nMecanizados Ruiz",
        facts=Facts(
            note="suspicion of fraud; a person should call, so other rather than invoice_request; HTML-only"
        ),
    ),
    Reply(
        key="ot-es-2",
        intent="other",
        lang="es",
        who=("Tomás Gallego", "tomasgallego.taller@gmail.com"),
        when="2026-12-14 10:03 +0100",
        style="gmail",
        body="Vale, gracias.",
        facts=Facts(note="bare acknowledgement; not a payment claim or a promise"),
    ),
    Reply(
        key="ot-nl-1",
        intent="other",
        lang="nl",
        who=("Kees Brouwer", "kees@brouwerautoschade.example"),
        when="2026-11-23 15:15 +0100",
        style="outlook",
        body="Goedemiddag,\n\nWanneer komt jullie monteur voor de jaarlijkse keuring van de compressor? Die stond voor november gepland, maar we hebben nog niets gehoord.\n\nGroet,\nKees Brouwer\nBrouwer Autoschade",
        facts=Facts(note="service question in the reminder thread"),
    ),
    Reply(
        key="ot-nl-2",
        intent="other",
        lang="nl",
        who=("Hendrik Wiersma", "h.wiersma@wiersmamechanisatie.example"),
        when="2026-12-03 10:45 +0100",
        style="outlook_html",
        body="Geachte heer/mevrouw,\n\nPer 1 december is ons bedrijf overgenomen door Agrotechniek Noord B.V. De nieuwe eigenaar neemt op korte termijn contact met u op over de openstaande posten.\n\nMet vriendelijke groet,\nHendrik Wiersma\nWiersma Mechanisatie",
        facts=Facts(note="takeover announced with no new address and no commitment: other"),
    ),
    Reply(
        key="ot-it-1",
        intent="other",
        lang="it",
        who=("Roberta Ferraro", "roberta@autoriparazioniferraro.example"),
        when="2026-12-09 12:12 +0100",
        style="apple",
        body="Ricevuto, grazie. Sapete dirmi se giovedì il tecnico passa anche per il controllo della linea dell'aria? Così avviso il capofficina.\n\nRoberta\nAutoriparazioni Ferraro",
        facts=Facts(note="acknowledgement plus a service question; nothing about paying"),
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
# Bounces: machine skeletons, hand-written human-readable parts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Bounce:
    """A delivery report about a reminder (in `rlang`) sent to `rcpt`."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    rlang: str
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return parse_when(self.when)

    @property
    def sent(self) -> datetime:
        """When the reminder left Nordlicht: minutes before a failure, a day before a delay."""
        back = timedelta(hours=26) if self.kind == "soft" else timedelta(minutes=3)
        return (self.dt - back).astimezone(AR_TZ)

    @property
    def inv(self) -> str:
        return f"NL-26-0{3600 + number(self.key, 'inv', 1400)}"

    def subject(self, *, latin1: bool = False) -> str:
        subject = reminder_subject(self.rlang, self.inv)
        return latin1_safe(subject) if latin1 else subject

    def reminder_text(self) -> str:
        cents = 38000 + number(self.key, "amt", 460000)
        return reminder_body(
            lang=self.rlang,
            inv=self.inv,
            issued="2026-10-09",
            amount=f"{cents // 100}.{cents % 100:02d}",
            currency="GBP" if self.rlang == "en" else "EUR",
        )

    def reminder(self) -> Message:
        msg = text_part(self.reminder_text(), subtype="plain", charset="utf-8", cte="qp")
        msg["From"] = formataddr((AR_NAME, AR_ADDR))
        msg["To"] = self.rcpt
        msg["Subject"] = header_text(self.subject(), "utf-8")
        msg["Date"] = format_datetime(self.sent)
        msg["Message-ID"] = reminder_msgid(self.key)
        content_headers_last(msg)
        return msg


def delivery_status(b: Bounce, *, mta: str, diagnostic: str, remote: str = "") -> Message:
    action = "delayed" if b.kind == "soft" else "failed"
    per_message = f"Reporting-MTA: dns; {mta}\nArrival-Date: {format_datetime(b.sent)}\n"
    lines = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if action == "delayed":
        lines.append(f"Will-Retry-Until: {format_datetime(b.sent + timedelta(days=4))}")
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    ds.set_payload(
        [message_from_bytes(block.encode()) for block in (per_message, "\n".join(lines) + "\n")]
    )
    return ds


def returned_headers(b: Bounce) -> Message:
    text = "".join(
        f"{k}: {v}\n" for k, v in b.reminder().items() if k != "Content-Transfer-Encoding"
    )
    return text_part(text, subtype="rfc822-headers", charset="us-ascii", cte="7bit")


def report(*parts: Message) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def human_alternative(text: str, *, charset: str) -> Message:
    paragraphs = "".join(f"<p>{html_lines(p)}</p>" for p in text.split("\n\n"))
    markup_text = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head><body style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt">{paragraphs}</body></html>\n'
    return alternative(
        text_part(text, subtype="plain", charset=charset, cte="qp"),
        text_part(markup_text, subtype="html", charset=charset, cte="qp"),
    )


def finish(b: Bounce, msg: Message, *, sender: tuple[str, str], subject: str) -> Message:
    msg["From"] = address(*sender, "utf-8")
    msg["To"] = AR_ADDR
    msg["Subject"] = header_text(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = sender[1].rsplit("@", 1)[1]
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 24).lower()}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    return finalize(msg, key=b.key, style="bounce")


def bounce_postfix(b: Bounce) -> Message:
    human = (
        f"This is the mail system at host {AR_MTA}.\n\n"
        "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: host mx.wrexhamplanthire.example[198.51.100.71] said:\n"
        f"    550 5.1.1 <{b.rcpt}>: Recipient address rejected: No such user here\n"
        "    (in reply to RCPT TO command)\n"
    )
    diag = f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: No such user here"
    msg = report(
        text_part(human, subtype="plain", charset="us-ascii", cte="7bit"),
        delivery_status(b, mta=AR_MTA, diagnostic=diag, remote="mx.wrexhamplanthire.example"),
        MIMEMessage(b.reminder()),
    )
    return finish(
        b,
        msg,
        sender=("Mail Delivery System", f"MAILER-DAEMON@{AR_MTA}"),
        subject="Undelivered Mail Returned to Sender",
    )


def bounce_qmail(b: Bounce) -> Message:
    rem = b.reminder()
    copy = "".join(f"{k}: {v}\n" for k, v in rem.items())
    text = (
        "Hi. This is the qmail-send program at mail.dalesagri.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\nReceived: (qmail 28114 invoked from network); {format_datetime(b.sent)}\n"
        f"{copy}\n{rem.get_payload()}"
    )
    msg = Message()
    msg.set_payload(text)
    return finish(
        b, msg, sender=("", "MAILER-DAEMON@mail.dalesagri.example"), subject="failure notice"
    )


def bounce_exim(b: Bounce) -> Message:
    relay = f"relay2.{AR_DOMAIN}"
    human = (
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        f"  {b.rcpt}\n    host mx1.bellfieldengineering.example [203.0.113.18]\n"
        f"    SMTP error from remote mail server after RCPT TO:<{b.rcpt}>:\n"
        "    550 5.2.1 Mailbox disabled: this account has been closed\n"
    )
    diag = "550 5.2.1 Mailbox disabled: this account has been closed"
    msg = report(
        text_part(human, subtype="plain", charset="us-ascii", cte="7bit"),
        delivery_status(b, mta=relay, diagnostic=diag, remote="mx1.bellfieldengineering.example"),
        MIMEMessage(b.reminder()),
    )
    return finish(
        b,
        msg,
        sender=("Mail Delivery System", f"Mailer-Daemon@{relay}"),
        subject="Mail delivery failed: returning message to sender",
    )


def bounce_sendmail(b: Bounce) -> Message:
    gateway = "gw.tynesidecompressors.example"
    human = (
        "    **********************************************\n"
        "    **      THIS IS A WARNING MESSAGE ONLY      **\n"
        "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
        "    **********************************************\n\n"
        f"The original message was received at {format_datetime(b.sent)}\n"
        f"from {AR_MTA} [192.0.2.10]\n\n"
        "   ----- Transcript of session follows -----\n"
        f"<{b.rcpt}>... Deferred: Connection timed out with exch01.tynesidecompressors.example.\n"
        "Warning: message still undelivered after 4 hours\n"
        "Will keep trying until message is 5 days old\n"
    )
    msg = report(
        text_part(human, subtype="plain", charset="us-ascii", cte="7bit"),
        delivery_status(b, mta=gateway, diagnostic="451 4.4.1 Connection timed out"),
        returned_headers(b),
    )
    return finish(
        b,
        msg,
        sender=("Mail Delivery Subsystem", f"MAILER-DAEMON@{gateway}"),
        subject="Warning: could not send message for past 4 hours",
    )


EXCHANGE_SENDER = (
    "Microsoft Outlook",
    f"MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{AR_DOMAIN}",
)
EXO_HOST = "FR3P281MB1744.DEUP281.PROD.OUTLOOK.COM"


def bounce_o365_de(b: Bounce) -> Message:
    diag = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    text = (
        f"Die Nachricht konnte nicht an folgende Empfänger zugestellt werden:\n\n{b.rcpt}\n\n"
        "Die E-Mail-Adresse, an die Sie Ihre Nachricht gesendet haben, wurde im Zielsystem nicht gefunden. Prüfen Sie die Schreibweise der Adresse und senden Sie die Nachricht erneut. Wenn das Problem weiter besteht, erkundigen Sie sich beim Empfänger auf anderem Weg nach der richtigen Adresse.\n\n"
        f"Diagnoseinformationen für Administratoren:\n\nGenerierender Server: {EXO_HOST}\n\n{b.rcpt}\nRemoteserver hat „{diag}“ zurückgegeben"
    )
    msg = report(
        human_alternative(text, charset="utf-8"),
        delivery_status(b, mta=EXO_HOST, diagnostic=diag),
        returned_headers(b),
    )
    return finish(b, msg, sender=EXCHANGE_SENDER, subject=f"Unzustellbar: {b.subject()}")


def bounce_isp_de(b: Bounce) -> Message:
    text = (
        "Dies ist eine automatisch erzeugte Nachricht des Mailservers mx01.nordnet-hosting.example.\n\n"
        f"Ihre Nachricht an\n\n    {b.rcpt}\n\n"
        "konnte bisher nicht zugestellt werden. Der Zielserver der Empfängerdomain ist derzeit nicht auffindbar:\n\n"
        "    451 4.4.3 Temporärer Fehler bei der DNS-Auflösung des Zielservers\n\n"
        "Sie müssen nichts unternehmen. Wir versuchen die Zustellung in regelmäßigen Abständen bis zu vier Tage lang erneut. Erst wenn sie dann immer noch nicht möglich ist, erhalten Sie eine weitere Nachricht und die E-Mail wird an Sie zurückgeschickt.\n\n"
        f"Betreff Ihrer Nachricht: {b.subject(latin1=True)}\n"
        f"Eingeliefert am: {format_datetime(b.sent)}\n\n"
        "-- \nNordNet Hosting - Postmaster\n"
    )
    msg = text_part(text, subtype="plain", charset="iso-8859-1", cte="qp")
    return finish(
        b,
        msg,
        sender=("Mail Delivery System", "mailer-daemon@mx01.nordnet-hosting.example"),
        subject=f"Verzögerte Zustellung: {b.subject()}",
    )


def bounce_gateway_fr(b: Bounce) -> Message:
    gateway = "mailsecure.charpentes-quercy.example"
    human = (
        "Passerelle de sécurité messagerie – notification de remise différée\n\n"
        f"Votre message à destination de {b.rcpt} n'a pas encore pu être remis.\n\n"
        "Il a bien été reçu et analysé par notre passerelle, mais le serveur de messagerie interne du destinataire refuse temporairement les connexions (451 4.7.1 Service momentanément indisponible, réessayez plus tard).\n\n"
        "Notre passerelle tentera automatiquement de le remettre pendant 96 heures. Vous n'avez rien à faire pour l'instant ; si la remise échoue définitivement, vous recevrez un avis de non-remise.\n\n"
        f"Objet : {b.subject()}\nRéférence de suivi : {b32(b.key, 'track', 16)}\n"
    )
    msg = report(
        text_part(human, subtype="plain", charset="utf-8", cte="qp"),
        delivery_status(
            b, mta=gateway, diagnostic="451 4.7.1 Service temporarily unavailable, try again later"
        ),
        returned_headers(b),
    )
    return finish(
        b,
        msg,
        sender=("Passerelle de sécurité messagerie", f"postmaster@{gateway}"),
        subject=f"Remise différée : {b.subject()}",
    )


def bounce_isp_fr(b: Bounce) -> Message:
    text = (
        "Ceci est un message automatique du service de messagerie.\n\n"
        f"Votre message du {fmt('{dd}/{mo}/{y} à {HH}:{mm}', 'fr', b.sent)} adressé à :\n\n    {b.rcpt}\n\n"
        "n'a pas encore pu être distribué. La connexion avec le serveur du destinataire a été interrompue pendant l'envoi (code 4.4.2).\n\n"
        "Aucune action n'est nécessaire de votre part : de nouvelles tentatives auront lieu automatiquement pendant cinq jours. Au-delà, le message vous sera retourné.\n\n"
        f"Objet du message : {b.subject()}\n\n"
        "Le service messagerie de FAI Ouest\n"
    )
    msg = text_part(text, subtype="plain", charset="utf-8", cte="8bit")
    return finish(
        b,
        msg,
        sender=("Service de messagerie", "mailer-daemon@smtp.fai-ouest.example"),
        subject="Avis de retard de distribution",
    )


def bounce_gmail_es(b: Bounce) -> Message:
    diag = "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser"
    text = (
        "** No se ha encontrado la dirección **\n\n"
        f"Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o esta no puede recibir correo.\n\n"
        f"La respuesta del servidor remoto ha sido:\n\n{diag}"
    )
    msg = report(
        human_alternative(text, charset="utf-8"),
        delivery_status(
            b, mta="googlemail.com", diagnostic=diag, remote="gmail-smtp-in.l.google.com"
        ),
        MIMEMessage(b.reminder()),
    )
    return finish(
        b,
        msg,
        sender=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
        subject="Delivery Status Notification (Failure)",
    )


def bounce_o365_nl(b: Bounce) -> Message:
    text = (
        f"De bezorging aan deze geadresseerden of groepen is vertraagd:\n\n{b.rcpt}\n\n"
        f"Onderwerp: {b.subject()}\n\n"
        "Dit bericht is nog niet bezorgd. Er wordt nog steeds geprobeerd het bericht te bezorgen.\n\n"
        "De server blijft nog 1 dag, 19 uur en 12 minuten proberen dit bericht te bezorgen. Als het bericht niet binnen die tijd kan worden bezorgd, ontvangt u een melding.\n\n"
        f"Diagnostische informatie voor beheerders:\n\nGenererende server: {EXO_HOST}\n\n{b.rcpt}\n451 4.4.7 Message delayed; remote server did not respond"
    )
    msg = report(
        human_alternative(text, charset="utf-8"),
        delivery_status(b, mta=EXO_HOST, diagnostic="451 4.4.7 Message delayed"),
        returned_headers(b),
    )
    return finish(b, msg, sender=EXCHANGE_SENDER, subject=f"Bezorging vertraagd: {b.subject()}")


def bounce_exchange_it(b: Bounce) -> Message:
    server = "SRV-EXCH02.oleodinamicaferretti.local"
    diag = "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"
    text = (
        f"Impossibile recapitare il messaggio a questi destinatari o gruppi:\n\n{b.rcpt}\n"
        "L'indirizzo di posta elettronica immesso non è stato trovato. Verificare l'indirizzo del destinatario e provare a inviare di nuovo il messaggio. Se il problema persiste, contattare il supporto tecnico.\n\n"
        f"Informazioni di diagnostica per gli amministratori:\n\nServer di generazione: {server}\n\n{b.rcpt}\n{diag}"
    )
    msg = report(
        human_alternative(text, charset="windows-1252"),
        delivery_status(b, mta=server, diagnostic=diag),
        returned_headers(b),
    )
    return finish(
        b,
        msg,
        sender=("Amministratore di sistema", "postmaster@oleodinamicaferretti.example"),
        subject=f"Non recapitabile: {b.subject()}",
    )


def bounce_isp_it(b: Bounce) -> Message:
    text = (
        "Gentile utente,\n\n"
        f"il messaggio che hai inviato a {b.rcpt} non è stato ancora consegnato perché la casella del destinatario ha superato lo spazio disponibile (452 4.2.2 casella piena).\n\n"
        "Il sistema riproverà la consegna più volte nei prossimi tre giorni. Se nel frattempo il destinatario libera spazio, il messaggio verrà recapitato senza che tu debba fare nulla.\n\n"
        f"Oggetto: {b.subject()}\n\n"
        "Servizio Posta Lombarda – questo è un messaggio automatico, non rispondere.\n"
    )
    msg = text_part(text, subtype="plain", charset="utf-8", cte="b64")
    return finish(
        b,
        msg,
        sender=("Sistema di posta", "mailer-daemon@mx.posta-lombarda.example"),
        subject="Avviso di mancato recapito temporaneo",
    )


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            key="bo-en-1",
            lang="en",
            kind="hard",
            status="5.1.1",
            rcpt="accounts@wrexhamplanthire.example",
            when="2026-11-23 09:14 +0100",
            rlang="en",
            note="Postfix RFC 3464 report with the full returned message",
        ),
        bounce_postfix,
    ),
    (
        Bounce(
            key="bo-en-2",
            lang="en",
            kind="hard",
            status="5.1.1",
            rcpt="j.fletcher@dalesagri.example",
            when="2026-12-02 08:51 +0000",
            rlang="en",
            note="qmail plain-text failure notice, no MIME; the code is in '(#5.1.1)'",
        ),
        bounce_qmail,
    ),
    (
        Bounce(
            key="bo-en-3",
            lang="en",
            kind="hard",
            status="5.2.1",
            rcpt="admin@bellfieldengineering.example",
            when="2026-12-09 09:40 +0100",
            rlang="en",
            note="Exim permanent failure, mailbox disabled",
        ),
        bounce_exim,
    ),
    (
        Bounce(
            key="bo-en-4",
            lang="en",
            kind="soft",
            status="4.4.1",
            rcpt="purchasing@tynesidecompressors.example",
            when="2026-12-15 13:31 +0000",
            rlang="en",
            note="sendmail 'warning message only' delay report",
        ),
        bounce_sendmail,
    ),
    (
        Bounce(
            key="bo-de-1",
            lang="de",
            kind="hard",
            status="5.1.10",
            rcpt="rechnung@metallbau-seidel.example",
            when="2026-11-26 10:05 +0100",
            rlang="de",
            note="Office 365 NDR in German",
        ),
        bounce_o365_de,
    ),
    (
        Bounce(
            key="bo-de-2",
            lang="de",
            kind="soft",
            status="4.4.3",
            rcpt="info@landtechnik-ostermann.example",
            when="2026-12-04 15:22 +0100",
            rlang="de",
            note="German hosting provider's delay notice, plain Latin-1 text",
        ),
        bounce_isp_de,
    ),
    (
        Bounce(
            key="bo-fr-1",
            lang="fr",
            kind="soft",
            status="4.7.1",
            rcpt="compta.fournisseurs@charpentes-quercy.example",
            when="2026-12-08 11:05 +0100",
            rlang="fr",
            note="recipient's security gateway reports a delay in French",
        ),
        bounce_gateway_fr,
    ),
    (
        Bounce(
            key="bo-fr-2",
            lang="fr",
            kind="soft",
            status="4.4.2",
            rcpt="garage.dubreuil@fai-ouest.example",
            when="2026-12-16 07:48 +0100",
            rlang="fr",
            note="French ISP delay notice, plain 8-bit text, not RFC 3464",
        ),
        bounce_isp_fr,
    ),
    (
        Bounce(
            key="bo-es-1",
            lang="es",
            kind="hard",
            status="5.1.1",
            rcpt="talleresmunoz.sevilla@gmail.com",
            when="2026-11-27 03:10 -0800",
            rlang="es",
            note="Gmail DSN in Spanish",
        ),
        bounce_gmail_es,
    ),
    (
        Bounce(
            key="bo-nl-1",
            lang="nl",
            kind="soft",
            status="4.4.7",
            rcpt="inkoop@kraanverhuurdevries.example",
            when="2026-12-10 16:02 +0100",
            rlang="nl",
            note="Office 365 delay notice in Dutch",
        ),
        bounce_o365_nl,
    ),
    (
        Bounce(
            key="bo-it-1",
            lang="it",
            kind="hard",
            status="5.1.1",
            rcpt="m.ferretti@oleodinamicaferretti.example",
            when="2026-11-30 10:45 +0100",
            rlang="it",
            note="on-premises Exchange NDR in Italian, windows-1252",
        ),
        bounce_exchange_it,
    ),
    (
        Bounce(
            key="bo-it-2",
            lang="it",
            kind="soft",
            status="4.2.2",
            rcpt="officinabrambilla@posta-lombarda.example",
            when="2026-12-17 19:20 +0100",
            rlang="it",
            note="Italian ISP notice, mailbox full (4.2.2), base64",
        ),
        bounce_isp_it,
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, file names, output and checks
# --------------------------------------------------------------------------------------------


def reply_label(r: Reply) -> Label:
    f = r.facts
    return {
        "file": "",
        "intent": r.intent,
        "promised_date": f.promised,
        "paid_date": f.paid,
        "return_date": f.back,
        "payment_reference": f.ref,
        "amount": f.amount,
        "currency": f.currency,
        "new_contact": f.contact,
        "bounce_kind": None,
        "failed_recipient": None,
        "bounce_status": None,
        "invoice_refs": list(f.refs),
        "language": r.lang,
        "note": f.note,
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
        "failed_recipient": b.rcpt,
        "bounce_status": b.status,
        "invoice_refs": [],
        "language": b.lang,
        "note": b.note,
    }


@dataclass(frozen=True)
class Item:
    """One message ready to write: its key, the message and its label."""

    key: str
    msg: Message
    label: Label
    when: datetime


def all_items() -> list[Item]:
    items = [Item(r.key, build_reply(r), reply_label(r), r.dt) for r in REPLIES]
    items += [Item(b.key, build(b), bounce_label(b), b.dt) for b, build in BOUNCES]
    keys = [item.key for item in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    return sorted(items, key=lambda item: digest(item.key, "order"))


def header_problems(part: Message) -> Iterator[str]:
    for name, value in part.items():
        defects = getattr(value, "defects", ())
        if defects:
            yield f"header {name}: {defects}"
        if "=?" in str(value):
            yield f"header {name} not decoded"


def part_problems(part: Message) -> Iterator[str]:
    if part.defects:
        yield f"{part.get_content_type()}: {part.defects}"
    yield from header_problems(part)
    if part.get_content_maintype() == "text":
        content = part.get_payload(decode=True)
        if not isinstance(content, bytes):
            yield f"{part.get_content_type()}: no decodable payload"
            return
        content.decode(part.get_content_charset() or "us-ascii")


def check_message(name: str, data: bytes) -> None:
    msg = message_from_bytes(data, policy=policy.default)
    problems = [p for part in msg.walk() for p in part_problems(part)]
    problems += [
        f"no {h}" for h in ("From", "To", "Subject", "Date", "Message-ID") if msg[h] is None
    ]
    if problems:
        raise SystemExit(f"{name}: {problems}")


LABEL_ORDER = tuple(Label.__annotations__)
PER_INTENT = 12


def label_problems(label: Label) -> Iterator[str]:
    if tuple(label) != LABEL_ORDER:
        yield "keys out of order"
    if label["intent"] not in INTENTS or label["language"] not in LANGS:
        yield "unknown intent or language"
    for value in (label["promised_date"], label["paid_date"], label["return_date"]):
        if value is not None:
            datetime.fromisoformat(value)  # raises on a malformed date
    is_bounce = label["intent"] == "bounce"
    if is_bounce != (label["bounce_kind"] is not None):
        yield "bounce fields on a non-bounce (or missing on a bounce)"
    if (label["amount"] is None) != (label["currency"] is None):
        yield "amount without currency or the other way round"
    if any(not ref.startswith("NL-26-") for ref in label["invoice_refs"]):
        yield "invoice ref not normalised"


def check_labels(labels: list[Label]) -> None:
    problems = [f"{x['file']}: {p}" for x in labels for p in label_problems(x)]
    cells = Counter((x["intent"], x["language"]) for x in labels)
    per_intent = Counter(x["intent"] for x in labels)
    problems += [f"{i}: {per_intent[i]} messages" for i in INTENTS if per_intent[i] != PER_INTENT]
    problems += [f"{i} has no {lang}" for i in INTENTS for lang in LANGS if not cells[i, lang]]
    if problems:
        raise SystemExit("\n".join(problems))


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


def check_dates(items: list[Item]) -> None:
    first, last = (
        datetime(2026, 11, 23, tzinfo=UTC).date(),
        datetime(2026, 12, 18, tzinfo=UTC).date(),
    )
    late = [item.key for item in items if not first <= item.when.date() <= last]
    if late:
        raise SystemExit(f"dated outside the window: {late}")


def write_all() -> list[Label]:
    items = all_items()
    check_dates(items)
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[Label] = []
    for n, item in enumerate(items, start=1):
        name = f"{PREFIX}-{n:03d}.eml"
        data = item.msg.as_bytes()
        check_message(name, data)
        (HERE / name).write_bytes(data)
        label = item.label.copy()
        label["file"] = name
        labels.append(label)
    check_labels(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        out.writelines(json.dumps(label, ensure_ascii=False) + "\n" for label in labels)
    return labels


def main() -> int:
    labels = write_all()
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    sys.stdout.write(f"{count_table(labels)}\n\n{len(labels)} messages; bounces: {dict(kinds)}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
