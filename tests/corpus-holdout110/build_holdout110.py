# ruff: noqa: C901, E501, RUF001
# (The second line keeps ruff quiet where the two codes above are not enabled.)
# Message text is kept one paragraph a line, as mail clients send it, with the typographic
# dashes, quotes and accents that people and their clients really type.
"""Build held-out reply corpus 110: the ``h110-NNN.eml`` files and ``labels.jsonl``.

Every message answers, or reports on, an overdue reminder sent by the accounts team of
Ridgeway Minibus Hire. The new text of each message is written by hand further down; this
script only adds what a mail client or a mail server would add: the quoted reminder in the
client's layout and language, the headers, the MIME structure, the charsets and the transfer
encodings. Run it from anywhere: it writes next to itself and always produces the same bytes.
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
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from email import charset as cs
from email import message_from_bytes, policy
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import cast

HERE = Path(__file__).resolve().parent
SEED = "holdout110-20290702"
PREFIX = "h110"
AR_NAME = "Ridgeway Accounts"
AR_ADDR = "invoices@ridgeway-minibus.example"
AR_DOMAIN = "ridgeway-minibus.example"
AR_MTA = "mail.ridgeway-minibus.example"
UK = timezone(timedelta(hours=1))  # BST in July
CE = timezone(timedelta(hours=2))  # CEST in July
FIRST_DAY = date(2029, 7, 2)
LAST_DAY = date(2029, 7, 27)
LANGS = ("en", "de", "fr", "es", "nl", "it")
LANG_TARGET = {"en": 30, "de": 18, "fr": 18, "es": 18, "nl": 18, "it": 18}
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
# Which label fields each intent may fill (all others stay null).
INTENT_FIELDS: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "amount", "currency"}),
    "auto_reply": frozenset({"return_date"}),
    "wrong_contact": frozenset({"new_contact"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
}
INVOICE_RE = re.compile(r"RMH \d{4}/\d{2}")

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

# Gmail's attribution line in each interface language.
GMAIL_ATTR = {
    "en": "On {wda}, {d} {mona} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {wda}, {d}. {mona} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wda} {d} {mona} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wda}, {d} {mona} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wda} {d} {mona} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wda} {d} {mona} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
# Apple Mail and iOS Mail.
APPLE_ATTR = {
    "en": "On {d} {mona} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mona} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {mona} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mona} {y}, om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mona} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
# Thunderbird.
TB_ATTR = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{mm}, {name} ha scritto:",
}
# Outlook desktop: separator line, field names, and the separator between name and value.
OUTLOOK_FIELDS = {
    "en": ("-----Original Message-----", ("From", "Sent", "To", "Subject"), ": "),
    "de": (
        "-----Ursprüngliche Nachricht-----",
        ("Von", "Gesendet", "An", "Betreff"),
        ": ",
    ),
    "fr": ("-----Message d'origine-----", ("De", "Envoyé", "À", "Objet"), " : "),
    "es": ("-----Mensaje original-----", ("De", "Enviado el", "Para", "Asunto"), ": "),
    "nl": (
        "-----Oorspronkelijk bericht-----",
        ("Van", "Verzonden", "Aan", "Onderwerp"),
        ": ",
    ),
    "it": ("-----Messaggio originale-----", ("Da", "Inviato", "A", "Oggetto"), ": "),
}
OUTLOOK_SENT = {
    "en": "{dd} {mon} {y} {HH}:{mm}",
    "de": "{wd}, {d}. {mon} {y} {HH}:{mm}",
    "fr": "{wd} {d} {mon} {y} {HH}:{mm}",
    "es": "{wd}, {d} de {mon} de {y} {H}:{mm}",
    "nl": "{wd} {d} {mon} {y} {HH}:{mm}",
    "it": "{wd} {d} {mon} {y} {HH}:{mm}",
}
OUTLOOK_RE = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
OUTLOOK_LANG = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
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
    "fr": "Télécharger Outlook pour Android",
    "es": "Obtener Outlook para Android",
    "nl": "Outlook voor Android downloaden",
    "it": "Scarica Outlook per Android",
}
AUTO_SUBJECT = {
    "en": "Automatic reply: ",
    "de": "Automatische Antwort: ",
    "fr": "Réponse automatique : ",
    "es": "Respuesta automática: ",
    "nl": "Automatisch antwoord: ",
    "it": "Risposta automatica: ",
}

# --------------------------------------------------------------------------------------------
# The reminder every reply answers (Ridgeway's own wording, one version per language)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Payment overdue – invoice {inv}",
    "de": "Zahlungserinnerung – Rechnung {inv}",
    "fr": "Relance – facture {inv} impayée",
    "es": "Recordatorio de pago – factura {inv}",
    "nl": "Betalingsherinnering – factuur {inv}",
    "it": "Sollecito di pagamento – fattura {inv}",
}
REMINDER_DUE = {
    "en": "{d} {mon} {y}",
    "de": "{dd}.{mo}.{y}",
    "fr": "{d} {mon} {y}",
    "es": "{d} de {mon} de {y}",
    "nl": "{d} {mon} {y}",
    "it": "{d} {mon} {y}",
}
REMINDER_BODY = {
    "en": """Hello,

Our records show that invoice {inv} for {amt} was due for payment on {due} and is still outstanding.

If you have already paid, please disregard this reminder, or let us know the payment date so that we can match it on our side. If not, we would be grateful if you could settle the balance by bank transfer, quoting the invoice number as your reference.

Any questions about the invoice? Just reply to this e-mail and we will be glad to help.

Kind regards,

Accounts Team
Ridgeway Minibus Hire Ltd
Unit 7, Ridgeway Business Park, Wantage, Oxfordshire
01632 960 418 | invoices@ridgeway-minibus.example""",
    "de": """Guten Tag,

laut unserer Buchhaltung ist die Rechnung {inv} über {amt} seit dem {due} fällig und noch nicht beglichen.

Sollten Sie die Zahlung bereits veranlasst haben, betrachten Sie diese Erinnerung bitte als gegenstandslos oder teilen Sie uns kurz das Zahlungsdatum mit. Andernfalls bitten wir Sie, den offenen Betrag unter Angabe der Rechnungsnummer zu überweisen.

Bei Fragen zur Rechnung antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen

Buchhaltung
Ridgeway Minibus Hire Ltd
Unit 7, Ridgeway Business Park, Wantage, Oxfordshire, Vereinigtes Königreich
+44 1632 960 418 | invoices@ridgeway-minibus.example""",
    "fr": """Bonjour,

Sauf erreur de notre part, la facture {inv} d'un montant de {amt}, échue le {due}, reste impayée à ce jour.

Si vous avez déjà effectué le règlement, merci de ne pas tenir compte de ce message ou de nous indiquer la date du virement. Dans le cas contraire, nous vous remercions de bien vouloir régler le solde par virement en rappelant le numéro de facture.

Pour toute question concernant cette facture, il vous suffit de répondre à ce message.

Cordialement,

Service comptabilité
Ridgeway Minibus Hire Ltd
Unit 7, Ridgeway Business Park, Wantage, Oxfordshire, Royaume-Uni
+44 1632 960 418 | invoices@ridgeway-minibus.example""",
    "es": """Buenos días:

Según nuestros registros, la factura {inv} por importe de {amt}, con vencimiento el {due}, sigue pendiente de pago.

Si ya han realizado el pago, les rogamos que ignoren este aviso o nos indiquen la fecha de la transferencia. En caso contrario, les agradeceríamos que abonaran el importe pendiente mediante transferencia bancaria, indicando el número de factura como concepto.

Para cualquier consulta sobre la factura, basta con responder a este correo.

Un saludo,

Departamento de contabilidad
Ridgeway Minibus Hire Ltd
Unit 7, Ridgeway Business Park, Wantage, Oxfordshire, Reino Unido
+44 1632 960 418 | invoices@ridgeway-minibus.example""",
    "nl": """Goedendag,

Volgens onze administratie is factuur {inv} ter waarde van {amt}, met vervaldatum {due}, nog niet voldaan.

Heeft u inmiddels betaald, dan kunt u deze herinnering als niet verzonden beschouwen of ons de betaaldatum laten weten. Zo niet, dan verzoeken wij u het openstaande bedrag over te maken onder vermelding van het factuurnummer.

Heeft u vragen over de factuur? Beantwoord dan gewoon deze e-mail.

Met vriendelijke groet,

Afdeling administratie
Ridgeway Minibus Hire Ltd
Unit 7, Ridgeway Business Park, Wantage, Oxfordshire, Verenigd Koninkrijk
+44 1632 960 418 | invoices@ridgeway-minibus.example""",
    "it": """Buongiorno,

dai nostri archivi risulta che la fattura {inv} di {amt}, scaduta il {due}, non è ancora stata saldata.

Se avete già provveduto al pagamento, vi preghiamo di non tenere conto del presente sollecito o di comunicarci la data del bonifico. In caso contrario, vi chiediamo cortesemente di saldare l'importo tramite bonifico bancario indicando il numero di fattura nella causale.

Per qualsiasi domanda sulla fattura è sufficiente rispondere a questa e-mail.

Cordiali saluti,

Ufficio contabilità
Ridgeway Minibus Hire Ltd
Unit 7, Ridgeway Business Park, Wantage, Oxfordshire, Regno Unito
+44 1632 960 418 | invoices@ridgeway-minibus.example""",
}
# What a Latin-1 client does to characters that Latin-1 does not have.
LATIN1_FIXES = {"–": "-", "€": "EUR", "’": "'", "…": "..."}

# --------------------------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------------------------


def written(text: str) -> str:
    """A hand-written body kept flush left in a triple-quoted string."""
    return text.strip("\n").rstrip()


@dataclass(frozen=True)
class Reply:
    """One hand-written message: who wrote it, when, with which client, and its labels."""

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    style: str
    body: str
    labels: Mapping[str, object]
    inv: str
    amt: str
    cur: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    subject: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    threaded: bool = True
    rdays: int = 1

    @property
    def dt(self) -> datetime:
        """The message's own Date, with the sender's offset."""
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def currency(self) -> str:
        """The invoice currency: sterling for UK customers, euros for the others."""
        if self.cur:
            return self.cur
        return "GBP" if self.dt.utcoffset() == timedelta(hours=1) else "EUR"


def lab(
    refs: tuple[str, ...] = (),
    note: str | None = None,
    **fields: str | None,
) -> dict[str, object]:
    """Label fields beyond intent and language; ``refs`` are the invoices in the new text."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label keys {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


@dataclass(frozen=True)
class Bounce:
    """A delivery report about a reminder sent to ``rcpt``; ``build`` names the skeleton."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    inv: str
    amt: str
    build: str
    note: str | None = None

    @property
    def dt(self) -> datetime:
        """The report's own Date."""
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")


# --------------------------------------------------------------------------------------------
# Dates, ids and text helpers
# --------------------------------------------------------------------------------------------


def dfields(lang: str, dt: datetime | date) -> dict[str, str]:
    """Every piece of a date that the locale templates use."""
    wd, mo = dt.weekday(), dt.month - 1
    hour = dt.hour if isinstance(dt, datetime) else 0
    minute = dt.minute if isinstance(dt, datetime) else 0
    return {
        "wd": WEEKDAYS[lang].split()[wd],
        "wda": WEEKDAYS_ABBR[lang].split()[wd],
        "mon": MONTHS[lang].split()[mo],
        "mona": MONTHS_ABBR[lang].split()[mo],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "HH": f"{hour:02d}",
        "H": str(hour),
        "mm": f"{minute:02d}",
    }


def fmt(template: str, lang: str, dt: datetime | date, **extra: str) -> str:
    """Fill a locale template with the parts of ``dt``."""
    return template.format(**dfields(lang, dt), **extra)


def money(amount: str, currency: str, lang: str) -> str:
    """An amount as Ridgeway's reminder prints it in each language."""
    plain = f"{Decimal(amount):,.2f}"
    symbol = "£" if currency == "GBP" else "€"
    if lang == "en":
        return f"{symbol}{plain}"
    continental = plain.replace(",", " ").replace(".", ",")
    if lang == "fr":
        return f"{continental} {symbol}"
    continental = continental.replace(" ", ".")
    if lang in {"nl", "it"}:
        return f"{symbol} {continental}"
    return f"{continental} {symbol}"


def digest(key: str, salt: str) -> bytes:
    """A stable hash of a message key."""
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    """A stable base32 token derived from a message key."""
    return base64.b32encode(digest(key, salt)).decode()[:n]


def reminder_msgid(key: str) -> str:
    """The Message-ID of the reminder that a message answers."""
    return f"<rmd.{b32(key, 'reminder', 16).lower()}@{AR_DOMAIN}>"


def reminder_sent(reply: datetime, rdays: int) -> datetime:
    """The reminder went out a little after nine (UK time) on a working day before the reply."""
    day = reply.astimezone(UK).date() - timedelta(days=rdays)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return datetime(day.year, day.month, day.day, 9, 1 + day.day % 9, 37, tzinfo=UK)


def reply_msgid(key: str, style: str, addr: str) -> str:
    """A Message-ID shaped like the one the sender's client would make."""
    domain = addr.split("@")[1]
    raw = digest(key, "msgid")
    if style in {"gmail", "gmail_plain"}:
        return f"<CAM{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:38]}@mail.gmail.com>"
    if style in OUTLOOK_FAMILY:
        return f"<{b32(key, 'ms', 30)}@{b32(key, 'srv', 7)}.EURP195.PROD.OUTLOOK.COM>"
    if style in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{raw.hex()[:26]}@{domain}>"


def latin1_safe(text: str) -> str:
    """Replace what a Latin-1 client cannot send."""
    for bad, good in LATIN1_FIXES.items():
        text = text.replace(bad, good)
    return text


def quote_lines(text: str) -> str:
    """Quote with ``>`` the way mail clients do (an empty line gets a bare ``>``)."""
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def html_lines(text: str) -> str:
    """Text to HTML, one ``<br>`` per line break."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    """Text to HTML paragraphs, one per blank-line-separated block."""
    return "\n".join(f"<p>{html_lines(p)}</p>" for p in text.split("\n\n"))


def word_paragraphs(text: str) -> str:
    """Text to Word's ``MsoNormal`` paragraphs, one per line."""
    out = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "<o:p>&nbsp;</o:p>"
        out.append(f'<p class="MsoNormal">{inner}</p>')
    return "\n".join(out)


def flowed(text: str, width: int = 74) -> str:
    """Encode text as format=flowed (RFC 3676): soft breaks end in a space."""
    out: list[str] = []
    for raw in text.split("\n"):
        line = raw.rstrip(" ")
        match = re.match(r"^(>+ ?)", line)
        prefix = match.group(1) if match else ""
        content = line[len(prefix) :]
        if not prefix and (content.startswith((" ", "From ", ">"))):
            content = " " + content  # space-stuffing
        if len(prefix) + len(content) <= width:
            out.append(prefix + content)
            continue
        words = content.split(" ")
        current = ""
        for word in words:
            candidate = f"{current} {word}" if current else word
            if current and len(prefix) + len(candidate) > width:
                out.append(prefix + current + " ")
                current = word
            else:
                current = candidate
        out.append(prefix + current)
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# MIME parts and headers
# --------------------------------------------------------------------------------------------


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """A text part in the given charset and transfer encoding (qp, b64, 8bit or 7bit)."""
    text.encode(charset)  # raises if the hand-written text does not fit the charset
    if cte == "7bit" and not text.isascii():
        raise ValueError("7bit needs ASCII text")
    chs = cs.Charset(charset)
    if cte == "qp":
        chs.body_encoding = cs.QP
    elif cte == "b64":
        chs.body_encoding = cs.BASE64
    else:
        chs.body_encoding = None  # type: ignore[assignment]
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, chs)
    return part


def header_text(value: str, charset: str, name: str = "Subject") -> str:
    """A header value as the client encodes it (RFC 2047 encoded words when not ASCII)."""
    if value.isascii():
        return value
    enc = charset if charset != "us-ascii" else "utf-8"
    try:
        value.encode(enc)
    except UnicodeEncodeError:
        enc = "utf-8"
    return Header(value, enc, header_name=name).encode()


def address(name: str, addr: str, charset: str) -> str:
    """A From or To address, with the display name encoded when it is not ASCII."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    enc = charset if charset in {"iso-8859-1", "windows-1252"} else "utf-8"
    return f"{Header(name, enc).encode()} <{addr}>"


def content_headers_last(msg: Message) -> None:
    """Move the MIME headers below the envelope headers, where clients put them."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value


def strip_part_versions(part: Message, top: bool = True) -> None:
    """Only the top of a message (or of a message attached inside it) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    if part.is_multipart():
        attached = part.get_content_type() == "message/rfc822"
        for sub in cast(list[Message], part.get_payload()):
            if isinstance(sub, Message):
                strip_part_versions(sub, top=attached)


BOUNDARY_SHAPE = {
    "gmail": "0000000000{}",
    "apple": "Apple-Mail=_{}",
    "iphone": "Apple-Mail-{}",
    "advice": "----=_NextPart_{}",
}


def fix_boundaries(msg: Message, key: str, style: str) -> None:
    """Deterministic boundaries, shaped like the sending software's own."""
    shape = BOUNDARY_SHAPE.get(style, "_000_{}_" if style in OUTLOOK_FAMILY else "=_{}")
    parts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(parts):
        part.set_boundary(shape.format(b32(key, f"boundary{n}", 26)))


def finalize(msg: Message, key: str, style: str) -> Message:
    """Header order, MIME-Version only at the top, fixed boundaries."""
    if "MIME-Version" not in msg and "Content-Type" in msg:
        msg["MIME-Version"] = "1.0"
    content_headers_last(msg)
    strip_part_versions(msg)
    fix_boundaries(msg, key, style)
    return msg


# --------------------------------------------------------------------------------------------
# The quoted reminder, as each client shows it
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quote:
    """The reminder as the replying client sees it (times in the sender's zone)."""

    text: str
    subject: str
    sent: datetime
    lang: str
    to: str


def reminder_subject(lang: str, inv: str) -> str:
    """The reminder's subject line."""
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_text(lang: str, inv: str, amt: str, currency: str, sent: datetime) -> str:
    """The reminder's body; the invoice fell due three weeks before the reminder."""
    due = fmt(REMINDER_DUE[lang], lang, sent.date() - timedelta(days=21))
    return REMINDER_BODY[lang].format(inv=inv, amt=money(amt, currency, lang), due=due)


def make_quote(r: Reply) -> Quote:
    """What the reply quotes."""
    sent = reminder_sent(r.dt, r.rdays).astimezone(r.dt.tzinfo)
    text = reminder_text(r.lang, r.inv, r.amt, r.currency, sent)
    subject = reminder_subject(r.lang, r.inv)
    if r.charset == "iso-8859-1":
        text, subject = latin1_safe(text), latin1_safe(subject)
    name, addr = r.who
    return Quote(text, subject, sent, r.lang, f"{name} <{addr}>" if name else addr)


def outlook_lines(q: Quote) -> list[str]:
    """The From/Sent/To/Subject lines of an Outlook reply header."""
    _, names, sep = OUTLOOK_FIELDS[q.lang]
    values = (
        f"{AR_NAME} <{AR_ADDR}>",
        fmt(OUTLOOK_SENT[q.lang], q.lang, q.sent),
        q.to,
        q.subject,
    )
    return [f"{n}{sep}{v}" for n, v in zip(names, values, strict=True)]


def gmail_attr(q: Quote) -> str:
    """Gmail's attribution line."""
    return fmt(GMAIL_ATTR[q.lang], q.lang, q.sent, name=AR_NAME, addr=AR_ADDR)


def apple_attr(q: Quote) -> str:
    """Apple Mail's attribution line."""
    return fmt(APPLE_ATTR[q.lang], q.lang, q.sent, name=AR_NAME, addr=AR_ADDR)


def alternative(r: Reply, text: str, markup: str) -> Message:
    """A multipart/alternative with a plain and an HTML version."""
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(text, "plain", r.charset, r.cte))
    outer.attach(text_part(markup, "html", r.charset, r.cte))
    return outer


def style_outlook(r: Reply, q: Quote) -> Message:
    """Outlook desktop, plain text, with the localised original-message block."""
    sep = OUTLOOK_FIELDS[q.lang][0]
    block = "\n".join([sep, *outlook_lines(q)])
    return text_part(f"{r.body}\n\n{block}\n\n{q.text}\n", "plain", r.charset, r.cte)


def word_html(r: Reply, q: Quote) -> str:
    """Outlook's Word-generated HTML with the grey divider above the reply header."""
    _, names, sep = OUTLOOK_FIELDS[q.lang]
    head = "<br>\n".join(
        f"<b>{html.escape(n)}{html.escape(sep.rstrip())}</b> {html.escape(line.split(sep, 1)[1])}"
        for n, line in zip(names, outlook_lines(q), strict=True)
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle19 {mso-style-type:personal-reply;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n"
        f'<body lang="{OUTLOOK_LANG[r.lang]}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{word_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{word_paragraphs(q.text)}\n</div>\n</body>\n</html>\n"
    )


def style_outlook_html(r: Reply, q: Quote) -> Message:
    """Outlook desktop HTML: multipart/alternative, Word markup."""
    text = "\n".join([r.body, "", *outlook_lines(q), "", q.text, ""])
    return alternative(r, text, word_html(r, q))


def style_html_only(r: Reply, q: Quote) -> Message:
    """Outlook configured to send HTML without a plain-text alternative."""
    return text_part(word_html(r, q), "html", r.charset, r.cte)


def style_android(r: Reply, q: Quote) -> Message:
    """Outlook for Android: plain text, always base64."""
    block = "\n".join(outlook_lines(q))
    text = f"{r.body}\n\n{ANDROID_SIG[q.lang]}\n{'_' * 32}\n{block}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def style_gmail(r: Reply, q: Quote) -> Message:
    """Gmail web: multipart/alternative with the gmail_quote blockquote."""
    attr = gmail_attr(q)
    text = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_lines(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )
    return alternative(r, text, markup)


def style_gmail_plain(r: Reply, q: Quote) -> Message:
    """Gmail in plain-text mode: ``>`` quoting below the attribution line."""
    text = f"{r.body}\n\n{gmail_attr(q)}\n\n{quote_lines(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def style_apple(r: Reply, q: Quote) -> Message:
    """Apple Mail on a Mac, plain text."""
    text = f"{r.body}\n\n{apple_attr(q)}\n\n{quote_lines(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def style_iphone(r: Reply, q: Quote) -> Message:
    """iOS Mail: the localised signature, then the attribution inside the quote."""
    quoted = quote_lines(f"{apple_attr(q)}\n\n{q.text}")
    return text_part(f"{r.body}\n\n{IPHONE_SIG[q.lang]}\n\n{quoted}\n", "plain", r.charset, r.cte)


def style_thunderbird(r: Reply, q: Quote) -> Message:
    """Thunderbird: attribution line, ``>`` quoting, format=flowed."""
    attr = fmt(TB_ATTR[q.lang], q.lang, q.sent, name=AR_NAME)
    text = flowed(f"{r.body}\n\n{attr}\n{quote_lines(q.text)}\n")
    part = text_part(text, "plain", r.charset, r.cte)
    part.set_param("format", "flowed")
    return part


def style_notice(r: Reply, q: Quote) -> Message:
    """An automatic notice: it quotes nothing."""
    del q
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


def style_advice(r: Reply, q: Quote) -> Message:
    """An accounts-payable system's remittance advice: plain text plus a monospace HTML copy."""
    del q
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset='
        + r.charset
        + '"></head><body>\n<pre style="font-family:Consolas,\'Courier New\',monospace;font-size:10pt">'
        + html.escape(r.body, quote=False)
        + "</pre>\n</body></html>\n"
    )
    return alternative(r, r.body + "\n", markup)


STYLES: dict[str, Callable[[Reply, Quote], Message]] = {
    "outlook": style_outlook,
    "outlook_html": style_outlook_html,
    "html_only": style_html_only,
    "android": style_android,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "apple": style_apple,
    "iphone": style_iphone,
    "thunderbird": style_thunderbird,
    "notice": style_notice,
    "advice": style_advice,
}
OUTLOOK_FAMILY = frozenset({"outlook", "outlook_html", "html_only", "android"})
STYLE_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3864.100.1.2)"),),
    "iphone": (("X-Mailer", "iPhone Mail (23A341)"),),
    "thunderbird": (
        (
            "User-Agent",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Thunderbird/140.3.0",
        ),
    ),
}


def reply_subject(r: Reply, q: Quote) -> str:
    """The subject: the client's reply prefix, or a hand-set subject."""
    if r.subject:
        return r.subject.format(rsub=q.subject)
    prefix = OUTLOOK_RE[q.lang] if r.style in OUTLOOK_FAMILY else "Re: "
    return prefix + q.subject


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    """The extra headers Outlook adds."""
    return [
        ("Thread-Topic", header_text(q.subject, r.charset, "Thread-Topic")),
        ("Thread-Index", base64.b64encode(digest(r.key, "thread")[:22]).decode()),
        ("Accept-Language", f"{OUTLOOK_LANG[r.lang]}, en-US"),
        ("Content-Language", OUTLOOK_LANG[r.lang]),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def build_reply(r: Reply) -> Message:
    """The whole message for one hand-written reply or notice."""
    q = make_quote(r)
    msg = STYLES[r.style](r, q)
    msg["From"] = address(*r.who, r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    msg["Subject"] = header_text(reply_subject(r, q), r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r.key, r.style, r.who[1])
    if r.threaded:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    extra = outlook_headers(r, q) if r.style in OUTLOOK_FAMILY else []
    for name, value in [*extra, *STYLE_HEADERS.get(r.style, ()), *r.headers]:
        msg[name] = value
    return finalize(msg, r.key, r.style)


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO = ("Auto-Submitted", "auto-replied")
AUTO_GEN = ("Auto-Submitted", "auto-generated")
XAUTO = ("X-Autoreply", "yes")
XARS = ("X-Auto-Response-Suppress", "All")

PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Gareth Pritchard", "gaz.pritchard71@gmail.com"),
        "2029-07-03 21:17 +0100",
        "iphone",
        "Paid.",
        lab(note="one-word reply from a club treasurer; no date given"),
        inv="RMH 0409/29",
        amt="380.00",
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        (
            "Halcyon Logistics plc - Accounts Payable",
            "ap-remittance@halcyon-logistics.example",
        ),
        "2029-07-10 06:12 +0100",
        "advice",
        written("""
REMITTANCE ADVICE

To:   Ridgeway Minibus Hire Ltd (supplier no. 400218)
From: Halcyon Logistics plc, Accounts Payable Shared Service Centre

We have made the following payment to your account.

Payment date:       10/07/2029
Payment method:     BACS
Payment reference:  HLP0071188

Invoice no.     Invoice date   Our document   Amount (GBP)
RMH 0388/29     14/05/2029     5100093321         1,140.00
RMH 0431/29     01/06/2029     5100093874           865.50

Total paid:                                   GBP 2,005.50

Please allow up to three working days for the funds to reach your account.

This message was generated automatically and replies to this address are not monitored. For payment queries write to apqueries@halcyon-logistics.example quoting your supplier number.
"""),
        lab(
            ("RMH 0388/29", "RMH 0431/29"),
            paid_date="2029-07-10",
            payment_reference="HLP0071188",
            amount="2005.50",
            currency="GBP",
            note="AP-system remittance advice covering two invoices; not threaded, quotes nothing; the query address in the footer is not a new contact",
        ),
        inv="RMH 0431/29",
        amt="865.50",
        subject="Remittance Advice - Halcyon Logistics plc - Payment HLP0071188",
        headers=(("X-Mailer", "Halcyon ERP Notification Service 7.2"),),
        threaded=False,
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Maureen Hollis", "maureen.hollis58@gmail.com"),
        "2029-07-09 14:55 +0100",
        "gmail",
        written("""
Hello there,

Sorry I'm only just getting back to you, it has been absolute chaos here since the wedding. I wanted to say first of all that your driver, I think his name was Phil, was a real star on the day. He waited for the bridesmaids when they were running late (my fault, the hairdresser overran) and he even helped Grandad with his wheelchair at the church, which I thought was above and beyond. Everyone commented on how clean the minibus was and the ribbons on the front looked lovely in the photos.

Anyway the reason I'm writing is the bill. My husband Keith did the transfer on Saturday morning from our joint account, it was £640 and he put HOLLIS WEDDING as the reference because he couldn't fit the invoice number in, I hope that's all right. He says it went out straight away.

One other thing, could you possibly send me a copy of the invoice? I had it printed out and stuck on the fridge and I think it went in the recycling with the cards. I'd like it for my records.

Thanks again for making the day so special.

Maureen Hollis
"""),
        lab(
            paid_date="2029-07-07",
            payment_reference="HOLLIS WEDDING",
            amount="640.00",
            currency="GBP",
            note="long and rambling, the payment is buried mid-message; 'Saturday' before Mon 9 July; the request for a copy is secondary",
        ),
        inv="RMH 0421/29",
        amt="640.00",
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Petra Schäfer-Lindner", "sekretariat@gymnasium-wallgraben.example"),
        "2029-07-06 10:31 +0200",
        "outlook",
        written("""
Sehr geehrte Damen und Herren,

die Rechnung RMH 0402/29 über 2.380,00 € für die Busfahrten während unseres Austauschprogramms wurde am 04.07.2029 von der Stadtkasse Verden angewiesen. Das Kassenzeichen lautet 5.0412.118822.

Die Verzögerung bitten wir zu entschuldigen. Rechnungen der Schule müssen vom Schulträger freigegeben werden, und das hat in diesem Fall leider länger gedauert.

Mit freundlichen Grüßen
im Auftrag

Petra Schäfer-Lindner
Schulsekretariat
Gymnasium am Wallgraben
Am Wallgraben 12
27283 Verden (Aller)
"""),
        lab(
            ("RMH 0402/29",),
            paid_date="2029-07-04",
            payment_reference="5.0412.118822",
            amount="2380.00",
            currency="EUR",
            note="a public school's payment instructed by the town treasury; 'angewiesen' = sent",
        ),
        inv="RMH 0402/29",
        amt="2380.00",
        charset="windows-1252",
        headers=(XARS,),
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Julien Marchetti", "j.marchetti@rc-pezenas.example"),
        "2029-07-11 08:03 +0200",
        "iphone",
        written("""
Bonjour

c'est réglé, virement fais hier soir depuis le compte du club. désolé pour le retard on était en tournée

Julien
"""),
        lab(
            paid_date="2029-07-10",
            note="typos, mobile; 'hier soir' = the day before Wed 11 July",
        ),
        inv="RMH 0436/29",
        amt="1150.00",
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        (
            "Azur Evasion - Comptabilite fournisseurs",
            "noreply-paiements@azur-evasion.example",
        ),
        "2029-07-12 17:20 +0200",
        "advice",
        written("""
AVIS DE PAIEMENT N° AV-2029-07-0412

Émetteur :     Azur Évasion SAS - Service comptabilité fournisseurs
Bénéficiaire : RIDGEWAY MINIBUS HIRE LTD

Nous vous informons qu'un virement a été émis en votre faveur.

Date d'émission :        12/07/2029
Référence du virement :  VIR-2029-0712-044
Montant total :          3 150,00 EUR

Détail des pièces réglées :
  Facture RMH 0455/29 du 08/06/2029          3 150,00 EUR

Ce message est généré automatiquement, merci de ne pas y répondre.
"""),
        lab(
            ("RMH 0455/29",),
            paid_date="2029-07-12",
            payment_reference="VIR-2029-0712-044",
            amount="3150.00",
            currency="EUR",
            note="French AP payment advice; not threaded, quotes nothing",
        ),
        inv="RMH 0455/29",
        amt="3150.00",
        charset="iso-8859-1",
        subject="Avis de paiement n° AV-2029-07-0412 - RIDGEWAY MINIBUS HIRE LTD",
        threaded=False,
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Rocío Navarro", "administracion@academialinguaviva.example"),
        "2029-07-17 12:10 +0200",
        "outlook_html",
        written("""
Buenos días:

Les confirmamos que la factura RMH 0468/29 quedó pagada el viernes pasado mediante transferencia por importe de 1.920,00 €. Les enviaremos el justificante en cuanto nos lo facilite el banco.

Disculpen el retraso, coincidió con el cierre del curso de verano.

Un saludo,

Rocío Navarro
Administración
Academia Lingua Viva – Valencia
"""),
        lab(
            ("RMH 0468/29",),
            paid_date="2029-07-13",
            amount="1920.00",
            currency="EUR",
            note="'el viernes pasado' from Tue 17 July = Fri 13 July",
        ),
        inv="RMH 0468/29",
        amt="1920.00",
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Marta Ibáñez", "marta@ibanez-eventos.example"),
        "2029-07-23 13:40 +0200",
        "iphone",
        "hecho",
        lab(note="one lower-case word ('done') answering a payment reminder = paid; no date"),
        inv="RMH 0474/29",
        amt="540.00",
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Bart Verhoeven", "penningmeester@mhcdelinge.example"),
        "2029-07-18 20:15 +0200",
        "thunderbird",
        written("""
Goedenavond,

Het bedrag van € 1.275,00 is vandaag overgemaakt onder vermelding van het factuurnummer. Excuses voor de vertraging: onze penningmeester was op vakantie en ik ben pas sinds kort zijn vervanger.

Met sportieve groet,

Bart Verhoeven
MHC De Linge – waarnemend penningmeester
"""),
        lab(paid_date="2029-07-18", amount="1275.00", currency="EUR"),
        inv="RMH 0449/29",
        amt="1275.00",
        cte="8bit",
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        ("Femke de Graaf", "f.degraaf@vandijk-evenementen.example"),
        "2029-07-17 07:58 +0200",
        "android",
        written("""
Goedemorgen,

Beide facturen (RMH 0429/29 en 0430/29) zijn gisteren meegenomen in onze betaalrun, totaal € 4.412,50. Betalingskenmerk 2029-BR-0716-3381.

Groet,
Femke de Graaf
Financiële administratie Van Dijk Evenementen
"""),
        lab(
            ("RMH 0429/29", "RMH 0430/29"),
            paid_date="2029-07-16",
            payment_reference="2029-BR-0716-3381",
            amount="4412.50",
            currency="EUR",
            note="two invoices in one payment run yesterday; '0430/29' normalised",
        ),
        inv="RMH 0429/29",
        amt="2206.25",
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Francesca Oldani", "segreteria@corosangiorgio.example"),
        "2029-07-05 11:22 +0200",
        "apple",
        written("""
Buongiorno,

il bonifico è partito stamattina dal conto dell'associazione, appena la banca ci manda la contabile ve la inoltro. Scusate il ritardo, ma tra il concerto a Oxford e il rientro non siamo riusciti a occuparcene prima.

Un caro saluto,
Francesca Oldani
Segreteria – Coro Polifonico San Giorgio
"""),
        lab(paid_date="2029-07-05", note="'stamattina' = the message date"),
        inv="RMH 0414/29",
        amt="1680.00",
    ),
    Reply(
        "ps-it-2",
        "payment_sent",
        "it",
        ("Massimo Greco", "massimo.greco@tecnoviaggi-bari.example"),
        "2029-07-02 18:05 +0200",
        "android",
        written("""
GIA PAGATO IL 28/06 CONTROLLATE MEGLIO

Massimo
"""),
        lab(
            paid_date="2029-06-28",
            note="all caps; 'già pagato' with a day/month date; the irritation is not a dispute",
        ),
        inv="RMH 0391/29",
        amt="890.00",
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pp-en-1",
        "promise_to_pay",
        "en",
        ("Helen Marsh", "h.marsh@kestrelacademies.example"),
        "2029-07-10 11:05 +0100",
        "outlook_html",
        written("""
Hi,

Thanks for the reminder. RMH 0412/29 has been approved and is on Friday's payment run, so you should see it early next week.

Kind regards,
Helen

Helen Marsh
Finance Officer
Kestrel Academies Trust
01632 960 271
"""),
        lab(
            ("RMH 0412/29",),
            promised_date="2029-07-13",
            note="past tense 'approved' announces Friday's run (Fri 13 July); arrival 'early next week' is not the promised date",
        ),
        inv="RMH 0412/29",
        amt="1475.00",
    ),
    Reply(
        "pp-en-2",
        "promise_to_pay",
        "en",
        ("Dawn Ackroyd", "dawn@lowfieldchoir.example"),
        "2029-07-13 16:48 +0100",
        "iphone",
        written("""
Hi, I'm out of the office at the moment (on holiday in Whitby!) and don't have the cheque book with me. I'm back next Thursday and will get a cheque in the post to you that day. Sorry for the wait.

Dawn
Lowfield Community Choir
"""),
        lab(
            promised_date="2029-07-19",
            note="a person writing, though the subject says out of office; 'next Thursday' from Fri 13 July = 19 July",
        ),
        inv="RMH 0451/29",
        amt="455.00",
        subject="Out of office - {rsub}",
    ),
    Reply(
        "pp-en-3",
        "promise_to_pay",
        "en",
        ("Rob Kinsella", "secretary@harlowvale-harriers.example"),
        "2029-07-19 22:40 +0100",
        "gmail_plain",
        written("""
Evening,

Apologies for the slow reply, it's been a mad few weeks. We got back from the Dales relay on the Sunday night and then half the committee went straight off on holiday, and Gill, our treasurer, has had a house move on top of everything, so the club post and emails have all been landing on me as secretary.

First off, thanks to Tony for the driving. The lads were a bit rowdy on the way back after the presentation and he took it in good spirits. I've had a word with them about the crisp packets, and if there was a cleaning issue please let me know.

On the invoice, Gill has the bank login but she's given me the go-ahead, and we'll pay it on the 15th when the summer subs come in. There's always a bit of a gap in July until then.

Also, can you pencil us in for the cross-country league fixture in October? I'll send dates when the fixture list comes out.

Cheers,
Rob Kinsella
Hon. Secretary, Harlow Vale Harriers
"""),
        lab(
            promised_date="2029-08-15",
            note="rambling, the promise is buried; 'the 15th' after 19 July = 15 August; the booking request is secondary",
        ),
        inv="RMH 0459/29",
        amt="1320.00",
    ),
    Reply(
        "pp-de-1",
        "promise_to_pay",
        "de",
        ("Sabine Kröger", "buchhaltung@bergmann-eventtechnik.example"),
        "2029-07-25 09:14 +0200",
        "outlook",
        written("""
Guten Morgen,

die Rechnung RMH 0466/29 liegt uns vor und ist sachlich geprüft. Die Zahlung ist für KW 34 eingeplant.

Mit freundlichen Grüßen

Sabine Kröger
Buchhaltung
Bergmann Eventtechnik GmbH
Hansaring 41, 50670 Köln
"""),
        lab(
            ("RMH 0466/29",),
            promised_date="2029-08-20",
            note="ISO week 34 of 2029 starts Monday 20 August; a week resolves to its Monday",
        ),
        inv="RMH 0466/29",
        amt="3240.00",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "pp-de-2",
        "promise_to_pay",
        "de",
        ("Uwe Brandt", "uwe.brandt@tsv-lindenau-handball.example"),
        "2029-07-16 19:02 +0200",
        "gmail",
        written("""
Hallo zusammen,

noch nicht bezahlt, sorry – ist bei mir total untergegangen. Ich überweise das am Donnerstag, da komm ich wieder ans Vereinskonto.

Sportliche Grüße
Uwe
"""),
        lab(
            promised_date="2029-07-19",
            note="'noch nicht' followed by a promise; Thursday after Mon 16 July",
        ),
        inv="RMH 0442/29",
        amt="760.00",
    ),
    Reply(
        "pp-fr-1",
        "promise_to_pay",
        "fr",
        ("Nathalie Sorel", "comptabilite@voyages-cap-horizon.example"),
        "2029-07-20 14:32 +0200",
        "outlook_html",
        written("""
Bonjour,

Nous avons bien reçu votre relance. La facture RMH 0461/29 est validée et sera réglée en fin de mois, avec nos autres fournisseurs.

Bien cordialement,

Nathalie Sorel
Comptabilité – Voyages Cap Horizon
12 rue des Tanneurs, 31000 Toulouse
"""),
        lab(
            ("RMH 0461/29",),
            promised_date="2029-07-31",
            note="'en fin de mois' = 31 July",
        ),
        inv="RMH 0461/29",
        amt="2760.00",
    ),
    Reply(
        "pp-es-1",
        "promise_to_pay",
        "es",
        ("Íñigo Arrieta", "tesoreria@clubremo-kaiarriba.example"),
        "2029-07-11 21:30 +0200",
        "iphone",
        "Hola, perdona la tardanza. Lo pagamos a finales de mes, que es cuando pasamos las cuotas a los socios. Un saludo, Íñigo",
        lab(promised_date="2029-07-31", note="'a finales de mes' = 31 July"),
        inv="RMH 0438/29",
        amt="980.00",
    ),
    Reply(
        "pp-es-2",
        "promise_to_pay",
        "es",
        ("Carmen Velasco Ruiz", "cvelasco@fundacion-horizontes.example"),
        "2029-07-24 10:05 +0200",
        "outlook",
        written("""
Estimados señores:

Les confirmo que la factura RMH 0471/29 ha sido aprobada por dirección y se abonará el 10/08 junto con el resto de pagos a proveedores.

Atentamente,

Carmen Velasco Ruiz
Responsable de Administración
Fundación Horizontes – Madrid
"""),
        lab(
            ("RMH 0471/29",),
            promised_date="2029-08-10",
            note="'10/08' is day/month in Spanish usage",
        ),
        inv="RMH 0471/29",
        amt="1450.00",
        charset="windows-1252",
    ),
    Reply(
        "pp-nl-1",
        "promise_to_pay",
        "nl",
        ("Koen Jansen", "k.jansen@stedelijkcollege-zwolle.example"),
        "2029-07-12 13:12 +0200",
        "gmail_plain",
        written("""
Beste heer/mevrouw,

We betalen de factuur over twee weken, dan is de bijdrage van de ouders voor de Engelandreis binnen. Ik hoop dat dat akkoord is.

Met vriendelijke groet,
Koen Jansen
Coördinator internationalisering
Stedelijk College Zwolle
"""),
        lab(
            promised_date="2029-07-26",
            note="'over twee weken' from Thu 12 July = 26 July; the reason is an explanation, not a condition put to us",
        ),
        inv="RMH 0433/29",
        amt="1890.00",
    ),
    Reply(
        "pp-nl-2",
        "promise_to_pay",
        "nl",
        ("Sanne Willems", "sanne@studiowillems.example"),
        "2029-07-24 08:41 +0200",
        "android",
        "Nog niet, komt vrijdag. Groet Sanne",
        lab(
            promised_date="2029-07-27",
            note="'nog niet' is not a refusal; Friday after Tue 24 July",
        ),
        inv="RMH 0476/29",
        amt="420.00",
    ),
    Reply(
        "pp-it-1",
        "promise_to_pay",
        "it",
        ("Giulia Ferretti", "giulia@ferrettiweddings.example"),
        "2029-07-16 15:27 +0200",
        "gmail",
        written("""
Buongiorno,

grazie per il promemoria. Gli sposi mi hanno appena girato la loro quota, quindi provvederemo al saldo della fattura entro fine mese.

Un saluto cordiale,
Giulia Ferretti
Ferretti Weddings – matrimoni nel Regno Unito
"""),
        lab(promised_date="2029-07-31", note="'entro fine mese' = 31 July"),
        inv="RMH 0447/29",
        amt="2150.00",
    ),
    Reply(
        "pp-it-2",
        "promise_to_pay",
        "it",
        ("Tecnoalp S.r.l. - Amministrazione", "amministrazione@tecnoalp.example"),
        "2029-07-23 09:48 +0200",
        "outlook",
        written("""
Buongiorno,

vi informiamo che il pagamento della fattura RMH 0464/29 di EUR 1.980,00 è stato autorizzato e partirà con la distinta di venerdì 27.

Cordiali saluti

Laura Bianchi
Ufficio Amministrazione
Tecnoalp S.r.l. - Trento
"""),
        lab(
            ("RMH 0464/29",),
            promised_date="2029-07-27",
            amount="1980.00",
            currency="EUR",
            note="past tense 'è stato autorizzato' describes a future payment on Fri 27 July",
        ),
        inv="RMH 0464/29",
        amt="1980.00",
        charset="iso-8859-1",
    ),
]

DISPUTE = [
    Reply(
        "d-en-1",
        "dispute",
        "en",
        ("Mark Whitfield", "m.whitfield@stbedesprimary.example"),
        "2029-07-04 15:30 +0100",
        "outlook_html",
        written("""
Dear Accounts,

We have paid £420 for the outward journey to the Cotswold Wildlife Park on 21 June, but we will not be paying the remaining £420 on RMH 0397/29.

The return coach never arrived. We waited in the car park with 38 Year 4 children from 3pm until almost half past four, nobody answered your out-of-hours number, and in the end parents had to come and collect their children. I can send you the head teacher's incident note if you need it.

Please issue a credit note for the return leg.

Regards,
Mark Whitfield
School Business Manager
St Bede's C of E Primary School
"""),
        lab(
            ("RMH 0397/29",),
            note="paid half, refuses the rest: the dispute wins over the payment claim",
        ),
        inv="RMH 0397/29",
        amt="840.00",
    ),
    Reply(
        "d-en-2",
        "dispute",
        "en",
        ("Lee Chambers", "lee.chambers@ashdownunited.example"),
        "2029-07-09 08:15 +0100",
        "gmail",
        written("""
We have NOT paid this and we're not going to until someone explains why we've been charged for a 33 seater when a 16 seater turned up. Half the squad had to follow in their own cars to Swindon. Not impressed.

Lee Chambers
Ashdown United FC (Under 18s)
"""),
        lab(note="negated payment with the reason; the condition is part of the dispute"),
        inv="RMH 0425/29",
        amt="1090.00",
    ),
    Reply(
        "d-en-3",
        "dispute",
        "en",
        ("Priya Raman", "priya.raman@calderwood-conferences.example"),
        "2029-07-26 10:48 +0100",
        "thunderbird",
        written("""
Dear Sir or Madam,

Invoice RMH 0478/29 – airport shuttle, Calderwood Leadership Summit, 11–12 July

We dispute the waiting-time charge of £285.00 on this invoice. Our booking confirmation (ref. CW-SHUT-0612) set out a fixed price for both days, including waiting at Heathrow Terminal 5, and our event manager released the vehicle at 18:10 on 12 July, well within the agreed window.

We will pay the undisputed balance of £2,130.00 on receipt of a credit note for the waiting time.

Yours faithfully,

Priya Raman
Finance Business Partner
Calderwood Conferences Ltd
"""),
        lab(
            ("RMH 0478/29",),
            note="formal dispute of one charge; paying the balance is conditional on a credit note",
        ),
        inv="RMH 0478/29",
        amt="2415.00",
        cte="8bit",
    ),
    Reply(
        "d-de-1",
        "dispute",
        "de",
        ("Jürgen Hallmann", "j.hallmann@hallmann-reisen.example"),
        "2029-07-05 16:20 +0200",
        "outlook",
        written("""
Guten Tag,

die Rechnung ist noch nicht bezahlt, und zwar aus gutem Grund: Sie haben uns drei Transfers Heathrow–Oxford berechnet, gefahren wurden aber nur zwei. Den Transfer am 18.06. haben wir am 12.06. schriftlich storniert, die Mail an Ihre Disposition liegt uns vor.

Bitte schicken Sie uns eine korrigierte Rechnung über zwei Fahrten. Den Betrag dafür überweisen wir dann umgehend.

Mit freundlichen Grüßen
Jürgen Hallmann
Hallmann Reisen GmbH & Co. KG
"""),
        lab(note="'noch nicht bezahlt' with a reason: one of three transfers was cancelled"),
        inv="RMH 0405/29",
        amt="1860.00",
        charset="windows-1252",
    ),
    Reply(
        "d-de-2",
        "dispute",
        "de",
        ("Kathrin Vogel", "k.vogel@posaunenchor-eschenbach.example"),
        "2029-07-20 18:55 +0200",
        "gmail",
        written("""
Hallo,

die Reinigungspauschale von 150 € auf der Rechnung RMH 0458/29 akzeptieren wir nicht. Der Bus war bei der Rückgabe sauber, wir haben sogar selbst noch durchgefegt, und vor Ort hat uns niemand auf irgendetwas hingewiesen. Fotos vom Innenraum kann ich gerne schicken.

Den Rest zahlen wir, sobald die Pauschale gestrichen ist.

Viele Grüße
Kathrin Vogel
Posaunenchor Eschenbach e.V.
"""),
        lab(
            ("RMH 0458/29",),
            note="contested cleaning fee; payment of the rest is conditional",
        ),
        inv="RMH 0458/29",
        amt="1345.00",
    ),
    Reply(
        "d-fr-1",
        "dispute",
        "fr",
        ("Sébastien Roux", "sebastien.roux@usmontauban-rugby.example"),
        "2029-07-06 12:45 +0200",
        "apple",
        written("""
Bonjour,

Nous ne réglerons pas cette facture en l'état. Le car est arrivé à l'hôtel avec 1 h 30 de retard le samedi matin, nos joueurs ont raté l'échauffement et nous avons dû demander à l'organisateur de décaler le coup d'envoi. Personne ne nous a prévenus.

Nous attendons une proposition de geste commercial avant de parler paiement.

Sébastien Roux
Responsable des déplacements – US Montauban Rugby (section cadets)
"""),
        lab(note="late vehicle; no payment until a reduction is offered"),
        inv="RMH 0418/29",
        amt="1540.00",
    ),
    Reply(
        "d-fr-2",
        "dispute",
        "fr",
        ("Hélène Marchal", "h.marchal@college-saintexupery-lille.example"),
        "2029-07-10 09:37 +0200",
        "html_only",
        written("""
Madame, Monsieur,

Cette prestation a déjà été facturée sous le numéro RMH 0381/29, que nous avons réglée le 12 juin. La facture RMH 0427/29 porte sur le même trajet (Douvres – Canterbury, 28 mai) et constitue donc un doublon.

Merci d'annuler cette seconde facture et de nous adresser un avoir.

Cordialement,

Hélène Marchal
Intendante
Collège Saint-Exupéry – Lille
"""),
        lab(
            ("RMH 0381/29", "RMH 0427/29"),
            note="duplicate billing; the payment mentioned is of the earlier invoice; HTML-only",
        ),
        inv="RMH 0427/29",
        amt="960.00",
    ),
    Reply(
        "d-es-1",
        "dispute",
        "es",
        ("Alejandro Soto", "asoto@colegio-alcazaba.example"),
        "2029-07-13 17:50 +0200",
        "android",
        written("""
Buenas tardes,

No estamos de acuerdo con el suplemento de 260 € por peajes y aparcamiento. En el presupuesto que nos mandasteis en marzo ponía claramente «todo incluido». Os reenvío el presupuesto si hace falta.

Hasta que no nos mandéis la factura corregida no vamos a pagar nada.

Alejandro Soto
Colegio Alcazaba – Departamento de Inglés
"""),
        lab(note="contested surcharge; the corrected invoice asked for is part of the dispute"),
        inv="RMH 0444/29",
        amt="2080.00",
    ),
    Reply(
        "d-nl-1",
        "dispute",
        "nl",
        ("Ruud Bakker", "r.bakker@bakker-bouwadvies.example"),
        "2029-07-03 11:25 +0200",
        "outlook",
        written("""
Goedemorgen,

Dit bedrag klopt niet. Wij hadden telefonisch een vaste prijs van € 950,- afgesproken voor het personeelsuitje naar Londen, inclusief chauffeur. U rekent nu € 1.240,-. Het verschil is nergens mee onderbouwd.

Graag een gecorrigeerde factuur, dan betalen wij de afgesproken € 950,-.

Met vriendelijke groet,

Ruud Bakker
Bakker Bouwadvies B.V.
"""),
        lab(
            note="price disagreement; paying the agreed price is conditional on a corrected invoice"
        ),
        inv="RMH 0392/29",
        amt="1240.00",
        charset="windows-1252",
    ),
    Reply(
        "d-nl-2",
        "dispute",
        "nl",
        ("Priscilla Mensah", "p.mensah@debrugschool.example"),
        "2029-07-18 21:44 +0200",
        "iphone",
        "we betalen dit niet de bus was smerig de airco deed het niet en we hebben 3 uur in de hitte gezeten met 40 kinderen van groep 8 bel me maar als u wilt praten",
        lab(note="no punctuation; refusal with reasons"),
        inv="RMH 0452/29",
        amt="1620.00",
    ),
    Reply(
        "d-it-1",
        "dispute",
        "it",
        ("Paolo Ferraris", "paolo.ferraris@liceovolta-como.example"),
        "2029-07-09 10:12 +0200",
        "gmail_plain",
        written("""
Buongiorno,

la fattura comprende anche il transfer di rientro dall'ostello all'aeroporto di Stansted del 25 giugno, che non c'è mai stato: il pullman non si è presentato e abbiamo dovuto prendere due taxi a nostre spese (ricevute disponibili).

Non possiamo pagare un servizio non ricevuto. Attendiamo una nota di credito.

Prof. Paolo Ferraris
Liceo Scientifico A. Volta – Como
"""),
        lab(note="a transfer billed but never provided"),
        inv="RMH 0423/29",
        amt="1120.00",
    ),
    Reply(
        "d-it-2",
        "dispute",
        "it",
        ("Elena Rinaldi", "e.rinaldi@rinaldi-eventi.example"),
        "2029-07-17 16:05 +0200",
        "outlook_html",
        written("""
Gentili signori,

abbiamo già saldato la parte relativa al transfer di sabato (€ 600,00), come da preventivo. Le 6 ore di attesa addebitate per domenica, invece, non erano mai state concordate: il vostro autista ha deciso di restare a disposizione di sua iniziativa e nessuno dei nostri gliel'ha chiesto.

Vi chiediamo pertanto di stornare l'importo residuo di € 780,00.

Cordiali saluti,
Elena Rinaldi
Rinaldi Eventi – Milano
"""),
        lab(note="paid part, contests the rest: dispute"),
        inv="RMH 0450/29",
        amt="1380.00",
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pl-en-1",
        "payment_plan",
        "en",
        ("Danny Okoro", "danny@okorotours.example"),
        "2029-07-06 23:10 +0100",
        "gmail_plain",
        written("""
Hi,

I know this is late and I'm sorry. Honestly things have been really tight since two of my stag groups cancelled on me in June and I didn't get the deposits back from the venue. I can't clear the full £1,185 in one go.

Could I pay £200 a month starting at the end of July? I'll set up a standing order so you don't have to chase me.

Danny
Okoro Tours
"""),
        lab(note="hardship plus monthly instalments; plan dates and amounts are not labelled"),
        inv="RMH 0399/29",
        amt="1185.00",
    ),
    Reply(
        "pl-en-2",
        "payment_plan",
        "en",
        ("Alison Hart", "parishoffice@stmaryswelbury.example"),
        "2029-07-11 12:20 +0100",
        "outlook",
        written("""
Dear Ridgeway team,

Thank you for your patience. I have transferred £500 this morning towards invoice 0437/29, and the remaining £735 will follow at the end of August once the proceeds from our summer fête are banked.

I hope that arrangement is acceptable; do let me know if not.

With best wishes,

Revd Alison Hart
Parish Office, St Mary's Welbury
"""),
        lab(
            ("RMH 0437/29",),
            note="part paid this morning, the rest at the end of August → payment_plan, not payment_sent",
        ),
        inv="RMH 0437/29",
        amt="1235.00",
        charset="windows-1252",
    ),
    Reply(
        "pl-en-3",
        "payment_plan",
        "en",
        ("Graham Eddison", "graham.eddison@wrexley-council.example"),
        "2029-07-19 14:02 +0100",
        "outlook_html",
        written("""
Good afternoon,

I'm writing regarding RMH 0453/29 (home-to-school transport cover, June).

The council is moving to a new finance system this month and supplier payments are paused until the migration is complete. Could we ask for an extension of 30 days on this invoice? There is no issue with the amount and it has been approved by the service.

Apologies for the inconvenience.

Graham Eddison
Contracts Officer, Passenger Transport Unit
Wrexley Borough Council
"""),
        lab(("RMH 0453/29",), note="public body asks for more time → payment_plan"),
        inv="RMH 0453/29",
        amt="4860.00",
        headers=(XARS,),
    ),
    Reply(
        "pl-de-1",
        "payment_plan",
        "de",
        ("Martina Lehmkuhl", "kasse@foerderverein-gs-ahlten.example"),
        "2029-07-10 20:30 +0200",
        "thunderbird",
        written("""
Sehr geehrte Damen und Herren,

als Förderverein einer Grundschule finanzieren wir die Klassenfahrten zum Teil aus Spenden, und die sind in diesem Jahr deutlich geringer ausgefallen als geplant. Wir möchten die Rechnung daher gern in drei Monatsraten zu je 440 € begleichen, die erste Ende Juli.

Wäre das für Sie in Ordnung?

Mit freundlichen Grüßen
Martina Lehmkuhl
Kassenwartin, Förderverein der Grundschule Ahlten e.V.
"""),
        lab(note="three monthly instalments asked for"),
        inv="RMH 0426/29",
        amt="1320.00",
        cte="8bit",
    ),
    Reply(
        "pl-de-2",
        "payment_plan",
        "de",
        ("Henrik Olsen", "h.olsen@olsen-consulting.example"),
        "2029-07-24 07:35 +0200",
        "apple",
        written("""
Guten Morgen,

ich kann aktuell nur die Hälfte zahlen – 1.450 € gehen heute raus, den Rest überweise ich Mitte September, wenn unser größter Kunde seine Rechnung beglichen hat.

Ich hoffe, das passt so.

Beste Grüße
Henrik Olsen
"""),
        lab(note="half now, the rest in mid-September → payment_plan"),
        inv="RMH 0473/29",
        amt="2900.00",
    ),
    Reply(
        "pl-fr-1",
        "payment_plan",
        "fr",
        ("Claire Dubois-Martin", "tresorerie@ape-jeanmoulin-lyon.example"),
        "2029-07-08 17:15 +0200",
        "gmail",
        written("""
Bonjour,

Je suis trésorière bénévole de l'association des parents d'élèves. Nous avons bien reçu votre relance et nous sommes désolés pour ce retard : le voyage a coûté plus cher que prévu et une partie des familles n'a pas encore versé sa participation.

Serait-il possible de régler la facture en trois fois (juillet, août, septembre) ? Nous pouvons faire un premier virement de 600 € dès la semaine prochaine.

Merci d'avance pour votre compréhension,
Claire Dubois-Martin
APE école Jean Moulin – Lyon
"""),
        lab(note="three instalments asked for; the first transfer is only offered"),
        inv="RMH 0420/29",
        amt="1800.00",
        rdays=2,
    ),
    Reply(
        "pl-fr-2",
        "payment_plan",
        "fr",
        ("Gérard Lemaire", "g.lemaire@lemaire-evenements.example"),
        "2029-07-16 10:00 +0200",
        "outlook",
        written("""
Madame, Monsieur,

Nous accusons réception de votre courriel du 13 juillet relatif à la facture RMH 0441/29.

En raison de difficultés de trésorerie passagères, nous sollicitons un délai de paiement de soixante jours. Nous vous confirmons que le montant n'est pas contesté et qu'il sera intégralement réglé à l'issue de ce délai.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Gérard Lemaire
Gérant
Lemaire Événements SARL - Amiens
"""),
        lab(
            ("RMH 0441/29",),
            note="very formal request for sixty more days → payment_plan",
        ),
        inv="RMH 0441/29",
        amt="3600.00",
        charset="iso-8859-1",
    ),
    Reply(
        "pl-es-1",
        "payment_plan",
        "es",
        ("Nuria Castells", "nuria.castells@hotmail.es"),
        "2029-07-14 11:20 +0200",
        "iphone",
        "Hola! ¿Podríamos pagarlo en dos veces? La mitad ahora y la otra mitad en septiembre, que en verano vamos muy justos. Gracias, Nuria",
        lab(note="two instalments asked for"),
        inv="RMH 0446/29",
        amt="760.00",
    ),
    Reply(
        "pl-es-2",
        "payment_plan",
        "es",
        ("Javier Montero", "jmontero@montero-producciones.example"),
        "2029-07-20 19:40 +0200",
        "outlook_html",
        written("""
Hola a todos:

Os escribo con un poco de vergüenza. Como sabéis, el rodaje en Bath se alargó casi una semana más de lo previsto, la productora que nos contrató todavía no nos ha pagado la última certificación y, para rematar, se nos averió una de las furgonetas de cámara a la vuelta. En resumen: ahora mismo la caja está bajo mínimos.

No quiero dejaros colgados, porque vuestro servicio fue impecable y el conductor, Ian, se ganó a todo el equipo. Mi propuesta es pagaros 995 € al mes durante cuatro meses a partir de agosto, y si cobramos antes lo que nos deben, lo liquido de golpe.

¿Os parecería bien? Si necesitáis algo firmado, decídmelo.

Un abrazo,
Javier Montero
Montero Producciones S.L.
"""),
        lab(note="long hardship story; four monthly payments proposed"),
        inv="RMH 0460/29",
        amt="3980.00",
    ),
    Reply(
        "pl-nl-1",
        "payment_plan",
        "nl",
        ("Ingrid Smit", "ingrid.smit@korfbalclubdevalk.example"),
        "2029-07-04 19:10 +0200",
        "gmail",
        written("""
Goedenavond,

Zouden we een betalingsregeling kunnen treffen? Ons voorstel: vier termijnen van € 300, telkens aan het begin van de maand, te beginnen in augustus. De clubkas is na het toernooi in Engeland even leeg.

Alvast bedankt,
Ingrid Smit
Penningmeester KV De Valk
"""),
        lab(note="four instalments proposed"),
        inv="RMH 0400/29",
        amt="1200.00",
    ),
    Reply(
        "pl-it-1",
        "payment_plan",
        "it",
        ("Roberta Colombo", "roberta.colombo@libero.it"),
        "2029-07-21 09:30 +0200",
        "iphone",
        "Buongiorno, è possibile rateizzare in 3 rate mensili? Purtroppo questo mese non riesco a pagare tutto insieme. Grazie mille, Roberta",
        lab(note="three monthly instalments asked for"),
        inv="RMH 0463/29",
        amt="870.00",
    ),
    Reply(
        "pl-it-2",
        "payment_plan",
        "it",
        ("Stefano Marini", "s.marini@asd-pallavolo-rovereto.example"),
        "2029-07-26 12:15 +0200",
        "outlook",
        written("""
Buongiorno,

vi abbiamo versato oggi un acconto di € 500,00. Il saldo di € 1.040,00 lo verseremo a settembre, alla ripresa dell'attività e delle quote d'iscrizione.

Restiamo a disposizione per qualsiasi chiarimento.

Stefano Marini
Tesoriere – ASD Pallavolo Rovereto
"""),
        lab(note="deposit paid today, balance in September → payment_plan"),
        inv="RMH 0477/29",
        amt="1540.00",
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Anouk Peeters", "ap.sharedservices@vandermeer-pharma.example"),
        "2029-07-05 09:40 +0200",
        "outlook_html",
        written("""
Dear Supplier,

We are unable to process invoice RMH 0419/29 as it does not quote a valid purchase order number. Under our group policy, invoices without a PO are returned unpaid.

Please reissue the invoice quoting PO 4500912376 and send it to this mailbox. Once we receive the corrected invoice it will be paid in the next scheduled payment run.

Kind regards,

Anouk Peeters
Accounts Payable Shared Services (EMEA)
Vandermeer Pharma B.V. – Eindhoven
"""),
        lab(
            ("RMH 0419/29",),
            note="will pay once the invoice carries a PO: invoice_request; English from a continental sender (CEST)",
        ),
        inv="RMH 0419/29",
        amt="2640.00",
        headers=(XARS,),
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Becky Lawson", "becky@lawsonflorals.example"),
        "2029-07-17 13:03 +0100",
        "iphone",
        "whats this for?? never seen an invoice from you, can you send it over pls",
        lab(note="asks what the charge is and for the invoice"),
        inv="RMH 0454/29",
        amt="310.00",
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Sarah Whitlock", "bursar@greyfriarsprep.example"),
        "2029-07-02 10:25 +0100",
        "outlook",
        written("""
Good morning,

Before we can release this payment our finance system needs you set up as a supplier. Could you please send us your bank details on company letterhead, together with your VAT number? We aren't able to take bank details from an e-mail alone.

As soon as we have these the invoice will go into the next payment run.

Many thanks,

Sarah Whitlock
Bursar
Greyfriars Preparatory School
"""),
        lab(note="bank details on letterhead needed before paying; amount not contested"),
        inv="RMH 0386/29",
        amt="1965.00",
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Tobias Reuter", "einkauf@reuter-maschinenbau.example"),
        "2029-07-11 14:18 +0200",
        "outlook_html",
        written("""
Guten Tag,

Ihre Rechnung RMH 0439/29 können wir leider nicht bearbeiten, da unsere Bestellnummer fehlt und die Rechnungsanschrift nicht stimmt. Richtig ist: Reuter Maschinenbau GmbH, Werk 2, Industriestraße 8, 73430 Aalen.

Bitte senden Sie uns eine korrigierte Rechnung mit der Bestellnummer BE-2029-04417. Die Zahlung erfolgt dann innerhalb unseres üblichen Zahlungsziels.

Mit freundlichen Grüßen
Tobias Reuter
Einkauf / Kreditorenbuchhaltung
"""),
        lab(
            ("RMH 0439/29",),
            note="reissue with order number and address; amount not contested",
        ),
        inv="RMH 0439/29",
        amt="2175.00",
    ),
    Reply(
        "ir-de-2",
        "invoice_request",
        "de",
        ("Lars Petersen", "lars.petersen@gmx.de"),
        "2029-07-22 18:20 +0200",
        "thunderbird",
        written("""
Hallo,

ich habe bei Ihnen dieses Jahr mehrere Fahrten für unseren Chor gebucht und blicke ehrlich gesagt nicht mehr durch, was schon bezahlt ist und was nicht. Können Sie mir bitte eine Aufstellung aller offenen Posten schicken? Dann überweise ich alles auf einmal.

Danke und Gruß
Lars Petersen
"""),
        lab(note="statement of open items asked for before paying"),
        inv="RMH 0465/29",
        amt="540.00",
        cte="8bit",
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Amandine Leroy", "amandine.leroy@atelier-leroy.example"),
        "2029-07-04 12:55 +0200",
        "iphone",
        "Bonjour, pouvez-vous me renvoyer la facture en PDF svp ? je ne l'ai jamais reçue, ou alors elle est partie dans les spams. Merci. Amandine",
        lab(note="asks for the invoice again"),
        inv="RMH 0401/29",
        amt="450.00",
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Olivier Garnier", "finances@mairie-saintaubin.example"),
        "2029-07-18 11:12 +0200",
        "outlook",
        written("""
Bonjour,

En tant que collectivité publique, nous ne pouvons payer que les factures déposées sur la plateforme Chorus Pro. Votre facture RMH 0448/29 nous a été adressée par courriel et ne peut donc pas être mise en paiement.

Merci de la déposer sur Chorus Pro en indiquant notre SIRET 217 600 000 00012 et le numéro d'engagement 2029-0385. Le délai de paiement de 30 jours courra à compter de ce dépôt.

Cordialement,

Olivier Garnier
Service des finances
Mairie de Saint-Aubin-sur-Mer
"""),
        lab(
            ("RMH 0448/29",),
            note="a public body needs the invoice filed on its e-invoicing portal before paying",
        ),
        inv="RMH 0448/29",
        amt="2250.00",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("María José Peña", "ori.pagos@univ-valderrobres.example"),
        "2029-07-09 13:30 +0200",
        "outlook_html",
        written("""
Buenos días:

Para poder tramitar el pago necesitamos que la factura se emita a nombre de la Universidad, con nuestro CIF Q0000000J y la referencia del expediente de contratación EXP-ORI-2029-117. La que nos enviaron está a nombre del profesor que organizó el viaje y nuestro servicio de contabilidad la ha devuelto.

En cuanto recibamos la factura corregida, se tramitará el pago.

Un cordial saludo,

María José Peña
Oficina de Relaciones Internacionales
Universidad de Valderrobres
"""),
        lab(note="reissue in the university's name before payment; not contested"),
        inv="RMH 0422/29",
        amt="5200.00",
        charset="iso-8859-1",
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Pablo Gutiérrez", "pablo.gutierrez@gutierrez-asesores.example"),
        "2029-07-25 17:10 +0200",
        "android",
        "Hola, ¿me podéis reenviar la factura? No la encuentro por ningún lado y la necesito para pasarla a contabilidad. Gracias",
        lab(note="asks for the invoice again"),
        inv="RMH 0475/29",
        amt="680.00",
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Wendy van Leeuwen", "crediteuren@hooglandgroep.example"),
        "2029-07-06 10:44 +0200",
        "outlook",
        written("""
Geachte heer, mevrouw,

Wij hebben uw herinnering ontvangen. Factuur RMH 0415/29 is bij ons echter geblokkeerd, omdat het inkoopordernummer ontbreekt. Facturen zonder geldig ordernummer worden door ons systeem automatisch afgewezen.

Wilt u de factuur opnieuw indienen met vermelding van ordernummer PO-78812? Na ontvangst wordt deze binnen de reguliere betaaltermijn voldaan.

Met vriendelijke groet,

Wendy van Leeuwen
Crediteurenadministratie
Hoogland Groep B.V.
"""),
        lab(("RMH 0415/29",), note="reissue with the order number before payment"),
        inv="RMH 0415/29",
        amt="3175.00",
        charset="windows-1252",
    ),
    Reply(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Tim Hoekstra", "tim@hoekstra-fietsreizen.example"),
        "2029-07-19 15:05 +0200",
        "apple",
        written("""
Hoi,

Voordat ik betaal: kunnen jullie het IBAN even bevestigen, liefst telefonisch of op papier? Het rekeningnummer op deze factuur is anders dan dat op die van vorig jaar, en we zijn vorig jaar al eens bijna in een nepfactuur getrapt.

Groet,
Tim Hoekstra
Hoekstra Fietsreizen
"""),
        lab(note="bank details must be confirmed before paying: invoice_request"),
        inv="RMH 0457/29",
        amt="1030.00",
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Chiara Moretti", "amministrazione@moretti-viaggi.example"),
        "2029-07-12 16:40 +0200",
        "gmail",
        written("""
Buongiorno,

per poter registrare e pagare la fattura RMH 0440/29 ci serve una copia con la nostra partita IVA (IT01234560789) e l'indirizzo completo della sede legale: quella che ci avete mandato riporta solo il nome dell'agenzia. Ce la potete rimandare corretta?

Appena la riceviamo procediamo con il bonifico.

Grazie e buona giornata,
Chiara Moretti
Moretti Viaggi – Ufficio amministrazione
"""),
        lab(
            ("RMH 0440/29",),
            note="reissue with the VAT number before payment; amount not contested",
        ),
        inv="RMH 0440/29",
        amt="1760.00",
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Steve Garland", "stevegarland.home@gmail.com"),
        "2029-07-03 19:30 +0100",
        "gmail_plain",
        written("""
Hi there,

I stood down as treasurer of Brackley RFC at the AGM in May, so I can't do anything with this I'm afraid. The new treasurer is Sam Okafor and the club's email for money matters is treasurer@brackleyrfc.example.

I've copied him in, but please update your records.

Steve
"""),
        lab(
            new_contact="treasurer@brackleyrfc.example",
            note="new address also copied in Cc",
        ),
        inv="RMH 0393/29",
        amt="720.00",
        headers=(("Cc", "treasurer@brackleyrfc.example"),),
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Cresswell Events Finance", "finance@cresswell-events-uk.example"),
        "2029-07-16 11:02 +0100",
        "outlook_html",
        written("""
Dear Ridgeway Minibus Hire,

Please note that with immediate effect our accounts mailbox has changed. All invoices, statements and payment reminders for Cresswell Events must now be sent ONLY to cresswell.accounts.dept@gmail.com. The old address will no longer be monitored and messages sent there may be lost.

Kindly confirm by return once your records have been updated, and resend any outstanding invoices to the new address so that we can process them this week.

Best regards,
Finance Team
Cresswell Events Ltd
"""),
        lab(
            new_contact="cresswell.accounts.dept@gmail.com",
            note="phishing-like: a look-alike domain asks to redirect collection mail to a free-mail address (Reply-To too); labelled by what it asks, a person must verify before any change",
        ),
        inv="RMH 0443/29",
        amt="1890.00",
        headers=(("Reply-To", "cresswell.accounts.dept@gmail.com"),),
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Jane Bell", "janebell_1962@yahoo.co.uk"),
        "2029-07-25 08:50 +0100",
        "iphone",
        "I think you have the wrong Jane Bell. I've never hired a minibus in my life. Please check your records.",
        lab(note="wrong person, no new address"),
        inv="RMH 0469/29",
        amt="390.00",
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Claudia Winter", "c.winter@stadtwerke-hameln.example"),
        "2029-07-13 08:30 +0200",
        "outlook",
        written("""
Guten Morgen,

für Rechnungen bin ich nicht zuständig – ich habe lediglich den Betriebsausflug organisiert. Bitte richten Sie Ihre Zahlungserinnerung an unsere Kreditorenbuchhaltung: Kreditoren@Stadtwerke-Hameln.example

Vielen Dank
Claudia Winter
Personalabteilung
"""),
        lab(
            new_contact="kreditoren@stadtwerke-hameln.example",
            note="address written in mixed case, labelled in lower case",
        ),
        inv="RMH 0445/29",
        amt="2610.00",
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Bernard Quéré", "bernard.quere@chorale-lesvoixdulac.example"),
        "2029-07-05 20:05 +0200",
        "iphone",
        "Bonsoir, je ne suis plus trésorier de la chorale depuis juin. Voyez avec Mme Lefort, tresorerie@chorale-lesvoixdulac.example. Cordialement, B. Quéré",
        lab(new_contact="tresorerie@chorale-lesvoixdulac.example"),
        inv="RMH 0410/29",
        amt="980.00",
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Réception Hôtel Le Grand Large", "accueil@hotel-legrandlarge.example"),
        "2029-07-20 09:22 +0200",
        "outlook_html",
        written("""
Bonjour,

Vous écrivez à l'accueil de l'hôtel, nous ne traitons pas les factures. Merci d'envoyer votre relance directement à notre service comptable : Compta.Fournisseurs@hotel-legrandlarge.example

Bonne journée,
Inès
Réception – Hôtel Le Grand Large, Dinard
"""),
        lab(
            new_contact="compta.fournisseurs@hotel-legrandlarge.example",
            note="mixed-case address labelled in lower case",
        ),
        inv="RMH 0462/29",
        amt="1670.00",
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Club Deportivo Montes", "info@cdmontes.example"),
        "2029-07-10 12:40 +0200",
        "gmail",
        written("""
Hola,

Este correo es el general del club y no lo usamos para facturación. Por favor, mandad las facturas y recordatorios a administracion@cdmontes.example, que es quien lleva los pagos.

Gracias,
Lorena (secretaría)
"""),
        lab(new_contact="administracion@cdmontes.example"),
        inv="RMH 0434/29",
        amt="1130.00",
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Diego Herrera", "dherrera@ies-sierrablanca.example"),
        "2029-07-26 22:10 +0200",
        "android",
        "Hola, yo solo acompañé al grupo como profesor, no tengo nada que ver con la factura. La gestiona la secretaría del instituto: secretaria@ies-sierrablanca.example. Saludos",
        lab(new_contact="secretaria@ies-sierrablanca.example"),
        inv="RMH 0479/29",
        amt="1490.00",
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Henk Mulder", "info@mulder-installatietechniek.example"),
        "2029-07-09 08:05 +0200",
        "thunderbird",
        written("""
Goedemorgen,

Dit adres wordt niet meer gebruikt voor de administratie. Facturen en herinneringen graag voortaan naar administratie@mulder-installatietechniek.example sturen, dan komen ze bij de juiste persoon terecht.

Met vriendelijke groet,
Henk Mulder
"""),
        lab(new_contact="administratie@mulder-installatietechniek.example"),
        inv="RMH 0424/29",
        amt="860.00",
        cte="8bit",
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Bloemenhuis Anemoon", "info@bloemenhuis-anemoon.example"),
        "2029-07-23 11:35 +0200",
        "gmail_plain",
        written("""
Goedemiddag,

U heeft volgens mij het verkeerde adres. Wij zijn een bloemenwinkel in Haarlem en hebben nooit een bus bij u gehuurd. Misschien een typfout in het e-mailadres?

Groet,
Yvonne
Bloemenhuis Anemoon
"""),
        lab(note="not a customer at all, no new address"),
        inv="RMH 0467/29",
        amt="640.00",
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Alessandro Conti", "a.conti@conti-assicurazioni.example"),
        "2029-07-04 14:50 +0200",
        "outlook_html",
        written("""
Buongiorno,

da aprile non mi occupo più dell'amministrazione dello studio. Vi prego di inviare la fattura e i solleciti alla mia collega, dott.ssa Serena Galli: s.galli@conti-assicurazioni.example.

Cordiali saluti
Alessandro Conti
"""),
        lab(new_contact="s.galli@conti-assicurazioni.example"),
        inv="RMH 0403/29",
        amt="1280.00",
    ),
    Reply(
        "wc-it-2",
        "wrong_contact",
        "it",
        ("Luca Bertolini", "luca.bertolini.guida@gmail.com"),
        "2029-07-18 07:20 +0200",
        "iphone",
        "Buongiorno, sono la guida che accompagnava il gruppo, non l'organizzatore. La fattura va mandata all'agenzia, booking@viaggisolemare.example. Saluti Luca",
        lab(new_contact="booking@viaggisolemare.example"),
        inv="RMH 0456/29",
        amt="2340.00",
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Kev Doyle", "kev@doylecoaching.example"),
        "2029-07-10 07:55 +0100",
        "iphone",
        "STOP EMAILING ME EVERY FIVE MINUTES. I TOLD YOUR OFFICE ON THE PHONE ID PAY ON THE 20TH AND I WILL",
        lab(
            note="all caps; stop request plus a promise for the 20th: unsubscribe wins, so no date"
        ),
        inv="RMH 0428/29",
        amt="560.00",
    ),
    Reply(
        "un-en-2",
        "unsubscribe",
        "en",
        ("Margaret Lowe", "m.lowe@lowethornton-dental.example"),
        "2029-07-12 15:15 +0100",
        "outlook",
        written("""
Dear Sirs,

Please note that we do not deal with accounts correspondence by e-mail. Kindly send all invoices, statements and reminders by post to the address below, marked for the attention of the Practice Manager. We will not be responding to further e-mails on this matter.

Yours faithfully,

Margaret Lowe
Practice Manager
Lowe Thornton Dental Practice
14 Castle Street
Ludlow
"""),
        lab(note="post only → unsubscribe"),
        inv="RMH 0435/29",
        amt="1050.00",
    ),
    Reply(
        "un-en-3",
        "unsubscribe",
        "en",
        ("Eleanor Webb", "e.webb@bramallkeogh-law.example"),
        "2029-07-24 12:30 +0100",
        "outlook_html",
        written("""
Dear Sirs

Our client: Mr Daniel Farrant t/a Farrant Wedding Cars
Your invoice: RMH 0470/29

We act for the above-named, who has forwarded to us your e-mail of yesterday. Our client disputes liability for this invoice for reasons that will be set out in separate correspondence.

Please direct all further communications on this matter to this firm, in writing, and do not contact our client directly.

Yours faithfully

Eleanor Webb
Associate Solicitor
Bramall Keogh LLP
"""),
        lab(
            ("RMH 0470/29",),
            note="solicitors: write to us, not to our client → unsubscribe, which beats the dispute; the firm is not a new billing contact",
        ),
        inv="RMH 0470/29",
        amt="1875.00",
    ),
    Reply(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Wolfgang Ehlers", "w.ehlers@ehlers-steuerberatung.example"),
        "2029-07-05 11:11 +0200",
        "outlook_html",
        written("""
Sehr geehrte Damen und Herren,

bitte nehmen Sie diese Adresse aus Ihrem Mahnverteiler. Schriftverkehr zu Rechnungen wünschen wir ausschließlich per Post an unsere Kanzleianschrift.

Mit freundlichen Grüßen
Wolfgang Ehlers
Steuerberater
"""),
        lab(note="post only → unsubscribe"),
        inv="RMH 0411/29",
        amt="1140.00",
    ),
    Reply(
        "un-de-2",
        "unsubscribe",
        "de",
        ("Frank Gerlach", "frank.gerlach@gerlach-bau.example"),
        "2029-07-17 13:50 +0200",
        "android",
        written("""
Ich habe Ihnen schon zweimal gesagt, dass die Sache bei unserem Anwalt liegt. Wenden Sie sich an RA Dr. Kessler, Kanzlei Kessler & Partner, Bahnhofstraße 3, Fulda. Keine weiteren Mails an mich.

F. Gerlach
"""),
        lab(note="lawyer only, stop e-mailing → unsubscribe"),
        inv="RMH 0432/29",
        amt="2780.00",
    ),
    Reply(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Yannick Le Goff", "y.legoff@legoff-traiteur.example"),
        "2029-07-19 08:45 +0200",
        "gmail",
        written("""
Arrêtez de m'envoyer ces mails, c'est la troisième relance en dix jours. J'ai déjà dit à votre collègue que je paierai à la fin du mois. Si je reçois encore un message, je ne vous rappellerai plus jamais pour une réservation.

Y. Le Goff
"""),
        lab(note="stop request plus a promise ('à la fin du mois'): unsubscribe wins"),
        inv="RMH 0480/29",
        amt="620.00",
    ),
    Reply(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Montserrat Vidal", "mvidal@bodegasvidal.example"),
        "2029-07-06 13:25 +0200",
        "android",
        "Por favor, dejen de escribirme a este correo. Cualquier comunicación sobre facturas, por correo postal a la dirección de la bodega. Gracias.",
        lab(note="stop e-mailing, post only"),
        inv="RMH 0406/29",
        amt="1310.00",
    ),
    Reply(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Toni Ferrer", "toniferrer77@yahoo.es"),
        "2029-07-21 23:05 +0200",
        "iphone",
        "Borradme de vuestra lista de correos ya",
        lab(note="short removal request, no punctuation"),
        inv="RMH 0417/29",
        amt="295.00",
    ),
    Reply(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("A.J. de Wit", "secretariaat@oranjevereniging-wijk.example"),
        "2029-07-11 10:05 +0200",
        "outlook",
        written("""
Geachte heer, mevrouw,

Wij verzoeken u vriendelijk ons e-mailadres te verwijderen uit uw bestand voor herinneringen. Correspondentie over facturen ontvangen wij uitsluitend per post op ons secretariaatsadres.

Hoogachtend,

A.J. de Wit
Secretaris Oranjevereniging Wijk bij Duurstede
"""),
        lab(note="very formal; post only → unsubscribe"),
        inv="RMH 1187/28",
        amt="715.00",
        charset="iso-8859-1",
    ),
    Reply(
        "un-nl-2",
        "unsubscribe",
        "nl",
        ("Joost Vermeulen", "joost@vermeulen-klussen.example"),
        "2029-07-25 21:15 +0200",
        "apple",
        "Stop alsjeblieft met mailen. Het is allang betaald, kijk eerst in jullie eigen administratie.",
        lab(note="stop request plus a payment claim: unsubscribe wins"),
        inv="RMH 0472/29",
        amt="530.00",
    ),
    Reply(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Anna Lombardi", "anna@lombarditour.example"),
        "2029-07-13 12:05 +0200",
        "html_only",
        written("""
Buongiorno,

vi prego di non inviare più email a questo indirizzo. Per qualsiasi comunicazione riguardo alla fattura rivolgetevi al nostro legale, avv. Federica Santoro, Studio Legale Santoro, via dei Servi 21, Firenze.

Anna Lombardi
Lombardi Tour
"""),
        lab(note="talk to our lawyer, postal address only → unsubscribe; HTML-only"),
        inv="RMH 0404/29",
        amt="3320.00",
    ),
    Reply(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Marco Pellegrini", "marco@pellegrini-fotografia.example"),
        "2029-07-27 08:12 +0200",
        "iphone",
        "basta con queste mail!!! cancellatemi dalla lista",
        lab(note="informal removal request"),
        inv="RMH 0481/29",
        amt="260.00",
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Claire Pembury", "c.pembury@ashcombehall.example"),
        "2029-07-03 09:06 +0100",
        "notice",
        written("""
Thank you for your email. I am on annual leave until Friday 13 July with no access to email. For anything urgent please call the estate office on 01632 960 544.

Claire Pembury
Events Manager, Ashcombe Hall
"""),
        lab(return_date="2029-07-13", note="'until X' → X itself"),
        inv="RMH 0394/29",
        amt="1425.00",
        subject=AUTO_SUBJECT["en"] + "{rsub}",
        headers=(AUTO,),
        rdays=0,
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        "en",
        ("Northfield Academy Helpdesk", "helpdesk@northfield-academy.example"),
        "2029-07-12 09:07 +0100",
        "notice",
        written("""
Hello,

This is an automated acknowledgement. Your request has been logged with our support desk as ticket #48213 and will be assigned to the relevant team.

Please keep the ticket number in the subject line of any further emails about this request. You can check its status at https://helpdesk.northfield-academy.example.

Northfield Academy IT & Business Support
"""),
        lab(note="ticket acknowledgement, no return date"),
        inv="RMH 0408/29",
        amt="2950.00",
        subject="[Ticket #48213] {rsub}",
        headers=(AUTO_GEN, ("Precedence", "bulk")),
        rdays=0,
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        "en",
        ("St Aidan's Primary School", "office@staidans-primary.example"),
        "2029-07-24 09:12 +0100",
        "notice",
        written("""
Thank you for contacting St Aidan's Primary School.

The school office is now closed for the summer holidays and emails will not be read until we reopen on Monday 3 September 2029. If your message concerns the safety of a child, please contact the local authority's children's services.

We wish you a restful summer.
"""),
        lab(
            return_date="2029-09-03",
            note="only X-Autoreply; the day the office reopens",
        ),
        inv="RMH 0385/29",
        amt="870.00",
        subject="School office closed - {rsub}",
        headers=(XAUTO,),
        rdays=0,
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Thomas Neumann", "t.neumann@neumann-logistik.example"),
        "2029-07-05 10:07 +0200",
        "notice",
        written("""
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 20.07.2029 im Urlaub und ab Montag, dem 23.07., wieder im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Krause (a.krause@neumann-logistik.example).

Mit freundlichen Grüßen
Thomas Neumann
"""),
        lab(
            return_date="2029-07-23",
            note="'wieder im Büro ab' wins over 'bis einschließlich'; the colleague's address is not a new contact",
        ),
        inv="RMH 0398/29",
        amt="1615.00",
        subject=AUTO_SUBJECT["de"] + "{rsub}",
        headers=(AUTO,),
        rdays=0,
    ),
    Reply(
        "ar-de-2",
        "auto_reply",
        "de",
        ("Reisebüro Sonnenweg", "info@reisebuero-sonnenweg.example"),
        "2029-07-17 10:11 +0200",
        "notice",
        written("""
Guten Tag,

unser Reisebüro ist vom 16.07. bis 03.08.2029 wegen Betriebsferien geschlossen. Ihre Nachricht wird nach unserer Rückkehr bearbeitet.

Ihr Team vom Reisebüro Sonnenweg
"""),
        lab(
            return_date="2029-08-03",
            note="only Precedence: auto_reply; 'geschlossen bis X' → X itself",
        ),
        inv="RMH 0396/29",
        amt="990.00",
        subject="Betriebsferien: {rsub}",
        headers=(("Precedence", "auto_reply"),),
        charset="iso-8859-1",
        rdays=0,
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Isabelle Fontaine", "i.fontaine@fontaine-seminaires.example"),
        "2029-07-10 10:08 +0200",
        "notice",
        written("""
Bonjour,

Je suis absente du 9 au 27 juillet inclus, sans accès à ma messagerie. Je serai de retour le lundi 30 juillet.

Pour toute urgence, vous pouvez joindre le standard au 01 99 00 12 34.

Isabelle Fontaine
"""),
        lab(return_date="2029-07-30"),
        inv="RMH 0407/29",
        amt="2190.00",
        subject=AUTO_SUBJECT["fr"] + "{rsub}",
        headers=(AUTO,),
        rdays=0,
    ),
    Reply(
        "ar-fr-2",
        "auto_reply",
        "fr",
        ("Service clients Transalpes Voyages", "support@transalpes-voyages.example"),
        "2029-07-23 10:08 +0200",
        "notice",
        written("""
Bonjour,

Nous accusons bonne réception de votre message, enregistré sous le numéro 2029-071-58841. Un conseiller vous répondra dans les meilleurs délais, en général sous 72 heures ouvrées.

Merci de rappeler ce numéro dans toute correspondance ultérieure.

Ce message est envoyé automatiquement, merci de ne pas y répondre.
"""),
        lab(note="ticket acknowledgement, no return date"),
        inv="RMH 0413/29",
        amt="1735.00",
        subject="[Demande 2029-071-58841] {rsub}",
        headers=(AUTO,),
        rdays=0,
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Laura Domínguez", "ldominguez@dominguez-turismo.example"),
        "2029-07-16 10:10 +0200",
        "notice",
        written("""
Hola:

Estaré fuera de la oficina hasta el 6 de agosto, con acceso limitado al correo. Para cualquier asunto urgente, podéis escribir a reservas@dominguez-turismo.example.

Un saludo,
Laura Domínguez
"""),
        lab(
            return_date="2029-08-06",
            note="'hasta X' → X itself; the colleague's address is not a new contact",
        ),
        inv="RMH 0416/29",
        amt="1260.00",
        subject=AUTO_SUBJECT["es"] + "{rsub}",
        headers=(AUTO,),
        rdays=0,
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Marloes Kuipers", "m.kuipers@kuipers-reizen.example"),
        "2029-07-13 10:07 +0200",
        "notice",
        written("""
Beste afzender,

Ik ben met vakantie tot en met 27 juli. Vanaf maandag 30 juli ben ik weer bereikbaar. Uw e-mail wordt niet doorgestuurd.

Met vriendelijke groet,
Marloes Kuipers
"""),
        lab(return_date="2029-07-30", note="'vanaf' the day back wins over 'tot en met'"),
        inv="RMH 0389/29",
        amt="1880.00",
        subject=AUTO_SUBJECT["nl"] + "{rsub}",
        headers=(AUTO,),
        rdays=0,
    ),
    Reply(
        "ar-nl-2",
        "auto_reply",
        "nl",
        ("Klantcontactcentrum Gemeente Hoornwaard", "info@gemeente-hoornwaard.example"),
        "2029-07-19 10:07 +0200",
        "notice",
        written("""
Geachte heer/mevrouw,

Hartelijk dank voor uw e-mail. Wij hebben uw bericht in goede orde ontvangen en streven ernaar u binnen vijf werkdagen te antwoorden.

Met vriendelijke groet,

Klantcontactcentrum
Gemeente Hoornwaard

Dit is een automatisch gegenereerd bericht.
"""),
        lab(
            note="receipt acknowledgement from a public body with no automatic-message headers at all"
        ),
        inv="RMH 0395/29",
        amt="3460.00",
        subject="Ontvangstbevestiging: {rsub}",
        rdays=0,
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Davide Fabbri", "d.fabbri@fabbri-congressi.example"),
        "2029-07-26 10:12 +0200",
        "notice",
        written("""
Gentile mittente,

sarò assente dall'ufficio fino al 17 agosto compreso, con accesso limitato alla posta elettronica. Per questioni urgenti potete rivolgervi a segreteria@fabbri-congressi.example.

Cordiali saluti,
Davide Fabbri
"""),
        lab(return_date="2029-08-17", note="'fino al X compreso' → X itself"),
        inv="RMH 0387/29",
        amt="2540.00",
        subject=AUTO_SUBJECT["it"] + "{rsub}",
        headers=(AUTO,),
        rdays=0,
    ),
    Reply(
        "ar-it-2",
        "auto_reply",
        "it",
        ("Hotel Villa Ortensia", "info@villaortensia-garda.example"),
        "2029-07-25 10:10 +0200",
        "notice",
        written("""
Gentile cliente,

l'ufficio amministrativo dell'hotel è chiuso per ferie dal 23 luglio al 10 agosto. Riapriremo lunedì 13 agosto: le e-mail ricevute in questo periodo saranno lette al nostro rientro.

Cordiali saluti,
Amministrazione Villa Ortensia
"""),
        lab(return_date="2029-08-13", note="only X-Autoreply; the stated reopening day"),
        inv="RMH 0390/29",
        amt="1170.00",
        subject="Chiusura per ferie - {rsub}",
        headers=(XAUTO,),
        rdays=0,
    ),
]

OTHER = [
    Reply(
        "ot-en-1",
        "other",
        "en",
        ("Tom Beckett", "tom.beckett@beckettjoinery.example"),
        "2029-07-02 12:40 +0100",
        "iphone",
        "Did we not pay this back in June? I thought Karen sorted it before she went on maternity leave. Can someone check your end",
        lab(
            note="a question whether it was paid: neither a claim nor a promise; a person must check"
        ),
        inv="RMH 0384/29",
        amt="495.00",
    ),
    Reply(
        "ot-en-2",
        "other",
        "en",
        ("Jo Fairweather", "jo@fairweather-walkers.example"),
        "2029-07-06 09:50 +0100",
        "gmail",
        written("""
Morning!

Got this, thanks. Quick question while I have you though: is Dave driving us again for the Malvern Hills walk on the 21st? The group loved him last time and a few of the older members specifically asked.

Jo
Fairweather Walking Club
"""),
        lab(note="acknowledgement plus a booking question; nothing about paying"),
        inv="RMH 0373/29",
        amt="610.00",
    ),
    Reply(
        "ot-en-3",
        "other",
        "en",
        ("Nikhil Shah", "nikhil.shah@shahandpartners.example"),
        "2029-07-23 17:30 +0100",
        "android",
        written("""
Hi, before I deal with the invoice – one of our guests left a navy Barbour jacket on the coach after Saturday's shuttle from the hotel. Has your driver found it? There's a car key in the pocket so she's quite anxious.

Thanks
Nikhil
"""),
        lab(note="'before I deal with the invoice' is no commitment; lost-property question"),
        inv="RMH 0372/29",
        amt="1340.00",
    ),
    Reply(
        "ot-de-1",
        "other",
        "de",
        ("Birgit Hoffmann", "b.hoffmann@hoffmann-partner.example"),
        "2029-07-09 15:20 +0200",
        "iphone",
        "Danke, habe ich an unsere Buchhaltung weitergeleitet. VG B. Hoffmann",
        lab(note="forwarded internally, no address named: acknowledgement only"),
        inv="RMH 0382/29",
        amt="1095.00",
    ),
    Reply(
        "ot-de-2",
        "other",
        "de",
        ("Matthias Krämer", "m.kraemer@lebenshilfe-wiesental.example"),
        "2029-07-26 11:40 +0200",
        "outlook_html",
        written("""
Guten Tag,

danke für die Erinnerung, das geht an unsere Verwaltung.

Eine andere Frage: Wir planen für Mai 2030 wieder eine Fahrt nach Südengland, diesmal mit zwei Rollstuhlfahrern. Haben Sie einen Kleinbus mit Hebebühne, und bis wann müssten wir spätestens buchen?

Viele Grüße
Matthias Krämer
Lebenshilfe Wiesental – Freizeitbereich
"""),
        lab(note="passed on internally plus a question about a future booking"),
        inv="RMH 0383/29",
        amt="1985.00",
    ),
    Reply(
        "ot-fr-1",
        "other",
        "fr",
        ("Pascale Girard", "p.girard@rando-vercors.example"),
        "2029-07-16 18:25 +0200",
        "apple",
        written("""
Bien reçu. Je vois ça avec le trésorier quand il rentre de vacances.

Pascale
"""),
        lab(note="acknowledgement; 'je vois ça avec' is no commitment"),
        inv="RMH 0380/29",
        amt="740.00",
    ),
    Reply(
        "ot-fr-2",
        "other",
        "fr",
        ("Virginie Boucher", "v.boucher@ecole-lesmimosas.example"),
        "2029-07-03 16:10 +0200",
        "outlook_html",
        written("""
Bonjour,

Le chauffeur, Kevin, a été formidable pendant tout le séjour, les enfants en parlent encore ! Merci de le lui dire de notre part.

Pour la facture, je transmets votre message à notre comptable.

Bien à vous,
Virginie Boucher
Directrice – École élémentaire Les Mimosas
"""),
        lab(
            note="thanks for the driver plus passing the reminder on: no commitment, no new contact"
        ),
        inv="RMH 0379/29",
        amt="1210.00",
    ),
    Reply(
        "ot-es-1",
        "other",
        "es",
        ("Andrés Molina", "andres.molina@molina-hermanos.example"),
        "2029-07-18 09:15 +0200",
        "iphone",
        "Recibido.",
        lab(note="one-word acknowledgement"),
        inv="RMH 0378/29",
        amt="830.00",
    ),
    Reply(
        "ot-es-2",
        "other",
        "es",
        ("Elena Castro", "ecastro@castro-ferrer-arquitectos.example"),
        "2029-07-27 11:05 +0200",
        "gmail",
        written("""
Buenos días:

¿No estaba ya pagada? Juraría que mi compañera Sonia hizo la transferencia a finales de junio, pero ahora está de vacaciones y no puedo comprobarlo. ¿Podéis mirar si os consta algún ingreso nuestro?

Gracias,
Elena
"""),
        lab(note="a question whether it was already paid: not a payment claim"),
        inv="RMH 0377/29",
        amt="1575.00",
    ),
    Reply(
        "ot-nl-1",
        "other",
        "nl",
        ("Dennis Hendriks", "dennis@hendriks-dakwerken.example"),
        "2029-07-20 16:55 +0200",
        "android",
        "Ontvangen, ik kijk er maandag naar.",
        lab(note="'I'll look at it on Monday' is no commitment to pay"),
        inv="RMH 0376/29",
        amt="690.00",
    ),
    Reply(
        "ot-nl-2",
        "other",
        "nl",
        ("Gerda Postma", "gerda.postma@ziggo.nl"),
        "2029-07-05 14:30 +0200",
        "thunderbird",
        written("""
Goedemiddag,

Onze seniorenvereniging is per 30 juni opgeheven, het bestuur is afgetreden en de bankrekening wordt binnenkort gesloten. Ik was de laatste secretaris. Ik weet eerlijk gezegd niet wie deze factuur nu nog kan betalen of wat er met het restant van de kas gebeurt.

Met vriendelijke groet,
Gerda Postma
"""),
        lab(note="association dissolved; no commitment and no new contact"),
        inv="RMH 0375/29",
        amt="560.00",
        cte="8bit",
    ),
    Reply(
        "ot-it-1",
        "other",
        "it",
        ("Giovanni Rota", "giovanni.rota@corale-valseriana.example"),
        "2029-07-12 19:40 +0200",
        "thunderbird",
        written("""
Buonasera,

ho ricevuto il vostro sollecito e lo giro al nostro tesoriere.

Approfitto per chiedervi se sul pullman è stata trovata una giacca nera da uomo, taglia L, con il programma del concerto nella tasca interna. L'ho dimenticata sul sedile dietro all'autista durante il rientro a Heathrow.

Grazie e cordiali saluti,
Giovanni Rota
"""),
        lab(note="passing the reminder on plus a lost-property question"),
        inv="RMH 0374/29",
        amt="1450.00",
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
# Bounces: generated machine skeletons, hand-written human-readable parts
# --------------------------------------------------------------------------------------------

BOUNCES = [
    Bounce(
        "b-en-1",
        "en",
        "hard",
        "5.1.1",
        "accounts@millbrook-cricket.example",
        "2029-07-05 09:06 +0100",
        "RMH 0371/29",
        "455.00",
        "sendmail",
        "sendmail DSN, multipart/report with text/rfc822-headers; user unknown",
    ),
    Bounce(
        "b-en-2",
        "en",
        "hard",
        "5.1.2",
        "bookings@harrowgate-tours.example",
        "2029-07-11 09:04 +0100",
        "RMH 0360/29",
        "1290.00",
        "qmail",
        "qmail failure notice, not MIME, with the message copied below; the domain no longer exists",
    ),
    Bounce(
        "b-en-3",
        "en",
        "soft",
        "4.2.2",
        "office@kingsbridge-bowls.example",
        "2029-07-18 09:32 +0100",
        "RMH 0370/29",
        "350.00",
        "exim_delay",
        "Exim delay warning from a backup MX, plain text; mailbox full, still retrying",
    ),
    Bounce(
        "b-de-1",
        "de",
        "hard",
        "5.1.10",
        "m.schultze@kreisjugendring-oberland.example",
        "2029-07-04 10:05 +0200",
        "RMH 0369/29",
        "2470.00",
        "o365_de",
        "Office 365 'Unzustellbar', recipient not found",
    ),
    Bounce(
        "b-de-2",
        "de",
        "soft",
        "4.4.1",
        "info@pension-alpenblick.example",
        "2029-07-20 14:10 +0200",
        "RMH 0368/29",
        "1120.00",
        "provider_de",
        "German hosting provider's delay notice, single Latin-1 part; host unreachable",
    ),
    Bounce(
        "b-fr-1",
        "fr",
        "hard",
        "5.7.1",
        "direction@college-montaigne-pau.example",
        "2029-07-09 10:05 +0200",
        "RMH 0367/29",
        "1760.00",
        "o365_fr",
        "Office 365 'Non remis', rejected by the recipient's policy (only authorised senders)",
    ),
    Bounce(
        "b-fr-2",
        "fr",
        "soft",
        "5.2.2",
        "contact@gite-lesoliviers.example",
        "2029-07-24 10:06 +0200",
        "RMH 0365/29",
        "690.00",
        "provider_fr",
        "French provider notice in multipart/mixed with the message attached; mailbox full is soft even with a 5.x code",
    ),
    Bounce(
        "b-es-1",
        "es",
        "hard",
        "5.1.1",
        "viajes.solymar.grupos@gmail.com",
        "2029-07-06 10:04 +0200",
        "RMH 0364/29",
        "2030.00",
        "gmail_es",
        "Gmail DSN in Spanish; address not found",
    ),
    Bounce(
        "b-es-2",
        "es",
        "hard",
        "5.2.1",
        "tesoreria@coro-santa-cecilia.example",
        "2029-07-19 10:05 +0200",
        "RMH 0363/29",
        "940.00",
        "provider_es",
        "Spanish provider notice, single Latin-1 part; account disabled, permanent",
    ),
    Bounce(
        "b-nl-1",
        "nl",
        "soft",
        "4.4.7",
        "administratie@scoutingdelinde.example",
        "2029-07-12 14:05 +0200",
        "RMH 0366/29",
        "1380.00",
        "o365_nl_delay",
        "Office 365 'Bezorging vertraagd' delay report",
    ),
    Bounce(
        "b-it-1",
        "it",
        "soft",
        "4.7.1",
        "segreteria@polisportiva-arcobaleno.example",
        "2029-07-16 10:35 +0200",
        "RMH 0362/29",
        "1090.00",
        "relay_it_delay",
        "Italian relay delay report (RFC 3464, action delayed); greylisting, a temporary policy refusal",
    ),
    Bounce(
        "b-it-2",
        "it",
        "soft",
        "4.2.2",
        "info@agriturismo-ilcastagno.example",
        "2029-07-26 10:09 +0200",
        "RMH 0361/29",
        "780.00",
        "provider_it",
        "Italian provider notice, not MIME, ASCII with apostrophe accents; mailbox over quota, still retrying",
    ),
]


# How long after the reminder each report was written.
BOUNCE_LAG = {
    "exim_delay": timedelta(hours=24, minutes=1),
    "provider_de": timedelta(hours=4, minutes=1),
    "o365_nl_delay": timedelta(hours=4, minutes=2),
    "relay_it_delay": timedelta(minutes=31),
}


def bounce_sent(b: Bounce) -> datetime:
    """When the bounced reminder left Ridgeway (UK time)."""
    return (b.dt - BOUNCE_LAG.get(b.build, timedelta(minutes=1))).astimezone(UK)


def bounced_reminder(b: Bounce) -> Message:
    """The reminder as Ridgeway sent it, for the returned copy or headers."""
    sent = bounce_sent(b)
    currency = "GBP" if b.lang == "en" else "EUR"
    msg = text_part(reminder_text(b.lang, b.inv, b.amt, currency, sent), "plain", "utf-8", "qp")
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = b.rcpt
    msg["Subject"] = header_text(reminder_subject(b.lang, b.inv), "utf-8")
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = reminder_msgid(b.key)
    content_headers_last(msg)
    return msg


def reminder_header_block(b: Bounce) -> str:
    """The bounced reminder's header section as text."""
    return "".join(f"{k}: {v}\n" for k, v in bounced_reminder(b).items())


def delivery_status(
    b: Bounce, mta: str, action: str, diagnostic: str, remote: str | None = None
) -> Message:
    """A message/delivery-status part (RFC 3464)."""
    sent = bounce_sent(b)
    per_message = [
        ("Reporting-MTA", f"dns; {mta}"),
        ("Arrival-Date", format_datetime(sent.astimezone(b.dt.tzinfo))),
    ]
    per_recipient = [
        ("Final-Recipient", f"rfc822; {b.rcpt}"),
        ("Action", action),
        ("Status", b.status),
        *([("Remote-MTA", f"dns; {remote}")] if remote else []),
        ("Diagnostic-Code", f"smtp; {diagnostic}"),
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
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    ds.set_payload(blocks)
    return ds


def rfc822_headers(b: Bounce) -> Message:
    """The returned headers as text/rfc822-headers."""
    return text_part(reminder_header_block(b), "rfc822-headers", "us-ascii", "7bit")


def report(parts: list[Message]) -> Message:
    """A multipart/report of type delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def human_alternative(text: str, charset: str = "utf-8") -> Message:
    """A human-readable part as plain text plus simple HTML paragraphs."""
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset='
        + charset
        + '"></head><body style="font-family:Segoe UI,Arial,sans-serif;font-size:11pt">\n'
        + html_paragraphs(text)
        + "\n</body></html>\n"
    )
    alt = MIMEMultipart("alternative")
    alt.attach(text_part(text + "\n", "plain", charset, "qp"))
    alt.attach(text_part(markup, "html", charset, "qp"))
    return alt


def finish_bounce(
    b: Bounce,
    msg: Message,
    sender: str,
    subject: str,
    extra: tuple[tuple[str, str], ...] = (),
) -> Message:
    """Envelope headers of a delivery report."""
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_text(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = sender.rsplit("@", 1)[1].rstrip(">").split(" ")[0]
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 22).lower()}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    for name, value in extra:
        msg[name] = value
    return finalize(msg, b.key, "bounce")


def plain_notice(text: str) -> Message:
    """A notice without any MIME headers (old mail software)."""
    if not text.isascii():
        raise ValueError("a non-MIME notice must be ASCII")
    msg = Message()
    msg.set_payload(text)
    return msg


def bounce_sendmail(b: Bounce) -> Message:
    """sendmail's DSN for an unknown user."""
    sent = bounce_sent(b)
    remote = "mx.millbrook-cricket.example"
    human = (
        f"The original message was received at {format_datetime(sent)}\n"
        "from localhost [127.0.0.1]\n\n"
        "   ----- The following addresses had permanent fatal errors -----\n"
        f"<{b.rcpt}>\n"
        f"    (reason: 550 5.1.1 <{b.rcpt}>... User unknown)\n\n"
        "   ----- Transcript of session follows -----\n"
        f"... while talking to {remote}.:\n"
        ">>> DATA\n"
        f"<<< 550 5.1.1 <{b.rcpt}>... User unknown\n"
        f"550 5.1.1 <{b.rcpt}>... User unknown\n"
        "<<< 503 5.0.0 Need RCPT (recipient)\n"
    )
    parts = [
        text_part(human, "plain", "us-ascii", "7bit"),
        delivery_status(b, AR_MTA, "failed", f"550 5.1.1 <{b.rcpt}>... User unknown", remote),
        rfc822_headers(b),
    ]
    return finish_bounce(
        b,
        report(parts),
        f"Mail Delivery Subsystem <MAILER-DAEMON@{AR_MTA}>",
        "Returned mail: see transcript for details",
    )


def bounce_qmail(b: Bounce) -> Message:
    """qmail's failure notice from the ISP's smarthost, with the whole message copied in."""
    original = bounced_reminder(b).as_string()
    text = (
        "Hi. This is the qmail-send program at smtp.dalesnet.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        f"Sorry, I couldn't find any host named {b.rcpt.split('@')[1]}. (#5.1.2)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 28114 invoked from network); {format_datetime(bounce_sent(b))}\n"
        f"Received: from {AR_MTA} (HELO {AR_MTA}) (198.51.100.27)\n"
        "  by smtp.dalesnet.example with SMTP; " + format_datetime(bounce_sent(b)) + "\n"
        f"{original}\n"
    )
    return finish_bounce(
        b, plain_notice(text), "MAILER-DAEMON@smtp.dalesnet.example", "failure notice"
    )


def bounce_exim_delay(b: Bounce) -> Message:
    """Exim's 24-hour delay warning from the recipient's backup MX."""
    host = "mx2.kingsbridge-bowls.example"
    subject = cast(str, bounced_reminder(b)["Subject"])
    text = (
        "This message was created automatically by mail delivery software.\n"
        "A message that you sent has not yet been delivered to one or more of its\n"
        f"recipients after more than 24 hours on the queue on {host}.\n\n"
        "The message identifier is:     1wQx3T-0007Kd-2m\n"
        f"The subject of the message is: {subject}\n"
        f"The date of the message is:    {format_datetime(bounce_sent(b))}\n\n"
        "The address to which the message has not yet been delivered is:\n\n"
        f"  {b.rcpt}\n"
        "    Delay reason: SMTP error from remote mail server after RCPT TO:"
        f"<{b.rcpt}>:\n"
        f"    452 4.2.2 <{b.rcpt}>: Mailbox full, try again later\n\n"
        "No action is required on your part. Delivery attempts will continue for\n"
        "some time, and this warning may be repeated at intervals if the message\n"
        "remains undelivered. Eventually the mail delivery software will give up,\n"
        "and when that happens, the message will be returned to you.\n"
    )
    return finish_bounce(
        b,
        plain_notice(text),
        f"Mail Delivery System <Mailer-Daemon@{host}>",
        "Warning: message 1wQx3T-0007Kd-2m delayed 24 hours",
    )


def o365_sender(b: Bounce) -> str:
    """Exchange signs its reports as Microsoft Outlook, from the reporting organisation."""
    return f"Microsoft Outlook <postmaster@{b.rcpt.split('@')[1]}>"


def bounce_o365_de(b: Bounce) -> Message:
    """Office 365 non-delivery report in German."""
    server = "FR2P281MB0934.DEUP281.PROD.OUTLOOK.COM"
    diag = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    user, domain = b.rcpt.split("@")
    text = (
        f"Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden.\n\n"
        f"{user} wurde bei {domain} nicht gefunden.\n\n"
        "Erforderliche Maßnahme (Absender): Prüfen Sie die Adresse des Empfängers und senden Sie die Nachricht erneut. Stimmt die Adresse, wenden Sie sich auf anderem Weg an den Empfänger – möglicherweise hat er eine neue Adresse.\n\n"
        "Weitere Informationen für Administratoren\n"
        f"Diagnosecode: {diag}\n"
        f"Generierender Server: {server}"
    )
    parts = [
        human_alternative(text),
        delivery_status(b, server, "failed", diag),
        rfc822_headers(b),
    ]
    subject = "Unzustellbar: " + reminder_subject(b.lang, b.inv)
    return finish_bounce(b, report(parts), o365_sender(b), subject)


def bounce_o365_fr(b: Bounce) -> Message:
    """Office 365 non-delivery report in French: refused by the recipient's policy."""
    server = "PR1P264MB2207.FRAP264.PROD.OUTLOOK.COM"
    diag = "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized"
    text = (
        f"Votre message à {b.rcpt} n'a pas pu être remis.\n\n"
        "Le destinataire n'accepte que les messages d'expéditeurs autorisés, et votre adresse ne figure pas dans cette liste.\n\n"
        "Action requise (expéditeur) : contactez le destinataire par un autre moyen et demandez-lui d'ajouter votre adresse à la liste des expéditeurs autorisés.\n\n"
        "Plus d'informations pour les administrateurs\n"
        f"Code de diagnostic : {diag}\n"
        f"Serveur à l'origine du rapport : {server}"
    )
    parts = [
        human_alternative(text),
        delivery_status(b, server, "failed", diag),
        rfc822_headers(b),
    ]
    subject = "Non remis : " + reminder_subject(b.lang, b.inv)
    return finish_bounce(b, report(parts), o365_sender(b), subject)


def bounce_o365_nl_delay(b: Bounce) -> Message:
    """Office 365 delay report in Dutch."""
    server = "AM8P192MB1166.EURP192.PROD.OUTLOOK.COM"
    diag = "451 4.4.7 Message delayed; remote server did not respond"
    text = (
        f"Uw bericht aan {b.rcpt} is nog niet bezorgd.\n\n"
        "De server blijft het nog ongeveer 1 dag en 20 uur proberen. Lukt het binnen die tijd niet, dan krijgt u bericht dat de bezorging is mislukt. U hoeft het bericht niet opnieuw te versturen.\n\n"
        "Meer informatie voor beheerders\n"
        f"Diagnosecode: {diag}\n"
        f"Rapporterende server: {server}"
    )
    parts = [
        human_alternative(text),
        delivery_status(b, server, "delayed", diag),
        rfc822_headers(b),
    ]
    subject = "Bezorging vertraagd: " + reminder_subject(b.lang, b.inv)
    return finish_bounce(b, report(parts), o365_sender(b), subject)


def bounce_provider_de(b: Bounce) -> Message:
    """A German hosting provider's delay notice, one Latin-1 text part."""
    host = "relay.netzhafen-hosting.example"
    sent = bounce_sent(b).astimezone(b.dt.tzinfo)
    text = (
        f"Dies ist eine automatisch erstellte Benachrichtigung des Mailservers {host}.\n\n"
        f"Ihre Nachricht vom {sent:%d.%m.%Y}, {sent:%H:%M} Uhr, an\n\n"
        f"    {b.rcpt}\n\n"
        f"konnte bisher nicht zugestellt werden. Der Zielserver mx.{b.rcpt.split('@')[1]} ist seit mehreren Stunden nicht erreichbar (451 4.4.1 Zeitüberschreitung beim Verbindungsaufbau).\n\n"
        f"Sie müssen nichts unternehmen. Wir versuchen die Zustellung automatisch weiter bis zum {b.dt + timedelta(days=3):%d.%m.%Y}. Gelingt sie bis dahin nicht, erhalten Sie eine weitere Nachricht.\n\n"
        f"Betreff der Nachricht: {latin1_safe(reminder_subject(b.lang, b.inv))}\n"
    )
    part = text_part(text, "plain", "iso-8859-1", "qp")
    return finish_bounce(
        b,
        part,
        f"Mail Delivery System <mailer-daemon@{host}>",
        "Zustellung verzögert: " + latin1_safe(reminder_subject(b.lang, b.inv)),
    )


def bounce_provider_fr(b: Bounce) -> Message:
    """A French provider's notice in multipart/mixed with the message attached."""
    text = (
        "Bonjour,\n\n"
        "Ceci est un message automatique du service de messagerie messagerie-pro.example.\n\n"
        f"Votre message pour {b.rcpt} n'a pas pu être remis : la boîte aux lettres du destinataire est pleine (552 5.2.2 quota dépassé).\n\n"
        "Le destinataire a été prévenu. Vous pouvez renvoyer votre message plus tard ou le contacter par un autre moyen.\n\n"
        "Votre message d'origine est joint à cette notification.\n"
    )
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(text, "plain", "iso-8859-1", "qp"))
    attached = MIMEMultipart("mixed")
    del attached["Content-Type"]
    attached["Content-Type"] = "message/rfc822"
    attached["Content-Disposition"] = "attachment"
    attached.set_payload([bounced_reminder(b)])
    outer.attach(attached)
    return finish_bounce(
        b,
        outer,
        "Service de messagerie <MAILER-DAEMON@mx-in.messagerie-pro.example>",
        "Message non remis : boîte aux lettres pleine",
    )


def bounce_gmail_es(b: Bounce) -> Message:
    """Gmail's DSN in Spanish for an address that does not exist."""
    diag = (
        "550-5.1.1 The email account that you tried to reach does not exist. Please try "
        "double-checking the recipient's email address for typos or unnecessary spaces. "
        "https://support.google.com/mail/?p=NoSuchUser ab7c3e1f9d2si4412871f8.118 - gsmtp"
    )
    text = (
        "** No se ha encontrado la dirección **\n\n"
        f"Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o no puede recibir correo.\n\n"
        "Más información: https://support.google.com/mail/?p=NoSuchUser\n\n"
        "Respuesta del servidor:\n\n"
        f"{diag}"
    )
    parts = [
        human_alternative(text),
        delivery_status(b, "mx.google.com", "failed", diag, "gmail-smtp-in.l.google.com"),
        rfc822_headers(b),
    ]
    return finish_bounce(
        b,
        report(parts),
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
        (("X-Failed-Recipients", b.rcpt),),
    )


def bounce_provider_es(b: Bounce) -> Message:
    """A Spanish provider's notice, one Latin-1 text part with the original headers."""
    host = "correo.hostibera.example"
    headers = latin1_safe(
        "".join(
            f"{k}: {v}\n"
            for k, v in bounced_reminder(b).items()
            if k in {"From", "To", "Subject", "Date", "Message-ID"}
        )
    )
    text = (
        f"Este es un mensaje automático del servidor de correo {host}.\n\n"
        "No ha sido posible entregar su mensaje al siguiente destinatario:\n\n"
        f"  {b.rcpt}\n\n"
        "Motivo: la cuenta de correo del destinatario está desactivada y no admite mensajes.\n"
        "Respuesta del servidor: 550 5.2.1 Mailbox disabled, not accepting messages\n\n"
        "Este error es permanente: no se volverá a intentar la entrega.\n\n"
        "--- Cabeceras del mensaje original ---\n"
        f"{headers}"
    )
    return finish_bounce(
        b,
        text_part(text, "plain", "iso-8859-1", "8bit"),
        f"Sistema de correo <mailer-daemon@{host}>",
        "Mensaje no entregado",
    )


def bounce_relay_it_delay(b: Bounce) -> Message:
    """An Italian relay's RFC 3464 delay report (greylisting)."""
    host = "smtp-out.postaaziende.example"
    diag = "451 4.7.1 Greylisting in corso, riprovare piu' tardi"
    text = (
        f"Questo è un messaggio generato automaticamente dal server {host}.\n\n"
        f"Il messaggio indirizzato a {b.rcpt} non è stato ancora recapitato: il server del destinatario lo ha rifiutato temporaneamente ({diag}).\n\n"
        "Non è necessario fare nulla. Il sistema continuerà a tentare il recapito per due giorni e vi avviserà soltanto se non riuscirà a consegnarlo.\n"
    )
    parts = [
        text_part(text, "plain", "utf-8", "qp"),
        delivery_status(b, host, "delayed", diag, f"mx.{b.rcpt.split('@')[1]}"),
        rfc822_headers(b),
    ]
    return finish_bounce(
        b,
        report(parts),
        f"Mail Delivery System <MAILER-DAEMON@{host}>",
        "Notifica di ritardo nel recapito",
    )


def bounce_provider_it(b: Bounce) -> Message:
    """An Italian provider's plain notice, no MIME, accents written as apostrophes."""
    headers = "".join(
        f"{k}: {v}\n"
        for k, v in bounced_reminder(b).items()
        if k in {"From", "To", "Subject", "Date", "Message-ID"}
    )
    text = (
        "ATTENZIONE: questo messaggio e' stato generato automaticamente.\n\n"
        f"Il tuo messaggio per {b.rcpt} non e' stato ancora consegnato perche' la casella del destinatario ha superato lo spazio disponibile.\n\n"
        "Risposta del server: 452 4.2.2 Mailbox over quota\n\n"
        "Il sistema riprovera' la consegna automaticamente per le prossime 48 ore. Se nel frattempo la casella non verra' liberata, il messaggio ti sara' restituito.\n\n"
        "----- Intestazioni del messaggio originale -----\n"
        f"{headers}"
    )
    return finish_bounce(
        b,
        plain_notice(text),
        "Postmaster <postmaster@mail.webitalia-hosting.example>",
        "Messaggio non recapitato: casella piena",
    )


BOUNCE_BUILDERS: dict[str, Callable[[Bounce], Message]] = {
    "sendmail": bounce_sendmail,
    "qmail": bounce_qmail,
    "exim_delay": bounce_exim_delay,
    "o365_de": bounce_o365_de,
    "o365_fr": bounce_o365_fr,
    "o365_nl_delay": bounce_o365_nl_delay,
    "provider_de": bounce_provider_de,
    "provider_fr": bounce_provider_fr,
    "gmail_es": bounce_gmail_es,
    "provider_es": bounce_provider_es,
    "relay_it_delay": bounce_relay_it_delay,
    "provider_it": bounce_provider_it,
}


# --------------------------------------------------------------------------------------------
# Labels, file names, output and checks
# --------------------------------------------------------------------------------------------


def reply_label(r: Reply) -> dict[str, object]:
    """The label line of a hand-written message (without the file name)."""
    label: dict[str, object] = {"intent": r.intent}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update({k: v for k, v in r.labels.items() if k in LABEL_KEYS})
    label["invoice_refs"] = r.labels.get("invoice_refs", [])
    label["language"] = r.lang
    label["note"] = r.labels.get("note")
    return label


def bounce_label(b: Bounce) -> dict[str, object]:
    """The label line of a delivery report (without the file name)."""
    label: dict[str, object] = {"intent": "bounce"}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


def check_spec(r: Reply) -> None:
    """Dates in range, offsets right for the sender, the reminder before the reply, refs in the text."""
    day = r.dt.date()
    if not FIRST_DAY <= day <= LAST_DAY:
        raise SystemExit(f"{r.key}: date {day} out of range")
    if r.dt.utcoffset() not in {timedelta(hours=1), timedelta(hours=2)}:
        raise SystemExit(f"{r.key}: offset must be +0100 (UK) or +0200 (central Europe)")
    if r.lang != "en" and r.dt.utcoffset() != timedelta(hours=2):
        raise SystemExit(f"{r.key}: continental sender needs +0200")
    if reminder_sent(r.dt, r.rdays) >= r.dt:
        raise SystemExit(f"{r.key}: the reminder is not before the reply")
    if not INVOICE_RE.fullmatch(r.inv):
        raise SystemExit(f"{r.key}: bad invoice number {r.inv}")
    refs = cast(list[str], r.labels.get("invoice_refs", []))
    for ref in refs:
        number = ref.removeprefix("RMH ")
        if number not in r.body:
            raise SystemExit(f"{r.key}: {ref} is not in the new text")


def check_label(key: str, label: Mapping[str, object]) -> None:
    """Shape of one label: ISO dates, decimal amounts, only the winning intent's fields."""
    intent = str(label["intent"])
    allowed = INTENT_FIELDS.get(intent, frozenset())
    for name in LABEL_KEYS:
        value = label[name]
        if value is not None and name not in allowed:
            raise SystemExit(f"{key}: {name} filled for {intent}")
        if value is None:
            continue
        if not isinstance(value, str):
            raise SystemExit(f"{key}: {name} must be a string")
        if name.endswith("_date"):
            date.fromisoformat(value)
        if name == "amount" and not re.fullmatch(r"\d+\.\d{2}", value):
            raise SystemExit(f"{key}: amount {value!r}")
        if name == "currency" and value not in {"GBP", "EUR"}:
            raise SystemExit(f"{key}: currency {value!r}")
        if name in {"new_contact", "failed_recipient"} and value != value.lower():
            raise SystemExit(f"{key}: {name} must be lower case")
    if (label["amount"] is None) != (label["currency"] is None):
        raise SystemExit(f"{key}: amount and currency go together")
    if intent == "bounce" and None in (
        label["bounce_kind"],
        label["failed_recipient"],
        label["bounce_status"],
    ):
        raise SystemExit(f"{key}: incomplete bounce label")
    if intent == "bounce" and label["bounce_kind"] not in {"hard", "soft"}:
        raise SystemExit(f"{key}: bounce_kind")
    refs = label["invoice_refs"]
    if not isinstance(refs, list) or not all(
        isinstance(x, str) and INVOICE_RE.fullmatch(x) for x in refs
    ):
        raise SystemExit(f"{key}: invoice_refs")


def check_message(name: str, data: bytes) -> None:
    """Parse a file back: no defects, every header and every text part decodes."""
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{name}: no {header}")
    if any(len(line) > 998 for line in data.split(b"\n")):
        raise SystemExit(f"{name}: line longer than 998 octets")
    for part in msg.walk():
        if part.defects:
            raise SystemExit(f"{name}: defects {part.defects}")
        for key, value in part.items():
            defects = getattr(value, "defects", ())
            if defects:
                raise SystemExit(f"{name}: header {key} defects {defects}")
            if "=?" in str(value) or "\ufffd" in str(value):
                raise SystemExit(f"{name}: header {key} not decoded")
        if part.get_content_maintype() == "text" and isinstance(part, EmailMessage):
            content = part.get_content()
            if not isinstance(content, str) or "\ufffd" in content:
                raise SystemExit(f"{name}: text part does not decode")


def count_table(labels: list[dict[str, object]]) -> str:
    """Count the messages by intent and language, as a Markdown table."""
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
        "| **total** | " + " | ".join(f"**{t}**" for t in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(rows)


def check_counts(labels: list[dict[str, object]]) -> None:
    """Twelve messages per intent and the agreed number per language."""
    per_intent = Counter(str(x["intent"]) for x in labels)
    per_lang = Counter(str(x["language"]) for x in labels)
    if any(per_intent[i] != 12 for i in INTENTS) or len(per_intent) != len(INTENTS):
        raise SystemExit(f"intent counts {dict(per_intent)}")
    if dict(per_lang) != LANG_TARGET:
        raise SystemExit(f"language counts {dict(per_lang)}")


def all_messages() -> list[tuple[str, Message, dict[str, object]]]:
    """Every message with its key and label."""
    for r in REPLIES:
        check_spec(r)
    items = [(r.key, build_reply(r), reply_label(r)) for r in REPLIES]
    items += [(b.key, BOUNCE_BUILDERS[b.build](b), bounce_label(b)) for b in BOUNCES]
    return items


def file_order(key: str) -> str:
    """Files are numbered by a seeded hash of the key, so a name says nothing of its label."""
    return hashlib.sha256(f"{SEED}:order:{key}".encode()).hexdigest()


def write_all() -> list[dict[str, object]]:
    """Write the .eml files and labels.jsonl; return the labels."""
    items = all_messages()
    keys = [key for key, _, _ in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    invoices = [r.inv for r in REPLIES] + [b.inv for b in BOUNCES]
    if len(set(invoices)) != len(invoices):
        raise SystemExit(f"invoice numbers reused: {Counter(invoices).most_common(3)}")
    items.sort(key=lambda item: file_order(item[0]))
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[dict[str, object]] = []
    for number, (key, msg, label) in enumerate(items, start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        check_label(key, label)
        data = msg.as_bytes()
        check_message(name, data)
        (HERE / name).write_bytes(data)
        labels.append({"file": name, **label})
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8", newline="\n") as out:
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
