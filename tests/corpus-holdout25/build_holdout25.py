# ruff: noqa: E501, RUF001
# The hand-written message text is kept one paragraph a line, as mail clients send it, with the
# typographic dashes, quotes and accents that people and their clients really type.
"""Build held-out reply corpus 25: `h25-NNN.eml` files and `labels.jsonl`.

Every message answers (or reports on) an overdue-balance reminder from the receivables team of
Brightwell Lab Supplies, a supplier of laboratory consumables and instrument calibration. The new
text of each message is written by hand below. The script only adds what a mail client or a mail
server would add: the quoted reminder in the client's layout and language, headers, MIME
structure, charsets and transfer encodings. It writes next to itself, deterministically.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email import charset as cs
from email import message_from_bytes, policy
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 25_112_326
PREFIX = "h25"
AR_NAME = "Brightwell Receivables"
AR_ADDR = "receivables@brightwell-labsupplies.example"
AR_DOMAIN = "brightwell-labsupplies.example"
MX_HOST = "mx1.brightwell-labsupplies.example"
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
INVOICE_RE = re.compile(r"\bBW26-\d{5}\b")

# --------------------------------------------------------------------------------------------
# Locale tables (what the clients print around a quoted message)
# --------------------------------------------------------------------------------------------

WEEKDAYS_LONG = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
}
WEEKDAYS_SHORT = {
    "en": "Mon Tue Wed Thu Fri Sat Sun",
    "de": "Mo. Di. Mi. Do. Fr. Sa. So.",
    "fr": "lun. mar. mer. jeu. ven. sam. dim.",
    "es": "lun mar mié jue vie sáb dom",
    "nl": "ma di wo do vr za zo",
    "it": "lun mar mer gio ven sab dom",
}
MONTHS_LONG = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
}
MONTHS_SHORT = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}

# Gmail web, British English settings for "en".
GMAIL_ATTR = {
    "en": "On {wds}, {d} {mons} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {wds}, {d}. {mons} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wds} {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wds}, {d} {mons} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wds} {d} {mons} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wds} {d} {mons} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTR = {
    "en": "On {d} {mons} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {mons} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mons} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mons} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
TB_ATTR = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{yy} {HH}:{mm}, {name} ha scritto:",
}
OUTLOOK_SENT = {
    "en": "{d} {monl} {y} {HH}:{mm}",
    "de": "{wdl}, {d}. {monl} {y} {HH}:{mm}",
    "fr": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "es": "{wdl}, {d} de {monl} de {y} {H}:{mm}",
    "nl": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "it": "{wdl} {d} {monl} {y} {HH}:{mm}",
}
# separator line, From, Sent, To, Subject, label/value separator
OUTLOOK_LABELS = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject", ": "),
    "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff", ": "),
    "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : "),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": "),
    "nl": ("-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "Onderwerp", ": "),
    "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ": "),
}
OUTLOOK_RE = {"en": "RE: ", "de": "AW: ", "fr": "RE : ", "es": "RE: ", "nl": "RE: ", "it": "R: "}
# Samsung Email: header, From, Date, To, Subject, separator, date layout
SAMSUNG_LABELS = {
    "en": (
        "-------- Original message --------",
        "From",
        "Date",
        "To",
        "Subject",
        ": ",
        "{dd}/{mo}/{y} {HH}:{mm}",
    ),
    "de": (
        "-------- Ursprüngliche Nachricht --------",
        "Von",
        "Datum",
        "An",
        "Betreff",
        ": ",
        "{dd}.{mo}.{yy} {HH}:{mm}",
    ),
    "fr": (
        "-------- Message d'origine --------",
        "De",
        "Date",
        "À",
        "Objet",
        " : ",
        "{dd}/{mo}/{y} {HH}:{mm}",
    ),
    "es": (
        "-------- Mensaje original --------",
        "De",
        "Fecha",
        "Para",
        "Asunto",
        ": ",
        "{d}/{mo}/{yy} {H}:{mm}",
    ),
    "nl": (
        "-------- Oorspronkelijk bericht --------",
        "Van",
        "Datum",
        "Aan",
        "Onderwerp",
        ": ",
        "{dd}-{mo}-{y} {HH}:{mm}",
    ),
    "it": (
        "-------- Messaggio originale --------",
        "Da",
        "Data",
        "A",
        "Oggetto",
        ": ",
        "{dd}/{mo}/{yy} {HH}:{mm}",
    ),
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
SAMSUNG_SIG = {
    "en": "Sent from my Galaxy",
    "de": "Von meinem Galaxy gesendet",
    "fr": "Envoyé depuis mon Galaxy",
    "es": "Enviado desde mi Galaxy",
    "nl": "Verzonden vanaf mijn Galaxy",
    "it": "Inviato dal mio Galaxy",
}

# --------------------------------------------------------------------------------------------
# The reminder that every reply answers
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Overdue balance – invoice {inv}",
    "de": "Überfälliger Saldo – Rechnung {inv}",
    "fr": "Solde échu – facture {inv}",
    "es": "Saldo vencido – factura {inv}",
    "nl": "Openstaand saldo – factuur {inv}",
    "it": "Saldo scaduto – fattura {inv}",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "This is a reminder from Brightwell Lab Supplies that the balance below is past its due date:\n\n"
        "    Invoice {inv}    dated 08/10/2026    due 07/11/2026    amount {amt}\n\n"
        "If payment is already on its way, please let us know the date and reference so that we can match it. If something about the invoice is not right, simply reply to this message and our receivables team will look into it.\n\n"
        "With thanks,\n\n"
        "Receivables Team\nBrightwell Lab Supplies Ltd\nConsumables & Calibration Services\nreceivables@brightwell-labsupplies.example"
    ),
    "de": (
        "Guten Tag,\n\n"
        "wir möchten Sie freundlich daran erinnern, dass der folgende Betrag zur Zahlung fällig war:\n\n"
        "    Rechnung {inv}    vom 08.10.2026    fällig seit 07.11.2026    Betrag {amt}\n\n"
        "Falls die Zahlung bereits unterwegs ist, nennen Sie uns bitte Datum und Verwendungszweck, damit wir sie zuordnen können. Stimmt an der Rechnung etwas nicht, antworten Sie einfach auf diese Nachricht.\n\n"
        "Freundliche Grüße\n\n"
        "Team Debitorenbuchhaltung\nBrightwell Lab Supplies Ltd"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Nous nous permettons de vous rappeler que le solde ci-dessous a dépassé son échéance :\n\n"
        "    Facture {inv}    émise le 08/10/2026    échue le 07/11/2026    montant {amt}\n\n"
        "Si le paiement est déjà en cours, merci de nous communiquer sa date et sa référence afin que nous puissions le rapprocher. Si la facture vous pose un problème, répondez simplement à ce message.\n\n"
        "Bien à vous,\n\n"
        "Service Recouvrement clients\nBrightwell Lab Supplies Ltd"
    ),
    "es": (
        "Buenos días:\n\n"
        "Le recordamos que el siguiente importe ha superado su fecha de vencimiento:\n\n"
        "    Factura {inv}    fecha 08/10/2026    vencida el 07/11/2026    importe {amt}\n\n"
        "Si el pago ya está en curso, indíquenos la fecha y la referencia para poder conciliarlo. Si hay algún error en la factura, basta con responder a este mensaje.\n\n"
        "Un saludo,\n\n"
        "Departamento de Cobros\nBrightwell Lab Supplies Ltd"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Graag herinneren wij u eraan dat het onderstaande bedrag de vervaldatum heeft overschreden:\n\n"
        "    Factuur {inv}    d.d. 08-10-2026    vervallen op 07-11-2026    bedrag {amt}\n\n"
        "Is de betaling al onderweg, laat ons dan de datum en het kenmerk weten zodat wij deze kunnen verwerken. Klopt er iets niet aan de factuur, reageer dan gewoon op dit bericht.\n\n"
        "Met vriendelijke groet,\n\n"
        "Team Debiteurenbeheer\nBrightwell Lab Supplies Ltd"
    ),
    "it": (
        "Buongiorno,\n\n"
        "vi ricordiamo che il seguente importo ha superato la data di scadenza:\n\n"
        "    Fattura {inv}    emessa il 08/10/2026    scaduta il 07/11/2026    importo {amt}\n\n"
        "Se il pagamento è già stato disposto, vi chiediamo di indicarci data e riferimento così da poterlo abbinare. Se qualcosa nella fattura non vi torna, rispondete semplicemente a questo messaggio.\n\n"
        "Cordiali saluti,\n\n"
        "Ufficio Crediti\nBrightwell Lab Supplies Ltd"
    ),
}
DEFAULT_AMOUNT = {
    "en": "£2,346.80",
    "de": "1.918,40 €",
    "fr": "764,25 €",
    "es": "1.452,90 €",
    "nl": "€ 3.087,15",
    "it": "€ 689,60",
}
LATIN1_FIXES = {"–": "-", "€": "EUR", "’": "'", "…": "...", "“": '"', "”": '"'}

# --------------------------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """One hand-written message from a customer's side, with its labels."""

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    style: str
    body: str
    labels: Mapping[str, object] = field(default_factory=dict)
    inv: str = ""
    amt: str = ""
    rlang: str = ""
    loc: str = ""
    subject: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    attach: tuple[str, str, bytes] | None = None
    threaded: bool = True

    @property
    def reminder_lang(self) -> str:
        return self.rlang or self.lang

    @property
    def client_lang(self) -> str:
        return self.loc or self.lang

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def invoice(self) -> str:
        return self.inv or invoice_for(self.key)


def lab(
    refs: tuple[str, ...] = (),
    note: str | None = None,
    **fields: str | None,
) -> dict[str, object]:
    """Label fields beyond intent and language (`refs`: invoice numbers in the new text)."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label keys {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


# --------------------------------------------------------------------------------------------
# Dates, ids and text helpers
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{salt}:{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:n]


def date_fields(loc: str, dt: datetime) -> dict[str, str]:
    wd, mo = dt.weekday(), dt.month - 1
    return {
        "wds": WEEKDAYS_SHORT[loc].split()[wd],
        "wdl": WEEKDAYS_LONG[loc].split()[wd],
        "mons": MONTHS_SHORT[loc].split()[mo],
        "monl": MONTHS_LONG[loc].split()[mo],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "HH": f"{dt.hour:02d}",
        "H": str(dt.hour),
        "mm": f"{dt.minute:02d}",
    }


def fmt(template: str, loc: str, dt: datetime, **extra: str) -> str:
    return template.format(**date_fields(loc, dt), **extra)


def reminder_time(reply: datetime, key: str) -> datetime:
    """The reminder run goes out from the UK office on the working day before, after eight."""
    day = reply - timedelta(days=1)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    minute = 3 + digest(key, "run")[0] % 40
    sent = datetime(day.year, day.month, day.day, 8, minute, 11, tzinfo=UTC)
    return sent.astimezone(reply.tzinfo)


def reminder_msgid(key: str) -> str:
    return f"<reminder.{b32(key, 'reminder', 16).lower()}@{AR_DOMAIN}>"


def reply_msgid(key: str, style: str, addr: str) -> str:
    domain = addr.split("@")[1]
    raw = digest(key, "reply")
    if style in {"gmail", "gmail_plain", "bottom"}:
        tail = base64.urlsafe_b64encode(raw).decode().rstrip("=")[:42]
        return f"<CAK{tail}@mail.gmail.com>"
    if style in OUTLOOK_FAMILY:
        host = b32(key, "host", 6)
        return f"<{b32(key, 'ms', 32)}@{host}.EURP195.PROD.OUTLOOK.COM>"
    if style in {"apple", "apple_html", "iphone", "iphone_html"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if style == "thunderbird":
        h = raw.hex()
        return f"<{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}@{domain}>"
    if style == "samsung":
        return f"<{raw.hex()[:10]}.{int.from_bytes(raw[5:9])}@email.android.com>"
    return f"<{raw.hex()[:26]}@{domain}>"


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


def html_divs(text: str) -> str:
    """Gmail and Apple Mail put each line in its own div, an empty line as <div><br></div>."""
    return "".join(
        f"<div>{html.escape(line, quote=False)}</div>" if line else "<div><br></div>"
        for line in text.split("\n")
    )


def mso_paragraphs(text: str) -> str:
    out = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "&nbsp;"
        out.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# MIME parts and headers
# --------------------------------------------------------------------------------------------

CTE = {"qp": cs.QP, "b64": cs.BASE64, "8bit": 0, "7bit": 0}  # 0: no transfer encoding


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """A text part in `charset`, encoded the way the client would encode it."""
    if charset == "us-ascii-lie":  # an old client labelling 8-bit Latin-1 as us-ascii
        part = MIMENonMultipart("text", subtype, charset="us-ascii")
        part.set_payload(text.encode("iso-8859-1").decode("ascii", "surrogateescape"))
        part["Content-Transfer-Encoding"] = "8bit"
        return part
    text.encode(charset)  # raises if the hand-written text does not fit the charset
    charset_obj = cs.Charset(charset)
    charset_obj.body_encoding = CTE[cte]
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, charset_obj)
    return part


def header_charset(charset: str) -> str:
    return {"us-ascii-lie": "iso-8859-1", "us-ascii": "utf-8"}.get(charset, charset)


def header_text(value: str, charset: str, name: str = "Subject") -> str:
    """A header value as a client encodes it (RFC 2047 encoded words when not ASCII)."""
    if value.isascii():
        return value
    enc = header_charset(charset)
    try:
        value.encode(enc)
    except UnicodeEncodeError:
        enc = "utf-8"
    return Header(value, enc, header_name=name).encode()


def address(name: str, addr: str, charset: str) -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{header_text(name, charset, 'From')} <{addr}>"


def received_header(key: str, sender_host: str, when: datetime) -> str:
    arrival = (when + timedelta(seconds=4 + digest(key, "rx")[0] % 50)).astimezone(UTC)
    ident = b32(key, "queue", 12)
    return (
        f"from {sender_host} ({sender_host} [198.51.100.{10 + digest(key, 'ip')[0] % 200}])\n"
        f"\tby {MX_HOST} (Postfix) with ESMTPS id 4{ident}\n"
        f"\tfor <{AR_ADDR}>; {format_datetime(arrival)}"
    )


def sender_host(style: str, addr: str) -> str:
    domain = addr.split("@")[1]
    if style in {"gmail", "gmail_plain", "bottom"} or domain == "gmail.com":
        return "mail-wr1-f54.google.com"
    if style in OUTLOOK_FAMILY:
        return "mail-db8eur05on2071.outbound.protection.outlook.com"
    return f"smtp.{domain}"


# --------------------------------------------------------------------------------------------
# The quoted reminder, seen from the replying client
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quote:
    """What the reply quotes: the reminder as the replying client shows it."""

    text: str
    subject: str
    sent: datetime
    loc: str
    to: str


def reminder_subject(lang: str, inv: str) -> str:
    return REMINDER_SUBJECT[lang].format(inv=inv)


def make_quote(r: Reply) -> Quote:
    amt = r.amt or DEFAULT_AMOUNT[r.reminder_lang]
    text = REMINDER_BODY[r.reminder_lang].format(inv=r.invoice, amt=amt)
    subject = reminder_subject(r.reminder_lang, r.invoice)
    if r.charset in {"iso-8859-1", "us-ascii-lie"}:
        text, subject = latin1_safe(text), latin1_safe(subject)
    name, addr = r.who
    to = formataddr((name, addr)) if name.isascii() else f"{name} <{addr}>"
    return Quote(text, subject, reminder_time(r.dt, r.key), r.client_lang, to)


def original_reminder(lang: str, to: str, when: datetime, key: str) -> Message:
    """The reminder exactly as Brightwell sent it (returned inside bounces)."""
    inv = invoice_for(key)
    text = REMINDER_BODY[lang].format(inv=inv, amt=DEFAULT_AMOUNT[lang])
    msg = text_part(text, "plain", "utf-8", "qp")
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = to
    msg["Subject"] = header_text(reminder_subject(lang, inv), "utf-8")
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = reminder_msgid(key)
    msg["X-Mailer"] = "Brightwell Ledger reminders 4.2"
    content_headers_last(msg)
    return msg


def invoice_for(key: str) -> str:
    return f"BW26-0{3600 + int.from_bytes(digest(key, 'inv')[:2]) % 2400:04d}"


# --------------------------------------------------------------------------------------------
# Client layouts
# --------------------------------------------------------------------------------------------


def outlook_block(q: Quote) -> list[str]:
    _, frm, sent, to, subj, sep = OUTLOOK_LABELS[q.loc]
    return [
        f"{frm}{sep}{AR_NAME} <{AR_ADDR}>",
        f"{sent}{sep}{fmt(OUTLOOK_SENT[q.loc], q.loc, q.sent)}",
        f"{to}{sep}{q.to}",
        f"{subj}{sep}{q.subject}",
    ]


def alternative(r: Reply, text: str, markup: str) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(text, "plain", r.charset, r.cte))
    outer.attach(text_part(markup, "html", r.charset, r.cte))
    return outer


def style_outlook(r: Reply, q: Quote) -> Message:
    block = "\n".join([OUTLOOK_LABELS[q.loc][0], *outlook_block(q)])
    return text_part(f"{r.body}\n\n{block}\n\n{q.text}\n", "plain", r.charset, r.cte)


def word_html(r: Reply, q: Quote) -> str:
    _, frm, sent, to, subj, sep = OUTLOOK_LABELS[q.loc]
    rows = zip((frm, sent, to, subj), outlook_block(q), strict=True)
    head = "<br>\n".join(
        f"<b>{label}{html.escape(sep.rstrip())}</b> {html.escape(line.split(sep, 1)[1])}"
        for label, line in rows
    )
    lang_attr = {"en": "EN-GB"}.get(r.lang, f"{r.lang.upper()}")
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!--\n/* Font Definitions */\n@font-face {font-family:"Cambria Math";}\n'
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle19 {mso-style-type:personal-reply;}\n--></style>\n"
        f'</head>\n<body lang="{lang_attr}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{mso_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso_paragraphs(q.text)}\n</div>\n</body>\n</html>\n"
    )


def style_outlook_html(r: Reply, q: Quote) -> Message:
    text = "\n".join([r.body, "", *outlook_block(q), "", q.text, ""])
    return alternative(r, text, word_html(r, q))


def style_html_only(r: Reply, q: Quote) -> Message:
    return text_part(word_html(r, q), "html", r.charset, r.cte)


def style_owa(r: Reply, q: Quote) -> Message:
    block = outlook_block(q)
    text = "\n".join([r.body, "", "_" * 32, *block, "", q.text, ""])
    sep = OUTLOOK_LABELS[q.loc][5]
    head = "<br>\n".join(
        f"<b>{html.escape(line.split(sep, 1)[0])}{html.escape(sep.rstrip())}</b> {html.escape(line.split(sep, 1)[1])}"
        for line in block
    )
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}">'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>'
        '</head><body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
        f"{html_lines(r.body)}</div>\n"
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{head}</font>\n<div>&nbsp;</div></div>\n"
        f"<div>{html_paragraphs(q.text)}</div>\n</body></html>\n"
    )
    return alternative(r, text, markup)


def style_android(r: Reply, q: Quote) -> Message:
    block = "\n".join(outlook_block(q))
    text = f"{r.body}\n\n{ANDROID_SIG[q.loc]}\n{'_' * 32}\n{block}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def gmail_attr(q: Quote) -> str:
    return fmt(GMAIL_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def apple_attr(q: Quote) -> str:
    return fmt(APPLE_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def style_gmail(r: Reply, q: Quote) -> Message:
    attr = gmail_attr(q)
    text = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_divs(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )
    return alternative(r, text, markup)


def style_gmail_plain(r: Reply, q: Quote) -> Message:
    return text_part(
        f"{r.body}\n\n{gmail_attr(q)}\n\n{quote_lines(q.text)}\n", "plain", r.charset, r.cte
    )


def style_bottom(r: Reply, q: Quote) -> Message:
    return text_part(
        f"{gmail_attr(q)}\n\n{quote_lines(q.text)}\n\n{r.body}\n", "plain", r.charset, r.cte
    )


def style_apple(r: Reply, q: Quote) -> Message:
    return text_part(
        f"{r.body}\n\n{apple_attr(q)}\n\n{quote_lines(q.text)}\n", "plain", r.charset, r.cte
    )


def style_apple_html(r: Reply, q: Quote) -> Message:
    text = f"{r.body}\n\n{apple_attr(q)}\n\n{quote_lines(q.text)}\n"
    markup = (
        f'<html><head><meta http-equiv="content-type" content="text/html; charset={r.charset}"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f'{html_divs(r.body)}<div><br><blockquote type="cite"><div>{html.escape(apple_attr(q))}</div><br>'
        f"<div>{html_paragraphs(q.text)}</div></blockquote></div><br></body></html>\n"
    )
    return alternative(r, text, markup)


def iphone_text(r: Reply, q: Quote) -> str:
    quoted = quote_lines(f"{apple_attr(q)}\n\n{q.text}")
    return f"{r.body}\n\n{IPHONE_SIG[q.loc]}\n\n{quoted}\n"


def style_iphone(r: Reply, q: Quote) -> Message:
    return text_part(iphone_text(r, q), "plain", r.charset, r.cte)


def style_iphone_html(r: Reply, q: Quote) -> Message:
    markup = (
        f'<html><head><meta http-equiv="content-type" content="text/html; charset={r.charset}"></head>'
        f'<body dir="auto"><div dir="ltr">{html_lines(r.body)}</div>'
        f'<div dir="ltr"><br><div dir="ltr">{IPHONE_SIG[q.loc]}</div>'
        f'<div dir="ltr"><br><blockquote type="cite">{html.escape(apple_attr(q))}<br><br>'
        f"{html_paragraphs(q.text)}</blockquote></div></div></body></html>\n"
    )
    return alternative(r, iphone_text(r, q), markup)


def style_thunderbird(r: Reply, q: Quote) -> Message:
    attr = fmt(TB_ATTR[q.loc], q.loc, q.sent, name=AR_NAME)
    part = text_part(f"{r.body}\n\n{attr}\n{quote_lines(q.text)}\n", "plain", r.charset, r.cte)
    if r.charset == "utf-8":
        part.set_param("format", "flowed")
    return part


def style_samsung(r: Reply, q: Quote) -> Message:
    head, frm, dat, to, subj, sep, layout = SAMSUNG_LABELS[q.loc]
    offset = q.sent.strftime("%z")
    when = f"{fmt(layout, q.loc, q.sent)} (GMT{offset[:3]}:{offset[3:]})"
    block = "\n".join(
        [
            head,
            f"{frm}{sep}{AR_NAME} <{AR_ADDR}>",
            f"{dat}{sep}{when}",
            f"{to}{sep}{q.to}",
            f"{subj}{sep}{q.subject}",
        ]
    )
    text = f"{r.body}\n\n\n\n{SAMSUNG_SIG[q.loc]}\n\n\n{block}\n{q.text}\n"
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
        f'<body><div dir="auto">{html_divs(r.body)}</div><div dir="auto"><br></div><div dir="auto"><br></div>'
        f'<div id="composer_signature" dir="auto"><div style="font-size:12px;color:#575757" dir="auto">{SAMSUNG_SIG[q.loc]}</div></div>'
        f'<div dir="auto"><br></div><div><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000">'
        f"<div>{html_lines(block)}</div><div><br></div></div>{html_paragraphs(q.text)}</body></html>\n"
    )
    return alternative(r, text, markup)


def style_none(r: Reply, q: Quote) -> Message:
    del q  # automatic notices quote nothing
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


def style_none_html(r: Reply, q: Quote) -> Message:
    """An HTML-only automatic notice (ticket systems, AP platforms)."""
    del q
    markup = (
        f'<!DOCTYPE html><html><head><meta charset="{r.charset}"></head>'
        '<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222">\n'
        f"{html_paragraphs(r.body)}\n</body></html>\n"
    )
    return text_part(markup, "html", r.charset, r.cte)


def style_none_alt(r: Reply, q: Quote) -> Message:
    """A generated notice with a plain part and a styled HTML part."""
    del q
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head>'
        '<body><table width="640" cellpadding="0" cellspacing="0" style="font-family:Segoe UI,Arial,sans-serif;font-size:13px">'
        + "".join(
            f'<tr><td style="padding:6px 0">{html_lines(p)}</td></tr>' for p in r.body.split("\n\n")
        )
        + "</table></body></html>\n"
    )
    return alternative(r, r.body + "\n", markup)


STYLES: dict[str, Callable[[Reply, Quote], Message]] = {
    "outlook": style_outlook,
    "outlook_html": style_outlook_html,
    "html_only": style_html_only,
    "owa": style_owa,
    "android": style_android,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "bottom": style_bottom,
    "apple": style_apple,
    "apple_html": style_apple_html,
    "iphone": style_iphone,
    "iphone_html": style_iphone_html,
    "thunderbird": style_thunderbird,
    "samsung": style_samsung,
    "none": style_none,
    "none_html": style_none_html,
    "none_alt": style_none_alt,
}
OUTLOOK_FAMILY = {"outlook", "outlook_html", "html_only", "owa", "android"}
STYLE_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3826.200.121)"),),
    "apple_html": (("X-Mailer", "Apple Mail (2.3826.200.121)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22C152)"),),
    "iphone_html": (("X-Mailer", "iPhone Mail (22C152)"),),
    "thunderbird": (
        (
            "User-Agent",
            "Mozilla Thunderbird 128.5.1 (Windows NT 10.0; Win64; x64)",
        ),
    ),
}
BOUNDARY_PREFIX = {
    "gmail": "0000000000000",
    "apple_html": "Apple-Mail=_",
    "iphone_html": "Apple-Mail-",
    "samsung": "--_com.samsung.android.email_",
}


def reply_subject(r: Reply, q: Quote) -> str:
    if r.subject:
        return r.subject.format(rsub=q.subject)
    prefix = OUTLOOK_RE[q.loc] if r.style in OUTLOOK_FAMILY else "Re: "
    if r.style == "samsung":
        prefix = {"de": "AW: ", "it": "R: "}.get(q.loc, "RE: ")
    return prefix + q.subject


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    index = base64.b64encode(digest(r.key, "thread")[:22]).decode()
    return [
        ("Thread-Topic", header_text(q.subject, r.charset, "Thread-Topic")),
        ("Thread-Index", index),
        (
            "Accept-Language",
            "en-GB, en-US" if r.lang == "en" else f"{r.lang}-{r.lang.upper()}, en-US",
        ),
        ("Content-Language", {"en": "en-GB"}.get(r.lang, f"{r.lang}-{r.lang.upper()}")),
        ("X-MS-Has-Attach", "yes" if r.attach else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def with_attachment(r: Reply, body: Message) -> Message:
    if r.attach is None:
        return body
    name, subtype, data = r.attach
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    part = MIMEApplication(data, subtype)
    part.add_header("Content-Disposition", "attachment", filename=name)
    outer.attach(part)
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


def strip_part_versions(part: Message, root: bool = True) -> None:
    """Only the top of a message (or of an enclosed message) carries MIME-Version."""
    if not root:
        del part["MIME-Version"]
    subparts = (
        [p for p in part.get_payload() if isinstance(p, Message)] if part.is_multipart() else []
    )
    for sub in subparts:
        strip_part_versions(sub, root=part.get_content_type() == "message/rfc822")


def fix_boundaries(msg: Message, key: str, style: str) -> None:
    """Fixed boundaries, shaped like the client's own."""
    prefix = BOUNDARY_PREFIX.get(style, "_000_" if style in OUTLOOK_FAMILY else "----=_Part_")
    parts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(parts):
        part.set_boundary(prefix + b32(key, f"boundary{n}", 24))


def take_headers(msg: Message) -> list[tuple[str, str]]:
    """Remove and return the headers a part was built with, so envelope headers can go first."""
    items = [(k, str(v)) for k, v in msg.items()]
    for name in {k for k, _ in items}:
        del msg[name]
    return items


def finalize(msg: Message, key: str, style: str) -> Message:
    content_headers_last(msg)
    strip_part_versions(msg)
    fix_boundaries(msg, key, style)
    return msg


def build_reply(r: Reply) -> Message:
    q = make_quote(r)
    msg = with_attachment(r, STYLES[r.style](r, q))
    mime_headers = take_headers(msg)
    msg["Return-Path"] = f"<{r.who[1]}>"
    msg["Received"] = received_header(r.key, sender_host(r.style, r.who[1]), r.dt)
    msg["From"] = address(*r.who, r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    msg["Subject"] = header_text(reply_subject(r, q), r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r.key, r.style, r.who[1])
    if r.threaded:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    extra = outlook_headers(r, q) if r.style in OUTLOOK_FAMILY else []
    for name, value in [*extra, *STYLE_HEADERS.get(r.style, ()), *r.headers, *mime_headers]:
        msg[name] = value
    return finalize(msg, r.key, r.style)


# --------------------------------------------------------------------------------------------
# Bounces: machine skeletons around hand-written human-readable parts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt` (the reminder was in `rlang`)."""

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
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def sent(self) -> datetime:
        """When the reminder left Brightwell (delay notices come hours later)."""
        latest = self.dt - timedelta(minutes=2)
        if self.kind == "hard":
            return latest
        utc = self.dt.astimezone(UTC)
        run = utc.replace(hour=8, minute=3 + digest(self.key, "run")[0] % 40, second=0)
        return min(run, latest).astimezone(self.dt.tzinfo)

    def reminder(self) -> Message:
        return original_reminder(self.rlang, self.rcpt, self.sent, self.key)

    def subject(self) -> str:
        return reminder_subject(self.rlang, invoice_for(self.key))


def delivery_status(
    b: Bounce,
    mta: str,
    action: str,
    diagnostic: str,
    remote: str = "",
    *,
    extra: tuple[str, ...] = (),
    retry: timedelta = timedelta(days=3),
) -> Message:
    """A message/delivery-status part; `retry` is how long after this notice delivery goes on."""
    per_message = "\n".join(
        [
            f"Reporting-MTA: dns; {mta}",
            *extra,
            f"Arrival-Date: {format_datetime(b.sent)}",
        ]
    )
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
        lines.append(f"Will-Retry-Until: {format_datetime(b.dt + retry)}")
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    ds.set_payload(
        [message_from_bytes(block.encode() + b"\n") for block in (per_message, "\n".join(lines))]
    )
    return ds


def returned_headers(b: Bounce) -> Message:
    text = "".join(
        f"{k}: {v}\n" for k, v in b.reminder().items() if k != "Content-Transfer-Encoding"
    )
    return text_part(text, "rfc822-headers", "us-ascii", "7bit")


def returned_message(b: Bounce) -> Message:
    return MIMEMessage(b.reminder())


def raw_reminder(b: Bounce) -> str:
    return b.reminder().as_string()


def report(parts: list[Message]) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def finish(
    b: Bounce,
    body: Message,
    sender: str,
    subject: str,
    extra: tuple[tuple[str, str], ...] = (),
) -> Message:
    host = parseaddr(sender)[1].split("@")[1]
    msg = body
    mime_headers = take_headers(msg)
    msg["Return-Path"] = "<>"
    msg["Received"] = received_header(b.key, host, b.dt)
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_text(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 24).lower()}@{host}>"
    for name, value in [*extra, *mime_headers]:
        msg[name] = value
    return finalize(msg, b.key, "bounce")


def plain_notice(text: str, charset: str = "us-ascii", cte: str = "7bit") -> Message:
    return text_part(text, "plain", charset, cte)


def gmail_human(lines: list[str]) -> Message:
    text = "\n\n".join(lines) + "\n"
    markup = (
        "<html><head><style>* body { font-family: Roboto, sans-serif; }</style></head><body>"
        '<table cellpadding="0" cellspacing="0" style="padding-top:32px;background-color:#ffffff"><tbody><tr><td>'
        + "".join(f"<p>{html.escape(x)}</p>" for x in lines)
        + "</td></tr></tbody></table></body></html>\n"
    )
    alt = MIMEMultipart("alternative")
    alt.attach(text_part(text, "plain", "utf-8", "qp"))
    alt.attach(text_part(markup, "html", "utf-8", "qp"))
    return alt


def exchange_human(
    *, head: str, reason: str, admin: str, server: str, diag: str, charset: str
) -> Message:
    text = f"{head}\n\n{reason}\n\n{admin}\n\n{server}\n\n{diag}\n"
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head><body>'
        '<div style="font-family:Segoe UI,Frutiger,Arial,sans-serif">'
        f'<p style="font-size:15pt;color:#C00000"><b>{html_lines(head)}</b></p>'
        f"<p>{html_lines(reason)}</p><br><p><b>{html.escape(admin)}</b></p>"
        f"<p>{html.escape(server)}</p><p>{html_lines(diag)}</p></div></body></html>\n"
    )
    alt = MIMEMultipart("alternative")
    alt.attach(text_part(text, "plain", charset, "qp"))
    alt.attach(text_part(markup, "html", charset, "qp"))
    return alt


EXCHANGE_SENDER = "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@brightwell-labsupplies.example>"
GMAIL_SENDER = "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"


def bounce_sendmail_hard(b: Bounce) -> Message:
    mta = "relay2.brightwell-labsupplies.example"
    remote = "mx.hollinsgate-dental.example"
    human = (
        f"The original message was received at {format_datetime(b.sent)}\n"
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
        plain_notice(human),
        delivery_status(
            b,
            mta,
            "failed",
            f"550 5.1.1 <{b.rcpt}>... User unknown",
            remote,
            extra=("Received-From-MTA: DNS; localhost [127.0.0.1]",),
        ),
        returned_message(b),
    ]
    return finish(
        b,
        report(parts),
        f"Mail Delivery Subsystem <MAILER-DAEMON@{mta}>",
        "Returned mail: see transcript for details",
        (("Auto-Submitted", "auto-generated (failure)"),),
    )


def bounce_qmail_hard(b: Bounce) -> Message:
    host = "mail.uni-easterby.example"
    text = (
        f"Hi. This is the qmail-send program at {host}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "Sorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n" + raw_reminder(b)
    )
    msg = Message()
    msg.set_payload(text)
    return finish(b, msg, f"MAILER-DAEMON@{host}", "failure notice")


def bounce_postfix_delay(b: Bounce) -> Message:
    mta = "mail.brightwell-labsupplies.example"
    remote = "mx.clearstream-water.example"
    human = (
        f"This is the mail system at host {mta}.\n\n"
        "####################################################################\n"
        "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
        "####################################################################\n\n"
        "Your message could not be delivered for more than 4 hour(s).\n"
        "It will be retried until it is 5 day(s) old.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\n"
        "delete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: connect to {remote}[203.0.113.17]:25: Connection timed\n"
        "    out\n"
    )
    parts = [
        plain_notice(human),
        delivery_status(
            b,
            mta,
            "delayed",
            "connect to mx.clearstream-water.example[203.0.113.17]:25: Connection timed out",
            extra=(
                f"X-Postfix-Queue-ID: 4{b32(b.key, 'pfq', 10)}",
                "X-Postfix-Sender: rfc822; " + AR_ADDR,
            ),
            retry=timedelta(days=5) - (b.dt - b.sent),
        ),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        f"MAILER-DAEMON@{mta} (Mail Delivery System)",
        "Delayed Mail (still being retried)",
        (("Auto-Submitted", "auto-replied"),),
    )


def bounce_exchange_de_hard(b: Bounce) -> Message:
    server = "DB9P195MB1742.EURP195.PROD.OUTLOOK.example"
    diag = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    human = exchange_human(
        head=f"Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden.",
        reason="Der Empfänger wurde nicht gefunden. Möglicherweise ist die Adresse falsch geschrieben oder existiert nicht mehr. Prüfen Sie die Adresse, und senden Sie die Nachricht erneut, oder wenden Sie sich auf anderem Weg an den Empfänger.",
        admin="Diagnoseinformationen für Administratoren:",
        server=f"Generierender Server: {server}",
        diag=f"{b.rcpt}\nDer Remoteserver hat '{diag}' zurückgegeben.",
        charset="utf-8",
    )
    parts = [human, delivery_status(b, server, "failed", diag), returned_headers(b)]
    return finish(
        b,
        report(parts),
        EXCHANGE_SENDER,
        f"Unzustellbar: {b.subject()}",
        (
            ("Auto-Submitted", "auto-replied"),
            ("Content-Language", "de-DE"),
            ("X-MS-Exchange-Message-Is-Ndr", ""),
        ),
    )


def bounce_exchange_de_delay(b: Bounce) -> Message:
    server = "FR3P195MB0610.EURP195.PROD.OUTLOOK.example"
    diag = (
        "451 4.4.7 Message delayed; Zielserver mail.wasserpruefung-auental.example antwortet nicht"
    )
    human = exchange_human(
        head=f"Die Zustellung an diese Empfänger oder Gruppen verzögert sich:\n\n{b.rcpt}",
        reason=f"Betreff: {latin1_safe(b.subject())}\n\nDiese Nachricht wurde noch nicht zugestellt. Der Server versucht es weiterhin automatisch, Sie müssen nichts weiter tun.\n\nDer Server versucht noch 1 Tag und 18 Stunden lang, die Nachricht zuzustellen. Falls sie bis dahin nicht zugestellt werden kann, erhalten Sie eine weitere Benachrichtigung.",
        admin="Diagnoseinformationen für Administratoren:",
        server=f"Generierender Server: {server}",
        diag=f"{b.rcpt}\nDer Remoteserver hat '{diag}' zurückgegeben.",
        charset="iso-8859-1",
    )
    parts = [
        human,
        delivery_status(
            b,
            server,
            "delayed",
            diag,
            "mail.wasserpruefung-auental.example",
            retry=timedelta(hours=42),
        ),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        EXCHANGE_SENDER,
        f"Zustellung verzögert: {b.subject()}",
        (("Auto-Submitted", "auto-replied"), ("Content-Language", "de-DE")),
    )


def bounce_isp_fr_hard(b: Bounce) -> Message:
    mta = "relais.hebergeur-azur.example"
    text = (
        "Bonjour,\n\n"
        f"Ceci est un message automatique du serveur {mta}.\n\n"
        "Votre message n'a pas pu être acheminé vers le destinataire ci-dessous, car le domaine de son adresse n'existe pas ou n'accepte pas de courrier :\n\n"
        f"    {b.rcpt}\n"
        "    Motif : 550 5.1.2 Host or domain name not found (domaine introuvable)\n\n"
        "L'échec est définitif : aucune nouvelle tentative ne sera faite. Vérifiez l'orthographe de l'adresse avant de l'utiliser à nouveau.\n\n"
        "Les en-têtes de votre message figurent en pièce jointe.\n\n"
        "-- \nL'équipe technique d'Hébergeur Azur\n"
    )
    parts = [
        plain_notice(text, "iso-8859-1", "qp"),
        delivery_status(
            b,
            mta,
            "failed",
            "550 5.1.2 Host or domain name not found. Name service error for name=labo-eaux-vercors.example type=MX: Host not found",
        ),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        f"Service de messagerie <MAILER-DAEMON@{mta}>",
        f"Non distribué : {b.subject()}",
        (("Auto-Submitted", "auto-replied"),),
    )


def bounce_gmail_fr_delay(b: Bounce) -> Message:
    response = "452-4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp 5b1f17b1804b1-43b3a1c2d4esi2231005f.118 - gsmtp"
    human = gmail_human(
        [
            "** Message pas encore distribué **",
            f"Gmail va réessayer d'envoyer votre message à {b.rcpt} pendant encore 46 heures. Vous recevrez une notification si la distribution échoue définitivement.",
            "La boîte de réception du destinataire est pleine pour le moment.",
            "La réponse a été :",
            response,
        ]
    )
    parts = [
        human,
        delivery_status(
            b,
            "mx.google.com",
            "delayed",
            response.split(" Please", maxsplit=1)[0],
            "gmail-smtp-in.l.google.com",
            retry=timedelta(hours=46),
        ),
        returned_headers(b),
    ]
    return finish(b, report(parts), GMAIL_SENDER, "Notification d'état de la distribution (retard)")


def bounce_exim_es_hard(b: Bounce) -> Message:
    host = "srv07.hostingmeseta.example"
    text = (
        "Este mensaje ha sido generado automáticamente por el sistema de correo de Hosting Meseta.\n\n"
        "No ha sido posible entregar su mensaje a uno o más destinatarios. Se trata de un error permanente. La dirección que ha fallado es:\n\n"
        f"  {b.rcpt}\n"
        "    host mx.clinicadental-alameda.example [203.0.113.58]\n"
        f"    SMTP error from remote mail server after RCPT TO:<{b.rcpt}>:\n"
        f"    550 5.1.1 <{b.rcpt}>: usuario desconocido / user unknown\n\n"
        "------ Copia del mensaje, incluidas todas las cabeceras. ------\n\n" + raw_reminder(b)
    )
    return finish(
        b,
        plain_notice(text, "utf-8", "8bit"),
        f"Mail Delivery System <Mailer-Daemon@{host}>",
        "Error en la entrega: se devuelve el mensaje al remitente",
        (("X-Failed-Recipients", b.rcpt), ("Auto-Submitted", "auto-replied")),
    )


def bounce_isp_es_delay(b: Bounce) -> Message:
    mta = "correo.redhispania-isp.example"
    text = (
        "Estimado usuario:\n\n"
        f"Su mensaje para {b.rcpt} todavía no se ha podido entregar. La conexión con el servidor del destinatario se corta durante la transmisión (421 4.4.2 conexión perdida).\n\n"
        "Seguiremos intentándolo automáticamente durante los próximos 4 días. No es necesario que vuelva a enviar el mensaje; si finalmente no se puede entregar, recibirá otro aviso.\n\n"
        f"Asunto: {b.subject()}\n"
        f"Enviado: {format_datetime(b.sent)}\n\n"
        "Servicio de Correo – RedHispania\n"
    )
    parts = [
        plain_notice(text, "utf-8", "qp"),
        delivery_status(
            b,
            mta,
            "delayed",
            "421 4.4.2 Connection dropped during DATA",
            "mail.hgvaldeolmos.example",
            retry=timedelta(days=4),
        ),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        f"Postmaster <postmaster@{mta}>",
        "Aviso de retraso en la entrega del mensaje",
    )


def bounce_postfix_nl_hard(b: Bounce) -> Message:
    mta = "smtp-uit.mailhosting-polder.example"
    text = (
        f"Dit is een automatisch bericht van de mailserver {mta}.\n\n"
        "Uw bericht kon niet worden afgeleverd bij de volgende ontvanger:\n\n"
        f"    {b.rcpt}\n\n"
        "De ontvangende server meldt dat deze mailbox is uitgeschakeld en geen berichten meer aanneemt:\n"
        f"    550 5.2.1 <{b.rcpt}>: mailbox disabled / account uitgeschakeld\n\n"
        "Dit is een permanente fout; er worden geen nieuwe pogingen gedaan. Neem op een andere manier contact op met de ontvanger.\n\n"
        "Het oorspronkelijke bericht is als bijlage toegevoegd.\n"
    )
    parts = [
        plain_notice(text, "utf-8", "qp"),
        delivery_status(
            b,
            mta,
            "failed",
            f"550 5.2.1 <{b.rcpt}>: mailbox disabled",
            "mx1.zuiverlab-twente.example",
        ),
        returned_message(b),
    ]
    return finish(
        b,
        report(parts),
        f"Mail Delivery System <MAILER-DAEMON@{mta}>",
        "Bericht kon niet worden afgeleverd",
    )


def bounce_gmail_nl_full(b: Bounce) -> Message:
    response = "552-5.2.2 The email account that you tried to reach is over quota. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaPerm 2adb3069b0e04-5a1c3e4f60dsi3311207e87.64 - gsmtp"
    human = gmail_human(
        [
            "** Bericht niet bezorgd **",
            f"Je bericht is niet bezorgd bij {b.rcpt} omdat de inbox van de ontvanger vol is.",
            "Meer informatie: https://support.google.com/mail/?p=OverQuotaPerm",
            "Het antwoord was:",
            response,
        ]
    )
    parts = [
        human,
        delivery_status(
            b,
            "mx.google.com",
            "failed",
            response.split(" Please", maxsplit=1)[0],
            "gmail-smtp-in.l.google.com",
        ),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        GMAIL_SENDER,
        "Melding over de status van de bezorging (fout)",
        (("X-Failed-Recipients", b.rcpt),),
    )


def bounce_greylist_it(b: Bounce) -> Message:
    mta = "smtp.postaufficio-italia.example"
    text = (
        "Questo è un avviso automatico: non è necessario reinviare il messaggio.\n\n"
        f"Il server del destinatario {b.rcpt} ha rifiutato temporaneamente il messaggio (greylisting) e ha chiesto di riprovare più tardi:\n\n"
        f"    450 4.7.1 <{b.rcpt}>: Recipient address rejected: Greylisted, please try again later\n\n"
        "Il nostro sistema ripeterà l'invio automaticamente per i prossimi 5 giorni. Se la consegna non andrà a buon fine riceverete un'ulteriore notifica.\n\n"
        "Posta Ufficio Italia - assistenza tecnica\n"
    )
    parts = [
        plain_notice(text, "iso-8859-1", "qp"),
        delivery_status(
            b,
            mta,
            "delayed",
            f"450 4.7.1 <{b.rcpt}>: Recipient address rejected: Greylisted, please try again later",
            "mx.laboratorio-acque-brenta.example",
            retry=timedelta(days=5),
        ),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        f"Sistema di posta <MAILER-DAEMON@{mta}>",
        "Avviso: consegna ritardata del messaggio",
    )


# --------------------------------------------------------------------------------------------
# Labels, checks, output
# --------------------------------------------------------------------------------------------


def reply_label(r: Reply) -> dict[str, object]:
    label: dict[str, object] = {"intent": r.intent}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update({k: v for k, v in r.labels.items() if k in LABEL_KEYS})
    label["invoice_refs"] = r.labels.get("invoice_refs", [])
    label["language"] = r.lang
    label["note"] = r.labels.get("note")
    return label


def bounce_label(b: Bounce) -> dict[str, object]:
    label: dict[str, object] = {"intent": "bounce"}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


def label_refs(r: Reply) -> list[str]:
    refs = r.labels.get("invoice_refs", [])
    return [str(x) for x in refs] if isinstance(refs, list) else []


def date_problems(r: Reply) -> list[str]:
    problems = []
    local_day = r.dt.date()
    if not FIRST_DAY <= local_day <= LAST_DAY:
        problems.append("date out of range")
    for name in ("paid_date", "promised_date", "return_date"):
        value = r.labels.get(name)
        if value is None:
            continue
        day = date.fromisoformat(str(value))
        if name == "paid_date" and day > local_day:
            problems.append("paid after the message")
        if name != "paid_date" and day < local_day:
            problems.append(f"{name} before the message")
    return problems


def text_problems(r: Reply) -> list[str]:
    problems = []
    amount = r.labels.get("amount")
    if amount is not None and not re.fullmatch(r"\d+\.\d{2}", str(amount)):
        problems.append("amount format")
    if (amount is None) != (r.labels.get("currency") is None):
        problems.append("amount and currency go together")
    refs = label_refs(r)
    problems += [f"{ref} not in the text" for ref in refs if ref[5:] not in r.body]
    found = set(INVOICE_RE.findall(r.body))
    if not found <= set(refs):
        problems.append(f"unlabelled invoice numbers {sorted(found - set(refs))}")
    contact = r.labels.get("new_contact")
    cc = " ".join(v for k, v in r.headers if k == "Cc")
    if contact is not None and (
        str(contact) != str(contact).lower() or str(contact) not in (r.body + cc).lower()
    ):
        problems.append("new_contact not in the text or not lower case")
    ref = r.labels.get("payment_reference")
    if ref is not None and str(ref) not in r.body:
        problems.append("payment_reference not in the text")
    return problems


def check_reply(r: Reply) -> None:
    """Labels must be consistent with the hand-written text and the message date."""
    problems = []
    if r.intent not in INTENTS or r.lang not in LANGS or r.style not in STYLES:
        problems.append("unknown intent, language or style")
    problems += date_problems(r) + text_problems(r)
    if problems:
        raise SystemExit(f"{r.key}: " + "; ".join(problems))


def visible_text(msg: Message) -> str:
    chunks = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            text = str(part.get_content())  # type: ignore[attr-defined]
            if part.get_content_subtype() == "html":
                text = html.unescape(re.sub(r"<[^>]+>", "\n", text))
            chunks.append(text)
    return re.sub(r"\s+", " ", "\n".join(chunks))


def check_message(name: str, data: bytes, body: str) -> None:
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{name}: no {header}")
    text = visible_text(msg)
    for raw in body.split("\n"):
        line = re.sub(r"\s+", " ", raw).strip()
        if line and line not in text:
            raise SystemExit(
                f"{name}: the hand-written line {line[:40]!r} does not survive parsing"
            )


def count_table(labels: list[dict[str, object]]) -> str:
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


def check_counts(labels: list[dict[str, object]]) -> None:
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    per_intent = Counter(str(x["intent"]) for x in labels)
    problems = [f"{i}: {per_intent[i]}" for i in INTENTS if per_intent[i] != 12]
    problems += [f"{i}/{lang} empty" for i in INTENTS for lang in LANGS if not cells[i, lang]]
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    if kinds != Counter({"hard": 6, "soft": 6}):
        problems.append(f"bounce kinds {dict(kinds)}")
    if problems:
        raise SystemExit("counts: " + ", ".join(problems))


def all_messages() -> list[tuple[str, Message, dict[str, object], str]]:
    items = []
    for r in REPLIES:
        check_reply(r)
        items.append((r.key, build_reply(r), reply_label(r), r.body))
    for b, build in BOUNCES:
        items.append((b.key, build(b), bounce_label(b), ""))
    return items


def write_all(strict: bool = True) -> list[dict[str, object]]:
    items = all_messages()
    keys = [key for key, _, _, _ in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    random.Random(SEED).shuffle(items)
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels = []
    for number, (_, msg, label, body) in enumerate(items, start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = msg.as_bytes()
        check_message(name, data, body)
        (HERE / name).write_bytes(data)
        labels.append({"file": name, **label})
    if strict:
        check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels


def main() -> int:
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {dict(sorted(kinds.items()))}")
    return 0


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO = ("Auto-Submitted", "auto-replied")
XARS = ("X-Auto-Response-Suppress", "All")
FAKE_PDF = (
    b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)

REPLIES: list[Reply] = []

# payment_sent ------------------------------------------------------------------------------

REPLIES += [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Rob Adeyemi", "rob@helixforge-bio.example"),
        "2026-11-26 17:52 +0000",
        "iphone",
        "Paid.",
        lab(
            note="one-word reply in the past tense; no date, amount or reference. English reply to a Dutch reminder"
        ),
        inv="BW26-04183",
        amt="€ 418,00",
        rlang="nl",
        loc="en",
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        (
            "Kestrel Vale Hospitals – Accounts Payable",
            "ap-remittance@kestrelvale-hospitals.example",
        ),
        "2026-12-01 18:04 +0000",
        "none_alt",
        "REMITTANCE ADVICE\n\nPayer: Kestrel Vale Hospitals – Finance Shared Service Centre\nSupplier: Brightwell Lab Supplies Ltd (supplier no. 0031774)\nPayment number: 4400918273\nPayment date: 01/12/2026\nPayment method: BACS\n\nInvoice number    Invoice date    Amount paid\nBW26-03981        14/09/2026      £1,212.00\nBW26-04102        29/09/2026      £640.50\n\nTotal paid: £1,852.50 GBP\n\nThis advice has been generated automatically by the accounts payable system. Please allow three working days for the funds to reach your account. Do not reply to this address; raise any query through the supplier portal, quoting the payment number.",
        lab(
            ("BW26-03981", "BW26-04102"),
            paid_date="2026-12-01",
            payment_reference="4400918273",
            amount="1852.50",
            currency="GBP",
            note="remittance advice generated by the customer's AP system, not in the reminder thread; automatic, but it reports a payment, so payment_sent rather than auto_reply",
        ),
        subject="Remittance advice – payment 4400918273 – Brightwell Lab Supplies Ltd",
        headers=(("Auto-Submitted", "auto-generated"), ("X-Mailer", "ProcureLink AP 9.3")),
        threaded=False,
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Kerry-Ann Booth", "practice@millbrookdental.example"),
        "2026-12-10 13:07 +0000",
        "samsung",
        "done",
        lab(note="'done' answering an overdue reminder means paid; no date"),
        inv="BW26-04702",
        amt="£286.35",
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Monika Reuß", "monika.reuss@uni-talheim.example"),
        "2026-11-30 09:12 +0100",
        "outlook",
        'Sehr geehrte Damen und Herren,\n\ndie o. g. Rechnung wurde am 25.11.2026 von unserer Haushaltsabteilung zur Zahlung angewiesen (Buchungsnummer 5100234871, Betrag 1.918,40 EUR). Die Gutschrift erscheint auf Ihrem Konto unter dem Auftraggeber "Universitätskasse Talheim", nicht unter dem Namen des Instituts.\n\nWir bitten, die Mahnung als erledigt zu betrachten.\n\nMit freundlichen Grüßen\ni. A. Monika Reuß\n\nUniversität Talheim\nInstitut für Biochemie - Sekretariat\nAuenweg 14, 79999 Talheim\nTel. +49 7999 123-4410\n\nDiese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese Nachricht. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet.',
        lab(
            paid_date="2026-11-25",
            payment_reference="5100234871",
            amount="1918.40",
            currency="EUR",
            note="payment instructed by the university's budget office on 25 Nov: out of the writer's hands, so paid on that day",
        ),
        inv="BW26-04388",
        charset="iso-8859-1",
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Dr Anne-Sophie Marchal", "cabinet.marchal@dentiste-rivesud.example"),
        "2026-12-01 08:40 +0100",
        "iphone",
        "Bonjour,\nC'est réglé depuis vendredi, par virement.\nBonne journée\nDr A-S Marchal",
        lab(paid_date="2026-11-27", note="'depuis vendredi' is past: the Friday before Tue 1 Dec"),
        inv="BW26-04420",
        amt="312,00 €",
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Julien Ferrand", "j.ferrand@hydrolab-analyses.example"),
        "2026-12-03 11:26 +0100",
        "gmail",
        "Bonjour,\n\nVeuillez trouver ci-joint l'avis de virement SEPA émis ce jour pour la facture BW26-04455, d'un montant de 764,25 €.\nRéférence de l'opération : VIR-2026-118342\n\nLe retard vient d'un changement de logiciel comptable chez nous, toutes nos excuses.\n\nCordialement,\n\nJulien Ferrand\nResponsable administratif et financier\nHydrolab Analyses – Laboratoire d'analyses des eaux\nLaboratoire accrédité – portée disponible sur demande",
        lab(
            ("BW26-04455",),
            paid_date="2026-12-03",
            payment_reference="VIR-2026-118342",
            amount="764.25",
            currency="EUR",
            note="transfer advice attached as a PDF; 'émis ce jour' is the message date. Gmail set to English, so the attribution line is English",
        ),
        inv="BW26-04455",
        loc="en",
        attach=("avis_virement_BW26-04455.pdf", "pdf", FAKE_PDF),
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Rocío Benítez Marín", "rbenitez@hu-sierraalta.example"),
        "2026-12-02 12:48 +0100",
        "outlook_html",
        "Buenos días:\n\nLe informamos de que la factura BW26-04501 se abonó mediante transferencia el pasado 27 de noviembre, dentro de la remesa de pagos a proveedores (orden de pago 2026/OP/11893), por un importe de 1.452,90 €.\n\nSi no les consta el cobro, les rogamos que nos envíen un extracto de su cuenta para comprobarlo con Tesorería.\n\nAtentamente,\n\nRocío Benítez Marín\nUnidad de Gestión Económica – Servicio de Compras\nHospital Universitario Sierra Alta\nTel. 910 000 418\n\nAVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine. Los datos personales se tratan conforme a la normativa de protección de datos vigente.",
        lab(
            ("BW26-04501",),
            paid_date="2026-11-27",
            payment_reference="2026/OP/11893",
            amount="1452.90",
            currency="EUR",
            note="hospital purchasing office; the request for a statement is only conditional",
        ),
        inv="BW26-04501",
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Iker Zubiaurre", "iker@nanobask-bio.example"),
        "2026-12-10 19:31 +0100",
        "gmail_plain",
        "Hola,\n\nLa transferencia salió ayer por la tarde desde la cuenta de la empresa, así que en un par de días la tendréis. Si el lunes todavía no os aparece, escribidme y lo miro con el banco.\n\nUn saludo,\nIker Zubiaurre\nCOO · NanoBask Biotech S.L.\nEdificio Harrobi, planta 2 · Bilbao\n\n--\nProtección de datos: puede ejercer sus derechos de acceso, rectificación y supresión, o darse de baja de nuestras comunicaciones, escribiendo a privacidad@nanobask-bio.example.",
        lab(
            paid_date="2026-12-09",
            note="'ayer' is the day before Thu 10 Dec; 'el lunes' is only when to check; the footer's 'darse de baja' is boilerplate, not a request",
        ),
        amt="2.210,00 €",
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Anouk Verbeek", "a.verbeek@aqualab-ijssel.example"),
        "2026-12-07 10:02 +0100",
        "outlook",
        "Goedemorgen,\n\nDeze factuur is vrijdag 4 december voldaan, samen met BW26-04593. Totaal overgemaakt: € 3.412,70.\n\nMet vriendelijke groet,\n\nAnouk Verbeek\nFinanciële administratie\nAquaLab IJssel B.V. – laboratorium voor water- en bodemonderzoek\nPostbus 1234, 7400 AA Deventer",
        lab(
            ("BW26-04593",),
            paid_date="2026-12-04",
            amount="3412.70",
            currency="EUR",
            note="'deze factuur' is the reminded one, named only in the subject; the amount is the total transferred for both",
        ),
        inv="BW26-04561",
        charset="windows-1252",
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        ("Femke de Wit", "femke@tandartspraktijk-hofzicht.example"),
        "2026-12-15 14:22 +0100",
        "apple",
        "Hoi,\n\nNet overgemaakt, sorry! De factuur was in de spam beland.\n\nGroetjes,\nFemke\nTandartspraktijk Hofzicht",
        lab(
            paid_date="2026-12-15",
            note="'net overgemaakt' = transferred just now: the message date",
        ),
        amt="€ 198,40",
        cte="8bit",
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Chiara Montanari", "acquisti.dsb@unimarsica.example"),
        "2026-12-04 10:40 +0100",
        "thunderbird",
        "Buongiorno,\n\nsi comunica che con mandato di pagamento n. 2026/4127 del 02/12/2026 è stata liquidata la fattura BW26-04622.\n\nTrattandosi di ente pubblico in regime di scissione dei pagamenti (split payment), è stato versato l'imponibile di EUR 565,25; l'IVA di EUR 124,35 è stata versata direttamente all'Erario.\n\nCordiali saluti\n\nDott.ssa Chiara Montanari\nUfficio Acquisti e Contratti\nDipartimento di Scienze Biomediche\nUniversità degli Studi di Marsica",
        lab(
            ("BW26-04622",),
            paid_date="2026-12-02",
            payment_reference="2026/4127",
            amount="565.25",
            currency="EUR",
            note="public body under split payment: the amount paid is the net figure stated, not the invoice total",
        ),
        inv="BW26-04622",
        charset="iso-8859-1",
    ),
    Reply(
        "ps-it-2",
        "payment_sent",
        "it",
        ("Silvia Gasperi", "amministrazione@analisiacque-dolomiti.example"),
        "2026-12-11 16:05 +0100",
        "gmail",
        "Buongiorno,\n\nil bonifico è partito stamattina, CRO 1101263450012876, importo 689,60 euro.\n\nBuona giornata\nSilvia Gasperi\nLaboratorio Analisi Acque Dolomiti srl",
        lab(
            paid_date="2026-12-11",
            payment_reference="1101263450012876",
            amount="689.60",
            currency="EUR",
        ),
        cte="b64",
    ),
]

# promise_to_pay ----------------------------------------------------------------------------

REPLIES += [
    Reply(
        "pp-en-1",
        "promise_to_pay",
        "en",
        ("Hannah Kowalczyk", "hannah@quillbio.example"),
        "2026-12-02 16:15 +0000",
        "gmail",
        "Hi there,\n\nApologies – we're a small team and I'm behind on payables. Our seed extension closes this week, and once the funds clear on Monday I'll pay this and the two other Brightwell invoices in one go.\n\nIf you need anything from me before then, just shout.\n\nBest,\nHannah\n\nHannah Kowalczyk\nCo-founder & COO, Quill Bio Ltd\nUnit 7, The Innovation Yard, Cambridge",
        lab(
            promised_date="2026-12-07",
            note="event promise tied to a named day: 'once the funds clear on Monday' after Wed 2 Dec gives Mon 7 Dec",
        ),
        inv="BW26-04690",
        amt="£3,120.00",
    ),
    Reply(
        "pp-en-2",
        "promise_to_pay",
        "en",
        ("Derek Olusanya", "derek.olusanya@stmarrow-hospital.example"),
        "2026-12-09 11:02 +0000",
        "outlook_html",
        "Good morning,\n\nThank you for your email. Invoice BW26-04705 is on our payment proposal for Thursday 17 December. It could not be released earlier because the goods receipt against the purchase order was only booked yesterday by the pathology stores.\n\nKind regards,\n\nDerek Olusanya\nPurchase-to-Pay Officer\nProcurement Department, St Marrow's Hospital\n\nThis e-mail and any attachments are confidential and may contain legally privileged information. If you are not the intended recipient, please notify the sender immediately and delete the e-mail. Any views expressed are those of the author and do not necessarily represent those of St Marrow's Hospital.",
        lab(
            ("BW26-04705",),
            promised_date="2026-12-17",
            note="hospital payment run; 'yesterday' is about the goods receipt, not a payment",
        ),
        inv="BW26-04705",
        amt="£5,462.40",
    ),
    Reply(
        "pp-en-3",
        "promise_to_pay",
        "en",
        ("Gareth Pryce", "gareth@pryce-dental.example"),
        "2026-11-30 08:55 +0000",
        "thunderbird",
        "Hello,\n\nI honestly thought we'd paid this in October, but looking at the bank it was set up and never actually sent. My fault. It will go out with our supplier payments on Friday the 4th.\n\nRegards,\nGareth Pryce\nPractice Manager, Pryce & Lowe Dental Care",
        lab(
            promised_date="2026-12-04",
            note="the past tense is about a payment that never left; the promise is for Fri 4 Dec",
        ),
        amt="£742.90",
    ),
    Reply(
        "pp-de-1",
        "promise_to_pay",
        "de",
        ("Dr. Jana Köhler", "praxis@zahnarzt-koehler.example"),
        "2026-12-07 18:40 +0100",
        "android",
        "Guten Abend,\n\nEntschuldigung, das ist bei uns untergegangen. Wir überweisen den Betrag bis spätestens 15.12.\n\nViele Grüße\nJ. Köhler",
        lab(promised_date="2026-12-15"),
        amt="436,80 €",
    ),
    Reply(
        "pp-de-2",
        "promise_to_pay",
        "de",
        ("Thomas Brandl", "t.brandl@wasserlabor-isartal.example"),
        "2026-12-10 14:33 +0100",
        "thunderbird",
        "Hallo zusammen,\n\ndie Rechnung BW26-04744 ist von der Geschäftsführung freigegeben und geht mit unserem nächsten Zahllauf am Dienstag raus.\n\nGruß\nThomas Brandl\nWasserlabor Isartal GmbH\nKaufmännische Leitung",
        lab(
            ("BW26-04744",),
            promised_date="2026-12-15",
            note="'freigegeben' is past, but the payment run is future: the Tuesday after Thu 10 Dec",
        ),
        inv="BW26-04744",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "pp-fr-1",
        "promise_to_pay",
        "fr",
        ("Sandrine Lemoine", "sandrine.lemoine@univ-garonne.example"),
        "2026-12-04 10:20 +0100",
        "owa",
        "Bonjour,\n\nLa facture BW26-04760 a bien été transmise à l'agence comptable de l'université, qui est en train de la traiter. Le paiement devrait intervenir d'ici le 18 décembre.\n\nJe reste à votre disposition si besoin.\n\nBien cordialement,\n\nSandrine Lemoine\nGestionnaire financière – Unité de recherche « Biologie des membranes »\nUniversité Garonne",
        lab(
            ("BW26-04760",),
            promised_date="2026-12-18",
            note="university accounting office; 'devrait intervenir d'ici le 18' is the date given",
        ),
        inv="BW26-04760",
    ),
    Reply(
        "pp-es-1",
        "promise_to_pay",
        "es",
        ("Marisa Cuadrado", "marisa@clinicadentalarcos.example"),
        "2026-11-24 21:10 +0100",
        "iphone",
        "Hola, perdona el retraso. Te lo pago el viernes sin falta.\nMarisa",
        lab(promised_date="2026-11-27", note="'el viernes' after Tue 24 Nov"),
        amt="265,10 €",
    ),
    Reply(
        "pp-es-2",
        "promise_to_pay",
        "es",
        ("Álvaro Sanz", "alvaro.sanz@genomix-levante.example"),
        "2026-12-14 12:12 +0100",
        "outlook",
        "Buenos días,\n\nEsta factura se pagará con cargo al proyecto de investigación que nos financia la Fundación. En cuanto la Fundación nos ingrese la segunda anualidad la abonamos; nos dicen que será en enero.\n\nDisculpen las molestias.\n\nÁlvaro Sanz\nDirector científico\nGenomix Levante S.L.",
        lab(note="conditional promise; 'en enero' cannot be pinned to a day"),
        charset="iso-8859-1",
    ),
    Reply(
        "pp-nl-1",
        "promise_to_pay",
        "nl",
        ("Sanne Kuipers", "s.kuipers@rijnvliet-ziekenhuis.example"),
        "2026-12-08 09:45 +0100",
        "outlook_html",
        "Goedemorgen,\n\nUw factuur BW26-04811 is goedgekeurd en wordt in week 51 betaald.\n\nMet vriendelijke groet,\n\nSanne Kuipers\nCrediteurenadministratie\nZiekenhuis Rijnvliet\n\nDit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Bent u niet de bedoelde ontvanger, verwijder dit bericht dan en stel de afzender op de hoogte. Aan dit bericht kunnen geen rechten worden ontleend.",
        lab(
            ("BW26-04811",),
            promised_date="2026-12-14",
            note="'week 51' (ISO week, 14–20 Dec 2026) → its Monday, as for 'next week'",
        ),
        inv="BW26-04811",
    ),
    Reply(
        "pp-nl-2",
        "promise_to_pay",
        "nl",
        ("Bram Hoekstra", "bram@celvorm.example"),
        "2026-12-16 17:48 +0100",
        "gmail",
        "Hoi,\n\nMijn excuses, deze was ik uit het oog verloren. Ik zorg dat hij morgen de deur uit gaat.\n\nGroet,\nBram Hoekstra\nCelVorm B.V. – celkweekmodellen",
        lab(
            promised_date="2026-12-17",
            note="Dutch reply to an English reminder; 'morgen' after Wed 16 Dec",
        ),
        rlang="en",
        amt="€2,075.00",
    ),
    Reply(
        "pp-it-1",
        "promise_to_pay",
        "it",
        ("Giulia Ferraris", "segreteria@studiodentisticoferraris.example"),
        "2026-12-07 15:20 +0100",
        "iphone_html",
        "Buongiorno, provvederemo al saldo entro venerdì 11. Scusate il ritardo.\nGiulia\nStudio Dentistico Ferraris",
        lab(promised_date="2026-12-11"),
    ),
    Reply(
        "pp-it-2",
        "promise_to_pay",
        "it",
        ("Marco Pellegrini", "liquidazione.fatture@ao-valmarina.example"),
        "2026-12-14 11:30 +0100",
        "outlook",
        "Gentili Signori,\n\nin riferimento al sollecito in oggetto, la fattura BW26-04833 risulta liquidata dal servizio competente e sarà pagata con il prossimo ciclo di pagamenti del 21 dicembre.\n\nDistinti saluti\n\nMarco Pellegrini\nU.O.C. Gestione Economico-Finanziaria\nAzienda Ospedaliera di Valmarina",
        lab(
            ("BW26-04833",),
            promised_date="2026-12-21",
            note="'liquidata' means approved for payment in Italian public accounting, not paid; the payment run is the 21st",
        ),
        inv="BW26-04833",
        amt="€ 2.940,00",
    ),
]

# dispute -----------------------------------------------------------------------------------

REPLIES += [
    Reply(
        "di-en-1",
        "dispute",
        "en",
        ("Dr Imogen Hartley", "imogen@hartleyandshawdental.example"),
        "2026-11-27 12:40 +0000",
        "gmail",
        "Hi,\n\nWe have NOT paid this because the goods never arrived. Your courier's tracking says 'delivered – left with reception' on 14 October, but nobody here signed for it and it isn't on our CCTV either. Please raise it with the courier before sending any more reminders.\n\nWe're happy to pay as soon as the order actually turns up.\n\nImogen Hartley\nHartley & Shaw Dental Practice",
        lab(
            note="negated payment with the reason (goods never arrived): dispute; the conditional payment is secondary"
        ),
        inv="BW26-04851",
        amt="£1,096.00",
    ),
    Reply(
        "di-en-2",
        "dispute",
        "en",
        ("Dr Fergus Whitlock", "f.whitlock@ecology.uni-northmere.example"),
        "2026-12-03 15:05 +0000",
        "outlook_html",
        "Dear Brightwell team,\n\nTwo separate things here:\n\n1. BW26-04711 was paid on 20 November (university payment ref UN-AP-330917), so please take that off our statement.\n2. BW26-04740, the one in your reminder, includes three calibration certificates for the microbalances that we have never received. Without them the balances can't go back into service under our quality system. We will not pay that invoice until the certificates arrive or you issue a credit note for the calibration line.\n\nRegards,\nFergus Whitlock\nLaboratory Manager, School of Ecology and Environment\nUniversity of Northmere",
        lab(
            ("BW26-04711", "BW26-04740"),
            note="one invoice paid, the reminded one disputed: dispute wins; the paid date and reference belong to the other invoice and are not labelled",
        ),
        inv="BW26-04740",
        amt="£1,985.00",
    ),
    Reply(
        "di-en-3",
        "dispute",
        "en",
        ("Lena Marsh", "lena.marsh@tidewater-testing.example"),
        "2026-12-15 09:20 +0000",
        "owa",
        "Morning,\n\nI'm querying this invoice rather than paying it. Your engineer's visit on 12 November was cut short – he calibrated four of our nine balances and two of the three pH meters, then left for another job. The invoice charges for the full service-contract visit (9 balances, 3 meters).\n\nPlease reissue it for the work actually done, or book a return visit to finish the rest and we'll pay in full then.\n\nThanks,\nLena Marsh\nQuality Manager\nTidewater Testing Ltd – drinking water & environmental analysis",
        lab(
            note="service only partly performed; the reissue request follows from contesting the amount, so dispute, not invoice_request"
        ),
        inv="BW26-04902",
        amt="£2,160.00",
    ),
    Reply(
        "di-de-1",
        "dispute",
        "de",
        ("Dr. Stefan Albers", "einkauf.labor@klinikum-nordheide.example"),
        "2026-11-25 10:50 +0100",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nwir widersprechen der o. g. Rechnung. Die Lieferung vom 29.10. (Lieferschein LS-77812) ist mit unterbrochener Kühlkette bei uns angekommen: Der beigelegte Temperaturlogger zeigte beim Auspacken 19 °C, vorgeschrieben sind 2–8 °C. Die Reagenzien wurden von unserem Zentrallabor gesperrt und entsorgt; das Protokoll liegt Ihrem Kundendienst seit dem 30.10. vor.\n\nWir bitten um eine Gutschrift über den vollen Rechnungsbetrag oder um eine kostenlose Ersatzlieferung.\n\nMit freundlichen Grüßen\n\nDr. Stefan Albers\nLeitung Einkauf Labor- und Medizinbedarf\nKlinikum Nordheide gGmbH\n\nKlinikum Nordheide gGmbH · Sitz: Nordheide · Amtsgericht Nordheide HRB 1234 · Geschäftsführung: Dr. Eva Lindqvist",
        lab(note="hospital purchasing; broken cold chain, goods destroyed"),
        inv="BW26-04915",
        amt="2.764,50 €",
    ),
    Reply(
        "di-de-2",
        "dispute",
        "de",
        ("Petra Hinz", "p.hinz@mikrobiom-labs.example"),
        "2026-12-16 16:45 +0100",
        "gmail",
        "Hallo,\n\ndie BW26-04802 ist eine Doppelberechnung: Sie betrifft dieselbe Lieferung (Lieferschein 88213, 40 Packungen Filterspitzen) wie die BW26-04766, die wir am 12.11. bezahlt haben. Bitte stornieren Sie die doppelte Rechnung.\n\nDanke und viele Grüße\nPetra Hinz\nMikrobiom Labs GmbH – Office & Finance",
        lab(
            ("BW26-04766", "BW26-04802"),
            note="the 12 Nov payment belongs to the first invoice; the reminded one is contested as a duplicate. German reply to an English reminder",
        ),
        inv="BW26-04802",
        rlang="en",
        amt="€1,126.40",
    ),
    Reply(
        "di-fr-1",
        "dispute",
        "fr",
        ("Élodie Garnier", "assistante@cabinetdentaire-garnier.example"),
        "2026-11-30 14:10 +0100",
        "apple_html",
        "Bonjour,\n\nNous avons commandé 10 boîtes de gants nitrile taille S et 6 flacons de désinfectant, mais nous n'avons reçu que 6 boîtes de gants. La facture compte pourtant 10 boîtes.\n\nPouvez-vous nous faire un avoir pour les 4 boîtes manquantes, ou nous les envoyer ? Nous réglerons à réception.\n\nCordialement,\nÉlodie Garnier\nAssistante – Cabinet dentaire Garnier & Roux",
        lab(note="short delivery; payment only once it is put right"),
        inv="BW26-04930",
        amt="418,20 €",
    ),
    Reply(
        "di-fr-2",
        "dispute",
        "fr",
        ("Mathieu Roy", "mathieu.roy@cellivia-bio.example"),
        "2026-12-08 17:02 +0100",
        "thunderbird",
        "Bonjour,\n\nNous contestons les frais de port de 85,00 € HT portés sur la facture BW26-04944 : la commande dépassait largement le seuil de franco de 500 € prévu dans nos conditions négociées (offre du 3 mars 2026).\n\nMerci de nous adresser une facture rectifiée ou un avoir du montant correspondant ; le reste de la facture sera réglé dès réception.\n\nMathieu Roy\nResponsable achats – Cellivia Biotech SAS",
        lab(
            ("BW26-04944",),
            note="one charge contested; the rest is paid only on a corrected invoice",
        ),
        inv="BW26-04944",
    ),
    Reply(
        "di-es-1",
        "dispute",
        "es",
        ("Nuria Ortega Vidal", "nortega@hgvaldeolmos.example"),
        "2026-12-04 09:35 +0100",
        "outlook",
        "Buenos días:\n\nNo podemos tramitar el pago de esta factura. Los precios facturados para las puntas de pipeta con filtro (ref. BW-PT200F) no corresponden a los adjudicados en el expediente de contratación 2026/SUM/045, que fija 41,20 € por caja; ustedes han facturado 55,90 € por caja.\n\nLes rogamos que emitan una factura rectificativa con el precio adjudicado.\n\nUn saludo,\n\nNuria Ortega Vidal\nServicio de Suministros\nHospital General de Valdeolmos",
        lab(
            note="price differs from the tender award; the corrected invoice follows from the contested price"
        ),
        inv="BW26-04958",
        amt="3.318,60 €",
    ),
    Reply(
        "di-nl-1",
        "dispute",
        "nl",
        ("Joris van Leeuwen", "j.vanleeuwen@waterlab-delfland.example"),
        "2026-11-23 11:15 +0100",
        "outlook",
        "Goedemorgen,\n\nDeze factuur betalen wij niet. De kalibratie van onze drie pH-meters en de geleidbaarheidsmeter die erop staat, is nooit uitgevoerd: uw monteur is op 18 november niet verschenen en er is ook geen nieuwe afspraak gemaakt.\n\nGraag een creditnota, of plan een nieuwe afspraak in. Pas als de kalibratie gedaan is, betalen we.\n\nMet vriendelijke groet,\nJoris van Leeuwen\nTeamleider laboratorium\nWaterlab Delfland",
        lab(note="invoiced service never performed; refusal with the reason"),
        charset="iso-8859-1",
    ),
    Reply(
        "di-nl-2",
        "dispute",
        "nl",
        ("Lotte Smits", "inkoop@biosynthia.example"),
        "2026-12-11 13:55 +0100",
        "gmail",
        "Hallo,\n\nDe pipetpunten uit deze order zijn in orde en dat deel betalen we gewoon. De centrifugebuizen (50 ml) zijn echter in de verkeerde maat geleverd – we hadden 15 ml besteld – en gaan retour. Voor dat deel verwachten we een creditnota; tot die er is, houden we die € 480,00 aan.\n\nHet retourformulier is al ingevuld via jullie website, RMA 55107.\n\nGroet,\nLotte Smits\nInkoop & Labbeheer – BioSynthia B.V.",
        lab(
            note="part accepted and to be paid without a date, part returned and contested: the dispute drives the action"
        ),
        inv="BW26-04977",
        amt="€ 1.640,00",
    ),
    Reply(
        "di-it-1",
        "dispute",
        "it",
        ("Dott. Paolo Rinaldi", "qualita@idrolab-po.example"),
        "2026-12-02 12:00 +0100",
        "outlook_html",
        "Buongiorno,\n\nil certificato di taratura emesso per la nostra bilancia analitica riporta un numero di serie che non corrisponde allo strumento (riportato SN 8841207, quello corretto è SN 8841270). Con questo errore il certificato non è utilizzabile ai fini dell'accreditamento del laboratorio.\n\nFinché non riceveremo il certificato corretto, la fattura BW26-04989 resta sospesa.\n\nCordiali saluti\n\nDott. Paolo Rinaldi\nResponsabile Qualità\nIdrolab Po S.r.l. – Analisi chimiche e microbiologiche delle acque",
        lab(
            ("BW26-04989",),
            note="payment withheld until a corrected calibration certificate arrives: dispute, not invoice_request",
        ),
        inv="BW26-04989",
    ),
    Reply(
        "di-it-2",
        "dispute",
        "it",
        ("Francesca Lombardi", "francesca.lombardi@unitirreno.example"),
        "2026-12-17 10:14 +0100",
        "gmail",
        "Gentili Signori,\n\nl'ordine relativo a questa fattura era stato annullato il 3 novembre con nostra comunicazione scritta (protocollo n. 18842/2026). La merce è stata comunque spedita ed è ferma presso il nostro magazzino, ancora imballata.\n\nVi chiediamo di emettere una nota di credito e di organizzare il ritiro del materiale.\n\nCordiali saluti,\nFrancesca Lombardi\nSegreteria amministrativa\nDipartimento di Chimica – Università del Tirreno",
        lab(note="goods shipped after the order was cancelled"),
    ),
]

# payment_plan ------------------------------------------------------------------------------

REPLIES += [
    Reply(
        "pl-en-1",
        "payment_plan",
        "en",
        ("Oliver Grant", "oliver@tessellate-therapeutics.example"),
        "2026-11-25 14:30 +0000",
        "gmail_plain",
        "Hi,\n\nCash is tight until our next grant tranche lands in February. Rather than leave this sitting, could we pay it off at £1,000 a month from December, with the balance in March? Happy to set up a standing order so you don't have to chase.\n\nThanks,\nOliver\nOliver Grant | Finance Lead | Tessellate Therapeutics Ltd",
        lab(note="monthly instalments proposed; plan amounts and dates are not labelled"),
        amt="£4,780.00",
    ),
    Reply(
        "pl-en-2",
        "payment_plan",
        "en",
        ("Sunita Chauhan", "sunita@brookfield-smiles.example"),
        "2026-12-04 19:22 +0000",
        "iphone",
        "Hello, I've just sent £600 towards this. Could I do the other half in January? It's been a slow autumn at the practice.\nSunita",
        lab(note="part payment now plus the rest later: payment_plan, not payment_sent"),
        amt="£1,204.00",
    ),
    Reply(
        "pl-en-3",
        "payment_plan",
        "en",
        ("Margaret Ellery", "m.ellery@physiol.uni-northmere.example"),
        "2026-12-14 10:05 +0000",
        "outlook",
        "Dear Sir or Madam,\n\nOur departmental consumables budget for this financial year is fully committed, and the finance office will not release any more until the new budget opens on 1 April. Could we split this invoice: half now, from the current year, and the remaining half in April?\n\nIf that is acceptable please confirm by return and I will raise the first payment request this week.\n\nYours faithfully,\nMargaret Ellery\nDepartmental Administrator\nDepartment of Physiology, University of Northmere\n\nThis email and any attachments are intended solely for the addressee and may contain confidential information. If you have received this email in error, please notify the sender and delete it. The University of Northmere does not accept liability for any views expressed that are not those of the University.",
        lab(note="split across two budget years, subject to agreement"),
        amt="£6,950.00",
    ),
    Reply(
        "pl-de-1",
        "payment_plan",
        "de",
        ("Dr. Felix Nowak", "f.nowak@proteovia.example"),
        "2026-11-26 11:40 +0100",
        "owa",
        "Guten Tag,\n\nals junges Unternehmen stecken wir gerade in einer Finanzierungsrunde und müssen die Liquidität bis zum Abschluss schonen. Wäre eine Zahlung der Rechnung BW26-05012 in drei gleichen Monatsraten möglich, jeweils zum 15. Dezember, Januar und Februar?\n\nÜber eine kurze Bestätigung würde ich mich freuen.\n\nBeste Grüße\nFelix Nowak\nCFO – Proteovia GmbH",
        lab(("BW26-05012",), note="three dated instalments proposed; plan dates are not labelled"),
        inv="BW26-05012",
        amt="5.880,00 €",
    ),
    Reply(
        "pl-de-2",
        "payment_plan",
        "de",
        ("Sabine Ostermann", "buchhaltung@aquacheck-harz.example"),
        "2026-12-09 08:20 +0100",
        "outlook",
        "Guten Morgen,\n\nwir können in dieser Woche 1.000 EUR überweisen und den Restbetrag Mitte Januar, wenn die Zahlungen unserer kommunalen Auftraggeber eingegangen sind. Wäre das für Sie in Ordnung?\n\nMit freundlichen Grüßen\nSabine Ostermann\nBuchhaltung\nAquaCheck Harz GmbH - Trinkwasseranalytik",
        lab(note="part this week, rest in mid-January, asked as a question: payment_plan"),
        amt="3.210,00 €",
        charset="iso-8859-1",
    ),
    Reply(
        "pl-fr-1",
        "payment_plan",
        "fr",
        ("Dr Karim Haddad", "dr.haddad@centredentaire-lessaules.example"),
        "2026-12-02 20:14 +0100",
        "samsung",
        "Bonsoir,\nSerait-il possible de régler cette facture en 4 fois ? Je peux faire le premier versement dès réception de votre accord.\nDr Haddad",
        lab(),
        amt="1.236,00 €",
    ),
    Reply(
        "pl-fr-2",
        "payment_plan",
        "fr",
        ("Claire Vasseur", "comptabilite@eauxcontrole-normandie.example"),
        "2026-12-04 15:40 +0100",
        "outlook_html",
        "Bonjour,\n\nNotre trésorerie est tendue en cette fin d'année. Nous vous proposons de régler le solde par versements de 300 € chaque lundi à partir du 7 décembre, jusqu'à apurement complet.\n\nMerci de nous confirmer votre accord.\n\nCordialement,\nClaire Vasseur\nComptabilité – Eaux Contrôle Normandie",
        lab(note="weekly instalments; the start date is part of the plan and is not labelled"),
        amt="1.950,00 €",
    ),
    Reply(
        "pl-es-1",
        "payment_plan",
        "es",
        ("Paula Roig", "paula.roig@cellvalencia.example"),
        "2026-12-11 13:00 +0100",
        "gmail",
        "Hola,\n\n¿Podemos fraccionar el pago en tres plazos? Os propongo 500 € el 15/12, 500 € el 15/01 y los 500 € restantes el 15/02.\n\nSi os encaja, lo dejo programado hoy mismo.\n\nGracias,\nPaula Roig\nOperaciones – CellValencia Biotech",
        lab(note="three dated instalments proposed; plan dates are not labelled"),
        amt="1.500,00 €",
    ),
    Reply(
        "pl-es-2",
        "payment_plan",
        "es",
        ("Javier Molina", "javier@clinicamolina-dental.example"),
        "2026-11-27 19:55 +0100",
        "android",
        "Buenas tardes,\nAhora mismo no puedo pagarlo todo de golpe. ¿Te parece bien si lo pago en cuotas de 200 euros al mes hasta completarlo?\nJavier Molina",
        lab(),
        amt="960,00 €",
    ),
    Reply(
        "pl-nl-1",
        "payment_plan",
        "nl",
        ("Ilse Bakker", "praktijk@mondzorg-bakker.example"),
        "2026-12-03 12:25 +0100",
        "iphone",
        "Goedemiddag,\n\nKunnen we hiervoor een betalingsregeling treffen? Ik zou het graag in twee keer betalen: de helft in december en de helft eind januari.\n\nGroet,\nIlse Bakker",
        lab(),
        amt="€ 1.120,00",
    ),
    Reply(
        "pl-it-1",
        "payment_plan",
        "it",
        ("Davide Conti", "davide.conti@genetica-lagunare.example"),
        "2026-12-01 11:11 +0100",
        "gmail",
        "Buongiorno,\n\nsiamo una startup e in questo momento abbiamo qualche difficoltà di liquidità. Possiamo concordare un piano di rientro in tre rate mensili da 800 euro, a partire da gennaio?\n\nGrazie per la disponibilità,\nDavide Conti\nGenetica Lagunare S.r.l.",
        lab(),
        amt="€ 2.400,00",
    ),
    Reply(
        "pl-it-2",
        "payment_plan",
        "it",
        ("Roberta Sala", "contabilita@acquatest-lombardia.example"),
        "2026-12-16 09:50 +0100",
        "outlook",
        "Buongiorno,\n\nvi proponiamo di saldare la fattura in due tranche: il 50% entro il 18/12 e il restante 50% entro fine gennaio.\n\nRestiamo in attesa di un vostro riscontro.\n\nCordiali saluti\nRoberta Sala\nUfficio Contabilità - Acquatest Lombardia S.r.l.",
        lab(note="two instalments, the first dated: still a plan, and plan dates are not labelled"),
        amt="€ 1.780,00",
        charset="iso-8859-1",
    ),
]

# invoice_request ---------------------------------------------------------------------------

REPLIES += [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Natalie Fenwick", "natalie.fenwick@kestrelvale-hospitals.example"),
        "2026-11-24 09:50 +0000",
        "outlook_html",
        "Good morning,\n\nWe are unable to process this invoice as it does not quote a valid purchase order number. All invoices to the Trust must show the PO, otherwise our system rejects them automatically.\n\nCould you please reissue BW26-05023 quoting PO 4500331872 and send it back to this address? The amount itself is fine.\n\nMany thanks,\n\nNatalie Fenwick\nAccounts Payable Assistant\nKestrel Vale Hospitals – Finance Shared Service Centre",
        lab(
            ("BW26-05023",),
            note="reissue with a PO number, amount not contested: invoice_request, not dispute",
        ),
        inv="BW26-05023",
        amt="£3,402.75",
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Ayesha Malik", "a.malik@biosci.uni-bramley.example"),
        "2026-12-07 13:33 +0000",
        "bottom",
        "What is this for? I don't recognise the invoice number and our group hasn't ordered from you since the summer. Can you send me the invoice and the delivery note so I can check with the department?\n\nAyesha\n--\nDr Ayesha Malik\nResearch Fellow, Structural Biology Group\nUniversity of Bramley",
        lab(
            note="asks what it is and for the documents to check it; not yet contesting the charge. Could be read as dispute"
        ),
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Sam Whitfield", "accounts@lumenfold.example"),
        "2026-12-16 11:47 +0000",
        "html_only",
        "Hi,\n\nCould you resend BW26-05101 and BW26-05102 as PDF attachments? The links in your e-invoice emails had expired by the time we opened them, so we have nothing on file for either.\n\nThanks,\nSam Whitfield\nAccounts, Lumenfold Ltd",
        lab(("BW26-05101", "BW26-05102"), note="HTML-only Outlook message"),
        inv="BW26-05101",
        amt="£826.00",
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Kathrin Wolff", "rechnungseingang@uniklinik-hohenstein.example"),
        "2026-12-01 10:30 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nals öffentlicher Auftraggeber können wir Rechnungen im PDF-Format nicht mehr verarbeiten. Bitte stellen Sie uns die Rechnung BW26-05144 als E-Rechnung im XRechnung-Format mit der Leitweg-ID 991-22334-55 neu aus.\n\nNach Eingang der E-Rechnung wird der Betrag im regulären Zahlungslauf beglichen.\n\nMit freundlichen Grüßen\nKathrin Wolff\nRechnungseingang / Kreditorenbuchhaltung\nUniversitätsklinikum Hohenstein",
        lab(
            ("BW26-05144",),
            note="reissue as a structured e-invoice; the undated payment after it is secondary",
        ),
        inv="BW26-05144",
    ),
    Reply(
        "ir-de-2",
        "invoice_request",
        "de",
        ("Birgit Weinert", "info@zahnarztpraxis-weinert.example"),
        "2026-12-14 17:05 +0100",
        "iphone",
        "Hallo, können Sie mir bitte den Lieferschein und die Rechnung noch einmal schicken? Ich finde beides nicht mehr. Danke!\nB. Weinert",
        lab(),
        amt="212,45 €",
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Nathalie Perrin", "nathalie.perrin@univ-valleeloire.example"),
        "2026-11-26 16:20 +0100",
        "outlook_html",
        "Bonjour,\n\nVotre facture BW26-05160 ne peut pas être mise en paiement en l'état : elle ne mentionne pas le numéro d'engagement juridique, obligatoire pour tout fournisseur de l'université.\n\nPourriez-vous nous la renvoyer en faisant figurer le n° EJ 2100456789 ? Le montant n'est pas en cause.\n\nBien cordialement,\n\nNathalie Perrin\nService facturier – Direction des affaires financières\nUniversité Vallée de Loire",
        lab(
            ("BW26-05160",),
            note="reissue with the university's commitment number; amount not contested",
        ),
        inv="BW26-05160",
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Hugo Lambert", "h.lambert@aquanalyse-bretagne.example"),
        "2026-12-09 09:05 +0100",
        "thunderbird",
        "Bonjour,\n\nPourriez-vous m'envoyer un relevé de compte à jour ? Nous avons plusieurs factures Brightwell en cours et je voudrais faire le point avant la clôture de fin d'année.\n\nMerci d'avance,\nHugo Lambert\nAquanalyse Bretagne - comptabilité fournisseurs",
        lab(note="statement of account request"),
        charset="iso-8859-1",
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Carmen Ruiz Pastor", "facturas.proveedores@hospital-altotajuna.example"),
        "2026-12-03 13:15 +0100",
        "owa",
        "Buenos días:\n\nPara poder tramitar la factura BW26-05177 es imprescindible que figure el número de pedido 2026-SUM-00871 y el código del órgano gestor. Les agradeceríamos que la anulen y nos remitan una nueva factura con esos datos.\n\nSaludos cordiales,\n\nCarmen Ruiz Pastor\nUnidad de Facturación de Proveedores\nHospital Comarcal del Alto Tajuña",
        lab(("BW26-05177",), note="reissue with the order number; nothing contested"),
        inv="BW26-05177",
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Lucía Herrero", "recepcion@clinicadentalherrero.example"),
        "2026-11-23 18:40 +0100",
        "gmail",
        "Hola,\n\n¿Me podéis reenviar la factura? No la encuentro por ningún lado, creo que se fue a la papelera.\n\nGracias,\nLucía\nClínica Dental Herrero",
        lab(),
        amt="348,00 €",
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Ruud Janssen", "crediteuren@maasoever-zkh.example"),
        "2026-12-10 11:20 +0100",
        "outlook_html",
        "Geachte heer/mevrouw,\n\nGraag ontvangen wij een nieuwe factuur voor BW26-05190 waarop ons inkoopordernummer (PO 7200118450) vermeld staat. Facturen zonder geldig PO-nummer worden door ons systeem automatisch afgewezen en kunnen daarom niet worden betaald.\n\nMet vriendelijke groet,\n\nRuud Janssen\nCrediteurenadministratie\nZiekenhuis Maasoever",
        lab(("BW26-05190",), note="reissue with a PO number, amount not contested"),
        inv="BW26-05190",
    ),
    Reply(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Daan Mulder", "daan@labnoord-water.example"),
        "2026-12-17 14:02 +0100",
        "apple_html",
        "Hallo,\n\nWaar is deze factuur precies voor? Ik kan hem niet koppelen aan een bestelling van ons. Kunnen jullie de pakbon of de orderbevestiging meesturen?\n\nGroet,\nDaan Mulder\nLab Noord Wateranalyse",
        lab(note="asks what the charge is for and for the order documents"),
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Elena Russo", "amministrazione@clinicasorriso-bari.example"),
        "2026-12-04 12:30 +0100",
        "outlook",
        "Buongiorno,\n\npotreste inviarci copia di cortesia della fattura in PDF? Nel nostro cassetto fiscale la fattura elettronica non risulta ancora, quindi non possiamo registrarla.\n\nGrazie e buona giornata\nElena Russo\nAmministrazione - Clinica Odontoiatrica Sorriso",
        lab(note="courtesy copy requested because the e-invoice is not visible on their side"),
        charset="iso-8859-1",
    ),
]

# wrong_contact -----------------------------------------------------------------------------

REPLIES += [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Rachel Okonjo", "r.okonjo@uni-bramley.example"),
        "2026-11-30 12:15 +0000",
        "gmail",
        "Hello,\n\nI left the University of Bramley at the end of August, so I can't help with this one. Invoices for the Immunology lab now go through the department office: immunology-finance@uni-bramley.example.\n\nBest wishes,\nRachel",
        lab(new_contact="immunology-finance@uni-bramley.example"),
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Janice Hollis", "pathology.ward7@kestrelvale-hospitals.example"),
        "2026-12-08 15:12 +0000",
        "outlook",
        "Hi,\n\nThis is the pathology lab's general inbox – we don't deal with invoices here. All supplier invoices and statements need to go to our shared services AP team at Accounts.Payable@KestrelVale-SharedServices.example, and they'll pick it up from there.\n\nThanks\nJanice Hollis\nPathology Lab Administrator",
        lab(
            new_contact="accounts.payable@kestrelvale-sharedservices.example",
            note="address written in mixed case, labelled in lower case",
        ),
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Ben Carter", "ben.carter.1987@gmail.com"),
        "2026-12-12 10:44 +0000",
        "iphone",
        "Wrong email address I think? This is my personal account, I've never bought anything from a lab supplier. Maybe someone typed their address wrong.\n\nBen",
        lab(note="wrong recipient altogether, no new address; not asking to be removed"),
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Dentalzentrum Mainbogen", "verwaltung@dentalzentrum-mainbogen.example"),
        "2026-12-02 07:58 +0100",
        "gmail_plain",
        "Sehr geehrte Damen und Herren,\n\naufgrund einer Umstellung in unserer Verwaltung senden Sie bitte ab sofort alle Rechnungen, Mahnungen und Kontoauszüge ausschließlich an dentalzentrum.mainbogen.buchhaltung@gmail.com. Die bisherige Adresse wird in Kürze abgeschaltet.\n\nBitte bestätigen Sie die Änderung kurzfristig per Antwort an die neue Adresse.\n\nMit freundlichen Grüßen\nVerwaltung Dentalzentrum Mainbogen",
        lab(
            new_contact="dentalzentrum.mainbogen.buchhaltung@gmail.com",
            note="phishing-like redirect of all mail to a free-mail address, with Reply-To set to it; labelled by what it asks, but the address must be checked by phone before anyone uses it",
        ),
        headers=(("Reply-To", "dentalzentrum.mainbogen.buchhaltung@gmail.com"),),
        amt="1.344,00 €",
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Sophie Blanchard", "s.blanchard@cabinet-dentaire-quai-ouest.example"),
        "2026-11-27 11:00 +0100",
        "gmail",
        "Bonjour,\n\nJe ne m'occupe plus de la comptabilité du cabinet depuis septembre. Merci d'adresser vos relances à notre nouvelle secrétaire, Mme Aurélie Petit : secretariat@cabinet-dentaire-quai-ouest.example.\n\nBonne journée,\nSophie Blanchard",
        lab(new_contact="secretariat@cabinet-dentaire-quai-ouest.example"),
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Laboratoire Eaux & Environnement Provence", "contact@labo-eep.example"),
        "2026-12-15 08:01 +0100",
        "none",
        "Bonjour,\n\nCette adresse n'est plus consultée depuis le 1er décembre 2026.\n\nPour toute question de facturation ou de paiement, merci d'écrire désormais à factures@labo-eep.example. Pour les demandes d'analyses : accueil@labo-eep.example.\n\nMerci de votre compréhension.\nLaboratoire Eaux & Environnement Provence",
        lab(
            new_contact="factures@labo-eep.example",
            note="automatic 'address no longer read' notice naming a new billing address: wrong_contact (README rule); the second address is for analysis requests, not billing",
        ),
        subject="Réponse automatique : {rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Ignacio Ferrer", "iferrer@cib-montsec.example"),
        "2026-12-02 17:25 +0100",
        "android",
        "Hola,\n\nSoy el investigador principal del grupo, yo no gestiono facturas. Escribid a gestion.economica@cib-montsec.example, que es quien tramita los pagos del centro.\n\nSaludos,\nIgnacio Ferrer",
        lab(new_contact="gestion.economica@cib-montsec.example"),
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Álex Navarro", "alex@biomar-canarias.example"),
        "2026-12-09 09:30 +0000",
        "gmail",
        "Buenos días,\n\nPongo en copia a Lucía Ferrer, de administración (Lucia.Ferrer@BioMar-Canarias.example); ella lleva los pagos a proveedores y os podrá decir en qué estado está esta factura. Yo solo hice el pedido.\n\nUn saludo,\nÁlex Navarro\nBioMar Canarias S.L. – Laboratorio",
        lab(
            new_contact="lucia.ferrer@biomar-canarias.example",
            note="mixed-case address in the text and in Cc, labelled in lower case; Canary Islands time (+0000)",
        ),
        headers=(("Cc", "=?utf-8?q?Luc=C3=ADa_Ferrer?= <Lucia.Ferrer@BioMar-Canarias.example>"),),
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Marieke Jansen", "info@tandartsenpraktijk-vechtzijde.example"),
        "2026-11-24 13:30 +0100",
        "outlook_html",
        "Goedemiddag,\n\nDeze mailbox is alleen voor afspraken van patiënten en wordt niet gelezen door de administratie. Facturen en herinneringen graag voortaan naar administratie@tandartsenpraktijk-vechtzijde.example.\n\nMet vriendelijke groet,\nMarieke Jansen\nReceptie – Tandartsenpraktijk Vechtzijde",
        lab(new_contact="administratie@tandartsenpraktijk-vechtzijde.example"),
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Wouter de Bruin", "w.debruin@waterlabnoordzee.example"),
        "2026-12-14 10:40 +0100",
        "gmail",
        "Goedemorgen,\n\nU mailt naar het verkeerde laboratorium. Wij zijn Waterlab Noordzee in Den Helder en hebben nooit iets bij Brightwell besteld; ik vermoed dat u Waterlab Noord bedoelt, maar hun adres heb ik niet.\n\nSucces ermee,\nWouter de Bruin",
        lab(note="wrong company, no new address"),
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Alessandra Greco", "a.greco@studiodentisticogreco.example"),
        "2026-12-03 18:10 +0100",
        "iphone",
        "Buonasera, ho lasciato lo studio a fine ottobre. Per fatture e pagamenti scrivete a amministrazione@studiodentisticogreco.example\nGrazie\nAlessandra",
        lab(new_contact="amministrazione@studiodentisticogreco.example"),
    ),
    Reply(
        "wc-it-2",
        "wrong_contact",
        "it",
        ("Prof. Luca Bassi", "luca.bassi@unimarsica.example"),
        "2026-12-16 12:45 +0100",
        "outlook",
        "Gentili Signori,\n\nper le fatture intestate all'Ateneo vi prego di rivolgervi all'Ufficio Contabilità Fornitori: Contabilita.Fornitori@UniMarsica.example. Io sono solo il responsabile scientifico del progetto e non posso disporre pagamenti.\n\nCordiali saluti\nProf. Luca Bassi\nDipartimento di Scienze Biomediche\nUniversità degli Studi di Marsica",
        lab(
            new_contact="contabilita.fornitori@unimarsica.example",
            note="address written in mixed case, labelled in lower case",
        ),
    ),
]

# unsubscribe -------------------------------------------------------------------------------

REPLIES += [
    Reply(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Tom Bradley", "tom.bradley@postgrad.uni-bramley.example"),
        "2026-11-25 22:14 +0000",
        "gmail",
        "Hi,\n\nPlease take me off your reminder list. I'm a PhD student – I only placed the order on the lab's account because our technician was off. I have no access to the budget and can't do anything about payment.\n\nThanks,\nTom",
        lab(
            note="remove-me plus 'not the right person' without a new address: unsubscribe beats wrong_contact"
        ),
    ),
    Reply(
        "un-en-2",
        "unsubscribe",
        "en",
        ("Colin Mercer", "colin@mercer-water.example"),
        "2026-12-11 08:31 +0000",
        "android",
        "Stop emailing me about this. It was paid in October and I've sent you the remittance twice already. Any more of these and we'll take our business elsewhere.",
        lab(
            note="stop request with a payment claim: unsubscribe beats the claim ('in October' has no day anyway)"
        ),
        amt="£1,310.40",
    ),
    Reply(
        "un-en-3",
        "unsubscribe",
        "en",
        ("Nadia Petrov", "nadia.petrov@quantaxis-labs.example"),
        "2026-12-17 07:45 +0000",
        "iphone",
        "UNSUBSCRIBE",
        lab(note="one word, all caps"),
    ),
    Reply(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Dr. Holger Brandt", "h.brandt@labor-brandt-partner.example"),
        "2026-11-26 15:55 +0100",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\ndie Kalibrierung unserer Pipetten durch Ihren Techniker war mangelhaft; drei Geräte mussten wir anschließend extern nachkalibrieren lassen. Die Forderung ist daher strittig.\n\nBitte nehmen Sie diese Adresse aus Ihrem Mahnverteiler. Weitere Korrespondenz zu diesem Vorgang ausschließlich über unsere Rechtsanwältin, Kanzlei Dr. Vera Sommerfeld, Schlossstraße 8, 99999 Auenstadt.\n\nMit freundlichen Grüßen\nDr. Holger Brandt\nLabor Dr. Brandt & Partner – Wasser- und Umweltanalytik",
        lab(
            note="dispute plus remove-me and 'only through our lawyer' (postal address, no e-mail): unsubscribe beats dispute"
        ),
        amt="1.486,00 €",
    ),
    Reply(
        "un-de-2",
        "unsubscribe",
        "de",
        ("Anja Vogel", "anja.vogel@biotechnikum-elbe.example"),
        "2026-12-04 13:20 +0100",
        "thunderbird",
        "Bitte keine weiteren E-Mails an diese Adresse. Danke.",
        lab(),
    ),
    Reply(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Léa Fontaine", "lea.fontaine@cabinetdentaire-dessaules.example"),
        "2026-12-10 12:05 +0100",
        "iphone",
        "Bonjour,\nMerci de me retirer de vos listes de relance, je ne suis que l'assistante dentaire et je n'ai pas accès aux paiements.\nLéa",
        lab(note="remove-me from someone who is not the payer, no new address"),
    ),
    Reply(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Raúl Ibáñez", "raul.ibanez@hidrocontrol-ebro.example"),
        "2026-11-23 16:44 +0100",
        "gmail_plain",
        "Dejad de enviarme estos correos, por favor. Ya no llevo la administración.",
        lab(note="stop request; no new address, so not wrong_contact"),
    ),
    Reply(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Beatriz Campos", "bcampos@clinicadentalcampos.example"),
        "2026-12-15 10:10 +0100",
        "outlook",
        "Muy señores míos:\n\nAl amparo del Reglamento General de Protección de Datos, solicito la supresión de mi dirección de correo electrónico de sus listas de envío y que no vuelvan a utilizarla para ninguna comunicación.\n\nAtentamente,\nBeatriz Campos\nClínica Dental Campos",
        lab(note="data-protection erasure request for the address: unsubscribe"),
        charset="iso-8859-1",
    ),
    Reply(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("Henk Dijkstra", "h.dijkstra@dijkstra-watertechniek.example"),
        "2026-12-01 09:14 +0100",
        "outlook",
        "Goedemorgen,\n\nGraag afmelden voor deze e-mails. Wij ontvangen facturen en herinneringen uitsluitend per post op ons vestigingsadres.\n\nMet vriendelijke groet,\nH. Dijkstra\nDijkstra Watertechniek & Analyse",
        lab(note="'post only' → unsubscribe"),
        charset="iso-8859-1",
    ),
    Reply(
        "un-nl-2",
        "unsubscribe",
        "nl",
        ("Yara Bos", "yara@genewave.example"),
        "2026-12-08 20:02 +0100",
        "gmail_plain",
        "",
        lab(
            note="the request is only in the subject the writer typed over the reply subject; nothing above the quote. Dutch writer, English reminder"
        ),
        rlang="en",
        amt="€3,460.00",
        subject="AFMELDEN",
    ),
    Reply(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Marta Galli", "m.galli@biolab-insubria.example"),
        "2026-11-30 17:30 +0100",
        "samsung",
        "Cancellatemi dalla vostra lista, grazie. Non mi occupo io di queste cose.",
        lab(),
    ),
    Reply(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Giorgio Ferri", "protocollo@asl-colline.example"),
        "2026-12-09 11:00 +0100",
        "outlook_html",
        "Gentili Signori,\n\nsi comunica che questa casella di posta ordinaria non è abilitata alla ricezione di solleciti di pagamento. Vi invitiamo a non inviare ulteriori comunicazioni a questo indirizzo: eventuali solleciti dovranno essere trasmessi esclusivamente tramite posta elettronica certificata, secondo le modalità indicate nel contratto di fornitura.\n\nDistinti saluti\nUfficio Protocollo",
        lab(
            note="'only by certified e-mail (PEC)', no address given: unsubscribe, as for 'post only'"
        ),
        amt="€ 4.118,00",
    ),
]

# auto_reply --------------------------------------------------------------------------------

REPLIES += [
    Reply(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Claire Whitmore", "c.whitmore@helixforge-bio.example"),
        "2026-12-01 08:12 +0000",
        "none",
        "Thank you for your email. I'm on annual leave until Tuesday 8 December with limited access to email, and will reply when I'm back.",
        lab(return_date="2026-12-08", note="'until X' → X itself"),
        subject="Automatic reply: {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        "en",
        ("Accounts Payable Helpdesk", "ap.helpdesk@kestrelvale-sharedservices.example"),
        "2026-11-27 09:41 +0000",
        "none_html",
        "Your request has been logged.\n\nReference: AP-INC-0048812\nQueue: Supplier Payment Queries\n\nWe aim to respond to supplier queries within 5 working days. Please keep the reference in the subject line of any further emails about this matter so that they are added to the same case.\n\nThis is an automated message from the Accounts Payable Helpdesk. Please do not send new queries in reply to this email.",
        lab(note="ticket acknowledgement; the case number is not a payment reference"),
        subject="[AP-INC-0048812] {rsub}",
        headers=(("Auto-Submitted", "auto-generated"), ("X-Mailer", "ServiceDesk Connect 7")),
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        "en",
        ("Marcus Lee", "marcus.lee@cellarity-bio.example"),
        "2026-12-02 09:03 +0000",
        "none",
        "Hi,\n\nI'm at a conference in Boston until the 4th and back in the lab on Monday 7 December, with patchy access to email until then.\n\nFor anything urgent about orders or deliveries, please contact our lab manager, Priya, at lab.manager@cellarity-bio.example.\n\nMarcus",
        lab(
            return_date="2026-12-07",
            note="'back on Monday 7 December' wins over 'until the 4th'; a colleague's address in an auto-reply does not set new_contact",
        ),
        subject="Out of Office: {rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Claudia Meier", "c.meier@uni-talheim.example"),
        "2026-12-11 09:05 +0100",
        "none",
        "Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 18.12.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ab dem 21.12. bin ich wieder erreichbar. Ihre E-Mail wird in dieser Zeit weder gelesen noch weitergeleitet.\n\nMit freundlichen Grüßen\nClaudia Meier",
        lab(return_date="2026-12-21", note="'wieder erreichbar ab' wins over 'bis einschließlich'"),
        subject="Abwesenheitsnotiz: {rsub}",
        charset="iso-8859-1",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-de-2",
        "auto_reply",
        "de",
        ("Zahnarztpraxis Dr. Lenz", "praxis@zahnarzt-lenz.example"),
        "2026-12-18 17:30 +0100",
        "none",
        "Liebe Patientinnen und Patienten, liebe Geschäftspartner,\n\nunsere Praxis bleibt vom 19.12.2026 bis einschließlich 03.01.2027 geschlossen. Ab Montag, 04.01.2027 ist die Praxis wieder zu den gewohnten Zeiten geöffnet.\n\nIn dringenden zahnärztlichen Notfällen wenden Sie sich bitte an den zahnärztlichen Notdienst.\n\nIhr Praxisteam Dr. Lenz",
        lab(return_date="2027-01-04", note="holiday closure; the stated reopening day wins"),
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Camille Rousseau", "camille.rousseau@univ-garonne.example"),
        "2026-12-01 10:12 +0100",
        "none",
        "Bonjour,\n\nJe suis absente du 30 novembre au 4 décembre inclus, avec un accès limité à ma messagerie. Je traiterai votre message à mon retour, le lundi 7 décembre.\n\nCordialement,\nCamille Rousseau",
        lab(return_date="2026-12-07", note="the stated day back wins over the last day of absence"),
        subject="Réponse automatique : {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-fr-2",
        "auto_reply",
        "fr",
        ("Service facturation", "facturation@hydroservices-atlantique.example"),
        "2026-11-24 09:31 +0100",
        "none",
        "Madame, Monsieur,\n\nVotre message a bien été reçu par le service facturation. Il sera traité dans l'ordre d'arrivée et nous vous répondrons dans les meilleurs délais.\n\nCeci est un message automatique, merci de ne pas y répondre.\n\nHydro Services Atlantique",
        lab(
            note="receipt acknowledgement without Auto-Submitted (only X-Autoreply and Precedence); no return date"
        ),
        subject="Accusé de réception : {rsub}",
        headers=(("X-Autoreply", "yes"), ("Precedence", "bulk")),
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Elena Gómez", "egomez@hu-sierraalta.example"),
        "2026-12-03 08:20 +0100",
        "none",
        "Gracias por su mensaje. Estaré fuera de la oficina hasta el 14 de diciembre, sin acceso al correo. Para asuntos urgentes del Servicio de Compras pueden llamar a la centralita del hospital.\n\nUn saludo,\nElena Gómez",
        lab(return_date="2026-12-14", note="'hasta X' → X itself"),
        subject="Respuesta automática: {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Pieter Smit", "p.smit@aqualab-ijssel.example"),
        "2026-12-08 08:02 +0100",
        "none",
        "Dank voor uw bericht. Ik ben afwezig tot en met vrijdag 11 december. Vanaf maandag 14 december ben ik weer aanwezig en beantwoord ik uw e-mail.\n\nMet vriendelijke groet,\nPieter Smit",
        lab(
            return_date="2026-12-14",
            note="'vanaf maandag 14 december' wins over 'tot en met vrijdag 11'",
        ),
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-nl-2",
        "auto_reply",
        "nl",
        ("Team GenoTrack", "service@genotrack.example"),
        "2026-12-16 13:00 +0100",
        "none_html",
        "Bedankt voor uw e-mail!\n\nWij hebben uw bericht ontvangen en streven ernaar binnen twee werkdagen te reageren. Rond de feestdagen kan dit iets langer duren.\n\nMet vriendelijke groet,\nTeam GenoTrack",
        lab(note="HTML-only receipt acknowledgement; no return date"),
        headers=(("Auto-Submitted", "auto-generated"),),
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Federica Marino", "f.marino@idrolab-po.example"),
        "2026-12-03 07:55 +0100",
        "none",
        "Grazie per il messaggio. Sono in ferie fino a mercoledì 9 dicembre compreso; rientrerò in ufficio giovedì 10 e risponderò appena possibile.",
        lab(return_date="2026-12-10", note="the stated day back wins over 'fino a … compreso'"),
        subject="Risposta automatica: {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-it-2",
        "auto_reply",
        "it",
        ("Assistenza Fornitori", "noreply.fornitori@unitirreno.example"),
        "2026-12-14 14:20 +0100",
        "none",
        "Gentile fornitore,\n\nla sua richiesta è stata registrata con il numero di ticket #58213 e assegnata all'Ufficio Contabilità Fornitori. Riceverà una risposta da un operatore.\n\nPer aggiornamenti sulla pratica risponda a questo messaggio lasciando invariato l'oggetto.\n\nMessaggio inviato in automatico dal sistema di ticketing.",
        lab(note="ticket acknowledgement; no return date"),
        subject="[Ticket #58213] {rsub}",
        headers=(("Auto-Submitted", "auto-generated"),),
    ),
]

# other -------------------------------------------------------------------------------------

REPLIES += [
    Reply(
        "ot-en-1",
        "other",
        "en",
        ("Accounts Department", "accounts.ashdowndental@gmail.com"),
        "2026-12-04 06:12 +0000",
        "gmail_plain",
        "Dear Receivables,\n\nOur records show invoice BW26-05233 was paid twice in error (£1,380.00 each time). Please refund the duplicate amount to our NEW bank account below, as the old one has been closed following an audit:\n\nAccount name: Ashdown Dental Group Ltd\nSort code: 00-99-41\nAccount number: 71204518\n\nThis is time-sensitive as our year end is on Friday. Please confirm once the refund has been sent. Kindly reply only to this email as our office line is being upgraded.\n\nRegards\nAccounts Department\nAshdown Dental Group",
        lab(
            ("BW26-05233",),
            note="phishing-like: a refund of a claimed double payment to 'new' bank details, from a free-mail address; neither a payment claim for the reminder nor a dispute of it. A person must check it by phone",
        ),
        inv="BW26-05233",
        amt="£1,380.00",
        subject="URGENT: bank details update / refund request",
    ),
    Reply(
        "ot-en-2",
        "other",
        "en",
        ("Mei Lin Tan", "meilin@clearwater-dental.example"),
        "2026-11-26 13:05 +0000",
        "apple",
        "Hi,\n\nDo you take card payments over the phone? Our bank has locked the practice's online banking after a security reset and it'll take a while to sort out. If so, could someone call me on 01632 960771 between patients, ideally after 3pm?\n\nMei Lin",
        lab(note="asks how to pay, with no commitment or date; a person should call"),
        amt="£540.00",
    ),
    Reply(
        "ot-en-3",
        "other",
        "en",
        ("Graham Whitcombe", "graham@whitcombe-environmental.example"),
        "2026-12-18 11:25 +0000",
        "outlook",
        "Really? Twelve years as a customer and the first thing I get from your new system is an 'overdue balance' email with no name on it. A phone call would have been nice.\n\nGraham Whitcombe\nDirector, Whitcombe Environmental Testing",
        lab(
            note="complaint about the reminder itself; no claim, promise or dispute about the invoice"
        ),
    ),
    Reply(
        "ot-de-1",
        "other",
        "de",
        ("Jonas Richter", "j.richter@bioinnova-leipzig.example"),
        "2026-11-24 14:20 +0100",
        "gmail",
        "Hallo,\n\nkurze Frage nebenbei: Wann kommen eigentlich die bestellten Rundfilter (Bestellung vom 16.11.)? Laut Auftragsbestätigung sollten sie letzte Woche da sein.\n\nDanke und Gruß\nJonas Richter",
        lab(note="delivery question about another order; nothing about the reminded invoice"),
    ),
    Reply(
        "ot-de-2",
        "other",
        "de",
        ("Dr. Ralf Engel", "r.engel@zahnarztpraxis-engel.example"),
        "2026-12-07 11:40 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nwir teilen Ihnen mit, dass für die Praxis am 30.11.2026 beim Amtsgericht Auenstadt ein Antrag auf Eröffnung des Insolvenzverfahrens gestellt wurde. Zahlungen auf Altforderungen dürfen wir derzeit nicht leisten.\n\nBitte melden Sie Ihre Forderung beim vorläufigen Insolvenzverwalter an; Aktenzeichen und Kontaktdaten werden Ihnen schriftlich mitgeteilt.\n\nMit freundlichen Grüßen\nDr. Ralf Engel",
        lab(
            note="insolvency notice: no payment possible, no dispute, no address given; a person has to act"
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "ot-fr-1",
        "other",
        "fr",
        ("Pauline Giraud", "p.giraud@cellivia-bio.example"),
        "2026-11-25 17:40 +0100",
        "iphone",
        "Merci pour le rappel. Je regarde ça avec notre comptable et je vous redis.\nPauline",
        lab(note="will look into it; no commitment to pay"),
    ),
    Reply(
        "ot-fr-2",
        "other",
        "fr",
        ("Yann Le Goff", "y.legoff@aquanalyse-bretagne.example"),
        "2026-12-10 10:30 +0100",
        "thunderbird",
        "Bonjour,\n\nQuestion sans rapport avec la facture : est-ce que vous assurez aussi l'étalonnage des spectrophotomètres UV-Visible sur site ? Nous devons faire étalonner deux appareils en janvier.\n\nMerci,\nYann Le Goff\nResponsable technique – Aquanalyse Bretagne",
        lab(note="sales question in the reminder thread"),
    ),
    Reply(
        "ot-es-1",
        "other",
        "es",
        ("Sergio Pardo", "sergio@biolabs-tenerife.example"),
        "2026-12-01 10:00 +0000",
        "iphone",
        "Recibido, gracias.",
        lab(note="acknowledgement only; Canary Islands time (+0000)"),
    ),
    Reply(
        "ot-es-2",
        "other",
        "es",
        ("Ana Belén Soto", "absoto@hospital-altotajuna.example"),
        "2026-12-15 12:20 +0100",
        "outlook_html",
        "Buenos días:\n\nAntes de pagar esta factura quiero confirmar una cosa. La semana pasada recibimos un correo supuestamente de Brightwell en el que se decía que sus datos bancarios habían cambiado y se nos pedía pagar a una cuenta en otro país. ¿Es correcto? No vamos a hacer nada hasta que nos lo confirmen por teléfono.\n\nUn saludo,\nAna Belén Soto\nTesorería – Hospital Comarcal del Alto Tajuña",
        lab(
            note="fraud check about bank details before paying; no commitment, a person must call back"
        ),
    ),
    Reply(
        "ot-nl-1",
        "other",
        "nl",
        ("Ellen Vos", "ellen@tandartsvos.example"),
        "2026-12-04 16:15 +0100",
        "samsung",
        "Dank voor de herinnering. Vraagje tussendoor: hebben jullie nitril handschoenen in maat XS op voorraad? Dan bestel ik er meteen een doos bij.",
        lab(note="thanks plus a stock question; no claim or promise"),
    ),
    Reply(
        "ot-it-1",
        "other",
        "it",
        ("Lorenzo Villa", "l.villa@genetica-lagunare.example"),
        "2026-12-09 19:10 +0100",
        "android",
        "Ricevuto.",
        lab(note="acknowledgement only"),
    ),
    Reply(
        "ot-it-2",
        "other",
        "it",
        ("Segreteria Studio Riva", "segreteria@studioriva-dental.example"),
        "2026-11-27 10:45 +0100",
        "outlook",
        "Buongiorno,\n\nvi informiamo che dal 1° gennaio 2027 lo studio si trasferisce nella nuova sede di Via dei Tigli 12, 00000 Borgorosso. Vi preghiamo di aggiornare l'indirizzo di consegna e di fatturazione nelle vostre anagrafiche.\n\nCordiali saluti\nLa Segreteria",
        lab(
            note="change of postal address for deliveries and invoices; the e-mail contact stays the same"
        ),
        charset="iso-8859-1",
    ),
]

# bounce ------------------------------------------------------------------------------------

BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            "bo-en-1",
            "en",
            "hard",
            "5.1.1",
            "accounts@hollinsgate-dental.example",
            "2026-11-30 08:21 +0000",
            "en",
            "Sendmail DSN with the full returned message",
        ),
        bounce_sendmail_hard,
    ),
    (
        Bounce(
            "bo-en-2",
            "en",
            "hard",
            "5.1.1",
            "lab.admin@chem.uni-easterby.example",
            "2026-12-07 08:15 +0000",
            "en",
            "qmail 'failure notice', not MIME, status only as '(#5.1.1)'",
        ),
        bounce_qmail_hard,
    ),
    (
        Bounce(
            "bo-en-3",
            "en",
            "soft",
            "4.4.1",
            "purchasing@clearstream-water.example",
            "2026-12-02 12:40 +0000",
            "en",
            "Postfix delay warning, still being retried",
        ),
        bounce_postfix_delay,
    ),
    (
        Bounce(
            "bo-de-1",
            "de",
            "hard",
            "5.1.10",
            "einkauf@klinikum-sandhagen.example",
            "2026-11-24 09:20 +0100",
            "de",
            "Exchange Online non-delivery report in German",
        ),
        bounce_exchange_de_hard,
    ),
    (
        Bounce(
            "bo-de-2",
            "de",
            "soft",
            "4.4.7",
            "labor@wasserpruefung-auental.example",
            "2026-12-10 13:45 +0100",
            "de",
            "Exchange delay notice in German, ISO-8859-1",
        ),
        bounce_exchange_de_delay,
    ),
    (
        Bounce(
            "bo-fr-1",
            "fr",
            "hard",
            "5.1.2",
            "compta@labo-eaux-vercors.example",
            "2026-12-03 09:12 +0100",
            "fr",
            "French provider DSN: the recipient's domain does not exist",
        ),
        bounce_isp_fr_hard,
    ),
    (
        Bounce(
            "bo-fr-2",
            "fr",
            "soft",
            "4.2.2",
            "achats@biotech-calanques.example",
            "2026-12-16 15:05 +0100",
            "fr",
            "Gmail delay notice in French, recipient's inbox full",
        ),
        bounce_gmail_fr_delay,
    ),
    (
        Bounce(
            "bo-es-1",
            "es",
            "hard",
            "5.1.1",
            "administracion@clinicadental-alameda.example",
            "2026-11-25 09:30 +0100",
            "es",
            "Exim failure translated by a Spanish host: single part, 8-bit UTF-8, returned message inline",
        ),
        bounce_exim_es_hard,
    ),
    (
        Bounce(
            "bo-es-2",
            "es",
            "soft",
            "4.4.2",
            "suministros@hgvaldeolmos.example",
            "2026-12-14 16:10 +0100",
            "es",
            "Spanish provider delay notice",
        ),
        bounce_isp_es_delay,
    ),
    (
        Bounce(
            "bo-nl-1",
            "nl",
            "hard",
            "5.2.1",
            "inkoop@zuiverlab-twente.example",
            "2026-12-09 09:08 +0100",
            "nl",
            "Dutch provider DSN: mailbox disabled, a permanent failure",
        ),
        bounce_postfix_nl_hard,
    ),
    (
        Bounce(
            "bo-nl-2",
            "nl",
            "soft",
            "5.2.2",
            "mondzorg.dehoeve@gmail.com",
            "2026-11-27 09:40 +0100",
            "nl",
            "Gmail failure in Dutch for a full inbox: mailbox full is soft (README rule) although the code is 5.x and the action 'failed'; the code is kept",
        ),
        bounce_gmail_nl_full,
    ),
    (
        Bounce(
            "bo-it-1",
            "it",
            "soft",
            "4.7.1",
            "amministrazione@laboratorio-acque-brenta.example",
            "2026-12-01 09:55 +0100",
            "it",
            "greylisting delay notice in Italian",
        ),
        bounce_greylist_it,
    ),
]

if __name__ == "__main__":
    sys.exit(main())
