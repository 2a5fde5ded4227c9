# ruff: noqa: E501, RUF001
"""Build held-out reply corpus 30: `h30-NNN.eml` files and `labels.jsonl`.

Every message is something that lands in the receivables mailbox of Corvane Systems (a B2B
software-subscription and IT-hardware reseller) after it sent an overdue reminder. The new text of
each message is written by hand further down; this script only adds what a mail client or a mail
server would add: the quoted reminder in the client's layout and language, headers, MIME structure,
charsets and transfer encodings, and the machine parts of delivery reports.

Deterministic: fixed seed, fixed boundaries, Message-IDs derived from each message's key, no clock.
Standard library only. Run it from anywhere; it writes next to itself.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import quopri
import random
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email import charset as email_charset
from email import message_from_bytes, policy
from email.header import Header
from email.headerregistry import BaseHeader, DateHeader
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 30_2026_1123
PREFIX = "h30"
AR_NAME = "Corvane Receivables"
AR_ADDR = "receivables@corvane-systems.example"
AR_DOMAIN = "corvane-systems.example"
FIRST_DAY = date(2026, 11, 23)
LAST_DAY = date(2026, 12, 18)

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
FIELD_KEYS = (
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
LABEL_ORDER = ("file", "intent", *FIELD_KEYS, "invoice_refs", "language", "note")

# --------------------------------------------------------------------------------------------
# Locale tables (a locale is a language, or en-GB / en-US where English clients differ)
# --------------------------------------------------------------------------------------------

DAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
}
DAYS_ABBR = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "de": ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."),
    "fr": ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
    "es": ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
    "nl": ("ma", "di", "wo", "do", "vr", "za", "zo"),
    "it": ("lun", "mar", "mer", "gio", "ven", "sab", "dom"),
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


def base(loc: str) -> str:
    return loc.split("-", maxsplit=1)[0]


def parts_of(loc: str, dt: datetime) -> dict[str, str]:
    lang = base(loc)
    return {
        "day": DAYS[lang][dt.weekday()],
        "dab": DAYS_ABBR[lang][dt.weekday()],
        "mon": MONTHS[lang].split()[dt.month - 1],
        "mab": MONTHS_ABBR[lang].split()[dt.month - 1],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "m": str(dt.month),
        "mm": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "H": str(dt.hour),
        "HH": f"{dt.hour:02d}",
        "MI": f"{dt.minute:02d}",
        "h": str((dt.hour - 1) % 12 + 1),
        "ap": "AM" if dt.hour < 12 else "PM",
    }


def render(template: str, loc: str, dt: datetime, **extra: str) -> str:
    return template.format(**parts_of(loc, dt), **extra)


# What each client writes above the quoted reminder, by locale.
ATTR_GMAIL = {
    "en-GB": "On {dab}, {d} {mab} {y} at {HH}:{MI}, {name} <{addr}> wrote:",
    "en-US": "On {dab}, {mab} {d}, {y} at {h}:{MI} {ap} {name} <{addr}> wrote:",
    "de": "Am {dab}, {d}. {mab} {y} um {HH}:{MI} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {dab} {d} {mab} {y} à {HH}:{MI}, {name} <{addr}> a écrit :",
    "es": "El {dab}, {d} {mab} {y} a las {H}:{MI}, {name} (<{addr}>) escribió:",
    "nl": "Op {dab} {d} {mab} {y} om {HH}:{MI} schreef {name} <{addr}>:",
    "it": "Il giorno {dab} {d} {mab} {y} alle ore {HH}:{MI} {name} <{addr}> ha scritto:",
}
ATTR_APPLE = {
    "en-GB": "On {d} {mab} {y}, at {HH}:{MI}, {name} <{addr}> wrote:",
    "en-US": "On {mab} {d}, {y}, at {h}:{MI}\u202f{ap}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mm}.{y} um {HH}:{MI} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mab} {y} à {HH}:{MI}, {name} <{addr}> a écrit :",
    "es": "El {d} {mab} {y}, a las {H}:{MI}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mab} {y} om {HH}:{MI} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mab} {y}, alle ore {HH}:{MI}, {name} <{addr}> ha scritto:",
}
ATTR_THUNDERBIRD = {
    "en-GB": "On {dd}/{mm}/{y} {HH}:{MI}, {name} wrote:",
    "en-US": "On {m}/{d}/{yy} {h}:{MI} {ap}, {name} wrote:",
    "de": "Am {dd}.{mm}.{yy} um {HH}:{MI} schrieb {name}:",
    "fr": "Le {dd}/{mm}/{y} à {HH}:{MI}, {name} a écrit :",
    "es": "El {d}/{m}/{yy} a las {H}:{MI}, {name} escribió:",
    "nl": "Op {dd}-{mm}-{y} om {HH}:{MI} schreef {name}:",
    "it": "Il {dd}/{mm}/{y} {HH}:{MI}, {name} ha scritto:",
}
# Outlook desktop: divider line, field labels (From, Sent, To, Subject), separator, Sent format.
OUTLOOK = {
    "en-GB": (
        "-----Original Message-----",
        ("From", "Sent", "To", "Subject"),
        ": ",
        "{day}, {d} {mon} {y} {HH}:{MI}",
    ),
    "en-US": (
        "-----Original Message-----",
        ("From", "Sent", "To", "Subject"),
        ": ",
        "{day}, {mon} {d}, {y} {h}:{MI} {ap}",
    ),
    "de": (
        "-----Ursprüngliche Nachricht-----",
        ("Von", "Gesendet", "An", "Betreff"),
        ": ",
        "{day}, {d}. {mon} {y} {HH}:{MI}",
    ),
    "fr": (
        "-----Message d'origine-----",
        ("De", "Envoyé", "À", "Objet"),
        " : ",
        "{day} {d} {mon} {y} {HH}:{MI}",
    ),
    "es": (
        "-----Mensaje original-----",
        ("De", "Enviado el", "Para", "Asunto"),
        ": ",
        "{day}, {d} de {mon} de {y} {H}:{MI}",
    ),
    "nl": (
        "-----Oorspronkelijk bericht-----",
        ("Van", "Verzonden", "Aan", "Onderwerp"),
        ": ",
        "{day} {d} {mon} {y} {HH}:{MI}",
    ),
    "it": (
        "-----Messaggio originale-----",
        ("Da", "Inviato", "A", "Oggetto"),
        ": ",
        "{day} {d} {mon} {y} {HH}:{MI}",
    ),
}
# Samsung Email: divider and labels (From, Date, To, Subject); date format.
SAMSUNG = {
    "en-GB": (
        "Sent from my Galaxy",
        "-------- Original message --------",
        ("From", "Date", "To", "Subject"),
        "{dd}/{mm}/{y} {HH}:{MI} (GMT{tz})",
    ),
    "en-US": (
        "Sent from my Galaxy",
        "-------- Original message --------",
        ("From", "Date", "To", "Subject"),
        "{m}/{d}/{yy} {h}:{MI} {ap} (GMT{tz})",
    ),
    "de": (
        "Von meinem Galaxy gesendet",
        "-------- Originalnachricht --------",
        ("Von", "Datum", "An", "Betreff"),
        "{dd}.{mm}.{yy} {HH}:{MI} (GMT{tz})",
    ),
    "fr": (
        "Envoyé depuis mon Galaxy",
        "-------- Message d'origine --------",
        ("De", "Date", "À", "Objet"),
        "{dd}/{mm}/{y} {HH}:{MI} (GMT{tz})",
    ),
    "es": (
        "Enviado desde mi Galaxy",
        "-------- Mensaje original --------",
        ("De", "Fecha", "Para", "Asunto"),
        "{d}/{m}/{yy} {H}:{MI} (GMT{tz})",
    ),
    "nl": (
        "Verzonden vanaf mijn Galaxy",
        "-------- Oorspronkelijk bericht --------",
        ("Van", "Datum", "Aan", "Onderwerp"),
        "{dd}-{mm}-{y} {HH}:{MI} (GMT{tz})",
    ),
    "it": (
        "Inviato dal mio Galaxy",
        "-------- Messaggio originale --------",
        ("Da", "Data", "A", "Oggetto"),
        "{dd}/{mm}/{y} {HH}:{MI} (GMT{tz})",
    ),
}
IPHONE = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
}
OUTLOOK_MOBILE = {
    "en": "Get Outlook for {os}",
    "de": "Outlook für {os} herunterladen",
    "fr": "Télécharger Outlook pour {os}",
    "es": "Obtener Outlook para {os}",
    "nl": "Outlook voor {os} downloaden",
    "it": "Scarica Outlook per {os}",
}
RE_OUTLOOK = {"en": "RE: ", "de": "AW: ", "fr": "RE : ", "es": "RE: ", "nl": "RE: ", "it": "R: "}
RE_OTHER = {"en": "Re: ", "de": "Re: ", "fr": "Re: ", "es": "Re: ", "nl": "Re: ", "it": "Re: "}
CONTENT_LANGUAGE = {
    "en-GB": "en-GB",
    "en-US": "en-US",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}

# --------------------------------------------------------------------------------------------
# The reminder Corvane sent, in the customer's language
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – payment reminder",
    "de": "Zahlungserinnerung – Rechnung {inv} überfällig",
    "fr": "Relance – facture {inv} échue",
    "es": "Recordatorio de pago – factura {inv} vencida",
    "nl": "Betalingsherinnering – factuur {inv} vervallen",
    "it": "Sollecito di pagamento – fattura {inv} scaduta",
}
REMINDER_DATE = {
    "en-GB": "{d} {mab} {y}",
    "en-US": "{mab} {d}, {y}",
    "de": "{dd}.{mm}.{y}",
    "fr": "{dd}/{mm}/{y}",
    "es": "{dd}/{mm}/{y}",
    "nl": "{dd}-{mm}-{y}",
    "it": "{dd}/{mm}/{y}",
}
REMINDER_BODY = {
    "en-GB": """Hello,

Our records show that the following invoice is now overdue:

Invoice number: {inv}
Invoice date: {idate}
Due date: {due}
Amount due: {amt}

If you have already paid, please let us know the payment date and reference so that we can match it to your account. If you have a question about the invoice, simply reply to this email.

Thank you,

Accounts Receivable
Corvane Systems Ltd
receivables@corvane-systems.example | +44 20 7946 0321""",
    "en-US": """Hello,

Our records show that the following invoice is now past due:

Invoice number: {inv}
Invoice date: {idate}
Due date: {due}
Amount due: {amt}

If you have already paid, please let us know the payment date and reference so that we can apply it to your account. If you have a question about the invoice, simply reply to this email.

Thank you,

Accounts Receivable
Corvane Systems Inc.
receivables@corvane-systems.example | (312) 555-0187""",
    "de": """Guten Tag,

laut unserer Buchhaltung ist die folgende Rechnung noch offen:

Rechnungsnummer: {inv}
Rechnungsdatum: {idate}
Fällig am: {due}
Offener Betrag: {amt}

Sollten Sie die Zahlung bereits veranlasst haben, teilen Sie uns bitte Zahlungsdatum und Referenz mit, damit wir den Eingang zuordnen können. Bei Fragen zur Rechnung antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen

Debitorenbuchhaltung
Corvane Systems GmbH
receivables@corvane-systems.example""",
    "fr": """Bonjour,

Sauf erreur de notre part, la facture suivante reste impayée à ce jour :

Numéro de facture : {inv}
Date de facture : {idate}
Date d'échéance : {due}
Montant dû : {amt}

Si le règlement a déjà été effectué, merci de nous indiquer la date et la référence du paiement afin que nous puissions le rapprocher. Pour toute question sur cette facture, il vous suffit de répondre à ce message.

Cordialement,

Service Recouvrement
Corvane Systems SAS
receivables@corvane-systems.example""",
    "es": """Buenos días:

Según nuestros registros, la siguiente factura está vencida y pendiente de pago:

Número de factura: {inv}
Fecha de factura: {idate}
Fecha de vencimiento: {due}
Importe pendiente: {amt}

Si ya han realizado el pago, les rogamos que nos indiquen la fecha y la referencia para poder conciliarlo. Si tienen alguna duda sobre la factura, basta con responder a este correo.

Atentamente,

Departamento de Cobros
Corvane Systems, S.L.
receivables@corvane-systems.example""",
    "nl": """Goedendag,

Volgens onze administratie staat de volgende factuur nog open:

Factuurnummer: {inv}
Factuurdatum: {idate}
Vervaldatum: {due}
Openstaand bedrag: {amt}

Heeft u al betaald? Laat ons dan de betaaldatum en het kenmerk weten, zodat wij de betaling kunnen verwerken. Heeft u een vraag over de factuur, beantwoord dan gewoon deze e-mail.

Met vriendelijke groet,

Debiteurenbeheer
Corvane Systems B.V.
receivables@corvane-systems.example""",
    "it": """Buongiorno,

dai nostri archivi risulta ancora aperta la seguente fattura:

Numero fattura: {inv}
Data fattura: {idate}
Scadenza: {due}
Importo da saldare: {amt}

Se il pagamento è già stato effettuato, vi preghiamo di comunicarci data e riferimento del bonifico, così da poterlo abbinare. Per qualsiasi domanda sulla fattura è sufficiente rispondere a questa e-mail.

Cordiali saluti,

Ufficio Crediti
Corvane Systems S.r.l.
receivables@corvane-systems.example""",
}
DEFAULT_AMOUNT = {
    "en-GB": "£1,350.00",
    "en-US": "$2,140.00",
    "de": "1.785,00 €",
    "fr": "1\u00a0428,00 €",
    "es": "1.296,00 €",
    "nl": "€ 1.089,00",
    "it": "€ 1.512,00",
}
# What a Latin-1 client makes of the typography in the reminder it quotes.
LATIN1_FIXES = {"–": "-", "€": "EUR", "’": "'", "“": '"', "”": '"', "…": "...", "\u202f": " "}


def fit_charset(text: str, charset: str) -> str:
    if charset in {"utf-8", "windows-1252"}:
        return text
    for bad, good in LATIN1_FIXES.items():
        text = text.replace(bad, good)
    return text


def rlang_of(loc: str) -> str:
    return "en" if loc.startswith("en") else loc


def reminder_subject(loc: str, inv: str) -> str:
    return REMINDER_SUBJECT[rlang_of(loc)].format(inv=inv)


def reminder_sent(reply: datetime, days_before: int) -> datetime:
    """Reminders go out in a morning batch (UK time) on a working day before the reply."""
    utc = reply.astimezone(UTC)
    day = utc.date() - timedelta(days=days_before)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    sent = datetime(day.year, day.month, day.day, 8, 30 + day.day % 23, 5 + day.day, tzinfo=UTC)
    if sent >= utc:
        raise ValueError(f"reminder after reply: {reply}")
    return sent


def reminder_text(loc: str, inv: str, amt: str, sent: datetime, due_gap: int) -> str:
    due = sent - timedelta(days=due_gap)
    issued = due - timedelta(days=30)
    fmt = REMINDER_DATE[loc]
    return REMINDER_BODY[loc].format(
        inv=inv, amt=amt, due=render(fmt, loc, due), idate=render(fmt, loc, issued)
    )


# --------------------------------------------------------------------------------------------
# Ids and small text helpers
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"h30:{salt}:{key}".encode()).digest()


def token(key: str, salt: str, n: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:n]


def reminder_msgid(key: str) -> str:
    return f"<dunning.{token(key, 'reminder', 16).lower()}@{AR_DOMAIN}>"


def quote(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def html_br(text: str) -> str:
    return "<br>\n".join(esc(line) for line in text.split("\n"))


def html_paras(text: str) -> str:
    return "\n".join(f"<p>{html_br(p)}</p>" for p in text.split("\n\n"))


def word_paras(text: str) -> str:
    return "\n".join(
        f'<p class="MsoNormal">{esc(line) if line else "&nbsp;"}<o:p></o:p></p>'
        for line in text.split("\n")
    )


def tz_label(dt: datetime) -> str:
    off = dt.utcoffset() or timedelta(0)
    minutes = int(off.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


# --------------------------------------------------------------------------------------------
# MIME helpers
# --------------------------------------------------------------------------------------------


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """One text part, encoded the way the client would (qp, b64, 8bit or 7bit)."""
    data = text.encode(charset)  # raises if the hand-written text does not fit the charset
    part = MIMENonMultipart("text", subtype, charset=charset)
    if cte in {"8bit", "7bit"}:
        if cte == "7bit" and not data.isascii():
            raise ValueError("7bit with non-ASCII text")
        part.set_payload(data.decode("ascii", "surrogateescape"))
        part["Content-Transfer-Encoding"] = cte
        return part
    if cte == "qp":
        body = quopri.encodestring(data).decode("ascii")
        if not body.endswith("\n"):
            body += "\n"
        part.set_payload(body)
        part["Content-Transfer-Encoding"] = "quoted-printable"
        return part
    if cte == "b64":
        raw = base64.b64encode(data).decode("ascii")
        part.set_payload("\n".join(raw[i : i + 76] for i in range(0, len(raw), 76)) + "\n")
        part["Content-Transfer-Encoding"] = "base64"
        return part
    raise ValueError(cte)


def enc_header(value: str, charset: str, name: str = "Subject") -> str:
    """A header value as the client encodes it: RFC 2047 when it is not ASCII."""
    if value.isascii():
        return value
    cs = charset if charset != "us-ascii" else "utf-8"
    try:
        value.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    h = Header(value, email_charset.Charset(cs) if cs != "utf-8" else "utf-8", header_name=name)
    return h.encode()


def enc_address(name: str, addr: str, charset: str) -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{enc_header(name, charset, 'From')} <{addr}>"


def plain_address(name: str, addr: str) -> str:
    if not name:
        return addr
    if any(c in name for c in ',.;:@()<>[]"') and name.isascii():
        return f'"{name}" <{addr}>'
    return f"{name} <{addr}>"


def move_content_headers_down(msg: Message) -> None:
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value


def strip_inner_versions(part: Message, top: bool = True) -> None:
    if not top:
        del part["MIME-Version"]
    if part.is_multipart():
        for sub in part.get_payload():
            if isinstance(sub, Message):
                strip_inner_versions(sub, top=part.get_content_type() == "message/rfc822")


def set_boundaries(msg: Message, key: str, prefix: str) -> None:
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        part.set_boundary(f"{prefix}{token(key, f'b{n}', 26)}")


def finalize(msg: Message, key: str, prefix: str) -> Message:
    move_content_headers_down(msg)
    strip_inner_versions(msg)
    if "MIME-Version" not in msg and "Content-Type" in msg:
        msg["MIME-Version"] = "1.0"
    set_boundaries(msg, key, prefix)
    return msg


# --------------------------------------------------------------------------------------------
# One hand-written message and the client that sends it
# --------------------------------------------------------------------------------------------


@dataclass
class Reply:
    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    style: str
    body: str
    labels: dict[str, object] = field(default_factory=dict)
    inv: str = ""
    amt: str = ""
    rloc: str = ""  # the reminder's locale (defaults to the writer's)
    cloc: str = ""  # the client's locale (attribution lines, dividers)
    subject: str = ""  # "{rsub}" stands for the reminder subject as the client shows it
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    attach: tuple[str, bytes] | None = None
    in_reply: bool = True
    due_gap: int = 12
    rdays: int = 1
    markup: str = ""  # hand-written HTML for notices that are not plain text
    region: str = "EURPRD06"
    clang: str = ""  # Content-Language when the client's regional setting differs

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def client_loc(self) -> str:
        if self.cloc:
            return self.cloc
        if self.lang == "en":
            return "en-US" if (self.dt.utcoffset() or timedelta(0)) < timedelta(0) else "en-GB"
        return self.lang

    @property
    def reminder_loc(self) -> str:
        if self.rloc:
            return self.rloc
        if self.lang == "en":
            return "en-US" if (self.dt.utcoffset() or timedelta(0)) < timedelta(0) else "en-GB"
        return self.lang

    @property
    def invoice(self) -> str:
        return self.inv or auto_invoice(self.key)


_AUTO_INVOICES: dict[str, str] = {}


def auto_invoice(key: str) -> str:
    """Invoice numbers for reminders whose number the writer never types: distinct, fixed."""
    if key not in _AUTO_INVOICES:
        rng = random.Random(int.from_bytes(digest(key, "inv")[:8], "big"))
        taken = set(_AUTO_INVOICES.values())
        while True:
            candidate = f"CS-INV-{rng.randrange(204800, 206999)}"
            if candidate not in taken and candidate not in EXPLICIT_INVOICES:
                break
        _AUTO_INVOICES[key] = candidate
    return _AUTO_INVOICES[key]


# Invoice numbers written by hand below (in reminders or in the customers' text).
EXPLICIT_INVOICES = {
    "CS-INV-203877",
    "CS-INV-204377",
    "CS-INV-204402",
    "CS-INV-204455",
    "CS-INV-204318",
    "CS-INV-204349",
    "CS-INV-204611",
    "CS-INV-204701",
    "CS-INV-204588",
    "CS-INV-204562",
    "CS-INV-204290",
    "CS-INV-204733",
    "CS-INV-204210",
    "CS-INV-204066",
    "CS-INV-204531",
    "CS-INV-204598",
    "CS-INV-204640",
    "CS-INV-204690",
    "CS-INV-204002",
    "CS-INV-204512",
    "CS-INV-204577",
}


def lab(
    refs: tuple[str, ...] = (), note: str | None = None, **fields: str | None
) -> dict[str, object]:
    unknown = set(fields) - set(FIELD_KEYS)
    if unknown:
        raise ValueError(f"unknown label keys {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


@dataclass(frozen=True)
class Quoted:
    """The reminder as the replying client sees it."""

    text: str
    subject: str
    sent: datetime  # in the writer's time zone
    to: str
    loc: str

    def paragraphs(self) -> list[str]:
        return self.text.split("\n\n")


def quoted(r: Reply) -> Quoted:
    sent_utc = reminder_sent(r.dt, r.rdays)
    sent = sent_utc.astimezone(r.dt.tzinfo)
    amt = r.amt or DEFAULT_AMOUNT[r.reminder_loc]
    text = reminder_text(r.reminder_loc, r.invoice, amt, sent_utc, r.due_gap)
    subject = reminder_subject(r.reminder_loc, r.invoice)
    return Quoted(
        fit_charset(text, r.charset),
        fit_charset(subject, r.charset),
        sent,
        plain_address(*r.who),
        r.client_loc,
    )


def outlook_rows(q: Quoted) -> list[tuple[str, str]]:
    _, names, _, sent_fmt = OUTLOOK[q.loc]
    values = (f"{AR_NAME} <{AR_ADDR}>", render(sent_fmt, q.loc, q.sent), q.to, q.subject)
    return list(zip(names, values, strict=True))


def outlook_block(q: Quoted) -> str:
    sep = OUTLOOK[q.loc][2]
    return "\n".join(f"{k}{sep}{v}" for k, v in outlook_rows(q))


def word_document(r: Reply, q: Quoted | None, body_html: str) -> str:
    head = (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        '\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
        "span.EmailStyle19\n\t{mso-style-type:personal-reply;}\n--></style>\n</head>\n"
        f'<body lang="{CONTENT_LANGUAGE[r.client_loc].upper()}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
    )
    parts = [head, body_html, "\n"]
    if q is not None:
        sep = OUTLOOK[q.loc][2].rstrip()
        rows = "<br>\n".join(f"<b>{esc(k)}{esc(sep)}</b> {esc(v)}" for k, v in outlook_rows(q))
        parts += [
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n',
            '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n',
            f'<p class="MsoNormal">{rows}<o:p></o:p></p>\n</div>\n',
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n',
            word_paras(q.text),
            "\n",
        ]
    parts.append("</div>\n</body>\n</html>\n")
    return "".join(parts)


def alternative(r: Reply, text: str, markup: str) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(text, "plain", r.charset, r.cte))
    outer.attach(text_part(markup, "html", r.charset, r.cte))
    return outer


# ---- layouts -------------------------------------------------------------------------------


def lay_outlook(r: Reply, q: Quoted) -> Message:
    divider = OUTLOOK[q.loc][0]
    return text_part(
        f"{r.body}\n\n{divider}\n{outlook_block(q)}\n\n{q.text}\n", "plain", r.charset, r.cte
    )


def lay_outlook_html(r: Reply, q: Quoted) -> Message:
    text = f"{r.body}\n\n{outlook_block(q)}\n\n{q.text}\n"
    return alternative(r, text, word_document(r, q, word_paras(r.body)))


def lay_html_only(r: Reply, q: Quoted) -> Message:
    return text_part(word_document(r, q, word_paras(r.body)), "html", r.charset, r.cte)


def lay_owa(r: Reply, q: Quoted) -> Message:
    text = f"{r.body}\n\n{'_' * 32}\n{outlook_block(q)}\n\n{q.text}\n"
    sep = OUTLOOK[q.loc][2].rstrip()
    rows = "<br>\n".join(f"<b>{esc(k)}{esc(sep)}</b> {esc(v)}" for k, v in outlook_rows(q))
    markup = (
        f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
        '</head>\n<body dir="ltr">\n'
        '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
        f"{html_br(r.body)}</div>\n"
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{rows}</font>\n<div>&nbsp;</div>\n</div>\n"
        f"<div>{html_paras(q.text)}</div>\n</body>\n</html>\n"
    )
    return alternative(r, text, markup)


def lay_outlook_mobile(r: Reply, q: Quoted, os_name: str) -> Message:
    sig = OUTLOOK_MOBILE[r.lang].format(os=os_name)
    text = f"{r.body}\n\n{sig}\n{'_' * 32}\n{outlook_block(q)}\n\n{q.text}\n"
    if os_name == "Android":
        return text_part(text, "plain", r.charset, "b64")
    sep = OUTLOOK[q.loc][2].rstrip()
    rows = "<br>\n".join(f"<b>{esc(k)}{esc(sep)}</b> {esc(v)}" for k, v in outlook_rows(q))
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head>'
        f'<body><div dir="ltr">{html_br(r.body)}</div><div dir="ltr"><br></div>'
        f'<div class="ms-outlook-mobile-signature"><div dir="ltr">{esc(sig)}</div></div>'
        '<div id="mail-editor-reference-message-container"><hr style="display:inline-block;width:98%">'
        f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif">{rows}</font></div>'
        f"<div>{html_paras(q.text)}</div></div></body></html>\n"
    )
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(text, "plain", r.charset, "b64"))
    outer.attach(text_part(markup, "html", r.charset, "b64"))
    return outer


def lay_gmail(r: Reply, q: Quoted) -> Message:
    attr = render(ATTR_GMAIL[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)
    text = f"{r.body}\n\n{attr}\n\n{quote(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_br(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{esc(attr)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paras(q.text)}</blockquote></div>\n"
    )
    return alternative(r, text, markup)


def lay_gmail_plain(r: Reply, q: Quoted) -> Message:
    attr = render(ATTR_GMAIL[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)
    return text_part(f"{r.body}\n\n{attr}\n\n{quote(q.text)}\n", "plain", r.charset, r.cte)


def lay_bottom(r: Reply, q: Quoted) -> Message:
    attr = render(ATTR_GMAIL[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)
    return text_part(f"{attr}\n\n{quote(q.text)}\n\n{r.body}\n", "plain", r.charset, r.cte)


def lay_apple(r: Reply, q: Quoted) -> Message:
    attr = render(ATTR_APPLE[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)
    text = f"{r.body}\n\n{attr}\n\n{quote(q.text)}\n"
    markup = (
        f'<html><head><meta http-equiv="content-type" content="text/html; charset={r.charset}"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f'{html_br(r.body)}<br><div><br><blockquote type="cite"><div>{esc(attr)}</div><br>'
        f"<div>{html_paras(q.text)}</div></blockquote></div><br></body></html>\n"
    )
    return alternative(r, text, markup)


def lay_iphone(r: Reply, q: Quoted) -> Message:
    attr = render(ATTR_APPLE[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)
    inner = quote(f"{attr}\n\n{q.text}")
    return text_part(f"{r.body}\n\n{IPHONE[r.lang]}\n\n{inner}\n", "plain", r.charset, r.cte)


def lay_thunderbird(r: Reply, q: Quoted) -> Message:
    attr = render(ATTR_THUNDERBIRD[q.loc], q.loc, q.sent, name=AR_NAME)
    part = text_part(f"{r.body}\n\n{attr}\n{quote(q.text)}\n", "plain", r.charset, r.cte)
    if r.charset == "utf-8":
        part.set_param("format", "flowed")
    return part


def lay_samsung(r: Reply, q: Quoted) -> Message:
    sig, divider, names, date_fmt = SAMSUNG[q.loc]
    values = (
        f"{AR_NAME} <{AR_ADDR}>",
        render(date_fmt, q.loc, q.sent, tz=tz_label(q.sent)),
        q.to,
        q.subject,
    )
    rows = [f"{k}: {v} " for k, v in zip(names, values, strict=True)]
    text = f"{r.body}\n\n\n\n{sig}\n\n\n{divider}\n" + "\n".join(rows) + f"\n\n{q.text}\n"
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head><body>'
        f'<div dir="auto">{html_br(r.body)}</div><div dir="auto"><br></div><div dir="auto"><br></div>'
        f'<div id="composer_signature" dir="auto"><div style="font-size:85%;color:#575757" dir="auto">{esc(sig)}</div></div>'
        f'<div dir="auto"><br></div><div><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000">'
        f"<div>{esc(divider)}</div><div>"
        + "</div><div>".join(esc(x) for x in rows)
        + "</div><div><br></div></div>"
        f"{html_paras(q.text)}</body></html>\n"
    )
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(text, "plain", r.charset, "b64"))
    outer.attach(text_part(markup, "html", r.charset, "b64"))
    return outer


def lay_inline(r: Reply, q: Quoted, via: str) -> Message:
    """Answers written between the quoted paragraphs: [[Q:n]] marks quoted paragraph n."""
    if via == "thunderbird":
        attr = render(ATTR_THUNDERBIRD[q.loc], q.loc, q.sent, name=AR_NAME)
    else:
        attr = render(ATTR_GMAIL[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)
    paras = q.paragraphs()
    out: list[str] = []
    seen_quote = False
    for line in r.body.split("\n"):
        if line.startswith("[[Q:") and line.endswith("]]"):
            if not seen_quote:
                out.append(attr if via == "thunderbird" else attr + "\n")
                seen_quote = True
            out.append(quote(paras[int(line[4:-2])]))
        else:
            out.append(line)
    part = text_part("\n".join(out) + "\n", "plain", r.charset, r.cte)
    if via == "thunderbird" and r.charset == "utf-8":
        part.set_param("format", "flowed")
    return part


def lay_none(r: Reply, q: Quoted) -> Message:
    del q
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


def lay_none_alt(r: Reply, q: Quoted) -> Message:
    del q
    markup = r.markup or word_document(r, None, word_paras(r.body))
    return alternative(r, r.body + "\n", markup)


def lay_none_html(r: Reply, q: Quoted) -> Message:
    del q
    return text_part(r.markup, "html", r.charset, r.cte)


LAYOUTS: dict[str, Callable[[Reply, Quoted], Message]] = {
    "outlook": lay_outlook,
    "outlook_html": lay_outlook_html,
    "html_only": lay_html_only,
    "owa": lay_owa,
    "outlook_ios": lambda r, q: lay_outlook_mobile(r, q, "iOS"),
    "outlook_android": lambda r, q: lay_outlook_mobile(r, q, "Android"),
    "gmail": lay_gmail,
    "gmail_plain": lay_gmail_plain,
    "bottom": lay_bottom,
    "apple": lay_apple,
    "iphone": lay_iphone,
    "thunderbird": lay_thunderbird,
    "samsung": lay_samsung,
    "inline_tb": lambda r, q: lay_inline(r, q, "thunderbird"),
    "inline_gmail": lambda r, q: lay_inline(r, q, "gmail"),
    "none": lay_none,
    "none_alt": lay_none_alt,
    "none_html": lay_none_html,
}
OUTLOOK_FAMILY = {"outlook", "outlook_html", "html_only", "owa", "outlook_ios", "outlook_android"}
NOTICES = {"none", "none_alt", "none_html"}
BOUNDARY = {
    "gmail": "000000000000",
    "inline_gmail": "000000000000",
    "apple": "Apple-Mail=_",
    "samsung": "--_com.samsung.android.email_",
}
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "outlook": (("X-Mailer", "Microsoft Outlook 16.0"),),
    "apple": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22B83)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
    "inline_tb": (("User-Agent", "Mozilla Thunderbird"),),
}


def reply_msgid(r: Reply) -> str:
    raw = digest(r.key, "msgid")
    domain = r.who[1].split("@")[1]
    if r.style in {"gmail", "gmail_plain", "bottom", "inline_gmail"}:
        return f"<CA{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:42]}@mail.gmail.com>"
    if r.style in OUTLOOK_FAMILY:
        region = r.region if r.region != "EURPRD06" else f"EURPRD{raw[5] % 9 + 1:02d}"
        pod = {
            "EUR": ("AM9PR", "DB9PR", "PA4PR", "VI1PR"),
            "NAM": ("BY5PR", "SA1PR", "CH3PR"),
            "CAN": ("YT3PR",),
        }[region[:3]]
        server = (
            f"{pod[raw[6] % len(pod)]}{region[-2:]}MB{int.from_bytes(raw[:2], 'big') % 9000 + 1000}"
        )
        return f"<{server}{token(r.key, 'ms', 34)}@{server}.{region.lower()}.prod.outlook.com>"
    if r.style in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if r.style == "samsung":
        return f"<{raw.hex()[:16]}.{int.from_bytes(raw[8:11], 'big')}@email.android.com>"
    if r.style in {"thunderbird", "inline_tb"}:
        h = raw.hex()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{raw.hex()[:28]}@{domain}>"


def reply_subject(r: Reply, q: Quoted) -> str:
    if r.subject:
        return r.subject.format(rsub=q.subject)
    prefix = (RE_OUTLOOK if r.style in OUTLOOK_FAMILY else RE_OTHER)[base(q.loc)]
    return prefix + q.subject


def build_reply(r: Reply) -> Message:
    q = quoted(r)
    msg = LAYOUTS[r.style](r, q)
    if r.attach is not None:
        outer = MIMEMultipart("mixed")
        outer.attach(msg)
        name, data = r.attach
        pdf = MIMEApplication(data, "pdf", name=name)
        pdf.add_header("Content-Disposition", "attachment", filename=name)
        outer.attach(pdf)
        msg = outer
    msg["From"] = enc_address(*r.who, r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    extra = list(r.headers)
    cc = [v for k, v in extra if k == "Cc"]
    for value in cc:
        msg["Cc"] = value
    msg["Subject"] = enc_header(reply_subject(r, q), r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r)
    if r.in_reply:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    if r.style in OUTLOOK_FAMILY or any(k == "Thread-Topic" for k, _ in extra):
        msg["Thread-Topic"] = enc_header(q.subject, r.charset, "Thread-Topic")
        msg["Thread-Index"] = base64.b64encode(b"\x01\xdc" + digest(r.key, "thread")[:20]).decode()
        msg["Content-Language"] = r.clang or CONTENT_LANGUAGE[r.client_loc]
        if r.style != "outlook_android":
            msg["X-MS-Has-Attach"] = "yes" if r.attach else ""
            msg["X-MS-TNEF-Correlator"] = ""
    for name, value in [*CLIENT_HEADERS.get(r.style, ()), *extra]:
        if name in {"Cc", "Thread-Topic"}:
            continue
        msg[name] = value
    prefix = BOUNDARY.get(r.style, "_000_" if r.style in OUTLOOK_FAMILY else "----=_NextPart_")
    return finalize(msg, r.key, prefix)


AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "All")
PDF_BYTES = (
    b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
)


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

PINECREST_ADVICE_TEXT = """PINECREST UNIFIED SCHOOL DISTRICT
Business Services - Accounts Payable

PAYMENT ADVICE

Vendor:          CORVANE SYSTEMS INC (V-10342)
Payment method:  ACH
Payment number:  0048812
Payment date:    12/03/2026

Invoice Number     Invoice Date     Amount Paid
CS-INV-204377      10/19/2026        $3,120.00
CS-INV-204402      10/26/2026        $1,740.00
                   Total             $4,860.00

Funds are normally available in the receiving account within 1-2 business days.

Please do not reply to this message. This mailbox is not monitored. Questions about this payment: apvendors@pinecrestusd.example or (559) 555-0148."""

PINECREST_ADVICE_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">
<table width="640" cellpadding="4" cellspacing="0" border="0">
<tr><td><b>PINECREST UNIFIED SCHOOL DISTRICT</b><br>Business Services &ndash; Accounts Payable</td></tr>
<tr><td style="font-size:14pt;padding-top:12px"><b>PAYMENT ADVICE</b></td></tr>
<tr><td>
<table cellpadding="2" cellspacing="0" border="0">
<tr><td>Vendor:</td><td>CORVANE SYSTEMS INC (V-10342)</td></tr>
<tr><td>Payment method:</td><td>ACH</td></tr>
<tr><td>Payment number:</td><td>0048812</td></tr>
<tr><td>Payment date:</td><td>12/03/2026</td></tr>
</table></td></tr>
<tr><td>
<table cellpadding="3" cellspacing="0" border="1" style="border-collapse:collapse">
<tr style="background:#dde4ee"><th align="left">Invoice Number</th><th align="left">Invoice Date</th><th align="right">Amount Paid</th></tr>
<tr><td>CS-INV-204377</td><td>10/19/2026</td><td align="right">$3,120.00</td></tr>
<tr><td>CS-INV-204402</td><td>10/26/2026</td><td align="right">$1,740.00</td></tr>
<tr><td></td><td><b>Total</b></td><td align="right"><b>$4,860.00</b></td></tr>
</table></td></tr>
<tr><td>Funds are normally available in the receiving account within 1&ndash;2 business days.</td></tr>
<tr><td style="color:#666666;font-size:8pt">Please do not reply to this message. This mailbox is not monitored. Questions about this payment: apvendors@pinecrestusd.example or (559) 555-0148.</td></tr>
</table>
</body></html>
"""

PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Rhys Pemberton", "rhys@pembertonjoinery.example"),
        "2026-11-25 19:48 +0000",
        "iphone",
        "done",
        lab(
            note="lower-case 'done' as the whole answer to an overdue reminder is a payment claim; no date"
        ),
        inv="CS-INV-203877",
        amt="£684.00",
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        ("Pinecrest USD Accounts Payable", "ap-noreply@pinecrestusd.example"),
        "2026-12-03 05:12 -0800",
        "none_alt",
        PINECREST_ADVICE_TEXT,
        lab(
            ("CS-INV-204377", "CS-INV-204402"),
            paid_date="2026-12-03",
            payment_reference="0048812",
            amount="4860.00",
            currency="USD",
            note="AP-system payment advice with Auto-Submitted: auto-generated is payment_sent, not auto_reply; its 'mailbox is not monitored' footer does not make it wrong_contact; US date format",
        ),
        subject="Payment Advice - CORVANE SYSTEMS INC - ACH 0048812",
        in_reply=False,
        markup=PINECREST_ADVICE_HTML,
        headers=(
            AUTO_GENERATED,
            ("Precedence", "bulk"),
            ("X-Mailer", "PeopleSoft Financials Notification Engine"),
        ),
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Tamsin Gallow", "tgallow@redfernclinic.example"),
        "2026-12-10 07:45 -0700",
        "outlook_html",
        """Hi there,

Thanks for the nudge, and sorry this has been sitting. It's been a crazy few weeks here – we moved the front desk into the new wing, two of the exam room PCs decided to die on the same morning, and the badge printer we bought from you in the spring still jams on every third card (separate ticket, I know, I'll log it properly). Our practice manager was also out for most of November, which is why nothing was getting approved.

Anyway: Dale in our finance office released the wire yesterday afternoon for the full $6,212.40. The confirmation number on our side is WR-55190734 if your bank needs it. If it hasn't shown up by Friday let me know and I'll chase our bank.

While I have you – is there any chance someone could call me about adding two more workstations to the support contract? No rush.

Thanks,
Tamsin Gallow
Office Manager | Redfern Community Health Clinic
1400 Alder St, Suite 200 | Fort Collins, CO 80521
(970) 555-0119

CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information, including protected health information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message.""",
        lab(
            paid_date="2026-12-09",
            payment_reference="WR-55190734",
            amount="6212.40",
            currency="USD",
            note="long reply that buries the point; the wire was released 'yesterday' (Wed 9 Dec, Mountain time); the sales question is secondary",
        ),
        inv="CS-INV-204455",
        amt="$6,212.40",
        region="NAMPRD13",
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Hallberg Logistik Kreditorenbuchhaltung", "zahlungsavis@hallberg-logistik.example"),
        "2026-12-04 06:30 +0100",
        "none",
        """Sehr geehrte Damen und Herren,

wir haben folgende Zahlung an Sie veranlasst:

Zahlungsbeleg:     1500004471
Buchungsdatum:     04.12.2026
Valuta:            07.12.2026
Zahlweg:           SEPA-Überweisung
Betrag:            3.118,42 EUR

Ihre Rechnung    Rechnungsdatum   Betrag brutto   Skonto   Zahlbetrag
CS-INV-204318    02.11.2026            1.904,00    38,08     1.865,92
CS-INV-204349    09.11.2026            1.278,06    25,56     1.252,50

Summe                                                        3.118,42

Diese Nachricht wurde maschinell erstellt und ist ohne Unterschrift gültig.

Hallberg Logistik GmbH · Am Hafenbecken 12 · 28197 Bremen
Geschäftsführung: Jens Hallberg, Katrin Oelke · Amtsgericht Bremen HRB 99431""",
        lab(
            ("CS-INV-204318", "CS-INV-204349"),
            paid_date="2026-12-04",
            payment_reference="1500004471",
            amount="3118.42",
            currency="EUR",
            note="SAP-style payment advice (Auto-Submitted: auto-generated); the posting date is the payment date, not the value date; the amount is what was paid after the early-payment discount",
        ),
        subject="Zahlungsavis 1500004471 - Hallberg Logistik GmbH",
        in_reply=False,
        charset="iso-8859-1",
        cte="qp",
        headers=(AUTO_GENERATED, ("X-Mailer", "SAP NetWeaver 7.50")),
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Sandrine Meunier", "s.meunier@atelier-lumiere.example"),
        "2026-12-03 11:20 +0100",
        "gmail",
        """Bonjour,

Nous avons réglé cette facture par carte bancaire sur votre portail client le 2 décembre. Le numéro de confirmation est 7Q4K-2291.
Le montant apparaît bien comme débité sur notre relevé, pouvez-vous vérifier de votre côté ?

Bien à vous,
Sandrine Meunier
Assistante de direction – Atelier Lumière""",
        lab(
            paid_date="2026-12-02",
            payment_reference="7Q4K-2291",
            note="card payment on the customer portal",
        ),
        amt="2\u00a0016,00 €",
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Marc-André Tremblay", "ma.tremblay@csdesrivieres.example"),
        "2026-11-27 14:05 -0500",
        "outlook",
        """Bonjour,

Le chèque no 018842 au montant de 3 412,50 $ a été posté mardi dernier à l'adresse de remise indiquée sur votre facture. Avec les délais de Postes Canada, il devrait vous parvenir d'ici la fin de la semaine prochaine.

Merci de votre patience,

Marc-André Tremblay
Technicien en administration – Service des ressources financières
Centre de services scolaire des Rivières
Tél. : 819 555-0184, poste 2231""",
        lab(
            paid_date="2026-11-24",
            payment_reference="018842",
            amount="3412.50",
            currency="CAD",
            note="Quebec school board; a cheque already mailed is a payment sent; 'mardi dernier' written on Fri 27 Nov is Tue 24 Nov",
        ),
        amt="3\u00a0412,50 $",
        charset="windows-1252",
        cte="qp",
        region="CANPRD01",
        clang="fr-CA",
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Nuria Castells", "n.castells@clinicadentalsarria.example"),
        "2026-12-09 13:47 +0100",
        "outlook_html",
        """Buenas tardes:

Les adjuntamos el justificante de la transferencia realizada hoy por importe de 1.760,00 €, correspondiente a la factura CS-INV-204611.

Disculpen el retraso; la factura se había quedado pendiente de aprobación con el cambio de gerente.

Un saludo,

Nuria Castells
Administración
Clínica Dental Sarrià
Tel. 93 555 41 20

Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y proceda a su eliminación. De conformidad con el RGPD, le informamos de que sus datos serán tratados por Clínica Dental Sarrià, S.L. con la finalidad de gestionar la relación comercial.""",
        lab(
            ("CS-INV-204611",),
            paid_date="2026-12-09",
            amount="1760.00",
            currency="EUR",
            note="transfer proof attached as a PDF",
        ),
        inv="CS-INV-204611",
        amt="1.760,00 €",
        attach=("Justificante_transferencia_CS-INV-204611.pdf", PDF_BYTES),
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Jorge Villaseñor", "jvillasenor@grupoaltamar.example"),
        "2026-12-08 10:31 -0600",
        "iphone",
        "Buen día, ya quedó pagada. El depósito se hizo el viernes pasado, a lo mejor todavía no se les refleja. Cualquier cosa me avisan.\n\nSaludos",
        lab(
            paid_date="2026-12-04",
            note="Mexican Spanish; 'el viernes pasado' written on Tue 8 Dec is Fri 4 Dec",
        ),
        amt="$48,560.00 MXN",
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Femke de Boer", "f.deboer@wijkzorgoost.example"),
        "2026-12-16 10:02 +0100",
        "owa",
        """Goedemorgen,

Factuur CS-INV-204701 is gisteren met onze betaalbatch meegegaan. Bedrag € 918,50, transactiereferentie 4021887700126630.

Met vriendelijke groet,

Femke de Boer
Financiële administratie
Stichting Wijkzorg Oost""",
        lab(
            ("CS-INV-204701",),
            paid_date="2026-12-15",
            payment_reference="4021887700126630",
            amount="918.50",
            currency="EUR",
        ),
        inv="CS-INV-204701",
        amt="€ 918,50",
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        ("Joost Verhaegen", "joost@verhaegen-it.example"),
        "2026-12-17 16:40 +0100",
        "gmail_plain",
        "Dag,\n\nIs vanmorgen overgeschreven, samen met CS-INV-204588 die ook nog openstond.\n\nGroetjes,\nJoost",
        lab(
            ("CS-INV-204588",),
            paid_date="2026-12-17",
            note="Flemish reply to a French reminder; the reminded invoice is not named in the new text, so only the other invoice is listed",
        ),
        inv="CS-INV-204562",
        rloc="fr",
        cloc="nl",
        amt="1\u00a0134,00 €",
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Chiara Benedetti", "amministrazione@studiobenedetti.example"),
        "2026-12-11 12:15 +0100",
        "outlook",
        """Buongiorno,

in data odierna abbiamo disposto il bonifico di EUR 2.145,00 a saldo della fattura CS-INV-204290.
CRO/TRN: 0306926345871203

Restiamo a disposizione per eventuali chiarimenti.

Cordiali saluti

Chiara Benedetti
Studio Associato Benedetti & Ferri - Commercialisti""",
        lab(
            ("CS-INV-204290",),
            paid_date="2026-12-11",
            payment_reference="0306926345871203",
            amount="2145.00",
            currency="EUR",
        ),
        inv="CS-INV-204290",
        amt="€ 2.145,00",
        charset="iso-8859-1",
        cte="qp",
    ),
    Reply(
        "ps-it-2",
        "payment_sent",
        "it",
        ("Paolo Rinaldi", "p.rinaldi@rinaldinformatica.example"),
        "2026-12-15 18:22 +0100",
        "outlook_android",
        "Saldata ieri con la distinta fornitori. Saluti, Paolo",
        lab(paid_date="2026-12-14", note="reseller; 'ieri' is Mon 14 Dec"),
        amt="€ 3.904,00",
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pp-en-1",
        "promise_to_pay",
        "en",
        ("Karen Whitlock", "kwhitlock@oakridgepm.example"),
        "2026-12-04 15:18 -0500",
        "outlook_html",
        """Hi,

This one got held up waiting on a second signature. It's approved now and will go out in next Friday's check run.

Karen Whitlock
Accounts Payable Specialist
Oakridge Property Management
(704) 555-0162""",
        lab(
            promised_date="2026-12-11",
            note="written on a Friday, so 'next Friday' can only be Fri 11 Dec; 'approved' is past but the cheque is future",
        ),
        amt="$1,975.00",
        region="NAMPRD04",
    ),
    Reply(
        "pp-en-2",
        "promise_to_pay",
        "en",
        ("Oliver Brandt", "oliver.brandt@kestrelprint.example"),
        "2026-12-10 09:33 +0000",
        "outlook",
        """Morning,

Apologies – this was approved last week and has been released for payment on our next BACS run, which goes on the 18th. You should see it that day or the next.

Regards,
Oliver Brandt
Finance Manager
Kestrel Print Works Ltd""",
        lab(
            promised_date="2026-12-18",
            note="'approved' and 'released for payment' are past tense, but the money moves on the 18th: a promise",
        ),
        amt="£2,964.00",
        charset="windows-1252",
        cte="qp",
    ),
    Reply(
        "pp-en-3",
        "promise_to_pay",
        "en",
        ("Brandon Ortiz", "brandon.ortiz.ops@gmail.com"),
        "2026-12-03 22:40 -0800",
        "gmail",
        "Hey – sorry, totally slipped thru the cracks. Ill pay it online tmrw first thing, promise.\n\nBrandon\nOrtiz Surf & Skate, Santa Cruz",
        lab(
            promised_date="2026-12-04",
            note="typos ('thru', 'Ill', 'tmrw'); written 22:40 Pacific on Thu 3 Dec (already Fri 4 Dec in UTC), so 'tmrw' is Fri 4 Dec in the sender's time zone",
        ),
        amt="$840.00",
    ),
    Reply(
        "pp-en-4",
        "promise_to_pay",
        "en",
        ("Gemma Lowe", "gemma.lowe@ashbyeng.example"),
        "2026-12-14 07:52 +0000",
        "iphone",
        "Hi, I'm out of office until Wednesday but saw this come in. I'll put the payment through first thing when I'm back at my desk. Sorry for the wait.\n\nGemma",
        lab(
            promised_date="2026-12-16",
            note="a person wrote this although the subject says 'Out of office'; back on Wed 16 Dec and paying that morning",
        ),
        inv="CS-INV-204733",
        amt="£1,512.00",
        subject="Out of office - re CS-INV-204733",
    ),
    Reply(
        "pp-de-1",
        "promise_to_pay",
        "de",
        ("Stefan Kraus", "s.kraus@kraus-elektrotechnik.example"),
        "2026-12-09 14:10 +0100",
        "outlook",
        """Guten Tag,

die Rechnung ist freigegeben und für den Zahllauf in KW 51 eingeplant.

Mit freundlichen Grüßen
Stefan Kraus
Kaufmännische Leitung
Kraus Elektrotechnik GmbH & Co. KG
Industriestraße 8 · 74076 Heilbronn""",
        lab(
            promised_date="2026-12-14",
            note="calendar week 51 resolves to its Monday, 14 Dec, as 'next week' does",
        ),
        amt="4.512,80 €",
        charset="iso-8859-1",
        cte="qp",
    ),
    Reply(
        "pp-de-2",
        "promise_to_pay",
        "de",
        ("Birgit Hofer", "b.hofer@gruppenpraxis-hofer.example"),
        "2026-12-03 16:55 +0100",
        "gmail",
        """Sehr geehrte Damen und Herren,

danke für die Erinnerung, und entschuldigen Sie bitte die Verzögerung. Bei uns war der November ziemlich chaotisch: Unsere langjährige Ordinationsassistentin ist in Pension gegangen, die neue Kollegin arbeitet sich gerade erst ein, und gleichzeitig haben wir die Umstellung auf die neue Praxissoftware hinter uns gebracht, bei der uns Ihr Techniker ja auch sehr geholfen hat. Dabei ist leider einiges an Post liegen geblieben, unter anderem offensichtlich Ihre Rechnung.

Den offenen Betrag überweisen wir am 15., gemeinsam mit den übrigen Lieferantenrechnungen, das habe ich mir jetzt fix eingetragen.

Bei der Gelegenheit noch eine Frage: Der Etikettendrucker am Empfang verliert seit dem Update immer wieder die Verbindung. Könnte sich das jemand aus Ihrem Support anschauen, wenn er ohnehin wieder bei uns ist? Dr. Wallner hat außerdem für Jänner noch zwei neue Arbeitsplätze angesprochen.

Freundliche Grüße
Birgit Hofer
Praxismanagement – Gruppenpraxis Dr. Hofer & Dr. Wallner, Wien""",
        lab(
            promised_date="2026-12-15",
            note="Austrian clinic; long reply that buries the promise in the middle; 'am 15.' is 15 December",
        ),
        amt="2.096,00 €",
    ),
    Reply(
        "pp-fr-1",
        "promise_to_pay",
        "fr",
        ("Guillaume Roux", "g.roux@roux-associes.example"),
        "2026-11-24 10:12 +0100",
        "apple",
        """Bonjour,

Nous réglons nos fournisseurs en fin de mois ; votre facture partira donc avec le virement groupé de fin de mois.

Cordialement,
Guillaume Roux
Roux & Associés – Expertise comptable""",
        lab(promised_date="2026-11-30", note="'fin de mois' written on 24 Nov is 30 Nov"),
        amt="1\u00a0872,00 €",
    ),
    Reply(
        "pp-es-1",
        "promise_to_pay",
        "es",
        ("Álvaro Benítez", "alvaro@benitezreformas.example"),
        "2026-12-10 19:05 +0100",
        "samsung",
        "Hola, perdonad el retraso. Lo pagamos el lunes sin falta, que hasta entonces no me entra el cobro de una obra.\n\nÁlvaro",
        lab(
            promised_date="2026-12-14",
            note="'el lunes' after Thu 10 Dec; the reason given is not a condition",
        ),
        amt="2.310,00 €",
    ),
    Reply(
        "pp-es-2",
        "promise_to_pay",
        "es",
        ("Valeria Domínguez", "vdominguez@estudiods.example"),
        "2026-11-25 17:40 -0300",
        "gmail",
        """Hola, ¿cómo están?

Les confirmo que la semana que viene hacemos la transferencia. Estamos esperando que un cliente nos libere unos fondos, pero ya está agendada.

Saludos cordiales,
Valeria Domínguez
Estudio Contable Domínguez & Asoc.
Córdoba, Argentina""",
        lab(
            promised_date="2026-11-30",
            note="Argentina; 'la semana que viene' resolves to the Monday of next week",
        ),
        amt="US$ 1.250,00",
    ),
    Reply(
        "pp-nl-1",
        "promise_to_pay",
        "nl",
        ("Sander Kok", "s.kok@kokbouwadvies.example"),
        "2026-12-14 08:47 +0100",
        "thunderbird",
        "Goedemorgen,\n\nNog niet betaald, klopt. Komt uiterlijk vrijdag bij jullie binnen.\n\nGroet,\nSander Kok",
        lab(
            promised_date="2026-12-18",
            note="the negation is about the past; 'uiterlijk vrijdag' is Fri 18 Dec",
        ),
        amt="€ 765,00",
    ),
    Reply(
        "pp-it-1",
        "promise_to_pay",
        "it",
        ("Roberto Gatti", "r.gatti@gattiimpianti.example"),
        "2026-12-04 09:20 +0100",
        "outlook_html",
        """Buongiorno,

confermo che provvederemo al saldo entro il 20 dicembre.

Distinti saluti

Roberto Gatti
Responsabile Amministrativo
Gatti Impianti S.r.l.""",
        lab(promised_date="2026-12-20"),
        amt="€ 5.368,00",
    ),
    Reply(
        "pp-it-2",
        "promise_to_pay",
        "it",
        ("Anna Lombardo", "dsga@icmontalbano.example"),
        "2026-12-02 12:40 +0100",
        "thunderbird",
        """Gentili,

vi informiamo che il pagamento della fattura verrà effettuato non appena il Ministero ci accrediterà i fondi per il funzionamento. Purtroppo non dipende da noi e al momento non sappiamo dirvi quando.

Cordiali saluti
Anna Lombardo
DSGA - Istituto Comprensivo "G. Montalbano\"""",
        lab(note="school; payment promised on an event (state funds arriving) with no date"),
        amt="€ 2.684,00",
        charset="iso-8859-1",
        cte="8bit",
    ),
]

DISPUTE = [
    Reply(
        "d-en-1",
        "dispute",
        "en",
        ("Neil Ashworth", "n.ashworth@staidans-primary.example"),
        "2026-11-30 12:03 +0000",
        "outlook_html",
        """Hello,

We have NOT paid this invoice because the laptops on it never arrived. Your own tracking link still shows the consignment as 'awaiting collection' at the depot. I raised this with your sales team on 12 November and haven't heard anything back.

We'll happily pay once they turn up.

Neil Ashworth
Network Manager
St Aidan's Primary School""",
        lab(note="negated payment: goods never arrived; payment only on delivery"),
        inv="CS-INV-204210",
        amt="£4,290.00",
    ),
    Reply(
        "d-en-2",
        "dispute",
        "en",
        ("Priyanka Desai", "priyanka.desai@lumenmedia.example"),
        "2026-12-07 11:26 +0000",
        "gmail",
        """Hi,

I think your system is out of date – this invoice was cancelled in October. Your colleague Mark issued credit note CN-00917 for the full amount after we sent the docking stations back, so the balance on our account should be nil. Can you check and close it off?

Thanks,
Priyanka""",
        lab(note="already credited"),
        inv="CS-INV-204066",
        amt="£1,188.00",
    ),
    Reply(
        "d-en-3",
        "dispute",
        "en",
        ("Luis Navarro", "lnavarro@bluegatesolutions.example"),
        "2026-12-02 16:14 -0600",
        "inline_gmail",
        """Comments inline.

[[Q:2]]

This is wrong. Quote Q-7781 had the 120 endpoint licences at $38/seat and you've billed $46. That's the $960 difference.

[[Q:3]]

Send a corrected invoice and we'll pay it the day it arrives. We are not paying this one.

Luis Navarro
Bluegate Solutions | Managed IT
Austin, TX""",
        lab(note="inline reply; price differs from the quote; payment only on a corrected invoice"),
        amt="$5,520.00",
        cte="7bit",
    ),
    Reply(
        "d-de-1",
        "dispute",
        "de",
        ("Matthias Engel", "m.engel@engel-steuerberatung.example"),
        "2026-12-08 10:45 +0100",
        "outlook_html",
        """Sehr geehrte Damen und Herren,

die Rechnung enthält unter Position 3 die „Einrichtung und Konfiguration der Firewall vor Ort“ (4 Std.). Dieser Termin hat nie stattgefunden – Ihr Techniker hat am 19.11. kurzfristig abgesagt und sich seitdem nicht mehr gemeldet.

Solange die Leistung nicht erbracht ist, zahlen wir diese Position nicht. Bitte schicken Sie uns eine korrigierte Rechnung über die Hardware; die begleichen wir dann umgehend.

Mit freundlichen Grüßen
Matthias Engel
Steuerberater
Engel Steuerberatung

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.""",
        lab(note="service not performed; the rest is promised only against a corrected invoice"),
        amt="1.428,00 €",
        charset="windows-1252",
        cte="qp",
    ),
    Reply(
        "d-de-2",
        "dispute",
        "de",
        ("Corinne Baumann", "c.baumann@praxis-seefeld.example"),
        "2026-11-26 15:30 +0100",
        "gmail",
        """Guten Tag

Von den sechs gelieferten Monitoren hatten zwei einen Sprung im Display. Das haben wir Ihrem Kundendienst schon am Tag der Lieferung mit Fotos gemeldet (Fall 55812), Ersatz ist bis heute keiner gekommen.

Wir bezahlen die Rechnung, sobald die zwei Geräte ersetzt oder gutgeschrieben sind.

Freundliche Grüsse
Corinne Baumann
Praxisassistentin
Gemeinschaftspraxis Seefeld, Zürich""",
        lab(note="Swiss clinic; damaged goods; payment conditional on replacement"),
        amt="CHF 2'840.00",
    ),
    Reply(
        "d-fr-1",
        "dispute",
        "fr",
        ("Hélène Marchand", "h.marchand@cabinet-marchand.example"),
        "2026-12-04 09:58 +0100",
        "outlook",
        """Bonjour,

Vous nous facturez 25 licences « Workspace Pro » alors que notre bon de commande n° BC-2026-118 n'en mentionne que 20. Les cinq licences supplémentaires n'ont jamais été demandées ni activées.

Merci de nous faire parvenir une facture rectifiée ou un avoir ; nous réglerons dès réception.

Cordialement,

Hélène Marchand
Office manager – Cabinet Marchand, avocats
12, rue des Carmes – 35000 Rennes""",
        lab(note="wrong quantity"),
        inv="CS-INV-204531",
        amt="2\u00a0340,00 €",
        charset="windows-1252",
        cte="qp",
    ),
    Reply(
        "d-fr-2",
        "dispute",
        "fr",
        ("Kevin Lefort", "kevin.lefort@hotmail.fr"),
        "2026-12-15 21:14 +0100",
        "samsung",
        "c est la troisieme fois que je vous le dis, on a JAMAIS commande ce switch. ce n est pas notre bon de commande, on n a meme pas de baie reseau. verifiez vos dossiers au lieu de nous relancer tous les 15 jours\n\nK. Lefort\ngarage lefort",
        lab(note="not our order; irritated, no accents or apostrophes; no request to stop mailing"),
        amt="689,00 €",
    ),
    Reply(
        "d-es-1",
        "dispute",
        "es",
        ("Marta Iglesias", "marta.iglesias@gestoriaiglesias.example"),
        "2026-12-01 12:30 +0100",
        "gmail",
        """Hola:

No vamos a pagar esta factura hasta que nos cambiéis el portátil. Llegó con la pantalla rota (os mandamos fotos el mismo día, incidencia 20361) y seguimos sin respuesta.

Cuando llegue el equipo de sustitución, pagamos sin problema.

Marta Iglesias
Gestoría Iglesias – Valladolid""",
        lab(note="damaged goods; 'we won't pay until' it is replaced"),
        amt="1.149,00 €",
    ),
    Reply(
        "d-nl-1",
        "dispute",
        "nl",
        ("Ruud Janssen", "r.janssen@janssenvastgoed.example"),
        "2026-12-11 14:02 +0100",
        "outlook_html",
        """Goedemiddag,

Deze factuur is dubbel. Dezelfde regels (3 dockingstations en 3 headsets, order 88213) staan ook op CS-INV-204598, en die hebben we op 23 november al betaald.

Graag een creditnota voor CS-INV-204640.

Met vriendelijke groet,
Ruud Janssen
Janssen Vastgoedbeheer B.V.""",
        lab(
            ("CS-INV-204598", "CS-INV-204640"),
            note="duplicate billing; the payment mentioned is of the other invoice",
        ),
        inv="CS-INV-204640",
        amt="€ 1.512,00",
    ),
    Reply(
        "d-nl-2",
        "dispute",
        "nl",
        ("Ilse Bakker", "ilse@bakkervertaalt.example"),
        "2026-11-23 16:20 +0100",
        "gmail_plain",
        """Hallo,

Ik heb het abonnement op de back-upsoftware per 1 oktober opgezegd (bevestigd door jullie support op 14 september, ticket 77120). Deze factuur is voor november, dus die klopt niet. Kunnen jullie hem crediteren?

Groet,
Ilse Bakker""",
        lab(note="subscription already cancelled; billed for a period after cancellation"),
        amt="€ 89,00",
    ),
    Reply(
        "d-it-1",
        "dispute",
        "it",
        ("Giulia Marini", "g.marini@marinitrasporti.example"),
        "2026-11-30 11:11 +0100",
        "outlook",
        """Buongiorno,

il prezzo unitario dei notebook in fattura (EUR 915,00) non corrisponde alla vostra offerta n. OF-2026-0412 del 2 ottobre, che riportava EUR 840,00 cadauno. Vi chiediamo di emettere nota di credito per la differenza oppure una fattura corretta.

Fino ad allora la fattura resta sospesa.

Cordiali saluti
Giulia Marini
Ufficio Acquisti - Marini Trasporti S.p.A.""",
        lab(note="wrong unit price against the offer"),
        amt="€ 3.660,00",
        charset="iso-8859-1",
        cte="qp",
    ),
    Reply(
        "d-it-2",
        "dispute",
        "it",
        ("Davide Colombo", "d.colombo@colombodesign.example"),
        "2026-12-16 17:35 +0100",
        "gmail",
        """Ciao,

la parte hardware l'abbiamo già pagata la settimana scorsa (1.560 euro, bonifico del 9). Il canone di assistenza da 720 euro invece non lo paghiamo finché il server non torna a funzionare: è fermo da venerdì e il vostro tecnico non si è ancora visto.

Fatemi sapere.
Davide""",
        lab(
            note="part paid, the support fee withheld until the service is restored: dispute wins for the disputed part"
        ),
        inv="CS-INV-204690",
        amt="€ 2.280,00",
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pl-en-1",
        "payment_plan",
        "en",
        ("Sophie Kendrick", "sophie@kendrickphysio.example"),
        "2026-12-02 13:15 +0000",
        "apple",
        """Hi,

I'm going to be honest with you – we lost our biggest NHS referral contract in October and cash is very tight until the new year. I don't want to just ignore this. Would you be able to let us pay it over four months, £870 a month starting in January?

Best wishes,
Sophie Kendrick
Director, Kendrick Physiotherapy""",
        lab(note="hardship and monthly instalments; plan amounts are not labelled"),
        amt="£3,480.00",
    ),
    Reply(
        "pl-en-2",
        "payment_plan",
        "en",
        ("Greg Hollis", "ghollis@hollisauto.example"),
        "2026-12-09 11:02 -0600",
        "outlook_html",
        """Hello,

We're a small shop and this year has been rough. I can pay $2,000 this month if you'd accept that as payment in full and close the account. Let me know.

Greg Hollis
Owner, Hollis Auto Repair""",
        lab(note="offer of a reduced settlement: payment_plan, not promise_to_pay"),
        amt="$2,760.00",
        region="NAMPRD11",
    ),
    Reply(
        "pl-en-3",
        "payment_plan",
        "en",
        ("Ciara Whelan", "cwhelan@glenmorecollege.example"),
        "2026-12-15 10:10 +0000",
        "owa",
        """Good morning,

Our capital grant for the classroom upgrade doesn't come through from the Department until mid-January, and our board can't approve the payment before then. Would it be possible to have until the end of January to settle this? I can send you the grant letter if that helps.

Kind regards,
Ciara Whelan
Finance Officer
Glenmore Community College""",
        lab(
            note="Irish school asks for more time; the date asked for is a request, not a promise, so no promised_date"
        ),
        amt="€7,850.00",
        rloc="en-GB",
    ),
    Reply(
        "pl-de-1",
        "payment_plan",
        "de",
        ("Thomas Reiter", "t.reiter@reiter-druck.example"),
        "2026-12-07 09:15 +0100",
        "outlook",
        """Sehr geehrte Damen und Herren,

aufgrund eines größeren Zahlungsausfalls bei einem unserer Kunden ist unsere Liquidität derzeit angespannt. Wir möchten Sie daher um Ratenzahlung bitten: drei Monatsraten zu je 1.980,00 EUR, beginnend am 15.01.2027.

Für Ihr Verständnis bedanken wir uns.

Mit freundlichen Grüßen
Thomas Reiter
Geschäftsführer
Reiter Druck & Medien GmbH""",
        lab(
            note="instalments proposed; the first instalment date is part of the plan and not labelled"
        ),
        amt="5.940,00 €",
        charset="iso-8859-1",
        cte="qp",
    ),
    Reply(
        "pl-de-2",
        "payment_plan",
        "de",
        ("Julia Neumann", "julia.neumann@gmx.de"),
        "2026-11-27 20:41 +0100",
        "iphone",
        "Hallo,\n\nich weiß, die Rechnung ist schon drüber. Mein größter Auftraggeber zahlt erst im Januar. Könnten Sie mir die Zahlung bis Ende Januar stunden? Ich würde das dann in einem Betrag begleichen.\n\nViele Grüße\nJulia Neumann",
        lab(note="freelancer asks for a deferral (Stundung); a request, not a commitment"),
        amt="1.190,00 €",
    ),
    Reply(
        "pl-fr-1",
        "payment_plan",
        "fr",
        ("Patrick Girard", "p.girard@girard-paysages.example"),
        "2026-12-10 08:30 +0100",
        "gmail",
        """Bonjour,

Suite à une fin d'année difficile pour notre activité, serait-il possible d'étaler le règlement de cette facture sur trois mois (1 400 € en décembre, janvier et février) ?

Je reste joignable au 06 55 12 34 78 si besoin.

Cordialement,
Patrick Girard
Girard Paysages""",
        lab(),
        amt="4\u00a0200,00 €",
    ),
    Reply(
        "pl-fr-2",
        "payment_plan",
        "fr",
        ("Nathalie Dumont", "n.dumont@asbl-lessources.example"),
        "2026-11-30 14:44 +0100",
        "outlook_html",
        """Bonjour,

Notre ASBL attend le versement de ses subsides, qui a pris du retard. Pourrions-nous payer cette facture en deux fois : une moitié maintenant et l'autre moitié fin janvier ?

Merci d'avance pour votre compréhension.

Nathalie Dumont
Coordinatrice administrative
ASBL Les Sources – Namur""",
        lab(note="Belgian non-profit; half now and half later is a plan, not a payment sent"),
        amt="1\u00a0980,00 €",
        charset="windows-1252",
        cte="qp",
    ),
    Reply(
        "pl-es-1",
        "payment_plan",
        "es",
        ("Raúl Ortega", "r.ortega@ortegayasociados.example"),
        "2026-12-14 12:00 +0100",
        "outlook",
        """Buenos días:

¿Sería posible fraccionar el pago de esta factura en tres plazos mensuales? Estamos cerrando el ejercicio y andamos justos de tesorería. Si les parece bien, el primer pago lo haríamos el 30 de diciembre.

Un saludo,
Raúl Ortega
Ortega y Asociados, Abogados""",
        lab(note="the first-instalment date belongs to the proposed plan; not a promise"),
        amt="3.150,00 €",
        charset="iso-8859-1",
        cte="qp",
    ),
    Reply(
        "pl-es-2",
        "payment_plan",
        "es",
        ("Dra. Fernanda Ruiz", "fer.ruiz.consultorio@gmail.com"),
        "2026-12-05 09:18 -0600",
        "gmail",
        """Buenos días,

Les escribo para ver si nos pueden dar chance con este pago. El consultorio estuvo cerrado casi todo noviembre por una remodelación y apenas estamos volviendo a tener ingresos. ¿Podríamos pagarlo en parcialidades, unos 6 mil pesos cada quincena?

Quedo atenta,
Dra. Fernanda Ruiz
Consultorio Médico Ruiz""",
        lab(note="Mexican clinic; hardship and fortnightly instalments"),
        amt="$23,400.00 MXN",
    ),
    Reply(
        "pl-nl-1",
        "payment_plan",
        "nl",
        ("Mark Visser", "mark@vissermontage.example"),
        "2026-12-08 13:37 +0100",
        "gmail_plain",
        "Hoi,\n\nKunnen we een betalingsregeling afspreken? Ik zit even krap, maar zou € 400 per maand kunnen doen tot het bedrag voldaan is. Eerste termijn kan dan eind december.\n\nMvg,\nMark Visser",
        lab(),
        amt="€ 2.400,00",
    ),
    Reply(
        "pl-it-1",
        "payment_plan",
        "it",
        ("Francesca Moretti", "f.moretti@centroesteticaluna.example"),
        "2026-12-01 16:20 +0100",
        "iphone",
        "Buonasera, purtroppo in questo periodo siamo in difficoltà. Sarebbe possibile rateizzare l'importo in 4 rate mensili da 480 euro? Grazie mille per la disponibilità.\n\nFrancesca",
        lab(),
        amt="€ 1.920,00",
    ),
    Reply(
        "pl-it-2",
        "payment_plan",
        "it",
        ("Marco Ferrara", "amministrazione@ferrarasrl.example"),
        "2026-12-17 10:05 +0100",
        "outlook_html",
        """Spett.le Corvane Systems,

con la presente chiediamo una dilazione di 60 giorni sul pagamento della fattura in oggetto, a causa del ritardo negli incassi da parte di un nostro cliente pubblico.

Restiamo in attesa di un vostro cortese riscontro.

Distinti saluti
Marco Ferrara
Ferrara S.r.l. – Amministrazione""",
        lab(note="asks for 60 more days"),
        amt="€ 6.300,00",
        charset="windows-1252",
        cte="qp",
    ),
]

HALVORSEN_PORTAL_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Invoice rejected</title></head>
<body style="margin:0;padding:0;background:#f3f4f6">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#1f2937">
<tr><td style="background:#0b3d5c;color:#ffffff;padding:16px 24px;font-size:18px">Halvorsen Logistics &middot; Supplier Portal</td></tr>
<tr><td style="padding:24px">
<p>Dear Supplier,</p>
<p>Your invoice <b>CS-INV-204512</b> (GBP 2,118.00) has been <b style="color:#b91c1c">rejected</b> and will not be paid in its current form.</p>
<p><b>Reason:</b> No valid purchase order number. All invoices to Halvorsen Logistics Ltd must quote a PO number beginning with 45.</p>
<p>To get paid, please resubmit the invoice through the Supplier Portal with the correct PO number. Invoices sent by email are not accepted.</p>
<p style="text-align:center;padding:12px 0"><a href="https://suppliers.halvorsen.example/invoices/resubmit?ref=CS-INV-204512" style="background:#0b3d5c;color:#ffffff;padding:10px 18px;text-decoration:none">Resubmit invoice</a></p>
<p style="font-size:12px;color:#6b7280">This is an automated message from the Halvorsen Procure-to-Pay system. Please do not reply.</p>
</td></tr></table>
</td></tr></table>
</body></html>
"""

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Hannah Cole", "hannah.cole@colefamilydental.example"),
        "2026-11-23 14:40 +0000",
        "gmail",
        """Hi,

We don't seem to have this invoice on file – nothing came through to the practice inbox. Could you resend it as a PDF? I'll get it paid once I have it.

Thanks,
Hannah
Practice Manager, Cole Family Dental""",
        lab(note="never received, please resend; the payment is conditional on getting it"),
        inv="CS-INV-204002",
        amt="£612.00",
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Derek Munroe", "dmunroe@tallgrasscoop.example"),
        "2026-12-04 13:20 -0600",
        "outlook_html",
        """Good afternoon,

Before we can release payment on this we need a current W-9 for Corvane Systems Inc. and a remit-to address on your letterhead. Our vendor file only has the old Chicago address and the system won't cut a check without an updated form.

Please send both to this address and I'll get it processed.

Thanks,
Derek Munroe
Accounts Payable
Tallgrass Farmers Cooperative""",
        lab(note="tax form and remit-to address needed before paying"),
        amt="$3,295.00",
        region="NAMPRD07",
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Halvorsen Supplier Portal", "noreply@supplierportal.halvorsen.example"),
        "2026-12-08 03:14 +0000",
        "none_html",
        "",
        lab(
            ("CS-INV-204512",),
            note="automated AP-portal rejection asking for a resubmission with a PO number: invoice_request, not auto_reply or dispute; HTML-only",
        ),
        inv="CS-INV-204512",
        subject="Invoice CS-INV-204512 rejected - action required",
        in_reply=False,
        markup=HALVORSEN_PORTAL_HTML,
        headers=(AUTO_GENERATED, ("X-Mailer", "Halvorsen P2P Notifications")),
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Petra Lang", "kreditoren@stadtwerke-talheim.example"),
        "2026-12-02 08:55 +0100",
        "outlook_html",
        """Sehr geehrte Damen und Herren,

die Rechnung kann bei uns nicht gebucht werden, da die Bestellnummer fehlt. Bitte senden Sie uns die Rechnung erneut unter Angabe unserer Bestellnummer 4500123987 an rechnungseingang@stadtwerke-talheim.example. Rechnungen ohne Bestellbezug werden von unserem System automatisch zurückgewiesen.

Mit freundlichen Grüßen
i. A. Petra Lang
Kreditorenbuchhaltung
Stadtwerke Talheim GmbH""",
        lab(
            note="reissue with a PO number; the address given is where the invoice should go, not a new contact for the account"
        ),
        amt="7.854,00 €",
    ),
    Reply(
        "ir-de-2",
        "invoice_request",
        "de",
        ("Uwe Schröder", "u.schroeder@schroeder-haustechnik.example"),
        "2026-12-15 11:30 +0100",
        "inline_tb",
        """Hallo,

[[Q:2]]

Diese Rechnung finde ich bei uns nicht. Schicken Sie mir bitte eine Offene-Posten-Liste für unser Kundenkonto, dann gleiche ich das ab.

[[Q:3]]

Bezahlt haben wir im November zwei Rechnungen von Ihnen, ich weiß aber nicht mehr, welche.

Gruß
Uwe Schröder""",
        lab(
            note="inline reply asking for a statement of open items; the vague mention of earlier payments is not a claim that this invoice was paid"
        ),
        amt="962,00 €",
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Audrey Petit", "compta@petit-menuiserie.example"),
        "2026-12-09 15:02 +0100",
        "outlook",
        """Bonjour,

Nous n'avons jamais reçu cette facture, ni par courrier ni par mail. Pouvez-vous nous la renvoyer en PDF à cette adresse ?

Merci,
Audrey Petit
Menuiserie Petit & Fils""",
        lab(),
        amt="864,00 €",
        charset="iso-8859-1",
        cte="qp",
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Laurent Favre", "l.favre@fiduciaire-favre.example"),
        "2026-11-26 10:40 +0100",
        "gmail",
        """Bonjour,

Avant de procéder au paiement, pourriez-vous nous transmettre vos coordonnées bancaires (IBAN et BIC) sur papier à en-tête, ainsi qu'une facture QR conforme ? Notre logiciel de paiement n'accepte plus les bulletins sans code QR.

Meilleures salutations,
Laurent Favre
Fiduciaire Favre SA – Genève""",
        lab(
            note="Geneva firm answers a German reminder in French; asks for bank details and a QR-bill"
        ),
        rloc="de",
        cloc="fr",
        amt="CHF 1'350.00",
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Cristina Vidal", "cvidal@vidalarquitectura.example"),
        "2026-12-03 10:15 +0100",
        "owa",
        """Buenos días:

La factura está emitida a nombre de Vidal Arquitectura, S.C.P., pero desde julio somos Vidal Arquitectura, S.L.P., con NIF B55443210. Nuestra gestoría no puede contabilizarla así. ¿Podrían emitirla de nuevo con los datos correctos? El importe está bien.

Gracias,
Cristina Vidal""",
        lab(note="reissue with the new legal name and tax id; the amount is not contested"),
        amt="2.420,00 €",
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Ignacio Muñoz", "imunoz@colegiosanmateo.example"),
        "2026-12-11 09:44 -0300",
        "gmail",
        """Estimados,

¿Me podrían enviar una copia de la factura? Cambiamos de sistema contable en octubre y no la encuentro por ningún lado. Con eso la ingreso para pago.

Saludos,
Ignacio Muñoz
Administración – Colegio San Mateo, Viña del Mar""",
        lab(note="Chilean school asks for a copy"),
        amt="US$ 2.980,00",
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Anouk Smit", "a.smit@smitenpartners.example"),
        "2026-11-25 11:05 +0100",
        "outlook_html",
        """Goedemorgen,

Wij hebben deze factuur nooit ontvangen. Kunt u hem nogmaals sturen, als pdf, naar facturen@smitenpartners.example? Alleen facturen die op dat adres binnenkomen worden automatisch verwerkt.

Met vriendelijke groet,
Anouk Smit
Office manager
Smit & Partners Notarissen""",
        lab(
            note="never received, resend to the invoice-scanning address; that address is where to send documents, not a new contact"
        ),
        amt="€ 1.245,00",
    ),
    Reply(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Pieter Claes", "pieter.claes@claes-boekhouding.example"),
        "2026-12-17 14:25 +0100",
        "gmail",
        """Goeiemiddag,

Op de factuur staat enkel '25 uur ondersteuning'. Kunnen jullie ons een overzicht bezorgen van de gepresteerde uren, per datum en per technieker? Dan kunnen we ze goedkeuren en betalen.

Alvast bedankt,
Pieter Claes""",
        lab(note="Flemish; asks for the detail of hours without contesting them"),
        amt="€ 3.025,00",
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Elena Conti", "contabilita@contiarredamenti.example"),
        "2026-12-07 10:30 +0100",
        "outlook",
        """Buongiorno,

la fattura CS-INV-204577 non ci risulta pervenuta tramite SdI. Vi chiediamo di riemetterla in formato elettronico indicando il nostro codice destinatario M5UXCR1: la copia PDF via e-mail non ha valore fiscale e non possiamo registrarla.

Grazie, cordiali saluti
Elena Conti
Conti Arredamenti S.n.c.""",
        lab(("CS-INV-204577",), note="Italian e-invoice (SdI) never received: resend"),
        inv="CS-INV-204577",
        amt="€ 1.830,00",
        charset="windows-1252",
        cte="8bit",
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Aaron Fletcher", "aaron.fletcher@tallisarchitecture.example"),
        "2026-11-24 09:12 +0000",
        "outlook_html",
        """Hello,

I'm not the right person for this – I moved over to the design team in the summer and no longer deal with supplier invoices. Please send it to our accounts team at accounts@tallisarchitecture.example and they'll pick it up.

Cheers,
Aaron""",
        lab(new_contact="accounts@tallisarchitecture.example"),
        amt="£2,205.00",
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Greystone Hotels IT Procurement", "it.procurement@greystonehotels.example"),
        "2026-12-01 09:06 +0000",
        "none_alt",
        """This mailbox is no longer monitored.

Greystone Hotels' IT purchasing has moved to our shared services centre. For purchase orders, invoices and payment queries please email p2p@greystone-shared.example. Messages sent to this address will not be read or forwarded.""",
        lab(
            new_contact="p2p@greystone-shared.example",
            note="automatic 'no longer monitored' notice naming the replacement mailbox: wrong_contact",
        ),
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS, ("Thread-Topic", "")),
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Accounts Department", "accounts@marlowfinch.example"),
        "2026-12-09 23:51 +0000",
        "none",
        """Dear Sir/Madam,

Kindly be informed that our company email domain is currently undergoing migration and this address will be deactivated shortly. Please direct all further invoices, statements and payment correspondence to our temporary finance email: marlowfinch.finance@gmail.com with immediate effect.

Kindly acknowledge receipt of this notice and confirm once your records has been updated.

Regards,
Accounts Department
Marlow & Finch LLP""",
        lab(
            new_contact="marlowfinch.finance@gmail.com",
            note="phishing-like request to redirect mail to a free-mail address (Reply-To points there too); labelled by what it asks, and a person must verify it before any record is changed",
        ),
        subject="RE: {rsub}",
        headers=(
            ("Reply-To", "marlowfinch.finance@gmail.com"),
            ("X-Mailer", "Roundcube Webmail/1.6.9"),
        ),
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Sabine Krüger", "sabine.krueger@medilab-nord.example"),
        "2026-12-10 10:20 +0100",
        "outlook_html",
        """Guten Tag,

ich bin Laborleiterin am Standort Kiel und für Rechnungen nicht zuständig. Die Kreditorenbuchhaltung sitzt in unserer Zentrale in Hamburg; Ansprechpartnerin ist Frau Petersen (j.petersen@medilab-nord.example), die ich in Kopie gesetzt habe.

Freundliche Grüße
Sabine Krüger""",
        lab(
            new_contact="j.petersen@medilab-nord.example",
            note="the right person is named and copied in Cc",
        ),
        amt="3.406,00 €",
        charset="windows-1252",
        cte="qp",
        headers=(("Cc", "Jana Petersen <j.petersen@medilab-nord.example>"),),
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Julien Masson", "julien.masson@ecole-sainte-marie.example"),
        "2026-12-14 13:05 +0100",
        "thunderbird",
        """Bonjour,

Je ne m'occupe plus du parc informatique ni des factures fournisseurs depuis la rentrée. Merci de vous adresser désormais à Mme Caroline Brunet, économe de l'établissement : intendance@ecole-sainte-marie.example

Bonne journée,
Julien Masson""",
        lab(new_contact="intendance@ecole-sainte-marie.example"),
        amt="3\u00a0150,00 €",
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Cabinet Duval", "contact@cabinet-duval-kine.example"),
        "2026-11-30 09:04 +0100",
        "none",
        """Bonjour,

Cette adresse n'est plus consultée. Le cabinet a changé de messagerie ; merci de contacter directement votre interlocuteur habituel.

Cabinet de kinésithérapie Duval""",
        lab(
            note="automatic 'address no longer read' notice without Auto-Submitted and without a new address: wrong_contact, new_contact null"
        ),
        subject="Réponse automatique : {rsub}",
        charset="iso-8859-1",
        cte="qp",
        headers=(("X-Autoreply", "yes"),),
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Sergio Navarro", "sistemas@hotelmiramarsitges.example"),
        "2026-12-04 11:50 +0100",
        "gmail",
        """Buenos días,

Esta dirección es la del departamento de sistemas; nosotros no gestionamos pagos. Les pongo en copia a contabilidad (contabilidad@hotelmiramarsitges.example), que es quien lleva las facturas de proveedores.

Un saludo,
Sergio Navarro
Responsable de Sistemas – Hotel Miramar Sitges""",
        lab(new_contact="contabilidad@hotelmiramarsitges.example"),
        amt="1.870,00 €",
        headers=(("Cc", "contabilidad@hotelmiramarsitges.example"),),
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Lucía Romero", "lucia.romero.g@yahoo.es"),
        "2026-12-12 18:32 +0100",
        "iphone",
        "Hola, creo que se han equivocado de dirección. Yo no tengo ninguna empresa ni le he comprado nada a Corvane. Es la segunda vez que me llega.",
        lab(
            note="private person, wrong recipient altogether; no new address and no request to stop"
        ),
        amt="960,00 €",
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Eva Mulder", "e.mulder@datawerk.example"),
        "2026-12-03 15:15 +0100",
        "outlook_html",
        """Beste,

Datawerk is per 1 november overgenomen door Noordkaap ICT. Facturen en betalingsherinneringen graag voortaan naar crediteuren@noordkaap-ict.example; daar wordt ook deze factuur verder afgehandeld.

Met vriendelijke groet,
Eva Mulder""",
        lab(
            new_contact="crediteuren@noordkaap-ict.example",
            note="company taken over; the acquirer's payables address",
        ),
        amt="€ 4.410,00",
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Tom Hendriks", "t.hendriks@obsdewilg.example"),
        "2026-12-16 20:10 +0100",
        "iphone",
        "Goedenavond, ik ben leerkracht van groep 7 en heb niets met facturen te maken. Het ICT-beheer was ooit mijn taak, maar dat is al jaren niet meer zo. Probeer het eens bij onze administratie: administratie@obsdewilg.example\n\nTom",
        lab(new_contact="administratie@obsdewilg.example"),
        amt="€ 1.690,00",
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Stefano Ricci", "s.ricci@ricciprogetti.example"),
        "2026-11-27 12:12 +0100",
        "outlook_ios",
        """Buongiorno,

non sono più io il referente per la parte amministrativa. Per solleciti e pagamenti scrivete per favore alla collega Laura Gallo: l.gallo@ricciprogetti.example

Grazie,
Stefano Ricci""",
        lab(new_contact="l.gallo@ricciprogetti.example"),
        amt="€ 2.745,00",
    ),
    Reply(
        "wc-it-2",
        "wrong_contact",
        "it",
        ("Farmacia San Marco - Ufficio Acquisti", "acquisti@farmaciasanmarco.example"),
        "2026-12-08 09:03 +0100",
        "none",
        """Gentile mittente,

questa casella di posta non è più presidiata. Per ordini, fatture e pagamenti vi preghiamo di scrivere a amministrazione@farmaciasanmarco.example.

Farmacia San Marco - Verona""",
        lab(
            new_contact="amministrazione@farmaciasanmarco.example",
            note="automatic 'mailbox no longer staffed' notice with Auto-Submitted, naming the new address",
        ),
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Victor Hale", "victor.hale@halecontracting.example"),
        "2026-12-08 16:45 -0500",
        "outlook",
        """Do not contact me or my staff about this account again. The matter is with our attorneys at Whitford Lane LLP and all communication goes through them from now on.

Victor Hale
President, Hale Contracting Inc.""",
        lab(note="'talk to our lawyer', no address given"),
        amt="$12,480.00",
        region="NAMPRD02",
    ),
    Reply(
        "un-en-2",
        "unsubscribe",
        "en",
        ("Mia Sorensen", "mia@sorensenstudio.example"),
        "2026-12-17 12:20 +0000",
        "gmail",
        """Please remove this address from your reminder list. The tablets went back to you in October under RMA 30418 – your own warehouse signed for them – so there is nothing to pay. I've explained this twice already and I'm not doing it again by email.

Mia Sorensen""",
        lab(note="stop request plus a dispute: unsubscribe beats everything but bounce"),
        amt="£1,596.00",
    ),
    Reply(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Helmut Brandstätter", "h.brandstaetter@brandstaetter-holz.example"),
        "2026-12-02 10:00 +0100",
        "outlook",
        """Sehr geehrte Damen und Herren,

wir ersuchen Sie, uns künftig keine Mahnungen oder sonstigen Schreiben per E-Mail mehr zuzusenden. Korrespondenz bitte ausschließlich auf dem Postweg an unsere Firmenadresse.

Hochachtungsvoll
Helmut Brandstätter
Brandstätter Holzbau GmbH
Hauptstraße 41, 4863 Seewalchen""",
        lab(note="Austrian; post only"),
        amt="2.658,00 €",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "un-de-2",
        "unsubscribe",
        "de",
        ("Nico Berger", "nico@berger-fotografie.example"),
        "2026-12-11 22:30 +0100",
        "outlook_android",
        "Ich zahle das nächste Woche, aber hören Sie bitte auf, mir jeden zweiten Tag zu schreiben. Nehmen Sie diese Adresse aus Ihrem Verteiler.",
        lab(note="promise plus stop request: unsubscribe wins; the promise is not labelled"),
        amt="740,00 €",
    ),
    Reply(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Bernard Lemaire", "b.lemaire@lemaire-transports.example"),
        "2026-12-07 17:48 +0100",
        "outlook_html",
        """Madame, Monsieur,

Ce dossier est désormais entre les mains de notre avocate, Maître Sophie Aubert. Je vous prie de ne plus adresser de courriels à mes collaborateurs ni à moi-même à ce sujet.

Bernard Lemaire
Gérant – Lemaire Transports SARL""",
        lab(note="lawyer named without an address; stop writing"),
        amt="6\u00a0912,00 €",
    ),
    Reply(
        "un-fr-2",
        "unsubscribe",
        "fr",
        ("Chantal Gagnon", "cgagnon@cliniqueveterinairedulac.example"),
        "2026-11-25 08:15 -0500",
        "iphone",
        "Désabonnez-moi de vos envois svp.",
        lab(note="Quebec one-liner"),
        rloc="fr",
        amt="1\u00a0245,00 $",
    ),
    Reply(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Tomás Herrera", "tomas@herreraimport.example"),
        "2026-12-15 13:30 +0100",
        "gmail_plain",
        "Dejen de mandarme estos correos, por favor. Ya hablé con su comercial y quedamos en que lo veríamos en enero.\n\nTomás",
        lab(note="stop request; 'lo veríamos en enero' is no promise"),
        amt="4.080,00 €",
    ),
    Reply(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Pilar Serrano", "pserrano@serranoasesores.example"),
        "2026-12-03 09:40 +0100",
        "outlook_html",
        """Estimados señores:

Les rogamos que en adelante se abstengan de enviar requerimientos de pago por correo electrónico. Cualquier comunicación relativa a esta cuenta deberá remitirse por correo postal certificado a nuestro domicilio social.

Atentamente,
Pilar Serrano
Directora Financiera
Serrano Asesores, S.L.""",
        lab(note="post only"),
        amt="2.904,00 €",
    ),
    Reply(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("", "info@bloemenhuisvandam.example"),
        "2026-11-26 17:02 +0100",
        "gmail_plain",
        "Afmelden graag",
        lab(note="two-word reply"),
        amt="€ 312,00",
    ),
    Reply(
        "un-nl-2",
        "unsubscribe",
        "nl",
        ("Karin de Wit", "karin.dewit@dewitfysio.example"),
        "2026-12-10 12:40 +0100",
        "owa",
        """Goedemiddag,

Wij willen geen betalingsherinneringen meer per e-mail ontvangen. Dit adres wordt door meerdere collega's gelezen en dit soort berichten hoort daar niet thuis. Stuurt u alstublieft geen e-mails meer naar dit adres.

Met vriendelijke groet,
Karin de Wit""",
        lab(),
        amt="€ 1.156,00",
    ),
    Reply(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Luca Bianchi", "luca.bianchi77@libero.it"),
        "2026-12-04 20:12 +0100",
        "iphone",
        "vi prego di cancellare questo indirizzo dalle vostre liste, non voglio piu ricevere le vostre mail",
        lab(note="missing accent ('piu'), lower case"),
        amt="€ 430,00",
    ),
    Reply(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Alessandra Greco", "a.greco@grecoalimentari.example"),
        "2026-12-14 11:45 +0100",
        "outlook",
        """Spettabile Corvane Systems,

vi comunichiamo che per qualsiasi comunicazione relativa alla posizione in oggetto dovrete rivolgervi esclusivamente al nostro legale, l'avv. Federico Sala del Foro di Milano. Vi invitiamo pertanto a non contattare più direttamente la società.

Distinti saluti
Alessandra Greco
Amministratore Unico""",
        lab(note="lawyer only, no address"),
        amt="€ 8.150,00",
        charset="windows-1252",
        cte="qp",
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Rebecca Nash", "rebecca.nash@northgatevets.example"),
        "2026-11-26 09:07 +0000",
        "none_alt",
        """Thank you for your email. I'm currently out of the office with limited access to email and will be back on Tuesday 1 December.

For anything urgent, please call the practice on 01632 960771.

Rebecca""",
        lab(return_date="2026-12-01", note="Exchange out-of-office; 'back on' a date"),
        subject="Automatic reply: {rsub}",
        headers=(
            AUTO_GENERATED,
            SUPPRESS,
            ("Thread-Topic", ""),
            ("X-MS-Exchange-Inbox-Rules-Loop", "rebecca.nash@northgatevets.example"),
        ),
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        "en",
        ("Copperleaf Accounting Support", "support@copperleafacc.example"),
        "2026-12-08 10:02 +0000",
        "none",
        """##- Please type your reply above this line -##

Hello,

Thanks for contacting Copperleaf Accounting. Your request (#AP-31877) has been received and is being reviewed by our accounts payable team.

You can add comments to this request by replying to this email.

Copperleaf Accounting – Accounts Payable""",
        lab(note="ticket-system acknowledgement; no return date"),
        subject="[Request #AP-31877] Re: {rsub}",
        headers=(
            AUTO_REPLIED,
            ("Reply-To", "Copperleaf Accounting Support <support+id31877@copperleafacc.example>"),
            ("X-Mailer", "Helpdesk Mailer"),
        ),
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        "en",
        ("Lakeview Academy Business Office", "businessoffice@lakeviewacademy.example"),
        "2026-11-24 12:00 -0600",
        "none",
        """Thank you for contacting the Lakeview Academy Business Office. Our offices are closed Wednesday, November 25 through Friday, November 27 for the Thanksgiving break. We will respond to your message when we reopen on Monday, November 30.

Have a happy Thanksgiving!""",
        lab(
            return_date="2026-11-30",
            note="school closure notice without Auto-Submitted (only Precedence: bulk)",
        ),
        subject="Re: {rsub}",
        headers=(("Precedence", "bulk"),),
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Claudia Wagner", "c.wagner@wagner-partner-ra.example"),
        "2026-12-18 14:20 +0100",
        "none",
        """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich befinde mich im Weihnachtsurlaub und bin ab dem 4. Januar 2027 wieder im Büro. Ihre E-Mail wird in der Zwischenzeit nicht weitergeleitet.

In dringenden Fällen erreichen Sie unsere Buchhaltung unter buchhaltung@wagner-partner-ra.example.

Mit freundlichen Grüßen
Claudia Wagner""",
        lab(
            return_date="2027-01-04",
            note="a colleague's address in an auto-reply does not set new_contact",
        ),
        subject="Abwesenheitsnotiz: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        "ar-de-2",
        "auto_reply",
        "de",
        ("IT-Servicedesk Klinikum Rosenau", "servicedesk@klinikum-rosenau.example"),
        "2026-11-30 09:11 +0100",
        "none",
        """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ihr Anliegen wurde unter der Ticketnummer 2026113010000417 erfasst und an die zuständige Stelle weitergeleitet. Bitte geben Sie diese Nummer bei Rückfragen im Betreff an.

Ihr IT-Servicedesk
Klinikum Rosenau""",
        lab(note="ticket acknowledgement without Auto-Submitted (X-Autoreply only)"),
        subject="[Ticket#2026113010000417] Eingangsbestätigung: {rsub}",
        charset="iso-8859-1",
        cte="qp",
        headers=(("X-Autoreply", "yes"), ("X-Loop", "servicedesk@klinikum-rosenau.example")),
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Isabelle Fontaine", "i.fontaine@groupe-fontaine.example"),
        "2026-12-07 08:31 +0100",
        "none",
        """Bonjour,

Je suis absente du 7 au 11 décembre inclus et n'aurai pas accès à ma messagerie. Je prendrai connaissance de votre message à mon retour, le lundi 14 décembre.

Cordialement,
Isabelle Fontaine""",
        lab(return_date="2026-12-14"),
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-fr-2",
        "auto_reply",
        "fr",
        ("Olivier Lambert", "o.lambert@athenee-ciney.example"),
        "2026-12-02 10:15 +0100",
        "none",
        """Bonjour,

Je suis actuellement absent pour une durée indéterminée. Votre message ne sera pas transféré.

Olivier Lambert
Économat – Athénée royal de Ciney""",
        lab(note="Belgian school; absence of unknown length, no return date"),
        subject="Absent : {rsub}",
        charset="windows-1252",
        cte="qp",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Papelería Técnica Nova", "pedidos@papeleriatecnicanova.example"),
        "2026-12-09 08:00 +0100",
        "none",
        """Estimado cliente:

Le informamos de que nuestras oficinas permanecerán cerradas del 9 al 11 de diciembre por inventario anual. Retomaremos la actividad el lunes 14 de diciembre y atenderemos su mensaje lo antes posible.

Gracias por su comprensión.
Papelería Técnica Nova""",
        lab(return_date="2026-12-14", note="closure for stock-taking; the day work resumes"),
        subject="Respuesta automática: {rsub}",
        charset="iso-8859-1",
        cte="8bit",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Lotte van Dijk", "l.vandijk@vandijkadvocaten.example"),
        "2026-11-24 09:15 +0100",
        "none",
        """Dank voor uw bericht. Ik ben afwezig tot en met vrijdag 27 november en lees mijn e-mail niet. Vanaf maandag 30 november ben ik weer op kantoor.

Met vriendelijke groet,
Lotte van Dijk""",
        lab(return_date="2026-11-30", note="'vanaf maandag 30 november' is the day back"),
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_GENERATED, SUPPRESS),
    ),
    Reply(
        "ar-nl-2",
        "auto_reply",
        "nl",
        ("Facilitair Servicepunt ROC Zuidrand", "servicepunt@roczuidrand.example"),
        "2026-12-15 16:45 +0100",
        "none",
        """Beste afzender,

Bedankt voor uw e-mail. Wij hebben uw bericht ontvangen en streven ernaar binnen drie werkdagen te reageren. U hoeft niet opnieuw te mailen.

Facilitair Servicepunt
ROC Zuidrand""",
        lab(note="receipt acknowledgement; 'within three working days' is not a return date"),
        subject="Ontvangstbevestiging: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Valentina Russo", "v.russo@russoeassociati.example"),
        "2026-12-14 09:30 +0100",
        "none",
        """Buongiorno,

sarò fuori ufficio fino a venerdì 18 dicembre compreso, con accesso limitato alla posta. Rientrerò lunedì 21 dicembre.

Per urgenze potete contattare la segreteria allo 02 5550 3412.

Valentina Russo""",
        lab(return_date="2026-12-21", note="the stated day back wins over 'fino a ... compreso'"),
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-it-2",
        "auto_reply",
        "it",
        ("Ottica Lucente", "info@otticalucente.example"),
        "2026-12-18 17:30 +0100",
        "none",
        """Gentile cliente,

il negozio resterà chiuso per ferie dal 24 dicembre al 10 gennaio. Riapriremo lunedì 11 gennaio 2027 con il consueto orario.

Buone feste!
Ottica Lucente""",
        lab(
            return_date="2027-01-11",
            note="shop autoresponder without Auto-Submitted, announcing a closure that starts later",
        ),
        subject="Autoreply: {rsub}",
    ),
]

OTHER = [
    Reply(
        "o-en-1",
        "other",
        "en",
        ("Paul Brennan", "paul@brennanelectrical.example"),
        "2026-12-07 18:05 +0000",
        "iphone",
        "Didn't we pay this already? Thought Sue did all the Corvane ones last month",
        lab(note="a question, not a payment claim; someone has to check and answer"),
        amt="£538.00",
    ),
    Reply(
        "o-en-2",
        "other",
        "en",
        ("Anita Rao", "arao@brightwaterdental.example"),
        "2026-12-02 10:40 +0000",
        "html_only",
        """Hi,

I've forwarded this to our finance team. Separately – could someone from sales get in touch? We're opening a second surgery in March and will need about eight new PCs and the same software setup as this site.

Thanks,
Anita Rao
Operations Manager, Brightwater Dental Group""",
        lab(
            note="HTML-only Outlook message; forwarded internally (no new address) plus a sales enquiry"
        ),
        amt="£2,472.00",
    ),
    Reply(
        "o-en-3",
        "other",
        "en",
        ("Martin Dobbs", "martin.dobbs@dobbsmachining.example"),
        "2026-11-30 14:55 +0000",
        "thunderbird",
        """Can someone from your accounts team give me a ring? There's a few things on our account I'd rather go through on the phone than by email. 0161 496 0742, any time after 2pm.

Martin Dobbs
Dobbs Precision Machining""",
        lab(note="asks for a call; nothing about paying"),
        amt="£3,918.00",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "o-de-1",
        "other",
        "de",
        ("Andrea Schulte", "a.schulte@schulte-immobilien.example"),
        "2026-12-01 11:00 +0100",
        "outlook_html",
        """Guten Tag,

die Rechnung habe ich an unsere Buchhaltung weitergegeben. Bei der Gelegenheit: Wir möchten unseren Wartungsvertrag für die Telefonanlage zum 31.03.2027 kündigen. Bitte bestätigen Sie mir die Kündigung schriftlich.

Mit freundlichen Grüßen
Andrea Schulte
Schulte Immobilien""",
        lab(
            note="cancels a contract going forward; does not contest this invoice and promises nothing"
        ),
        amt="1.142,40 €",
    ),
    Reply(
        "o-de-2",
        "other",
        "de",
        ("Jan Hoffmann", "jan.hoffmann@hoffmann-zahntechnik.example"),
        "2026-12-16 15:08 +0100",
        "iphone",
        "Danke für den Hinweis, ich kläre das intern und melde mich.",
        lab(note="acknowledgement without a commitment"),
        amt="2.380,00 €",
    ),
    Reply(
        "o-fr-1",
        "other",
        "fr",
        ("Stéphane Moreau", "s.moreau@moreau-optique.example"),
        "2026-11-23 16:32 +0100",
        "gmail",
        """Bonjour,

Pour la facture, je vois ça avec notre comptable. Par contre, pourriez-vous me redonner le numéro du support technique ? Celui qui figure sur votre site ne répond plus et notre caisse ne s'allume plus depuis ce matin.

Merci,
Stéphane Moreau
Moreau Optique""",
        lab(
            note="support question in the reminder thread; 'je vois ça avec notre comptable' is no commitment"
        ),
        amt="748,00 €",
    ),
    Reply(
        "o-fr-2",
        "other",
        "fr",
        ("Valérie Chevalier", "v.chevalier@chevalier-conseil.example"),
        "2026-12-03 18:20 +0100",
        "apple",
        """Bonjour,

Je trouve le ton de votre relance assez déplacé pour une facture échue depuis à peine une semaine, alors que nous sommes clients depuis huit ans. Je vais regarder ce qu'il en est, mais j'aurais apprécié un simple coup de fil.

Valérie Chevalier""",
        lab(note="irritation about the reminder; no dispute of the invoice and no commitment"),
        amt="3\u00a0264,00 €",
        due_gap=7,
    ),
    Reply(
        "o-es-1",
        "other",
        "es",
        ("Javier Prieto", "javi.prieto@prietoestudio.example"),
        "2026-12-10 09:12 +0100",
        "samsung",
        "Me lo miro y te digo algo",
        lab(note="one-liner: will look into it, no commitment"),
        amt="1.452,00 €",
    ),
    Reply(
        "o-es-2",
        "other",
        "es",
        ("Rosa Méndez", "rmendez@colegiolosalamos.example"),
        "2026-12-16 12:30 -0600",
        "outlook_html",
        """Buenas tardes,

Una consulta: ¿hasta cuándo está vigente nuestra licencia del antivirus? Queremos renovarla para el próximo ciclo escolar, pero necesitamos la cotización antes del 15 de enero para meterla en el presupuesto.

Saludos,
Rosa Méndez
Coordinación Administrativa
Colegio Los Álamos""",
        lab(note="Mexican school; renewal and quote question, nothing about this invoice"),
        amt="$18,900.00 MXN",
        region="NAMPRD20",
        clang="es-MX",
    ),
    Reply(
        "o-nl-1",
        "other",
        "nl",
        ("Bas Vermeulen", "bas@vermeulenbouw.example"),
        "2026-11-27 08:20 +0100",
        "bottom",
        "Goedemorgen,\n\nIs het mogelijk om voortaan via automatische incasso te betalen? Dat scheelt ons allebei een hoop gedoe met herinneringen. Laat maar weten wat jullie daarvoor nodig hebben.\n\nBas Vermeulen",
        lab(
            note="bottom-posted from an English-language Gmail; asks about direct debit for the future"
        ),
        cloc="en-GB",
        amt="€ 2.178,00",
    ),
    Reply(
        "o-nl-2",
        "other",
        "nl",
        ("Ingrid Peeters", "ingrid@peetersdrukkerij.example"),
        "2026-12-09 10:30 +0100",
        "outlook",
        """Geachte,

Met droefheid laten wij u weten dat onze zaakvoerder, de heer Willy Peeters, vorige week onverwacht is overleden. De drukkerij blijft voorlopig gesloten. Wij nemen na de begrafenis contact met u op over de openstaande facturen.

Met vriendelijke groeten,
Ingrid Peeters""",
        lab(
            note="Flemish; death of the owner, business closed for now; 'we will contact you' is no promise; a person must read it"
        ),
        amt="€ 1.386,00",
        charset="iso-8859-1",
        cte="qp",
    ),
    Reply(
        "o-it-1",
        "other",
        "it",
        ("Matteo Fontana", "m.fontana@fontanaedilizia.example"),
        "2026-12-03 13:15 +0100",
        "gmail",
        """Salve,

ho girato la vostra mail al nostro commercialista. Vi ricontatto la settimana prossima per farvi sapere.

Matteo Fontana""",
        lab(note="'I'll get back to you next week' is not a promise to pay"),
        amt="€ 2.960,00",
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
    key: str
    lang: str  # language of the human-readable notice
    kind: str
    status: str
    rcpt: str
    when: str  # when the report was generated, in the reporting host's zone
    rloc: str  # locale of the reminder that failed
    lag_minutes: int  # how long after the reminder went out
    amt: str
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def sent(self) -> datetime:
        return self.dt - timedelta(minutes=self.lag_minutes)

    @property
    def invoice(self) -> str:
        return auto_invoice(self.key)

    def subject(self) -> str:
        return reminder_subject(self.rloc, self.invoice)

    def reminder(self) -> Message:
        """The reminder exactly as Corvane's dunning system sent it."""
        sent_utc = self.sent.astimezone(UTC)
        text = reminder_text(self.rloc, self.invoice, self.amt, sent_utc, 12)
        msg = text_part(text + "\n", "plain", "utf-8", "qp")
        msg["From"] = formataddr((AR_NAME, AR_ADDR))
        msg["To"] = self.rcpt
        msg["Subject"] = enc_header(self.subject(), "utf-8")
        msg["Date"] = format_datetime(sent_utc)
        msg["Message-ID"] = reminder_msgid(self.key)
        msg["X-Mailer"] = "Corvane Dunning 4.2"
        move_content_headers_down(msg)
        return msg

    def reminder_headers_text(self) -> str:
        rem = self.reminder()
        return "".join(f"{k}: {v}\n" for k, v in rem.items())


def dsn(
    b: Bounce,
    mta: str,
    action: str,
    diagnostic: str,
    *,
    remote: str = "",
    extra: tuple[str, ...] = (),
) -> Message:
    per_message = [f"Reporting-MTA: dns; {mta}", *extra, f"Arrival-Date: {format_datetime(b.sent)}"]
    per_rcpt = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if action == "delayed":
        per_rcpt.append(f"Will-Retry-Until: {format_datetime(b.sent + timedelta(days=5))}")
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    ds.set_payload(
        [
            message_from_bytes(("\n".join(block) + "\n").encode())
            for block in (per_message, per_rcpt)
        ]
    )
    return ds


def rfc822_headers(b: Bounce) -> Message:
    part = text_part(b.reminder_headers_text(), "rfc822-headers", "us-ascii", "7bit")
    del part["Content-Type"]
    part["Content-Type"] = "text/rfc822-headers"
    return part


def report(*parts: Message) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for p in parts:
        outer.attach(p)
    return outer


def described(part: Message, description: str) -> Message:
    part["Content-Description"] = description
    return part


def finish(
    b: Bounce, msg: Message, sender: str, subject: str, extra: tuple[tuple[str, str], ...] = ()
) -> Message:
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = enc_header(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = sender.split("@")[1].split(">", maxsplit=1)[0].split(" ", maxsplit=1)[0]
    msg["Message-ID"] = f"<{token(b.key, 'bounce', 20).lower()}@{host}>"
    for name, value in extra:
        msg[name] = value
    return finalize(msg, b.key, "=_bounce_")


def bounce_postfix(b: Bounce) -> Message:
    mta = "smtp-out1.corvane-systems.example"
    remote = "mx.harbourviewmotors.example"
    human = (
        f"This is the mail system at host {mta}.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\n"
        "delete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: host {remote}[203.0.113.25] said: 550\n"
        f"    5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local\n"
        "    recipient table (in reply to RCPT TO command)\n"
    )
    diag = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table"
    )
    msg = report(
        described(text_part(human, "plain", "us-ascii", "7bit"), "Notification"),
        described(
            dsn(
                b,
                mta,
                "failed",
                diag,
                remote=remote,
                extra=(
                    "X-Postfix-Queue-ID: 4dQ8Zr2kLbz9sWq",
                    f"X-Postfix-Sender: rfc822; {AR_ADDR}",
                ),
            ),
            "Delivery report",
        ),
        described(MIMEMessage(b.reminder()), "Undelivered Message"),
    )
    return finish(
        b,
        msg,
        f"MAILER-DAEMON@{mta} (Mail Delivery System)",
        "Undelivered Mail Returned to Sender",
        (("Auto-Submitted", "auto-replied"),),
    )


def bounce_sendmail_delay(b: Bounce) -> Message:
    host = "mx.westbrookdental.example"
    human = (
        "    **********************************************\n"
        "    **      THIS IS A WARNING MESSAGE ONLY      **\n"
        "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
        "    **********************************************\n\n"
        f"The original message was received at {format_datetime(b.sent.astimezone(b.dt.tzinfo))}\n"
        "from smtp-out1.corvane-systems.example [198.51.100.10]\n\n"
        "   ----- Transcript of session follows -----\n"
        f"<{b.rcpt}>... Deferred: Connection timed out with exchange.westbrookdental.example.\n"
        "Warning: message still undelivered after 4 hours\n"
        "Will keep trying until message is 5 days old\n"
    )
    msg = report(
        text_part(human, "plain", "us-ascii", "7bit"),
        dsn(
            b,
            host,
            "delayed",
            "Connection timed out with exchange.westbrookdental.example.",
            remote="exchange.westbrookdental.example",
        ),
        rfc822_headers(b),
    )
    return finish(
        b,
        msg,
        f"Mail Delivery Subsystem <MAILER-DAEMON@{host}>",
        "Warning: could not send message for past 4 hours",
        (("Auto-Submitted", "auto-generated"),),
    )


def bounce_qmail(b: Bounce) -> Message:
    host = "mail.quayside-signs.example"
    copy = b.reminder().as_string()
    text = (
        f"Hi. This is the qmail-send program at {host}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "Sorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 28814 invoked from network); {format_datetime(b.sent.astimezone(b.dt.tzinfo))}\n"
        f"Received: from smtp-out1.corvane-systems.example (198.51.100.10)\n  by {host} with SMTP; {format_datetime(b.sent.astimezone(b.dt.tzinfo))}\n"
        f"{copy}"
    )
    msg = Message()
    msg.set_payload(text)
    return finish(b, msg, f"MAILER-DAEMON@{host}", "failure notice")


def exchange_parts(text: str, markup: str, charset: str = "utf-8") -> Message:
    alt = MIMEMultipart("alternative")
    alt.attach(text_part(text, "plain", charset, "qp"))
    alt.attach(text_part(markup, "html", charset, "qp"))
    return alt


def exchange_markup(lead: str, rcpt: str, explain: str, admin: str, rest: list[str]) -> str:
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        "<div style=\"font-family:'Segoe UI',Frutiger,Arial,sans-serif\">"
        f'<p style="font-size:15pt;color:#C00000">{esc(lead)}</p>'
        f'<p><a href="mailto:{rcpt}" style="color:#0072C6">{esc(rcpt)}</a></p>'
        f"<p>{esc(explain)}</p><br><br>"
        f'<p style="font-size:10pt"><b>{esc(admin)}</b></p>'
        + "".join(
            f'<p style="font-size:9pt;font-family:Consolas,monospace">{html_br(x)}</p>'
            for x in rest
        )
        + "</div></body></html>\n"
    )


def bounce_exchange_de(b: Bounce) -> Message:
    server = "EXCH02.brenner.intern"
    diag = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    lead = "Ihre Nachricht hat diese Empfänger oder Gruppen nicht erreicht:"
    explain = "Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden. Überprüfen Sie die Adresse des Empfängers und senden Sie die Nachricht erneut. Wenn das Problem weiterhin besteht, wenden Sie sich an Ihren Helpdesk."
    admin = "Diagnoseinformationen für Administratoren:"
    rest = [f"Generierender Server: {server}", f"{b.rcpt}\nRemoteserver hat '{diag}' zurückgegeben"]
    text = f"{lead}\n\n{b.rcpt}\n{explain}\n\n\n\n{admin}\n\n" + "\n\n".join(rest) + "\n"
    msg = report(
        exchange_parts(text, exchange_markup(lead, b.rcpt, explain, admin, rest)),
        dsn(b, server, "failed", diag),
        rfc822_headers(b),
    )
    return finish(
        b,
        msg,
        "Microsoft Outlook <postmaster@brenner-maschinenbau.example>",
        f"Unzustellbar: {b.subject()}",
        (
            ("Auto-Submitted", "auto-replied"),
            ("X-MS-Exchange-Message-Is-Ndr", ""),
            ("Content-Language", "de-DE"),
        ),
    )


def bounce_exim_de(b: Bounce) -> Message:
    host = "mx03.hostsonne.example"
    text = (
        "Diese Nachricht wurde automatisch vom Mailsystem erzeugt.\n\n"
        "Ihre Nachricht konnte seit mehr als 24 Stunden nicht an folgenden Empfänger\n"
        "zugestellt werden:\n\n"
        f"  {b.rcpt}\n"
        "    Das Postfach des Empfängers ist voll (Speicherplatz überschritten).\n"
        "    Verzögerungsgrund: 452 4.2.2 Mailbox quota exceeded\n\n"
        "Das Mailsystem versucht die Zustellung weiterhin. Sie müssen die Nachricht\n"
        "nicht erneut senden. Sollte die Zustellung endgültig scheitern, erhalten Sie\n"
        "eine weitere Benachrichtigung.\n\n"
        "Nachrichten-Kennung:   1vQ7aB-0004Xy-Lm\n"
        f"Betreff der Nachricht: {fit_charset(b.subject(), 'iso-8859-1')}\n"
        f"Datum der Nachricht:   {format_datetime(b.sent.astimezone(b.dt.tzinfo))}\n\n"
        "-- \nHostSonne Webhosting - Mailsystem\n"
    )
    msg = text_part(text, "plain", "iso-8859-1", "qp")
    return finish(
        b,
        msg,
        f"Mail Delivery System <Mailer-Daemon@{host}>",
        "Warnung: Nachricht verzögert - Empfänger-Postfach voll",
        (("Auto-Submitted", "auto-replied"), ("X-Mailer", "Exim 4.97")),
    )


def bounce_gateway_fr(b: Bounce) -> Message:
    host = "filtrage.groupe-vernier.example"
    text = (
        "Ceci est un message automatique de la passerelle de sécurité de messagerie du Groupe Vernier.\n\n"
        f"Votre message à destination de {b.rcpt} a été rejeté et ne sera pas remis.\n\n"
        "Motif : 550 5.7.1 Message refusé par la politique de sécurité (lien vers un domaine non approuvé).\n\n"
        "Si vous pensez qu'il s'agit d'une erreur, contactez votre correspondant par un autre moyen en lui indiquant l'identifiant ci-dessous.\n\n"
        "Identifiant de l'incident : SG-20261204-7F3A91\n"
        f"Objet du message : {b.subject()}\n"
    )
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(text, "plain", "utf-8", "qp"))
    outer.attach(rfc822_headers(b))
    return finish(
        b,
        outer,
        f"Passerelle de securite <postmaster@{host}>",
        f"Message rejeté : {b.subject()}",
        (("Auto-Submitted", "auto-generated"), ("X-Failed-Recipients", b.rcpt)),
    )


def bounce_exchange_es_delay(b: Bounce) -> Message:
    server = "DB8PR10MB3342.EURPRD10.PROD.OUTLOOK.COM"
    diag = "400 4.4.7 Message delayed"
    lead = "La entrega a estos destinatarios o grupos está retrasada:"
    explain = f"Asunto: {b.subject()}\n\nEste mensaje aún no se ha entregado. Seguiremos intentándolo. No tiene que hacer nada; le avisaremos si no se puede entregar."
    admin = "Información de diagnóstico para administradores:"
    rest = [f"Servidor de generación: {server}", f"{b.rcpt}\nEl servidor remoto devolvió '{diag}'"]
    text = f"{lead}\n\n{b.rcpt}\n\n{explain}\n\n\n{admin}\n\n" + "\n\n".join(rest) + "\n"
    msg = report(
        exchange_parts(text, exchange_markup(lead, b.rcpt, explain, admin, rest)),
        dsn(b, server, "delayed", diag),
        rfc822_headers(b),
    )
    return finish(
        b,
        msg,
        "Microsoft Outlook <postmaster@distribucioneslorente.example>",
        f"Entrega retrasada: {b.subject()}",
        (
            ("Auto-Submitted", "auto-replied"),
            ("X-MS-Exchange-Message-Is-Ndr", ""),
            ("Content-Language", "es-ES"),
        ),
    )


def bounce_gmail_es(b: Bounce) -> Message:
    lines = [
        "** No se ha encontrado la dirección **",
        f"Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o no puede recibir correo.",
        "Más información en https://support.google.com/mail/?p=NoSuchUser",
        "La respuesta fue:",
        "The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser d75a77b69052e-4ee1a2c3f81si2204117e0a.310 - gsmtp",
    ]
    alt = MIMEMultipart("alternative")
    alt.attach(text_part("\n\n".join(lines) + "\n", "plain", "utf-8", "qp"))
    alt.attach(
        text_part(
            "<html><body>" + "".join(f"<p>{esc(x)}</p>" for x in lines) + "</body></html>\n",
            "html",
            "utf-8",
            "qp",
        )
    )
    diag = "550-5.1.1 The email account that you tried to reach does not exist."
    msg = report(
        alt,
        dsn(b, "mx.google.com", "failed", diag, remote="gmail-smtp-in.l.google.com"),
        rfc822_headers(b),
    )
    return finish(
        b,
        msg,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Notificación de estado de entrega (error)",
        (("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", b.rcpt)),
    )


def bounce_nl_full(b: Bounce) -> Message:
    host = "mx2.netvoorde.example"
    text = (
        "Dit is een automatisch bericht van de mailserver van NetVoorde Hosting.\n\n"
        "Uw bericht kon niet worden afgeleverd bij de volgende ontvanger:\n\n"
        f"    <{b.rcpt}>\n"
        "    Reden: de mailbox van de ontvanger is vol (552 5.2.2 Mailbox quota exceeded).\n\n"
        "De ontvanger moet eerst ruimte vrijmaken. U kunt uw bericht later opnieuw versturen.\n"
    )
    msg = report(
        text_part(text, "plain", "utf-8", "qp"),
        dsn(
            b,
            host,
            "failed",
            "552 5.2.2 Mailbox quota exceeded",
            remote="mailstore04.netvoorde.example",
        ),
        rfc822_headers(b),
    )
    return finish(
        b,
        msg,
        f"Mail Delivery System <MAILER-DAEMON@{host}>",
        "Onbestelbaar bericht: mailbox vol",
        (("Auto-Submitted", "auto-replied"),),
    )


def bounce_nl_gateway_delay(b: Bounce) -> Message:
    text = (
        "Beste afzender,\n\n"
        f"Uw e-mail aan {b.rcpt} is door ons filter ontvangen en goedgekeurd, maar kon nog niet worden afgeleverd bij de mailserver van de ontvanger.\n\n"
        "Foutmelding: 421 4.4.1 Connection timed out (mail.hoveniersbedrijf-vos.example)\n\n"
        "Wij proberen het de komende vijf dagen automatisch opnieuw. U hoeft niets te doen.\n\n"
        f"Onderwerp: {b.subject()}\n"
        f"Verzonden: {format_datetime(b.sent.astimezone(b.dt.tzinfo))}\n\n"
        "SpamSluis - e-mailbeveiliging voor het mkb\n"
    )
    msg = text_part(text, "plain", "utf-8", "qp")
    return finish(
        b,
        msg,
        "SpamSluis Mailfilter <noreply@spamsluis.example>",
        f"Vertraagde aflevering: {b.subject()}",
        (("Auto-Submitted", "auto-generated"),),
    )


def bounce_exchange_it(b: Bounce) -> Message:
    server = "VI1PR07MB6120.eurprd07.prod.outlook.com"
    diag = "550 5.2.1 STOREDRV.Deliver; mailbox disabled, not accepting messages"
    lead = "Il messaggio non ha raggiunto questi destinatari o gruppi:"
    explain = "La cassetta postale del destinatario è disabilitata e non può ricevere messaggi. Contatta il destinatario in un altro modo e chiedigli di verificare la propria cassetta postale."
    admin = "Informazioni di diagnostica per gli amministratori:"
    rest = [
        f"Server di generazione: {server}",
        f"{b.rcpt}\nIl server remoto ha restituito '{diag}'",
    ]
    text = f"{lead}\n\n{b.rcpt}\n{explain}\n\n\n\n{admin}\n\n" + "\n\n".join(rest) + "\n"
    msg = report(
        exchange_parts(text, exchange_markup(lead, b.rcpt, explain, admin, rest)),
        dsn(b, server, "failed", diag),
        rfc822_headers(b),
    )
    return finish(
        b,
        msg,
        "Microsoft Outlook <postmaster@autofficinagrasso.example>",
        f"Recapito non riuscito: {b.subject()}",
        (
            ("Auto-Submitted", "auto-replied"),
            ("X-MS-Exchange-Message-Is-Ndr", ""),
            ("Content-Language", "it-IT"),
        ),
    )


def bounce_it_delay(b: Bounce) -> Message:
    host = "relay.servizimail-it.example"
    until = b.sent + timedelta(days=5)
    text = (
        "Questo è un avviso automatico: NON è necessario inviare di nuovo il messaggio.\n\n"
        f"Il messaggio per {b.rcpt} è ancora in coda. Il server di destinazione ha interrotto la connessione durante la trasmissione (4.4.2).\n\n"
        f"I tentativi di consegna proseguiranno fino al {until:%d/%m/%Y}. Se non andranno a buon fine riceverai un'ulteriore notifica.\n\n"
        "Servizio di posta - ServiziMail\n"
    )
    msg = report(
        text_part(text, "plain", "utf-8", "qp"),
        dsn(
            b,
            host,
            "delayed",
            "421 4.4.2 Connection dropped during transmission",
            remote="mx.studiodentisticoferri.example",
        ),
        rfc822_headers(b),
    )
    return finish(
        b,
        msg,
        f"Postmaster <postmaster@{host}>",
        "Notifica di ritardo nella consegna",
        (("Auto-Submitted", "auto-replied"),),
    )


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            "bo-en-1",
            "en",
            "hard",
            "5.1.1",
            "finance@harbourviewmotors.example",
            "2026-11-23 08:51 +0000",
            "en-GB",
            2,
            "£1,044.00",
            "Postfix RFC 3464 report with the full returned message",
        ),
        bounce_postfix,
    ),
    (
        Bounce(
            "bo-en-2",
            "en",
            "soft",
            "4.4.1",
            "accounts@westbrookdental.example",
            "2026-12-01 08:36 -0600",
            "en-US",
            242,
            "$1,380.00",
            "sendmail four-hour delay warning",
        ),
        bounce_sendmail_delay,
    ),
    (
        Bounce(
            "bo-en-3",
            "en",
            "hard",
            "5.1.1",
            "billing@quayside-signs.example",
            "2026-12-10 09:14 +0000",
            "en-GB",
            3,
            "£786.00",
            "qmail plain-text bounce, not MIME, the original message copied inline",
        ),
        bounce_qmail,
    ),
    (
        Bounce(
            "bo-de-1",
            "de",
            "hard",
            "5.1.10",
            "einkauf@brenner-maschinenbau.example",
            "2026-11-27 09:48 +0100",
            "de",
            4,
            "6.204,00 €",
            "Exchange NDR in German from the recipient's server",
        ),
        bounce_exchange_de,
    ),
    (
        Bounce(
            "bo-de-2",
            "de",
            "soft",
            "4.2.2",
            "info@lindner-steuerkanzlei.example",
            "2026-12-16 10:05 +0100",
            "de",
            1475,
            "1.318,00 €",
            "Exim delay warning with a German template; mailbox over quota, still retrying",
        ),
        bounce_exim_de,
    ),
    (
        Bounce(
            "bo-fr-1",
            "fr",
            "hard",
            "5.7.1",
            "comptabilite@groupe-vernier.example",
            "2026-12-04 09:41 +0100",
            "fr",
            2,
            "2\u00a0760,00 €",
            "security-gateway rejection in French (policy block, permanent)",
        ),
        bounce_gateway_fr,
    ),
    (
        Bounce(
            "bo-es-1",
            "es",
            "soft",
            "4.4.7",
            "compras@distribucioneslorente.example",
            "2026-12-07 14:02 +0100",
            "es",
            300,
            "3.025,00 €",
            "Exchange Online delay notice in Spanish",
        ),
        bounce_exchange_es_delay,
    ),
    (
        Bounce(
            "bo-es-2",
            "es",
            "hard",
            "5.1.1",
            "ferreteria.elpuerto@gmail.com",
            "2026-12-14 09:37 +0100",
            "es",
            1,
            "418,00 €",
            "Gmail failure notice in Spanish for a free-mail customer",
        ),
        bounce_gmail_es,
    ),
    (
        Bounce(
            "bo-nl-1",
            "nl",
            "soft",
            "5.2.2",
            "administratie@kinderopvang-zonnetje.example",
            "2026-11-30 09:44 +0100",
            "nl",
            2,
            "€ 1.560,00",
            "mailbox full reported with a 5.x code: soft (holdout2 README rule), the code is kept",
        ),
        bounce_nl_full,
    ),
    (
        Bounce(
            "bo-nl-2",
            "nl",
            "soft",
            "4.4.1",
            "info@hoveniersbedrijf-vos.example",
            "2026-12-09 15:20 +0100",
            "nl",
            380,
            "€ 842,00",
            "Dutch security-gateway notice: accepted by the filter, delivery to the customer's server delayed; plain text, no DSN",
        ),
        bounce_nl_gateway_delay,
    ),
    (
        Bounce(
            "bo-it-1",
            "it",
            "hard",
            "5.2.1",
            "ufficio@autofficinagrasso.example",
            "2026-12-02 09:52 +0100",
            "it",
            2,
            "€ 655,00",
            "Exchange Online NDR in Italian: mailbox disabled, permanent",
        ),
        bounce_exchange_it,
    ),
    (
        Bounce(
            "bo-it-2",
            "it",
            "soft",
            "4.4.2",
            "segreteria@studiodentisticoferri.example",
            "2026-12-17 13:10 +0100",
            "it",
            240,
            "€ 2.090,00",
            "Italian relay delay report",
        ),
        bounce_it_delay,
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, checks, output
# --------------------------------------------------------------------------------------------


def as_refs(name: str, value: object) -> list[str]:
    """Invoice refs as a label holds them: a list of strings."""
    if not isinstance(value, list):
        raise SystemExit(f"{name}: invoice_refs {value!r} is not a list")
    refs = [ref for ref in value if isinstance(ref, str)]
    if len(refs) != len(value):
        raise SystemExit(f"{name}: invoice_refs {value!r} are not all strings")
    return refs


def reply_label(r: Reply) -> dict[str, object]:
    label: dict[str, object] = {"intent": r.intent}
    label.update(dict.fromkeys(FIELD_KEYS))
    label.update({k: v for k, v in r.labels.items() if k in FIELD_KEYS})
    label["invoice_refs"] = as_refs(r.key, r.labels.get("invoice_refs", []))
    label["language"] = r.lang
    label["note"] = r.labels.get("note")
    return label


def bounce_label(b: Bounce) -> dict[str, object]:
    label: dict[str, object] = {"intent": "bounce"}
    label.update(dict.fromkeys(FIELD_KEYS))
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


ALLOWED_FIELDS = {
    "payment_sent": {"paid_date", "payment_reference", "amount", "currency"},
    "promise_to_pay": {"promised_date", "amount", "currency"},
    "wrong_contact": {"new_contact"},
    "auto_reply": {"return_date"},
    "bounce": {"bounce_kind", "failed_recipient", "bounce_status"},
}


def check_fields_allowed(name: str, label: dict[str, object]) -> None:
    """Dates parse as ISO dates, and only the fields that belong to the intent are set."""
    intent = label["intent"]
    for key in ("promised_date", "paid_date", "return_date"):
        value = label[key]
        if value is not None:
            date.fromisoformat(str(value))
    allowed = ALLOWED_FIELDS.get(str(intent), set())
    for key in FIELD_KEYS:
        if label[key] is not None and key not in allowed:
            raise SystemExit(f"{name}: {key} set on a {intent} message")


def check_bounce_fields(name: str, label: dict[str, object]) -> None:
    """A bounce names its kind, recipient and status; a 4.x.x status is always soft."""
    if label["intent"] != "bounce":
        return
    if (
        label["bounce_kind"] not in {"hard", "soft"}
        or not label["failed_recipient"]
        or not label["bounce_status"]
    ):
        raise SystemExit(f"{name}: incomplete bounce label")
    status = str(label["bounce_status"])
    if status.startswith("4") and label["bounce_kind"] != "soft":
        raise SystemExit(f"{name}: 4.x.x must be soft")


def check_amount(name: str, label: dict[str, object]) -> None:
    """An amount is digits with two decimals, and comes with a currency."""
    if label["amount"] is None:
        return
    amount = str(label["amount"])
    whole, _, cents = amount.partition(".")
    if not whole.isdigit() or len(cents) != 2 or not cents.isdigit() or label["currency"] is None:
        raise SystemExit(f"{name}: amount {amount!r} / currency")


def check_refs_and_contact(name: str, label: dict[str, object]) -> None:
    """Invoice refs look like CS-INV-NNNNNN; a new contact is a lower-case address."""
    for ref in as_refs(name, label["invoice_refs"]):
        if not (str(ref).startswith("CS-INV-") and len(str(ref)) == 13 and str(ref)[7:].isdigit()):
            raise SystemExit(f"{name}: invoice ref {ref!r}")
    contact = label["new_contact"]
    if contact is not None and (contact != str(contact).lower() or "@" not in str(contact)):
        raise SystemExit(f"{name}: new_contact must be a lower-case address")


def check_label(name: str, label: dict[str, object]) -> None:
    """Validate one label line: key order, intent and language, and every field's shape."""
    if tuple(label) != LABEL_ORDER:
        raise SystemExit(f"{name}: label keys {tuple(label)}")
    if label["intent"] not in INTENTS or label["language"] not in LANGS:
        raise SystemExit(f"{name}: bad intent or language")
    check_fields_allowed(name, label)
    check_bounce_fields(name, label)
    check_amount(name, label)
    check_refs_and_contact(name, label)


def check_headers(name: str, msg: EmailMessage[BaseHeader, str]) -> None:
    """The required headers are present, and every header parses and decodes cleanly."""
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{name}: no {header}")
    for header_name, value in msg.items():
        text = str(value)
        if getattr(value, "defects", None):
            raise SystemExit(f"{name}: header {header_name} defects {value.defects}")
        if "=?" in text or "\ufffd" in text:
            raise SystemExit(f"{name}: header {header_name} not decoded: {text!r}")
    sent = msg["Date"]
    if not isinstance(sent, DateHeader) or sent.datetime is None:
        raise SystemExit(f"{name}: Date {sent!r} does not parse")
    day = sent.datetime.date()
    if not FIRST_DAY <= day <= LAST_DAY:
        raise SystemExit(f"{name}: date {day} out of range")


def check_text_parts(name: str, msg: EmailMessage[BaseHeader, str]) -> None:
    """No part has defects, and there is at least one text part, all of it decodable."""
    texts = 0
    for part in msg.walk():
        if part.defects:
            raise SystemExit(f"{name}: part defects {part.defects}")
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if "\ufffd" in content:
                raise SystemExit(f"{name}: undecodable text part")
            texts += 1
    if not texts:
        raise SystemExit(f"{name}: no text part")


def check_label_in_text(
    name: str, msg: EmailMessage[BaseHeader, str], label: dict[str, object]
) -> None:
    """The labelled invoice refs and new contact appear in the message's text."""
    refs = as_refs(name, label["invoice_refs"])
    body = "\n".join(p.get_content() for p in msg.walk() if p.get_content_maintype() == "text")
    for ref in refs:
        if str(ref) not in body:
            raise SystemExit(f"{name}: {ref} not in the message")
    if label["new_contact"] and str(label["new_contact"]) not in body.lower():
        raise SystemExit(f"{name}: new_contact not in the message")


def check_message(name: str, data: bytes, label: dict[str, object]) -> None:
    """Re-parse the written bytes and check them, and check them against the label."""
    msg = message_from_bytes(data, policy=policy.default)
    if msg.defects:
        raise SystemExit(f"{name}: defects {msg.defects}")
    check_headers(name, msg)
    check_text_parts(name, msg)
    check_label_in_text(name, msg, label)


def count_table(labels: list[dict[str, object]]) -> str:
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    lines = ["| intent | " + " | ".join(LANGS) + " | total |", "|---|" + "---:|" * (len(LANGS) + 1)]
    for intent in INTENTS:
        row = [cells[intent, lang] for lang in LANGS]
        lines.append(f"| {intent} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    totals = [sum(cells[i, lang] for i in INTENTS) for lang in LANGS]
    lines.append(
        "| **total** | " + " | ".join(f"**{t}**" for t in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(lines)


def check_corpus(items: list[tuple[str, Message, dict[str, object]]]) -> None:
    keys = [k for k, _, _ in items]
    if len(keys) != 120 or len(set(keys)) != len(keys):
        raise SystemExit("need 120 distinct keys")
    per_intent = Counter(str(lab_["intent"]) for _, _, lab_ in items)
    if any(per_intent[i] != 12 for i in INTENTS):
        raise SystemExit(f"need 12 per intent: {per_intent}")
    cells = Counter((str(lab_["intent"]), str(lab_["language"])) for _, _, lab_ in items)
    missing = [(i, lang) for i in INTENTS for lang in LANGS if not cells[i, lang]]
    if missing:
        raise SystemExit(f"uncovered intent x language: {missing}")
    kinds = Counter(str(lab_["bounce_kind"]) for _, _, lab_ in items if lab_["intent"] == "bounce")
    if kinds != Counter(hard=6, soft=6):
        raise SystemExit(f"bounces: {kinds}")
    invoices = [r.invoice for r in REPLIES] + [b.invoice for b, _ in BOUNCES]
    if len(set(invoices)) != len(invoices):
        raise SystemExit("two reminders share an invoice number")
    bodies = [r.body for r in REPLIES]
    if len(set(bodies)) != len(bodies):
        raise SystemExit("two messages share their text")


def all_items() -> list[tuple[str, Message, dict[str, object]]]:
    items = [(r.key, build_reply(r), reply_label(r)) for r in REPLIES]
    items += [(b.key, build(b), bounce_label(b)) for b, build in BOUNCES]
    return items


def write_all() -> list[dict[str, object]]:
    items = all_items()
    check_corpus(items)
    random.Random(SEED).shuffle(items)
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels = []
    for number, (_, msg, label) in enumerate(items, start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = msg.as_bytes(policy=msg.policy.clone(max_line_length=998))
        full = {"file": name, **label}
        check_label(name, full)
        check_message(name, data, full)
        (HERE / name).write_bytes(data)
        labels.append(full)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels


def main() -> int:
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: hard {kinds['hard']}, soft {kinds['soft']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
