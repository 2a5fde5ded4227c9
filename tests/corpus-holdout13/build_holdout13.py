# ruff: noqa: E501, RUF001
# Message text is kept one paragraph a line, the way a mail client sends it, with the
# typographic dashes and quotes people and their clients really type.
"""Build the thirteenth held-out reply corpus: `h13-NNN.eml` files and `labels.jsonl`.

Every reply answers an overdue reminder from the accounts-receivable desk of Kestrel Freight &
Courier, a parcel, pallet and same-day courier firm. The new text of each message is written by
hand below; this script only adds what a mail client or a mail server would add (the quoted
reminder in the client's layout and language, headers, MIME structure, charsets and transfer
encodings). Run it from anywhere: it writes next to itself, deterministically.
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
SEED = 20261213
AR_NAME = "Kestrel Accounts Receivable"
AR_ADDR = "receivables@kestrel-freight.example"
AR_DOMAIN = "kestrel-freight.example"
DEFAULT_INV = "KF26-30418"
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
    "en": "On {wds}, {mons} {d}, {y} at {h12}:{mm} {ampm} {name} <{addr}> wrote:",
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
    "en": "Payment overdue – Kestrel invoice {inv}",
    "de": "Offener Posten – Kestrel-Rechnung {inv}",
    "fr": "Impayé – facture Kestrel {inv}",
    "es": "Pago pendiente – factura Kestrel {inv}",
    "nl": "Openstaande betaling – Kestrel-factuur {inv}",
    "it": "Pagamento in ritardo – fattura Kestrel {inv}",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "This is a courtesy note from Kestrel Freight & Courier. The invoice below for collection and delivery services is past its due date:\n\n"
        "    {inv}    dated 15/10/2026    payable by 14/11/2026    balance {amt}\n\n"
        "Please arrange settlement to the account shown on the invoice, quoting the invoice number. If payment has crossed with this note, or if you have a question about a consignment, simply reply and our receivables team will pick it up.\n\n"
        "Thank you,\n\nAccounts Receivable\nKestrel Freight & Courier Ltd\nDepot 7, Orbital Park\nreceivables@kestrel-freight.example"
    ),
    "de": (
        "Guten Tag,\n\n"
        "für die unten genannte Rechnung über Transport- und Kurierleistungen ist das Zahlungsziel überschritten:\n\n"
        "    {inv}    Rechnungsdatum 15.10.2026    zahlbar bis 14.11.2026    offen {amt}\n\n"
        "Bitte überweisen Sie den Betrag unter Angabe der Rechnungsnummer. Hat sich Ihre Zahlung mit diesem Schreiben überschnitten oder haben Sie Rückfragen zu einer Sendung, antworten Sie bitte direkt auf diese Nachricht.\n\n"
        "Freundliche Grüße\n\nForderungsmanagement\nKestrel Freight & Courier Ltd"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Nous nous permettons de vous rappeler que la facture ci-dessous, relative à nos prestations de transport et de messagerie, est arrivée à échéance :\n\n"
        "    {inv}    émise le 15/10/2026    à régler avant le 14/11/2026    solde {amt}\n\n"
        "Merci de procéder au règlement en rappelant le numéro de facture. Si votre paiement a croisé ce courriel, ou pour toute question sur un envoi, répondez simplement à ce message.\n\n"
        "Bien à vous,\n\nService Recouvrement\nKestrel Freight & Courier Ltd"
    ),
    "es": (
        "Hola:\n\n"
        "Le escribimos desde Kestrel Freight & Courier porque la siguiente factura de servicios de transporte y mensajería ha superado su fecha de pago:\n\n"
        "    {inv}    fecha 15/10/2026    pagadera antes del 14/11/2026    saldo {amt}\n\n"
        "Le agradeceríamos que realizara el pago indicando el número de factura. Si su pago se ha cruzado con este aviso, o tiene alguna duda sobre un envío, conteste a este correo.\n\n"
        "Un saludo,\n\nCuentas por Cobrar\nKestrel Freight & Courier Ltd"
    ),
    "nl": (
        "Beste relatie,\n\n"
        "De onderstaande factuur voor transport- en koeriersdiensten van Kestrel Freight & Courier is over de betaaltermijn heen:\n\n"
        "    {inv}    factuurdatum 15-10-2026    te betalen vóór 14-11-2026    openstaand {amt}\n\n"
        "Wij verzoeken u het bedrag over te maken onder vermelding van het factuurnummer. Is uw betaling onderweg, of heeft u een vraag over een zending, reageer dan op deze e-mail.\n\n"
        "Vriendelijke groet,\n\nDebiteurenbeheer\nKestrel Freight & Courier Ltd"
    ),
    "it": (
        "Buongiorno,\n\n"
        "vi segnaliamo che la fattura qui sotto, relativa ai nostri servizi di trasporto e corriere espresso, risulta ancora da saldare:\n\n"
        "    {inv}    emessa il 15/10/2026    da pagare entro il 14/11/2026    residuo {amt}\n\n"
        "Vi chiediamo di effettuare il pagamento indicando il numero della fattura. Se il pagamento si è incrociato con questo avviso, o se avete domande su una spedizione, rispondete pure a questa e-mail.\n\n"
        "Un cordiale saluto,\n\nUfficio Crediti\nKestrel Freight & Courier Ltd"
    ),
}
DEFAULT_AMOUNT = {
    "en": "£2,416.80",
    "de": "3.118,45 €",
    "fr": "1 274,90 €",
    "es": "2.065,30 €",
    "nl": "€ 1.389,60",
    "it": "€ 987,15",
}
LATIN1_FIXES = {"–": "-", "€": "EUR", "’": "'", "…": "...", "“": '"', "”": '"'}


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
    cc: str = ""

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
        "h12": str((dt.hour - 1) % 12 + 1),
        "ampm": "AM" if dt.hour < 12 else "PM",
    }


def fmt(template: str, loc: str, dt: datetime, **extra: str) -> str:
    return template.format(**date_fields(loc, dt), **extra)


def reminder_time(reply: datetime, days_before: int = 1) -> datetime:
    """The reminder went out on a working day before the reply, in the early morning run."""
    day = reply - timedelta(days=days_before)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day.replace(hour=7, minute=31 + day.day % 11, second=52)


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"h13:{salt}:{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:n]


def reminder_msgid(key: str) -> str:
    return f"<ar.{b32(key, 'reminder', 18).lower()}@{AR_DOMAIN}>"


def reply_msgid(key: str, style: str, addr: str) -> str:
    domain = addr.split("@")[1]
    raw = digest(key, "reply")
    if style in {"gmail", "gmail_plain", "bottom"}:
        tail = base64.urlsafe_b64encode(raw).decode().rstrip("=")[:40]
        return f"<CA+{tail}@mail.gmail.com>"
    if style.startswith(("outlook", "owa", "android", "html_only")):
        return f"<{b32(key, 'ms', 28)}@{b32(key, 'host', 8)}.EURPRD05.PROD.OUTLOOK.COM>"
    if style in {"apple", "iphone", "iphone_html"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{raw.hex()[:24]}@{domain}>"


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


def header_text(value: str, charset: str, name: str = "Subject") -> str:
    """The header value as a mail client encodes it (RFC 2047 when it is not ASCII)."""
    if value.isascii():
        return value
    enc = "iso-8859-1" if charset in {"iso-8859-1", "windows-1252", "us-ascii-lie"} else charset
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
    return f"{Header(name, 'iso-8859-1' if charset != 'utf-8' else 'utf-8').encode()} <{addr}>"


# --------------------------------------------------------------------------------------------
# The reminder being answered
# --------------------------------------------------------------------------------------------


def reminder_subject(lang: str, inv: str) -> str:
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_text(r: Reply) -> str:
    amt = r.amt or DEFAULT_AMOUNT[r.reminder_lang]
    text = REMINDER_BODY[r.reminder_lang].format(inv=r.inv, amt=amt)
    return latin1_safe(text) if r.charset != "utf-8" else text


def original_reminder(lang: str, to: str, when: datetime, key: str) -> Message:
    """The reminder as Kestrel sent it (returned inside bounces)."""
    text = REMINDER_BODY[lang].format(inv=DEFAULT_INV, amt=DEFAULT_AMOUNT[lang])
    msg = text_part(text, "plain", "utf-8", "qp")
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = to
    msg["Subject"] = header_text(reminder_subject(lang, DEFAULT_INV), "utf-8")
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
    subject = reminder_subject(r.reminder_lang, r.inv)
    if r.charset != "utf-8":
        subject = latin1_safe(subject)
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
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\n'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=' + r.charset + '">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;} --></style>\n'
        '</head>\n<body lang="EN-GB" link="#467886" vlink="#96607D"><div class="WordSection1">\n'
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
    head = "<br>\n".join(
        f"<b>{html.escape(line.split(':', 1)[0])}:</b>{html.escape(line.split(':', 1)[1])}"
        for line in block
    )
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset='
        + r.charset
        + '">'
        '</head><body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, sans-serif; font-size: 12pt;">'
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


def style_apple(r: Reply, q: Quote) -> Message:
    return text_part(
        f"{r.body}\n\n{apple_attr(q)}\n\n{quote_lines(q.text)}\n", "plain", r.charset, r.cte
    )


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
    attr = fmt(TB_ATTR[q.loc], q.loc, q.sent, name=AR_NAME)
    part = text_part(f"{r.body}\n\n{attr}\n{quote_lines(q.text)}\n", "plain", r.charset, r.cte)
    if r.charset == "utf-8":
        part.set_param("format", "flowed")
    return part


def style_android(r: Reply, q: Quote) -> Message:
    block = "\n".join(outlook_block(q))
    text = f"{r.body}\n\n{ANDROID_SIG[q.loc]}\n{'_' * 32}\n{block}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def style_none(r: Reply, q: Quote) -> Message:
    del q  # automatic notices quote nothing
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


def style_none_html(r: Reply, q: Quote) -> Message:
    """A ticketing system's notice: plain and HTML alternatives, nothing quoted."""
    del q
    markup = (
        '<html><body style="font-family:Arial,sans-serif;font-size:13px">'
        f"{html_paragraphs(r.body)}</body></html>\n"
    )
    return alternative(r, r.body + "\n", markup)


STYLES: dict[str, Callable[[Reply, Quote], Message]] = {
    "outlook": style_outlook,
    "outlook_html": style_outlook_html,
    "html_only": style_html_only,
    "owa": style_owa,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "bottom": style_bottom,
    "apple": style_apple,
    "iphone": style_iphone,
    "iphone_html": style_iphone_html,
    "thunderbird": style_thunderbird,
    "android": style_android,
    "none": style_none,
    "none_html": style_none_html,
}
OUTLOOK_FAMILY = {"outlook", "outlook_html", "html_only", "owa", "android"}
STYLE_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22C152)"),),
    "iphone_html": (("X-Mailer", "iPhone Mail (22C152)"),),
    "thunderbird": (
        (
            "User-Agent",
            "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0",
        ),
    ),
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


BOUNDARY_PREFIX = {"gmail": "000000000000", "apple": "Apple-Mail=_", "iphone_html": "Apple-Mail-"}


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
    if r.cc:
        msg["Cc"] = r.cc
    msg["Subject"] = header_text(reply_subject(r, q), r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r.key, r.style, r.who[1])
    if r.style != "none_html":  # ticketing systems start a thread of their own
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
AUTO_GEN = ("Auto-Submitted", "auto-generated")
XARS = ("X-Auto-Response-Suppress", "All")
PREC_BULK = ("Precedence", "bulk")
FAKE_PDF = (
    b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)

PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Gareth Lloyd", "gareth.lloyd@spokeandsprocket.example"),
        "2026-11-30 09:14 +0000",
        "outlook_html",
        "Morning,\n\nThis went out on our Friday supplier run (27th) – £2,416.80 by Faster Payment, our ref RUN1127-044. The remittance advice should have landed in this inbox automatically; if it didn’t, shout and I’ll resend it.\n\nThanks\nGareth\n\nGareth Lloyd | Finance Assistant\nSpoke & Sprocket Cycles Ltd | Unit 12, Tawe Business Village\nRegistered in Wales No. 08123456",
        lab(
            paid_date="2026-11-27",
            payment_reference="RUN1127-044",
            amount="2416.80",
            currency="GBP",
            note="'Friday (27th)' is the Friday before Mon 30 Nov; the payment run number is the reference",
        ),
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        ("Bloom & Wild Stems", "orders@bloomwildstems.example"),
        "2026-12-02 08:11 +0000",
        "iphone",
        "paid this morning, sorry hun was snowed under x",
        lab(
            paid_date="2026-12-02",
            note="one-liner from a florist on a phone; 'this morning' is the message date",
        ),
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Niamh Fallon", "niamh@fallonlabs-galway.example"),
        "2026-11-24 15:37 +0000",
        "gmail",
        "Hi,\n\nNot sure why we’re getting chased on this one. We paid KF26-30418 and 30502 together on 20 November – one transfer of €3,902.15 from our AIB account, reference FLN-20NOV.\n\nCould someone check it hasn’t been posted to a different customer account? It wouldn’t be the first time with a combined payment.\n\nNiamh Fallon\nOffice Manager, Fallon Dental Laboratory",
        lab(
            ("KF26-30418", "KF26-30502"),
            paid_date="2026-11-20",
            payment_reference="FLN-20NOV",
            amount="3902.15",
            currency="EUR",
            note="one transfer for two invoices; the bare '30502' is normalised; asking to check allocation does not make it a dispute",
        ),
        amt="€2,187.40",
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Brigitte Aigner", "b.aigner@aigner-elektro.example"),
        "2026-12-02 10:26 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\ndie Rechnung KF26-30418 über 3.118,45 EUR wurde von uns mit Valuta 01.12.2026 angewiesen. Unsere Zahlungsreferenz lautet ZV-2026-11873.\n\nWir bitten um Abgleich Ihres Debitorenkontos.\n\nMit freundlichen Grüßen\n\nBrigitte Aigner\nBuchhaltung\nAigner Elektrotechnik GmbH, Wels",
        lab(
            ("KF26-30418",),
            paid_date="2026-12-01",
            payment_reference="ZV-2026-11873",
            amount="3118.45",
            currency="EUR",
            note="Austrian customer; ISO-8859-1 Outlook message",
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "ps-de-2",
        "payment_sent",
        "de",
        ("Reto Ammann", "reto@velokurier-ammann.example"),
        "2026-12-04 17:48 +0100",
        "gmail",
        "Grüezi\n\ndas isch erledigt, haben gestern via E-Banking CHF 2'940.00 überwiesen. Sollte Anfang nächster Woche bei Ihnen sein.\n\nE Gruess\nReto Ammann",
        lab(
            paid_date="2026-12-03",
            amount="2940.00",
            currency="CHF",
            note="Swiss German with dialect ('isch erledigt'); 'gestern' is the day before Fri 4 Dec",
        ),
        amt="CHF 2'940.00",
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Compta Imprimerie Lambotte", "compta@imprimerie-lambotte.example"),
        "2026-11-26 11:02 +0100",
        "android",
        "Bonjour,\nPaiement effectué ce jour par virement, communication structurée +++090/4418/62157+++.\nBonne journée,\nSophie – Imprimerie Lambotte",
        lab(
            paid_date="2026-11-26",
            payment_reference="+++090/4418/62157+++",
            note="Belgian structured communication used as the payment reference; 'ce jour' is the message date",
        ),
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Hervé Marchand", "h.marchand@marchand-vins.example"),
        "2026-12-03 16:40 +0100",
        "thunderbird",
        "Madame, Monsieur,\n\nSuite à votre relance de ce matin, je vous informe que le règlement de 1 274,90 € a été envoyé par chèque n° 4471203 le 30 novembre dernier, à l'adresse de votre siège figurant sur la facture.\n\nSi le chèque ne vous est pas parvenu d'ici la fin de la semaine prochaine, faites-le-moi savoir et je ferai opposition avant d'effectuer un virement.\n\nVeuillez agréer, Madame, Monsieur, mes salutations distinguées.\n\nHervé Marchand\nMarchand & Fils, négociants en vins\nBeaune",
        lab(
            paid_date="2026-11-30",
            payment_reference="4471203",
            amount="1274.90",
            currency="EUR",
            note="cheque already posted; the conditional about stopping it is only a fallback",
        ),
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Lucía Ferrer", "lucia.ferrer@ceramicasferrer.example"),
        "2026-12-10 12:19 +0100",
        "gmail_plain",
        "Buenos días:\n\nOs confirmo que la transferencia salió ayer de nuestra cuenta por 2.065,30 €. Os adjunto el justificante del banco para que lo podáis cuadrar.\n\nSaludos,\nLucía\nCerámicas Ferrer – Administración",
        lab(
            paid_date="2026-12-09",
            amount="2065.30",
            currency="EUR",
            note="bank receipt attached as a PDF",
        ),
        attach=("justificante_transferencia_0912.pdf", FAKE_PDF),
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Ing. Arturo Salinas", "asalinas@refaccionaria-norte.example"),
        "2026-12-01 10:05 -0600",
        "outlook",
        "Buen día,\n\nLes comento que la factura ya quedó liquidada. Les hicimos SPEI el viernes pasado por $41,380.00 MXN, clave de rastreo 0087331NTE.\n\nQuedo atento a su confirmación de recibido.\n\nSaludos cordiales,\nIng. Arturo Salinas\nRefaccionaria del Norte, S.A. de C.V.\nMonterrey, N.L.",
        lab(
            paid_date="2026-11-27",
            payment_reference="0087331NTE",
            amount="41380.00",
            currency="MXN",
            note="Mexican customer answering the English reminder; 'el viernes pasado' from Tue 1 Dec is 27 Nov",
        ),
        rlang="en",
        loc="es",
        amt="MXN 41,380.00",
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Joost", "joost.kramer@gmail.com"),
        "2026-12-07 20:33 +0100",
        "iphone",
        "Staat er toch al op? Heb t vorige week donderdag betaald via de bank app",
        lab(
            paid_date="2026-12-03",
            note="'vorige week donderdag' from Mon 7 Dec is Thu 3 Dec; the question is rhetorical",
        ),
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        ("Boekhouding Verbeke", "boekhouding@verbeke-meubelen.example"),
        "2026-11-27 14:52 +0100",
        "outlook_html",
        "Beste,\n\nUw factuur KF26-30418 werd op 24/11 betaald, samen met enkele andere openstaande facturen (totaal € 5.210,35, referentie VBK/2611/07).\n\nGelieve uw boekhouding na te kijken.\n\nMet vriendelijke groeten\n\nAn Verbeke\nVerbeke Meubelen bv – Roeselare",
        lab(
            ("KF26-30418",),
            paid_date="2026-11-24",
            payment_reference="VBK/2611/07",
            amount="5210.35",
            currency="EUR",
            note="Flemish; the amount stated is the total of a grouped payment",
        ),
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Amministrazione Ottica Bellini", "amministrazione@otticabellini.example"),
        "2026-12-11 09:41 +0100",
        "outlook",
        "Buongiorno,\n\nvi informo che in data odierna abbiamo disposto il bonifico di € 987,15 a saldo della fattura in oggetto, TRN 0306909876543210482160.\n\nCordialità\nFederica Bellini\nOttica Bellini snc – Bergamo",
        lab(
            paid_date="2026-12-11",
            payment_reference="0306909876543210482160",
            amount="987.15",
            currency="EUR",
            note="'disposto in data odierna' = transfer instructed today",
        ),
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pp-en-1",
        "promise_to_pay",
        "en",
        ("Hannah Whitcombe", "hannah@whitcombe-prints.example"),
        "2026-12-03 13:05 +0000",
        "gmail",
        "Hi there,\n\nApologies, it slipped through. It’s on the list for our next BACS run, which goes on the 10th.\n\nCheers,\nHannah",
        lab(promised_date="2026-12-10", note="'the 10th' after Thu 3 Dec is 10 Dec"),
    ),
    Reply(
        "pp-en-2",
        "promise_to_pay",
        "en",
        ("Dwayne Mitchell", "dwayne@mitchellautoparts.example"),
        "2026-12-01 08:52 -0500",
        "iphone",
        "Will get it paid end of next week. Waiting on a big customer to pay us first, then your good",
        lab(
            promised_date="2026-12-11",
            note="US customer, typo 'your good'; 'end of next week' from Tue 1 Dec = Fri 11 Dec; the condition does not remove the commitment",
        ),
        rlang="en",
        amt="$3,120.00",
    ),
    Reply(
        "pp-en-3",
        "promise_to_pay",
        "en",
        ("Fiona MacLeod", "fiona.macleod@macleod-joinery.example"),
        "2026-12-08 10:18 +0000",
        "outlook",
        "Morning,\n\nWe had a van written off last month and the insurers are holding everything up. Once they release the funds we’ll clear your balance in full – I’ve been told Monday the 14th at the latest, so you’ll have it by then one way or another.\n\nRegards\nFiona MacLeod\nMacLeod Joinery Ltd, Inverness",
        lab(
            promised_date="2026-12-14",
            note="conditional on an insurance payout but with a firm latest date",
        ),
    ),
    Reply(
        "pp-de-1",
        "promise_to_pay",
        "de",
        ("Markus Hollweg", "m.hollweg@hollweg-sanitaer.example"),
        "2026-11-26 11:30 +0100",
        "outlook_html",
        "Guten Tag,\n\ndie Rechnung ist freigegeben und für unseren Zahllauf am kommenden Dienstag vorgesehen.\n\nFreundliche Grüße\nMarkus Hollweg\nKaufmännische Leitung\nHollweg Sanitär & Heizung GmbH",
        lab(promised_date="2026-12-01", note="'am kommenden Dienstag' from Thu 26 Nov = Tue 1 Dec"),
    ),
    Reply(
        "pp-de-2",
        "promise_to_pay",
        "de",
        ("Tanja Schröder", "tanja@schroeder-floristik.example"),
        "2026-12-09 18:02 +0100",
        "android",
        "Zahle ich bis Monatsende, versprochen. Gerade ist hier im Laden der Teufel los.",
        lab(promised_date="2026-12-31", note="'bis Monatsende' in December = 31 Dec; idiom"),
    ),
    Reply(
        "pp-fr-1",
        "promise_to_pay",
        "fr",
        ("Claire Dufour", "claire.dufour@atelier-dufour.example"),
        "2026-12-02 09:47 +0100",
        "gmail",
        "Bonjour,\n\nNotre expert-comptable passe les règlements fournisseurs le 15 de chaque mois : votre facture partira donc le 15 décembre.\n\nDésolée pour le retard,\nClaire Dufour\nAtelier Dufour – Reliure d'art",
        lab(promised_date="2026-12-15"),
    ),
    Reply(
        "pp-es-1",
        "promise_to_pay",
        "es",
        ("Administración Hnos. Ortega", "admin@hnosortega.example"),
        "2026-12-04 16:15 +0100",
        "outlook",
        "Buenas tardes:\n\nLa factura ya está aprobada y entrará en el próximo pago a proveedores, que hacemos los días 20 de cada mes.\n\nUn saludo,\nRaquel Ortega\nHermanos Ortega Distribuciones, S.L.",
        lab(
            promised_date="2026-12-20",
            note="'los días 20' → the next 20th after 4 Dec; it is a Sunday but the customer said the 20th",
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "pp-es-2",
        "promise_to_pay",
        "es",
        ("Martín Aguirre", "martin.aguirre@patagoniaoutdoor.example"),
        "2026-12-14 19:20 -0300",
        "iphone",
        "Hola, mañana sin falta les transfiero. Disculpen la demora, fin de año es una locura.",
        lab(
            promised_date="2026-12-15",
            note="Argentine customer, time zone -0300; 'mañana' resolved in the sender's zone",
        ),
        rlang="en",
        loc="es",
        amt="US$ 1,860.00",
    ),
    Reply(
        "pp-nl-1",
        "promise_to_pay",
        "nl",
        ("Wouter de Graaf", "w.degraaf@degraaf-techniek.example"),
        "2026-12-10 08:36 +0100",
        "thunderbird",
        "Goedemorgen,\n\nExcuses voor de vertraging. Wij maken het openstaande bedrag uiterlijk vrijdag 18 december over.\n\nMet vriendelijke groet,\nWouter de Graaf\nDe Graaf Techniek B.V.",
        lab(promised_date="2026-12-18"),
    ),
    Reply(
        "pp-nl-2",
        "promise_to_pay",
        "nl",
        ("Ilse", "ilse@koffiebar-ilse.example"),
        "2026-11-30 21:14 +0100",
        "gmail",
        "Komt goed! Zodra ik overmorgen weer op kantoor ben zet ik hem erin.",
        lab(
            promised_date="2026-12-02",
            note="'overmorgen' from Mon 30 Nov = Wed 2 Dec; 'zet ik hem erin' = I'll put the payment through",
        ),
    ),
    Reply(
        "pp-it-1",
        "promise_to_pay",
        "it",
        ("Paolo Ricci", "p.ricci@ricci-ricambi.example"),
        "2026-12-07 11:55 +0100",
        "outlook",
        "Gentili,\n\nil pagamento è stato programmato con valuta 16/12, come da accordi con la nostra banca.\n\nCordiali saluti\nPaolo Ricci\nRicci Ricambi srl",
        lab(
            promised_date="2026-12-16",
            note="past tense 'è stato programmato' but the value date is in the future: a promise",
        ),
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "pp-it-2",
        "promise_to_pay",
        "it",
        ("Giulia", "giulia.marino82@gmail.com"),
        "2026-12-16 13:08 +0100",
        "iphone",
        "Ciao, vi pago dopo l'Epifania, prima proprio non ci sto dentro. Scusate",
        lab(
            note="'dopo l'Epifania' cannot be pinned to one day: promise without a date; 'non ci sto dentro' = can't manage it"
        ),
    ),
]

DISPUTE = [
    Reply(
        "di-en-1",
        "dispute",
        "en",
        ("Priyanka Desai", "priyanka@loomandthread.example"),
        "2026-11-25 14:22 +0000",
        "outlook_html",
        "Hello,\n\nWe are disputing KF26-30418.\n\n14 of the 60 parcels on the manifest for 22 October were never scanned as delivered, and our customers have been chasing us for refunds ever since. I raised this with your depot on 29 October (case 771204) and have heard nothing back.\n\nWe’re happy to pay for the 46 that arrived, but not for deliveries that didn’t happen. Please send a revised invoice once the case is closed.\n\nRegards,\nPriyanka Desai\nOperations Lead, Loom & Thread Ltd",
        lab(
            ("KF26-30418",),
            note="undelivered parcels; offering to pay the undisputed part does not make it a plan",
        ),
    ),
    Reply(
        "di-en-2",
        "dispute",
        "en",
        ("Carl Beaumont", "carl@beaumontgarage.example"),
        "2026-12-01 17:40 +0000",
        "gmail_plain",
        "You’ve charged us a failed-delivery surcharge three times for an address your own driver keyed in wrong. Not paying those, sort it out.",
        lab(note="contested surcharges, terse"),
    ),
    Reply(
        "di-en-3",
        "dispute",
        "en",
        ("Accounts Payable", "ap@harbourside-opticians.example"),
        "2026-12-04 10:09 +0000",
        "owa",
        "Hi,\n\nKF26-30377 was settled on the 2nd, so please take that off your list.\n\nKF26-30418, on the other hand, is wrong: you’ve applied the Saturday premium to collections that were made on a Thursday (see lines 3–7). Please credit those lines and reissue.\n\nThanks,\nMaureen\nAccounts Payable",
        lab(
            ("KF26-30377", "KF26-30418"),
            note="one invoice paid, the reminded one contested: dispute wins; payment fields not labelled",
        ),
    ),
    Reply(
        "di-de-1",
        "dispute",
        "de",
        ("Ralf Winterberg", "r.winterberg@winterberg-maschinen.example"),
        "2026-11-27 09:15 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nIhre Rechnung weist einen Dieselzuschlag von 18 % aus. Laut Rahmenvertrag vom März 2026 sind jedoch 9,5 % vereinbart. Wir widersprechen der Rechnung in dieser Höhe und bitten um Korrektur.\n\nMit freundlichen Grüßen\nRalf Winterberg\nEinkauf\nWinterberg Maschinenbau GmbH",
        lab(note="contract surcharge disagreement; ISO-8859-1"),
        charset="iso-8859-1",
    ),
    Reply(
        "di-de-2",
        "dispute",
        "de",
        ("Kerstin Vogel", "k.vogel@vogel-glas.example"),
        "2026-12-08 12:44 +0100",
        "gmail",
        "Hallo,\n\ndie Palette vom 6. Oktober kam mit zerbrochener Ware an, die Schadensmeldung SCH-2211 läuft seit Wochen. Solange die Regulierung nicht durch ist, zahlen wir diese Rechnung nicht.\n\nGruß\nKerstin Vogel\nVogel Glas & Design",
        lab(note="withholding because of a damage claim"),
    ),
    Reply(
        "di-fr-1",
        "dispute",
        "fr",
        ("Yannick Le Goff", "yannick@legoff-nautisme.example"),
        "2026-11-23 08:58 +0100",
        "iphone",
        "Bonjour, on n'a jamais commandé d'enlèvement le 12 octobre, le magasin était fermé ce jour-là. Je ne vois pas pourquoi on paierait ça. Merci de vérifier de votre côté.",
        lab(note="service never ordered; the writer is the right contact, so it is a dispute"),
    ),
    Reply(
        "di-fr-2",
        "dispute",
        "fr",
        ("Service Achats Delvaux", "achats@delvaux-pharma.example"),
        "2026-12-09 15:31 +0100",
        "outlook_html",
        "Madame, Monsieur,\n\nLe poids facturé pour l'envoi du 20/10 (412 kg) ne correspond pas au poids réel de la palette, soit 212 kg selon notre bon de pesée, que nous tenons à votre disposition.\n\nNous contestons donc la facture KF26-30418 pour la partie correspondante et vous prions de bien vouloir nous adresser un avoir.\n\nCordialement,\nÉlodie Martens\nService Achats – Delvaux Pharma SA",
        lab(("KF26-30418",), note="billed weight disputed; Belgian customer"),
    ),
    Reply(
        "di-es-1",
        "dispute",
        "es",
        ("Jordi Puig", "jordi.puig@puigbicis.example"),
        "2026-12-02 11:27 +0100",
        "outlook",
        "Hola,\n\nNo estamos conformes con esta factura. Contratamos el servicio urgente 24 h y los envíos llegaron a las 72 h, así que entendemos que se debe facturar como servicio estándar. Quedamos a la espera de la factura rectificativa.\n\nSalutacions,\nJordi Puig",
        lab(note="service level not met; Catalan sign-off"),
    ),
    Reply(
        "di-nl-1",
        "dispute",
        "nl",
        ("Mark Jansen", "mark@jansenwebshop.example"),
        "2026-11-30 10:48 +0100",
        "gmail",
        "Hallo,\n\nDeze factuur klopt niet. Wij hebben een vast maandtarief van € 950 afgesproken, niet een prijs per zending. Graag een creditnota en een correcte factuur.\n\nGroet,\nMark Jansen",
        lab(note="flat fee agreed; asks for a credit note"),
    ),
    Reply(
        "di-nl-2",
        "dispute",
        "nl",
        ("Sanne", "sanne@bakkerijdekorenschoof.example"),
        "2026-12-11 07:22 +0100",
        "iphone",
        "Die zending is nooit aangekomen. Eerst maar eens uitzoeken waar ons pakket is, dan praten we verder over betalen.",
        lab(note="lost consignment; conditional refusal to pay"),
    ),
    Reply(
        "di-it-1",
        "dispute",
        "it",
        ("Lorenzo Galli", "l.galli@galli-arredo.example"),
        "2026-12-03 14:06 +0100",
        "thunderbird",
        "Buongiorno,\n\nla fattura KF26-30418 riporta tre spedizioni espresse che abbiamo annullato prima del ritiro, come da vostra mail di conferma del 9/10. Vi chiediamo l'emissione di una nota di credito per le relative voci.\n\nSaluti\nLorenzo Galli\nGalli Arredo",
        lab(("KF26-30418",), note="cancelled shipments billed"),
    ),
    Reply(
        "di-it-2",
        "dispute",
        "it",
        ("Simona Conti", "simona.conti@contitessuti.example"),
        "2026-12-15 10:12 +0100",
        "gmail",
        "Salve,\n\nquesta fattura è un doppione della KF26-30291, che abbiamo già saldato a ottobre: stesse bolle, stessi importi. Per favore annullatela.\n\nSimona Conti\nConti Tessuti",
        lab(
            ("KF26-30291",),
            note="duplicate billing; the payment mentioned is of the earlier invoice",
        ),
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pl-en-1",
        "payment_plan",
        "en",
        ("Ollie Trent", "ollie@trentandsonsfurniture.example"),
        "2026-11-25 19:03 +0000",
        "gmail",
        "Hi,\n\nI’ll be honest with you, things are really tight since we lost our biggest trade contract in October. Could we split the £2,416.80 into four monthly payments starting in January? I can set up a standing order so you don’t have to chase.\n\nReally sorry about this.\n\nOllie",
        lab(note="instalments requested"),
    ),
    Reply(
        "pl-en-2",
        "payment_plan",
        "en",
        ("Kez", "kez.barber@outlook.example"),
        "2026-12-07 12:30 +0000",
        "iphone",
        "can i do half now and half on the 31st??",
        lab(note="two-part payment proposal; no single promised date"),
    ),
    Reply(
        "pl-en-3",
        "payment_plan",
        "en",
        ("Eoin Mulcahy", "eoin.mulcahy@mulcahy-partners.example"),
        "2026-12-01 11:00 +0000",
        "outlook",
        "Dear Sirs,\n\nWe act for Clonmore Catering Supplies Ltd, which entered examinership on 17 November 2026. As part of the scheme being prepared, unsecured trade creditors are being offered 60 cent in the euro in full and final settlement, payable in two tranches in the first half of 2027.\n\nA formal proposal will follow. In the meantime we would ask that you suspend collection activity.\n\nYours faithfully,\n\nEoin Mulcahy\nMulcahy & Partners, Insolvency Practitioners",
        lab(note="reduced settlement in tranches: payment_plan, not a lawyer-only instruction"),
        amt="€4,305.00",
    ),
    Reply(
        "pl-en-4",
        "payment_plan",
        "en",
        ("Rachel Stone", "rachel.stone@stoneandslate.example"),
        "2026-12-14 09:12 +0000",
        "owa",
        "Hi,\n\nCould you give us another 30 days on this? Our year end is 31 December and cash is ring-fenced until the audit is done. If that’s OK we’ll pay in full in mid-January.\n\nKind regards\nRachel Stone\nFinancial Controller, Stone & Slate Interiors",
        lab(note="asks for more time: payment_plan; 'mid-January' is not a day"),
    ),
    Reply(
        "pl-de-1",
        "payment_plan",
        "de",
        ("Jürgen Pohl", "j.pohl@pohl-druck.example"),
        "2026-11-24 14:37 +0100",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\naufgrund eines Forderungsausfalls bei einem Großkunden bitten wir um Ratenzahlung: drei Raten zu je 1.039,48 €, fällig jeweils zum 15. Dezember, 15. Januar und 15. Februar.\n\nWir hoffen auf Ihr Verständnis.\n\nMit freundlichen Grüßen\nJürgen Pohl\nPohl Druck & Medien KG",
        lab(note="three instalments with dates: still payment_plan, no single promised date"),
    ),
    Reply(
        "pl-de-2",
        "payment_plan",
        "de",
        ("Anja Reimann", "anja.reimann@reimann-optik.example"),
        "2026-12-10 10:20 +0100",
        "thunderbird",
        "Guten Tag,\n\nwir müssen Sie leider um eine Stundung bis Ende Januar bitten. Das Weihnachtsgeschäft ist deutlich schlechter gelaufen als geplant.\n\nViele Grüße\nAnja Reimann",
        lab(note="Stundung = deferral; more time"),
        charset="iso-8859-1",
    ),
    Reply(
        "pl-fr-1",
        "payment_plan",
        "fr",
        ("Mathieu Roche", "mathieu.roche@roche-cycles.example"),
        "2026-12-04 13:13 +0100",
        "gmail",
        "Bonjour,\n\nEst-il possible de régler cette facture en trois fois sans frais ? Je peux faire un premier virement dès la semaine prochaine.\n\nMerci d'avance,\nMathieu Roche",
        lab(note="'en trois fois' = in three instalments"),
    ),
    Reply(
        "pl-fr-2",
        "payment_plan",
        "fr",
        ("Direction Boulangerie Pâtisserie Caron", "direction@maison-caron.example"),
        "2026-12-16 08:05 +0100",
        "android",
        "Bonjour,\nNous traversons une période très difficile (procédure de sauvegarde ouverte le 20/11). Pouvons-nous convenir d'un étalement de la dette sur six mois ?\nCordialement,\nD. Caron",
        lab(note="safeguard procedure; asks to spread the debt"),
    ),
    Reply(
        "pl-es-1",
        "payment_plan",
        "es",
        ("Nerea Etxeberria", "nerea@etxeberria-sidra.example"),
        "2026-12-11 17:26 +0100",
        "gmail",
        "Kaixo,\n\n¿Podríamos pagarla en dos plazos? La mitad ahora en diciembre y la otra mitad a finales de enero. Ahora mismo no nos llega para todo.\n\nEskerrik asko,\nNerea",
        lab(note="Basque greetings around Spanish text; two instalments"),
    ),
    Reply(
        "pl-nl-1",
        "payment_plan",
        "nl",
        ("Dirk Hoekstra", "dirk@hoekstra-hengelsport.example"),
        "2026-11-26 15:50 +0100",
        "outlook",
        "Goedemiddag,\n\nKunnen we een betalingsregeling treffen? Ik denk aan € 300 per maand tot het bedrag is afgelost. Eerder lukt helaas niet.\n\nMvg,\nDirk Hoekstra\nHoekstra Hengelsport",
        lab(note="monthly arrangement"),
    ),
    Reply(
        "pl-it-1",
        "payment_plan",
        "it",
        ("Ufficio Amministrativo Farmacia Sala", "amministrazione@farmaciasala.example"),
        "2026-12-02 12:02 +0100",
        "gmail_plain",
        "Buongiorno,\n\ncon la presente vi chiediamo una dilazione di 60 giorni sul pagamento della fattura in oggetto, a causa di un ritardo nei rimborsi da parte dell'ASL.\n\nRestiamo in attesa di un vostro riscontro.\n\nDott.ssa Marta Sala",
        lab(note="'dilazione' = extension"),
    ),
    Reply(
        "pl-it-2",
        "payment_plan",
        "it",
        ("Enzo", "enzo.pizzuti@libero.example"),
        "2026-12-18 18:47 +0100",
        "iphone",
        "Posso darvi 300 euro adesso e il resto a rate da gennaio? Fatemi sapere",
        lab(note="part now, rest in instalments"),
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Purchase Ledger", "purchaseledger@brightforge-tools.example"),
        "2026-11-23 10:41 +0000",
        "outlook_html",
        "Good morning,\n\nOur AP system automatically rejects invoices that don’t carry a purchase order number, which is why this one hasn’t been picked up. Please reissue KF26-30418 quoting PO 4500187732 and we’ll process it in the next run.\n\nMany thanks\nPurchase Ledger Team\nBrightforge Tools plc",
        lab(("KF26-30418",), note="reissue with a PO number; not contested"),
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Amara Okonkwo", "amara.okonkwo@okonkwo-imports.example"),
        "2026-12-02 15:09 +0000",
        "gmail",
        "Hello,\n\nCould you send over the signed proofs of delivery for the consignments on this invoice? Our finance director won’t release anything to a carrier without PODs on file. Nothing wrong with the amount as far as I can see.\n\nThanks,\nAmara",
        lab(note="PODs needed before payment; the amount is expressly not contested"),
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Steph", "steph.holloway@gmail.com"),
        "2026-12-09 21:55 +0000",
        "iphone",
        "never got this invoice?? can u send a copy pls",
        lab(note="copy requested"),
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Kreditorenbuchhaltung Lindner", "kreditoren@lindner-bau.example"),
        "2026-11-30 08:20 +0100",
        "outlook",
        "Guten Morgen,\n\nbitte senden Sie uns die Rechnung als E-Rechnung (XRechnung oder ZUGFeRD). Reine PDF-Rechnungen können wir seit der Umstellung nicht mehr verbuchen, daher ist die Zahlung bisher nicht erfolgt.\n\nMit freundlichen Grüßen\nKreditorenbuchhaltung\nLindner Bau GmbH & Co. KG",
        lab(note="e-invoice format required before payment"),
    ),
    Reply(
        "ir-de-2",
        "invoice_request",
        "de",
        ("Stefan Brunner", "stefan.brunner@brunner-weine.example"),
        "2026-12-14 16:33 +0100",
        "gmail",
        "Hallo,\n\nkönnen Sie mir bitte einen Kontoauszug mit allen offenen Posten schicken? Ich würde dann alles in einem Rutsch überweisen.\n\nDanke und Gruß\nStefan Brunner",
        lab(note="statement of account; 'in einem Rutsch' = in one go"),
        rlang="en",
        loc="de",
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Nadia Brunet", "nadia.brunet@atelier-brunet.example"),
        "2026-12-01 14:50 +0100",
        "owa",
        "Bonjour,\n\nDepuis le 1er octobre, notre activité a été reprise par la SAS Atelier Brunet Diffusion. Pourriez-vous nous renvoyer la facture au nom de la nouvelle société (SIRET 912 345 678 00021) ? Notre comptable ne peut pas la régler en l'état.\n\nBien cordialement,\nNadia Brunet",
        lab(note="reissue to a new legal entity"),
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Pierre-Louis Girard", "pl.girard@girard-archi.example"),
        "2026-12-07 09:03 +0100",
        "apple",
        "Bonjour,\n\nJe ne retrouve pas cette facture dans nos mails. Pouvez-vous me la renvoyer avec votre RIB ? Je m'en occupe dès réception.\n\nP.-L. Girard",
        lab(note="copy and bank details; 'dès réception' has no date"),
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Contabilidad Frutas Levante", "contabilidad@frutaslevante.example"),
        "2026-11-27 12:12 +0100",
        "outlook",
        "Buenos días:\n\nLa factura viene con un NIF que no es el nuestro. El correcto es B-46123456. Les rogamos que la anulen y emitan una nueva con los datos fiscales correctos para poder contabilizarla y pagarla.\n\nAtentamente,\nDpto. de Contabilidad\nFrutas Levante, S.L.",
        lab(note="tax id wrong: reissue; the amount is not contested"),
        charset="iso-8859-1",
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Valentina Ruiz", "valen.ruiz@ruiz-moda.example"),
        "2026-12-15 13:40 +0100",
        "gmail",
        "Hola!\n\n¿Me podéis mandar el desglose de los envíos? En la factura solo sale el total y mi gestor me lo pide para poder pasarla.\n\nGracias!!\nValen",
        lab(note="breakdown requested"),
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Crediteurenadministratie Zorggroep Meander", "crediteuren@zorggroep-meander.example"),
        "2026-12-03 11:18 +0100",
        "gmail_plain",
        "Geachte heer/mevrouw,\n\nFacturen worden bij ons uitsluitend verwerkt via ons leveranciersportaal. Wilt u de factuur daar uploaden? Per e-mail ontvangen facturen nemen wij niet in behandeling.\n\nMet vriendelijke groet,\nCrediteurenadministratie\nZorggroep Meander",
        lab(note="upload to supplier portal required"),
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Chiara Fontana", "c.fontana@fontana-ceramiche.example"),
        "2026-11-24 10:37 +0100",
        "outlook",
        "Buongiorno,\n\nla fattura non ci risulta pervenuta tramite SDI. Potete verificare il codice destinatario (M5UXCR1) e reinviarla? Senza la fattura elettronica non possiamo procedere al pagamento.\n\nGrazie\nChiara Fontana\nFontana Ceramiche spa",
        lab(note="Italian e-invoicing channel; resend requested"),
    ),
    Reply(
        "ir-it-2",
        "invoice_request",
        "it",
        ("Davide Colombo", "davide@colombo-bike.example"),
        "2026-12-10 15:58 +0100",
        "android",
        "Mi mandate per favore le coordinate bancarie aggiornate? L'IBAN in fattura risulta estinto e il bonifico ci è tornato indietro.",
        lab(
            note="an attempted transfer bounced back: the customer needs bank details before paying, so not payment_sent"
        ),
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Lee Haddon", "lee.haddon@brightforge-tools.example"),
        "2026-11-26 07:45 +0000",
        "outlook",
        "I’m in the goods-in team, I don’t deal with invoices at all. Please send it to ap@brightforge-tools.example instead.\n\nLee",
        lab(new_contact="ap@brightforge-tools.example"),
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Daniel Okafor", "dan.okafor.translates@gmail.com"),
        "2026-12-03 18:19 +0000",
        "gmail",
        "Hi,\n\nI think you’ve got the wrong Daniel. I’m a freelance translator and have never used a courier firm in my life – someone must have mistyped an email address somewhere.\n\nBest,\nDaniel",
        lab(note="wrong person, no alternative address; not a request to stop"),
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Harrowgate Medical Supplies", "accounts@harrowgate-med.example"),
        "2026-12-01 07:33 +0000",
        "none",
        "This mailbox is no longer monitored.\n\nFor accounts payable and supplier queries, please write to payables@harrowgate-med.example. Messages sent to this address are not read or forwarded.\n\nHarrowgate Medical Supplies Ltd",
        lab(
            new_contact="payables@harrowgate-med.example",
            note="automatic 'no longer monitored' notice with a replacement address: wrong_contact by the README rule",
        ),
        subject="Automatic reply: {rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Empfang Weinhaus Oberle", "empfang@weinhaus-oberle.example"),
        "2026-12-02 09:55 +0100",
        "outlook_html",
        "Guten Tag,\n\nFrau Keller ist seit dem 1. November nicht mehr bei uns beschäftigt. Zuständig für die Buchhaltung ist jetzt Herr Brandt, J.Brandt@Weinhaus-Oberle.example – ich habe ihn in Kopie gesetzt.\n\nFreundliche Grüße\nEmpfang Weinhaus Oberle",
        lab(
            new_contact="j.brandt@weinhaus-oberle.example",
            note="address written in mixed case and copied in Cc; labelled in lower case",
        ),
        cc="J.Brandt@Weinhaus-Oberle.example",
    ),
    Reply(
        "wc-de-2",
        "wrong_contact",
        "de",
        ("Lager Kufstein", "lager.kufstein@tiroler-sportartikel.example"),
        "2026-12-11 13:27 +0100",
        "gmail",
        "Servus,\n\nwir sind hier nur das Auslieferungslager. Rechnungen gehen bei uns alle an die Zentrale in Innsbruck, da kann ich nichts machen. Bitte schicken Sie das dorthin.\n\nLG\nFlorian",
        lab(note="branch warehouse; redirects to head office without an address"),
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Antoine Garnier", "antoine@optique-garnier.example"),
        "2026-11-30 12:48 +0100",
        "iphone",
        "Je ne m'occupe plus de la compta depuis septembre, voyez avec Lucie : lucie.garnier@optique-garnier.example",
        lab(new_contact="lucie.garnier@optique-garnier.example"),
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Magasin de Nantes – Bricoplus", "nantes@bricoplus-ouest.example"),
        "2026-12-08 10:31 +0100",
        "thunderbird",
        "Bonjour,\n\nVous écrivez à l'adresse du magasin de Nantes. La facturation fournisseurs est centralisée au siège de Rennes, merci de renvoyer votre relance à compta.siege@bricoplus-ouest.example.\n\nCordialement,\nL'équipe du magasin",
        lab(new_contact="compta.siege@bricoplus-ouest.example"),
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Recepción Hotel Miramar", "recepcion@hotelmiramar-sitges.example"),
        "2026-12-04 19:40 +0100",
        "gmail",
        "Buenas tardes,\n\nEste correo es el de recepción del hotel. Se lo he reenviado a administración, pero para la próxima, por favor escriban directamente a pagos@hotelmiramar-sitges.example.\n\nGracias,\nRecepción",
        lab(new_contact="pagos@hotelmiramar-sitges.example"),
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Sergio Medina", "smedina@grupoveloz.example"),
        "2026-12-16 09:15 +0100",
        "outlook",
        "Hola,\n\nYa no trabajo en Grupo Veloz desde el verano; solo me queda este buzón unos días más. Lo siento, pero no sé quién lleva ahora los pagos.\n\nSergio",
        lab(note="former employee, no new address"),
        rlang="en",
        loc="es",
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Planning Van Dam Transport", "planning@vandam-transport.example"),
        "2026-11-27 08:09 +0100",
        "outlook",
        "Goedemorgen,\n\nDit is het adres van de planning, hier doen we niets met facturen. Graag voortaan naar crediteuren@vandam-transport.example.\n\nGroet,\nPlanning",
        lab(new_contact="crediteuren@vandam-transport.example"),
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Info Tuincentrum Groenrijk", "info@tuincentrum-groenrijk.example"),
        "2026-12-09 14:00 +0100",
        "none",
        "Let op: deze mailbox wordt sinds 1 december niet meer gelezen.\n\nVoor facturen en betalingen kunt u terecht bij administratie@tuincentrum-groenrijk.example.\n\nTuincentrum Groenrijk",
        lab(
            new_contact="administratie@tuincentrum-groenrijk.example",
            note="automatic notice without Auto-Submitted, only Precedence: bulk",
        ),
        subject="Mailbox niet meer in gebruik",
        headers=(PREC_BULK,),
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Salvatore Greco", "salvo.greco@pizzeriagreco.example"),
        "2026-12-14 22:10 +0100",
        "gmail_plain",
        "Buonasera, sono il titolare di una pizzeria a Palermo, credo abbiate sbagliato indirizzo. Non ho mai usato i vostri servizi, controllate meglio.",
        lab(note="wrong recipient, no alternative address"),
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Wes", "wes.carver@gmail.com"),
        "2026-12-02 23:04 +0000",
        "iphone",
        "STOP emailing me",
        lab(),
    ),
    Reply(
        "un-en-2",
        "unsubscribe",
        "en",
        ("Jonathan Reeve", "jonathan.reeve@reeve-aggregates.example"),
        "2026-12-07 14:25 +0000",
        "outlook",
        "Dear Sirs,\n\nThis account is the subject of ongoing proceedings. All further correspondence must be directed to our solicitors, Pembury Lowe LLP, quoting reference PL/RA/2291. Please do not contact this company directly again.\n\nJonathan Reeve\nDirector",
        lab(
            note="'talk to our solicitors' and do not contact us: unsubscribe; no solicitor address given"
        ),
    ),
    Reply(
        "un-en-3",
        "unsubscribe",
        "en",
        ("Mel Ashworth", "mel@ashworthceramics.example"),
        "2026-12-10 16:51 +0000",
        "gmail",
        "This was paid WEEKS ago, I’ve sent your lot the remittance twice now. Take this address off your reminder list, I’m sick of these.",
        lab(
            note="payment claim plus a demand to stop: unsubscribe wins; payment fields not labelled"
        ),
    ),
    Reply(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Geschäftsleitung Hofmann Metall", "gl@hofmann-metall.example"),
        "2026-11-25 11:11 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nbitte richten Sie Mahnungen und Zahlungserinnerungen künftig ausschließlich auf dem Postweg an unsere Geschäftsadresse. E-Mails an diese Adresse werden nicht bearbeitet.\n\nMit freundlichen Grüßen\nGeschäftsleitung",
        lab(note="post only; old client sends Latin-1 labelled us-ascii"),
        charset="us-ascii-lie",
    ),
    Reply(
        "un-de-2",
        "unsubscribe",
        "de",
        ("Nils", "nils.peters@posteo.example"),
        "2026-12-12 10:02 +0100",
        "android",
        "Abmelden.",
        lab(),
    ),
    Reply(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Romain Perrin", "romain@perrin-vignobles.example"),
        "2026-12-01 17:36 +0100",
        "gmail",
        "Bonjour,\n\nMerci de retirer mon adresse de vos envois automatiques. Je suis le gérant, pas le comptable, et je reçois déjà tout en double par courrier.\n\nR. Perrin",
        lab(note="asks to be removed; unsubscribe beats the wrong-contact hint"),
    ),
    Reply(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Pilar", "pilar.navarro@telefonica.example"),
        "2026-11-28 09:30 +0100",
        "iphone",
        "No me escriban más a este correo, por favor.",
        lab(),
    ),
    Reply(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Gerencia Talleres Iglesias", "gerencia@talleresiglesias.example"),
        "2026-12-09 12:48 +0100",
        "outlook_html",
        "Muy señores nuestros:\n\nLes comunicamos que este asunto ha sido trasladado a nuestro despacho de abogados. Cualquier comunicación relativa a la factura deberá dirigirse exclusivamente a ellos. Absténganse de contactar con nosotros por esta vía.\n\nAtentamente,\nLa Gerencia",
        lab(note="lawyer-only instruction"),
    ),
    Reply(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("Femke Bos", "femke@bos-keramiek.example"),
        "2026-12-04 20:12 +0100",
        "gmail",
        "Graag uitschrijven voor deze mails, wij krijgen alles al per post binnen.",
        lab(),
    ),
    Reply(
        "un-nl-2",
        "unsubscribe",
        "nl",
        ("Herman Smit", "h.smit@smit-installatie.example"),
        "2026-12-15 08:44 +0100",
        "outlook",
        "Goedemorgen,\n\nWe betalen vrijdag, maar ik wil geen herinneringen meer per e-mail ontvangen. Haal dit adres uit jullie systeem alstublieft.\n\nH. Smit",
        lab(
            note="a promise for Friday plus stop-mailing: unsubscribe wins; promised_date not labelled"
        ),
    ),
    Reply(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Avv. Roberta Mancini per Edilmancini srl", "segreteria@edilmancini.example"),
        "2026-12-03 15:20 +0100",
        "gmail_plain",
        "Spett.le Kestrel,\n\nvi diffidiamo dal contattare ulteriormente la società a questo indirizzo. Per qualsiasi comunicazione relativa alla presunta posizione debitoria rivolgetevi esclusivamente al nostro legale.\n\nDistinti saluti",
        lab(note="formal notice: only through our lawyer"),
        charset="iso-8859-1",
    ),
    Reply(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Marco", "marco.ferri@tiscali.example"),
        "2026-12-17 11:11 +0100",
        "iphone",
        "cancellatemi dalla lista per favore",
        lab(),
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Helen Marsh", "helen.marsh@marsh-interiors.example"),
        "2026-12-02 07:33 +0000",
        "none",
        "Thank you for your email.\n\nI am out of the office on annual leave until Monday 14 December with no access to email. For anything urgent please contact Sanjay Patel on sanjay.patel@marsh-interiors.example.\n\nKind regards\nHelen",
        lab(
            return_date="2026-12-14",
            note="'until' a date → that date; a colleague's address does not set new_contact",
        ),
        subject="Automatic reply: {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        "en",
        ("Finance Support", "support@cloverleaf-retail.example"),
        "2026-11-24 07:36 +0000",
        "none_html",
        "Hello,\n\nThank you for contacting Cloverleaf Retail Finance Support. Your request has been logged as ticket #48213.\n\nA member of the team will respond within 2 business days. Please keep the ticket number in the subject line of any further emails.\n\nThis is an automated message – please do not reply.",
        lab(note="ticket acknowledgement, multipart/alternative, no date"),
        subject="[Ticket #48213] {rsub}",
        headers=(AUTO_GEN, ("X-Autoreply", "yes")),
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        "en",
        ("Tom Pryce", "tom@prycebrewing.example"),
        "2026-12-15 07:34 +0000",
        "none",
        "Hi, I’m on parental leave and back on 1 March 2027. Emails aren’t forwarded, so for orders and accounts please ring the taproom.\n\nCheers, Tom",
        lab(return_date="2027-03-01", note="out-of-office with no automatic headers"),
        subject="Away",
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Matthias Kern", "m.kern@kern-logistikberatung.example"),
        "2026-12-01 07:35 +0100",
        "none",
        "Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich Freitag, 4. Dezember, auf Dienstreise und habe nur eingeschränkten Zugriff auf meine E-Mails. Ab Montag, 7. Dezember, bin ich wieder im Büro.\n\nMit freundlichen Grüßen\nMatthias Kern",
        lab(return_date="2026-12-07", note="the stated day back wins"),
        subject="Abwesenheitsnotiz: {rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "ar-de-2",
        "auto_reply",
        "de",
        ("Buchhaltung Sattler", "buchhaltung@sattler-holzbau.example"),
        "2026-12-18 07:40 +0100",
        "none",
        "Sehr geehrte Damen und Herren,\n\nunser Büro bleibt vom 21.12.2026 bis einschließlich 03.01.2027 geschlossen. Ab dem 04.01.2027 sind wir wieder wie gewohnt für Sie erreichbar.\n\nIhre Nachricht wird nicht weitergeleitet.\n\nSattler Holzbau GmbH",
        lab(return_date="2027-01-04", note="company holiday closure; ISO-8859-1"),
        subject="Betriebsferien",
        charset="iso-8859-1",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Camille Rousseau", "camille.rousseau@rousseau-textiles.example"),
        "2026-12-07 07:36 +0100",
        "none",
        "Bonjour,\n\nJe suis absente jusqu'au mercredi 9 décembre inclus et serai de retour le jeudi 10 décembre. En cas d'urgence, vous pouvez joindre le standard au 02 40 00 00 00.\n\nCordialement,\nCamille Rousseau",
        lab(return_date="2026-12-10", note="stated day back wins over 'jusqu'au … inclus'"),
        subject="Réponse automatique : {rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "ar-fr-2",
        "auto_reply",
        "fr",
        ("Service Client Maison Lenoir", "service.client@maison-lenoir.example"),
        "2026-11-25 07:38 +0100",
        "none_html",
        "Bonjour,\n\nNous accusons réception de votre message, enregistré sous le numéro de dossier 2026-118734. Nos équipes le traiteront dans les meilleurs délais.\n\nMerci de ne pas répondre à ce courriel automatique.\n\nLe Service Client",
        lab(note="ticket acknowledgement"),
        subject="[Dossier 2026-118734] Accusé de réception",
        headers=(AUTO_GEN,),
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Álvaro Serrano", "alvaro.serrano@serrano-impresion.example"),
        "2026-11-24 07:35 +0100",
        "none",
        "Estaré fuera de la oficina hasta el lunes 30 de noviembre, con acceso limitado al correo.\n\nPara asuntos urgentes, llame al 963 000 000.\n\nUn saludo,\nÁlvaro",
        lab(return_date="2026-11-30"),
        subject="Respuesta automática: {rsub}",
        headers=(AUTO,),
        cte="b64",
    ),
    Reply(
        "ar-es-2",
        "auto_reply",
        "es",
        ("Distribuciones Gálvez", "info@distribucionesgalvez.example"),
        "2026-12-10 07:37 +0100",
        "none",
        "Gracias por su correo.\n\nNuestro horario de atención es de lunes a viernes de 8:00 a 15:00. Le responderemos lo antes posible.\n\nDistribuciones Gálvez",
        lab(note="autoresponder with only X-Autoreply, no Auto-Submitted"),
        subject="Re: {rsub}",
        headers=(("X-Autoreply", "yes"),),
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Pieter Mulder", "pieter@mulder-fietsen.example"),
        "2026-12-03 07:39 +0100",
        "none",
        "Bedankt voor uw bericht. Ik ben met vakantie tot en met vrijdag 11 december. Vanaf maandag 14 december ben ik weer aanwezig en zal ik uw mail beantwoorden.\n\nMet vriendelijke groet,\nPieter Mulder",
        lab(return_date="2026-12-14"),
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Elena Barbieri", "e.barbieri@barbieri-vetro.example"),
        "2026-12-18 07:41 +0100",
        "none",
        "Sono in ferie fino al 7 gennaio. Per urgenze amministrative scrivete a contabilita@barbieri-vetro.example.\n\nElena Barbieri",
        lab(
            return_date="2027-01-07",
            note="'fino al' → that date; next year; colleague address not new_contact",
        ),
        subject="Risposta automatica: {rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "ar-it-2",
        "auto_reply",
        "it",
        ("Amministrazione Moretti Utensili", "amministrazione@moretti-utensili.example"),
        "2026-12-07 07:36 +0100",
        "none",
        "Risposta automatica: l'ufficio amministrativo resta chiuso per il ponte dell'Immacolata (7 e 8 dicembre). Riapriamo mercoledì 9.\n\nMoretti Utensili srl",
        lab(return_date="2026-12-09"),
        subject="R: {rsub}",
        headers=(AUTO, XARS),
        charset="iso-8859-1",
    ),
]

OTHER = [
    Reply(
        "ot-en-1",
        "other",
        "en",
        ("Sarah Quinn", "sarah.quinn@quinnbakes.example"),
        "2026-11-23 11:32 +0000",
        "iphone",
        "Thanks, noted.",
        lab(note="bare acknowledgement: nothing paid or promised"),
    ),
    Reply(
        "ot-en-2",
        "other",
        "en",
        ("Callum Le Page", "callum@lepage-knitwear.example"),
        "2026-12-01 13:14 +0000",
        "gmail",
        "Hi,\n\nWhile I’ve got you – do you still do Saturday collections from Guernsey? We’ve a big order to get out before Christmas and our usual slot is full.\n\nCallum",
        lab(note="service question in the reminder thread"),
    ),
    Reply(
        "ot-en-3",
        "other",
        "en",
        ("Brian Kettle", "brian@kettle-ironmongery.example"),
        "2026-12-08 10:00 +0000",
        "apple",
        "Leave it with me.",
        lab(note="genuinely unclear: neither a promise nor a payment"),
    ),
    Reply(
        "ot-de-1",
        "other",
        "de",
        ("Sabine Wolff", "s.wolff@wolff-moebel.example"),
        "2026-11-26 15:05 +0100",
        "html_only",
        "Danke für die Info. Ich kläre das intern und melde mich dann bei Ihnen.\n\nGruß\nSabine Wolff",
        lab(note="will look into it; no commitment to pay"),
    ),
    Reply(
        "ot-de-2",
        "other",
        "de",
        ("Thomas Engel", "t.engel@engel-autohaus.example"),
        "2026-12-09 17:22 +0100",
        "gmail",
        "Hallo,\n\nwenn ich Sie schon am Draht habe: Ihr Fahrer hat gestern wieder mitten in unserer Werkstatteinfahrt geparkt und zwei Kunden blockiert. Bitte geben Sie das an die Disposition weiter.\n\nThomas Engel",
        lab(note="complaint about a driver, not about the invoice"),
    ),
    Reply(
        "ot-fr-1",
        "other",
        "fr",
        ("Jacqueline Morel", "j.morel@mercerie-morel.example"),
        "2026-12-05 10:44 +0100",
        "thunderbird",
        "Bonjour,\n\nJe ferme définitivement la boutique le 31 décembre (départ à la retraite). Comment puis-je vous rendre les sacs et étiquettes prépayés qu'il me reste ?\n\nJ. Morel",
        lab(note="closing down; question about materials; nothing about paying"),
        charset="iso-8859-1",
    ),
    Reply(
        "ot-fr-2",
        "other",
        "fr",
        ("Karim Benali", "karim.benali@benali-primeurs.example"),
        "2026-12-14 12:03 +0100",
        "iphone_html",
        "Bonjour, pouvez-vous me rappeler au 06 12 34 56 78 ? Je préfère en parler de vive voix.",
        lab(note="call-back request; content unknown"),
    ),
    Reply(
        "ot-es-1",
        "other",
        "es",
        ("Íñigo Lasa", "inigo@lasa-socios.example"),
        "2026-11-30 18:31 +0100",
        "gmail",
        "Recibido. Lo comento con mi socio y os digo algo.",
        lab(note="received, will discuss with partner: nothing actionable"),
    ),
    Reply(
        "ot-es-2",
        "other",
        "es",
        ("Gabriela Treviño", "gtrevino@artesaniasoaxaca.example"),
        "2026-12-11 11:20 -0600",
        "outlook",
        "Buenos días,\n\n¿Siguen dando servicio a Oaxaca capital? Tenemos un envío grande para la segunda semana de enero y queremos cotizar.\n\nSaludos,\nGabriela Treviño",
        lab(note="quotation request in the thread"),
        rlang="en",
        loc="es",
        amt="MXN 18,450.00",
    ),
    Reply(
        "ot-nl-1",
        "other",
        "nl",
        ("Ruud Vermeulen", "ruud@vermeulen-verpakkingen.example"),
        "2026-12-02 14:14 +0100",
        "outlook",
        "Goedemiddag,\n\nWij zijn per 1 december overgenomen door de Van Rijn Groep. Wat betekent dat voor ons raamcontract met jullie? Graag even contact.\n\nGroet,\nRuud Vermeulen",
        lab(note="takeover question; the writer is still the contact"),
    ),
    Reply(
        "ot-it-1",
        "other",
        "it",
        ("Luca Bianchi", "luca.bianchi@bianchi-alimentari.example"),
        "2026-11-27 09:26 +0100",
        "bottom",
        "Ma questa fattura non era già stata pagata? Controllo e vi faccio sapere.",
        lab(note="unsure whether paid: a question, not a payment claim; bottom-posted"),
    ),
    Reply(
        "ot-it-2",
        "other",
        "it",
        ("Francesca", "francesca.rota@rota-fiori.example"),
        "2026-12-16 16:45 +0100",
        "android",
        "Ok grazie",
        lab(note="bare acknowledgement"),
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

MTA = "smtp-out.kestrel-freight.example"


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
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    def reminder(self) -> Message:
        sent = self.dt - timedelta(minutes=4)
        return original_reminder(self.rlang, self.rcpt, sent, self.key)

    def subject(self) -> str:
        return reminder_subject(self.rlang, DEFAULT_INV)


def delivery_status(b: Bounce, mta: str, action: str, diagnostic: str, remote: str = "") -> Message:
    per_message = (
        f"Reporting-MTA: dns; {mta}\nArrival-Date: {format_datetime(b.dt - timedelta(minutes=4))}\n"
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
        lines.append(f"Will-Retry-Until: {format_datetime(b.dt + timedelta(days=4))}")
    blocks = [per_message, "\n".join(lines) + "\n"]
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


def headers_block(b: Bounce) -> str:
    rem = b.reminder()
    return (
        f"From: {rem['From']}\nTo: {rem['To']}\nSubject: {latin1_safe(b.subject())}\n"
        f"Date: {rem['Date']}\nMessage-ID: {rem['Message-ID']}\n"
    )


def bounce_qmail_en(b: Bounce) -> Message:
    text = (
        f"Hi. This is the qmail-send program at {MTA}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "203.0.113.71 does not like recipient.\n"
        f"Remote host said: 550 5.1.1 <{b.rcpt}>: mailbox unavailable, no such user here\n"
        "Giving up on 203.0.113.71.\n\n"
        "--- Below this line is a copy of the message.\n\n"
        + headers_block(b)
        + "\n"
        + REMINDER_BODY[b.rlang].format(inv=DEFAULT_INV, amt=DEFAULT_AMOUNT[b.rlang])
        + "\n"
    )
    msg = Message()
    msg.set_payload(text.encode("utf-8").decode("ascii", "replace").replace("\ufffd", "?"))
    return finish(b, msg, f"MAILER-DAEMON@{MTA}", "failure notice")


def bounce_postfix_delay_en(b: Bounce) -> Message:
    human = (
        f"This is the mail system at host {MTA}.\n\n"
        "####################################################################\n"
        "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
        "####################################################################\n\n"
        "Your message could not be delivered for more than 4 hour(s).\n"
        "It will be retried until it is 4 day(s) old.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: connect to mx.northgate-stationers.example[198.51.100.9]:25:\n"
        "    Connection timed out\n"
    )
    parts = [
        text_part(human, "plain", "us-ascii", "7bit"),
        delivery_status(b, MTA, "delayed", "4.4.1 Connection timed out"),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        f"MAILER-DAEMON@{MTA} (Mail Delivery System)",
        "Delayed Mail (still being retried)",
    )


def m365_human(lines: list[str], charset: str = "utf-8") -> Message:
    text = "\n\n".join(lines) + "\n"
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset='
        + charset
        + '"></head><body><table width="100%" style="font-family:Segoe UI,sans-serif">'
        + "".join(f"<tr><td>{html_lines(x)}</td></tr>" for x in lines)
        + "</table></body></html>\n"
    )
    alt = MIMEMultipart("alternative")
    alt.attach(text_part(text, "plain", charset, "qp"))
    alt.attach(text_part(markup, "html", charset, "qp"))
    return alt


M365_SENDER = (
    "Microsoft Outlook <MicrosoftExchange8d1f0c3a6b2e4a7c9e5d1b0f2a4c6e8d@kestrel-freight.example>"
)


def bounce_m365_en(b: Bounce) -> Message:
    domain = b.rcpt.split("@")[1]
    diag = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    human = m365_human(
        [
            f"Your message to {b.rcpt} couldn't be delivered.",
            f"{b.rcpt.split('@')[0]} wasn't found at {domain}.",
            "Action Required: Recipient — Unknown To address",
            "How to Fix It\nThe address may be misspelled or may not exist. Try one or more of the following: check the spelling and resend, or remove the recipient and contact them another way.",
            f"More Info for Email Admins\nStatus code: {b.status}\nThe recipient's email system rejected the message because the address does not exist.",
        ]
    )
    parts = [
        human,
        delivery_status(b, "DB9PR05MB8123.eurprd05.prod.outlook.example", "failed", diag),
        returned_headers(b),
    ]
    return finish(b, report(parts), M365_SENDER, f"Undeliverable: {b.subject()}")


def bounce_provider_de_hard(b: Bounce) -> Message:
    text = (
        "Diese Nachricht wurde automatisch vom Mailserver erzeugt.\n\n"
        "Ihre E-Mail konnte nicht zugestellt werden. Der empfangende Server hat die Annahme dauerhaft abgelehnt:\n\n"
        f"    Empfänger: {b.rcpt}\n"
        f"    Antwort des Servers: 550 5.1.1 <{b.rcpt}> Postfach existiert nicht\n\n"
        "Bitte prüfen Sie die Schreibweise der Adresse. Ein erneuter Versand an diese Adresse ist zwecklos.\n"
    )
    parts = [
        text_part(text, "plain", "iso-8859-1", "qp"),
        delivery_status(
            b,
            "mout.mailhaus-de.example",
            "failed",
            f"550 5.1.1 <{b.rcpt}> Postfach existiert nicht",
            "mx00.mailhaus-de.example",
        ),
        MIMEMessage(b.reminder()),
    ]
    return finish(
        b,
        report(parts),
        "Mail Delivery System <mailer-daemon@mout.mailhaus-de.example>",
        "Unzustellbare Nachricht",
    )


def bounce_exchange_de_delay(b: Bounce) -> Message:
    diag = "441 4.4.1 Error encountered while communicating with primary target IP address: Failed to connect"
    human = m365_human(
        [
            f"Die Zustellung an diese Empfänger oder Gruppen verzögert sich:\n\n{b.rcpt}",
            f"Betreff: {b.subject()}",
            "Diese Nachricht wurde noch nicht zugestellt. Es wird weiterhin versucht, sie zuzustellen. Sie müssen nichts unternehmen; wir benachrichtigen Sie, falls die Zustellung endgültig fehlschlägt.",
            f"Diagnoseinformationen für Administratoren:\n\n{b.rcpt}\n{diag}",
        ]
    )
    parts = [
        human,
        delivery_status(b, "FR3P281MB1550.DEUP281.PROD.OUTLOOK.example", "delayed", diag),
        returned_headers(b),
    ]
    return finish(b, report(parts), M365_SENDER, f"Übermittlung verzögert: {b.subject()}")


def bounce_provider_fr_hard(b: Bounce) -> Message:
    domain = b.rcpt.split("@")[1]
    text = (
        "Bonjour,\n\n"
        "Nous sommes au regret de vous informer que votre message n'a pas pu être distribué.\n\n"
        f"Destinataire : {b.rcpt}\n"
        f"Motif : le domaine « {domain} » n'existe pas ou n'accepte pas de courrier (550 5.1.2).\n\n"
        "Cette erreur est définitive. Vérifiez l'adresse avant tout nouvel envoi.\n\n"
        "Le service de messagerie\n"
    )
    parts = [
        text_part(text, "plain", "utf-8", "qp"),
        delivery_status(
            b, "smtp.relais-courriel.example", "failed", f"550 5.1.2 Host unknown ({domain})"
        ),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        "Service de messagerie <postmaster@relais-courriel.example>",
        "Message non remis",
    )


def bounce_plain_fr_soft(b: Bounce) -> Message:
    text = (
        "Ceci est un message automatique.\n\n"
        f"Votre courriel à destination de {b.rcpt} est toujours en attente.\n"
        "La boîte aux lettres du destinataire est pleine (452 4.2.2 Over quota).\n\n"
        "Nous allons réessayer pendant 72 heures. Inutile de renvoyer votre message.\n\n"
        "---- En-têtes du message d'origine ----\n" + headers_block(b)
    )
    msg = text_part(text, "plain", "iso-8859-1", "8bit")
    return finish(
        b,
        msg,
        "MAILER-DAEMON@mx2.hebergement-pme.example",
        "Avertissement : message en attente de remise",
        auto=False,
    )


def gmail_human(lines: list[str]) -> Message:
    text = "\n\n".join(lines) + "\n"
    markup = (
        "<html><body>" + "".join(f"<p>{html.escape(x)}</p>" for x in lines) + "</body></html>\n"
    )
    alt = MIMEMultipart("alternative")
    alt.attach(text_part(text, "plain", "utf-8", "qp"))
    alt.attach(text_part(markup, "html", "utf-8", "qp"))
    return alt


def bounce_gmail_es_hard(b: Bounce) -> Message:
    human = gmail_human(
        [
            "** No se ha encontrado la dirección **",
            f"Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o esta no puede recibir correo.",
            "Más información: https://support.google.com/mail/?p=NoSuchUser",
            "La respuesta ha sido:",
            "550 5.1.1 The email account that you tried to reach does not exist. 5b1f17b1804b1-43d2a1b7c0fsi88a.120 - gsmtp",
        ]
    )
    diag = "550-5.1.1 The email account that you tried to reach does not exist."
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
        "Notificación de estado de entrega (error)",
    )


def bounce_exim_es_soft(b: Bounce) -> Message:
    text = (
        "Este mensaje ha sido generado automáticamente por el sistema de correo.\n\n"
        "Un mensaje enviado por usted todavía no ha podido entregarse a uno o más\n"
        "destinatarios tras permanecer más de 12 horas en la cola de\n"
        "correo.servidores-iberia.example.\n\n"
        f"Asunto del mensaje: {b.subject()}\n\n"
        f"Destinatario pendiente:\n  {b.rcpt}\n"
        f"    Motivo del retraso: 451 4.7.1 <{b.rcpt}>: greylisted, please try again later\n\n"
        "No es necesario hacer nada. Se seguirá intentando la entrega y, si finalmente\n"
        "no fuera posible, recibirá un aviso de error.\n"
    )
    msg = text_part(text, "plain", "utf-8", "8bit")
    return finish(
        b,
        msg,
        "Sistema de entrega de correo <Mailer-Daemon@correo.servidores-iberia.example>",
        "Aviso: mensaje retrasado 12 horas",
    )


def bounce_nl_hard(b: Bounce) -> Message:
    text = (
        "Uw bericht kon niet worden afgeleverd.\n\n"
        f"Geadresseerde: {b.rcpt}\n"
        "Reden: het account van de ontvanger is uitgeschakeld (550 5.2.1 mailbox disabled).\n\n"
        "Dit is een permanente fout. Het bericht wordt niet opnieuw verzonden. De originele berichtkoppen staan hieronder.\n"
    )
    parts = [
        text_part(text, "plain", "utf-8", "qp"),
        delivery_status(
            b,
            "mail.kpnmail-zakelijk.example",
            "failed",
            "550 5.2.1 mailbox disabled",
            "mx.bakkerij-vanlaar.example",
        ),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        "Mail Delivery Service <postmaster@mail.kpnmail-zakelijk.example>",
        f"Onbestelbaar: {b.subject()}",
    )


def bounce_nl_soft(b: Bounce) -> Message:
    diag = "452 4.2.2 The email account that you tried to reach is over quota"
    human = m365_human(
        [
            f"Bezorging naar deze geadresseerden of groepen is vertraagd:\n\n{b.rcpt}",
            "De mailbox van de ontvanger is vol. We blijven het bericht de komende twee dagen opnieuw proberen te bezorgen; u hoeft niets te doen.",
            f"Diagnostische gegevens voor beheerders:\n\n{b.rcpt}\n{diag}",
        ]
    )
    parts = [
        human,
        delivery_status(b, "AM6PR05MB4410.eurprd05.prod.outlook.example", "delayed", diag),
        MIMEMessage(b.reminder()),
    ]
    return finish(b, report(parts), M365_SENDER, f"Bezorging vertraagd: {b.subject()}")


def bounce_it_soft(b: Bounce) -> Message:
    text = (
        "Avviso automatico del sistema di posta.\n\n"
        f"Il messaggio per {b.rcpt} non è stato ancora recapitato: il server di destinazione\n"
        "rifiuta temporaneamente le connessioni (421 4.3.2 servizio non disponibile).\n\n"
        "Ritenteremo la consegna per altri 3 giorni. Non occorre inviare di nuovo il messaggio.\n"
    )
    parts = [
        text_part(text, "plain", "iso-8859-1", "qp"),
        delivery_status(
            b,
            "relay.postaimpresa.example",
            "delayed",
            "421 4.3.2 Service not available",
            "mail.enoteca-serafini.example",
        ),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        "Postmaster <postmaster@relay.postaimpresa.example>",
        "Notifica di ritardo nella consegna",
    )


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            "bo-en-1",
            "en",
            "hard",
            "5.1.1",
            "accounts@quayside-hardware.example",
            "2026-11-23 07:39 +0000",
            "en",
            "qmail notice, non-MIME, with the message inline",
        ),
        bounce_qmail_en,
    ),
    (
        Bounce(
            "bo-en-2",
            "en",
            "soft",
            "4.4.1",
            "finance@northgate-stationers.example",
            "2026-12-01 11:40 +0000",
            "en",
            "Postfix delay warning with text/rfc822-headers",
        ),
        bounce_postfix_delay_en,
    ),
    (
        Bounce(
            "bo-en-3",
            "en",
            "hard",
            "5.1.10",
            "j.weller@wellerdesign.example",
            "2026-12-09 07:42 +0000",
            "en",
            "Microsoft 365 'couldn't be delivered' report",
        ),
        bounce_m365_en,
    ),
    (
        Bounce(
            "bo-de-1",
            "de",
            "hard",
            "5.1.1",
            "rechnungen@kaiser-feinkost.example",
            "2026-11-25 07:40 +0100",
            "de",
            "German provider report with the full returned message",
        ),
        bounce_provider_de_hard,
    ),
    (
        Bounce(
            "bo-de-2",
            "de",
            "soft",
            "4.4.1",
            "einkauf@bergmann-werkzeuge.example",
            "2026-12-10 11:35 +0100",
            "de",
            "Exchange delay notice in German",
        ),
        bounce_exchange_de_delay,
    ),
    (
        Bounce(
            "bo-fr-1",
            "fr",
            "hard",
            "5.1.2",
            "compta@epicerie-fine-dubois.example",
            "2026-11-30 07:41 +0100",
            "fr",
            "unknown domain",
        ),
        bounce_provider_fr_hard,
    ),
    (
        Bounce(
            "bo-fr-2",
            "fr",
            "soft",
            "4.2.2",
            "admin@garage-lefort.example",
            "2026-12-15 13:02 +0100",
            "fr",
            "single-part Latin-1 8bit notice without Auto-Submitted; mailbox full",
        ),
        bounce_plain_fr_soft,
    ),
    (
        Bounce(
            "bo-es-1",
            "es",
            "hard",
            "5.1.1",
            "pedidos.lamarina@gmail.com",
            "2026-12-03 07:37 +0100",
            "es",
            "Gmail DSN in Spanish",
        ),
        bounce_gmail_es_hard,
    ),
    (
        Bounce(
            "bo-es-2",
            "es",
            "soft",
            "4.7.1",
            "facturas@vinosdelsur.example",
            "2026-12-16 19:38 +0100",
            "es",
            "greylisting delay, single-part 8bit",
        ),
        bounce_exim_es_soft,
    ),
    (
        Bounce(
            "bo-nl-1",
            "nl",
            "hard",
            "5.2.1",
            "inkoop@bakkerij-vanlaar.example",
            "2026-12-07 07:38 +0100",
            "nl",
            "mailbox disabled: permanent",
        ),
        bounce_nl_hard,
    ),
    (
        Bounce(
            "bo-nl-2",
            "nl",
            "soft",
            "4.2.2",
            "info@dekleinewinkel.example",
            "2026-12-11 15:20 +0100",
            "nl",
            "mailbox full, delayed, with message/rfc822",
        ),
        bounce_nl_soft,
    ),
    (
        Bounce(
            "bo-it-1",
            "it",
            "soft",
            "4.3.2",
            "ordini@enoteca-serafini.example",
            "2026-12-17 10:50 +0100",
            "it",
            "Italian relay delay report",
        ),
        bounce_it_soft,
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
    for key, _, label in items:
        if label["intent"] not in INTENTS or label["language"] not in LANGS:
            raise SystemExit(f"{key}: bad intent or language")
    random.Random(SEED).shuffle(items)
    for old in HERE.glob("h13-*.eml"):
        old.unlink()
    labels = []
    for number, (_, msg, label) in enumerate(items, start=1):
        name = f"h13-{number:03d}.eml"
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
