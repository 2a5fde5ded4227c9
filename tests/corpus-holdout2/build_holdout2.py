# ruff: noqa: E501, RUF001
# Message text is kept one paragraph a line, the way a mail client sends it, with the
# typographic dashes and quotes people and their clients really type.
"""Build the second held-out reply corpus: `h2-NNN.eml` files and `labels.jsonl`.

Every reply answers an overdue reminder from Harbourline Foods' credit control. The new text of
each message is written by hand below; this script only adds what a mail client or a mail server
would add (the quoted reminder in the client's layout and language, headers, MIME structure,
charsets and transfer encodings). Run it from anywhere: it writes next to itself, deterministically.
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
SEED = 20261201
AR_NAME = "Credit Control"
AR_ADDR = "credit.control@harbourline-foods.example"
AR_DOMAIN = "harbourline-foods.example"
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
    "en": "Reminder: account overdue – {inv}",
    "de": "Zahlungserinnerung: Konto überfällig – {inv}",
    "fr": "Relance : compte en retard – {inv}",
    "es": "Recordatorio: cuenta vencida – {inv}",
    "nl": "Herinnering: achterstallige rekening – {inv}",
    "it": "Sollecito: conto scaduto – {inv}",
}
REMINDER_BODY = {
    "en": (
        "Dear customer,\n\n"
        "Our records show that the following invoice on your account is now overdue:\n\n"
        "    Invoice {inv}    issued 28/10/2026    due 27/11/2026    {amt}\n\n"
        "If you have already paid, thank you, and please ignore this message or reply with the date of payment so we can update our ledger. If there is a problem with the invoice or the delivery, just reply to this email and a member of the team will help.\n\n"
        "Kind regards,\n\nCredit Control\nHarbourline Foods Ltd\nUnit 4, Quayside Trading Estate\ncredit.control@harbourline-foods.example"
    ),
    "de": (
        "Sehr geehrte Damen und Herren,\n\n"
        "laut unserer Buchhaltung ist die folgende Rechnung überfällig:\n\n"
        "    Rechnung {inv}    vom 28.10.2026    fällig am 27.11.2026    {amt}\n\n"
        "Sollten Sie die Zahlung bereits veranlasst haben, betrachten Sie dieses Schreiben bitte als gegenstandslos oder teilen Sie uns das Zahlungsdatum mit. Bei Fragen zur Rechnung oder zur Lieferung antworten Sie einfach auf diese E-Mail.\n\n"
        "Mit freundlichen Grüßen\n\nCredit Control\nHarbourline Foods Ltd"
    ),
    "fr": (
        "Madame, Monsieur,\n\n"
        "Sauf erreur de notre part, la facture suivante reste impayée à ce jour :\n\n"
        "    Facture {inv}    du 28/10/2026    échéance 27/11/2026    {amt}\n\n"
        "Si vous avez déjà effectué le règlement, merci de ne pas tenir compte de ce message ou de nous indiquer la date du paiement. Pour toute question sur la facture ou la livraison, il suffit de répondre à ce message.\n\n"
        "Cordialement,\n\nCredit Control\nHarbourline Foods Ltd"
    ),
    "es": (
        "Estimado cliente:\n\n"
        "Según nuestros registros, la siguiente factura de su cuenta está vencida:\n\n"
        "    Factura {inv}    emitida el 28/10/2026    vencimiento 27/11/2026    {amt}\n\n"
        "Si ya ha realizado el pago, le rogamos que ignore este mensaje o nos indique la fecha del pago. Si hay algún problema con la factura o con la entrega, responda a este correo y le ayudaremos.\n\n"
        "Atentamente,\n\nCredit Control\nHarbourline Foods Ltd"
    ),
    "nl": (
        "Geachte klant,\n\n"
        "Volgens onze administratie staat de volgende factuur nog open:\n\n"
        "    Factuur {inv}    datum 28-10-2026    vervaldatum 27-11-2026    {amt}\n\n"
        "Heeft u inmiddels betaald, dan kunt u dit bericht als niet verzonden beschouwen of ons de betaaldatum laten weten. Is er iets mis met de factuur of de levering, beantwoord dan gewoon deze e-mail.\n\n"
        "Met vriendelijke groet,\n\nCredit Control\nHarbourline Foods Ltd"
    ),
    "it": (
        "Gentile cliente,\n\n"
        "dai nostri registri risulta scaduta la seguente fattura:\n\n"
        "    Fattura {inv}    del 28/10/2026    scadenza 27/11/2026    {amt}\n\n"
        "Se avete già provveduto al pagamento, vi preghiamo di ignorare questo messaggio o di comunicarci la data del pagamento. Per qualsiasi problema con la fattura o la consegna, rispondete pure a questa e-mail.\n\n"
        "Cordiali saluti,\n\nCredit Control\nHarbourline Foods Ltd"
    ),
}
DEFAULT_AMOUNT = {
    "en": "£1,284.60",
    "de": "1.482,30 €",
    "fr": "936,40 €",
    "es": "1.120,75 €",
    "nl": "€ 845,20",
    "it": "€ 936,40",
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
    inv: str = "HF/26/08817"
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
    """The reminder as Harbourline sent it (returned inside bounces)."""
    inv = "HF/26/08817"
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
XARS = ("X-Auto-Response-Suppress", "All")
FAKE_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)

PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Tom Harker", "tom@harkerskitchen.example"),
        "2026-12-02 11:40 +0000",
        "iphone",
        "Cheque's in the post mate, sent it Monday with the one for the veg man. Should be with you by the end of the week\n\nTom",
        lab(
            paid_date="2026-11-30",
            note="a cheque already posted is a payment sent; 'Monday' is past, so the Monday before Wed 2 Dec",
        ),
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        ("Priya", "priya.shah@spiceroute-leeds.example"),
        "2026-12-04 16:02 +0000",
        "iphone",
        "Sorted 👍",
        lab(note="British 'sorted' in answer to an overdue reminder read as 'paid'; no date given"),
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Janet Morrow", "accounts@thecopperkettle.example"),
        "2026-12-03 14:21 +0000",
        "outlook_html",
        "Good afternoon,\n\nPayment of £1,284.60 was made today by BACS against invoice HF/26/08817. Our payment reference is CKT-BACS-221147.\n\nApologies for the delay, the invoice had been filed under the wrong supplier.\n\nKind regards\n\nJanet Morrow\nBookkeeper – The Copper Kettle Tearooms\n01632 960418",
        lab(
            ("HF/26/08817",),
            paid_date="2026-12-03",
            payment_reference="CKT-BACS-221147",
            amount="1284.60",
            currency="GBP",
        ),
    ),
    Reply(
        "ps-en-4",
        "payment_sent",
        "en",
        ("Ciarán Ó Dálaigh", "ciaran@thegreenroom-dublin.example"),
        "2026-12-07 10:05 +0000",
        "gmail",
        "Hi,\n\nSorry about this one. We've asked our bank to send it this morning - it's an international transfer so it might take 2-3 working days to land with you.\n\nCiarán",
        lab(
            paid_date="2026-12-07",
            note="transfer instructed at the bank this morning: sent, out of the customer's hands; 'this morning' is the message date",
        ),
        amt="€1,120.75",
    ),
    Reply(
        "ps-en-5",
        "payment_sent",
        "en",
        ("Aoife Brennan", "aoife.brennan@brennan-kealy.example"),
        "2026-12-01 12:30 +0000",
        "outlook",
        "Dear Sir/Madam,\n\nWe act for Seaview House Hotel Ltd. Please note that the following invoices were discharged by EFT on 30/11/2026:\n\nHF/26/08817    €1,642.15\nHF/26/08902    €  668.30\n\nTotal remitted: €2,310.45, EFT reference 0049213. The payment should show on your account today or tomorrow.\n\nShould you have any queries please do not hesitate to contact the undersigned.\n\nYours faithfully,\n\nAoife Brennan ACA\nBrennan Kealy & Co., Chartered Accountants\n\nThis e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Brennan Kealy & Co. is regulated by Chartered Accountants Ireland.",
        lab(
            ("HF/26/08817", "HF/26/08902"),
            paid_date="2026-11-30",
            payment_reference="0049213",
            amount="2310.45",
            currency="EUR",
            note="accountants' firm paying for a client; the total of both invoices is the amount paid",
        ),
        amt="€1,642.15",
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Klaus Bremer", "k.bremer@gasthaus-zum-anker.example"),
        "2026-12-03 08:47 +0100",
        "outlook",
        "Guten Morgen,\n\nder Betrag ist bereits am 27.11. überwiesen worden, 1.482,30 EUR. Bitte prüfen Sie Ihren Zahlungseingang.\n\nMit freundlichen Grüßen\nKlaus Bremer\nGasthaus Zum Anker",
        lab(
            paid_date="2026-11-27",
            amount="1482.30",
            currency="EUR",
            note="old client: body is 8-bit Latin-1 but the charset says us-ascii",
        ),
        charset="us-ascii-lie",
    ),
    Reply(
        "ps-de-2",
        "payment_sent",
        "de",
        ("Steuerbüro Hartmann & Kollegen", "s.vogt@stb-hartmann.example"),
        "2026-12-14 15:10 +0100",
        "gmail",
        "Sehr geehrte Damen und Herren,\n\nim Auftrag unserer Mandantin, der Café Lindenblüte GmbH, teilen wir Ihnen mit, dass die Rechnung HF/26/08817 heute per SEPA-Überweisung beglichen wurde (Auftragsnummer 2026121400417).\n\nMit freundlichen Grüßen\n\ni. A. Sabine Vogt\nSteuerbüro Hartmann & Kollegen",
        lab(
            ("HF/26/08817",),
            paid_date="2026-12-14",
            payment_reference="2026121400417",
            note="tax adviser's office paying for its client",
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Mme Lefèvre", "contact@brasseriduport.example"),
        "2026-12-09 18:20 +0100",
        "iphone",
        "Bonjour,\nLe virement a été fait hier, vous devriez le recevoir d'ici 48h.\nCordialement\nMme Lefèvre\nBrasserie du Port",
        lab(paid_date="2026-12-08"),
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Marta Gil", "marta@tabernaelrompeolas.example"),
        "2026-12-11 13:45 +0100",
        "gmail",
        "Buenas,\n\nYa está pagada, os adjunto el justificante de la transferencia.\n\nUn saludo,\nMarta\nTaberna El Rompeolas",
        lab(note="proof of transfer attached as a PDF; no date in the text"),
        attach=("justificante_transferencia.pdf", FAKE_PDF),
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Peter Visser", "peter@cafedebrug.example"),
        "2026-12-15 09:12 +0100",
        "android",
        "Is gisteren overgemaakt hoor",
        lab(paid_date="2026-12-14"),
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        ("Esther van Dijk", "administratie@eetcafedegoudenkarper.example"),
        "2026-12-07 11:03 +0100",
        "outlook_html",
        "Goedemiddag,\n\nFactuur HF/26/08817 is op 4 december voldaan via onze bank, betalingskenmerk 7710 2233 9981. Het bedrag van € 845,20 zou inmiddels bijgeschreven moeten zijn.\n\nMet vriendelijke groet,\n\nEsther van Dijk\nAdministratie – Eetcafé De Gouden Karper\nKvK 01234567 | BTW NL001234567B01",
        lab(
            ("HF/26/08817",),
            paid_date="2026-12-04",
            payment_reference="7710 2233 9981",
            amount="845.20",
            currency="EUR",
        ),
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Amministrazione Trattoria Da Gino", "amministrazione@trattoriadagino.example"),
        "2026-12-02 10:30 +0100",
        "thunderbird",
        "Buongiorno,\nvi comunichiamo che il bonifico è stato effettuato in data 01/12/2026, CRO 0306912345678901, per Euro 936,40.\n\nCordiali saluti\nAmministrazione\nTrattoria Da Gino srl",
        lab(
            paid_date="2026-12-01",
            payment_reference="0306912345678901",
            amount="936.40",
            currency="EUR",
        ),
        charset="iso-8859-1",
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pr-en-1",
        "promise_to_pay",
        "en",
        ("Beth (front of house)", "hello@thecrookedspoon.example"),
        "2026-12-02 13:15 +0000",
        "gmail_plain",
        "Hi there, the owner Marco is away until Monday the 7th and he's the only one who signs the cheques. I've left your letter on his desk so he'll do it the day he's back. Sorry!! Beth",
        lab(
            promised_date="2026-12-07",
            note="written by a person, not an auto-reply; the cheque is promised for the day the owner is back (Mon 7 Dec)",
        ),
    ),
    Reply(
        "pr-en-2",
        "promise_to_pay",
        "en",
        ("Gareth Pugh", "gareth@pughsdeli.example"),
        "2026-12-10 21:48 +0000",
        "apple",
        "Hi, it's been a rough few weeks. I'll clear it after Christmas once the December takings are in, promise.\n\nGareth",
        lab(
            note="one payment of the whole balance promised; 'after Christmas' cannot be pinned to a date"
        ),
    ),
    Reply(
        "pr-en-3",
        "promise_to_pay",
        "en",
        ("Lee Daniels", "chef@smokeandember.example"),
        "2026-12-09 19:02 +0000",
        "android",
        "SORRY MATE FORGOT. WILL PAY FRIDAY. IN SERVICE NOW",
        lab(
            promised_date="2026-12-11",
            note="all caps from a chef's phone; 'Friday' after Wed 9 Dec",
        ),
    ),
    Reply(
        "pr-en-4",
        "promise_to_pay",
        "en",
        ("Ruth Okafor", "ruth.okafor@foundrykitchen.example"),
        "2026-12-03 09:58 +0000",
        "outlook_html",
        "Hello,\n\nThanks for the reminder. This invoice has been approved and is scheduled in our payment run on the 15th (£842.10).\n\nBest wishes,\n\nRuth Okafor\nAccounts Assistant\nThe Foundry Kitchen Group",
        lab(
            promised_date="2026-12-15",
            amount="842.10",
            currency="GBP",
            note="past-tense 'approved and scheduled' describes a future payment",
        ),
        amt="£842.10",
    ),
    Reply(
        "pr-en-5",
        "promise_to_pay",
        "en",
        ("Hannah Lowe", "hannah@lowandslowbbq.example"),
        "2026-12-14 07:31 +0000",
        "gmail",
        "morning! ill transfer it tomorrow when the weekend takings go in.\n\nalso while ive got you can we add 2 cases of the san marzano tomatoes and a 5kg brisket to thursdays delivery?? cheers\nH",
        lab(
            promised_date="2026-12-15",
            note="promise mixed with an order request; the order is not an AR intent",
        ),
    ),
    Reply(
        "pr-de-1",
        "promise_to_pay",
        "de",
        ("Buchhaltung Hotel Seeblick", "buchhaltung@hotel-seeblick.example"),
        "2026-12-01 16:40 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\ndie Rechnung HF/26/08817 ist zur Zahlung freigegeben, die Zahlung erfolgt zum 15.12.\n\nMit freundlichen Grüßen\nM. Krüger\nBuchhaltung\n\nHotel Seeblick GmbH · Seestraße 12 · Amtsgericht Musterstadt HRB 4711 · Geschäftsführer: Jan Pohl",
        lab(("HF/26/08817",), promised_date="2026-12-15"),
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "pr-de-2",
        "promise_to_pay",
        "de",
        ("Jens", "jens@kneipe-zur-linde.example"),
        "2026-12-03 23:10 +0100",
        "iphone_html",
        "Wir zahlen nächste Woche, versprochen! Gerade ist die Hölle los mit den Weihnachtsfeiern 🎄\nLG Jens",
        lab(promised_date="2026-12-07", note="'nächste Woche' → Monday of next week"),
    ),
    Reply(
        "pr-fr-1",
        "promise_to_pay",
        "fr",
        ("Karim Benali", "karim@lepetitbistrot.example"),
        "2026-12-07 10:20 +0100",
        "gmail_plain",
        "Je vous règle ça vendredi sans faute. Bonne journée, Karim",
        lab(promised_date="2026-12-11", note="French reply to an English reminder"),
        rlang="en",
        amt="€1,050.00",
    ),
    Reply(
        "pr-fr-2",
        "promise_to_pay",
        "fr",
        ("Sylvie Marchand", "s.marchand@traiteur-marchand.example"),
        "2026-12-15 11:00 +0100",
        "outlook_html",
        "Bonjour,\n\nNous avons bien noté. Le règlement sera effectué avant les fêtes, dès réception du virement de notre client principal.\n\nCordialement,\n\nSylvie Marchand\nTraiteur Marchand & Fils\nSAS au capital de 20 000 € – RCS Lyon 123 456 789",
        lab(note="conditional promise; 'avant les fêtes' is too vague to pin to a date"),
    ),
    Reply(
        "pr-es-1",
        "promise_to_pay",
        "es",
        ("Javier Ruiz", "javi@mesonlacalleja.example"),
        "2026-12-02 12:00 +0100",
        "iphone",
        "Lo pagamos a final de mes, que ahora vamos justos. Gracias",
        lab(promised_date="2026-12-31"),
    ),
    Reply(
        "pr-nl-1",
        "promise_to_pay",
        "nl",
        ("Peter de Boer", "p.deboer@brasseriehetveer.example"),
        "2026-12-10 17:55 +0100",
        "gmail_plain",
        "Wordt morgen betaald.\nGr. Peter",
        lab(promised_date="2026-12-11", note="Dutch reply to an English reminder"),
        rlang="en",
        amt="€845.20",
    ),
    Reply(
        "pr-it-1",
        "promise_to_pay",
        "it",
        ("Francesca Bellini", "amministrazione@hotelmiramare-rimini.example"),
        "2026-12-02 09:30 +0100",
        "outlook",
        "Buongiorno,\n\nprocederemo al pagamento il 10 tramite bonifico bancario.\n\nCordiali saluti\nFrancesca Bellini\nHotel Miramare – Ufficio amministrazione",
        lab(promised_date="2026-12-10"),
    ),
]

DISPUTE = [
    Reply(
        "di-en-1",
        "dispute",
        "en",
        ("Sam Whitfield", "sam@theoldforgecafe.example"),
        "2026-12-01 15:22 +0000",
        "iphone",
        "We only received half the delivery on the 24th - 6 of the 12 cases of oat milk never turned up and your driver said he'd sort it. Not paying for stuff we didnt get. Send a corrected invoice and I'll pay the rest",
        lab(
            note="short delivery; the corrected-invoice request and the conditional payment are secondary"
        ),
    ),
    Reply(
        "di-en-2",
        "dispute",
        "en",
        ("Alex Mensah", "alex@tidewaterbistro.example"),
        "2026-12-03 10:11 +0000",
        "gmail",
        "Hi\n\nThe salmon sides on that invoice were off when they arrived (smelled, probe said 9°C). We sent them straight back with your driver Darren and he signed for it. Still waiting for the credit note. Please take £312 off before you chase us again.\n\nAlex\nHead Chef, Tidewater Bistro",
        lab(),
    ),
    Reply(
        "di-en-3",
        "dispute",
        "en",
        ("Richard Hale", "richard.hale@kingsarmshotel.example"),
        "2026-12-07 16:45 +0000",
        "outlook_html",
        "Good afternoon,\n\nI have looked into HF/26/08817 following your reminder and I'm afraid we cannot approve it for payment in its current form. When we renewed our supply agreement in September (signed by your account manager, Paul Hendry, on 14/09/2026) the unsalted butter was fixed at £4.15 per kg and the double cream at £3.60 per litre until the end of March 2027. The invoice charges £4.85 and £4.20 respectively, and the same increase appears on every delivery in October. Across the month that comes to a little over £260.\n\nI'm happy for the rest of the invoice to be paid as soon as we receive a credit note for the difference, but until then our purchase ledger has put the whole invoice on hold, so further reminders will not speed things up.\n\nI would be grateful if someone could confirm the contract prices are being applied going forward.\n\nKind regards,\n\nRichard Hale\nFood & Beverage Manager\nThe King's Arms Hotel\n\nThe King's Arms Hotel Ltd. Registered in England No. 01234567. This message is intended only for the named recipient.",
        lab(
            ("HF/26/08817",),
            note="long price dispute against a contract price; payment of the rest is conditional",
        ),
    ),
    Reply(
        "di-en-4",
        "dispute",
        "en",
        ("Nadia Kowalski", "nadia@pierogihouse.example"),
        "2026-12-09 09:40 +0000",
        "thunderbird",
        "Hello,\n\n08817 was paid last week with the rest of November's invoices. But HF/26/08902 is wrong - we never ordered 40 kg of butter, we ordered 4. Please correct it.\n\nNadia",
        lab(
            ("HF/26/08817", "HF/26/08902"),
            note="paid one invoice and disputed another: dispute wins for the disputed part; '08817' is a short form of HF/26/08817",
        ),
    ),
    Reply(
        "di-en-5",
        "dispute",
        "en",
        ("Accounts Payable", "ap@meridiancatering.example"),
        "2026-12-11 14:02 +0000",
        "owa",
        "Hi,\n\nThis looks like a duplicate. The same delivery (note DN-55120, 19 November) was already invoiced on HF/26/08711, which we paid on 27 November. Please cancel HF/26/08817.\n\nRegards,\nDeborah Finch\nAccounts Payable | Meridian Catering Services",
        lab(
            ("HF/26/08711", "HF/26/08817"),
            note="duplicate-billing claim; the payment mentioned is of the other invoice, not of this one",
        ),
    ),
    Reply(
        "di-de-1",
        "dispute",
        "de",
        ("Andrea Wolf", "kueche@restaurant-kastanienhof.example"),
        "2026-12-04 10:05 +0100",
        "outlook",
        "Guten Tag,\n\ndie Lieferung vom 20.11. war teilweise verdorben (2 Kisten Champignons, 1 Kiste Feldsalat). Das haben wir Ihrem Fahrer auch gleich gesagt. Den Rechnungsbetrag zahlen wir erst, wenn die Gutschrift vorliegt.\n\nMit freundlichen Grüßen\nAndrea Wolf\nKüchenchefin, Restaurant Kastanienhof",
        lab(),
        charset="iso-8859-1",
    ),
    Reply(
        "di-fr-1",
        "dispute",
        "fr",
        ("Pierre Girard", "direction@hoteldesvoyageurs.example"),
        "2026-12-08 14:30 +0100",
        "gmail",
        "Bonjour,\n\nNous contestons cette facture : les 6 cartons de beurre doux n'ont jamais été livrés. Merci de nous faire parvenir un avoir.\n\nCordialement\nP. Girard – Hôtel des Voyageurs",
        lab(),
    ),
    Reply(
        "di-es-1",
        "dispute",
        "es",
        ("Lucía Fernández", "administracion@grupoalboran.example"),
        "2026-12-10 12:15 +0100",
        "outlook_html",
        "Hola,\n\nLa factura HF/26/08817 está mal: el aceite de oliva virgen extra nos lo estáis cobrando a 8,90 € la lata cuando el precio pactado es 7,40 €. Hasta que no nos mandéis la factura rectificada no la vamos a pagar.\n\nSaludos,\n\nLucía Fernández\nAdministración – Grupo Alborán Restauración\n\nEn cumplimiento del RGPD le informamos de que sus datos forman parte de un fichero responsabilidad de Grupo Alborán Restauración S.L.",
        lab(("HF/26/08817",), note="price dispute with a request for a corrected invoice"),
    ),
    Reply(
        "di-es-2",
        "dispute",
        "es",
        ("Toni", "toni@barlaesquina.example"),
        "2026-12-05 20:40 +0100",
        "iphone",
        "No hemos pagado todavía porque el pedido llegó incompleto, faltan 3 cajas de gambas. Ya lo hablé con vuestro comercial",
        lab(note="negated payment with the reason: short delivery"),
    ),
    Reply(
        "di-nl-1",
        "dispute",
        "nl",
        ("Roel Jansen", "roel@lunchroomhetpleintje.example"),
        "2026-12-16 10:00 +0100",
        "gmail_plain",
        "Hallo,\n\nDeze factuur klopt niet. We hebben op 13 november 14 lege kratten retour gegeven en die zijn nooit gecrediteerd. Graag eerst een creditnota, dan betalen we het restant.\n\nGroet,\nRoel Jansen\nLunchroom Het Pleintje",
        lab(),
    ),
    Reply(
        "di-it-1",
        "dispute",
        "it",
        ("Roberto Esposito", "cucina@osteriadelmare.example"),
        "2026-12-07 11:20 +0100",
        "thunderbird",
        "Buongiorno,\nil pesce consegnato il 25/11 è arrivato a temperatura non conforme e lo abbiamo respinto (vedi bolla firmata dal vostro autista). La fattura HF/26/08817 quindi non è dovuta per quella parte. Attendiamo nota di credito.\n\nSaluti\nChef Roberto Esposito\nOsteria del Mare",
        lab(("HF/26/08817",)),
        charset="iso-8859-1",
    ),
    Reply(
        "di-it-2",
        "dispute",
        "it",
        ("Ufficio amministrativo", "ufficio@pasticceria-aurora.example"),
        "2026-12-17 09:45 +0100",
        "owa",
        "Salve,\nci avete fatturato due volte la stessa consegna: è già compresa nella fattura HF/26/08790, che abbiamo regolarmente pagato. Vi preghiamo di annullare questa.\n\nGrazie\nUfficio amministrativo – Bar Pasticceria Aurora",
        lab(
            ("HF/26/08790",),
            note="duplicate billing; the payment mentioned is of the earlier invoice",
        ),
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pp-en-1",
        "payment_plan",
        "en",
        ("Mo", "mo@bunandbrew.example"),
        "2026-12-01 22:10 +0000",
        "iphone",
        "can we do 3 payments? dec jan feb. cash flow is rubbish til the new year",
        lab(),
    ),
    Reply(
        "pp-en-2",
        "payment_plan",
        "en",
        ("Claire Dunn", "claire@dunnscafe.example"),
        "2026-12-03 08:55 +0000",
        "gmail",
        "Hi,\n\nI know this is overdue and I'm sorry. November was really slow for us (road works outside for 5 weeks!). Could I pay £200 a week until it's cleared? First one could go this Friday.\n\nThanks for understanding,\nClaire",
        lab(note="weekly instalments proposed; plan dates and amounts are not labelled"),
    ),
    Reply(
        "pp-en-3",
        "payment_plan",
        "en",
        ("Imran Siddiqui", "imran@karachigrill.example"),
        "2026-12-09 12:40 +0000",
        "outlook",
        "Hi,\nI've sent £500 today towards this and will clear the balance of £784.60 in January when things pick up after the holidays.\nThanks\nImran",
        lab(note="part payment now plus the rest later → payment_plan, not payment_sent"),
    ),
    Reply(
        "pp-en-4",
        "payment_plan",
        "en",
        ("Philip Marsh", "pmarsh@marsh-associates.example"),
        "2026-12-14 10:20 +0000",
        "outlook_html",
        "Dear Credit Control,\n\nWe act as accountants for The Riverside Brasserie Ltd. Our client has asked us to propose that the outstanding balance of £3,416.80 be settled in four equal monthly instalments, the first on 15 January 2027 and thereafter on the 15th of each month.\n\nWe would be grateful for your written confirmation that this is acceptable and that no further action will be taken while the instalments are maintained.\n\nYours faithfully\n\nPhilip Marsh FCCA\nMarsh & Associates, Chartered Certified Accountants",
        lab(note="accountants propose instalments for their client"),
        amt="£3,416.80",
    ),
    Reply(
        "pp-en-5",
        "payment_plan",
        "en",
        ("Will Tanner", "will@tannersbakehouse.example"),
        "2026-12-17 17:05 +0000",
        "apple",
        "hi - any chance we can split it? half now and half after the new year? will send the first half today if thats ok\n\nWill",
        lab(note="split proposal with a conditional first half; not a payment sent"),
    ),
    Reply(
        "pp-de-1",
        "payment_plan",
        "de",
        ("Thomas Eder", "info@berghuette-edelweiss.example"),
        "2026-12-02 14:30 +0100",
        "gmail",
        "Guten Tag,\n\nkönnen wir den offenen Betrag in drei Monatsraten zahlen? Die Wintersaison fängt bei uns erst im Januar richtig an.\n\nViele Grüße\nThomas Eder\nBerghütte Edelweiß",
        lab(note="German reply to an English reminder"),
        rlang="en",
        amt="€2,140.00",
    ),
    Reply(
        "pp-de-2",
        "payment_plan",
        "de",
        ("Nicole Braun", "nicole@cafe-braun.example"),
        "2026-12-11 19:30 +0100",
        "iphone",
        "Wir überweisen jetzt 500 € und den Rest im Januar, ok?",
        lab(note="part payment now plus the rest later → payment_plan"),
    ),
    Reply(
        "pp-fr-1",
        "payment_plan",
        "fr",
        ("Nathalie Le Goff", "creperie.tybreizh@orange-mail.example"),
        "2026-12-01 11:11 +0100",
        "outlook",
        "Bonjour,\n\nSerait-il possible d'échelonner le paiement en 3 fois (décembre, janvier, février) ? La période est difficile pour nous.\n\nMerci d'avance,\nNathalie - Crêperie Ty Breizh",
        lab(),
        charset="iso-8859-1",
    ),
    Reply(
        "pp-es-1",
        "payment_plan",
        "es",
        ("Pilar Sanz", "pilar@cateringsanz.example"),
        "2026-12-14 13:00 +0100",
        "gmail_plain",
        "¿Podríamos pagarlo en dos plazos? La mitad ahora y el resto a mediados de enero. Gracias, Pilar",
        lab(),
    ),
    Reply(
        "pp-nl-1",
        "payment_plan",
        "nl",
        ("Fatima El Amrani", "f.elamrani@restaurantzeezicht.example"),
        "2026-12-03 15:00 +0100",
        "outlook_html",
        "Goedendag,\n\nKunnen we een betalingsregeling treffen? Wij stellen voor om elke maand € 300 te betalen tot het bedrag voldaan is.\n\nMet vriendelijke groet,\n\nFatima El Amrani\nRestaurant Zeezicht",
        lab(),
    ),
    Reply(
        "pp-nl-2",
        "payment_plan",
        "nl",
        ("Bas", "bas@snackbarhoek.example"),
        "2026-12-08 21:15 +0100",
        "iphone",
        "kan ik het in 4 termijnen betalen? is nu even krap na de verbouwing",
        lab(),
    ),
    Reply(
        "pp-it-1",
        "payment_plan",
        "it",
        ("Luca Ferri", "luca.ferri@pizzeriailforno.example"),
        "2026-12-11 20:40 +0100",
        "android",
        "Buonasera, è possibile rateizzare l'importo in 3 rate mensili a partire da gennaio? Grazie\nLuca Ferri - Pizzeria Il Forno",
        lab(),
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Dan", "dan@fieldandfork.example"),
        "2026-12-08 09:05 +0000",
        "iphone",
        "whats this for? dont recognise this invoice number",
        lab(
            note="asks what the charge is: the collector answers with the invoice and delivery details; could also be read as other"
        ),
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Rosie Hart", "rosie@thelittlelarder.example"),
        "2026-12-02 16:20 +0000",
        "gmail",
        "Hi, can you send a copy of the invoice please, never got it. Our accountant needs it before she'll pay anything.\n\nThanks, Rosie\nThe Little Larder",
        lab(),
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Accounts", "accounts@oakandivyhotels.example"),
        "2026-12-10 11:45 +0000",
        "outlook",
        "Hi,\n\nCould you please send us a full statement of account? We have several invoices from you on our system and can't match this amount to any of them.\n\nMany thanks\nGemma Price\nPurchase Ledger, Oak & Ivy Hotels",
        lab(note="a statement of account is a request for documents"),
    ),
    Reply(
        "ir-en-4",
        "invoice_request",
        "en",
        ("Ben Cole", "ben@colesbutchery.example"),
        "2026-12-14 10:30 +0000",
        "thunderbird",
        "Hello\n\nCan you reissue HF/26/08817 made out to Cole & Daughter Ltd rather than to me personally, with our VAT number on it? Our accountant won't process it otherwise. Nothing wrong with the amount.\n\nBen",
        lab(
            ("HF/26/08817",),
            note="reissue request without contesting the amount: invoice_request, not dispute",
        ),
    ),
    Reply(
        "ir-en-5",
        "invoice_request",
        "en",
        ("Purchasing – The Grand Promenade Hotel", "purchasing@grandpromenadehotel.example"),
        "2026-12-04 13:33 +0000",
        "html_only",
        "Dear Harbourline team,\n\nThe PDF attachments on your reminder won't open on our system (error 'file damaged'). Please could you resend invoices HF/26/08817 and HF/26/08820 as PDF, or post copies to the address below?\n\nBest regards,\n\nOlivia Grant\nPurchasing Coordinator\nThe Grand Promenade Hotel, 1 Marine Parade",
        lab(("HF/26/08817", "HF/26/08820"), note="HTML-only message"),
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Petra Schulz", "p.schulz@landhaus-am-see.example"),
        "2026-12-15 08:30 +0100",
        "outlook_html",
        "Guten Morgen,\n\nbitte senden Sie uns die Rechnung HF/26/08817 nochmals zu, sie liegt uns leider nicht vor.\n\nVielen Dank\nPetra Schulz\nLandhaus am See - Verwaltung",
        lab(("HF/26/08817",)),
        charset="iso-8859-1",
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Julie Moreau", "julie@cafedelagare.example"),
        "2026-12-03 09:40 +0100",
        "gmail",
        "Bonjour,\n\nPouvez-vous nous renvoyer la facture ? Nous ne la retrouvons pas dans nos fichiers.\n\nMerci,\nJulie – Café de la Gare",
        lab(),
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Olivier", "olivier@auberge-du-pont.example"),
        "2026-12-16 17:25 +0100",
        "iphone",
        "C'est pour quoi exactement ? Envoyez-moi le détail svp, merci",
        lab(note="asks what the charge is and for the detail: invoice_request"),
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Rocío", "rocio@heladeriarocio.example"),
        "2026-12-07 11:50 +0100",
        "gmail_plain",
        "Hola, mandadme copia de la factura por favor, que no me llegó. Gracias!",
        lab(),
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Contabilidad Hotel Las Dunas", "contabilidad@hotellasdunas.example"),
        "2026-12-11 10:10 +0100",
        "outlook",
        "Buenos días:\n\n¿Nos podéis enviar un extracto de cuenta con todas las facturas pendientes? Queremos cuadrarlo antes del cierre del año.\n\nSaludos cordiales,\nDepartamento de Contabilidad\nHotel Las Dunas",
        lab(note="statement of account request"),
        charset="iso-8859-1",
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Crediteurenadministratie", "crediteuren@hotelhetanker.example"),
        "2026-12-09 14:05 +0100",
        "outlook_html",
        "Goedemiddag,\n\nKunt u de factuur opnieuw sturen met ons inkoopordernummer (PO 4500-2291) erop? Zonder PO-nummer kunnen wij hem niet verwerken.\n\nMet vriendelijke groet,\nCrediteurenadministratie Hotel Het Anker",
        lab(note="reissue with a PO number, amount not contested"),
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Sara Conte", "sara@enotecaconte.example"),
        "2026-12-01 10:15 +0100",
        "gmail",
        "Buongiorno,\npotete inviarci copia della fattura HF/26/08817? Non la troviamo in contabilità.\nGrazie\nSara",
        lab(("HF/26/08817",)),
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Jo Keane", "jo@keanesbar.example"),
        "2026-12-02 20:05 +0000",
        "iphone",
        "Accountant handles all this - mike@clarkeandco-accounts.example. Pls send there not to me. Jo",
        lab(new_contact="mike@clarkeandco-accounts.example"),
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Rob Ellis", "rob.ellis83@gmail.com"),
        "2026-12-07 18:12 +0000",
        "gmail",
        "Hi, I don't work at The Anchor anymore (left in October). Please contact the new manager, Sarah Quinn - sarah.quinn@theanchorinn.example\n\nGood luck!\nRob",
        lab(new_contact="sarah.quinn@theanchorinn.example"),
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Lina Novak", "spa@grandmerehotel.example"),
        "2026-12-10 15:30 +0000",
        "outlook_html",
        "Hello,\n\nThis address belongs to the spa at the Grand Mère Hotel. Invoices for food supplies need to go to our Accounts Payable team at AP@GrandMereHotel.example - I've copied them in.\n\nKind regards,\nLina Novak\nSpa Reception",
        lab(
            new_contact="ap@grandmerehotel.example",
            note="address written in mixed case and also copied in Cc",
        ),
        headers=(("Cc", "Accounts Payable <AP@GrandMereHotel.example>"),),
    ),
    Reply(
        "wc-en-4",
        "wrong_contact",
        "en",
        ("Dave Porter", "dave@porterspies.example"),
        "2026-12-11 12:00 +0000",
        "gmail",
        "Hi - see below. Please send these to Jen from now on (jen.walsh@ledgerlybooks.example), I don't do the books any more.\n\nDave\n\n---------- Forwarded message ---------\nFrom: Jen Walsh <jen.walsh@ledgerlybooks.example>\nDate: Thu, 10 Dec 2026 at 17:12\nSubject: Re: supplier accounts\nTo: Dave Porter <dave@porterspies.example>\n\nHi Dave, yes happy to take over the supplier accounts, just ask them to email me directly and I'll get everything set up.\n\nJen",
        lab(
            new_contact="jen.walsh@ledgerlybooks.example",
            note="forwarded thread above the quoted reminder",
        ),
    ),
    Reply(
        "wc-en-5",
        "wrong_contact",
        "en",
        ("Kerry Lund", "kerry@pawfectgrooming.example"),
        "2026-12-15 09:20 +0000",
        "gmail_plain",
        "I think you have the wrong email. I run a dog grooming business in Hull, I've never bought anything from Harbourline. Please check your records.",
        lab(note="wrong recipient altogether, no new address"),
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Markus Seidel", "m.seidel@brauhaus-am-markt.example"),
        "2026-12-02 10:50 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nbitte richten Sie Rechnungsangelegenheiten künftig ausschließlich an unsere Buchhaltung: buchhaltung@brauhaus-am-markt.example\n\nVielen Dank\nMarkus Seidel\nBetriebsleiter",
        lab(new_contact="buchhaltung@brauhaus-am-markt.example"),
    ),
    Reply(
        "wc-de-2",
        "wrong_contact",
        "de",
        ("Gastro Nord GmbH", "einkauf@gastro-nord.example"),
        "2026-12-08 07:15 +0100",
        "none",
        "Dieses Postfach wird nicht mehr betreut.\n\nBitte senden Sie Rechnungen und Zahlungserinnerungen ab sofort an rechnungen@gastro-nord.example. Ihre Nachricht wird nicht weitergeleitet.\n\nGastro Nord GmbH",
        lab(
            new_contact="rechnungen@gastro-nord.example",
            note="automatic 'mailbox no longer monitored' notice naming a new address: wrong_contact (README rule)",
        ),
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Camille", "camille@lepetitzinc.example"),
        "2026-12-04 12:40 +0100",
        "iphone",
        "Je ne m'occupe plus de la compta depuis septembre, écrivez à compta@lepetitzinc.example svp. Bonne journée",
        lab(new_contact="compta@lepetitzinc.example"),
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Reservas Casa Paco", "reservas@casapaco.example"),
        "2026-12-09 17:00 +0100",
        "gmail",
        "Hola, este correo es el de reservas, no el de administración. Las facturas mandadlas a administracion@casapaco.example\n\nGracias",
        lab(new_contact="administracion@casapaco.example"),
        cte="b64",
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Joris", "keuken@bistrodezwaan.example"),
        "2026-12-01 14:45 +0100",
        "iphone",
        "Ik ben de kok, niet de boekhouder 😅 Mail even naar administratie@bistrodezwaan.example, die regelen dit",
        lab(new_contact="administratie@bistrodezwaan.example"),
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Cucina La Pergola", "cucina@ristorantelapergola.example"),
        "2026-12-14 11:30 +0100",
        "outlook",
        "Buongiorno,\n\nper questioni amministrative vi preghiamo di scrivere a amministrazione@ristorantelapergola.example. Questo indirizzo è della cucina.\n\nGrazie",
        lab(new_contact="amministrazione@ristorantelapergola.example"),
    ),
    Reply(
        "wc-it-2",
        "wrong_contact",
        "it",
        ("Reception Hotel Bellavista", "reception@hotelbellavista-garda.example"),
        "2026-12-17 16:20 +0100",
        "outlook_html",
        "Gentili signori,\n\nla sig.ra Conti non lavora più con noi. Per i pagamenti contattate il nuovo responsabile amministrativo, dott. Marco Galli: m.galli@hotelbellavista-garda.example\n\nCordiali saluti\nReception - Hotel Bellavista",
        lab(new_contact="m.galli@hotelbellavista-garda.example"),
        charset="iso-8859-1",
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Sue Marshall", "sue@marshallsfishbar.example"),
        "2026-12-08 13:20 +0000",
        "gmail_plain",
        "Please stop sending these, we paid weeks ago. Thats the third one now.",
        lab(note="stop request plus a payment claim: unsubscribe beats everything but bounce"),
    ),
    Reply(
        "un-en-2",
        "unsubscribe",
        "en",
        ("Gordon", "gordon@thehighlandlarder.example"),
        "2026-12-03 23:50 +0000",
        "iphone",
        "STOP EMAILING ME. I WILL DEAL WITH IT WHEN I DEAL WITH IT",
        lab(note="all caps; no payment commitment"),
    ),
    Reply(
        "un-en-3",
        "unsubscribe",
        "en",
        ("Jamie Reid", "jamie.reid@elfaro-marbella.example"),
        "2026-12-12 10:05 +0100",
        "gmail",
        "Remove me from your mailing list pls, I'm just the sous chef, nothing to do with payments",
        lab(
            note="remove-me plus 'not the right person' without a new address: unsubscribe beats wrong_contact; English reply to a Spanish reminder"
        ),
        rlang="es",
        loc="en",
    ),
    Reply(
        "un-en-4",
        "unsubscribe",
        "en",
        ("Helen Ashworth", "h.ashworth@ashworthcatering.example"),
        "2026-12-16 10:10 +0000",
        "outlook_html",
        "Dear Sirs,\n\nFurther to our telephone conversation this morning, please do not contact us by email regarding this account. All correspondence should be sent by post to our registered office, marked for the attention of the Finance Director.\n\nYours faithfully,\n\nHelen Ashworth\nFinance Director\nAshworth Catering Ltd",
        lab(note="'post only' → unsubscribe (README rule)"),
    ),
    Reply(
        "un-en-5",
        "unsubscribe",
        "en",
        ("Leo", "leo.martins@gmail.com"),
        "2026-12-18 08:14 +0000",
        "gmail",
        "Unsubscribe 🙄",
        lab(),
    ),
    Reply(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Heinz Gruber", "h.gruber@wirtshaus-gruber.example"),
        "2026-12-14 09:00 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nbitte nehmen Sie meine Adresse aus Ihrem Verteiler. In dieser Angelegenheit kommunizieren wir nur noch über unseren Rechtsanwalt.\n\nHeinz Gruber",
        lab(note="remove me + 'only via our lawyer' → unsubscribe"),
        charset="iso-8859-1",
    ),
    Reply(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Lucas", "lucas@foodtruck-lucas.example"),
        "2026-12-10 13:35 +0100",
        "android",
        "Désinscrivez-moi de vos mails svp.",
        lab(),
    ),
    Reply(
        "un-fr-2",
        "unsubscribe",
        "fr",
        ("Brasserie Le Central", "lecentral.brasserie@gmail.com"),
        "2026-12-02 15:15 +0100",
        "gmail_plain",
        "Arrêtez de m'envoyer ces relances, c'est payé depuis longtemps !!!",
        lab(note="stop request plus a payment claim: unsubscribe wins"),
    ),
    Reply(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Carmen Vidal", "carmen@pasteleriavidal.example"),
        "2026-12-15 19:00 +0100",
        "iphone",
        "Por favor, dejad de enviarme correos. Gracias.",
        lab(),
    ),
    Reply(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Bar Manolo", "barmanolo@gmail.com"),
        "2026-12-07 12:30 +0100",
        "gmail",
        "BAJA",
        lab(note="Spanish one-word 'baja' = unsubscribe"),
    ),
    Reply(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("Wim Bakker", "wim@bakkerijbakker.example"),
        "2026-12-11 08:40 +0100",
        "thunderbird",
        "Afmelden a.u.b. Ik wil deze mails niet meer ontvangen.",
        lab(),
    ),
    Reply(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Giorgio Marini", "giorgio@ristorantemarini.example"),
        "2026-12-09 18:10 +0100",
        "outlook",
        "Egregi signori,\n\nvi diffidiamo dal contattarci ulteriormente a questo indirizzo. Per ogni comunicazione rivolgetevi al nostro legale, avv. Rinaldi.\n\nGiorgio Marini",
        lab(note="'talk to our lawyer' with no address → unsubscribe"),
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Nicola Brooks", "nicola.brooks@sandpiperhotel.example"),
        "2026-12-02 09:03 +0000",
        "none",
        "Thank you for your email. I am out of the office at a conference and will be back on Monday 7 December.\n\nFor urgent accounts queries please contact accounts@sandpiperhotel.example or call reception on 01632 960101.\n\nNicola Brooks\nFinancial Controller",
        lab(
            return_date="2026-12-07",
            note="auto-reply naming a colleague's address keeps new_contact null",
        ),
        subject="Automatic reply: {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        "en",
        ("The Salt Loft", "info@thesaltloft.example"),
        "2026-12-14 06:12 +0000",
        "none",
        "Thanks for contacting The Salt Loft! 🦪\n\nWe've received your message and one of the team will get back to you within 48 hours. For bookings please use the website, we can't take reservations by email.\n\nOur Christmas menus are now live – see you soon!",
        lab(note="restaurant autoresponder without Auto-Submitted, no return date"),
        subject="Thanks for getting in touch!",
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        "en",
        ("Accounts Helpdesk", "support@coastalinnsgroup.example"),
        "2026-12-10 14:40 +0000",
        "none",
        "##- Please type your reply above this line -##\n\nYour request (48213) has been received and is being reviewed by our Accounts Payable team.\n\nTo add any additional comments, simply reply to this email.\n\nPlease note our team aims to respond within 5 working days. Invoices received after 18 December will be processed in the new year.\n\nCoastal Inns Group – Shared Services",
        lab(note="ticket acknowledgement"),
        subject="[Ticket #48213] Re: {rsub}",
        headers=(("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer")),
    ),
    Reply(
        "ar-en-4",
        "auto_reply",
        "en",
        ("Mark Dalton", "mark@daltonsfinefoods.example"),
        "2026-12-04 09:02 +0000",
        "none",
        "I'm on annual leave until 14/12/2026 with limited access to email. I will respond to your message on my return.",
        lab(return_date="2026-12-14", note="'until X' → X itself"),
        subject="Out of Office: {rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Birgit Lang", "b.lang@hotel-alpenrose.example"),
        "2026-12-08 10:31 +0100",
        "none",
        "Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 11.12.2026 nicht im Büro und ab dem 14.12. wieder für Sie erreichbar. In dringenden Fällen wenden Sie sich bitte an unsere Rezeption unter +49 30 1234567.\n\nMit freundlichen Grüßen\nBirgit Lang\nHotel Alpenrose",
        lab(return_date="2026-12-14", note="'wieder erreichbar ab' wins over 'bis einschließlich'"),
        subject="Abwesenheitsnotiz: {rsub}",
        headers=(AUTO, XARS),
        charset="iso-8859-1",
    ),
    Reply(
        "ar-de-2",
        "auto_reply",
        "de",
        ("Restaurant Zur Post", "info@restaurant-zur-post.example"),
        "2026-12-18 11:20 +0100",
        "none",
        "Liebe Gäste, liebe Geschäftspartner,\n\nunser Restaurant befindet sich vom 14.12.2026 bis 06.01.2027 in der Winterpause. Ab dem 07.01.2027 sind wir wieder für Sie da. Ihre E-Mail wird erst nach unserer Rückkehr gelesen.\n\nFrohe Weihnachten und einen guten Rutsch!\nIhr Team vom Restaurant Zur Post",
        lab(
            return_date="2027-01-07",
            note="holiday closure; 'wieder für Sie da ab' the 7th wins over 'bis 06.01.'",
        ),
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Isabelle Faure", "i.faure@chateau-lesvignes.example"),
        "2026-12-09 08:15 +0100",
        "none",
        "Bonjour,\n\nJe suis en congés jusqu'au 11 décembre inclus. Je serai de retour le lundi 14 décembre.\n\nPour toute urgence, merci de contacter le service comptabilité au 01 23 45 67 89.\n\nCordialement,\nIsabelle Faure",
        lab(return_date="2026-12-14"),
        subject="Réponse automatique : {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Elena Navarro", "elena.navarro@hotelmirador.example"),
        "2026-12-04 16:45 +0100",
        "none",
        "Gracias por su correo. Estoy fuera de la oficina hasta el 9 de diciembre. Para asuntos urgentes, pueden escribir a recepción.\n\nUn saludo,\nElena Navarro",
        lab(return_date="2026-12-09", note="'hasta X' → X itself"),
        subject="Respuesta automática: {rsub}",
        headers=(AUTO,),
        charset="iso-8859-1",
    ),
    Reply(
        "ar-es-2",
        "auto_reply",
        "es",
        ("Atención al proveedor", "proveedores@gruposabores.example"),
        "2026-12-17 12:02 +0100",
        "none",
        "Estimado proveedor:\n\nHemos recibido su consulta y le hemos asignado el número de incidencia #20931. Le responderemos en un plazo máximo de 72 horas laborables.\n\nPor favor, no responda a este mensaje.\n\nGrupo Sabores – Departamento de Cuentas a Pagar",
        lab(note="ticket acknowledgement without Auto-Submitted"),
        subject="[#20931] Hemos recibido su consulta",
        headers=(("Precedence", "auto_reply"),),
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Sanne de Wit", "sanne.dewit@strandpaviljoen-noord.example"),
        "2026-12-01 09:05 +0100",
        "none",
        "Beste afzender,\n\nIk ben afwezig tot en met vrijdag 4 december. Vanaf maandag 7 december ben ik weer aanwezig en zal ik uw e-mail beantwoorden.\n\nMet vriendelijke groet,\nSanne de Wit",
        lab(return_date="2026-12-07"),
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-nl-2",
        "auto_reply",
        "nl",
        ("Financiële administratie", "facturen@horecagroepoost.example"),
        "2026-12-16 13:50 +0100",
        "none",
        "Dit is een automatisch antwoord.\n\nUw bericht is ontvangen en wordt zo spoedig mogelijk behandeld door onze financiële administratie. Facturen kunt u uitsluitend als PDF aanleveren.\n\nHorecagroep Oost B.V.",
        lab(note="receipt acknowledgement, no return date"),
        subject="Ontvangstbevestiging: {rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Valentina Greco", "v.greco@agriturismoilcasale.example"),
        "2026-12-03 10:00 +0100",
        "none",
        "Gentile mittente,\n\nsarò fuori ufficio fino a lunedì 7 dicembre compreso (martedì 8 è festivo). Rientrerò mercoledì 9 dicembre e risponderò al più presto.\n\nCordiali saluti\nValentina Greco",
        lab(
            return_date="2026-12-09",
            note="the stated day back wins; 8 Dec is a public holiday in Italy",
        ),
        subject="Risposta automatica: {rsub}",
        headers=(AUTO,),
    ),
]

OTHER = [
    Reply(
        "ot-en-1",
        "other",
        "en",
        ("Marie Collins", "marie@bluedoorbistro.example"),
        "2026-12-09 22:30 +0000",
        "gmail",
        "Hi,\n\nWe closed the restaurant at the end of October. It's been a hard year. I'll be in touch about what's owed once the accountant has been through everything.\n\nMarie",
        lab(
            note="business closed: the owner is still the right contact, so not wrong_contact; no date or commitment to pay, so a person reads it"
        ),
    ),
    Reply(
        "ot-en-2",
        "other",
        "en",
        ("Kev", "kev@thepiehole.example"),
        "2026-12-01 12:50 +0000",
        "iphone",
        "👍",
        lab(note="emoji acknowledgement; not a payment claim"),
    ),
    Reply(
        "ot-en-3",
        "other",
        "en",
        ("Pete Marsh", "pete@sundaysbrunchclub.example"),
        "2026-12-03 16:40 +0000",
        "bottom",
        "Hiya, can your driver drop off before 7am on Saturdays? We've started doing brunch and need the eggs in before we open.\n\nCheers, Pete",
        lab(note="delivery question in the reminder thread; nothing about the invoice"),
    ),
    Reply(
        "ot-en-4",
        "other",
        "en",
        ("Natalie Ross", "natalie@rossandco-events.example"),
        "2026-12-14 12:12 +0000",
        "html_only",
        "Who is this? Is this a scam? We've never had a reminder from you before and I don't want to click anything.",
        lab(note="suspicion, not a request for the invoice; a person should call; HTML-only"),
    ),
    Reply(
        "ot-en-5",
        "other",
        "en",
        ("Rach", "rachel@thesaltedcaramel.example"),
        "2026-12-17 14:45 +0000",
        "owa",
        "Received, I'll pass this on to the owner.\n\nRach",
        lab(note="acknowledgement without any commitment"),
    ),
    Reply(
        "ot-de-1",
        "other",
        "de",
        ("Uwe", "uwe@imbiss-uwe.example"),
        "2026-12-04 13:05 +0100",
        "iphone",
        "Danke für die Info.\nGruß Uwe",
        lab(note="acknowledgement only"),
    ),
    Reply(
        "ot-fr-1",
        "other",
        "fr",
        ("Léa Dubois", "lea@bistrotdubois.example"),
        "2026-12-08 10:25 +0100",
        "gmail",
        "Bien reçu, je transmets au gérant.\n\nLéa",
        lab(note="acknowledgement; passing it on is not a new contact"),
    ),
    Reply(
        "ot-es-1",
        "other",
        "es",
        ("Álvaro", "alvaro@asadorelroble.example"),
        "2026-12-02 11:30 +0100",
        "gmail",
        "Hola! ¿Tenéis ya el catálogo de Navidad? Queremos hacer pedido de turrones y cordero.\n\nLo de la factura lo miro con mi socio.",
        lab(note="order question; 'I'll look at the invoice with my partner' is no commitment"),
        cte="b64",
    ),
    Reply(
        "ot-nl-1",
        "other",
        "nl",
        ("Ingrid Smit", "ingrid@hotelsmit.example"),
        "2026-12-10 09:55 +0100",
        "outlook",
        "Ontvangen, dank u.\n\nIngrid Smit",
        lab(note="acknowledgement only"),
    ),
    Reply(
        "ot-nl-2",
        "other",
        "nl",
        ("Kees Mulder", "kees@eetcafemulder.example"),
        "2026-12-15 16:00 +0100",
        "apple",
        "Beste,\n\nWij zijn per 1 november gestopt met het restaurant. Het pand is verkocht.\n\nGroet,\nKees Mulder",
        lab(note="business closed; the owner writes himself, no new contact, nothing about paying"),
    ),
    Reply(
        "ot-it-1",
        "other",
        "it",
        ("Marco", "marco@barcentrale.example"),
        "2026-12-07 08:10 +0100",
        "iphone",
        "Grazie, ricevuto.",
        lab(note="acknowledgement only"),
    ),
    Reply(
        "ot-it-2",
        "other",
        "it",
        ("Chiara Russo", "chiara@ristorantelaquercia.example"),
        "2026-12-16 12:40 +0100",
        "gmail",
        "Buongiorno, a che ora consegnate il 24 dicembre? Abbiamo il cenone della vigilia e ci serve tutto entro le 10.\n\nGrazie, Chiara",
        lab(note="delivery question in the reminder thread"),
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

    def reminder(self) -> Message:
        sent = self.dt - timedelta(minutes=3)
        return original_reminder(self.rlang, self.rcpt, sent, self.key)

    def subject(self) -> str:
        return reminder_subject(self.rlang, "HF/26/08817")


def delivery_status(b: Bounce, mta: str, action: str, diagnostic: str, remote: str = "") -> Message:
    per_message = (
        f"Reporting-MTA: dns; {mta}\nArrival-Date: {format_datetime(b.dt - timedelta(minutes=3))}\n"
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
        lines.append(f"Will-Retry-Until: {format_datetime(b.dt + timedelta(days=3))}")
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


def finish(b: Bounce, msg: Message, sender: str, subject: str) -> Message:
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_text(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = parseaddr(sender)[1].split("@")[1]
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 24).lower()}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    return finalize(msg, b.key, "bounce")


def bounce_postfix_hard(b: Bounce) -> Message:
    human = (
        "This is the mail system at host mail.harbourline-foods.example.\n\n"
        "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: host mx1.thelarderkitchen.example[192.0.2.44] said: 550\n"
        f"    5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in virtual\n"
        "    mailbox table (in reply to RCPT TO command)\n"
    )
    diag = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in virtual mailbox table"
    )
    parts = [
        text_part(human, "plain", "us-ascii", "7bit"),
        delivery_status(
            b, "mail.harbourline-foods.example", "failed", diag, "mx1.thelarderkitchen.example"
        ),
        MIMEMessage(b.reminder()),
    ]
    sender = "MAILER-DAEMON@mail.harbourline-foods.example (Mail Delivery System)"
    return finish(b, report(parts), sender, "Undelivered Mail Returned to Sender")


def gmail_human(lines: list[str]) -> Message:
    text = "\n\n".join(lines) + "\n"
    markup = (
        "<html><body>" + "".join(f"<p>{html.escape(x)}</p>" for x in lines) + "</body></html>\n"
    )
    alt = MIMEMultipart("alternative")
    alt.attach(text_part(text, "plain", "utf-8", "qp"))
    alt.attach(text_part(markup, "html", "utf-8", "qp"))
    return alt


def bounce_gmail_hard(b: Bounce) -> Message:
    human = gmail_human(
        [
            "** Address not found **",
            f"Your message wasn't delivered to {b.rcpt} because the address couldn't be found, or is unable to receive mail.",
            "Learn more here: https://support.google.com/mail/?p=NoSuchUser",
            "The response was:",
            "The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-7c0e2ab1f1csi1234567a12.207 - gsmtp",
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
        "Delivery Status Notification (Failure)",
    )


def exchange_human(
    *, head: str, reason: str, server: str, diag: str, admin: str, charset: str
) -> Message:
    text = f"{head}\n\n{reason}\n\n{admin}\n\n{server}\n\n{diag}\n"
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset='
        + charset
        + '"></head><body>'
        f'<p><b><font color="#000066" size="3" face="Arial">{html.escape(head)}</font></b></p>'
        f"<p>{html.escape(reason)}</p><p><b>{html.escape(admin)}</b></p>"
        f"<p>{html.escape(server)}</p><p>{html.escape(diag)}</p></body></html>\n"
    )
    alt = MIMEMultipart("alternative")
    alt.attach(text_part(text, "plain", charset, "qp"))
    alt.attach(text_part(markup, "html", charset, "qp"))
    return alt


EXCHANGE_SENDER = "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@harbourline-foods.example>"


def bounce_exchange_full(b: Bounce) -> Message:
    diag = "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded"
    human = exchange_human(
        head=f"Delivery has failed to these recipients or groups:\n\n{b.rcpt}",
        reason="The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.",
        server="Generating server: AM9PR02MB7311.eurprd02.prod.outlook.example",
        diag=f"{b.rcpt}\nRemote server returned '{diag}'",
        admin="Diagnostic information for administrators:",
        charset="utf-8",
    )
    parts = [
        human,
        delivery_status(b, "AM9PR02MB7311.eurprd02.prod.outlook.example", "failed", diag),
        returned_headers(b),
    ]
    return finish(b, report(parts), EXCHANGE_SENDER, f"Undeliverable: {b.subject()}")


def bounce_exim_delay(b: Bounce) -> Message:
    text = (
        "This message was created automatically by mail delivery software.\n"
        "A message that you sent has not yet been delivered to one or more of its\n"
        "recipients after more than 24 hours on the queue on mail.harbourline-foods.example.\n\n"
        "The message identifier is:     1vK3xQ-000Ab1-2C\n"
        f"The subject of the message is: {latin1_safe(b.subject())}\n"
        f"The date of the message is:    {format_datetime(b.dt - timedelta(hours=24))}\n\n"
        "The address to which the message has not yet been delivered is:\n\n"
        f"  {b.rcpt}\n    host mx.oldmillinn.example [198.51.100.23]\n"
        f"    Delay reason: SMTP error from remote mail server after RCPT TO:<{b.rcpt}>:\n"
        "    451 4.3.0 Temporary lookup failure\n\n"
        "No action is required on your part. Delivery attempts will continue for\n"
        "some time, and this warning may be repeated at intervals if the message\n"
        "remains undelivered. Eventually the mail delivery software will give up,\n"
        "and when that happens, the message will be returned to you.\n"
    )
    msg = Message()
    msg.set_payload(text)
    return finish(
        b,
        msg,
        "Mail Delivery System <Mailer-Daemon@mail.harbourline-foods.example>",
        "Warning: message 1vK3xQ-000Ab1-2C delayed 24 hours",
    )


def bounce_exchange_de(b: Bounce) -> Message:
    diag = "550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [FR2P281MB0123.DEUP281.PROD.OUTLOOK.example]"
    human = exchange_human(
        head=f"Ihre Nachricht konnte nicht an diese Empfänger oder Gruppen übermittelt werden:\n\n{b.rcpt}",
        reason="Die Adresse wurde im Zielsystem nicht gefunden oder nimmt keine Nachrichten von Absendern außerhalb der Organisation an. Wenden Sie sich bitte auf anderem Weg an den Empfänger.",
        server="Generierender Server: FR2P281MB0123.DEUP281.PROD.OUTLOOK.example",
        diag=f"{b.rcpt}\nRemoteserver hat '{diag}' zurückgegeben",
        admin="Diagnoseinformationen für Administratoren:",
        charset="iso-8859-1",
    )
    parts = [
        human,
        delivery_status(b, "FR2P281MB0123.DEUP281.PROD.OUTLOOK.example", "failed", diag),
        returned_headers(b),
    ]
    return finish(b, report(parts), EXCHANGE_SENDER, f"Unzustellbar: {b.subject()}")


def bounce_provider_de(b: Bounce) -> Message:
    rem = b.reminder()
    text = (
        "Dies ist eine automatisch erstellte Benachrichtigung des Mailsystems.\n\n"
        "Ihre Nachricht an den folgenden Empfänger konnte bisher nicht zugestellt werden:\n\n"
        f"  {b.rcpt}\n  Grund: Das Postfach des Empfängers ist voll (452 4.2.2 Mailbox full).\n\n"
        "Das System versucht die Zustellung in den nächsten 3 Tagen erneut. Sie müssen nichts weiter tun.\n\n"
        "----- Kopfzeilen der Originalnachricht -----\n"
        f"From: {rem['From']}\nTo: {rem['To']}\nSubject: {latin1_safe(b.subject())}\nDate: {rem['Date']}\nMessage-ID: {rem['Message-ID']}\n"
    )
    msg = text_part(text, "plain", "iso-8859-1", "qp")
    return finish(
        b,
        msg,
        "Mail Delivery System <MAILER-DAEMON@mx01.gastrohost-mail.example>",
        "Zustellung verzögert - Mail delivery delayed",
    )


def bounce_provider_fr(b: Bounce) -> Message:
    text = (
        "Ce message a été généré automatiquement par le système de messagerie.\n\n"
        "Votre message n'a pas pu être remis au destinataire suivant :\n\n"
        f"<{b.rcpt}> : l'adresse du destinataire est inconnue.\n"
        f"    Réponse du serveur distant : 550 5.1.1 <{b.rcpt}>... Utilisateur inconnu\n\n"
        "Il s'agit d'une erreur définitive, aucune nouvelle tentative ne sera faite.\n"
        "Le message d'origine est joint ci-dessous.\n"
    )
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(text, "plain", "iso-8859-1", "qp"))
    outer.attach(MIMEMessage(b.reminder()))
    return finish(
        b, outer, "MAILER-DAEMON@smtp-out.messagerie-pro.example", "Échec de la remise du message"
    )


def bounce_exchange_fr_delay(b: Bounce) -> Message:
    diag = "451 4.4.7 Message delayed; le serveur distant ne répond pas"
    human = exchange_human(
        head=f"La remise est différée pour ces destinataires ou groupes :\n\n{b.rcpt}",
        reason=f"Objet : {b.subject()}\n\nCe message n'a pas encore été remis. Nous réessaierons de le remettre. Vous n'avez rien à faire ; nous vous informerons si la remise échoue définitivement.",
        server="Serveur de génération : PR1P264MB2040.FRAP264.PROD.OUTLOOK.example",
        diag=f"{b.rcpt}\nLe serveur distant a renvoyé « {diag} »",
        admin="Informations de diagnostic pour les administrateurs :",
        charset="utf-8",
    )
    parts = [
        human,
        delivery_status(b, "PR1P264MB2040.FRAP264.PROD.OUTLOOK.example", "delayed", diag),
        returned_headers(b),
    ]
    return finish(b, report(parts), EXCHANGE_SENDER, f"Remise différée : {b.subject()}")


def bounce_gmail_es_delay(b: Bounce) -> Message:
    domain = b.rcpt.split("@")[1]
    human = gmail_human(
        [
            "** Problema en la entrega del mensaje **",
            "Gmail volverá a intentarlo durante 45 horas más. Se te notificará si la entrega falla de forma permanente.",
            "Más información: https://support.google.com/mail/?p=DNSError",
            "La respuesta fue:",
            f"DNS Error: DNS server returned answer with no data for domain: {domain}",
        ]
    )
    diag = f"DNS Error: DNS server returned answer with no data for domain: {domain}"
    parts = [human, delivery_status(b, "mx.google.com", "delayed", diag), returned_headers(b)]
    return finish(
        b,
        report(parts),
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Notificación de estado de entrega (retraso)",
    )


def bounce_exchange_nl(b: Bounce) -> Message:
    diag = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    human = exchange_human(
        head=f"Kan niet worden bezorgd bij deze geadresseerden of groepen:\n\n{b.rcpt}",
        reason="Het e-mailadres dat u hebt ingevoerd, is niet gevonden. Controleer het e-mailadres van de geadresseerde en probeer het bericht opnieuw te verzenden. Neem contact op met uw helpdesk als het probleem zich blijft voordoen.",
        server="Genererende server: AM0PR08MB5380.eurprd08.prod.outlook.example",
        diag=f"{b.rcpt}\nDe externe server heeft '{diag}' geretourneerd",
        admin="Diagnostische gegevens voor beheerders:",
        charset="utf-8",
    )
    parts = [
        human,
        delivery_status(b, "AM0PR08MB5380.eurprd08.prod.outlook.example", "failed", diag),
        returned_headers(b),
    ]
    return finish(b, report(parts), EXCHANGE_SENDER, f"Onbestelbaar: {b.subject()}")


def bounce_provider_it(b: Bounce) -> Message:
    rem = b.reminder()
    text = (
        "Questo è un messaggio generato automaticamente dal sistema di posta.\n\n"
        "Non è stato possibile recapitare il messaggio ai seguenti destinatari:\n\n"
        f"{b.rcpt}\n    errore permanente: 550 5.1.1 utente inesistente / user unknown\n\n"
        "Il messaggio originale è riportato di seguito.\n\n"
        "------ Messaggio originale ------\n"
        f"From: {rem['From']}\nTo: {rem['To']}\nSubject: {latin1_safe(b.subject())}\nDate: {rem['Date']}\n\n"
        + latin1_safe(REMINDER_BODY[b.rlang].format(inv="HF/26/08817", amt=DEFAULT_AMOUNT[b.rlang]))
        + "\n"
    )
    msg = text_part(text, "plain", "iso-8859-1", "qp")
    return finish(
        b,
        msg,
        "Mail Delivery Subsystem <MAILER-DAEMON@smtp.postacertapro.example>",
        f"Messaggio non recapitato: {b.subject()}",
    )


def bounce_backup_mx_it(b: Bounce) -> Message:
    text = (
        "Gentile utente,\n\n"
        f"il messaggio indirizzato a {b.rcpt} non è ancora stato consegnato.\n"
        "Il server di destinazione mail.pizzerianapoli.example non risponde (4.4.1 connessione scaduta).\n\n"
        "Il nostro sistema ritenterà automaticamente la consegna fino al 20/12/2026. Non è necessario reinviare il messaggio.\n\n"
        "Servizio Posta – mx-backup.hostingitalia.example\n"
    )
    diag = "421 4.4.1 Connection timed out"
    parts = [
        text_part(text, "plain", "utf-8", "qp"),
        delivery_status(
            b, "mx-backup.hostingitalia.example", "delayed", diag, "mail.pizzerianapoli.example"
        ),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        "Postmaster <postmaster@mx-backup.hostingitalia.example>",
        "Avviso di mancata consegna (ritardo)",
    )


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            "bo-en-1",
            "en",
            "hard",
            "5.1.1",
            "accounts@thelarderkitchen.example",
            "2026-12-01 09:05 +0000",
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
            "bookings.cornerplate@gmail.com",
            "2026-12-02 09:07 +0000",
            "en",
        ),
        bounce_gmail_hard,
    ),
    (
        Bounce(
            "bo-en-3",
            "en",
            "soft",
            "5.2.2",
            "orders@bayviewcafe.example",
            "2026-12-08 09:04 +0000",
            "en",
            "mailbox full reported with a 5.x code: soft (README rule), the code is kept",
        ),
        bounce_exchange_full,
    ),
    (
        Bounce(
            "bo-en-4",
            "en",
            "soft",
            "4.3.0",
            "kitchen@oldmillinn.example",
            "2026-12-03 09:10 +0000",
            "en",
            "Exim delay warning, plain text, not RFC 3464",
        ),
        bounce_exim_delay,
    ),
    (
        Bounce(
            "bo-de-1",
            "de",
            "hard",
            "5.4.1",
            "rechnung@hotel-krone-bamberg.example",
            "2026-12-04 09:03 +0100",
            "de",
        ),
        bounce_exchange_de,
    ),
    (
        Bounce(
            "bo-de-2",
            "de",
            "soft",
            "4.2.2",
            "info@cafe-sonnenschein.example",
            "2026-12-10 12:30 +0100",
            "de",
            "provider notice in German, plain text, mailbox full",
        ),
        bounce_provider_de,
    ),
    (
        Bounce(
            "bo-fr-1",
            "fr",
            "hard",
            "5.1.1",
            "facturation@lebouchon-lyonnais.example",
            "2026-12-07 09:05 +0100",
            "fr",
            "non-standard French notice in multipart/mixed",
        ),
        bounce_provider_fr,
    ),
    (
        Bounce(
            "bo-fr-2",
            "fr",
            "soft",
            "4.4.7",
            "compta@hotel-lesembruns.example",
            "2026-12-15 09:30 +0100",
            "fr",
        ),
        bounce_exchange_fr_delay,
    ),
    (
        Bounce(
            "bo-es-1",
            "es",
            "soft",
            "4.4.3",
            "admin@restaurantelaola.example",
            "2026-12-09 10:15 +0100",
            "es",
            "Gmail delay notice in Spanish",
        ),
        bounce_gmail_es_delay,
    ),
    (
        Bounce(
            "bo-nl-1",
            "nl",
            "hard",
            "5.1.10",
            "inkoop@grandcafedewaag.example",
            "2026-12-11 09:06 +0100",
            "nl",
        ),
        bounce_exchange_nl,
    ),
    (
        Bounce(
            "bo-it-1",
            "it",
            "hard",
            "5.1.1",
            "ordini@trattoriailgallo.example",
            "2026-12-14 09:04 +0100",
            "it",
            "non-MIME Italian provider notice with the message inline",
        ),
        bounce_provider_it,
    ),
    (
        Bounce(
            "bo-it-2",
            "it",
            "soft",
            "4.4.1",
            "info@pizzerianapoli.example",
            "2026-12-16 11:45 +0100",
            "it",
            "backup MX delay notice in Italian",
        ),
        bounce_backup_mx_it,
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
    for old in HERE.glob("h2-*.eml"):
        old.unlink()
    labels = []
    for number, (_, msg, label) in enumerate(items, start=1):
        name = f"h2-{number:03d}.eml"
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
