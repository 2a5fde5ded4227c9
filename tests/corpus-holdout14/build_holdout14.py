# ruff: noqa: E501, RUF001
# Message text is kept one paragraph a line, the way a mail client sends it, with the
# typographic dashes, quotes and symbols that people and their clients really type.
"""Build held-out reply corpus 14: `h14-NNN.eml` files and `labels.jsonl`.

Every message answers (or reports the failure of) an overdue reminder sent by the receivables
team of Alder & Finch Office Supplies, a stationery and office-furniture wholesaler. The new text
of each message is written by hand below. The script only adds what a mail client or a mail
server would add: the quoted reminder in the client's own layout and language, headers, MIME
structure, charsets and transfer encodings. Run it from anywhere; it writes next to itself and
its output is the same on every run.
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
from datetime import datetime, timedelta
from email import charset as cs
from email import message_from_bytes, policy
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.image import MIMEImage
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr, parseaddr
from functools import cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "h14"
SEED = 20261214
AR_NAME = "Alder & Finch Receivables"
AR_ADDR = "receivables@alderfinch.example"
AR_DOMAIN = "alderfinch.example"
OUR_MTA = "mail.alderfinch.example"
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

# --------------------------------------------------------------------------------------------
# Locale tables (what the mail clients print around a reply, per interface language)
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
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}

# Attribution lines. Fields: wa (day abbr), ma (month abbr), d, dd, mo, y, yy, HH, H, mm.
GMAIL_ATTR = {
    "en": "On {wa}, {d} {ma} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {wa}, {d}. {ma} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wa} {d} {ma} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wa}, {d} {ma} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wa} {d} {ma} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wa} {d} {ma} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTR = {
    "en": "On {d} {ma} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {ma} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {ma} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {ma} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {ma} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTR = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{mm}, {name} ha scritto:",
}
# Outlook desktop "Sent:" value, per interface language.
OUTLOOK_DATE = {
    "en": "{dd} {mn} {y} {HH}:{mm}",
    "de": "{wn}, {d}. {mn} {y} {HH}:{mm}",
    "fr": "{wn} {d} {mn} {y} {HH}:{mm}",
    "es": "{wn}, {d} de {mn} de {y} {H}:{mm}",
    "nl": "{wn} {d} {mn} {y} {HH}:{mm}",
    "it": "{wn} {d} {mn} {y} {HH}:{mm}",
}
# Separator line, then the From / Sent / To / Subject labels and the label suffix.
OUTLOOK_HEAD = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject", ":"),
    "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff", ":"),
    "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " :"),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ":"),
    "nl": ("-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "Onderwerp", ":"),
    "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ":"),
}
SAMSUNG_HEAD = {
    "en": (
        "Sent from my Galaxy",
        "-------- Original message --------",
        "From",
        "Date",
        "To",
        "Subject",
    ),
    "de": (
        "Von meinem Galaxy gesendet",
        "-------- Ursprüngliche Nachricht --------",
        "Von",
        "Datum",
        "An",
        "Betreff",
    ),
    "fr": (
        "Envoyé depuis mon Galaxy",
        "-------- Message d'origine --------",
        "De",
        "Date",
        "À",
        "Objet",
    ),
    "es": (
        "Enviado desde mi Galaxy",
        "-------- Mensaje original --------",
        "De",
        "Fecha",
        "Para",
        "Asunto",
    ),
    "nl": (
        "Verzonden vanaf mijn Galaxy",
        "-------- Oorspronkelijk bericht --------",
        "Van",
        "Datum",
        "Aan",
        "Onderwerp",
    ),
    "it": (
        "Inviato dal mio Galaxy",
        "-------- Messaggio originale --------",
        "Da",
        "Data",
        "A",
        "Oggetto",
    ),
}
REPLY_PREFIX_OUTLOOK = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
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

# --------------------------------------------------------------------------------------------
# The reminder Alder & Finch sends (quoted by the replies, returned inside bounces)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Payment overdue – invoice {inv}",
    "de": "Zahlung überfällig – Rechnung {inv}",
    "fr": "Paiement en retard – facture {inv}",
    "es": "Pago vencido – factura {inv}",
    "nl": "Betaling achterstallig – factuur {inv}",
    "it": "Pagamento scaduto – fattura {inv}",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "We have not yet received payment for the invoice below, which fell due on 14 November 2026.\n\n"
        "  Invoice:      {inv}\n  Invoice date: 15/10/2026\n  Amount due:   {amt}\n\n"
        "If the payment is already on its way, thank you – a short reply with the date and your payment reference helps us match it. If something on the invoice does not look right, reply to this email and we will look into it.\n\n"
        "Best regards,\n\n"
        "Receivables team\nAlder & Finch Office Supplies Ltd\nUnit 7, Kiln Lane Trade Park, Ashbridge\nreceivables@alderfinch.example"
    ),
    "de": (
        "Guten Tag,\n\n"
        "für die folgende Rechnung, fällig am 14.11.2026, konnten wir noch keinen Zahlungseingang feststellen:\n\n"
        "  Rechnung:       {inv}\n  Rechnungsdatum: 15.10.2026\n  Offener Betrag: {amt}\n\n"
        "Ist die Zahlung bereits unterwegs, vielen Dank – teilen Sie uns dann bitte kurz Datum und Verwendungszweck mit. Stimmt etwas mit der Rechnung nicht, antworten Sie einfach auf diese E-Mail.\n\n"
        "Freundliche Grüße\n\n"
        "Forderungsmanagement\nAlder & Finch Office Supplies Ltd"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Nous n'avons pas encore reçu le règlement de la facture ci-dessous, arrivée à échéance le 14/11/2026.\n\n"
        "  Facture :        {inv}\n  Date :           15/10/2026\n  Montant dû :     {amt}\n\n"
        "Si le paiement est déjà en cours, merci – indiquez-nous simplement sa date et sa référence. Si la facture vous semble inexacte, répondez à ce message et nous examinerons la question.\n\n"
        "Bien cordialement,\n\n"
        "Service recouvrement\nAlder & Finch Office Supplies Ltd"
    ),
    "es": (
        "Buenos días:\n\n"
        "Todavía no hemos recibido el pago de la siguiente factura, con vencimiento el 14/11/2026.\n\n"
        "  Factura:          {inv}\n  Fecha de emisión: 15/10/2026\n  Importe:          {amt}\n\n"
        "Si el pago ya está en camino, gracias; indíquenos la fecha y la referencia para poder conciliarlo. Si ve algún error en la factura, responda a este correo y lo revisaremos.\n\n"
        "Un saludo,\n\n"
        "Departamento de cobros\nAlder & Finch Office Supplies Ltd"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Wij hebben de betaling van onderstaande factuur, vervallen op 14-11-2026, nog niet ontvangen.\n\n"
        "  Factuur:       {inv}\n  Factuurdatum:  15-10-2026\n  Openstaand:    {amt}\n\n"
        "Is de betaling al onderweg, dan alvast bedankt – laat ons de datum en het betalingskenmerk weten, dan kunnen wij hem koppelen. Klopt er iets niet aan de factuur, beantwoord dan deze e-mail.\n\n"
        "Met vriendelijke groet,\n\n"
        "Debiteurenbeheer\nAlder & Finch Office Supplies Ltd"
    ),
    "it": (
        "Buongiorno,\n\n"
        "non risulta ancora pervenuto il pagamento della fattura qui sotto, scaduta il 14/11/2026.\n\n"
        "  Fattura:        {inv}\n  Data:           15/10/2026\n  Importo:        {amt}\n\n"
        "Se il pagamento è già stato disposto vi ringraziamo: indicateci per favore data e riferimento, così da poterlo abbinare. Se qualcosa nella fattura non vi torna, rispondete a questa e-mail.\n\n"
        "Cordiali saluti,\n\n"
        "Ufficio crediti\nAlder & Finch Office Supplies Ltd"
    ),
}
DEFAULT_AMOUNT = {
    "en": "£746.20",
    "de": "1.318,45 €",
    "fr": "689,90 €",
    "es": "1.054,00 €",
    "nl": "€ 927,35",
    "it": "€ 1.212,60",
}
LATIN1_SUBSTITUTES = {"–": "-", "—": "-", "€": "EUR", "’": "'", "…": "...", "“": '"', "”": '"'}


@cache
def invoice_table() -> dict[str, str]:
    """A stable invoice number for every message whose text does not name its own.

    Numbers come from a hash of the message key; a number already written in any message, or
    given to an earlier message, is skipped, so no two customers share an invoice.
    """
    texts = " ".join(r.body for r in REPLIES)
    used = {f"AF26-{m}" for m in re.findall(r"(?i)AF26[- ]?(\d{5})", texts)}
    used |= {r.inv for r in REPLIES if r.inv}
    table = {r.key: r.inv for r in REPLIES if r.inv}
    for key in [r.key for r in REPLIES if not r.inv] + [b.key for b, _ in BOUNCES]:
        n = int.from_bytes(hashlib.sha256(f"inv:{key}".encode()).digest()[:4], "big") % 1600
        while f"AF26-0{3000 + n:04d}" in used:
            n = (n + 1) % 1600
        table[key] = f"AF26-0{3000 + n:04d}"
        used.add(table[key])
    return table


def invoice_for(key: str) -> str:
    return invoice_table()[key]


# --------------------------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """One hand-written reply: who wrote it, when, with which client, and its labels."""

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    style: str
    body: str
    labels: Mapping[str, object] = field(default_factory=dict)
    rlang: str = ""  # language of the reminder being answered (default: the reply's)
    ui: str = ""  # language of the client's interface (default: the reply's)
    inv: str = ""
    amt: str = ""
    subject: str = ""  # "{rsub}" stands for the reminder's subject
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    attach: tuple[str, str, bytes] | None = None  # file name, MIME type, content
    cc: tuple[str, str] | None = None
    thread: bool = True  # False: not a reply (payment advices), quotes and references nothing

    @property
    def reminder_lang(self) -> str:
        return self.rlang or self.lang

    @property
    def ui_lang(self) -> str:
        return self.ui or self.lang

    @property
    def invoice(self) -> str:
        return invoice_for(self.key)

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")


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
# Dates, identifiers and text helpers
# --------------------------------------------------------------------------------------------


def date_fields(loc: str, dt: datetime) -> dict[str, str]:
    wd, mo = dt.weekday(), dt.month - 1
    return {
        "wa": DAY_ABBR[loc].split()[wd],
        "wn": DAY_NAMES[loc].split()[wd],
        "ma": MONTH_ABBR[loc].split()[mo],
        "mn": MONTH_NAMES[loc].split()[mo],
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


def reminder_sent(reply: datetime) -> datetime:
    """The reminder went out on the last working day before the reply, at about half past eight."""
    day = reply - timedelta(days=1)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day.replace(hour=8, minute=30 + day.day % 11, second=5 + day.day)


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{salt}|{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:n]


def hexid(key: str, salt: str, n: int) -> str:
    return digest(key, salt).hex()[:n]


def uuid_like(key: str, salt: str) -> str:
    h = digest(key, salt).hex().upper()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def reminder_msgid(key: str) -> str:
    return f"<rem.{hexid(key, 'reminder', 16)}.{hexid(key, 'rseq', 6)}@{AR_DOMAIN}>"


def reply_msgid(r: Reply) -> str:
    domain = r.who[1].split("@")[1]
    if r.style in GMAIL_FAMILY:
        tail = base64.urlsafe_b64encode(digest(r.key, "gmail")).decode().rstrip("=")[:38]
        return f"<CAK{tail}@mail.gmail.com>"
    if r.style in OUTLOOK_FAMILY:
        host = f"{('AS8', 'DB9', 'PA4', 'VI1', 'AM9')[digest(r.key, 'h')[0] % 5]}PR07MB{int.from_bytes(digest(r.key, 'h')[1:3], 'big') % 9000 + 1000}"
        return f"<{host}{hexid(r.key, 'exo', 24).upper()}@{host}.eurprd07.prod.outlook.com>"
    if r.style in APPLE_FAMILY:
        return f"<{uuid_like(r.key, 'apple')}@{domain}>"
    if r.style == "samsung":
        return f"<{hexid(r.key, 'samsung', 12)}.{int.from_bytes(digest(r.key, 'n')[:3], 'big')}@email.android.com>"
    if r.style in {"thunderbird", "thunderbird_html"}:
        return f"<{uuid_like(r.key, 'tb').lower()}@{domain}>"
    return f"<{hexid(r.key, 'notice', 20)}.{hexid(r.key, 'n2', 6)}@{domain}>"


def latin1_safe(text: str) -> str:
    for bad, good in LATIN1_SUBSTITUTES.items():
        text = text.replace(bad, good)
    return text


def for_charset(text: str, charset: str) -> str:
    """What a client with this charset does to characters it cannot send."""
    return latin1_safe(text) if charset == "iso-8859-1" else text


def quote_lines(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def html_lines(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    return "\n".join(f"<p>{html_lines(p)}</p>" for p in text.split("\n\n"))


def html_divs(text: str) -> str:
    """One <div> a line, an empty one as <div><br></div> (Gmail, Apple Mail, Samsung)."""
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
# MIME parts
# --------------------------------------------------------------------------------------------

CTE_CODES = {"qp": cs.QP, "b64": cs.BASE64, "8bit": 0, "7bit": 0}  # 0: sent as it is


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    text = for_charset(text, charset)
    text.encode(charset)  # raises if the hand-written text does not fit the charset
    part = MIMENonMultipart("text", subtype)
    chs = cs.Charset(charset)
    chs.body_encoding = CTE_CODES[cte]
    part.set_payload(text, chs)
    return part


def header_text(value: str, charset: str, name: str = "Subject") -> str:
    """The header value as a mail client encodes it (RFC 2047 when it is not ASCII)."""
    if value.isascii():
        return value
    enc = charset if charset != "us-ascii" else "utf-8"
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
    enc = charset if charset in {"iso-8859-1", "windows-1252"} else "utf-8"
    try:
        name.encode(enc)
    except UnicodeEncodeError:
        enc = "utf-8"
    return f"{Header(name, enc).encode()} <{addr}>"


def attachment(name: str, ctype: str, data: bytes) -> Message:
    maintype, subtype = ctype.split("/")
    part: Message = (
        MIMEImage(data, subtype) if maintype == "image" else MIMEApplication(data, subtype)
    )
    part.add_header("Content-Disposition", "attachment", filename=name)
    return part


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quote:
    """The reminder as the replying client shows it."""

    text: str
    subject: str
    sent: datetime
    loc: str
    to: str
    msgid: str


def reminder_subject(lang: str, inv: str) -> str:
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_text(lang: str, inv: str, amt: str) -> str:
    return REMINDER_BODY[lang].format(inv=inv, amt=amt or DEFAULT_AMOUNT[lang])


def make_quote(r: Reply) -> Quote:
    lang = r.reminder_lang
    to = r.who[1] if not r.who[0].isascii() else formataddr(r.who)
    return Quote(
        for_charset(reminder_text(lang, r.invoice, r.amt), r.charset),
        for_charset(reminder_subject(lang, r.invoice), r.charset),
        reminder_sent(r.dt),
        r.ui_lang,
        to,
        reminder_msgid(r.key),
    )


def outlook_rows(q: Quote) -> list[tuple[str, str]]:
    _, frm, sent, to, subj, _ = OUTLOOK_HEAD[q.loc]
    return [
        (frm, f"{AR_NAME} <{AR_ADDR}>"),
        (sent, fmt(OUTLOOK_DATE[q.loc], q.loc, q.sent)),
        (to, q.to),
        (subj, q.subject),
    ]


def outlook_block(q: Quote) -> str:
    suffix = OUTLOOK_HEAD[q.loc][5]
    return "\n".join(f"{label}{suffix} {value}" for label, value in outlook_rows(q))


def gmail_attr(q: Quote) -> str:
    return fmt(GMAIL_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def apple_attr(q: Quote) -> str:
    return fmt(APPLE_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def alternative(r: Reply, text: str, markup: str, cte: str = "") -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(text, "plain", r.charset, cte or r.cte))
    outer.attach(text_part(markup, "html", r.charset, cte or r.cte))
    return outer


def style_outlook(r: Reply, q: Quote) -> Message:
    text = f"{r.body}\n\n{OUTLOOK_HEAD[q.loc][0]}\n{outlook_block(q)}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, r.cte)


def word_html(r: Reply, q: Quote) -> str:
    suffix = OUTLOOK_HEAD[q.loc][5]
    head = "<br>\n".join(
        f"<b>{html.escape(label + suffix)}</b> {html.escape(value)}"
        for label, value in outlook_rows(q)
    )
    lang = {"en": "EN-GB"}.get(r.lang, f"{r.lang.upper()}")
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        '@font-face {font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}\n'
        "@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle19 {mso-style-type:personal-reply;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style>\n</head>\n"
        f'<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{mso_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div id="mail-editor-reference-message-container">\n'
        '<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal" style="margin-bottom:12.0pt"><span style="font-size:12.0pt;color:black">{head}<o:p></o:p></span></p>\n'
        "</div>\n"
        f"{mso_paragraphs(q.text)}\n</div>\n</div>\n</body>\n</html>\n"
    )


def style_outlook_html(r: Reply, q: Quote) -> Message:
    text = f"{r.body}\n\n{outlook_block(q)}\n\n{q.text}\n"
    return alternative(r, text, word_html(r, q))


def style_html_only(r: Reply, q: Quote) -> Message:
    return text_part(word_html(r, q), "html", r.charset, r.cte)


def style_owa(r: Reply, q: Quote) -> Message:
    text = f"{r.body}\n\n{'_' * 40}\n{outlook_block(q)}\n\n{q.text}\n"
    suffix = OUTLOOK_HEAD[q.loc][5]
    head = "<br>\n".join(
        f"<b>{html.escape(label + suffix)}</b>&nbsp;{html.escape(value)}"
        for label, value in outlook_rows(q)
    )
    markup = (
        f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
        '</head>\n<body dir="ltr">\n'
        '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
        f"{html_lines(r.body)}</div>\n"
        '<div id="appendonsend"></div>\n'
        '<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{head}</font>\n<div>&nbsp;</div>\n</div>\n"
        f"<div>{html_paragraphs(q.text)}</div>\n</body>\n</html>\n"
    )
    return alternative(r, text, markup)


def style_android(r: Reply, q: Quote) -> Message:
    text = f"{r.body}\n\n{ANDROID_SIG[q.loc]}\n{'_' * 33}\n{outlook_block(q)}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


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
    text = f"{r.body}\n\n{gmail_attr(q)}\n\n{quote_lines(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def style_bottom(r: Reply, q: Quote) -> Message:
    text = f"{gmail_attr(q)}\n\n{quote_lines(q.text)}\n\n{r.body}\n"
    return text_part(text, "plain", r.charset, r.cte)


def style_apple(r: Reply, q: Quote) -> Message:
    text = f"{r.body}\n\n{apple_attr(q)}\n\n{quote_lines(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def style_apple_html(r: Reply, q: Quote) -> Message:
    attr = apple_attr(q)
    text = f"{r.body}\n\n{apple_attr(q)}\n\n{quote_lines(q.text)}\n"
    markup = (
        '<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f'{html_divs(r.body)}<div><br></div><div><br><blockquote type="cite">'
        f'<div>{html.escape(attr)}</div><br class="Apple-interchange-newline">'
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
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        f'<body dir="auto"><div dir="ltr">{html_lines(r.body)}</div>'
        f'<div dir="ltr"><br><div dir="ltr">{IPHONE_SIG[q.loc]}</div>'
        f'<div dir="ltr"><br><blockquote type="cite">{html.escape(apple_attr(q))}<br><br>'
        f"{html_paragraphs(q.text)}</blockquote></div></div></body></html>\n"
    )
    return alternative(r, iphone_text(r, q), markup)


def style_thunderbird(r: Reply, q: Quote) -> Message:
    attr = fmt(THUNDERBIRD_ATTR[q.loc], q.loc, q.sent, name=AR_NAME)
    part = text_part(f"{r.body}\n\n{attr}\n{quote_lines(q.text)}\n", "plain", r.charset, r.cte)
    if r.charset == "utf-8":
        part.set_param("format", "flowed")
    return part


def style_thunderbird_html(r: Reply, q: Quote) -> Message:
    attr = fmt(THUNDERBIRD_ATTR[q.loc], q.loc, q.sent, name=AR_NAME)
    text = f"{r.body}\n\n{attr}\n{quote_lines(q.text)}\n"
    markup = (
        "<!DOCTYPE html>\n<html>\n  <head>\n"
        f'    <meta http-equiv="Content-Type" content="text/html; charset={r.charset.upper()}">\n'
        "  </head>\n  <body>\n"
        f"    {html_paragraphs(r.body)}\n"
        f'    <div class="moz-cite-prefix">{html.escape(attr)}<br>\n    </div>\n'
        f'    <blockquote type="cite" cite="mid:{html.escape(q.msgid.strip("<>"))}">\n'
        f"{html_paragraphs(q.text)}\n    </blockquote>\n  </body>\n</html>\n"
    )
    return alternative(r, text, markup)


def samsung_block(q: Quote) -> list[str]:
    _, sep, frm, date, to, subj = SAMSUNG_HEAD[q.loc]
    offset = q.sent.strftime("%z")
    gmt = f"GMT{offset[:3]}:{offset[3:]}"
    return [
        sep,
        f"{frm}: {AR_NAME} <{AR_ADDR}>",
        f"{date}: {q.sent:%d/%m/%Y %H:%M} ({gmt})",
        f"{to}: {q.to}",
        f"{subj}: {q.subject}",
    ]


def style_samsung(r: Reply, q: Quote) -> Message:
    sig = SAMSUNG_HEAD[q.loc][0]
    block = samsung_block(q)
    text = f"{r.body}\n\n\n\n{sig}\n\n\n" + "\n".join(block) + f"\n\n{q.text}\n"
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
        f'<div dir="auto">{html_lines(r.body)}</div><div dir="auto"><br></div><div dir="auto"><br></div>'
        f'<div id="composer_signature" dir="auto"><div style="font-size:12px;color:#575757" dir="auto">{html.escape(sig)}</div></div>'
        '<div dir="auto"><br></div><div><br></div>'
        '<div align="left" dir="auto" style="font-size:100%;color:#000000"><div>'
        + "</div><div>".join(html.escape(line) for line in block)
        + f"</div></div><br>{html_paragraphs(q.text)}</body></html>\n"
    )
    return alternative(r, text, markup, cte="b64")


def style_notice(r: Reply, q: Quote) -> Message:
    del q  # automatic notices and payment advices quote nothing
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


def style_notice_html(r: Reply, q: Quote) -> Message:
    del q  # the body is already the HTML an accounting system produced
    return text_part(r.body, "html", r.charset, r.cte)


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
    "thunderbird_html": style_thunderbird_html,
    "samsung": style_samsung,
    "notice": style_notice,
    "notice_html": style_notice_html,
}
OUTLOOK_FAMILY = {"outlook", "outlook_html", "html_only", "owa", "android"}
GMAIL_FAMILY = {"gmail", "gmail_plain", "bottom"}
APPLE_FAMILY = {"apple", "apple_html", "iphone", "iphone_html"}
STYLE_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "apple_html": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22C152)"),),
    "iphone_html": (("X-Mailer", "iPhone Mail (22C152)"),),
    "thunderbird": (
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "{tag}"),
    ),
    "thunderbird_html": (
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "{tag}"),
    ),
}


def locale_tag(lang: str) -> str:
    return {"en": "en-GB"}.get(lang, f"{lang}-{lang.upper()}")


def reply_subject(r: Reply, q: Quote) -> str:
    if r.subject:
        return r.subject.format(rsub=q.subject)
    prefix = REPLY_PREFIX_OUTLOOK[q.loc] if r.style in OUTLOOK_FAMILY else "Re: "
    return prefix + q.subject


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    index = base64.b64encode(digest(r.key, "thread-index")[:22]).decode()
    return [
        ("Thread-Topic", header_text(q.subject, r.charset, "Thread-Topic")),
        ("Thread-Index", index),
        ("Accept-Language", f"{locale_tag(r.lang)}, en-US"),
        ("Content-Language", locale_tag(r.lang)),
        ("X-MS-Has-Attach", "yes" if r.attach else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


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
    """Only the top of a message (or of a returned message) carries MIME-Version."""
    if not root:
        del part["MIME-Version"]
    if not part.is_multipart():
        return
    for sub in part.get_payload():
        if isinstance(sub, Message):
            strip_part_versions(sub, root=part.get_content_type() == "message/rfc822")


BOUNDARY_FAMILIES = {
    "gmail": {"gmail", "gmail_plain", "bottom", "gmail_dsn"},
    "outlook": {"outlook", "outlook_html", "html_only", "owa", "android", "exchange"},
    "apple": {"apple", "apple_html", "iphone", "iphone_html"},
    "thunderbird": {"thunderbird", "thunderbird_html"},
    "samsung": {"samsung"},
    "postfix": {"postfix"},
}


def boundary(key: str, style: str, n: int) -> str:
    """A deterministic boundary shaped like the one the client or server would write."""
    family = next((name for name, members in BOUNDARY_FAMILIES.items() if style in members), "")
    shapes: dict[str, Callable[[], str]] = {
        "gmail": lambda: "0000000000" + hexid(key, f"b{n}", 18),
        "outlook": lambda: f"_00{n}_{b32(key, f'b{n}', 30)}_",
        "apple": lambda: f"Apple-Mail={'_' if n == 0 else '-'}{uuid_like(key, f'b{n}')}",
        "thunderbird": lambda: "------------" + b32(key, f"b{n}", 24),
        "samsung": lambda: (
            f"--_com.samsung.android.email_{int.from_bytes(digest(key, f'b{n}')[:7], 'big')}"
        ),
        "postfix": lambda: f"{b32(key, f'b{n}', 10)}.{1764300000 + n}/{OUR_MTA}",
    }
    default = (
        f"----=_Part_{int.from_bytes(digest(key, f'b{n}')[:3], 'big')}_{hexid(key, f'c{n}', 10)}"
    )
    return shapes[family]() if family else default


def fix_boundaries(msg: Message, key: str, style: str) -> None:
    parts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(parts):
        part.set_boundary(boundary(key, style, n))


def finalize(msg: Message, key: str, style: str) -> Message:
    content_headers_last(msg)
    strip_part_versions(msg)
    fix_boundaries(msg, key, style)
    return msg


def build_reply(r: Reply) -> Message:
    q = make_quote(r)
    msg = STYLES[r.style](r, q)
    if r.attach is not None:
        outer = MIMEMultipart("mixed")
        outer.attach(msg)
        outer.attach(attachment(*r.attach))
        msg = outer
    msg["Return-Path"] = f"<{r.who[1]}>"
    msg["From"] = address(*r.who, r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    if r.cc is not None:
        msg["Cc"] = formataddr(r.cc)
    msg["Subject"] = header_text(reply_subject(r, q), r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r)
    if r.thread:
        msg["In-Reply-To"] = q.msgid
        msg["References"] = q.msgid
    extra = outlook_headers(r, q) if r.style in OUTLOOK_FAMILY else []
    for name, value in [*extra, *STYLE_HEADERS.get(r.style, ()), *r.headers]:
        msg[name] = value.replace("{tag}", locale_tag(r.lang))
    return finalize(msg, r.key, r.style)


# --------------------------------------------------------------------------------------------
# The hand-written replies
# --------------------------------------------------------------------------------------------

AUTO = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
XARS = ("X-Auto-Response-Suppress", "All")
FAKE_PDF = (
    b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R/Size 3>>\n%%EOF\n"
)
FAKE_JPEG = (
    b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    b"\xff\xdb\x00C\x00" + bytes(range(1, 65)) + b"\xff\xd9"
)

PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Dom Reyes", "dom@thelofthub.example"),
        "2026-11-24 17:42 +0000",
        "iphone",
        "Paid.",
        lab(note="one word, past tense, answering the reminder: payment_sent without a date"),
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        ("Kerry-Ann Boateng", "kerryann.boateng@gmail.com"),
        "2026-12-09 20:11 +0000",
        "samsung",
        "done",
        lab(note="bare 'done' to a payment reminder read as paid; no date"),
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Hollins Vale Academy Trust", "ap-noreply@hollinsvale-trust.example"),
        "2026-12-01 06:12 +0000",
        "notice",
        "REMITTANCE ADVICE\n\n"
        "Payer:           Hollins Vale Academy Trust (Central Finance)\n"
        "Supplier:        Alder & Finch Office Supplies Ltd\n"
        "Supplier no.:    S004127\n"
        "Payment date:    01/12/2026\n"
        "Payment method:  BACS\n"
        "Payment no.:     0000418862\n\n"
        "Invoice no.   Invoice date  Cost centre                   Amount GBP\n"
        "AF26-03318    08/10/2026    Hollins Vale Primary              612.40\n"
        "AF26-03552    16/10/2026    Ashfield Brook Infant School      271.15\n"
        "                                                          ----------\n"
        "Total paid                                                    883.55\n\n"
        "Funds should reach your account within 2 working days. Queries about this payment: finance@hollinsvale-trust.example, quoting the payment number.\n\n"
        "This message was produced automatically by the Trust's finance system. Replies to this address are not read.",
        lab(
            ("AF26-03318", "AF26-03552"),
            paid_date="2026-12-01",
            payment_reference="0000418862",
            amount="883.55",
            currency="GBP",
            note="AP-system remittance advice, not a reply (no quote, no In-Reply-To), Auto-Submitted: auto-generated; the queries address is not a new contact",
        ),
        subject="Remittance Advice 0000418862 - Hollins Vale Academy Trust",
        charset="us-ascii",
        cte="7bit",
        headers=(AUTO_GENERATED, ("X-Mailer", "PS Financials Remittance Service")),
        attach=("Remittance_0000418862.pdf", "application/pdf", FAKE_PDF),
        thread=False,
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Carola Weidemann", "c.weidemann@weidemann-architekten.example"),
        "2026-12-02 10:18 +0100",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\n"
        "die Rechnung AF26-04102 über 1.236,90 € (Plotterpapier und zwei Zeichentische) haben wir am Montag, den 30.11.2026, überwiesen. Die Überweisung hat bei unserer Bank die Referenz ÜW-2611-0457.\n\n"
        "Sollte der Betrag bei Ihnen noch nicht eingegangen sein, geben Sie mir bitte kurz Bescheid.\n\n"
        "Mit freundlichen Grüßen\n\n"
        "Carola Weidemann\nBüroleitung\n\n"
        "WEIDEMANN ARCHITEKTEN PartGmbB\nAm Speicherhafen 7 · 28217 Bremen\n\n"
        "Sitz der Partnerschaft: Bremen · Partnerschaftsregister PR 0815 · Partner: Jörg Weidemann, Annika Sell",
        lab(
            ("AF26-04102",),
            paid_date="2026-11-30",
            payment_reference="ÜW-2611-0457",
            amount="1236.90",
            currency="EUR",
        ),
        inv="AF26-04102",
        amt="1.236,90 €",
        charset="windows-1252",
    ),
    Reply(
        "ps-de-2",
        "payment_sent",
        "de",
        ("Malte Kröger", "malte@deskwerk-kiel.example"),
        "2026-12-07 20:05 -0500",
        "iphone",
        "Moin aus New York! Hab heute früh per App überwiesen, sorry für die Verspätung.\n\nMalte\nDeskwerk Coworking Kiel",
        lab(
            paid_date="2026-12-07",
            note="Date header is -0500: 'heute früh' is 7 Dec in the sender's time zone, although the message is 8 Dec in UTC",
        ),
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Hélène Marchetti", "h.marchetti@atelier-marchetti-archi.example"),
        "2026-11-26 14:33 +0100",
        "thunderbird",
        "Bonjour,\n\n"
        "Le règlement de la facture AF26-03987 (482,16 €) est parti par virement le 24 novembre. Vous trouverez ci-joint l'avis d'opération de notre banque.\n\n"
        "Bien cordialement,\n\n"
        "Hélène Marchetti\nAssistante de direction\nAtelier Marchetti Architectes – 12, quai des Bateliers, 67000 Strasbourg",
        lab(
            ("AF26-03987",),
            paid_date="2026-11-24",
            amount="482.16",
            currency="EUR",
            note="bank advice attached as a PDF",
        ),
        inv="AF26-03987",
        amt="482,16 €",
        attach=("avis_operation_24112026.pdf", "application/pdf", FAKE_PDF),
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Yanis Belkacem", "yanis@lequai-coworking.example"),
        "2026-12-07 09:26 +0100",
        "gmail",
        "Bonjour,\n\n"
        "Non, nous ne sommes pas en retard : le virement est parti jeudi dernier, votre relance a dû se croiser avec. Vous devriez le voir sur votre relevé aujourd'hui ou demain.\n\n"
        "Bonne journée,\nYanis\nLe Quai – espace de coworking",
        lab(
            paid_date="2026-12-03",
            note="the negation is about being late, not about paying; 'jeudi dernier' from Mon 7 Dec",
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Academia Babel Idiomas", "administracion@academiababel.example"),
        "2026-12-07 11:02 +0100",
        "outlook",
        "Buenos días:\n\n"
        "Les informamos de que la factura AF26-04220 se abonó por transferencia el pasado viernes 4 de diciembre. Importe: 318,50 €. Referencia de la operación: 2026120400731.\n\n"
        "Atentamente,\n\n"
        "Rocío Almansa\nAdministración\nAcademia Babel Idiomas S.L.\nC/ del Pintor Sorolla 18, 2.º – 46002 Valencia\n\n"
        "Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine.",
        lab(
            ("AF26-04220",),
            paid_date="2026-12-04",
            payment_reference="2026120400731",
            amount="318.50",
            currency="EUR",
        ),
        inv="AF26-04220",
        amt="318,50 €",
        charset="iso-8859-1",
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Lucía Ferrer", "lucia@ferrer-ortega-arquitectos.example"),
        "2026-12-10 09:14 +0100",
        "iphone_html",
        "Hola! La transferencia la hice anoche desde el móvil, os tendría que llegar hoy o mañana 🙏\n\nLucía",
        lab(
            paid_date="2026-12-09",
            note="'anoche' is the evening before the message; Spanish reply to an English reminder",
        ),
        rlang="en",
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Bram Hoekstra", "bram@dewerkplaats-flex.example"),
        "2026-12-09 13:50 +0100",
        "gmail",
        "Hoi,\n\n"
        "Deze is vorige week dinsdag al betaald, € 1.045,00 met omschrijving 'AF26 04301'. Zie je hem niet terug, laat het dan even weten, dan stuur ik een screenshot.\n\n"
        "Groet,\nBram\n\nDe Werkplaats – flexplekken & vergaderruimtes",
        lab(
            ("AF26-04301",),
            paid_date="2026-12-01",
            amount="1045.00",
            currency="EUR",
            note="'AF26 04301' normalised; 'vorige week dinsdag' from Wed 9 Dec is 1 Dec; the transfer description is the invoice number, not a separate reference",
        ),
        inv="AF26-04301",
        amt="€ 1.045,00",
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        ("Stichting Openbaar Onderwijs Rivierland", "crediteuren@soo-rivierland.example"),
        "2026-11-30 05:31 +0100",
        "notice_html",
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
        '<body style="font-family:Arial,sans-serif;font-size:10pt">\n'
        '<h3 style="color:#1f4e79">Betalingsadvies</h3>\n'
        "<p>Geachte relatie,</p>\n"
        "<p>Hierbij ontvangt u de specificatie van onze betaling van 30-11-2026.</p>\n"
        '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">\n'
        "<tr><td><b>Betalingskenmerk</b></td><td>0071934</td></tr>\n"
        "<tr><td><b>Crediteurnummer</b></td><td>K-20881</td></tr>\n"
        "</table>\n<br>\n"
        '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">\n'
        "<tr><th>Factuurnummer</th><th>Factuurdatum</th><th>School</th><th>Bedrag</th></tr>\n"
        '<tr><td>AF26-03740</td><td>22-10-2026</td><td>OBS De Wilgenhoek</td><td align="right">€ 572,35</td></tr>\n'
        '<tr><td colspan="3"><b>Totaal betaald</b></td><td align="right"><b>€ 572,35</b></td></tr>\n'
        "</table>\n"
        "<p>Het bedrag wordt binnen twee werkdagen bijgeschreven.</p>\n"
        '<p style="color:#808080;font-size:8pt">Dit bericht is automatisch aangemaakt door het financiële systeem van Stichting Openbaar Onderwijs Rivierland. U kunt op dit bericht niet antwoorden.</p>\n'
        "</body></html>\n",
        lab(
            ("AF26-03740",),
            paid_date="2026-11-30",
            payment_reference="0071934",
            amount="572.35",
            currency="EUR",
            note="HTML-only payment advice from a school board's accounting system, not a reply; the creditor number is not the payment reference",
        ),
        subject="Betalingsadvies 30-11-2026 / 0071934",
        headers=(AUTO_GENERATED,),
        thread=False,
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Studio Bellandi Architetti", "segreteria@studiobellandi.example"),
        "2026-12-11 12:20 +0100",
        "android",
        "Buongiorno, saldato stamattina con bonifico istantaneo, TRN 0306926121100481.\nCordiali saluti\nGiulia – Studio Bellandi",
        lab(paid_date="2026-12-11", payment_reference="0306926121100481"),
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pr-en-1",
        "promise_to_pay",
        "en",
        ("Rupert Ashe", "rupert@ashe-kaur-architects.example"),
        "2026-12-03 16:47 +0000",
        "outlook_html",
        "Hi,\n\n"
        "Apologies – cash is tight this month while we wait for a client to settle a stage payment. We'll pay AF26-04055 in full once those funds clear on Monday.\n\n"
        "Best,\nRupert\n\n"
        "Rupert Ashe RIBA\nDirector\nAshe Kaur Architects\n2nd Floor, 9 Mill Yard, Halbury HB2 4QT\n\n"
        "Ashe Kaur Architects Ltd. Registered in England and Wales. This email and any attachments are confidential and may be privileged. If you are not the intended recipient, please tell the sender and delete it; do not copy or forward it.",
        lab(
            ("AF26-04055",),
            promised_date="2026-12-07",
            note="event promise: 'once those funds clear on Monday' pins the payment to Mon 7 Dec",
        ),
        inv="AF26-04055",
        amt="£1,960.00",
    ),
    Reply(
        "pr-en-2",
        "promise_to_pay",
        "en",
        ("Sam Okonjo", "sam@okonjo-consulting.example"),
        "2026-12-15 10:03 +0000",
        "gmail_plain",
        "Hi Alder & Finch,\n\n"
        "I did try to pay this last week but the company card was declined (new card, long story). I meant to ring you about it and then forgot. I'll put it through on Friday when the replacement card arrives.\n\n"
        "Sam Okonjo\nOkonjo Consulting – two desks, one printer",
        lab(
            promised_date="2026-12-18",
            note="the past tense is a failed attempt, not a payment; 'on Friday' from Tue 15 Dec",
        ),
    ),
    Reply(
        "pr-en-3",
        "promise_to_pay",
        "en",
        ("Jane Whitlock", "bursar@stcuthberts-primary.example"),
        "2026-12-02 12:15 +0000",
        "outlook",
        "Dear Sir or Madam,\n\n"
        "Thank you for your email. Supplier payments over £500 have to be signed off by our Finance Committee, which next meets on the evening of Wednesday 9 December. Once it has been approved I will make the payment the following morning.\n\n"
        "Yours faithfully,\n\n"
        "Jane Whitlock\nSchool Business Manager\nSt Cuthbert's C of E Primary School\n\n"
        "This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. Any views expressed are those of the author and do not necessarily represent those of the school or the local authority.",
        lab(
            promised_date="2026-12-10",
            note="event promise: the morning after the committee meeting of Wed 9 Dec",
        ),
        amt="£684.30",
    ),
    Reply(
        "pr-de-1",
        "promise_to_pay",
        "de",
        ("Dilara Şahin", "buchhaltung@raumstation-cowork.example"),
        "2026-12-14 08:55 +0100",
        "owa",
        "Guten Morgen,\n\n"
        "die Rechnung ist inzwischen freigegeben und geht mit unserem nächsten Zahlungslauf am Freitag raus.\n\n"
        "Viele Grüße\nDilara Şahin\nBuchhaltung | Raumstation Coworking GmbH",
        lab(
            promised_date="2026-12-18",
            note="'freigegeben' (approved) is not paid; 'am Freitag' from Mon 14 Dec",
        ),
    ),
    Reply(
        "pr-de-2",
        "promise_to_pay",
        "de",
        ("Sekretariat Grundschule Am Lindenhof", "sekretariat@gs-lindenhof.example"),
        "2026-11-25 11:40 +0100",
        "apple",
        "Sehr geehrte Damen und Herren,\n\n"
        "die Rechnung liegt bei der Gemeindekasse. Ausgezahlt wird, sobald der Gemeinderat den Nachtragshaushalt beschlossen hat – einen genauen Termin kann ich Ihnen leider nicht nennen. Bezahlt wird aber auf jeden Fall.\n\n"
        "Freundliche Grüße\nMonika Berger\nSchulsekretariat",
        lab(note="promise conditional on a council budget decision, no date"),
    ),
    Reply(
        "pr-fr-1",
        "promise_to_pay",
        "fr",
        ("Thibault Renaud", "thibault.renaud@renaud-conseil.example"),
        "2026-12-10 18:05 +0100",
        "iphone",
        "Bonjour, désolé pour l'oubli, je fais le virement demain matin sans faute.\nThibault",
        lab(promised_date="2026-12-11"),
    ),
    Reply(
        "pr-fr-2",
        "promise_to_pay",
        "fr",
        ("École de musique Les Quatre Saisons", "secretariat@ecole-quatre-saisons.example"),
        "2026-11-27 15:20 +0100",
        "outlook",
        "Madame, Monsieur,\n\n"
        "Nous avons bien reçu votre relance. La facture sera réglée par virement d'ici le 15 décembre, dès que la subvention municipale nous aura été versée.\n\n"
        "Veuillez agréer nos salutations distinguées.\n\n"
        "Corinne Vasseur\nSecrétariat – École de musique Les Quatre Saisons (association loi 1901)",
        lab(
            promised_date="2026-12-15",
            note="'d'ici le 15 décembre' is a dated deadline; the grant condition does not remove it",
        ),
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "pr-es-1",
        "promise_to_pay",
        "es",
        ("Colegio Santa Brígida", "admin@colegiosantabrigida.example"),
        "2026-12-02 10:12 +0000",
        "outlook_html",
        "Buenos días:\n\n"
        "Les pagaremos la semana que viene, en cuanto la Consejería nos ingrese la partida de gastos de funcionamiento.\n\n"
        "Un cordial saludo,\n\n"
        "Pedro Cabrera Santana\nAdministración\nColegio Santa Brígida – Las Palmas de Gran Canaria",
        lab(
            promised_date="2026-12-07",
            note="'la semana que viene' → Monday of next week; the Date is +0000 (Canary Islands)",
        ),
    ),
    Reply(
        "pr-es-2",
        "promise_to_pay",
        "es",
        ("Marina Soler", "marina@coworking-eltaller.example"),
        "2026-12-04 13:30 +0100",
        "gmail",
        "Hola,\n\nLo tenemos apuntado, lo abonaremos el lunes 21. Perdonad el retraso, este trimestre vamos justos.\n\nUn abrazo,\nMarina\nEl Taller Coworking · Zaragoza",
        lab(promised_date="2026-12-21"),
    ),
    Reply(
        "pr-nl-1",
        "promise_to_pay",
        "nl",
        ("Pieter-Jan Aerts", "pj.aerts@aerts-vanlaere.example"),
        "2026-11-30 16:00 +0100",
        "outlook_html",
        "Goedemiddag,\n\n"
        "De factuur moet nog door de zaakvoerder goedgekeurd worden; de betaling volgt uiterlijk op 18 december.\n\n"
        "Met vriendelijke groeten,\n\n"
        "Pieter-Jan Aerts\nAerts & Van Laere architecten bv\nVeldstraat 12 bus 3, 9000 Gent",
        lab(
            promised_date="2026-12-18",
            note="Flemish; 'uiterlijk op' (at the latest) gives the date",
        ),
    ),
    Reply(
        "pr-it-1",
        "promise_to_pay",
        "it",
        ("Istituto Comprensivo Val Brembo", "amministrazione@icvalbrembo.example"),
        "2026-12-09 09:45 +0100",
        "thunderbird",
        "Buongiorno,\n\n"
        "in riferimento al vostro sollecito, vi comunichiamo che il mandato di pagamento è stato predisposto e la fattura sarà saldata entro fine mese.\n\n"
        "Distinti saluti\n\n"
        "Il DSGA\nRag. Franco Pellegrini\nIstituto Comprensivo Val Brembo",
        lab(
            promised_date="2026-12-31",
            note="a payment order prepared is not a payment made; 'entro fine mese' → 31 Dec",
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "pr-it-2",
        "promise_to_pay",
        "it",
        ("Chiara Fontana", "chiara@hubcollettivo.example"),
        "2026-11-25 19:10 +0100",
        "iphone",
        "Ciao, scusate! Pago lunedì prossimo, promesso.\nChiara – Hub Collettivo",
        lab(
            promised_date="2026-11-30",
            note="'lunedì prossimo' from Wed 25 Nov is the coming Monday",
        ),
    ),
]

DISPUTE = [
    Reply(
        "di-en-1",
        "dispute",
        "en",
        ("Greyfriars Infant School Office", "office@greyfriars-infants.example"),
        "2026-11-26 09:31 +0000",
        "outlook",
        "Good morning,\n\n"
        "We have NOT paid this invoice because the two four-drawer filing cabinets on it never arrived. The delivery on 2 November was paper and laminating pouches only, and that is all our signed delivery note shows.\n\n"
        "Please either deliver the cabinets or send a corrected invoice for the items we actually received.\n\n"
        "Kind regards,\n\n"
        "Angela Price\nSchool Office Manager\nGreyfriars Infant School",
        lab(note="negated payment with the reason (items never delivered): dispute"),
        amt="£418.76",
    ),
    Reply(
        "di-en-2",
        "dispute",
        "en",
        ("Leah Moss", "leah.moss@moss-partners-surveyors.example"),
        "2026-12-01 14:06 +0000",
        "gmail",
        "Hello,\n\n"
        "AF26-04012 was paid on 20 November (ref MOSS-2011).\n\n"
        "AF26-04019 however charges us for 12 Kestrel task chairs when we ordered and received 10 – see our PO 3381. Please send a credit note for the 2 chairs and we'll pay the balance straight away.\n\n"
        "Thanks,\nLeah\n\n"
        "Leah Moss | Practice Manager\nMoss & Partners Chartered Surveyors",
        lab(
            ("AF26-04012", "AF26-04019"),
            note="another invoice paid, the reminded one overcharged: dispute wins for the disputed part; the payment fields are left empty",
        ),
        inv="AF26-04019",
        amt="£1,182.00",
    ),
    Reply(
        "di-en-3",
        "dispute",
        "en",
        ("Tom Ferris", "tom@ferrisstudio.example"),
        "2026-12-08 11:20 +0000",
        "owa",
        "Hi there,\n\n"
        "This is for the plan chest that arrived with a split top on 17 November. Your driver saw the damage and took it back with him, so as far as we're concerned we don't owe anything for it. Please cancel the invoice.\n\n"
        "Cheers,\nTom Ferris\nFerris Studio – architecture & interiors\n\n"
        "Ferris Studio Ltd is a company registered in Scotland. The information in this email is confidential and for the addressee only.",
        lab(note="damaged item returned: cancel the invoice"),
        amt="£1,315.00",
    ),
    Reply(
        "di-de-1",
        "dispute",
        "de",
        ("Jana Vogel", "vogel@buerogemeinschaft-suedstadt.example"),
        "2026-12-03 10:05 +0100",
        "outlook",
        "Hallo,\n\n"
        "laut unserer Rahmenvereinbarung vom März kostet der Karton Kopierpapier A4 (5 x 500 Blatt) 18,90 € netto. Auf der Rechnung AF26-04133 stehen 22,40 €. Bei 30 Kartons ist das eine Differenz von 105,00 € netto.\n\n"
        "Bitte schicken Sie uns eine korrigierte Rechnung, dann überweisen wir umgehend.\n\n"
        "Gruß\nJana Vogel\nBürogemeinschaft Südstadt – Steuerberatung · Rechtsanwälte · Übersetzungen",
        lab(
            ("AF26-04133",),
            note="contract-price disagreement; the corrected-invoice request and the conditional payment are secondary",
        ),
        inv="AF26-04133",
        amt="799,68 €",
        charset="windows-1252",
    ),
    Reply(
        "di-de-2",
        "dispute",
        "de",
        ("Frank Neumeier", "f.neumeier@neumeier-partner.example"),
        "2026-11-23 16:40 +0100",
        "thunderbird",
        "Sehr geehrte Damen und Herren,\n\n"
        "die Rechnung AF26-03877 ist Position für Position identisch mit AF26-03811 (dieselbe Lieferung vom 06.10.), und die haben wir am 20.10. bezahlt. Hier wurde doppelt abgerechnet. Bitte stornieren Sie AF26-03877.\n\n"
        "Mit freundlichen Grüßen\n\n"
        "Frank Neumeier\nNeumeier + Partner Architekten BDA",
        lab(
            ("AF26-03877", "AF26-03811"),
            note="duplicate billing; the payment mentioned is of the earlier invoice, not of this one",
        ),
        inv="AF26-03877",
        charset="iso-8859-1",
    ),
    Reply(
        "di-fr-1",
        "dispute",
        "fr",
        ("Sandrine Lemoine", "s.lemoine@cabinet-lemoine-assurances.example"),
        "2026-12-04 11:11 +0100",
        "gmail",
        "Bonjour,\n\n"
        "Nous ne réglerons pas cette facture en l'état : les six fauteuils de bureau livrés sont gris alors que nous avions commandé du noir (voir notre bon de commande du 2 octobre). Nous les tenons à votre disposition pour un échange.\n\n"
        "Cordialement,\n\n"
        "Sandrine Lemoine\nCabinet Lemoine Assurances – agent général",
        lab(note="wrong goods delivered; refusal to pay as invoiced"),
    ),
    Reply(
        "di-fr-2",
        "dispute",
        "fr",
        ("Intendance Collège des Tilleuls", "intendance@college-tilleuls.example"),
        "2026-12-14 14:48 +0100",
        "outlook_html",
        "Madame, Monsieur,\n\n"
        "Cette facture a déjà fait l'objet d'un avoir de votre part (avoir n° AV26-0112 du 19 novembre) à la suite du retour des tableaux blancs. Le solde est donc nul et nous n'avons rien à régler.\n\n"
        "Merci de mettre à jour votre comptabilité.\n\n"
        "Nathalie Roux\nAdjointe gestionnaire\nCollège des Tilleuls",
        lab(
            note="balance said to be cancelled by a credit note: disputes the debt; the credit-note number is not an invoice reference"
        ),
    ),
    Reply(
        "di-es-1",
        "dispute",
        "es",
        ("Jorge Medina", "jorge@medinaestudio.example"),
        "2026-12-01 17:55 +0100",
        "android",
        "Buenas tardes,\n\n"
        "No hemos pagado porque el pedido no ha llegado nunca. El seguimiento dice «entregado» el 13/11, pero aquí no lo firmó nadie. Revisadlo con la agencia de transporte, por favor.\n\n"
        "Jorge Medina\nMedina Estudio de Arquitectura",
        lab(note="negated payment with the reason (never delivered): dispute"),
    ),
    Reply(
        "di-nl-1",
        "dispute",
        "nl",
        ("Anouk de Groot", "anouk@hetkantoorhuis.example"),
        "2026-12-02 15:35 +0100",
        "outlook_html",
        "Beste,\n\n"
        "Op factuur AF26-04166 staan 20 dozen printpapier, maar er zijn er maar 14 geleverd (zie de getekende pakbon, foto in de bijlage). Wij betalen graag voor wat we ontvangen hebben; kunt u de factuur aanpassen?\n\n"
        "Met vriendelijke groet,\n\n"
        "Anouk de Groot\nCommunity manager | Het Kantoorhuis – flexibele werkplekken\n\n"
        "De informatie in dit bericht is uitsluitend bestemd voor de geadresseerde. Heeft u dit bericht per abuis ontvangen, verwijder het dan en laat het de afzender weten.",
        lab(("AF26-04166",), note="short delivery with a photo of the delivery note attached"),
        inv="AF26-04166",
        attach=("pakbon_AF26-04166.jpg", "image/jpeg", FAKE_JPEG),
    ),
    Reply(
        "di-nl-2",
        "dispute",
        "nl",
        ("Ruud Janssen", "ruud@janssen-bouwadvies.example"),
        "2026-11-24 10:02 +0100",
        "gmail_plain",
        "Goedemorgen,\n\n"
        "Wij bestellen al jaren papier en toner bij jullie, maar deze whiteboards hebben wij nooit besteld. We zijn een bouwadviesbureau met twee man, wat moeten we met vier borden van 240 cm? Graag crediteren.\n\n"
        "Ruud Janssen\nJanssen Bouwadvies",
        lab(note="existing customer contesting items never ordered: dispute, not wrong_contact"),
    ),
    Reply(
        "di-it-1",
        "dispute",
        "it",
        ("Valentina Greco", "v.greco@studiogreco-ingegneria.example"),
        "2026-11-30 10:40 +0100",
        "outlook",
        "Buongiorno,\n\n"
        "due delle quattro cassettiere sono arrivate con le guide rotte. Vi abbiamo mandato le foto il 20/11 e non abbiamo avuto risposta. Finché la questione non è risolta la fattura resta sospesa.\n\n"
        "Cordiali saluti\n\n"
        "Valentina Greco\nStudio Greco Ingegneria\n\n"
        "Ai sensi del Regolamento UE 2016/679 le informazioni contenute in questa e-mail sono riservate e destinate esclusivamente al destinatario indicato. Se avete ricevuto questo messaggio per errore, vi preghiamo di informarci e di cancellarlo.",
        lab(note="damaged goods, payment withheld"),
        charset="iso-8859-1",
    ),
    Reply(
        "di-it-2",
        "dispute",
        "it",
        ("Marco Riva", "marco@spaziomilleuno.example"),
        "2026-12-16 12:25 +0100",
        "gmail",
        "Ciao,\n\n"
        "sulla AF26-04388 manca lo sconto del 12% che avevamo concordato con il vostro commerciale (Luca) per l'arredo delle nuove sale riunioni. Mi mandate una fattura corretta? Per il resto va bene.\n\n"
        "Grazie,\nMarco\nSpazio Milleuno – coworking & meeting",
        lab(
            ("AF26-04388",),
            note="agreed discount missing: dispute, although it ends with a reissue request",
        ),
        inv="AF26-04388",
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pp-en-1",
        "payment_plan",
        "en",
        ("Deborah Lyle", "deborah@lyleandwebb.example"),
        "2026-12-04 09:50 +0000",
        "outlook_html",
        "Dear Alder & Finch,\n\n"
        "The refit of our reception ran over budget and I'm afraid we can't clear the £2,340.00 in one go. Could we split it into three monthly payments of £780, starting in January? I can set up a standing order as soon as you confirm.\n\n"
        "Kind regards,\n\n"
        "Deborah Lyle\nOffice Manager\nLyle & Webb LLP, Solicitors\n\n"
        "Lyle & Webb LLP is a limited liability partnership registered in England and Wales. This email is confidential and may be legally privileged. If you have received it in error, please notify us and delete it.",
        lab(note="three instalments proposed; plan amounts and dates are not labelled"),
        amt="£2,340.00",
    ),
    Reply(
        "pp-en-2",
        "payment_plan",
        "en",
        ("Gus Varley", "gus@printworks-cowork.example"),
        "2026-12-14 17:20 +0000",
        "apple",
        "Hi,\n\n"
        "I've just sent £400 towards this today and I'll send another £400 on the 1st of each month until it's cleared. Shout if that doesn't work for you.\n\n"
        "Gus\nThe Printworks – coworking & studios",
        lab(note="part payment now plus monthly instalments: payment_plan, not payment_sent"),
        amt="£1,486.50",
    ),
    Reply(
        "pp-en-3",
        "payment_plan",
        "en",
        ("Fiona Hale", "finance@brookmere-montessori.example"),
        "2026-11-30 13:25 +0000",
        "gmail",
        "Hello,\n\n"
        "Is there any way we could pay this off in instalments? Our budget for this term is fully committed and the next grant doesn't arrive until February.\n\n"
        "Many thanks,\nFiona Hale\nBrookmere Montessori Nursery & School",
        lab(note="a question asking for instalments"),
    ),
    Reply(
        "pp-de-1",
        "payment_plan",
        "de",
        ("Susanne Kessler", "info@kessler-la.example"),
        "2026-12-09 11:30 +0100",
        "outlook",
        "Guten Tag,\n\n"
        "wäre es möglich, den offenen Betrag in drei Raten zu begleichen (Dezember, Januar, Februar)? Zwei unserer Projekte haben sich verschoben und die Honorare kommen später als geplant.\n\n"
        "Mit besten Grüßen\nSusanne Kessler\nKessler Landschaftsarchitektur",
        lab(),
        charset="iso-8859-1",
    ),
    Reply(
        "pp-de-2",
        "payment_plan",
        "de",
        ("Ole Petersen", "ole@petersen-designbuero.example"),
        "2026-12-11 14:14 +0100",
        "apple_html",
        "Hallo,\n\n"
        "unser Vorschlag: die Hälfte überweisen wir nächste Woche, den Rest Mitte Januar. Wäre das für Sie in Ordnung?\n\n"
        "Beste Grüße\nOle Petersen\nPetersen Designbüro",
        lab(note="half next week, the rest in January: a plan, no single promised date"),
    ),
    Reply(
        "pp-fr-1",
        "payment_plan",
        "fr",
        ("Mathieu Perrin", "contact@rivage-archi.example"),
        "2026-12-08 10:10 +0100",
        "outlook_html",
        "Bonjour,\n\n"
        "Serait-il possible d'échelonner le règlement de cette facture sur quatre mois ? Nous traversons une période difficile avec deux chantiers à l'arrêt. Nous pouvons faire un premier versement de 250 € dès ce mois-ci.\n\n"
        "Bien à vous,\n\n"
        "Mathieu Perrin\nAgence Rivage Architecture",
        lab(note="four-month schedule with a first instalment this month"),
    ),
    Reply(
        "pp-es-1",
        "payment_plan",
        "es",
        ("Nuria Castells", "nuria@espai-cowork-gracia.example"),
        "2026-11-27 12:02 +0100",
        "iphone",
        "Hola, ¿podríamos fraccionarlo en dos pagos, uno ahora y otro a mediados de enero? Ahora mismo no llegamos. Gracias\nNuria",
        lab(),
    ),
    Reply(
        "pp-es-2",
        "payment_plan",
        "es",
        ("Autoescuela Vía Rápida", "oficina@autoescuelaviarapida.example"),
        "2026-12-16 16:45 +0100",
        "outlook",
        "Buenas tardes:\n\n"
        "Les propongo ir pagando 150 € cada quincena hasta saldar la deuda, empezando el 1 de enero. Si les parece bien, me lo confirman y lo dejo programado en el banco.\n\n"
        "Saludos,\nManuel Ortiz\nAutoescuela Vía Rápida",
        lab(note="fortnightly instalments from 1 January"),
        charset="iso-8859-1",
    ),
    Reply(
        "pp-nl-1",
        "payment_plan",
        "nl",
        ("Lotte Vermeer", "lotte@studio-vermeer.example"),
        "2026-12-01 09:12 +0100",
        "iphone",
        "Hoi, zouden we een betalingsregeling kunnen afspreken? Bijvoorbeeld vier maanden € 250. Laat maar weten wat kan.\nLotte\nStudio Vermeer interieurarchitectuur",
        lab(),
    ),
    Reply(
        "pp-nl-2",
        "payment_plan",
        "nl",
        ("Els Brouwer", "administratie@msdeboomgaard.example"),
        "2026-12-17 11:58 +0100",
        "outlook_html",
        "Geachte heer, mevrouw,\n\n"
        "Wij maken vandaag de helft van het bedrag over. Het restant volgt in januari, na ontvangst van de rijksbijdrage. Wij hopen dat u hiermee akkoord gaat.\n\n"
        "Met vriendelijke groet,\n\n"
        "Els Brouwer\nAdministratie\nMontessorischool De Boomgaard",
        lab(note="half today and the rest in January: payment_plan, not payment_sent"),
    ),
    Reply(
        "pp-it-1",
        "payment_plan",
        "it",
        ("Dott.ssa Elena Conti", "studio@contieferri.example"),
        "2026-12-02 15:30 +0100",
        "outlook",
        "Buongiorno,\n\n"
        "è possibile rateizzare l'importo in tre rate mensili a partire da gennaio? Restiamo in attesa di un vostro riscontro.\n\n"
        "Cordiali saluti\n\n"
        "Dott.ssa Elena Conti\nStudio Associato Conti & Ferri – commercialisti",
        lab(),
        charset="windows-1252",
    ),
    Reply(
        "pp-it-2",
        "payment_plan",
        "it",
        ("Scuola dell'infanzia Il Girasole", "segreteria@scuolailgirasole.example"),
        "2026-12-10 10:20 +0100",
        "gmail",
        "Buongiorno,\n\n"
        "vi proponiamo di versare 200 euro al mese fino all'estinzione del debito, con il primo versamento il 15 dicembre. Fateci sapere se va bene.\n\n"
        "Grazie,\nSuor Maria Teresa\nSegreteria – Scuola dell'infanzia paritaria Il Girasole",
        lab(
            note="monthly instalments; the first instalment date is part of the plan, not a promised_date"
        ),
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Holly Dean", "reception@kestrelcourt-bc.example"),
        "2026-11-23 10:15 +0000",
        "bottom",
        "We can't find this invoice anywhere on our system. Could you send us a copy please, and tell us which of our tenants placed the order?\n\nThanks\nHolly\nKestrel Court Business Centre",
        lab(note="bottom-posted under the quoted reminder"),
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Accounts Payable – Northgate Learning Trust", "ap@northgate-learning.example"),
        "2026-12-03 13:40 +0000",
        "outlook_html",
        "Dear Supplier,\n\n"
        "We are unable to process invoice AF26-04071 because it is addressed to Millbrook Primary School rather than Northgate Learning Trust and it does not show a purchase order number.\n\n"
        "Please reissue it to:\nNorthgate Learning Trust, Accounts Payable, PO Box 7712, Halbury HB1 9ZZ\nquoting PO number NLT-PO-77812.\n\n"
        "The amount itself is not in question. Once we receive the corrected invoice it will be paid in our next payment run.\n\n"
        "Regards,\n\nAccounts Payable Team\nNorthgate Learning Trust",
        lab(
            ("AF26-04071",),
            note="reissue to the trust with a PO number; the amount is not contested; the payment after reissue is conditional and undated",
        ),
        inv="AF26-04071",
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Marcus Bell", "marcus@bellhaus-architects.example"),
        "2026-12-10 15:02 +0000",
        "html_only",
        "Hi,\n\n"
        "Could you send us a full statement of our account? We've had several deliveries since September and I'd like to reconcile everything before our year end.\n\n"
        "Thanks,\n\nMarcus Bell\nStudio Manager, Bellhaus Architects",
        lab(note="statement of account; HTML-only message"),
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Katrin Haas", "haas@coworking-alte-weberei.example"),
        "2026-11-26 09:05 +0100",
        "owa",
        "Guten Morgen,\n\n"
        "wir können Rechnungen nur noch als E-Rechnung verarbeiten (XRechnung oder ZUGFeRD). Könnten Sie uns die Rechnung bitte in diesem Format noch einmal schicken? Eine reine PDF-Datei nimmt unser Buchhaltungssystem leider nicht an.\n\n"
        "Viele Grüße\nKatrin Haas\nCoworking Alte Weberei",
        lab(
            note="German reply to an English reminder, German Outlook on the web; asks for an e-invoice format"
        ),
        rlang="en",
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Isabelle Fournier", "compta@dufour-geometres.example"),
        "2026-12-01 10:30 +0100",
        "outlook",
        "Bonjour,\n\n"
        "Pourriez-vous nous renvoyer la facture AF26-04010 en y faisant figurer notre numéro de TVA intracommunautaire (FR00 000000000) ? Sans cette mention, notre expert-comptable ne peut pas l'enregistrer.\n\n"
        "Cordialement,\n\n"
        "Isabelle Fournier\nComptabilité – Cabinet Dufour Géomètres-Experts",
        lab(("AF26-04010",), note="reissue with the VAT number; amount not contested"),
        inv="AF26-04010",
        charset="iso-8859-1",
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Karim Haddad", "karim.haddad.trad@gmail.com"),
        "2026-12-15 21:40 +0100",
        "gmail",
        "Bonsoir,\n\n"
        "À quoi correspond cette facture exactement ? Je ne retrouve aucune commande de notre part en octobre. Pouvez-vous m'envoyer le détail et le bon de livraison ?\n\n"
        "Karim Haddad\nHaddad Traductions",
        lab(note="asks what the charge is for and for the detail, without contesting it yet"),
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Secretaría CEIP Los Almendros", "secretaria@ceiplosalmendros.example"),
        "2026-11-24 12:45 +0100",
        "outlook_html",
        "Buenos días:\n\n"
        "¿Nos podrían enviar el albarán firmado y una copia de la factura? Sin el albarán no podemos tramitar el pago con la Delegación.\n\n"
        "Un saludo,\n\n"
        "Inmaculada Rivas\nSecretaría\nCEIP Los Almendros",
        lab(note="delivery note and invoice copy"),
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Álvaro Gil", "alvaro@gilymora-arquitectura.example"),
        "2026-12-09 17:10 +0100",
        "thunderbird",
        "Hola,\n\n"
        "¿Podéis emitir de nuevo la af26-04290 a nombre de Gil & Mora Arquitectura S.L.P. con el CIF B00000000? Está a mi nombre como persona física y la gestoría no la acepta así.\n\n"
        "Gracias,\nÁlvaro",
        lab(
            ("AF26-04290",),
            note="'af26-04290' normalised; reissue to the company, amount not contested",
        ),
        inv="AF26-04290",
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Femke Smit", "femke@coworking-dekade.example"),
        "2026-12-04 10:44 +0100",
        "gmail",
        "Hallo,\n\nKun je mij een kopie van de factuur en de pakbon sturen? Ik kan de bestelling niet terugvinden in ons systeem.\n\nGroetjes,\nFemke\nDe Kade Coworking",
        lab(),
    ),
    Reply(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Willem Kuipers", "crediteuren@vandam-architecten.example"),
        "2026-12-16 09:20 +0100",
        "outlook",
        "Goedemorgen,\n\n"
        "Graag ontvangen wij een overzicht van alle openstaande posten op ons klantnummer, zodat wij dit kunnen afstemmen met onze administratie.\n\n"
        "Met vriendelijke groet,\n\n"
        "Willem Kuipers\nCrediteurenadministratie\nVan Dam Architecten B.V.",
        lab(note="statement of open items"),
        charset="windows-1252",
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Silvia Moretti", "amministrazione@leofficine-cowork.example"),
        "2026-12-01 11:25 +0100",
        "outlook_html",
        "Buongiorno,\n\n"
        "non troviamo questa fattura nel nostro cassetto fiscale: probabilmente non è passata dallo SDI. Potete reinviarla elettronicamente con il nostro codice destinatario M5UXCR1? In alternativa la nostra PEC è leofficine@pec.leofficine-cowork.example.\n\n"
        "Grazie e buona giornata,\nSilvia Moretti\nUfficio amministrativo – Coworking Le Officine",
        lab(
            note="asks for the e-invoice through the exchange system; the PEC address is a delivery channel for the invoice, not a new contact"
        ),
    ),
    Reply(
        "ir-it-2",
        "invoice_request",
        "it",
        ("Davide Russo", "davide.russo@russo-architettura.example"),
        "2026-12-17 14:55 +0100",
        "apple",
        "Buongiorno, mi mandate per favore una copia della fattura AF26-04412? Non la trovo tra le mail.\nGrazie\n\nDavide Russo\nRusso Architettura",
        lab(("AF26-04412",)),
        inv="AF26-04412",
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Ellie Trent", "ellie.trent@ashdown-architects.example"),
        "2026-11-30 09:02 +0000",
        "outlook",
        "Hello,\n\n"
        "I left Ashdown Architects at the end of October and this mailbox is only being checked for the handover. Please send anything about invoices to accounts@ashdown-architects.example from now on.\n\n"
        "Thanks,\nEllie",
        lab(new_contact="accounts@ashdown-architects.example"),
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Holloway & Co Accounts", "accounts@holloway-co.example"),
        "2026-12-07 03:14 +0000",
        "owa",
        "Good day,\n\n"
        "Please be informed that our accounts department has moved to a new email platform. Kindly update your records and direct all invoices, statements and reminders ONLY to apteam.hollowayco@gmail.com with immediate effect. Do not reply to this address as it will be deactivated.\n\n"
        "Also kindly send us a copy of all open invoices to the new email.\n\n"
        "Best Regards,\nAccounts Department\nHolloway & Co",
        lab(
            new_contact="apteam.hollowayco@gmail.com",
            note="reads like a mailbox-takeover redirect (free-mail address, 03:14, urgency, 'only'); labelled by what it asks, but a person should confirm by phone before the contact is changed",
        ),
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Darren Hughes", "site.manager@stmarys-ashby.example"),
        "2026-12-11 12:30 +0000",
        "gmail",
        "Hi,\n\n"
        "I'm the site manager so not the right person for invoices, I'm afraid. I've copied in our bursar, Mrs Patel, who deals with all the payments – her address is bursar@stmarys-ashby.example.\n\n"
        "Darren Hughes\nSite Manager, St Mary's Primary School",
        lab(
            new_contact="bursar@stmarys-ashby.example",
            note="new contact named in the text and copied in Cc",
        ),
        cc=("Rekha Patel", "bursar@stmarys-ashby.example"),
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Lena Hoffmann", "l.hoffmann@architekturwerk-nord.example"),
        "2026-12-02 13:02 +0100",
        "outlook_html",
        "Hallo,\n\n"
        "für Rechnungen und Zahlungen bin ich nicht zuständig. Bitte schicken Sie Mahnungen und Rechnungen künftig an unsere Buchhaltung: Rechnungswesen@Architekturwerk-Nord.example.\n\n"
        "Danke und viele Grüße\nLena Hoffmann\nProjektassistenz | ARCHITEKTURWERK NORD",
        lab(
            new_contact="rechnungswesen@architekturwerk-nord.example",
            note="address written in mixed case, labelled in lower case",
        ),
    ),
    Reply(
        "wc-de-2",
        "wrong_contact",
        "de",
        ("Schule am Deich", "info@schule-am-deich.example"),
        "2026-12-15 07:50 +0100",
        "android",
        "Guten Morgen, diese Adresse ist nur das allgemeine Postfach der Schule. Für Rechnungen ist die Schulverwaltung zuständig: verwaltung@schule-am-deich.example\nT. Maaß, stellv. Schulleiter",
        lab(new_contact="verwaltung@schule-am-deich.example"),
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Claire Dubois", "claire@lafabrique-coworking.example"),
        "2026-11-25 16:12 +0100",
        "iphone",
        "Bonjour,\nJe ne m'occupe plus de la gestion de La Fabrique depuis septembre. Pour la facturation, écrivez à Julien : julien.morel@lafabrique-coworking.example\nBonne journée\nClaire",
        lab(new_contact="julien.morel@lafabrique-coworking.example"),
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Arabesque école de danse", "contact@arabesque-danse.example"),
        "2026-12-04 18:30 +0100",
        "gmail",
        "Bonjour,\n\n"
        "Vous devez faire erreur d'adresse : nous sommes une école de danse et nous n'avons jamais été clients chez vous. Aucune idée de qui il s'agit.\n\n"
        "Cordialement,\nAude\nArabesque – école de danse",
        lab(note="wrong recipient, never a customer, no new address"),
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("AMPA CEIP El Olivar", "ampa.elolivar@gmail.com"),
        "2026-12-03 20:05 +0100",
        "samsung",
        "Hola, este correo es de la AMPA (la asociación de familias), no del colegio. Las facturas del centro tenéis que mandarlas a secretaría: secretaria@ceipelolivar.example\nSaludos",
        lab(new_contact="secretaria@ceipelolivar.example"),
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Beatriz Navarro", "bnavarro@navarro-asesores.example"),
        "2026-12-10 09:40 +0100",
        "outlook",
        "Buenos días:\n\n"
        "Desde el 1 de diciembre ya no llevo la administración de Navarro Asesores. Para cualquier asunto de facturación, contacten con mi compañero Sergio Lozano: slozano@navarro-asesores.example.\n\n"
        "Saludos,\nBeatriz Navarro",
        lab(new_contact="slozano@navarro-asesores.example"),
        charset="iso-8859-1",
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Coworking Het Spoorhuis", "info@hetspoorhuis.example"),
        "2026-12-08 09:15 +0100",
        "notice",
        "Dit e-mailadres wordt sinds 1 december niet meer gelezen. Facturen, herinneringen en andere financiële post graag sturen naar facturen@hetspoorhuis.example. Uw bericht is niet doorgestuurd.\n\n"
        "Het Spoorhuis – werkplekken & vergaderzalen",
        lab(
            new_contact="facturen@hetspoorhuis.example",
            note="automatic 'no longer read' notice naming a new address: wrong_contact, not auto_reply",
        ),
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Jeroen Bakker", "jeroen@bakkerenbos-architecten.example"),
        "2026-11-27 11:11 +0100",
        "gmail",
        "Hoi,\n\n"
        "Ik ben hiervoor de verkeerde persoon. Onze office manager Sanne regelt de betalingen, haar mailadres is sanne.devries@bakkerenbos-architecten.example.\n\n"
        "Groet,\nJeroen",
        lab(new_contact="sanne.devries@bakkerenbos-architecten.example"),
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Alberto Leone", "a.leone@liceoartisticobelvedere.example"),
        "2026-12-14 16:00 +0100",
        "outlook",
        "Buongiorno,\n\n"
        "sono un docente e non mi occupo di pagamenti. Le comunicazioni amministrative vanno inviate alla segreteria amministrativa: amministrazione@liceoartisticobelvedere.example.\n\n"
        "Cordiali saluti\nProf. Alberto Leone",
        lab(new_contact="amministrazione@liceoartisticobelvedere.example"),
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Ana Lopes", "ana.lopes.design@gmail.com"),
        "2026-12-02 08:20 +0100",
        "gmail_plain",
        "Unsubscribe",
        lab(
            note="one word; English reply to a Dutch reminder, Amsterdam time, Dutch Gmail interface"
        ),
        rlang="nl",
        ui="nl",
    ),
    Reply(
        "un-en-2",
        "unsubscribe",
        "en",
        ("Philip Garner", "philip@garner-design-office.example"),
        "2026-12-16 16:02 +0000",
        "outlook",
        "Stop emailing me about this. We paid in full on 3 December and I've had three of these since. Take this address off your list.\n\nP. Garner",
        lab(
            note="stop request plus a payment claim: unsubscribe beats everything but bounce; the payment fields are left empty"
        ),
    ),
    Reply(
        "un-en-3",
        "unsubscribe",
        "en",
        ("Gail Summers", "businessmanager@fernhill-academy.example"),
        "2026-11-24 14:10 +0000",
        "outlook_html",
        "Dear Sir/Madam,\n\n"
        "Please remove this address from your mailing list. The Academy does not accept payment reminders by email; all correspondence about accounts must be sent by post to the Business Manager at the school address.\n\n"
        "Regards,\n\nGail Summers\nBusiness Manager\nFernhill Academy\n\n"
        "Fernhill Academy is an exempt charity and a company limited by guarantee registered in England. This email has been scanned for viruses.",
        lab(note="post only: unsubscribe"),
    ),
    Reply(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Ingrid Falk", "falk@falk-innenarchitektur.example"),
        "2026-12-07 10:30 +0100",
        "apple",
        "Bitte nehmen Sie diese Adresse aus Ihrem Verteiler. Danke.\n\nIngrid Falk",
        lab(),
    ),
    Reply(
        "un-de-2",
        "unsubscribe",
        "de",
        ("Dr. Heiner Brandt", "brandt@praxisgemeinschaft-brandt.example"),
        "2026-12-10 17:45 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\n"
        "ich fordere Sie auf, mir keine weiteren Zahlungserinnerungen per E-Mail zu schicken. Die Forderung ist strittig, die Ware war beschädigt – das habe ich Ihrem Außendienst bereits zweimal mitgeteilt. Weitere Korrespondenz bitte ausschließlich schriftlich per Post.\n\n"
        "Dr. H. Brandt",
        lab(note="stop request with a dispute: unsubscribe beats dispute"),
        charset="iso-8859-1",
    ),
    Reply(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Maison des associations de Villebois", "accueil@mda-villebois.example"),
        "2026-11-30 11:55 +0100",
        "owa",
        "Bonjour,\n\nMerci de nous désinscrire de vos envois automatiques, nous ne souhaitons plus recevoir ces courriels.\n\nL'équipe d'accueil",
        lab(),
    ),
    Reply(
        "un-fr-2",
        "unsubscribe",
        "fr",
        ("Bastien", "bastien@atelier-b-archi.example"),
        "2026-12-17 19:20 +0100",
        "iphone",
        "STOP",
        lab(note="one-word 'STOP'"),
    ),
    Reply(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Conserjería IES Río Tajo", "conserjeria@iesriotajo.example"),
        "2026-12-01 12:00 +0100",
        "gmail",
        "Buenos días,\n\nDejen de enviar estos correos a esta dirección, por favor. Esto es la conserjería del instituto y no tenemos nada que ver con los pagos.\n\nUn saludo",
        lab(
            note="stop request plus 'not us' without a new address: unsubscribe beats wrong_contact"
        ),
    ),
    Reply(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Raquel Prieto", "raquel@prietoyasociados.example"),
        "2026-12-14 13:13 +0100",
        "android",
        "No quiero recibir más recordatorios automáticos. Si necesitan algo, llamen al despacho.\nRaquel Prieto",
        lab(note="telephone only: unsubscribe"),
    ),
    Reply(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("Sven Mulder", "sven@mulder-ontwerp.example"),
        "2026-12-04 08:05 +0100",
        "gmail_plain",
        "Afmelden graag.",
        lab(),
    ),
    Reply(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Paola Gentile", "paola.gentile@studiogentile.example"),
        "2026-11-26 17:30 +0100",
        "gmail",
        "Buonasera,\n\nvi prego di cancellare il mio indirizzo dalla vostra lista di invio. Non voglio più ricevere queste e-mail.\n\nPaola Gentile",
        lab(),
    ),
    Reply(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Ufficio Economato ITIS Volta Nord", "economato@itisvoltanord.example"),
        "2026-12-09 12:40 +0100",
        "outlook",
        "Si comunica che questo istituto non accetta solleciti tramite posta elettronica ordinaria. Le comunicazioni relative a crediti vanno inviate esclusivamente a mezzo raccomandata A/R all'indirizzo della sede legale.\n\nL'Ufficio Economato",
        lab(note="registered post only: unsubscribe"),
        charset="windows-1252",
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Oakfield Primary School", "office@oakfield-primary.example"),
        "2026-12-18 15:31 +0000",
        "notice",
        "Thank you for your email.\n\n"
        "The school office is now closed for the Christmas holidays. We reopen on Tuesday 5 January 2027 and emails will be answered from then.\n\n"
        "If your message is a safeguarding concern, please contact the local authority's duty team.\n\n"
        "Oakfield Primary School",
        lab(return_date="2027-01-05", note="holiday closure; the reopening day is the return date"),
        subject="Automatic reply: {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        "en",
        ("Nadia Kerr", "nadia@kerr-mcallister.example"),
        "2026-11-27 09:03 +0000",
        "notice",
        "I'm out of the office until Wednesday 2 December with very limited access to email. For anything urgent, please contact my colleague Owen on owen@kerr-mcallister.example.\n\n"
        "Nadia Kerr\nKerr McAllister Architects",
        lab(
            return_date="2026-12-02",
            note="'until X' → X; the colleague's address is not a new contact",
        ),
        subject="Out of Office: {rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        "en",
        ("The Hive Workspace Support", "support@thehiveworkspace.example"),
        "2026-12-08 10:04 +0000",
        "notice",
        "Hi there,\n\n"
        "Thanks for getting in touch with The Hive Workspace. This is an automated message to confirm that we have received your email and opened ticket #CW-48213.\n\n"
        "Our members' support team replies within 2 working days. Please keep the ticket number in the subject line if you write again.\n\n"
        "The Hive Workspace Team",
        lab(note="ticket acknowledgement, no return date"),
        subject="[Ticket #CW-48213] {rsub}",
        headers=(AUTO_GENERATED, ("X-Autoreply", "yes")),
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Stefanie Roth", "roth@roth-ingenieure.example"),
        "2026-12-01 08:31 +0100",
        "notice",
        "Vielen Dank für Ihre Nachricht.\n\n"
        "Ich bin vom 1. bis 3. Dezember auf einer Fortbildung und lese in dieser Zeit keine E-Mails. Ab Freitag, dem 4. Dezember, bin ich wieder im Büro. Ihre Nachricht wird nicht weitergeleitet.\n\n"
        "Mit freundlichen Grüßen\nStefanie Roth\nRoth Ingenieure – Tragwerksplanung",
        lab(
            return_date="2026-12-04",
            note="'ab Freitag, dem 4. Dezember, wieder im Büro' is the day back",
        ),
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO, XARS),
        charset="iso-8859-1",
    ),
    Reply(
        "ar-de-2",
        "auto_reply",
        "de",
        ("Lang + Söhne Architekten", "zentrale@lang-soehne-architekten.example"),
        "2026-11-24 09:12 +0100",
        "notice",
        "Sehr geehrte Damen und Herren,\n\n"
        "vielen Dank für Ihre E-Mail. Dies ist eine automatische Eingangsbestätigung. Ihr Anliegen wird an die zuständige Stelle weitergeleitet und schnellstmöglich bearbeitet.\n\n"
        "Lang + Söhne Architekten",
        lab(note="receipt acknowledgement, no return date"),
        subject="Eingangsbestätigung: {rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Sophie Garnier", "s.garnier@garnier-expertise.example"),
        "2026-11-26 10:00 +0100",
        "notice",
        "Bonjour,\n\n"
        "Je suis absente du bureau jusqu'au lundi 30 novembre inclus ; je serai de retour le mardi 1er décembre. En cas d'urgence, vous pouvez joindre le secrétariat du cabinet.\n\n"
        "Cordialement,\nSophie Garnier\nGarnier Expertise comptable",
        lab(return_date="2026-12-01", note="the stated day back wins over the inclusive end date"),
        subject="Réponse automatique : {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-fr-2",
        "auto_reply",
        "fr",
        ("Le Comptoir Coworking", "hello@lecomptoir-cowork.example"),
        "2026-12-12 10:20 +0100",
        "notice",
        "Merci pour votre message !\n\n"
        "L'équipe du Comptoir est en week-end 🌿 Nous vous répondrons dès lundi 14 décembre.\n\n"
        "À très vite,\nL'équipe du Comptoir",
        lab(
            return_date="2026-12-14",
            note="weekend autoresponder with a plain 'Re:' subject and no Auto-Submitted, only Precedence: bulk",
        ),
        headers=(("Precedence", "bulk"),),
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Carmen Vidal", "cvidal@vidal-interiorismo.example"),
        "2026-11-25 09:00 +0100",
        "notice",
        "Gracias por su mensaje. Estoy de viaje por trabajo y me reincorporo a la oficina el lunes 30 de noviembre. Responderé a su correo a mi vuelta.\n\n"
        "Carmen Vidal\nVidal Interiorismo",
        lab(return_date="2026-11-30"),
        subject="Respuesta automática: {rsub}",
        headers=(AUTO, XARS),
        charset="iso-8859-1",
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Mark Visser", "mark@visser-partners.example"),
        "2026-11-27 14:20 +0100",
        "notice",
        "Bedankt voor uw bericht. Ik ben afwezig tot en met dinsdag 1 december en vanaf woensdag 2 december weer aanwezig. Uw e-mail wordt niet doorgestuurd.\n\n"
        "Mark Visser\nVisser & Partners architecten",
        lab(return_date="2026-12-02", note="'vanaf ... weer aanwezig' wins over 'tot en met'"),
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-nl-2",
        "auto_reply",
        "nl",
        ("Basisschool De Regenboog", "info@bsderegenboog.example"),
        "2026-12-18 16:05 +0100",
        "notice",
        "Beste afzender,\n\n"
        "De school is gesloten in verband met de kerstvakantie. Vanaf maandag 4 januari 2027 zijn wij weer bereikbaar en wordt uw e-mail behandeld.\n\n"
        "Fijne feestdagen!\nTeam De Regenboog",
        lab(return_date="2027-01-04"),
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Lorenzo Bianchi", "l.bianchi@bianchiassociati.example"),
        "2026-12-02 11:15 +0100",
        "notice",
        "Grazie per il messaggio. Sono fuori ufficio fino a venerdì 4 dicembre con accesso limitato alla posta. Per urgenze: segreteria@bianchiassociati.example.\n\n"
        "Lorenzo Bianchi\nBianchi & Associati – architettura e urbanistica",
        lab(
            return_date="2026-12-04", note="'fino a X' → X; the office address is not a new contact"
        ),
        subject="Risposta automatica: {rsub}",
        headers=(AUTO, XARS),
        charset="iso-8859-1",
    ),
    Reply(
        "ar-it-2",
        "auto_reply",
        "it",
        ("Istituto Comprensivo Monte Rosa", "segreteria@icmonterosa.example"),
        "2026-12-15 08:02 +0100",
        "notice",
        "Questa è una risposta automatica. La sua e-mail è stata ricevuta dalla segreteria amministrativa e verrà protocollata e gestita entro 3 giorni lavorativi.\n\n"
        "Si prega di non rispondere a questo messaggio.\n\n"
        "Istituto Comprensivo Monte Rosa",
        lab(note="registration acknowledgement, no return date; carries Precedence: auto_reply"),
        subject="Conferma di ricezione: {rsub}",
        headers=(AUTO, ("Precedence", "auto_reply")),
    ),
]

OTHER = [
    Reply(
        "ot-en-1",
        "other",
        "en",
        ("Accounts Team", "accounts@brightwell-lettings.example"),
        "2026-12-09 02:47 +0000",
        "outlook_html",
        "Hello,\n\n"
        "Please note that we have changed our banking details. Kindly update your records with the following for any refunds or credits due to us:\n\n"
        "Account name: Brightwell Lettings Ltd\nSort code: 00-91-27\nAccount number: 00419638\n\n"
        "Please also confirm the total balance you are showing on our account and send the statement to this email.\n\n"
        "Kind regards,\nAccounts Team",
        lab(
            note="bank-detail change request in the reminder thread, a known fraud pattern; nothing is paid, promised or disputed, so a person verifies it"
        ),
    ),
    Reply(
        "ot-en-2",
        "other",
        "en",
        ("Helen Marsh", "helen@marsh-clarke-architects.example"),
        "2026-12-03 11:25 +0000",
        "gmail",
        "Hi,\n\n"
        "Before we pay this – last week we got an email supposedly from you saying your bank account had changed, with new details. It didn't look quite right. Can someone call me on 01632 960914 to confirm which account we should be paying into? I don't want to send money to a fraudster.\n\n"
        "Helen Marsh\nPractice Administrator, Marsh Clarke Architects",
        lab(
            note="asks to verify the supplier's bank details before paying; no date or commitment, a person calls back"
        ),
    ),
    Reply(
        "ot-en-3",
        "other",
        "en",
        ("Ravi Chandran", "ravi@tenfold-cowork.example"),
        "2026-11-23 15:40 +0000",
        "iphone",
        "Thanks – we're moving to the new building on the 12th. Can you hold any deliveries until after that and change our address to Unit 3, Tenfold Yard? Ravi",
        lab(note="delivery-address change; 'thanks' is not a payment claim"),
    ),
    Reply(
        "ot-de-1",
        "other",
        "de",
        ("Markus Lehner", "lehner@lehner-planungsbuero.example"),
        "2026-12-04 12:10 +0100",
        "gmail",
        "Hallo,\n\n"
        "das muss ich mit meinem Kollegen klären, der ist aber erst nächste Woche wieder da. Können Sie mir bei der Gelegenheit ein Angebot für sechs höhenverstellbare Schreibtische schicken?\n\n"
        "Gruß\nMarkus Lehner\nLehner Planungsbüro",
        lab(note="internal clarification (no commitment) plus a quote request"),
    ),
    Reply(
        "ot-fr-1",
        "other",
        "fr",
        ("Gestion LP Les Forges", "gestion@lp-lesforges.example"),
        "2026-12-02 09:48 +0100",
        "outlook",
        "Bonjour,\n\n"
        "Les paiements de l'établissement passent par l'agent comptable. Pouvez-vous me confirmer que vous êtes bien référencés chez nous, avec votre RIB et votre numéro SIRET ? Je ne retrouve pas votre fiche fournisseur.\n\n"
        "Cordialement,\nLa gestionnaire\nLycée professionnel Les Forges",
        lab(
            note="public school asks about supplier registration, not for the invoice; nothing promised"
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "ot-fr-2",
        "other",
        "fr",
        ("Nicolas", "nicolas@studio-nord-archi.example"),
        "2026-12-11 08:40 +0100",
        "samsung",
        "C'est noté, merci.",
        lab(note="acknowledgement only"),
    ),
    Reply(
        "ot-es-1",
        "other",
        "es",
        ("Laura Méndez", "laura@coworkinglacantera.example"),
        "2026-11-27 18:50 +0100",
        "iphone",
        "Visto. Lo comento el lunes con mi socio y os digo algo.",
        lab(note="'I'll discuss it with my partner on Monday' is no commitment to pay"),
    ),
    Reply(
        "ot-es-2",
        "other",
        "es",
        ("Tomás Reyes", "tomas.reyes.estudio@gmail.com"),
        "2026-12-16 10:02 +0100",
        "gmail_plain",
        "Ok",
        lab(note="bare 'Ok': acknowledgement, not a payment claim"),
    ),
    Reply(
        "ot-nl-1",
        "other",
        "nl",
        ("Ingrid Peeters", "ingrid@peeters-architecten.example"),
        "2026-12-03 08:50 +0100",
        "outlook",
        "Ontvangen, dank u. Ik leg het bij Koen neer.\n\nIngrid",
        lab(note="acknowledgement; passing it on internally is not a new contact"),
    ),
    Reply(
        "ot-nl-2",
        "other",
        "nl",
        ("Hanneke Bos", "hanneke@boskantoorservice.example"),
        "2026-12-14 11:35 +0100",
        "thunderbird_html",
        "Hallo,\n\n"
        "Klopt het dat jullie vanaf januari geen kantoormeubilair meer leveren? Dat hoorde ik van een collega. We wilden juist nog twee bureaus bestellen.\n\n"
        "Groet,\nHanneke Bos\nBos Kantoorservice",
        lab(note="product question in the reminder thread"),
    ),
    Reply(
        "ot-it-1",
        "other",
        "it",
        ("Federica", "federica@cowork-ilportico.example"),
        "2026-11-24 16:25 +0100",
        "iphone",
        "Ricevuto, grazie. Lo giro alla titolare.",
        lab(note="acknowledgement; passing it to the owner is not a new contact"),
    ),
    Reply(
        "ot-it-2",
        "other",
        "it",
        ("Anna Ricci", "anna.ricci@scuolamediagaribaldi.example"),
        "2026-12-07 13:30 +0100",
        "gmail",
        "Buongiorno,\n\n"
        "scusate, con chi posso parlare per un preventivo di banchi e sedie per la nuova aula di arte? Ho trovato il vostro indirizzo in questa mail.\n\n"
        "Grazie,\nProf.ssa Anna Ricci",
        lab(note="sales enquiry from a teacher in the reminder thread"),
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


@dataclass(frozen=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt` in language `rlang`."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    rlang: str
    after: int = 3  # minutes between the reminder leaving and this report
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def sent(self) -> datetime:
        return self.dt - timedelta(minutes=self.after)

    @property
    def invoice(self) -> str:
        return invoice_for(self.key)

    def subject(self) -> str:
        return reminder_subject(self.rlang, self.invoice)

    def reminder(self) -> Message:
        """The reminder as Alder & Finch sent it: plain text and HTML alternatives."""
        text = reminder_text(self.rlang, self.invoice, "")
        alt = MIMEMultipart("alternative")
        alt.attach(text_part(text + "\n", "plain", "utf-8", "qp"))
        alt.attach(
            text_part(
                f'<!doctype html><html><body style="font-family:Arial,sans-serif">{html_paragraphs(text)}</body></html>\n',
                "html",
                "utf-8",
                "qp",
            )
        )
        alt["From"] = formataddr((AR_NAME, AR_ADDR))
        alt["To"] = self.rcpt
        alt["Subject"] = header_text(self.subject(), "utf-8")
        alt["Date"] = format_datetime(self.sent)
        alt["Message-ID"] = reminder_msgid(self.key)
        content_headers_last(alt)
        fix_boundaries(alt, self.key + ":returned", "reminder")
        return alt


def header_lines(msg: Message) -> str:
    return "".join(f"{k}: {v}\n" for k, v in msg.items())


def delivery_status(per_message: list[str], per_recipient: list[str]) -> Message:
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    ds.set_payload(
        [
            message_from_bytes(("\n".join(block) + "\n").encode())
            for block in (per_message, per_recipient)
        ]
    )
    return ds


def rfc822_headers(b: Bounce) -> Message:
    part = MIMENonMultipart("text", "rfc822-headers")
    part.set_payload(header_lines(b.reminder()))
    return part


def report(*parts: Message) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def finish(
    b: Bounce,
    msg: Message,
    sender: str,
    subject: str,
    style: str,
    *,
    extra: tuple[tuple[str, str], ...] = (("Auto-Submitted", "auto-replied"),),
) -> Message:
    msg["Return-Path"] = "<>"
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_text(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = parseaddr(sender)[1].split("@")[1]
    msg["Message-ID"] = f"<{b32(b.key, 'dsn', 20).lower()}@{host}>"
    for name, value in extra:
        msg[name] = value
    return finalize(msg, b.key, style)


def alt_notice(text: str, markup: str, charset: str = "utf-8") -> Message:
    alt = MIMEMultipart("alternative")
    alt.attach(text_part(text, "plain", charset, "qp"))
    alt.attach(text_part(markup, "html", charset, "qp"))
    return alt


def bounce_qmail(b: Bounce) -> Message:
    rem = text_part(reminder_text(b.rlang, b.invoice, "") + "\n", "plain", "utf-8", "qp")
    for name, value in (
        ("Return-Path", f"<{AR_ADDR}>"),
        ("Received", f"(qmail 28114 invoked by uid 1007); {b.sent:%d %b %Y %H:%M:%S} -0000"),
        ("From", formataddr((AR_NAME, AR_ADDR))),
        ("To", b.rcpt),
        ("Subject", header_text(b.subject(), "utf-8")),
        ("Date", format_datetime(b.sent)),
        ("Message-ID", reminder_msgid(b.key)),
    ):
        rem[name] = value
    content_headers_last(rem)
    text = (
        f"Hi. This is the qmail-send program at {OUR_MTA}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n203.0.113.25 does not like recipient.\n"
        f"Remote host said: 550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table\n"
        "Giving up on 203.0.113.25.\n\n"
        "--- Below this line is a copy of the message.\n\n" + rem.as_string()
    )
    msg = Message()
    msg.set_payload(text)
    return finish(b, msg, f"MAILER-DAEMON@{OUR_MTA}", "failure notice", "qmail", extra=())


def bounce_postfix_delay(b: Bounce) -> Message:
    domain = b.rcpt.split("@")[1]
    human = (
        f"This is the mail system at host {OUR_MTA}.\n\n"
        "####################################################################\n"
        "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
        "####################################################################\n\n"
        "Your message could not be delivered for more than 4 hour(s).\n"
        "It will be retried until it is 5 day(s) old.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\n"
        "delete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: connect to mx1.{domain}[198.51.100.61]:25: Connection\n"
        "    timed out\n"
    )
    ds = delivery_status(
        [
            f"Reporting-MTA: dns; {OUR_MTA}",
            "X-Postfix-Queue-ID: 4dKq2V1rZXz9sWp",
            f"X-Postfix-Sender: rfc822; {AR_ADDR}",
            f"Arrival-Date: {format_datetime(b.sent)}",
        ],
        [
            f"Final-Recipient: rfc822; {b.rcpt}",
            f"Original-Recipient: rfc822;{b.rcpt}",
            "Action: delayed",
            f"Status: {b.status}",
            f"Diagnostic-Code: X-Postfix; connect to mx1.{domain}[198.51.100.61]:25: Connection timed out",
            f"Will-Retry-Until: {format_datetime(b.sent + timedelta(days=5))}",
        ],
    )
    parts = [text_part(human, "plain", "us-ascii", "7bit"), ds, rfc822_headers(b)]
    for part, description in zip(
        parts, ("Notification", "Delivery report", "Undelivered Message Headers"), strict=True
    ):
        part["Content-Description"] = description
    return finish(
        b,
        report(*parts),
        f"MAILER-DAEMON@{OUR_MTA} (Mail Delivery System)",
        "Delayed Mail (still being retried)",
        "postfix",
    )


def bounce_gmail_delay(b: Bounce) -> Message:
    response = (
        "The recipient's inbox is out of storage space. Please direct the recipient to "
        "https://support.google.com/mail/?p=OverQuotaTemp 5b1f17b1804b1-43627f2a9c1si2209115e9.88 - gsmtp"
    )
    lines = [
        "** Delivery incomplete **",
        f"There was a temporary problem delivering your message to {b.rcpt}. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.",
        "The response was:",
        response,
    ]
    markup = (
        '<html><head></head><body><div style="font-family:Roboto,Arial,sans-serif">'
        + "".join(f"<p>{html.escape(x)}</p>" for x in lines)
        + "</div></body></html>\n"
    )
    ds = delivery_status(
        [
            "Reporting-MTA: dns; googlemail.com",
            f"Received-From-MTA: dns; {AR_ADDR}",
            f"Arrival-Date: {format_datetime(b.sent)}",
        ],
        [
            f"Final-Recipient: rfc822; {b.rcpt}",
            "Action: delayed",
            f"Status: {b.status}",
            "Remote-MTA: dns; gmail-smtp-in.l.google.com. (192.0.2.27, the server for the domain gmail.com.)",
            f"Diagnostic-Code: smtp; 452-4.2.2 {response}",
            f"Last-Attempt-Date: {format_datetime(b.dt)}",
            f"Will-Retry-Until: {format_datetime(b.sent + timedelta(days=2))}",
        ],
    )
    msg = report(alt_notice("\n\n".join(lines) + "\n", markup), ds, rfc822_headers(b))
    return finish(
        b,
        msg,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Delay)",
        "gmail_dsn",
        extra=(
            ("References", reminder_msgid(b.key)),
            ("In-Reply-To", reminder_msgid(b.key)),
            ("X-Failed-Recipients", b.rcpt),
            ("Auto-Submitted", "auto-replied"),
        ),
    )


def bounce_de_host(b: Bounce) -> Message:
    mta = "mx02.webhosting-weser.example"
    human = (
        f"Dies ist eine automatisch erstellte Nachricht des Mailservers {mta}.\n\n"
        "Ihre Nachricht konnte nicht zugestellt werden. Der folgende Empfänger ist dauerhaft nicht erreichbar:\n\n"
        f"  <{b.rcpt}>\n"
        "  Grund: Das Postfach existiert nicht (550 5.1.1 user unknown).\n\n"
        "Bitte prüfen Sie die Schreibweise der Adresse. Ein weiterer Zustellversuch findet nicht statt.\n\n"
        "Die Kopfzeilen Ihrer Nachricht finden Sie im Anhang.\n"
    )
    ds = delivery_status(
        [f"Reporting-MTA: dns; {mta}", f"Arrival-Date: {format_datetime(b.sent)}"],
        [
            f"Final-Recipient: rfc822; {b.rcpt}",
            "Action: failed",
            f"Status: {b.status}",
            "Diagnostic-Code: smtp; 550 5.1.1 user unknown",
        ],
    )
    msg = report(text_part(human, "plain", "iso-8859-1", "qp"), ds, rfc822_headers(b))
    return finish(
        b,
        msg,
        f"Mail Delivery System <MAILER-DAEMON@{mta}>",
        f"Unzustellbare Nachricht: {b.subject()}",
        "bounce",
    )


def bounce_de_greylist(b: Bounce) -> Message:
    domain = b.rcpt.split("@")[1]
    text = (
        "Diese Nachricht wurde automatisch vom Mailsystem erstellt.\n\n"
        "Ihre Nachricht an den folgenden Empfänger konnte bisher nicht zugestellt werden:\n\n"
        f"  {b.rcpt}\n"
        f"    Server mx.{domain} [192.0.2.77]\n"
        f"    Antwort nach RCPT TO:<{b.rcpt}>:\n"
        "    451 4.7.1 Greylisting in action, please come back later\n\n"
        "Das ist ein vorübergehender Fehler. Die Zustellung wird automatisch weiter versucht; Sie müssen nichts tun. "
        "Ist die Nachricht nach 4 Tagen noch nicht zugestellt, erhalten Sie eine weitere Benachrichtigung.\n\n"
        f"Betreff der Nachricht: {b.subject()}\n"
        f"Nachrichten-ID:        {reminder_msgid(b.key)}\n"
    )
    msg = text_part(text, "plain", "iso-8859-1", "8bit")
    return finish(
        b,
        msg,
        "Mail Delivery System <Mailer-Daemon@relay.hansa-mailservice.example>",
        "Warnung: Nachricht verzögert / Delivery delayed",
        "bounce",
    )


def bounce_fr_host(b: Bounce) -> Message:
    mta = "mx3.hebergement-atlantique.example"
    human = (
        f"Ceci est un message automatique du serveur de messagerie {mta}.\n\n"
        "Votre message n'a pas pu être remis au destinataire suivant :\n\n"
        f"    {b.rcpt}\n\n"
        "Motif : cette adresse n'existe pas ou plus sur notre serveur.\n"
        f"Réponse du serveur : 550 5.1.1 <{b.rcpt}> : destinataire inconnu\n\n"
        "Cette erreur est définitive : aucune nouvelle tentative ne sera faite. Le message d'origine est joint à cette notification.\n"
    )
    ds = delivery_status(
        [f"Reporting-MTA: dns; {mta}", f"Arrival-Date: {format_datetime(b.sent)}"],
        [
            f"Final-Recipient: rfc822; {b.rcpt}",
            "Action: failed",
            f"Status: {b.status}",
            f"Diagnostic-Code: smtp; 550 5.1.1 <{b.rcpt}>: Recipient unknown",
        ],
    )
    msg = report(text_part(human, "plain", "utf-8", "qp"), ds, MIMEMessage(b.reminder()))
    return finish(
        b,
        msg,
        f"Service de messagerie <mailer-daemon@{mta}>",
        "Message non remis : retour à l'expéditeur",
        "bounce",
    )


def bounce_es_mixed(b: Bounce) -> Message:
    text = (
        "Este es un mensaje generado automáticamente por el servidor de correo correo.redmedit.example.\n\n"
        "No ha sido posible entregar su mensaje al siguiente destinatario:\n\n"
        f"    {b.rcpt}\n\n"
        "Motivo: la cuenta de destino está desactivada (550 5.2.1 Mailbox disabled, not accepting messages).\n\n"
        "Se trata de un error permanente y no se volverá a intentar la entrega. Esta dirección ya no está en uso: por favor, elimínela de sus listas de envío.\n\n"
        "Se adjunta el mensaje original.\n"
    )
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(text, "plain", "iso-8859-1", "qp"))
    outer.attach(MIMEMessage(b.reminder()))
    return finish(
        b,
        outer,
        "Sistema de correo <postmaster@correo.redmedit.example>",
        "Mensaje no entregado",
        "bounce",
    )


def bounce_es_plain(b: Bounce) -> Message:
    text = (
        "Aviso del sistema de correo de correo.cpd-levante.example\n\n"
        f"Su mensaje para <{b.rcpt}> todavia no ha podido entregarse.\n"
        "Motivo: el buzon del destinatario esta lleno (552 5.2.2 Quota exceeded).\n\n"
        "El sistema seguira intentando la entrega durante 72 horas. Si el destinatario libera\n"
        "espacio, el mensaje se entregara sin que usted tenga que hacer nada.\n\n"
        f"Asunto: {latin1_safe(b.subject()).encode('ascii', 'replace').decode()}\n"
        f"Fecha:  {format_datetime(b.sent)}\n"
    )
    msg = Message()
    msg.set_payload(text)
    return finish(
        b,
        msg,
        "postmaster@correo.cpd-levante.example",
        "Aviso: entrega retrasada",
        "bounce",
        extra=(("X-Loop", "postmaster@correo.cpd-levante.example"),),
    )


def bounce_nl_isp(b: Bounce) -> Message:
    mta = "smtp-in2.polderhosting.example"
    human = (
        "Dit is een automatisch bericht van de mailserver van Polderhosting.\n\n"
        "Uw bericht kon niet worden afgeleverd bij de volgende ontvanger:\n\n"
        f"    {b.rcpt}\n\n"
        "Reden: het opgegeven postvak bestaat niet (550 5.1.1 mailbox unavailable).\n\n"
        "Dit is een permanente fout. Het bericht wordt niet opnieuw verstuurd. Controleer het adres of neem op een andere manier contact op met de ontvanger.\n"
    )
    ds = delivery_status(
        [f"Reporting-MTA: dns; {mta}", f"Arrival-Date: {format_datetime(b.sent)}"],
        [
            f"Final-Recipient: rfc822; {b.rcpt}",
            f"Original-Recipient: rfc822; {b.rcpt}",
            "Action: failed",
            f"Status: {b.status}",
            "Diagnostic-Code: smtp; 550 5.1.1 mailbox unavailable",
        ],
    )
    msg = report(text_part(human, "plain", "utf-8", "qp"), ds, rfc822_headers(b))
    return finish(
        b,
        msg,
        f"Mail Delivery System <MAILER-DAEMON@{mta}>",
        "Onbestelbaar bericht",
        "bounce",
    )


EXCHANGE_HOST = "DB9PR07MB8841.eurprd07.prod.outlook.example"


def exchange_notice(head: str, body: list[str], diag_title: str, diag: list[str]) -> Message:
    text = "\n\n".join([head, *body, diag_title, *diag]) + "\n"
    markup = (
        "<html><head></head><body>"
        f'<p><b><font color="#000066" size="3" face="Arial">{html_lines(head)}</font></b></p>'
        + "".join(f'<p><font face="Arial" size="2">{html_lines(p)}</font></p>' for p in body)
        + f'<p><font face="Arial" size="2"><b>{html.escape(diag_title)}</b></font></p>'
        + "".join(f'<p><font face="Arial" size="2">{html_lines(p)}</font></p>' for p in diag)
        + "</body></html>\n"
    )
    return alt_notice(text, markup)


def exchange_ds(b: Bounce, action: str, diag: str) -> Message:
    per_rcpt = [
        f"Final-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        f"Diagnostic-Code: smtp;{diag}",
    ]
    if action == "delayed":
        per_rcpt.append(f"Will-Retry-Until: {format_datetime(b.sent + timedelta(days=2))}")
    return delivery_status(
        [
            f"Reporting-MTA: dns;{EXCHANGE_HOST}",
            f"Received-From-MTA: dns;{OUR_MTA}",
            f"Arrival-Date: {format_datetime(b.sent)}",
        ],
        per_rcpt,
    )


EXCHANGE_SENDER = "Microsoft Outlook <postmaster@alderfinch.onmicrosoft.example>"


def exchange_headers(b: Bounce, language: str) -> tuple[tuple[str, str], ...]:
    return (
        ("In-Reply-To", reminder_msgid(b.key)),
        ("References", reminder_msgid(b.key)),
        ("Thread-Topic", header_text(b.subject(), "utf-8", "Thread-Topic")),
        ("Content-Language", language),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("Auto-Submitted", "auto-replied"),
    )


def bounce_exchange_nl_delay(b: Bounce) -> Message:
    diag = "400 4.4.7 Message delayed"
    human = exchange_notice(
        f"Bezorging vertraagd voor deze geadresseerden of groepen:\n\n{b.rcpt}",
        [
            f"Onderwerp: {b.subject()}",
            "Dit bericht is nog niet bezorgd. Er wordt nog steeds geprobeerd het bericht te bezorgen.",
            "De server blijft proberen dit bericht te bezorgen gedurende de komende 1 dag, 19 uur en 52 minuten. U ontvangt een melding als het bericht binnen deze periode niet kan worden bezorgd.",
        ],
        "Diagnostische gegevens voor beheerders:",
        [
            f"Genererende server: {EXCHANGE_HOST}",
            f"{b.rcpt}\nDe externe server heeft '{diag}' geretourneerd",
        ],
    )
    msg = report(human, exchange_ds(b, "delayed", diag), rfc822_headers(b))
    return finish(
        b,
        msg,
        EXCHANGE_SENDER,
        f"Bezorging vertraagd:{b.subject()}",
        "exchange",
        extra=exchange_headers(b, "nl-NL"),
    )


def bounce_exchange_it(b: Bounce) -> Message:
    diag = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    domain = b.rcpt.split("@")[1]
    human = exchange_notice(
        f"Impossibile recapitare il messaggio a {b.rcpt}",
        [
            f"L'indirizzo di posta elettronica non è stato trovato nel dominio {domain}. Il destinatario potrebbe aver cambiato indirizzo oppure l'indirizzo potrebbe essere stato scritto in modo errato.",
            "Cosa fare: controllare l'indirizzo e inviare di nuovo il messaggio. Se il problema persiste, contattare il destinatario in un altro modo.",
        ],
        "Informazioni di diagnostica per gli amministratori:",
        [
            f"Server di generazione: {EXCHANGE_HOST}",
            f"{b.rcpt}\nIl server remoto ha restituito '{diag}'",
        ],
    )
    msg = report(human, exchange_ds(b, "failed", diag), rfc822_headers(b))
    return finish(
        b,
        msg,
        EXCHANGE_SENDER,
        f"Non recapitabile: {b.subject()}",
        "exchange",
        extra=exchange_headers(b, "it-IT"),
    )


def bounce_it_full(b: Bounce) -> Message:
    mta = "mx-in1.postaservizi-alpi.example"
    human = (
        "Gentile utente,\n\n"
        f"il suo messaggio per {b.rcpt} non è ancora stato consegnato perché la casella del destinatario ha esaurito lo spazio disponibile (452 4.2.2 Over quota).\n\n"
        "Il sistema ritenterà la consegna automaticamente per i prossimi 5 giorni. Non è necessario inviare di nuovo il messaggio.\n\n"
        "Il messaggio originale è allegato.\n\n"
        "Servizio Posta – PostaServizi Alpi\n"
    )
    ds = delivery_status(
        [f"Reporting-MTA: dns; {mta}", f"Arrival-Date: {format_datetime(b.sent)}"],
        [
            f"Final-Recipient: rfc822; {b.rcpt}",
            "Action: delayed",
            f"Status: {b.status}",
            "Diagnostic-Code: smtp; 452 4.2.2 Over quota",
            f"Will-Retry-Until: {format_datetime(b.sent + timedelta(days=5))}",
        ],
    )
    msg = report(text_part(human, "plain", "utf-8", "qp"), ds, MIMEMessage(b.reminder()))
    return finish(
        b,
        msg,
        f"Servizio Posta <postmaster@{mta}>",
        "Avviso di ritardo nella consegna",
        "bounce",
    )


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            "bo-en-1",
            "en",
            "hard",
            "5.1.1",
            "accounts@pinegateoffices.example",
            "2026-11-24 09:41 +0000",
            "en",
            note="qmail failure notice: not MIME, the returned message inline",
        ),
        bounce_qmail,
    ),
    (
        Bounce(
            "bo-en-2",
            "en",
            "soft",
            "4.4.1",
            "studio@quillandline.example",
            "2026-12-02 13:02 +0000",
            "en",
            after=270,
            note="Postfix delay warning, RFC 3464 with text/rfc822-headers",
        ),
        bounce_postfix_delay,
    ),
    (
        Bounce(
            "bo-en-3",
            "en",
            "soft",
            "4.2.2",
            "hartley.architects@gmail.com",
            "2026-12-10 11:36 +0000",
            "en",
            after=120,
            note="Gmail delay notice: recipient's inbox over quota",
        ),
        bounce_gmail_delay,
    ),
    (
        Bounce(
            "bo-de-1",
            "de",
            "hard",
            "5.1.1",
            "buero@schulverein-nordstadt.example",
            "2026-12-01 08:44 +0100",
            "de",
        ),
        bounce_de_host,
    ),
    (
        Bounce(
            "bo-de-2",
            "de",
            "soft",
            "4.7.1",
            "info@coworking-hafenkante.example",
            "2026-12-08 09:52 +0100",
            "de",
            after=45,
            note="greylisting delay, single text/plain part in ISO-8859-1, not RFC 3464",
        ),
        bounce_de_greylist,
    ),
    (
        Bounce(
            "bo-fr-1",
            "fr",
            "hard",
            "5.1.1",
            "secretariat@ecole-montessori-lilas.example",
            "2026-11-30 08:47 +0100",
            "fr",
            note="RFC 3464 with the full returned message",
        ),
        bounce_fr_host,
    ),
    (
        Bounce(
            "bo-es-1",
            "es",
            "hard",
            "5.2.1",
            "administracion@academia-nexo.example",
            "2026-12-03 08:39 +0100",
            "es",
            note="account disabled (5.2.1), permanent; the notice also asks to be removed from mailing lists, but bounce beats unsubscribe; multipart/mixed provider notice, not RFC 3464",
        ),
        bounce_es_mixed,
    ),
    (
        Bounce(
            "bo-es-2",
            "es",
            "soft",
            "5.2.2",
            "info@estudiolatrama.example",
            "2026-12-15 10:10 +0100",
            "es",
            after=95,
            note="mailbox full with a 5.x code is soft; not MIME, unaccented Spanish",
        ),
        bounce_es_plain,
    ),
    (
        Bounce(
            "bo-nl-1",
            "nl",
            "hard",
            "5.1.1",
            "administratie@obs-dewaterlelie.example",
            "2026-12-09 08:36 +0100",
            "nl",
        ),
        bounce_nl_isp,
    ),
    (
        Bounce(
            "bo-nl-2",
            "nl",
            "soft",
            "4.4.7",
            "receptie@flexhub-utrecht.example",
            "2026-11-26 12:41 +0100",
            "nl",
            after=240,
            note="Exchange delay notification in Dutch",
        ),
        bounce_exchange_nl_delay,
    ),
    (
        Bounce(
            "bo-it-1",
            "it",
            "hard",
            "5.1.10",
            "amministrazione@studiomarini-arch.example",
            "2026-12-14 08:33 +0100",
            "it",
            note="Exchange Online NDR in Italian",
        ),
        bounce_exchange_it,
    ),
    (
        Bounce(
            "bo-it-2",
            "it",
            "soft",
            "4.2.2",
            "segreteria@scuolapaneedarte.example",
            "2026-12-17 10:05 +0100",
            "it",
            after=60,
            note="mailbox over quota, delayed; RFC 3464 with the full returned message",
        ),
        bounce_it_full,
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, file names, output and checks
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


def all_messages() -> list[tuple[str, Message, dict[str, object]]]:
    items = [(r.key, build_reply(r), reply_label(r)) for r in REPLIES]
    items += [(b.key, build(b), bounce_label(b)) for b, build in BOUNCES]
    return items


def check_message(name: str, data: bytes) -> None:
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{name}: no {header}")
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            part.get_content()


def count_table(labels: list[dict[str, object]]) -> str:
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


def write_all() -> list[dict[str, object]]:
    items = all_messages()
    keys = [key for key, _, _ in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    random.Random(SEED).shuffle(items)
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels = []
    for number, (_, msg, label) in enumerate(items, start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = msg.as_bytes()
        check_message(name, data)
        (HERE / name).write_bytes(data)
        labels.append({"file": name, **label})
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


if __name__ == "__main__":
    sys.exit(main())
