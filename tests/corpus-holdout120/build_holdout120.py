# ruff: noqa: C901, E501, PLR0912, PLR0917, RUF001
# Message text is kept one paragraph a line, as mail clients send it, with the typographic
# dashes, quotes and accents that people and their clients really type.
# (The second line stops the first being reported as unused where E501 and RUF001 are off.)
"""Build dunmail's held-out reply corpus 120: ``h120-NNN.eml`` and ``labels.jsonl``.

Every message reaches the receivables mailbox of Thornbury Piano Services (piano tuning,
restoration, removals and hire) after it sent an overdue-invoice reminder. The new text of each
message is written by hand below. The code adds only what a mail client or a mail server would
add: the quoted reminder in the client's layout and language, headers, MIME structure, charsets
and transfer encodings, and the machine parts of delivery reports.

Run it from anywhere; it rewrites every file beside itself, deterministically (fixed seed, fixed
boundaries, Message-IDs derived from each message's key, no clock), parses every file back and
prints the count table.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import sys
import textwrap
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from email import charset as email_charset
from email import message_from_bytes, policy
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import TypeVar, cast

HERE = Path(__file__).resolve().parent
SEED = "thornbury-h120-seed-7193"
PREFIX = "h120"
AR_NAME = "Thornbury Piano Services"
AR_ADDR = "accounts@thornbury-pianos.example"
AR_DOMAIN = "thornbury-pianos.example"
FIRST_DAY = date(2030, 11, 11)
LAST_DAY = date(2030, 12, 6)
ZONES = {"uk": timezone(timedelta(0)), "cet": timezone(timedelta(hours=1))}
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
DATE_KEYS = ("promised_date", "paid_date", "return_date")

# --------------------------------------------------------------------------------------------
# Locale tables (what the mail clients print in each language)
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
    "de": "Mo. Di. Mi. Do. Fr. Sa. So.",
    "fr": "lun. mar. mer. jeu. ven. sam. dim.",
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
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}
GMAIL_ATTRIBUTION = {
    "en": "On {da}, {d} {ma} {y} at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {da}, {d}. {ma} {y} um {HH}:{MM} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {da} {d} {ma} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {da}, {d} {ma} {y} a las {H}:{MM}, {name} (<{addr}>) escribió:",
    "nl": "Op {da} {d} {ma} {y} om {HH}:{MM} schreef {name} <{addr}>:",
    "it": "Il giorno {da} {d} {ma} {y} alle ore {HH}:{MM} {name} <{addr}> ha scritto:",
}
APPLE_ATTRIBUTION = {
    "en": "On {d} {ma} {y}, at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{MM} schrieb {name} <{addr}>:",
    "fr": "Le {d} {ma} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {d} {ma} {y}, a las {H}:{MM}, {name} <{addr}> escribió:",
    "nl": "Op {d} {ma} {y} om {HH}:{MM} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {ma} {y}, alle ore {HH}:{MM}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTRIBUTION = {
    "en": "On {dd}/{mo}/{y} {HH}:{MM}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{MM} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{MM}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{MM}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{MM} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{MM}, {name} ha scritto:",
}
# Outlook's reply header: the divider line, then (label, value format) rows for From/Sent/To/Subject.
OUTLOOK_DIVIDER = {
    "en": "-----Original Message-----",
    "de": "-----Ursprüngliche Nachricht-----",
    "fr": "-----Message d'origine-----",
    "es": "-----Mensaje original-----",
    "nl": "-----Oorspronkelijk bericht-----",
    "it": "-----Messaggio originale-----",
}
OUTLOOK_FIELDS = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "it": ("Da", "Inviato", "A", "Oggetto"),
}
OUTLOOK_SENT = {
    "en": "{d} {ml} {y} {HH}:{MM}",
    "de": "{dl}, {d}. {ml} {y} {HH}:{MM}",
    "fr": "{dl} {d} {ml} {y} {HH}:{MM}",
    "es": "{dl}, {d} de {ml} de {y} {H}:{MM}",
    "nl": "{dl} {d} {ml} {y} {HH}:{MM}",
    "it": "{dl} {d} {ml} {y} {HH}:{MM}",
}
OUTLOOK_REPLY_PREFIX = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
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
# The reminder that every message answers
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – Thornbury Piano Services",
    "de": "Überfällige Rechnung {inv} – Thornbury Piano Services",
    "fr": "Facture échue {inv} – Thornbury Piano Services",
    "es": "Factura vencida {inv} – Thornbury Piano Services",
    "nl": "Vervallen factuur {inv} – Thornbury Piano Services",
    "it": "Fattura scaduta {inv} – Thornbury Piano Services",
}
REMINDER_TEXT = {
    "en": """
        Hello,

        Our records show the following invoice as unpaid and past its due date:

        Invoice: {inv}
        Date of invoice: {issued}
        Payment due: {due}
        Balance: {amt}

        If you have already paid, thank you – please reply with the date of payment so we can match it. If something is holding the payment up, just reply to this e-mail and we will do our best to help.

        Kind regards

        Accounts Team
        Thornbury Piano Services
        Tuning · Restoration · Removals · Hire
        accounts@thornbury-pianos.example
    """,
    "de": """
        Guten Tag,

        laut unseren Unterlagen ist die folgende Rechnung noch offen und bereits fällig:

        Rechnung: {inv}
        Rechnungsdatum: {issued}
        Fällig am: {due}
        Offener Betrag: {amt}

        Falls Sie bereits bezahlt haben, vielen Dank – teilen Sie uns bitte kurz das Zahlungsdatum mit, damit wir die Zahlung zuordnen können. Gibt es einen Grund, der die Zahlung aufhält, antworten Sie einfach auf diese E-Mail.

        Freundliche Grüße

        Buchhaltung
        Thornbury Piano Services
        accounts@thornbury-pianos.example
    """,
    "fr": """
        Bonjour,

        Selon nos écritures, la facture ci-dessous n'est pas encore réglée alors que son échéance est passée :

        Facture : {inv}
        Date de facture : {issued}
        Échéance : {due}
        Solde dû : {amt}

        Si le paiement est déjà parti, merci ; pourriez-vous nous indiquer sa date afin que nous puissions le rapprocher ? Si quelque chose bloque le règlement, répondez simplement à ce courriel.

        Bien cordialement,

        Service comptabilité
        Thornbury Piano Services
        accounts@thornbury-pianos.example
    """,
    "es": """
        Buenos días:

        Según nuestra contabilidad, la siguiente factura sigue pendiente de pago y ya ha vencido:

        Factura: {inv}
        Fecha de emisión: {issued}
        Vencimiento: {due}
        Importe pendiente: {amt}

        Si ya la han pagado, muchas gracias; les agradeceríamos que nos indicaran la fecha del pago para poder conciliarlo. Si hay algún motivo que retrase el pago, basta con responder a este correo.

        Un saludo cordial,

        Departamento de contabilidad
        Thornbury Piano Services
        accounts@thornbury-pianos.example
    """,
    "nl": """
        Goedendag,

        Volgens onze administratie is de onderstaande factuur nog niet betaald, terwijl de vervaldatum verstreken is:

        Factuur: {inv}
        Factuurdatum: {issued}
        Vervaldatum: {due}
        Openstaand bedrag: {amt}

        Heeft u al betaald, dan danken wij u daarvoor; wilt u ons de betaaldatum laten weten, zodat wij de betaling kunnen koppelen? Is er een reden waarom de betaling uitblijft, beantwoord dan gewoon deze e-mail.

        Met vriendelijke groet,

        Administratie
        Thornbury Piano Services
        accounts@thornbury-pianos.example
    """,
    "it": """
        Buongiorno,

        dalla nostra contabilità la seguente fattura risulta ancora da saldare, benché la scadenza sia passata:

        Fattura: {inv}
        Data fattura: {issued}
        Scadenza: {due}
        Importo da saldare: {amt}

        Se avete già pagato, vi ringraziamo e vi chiediamo di indicarci la data del pagamento, così da poterlo abbinare. Se qualcosa ostacola il pagamento, è sufficiente rispondere a questa e-mail.

        Cordiali saluti,

        Ufficio amministrazione
        Thornbury Piano Services
        accounts@thornbury-pianos.example
    """,
}
NUMERIC_DATE = {
    "en": "{dd}/{mo}/{y}",
    "de": "{dd}.{mo}.{y}",
    "fr": "{dd}/{mo}/{y}",
    "es": "{dd}/{mo}/{y}",
    "nl": "{dd}-{mo}-{y}",
    "it": "{dd}/{mo}/{y}",
}
# What a Latin-1 mail client does to characters it cannot send.
LATIN1_FALLBACK = {"–": "-", "€": "EUR", "’": "'", "\u202f": " "}


# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------


def t(text: str) -> str:
    """Hand-written text as it sits in this file: dedented, without the surrounding blank lines."""
    return textwrap.dedent(text).strip("\n")


def digest(key: str, salt: str) -> bytes:
    """A stable pseudo-random byte string for one message and one purpose."""
    return hashlib.sha256(f"{SEED}|{salt}|{key}".encode()).digest()


def b32(key: str, salt: str, length: int) -> str:
    """Upper-case base32 characters derived from the key."""
    return base64.b32encode(digest(key, salt)).decode()[:length]


def hexid(key: str, salt: str, length: int) -> str:
    """Hex characters derived from the key."""
    return digest(key, salt).hex()[:length]


def uuid_like(key: str, salt: str) -> str:
    """An upper-case UUID-shaped identifier, as Apple clients make them."""
    h = digest(key, salt).hex().upper()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def date_parts(lang: str, when: datetime) -> dict[str, str]:
    """Every piece a client's date format may use, in the given language."""
    return {
        "dl": DAY_NAMES[lang].split()[when.weekday()],
        "da": DAY_ABBR[lang].split()[when.weekday()],
        "ml": MONTH_NAMES[lang].split()[when.month - 1],
        "ma": MONTH_ABBR[lang].split()[when.month - 1],
        "d": str(when.day),
        "dd": f"{when.day:02d}",
        "mo": f"{when.month:02d}",
        "y": str(when.year),
        "yy": f"{when.year % 100:02d}",
        "HH": f"{when.hour:02d}",
        "H": str(when.hour),
        "MM": f"{when.minute:02d}",
    }


def fill(template: str, lang: str, when: datetime, **extra: str) -> str:
    """Format a client template with the date parts of `when` and any extra fields."""
    return template.format(**date_parts(lang, when), **extra)


def money(amount: str, currency: str, lang: str) -> str:
    """An amount as the reminder prints it in the customer's language."""
    units, cents = amount.split(".")
    number = int(units)
    if lang == "en":
        symbol = "£" if currency == "GBP" else "€"
        return f"{symbol}{number:,}.{cents}"
    sep = "\u00a0" if lang == "fr" else "."
    grouped = f"{number:,}".replace(",", sep)
    if lang in {"nl", "it"}:
        return f"€ {grouped},{cents}"
    return f"{grouped},{cents}\u00a0€"


def latin1(text: str) -> str:
    """Replace what a Latin-1 client cannot encode."""
    for bad, good in LATIN1_FALLBACK.items():
        text = text.replace(bad, good)
    return text


def quoted(text: str) -> str:
    """Prefix every line with '> ', as plain-text clients quote."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def flowed(text: str, width: int = 76) -> str:
    """Wrap text as RFC 3676 format=flowed: soft breaks end in a space, quotes keep their depth."""
    out: list[str] = []
    for line in text.split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        body = line[depth:]
        if depth and body.startswith(" "):
            body = body[1:]
        body = body.rstrip(" ")
        prefix = ">" * depth + (" " if depth else "")
        if not depth and body.startswith(("From ", " ")):
            body = " " + body
        if not body:
            out.append(">" * depth)
            continue
        current = ""
        for word in body.split(" "):
            if current and len(prefix) + len(current) + 1 + len(word) > width:
                out.append(prefix + current + " ")
                current = word
            else:
                current = f"{current} {word}" if current else word
        out.append(prefix + current)
    return "\n".join(out)


def lines_html(text: str) -> str:
    """Lines joined with <br>, escaped."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def paragraphs_html(text: str) -> str:
    """Blank-line separated paragraphs as <p> elements."""
    return "\n".join(f"<p>{lines_html(block)}</p>" for block in text.split("\n\n"))


def mso_html(text: str) -> str:
    """Lines as Word's MsoNormal paragraphs."""
    rows = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "<o:p>&nbsp;</o:p>"
        rows.append(f'<p class="MsoNormal">{inner}</p>')
    return "\n".join(rows)


def make_charset(name: str, cte: str) -> email_charset.Charset:
    """A Charset object using the transfer encoding the client chose."""
    charset = email_charset.Charset(name)
    if cte == "qp":
        charset.body_encoding = email_charset.QP
    elif cte == "b64":
        charset.body_encoding = email_charset.BASE64
    else:  # 7bit or 8bit: no transfer encoding
        charset.body_encoding = None  # type: ignore[assignment]
    return charset


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """A text/* part; raises if the hand-written text does not fit the declared charset."""
    text.encode(charset)
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, make_charset(charset, cte))
    return part


def encode_header(value: str, charset: str, name: str = "Subject") -> str:
    """A header value as a client writes it: RFC 2047 encoded words when it is not ASCII."""
    if value.isascii():
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return Header(value, charset, header_name=name).encode()


def encode_address(name: str, addr: str, charset: str) -> str:
    """A From/To address with the display name encoded when needed."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encode_header(name, charset, 'From')} <{addr}>"


def alternative(plain: Message, rich: Message) -> Message:
    """multipart/alternative of a plain part and an HTML part."""
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(rich)
    return outer


def sub_messages(part: Message) -> list[Message]:
    """The sub-parts of a multipart (or message/*) part."""
    if not part.is_multipart():
        return []
    payload = part.get_payload()
    return [p for p in cast("list[object]", payload) if isinstance(p, Message)]


def tidy_mime_headers(msg: Message, top: bool = True) -> None:
    """Put the MIME headers last and keep MIME-Version only on (embedded) message tops."""
    if top:
        for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
            values = msg.get_all(name) or []
            del msg[name]
            for value in values:
                msg[name] = str(value)
        if "Content-Type" in msg and "MIME-Version" not in msg:
            msg["MIME-Version"] = "1.0"
    else:
        del msg["MIME-Version"]
    for sub in sub_messages(msg):
        tidy_mime_headers(sub, top=msg.get_content_type() == "message/rfc822")


def set_boundaries(msg: Message, shape: Callable[[int], str]) -> None:
    """Fixed, client-shaped boundaries for every multipart in the message."""
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for index, part in enumerate(multiparts):
        part.set_boundary(shape(index))


# --------------------------------------------------------------------------------------------
# Specifications
# --------------------------------------------------------------------------------------------


def lab(refs: Sequence[str] = (), note: str | None = None, **fields: str) -> dict[str, object]:
    """Label fields besides intent and language; `refs` are invoice numbers in the new text."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label keys: {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


@dataclass(frozen=True)
class Reply:
    """One hand-written message from a customer (or a customer's system) and its labels.

    `when` is the sender's local wall-clock time. `client` picks the layout; "notice" and
    "notice_html" are automatic messages that quote nothing. `rlang` is the reminder's language
    when it differs from the reply's, `loc` the client's interface language when it differs.
    """

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    client: str
    text: str
    inv: str
    amount: str
    labels: Mapping[str, object] = field(default_factory=dict)
    zone: str = ""
    rlang: str = ""
    loc: str = ""
    currency: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    subject: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    threaded: bool | None = None
    gap: int = 1
    rich: str = ""

    @property
    def tz(self) -> timezone:
        """The sender's UTC offset: UK senders on GMT, everyone else on CET."""
        return ZONES[self.zone or ("uk" if self.lang == "en" else "cet")]

    @property
    def dt(self) -> datetime:
        """The Date: of the message, with seconds derived from the key."""
        local = datetime.strptime(self.when, "%Y-%m-%d %H:%M")
        return local.replace(second=digest(self.key, "sec")[0] % 60, tzinfo=self.tz)

    @property
    def reminder_lang(self) -> str:
        """Language of the reminder being answered."""
        return self.rlang or self.lang

    @property
    def client_lang(self) -> str:
        """Language of the replying client's interface (attribution lines, signatures)."""
        return self.loc or self.lang

    @property
    def is_notice(self) -> bool:
        """Automatic messages quote nothing."""
        return self.client.startswith("notice")


@dataclass(frozen=True)
class Reminder:
    """The dunning reminder a message answers, as Thornbury's system sent it."""

    key: str
    inv: str
    amount: str
    currency: str
    lang: str
    to: tuple[str, str]
    sent: datetime

    @property
    def subject(self) -> str:
        """The reminder's subject."""
        return REMINDER_SUBJECT[self.lang].format(inv=self.inv)

    @property
    def message_id(self) -> str:
        """The reminder's Message-ID, which replies refer to."""
        return f"<dun.{b32(self.key, 'reminder', 20).lower()}@{AR_DOMAIN}>"

    def text(self) -> str:
        """The reminder's body text."""
        due = (self.sent - timedelta(days=8 + digest(self.key, "due")[0] % 9)).date()
        issued = due - timedelta(days=30)
        fmt = NUMERIC_DATE[self.lang]
        return t(REMINDER_TEXT[self.lang]).format(
            inv=self.inv,
            issued=fmt.format(dd=f"{issued.day:02d}", mo=f"{issued.month:02d}", y=issued.year),
            due=fmt.format(dd=f"{due.day:02d}", mo=f"{due.month:02d}", y=due.year),
            amt=money(self.amount, self.currency, self.lang),
        )

    def message(self) -> Message:
        """The reminder as sent (returned inside some bounces)."""
        msg = text_part(self.text() + "\n", "plain", "utf-8", "qp")
        msg["From"] = formataddr((AR_NAME, AR_ADDR))
        msg["To"] = encode_address(*self.to, "utf-8")
        msg["Subject"] = encode_header(self.subject, "utf-8")
        msg["Date"] = format_datetime(self.sent)
        msg["Message-ID"] = self.message_id
        msg["X-Mailer"] = "dunmail"
        tidy_mime_headers(msg)
        return msg


def working_day_before(day: datetime, count: int) -> datetime:
    """Step back `count` working days."""
    while count:
        day -= timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day


def reminder_for(r: Reply) -> Reminder:
    """The reminder `r` answers: sent from the UK a little after half past eight, `gap` working days earlier."""
    local_day = r.dt.astimezone(ZONES["uk"])
    day = working_day_before(local_day, r.gap)
    sent = day.replace(
        hour=8,
        minute=30 + digest(r.key, "rmin")[0] % 20,
        second=digest(r.key, "rsec")[0] % 60,
    )
    currency = r.currency or ("GBP" if r.reminder_lang == "en" else "EUR")
    return Reminder(r.key, r.inv, r.amount, currency, r.reminder_lang, r.who, sent)


# --------------------------------------------------------------------------------------------
# Client layouts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class View:
    """The reminder as the replying client shows it: text, subject and local send time."""

    reply: Reply
    reminder: Reminder
    text: str
    subject: str
    sent: datetime
    lang: str

    @property
    def body(self) -> str:
        """The hand-written new text."""
        return self.reply.text

    @property
    def charset(self) -> str:
        """The charset the client sends in."""
        return self.reply.charset

    def part(self, text: str, subtype: str = "plain", cte: str = "") -> Message:
        """A text part in the reply's charset and transfer encoding."""
        return text_part(text, subtype, self.charset, cte or self.reply.cte)

    def outlook_rows(self) -> list[tuple[str, str]]:
        """Outlook's From/Sent/To/Subject rows in the client language."""
        frm, sent, to, subject = OUTLOOK_FIELDS[self.lang]
        who = self.reply.who
        return [
            (frm, f"{AR_NAME} <{AR_ADDR}>"),
            (sent, fill(OUTLOOK_SENT[self.lang], self.lang, self.sent)),
            (to, f"{who[0]} <{who[1]}>" if who[0] else who[1]),
            (subject, self.subject),
        ]

    def outlook_block(self) -> str:
        """The plain-text form of Outlook's reply header."""
        sep = " : " if self.lang == "fr" else ": "
        return "\n".join(f"{label}{sep}{value}" for label, value in self.outlook_rows())

    def gmail_attribution(self) -> str:
        """Gmail's 'On ... wrote:' line."""
        return fill(
            GMAIL_ATTRIBUTION[self.lang],
            self.lang,
            self.sent,
            name=AR_NAME,
            addr=AR_ADDR,
        )

    def apple_attribution(self) -> str:
        """Apple Mail's attribution line."""
        return fill(
            APPLE_ATTRIBUTION[self.lang],
            self.lang,
            self.sent,
            name=AR_NAME,
            addr=AR_ADDR,
        )


def make_view(r: Reply) -> View:
    """How the replying client sees the reminder (charset fallbacks, local time)."""
    rem = reminder_for(r)
    text, subject = rem.text(), rem.subject
    if r.charset == "iso-8859-1":
        text, subject = latin1(text), latin1(subject)
    return View(r, rem, text, subject, rem.sent.astimezone(r.tz), r.client_lang)


def word_html(v: View) -> str:
    """Outlook desktop's Word-generated HTML with the grey divider above the quoted header."""
    sep = " :" if v.lang == "fr" else ":"
    header = "<br>\n".join(
        f"<b>{html.escape(label, quote=False)}{sep}</b> {html.escape(value, quote=False)}"
        for label, value in v.outlook_rows()
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={v.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        '\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle18\n\t{mso-style-type:personal-reply;}\n"
        "@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n"
        f'<body lang="{CONTENT_LANGUAGE[v.reply.lang]}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{mso_html(v.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{header}<o:p></o:p></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso_html(v.text)}\n</div>\n</body>\n</html>\n"
    )


def client_outlook(v: View) -> Message:
    """Outlook desktop, plain text, with the localised 'Original Message' divider."""
    return v.part(f"{v.body}\n\n{OUTLOOK_DIVIDER[v.lang]}\n{v.outlook_block()}\n\n{v.text}\n")


def client_outlook_html(v: View) -> Message:
    """Outlook desktop, HTML with Word markup, sent as multipart/alternative."""
    plain = f"{v.body}\n\n{v.outlook_block()}\n\n{v.text}\n"
    return alternative(v.part(plain), v.part(word_html(v), "html"))


def client_html_only(v: View) -> Message:
    """Outlook set to send HTML only."""
    return v.part(word_html(v), "html")


def client_android(v: View) -> Message:
    """Outlook for Android: plain text in base64 with the localised 'Get Outlook' line."""
    text = f"{v.body}\n\n{ANDROID_SIGNATURE[v.lang]}\n{'_' * 32}\n{v.outlook_block()}\n\n{v.text}\n"
    return v.part(text, cte="b64")


def client_gmail(v: View) -> Message:
    """Gmail web: multipart/alternative with the gmail_quote block."""
    attribution = v.gmail_attribution()
    plain = f"{v.body}\n\n{attribution}\n\n{quoted(v.text)}\n"
    blocks = "".join(
        f"<div>{html.escape(line, quote=False) if line else '<br>'}</div>"
        for line in v.body.split("\n")
    )
    rich = (
        f'<div dir="ltr">{blocks}</div><br><div class="gmail_quote gmail_quote_container">'
        f'<div dir="ltr" class="gmail_attr">{html.escape(attribution, quote=False)}<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{paragraphs_html(v.text)}</blockquote></div>\n"
    )
    return alternative(v.part(plain), v.part(rich, "html"))


def client_gmail_plain(v: View) -> Message:
    """Gmail in plain-text mode: '>' quoting under the attribution line."""
    return v.part(f"{v.body}\n\n{v.gmail_attribution()}\n\n{quoted(v.text)}\n")


def client_apple(v: View) -> Message:
    """Apple Mail on a Mac, plain text."""
    return v.part(f"{v.body}\n\n{v.apple_attribution()}\n\n{quoted(v.text)}\n")


def client_iphone(v: View) -> Message:
    """iPhone Mail: localised signature, then the attribution inside the quote."""
    return v.part(
        f"{v.body}\n\n{IPHONE_SIGNATURE[v.lang]}\n\n{quoted(v.apple_attribution() + chr(10) + chr(10) + v.text)}\n"
    )


def client_thunderbird(v: View) -> Message:
    """Thunderbird: format=flowed plain text with its short attribution line."""
    attribution = fill(THUNDERBIRD_ATTRIBUTION[v.lang], v.lang, v.sent, name=AR_NAME)
    part = v.part(flowed(f"{v.body}\n\n{attribution}\n{quoted(v.text)}\n"))
    part.set_param("format", "flowed")
    return part


def client_notice(v: View) -> Message:
    """An automatic message: the text alone, nothing quoted."""
    return v.part(v.body + "\n")


def client_notice_html(v: View) -> Message:
    """An automatic message as multipart/alternative (an Exchange auto-reply, an AP system)."""
    inner = v.reply.rich or paragraphs_html(v.body)
    rich = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={v.charset}"></head>'
        f'<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n{inner}\n</div></body></html>\n'
    )
    return alternative(v.part(v.body + "\n"), v.part(rich, "html"))


def client_notice_html_only(v: View) -> Message:
    """An automatic message sent as text/html only."""
    return v.part(
        f'<html><body style="font-family:Georgia,serif">\n{paragraphs_html(v.body)}\n</body></html>\n',
        "html",
    )


CLIENTS: dict[str, Callable[[View], Message]] = {
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
    "notice_html": client_notice_html,
    "notice_html_only": client_notice_html_only,
}
OUTLOOK_CLIENTS = {"outlook", "outlook_html", "html_only", "android"}
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3864.200.81.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22F76)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
}


def message_id(r: Reply) -> str:
    """A Message-ID shaped like the sending client's, derived from the key."""
    domain = r.who[1].split("@")[1]
    if r.client in {"gmail", "gmail_plain"}:
        tail = base64.urlsafe_b64encode(digest(r.key, "gmail")).decode().rstrip("=")
        return f"<CA{tail[:6]}+{tail[6:44]}@mail.gmail.com>"
    if r.client in OUTLOOK_CLIENTS:
        host = ("LO2P265MB" if r.tz == ZONES["uk"] else "AM8PR04MB") + str(
            1000 + digest(r.key, "host")[0] * 31
        )
        return f"<{host}{b32(r.key, 'ms', 24)}@{host}.{'GBRP265' if r.tz == ZONES['uk'] else 'eurprd04'}.prod.outlook.com>"
    if r.client in {"apple", "iphone"}:
        return f"<{uuid_like(r.key, 'apple')}@{domain}>"
    if r.client == "thunderbird":
        return f"<{uuid_like(r.key, 'tb').lower()}@{domain}>"
    return f"<{hexid(r.key, 'notice', 20)}.{b32(r.key, 'n2', 6).lower()}@{domain}>"


def boundary_shape(r: Reply) -> Callable[[int], str]:
    """Boundaries shaped the way the sending client makes them."""
    if r.client in {"gmail", "gmail_plain"}:
        return lambda i: "000000000000" + hexid(r.key, f"b{i}", 16)
    if r.client in OUTLOOK_CLIENTS:
        return lambda i: f"_{i:03d}_{b32(r.key, 'ob', 28)}_"
    if r.client in {"apple", "iphone"}:
        return lambda i: f"Apple-Mail={uuid_like(r.key, f'b{i}')}"
    return lambda i: (
        f"----=_Part_{digest(r.key, 'p')[1] * 997 + i}_{digest(r.key, 'p')[2] * 131071}.{1900000000000 + i}"
    )


def build_reply(r: Reply) -> Message:
    """Wrap the hand-written text the way the sender's client (or system) would."""
    v = make_view(r)
    msg = CLIENTS[r.client](v)
    msg["From"] = encode_address(*r.who, r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    if r.subject:
        subject = r.subject.format(orig=v.subject)
    else:
        prefix = OUTLOOK_REPLY_PREFIX[v.lang] if r.client in OUTLOOK_CLIENTS else "Re: "
        subject = prefix + v.subject
    msg["Subject"] = encode_header(subject, r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = message_id(r)
    threaded = (not r.is_notice) if r.threaded is None else r.threaded
    if threaded:
        msg["In-Reply-To"] = v.reminder.message_id
        msg["References"] = v.reminder.message_id
    if r.client in OUTLOOK_CLIENTS:
        msg["Thread-Topic"] = encode_header(v.subject, r.charset, "Thread-Topic")
        msg["Thread-Index"] = base64.b64encode(digest(r.key, "thread")[:22]).decode()
        msg["Content-Language"] = CONTENT_LANGUAGE[r.lang]
        msg["X-MS-Has-Attach"] = "no"
    for name, value in (*CLIENT_HEADERS.get(r.client, ()), *r.headers):
        msg[name] = value
    tidy_mime_headers(msg)
    set_boundaries(msg, boundary_shape(r))
    return msg


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "All")
X_AUTOREPLY = ("X-Autoreply", "yes")
AP_ADVICE_TABLE = (
    "<p><b>REMITTANCE ADVICE</b></p>\n"
    "<p>Granville Hotels plc &ndash; Accounts Payable Shared Service Centre</p>\n"
    "<table border=1 cellpadding=4 cellspacing=0 style='border-collapse:collapse'>\n"
    "<tr><td>Supplier</td><td>THORNBURY PIANO SERVICES (supplier no. 204417)</td></tr>\n"
    "<tr><td>Payment date</td><td>19/11/2030</td></tr>\n"
    "<tr><td>Payment method</td><td>BACS</td></tr>\n"
    "<tr><td>Payment reference</td><td>0004481920</td></tr>\n"
    "</table>\n<br>\n"
    "<table border=1 cellpadding=4 cellspacing=0 style='border-collapse:collapse'>\n"
    "<tr><th>Invoice number</th><th>Invoice date</th><th align=right>Gross amount</th></tr>\n"
    "<tr><td>TPS/0402/30</td><td>03/10/2030</td><td align=right>1,560.00</td></tr>\n"
    "<tr><td>TPS/0431/30</td><td>14/10/2030</td><td align=right>228.00</td></tr>\n"
    "<tr><td colspan=2><b>Total paid (GBP)</b></td><td align=right><b>1,788.00</b></td></tr>\n"
    "</table>\n"
    "<p>This advice has been generated automatically. Funds should reach your account within 2 working days. "
    "Please do not reply to this e-mail; send any queries to the AP helpdesk quoting the payment reference.</p>"
)

PAYMENT_SENT = [
    Reply(
        "ps-en-oneword",
        "payment_sent",
        "en",
        ("Margaret Ellery", "margaret@ellerypianolessons.example"),
        "2030-11-12 08:14",
        "iphone",
        "Paid.",
        "TPS/0388/30",
        "95.00",
        lab(note="one-word reply to a reminder: a payment claim with no date"),
    ),
    Reply(
        "ps-en-apadvice",
        "payment_sent",
        "en",
        ("Granville Hotels AP", "ap-noreply@granvillehotels.example"),
        "2030-11-19 06:05",
        "notice_html",
        t("""
            REMITTANCE ADVICE

            Granville Hotels plc – Accounts Payable Shared Service Centre
            Supplier: THORNBURY PIANO SERVICES (supplier no. 204417)
            Payment date: 19/11/2030
            Payment method: BACS
            Payment reference: 0004481920

            Invoice number    Invoice date    Gross amount
            TPS/0402/30       03/10/2030          1,560.00
            TPS/0431/30       14/10/2030            228.00
            Total paid (GBP)                      1,788.00

            This advice has been generated automatically. Funds should reach your account within 2 working days. Please do not reply to this e-mail; send any queries to the AP helpdesk quoting the payment reference.
        """),
        "TPS/0402/30",
        "1560.00",
        lab(
            ("TPS/0402/30", "TPS/0431/30"),
            "AP-system remittance advice carrying Auto-Submitted: auto-generated; a payment notice, not an auto-reply; the amount is the total paid",
            paid_date="2030-11-19",
            payment_reference="0004481920",
            amount="1788.00",
            currency="GBP",
        ),
        subject="Remittance advice – payment 0004481920 – THORNBURY PIANO SERVICES",
        headers=(AUTO_GENERATED,),
        rich=AP_ADVICE_TABLE,
    ),
    Reply(
        "ps-en-rambling",
        "payment_sent",
        "en",
        ("Gillian Parr", "gillian.parr@stoswalds-church.example"),
        "2030-11-21 21:47",
        "gmail",
        t("""
            Dear Accounts,

            I'm so sorry not to have replied sooner – your email arrived the same week as our Advent fair, and as I'm sure you can imagine the church office has been rather overrun with tombola prizes and mince pies! I did pass it on to our treasurer, Mr Hollis, but he has been in and out of hospital with his knee and I wasn't sure he'd had a chance to look at it. Anyway, I caught him after evensong on Sunday, he said he'd see to it first thing, and he has just texted to say it went through online banking on Monday morning, so hopefully it has reached you by now. If it hasn't, do let me know and I'll chase him (gently!).

            While I'm writing, please pass on our thanks to your tuner – Dennis, I think his name was. The choir say the piano hasn't sounded so good in years, and our organist was very impressed with the work on the sticking keys.

            With every good wish,
            Gillian Parr
            Churchwarden, St Oswald's
        """),
        "TPS/0415/30",
        "340.00",
        lab(
            note="long, chatty reply with the payment buried mid-paragraph; 'Monday' before Thu 21 Nov = 18 Nov",
            paid_date="2030-11-18",
        ),
        gap=5,
    ),
    Reply(
        "ps-de-formal",
        "payment_sent",
        "de",
        ("Petra Kühn", "buchhaltung@konzerthaus-lindenau.example"),
        "2030-11-18 10:21",
        "outlook",
        t("""
            Sehr geehrte Damen und Herren,

            die oben genannte Rechnung TPS/0377/30 über 2.380,00 € haben wir bereits am Donnerstag letzter Woche angewiesen. Der Betrag sollte Ihrem Konto inzwischen gutgeschrieben sein; als Verwendungszweck haben wir die Rechnungsnummer angegeben.

            Mit freundlichen Grüßen
            i. A. Petra Kühn
            Finanzbuchhaltung
            Konzerthaus Lindenau gGmbH
        """),
        "TPS/0377/30",
        "2380.00",
        lab(
            ("TPS/0377/30",),
            "'Donnerstag letzter Woche' from Mon 18 Nov = 14 Nov; 'angewiesen' = transfer instructed",
            paid_date="2030-11-14",
            amount="2380.00",
            currency="EUR",
        ),
        charset="windows-1252",
        headers=(SUPPRESS,),
    ),
    Reply(
        "ps-fr-mobile",
        "payment_sent",
        "fr",
        ("Hélène Marchal", "helene.marchal64@gmail.com"),
        "2030-11-27 13:05",
        "gmail_plain",
        t("""
            Bonjour
            c'est réglé, virement fait hier soir
            Hélène
        """),
        "TPS/0429/30",
        "180.00",
        lab(note="'hier soir' = the day before Wed 27 Nov", paid_date="2030-11-26"),
    ),
    Reply(
        "ps-fr-mandat",
        "payment_sent",
        "fr",
        ("Nadia Ferrand", "finances@ville-saintaubin.example"),
        "2030-11-26 11:40",
        "outlook_html",
        t("""
            Madame, Monsieur,

            Suite à votre relance, je vous informe que la facture TPS/0362/30 relative à l'accord des pianos du conservatoire municipal a bien été mise en paiement : le virement de 1 920,00 € a été exécuté par le comptable public le 22/11/2030 sous la référence de mandat 2030-1187.

            Le délai de réception peut varier de quelques jours selon les établissements bancaires.

            Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

            Nadia Ferrand
            Gestionnaire comptable – Direction des finances
            Ville de Saint-Aubin
        """),
        "TPS/0362/30",
        "1920.00",
        lab(
            ("TPS/0362/30",),
            "public body: the mandate number is the payment reference",
            paid_date="2030-11-22",
            payment_reference="2030-1187",
            amount="1920.00",
            currency="EUR",
        ),
        charset="windows-1252",
    ),
    Reply(
        "ps-es-question",
        "payment_sent",
        "es",
        ("Lucía Ortega", "recepcion@hotelbrisamar.example"),
        "2030-11-20 09:55",
        "android",
        t("""
            Buenos días,
            ¿No les ha llegado? La transferencia la hicimos el día 15 desde la cuenta del hotel. Si no la ven me dicen y les busco el justificante.
            Saludos,
            Lucía – Hotel Brisamar
        """),
        "TPS/0396/30",
        "410.00",
        lab(
            note="question form, but the writer states the transfer was made on the 15th",
            paid_date="2030-11-15",
        ),
    ),
    Reply(
        "ps-es-copy",
        "payment_sent",
        "es",
        ("Pilar Navas", "pilar@navas-arquitectos.example"),
        "2030-11-29 18:20",
        "apple",
        t("""
            Hola:

            Esa factura ya está pagada (la pagó mi marido desde la cuenta del estudio, creo que a principios de mes). Eso sí, ¿me podrían mandar una copia en PDF? Nuestra gestora me la pide para cerrar el trimestre y no la encuentro por ningún lado.

            Gracias y un saludo,
            Pilar
        """),
        "TPS/0421/30",
        "265.00",
        lab(
            note="payment claim plus a request for a copy: the claim answers the reminder; 'a principios de mes' is not a day"
        ),
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "ps-nl-reference",
        "payment_sent",
        "nl",
        ("Ingrid Hoekstra", "administratie@muziekschool-toonladder.example"),
        "2030-12-04 14:12",
        "thunderbird",
        t("""
            Goedemiddag,

            Deze factuur hebben wij op 2 december voldaan, onder vermelding van betalingskenmerk 3021 4498 7710 0032. Het bedrag van € 645,00 zou inmiddels op uw rekening moeten staan.

            Met vriendelijke groet,

            Ingrid Hoekstra
            Financiële administratie
            Muziekschool De Toonladder
        """),
        "TPS/0450/30",
        "645.00",
        lab(
            paid_date="2030-12-02",
            payment_reference="3021 4498 7710 0032",
            amount="645.00",
            currency="EUR",
        ),
        cte="8bit",
    ),
    Reply(
        "ps-nl-lowercase",
        "payment_sent",
        "nl",
        ("Jeroen van den Berg", "jeroen.vdberg@hotmail.com"),
        "2030-11-14 07:48",
        "iphone",
        "is gister overgemaakt groet jeroen",
        "TPS/0392/30",
        "120.00",
        lab(
            note="lower case, no punctuation; 'gister' is colloquial for 'gisteren' (yesterday)",
            paid_date="2030-11-13",
        ),
    ),
    Reply(
        "ps-it-fatto",
        "payment_sent",
        "it",
        ("Franco Sala", "franco.sala@studiosala.example"),
        "2030-12-02 20:31",
        "iphone",
        "Fatto",
        "TPS/0443/30",
        "150.00",
        lab(note="'fatto' (done) in answer to a payment reminder: a payment claim with no date"),
    ),
    Reply(
        "ps-it-bonifico",
        "payment_sent",
        "it",
        ("Carla Benedetti", "amministrazione@villaortensia.example"),
        "2030-11-28 10:02",
        "gmail",
        t("""
            Gentili Signori,

            in riferimento al Vostro sollecito, Vi comunichiamo che la fattura TPS/0409/30 è stata saldata con bonifico SEPA del 25/11/2030, TRN 0623041125ZZ1107, per un importo di € 1.150,00.

            Restiamo a disposizione per eventuali chiarimenti.

            Distinti saluti

            Carla Benedetti
            Amministrazione
            Grand Hotel Villa Ortensia
        """),
        "TPS/0409/30",
        "1150.00",
        lab(
            ("TPS/0409/30",),
            paid_date="2030-11-25",
            payment_reference="0623041125ZZ1107",
            amount="1150.00",
            currency="EUR",
        ),
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pr-en-oofsubject",
        "promise_to_pay",
        "en",
        ("Rob Tennant", "rob@tennantevents.example"),
        "2030-11-13 16:40",
        "android",
        t("""
            Hi, I'm off this week so only dipping into emails on my phone. Dawn in our office does the payments and she's back Monday, I've asked her to pay it first thing then. Sorry it's late.
            Rob
        """),
        "TPS/0389/30",
        "475.00",
        lab(
            note="written by a person whose subject says 'Out of office': not an auto-reply; Monday after Wed 13 Nov = 18 Nov",
            promised_date="2030-11-18",
        ),
        subject="Out of office til Monday - RE: {orig}",
    ),
    Reply(
        "pr-en-paymentrun",
        "promise_to_pay",
        "en",
        ("Kelly Morgan", "accountspayable@severnvaletrust.example"),
        "2030-11-26 11:05",
        "outlook_html",
        t("""
            Good morning,

            Thank you for your email. I can confirm that invoice TPS/0426/30 for £1,180.00 has now been approved by the budget holder and has been included in Friday's BACS run.

            Kind regards,

            Kelly Morgan
            Finance Assistant | Severn Vale Learning Trust
        """),
        "TPS/0426/30",
        "1180.00",
        lab(
            ("TPS/0426/30",),
            "past tense ('approved', 'included') announcing a future payment run: Friday after Tue 26 Nov = 29 Nov",
            promised_date="2030-11-29",
            amount="1180.00",
            currency="GBP",
        ),
        headers=(SUPPRESS,),
    ),
    Reply(
        "pr-en-caps",
        "promise_to_pay",
        "en",
        ("D Crabtree", "dcrabtree@crabtreefamily.example"),
        "2030-11-29 10:12",
        "gmail_plain",
        t("""
            SORRY FOR DELAY WILL PAY NEXT THURSDAY WHEN MY PENSION GOES IN
            D CRABTREE
        """),
        "TPS/0434/30",
        "85.00",
        lab(
            note="all caps, no punctuation; 'next Thursday' written on Fri 29 Nov = 5 Dec",
            promised_date="2030-12-05",
        ),
    ),
    Reply(
        "pr-de-kw",
        "promise_to_pay",
        "de",
        ("Monika Brandl", "pfarrbuero@st-marien-hallstadt.example"),
        "2030-11-21 15:30",
        "apple",
        t("""
            Guten Tag,

            die Rechnung wurde vom Kirchenpfleger freigegeben und wird in KW 49 überwiesen. Wir bitten um etwas Geduld, bei uns läuft alles über die Verrechnungsstelle der Diözese.

            Mit freundlichen Grüßen
            Monika Brandl
            Pfarrbüro St. Marien
        """),
        "TPS/0411/30",
        "390.00",
        lab(
            note="'KW 49' = ISO week 49, pinned to its Monday (2 Dec) as for 'next week'; 'freigegeben' is past, the transfer is future",
            promised_date="2030-12-02",
        ),
    ),
    Reply(
        "pr-de-informal",
        "promise_to_pay",
        "de",
        ("Svenja Roth", "svenja@roth-klavierunterricht.example"),
        "2030-12-03 19:44",
        "gmail",
        t("""
            Hallo,

            oh nein, sorry, das ist bei mir total untergegangen! Ich überweise es bis Ende der Woche, versprochen.

            LG Svenja
        """),
        "TPS/0444/30",
        "110.00",
        lab(
            note="'bis Ende der Woche' from Tue 3 Dec = Fri 6 Dec",
            promised_date="2030-12-06",
        ),
    ),
    Reply(
        "pr-fr-findemois",
        "promise_to_pay",
        "fr",
        ("Bertrand Lefort", "direction@hotel-lesmarronniers.example"),
        "2030-11-18 17:02",
        "outlook",
        t("""
            Bonjour,

            Bien reçu. Nous réglerons la facture en fin de mois, avec nos autres fournisseurs, comme d'habitude.

            Cordialement,
            B. Lefort
            Directeur - Hôtel Les Marronniers
        """),
        "TPS/0399/30",
        "560.00",
        lab(note="'en fin de mois' → last day of November", promised_date="2030-11-30"),
        charset="iso-8859-1",
    ),
    Reply(
        "pr-es-finalesdemes",
        "promise_to_pay",
        "es",
        ("Marta Gallego", "secretaria@escuela-allegro.example"),
        "2030-12-04 12:15",
        "gmail_plain",
        t("""
            Hola, buenos días:

            Lo pagamos a finales de mes, que es cuando nos ingresa el ayuntamiento la subvención. Perdonad el retraso.

            Un saludo,
            Marta
            Secretaría – Escuela de Música Allegro
        """),
        "TPS/0446/30",
        "320.00",
        lab(
            note="tied to a grant but with a date: 'a finales de mes' → 31 Dec",
            promised_date="2030-12-31",
        ),
    ),
    Reply(
        "pr-es-formal",
        "promise_to_pay",
        "es",
        ("Alfonso Rey Quintana", "tesoreria@fundacionarenal.example"),
        "2030-11-28 12:48",
        "outlook_html",
        t("""
            Estimados señores:

            Acusamos recibo de su comunicación. Les confirmamos que la factura TPS/0441/30, por importe de 2.760,00 €, será abonada mediante transferencia bancaria el próximo 13/12.

            Sin otro particular, reciban un cordial saludo.

            Alfonso Rey Quintana
            Tesorero
            Fundación Cultural Arenal
        """),
        "TPS/0441/30",
        "2760.00",
        lab(
            ("TPS/0441/30",),
            "'13/12' is day/month in Spanish usage",
            promised_date="2030-12-13",
            amount="2760.00",
            currency="EUR",
        ),
    ),
    Reply(
        "pr-nl-tweeweken",
        "promise_to_pay",
        "nl",
        ("Henk Dijkstra", "penningmeester@orgelenvleugel.example"),
        "2030-11-15 20:10",
        "gmail",
        t("""
            Beste mensen,

            Excuses voor de vertraging. Wij betalen over twee weken, dan is de subsidie van de gemeente binnen.

            Groet,
            Henk Dijkstra
            penningmeester Stichting Orgel & Vleugel
        """),
        "TPS/0401/30",
        "730.00",
        lab(
            note="'over twee weken' from Fri 15 Nov = 29 Nov",
            promised_date="2030-11-29",
        ),
    ),
    Reply(
        "pr-nl-vrijdag",
        "promise_to_pay",
        "nl",
        ("Gerrit Vos", "g.vos@hervormd-oudewater.example"),
        "2030-12-02 09:20",
        "thunderbird",
        t("""
            Goedemorgen,

            Ik had het al klaargezet maar de tweede handtekening ontbrak nog. Vrijdag maak ik het over, dan is de voorzitter er weer.

            Met vriendelijke groet,
            Gerrit Vos
            Kerkrentmeester
        """),
        "TPS/0437/30",
        "295.00",
        lab(note="'Vrijdag' after Mon 2 Dec = 6 Dec", promised_date="2030-12-06"),
    ),
    Reply(
        "pr-it-finemese",
        "promise_to_pay",
        "it",
        ("Segreteria IC Verdi", "segreteria@icverdi-cremona.example"),
        "2030-11-19 11:30",
        "outlook",
        t("""
            Buongiorno,

            in riferimento al sollecito, vi informiamo che provvederemo al saldo entro fine mese.

            Distinti saluti

            La segreteria amministrativa
            Istituto Comprensivo "G. Verdi"
        """),
        "TPS/0405/30",
        "480.00",
        lab(note="'entro fine mese' → 30 Nov", promised_date="2030-11-30"),
        charset="windows-1252",
    ),
    Reply(
        "pr-it-il15",
        "promise_to_pay",
        "it",
        ("Giulia Ferrandi", "giulia.ferrandi@libero.it"),
        "2030-12-06 08:03",
        "iphone",
        "Buongiorno, scusate il ritardo. Pago il 15 quando mi arriva lo stipendio.\nGiulia",
        "TPS/0449/30",
        "140.00",
        lab(note="'il 15' after Fri 6 Dec = 15 Dec", promised_date="2030-12-15"),
    ),
]

DISPUTE = [
    Reply(
        "di-en-partpaid",
        "dispute",
        "en",
        ("Simon Okafor", "finance@harbourviewhotel.example"),
        "2030-11-13 14:22",
        "outlook_html",
        t("""
            Hello,

            We have paid the tuning element of this invoice (£85.00) today. We are not paying the £45 call-out charge: your technician arrived almost two hours after the agreed slot, by which time our pianist was already setting up for the evening, and a call-out fee was never mentioned when the booking was made.

            Please issue a credit note for the £45 and we will consider the matter closed.

            Regards,
            Simon Okafor
            Financial Controller
            Harbour View Hotel
        """),
        "TPS/0391/30",
        "130.00",
        lab(note="part paid, the rest contested: dispute wins over the payment claim"),
    ),
    Reply(
        "di-en-notpaid",
        "dispute",
        "en",
        ("Claire Whitfield", "claire.whitfield@gmail.com"),
        "2030-11-25 09:40",
        "gmail",
        t("""
            Hello,

            We have NOT paid this and won't be until someone comes to look at the damage. When your team moved the piano into our new house on the 4th they took a chunk out of the skirting board in the hall, and the lid now has a long scratch right across it. I pointed it out to the driver at the time and he said he'd report it. I've heard nothing since.

            Could someone please ring me on 07700 900431.

            Claire Whitfield
        """),
        "TPS/0420/30",
        "690.00",
        lab(note="negated payment with the reason: damage during the removal"),
    ),
    Reply(
        "di-en-bursar",
        "dispute",
        "en",
        ("Andrew Pryce", "bursar@kingsmereschool.example"),
        "2030-12-03 16:55",
        "thunderbird",
        t("""
            Dear Sir or Madam,

            I refer to your reminder regarding invoice TPS/0447/30, which I have now had the chance to look into with our Director of Music.

            The concert grand was hired for our Founders' Day concert on 8 November, with delivery on the 7th and collection on the 11th, as set out in your own confirmation of 21 October. As it happened, your crew did not collect it until 19 November, and only after we had telephoned twice; in the meantime it sat in the Great Hall, which we were unable to let for two evenings, one of which we had to refund. I appreciate that these things happen, but I do not see why the school should now be invoiced for a second week of hire (£420.00) when the delay was entirely on your side.

            We are happy to pay the first week and the transport charge as quoted. Please send an amended invoice for those and we will settle it promptly.

            Yours faithfully,

            Andrew Pryce
            Bursar, Kingsmere School
        """),
        "TPS/0447/30",
        "1260.00",
        lab(
            ("TPS/0447/30",),
            "long letter; the second week of hire is contested; the amended-invoice request and the conditional payment are secondary",
        ),
        cte="8bit",
    ),
    Reply(
        "di-de-stimmung",
        "dispute",
        "de",
        ("Tobias Wendt", "info@klangraum-konzerte.example"),
        "2030-11-14 12:10",
        "outlook",
        t("""
            Hallo,

            bevor wir hier irgendwas zahlen: Die Stimmung vor dem Konzert am 9.11. war nicht in Ordnung. Der Flügel war schon in der Pause hörbar verstimmt, unser Pianist hat sich beim Veranstalter beschwert und wir mussten uns dafür rechtfertigen. Den vollen Betrag sehen wir so nicht.

            Bitte rufen Sie mich an.

            Gruß
            Tobias Wendt
            Agentur Klangraum
        """),
        "TPS/0384/30",
        "460.00",
        lab(note="quality complaint; payment withheld until it is settled"),
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "di-de-doppelt",
        "dispute",
        "de",
        ("Jürgen Haas", "verwaltung@musikschule-amwall.example"),
        "2030-11-20 10:05",
        "gmail",
        t("""
            Guten Tag,

            die Rechnung TPS/0398/30 ist bei uns doppelt: Dieselbe Stimmung der drei Klaviere im Oktober haben Sie uns bereits mit TPS/0371/30 berechnet, und die haben wir am 28.10. bezahlt. Bitte stornieren Sie die zweite Rechnung.

            Freundliche Grüße
            Jürgen Haas
            Verwaltung, Musikschule Am Wall
        """),
        "TPS/0398/30",
        "345.00",
        lab(
            ("TPS/0398/30", "TPS/0371/30"),
            "duplicate billing; the payment mentioned is of the earlier invoice, not of this one",
        ),
    ),
    Reply(
        "di-fr-devis",
        "dispute",
        "fr",
        ("Jean-Luc Moreau", "secretariat@paroisse-saintetienne.example"),
        "2030-11-22 16:18",
        "outlook_html",
        t("""
            Bonjour,

            Le devis signé en septembre prévoyait 450 € pour le relevage du piano de la salle paroissiale. Votre facture TPS/0386/30 s'élève à 610 €, sans aucune explication sur la différence. Nous réglerons les 450 € convenus dès réception d'une facture rectifiée, mais pas le supplément.

            Bien à vous,
            Jean-Luc Moreau
            pour la paroisse Saint-Étienne
        """),
        "TPS/0386/30",
        "610.00",
        lab(
            ("TPS/0386/30",),
            "price above the signed quote; paying the quoted part is conditional",
        ),
        charset="windows-1252",
    ),
    Reply(
        "di-fr-location",
        "dispute",
        "fr",
        ("Mathilde Roux", "mathilde@lecaveaujazz.example"),
        "2030-12-02 23:51",
        "iphone",
        "Franchement ?? Le piano de location est arrivé désaccordé avec une touche qui colle, on a dû annuler la soirée de samedi. Je ne paierai pas la location de novembre, désolée.\nMathilde",
        "TPS/0425/30",
        "300.00",
        lab(note="French reply to an English reminder, from a London bar (UK time)"),
        zone="uk",
        rlang="en",
    ),
    Reply(
        "di-es-inacabado",
        "dispute",
        "es",
        ("Ignacio Beltrán", "direccion@palacioolmos.example"),
        "2030-11-19 13:33",
        "outlook",
        t("""
            Buenas tardes:

            Nos sorprende esta reclamación. La factura corresponde a la restauración del piano del salón, que todavía no está terminada: faltan por cambiar las cuerdas graves y el técnico quedó en volver la semana pasada, cosa que no ha hecho. No vamos a pagar un trabajo a medias.

            Cuando esté terminado, lo hablamos.

            Ignacio Beltrán
            Director
            Hotel Palacio de los Olmos
        """),
        "TPS/0393/30",
        "2150.00",
        lab(note="work not finished: the invoice is contested"),
        charset="iso-8859-1",
    ),
    Reply(
        "di-nl-uren",
        "dispute",
        "nl",
        ("Anouk Meijer", "anouk@meijer-pianolessen.example"),
        "2030-11-28 11:11",
        "gmail_plain",
        t("""
            Hallo,

            Er staan drie uur arbeid op de factuur maar de stemmer is hier nog geen anderhalf uur geweest. Ik was er zelf de hele tijd bij. Ik betaal graag voor anderhalf uur, niet voor drie.

            Groetjes,
            Anouk Meijer
        """),
        "TPS/0428/30",
        "255.00",
        lab(note="hours on the invoice contested"),
    ),
    Reply(
        "di-nl-regulatie",
        "dispute",
        "nl",
        ("R. de Graaf", "r.degraaf@degraaf-notarissen.example"),
        "2030-12-03 08:47",
        "apple",
        t("""
            Geachte heer, mevrouw,

            Op de factuur staat naast het stemmen ook 'regulatie mechaniek' à € 380,00. Daar hebben wij nooit opdracht voor gegeven; uw stemmer heeft het alleen genoemd als mogelijkheid voor volgend jaar. Die post betwisten wij dan ook. Het stemmen betalen wij uiteraard wel zodra wij een gecorrigeerde factuur ontvangen.

            Met vriendelijke groet,
            R. de Graaf
        """),
        "TPS/0438/30",
        "505.00",
        lab(
            note="work never ordered; the payment of the rest is conditional on a corrected invoice"
        ),
        cte="b64",
    ),
    Reply(
        "di-it-gamba",
        "dispute",
        "it",
        ("Stefano Bellini", "info@villabellini-bb.example"),
        "2030-11-13 19:02",
        "android",
        t("""
            Buonasera,
            non abbiamo pagato perché il pianoforte è arrivato con una gamba rotta e il coperchio graffiato. Ho mandato le foto al vostro autista il giorno stesso. Finché non si risolve non paghiamo.
            Stefano
        """),
        "TPS/0387/30",
        "540.00",
        lab(note="negated payment with the reason: damage in transit"),
    ),
    Reply(
        "di-it-trasporto",
        "dispute",
        "it",
        ("Luisa Monti", "tesoriere@corosangregorio.example"),
        "2030-12-06 17:26",
        "gmail",
        t("""
            Buonasera,

            abbiamo già saldato la parte relativa all'accordatura. Il trasporto invece non lo paghiamo: nel preventivo P-112 era scritto chiaramente "trasporto incluso". Vi chiediamo quindi una nota di credito per i 220 € del trasporto sulla fattura TPS/0455/30.

            Grazie,
            Luisa Monti
            Tesoriera – Coro Polifonico San Gregorio
        """),
        "TPS/0455/30",
        "370.00",
        lab(
            ("TPS/0455/30",),
            "part paid, transport contested: dispute wins; the quote number is not an invoice number",
        ),
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pl-en-hardship",
        "payment_plan",
        "en",
        ("Eileen Marsh", "eileen.marsh@marshfamily.example"),
        "2030-11-11 14:05",
        "apple",
        t("""
            Dear Thornbury Pianos,

            I'm sorry I haven't paid this yet. Since my husband died in the summer things have been quite difficult with money, and the restoration came to rather more than I had expected, though I'm very pleased with it. Would it be possible for me to pay £200 a month until it is cleared? I could start on the 1st of December.

            Yours sincerely,
            Eileen Marsh
        """),
        "TPS/0372/30",
        "2400.00",
        lab(note="hardship and monthly instalments; plan dates and amounts are not labelled"),
    ),
    Reply(
        "pl-en-partnow",
        "payment_plan",
        "en",
        ("Beth Lowry", "beth@lowryweddings.example"),
        "2030-11-22 15:48",
        "outlook",
        t("""
            Hi there,

            Sent you £500 this afternoon towards it. Wedding money doesn't come in till the new year so can I do the rest on the 15th of January? Hope that's ok.

            Thanks, Beth
            Lowry Weddings & Events
        """),
        "TPS/0418/30",
        "1340.00",
        lab(note="part paid now and the rest on a later date: payment_plan, not payment_sent"),
    ),
    Reply(
        "pl-en-moretime",
        "payment_plan",
        "en",
        ("Joy Okonkwo", "finance@ashdownprimary.example"),
        "2030-12-05 13:20",
        "gmail",
        t("""
            Dear Sir/Madam,

            Thank you for the reminder. I am afraid the school's budget for instrument maintenance has been fully committed for this year after an unexpected boiler repair. Would you be able to give us until the start of the new financial year in April to settle this? I appreciate it is not ideal and I'm happy to discuss.

            Kind regards,
            Joy Okonkwo
            School Business Manager, Ashdown Primary School
        """),
        "TPS/0442/30",
        "520.00",
        lab(note="asks for more time"),
    ),
    Reply(
        "pl-de-raten",
        "payment_plan",
        "de",
        ("Dr. Wolfgang Seidel", "w.seidel@seidel-praxis.example"),
        "2030-11-26 21:02",
        "thunderbird",
        t("""
            Sehr geehrte Damen und Herren,

            die Restaurierung meines Bechstein-Flügels ist wunderbar geworden, der Betrag von 4.850,00 € übersteigt allerdings im Moment meine Möglichkeiten, auf einmal zu zahlen. Wäre es möglich, ihn in drei Monatsraten zu begleichen, die erste noch im Dezember?

            Mit freundlichen Grüßen
            Wolfgang Seidel
        """),
        "TPS/0423/30",
        "4850.00",
        lab(note="instalments requested"),
        cte="8bit",
    ),
    Reply(
        "pl-de-anzahlung",
        "payment_plan",
        "de",
        ("Ursula Becker", "kasse@harmonie1878.example"),
        "2030-12-02 18:15",
        "outlook_html",
        t("""
            Guten Abend,

            wir überweisen heute 1.000 € als Anzahlung. Den Rest zahlen wir, sobald die Fördermittel der Stadt im Januar eingegangen sind – früher geht es bei unserem Vereinskonto leider nicht.

            Viele Grüße
            Ursula Becker
            Kassenwartin, Chorverein Harmonie 1878 e.V.
        """),
        "TPS/0433/30",
        "1850.00",
        lab(note="part payment today and the rest in January → payment_plan"),
    ),
    Reply(
        "pl-fr-quatrefois",
        "payment_plan",
        "fr",
        ("Sylvie Garnier", "sylvie.garnier@garnier-famille.example"),
        "2030-11-14 10:40",
        "thunderbird",
        t("""
            Bonjour,

            Serait-il possible d'échelonner le paiement de la restauration en quatre fois ? Je peux faire un premier virement dès la semaine prochaine, puis un par mois.

            Merci de votre compréhension,
            Sylvie Garnier
        """),
        "TPS/0383/30",
        "1680.00",
        lab(note="four instalments requested"),
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "pl-fr-moitie",
        "payment_plan",
        "fr",
        ("Françoise Albert", "compta@hoteldulacbleu.example"),
        "2030-11-27 10:10",
        "outlook",
        t("""
            Bonjour,

            Nous traversons une période compliquée : l'hôtel est fermé pour travaux depuis octobre et nous n'avons quasiment aucune rentrée avant la réouverture. Pourrions-nous régler la moitié maintenant et le solde fin janvier ?

            Dans l'attente de votre accord,
            Françoise Albert
            Comptabilité, Hôtel du Lac Bleu
        """),
        "TPS/0427/30",
        "880.00",
        lab(note="half now, the rest at the end of January (a proposal, nothing paid yet)"),
        charset="iso-8859-1",
    ),
    Reply(
        "pl-es-dosplazos",
        "payment_plan",
        "es",
        ("Carmen Ruiz", "carmen@carmenruizpiano.example"),
        "2030-11-12 22:30",
        "iphone",
        "Hola, ¿podria pagarlo en dos plazos? Uno ahora y el otro en enero. Es que este mes no me llega.\nGracias\nCarmen",
        "TPS/0385/30",
        "260.00",
        lab(note="two instalments"),
    ),
    Reply(
        "pl-es-aplazamiento",
        "payment_plan",
        "es",
        ("Jesús Moreno", "administracion@colegiosantateresa.example"),
        "2030-12-02 09:25",
        "outlook_html",
        t("""
            Buenos días:

            Les escribimos para pedirles un pequeño aplazamiento. El colegio cobra las cuotas trimestrales a mediados de mes y en este momento no tenemos liquidez. ¿Sería posible que nos dieran de plazo hasta el 20 de diciembre?

            Gracias de antemano.
            Jesús Moreno
            Administración – Colegio Santa Teresa
        """),
        "TPS/0436/30",
        "615.00",
        lab(note="asks for more time up to a date; plan dates are not labelled"),
    ),
    Reply(
        "pl-nl-termijnen",
        "payment_plan",
        "nl",
        ("Kim Verhoeven", "financien@theaterdeschouw.example"),
        "2030-11-20 12:40",
        "android",
        "Hoi, kunnen we het in drie termijnen doen? 3x € 400, december t/m februari. Het is een krap jaar geweest voor het theater.\nKim",
        "TPS/0408/30",
        "1200.00",
        lab(note="three instalments"),
    ),
    Reply(
        "pl-it-rate",
        "payment_plan",
        "it",
        ("Don Paolo Ferri", "parrocchia@santamariaassunta-pavia.example"),
        "2030-11-15 11:45",
        "gmail",
        t("""
            Gentili signori,

            come parrocchia viviamo soprattutto delle offerte dei fedeli e in questo periodo facciamo fatica. Sarebbe possibile pagare la fattura in tre rate mensili, a partire da dicembre?

            Vi ringrazio per la comprensione.
            Don Paolo Ferri
        """),
        "TPS/0400/30",
        "930.00",
        lab(note="three monthly instalments"),
    ),
    Reply(
        "pl-it-rambling",
        "payment_plan",
        "it",
        ("Marco Vitale", "direzione@hotelbelvedere-stresa.example"),
        "2030-12-05 18:02",
        "outlook",
        t("""
            Buonasera,

            vi scrivo personalmente perché mi dispiace che la cosa si sia trascinata. Quest'anno la stagione sul lago è partita tardi, a giugno abbiamo avuto l'allagamento che ci ha chiuso la terrazza per tre settimane e a settembre abbiamo perso il gruppo tedesco che veniva ogni anno. Il pianoforte della hall, che avete restaurato così bene, è tra l'altro l'unica cosa che i clienti hanno lodato all'unanimità nelle recensioni, quindi ci tengo a chiudere bene con voi.

            La mia proposta: vi faccio un bonifico di € 800 la settimana prossima e il resto diviso in due, a gennaio e a febbraio, quando riprendono le prenotazioni per San Valentino. Se vi va bene, rispondetemi pure e lo metto per iscritto.

            Cordiali saluti,
            Marco Vitale
            Direttore – Hotel Belvedere
        """),
        "TPS/0440/30",
        "2240.00",
        lab(
            note="long reply; the proposal (part next week, the rest in two instalments) is in the last paragraph"
        ),
        charset="windows-1252",
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-po",
        "invoice_request",
        "en",
        ("Priya Shah", "purchase.ledger@northmoor-uni.example"),
        "2030-11-12 10:50",
        "outlook_html",
        t("""
            Good morning,

            We are unable to process this invoice as it does not quote a valid purchase order number. All supplier invoices to the University must show an official PO; the one for the Recital Hall piano tuning is PO-88213.

            Once you send us a revised invoice quoting the PO we will pay it within our normal 30-day terms.

            Kind regards,
            Priya Shah
            Purchase Ledger Team | Finance Services
            University of Northmoor
        """),
        "TPS/0379/30",
        "640.00",
        lab(
            note="conditional payment: they pay once the PO is on the invoice; nothing is contested"
        ),
        headers=(SUPPRESS,),
    ),
    Reply(
        "ir-en-copy",
        "invoice_request",
        "en",
        ("Markus Lehner", "markus@lehner-berlin.example"),
        "2030-11-25 20:14",
        "apple",
        t("""
            Hello,

            your system wrote to me in German, which is fine, but I'll answer in English since you are a UK company. I never received the invoice itself, only this reminder. Could you send me a copy as a PDF so I can check it and pay?

            Best regards
            Markus Lehner
        """),
        "TPS/0416/30",
        "890.00",
        lab(note="English reply to a German reminder from a German Mac (German attribution line)"),
        rlang="de",
        loc="de",
        zone="cet",
    ),
    Reply(
        "ir-en-supplierform",
        "invoice_request",
        "en",
        ("Gareth Mills", "procurement@castleford-council.example"),
        "2030-12-04 14:30",
        "html_only",
        t("""
            Dear Supplier,

            We have not yet been able to pay this invoice because your company is not set up on our finance system. Before we can raise payment we need:

            1. a completed new supplier form (sent to you with our purchase order),
            2. your bank details on company letterhead, signed,
            3. your VAT registration number.

            As soon as these are received the invoice will go into the next payment run.

            Regards,
            Gareth Mills
            Supplier Set-up, Procurement Services
            Castleford Borough Council
        """),
        "TPS/0445/30",
        "1725.00",
        lab(
            note="needs supplier set-up and bank details before paying, without contesting; HTML only"
        ),
    ),
    Reply(
        "ir-de-bestellnummer",
        "invoice_request",
        "de",
        ("Albers, Schulverwaltungsamt", "schulverwaltung@stadt-kirchberg.example"),
        "2030-11-14 09:12",
        "outlook",
        t("""
            Sehr geehrte Damen und Herren,

            eine Zahlung ist erst möglich, wenn die Rechnung unsere Bestellnummer 4500123987 sowie die Angabe der Schule (Gymnasium am Schlossberg) enthält. Bitte senden Sie uns eine entsprechend ergänzte Rechnung zu; danach erfolgt die Zahlung innerhalb der üblichen Frist.

            Mit freundlichen Grüßen
            Im Auftrag
            Albers
        """),
        "TPS/0380/30",
        "720.00",
        lab(note="pays once the order number is on the invoice"),
        charset="iso-8859-1",
    ),
    Reply(
        "ir-de-pdf",
        "invoice_request",
        "de",
        ("Nina Hartmann", "nina@hartmann-design.example"),
        "2030-11-29 12:58",
        "iphone",
        "Hallo, die Rechnung ist bei mir nie angekommen. Können Sie sie mir bitte nochmal als PDF schicken? Dann zahle ich sofort.\nNina Hartmann",
        "TPS/0432/30",
        "175.00",
        lab(note="copy requested; 'dann zahle ich sofort' is conditional on the copy"),
    ),
    Reply(
        "ir-fr-rib",
        "invoice_request",
        "fr",
        ("Marc Dubreuil", "intendance@lycee-jeanrostand.example"),
        "2030-11-19 14:00",
        "gmail",
        t("""
            Bonjour,

            Nous ne pouvons pas procéder au paiement : votre RIB ne nous a jamais été transmis et notre agence comptable exige un RIB au nom de la société pour créer le compte fournisseur. Merci de nous l'envoyer par retour de mail, la facture sera alors mise en paiement.

            Cordialement,
            Marc Dubreuil
            Adjoint gestionnaire – Lycée Jean-Rostand
        """),
        "TPS/0404/30",
        "560.00",
        lab(note="bank details needed before paying"),
    ),
    Reply(
        "ir-fr-choruspro",
        "invoice_request",
        "fr",
        ("Service comptabilité", "comptabilite@mairie-villeneuve-orge.example"),
        "2030-12-02 11:20",
        "outlook_html",
        t("""
            Madame, Monsieur,

            Nous n'avons pas trouvé trace de cette facture dans nos services. Toute facture adressée à une collectivité doit être déposée sur le portail Chorus Pro, avec le numéro d'engagement figurant sur le bon de commande (ici EJ-2030-0815). Nous vous remercions de bien vouloir la déposer ; elle sera traitée dès réception.

            Cordialement,
            Le service comptabilité
            Mairie de Villeneuve-sur-Orge
        """),
        "TPS/0435/30",
        "980.00",
        lab(note="asks for the invoice to be lodged through the public e-invoicing portal"),
        charset="windows-1252",
    ),
    Reply(
        "ir-es-cif",
        "invoice_request",
        "es",
        ("Elena Vidal", "gerencia@fundacionmusicaysociedad.example"),
        "2030-11-13 17:30",
        "gmail_plain",
        t("""
            Hola:

            La factura nos llegó a nombre de nuestro director y no de la fundación, así que no la podemos contabilizar. ¿Nos la pueden volver a emitir a nombre de Fundación Música y Sociedad, CIF G12345678? En cuanto la tengamos, se paga.

            Saludos,
            Elena Vidal
            Gerencia
        """),
        "TPS/0382/30",
        "1390.00",
        lab(note="reissue in the right name; amount not contested"),
    ),
    Reply(
        "ir-es-extracto",
        "invoice_request",
        "es",
        ("Rubén Soler", "contabilidad@auditoriocostablanca.example"),
        "2030-12-05 10:45",
        "thunderbird",
        t("""
            Buenos días,

            Con tantas afinaciones este otoño ya no sé qué facturas tenemos pendientes con ustedes y cuáles no. ¿Me pueden enviar un extracto de cuenta con todo lo abierto? Lo reviso y lo pagamos todo junto.

            Gracias,
            Rubén Soler
            Contabilidad
        """),
        "TPS/0448/30",
        "385.00",
        lab(note="statement of account requested"),
        charset="iso-8859-1",
    ),
    Reply(
        "ir-nl-inkooporder",
        "invoice_request",
        "nl",
        ("Sanne Visser", "crediteuren@concertzaaldehoorn.example"),
        "2030-11-26 13:40",
        "outlook",
        t("""
            Goedemiddag,

            Deze factuur kan ik niet verwerken zonder ons inkoopordernummer. Wilt u hem opnieuw sturen met PO 2030-4471 erop? Dan gaat hij mee in de eerstvolgende betaalrun.

            Met vriendelijke groet,
            Sanne Visser
            Crediteurenadministratie
            Concertzaal De Hoorn
        """),
        "TPS/0424/30",
        "1560.00",
        lab(note="reissue with a PO number, amount not contested"),
    ),
    Reply(
        "ir-nl-specificatie",
        "invoice_request",
        "nl",
        ("Pieter Jansen", "info@muziekcentrumoost.example"),
        "2030-11-15 11:05",
        "apple",
        t("""
            Hallo,

            Waar is deze factuur precies voor? Wij hebben drie vleugels en twee piano's en uw stemmer is in oktober twee keer geweest. Kunt u de specificatie meesturen, dan kan ik hem aan de juiste afdeling koppelen.

            Groet,
            Pieter Jansen
            Muziekcentrum Oost
        """),
        "TPS/0397/30",
        "455.00",
        lab(
            note="asks what the invoice is for and for the breakdown: a document request, not a dispute"
        ),
    ),
    Reply(
        "ir-it-sdi",
        "invoice_request",
        "it",
        ("Elisa Conti", "amministrazione@teatrosociale-como.example"),
        "2030-11-20 15:15",
        "outlook_html",
        t("""
            Buongiorno,

            per poter procedere al pagamento abbiamo bisogno che la fattura ci venga trasmessa in formato elettronico tramite SDI (codice destinatario M5UXCR1) oppure, per i fornitori esteri, con l'indicazione del nostro codice fiscale. La copia PDF ricevuta via e-mail non è sufficiente per la registrazione.

            Cordiali saluti,
            Elisa Conti
            Ufficio amministrazione – Fondazione Teatro Sociale
        """),
        "TPS/0406/30",
        "830.00",
        lab(note="needs a compliant e-invoice before paying"),
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-redirect",
        "wrong_contact",
        "en",
        ("Lakeside Hotel Accounts", "accounts@lakesidehotel-windermere.example"),
        "2030-11-21 08:02",
        "outlook_html",
        t("""
            Dear Supplier,

            IMPORTANT – please update your records with immediate effect. Our accounts department has moved to a new system and this mailbox will shortly be closed. All reminders, statements and invoices must now be sent ONLY to lakesidehotelaccounts@gmail.com. Please do not copy in any other address as this will delay processing.

            Kindly confirm once your records have been updated.

            Regards,
            Accounts Department
            Lakeside Hotel
        """),
        "TPS/0413/30",
        "380.00",
        lab(
            note="phishing-like request to redirect collection mail to a free-mail address: labelled by what it asks; the collector should check it with the customer before using it",
            new_contact="lakesidehotelaccounts@gmail.com",
        ),
    ),
    Reply(
        "wc-en-caretaker",
        "wrong_contact",
        "en",
        ("Phil Dobson", "caretaker@stmichaelsprimary.example"),
        "2030-11-12 07:35",
        "gmail",
        t("""
            Morning,

            I'm the caretaker here, I only let your tuner in! Nothing to do with money im afraid. You want the bursar, bursar@stmichaelsprimary.example

            Phil
        """),
        "TPS/0381/30",
        "70.00",
        lab(new_contact="bursar@stmichaelsprimary.example"),
    ),
    Reply(
        "wc-en-left",
        "wrong_contact",
        "en",
        ("Tom Ashworth", "tom.ashworth@bexleyartscentre.example"),
        "2030-12-02 09:58",
        "apple",
        "Hi, I left the Arts Centre at the end of the summer and only look at this inbox now and then. Invoices are handled by Finance now – finance@bexleyartscentre.example\nTom",
        "TPS/0439/30",
        "250.00",
        lab(new_contact="finance@bexleyartscentre.example"),
    ),
    Reply(
        "wc-de-technik",
        "wrong_contact",
        "de",
        ("Klaus Berger", "k.berger@stadthalle-gmund.example"),
        "2030-11-27 14:44",
        "outlook",
        t("""
            Guten Tag,

            für Rechnungen bin ich nicht zuständig, ich bin der technische Leiter der Stadthalle. Bitte schicken Sie Rechnungen und Mahnungen künftig an kreditoren@stadthalle-gmund.example.

            Gruß
            K. Berger
        """),
        "TPS/0430/30",
        "315.00",
        lab(new_contact="kreditoren@stadthalle-gmund.example"),
        charset="iso-8859-1",
    ),
    Reply(
        "wc-fr-econome",
        "wrong_contact",
        "fr",
        ("Anne-Marie Petit", "am.petit@paroisse-sainthilaire.example"),
        "2030-11-15 18:30",
        "gmail_plain",
        t("""
            Bonsoir,

            Je ne m'occupe plus de la comptabilité de la paroisse depuis la rentrée. Merci d'écrire désormais à l'économe, M. Giraud : economat@paroisse-sainthilaire.example

            Bonne soirée,
            Anne-Marie Petit
        """),
        "TPS/0403/30",
        "230.00",
        lab(new_contact="economat@paroisse-sainthilaire.example"),
    ),
    Reply(
        "wc-fr-comptable",
        "wrong_contact",
        "fr",
        ("Julien Carré", "julien.carre@carre-architectes.example"),
        "2030-12-05 08:50",
        "android",
        "Bonjour, ce n'est pas moi qui gère les factures du cabinet, c'est notre expert-comptable. Voyez directement avec lui : cabinet@morel-expertise.example\nJulien Carré",
        "TPS/0451/30",
        "195.00",
        lab(
            note="the accountant handles it: wrong_contact (an accountant is not a lawyer)",
            new_contact="cabinet@morel-expertise.example",
        ),
    ),
    Reply(
        "wc-es-reservas",
        "wrong_contact",
        "es",
        ("Laura Sanz", "reservas@hotelmiramar-sitges.example"),
        "2030-11-18 11:25",
        "outlook_html",
        t("""
            Buenos días,

            Este correo es del departamento de reservas. Las facturas de proveedores las lleva administración: administracion@hotelmiramar-sitges.example. Les reenvío su mensaje, pero por favor actualicen la dirección.

            Un saludo,
            Laura – Reservas, Hotel Miramar
        """),
        "TPS/0394/30",
        "525.00",
        lab(new_contact="administracion@hotelmiramar-sitges.example"),
    ),
    Reply(
        "wc-es-nopiano",
        "wrong_contact",
        "es",
        ("Antonio Gil", "antoniogil.77@gmail.com"),
        "2030-11-20 21:15",
        "iphone",
        "No sé quiénes son ustedes. Yo no tengo piano ni he contratado nada. Se han equivocado de persona.",
        "TPS/0410/30",
        "160.00",
        lab(note="wrong recipient altogether, no new address"),
    ),
    Reply(
        "wc-nl-vertrokken",
        "wrong_contact",
        "nl",
        ("Receptie De Gouden Leeuw", "receptie@degoudenleeuw.example"),
        "2030-11-26 10:10",
        "gmail",
        t("""
            Goedemorgen,

            Meneer Bakker werkt sinds oktober niet meer bij ons. Facturen en herinneringen kunt u voortaan sturen naar onze crediteurenafdeling: crediteuren@degoudenleeuw.example.

            Met vriendelijke groet,
            Receptie Hotel De Gouden Leeuw
        """),
        "TPS/0422/30",
        "410.00",
        lab(new_contact="crediteuren@degoudenleeuw.example"),
    ),
    Reply(
        "wc-nl-dirigent",
        "wrong_contact",
        "nl",
        ("Maarten Smit", "maarten.smit@koordelinde.example"),
        "2030-12-04 22:05",
        "thunderbird",
        t("""
            Hallo,

            Ik ben de dirigent van het koor, niet de penningmeester. Deze moet naar Wilma, zij doet de financiën: Penningmeester@KoorDeLinde.example

            Groet, Maarten
        """),
        "TPS/0453/30",
        "205.00",
        lab(
            note="address written in mixed case, labelled in lower case",
            new_contact="penningmeester@koordelinde.example",
        ),
        cte="8bit",
    ),
    Reply(
        "wc-it-referente",
        "wrong_contact",
        "it",
        ("Davide Ricci", "d.ricci@teatrocomunale-fano.example"),
        "2030-11-14 16:00",
        "outlook",
        t("""
            Buongiorno,

            non sono più il referente per i fornitori, da novembre seguo solo la parte tecnica. Per fatture e solleciti scrivete a amministrazione@teatrocomunale-fano.example.

            Saluti,
            Davide Ricci
        """),
        "TPS/0390/30",
        "600.00",
        lab(new_contact="amministrazione@teatrocomunale-fano.example"),
        charset="windows-1252",
    ),
    Reply(
        "wc-it-moglie",
        "wrong_contact",
        "it",
        ("Francesca Lodi", "francesca.lodi@lodi-casa.example"),
        "2030-11-29 13:40",
        "iphone",
        "Buongiorno, avete sbagliato indirizzo, questa è la mail personale di mia moglie. Il pianoforte è della scuola di danza, scrivete a segreteria@scuoladanzaelite.example\nPaolo",
        "TPS/0417/30",
        "220.00",
        lab(
            note="written by the husband from his wife's mailbox; the right mailbox is named",
            new_contact="segreteria@scuoladanzaelite.example",
        ),
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-stopemailing",
        "unsubscribe",
        "en",
        ("Gary Fenwick", "gary@fenwickjoinery.example"),
        "2030-11-18 12:31",
        "iphone",
        "I've already told your colleague on the phone I'll pay it at the end of the month. Stop emailing me every other day, its getting ridiculous.",
        "TPS/0395/30",
        "310.00",
        lab(
            note="promise plus 'stop emailing': unsubscribe beats the promise, so no promised date"
        ),
    ),
    Reply(
        "un-en-solicitors",
        "unsubscribe",
        "en",
        ("Sandra Price", "headspa@hillcrestacademy.example"),
        "2030-12-03 11:45",
        "outlook_html",
        t("""
            Dear Sir or Madam,

            I have been asked by the Headteacher to let you know that this matter has been passed to the Academy's solicitors, Wainwright Lees LLP, in connection with the damage to the hall floor during collection of the piano. Please do not contact the school directly about this invoice again. All further correspondence should go through the solicitors.

            Yours faithfully,
            Sandra Price
            PA to the Headteacher, Hillcrest Academy
        """),
        "TPS/0412/30",
        "940.00",
        lab(
            note="'go through our solicitors' (no address given) → unsubscribe; the underlying damage dispute is outranked"
        ),
    ),
    Reply(
        "un-en-postonly",
        "unsubscribe",
        "en",
        ("Purchase Ledger", "purchaseledger@marlowefinch.example"),
        "2030-11-27 09:15",
        "outlook",
        t("""
            Dear Sir/Madam,

            Please note that the firm does not accept invoices, statements or payment reminders by email. All such correspondence must be sent by post to: Purchase Ledger, Marlowe & Finch LLP, 12 Chancery Row, London EC4A 1ZZ. We would be grateful if you could remove this address from your mailing list.

            Purchase Ledger
            Marlowe & Finch LLP
        """),
        "TPS/0419/30",
        "280.00",
        lab(note="post only → unsubscribe"),
        headers=(SUPPRESS,),
    ),
    Reply(
        "un-de-post",
        "unsubscribe",
        "de",
        ("Sabine Koch", "gemeindebuero@ekg-neustadt.example"),
        "2030-11-21 10:30",
        "gmail",
        t("""
            Sehr geehrte Damen und Herren,

            bitte senden Sie uns keine Zahlungserinnerungen mehr per E-Mail. Diese Adresse ist das allgemeine Gemeindebüro. Schriftverkehr zu Rechnungen bitte ausschließlich per Post an die Kirchengemeinde, z. Hd. Kirchmeister.

            Mit freundlichen Grüßen
            Sabine Koch
            Gemeindebüro
        """),
        "TPS/0414/30",
        "365.00",
        lab(note="no more e-mail, post only → unsubscribe"),
    ),
    Reply(
        "un-de-anwalt",
        "unsubscribe",
        "de",
        ("Horst Lindner", "h.lindner@lindner-privat.example"),
        "2030-12-02 07:12",
        "android",
        "HÖREN SIE AUF MIR JEDEN TAG ZU SCHREIBEN. DER FLÜGEL WAR BEI DER LIEFERUNG BESCHÄDIGT, DAS WISSEN SIE GENAU. ALLES WEITERE ÜBER MEINEN ANWALT.\nH. LINDNER",
        "TPS/0407/30",
        "860.00",
        lab(note="all caps; stop plus 'through my lawyer' outranks the damage dispute"),
    ),
    Reply(
        "un-fr-avocat",
        "unsubscribe",
        "fr",
        ("Vincent Laporte", "v.laporte@laporte-immobilier.example"),
        "2030-11-19 19:20",
        "outlook",
        t("""
            Monsieur,

            Je vous ai déjà expliqué à deux reprises que le piano de location vous a été rendu le 30 septembre et que je ne dois rien pour octobre. Je vous demande de cesser de m'adresser ces courriels. Toute correspondance devra désormais passer par mon avocat, Maître Duval.

            V. Laporte
        """),
        "TPS/0378/30",
        "240.00",
        lab(note="stop plus lawyer: unsubscribe beats the dispute"),
        charset="iso-8859-1",
    ),
    Reply(
        "un-es-noescriban",
        "unsubscribe",
        "es",
        ("Isabel Marín", "isabel@marin-traducciones.example"),
        "2030-11-14 09:05",
        "gmail_plain",
        "Por favor, no me escriban más a este correo. Gracias.",
        "TPS/0330/30",
        "90.00",
        lab(),
    ),
    Reply(
        "un-es-pagado",
        "unsubscribe",
        "es",
        ("Jordi Puig", "jordi@puigproduccions.example"),
        "2030-12-06 12:10",
        "apple",
        t("""
            Ya les dije la semana pasada que está pagado. No quiero recibir ni un correo más sobre esto, ¿queda claro?

            Jordi
        """),
        "TPS/0348/30",
        "350.00",
        lab(note="stop request plus a payment claim: unsubscribe wins"),
    ),
    Reply(
        "un-nl-afmelden",
        "unsubscribe",
        "nl",
        ("F. Mulder", "f.mulder@mulderbouw.example"),
        "2030-11-13 12:02",
        "iphone",
        "afmelden",
        "TPS/0376/30",
        "135.00",
        lab(note="one word"),
    ),
    Reply(
        "un-nl-postbus",
        "unsubscribe",
        "nl",
        ("Team Financiën", "crediteuren@gemeente-oosterveld.example"),
        "2030-12-03 14:25",
        "outlook_html",
        t("""
            Geachte heer/mevrouw,

            Wij verzoeken u vriendelijk om geen betalingsherinneringen meer naar dit e-mailadres te sturen. Correspondentie over openstaande facturen ontvangen wij uitsluitend per post, t.a.v. de afdeling Financiën, Postbus 100, 8000 AA Oosterveld.

            Met vriendelijke groet,
            Team Financiën
            Gemeente Oosterveld
        """),
        "TPS/0356/30",
        "670.00",
        lab(note="post only → unsubscribe"),
    ),
    Reply(
        "un-it-legale",
        "unsubscribe",
        "it",
        ("Luca Ferraro", "segreteria@studioferraro.example"),
        "2030-11-25 16:40",
        "outlook_html",
        t("""
            Gentili Signori,

            vi prego di non contattarmi più via e-mail per questa vicenda. Per qualsiasi comunicazione rivolgetevi al mio legale, avv. Chiara Bianchi, che vi scriverà a breve.

            Distinti saluti
            Luca Ferraro
        """),
        "TPS/0346/30",
        "410.00",
        lab(note="stop plus 'talk to my lawyer' → unsubscribe"),
        charset="windows-1252",
    ),
    Reply(
        "un-it-venerdi",
        "unsubscribe",
        "it",
        ("Matteo Russo", "matteo.russo84@gmail.com"),
        "2030-11-12 20:20",
        "iphone",
        "pago venerdì ok?? ma smettetla di mandarmi una mail al giorno",
        "TPS/0374/30",
        "125.00",
        lab(note="promise plus 'stop mailing me': unsubscribe wins, so no promised date"),
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-oof",
        "auto_reply",
        "en",
        ("Helen Cartwright", "helen.cartwright@royalspa-hotel.example"),
        "2030-11-18 09:33",
        "notice_html",
        t("""
            Thank you for your email. I am out of the office until Friday 22 November with limited access to email. For anything urgent please contact reception on 01632 960 418.

            Helen Cartwright
            Finance Manager, Royal Spa Hotel
        """),
        "TPS/0375/30",
        "495.00",
        lab(note="'until X' → X itself", return_date="2030-11-22"),
        subject="Automatic reply: {orig}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        "ar-en-ticket",
        "auto_reply",
        "en",
        ("Blackwood Group AP", "ap.queries@blackwoodgroup.example"),
        "2030-11-27 09:04",
        "notice",
        t("""
            This is an automated response. Please do not reply to this email.

            Thank you for contacting Blackwood Group Accounts Payable. Your email has been logged under reference AP-481223 and will be picked up by a member of the team. We aim to respond to supplier queries within 5 working days.

            To help us, please quote the reference above in any further correspondence about this query.
        """),
        "TPS/0351/30",
        "1100.00",
        lab(note="ticket acknowledgement, no date"),
        subject="[AP-481223] Your query has been logged",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-en-schooloffice",
        "auto_reply",
        "en",
        ("St Anne's School Office", "office@stannes-school.example"),
        "2030-11-29 07:00",
        "notice",
        t("""
            Thank you for your email. The school office is closed today for staff training and reopens 02/12. Messages will be dealt with in order of receipt.

            St Anne's School
        """),
        "TPS/0352/30",
        "210.00",
        lab(
            note="only an X-Autoreply header; '02/12' is 2 December in UK notation",
            return_date="2030-12-02",
        ),
        subject="Auto: {orig}",
        headers=(X_AUTOREPLY,),
        threaded=True,
    ),
    Reply(
        "ar-de-abwesend",
        "auto_reply",
        "de",
        ("Claudia Neumann", "c.neumann@hotel-seeblick-konstanz.example"),
        "2030-11-19 09:41",
        "notice_html",
        t("""
            Vielen Dank für Ihre Nachricht.

            Ich bin bis einschließlich 22.11. nicht im Büro. Ab Montag, dem 25.11., bin ich wieder für Sie erreichbar. In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Özdemir (buchhaltung@hotel-seeblick-konstanz.example).

            Mit freundlichen Grüßen
            Claudia Neumann
        """),
        "TPS/0332/30",
        "770.00",
        lab(
            note="'ab Montag, dem 25.11.' wins over 'bis einschließlich 22.11.'; the colleague's address does not set new_contact",
            return_date="2030-11-25",
        ),
        subject="Automatische Antwort: {orig}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-de-eingang",
        "auto_reply",
        "de",
        ("Zentraler Rechnungseingang", "rechnungseingang@klinikum-auenfeld.example"),
        "2030-12-04 09:10",
        "notice",
        t("""
            Sehr geehrte Damen und Herren,

            Ihre E-Mail ist in unserem zentralen Rechnungseingang eingegangen und wurde unter der Vorgangsnummer RE-2030-118842 erfasst. Bitte beachten Sie, dass wir Rechnungen ausschließlich im PDF-Format bearbeiten können. Eine persönliche Antwort erhalten Sie nur bei Rückfragen.

            Dies ist eine automatisch erzeugte Nachricht.
        """),
        "TPS/0452/30",
        "345.00",
        lab(note="receipt acknowledgement with only Precedence: auto_reply; no date"),
        subject="Eingangsbestätigung – Vorgang RE-2030-118842",
        headers=(("Precedence", "auto_reply"),),
    ),
    Reply(
        "ar-fr-absente",
        "auto_reply",
        "fr",
        ("Sophie Lambert", "s.lambert@conservatoire-montfort.example"),
        "2030-11-26 08:55",
        "notice_html",
        t("""
            Bonjour,

            Je suis absente du 25 novembre au 1er décembre inclus. Je serai de retour le lundi 2 décembre et traiterai votre message dès que possible.

            Sophie Lambert
            Service administratif
        """),
        "TPS/0335/30",
        "430.00",
        lab(note="stated day back", return_date="2030-12-02"),
        subject="Réponse automatique : {orig}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-fr-hotelferme",
        "auto_reply",
        "fr",
        ("Hôtel Le Grand Chalet", "contact@legrandchalet-megeve.example"),
        "2030-11-20 14:00",
        "notice_html_only",
        t("""
            Bonjour et merci pour votre message.

            L'hôtel est fermé pour congés annuels jusqu'au 13 décembre. Nos équipes traiteront les courriels reçus à la réouverture.

            À très bientôt au Grand Chalet !
        """),
        "TPS/0338/30",
        "650.00",
        lab(
            note="HTML only, with only Precedence: bulk; 'jusqu'au X' → X itself",
            return_date="2030-12-13",
        ),
        headers=(("Precedence", "bulk"),),
        threaded=True,
    ),
    Reply(
        "ar-es-fuera",
        "auto_reply",
        "es",
        ("Miguel Ángel Torres", "mtorres@auditoriodelmar.example"),
        "2030-11-28 10:15",
        "notice",
        t("""
            Hola:

            Estaré fuera de la oficina hasta el lunes 2 de diciembre, sin acceso al correo. A mi vuelta responderé a su mensaje.

            Un saludo,
            Miguel Ángel Torres
        """),
        "TPS/0353/30",
        "580.00",
        lab(
            note="vacation responder of a Google account; 'hasta el X' → X itself",
            return_date="2030-12-02",
        ),
        subject="Fuera de la oficina hasta el 2 de diciembre",
        headers=(AUTO_REPLIED,),
        threaded=True,
    ),
    Reply(
        "ar-nl-afwezig",
        "auto_reply",
        "nl",
        ("Esther van Dijk", "e.vandijk@kunstcentrumdeberg.example"),
        "2030-11-12 09:37",
        "notice_html",
        t("""
            Beste afzender,

            Ik ben afwezig tot en met vrijdag 15 november. Vanaf maandag 18 november ben ik weer aanwezig en zal ik uw e-mail beantwoorden.

            Met vriendelijke groet,
            Esther van Dijk
        """),
        "TPS/0373/30",
        "305.00",
        lab(note="'vanaf maandag 18 november' is the day back", return_date="2030-11-18"),
        subject="Automatisch antwoord: {orig}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-nl-ontvangst",
        "auto_reply",
        "nl",
        ("Facturen Zorgcentrum Het Anker", "facturen@zorgcentrumhetanker.example"),
        "2030-12-02 09:05",
        "notice",
        t("""
            Dank voor uw bericht. Wij hebben uw e-mail in goede orde ontvangen en streven ernaar binnen twee werkdagen te reageren.

            Dit is een automatisch gegenereerd bericht; u kunt hier niet op antwoorden.
        """),
        "TPS/0355/30",
        "190.00",
        lab(note="receipt acknowledgement, no date"),
        subject="Ontvangstbevestiging: {orig}",
        headers=(AUTO_REPLIED, X_AUTOREPLY),
    ),
    Reply(
        "ar-it-fuoriufficio",
        "auto_reply",
        "it",
        ("Alessandra Marino", "a.marino@filarmonica-lucca.example"),
        "2030-11-25 09:20",
        "notice_html",
        t("""
            Gentile mittente,

            sono fuori ufficio fino a venerdì 29 novembre compreso, con accesso limitato alla posta. Rientrerò lunedì 2 dicembre.

            Cordiali saluti,
            Alessandra Marino
        """),
        "TPS/0344/30",
        "720.00",
        lab(
            note="the stated day back wins over 'fino a ... compreso'",
            return_date="2030-12-02",
        ),
        subject="Risposta automatica: {orig}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-it-inventario",
        "auto_reply",
        "it",
        (
            "Hotel Cristallo Amministrazione",
            "amministrazione@hotelcristallo-cortina.example",
        ),
        "2030-12-06 09:50",
        "notice",
        t("""
            Grazie per averci scritto.

            L'ufficio amministrativo è chiuso per inventario fino a mercoledì 11 dicembre. Le e-mail ricevute verranno lette alla riapertura.

            Hotel Cristallo – Amministrazione
        """),
        "TPS/0454/30",
        "480.00",
        lab(
            note="only an X-Autoreply header; 'fino a X' → X itself",
            return_date="2030-12-11",
        ),
        headers=(X_AUTOREPLY,),
        threaded=True,
    ),
]

OTHER = [
    Reply(
        "ot-en-committee",
        "other",
        "en",
        ("Peter Halloran", "treasurer@haddonfieldmusicsociety.example"),
        "2030-11-11 19:40",
        "outlook",
        t("""
            Thank you – received. I'll raise it at the committee meeting on Thursday and come back to you after that.

            Peter Halloran
            Hon. Treasurer, Haddonfield Music Society
        """),
        "TPS/0370/30",
        "355.00",
        lab(note="acknowledgement; raising it at a meeting is no commitment to pay"),
    ),
    Reply(
        "ot-en-didwenotpay",
        "other",
        "en",
        ("Sarah Jennings", "sarah@jenningsdance.example"),
        "2030-11-20 13:12",
        "gmail",
        t("""
            Hi,

            Did we not pay this already?? I was sure Jenny sorted it in October when she did the others. Can you check your end?

            Sarah
        """),
        "TPS/0337/30",
        "240.00",
        lab(
            note="a question whether it was paid: neither a payment claim nor a dispute; a person should check"
        ),
    ),
    Reply(
        "ot-en-carols",
        "other",
        "en",
        ("Fr Michael Doyle", "parishoffice@holyrood-parish.example"),
        "2030-12-05 17:18",
        "iphone",
        "While I have you - any chance your tuner could come in before the carol service on the 14th? Middle C has gone funny again.\nFr Michael",
        "TPS/0357/30",
        "140.00",
        lab(note="booking question in the reminder thread; nothing about the invoice"),
    ),
    Reply(
        "ot-de-schonbezahlt",
        "other",
        "de",
        ("A. Weber", "a.weber@weber-steuerberatung.example"),
        "2030-11-15 11:20",
        "outlook",
        t("""
            Hallo,

            haben wir das nicht schon bezahlt? Ich meine mich zu erinnern, dass das im Oktober rausgegangen ist, kann es aber gerade nicht prüfen, unsere Buchhalterin ist krank. Ich melde mich nächste Woche.

            A. Weber
        """),
        "TPS/0334/30",
        "415.00",
        lab(note="an unsure question whether it was paid; 'ich melde mich' is no promise to pay"),
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "ot-de-weiterleitung",
        "other",
        "de",
        ("Lena Vogt", "sekretariat@gymnasium-rosenau.example"),
        "2030-12-03 08:25",
        "gmail_plain",
        t("""
            Danke, ist angekommen. Ich leite es an Herrn Kramer in der Verwaltung weiter.

            L. Vogt
            Sekretariat
        """),
        "TPS/0361/30",
        "265.00",
        lab(note="acknowledgement; passing it on without an address is not a new contact"),
    ),
    Reply(
        "ot-fr-demenagement",
        "other",
        "fr",
        ("Christine Bonnet", "christine.bonnet@bonnet-maison.example"),
        "2030-11-28 18:40",
        "apple",
        t("""
            Bonjour,

            Le piano est bien arrivé dans notre nouvelle maison, merci à vos déménageurs qui ont été très soigneux, malgré l'escalier ! Pourriez-vous me dire quand votre accordeur pourra passer ? On m'a dit qu'il fallait attendre quelques semaines après un déménagement.

            Christine Bonnet
        """),
        "TPS/0349/30",
        "480.00",
        lab(note="thanks and a tuning question; nothing about the invoice"),
    ),
    Reply(
        "ot-fr-retraite",
        "other",
        "fr",
        ("Brigitte Lemaire", "contact@ecole-arpeges.example"),
        "2030-11-25 10:30",
        "gmail",
        t("""
            Bonjour,

            Je prends note. Pour information, l'école de musique fermera définitivement ses portes le 31 décembre, je pars à la retraite. Je reste votre interlocutrice jusque-là.

            Bien cordialement,
            Brigitte Lemaire
            École de musique Arpèges
        """),
        "TPS/0343/30",
        "330.00",
        lab(note="business closing: same contact, nothing promised; a person should read it"),
    ),
    Reply(
        "ot-es-recibido",
        "other",
        "es",
        ("Hostal Las Dunas", "hostal@hostallasdunas.example"),
        "2030-11-18 12:00",
        "android",
        "Recibido, gracias.",
        "TPS/0333/30",
        "155.00",
        lab(note="acknowledgement only"),
    ),
    Reply(
        "ot-es-presupuesto",
        "other",
        "es",
        ("Sonia Prieto", "eventos@hotelrealalcazar.example"),
        "2030-12-04 16:05",
        "outlook_html",
        t("""
            Buenas tardes:

            Aprovechando su correo, ¿podrían enviarnos presupuesto para afinar los dos pianos del salón de eventos en la segunda quincena de enero? Tenemos varias bodas ya confirmadas.

            Un saludo,
            Sonia Prieto
            Departamento de Eventos – Hotel Real Alcázar
        """),
        "TPS/0359/30",
        "390.00",
        lab(
            note="asks for a quote for new work; a sales question, not a document for this invoice"
        ),
    ),
    Reply(
        "ot-nl-maandag",
        "other",
        "nl",
        ("Bram de Vries", "bram@bramdevries-fotografie.example"),
        "2030-11-22 17:30",
        "iphone",
        "Ontvangen, ik kijk er maandag even naar",
        "TPS/0342/30",
        "115.00",
        lab(note="acknowledgement; 'I'll look at it on Monday' is no commitment to pay"),
    ),
    Reply(
        "ot-nl-bellen",
        "other",
        "nl",
        ("Marieke Bos", "marieke@bosinterieur.example"),
        "2030-11-19 14:48",
        "gmail_plain",
        t("""
            Goedemiddag,

            Kunt u mij even bellen? Ik wil iets bespreken over de restauratie van de vleugel voordat ik verder ga. Ik ben bereikbaar op 06 12345678, liefst na 16.00 uur.

            Groet,
            Marieke Bos
        """),
        "TPS/0339/30",
        "1450.00",
        lab(note="call-me request without saying why: a person must read it"),
    ),
    Reply(
        "ot-it-parroco",
        "other",
        "it",
        ("Anna Colombo", "segreteria@sanlorenzo-vigevano.example"),
        "2030-11-26 10:55",
        "outlook_html",
        t("""
            Buongiorno,

            ricevuto, grazie. Ne parlo con il parroco appena rientra e vi faccio sapere.

            Anna
            Segreteria parrocchiale San Lorenzo
        """),
        "TPS/0345/30",
        "260.00",
        lab(note="acknowledgement; passing it to the parish priest is no commitment"),
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
# Delivery reports: machine skeletons generated, human-readable parts written out one by one
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt`; `age` is minutes since it was sent."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    zone: str
    inv: str
    amount: str
    builder: str
    age: int = 3
    note: str | None = None

    @property
    def tz(self) -> timezone:
        """UTC offset of the server that wrote the report."""
        return ZONES[self.zone]

    @property
    def dt(self) -> datetime:
        """Date: of the report."""
        local = datetime.strptime(self.when, "%Y-%m-%d %H:%M")
        return local.replace(second=digest(self.key, "sec")[0] % 60, tzinfo=self.tz)

    @property
    def reminder(self) -> Reminder:
        """The reminder that could not be delivered (in the recipient's language)."""
        sent = (self.dt - timedelta(minutes=self.age)).astimezone(ZONES["uk"])
        currency = "GBP" if self.lang == "en" else "EUR"
        return Reminder(self.key, self.inv, self.amount, currency, self.lang, ("", self.rcpt), sent)

    @property
    def rcpt_domain(self) -> str:
        """The recipient's domain."""
        return self.rcpt.split("@")[1]


@dataclass(frozen=True)
class Report:
    """What a bounce builder produces: the body and the envelope headers it needs."""

    body: Message
    sender: str
    subject: str
    headers: tuple[tuple[str, str], ...] = ()
    charset: str = "utf-8"


def delivery_status(
    b: Bounce,
    mta: str,
    action: str,
    diagnostic: str,
    extra_message: Sequence[tuple[str, str]] = (),
    remote: str = "",
) -> Message:
    """A message/delivery-status part (RFC 3464) with one per-message and one per-recipient block."""
    arrival = format_datetime(b.reminder.sent.astimezone(b.tz))
    per_message = [
        ("Reporting-MTA", f"dns; {mta}"),
        *extra_message,
        ("Arrival-Date", arrival),
    ]
    per_recipient = [
        ("Final-Recipient", f"rfc822; {b.rcpt}"),
        ("Original-Recipient", f"rfc822;{b.rcpt}"),
        ("Action", action),
        ("Status", b.status),
        *([("Remote-MTA", f"dns; {remote}")] if remote else []),
        ("Diagnostic-Code", diagnostic),
        ("Last-Attempt-Date", format_datetime(b.dt)),
    ]
    if action == "delayed":
        per_recipient.append(("Will-Retry-Until", format_datetime(b.dt + timedelta(days=2))))
    blocks: list[Message | str] = []
    for fields in (per_message, per_recipient):
        block = Message()
        for name, value in fields:
            block[name] = value
        blocks.append(block)
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload(blocks)
    return part


def returned_headers(b: Bounce) -> Message:
    """text/rfc822-headers: the header block of the undelivered reminder."""
    lines = "".join(f"{name}: {value}\n" for name, value in b.reminder.message().items())
    return text_part(lines, "rfc822-headers", "us-ascii", "7bit")


def report(*parts: Message) -> Message:
    """multipart/report; report-type=delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def described(part: Message, description: str) -> Message:
    """Add a Content-Description, as Postfix does."""
    part["Content-Description"] = description
    return part


def bounce_postfix_domain(b: Bounce) -> Report:
    """Thornbury's own Postfix: the recipient's domain no longer exists (custom template)."""
    human = t(f"""
        This is the mail system at host mail.thornbury-pianos.example.

        Your message could not be delivered to one or more recipients.
        The error report is below; the headers of your message are attached.

        Please contact postmaster@thornbury-pianos.example if you need help.

                           The mail system

        <{b.rcpt}>: Host or domain name not found. Name service
            error for name={b.rcpt_domain} type=MX: Host not found
    """)
    ds = delivery_status(
        b,
        "mail.thornbury-pianos.example",
        "failed",
        f"X-Postfix; Host or domain name not found. Name service error for name={b.rcpt_domain} type=MX: Host not found",
        extra_message=[
            ("X-Postfix-Queue-ID", "4TbW2k0Q7Rz9xHm"),
            ("X-Postfix-Sender", f"rfc822; {AR_ADDR}"),
        ],
    )
    body = report(
        described(text_part(human + "\n", "plain", "us-ascii", "7bit"), "Notification"),
        described(ds, "Delivery report"),
        described(returned_headers(b), "Undelivered Message Headers"),
    )
    return Report(
        body,
        "MAILER-DAEMON@mail.thornbury-pianos.example (Mail Delivery System)",
        "Undelivered Mail Returned to Sender",
    )


def bounce_gmail_unknown(b: Bounce) -> Report:
    """Gmail: the mailbox does not exist."""
    lines = [
        "** Address not found **",
        f"Your message wasn't delivered to {b.rcpt} because the address couldn't be found, or is unable to receive mail.",
        "Learn more here: https://support.google.com/mail/?p=NoSuchUser",
        "The response from the remote server was:",
        f"550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. {hexid(b.key, 'gsmtp', 20)} - gsmtp",
    ]
    plain = text_part("\n\n".join(lines) + "\n", "plain", "utf-8", "qp")
    rich = text_part(
        "<html><head></head><body>"
        + "".join(f"<p>{html.escape(line, quote=False)}</p>" for line in lines)
        + "</body></html>\n",
        "html",
        "utf-8",
        "qp",
    )
    ds = delivery_status(
        b,
        "googlemail.com",
        "failed",
        "smtp; 550-5.1.1 The email account that you tried to reach does not exist.",
        extra_message=[("Received-From-MTA", "dns; mail.thornbury-pianos.example")],
        remote="gmail-smtp-in.l.google.com. (2001:db8::1b, the server for the domain gmail.com.)",
    )
    body = report(alternative(plain, rich), ds, MIMEMessage(b.reminder.message()))
    return Report(
        body,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
        (("X-Failed-Recipients", b.rcpt),),
    )


def bounce_exim_delay(b: Bounce) -> Report:
    """An Exim relay's delay warning with the hosting company's own wording (not MIME)."""
    rem = b.reminder
    text = t(f"""
        This is an automatic warning from the mail relay at relay2.lakelandhosting.example.

        Your message has been held in our queue for more than 24 hours because the
        receiving server could not be reached. Nothing needs doing yet: we will keep
        trying for up to 4 days, and you will get a final report if delivery fails.

          Message id:  1tQzXk-0007Wd-3F
          Subject:     {latin1(rem.subject)}
          Sent:        {format_datetime(rem.sent)}
          Recipient:   {b.rcpt}
          Last error:  host mx.{b.rcpt_domain} [203.0.113.45]:
                       Connection timed out (status {b.status})
    """)
    body = Message()
    body.set_payload(text + "\n")
    return Report(
        body,
        "Mail Delivery System <Mailer-Daemon@relay2.lakelandhosting.example>",
        "Warning: message 1tQzXk-0007Wd-3F delayed 24 hours",
    )


@dataclass(frozen=True)
class ExchangeText:
    """The localised wording of an Exchange Online non-delivery or delay report."""

    prefix: str
    headline: str
    box: tuple[str, str, str]
    fix_title: str
    fix: str
    admin_title: str
    server_label: str
    code_label: str


def bounce_exchange(b: Bounce, words: ExchangeText, server: str, code: str, action: str) -> Report:
    """An Exchange Online report in the recipient organisation's language."""
    plain_lines = [
        words.headline,
        "",
        *words.box,
        "",
        words.fix_title,
        words.fix,
        "",
        words.admin_title,
        f"{words.server_label} {server}",
        f"{words.code_label} {code}",
    ]
    plain = text_part("\n".join(plain_lines) + "\n", "plain", "utf-8", "qp")
    cells = "".join(
        f'<td style="padding:4px 10px;border:1px solid #c8c8c8">{html.escape(x, quote=False)}</td>'
        for x in words.box
    )
    rich = text_part(
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        "<body><div style=\"font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px\">"
        f'<p style="font-size:17px;font-weight:600;color:#c00000">{html.escape(words.headline, quote=False)}</p>'
        f'<table style="border-collapse:collapse"><tr>{cells}</tr></table>'
        f"<p><b>{html.escape(words.fix_title, quote=False)}</b><br>{html.escape(words.fix, quote=False)}</p>"
        f'<p style="color:#666;font-size:12px"><b>{html.escape(words.admin_title, quote=False)}</b><br>'
        f"{html.escape(words.server_label, quote=False)} {html.escape(server, quote=False)}<br>{html.escape(words.code_label, quote=False)} {html.escape(code, quote=False)}</p>"
        "</div></body></html>\n",
        "html",
        "utf-8",
        "qp",
    )
    ds = delivery_status(
        b,
        server,
        action,
        f"smtp;{code}",
        extra_message=[("Received-From-MTA", "dns;mail.thornbury-pianos.example")],
    )
    body = report(alternative(plain, rich), ds, returned_headers(b))
    sender = (
        f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{b.rcpt_domain}>"
    )
    headers = (
        ("X-MS-Exchange-Message-Is-Ndr", "true"),
        ("Content-Language", CONTENT_LANGUAGE[b.lang]),
    )
    return Report(body, sender, words.prefix + b.reminder.subject, headers)


def bounce_exchange_de(b: Bounce) -> Report:
    """Exchange Online, German: recipient not found."""
    local = b.rcpt.split("@")[0]
    words = ExchangeText(
        "Unzustellbar: ",
        f"Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden. {local} wurde unter {b.rcpt_domain} nicht gefunden.",
        ("Thornbury Piano Services", "Aktion erforderlich", "Unbekannter Empfänger"),
        "Wie behebe ich das?",
        "Die Adresse ist möglicherweise falsch geschrieben oder existiert nicht mehr. Überprüfen Sie die Adresse und senden Sie die Nachricht erneut. Besteht das Problem weiter, fragen Sie den Empfänger auf anderem Weg (etwa telefonisch) nach seiner aktuellen Adresse.",
        "Weitere Informationen für E-Mail-Administratoren",
        "Generiert von Server:",
        "Fehlercode:",
    )
    return bounce_exchange(
        b,
        words,
        "FR3P281MB1742.DEUP281.PROD.OUTLOOK.COM",
        "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found",
        "failed",
    )


def bounce_exchange_fr(b: Bounce) -> Report:
    """Exchange Online, French: mailbox full (a 5.x code, but soft)."""
    words = ExchangeText(
        "Non remis : ",
        f"Votre message n'a pas pu être remis à {b.rcpt}, car la boîte aux lettres du destinataire est pleine.",
        ("Thornbury Piano Services", "Action requise", "Boîte aux lettres pleine"),
        "Comment résoudre ce problème ?",
        "La boîte aux lettres du destinataire a atteint sa taille maximale. Renvoyez votre message plus tard, ou prévenez le destinataire par un autre moyen pour qu'il libère de l'espace.",
        "Plus d'informations pour les administrateurs de messagerie",
        "Serveur ayant généré l'erreur :",
        "Code d'erreur :",
    )
    return bounce_exchange(
        b,
        words,
        "PR2P264MB0388.FRAP264.PROD.OUTLOOK.COM",
        "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException",
        "failed",
    )


def bounce_exchange_es(b: Bounce) -> Report:
    """Exchange Online, Spanish: recipient not found by SMTP address."""
    words = ExchangeText(
        "No se puede entregar: ",
        f"No se pudo entregar el mensaje a {b.rcpt} porque no se encontró la dirección de correo electrónico.",
        ("Thornbury Piano Services", "Acción necesaria", "Dirección no encontrada"),
        "¿Cómo puedo solucionarlo?",
        "Puede que la dirección esté mal escrita o que ya no exista. Compruébela y vuelva a enviar el mensaje. Si el problema continúa, confirme la dirección con el destinatario por otro medio, por ejemplo por teléfono.",
        "Más información para administradores de correo",
        "Servidor que generó el error:",
        "Código de error:",
    )
    return bounce_exchange(
        b,
        words,
        "MRZP264MB2210.FRAP264.PROD.OUTLOOK.COM",
        "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
        "failed",
    )


def bounce_exchange_it_delay(b: Bounce) -> Report:
    """Exchange Online, Italian: delivery delayed, still retrying."""
    words = ExchangeText(
        "Recapito ritardato: ",
        f"Il messaggio per {b.rcpt} non è ancora stato recapitato perché il server di destinazione non risponde. Il sistema continuerà a provare.",
        ("Thornbury Piano Services", "Nessuna azione richiesta", "In attesa"),
        "Cosa devo fare?",
        "Per ora niente: il sistema riproverà automaticamente per un massimo di 2 giorni e vi avviserà se il recapito non andrà a buon fine.",
        "Informazioni di diagnostica per gli amministratori",
        "Server che ha generato il messaggio:",
        "Errore:",
    )
    return bounce_exchange(
        b,
        words,
        "MI1P293MB0456.ITAP293.PROD.OUTLOOK.COM",
        "451 4.4.7 Message delayed",
        "delayed",
    )


def bounce_relay_de_delay(b: Bounce) -> Report:
    """A German municipal network's mail relay: RFC 3464 delay report with a Latin-1 human part."""
    human = t(f"""
        Dies ist eine automatisch erzeugte Nachricht des Mailrelays mailrelay.kommunalnetz-sued.example.

        Ihre Nachricht an <{b.rcpt}> konnte bisher nicht zugestellt werden. Der Zielserver ist seit mehr als 4 Stunden nicht erreichbar (Verbindung abgelehnt).

        Wir versuchen die Zustellung weiterhin bis zum {(b.dt + timedelta(days=2)).strftime("%d.%m.%Y")}. Sie müssen nichts unternehmen. Scheitert die Zustellung endgültig, erhalten Sie eine weitere Nachricht.

        Grund: {b.status} Verbindung zum Zielserver fehlgeschlagen
    """)
    ds = delivery_status(
        b,
        "mailrelay.kommunalnetz-sued.example",
        "delayed",
        f"smtp; 421 {b.status} mx.{b.rcpt_domain}: Connection refused",
        remote=f"mx.{b.rcpt_domain}",
    )
    body = report(text_part(human + "\n", "plain", "iso-8859-1", "qp"), ds, returned_headers(b))
    return Report(
        body,
        "Mail Delivery System <MAILER-DAEMON@mailrelay.kommunalnetz-sued.example>",
        "Zustellung verzögert: " + b.reminder.subject,
    )


def bounce_provider_fr(b: Bounce) -> Report:
    """A French host's single-part notice with the original headers pasted below."""
    rem = b.reminder
    headers = "".join(
        f"{name}: {value}\n"
        for name, value in rem.message().items()
        if name in {"From", "To", "Subject", "Date", "Message-ID"}
    )
    text = t(f"""
        Bonjour,

        Ceci est un message automatique du serveur de messagerie smtp.hebergeur-alpin.example.

        Votre message n'a pas pu être remis au destinataire ci-dessous. Il s'agit d'une erreur définitive : aucune nouvelle tentative ne sera faite.

            {b.rcpt}
            Motif : cette boîte aux lettres n'existe pas (550 {b.status} Unknown user)

        Vérifiez l'adresse du destinataire et renvoyez votre message si nécessaire.

        ---- En-têtes du message d'origine ----
    """)
    body = text_part(text + "\n" + headers, "plain", "iso-8859-1", "qp")
    subject = "Message non distribué : " + latin1(rem.subject)
    return Report(
        body,
        "Service de messagerie <mailer-daemon@smtp.hebergeur-alpin.example>",
        subject,
        (("X-Failed-Recipients", b.rcpt),),
        "iso-8859-1",
    )


def bounce_provider_es_policy(b: Bounce) -> Report:
    """A Spanish host's plain notice: temporary policy rejection (greylisting)."""
    rem = b.reminder
    text = t(f"""
        Este es un aviso automático del servidor correo.alojamientosmed.example.

        Su mensaje para <{b.rcpt}> ha sido rechazado temporalmente por el servidor de destino por motivos de política (lista gris). No es un error definitivo: el sistema seguirá intentando la entrega durante las próximas 48 horas.

        Respuesta del servidor remoto:
        451 {b.status} Greylisted, please try again later

        Asunto: {rem.subject}
        Enviado: {format_datetime(rem.sent.astimezone(b.tz))}

        No es necesario que haga nada.
    """)
    body = text_part(text + "\n", "plain", "utf-8", "8bit")
    return Report(
        body,
        "Sistema de correo <postmaster@correo.alojamientosmed.example>",
        "Aviso: mensaje todavía no entregado",
    )


def bounce_qmail_nl(b: Bounce) -> Report:
    """qmail with a Dutch host's bounce text and the whole message pasted below (not MIME)."""
    rem = b.reminder
    received = (
        f"Received: from mail.thornbury-pianos.example (mail.thornbury-pianos.example [192.0.2.25])\n"
        f"\tby mail.webhuis-hosting.example (qmail 21877) with ESMTPS; {format_datetime(rem.sent.astimezone(b.tz))}\n"
    )
    text = t(f"""
        Hallo, dit is het qmail-send programma op mail.webhuis-hosting.example.
        Helaas kon uw bericht niet worden afgeleverd bij het volgende adres.
        Dit is een permanente fout; er worden geen nieuwe pogingen gedaan.

        <{b.rcpt}>:
        De mailbox van de ontvanger is vol: 552 {b.status} mailbox over quota

        --- Hieronder volgt een kopie van het bericht.
    """)
    original = f"Return-Path: <{AR_ADDR}>\n{received}{rem.message().as_string()}"
    body = Message()
    body.set_payload(text + "\n\n" + original)
    return Report(body, "MAILER-DAEMON@mail.webhuis-hosting.example", "failure notice")


def bounce_provider_it(b: Bounce) -> Report:
    """An Italian provider's RFC 3464 report: unknown user."""
    human = t(f"""
        Questo è un messaggio generato automaticamente dal sistema di posta mx.servizimail-italia.example.

        Non è stato possibile consegnare il messaggio al seguente destinatario:

          {b.rcpt}
          Errore permanente: utente sconosciuto (550 {b.status} User unknown)

        Non verranno effettuati altri tentativi. In allegato le intestazioni del messaggio originale.
    """)
    ds = delivery_status(
        b,
        "mx.servizimail-italia.example",
        "failed",
        f"smtp; 550 {b.status} <{b.rcpt}>: User unknown",
        remote=f"mail.{b.rcpt_domain}",
    )
    body = report(text_part(human + "\n", "plain", "utf-8", "qp"), ds, returned_headers(b))
    return Report(
        body,
        "Mail Delivery System <MAILER-DAEMON@mx.servizimail-italia.example>",
        "Messaggio non consegnato: " + b.reminder.subject,
    )


BOUNCE_BUILDERS: dict[str, Callable[[Bounce], Report]] = {
    "postfix_domain": bounce_postfix_domain,
    "gmail_unknown": bounce_gmail_unknown,
    "exim_delay": bounce_exim_delay,
    "exchange_de": bounce_exchange_de,
    "relay_de_delay": bounce_relay_de_delay,
    "provider_fr": bounce_provider_fr,
    "exchange_fr": bounce_exchange_fr,
    "exchange_es": bounce_exchange_es,
    "provider_es_policy": bounce_provider_es_policy,
    "qmail_nl": bounce_qmail_nl,
    "provider_it": bounce_provider_it,
    "exchange_it_delay": bounce_exchange_it_delay,
}

BOUNCES = [
    Bounce(
        "bo-en-domaingone",
        "en",
        "hard",
        "5.4.4",
        "office@oakfieldprep.example",
        "2030-11-12 08:36",
        "uk",
        "TPS/0327/30",
        "260.00",
        "postfix_domain",
        note="domain no longer exists; RFC 3464 with text/rfc822-headers",
    ),
    Bounce(
        "bo-en-gmail",
        "en",
        "hard",
        "5.1.1",
        "m.harcourt.music@gmail.com",
        "2030-11-20 08:41",
        "uk",
        "TPS/0336/30",
        "180.00",
        "gmail_unknown",
    ),
    Bounce(
        "bo-en-exim",
        "en",
        "soft",
        "4.4.1",
        "accounts@fellsidechoir.example",
        "2030-12-03 08:50",
        "uk",
        "TPS/0354/30",
        "330.00",
        "exim_delay",
        age=24 * 60 + 14,
        note="Exim relay delay warning, plain text, not RFC 3464",
    ),
    Bounce(
        "bo-de-unknown",
        "de",
        "hard",
        "5.1.1",
        "k.hoffmann@theater-rheinau.example",
        "2030-11-14 09:38",
        "cet",
        "TPS/0328/30",
        "690.00",
        "exchange_de",
    ),
    Bounce(
        "bo-de-delay",
        "de",
        "soft",
        "4.4.1",
        "sekretariat@musikschule-albtal.example",
        "2030-11-27 13:05",
        "cet",
        "TPS/0347/30",
        "285.00",
        "relay_de_delay",
        age=4 * 60 + 12,
        note="RFC 3464 delay report (Action: delayed)",
    ),
    Bounce(
        "bo-fr-unknown",
        "fr",
        "hard",
        "5.1.1",
        "compta@chorale-belledonne.example",
        "2030-12-04 10:12",
        "cet",
        "TPS/0358/30",
        "210.00",
        "provider_fr",
        note="single-part Latin-1 provider notice with the original headers pasted in",
    ),
    Bounce(
        "bo-fr-full",
        "fr",
        "soft",
        "5.2.2",
        "direction@residence-lestilleuls.example",
        "2030-11-21 09:47",
        "cet",
        "TPS/0340/30",
        "540.00",
        "exchange_fr",
        note="mailbox full reported with a 5.x code: soft, the code is kept",
    ),
    Bounce(
        "bo-es-unknown",
        "es",
        "hard",
        "5.1.10",
        "jgarcia@teatroprincipal-alicante.example",
        "2030-11-29 09:12",
        "cet",
        "TPS/0350/30",
        "760.00",
        "exchange_es",
    ),
    Bounce(
        "bo-es-greylist",
        "es",
        "soft",
        "4.7.1",
        "reservas@hotelsolymar-nerja.example",
        "2030-11-13 10:03",
        "cet",
        "TPS/0329/30",
        "370.00",
        "provider_es_policy",
        age=34,
        note="temporary policy rejection (greylisting); plain-text provider notice",
    ),
    Bounce(
        "bo-nl-quota",
        "nl",
        "soft",
        "5.2.2",
        "info@pianostudiovanleeuwen.example",
        "2030-11-22 10:18",
        "cet",
        "TPS/0341/30",
        "165.00",
        "qmail_nl",
        note="qmail calls it permanent, but a full mailbox is soft; the code is kept",
    ),
    Bounce(
        "bo-it-unknown",
        "it",
        "hard",
        "5.1.1",
        "ufficio.acquisti@istitutomusicale-bergamo.example",
        "2030-11-15 09:25",
        "cet",
        "TPS/0331/30",
        "450.00",
        "provider_it",
    ),
    Bounce(
        "bo-it-delay",
        "it",
        "soft",
        "4.4.7",
        "economato@villacarlotta-hotel.example",
        "2030-12-05 13:15",
        "cet",
        "TPS/0360/30",
        "620.00",
        "exchange_it_delay",
        age=6 * 60 + 5,
        note="Exchange delay report in Italian (Action: delayed)",
    ),
]


def build_bounce(b: Bounce) -> Message:
    """Wrap a bounce body with its envelope headers."""
    rep = BOUNCE_BUILDERS[b.builder](b)
    msg = rep.body
    msg["From"] = rep.sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encode_header(rep.subject, rep.charset)
    msg["Date"] = format_datetime(b.dt)
    host = rep.sender.rstrip(">").split("@")[-1].split(" ")[0]
    msg["Message-ID"] = f"<{hexid(b.key, 'bounce', 24)}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    for name, value in rep.headers:
        msg[name] = value
    tidy_mime_headers(msg)
    set_boundaries(msg, lambda i: f"{b32(b.key, f'bb{i}', 16)}.{1900000000 + i}/{host}")
    return msg


# --------------------------------------------------------------------------------------------
# Labels, checks and output
# --------------------------------------------------------------------------------------------

INTENT_FIELDS = {
    "payment_sent": {"paid_date", "payment_reference", "amount", "currency"},
    "promise_to_pay": {"promised_date", "amount", "currency"},
    "auto_reply": {"return_date"},
    "wrong_contact": {"new_contact"},
    "bounce": {"bounce_kind", "failed_recipient", "bounce_status"},
}


def reply_label(r: Reply) -> dict[str, object]:
    """The label line for a hand-written message."""
    label: dict[str, object] = {"intent": r.intent}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update({k: v for k, v in r.labels.items() if k in LABEL_KEYS})
    label["invoice_refs"] = list(cast("list[str]", r.labels.get("invoice_refs", [])))
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


def fail(message: str) -> None:
    """Stop the build with a message."""
    raise SystemExit(f"check failed: {message}")


def check_label(key: str, label: Mapping[str, object], text: str, sent: date) -> None:
    """Shape and plausibility of one label."""
    intent = str(label["intent"])
    if intent not in INTENTS or label["language"] not in LANGS:
        fail(f"{key}: bad intent or language")
    allowed = INTENT_FIELDS.get(intent, set())
    for name in LABEL_KEYS:
        value = label[name]
        if value is not None and name not in allowed:
            fail(f"{key}: field {name} set for intent {intent}")
        if value is not None and not isinstance(value, str):
            fail(f"{key}: field {name} is not a string")
    for name in DATE_KEYS:
        value = label[name]
        if isinstance(value, str):
            day = date.fromisoformat(value)
            if name == "paid_date" and day > sent:
                fail(f"{key}: paid after the message date")
            if name != "paid_date" and day < sent:
                fail(f"{key}: {name} before the message date")
    amount = label["amount"]
    if (amount is None) != (label["currency"] is None):
        fail(f"{key}: amount and currency go together")
    if isinstance(amount, str):
        units, _, cents = amount.partition(".")
        if not (units.isdigit() and len(cents) == 2 and cents.isdigit()) or label[
            "currency"
        ] not in {"GBP", "EUR"}:
            fail(f"{key}: bad amount {amount}")
    contact = label["new_contact"]
    if isinstance(contact, str) and (contact != contact.lower() or contact not in text.lower()):
        fail(f"{key}: new_contact must be lower case and written in the text")
    refs = label["invoice_refs"]
    if not isinstance(refs, list):
        fail(f"{key}: invoice_refs must be a list")
    for ref in cast("list[str]", refs):
        parts = ref.split("/")
        if (
            len(parts) != 3
            or parts[0] != "TPS"
            or len(parts[1]) != 4
            or len(parts[2]) != 2
            or ref not in text
        ):
            fail(f"{key}: bad invoice ref {ref}")
    if intent == "bounce" and (
        label["bounce_kind"] not in {"hard", "soft"} or not label["failed_recipient"]
    ):
        fail(f"{key}: incomplete bounce label")


AnyMessage = TypeVar("AnyMessage", bound=Message)


def mime_parts(msg: AnyMessage) -> list[AnyMessage]:
    """Every MIME entity, like walk(), but without the header blocks inside message/delivery-status."""
    found = [msg]
    if msg.get_content_type() != "message/delivery-status" and msg.is_multipart():
        for sub in cast("list[AnyMessage]", msg.get_payload()):
            found.extend(mime_parts(sub))
    return found


def check_message(name: str, data: bytes, zone: timezone, threaded: bool) -> None:
    """Parse a file back with the modern policy: headers and every text part must decode cleanly."""
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            fail(f"{name}: no {header}")
    if ("In-Reply-To" in msg) != threaded:
        fail(f"{name}: threading headers do not match the message kind")
    sent = msg["Date"].datetime
    if (
        not isinstance(sent, datetime)
        or sent.utcoffset() != zone.utcoffset(None)
        or not FIRST_DAY <= sent.date() <= LAST_DAY
    ):
        fail(f"{name}: Date outside the range or in the wrong zone")
    for part in mime_parts(msg):
        if part.defects:
            fail(f"{name}: defects {part.defects}")
        for header, value in part.items():
            if getattr(value, "defects", None):
                fail(f"{name}: header {header} has defects")
            if "=?" in str(value):
                fail(f"{name}: header {header} not decoded")
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if not isinstance(content, str) or not content.strip():
                fail(f"{name}: empty or undecodable text part")
            if (
                isinstance(part, EmailMessage)
                and part.get_content_subtype() == "plain"
                and "\ufffd" in content
            ):
                fail(f"{name}: replacement character in a text part")


def check_counts(labels: Sequence[Mapping[str, object]]) -> None:
    """12 per intent, the language totals, an even spread and 6 hard and 6 soft bounces."""
    intents = Counter(str(x["intent"]) for x in labels)
    langs = Counter(str(x["language"]) for x in labels)
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    if any(intents[i] != 12 for i in INTENTS) or dict(langs) != LANG_TOTALS:
        fail(f"counts: {dict(intents)} {dict(langs)}")
    for intent in INTENTS:
        if cells[intent, "en"] != 3 or any(cells[intent, lang] not in {1, 2} for lang in LANGS[1:]):
            fail(f"uneven spread for {intent}")
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    if kinds != Counter({"hard": 6, "soft": 6}):
        fail(f"bounce kinds {dict(kinds)}")


def count_table(labels: Sequence[Mapping[str, object]]) -> str:
    """Return the intent-by-language count table in Markdown."""
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
        "| **total** | " + " | ".join(f"**{n}**" for n in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(rows)


@dataclass(frozen=True)
class Item:
    """One message ready to be written."""

    key: str
    message: Message
    label: dict[str, object]
    zone: timezone
    threaded: bool
    client: str


def all_items() -> list[Item]:
    """Every message with its label, checked, in build order."""
    items: list[Item] = []
    for r in REPLIES:
        label = reply_label(r)
        check_label(r.key, label, r.text, r.dt.date())
        threaded = (not r.is_notice) if r.threaded is None else r.threaded
        items.append(Item(r.key, build_reply(r), label, r.tz, threaded, r.client))
    for b in BOUNCES:
        label = bounce_label(b)
        check_label(b.key, label, "", b.dt.date())
        items.append(Item(b.key, build_bounce(b), label, b.tz, False, "bounce:" + b.builder))
    keys = [item.key for item in items]
    if len(set(keys)) != len(keys):
        fail("duplicate keys")
    invoices = [r.inv for r in REPLIES] + [b.inv for b in BOUNCES]
    if len(set(invoices)) != len(invoices):
        fail("an invoice number is used twice")
    return items


def file_order(items: Sequence[Item]) -> list[Item]:
    """Shuffle by a keyed hash, so a file name says nothing about its label."""
    return sorted(
        items,
        key=lambda item: hashlib.sha256(f"{SEED}:{item.key}".encode()).hexdigest(),
    )


def coverage(items: Sequence[Item]) -> str:
    """A summary of clients, MIME types, charsets and transfer encodings, for the README."""
    clients = Counter(item.client for item in items)
    tops = Counter(item.message.get_content_type() for item in items)
    charsets: Counter[str] = Counter()
    encodings: Counter[str] = Counter()
    for item in items:
        seen_cs: set[str] = set()
        seen_cte: set[str] = set()
        for part in mime_parts(item.message):
            if part.get_content_maintype() == "text":
                seen_cs.add(str(part.get_content_charset() or "us-ascii"))
                seen_cte.add(str(part.get("Content-Transfer-Encoding", "7bit")).lower())
        charsets.update(seen_cs)
        encodings.update(seen_cte)
    lines = [
        "clients: " + ", ".join(f"{k} {v}" for k, v in sorted(clients.items())),
        "top-level types: " + ", ".join(f"{k} {v}" for k, v in sorted(tops.items())),
        "charsets (messages): " + ", ".join(f"{k} {v}" for k, v in sorted(charsets.items())),
        "transfer encodings (messages): "
        + ", ".join(f"{k} {v}" for k, v in sorted(encodings.items())),
    ]
    return "\n".join(lines)


def write_all() -> tuple[list[dict[str, object]], list[Item]]:
    """Write every .eml file and labels.jsonl beside this script; return the labels and items."""
    items = file_order(all_items())
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[dict[str, object]] = []
    for number, item in enumerate(items, start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = item.message.as_bytes()
        check_message(name, data, item.zone, item.threaded)
        (HERE / name).write_bytes(data)
        labels.append({"file": name, **item.label})
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels, items


def main() -> int:
    """Build, check and print the count table."""
    labels, items = write_all()
    print(count_table(labels))
    print()
    print(f"{len(labels)} messages written to {HERE.name}/")
    print(coverage(items))
    return 0


if __name__ == "__main__":
    sys.exit(main())
