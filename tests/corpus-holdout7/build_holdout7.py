# ruff: noqa: E501, RUF001
# Message text is kept one paragraph a line, the way a mail client sends it, with the
# typographic dashes and quotes people and their clients really type.
"""Build the seventh held-out reply corpus: `h7-NNN.eml` files and `labels.jsonl`.

Every reply answers an overdue reminder from the receivables team of Kestrelwatch Security
Group, an alarm-monitoring, keyholding and guarding company. The new text of each message is
written by hand below; this script only adds what a mail client or a mail server would add (the
quoted reminder in the client's layout and language, headers, MIME structure, charsets and
transfer encodings). Run it from anywhere: it writes next to itself, deterministically.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import random
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
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261117
AR_NAME = "Kestrelwatch Receivables"
AR_ADDR = "receivables@kestrelwatch.example"
AR_DOMAIN = "kestrelwatch.example"
DEFAULT_INV = "KW-26-71304"
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
SINGLE_BYTE = {"iso-8859-1", "windows-1252", "us-ascii-lie"}

# --------------------------------------------------------------------------------------------
# Locale tables
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
    "de": "Mo Di Mi Do Fr Sa So",
    "fr": "lun mar mer jeu ven sam dim",
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

GMAIL_ATTR = {
    "en": "On {wds}, {d} {mons} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {wds}., {d}. {mons} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wds}. {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
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
    "it": "Il {dd}/{mo}/{y} {HH}:{mm}, {name} ha scritto:",
}
ROUNDCUBE_ATTR = {
    "en": "On {y}-{mo}-{dd} {HH}:{mm}, {name} wrote:",
    "de": "Am {y}-{mo}-{dd} {HH}:{mm}, schrieb {name}:",
    "fr": "Le {y}-{mo}-{dd} {HH}:{mm}, {name} a écrit :",
    "es": "El {y}-{mo}-{dd} {HH}:{mm}, {name} escribió:",
    "nl": "Op {y}-{mo}-{dd} {HH}:{mm}, schreef {name}:",
    "it": "Il {y}-{mo}-{dd} {HH}:{mm} {name} ha scritto:",
}
OUTLOOK_SENT = {
    "en": "{wdl}, {d} {monl} {y} {HH}:{mm}",
    "de": "{wdl}, {d}. {monl} {y} {HH}:{mm}",
    "fr": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "es": "{wdl}, {d} de {monl} de {y} {H}:{mm}",
    "nl": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "it": "{wdl} {d} {monl} {y} {HH}:{mm}",
}
# separator, From, Sent, To, Subject, label/value separator
OUTLOOK_LABELS = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject", ": "),
    "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff", ": "),
    "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : "),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": "),
    "nl": ("-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "Onderwerp", ": "),
    "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ": "),
}
# Samsung Email: separator, From, Date, To, Subject
SAMSUNG_LABELS = {
    "en": ("-------- Original message --------", "From", "Date", "To", "Subject"),
    "de": ("-------- Ursprüngliche Nachricht --------", "Von", "Datum", "An", "Betreff"),
    "fr": ("-------- Message d'origine --------", "De", "Date", "À", "Objet"),
    "es": ("-------- Mensaje original --------", "De", "Fecha", "Para", "Asunto"),
    "nl": ("-------- Oorspronkelijk bericht --------", "Van", "Datum", "Aan", "Onderwerp"),
    "it": ("-------- Messaggio originale --------", "Da", "Data", "A", "Oggetto"),
}
SAMSUNG_SIG = {
    "en": "Sent from my Galaxy",
    "de": "Von meinem Galaxy gesendet",
    "fr": "Envoyé depuis mon Galaxy",
    "es": "Enviado desde mi Galaxy",
    "nl": "Verzonden vanaf mijn Galaxy",
    "it": "Inviato dal mio Galaxy",
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
ANDROID_SIG = {
    "en": "Get Outlook for Android",
    "de": "Outlook für Android herunterladen",
    "fr": "Télécharger Outlook pour Android",
    "es": "Obtener Outlook para Android",
    "nl": "Outlook voor Android downloaden",
    "it": "Scarica Outlook per Android",
}
REMINDER_SUBJECT = {
    "en": "Payment overdue – Kestrelwatch invoice {inv}",
    "de": "Überfällige Zahlung – Kestrelwatch Rechnung {inv}",
    "fr": "Paiement en retard – facture Kestrelwatch {inv}",
    "es": "Pago pendiente – factura Kestrelwatch {inv}",
    "nl": "Betaling achterstallig – Kestrelwatch factuur {inv}",
    "it": "Pagamento scaduto – fattura Kestrelwatch {inv}",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "Our ledger shows the invoice below as unpaid although its due date has passed:\n\n"
        "    Invoice {inv}  ·  dated 13/10/2026  ·  payable by 12/11/2026  ·  {amt}\n"
        "    Alarm monitoring, keyholding and response services\n\n"
        "If the money has already left your account, please tell us when it was sent and the reference you used, so we can match it. Should something on the invoice need correcting, or you need a copy, reply to this message and we will deal with it.\n\n"
        "Thank you,\n\n"
        "Receivables team\nKestrelwatch Security Group\n24/7 monitoring centre: +44 161 496 0730\nreceivables@kestrelwatch.example"
    ),
    "de": (
        "Guten Tag,\n\n"
        "in unserer Buchhaltung ist die folgende Rechnung trotz abgelaufener Zahlungsfrist noch offen:\n\n"
        "    Rechnung {inv}  ·  vom 13.10.2026  ·  zahlbar bis 12.11.2026  ·  {amt}\n"
        "    Alarmaufschaltung, Schlüsselverwahrung und Interventionseinsätze\n\n"
        "Falls Sie bereits gezahlt haben, nennen Sie uns bitte Datum und Verwendungszweck, damit wir die Zahlung zuordnen können. Ist an der Rechnung etwas zu korrigieren oder benötigen Sie eine Kopie, antworten Sie einfach auf diese Nachricht.\n\n"
        "Vielen Dank und freundliche Grüße\n\n"
        "Forderungsmanagement\nKestrelwatch Security Group"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Selon notre comptabilité, la facture ci-dessous n'est toujours pas réglée alors que son échéance est dépassée :\n\n"
        "    Facture {inv}  ·  du 13/10/2026  ·  à régler avant le 12/11/2026  ·  {amt}\n"
        "    Télésurveillance, gestion des clés et interventions\n\n"
        "Si le paiement est déjà parti, indiquez-nous sa date et la référence utilisée pour que nous puissions le rapprocher. Si un élément de la facture doit être corrigé ou si vous souhaitez un duplicata, répondez simplement à ce message.\n\n"
        "Merci par avance,\n\n"
        "Service recouvrement\nKestrelwatch Security Group"
    ),
    "es": (
        "Buenos días:\n\n"
        "En nuestra contabilidad figura como pendiente la siguiente factura, cuyo plazo de pago ya ha vencido:\n\n"
        "    Factura {inv}  ·  fecha 13/10/2026  ·  pago antes del 12/11/2026  ·  {amt}\n"
        "    Conexión a central receptora de alarmas, custodia de llaves y acudas\n\n"
        "Si ya ha efectuado el pago, indíquenos la fecha y la referencia utilizada para poder conciliarlo. Si hay algo que corregir en la factura o necesita una copia, conteste a este mensaje y lo resolveremos.\n\n"
        "Gracias de antemano,\n\n"
        "Departamento de cobros\nKestrelwatch Security Group"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Volgens onze administratie is de onderstaande factuur nog niet betaald, terwijl de betaaltermijn verstreken is:\n\n"
        "    Factuur {inv}  ·  d.d. 13-10-2026  ·  te betalen vóór 12-11-2026  ·  {amt}\n"
        "    Alarmopvolging, sleutelbeheer en interventies\n\n"
        "Is het bedrag al overgemaakt? Laat ons dan de datum en het gebruikte betalingskenmerk weten, zodat we de betaling kunnen koppelen. Klopt er iets niet op de factuur of heeft u een kopie nodig, reageer dan op dit bericht.\n\n"
        "Alvast bedankt,\n\n"
        "Afdeling debiteuren\nKestrelwatch Security Group"
    ),
    "it": (
        "Buongiorno,\n\n"
        "dalla nostra contabilità la fattura qui sotto risulta ancora aperta, benché il termine di pagamento sia trascorso:\n\n"
        "    Fattura {inv}  ·  del 13/10/2026  ·  da saldare entro il 12/11/2026  ·  {amt}\n"
        "    Collegamento alla centrale operativa, custodia chiavi e pronto intervento\n\n"
        "Se il pagamento è già stato disposto, comunicateci la data e il riferimento utilizzato, così potremo abbinarlo. Se qualcosa nella fattura va corretto o vi serve una copia, rispondete pure a questo messaggio.\n\n"
        "Grazie per la collaborazione,\n\n"
        "Ufficio crediti\nKestrelwatch Security Group"
    ),
}
DEFAULT_AMOUNT = {
    "en": "£684.00",
    "de": "1.236,90 €",
    "fr": "2 418,00 €",
    "es": "745,80 €",
    "nl": "€ 1.059,35",
    "it": "€ 388,50",
}
LATIN1_FIXES = {"–": "-", "€": "EUR", "’": "'", "…": "..."}


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
    rlang: str = ""
    loc: str = ""
    inv: str = DEFAULT_INV
    amt: str = ""
    subject: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    attach: tuple[str, bytes] | None = None
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


def lab(
    refs: tuple[str, ...] = (),
    note: str | None = None,
    **fields: str | None,
) -> dict[str, object]:
    """Label fields beyond intent and language (`refs` are the invoice numbers in the new text)."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label keys {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


# --------------------------------------------------------------------------------------------
# Dates, ids and text helpers
# --------------------------------------------------------------------------------------------


def gmt_offset(dt: datetime) -> str:
    offset = dt.utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"GMT{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


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
        "gmt": gmt_offset(dt),
    }


def fmt(template: str, loc: str, dt: datetime, **extra: str) -> str:
    return template.format(**date_fields(loc, dt), **extra)


def reminder_time(reply: datetime, days_before: int = 1) -> datetime:
    """The reminder went out on a working day before the reply, just after eight."""
    day = reply - timedelta(days=days_before)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day.replace(hour=8, minute=11 + day.day % 9, second=37)


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"h7:{salt}:{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:n]


def reminder_msgid(key: str) -> str:
    return f"<rem.{b32(key, 'reminder', 18).lower()}@{AR_DOMAIN}>"


def reply_msgid(key: str, style: str, addr: str) -> str:
    domain = addr.split("@")[1]
    raw = digest(key, "reply")
    if style in {"gmail", "gmail_plain", "bottom", "inline"}:
        tail = base64.urlsafe_b64encode(raw).decode().rstrip("=")[:40]
        return f"<CA+{tail}@mail.gmail.com>"
    if style in OUTLOOK_FAMILY:
        return f"<{b32(key, 'ms', 28)}@{b32(key, 'host', 8)}.EURPRD04.PROD.OUTLOOK.COM>"
    if style in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if style == "roundcube":
        return f"<{raw.hex()[:32]}@{domain}>"
    return f"<{raw.hex()[:20]}.{raw.hex()[20:26]}@{domain}>"


def latin1_safe(text: str) -> str:
    for bad, good in LATIN1_FIXES.items():
        text = text.replace(bad, good)
    return text


def quote_lines(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def html_lines(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def mso_paragraphs(text: str) -> str:
    out = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "&nbsp;"
        out.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(out)


def html_paragraphs(text: str) -> str:
    return "\n".join(f"<p>{html_lines(p)}</p>" for p in text.split("\n\n"))


# --------------------------------------------------------------------------------------------
# MIME parts
# --------------------------------------------------------------------------------------------


def body_charset(name: str, cte: str) -> cs.Charset:
    """A fresh Charset with the transfer encoding the client would choose."""
    charset = cs.Charset(name)
    charset.body_encoding = {"qp": cs.QP, "b64": cs.BASE64, "8bit": 0, "7bit": 0}[
        cte
    ]  # 0: no encoding
    return charset


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    if charset == "us-ascii-lie":  # an old client that labels 8-bit Latin-1 as us-ascii
        part = MIMENonMultipart("text", subtype, charset="us-ascii")
        part.set_payload(text.encode("iso-8859-1").decode("ascii", "surrogateescape"))
        part["Content-Transfer-Encoding"] = "8bit"
        return part
    text.encode(charset)  # raises if the hand-written text does not fit the charset
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, body_charset(charset, cte))
    return part


def header_charset(value: str, charset: str) -> str:
    enc = "iso-8859-1" if charset == "us-ascii-lie" else charset
    try:
        value.encode(enc)
    except UnicodeEncodeError:
        return "utf-8"
    return enc


def header_text(value: str, charset: str, name: str = "Subject") -> str:
    """The header value as a mail client encodes it (RFC 2047 when it is not ASCII)."""
    if value.isascii():
        return value
    return Header(value, header_charset(value, charset), header_name=name).encode()


def address(name: str, addr: str, charset: str) -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{Header(name, header_charset(name, charset)).encode()} <{addr}>"


# --------------------------------------------------------------------------------------------
# The reminder being answered
# --------------------------------------------------------------------------------------------


def reminder_subject(lang: str, inv: str) -> str:
    return REMINDER_SUBJECT[lang].format(inv=inv)


def fit_charset(text: str, charset: str) -> str:
    return latin1_safe(text) if charset in {"iso-8859-1", "us-ascii-lie"} else text


def reminder_text(r: Reply) -> str:
    amt = r.amt or DEFAULT_AMOUNT[r.reminder_lang]
    return fit_charset(REMINDER_BODY[r.reminder_lang].format(inv=r.inv, amt=amt), r.charset)


def original_reminder(lang: str, to: str, when: datetime, key: str, inv: str) -> Message:
    """The reminder as Kestrelwatch sent it (returned inside bounces)."""
    text = REMINDER_BODY[lang].format(inv=inv, amt=DEFAULT_AMOUNT[lang])
    msg = text_part(text, "plain", "utf-8", "qp")
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = to
    msg["Subject"] = header_text(reminder_subject(lang, inv), "utf-8")
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = reminder_msgid(key)
    content_headers_last(msg)
    return msg


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quote:
    """What the reply quotes: the reminder, seen from the replying client."""

    text: str
    subject: str
    sent: datetime
    loc: str
    to: str


def make_quote(r: Reply) -> Quote:
    subject = fit_charset(reminder_subject(r.reminder_lang, r.inv), r.charset)
    to = formataddr(r.who) if r.who[0].isascii() else f"{r.who[0]} <{r.who[1]}>"
    return Quote(reminder_text(r), subject, reminder_time(r.dt), r.client_lang, to)


def outlook_block(q: Quote) -> list[str]:
    _, frm, sent, to, subj, sep = OUTLOOK_LABELS[q.loc]
    return [
        f"{frm}{sep}{AR_NAME} <{AR_ADDR}>",
        f"{sent}{sep}{fmt(OUTLOOK_SENT[q.loc], q.loc, q.sent)}",
        f"{to}{sep}{q.to}",
        f"{subj}{sep}{q.subject}",
    ]


def gmail_attr(q: Quote) -> str:
    return fmt(GMAIL_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def apple_attr(q: Quote) -> str:
    return fmt(APPLE_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


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
    lang = {"en": "EN-GB"}.get(r.lang, f"{r.lang.upper()}-{r.lang.upper()}")
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\n'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=' + r.charset + '">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!-- p.MsoNormal, li.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;} --></style>\n'
        f'</head>\n<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word"><div class="WordSection1">\n'
        f"{mso_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div id="mail-editor-reference-message-container"><div>\n'
        '<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal" style="margin-bottom:12.0pt">{head}<o:p></o:p></p>\n</div>\n'
        f"{mso_paragraphs(q.text)}\n</div></div>\n</div>\n</body>\n</html>\n"
    )


def style_outlook_html(r: Reply, q: Quote) -> Message:
    text = "\n".join([r.body, "", *outlook_block(q), "", q.text, ""])
    return alternative(r, text, word_html(r, q))


def style_html_only(r: Reply, q: Quote) -> Message:
    return text_part(word_html(r, q), "html", r.charset, r.cte)


def style_owa(r: Reply, q: Quote) -> Message:
    block = outlook_block(q)
    text = "\n".join([r.body, "", "_" * 32, *block, "", q.text, ""])
    head = "<br>\n".join(
        f"<b>{html.escape(line.split(':', 1)[0])}:</b>{html.escape(line.split(':', 1)[1])}"
        for line in block
    )
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset='
        + r.charset
        + '"><style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>'
        '</head><body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
        f"{html_lines(r.body)}</div>\n"
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{head}</font>\n<div>&nbsp;</div></div>\n"
        f"<div>{html_paragraphs(q.text)}</div>\n</body></html>\n"
    )
    return alternative(r, text, markup)


def style_gmail(r: Reply, q: Quote) -> Message:
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
    return text_part(
        f"{r.body}\n\n{gmail_attr(q)}\n\n{quote_lines(q.text)}\n", "plain", r.charset, r.cte
    )


def style_bottom(r: Reply, q: Quote) -> Message:
    return text_part(
        f"{gmail_attr(q)}\n\n{quote_lines(q.text)}\n\n{r.body}\n", "plain", r.charset, r.cte
    )


def style_inline(r: Reply, q: Quote) -> Message:
    """Answers typed between the quoted paragraphs: [[ATTR]] and [[Q:n]] mark where they go."""
    paragraphs = q.text.split("\n\n")
    text = r.body.replace("[[ATTR]]", gmail_attr(q))
    for n, paragraph in enumerate(paragraphs):
        text = text.replace(f"[[Q:{n}]]", quote_lines(paragraph))
    return text_part(text + "\n", "plain", r.charset, r.cte)


def style_apple(r: Reply, q: Quote) -> Message:
    return text_part(
        f"{r.body}\n\n{apple_attr(q)}\n\n{quote_lines(q.text)}\n", "plain", r.charset, r.cte
    )


def iphone_text(r: Reply, q: Quote) -> str:
    quoted = quote_lines(f"{apple_attr(q)}\n\n{q.text}")
    return f"{r.body}\n\n{IPHONE_SIG[q.loc]}\n\n{quoted}\n"


def style_iphone(r: Reply, q: Quote) -> Message:
    return text_part(iphone_text(r, q), "plain", r.charset, r.cte)


def style_thunderbird(r: Reply, q: Quote) -> Message:
    attr = fmt(TB_ATTR[q.loc], q.loc, q.sent, name=AR_NAME)
    part = text_part(f"{r.body}\n\n{attr}\n{quote_lines(q.text)}\n", "plain", r.charset, r.cte)
    if r.charset == "utf-8":
        part.set_param("format", "flowed")
    return part


def style_roundcube(r: Reply, q: Quote) -> Message:
    attr = fmt(ROUNDCUBE_ATTR[q.loc], q.loc, q.sent, name=AR_NAME)
    part = text_part(f"{r.body}\n\n{attr}\n{quote_lines(q.text)}\n", "plain", r.charset, r.cte)
    part.set_param("format", "flowed")
    return part


def style_android(r: Reply, q: Quote) -> Message:
    block = "\n".join(outlook_block(q))
    text = f"{r.body}\n\n{ANDROID_SIG[q.loc]}\n{'_' * 32}\n{block}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def style_samsung(r: Reply, q: Quote) -> Message:
    sep, frm, date, to, subj = SAMSUNG_LABELS[q.loc]
    when = fmt("{dd}/{mo}/{y} {HH}:{mm} ({gmt})", q.loc, q.sent)
    block = "\n".join(
        [
            sep,
            f"{frm}: {AR_NAME} <{AR_ADDR}> ",
            f"{date}: {when} ",
            f"{to}: {q.to} ",
            f"{subj}: {q.subject} ",
        ]
    )
    text = f"{r.body}\n\n\n\n{SAMSUNG_SIG[q.loc]}\n\n\n{block}\n\n{q.text}\n"
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
        f'<div dir="auto">{html_lines(r.body)}</div><div dir="auto"><br></div><div dir="auto"><br></div>'
        f'<div id="composer_signature" dir="auto"><div style="font-size:12px;color:#575757" dir="auto">{SAMSUNG_SIG[q.loc]}</div></div>'
        f'<div dir="auto"><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000"><div>{html.escape(sep)}</div>'
        f"<div>{html_lines(block.split(chr(10), 1)[1])}</div></div><br>"
        f"<div>{html_paragraphs(q.text)}</div></body></html>\n"
    )
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(text, "plain", r.charset, "b64"))
    outer.attach(text_part(markup, "html", r.charset, "b64"))
    return outer


def style_none(r: Reply, q: Quote) -> Message:
    del q  # automatic notices and fresh messages quote nothing
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


STYLES: dict[str, Callable[[Reply, Quote], Message]] = {
    "outlook": style_outlook,
    "outlook_html": style_outlook_html,
    "html_only": style_html_only,
    "owa": style_owa,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "bottom": style_bottom,
    "inline": style_inline,
    "apple": style_apple,
    "iphone": style_iphone,
    "thunderbird": style_thunderbird,
    "roundcube": style_roundcube,
    "android": style_android,
    "samsung": style_samsung,
    "none": style_none,
}
OUTLOOK_FAMILY = {"outlook", "outlook_html", "html_only", "owa", "android"}
STYLE_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22C152)"),),
    "thunderbird": (
        (
            "User-Agent",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Thunderbird/140.4.0",
        ),
    ),
    "roundcube": (("User-Agent", "Roundcube Webmail/1.6.11"),),
    "outlook": (("X-Mailer", "Microsoft Outlook 16.0"),),
}


def reply_subject(r: Reply, q: Quote) -> str:
    if r.subject:
        return r.subject.format(rsub=q.subject)
    prefix = OUTLOOK_RE[q.loc] if r.style in OUTLOOK_FAMILY else "Re: "
    return prefix + q.subject


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    index = base64.b64encode(digest(r.key, "thread")[:22]).decode()
    return [
        ("Thread-Topic", header_text(q.subject, r.charset, "Thread-Topic")),
        ("Thread-Index", index),
        ("Accept-Language", {"en": "en-GB"}.get(r.lang, f"{r.lang}-{r.lang.upper()}, en-US")),
        ("Content-Language", {"en": "en-GB"}.get(r.lang, f"{r.lang}-{r.lang.upper()}")),
        ("X-MS-Has-Attach", "yes" if r.attach else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def with_attachment(r: Reply, body: Message) -> Message:
    if r.attach is None:
        return body
    name, data = r.attach
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    pdf = MIMEApplication(data, "pdf")
    pdf.add_header("Content-Disposition", "attachment", filename=name)
    outer.attach(pdf)
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


BOUNDARY_PREFIX = {
    "gmail": "000000000000",
    "apple": "Apple-Mail=_",
    "samsung": "--_com.samsung.android.email_",
}


def strip_part_versions(part: Message, root: bool = True) -> None:
    """Only the top of a message (or of a returned message) carries MIME-Version."""
    if not root:
        del part["MIME-Version"]
    subparts = (
        [p for p in part.get_payload() if isinstance(p, Message)] if part.is_multipart() else []
    )
    for sub in subparts:
        strip_part_versions(sub, root=part.get_content_type() == "message/rfc822")


def fix_boundaries(msg: Message, key: str, style: str) -> None:
    """Deterministic boundaries, shaped like the client's own."""
    prefix = BOUNDARY_PREFIX.get(style, "_000_" if style in OUTLOOK_FAMILY else "----=_Part_")
    parts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(parts):
        part.set_boundary(prefix + b32(key, f"boundary{n}", 24))


def finalize(msg: Message, key: str, style: str) -> Message:
    content_headers_last(msg)
    strip_part_versions(msg)
    fix_boundaries(msg, key, style)
    return msg


def build_reply(r: Reply) -> Message:
    q = make_quote(r)
    msg = with_attachment(r, STYLES[r.style](r, q))
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
# The hand-written replies
# --------------------------------------------------------------------------------------------

AUTO = ("Auto-Submitted", "auto-replied")
XARS = ("X-Auto-Response-Suppress", "All")
FAKE_PDF = (
    b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R/Size 3>>\n%%EOF\n"
)

PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Halden Retail AP", "ap.remittance@haldenretail.example"),
        "2026-11-24 06:12 +0000",
        "none",
        "REMITTANCE ADVICE\n\nSupplier:        Kestrelwatch Security Group (vendor 200418)\nPayment date:    24/11/2026\nMethod:          BACS\nPayment number:  HR-PMT-0098812\n\nDoc type   Supplier ref     Doc date     Amount GBP\nInvoice    KW-26-71304      13/10/2026     2,146.20\nInvoice    KW-26-71388      20/10/2026       318.00\nCredit     KW-26-C0412      02/11/2026       -96.00\n                                        ----------\nTotal paid                                 2,368.20\n\nFunds normally clear within two working days. This mailbox is not read; please send supplier queries to payables.help@haldenretail.example quoting your vendor number.\n\nHalden Retail plc – Accounts Payable Shared Service",
        lab(
            ("KW-26-71304", "KW-26-71388"),
            paid_date="2026-11-24",
            payment_reference="HR-PMT-0098812",
            amount="2368.20",
            currency="GBP",
            note="automated AP remittance advice, not threaded, carrying Auto-Submitted; the credit note is netted off and is not listed as an invoice; the queries address is not a new contact",
        ),
        subject="Remittance advice – Kestrelwatch Security Group – HR-PMT-0098812",
        headers=(("Auto-Submitted", "auto-generated"), ("X-Mailer", "Halden Payables Hub 3.2")),
        threaded=False,
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        ("Dave Kinsella", "davekinsella.autos@gmail.com"),
        "2026-12-01 07:52 +0000",
        "iphone",
        "paid it last nite thru the app, sorry totally forgot. Dave\nKinsella Motors",
        lab(paid_date="2026-11-30", note="'last nite' is the evening before Tue 1 Dec"),
        inv="KW-26-71720",
        amt="£312.00",
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Rachel Oyelaran", "practice.manager@brookfielddental.example"),
        "2026-11-23 12:31 +0000",
        "inline",
        "Hi,\n\nAnswers below.\n\n[[ATTR]]\n\n[[Q:2]]\n\nThis was paid by card over the phone on Friday 20th, to your colleague Megan. Auth code 448120.\n\n[[Q:3]]\n\nSee above - the full £684.00. Nothing needs correcting, it just slipped through while we were moving premises.\n\nRachel\nPractice Manager, Brookfield Dental",
        lab(
            paid_date="2026-11-20",
            payment_reference="448120",
            amount="684.00",
            currency="GBP",
            note="inline reply between quoted paragraphs; 'Friday 20th' before Mon 23 Nov; the card authorisation code is the only reference given",
        ),
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Hausverwaltung Kerber", "buchhaltung@hv-kerber.example"),
        "2026-11-23 09:40 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nder Rechnungsbetrag über 1.236,90 EUR ist am 19.11.2026 von unserem Konto abgegangen (Wertstellung 20.11.). Als Verwendungszweck haben wir Ihre Rechnungsnummer KW-26-71366 sowie das Objekt Lindenstraße 14 angegeben.\n\nWir bitten um Prüfung und Ausbuchung.\n\nMit freundlichen Grüßen\n\ni. A. Sabine Kerber\nHausverwaltung Kerber\nBahnhofstraße 3, 50667 Köln",
        lab(
            ("KW-26-71366",),
            paid_date="2026-11-19",
            amount="1236.90",
            currency="EUR",
            note="the day the money left the account, not the value date; the Verwendungszweck is only the invoice number, so no payment_reference",
        ),
        inv="KW-26-71366",
        charset="iso-8859-1",
    ),
    Reply(
        "ps-de-2",
        "payment_sent",
        "de",
        ("Beat Zürcher", "b.zuercher@uhren-zuercher.example"),
        "2026-11-17 15:05 +0100",
        "apple",
        "Grüezi\n\nDie Rechnung haben wir bereits am 9. November via E-Banking beglichen, CHF 1'180.00. Die Belastung ist auf unserem Kontoauszug ersichtlich, die Bestätigung der Bank finden Sie im Anhang.\n\nIhre Erinnerung und unsere Zahlung dürften sich überschnitten haben.\n\nFreundliche Grüsse\nBeat Zürcher\nUhren & Schmuck Zürcher, Winterthur",
        lab(
            paid_date="2026-11-09",
            amount="1180.00",
            currency="CHF",
            note="Swiss customer, Swiss spelling (ss) and apostrophe thousands separator; bank confirmation attached",
        ),
        inv="KW-26-71290",
        amt="CHF 1'180.00",
        attach=("Zahlungsbestaetigung_KW-26-71290.pdf", FAKE_PDF),
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Nathalie Guérin", "compta@pharmacieducentre-rennes.example"),
        "2026-11-27 10:18 +0100",
        "outlook_html",
        "Bonjour,\n\nNous avons procédé au virement le 25/11, référence VIR-PHC-251126, pour un montant global de 3 104,40 €. Ce virement solde votre facture KW-26-71411 ainsi que la KW-26-71502 de novembre (686,40 €).\n\nBien cordialement,\n\nNathalie Guérin\nPharmacie du Centre\n12 place de la Mairie, 35000 Rennes",
        lab(
            ("KW-26-71411", "KW-26-71502"),
            paid_date="2026-11-25",
            payment_reference="VIR-PHC-251126",
            amount="3104.40",
            currency="EUR",
            note="one transfer covering two invoices; the amount is the total sent",
        ),
        inv="KW-26-71411",
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Gérard Lemoine", "g.lemoine@tennisclub-dinan.example"),
        "2026-12-02 19:47 +0100",
        "apple",
        "Bonsoir,\n\nLe chèque est parti la semaine dernière par courrier, n° 0045128 sur le Crédit Mutuel, à l'ordre de Kestrelwatch. Il a dû croiser votre relance. S'il n'est pas arrivé d'ici lundi, prévenez-moi et je fais opposition pour en refaire un.\n\nGérard Lemoine\nTrésorier bénévole – Tennis Club de Dinan",
        lab(
            payment_reference="0045128",
            note="cheque posted 'la semaine dernière' with no day, so no paid_date; the cheque number is the reference; 'd'ici lundi' is a check-in, not a promise",
        ),
        inv="KW-26-71623",
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Marta Ibáñez", "marta@floristeriaibanez.example"),
        "2026-11-19 13:02 +0100",
        "gmail",
        "Hola!\n\nYa está pagada, hice la transferencia ayer por la tarde desde la app del banco. Os mando el justificante adjunto por si acaso.\n\nUn saludo,\nMarta\nFloristería Ibáñez",
        lab(paid_date="2026-11-18", note="'ayer' before Thu 19 Nov; receipt attached"),
        inv="KW-26-71352",
        attach=("justificante_transferencia.pdf", FAKE_PDF),
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Ferretería Tejera", "administracion@ferreteriatejera.example"),
        "2026-11-30 23:10 +0000",
        "android",
        "Buenas noches:\n\nLe informo que hoy mismo hemos ordenado el pago de la factura 71644 por importe de 745,80 EUR. Número de operación: 2026113000431.\n\nDisculpe el retraso.\n\nAtentamente,\nYaiza Tejera\nFerretería Tejera – Las Palmas de Gran Canaria",
        lab(
            ("KW-26-71644",),
            paid_date="2026-11-30",
            payment_reference="2026113000431",
            amount="745.80",
            currency="EUR",
            note="Canary Islands (UTC+0): 'hoy' is 30 Nov in the sender's zone although it is already 1 Dec in Madrid; the bare number 71644 is normalised",
        ),
        inv="KW-26-71644",
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Bas Hoekstra", "bas@hoekstra-fietsen.example"),
        "2026-11-18 14:26 +0100",
        "thunderbird",
        "Goedemiddag,\n\nDeze heb ik op 16 november al voldaan via de betaallink in uw vorige mail. Kenmerk van de betaling: 0050 0012 4471 9823.\n\nWilt u de herinnering intrekken?\n\nGroet,\nBas Hoekstra\nHoekstra Fietsen",
        lab(paid_date="2026-11-16", payment_reference="0050 0012 4471 9823"),
        inv="KW-26-71359",
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        ("Roel Claes", "r.claes@claes-kantoormeubelen.example"),
        "2026-11-20 08:55 +0100",
        "gmail",
        "Dag,\n\nDit is toch al lang betaald? Bij ons staat het als voldaan op 3/11, samen met de factuur van september. Misschien kijkt u even of het op een ander klantnummer is geboekt.\n\nMvg\nRoel Claes",
        lab(
            paid_date="2026-11-03",
            note="claim of payment phrased as a question; Flemish reply to a French reminder (Brussels)",
        ),
        rlang="fr",
        inv="KW-26-71380",
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Elena Ferraris", "amministrazione@magazziniferraris.example"),
        "2026-11-26 11:03 +0100",
        "outlook",
        "Buongiorno,\n\nvi confermo che il bonifico a saldo della fattura KW-26-71470 è partito stamattina. TRN 0306926112658471IT, importo € 388,50.\n\nCordiali saluti\n\nElena Ferraris\nMagazzini Ferraris S.r.l. – Amministrazione",
        lab(
            ("KW-26-71470",),
            paid_date="2026-11-26",
            payment_reference="0306926112658471IT",
            amount="388.50",
            currency="EUR",
        ),
        inv="KW-26-71470",
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pp-en-1",
        "promise_to_pay",
        "en",
        ("Graham Petts", "accounts.payable@meridianfreight.example"),
        "2026-11-25 10:44 +0000",
        "outlook_html",
        "Hello,\n\nThanks for the reminder. For clarity, our standard terms with all suppliers are 45 days end of month, which puts invoice KW-26-71455 due for payment on 15 December. It will be released on that date in the normal way; there is nothing outstanding from our side before then.\n\nIf your contract says otherwise, please send me the relevant clause and I'll look at it.\n\nKind regards,\n\nGraham Petts\nAccounts Payable Team Leader\nMeridian Freight Ltd",
        lab(
            ("KW-26-71455",),
            promised_date="2026-12-15",
            note="the customer's own terms give a dated release; a challenge to the due date, not to the invoice",
        ),
        inv="KW-26-71455",
        amt="£3,912.00",
    ),
    Reply(
        "pp-en-2",
        "promise_to_pay",
        "en",
        ("Kev", "kev@thesnookerhall.example"),
        "2026-12-08 22:41 +0000",
        "iphone",
        "Can't do it this week mate, till's been dead. Friday week for definite, when the Christmas party bookings pay up.",
        lab(
            promised_date="2026-12-18",
            note="negation then a promise; British 'Friday week' on Tue 8 Dec is the Friday after this coming one",
        ),
        inv="KW-26-71801",
        amt="£210.00",
    ),
    Reply(
        "pp-en-3",
        "promise_to_pay",
        "en",
        ("Margaret Ashdown", "m.ashdown@staidans-parish.example"),
        "2026-11-30 16:20 +0000",
        "outlook",
        "Dear Sir or Madam,\n\nThank you for your email, which I have only just seen as I check this account on Mondays.\n\nI am the honorary treasurer of St Aidan’s, and I am afraid our arrangements are rather old-fashioned. Any payment over £500 has to be signed off by two trustees, and the trustees meet only once a month. The next meeting is on the evening of Tuesday 8 December. I will take your invoice (£684.00 for the alarm monitoring at the church hall) to that meeting, and provided it is approved, which I fully expect, I shall post the cheque to you the following morning.\n\nI do apologise for the delay. We very much value the monitoring – we had the lead taken off the vestry roof two winters ago and have been grateful for you ever since.\n\nYours faithfully,\n\nMargaret Ashdown (Mrs)\nHon. Treasurer, St Aidan’s Parochial Church Council",
        lab(
            promised_date="2026-12-09",
            amount="684.00",
            currency="GBP",
            note="long letter-style mail; the cheque goes out the morning after the 8 Dec meeting; the approval proviso is a formality the writer expects",
        ),
        inv="KW-26-71348",
        charset="windows-1252",
    ),
    Reply(
        "pp-de-1",
        "promise_to_pay",
        "de",
        ("Jonas Wirth", "jonas.wirth@wirth-elektro.example"),
        "2026-11-26 17:12 +0100",
        "gmail",
        "Hallo zusammen,\n\nsorry, ist bei uns durchgerutscht. Überweisung geht Anfang nächster Woche raus, spätestens Dienstag.\n\nGruß\nJonas\n\n--\nWirth Elektrotechnik GmbH, Bozen\nTel. 0471 555 019",
        lab(
            promised_date="2026-12-01",
            note="'spätestens Dienstag' is the latest day, Tue 1 Dec; German reply from South Tyrol to an Italian reminder",
        ),
        rlang="it",
        inv="KW-26-71432",
    ),
    Reply(
        "pp-de-2",
        "promise_to_pay",
        "de",
        ("Mag. Ulrike Pichler", "u.pichler@pfarrkindergarten-stleonhard.example"),
        "2026-11-19 09:15 +0100",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nwir bestätigen den Erhalt Ihrer Erinnerung. Die Rechnung ist freigegeben; die Auszahlung erfolgt, sobald die Förderung des Landes Steiermark auf unserem Konto eingelangt ist. Laut Förderstelle ist damit Mitte Dezember zu rechnen.\n\nWir ersuchen um Verständnis.\n\nMit freundlichen Grüßen\n\nMag. Ulrike Pichler\nVerwaltung Pfarrkindergarten St. Leonhard, Graz",
        lab(
            note="payment tied to a grant arriving; 'Mitte Dezember' cannot be pinned to a day; Austrian usage (eingelangt, ersuchen)"
        ),
        inv="KW-26-71362",
    ),
    Reply(
        "pp-fr-1",
        "promise_to_pay",
        "fr",
        ("Sophie Marchand", "s.marchand@garage-marchand.example"),
        "2026-11-24 18:03 +0100",
        "iphone",
        "Bonsoir, le règlement est prévu pour le 10 décembre, on attend l'encaissement d'un gros client. Désolée pour le retard.\nSophie",
        lab(promised_date="2026-12-10"),
        inv="KW-26-71425",
    ),
    Reply(
        "pp-fr-2",
        "promise_to_pay",
        "fr",
        ("Karim B.", "karim@leclubmarolles.example"),
        "2026-12-02 15:30 +0100",
        "android",
        "Salut,\n\nDésolé, je lis pas le néerlandais mais j'ai compris l'essentiel 😅 On règle ça lundi sans faute, la boîte était fermée 3 semaines pour travaux et rien ne rentrait.\n\nKarim",
        lab(
            promised_date="2026-12-07",
            note="'lundi' after Wed 2 Dec; French reply to a Dutch reminder (Brussels); 'la boîte' is the nightclub",
        ),
        rlang="nl",
        inv="KW-26-71690",
    ),
    Reply(
        "pp-es-1",
        "promise_to_pay",
        "es",
        ("Pilar Quintero", "contabilidad@hostalmiramar-cadiz.example"),
        "2026-11-24 12:50 +0100",
        "outlook_html",
        "Buenos días:\n\nLes confirmamos que la factura KW-26-71517 está contabilizada y se incluirá en nuestra próxima remesa de pagos a proveedores, que sale el día 10 del mes que viene.\n\nReciban un cordial saludo,\n\nPilar Quintero\nDpto. de Contabilidad\nHostal Miramar",
        lab(
            ("KW-26-71517",),
            promised_date="2026-12-10",
            note="'el día 10 del mes que viene' from 24 Nov",
        ),
        inv="KW-26-71517",
    ),
    Reply(
        "pp-es-2",
        "promise_to_pay",
        "es",
        ("Toni Rius", "toni.rius@rius-bicis.example"),
        "2026-12-10 19:20 +0100",
        "gmail_plain",
        "Ostras, perdona, se me pasó. Mañana a primera hora os hago la transferencia, que hoy ya no me da tiempo.\n\nToni",
        lab(promised_date="2026-12-11", note="'mañana' after Thu 10 Dec"),
        inv="KW-26-71655",
    ),
    Reply(
        "pp-nl-1",
        "promise_to_pay",
        "nl",
        ("Inge de Bruin", "crediteuren@vanleeuwenbouw.example"),
        "2026-11-23 11:05 +0100",
        "owa",
        "Goedemorgen,\n\nUw factuur is inmiddels goedgekeurd door de projectleider en staat ingepland in de betaalrun van vrijdag 27 november.\n\nMet vriendelijke groet,\nInge de Bruin\nCrediteurenadministratie Van Leeuwen Bouw B.V.",
        lab(promised_date="2026-11-27", note="scheduled payment run: a promise, not a payment"),
        inv="KW-26-71402",
        amt="€ 2.760,00",
    ),
    Reply(
        "pp-it-1",
        "promise_to_pay",
        "it",
        ("Rag. Paolo Conti", "p.conti@conti-logistica.example"),
        "2026-11-18 10:10 +0100",
        "outlook",
        "Buongiorno,\n\ncome da nostra prassi amministrativa i pagamenti ai fornitori vengono effettuati a fine mese. La vostra fattura rientra nel pagamento di novembre.\n\nDistinti saluti\n\nRag. Paolo Conti\nConti Logistica S.p.A.",
        lab(
            promised_date="2026-11-30",
            note="'a fine mese' with 'il pagamento di novembre' read as the last day of November",
        ),
        inv="KW-26-71377",
    ),
    Reply(
        "pp-it-2",
        "promise_to_pay",
        "it",
        ("Giulia Bertoni", "giulia@bertoniarredamenti.example"),
        "2026-12-09 09:48 +0100",
        "gmail",
        "Buongiorno,\n\nho già dato disposizione alla banca: il bonifico partirà con data valuta 15/12, che è il giorno in cui paghiamo tutti i fornitori.\n\nSaluti,\nGiulia Bertoni",
        lab(
            promised_date="2026-12-15",
            note="transfer instructed now but dated for the 15th: the money has not left, so a promise despite the past tense",
        ),
        inv="KW-26-71733",
    ),
]

DISPUTE = [
    Reply(
        "di-en-1",
        "dispute",
        "en",
        ("Neil Buckley", "n.buckley@buckleymotorgroup.example"),
        "2026-11-18 09:27 +0000",
        "outlook_html",
        "Morning,\n\nBefore this goes any further: invoice KW-26-71311 bills us for 14 keyholder attendances in October. Your own portal shows five for our Preston Road site. The other nine reference a \"Unit 7\" – we don't have a Unit 7, we have never had a Unit 7, so I can only assume they belong to another customer.\n\nPlease credit the nine call-outs and reissue. The monthly monitoring charge on the same invoice isn't in question and we'll pay that part once the corrected invoice arrives.\n\nRegards,\nNeil Buckley\nFinancial Controller, Buckley Motor Group",
        lab(
            ("KW-26-71311",),
            note="quantity dispute; the undisputed part is only paid after a reissue",
        ),
        inv="KW-26-71311",
        amt="£1,946.40",
    ),
    Reply(
        "di-en-2",
        "dispute",
        "en",
        ("Fiona McLeish", "fiona@mcleishwhisky.example"),
        "2026-11-24 14:05 +0000",
        "gmail",
        "Hi there,\n\nThe quarterly monitoring (£684) went across last Friday, so that bit's done.\n\nThe £240 false alarm charge I'm not paying. That activation on 2 October happened because your engineer left zone 4 unset after the service visit that afternoon – it's on your own visit sheet. Please take it off.\n\nFiona McLeish\nMcLeish Whisky Shop, Pitlochry",
        lab(
            note="part paid, the rest contested: the dispute drives the action; payment fields are not labelled"
        ),
        inv="KW-26-71405",
        amt="£924.00",
    ),
    Reply(
        "di-en-3",
        "dispute",
        "en",
        ("Tariq Hussain", "tariq@hussainpharmacy.example"),
        "2026-11-30 13:16 +0000",
        "iphone",
        "We cancelled in August. Written notice, sent recorded delivery, and your Chloe confirmed it on the phone. Why are we still being invoiced??",
        lab(note="billing after cancellation"),
        inv="KW-26-71590",
        subject="Cancelled contract!!",
    ),
    Reply(
        "di-de-1",
        "dispute",
        "de",
        ("Dr. Hartmut Wendel", "h.wendel@wendel-rechtsanwaelte.example"),
        "2026-11-20 10:02 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nIhre Rechnung KW-26-71338 lässt die am 7. Oktober telefonisch zugesagte Gutschrift für den Ausfall der Alarmaufschaltung vom 3. bis 6. Oktober unberücksichtigt. In diesen vier Tagen war unser Büro nachweislich nicht überwacht.\n\nBis zum Eingang einer korrigierten Rechnung halten wir die Zahlung zurück.\n\nMit freundlichen Grüßen\n\nDr. Hartmut Wendel\nWendel & Partner Rechtsanwälte",
        lab(
            ("KW-26-71338",),
            note="promised credit not applied, payment withheld; the customer is itself a law firm, which is not a 'talk to our lawyer'",
        ),
        inv="KW-26-71338",
        charset="iso-8859-1",
    ),
    Reply(
        "di-de-2",
        "dispute",
        "de",
        ("Holger Brandt", "brandt@brandt-baustoffe.example"),
        "2026-11-17 07:45 +0100",
        "thunderbird",
        "Moin,\n\nin der Nacht zum 1. November hat unser Alarm um 02:14 Uhr ausgelöst. Laut Ihrer Leitstelle wurde eine Streife geschickt – auf unserer Videoaufzeichnung ist bis zum Morgen niemand zu sehen. Am Ende fehlten zwei Paletten Kupferrohr.\n\nFür einen Monat, in dem die Leistung, für die wir zahlen, schlicht nicht erbracht wurde, überweisen wir nichts. Ich erwarte eine Stellungnahme und eine Gutschrift.\n\nHolger Brandt\nBrandt Baustoffe, Bremen",
        lab(note="service not performed; refuses to pay"),
        inv="KW-26-71299",
    ),
    Reply(
        "di-fr-1",
        "dispute",
        "fr",
        ("Émilie Rousseau", "achats@clinique-saintroch.example"),
        "2026-11-25 11:40 +0100",
        "html_only",
        "Bonjour,\n\nLa facture KW-26-71520 porte la référence de commande BC-2026-0871. Ce numéro ne correspond à aucun bon émis par la clinique, et nous n'avons jamais commandé les six caméras supplémentaires facturées.\n\nNous ne donnerons pas suite à cette facture en l'état. Merci de vérifier de votre côté s'il ne s'agit pas d'un autre établissement.\n\nCordialement,\n\nÉmilie Rousseau\nResponsable achats\nClinique Saint-Roch",
        lab(("KW-26-71520",), note="not our purchase order, goods never ordered; HTML-only"),
        inv="KW-26-71520",
        amt="5 880,00 €",
    ),
    Reply(
        "di-fr-2",
        "dispute",
        "fr",
        ("J.-P. Fabre", "compta@sci-lestilleuls.example"),
        "2026-12-03 16:22 +0100",
        "thunderbird",
        "Madame, Monsieur,\n\nVotre facture KW-26-71598 fait doublon avec la KW-26-70981 : même période (troisième trimestre), même site, même montant. La KW-26-70981 a été réglée le 14 octobre.\n\nMerci d'annuler la facture en double et de nous adresser l'avoir correspondant.\n\nSalutations distinguées,\nJ.-P. Fabre\nSCI Les Tilleuls",
        lab(
            ("KW-26-71598", "KW-26-70981"),
            note="duplicate billing; the payment mentioned is of the earlier invoice",
        ),
        inv="KW-26-71598",
        charset="iso-8859-1",
    ),
    Reply(
        "di-es-1",
        "dispute",
        "es",
        ("Lorena Vidal", "lorena.vidal@vidalopticos.example"),
        "2026-11-19 18:37 +0100",
        "gmail",
        "Hola,\n\nEn la factura me cobráis 72 € al mes por la conexión a central y lo que firmamos fueron 58 €. Tengo el contrato aquí delante, lo puedo escanear si hace falta.\n\nCuando me mandéis la factura bien hecha la pago ese mismo día, pero esta no.\n\nLorena\nVidal Ópticos",
        lab(
            note="price disagreement; the offer to pay a corrected invoice does not make it a promise"
        ),
        inv="KW-26-71390",
        amt="216,00 €",
    ),
    Reply(
        "di-nl-1",
        "dispute",
        "nl",
        ("Marco Smits", "projecten@smitsinfra.example"),
        "2026-11-26 08:30 +0100",
        "outlook",
        "Goedemorgen,\n\nDe mobiele cameramast op ons werk aan de Havenweg heeft van 5 tot en met 26 oktober geen beelden opgenomen. Dat is bij uw storingsdienst gemeld onder ticketnummer 88213 en nooit verholpen. Voor die drie weken betalen wij geen huur.\n\nGraag een creditnota voor het betreffende deel, dan betalen wij de rest.\n\nMet vriendelijke groet,\nMarco Smits\nSmits Infra",
        lab(note="equipment not working for part of the period; partial credit asked"),
        inv="KW-26-71488",
        amt="€ 1.740,00",
    ),
    Reply(
        "di-nl-2",
        "dispute",
        "nl",
        ("Anouk Peeters", "anouk@bakkerijpeeters.example"),
        "2026-12-04 20:11 +0100",
        "samsung",
        "Jullie monteur heeft bij het plaatsen van de sensor het kozijn van de achterdeur flink beschadigd. Foto's heb ik al twee keer gestuurd. Eerst dat herstellen, dan betaal ik. Niet eerder.",
        lab(note="won't pay until the damage is repaired"),
        inv="KW-26-71620",
    ),
    Reply(
        "di-it-1",
        "dispute",
        "it",
        ("Roberta Gallo", "r.gallo@cantierigallo.example"),
        "2026-11-23 15:15 +0100",
        "outlook_html",
        "Buongiorno,\n\nnella fattura KW-26-71441 ci addebitate 36 ore di piantonamento per il cantiere di via Emilia. Dal registro firmato dalla vostra guardia risultano 28 ore: la guardia è arrivata alle 22 del sabato e non alle 14 come indicato.\n\nVi chiediamo di riemettere la fattura per le ore effettivamente prestate.\n\nCordiali saluti\nRoberta Gallo\nCantieri Gallo S.r.l.",
        lab(("KW-26-71441",), note="hours billed exceed the signed log"),
        inv="KW-26-71441",
        amt="€ 1.044,00",
    ),
    Reply(
        "di-it-2",
        "dispute",
        "it",
        ("Stefano Bellini", "stefano@ottica-bellini.example"),
        "2026-12-01 12:02 +0100",
        "gmail_plain",
        "Salve, questa fattura è stata annullata con la vostra nota di credito n. NC-0412 del 2 novembre, me l'ha mandata la vostra collega. Per noi il saldo è zero. Controllate per favore.\n\nStefano Bellini",
        lab(note="already credited"),
        inv="KW-26-71333",
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pl-en-1",
        "payment_plan",
        "en",
        ("Owen Pritchard", "owen@pritchardjewellers.example"),
        "2026-11-21 21:48 +0000",
        "gmail",
        "Hello,\n\nI'll be straight with you because I'd rather do that than dodge the emails. Since the council dug up the high street in September we've lost about half our footfall, and the insurance still hasn't paid out on the smash-and-grab in the summer (which, to be fair, your lot responded to very quickly).\n\nI can't find £1,380 in one go before Christmas without something else going unpaid. What I can do is £230 a month, by standing order, starting on the 1st of December, which would clear it by the end of May. If you need it quicker than that, tell me what you need and I'll see what's possible after the Christmas trade.\n\nI don't want to lose the monitoring. It's the one thing I can't do without.\n\nThanks for listening,\nOwen Pritchard\nPritchard & Son Jewellers, Wrexham",
        lab(note="monthly standing-order offer; plan dates and amounts are not labelled"),
        inv="KW-26-71360",
        amt="£1,380.00",
    ),
    Reply(
        "pl-en-2",
        "payment_plan",
        "en",
        ("Leanne", "leanne@theboathousecafe.example"),
        "2026-12-03 10:31 +0000",
        "iphone",
        "Could we have until end of January on this one? Cash is tight over Christmas and I'd rather be honest now than promise a date and miss it. Leanne x",
        lab(note="asks for time instead of committing to a date"),
        inv="KW-26-71610",
    ),
    Reply(
        "pl-en-3",
        "payment_plan",
        "en",
        ("Sunil Mehta", "sunil.mehta@mehtawholesale.example"),
        "2026-12-07 11:22 +0000",
        "outlook",
        "Hi,\n\nThe quarterly billing doesn't really work for us any more – a £1,420 bill landing in one go is what caused this. Could we move to monthly direct debit from January, and spread this quarter's amount over the same three months on top of the normal collections? I can sign the mandate this week if you send it over.\n\nSunil Mehta\nDirector, Mehta Wholesale Ltd",
        lab(note="spread the arrears over three months alongside a new direct debit"),
        inv="KW-26-71702",
        amt="£1,420.00",
    ),
    Reply(
        "pl-de-1",
        "payment_plan",
        "de",
        ("Kerstin Vogt", "kerstin.vogt@vogt-friseure.example"),
        "2026-11-20 12:14 +0100",
        "gmail",
        "Hallo,\n\nwäre es möglich, den Betrag in vier Monatsraten von je 310 € zu zahlen? Nach der Renovierung im Herbst ist es gerade ziemlich knapp. Die erste Rate könnte ich am 15.12. überweisen, die weiteren jeweils zum 15.\n\nViele Grüße\nKerstin Vogt\nSalon Vogt",
        lab(note="instalment dates are plan details, not a promised_date"),
        inv="KW-26-71375",
        amt="1.240,00 €",
    ),
    Reply(
        "pl-de-2",
        "payment_plan",
        "de",
        ("Werner Haug", "kasse@heimatmuseum-lindau.example"),
        "2026-12-01 18:30 +0100",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nals ehrenamtlich geführter Verein finanzieren wir die Überwachung unseres Museums ausschließlich aus Spenden und Mitgliedsbeiträgen. Die Beiträge werden erst im Februar eingezogen.\n\nWir bitten daher um Stundung der Rechnung bis Ende Februar 2027. Selbstverständlich zahlen wir dann vollständig.\n\nMit freundlichen Grüßen\n\nWerner Haug\nKassenwart, Förderverein Heimatmuseum Lindau e. V.",
        lab(
            note="deferral ('Stundung') asked for; the end of February is the request, not a promise"
        ),
        inv="KW-26-71560",
    ),
    Reply(
        "pl-fr-1",
        "payment_plan",
        "fr",
        ("Isabelle Caron", "isabelle@boulangeriecaron.example"),
        "2026-11-27 14:50 +0100",
        "outlook",
        "Bonjour,\n\nSerait-il envisageable d'échelonner cette facture en trois fois ? Notre four a lâché en octobre et son remplacement a absorbé toute notre trésorerie. Je peux effectuer un premier versement dès que vous m'aurez donné votre accord.\n\nEn vous remerciant par avance,\n\nIsabelle Caron\nBoulangerie Caron",
        lab(note="three instalments asked for, first one on acceptance"),
        inv="KW-26-71536",
        charset="windows-1252",
    ),
    Reply(
        "pl-es-1",
        "payment_plan",
        "es",
        ("Paco Jiménez", "paco.jimenez@barlaesquina.example"),
        "2026-12-05 23:02 +0100",
        "samsung",
        "Buenas. Os puedo ir pagando 150 cada quince días hasta saldarlo, ahora mismo no llego a más, el local va fatal desde el verano. Decidme algo.",
        lab(note="fortnightly instalments proposed"),
        inv="KW-26-71640",
    ),
    Reply(
        "pl-es-2",
        "payment_plan",
        "es",
        ("Nuria Soler", "nuria@solerimpresores.example"),
        "2026-11-26 10:05 +0100",
        "gmail",
        "Buenos días,\n\nOs propongo una cosa: si lo dejamos en 600 € en vez de 745,80, os lo pago esta misma semana y cerramos el tema. Llevamos seis años con vosotros y no hemos fallado nunca hasta ahora.\n\nUn saludo,\nNuria Soler\nSoler Impresores",
        lab(note="reduced-amount offer; the quick payment depends on acceptance, so not a promise"),
        inv="KW-26-71540",
    ),
    Reply(
        "pl-nl-1",
        "payment_plan",
        "nl",
        ("Freek Mulder", "freek@muldertransport.example"),
        "2026-12-09 09:12 +0100",
        "outlook_html",
        "Goedemorgen,\n\nWij verzoeken u vriendelijk om uitstel van betaling tot 15 januari. Een grote opdrachtgever heeft zijn betaling aan ons opgeschort en pas half januari komt er weer ruimte.\n\nAls u akkoord gaat, zorgen wij dat het bedrag dan volledig wordt voldaan.\n\nMet vriendelijke groet,\nFreek Mulder\nMulder Transport B.V.",
        lab(note="deferral to 15 January asked for; conditional on agreement, so no promised_date"),
        inv="KW-26-71735",
    ),
    Reply(
        "pl-nl-2",
        "payment_plan",
        "nl",
        ("Jeroen Visser", "jeroen@visserklusbedrijf.example"),
        "2026-11-30 20:40 +0100",
        "thunderbird",
        "Beste,\n\nIs er een betalingsregeling mogelijk? Ik zit sinds kort in een traject bij de schuldhulpverlening en mag geen grote bedragen ineens betalen zonder overleg. Mijn budgetcoach kan contact met u opnemen als dat nodig is.\n\nMet vriendelijke groet,\nJeroen Visser\nVisser Klusbedrijf",
        lab(note="hardship: debt counselling; the coach is not a new contact"),
        inv="KW-26-71580",
    ),
    Reply(
        "pl-it-1",
        "payment_plan",
        "it",
        ("Francesca Rinaldi", "f.rinaldi@agriturismo-colleverde.example"),
        "2026-11-25 16:00 +0100",
        "gmail",
        "Buonasera,\n\nchiediamo gentilmente una dilazione: potremmo saldare in tre rate mensili da € 129,50 a partire da gennaio? La stagione è finita male e stiamo aspettando i ristori della Regione.\n\nGrazie per la disponibilità,\nFrancesca Rinaldi\nAgriturismo Colleverde",
        lab(note="three monthly instalments from January"),
        inv="KW-26-71510",
    ),
    Reply(
        "pl-it-2",
        "payment_plan",
        "it",
        ("Anna Marini", "info@tessutimarini.example"),
        "2026-12-11 10:30 +0100",
        "outlook",
        "Gentili signori,\n\na metà novembre il negozio è stato allagato e siamo chiusi in attesa dei lavori. Vi chiediamo di sospendere i pagamenti per due mesi; riprenderemo a pagare regolarmente alla riapertura, prevista per febbraio.\n\nCi scusiamo per il disagio.\n\nAnna Marini\nTessuti Marini",
        lab(note="hardship: a two-month suspension asked for"),
        inv="KW-26-71760",
        charset="iso-8859-1",
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Procure-to-Pay Team", "p2p@northvale.ac.example"),
        "2026-11-19 13:40 +0000",
        "owa",
        "Dear Supplier,\n\nWe are unable to process invoice KW-26-71386 as it does not quote a valid University purchase order number. Under our No PO, No Pay policy, invoices without a PO are returned unpaid.\n\nPlease reissue the invoice quoting PO 4500219983 (raised by Estates for the campus CCTV service). Once we have a compliant invoice it will be paid on our standard 30-day terms.\n\nRegards,\nProcure-to-Pay Team\nNorthvale University Finance Office",
        lab(
            ("KW-26-71386",),
            note="reissue with a PO; 'No PO, No Pay' is procedure, not a dispute; '30-day terms' is no dated promise",
        ),
        inv="KW-26-71386",
        amt="£4,215.00",
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Jim Halloran", "jim@halloranstorage.example"),
        "2026-12-02 09:05 +0000",
        "gmail",
        "Morning,\n\nHappy to pay this but our insurers want the attendance report for the call-out on 14 October (the one where the roller shutter was forced) before I put the invoice through. Could you send me the guard's report with the times on it?\n\nCheers,\nJim Halloran\nHalloran Self Storage",
        lab(note="proof of service needed before paying"),
        inv="KW-26-71614",
        amt="£390.00",
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Daniel Cole", "accounts@riversidehousing.example"),
        "2026-11-30 15:12 +0000",
        "thunderbird",
        "Hello,\n\nCould you please send us a full statement of account (customer no. 30417) showing all open items and any credit notes issued since April? We are reconciling supplier balances for our half-year close and want to make sure we pay the right figure.\n\nThank you,\nDaniel Cole\nAssistant Accountant, Riverside Housing Association",
        lab(note="statement of account"),
        inv="KW-26-71585",
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Tobias Lenz", "buchhaltung@mueller-immobilien.example"),
        "2026-11-24 10:33 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nbitte stellen Sie die Rechnung auf unsere aktuelle Firmierung aus: Müller Immobilien GmbH & Co. KG, Hansaring 20, 50670 Köln, USt-IdNr. DE318442907. Die bisherige Müller Immobilien GmbH existiert seit dem 1. Juli nicht mehr, und unsere Buchhaltung darf Rechnungen an die alte Gesellschaft nicht verbuchen.\n\nNach Erhalt der berichtigten Rechnung erfolgt die Zahlung umgehend.\n\nMit freundlichen Grüßen\ni. A. Tobias Lenz",
        lab(note="invoice to the right entity; the amount is not contested; Latin-1 sent as 8bit"),
        inv="KW-26-71408",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Karine Dubois", "k.dubois@transports-dubois.example"),
        "2026-11-20 11:05 +0100",
        "outlook_html",
        "Bonjour,\n\nAvant tout paiement, pourriez-vous nous faire parvenir un RIB sur papier à en-tête de votre société, signé ? Suite à une tentative de fraude au changement de coordonnées bancaires cet été, notre banque nous impose de ne plus utiliser un RIB reçu uniquement par e-mail.\n\nDès réception, nous réglerons la facture.\n\nCordialement,\nKarine Dubois\nService comptabilité – Transports Dubois",
        lab(note="bank details on letterhead before paying"),
        inv="KW-26-71397",
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Mairie de Saint-Aubin", "finances@mairie-saintaubin.example"),
        "2026-12-08 14:20 +0100",
        "roundcube",
        "Bonjour,\n\nEn tant que collectivité, nous ne pouvons payer que les factures déposées sur Chorus Pro, avec notre SIRET (217 356 018 00014) et le numéro d'engagement 2026-0458. Votre facture nous a été adressée uniquement par courriel et n'a donc pas pu être mise en paiement.\n\nMerci de la déposer sur la plateforme ; le mandatement suivra dans le délai légal.\n\nLe service des finances",
        lab(note="public body: the invoice must go through the e-invoicing platform"),
        inv="KW-26-71660",
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Álvaro Méndez", "alvaro@mendezconstrucciones.example"),
        "2026-11-26 19:42 +0100",
        "iphone",
        "Necesito que me rehagáis la factura con el NIF de Méndez Obras SL (B87654321), la que me habéis mandado va a nombre de la otra sociedad y mi gestor no me la acepta. En cuanto la tenga la pago.",
        lab(note="invoice to the right entity and tax id; 'en cuanto la tenga' has no date"),
        inv="KW-26-71531",
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Carmen Ruiz", "carmen.ruiz@clinicavetruiz.example"),
        "2026-12-01 09:58 +0100",
        "android",
        "Buenos días,\n\n¿Me podrían reenviar la factura en PDF? Solo me llegó este aviso y no encuentro el original por ningún lado.\n\nGracias,\nCarmen",
        lab(note="copy of the invoice"),
        inv="KW-26-71602",
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Femke Jansen", "f.jansen@drogisterij-vos.example"),
        "2026-11-24 13:27 +0100",
        "outlook_html",
        "Goedemiddag,\n\nKunt u ons een kopie van deze factuur sturen met een specificatie per vestiging? Wij moeten de kosten verdelen over onze winkels in Zwolle, Deventer en Apeldoorn en dat lukt niet met één totaalbedrag.\n\nBij voorbaat dank,\nFemke Jansen\nFinanciële administratie, Drogisterij Vos",
        lab(note="itemised copy per branch"),
        inv="KW-26-71418",
        amt="€ 3.177,00",
    ),
    Reply(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Ruud de Koning", "ruud@garagedekoning.example"),
        "2026-12-07 16:48 +0100",
        "gmail",
        "Hoi,\n\nZonder getekende werkbon van de storingsmonteur keurt mijn vader geen factuur goed, zo gaat dat hier nou eenmaal. Kunnen jullie die even mailen? Dan regel ik de rest.\n\nGr. Ruud",
        lab(note="signed job sheet needed before approval"),
        inv="KW-26-71708",
        amt="€ 185,00",
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Farmacia San Giorgio", "contabilita@farmaciasangiorgio.example"),
        "2026-11-23 10:20 +0100",
        "gmail",
        "Buongiorno,\n\nvi ricordiamo che le fatture devono pervenirci in formato elettronico tramite SdI (codice destinatario M5UXCR1). Il PDF inviato per e-mail non ha valore fiscale e non possiamo registrarlo.\n\nAppena riceviamo la fattura elettronica procediamo con il pagamento.\n\nCordiali saluti\nFarmacia San Giorgio",
        lab(note="electronic invoice through the national exchange system"),
        inv="KW-26-71422",
    ),
    Reply(
        "ir-it-2",
        "invoice_request",
        "it",
        ("Geom. Luca Fontana", "l.fontana@condominio-aurora.example"),
        "2026-12-10 11:35 +0100",
        "thunderbird",
        "Buongiorno,\n\nprima di approvare il pagamento l'assemblea vuole vedere il rapporto d'intervento del tecnico del 22 ottobre, firmato dal nostro portiere. Potete inviarmelo in PDF?\n\nGrazie,\nGeom. Luca Fontana\nAmministratore, Condominio Aurora",
        lab(note="signed service report before approval"),
        inv="KW-26-71745",
        amt="€ 244,00",
        charset="iso-8859-1",
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Darren Firth", "darren.firth@norlandconstruction.example"),
        "2026-11-18 07:10 +0000",
        "android",
        "I'm only the site manager on the Barnsley job. All invoices need to go to head office payables - payables@norlandconstruction.example. Forwarded yours on but please update your system.\n\nDarren",
        lab(new_contact="payables@norlandconstruction.example"),
        inv="KW-26-71351",
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Ashworth Estates", "office@ashworth-estates.example"),
        "2026-11-26 09:07 +0000",
        "none",
        "This email address is no longer monitored and messages sent to it will not be read.\n\nPlease update your records.\n\nAshworth Estates Ltd",
        lab(
            note="automatic 'no longer monitored' notice without a new address: still wrong_contact"
        ),
        inv="KW-26-71490",
        subject="Automatic reply: {rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Paul Harrison", "paul.harrison.plumbing@gmail.com"),
        "2026-12-05 10:44 +0000",
        "bottom",
        "Think you've got the wrong Harrison. I'm a plumber in Leeds, never had an alarm off you or anyone. Might be Harrison Print up the road?\n\nPaul",
        lab(note="wrong recipient altogether, no address given; bottom-posted"),
        inv="KW-26-71675",
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Lena Brückner", "empfang@praxis-am-ring.example"),
        "2026-11-19 11:25 +0100",
        "outlook",
        "Guten Tag,\n\nich bin hier am Empfang und habe mit Rechnungen nichts zu tun. Zuständig ist Frau Yilmaz aus der Praxisverwaltung: s.yilmaz@praxis-am-ring.example\n\nFreundliche Grüße\nLena Brückner",
        lab(new_contact="s.yilmaz@praxis-am-ring.example"),
        inv="KW-26-71394",
    ),
    Reply(
        "wc-de-2",
        "wrong_contact",
        "de",
        ("Spedition Hollmann", "info@spedition-hollmann.example"),
        "2026-12-02 13:05 +0100",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\ndie Spedition Hollmann GmbH wurde zum 1. Oktober 2026 auf die Brenner Logistik AG verschmolzen. Offene Posten werden ab sofort zentral bearbeitet.\n\nBitte senden Sie Rechnungen und Mahnungen künftig ausschließlich an kreditoren@brenner-logistik.example.\n\nMit freundlichen Grüßen\nBrenner Logistik AG\nZentralbuchhaltung",
        lab(
            new_contact="kreditoren@brenner-logistik.example",
            note="merger: the new owner's payables address",
        ),
        inv="KW-26-71625",
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Monique Servant", "m.servant@servant-famille.example"),
        "2026-11-23 17:20 +0100",
        "apple",
        "Bonjour,\n\nJe ne suis plus présidente du conseil syndical de la résidence Les Pins depuis septembre et je n'ai plus accès aux comptes. C'est le syndic qui gère désormais : écrivez à gestion.lespins@cabinet-arnaud.example.\n\nBonne journée,\nMonique Servant",
        lab(new_contact="gestion.lespins@cabinet-arnaud.example"),
        inv="KW-26-71420",
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("M. Perrin", "technique@lycee-jmoulin.example"),
        "2026-12-01 08:35 +0100",
        "thunderbird",
        "Bonjour,\n\nVous écrivez au service technique du lycée. Nous ne traitons pas les factures ; voyez avec l'intendance, je n'ai pas leur adresse sous la main.\n\nM. Perrin",
        lab(note="wrong department, no address given"),
        inv="KW-26-71600",
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Gestoría Luján", "info@gestorialujan.example"),
        "2026-11-20 12:00 +0100",
        "outlook",
        "Buenos días:\n\nSomos la gestoría de Talleres Gómez, no llevamos sus pagos a proveedores. Diríjanse directamente a Rocío, de administración: rocio.admin@talleresgomez.example\n\nSaludos,\nGestoría Luján",
        lab(new_contact="rocio.admin@talleresgomez.example"),
        inv="KW-26-71399",
        charset="iso-8859-1",
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Javier Montoya", "javier.montoya@hotelelmirador.example"),
        "2026-12-09 10:15 +0100",
        "outlook_html",
        "Buenos días:\n\nYo soy el jefe de mantenimiento, no el responsable de pagos. Les pongo en copia a contabilidad; por favor, a partir de ahora envíen todo a Contabilidad@HotelElMirador.example.\n\nUn saludo,\nJavier Montoya",
        lab(
            new_contact="contabilidad@hotelelmirador.example",
            note="address written in mixed case, labelled in lower case; also copied in Cc",
        ),
        inv="KW-26-71728",
        headers=(("Cc", "Contabilidad Hotel El Mirador <Contabilidad@HotelElMirador.example>"),),
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Administratiekantoor Smeets", "info@admsmeets.example"),
        "2026-11-25 14:02 +0100",
        "owa",
        "Geachte heer/mevrouw,\n\nWij verzorgen sinds 1 november niet langer de administratie van De Vries Bouw. Wilt u uw herinneringen voortaan rechtstreeks aan de klant sturen? Het juiste adres is administratie@devriesbouw.example.\n\nMet vriendelijke groet,\nAdministratiekantoor Smeets",
        lab(new_contact="administratie@devriesbouw.example", note="former bookkeeper"),
        inv="KW-26-71475",
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Bakker Koeltechniek", "facturen@bakkerkoeltechniek.example"),
        "2026-12-14 09:03 +0100",
        "none",
        "Dit is een automatisch bericht.\n\nDit e-mailadres wordt sinds 1 december 2026 niet meer gelezen. Stuur facturen, herinneringen en andere financiële post voortaan naar crediteuren@bakkerkoeltechniek.example.\n\nBakker Koeltechniek B.V.",
        lab(
            new_contact="crediteuren@bakkerkoeltechniek.example",
            note="automatic mailbox-retired notice naming the new address: wrong_contact, not auto_reply",
        ),
        inv="KW-26-71752",
        subject="Adres niet meer in gebruik",
        headers=(("X-Autoreply", "yes"),),
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Consorzio Artigiani Valle", "segreteria@consorzioartigianivalle.example"),
        "2026-11-27 11:45 +0100",
        "gmail",
        "Buongiorno,\n\nda ottobre l'amministrazione del consorzio è seguita dallo Studio Ferri. Vi prego di aggiornare i vostri archivi e di scrivere a contabilita@studioferri.example per questa e per le prossime fatture.\n\nCordiali saluti\nLa segreteria",
        lab(new_contact="contabilita@studioferri.example"),
        inv="KW-26-71522",
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-1",
        "unsubscribe",
        "en",
        ("M Gorman", "mgorman1961@gmail.com"),
        "2026-11-21 08:12 +0000",
        "iphone",
        "Take me off this list. I've asked twice already",
        lab(note="no new address, no payment talk"),
        inv="KW-26-71379",
        subject="STOP",
    ),
    Reply(
        "un-en-2",
        "unsubscribe",
        "en",
        ("R. Ellwood", "office@elmtreenurseries.example"),
        "2026-12-04 11:50 +0000",
        "outlook",
        "Dear Sirs,\n\nThis account is the subject of a formal complaint about your company's handling of the break-in on 19 September. Any further correspondence about it must go to our solicitors, Pryce & Vale, quoting reference PV/ELM/2291. Please do not contact our staff directly again.\n\nR. Ellwood\nDirector, Elm Tree Nurseries Ltd",
        lab(note="'correspond only through our solicitors' → unsubscribe; it beats the complaint"),
        inv="KW-26-71651",
    ),
    Reply(
        "un-en-3",
        "unsubscribe",
        "en",
        ("Carol Benson", "carol@bensonflorists.example"),
        "2026-11-23 12:05 +0000",
        "gmail",
        "We paid this on the 20th. That's now three emails about it in a week. Please stop emailing me, I'll contact you if there's a problem.\n\nCarol",
        lab(note="stop request plus a payment claim: unsubscribe beats everything but bounce"),
        inv="KW-26-71346",
    ),
    Reply(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Autohaus Reiter GmbH", "info@autohaus-reiter.example"),
        "2026-11-25 15:30 +0100",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nwir bitten Sie, uns keine Zahlungserinnerungen oder sonstigen Schreiben mehr per E-Mail zu senden. Korrespondenz nehmen wir ausschließlich auf dem Postweg an unsere Geschäftsanschrift entgegen.\n\nMit freundlichen Grüßen\nAutohaus Reiter GmbH\nGeschäftsleitung",
        lab(note="post only → unsubscribe"),
        inv="KW-26-71466",
        charset="iso-8859-1",
    ),
    Reply(
        "un-de-2",
        "unsubscribe",
        "de",
        ("K. Lorenz", "k.lorenz@lorenz-web.example"),
        "2026-12-07 21:14 +0100",
        "roundcube",
        "Hiermit widerspreche ich gemäß Art. 21 DSGVO der weiteren Verwendung meiner E-Mail-Adresse für Ihre Zahlungserinnerungen. Bitte bestätigen Sie die Löschung.\n\nK. Lorenz",
        lab(note="data-protection objection to e-mail use"),
        inv="KW-26-71712",
    ),
    Reply(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Hélène Barbier", "helene.barbier.perso@laposte-demo.example"),
        "2026-11-28 10:02 +0100",
        "iphone",
        "Cette adresse est ma boîte perso, pas celle du cabinet. Merci de la retirer de vos envois, définitivement.",
        lab(note="personal address, remove-me without a new contact"),
        inv="KW-26-71548",
    ),
    Reply(
        "un-fr-2",
        "unsubscribe",
        "fr",
        ("Bruno Lacaze", "b.lacaze@lacaze-vins.example"),
        "2026-12-10 18:15 +0100",
        "outlook",
        "Madame, Monsieur,\n\nCe dossier est désormais suivi par notre avocate, Maître Anne Lefort, du barreau de Bordeaux. Toute communication le concernant devra lui être adressée. Je ne répondrai plus aux courriels de votre service.\n\nBruno Lacaze\nLacaze Vins & Spiritueux",
        lab(note="'talk to our lawyer', no address → unsubscribe"),
        inv="KW-26-71739",
    ),
    Reply(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Ricardo Peña", "ricardo@penaasesores.example"),
        "2026-11-30 12:40 +0100",
        "gmail",
        "No me escriban más a este correo, por favor. Cualquier comunicación, por carta a la dirección de la oficina.\n\nRicardo Peña",
        lab(note="post only"),
        inv="KW-26-71588",
    ),
    Reply(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Bea Castillo", "bea.castillo.m@gmail.com"),
        "2026-12-15 09:02 +0100",
        "samsung",
        "Dejad de mandarme correos. YA.",
        lab(note="one-liner"),
        inv="KW-26-71770",
    ),
    Reply(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("Secretariaat OBS De Regenboog", "info@obs-deregenboog.example"),
        "2026-11-20 10:40 +0100",
        "outlook",
        "Goedemorgen,\n\nDit is het algemene adres van de school en wordt door meerdere collega's gelezen. Wilt u dit adres van uw verzendlijst halen? Wij ontvangen geen herinneringen meer per e-mail.\n\nMet vriendelijke groet,\nSecretariaat OBS De Regenboog",
        lab(note="remove this address; no alternative given"),
        inv="KW-26-71391",
    ),
    Reply(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Sergio Amato", "sergio@amatoimmobiliare.example"),
        "2026-12-03 17:45 +0100",
        "html_only",
        "Spett.le Kestrelwatch,\n\nvi diffido dall'inviare ulteriori comunicazioni a questo indirizzo. Per qualsiasi questione relativa al contratto rivolgetevi esclusivamente al mio legale, avv. Marco Marchetti del foro di Bologna.\n\nSergio Amato",
        lab(note="formal notice to stop plus 'through my lawyer'; HTML-only"),
        inv="KW-26-71605",
    ),
    Reply(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Ferramenta Rossi snc", "ferramentarossi@pec-demo.example"),
        "2026-11-26 09:20 +0100",
        "gmail_plain",
        "Questa è una casella PEC riservata alle comunicazioni ufficiali. Non inviate più solleciti a questo indirizzo; per qualsiasi comunicazione usate la posta ordinaria.\n\nFerramenta Rossi snc",
        lab(note="certified-mail box; stop e-mail, post only"),
        inv="KW-26-71485",
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Sarah Whitlock", "s.whitlock@carrawayhotels.example"),
        "2026-11-24 09:05 +0000",
        "none",
        "Thank you for your email. I am on annual leave and will be back in the office on Wednesday 2 December. I will not be checking email while away.\n\nFor anything urgent relating to supplier payments, please call the finance office on 01632 960 775.\n\nSarah Whitlock\nGroup Finance, Carraway Hotels",
        lab(return_date="2026-12-02"),
        inv="KW-26-71448",
        subject="Automatic reply: {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        "en",
        ("Finance Shared Services", "fss.helpdesk@orbitalsupplychain.example"),
        "2026-12-03 09:12 +0000",
        "none",
        "Hello,\n\nThis is an automated acknowledgement. Your email has been logged as request FSS-55102 and passed to the Accounts Payable queue.\n\nWe aim to respond within five working days. Please keep the reference in the subject line if you write to us again about the same matter.\n\nPayments to suppliers are made every Thursday.\n\nFinance Shared Services\nOrbital Supply Chain Ltd",
        lab(note="ticket acknowledgement; the payment-day line is boilerplate, not a promise"),
        inv="KW-26-71631",
        subject="[FSS-55102] Request received: {rsub}",
        headers=(("Auto-Submitted", "auto-generated"), ("X-Mailer", "Freshdesk")),
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        "en",
        ("Rhys Morgan", "rhys@morganlocksmiths.example"),
        "2026-12-16 10:30 +0000",
        "none",
        "Hi, thanks for your message!\n\nI'm off on paternity leave until the new year, so replies will be slow. If you need a locksmith urgently ring the shop on 029 2018 0440 and Gethin will look after you.\n\nRhys",
        lab(note="auto-reply without any automatic headers; 'until the new year' is not a day"),
        inv="KW-26-71781",
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Petra Schuster", "p.schuster@schuster-metallbau.example"),
        "2026-11-30 09:08 +0100",
        "none",
        "Guten Tag,\n\nvielen Dank für Ihre Nachricht. Vom 30.11. bis einschließlich 04.12.2026 bin ich nicht im Büro und lese keine E-Mails. Ab Montag, dem 7. Dezember, bin ich wieder erreichbar.\n\nIn dringenden Fällen wenden Sie sich bitte an unsere Zentrale unter 0711 555 2300.\n\nPetra Schuster\nSchuster Metallbau GmbH",
        lab(return_date="2026-12-07", note="the stated day back wins over the last day away"),
        inv="KW-26-71583",
        subject="Abwesend: {rsub}",
        headers=(AUTO,),
        charset="iso-8859-1",
    ),
    Reply(
        "ar-de-2",
        "auto_reply",
        "de",
        ("Tischlerei Huber", "office@tischlerei-huber.example"),
        "2026-12-21 09:02 +0100",
        "none",
        "Sehr geehrte Kundin, sehr geehrter Kunde,\n\nunser Betrieb ist wegen Betriebsurlaubs bis 8. Jänner 2027 geschlossen. Ihre Nachricht wird nach unserer Rückkehr bearbeitet.\n\nWir wünschen frohe Festtage!\n\nTischlerei Huber, Salzburg",
        lab(return_date="2027-01-08", note="'bis X' → X itself; Austrian 'Jänner'"),
        inv="KW-26-71795",
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Céline Robin", "c.robin@groupe-robin.example"),
        "2026-12-08 09:10 +0100",
        "none",
        "Bonjour,\n\nJe suis absente du bureau jusqu'au lundi 14 décembre inclus et serai de retour le mardi 15. Vos messages ne seront pas transférés.\n\nPour toute urgence comptable : standard au 02 40 55 61 00.\n\nCéline Robin",
        lab(return_date="2026-12-15", note="'inclus' plus an explicit day back"),
        inv="KW-26-71722",
        subject="Réponse automatique : {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-fr-2",
        "auto_reply",
        "fr",
        ("Hôtel Le Grand Cerf", "contact@hotel-grandcerf.example"),
        "2026-11-27 09:15 +0100",
        "none",
        "Madame, Monsieur,\n\nNous accusons bonne réception de votre message, qui sera traité par le service concerné dans les meilleurs délais.\n\nCeci est un message automatique, merci de ne pas y répondre.\n\nHôtel Le Grand Cerf – Réception",
        lab(note="receipt acknowledgement with only X-Autoreply"),
        inv="KW-26-71528",
        subject="Accusé de réception",
        headers=(("X-Autoreply", "yes"),),
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Luis Herrera", "luis.herrera@herreradistribuciones.example"),
        "2026-12-02 09:30 +0100",
        "none",
        "Hola,\n\nEstoy de baja médica y no puedo atender el correo. Para temas de pagos y facturas, llamad a la oficina (954 123 456), que os atenderán mis compañeras.\n\nUn saludo,\nLuis Herrera",
        lab(note="sick leave with no return date"),
        inv="KW-26-71615",
        subject="Respuesta automática: {rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Sanne Kok", "s.kok@kokvastgoed.example"),
        "2026-11-24 09:04 +0100",
        "none",
        "Beste afzender,\n\nIk ben afwezig tot en met vrijdag 27 november. Vanaf maandag 30 november lees ik mijn mail weer.\n\nVoor dringende zaken kunt u terecht bij mijn collega Tim via t.bakker@kokvastgoed.example.\n\nMet vriendelijke groet,\nSanne Kok",
        lab(
            return_date="2026-11-30",
            note="a colleague's address in an auto-reply does not set new_contact",
        ),
        inv="KW-26-71452",
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-nl-2",
        "auto_reply",
        "nl",
        ("Klantenservice Groenrijk", "klantenservice@groenrijk.example"),
        "2026-12-11 09:06 +0100",
        "none",
        "Hartelijk dank voor uw e-mail.\n\nWij hebben uw bericht in goede orde ontvangen en streven ernaar binnen drie werkdagen te reageren. Op zaterdag en zondag is de klantenservice gesloten.\n\nTuincentrum Groenrijk",
        lab(note="receipt acknowledgement without automatic headers"),
        inv="KW-26-71748",
        subject="Wij hebben uw bericht ontvangen",
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Laura Greco", "l.greco@grecotrasporti.example"),
        "2026-12-01 09:20 +0100",
        "none",
        "Buongiorno,\n\nsarò fuori ufficio fino a lunedì 7 dicembre. Per questioni amministrative urgenti potete scrivere a amministrazione@grecotrasporti.example.\n\nCordiali saluti\nLaura Greco",
        lab(
            return_date="2026-12-07",
            note="'fino a X' → X itself; the address in an auto-reply is not a new_contact",
        ),
        inv="KW-26-71608",
        subject="Risposta automatica: {rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "ar-it-2",
        "auto_reply",
        "it",
        ("Panificio Moretti", "info@panificiomoretti.example"),
        "2026-11-19 06:30 +0100",
        "none",
        "Messaggio automatico. Questa casella viene controllata dal lunedì al venerdì, dalle 9 alle 13. Vi risponderemo appena possibile.\n\nPanificio Moretti",
        lab(note="office-hours autoresponder without automatic headers"),
        inv="KW-26-71369",
        subject="Re: {rsub}",
    ),
]

OTHER = [
    Reply(
        "ot-en-1",
        "other",
        "en",
        ("Gary Nolan", "gary@nolanscarpets.example"),
        "2026-11-26 08:02 +0000",
        "iphone",
        "While I've got you - the keypad by the back door has been beeping every night around 2am since last week. Can someone come out and look at it? Not being funny but it's doing my head in.",
        lab(note="service request in the reminder thread; nothing about the invoice"),
        inv="KW-26-71483",
    ),
    Reply(
        "ot-en-2",
        "other",
        "en",
        ("Helen Ward", "helen.ward@canalsidemovers.example"),
        "2026-12-04 15:47 +0100",
        "outlook",
        "Leave it with me, I'll have a look into it next week.\n\nHelen",
        lab(
            note="'I'll have a look' is no commitment to pay; English reply to a Dutch reminder (Amsterdam)"
        ),
        rlang="nl",
        inv="KW-26-71659",
    ),
    Reply(
        "ot-en-3",
        "other",
        "en",
        ("Beaumont Hale LLP", "crowther@beaumonthale-ip.example"),
        "2026-11-27 12:30 +0000",
        "outlook_html",
        "Dear Sirs,\n\nCrowther Fabrications Limited – In Administration\n\nWe write to advise that Philip Hale and Amanda Beaumont of Beaumont Hale LLP were appointed Joint Administrators of the above company on 16 November 2026.\n\nAmounts owed to you before that date form an unsecured claim in the administration and should not be pursued directly against the company. Please submit your claim using the proof of debt form on our creditor portal, quoting reference CF/26/118.\n\nYours faithfully,\n\nfor and on behalf of Crowther Fabrications Limited\nBeaumont Hale LLP, Joint Administrators\n\nThe affairs, business and property of the company are being managed by the Joint Administrators, who act as agents of the company and without personal liability.",
        lab(
            note="insolvency notice: a person must file a claim; not a wrong contact and not a payment; base64 HTML"
        ),
        inv="KW-26-71505",
        amt="£2,052.00",
        cte="b64",
    ),
    Reply(
        "ot-de-1",
        "other",
        "de",
        ("Marion Keller", "marion.keller@keller-gartenbau.example"),
        "2026-12-03 16:00 +0100",
        "gmail",
        "Sehr geehrte Damen und Herren,\n\nmein Mann, Rolf Keller, ist am 12. November verstorben. Ich versuche gerade, mir einen Überblick über die Firma zu verschaffen, und kann im Moment nichts zusagen. Bitte haben Sie etwas Geduld, bis der Steuerberater die Unterlagen gesichtet hat.\n\nMarion Keller",
        lab(
            note="bereavement; asks for patience without proposing anything: a person must handle it"
        ),
        inv="KW-26-71601",
    ),
    Reply(
        "ot-de-2",
        "other",
        "de",
        ("Stefan Roth", "s.roth@roth-kfz.example"),
        "2026-11-23 13:30 +0100",
        "outlook",
        "Hallo,\n\nwir eröffnen im Januar eine zweite Werkstatt in Neuss. Können Sie uns dafür ein Angebot für Alarmanlage plus Aufschaltung machen? Gerne mit Kamera im Hof.\n\nGruß\nStefan Roth\nRoth Kfz-Service",
        lab(note="sales enquiry in the reminder thread"),
        inv="KW-26-71427",
        charset="windows-1252",
    ),
    Reply(
        "ot-fr-1",
        "other",
        "fr",
        ("Yannick Le Bris", "yannick@garage-lebris.example"),
        "2026-11-30 08:47 +0100",
        "iphone",
        "Reçu.",
        lab(note="bare acknowledgement"),
        inv="KW-26-71577",
    ),
    Reply(
        "ot-es-1",
        "other",
        "es",
        ("Jordi Puig", "jordi@puigassociats.example"),
        "2026-12-01 17:25 +0100",
        "gmail",
        "Hola,\n\nCreo que esto ya lo habló mi socio con vosotros la semana pasada, ¿no? No sé en qué quedasteis. Lo miro con él y os digo algo.\n\nJordi",
        lab(
            note="genuinely unclear: refers to an unknown arrangement; 'os digo algo' is no commitment"
        ),
        inv="KW-26-71592",
    ),
    Reply(
        "ot-es-2",
        "other",
        "es",
        ("Encarna Rodríguez", "encarna.rodriguez.v@gmail.com"),
        "2026-12-14 13:10 +0100",
        "android",
        "¿Me podéis llamar? Prefiero hablarlo por teléfono, por escrito no me aclaro. Estoy en el 612 345 678 por las mañanas.",
        lab(note="asks for a call"),
        inv="KW-26-71765",
    ),
    Reply(
        "ot-nl-1",
        "other",
        "nl",
        ("Wim Verhoeven", "wim@verhoevenbloemen.example"),
        "2026-11-27 09:35 +0100",
        "gmail",
        "Hallo,\n\nWat is de opzegtermijn van ons contract? We willen per 1 januari stoppen met de meldkamerdienst, we gaan het pand verkopen.\n\nGroet,\nWim Verhoeven",
        lab(note="asks about ending the contract from January; the invoice is not contested"),
        inv="KW-26-71516",
    ),
    Reply(
        "ot-nl-2",
        "other",
        "nl",
        ("Lotte", "lotte@studiolotte.example"),
        "2026-12-09 14:44 +0100",
        "iphone",
        "We zijn verhuisd naar de Oudegracht 112. Moet het alarm daar ook aangesloten worden of loopt het contract dan gewoon door? X Lotte",
        lab(note="moved premises; contract question"),
        inv="KW-26-71730",
    ),
    Reply(
        "ot-it-1",
        "other",
        "it",
        ("Chiara Lombardi", "chiara.lombardi@ferramentalombardi.example"),
        "2026-12-02 12:12 +0100",
        "gmail",
        "Buongiorno,\n\nsono la figlia del titolare. Mio padre è ricoverato da due settimane e non so quando potrà tornare al lavoro. Io non ho la firma sul conto, quindi al momento non posso fare nulla. Vi faccio sapere appena ne so di più.\n\nChiara Lombardi",
        lab(note="owner in hospital; the daughter cannot act and commits to nothing"),
        inv="KW-26-71612",
    ),
    Reply(
        "ot-it-2",
        "other",
        "it",
        ("Marco Dalla Torre", "marco@hoteldallatorre.example"),
        "2026-11-20 10:05 +0100",
        "outlook_html",
        'Buongiorno,\n\nquando passate a fare la manutenzione semestrale dell\'impianto? Era prevista per ottobre e ci serve una data. La centralina segnala "batteria bassa" da giorni.\n\nMarco Dalla Torre\nHotel Dalla Torre',
        lab(note="maintenance scheduling question; the reminded invoice is not about it"),
        inv="KW-26-71400",
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
    """A delivery report for a reminder sent to `rcpt` (the reminder was in `rlang`)."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    rlang: str
    inv: str
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def sent(self) -> datetime:
        return self.dt - timedelta(minutes=2, seconds=41)

    @property
    def local(self) -> str:
        return self.rcpt.split("@")[0]

    @property
    def domain(self) -> str:
        return self.rcpt.split("@")[1]

    def reminder(self) -> Message:
        return original_reminder(self.rlang, self.rcpt, self.sent, self.key, self.inv)

    def subject(self) -> str:
        return reminder_subject(self.rlang, self.inv)


def delivery_status(b: Bounce, mta: str, action: str, diagnostic: str, remote: str = "") -> Message:
    per_message = [f"Reporting-MTA: dns; {mta}"]
    if action == "failed":
        per_message.append(f"X-Queue-ID: {b32(b.key, 'queue', 11)}")
    per_message.append(f"Arrival-Date: {format_datetime(b.sent)}")
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
        lines.append(f"Will-Retry-Until: {format_datetime(b.dt + timedelta(days=4))}")
    blocks = ["\n".join(per_message) + "\n", "\n".join(lines) + "\n"]
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    ds.set_payload([message_from_bytes(block.encode()) for block in blocks])
    return ds


def returned_headers(b: Bounce) -> Message:
    text = "".join(
        f"{k}: {v}\n" for k, v in b.reminder().items() if k != "Content-Transfer-Encoding"
    )
    return text_part(text, "rfc822-headers", "utf-8", "7bit")


def report(parts: list[Message]) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def finish(b: Bounce, msg: Message, sender: str, subject: str, auto: bool = True) -> Message:
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_text(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = parseaddr(sender)[1].split("@")[1]
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 22).lower()}@{host}>"
    if auto:
        msg["Auto-Submitted"] = "auto-replied"
    return finalize(msg, b.key, "bounce")


def bounce_sendmail_hard(b: Bounce) -> Message:
    host = f"mail.{b.domain}"
    human = (
        f"The original message was received at {format_datetime(b.sent)}\n"
        "from localhost [127.0.0.1]\n\n"
        "   ----- The following addresses had permanent fatal errors -----\n"
        f"<{b.rcpt}>\n    (reason: 550 5.1.1 <{b.rcpt}>... User unknown)\n\n"
        "   ----- Transcript of session follows -----\n"
        f"... while talking to {host}.:\n>>> DATA\n"
        f"<<< 550 5.1.1 <{b.rcpt}>... User unknown\n"
        f"550 5.1.1 <{b.rcpt}>... User unknown\n"
        "<<< 503 5.0.0 Need RCPT (recipient)\n"
    )
    parts = [
        text_part(human, "plain", "us-ascii", "7bit"),
        delivery_status(
            b, "mta1.kestrelwatch.example", "failed", f"550 5.1.1 <{b.rcpt}>... User unknown", host
        ),
        MIMEMessage(b.reminder()),
    ]
    return finish(
        b,
        report(parts),
        "Mail Delivery Subsystem <MAILER-DAEMON@mta1.kestrelwatch.example>",
        "Returned mail: see transcript for details",
    )


def ms_human(lines: list[str], charset: str) -> Message:
    text = "\n\n".join(lines) + "\n"
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset='
        + charset
        + '"></head><body><div style="font-family:\'Segoe UI\',Frutiger,Arial,sans-serif">'
        + "".join(f"<p>{html_lines(x)}</p>" for x in lines)
        + "</div></body></html>\n"
    )
    alt = MIMEMultipart("alternative")
    alt.attach(text_part(text, "plain", charset, "qp"))
    alt.attach(text_part(markup, "html", charset, "qp"))
    return alt


MS_SENDER = (
    "Microsoft Outlook <MicrosoftExchange7d61c0b4a9e34f27b1f2e08a5c93d614@kestrelwatch.example>"
)


def bounce_m365_hard(b: Bounce) -> Message:
    server = "LO4P265MB6120.GBRP265.PROD.OUTLOOK.example"
    diag = f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {b.rcpt} not found by SMTP address lookup"
    human = ms_human(
        [
            f"Your message to {b.rcpt} couldn't be delivered.",
            f"{b.local} wasn't found at {b.domain}.",
            f"receivables    Office 365    {b.local}\nAction Required                Recipient",
            "Unknown To address",
            "How to Fix It\nThe address may be misspelled or may not exist. Check the spelling of the address, or ask the recipient for the one they use now, and then send the message again.",
            "Was this helpful? Send feedback to Microsoft.",
            f"More Info for Email Admins\nStatus code: 550 5.1.10\n\nError Details\nReported error: {diag}\nDSN generated by: {server}",
            f"Original Message Details\nCreated Date: {format_datetime(b.sent)}\nSender Address: {AR_ADDR}\nRecipient Address: {b.rcpt}\nSubject: {b.subject()}",
        ],
        "utf-8",
    )
    parts = [human, delivery_status(b, server, "failed", diag), returned_headers(b)]
    return finish(b, report(parts), MS_SENDER, f"Undeliverable: {b.subject()}")


def bounce_qmail_hard(b: Bounce) -> Message:
    rem = b.reminder()
    copy = rem.as_string()
    text = (
        "Hi. This is the qmail-send program at relay.kestrelwatch.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n203.0.113.58 does not like recipient.\n"
        f"Remote host said: 550 5.1.1 <{b.rcpt}>: mailbox unavailable\n"
        "Giving up on 203.0.113.58.\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n{copy}"
    )
    msg = Message()
    msg.set_payload(text)
    return finish(b, msg, "MAILER-DAEMON@relay.kestrelwatch.example", "failure notice", auto=False)


def bounce_m365_delay(b: Bounce) -> Message:
    server = "LO2P265MB3307.GBRP265.PROD.OUTLOOK.example"
    diag = '441 4.4.1 Error encountered while communicating with primary target IP address: "Failed to connect. Winsock error code: 10060". Attempted failover to alternate host, but that did not succeed.'
    human = ms_human(
        [
            f"Delivery is delayed to these recipients or groups:\n\n{b.rcpt} ({b.rcpt})",
            f"Subject: {b.subject()}",
            "This message hasn't been delivered yet. Delivery will continue to be attempted.",
            "The server will keep trying to deliver this message for the next 1 days, 21 hours and 54 minutes. You'll be notified if the message can't be delivered by that time.",
            f"Diagnostic information for administrators:\n\nGenerating server: {server}\nReceiving server: mail.{b.domain} (198.51.100.77)\n\n{b.rcpt}\nRemote server returned '{diag}'",
        ],
        "utf-8",
    )
    parts = [
        human,
        delivery_status(b, server, "delayed", diag, f"mail.{b.domain}"),
        returned_headers(b),
    ]
    return finish(b, report(parts), MS_SENDER, f"Delivery delayed:{b.subject()}")


def bounce_de_disabled(b: Bounce) -> Message:
    text = (
        "Dies ist eine automatische Nachricht des Mailservers mx.kommunalnetz.example.\n\n"
        "Ihre E-Mail konnte nicht zugestellt werden. Der Empfänger hat sein Postfach stilllegen lassen; es nimmt keine Nachrichten mehr an.\n\n"
        f"<{b.rcpt}>: 550 5.2.1 Postfach deaktiviert / mailbox disabled\n\n"
        "Es handelt sich um einen dauerhaften Fehler, weitere Zustellversuche finden nicht statt.\n"
        "Die Kopfzeilen Ihrer Nachricht finden Sie im Anhang.\n"
    )
    parts = [
        text_part(text, "plain", "iso-8859-1", "qp"),
        delivery_status(
            b,
            "mx.kommunalnetz.example",
            "failed",
            "550 5.2.1 Postfach deaktiviert / mailbox disabled",
        ),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        "Mail Delivery System <MAILER-DAEMON@mx.kommunalnetz.example>",
        f"Unzustellbar: {b.subject()}",
    )


def bounce_de_greylist(b: Bounce) -> Message:
    rem = b.reminder()
    until = b.dt + timedelta(days=4)
    text = (
        "Warnung: Ihre Nachricht wurde noch nicht zugestellt.\n\n"
        f"Empfänger:     {b.rcpt}\n"
        f"Betreff:       {b.subject()}\n"
        f"Eingeliefert:  {rem['Date']}\n\n"
        "Der Zielserver hat die Annahme vorübergehend abgelehnt:\n"
        f"    450 4.7.1 <{b.rcpt}>: Recipient address rejected: Greylisted, please try again later\n\n"
        f"Das ist kein endgültiger Fehler. Wir versuchen die Zustellung bis zum {until:%d.%m.%Y} weiter. Sie müssen die Nachricht nicht erneut senden.\n\n"
        "-- \nWebhosting Nord – Mailrelay mx2\n"
    )
    msg = text_part(text, "plain", "utf-8", "qp")
    return finish(
        b,
        msg,
        "Postmaster <postmaster@mx2.webhosting-nord.example>",
        "Warnung: Nachricht noch nicht zugestellt",
    )


def bounce_m365_fr_hard(b: Bounce) -> Message:
    server = "PAXP193MB2210.EURP193.PROD.OUTLOOK.example"
    diag = "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"
    human = ms_human(
        [
            f"Votre message à {b.rcpt} n'a pas pu être remis.",
            f"{b.local} n'a pas été trouvé sur {b.domain}.",
            f"receivables    Office 365    {b.local}\nAction requise                Destinataire",
            "Adresse destinataire inconnue",
            "Comment résoudre ce problème\nL'adresse est peut-être mal orthographiée ou n'existe plus. Vérifiez-la, ou demandez au destinataire l'adresse qu'il utilise désormais, puis renvoyez le message.",
            f"Plus d'informations pour les administrateurs de messagerie\nCode d'état : 550 5.1.1\n\nDétails de l'erreur\nErreur signalée : {diag}\nNotification générée par : {server}",
            f"Détails du message d'origine\nDate de création : {format_datetime(b.sent)}\nAdresse de l'expéditeur : {AR_ADDR}\nAdresse du destinataire : {b.rcpt}\nObjet : {b.subject()}",
        ],
        "utf-8",
    )
    parts = [human, delivery_status(b, server, "failed", diag), returned_headers(b)]
    return finish(b, report(parts), MS_SENDER, f"Non remis : {b.subject()}")


def bounce_fr_full(b: Bounce) -> Message:
    text = (
        "Bonjour,\n\n"
        f"Le serveur de messagerie n'a pas encore pu remettre votre courriel à {b.rcpt} : la boîte aux lettres du destinataire est pleine (452 4.2.2 Over quota).\n\n"
        "De nouvelles tentatives auront lieu automatiquement pendant 5 jours. Vous serez prévenu si le message ne peut finalement pas être remis.\n\n"
        "Vous trouverez ci-joint les en-têtes de votre message.\n\n"
        "-- \nService de messagerie MailPro Hébergement\n"
    )
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(text, "plain", "iso-8859-1", "qp"))
    outer.attach(returned_headers(b))
    return finish(
        b,
        outer,
        "MAILER-DAEMON@relais.mailpro-hebergement.example",
        "Avis de retard de remise",
    )


def gmail_human(lines: list[str]) -> Message:
    text = "\n\n".join(lines) + "\n"
    markup = (
        '<html><head><style>* body { font-family:Roboto,Helvetica,Arial,sans-serif; }</style></head><body><table cellpadding="0" cellspacing="0" style="padding-top:32px;max-width:600px">'
        + "".join(f"<tr><td>{html.escape(x)}</td></tr>" for x in lines)
        + "</table></body></html>\n"
    )
    alt = MIMEMultipart("alternative")
    alt.attach(text_part(text, "plain", "utf-8", "qp"))
    alt.attach(text_part(markup, "html", "utf-8", "qp"))
    return alt


def bounce_gmail_es_hard(b: Bounce) -> Message:
    diag = "550-5.1.1 The email account that you tried to reach does not exist."
    human = gmail_human(
        [
            "** No se ha encontrado la dirección **",
            f"No se ha entregado tu mensaje a {b.rcpt} porque no se ha encontrado la dirección o esta no puede recibir correo.",
            "Más información: https://support.google.com/mail/?p=NoSuchUser",
            "La respuesta ha sido:",
            f"{diag} Revisa la dirección del destinatario. 5b1f17b1804b1-47a8c2e3f10si51230555e9.118 - gsmtp",
        ]
    )
    parts = [
        human,
        delivery_status(b, "mx.google.com", "failed", diag, "gmail-smtp-in.l.google.com"),
        returned_headers(b),
    ]
    msg = report(parts)
    msg["X-Failed-Recipients"] = b.rcpt
    return finish(
        b,
        msg,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
    )


def bounce_es_delay(b: Bounce) -> Message:
    text = (
        "Este es un aviso automático del servidor de correo mx.servidoresiberia.example.\n\n"
        "Todavía no ha sido posible entregar su mensaje al destinatario:\n\n"
        f"    {b.rcpt}\n\n"
        "Motivo: el servidor de destino no responde (421 4.4.1 Tiempo de conexión agotado).\n\n"
        "Seguiremos intentándolo durante 4 días más. No es necesario que vuelva a enviar el mensaje.\n\n"
        f"Asunto del mensaje: {latin1_safe(b.subject())}\n"
    )
    msg = text_part(text, "plain", "iso-8859-1", "qp")
    return finish(
        b,
        msg,
        "Servidor de correo <MAILER-DAEMON@mx.servidoresiberia.example>",
        "Aviso: mensaje retrasado",
    )


def bounce_nl_full(b: Bounce) -> Message:
    text = (
        "Dit is een automatisch bericht van de mailserver mx.kabelnet-mail.example.\n\n"
        "Uw bericht kon niet worden afgeleverd bij:\n\n"
        f"    {b.rcpt}\n\n"
        "De mailbox van de ontvanger is vol (552 5.2.2 Quota exceeded). De ontvanger moet eerst berichten verwijderen voordat er nieuwe mail binnen kan komen.\n\n"
        "Probeer het later opnieuw of neem op een andere manier contact op met de ontvanger.\n"
    )
    diag = f"552 5.2.2 <{b.rcpt}>: Quota exceeded (mailbox for user is full)"
    parts = [
        text_part(text, "plain", "utf-8", "qp"),
        delivery_status(b, "mx.kabelnet-mail.example", "failed", diag),
        MIMEMessage(b.reminder()),
    ]
    return finish(
        b,
        report(parts),
        "Mail Delivery System <MAILER-DAEMON@mx.kabelnet-mail.example>",
        "Bericht niet afgeleverd",
    )


def bounce_it_domain(b: Bounce) -> Message:
    text = (
        "Gentile cliente,\n\n"
        "il messaggio che ha inviato non è stato recapitato al seguente indirizzo:\n\n"
        f"    {b.rcpt}\n\n"
        f"Il dominio {b.domain} non esiste oppure non ha un server di posta configurato (550 5.1.2 Host or domain name not found).\n\n"
        "Si tratta di un errore definitivo: il messaggio non verrà inviato di nuovo. Verifichi l'indirizzo del destinatario.\n"
    )
    diag = f"550 5.1.2 <{b.rcpt}>: Host or domain name not found. Name service error for name={b.domain} type=MX: Host not found"
    parts = [
        text_part(text, "plain", "utf-8", "8bit"),
        delivery_status(b, "smtpout.provideritalia.example", "failed", diag),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        "Mail Delivery System <MAILER-DAEMON@smtpout.provideritalia.example>",
        f"Mancata consegna: {b.subject()}",
    )


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            "bo-en-1",
            "en",
            "hard",
            "5.1.1",
            "accounts@lowtherlettings.example",
            "2026-11-17 09:06 +0000",
            "en",
            "KW-26-71318",
            "Sendmail DSN with the full returned message",
        ),
        bounce_sendmail_hard,
    ),
    (
        Bounce(
            "bo-en-2",
            "en",
            "hard",
            "5.1.10",
            "finance@harbrookgolfclub.example",
            "2026-11-24 09:11 +0000",
            "en",
            "KW-26-71459",
            "Microsoft 365 new-style NDR",
        ),
        bounce_m365_hard,
    ),
    (
        Bounce(
            "bo-en-3",
            "en",
            "hard",
            "5.1.1",
            "office@fenwickantiques.example",
            "2026-12-02 09:14 +0000",
            "en",
            "KW-26-71627",
            "qmail plain-text failure notice, not MIME, no Auto-Submitted; the copy of the reminder follows inline",
        ),
        bounce_qmail_hard,
    ),
    (
        Bounce(
            "bo-en-4",
            "en",
            "soft",
            "4.4.1",
            "ap@tollgatefoods.example",
            "2026-12-09 11:20 +0000",
            "en",
            "KW-26-71741",
            "Microsoft 365 delay notice",
        ),
        bounce_m365_delay,
    ),
    (
        Bounce(
            "bo-de-1",
            "de",
            "hard",
            "5.2.1",
            "verwaltung@gemeinde-kleinbach.example",
            "2026-11-19 09:05 +0100",
            "de",
            "KW-26-71384",
            "mailbox disabled: permanent",
        ),
        bounce_de_disabled,
    ),
    (
        Bounce(
            "bo-de-2",
            "de",
            "soft",
            "4.7.1",
            "info@baeckerei-sommerfeld.example",
            "2026-12-04 13:40 +0100",
            "de",
            "KW-26-71663",
            "greylisting delay warning, single text/plain part, no machine-readable report",
        ),
        bounce_de_greylist,
    ),
    (
        Bounce(
            "bo-fr-1",
            "fr",
            "hard",
            "5.1.1",
            "comptabilite@menuiserie-garnier.example",
            "2026-11-25 09:07 +0100",
            "fr",
            "KW-26-71497",
            "Microsoft 365 NDR in French",
        ),
        bounce_m365_fr_hard,
    ),
    (
        Bounce(
            "bo-fr-2",
            "fr",
            "soft",
            "4.2.2",
            "contact@fromagerie-vial.example",
            "2026-12-11 10:22 +0100",
            "fr",
            "KW-26-71757",
            "provider notice in multipart/mixed with the returned headers; mailbox full",
        ),
        bounce_fr_full,
    ),
    (
        Bounce(
            "bo-es-1",
            "es",
            "hard",
            "5.1.1",
            "taller.montero.v@gmail.com",
            "2026-11-26 09:09 +0100",
            "es",
            "KW-26-71533",
            "Gmail DSN in Spanish with an English subject",
        ),
        bounce_gmail_es_hard,
    ),
    (
        Bounce(
            "bo-es-2",
            "es",
            "soft",
            "4.4.1",
            "pedidos@bodegasarnal.example",
            "2026-12-15 16:05 +0100",
            "es",
            "KW-26-71774",
            "hosting provider delay notice, single ISO-8859-1 text part",
        ),
        bounce_es_delay,
    ),
    (
        Bounce(
            "bo-nl-1",
            "nl",
            "soft",
            "5.2.2",
            "info@kapsalonlinda.example",
            "2026-11-30 09:12 +0100",
            "nl",
            "KW-26-71571",
            "mailbox full reported with a 5.x code: soft (README rule), the code is kept",
        ),
        bounce_nl_full,
    ),
    (
        Bounce(
            "bo-it-1",
            "it",
            "hard",
            "5.1.2",
            "amministrazione@autofficinacolombo.example",
            "2026-12-07 09:10 +0100",
            "it",
            "KW-26-71714",
            "recipient domain does not exist; human part sent as 8bit",
        ),
        bounce_it_domain,
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
    rows = ["| intent | " + " | ".join(LANGS) + " | total |", "|---|" + "---:|" * (len(LANGS) + 1)]
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
    for old in HERE.glob("h7-*.eml"):
        old.unlink()
    labels = []
    for number, (_, msg, label) in enumerate(items, start=1):
        name = f"h7-{number:03d}.eml"
        data = msg.as_bytes()
        check_message(name, data)
        (HERE / name).write_bytes(data)
        labels.append({"file": name, **label})
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels


def main() -> int:
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {dict(kinds)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
