# ruff: noqa: E501, RUF001
# Message text is kept one paragraph a line, the way a mail client sends it, with the
# typographic dashes and quotes people and their clients really type.
"""Build the twelfth held-out reply corpus: `h12-NNN.eml` files and `labels.jsonl`.

Every reply answers an overdue-payment reminder from the accounts-receivable team of Sunwright
Solar, a solar-panel, battery and maintenance installer. The new text of each message is written
by hand below; this script only adds what a mail client or a mail server would add (the quoted
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
SEED = 20261118
PREFIX = "h12"
AR_NAME = "Sunwright Accounts Receivable"
AR_ADDR = "receivables@sunwright-solar.example"
AR_DOMAIN = "sunwright-solar.example"
DEFAULT_INV = "SW-26-04417"
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
# Locale tables (what the mail clients print around a quoted message)
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

# --------------------------------------------------------------------------------------------
# Sunwright's reminder, as the customers received it
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Payment overdue – invoice {inv}",
    "de": "Überfällige Zahlung – Rechnung {inv}",
    "fr": "Paiement en retard – facture {inv}",
    "es": "Pago pendiente – factura {inv}",
    "nl": "Betaling verlopen – factuur {inv}",
    "it": "Pagamento scaduto – fattura {inv}",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "We haven't yet received payment for the invoice below, which was due on 11 November 2026.\n\n"
        "    Invoice {inv}  ·  dated 12 Oct 2026  ·  amount due {amt}\n\n"
        "Please could you arrange payment, or reply to this email if something is holding it up — a question about the work, a missing purchase order, anything at all. If your payment has crossed with this message, thank you, and please disregard it.\n\n"
        "Best regards,\n\nAccounts Receivable\nSunwright Solar Ltd\nSolar PV · battery storage · maintenance\nreceivables@sunwright-solar.example"
    ),
    "de": (
        "Guten Tag,\n\n"
        "für die nachstehende Rechnung ist bei uns noch kein Zahlungseingang verbucht. Sie war am 11.11.2026 fällig.\n\n"
        "    Rechnung {inv}  ·  vom 12.10.2026  ·  offener Betrag {amt}\n\n"
        "Wir bitten Sie, den Betrag zu überweisen oder uns kurz zu antworten, falls etwas der Zahlung im Weg steht – etwa eine Rückfrage zu den Arbeiten oder eine fehlende Bestellnummer. Hat sich Ihre Zahlung mit diesem Schreiben überschnitten, danken wir Ihnen und bitten Sie, es zu ignorieren.\n\n"
        "Freundliche Grüße\n\nDebitorenbuchhaltung\nSunwright Solar GmbH\nreceivables@sunwright-solar.example"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Nous n'avons pas encore reçu le règlement de la facture ci-dessous, arrivée à échéance le 11/11/2026.\n\n"
        "    Facture {inv}  ·  émise le 12/10/2026  ·  montant dû {amt}\n\n"
        "Nous vous remercions de bien vouloir procéder au paiement ou de nous répondre si quelque chose le bloque (question sur l'intervention, bon de commande manquant, etc.). Si votre règlement a croisé ce message, merci, et veuillez ne pas en tenir compte.\n\n"
        "Bien cordialement,\n\nService Recouvrement\nSunwright Solar SAS\nreceivables@sunwright-solar.example"
    ),
    "es": (
        "Hola:\n\n"
        "Todavía no hemos recibido el pago de la factura que le indicamos a continuación, con vencimiento el 11/11/2026.\n\n"
        "    Factura {inv}  ·  fecha 12/10/2026  ·  importe pendiente {amt}\n\n"
        "Le rogamos que realice el pago o que responda a este correo si hay algo que lo impida: una duda sobre el trabajo realizado, un número de pedido que falta o cualquier otra cuestión. Si su pago se ha cruzado con este mensaje, le damos las gracias y puede ignorarlo.\n\n"
        "Un saludo,\n\nCuentas a cobrar\nSunwright Solar Iberia S.L.\nreceivables@sunwright-solar.example"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Wij hebben de betaling van onderstaande factuur nog niet ontvangen. De vervaldatum was 11-11-2026.\n\n"
        "    Factuur {inv}  ·  d.d. 12-10-2026  ·  openstaand bedrag {amt}\n\n"
        "Wilt u het bedrag overmaken, of deze e-mail beantwoorden als er iets is waardoor de betaling blijft liggen, zoals een vraag over de werkzaamheden of een ontbrekend inkoopnummer? Is uw betaling al onderweg, dan danken wij u en kunt u dit bericht negeren.\n\n"
        "Met vriendelijke groet,\n\nDebiteurenbeheer\nSunwright Solar B.V.\nreceivables@sunwright-solar.example"
    ),
    "it": (
        "Buongiorno,\n\n"
        "non ci risulta ancora il pagamento della fattura indicata qui sotto, scaduta l'11/11/2026.\n\n"
        "    Fattura {inv}  ·  del 12/10/2026  ·  importo da saldare {amt}\n\n"
        "Vi chiediamo di disporre il pagamento oppure di rispondere a questa e-mail se qualcosa lo impedisce: una domanda sull'intervento, un numero d'ordine mancante o altro. Se il pagamento si è incrociato con questo messaggio, vi ringraziamo e potete ignorarlo.\n\n"
        "Cordiali saluti,\n\nUfficio Crediti\nSunwright Solar Italia S.r.l.\nreceivables@sunwright-solar.example"
    ),
}
DEFAULT_AMOUNT = {
    "en": "£2,360.00",
    "de": "3.184,50 €",
    "fr": "1 748,00 €",
    "es": "2.915,40 €",
    "nl": "€ 1.206,75",
    "it": "€ 4.030,00",
}
LATIN1_FIXES = {"–": "-", "—": "-", "€": "EUR", "’": "'", "…": "..."}


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
    """The reminder went out on a working day before the reply, early in the morning."""
    day = reply - timedelta(days=days_before)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day.replace(hour=7, minute=31 + day.day % 11, second=42)


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
    enc = "iso-8859-1" if charset in {"iso-8859-1", "us-ascii-lie", "windows-1252"} else charset
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
    enc = "utf-8" if charset == "utf-8" else "iso-8859-1"
    return f"{Header(name, enc).encode()} <{addr}>"


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
    """The reminder as Sunwright sent it (returned inside bounces)."""
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
    lang_tag = {"en": "EN-GB"}.get(r.lang, f"{r.lang.upper()}")
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\n'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=' + r.charset + '">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;} --></style>\n'
        f'</head>\n<body lang="{lang_tag}" link="#467886" vlink="#96607D"><div class="WordSection1">\n'
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
    del q  # an HTML-formatted automatic notice, with a plain-text twin
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset='
        + r.charset
        + '"></head><body style="font-family:Arial,sans-serif;font-size:10pt">\n'
        f"{html_paragraphs(r.body)}\n</body></html>\n"
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
PREC_BULK = ("Precedence", "bulk")
PREC_AUTO = ("Precedence", "auto_reply")
FAKE_PDF = (
    b"%PDF-1.7\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)

PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Denise Morley", "denise.morley62@gmail.com"),
        "2026-11-17 19:12 +0000",
        "bottom",
        "Hiya,\n\nMy other half says he did this over the weekend on the banking app, £2,360, and he put MORLEY 14 ASHCOMBE as the reference because he couldnt find an invoice number on the letter. If it's not shown up your end give me a shout and I'll get on to him!!\n\nThanks\nDenise",
        lab(
            payment_reference="MORLEY 14 ASHCOMBE",
            amount="2360.00",
            currency="GBP",
            note="a homeowner reports a transfer made 'over the weekend': sent, but no single day, so paid_date is null",
        ),
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        ("Castlegate Logistics AP", "ap.noreply@castlegate-logistics.example"),
        "2026-11-26 14:03 +0000",
        "outlook_html",
        "REMITTANCE ADVICE\n\nPayer: Castlegate Logistics plc\nSupplier: Sunwright Solar Ltd (vendor 200418)\nPayment date: 26/11/2026\nPayment method: Faster Payment\nPayment ID: PR-7730-118245\n\nDocument          Description                 Amount\nSW-26-04417       Roof array, DC3 phase 2     £18,940.00\nSW-26-04502       Scaffold hire               £1,215.00\nTotal paid                                    £20,155.00\n\nThis advice was generated by our accounts payable system. Please do not reply to this address; queries to ap.queries@castlegate-logistics.example quoting the payment ID.",
        lab(
            ("SW-26-04417", "SW-26-04502"),
            paid_date="2026-11-26",
            payment_reference="PR-7730-118245",
            amount="20155.00",
            currency="GBP",
            note="machine-generated remittance advice with Auto-Submitted: still payment_sent, not auto_reply; the queries address is not a new contact",
        ),
        amt="£18,940.00",
        subject="Remittance advice PR-7730-118245",
        headers=(AUTO_GEN,),
        attach=("Remittance_PR-7730-118245.pdf", FAKE_PDF),
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Gary Kowalczyk", "gary@kowalczyk-autobody.example"),
        "2026-12-04 08:31 -0500",
        "iphone",
        "wired it yesterday conf# 20261203-WF-55812. pls confirm u got it",
        lab(
            paid_date="2026-12-03",
            payment_reference="20261203-WF-55812",
            note="US body shop, one line, no capitals; 'yesterday' against a Friday 4 Dec date",
        ),
        amt="$6,480.00",
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Katrin Vogelsang", "k.vogelsang@hv-vogelsang.example"),
        "2026-11-24 10:17 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\ndie Rechnung SW-26-04417 über 3.184,50 € haben wir bereits am 20.11. angewiesen (Verwendungszweck: SW2604417 / WEG Lindenstr. 8). Bitte gleichen Sie Ihre Kontoauszüge ab, bevor Sie weitere Mahnungen verschicken – die Eigentümergemeinschaft reagiert auf so etwas empfindlich.\n\nMit freundlichen Grüßen\ni. A. Katrin Vogelsang\nHausverwaltung Vogelsang & Partner GmbH\nBuchhaltung WEG-Objekte",
        lab(
            ("SW-26-04417",),
            paid_date="2026-11-20",
            payment_reference="SW2604417 / WEG Lindenstr. 8",
            amount="3184.50",
            currency="EUR",
            note="property manager; the irritated tone is not a dispute, nothing is contested",
        ),
    ),
    Reply(
        "ps-de-2",
        "payment_sent",
        "de",
        ("Ueli Bachmann", "bachmann.hof@bluewin-mail.example"),
        "2026-12-01 20:44 +0100",
        "thunderbird",
        "Grüezi\n\nHabe die Rechnung gestern Abend per E-Banking beglichen, CHF 4'870.00. Entschuldigung für die Verspätung, mit dem Stallumbau bin ich kaum ins Büro gekommen.\n\nFreundliche Grüsse\nUeli Bachmann\nBachmann Hof, Oberdiessbach",
        lab(
            paid_date="2026-11-30",
            amount="4870.00",
            currency="CHF",
            note="Swiss farmer, Swiss spelling (Grüsse), ISO-8859-1; 'gestern Abend' against Tue 1 Dec",
        ),
        amt="CHF 4'870.00",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Sandrine Martin", "boulangerie.martin.chinon@gmail.com"),
        "2026-12-11 09:40 +0100",
        "gmail",
        "Bonjour,\n\nLe virement de 1 748 € est parti ce matin, libellé BOUL-MARTIN-1211. Comptez 24 à 48 h selon les banques.\n\nBonne journée et merci encore pour l'installation, le four tourne pratiquement au soleil maintenant !\n\nSandrine Martin\nBoulangerie Martin – Chinon",
        lab(
            paid_date="2026-12-11",
            payment_reference="BOUL-MARTIN-1211",
            amount="1748.00",
            currency="EUR",
        ),
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Olivier Dewulf", "o.dewulf@brasserie-dewulf.example"),
        "2026-11-19 15:26 +0100",
        "owa",
        "Bonjour,\n\nJe croyais cette facture réglée depuis longtemps, et elle l'est : notre paiement est parti le 5 novembre. En revanche je constate en vérifiant qu'il a été envoyé sur l'IBAN qui figurait sur votre facture de l'an dernier (BE71 0961 2345 6769). Est-ce que ce compte est toujours à vous ? Si oui, il suffit de rapprocher le paiement ; sinon dites-le-moi vite pour que je fasse un rappel de fonds.\n\nOlivier Dewulf\nBrasserie Dewulf – Courtrai",
        lab(
            paid_date="2026-11-05",
            note="Belgian brewery answering a Dutch reminder in French; paid, possibly to an old account: still payment_sent",
        ),
        rlang="nl",
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Javier Ortega", "jortega@talleresortega.example"),
        "2026-12-10 18:02 +0100",
        "android",
        "Buenas, os hice la transferencia el lunes por el total. El justificante lo tengo en el ordenador de la nave, mañana os lo mando.\n\nJavier",
        lab(
            paid_date="2026-12-07",
            note="'el lunes' in a Thursday message is the Monday of the same week",
        ),
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Administración Bodegas Arribes", "administracion@bodegasarribes.example"),
        "2026-12-02 12:55 +0100",
        "outlook_html",
        "Estimados señores:\n\nLes confirmamos que la factura SW-26-04610, por importe de 2.915,40 EUR, se liquidó mediante confirming a través de nuestra entidad con fecha valor 30/11/2026 (n.º de orden CNF-0093317). Si no la han anticipado, el abono ya debería figurar en su cuenta.\n\nAtentamente,\n\nDpto. de Administración\nBodegas Arribes, S.A.\nFermoselle (Zamora)",
        lab(
            ("SW-26-04610",),
            paid_date="2026-11-30",
            payment_reference="CNF-0093317",
            amount="2915.40",
            currency="EUR",
            note="reverse factoring (confirming) settled with a value date in the past",
        ),
        inv="SW-26-04610",
        charset="iso-8859-1",
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Bas Hoogeveen", "bas@hoogeveenloonwerk.example"),
        "2026-12-08 07:12 +0100",
        "iphone",
        "Is gister overgemaakt hoor.\n\nGr Bas",
        lab(paid_date="2026-12-07", note="'gister' (colloquial for gisteren) against Tue 8 Dec"),
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        ("Boekhouding VBS De Klimop", "boekhouding@vbs-deklimop.example"),
        "2026-12-01 11:48 +0100",
        "gmail",
        "Goedemiddag,\n\nUw factuur werd opgenomen in onze betalingsronde van 27 november en is intussen uitbetaald: € 1.206,75 met gestructureerde mededeling +++090/4417/26551+++.\n\nMet vriendelijke groeten,\nAn Peeters\nBoekhouding Vrije Basisschool De Klimop, Lier",
        lab(
            paid_date="2026-11-27",
            payment_reference="+++090/4417/26551+++",
            amount="1206.75",
            currency="EUR",
            note="Flemish school; Belgian structured communication is the payment reference",
        ),
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Amministrazione Caseificio Val Brembo", "amministrazione@caseificiovalbrembo.example"),
        "2026-11-23 16:20 +0100",
        "outlook",
        "Buongiorno,\n\nin allegato la contabile del bonifico disposto in data odierna, importo EUR 4.030,00, CRO 0306912345678901.\n\nDistinti saluti\n\nRag. Elisa Carminati\nCaseificio Val Brembo soc. coop. agricola",
        lab(
            paid_date="2026-11-23",
            payment_reference="0306912345678901",
            amount="4030.00",
            currency="EUR",
            note="Italian bank transfer receipt attached; the CRO is the reference; ISO-8859-1",
        ),
        charset="iso-8859-1",
        attach=("contabile_bonifico_23112026.pdf", FAKE_PDF),
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "ptp-en-1",
        "promise_to_pay",
        "en",
        ("Máire Ní Bhriain", "secretary@scoilnaomhbride.example"),
        "2026-12-02 10:34 +0000",
        "outlook",
        "Dear Sir/Madam,\n\nThe Board of Management meets on Thursday 10 December and your invoice is on the agenda for approval. Payment will issue the following morning, once the two signatories have signed off.\n\nIs mise le meas,\nMáire Ní Bhriain\nSchool Secretary\nScoil Naomh Bríd, Co. Galway",
        lab(
            promised_date="2026-12-11",
            note="Irish school: payment 'the following morning' after the board meeting on Thu 10 Dec",
        ),
        amt="€7,430.00",
    ),
    Reply(
        "ptp-en-2",
        "promise_to_pay",
        "en",
        ("Lee Sandhu", "lee.sandhu.electrical@outlook-mail.example"),
        "2026-11-23 12:10 +0000",
        "iphone",
        "will sort it friday when the farm pays me for the barn job, cant do it before sorry mate",
        lab(
            promised_date="2026-11-27",
            note="subcontracting electrician; a promise tied to an event but pinned to a day: Friday after Mon 23 Nov",
        ),
    ),
    Reply(
        "ptp-en-3",
        "promise_to_pay",
        "en",
        ("Rory MacLeod", "rory@macleod-distillery.example"),
        "2026-12-01 21:05 +0000",
        "gmail",
        "Hi there,\n\nApologies – this slipped through the cracks while I was off on paternity leave and nobody else picked up the post. Not disputing any of it, the array's been grand. I'll get it paid by Wednesday the 9th at the very latest, probably sooner.\n\nCheers,\nRory\n\n--\nRory MacLeod | MacLeod Distillery | Isle of Skye",
        lab(
            promised_date="2026-12-09",
            note="'not disputing' is a negation, not a dispute; 'at the latest' date is the promise",
        ),
    ),
    Reply(
        "ptp-de-1",
        "promise_to_pay",
        "de",
        ("Mag. Petra Hofer", "p.hofer@tischlerei-hofer.example"),
        "2026-12-03 09:02 +0100",
        "outlook_html",
        "Sehr geehrtes Sunwright-Team,\n\nwir haben Ihre Rechnung inzwischen freigegeben. Sie ist für unseren Zahllauf am 15.12. vorgemerkt und wird an diesem Tag ausgeführt.\n\nBeste Grüße aus Graz\nPetra Hofer\nTischlerei Hofer GmbH",
        lab(
            promised_date="2026-12-15",
            note="Austrian joinery; 'freigegeben' is past tense but the payment is still to come",
        ),
    ),
    Reply(
        "ptp-de-2",
        "promise_to_pay",
        "de",
        ("Jens Thormählen", "jens.thormaehlen@posteo-mail.example"),
        "2026-11-18 22:16 +0100",
        "iphone",
        "Moin, ich überweise das, sobald die Einspeisevergütung vom Netzbetreiber da ist – spätestens aber zum Monatsende, versprochen. LG Jens",
        lab(
            promised_date="2026-11-30",
            note="northern German homeowner; the latest date binds: end of November",
        ),
    ),
    Reply(
        "ptp-fr-1",
        "promise_to_pay",
        "fr",
        ("Pierre Lefebvre", "earl.troischenes@orange-mail.example"),
        "2026-11-25 13:47 +0100",
        "thunderbird",
        "Bonjour,\n\nLe chèque partira avec notre prochain courrier, c'est-à-dire lundi 30. Désolé pour ce retard, notre comptable était en arrêt maladie tout le mois.\n\nCordialement\nP. Lefebvre\nEARL des Trois Chênes",
        lab(
            promised_date="2026-11-30",
            note="a cheque that will be posted on Monday 30 Nov: promise",
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "ptp-fr-2",
        "promise_to_pay",
        "fr",
        ("Nadia Benali", "n.benali@creche-lespetitspas.example"),
        "2026-12-07 17:30 +0100",
        "gmail",
        "Bonsoir,\n\nNous vous réglerons dès que la subvention de la Région nous sera versée ; la notification parle d'un versement le 18 décembre. Je lance le virement le jour même, vous avez ma parole.\n\nNadia Benali\nDirectrice – Crèche associative Les Petits Pas",
        lab(
            promised_date="2026-12-18",
            note="conditional on a grant but pinned to its announced date",
        ),
    ),
    Reply(
        "ptp-es-1",
        "promise_to_pay",
        "es",
        ("Lucía", "luciafdez.casarural@gmail.com"),
        "2026-12-17 23:51 +0100",
        "gmail_plain",
        "Hola, mañana sin falta lo pago. Perdonad!!",
        lab(promised_date="2026-12-18", note="one line late at night; 'mañana' against Thu 17 Dec"),
    ),
    Reply(
        "ptp-es-2",
        "promise_to_pay",
        "es",
        ("Cuentas a pagar – Frutas Levante", "pagos@frutaslevante.example"),
        "2026-11-27 09:20 +0100",
        "outlook",
        "Buenos días:\n\nLes recordamos que nuestros pagos a proveedores se efectúan los días 10 y 25 de cada mes. La factura SW-26-04655 ya está contabilizada y entrará en la remesa del próximo día 10.\n\nUn cordial saludo,\nDepartamento de Cuentas a Pagar\nFrutas Levante, S.L.",
        lab(
            ("SW-26-04655",),
            promised_date="2026-12-10",
            note="fixed payment days; 'el próximo día 10' after 27 Nov is 10 Dec",
        ),
        inv="SW-26-04655",
    ),
    Reply(
        "ptp-nl-1",
        "promise_to_pay",
        "nl",
        ("Inge de Boer", "inge@campingdezeeuwseduinen.example"),
        "2026-12-04 14:38 +0100",
        "owa",
        "Beste,\n\nExcuses, uw factuur is bij ons tussen wal en schip geraakt na de wissel van boekhouder. Ik zorg dat hij uiterlijk woensdag de deur uit is.\n\nMet vriendelijke groet,\nInge de Boer\nCamping De Zeeuwse Duinen",
        lab(
            promised_date="2026-12-09",
            note="Dutch idioms ('tussen wal en schip', 'de deur uit'); Wednesday after Fri 4 Dec",
        ),
    ),
    Reply(
        "ptp-it-1",
        "promise_to_pay",
        "it",
        ("Giorgio Ruggeri", "g.ruggeri@agriturismoilpoggio.example"),
        "2026-11-24 11:15 +0100",
        "gmail",
        "Salve,\n\nprovvederemo al saldo entro venerdì 27 novembre. Ci scusiamo per il ritardo, è stato un mese pesante con la vendemmia tardiva.\n\nCordialità,\nGiorgio Ruggeri\nAgriturismo Il Poggio – Montalcino",
        lab(promised_date="2026-11-27"),
    ),
    Reply(
        "ptp-it-2",
        "promise_to_pay",
        "it",
        ("Francesca Lo Monaco", "francesca.lomonaco@libero-mail.example"),
        "2026-12-12 19:03 +0100",
        "apple",
        "Buonasera,\n\nil pagamento non è ancora partito perché aspettavamo l'allaccio definitivo; ora che il distributore ha finalmente montato il contatore bidirezionale, faccio il bonifico lunedì mattina.\n\nGrazie della pazienza\nFrancesca",
        lab(
            promised_date="2026-12-14",
            note="starts with a negation ('non è ancora partito'); Monday after Sat 12 Dec",
        ),
    ),
]

DISPUTE = [
    Reply(
        "d-en-1",
        "dispute",
        "en",
        ("Graham Oduya", "graham.oduya@harlow-coldstore.example"),
        "2026-11-20 15:42 +0000",
        "outlook_html",
        "Hello,\n\nWe've been invoiced for 48 modules. Your own commissioning sheet, which is in the handover pack, shows 44 installed on the south roof; the other four were left on a pallet in bay 3 and collected by your crew on 2 November.\n\nPlease issue a corrected invoice for 44 modules. We won't be processing SW-26-04417 in its current form.\n\nRegards,\n\nGraham Oduya\nFacilities Manager\nHarlow Cold Store Ltd",
        lab(("SW-26-04417",), note="quantity wrong: billed 48 modules, 44 installed"),
        amt="£14,880.00",
    ),
    Reply(
        "d-en-2",
        "dispute",
        "en",
        ("Bernadette Lyons", "bernie.lyons@gmail.com"),
        "2026-12-09 08:05 +0000",
        "gmail",
        "Hi,\n\nWith respect, I'm not paying a call-out charge for an engineer who turned up, looked at the inverter for ten minutes, said it needed a part he didn't have and left. The system STILL isn't generating, three weeks on. Get it working and then we can talk about money.\n\nBernadette",
        lab(note="service not done; 'won't pay until fixed'"),
        amt="£165.00",
    ),
    Reply(
        "d-en-3",
        "dispute",
        "en",
        ("Tomasz Wierzbicki", "tomasz@wierzbicki-joinery.example"),
        "2026-12-03 12:26 +0000",
        "iphone",
        "Paid the service invoice 4380 yesterday. This one (4417) I'm querying – the battery was quoted at £3,950 fitted and you've billed £4,610. Send me the quote you're working from please",
        lab(
            ("SW-26-04380", "SW-26-04417"),
            note="payment of another invoice plus a price dispute on this one: the dispute drives the action; short invoice numbers normalised",
        ),
        amt="£4,610.00",
    ),
    Reply(
        "d-de-1",
        "dispute",
        "de",
        ("Reinhard Köster", "koester@autohaus-koester.example"),
        "2026-11-25 08:12 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nder o. g. Rechnung widersprechen wir hiermit. Laut Ihrem Angebot vom 14.09. war die Gerüststellung im Pauschalpreis enthalten; Sie berechnen sie jetzt mit 1.180,00 EUR zusätzlich. Bitte stornieren Sie die Rechnung und schicken Sie uns eine korrigierte.\n\nMit freundlichen Grüßen\nReinhard Köster\nGeschäftsführer\nAutohaus Köster GmbH & Co. KG",
        lab(
            note="price wrong: scaffolding billed on top of a fixed price; 8-bit Latin-1 declared as us-ascii"
        ),
        charset="us-ascii-lie",
    ),
    Reply(
        "d-de-2",
        "dispute",
        "de",
        ("Sabine Krüger", "buchhaltung@kita-regenbogen-kiel.example"),
        "2026-12-08 13:40 +0100",
        "gmail",
        "Hallo,\n\ndiese Rechnung haben wir schon einmal bekommen, nur mit anderer Nummer (SW-26-04391), und die ist längst bezahlt. Das ist doppelt abgerechnet. Bitte bestätigen Sie uns die Stornierung.\n\nViele Grüße\nSabine Krüger",
        lab(
            ("SW-26-04391",),
            note="duplicate billing, German reply to an English reminder",
        ),
        rlang="en",
        amt="£1,094.00",
    ),
    Reply(
        "d-fr-1",
        "dispute",
        "fr",
        ("Hélène Garnier", "h.garnier@ehpad-lesglycines.example"),
        "2026-11-30 10:58 +0100",
        "outlook_html",
        "Madame, Monsieur,\n\nNous contestons la facture n° SW-26-04417. Le contrat de maintenance a été résilié par lettre recommandée du 28 août avec effet au 30 septembre ; la visite d'octobre n'avait donc pas lieu d'être et nous ne l'avons jamais demandée.\n\nJe vous remercie d'annuler cette facture et de m'en confirmer l'annulation par écrit.\n\nHélène Garnier\nResponsable administrative et financière\nEHPAD Les Glycines",
        lab(("SW-26-04417",), note="contract cancelled before the visit"),
    ),
    Reply(
        "d-fr-2",
        "dispute",
        "fr",
        ("Yannick", "yannick.le-goff@wanadoo-mail.example"),
        "2026-12-14 18:22 +0100",
        "iphone",
        "Jamais reçu de facture. Et les micro-onduleurs qu'on attend depuis septembre, ils arrivent quand ?? On paiera ce qui a été posé, pas le reste.",
        lab(
            note="goods not delivered and paying only for what was fitted: dispute, not a copy request",
        ),
    ),
    Reply(
        "d-es-1",
        "dispute",
        "es",
        ("Marta Iriarte", "direccion@hotelmarazul.example"),
        "2026-11-26 17:15 +0000",
        "gmail",
        "Buenas tardes:\n\nLa pérgola solar del aparcamiento no está terminada. Faltan dos filas de paneles y la obra está parada desde el 20 de octubre. No vamos a abonar el 100 % de un trabajo que está al 70 %.\n\nQuedo a la espera de que nos llamen para fijar la fecha de finalización.\n\nMarta Iriarte\nDirectora\nHotel Mar Azul – Tenerife",
        lab(note="work not finished, so only part will be paid; Canary Islands hotel (+0000)"),
    ),
    Reply(
        "d-nl-1",
        "dispute",
        "nl",
        ("Crediteurenadministratie", "crediteuren@tuinbouw-vanleeuwen.example"),
        "2026-12-02 09:30 +0100",
        "outlook",
        "Geachte heer/mevrouw,\n\nDeze factuur komt niet overeen met een order van ons: er staat geen inkoopnummer van Van Leeuwen op en wij hebben bij uw bedrijf alleen een offerte opgevraagd, nooit een opdracht verstrekt. Wij beschouwen de factuur daarom als onterecht en nemen haar niet in behandeling.\n\nMet vriendelijke groet,\nCrediteurenadministratie\nTuinbouwbedrijf Van Leeuwen",
        lab(note="not our order: only a quote was requested"),
    ),
    Reply(
        "d-nl-2",
        "dispute",
        "nl",
        ("Sietske", "sietske.postma@ziggo-mail.example"),
        "2026-12-15 21:09 +0100",
        "iphone",
        "Sinds jullie montage lekt er water langs de dakdoorvoer, recht boven het bed van mijn dochter. Drie keer gebeld, niemand komt. Eerst dat oplossen, dan betaal ik.",
        lab(note="poor workmanship; won't pay until fixed"),
    ),
    Reply(
        "d-it-1",
        "dispute",
        "it",
        ("Ufficio Acquisti Tessitura Bianchi", "acquisti@tessiturabianchi.example"),
        "2026-12-04 11:44 +0100",
        "outlook_html",
        "Gentili,\n\nle ore di manodopera fatturate (32) non corrispondono ai rapportini di intervento firmati dal nostro capo manutenzione, che ne riportano 21. Vi chiediamo di emettere nota di credito per la differenza; il resto della fattura è corretto e verrà pagato alla ricezione della nota.\n\nCordiali saluti\nUfficio Acquisti\nTessitura Bianchi S.p.A.",
        lab(
            note="hours wrong; the rest will be paid once the credit note arrives, still a dispute"
        ),
        charset="windows-1252",
    ),
    Reply(
        "d-it-2",
        "dispute",
        "it",
        ("Davide Serra", "davide.serra@serracostruzioni.example"),
        "2026-11-17 08:49 +0100",
        "android",
        "Buongiorno, per questa fattura ci avete già emesso nota di credito NC-26-0112 a storno totale a fine ottobre. Da parte nostra non risulta nulla da pagare.",
        lab(note="already credited in full"),
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pp-en-1",
        "payment_plan",
        "en",
        ("Helen Pritchard", "helen.pritchard@btinternet-mail.example"),
        "2026-11-30 22:47 +0000",
        "gmail",
        "Dear Sunwright,\n\nI'm writing about the reminder for the balance on our panels and I want to be honest with you rather than just ignore it, which I'll admit was tempting.\n\nMy husband was made redundant at the end of September and since then we've been living on my wage from the surgery, which is part-time. We fully intend to pay every penny – the panels are brilliant, they've already taken a chunk off the electric, and your fitters were lovely with the kids – but I simply cannot find £2,360 in one go before Christmas, not without missing the mortgage.\n\nWould you accept £200 a month starting in January? I can set up a standing order for the 1st of each month so you don't have to chase. If you need anything from me to show our situation (his redundancy letter, bank statements) I can send it, I'm not trying to pull a fast one.\n\nThank you for reading all this, sorry it's so long.\n\nHelen Pritchard\n7 Tanners Row, Ludlow",
        lab(note="long hardship letter proposing monthly instalments"),
    ),
    Reply(
        "pp-en-2",
        "payment_plan",
        "en",
        ("Owen Price", "owen.price@pricefarms-cymru.example"),
        "2026-12-08 07:58 +0000",
        "outlook",
        "Morning,\n\nAny chance we could split this into three? A third now and the rest over January and February. Our cash is tied up until the grant claim for the new shed is paid out.\n\nDiolch,\nOwen Price\nPrice Farms, Llandeilo",
        lab(note="three instalments"),
        amt="£9,780.00",
    ),
    Reply(
        "pp-en-3",
        "payment_plan",
        "en",
        ("Alison Beattie", "alison.beattie@northgate-printworks.example"),
        "2026-12-10 16:35 +0000",
        "owa",
        "Hello,\n\nOur managing director has asked me to put a proposal to you. We would pay £15,000 by 23 December in full and final settlement of the £18,940 outstanding. The work itself is fine, but the job ran six weeks late and we lost production for part of that time.\n\nCould you let me know whether this is acceptable, so I can get the payment approved before the holidays?\n\nKind regards,\nAlison Beattie\nFinance Manager\nNorthgate Printworks Ltd",
        lab(
            note="asks to settle for a reduced amount without contesting the work: payment_plan, not dispute or promise",
        ),
        amt="£18,940.00",
    ),
    Reply(
        "pp-de-1",
        "payment_plan",
        "de",
        ("Familie Strobel", "camping-strobel@t-online-mail.example"),
        "2026-12-02 20:10 +0100",
        "thunderbird",
        "Guten Abend,\n\nkönnten wir den Betrag in Raten begleichen? Unser Vorschlag: vier Monatsraten zu je 796,13 €, die erste am 15.12. Für uns als Campingplatz ist der Winter die umsatzschwache Zeit, ab April sieht es wieder anders aus.\n\nMit freundlichen Grüßen\nMarkus und Anja Strobel\nCampingplatz am Hopfensee",
        lab(
            note="four monthly instalments; the first instalment date is not a promise for the whole amount"
        ),
    ),
    Reply(
        "pp-de-2",
        "payment_plan",
        "de",
        ("Dirk Albrecht", "d.albrecht@baeckerei-albrecht.example"),
        "2026-11-19 06:41 +0100",
        "gmail",
        "Hallo Frau Kessler,\n\nwäre es möglich, uns für diese Rechnung ein Zahlungsziel bis Ende Februar einzuräumen? Die KfW-Auszahlung lässt auf sich warten und ohne die wird es gerade eng.\n\nDanke und Gruß\nDirk Albrecht",
        lab(note="asks for more time; no date of its own is promised"),
        charset="iso-8859-1",
    ),
    Reply(
        "pp-fr-1",
        "payment_plan",
        "fr",
        ("Sophie Marchal", "compta@menuiserie-marchal.example"),
        "2026-12-03 14:12 +0100",
        "outlook",
        "Bonjour,\n\nSuite au dépôt de bilan de l'un de nos gros clients, notre trésorerie est très tendue en ce moment. Serait-il possible d'échelonner le règlement sur trois mois ? Je peux faire un premier virement de 600 EUR dès la semaine prochaine si vous êtes d'accord.\n\nBien à vous,\nSophie Marchal\nMenuiserie Marchal",
        lab(note="staggered payment over three months, first part conditional on agreement"),
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "pp-es-1",
        "payment_plan",
        "es",
        ("Rocío", "rocio.bermudez@hotmail-mail.example"),
        "2026-12-09 13:27 +0100",
        "android",
        "Hola, ¿podríamos pagarlo en plazos? 500 ahora y lo demás en dos meses. Gracias",
        lab(note="short instalment request"),
    ),
    Reply(
        "pp-es-2",
        "payment_plan",
        "es",
        ("Ernesto Villalba", "evillalba@envasesvillalba.example"),
        "2026-11-24 10:03 +0100",
        "gmail",
        "Estimados:\n\nAtravesamos un momento complicado: nuestro principal cliente ha entrado en concurso de acreedores y nos debe más de cuatro meses de facturación. Les pido un aplazamiento de 60 días para esta factura, sin recargo si es posible. En cuanto se desbloquee la situación, serán los primeros.\n\nUn saludo,\nErnesto Villalba\nGerente – Envases Villalba",
        lab(note="hardship and a 60-day extension"),
    ),
    Reply(
        "pp-nl-1",
        "payment_plan",
        "nl",
        ("Ruud Verbeek", "ruud@verbeek-installatietechniek.example"),
        "2026-12-11 16:50 +0100",
        "owa",
        "Goedemiddag,\n\nWij kunnen op dit moment maar de helft voldoen. Kunnen we afspreken dat we nu € 600 betalen en de rest eind januari?\n\nMet vriendelijke groet,\nRuud Verbeek",
        lab(note="part now, rest in January"),
    ),
    Reply(
        "pp-nl-2",
        "payment_plan",
        "nl",
        ("Femke Jansen", "femke@studiojansen-ontwerp.example"),
        "2026-12-16 20:33 +0100",
        "apple",
        "Hoi,\n\nIs een betalingsregeling bespreekbaar? Ik ben zzp'er en de wintermaanden zijn krap. Het liefst in zes termijnen, maar vier kan ook als dat voor jullie beter uitkomt.\n\nGroetjes,\nFemke",
        lab(note="freelancer asking for six (or four) instalments"),
    ),
    Reply(
        "pp-it-1",
        "payment_plan",
        "it",
        ("Amministrazione Hotel Belvedere", "amministrazione@hotelbelvedere-garda.example"),
        "2026-11-27 12:08 +0100",
        "outlook_html",
        "Buongiorno,\n\nchiediamo cortesemente la possibilità di rateizzare l'importo in tre rate mensili (dicembre, gennaio, febbraio), vista la chiusura stagionale della struttura.\n\nRestiamo in attesa di un vostro gentile riscontro.\n\nCordiali saluti\nUfficio Amministrazione\nHotel Belvedere – Lago di Garda",
        lab(note="three monthly instalments during seasonal closure"),
    ),
    Reply(
        "pp-it-2",
        "payment_plan",
        "it",
        ("Marco", "marco.pellegrini83@gmail.com"),
        "2026-12-05 10:21 +0100",
        "gmail_plain",
        "ciao, possiamo fare metà adesso e metà a gennaio? il contributo regionale non è ancora arrivato e siamo un po' in difficoltà. fatemi sapere",
        lab(note="half now, half in January; lower-case informal"),
        cte="8bit",
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Meridian Retail Group – Accounts Payable", "ap.europe@meridian-retail.example"),
        "2026-11-18 09:41 +0000",
        "outlook_html",
        "Hello,\n\nWe are unable to process invoices that do not quote a valid Meridian purchase order. Please reissue SW-26-04417 showing PO 4500183327 and submit it through the supplier portal or to invoices.europe@meridian-retail.example. Just to be clear, we are not disputing the charges; payment will follow within our standard terms once a compliant invoice is received.\n\nKind regards,\n\nAccounts Payable – EMEA\nMeridian Retail Group",
        lab(
            ("SW-26-04417",),
            note="English reply from a multinational to a German reminder; the invoice inbox is where to send the reissue, not a new contact",
        ),
        rlang="de",
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Priya Raman", "priya@ramanandco-accountants.example"),
        "2026-12-07 11:22 +0000",
        "gmail",
        "Hi,\n\nI look after the books for Hollybank Nurseries. Could you send me a full statement of account for customer 11872? I suspect a couple of their payments haven't been matched to the right invoices, and I'd rather reconcile everything before they pay anything further.\n\nThanks,\nPriya Raman ACCA\nRaman & Co",
        lab(note="accountant asks for a statement before paying; not contesting"),
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Kev Doherty", "kevdoherty@icloud-mail.example"),
        "2026-11-16 13:02 +0000",
        "iphone",
        "Sorry which job is this?? You've been out to us twice this year. Can you send the actual invoice please, the reminder doesn't say what it's for",
        lab(note="asks what the invoice is for and for a copy"),
        amt="£385.00",
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Kreditorenbuchhaltung Stadtwerke Rheinau", "kreditoren@stadtwerke-rheinau.example"),
        "2026-11-26 10:06 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nfür die Verbuchung benötigen wir eine Rechnung, die den Vorgaben des § 14 UStG entspricht. Auf dem uns vorliegenden Exemplar fehlen Ihre USt-IdNr. und der Leistungszeitraum. Bitte übermitteln Sie uns eine vollständige Rechnung als XRechnung; die Zahlung erfolgt dann umgehend.\n\nMit freundlichen Grüßen\nKreditorenbuchhaltung\nStadtwerke Rheinau",
        lab(
            note="municipal utility needs a compliant e-invoice (VAT id, service period); amount not contested"
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Chantal Morel", "chantal.morel@transports-morel.example"),
        "2026-12-01 09:15 +0100",
        "gmail",
        "Bonjour,\n\nPourriez-vous nous renvoyer un RIB à jour sur papier à en-tête ? Nous avons changé de logiciel comptable et votre fiche fournisseur doit être recréée ; tant que ce n'est pas fait, le virement est bloqué chez nous.\n\nMerci d'avance,\nChantal Morel\nTransports Morel",
        lab(note="bank details needed before paying"),
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Jean-Marc Aubert", "jm.aubert@free-mail.example"),
        "2026-12-14 08:54 +0100",
        "owa",
        "Bonjour,\n\nLa facture doit être établie au nom de la SCI Les Tilleuls (SIREN 812 345 678) et non à mon nom personnel, sinon mon expert-comptable ne peut pas la passer. Pouvez-vous la refaire ? Je la règle dès réception.\n\nJ.-M. Aubert",
        lab(note="invoice to the right entity; payment on receipt is not a dated promise"),
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Dpto. Financiero – Logística Ebro", "financiero@logisticaebro.example"),
        "2026-11-25 12:40 +0100",
        "html_only",
        "Buenos días:\n\nPara tramitar el pago necesitamos el certificado de final de obra y el certificado de instalación eléctrica (CIE) debidamente firmados. ¿Nos los pueden remitir a la mayor brevedad?\n\nSaludos cordiales,\nDepartamento Financiero\nLogística Ebro, S.A.",
        lab(note="proof that the work was completed"),
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Paco", "paco.reformas.malaga@gmail.com"),
        "2026-12-15 19:48 +0100",
        "gmail_plain",
        "buenas, no encuentro la factura x ningun lado. me la reenviais en pdf? grax",
        lab(note="informal copy request with abbreviations and no accents"),
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Wendy Smits", "wendy@smits-bloemen.example"),
        "2026-12-03 08:25 +0100",
        "iphone",
        "Kunt u de factuur nog een keer sturen naar dit adres? De eerste is bij ons in de spam beland en inmiddels automatisch verwijderd.",
        lab(note="copy requested"),
    ),
    Reply(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Crediteuren Zorggroep Maasoever", "facturen@zorggroep-maasoever.example"),
        "2026-12-09 14:14 +0100",
        "thunderbird",
        "Geachte leverancier,\n\nWe twijfelen niet aan het bedrag, maar zonder een kopie van de werkbon met handtekening van onze technische dienst kan de factuur niet worden goedgekeurd. Wilt u die werkbon aan deze e-mail toevoegen?\n\nMet vriendelijke groet,\nTeam Crediteuren\nZorggroep Maasoever",
        lab(note="negated doubt about the amount; proof of service needed"),
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Contabilità Fornitori", "fornitori@oleificiosantelia.example"),
        "2026-11-20 09:37 +0100",
        "outlook",
        "Buongiorno,\n\nla fattura ci è arrivata in PDF per e-mail, ma come saprete deve esserci trasmessa tramite SDI, altrimenti non possiamo registrarla. Potete inviarla elettronicamente usando il nostro codice destinatario M5UXCR1?\n\nGrazie e buona giornata\nContabilità Fornitori\nOleificio Sant'Elia",
        lab(note="Italian e-invoicing channel required before payment"),
        cte="b64",
    ),
    Reply(
        "ir-it-2",
        "invoice_request",
        "it",
        ("Laura Fontana", "laura.fontana@studiofontana-arch.example"),
        "2026-12-10 17:02 +0100",
        "apple",
        "Salve,\n\nci potete mandare un estratto conto aggiornato? Non mi è chiaro se questa fattura comprende anche il sopralluogo di settembre o se è a parte.\n\nGrazie,\nLaura Fontana",
        lab(note="statement requested to understand the charge; not contested"),
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Steve Barraclough", "s.barraclough@harlow-coldstore.example"),
        "2026-11-17 07:50 +0000",
        "outlook_html",
        "Morning,\n\nI'm the site engineer, I don't deal with invoices. Please send anything financial to Payables@Harlow-ColdStore.example – I've copied them in on this.\n\nSteve",
        lab(
            new_contact="payables@harlow-coldstore.example",
            note="address written in mixed case and copied in Cc; labelled in lower case",
        ),
        headers=(("Cc", "Payables@Harlow-ColdStore.example"),),
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Dave Whitfield", "dave.whitfield77@gmail.com"),
        "2026-12-02 19:33 +0000",
        "gmail_plain",
        "I think you've got the wrong Dave Whitfield. I've never had solar panels, I live in a third-floor flat in Sheffield.",
        lab(note="not the customer; no other address given"),
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Brookvale Homes", "accounts@brookvale-homes.example"),
        "2026-11-19 07:32 +0000",
        "none",
        "This mailbox is no longer monitored.\n\nFor supplier payment and invoice queries please write to finance@brookvale-homes.example. Messages sent to this address are not read or forwarded.\n\nBrookvale Homes Ltd",
        lab(
            new_contact="finance@brookvale-homes.example",
            note="automatic 'no longer monitored' notice naming the right mailbox: wrong_contact",
        ),
        subject="Automatic reply: {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Thomas Brandl", "t.brandl@stadtwerke-rheinau.example"),
        "2026-12-04 11:11 +0100",
        "outlook_html",
        "Guten Tag,\n\nHerr Albers ist seit dem 1. Oktober nicht mehr bei uns. Zuständig für Lieferantenrechnungen ist jetzt Frau Yildiz (s.yildiz@stadtwerke-rheinau.example). Bitte richten Sie Ihre Erinnerungen künftig an sie.\n\nFreundliche Grüße\nThomas Brandl\nTechnischer Betrieb",
        lab(
            new_contact="s.yildiz@stadtwerke-rheinau.example",
            note="former contact left; successor named",
        ),
    ),
    Reply(
        "wc-de-2",
        "wrong_contact",
        "de",
        ("Lena", "lena.m.ostermann@web-mail.example"),
        "2026-12-13 12:45 +0100",
        "iphone_html",
        "Falsche Adresse. Die Anlage auf dem Dach gehört meinem Vermieter, ich bin nur Mieterin. Bitte wenden Sie sich an ihn.",
        lab(note="tenant, not the customer; no address for the landlord"),
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Gérard Roux", "gerard.roux.gaec@orange-mail.example"),
        "2026-11-23 18:06 +0100",
        "gmail",
        "Bonjour,\n\nJe ne m'occupe plus de la comptabilité du GAEC depuis que j'ai pris ma retraite en septembre. C'est ma fille Camille qui a repris, son adresse : camille.roux.gaec@gmail.com\n\nBonne soirée\nGérard Roux",
        lab(new_contact="camille.roux.gaec@gmail.com"),
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Isabelle Fontaine", "direction@camping-lesoleilbleu.example"),
        "2026-12-08 10:49 +0100",
        "owa",
        "Bonjour,\n\nMerci d'adresser vos relances au cabinet comptable qui gère nos paiements fournisseurs : Fiduciaire Bertin, compta@fiduciaire-bertin.example. Je leur transfère votre message mais je préfère que vous les contactiez directement à l'avenir.\n\nCordialement,\nIsabelle Fontaine",
        lab(
            new_contact="compta@fiduciaire-bertin.example",
            note="payments handled by an outside accountant",
        ),
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Recepción Hotel Miramar", "recepcion@hotelmiramar-cadiz.example"),
        "2026-11-28 23:14 +0100",
        "outlook",
        "Buenas noches:\n\nLe escribe la recepción del hotel. Este correo no es el adecuado para temas de facturación; por favor, diríjanse a administracion@hotelmiramar-cadiz.example, que es quien lleva los pagos.\n\nUn saludo,\nRecepción - Hotel Miramar",
        lab(new_contact="administracion@hotelmiramar-cadiz.example"),
        charset="iso-8859-1",
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Andrés Pérez", "andres.perez.gil@gmail.com"),
        "2026-12-16 09:58 +0100",
        "iphone",
        "Esta es mi dirección personal. Ya no trabajo en Agrícola Pérez Hermanos desde el verano; tendrán que escribir a la empresa directamente.",
        lab(note="left the company; no address for the company given"),
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Henk Mulder", "h.mulder@mulder-administratie.example"),
        "2026-12-01 15:03 +0100",
        "gmail",
        "Goedemiddag,\n\nIk deed de administratie voor de vorige eigenaar van de kwekerij. Het bedrijf is per 1 november overgenomen door Van Dijk Agro; uw contactpersoon daar is Marloes van Dijk, m.vandijk@vandijk-agro.example. Ik heb er verder geen bemoeienis meer mee.\n\nMet vriendelijke groet,\nHenk Mulder",
        lab(
            new_contact="m.vandijk@vandijk-agro.example",
            note="business taken over; new owner named",
        ),
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Joost van der Meer", "j.vandermeer@woonstichting-eemland.example"),
        "2026-12-14 13:21 +0100",
        "outlook",
        "Goedendag,\n\nIk zit bij de afdeling Vastgoedonderhoud; voor betalingen moet u bij Financiën zijn. Hun mailadres weet ik niet uit mijn hoofd, ik stuur uw bericht intern even door.\n\nGroet,\nJoost",
        lab(note="internal forward; no address given"),
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Studio Ferraris", "segreteria@studioferraris-amministrazioni.example"),
        "2026-11-30 09:44 +0100",
        "outlook_html",
        "Buongiorno,\n\nvi informiamo che dal 1° novembre il Condominio Le Viole ha cambiato amministratore. Per le questioni contabili dovete scrivere al nuovo studio: amministrazione@condominio-leviole.example.\n\nCordiali saluti\nSegreteria Studio Ferraris",
        lab(
            new_contact="amministrazione@condominio-leviole.example",
            note="former building manager redirects to the new one",
        ),
    ),
]

UNSUBSCRIBE = [
    Reply(
        "u-en-1",
        "unsubscribe",
        "en",
        ("Colin Greaves", "colin.greaves@virginmedia-mail.example"),
        "2026-11-20 08:03 +0000",
        "gmail_plain",
        "Take me off your mailing list. This is the third time I've asked.",
        lab(),
    ),
    Reply(
        "u-en-2",
        "unsubscribe",
        "en",
        ("Rachel Adeyemi", "r.adeyemi@foxbridge-engineering.example"),
        "2026-12-07 16:12 +0000",
        "outlook_html",
        "Dear Sirs,\n\nPlease be advised that the installation at Unit 7, Foxbridge Business Park, is now the subject of a claim and is being handled by our solicitors, Greaves Hollins LLP. All further correspondence concerning it, including any demand for payment, must be addressed to them. Please do not contact our staff directly.\n\nYours faithfully,\n\nRachel Adeyemi\nCompany Secretary\nFoxbridge Engineering Ltd",
        lab(note="talk to our lawyer: unsubscribe, even though a claim is mentioned"),
        amt="£31,250.00",
    ),
    Reply(
        "u-en-3",
        "unsubscribe",
        "en",
        ("Mike Hanlon", "mikehanlon@yahoo-mail.example"),
        "2026-12-16 21:40 +0000",
        "iphone",
        "STOP emailing me. I paid this in full in October and I have the bank statement to prove it. Any more of these and I'm reporting you to trading standards.",
        lab(note="payment claim plus stop: unsubscribe beats everything but bounce"),
        amt="£640.00",
    ),
    Reply(
        "u-de-1",
        "unsubscribe",
        "de",
        ("Dr. Wolfgang Seidel", "praxis@zahnarzt-seidel.example"),
        "2026-11-24 12:30 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nbitte senden Sie uns keine E-Mails mehr. Schriftverkehr nehmen wir ausschließlich auf dem Postweg an unsere Praxisanschrift entgegen.\n\nMit freundlichen Grüßen\nPraxis Dr. Seidel",
        lab(note="post only"),
    ),
    Reply(
        "u-de-2",
        "unsubscribe",
        "de",
        ("", "info@ferienhof-luettjenhus.example"),
        "2026-12-10 07:19 +0100",
        "gmail_plain",
        "Abmelden.",
        lab(note="one word, no sender name"),
    ),
    Reply(
        "u-fr-1",
        "unsubscribe",
        "fr",
        ("Claire Vasseur", "claire.vasseur@laposte-mail.example"),
        "2026-11-27 13:55 +0100",
        "iphone",
        "Merci de retirer mon adresse de vos envois. Je ne souhaite plus recevoir aucun courriel de votre société, quel qu'en soit l'objet.",
        lab(),
    ),
    Reply(
        "u-fr-2",
        "unsubscribe",
        "fr",
        ("Société Agricole Delmas", "contact@sca-delmas.example"),
        "2026-12-11 11:26 +0100",
        "html_only",
        "Madame, Monsieur,\n\nMaître Anne Dufresne, avocate au barreau de Toulouse, représente désormais notre société dans le différend qui nous oppose à vous au sujet de la centrale en toiture. Toute communication devra passer par son cabinet. Nous ne donnerons plus suite à vos courriels.\n\nPour la SCA Delmas,\nBernard Delmas, gérant",
        lab(note="only through our lawyer"),
    ),
    Reply(
        "u-es-1",
        "unsubscribe",
        "es",
        ("Carmen Ruiz", "carmenruiz.sevilla@gmail.com"),
        "2026-12-01 10:10 +0100",
        "gmail",
        "NO QUIERO RECIBIR MÁS CORREOS DE USTEDES. Gracias.",
        lab(note="all capitals"),
    ),
    Reply(
        "u-es-2",
        "unsubscribe",
        "es",
        ("Jordi Puig", "jpuig@puig-assessors.example"),
        "2026-12-15 09:33 +0100",
        "outlook",
        "Buenos días:\n\nEn ejercicio del derecho de supresión que me reconoce el artículo 17 del RGPD, les solicito que eliminen esta dirección de correo de sus bases de datos y se abstengan de contactarme por esta vía. Les ruego confirmación por escrito.\n\nJordi Puig",
        lab(note="GDPR erasure request"),
        charset="iso-8859-1",
    ),
    Reply(
        "u-nl-1",
        "unsubscribe",
        "nl",
        ("Gerrit Bosman", "gerrit.bosman@kpn-mail.example"),
        "2026-11-26 17:44 +0100",
        "apple",
        "Graag geen mail meer naar dit adres, voortaan alleen per post. Ook niet als er nog iets openstaat.",
        lab(note="post only, even for open items"),
    ),
    Reply(
        "u-it-1",
        "unsubscribe",
        "it",
        ("Luca", "luca.bertolini@tiscali-mail.example"),
        "2026-12-03 22:05 +0100",
        "gmail_plain",
        "Cancellatemi dalla vostra lista, grazie.",
        lab(note="Italian reply to an English reminder"),
        rlang="en",
        amt="€880.00",
    ),
    Reply(
        "u-it-2",
        "unsubscribe",
        "it",
        ("Officine Meccaniche Rinaldi", "info@omrinaldi.example"),
        "2026-12-17 15:16 +0100",
        "outlook",
        "Spett.le Sunwright Solar,\n\nvi diffidiamo dal continuare a inviare solleciti a questo indirizzo. Ogni comunicazione relativa alla pratica va indirizzata al nostro legale, avv. Stefano Moretti, esclusivamente a mezzo PEC.\n\nDistinti saluti\nOfficine Meccaniche Rinaldi S.r.l.",
        lab(note="formal notice: only through our lawyer"),
        charset="iso-8859-1",
    ),
]

AUTO_REPLY = [
    Reply(
        "a-en-1",
        "auto_reply",
        "en",
        ("Sam Whitaker", "sam.whitaker@pennine-brewing.example"),
        "2026-12-14 07:36 +0000",
        "none_html",
        "Thank you for your email.\n\nI'm on annual leave from Monday 14 December and will be back in the office on Monday 4 January 2027. I will have very limited access to email in the meantime.\n\nFor anything urgent please call the brewery office on 01632 960771.",
        lab(return_date="2027-01-04"),
        subject="Automatic reply: {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "a-en-2",
        "auto_reply",
        "en",
        ("Finance Shared Services", "fss.helpdesk@allenby-group.example"),
        "2026-11-18 07:35 +0000",
        "none",
        "Hi,\n\nThanks for contacting Allenby Group Finance Shared Services. Your request has been logged as SR-448120 and routed to the Accounts Payable queue. Our target response time is five working days.\n\nPlease keep [SR-448120] in the subject line if you need to add anything to this request.\n\nThis is an automatically generated message. Replies to this address are not monitored.",
        lab(note="ticket acknowledgement, no date"),
        subject="[SR-448120] Request received: {rsub}",
        headers=(AUTO_GEN, PREC_BULK),
    ),
    Reply(
        "a-en-3",
        "auto_reply",
        "en",
        ("Jim Fairbairn", "jim@fairbairn-roofing.example"),
        "2026-11-16 07:45 +0000",
        "none",
        "Hi, thanks for your message! I'm out on site all week with patchy signal. I'll get back to you when I'm back in the office on Monday 23rd.\n\nJim",
        lab(
            return_date="2026-11-23",
            note="sole trader's autoresponder with no auto headers; first-person wording",
        ),
        subject="Away: {rsub}",
    ),
    Reply(
        "a-de-1",
        "auto_reply",
        "de",
        ("Monika Berger", "m.berger@kuehlhaus-berger.example"),
        "2026-12-07 07:38 +0100",
        "none",
        "Vielen Dank für Ihre Nachricht.\n\nIch bin vom 07.12. bis einschließlich 18.12.2026 nicht im Büro. Ab Montag, dem 21.12.2026, bin ich wieder für Sie erreichbar. Ihre E-Mail wird nicht weitergeleitet.\n\nMit freundlichen Grüßen\nMonika Berger",
        lab(return_date="2026-12-21", note="the stated day back"),
        subject="Abwesenheitsnotiz: {rsub}",
        headers=(AUTO,),
        charset="iso-8859-1",
    ),
    Reply(
        "a-de-2",
        "auto_reply",
        "de",
        ("Tobias Lange", "t.lange@getraenke-lange.example"),
        "2026-11-25 07:40 +0100",
        "none",
        "Guten Tag,\n\nich befinde mich bis voraussichtlich Ende März 2027 in Elternzeit. Ihre Nachricht wird nicht automatisch weitergeleitet. In Buchhaltungsfragen wenden Sie sich bitte an buchhaltung@getraenke-lange.example.\n\nTobias Lange",
        lab(
            note="parental leave 'until about the end of March': no day; the colleague's address is not a new contact"
        ),
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "a-fr-1",
        "auto_reply",
        "fr",
        ("Amélie Rousseau", "a.rousseau@cooperative-vignerons-anjou.example"),
        "2026-11-24 07:34 +0100",
        "none",
        "Bonjour,\n\nJe suis actuellement en congés et de retour le lundi 30 novembre. Votre message sera traité à mon retour.\n\nBien cordialement,\nAmélie Rousseau",
        lab(return_date="2026-11-30"),
        subject="Réponse automatique : {rsub}",
        headers=(XAUTO,),
    ),
    Reply(
        "a-fr-2",
        "auto_reply",
        "fr",
        ("Comptabilité fournisseurs", "fournisseurs@groupe-vallauris.example"),
        "2026-12-02 07:33 +0100",
        "none_html",
        "Accusé de réception\n\nVotre message a bien été reçu par le service comptabilité fournisseurs du Groupe Vallauris. Il sera traité dans les meilleurs délais.\n\nCeci est un message automatique, merci de ne pas y répondre.",
        lab(note="acknowledgement carrying only Precedence"),
        subject="Accusé de réception – {rsub}",
        headers=(PREC_AUTO,),
    ),
    Reply(
        "a-es-1",
        "auto_reply",
        "es",
        ("Pilar Navarro", "pnavarro@cooperativa-sanisidro.example"),
        "2026-12-04 07:39 +0100",
        "none",
        "Gracias por su mensaje. Estaré fuera de la oficina hasta el puente de la Inmaculada, sin acceso al correo. Me reincorporo el miércoles 9 de diciembre.\n\nPara asuntos urgentes: 976 000 118.\n\nPilar Navarro",
        lab(return_date="2026-12-09", note="the day back is stated after a holiday-bridge phrase"),
        subject="Fuera de la oficina: {rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "a-nl-1",
        "auto_reply",
        "nl",
        ("Kantoor Hendriks Transport", "kantoor@hendrikstransport.example"),
        "2026-12-18 07:37 +0100",
        "none",
        "Beste relatie,\n\nIn verband met de feestdagen is ons kantoor gesloten van donderdag 24 december 2026 tot en met zondag 3 januari 2027. Vanaf maandag 4 januari zijn wij weer bereikbaar.\n\nFijne feestdagen!\nHendriks Transport",
        lab(return_date="2027-01-04", note="Christmas closure notice with the reopening day"),
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "a-nl-2",
        "auto_reply",
        "nl",
        ("Pieter Schouten", "p.schouten@schouten-melkvee.example"),
        "2026-11-30 07:41 +0100",
        "none",
        "Ik ben afwezig en heb beperkt toegang tot mijn e-mail. Uw bericht wordt niet doorgestuurd.",
        lab(note="no return date"),
        subject="Afwezig: {rsub}",
        headers=(XAUTO,),
    ),
    Reply(
        "a-it-1",
        "auto_reply",
        "it",
        ("Chiara Galli", "c.galli@cantinagalli.example"),
        "2026-12-01 07:35 +0100",
        "none",
        "Buongiorno,\n\nsono fuori ufficio fino a venerdì 4 dicembre compreso, con accesso limitato alla posta. Rientro lunedì 7.\n\nCordiali saluti\nChiara Galli",
        lab(return_date="2026-12-07", note="the stated day back"),
        subject="Risposta automatica: {rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "a-it-2",
        "auto_reply",
        "it",
        ("Ufficio Amministrativo", "amministrazione@mobilificio-corradi.example"),
        "2026-12-09 07:32 +0100",
        "none",
        "Gentile cliente/fornitore,\n\nla presente è una risposta automatica. Il nostro ufficio amministrativo riceve il pubblico dal lunedì al venerdì, dalle 9 alle 13. Risponderemo alla sua e-mail entro due giorni lavorativi.\n\nMobilificio Corradi",
        lab(note="office-hours autoresponder, no date"),
        subject="Risposta automatica",
        headers=(XAUTO, PREC_BULK),
    ),
]

OTHER = [
    Reply(
        "o-en-1",
        "other",
        "en",
        ("Ravi Chandran", "ravi.chandran@outlook-mail.example"),
        "2026-11-21 11:47 +0000",
        "gmail",
        "Hi,\n\nRandom question while I've got you – the app has been showing zero generation every Tuesday for about a month, then the figures come back on Wednesday. Is that a known glitch or should I be worried?\n\nRavi",
        lab(note="monitoring question; nothing about the invoice"),
    ),
    Reply(
        "o-en-2",
        "other",
        "en",
        ("Natalie Brooks", "n.brooks@westfield-academy.example"),
        "2026-12-02 13:18 +0000",
        "outlook",
        "Thanks, noted. I've passed this on to our Finance Director for review.\n\nNatalie Brooks\nBusiness Manager\nWestfield Academy",
        lab(note="acknowledged and passed on, nothing committed"),
    ),
    Reply(
        "o-en-3",
        "other",
        "en",
        ("Margaret Tull", "margaret.tull@talktalk-mail.example"),
        "2026-12-05 15:26 +0000",
        "iphone",
        "Is this genuine? I don't recognise the name Sunwright. The panels were put in by a firm called BrightRoof and I have paid them. My son says never to click on links in these emails.",
        lab(
            note="suspects a scam; a person must explain (installer subcontracted or trading name)"
        ),
    ),
    Reply(
        "o-de-1",
        "other",
        "de",
        ("Jörg Wendland", "j.wendland@metallbau-wendland.example"),
        "2026-12-03 16:40 +0100",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nwir müssen Ihnen leider mitteilen, dass über das Vermögen unserer Firma am 30.11.2026 das vorläufige Insolvenzverfahren eröffnet wurde. Vorläufiger Insolvenzverwalter ist Rechtsanwalt Dr. Henning Faust, Kanzlei Faust & Lüders, Bremen. Forderungen sind dort anzumelden; Zahlungen dürfen wir derzeit nicht leisten.\n\nMit freundlichen Grüßen\nJörg Wendland",
        lab(
            note="insolvency notice: the collector files a claim; not a refusal to be contacted and not a dispute"
        ),
    ),
    Reply(
        "o-fr-1",
        "other",
        "fr",
        ("Thierry Baudin", "t.baudin@garage-baudin.example"),
        "2026-11-26 12:02 +0100",
        "gmail",
        "Bonjour,\n\nPetite question au passage : est-ce que vous installez aussi des bornes de recharge pour véhicules électriques ? On aimerait en mettre deux devant l'atelier au printemps.\n\nThierry",
        lab(note="sales enquiry in the reminder thread"),
    ),
    Reply(
        "o-fr-2",
        "other",
        "fr",
        ("Élodie", "elodie.perrin@sfr-mail.example"),
        "2026-12-09 12:31 +0100",
        "iphone_html",
        "Bien noté, je regarde ça ce soir avec mon mari.",
        lab(note="acknowledgement, no commitment"),
    ),
    Reply(
        "o-es-1",
        "other",
        "es",
        ("Beatriz Molina", "beatriz.molina.r@gmail.com"),
        "2026-12-11 20:15 +0100",
        "gmail",
        "Buenas noches:\n\nLes escribo porque mi padre, que era el titular del contrato, falleció el mes pasado. Estamos con todos los trámites de la herencia y, sinceramente, no sé qué hay que hacer con esta factura ni quién tiene que pagarla.\n\nGracias por su comprensión.\nBeatriz Molina",
        lab(note="bereavement; a person must handle it"),
    ),
    Reply(
        "o-es-2",
        "other",
        "es",
        ("Presidente CP Av. Constitución 14", "comunidad.constitucion14@gmail.com"),
        "2026-12-14 10:22 +0100",
        "outlook",
        "Recibido. Lo llevo a la junta de la comunidad del jueves y ya les diremos algo.",
        lab(note="homeowners' association will discuss it; no promise"),
    ),
    Reply(
        "o-nl-1",
        "other",
        "nl",
        ("Annelies Vos", "annelies@vos-keramiek.example"),
        "2026-11-23 10:05 +0100",
        "gmail",
        "Hallo,\n\nWij zijn per 1 december verhuisd naar Industrieweg 12 in Gouda. Wilt u dat adres voortaan in uw administratie zetten? Het mailadres blijft hetzelfde.\n\nGroet,\nAnnelies Vos\nVos Keramiek",
        lab(note="change of postal address only"),
    ),
    Reply(
        "o-nl-2",
        "other",
        "nl",
        ("A. de Graaf", "a.degraaf1946@hetnet-mail.example"),
        "2026-12-17 14:30 +0100",
        "outlook",
        "Geachte heer, mevrouw,\n\nIk begrijp niet goed wat hier de bedoeling van is. Mijn zoon regelt dit soort zaken voor mij. Als hij zondag langskomt laat ik het hem lezen.\n\nMet vriendelijke groet,\nA. de Graaf",
        lab(note="elderly customer: not a wrong contact (she is the customer) and no commitment"),
    ),
    Reply(
        "o-it-1",
        "other",
        "it",
        ("Stefano Marchetti", "stefano.marchetti@virgilio-mail.example"),
        "2026-12-07 08:16 +0100",
        "gmail",
        "Buongiorno,\n\napprofitto della mail per segnalarvi che da sabato l'inverter segna errore F21 e l'impianto non produce. Potete mandare qualcuno?\n\nStefano",
        lab(note="fault report; the invoice is not contested"),
    ),
    Reply(
        "o-it-2",
        "other",
        "it",
        ("Direzione Amministrativa", "direzione@agrisolare-veneto.example"),
        "2026-12-01 12:12 +0100",
        "outlook",
        "Gentili,\n\nvi comunichiamo che dal 1° gennaio 2027 la nostra società sarà incorporata in Agrisolare Padana S.p.A. Seguiranno aggiornamenti sui nuovi dati di fatturazione e sui riferimenti amministrativi.\n\nCordiali saluti\nDirezione Amministrativa",
        lab(note="merger announcement; nothing to act on yet"),
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
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def domain(self) -> str:
        return self.rcpt.split("@")[1]

    def reminder(self) -> Message:
        sent = self.dt - timedelta(minutes=4)
        return original_reminder(self.rlang, self.rcpt, sent, self.key)

    def subject(self) -> str:
        return reminder_subject(self.rlang, DEFAULT_INV)


OUR_MTA = "smtp-out1.sunwright-solar.example"


def delivery_status(b: Bounce, mta: str, action: str, diagnostic: str, remote: str = "") -> Message:
    per_message = (
        f"Reporting-MTA: dns; {mta}\n"
        f"X-Queue-ID: {b32(b.key, 'queue', 11)}\n"
        f"Arrival-Date: {format_datetime(b.dt - timedelta(minutes=4))}\n"
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
        lines.append(f"Will-Retry-Until: {format_datetime(b.dt + timedelta(days=5))}")
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


def ms_human(lines: list[str], charset: str) -> Message:
    """A Microsoft 365 style notice: plain-text twin and a bare HTML rendering."""
    text = "\n\n".join(lines) + "\n"
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset='
        + charset
        + '"></head><body style="font-family:Segoe UI,Arial,sans-serif">'
        + "".join(f"<p>{html_lines(x)}</p>" for x in lines)
        + "</body></html>\n"
    )
    alt = MIMEMultipart("alternative")
    alt.attach(text_part(text, "plain", charset, "qp"))
    alt.attach(text_part(markup, "html", charset, "qp"))
    return alt


MS_SENDER = (
    "Microsoft Outlook <MicrosoftExchange8f2d17c04b1e4f8fa1c3d5e7b9a2c4e6@sunwright-solar.example>"
)


def bounce_sendmail_hard(b: Bounce) -> Message:
    human = (
        f"The original message was received at {format_datetime(b.dt - timedelta(minutes=4))}\n"
        f"from mailhub.{AR_DOMAIN} [203.0.113.17]\n\n"
        "   ----- The following addresses had permanent fatal errors -----\n"
        f"<{b.rcpt}>\n"
        "    (reason: 550 5.1.1 No such user here)\n\n"
        "   ----- Transcript of session follows -----\n"
        f"... while talking to mx.{b.domain}.:\n"
        f">>> DATA\n<<< 550 5.1.1 <{b.rcpt}>... No such user here\n"
        f"550 5.1.1 <{b.rcpt}>... User unknown\n<<< 503 5.0.0 Need RCPT (recipient)\n"
    )
    parts = [
        text_part(human, "plain", "us-ascii", "7bit"),
        delivery_status(b, OUR_MTA, "failed", "550 5.1.1 No such user here", f"mx.{b.domain}"),
        MIMEMessage(b.reminder()),
    ]
    return finish(
        b,
        report(parts),
        f"Mail Delivery Subsystem <MAILER-DAEMON@{OUR_MTA}>",
        "Returned mail: see transcript for details",
    )


def bounce_postfix_delay(b: Bounce) -> Message:
    human = (
        f"This is the mail system at host {OUR_MTA}.\n\n"
        "####################################################################\n"
        "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
        "####################################################################\n\n"
        "Your message could not be delivered for more than 4 hour(s).\n"
        "It will be retried until it is 5 day(s) old.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: connect to mail.{b.domain}[198.51.100.62]:25:\n"
        "    Connection timed out\n"
    )
    parts = [
        text_part(human, "plain", "us-ascii", "7bit"),
        delivery_status(
            b, OUR_MTA, "delayed", "connect to host: Connection timed out", f"mail.{b.domain}"
        ),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        f"MAILER-DAEMON@{OUR_MTA} (Mail Delivery System)",
        "Delayed Mail (still being retried)",
    )


def bounce_qmail_hard(b: Bounce) -> Message:
    rem = b.reminder()
    text = (
        f"Hi. This is the qmail-send program at {OUR_MTA}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        f"192.0.2.88 does not like recipient.\n"
        f"Remote host said: 550 5.1.1 <{b.rcpt}>: mailbox unavailable\n"
        "Giving up on 192.0.2.88.\n\n"
        "--- Below this line is a copy of the message.\n\n"
        + "".join(f"{k}: {v}\n" for k, v in rem.items())
        + "\n"
        + str(rem.get_payload())
    )
    msg = Message()
    msg.set_payload(text)
    return finish(
        b,
        msg,
        f"MAILER-DAEMON@{OUR_MTA}",
        "failure notice",
        auto=False,
    )


def bounce_provider_de_hard(b: Bounce) -> Message:
    human = (
        "Hallo,\n\n"
        "leider konnten wir Ihre E-Mail nicht zustellen. Das Postfach des Empfängers wurde vom\n"
        "Inhaber deaktiviert und nimmt keine Nachrichten mehr an.\n\n"
        f"Empfänger: {b.rcpt}\n"
        "Antwort des Zielservers: 550 5.2.1 Mailbox disabled, not accepting messages\n\n"
        "Es werden keine weiteren Zustellversuche unternommen. Die ursprüngliche Nachricht\n"
        "finden Sie im Anhang.\n\n"
        "-- \nZustellsystem mailrelay.hostfabrik.example\n"
    )
    parts = [
        text_part(human, "plain", "utf-8", "qp"),
        delivery_status(
            b,
            "mailrelay.hostfabrik.example",
            "failed",
            "550 5.2.1 Mailbox disabled, not accepting messages",
            f"mx01.{b.domain}",
        ),
        MIMEMessage(b.reminder()),
    ]
    return finish(
        b,
        report(parts),
        "Mail Delivery System <mailer-daemon@mailrelay.hostfabrik.example>",
        "Unzustellbare Nachricht: Empfängerpostfach deaktiviert",
    )


def bounce_greylist_de(b: Bounce) -> Message:
    text = (
        "*** Automatische Benachrichtigung – bitte nicht antworten ***\n\n"
        f"Ihre Nachricht an {b.rcpt} wurde vom Empfangsserver vorübergehend abgewiesen:\n\n"
        "    451 4.7.1 Greylisted, please try again in 300 seconds\n\n"
        "Dies ist kein endgültiger Fehler. Wir versuchen die Zustellung in regelmäßigen Abständen\n"
        "weiter, längstens bis zum "
        + (b.dt + timedelta(days=2)).strftime("%d.%m.%Y")
        + ". Erst wenn bis dahin keine Zustellung möglich ist, erhalten Sie eine weitere Nachricht.\n\n"
        f"Betreff der Nachricht: {b.subject()}\n"
    )
    msg = text_part(text, "plain", "utf-8", "8bit")
    return finish(
        b,
        msg,
        f"Postmaster <postmaster@{OUR_MTA}>",
        "Zustellung verzögert (Greylisting)",
    )


def bounce_provider_fr_full(b: Bounce) -> Message:
    human = (
        "Bonjour,\n\n"
        f"Votre message destiné à {b.rcpt} est en attente.\n"
        "La boîte aux lettres de ce destinataire a atteint son quota et ne peut plus recevoir\n"
        "de nouveaux messages pour le moment (452 4.2.2 quota dépassé).\n\n"
        "Nos serveurs vont retenter la remise pendant 5 jours. Aucune action de votre part n'est\n"
        "nécessaire ; vous serez averti si la remise échoue définitivement.\n\n"
        "Service Messagerie - relais.hebergeur-atlantique.example\n"
    )
    parts = [
        text_part(human, "plain", "iso-8859-1", "qp"),
        delivery_status(
            b,
            "relais.hebergeur-atlantique.example",
            "delayed",
            "452 4.2.2 quota depasse / mailbox over quota",
            f"mx.{b.domain}",
        ),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        "Service Messagerie <postmaster@relais.hebergeur-atlantique.example>",
        "Avertissement : message non encore remis",
    )


def bounce_ms_es_hard(b: Bounce) -> Message:
    diag = "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"
    human = ms_human(
        [
            f"Su mensaje para {b.rcpt} no se pudo entregar.",
            f"La dirección {b.rcpt} no existe en el dominio {b.domain}. Es posible que esté mal escrita o que la cuenta se haya eliminado.",
            "Qué puede hacer: compruebe la dirección y vuelva a enviar el mensaje, o póngase en contacto con el destinatario por otro medio.",
            "Información de diagnóstico para administradores:",
            f"Servidor generador: MAD2P195MB1187.EURP195.PROD.OUTLOOK.example\n{b.rcpt}\nEl servidor remoto devolvió «{diag}»",
        ],
        "utf-8",
    )
    parts = [
        human,
        delivery_status(b, "MAD2P195MB1187.EURP195.PROD.OUTLOOK.example", "failed", diag),
        returned_headers(b),
    ]
    return finish(b, report(parts), MS_SENDER, f"No se puede entregar: {b.subject()}")


def bounce_hosting_es_delay(b: Bounce) -> Message:
    human = (
        "AVISO: ESTE MENSAJE AÚN NO SE HA ENTREGADO\n\n"
        f"Destinatario: {b.rcpt}\n"
        "Motivo: el servidor de destino cerró la conexión durante la transmisión\n"
        "        (421 4.4.2 connection dropped).\n\n"
        "Seguiremos intentando la entrega durante los próximos cinco días. No es necesario\n"
        "que vuelva a enviar el mensaje.\n\n"
        "Centro de datos – correo.nubeiberica.example\n"
    )
    parts = [
        text_part(human, "plain", "utf-8", "8bit"),
        delivery_status(
            b,
            "correo.nubeiberica.example",
            "delayed",
            "421 4.4.2 connection dropped",
            f"mail.{b.domain}",
        ),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        "Sistema de correo <mailer-daemon@correo.nubeiberica.example>",
        "Aviso de retraso en la entrega",
    )


def bounce_provider_nl_hard(b: Bounce) -> Message:
    text = (
        "Beste afzender,\n\n"
        "Uw e-mail is niet afgeleverd. Het domein van de ontvanger bestaat niet (meer) of heeft\n"
        "geen geldige mailserver.\n\n"
        f"  Ontvanger: {b.rcpt}\n"
        f"  Foutcode:  550 5.1.2 Host or domain name not found ({b.domain})\n\n"
        "Controleer het adres. Dit is een definitieve fout: het bericht wordt niet opnieuw verstuurd.\n"
        "Uw oorspronkelijke bericht zit als bijlage bij deze melding.\n\n"
        "Mailservice – smtp.netwerkdirect.example\n"
    )
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(text, "plain", "utf-8", "qp"))
    outer.attach(MIMEMessage(b.reminder()))
    return finish(
        b,
        outer,
        "Mailservice <mailer-daemon@smtp.netwerkdirect.example>",
        "Onbestelbaar bericht - ontvangend domein onbekend",
    )


def bounce_ms_nl_delay(b: Bounce) -> Message:
    diag = "451 4.4.7 Message delayed; remote server did not respond in time"
    human = ms_human(
        [
            f"De bezorging van uw bericht aan {b.rcpt} loopt vertraging op.",
            f"Onderwerp: {b.subject()}",
            "Het bericht is nog niet afgeleverd. We blijven het automatisch proberen; u hoeft niets te doen. Als het uiteindelijk niet lukt, krijgt u daar bericht van.",
            "Diagnostische gegevens voor beheerders:",
            f"Genererende server: AM9P195MB0934.EURP195.PROD.OUTLOOK.example\n{b.rcpt}\n{diag}",
        ],
        "utf-8",
    )
    parts = [
        human,
        delivery_status(b, "AM9P195MB0934.EURP195.PROD.OUTLOOK.example", "delayed", diag),
        returned_headers(b),
    ]
    return finish(b, report(parts), MS_SENDER, f"Vertraagd: {b.subject()}")


def bounce_ms_it_hard(b: Bounce) -> Message:
    diag = "550 5.1.1 User unknown; indirizzo inesistente"
    human = ms_human(
        [
            f"Impossibile recapitare il messaggio a {b.rcpt}.",
            "Il server di posta del destinatario ha rifiutato il messaggio perché l'indirizzo non esiste. Verificare l'indirizzo e, se necessario, contattare il destinatario con un altro mezzo.",
            "Informazioni di diagnostica per gli amministratori:",
            f"Server di generazione: MI1P195MB0442.EURP195.PROD.OUTLOOK.example\n{b.rcpt}\nRisposta del server remoto: {diag}",
        ],
        "iso-8859-1",
    )
    parts = [
        human,
        delivery_status(
            b,
            "MI1P195MB0442.EURP195.PROD.OUTLOOK.example",
            "failed",
            diag,
            f"mx.{b.domain}",
        ),
        returned_headers(b),
    ]
    return finish(b, report(parts), MS_SENDER, f"Recapito non riuscito: {b.subject()}")


def bounce_plain_it_soft(b: Bounce) -> Message:
    text = (
        "Messaggio automatico del sistema di posta\n\n"
        f"Il server di {b.domain} non accetta temporaneamente i nostri messaggi\n"
        "(421 4.7.0 Troppe connessioni, riprovare più tardi).\n\n"
        f"Destinatario: {b.rcpt}\n"
        f"Oggetto: {latin1_safe(b.subject())}\n\n"
        "Il messaggio resta in coda e verrà ritrasmesso automaticamente nelle prossime ore.\n"
        "Non è necessario inviarlo di nuovo.\n"
    )
    msg = text_part(text, "plain", "iso-8859-1", "qp")
    return finish(
        b,
        msg,
        "Postmaster <postmaster@relay.postaveloce.example>",
        "Consegna ritardata",
    )


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            "b-en-1",
            "en",
            "hard",
            "5.1.1",
            "accounts@pennine-plastics.example",
            "2026-11-17 07:39 +0000",
            "en",
            "Sendmail DSN with the whole reminder returned",
        ),
        bounce_sendmail_hard,
    ),
    (
        Bounce(
            "b-en-2",
            "en",
            "soft",
            "4.4.1",
            "office@ridgeway-farms.example",
            "2026-11-24 11:44 +0000",
            "en",
            "Postfix delay warning, headers only returned",
        ),
        bounce_postfix_delay,
    ),
    (
        Bounce(
            "b-en-3",
            "en",
            "hard",
            "5.1.1",
            "d.oyelaran@lagos-coldchain.example",
            "2026-12-03 07:42 +0000",
            "en",
            "qmail plain-text failure notice, not MIME, no Auto-Submitted",
        ),
        bounce_qmail_hard,
    ),
    (
        Bounce(
            "b-de-1",
            "de",
            "hard",
            "5.2.1",
            "rechnungen@landgasthof-eichenhain.example",
            "2026-11-30 07:36 +0100",
            "de",
            "mailbox disabled (5.2.1): permanent",
        ),
        bounce_provider_de_hard,
    ),
    (
        Bounce(
            "b-de-2",
            "de",
            "soft",
            "4.7.1",
            "info@zimmerei-haas.example",
            "2026-12-08 07:52 +0100",
            "de",
            "greylisting notice, single plain-text part",
        ),
        bounce_greylist_de,
    ),
    (
        Bounce(
            "b-fr-1",
            "fr",
            "soft",
            "4.2.2",
            "gestion@domaine-des-cotes.example",
            "2026-12-01 09:48 +0100",
            "fr",
            "mailbox over quota with a 4.x code",
        ),
        bounce_provider_fr_full,
    ),
    (
        Bounce(
            "b-es-1",
            "es",
            "hard",
            "5.1.1",
            "contabilidad@conservas-delnorte.example",
            "2026-11-19 07:34 +0100",
            "es",
        ),
        bounce_ms_es_hard,
    ),
    (
        Bounce(
            "b-es-2",
            "es",
            "soft",
            "4.4.2",
            "admin@granja-solana.example",
            "2026-12-15 10:05 +0100",
            "es",
        ),
        bounce_hosting_es_delay,
    ),
    (
        Bounce(
            "b-nl-1",
            "nl",
            "hard",
            "5.1.2",
            "administratie@bakkerij-terhorst.example",
            "2026-11-26 07:35 +0100",
            "nl",
            "domain not found; non-standard notice in multipart/mixed",
        ),
        bounce_provider_nl_hard,
    ),
    (
        Bounce(
            "b-nl-2",
            "nl",
            "soft",
            "4.4.7",
            "finance@glastuinbouw-westland.example",
            "2026-12-10 13:20 +0100",
            "nl",
        ),
        bounce_ms_nl_delay,
    ),
    (
        Bounce(
            "b-it-1",
            "it",
            "hard",
            "5.1.1",
            "contabilita@ceramichevietresi.example",
            "2026-12-02 07:37 +0100",
            "it",
        ),
        bounce_ms_it_hard,
    ),
    (
        Bounce(
            "b-it-2",
            "it",
            "soft",
            "4.7.0",
            "ufficio@frantoiolucchese.example",
            "2026-12-16 08:02 +0100",
            "it",
            "plain-text ISO-8859-1 delay notice, no DSN",
        ),
        bounce_plain_it_soft,
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


def check_counts(labels: list[dict[str, object]]) -> None:
    per_intent = Counter(str(x["intent"]) for x in labels)
    if len(labels) != 120 or any(per_intent[i] != 12 for i in INTENTS):
        raise SystemExit(f"unexpected counts: {dict(per_intent)}")


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
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels = []
    for number, (_, msg, label) in enumerate(items, start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = msg.as_bytes()
        check_message(name, data)
        (HERE / name).write_bytes(data)
        labels.append({"file": name, **label})
    check_counts(labels)
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
