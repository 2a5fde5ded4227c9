# ruff: noqa: E501, RUF001
# Message text is kept one paragraph a line, the way a mail client sends it, with the
# typographic dashes, quotes and spaces that people and their clients really type.
"""Build held-out reply corpus 37: `h37-NNN.eml` files and `labels.jsonl`.

Every message lands in the receivables mailbox of Gardino Grounds, a landscaping and
grounds-maintenance contractor, after it sent an overdue reminder. The new text of each
message is written by hand below. The script only adds what a mail client or a mail server
would add: the quoted reminder in the client's layout and language, headers, MIME structure,
charsets and transfer encodings, and the machine parts of delivery reports. It writes next to
itself, deterministically (no clock, no random module: the file order comes from a fixed seed).
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
from dataclasses import dataclass
from datetime import datetime, timedelta
from email import charset as cs
from email import message_from_bytes, policy
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Literal, TypedDict

HERE = Path(__file__).resolve().parent
PREFIX = "h37"
SEED = "gardino-holdout37-seed-4711"
AR_NAME = "Gardino Grounds Receivables"
AR_ADDR = "receivables@gardino-grounds.example"
AR_DOMAIN = "gardino-grounds.example"
DEFAULT_INVOICE = "GG/40512"

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
Loc = Literal["gb", "us", "de", "fr", "es", "nl", "it"]
Cte = Literal["qp", "b64", "8bit", "7bit"]
Style = Literal[
    "outlook",
    "outlook_html",
    "html_only",
    "owa",
    "outlook_mobile",
    "gmail",
    "gmail_plain",
    "apple",
    "iphone",
    "thunderbird",
    "samsung",
    "inline",
    "notice",
    "notice_html",
]
BounceKind = Literal["hard", "soft"]

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
LOC_LANG: dict[Loc, Lang] = {
    "gb": "en",
    "us": "en",
    "de": "de",
    "fr": "fr",
    "es": "es",
    "nl": "nl",
    "it": "it",
}
LANG_LOC: dict[Lang, Loc] = {"en": "gb", "de": "de", "fr": "fr", "es": "es", "nl": "nl", "it": "it"}


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
    bounce_kind: BounceKind | None
    failed_recipient: str | None
    bounce_status: str | None
    invoice_refs: list[str]
    language: Lang
    note: str | None


LABEL_ORDER = tuple(Label.__annotations__)


@dataclass(frozen=True, kw_only=True)
class Facts:
    """What a collector would extract from one message (every field optional)."""

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
    """One hand-written message from a customer's side, and its labels."""

    key: str
    intent: Intent
    lang: Lang
    who: tuple[str, str]
    when: str
    style: Style
    body: str
    facts: Facts = NO_FACTS
    rlang: Lang | None = None
    loc: Loc | None = None
    inv: str = DEFAULT_INVOICE
    amt: str | None = None
    subject: str | None = None
    charset: str = "utf-8"
    cte: Cte = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    attach: str | None = None
    cc: str | None = None
    quote_to: str | None = None
    threaded: bool = True

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def reminder_lang(self) -> Lang:
        return self.rlang or self.lang

    @property
    def client_loc(self) -> Loc:
        return self.loc or LANG_LOC[self.lang]


# --------------------------------------------------------------------------------------------
# Locale tables: what each client prints around a reply
# --------------------------------------------------------------------------------------------

WEEKDAYS_LONG: dict[Lang, str] = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
}
WEEKDAYS_SHORT: dict[Lang, str] = {
    "en": "Mon Tue Wed Thu Fri Sat Sun",
    "de": "Mo. Di. Mi. Do. Fr. Sa. So.",
    "fr": "lun. mar. mer. jeu. ven. sam. dim.",
    "es": "lun mar mié jue vie sáb dom",
    "nl": "ma di wo do vr za zo",
    "it": "lun mar mer gio ven sab dom",
}
MONTHS_LONG: dict[Lang, str] = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
}
MONTHS_SHORT: dict[Lang, str] = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}

GMAIL_ATTR: dict[Loc, str] = {
    "gb": "On {wds}, {d} {mons} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "us": "On {wds}, {mons} {d}, {y} at {h12}:{mm}\u202f{ampm} {name} <{addr}> wrote:",
    "de": "Am {wds}, {d}. {mons} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wds} {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wds}, {d} {mons} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wds} {d} {mons} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wds} {d} {mons} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTR: dict[Loc, str] = {
    "gb": "On {d} {mons} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "us": "On {mons} {d}, {y}, at {h12}:{mm}\u202f{ampm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {mons} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mons} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mons} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
TB_ATTR: dict[Loc, str] = {
    "gb": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "us": "On {m}/{d}/{y} {h12}:{mm} {ampm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{mm}, {name} ha scritto:",
}
OUTLOOK_SENT: dict[Loc, str] = {
    "gb": "{d} {monl} {y} {HH}:{mm}",
    "us": "{wdl}, {monl} {d}, {y} {h12}:{mm} {ampm}",
    "de": "{wdl}, {d}. {monl} {y} {HH}:{mm}",
    "fr": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "es": "{wdl}, {d} de {monl} de {y} {H}:{mm}",
    "nl": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "it": "{wdl} {d} {monl} {y} {HH}:{mm}",
}
SAMSUNG_DATE: dict[Loc, str] = {
    "gb": "{dd}/{mo}/{y} {HH}:{mm} (GMT{off})",
    "us": "{mo}/{dd}/{y} {h12}:{mm} {ampm} (GMT{off})",
    "de": "{dd}.{mo}.{y} {HH}:{mm} (GMT{off})",
    "fr": "{dd}/{mo}/{y} {HH}:{mm} (GMT{off})",
    "es": "{dd}/{mo}/{y} {HH}:{mm} (GMT{off})",
    "nl": "{dd}-{mo}-{y} {HH}:{mm} (GMT{off})",
    "it": "{dd}/{mo}/{y} {HH}:{mm} (GMT{off})",
}


@dataclass(frozen=True)
class HeaderWords:
    """A client's header-block vocabulary in one language."""

    original: str
    sender: str
    sent: str
    to: str
    subject: str
    sep: str


OUTLOOK_WORDS: dict[Lang, HeaderWords] = {
    "en": HeaderWords("-----Original Message-----", "From", "Sent", "To", "Subject", ": "),
    "de": HeaderWords(
        "-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff", ": "
    ),
    "fr": HeaderWords("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : "),
    "es": HeaderWords("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": "),
    "nl": HeaderWords(
        "-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "Onderwerp", ": "
    ),
    "it": HeaderWords("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ": "),
}
SAMSUNG_WORDS: dict[Lang, HeaderWords] = {
    "en": HeaderWords("-------- Original message --------", "From", "Date", "To", "Subject", ": "),
    "de": HeaderWords(
        "-------- Ursprüngliche Nachricht --------", "Von", "Datum", "An", "Betreff", ": "
    ),
    "fr": HeaderWords("-------- Message d'origine --------", "De", "Date", "À", "Objet", " : "),
    "es": HeaderWords("-------- Mensaje original --------", "De", "Fecha", "Para", "Asunto", ": "),
    "nl": HeaderWords(
        "-------- Oorspronkelijk bericht --------", "Van", "Datum", "Aan", "Onderwerp", ": "
    ),
    "it": HeaderWords("-------- Messaggio originale --------", "Da", "Data", "A", "Oggetto", ": "),
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
OUTLOOK_MOBILE_SIG: dict[Lang, str] = {
    "en": "Get Outlook for iOS",
    "de": "Outlook für iOS beziehen",
    "fr": "Obtenir Outlook pour iOS",
    "es": "Obtener Outlook para iOS",
    "nl": "Outlook voor iOS downloaden",
    "it": "Scarica Outlook per iOS",
}
SAMSUNG_SIG: dict[Lang, str] = {
    "en": "Sent from my Galaxy",
    "de": "Von meinem Samsung Galaxy Smartphone gesendet.",
    "fr": "Envoyé depuis mon smartphone Samsung Galaxy.",
    "es": "Enviado desde mi smartphone Samsung Galaxy.",
    "nl": "Verzonden vanaf mijn Samsung Galaxy-smartphone.",
    "it": "Inviato dal mio smartphone Samsung Galaxy.",
}

# --------------------------------------------------------------------------------------------
# The reminder Gardino Grounds sent (quoted in replies, returned in bounces)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT: dict[Lang, str] = {
    "en": "Overdue invoice {inv} – Gardino Grounds",
    "de": "Zahlungserinnerung – Rechnung {inv}",
    "fr": "Rappel – facture {inv} échue",
    "es": "Recordatorio de pago – factura {inv}",
    "nl": "Betalingsherinnering – factuur {inv}",
    "it": "Sollecito di pagamento – fattura {inv}",
}
REMINDER_BODY: dict[Lang, str] = {
    "en": (
        "Hello,\n\n"
        "According to our records the following invoice is now past due:\n\n"
        "    Invoice {inv}, dated 16 Oct 2026, due 15 Nov 2026: {amt}\n\n"
        "If you have already sent payment, thank you – please let us know the date and reference so we can match it. If something on the invoice is not right, reply to this email and we will sort it out with you.\n\n"
        "Kind regards,\n\n"
        "Accounts Receivable\nGardino Grounds\nLandscaping & Grounds Maintenance\nreceivables@gardino-grounds.example"
    ),
    "de": (
        "Sehr geehrte Damen und Herren,\n\n"
        "bei der Durchsicht unserer Konten haben wir festgestellt, dass folgende Rechnung noch offen ist:\n\n"
        "    Rechnung {inv} vom 16.10.2026, fällig am 15.11.2026: {amt}\n\n"
        "Falls Sie die Zahlung inzwischen veranlasst haben, danken wir Ihnen und bitten um kurze Mitteilung von Datum und Verwendungszweck. Sollte an der Rechnung etwas nicht stimmen, antworten Sie einfach auf diese E-Mail.\n\n"
        "Freundliche Grüße\n\n"
        "Debitorenbuchhaltung\nGardino Grounds\nGarten- und Landschaftspflege"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Sauf erreur ou omission de notre part, la facture ci-dessous n'a pas encore été réglée :\n\n"
        "    Facture {inv} du 16/10/2026, échéance 15/11/2026 : {amt}\n\n"
        "Si votre paiement est déjà parti, merci de nous communiquer sa date et sa référence afin que nous puissions le rapprocher. En cas de question sur cette facture, répondez simplement à ce message.\n\n"
        "Cordialement,\n\n"
        "Service comptabilité clients\nGardino Grounds\nEntretien d'espaces verts"
    ),
    "es": (
        "Buenos días:\n\n"
        "Según nuestra contabilidad, la siguiente factura figura como pendiente de pago:\n\n"
        "    Factura {inv} de 16/10/2026, vencida el 15/11/2026: {amt}\n\n"
        "Si ya han realizado el pago, les agradeceríamos que nos indicaran la fecha y la referencia para poder conciliarlo. Si hay cualquier incidencia con la factura, basta con responder a este correo.\n\n"
        "Un cordial saludo,\n\n"
        "Departamento de Cobros\nGardino Grounds\nJardinería y mantenimiento de zonas verdes"
    ),
    "nl": (
        "Geachte heer/mevrouw,\n\n"
        "Volgens onze administratie is de onderstaande factuur nog niet voldaan:\n\n"
        "    Factuur {inv} van 16-10-2026, vervallen op 15-11-2026: {amt}\n\n"
        "Heeft u de betaling al gedaan, dan horen wij graag de datum en het kenmerk, zodat wij die kunnen verwerken. Klopt er iets niet aan de factuur, beantwoord dan deze e-mail.\n\n"
        "Met vriendelijke groet,\n\n"
        "Debiteurenbeheer\nGardino Grounds\nGroenvoorziening en terreinonderhoud"
    ),
    "it": (
        "Buongiorno,\n\n"
        "dalle nostre verifiche contabili la fattura seguente risulta ancora da saldare:\n\n"
        "    Fattura {inv} del 16/10/2026, scaduta il 15/11/2026: {amt}\n\n"
        "Se avete già disposto il pagamento, vi ringraziamo e vi chiediamo di indicarci data e riferimento per l'abbinamento. Per qualsiasi questione sulla fattura è sufficiente rispondere a questa e-mail.\n\n"
        "Cordiali saluti,\n\n"
        "Ufficio crediti\nGardino Grounds\nManutenzione del verde"
    ),
}
DEFAULT_AMOUNT: dict[Lang, str] = {
    "en": "£1,240.00",
    "de": "2.318,40 €",
    "fr": "1 476,00 €",
    "es": "1.395,00 €",
    "nl": "€ 1.146,80",
    "it": "€ 2.745,00",
}
LATIN1_FIXES = {"–": "-", "€": "EUR", "’": "'", "“": '"', "”": '"', "…": "...", "\u202f": " "}
NARROW_CHARSETS = {"iso-8859-1", "us-ascii"}

# --------------------------------------------------------------------------------------------
# Dates, ids and text helpers
# --------------------------------------------------------------------------------------------


def date_fields(loc: Loc, dt: datetime) -> dict[str, str]:
    lang = LOC_LANG[loc]
    wd, mo = dt.weekday(), dt.month - 1
    offset = dt.strftime("%z")
    return {
        "wds": WEEKDAYS_SHORT[lang].split()[wd],
        "wdl": WEEKDAYS_LONG[lang].split()[wd],
        "mons": MONTHS_SHORT[lang].split()[mo],
        "monl": MONTHS_LONG[lang].split()[mo],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "m": str(dt.month),
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "HH": f"{dt.hour:02d}",
        "H": str(dt.hour),
        "mm": f"{dt.minute:02d}",
        "h12": str((dt.hour - 1) % 12 + 1),
        "ampm": "AM" if dt.hour < 12 else "PM",
        "off": f"{offset[:3]}:{offset[3:]}",
    }


def fmt(template: str, *, loc: Loc, dt: datetime, **extra: str) -> str:
    return template.format(**date_fields(loc, dt), **extra)


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{salt}:{key}".encode()).digest()


def b32(key: str, *, salt: str, n: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:n]


def reminder_time(key: str, reply: datetime) -> datetime:
    """The reminder went out on a working day before the reply, in the morning run."""
    day = reply - timedelta(days=1)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day.replace(hour=8, minute=5 + digest(key, "minute")[0] % 40, second=0)


def reminder_msgid(key: str) -> str:
    return f"<reminder.{b32(key, salt='reminder', n=16).lower()}@{AR_DOMAIN}>"


def reply_msgid(r: Reply) -> str:
    raw = digest(r.key, "reply")
    domain = r.who[1].split("@")[1]
    if r.style in {"gmail", "gmail_plain"}:
        tail = base64.urlsafe_b64encode(raw).decode().rstrip("=")[:42]
        return f"<CAK{tail}@mail.gmail.com>"
    if r.style in OUTLOOK_FAMILY:
        host = b32(r.key, salt="host", n=7)
        return f"<{b32(r.key, salt='ms', n=30)}@{host}.EURP195.PROD.OUTLOOK.COM>"
    if r.style in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if r.style == "thunderbird":
        h = raw.hex()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{raw.hex()[:26]}@{domain}>"


def narrow(text: str) -> str:
    for wide, plain in LATIN1_FIXES.items():
        text = text.replace(wide, plain)
    return text


def quote_lines(text: str, mark: str = ">") -> str:
    return "\n".join(f"{mark} {line}" if line else mark for line in text.split("\n"))


def html_lines(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    return "\n".join(f"<p>{html_lines(p)}</p>" for p in text.split("\n\n"))


def word_paragraphs(text: str) -> str:
    out = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "<o:p>&nbsp;</o:p>"
        out.append(f'<p class="MsoNormal">{inner}</p>')
    return "\n".join(out)


def flowed(text: str) -> str:
    """RFC 3676 format=flowed: soft breaks at 72 columns, space-stuffing, quote depth kept."""
    out: list[str] = []
    for line in text.split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        content = line[depth:].removeprefix(" ") if depth else line
        prefix = ">" * depth + (" " if depth and content else "")
        if not depth and content.startswith((" ", "From ")):
            content = " " + content
        if len(prefix + content) <= 78 or content == "-- ":
            out.append(prefix + content)
            continue
        pieces = textwrap.wrap(
            content, 72 - len(prefix), break_long_words=False, drop_whitespace=False
        )
        out.extend(prefix + piece.rstrip() + " " for piece in pieces[:-1])
        out.append(prefix + pieces[-1].rstrip())
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# MIME parts and headers
# --------------------------------------------------------------------------------------------

# 0 is "no transfer encoding": the email package then marks the part 7bit or 8bit itself.
CTE_CODES: dict[Cte, int] = {"qp": cs.QP, "b64": cs.BASE64, "8bit": 0, "7bit": 0}


def text_part(text: str, *, subtype: str, charset: str, cte: Cte) -> Message:
    text.encode(charset)  # raises when the hand-written text does not fit the charset
    charset_obj = cs.Charset(charset)
    charset_obj.body_encoding = CTE_CODES[cte]
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, charset_obj)
    return part


def header_text(value: str, *, charset: str, name: str = "Subject") -> str:
    """The header value as a client encodes it: RFC 2047 words only when it is not ASCII."""
    if value.isascii():
        return value
    enc = charset if charset != "us-ascii" else "utf-8"
    try:
        value.encode(enc)
    except UnicodeEncodeError:
        enc = "utf-8"
    return Header(value, enc, header_name=name).encode()


def address(name: str, addr: str, *, charset: str = "utf-8") -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{header_text(name, charset=charset, name='From')} <{addr}>"


def alternative(text: str, markup: str, *, charset: str, cte: Cte) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(text, subtype="plain", charset=charset, cte=cte))
    outer.attach(text_part(markup, subtype="html", charset=charset, cte=cte))
    return outer


def content_headers_last(msg: Message) -> None:
    """Move the MIME headers below the envelope headers, where clients put them."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
        content_headers_last(msg)


def subparts(part: Message) -> list[Message]:
    if not part.is_multipart():
        return []
    payload = part.get_payload()
    return [p for p in payload if isinstance(p, Message)] if isinstance(payload, list) else []


def strip_inner_versions(part: Message, *, root: bool) -> None:
    """Only the top of a message (or of an enclosed message) carries MIME-Version."""
    if not root:
        del part["MIME-Version"]
    for sub in subparts(part):
        strip_inner_versions(sub, root=part.get_content_type() == "message/rfc822")


BOUNDARY_PREFIX: dict[str, str] = {
    "gmail": "000000000000",
    "apple": "Apple-Mail=_",
    "iphone": "Apple-Mail-",
    "thunderbird": "------------",
    "samsung": "--_com.samsung.android.email_",
}


def fix_boundaries(msg: Message, *, key: str, family: str) -> None:
    """Deterministic boundaries, shaped like the client's own."""
    prefix = BOUNDARY_PREFIX.get(family, "_000_" if family in OUTLOOK_FAMILY else "----=_Part_")
    parts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(parts):
        part.set_boundary(prefix + b32(key, salt=f"boundary{n}", n=24))


def finalize(msg: Message, *, key: str, family: str) -> Message:
    content_headers_last(msg)
    strip_inner_versions(msg, root=True)
    fix_boundaries(msg, key=key, family=family)
    return msg


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Draft:
    """A reply ready for its client: the new text, the quoted reminder and the client's words."""

    reply: Reply
    body: str
    quoted: str
    subject: str
    sent: datetime
    to: str

    @property
    def loc(self) -> Loc:
        return self.reply.client_loc

    @property
    def lang(self) -> Lang:
        return LOC_LANG[self.reply.client_loc]

    @property
    def charset(self) -> str:
        return self.reply.charset

    @property
    def cte(self) -> Cte:
        return self.reply.cte

    def plain(self, text: str, *, cte: Cte | None = None) -> Message:
        return text_part(text, subtype="plain", charset=self.charset, cte=cte or self.cte)

    def alt(self, text: str, markup: str) -> Message:
        return alternative(text, markup, charset=self.charset, cte=self.cte)

    def attr(self, table: dict[Loc, str]) -> str:
        return fmt(table[self.loc], loc=self.loc, dt=self.sent, name=AR_NAME, addr=AR_ADDR)

    def block(self, words: HeaderWords, sent_table: dict[Loc, str]) -> list[str]:
        sent = fmt(sent_table[self.loc], loc=self.loc, dt=self.sent)
        return [
            f"{words.sender}{words.sep}{AR_NAME} <{AR_ADDR}>",
            f"{words.sent}{words.sep}{sent}",
            f"{words.to}{words.sep}{self.to}",
            f"{words.subject}{words.sep}{self.subject}",
        ]


def reminder_subject(lang: Lang, inv: str) -> str:
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_text(lang: Lang, *, inv: str, amt: str | None) -> str:
    return REMINDER_BODY[lang].format(inv=inv, amt=amt or DEFAULT_AMOUNT[lang])


def make_draft(r: Reply) -> Draft:
    subject = reminder_subject(r.reminder_lang, r.inv)
    quoted = reminder_text(r.reminder_lang, inv=r.inv, amt=r.amt)
    body = r.body
    if r.charset in NARROW_CHARSETS:
        subject, quoted = narrow(subject), narrow(quoted)
    to = r.quote_to or (formataddr(r.who) if r.who[0].isascii() else f"{r.who[0]} <{r.who[1]}>")
    return Draft(r, body, quoted, subject, reminder_time(r.key, r.dt), to)


def style_outlook(d: Draft) -> Message:
    words = OUTLOOK_WORDS[d.lang]
    block = "\n".join([words.original, *d.block(words, OUTLOOK_SENT)])
    return d.plain(f"{d.body}\n\n{block}\n\n{d.quoted}\n")


def word_html(d: Draft) -> str:
    words = OUTLOOK_WORDS[d.lang]
    rows = d.block(words, OUTLOOK_SENT)
    head = "<br>\n".join(
        f"<b>{html.escape(line.split(words.sep, 1)[0] + words.sep.rstrip())}</b> {html.escape(line.split(words.sep, 1)[1])}"
        for line in rows
    )
    lang_attr = {"gb": "EN-GB", "us": "EN-US"}.get(d.loc, f"{d.lang.upper()}")
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={d.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif;}\n'
        "--></style>\n</head>\n"
        f'<body lang="{lang_attr}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{word_paragraphs(d.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">{head}</span></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{word_paragraphs(d.quoted)}\n</div>\n</body>\n</html>\n"
    )


def style_outlook_html(d: Draft) -> Message:
    text = "\n".join([d.body, "", *d.block(OUTLOOK_WORDS[d.lang], OUTLOOK_SENT), "", d.quoted, ""])
    return d.alt(text, word_html(d))


def style_html_only(d: Draft) -> Message:
    return text_part(word_html(d), subtype="html", charset=d.charset, cte=d.cte)


def owa_html(d: Draft, rows: list[str]) -> str:
    head = "<br>\n".join(
        f"<b>{html.escape(line.split(':', 1)[0])}:</b>{html.escape(line.split(':', 1)[1])}"
        for line in rows
    )
    return (
        f'<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset={d.charset}">\n'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
        '</head>\n<body dir="ltr">\n'
        '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
        f"{html_lines(d.body)}</div>\n"
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{head}</font>\n<div>&nbsp;</div>\n</div>\n"
        f"<div>{html_paragraphs(d.quoted)}</div>\n</body>\n</html>\n"
    )


def style_owa(d: Draft) -> Message:
    rows = d.block(OUTLOOK_WORDS[d.lang], OUTLOOK_SENT)
    text = "\n".join([d.body, "", "_" * 32, *rows, "", d.quoted, ""])
    return d.alt(text, owa_html(d, rows))


def style_outlook_mobile(d: Draft) -> Message:
    rows = d.block(OUTLOOK_WORDS[d.lang], OUTLOOK_SENT)
    sig = OUTLOOK_MOBILE_SIG[d.lang]
    text = "\n".join([d.body, "", sig, "_" * 32, *rows, "", d.quoted, ""])
    return d.plain(text, cte="b64")


def gmail_html(d: Draft, attr: str) -> str:
    return (
        f'<div dir="ltr">{html_lines(d.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(d.quoted)}</blockquote></div>\n"
    )


def style_gmail(d: Draft) -> Message:
    attr = d.attr(GMAIL_ATTR)
    text = f"{d.body}\n\n{attr}\n\n{quote_lines(d.quoted)}\n"
    return d.alt(text, gmail_html(d, attr))


def style_gmail_plain(d: Draft) -> Message:
    return d.plain(f"{d.body}\n\n{d.attr(GMAIL_ATTR)}\n\n{quote_lines(d.quoted)}\n")


def style_apple(d: Draft) -> Message:
    return d.plain(f"{d.body}\n\n{d.attr(APPLE_ATTR)}\n\n{quote_lines(d.quoted)}\n")


def style_iphone(d: Draft) -> Message:
    quoted = quote_lines(f"{d.attr(APPLE_ATTR)}\n\n{d.quoted}")
    return d.plain(f"{d.body}\n\n{IPHONE_SIG[d.lang]}\n\n{quoted}\n")


def style_thunderbird(d: Draft) -> Message:
    text = f"{d.body}\n\n{d.attr(TB_ATTR)}\n{quote_lines(d.quoted)}\n"
    if d.charset != "utf-8":
        return d.plain(text)
    part = d.plain(flowed(text))
    part.set_param("format", "flowed")
    return part


def style_samsung(d: Draft) -> Message:
    words = SAMSUNG_WORDS[d.lang]
    rows = d.block(words, SAMSUNG_DATE)
    text = "\n".join(
        [d.body, "", "", SAMSUNG_SIG[d.lang], "", "", words.original, *rows, "", d.quoted, ""]
    )
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={d.charset}"></head><body dir="auto">'
        f'<div dir="auto">{html_lines(d.body)}</div><div dir="auto"><br></div><div dir="auto"><br></div>'
        f'<div id="composer_signature" dir="auto"><div style="font-size:12px;color:#575757" dir="auto">{html.escape(SAMSUNG_SIG[d.lang])}</div></div>'
        f'<div dir="auto"><br></div><div><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000"><div>{html.escape(words.original)}</div>'
        + "".join(f"<div>{html.escape(row)}</div>" for row in rows)
        + f"</div><br>{html_paragraphs(d.quoted)}</body></html>\n"
    )
    return d.alt(text, markup)


INLINE_MARK = re.compile(r"\[\[Q(\d)\]\]")


def style_inline(d: Draft) -> Message:
    """Answers written between the quoted paragraphs: [[Qn]] stands for paragraph n, quoted."""
    paragraphs = d.quoted.split("\n\n")
    body = INLINE_MARK.sub(lambda m: quote_lines(paragraphs[int(m.group(1))]), d.body)
    return d.plain(f"{d.attr(TB_ATTR)}\n{body}\n")


def style_notice(d: Draft) -> Message:
    return d.plain(d.body + "\n")


def style_notice_html(d: Draft) -> Message:
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={d.charset}"></head>'
        f'<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">\n{html_paragraphs(d.body)}\n</body></html>\n'
    )
    return d.alt(d.body + "\n", markup)


STYLES: dict[Style, Callable[[Draft], Message]] = {
    "outlook": style_outlook,
    "outlook_html": style_outlook_html,
    "html_only": style_html_only,
    "owa": style_owa,
    "outlook_mobile": style_outlook_mobile,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "apple": style_apple,
    "iphone": style_iphone,
    "thunderbird": style_thunderbird,
    "samsung": style_samsung,
    "inline": style_inline,
    "notice": style_notice,
    "notice_html": style_notice_html,
}
OUTLOOK_FAMILY: set[str] = {"outlook", "outlook_html", "html_only", "owa", "outlook_mobile"}
STYLE_HEADERS: dict[Style, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22C152)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
    "inline": (
        (
            "User-Agent",
            "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0",
        ),
    ),
    "outlook_mobile": (("X-Mailer", "Outlook for iOS"),),
}


def reply_subject(d: Draft) -> str:
    r = d.reply
    if r.subject is not None:
        return r.subject.format(rsub=d.subject)
    prefix = OUTLOOK_RE[d.lang] if r.style in OUTLOOK_FAMILY else "Re: "
    return prefix + d.subject


def outlook_headers(d: Draft) -> list[tuple[str, str]]:
    index = base64.b64encode(digest(d.reply.key, "thread")[:22]).decode()
    language = {"gb": "en-GB", "us": "en-US"}.get(d.loc, f"{d.lang}-{d.lang.upper()}")
    return [
        ("Thread-Topic", header_text(d.subject, charset=d.charset, name="Thread-Topic")),
        ("Thread-Index", index),
        ("Content-Language", language),
        ("X-MS-Has-Attach", "yes" if d.reply.attach else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


FAKE_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


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
    d = make_draft(r)
    msg = with_attachment(r, STYLES[r.style](d))
    msg["From"] = address(*r.who, charset=r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    if r.cc:
        msg["Cc"] = r.cc
    msg["Subject"] = header_text(reply_subject(d), charset=r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r)
    if r.threaded:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    extra = outlook_headers(d) if r.style in OUTLOOK_FAMILY else []
    for name, value in [*extra, *STYLE_HEADERS.get(r.style, ()), *r.headers]:
        msg[name] = value
    family = "iphone" if r.style == "iphone" else r.style
    return finalize(msg, key=r.key, family=family)


# --------------------------------------------------------------------------------------------
# Shorthands for the hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "All")
BULK = ("Precedence", "bulk")


# --------------------------------------------------------------------------------------------
# The hand-written messages: payment_sent
# --------------------------------------------------------------------------------------------

PAYMENT_SENT: list[Reply] = [
    Reply(
        key="ps-en-1",
        intent="payment_sent",
        lang="en",
        loc="us",
        who=("Township of East Millbrook", "ap-noreply@eastmillbrook-twp.example"),
        when="2026-12-02 06:15 -0500",
        style="notice_html",
        threaded=False,
        subject="Payment Remittance Advice – Vendor 004417 – ACH0091736",
        headers=(AUTO_GENERATED, SUPPRESS),
        body="REMITTANCE ADVICE\n\nThis is an automated notice from the Township of East Millbrook, Department of Finance. This mailbox is not monitored; please do not reply.\n\nPayee: GARDINO GROUNDS (vendor no. 004417)\nPayment method: ACH credit\nPayment number: ACH0091736\nPayment date: 12/02/2026\n\nInvoice no.      Invoice date    Amount paid\nGG/40377         10/09/2026      $3,150.00\nGG/40512         10/16/2026      $1,275.50\n\nTotal paid: $4,425.50\n\nFunds are usually available in the payee's account within one to two business days. For questions about this payment, contact Accounts Payable at (555) 014-2290 or accountspayable@eastmillbrook-twp.example.",
        facts=Facts(
            paid="2026-12-02",
            ref="ACH0091736",
            amount="4425.50",
            currency="USD",
            refs=("GG/40377", "GG/40512"),
            note="AP-system remittance advice with Auto-Submitted: auto-generated; its 'not monitored, ask accountspayable@' lines are not a contact change; the amount is the total paid",
        ),
    ),
    Reply(
        key="ps-en-2",
        intent="payment_sent",
        lang="en",
        loc="us",
        who=("Doug Pruitt", "dpruitt.hoa@gmail.com"),
        when="2026-12-09 19:02 -0600",
        style="iphone",
        inv="GG/40549",
        amt="$860.00",
        body="Paid.",
        facts=Facts(note="one-word reply; no date, reference or amount"),
    ),
    Reply(
        key="ps-en-3",
        intent="payment_sent",
        lang="en",
        loc="us",
        who=("Marjorie Hensley", "marj.hensley@gmail.com"),
        when="2026-12-03 21:50 -0700",
        style="gmail",
        inv="GG/40561",
        amt="$385.00",
        body="Hi there,\n\nSo sorry about this! We were at our daughter's in Tucson over Thanksgiving and the mail piled up. I put a check in the mailbox this afternoon for the full $385, check #2291. Please let me know if it doesn't turn up.\n\nMarjorie Hensley",
        facts=Facts(
            paid="2026-12-03",
            ref="2291",
            amount="385.00",
            currency="USD",
            note="'this afternoon' is 3 Dec in the sender's time zone, although the Date is already 4 Dec in UTC; a check put in the mail is a payment sent",
        ),
    ),
    Reply(
        key="ps-de-1",
        intent="payment_sent",
        lang="de",
        who=("Tanja Ruhland", "buchhaltung@hv-brueckner.example"),
        when="2026-11-30 10:41 +0100",
        style="outlook_html",
        charset="windows-1252",
        inv="GG/40468",
        amt="1.904,00 €",
        body="Sehr geehrte Damen und Herren,\n\ndie o. g. Rechnung wurde bereits am 27.11.2026 vom Konto der WEG Lindenhof 12 an Sie überwiesen (1.904,00 €). Die Zahlung hat sich vermutlich mit Ihrer Erinnerung überschnitten.\n\nMit freundlichen Grüßen\n\nTanja Ruhland\nObjektbuchhaltung\n\nHausverwaltung Brückner GmbH\nKastanienallee 7 · 79098 Freiburg\nTel. 0761 555 20 18\nGeschäftsführer: Jochen Brückner · Amtsgericht Freiburg HRB 700000\n\nDiese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail.",
        facts=Facts(paid="2026-11-27", amount="1904.00", currency="EUR"),
    ),
    Reply(
        key="ps-de-2",
        intent="payment_sent",
        lang="de",
        who=("Stadt Kaltenbrunn - Stadtkasse", "stadtkasse-noreply@kaltenbrunn.example"),
        when="2026-12-08 05:43 +0100",
        style="notice",
        threaded=False,
        charset="iso-8859-1",
        cte="8bit",
        subject="Zahlungsavis 2026-118734 / Kreditor 70233",
        headers=(AUTO_GENERATED, ("X-Mailer", "SAP NetWeaver Application Server 7.50")),
        body="Zahlungsavis\n\nSehr geehrte Damen und Herren,\n\nwir haben heute folgende Zahlung an Sie angewiesen:\n\nKreditor:        70233 Gardino Grounds\nZahlweg:         SEPA-Überweisung\nAvis-Nr.:        2026-118734\nBuchungsdatum:   08.12.2026\n\nBeleg-Nr.  Ihre Rechnung  Rechnungsdatum  Betrag EUR\n5100422    GG/40391       12.10.2026        5.712,40\n\nSumme:                                    5.712,40\n\nBitte beachten Sie, dass die Gutschrift je nach Kreditinstitut 1-2 Bankarbeitstage dauern kann.\n\nDiese Nachricht wurde maschinell erstellt und ist ohne Unterschrift gültig. Antworten an diese Adresse werden nicht gelesen.\n\nStadt Kaltenbrunn - Stadtkasse",
        facts=Facts(
            paid="2026-12-08",
            ref="2026-118734",
            amount="5712.40",
            currency="EUR",
            refs=("GG/40391",),
            note="machine payment advice ('angewiesen': released to the bank) with Auto-Submitted: auto-generated; the Avis number is the reference",
        ),
    ),
    Reply(
        key="ps-fr-1",
        intent="payment_sent",
        lang="fr",
        who=("Nadège Poulain", "compta@vasseur-immo.example"),
        when="2026-11-26 15:08 +0100",
        style="outlook",
        charset="windows-1252",
        inv="GG/40455",
        amt="2 316,00 €",
        attach="avis_virement_GG40455.pdf",
        body="Bonjour,\n\nLe règlement de la facture GG/40455 (2 316,00 € TTC) est parti par virement hier, 25/11, depuis le compte de la copropriété Résidence Les Tilleuls. Vous trouverez ci-joint l'avis d'opéré de la banque.\n\nBien à vous,\n\nNadège Poulain\nComptable copropriétés\nCabinet Vasseur Immobilier\n12, rue des Carmes – 45000 Orléans\nTél. 02 38 00 41 17",
        facts=Facts(paid="2026-11-25", amount="2316.00", currency="EUR", refs=("GG/40455",)),
    ),
    Reply(
        key="ps-fr-2",
        intent="payment_sent",
        lang="fr",
        who=("Jacques Morel", "jmorel45@gmail.com"),
        when="2026-12-07 08:55 +0100",
        style="iphone",
        inv="GG/40577",
        amt="340,00 €",
        body="Bonjour\nC est regle depuis le 2, par cheque n° 4471052 envoye a votre adresse de Tours.\nCdt\nJ. Morel",
        facts=Facts(
            paid="2026-12-02",
            ref="4471052",
            note="typed without accents; 'depuis le 2' is 2 December, when the cheque was posted",
        ),
    ),
    Reply(
        key="ps-es-1",
        intent="payment_sent",
        lang="es",
        who=("Inmaculada Roldán", "admin@fincasroldan.example"),
        when="2026-12-01 12:20 +0100",
        style="gmail",
        inv="GG/40483",
        amt="1.870,00 €",
        body="Buenos días:\n\nLes confirmo que ayer se ordenó la transferencia de 1.870,00 € desde la cuenta de la Comunidad de Propietarios Residencial Los Almendros, con el concepto «Factura GG/40483». En uno o dos días debería estar en su cuenta.\n\nQuedo a su disposición para cualquier aclaración.\n\nAtentamente,\n\nInmaculada Roldán\nAdministradora de fincas colegiada n.º 2871\nAdministración de Fincas Roldán\nC/ Mayor 14, 2.º B · 30001 Murcia",
        facts=Facts(
            paid="2026-11-30",
            amount="1870.00",
            currency="EUR",
            refs=("GG/40483",),
            note="'ayer se ordenó la transferencia': a transfer sent the day before the message",
        ),
    ),
    Reply(
        key="ps-es-2",
        intent="payment_sent",
        lang="es",
        who=("Concha Valverde", "concha.valverde@gmail.com"),
        when="2026-11-27 21:14 +0100",
        style="gmail_plain",
        inv="GG/40540",
        amt="212,50 €",
        body="Hola, ¿cómo que pendiente? La pagué con tarjeta el 20 de noviembre desde el enlace que venía en la propia factura y hasta me llegó el correo de confirmación. ¿No les consta? Miren a ver, por favor.\n\nUn saludo,\nConcha",
        facts=Facts(
            paid="2026-11-20",
            note="asks questions but states a past card payment: payment_sent",
        ),
    ),
    Reply(
        key="ps-nl-1",
        intent="payment_sent",
        lang="nl",
        who=("Henk Boersma", "penningmeester@vve-debongerd.example"),
        when="2026-12-10 09:37 +0100",
        style="thunderbird",
        inv="GG/40502",
        amt="€ 1.146,80",
        body="Goedemorgen,\n\nIk heb de factuur vanochtend via internetbankieren voldaan: € 1.146,80, onder vermelding van GG/40502.\n\nExcuses voor de vertraging; de kascommissie moest de nota nog aftekenen.\n\nMet vriendelijke groet,\n\nHenk Boersma\npenningmeester VvE De Bongerd",
        facts=Facts(paid="2026-12-10", amount="1146.80", currency="EUR", refs=("GG/40502",)),
    ),
    Reply(
        key="ps-nl-2",
        intent="payment_sent",
        lang="nl",
        who=(
            "Gemeente Zuiderveen Crediteurenadministratie",
            "noreply-crediteuren@zuiderveen.example",
        ),
        when="2026-12-04 07:30 +0100",
        style="notice_html",
        threaded=False,
        subject="Betaalspecificatie 04-12-2026 – Gardino Grounds",
        headers=(AUTO_GENERATED,),
        body="Betaalspecificatie\n\nGeachte leverancier,\n\nVandaag is het onderstaande bedrag naar uw rekening overgemaakt.\n\nLeveranciersnummer: 210554\nBetaaldatum: 04-12-2026\nBetaalkenmerk: 1000.2026.33871\n\nFactuurnummer   Factuurdatum   Bedrag\nGG/40419        09-10-2026     € 8.430,00\n\nTotaal overgemaakt: € 8.430,00\n\nDit bericht is automatisch aangemaakt. Vragen over deze betaling kunt u stellen via crediteuren@zuiderveen.example onder vermelding van het betaalkenmerk.",
        facts=Facts(
            paid="2026-12-04",
            ref="1000.2026.33871",
            amount="8430.00",
            currency="EUR",
            refs=("GG/40419",),
            note="municipal AP payment specification, Auto-Submitted: auto-generated, not a reply to the reminder",
        ),
    ),
    Reply(
        key="ps-it-1",
        intent="payment_sent",
        lang="it",
        who=("Segreteria IC Rodari Pavia", "segreteria@icrodari-pavia.example"),
        when="2026-12-01 11:05 +0100",
        style="thunderbird",
        charset="iso-8859-1",
        inv="GG/40533",
        amt="€ 2.745,00",
        body="Buongiorno,\n\nsi comunica che in data 30/11/2026 è stato eseguito il bonifico a saldo della fattura elettronica GG/40533 (mandato n. 412/2026, CRO 84710329561).\n\nSi precisa che, trattandosi di pubblica amministrazione in regime di scissione dei pagamenti (art. 17-ter DPR 633/72), è stato liquidato l'imponibile di euro 2.250,00; l'IVA di euro 495,00 è versata direttamente all'Erario.\n\nDistinti saluti\n\nLa DSGA\nDott.ssa Lucia Ferrante\nIstituto Comprensivo \"Gianni Rodari\" - Pavia",
        facts=Facts(
            paid="2026-11-30",
            ref="84710329561",
            amount="2250.00",
            currency="EUR",
            refs=("GG/40533",),
            note="Italian split payment: the amount paid is the taxable base, the VAT goes to the tax office; the CRO is the bank reference, not the mandate number",
        ),
    ),
]

# --------------------------------------------------------------------------------------------
# promise_to_pay
# --------------------------------------------------------------------------------------------

PROMISE_TO_PAY: list[Reply] = [
    Reply(
        key="ptp-en-1",
        intent="promise_to_pay",
        lang="en",
        loc="us",
        who=("Karen Whitlock", "treasurer@foxrunhoa.example"),
        when="2026-12-02 16:48 -0500",
        style="outlook",
        inv="GG/40526",
        amt="$2,980.00",
        body="Hi,\n\nThe board approved this invoice at Tuesday's meeting and the check was signed off for the December payables run, which goes out this Friday. You should have it early next week.\n\nThanks for your patience,\n\nKaren Whitlock\nTreasurer, Fox Run Homeowners Association",
        facts=Facts(
            promised="2026-12-04",
            note="past-tense 'approved' and 'signed off' describe a check that goes out on Friday 4 Dec",
        ),
    ),
    Reply(
        key="ptp-en-2",
        intent="promise_to_pay",
        lang="en",
        loc="us",
        who=("Ron DeLuca", "rdeluca@pineknollgc.example"),
        when="2026-11-30 10:12 -0600",
        style="gmail",
        inv="GG/40519",
        amt="$6,410.00",
        body="Morning,\n\nThe October one (GG/40388) went out last week, you should see that any day now. This one is on my list for Friday's check run — it just missed the last one because the superintendent hadn't signed the work order yet.\n\nRon DeLuca\nController | Pine Knoll Golf Club\n(555) 010-7734",
        facts=Facts(
            promised="2026-12-04",
            refs=("GG/40388",),
            note="a different invoice was paid; the reminded one is promised for Friday's check run (4 Dec)",
        ),
    ),
    Reply(
        key="ptp-en-3",
        intent="promise_to_pay",
        lang="en",
        who=("Sinéad Mulcahy", "smulcahy@stcolmanscollege.example"),
        when="2026-12-09 20:31 +0000",
        style="outlook_mobile",
        inv="GG/40553",
        amt="€3,120.00",
        subject="RE: {rsub} – out of office till 14th",
        body="Hi, I'm on leave and only seeing this on my phone. I'll pay it first thing when I'm back on Monday 14th – the bank token is in the office.\n\nSinéad\nBursar, St Colman's College",
        facts=Facts(
            promised="2026-12-14",
            note="written by a person (no Auto-Submitted) although the subject says 'out of office'",
        ),
    ),
    Reply(
        key="ptp-de-1",
        intent="promise_to_pay",
        lang="de",
        who=("Kienle, Markus", "m.kienle@oberweiler.example"),
        when="2026-12-03 14:06 +0100",
        style="outlook_html",
        inv="GG/40497",
        amt="4.165,00 €",
        body="Sehr geehrte Damen und Herren,\n\ndie Rechnung GG/40497 (Baumpflege Friedhof und Schulhof) ist sachlich und rechnerisch geprüft und liegt der Kämmerei zur Anordnung vor. Die Auszahlung erfolgt mit dem nächsten Zahllauf in KW 51.\n\nMit freundlichen Grüßen\nIm Auftrag\n\nMarkus Kienle\nGemeinde Oberweiler | Bauamt\nRathausplatz 1 | 77999 Oberweiler\nTelefon 07800 930-214",
        facts=Facts(
            promised="2026-12-14",
            refs=("GG/40497",),
            note="'KW 51' resolved to the Monday of ISO week 51, as 'next week' resolves to its Monday",
        ),
    ),
    Reply(
        key="ptp-de-2",
        intent="promise_to_pay",
        lang="de",
        who=("Helga Sauter", "helga.sauter@familie-sauter.example"),
        when="2026-12-09 18:22 +0100",
        style="samsung",
        inv="GG/40585",
        amt="287,00 €",
        body="Guten Abend, ich überweise den Betrag am 15., vorher ist auf dem Konto leider nichts drauf. Tut mir leid wegen der Verspätung.\nH. Sauter",
        facts=Facts(promised="2026-12-15", note="'am 15.' is the 15th of the message's month"),
    ),
    Reply(
        key="ptp-fr-1",
        intent="promise_to_pay",
        lang="fr",
        who=("Alain Chabert", "a.chabert@residence-du-parc.example"),
        when="2026-11-25 09:15 +0100",
        style="gmail",
        inv="GG/40474",
        amt="1 980,00 €",
        body="Bonjour,\n\nJe suis le syndic bénévole de la copropriété. Le paiement sera fait en fin de mois, dès que les appels de fonds du trimestre seront rentrés. Il n'y a aucun souci sur la facture elle-même.\n\nCordialement,\nAlain Chabert",
        facts=Facts(
            promised="2026-11-30",
            note="'en fin de mois' resolved to the last day of the month; the condition does not remove the date",
        ),
    ),
    Reply(
        key="ptp-fr-2",
        intent="promise_to_pay",
        lang="fr",
        who=("Isabelle Marchand", "direction@golfdelavallee.example"),
        when="2026-12-07 17:40 +0100",
        style="owa",
        inv="GG/40538",
        amt="5 820,00 €",
        body="Bonjour,\n\nNous avons bien pris note. Le règlement partira le jeudi 10 décembre, après la validation du bureau qui se réunit mercredi soir.\n\nBien cordialement,\n\nIsabelle Marchand\nDirectrice\nGolf de la Vallée\n\nAvant d'imprimer ce courriel, pensez à l'environnement.",
        facts=Facts(promised="2026-12-10"),
    ),
    Reply(
        key="ptp-es-1",
        intent="promise_to_pay",
        lang="es",
        who=("Francisco Javier Ortuño", "intervencion@villanuevadelrio.example"),
        when="2026-12-04 13:02 +0100",
        style="outlook",
        charset="iso-8859-1",
        inv="GG/40505",
        amt="3.630,00 €",
        body="Buenos días:\n\nLa factura GG/40505 está conformada por el servicio de Parques y Jardines y reconocida la obligación. Se incluirá en la próxima relación de pagos de Tesorería, prevista para el viernes 11 de diciembre.\n\nUn saludo,\n\nFrancisco Javier Ortuño\nIntervención Municipal\nAyuntamiento de Villanueva del Río\nPlaza de España, 1\n\nAVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. Si no es usted el destinatario indicado, queda notificado de que la utilización, divulgación y/o copia sin autorización está prohibida.",
        facts=Facts(promised="2026-12-11", refs=("GG/40505",)),
    ),
    Reply(
        key="ptp-nl-1",
        intent="promise_to_pay",
        lang="nl",
        who=("Jelle Hoekstra", "jellehoekstra@gmail.com"),
        when="2026-11-25 12:48 +0100",
        style="iphone",
        inv="GG/40568",
        amt="€ 395,00",
        body="Wordt volgende week betaald.",
        facts=Facts(promised="2026-11-30", note="'volgende week' → Monday of next week"),
    ),
    Reply(
        key="ptp-nl-2",
        intent="promise_to_pay",
        lang="nl",
        who=("Marieke Jansen", "administratie@obsdeklimop.example"),
        when="2026-12-14 10:05 +0100",
        style="outlook_html",
        inv="GG/40544",
        amt="€ 1.712,00",
        body="Goedemorgen,\n\nUw factuur is inmiddels goedgekeurd door de directeur en staat klaar voor de betaalrun van donderdag. U kunt het bedrag dus eind van deze week tegemoetzien.\n\nMet vriendelijke groet,\n\nMarieke Jansen\nOfficemanager OBS De Klimop\nStichting Openbaar Onderwijs Westland-Noord\n\nDit bericht is uitsluitend bestemd voor de geadresseerde. Heeft u dit bericht per vergissing ontvangen, verwijder het dan en stel de afzender op de hoogte.",
        facts=Facts(
            promised="2026-12-17",
            note="past-tense 'goedgekeurd' with a future payment run on Thursday 17 Dec",
        ),
    ),
    Reply(
        key="ptp-it-1",
        intent="promise_to_pay",
        lang="it",
        who=("Rag. Paolo Bellini", "studio@amministrazionibellini.example"),
        when="2026-12-02 09:50 +0100",
        style="outlook",
        charset="windows-1252",
        inv="GG/40491",
        amt="€ 1.560,00",
        body='Buongiorno,\n\nin qualità di amministratore del Condominio "Parco dei Tigli" vi informo che provvederemo al saldo della fattura GG/40491 entro il 20 dicembre, non appena incassate le rate condominiali in scadenza.\n\nCordiali saluti\n\nRag. Paolo Bellini\nStudio Amministrazioni Bellini\nVia Garibaldi 21 – 10122 Torino\nTel. 011 555 3490\n\nAi sensi del Regolamento UE 2016/679 (GDPR), le informazioni contenute in questo messaggio sono riservate e ad uso esclusivo del destinatario.',
        facts=Facts(promised="2026-12-20", refs=("GG/40491",)),
    ),
    Reply(
        key="ptp-it-2",
        intent="promise_to_pay",
        lang="it",
        who=("Gianni Sartori", "giannisartori62@gmail.com"),
        when="2026-12-10 13:27 +0100",
        style="iphone",
        inv="GG/40579",
        amt="€ 180,00",
        body="Ok pago lunedi",
        facts=Facts(
            promised="2026-12-14",
            note="missing accent ('lunedi'); the Monday after Thu 10 Dec",
        ),
    ),
]

# --------------------------------------------------------------------------------------------
# dispute
# --------------------------------------------------------------------------------------------

DISPUTE: list[Reply] = [
    Reply(
        key="dsp-en-1",
        intent="dispute",
        lang="en",
        loc="us",
        who=("Walter Briggs", "superintendent@oakhillcemetery.example"),
        when="2026-11-24 08:32 -0500",
        style="outlook_html",
        inv="GG/40488",
        amt="$1,940.00",
        body="Good morning,\n\nWe have NOT paid GG/40488 and we are not going to until someone explains it. The invoice is for leaf removal in Sections C through F during the week of October 19. Nobody from Gardino was on the grounds that week – our own crew did Sections C and D because we had a funeral on the 22nd, and E and F still haven't been touched.\n\nPlease have your operations manager call me.\n\nWalter Briggs\nSuperintendent\nOak Hill Cemetery Association\n(555) 013-4480",
        facts=Facts(
            refs=("GG/40488",), note="negated payment with the reason: the service was not done"
        ),
    ),
    Reply(
        key="dsp-en-2",
        intent="dispute",
        lang="en",
        loc="us",
        who=("Denise Archuleta", "darchuleta@cityofredmesa.example"),
        when="2026-12-01 11:26 -0700",
        style="owa",
        inv="GG/40517",
        amt="$2,200.00",
        body="Hello,\n\nGG/40517 is a duplicate of GG/40466. Both invoices are for the same work order (WO-2231, median mowing on Route 9, 10/05–10/09) and the same amount. We paid GG/40466 on 11/20 under check 118842.\n\nPlease void GG/40517 and send us a zero-balance statement.\n\nDenise Archuleta\nAccounts Payable Technician II\nCity of Red Mesa – Finance Department",
        facts=Facts(
            refs=("GG/40517", "GG/40466"),
            note="duplicate billing; the payment mentioned is of the original invoice, so no paid_date",
        ),
    ),
    Reply(
        key="dsp-en-3",
        intent="dispute",
        lang="en",
        who=("Gordon Ashby", "gordon.ashby@willowbrookcommons.example"),
        when="2026-12-11 23:18 +0000",
        style="apple",
        inv="GG/40556",
        amt="£2,164.00",
        body="Dear Sir or Madam,\n\nI write as one of the three volunteer directors of the Willowbrook Commons residents' company, and I apologise in advance for the length of this, but I think some background is needed because your reminder has caused a certain amount of excitement on our residents' WhatsApp group.\n\nAs you may or may not know, our previous managing agent resigned in the summer and since then the directors have been doing everything themselves, which has been an education. Mrs Pargeter at number 14 has been keeping the books, and very well, but she is away visiting her sister in Perth until the new year, so I have been going through the file this evening with a glass of wine and a good deal of patience.\n\nThe gardens themselves have never looked better, and several residents have asked me to pass that on, especially about the new beds by the bin store. Nobody is complaining about the work.\n\nThe difficulty is the line for \"additional hedge reduction, 12 hrs @ £48\". Our contract with you (schedule 2, which I have in front of me) includes two hedge cuts a year, and the October visit was the second of those. We never asked for anything additional, and nobody on the committee can find an email or a quote for it. So the directors are not willing to pay the £576 for that line, although the rest of the invoice is fine and Mrs Pargeter will pay it as soon as she is back.\n\nCould someone look at this and send a revised invoice?\n\nWith best wishes,\n\nGordon Ashby\nDirector, Willowbrook Commons RMC Ltd\n\nSent from my iPad",
        facts=Facts(
            note="long reply that buries the point: one contested line; paying the rest later is secondary to the dispute",
        ),
    ),
    Reply(
        key="dsp-de-1",
        intent="dispute",
        lang="de",
        who=("Ulrich Hammes", "friedhof@st-margarethen-kirchengemeinde.example"),
        when="2026-11-27 11:55 +0100",
        style="outlook",
        charset="iso-8859-1",
        inv="GG/40459",
        amt="774,69 €",
        body="Sehr geehrte Damen und Herren,\n\nauf der Rechnung GG/40459 sind für die Laubbeseitigung auf dem Alten Friedhof 14 Arbeitsstunden à 46,50 EUR berechnet. Laut den Aufzeichnungen unseres Friedhofswärters war Ihre Kolonne am 21. und 22.10. aber jeweils nur von 8 bis 12:30 Uhr vor Ort, also 9 Stunden.\n\nBitte korrigieren Sie die Rechnung entsprechend. Den Betrag für 9 Stunden überweisen wir dann umgehend.\n\nMit freundlichen Grüßen\n\nUlrich Hammes\nFriedhofsverwaltung\nKath. Kirchengemeinde St. Margarethen",
        facts=Facts(
            refs=("GG/40459",),
            note="quantity dispute; the conditional payment of the undisputed hours is secondary",
        ),
    ),
    Reply(
        key="dsp-de-2",
        intent="dispute",
        lang="de",
        who=("Dirk Wendland", "dirk.wendland@gmail.com"),
        when="2026-12-05 10:14 +0100",
        style="gmail",
        inv="GG/40571",
        amt="412,30 €",
        body="Hallo,\n\nbevor hier irgendwas bezahlt wird: Ihr Mitarbeiter hat beim Mähen Ende Oktober mit dem Aufsitzmäher den Holzzaun zum Nachbarn beschädigt, zwei Felder sind komplett hinüber. Das habe ich Ihrem Vorarbeiter damals auch gezeigt, Fotos habe ich auch.\n\nSolange der Zaun nicht repariert oder ersetzt ist, zahle ich die Rechnung nicht.\n\nGruß\nDirk Wendland",
        facts=Facts(note="'won't pay until the damage is repaired'"),
    ),
    Reply(
        key="dsp-fr-1",
        intent="dispute",
        lang="fr",
        who=("Pascal Guérin", "services.techniques@saintremy-sur-loire.example"),
        when="2026-11-30 14:37 +0100",
        style="outlook_html",
        charset="windows-1252",
        inv="GG/40479",
        amt="3 225,60 €",
        body="Madame, Monsieur,\n\nNous ne pouvons pas mandater la facture GG/40479 en l'état. Le taux horaire appliqué pour l'élagage des platanes (56,00 € HT) ne correspond pas au bordereau de prix unitaires du marché n° 2025-014, qui prévoit 48,00 € HT.\n\nMerci de nous adresser un avoir et une facture rectifiée, après quoi le paiement sera effectué dans le délai réglementaire.\n\nCordialement,\n\nPascal Guérin\nResponsable des espaces verts\nMairie de Saint-Rémy-sur-Loire",
        facts=Facts(
            refs=("GG/40479",), note="price disagrees with the public contract's unit prices"
        ),
    ),
    Reply(
        key="dsp-fr-2",
        intent="dispute",
        lang="fr",
        who=("Élodie Brun", "elodie.brun@closdesvignes.example"),
        when="2026-12-08 19:03 +0100",
        style="apple",
        inv="GG/40471",
        amt="864,00 €",
        body="Bonsoir,\n\nJe ne comprends pas cette relance : vous nous avez envoyé un avoir du même montant le 12 novembre (AV-2611), justement pour annuler la facture GG/40471 qui avait été émise par erreur. De notre côté le compte est donc soldé.\n\nPouvez-vous vérifier et mettre à jour votre comptabilité ?\n\nÉlodie Brun\nPrésidente du conseil syndical",
        facts=Facts(refs=("GG/40471",), note="already credited"),
    ),
    Reply(
        key="dsp-es-1",
        intent="dispute",
        lang="es",
        who=("Raquel Montes", "administracion@colegiosantateresa-valencia.example"),
        when="2026-11-26 10:31 +0100",
        style="outlook",
        charset="windows-1252",
        inv="GG/40503",
        amt="2.904,00 €",
        body="Buenos días:\n\nEsta factura no nos corresponde. El colegio no encargó la poda de los plátanos de la calle: esos árboles son municipales y el trabajo lo contrató el Ayuntamiento, no nosotros. Además, el número de pedido que aparece (P-7781) no existe en nuestro sistema.\n\nLes ruego que anulen la factura o la emitan a nombre de quien corresponda.\n\nUn saludo,\n\nRaquel Montes\nAdministración\nColegio Santa Teresa",
        facts=Facts(note="not our order"),
    ),
    Reply(
        key="dsp-es-2",
        intent="dispute",
        lang="es",
        who=("Andrés Peña", "andrespena.mail@gmail.com"),
        when="2026-12-03 22:46 +0100",
        style="samsung",
        cte="b64",
        inv="GG/40560",
        amt="240,00 €",
        body="Esto es una tomadura de pelo. Me cobran el mantenimiento del jardín de noviembre y no vinieron NI UN SOLO DÍA, primero por la lluvia y luego porque 'no había personal'. Llamé dos veces a la oficina y nadie me devolvió la llamada. No pienso pagar un servicio que no se ha hecho.\n\nAndrés Peña",
        facts=Facts(note="irritated; the service was not performed"),
    ),
    Reply(
        key="dsp-nl-1",
        intent="dispute",
        lang="nl",
        rlang="en",
        who=("Bart Verhoef", "financien@golfclubdehoogeheide.example"),
        when="2026-12-15 15:22 +0100",
        style="gmail",
        inv="GG/40523",
        amt="€2,480.50",
        body="Hallo,\n\nFactuur GG/40490 hebben we vorige week betaald, maar GG/40523 klopt niet. Daar staat het snoeien van de hagen langs de driving range op als meerwerk, terwijl dat gewoon in het onderhoudscontract zit (artikel 4.2). Die regel van € 1.120 betalen we dus niet.\n\nKunnen jullie een creditnota sturen voor dat deel?\n\nGroet,\nBart Verhoef\nPenningmeester Golfclub De Hooge Heide",
        facts=Facts(
            refs=("GG/40490", "GG/40523"),
            note="one invoice paid and the reminded one contested: dispute wins; Dutch reply to an English reminder",
        ),
    ),
    Reply(
        key="dsp-it-1",
        intent="dispute",
        lang="it",
        who=("Marco Villa", "segreteria@golflequerce.example"),
        when="2026-11-23 16:10 +0100",
        style="outlook_html",
        inv="GG/40486",
        amt="€ 5.917,20",
        body="Buongiorno,\n\nla fattura GG/40486 non corrisponde al preventivo n. 77/2026 che avevamo accettato per l'arieggiatura e la trasemina dei green: il preventivo era a corpo, 3.800 euro più IVA, mentre in fattura sono state conteggiate 52 ore di manodopera più il materiale a parte.\n\nVi chiediamo di riemettere la fattura secondo il preventivo. Fino ad allora la fattura resta sospesa.\n\nCordiali saluti\n\nMarco Villa\nDirettore\nGolf Club Le Querce ASD",
        facts=Facts(refs=("GG/40486",), note="price disagrees with the accepted fixed-price quote"),
    ),
    Reply(
        key="dsp-it-2",
        intent="dispute",
        lang="it",
        who=("Silvia Corradini", "s.corradini@comune.castelvetro.example"),
        when="2026-12-16 12:44 +0100",
        style="gmail_plain",
        charset="iso-8859-1",
        cte="8bit",
        inv="GG/40547",
        amt="€ 1.098,00",
        body="Buongiorno,\n\nle 300 piantine di ciclamino fornite per le aiuole di piazza Roma sono arrivate in gran parte secche: al sopralluogo del 24 novembre ne abbiamo contate almeno 140 da buttare, come risulta dal verbale che vi abbiamo mandato il giorno stesso.\n\nNon possiamo liquidare la fattura finché non ci sostituite le piante o non emettete nota di credito per la parte non conforme.\n\nDistinti saluti\n\nGeom. Silvia Corradini\nUfficio Tecnico - Servizio Verde Pubblico\nComune di Castelvetro",
        facts=Facts(note="damaged goods; payment withheld until replaced or credited"),
    ),
]

# --------------------------------------------------------------------------------------------
# payment_plan
# --------------------------------------------------------------------------------------------

PAYMENT_PLAN: list[Reply] = [
    Reply(
        key="pp-en-1",
        intent="payment_plan",
        lang="en",
        loc="us",
        who=("Barbara Kowalski", "bkowalski1948@gmail.com"),
        when="2026-11-24 14:02 -0600",
        style="gmail_plain",
        inv="GG/40514",
        amt="$1,480.00",
        body="Hello,\n\nMy husband Stan passed away in October and I am only now getting through his paperwork. He always took care of the yard bills. I want to pay what we owe but I can't do it all at once right now with the funeral costs. Would it be all right if I sent $200 a month until it's paid off? I can start on the 1st.\n\nThank you for understanding,\nBarbara Kowalski",
        facts=Facts(note="hardship and monthly instalments; the plan's start date is not labelled"),
    ),
    Reply(
        key="pp-en-2",
        intent="payment_plan",
        lang="en",
        who=("Fiona Gallagher", "accounts@lisheenhillsgolf.example"),
        when="2026-12-07 12:15 +0000",
        style="outlook_html",
        inv="GG/40530",
        amt="€7,380.00",
        body="Hi,\n\nWinter is always tight for us until the subscriptions come in at the end of January. Would Gardino agree to us clearing GG/40530 in three equal payments of €2,460 – December, January and February?\n\nIf that suits, I'll set up the first transfer as soon as you confirm.\n\nKind regards,\nFiona Gallagher\nAccounts Office\nLisheen Hills Golf Club\n\nThis email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this email in error please notify the sender. Lisheen Hills Golf Club CLG, registered in Ireland, no. 000000.",
        facts=Facts(
            refs=("GG/40530",), note="three instalments proposed; the first transfer is conditional"
        ),
    ),
    Reply(
        key="pp-en-3",
        intent="payment_plan",
        lang="en",
        who=("Helen Rudd", "clerk@ashcombe-pc.example"),
        when="2026-12-16 09:48 +0000",
        style="thunderbird",
        inv="GG/40551",
        amt="£3,460.00",
        body="Good morning,\n\nIs there any chance you could hold off on this one until after 15 January? The council's cemetery maintenance budget is fully committed for this quarter and the next grant instalment from the district council only arrives in mid-January. Councillors meet on 12 January and I would expect them to approve payment then.\n\nI'd be grateful if you could let me know whether that's acceptable.\n\nHelen Rudd\nClerk & RFO\nAshcombe Parish Council",
        facts=Facts(
            note="asks for more time and commits to nothing: payment_plan, not promise_to_pay"
        ),
    ),
    Reply(
        key="pp-fr-1",
        intent="payment_plan",
        lang="fr",
        who=("Sandrine Lopes", "sandrine.lopes@free-maison.example"),
        when="2026-12-01 20:51 +0100",
        style="iphone",
        inv="GG/40565",
        amt="960,00 €",
        body="Bonsoir,\n\nJe suis désolée pour ce retard. Mon mari est au chômage partiel depuis septembre et nous avons du mal à boucler les fins de mois. Serait-il possible de régler la facture en 4 fois, 240 € par mois à partir de janvier ?\n\nMerci d'avance pour votre compréhension.\n\nSandrine Lopes",
        facts=Facts(note="hardship and four instalments"),
    ),
    Reply(
        key="pp-de-1",
        intent="payment_plan",
        lang="de",
        who=("Werner Kiefer", "w.kiefer@kiefer-privat.example"),
        when="2026-11-28 11:07 +0100",
        style="thunderbird",
        charset="iso-8859-1",
        inv="GG/40563",
        amt="1.310,00 €",
        body="Sehr geehrte Damen und Herren,\n\nich bin Rentner und habe in diesem Jahr schon die neue Heizung bezahlen müssen. Die Rechnung für das Fällen der beiden Fichten kann ich leider nicht auf einmal begleichen.\n\nWären Sie mit Raten von 200 EUR im Monat einverstanden? Die erste Rate könnte ich noch im Dezember überweisen.\n\nMit freundlichen Grüßen\nWerner Kiefer",
        facts=Facts(note="monthly instalments requested"),
    ),
    Reply(
        key="pp-de-2",
        intent="payment_plan",
        lang="de",
        who=("Katrin Seidl", "k.seidl@seidl-verwaltung.example"),
        when="2026-12-10 16:20 +0100",
        style="owa",
        inv="GG/40536",
        amt="6.842,00 €",
        body="Sehr geehrte Damen und Herren,\n\nfür die WEG Am Mühlbach 3–7 bitten wir um Stundung der Rechnung GG/40536 bis zum 31.01.2027. Die Kosten für die Neugestaltung der Außenanlage sind aus der Rücklage nicht gedeckt; über die Sonderumlage entscheidet die Eigentümerversammlung am 14. Januar.\n\nFür Ihr Entgegenkommen bedanken wir uns im Voraus.\n\nMit freundlichen Grüßen\n\nKatrin Seidl\nImmobilienverwaltung Seidl\nWEG- und Mietverwaltung",
        facts=Facts(
            refs=("GG/40536",),
            note="deferral request (Stundung) to a named date: payment_plan; the requested date is not a promise",
        ),
    ),
    Reply(
        key="pp-es-1",
        intent="payment_plan",
        lang="es",
        rlang="en",
        who=("Jorge Ibarra", "gerencia@golfsierraalta.example"),
        when="2026-12-09 13:36 +0100",
        style="outlook",
        charset="windows-1252",
        inv="GG/40541",
        amt="€8,470.00",
        body="Buenas tardes:\n\nLes escribo con total franqueza: la temporada ha sido muy mala (el campo estuvo cerrado casi un mes por las obras del riego) y ahora mismo el club no puede asumir la factura completa.\n\n¿Aceptarían 6.000 € como pago total y definitivo? Podríamos transferirlos antes de Navidad. Valoramos mucho el trabajo de su equipo y queremos seguir con ustedes la próxima temporada.\n\nUn saludo cordial,\n\nJorge Ibarra\nGerente\nClub de Golf Sierra Alta",
        facts=Facts(
            note="offer of a reduced amount in full settlement, the work itself is not contested; Spanish reply to an English reminder",
        ),
    ),
    Reply(
        key="pp-es-2",
        intent="payment_plan",
        lang="es",
        who=("Luis Carrasco", "cp.miramar.torrevieja@gmail.com"),
        when="2026-11-23 18:05 +0100",
        style="gmail",
        inv="GG/40494",
        amt="2.178,00 €",
        body="Buenas tardes:\n\nSoy el presidente de la comunidad. Varios vecinos todavía no han pagado la derrama del jardín y no tenemos fondos para abonar la factura entera. ¿Sería posible pagarla en tres plazos, en diciembre, enero y febrero?\n\nGracias y un saludo,\nLuis Carrasco\nPresidente C. P. Edificio Miramar",
        facts=Facts(note="three instalments requested"),
    ),
    Reply(
        key="pp-nl-1",
        intent="payment_plan",
        lang="nl",
        who=("Sanne de Wit", "sannedewit@kpn-thuis.example"),
        when="2026-12-12 10:33 +0100",
        style="iphone",
        inv="GG/40575",
        amt="€ 865,00",
        body="Hoi,\n\nIk maak vandaag € 300 over en de rest in januari, als dat goed is? December is een dure maand hier met drie kinderen 😅\n\nGroetjes,\nSanne de Wit",
        facts=Facts(note="part paid now, the rest in January: payment_plan, not payment_sent"),
    ),
    Reply(
        key="pp-nl-2",
        intent="payment_plan",
        lang="nl",
        who=("W. van der Linden", "secretariaat@begraafplaats-teraa.example"),
        when="2026-11-30 15:12 +0100",
        style="outlook",
        charset="iso-8859-1",
        inv="GG/40482",
        amt="€ 4.920,00",
        body="Geachte heer/mevrouw,\n\nOnze stichting draait volledig op vrijwilligers en de inkomsten uit grafrechten komen pas in het voorjaar binnen. Wij willen u daarom vragen of wij de factuur in zes maandelijkse termijnen mogen voldoen, te beginnen in december.\n\nGraag vernemen wij of u hiermee akkoord gaat.\n\nMet vriendelijke groet,\n\nW. van der Linden\nsecretaris-penningmeester\nStichting Algemene Begraafplaats Ter Aa",
        facts=Facts(note="six monthly instalments requested"),
    ),
    Reply(
        key="pp-it-1",
        intent="payment_plan",
        lang="it",
        who=("Franco Pellegrini", "franco.pellegrini@libero-casa.example"),
        when="2026-12-04 10:19 +0100",
        style="gmail_plain",
        inv="GG/40583",
        amt="€ 620,00",
        body="Buongiorno,\n\nsono pensionato e questo mese ho avuto spese mediche impreviste. Posso pagare la fattura in due volte? Metà a metà dicembre, quando arriva la tredicesima, e metà a fine gennaio.\n\nMi scuso per il ritardo.\nFranco Pellegrini",
        facts=Facts(note="two instalments; the instalment dates are not labelled"),
    ),
    Reply(
        key="pp-it-2",
        intent="payment_plan",
        lang="it",
        who=("Enrico Sala", "amministrazione@golfcollinedelpo.example"),
        when="2026-12-17 11:41 +0100",
        style="owa",
        inv="GG/40548",
        amt="€ 3.904,00",
        body="Gentili signori,\n\ncon la presente chiediamo una dilazione di 60 giorni per il pagamento della fattura GG/40548. Il club sta completando il rinnovo del fido bancario e fino ad allora la liquidità è limitata.\n\nRestiamo in attesa di un vostro riscontro.\n\nDistinti saluti\n\nDott. Enrico Sala\nResponsabile amministrativo\nGolf Club Colline del Po",
        facts=Facts(refs=("GG/40548",), note="60 days' extension requested"),
    ),
]

# --------------------------------------------------------------------------------------------
# invoice_request
# --------------------------------------------------------------------------------------------

INVOICE_REQUEST: list[Reply] = [
    Reply(
        key="ir-en-1",
        intent="invoice_request",
        lang="en",
        loc="us",
        who=("Tamika Reynolds", "treynolds@harlanisd.example"),
        when="2026-11-23 13:40 -0600",
        style="outlook_html",
        inv="GG/40509",
        amt="$5,260.00",
        body="Good afternoon,\n\nWe can't release payment on this invoice yet because we don't have a current W-9 for Gardino Grounds on file. Our vendor master still shows the old address in Denton. Please send a signed W-9 (Rev. March 2024) and we'll process the invoice in the next run once it's entered.\n\nThank you,\n\nTamika Reynolds\nAccounts Payable\nHarlan Independent School District\n\nCONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential information protected by the Family Educational Rights and Privacy Act (FERPA). Any unauthorized review, use, disclosure or distribution is prohibited.",
        facts=Facts(
            note="a tax form is needed before payment; 'next run once it's entered' has no date"
        ),
    ),
    Reply(
        key="ir-en-2",
        intent="invoice_request",
        lang="en",
        who=("Phil Okonkwo", "phil@okonkwo-family.example"),
        when="2026-12-14 07:55 +0000",
        style="gmail",
        inv="GG/40587",
        amt="£310.00",
        body="Morning,\n\nI've never actually received an invoice for this – this reminder is the first I've heard of it. Could you send me a copy, ideally with the date of the visit on it? Happy to pay once I've seen it.\n\nCheers,\nPhil",
        facts=Facts(
            note="never received the invoice; paying once it arrives is conditional and undated"
        ),
    ),
    Reply(
        key="ir-en-3",
        intent="invoice_request",
        lang="en",
        who=("Angela Marsh", "bursary@fernhillschool.example"),
        when="2026-12-03 10:27 +0000",
        style="inline",
        inv="GG/40521",
        amt="£2,736.00",
        body="[[Q1]]\n>\n[[Q2]]\n\nIt has not been paid because there is no purchase order number on it, and our finance system will not accept an invoice without one. The PO for the autumn grounds work is 4500018837. Please reissue GG/40521 quoting it and send it to this address.\n\n[[Q3]]\n\nThere is nothing wrong with the invoice otherwise; once the corrected copy arrives it will go into the next payment run.\n\nAngela Marsh\nBursar, Fernhill School",
        facts=Facts(
            refs=("GG/40521",),
            note="answers written between the quoted lines; reissue with a PO number, amount not contested",
        ),
    ),
    Reply(
        key="ir-de-1",
        intent="invoice_request",
        lang="de",
        who=("Oettl, Sabine", "s.oettl@neuhaus-inn.example"),
        when="2026-11-25 09:18 +0100",
        style="outlook_html",
        inv="GG/40501",
        amt="3.987,20 €",
        body="Sehr geehrte Damen und Herren,\n\nIhre Rechnung GG/40501 ist bei uns nur als PDF per E-Mail eingegangen. Als öffentlicher Auftraggeber dürfen wir seit 2025 ausschließlich elektronische Rechnungen im Format XRechnung annehmen. Bitte reichen Sie die Rechnung über das Rechnungseingangsportal ein und geben Sie dabei unsere Leitweg-ID 09275128-0001-42 sowie die Bestellnummer BA-2026-0871 an.\n\nSobald die XRechnung vorliegt, wird sie umgehend bearbeitet.\n\nMit freundlichen Grüßen\nim Auftrag\n\nSabine Oettl\nStadtkämmerei – Rechnungseingang\nStadt Neuhaus am Inn",
        facts=Facts(refs=("GG/40501",), note="e-invoice (XRechnung) required before payment"),
    ),
    Reply(
        key="ir-fr-1",
        intent="invoice_request",
        lang="fr",
        who=("Corinne Dupuis", "comptabilite@villers-le-sec.example"),
        when="2026-12-02 11:34 +0100",
        style="owa",
        inv="GG/40510",
        amt="2 640,00 €",
        body="Bonjour,\n\nLa commune ne peut pas traiter les factures reçues par courriel. Conformément à la réglementation, merci de déposer votre facture sur Chorus Pro (SIRET de la commune : 210 000 000 00014, code service : COMPTA) en indiquant le numéro d'engagement 2026-0342.\n\nDès réception sur la plateforme, elle sera mise en paiement.\n\nCordialement,\n\nCorinne Dupuis\nSecrétariat de mairie – Comptabilité\nMairie de Villers-le-Sec",
        facts=Facts(note="invoice must be filed on the public e-invoicing portal first"),
    ),
    Reply(
        key="ir-fr-2",
        intent="invoice_request",
        lang="fr",
        who=("Thierry Lemaire", "t.lemaire@gestion-lemaire-syndic.example"),
        when="2026-12-11 16:02 +0100",
        style="outlook",
        charset="iso-8859-1",
        inv="GG/40542",
        amt="1 728,00 €",
        body="Bonjour,\n\nAvant de pouvoir régler, j'ai besoin de deux documents pour le conseil syndical de la résidence Les Acacias : le devis signé correspondant aux travaux de taille facturés et un relevé de compte à jour, car nos chiffres ne concordent pas tout à fait avec les vôtres sur les factures de l'été.\n\nMerci de me les faire parvenir par retour de mail.\n\nCordialement,\n\nThierry Lemaire\nGestionnaire de copropriétés\nCabinet Lemaire Syndic",
        facts=Facts(
            note="signed quote and statement needed before paying; the remark about the summer figures does not contest this invoice",
        ),
    ),
    Reply(
        key="ir-es-1",
        intent="invoice_request",
        lang="es",
        who=("María José Cano", "tesoreria@alcaladelvalle.example"),
        when="2026-11-27 09:02 +0100",
        style="html_only",
        charset="windows-1252",
        inv="GG/40489",
        amt="4.114,00 €",
        body="Buenos días:\n\nLes informamos de que las facturas dirigidas al Ayuntamiento deben presentarse obligatoriamente en formato electrónico a través del punto general de entrada FACe, con los códigos DIR3 siguientes:\n\nOficina contable: L01119990\nÓrgano gestor: L01119990\nUnidad tramitadora: GE0001234\n\nLa factura GG/40489 se recibió únicamente por correo electrónico y no puede tramitarse hasta que se registre en FACe.\n\nAtentamente,\n\nMaría José Cano\nTesorería Municipal",
        facts=Facts(
            refs=("GG/40489",), note="invoice must be filed on the public e-invoicing portal first"
        ),
    ),
    Reply(
        key="ir-es-2",
        intent="invoice_request",
        lang="es",
        who=("Rafa Ortega", "rafaortega.casa@gmail.com"),
        when="2026-12-15 19:47 +0100",
        style="iphone",
        inv="GG/40589",
        amt="195,00 €",
        body="Hola, no me ha llegado ninguna factura, solo este aviso. Me la podéis mandar? Y pasadme el número de cuenta para hacer la transferencia, que no lo tengo.\nGracias",
        facts=Facts(note="invoice copy and bank details; phone typing without the opening '¿'"),
    ),
    Reply(
        key="ir-nl-1",
        intent="invoice_request",
        lang="nl",
        who=("Ria Bosman", "kascommissie@vve-parkzicht.example"),
        when="2026-12-07 20:15 +0100",
        style="gmail",
        inv="GG/40527",
        amt="€ 1.394,50",
        body="Goedenavond,\n\nVoordat ik deze factuur kan laten betalen, heb ik de werkbonnen met de gewerkte uren nodig. Onze kascommissie wil bij elke rekening boven de € 1.000 een specificatie zien, dat is bij de ALV zo afgesproken.\n\nAlvast bedankt,\nRia Bosman\nVvE Parkzicht",
        facts=Facts(note="work orders needed before paying; the hours are not contested"),
    ),
    Reply(
        key="ir-nl-2",
        intent="invoice_request",
        lang="nl",
        who=("Kees Vermeulen", "crediteuren@lindendaal.example"),
        when="2026-12-17 11:09 +0100",
        style="outlook_html",
        inv="GG/40552",
        amt="€ 6.210,00",
        body="Geachte heer/mevrouw,\n\nHet IBAN op factuur GG/40552 wijkt af van het rekeningnummer dat bij ons in de crediteurenadministratie staat. Uit voorzorg tegen factuurfraude betalen wij pas nadat u de wijziging heeft bevestigd met een bankverklaring of een kopie van een recent bankafschrift op briefpapier van uw bank.\n\nWilt u die aan dit adres sturen?\n\nMet vriendelijke groet,\n\nKees Vermeulen\nCrediteurenadministratie\nGemeente Lindendaal",
        facts=Facts(refs=("GG/40552",), note="bank-detail confirmation needed before paying"),
    ),
    Reply(
        key="ir-it-1",
        intent="invoice_request",
        lang="it",
        who=("Andrea Moretti", "ragioneria@comune.sanvitoalcolle.example"),
        when="2026-11-24 12:16 +0100",
        style="outlook",
        charset="windows-1252",
        inv="GG/40499",
        amt="€ 3.172,00",
        body="Buongiorno,\n\nla fattura GG/40499 non può essere pagata perché non ci è mai pervenuta tramite il Sistema di Interscambio: quella che ci avete mandato per e-mail è solo una copia di cortesia. Vi chiediamo di trasmetterla via SdI al codice univoco ufficio UF7K2Q, indicando il CIG B2C4D6E8F0 e il numero di determina 214/2026.\n\nCordiali saluti\n\nDott. Andrea Moretti\nResponsabile Servizio Finanziario\nComune di San Vito al Colle",
        facts=Facts(
            refs=("GG/40499",), note="e-invoice through SdI with the CIG required before payment"
        ),
    ),
    Reply(
        key="ir-it-2",
        intent="invoice_request",
        lang="it",
        who=("Lucia Bassi", "lucia.bassi75@gmail.com"),
        when="2026-12-12 09:30 +0100",
        style="samsung",
        inv="GG/40586",
        amt="€ 275,00",
        body="Buongiorno, la fattura non l'ho mai ricevuta, mi è arrivato solo questo sollecito. Me la potete rimandare? Appena ce l'ho la pago subito.\nGrazie\nLucia Bassi",
        facts=Facts(
            note="never received the invoice; 'I'll pay as soon as I have it' is conditional and undated"
        ),
    ),
]

# --------------------------------------------------------------------------------------------
# wrong_contact
# --------------------------------------------------------------------------------------------

WRONG_CONTACT: list[Reply] = [
    Reply(
        key="wc-en-1",
        intent="wrong_contact",
        lang="en",
        loc="us",
        who=("Parks & Recreation Department", "parks-info@cityofbrayton.example"),
        when="2026-11-23 08:22 -0500",
        style="notice",
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        inv="GG/40470",
        body="This mailbox is no longer monitored.\n\nThe City of Brayton Parks & Recreation Department has moved to a new billing process. Vendor invoices, statements and payment inquiries should now be sent to ParksAP@CityOfBrayton.example.\n\nFor park reservations, please visit the City website.",
        facts=Facts(
            contact="parksap@cityofbrayton.example",
            note="automatic 'mailbox no longer monitored' notice naming a new address: wrong_contact; the mixed-case address is labelled in lower case",
        ),
    ),
    Reply(
        key="wc-en-2",
        intent="wrong_contact",
        lang="en",
        loc="us",
        who=("Glenn Hartley", "ghartley@hartleyhome.example"),
        when="2026-12-08 18:40 -0500",
        style="gmail",
        cc="Linda Okafor <Treasurer@MapleCrestHOA.example>",
        inv="GG/40543",
        amt="$1,126.00",
        body="Hi,\n\nI stepped down as treasurer of the Maple Crest HOA at the end of September, so I can't do anything with this. The new treasurer is Linda Okafor – I've copied her here. Her address is Treasurer@MapleCrestHOA.example.\n\nPlease update your records.\n\nGlenn",
        facts=Facts(
            contact="treasurer@maplecresthoa.example",
            note="former treasurer names the new one, also copied in Cc",
        ),
    ),
    Reply(
        key="wc-en-3",
        intent="wrong_contact",
        lang="en",
        who=("Accounts St Brendan's", "stbrendans.accounts@gmail.com"),
        when="2026-12-04 03:12 +0000",
        style="gmail_plain",
        quote_to="St Brendan's Parish Office <office@stbrendans-parish.example>",
        inv="GG/40532",
        amt="£1,780.00",
        body="Dear Sir/Madam\n\nPlease be advised that due to ongoing problems with our email server all invoices, statements and reminders for St Brendan's Church must be sent to this address stbrendans.accounts@gmail.com with immediate effect. Do not use the previous address as it is no longer secure.\n\nKindly confirm once your records have been updated and send a copy of all open invoices to this address.\n\nRegards\nAccounts Department\nSt Brendan's Church",
        facts=Facts(
            contact="stbrendans.accounts@gmail.com",
            note="phishing-like request to redirect mail to a free-mail address; labelled by what it asks, the collector must verify it by phone before changing anything",
        ),
    ),
    Reply(
        key="wc-de-1",
        intent="wrong_contact",
        lang="de",
        who=("Monika Reiser", "friedhofsamt@bad-lauterbach.example"),
        when="2026-11-26 13:51 +0100",
        style="outlook",
        charset="iso-8859-1",
        cte="8bit",
        inv="GG/40472",
        amt="2.015,00 €",
        body="Guten Tag,\n\nfür Zahlungen ist das Friedhofsamt nicht zuständig, wir zeichnen die Rechnungen nur sachlich ab. Bitte richten Sie Zahlungserinnerungen künftig direkt an die Stadtkasse: stadtkasse@bad-lauterbach.example.\n\nIhre Erinnerung habe ich dorthin weitergeleitet.\n\nFreundliche Grüße\nMonika Reiser\nFriedhofsamt Bad Lauterbach",
        facts=Facts(contact="stadtkasse@bad-lauterbach.example"),
    ),
    Reply(
        key="wc-de-2",
        intent="wrong_contact",
        lang="de",
        who=("Jürgen Haas", "j.haas@haas-immobilien.example"),
        when="2026-12-14 08:47 +0100",
        style="gmail",
        inv="GG/40546",
        amt="1.487,50 €",
        body="Guten Morgen,\n\nwir verwalten die WEG Sonnenhang 4 seit dem 01.10.2026 nicht mehr. Die Verwaltung hat die Kessler Immobilien GmbH übernommen, zuständig ist dort Herr Brandt (verwaltung@kessler-immobilien.example). Bitte wenden Sie sich mit Ihrer Forderung an ihn.\n\nMit freundlichen Grüßen\nJürgen Haas\nHaas Immobilien",
        facts=Facts(
            contact="verwaltung@kessler-immobilien.example",
            note="former property manager names the new one",
        ),
    ),
    Reply(
        key="wc-fr-1",
        intent="wrong_contact",
        lang="fr",
        who=("Véronique Caillaud", "v.caillaud@lycee-jean-rostand.example"),
        when="2026-12-03 17:26 +0100",
        style="apple",
        inv="GG/40515",
        amt="1 356,00 €",
        body="Bonjour,\n\nJe ne suis plus gestionnaire du lycée Jean-Rostand depuis la rentrée de septembre, j'ai été mutée dans un autre établissement. Merci d'adresser vos relances au service de gestion : gestion@lycee-jean-rostand.example.\n\nBonne continuation,\nVéronique Caillaud",
        facts=Facts(contact="gestion@lycee-jean-rostand.example"),
    ),
    Reply(
        key="wc-fr-2",
        intent="wrong_contact",
        lang="fr",
        who=("Gilles Garnier", "gilles.garnier@orange-perso.example"),
        when="2026-11-24 21:05 +0100",
        style="gmail_plain",
        inv="GG/40557",
        amt="420,00 €",
        body="Bonsoir,\n\nVous faites erreur : je n'ai jamais fait appel à votre entreprise et je n'ai même pas de jardin, j'habite en appartement. Il doit s'agir d'un homonyme ou d'une erreur dans l'adresse mail.\n\nG. Garnier",
        facts=Facts(
            note="wrong person altogether, no new address; 'never hired you' comes from a non-customer, so not a dispute"
        ),
    ),
    Reply(
        key="wc-es-1",
        intent="wrong_contact",
        lang="es",
        who=("Secretaría Colegio San Jorge", "secretaria@colegiosanjorge.example"),
        when="2026-12-10 10:58 +0100",
        style="outlook_html",
        charset="windows-1252",
        inv="GG/40537",
        amt="1.089,00 €",
        body="Buenos días:\n\nEste correo es el de secretaría del colegio; nosotros no llevamos los pagos a proveedores. Las facturas y los recordatorios tienen que enviarlos a administración: administracion@colegiosanjorge.example (a la atención de Pilar Gómez).\n\nUn saludo,\nSecretaría\nColegio San Jorge",
        facts=Facts(contact="administracion@colegiosanjorge.example"),
    ),
    Reply(
        key="wc-es-2",
        intent="wrong_contact",
        lang="es",
        who=("Club de Golf Los Pinares", "info@golflospinares.example"),
        when="2026-12-16 08:31 +0100",
        style="notice",
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_REPLIED,),
        inv="GG/40525",
        body="Esta dirección de correo ya no está operativa y los mensajes que recibe no se leen.\n\nPara reservas de green fee escriba a reservas@golflospinares.example. Para facturas, pagos y cualquier asunto de proveedores, diríjase a proveedores@golflospinares.example.\n\nGracias.\nClub de Golf Los Pinares",
        facts=Facts(
            contact="proveedores@golflospinares.example",
            note="automatic 'address no longer in use' notice; of the two addresses, the one for suppliers' invoices is the new contact",
        ),
    ),
    Reply(
        key="wc-nl-1",
        intent="wrong_contact",
        lang="nl",
        who=("Ton Verbeek", "ton.verbeek@hetnet-mail.example"),
        when="2026-12-01 19:22 +0100",
        style="thunderbird",
        inv="GG/40524",
        amt="€ 987,00",
        body="Goedenavond,\n\nSinds de ledenvergadering van oktober ben ik geen penningmeester meer van VvE De Loods. Mijn opvolger is Rob de Groot, bereikbaar via penningmeester.vvedeloods@gmail.com. Wilt u de herinnering aan hem sturen?\n\nMet vriendelijke groet,\nTon Verbeek",
        facts=Facts(contact="penningmeester.vvedeloods@gmail.com"),
    ),
    Reply(
        key="wc-nl-2",
        intent="wrong_contact",
        lang="nl",
        who=("Sander Kok", "groen@gemeente-hesselo.example"),
        when="2026-11-30 11:44 +0100",
        style="owa",
        inv="GG/40495",
        amt="€ 3.302,40",
        body="Goedemorgen,\n\nDe afdeling Openbaar Groen kan niets met betalingsherinneringen. Alle facturen en herinneringen moeten naar facturen@gemeente-hesselo.example, dan komen ze bij de crediteurenadministratie terecht.\n\nGroet,\nSander Kok\nTeamleider Openbaar Groen\nGemeente Hesselo",
        facts=Facts(contact="facturen@gemeente-hesselo.example"),
    ),
    Reply(
        key="wc-it-1",
        intent="wrong_contact",
        lang="it",
        who=("Carla Rinaldi", "studio@rinaldiamministrazioni.example"),
        when="2026-12-15 12:05 +0100",
        style="outlook_html",
        charset="windows-1252",
        inv="GG/40550",
        amt="€ 1.830,00",
        body="Buongiorno,\n\nvi informiamo che dal 1° novembre il nostro studio non è più amministratore del Condominio Via dei Tigli 14. Il nuovo amministratore è lo Studio Ferraris; potete scrivere a condomini@studioferraris.example.\n\nVi preghiamo di aggiornare i vostri archivi.\n\nCordiali saluti\n\nCarla Rinaldi\nStudio Rinaldi Amministrazioni",
        facts=Facts(
            contact="condomini@studioferraris.example",
            note="former condominium administrator names the new one",
        ),
    ),
]

# --------------------------------------------------------------------------------------------
# unsubscribe
# --------------------------------------------------------------------------------------------

UNSUBSCRIBE: list[Reply] = [
    Reply(
        key="us-en-1",
        intent="unsubscribe",
        lang="en",
        rlang="es",
        who=("Kyle Mercer", "k.mercer77@gmail.com"),
        when="2026-11-25 23:02 +0100",
        style="gmail_plain",
        inv="GG/40529",
        amt="145,00 €",
        body="unsubscribe",
        facts=Facts(note="one word; English reply to a Spanish reminder (an expatriate homeowner)"),
    ),
    Reply(
        key="us-en-2",
        intent="unsubscribe",
        lang="en",
        loc="us",
        who=("Patricia Vance", "board@crestviewterrace-hoa.example"),
        when="2026-12-04 15:30 -0800",
        style="outlook",
        inv="GG/40518",
        amt="$9,850.00",
        body="To whom it may concern,\n\nThe Crestview Terrace Homeowners Association has retained counsel regarding the landscaping contract and the invoices issued under it. Please direct all further communication on this matter to our attorney, Michael Reyes of Reyes & Albright LLP, 1400 Harbor Boulevard, Suite 310, and do not contact the board or the management office directly.\n\nPatricia Vance\nPresident, Board of Directors\nCrestview Terrace HOA",
        facts=Facts(note="'talk to our attorney', with a postal address only → unsubscribe"),
    ),
    Reply(
        key="us-en-3",
        intent="unsubscribe",
        lang="en",
        who=("Arthur Pennington", "arthur.pennington@btclassic-mail.example"),
        when="2026-12-17 10:20 +0000",
        style="outlook",
        charset="iso-8859-1",
        inv="GG/40558",
        amt="£520.00",
        body="Dear Sirs,\n\nI would ask you please not to send me e-mails. My grandson set this address up for me and I only look at it once in a blue moon. I have always dealt with Gardino by letter and would like to carry on doing so. Please write to me at 3 Orchard Close, Little Haddon, as before.\n\nYours faithfully,\n\nA. Pennington (Mr)",
        facts=Facts(note="post only → unsubscribe"),
    ),
    Reply(
        key="us-de-1",
        intent="unsubscribe",
        lang="de",
        who=("Sabine Krämer", "sabine.kraemer@web-post.example"),
        when="2026-12-02 07:58 +0100",
        style="iphone",
        inv="GG/40522",
        amt="3.120,00 €",
        body="Bitte nehmen Sie meine Adresse aus Ihrem Verteiler. Ich bin seit dem Sommer nicht mehr im Verwaltungsbeirat der WEG und möchte diese Mails nicht mehr bekommen.\n\nS. Krämer",
        facts=Facts(
            note="remove-me plus 'no longer on the board' without a new address: unsubscribe beats wrong_contact"
        ),
    ),
    Reply(
        key="us-de-2",
        intent="unsubscribe",
        lang="de",
        who=("Kanzlei Dr. Lorenz & Partner", "sekretariat@kanzlei-lorenz.example"),
        when="2026-12-11 14:14 +0100",
        style="html_only",
        charset="windows-1252",
        quote_to="Golfclub Eichenhain e. V. <kasse@golfclub-eichenhain.example>",
        inv="GG/40531",
        amt="7.460,00 €",
        body="Sehr geehrte Damen und Herren,\n\nwir zeigen an, dass wir den Golfclub Eichenhain e. V. in der Auseinandersetzung um den Pflegevertrag 2026 anwaltlich vertreten. Eine auf uns lautende Vollmacht wird anwaltlich versichert.\n\nWir fordern Sie auf, von weiteren Zahlungsaufforderungen unmittelbar an unseren Mandanten abzusehen. Korrespondenz in dieser Sache richten Sie bitte ausschließlich an die Unterzeichner.\n\nMit freundlichen Grüßen\n\nDr. Felix Lorenz\nRechtsanwalt\n\nKanzlei Dr. Lorenz & Partner mbB\nLeopoldstraße 88 · 80802 München",
        facts=Facts(
            note="the club's lawyer answers the forwarded reminder: only through counsel → unsubscribe; the law firm is not a new AR contact"
        ),
    ),
    Reply(
        key="us-fr-1",
        intent="unsubscribe",
        lang="fr",
        who=("Bernard Roux", "bernard.roux@laposte-mail.example"),
        when="2026-11-27 10:02 +0100",
        style="samsung",
        inv="GG/40508",
        amt="185,00 €",
        body="ARRETEZ de m'envoyer ces mails. Je ne suis plus client chez vous depuis 2024 et je ne veux plus rien recevoir de votre part.\nB. Roux",
        facts=Facts(
            note="angry stop request; the 'no longer a customer' claim does not outrank unsubscribe"
        ),
    ),
    Reply(
        key="us-fr-2",
        intent="unsubscribe",
        lang="fr",
        who=("Nathalie Fabre", "n.fabre@mairie-lauzac.example"),
        when="2026-12-09 09:12 +0100",
        style="outlook",
        charset="windows-1252",
        inv="GG/40539",
        amt="2 088,00 €",
        body="Madame, Monsieur,\n\nCette adresse est ma messagerie nominative et non celle du service comptable. Conformément au RGPD, je vous demande de la supprimer de votre fichier et de ne plus m'adresser de relances.\n\nCordialement,\nNathalie Fabre",
        facts=Facts(note="GDPR erasure request; names no other address, so not wrong_contact"),
    ),
    Reply(
        key="us-es-1",
        intent="unsubscribe",
        lang="es",
        who=("Manuel Serrano", "manuserrano@telefonica-casa.example"),
        when="2026-12-14 17:39 +0100",
        style="gmail",
        inv="GG/40566",
        amt="690,00 €",
        body="Buenas tardes:\n\nLes ruego que no me escriban más a este correo. Cualquier comunicación sobre esta factura, por carta certificada a mi domicilio.\n\nManuel Serrano",
        facts=Facts(note="post only → unsubscribe"),
    ),
    Reply(
        key="us-nl-1",
        intent="unsubscribe",
        lang="nl",
        who=("Ingrid Smit", "ingrid.smit@kpnmail-thuis.example"),
        when="2026-12-07 08:12 +0100",
        style="iphone",
        inv="GG/40562",
        amt="€ 240,00",
        body="Ik heb op 3 december betaald en ik wil deze mails niet meer ontvangen. Haal mijn adres alstublieft uit uw bestand.",
        facts=Facts(
            note="stop request plus a payment claim: unsubscribe wins, the payment date is not labelled"
        ),
    ),
    Reply(
        key="us-nl-2",
        intent="unsubscribe",
        lang="nl",
        who=("Frank Dekker", "bestuur@golfclubrijnoever.example"),
        when="2026-12-16 13:20 +0100",
        style="outlook",
        inv="GG/40545",
        amt="€ 5.540,00",
        body="Geachte heer/mevrouw,\n\nDe kwestie rond het onderhoudscontract ligt inmiddels bij onze advocaat, mr. E. Claessen van Claessen Advocaten. Wij verzoeken u vriendelijk doch dringend alle verdere correspondentie over deze factuur via haar te laten lopen en niet langer rechtstreeks contact op te nemen met het bestuur.\n\nMet vriendelijke groet,\n\nFrank Dekker\nvoorzitter Golfclub Rijnoever",
        facts=Facts(note="only through our lawyer, no address → unsubscribe"),
    ),
    Reply(
        key="us-it-1",
        intent="unsubscribe",
        lang="it",
        who=("Elena Marchetti", "elena.marchetti@tiscali-casa.example"),
        when="2026-11-30 18:48 +0100",
        style="gmail_plain",
        inv="GG/40576",
        amt="€ 150,00",
        body="Vi prego di cancellare il mio indirizzo dalla vostra lista e di non scrivermi più. Grazie.",
        facts=Facts(),
    ),
    Reply(
        key="us-it-2",
        intent="unsubscribe",
        lang="it",
        who=("Giorgio Fontana", "condominio.aurora@gmail.com"),
        when="2026-12-18 10:07 +0100",
        style="outlook",
        charset="iso-8859-1",
        inv="GG/40534",
        amt="€ 2.196,00",
        body="Buongiorno,\n\nla questione è stata affidata al nostro legale, avv. Chiara Mancini del Foro di Bologna. D'ora in poi vi preghiamo di rivolgervi esclusivamente a lei e di non inviare più solleciti al condominio né ai singoli consiglieri.\n\nDistinti saluti\nGiorgio Fontana\nper il Consiglio del Condominio Residenza Aurora",
        facts=Facts(note="only through our lawyer, no address → unsubscribe"),
    ),
]

# --------------------------------------------------------------------------------------------
# auto_reply
# --------------------------------------------------------------------------------------------

AUTO_REPLY: list[Reply] = [
    Reply(
        key="ar-en-1",
        inv="GG/40573",
        intent="auto_reply",
        lang="en",
        loc="us",
        who=("Kevin Doyle", "kdoyle@brookstonevillage.example"),
        when="2026-11-25 08:40 -0500",
        style="notice",
        subject="Automatic reply: {rsub}",
        headers=(AUTO_GENERATED, SUPPRESS),
        body="Thank you for your email. I am out of the office for the Thanksgiving holiday and will return on Monday, November 30. If you need immediate assistance with a Public Works matter, please call the Village Hall at (555) 012-6600.\n\nKevin Doyle\nPublic Works Coordinator\nVillage of Brookstone",
        facts=Facts(back="2026-11-30"),
    ),
    Reply(
        key="ar-en-2",
        inv="GG/40574",
        intent="auto_reply",
        lang="en",
        who=("Kingsbridge Academy Finance", "finance@kingsbridgeacademy.example"),
        when="2026-12-01 09:12 +0000",
        style="notice_html",
        subject="[Ticket #48213] {rsub}",
        headers=(AUTO_REPLIED, ("X-Ticket-ID", "48213"), BULK),
        body="Dear Gardino Grounds Receivables,\n\nThank you for contacting Kingsbridge Academy Trust Finance. Your message has been received and logged as ticket #48213.\n\nA member of the finance team will respond within five working days. Please quote the ticket number in any further correspondence about this matter.\n\nThis is an automated message – please do not reply to it.",
        facts=Facts(note="ticket acknowledgement; 'within five working days' is no return date"),
    ),
    Reply(
        key="ar-en-3",
        inv="GG/40580",
        intent="auto_reply",
        lang="en",
        who=("Meadowbank Primary School Office", "office@meadowbankprimary.example"),
        when="2026-12-18 14:05 +0000",
        style="notice",
        headers=(("X-Autoreply", "yes"),),
        body="Thank you for your email.\n\nThe school office is now closed for the Christmas holidays and will reopen on Tuesday 5 January 2027. Emails are not checked during the holiday.\n\nIf your message concerns a safeguarding matter, please contact the local authority's children's services.\n\nMeadowbank Primary School",
        facts=Facts(
            back="2027-01-05",
            note="holiday autoresponder without Auto-Submitted; the reopening day is the return date",
        ),
    ),
    Reply(
        key="ar-de-1",
        inv="GG/40581",
        intent="auto_reply",
        lang="de",
        who=("Thomas Lehner", "t.lehner@golfclub-ammersee-sued.example"),
        when="2026-11-30 08:17 +0100",
        style="notice",
        charset="iso-8859-1",
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO_GENERATED, SUPPRESS),
        body="Vielen Dank für Ihre Nachricht.\n\nIch bin vom 30.11. bis einschließlich 04.12.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an das Clubsekretariat unter sekretariat@golfclub-ammersee-sued.example.\n\nMit freundlichen Grüßen\nThomas Lehner\nClubmanager",
        facts=Facts(
            back="2026-12-04",
            note="only 'bis einschließlich' is given, so that date itself; the secretariat's address in an auto-reply does not set new_contact",
        ),
    ),
    Reply(
        key="ar-de-2",
        inv="GG/40584",
        intent="auto_reply",
        lang="de",
        who=("Wohnbau Rheinhessen eG", "service@wohnbau-rheinhessen.example"),
        when="2026-12-08 09:03 +0100",
        style="notice_html",
        subject="Ihre Anfrage [#WR-2026-11873] – {rsub}",
        headers=(AUTO_REPLIED, ("Precedence", "auto_reply")),
        body="Guten Tag,\n\nvielen Dank für Ihre E-Mail. Ihr Anliegen ist unter der Vorgangsnummer WR-2026-11873 bei uns eingegangen und wird in der Reihenfolge des Eingangs bearbeitet. Bitte haben Sie Verständnis, dass dies derzeit bis zu zehn Werktage dauern kann.\n\nBitte antworten Sie nicht auf diese automatisch erzeugte Nachricht.\n\nIhre Wohnbau Rheinhessen eG",
        facts=Facts(note="ticket acknowledgement of a housing cooperative"),
    ),
    Reply(
        key="ar-fr-1",
        inv="GG/40588",
        intent="auto_reply",
        lang="fr",
        who=("Sophie Delmas", "s.delmas@mairie-montferrand-le-haut.example"),
        when="2026-12-07 08:26 +0100",
        style="notice",
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_GENERATED,),
        body="Bonjour,\n\nJe suis absente du 7 au 18 décembre inclus et ne consulterai pas ma messagerie. Je serai de retour le lundi 21 décembre.\n\nPour toute urgence, merci de contacter l'accueil de la mairie au 05 55 00 12 34.\n\nSophie Delmas\nService finances",
        facts=Facts(back="2026-12-21", note="the stated day back wins over 'jusqu'au 18 inclus'"),
    ),
    Reply(
        key="ar-fr-2",
        inv="GG/40590",
        intent="auto_reply",
        lang="fr",
        who=("Agence Bertin Immobilier", "syndic@bertin-immobilier.example"),
        when="2026-12-17 08:12 +0100",
        style="notice_html",
        subject="Fermeture de fin d'année – {rsub}",
        headers=(AUTO_REPLIED,),
        body="Madame, Monsieur,\n\nNous accusons réception de votre message. Nos bureaux seront fermés du samedi 19 décembre au dimanche 3 janvier inclus. Votre demande sera traitée à notre réouverture, le lundi 4 janvier 2027.\n\nEn cas d'urgence technique dans une copropriété (dégât des eaux, panne d'ascenseur), composez le numéro d'astreinte affiché dans le hall de l'immeuble.\n\nNous vous souhaitons de bonnes fêtes de fin d'année.\n\nLe service syndic\nAgence Bertin Immobilier",
        facts=Facts(back="2027-01-04", note="office closure; the reopening day is the return date"),
    ),
    Reply(
        key="ar-es-1",
        inv="GG/40591",
        intent="auto_reply",
        lang="es",
        who=("Ana Belén Ruiz", "abruiz@comunidadlasdunas.example"),
        when="2026-11-26 08:19 +0100",
        style="notice",
        charset="iso-8859-1",
        subject="Fuera de la oficina: {rsub}",
        headers=(AUTO_REPLIED,),
        body="Hola:\n\nEstaré fuera de la oficina hasta el lunes 30 de noviembre, sin acceso al correo. A mi vuelta responderé a todos los mensajes.\n\nSaludos,\nAna Belén Ruiz\nAdministración - Comunidad Las Dunas",
        facts=Facts(back="2026-11-30", note="'hasta X' → X itself"),
    ),
    Reply(
        key="ar-es-2",
        inv="GG/40592",
        intent="auto_reply",
        lang="es",
        who=("Lorena Vidal", "lvidal@colegiolosolivos.example"),
        when="2026-12-11 08:44 +0100",
        style="notice",
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_GENERATED, SUPPRESS),
        body="Gracias por su mensaje.\n\nActualmente me encuentro de baja y no tengo fecha prevista de reincorporación. Durante mi ausencia, los asuntos de administración los atiende mi compañero Óscar Llorente (ollorente@colegiolosolivos.example).\n\nLorena Vidal\nAdministración – Colegio Los Olivos",
        facts=Facts(
            note="sick leave without a return date; a colleague's address in an auto-reply does not set new_contact"
        ),
    ),
    Reply(
        key="ar-nl-1",
        inv="GG/40593",
        intent="auto_reply",
        lang="nl",
        who=("Evert Mulder", "e.mulder@gemeente-oostwaarde.example"),
        when="2026-12-01 08:33 +0100",
        style="notice",
        subject="Automatisch antwoord: {rsub}",
        headers=(("X-Autoreply", "yes"), ("Precedence", "auto_reply")),
        body="Dank voor uw bericht. Ik ben tot en met vrijdag afwezig en lees mijn mail niet. Voor dringende zaken kunt u bellen met het KCC van de gemeente, 14 0599.\n\nEvert Mulder\nBeheerder openbare ruimte",
        facts=Facts(
            back="2026-12-04",
            note="'tot en met vrijdag' from Tue 1 Dec → Fri 4 Dec ('until X' → X); no Auto-Submitted header",
        ),
    ),
    Reply(
        key="ar-it-1",
        inv="GG/40594",
        intent="auto_reply",
        lang="it",
        who=("Roberta Conti", "r.conti@golfvillaborghi.example"),
        when="2026-12-18 08:09 +0100",
        style="notice",
        charset="windows-1252",
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_GENERATED,),
        body="Buongiorno,\n\nsono in ferie fino al 6 gennaio compreso, con accesso limitato alla posta elettronica. Per questioni urgenti potete contattare la segreteria del club al numero 0571 555 210.\n\nBuone feste,\nRoberta Conti\nAmministrazione Golf Villa Borghi",
        facts=Facts(
            back="2027-01-06",
            note="'fino al 6 gennaio compreso' → that date; it falls in the next year",
        ),
    ),
    Reply(
        key="ar-it-2",
        inv="GG/40595",
        intent="auto_reply",
        lang="it",
        who=("Protocollo Comune di Borgo San Marco", "protocollo@comune.borgosanmarco.example"),
        when="2026-12-02 08:51 +0100",
        style="notice",
        subject="Ricevuta di protocollazione – {rsub}",
        headers=(AUTO_GENERATED,),
        body="Si comunica che il messaggio in oggetto è stato acquisito al protocollo generale dell'Ente.\n\nNumero di protocollo: 0028714\nData di registrazione: 02/12/2026\nUfficio assegnatario: Servizio Finanziario\n\nQuesta è una comunicazione generata automaticamente dal sistema di protocollo informatico. Non rispondere a questo messaggio.",
        facts=Facts(
            note="registry receipt of a municipal records system: an acknowledgement without a date"
        ),
    ),
]

# --------------------------------------------------------------------------------------------
# other
# --------------------------------------------------------------------------------------------

OTHER: list[Reply] = [
    Reply(
        key="ot-en-1",
        intent="other",
        lang="en",
        loc="us",
        who=("Sue Castellano", "scastellano@lakeshoreestates-hoa.example"),
        when="2026-12-10 11:05 -0600",
        style="iphone",
        inv="GG/40554",
        amt="$1,650.00",
        body="Didn't we pay this already?? I thought Mike took care of it at the November meeting",
        facts=Facts(note="a question, not a payment claim; a person checks the ledger and answers"),
    ),
    Reply(
        key="ot-en-2",
        intent="other",
        lang="en",
        who=("Trevor Banks", "grounds@stmarksgolfclub.example"),
        when="2026-12-01 16:44 +0000",
        style="gmail",
        inv="GG/40520",
        amt="£4,210.00",
        body="Hi,\n\nI've passed this on to the secretary, she deals with the payments. While I have you though – could someone give me a ring about pricing for re-turfing the 9th tee in the spring? Ideally before the committee meets in February.\n\nCheers\nTrevor Banks\nHead Greenkeeper, St Mark's Golf Club",
        facts=Facts(note="passed on internally without an address, plus a sales enquiry"),
    ),
    Reply(
        key="ot-en-3",
        intent="other",
        lang="en",
        who=("Eileen Fairweather", "eileen.fairweather@plusnet-home.example"),
        when="2026-11-29 16:20 +0000",
        style="outlook",
        charset="windows-1252",
        inv="GG/40559",
        amt="£268.00",
        body="Dear Gardino,\n\nThank you for your email. I'm afraid I'm not very good with the computer and it has taken me a while to find it, it went into a folder called Other which my son says is normal.\n\nThe young men who came in October were very polite and the front garden looks a picture, although one of them left the side gate open and Biscuit got out and was found at the church, but no harm done and I don't want anyone to get into trouble about it.\n\nMy son Robert looks after my bills now since my fall in the spring and he is coming for Christmas, so I will show him your email then and he will know what to do.\n\nWith kind regards,\nEileen Fairweather (Mrs)",
        facts=Facts(
            note="rambling; the gate remark contests nothing, and 'my son will see it at Christmas' is no commitment to pay",
        ),
    ),
    Reply(
        key="ot-de-1",
        intent="other",
        lang="de",
        who=("Bernd Wolters", "wolters@grundschule-am-lindenhof.example"),
        when="2026-12-15 07:42 +0100",
        style="samsung",
        cte="b64",
        inv="GG/40564",
        amt="1.022,00 €",
        body="Moin, rufen Sie mich bitte mal an, das lässt sich am Telefon schneller klären als per Mail. Bin heute bis 13 Uhr in der Schule: 04421 555 803.\nB. Wolters, Hausmeister",
        facts=Facts(note="call-me request; nothing says what is wrong or when it will be paid"),
    ),
    Reply(
        key="ot-fr-1",
        intent="other",
        lang="fr",
        who=("Claire Lambert-Vidal", "clairelambertvidal@gmail.com"),
        when="2026-11-28 11:30 +0100",
        style="gmail",
        quote_to="Henri Lambert <henri.lambert49@gmail.com>",
        inv="GG/40569",
        amt="455,00 €",
        body="Bonjour,\n\nJe suis la fille de M. Henri Lambert. Mon père est décédé le 2 novembre. Sa succession est en cours de règlement chez Maître Joubert, notaire à Angers, et ses comptes bancaires sont bloqués pour le moment.\n\nJe lis ses mails de temps en temps, mais je ne peux rien payer moi-même.\n\nCordialement,\nClaire Lambert-Vidal",
        facts=Facts(
            note="the customer has died and the estate is with a notary (no address given): a person must handle it"
        ),
    ),
    Reply(
        key="ot-fr-2",
        intent="other",
        lang="fr",
        who=("Odile Perrin", "odile.perrin@wanadoo-maison.example"),
        when="2026-12-05 09:48 +0100",
        style="thunderbird",
        charset="iso-8859-1",
        inv="GG/40578",
        amt="312,00 €",
        body="Bonjour,\n\nPendant que je vous tiens : est-ce que votre équipe pourrait passer tailler la haie de thuyas avant Noël ? Nous recevons toute la famille le 24 et elle déborde sur le trottoir.\n\nMerci de me dire quand vous pouvez venir.\n\nOdile Perrin",
        facts=Facts(note="service request in the reminder thread; nothing about the invoice"),
    ),
    Reply(
        key="ot-es-1",
        intent="other",
        lang="es",
        who=("Pedro Galán", "pgalan@cdlosrosales.example"),
        when="2026-12-02 17:05 +0100",
        style="outlook_mobile",
        inv="GG/40506",
        amt="1.512,00 €",
        body="Recibido. Lo miro con el tesorero de la comunidad y les digo algo.\n\nPedro",
        facts=Facts(note="acknowledgement; 'I'll get back to you' is no commitment"),
    ),
    Reply(
        key="ot-es-2",
        intent="other",
        lang="es",
        who=("Mercedes Aranda", "m.aranda@urbanizacionelmirador.example"),
        when="2026-12-16 12:31 +0100",
        style="gmail_plain",
        charset="iso-8859-1",
        cte="8bit",
        inv="GG/40535",
        amt="2.640,00 €",
        body="Buenos días:\n\nEl presidente de la urbanización, que es quien autoriza los pagos, está de viaje en Argentina hasta mediados de enero. Cuando vuelva le paso su correo para que lo vea.\n\nUn saludo,\nMercedes Aranda\nSecretaria de la Junta",
        facts=Facts(
            note="no commitment and no new address; 'mediados de enero' is only when the president is back"
        ),
    ),
    Reply(
        key="ot-nl-1",
        intent="other",
        lang="nl",
        who=("Anja Kuipers", "directie@cbsderegenboog.example"),
        when="2026-11-24 15:55 +0100",
        style="outlook_html",
        inv="GG/40498",
        amt="€ 2.030,00",
        body="Geachte heer/mevrouw,\n\nGraag wijs ik u erop dat CBS De Regenboog per 1 januari 2027 fuseert met CBS Het Kompas. Het bestuur van de nieuwe stichting neemt alle lopende contracten en verplichtingen over; u ontvangt daarover in december een brief met de nieuwe gegevens.\n\nMet vriendelijke groet,\n\nAnja Kuipers\nDirecteur CBS De Regenboog",
        facts=Facts(note="announces a school merger; no contact change yet, nothing about paying"),
    ),
    Reply(
        key="ot-nl-2",
        intent="other",
        lang="nl",
        who=("Wim Zwart", "wim.zwart@golfclubdekempen.example"),
        when="2026-12-09 14:18 +0100",
        style="gmail",
        inv="GG/40528",
        amt="€ 3.415,00",
        body="Hallo,\n\nIk hoorde van een andere club dat jullie per januari de uurtarieven met 6% verhogen. Klopt dat? Dan wil ik dat graag even op papier hebben voor onze begroting van 2027.\n\nGroet,\nWim Zwart\nBaanmanager",
        facts=Facts(note="question about next year's rates"),
    ),
    Reply(
        key="ot-it-1",
        intent="other",
        lang="it",
        who=("Segreteria ITA Bassano", "segreteria@itabassano.example"),
        when="2026-11-27 10:40 +0100",
        style="outlook",
        charset="windows-1252",
        inv="GG/40492",
        amt="€ 1.650,00",
        body="Buongiorno,\n\nabbiamo inoltrato la vostra comunicazione all'ufficio contabilità per competenza.\n\nCordiali saluti\nLa Segreteria",
        facts=Facts(note="forwarded internally; no address given, so not wrong_contact"),
    ),
    Reply(
        key="ot-it-2",
        intent="other",
        lang="it",
        who=("Paolo Guidi", "p.guidi@golfmontebello.example"),
        when="2026-12-14 16:02 +0100",
        style="iphone",
        inv="GG/40567",
        amt="€ 2.480,00",
        body="Buonasera, il presidente chiede se a gennaio potete fare un sopralluogo per il nuovo impianto di irrigazione delle buche 10-18. Ci serve un preventivo entro fine febbraio.\nPaolo Guidi",
        facts=Facts(note="site-visit and quote request; nothing about the invoice"),
    ),
]

REPLIES: list[Reply] = [
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
# Bounces: machine skeletons generated, human-readable parts written out one by one
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt` in `rlang`."""

    key: str
    lang: Lang
    kind: BounceKind
    status: str
    rcpt: str
    when: str
    rlang: Lang
    inv: str
    lag_minutes: int = 3
    amt: str | None = None
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def sent(self) -> datetime:
        return self.dt - timedelta(minutes=self.lag_minutes)

    @property
    def domain(self) -> str:
        return self.rcpt.split("@")[1]

    def subject(self) -> str:
        return reminder_subject(self.rlang, self.inv)

    def reminder(self) -> Message:
        text = reminder_text(self.rlang, inv=self.inv, amt=self.amt)
        msg = text_part(text, subtype="plain", charset="utf-8", cte="qp")
        msg["From"] = formataddr((AR_NAME, AR_ADDR))
        msg["To"] = self.rcpt
        msg["Subject"] = header_text(self.subject(), charset="utf-8")
        msg["Date"] = format_datetime(self.sent)
        msg["Message-ID"] = reminder_msgid(self.key)
        content_headers_last(msg)
        return msg


def delivery_status(b: Bounce, *, mta: str, diagnostic: str, remote: str | None = None) -> Message:
    action = "delayed" if b.kind == "soft" and b.status.startswith("4") else "failed"
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
        lines.append(f"Will-Retry-Until: {format_datetime(b.sent + timedelta(days=2))}")
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    ds.set_payload(
        [message_from_bytes(block.encode()) for block in (per_message, "\n".join(lines) + "\n")]
    )
    return ds


def returned_headers(b: Bounce) -> Message:
    lines = "".join(f"{k}: {v}\n" for k, v in b.reminder().items())
    return text_part(lines, subtype="rfc822-headers", charset="us-ascii", cte="7bit")


def report(*parts: Message) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def human_html(text: str) -> str:
    return f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n{html_paragraphs(text)}\n</body></html>\n'


def human_alt(text: str) -> Message:
    return alternative(text, human_html(text), charset="utf-8", cte="qp")


def raw_reminder(b: Bounce) -> str:
    return b.reminder().as_string()


def finish_bounce(
    b: Bounce,
    msg: Message,
    *,
    sender: str,
    subject: str,
    extra: tuple[tuple[str, str], ...] = (),
    family: str = "bounce",
) -> Message:
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_text(subject, charset="utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = sender.rsplit("@", 1)[1].rstrip(">").split(" ")[0]
    msg["Message-ID"] = f"<{b32(b.key, salt='bounce', n=22).lower()}@{host}>"
    for name, value in extra:
        msg[name] = value
    if msg.get_content_type() == "text/plain" and "Content-Type" not in msg:
        return msg  # a non-MIME notice: no MIME headers at all
    return finalize(msg, key=b.key, family=family)


def bounce_postfix_custom(b: Bounce) -> Message:
    human = (
        "Gardino Grounds mail gateway - delivery failure\n\n"
        "Your message to the recipient below was refused by the receiving server and is returned to you with this report. No further delivery attempts will be made.\n\n"
        "If you think the address is correct, confirm it with the recipient by telephone or post before sending again.\n\n"
        f"<{b.rcpt}>: host mail.{b.domain}[203.0.113.25]\n"
        f"    said: 550 5.1.1 <{b.rcpt}>... User unknown (in reply to\n"
        "    RCPT TO command)\n"
    )
    msg = report(
        text_part(human, subtype="plain", charset="us-ascii", cte="7bit"),
        delivery_status(
            b,
            mta="mx-out.gardino-grounds.example",
            diagnostic=f"550 5.1.1 <{b.rcpt}>... User unknown",
            remote=f"mail.{b.domain}",
        ),
        MIMEMessage(b.reminder()),
    )
    sender = "MAILER-DAEMON@mx-out.gardino-grounds.example (Mail Delivery System)"
    return finish_bounce(
        b, msg, sender=sender, subject="Undelivered Mail Returned to Sender", extra=(AUTO_REPLIED,)
    )


def bounce_sendmail_warning(b: Bounce) -> Message:
    human = (
        "    **********************************************\n"
        "    **      THIS IS A WARNING MESSAGE ONLY      **\n"
        "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
        "    **********************************************\n\n"
        f"The original message was received at {format_datetime(b.sent)}\n"
        "from mail.gardino-grounds.example [198.51.100.10]\n\n"
        "   ----- Transcript of session follows -----\n"
        f"<{b.rcpt}>... Deferred: Connection timed out with mx1.{b.domain}.\n"
        "Warning: message still undelivered after 4 hours\n"
        "Will keep trying until message is 2 days old\n"
    )
    msg = report(
        text_part(human, subtype="plain", charset="us-ascii", cte="7bit"),
        delivery_status(
            b,
            mta="relay2.gardino-grounds.example",
            diagnostic=f"451 4.4.1 Deferred: Connection timed out with mx1.{b.domain}",
            remote=f"mx1.{b.domain}",
        ),
        returned_headers(b),
    )
    sender = "Mail Delivery Subsystem <MAILER-DAEMON@relay2.gardino-grounds.example>"
    return finish_bounce(
        b,
        msg,
        sender=sender,
        subject="Warning: could not send message for past 4 hours",
        extra=(AUTO_REPLIED,),
    )


def bounce_qmail_full(b: Bounce) -> Message:
    text = (
        "Hi. This is the qmail-send program at mail2.gardino-grounds.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "203.0.113.80 does not like recipient.\n"
        f"Remote host said: 552 5.2.2 <{b.rcpt}>: Mailbox full, quota exceeded\n"
        "Giving up on 203.0.113.80.\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"{raw_reminder(b)}"
    )
    msg = Message()
    msg.set_payload(text)
    sender = "MAILER-DAEMON@mail2.gardino-grounds.example"
    return finish_bounce(b, msg, sender=sender, subject="failure notice")


def exchange_report(
    b: Bounce, *, human: str, server: str, diagnostic: str, returned: Message
) -> Message:
    return report(
        human_alt(human),
        delivery_status(b, mta=server, diagnostic=diagnostic),
        returned,
    )


def bounce_exchange_de(b: Bounce) -> Message:
    server = "FR2P281MB0123.DEUP281.PROD.OUTLOOK.COM"
    diag = f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {b.rcpt} not found by SMTP address lookup"
    human = (
        f"Ihre Nachricht hat folgende Empfänger nicht erreicht:\n\n{b.rcpt}\n\n"
        "Die E-Mail-Adresse, an die Sie die Nachricht geschickt haben, gibt es im Zielsystem nicht. Vielleicht ist sie falsch geschrieben, oder das Postfach wurde gelöscht.\n\n"
        "So beheben Sie das Problem: Prüfen Sie die Adresse und senden Sie die Nachricht erneut. Wenn der Fehler bleibt, verständigen Sie den Empfänger auf anderem Weg, zum Beispiel telefonisch.\n\n"
        f"Diagnoseinformationen für Administratoren:\n\nGenerierender Server: {server}\n\n{b.rcpt}\nRemote-Server hat '{diag}' zurückgegeben\n"
    )
    msg = exchange_report(
        b, human=human, server=server, diagnostic=diag, returned=returned_headers(b)
    )
    sender = f"Microsoft Outlook <postmaster@{b.domain}>"
    return finish_bounce(
        b,
        msg,
        sender=sender,
        subject=f"Unzustellbar: {b.subject()}",
        extra=(AUTO_REPLIED,),
        family="owa",
    )


def bounce_gateway_de(b: Bounce) -> Message:
    text = (
        "*** Automatische Benachrichtigung des E-Mail-Sicherheitsgateways ***\n\n"
        "Ihre Nachricht konnte bisher nicht zugestellt werden. Der empfangende Server hat die Annahme vorübergehend abgelehnt. Das Gateway versucht die Zustellung selbstständig erneut; Sie müssen die Nachricht nicht noch einmal senden.\n\n"
        f"Empfänger:        {b.rcpt}\n"
        f"Betreff:          {b.subject()}\n"
        f"Eingeliefert:     {b.sent.strftime('%d.%m.%Y %H:%M:%S %z')}\n"
        f"Letzter Versuch:  {b.dt.strftime('%d.%m.%Y %H:%M:%S %z')}\n"
        f"Status:           {b.status}\n"
        "Antwort:          451 4.7.1 Greylisted, please try again later\n"
        f"Aufgabe nach:     {(b.sent + timedelta(days=2)).strftime('%d.%m.%Y %H:%M %z')}\n\n"
        f"Nachrichten-ID:   {reminder_msgid(b.key)}\n\n"
        "-- \nMailShield Gateway 9.4 | gardino-grounds.example\n"
    )
    msg = text_part(text, subtype="plain", charset="utf-8", cte="qp")
    sender = "MailShield Gateway <postmaster@shield.gardino-grounds.example>"
    extra = (AUTO_GENERATED, ("X-MailShield-Notice", "deferred"))
    return finish_bounce(
        b, msg, sender=sender, subject=f"Zustellung verzögert: {b.subject()}", extra=extra
    )


def bounce_exchange_fr(b: Bounce) -> Message:
    server = "PR1P264MB2211.FRAP264.PROD.OUTLOOK.COM"
    diag = "550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found"
    local = b.rcpt.split("@")[0]
    human = (
        f"Votre message n'a pas pu être remis à {b.rcpt}.\n\n"
        f"La boîte aux lettres « {local} » n'existe pas dans l'organisation {b.domain}. Vérifiez l'adresse du destinataire, puis renvoyez le message.\n\n"
        "Comment résoudre le problème : assurez-vous que l'adresse est bien orthographiée. Si elle l'est, prévenez le destinataire par un autre moyen (par exemple par téléphone) pour qu'il en parle à son administrateur de messagerie.\n\n"
        f"Informations de diagnostic pour les administrateurs :\n\nServeur à l'origine du rejet : {server}\n\n{b.rcpt}\nLe serveur distant a retourné « {diag} »\n"
    )
    msg = exchange_report(
        b, human=human, server=server, diagnostic=diag, returned=MIMEMessage(b.reminder())
    )
    sender = f"Microsoft Outlook <postmaster@{b.domain}>"
    return finish_bounce(
        b,
        msg,
        sender=sender,
        subject=f"Non remis : {b.subject()}",
        extra=(AUTO_REPLIED,),
        family="owa",
    )


def bounce_gmail_es(b: Bounce) -> Message:
    human = (
        "** Cuenta inhabilitada **\n\n"
        f"Tu mensaje no se ha entregado a {b.rcpt} porque la cuenta de destino está inhabilitada y no puede recibir correo.\n\n"
        "Más información: https://support.google.com/mail/?p=DisabledUser\n\n"
        "La respuesta fue:\n\n"
        "550 5.2.1 The email account that you tried to reach is disabled. For more information, go to https://support.google.com/mail/?p=DisabledUser 6a1803df08f44-6d8e21c4a97si22871126d6.88 - gsmtp\n"
    )
    diag = "550-5.2.1 The email account that you tried to reach is disabled."
    msg = report(
        human_alt(human),
        delivery_status(
            b, mta="mx.google.com", diagnostic=diag, remote="gmail-smtp-in.l.google.com"
        ),
        MIMEMessage(b.reminder()),
    )
    sender = "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"
    extra = (("X-Failed-Recipients", b.rcpt), AUTO_REPLIED)
    return finish_bounce(
        b, msg, sender=sender, subject="Delivery Status Notification (Failure)", extra=extra
    )


def bounce_exchange_es_delay(b: Bounce) -> Message:
    server = "DB9P195MB1432.EURP195.PROD.OUTLOOK.COM"
    diag = f"451 {b.status} Connection refused by mx.{b.domain}"
    human = (
        f"La entrega se ha retrasado a estos destinatarios o grupos:\n\n{b.rcpt}\n\n"
        f"Asunto: {b.subject()}\n\n"
        "Este mensaje todavía no se ha entregado. Seguiremos intentándolo.\n\n"
        "El servidor seguirá intentando entregar este mensaje durante 1 día, 18 horas y 40 minutos. Si no es posible entregarlo en ese tiempo, recibirá otra notificación.\n\n"
        f"Información de diagnóstico para administradores:\n\nServidor de generación: {server}\nServidor remoto: mx.{b.domain}\n\n{diag}\n"
    )
    msg = exchange_report(
        b, human=human, server=server, diagnostic=diag, returned=returned_headers(b)
    )
    sender = "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@gardino-grounds.example>"
    return finish_bounce(
        b,
        msg,
        sender=sender,
        subject=f"Retrasado: {b.subject()}",
        extra=(AUTO_REPLIED,),
        family="owa",
    )


def bounce_exim_nl(b: Bounce) -> Message:
    text = (
        "Dit bericht is automatisch aangemaakt door de mailserver.\n\n"
        "Uw bericht kon niet worden afgeleverd bij een of meer ontvangers. Dit is een permanente fout; er worden geen nieuwe pogingen gedaan. Het bericht is niet afgeleverd bij:\n\n"
        f"  {b.rcpt}\n"
        f"    host mx.{b.domain} [192.0.2.61]\n"
        f"    SMTP error from remote mail server after RCPT TO:<{b.rcpt}>:\n"
        f"    550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown\n\n"
        "------ Hieronder volgt een kopie van het bericht, inclusief alle headers. ------\n\n"
        f"{raw_reminder(b)}"
    )
    msg = Message()
    msg.set_payload(text)
    sender = "Mail Delivery System <Mailer-Daemon@mx2.gardino-grounds.example>"
    extra = (("X-Failed-Recipients", b.rcpt), AUTO_REPLIED)
    return finish_bounce(
        b,
        msg,
        sender=sender,
        subject="Bezorging mislukt: bericht teruggestuurd naar afzender",
        extra=extra,
    )


def bounce_isp_nl_full(b: Bounce) -> Message:
    human = (
        "Beste afzender,\n\n"
        f"Uw bericht aan {b.rcpt} is nog niet afgeleverd, omdat het postvak van de ontvanger vol is. Wij proberen het de komende twee dagen opnieuw. Lukt het dan nog steeds niet, dan ontvangt u hierover een nieuw bericht.\n\n"
        "U hoeft uw bericht niet opnieuw te versturen.\n\n"
        f"Technische informatie:\n452 {b.status} Mailbox full\n\n"
        "Met vriendelijke groet,\nHollandNet Klantenservice\n"
    )
    msg = report(
        text_part(human, subtype="plain", charset="utf-8", cte="qp"),
        delivery_status(b, mta=f"mail.{b.domain}", diagnostic=f"452 {b.status} Mailbox full"),
        returned_headers(b),
    )
    sender = f"Mailsysteem HollandNet <postmaster@mail.{b.domain}>"
    return finish_bounce(
        b,
        msg,
        sender=sender,
        subject="Bericht vertraagd: postvak van ontvanger is vol",
        extra=(AUTO_REPLIED,),
    )


def bounce_exchange_it(b: Bounce) -> Message:
    server = "AM0P195MB0612.EURP195.PROD.OUTLOOK.COM"
    diag = "550 5.4.1 Recipient address rejected: Access denied. [AM0PEPF00000123.eurprd05.prod.outlook.com]"
    human = (
        f"Impossibile recapitare il messaggio a {b.rcpt}.\n\n"
        "Il server di posta del destinatario ha rifiutato il messaggio perché l'indirizzo non è valido per questo dominio.\n\n"
        "Come risolvere il problema: controllare di aver scritto correttamente l'indirizzo. Se il problema persiste, contattare il destinatario in un altro modo (ad esempio per telefono) e chiedergli di segnalarlo al proprio amministratore di posta.\n\n"
        f"Informazioni di diagnostica per gli amministratori:\n\nServer di generazione: {server}\n\n{b.rcpt}\nIl server remoto ha restituito '{diag}'\n"
    )
    msg = exchange_report(
        b, human=human, server=server, diagnostic=diag, returned=MIMEMessage(b.reminder())
    )
    sender = "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@gardino-grounds.example>"
    return finish_bounce(
        b,
        msg,
        sender=sender,
        subject=f"Non recapitabile: {b.subject()}",
        extra=(AUTO_REPLIED,),
        family="owa",
    )


def bounce_isp_it_delay(b: Bounce) -> Message:
    human = (
        "Gentile utente,\n\n"
        f"il messaggio che ha inviato a {b.rcpt} non è stato ancora consegnato: il server del destinatario non risponde da alcune ore.\n\n"
        "Continueremo a tentare la consegna per altri 2 giorni. Se non sarà possibile, riceverà un avviso di mancata consegna. Non è necessario inviare di nuovo il messaggio.\n\n"
        f"Dettagli tecnici:\n<{b.rcpt}>: connect to mx.{b.domain}[198.51.100.77]:25: Connection timed out\n\n"
        "Servizio Posta RetEmail\n"
    )
    msg = report(
        text_part(human, subtype="plain", charset="iso-8859-1", cte="qp"),
        delivery_status(
            b,
            mta="smtp-out.retemail-isp.example",
            diagnostic=f"{b.status} connect to mx.{b.domain}: Connection timed out",
        ),
        returned_headers(b),
    )
    sender = "Sistema di posta RetEmail <MAILER-DAEMON@smtp-out.retemail-isp.example>"
    return finish_bounce(
        b,
        msg,
        sender=sender,
        subject="Avviso di ritardo nella consegna del messaggio",
        extra=(AUTO_REPLIED,),
    )


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            key="b-en-1",
            lang="en",
            kind="hard",
            status="5.1.1",
            rcpt="accounts@greenvalecemetery.example",
            when="2026-11-24 09:18 +0000",
            rlang="en",
            inv="GG/40480",
            amt="£2,045.00",
            note="Postfix RFC 3464 report with a site-specific human text and the full returned message",
        ),
        bounce_postfix_custom,
    ),
    (
        Bounce(
            key="b-en-2",
            lang="en",
            kind="soft",
            status="4.4.1",
            rcpt="bursar@hollybrookschool.example",
            when="2026-12-07 12:14 +0000",
            rlang="en",
            inv="GG/40516",
            lag_minutes=242,
            amt="£3,870.00",
            note="sendmail 4-hour warning; delayed, not failed",
        ),
        bounce_sendmail_warning,
    ),
    (
        Bounce(
            key="b-en-3",
            lang="en",
            kind="soft",
            status="5.2.2",
            rcpt="treasurer@riversidecommons-hoa.example",
            when="2026-12-14 08:09 -0500",
            rlang="en",
            inv="GG/40555",
            amt="$1,318.00",
            note="qmail non-MIME notice; mailbox full is soft even with a 5.x code and 'permanent error', the code is kept",
        ),
        bounce_qmail_full,
    ),
    (
        Bounce(
            key="b-de-1",
            lang="de",
            kind="hard",
            status="5.1.10",
            rcpt="rechnungen@kirchfeld-gemeinde.example",
            when="2026-11-27 08:06 +0100",
            rlang="de",
            inv="GG/40477",
            note="Exchange Online NDR in German",
        ),
        bounce_exchange_de,
    ),
    (
        Bounce(
            key="b-de-2",
            lang="de",
            kind="soft",
            status="4.7.1",
            rcpt="kasse@golfclub-schlossberg.example",
            when="2026-12-07 12:16 +0100",
            rlang="de",
            inv="GG/40513",
            lag_minutes=241,
            note="security gateway's own plain-text delay notice (greylisting), no RFC 3464 parts",
        ),
        bounce_gateway_de,
    ),
    (
        Bounce(
            key="b-fr-1",
            lang="fr",
            kind="hard",
            status="5.1.1",
            rcpt="intendance@college-les-chenes.example",
            when="2026-12-01 08:47 +0100",
            rlang="fr",
            inv="GG/40500",
            note="Exchange NDR in French",
        ),
        bounce_exchange_fr,
    ),
    (
        Bounce(
            key="b-es-1",
            lang="es",
            kind="hard",
            status="5.2.1",
            rcpt="adminfincas.lopez@gmail.com",
            when="2026-11-30 08:21 +0100",
            rlang="es",
            inv="GG/40484",
            note="Gmail report in Spanish; 5.2.1 account disabled is hard, unlike 5.2.2 mailbox full",
        ),
        bounce_gmail_es,
    ),
    (
        Bounce(
            key="b-es-2",
            lang="es",
            kind="soft",
            status="4.4.316",
            rcpt="contabilidad@ayto-sanmartindelmonte.example",
            when="2026-12-09 14:30 +0100",
            rlang="es",
            inv="GG/40507",
            lag_minutes=300,
            note="Exchange delay report in Spanish; Exchange's three-digit detail code is kept as written",
        ),
        bounce_exchange_es_delay,
    ),
    (
        Bounce(
            key="b-nl-1",
            lang="nl",
            kind="hard",
            status="5.1.1",
            rcpt="secretaris@begraafplaats-rustoord.example",
            when="2026-11-25 08:11 +0100",
            rlang="nl",
            inv="GG/40476",
            note="Exim with a localised Dutch template, non-MIME, message copied inline",
        ),
        bounce_exim_nl,
    ),
    (
        Bounce(
            key="b-nl-2",
            lang="nl",
            kind="soft",
            status="4.2.2",
            rcpt="fam.devries@hollandnet-isp.example",
            when="2026-12-15 08:38 +0100",
            rlang="nl",
            inv="GG/40582",
            lag_minutes=35,
            note="Dutch ISP notice: recipient's mailbox full, delivery still being retried",
        ),
        bounce_isp_nl_full,
    ),
    (
        Bounce(
            key="b-it-1",
            lang="it",
            kind="hard",
            status="5.4.1",
            rcpt="contabilita@golfsantandrea.example",
            when="2026-12-03 08:25 +0100",
            rlang="it",
            inv="GG/40511",
            note="Exchange NDR in Italian",
        ),
        bounce_exchange_it,
    ),
    (
        Bounce(
            key="b-it-2",
            lang="it",
            kind="soft",
            status="4.4.1",
            rcpt="info@condominio-levele.example",
            when="2026-12-17 13:05 +0100",
            rlang="it",
            inv="GG/40572",
            lag_minutes=280,
            note="Italian ISP delay notice in ISO-8859-1",
        ),
        bounce_isp_it_delay,
    ),
]


# --------------------------------------------------------------------------------------------
# Labels
# --------------------------------------------------------------------------------------------

Source = Reply | tuple[Bounce, Callable[[Bounce], Message]]


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


def source_key(source: Source) -> str:
    return source.key if isinstance(source, Reply) else source[0].key


def build_source(source: Source) -> Message:
    if isinstance(source, Reply):
        return build_reply(source)
    bounce, build = source
    return build(bounce)


def label_for(source: Source, *, file: str) -> Label:
    if isinstance(source, Reply):
        return reply_label(source, file=file)
    return bounce_label(source[0], file=file)


# --------------------------------------------------------------------------------------------
# Checks: every message parses back cleanly, every label has the corpus shape
# --------------------------------------------------------------------------------------------

DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT_RE = re.compile(r"^\d+\.\d{2}$")
REF_RE = re.compile(r"^GG/\d{5}$")
STATUS_RE = re.compile(r"^[245]\.\d{1,3}\.\d{1,3}$")
CURRENCIES = {"EUR", "GBP", "USD"}
FIELD_OWNER: dict[str, set[Intent]] = {
    "promised_date": {"promise_to_pay"},
    "paid_date": {"payment_sent"},
    "return_date": {"auto_reply"},
    "payment_reference": {"payment_sent", "promise_to_pay"},
    "amount": {"payment_sent", "promise_to_pay"},
    "currency": {"payment_sent", "promise_to_pay"},
    "new_contact": {"wrong_contact"},
    "bounce_kind": {"bounce"},
    "failed_recipient": {"bounce"},
    "bounce_status": {"bounce"},
}
FIRST_DAY = "2026-11-23"
LAST_DAY = "2026-12-18"


class CorpusError(Exception):
    """A generated message or label does not have the shape the corpus promises."""


def require(condition: bool, message: str) -> None:
    if not condition:
        raise CorpusError(message)


def walk_defects(msg: EmailMessage) -> Iterator[str]:
    for part in msg.walk():
        yield from (type(d).__name__ for d in part.defects)
        for name, value in part.items():
            yield from (f"{name}: {type(d).__name__}" for d in getattr(value, "defects", ()))


def check_message(name: str, data: bytes) -> None:
    msg = message_from_bytes(data, policy=policy.default)
    if not isinstance(msg, EmailMessage):
        raise CorpusError(f"{name}: not parsed as EmailMessage")
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        require(msg[header] is not None, f"{name}: no {header}")
    for header in ("From", "Subject", "Cc", "Thread-Topic"):
        require("=?" not in str(msg.get(header, "")), f"{name}: {header} not decoded")
    defects = list(walk_defects(msg))
    require(not defects, f"{name}: defects {defects}")
    for part in msg.walk():
        if part.get_content_maintype() == "text" and isinstance(part, EmailMessage):
            require(isinstance(part.get_content(), str), f"{name}: text part not decoded")


def optional_fields(label: Label) -> dict[str, str | None]:
    return {
        "promised_date": label["promised_date"],
        "paid_date": label["paid_date"],
        "return_date": label["return_date"],
        "payment_reference": label["payment_reference"],
        "amount": label["amount"],
        "currency": label["currency"],
        "new_contact": label["new_contact"],
        "bounce_kind": label["bounce_kind"],
        "failed_recipient": label["failed_recipient"],
        "bounce_status": label["bounce_status"],
    }


def check_fields(label: Label) -> None:
    name, intent = label["file"], label["intent"]
    fields = optional_fields(label)
    require(tuple(label) == LABEL_ORDER, f"{name}: keys {tuple(label)}")
    for key, owners in FIELD_OWNER.items():
        require(fields[key] is None or intent in owners, f"{name}: {key} set on {intent}")
    for key in ("promised_date", "paid_date", "return_date"):
        value = fields[key]
        require(value is None or bool(DATE_RE.match(value)), f"{name}: bad {key}")
    require(
        (label["amount"] is None) == (label["currency"] is None), f"{name}: amount without currency"
    )
    require(
        label["amount"] is None or bool(AMOUNT_RE.match(label["amount"])), f"{name}: bad amount"
    )
    require(label["currency"] is None or label["currency"] in CURRENCIES, f"{name}: bad currency")
    require(all(REF_RE.match(ref) for ref in label["invoice_refs"]), f"{name}: bad invoice ref")
    contact = label["new_contact"]
    require(contact is None or contact == contact.lower(), f"{name}: new_contact not lower case")
    if intent == "bounce":
        require(label["bounce_kind"] in {"hard", "soft"}, f"{name}: no bounce kind")
        require(bool(STATUS_RE.match(label["bounce_status"] or "")), f"{name}: bad status")
        require(label["failed_recipient"] is not None, f"{name}: no failed recipient")


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).lower()


def check_reply_facts(r: Reply) -> None:
    """Extracted values must be in the new text; dates must sit on the right side of the Date."""
    f, body, day = r.facts, squash(r.body), r.dt.date().isoformat()
    require(FIRST_DAY <= day <= LAST_DAY, f"{r.key}: dated {day}")
    for ref in f.refs:
        require(ref[3:] in body, f"{r.key}: {ref} not in the text")
    for value in (f.contact, f.ref):
        require(value is None or value.lower() in body, f"{r.key}: {value} not in the text")
    require(f.paid is None or f.paid <= day, f"{r.key}: paid after the message")
    require(f.promised is None or f.promised >= day, f"{r.key}: promise in the past")
    require(f.back is None or f.back >= day, f"{r.key}: back before the message")


def check_counts(labels: list[Label]) -> None:
    cells = Counter((x["intent"], x["language"]) for x in labels)
    for intent in INTENTS:
        require(sum(cells[intent, lang] for lang in LANGS) == 12, f"{intent}: not 12 messages")
        require(all(cells[intent, lang] for lang in LANGS), f"{intent}: a language is missing")
    kinds = Counter(x["bounce_kind"] for x in labels if x["intent"] == "bounce")
    require(kinds == Counter({"hard": 6, "soft": 6}), f"bounce kinds {dict(kinds)}")
    bodies = [squash(r.body) for r in REPLIES]
    require(len(set(bodies)) == len(bodies), "two messages share their text")


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


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------


def shuffled_sources() -> list[Source]:
    """Every message, in an order fixed by the seed (a keyed hash), so names say nothing."""
    sources: list[Source] = [*REPLIES, *BOUNCES]
    keys = [source_key(s) for s in sources]
    require(len(set(keys)) == len(keys), "duplicate keys")
    return sorted(sources, key=lambda s: digest(source_key(s), SEED))


def write_all() -> list[Label]:
    for reply in REPLIES:
        check_reply_facts(reply)
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[Label] = []
    for number, source in enumerate(shuffled_sources(), start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = build_source(source).as_bytes()
        check_message(name, data)
        (HERE / name).write_bytes(data)
        label = label_for(source, file=name)
        check_fields(label)
        labels.append(label)
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels


def main() -> int:
    try:
        labels = write_all()
    except CorpusError as err:
        print(f"corpus check failed: {err}", file=sys.stderr)
        return 1
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {dict(sorted(kinds.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
