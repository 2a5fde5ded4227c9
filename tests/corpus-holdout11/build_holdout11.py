# ruff: noqa: E501, RUF001
# Message text is kept one paragraph a line, the way a mail client sends it, with the
# typographic dashes and quotes people and their clients really type.
"""Build held-out reply corpus 11: `h11-NNN.eml` files and `labels.jsonl`.

Every message answers (or bounces) an overdue reminder from the receivables team of Lanternfield
Academy, a training and seminar organiser. The new text of each message is written by hand below;
this script only adds what a mail client or a mail server would add (the quoted reminder in the
client's layout and language, headers, MIME structure, charsets and transfer encodings). Run it
from anywhere: it writes next to itself, deterministically.
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
SEED = 20261111
AR_NAME = "Lanternfield Receivables"
AR_ADDR = "receivables@lanternfield-academy.example"
AR_DOMAIN = "lanternfield-academy.example"
DEFAULT_INV = "LF26-03391"
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
    "en": "Payment reminder – invoice {inv} is past due",
    "de": "Zahlungserinnerung – Rechnung {inv} ist überfällig",
    "fr": "Rappel de paiement – facture {inv} échue",
    "es": "Aviso de pago – factura {inv} vencida",
    "nl": "Betalingsherinnering – factuur {inv} is vervallen",
    "it": "Promemoria di pagamento – fattura {inv} scaduta",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "We have not yet been able to match a payment to the invoice below, which is now past its due date:\n\n"
        "    Invoice {inv}    dated 14/10/2026    payable by 13/11/2026    {amt}\n\n"
        "If the money is already on its way, please tell us the payment date and reference so we can allocate it. If something on the invoice looks wrong to you, reply to this email and we will look into it.\n\n"
        "With thanks,\n\nReceivables team\nLanternfield Academy Ltd – training, seminars & e-learning\n12 Ropewalk Yard, Bristol BS1 4QX\nreceivables@lanternfield-academy.example"
    ),
    "de": (
        "Guten Tag,\n\n"
        "für die folgende Rechnung konnten wir bislang keinen Zahlungseingang feststellen:\n\n"
        "    Rechnung {inv}    Datum 14.10.2026    zahlbar bis 13.11.2026    {amt}\n\n"
        "Falls die Zahlung bereits unterwegs ist, nennen Sie uns bitte Datum und Verwendungszweck, damit wir sie zuordnen können. Haben Sie Fragen zur Rechnung, antworten Sie einfach auf diese Nachricht.\n\n"
        "Freundliche Grüße\n\nForderungsmanagement\nLanternfield Academy Ltd"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Nous n'avons pas encore pu rapprocher de paiement de la facture ci-dessous, dont l'échéance est dépassée :\n\n"
        "    Facture {inv}    du 14/10/2026    à régler avant le 13/11/2026    {amt}\n\n"
        "Si le règlement est déjà en cours, merci de nous communiquer sa date et sa référence. Si un élément de la facture vous semble inexact, répondez simplement à ce message.\n\n"
        "Bien à vous,\n\nService recouvrement\nLanternfield Academy Ltd"
    ),
    "es": (
        "Hola:\n\n"
        "Todavía no hemos podido asociar ningún pago a la factura siguiente, cuyo plazo ya ha vencido:\n\n"
        "    Factura {inv}    fecha 14/10/2026    a pagar antes del 13/11/2026    {amt}\n\n"
        "Si el pago ya está en camino, indíquenos por favor la fecha y la referencia para poder aplicarlo. Si algo de la factura no le parece correcto, conteste a este correo y lo revisaremos.\n\n"
        "Un saludo,\n\nEquipo de cobros\nLanternfield Academy Ltd"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Wij hebben nog geen betaling kunnen koppelen aan onderstaande factuur, waarvan de betaaltermijn is verstreken:\n\n"
        "    Factuur {inv}    d.d. 14-10-2026    te betalen vóór 13-11-2026    {amt}\n\n"
        "Is de betaling al onderweg, laat ons dan de datum en het betalingskenmerk weten. Klopt er iets niet aan de factuur, reageer dan op deze e-mail.\n\n"
        "Met vriendelijke groet,\n\nAfdeling debiteuren\nLanternfield Academy Ltd"
    ),
    "it": (
        "Buongiorno,\n\n"
        "non ci risulta ancora alcun pagamento per la fattura indicata qui sotto, il cui termine è ormai superato:\n\n"
        "    Fattura {inv}    emessa il 14/10/2026    da pagare entro il 13/11/2026    {amt}\n\n"
        "Se il pagamento è già stato disposto, vi chiediamo di indicarci data e riferimento per poterlo abbinare. Se qualcosa nella fattura non vi torna, rispondete pure a questa e-mail.\n\n"
        "Un cordiale saluto,\n\nUfficio crediti\nLanternfield Academy Ltd"
    ),
}
DEFAULT_AMOUNT = {
    "en": "£2,340.00",
    "de": "2.980,00 €",
    "fr": "1 450,00 €",
    "es": "1.190,00 €",
    "nl": "€ 1.980,00",
    "it": "€ 760,00",
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
    """The reminder went out on a working day before the reply, a little after nine."""
    day = reply - timedelta(days=days_before)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day.replace(hour=9, minute=2 + day.day % 7, second=14)


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{salt}:{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:n]


def reminder_msgid(key: str) -> str:
    return f"<{b32(key, 'reminder', 20)}@{AR_DOMAIN}>"


def reply_msgid(key: str, style: str, addr: str) -> str:
    domain = addr.split("@")[1]
    raw = digest(key, "reply")
    if style in {"gmail", "gmail_plain"}:
        tail = base64.urlsafe_b64encode(raw).decode().rstrip("=")[:40]
        return f"<CA+{tail}@mail.gmail.com>"
    if style.startswith(("outlook", "owa", "android", "html_only")):
        return f"<{b32(key, 'ms', 28)}@{b32(key, 'host', 8)}.EURPRD02.PROD.OUTLOOK.COM>"
    if style in {"apple", "iphone"}:
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
    enc = "iso-8859-1" if charset in {"iso-8859-1", "us-ascii-lie"} else charset
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
    """The reminder as Lanternfield sent it (returned inside bounces)."""
    inv = DEFAULT_INV
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
        '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>\n'
        '</head>\n<body lang="EN-GB" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n'
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
}
OUTLOOK_FAMILY = {"outlook", "outlook_html", "html_only", "owa", "android"}
STYLE_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22B91)"),),
    "iphone_html": (("X-Mailer", "iPhone Mail (22B91)"),),
    "thunderbird": (
        (
            "User-Agent",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.2",
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
    msg["Subject"] = header_text(reply_subject(r, q), r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r.key, r.style, r.who[1])
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
XAUTO = ("X-Autoreply", "yes")
PREC_AR = ("Precedence", "auto_reply")
PREC_BULK = ("Precedence", "bulk")
FAKE_PDF = (
    b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R/Size 3>>\n%%EOF\n"
)

PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Kiran Basra", "kiran.basra@norrvik-logistics.example"),
        "2026-11-23 10:14 +0000",
        "outlook_html",
        "Hi,\n\nThis went out in Friday's supplier run – remittance copied below for your records.\n\nREMITTANCE ADVICE\nPayer: Norrvik Logistics UK Ltd\nPayment date: 20/11/2026\nMethod: BACS\nPayment no.: 2000418832\n\nYour invoice    Our doc no.    Gross\nLF26-03391    5100092217    £4,860.00\nLF26-03412    5100092301    £1,215.00\nTotal paid    £6,075.00\n\nRegards,\nKiran\n\nKiran Basra | Accounts Payable Assistant\nNorrvik Logistics UK Ltd | Unit 9, Kingsway Park, Warrington\nPlease quote our PO number on all invoices.",
        lab(
            ("LF26-03391", "LF26-03412"),
            paid_date="2026-11-20",
            payment_reference="2000418832",
            amount="6075.00",
            currency="GBP",
            note="AP remittance advice pasted into a reply; 'Friday's run' and the advice both give 20 Nov; the amount is the total of both invoices",
        ),
        amt="£4,860.00",
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        ("Dev Okafor", "dev.okafor.physio@gmail.com"),
        "2026-11-18 21:37 +0000",
        "iphone",
        "paid it just now on my banking app, sorry its been a mad month. put my surname as the ref\n\nDev",
        lab(
            paid_date="2026-11-18",
            note="sole trader on a phone; 'just now' is the message date; the reference is described, not given",
        ),
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Marisol Grant", "mgrant@pinecrest-dental.example"),
        "2026-12-04 15:20 -0500",
        "gmail",
        "Hi there —\n\nOur controller cut a check on the 2nd and it went in the mail that afternoon (check #10447, $3,150.00). Mail from here to the UK has been slow, so if it hasn't turned up by the 16th let me know and we'll void it and wire the funds instead.\n\nBest,\nMarisol\nOffice Manager, Pinecrest Family Dental",
        lab(
            paid_date="2026-12-02",
            payment_reference="10447",
            amount="3150.00",
            currency="USD",
            note="a mailed check is a payment sent; the 'if it hasn't turned up' clause is a fallback, not a promise",
        ),
        amt="$3,150.00",
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Sabine Wurzer", "kreditoren@alpenring-makler.example"),
        "2026-11-26 09:12 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\ndie o. g. Rechnung LF26-03391 wurde mit Valuta 24.11.2026 in Höhe von 2.980,00 EUR auf Ihr Konto überwiesen (Zahlungsavis-Nr. ZA-2611-0348). Wir bitten um Prüfung des Zahlungseingangs.\n\nMit freundlichen Grüßen\ni. A. Sabine Wurzer\nKreditorenbuchhaltung\n\nAlpenring Versicherungsmakler GmbH\nMariahilfer Straße 112, 1070 Wien\nFirmenbuch FN 288114 t",
        lab(
            ("LF26-03391",),
            paid_date="2026-11-24",
            payment_reference="ZA-2611-0348",
            amount="2980.00",
            currency="EUR",
            note="Austrian AP department; Valuta is the value date of the transfer",
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "ps-de-2",
        "payment_sent",
        "de",
        ("Jens Thielmann", "jens@thielmann-fotografie.example"),
        "2026-12-08 07:55 +0100",
        "android",
        "Hab's gestern überwiesn. Gruß Jens",
        lab(
            paid_date="2026-12-07",
            note="one-liner with a typo; 'gestern' from Tuesday 8 Dec is Monday 7 Dec",
        ),
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Hélène Masson", "cabinet.masson.kine@skynet-mail.example"),
        "2026-11-19 11:02 +0100",
        "gmail",
        "Bonjour,\n\nLe virement est parti ce matin depuis notre compte professionnel, montant 1 450,00 €, avec la communication structurée +++090/4471/22318+++.\n\nBonne journée,\n\nHélène Masson\nCabinet de kinésithérapie Masson – Namur",
        lab(
            paid_date="2026-11-19",
            payment_reference="+++090/4471/22318+++",
            amount="1450.00",
            currency="EUR",
            note="Belgian structured communication is the payment reference; 'ce matin' is the message date",
        ),
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Corinne Aebischer", "c.aebischer@helvetia-precision.example"),
        "2026-12-10 14:30 +0100",
        "owa",
        "Bonjour,\n\nNous vous confirmons que le paiement de CHF 2 175.00 a été libéré hier dans notre système. Selon notre banque, le montant devrait figurer sur votre compte d'ici deux à trois jours ouvrables.\n\nMeilleures salutations\n\nCorinne Aebischer\nComptabilité fournisseurs\nHelvetia Précision SA – Yverdon-les-Bains",
        lab(
            paid_date="2026-12-09",
            amount="2175.00",
            currency="CHF",
            note="Swiss customer paying in francs; 'libéré hier' means the payment was released on Wednesday 9 Dec",
        ),
        amt="CHF 2 175.00",
        rlang="de",
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Nuria Vidal", "nuria.vidal.estetica@gmail.com"),
        "2026-11-20 13:45 +0100",
        "iphone",
        "Holaa! Ya está, transferencia hecha hace un rato. Iba a hacer bizum pero claro a empresas no se puede jaja. Si quieres te mando captura\n\nUn besito,\nNuria",
        lab(
            paid_date="2026-11-20", note="informal sole trader; 'hace un rato' is the message date"
        ),
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Rodrigo Aguilar", "cxp@grupotarsis.example"),
        "2026-12-01 16:10 -0600",
        "outlook_html",
        "Buenas tardes:\n\nPor medio del presente les informamos que la factura LF26-03391 fue liquidada mediante transferencia internacional el pasado 27 de noviembre por un importe de USD 5,400.00, número de operación 88130042. Se adjunta el comprobante bancario.\n\nQuedamos a sus órdenes para cualquier aclaración.\n\nSaludos cordiales,\n\nIng. Rodrigo Aguilar\nCuentas por Pagar\nGrupo Tarsis S.A. de C.V. | Monterrey, N.L.",
        lab(
            ("LF26-03391",),
            paid_date="2026-11-27",
            payment_reference="88130042",
            amount="5400.00",
            currency="USD",
            note="Mexican AP department with the bank receipt attached",
        ),
        amt="USD 5,400.00",
        attach=("comprobante_88130042.pdf", FAKE_PDF),
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Sanne Hoekstra", "sanne@studiohoekstra.example"),
        "2026-11-24 10:00 +0100",
        "bottom",
        "Hoi,\n\nDie is toch allang betaald? Ik heb op 12 november overgemaakt, met kenmerk 2026-114. Kunnen jullie even kijken of het misschien op een andere factuur is geboekt?\n\nGroetjes,\nSanne",
        lab(
            paid_date="2026-11-12",
            payment_reference="2026-114",
            note="a payment claim with a request to check the allocation; nothing is contested",
        ),
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        ("Afdeling Crediteuren", "crediteuren@vandijk-bouwmaterialen.example"),
        "2026-12-07 09:30 +0100",
        "outlook",
        "Geachte heer, mevrouw,\n\nUw factuur LF26-03391 is meegenomen in onze betaalrun van vrijdag 4 december en is inmiddels door de bank verwerkt. Het betaalde bedrag is € 1.980,00.\n\nMet vriendelijke groet,\n\nAfdeling Crediteuren\nVan Dijk Bouwmaterialen B.V.\nPostbus 2210, 3800 CE Amersfoort",
        lab(
            ("LF26-03391",),
            paid_date="2026-12-04",
            amount="1980.00",
            currency="EUR",
            note="a payment run that already ran (contrast with a scheduled run, which is a promise)",
        ),
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Paola Ferri", "amministrazione@studioferri-commercialisti.example"),
        "2026-11-30 12:20 +0100",
        "thunderbird",
        "Buongiorno,\n\ncon la presente vi comunico che in data odierna abbiamo disposto bonifico di € 760,00 a saldo della vostra fattura LF26-03391.\nCRO: 0306912345678\n\nCordiali saluti\n\nDott.ssa Paola Ferri\nStudio Ferri – Commercialisti associati\nVia Saragozza 41, Bologna",
        lab(
            ("LF26-03391",),
            paid_date="2026-11-30",
            payment_reference="0306912345678",
            amount="760.00",
            currency="EUR",
        ),
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pp-en-1",
        "promise_to_pay",
        "en",
        ("Fenwold AP", "ap.uk@fenwold-energy.example"),
        "2026-11-27 11:15 +0000",
        "owa",
        "Hello,\n\nThanks for chasing. LF26-03391 was finally approved yesterday once the cost-centre owner signed it off, so it's now in the queue for our next payment run on Thursday 3rd December. The remittance will be emailed to you automatically when it's released.\n\nRegards,\n\nAlex Pryor\nAccounts Payable – Fenwold Energy Services Ltd\nTicket ref: AP-INC-448120 (please keep in the subject line)",
        lab(
            ("LF26-03391",),
            promised_date="2026-12-03",
            note="approved and queued for a future run: a promise; the AP ticket number is not a payment reference",
        ),
        cte="8bit",
    ),
    Reply(
        "pp-en-2",
        "promise_to_pay",
        "en",
        ("Leanne", "leanne.k.hairdesign@gmail.com"),
        "2026-11-18 19:02 +0000",
        "iphone",
        "Hiya, I will pay it as soon as the salon on Castle St pays me for the work I did for them, they've said the 30th. Sorry for the wait xx",
        lab(
            promised_date="2026-11-30",
            note="a promise tied to an event with a stated date; the 30th after Wednesday 18 Nov is 30 Nov",
        ),
    ),
    Reply(
        "pp-en-3",
        "promise_to_pay",
        "en",
        ("Tyler Brooks", "tbrooks@ridgeline-hvac.example"),
        "2026-12-08 10:41 -0500",
        "gmail",
        "Hey — my bad, this one slipped through the cracks. Our company card got replaced last week so the autopay bounced. New card should be here in a couple days, I'll get this squared away by Friday at the latest.\n\nTyler",
        lab(
            promised_date="2026-12-11",
            note="US idiom; 'by Friday' from Tuesday 8 Dec is Friday 11 Dec; 'bounced' here is not a mail bounce",
        ),
        amt="$1,275.00",
    ),
    Reply(
        "pp-de-1",
        "promise_to_pay",
        "de",
        ("Martina Krüger", "m.krueger@kanzlei-krueger-partner.example"),
        "2026-12-02 16:48 +0100",
        "outlook_html",
        "Guten Tag,\n\nwir werden die Rechnung spätestens zum 15.12. begleichen – vorher steht uns das Fortbildungsbudget leider nicht zur Verfügung.\n\nViele Grüße\nMartina Krüger\nBüroleitung\n\nKrüger & Partner Rechtsanwälte mbB\nTel. 0221 4477 120",
        lab(
            promised_date="2026-12-15",
            note="'spätestens zum 15.12.' without a year, resolved to December 2026",
        ),
    ),
    Reply(
        "pp-de-2",
        "promise_to_pay",
        "de",
        ("Corinne Bühler", "finanzen@spitex-seeland.example"),
        "2026-11-20 08:22 +0100",
        "outlook",
        "Grüezi\n\nIhre Rechnung ist bei uns eingetroffen und visiert. Sie wird mit unserem Zahlungslauf per Ende Monat (30.11.2026) überwiesen.\n\nFreundliche Grüsse\n\nCorinne Bühler\nFinanzen & Administration\nSpitex Seeland",
        lab(
            promised_date="2026-11-30",
            note="Swiss German ('visiert' = approved); a scheduled run is a promise",
        ),
        amt="CHF 2'980.00",
        charset="iso-8859-1",
    ),
    Reply(
        "pp-fr-1",
        "promise_to_pay",
        "fr",
        ("Thierry Gauthier", "t.gauthier@gauthier-conseil.example"),
        "2026-12-03 07:31 +0100",
        "iphone",
        "Bonjour, je suis en déplacement jusqu'à la fin de semaine mais je fais le virement dès mon retour lundi. Désolé pour le retard. Thierry",
        lab(
            promised_date="2026-12-07",
            note="written by a person, not an out-of-office; 'lundi' after Thursday 3 Dec is Monday 7 Dec",
        ),
    ),
    Reply(
        "pp-fr-2",
        "promise_to_pay",
        "fr",
        ("Service Comptabilité Fournisseurs", "fournisseurs@groupe-verlaine.example"),
        "2026-11-25 15:05 +0100",
        "outlook",
        "Madame, Monsieur,\n\nVotre facture LF26-03391 a bien été intégrée dans notre outil de gestion des achats et validée par le service formation. Conformément à nos conditions de règlement (45 jours fin de mois), elle sera payée le 31 décembre 2026.\n\nNous vous prions d'agréer nos salutations distinguées.\n\nService Comptabilité Fournisseurs\nGroupe Verlaine Hôtellerie\n92100 Boulogne-Billancourt",
        lab(
            ("LF26-03391",),
            promised_date="2026-12-31",
            note="corporate payment terms announced, not contested: a dated promise",
        ),
    ),
    Reply(
        "pp-es-1",
        "promise_to_pay",
        "es",
        ("Álvaro Pineda", "alvaro@pinedareformas.example"),
        "2026-11-26 22:10 +0100",
        "android",
        "Buenas, os lo pago el lunes sin falta, que es cuando me entra el pago del cliente grande. Perdón por el retraso!!\nÁlvaro",
        lab(promised_date="2026-11-30", note="'el lunes' from Thursday 26 Nov is Monday 30 Nov"),
    ),
    Reply(
        "pp-nl-1",
        "promise_to_pay",
        "nl",
        ("Marloes de Wit", "m.dewit@dewit-vastgoed.example"),
        "2026-12-01 13:12 +0100",
        "gmail",
        "Goedemiddag,\n\nExcuses voor de vertraging, de factuur lag nog bij de directie ter goedkeuring. Hij is nu ingepland voor betaling op 10 december.\n\nMet vriendelijke groet,\nMarloes de Wit\nOffice manager",
        lab(promised_date="2026-12-10"),
    ),
    Reply(
        "pp-nl-2",
        "promise_to_pay",
        "nl",
        ("Pieter Claes", "pieter@claes-schrijnwerk.example"),
        "2026-12-10 18:40 +0100",
        "iphone",
        "Dag, sorry, ben heel de week op de werf geweest. Morgen zit ik terug op kantoor en dan doe ik de overschrijving. Groetjes Pieter",
        lab(promised_date="2026-12-11", note="Flemish; 'morgen' from Thursday 10 Dec"),
    ),
    Reply(
        "pp-it-1",
        "promise_to_pay",
        "it",
        ("Amministrazione Brambilla", "amministrazione@officinebrambilla.example"),
        "2026-12-09 10:05 +0100",
        "outlook",
        "Gentili signori,\n\nin riferimento al vostro sollecito, vi informiamo che il pagamento della fattura LF26-03391 verrà effettuato tramite bonifico entro venerdì 18 dicembre p.v.\n\nDistinti saluti\n\nUfficio Amministrazione\nOfficine Brambilla S.r.l. – Lecco",
        lab(("LF26-03391",), promised_date="2026-12-18"),
    ),
    Reply(
        "pp-it-2",
        "promise_to_pay",
        "it",
        ("Giulia Marchetti", "giulia.marchetti@centroyoga-luna.example"),
        "2026-11-19 17:25 +0100",
        "gmail",
        "Buongiorno,\n\nnon abbiamo ancora pagato perché aspettavamo l'attestato del corso, che ci è arrivato solo stamattina. A questo punto facciamo il bonifico a fine mese, il 30 novembre, insieme agli altri fornitori.\n\nGrazie e buona serata,\nGiulia",
        lab(
            promised_date="2026-11-30",
            note="negated past ('non abbiamo ancora pagato') followed by a dated promise",
        ),
    ),
]

DISPUTE = [
    Reply(
        "di-en-1",
        "dispute",
        "en",
        ("Hannah Lowry", "hannah.lowry@brightwell-housing.example"),
        "2026-11-17 14:02 +0000",
        "outlook_html",
        "Hi,\n\nWe won't be paying LF26-03391 as it stands. Our order (PO 4500188734) was for eight delegates on the Data Protection Practitioner course and you've invoiced eleven. Three of the names on your attendance list are from our sister organisation, Brightwell Care, who book and pay for their own staff.\n\nCould you cancel this one and reissue for 8 × £495? I'll get it through as soon as it lands.\n\nThanks,\nHannah\n\nHannah Lowry\nProcurement Coordinator\nBrightwell Housing Group",
        lab(
            ("LF26-03391",),
            note="quantity contested; the request to reissue follows from the dispute",
        ),
        amt="£5,445.00",
    ),
    Reply(
        "di-en-2",
        "dispute",
        "en",
        ("Gemma Rhys", "gemma@rhys-bookkeeping.example"),
        "2026-11-17 08:12 +0000",
        "iphone",
        "The webinar on the 5th never happened?? I sat there logged in for 40 minutes and nobody turned up, then got an email saying it was rescheduled to a date I can't do. Not paying for something I didn't get, sorry",
        lab(note="service not delivered"),
        amt="£145.00",
    ),
    Reply(
        "di-en-3",
        "dispute",
        "en",
        ("Omar Haddad", "o.haddad@brookfieldcare.example"),
        "2026-11-25 12:37 +0000",
        "gmail",
        "Hello,\n\nWe paid LF26-03391 on the 20th (our ref BRK-7731). LF26-03455 is a duplicate of it though – same course, same date, same delegate, just a different invoice number. Please credit 03455 and take it off our statement.\n\nOmar Haddad\nFinance Officer, Brookfield Care Homes",
        lab(
            ("LF26-03391", "LF26-03455"),
            note="a payment of one invoice plus a duplicate-billing dispute of the reminded one: the dispute drives the action",
        ),
        inv="LF26-03455",
    ),
    Reply(
        "di-de-1",
        "dispute",
        "de",
        ("Dr. Frank Leitner", "f.leitner@leitner-ingenieure.example"),
        "2026-11-24 11:50 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nder Inhouse-Workshop am 22.10. wurde von Ihrer Trainerin nach knapp vier Stunden wegen Krankheit abgebrochen. Berechnet haben Sie uns dennoch den vollen Seminartag inkl. Tagungspauschale.\n\nBis zur Korrektur der Rechnung halten wir die Zahlung zurück.\n\nMit freundlichen Grüßen\nDr. Frank Leitner\nGeschäftsführer\nLeitner Ingenieure GmbH",
        lab(note="partial service billed as full; payment withheld until corrected"),
        charset="us-ascii-lie",
        cte="8bit",
    ),
    Reply(
        "di-de-2",
        "dispute",
        "de",
        ("Yvonne Sander", "y.sander@sander-immobilien.example"),
        "2026-12-01 09:03 +0100",
        "thunderbird",
        "Hallo,\n\ndas Seminar haben wir bereits am 02.10. storniert, die Stornobestätigung Ihres Hauses liegt mir vor (kostenfrei, da mehr als 14 Tage vorher). Wieso bekommen wir jetzt eine Rechnung und obendrein eine Zahlungserinnerung?\n\nGruß\nY. Sander",
        lab(note="booking cancelled in time; the invoice is contested"),
    ),
    Reply(
        "di-fr-1",
        "dispute",
        "fr",
        ("Amélie Rousseau", "a.rousseau@rousseau-architectes.example"),
        "2026-11-30 10:16 +0100",
        "outlook_html",
        "Bonjour,\n\nNous avons déjà reçu de votre part un avoir (AV26-0142) pour cette session annulée. Je ne comprends donc pas pourquoi la facture LF26-03391 réapparaît dans vos relances. Merci de rectifier notre compte client.\n\nCordialement,\n\nAmélie Rousseau\nAssistante de direction\nRousseau Architectes – Lyon",
        lab(
            ("LF26-03391",),
            note="already credited; the credit note number is not an invoice reference",
        ),
    ),
    Reply(
        "di-es-1",
        "dispute",
        "es",
        ("Marta Ocaña", "marta.ocana@ocana-abogados.example"),
        "2026-11-23 19:44 +0100",
        "gmail",
        "Hola,\n\nSinceramente, el curso fue muy flojo: la ponente se limitó a leer las diapositivas y no respondió a ninguna de las dudas. Ya lo pusimos en la encuesta de satisfacción y nadie nos ha contestado.\n\nNo vamos a abonar el importe completo. Proponemos pagar el 50 % y dar el asunto por cerrado.\n\nMarta Ocaña",
        lab(
            note="poor service; the reduced-amount offer is a consequence of the complaint, not hardship"
        ),
    ),
    Reply(
        "di-es-2",
        "dispute",
        "es",
        ("Dpto. Proveedores Hispalia", "proveedores@hispaliafarma.example"),
        "2026-12-02 12:00 +0100",
        "outlook",
        "Estimados señores:\n\nEsta factura no corresponde a Hispalia Farma. El número de pedido que figura en ella (PO-77120) no existe en nuestro sistema de compras y no tenemos constancia de ninguna formación contratada con ustedes en octubre.\n\nLes rogamos que revisen a qué cliente corresponde y la anulen en nuestra cuenta.\n\nAtentamente,\nDepartamento de Proveedores\nHispalia Farma S.L.",
        lab(note="not our PO, no order: the invoice is contested, not a contact question"),
        charset="iso-8859-1",
    ),
    Reply(
        "di-nl-1",
        "dispute",
        "nl",
        ("Jeroen Baas", "j.baas@baas-installatietechniek.example"),
        "2026-11-19 08:58 +0100",
        "outlook_html",
        "Goedemorgen,\n\nWij hebben de e-learning nooit kunnen gebruiken: de 25 licenties zijn niet geactiveerd en de inloggegevens zijn ons nooit toegestuurd, ondanks twee mails aan jullie support.\n\nZodra de licenties werken, betalen we. Eerder niet.\n\nMet vriendelijke groet,\nJeroen Baas\nBaas Installatietechniek B.V.",
        lab(
            note="service not delivered; 'zodra ... betalen we' is conditional on a fix, so dispute rather than a promise"
        ),
    ),
    Reply(
        "di-nl-2",
        "dispute",
        "nl",
        ("Femke Jansen", "femke@jansen-hrcoaching.example"),
        "2026-12-04 14:20 +0100",
        "apple",
        "Hallo,\n\nHet uurtarief op deze factuur klopt niet. In de offerte (Q-2026-118) staat € 120 per uur voor de coachingsessies, gefactureerd is € 145. Graag een gecorrigeerde factuur.\n\nGroet,\nFemke Jansen",
        lab(note="price contested against the quote"),
    ),
    Reply(
        "di-it-1",
        "dispute",
        "it",
        ("Luca Benedetti", "l.benedetti@benedetti-meccanica.example"),
        "2026-11-26 09:40 +0100",
        "outlook",
        "Buongiorno,\n\nla fattura riporta tre giornate di consulenza, ma il vostro docente è stato da noi solo due giorni (13 e 14 ottobre), come risulta anche dal registro presenze firmato.\n\nRestiamo in attesa di una nota di credito per la giornata non svolta.\n\nCordiali saluti\nLuca Benedetti\nResponsabile qualità",
        lab(note="days billed versus days delivered"),
        loc="en",
    ),
    Reply(
        "di-it-2",
        "dispute",
        "it",
        ("Chiara Sala", "chiara.sala@sala-eventi.example"),
        "2026-12-03 16:55 +0100",
        "gmail_plain",
        "Buonasera,\n\nil bonifico per la parte che non contestiamo (€ 1.200,00) è partito ieri. Il resto non lo paghiamo finché non ci mandate il materiale didattico che ci era stato promesso e che non è mai arrivato.\n\nChiara Sala",
        lab(
            note="part paid, rest withheld until the missing material arrives: dispute beats the payment claim"
        ),
        amt="€ 1.850,00",
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pl-en-1",
        "payment_plan",
        "en",
        ("Carys Morgan", "carys.morgan.yoga@gmail.com"),
        "2026-11-20 20:15 +0000",
        "gmail_plain",
        "Hi,\n\nI'm really sorry about this. I've been signed off since October with my back and I'm not teaching any classes, so money is very tight at the moment.\n\nWould it be OK if I paid £100 a month until it's cleared? I can start on the 1st of December.\n\nThanks for understanding,\nCarys",
        lab(
            note="hardship and monthly instalments; the start date of the plan is not a promised date"
        ),
        amt="£480.00",
    ),
    Reply(
        "pl-en-2",
        "payment_plan",
        "en",
        ("Ruth Ellison", "r.ellison@kestrelbrook-group.example"),
        "2026-12-02 09:26 +0000",
        "outlook",
        "Good morning,\n\nGiven the size of the balance across the four open invoices (£18,400 in total), our Finance Director has asked whether Lanternfield would accept three equal monthly payments – in December, January and February. If you're agreeable I'll set them up as standing payments this week.\n\nKind regards,\n\nRuth Ellison\nGroup Financial Controller\nKestrelbrook Group plc",
        lab(note="corporate instalment proposal"),
        amt="£7,650.00",
    ),
    Reply(
        "pl-en-3",
        "payment_plan",
        "en",
        ("Declan Furlong", "declan@youthreach-carlow.example"),
        "2026-11-30 16:03 +0000",
        "android",
        "Hi folks, any chance ye could give us till the end of January on this? Our grant doesn't come through until then and we're running on fumes. Will pay every cent, just need the time.\n\nDeclan",
        lab(
            note="asks for more time; 'till the end of January' is the requested extension, not a promised date"
        ),
        amt="€890.00",
        rlang="en",
    ),
    Reply(
        "pl-de-1",
        "payment_plan",
        "de",
        ("Holger Brandstätter", "h.brandstaetter@brandstaetter-bau.example"),
        "2026-12-07 10:33 +0100",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nwir schlagen vor, die Hälfte des Betrags jetzt und den Rest in zwei gleichen Raten Mitte Januar und Mitte Februar zu zahlen. Das Jahresende ist bei uns liquiditätsmäßig sehr angespannt.\n\nWäre das für Sie in Ordnung?\n\nMit freundlichen Grüßen\nHolger Brandstätter",
        lab(note="part now, the rest in two instalments"),
    ),
    Reply(
        "pl-fr-1",
        "payment_plan",
        "fr",
        ("Association Les Ateliers du Rhône", "tresorerie@ateliers-du-rhone.example"),
        "2026-11-24 18:20 +0100",
        "thunderbird",
        "Bonjour,\n\nSerait-il possible d'étaler le règlement sur quatre mois ? L'association traverse une période compliquée depuis la baisse de nos subventions et nous ne pouvons pas sortir la somme en une fois.\n\nMerci de votre compréhension,\nLa trésorière, Mireille Fabre",
        lab(note="non-profit hardship; instalments"),
    ),
    Reply(
        "pl-fr-2",
        "payment_plan",
        "fr",
        ("Yannick Le Gall", "yannick.legall@legall-menuiserie.example"),
        "2026-12-14 12:48 +0100",
        "iphone",
        "Bonjour, je peux vous régler 600 € tout de suite et le reste début février si ça vous va. Dites-moi. Yannick",
        lab(note="part payment offered now with the balance later; no single dated promise"),
        amt="1 450,00 €",
    ),
    Reply(
        "pl-es-1",
        "payment_plan",
        "es",
        ("Academia Idiomas Sol", "info@academiasol.example"),
        "2026-12-01 11:30 +0100",
        "gmail",
        "Buenos días,\n\n¿Podríamos pagarlo en tres plazos? Somos una academia pequeña y diciembre es un mes muy flojo para nosotros. Si os parece bien, el primero lo haríamos esta semana.\n\nGracias,\nLaura",
        lab(note="instalments requested"),
    ),
    Reply(
        "pl-es-2",
        "payment_plan",
        "es",
        ("Federico Ruiz", "fruiz@ruiz-agro.example"),
        "2026-11-27 09:10 -0300",
        "outlook_html",
        "Estimados:\n\nLes escribo para solicitarles una prórroga de 60 días para el pago de esta factura. Con la situación cambiaria estamos teniendo serios problemas de liquidez y prefiero pedirlo de frente antes que incumplir.\n\nQuedo atento a su respuesta.\n\nSaludos,\nFederico Ruiz\nRuiz Agro S.A. – Rosario, Santa Fe",
        lab(note="Argentine customer asking for 60 more days"),
        amt="USD 2,600.00",
    ),
    Reply(
        "pl-nl-1",
        "payment_plan",
        "nl",
        ("Bram Vos", "bram@vos-rijschool.example"),
        "2026-11-18 12:05 +0100",
        "android",
        "Is het mogelijk om dit in termijnen te betalen? Bijv. 4 x € 350, steeds rond de 25e van de maand.",
        lab(note="instalment proposal"),
        amt="€ 1.400,00",
    ),
    Reply(
        "pl-nl-2",
        "payment_plan",
        "nl",
        ("Ingrid Mertens", "ingrid@bloemenmertens.example"),
        "2026-12-09 21:14 +0100",
        "gmail",
        "Beste,\n\nIk kan het volledige bedrag nu echt niet betalen. Door de heraanleg van onze straat is de winkel drie maanden zo goed als onbereikbaar geweest. Zouden jullie akkoord gaan met € 500 in plaats van € 890? Aan de cursus zelf lag het niet, die was prima.\n\nVriendelijke groeten,\nIngrid Mertens",
        lab(
            note="a reduced amount asked on hardship grounds, explicitly not contesting the service"
        ),
        amt="€ 890,00",
    ),
    Reply(
        "pl-it-1",
        "payment_plan",
        "it",
        ("Marco Gentile", "marco.gentile@gentile-impianti.example"),
        "2026-11-23 13:22 +0100",
        "iphone",
        "Salve, possiamo pagare in due rate? Metà a dicembre e metà a gennaio. Grazie. Marco",
        lab(note="two instalments"),
    ),
    Reply(
        "pl-it-2",
        "payment_plan",
        "it",
        ("Serena Galli", "s.galli@galli-consulenze.example"),
        "2026-12-11 10:48 +0100",
        "outlook",
        "Gentili signori,\n\nvi chiedo cortesemente una dilazione di trenta giorni sul pagamento: il nostro cliente principale salda le sue fatture solo a fine gennaio e al momento non abbiamo liquidità sufficiente.\n\nRingrazio per la disponibilità.\n\nSerena Galli",
        lab(note="more time requested"),
        charset="iso-8859-1",
        amt="EUR 760,00",
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Accounts Payable Shared Services", "ap-noreply@corvane-industries.example"),
        "2026-11-17 06:02 +0000",
        "html_only",
        "Dear Supplier,\n\nAll invoices to Corvane Industries must be submitted through our supplier portal (Procurio) and must quote a valid purchase order. We have no record of invoice LF26-03391 in the portal.\n\nPlease upload the invoice via the portal quoting PO 4300-99812. Once it has been matched it will be paid in the normal cycle. Invoices received by email are not processed.\n\nAccounts Payable Shared Services\nCorvane Industries – Kraków Service Centre",
        lab(
            ("LF26-03391",),
            note="purchasing portal: resubmit with the PO; nothing is contested, and the portal is not a person to redirect to",
        ),
        amt="£9,120.00",
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Priti Anand", "priti.anand.counselling@gmail.com"),
        "2026-11-21 08:49 +0000",
        "iphone",
        "Sorry which course is this one? I did two with you this year and thought both were paid. Can you send me the invoice again pls, can't find it anywhere",
        lab(
            note="asks for a copy before paying; the belief that both were paid is hedged and refers to other bookings"
        ),
        amt="£195.00",
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Stuart McBride", "stuart.mcbride@calloway-holdings.example"),
        "2026-12-03 15:30 +0000",
        "outlook",
        "Hi,\n\nNo problem with the amount, but our auditors need the invoice raised to Calloway Holdings Ltd rather than Calloway Retail Ltd – the training budget sits in the holding company this year. If you can reissue it to the right entity (same address, VAT no. GB 318 4471 02) I'll get it paid straight away.\n\nCheers,\nStuart McBride\nFinancial Accountant, Calloway Holdings Ltd",
        lab(
            note="invoice to the right entity; the 'straight away' is conditional on the reissue, so no promised date"
        ),
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Anja Roth", "buchhaltung@roth-medizintechnik.example"),
        "2026-11-25 13:14 +0100",
        "outlook_html",
        "Guten Tag,\n\nbitte senden Sie uns die Rechnung erneut mit unserer USt-IdNr. (DE 298 114 730) und dem Hinweis auf die Steuerschuldnerschaft des Leistungsempfängers zu. Ohne diese Angaben können wir sie leider nicht buchen.\n\nVielen Dank und freundliche Grüße\nAnja Roth\nBuchhaltung",
        lab(note="reissue with the customer's VAT id (reverse charge); amount not contested"),
    ),
    Reply(
        "ir-de-2",
        "invoice_request",
        "de",
        ("Bernd Kowalczyk", "bernd@kowalczyk-elektro.example"),
        "2026-12-09 17:02 +0100",
        "gmail_plain",
        "Moin,\n\nkönnt ihr mir mal einen Kontoauszug bzw. eine Liste aller offenen Posten schicken? Wir hatten dieses Jahr mehrere Kurse bei euch und ich blicke ehrlich gesagt nicht mehr durch, was schon bezahlt ist und was nicht.\n\nDanke\nBernd",
        lab(note="statement of account"),
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Sophie Lambert", "s.lambert@lambert-transports.example"),
        "2026-11-27 09:55 +0100",
        "outlook",
        "Bonjour,\n\nPourriez-vous nous transmettre les feuilles d'émargement signées par nos trois salariés ainsi que les attestations de fin de formation ? Notre OPCO les exige pour la prise en charge et nous ne réglons qu'après son accord.\n\nCordialement,\nSophie Lambert\nRessources humaines",
        lab(note="proof of service required by the training fund before payment"),
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Karim Benali", "k.benali@benali-optique.example"),
        "2026-12-15 11:11 +0100",
        "gmail",
        "Bonjour,\n\nLe RIB imprimé en bas de votre facture est illisible (la copie est floue) et notre banque refuse l'IBAN que j'ai recopié. Pourriez-vous me renvoyer vos coordonnées bancaires complètes, IBAN et BIC ?\n\nMerci,\nKarim Benali",
        lab(note="bank details needed to pay"),
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Lucía Ferrer", "lferrer@ferrer-logistica.example"),
        "2026-11-30 10:05 +0100",
        "owa",
        "Hola,\n\nPara poder tramitar la factura necesitamos que incluya nuestro número de pedido interno, 45-2290. Sin ese dato el sistema de aprobación la rechaza automáticamente y no llega a pagos.\n\n¿Nos la podéis reenviar corregida?\n\nGracias,\nLucía Ferrer\nAdministración – Ferrer Logística",
        lab(note="PO number needed on the invoice"),
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Tomás", "tomasgarcia.fisio@gmail.com"),
        "2026-12-16 20:31 +0100",
        "iphone",
        "Hola me puedes reenviar la factura? No me llegó el pdf, solo este aviso. Gracias",
        lab(note="copy requested; 'no me llegó' refers to the PDF, not the service"),
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Crediteurenadministratie", "facturen@gemeente-veldhoven-west.example"),
        "2026-11-19 09:40 +0100",
        "outlook",
        "Geachte leverancier,\n\nDe gemeente kan uitsluitend e-facturen verwerken die via het Peppol-netwerk worden aangeleverd (UBL 2.1, NLCIUS). Een pdf-factuur per e-mail wordt niet in behandeling genomen. Wij verzoeken u de factuur opnieuw via Peppol aan te bieden, onder vermelding van ons ordernummer.\n\nMet vriendelijke groet,\nTeam Crediteurenadministratie",
        lab(note="e-invoice via Peppol required; a resubmission, not a new contact"),
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Ufficio Acquisti", "acquisti@vetreria-morandi.example"),
        "2026-12-02 11:25 +0100",
        "outlook_html",
        "Buongiorno,\n\nper procedere al pagamento abbiamo bisogno della fattura elettronica trasmessa tramite SDI (codice destinatario M5UXCR1). Il PDF che ci avete inviato non ha valore fiscale e non possiamo registrarlo.\n\nCordiali saluti\nUfficio Acquisti\nVetreria Morandi S.p.A.",
        lab(note="Italian electronic invoice through SDI needed before payment"),
    ),
    Reply(
        "ir-it-2",
        "invoice_request",
        "it",
        ("Roberta Fumagalli", "r.fumagalli@fumagalli-tessuti.example"),
        "2026-11-18 15:17 +0100",
        "apple",
        "Buongiorno,\n\npotreste inviarci i certificati di partecipazione e il dettaglio delle ore svolte? Il fondo interprofessionale li richiede per il rimborso e senza di quelli non possiamo chiudere la pratica né pagare.\n\nGrazie mille,\nRoberta",
        lab(note="proof of service needed before payment"),
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Sam Reyes", "sam.reyes@orbisonmedia.example"),
        "2026-11-17 11:21 +0000",
        "gmail",
        "Hi,\n\nI actually left Orbison Media at the end of September – I'm only picking up this mailbox for a few more days. Anything to do with invoices should go to finance@orbisonmedia.example.\n\nThanks,\nSam",
        lab(new_contact="finance@orbisonmedia.example"),
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Kelder Marine Accounts", "accounts@keldermarine.example"),
        "2026-11-24 09:00 +0000",
        "none",
        "This mailbox is no longer monitored.\n\nFrom 1 November 2026 all supplier invoices, statements and payment queries for Kelder Marine Ltd should be sent to ap@keldermarine.example. Messages sent to this address will not be read or forwarded.\n\nKelder Marine Ltd, Falmouth",
        lab(
            new_contact="ap@keldermarine.example",
            note="automatic 'no longer monitored' notice naming the new mailbox: wrong_contact, not auto_reply",
        ),
        headers=(AUTO,),
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Gary Pitt", "garypittplumbing@gmail.com"),
        "2026-12-05 08:34 +0000",
        "android",
        "think youve got the wrong bloke mate, im a plumber in Swindon, never been on any course of yours",
        lab(note="wrong recipient, no new address"),
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Lukas Hoffmann", "lukas.hoffmann@hoffmann-gruppe.example"),
        "2026-11-20 14:45 +0100",
        "outlook",
        "Hallo,\n\nich war nur Teilnehmer der Schulung, mit der Rechnung habe ich nichts zu tun. Zuständig ist bei uns der zentrale Rechnungseingang: rechnungseingang@hoffmann-gruppe.example\n\nGruß\nLukas Hoffmann",
        lab(new_contact="rechnungseingang@hoffmann-gruppe.example", note="delegate, not the payer"),
    ),
    Reply(
        "wc-de-2",
        "wrong_contact",
        "de",
        ("Sekretariat Stahlwerk Nord", "sekretariat@stahlwerk-nord.example"),
        "2026-12-08 10:12 +0100",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nFrau Kessler ist seit dem 1. November nicht mehr in unserem Unternehmen tätig. Bitte richten Sie Rechnungen und Mahnungen künftig an Herrn Oliver Brandt (O.Brandt@Stahlwerk-Nord.example).\n\nMit freundlichen Grüßen\nSekretariat der Geschäftsleitung",
        lab(
            new_contact="o.brandt@stahlwerk-nord.example",
            note="address written in mixed case, labelled in lower case",
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Léa Moreau", "lea.moreau@atelier-lumen.example"),
        "2026-11-26 19:08 +0100",
        "iphone",
        "Bonsoir, je ne suis que la participante, c'est mon employeur qui paie la formation. Écrivez plutôt à compta@atelier-lumen.example svp. Bonne soirée",
        lab(new_contact="compta@atelier-lumen.example"),
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Jean-Marc Pelletier", "jm.pelletier@orange-mail.example"),
        "2026-12-11 09:27 +0100",
        "thunderbird",
        "Bonjour,\n\nVous vous êtes trompés d'adresse : je ne connais pas votre société et je n'ai jamais suivi la moindre formation chez vous. Vérifiez vos fichiers.\n\nJ.-M. Pelletier",
        lab(note="wrong person, no new address given"),
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Pilar Castaño", "pilar.castano@clinicadentalsur.example"),
        "2026-11-23 12:40 +0100",
        "gmail",
        "Buenos días:\n\nYo ya no llevo la administración de la clínica desde el verano. Pueden escribir a la nueva gestoría, que es quien se encarga de los pagos: administracion@gestoria-ribera.example\n\nUn saludo,\nPilar",
        lab(new_contact="administracion@gestoria-ribera.example"),
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Óscar Lozano", "oscar.lozano@grupo-altamar.example"),
        "2026-12-04 13:05 +0100",
        "outlook",
        "Buenas tardes,\n\nYo no gestiono facturas. Os pongo en copia al departamento de proveedores para que os atiendan ellos; a partir de ahora, por favor, dirigíos directamente a su buzón.\n\nSaludos,\nÓscar Lozano\nJefe de Formación",
        lab(
            new_contact="proveedores@grupo-altamar.example",
            note="the right mailbox is only in Cc, in mixed case",
        ),
        headers=(("Cc", "Proveedores Grupo Altamar <Proveedores@Grupo-Altamar.example>"),),
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Ruud Koopman", "r.koopman@koopmanlogistics.example"),
        "2026-11-25 16:22 +0100",
        "owa",
        "Hallo,\n\nIk ben niet de juiste persoon hiervoor. De facturen van opleidingen lopen bij ons via HR, mail ze naar opleidingen@koopmanlogistics.example.\n\nGroet,\nRuud",
        lab(new_contact="opleidingen@koopmanlogistics.example"),
        rlang="en",
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Info Bakkerij De Molen", "info@bakkerijdemolen.example"),
        "2026-12-01 00:03 +0100",
        "none",
        "Dit e-mailadres is niet meer in gebruik. Berichten aan dit adres worden niet gelezen.",
        lab(
            note="automatic 'address no longer in use' notice without a new address: wrong_contact by rule"
        ),
        headers=(XAUTO,),
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Davide Orsini", "d.orsini@istitutofermi-srl.example"),
        "2026-11-30 11:58 +0100",
        "gmail",
        "Buongiorno,\n\nio mi occupo solo della parte didattica. Per le fatture dovete scrivere all'amministrazione, alla dott.ssa Conti: amministrazione@istitutofermi-srl.example\n\nSaluti,\nDavide Orsini",
        lab(new_contact="amministrazione@istitutofermi-srl.example"),
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Margaret Hale", "m.hale@halecountryhouse.example"),
        "2026-11-18 10:10 +0000",
        "thunderbird",
        "Please take this address off your mailing list. Any correspondence regarding our account is to be sent by post only, to the address on your file.\n\nM. Hale",
        lab(note="post only"),
    ),
    Reply(
        "un-en-2",
        "unsubscribe",
        "en",
        ("Richard Tolley", "richard@tolley-events.example"),
        "2026-12-02 17:45 +0000",
        "outlook",
        "Our solicitors, Harcourt Pryce LLP, are now handling this matter on our behalf. Please direct all further correspondence to them and do not contact us directly.\n\nR. Tolley\nDirector",
        lab(note="'talk to our lawyer' with no address: unsubscribe"),
    ),
    Reply(
        "un-en-3",
        "unsubscribe",
        "en",
        ("Wendy Clarke", "wendyclarke.pilates@gmail.com"),
        "2026-12-09 13:58 +0000",
        "iphone",
        "I have told you THREE times that this was paid back in October. STOP sending me these emails!!!",
        lab(
            note="a payment claim with a stop request: unsubscribe beats payment_sent; no date in the new text beyond a month"
        ),
        amt="£120.00",
    ),
    Reply(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Dr. Renate Albers", "praxis@albers-zahnarzt.example"),
        "2026-11-19 12:30 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nich untersage Ihnen hiermit jede weitere Kontaktaufnahme per E-Mail. Schriftverkehr in dieser Angelegenheit bitte ausschließlich auf dem Postweg.\n\nDr. R. Albers",
        lab(note="no email, post only"),
    ),
    Reply(
        "un-de-2",
        "unsubscribe",
        "de",
        ("Kai", "kai.seifert@posteo-mail.example"),
        "2026-12-14 22:04 +0100",
        "android",
        "Abmelden.",
        lab(note="one word"),
        rlang="en",
    ),
    Reply(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Patrick Renaud", "p.renaud@renaud-batiment.example"),
        "2026-11-30 08:15 +0100",
        "outlook_html",
        "Merci de ne plus m'écrire. Ce dossier est désormais entre les mains de notre avocat, Maître Duval, à qui vous adresserez toute réclamation.\n\nP. Renaud",
        lab(note="lawyer, no address"),
    ),
    Reply(
        "un-fr-2",
        "unsubscribe",
        "fr",
        ("Nathalie Girard", "nathalie.girard@cabinet-girard.example"),
        "2026-12-10 11:40 +0100",
        "gmail",
        "Bonjour,\n\nDésinscrivez-moi de vos relances automatiques s'il vous plaît. C'est la quatrième cette semaine alors que le dossier est chez notre expert-comptable qui vous a déjà répondu.\n\nN. Girard",
        lab(note="stop request wins over the mention of the accountant (no address given)"),
    ),
    Reply(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Rocío Medina", "rocio.medina.m@gmail.com"),
        "2026-11-22 23:50 +0100",
        "iphone",
        "No me vuelvan a escribir a este correo por favor, es mi dirección personal",
        lab(),
    ),
    Reply(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("Erik Smit", "erik@smit-tuinen.example"),
        "2026-11-27 07:12 +0100",
        "gmail_plain",
        "Haal mij uit jullie mailing. Ik wil niks meer van Lanternfield ontvangen, ook geen cursusaanbod.",
        lab(),
    ),
    Reply(
        "un-nl-2",
        "unsubscribe",
        "nl",
        ("Directie Hendriks Transport", "directie@hendrikstransport.example"),
        "2026-12-16 15:33 +0100",
        "outlook",
        "Geachte heer/mevrouw,\n\nWij communiceren over deze kwestie uitsluitend nog per aangetekende brief. Wij verzoeken u dringend te stoppen met deze e-mails.\n\nDe directie",
        lab(note="registered post only"),
    ),
    Reply(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Avv. Stefano Lombardi", "s.lombardi@lombardi-partners.example"),
        "2026-11-24 17:20 +0100",
        "outlook",
        "Con la presente vi diffido dal contattarmi ulteriormente a mezzo e-mail. Per qualsiasi questione relativa alla presunta fattura, rivolgetevi al mio legale di fiducia.\n\nStefano Lombardi",
        lab(note="'rivolgetevi al mio legale' without an address"),
        charset="iso-8859-1",
    ),
    Reply(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Francesca", "francesca.bianchi.nail@gmail.com"),
        "2026-12-07 09:02 +0100",
        "iphone_html",
        "Cancellatemi dalla lista grazie",
        lab(),
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Olivia Chen", "olivia.chen@marlowe-pharma.example"),
        "2026-11-23 09:04 +0000",
        "none",
        "Thank you for your email. I am on annual leave until Wednesday 2 December with no access to email.\n\nFor urgent accounts payable matters please contact my colleague Dan Whitfield at dan.whitfield@marlowe-pharma.example.\n\nKind regards,\nOlivia Chen",
        lab(
            return_date="2026-12-02",
            note="'until' a date gives that date; the colleague's address is not a new_contact",
        ),
        headers=(AUTO, XARS),
        subject="Automatic reply: {rsub}",
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        "en",
        ("Global AP Helpdesk", "ap.helpdesk@thorsby-group.example"),
        "2026-11-17 02:14 +0000",
        "none",
        "Thank you for contacting Global Accounts Payable.\n\nYour enquiry has been logged under case number AP-0091772. Our team aims to respond within three business days. Please keep the case number in the subject line of any further correspondence.\n\nThis is an automatically generated message – please do not reply.",
        lab(note="ticket acknowledgement; a case number, not a payment reference"),
        headers=(AUTO_GEN, PREC_BULK),
        subject="[Case AP-0091772] {rsub}",
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        "en",
        ("Bethany Rowe", "bethany@rowe-interiors.example"),
        "2026-12-01 14:27 +0000",
        "none",
        "Hi, thanks for getting in touch! I'm currently on maternity leave and will be back in March 2027. Emails to this address are not being forwarded, so for anything studio-related please call the office on 0117 496 0231.\n\nBethany x",
        lab(note="an out-of-office without any auto headers; a month only, so no return date"),
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Thomas Wendt", "t.wendt@wendt-logistik.example"),
        "2026-11-24 10:02 +0100",
        "none",
        "Vielen Dank für Ihre Nachricht.\n\nIch befinde mich auf Dienstreise und lese meine E-Mails ab dem 30. November wieder. Ihre Nachricht wird nicht weitergeleitet.\n\nMit freundlichen Grüßen\nThomas Wendt",
        lab(return_date="2026-11-30"),
        headers=(AUTO, XARS),
        subject="Automatische Antwort: {rsub}",
    ),
    Reply(
        "ar-de-2",
        "auto_reply",
        "de",
        ("Buchhaltung Mayer & Söhne", "buchhaltung@mayer-soehne.example"),
        "2026-12-18 16:30 +0100",
        "none",
        "Guten Tag,\n\nunser Büro bleibt vom 21. Dezember bis zum 3. Januar geschlossen. Ab Montag, dem 4. Januar 2027, sind wir wieder für Sie erreichbar.\n\nWir wünschen Ihnen frohe Feiertage!\nIhr Team der Buchhaltung",
        lab(return_date="2027-01-04", note="holiday closure; the day back is stated"),
        headers=(XAUTO, PREC_AR),
        charset="iso-8859-1",
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Claire Dubois", "claire.dubois@dubois-associes.example"),
        "2026-12-01 08:40 +0100",
        "none",
        "Bonjour,\n\nJe suis absente du bureau jusqu'au vendredi 4 décembre inclus. Je traiterai votre message dès mon retour, le lundi 7.\n\nCordialement,\nClaire Dubois",
        lab(return_date="2026-12-07", note="'inclus' then the day back: the day back wins"),
        headers=(AUTO,),
        subject="Réponse automatique : {rsub}",
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Javier Montero", "jmontero@montero-construcciones.example"),
        "2026-11-26 11:15 +0100",
        "none",
        "Gracias por su mensaje. Estaré fuera de la oficina hasta el 10 de diciembre, con acceso limitado al correo. Para asuntos urgentes pueden llamar al 954 000 118.\n\nJavier Montero",
        lab(return_date="2026-12-10"),
        headers=(AUTO, XARS),
        subject="Respuesta automática: {rsub}",
    ),
    Reply(
        "ar-es-2",
        "auto_reply",
        "es",
        ("Cuentas por Pagar Grupo Sierra", "cxp.notificaciones@gruposierra.example"),
        "2026-12-03 03:00 -0600",
        "none",
        "Estimado proveedor:\n\nHemos recibido su correo. Número de folio: CXP-2026-55120.\nTiempo estimado de respuesta: 5 días hábiles.\n\nEste buzón es atendido por el Centro de Servicios Compartidos. No responda a este mensaje.",
        lab(note="Mexican shared-services ticket acknowledgement with only an X-Autoreply header"),
        headers=(XAUTO,),
        subject="Folio CXP-2026-55120 – {rsub}",
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Lotte van Leeuwen", "lotte@vanleeuwen-advies.example"),
        "2026-12-02 09:20 +0100",
        "none",
        "Dank voor je bericht. Ik ben met ouderschapsverlof tot en met zondag 13 december. Vanaf maandag 14 december ben ik weer bereikbaar.\n\nLotte",
        lab(return_date="2026-12-14"),
        headers=(AUTO,),
        subject="Automatisch antwoord: {rsub}",
    ),
    Reply(
        "ar-nl-2",
        "auto_reply",
        "nl",
        ("Kaasmakerij Timmer", "info@kaasmakerij-timmer.example"),
        "2026-11-19 13:01 +0100",
        "none",
        "Bedankt voor je mail!\n\nWe staan deze week op de vakbeurs in Keulen en reageren zo snel als we kunnen, uiterlijk binnen twee werkdagen na terugkomst.\n\nHartelijke groet,\nTeam Timmer",
        lab(note="autoresponder with no automatic headers and no date"),
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Elena Rinaldi", "e.rinaldi@rinaldi-trasporti.example"),
        "2026-11-17 15:45 +0100",
        "none",
        "Sono fuori ufficio fino al 20 novembre, con accesso limitato alla posta elettronica. Risponderò al mio rientro.\n\nElena Rinaldi",
        lab(return_date="2026-11-20"),
        headers=(AUTO,),
        subject="Risposta automatica: {rsub}",
    ),
    Reply(
        "ar-it-2",
        "auto_reply",
        "it",
        ("Amministrazione Caseificio Valle", "amministrazione@caseificiovalle.example"),
        "2026-11-27 18:02 +0100",
        "none",
        "Gentile cliente, gentile fornitore,\n\nl'ufficio amministrativo resterà chiuso per inventario dal 28 novembre al 1° dicembre compreso. Riapriamo mercoledì 2 dicembre.\n\nGrazie per la pazienza.",
        lab(return_date="2026-12-02", note="only a Precedence header"),
        headers=(PREC_AR,),
    ),
]

OTHER = [
    Reply(
        "ot-en-1",
        "other",
        "en",
        ("Nadia Petrov", "n.petrov@sterling-analytics.example"),
        "2026-11-20 11:02 +0000",
        "outlook_html",
        "Hi,\n\nQuick one while I have you – is the Leading Hybrid Teams course in January still going ahead? We're thinking of sending two more people from the ops team.\n\nThanks,\nNadia",
        lab(note="a sales question in the reminder thread; nothing about the invoice"),
        cte="b64",
    ),
    Reply(
        "ot-en-2",
        "other",
        "en",
        ("Ray Dunmore", "ray@dunmore-joinery.example"),
        "2026-12-07 07:06 +0000",
        "android",
        "Can you ring me about this? 07700 900412, any time after 3",
        lab(note="asks for a call; no stance on the invoice"),
    ),
    Reply(
        "ot-en-3",
        "other",
        "en",
        ("Tallis Events Ltd", "office@tallis-events.example"),
        "2026-11-27 12:00 +0000",
        "outlook",
        "Dear Creditor,\n\nPlease be advised that Tallis Events Ltd entered administration on 20 November 2026. Joint administrators have been appointed from Crowe Harrington Restructuring LLP. The company's directors are no longer able to make payments to creditors.\n\nCreditors should submit a statement of claim to the administrators; a formal notice with the claim form will follow by post.\n\nTallis Events Ltd (in administration)",
        lab(
            note="insolvency notice: a person must read it and file a claim; not a wrong contact, no payment, no promise"
        ),
    ),
    Reply(
        "ot-de-1",
        "other",
        "de",
        ("Petra Lindner", "p.lindner@lindner-steuerberatung.example"),
        "2026-11-30 15:44 +0100",
        "gmail",
        "Danke für die Info. Kurze Frage nebenbei: Stellen Sie für die Online-Kurse auch Teilnahmebescheinigungen mit Fortbildungspunkten aus?\n\nViele Grüße\nPetra Lindner",
        lab(note="a question about the courses, not a condition for paying"),
        rlang="en",
    ),
    Reply(
        "ot-de-2",
        "other",
        "de",
        ("Familie Vogt", "vogt.familie@web-mail.example"),
        "2026-12-04 19:20 +0100",
        "thunderbird",
        "Sehr geehrte Damen und Herren,\n\nHerr Walter Vogt ist im Oktober leider verstorben. Wir, seine Familie, kümmern uns derzeit um den Nachlass und melden uns bei Ihnen, sobald wir einen Überblick über die offenen Rechnungen haben.\n\nMit freundlichen Grüßen\nAndrea Vogt",
        lab(note="the customer has died; the family will come back: a person must handle it"),
        charset="iso-8859-1",
    ),
    Reply(
        "ot-fr-1",
        "other",
        "fr",
        ("Sandrine", "sandrine.faure.coiffure@gmail.com"),
        "2026-11-18 12:33 +0100",
        "iphone",
        "Je regarde ça avec ma comptable et je reviens vers vous 😉",
        lab(note="'I'll look into it with my accountant': no promise, no dispute"),
    ),
    Reply(
        "ot-fr-2",
        "other",
        "fr",
        ("Benoît Carpentier", "b.carpentier@carpentier-freres.example"),
        "2026-12-08 10:20 +0100",
        "outlook",
        "Bonjour,\n\nJ'en profite pour vous poser une question : la session de janvier à Lille est-elle maintenue en présentiel ou passe-t-elle en distanciel ? Nous avons deux inscrits.\n\nCordialement,\nBenoît Carpentier",
        lab(note="course logistics question"),
    ),
    Reply(
        "ot-es-1",
        "other",
        "es",
        ("Raúl Soto", "raul.soto.taller@gmail.com"),
        "2026-12-10 09:50 +0100",
        "android",
        "Me podéis llamar? Prefiero hablarlo por teléfono, 612 345 987. Gracias",
        lab(note="asks for a call"),
    ),
    Reply(
        "ot-es-2",
        "other",
        "es",
        ("Inés Navarro", "ines.navarro@altamira-si.example"),
        "2026-11-25 13:00 +0100",
        "gmail",
        "Hola,\n\nOs informo de que hemos cambiado de razón social: desde el 1 de noviembre somos Altamira Servicios Integrales S.L., con el mismo CIF y la misma dirección. Tenedlo en cuenta para próximas facturas.\n\nSaludos,\nInés",
        lab(note="change of company name for future invoices; no request about this one"),
    ),
    Reply(
        "ot-nl-1",
        "other",
        "nl",
        ("Wouter", "wouter@dekker-fietsen.example"),
        "2026-11-26 22:41 +0100",
        "iphone",
        "Ontvangen, ik kijk er morgen naar.",
        lab(note="'I'll look at it tomorrow' is not a promise to pay"),
    ),
    Reply(
        "ot-it-1",
        "other",
        "it",
        ("Martina Greco", "m.greco@greco-farmacie.example"),
        "2026-12-01 12:12 +0100",
        "outlook_html",
        "Vi ringrazio. Colgo l'occasione per chiedervi se ci sono ancora posti disponibili per il corso di primo soccorso di febbraio a Torino.\n\nCordiali saluti\nMartina Greco",
        lab(note="booking question"),
    ),
    Reply(
        "ot-it-2",
        "other",
        "it",
        ("Antonio Russo", "antonio.russo.elettricista@gmail.com"),
        "2026-12-15 21:05 +0100",
        "iphone",
        "Ma io pensavo che l'avesse pagata mio cognato, il corso l'ha fatto lui... devo chiedergli. Comunque non capisco perché la mandate a me",
        lab(
            note="genuinely unclear: maybe paid by someone else, maybe the wrong person, nothing firm"
        ),
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

OUR_MTA = "mail.lanternfield-academy.example"
EXCHANGE_SENDER = "Microsoft Outlook <MicrosoftExchange7b31d0c2e54f4a1c9e0a7d26f3b8c941@lanternfield-academy.example>"


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

    @property
    def local(self) -> str:
        return self.rcpt.split("@")[0]

    @property
    def domain(self) -> str:
        return self.rcpt.split("@")[1]

    def reminder(self) -> Message:
        sent = self.dt - timedelta(minutes=4)
        return original_reminder(self.rlang, self.rcpt, sent, self.key)

    def subject(self) -> str:
        return reminder_subject(self.rlang, DEFAULT_INV)


def delivery_status(
    b: Bounce, mta: str, action: str, diagnostic: str, remote: str = "", *, original: bool = True
) -> Message:
    per_message = (
        f"Reporting-MTA: dns; {mta}\nArrival-Date: {format_datetime(b.dt - timedelta(minutes=4))}\n"
    )
    lines = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        *([f"Original-Recipient: rfc822;{b.rcpt}"] if original else []),
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
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 24).lower()}@{host}>"
    if auto:
        msg["Auto-Submitted"] = "auto-replied"
    return finalize(msg, b.key, "bounce")


def exchange_modern(b: Bounce, lines: list[str], charset: str) -> Message:
    """The newer Exchange Online notice: a headline, a cause, what to do, then diagnostics."""
    text = "\n\n".join(lines) + "\n"
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset='
        + charset
        + '"></head><body><table width="100%" cellpadding="0" cellspacing="0" border="0">'
        f"<tr><td style=\"font-family:'Segoe UI',sans-serif;font-size:16px;color:#000000\"><b>{html.escape(lines[0])}</b></td></tr>"
        + "".join(
            f"<tr><td style=\"font-family:'Segoe UI',sans-serif;font-size:14px;padding-top:12px\">{html_lines(x)}</td></tr>"
            for x in lines[1:]
        )
        + "</table></body></html>\n"
    )
    del b  # the notice text carries the recipient already
    alt = MIMEMultipart("alternative")
    alt.attach(text_part(text, "plain", charset, "qp"))
    alt.attach(text_part(markup, "html", charset, "qp"))
    return alt


def gmail_human(lines: list[str]) -> Message:
    text = "\n\n".join(lines) + "\n"
    markup = (
        '<html><head></head><body><div style="font-family:Roboto,Arial,sans-serif">'
        + "".join(f"<p>{html.escape(x)}</p>" for x in lines)
        + "</div></body></html>\n"
    )
    alt = MIMEMultipart("alternative")
    alt.attach(text_part(text, "plain", "utf-8", "qp"))
    alt.attach(text_part(markup, "html", "utf-8", "qp"))
    return alt


def bounce_postfix_hard(b: Bounce) -> Message:
    human = (
        f"This is the mail system at host {OUR_MTA}.\n\n"
        "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: host mx.{b.domain}[203.0.113.71] said: 550 5.1.1\n"
        f"    <{b.rcpt}>: mailbox unavailable - no such user here (in reply to RCPT TO\n"
        "    command)\n"
    )
    diag = f"550 5.1.1 <{b.rcpt}>: mailbox unavailable - no such user here"
    parts = [
        text_part(human, "plain", "us-ascii", "7bit"),
        delivery_status(b, OUR_MTA, "failed", diag, f"mx.{b.domain}"),
        MIMEMessage(b.reminder()),
    ]
    sender = f"MAILER-DAEMON@{OUR_MTA} (Mail Delivery System)"
    return finish(b, report(parts), sender, "Undelivered Mail Returned to Sender")


def bounce_qmail_hard(b: Bounce) -> Message:
    rem = b.reminder()
    text = (
        f"Hi. This is the qmail-send program at mx2.{b.domain}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "Sorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n" + rem.as_string()
    )
    msg = Message()
    msg.set_payload(text)
    return finish(
        b,
        msg,
        f"MAILER-DAEMON@mx2.{b.domain}",
        "failure notice",
        auto=False,
    )


def bounce_sendmail_delay(b: Bounce) -> Message:
    queued = format_datetime(b.dt - timedelta(hours=4))
    human = (
        "    **********************************************\n"
        "    **      THIS IS A WARNING MESSAGE ONLY      **\n"
        "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
        "    **********************************************\n\n"
        f"The original message was received at {queued}\nfrom localhost [127.0.0.1]\n\n"
        "   ----- Transcript of session follows -----\n"
        f"<{b.rcpt}>... Deferred: Connection timed out with mail.{b.domain}\n"
        "Warning: message still undelivered after 4 hours\n"
        "Will keep trying until message is 5 days old\n"
    )
    parts = [
        text_part(human, "plain", "us-ascii", "7bit"),
        delivery_status(
            b,
            f"relay.{AR_DOMAIN}",
            "delayed",
            "451 4.4.1 Connection timed out",
            f"mail.{b.domain}",
            original=False,
        ),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        f"Mail Delivery Subsystem <MAILER-DAEMON@relay.{AR_DOMAIN}>",
        "Warning: could not send message for past 4 hours",
    )


def bounce_exchange_de(b: Bounce) -> Message:
    diag = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    server = "FR3P281MB1842.DEUP281.PROD.OUTLOOK.example"
    human = exchange_modern(
        b,
        [
            f"Ihre Nachricht an {b.rcpt} konnte nicht übermittelt werden.",
            f"{b.local} wurde bei {b.domain} nicht gefunden.",
            "Erforderliche Aktion: Empfänger – Unbekannte An-Adresse",
            "So beheben Sie das Problem: Die Adresse ist möglicherweise falsch geschrieben oder existiert nicht mehr. Prüfen Sie die Adresse und senden Sie die Nachricht erneut. Hilft das nicht, wenden Sie sich auf einem anderen Weg an den Empfänger (z. B. telefonisch) und fragen Sie nach der richtigen Adresse.",
            f"Weitere Informationen für E-Mail-Administratoren\nGenerierender Server: {server}\n{b.rcpt}\nRemoteserver hat „{diag}“ zurückgegeben",
        ],
        "utf-8",
    )
    parts = [human, delivery_status(b, server, "failed", diag), returned_headers(b)]
    return finish(b, report(parts), EXCHANGE_SENDER, f"Unzustellbar: {b.subject()}")


def bounce_provider_de_delay(b: Bounce) -> Message:
    text = (
        "Hallo,\n\n"
        f"dies ist eine automatische Nachricht des Mailservers smtp.{AR_DOMAIN}.\n\n"
        f"Ihre E-Mail an {b.rcpt} liegt seit 6 Stunden in unserer Warteschlange. Der Zielserver\n"
        f"mx01.{b.domain} hat die Annahme vorübergehend verweigert:\n\n"
        "    450 4.4.7 Zustellung verzögert - Zielserver überlastet, bitte später erneut versuchen\n\n"
        "Wir versuchen es weiter, insgesamt bis zu 4 Tage lang. Sie müssen die Nachricht nicht noch einmal senden.\n"
        "Sollte die Zustellung endgültig scheitern, erhalten Sie eine weitere Benachrichtigung.\n"
    )
    parts = [
        text_part(text, "plain", "iso-8859-1", "qp"),
        delivery_status(
            b,
            f"smtp.{AR_DOMAIN}",
            "delayed",
            "450 4.4.7 Zielserver ueberlastet",
            f"mx01.{b.domain}",
        ),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        f"Mail Delivery System <MAILER-DAEMON@smtp.{AR_DOMAIN}>",
        "Zustellung verzögert: Ihre Nachricht wurde noch nicht zugestellt",
    )


def bounce_exchange_fr(b: Bounce) -> Message:
    diag = "550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found"
    server = "PA4P190MB1123.EURP190.PROD.OUTLOOK.example"
    human = exchange_modern(
        b,
        [
            f"Votre message à {b.rcpt} n'a pas pu être remis.",
            f"{b.local} est introuvable sur {b.domain}.",
            "Action requise : Destinataire – Adresse À inconnue",
            "Comment résoudre le problème : l'adresse a peut-être été mal saisie ou n'existe plus. Vérifiez-la puis renvoyez le message. Si le problème persiste, contactez le destinataire par un autre moyen pour obtenir l'adresse correcte.",
            f"Plus d'informations pour les administrateurs de messagerie\nServeur de génération : {server}\n{b.rcpt}\nLe serveur distant a renvoyé « {diag} »",
        ],
        "utf-8",
    )
    parts = [human, delivery_status(b, server, "failed", diag), returned_headers(b)]
    return finish(b, report(parts), EXCHANGE_SENDER, f"Non remis : {b.subject()}")


def bounce_provider_fr_full(b: Bounce) -> Message:
    text = (
        "Bonjour,\n\n"
        f"Votre message destiné à {b.rcpt} a été refusé par le serveur du destinataire,\n"
        "car sa boîte aux lettres a atteint la taille maximale autorisée.\n\n"
        "    Réponse du serveur : 552 5.2.2 Quota dépassé / Mailbox full\n\n"
        "Vous pouvez renvoyer votre message plus tard, lorsque le destinataire aura libéré de l'espace.\n\n"
        f"-- \nLe service de messagerie de {b.domain}\n"
    )
    msg = text_part(text, "plain", "iso-8859-1", "8bit")
    return finish(
        b,
        msg,
        f"Service de messagerie <postmaster@{b.domain}>",
        f"Message non délivré : {latin1_safe(b.subject())}",
    )


def bounce_gmail_es(b: Bounce) -> Message:
    human = gmail_human(
        [
            "** No se ha encontrado la dirección **",
            f"Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o no puede recibir correo.",
            "Más información: https://support.google.com/mail/?p=NoSuchUser",
            "La respuesta del servidor remoto fue:",
            "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. 98e67ed59e1d1-2f0a7c3b1e5si4471218a91.212 - gsmtp",
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


def bounce_provider_nl_delay(b: Bounce) -> Message:
    text = (
        "Dit is een automatisch bericht.\n\n"
        f"Uw e-mail aan {b.rcpt} is nog niet afgeleverd. De mailbox van de ontvanger zit op dit moment vol\n"
        "(452 4.2.2 Over quota). We blijven het de komende dagen opnieuw proberen.\n\n"
        "U hoeft niets te doen. Lukt het uiteindelijk niet, dan ontvangt u daarvan nog bericht.\n"
    )
    parts = [
        text_part(text, "plain", "utf-8", "qp"),
        delivery_status(
            b, f"uitgaand.{AR_DOMAIN}", "delayed", "452 4.2.2 Over quota", f"mx.{b.domain}"
        ),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        f"Postmaster <postmaster@uitgaand.{AR_DOMAIN}>",
        f"Vertraagde bezorging: {b.subject()}",
    )


def bounce_provider_nl_hard(b: Bounce) -> Message:
    text = (
        "Beste afzender,\n\n"
        "Uw bericht kon niet worden afgeleverd bij de volgende ontvanger:\n\n"
        f"    {b.rcpt}\n"
        "    Reden: 550 5.2.1 Deze mailbox is opgeheven (mailbox disabled)\n\n"
        "Dit is een permanente fout; er volgen geen nieuwe pogingen. Het oorspronkelijke bericht vindt u in de bijlage.\n\n"
        f"Mailservice {b.domain}\n"
    )
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(text, "plain", "utf-8", "8bit"))
    outer.attach(MIMEMessage(b.reminder()))
    return finish(
        b,
        outer,
        f"Mail Delivery System <mailer-daemon@smtp.{b.domain}>",
        "Onbestelbaar bericht",
    )


def bounce_exchange_it(b: Bounce) -> Message:
    diag = "550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found"
    server = "DB9P195MB2011.EURP195.PROD.OUTLOOK.example"
    human = exchange_modern(
        b,
        [
            f"Impossibile recapitare il messaggio a {b.rcpt}.",
            f"Impossibile trovare {b.local} in {b.domain}.",
            "Azione necessaria: Destinatario – Indirizzo A sconosciuto",
            "Come risolvere il problema: l'indirizzo potrebbe essere stato digitato in modo errato o non esistere più. Verificare l'indirizzo e inviare di nuovo il messaggio. Se il problema persiste, contattare il destinatario in altro modo per chiedere l'indirizzo corretto.",
            f"Ulteriori informazioni per gli amministratori della posta elettronica\nServer di generazione: {server}\n{b.rcpt}\nIl server remoto ha restituito '{diag}'",
        ],
        "utf-8",
    )
    parts = [human, delivery_status(b, server, "failed", diag), returned_headers(b)]
    return finish(b, report(parts), EXCHANGE_SENDER, f"Non recapitabile: {b.subject()}")


def bounce_provider_it_delay(b: Bounce) -> Message:
    text = (
        "ATTENZIONE: questo è solo un avviso, non è necessario inviare di nuovo il messaggio.\n\n"
        f"Il messaggio per {b.rcpt} non è stato ancora consegnato perché il server di destinazione\n"
        f"mail.{b.domain} non è raggiungibile (4.4.2 connessione interrotta).\n\n"
        "Nuovi tentativi verranno effettuati automaticamente per i prossimi 5 giorni.\n\n"
        f"Oggetto: {latin1_safe(b.subject())}\n\n-- \nSistema di posta\n"
    )
    msg = Message()
    msg.set_payload(text.encode("utf-8").decode("ascii", "surrogateescape"))
    msg["Content-Type"] = "text/plain; charset=utf-8"
    msg["Content-Transfer-Encoding"] = "8bit"
    return finish(
        b,
        msg,
        f"Postmaster <postmaster@mx.{AR_DOMAIN}>",
        "Avviso: messaggio non ancora recapitato",
    )


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            "bo-en-1",
            "en",
            "hard",
            "5.1.1",
            "accounts@wexcombe-surveyors.example",
            "2026-11-17 09:08 +0000",
            "en",
        ),
        bounce_postfix_hard,
    ),
    (
        Bounce(
            "bo-en-2",
            "en",
            "hard",
            "5.1.1",
            "kurse@hollybank-seminare.example",
            "2026-11-24 09:11 +0000",
            "de",
            "qmail notice, no MIME and no Auto-Submitted; the returned reminder was in German",
        ),
        bounce_qmail_hard,
    ),
    (
        Bounce(
            "bo-en-3",
            "en",
            "soft",
            "4.4.1",
            "finance@brockley-vets.example",
            "2026-12-02 13:09 +0000",
            "en",
            "Sendmail four-hour warning; delayed, still retrying",
        ),
        bounce_sendmail_delay,
    ),
    (
        Bounce(
            "bo-de-1",
            "de",
            "hard",
            "5.1.10",
            "rechnung@kaltenbach-gmbh.example",
            "2026-11-19 09:07 +0100",
            "de",
        ),
        bounce_exchange_de,
    ),
    (
        Bounce(
            "bo-de-2",
            "de",
            "soft",
            "4.4.7",
            "buero@schreinerei-holzapfel.example",
            "2026-12-08 15:06 +0100",
            "de",
            "German delay notice in ISO-8859-1",
        ),
        bounce_provider_de_delay,
    ),
    (
        Bounce(
            "bo-fr-1",
            "fr",
            "hard",
            "5.1.1",
            "comptabilite@rochefort-btp.example",
            "2026-11-26 09:09 +0100",
            "fr",
        ),
        bounce_exchange_fr,
    ),
    (
        Bounce(
            "bo-fr-2",
            "fr",
            "soft",
            "5.2.2",
            "m.picard@wanadoo-mail.example",
            "2026-12-09 09:12 +0100",
            "fr",
            "mailbox full: soft even with a 5.x.x code, by the README rule; non-MIME-report single part",
        ),
        bounce_provider_fr_full,
    ),
    (
        Bounce(
            "bo-es-1",
            "es",
            "hard",
            "5.1.1",
            "contabilidad.reformasgil@gmail.com",
            "2026-12-01 09:05 +0100",
            "es",
        ),
        bounce_gmail_es,
    ),
    (
        Bounce(
            "bo-nl-1",
            "nl",
            "soft",
            "4.2.2",
            "administratie@bouwbedrijf-kuipers.example",
            "2026-11-30 09:10 +0100",
            "nl",
        ),
        bounce_provider_nl_delay,
    ),
    (
        Bounce(
            "bo-nl-2",
            "nl",
            "hard",
            "5.2.1",
            "j.vandenberg@ziggo-mail.example",
            "2026-12-14 09:06 +0100",
            "nl",
            "mailbox disabled, permanent; multipart/mixed with the returned message",
        ),
        bounce_provider_nl_hard,
    ),
    (
        Bounce(
            "bo-it-1",
            "it",
            "hard",
            "5.1.1",
            "contabilita@ferramenta-bassi.example",
            "2026-11-20 09:04 +0100",
            "it",
        ),
        bounce_exchange_it,
    ),
    (
        Bounce(
            "bo-it-2",
            "it",
            "soft",
            "4.4.2",
            "info@agriturismo-colleverde.example",
            "2026-12-16 09:13 +0100",
            "it",
            "non-standard single-part warning, raw 8-bit UTF-8",
        ),
        bounce_provider_it_delay,
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
    for old in HERE.glob("h11-*.eml"):
        old.unlink()
    labels = []
    for number, (_, msg, label) in enumerate(items, start=1):
        name = f"h11-{number:03d}.eml"
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
