# ruff: noqa: E501, RUF001
# Message text is kept one paragraph a line, the way a mail client sends it, with the
# typographic dashes and quotes people and their clients really type.
"""Build the tenth held-out reply corpus: `h10-NNN.eml` files and `labels.jsonl`.

Every message answers (or bounces) an overdue reminder from the receivables team of Corvid Pest
Solutions, a pest-control company. The new text of each message is written by hand below; this
script only adds what a mail client or a mail server would add (the quoted reminder in the
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
SEED = 20261110
PREFIX = "h10"
AR_NAME = "Corvid Receivables"
AR_ADDR = "receivables@corvid-pest.example"
AR_DOMAIN = "corvid-pest.example"
DEFAULT_INV = "CPS-26-41872"
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
# Samsung Email: signature, separator, From, Date, To, Subject
GALAXY_LABELS = {
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
    "en": "Overdue invoice {inv} – payment reminder",
    "de": "Überfällige Rechnung {inv} – Zahlungserinnerung",
    "fr": "Facture échue {inv} – rappel de paiement",
    "es": "Factura vencida {inv} – aviso de pago",
    "nl": "Vervallen factuur {inv} – betalingsherinnering",
    "it": "Fattura scaduta {inv} – promemoria di pagamento",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "Invoice {inv} for {amt}, raised after our service visit on 01/10/2026, was payable by 31/10/2026 and remains unpaid.\n\n"
        "Please settle it by bank transfer, quoting the invoice number as the reference. If payment is already on its way, reply with the date and reference and we will match it. If something about the visit or the invoice is not right, tell us by replying to this email.\n\n"
        "Thank you,\n\nAccounts Receivable\nCorvid Pest Solutions\n14 Fenwick Road, Leicester\nreceivables@corvid-pest.example"
    ),
    "de": (
        "Guten Tag,\n\n"
        "die Rechnung {inv} über {amt} zu unserem Serviceeinsatz vom 01.10.2026 war bis zum 31.10.2026 zahlbar und ist noch offen.\n\n"
        "Bitte überweisen Sie den Betrag unter Angabe der Rechnungsnummer. Ist die Zahlung bereits unterwegs, nennen Sie uns kurz Datum und Referenz. Stimmt etwas mit dem Einsatz oder der Rechnung nicht, antworten Sie einfach auf diese Nachricht.\n\n"
        "Vielen Dank\n\nDebitorenbuchhaltung\nCorvid Pest Solutions"
    ),
    "fr": (
        "Bonjour,\n\n"
        "La facture {inv} d'un montant de {amt}, émise à la suite de notre intervention du 01/10/2026, était payable au 31/10/2026 et n'est toujours pas réglée.\n\n"
        "Merci d'effectuer le virement en indiquant le numéro de facture en référence. Si le paiement est déjà en cours, communiquez-nous sa date et sa référence. En cas de souci avec l'intervention ou la facture, répondez simplement à ce courriel.\n\n"
        "Merci,\n\nService Comptabilité clients\nCorvid Pest Solutions"
    ),
    "es": (
        "Buenos días:\n\n"
        "La factura {inv} por {amt}, correspondiente a nuestra visita de servicio del 01/10/2026, debía abonarse antes del 31/10/2026 y sigue pendiente.\n\n"
        "Le rogamos que realice la transferencia indicando el número de factura como referencia. Si el pago ya está en curso, indíquenos la fecha y la referencia. Si hay algún problema con la visita o con la factura, conteste a este correo.\n\n"
        "Gracias,\n\nCuentas a cobrar\nCorvid Pest Solutions"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Factuur {inv} van {amt}, voor ons servicebezoek van 01-10-2026, had uiterlijk 31-10-2026 betaald moeten zijn en staat nog open.\n\n"
        "Wilt u het bedrag overmaken onder vermelding van het factuurnummer? Is de betaling al onderweg, laat ons dan de datum en de referentie weten. Klopt er iets niet aan het bezoek of de factuur, reageer dan op deze e-mail.\n\n"
        "Dank u wel,\n\nDebiteurenadministratie\nCorvid Pest Solutions"
    ),
    "it": (
        "Buongiorno,\n\n"
        "la fattura {inv} di {amt}, relativa al nostro intervento del 01/10/2026, era pagabile entro il 31/10/2026 e risulta ancora aperta.\n\n"
        "Vi chiediamo di effettuare il bonifico indicando il numero di fattura come causale. Se il pagamento è già stato disposto, comunicateci data e riferimento. Se qualcosa non torna nell'intervento o nella fattura, rispondete a questa e-mail.\n\n"
        "Grazie,\n\nUfficio crediti\nCorvid Pest Solutions"
    ),
}
DEFAULT_AMOUNT = {
    "en": "£642.00",
    "de": "718,20 €",
    "fr": "1 064,50 €",
    "es": "389,40 €",
    "nl": "€ 1.215,00",
    "it": "€ 574,80",
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
    thread: bool = True

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
    """The reminder went out on a working day before the reply, early in the morning."""
    day = reply - timedelta(days=days_before)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day.replace(hour=7, minute=31 + day.day % 11, second=5)


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{salt}:{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:n]


def reminder_msgid(key: str) -> str:
    return f"<dun.{b32(key, 'reminder', 18).lower()}@{AR_DOMAIN}>"


def reply_msgid(key: str, style: str, addr: str) -> str:
    domain = addr.split("@")[1]
    raw = digest(key, "reply")
    if style in {"gmail", "gmail_plain", "bottom"}:
        tail = base64.urlsafe_b64encode(raw).decode().rstrip("=")[:40]
        return f"<CA+{tail}@mail.gmail.com>"
    if style.startswith(("outlook", "owa", "android", "html_only")):
        return f"<{b32(key, 'ms', 28)}@{b32(key, 'host', 8)}.EURPRD03.PROD.OUTLOOK.COM>"
    if style in {"apple", "iphone", "iphone_html"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if style == "galaxy":
        return f"<{raw.hex()[:8]}.{int.from_bytes(raw[8:12], 'big')}@email.android.com>"
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
    """The reminder as Corvid sent it (returned inside bounces)."""
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
    lang = {"en": "EN-GB"}.get(r.lang, f"{r.lang.upper()}-{r.lang.upper()}")
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\n'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=' + r.charset + '">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;} --></style>\n'
        f'</head>\n<body lang="{lang}" link="#467886" vlink="#96607D"><div class="WordSection1">\n'
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


def style_galaxy(r: Reply, q: Quote) -> Message:
    sig, sep, frm, date, to, subj = GALAXY_LABELS[q.loc]
    off = q.sent.strftime("%z")
    when = fmt("{dd}/{mo}/{y} {HH}:{mm}", q.loc, q.sent) + f"  (GMT{off[:3]}:{off[3:]}) "
    block = "\n".join(
        [
            sep,
            f"{frm}: {AR_NAME} <{AR_ADDR}> ",
            f"{date}: {when}",
            f"{to}: {q.to} ",
            f"{subj}: {q.subject} ",
        ]
    )
    text = f"{r.body}\n\n\n\n{sig}\n\n\n{block}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, r.cte)


def style_none(r: Reply, q: Quote) -> Message:
    del q  # automatic notices and generated advices quote nothing
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
    "galaxy": style_galaxy,
    "none": style_none,
}
OUTLOOK_FAMILY = {"outlook", "outlook_html", "html_only", "owa", "android"}
STYLE_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22C152)"),),
    "iphone_html": (("X-Mailer", "iPhone Mail (22C152)"),),
    "thunderbird": (
        (
            "User-Agent",
            "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0",
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


BOUNDARY_PREFIX = {
    "gmail": "000000000000",
    "apple": "Apple-Mail=_",
    "iphone_html": "Apple-Mail-",
    "galaxy": "--_com.samsung.android.email_",
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
    if r.thread:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    extra = outlook_headers(r, q) if r.style in OUTLOOK_FAMILY else []
    for name, value in [*extra, *STYLE_HEADERS.get(r.style, ()), *r.headers]:
        msg[name] = value
    return finalize(msg, r.key, r.style)


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
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    def reminder(self) -> Message:
        sent = self.dt - timedelta(minutes=4)
        return original_reminder(self.rlang, self.rcpt, sent, self.key)

    @property
    def domain(self) -> str:
        return self.rcpt.split("@")[1]


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
        lines.append(f"Will-Retry-Until: {format_datetime(b.dt + timedelta(days=2))}")
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


def finish(
    b: Bounce, msg: Message, sender: str, subject: str, extra: tuple[tuple[str, str], ...] = ()
) -> Message:
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_text(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = parseaddr(sender)[1].split("@")[1]
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 24).lower()}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    for name, value in extra:
        msg[name] = value
    return finalize(msg, b.key, "bounce")


def html_human(text: str) -> Message:
    """A plain and an HTML rendering of the same human-readable notice."""
    paras = text.strip("\n").split("\n\n")
    markup = (
        '<html><body style="font-family:Segoe UI,Helvetica,Arial,sans-serif;font-size:14px">'
        + "".join(f"<p>{html_lines(p)}</p>" for p in paras)
        + "</body></html>\n"
    )
    alt = MIMEMultipart("alternative")
    alt.attach(text_part(text, "plain", "utf-8", "qp"))
    alt.attach(text_part(markup, "html", "utf-8", "qp"))
    return alt


CORVID_MTA = "smtp-out2.corvid-pest.example"
CORVID_DAEMON = f"Mail Delivery Subsystem <MAILER-DAEMON@{CORVID_MTA}>"
EXCHANGE_SENDER = (
    "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@corvid-pest.example>"
)


def bounce_postfix_hard(b: Bounce) -> Message:
    human = (
        f"This is the mail system at host {CORVID_MTA}.\n\n"
        "Your message could not be delivered to the recipient below. This is a\n"
        "permanent error; the mail system will not try again.\n\n"
        "If you need help, write to postmaster and include this report.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: host mx.{b.domain}[198.51.100.23] said: 550 5.1.1\n"
        f"    <{b.rcpt}>: mailbox does not exist (in reply to RCPT TO command)\n"
    )
    diag = f"550 5.1.1 <{b.rcpt}>: mailbox does not exist"
    parts = [
        text_part(human, "plain", "us-ascii", "7bit"),
        delivery_status(b, CORVID_MTA, "failed", diag, f"mx.{b.domain}"),
        returned_headers(b),
    ]
    sender = f"MAILER-DAEMON@{CORVID_MTA} (Mail Delivery System)"
    return finish(b, report(parts), sender, "Undelivered Mail Returned to Sender")


def bounce_sendmail_delay(b: Bounce) -> Message:
    human = (
        "    **********************************************\n"
        "    **      THIS IS A WARNING MESSAGE ONLY      **\n"
        "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
        "    **********************************************\n\n"
        "The original message was received at "
        f"{format_datetime(b.dt - timedelta(hours=4, minutes=4))}\nfrom localhost [127.0.0.1]\n\n"
        "   ----- Transcript of session follows -----\n"
        f"<{b.rcpt}>... Deferred: Connection timed out with mail.{b.domain}.\n"
        "Warning: could not send message for past 4 hours\n"
    )
    diag = "451 4.4.7 Connection timed out"
    parts = [
        text_part(human, "plain", "us-ascii", "7bit"),
        delivery_status(b, CORVID_MTA, "delayed", diag, f"mail.{b.domain}"),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        CORVID_DAEMON,
        "Warning: could not send message for past 4 hours",
    )


def bounce_gmail_full(b: Bounce) -> Message:
    human = html_human(
        "Message not delivered\n\n"
        f"Your message to {b.rcpt} couldn't be delivered because the recipient's mailbox has run out of space. They may be able to receive mail again once they free some up; you can try sending later.\n\n"
        "The response from the remote server was:\n"
        f"552 5.2.2 The email account that you tried to reach is over quota. {b32(b.key, 'gsmtp', 10).lower()}.1 - gsmtp\n"
    )
    diag = "552-5.2.2 The email account that you tried to reach is over quota"
    parts = [
        human,
        delivery_status(b, "mx.google.com", "failed", diag, "gmail-smtp-in.l.google.com"),
        MIMEMessage(b.reminder()),
    ]
    sender = "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"
    return finish(b, report(parts), sender, "Delivery Status Notification (Failure)")


def bounce_exchange_de(b: Bounce) -> Message:
    human = html_human(
        f"Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden.\n\n"
        f"Die E-Mail-Adresse {b.rcpt} wurde beim Empfänger nicht gefunden. Prüfen Sie die Schreibweise der Adresse und senden Sie die Nachricht erneut. Wenn das Problem bleibt, wenden Sie sich an den Empfänger auf einem anderen Weg.\n\n"
        "Diagnoseinformationen für Administratoren:\n"
        f"Generierender Server: FR3P281MB1745.DEUP281.PROD.OUTLOOK.COM\n{b.rcpt}\n"
        "Remote-Server hat '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup' zurückgegeben\n"
    )
    diag = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    parts = [
        human,
        delivery_status(b, "FR3P281MB1745.DEUP281.PROD.OUTLOOK.COM", "failed", diag),
        returned_headers(b),
    ]
    subject = "Unzustellbar: " + reminder_subject(b.rlang, DEFAULT_INV)
    return finish(b, report(parts), EXCHANGE_SENDER, subject)


def bounce_provider_de_full(b: Bounce) -> Message:
    human = (
        "Hallo,\n\n"
        "dies ist eine automatische Nachricht des Mailservers mx02.netzhafen.example.\n\n"
        f"Ihre E-Mail an <{b.rcpt}> konnte bisher nicht zugestellt werden, weil das Postfach des Empfängers seinen Speicherplatz ausgeschöpft hat. Wir versuchen es in den nächsten 48 Stunden weiter. Sie müssen nichts unternehmen; kommt die Nachricht bis dahin nicht an, erhalten Sie eine weitere Mitteilung.\n\n"
        "Technische Details:\n"
        f"452 4.2.2 <{b.rcpt}>: Speicherplatz erschöpft / quota exceeded\n\n"
        "-- \nnetzhafen.example Mail-System\n"
    )
    diag = f"452 4.2.2 <{b.rcpt}>: quota exceeded"
    parts = [
        text_part(human, "plain", "utf-8", "qp"),
        delivery_status(b, "mx02.netzhafen.example", "delayed", diag, f"imap.{b.domain}"),
        returned_headers(b),
    ]
    sender = "Mailer-Daemon <mailer-daemon@mx02.netzhafen.example>"
    return finish(b, report(parts), sender, "Zustellung verzögert – Postfach des Empfängers voll")


def bounce_provider_fr(b: Bounce) -> Message:
    human = (
        "Bonjour,\n\n"
        "Ceci est un message automatique du serveur de messagerie smtp.courrielplus.example.\n\n"
        f"Le message que vous avez envoyé à {b.rcpt} n'a pas pu être remis : cette adresse n'existe pas chez le destinataire. Aucune nouvelle tentative ne sera faite.\n\n"
        "Vérifiez l'adresse ou contactez votre correspondant par un autre moyen.\n\n"
        "Réponse du serveur distant :\n"
        f"550 5.1.1 <{b.rcpt}> : destinataire inconnu\n"
    )
    diag = f"550 5.1.1 <{b.rcpt}>: destinataire inconnu / user unknown"
    parts = [
        text_part(human, "plain", "iso-8859-1", "qp"),
        delivery_status(b, "smtp.courrielplus.example", "failed", diag, f"mx1.{b.domain}"),
        MIMEMessage(b.reminder()),
    ]
    sender = "Serveur de messagerie <postmaster@courrielplus.example>"
    return finish(b, report(parts), sender, "Échec de remise du message")


def bounce_plain_fr_delay(b: Bounce) -> Message:
    """Non-standard: a single text/plain notice, no delivery-status part."""
    text = (
        "AVIS DE RETARD DE REMISE\n\n"
        f"Votre message pour {b.rcpt} est toujours en file d'attente sur notre serveur.\n"
        "Le serveur du destinataire ne répond pas pour l'instant (délai de connexion dépassé).\n"
        "Nous réessaierons automatiquement pendant encore 3 jours. Inutile de renvoyer le message.\n\n"
        f"Code : 4.4.1\nObjet du message : {reminder_subject(b.rlang, DEFAULT_INV)}\n"
        f"Date d'envoi : {format_datetime(b.dt - timedelta(hours=6))}\n\n"
        "-- \nRelais de messagerie hebergement-alpin.example\n"
    )
    msg = text_part(text, "plain", "utf-8", "8bit")
    sender = "Relais SMTP <noreply-relais@hebergement-alpin.example>"
    return finish(b, msg, sender, "Message retardé", (("X-Failed-Recipients", b.rcpt),))


def bounce_exim_es(b: Bounce) -> Message:
    human = (
        "Este mensaje lo ha generado automáticamente el programa de entrega de correo.\n\n"
        "No se ha podido entregar su mensaje a uno o más destinatarios. El error es permanente:\n\n"
        f"  {b.rcpt}\n"
        f"    host mx.{b.domain} [203.0.113.87]\n"
        "    SMTP error from remote mail server after RCPT TO:<" + b.rcpt + ">:\n"
        "    550 5.1.1 No such user here\n"
    )
    diag = "550 5.1.1 No such user here"
    parts = [
        text_part(human, "plain", "utf-8", "8bit"),
        delivery_status(b, "correo.hostibera.example", "failed", diag, f"mx.{b.domain}"),
        returned_headers(b),
    ]
    sender = "Mail Delivery System <Mailer-Daemon@correo.hostibera.example>"
    return finish(
        b,
        report(parts),
        sender,
        "Mail delivery failed: returning message to sender",
        (("X-Failed-Recipients", b.rcpt),),
    )


def bounce_exchange_es_delay(b: Bounce) -> Message:
    human = html_human(
        "La entrega se ha retrasado para estos destinatarios o grupos:\n\n"
        f"{b.rcpt}\n\n"
        "Asunto: " + reminder_subject(b.rlang, DEFAULT_INV) + "\n\n"
        "Este mensaje aún no se ha entregado. Seguiremos intentándolo; no hace falta que lo vuelva a enviar. Si no podemos entregarlo en las próximas 24 horas, recibirá otro aviso.\n\n"
        "Información de diagnóstico para administradores:\n"
        "Servidor de generación: DB9PR02MB7312.eurprd02.prod.outlook.com\n"
        f"{b.rcpt}\n"
        "El servidor remoto ha devuelto '451 4.4.7 Message delayed; remote server did not respond'\n"
    )
    diag = "451 4.4.7 Message delayed"
    parts = [
        human,
        delivery_status(b, "DB9PR02MB7312.eurprd02.prod.outlook.com", "delayed", diag),
        returned_headers(b),
    ]
    subject = "Entrega retrasada: " + reminder_subject(b.rlang, DEFAULT_INV)
    return finish(b, report(parts), EXCHANGE_SENDER, subject)


def bounce_nl_delay(b: Bounce) -> Message:
    human = (
        f"Dit is het mailsysteem van {CORVID_MTA}.\n\n"
        "Uw bericht is nog NIET afgeleverd. U hoeft niets te doen: we blijven het\n"
        "nog enige tijd proberen. Lukt dat niet, dan krijgt u een nieuw bericht.\n\n"
        f"<{b.rcpt}>: connect to mail.{b.domain}[192.0.2.140]:25:\n"
        "    Connection timed out\n"
    )
    diag = "421 4.4.1 Connection timed out"
    parts = [
        text_part(human, "plain", "us-ascii", "7bit"),
        delivery_status(b, CORVID_MTA, "delayed", diag, f"mail.{b.domain}"),
        returned_headers(b),
    ]
    return finish(
        b, report(parts), CORVID_DAEMON, "Vertraagde bezorging: bericht nog niet afgeleverd"
    )


def bounce_plain_nl_hard(b: Bounce) -> Message:
    """Non-MIME: an old provider gateway writes the notice and the original inline."""
    original = b.reminder()
    text = (
        "Beste afzender,\n\n"
        f"Uw e-mail kon niet worden afgeleverd bij {b.rcpt}.\n"
        "Dit adres bestaat niet (meer) bij ons. Wij proberen het niet opnieuw.\n\n"
        f"Reden: 550 5.1.1 user unknown\n\n"
        "--- Kopie van de kopregels van uw bericht ---\n"
        f"From: {original['From']}\nTo: {original['To']}\nSubject: {original['Subject']}\nDate: {original['Date']}\n"
    )
    msg = Message()
    msg.set_payload(text)
    return finish(
        b,
        msg,
        "postmaster@mailgate.vlaanderhost.example",
        "Onbestelbaar bericht",
        (("X-Failed-Recipients", b.rcpt),),
    )


def bounce_it_policy(b: Bounce) -> Message:
    human = (
        "Messaggio di mancato recapito\n\n"
        f"Il messaggio inviato a {b.rcpt} è stato rifiutato dal server di destinazione e non verrà ritentato.\n\n"
        "Motivo indicato dal server remoto:\n"
        f"550 5.7.1 Messaggio rifiutato per policy del dominio {b.domain} (mittente non autorizzato)\n\n"
        "Per maggiori informazioni contattare l'amministratore del dominio di destinazione.\n"
    )
    diag = "550 5.7.1 Message rejected due to domain policy"
    parts = [
        text_part(human, "plain", "iso-8859-1", "8bit"),
        delivery_status(b, "relay.postaweb-italia.example", "failed", diag, f"mx.{b.domain}"),
        MIMEMessage(b.reminder()),
    ]
    mixed = MIMEMultipart("mixed")
    for part in parts:
        mixed.attach(part)
    sender = "Sistema di posta <mailer-daemon@relay.postaweb-italia.example>"
    return finish(b, mixed, sender, "Mancato recapito: " + reminder_subject(b.rlang, DEFAULT_INV))


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


# --------------------------------------------------------------------------------------------
# The hand-written replies
# --------------------------------------------------------------------------------------------

AUTO = ("Auto-Submitted", "auto-replied")
XARS = ("X-Auto-Response-Suppress", "All")
XAUTO = ("X-Autoreply", "yes")
FAKE_PDF = (
    b"%PDF-1.5\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R/Size 3>>\n%%EOF\n"
)

PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Danny Ocampo", "d.ocampo@greyfield-warehousing.example"),
        "2026-11-17 10:12 +0000",
        "outlook_html",
        "Hi,\n\nThis went out on Friday by BACS – £642.00, our ref GRW-PAY-88213. It was batched with two other supplier payments so it may show on your statement under Greyfield Storage Ltd rather than our trading name.\n\nRegards\n\nDanny Ocampo\nSite Manager | Greyfield Regional Warehousing\nUnit 9, Marston Gate",
        lab(
            paid_date="2026-11-13",
            payment_reference="GRW-PAY-88213",
            amount="642.00",
            currency="GBP",
            note="'on Friday' is past: the Friday before Tue 17 Nov",
        ),
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        ("Fergal", "fergal.mcnamee@gmail.com"),
        "2026-11-24 19:48 +0000",
        "iphone",
        "paid it there now on the app, sorry bout that. place has been mental",
        lab(
            paid_date="2026-11-24",
            note="Hiberno-English 'there now' means just now, so paid on the day of the message",
        ),
        amt="€310.00",
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Westmere Healthcare AP", "ap-noreply@westmere-healthcare.example"),
        "2026-11-25 06:02 +0000",
        "none",
        "REMITTANCE ADVICE\n\nPayer:          Westmere Healthcare Group Ltd\nSupplier:       CORVID PEST SOLUTIONS (Supplier no. 200417)\nPayment date:   25/11/2026\nPayment method: Faster Payment\nPayment number: 0004471920\n\nDocument         Date         Gross\nCPS-26-41872     01/10/2026   1,128.00\nCPS-26-41903     08/10/2026      96.00\n                              --------\nTotal paid (GBP)              1,224.00\n\nThis is an automatically generated e-mail from our Accounts Payable system. Replies to this address are not read. For queries quote the payment number to accounts.payable@westmere-healthcare.example.",
        lab(
            ("CPS-26-41872", "CPS-26-41903"),
            paid_date="2026-11-25",
            payment_reference="0004471920",
            amount="1224.00",
            currency="GBP",
            note="AP remittance advice: generated and carries Auto-Submitted, but it reports a payment, so payment_sent; the payment number is the reference",
        ),
        subject="Remittance Advice – Payment 0004471920",
        cte="7bit",
        headers=(("Auto-Submitted", "auto-generated"), ("X-Mailer", "SAP NetWeaver 7.50")),
        thread=False,
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Monika Strehle", "m.strehle@hv-strehle-partner.example"),
        "2026-11-16 08:31 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nder Betrag von 718,20 € ist am 12.11. von unserem Konto bei der Kreissparkasse abgegangen; als Verwendungszweck haben wir die Rechnungsnummer 41872 angegeben. Vermutlich hat sich die Überweisung mit Ihrer Erinnerung überschnitten.\n\nMit freundlichen Grüßen\ni. A. Monika Strehle\nBuchhaltung\n\nHausverwaltung Strehle & Partner GmbH\nKönigstraße 48 · 70173 Stuttgart",
        lab(("CPS-26-41872",), paid_date="2026-11-12", amount="718.20", currency="EUR"),
    ),
    Reply(
        "ps-de-2",
        "payment_sent",
        "de",
        ("Bernhard Lechner", "office@almwirt-obertauern.example"),
        "2026-12-03 22:05 +0100",
        "thunderbird",
        "Servus,\n\nhab's grad eben überwiesen, sollt morgen oder übermorgen bei euch drauf sein. Sorry für die Verspätung, bei uns war Chaos wegen der Saisoneröffnung.\n\nLG Bernhard\nAlmwirt Obertauern",
        lab(paid_date="2026-12-03", note="Austrian, Latin-1; 'grad eben' = just now"),
        amt="486,00 €",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Nathalie Dussart", "n.dussart@biscuiterie-dussart.example"),
        "2026-11-20 14:22 +0100",
        "gmail",
        "Bonjour,\n\nVous trouverez ci-joint l'avis de débit de notre banque : virement SEPA du 19/11/2026, référence BE-VIR-5530271, montant 1 064,50 €.\n\nBien à vous,\n\nNathalie Dussart\nComptabilité fournisseurs – Biscuiterie Dussart SA\nRue de l'Industrie 22, 5000 Namur",
        lab(
            paid_date="2026-11-19",
            payment_reference="BE-VIR-5530271",
            amount="1064.50",
            currency="EUR",
            note="Belgian customer; PDF bank advice attached",
        ),
        attach=("avis_debit_19112026.pdf", FAKE_PDF),
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Corinne Jaccard", "direction@hotel-des-alpes-montreux.example"),
        "2026-12-08 16:40 +0100",
        "apple",
        "Bonjour Madame, Monsieur,\n\nLe paiement a été passé hier par e-banking, CHF 1'180.00. Le retard vient du fait que votre facture était encore adressée à l'ancienne direction et qu'elle a traîné sur un bureau vide.\n\nMeilleures salutations\n\nCorinne Jaccard\nDirectrice\nHôtel des Alpes, Montreux",
        lab(
            paid_date="2026-12-07",
            amount="1180.00",
            currency="CHF",
            note="Swiss hotel; the remark about the old management explains the delay, it is not a wrong-contact reply",
        ),
        amt="CHF 1'180.00",
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Lucía Ferrándiz", "administracion@hotelesmaralboran.example"),
        "2026-11-30 17:05 +0100",
        "owa",
        "Buenas tardes:\n\nOs confirmo que la transferencia salió el pasado jueves 26 por importe de 389,40 €. El justificante no os lo puedo mandar todavía porque el banco lo genera a final de mes, pero el número de operación es 2026112600417.\n\nUn saludo,\n\nLucía Ferrándiz\nAdministración – Hoteles Mar de Alborán\nAlmuñécar (Granada)",
        lab(
            paid_date="2026-11-26",
            payment_reference="2026112600417",
            amount="389.40",
            currency="EUR",
        ),
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Rubén Cid", "rubencid.tapas@gmail.com"),
        "2026-12-10 13:14 +0100",
        "galaxy",
        "ya esta pagado!! lo hizo mi socio ayer por bizum... ah no, que bizum no vale para empresas jaja, por transferencia. si no os llega decidme algo",
        lab(
            paid_date="2026-12-09", note="self-correction about the payment method; paid yesterday"
        ),
        cte="b64",
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Henk Zijlstra", "h.zijlstra@obs-deklimop.example"),
        "2026-11-26 09:48 +0100",
        "gmail",
        "Beste,\n\nDe factuur is op 23 november voldaan door onze penningmeester. Het bedrag (€ 1.215,00) staat op ons afschrift met de omschrijving 'CPS 41872 ongediertebestrijding'.\n\nMet vriendelijke groet,\n\nHenk Zijlstra\nFacilitair beheer\nOBS De Klimop, Leeuwarden",
        lab(
            ("CPS-26-41872",),
            paid_date="2026-11-23",
            amount="1215.00",
            currency="EUR",
            note="the quoted bank description is not a payment reference",
        ),
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        ("Els Verbruggen", "bakkerij.verbruggen@telenet-mail.example"),
        "2026-12-14 12:33 +0100",
        "iphone",
        "Goeiemiddag, is vanmorgen betaald via de bank, excuses voor het late betalen. Groetjes Els",
        lab(paid_date="2026-12-14", note="Flemish"),
        charset="iso-8859-1",
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Giulia Bertolazzi", "info@agriturismoilpoggio.example"),
        "2026-11-23 11:20 +0100",
        "gmail_plain",
        "Buongiorno,\n\nil bonifico è partito venerdì scorso, CRO 0306985512347781, importo € 574,80. Se non lo vedete ancora è perché la nostra banca ci mette sempre un paio di giorni lavorativi.\n\nCordiali saluti\nGiulia Bertolazzi\nAgriturismo Il Poggio – Montepulciano (SI)",
        lab(
            paid_date="2026-11-20",
            payment_reference="0306985512347781",
            amount="574.80",
            currency="EUR",
            note="'venerdì scorso' from Mon 23 Nov",
        ),
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pp-en-1",
        "promise_to_pay",
        "en",
        ("Maureen Pickett", "manager@larchfield-carehome.example"),
        "2026-11-19 08:50 +0000",
        "outlook",
        "Good morning,\n\nApologies – our finance officer has been off sick and nothing has gone out for three weeks. She is back on Monday and I have put yours at the top of her pile; you should have it by Wednesday 25th at the very latest.\n\nKind regards,\n\nMaureen Pickett\nHome Manager\nLarchfield Care Home",
        lab(promised_date="2026-11-25", note="the latest date stated is the promise"),
    ),
    Reply(
        "pp-en-2",
        "promise_to_pay",
        "en",
        ("Fraser Dunbar", "fraser@glenaird-distillery.example"),
        "2026-11-10 15:02 +0000",
        "gmail",
        "Hi there,\n\nOur supplier payment run is the last Thursday of the month so yours will be picked up then. While I have you – could your tech come a bit later than 7am next quarter? He keeps arriving right in the middle of the grain delivery.\n\nCheers,\nFraser",
        lab(
            promised_date="2026-11-26",
            note="'last Thursday of the month' from 10 Nov; the scheduling question is secondary",
        ),
    ),
    Reply(
        "pp-en-3",
        "promise_to_pay",
        "en",
        ("Shane Whitlock", "shane@whitlockfranchise.example"),
        "2026-12-04 15:30 +1100",
        "android",
        "G'day, I'll square this away when I'm back in the office after the weekend, Monday for sure. Cheers Shane",
        lab(promised_date="2026-12-07", note="Australian franchisee, AEDT; Monday after Fri 4 Dec"),
        amt="A$495.00",
    ),
    Reply(
        "pp-de-1",
        "promise_to_pay",
        "de",
        ("Kerstin Wöhler", "kreditoren@baeckerei-woehler.example"),
        "2026-11-27 10:44 +0100",
        "outlook_html",
        "Guten Tag,\n\ndie Rechnung ist inzwischen geprüft und zur Zahlung freigegeben. Sie wird mit unserem nächsten Zahlungslauf am 02.12. ausgeglichen.\n\nFreundliche Grüße\n\nKerstin Wöhler\nKreditorenbuchhaltung\nBäckerei Wöhler GmbH & Co. KG",
        lab(
            promised_date="2026-12-02", note="'freigegeben' is past tense but the payment is future"
        ),
    ),
    Reply(
        "pp-de-2",
        "promise_to_pay",
        "de",
        ("Urs Gubler", "urs.gubler@gubler-gartenbau.example"),
        "2026-12-01 17:25 +0100",
        "thunderbird",
        "Grüezi\n\nIch begleiche die Rechnung bis Ende nächster Woche, versprochen. Bitte verrechnen Sie keine Mahngebühr, wir sind seit 12 Jahren Kunde.\n\nFreundliche Grüsse\nUrs Gubler\nGubler Gartenbau AG, Winterthur",
        lab(promised_date="2026-12-11", note="Swiss; 'Ende nächster Woche' = Friday of next week"),
        amt="CHF 486.00",
        charset="iso-8859-1",
    ),
    Reply(
        "pp-fr-1",
        "promise_to_pay",
        "fr",
        ("Sophie Marchal", "intendance@college-jrostand.example"),
        "2026-12-10 11:05 +0100",
        "owa",
        "Bonjour,\n\nLe mandat de paiement a été signé hier par l'ordonnateur. Le comptable public dispose ensuite de 30 jours, donc le virement vous parviendra au plus tard le 8 janvier. Je ne peux malheureusement pas accélérer la procédure.\n\nCordialement,\n\nSophie Marchal\nGestionnaire – Collège Jean Rostand",
        lab(
            promised_date="2027-01-08",
            note="public-sector payment: signed mandate, money by 8 January",
        ),
    ),
    Reply(
        "pp-fr-2",
        "promise_to_pay",
        "fr",
        ("Karim", "karim.lebistrot@gmail.com"),
        "2026-11-13 12:40 +0100",
        "iphone",
        "Je fais le virement lundi sans faute, là je suis en plein coup de feu. Merci de votre patience",
        lab(promised_date="2026-11-16"),
    ),
    Reply(
        "pp-es-1",
        "promise_to_pay",
        "es",
        ("Marta Igual", "marta@talleresigual.example"),
        "2026-11-30 09:12 +0100",
        "gmail",
        "Hola,\n\nLa pagamos el día 5, que es cuando cobramos nosotros de los clientes. Disculpad el retraso.\n\nMarta",
        lab(promised_date="2026-12-05"),
    ),
    Reply(
        "pp-es-2",
        "promise_to_pay",
        "es",
        ("Cooperativa San Isidro", "gerencia@coopsanisidro.example"),
        "2026-12-02 13:37 +0100",
        "outlook",
        "Buenos días,\n\nEn cuanto nos ingrese la Diputación la subvención (nos han dicho que antes de Navidad, pero ya sabéis cómo va esto) os hacemos la transferencia ese mismo día.\n\nUn saludo,\nJosé Antonio\nGerencia – Cooperativa Agrícola San Isidro",
        lab(note="pays on an event with no fixed date, so no promised_date"),
    ),
    Reply(
        "pp-nl-1",
        "promise_to_pay",
        "nl",
        ("Marieke Hoekstra", "marieke@hoekstra-kaas.example"),
        "2026-12-15 16:02 +0100",
        "thunderbird",
        "Hoi,\n\nIk had hem over het hoofd gezien, excuus! Staat ingepland voor donderdag.\n\nGroet,\nMarieke",
        lab(promised_date="2026-12-17"),
    ),
    Reply(
        "pp-it-1",
        "promise_to_pay",
        "it",
        ("Amministrazione Salumificio Ferretti", "amministrazione@salumificioferretti.example"),
        "2026-11-18 10:15 +0100",
        "outlook",
        "Gentili signori,\n\nla fattura è stata approvata dal responsabile di stabilimento e verrà saldata con la distinta di fine mese, il 30 novembre.\n\nDistinti saluti\n\nUfficio Amministrazione\nSalumificio Ferretti S.r.l.\nLanghirano (PR)",
        lab(promised_date="2026-11-30"),
        charset="iso-8859-1",
    ),
    Reply(
        "pp-it-2",
        "promise_to_pay",
        "it",
        ("Davide", "davide.pizzeriaduomo@gmail.com"),
        "2026-12-09 18:20 +0100",
        "iphone_html",
        "Ciao, domattina passo in banca e sistemo tutto. Scusate il ritardo!",
        lab(promised_date="2026-12-10"),
    ),
]

DISPUTE = [
    Reply(
        "di-en-1",
        "dispute",
        "en",
        ("Owen Barraclough", "owen.b@pickleandpine.example"),
        "2026-11-11 14:18 +0000",
        "outlook_html",
        "Hi,\n\nBefore anyone here pays this I need someone to explain the 'emergency callout – £185' line. Your technician came for the scheduled quarterly inspection, which our contract covers, and nobody on our side called you out. Please take that charge off and reissue; the rest of the invoice is fine.\n\nThanks,\n\nOwen Barraclough\nOperations Manager\nPickle & Pine Dining Group",
        lab(note="one line contested, rest accepted: still a dispute"),
    ),
    Reply(
        "di-en-2",
        "dispute",
        "en",
        ("Leah Osei", "leah.osei@coldharbour-freight.example"),
        "2026-12-01 11:27 +0000",
        "gmail",
        "Hello,\n\n41872 has been paid in full. 41935 on the other hand is for bird netting over the loading bay, and that job was never finished – half the netting is still lying in a pile by the roller doors. We're not paying it until someone comes back and completes the work.\n\nLeah Osei\nColdharbour Freight",
        lab(
            ("CPS-26-41872", "CPS-26-41935"),
            note="payment claimed for one invoice, the other contested: dispute wins",
        ),
    ),
    Reply(
        "di-en-3",
        "dispute",
        "en",
        ("Gary", "gary@ashdown-motors.example"),
        "2026-11-18 17:55 +0000",
        "iphone",
        "we cancelled this contract in august. check your records",
        lab(note="contract cancelled before the visit"),
    ),
    Reply(
        "di-de-1",
        "dispute",
        "de",
        ("Andreas Pohlmann", "a.pohlmann@hotel-seeblick-plau.example"),
        "2026-11-24 09:20 +0100",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\ndie Wärmebehandlung gegen Bettwanzen in den Zimmern 214 und 215 hat nicht gewirkt: Zwei Wochen nach Ihrem Einsatz hatten wir erneut Befall und zwei Gästebeschwerden, eine davon auf einem Bewertungsportal. Solange nicht nachgebessert wurde, werden wir diese Rechnung nicht begleichen.\n\nMit freundlichen Grüßen\n\nAndreas Pohlmann\nDirektor\nHotel Seeblick, Plau am See",
        lab(note="service ineffective; will not pay until fixed"),
    ),
    Reply(
        "di-de-2",
        "dispute",
        "de",
        ("Petra Kühn", "buchhaltung@kuehn-logistik.example"),
        "2026-12-07 08:12 +0100",
        "outlook",
        "Guten Morgen,\n\ndiese Leistung wurde doppelt berechnet: Die Rechnungen 41872 und 41880 betreffen beide den Einsatz vom 01.10. in Halle 3. Die 41880 haben wir bezahlt, die 41872 stornieren Sie bitte.\n\nMit freundlichen Grüßen\nPetra Kühn\nKühn Logistik GmbH",
        lab(
            ("CPS-26-41872", "CPS-26-41880"),
            note="duplicate billing; old client labels 8-bit Latin-1 as us-ascii",
        ),
        charset="us-ascii-lie",
    ),
    Reply(
        "di-fr-1",
        "dispute",
        "fr",
        ("Julien Morvan", "j.morvan@conserverie-morvan.example"),
        "2026-11-12 10:03 +0100",
        "thunderbird",
        "Bonjour,\n\nVous facturez 24 postes d'appâtage alors que notre site n'en compte que 16 (cf. le plan signé par votre technicien en mars). Merci de nous adresser un avoir ou une facture rectifiée.\n\nCordialement,\nJulien Morvan\nResponsable qualité – Conserverie Morvan, Douarnenez",
        lab(note="quantity billed wrong"),
    ),
    Reply(
        "di-fr-2",
        "dispute",
        "fr",
        ("Frédéric Lambotte", "fred.lambotte@gmail.com"),
        "2026-11-16 07:58 +0100",
        "iphone",
        "Votre technicien n'est jamais venu le 1er octobre, on l'a attendu toute la matinée. Je vois pas pourquoi je paierais une visite qui n'a pas eu lieu.",
        lab(note="Belgian snack bar; service not performed"),
    ),
    Reply(
        "di-es-1",
        "dispute",
        "es",
        ("Inmaculada Roig", "iroig@frigorificosroig.example"),
        "2026-11-20 12:41 +0100",
        "owa",
        "Buenos días:\n\nEsta factura ya quedó abonada con la nota de crédito que nos enviasteis el mes pasado (abono AB-26-0712), así que no tiene que figurar como pendiente. Por favor, revisad vuestra contabilidad.\n\nSaludos,\n\nInmaculada Roig\nFrigoríficos Roig, S.L.",
        lab(
            note="'abonada con la nota de crédito' = cancelled by a credit note, not paid: already credited"
        ),
    ),
    Reply(
        "di-nl-1",
        "dispute",
        "nl",
        ("Pieter Scholten", "p.scholten@scholten-vastgoed.example"),
        "2026-12-03 14:09 +0100",
        "outlook_html",
        "Goedemiddag,\n\nIn ons contract staat een tarief van € 95 per bezoek; u rekent € 135. Graag ontvangen wij een creditnota voor het verschil. Het contractbedrag maken we zodra die binnen is gewoon over.\n\nMet vriendelijke groet,\n\nPieter Scholten\nScholten Vastgoedbeheer B.V.",
        lab(
            note="price disagreement; the conditional promise for the undisputed part does not win"
        ),
    ),
    Reply(
        "di-nl-2",
        "dispute",
        "nl",
        ("Sofie Claes", "sofie.claes@drukkerij-claes.example"),
        "2026-12-07 10:30 +0100",
        "gmail",
        "Dag,\n\nDeze factuur is voor het pand op de Industrieweg 12, maar dat huren wij sinds juni niet meer. Wij hebben daar nooit opdracht voor een behandeling gegeven, dus wij gaan dit niet betalen.\n\nMvg,\nSofie Claes\nDrukkerij Claes bv",
        lab(note="Flemish; not our site, not our order"),
    ),
    Reply(
        "di-it-1",
        "dispute",
        "it",
        ("Marco Zanin", "m.zanin@mobilificiozanin.example"),
        "2026-11-26 15:47 +0100",
        "gmail_plain",
        "Buongiorno,\n\nnel rapportino il vostro tecnico ha segnato un'ora e mezza di lavoro, in fattura ne risultano 4. Restiamo in attesa di una nota di credito per la differenza.\n\nSaluti\nMarco Zanin\nMobilificio Zanin srl",
        lab(note="hours billed wrong"),
    ),
    Reply(
        "di-it-2",
        "dispute",
        "it",
        ("Trattoria da Nino", "trattoriadanino@libero-mail.example"),
        "2026-12-11 23:10 +0100",
        "android",
        "avete fatto la disinfestazione ma dopo 3 giorni gli scarafaggi erano di nuovo in cucina. prima di pagare voglio che il tecnico torni a rifare tutto, altrimenti non se ne parla",
        lab(note="poor service; won't pay until redone"),
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pl-en-1",
        "payment_plan",
        "en",
        ("Hannah Lowe", "hannah@thecopperkettle.example"),
        "2026-12-08 20:16 +0000",
        "gmail",
        "Hi,\n\nI'll be honest with you, December has been dead and I can't do the whole £642 in one go. Could I pay £160 a month starting in January? I'd set up a standing order so you don't have to chase me.\n\nHannah\nThe Copper Kettle",
        lab(note="hardship; monthly instalments"),
    ),
    Reply(
        "pl-en-2",
        "payment_plan",
        "en",
        ("Colin Mercer", "colin.mercer@mercer-packaging.example"),
        "2026-11-27 11:34 +0000",
        "outlook",
        "Dear Sir/Madam,\n\nWe are winding down the Leeds site at the end of the year and cash is very tight. Would you be prepared to accept £400 as full and final settlement of the account? If so I can have that with you within a few days of your confirmation.\n\nYours faithfully,\n\nColin Mercer\nFinance Director\nMercer Packaging Ltd",
        lab(note="offer of a reduced amount; the payment is conditional on acceptance"),
    ),
    Reply(
        "pl-en-3",
        "payment_plan",
        "en",
        ("Revd Alison Crane", "treasurer@staidans-hall.example"),
        "2026-11-30 21:40 +0000",
        "thunderbird",
        "Dear Accounts team,\n\nWe are a small charity and the council's quarterly grant to us has been held up by their own system change. Would it be possible to have an extension of 60 days on this invoice? We have always paid promptly in the past and fully intend to do so again.\n\nWith thanks and best wishes,\n\nRevd Alison Crane\nTreasurer, St Aidan's Community Hall Trust",
        lab(note="asks for more time"),
    ),
    Reply(
        "pl-de-1",
        "payment_plan",
        "de",
        ("Jens Paulsen", "j.paulsen@paulsen-fisch.example"),
        "2026-12-04 12:02 +0100",
        "outlook",
        "Moin,\n\nwäre eine Ratenzahlung in drei Monatsraten für Sie in Ordnung? Die erste Rate könnten wir zum 15.12. überweisen, die weiteren jeweils zur Monatsmitte.\n\nBeste Grüße\nJens Paulsen\nPaulsen Fischräucherei, Husum",
        lab(
            note="instalments proposed; the first instalment date is part of the plan, not a promise"
        ),
    ),
    Reply(
        "pl-de-2",
        "payment_plan",
        "de",
        ("Sabine", "sabine.gruber.wien@gmail.com"),
        "2026-11-25 19:22 +0100",
        "iphone",
        "Hallo, können wir die Hälfte jetzt zahlen und den Rest im Februar? Es ist grad echt eng bei uns. Danke, Sabine",
        lab(note="Austrian; half now, rest later"),
    ),
    Reply(
        "pl-fr-1",
        "payment_plan",
        "fr",
        ("Camille Roussel", "c.roussel@entrepots-roussel.example"),
        "2026-11-17 16:18 +0100",
        "gmail",
        "Bonjour,\n\nSerait-il possible d'étaler ce règlement en trois fois ? Depuis l'inondation de l'entrepôt en septembre, notre trésorerie est très tendue et l'assurance n'a toujours rien versé.\n\nEn vous remerciant par avance,\n\nCamille Roussel\nEntrepôts Roussel, Angers",
        lab(),
    ),
    Reply(
        "pl-es-1",
        "payment_plan",
        "es",
        ("Paco Benítez", "pacobenitez.reformas@gmail.com"),
        "2026-11-20 18:05 +0100",
        "android",
        "Buenas, ¿podriamos pagarla en 2 plazos? uno ahora a final de mes y el otro a finales de enero. Estamos esperando a cobrar una obra grande y vamos justos",
        lab(note="two instalments; no single promised date"),
    ),
    Reply(
        "pl-es-2",
        "payment_plan",
        "es",
        ("Martín Sosa", "martin@parrillaelgaucho.example"),
        "2026-12-14 10:50 +0100",
        "outlook_html",
        "Estimados:\n\nLes escribo para pedirles, por favor, 30 días más de plazo. Con la temporada baja no estamos llegando y prefiero ser sincero antes que dejarles sin respuesta.\n\nDesde ya, muchas gracias.\n\nMartín Sosa\nParrilla El Gaucho – Marbella",
        lab(note="Argentine owner in Spain (rioplatense 'les', 'desde ya'); more time"),
    ),
    Reply(
        "pl-nl-1",
        "payment_plan",
        "nl",
        ("Wouter de Graaf", "w.degraaf@degraaf-transport.example"),
        "2026-11-23 09:36 +0100",
        "owa",
        "Goedemorgen,\n\nZouden we een betalingsregeling kunnen treffen, bijvoorbeeld € 200 per maand tot het bedrag is afgelost?\n\nMet vriendelijke groet,\n\nWouter de Graaf\nDe Graaf Transport",
        lab(),
    ),
    Reply(
        "pl-nl-2",
        "payment_plan",
        "nl",
        ("Lotte Janssens", "lotte@brouwerij-janssens.example"),
        "2026-12-02 14:44 +0100",
        "apple",
        "Hallo,\n\nKunnen we uitstel van betaling krijgen tot eind januari? We zitten midden in een overname en alle uitgaande betalingen staan tijdelijk vast tot de notaris klaar is.\n\nGroeten,\nLotte Janssens\nBrouwerij Janssens",
        lab(note="Flemish; more time requested, so no promise"),
    ),
    Reply(
        "pl-it-1",
        "payment_plan",
        "it",
        ("Coop. Il Girasole", "segreteria@coopilgirasole.example"),
        "2026-11-19 11:08 +0100",
        "outlook",
        "Buongiorno,\n\nsarebbe possibile rateizzare l'importo in quattro rate mensili? Siamo una piccola cooperativa sociale e la Regione ci paga i progetti con mesi di ritardo.\n\nRingraziando per la disponibilità, porgiamo distinti saluti.\n\nLa segreteria\nCooperativa Sociale Il Girasole",
        lab(),
        charset="iso-8859-1",
    ),
    Reply(
        "pl-it-2",
        "payment_plan",
        "it",
        ("Stefano Rizzi", "stefano.rizzi@ferramentarizzi.example"),
        "2026-12-16 09:27 +0100",
        "gmail_plain",
        "Buongiorno, possiamo versare subito 300 euro e il saldo a gennaio? Fatemi sapere se va bene così.\n\nStefano",
        lab(note="part now, the rest later: a plan, not a payment"),
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Procurement Helpdesk", "p2p.support@northwell-group.example"),
        "2026-11-12 13:21 +0000",
        "outlook_html",
        "Hello,\n\nWe are unable to process invoices that do not quote a valid purchase order. Please reissue CPS-26-41872 quoting PO 4500339127 and submit it through our supplier portal, after which it will enter the normal 30-day payment cycle.\n\nKind regards\nP2P Support Team\nNorthwell Group plc",
        lab(
            ("CPS-26-41872",),
            note="needs a reissue with the PO; the PO is supplied, nothing is contested",
        ),
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Priti Desai", "priti.desai@kingsbridge-academy.example"),
        "2026-11-18 12:06 +0000",
        "gmail",
        "Hi,\n\nCould you send me the service report from the October visit? Our auditors want evidence the inspection actually took place before we sign off the payment. No issue with the invoice itself.\n\nThanks,\nPriti Desai\nBusiness Manager, Kingsbridge Academy",
        lab(note="proof of service before payment, explicitly not contesting"),
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Niamh Brennan", "accounts@brennansbar.example"),
        "2026-12-09 10:58 +0000",
        "iphone",
        "Can ye send a statement of account pls, I think theres a couple of credit notes we never allocated and I want to pay the right figure",
        lab(note="Irish; statement of account before paying"),
        amt="€310.00",
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Rechnungsprüfung", "rechnungspruefung@mehlhorn-gruppe.example"),
        "2026-11-16 11:40 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nIhre Rechnung enthält weder unsere USt-IdNr. (DE298877341) noch die Kostenstelle 4410. Bitte stellen Sie die Rechnung mit diesen Angaben neu aus, sonst kann sie nicht verbucht werden.\n\nMit freundlichen Grüßen\nRechnungsprüfung\nMehlhorn Gruppe",
        lab(note="reissue with tax id and cost centre"),
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Hélène Garnier", "h.garnier@brasserie-lestilleuls.example"),
        "2026-11-24 15:29 +0100",
        "thunderbird",
        "Bonjour,\n\nPourriez-vous refaire la facture au nom de la SCI Les Tilleuls, propriétaire des murs, et non de la brasserie ? C'est la SCI qui paie les contrats d'entretien du bâtiment. Je vous la règle dès réception.\n\nBien cordialement,\nHélène Garnier",
        lab(note="invoice to the right entity; the payment follows the reissue"),
        charset="iso-8859-1",
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Laurent Petit", "laurent.petit@garage-petit.example"),
        "2026-12-04 08:47 +0100",
        "iphone_html",
        "Bonjour, je ne retrouve pas cette facture dans nos dossiers, vous pourriez m'en renvoyer un duplicata en PDF ? Merci",
        lab(),
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Esther Blanco", "calidad@conservasblanco.example"),
        "2026-11-13 09:55 +0100",
        "gmail",
        "Buenos días:\n\nPara poder tramitar el pago necesitamos el certificado de tratamiento (el que nos pide Sanidad en las inspecciones), firmado por el aplicador. En cuanto lo tengamos, se paga.\n\nGracias,\nEsther Blanco\nCalidad – Conservas Blanco",
        lab(note="treatment certificate before payment"),
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Alberto Nieto", "anieto@nieto-asesores.example"),
        "2026-12-11 12:12 +0100",
        "outlook",
        "Hola,\n\n¿Me podéis confirmar vuestro IBAN por escrito? Nos llegó la semana pasada un correo diciendo que habíais cambiado de banco y, con tanto fraude, preferimos asegurarnos antes de hacer la transferencia.\n\nUn saludo,\nAlberto Nieto\nNieto Asesores (gestoría de Bar Los Arcos)",
        lab(note="bank details confirmation before paying"),
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Crediteurenadministratie", "crediteuren@vanderlinden-zorg.example"),
        "2026-11-30 10:20 +0100",
        "owa",
        "Geachte heer, mevrouw,\n\nKunt u de factuur opnieuw versturen met ons inkoopordernummer erop? Facturen zonder PO-nummer worden door ons systeem automatisch afgekeurd, daarom is deze nog niet betaald.\n\nMet vriendelijke groet,\n\nCrediteurenadministratie\nStichting Van der Linden Zorg",
        lab(),
    ),
    Reply(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Joost Mulder", "joost.mulder@mulder-supermarkten.example"),
        "2026-12-15 13:03 +0100",
        "gmail_plain",
        "Hallo,\n\nOp de factuur staat alleen een totaalbedrag. Kunnen jullie hem per vestiging specificeren? We hebben drie winkels en moeten het intern doorbelasten. Aan het bedrag zelf twijfel ik niet.\n\nGroet,\nJoost",
        lab(note="itemised invoice; amount explicitly not questioned"),
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Ufficio Fornitori", "fornitori@caseificio-valtaro.example"),
        "2026-11-20 14:31 +0100",
        "outlook_html",
        "Buongiorno,\n\nper procedere al pagamento ci serve la fattura elettronica trasmessa tramite SDI con il nostro codice destinatario M5UXCR1. La copia in PDF non è sufficiente ai fini fiscali.\n\nCordiali saluti\nUfficio Fornitori\nCaseificio Valtaro S.p.A.",
        lab(note="e-invoice through the exchange system before paying"),
    ),
    Reply(
        "ir-it-2",
        "invoice_request",
        "it",
        ("Roberta", "roberta.hotelbellavista@gmail.com"),
        "2026-12-03 17:51 +0100",
        "android",
        "Buonasera, mi mandate l'estratto conto aggiornato? Vorrei verificare cosa risulta a voi prima di pagare, perché abbiamo fatto dei pagamenti a settembre e non so se sono stati imputati a questa. Grazie",
        lab(note="statement request, not a contest"),
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Karen Ellison", "karen.ellison72@gmail.com"),
        "2026-11-10 18:32 +0000",
        "gmail",
        "Hi,\n\nI left Brightwater Logistics in September and this is only reaching me because my old work address still forwards. Please send it to accounts.payable@brightwater-logistics.example instead.\n\nKaren",
        lab(new_contact="accounts.payable@brightwater-logistics.example"),
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Tom Riley", "facilities@mercer-foundry.example"),
        "2026-11-19 09:14 +0000",
        "outlook_html",
        "Morning,\n\nThis inbox is the facilities team – we book the visits but we don't pay anything. Finance is Raj Patel (RPatel@Mercer-Foundry.example), I've copied him in.\n\nTom Riley\nFacilities Coordinator, Mercer Foundry",
        lab(
            new_contact="rpatel@mercer-foundry.example",
            note="mixed-case address in the text and in Cc, labelled in lower case",
        ),
        headers=(("Cc", "Raj Patel <RPatel@Mercer-Foundry.example>"),),
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Dr Imogen Shaw", "reception@cliftonsmiles-dental.example"),
        "2026-12-02 13:07 +0000",
        "iphone",
        "You have the wrong address – this is a dental practice in Bristol and we have never used a pest control company. Please check who you are writing to.",
        lab(note="not a customer; 'never used' is not a dispute of a real invoice"),
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Hausmeister Lindenhof", "hausmeister.lindenhof@gmail.com"),
        "2026-11-25 07:05 +0100",
        "galaxy",
        "Guten Morgen ich bin nur der Hausmeister, mit Rechnungen hab ich nix zu tun. Bitte an die Verwaltung schicken: buchhaltung@wohnbau-lindenhof.example",
        lab(new_contact="buchhaltung@wohnbau-lindenhof.example"),
        cte="b64",
    ),
    Reply(
        "wc-de-2",
        "wrong_contact",
        "de",
        ("Filiale Luzern", "luzern@alpkaese-gruppe.example"),
        "2026-12-07 10:18 +0100",
        "outlook",
        "Grüezi\n\nDie Filiale Luzern wird seit dem 1. Oktober über die Zentrale in Zug abgerechnet. Bitte wenden Sie sich an Frau Imhof in der Kreditorenbuchhaltung, kreditoren@alpkaese-gruppe.example.\n\nFreundliche Grüsse\nFiliale Luzern",
        lab(new_contact="kreditoren@alpkaese-gruppe.example", note="Swiss"),
        amt="CHF 312.00",
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Mairie de Saint-Aubin", "secretariat@mairie-saintaubin.example"),
        "2026-11-20 11:42 +0100",
        "owa",
        "Bonjour,\n\nCette adresse est celle du secrétariat de mairie. Les factures de la cantine scolaire sont gérées par le syndicat intercommunal ; merci de vous adresser directement à eux.\n\nCordialement,\nLe secrétariat",
        lab(note="right body named, no address"),
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Maison Veyrat", "contact@maison-veyrat.example"),
        "2026-11-13 07:31 +0100",
        "none",
        "Bonjour,\n\nCette boîte aux lettres n'est plus consultée depuis le 1er novembre 2026.\nPour toute question de comptabilité, écrivez à compta@maison-veyrat.example ; pour les commandes, à commandes@maison-veyrat.example.\n\nMessage automatique, merci de ne pas y répondre.",
        lab(
            new_contact="compta@maison-veyrat.example",
            note="automatic 'mailbox no longer read' notice: wrong_contact, the accounting address is the new contact",
        ),
        subject="Réponse automatique : {rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Iker Ugarte", "iker.ugarte@talleres-ugarte.example"),
        "2026-12-10 16:26 +0100",
        "iphone",
        "Ya no trabajo en Talleres Ugarte. Escriban a administracion@talleres-ugarte.example",
        lab(new_contact="administracion@talleres-ugarte.example"),
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Recepción Hotel Costa Dorada", "recepcion@hotelcostadorada.example"),
        "2026-11-17 22:48 +0000",
        "gmail",
        "Buenas noches,\n\nEste correo es el de recepción, aquí no llevamos facturas. Se lo reenvío a contabilidad, pero para próximas ocasiones escriban directamente a cuentasapagar@hotelcostadorada.example.\n\nAtentamente,\nRecepción",
        lab(
            new_contact="cuentasapagar@hotelcostadorada.example",
            note="Canary Islands (+0000); answers an English reminder",
        ),
        rlang="en",
        amt="€388.00",
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Gerrit Bos", "gerritbos54@gmail.com"),
        "2026-12-08 20:03 +0100",
        "gmail_plain",
        "Goedenavond,\n\nDit mailadres is van de vorige eigenaar, dat ben ik. Ik heb het restaurant in oktober verkocht en de nieuwe eigenaar heeft een eigen boekhouder; ik heb zijn gegevens niet.\n\nGerrit Bos",
        lab(note="former owner; no new address"),
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Paolo Gritti", "p.gritti@vetreriagritti.example"),
        "2026-11-26 09:02 +0100",
        "outlook_html",
        "Buongiorno,\n\nnon sono io a occuparmi dei pagamenti. Metto in copia la collega dell'amministrazione, Sara Bellomo (s.bellomo@vetreriagritti.example), che vi risponderà.\n\nSaluti\nPaolo Gritti\nVetreria Gritti – Murano",
        lab(new_contact="s.bellomo@vetreriagritti.example"),
        headers=(("Cc", "Sara Bellomo <s.bellomo@vetreriagritti.example>"),),
    ),
    Reply(
        "wc-it-2",
        "wrong_contact",
        "it",
        ("Cantina Rovere", "cantinarovere@pec-mail.example"),
        "2026-12-14 12:19 +0100",
        "gmail",
        "Buongiorno, state scrivendo alla nostra PEC, che non è presidiata per le fatture. Usate amministrazione@cantina-rovere.example, grazie.",
        lab(new_contact="amministrazione@cantina-rovere.example"),
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Mick Tranter", "mick@tranter-scaffolding.example"),
        "2026-11-16 06:58 +0000",
        "iphone",
        "Take me off this list. Third time of asking.",
        lab(),
    ),
    Reply(
        "un-en-2",
        "unsubscribe",
        "en",
        ("Julia Penrose", "j.penrose@penrose-estates.example"),
        "2026-12-03 15:12 +0000",
        "outlook_html",
        "Dear Sirs,\n\nPlease direct all further correspondence on this account to our solicitors, Hartley Rowe LLP (ref HR/7731/JP). Do not contact our staff directly.\n\nYours faithfully,\n\nJulia Penrose\nDirector, Penrose Estates Ltd",
        lab(note="'talk to our lawyer' = unsubscribe; solicitors named without an address"),
    ),
    Reply(
        "un-en-3",
        "unsubscribe",
        "en",
        ("Ben Archer", "ben@archerbrewco.example"),
        "2026-11-27 16:45 +0000",
        "gmail",
        "Unsubscribe. And for the record it went through on the 20th, so these automated nags are pointless.",
        lab(
            paid_date="2026-11-20",
            note="unsubscribe beats the payment claim; the stated payment date is still labelled",
        ),
    ),
    Reply(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Dr. Reinhard Völker", "r.voelker@voelker-immobilien.example"),
        "2026-11-19 14:26 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nbitte stellen Sie die Zusendung von E-Mails an diese Adresse ein. Schriftverkehr wünschen wir ausschließlich per Post an unsere Geschäftsanschrift.\n\nHochachtungsvoll\nDr. Reinhard Völker",
        lab(note="post only"),
        charset="iso-8859-1",
    ),
    Reply(
        "un-de-2",
        "unsubscribe",
        "de",
        ("Imbiss Yildiz", "imbiss.yildiz@gmail.com"),
        "2026-12-09 13:30 +0100",
        "android",
        "Abmelden.",
        lab(),
    ),
    Reply(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Gérard Fontaine", "g.fontaine@fontaine-transports.example"),
        "2026-11-23 18:11 +0100",
        "thunderbird",
        "Madame, Monsieur,\n\nJe vous demande de cesser immédiatement l'envoi de ces courriels. Toute correspondance relative à ce dossier devra désormais passer par notre avocat, Maître Lefort, au barreau de Lyon.\n\nG. Fontaine",
        lab(note="lawyer only"),
        charset="iso-8859-1",
    ),
    Reply(
        "un-fr-2",
        "unsubscribe",
        "fr",
        ("Chloé", "chloe.fleuriste@gmail.com"),
        "2026-12-15 09:40 +0100",
        "iphone",
        "Désinscrivez-moi de vos relances automatiques svp, merci.",
        lab(),
    ),
    Reply(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Ramón Ortega", "r.ortega@ortega-construcciones.example"),
        "2026-11-12 19:33 +0100",
        "gmail",
        "Por favor, dejen de enviarme estos correos. Si tienen algo que reclamar, háganlo por burofax a la dirección de la empresa.",
        lab(note="stop emailing; formal written route only"),
    ),
    Reply(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("Anouk Visser", "anouk.visser@ziggo-mail.example"),
        "2026-12-01 21:15 +0100",
        "gmail_plain",
        "Haal mij alstublieft van uw mailinglijst af. Ik heb niets met uw bedrijf te maken.",
        lab(note="unsubscribe beats wrong_contact"),
        rlang="en",
        amt="€ 1.215,00",
    ),
    Reply(
        "un-nl-2",
        "unsubscribe",
        "nl",
        ("Secretariaat Van Dam", "secretariaat@vandam-notariaat.example"),
        "2026-11-24 10:05 +0100",
        "outlook_html",
        "Geachte heer, mevrouw,\n\nWij wensen geen herinneringen meer per e-mail te ontvangen. Correspondentie uitsluitend schriftelijk per post, a.u.b.\n\nHoogachtend,\nSecretariaat Van Dam Notariaat",
        lab(note="post only"),
    ),
    Reply(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Lucia", "lucia.merceria@gmail.com"),
        "2026-11-30 08:24 +0100",
        "iphone",
        "Cancellatemi dalla vostra lista, grazie.",
        lab(),
    ),
    Reply(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Avv. Federica Sarti", "segreteria@studiolegalesarti.example"),
        "2026-12-10 12:48 +0100",
        "outlook",
        "Spett.le Corvid Pest Solutions,\n\nscrivo per conto della mia assistita Immobiliare Sarti S.r.l. e vi diffido dal continuare a inviare comunicazioni dirette al suo personale. Per ogni questione rivolgetevi esclusivamente a questo studio.\n\nAvv. Federica Sarti",
        lab(note="a lawyer writes: stop contacting the client directly"),
        charset="iso-8859-1",
    ),
]

AUTO_REPLY = [
    Reply(
        "au-en-1",
        "auto_reply",
        "en",
        ("Sarah Whitcombe", "s.whitcombe@hollins-estates.example"),
        "2026-11-16 07:34 +0000",
        "none",
        "Thank you for your email. I am on annual leave until Tuesday 24 November with no access to email. For anything urgent on accounts, please contact ap@hollins-estates.example.\n\nSarah",
        lab(
            return_date="2026-11-24",
            note="'until Tuesday 24 November' is the date itself; the colleague's address is not new_contact",
        ),
        subject="Automatic reply: {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "au-en-2",
        "auto_reply",
        "en",
        ("Northgate Facilities Helpdesk", "helpdesk@northgate-fm.example"),
        "2026-11-30 07:36 +0000",
        "none",
        "Thank you for contacting Northgate Facilities Services.\n\nYour request has been logged under reference FS-228194. A member of the team will respond within 3 working days. Please keep the reference in the subject line of any further emails about this request.\n\nNorthgate Facilities Services – Customer Support",
        lab(note="ticket acknowledgement"),
        subject="[FS-228194] Request received: {rsub}",
        cte="7bit",
        headers=(("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")),
    ),
    Reply(
        "au-en-3",
        "auto_reply",
        "en",
        ("Emma Fairclough", "emma.f@fairclough-bakes.example"),
        "2026-12-04 09:02 +0000",
        "none",
        "Hi, thanks for your message. I'm on maternity leave and will be back in early March. In the meantime please call the bakery on 01632 960 411 for anything urgent.\n\nEmma",
        lab(note="no auto-reply headers; 'early March' is not a day, so no return_date"),
        subject="Out of office",
    ),
    Reply(
        "au-de-1",
        "auto_reply",
        "de",
        ("Thomas Reiter", "t.reiter@reiter-metallbau.example"),
        "2026-11-24 08:12 +0100",
        "none",
        "Vielen Dank für Ihre Nachricht.\n\nIch bin derzeit auf Dienstreise und lese meine E-Mails nur unregelmäßig. Ab dem 30.11. bin ich wieder im Büro und melde mich dann bei Ihnen.\n\nMit freundlichen Grüßen\nThomas Reiter",
        lab(return_date="2026-11-30"),
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO, XAUTO),
    ),
    Reply(
        "au-de-2",
        "auto_reply",
        "de",
        ("Claudia Moser", "c.moser@moser-gastro.example"),
        "2026-12-14 08:01 +0100",
        "none",
        "Danke für Ihr Mail! Ich bin bis 18. Dezember im Krankenstand und kann Ihre Nachricht erst danach bearbeiten. In dringenden Fällen erreichen Sie uns unter office@moser-gastro.example.\n\nClaudia Moser",
        lab(
            return_date="2026-12-18",
            note="Austrian; 'bis 18. Dezember' is the date itself; only X-Autoreply",
        ),
        subject="Abwesenheitsnotiz: {rsub}",
        headers=(XAUTO,),
    ),
    Reply(
        "au-fr-1",
        "auto_reply",
        "fr",
        ("Isabelle Bertin", "i.bertin@bertin-traiteur.example"),
        "2026-12-14 07:45 +0100",
        "none",
        "Bonjour,\n\nJe suis absente du 14 au 18 décembre inclus. Retour le lundi 21 décembre.\nPour toute urgence, merci d'appeler le standard.\n\nIsabelle Bertin",
        lab(return_date="2026-12-21"),
        subject="Absence du bureau : {rsub}",
        charset="iso-8859-1",
        headers=(AUTO,),
    ),
    Reply(
        "au-es-1",
        "auto_reply",
        "es",
        ("Atención al Cliente", "clientes@distribuciones-ebro.example"),
        "2026-11-19 10:02 +0100",
        "none",
        "Hemos recibido su consulta.\n\nNuestro equipo de Administración le responderá en un plazo máximo de 72 horas laborables. Número de incidencia: 2026-ADM-04417.\n\nPor favor, no responda a este mensaje.",
        lab(note="ticket acknowledgement with only Precedence"),
        subject="Incidencia 2026-ADM-04417 recibida",
        headers=(("Precedence", "auto_reply"),),
    ),
    Reply(
        "au-es-2",
        "auto_reply",
        "es",
        ("Nuria Pons", "nuria.pons@ponsiferrer.example"),
        "2026-12-02 08:30 +0100",
        "none",
        "Hola, estoy de vacaciones. Vuelvo el miércoles 9 y contestaré en cuanto pueda.\nSi es urgente, escribe a oficina@ponsiferrer.example.\n\nNuria",
        lab(return_date="2026-12-09"),
        subject="Fuera de la oficina",
        headers=(AUTO,),
    ),
    Reply(
        "au-nl-1",
        "auto_reply",
        "nl",
        ("Ruud Verhoeven", "r.verhoeven@verhoeven-installatie.example"),
        "2026-11-23 07:40 +0100",
        "none",
        "Bedankt voor uw e-mail.\n\nIk ben afwezig tot en met vrijdag 27 november. Vanaf maandag 30 november ben ik weer bereikbaar. Uw bericht wordt niet doorgestuurd.\n\nMet vriendelijke groet,\nRuud Verhoeven",
        lab(return_date="2026-11-30"),
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "au-nl-2",
        "auto_reply",
        "nl",
        ("Boekhouding Peeters", "boekhouding@peeters-bouw.example"),
        "2026-12-07 09:15 +0100",
        "none",
        "Beste,\n\nDoor de verhuis van ons kantoor worden e-mails deze week niet behandeld. We proberen alle berichten binnen vijf werkdagen te beantwoorden.\n\nVriendelijke groeten,\nPeeters Bouw nv",
        lab(note="Flemish office move notice; no return date"),
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO, ("Precedence", "bulk")),
    ),
    Reply(
        "au-it-1",
        "auto_reply",
        "it",
        ("Chiara Lombardi", "c.lombardi@lombardi-logistica.example"),
        "2026-11-30 07:50 +0100",
        "none",
        "Sono fuori ufficio fino a venerdì 4 dicembre compreso, con accesso limitato alla posta. Rientro lunedì 7 dicembre.\n\nChiara Lombardi",
        lab(return_date="2026-12-07"),
        subject="Risposta automatica: {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "au-it-2",
        "auto_reply",
        "it",
        ("Servizio Clienti Gruppo Marelli", "servizioclienti@gruppomarelli.example"),
        "2026-12-16 10:07 +0100",
        "none",
        "Gentile cliente,\n\nla sua richiesta è stata presa in carico dal Servizio Clienti (pratica n. 88120) e verrà gestita nel più breve tempo possibile.\n\nQuesta è una e-mail generata automaticamente: la preghiamo di non rispondere.",
        lab(note="ticket acknowledgement without any auto-reply header"),
        subject="Presa in carico pratica n. 88120",
        thread=False,
    ),
]

OTHER = [
    Reply(
        "ot-en-1",
        "other",
        "en",
        ("Rachel Hughes", "rachel@hughes-farmshop.example"),
        "2026-11-13 16:20 +0000",
        "apple",
        "Hello,\n\nCould your technician have a look in the loft when he's next here? We think there are squirrels – lots of scratching at night. I've forwarded your email to our bookkeeper.\n\nRachel",
        lab(
            note="service request plus 'forwarded to the bookkeeper': nothing for the collector to act on"
        ),
    ),
    Reply(
        "ot-en-2",
        "other",
        "en",
        ("Insolvency Team", "claims@harcourt-insolvency.example"),
        "2026-12-01 10:44 +0000",
        "outlook_html",
        "Dear Sir or Madam,\n\nRe: Tamworth Print & Pack Ltd – In Administration\n\nWe write to inform you that the company entered administration on 20 November 2026 and that Harcourt Insolvency LLP were appointed joint administrators. Creditors should submit a proof of debt using the form available on our website. No payments will be made to creditors outside the statutory process.\n\nYours faithfully,\n\nFor and on behalf of Tamworth Print & Pack Ltd\nHarcourt Insolvency LLP, Joint Administrators",
        lab(note="insolvency notice: a person must read it; not a refusal or a wrong contact"),
    ),
    Reply(
        "ot-en-3",
        "other",
        "en",
        ("Jess", "jess.mcallister@gmail.com"),
        "2026-11-20 21:58 +0000",
        "bottom",
        "Hi, so I got this and I'm a bit confused because I thought this was covered under the landlord's contract? But then again we did ask you to come out for the wasps in the summer so maybe it's that. I'll dig through the paperwork at the weekend and come back to you. Sorry it's been a mad month\n\nJess",
        lab(note="bottom-posted; unsure whether anything is owed, no claim either way"),
    ),
    Reply(
        "ot-de-1",
        "other",
        "de",
        ("Markus Brandl", "m.brandl@brandl-brauerei.example"),
        "2026-11-26 13:15 +0100",
        "owa",
        "Hallo,\n\nIhre Erinnerung ist angekommen. Können Sie uns sagen, ob die Köderboxen im Außenbereich nach dem Winter getauscht werden? Das Landratsamt hat bei der letzten Kontrolle danach gefragt.\n\nGruß\nMarkus Brandl",
        lab(note="service question; the reminder is only acknowledged"),
    ),
    Reply(
        "ot-fr-1",
        "other",
        "fr",
        ("Vincent Aubry", "v.aubry@aubry-menuiserie.example"),
        "2026-12-09 10:12 +0100",
        "gmail",
        "Bonjour,\n\nNous déménageons le 1er janvier au 12 rue des Forges à Dijon. Merci de mettre à jour l'adresse d'intervention pour les prochaines visites.\n\nVincent Aubry",
        lab(note="change of site address, no payment content"),
    ),
    Reply(
        "ot-fr-2",
        "other",
        "fr",
        ("Accueil Clinique Sainte-Anne", "accueil@clinique-steanne.example"),
        "2026-11-18 14:03 +0100",
        "html_only",
        "C'est noté, merci. Bonne journée",
        lab(note="bare acknowledgement"),
    ),
    Reply(
        "ot-es-1",
        "other",
        "es",
        ("Pilar Gómez", "pgomez@residenciaelolivo.example"),
        "2026-12-01 11:50 +0100",
        "gmail",
        "Hola,\n\n¿Esto incluye ya la revisión de diciembre o se factura aparte? Lo pregunto para ir cerrando el presupuesto del año que viene.\n\nGracias,\nPilar",
        lab(note="budgeting question, not asking for a document and not contesting"),
    ),
    Reply(
        "ot-es-2",
        "other",
        "es",
        ("Héctor", "hector.panaderiasol@gmail.com"),
        "2026-12-16 19:40 +0100",
        "iphone",
        "No, no hemos pagado todavía, y tampoco sé decirte cuándo podremos. Lo hablo con el gerente y te digo algo.",
        lab(note="negations: no payment, no promise, no date"),
    ),
    Reply(
        "ot-nl-1",
        "other",
        "nl",
        ("Femke Vos", "femke@bakkerijvos.example"),
        "2026-12-04 15:33 +0100",
        "outlook_html",
        "Goedemiddag,\n\nPer 1 december zijn wij gefuseerd met Bakkerij Dekker; vanaf nu gelden nieuwe KvK- en btw-gegevens, die volgen nog. Ik weet eerlijk gezegd niet of dit openstaande bedrag meegaat in de overname. Ik zoek het uit.\n\nGroet,\nFemke Vos",
        lab(note="merger notice; unclear who pays, nothing promised"),
    ),
    Reply(
        "ot-nl-2",
        "other",
        "nl",
        ("Bram", "bram.koster@gmail.com"),
        "2026-11-11 12:25 +0100",
        "iphone",
        "Hoezo herinnering? 😅",
        lab(note="genuinely unclear: surprise, not an explicit contest"),
    ),
    Reply(
        "ot-it-1",
        "other",
        "it",
        ("Ufficio Tecnico", "tecnico@magazzini-orsini.example"),
        "2026-11-25 09:38 +0100",
        "outlook",
        "Buongiorno,\n\nin merito alla vostra mail, ci potete mandare anche un preventivo per il trattamento antitermiti del magazzino di via dell'Artigianato?\n\nGrazie\nUfficio Tecnico – Magazzini Orsini",
        lab(note="sales enquiry"),
    ),
    Reply(
        "ot-it-2",
        "other",
        "it",
        ("Elena", "elena.ristorantelago@gmail.com"),
        "2026-12-18 11:11 +0100",
        "gmail",
        "Ricevuto. Buon Natale a tutto lo staff!",
        lab(note="Italian reply to an English reminder; acknowledgement only"),
        rlang="en",
        amt="€574.80",
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
# The bounces
# --------------------------------------------------------------------------------------------

BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            "bo-en-1",
            "en",
            "hard",
            "5.1.1",
            "accounts@oakridge-kennels.example",
            "2026-11-16 07:38 +0000",
            "en",
            "Postfix DSN with text/rfc822-headers",
        ),
        bounce_postfix_hard,
    ),
    (
        Bounce(
            "bo-en-2",
            "en",
            "soft",
            "4.4.7",
            "office@lyndhurst-garden-centre.example",
            "2026-11-23 11:42 +0000",
            "en",
            "Sendmail four-hour delay warning",
        ),
        bounce_sendmail_delay,
    ),
    (
        Bounce(
            "bo-en-3",
            "en",
            "soft",
            "5.2.2",
            "thecornerdeli.leeds@gmail.com",
            "2026-12-02 07:39 +0000",
            "en",
            "Gmail over-quota: mailbox full is soft despite the 5.x.x code",
        ),
        bounce_gmail_full,
    ),
    (
        Bounce(
            "bo-de-1",
            "de",
            "hard",
            "5.1.10",
            "einkauf@schreinerei-haas.example",
            "2026-11-17 07:36 +0100",
            "de",
            "Exchange Online 'Unzustellbar', recipient not found",
        ),
        bounce_exchange_de,
    ),
    (
        Bounce(
            "bo-de-2",
            "de",
            "soft",
            "4.2.2",
            "info@pension-edelweiss-tirol.example",
            "2026-12-08 07:41 +0100",
            "de",
            "German provider delay notice, mailbox over quota",
        ),
        bounce_provider_de_full,
    ),
    (
        Bounce(
            "bo-fr-1",
            "fr",
            "hard",
            "5.1.1",
            "compta@boulangerie-marechal.example",
            "2026-11-20 07:37 +0100",
            "fr",
            "French provider DSN in Latin-1 with the full returned message",
        ),
        bounce_provider_fr,
    ),
    (
        Bounce(
            "bo-fr-2",
            "fr",
            "soft",
            "4.4.1",
            "admin@chalet-lesgentianes.example",
            "2026-12-10 13:44 +0100",
            "fr",
            "non-standard single text/plain delay notice with X-Failed-Recipients",
        ),
        bounce_plain_fr_delay,
    ),
    (
        Bounce(
            "bo-es-1",
            "es",
            "hard",
            "5.1.1",
            "contabilidad@bodegas-arlanza.example",
            "2026-11-24 07:40 +0100",
            "es",
            "Exim-style DSN with a Spanish human part",
        ),
        bounce_exim_es,
    ),
    (
        Bounce(
            "bo-es-2",
            "es",
            "soft",
            "4.4.7",
            "pagos@grupohostelero-triana.example",
            "2026-12-15 12:35 +0100",
            "es",
            "Exchange 'Entrega retrasada'",
        ),
        bounce_exchange_es_delay,
    ),
    (
        Bounce(
            "bo-nl-1",
            "nl",
            "soft",
            "4.4.1",
            "administratie@tuinderij-vermeulen.example",
            "2026-11-26 11:39 +0100",
            "nl",
            "delay notice from the sending MTA, Dutch text",
        ),
        bounce_nl_delay,
    ),
    (
        Bounce(
            "bo-nl-2",
            "nl",
            "hard",
            "5.1.1",
            "factuur@slagerij-wuyts.example",
            "2026-12-03 07:42 +0100",
            "nl",
            "non-MIME Flemish gateway notice with X-Failed-Recipients",
        ),
        bounce_plain_nl_hard,
    ),
    (
        Bounce(
            "bo-it-1",
            "it",
            "hard",
            "5.7.1",
            "amministrazione@oleificio-sanmarco.example",
            "2026-12-01 07:43 +0100",
            "it",
            "policy rejection in multipart/mixed (not a report); 5.7.1 is permanent",
        ),
        bounce_it_policy,
    ),
]


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------


def all_messages() -> list[tuple[str, Message, dict[str, object]]]:
    items = [(r.key, build_reply(r), reply_label(r)) for r in REPLIES]
    items += [(b.key, build(b), bounce_label(b)) for b, build in BOUNCES]
    return items


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
