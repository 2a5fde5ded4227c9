# ruff: noqa: C901, E501, PLR0912, RUF001, RUF002
# Message text is kept one paragraph a line, as a mail client sends it, with the typographic
# quotes, dashes and accents people really type.
"""Build held-out reply corpus 118: ``h118-NNN.eml`` files and ``labels.jsonl``.

Every message answers (or reacts to) an overdue-invoice reminder sent by Lanternfish Translation
Agency from ``invoicing@lanternfish-lang.example``. The new text of each message is written by hand
below. The script adds only what a mail client or a mail server would add: the quoted reminder in
the client's layout and language, headers, MIME structure, charsets and transfer encodings.

Run it from anywhere; it writes next to itself, deterministically (fixed seed, fixed boundaries,
Message-IDs derived from each message's key, no clock), parses every file back as a check and
prints the count table.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from email import charset as email_charset
from email import message_from_bytes, policy
from email.header import Header
from email.message import Message
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import cast

HERE = Path(__file__).resolve().parent
SEED = "lanternfish-118-2030"
PREFIX = "h118"
AR_NAME = "Lanternfish Accounts"
AR_ADDR = "invoicing@lanternfish-lang.example"
AR_DOMAIN = "lanternfish-lang.example"
FIRST_DAY = date(2030, 4, 15)
LAST_DAY = date(2030, 5, 10)
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
# Which label fields each intent may fill; every other field stays null.
INTENT_FIELDS: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "amount", "currency"}),
    "auto_reply": frozenset({"return_date"}),
    "wrong_contact": frozenset({"new_contact"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
}
# UK bank holidays in the period: the reminder run skips them.
UK_HOLIDAYS = {date(2030, 4, 19), date(2030, 4, 22), date(2030, 5, 6)}

# --------------------------------------------------------------------------------------------
# Time zones (UK and central Europe both move to summer time on the last Sunday of March)
# --------------------------------------------------------------------------------------------


def last_sunday(year: int, month: int) -> date:
    """The last Sunday of a month (the day European summer time starts or ends)."""
    day = date(year, month + 1, 1) - timedelta(days=1)
    return day - timedelta(days=(day.weekday() - 6) % 7)


def zone(name: str, day: date) -> timezone:
    """UTC offset of a UK ("uk") or central-European ("ce") sender on a given local day."""
    base = {"uk": 0, "ce": 1}[name]
    summer = last_sunday(day.year, 3) <= day < last_sunday(day.year, 10)
    return timezone(timedelta(hours=base + int(summer)))


def local_time(stamp: str, zone_name: str) -> datetime:
    """A local wall-clock time ``YYYY-MM-DD HH:MM`` with the sender's offset attached."""
    naive = datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    return naive.replace(tzinfo=zone(zone_name, naive.date()))


# --------------------------------------------------------------------------------------------
# Locale tables for the mail clients
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
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}
GMAIL_ATTRIBUTION = {
    "en": "On {dab}, {d} {mab} {y} at {HH}:{mm}, {who} wrote:",
    "de": "Am {dab}, {d}. {mab} {y} um {HH}:{mm} Uhr schrieb {who}:",
    "fr": "Le {dab} {d} {mab} {y} à {HH}:{mm}, {who} a écrit :",
    "es": "El {dab}, {d} {mab} {y} a las {H}:{mm}, {who_es} escribió:",
    "nl": "Op {dab} {d} {mab} {y} om {HH}:{mm} schreef {who}:",
    "it": "Il giorno {dab} {d} {mab} {y} alle ore {HH}:{mm} {who} ha scritto:",
}
APPLE_ATTRIBUTION = {
    "en": "On {d} {mab} {y}, at {HH}:{mm}, {who} wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {who}:",
    "fr": "Le {d} {mab} {y} à {HH}:{mm}, {who} a écrit :",
    "es": "El {d} {mab} {y}, a las {H}:{mm}, {who} escribió:",
    "nl": "Op {d} {mab} {y} om {HH}:{mm} heeft {who} het volgende geschreven:",
    "it": "Il giorno {d} {mab} {y}, alle ore {HH}:{mm}, {who} ha scritto:",
}
THUNDERBIRD_ATTRIBUTION = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{yy} {HH}:{mm}, {name} ha scritto:",
}
OUTLOOK_SENT = {
    "en": "{day}, {d} {month} {y} {HH}:{mm}",
    "de": "{day}, {d}. {month} {y} {HH}:{mm}",
    "fr": "{day} {d} {month} {y} {HH}:{mm}",
    "es": "{day}, {d} de {month} de {y} {H}:{mm}",
    "nl": "{day} {d} {month} {y} {HH}:{mm}",
    "it": "{day} {d} {month} {y} {HH}:{mm}",
}
# Original-message line, then the labels From, Sent, To, Subject and the label separator.
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
IPHONE_LINE = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
}
ANDROID_LINE = {
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
# The reminder being answered (as Lanternfish sends it, in the customer's language)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Payment reminder: invoice {inv} is overdue",
    "de": "Zahlungserinnerung: Rechnung {inv} ist überfällig",
    "fr": "Rappel de paiement : facture {inv} échue",
    "es": "Recordatorio de pago: factura {inv} vencida",
    "nl": "Betalingsherinnering: factuur {inv} is vervallen",
    "it": "Promemoria di pagamento: fattura {inv} scaduta",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "Our ledger still shows the invoice below as unpaid, and its due date has now passed:\n\n"
        "Invoice: {inv}\nIssued: {issued}\nDue: {due}\nOutstanding: {amt}\n\n"
        "If it is already paid, thank you – a quick reply with the payment date lets us match it up. If something on the invoice is not right, or you need a copy, a PO number or our bank details, reply to this email and we will help.\n\n"
        "Best regards,\n\nAccounts team\nLanternfish Translation Agency Ltd\ninvoicing@lanternfish-lang.example | +44 117 496 0371"
    ),
    "de": (
        "Guten Tag,\n\n"
        "in unserer Buchhaltung ist die folgende Rechnung nach Ablauf der Zahlungsfrist noch offen:\n\n"
        "Rechnung: {inv}\nRechnungsdatum: {issued}\nFällig seit: {due}\nOffener Betrag: {amt}\n\n"
        "Falls Sie bereits bezahlt haben, vielen Dank – eine kurze Antwort mit dem Zahlungsdatum genügt, damit wir die Zahlung zuordnen können. Stimmt etwas an der Rechnung nicht oder benötigen Sie eine Kopie, eine Bestellnummer oder unsere Bankverbindung, antworten Sie einfach auf diese E-Mail.\n\n"
        "Freundliche Grüße\n\nBuchhaltung\nLanternfish Translation Agency Ltd\ninvoicing@lanternfish-lang.example"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Sauf erreur de notre part, la facture ci-dessous n'est pas encore réglée alors que son échéance est passée :\n\n"
        "Facture : {inv}\nDate d'émission : {issued}\nÉchéance : {due}\nMontant restant dû : {amt}\n\n"
        "Si le règlement est déjà parti, merci, et n'hésitez pas à nous en indiquer la date pour que nous puissions le rapprocher. Si la facture vous semble inexacte, ou s'il vous manque une copie, un numéro de commande ou nos coordonnées bancaires, répondez simplement à ce message.\n\n"
        "Bien cordialement,\n\nService comptabilité\nLanternfish Translation Agency Ltd\ninvoicing@lanternfish-lang.example"
    ),
    "es": (
        "Buenos días:\n\n"
        "En nuestra contabilidad sigue pendiente la siguiente factura, cuyo plazo de pago ya ha vencido:\n\n"
        "Factura: {inv}\nFecha de emisión: {issued}\nVencimiento: {due}\nImporte pendiente: {amt}\n\n"
        "Si ya la han pagado, muchas gracias; basta con que respondan indicando la fecha del pago para que podamos conciliarlo. Si hay algún error en la factura o necesitan una copia, un número de pedido o nuestros datos bancarios, respondan a este correo y se lo facilitaremos.\n\n"
        "Un saludo,\n\nDepartamento de contabilidad\nLanternfish Translation Agency Ltd\ninvoicing@lanternfish-lang.example"
    ),
    "nl": (
        "Goedendag,\n\n"
        "In onze administratie staat de onderstaande factuur nog open, terwijl de betaaltermijn is verstreken:\n\n"
        "Factuur: {inv}\nFactuurdatum: {issued}\nVervaldatum: {due}\nOpenstaand bedrag: {amt}\n\n"
        "Heeft u al betaald, dan danken wij u daarvoor; laat u ons dan even de betaaldatum weten, zodat wij de betaling kunnen koppelen. Klopt er iets niet aan de factuur, of heeft u een kopie, een inkoopordernummer of onze bankgegevens nodig, beantwoord dan gewoon deze e-mail.\n\n"
        "Met vriendelijke groet,\n\nDebiteurenadministratie\nLanternfish Translation Agency Ltd\ninvoicing@lanternfish-lang.example"
    ),
    "it": (
        "Buongiorno,\n\n"
        "dalla nostra contabilità risulta ancora aperta la seguente fattura, già scaduta:\n\n"
        "Fattura: {inv}\nData di emissione: {issued}\nScadenza: {due}\nImporto da saldare: {amt}\n\n"
        "Se avete già effettuato il pagamento vi ringraziamo: basta rispondere indicando la data, così potremo abbinarlo. Se qualcosa nella fattura non torna, o vi serve una copia, un numero d'ordine o le nostre coordinate bancarie, rispondete pure a questa e-mail.\n\n"
        "Cordiali saluti,\n\nUfficio amministrazione\nLanternfish Translation Agency Ltd\ninvoicing@lanternfish-lang.example"
    ),
}
REMINDER_DATE = {
    "en": "{d} {month} {y}",
    "de": "{dd}.{mo}.{y}",
    "fr": "{dd}/{mo}/{y}",
    "es": "{dd}/{mo}/{y}",
    "nl": "{dd}-{mo}-{y}",
    "it": "{dd}/{mo}/{y}",
}
# What a single-byte client sends instead of characters its charset lacks.
LATIN1_FALLBACK = {
    "€": "EUR",
    "–": "-",
    "’": "'",
    "“": '"',
    "”": '"',
    "„": '"',
    "…": "...",
}


def date_parts(loc: str, when: datetime | date) -> dict[str, str]:
    """Every piece of a date or time a client template may need, in the client's language."""
    hour, minute = (when.hour, when.minute) if isinstance(when, datetime) else (0, 0)
    weekday, month = when.weekday(), when.month - 1
    return {
        "day": DAYS[loc].split()[weekday],
        "dab": DAYS_ABBR[loc].split()[weekday],
        "month": MONTHS[loc].split()[month],
        "mab": MONTHS_ABBR[loc].split()[month],
        "d": str(when.day),
        "dd": f"{when.day:02d}",
        "mo": f"{when.month:02d}",
        "y": str(when.year),
        "yy": f"{when.year % 100:02d}",
        "HH": f"{hour:02d}",
        "H": str(hour),
        "mm": f"{minute:02d}",
    }


def money(amount: str, currency: str, loc: str) -> str:
    """An amount as the reminder prints it in the customer's language."""
    units, cents = amount.split(".")
    grouped = f"{int(units):,}"
    symbol = {"GBP": "£", "EUR": "€"}[currency]
    if loc == "en":
        return f"{symbol}{grouped}.{cents}"
    sep = "\u00a0" if loc == "fr" else "."
    number = grouped.replace(",", sep) + "," + cents
    return f"{symbol} {number}" if loc in {"nl", "it"} else f"{number} {symbol}"


def fit_charset(text: str, charset: str) -> str:
    """What a client using a single-byte charset actually sends for the quoted text."""
    if charset == "utf-8":
        return text
    for char, fallback in LATIN1_FALLBACK.items():
        try:
            char.encode(charset)
        except UnicodeEncodeError:
            text = text.replace(char, fallback)
    return text


# --------------------------------------------------------------------------------------------
# Labels and message specifications
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Labels:
    """The expected classifier output for one message (only the winning intent's fields)."""

    promised_date: str | None = None
    paid_date: str | None = None
    return_date: str | None = None
    payment_reference: str | None = None
    amount: str | None = None
    currency: str | None = None
    new_contact: str | None = None
    refs: tuple[str, ...] = ()
    note: str | None = None


@dataclass(frozen=True)
class Mail:
    """One hand-written message from a customer (a reply, or a notice that quotes nothing)."""

    key: str
    intent: str
    lang: str
    sender: tuple[str, str]
    when: str
    client: str
    body: str
    labels: Labels = Labels()
    inv: str = "LTA-0400-30"
    amount: str = "960.00"
    zone_name: str = ""
    currency: str = ""
    rlang: str = ""
    reminded: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    subject: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    thread: bool = True

    @property
    def tz(self) -> str:
        """Where the sender is: "uk" for English writers unless stated, else central Europe."""
        return self.zone_name or ("uk" if self.lang == "en" else "ce")

    @property
    def dt(self) -> datetime:
        """The Date: of the message, in the sender's local offset."""
        return local_time(self.when, self.tz)

    @property
    def reminder_lang(self) -> str:
        """The language of the reminder being answered (usually the customer's)."""
        return self.rlang or self.lang

    @property
    def cur(self) -> str:
        """Invoice currency: pounds for UK customers, euros for the others."""
        return self.currency or ("GBP" if self.tz == "uk" else "EUR")


# --------------------------------------------------------------------------------------------
# Ids, digests and small text helpers
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    """A stable digest of a message key (everything random-looking derives from it)."""
    return hashlib.sha256(f"{SEED}|{salt}|{key}".encode()).digest()


def token(key: str, salt: str, length: int) -> str:
    """An upper-case base32 token derived from the key."""
    return base64.b32encode(digest(key, salt)).decode()[:length]


def reminder_msgid(key: str) -> str:
    """The Message-ID dunmail gave the reminder this message answers."""
    return f"<dunmail.{token(key, 'reminder', 18).lower()}@{AR_DOMAIN}>"


def reply_msgid(key: str, client: str, addr: str) -> str:
    """A Message-ID shaped like the one the sender's client would generate."""
    raw = digest(key, "message-id")
    domain = addr.split("@")[1]
    if client in {"gmail", "gmail_plain"}:
        return f"<CAH{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:41]}@mail.gmail.com>"
    if client in OUTLOOK_CLIENTS:
        host = f"AS8PR03MB{int.from_bytes(raw[:2], 'big') % 9000 + 1000}"
        return f"<{host}{token(key, 'exchange', 12)}@{host}.eurprd03.prod.outlook.com>"
    if client in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if client == "thunderbird":
        h = raw.hex()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{raw.hex()[:20]}.{int.from_bytes(raw[-3:], 'big')}@{domain}>"


def quoted(text: str) -> str:
    """Plain-text quoting with ``>`` as mail clients do it."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_text(text: str) -> str:
    """Escape text and keep its line breaks."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paras(text: str) -> str:
    """Paragraphs of text as ``<p>`` elements."""
    return "\n".join(f"<p>{html_text(p)}</p>" for p in text.split("\n\n"))


def word_paras(text: str) -> str:
    """Paragraphs the way Word-based Outlook writes them."""
    lines = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "&nbsp;"
        lines.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(lines)


def flowed(text: str, width: int = 72) -> str:
    """Encode text as RFC 3676 format=flowed: a line ending in a space continues on the next."""
    out: list[str] = []
    for raw in text.split("\n"):
        line = raw if raw == "-- " else raw.rstrip(" ")
        depth = len(line) - len(line.lstrip(">"))
        prefix, content = line[:depth], line[depth:]
        if depth and content.startswith(" "):
            content = content[1:]
        pieces: list[str] = []
        current = ""
        for word in re.findall(r"\S+\s*", content) or [content]:
            if current and depth + len(current) + len(word.rstrip()) > width:
                pieces.append(current)
                current = word
            else:
                current += word
        pieces.append(current if line == "-- " else current.rstrip(" "))
        for piece in pieces:
            stuffed = depth > 0 and piece != ""
            if not depth and piece.startswith((" ", ">", "From ")):
                stuffed = True
            out.append(prefix + (" " if stuffed else "") + piece)
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# MIME parts
# --------------------------------------------------------------------------------------------

CTE_CODES = {"qp": email_charset.QP, "b64": email_charset.BASE64}


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """A text part in the given charset and transfer encoding (qp, b64, 8bit or 7bit)."""
    if cte == "7bit":
        text.encode("ascii")  # raises if the text is not plain ASCII
        part = MIMENonMultipart("text", subtype, charset="us-ascii")
        part.set_payload(text)
        part["Content-Transfer-Encoding"] = "7bit"
        return part
    text.encode(charset)  # raises if the hand-written text does not fit the declared charset
    chosen = email_charset.Charset(charset)
    if cte == "8bit":
        chosen.body_encoding = None  # type: ignore[assignment]
    else:
        chosen.body_encoding = CTE_CODES[cte]
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, chosen)
    return part


def header_value(value: str, charset: str, name: str = "Subject") -> str:
    """A header as the client encodes it: RFC 2047 encoded words once it is not ASCII."""
    if value.isascii():
        return value
    chosen = "utf-8" if charset in {"utf-8", "us-ascii"} else charset
    try:
        value.encode(chosen)
    except UnicodeEncodeError:
        chosen = "utf-8"
    return Header(value, chosen, header_name=name).encode()


def mailbox(name: str, addr: str, charset: str) -> str:
    """A From/To mailbox with the display name encoded when it needs to be."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{header_value(name, charset, 'From')} <{addr}>"


def alternative(plain: Message, markup: Message) -> Message:
    """A multipart/alternative of a plain and an HTML part."""
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(markup)
    return outer


# --------------------------------------------------------------------------------------------
# The quoted reminder, seen from the replying client
# --------------------------------------------------------------------------------------------


def reminder_sent(m: Mail) -> datetime:
    """When dunmail sent the reminder: a UK working day before the reply, around half past eight."""
    if m.reminded:
        day = date.fromisoformat(m.reminded)
    else:
        day = m.dt.date() - timedelta(days=1)
        while day.weekday() >= 5 or day in UK_HOLIDAYS:
            day -= timedelta(days=1)
    minute = 30 + digest(m.key, "minute")[0] % 20
    return datetime(day.year, day.month, day.day, 8, minute, 12, tzinfo=zone("uk", day))


def reminder_text(lang: str, inv: str, amount: str, currency: str, sent: date) -> str:
    """The reminder body in ``lang`` for one invoice (issued 45 days and due 15 days before)."""
    issued = sent - timedelta(days=45)
    due = issued + timedelta(days=30)
    fmt = REMINDER_DATE[lang]
    return REMINDER_BODY[lang].format(
        inv=inv,
        issued=fmt.format(**date_parts(lang, issued)),
        due=fmt.format(**date_parts(lang, due)),
        amt=money(amount, currency, lang),
    )


@dataclass(frozen=True)
class Quote:
    """What a reply quotes: the reminder, as the sender's client displays it."""

    text: str
    subject: str
    sent: datetime
    loc: str
    to: str


def make_quote(m: Mail) -> Quote:
    """The reminder this message answers, in the reader's time zone and charset."""
    sent = reminder_sent(m)
    rl = m.reminder_lang
    text = reminder_text(rl, m.inv, m.amount, m.cur, sent.date())
    subject = REMINDER_SUBJECT[rl].format(inv=m.inv)
    local = sent.astimezone(m.dt.tzinfo)
    name, addr = m.sender
    return Quote(
        fit_charset(text, m.charset),
        fit_charset(subject, m.charset),
        local,
        m.lang,
        f"{name} <{addr}>" if name else addr,
    )


def outlook_rows(q: Quote) -> list[tuple[str, str]]:
    """The From/Sent/To/Subject rows of an Outlook reply header."""
    _, frm, sent, to, subj, _ = OUTLOOK_BLOCK[q.loc]
    return [
        (frm, f"{AR_NAME} <{AR_ADDR}>"),
        (sent, OUTLOOK_SENT[q.loc].format(**date_parts(q.loc, q.sent))),
        (to, q.to),
        (subj, q.subject),
    ]


def outlook_lines(q: Quote) -> str:
    """The Outlook reply header as plain text."""
    sep = OUTLOOK_BLOCK[q.loc][5]
    return "\n".join(f"{label}{sep}{value}" for label, value in outlook_rows(q))


def who() -> dict[str, str]:
    """The reminder's sender as attribution lines name it."""
    return {
        "who": f"{AR_NAME} <{AR_ADDR}>",
        "who_es": f"{AR_NAME} (<{AR_ADDR}>)",
        "name": AR_NAME,
    }


def attribution(table: dict[str, str], q: Quote) -> str:
    """An attribution line ("On … wrote:") in the client's language."""
    return table[q.loc].format(**date_parts(q.loc, q.sent), **who())


# --------------------------------------------------------------------------------------------
# Client layouts
# --------------------------------------------------------------------------------------------


def word_document(m: Mail, q: Quote, body_html: str) -> str:
    """An Outlook (Word engine) HTML body with the divider above the quoted header."""
    sep = OUTLOOK_BLOCK[q.loc][5].strip()
    head = "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(sep)}</b> {html.escape(value)}"
        for label, value in outlook_rows(q)
    )
    lang = CONTENT_LANGUAGE[m.lang].upper()
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={m.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        '\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle19\n\t{mso-style-type:personal-reply;}\n--></style>\n</head>\n"
        f'<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{body_html}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{word_paras(q.text)}\n</div>\n</body>\n</html>\n"
    )


def client_outlook(m: Mail, q: Quote) -> Message:
    """Outlook desktop, plain text, with the localised Original Message block."""
    block = OUTLOOK_BLOCK[q.loc][0]
    text = f"{m.body}\n\n{block}\n{outlook_lines(q)}\n\n{q.text}\n"
    return text_part(text, "plain", m.charset, m.cte)


def client_outlook_html(m: Mail, q: Quote) -> Message:
    """Outlook desktop, HTML with Word markup, sent as multipart/alternative."""
    plain = f"{m.body}\n\n{outlook_lines(q)}\n\n{q.text}\n"
    markup = word_document(m, q, word_paras(m.body))
    return alternative(
        text_part(plain, "plain", m.charset, m.cte),
        text_part(markup, "html", m.charset, m.cte),
    )


def client_html_only(m: Mail, q: Quote) -> Message:
    """Outlook configured to send HTML only (no plain alternative)."""
    return text_part(word_document(m, q, word_paras(m.body)), "html", m.charset, m.cte)


def client_android(m: Mail, q: Quote) -> Message:
    """Outlook for Android: plain text in base64 under the localised app line."""
    text = f"{m.body}\n\n{ANDROID_LINE[q.loc]}\n{'_' * 32}\n{outlook_lines(q)}\n\n{q.text}\n"
    return text_part(text, "plain", m.charset, "b64")


def client_gmail(m: Mail, q: Quote) -> Message:
    """Gmail web: multipart/alternative with a ``gmail_quote`` block."""
    attr = attribution(GMAIL_ATTRIBUTION, q)
    plain = f"{m.body}\n\n{attr}\n\n{quoted(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_text(m.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paras(q.text)}</blockquote></div>\n"
    )
    return alternative(
        text_part(plain, "plain", m.charset, m.cte),
        text_part(markup, "html", m.charset, m.cte),
    )


def client_gmail_plain(m: Mail, q: Quote) -> Message:
    """Gmail in plain-text mode: ``>`` quoting only."""
    text = f"{m.body}\n\n{attribution(GMAIL_ATTRIBUTION, q)}\n\n{quoted(q.text)}\n"
    return text_part(text, "plain", m.charset, m.cte)


def client_apple(m: Mail, q: Quote) -> Message:
    """Apple Mail on a Mac, plain text."""
    text = f"{m.body}\n\n{attribution(APPLE_ATTRIBUTION, q)}\n\n{quoted(q.text)}\n"
    return text_part(text, "plain", m.charset, m.cte)


def client_iphone(m: Mail, q: Quote) -> Message:
    """iPhone Mail: the localised signature line, then the quoted attribution and reminder."""
    quote = quoted(f"{attribution(APPLE_ATTRIBUTION, q)}\n\n{q.text}")
    return text_part(f"{m.body}\n\n{IPHONE_LINE[q.loc]}\n\n{quote}\n", "plain", m.charset, m.cte)


def client_thunderbird(m: Mail, q: Quote) -> Message:
    """Thunderbird: format=flowed plain text, attribution directly above the quote."""
    attr = THUNDERBIRD_ATTRIBUTION[q.loc].format(**date_parts(q.loc, q.sent), **who())
    text = flowed(f"{m.body}\n\n{attr}\n{quoted(q.text)}\n")
    part = text_part(text, "plain", m.charset, m.cte)
    part.set_param("format", "flowed")
    return part


def client_notice(m: Mail, q: Quote) -> Message:
    """An automatic notice or system message: the new text only, nothing quoted."""
    del q
    return text_part(m.body + "\n", "plain", m.charset, m.cte)


def client_html_notice(m: Mail, q: Quote) -> Message:
    """A system-generated HTML-only message (the body is already markup)."""
    del q
    return text_part(m.body, "html", m.charset, m.cte)


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
    "notice": client_notice,
    "html_notice": client_html_notice,
}
OUTLOOK_CLIENTS = {"outlook", "outlook_html", "html_only", "android"}
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3864.400.21)"),),
    "iphone": (("X-Mailer", "iPhone Mail (23E261)"),),
    "thunderbird": (
        (
            "User-Agent",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Thunderbird/140.9.1",
        ),
    ),
}


def reply_subject(m: Mail, q: Quote) -> str:
    """The Subject the client writes: a localised RE: prefix unless the sender changed it."""
    if m.subject:
        return m.subject.format(rsub=q.subject)
    prefix = OUTLOOK_PREFIX[q.loc] if m.client in OUTLOOK_CLIENTS else "Re: "
    return prefix + q.subject


def outlook_headers(m: Mail, q: Quote) -> list[tuple[str, str]]:
    """The extra headers Exchange/Outlook adds to a reply."""
    index = base64.b64encode(b"\x01\xda" + digest(m.key, "thread-index")[:20]).decode()
    return [
        ("Thread-Topic", header_value(q.subject, m.charset, "Thread-Topic")),
        ("Thread-Index", index),
        ("Accept-Language", f"{CONTENT_LANGUAGE[m.lang]}, en-US"),
        ("Content-Language", CONTENT_LANGUAGE[m.lang]),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def move_mime_headers_last(msg: Message) -> None:
    """Put MIME-Version and the content headers below the envelope headers, as clients do."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "MIME-Version" not in msg and "Content-Type" in msg:
        msg["MIME-Version"] = "1.0"


def clean_parts(part: Message, top: bool = True) -> None:
    """Only the top of a message (or of an embedded message) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    if part.is_multipart():
        for sub in cast(list[Message], part.get_payload()):
            clean_parts(sub, top=part.get_content_type() == "message/rfc822")


def boundary(key: str, style: str, n: int) -> str:
    """A deterministic boundary shaped like the sending software's own."""
    raw = digest(key, f"boundary-{n}")
    if style in {"gmail", "gmail_plain"}:
        return "000000000000" + raw.hex()[:14]
    if style in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"Apple-Mail={h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
    if style in OUTLOOK_CLIENTS:
        return f"_000_{token(key, f'boundary-{n}', 28)}_"
    return f"----=_Part_{int.from_bytes(raw[:4], 'big')}_{int.from_bytes(raw[4:8], 'big')}.{1900000000000 + int.from_bytes(raw[8:12], 'big') % 99999999}"


def fix_boundaries(msg: Message, key: str, style: str) -> None:
    """Deterministic multipart boundaries for every multipart in the message."""
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        part.set_boundary(boundary(key, style, n))


def finish(msg: Message, key: str, style: str) -> Message:
    """Header order, MIME-Version placement and boundaries."""
    move_mime_headers_last(msg)
    clean_parts(msg)
    fix_boundaries(msg, key, style)
    return msg


def build_mail(m: Mail) -> Message:
    """The complete message for one hand-written spec."""
    q = make_quote(m)
    msg = CLIENTS[m.client](m, q)
    msg["From"] = mailbox(*m.sender, m.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    msg["Subject"] = header_value(reply_subject(m, q), m.charset)
    msg["Date"] = format_datetime(m.dt)
    msg["Message-ID"] = reply_msgid(m.key, m.client, m.sender[1])
    if m.thread:
        msg["In-Reply-To"] = reminder_msgid(m.key)
        msg["References"] = reminder_msgid(m.key)
    extra = outlook_headers(m, q) if m.client in OUTLOOK_CLIENTS else []
    for name, value in [*extra, *CLIENT_HEADERS.get(m.client, ()), *m.headers]:
        msg[name] = value
    return finish(msg, m.key, m.client)


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

XARS = ("X-Auto-Response-Suppress", "All")
AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")

PAYMENT_SENT = [
    Mail(
        "ps-en-paid-oneword",
        "payment_sent",
        "en",
        ("Gareth Pryce", "gareth@prycelegal.example"),
        "2030-04-16 08:47",
        "iphone",
        "Paid.\n\nG",
        Labels(note="one-word reply from a phone; no date given"),
        inv="LTA-0411-30",
        amount="780.00",
    ),
    Mail(
        "ps-en-remittance-trust",
        "payment_sent",
        "en",
        ("Severn Vale Health Trust", "ap.noreply@severnvale-health.example"),
        "2030-04-17 05:42",
        "html_notice",
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
        '<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">\n'
        "<h2>REMITTANCE ADVICE</h2>\n"
        "<p>Severn Vale Health Trust &ndash; Shared Financial Services<br>\n"
        "Payee: LANTERNFISH TRANSLATION AGENCY LTD (supplier no. 40031872)</p>\n"
        '<table border="1" cellpadding="4" cellspacing="0">\n'
        "<tr><td>Payment number</td><td>0091877</td></tr>\n"
        "<tr><td>Payment method</td><td>BACS</td></tr>\n"
        "<tr><td>Payment date</td><td>17/04/2030</td></tr>\n"
        "</table>\n<p></p>\n"
        '<table border="1" cellpadding="4" cellspacing="0">\n'
        "<tr><th>Invoice number</th><th>Invoice date</th><th>Description</th><th>Amount</th></tr>\n"
        "<tr><td>LTA-0388-30</td><td>05/03/2030</td><td>Interpreting &ndash; outpatient clinics</td><td>&pound;640.00</td></tr>\n"
        "<tr><td>LTA-0417-30</td><td>12/03/2030</td><td>Translation &ndash; discharge leaflets (PL, RO)</td><td>&pound;1,275.50</td></tr>\n"
        '<tr><td colspan="3"><b>Total paid</b></td><td><b>&pound;1,915.50</b></td></tr>\n'
        "</table>\n"
        "<p>Funds should reach your account within three working days.</p>\n"
        "<p>This message was generated automatically. Replies to this address are not read. "
        "For queries, email ap.queries@severnvale-health.example quoting the payment number.</p>\n"
        "</body></html>\n",
        Labels(
            paid_date="2030-04-17",
            payment_reference="0091877",
            amount="1915.50",
            currency="GBP",
            refs=("LTA-0388-30", "LTA-0417-30"),
            note="AP-system remittance advice, HTML only, with Auto-Submitted: still a payment; the queries address is not a new contact",
        ),
        inv="LTA-0450-30",
        subject="Remittance advice 0091877 - LANTERNFISH TRANSLATION AGENCY LTD",
        cte="b64",
        headers=(AUTO_GENERATED, ("X-Mailer", "Oracle Fusion Payables")),
        thread=False,
    ),
    Mail(
        "ps-en-paid-send-copy",
        "payment_sent",
        "en",
        ("Hannah Okafor", "h.okafor@bramleywhitcombe.example"),
        "2030-04-24 15:32",
        "outlook_html",
        "Hi,\n\nOur accounts team tell me this went out last Thursday – £1,140.00 by BACS, reference BWL-CLIENT-2291. It might have been allocated wrongly because it was paid together with the certified translations for the Marsh matter.\n\nWhile you’re at it, could you send me a copy of invoice LTA-0409-30 as a PDF? I can’t find it in our system and Richard wants it on the file.\n\nMany thanks,\nHannah\n\nHannah Okafor\nLegal Secretary to Richard Bramley\nBramley Whitcombe LLP\nT: 0117 496 0522",
        Labels(
            paid_date="2030-04-18",
            payment_reference="BWL-CLIENT-2291",
            amount="1140.00",
            currency="GBP",
            refs=("LTA-0409-30",),
            note="paid, plus a copy asked for the file: the payment claim wins; 'last Thursday' seen from Wed 24 Apr",
        ),
        inv="LTA-0409-30",
        amount="1140.00",
    ),
    Mail(
        "ps-de-kanzlei-ueberwiesen",
        "payment_sent",
        "de",
        ("Kerstin Albers", "k.albers@kanzlei-albers-pohl.example"),
        "2030-04-16 10:12",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nIhre Zahlungserinnerung können wir nicht nachvollziehen. Den Betrag von 1.870,40 € haben wir bereits am 12.04.2030 überwiesen, Verwendungszweck „LTA-0452-30“.\n\nBitte prüfen Sie Ihre Zahlungseingänge noch einmal.\n\nMit freundlichen Grüßen\n\nKerstin Albers\nBüroleitung\nAlbers & Pohl Rechtsanwälte PartG mbB",
        Labels(
            paid_date="2030-04-12",
            amount="1870.40",
            currency="EUR",
            refs=("LTA-0452-30",),
            note="the remittance text is the invoice number, not a bank reference",
        ),
        inv="LTA-0452-30",
        amount="1870.40",
        charset="windows-1252",
        headers=(XARS,),
    ),
    Mail(
        "ps-fr-regle-ce-matin",
        "payment_sent",
        "fr",
        ("Claire Vasseur", "claire.vasseur@gmail.com"),
        "2030-04-18 11:05",
        "iphone",
        "Réglé ce matin par virement, désolée pour le retard !\nClaire",
        Labels(paid_date="2030-04-18", note="'ce matin' is the message date"),
        inv="LTA-0366-30",
        amount="420.00",
    ),
    Mail(
        "ps-fr-editeur-long",
        "payment_sent",
        "fr",
        ("Bertrand Lemoine", "b.lemoine@editions-pierregrise.example"),
        "2030-04-26 17:40",
        "gmail",
        "Bonjour,\n\nJe reviens vers vous au sujet de votre relance de mardi. Je vous prie d'abord d'excuser notre silence : nous avons changé de logiciel de comptabilité en mars et, entre la migration, le Salon du livre et le départ en congé maternité de notre comptable, beaucoup de choses sont restées en suspens. J'ai dû reprendre moi-même une partie des dossiers fournisseurs, ce qui n'est pas vraiment mon métier, vous l'imaginez.\n\nJe profite de ce message pour vous dire que l'autrice des « Marées basses » nous a dit le plus grand bien de la traduction ; nous envisageons de vous confier le tome suivant à l'automne, j'en parlerai avec votre cheffe de projet.\n\nPour ce qui nous occupe : après vérification auprès de la banque, le virement de 3 412,80 € correspondant à votre facture LTA-0396-30 a bien été émis le 23 avril, sous la référence VIR-0423-117. Il devrait donc apparaître sur votre compte d'ici la fin de la semaine.\n\nBien cordialement,\n\nBertrand Lemoine\nDirecteur éditorial\nÉditions de la Pierre Grise",
        Labels(
            paid_date="2030-04-23",
            payment_reference="VIR-0423-117",
            amount="3412.80",
            currency="EUR",
            refs=("LTA-0396-30",),
            note="long reply with the payment buried in the third paragraph",
        ),
        inv="LTA-0396-30",
        amount="3412.80",
        reminded="2030-04-23",
    ),
    Mail(
        "ps-es-sin-puntuacion",
        "payment_sent",
        "es",
        ("Javier Ruiz", "javiruiz.clinica@gmail.com"),
        "2030-05-06 09:20",
        "gmail_plain",
        "buenos dias ya esta pagado lo hicimos el viernes por transferencia desde la cuenta de la clinica si no os a llegado decidmelo\n\nJavier",
        Labels(
            paid_date="2030-05-03",
            note="no punctuation or accents, a typo ('a llegado'); 'el viernes' is the Friday before Mon 6 May",
        ),
        inv="LTA-0374-30",
        amount="530.00",
    ),
    Mail(
        "ps-es-ayer-android",
        "payment_sent",
        "es",
        ("Lucía Ferrer Campos", "lferrer@hospitalsantelmo.example"),
        "2030-04-25 08:02",
        "android",
        "Buenos días:\n\nLes confirmo que tesorería ordenó ayer, 24/04, la transferencia de 985,60 €. Ahora mismo estoy fuera y no tengo el justificante a mano; se lo reenvío el lunes cuando vuelva a la oficina.\n\nSaludos,\nLucía Ferrer\nCompras – Hospital San Telmo",
        Labels(
            paid_date="2030-04-24",
            amount="985.60",
            currency="EUR",
            note="proof promised for Monday; the payment itself is done",
        ),
        inv="LTA-0385-30",
        amount="985.60",
    ),
    Mail(
        "ps-nl-toch-al-betaald",
        "payment_sent",
        "nl",
        ("Maarten Veldkamp", "m.veldkamp@veldkampnotarissen.example"),
        "2030-05-07 13:33",
        "thunderbird",
        "Goedemiddag,\n\nDit is toch al betaald? Volgens ons boekhoudpakket is het bedrag van € 612,50 op 2 mei van onze rekening afgeschreven, betalingskenmerk 3100 4471 2290 0815. Wilt u even nakijken of het bij u is binnengekomen?\n\nMet vriendelijke groet,\n\nMaarten Veldkamp\nVeldkamp Notarissen",
        Labels(
            paid_date="2030-05-02",
            payment_reference="3100 4471 2290 0815",
            amount="612.50",
            currency="EUR",
            note="written as a question but asserts the payment with a date and reference",
        ),
        inv="LTA-0413-30",
        amount="612.50",
        cte="8bit",
    ),
    Mail(
        "ps-nl-sinds-gisteren",
        "payment_sent",
        "nl",
        ("Sanne de Wit", "sanne@vlaklandfilms.example"),
        "2030-04-30 16:14",
        "apple",
        "Hoi,\n\nStaat sinds gisteren op jullie rekening, het was blijven hangen in onze goedkeuringsflow. Sorry!\n\nGroetjes,\nSanne\n\nVlakland Films | productie",
        Labels(paid_date="2030-04-29", note="'sinds gisteren' seen from Tue 30 Apr"),
        inv="LTA-0403-30",
        amount="1215.00",
    ),
    Mail(
        "ps-it-avviso-sap",
        "payment_sent",
        "it",
        (
            "Officine Meccaniche Brenta S.p.A.",
            "contabilita.fornitori@omb-brenta.example",
        ),
        "2030-04-29 22:10",
        "notice",
        "AVVISO DI PAGAMENTO – documento generato automaticamente, si prega di non rispondere\n\nSpett.le LANTERNFISH TRANSLATION AGENCY LTD\nCod. fornitore 700412\n\nVi informiamo che in data 29.04.2030 abbiamo disposto a vostro favore il seguente pagamento:\n\nNumero avviso:     2000184433\nModalità:          bonifico SEPA\nData valuta:       30.04.2030\nBanca ordinante:   Banca del Brenta, filiale di Bassano\n\nDocumenti pareggiati\nN. documento       Data doc.     Importo EUR\nLTA-0401-30        14.02.2030       1.250,00\nLTA-0433-30        11.03.2030         730,00\n                                  ---------\nTotale                              1.980,00\n\nPer informazioni: ufficio contabilità fornitori, tel. 0424 000 000",
        Labels(
            paid_date="2030-04-29",
            payment_reference="2000184433",
            amount="1980.00",
            currency="EUR",
            refs=("LTA-0401-30", "LTA-0433-30"),
            note="ERP payment advice without Auto-Submitted (Precedence: bulk); the execution date, not the value date",
        ),
        inv="LTA-0476-30",
        subject="Avviso di pagamento n. 2000184433",
        charset="windows-1252",
        headers=(("Precedence", "bulk"), ("X-Mailer", "SAP NetWeaver 7.58")),
        thread=False,
    ),
    Mail(
        "ps-it-fatto",
        "payment_sent",
        "it",
        ("Marco Bellandi", "marco.bellandi@gmail.com"),
        "2030-05-04 10:31",
        "iphone",
        "fatto, scusate il ritardo",
        Labels(note="'fatto' (done) in answer to a payment reminder means paid; no date"),
        inv="LTA-0397-30",
        amount="310.00",
    ),
]

PROMISE_TO_PAY = [
    Mail(
        "pr-en-fridays-run",
        "promise_to_pay",
        "en",
        ("Mark Ellery", "accounts.payable@haldenaero.example"),
        "2030-04-30 10:22",
        "outlook",
        "Hello,\n\nInvoice LTA-0429-30 (£4,980.00) was approved by the budget holder yesterday and has been released for Friday's payment run. Depending on your bank you should see it early next week.\n\nRegards,\n\nMark Ellery\nAccounts Payable\nHalden Aerospace Components plc",
        Labels(
            promised_date="2030-05-03",
            amount="4980.00",
            currency="GBP",
            refs=("LTA-0429-30",),
            note="past tense ('approved', 'released') announcing a future payment run on Fri 3 May",
        ),
        inv="LTA-0429-30",
        amount="4980.00",
        headers=(XARS,),
    ),
    Mail(
        "pr-en-caps-next-thursday",
        "promise_to_pay",
        "en",
        ("Dapo Achebe", "dapo@achebechambers.example"),
        "2030-04-18 21:55",
        "iphone",
        "WILL PAY NEXT THURSDAY SORRY BEEN IN COURT ALL WEEK",
        Labels(
            promised_date="2030-04-25",
            note="all caps from a phone; 'next Thursday' written on a Thursday is the 25th",
        ),
        inv="LTA-0446-30",
        amount="650.00",
    ),
    Mail(
        "pr-en-not-yet-15th",
        "promise_to_pay",
        "en",
        ("Rob Tennant", "robtennant.films@gmail.com"),
        "2030-04-23 19:41",
        "gmail_plain",
        "Not yet I'm afraid - the broadcaster still hasn't paid me for the subtitled cut. They've promised the money for the middle of May so I'll clear yours on the 15th.\n\nRob",
        Labels(
            promised_date="2030-05-15",
            note="'not yet' followed by a promise; 'the 15th' after Tue 23 Apr is 15 May",
        ),
        inv="LTA-0353-30",
        amount="875.00",
    ),
    Mail(
        "pr-de-kw19",
        "promise_to_pay",
        "de",
        (
            "Kreditorenbuchhaltung Vogtmann Medizintechnik",
            "kreditoren@vogtmann-medtech.example",
        ),
        "2030-04-24 14:05",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Erinnerung. Die Rechnung LTA-0444-30 liegt uns inzwischen freigegeben vor und ist für den Zahllauf in KW 19 eingeplant.\n\nMit freundlichen Grüßen\ni. A. Sabine Krug\nKreditorenbuchhaltung\nVogtmann Medizintechnik GmbH",
        Labels(
            promised_date="2030-05-06",
            refs=("LTA-0444-30",),
            note="'KW 19' resolves to the Monday of ISO week 19, like 'next week'",
        ),
        inv="LTA-0444-30",
        amount="2640.00",
    ),
    Mail(
        "pr-de-nach-ostern",
        "promise_to_pay",
        "de",
        ("Ingrid Sauer", "ingrid.sauer@gmx.de"),
        "2030-04-17 16:30",
        "iphone",
        "Guten Tag,\n\nich habe Ihre Erinnerung erst jetzt gesehen, sie war im Spam-Ordner gelandet. Ich überweise nach Ostern, spätestens am 26.04.\n\nViele Grüße\nI. Sauer",
        Labels(
            promised_date="2030-04-26",
            note="'nach Ostern' alone would be vague; 'spätestens am 26.04.' pins the day",
        ),
        inv="LTA-0373-30",
        amount="145.00",
    ),
    Mail(
        "pr-fr-fin-de-mois",
        "promise_to_pay",
        "fr",
        ("Nadia Benali", "facturier@clinique-tilleuls.example"),
        "2030-04-16 11:30",
        "thunderbird",
        "Madame, Monsieur,\n\nNous accusons réception de votre relance concernant la facture LTA-0419-30.\n\nCelle-ci a été validée par le service des admissions ; son règlement interviendra fin de mois, avec l'ensemble de nos paiements fournisseurs.\n\nNous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\nNadia Benali\nService facturier\nClinique des Tilleuls",
        Labels(
            promised_date="2030-04-30",
            refs=("LTA-0419-30",),
            note="very formal register; 'fin de mois' is 30 April",
        ),
        inv="LTA-0419-30",
        amount="1388.00",
        cte="8bit",
    ),
    Mail(
        "pr-es-finales-de-mes",
        "promise_to_pay",
        "es",
        ("Marta Lozano", "marta@edicionescandil.example"),
        "2030-05-06 13:48",
        "iphone",
        "Hola! Lo pagamos a finales de mes, en cuanto nos liquide la distribuidora. Perdona el lío.\nMarta",
        Labels(
            promised_date="2030-05-31",
            note="promise tied to a condition but dated: 'a finales de mes' is 31 May",
        ),
        inv="LTA-0420-30",
        amount="2210.00",
    ),
    Mail(
        "pr-es-jueves-sin-falta",
        "promise_to_pay",
        "es",
        ("Álvaro Méndez", "alvaromendez.abogado@gmail.com"),
        "2030-04-15 18:02",
        "gmail",
        "hola, lo pago el jueves sin falta, perdon por el retraso q he estado con un juicio\n\nun saludo\nAlvaro",
        Labels(
            promised_date="2030-04-18",
            note="informal, no accents; 'el jueves' after Mon 15 Apr",
        ),
        inv="LTA-0472-30",
        amount="390.00",
    ),
    Mail(
        "pr-nl-over-twee-weken",
        "promise_to_pay",
        "nl",
        ("Ilse Verhoeven", "crediteuren@zeelandmaritiem.example"),
        "2030-04-17 10:44",
        "outlook_html",
        "Geachte heer/mevrouw,\n\nUw factuur LTA-0425-30 is bij ons in behandeling. Wij zitten midden in een systeemmigratie en betalen de openstaande posten over twee weken.\n\nMet vriendelijke groet,\n\nIlse Verhoeven\nCrediteurenadministratie\nZeeland Maritiem B.V.",
        Labels(
            promised_date="2030-05-01",
            refs=("LTA-0425-30",),
            note="'over twee weken' is 14 days after Wed 17 Apr",
        ),
        inv="LTA-0425-30",
        amount="1760.00",
    ),
    Mail(
        "pr-nl-uiterlijk-vrijdag",
        "promise_to_pay",
        "nl",
        ("Pieter Hoogland", "p.hoogland@hooglandpompen.example"),
        "2030-05-07 12:15",
        "android",
        "Wordt deze week nog betaald, uiterlijk vrijdag. Zit op de beurs in Hannover, daarom kort.\n\nPieter",
        Labels(
            promised_date="2030-05-10",
            note="mobile brevity; 'uiterlijk vrijdag' is Fri 10 May",
        ),
        inv="LTA-0449-30",
        amount="890.00",
    ),
    Mail(
        "pr-it-entro-fine-mese",
        "promise_to_pay",
        "it",
        ("Rita Sartori", "amministrazione@edizioniilgabbiano.example"),
        "2030-04-23 09:30",
        "outlook",
        "Buongiorno,\n\nabbiamo ricevuto il vostro sollecito. Vi confermiamo che provvederemo al saldo della fattura LTA-0437-30 entro fine mese.\n\nCordiali saluti\n\nRita Sartori\nAmministrazione\nCasa Editrice Il Gabbiano s.r.l.",
        Labels(
            promised_date="2030-04-30",
            refs=("LTA-0437-30",),
            note="'entro fine mese' is 30 April",
        ),
        inv="LTA-0437-30",
        amount="1540.00",
        charset="windows-1252",
    ),
    Mail(
        "pr-it-distinta-15-05",
        "promise_to_pay",
        "it",
        ("Federica Conti", "federica.conti@fondazionesangiusto.example"),
        "2030-05-08 16:20",
        "gmail",
        "Gentili,\n\nil bonifico è già stato autorizzato dalla direzione amministrativa e partirà con la distinta del 15/05.\nVi chiedo ancora un po' di pazienza, qui le procedure sono lente.\n\nCordialmente,\nFederica Conti\nUfficio Acquisti – Fondazione Ospedaliera San Giusto",
        Labels(
            promised_date="2030-05-15",
            note="'già stato autorizzato' is past tense for a payment that leaves on 15/05",
        ),
        inv="LTA-0460-30",
        amount="2975.00",
    ),
]

DISPUTE = [
    Mail(
        "di-en-part-paid-interpreting",
        "dispute",
        "en",
        ("Fiona Graves", "fiona.graves@gravesodum.example"),
        "2030-04-16 14:40",
        "outlook_html",
        "Hello,\n\nWe have paid the translation element of this invoice (£1,200.00, sent on 9 April) but we are not paying the £360.00 interpreting charge. The hearing on 21 March was adjourned and we cancelled the interpreter by phone on the 18th, well inside the 48 hours in your terms.\n\nPlease issue a credit note for the interpreting line and we will treat the account as settled.\n\nKind regards,\nFiona Graves\nPractice Manager\nGraves & Odum Solicitors",
        Labels(note="part paid, the rest contested: dispute wins over the payment claim"),
        inv="LTA-0402-30",
        amount="1560.00",
    ),
    Mail(
        "di-en-not-paid-because",
        "dispute",
        "en",
        ("Priya Raman", "priya@ramanimmigration.example"),
        "2030-04-25 09:05",
        "gmail",
        "Hi,\n\nWe have NOT paid this because the certified translations came back without the translator's certification statement, and the Home Office returned our client's application. We had to have them redone elsewhere at our own cost.\n\nI'd like someone to call me about this before any more reminders go out.\n\nPriya Raman\nRaman Immigration Advice",
        Labels(note="negated payment with the reason: a quality dispute"),
        inv="LTA-0428-30",
        amount="540.00",
    ),
    Mail(
        "di-en-leaflets-rambling",
        "dispute",
        "en",
        ("Dr Lena Marsh", "lena.marsh@wyvernvalley-hospitals.example"),
        "2030-05-08 17:20",
        "apple",
        "Dear Lanternfish,\n\nApologies for the slow reply. It has been a difficult few weeks on the wards and I only look at this inbox now and then. I was the one who commissioned the patient leaflets in Polish, Romanian and Urdu back in February, and I want to say first that your project manager was very helpful and the turnaround was quick.\n\nHowever, when our Polish-speaking nurses went through the printed leaflets they found that the dosage table had been translated with two columns swapped, which could genuinely have hurt someone. We pulled 2,000 copies. I raised this by phone in March and was told it would be looked into, but I’ve heard nothing since, and now a reminder for the full amount has arrived.\n\nI don’t think we should pay for the Polish leaflet at all until this is sorted out, and I’d like the invoice put on hold in the meantime.\n\nBest wishes,\nLena\n\nDr Lena Marsh\nPatient Information Lead\nWyvern Valley Hospitals",
        Labels(note="long reply; the contest comes in the last paragraph"),
        inv="LTA-0390-30",
        amount="2480.00",
    ),
    Mail(
        "di-de-doppelt-berechnet",
        "dispute",
        "de",
        ("Jörg Krämer", "j.kraemer@kraemer-praezision.example"),
        "2030-04-29 11:11",
        "outlook",
        "Guten Tag,\n\ndie Rechnung LTA-0455-30 ist eine Doppelberechnung. Die Übersetzung der Betriebsanleitung (Projekt 2030-017) wurde bereits mit LTA-0431-30 abgerechnet und von uns am 28.03. bezahlt.\n\nBitte stornieren Sie LTA-0455-30.\n\nMit freundlichen Grüßen\nJörg Krämer\nEinkauf\nKrämer Präzisionsteile GmbH",
        Labels(
            refs=("LTA-0431-30", "LTA-0455-30"),
            note="duplicate billing; the payment mentioned is of the earlier invoice",
        ),
        inv="LTA-0455-30",
        amount="1925.00",
        charset="windows-1252",
    ),
    Mail(
        "di-de-wortpreis",
        "dispute",
        "de",
        ("Dr. Thomas Wendel", "wendel@wendel-patentanwaelte.example"),
        "2030-05-03 08:12",
        "iphone",
        "Vereinbart waren 0,14 € pro Wort, berechnet haben Sie 0,19 €. So zahlen wir das nicht. Bitte korrigieren.\n\nT. Wendel",
        Labels(note="rate dispute in three lines from a phone"),
        inv="LTA-0391-30",
        amount="3173.00",
    ),
    Mail(
        "di-fr-sous-titres-retard",
        "dispute",
        "fr",
        ("Julien Masson", "prod@filmsduheron.example"),
        "2030-04-23 10:00",
        "gmail",
        "Bonjour,\n\nNous contestons cette facture. Les sous-titres anglais devaient être livrés le 2 avril au plus tard pour l'envoi au festival ; nous les avons reçus le 9, après la date limite, et le film n'a pas pu être présenté en sélection. Le retard était entièrement de votre fait.\n\nNous sommes prêts à en discuter, mais pas à régler le montant actuel.\n\nJulien Masson\nDirecteur de production\nLes Films du Héron",
        Labels(note="late delivery, amount refused"),
        inv="LTA-0442-30",
        amount="1850.00",
    ),
    Mail(
        "di-fr-majuscules",
        "dispute",
        "fr",
        ("Gilles Moreau", "gilles.moreau@hotmail.fr"),
        "2030-05-06 19:25",
        "android",
        "JE N'AI JAMAIS COMMANDÉ D'INTERPRÈTE POUR LE 14 MARS. L'audience avait été annulée et je vous l'avais dit. Je ne paierai pas.\n\nG. Moreau",
        Labels(note="all caps; a service the customer says was cancelled"),
        inv="LTA-0422-30",
        amount="460.00",
    ),
    Mail(
        "di-es-interprete-no-vino",
        "dispute",
        "es",
        ("Beatriz Olmedo", "b.olmedo@olmedosanz-abogados.example"),
        "2030-04-17 12:30",
        "outlook_html",
        "Buenos días:\n\nEn relación con su recordatorio, les comunico que no vamos a abonar la factura LTA-0421-30. La intérprete de rumano no se presentó en la vista del día 9 en el Juzgado de lo Penal n.º 3 y tuvimos que solicitar la suspensión. Entendemos que no procede cobrar un servicio que no se prestó.\n\nQuedo a su disposición para comentarlo.\n\nAtentamente,\n\nBeatriz Olmedo\nOlmedo & Sanz Abogados",
        Labels(refs=("LTA-0421-30",), note="interpreter no-show; formal refusal to pay"),
        inv="LTA-0421-30",
        amount="720.00",
        charset="iso-8859-1",
    ),
    Mail(
        "di-nl-een-betaald-een-fout",
        "dispute",
        "nl",
        ("Femke Jansen", "administratie@notarisdegraaf.example"),
        "2030-04-18 15:50",
        "outlook",
        "Goedemiddag,\n\nFactuur LTA-0440-30 hebben wij vorige week voldaan. LTA-0447-30 klopt echter niet: daarop staan 12 pagina's beëdigde vertaling, terwijl het om 8 pagina's ging (akte van levering plus bijlagen). Graag ontvangen wij een gecorrigeerde factuur.\n\nMet vriendelijke groet,\nFemke Jansen\nNotariskantoor De Graaf",
        Labels(
            refs=("LTA-0440-30", "LTA-0447-30"),
            note="one invoice paid, the other contested: dispute; the corrected invoice follows from the dispute",
        ),
        inv="LTA-0447-30",
        amount="744.00",
    ),
    Mail(
        "di-nl-spoedtoeslag",
        "dispute",
        "nl",
        ("Kees Brouwer", "keesbrouwer.installatie@gmail.com"),
        "2030-05-09 09:03",
        "gmail_plain",
        "deze rekening klopt niet wij hebben nooit een spoedtoeslag afgesproken en de vertaling kwam ook niet sneller dan normaal dus die 150 euro betaal ik niet\n\nKees",
        Labels(note="no punctuation; contests a surcharge"),
        inv="LTA-0387-30",
        amount="610.00",
    ),
    Mail(
        "di-it-manuale-errori",
        "dispute",
        "it",
        ("Ing. Paolo Zanin", "p.zanin@idraulicaveneta.example"),
        "2030-04-16 15:00",
        "html_only",
        "Buongiorno,\n\nla traduzione in tedesco del manuale d'uso delle pompe (fattura LTA-0414-30) conteneva diversi errori di terminologia tecnica, segnalati dal nostro distributore di Monaco. Abbiamo dovuto farla rivedere da un tecnico madrelingua a nostre spese.\n\nPer questo motivo contestiamo la fattura e vi chiediamo una nota di credito almeno parziale.\n\nDistinti saluti\nIng. Paolo Zanin\nUfficio tecnico – Idraulica Veneta S.r.l.",
        Labels(refs=("LTA-0414-30",), note="HTML-only Outlook message; quality dispute"),
        inv="LTA-0414-30",
        amount="2320.00",
    ),
    Mail(
        "di-it-perche-640",
        "dispute",
        "it",
        ("Chiara Fontana", "chiara.fontana@studiofontana.example"),
        "2030-05-02 18:40",
        "iphone",
        "Scusate ma perché 640 euro?? Il preventivo che mi avete mandato era di 480 + iva. Non pago finché non mi spiegate la differenza",
        Labels(note="a question that contests the amount against the quote"),
        inv="LTA-0371-30",
        amount="640.00",
    ),
]

PAYMENT_PLAN = [
    Mail(
        "pp-en-150-a-month",
        "payment_plan",
        "en",
        ("Dan Whitfield", "danwhitfield.voice@gmail.com"),
        "2030-04-24 20:10",
        "gmail",
        "Hi there,\n\nI know this is overdue and I'm sorry. Work has been really thin since my main client went under in February and I'm just about keeping the lights on. Could I pay it off at £150 a month? I can send the first one this Friday and then one on the last Friday of each month until it's cleared.\n\nCheers,\nDan",
        Labels(note="hardship and monthly instalments; plan dates and amounts are not labelled"),
        inv="LTA-0389-30",
        amount="600.00",
    ),
    Mail(
        "pp-en-half-now",
        "payment_plan",
        "en",
        ("Eleanor Walsh", "eleanor@walshconferences.example"),
        "2030-05-01 11:45",
        "outlook",
        "Hello,\n\nWe've sent half of this today (£1,158.00) and will pay the balance once the event organiser settles with us, which should be mid-May. Hope that's OK.\n\nBest,\nEleanor Walsh\nDirector, Walsh Conference Services Ltd",
        Labels(note="part paid now, the rest later: payment_plan, not payment_sent"),
        inv="LTA-0457-30",
        amount="2316.00",
    ),
    Mail(
        "pp-en-council-extension",
        "payment_plan",
        "en",
        ("Alan Grieve", "finance.payables@pendlebury-dc.example"),
        "2030-04-15 09:30",
        "outlook_html",
        "Dear Sir/Madam,\n\nInvoice LTA-0386-30 – community interpreting, Q4\n\nThank you for your reminder. The invoice reached us in the final week of the 2029/30 financial year and could not be processed before year end, and the new year's budget has not yet been released to the service.\n\nWe would therefore ask for an extension of 30 days. We expect to be able to pay in full by mid-May.\n\nYours faithfully,\n\nAlan Grieve\nFinance Officer – Payables\nPendlebury District Council",
        Labels(
            refs=("LTA-0386-30",),
            note="public body asking for more time: payment_plan by the rules, though it ends with 'pay in full'",
        ),
        inv="LTA-0386-30",
        amount="3840.00",
    ),
    Mail(
        "pp-de-drei-raten",
        "payment_plan",
        "de",
        ("Tobias Reindl", "tobias@reindl-eventtechnik.example"),
        "2030-04-18 13:13",
        "apple",
        "Hallo zusammen,\n\ndie Rechnung ist bei uns nicht vergessen, aber im Moment ist es knapp. Könnten wir den Betrag in drei Raten zahlen? Die erste Rate würde ich Ende April überweisen, die beiden anderen jeweils Ende Mai und Ende Juni.\n\nBeste Grüße\nTobias Reindl",
        Labels(note="three instalments proposed"),
        inv="LTA-0372-30",
        amount="1470.00",
    ),
    Mail(
        "pp-de-rest-ende-mai",
        "payment_plan",
        "de",
        ("Claudia Neumeier", "c.neumeier@neumeier-verlag.example"),
        "2030-05-06 07:55",
        "android",
        "Guten Morgen, wir haben heute 1.000 € angewiesen. Den Rest (870,40 €) überweisen wir Ende Mai, früher geht es leider nicht.\nGruß C. Neumeier",
        Labels(note="part paid today, the rest at the end of May: payment_plan"),
        inv="LTA-0358-30",
        amount="1870.40",
    ),
    Mail(
        "pp-fr-echelonner",
        "payment_plan",
        "fr",
        ("Hélène Carpentier", "h.carpentier@editionsduphare.example"),
        "2030-04-29 14:20",
        "gmail",
        "Bonjour,\n\nNous traversons une passe difficile : notre diffuseur a été placé en redressement judiciaire le mois dernier et nos recettes de mars sont bloquées. Serait-il possible d'échelonner le paiement de la facture en trois fois, sur mai, juin et juillet ?\n\nJe comprends que ce ne soit pas idéal pour vous et vous remercie de votre compréhension.\n\nHélène Carpentier\nGérante – Éditions du Phare",
        Labels(note="hardship and three instalments"),
        inv="LTA-0424-30",
        amount="2715.00",
    ),
    Mail(
        "pp-fr-300-maintenant",
        "payment_plan",
        "fr",
        ("Karim Haddad", "karim.haddad75@gmail.com"),
        "2030-05-09 21:03",
        "iphone",
        "Bonsoir, je peux vous faire 300 € tout de suite et le reste début juin, ça vous va ?",
        Labels(note="an offer of part now and the rest later; nothing paid yet"),
        inv="LTA-0434-30",
        amount="820.00",
    ),
    Mail(
        "pp-es-fraccionar",
        "payment_plan",
        "es",
        ("Jorge Castell", "administracion@fsriberaalta.example"),
        "2030-04-26 12:05",
        "outlook",
        "Estimados señores:\n\nAcusamos recibo de su recordatorio relativo a la factura LTA-0430-30.\n\nPor motivos presupuestarios, les solicitamos que nos permitan fraccionar el importe en dos pagos: el 50 % el 15 de mayo y el 50 % restante el 15 de junio.\n\nQuedamos a la espera de su conformidad.\n\nAtentamente,\n\nJorge Castell\nDepartamento de Administración\nFundación Sanitaria Ribera Alta",
        Labels(refs=("LTA-0430-30",), note="formal request to split in two payments"),
        inv="LTA-0430-30",
        amount="4120.00",
        charset="iso-8859-1",
    ),
    Mail(
        "pp-es-unas-semanas-mas",
        "payment_plan",
        "es",
        ("Nuria Beltrán", "nuria@beltranconsultores.example"),
        "2030-05-03 16:40",
        "gmail_plain",
        "Hola,\n\nTe escribo porque no quiero que penséis que nos hemos olvidado. Estamos esperando el cobro de un cliente grande que nos debe tres meses, y hasta que no entre no tengo margen. ¿Podríais darnos unas semanas más? Calculo que a mediados de junio lo tendríamos todo al día.\n\nGracias y perdona,\nNuria",
        Labels(note="more time because of a customer's late payment; no firm date"),
        inv="LTA-0376-30",
        amount="1290.00",
    ),
    Mail(
        "pp-nl-termijnen",
        "payment_plan",
        "nl",
        ("Bas Kuipers", "bas@kuipersevenementen.example"),
        "2030-04-23 15:30",
        "thunderbird",
        "Hallo,\n\nKunnen we dit bedrag in termijnen betalen? Bijvoorbeeld 4 x € 250 per maand, te beginnen op 1 mei. Laat maar weten of dat akkoord is.\n\nGroet,\nBas Kuipers\nKuipers Evenementen",
        Labels(note="instalments proposed with a start date; the plan is not a promise"),
        inv="LTA-0427-30",
        amount="1000.00",
        cte="8bit",
    ),
    Mail(
        "pp-it-due-rate",
        "payment_plan",
        "it",
        ("Lorenzo Galli", "lorenzo.galli@galliarredamenti.example"),
        "2030-04-16 12:12",
        "gmail",
        "Buongiorno,\n\npossiamo pagare in due rate? Metà entro fine mese e metà a fine maggio. Ultimamente gli incassi sono un po' lenti.\n\nGrazie\nLorenzo Galli",
        Labels(note="two instalments; 'entro fine mese' here dates a plan, not a promise"),
        inv="LTA-0418-30",
        amount="1160.00",
    ),
    Mail(
        "pp-it-acconto-saldo-60",
        "payment_plan",
        "it",
        ("Elisa Rinaldi", "amministrazione@studiorinaldi.example"),
        "2030-05-07 10:05",
        "outlook_html",
        "Gentili,\n\nvi abbiamo versato oggi un acconto di 500,00 € sulla fattura LTA-0458-30. Per il saldo vi chiediamo cortesemente di attendere 60 giorni.\n\nCordiali saluti\nElisa Rinaldi\nStudio Associato Rinaldi",
        Labels(refs=("LTA-0458-30",), note="a deposit paid now and 60 days for the rest"),
        inv="LTA-0458-30",
        amount="1650.00",
    ),
]

INVOICE_REQUEST = [
    Mail(
        "ir-en-po-rejected",
        "invoice_request",
        "en",
        ("Joanne Pike", "ap@carrowpharma.example"),
        "2030-04-16 13:05",
        "outlook_html",
        "Hello,\n\nWe can't pay this one yet – it came in without a purchase order number and our system rejected it. Once you send it back quoting PO 4500123987 it will go into the next payment run.\n\nKind regards,\nJoanne Pike\nAccounts Payable\nCarrow Pharma UK Ltd",
        Labels(note="conditional: a reissue with the PO before paying, amount not contested"),
        inv="LTA-0405-30",
        amount="5260.00",
    ),
    Mail(
        "ir-en-which-job",
        "invoice_request",
        "en",
        ("Sophie Lang", "sophielang.writes@gmail.com"),
        "2030-04-29 08:30",
        "gmail",
        "Hi,\n\nSorry, which job is this one? I've used you twice this year (the German contract and the French book proposal) and I'm fairly sure I paid both. Could you send me the invoice so I can check?\n\nThanks,\nSophie",
        Labels(note="'fairly sure I paid' is no payment claim; she asks for the invoice"),
        inv="LTA-0448-30",
        amount="335.00",
    ),
    Mail(
        "ir-en-bank-letterhead",
        "invoice_request",
        "en",
        ("Neil Tregarthen", "cashiers@penhallowlegal.example"),
        "2030-05-08 10:50",
        "outlook",
        "Good morning,\n\nBefore we release payment we need your bank details confirmed on company letterhead and signed by a director. Since last month's fraud attempt we no longer accept bank details by email alone, and we will also ring the number on your website to check them.\n\nOnce that's done the invoice will be paid in the normal way.\n\nRegards,\nNeil Tregarthen\nCashiers Department\nPenhallow Legal LLP",
        Labels(note="needs verified bank details before paying"),
        inv="LTA-0438-30",
        amount="1980.00",
        headers=(XARS,),
    ),
    Mail(
        "ir-de-xrechnung",
        "invoice_request",
        "de",
        ("M. Schäfer", "rechnungseingang@hohenfurt.example"),
        "2030-04-23 09:12",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nIhre Rechnung LTA-0461-30 liegt uns nicht vor. Als öffentlicher Auftraggeber können wir Rechnungen ausschließlich als XRechnung über das Rechnungseingangsportal des Landes verarbeiten; PDF-Rechnungen per E-Mail werden nicht bearbeitet.\n\nBitte reichen Sie die Rechnung unter Angabe unserer Leitweg-ID 08-45127-77 erneut ein.\n\nMit freundlichen Grüßen\nIm Auftrag\nM. Schäfer\nStadtverwaltung Hohenfurt – Zentrale Rechnungseingangsstelle",
        Labels(
            refs=("LTA-0461-30",),
            note="public body: resubmit as an e-invoice through the portal",
        ),
        inv="LTA-0461-30",
        amount="1120.00",
    ),
    Mail(
        "ir-de-welcher-auftrag",
        "invoice_request",
        "de",
        ("Lukas Brandt", "lukas.brandt@brandt-maschinenbau.example"),
        "2030-05-02 17:05",
        "iphone",
        "Hi, welcher Auftrag ist das? Ich finde nichts dazu. Schicken Sie mir bitte die Rechnung und die Auftragsbestätigung.\nLG Lukas Brandt",
        Labels(note="German reply to an English reminder; asks for the documents"),
        inv="LTA-0369-30",
        amount="990.00",
        rlang="en",
    ),
    Mail(
        "ir-fr-jamais-recue",
        "invoice_request",
        "fr",
        ("Sylvie Roche", "compta.fournisseurs@ghvaldorge.example"),
        "2030-04-17 14:22",
        "outlook",
        "Bonjour,\n\nNous n'avons aucune trace de la facture LTA-0412-30 dans notre système. Pourriez-vous nous la renvoyer en PDF, en y faisant figurer le numéro de bon de commande ? Elle sera traitée dès réception.\n\nCordialement,\nSylvie Roche\nComptabilité fournisseurs\nGroupe Hospitalier du Val d'Orge",
        Labels(
            refs=("LTA-0412-30",),
            note="invoice never received; copy with the order number",
        ),
        inv="LTA-0412-30",
        amount="1436.00",
    ),
    Mail(
        "ir-fr-rib",
        "invoice_request",
        "fr",
        ("Antoine Giraud", "a.giraud@giraud-avocats.example"),
        "2030-05-07 09:40",
        "gmail",
        "Bonjour,\n\nPour pouvoir vous créer comme fournisseur et lancer le virement, notre expert-comptable a besoin de votre RIB et de votre numéro de TVA intracommunautaire. Pouvez-vous me les envoyer ?\n\nBien à vous,\nAntoine Giraud\nAvocat au barreau de Lyon",
        Labels(note="bank details and VAT number needed before paying"),
        inv="LTA-0363-30",
        amount="685.00",
    ),
    Mail(
        "ir-es-a-nombre-sociedad",
        "invoice_request",
        "es",
        ("Pilar Navarro", "pilar.navarro@navarroimport.example"),
        "2030-04-22 11:00",
        "outlook_html",
        "Buenos días:\n\nLa factura está emitida a mi nombre y no a nombre de la empresa. Para poder contabilizarla y pagarla necesitamos que la emitan de nuevo a Navarro Importaciones S.L., CIF B-99123456, con el domicilio fiscal de Zaragoza.\n\nEn cuanto la recibamos, la pagamos.\n\nUn saludo,\nPilar Navarro",
        Labels(note="reissue to the company; the amount is not contested"),
        inv="LTA-0362-30",
        amount="1075.00",
    ),
    Mail(
        "ir-es-desglose-horas",
        "invoice_request",
        "es",
        ("Sergio Prieto", "sergio.prieto@congresosprieto.example"),
        "2030-05-09 13:15",
        "iphone",
        "Hola, ¿me puedes mandar el desglose de horas de la interpretación de la feria? Me lo pide el cliente para repercutirlo.\nGracias",
        Labels(note="asks for the breakdown behind the invoice, not contesting it"),
        inv="LTA-0365-30",
        amount="2880.00",
    ),
    Mail(
        "ir-nl-opdrachtbevestiging",
        "invoice_request",
        "nl",
        ("Hanneke Smit", "h.smit@ziekenhuisoostergouw.example"),
        "2030-04-25 16:40",
        "android",
        "Goedemiddag,\n\nGraag ontvangen wij een kopie van de factuur en de bijbehorende opdrachtbevestiging. Zonder opdrachtbevestiging kunnen wij de factuur niet in behandeling nemen.\n\nMet vriendelijke groet,\nHanneke Smit\nInkoop – Ziekenhuis Oostergouw",
        Labels(note="copy and order confirmation needed before processing"),
        inv="LTA-0377-30",
        amount="1345.00",
    ),
    Mail(
        "ir-nl-po-ontbreekt",
        "invoice_request",
        "nl",
        ("Joost van Dam", "joost.vandam@vandamtechniek.example"),
        "2030-05-02 10:20",
        "thunderbird",
        "Goedemorgen,\n\nOp de factuur ontbreekt ons inkoopordernummer. Zodra u de factuur opnieuw stuurt met PO 7781-NL erop, wordt hij betaald.\n\nGroet,\nJoost van Dam\nVan Dam Techniek",
        Labels(note="conditional payment once the PO is on the invoice: invoice_request"),
        inv="LTA-0477-30",
        amount="760.00",
        cte="8bit",
    ),
    Mail(
        "ir-it-sdi",
        "invoice_request",
        "it",
        ("Giulia Ferri", "contabilita@meccanicaferri.example"),
        "2030-04-18 11:25",
        "outlook",
        "Buongiorno,\n\nla fattura LTA-0406-30 non ci risulta pervenuta tramite SDI. Senza fattura elettronica non possiamo registrarla né pagarla. Vi preghiamo di trasmetterla indicando il nostro codice destinatario M5UXCR1.\n\nCordiali saluti\nGiulia Ferri\nUfficio contabilità\nMeccanica Ferri S.p.A.",
        Labels(
            refs=("LTA-0406-30",),
            note="e-invoice through the Italian exchange system needed",
        ),
        inv="LTA-0406-30",
        amount="1890.00",
        charset="windows-1252",
    ),
]

WRONG_CONTACT = [
    Mail(
        "wc-en-rights-coordinator",
        "wrong_contact",
        "en",
        ("Ruth Maddox", "ruth.maddox@northbaypublishing.example"),
        "2030-04-16 16:05",
        "outlook",
        "Hi,\n\nI'm the rights coordinator – I only commissioned the sample translation and I don't deal with payments. Invoices and reminders need to go to our finance team at finance@northbaypublishing.example.\n\nThanks,\nRuth",
        Labels(new_contact="finance@northbaypublishing.example"),
        inv="LTA-0367-30",
        amount="450.00",
    ),
    Mail(
        "wc-en-redirect-freemail",
        "wrong_contact",
        "en",
        ("Accounts Department", "accounts@harlowmedical.example"),
        "2030-04-26 07:58",
        "outlook_html",
        "Dear Supplier,\n\nPlease be advised that with immediate effect all payment reminders, statements and collection correspondence for Harlow Medical Group must be sent ONLY to our new remittance desk: harlowmedical.remit@gmail.com\n\nDo not send further correspondence to this mailbox as it will be closed at the end of the week. Kindly confirm once your records have been updated.\n\nRegards,\nAccounts Department\nHarlow Medical Group",
        Labels(
            new_contact="harlowmedical.remit@gmail.com",
            note="phishing-like request to move collection mail to a free-mail address: labelled for what it asks; a person must verify it before anything changes",
        ),
        inv="LTA-0361-30",
        amount="2150.00",
    ),
    Mail(
        "wc-en-wrong-sam",
        "wrong_contact",
        "en",
        ("Sam Whitlock", "sam.whitlock.plumbing@gmail.com"),
        "2030-05-03 12:30",
        "iphone",
        "think youve got the wrong Sam mate im a plumber in swindon never used a translation agency in my life 😂",
        Labels(note="wrong person altogether, no new address; no punctuation"),
        inv="LTA-0356-30",
        amount="275.00",
    ),
    Mail(
        "wc-de-personalabteilung",
        "wrong_contact",
        "de",
        ("Melanie Hoffmann", "m.hoffmann@rheintal-logistik.example"),
        "2030-04-25 10:30",
        "outlook_html",
        "Guten Tag,\n\nich arbeite in der Personalabteilung und habe damals nur die Übersetzung der Arbeitsverträge beauftragt. Für Rechnungen ist unsere zentrale Kreditorenbuchhaltung zuständig, bitte wenden Sie sich an rechnungseingang@rheintal-logistik.example.\n\nMit freundlichen Grüßen\nMelanie Hoffmann\nPersonalabteilung\nRheintal Logistik GmbH",
        Labels(new_contact="rechnungseingang@rheintal-logistik.example"),
        inv="LTA-0410-30",
        amount="1310.00",
        charset="iso-8859-1",
    ),
    Mail(
        "wc-fr-quitte-le-cabinet",
        "wrong_contact",
        "fr",
        ("Camille Leroy", "c.leroy@cabinet-marchal-avocats.example"),
        "2030-04-19 17:20",
        "gmail",
        "Bonjour,\n\nJe quitte le cabinet ce soir. Pour tout ce qui concerne les factures, merci d'écrire désormais à compta@cabinet-marchal-avocats.example, qui transmettra.\n\nBonne continuation,\nCamille Leroy",
        Labels(new_contact="compta@cabinet-marchal-avocats.example"),
        inv="LTA-0426-30",
        amount="560.00",
    ),
    Mail(
        "wc-fr-sujet-absente",
        "wrong_contact",
        "fr",
        ("Élodie Garnier", "e.garnier@imprimerie-valmont.example"),
        "2030-04-30 11:02",
        "android",
        "Bonjour, je suis en congés mais j'ai vu passer votre mail. Ce n'est pas moi qui m'occupe des factures, je suis à l'accueil. Écrivez plutôt à Mme Roussel, comptabilite@imprimerie-valmont.example, elle vous répondra.\nBonne journée\nÉlodie",
        Labels(
            new_contact="comptabilite@imprimerie-valmont.example",
            note="a person wrote it, although the subject reads like an out-of-office",
        ),
        inv="LTA-0423-30",
        amount="890.00",
        subject="Absente jusqu'au 6 mai – {rsub}",
    ),
    Mail(
        "wc-es-recepcion-gestoria",
        "wrong_contact",
        "es",
        ("Laura Gil", "recepcion@clinicabaena.example"),
        "2030-04-18 10:10",
        "outlook",
        "Buenos días:\n\nEste correo es el de recepción de la clínica. Las facturas las lleva nuestra gestoría; por favor, envíenlas a facturas@gestoriamolina.example.\n\nUn saludo,\nLaura Gil\nRecepción – Clínica Oftalmológica Baena",
        Labels(
            new_contact="facturas@gestoriamolina.example",
            note="the new address is an outside bookkeeper's",
        ),
        inv="LTA-0384-30",
        amount="640.00",
    ),
    Mail(
        "wc-es-se-han-equivocado",
        "wrong_contact",
        "es",
        ("Roberto Sáez", "robertosaez82@gmail.com"),
        "2030-05-07 22:14",
        "gmail_plain",
        "Creo que se han equivocado de persona. Yo no he contratado ninguna traducción ni conozco su empresa. Revisen la dirección, por favor.",
        Labels(note="wrong person, no new address"),
        inv="LTA-0408-30",
        amount="380.00",
    ),
    Mail(
        "wc-nl-overgedragen",
        "wrong_contact",
        "nl",
        ("Ruud Bakker", "ruud.bakker@demolenaarsgroep.example"),
        "2030-04-24 09:45",
        "apple",
        "Goedemorgen,\n\nIk werk sinds kort niet meer op de financiële afdeling maar bij projecten. Wilt u uw herinneringen voortaan naar Yvonne de Boer sturen: Y.deBoer@DeMolenaarsGroep.example? Zij heeft het van mij overgenomen.\n\nGroet,\nRuud",
        Labels(
            new_contact="y.deboer@demolenaarsgroep.example",
            note="address written in mixed case, labelled in lower case",
        ),
        inv="LTA-0443-30",
        amount="1225.00",
    ),
    Mail(
        "wc-nl-adres-niet-in-gebruik",
        "wrong_contact",
        "nl",
        (
            "Crediteurenadministratie Gemeente Lindewaard",
            "crediteuren@lindewaard.example",
        ),
        "2030-04-15 09:51",
        "notice",
        "Dit e-mailadres is sinds 1 april 2030 niet meer in gebruik en wordt niet gelezen.\n\nFacturen, herinneringen en vragen over betalingen kunt u voortaan sturen naar facturen@lindewaard.example. Uw bericht is niet automatisch doorgestuurd.\n\nGemeente Lindewaard\nTeam Financiële Administratie",
        Labels(
            new_contact="facturen@lindewaard.example",
            note="automatic 'address no longer in use' notice naming the new mailbox: wrong_contact, not auto_reply",
        ),
        inv="LTA-0398-30",
        amount="2760.00",
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Mail(
        "wc-it-solo-parte-tecnica",
        "wrong_contact",
        "it",
        ("Davide Moretti", "d.moretti@moretti-impianti.example"),
        "2030-04-22 08:40",
        "iphone",
        "Buongiorno, io seguo solo la parte tecnica, le fatture non passano da me. Scrivete ad amministrazione@moretti-impianti.example\nGrazie",
        Labels(new_contact="amministrazione@moretti-impianti.example"),
        inv="LTA-0454-30",
        amount="1045.00",
    ),
    Mail(
        "wc-it-ferramenta",
        "wrong_contact",
        "it",
        ("Giuseppe Rossi", "info@ferramentarossi-lucca.example"),
        "2030-05-08 15:15",
        "outlook",
        "Buongiorno,\n\navete sbagliato indirizzo: questa è una ferramenta di Lucca e non abbiamo mai ordinato traduzioni. Probabilmente cercate un'altra ditta Rossi.\n\nSaluti\nGiuseppe Rossi",
        Labels(note="wrong recipient altogether, no new address"),
        inv="LTA-0415-30",
        amount="520.00",
        charset="windows-1252",
    ),
]

UNSUBSCRIBE = [
    Mail(
        "un-en-pay-friday-stop",
        "unsubscribe",
        "en",
        ("Oliver Nash", "oliver@pixelgrovestudios.example"),
        "2030-04-17 09:15",
        "gmail",
        "Hi – sorry, my Spanish isn't up to much, hope English is OK.\n\nI'll pay this on Friday. But please stop sending these reminders every other day, this is the fourth one since last week and they land in the whole studio's inbox. Take us off the list and I'll deal with it.\n\nOliver Nash\nPixelgrove Studios, Barcelona",
        Labels(
            note="promise plus a stop request: unsubscribe wins; English reply from Spain (+02:00) to a Spanish reminder",
        ),
        inv="LTA-0416-30",
        amount="1730.00",
        zone_name="ce",
        rlang="es",
    ),
    Mail(
        "un-en-solicitors-only",
        "unsubscribe",
        "en",
        ("Victoria Ashworth", "v.ashworth@ashworthholdings.example"),
        "2030-04-29 16:00",
        "outlook_html",
        "Dear Sirs,\n\nThis matter is now in the hands of our solicitors, Hartley Broom LLP, who will be writing to you separately. Please direct all further correspondence to them and do not contact this company directly.\n\nYours faithfully,\n\nVictoria Ashworth\nCompany Secretary\nAshworth Holdings Ltd",
        Labels(note="'deal with our solicitors' without an address: unsubscribe"),
        inv="LTA-0441-30",
        amount="6420.00",
    ),
    Mail(
        "un-en-post-only-council",
        "unsubscribe",
        "en",
        ("Graham Ollerton", "payables@kingsmere-council.example"),
        "2030-05-08 11:30",
        "outlook",
        "Good morning,\n\nThe Council does not accept statements or payment reminders by email. Please send any correspondence about outstanding invoices by post to: Payables Section, Kingsmere Borough Council, Civic Centre, Kingsmere.\n\nEmails to this mailbox about overdue accounts will not be actioned.\n\nGraham Ollerton\nPayables Section",
        Labels(note="post only: unsubscribe"),
        inv="LTA-0475-30",
        amount="1185.00",
    ),
    Mail(
        "un-de-verteiler",
        "unsubscribe",
        "de",
        ("Stefan Wolff", "stefan.wolff@gmx.de"),
        "2030-04-24 20:45",
        "thunderbird",
        "Bitte nehmen Sie mich aus Ihrem Verteiler. Ich bin seit Januar nicht mehr bei Wolff & Partner und habe mit deren Rechnungen nichts zu tun.\n\nS. Wolff",
        Labels(note="remove me plus 'no longer there' without a new address: unsubscribe wins"),
        inv="LTA-0380-30",
        amount="830.00",
        cte="8bit",
    ),
    Mail(
        "un-de-nur-ueber-anwalt",
        "unsubscribe",
        "de",
        ("Hartmut Lenz", "h.lenz@lenz-bau.example"),
        "2030-05-06 14:30",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nwir verweisen auf unser Schreiben vom 12.04.2030. Die Angelegenheit liegt bei unserem Rechtsanwalt, Herrn Dr. Behrens. Wir bitten Sie, von weiteren E-Mails an uns abzusehen und sich ausschließlich an ihn zu wenden.\n\nMit freundlichen Grüßen\nHartmut Lenz\nGeschäftsführer\nLenz Bau GmbH",
        Labels(note="only through our lawyer: unsubscribe"),
        inv="LTA-0357-30",
        amount="3350.00",
        charset="iso-8859-1",
    ),
    Mail(
        "un-fr-arretez",
        "unsubscribe",
        "fr",
        ("Valérie Dumont", "valerie.dumont@dumont-architectes.example"),
        "2030-04-30 19:12",
        "iphone",
        "Arrêtez de m'écrire. C'est payé depuis le 12 et vous le savez très bien, votre collègue me l'a confirmé au téléphone.",
        Labels(note="stop request plus a payment claim: unsubscribe wins"),
        inv="LTA-0379-30",
        amount="940.00",
    ),
    Mail(
        "un-es-solo-correo-postal",
        "unsubscribe",
        "es",
        ("Carmen Vidal", "cvidal@vidalyasociados.example"),
        "2030-04-18 09:50",
        "outlook",
        "Buenos días:\n\nLes ruego que no nos envíen más recordatorios por correo electrónico. Cualquier reclamación deberá remitirse por correo postal certificado a nuestro domicilio social, tal como establece el contrato.\n\nAtentamente,\nCarmen Vidal\nVidal y Asociados",
        Labels(note="post only: unsubscribe"),
        inv="LTA-0383-30",
        amount="1540.00",
        charset="iso-8859-1",
    ),
    Mail(
        "un-es-dadme-de-baja",
        "unsubscribe",
        "es",
        ("Iker Etxeberria", "iker.etxeberria@gmail.com"),
        "2030-05-07 11:11",
        "gmail_plain",
        "Dadme de baja de esta lista, gracias.",
        Labels(),
        inv="LTA-0473-30",
        amount="260.00",
    ),
    Mail(
        "un-nl-afmelden",
        "unsubscribe",
        "nl",
        ("Wim Verbeek", "w.verbeek@verbeektransport.example"),
        "2030-04-26 07:20",
        "android",
        "Afmelden",
        Labels(note="one word"),
        inv="LTA-0439-30",
        amount="1460.00",
    ),
    Mail(
        "un-nl-stop-met-mails",
        "unsubscribe",
        "nl",
        ("Linda Mulder", "linda@mulderreclame.example"),
        "2030-05-02 20:30",
        "gmail",
        "We betalen zodra het kan, dat heb ik vorige week al laten weten. Maar stop alsjeblieft met die dagelijkse mails, ik word er gek van.\n\nLinda",
        Labels(note="vague promise plus a stop request: unsubscribe"),
        inv="LTA-0459-30",
        amount="705.00",
    ),
    Mail(
        "un-it-solo-legale",
        "unsubscribe",
        "it",
        ("Roberta Gallo", "r.gallo@galloimmobiliare.example"),
        "2030-04-19 10:00",
        "outlook",
        "Buongiorno,\n\nvi diffidiamo dal continuare a scriverci. Da questo momento ogni comunicazione relativa alla vostra fattura dovrà essere indirizzata esclusivamente al nostro legale, Avv. Marchetti.\n\nDistinti saluti\nRoberta Gallo\nGallo Immobiliare S.r.l.",
        Labels(note="only through our lawyer, no address: unsubscribe"),
        inv="LTA-0474-30",
        amount="2090.00",
    ),
    Mail(
        "un-it-cancellatemi",
        "unsubscribe",
        "it",
        ("Matteo Ricci", "matteo.ricci.foto@gmail.com"),
        "2030-05-09 08:05",
        "iphone",
        "cancellatemi dalla vostra mailing list grazie",
        Labels(note="no punctuation, mobile"),
        inv="LTA-0359-30",
        amount="350.00",
    ),
]

AUTO_REPLY = [
    Mail(
        "ar-en-annual-leave",
        "auto_reply",
        "en",
        ("Catherine Bell", "catherine.bell@bellandcrane.example"),
        "2030-04-26 09:05",
        "notice",
        "Thank you for your message. I am on annual leave and will be back in the office on Tuesday 7 May. I won't have access to email while I'm away.\n\nFor anything urgent, please contact my colleague James Crane at james.crane@bellandcrane.example.\n\nCatherine Bell\nOffice Manager, Bell & Crane Architects",
        Labels(
            return_date="2030-05-07",
            note="a colleague's address does not set new_contact; Mon 6 May is a bank holiday",
        ),
        inv="LTA-0360-30",
        subject="Automatic reply: {rsub}",
        headers=(AUTO_GENERATED, XARS),
    ),
    Mail(
        "ar-en-helpdesk-ticket",
        "auto_reply",
        "en",
        ("Finance Helpdesk", "financehelp@meridianuniversity.example"),
        "2030-05-01 10:01",
        "notice",
        "Hello,\n\nThis is an automated message to let you know we have received your email and logged it as request FIN-88123.\n\nA member of the Finance Helpdesk will respond within 5 working days. Please keep the reference in the subject line if you write to us again about this matter.\n\nMeridian University – Finance Helpdesk\nThis mailbox is monitored Monday to Friday, 9am–5pm.",
        Labels(note="ticket acknowledgement, no return date"),
        inv="LTA-0392-30",
        subject="[FIN-88123] Request received: {rsub}",
        headers=(AUTO_GENERATED, ("X-Mailer", "HelpdeskFlow Notifications")),
    ),
    Mail(
        "ar-en-away-xautoreply",
        "auto_reply",
        "en",
        ("Owen Pritchard", "owen@pritchardrecords.example"),
        "2030-04-16 11:20",
        "notice",
        "Hi, I'm away until 22 April with patchy signal. I'll get back to you when I'm at my desk again.\n\nOwen",
        Labels(
            return_date="2030-04-22",
            note="only X-Autoreply, no Auto-Submitted; 'until X' is X",
        ),
        inv="LTA-0407-30",
        subject="Away: {rsub}",
        headers=(("X-Autoreply", "yes"),),
        cte="7bit",
        thread=False,
    ),
    Mail(
        "ar-de-abwesenheit",
        "auto_reply",
        "de",
        ("Birgit Haas", "b.haas@haas-steuerberatung.example"),
        "2030-04-17 09:52",
        "notice",
        "Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 26.04.2030 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ab dem 29.04.2030 bin ich wieder für Sie erreichbar.\n\nIn dringenden Fällen wenden Sie sich bitte an unser Sekretariat.\n\nMit freundlichen Grüßen\nBirgit Haas\nHaas Steuerberatung",
        Labels(
            return_date="2030-04-29",
            note="'ab dem 29.04.' wins over 'bis einschließlich 26.04.'",
        ),
        inv="LTA-0368-30",
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO_GENERATED, XARS),
    ),
    Mail(
        "ar-de-praxis-geschlossen",
        "auto_reply",
        "de",
        ("Praxis Dr. Feldmann", "praxis@dr-feldmann-orthopaedie.example"),
        "2030-04-30 09:51",
        "notice",
        "Sehr geehrte Patientinnen und Patienten, sehr geehrte Geschäftspartner,\n\nunsere Praxis ist vom 29.04. bis einschließlich 03.05.2030 geschlossen. Ab Montag, dem 6. Mai, sind wir wieder für Sie da.\n\nIhre E-Mail wird in dieser Zeit nicht gelesen und nicht weitergeleitet.\n\nIhr Praxisteam Dr. Feldmann",
        Labels(
            return_date="2030-05-06",
            note="only Precedence: auto_reply; the stated day back wins",
        ),
        inv="LTA-0378-30",
        subject="Praxis geschlossen – {rsub}",
        charset="iso-8859-1",
        headers=(("Precedence", "auto_reply"),),
        thread=False,
    ),
    Mail(
        "ar-fr-de-retour-13-mai",
        "auto_reply",
        "fr",
        ("Isabelle Marchand", "i.marchand@marchand-notaires.example"),
        "2030-05-02 09:53",
        "notice",
        "Bonjour,\n\nJe suis absente du bureau et serai de retour le lundi 13 mai. Pendant mon absence, vous pouvez contacter Pierre Lenoir à l'adresse p.lenoir@marchand-notaires.example.\n\nCordialement,\nIsabelle Marchand\nMarchand & Associés, notaires",
        Labels(
            return_date="2030-05-13",
            note="a colleague's address does not set new_contact",
        ),
        inv="LTA-0352-30",
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Mail(
        "ar-fr-accuse-reception",
        "auto_reply",
        "fr",
        (
            "Facturation fournisseurs – CH de Bellerive",
            "factures.fournisseurs@ch-bellerive.example",
        ),
        "2030-04-23 14:32",
        "notice",
        "Ceci est un message automatique, merci de ne pas y répondre.\n\nVotre message a bien été reçu par la plateforme Facturation fournisseurs et enregistré sous le numéro DEM-2030-04-1187. Il sera traité dans un délai de 10 jours ouvrés.\n\nRappel : les factures adressées au Centre hospitalier doivent être déposées sur Chorus Pro ; les factures reçues par courriel ne sont pas prises en compte.",
        Labels(
            note="ticket acknowledgement; the standing instruction about e-invoicing does not make it invoice_request"
        ),
        inv="LTA-0453-30",
        subject="Accusé de réception [DEM-2030-04-1187] – {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Mail(
        "ar-es-hasta-24-abril",
        "auto_reply",
        "es",
        ("Mercedes Ortiz", "mortiz@ortizcomunicacion.example"),
        "2030-04-17 09:51",
        "notice",
        "Hola:\n\nEstaré fuera de la oficina hasta el 24 de abril, con acceso limitado al correo. Para cualquier asunto urgente, llama a la oficina.\n\nGracias,\nMercedes Ortiz",
        Labels(return_date="2030-04-24", note="only X-Autoreply; 'hasta X' is X"),
        inv="LTA-0370-30",
        subject="Fuera de la oficina: {rsub}",
        headers=(("X-Autoreply", "yes"),),
    ),
    Mail(
        "ar-nl-afwezig",
        "auto_reply",
        "nl",
        ("Erik de Jong", "e.dejong@dejongadvocaten.example"),
        "2030-04-29 09:54",
        "notice",
        "Dank voor uw bericht. Ik ben afwezig tot en met vrijdag 3 mei. Vanaf maandag 6 mei ben ik weer bereikbaar. Uw e-mail wordt niet doorgestuurd; voor dringende zaken kunt u het secretariaat bellen.\n\nMet vriendelijke groet,\nmr. E. de Jong\nDe Jong Advocaten",
        Labels(
            return_date="2030-05-06",
            note="'vanaf maandag 6 mei' wins over 't/m vrijdag 3 mei'",
        ),
        inv="LTA-0436-30",
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_GENERATED, XARS),
    ),
    Mail(
        "ar-nl-servicedesk-melding",
        "auto_reply",
        "nl",
        ("Servicedesk Financiën", "servicedesk.financien@hogeschooldelta.example"),
        "2030-05-08 11:47",
        "notice",
        "Beste afzender,\n\nUw e-mail is ontvangen en geregistreerd als melding F2030-0913. Wij streven ernaar uw melding binnen vijf werkdagen af te handelen.\n\nReageert u niet op dit bericht; vermeld bij vervolgvragen altijd het meldingsnummer.\n\nServicedesk Financiën\nHogeschool Delta",
        Labels(note="ticket-system acknowledgement"),
        inv="LTA-0445-30",
        subject="Uw melding F2030-0913 is geregistreerd",
        headers=(AUTO_GENERATED,),
    ),
    Mail(
        "ar-it-rientro-29",
        "auto_reply",
        "it",
        ("Alessandra Bruni", "a.bruni@brunitraslochi.example"),
        "2030-04-23 09:52",
        "notice",
        "Gentile mittente,\n\nsarò fuori ufficio fino a venerdì 26 aprile compreso, con accesso limitato alla posta. Rientrerò lunedì 29 aprile.\n\nPer urgenze potete scrivere a ufficio@brunitraslochi.example.\n\nCordiali saluti\nAlessandra Bruni",
        Labels(
            return_date="2030-04-29",
            note="the stated day back wins; a shared office address is not a new contact",
        ),
        inv="LTA-0400-30",
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Mail(
        "ar-it-ponte-primo-maggio",
        "auto_reply",
        "it",
        (
            "Cantine Valpiana – Amministrazione",
            "amministrazione@cantinevalpiana.example",
        ),
        "2030-04-30 17:30",
        "notice",
        "Buonasera,\n\nvi informiamo che l'ufficio amministrativo resterà chiuso per il ponte del 1° maggio e riaprirà giovedì 2 maggio.\n\nLe e-mail ricevute in questi giorni saranno lette alla riapertura.\n\nCantine Valpiana – Amministrazione",
        Labels(
            return_date="2030-05-02",
            note="only Precedence: auto_reply, no Auto-Submitted",
        ),
        inv="LTA-0478-30",
        subject="Risposta automatica: {rsub}",
        headers=(("Precedence", "auto_reply"),),
    ),
]

OTHER = [
    Mail(
        "ot-en-did-we-not-pay",
        "other",
        "en",
        ("Greg Holloway", "greg@hollowayjoinery.example"),
        "2030-04-17 13:02",
        "gmail_plain",
        "Did we not pay this already? I thougth Karen sorted all the Lanternfish ones in March. I'll check with her when she's back and come back to you.",
        Labels(
            note="a question, not a payment claim, with a typo; 'I'll check' commits to nothing"
        ),
        inv="LTA-0435-30",
        amount="1320.00",
    ),
    Mail(
        "ot-en-person-ooo-subject",
        "other",
        "en",
        ("Emma Whitcombe", "emma@whitcombeevents.example"),
        "2030-04-23 07:40",
        "iphone",
        "I'm actually off this week but saw this come in. Can't look at it properly from my phone – I'll pick it up when I'm back.\n\nEmma",
        Labels(
            note="written by a person although the subject says 'Out of office'; no date, no commitment"
        ),
        inv="LTA-0432-30",
        amount="980.00",
        subject="Out of office",
    ),
    Mail(
        "ot-en-quote-request",
        "other",
        "en",
        ("Nina Carter", "nina.carter@carterfamilylaw.example"),
        "2030-05-09 12:20",
        "outlook_html",
        "Hi,\n\nThanks – I've passed this to our cashier.\n\nWhile I have you, could you give me a price for a Polish interpreter at Bristol Family Court on 21 May, probably a full day? It's a contested hearing, so we'd want someone with court experience.\n\nBest wishes,\nNina Carter\nSolicitor, Carter Family Law",
        Labels(note="'passed to our cashier' is no new contact; the rest is a sales enquiry"),
        inv="LTA-0451-30",
        amount="510.00",
    ),
    Mail(
        "ot-de-chef-im-urlaub",
        "other",
        "de",
        ("Monika Scholz", "m.scholz@scholz-gartenbau.example"),
        "2030-04-16 11:40",
        "outlook",
        "Guten Tag,\n\ndanke für den Hinweis. Unser Geschäftsführer ist bis Ende nächster Woche im Urlaub, ich lege ihm die Erinnerung auf den Schreibtisch.\n\nFreundliche Grüße\nMonika Scholz\nSekretariat\nScholz Garten- und Landschaftsbau",
        Labels(
            note="acknowledgement by a person; the boss's absence is no auto-reply and no promise"
        ),
        inv="LTA-0355-30",
        amount="415.00",
    ),
    Mail(
        "ot-de-neue-anfrage",
        "other",
        "de",
        ("Ewa Nowak-Berger", "ewa.nowakberger@gmail.com"),
        "2030-05-04 11:00",
        "gmail",
        "Hallo,\n\nkurze Frage: Ich brauche noch die beglaubigte Übersetzung meines polnischen Abiturzeugnisses für die Uni-Bewerbung. Können Sie mir sagen, was das kostet und wie lange es dauert? Die Bewerbungsfrist ist der 31. Mai.\n\nViele Grüße\nEwa",
        Labels(note="new order enquiry in the reminder thread"),
        inv="LTA-0399-30",
        amount="95.00",
    ),
    Mail(
        "ot-fr-bien-recu",
        "other",
        "fr",
        ("Julie Fabre", "j.fabre@fabre-menuiserie.example"),
        "2030-04-18 16:05",
        "thunderbird",
        "Bonjour,\n\nBien reçu, je regarde ça avec notre expert-comptable la semaine prochaine.\n\nCordialement,\nJulie Fabre\nMenuiserie Fabre",
        Labels(note="'je regarde ça la semaine prochaine' is no promise to pay"),
        inv="LTA-0394-30",
        amount="760.00",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Mail(
        "ot-fr-merci-interprete",
        "other",
        "fr",
        ("Olivier Besson", "o.besson@besson-avocat.example"),
        "2030-05-02 12:40",
        "gmail",
        "Bonjour,\n\nJe profite de ce message pour vous demander de transmettre mes remerciements à l'interprète qui nous a accompagnés mardi au tribunal de commerce : elle a été remarquable et notre client était très rassuré.\n\nBien cordialement,\nOlivier Besson\nAvocat",
        Labels(note="thanks for the interpreter; nothing about the invoice"),
        inv="LTA-0354-30",
        amount="1150.00",
    ),
    Mail(
        "ot-es-es-legitimo",
        "other",
        "es",
        ("Rosa Jiménez", "rosajimenez.fisio@gmail.com"),
        "2030-04-20 10:30",
        "gmail",
        "Hola,\n\n¿Esto qué es exactamente? No reconozco el nombre de su empresa y he leído que circulan muchos correos falsos con facturas. No voy a abrir nada ni a pagar nada hasta que alguien me llame y me explique de qué se trata.\n\nRosa",
        Labels(note="suspicion of a scam; a person should call; not a dispute of a known service"),
        inv="LTA-0393-30",
        amount="180.00",
    ),
    Mail(
        "ot-es-recibido",
        "other",
        "es",
        ("Fernando Gil", "fgil@gilarquitectura.example"),
        "2030-05-08 18:50",
        "iphone",
        "Recibido, gracias.",
        Labels(note="acknowledgement only"),
        inv="LTA-0404-30",
        amount="1260.00",
    ),
    Mail(
        "ot-nl-kom-erop-terug",
        "other",
        "nl",
        ("Anouk Visser", "a.visser@vissermakelaardij.example"),
        "2030-04-26 15:10",
        "outlook",
        "Goedemiddag,\n\nOntvangen. Ik kom hier na het weekend bij u op terug.\n\nMet vriendelijke groet,\nAnouk Visser\nVisser Makelaardij",
        Labels(note="acknowledgement; 'I'll get back to you' is not a promise to pay"),
        inv="LTA-0364-30",
        amount="690.00",
    ),
    Mail(
        "ot-nl-graag-in-het-nederlands",
        "other",
        "nl",
        ("Henk Dijkstra", "henk@dijkstra-bloembollen.example"),
        "2030-04-24 10:15",
        "gmail",
        "Goedemorgen,\n\nKunt u ons voortaan in het Nederlands mailen? Onze administratie leest geen Engels en daardoor bleef deze herinnering een week liggen. Ik heb hem nu aan haar doorgegeven.\n\nGroet,\nHenk Dijkstra",
        Labels(
            note="Dutch reply to an English reminder asking for Dutch; handing it on is no new contact"
        ),
        inv="LTA-0395-30",
        amount="2480.00",
        rlang="en",
    ),
    Mail(
        "ot-it-ne-parlo-col-titolare",
        "other",
        "it",
        ("Simona Greco", "s.greco@grecoceramiche.example"),
        "2030-04-16 13:35",
        "android",
        "Buongiorno, ricevuto. Ne parlo con il titolare appena rientra dalla fiera e vi faccio sapere.\nSimona",
        Labels(note="acknowledgement; passing it to the owner is no commitment"),
        inv="LTA-0375-30",
        amount="1375.00",
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
# Bounces: machine skeletons are generated, the human-readable parts are written out one by one
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
    zone_name: str
    rlang: str
    inv: str
    amount: str
    maker: str
    note: str | None = None
    queued_hours: int = 0

    @property
    def dt(self) -> datetime:
        """The Date: of the report, in the reporting server's offset."""
        return local_time(self.when, self.zone_name)

    @property
    def domain(self) -> str:
        """The recipient's domain."""
        return self.rcpt.split("@")[1]

    @property
    def sent(self) -> datetime:
        """When the reminder left Lanternfish (UK time)."""
        minutes = 60 * self.queued_hours + 2 + digest(self.key, "queue")[0] % 5
        return (self.dt - timedelta(minutes=minutes)).astimezone(zone("uk", self.dt.date()))

    @property
    def subject(self) -> str:
        """The reminder's subject."""
        return REMINDER_SUBJECT[self.rlang].format(inv=self.inv)

    def reminder(self) -> Message:
        """The reminder exactly as dunmail sent it."""
        currency = "GBP" if self.rlang == "en" and self.zone_name == "uk" else "EUR"
        text = reminder_text(self.rlang, self.inv, self.amount, currency, self.sent.date())
        msg = text_part(text, "plain", "utf-8", "qp")
        msg["From"] = formataddr((AR_NAME, AR_ADDR))
        msg["To"] = self.rcpt
        msg["Subject"] = header_value(self.subject, "utf-8")
        msg["Date"] = format_datetime(self.sent)
        msg["Message-ID"] = reminder_msgid(self.key)
        msg["X-Mailer"] = "dunmail"
        move_mime_headers_last(msg)
        return msg

    def original_headers(self) -> str:
        """The reminder's header block as text."""
        return "".join(f"{k}: {v}\n" for k, v in self.reminder().items())


def delivery_status(
    b: Bounce, reporting: str, action: str, diagnostic: str, remote: str = ""
) -> Message:
    """A message/delivery-status part (RFC 3464) for one recipient."""
    per_message = Message()
    per_message["Reporting-MTA"] = f"dns; {reporting}"
    per_message["Arrival-Date"] = format_datetime(b.sent)
    per_recipient = Message()
    per_recipient["Final-Recipient"] = f"rfc822; {b.rcpt}"
    per_recipient["Action"] = action
    per_recipient["Status"] = b.status
    if remote:
        per_recipient["Remote-MTA"] = f"dns; {remote}"
    per_recipient["Diagnostic-Code"] = f"smtp; {diagnostic}"
    per_recipient["Last-Attempt-Date"] = format_datetime(b.dt)
    if action == "delayed":
        per_recipient["Will-Retry-Until"] = format_datetime(b.dt + timedelta(days=3))
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload([per_message, per_recipient])
    return part


def rfc822_headers(b: Bounce) -> Message:
    """The returned message's headers only (text/rfc822-headers)."""
    return text_part(b.original_headers(), "rfc822-headers", "us-ascii", "7bit")


def report(*parts: Message) -> Message:
    """A multipart/report of type delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def exchange_notice(head: str, reason: str, admin: str, charset: str) -> Message:
    """The human-readable part of an Exchange Online report (plain and HTML)."""
    plain = f"{head}\n\n{reason}\n\n{admin}\n"
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>'
        '<body><div style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">'
        f'<p style="font-size:20px;color:#C00000">{html_text(head)}</p>'
        f"<p>{html_text(reason)}</p>"
        f'<p style="color:#666666;font-size:12px">{html_text(admin)}</p>'
        "</div></body></html>\n"
    )
    return alternative(
        text_part(plain, "plain", charset, "qp"),
        text_part(markup, "html", charset, "qp"),
    )


def bounce_sendmail_domain(b: Bounce) -> tuple[Message, str, str]:
    """Sendmail on Lanternfish's relay: the recipient's domain no longer exists (hard)."""
    text = (
        f"The original message was received at {format_datetime(b.sent)}\n"
        "from app1.lanternfish-lang.example [10.20.0.15]\n\n"
        "   ----- The following addresses had permanent fatal errors -----\n"
        f"<{b.rcpt}>\n    (reason: 550 Host unknown)\n\n"
        "   ----- Transcript of session follows -----\n"
        f"550 5.1.2 <{b.rcpt}>... Host unknown (Name server: {b.domain}: host not found)\n"
    )
    msg = report(
        text_part(text, "plain", "us-ascii", "7bit"),
        delivery_status(
            b,
            "mx1.lanternfish-lang.example",
            "failed",
            f"550 5.1.2 Host unknown (Name server: {b.domain}: host not found)",
        ),
        rfc822_headers(b),
    )
    sender = "Mail Delivery Subsystem <MAILER-DAEMON@mx1.lanternfish-lang.example>"
    return msg, sender, "Returned mail: see transcript for details"


def bounce_qmail(b: Bounce) -> tuple[Message, str, str]:
    """qmail at the customer's host: no such mailbox (hard); a single non-MIME text."""
    text = (
        f"Hi. This is the qmail-send program at mail.{b.domain}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n" + b.reminder().as_string()
    )
    msg = Message()
    msg.set_payload(text)
    return msg, f"MAILER-DAEMON@mail.{b.domain}", "failure notice"


def bounce_exim_delay(b: Bounce) -> tuple[Message, str, str]:
    """Exim on Lanternfish's relay: still queued after 24 hours (soft); plain text."""
    text = (
        "This is an automatically generated warning from the mail server at\n"
        "smtp.lanternfish-lang.example.\n\n"
        "Your message has been waiting in the queue for 24 hours and has not\n"
        "reached all of its recipients yet.\n\n"
        "  Message ID : 1u8Zx2-0004Kp-9Q\n"
        f"  Subject    : {b.subject}\n"
        f"  Queued at  : {format_datetime(b.sent)}\n\n"
        "Recipient still pending:\n\n"
        f"  {b.rcpt}\n"
        f"    host mx.{b.domain} [203.0.113.41]\n"
        f"    Delay reason: SMTP error from remote mail server after RCPT TO:<{b.rcpt}>:\n"
        "    450 4.2.1 Mailbox temporarily unavailable, try again later\n\n"
        "There is nothing you need to do yet. The server will keep trying for up to\n"
        "five days and will tell you if it gives up.\n"
    )
    msg = Message()
    msg.set_payload(text)
    sender = "Mail Delivery System <Mailer-Daemon@smtp.lanternfish-lang.example>"
    return msg, sender, "Warning: message 1u8Zx2-0004Kp-9Q delayed 24 hours"


def bounce_de_provider(b: Bounce) -> tuple[Message, str, str]:
    """A German hosting provider: unknown user (hard), with the whole message returned."""
    text = (
        "Dies ist eine automatisch erzeugte Nachricht des Mailservers mx01.kanzleihost.example.\n\n"
        "Ihre Nachricht konnte an den folgenden Empfänger nicht zugestellt werden:\n\n"
        f"  {b.rcpt}\n"
        "  Grund: Das Empfängerpostfach existiert nicht (550 5.1.1 Benutzer unbekannt).\n\n"
        "Dies ist ein dauerhafter Fehler, weitere Zustellversuche finden nicht statt. "
        "Bitte prüfen Sie die Adresse auf Tippfehler.\n\n"
        "Ihre ursprüngliche Nachricht ist angehängt.\n"
    )
    msg = report(
        text_part(text, "plain", "iso-8859-1", "qp"),
        delivery_status(
            b,
            "mx01.kanzleihost.example",
            "failed",
            f"550 5.1.1 <{b.rcpt}>: Benutzer unbekannt",
            f"mail.{b.domain}",
        ),
        MIMEMessage(b.reminder()),
    )
    sender = "Mailer-Daemon <MAILER-DAEMON@mx01.kanzleihost.example>"
    return msg, sender, "Nachricht nicht zustellbar"


def bounce_o365_de_delay(b: Bounce) -> tuple[Message, str, str]:
    """Exchange Online in German: delivery delayed (soft)."""
    diag = "451 4.4.7 Message delayed; remote server did not respond within the timeout"
    human = exchange_notice(
        f"Die Zustellung an diese Empfänger oder Gruppen verzögert sich:\n\n{b.rcpt}",
        f"Betreff: {b.subject}\n\nDiese Nachricht wurde noch nicht zugestellt. Es wird weiterhin versucht, sie zuzustellen. Sie erhalten eine weitere Benachrichtigung, falls die Zustellung endgültig fehlschlägt.",
        f"Diagnoseinformationen für Administratoren:\n\nGenerierender Server: FR3P281MB1644.DEUP281.PROD.OUTLOOK.COM\nEmpfänger: {b.rcpt}\nLetzter Fehler: {diag}",
        "utf-8",
    )
    msg = report(
        human,
        delivery_status(b, "FR3P281MB1644.DEUP281.PROD.OUTLOOK.COM", "delayed", diag),
        rfc822_headers(b),
    )
    sender = f"Microsoft Outlook <postmaster@{b.domain}>"
    return msg, sender, f"Zustellung verzögert: {b.subject}"


def bounce_fr_disabled(b: Bounce) -> tuple[Message, str, str]:
    """A French mail provider: the account was closed (hard); one Latin-1 text part."""
    rem = b.reminder()
    text = (
        "Bonjour,\n\n"
        "Ceci est un message automatique du service de messagerie CourrielPro.\n\n"
        f"Votre message envoyé le {b.sent.astimezone(b.dt.tzinfo):%d/%m/%Y à %H:%M} à {b.rcpt} "
        "n'a pas pu être distribué : le compte du destinataire a été désactivé.\n\n"
        "Réponse du serveur : 550 5.2.1 Mailbox disabled, not accepting messages\n\n"
        "Il s'agit d'une erreur définitive ; le message ne sera pas renvoyé. "
        "Si l'adresse vous semble correcte, contactez votre correspondant par un autre moyen.\n\n"
        "En-têtes du message d'origine :\n\n"
        f"From: {rem['From']}\nTo: {rem['To']}\nSubject: {b.subject}\n"
        f"Date: {rem['Date']}\nMessage-ID: {rem['Message-ID']}\n"
    )
    msg = text_part(text, "plain", "iso-8859-1", "qp")
    sender = "Service Messagerie <postmaster@mail.courrielpro.example>"
    return msg, sender, f"Non distribué : {b.subject}"


def bounce_fr_full(b: Bounce) -> tuple[Message, str, str]:
    """A French host's relay: recipient mailbox full, still retrying (soft)."""
    text = (
        "Ce message a été créé automatiquement par le serveur relais.hebergement-sud.example.\n\n"
        f"Votre message à {b.rcpt} n'a pas encore pu être remis : la boîte aux lettres "
        "du destinataire est pleine (452 4.2.2 quota dépassé).\n\n"
        "Nous réessaierons régulièrement pendant quatre jours. Vous n'avez rien à faire pour "
        "l'instant ; un nouvel avis vous sera envoyé si la remise échoue définitivement.\n"
    )
    msg = report(
        text_part(text, "plain", "utf-8", "qp"),
        delivery_status(
            b,
            "relais.hebergement-sud.example",
            "delayed",
            "452 4.2.2 Mailbox full / quota depasse",
            f"mx.{b.domain}",
        ),
        rfc822_headers(b),
    )
    sender = "MAILER-DAEMON@relais.hebergement-sud.example (Systeme de messagerie)"
    return msg, sender, "Avertissement : remise retardée"


def bounce_gmail_es(b: Bounce) -> tuple[Message, str, str]:
    """Gmail (Lanternfish's sending service) reporting in Spanish: unknown user (hard)."""
    answer = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table"
    )
    lines = [
        "** No se ha encontrado la dirección **",
        f"Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o esta no puede recibir correo.",
        "Más información: https://support.google.com/mail/?p=NoSuchUser",
        "La respuesta del servidor remoto fue:",
        answer,
    ]
    plain = "\n\n".join(lines) + "\n"
    markup = (
        "<html><body>" + "".join(f"<p>{html.escape(x)}</p>" for x in lines) + "</body></html>\n"
    )
    human = alternative(
        text_part(plain, "plain", "utf-8", "qp"),
        text_part(markup, "html", "utf-8", "qp"),
    )
    msg = report(
        human,
        delivery_status(b, "mx.google.com", "failed", answer, f"mx1.{b.domain}"),
        rfc822_headers(b),
    )
    msg["X-Failed-Recipients"] = b.rcpt
    sender = "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"
    return msg, sender, "Delivery Status Notification (Failure)"


def bounce_es_greylist(b: Bounce) -> tuple[Message, str, str]:
    """A Spanish hosting provider: temporary policy rejection (greylisting), soft."""
    text = (
        "Este es un aviso automático del servidor smtp.alojamientosnorte.example.\n\n"
        f"Su mensaje para {b.rcpt} todavía no se ha podido entregar. "
        "El servidor de destino lo ha rechazado de forma temporal:\n\n"
        "    451 4.7.1 Greylisting en curso, vuelva a intentarlo más tarde\n\n"
        "Seguiremos intentándolo durante las próximas 72 horas. No es necesario que lo vuelva a enviar.\n\n"
        f"Asunto: {b.subject}\n"
        f"Enviado: {format_datetime(b.sent)}\n"
    )
    msg = text_part(text, "plain", "utf-8", "8bit")
    sender = "Sistema de correo <postmaster@smtp.alojamientosnorte.example>"
    return msg, sender, "Aviso: entrega retrasada del mensaje"


def bounce_o365_nl_full(b: Bounce) -> tuple[Message, str, str]:
    """Exchange Online in Dutch: mailbox full with a 5.x code (soft by the labelling rule)."""
    diag = "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded"
    human = exchange_notice(
        f"Het bericht is niet bezorgd bij deze geadresseerden of groepen:\n\n{b.rcpt}",
        "Het postvak van de geadresseerde is vol en kan op dit moment geen berichten ontvangen. Probeer het later opnieuw of neem op een andere manier contact op met de geadresseerde.",
        f"Diagnostische gegevens voor beheerders:\n\nGenererende server: AM7PR08MB5512.eurprd08.prod.outlook.com\n\n{b.rcpt}\nExterne server heeft '{diag}' geretourneerd",
        "utf-8",
    )
    msg = report(
        human,
        delivery_status(b, "AM7PR08MB5512.eurprd08.prod.outlook.com", "failed", diag),
        rfc822_headers(b),
    )
    sender = f"Microsoft Outlook <postmaster@{b.domain}>"
    return msg, sender, f"Onbestelbaar: {b.subject}"


def bounce_o365_it_policy(b: Bounce) -> tuple[Message, str, str]:
    """Exchange Online in Italian: rejected by the recipient organisation's policy (hard)."""
    diag = (
        "550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy"
    )
    human = exchange_notice(
        f"Impossibile recapitare il messaggio a questi destinatari o gruppi:\n\n{b.rcpt}",
        "L'organizzazione del destinatario non accetta messaggi da questo mittente: il messaggio è stato bloccato da una regola di trasporto. Contatta il destinatario con un altro mezzo.",
        f"Informazioni di diagnostica per gli amministratori:\n\nServer di generazione: DB8PR06MB6411.eurprd06.prod.outlook.com\n\n{b.rcpt}\nIl server remoto ha restituito '{diag}'",
        "utf-8",
    )
    msg = report(
        human,
        delivery_status(b, "DB8PR06MB6411.eurprd06.prod.outlook.com", "failed", diag),
        rfc822_headers(b),
    )
    sender = f"Microsoft Outlook <postmaster@{b.domain}>"
    return msg, sender, f"Recapito non riuscito: {b.subject}"


def bounce_it_exim_delay(b: Bounce) -> tuple[Message, str, str]:
    """An Italian provider's Exim with a localised warning: still queued (soft)."""
    text = (
        "Questo messaggio è stato generato automaticamente dal server di posta mx2.postaweb-italia.example.\n\n"
        "Un messaggio che hai inviato non è ancora stato consegnato a uno o più destinatari dopo 12 ore in coda.\n\n"
        "  Identificativo: 1u9Ab3-0007Zq-2L\n"
        f"  Oggetto: {b.subject}\n"
        f"  Data: {format_datetime(b.sent)}\n\n"
        "Destinatario non ancora raggiunto:\n\n"
        f"  {b.rcpt}\n"
        f"    host mail.{b.domain} [198.51.100.77]\n"
        "    Motivo del ritardo: SMTP error from remote mail server after end of data:\n"
        "    421 4.4.2 Connessione interrotta dal server remoto\n\n"
        "Non devi fare nulla: i tentativi continueranno per alcuni giorni e riceverai un altro avviso se il messaggio non potrà essere consegnato.\n"
    )
    msg = text_part(text, "plain", "utf-8", "qp")
    sender = "Mail Delivery System <Mailer-Daemon@mx2.postaweb-italia.example>"
    return msg, sender, "Avviso: messaggio 1u9Ab3-0007Zq-2L in ritardo di 12 ore"


BOUNCE_MAKERS: dict[str, Callable[[Bounce], tuple[Message, str, str]]] = {
    "sendmail_domain": bounce_sendmail_domain,
    "qmail": bounce_qmail,
    "exim_delay": bounce_exim_delay,
    "de_provider": bounce_de_provider,
    "o365_de_delay": bounce_o365_de_delay,
    "fr_disabled": bounce_fr_disabled,
    "fr_full": bounce_fr_full,
    "gmail_es": bounce_gmail_es,
    "es_greylist": bounce_es_greylist,
    "o365_nl_full": bounce_o365_nl_full,
    "o365_it_policy": bounce_o365_it_policy,
    "it_exim_delay": bounce_it_exim_delay,
}

BOUNCE_AUTO_SUBMITTED = {
    "sendmail_domain": "auto-generated (failure)",
    "gmail_es": "auto-generated",
}

BOUNCES = [
    Bounce(
        "bo-en-sendmail-domain-gone",
        "en",
        "hard",
        "5.1.2",
        "accounts@bexleyinterpreting.example",
        "2030-04-15 08:44",
        "uk",
        "en",
        "LTA-0381-30",
        "720.00",
        "sendmail_domain",
        "domain gone; RFC 3464 report with text/rfc822-headers",
    ),
    Bounce(
        "bo-en-qmail-no-mailbox",
        "en",
        "hard",
        "5.1.1",
        "bookings@kestrelcourt.example",
        "2030-04-23 08:49",
        "uk",
        "en",
        "LTA-0382-30",
        "1265.00",
        "qmail",
        "qmail plain-text failure notice with the message below it",
    ),
    Bounce(
        "bo-en-exim-delayed",
        "en",
        "soft",
        "4.2.1",
        "studio@kestrelsound.example",
        "2030-05-02 08:51",
        "uk",
        "en",
        "LTA-0462-30",
        "455.00",
        "exim_delay",
        "Exim delay warning, plain text",
        queued_hours=24,
    ),
    Bounce(
        "bo-de-benutzer-unbekannt",
        "de",
        "hard",
        "5.1.1",
        "sekretariat@kanzlei-vogel-roth.example",
        "2030-04-18 09:37",
        "ce",
        "de",
        "LTA-0463-30",
        "1480.00",
        "de_provider",
        "German provider report with the full returned message",
    ),
    Bounce(
        "bo-de-o365-verzoegert",
        "de",
        "soft",
        "4.4.7",
        "buchhaltung@vogel-anlagenbau.example",
        "2030-05-07 13:05",
        "ce",
        "de",
        "LTA-0464-30",
        "2015.00",
        "o365_de_delay",
        "Exchange Online delay notice in German",
        queued_hours=4,
    ),
    Bounce(
        "bo-fr-compte-desactive",
        "fr",
        "hard",
        "5.2.1",
        "contact@atelier-beaumont.example",
        "2030-04-24 10:42",
        "ce",
        "fr",
        "LTA-0465-30",
        "690.00",
        "fr_disabled",
        "French provider notice, one Latin-1 text part, not RFC 3464",
    ),
    Bounce(
        "bo-fr-boite-pleine",
        "fr",
        "soft",
        "4.2.2",
        "compta@transports-lagarde.example",
        "2030-05-03 15:40",
        "ce",
        "fr",
        "LTA-0466-30",
        "1320.00",
        "fr_full",
        "mailbox full, delayed",
        queued_hours=6,
    ),
    Bounce(
        "bo-es-gmail-no-existe",
        "es",
        "hard",
        "5.1.1",
        "administracion@talleresbidasoa.example",
        "2030-04-16 08:41",
        "uk",
        "es",
        "LTA-0467-30",
        "845.00",
        "gmail_es",
        "Gmail report in Spanish (English subject)",
    ),
    Bounce(
        "bo-es-greylisting",
        "es",
        "soft",
        "4.7.1",
        "facturas@clinicalasencina.example",
        "2030-04-29 11:20",
        "ce",
        "es",
        "LTA-0468-30",
        "590.00",
        "es_greylist",
        "temporary policy rejection (greylisting); plain 8-bit notice",
        queued_hours=2,
    ),
    Bounce(
        "bo-nl-postvak-vol",
        "nl",
        "soft",
        "5.2.2",
        "financien@brinkmanbouw.example",
        "2030-04-19 09:38",
        "ce",
        "nl",
        "LTA-0469-30",
        "3120.00",
        "o365_nl_full",
        "mailbox full reported with a 5.x code: soft by the rule, the code is kept",
    ),
    Bounce(
        "bo-it-policy-rifiutato",
        "it",
        "hard",
        "5.7.1",
        "segreteria@studiolegalebianchi.example",
        "2030-05-09 09:47",
        "ce",
        "it",
        "LTA-0470-30",
        "980.00",
        "o365_it_policy",
        "rejected by the recipient's transport rule: permanent",
    ),
    Bounce(
        "bo-it-ritardo",
        "it",
        "soft",
        "4.4.2",
        "ordini@tipografiamarconi.example",
        "2030-04-26 21:36",
        "ce",
        "it",
        "LTA-0471-30",
        "415.00",
        "it_exim_delay",
        "localised Exim delay warning in Italian, single text part",
        queued_hours=12,
    ),
]


def build_bounce(b: Bounce) -> Message:
    """The complete delivery report."""
    msg, sender, subject = BOUNCE_MAKERS[b.maker](b)
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_value(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = sender.rsplit("@", 1)[1].split(">")[0].split(" ")[0]
    msg["Message-ID"] = f"<{token(b.key, 'bounce', 22).lower()}@{host}>"
    msg["Auto-Submitted"] = BOUNCE_AUTO_SUBMITTED.get(b.maker, "auto-replied")
    return finish(msg, b.key, "bounce")


# --------------------------------------------------------------------------------------------
# Labels, file names, output and checks
# --------------------------------------------------------------------------------------------

Label = dict[str, object]
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT = re.compile(r"^\d+\.\d{2}$")
INVOICE = re.compile(r"^LTA-\d{4}-\d{2}$")
INVOICE_IN_TEXT = re.compile(r"LTA-\d{4}-\d{2}")
STATUS = re.compile(r"^[45]\.\d{1,3}\.\d{1,3}$")


def mail_label(m: Mail) -> Label:
    """The labels.jsonl row of a hand-written message (without the file name)."""
    lab = m.labels
    return {
        "intent": m.intent,
        "promised_date": lab.promised_date,
        "paid_date": lab.paid_date,
        "return_date": lab.return_date,
        "payment_reference": lab.payment_reference,
        "amount": lab.amount,
        "currency": lab.currency,
        "new_contact": lab.new_contact,
        "bounce_kind": None,
        "failed_recipient": None,
        "bounce_status": None,
        "invoice_refs": list(lab.refs),
        "language": m.lang,
        "note": lab.note,
    }


def bounce_label(b: Bounce) -> Label:
    """The labels.jsonl row of a delivery report (without the file name)."""
    row: Label = {"intent": "bounce"}
    row.update(dict.fromkeys(LABEL_KEYS))
    row.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    row.update(invoice_refs=[], language=b.lang, note=b.note)
    return row


@dataclass(frozen=True)
class Item:
    """One corpus message ready to be written."""

    key: str
    message: Message
    label: Label
    dt: datetime
    zone_name: str
    text: str
    invoices: tuple[str, ...]


def all_items() -> list[Item]:
    """Every message with its label, in spec order."""
    items = [
        Item(
            m.key,
            build_mail(m),
            mail_label(m),
            m.dt,
            m.tz,
            m.body,
            tuple(sorted({m.inv, *m.labels.refs})),
        )
        for m in MAILS
    ]
    items += [
        Item(b.key, build_bounce(b), bounce_label(b), b.dt, b.zone_name, "", (b.inv,))
        for b in BOUNCES
    ]
    return items


def check_labels(items: list[Item]) -> None:
    """The label rows have the right shape, the right counts and plausible values."""
    problems: list[str] = []
    keys = [it.key for it in items]
    if len(set(keys)) != len(keys):
        problems.append("duplicate message keys")
    owners: dict[str, str] = {}
    for it in items:
        for inv in it.invoices:
            if inv in owners:
                problems.append(f"{it.key}: invoice {inv} already used by {owners[inv]}")
            owners[inv] = it.key
    for it in items:
        row, key = it.label, it.key
        intent = str(row["intent"])
        if list(row) != ["intent", *LABEL_KEYS, "invoice_refs", "language", "note"]:
            problems.append(f"{key}: label keys out of order")
        if intent not in INTENTS or row["language"] not in LANGS:
            problems.append(f"{key}: unknown intent or language")
        allowed = INTENT_FIELDS.get(intent, frozenset())
        for field_name in LABEL_KEYS:
            if row[field_name] is not None and field_name not in allowed:
                problems.append(f"{key}: {field_name} filled for {intent}")
        bad_kind = row["bounce_kind"] not in {"hard", "soft"}
        if intent == "bounce" and (bad_kind or not STATUS.match(str(row["bounce_status"]))):
            problems.append(f"{key}: bad bounce fields")
        day = it.dt.date()
        if not FIRST_DAY <= day <= LAST_DAY:
            problems.append(f"{key}: dated outside the period")
        if it.dt.utcoffset() != zone(it.zone_name, day).utcoffset(None):
            problems.append(f"{key}: wrong UTC offset")
        for name in ("promised_date", "paid_date", "return_date"):
            value = row[name]
            if value is None:
                continue
            if not ISO_DAY.match(str(value)):
                problems.append(f"{key}: {name} not ISO")
                continue
            when = date.fromisoformat(str(value))
            if (name == "paid_date") != (when <= day):
                problems.append(f"{key}: {name} {when} on the wrong side of {day}")
        if (row["amount"] is None) != (row["currency"] is None):
            problems.append(f"{key}: amount and currency must come together")
        if row["amount"] is not None and not AMOUNT.match(str(row["amount"])):
            problems.append(f"{key}: amount not a plain decimal")
        if row["currency"] not in {None, "GBP", "EUR"}:
            problems.append(f"{key}: currency")
        refs = cast(list[str], row["invoice_refs"])
        if refs != sorted(set(INVOICE_IN_TEXT.findall(it.text))):
            problems.append(f"{key}: invoice_refs differ from the numbers in the new text")
        for ref in refs:
            if not INVOICE.match(ref) or ref[4:8] not in it.text:
                problems.append(f"{key}: invoice ref {ref} not in the new text")
        contact = row["new_contact"]
        if contact is not None and (
            contact != str(contact).lower() or str(contact) not in it.text.lower()
        ):
            problems.append(f"{key}: new_contact not in the new text (lower case)")
        reference = row["payment_reference"]
        if reference is not None and str(reference) not in it.text:
            problems.append(f"{key}: payment_reference not in the new text")
    intents = Counter(str(it.label["intent"]) for it in items)
    langs = Counter(str(it.label["language"]) for it in items)
    if any(intents[i] != 12 for i in INTENTS) or len(items) != 120:
        problems.append(f"intent counts {dict(intents)}")
    if dict(langs) != LANG_TOTALS:
        problems.append(f"language counts {dict(langs)}")
    if problems:
        raise SystemExit("label problems:\n  " + "\n  ".join(problems))


def check_message(name: str, data: bytes, threaded: bool) -> None:
    """Parse a written file back with the modern policy: no defects, every text part decodes."""
    msg = message_from_bytes(data, policy=policy.default)
    problems: list[str] = []
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            problems.append(f"no {header}")
    if threaded and (msg["In-Reply-To"] is None or msg["References"] is None):
        problems.append("reply without In-Reply-To/References")
    for part in msg.walk():
        if part.defects:
            problems.append(f"defects in {part.get_content_type()}: {part.defects}")
        for header_name, value in part.items():
            defects = getattr(value, "defects", ())
            if defects or "=?" in str(value):
                problems.append(f"header {header_name} not cleanly decoded")
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if not isinstance(content, str) or "\ufffd" in content:
                problems.append(f"{part.get_content_type()} part does not decode")
    if problems:
        raise SystemExit(f"{name}: " + "; ".join(problems))


def file_order(items: list[Item]) -> list[Item]:
    """Shuffle by a keyed hash, so that a file name says nothing about its label."""
    return sorted(items, key=lambda it: digest(it.key, "file-order"))


def count_table(rows: list[Label]) -> str:
    """The intent × language count table in Markdown."""
    cells = Counter((str(r["intent"]), str(r["language"])) for r in rows)
    lines = [
        "| intent | " + " | ".join(LANGS) + " | total |",
        "|---|" + "---:|" * (len(LANGS) + 1),
    ]
    for intent in INTENTS:
        counts = [cells[intent, lang] for lang in LANGS]
        lines.append(f"| {intent} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
    totals = [sum(cells[i, lang] for i in INTENTS) for lang in LANGS]
    lines.append(
        "| **total** | " + " | ".join(f"**{t}**" for t in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(lines)


def coverage(items: list[Item]) -> str:
    """A short summary of clients, MIME types, charsets, encodings and headers."""
    clients = Counter(m.client for m in MAILS)
    tops = Counter(it.message.get_content_type() for it in items)
    charsets: Counter[str] = Counter()
    encodings: Counter[str] = Counter()
    headers: Counter[str] = Counter()
    for it in items:
        seen_charsets = set()
        seen_cte = set()
        for part in it.message.walk():
            if part.get_content_maintype() == "text" and "Content-Type" in part:
                seen_charsets.add(str(part.get_content_charset()))
                seen_cte.add(str(part.get("Content-Transfer-Encoding", "7bit")).lower())
        charsets.update(seen_charsets)
        encodings.update(seen_cte)
        for name in (
            "Auto-Submitted",
            "X-Autoreply",
            "Precedence",
            "X-Auto-Response-Suppress",
        ):
            if it.message[name] is not None:
                headers[name] += 1
        if it.message["In-Reply-To"] is not None:
            headers["In-Reply-To"] += 1
        if any("=?" in str(it.message[h] or "") for h in ("Subject", "From")):
            headers["RFC 2047 Subject/From"] += 1
    kinds = Counter(str(it.label["bounce_kind"]) for it in items if it.label["intent"] == "bounce")
    return "\n".join(
        [
            f"clients: {dict(sorted(clients.items()))}",
            f"top-level types: {dict(sorted(tops.items()))}",
            f"messages with a text part in charset: {dict(sorted(charsets.items()))}",
            f"messages with a text part in transfer encoding: {dict(sorted(encodings.items()))}",
            f"headers: {dict(sorted(headers.items()))}",
            f"bounces: {dict(sorted(kinds.items()))}",
        ]
    )


def write_all() -> tuple[list[Label], list[Item]]:
    """Build, check and write every file; return the label rows in file order."""
    items = all_items()
    check_labels(items)
    threaded = {m.key for m in MAILS if m.thread}
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    rows: list[Label] = []
    ordered = file_order(items)
    for number, it in enumerate(ordered, start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = it.message.as_bytes()
        check_message(name, data, it.key in threaded)
        (HERE / name).write_bytes(data)
        rows.append({"file": name, **it.label})
    with (HERE / "labels.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return rows, ordered


def main() -> int:
    """Rebuild the corpus next to this script and print the count table."""
    rows, items = write_all()
    print(count_table(rows))
    print()
    print(coverage(items))
    print(f"\n{len(rows)} messages written to {HERE.name}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
