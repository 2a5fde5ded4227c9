# ruff: noqa: E501, RUF001
# Hand-written message text is kept one paragraph a line, as mail clients send it, with the
# typographic dashes and quotes that people and their clients really type.
"""Build held-out reply corpus 83: `h83-NNN.eml` files and `labels.jsonl`.

Every message lands in the receivables mailbox of Clearview Window Cleaning & Facades after it
sent an overdue reminder. The new text of each message is written by hand below; the script only
adds what a mail client or server would add (the quoted reminder in the client's layout and
language, headers, MIME structure, charsets, transfer encodings, delivery-status fields). It
writes next to itself, deterministically: fixed order key, fixed boundaries, no clock.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import quopri
import sys
import textwrap
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email import message_from_bytes, policy
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import TypedDict

HERE = Path(__file__).resolve().parent
SEED = "holdout83-20270607"
AR_NAME = "Accounts Receivable"
AR_ADDR = "receivables@clearview-facades.example"
AR_DOMAIN = "clearview-facades.example"
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
FIRST_DAY = "2027-06-07"
LAST_DAY = "2027-07-02"


class Label(TypedDict):
    """One line of labels.jsonl, keys in the corpus order."""

    file: str
    intent: str
    promised_date: str | None
    paid_date: str | None
    return_date: str | None
    payment_reference: str | None
    amount: str | None
    currency: str | None
    new_contact: str | None
    bounce_kind: str | None
    failed_recipient: str | None
    bounce_status: str | None
    invoice_refs: list[str]
    language: str
    note: str | None


@dataclass(frozen=True)
class Facts:
    """What a collector would extract from one message (all optional)."""

    promised: str | None = None
    paid: str | None = None
    back: str | None = None
    ref: str | None = None
    amount: str | None = None
    currency: str | None = None
    contact: str | None = None
    refs: tuple[str, ...] = ()
    note: str | None = None


@dataclass(frozen=True)
class Reply:
    """One hand-written message from a customer's side and how its client sends it."""

    key: str
    lang: str
    intent: str
    name: str
    addr: str
    when: datetime
    style: str
    text: str
    facts: Facts
    inv: str
    amt: str
    rlang: str
    charset: str
    cte: str
    subject: str | None
    headers: tuple[tuple[str, str], ...] = field(default=())


@dataclass(frozen=True)
class Bounce:
    """A delivery report for a reminder sent to `rcpt`."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: datetime
    style: str
    human: str
    diag: str
    mta: str
    note: str | None


@dataclass(frozen=True)
class Built:
    """A finished message: its bytes and its labels (file name filled in later)."""

    key: str
    data: bytes
    intent: str
    lang: str
    label: Label


def when(text: str) -> datetime:
    """Parse "2027-06-08 09:14 +0200" into an aware datetime."""
    return datetime.strptime(text, "%Y-%m-%d %H:%M %z")


# --------------------------------------------------------------------------------------------
# Locale tables: what each client prints in each language
# --------------------------------------------------------------------------------------------

DAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
}
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
}
GMAIL_ATTR = {
    "en": "On {wd3}, {d} {mon3} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {wd2}., {d}. {monl} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wd3}. {d} {monl} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wd3}, {d} {monl} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wd2} {d} {monl} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wd3} {d} {monl} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTR = {
    "en": "On {d} {monl} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {monl} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {monl} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {monl} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {monl} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
TB_ATTR = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{mo}/{y} a las {H}:{mm}, {name} escribió:",
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
# divider, From, Sent, To, Subject, label separator
OUTLOOK_LABELS = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject", ": "),
    "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff", ": "),
    "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : "),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": "),
    "nl": ("-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "Onderwerp", ": "),
    "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ": "),
}
REPLY_PREFIX = {"en": "RE: ", "de": "AW: ", "fr": "RE : ", "es": "RE: ", "nl": "RE: ", "it": "R: "}
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
    "en": "Overdue reminder – invoice {inv}",
    "de": "Zahlungserinnerung – Rechnung {inv}",
    "fr": "Rappel d'échéance – facture {inv}",
    "es": "Aviso de vencimiento – factura {inv}",
    "nl": "Betalingsherinnering – factuur {inv}",
    "it": "Promemoria di pagamento – fattura {inv}",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "This is a reminder that the invoice below has passed its due date and is still open on our ledger:\n\n"
        "  {inv}  |  issued 30/04/2027  |  due 30/05/2027  |  {amt}\n\n"
        "If payment is already on its way, thank you – a short reply with the payment date helps us match it. If something on the invoice looks wrong, reply to this message and we will look into it.\n\n"
        "Best regards,\n\nAccounts Receivable\nClearview Window Cleaning & Facades Ltd\nreceivables@clearview-facades.example"
    ),
    "de": (
        "Guten Tag,\n\n"
        "die folgende Rechnung ist inzwischen fällig und in unserer Buchhaltung noch offen:\n\n"
        "  {inv}  |  Rechnungsdatum 30.04.2027  |  fällig 30.05.2027  |  {amt}\n\n"
        "Falls die Zahlung schon unterwegs ist, vielen Dank – eine kurze Antwort mit dem Zahlungsdatum hilft uns bei der Zuordnung. Wenn an der Rechnung etwas nicht stimmt, antworten Sie bitte auf diese Nachricht.\n\n"
        "Freundliche Grüße\n\nDebitorenbuchhaltung\nClearview Window Cleaning & Facades"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Nous vous rappelons que la facture ci-dessous est échue et figure toujours comme ouverte dans notre comptabilité :\n\n"
        "  {inv}  |  émise le 30/04/2027  |  échéance 30/05/2027  |  {amt}\n\n"
        "Si le règlement est déjà parti, merci – une courte réponse avec la date du paiement nous aidera à le rapprocher. Si un élément de la facture vous semble erroné, répondez simplement à ce message.\n\n"
        "Bien cordialement,\n\nService Comptabilité Clients\nClearview Window Cleaning & Facades"
    ),
    "es": (
        "Buenos días:\n\n"
        "Le recordamos que la siguiente factura ha superado su fecha de vencimiento y sigue pendiente en nuestra contabilidad:\n\n"
        "  {inv}  |  emitida 30/04/2027  |  vencimiento 30/05/2027  |  {amt}\n\n"
        "Si el pago ya está en camino, gracias; una breve respuesta con la fecha del pago nos ayudará a conciliarlo. Si algo de la factura no le parece correcto, responda a este mensaje y lo revisaremos.\n\n"
        "Un saludo,\n\nCuentas a Cobrar\nClearview Window Cleaning & Facades"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Hierbij herinneren wij u eraan dat onderstaande factuur de vervaldatum heeft overschreden en bij ons nog openstaat:\n\n"
        "  {inv}  |  factuurdatum 30-04-2027  |  vervaldatum 30-05-2027  |  {amt}\n\n"
        "Is de betaling al onderweg, dan alvast bedankt – een kort antwoord met de betaaldatum helpt ons bij het afletteren. Klopt er iets niet aan de factuur, beantwoord dan gewoon dit bericht.\n\n"
        "Met vriendelijke groet,\n\nDebiteurenadministratie\nClearview Window Cleaning & Facades"
    ),
    "it": (
        "Buongiorno,\n\n"
        "Le ricordiamo che la fattura indicata di seguito è scaduta e risulta ancora aperta nella nostra contabilità:\n\n"
        "  {inv}  |  emessa il 30/04/2027  |  scadenza 30/05/2027  |  {amt}\n\n"
        "Se il pagamento è già stato disposto, grazie: una breve risposta con la data del pagamento ci aiuta ad abbinarlo. Se qualcosa nella fattura non Le sembra corretto, risponda pure a questo messaggio.\n\n"
        "Cordiali saluti,\n\nUfficio Crediti\nClearview Window Cleaning & Facades"
    ),
}
DEFAULT_AMT = {
    "en": "£1,284.00",
    "de": "2.316,40 €",
    "fr": "1 872,00 €",
    "es": "964,80 €",
    "nl": "€ 1.540,25",
    "it": "€ 2.098,60",
}
AR_FROM = {
    "en": "Accounts Receivable",
    "de": "Debitorenbuchhaltung Clearview",
    "fr": "Comptabilité Clients Clearview",
    "es": "Cuentas a Cobrar Clearview",
    "nl": "Debiteuren Clearview",
    "it": "Ufficio Crediti Clearview",
}

# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> str:
    return hashlib.sha256(f"{SEED}/{salt}/{key}".encode()).hexdigest()


def date_fields(lang: str, dt: datetime) -> dict[str, str]:
    wd = DAYS[lang].split(" ")[dt.weekday()]
    mon = MONTHS[lang].split(" ")[dt.month - 1]
    hour12 = dt.hour % 12 or 12
    return {
        "wdl": wd,
        "wd3": wd[:3],
        "wd2": wd[:2],
        "monl": mon,
        "mon3": mon[:3],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "HH": f"{dt.hour:02d}",
        "H": str(dt.hour),
        "h12": str(hour12),
        "mm": f"{dt.minute:02d}",
    }


def reminder_time(r: Reply) -> datetime:
    """The reminder went out 2 to 6 days earlier at 07:4x UK time, shown in the reply's zone."""
    days = 2 + int(digest(r.key, "rem")[:4], 16) % 5
    uk = r.when - timedelta(days=days)
    sent = uk.replace(hour=6, minute=40 + int(digest(r.key, "min")[:2], 16) % 19)
    return sent.astimezone(r.when.tzinfo)


def latin1_safe(text: str, charset: str) -> str:
    if charset != "iso-8859-1":
        return text
    return text.replace("–", "-").replace("€", "EUR").replace("’", "'").replace("…", "...")


def msgid(key: str, salt: str, domain: str) -> str:
    return f"<{digest(key, salt)[:24].upper()}@{domain}>"


def encode_header(value: str, charset: str) -> str:
    if value.isascii():
        return value
    return Header(value, charset, maxlinelen=76, header_name="Subject").encode()


def encode_addr(name: str, addr: str, charset: str) -> str:
    if name.isascii():
        needs_quote = any(c in name for c in ",.()@;:")
        return f'"{name}" <{addr}>' if needs_quote else f"{name} <{addr}>"
    return f"{Header(name, charset).encode()} <{addr}>"


def encode_body(text: str, *, charset: str, cte: str) -> bytes:
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    return raw


def leaf(text: str, *, subtype: str, charset: str, cte: str, flowed: bool = False) -> bytes:
    params = f'; charset="{charset}"' + ("; format=flowed" if flowed else "")
    head = f"Content-Type: text/{subtype}{params}\nContent-Transfer-Encoding: {cte}\n\n"
    body = encode_body(text, charset=charset, cte=cte)
    return head.encode("ascii") + body.rstrip(b"\n") + b"\n"


def multipart(subtype: str, boundary: str, parts: list[bytes], params: str = "") -> bytes:
    head = f'Content-Type: multipart/{subtype};{params}\n\tboundary="{boundary}"\n\n'
    out = head.encode("ascii")
    for part in parts:
        out += f"--{boundary}\n".encode("ascii") + part + b"\n"
    return out + f"--{boundary}--\n".encode("ascii")


def flow(text: str) -> str:
    """Wrap long lines the way format=flowed does (soft breaks end in a space)."""
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) <= 76 or line.startswith(">"):
            out.append(line)
            continue
        pieces = textwrap.wrap(line, width=72, break_long_words=False, break_on_hyphens=False)
        out.extend(p + " " for p in pieces[:-1])
        out.append(pieces[-1])
    return "\n".join(out)


def paragraphs_html(text: str) -> str:
    blocks = [b for b in text.split("\n\n") if b.strip()]
    return "".join(
        f"<p>{'<br>'.join(html.escape(x) for x in b.split(chr(10)))}</p>\n" for b in blocks
    )


def quoted(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


# --------------------------------------------------------------------------------------------
# Client layouts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quote:
    """The reminder as the replying client shows it."""

    subject: str
    text: str
    fields: dict[str, str]


def make_quote(r: Reply) -> Quote:
    subject = latin1_safe(REMINDER_SUBJECT[r.rlang].format(inv=r.inv), r.charset)
    text = latin1_safe(REMINDER_BODY[r.rlang].format(inv=r.inv, amt=r.amt), r.charset)
    fields = date_fields(r.lang, reminder_time(r))
    fields.update(name=AR_FROM[r.rlang], addr=AR_ADDR)
    return Quote(subject=subject, text=text, fields=fields)


def outlook_block(r: Reply, q: Quote) -> str:
    div, lfrom, lsent, lto, lsubj, sep = OUTLOOK_LABELS[r.lang]
    sent = OUTLOOK_SENT[r.lang].format(**q.fields)
    return (
        f"{div}\n{lfrom}{sep}{q.fields['name']} <{AR_ADDR}>\n{lsent}{sep}{sent}\n"
        f"{lto}{sep}{r.name} <{r.addr}>\n{lsubj}{sep}{q.subject}\n\n{q.text}"
    )


def outlook_html_block(r: Reply, q: Quote) -> str:
    _, lfrom, lsent, lto, lsubj, sep = OUTLOOK_LABELS[r.lang]
    sent = OUTLOOK_SENT[r.lang].format(**q.fields)
    rows = (
        (lfrom, f"{q.fields['name']} <{AR_ADDR}>"),
        (lsent, sent),
        (lto, f"{r.name} <{r.addr}>"),
        (lsubj, q.subject),
    )
    head = "<br>\n".join(f"<b>{k}{sep.rstrip()}</b> {html.escape(v)}" for k, v in rows)
    return (
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal"><span lang="{r.lang.upper()}">{head}</span></p>\n</div>\n'
        f"{paragraphs_html(q.text)}"
    )


def word_html(r: Reply, q: Quote) -> str:
    body = paragraphs_html(r.text).replace("<p>", '<p class="MsoNormal">')
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\n'
        f'<head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style></head>\n'
        f'<body lang="{r.lang.upper()}" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n'
        f'{body}<p class="MsoNormal">&nbsp;</p>\n{outlook_html_block(r, q)}</div></body></html>'
    )


def alternative(r: Reply, plain: str, markup: str) -> bytes:
    boundary = "_000_" + digest(r.key, "alt")[:30].upper() + "_"
    if r.style == "gmail":
        boundary = "000000000000" + digest(r.key, "alt")[:16]
    parts = [
        leaf(plain, subtype="plain", charset=r.charset, cte=r.cte),
        leaf(markup, subtype="html", charset=r.charset, cte=r.cte),
    ]
    return multipart("alternative", boundary, parts)


def style_outlook(r: Reply, q: Quote) -> bytes:
    return leaf(f"{r.text}\n\n{outlook_block(r, q)}", subtype="plain", charset=r.charset, cte=r.cte)


def style_outlook_html(r: Reply, q: Quote) -> bytes:
    return alternative(r, f"{r.text}\n\n{outlook_block(r, q)}", word_html(r, q))


def style_html_only(r: Reply, q: Quote) -> bytes:
    return leaf(word_html(r, q), subtype="html", charset=r.charset, cte=r.cte)


def gmail_html(r: Reply, q: Quote) -> str:
    attr = html.escape(GMAIL_ATTR[r.lang].format(**q.fields))
    new = "".join(f"<div>{html.escape(x) or '<br>'}</div>" for x in r.text.split("\n"))
    return (
        f'<div dir="ltr">{new}</div><br><div class="gmail_quote gmail_quote_container">'
        f'<div dir="ltr" class="gmail_attr">{attr}<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{paragraphs_html(q.text)}</blockquote></div>\n"
    )


def style_gmail(r: Reply, q: Quote) -> bytes:
    attr = GMAIL_ATTR[r.lang].format(**q.fields)
    plain = f"{r.text}\n\n{attr}\n\n{quoted(q.text)}"
    return alternative(r, plain, gmail_html(r, q))


def style_gmail_plain(r: Reply, q: Quote) -> bytes:
    attr = GMAIL_ATTR[r.lang].format(**q.fields)
    return leaf(
        f"{r.text}\n\n{attr}\n{quoted(q.text)}", subtype="plain", charset=r.charset, cte=r.cte
    )


def style_apple(r: Reply, q: Quote) -> bytes:
    attr = APPLE_ATTR[r.lang].format(**q.fields)
    return leaf(
        f"{r.text}\n\n> {attr}\n>\n{quoted(q.text)}", subtype="plain", charset=r.charset, cte=r.cte
    )


def style_iphone(r: Reply, q: Quote) -> bytes:
    attr = APPLE_ATTR[r.lang].format(**q.fields)
    text = f"{r.text}\n\n{IPHONE_SIG[r.lang]}\n\n> {attr}\n>\n{quoted(q.text)}"
    return leaf(text, subtype="plain", charset=r.charset, cte=r.cte)


def style_thunderbird(r: Reply, q: Quote) -> bytes:
    attr = TB_ATTR[r.lang].format(**q.fields)
    text = flow(f"{r.text}\n\n{attr}\n{quoted(q.text)}")
    return leaf(text, subtype="plain", charset=r.charset, cte=r.cte, flowed=True)


def style_android(r: Reply, q: Quote) -> bytes:
    _, lfrom, lsent, lto, lsubj, sep = OUTLOOK_LABELS[r.lang]
    sent = OUTLOOK_SENT[r.lang].format(**q.fields)
    block = (
        f"________________________________\n{lfrom}{sep}{q.fields['name']} <{AR_ADDR}>\n"
        f"{lsent}{sep}{sent}\n{lto}{sep}{r.name} <{r.addr}>\n{lsubj}{sep}{q.subject}\n\n{q.text}"
    )
    text = f"{r.text}\n\n{ANDROID_SIG[r.lang]}\n{block}"
    return leaf(text, subtype="plain", charset=r.charset, cte="base64")


def style_inline(r: Reply, _q: Quote) -> bytes:
    """The writer quoted the reminder by hand; the text already holds the quote."""
    return leaf(r.text, subtype="plain", charset=r.charset, cte=r.cte)


def style_none(r: Reply, _q: Quote) -> bytes:
    return leaf(r.text, subtype="plain", charset=r.charset, cte=r.cte)


def style_notice_html(r: Reply, _q: Quote) -> bytes:
    markup = f'<html><body style="font-family:Arial,sans-serif;font-size:13px">{paragraphs_html(r.text)}</body></html>'
    return alternative(r, r.text, markup)


STYLES = {
    "outlook": style_outlook,
    "outlook_html": style_outlook_html,
    "html_only": style_html_only,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "apple": style_apple,
    "iphone": style_iphone,
    "thunderbird": style_thunderbird,
    "android": style_android,
    "inline": style_inline,
    "none": style_none,
    "notice_html": style_notice_html,
}
CLIENT_HEADERS = {
    "outlook": (
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("X-MS-Has-Attach", ""),
        ("Content-Language", "{lang}"),
    ),
    "outlook_html": (
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("Content-Language", "{lang}"),
    ),
    "html_only": (("X-Mailer", "Microsoft Outlook 16.0"),),
    "gmail": (),
    "gmail_plain": (),
    "apple": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22F76)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
    "android": (("X-MS-Has-Attach", ""),),
    "inline": (("User-Agent", "Roundcube Webmail/1.6.9"),),
    "none": (),
    "notice_html": (),
}
QUOTING = {
    "outlook",
    "outlook_html",
    "html_only",
    "gmail",
    "gmail_plain",
    "apple",
    "iphone",
    "thunderbird",
    "android",
    "inline",
}


def reply_subject(r: Reply, q: Quote) -> str:
    if r.subject is not None:
        return latin1_safe(r.subject, r.charset)
    if r.style in {"outlook", "outlook_html", "html_only", "android"}:
        return REPLY_PREFIX[r.lang] + q.subject
    return "Re: " + q.subject


def reply_headers(r: Reply, q: Quote) -> list[str]:
    domain = r.addr.split("@")[1]
    rem_id = msgid(r.key, "reminder", AR_DOMAIN)
    lines = [
        f"From: {encode_addr(r.name, r.addr, r.charset)}",
        f"To: {encode_addr(AR_NAME, AR_ADDR, r.charset)}",
        f"Subject: {encode_header(reply_subject(r, q), r.charset)}",
        f"Date: {format_datetime(r.when)}",
        f"Message-ID: {msgid(r.key, 'reply', domain)}",
    ]
    if r.style in QUOTING or r.subject is None:
        lines += [f"In-Reply-To: {rem_id}", f"References: {rem_id}"]
    for name, value in CLIENT_HEADERS[r.style]:
        lines.append(f"{name}: {value.format(lang=r.lang)}".rstrip())
    if r.style in {"outlook", "outlook_html", "html_only", "android"}:
        lines.append(f"Thread-Topic: {encode_header(q.subject, r.charset)}")
        lines.append(
            f"Thread-Index: {base64.b64encode(bytes.fromhex(digest(r.key, 'ti')[:44])).decode()}"
        )
    lines += [f"{k}: {v}" for k, v in r.headers]
    lines.append("MIME-Version: 1.0")
    return lines


def build_reply(r: Reply) -> Built:
    q = make_quote(r)
    entity = STYLES[r.style](r, q)
    data = ("\n".join(reply_headers(r, q)) + "\n").encode("ascii") + entity
    f = r.facts
    label = Label(
        file="",
        intent=r.intent,
        promised_date=f.promised,
        paid_date=f.paid,
        return_date=f.back,
        payment_reference=f.ref,
        amount=f.amount,
        currency=f.currency,
        new_contact=f.contact,
        bounce_kind=None,
        failed_recipient=None,
        bounce_status=None,
        invoice_refs=list(f.refs),
        language=r.lang,
        note=f.note,
    )
    return Built(key=r.key, data=data, intent=r.intent, lang=r.lang, label=label)


def reply(
    key: str,
    lang: str,
    intent: str,
    *,
    name: str,
    addr: str,
    at: str,
    style: str,
    text: str,
    facts: Facts | None = None,
    inv: str = "CVW-5182-4",
    amt: str | None = None,
    rlang: str | None = None,
    charset: str = "utf-8",
    cte: str = "quoted-printable",
    subject: str | None = None,
    headers: tuple[tuple[str, str], ...] = (),
) -> Reply:
    return Reply(
        key=key,
        lang=lang,
        intent=intent,
        name=name,
        addr=addr,
        when=when(at),
        style=style,
        text=latin1_safe(text.strip("\n"), charset),
        facts=facts or Facts(),
        inv=inv,
        amt=amt or DEFAULT_AMT[rlang or lang],
        rlang=rlang or lang,
        charset=charset,
        cte=cte,
        subject=subject,
        headers=headers,
    )


# --------------------------------------------------------------------------------------------
# English replies (UK clients, BST = +0100)
# --------------------------------------------------------------------------------------------

AUTO_REPLIED = (("Auto-Submitted", "auto-replied"),)
AUTO_GENERATED = (("Auto-Submitted", "auto-generated"),)
XARS = (("X-Auto-Response-Suppress", "All"),)


def english() -> list[Reply]:
    return [
        reply(
            "en-01",
            "en",
            "payment_sent",
            name="Dev Mistry",
            addr="dev@mistryestates.example",
            at="2027-06-08 07:52 +0100",
            style="iphone",
            text="Paid.",
            facts=Facts(note="one word; no date given"),
        ),
        reply(
            "en-02",
            "en",
            "payment_sent",
            name="Northgate Homes AP",
            addr="ap-noreply@northgatehomes.example",
            at="2027-06-14 03:10 +0100",
            style="none",
            headers=AUTO_GENERATED,
            subject="Remittance Advice - Payment 884120 - Clearview Window Cleaning & Facades",
            text="""
REMITTANCE ADVICE

Payer:          Northgate Homes Housing Association
Supplier:       CLEARVIEW WINDOW CLEANING & FACADES LTD
Supplier No:    V-20417
Payment No:     884120
Payment Date:   14-JUN-2027
Payment Method: BACS
Currency:       GBP

Invoice Num        Invoice Date    Amount Paid
CVW-5090-5         30-APR-2027        1,356.00
CVW-5131-5         15-MAY-2027        1,284.00
                                   -----------
Total                                 2,640.00

This advice was generated automatically by Oracle Payables. Please do not reply to this address; queries to payables@northgatehomes.example.
""",
            facts=Facts(
                paid="2027-06-14",
                ref="884120",
                amount="2640.00",
                currency="GBP",
                refs=("CVW-5090-5", "CVW-5131-5"),
                note="Oracle Payables remittance advice with Auto-Submitted: auto-generated; the queries address is not a new contact",
            ),
        ),
        reply(
            "en-03",
            "en",
            "payment_sent",
            name="Karen Olusanya",
            addr="bursar@stbedesprimary.example",
            at="2027-06-21 16:45 +0100",
            style="outlook",
            inv="CVW-5207-5",
            amt="£745.20",
            text="""
Hi there,

Apologies for the silence – it has been one of those terms. We had the inspectors in for two days, then the boiler went in the kitchen block, and on top of that our finance system was migrated to the trust's central one over half term, so half of our supplier records came across without bank details and I've been re-keying them by hand. Your account was one of the ones that got stuck in the middle of all that, which is why nothing went out in May. I know that is not your problem!

Anyway, I've now checked with Pam in the trust finance team and the BACS for £745.20 went out on Friday with reference SBP-CVW-0618. It should be with you today or tomorrow.

Also – the lads did a lovely job on the hall windows, the children noticed straight away.

Kind regards,

Karen Olusanya
School Business Manager
St Bede's Primary School
""",
            facts=Facts(
                paid="2027-06-18",
                ref="SBP-CVW-0618",
                amount="745.20",
                currency="GBP",
                note="the point is buried in a long reply; 'on Friday' before Monday 21 June",
            ),
        ),
        reply(
            "en-04",
            "en",
            "promise_to_pay",
            name="Accounts Payable | Meridian Retail Parks",
            addr="ap@meridianretailparks.example",
            at="2027-06-09 11:20 +0100",
            style="outlook_html",
            inv="CVW-5166-5",
            amt="£3,912.00",
            text="""
Good morning,

Thank you for your reminder. Invoice 5166-5 has now been approved and released into our payment run on the 15th.

Regards,

Sunita Bhatt
Accounts Payable
Meridian Retail Parks Ltd

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Meridian Retail Parks Ltd, registered in England No. 08812345.
""",
            facts=Facts(
                promised="2027-06-15",
                refs=("CVW-5166-5",),
                note="'approved and released' is past tense but the money goes in a future run",
            ),
        ),
        reply(
            "en-05",
            "en",
            "promise_to_pay",
            name="Tom Pryce",
            addr="tom.pryce.lettings@gmail.com",
            at="2027-06-16 21:03 +0100",
            style="gmail",
            text="""
Hi, yes sorry I know. Will get this paid end of the month when the rents are in. Tom
""",
            facts=Facts(
                promised="2027-06-30", note="free-mail persona; 'end of the month' = 30 June"
            ),
        ),
        reply(
            "en-06",
            "en",
            "promise_to_pay",
            name="Gillian Marsh",
            addr="g.marsh@ashgrovehousing.example",
            at="2027-06-22 10:14 +0100",
            style="outlook",
            inv="CVW-5148-5",
            amt="£1,980.00",
            text="""
Hi

Didn't we pay this already? I was sure it went in May.

Just checked with finance while writing this – no, it hasn't gone, it was held because the PO was closed early. They have reopened it and it'll be in this Friday's BACS run.

Gill

Gillian Marsh | Estates Officer | Ashgrove Housing Trust
""",
            facts=Facts(
                promised="2027-06-25",
                note="starts as a question about an earlier payment, ends in a promise for Friday 25 June",
            ),
        ),
        reply(
            "en-07",
            "en",
            "dispute",
            name="Callum Reid",
            addr="callum.reid@towerpointoffices.example",
            at="2027-06-10 09:31 +0100",
            style="gmail_plain",
            inv="CVW-5240-6",
            amt="£2,150.00",
            text="""
We have NOT paid CVW-5240-6 because your rope access team never turned up on the 12th of May. I took the day off to let them onto the roof. The east elevation is still filthy – come and look at it. I'm not paying for a clean that didn't happen.

Callum Reid
Building Manager, Tower Point
""",
            facts=Facts(
                refs=("CVW-5240-6",), note="negation: 'NOT paid' because the service was not done"
            ),
        ),
        reply(
            "en-08",
            "en",
            "dispute",
            name="Procurement Helpdesk",
            addr="supplier.queries@westmerehospitals.example",
            at="2027-06-11 14:02 +0100",
            style="outlook_html",
            inv="CVW-5199-4",
            amt="£1,190.00",
            text="""
Dear Supplier,

RE: CVW-5199-4

This invoice has been placed on hold. It bills 14 drops at £85.00 per drop; the rate in the framework agreement (Schedule B, lot 3) is £72.00 per drop. Please issue a credit note for the difference and a corrected invoice quoting our order number. The invoice will not be released until then.

Regards,
Procurement Helpdesk
Westmere Hospitals Trust

Please consider the environment before printing this email. The information in this email is confidential and may be legally privileged. It is intended solely for the addressee.
""",
            facts=Facts(
                refs=("CVW-5199-4",),
                note="rate disagreement with a demand to reissue: dispute, not invoice_request",
            ),
        ),
        reply(
            "en-09",
            "en",
            "dispute",
            name="Priya Natarajan",
            addr="priya@lanternhotels.example",
            at="2027-06-17 12:48 +0100",
            style="apple",
            inv="CVW-5182-4",
            amt="£1,284.00",
            text="""
Hello,

5119-5 was paid last week. 5182-4 is the same job billed twice – same date, same gutters, same amount. We will not be paying it; please cancel it.

Priya Natarajan
Operations, Lantern Hotels (Riverside)
""",
            facts=Facts(
                refs=("CVW-5119-5", "CVW-5182-4"),
                note="duplicate billing; the payment mentioned is of the other invoice",
            ),
        ),
        reply(
            "en-10",
            "en",
            "payment_plan",
            name="Ruth Adeyemi",
            addr="finance@oakfieldcommunityhall.example",
            at="2027-06-15 13:37 +0100",
            style="thunderbird",
            inv="CVW-5225-5",
            amt="£1,620.00",
            text="""
Dear Clearview,

I'm the volunteer treasurer for the hall. Our council grant is late this year and we are very stretched. Could we pay half now and the rest once the grant comes through? I really don't want to let this go to the debt people – you've always been good to us.

Ruth Adeyemi
Hon. Treasurer, Oakfield Community Hall
""",
            facts=Facts(note="part now, rest 'once the grant comes through': no date"),
        ),
        reply(
            "en-11",
            "en",
            "payment_plan",
            name="Marcus Webb",
            addr="marcus@webbpropertyservices.example",
            at="2027-06-24 08:05 +0100",
            style="android",
            inv="CVW-5252-6",
            amt="£4,380.00",
            text="""
Morning. Can we do this in 3 monthly bits? July, Aug, Sept. Lost two big contracts this spring. Marcus
""",
        ),
        reply(
            "en-12",
            "en",
            "payment_plan",
            name="Lee Harper",
            addr="lee.harper@harpersgarage.example",
            at="2027-06-29 18:22 +0100",
            style="iphone",
            inv="CVW-5261-6",
            amt="£385.00",
            text="""
any chance of spliting it in 2 , been a rough month with the van off the road
""",
            facts=Facts(note="typos, no capitals"),
        ),
        reply(
            "en-13",
            "en",
            "invoice_request",
            name="Hannah Kowalczyk",
            addr="p2p@caledonianofficeparks.example",
            at="2027-06-08 15:26 +0100",
            style="outlook",
            inv="CVW-5177-5",
            amt="£2,604.00",
            text="""
Hello,

We can't process invoice CVW-5177-5 because it doesn't carry a purchase order number, and our SAP system rejects non-PO invoices automatically. The PO is 4500218876. Could you reissue the invoice with the PO on it and send it to this address? Nothing wrong with the amount.

Thanks,
Hannah Kowalczyk
Purchase-to-Pay Team
""",
            facts=Facts(
                refs=("CVW-5177-5",), note="reissue with a PO; the amount is not contested"
            ),
        ),
        reply(
            "en-14",
            "en",
            "invoice_request",
            name="Jas Sandhu",
            addr="jas@sandhuconvenience.example",
            at="2027-06-18 19:40 +0100",
            style="gmail",
            inv="CVW-5213-5",
            amt="£96.00",
            text="""
Hiya, never got this invoice I don't think. Can you send me a copy and I'll sort it. Cheers
""",
            facts=Facts(note="'I'll sort it' once the copy arrives: the copy is the action"),
        ),
        reply(
            "en-15",
            "en",
            "invoice_request",
            name="Oliver Grant",
            addr="oliver.grant@kingsmeadmanagement.example",
            at="2027-07-01 10:10 +0100",
            style="outlook_html",
            inv="CVW-5190-4",
            amt="£2,208.00",
            text="""
Hi,

Before we pay anything further, please send a full statement of account for all four of our buildings. Our year end is tomorrow and the auditors want every supplier reconciled.

Thanks
Oliver

Oliver Grant MRICS
Kingsmead Property Management
""",
            facts=Facts(note="statement request; no amount contested"),
        ),
        reply(
            "en-16",
            "en",
            "wrong_contact",
            name="Steve Dunn",
            addr="caretaker@fairviewcourt.example",
            at="2027-06-09 06:58 +0100",
            style="iphone",
            text="""
I'm the caretaker, I don't handle any invoices. Try the managing agents, accounts@harwoodpm.example
""",
            facts=Facts(contact="accounts@harwoodpm.example"),
        ),
        reply(
            "en-17",
            "en",
            "wrong_contact",
            name="Accounts (unmonitored)",
            addr="accounts@brightwaterleisure.example",
            at="2027-06-11 07:45 +0100",
            style="none",
            headers=AUTO_REPLIED,
            subject="Automatic reply: Overdue reminder – invoice CVW-5182-4",
            text="""
This mailbox is no longer monitored.

Brightwater Leisure moved its finance function to our group shared service centre on 1 June 2027. Supplier invoices, statements and reminders should now be sent to purchase.ledger@brightwatergroup.example. Messages to this address are not read or forwarded.
""",
            facts=Facts(
                contact="purchase.ledger@brightwatergroup.example",
                note="automatic 'no longer monitored' notice naming the new address: wrong_contact",
            ),
        ),
        reply(
            "en-18",
            "en",
            "wrong_contact",
            name="Harbour Point Accounts",
            addr="accounts@harbourpointbc.example",
            at="2027-06-23 23:41 +0100",
            style="gmail_plain",
            text="""
Dear Sir/Madam,

Kindly note that our accounting department has been relocated and this email will be deactivated shortly. Please update your records and direct all future invoices, reminders and banking correspondence to our new email: harbourpoint.finance.dept@gmail.com with immediate effect.

Do not reply to this address.

Regards
Accounts Team
""",
            facts=Facts(
                contact="harbourpoint.finance.dept@gmail.com",
                note="phishing-like redirect request: labelled by what it asks (a new contact); verifying it before use is the collector's job",
            ),
        ),
        reply(
            "en-19",
            "en",
            "unsubscribe",
            name="Frank Bellamy",
            addr="frank@bellamyandsons.example",
            at="2027-06-10 17:12 +0100",
            style="outlook",
            inv="CVW-5010-5",
            text="""
Take me off your mailing list. This is the FOURTH one of these. Stop emailing me.
""",
            facts=Facts(note="irritation, no other request"),
        ),
        reply(
            "en-20",
            "en",
            "unsubscribe",
            name="Deborah Lyle",
            addr="deborah.lyle@millbrookschool.example",
            at="2027-06-25 09:00 +0100",
            style="gmail",
            text="""
Please stop sending these reminders, we paid on the 3rd. I've had four of them now.
""",
            facts=Facts(note="a stop request beats the payment claim"),
        ),
        reply(
            "en-21",
            "en",
            "unsubscribe",
            name="Raymond Okafor",
            addr="r.okafor@okaforholdings.example",
            at="2027-06-30 15:15 +0100",
            style="html_only",
            inv="CVW-4987-4",
            amt="£6,750.00",
            text="""
Dear Sirs,

We refer to your reminder. This matter is now in the hands of our solicitors, Pratt & Lowe LLP. All further correspondence should be addressed to them and not to this office. We will not respond to further emails.

Yours faithfully,

R. Okafor
Director, Okafor Holdings Ltd
""",
            facts=Facts(
                note="'talk to our lawyer' is unsubscribe; no solicitor's address is given"
            ),
        ),
        reply(
            "en-22",
            "en",
            "auto_reply",
            name="Helen Firth",
            addr="h.firth@crownstreetchambers.example",
            at="2027-06-08 08:01 +0100",
            style="none",
            headers=AUTO_REPLIED + XARS,
            subject="Automatic reply: Overdue reminder – invoice CVW-5182-4",
            text="""
Thank you for your email. I am out of the office until Monday 14 June with limited access to email. For urgent facilities matters please call reception on 0161 496 0000.

Helen Firth
Facilities Coordinator
""",
            facts=Facts(back="2027-06-14", note="'until Monday 14 June' is the day back"),
        ),
        reply(
            "en-23",
            "en",
            "auto_reply",
            name="FM Service Desk",
            addr="servicedesk@apexfmservices.example",
            at="2027-06-16 11:03 +0100",
            style="none",
            headers=(("Precedence", "bulk"), ("X-Autoreply", "yes")),
            subject="[INC0048812] Logged: Overdue reminder – invoice CVW-5182-4",
            text="""
Your request has been logged.

Reference: INC0048812
Category: Finance > Supplier queries
Priority: P4

An agent will pick this up within 3 working days. Please keep the reference in the subject line of any reply.

Apex FM Services – Service Desk
""",
            facts=Facts(note="ticket acknowledgement without Auto-Submitted"),
        ),
        reply(
            "en-24",
            "en",
            "auto_reply",
            name="Sam Whitlow",
            addr="sam@whitlowlettings.example",
            at="2027-06-07 12:30 +0100",
            style="none",
            headers=(("X-Autorespond", "Sam Whitlow"),),
            subject="On leave",
            text="""
Hi, I'm on annual leave from 7 June and back in the office on 21 June. Rent and maintenance queries to the office line as usual.

Sam
""",
            facts=Facts(back="2027-06-21", note="hosting autoresponder without Auto-Submitted"),
        ),
        reply(
            "en-25",
            "en",
            "other",
            name="Nadia Farouk",
            addr="nadia.farouk@quayhouse.example",
            at="2027-06-14 09:47 +0100",
            style="outlook",
            subject="Out of office – back now",
            text="""
Hi,

You'll have had my out of office last week – I'm back now. I'll take a look at this today and come back to you.

Nadia
""",
            facts=Facts(
                note="a person writing, despite 'out of office' in the subject; no promise yet"
            ),
        ),
        reply(
            "en-26",
            "en",
            "other",
            name="Ian McLeod",
            addr="ian@mcleodmotors.example",
            at="2027-06-28 14:20 +0100",
            style="gmail",
            text="""
While I have you – can your lads quote for the showroom skylights as well? They're about 6m up. Same visit as the next window clean would suit.
""",
            facts=Facts(note="sales enquiry in the reminder thread"),
        ),
        reply(
            "en-27",
            "en",
            "other",
            name="Bernadette Quinn",
            addr="b.quinn@stmaryscourt.example",
            at="2027-07-02 10:55 +0100",
            style="apple",
            text="""
Hello,

Our new caretaker, Joe, starts on Monday and will need the roof access arrangements for your team. Who should he call to go through them?

Bernadette
""",
            facts=Facts(note="operational question; nothing about the invoice"),
        ),
    ]


# --------------------------------------------------------------------------------------------
# German replies (CEST = +0200)
# --------------------------------------------------------------------------------------------


def german() -> list[Reply]:
    return [
        reply(
            "de-01",
            "de",
            "payment_sent",
            name="Birgit Schönfeld",
            addr="b.schoenfeld@hausverwaltung-lindner.example",
            at="2027-06-09 10:12 +0200",
            style="outlook",
            charset="iso-8859-1",
            inv="CVW-5301-5",
            amt="1.428,00 €",
            text="""
Guten Tag,

die Rechnung CVW-5301-5 über 1.428,00 EUR haben wir am 07.06.2027 überwiesen (Verwendungszweck: CVW-5301-5 / Objekt Lindenhof). Bitte prüfen Sie Ihren Zahlungseingang.

Mit freundlichen Grüßen
Birgit Schönfeld
Hausverwaltung Lindner GmbH
""",
            facts=Facts(
                paid="2027-06-07",
                amount="1428.00",
                currency="EUR",
                refs=("CVW-5301-5",),
                note="ISO-8859-1; the quoted reminder's '€' becomes 'EUR'",
            ),
        ),
        reply(
            "de-02",
            "de",
            "payment_sent",
            name="SAP Zahlungsavis",
            addr="zahlungsavis@rheinland-klinikverbund.example",
            at="2027-06-17 02:14 +0200",
            style="none",
            headers=AUTO_GENERATED,
            subject="Zahlungsavis 2000184533 – Kreditor 300871",
            text="""
ZAHLUNGSAVIS

Sehr geehrte Damen und Herren,

mit Valuta 17.06.2027 überweisen wir Ihnen folgenden Betrag:

Zahlungsbeleg:   2000184533
Kreditor:        300871 Clearview Window Cleaning & Facades
Betrag:          4.632,80 EUR

Ihre Belegnr.      Belegdatum    Bruttobetrag   Skonto
CVW-5288-5         30.04.2027      2.316,40      0,00
CVW-5312-5         14.05.2027      2.316,40      0,00

Diese Nachricht wurde maschinell erstellt und ist ohne Unterschrift gültig.
Rheinland Klinikverbund – Kreditorenbuchhaltung
""",
            facts=Facts(
                paid="2027-06-17",
                ref="2000184533",
                amount="4632.80",
                currency="EUR",
                refs=("CVW-5288-5", "CVW-5312-5"),
                note="SAP payment advice",
            ),
        ),
        reply(
            "de-03",
            "de",
            "promise_to_pay",
            name="Jürgen Wolf",
            addr="j.wolf@wolf-immobilien.example",
            at="2027-06-14 16:33 +0200",
            style="thunderbird",
            text="""
Hallo,

ist notiert, die Zahlung geht spätestens Freitag in KW 26 raus, vorher ist unser Konto durch die Nebenkostenabrechnung blockiert.

Gruß
J. Wolf
""",
            facts=Facts(promised="2027-07-02", note="Friday of ISO week 26 of 2027 is 2 July"),
        ),
        reply(
            "de-04",
            "de",
            "promise_to_pay",
            name="Sekretariat Gymnasium am Stadtpark",
            addr="verwaltung@gymnasium-stadtpark.example",
            at="2027-06-23 11:05 +0200",
            style="outlook_html",
            text="""
Sehr geehrte Damen und Herren,

die Rechnung liegt beim Schulträger zur Freigabe. Wir haben die Anweisung gestern unterschrieben; der Betrag wird mit dem nächsten Zahllauf der Stadtkasse am 30.06. angewiesen.

Mit freundlichen Grüßen
Petra Haag
Schulverwaltungsassistentin
""",
            facts=Facts(
                promised="2027-06-30",
                note="past tense 'unterschrieben' announces a future payment run",
            ),
        ),
        reply(
            "de-05",
            "de",
            "dispute",
            name="Markus Engel",
            addr="m.engel@engel-bueropark.example",
            at="2027-06-10 08:44 +0200",
            style="gmail",
            text="""
Guten Morgen,

wir zahlen die Rechnung nicht, solange die Schäden an der Fassade nicht behoben sind. Ihr Team hat beim Abseilen am 18. Mai zwei Fensterbänke aus Zink verbogen und einen Rollladenkasten beschädigt. Fotos habe ich Ihrem Bauleiter bereits geschickt. Sobald das repariert ist, reden wir über die Rechnung.

Markus Engel
Engel Büropark GmbH & Co. KG
""",
            facts=Facts(note="'we won't pay until the damage is fixed'"),
        ),
        reply(
            "de-06",
            "de",
            "dispute",
            name="Kreditorenbuchhaltung",
            addr="kreditoren@stadtwohnbau-kassel.example",
            at="2027-06-28 13:50 +0200",
            style="outlook",
            charset="windows-1252",
            inv="CVW-5270-6",
            amt="1.160,00 €",
            text="""
Sehr geehrte Damen und Herren,

zu Ihrer Rechnung CVW-5270-6: Die Dachrinnenreinigung am Objekt Weserstraße 12 wurde uns bereits am 02.06.2027 mit der Gutschrift GS-0419 gutgeschrieben, weil der Termin wegen Sturm ausgefallen ist. Die Rechnung ist daher gegenstandslos. Bitte stornieren Sie sie.

Mit freundlichen Grüßen
i. A. Sabine Krüger
Stadtwohnbau Kassel eG
""",
            facts=Facts(refs=("CVW-5270-6",), note="already credited; windows-1252"),
        ),
        reply(
            "de-07",
            "de",
            "payment_plan",
            name="Holger Brandt",
            addr="brandt@hotel-am-kanal.example",
            at="2027-06-16 22:18 +0200",
            style="iphone",
            text="""
Hallo, die Saison läuft bei uns bisher sehr schwach. Können wir den Betrag in drei Raten zahlen, Juli bis September? Erste Rate käme Mitte Juli. Danke für Ihr Verständnis
""",
            facts=Facts(note="instalments; 'Mitte Juli' cannot be pinned to a day"),
        ),
        reply(
            "de-08",
            "de",
            "invoice_request",
            name="Claudia Reimers",
            addr="c.reimers@nordkontor-fm.example",
            at="2027-06-08 14:27 +0200",
            style="outlook_html",
            text="""
Guten Tag,

uns liegt die Rechnung nicht vor. Bitte senden Sie sie als PDF an diese Adresse, mit unserer Bestellnummer BE-27-00912 und der Leistungsadresse, damit wir sie dem richtigen Objekt zuordnen können.

Vielen Dank
Claudia Reimers
Nordkontor Facility Management
""",
        ),
        reply(
            "de-09",
            "de",
            "invoice_request",
            name="Thomas Ruhl",
            addr="thomas.ruhl@ruhl-steuerberatung.example",
            at="2027-06-24 09:02 +0200",
            style="apple",
            text="""
Sehr geehrte Damen und Herren,

wir betreuen die Buchhaltung der Eigentümergemeinschaft Parkstraße 4–8. Für die Freigabe benötigen wir Ihre USt-IdNr. auf der Rechnung und eine Kopie des Leistungsnachweises. Bitte schicken Sie beides direkt an mich.

Mit freundlichen Grüßen
Thomas Ruhl
Steuerberater
""",
            facts=Facts(
                note="tax adviser asks for a VAT number and proof of service before paying"
            ),
        ),
        reply(
            "de-10",
            "de",
            "wrong_contact",
            name="Info Stadtmarkt Süd",
            addr="info@stadtmarkt-sued.example",
            at="2027-06-11 12:12 +0200",
            style="gmail_plain",
            text="""
Hallo,

hier ist der Empfang. Rechnungen bearbeitet bei uns die Zentrale in Mannheim: buchhaltung@stadtmarkt-gruppe.example. Bitte dorthin schicken.

Gruß
""",
            facts=Facts(contact="buchhaltung@stadtmarkt-gruppe.example"),
        ),
        reply(
            "de-11",
            "de",
            "wrong_contact",
            name="Postfach Rechnungseingang",
            addr="rechnung@grauwerk-verwaltung.example",
            at="2027-06-29 06:00 +0200",
            style="none",
            headers=AUTO_REPLIED,
            subject="Automatische Antwort: Zahlungserinnerung – Rechnung CVW-5182-4",
            text="""
Dieses Postfach wird seit dem 01.06.2027 nicht mehr bearbeitet.

Rechnungen und Mahnungen senden Sie bitte ausschließlich an eingangsrechnungen@grauwerk-verwaltung.example. Ihre Nachricht wurde nicht weitergeleitet.
""",
            facts=Facts(
                contact="eingangsrechnungen@grauwerk-verwaltung.example",
                note="automatic 'no longer monitored' notice naming the new address",
            ),
        ),
        reply(
            "de-12",
            "de",
            "unsubscribe",
            name="Dieter Hansen",
            addr="dieter.hansen@t-online.example",
            at="2027-06-12 19:47 +0200",
            style="thunderbird",
            charset="iso-8859-1",
            cte="8bit",
            text="""
Ich möchte keine E-Mails mehr von Ihnen bekommen. Schicken Sie mir Rechnungen per Post, wie vereinbart.

D. Hansen
""",
            facts=Facts(note="post only; ISO-8859-1 in 8bit"),
        ),
        reply(
            "de-13",
            "de",
            "unsubscribe",
            name="Kanzlei Berger & Voss",
            addr="sekretariat@berger-voss-recht.example",
            at="2027-06-25 15:30 +0200",
            style="outlook",
            text="""
Sehr geehrte Damen und Herren,

wir zeigen an, dass wir die Interessen der Firma Albrecht Objektservice GmbH vertreten. Wir bitten Sie, von weiteren direkten Zahlungsaufforderungen an unsere Mandantin abzusehen und sich in dieser Angelegenheit ausschließlich an uns zu wenden.

Mit freundlichen Grüßen
Dr. Anja Berger
Rechtsanwältin
""",
            facts=Facts(note="lawyer's letter: stop contacting the client directly"),
        ),
        reply(
            "de-14",
            "de",
            "auto_reply",
            name="Monika Peters",
            addr="m.peters@peters-hausverwaltung.example",
            at="2027-06-21 07:15 +0200",
            style="none",
            headers=AUTO_REPLIED,
            subject="Abwesenheitsnotiz: Zahlungserinnerung – Rechnung CVW-5182-4",
            text="""
Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 02.07.2027 im Urlaub und ab Montag, den 05.07.2027, wieder im Büro. Ihre E-Mail wird nicht weitergeleitet.

Monika Peters
""",
            facts=Facts(
                back="2027-07-05", note="'bis einschließlich … ab Montag wieder': the day back"
            ),
        ),
        reply(
            "de-15",
            "de",
            "auto_reply",
            name="Schulsekretariat Realschule Hainberg",
            addr="sekretariat@rs-hainberg.example",
            at="2027-06-30 12:00 +0200",
            style="none",
            subject="Re: Zahlungserinnerung – Rechnung CVW-5182-4",
            text="""
Sehr geehrte Absender,

das Sekretariat ist während der Sommerferien nicht besetzt. Ihre Nachricht wird nach den Sommerferien bearbeitet.

Realschule Hainberg
""",
            facts=Facts(
                note="school holiday autoresponder without Auto-Submitted; 'nach den Sommerferien' gives no day"
            ),
        ),
        reply(
            "de-16",
            "de",
            "other",
            name="Uwe Kaminski",
            addr="hausmeister@wohnpark-ahornweg.example",
            at="2027-06-18 17:02 +0200",
            style="iphone",
            text="""
hallo, wann kommen ihre leute das naechste mal? die mieter fragen wegen der balkone, ich muss das vorher aushaengen
""",
            facts=Facts(note="scheduling question; no umlauts, no capitals"),
        ),
    ]


# --------------------------------------------------------------------------------------------
# French replies (+0200)
# --------------------------------------------------------------------------------------------


def french() -> list[Reply]:
    return [
        reply(
            "fr-01",
            "fr",
            "payment_sent",
            name="Sandrine Morel",
            addr="s.morel@residences-vauban.example",
            at="2027-06-15 10:41 +0200",
            style="outlook_html",
            inv="CVW-5322-5",
            amt="1 872,00 €",
            text="""
Bonjour,

Le virement de 1 872,00 € a été émis hier, 14 juin, référence VIR-2706-3381. Il devrait apparaître sur votre compte d'ici 48 heures.

Cordialement,
Sandrine Morel
Service comptabilité – Résidences Vauban
""",
            facts=Facts(paid="2027-06-14", ref="VIR-2706-3381", amount="1872.00", currency="EUR"),
        ),
        reply(
            "fr-02",
            "fr",
            "promise_to_pay",
            name="Hôtel Les Tilleuls",
            addr="direction@hotel-lestilleuls.example",
            at="2027-06-09 18:20 +0200",
            style="iphone",
            text="""
Bonsoir, c'est noté, je fais le virement vendredi sans faute. Désolé pour le retard. Olivier
""",
            facts=Facts(promised="2027-06-11"),
        ),
        reply(
            "fr-03",
            "fr",
            "promise_to_pay",
            name="Karine Dubois",
            addr="karine.dubois@gestion-immo-lyon.example",
            at="2027-06-22 09:55 +0200",
            style="gmail",
            text="""
Bonjour,

La facture est validée. Le paiement part avec notre campagne de règlements du 5 juillet.

Bonne journée,
Karine
""",
            facts=Facts(promised="2027-07-05"),
        ),
        reply(
            "fr-04",
            "fr",
            "dispute",
            name="Laurent Girard",
            addr="l.girard@centre-commercial-lesarcades.example",
            at="2027-06-10 11:11 +0200",
            style="outlook",
            charset="iso-8859-1",
            inv="CVW-5333-5",
            amt="3 240,00 €",
            text="""
Bonjour,

Nous contestons la facture CVW-5333-5. Le contrat prévoit 2 passages par mois sur les vitrages du mail, or vos équipes ne sont venues qu'une seule fois en avril. Nous réglerons la moitié du montant à réception d'un avoir.

Cordialement,
Laurent Girard
Responsable technique
""",
            facts=Facts(refs=("CVW-5333-5",), note="service only half done; ISO-8859-1"),
        ),
        reply(
            "fr-05",
            "fr",
            "dispute",
            name="Nathalie Perrin",
            addr="nperrin@collegejeanmoulin.example",
            at="2027-06-24 14:06 +0200",
            style="thunderbird",
            text="""
Bonjour,

Cette facture ne correspond a aucun bon de commande de l'etablissement. Nous n'avons jamais commande de nettoyage de gouttieres. Merci de verifier, il doit s'agir d'un autre client.

N. Perrin
Gestionnaire
""",
            facts=Facts(note="not our order; accents missing"),
        ),
        reply(
            "fr-06",
            "fr",
            "payment_plan",
            name="Amandine Roux",
            addr="amandine.roux@orange.example",
            at="2027-06-16 20:30 +0200",
            style="gmail_plain",
            text="""
Bonsoir,

Je suis en difficulté en ce moment (arrêt maladie depuis avril). Serait-il possible de régler en quatre fois, 200 € par mois ? Je peux commencer début juillet.

Merci de votre compréhension,
Amandine Roux
""",
            facts=Facts(note="hardship and instalments"),
        ),
        reply(
            "fr-07",
            "fr",
            "payment_plan",
            name="SCI Les Peupliers",
            addr="gerance@sci-lespeupliers.example",
            at="2027-06-29 08:37 +0200",
            style="outlook",
            text="""
Bonjour,

Pourriez-vous nous accorder un délai jusqu'à mi-juillet ? Un locataire important ne nous a pas encore payé le trimestre.

Cordialement,
La gérance
""",
            facts=Facts(note="asks for more time; 'mi-juillet' has no day"),
        ),
        reply(
            "fr-08",
            "fr",
            "invoice_request",
            name="Comptabilité fournisseurs",
            addr="cptfournisseurs@groupe-hotelier-azur.example",
            at="2027-06-08 09:12 +0200",
            style="outlook_html",
            text="""
Bonjour,

Pour pouvoir payer, nous avons besoin d'un RIB à en-tête de votre société. Notre procédure anti-fraude ne permet pas d'utiliser les coordonnées bancaires imprimées sur la facture.

Merci d'avance,
Comptabilité fournisseurs
""",
            facts=Facts(note="bank details on letterhead needed before paying"),
        ),
        reply(
            "fr-09",
            "fr",
            "invoice_request",
            name="Marc Lefèvre",
            addr="marc.lefevre@syndic-lefevre.example",
            at="2027-06-18 16:00 +0200",
            style="apple",
            text="""
Bonjour,

C'est pour quel immeuble ? Nous gérons une trentaine de copropriétés. Envoyez-moi la facture détaillée avec l'adresse d'intervention et je la passe au règlement.

Marc Lefèvre
""",
            facts=Facts(note="which building? send the detailed invoice"),
        ),
        reply(
            "fr-10",
            "fr",
            "wrong_contact",
            name="Julie Martin",
            addr="julie.martin@ehpad-lescedres.example",
            at="2027-06-11 13:13 +0200",
            style="gmail",
            text="""
Bonjour,

Je ne m'occupe plus de la comptabilité depuis mars. Merci d'écrire désormais à ma collègue Céline Bonnet : compta@ehpad-lescedres.example.

Bonne journée
""",
            facts=Facts(contact="compta@ehpad-lescedres.example"),
        ),
        reply(
            "fr-11",
            "fr",
            "unsubscribe",
            name="Gérard Fabre",
            addr="gerard.fabre@fabre-immobilier.example",
            at="2027-06-14 17:45 +0200",
            style="outlook",
            text="""
Arrêtez de m'envoyer ces relances. J'ai déjà payé et je ne veux plus recevoir de mails de votre part.
""",
            facts=Facts(note="stop request beats the payment claim"),
        ),
        reply(
            "fr-12",
            "fr",
            "unsubscribe",
            name="Cabinet Roche Avocats",
            addr="contact@roche-avocats.example",
            at="2027-06-30 10:20 +0200",
            style="outlook_html",
            text="""
Madame, Monsieur,

Nous intervenons pour le compte de la société Bâtir Services. Toute correspondance relative à cette facture devra désormais nous être adressée par courrier, à notre cabinet. Nous vous demandons de cesser tout envoi électronique à notre cliente.

Maître Hélène Roche
""",
            facts=Facts(note="lawyer, post only"),
        ),
        reply(
            "fr-13",
            "fr",
            "auto_reply",
            name="Isabelle Garnier",
            addr="i.garnier@lycee-descartes.example",
            at="2027-06-07 08:00 +0200",
            style="none",
            headers=AUTO_REPLIED,
            subject="Réponse automatique : Rappel d'échéance – facture CVW-5182-4",
            text="""
Bonjour,

Je suis absente jusqu'au 18 juin inclus. Je traiterai votre message à mon retour le lundi 21 juin.

Isabelle Garnier
Intendance
""",
            facts=Facts(back="2027-06-21"),
        ),
        reply(
            "fr-14",
            "fr",
            "auto_reply",
            name="Support Multiservices Atlantique",
            addr="support@msatlantique.example",
            at="2027-06-25 15:48 +0200",
            style="notice_html",
            headers=AUTO_GENERATED,
            subject="[Ticket #20731] Accusé de réception",
            text="""
Bonjour,

Votre demande a bien été enregistrée sous le numéro #20731. Un conseiller vous répondra dans les meilleurs délais.

Ceci est un message automatique, merci de ne pas y répondre.
""",
            facts=Facts(note="ticket acknowledgement"),
        ),
        reply(
            "fr-15",
            "fr",
            "other",
            name="Patrick Noël",
            addr="p.noel@residence-leparc.example",
            at="2027-06-17 12:30 +0200",
            style="iphone",
            text="""
Bien reçu. Vous pouvez me rappeler ? 06 00 00 00 00
""",
            facts=Facts(note="asks for a call; nothing else"),
        ),
        reply(
            "fr-16",
            "fr",
            "other",
            name="Françoise Lambert",
            addr="f.lambert@clinique-saintroch.example",
            at="2027-07-01 11:25 +0200",
            style="outlook",
            text="""
Bonjour,

La clinique a été rachetée par le groupe Santéa au 1er juin. Je ne sais pas encore qui reprend les contrats fournisseurs ; je reviens vers vous dès que j'ai l'information.

Françoise Lambert
""",
            facts=Facts(note="takeover; no new contact yet, nothing promised"),
        ),
    ]


# --------------------------------------------------------------------------------------------
# Spanish replies (+0200)
# --------------------------------------------------------------------------------------------


def spanish() -> list[Reply]:
    return [
        reply(
            "es-01",
            "es",
            "payment_sent",
            name="Lucía Serrano",
            addr="lucia.serrano@centrocomercialalameda.example",
            at="2027-06-08 12:05 +0200",
            style="outlook_html",
            text="""
Buenos días:

Les adjunto los datos: transferencia realizada el 4 de junio por importe de 964,80 €, referencia 0049-7731-22. Por favor, confirmen la recepción.

Saludos,
Lucía Serrano
Administración – C.C. Alameda
""",
            facts=Facts(paid="2027-06-04", ref="0049-7731-22", amount="964.80", currency="EUR"),
        ),
        reply(
            "es-02",
            "es",
            "payment_sent",
            name="Javier Ortega",
            addr="javi.ortega@gmail.com",
            at="2027-06-21 22:40 +0200",
            style="android",
            text="""
Hecho
""",
            facts=Facts(note="'done', no date; free-mail persona"),
        ),
        reply(
            "es-03",
            "es",
            "promise_to_pay",
            name="María José Pardo",
            addr="mjpardo@residencialoslagos.example",
            at="2027-06-17 10:30 +0200",
            style="gmail",
            text="""
Hola,

Lo pagamos la semana que viene, el miércoles, que es cuando la junta firma los pagos.

Un saludo,
María José
""",
            facts=Facts(
                promised="2027-06-23",
                note="'la semana que viene, el miércoles' from Thursday 17 June",
            ),
        ),
        reply(
            "es-04",
            "es",
            "dispute",
            name="Andrés Molina",
            addr="amolina@hotelmiramar.example",
            at="2027-06-11 09:20 +0200",
            style="outlook",
            charset="iso-8859-1",
            inv="CVW-5341-5",
            amt="2.760,00 €",
            text="""
Buenos días:

No vamos a pagar la factura CVW-5341-5 hasta que vuelvan a limpiar las cristaleras de la terraza. Quedaron con marcas de agua y los clientes se quejaron. Lo comuniqué por teléfono el día 20 de mayo.

Atentamente,
Andrés Molina
Jefe de Mantenimiento
""",
            facts=Facts(refs=("CVW-5341-5",), note="'won't pay until re-cleaned'; ISO-8859-1"),
        ),
        reply(
            "es-05",
            "es",
            "dispute",
            name="Rocío Vidal",
            addr="rvidal@comunidadplazamayor.example",
            at="2027-06-23 13:45 +0200",
            style="apple",
            text="""
Hola,

La factura cobra 12 horas de plataforma elevadora y el trabajo duró 4. Tenemos el parte firmado por vuestro operario. Mandad una factura corregida.

Rocío
""",
            facts=Facts(note="wrong quantity"),
        ),
        reply(
            "es-06",
            "es",
            "payment_plan",
            name="Ernesto Campos",
            addr="ecampos@camposgestion.example",
            at="2027-06-14 16:10 +0200",
            style="thunderbird",
            charset="windows-1252",
            text="""
Buenas tardes:

Estamos pasando un momento complicado. ¿Podríamos pagar 300 € ahora y el resto en dos plazos en julio y agosto?

Gracias,
Ernesto Campos
""",
            facts=Facts(note="windows-1252"),
        ),
        reply(
            "es-07",
            "es",
            "payment_plan",
            name="Colegio San Ignacio – Administración",
            addr="administracion@colegiosanignacio.example",
            at="2027-06-28 11:00 +0200",
            style="outlook_html",
            text="""
Buenos días:

Les escribimos para pedir un aplazamiento. Hasta después de la cosecha no cobramos la subvención de la cooperativa que financia el mantenimiento del edificio. ¿Sería posible aplazar el pago sin recargo?

Un cordial saludo,
Administración
""",
            facts=Facts(note="'después de la cosecha': more time, no date"),
        ),
        reply(
            "es-08",
            "es",
            "invoice_request",
            name="Pilar Navarro",
            addr="pnavarro@navarroasesores.example",
            at="2027-06-09 17:50 +0200",
            style="gmail_plain",
            text="""
Hola,

No nos ha llegado esa factura. ¿Podéis reenviarla? Y si es posible, también el certificado de estar al corriente con Hacienda, que lo pide nuestro cliente para pagar a proveedores.

Gracias
Pilar
""",
            facts=Facts(note="copy plus tax certificate"),
        ),
        reply(
            "es-09",
            "es",
            "invoice_request",
            name="Tomás Gil",
            addr="tgil@hospitalsantelmo.example",
            at="2027-06-30 08:25 +0200",
            style="outlook",
            text="""
Buenos días:

Para tramitarla necesitamos que la factura se presente a través de FACe con el código DIR3 de la unidad tramitadora (GE0001234). Por correo electrónico no podemos aceptarla.

Saludos cordiales,
Tomás Gil
Contabilidad – Hospital San Telmo
""",
            facts=Facts(note="needs the invoice resubmitted through the public e-invoicing portal"),
        ),
        reply(
            "es-10",
            "es",
            "wrong_contact",
            name="Recepción Edificio Torre Norte",
            addr="recepcion@torrenorte.example",
            at="2027-06-10 10:02 +0200",
            style="iphone",
            text="""
Hola, esto no es para nosotros, somos la recepción. Las facturas las lleva la administradora de fincas: facturas@adminfincasruiz.example
""",
            facts=Facts(contact="facturas@adminfincasruiz.example"),
        ),
        reply(
            "es-11",
            "es",
            "wrong_contact",
            name="Alberto Cano",
            addr="alberto.cano@logisticacano.example",
            at="2027-06-24 12:40 +0200",
            style="gmail",
            text="""
Buenas, se han equivocado de dirección. Yo no tengo ningún contrato con ustedes, esto será para otro Alberto Cano.
""",
            facts=Facts(note="wrong recipient, no new address"),
        ),
        reply(
            "es-12",
            "es",
            "unsubscribe",
            name="Carmen Rubio",
            addr="carmen.rubio@rubioyasociados.example",
            at="2027-06-15 19:19 +0200",
            style="outlook",
            text="""
Por favor, dejen de enviarnos correos. Cualquier comunicación, por carta certificada a nuestra sede.
""",
            facts=Facts(note="post only"),
        ),
        reply(
            "es-13",
            "es",
            "unsubscribe",
            name="Fernando Luque",
            addr="fluque@luque-abogados.example",
            at="2027-06-29 09:09 +0200",
            style="outlook_html",
            text="""
Estimados señores:

Como letrado de Inmobiliaria Sotomayor, S.L., les ruego que no vuelvan a dirigirse directamente a mi representada. Cualquier reclamación deberá remitirse a este despacho.

Atentamente,
Fernando Luque
Abogado
""",
            facts=Facts(note="lawyer; no address beyond his own"),
        ),
        reply(
            "es-14",
            "es",
            "auto_reply",
            name="Elena Domínguez",
            addr="elena.dominguez@parqueempresarialsur.example",
            at="2027-06-18 14:00 +0200",
            style="none",
            headers=AUTO_REPLIED + XARS,
            subject="Respuesta automática: Aviso de vencimiento – factura CVW-5182-4",
            text="""
Gracias por su mensaje. Estaré fuera de la oficina hasta el 2 de julio. Para asuntos urgentes, contacte con administracion@parqueempresarialsur.example.

Elena Domínguez
""",
            facts=Facts(
                back="2027-07-02",
                note="'hasta el 2 de julio' is that date; a colleague's address in an auto-reply is not a new contact",
            ),
        ),
        reply(
            "es-15",
            "es",
            "other",
            name="Jorge Blanco",
            addr="jorge.blanco@hotmail.com",
            at="2027-06-12 11:33 +0200",
            style="gmail_plain",
            text="""
¿Esto es real? No conozco ninguna empresa Clearview y el enlace de vuestra firma no abre. No pienso pagar nada sin hablar antes con alguien por teléfono.
""",
            facts=Facts(note="suspicion of a scam; a person must answer"),
        ),
        reply(
            "es-16",
            "es",
            "other",
            name="Silvia Herrera",
            addr="sherrera@residenciaelolivo.example",
            at="2027-07-02 13:15 +0200",
            style="iphone",
            text="""
Recibido, se lo paso a contabilidad.
""",
            facts=Facts(note="acknowledged and passed on, nothing committed"),
        ),
    ]


# --------------------------------------------------------------------------------------------
# Dutch replies (+0200)
# --------------------------------------------------------------------------------------------


def dutch() -> list[Reply]:
    return [
        reply(
            "nl-01",
            "nl",
            "payment_sent",
            name="Ingrid de Vries",
            addr="i.devries@vve-havenkwartier.example",
            at="2027-06-08 09:40 +0200",
            style="outlook",
            inv="CVW-5355-5",
            amt="€ 1.540,25",
            text="""
Goedemorgen,

Factuur 5355-5 is gisteren voldaan, € 1.540,25 onder vermelding van het factuurnummer.

Met vriendelijke groet,
Ingrid de Vries
Penningmeester VvE Havenkwartier
""",
            facts=Facts(paid="2027-06-07", amount="1540.25", currency="EUR", refs=("CVW-5355-5",)),
        ),
        reply(
            "nl-02",
            "nl",
            "payment_sent",
            name="Ruud Bakker",
            addr="ruud@bakkervastgoed.example",
            at="2027-06-19 10:58 +0200",
            style="iphone",
            text="""
Is betaald hoor, donderdag al
""",
            facts=Facts(paid="2027-06-17", note="'donderdag' before Saturday 19 June"),
        ),
        reply(
            "nl-03",
            "nl",
            "promise_to_pay",
            name="Femke Jansen",
            addr="f.jansen@woonstichting-deschakel.example",
            at="2027-06-10 15:22 +0200",
            style="outlook_html",
            text="""
Beste heer/mevrouw,

De factuur is goedgekeurd en staat ingepland voor onze betaalrun van dinsdag 15 juni.

Met vriendelijke groet,
Femke Jansen
Crediteurenadministratie Woonstichting De Schakel
""",
            facts=Facts(promised="2027-06-15"),
        ),
        reply(
            "nl-04",
            "nl",
            "promise_to_pay",
            name="Hotel De Gouden Leeuw",
            addr="administratie@goudenleeuw.example",
            at="2027-06-25 17:05 +0200",
            style="gmail",
            text="""
Hoi,

Excuses, dit is erdoorheen geglipt. Ik maak het maandag over.

Groet,
Sanne
""",
            facts=Facts(promised="2027-06-28"),
        ),
        reply(
            "nl-05",
            "nl",
            "dispute",
            name="Pieter Mulder",
            addr="p.mulder@bedrijvenpark-oost.example",
            at="2027-06-16 11:45 +0200",
            style="thunderbird",
            text="""
Goedendag,

Op deze factuur staan de dakgoten van hal C, maar hal C is in maart gesloopt. Die kunnen dus niet schoongemaakt zijn. Graag een creditnota.

Pieter Mulder
Facilitair beheer
""",
            facts=Facts(note="service impossible; credit note asked"),
        ),
        reply(
            "nl-06",
            "nl",
            "payment_plan",
            name="Kees van Dijk",
            addr="kees@vandijkwinkels.example",
            at="2027-06-14 20:12 +0200",
            style="gmail_plain",
            text="""
Hallo,

Door de wegwerkzaamheden voor onze winkels is de omzet ingestort. Kunnen we een betalingsregeling treffen, bijvoorbeeld in 4 maandelijkse termijnen?

Kees van Dijk
""",
        ),
        reply(
            "nl-07",
            "nl",
            "payment_plan",
            name="Marloes Smit",
            addr="m.smit@basisschool-devlinder.example",
            at="2027-06-29 13:00 +0200",
            style="outlook",
            text="""
Beste,

Ons budget voor onderhoud is op tot het nieuwe schooljaar. Kunnen we de betaling een paar weken uitstellen, of in twee delen betalen?

Met vriendelijke groet,
Marloes Smit
Administratie
""",
        ),
        reply(
            "nl-08",
            "nl",
            "invoice_request",
            name="Crediteuren Zorggroep Rivierenland",
            addr="crediteuren@zorggroep-rivierenland.example",
            at="2027-06-09 08:33 +0200",
            style="outlook_html",
            text="""
Geachte leverancier,

Wij kunnen uw factuur niet verwerken zonder ons inkoopordernummer en kostenplaats. Wilt u de factuur opnieuw indienen met het ordernummer dat u van de afdeling Facilitair hebt ontvangen?

Met vriendelijke groet,
Crediteurenadministratie
""",
        ),
        reply(
            "nl-09",
            "nl",
            "invoice_request",
            name="Bart Hendriks",
            addr="bart.hendriks@hendriks-beheer.example",
            at="2027-06-22 16:16 +0200",
            style="apple",
            text="""
Hoi,

Kunnen jullie een rekeningoverzicht sturen? Ik zie bij ons drie openstaande facturen en wil ze in één keer betalen.

Bart
""",
        ),
        reply(
            "nl-10",
            "nl",
            "wrong_contact",
            name="Esther Visser",
            addr="e.visser@kantoorpand-zuidas.example",
            at="2027-06-11 10:21 +0200",
            style="gmail",
            text="""
Goedemorgen,

Ik werk hier sinds mei niet meer. Facturen graag naar Jeroen Bos: j.bos@kantoorpand-zuidas.example.

Groet,
Esther
""",
            facts=Facts(contact="j.bos@kantoorpand-zuidas.example"),
        ),
        reply(
            "nl-11",
            "nl",
            "wrong_contact",
            name="Postbus Facturen",
            addr="facturen@winkelcentrum-delinde.example",
            at="2027-06-26 04:30 +0200",
            style="none",
            headers=AUTO_REPLIED,
            subject="Automatisch antwoord: Betalingsherinnering – factuur CVW-5182-4",
            text="""
Dit e-mailadres wordt niet meer gelezen. Stuur facturen en herinneringen voortaan naar crediteuren@delinde-beheer.example.
""",
            facts=Facts(
                contact="crediteuren@delinde-beheer.example",
                note="automatic 'no longer read' notice naming the new address",
            ),
        ),
        reply(
            "nl-12",
            "nl",
            "unsubscribe",
            name="Henk Brouwer",
            addr="henk.brouwer@ziggo.example",
            at="2027-06-18 21:50 +0200",
            style="iphone",
            text="""
Haal me van jullie lijst. Ik wil geen mails meer.
""",
        ),
        reply(
            "nl-13",
            "nl",
            "auto_reply",
            name="Linda Meijer",
            addr="l.meijer@vve-parkzicht.example",
            at="2027-06-21 06:05 +0200",
            style="none",
            headers=AUTO_REPLIED,
            subject="Afwezig: Betalingsherinnering – factuur CVW-5182-4",
            text="""
Bedankt voor uw bericht. Ik ben met vakantie en vanaf maandag 5 juli weer aanwezig. Uw e-mail wordt niet doorgestuurd.

Linda Meijer
""",
            facts=Facts(back="2027-07-05"),
        ),
        reply(
            "nl-14",
            "nl",
            "auto_reply",
            name="Servicedesk FMN",
            addr="servicedesk@facilitair-midden.example",
            at="2027-06-30 09:00 +0200",
            style="notice_html",
            headers=AUTO_GENERATED,
            subject="Melding 2027-11842 ontvangen",
            text="""
Beste melder,

Uw melding is geregistreerd onder nummer 2027-11842. Wij nemen binnen vijf werkdagen contact met u op.

Servicedesk Facilitair Midden-Nederland
""",
            facts=Facts(note="ticket acknowledgement"),
        ),
        reply(
            "nl-15",
            "nl",
            "other",
            name="Rob Peeters",
            addr="rob.peeters@peeters-kantoren.example",
            at="2027-06-15 12:20 +0200",
            style="gmail",
            text="""
Hallo, kunnen jullie volgende keer ook de zonwering meenemen? Wat kost dat ongeveer?
""",
            facts=Facts(note="quote request"),
        ),
        reply(
            "nl-16",
            "nl",
            "other",
            name="Anouk de Boer",
            addr="anouk@deboer-winkelbeheer.example",
            at="2027-07-01 14:44 +0200",
            style="outlook",
            text="""
Goedemiddag,

Wij hebben het pand per 1 juni verkocht. Ik heb geen idee wie de nieuwe eigenaar is, de notaris heeft dat. Succes ermee.

Anouk de Boer
""",
            facts=Facts(note="building sold, no new contact given"),
        ),
    ]


# --------------------------------------------------------------------------------------------
# Italian replies (+0200)
# --------------------------------------------------------------------------------------------


def italian() -> list[Reply]:
    return [
        reply(
            "it-01",
            "it",
            "payment_sent",
            name="Giulia Ferri",
            addr="g.ferri@condominiovillaflora.example",
            at="2027-06-09 11:30 +0200",
            style="outlook_html",
            inv="CVW-5370-5",
            amt="€ 2.098,60",
            text="""
Buongiorno,

vi comunico che il bonifico di € 2.098,60 per la fattura CVW-5370-5 è stato eseguito l'8 giugno, CRO 0321874562019.

Cordiali saluti
Giulia Ferri
Amministrazione Condominio Villa Flora
""",
            facts=Facts(
                paid="2027-06-08",
                ref="0321874562019",
                amount="2098.60",
                currency="EUR",
                refs=("CVW-5370-5",),
            ),
        ),
        reply(
            "it-02",
            "it",
            "payment_sent",
            name="Paolo Greco",
            addr="paolo.greco@libero.example",
            at="2027-06-22 19:02 +0200",
            style="iphone",
            text="""
Pagato ieri sera con carta dal vostro portale. Saluti
""",
            facts=Facts(paid="2027-06-21", note="card payment 'ieri sera'"),
        ),
        reply(
            "it-03",
            "it",
            "promise_to_pay",
            name="Francesca Conti",
            addr="f.conti@hotelbellavista.example",
            at="2027-06-11 10:15 +0200",
            style="gmail",
            text="""
Buongiorno,

provvederemo al pagamento entro il 20 del mese. Scusate il ritardo.

Francesca Conti
Hotel Bellavista
""",
            facts=Facts(promised="2027-06-20"),
        ),
        reply(
            "it-04",
            "it",
            "promise_to_pay",
            name="Roberto Marini",
            addr="r.marini@scuola-manzoni.example",
            at="2027-06-24 12:50 +0200",
            style="outlook",
            charset="iso-8859-1",
            text="""
Buongiorno,

il mandato di pagamento è stato firmato dal dirigente ieri; la banca tesoriera lo esegue di norma entro una settimana o due.

Cordiali saluti
Roberto Marini
DSGA – Istituto Comprensivo Manzoni
""",
            facts=Facts(
                note="past-tense signature announces a payment 'in a week or two': no date; ISO-8859-1"
            ),
        ),
        reply(
            "it-05",
            "it",
            "dispute",
            name="Luca Bianchi",
            addr="luca.bianchi@centrodirezionale-meridiana.example",
            at="2027-06-14 09:05 +0200",
            style="thunderbird",
            inv="CVW-5381-5",
            amt="€ 4.270,00",
            text="""
Buongiorno,

la fattura CVW-5381-5 riporta la pulizia di 3 facciate, ma l'ordine era per 2 (la facciata nord è in ristrutturazione e coperta da ponteggi). Non paghiamo finché non arriva una nota di credito.

Luca Bianchi
Ufficio Tecnico
""",
            facts=Facts(refs=("CVW-5381-5",)),
        ),
        reply(
            "it-06",
            "it",
            "dispute",
            name="Chiara Romano",
            addr="chiara.romano@gmail.com",
            at="2027-06-28 22:10 +0200",
            style="android",
            text="""
Ma la fattura l'abbiamo gia pagata due volte, una a maggio e una per errore a giugno. Altro che sollecito, dovete restituirci i soldi
""",
            facts=Facts(
                note="claims a double payment and wants a refund: disputes the balance; accents missing"
            ),
        ),
        reply(
            "it-07",
            "it",
            "payment_plan",
            name="Stefano Galli",
            addr="s.galli@galliimmobiliare.example",
            at="2027-06-15 16:40 +0200",
            style="outlook",
            text="""
Buongiorno,

è possibile rateizzare l'importo in tre rate mensili? Il periodo è difficile, molti inquilini sono in ritardo con gli affitti.

Grazie
Stefano Galli
""",
        ),
        reply(
            "it-08",
            "it",
            "payment_plan",
            name="Elisa Fontana",
            addr="e.fontana@rsa-ilgirasole.example",
            at="2027-06-30 10:00 +0200",
            style="gmail_plain",
            text="""
Buongiorno,

potremmo saldare subito metà e il resto a settembre? Aspettiamo il rimborso della Regione.

Cordialmente,
Elisa Fontana
""",
        ),
        reply(
            "it-09",
            "it",
            "invoice_request",
            name="Amministrazione Ospedale San Luca",
            addr="fatture@ospedalesanluca.example",
            at="2027-06-10 13:20 +0200",
            style="outlook_html",
            text="""
Gentili Signori,

la fattura non risulta pervenuta tramite SdI. Vi preghiamo di trasmetterla in formato elettronico con il codice univoco ufficio UFK9PZ e il CIG del contratto.

Distinti saluti
Ufficio Liquidazioni
""",
            facts=Facts(note="e-invoice through SdI needed before payment"),
        ),
        reply(
            "it-10",
            "it",
            "wrong_contact",
            name="Portineria Palazzo Reale Uffici",
            addr="portineria@palazzorealeuffici.example",
            at="2027-06-12 08:50 +0200",
            style="iphone",
            text="""
Buongiorno, qui è la portineria. Per le fatture scrivete all'amministratore, studio.rossi@amministrazionirossi.example
""",
            facts=Facts(contact="studio.rossi@amministrazionirossi.example"),
        ),
        reply(
            "it-11",
            "it",
            "wrong_contact",
            name="Marco Esposito",
            addr="marco.esposito@espositosrl.example",
            at="2027-06-25 11:11 +0200",
            style="gmail",
            text="""
Buongiorno,

non mi occupo più dei pagamenti fornitori. Inoltro per conoscenza a Valentina Russo (Valentina.Russo@EspositoSrl.example), che da luglio segue la contabilità.

Marco Esposito
""",
            headers=(("Cc", "Valentina Russo <Valentina.Russo@EspositoSrl.example>"),),
            facts=Facts(
                contact="valentina.russo@espositosrl.example",
                note="mixed-case address copied in Cc, labelled in lower case",
            ),
        ),
        reply(
            "it-12",
            "it",
            "unsubscribe",
            name="Alessandro Ricci",
            addr="a.ricci@riccicostruzioni.example",
            at="2027-06-17 18:30 +0200",
            style="outlook",
            text="""
Vi chiedo di cancellare il mio indirizzo dalla vostra lista. Non voglio più ricevere solleciti via e-mail.
""",
        ),
        reply(
            "it-13",
            "it",
            "unsubscribe",
            name="Studio Legale Moretti",
            addr="segreteria@studiolegalemoretti.example",
            at="2027-06-29 12:05 +0200",
            style="html_only",
            text="""
Egregi Signori,

in nome e per conto della Moretti Hotels S.r.l., vi invitiamo a cessare ogni comunicazione diretta con la nostra assistita. Qualsiasi richiesta dovrà essere indirizzata esclusivamente a questo studio.

Avv. Giovanni Moretti
""",
        ),
        reply(
            "it-14",
            "it",
            "auto_reply",
            name="Sara Colombo",
            addr="s.colombo@centroservizilombardia.example",
            at="2027-06-07 09:00 +0200",
            style="none",
            headers=AUTO_REPLIED,
            subject="Risposta automatica: Promemoria di pagamento – fattura CVW-5182-4",
            text="""
Grazie per il messaggio. Sarò fuori ufficio fino a venerdì 11 giugno compreso e rientrerò lunedì 14 giugno.

Sara Colombo
""",
            facts=Facts(back="2027-06-14", note="the stated day back wins"),
        ),
        reply(
            "it-15",
            "it",
            "auto_reply",
            name="Ufficio Acquisti",
            addr="acquisti@gruppoalberghieroadriatico.example",
            at="2027-06-23 15:30 +0200",
            style="none",
            subject="Ufficio chiuso",
            text="""
Gentile cliente,

l'ufficio acquisti è chiuso per inventario. Risponderemo alla Sua e-mail al più presto.

Gruppo Alberghiero Adriatico
""",
            facts=Facts(note="closure notice without Auto-Submitted or a day back"),
        ),
        reply(
            "it-16",
            "it",
            "other",
            name="Davide Lombardi",
            addr="davide@lombardiottica.example",
            at="2027-06-16 14:25 +0200",
            style="gmail",
            text="""
Buongiorno, potete venire anche per le vetrine interne del negozio? Quanto costerebbe un intervento al mese?
""",
            facts=Facts(note="quote request"),
        ),
        reply(
            "it-17",
            "it",
            "other",
            name="Anna Barbieri",
            addr="anna.barbieri@barbieriarredamenti.example",
            at="2027-07-02 09:45 +0200",
            style="iphone",
            text="""
Ricevuto, grazie. Ne parlo con mio marito stasera.
""",
            facts=Facts(note="acknowledged, nothing committed"),
        ),
    ]


# --------------------------------------------------------------------------------------------
# Delivery reports: skeletons generated, human-readable text written out one by one
# --------------------------------------------------------------------------------------------


def bounce(
    key: str,
    lang: str,
    *,
    kind: str,
    status: str,
    rcpt: str,
    at: str,
    style: str,
    mta: str,
    diag: str,
    human: str,
    note: str | None = None,
) -> Bounce:
    return Bounce(
        key=key,
        lang=lang,
        kind=kind,
        status=status,
        rcpt=rcpt,
        when=when(at),
        style=style,
        human=human.strip("\n"),
        diag=diag,
        mta=mta,
        note=note,
    )


def bounces() -> list[Bounce]:
    return [
        bounce(
            "bo-01",
            "en",
            kind="hard",
            status="5.1.1",
            rcpt="accounts@greyfriarsoffices.example",
            at="2027-06-08 06:41 +0100",
            style="dsn:Undelivered Mail Returned to Sender",
            mta="mx1.greyfriarsoffices.example",
            diag="550 5.1.1 <accounts@greyfriarsoffices.example>: Recipient address rejected: User unknown in virtual mailbox table",
            human="""
This is the mail system at host mx1.greyfriarsoffices.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<accounts@greyfriarsoffices.example>: host mx1.greyfriarsoffices.example[192.0.2.25]
    said: 550 5.1.1 <accounts@greyfriarsoffices.example>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)
""",
            note="Postfix RFC 3464 report",
        ),
        bounce(
            "bo-02",
            "en",
            kind="hard",
            status="5.1.1",
            rcpt="finance@pembertonlofts.example",
            at="2027-06-15 06:44 +0100",
            style="plain:failure notice",
            mta="mail.pembertonlofts.example",
            diag="",
            human="""
Hi. This is the qmail-send program at mail.pembertonlofts.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<finance@pembertonlofts.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <receivables@clearview-facades.example>
From: Accounts Receivable <receivables@clearview-facades.example>
To: finance@pembertonlofts.example
Subject: Overdue reminder - invoice CVW-5182-4
""",
            note="qmail plain-text notice",
        ),
        bounce(
            "bo-03",
            "en",
            kind="soft",
            status="4.4.1",
            rcpt="office@thornburyschool.example",
            at="2027-06-23 10:47 +0100",
            style="plain:Warning: message 1rT9xQ-000Kp2-3F delayed 4 hours",
            mta="mail.clearview-facades.example",
            diag="",
            human="""
This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 4 hours on the queue on mail.clearview-facades.example.

The message identifier is:     1rT9xQ-000Kp2-3F
The subject of the message is: Overdue reminder – invoice CVW-5182-4
The date of the message is:    Wed, 23 Jun 2027 06:45:12 +0100

The address to which the message has not yet been delivered is:

  office@thornburyschool.example
    host mx.thornburyschool.example [198.51.100.14]
    Delay reason: SMTP error from remote mail server after RCPT TO:<office@thornburyschool.example>:
    451 4.4.1 Temporary failure, please try again later

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.
""",
            note="Exim delay warning, plain text, not RFC 3464",
        ),
        bounce(
            "bo-04",
            "de",
            kind="hard",
            status="5.1.10",
            rcpt="buchhaltung@kaiserhof-hotel.example",
            at="2027-06-10 08:03 +0200",
            style="dsn_html:Unzustellbar: Zahlungserinnerung – Rechnung CVW-5182-4",
            mta="DB9PR03MB7311.eurprd03.prod.outlook.example",
            diag="smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
            human="""
Ihre Nachricht hat buchhaltung@kaiserhof-hotel.example nicht erreicht, weil die Adresse nicht gefunden wurde. Möglicherweise ist sie falsch geschrieben oder existiert nicht.

Lösung: Überprüfen Sie die E-Mail-Adresse des Empfängers und senden Sie die Nachricht erneut. Wenn das Problem weiterhin besteht, wenden Sie sich an den E-Mail-Administrator des Empfängers.

Diagnoseinformationen für Administratoren:
Generierender Server: DB9PR03MB7311.eurprd03.prod.outlook.example
buchhaltung@kaiserhof-hotel.example
Remoteserver hat '550 5.1.10 RESOLVER.ADR.RecipientNotFound' zurückgegeben.
""",
            note="Office 365 NDR in German",
        ),
        bounce(
            "bo-05",
            "de",
            kind="soft",
            status="4.2.2",
            rcpt="verwaltung@wohnbau-elbtal.example",
            at="2027-06-18 13:20 +0200",
            style="plain:Zustellung verzögert: Zahlungserinnerung – Rechnung CVW-5182-4",
            mta="mx00.mailprovider-de.example",
            diag="",
            human="""
Hallo,

Ihre Nachricht an verwaltung@wohnbau-elbtal.example konnte bisher nicht zugestellt werden: Das Postfach des Empfängers ist voll (Status 4.2.2).

Wir versuchen die Zustellung in den nächsten 48 Stunden erneut. Sie müssen nichts weiter tun. Sollte die Zustellung bis dahin nicht gelingen, erhalten Sie eine weitere Nachricht.

Ihr Mail-Team
""",
            note="localized provider delay notice, mailbox full",
        ),
        bounce(
            "bo-06",
            "fr",
            kind="hard",
            status="5.1.1",
            rcpt="compta@residence-lesmouettes.example",
            at="2027-06-09 09:15 +0200",
            style="plain:Echec de remise du message",
            mta="smtp-out.fournisseur-fr.example",
            diag="",
            human="""
Bonjour,

Votre message n'a pas pu être remis au destinataire suivant :

    compta@residence-lesmouettes.example
    Motif : adresse inconnue (550 5.1.1 User unknown)

Il s'agit d'une erreur permanente. Vérifiez l'adresse et renvoyez votre message.

Le service de messagerie
""",
            note="French provider notice, single text part",
        ),
        bounce(
            "bo-07",
            "fr",
            kind="soft",
            status="4.4.7",
            rcpt="direction@ecole-montessori-nantes.example",
            at="2027-06-27 07:30 +0200",
            style="dsn_html:Remise retardée : Rappel d'échéance – facture CVW-5182-4",
            mta="PR3P192MB0801.EURP192.PROD.OUTLOOK.example",
            diag="smtp;451 4.4.7 Message delayed",
            human="""
La remise n'est pas encore terminée

Le message n'a pas encore été remis. Nous continuerons de réessayer.

Le serveur tentera de remettre le message pendant encore 23 heures 58 minutes. Vous serez averti si le message ne peut toujours pas être remis après ce délai.

Destinataires en attente : direction@ecole-montessori-nantes.example
""",
            note="Office 365 delay notice in French",
        ),
        bounce(
            "bo-08",
            "es",
            kind="hard",
            status="5.1.1",
            rcpt="pagos.cristaleria.norte@gmail.com",
            at="2027-06-11 08:22 +0200",
            style="dsn:Delivery Status Notification (Failure)",
            mta="mx.google.com",
            diag="smtp; 550-5.1.1 The email account that you tried to reach does not exist.",
            human="""
No se ha encontrado la dirección

No se ha entregado tu mensaje a pagos.cristaleria.norte@gmail.com porque no se ha encontrado la dirección o no puede recibir correo.

La respuesta del servidor remoto ha sido:
550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.
""",
            note="Gmail bounce in Spanish; sender mailer-daemon@googlemail.com",
        ),
        bounce(
            "bo-09",
            "es",
            kind="soft",
            status="4.7.1",
            rcpt="administracion@hotelcostablanca.example",
            at="2027-06-24 11:05 +0200",
            style="dsn:Aviso de retraso en la entrega",
            mta="gw2.seguridad-correo.example",
            diag="smtp; 451 4.7.1 Greylisted, please retry in 10 minutes",
            human="""
Pasarela de seguridad de correo – Aviso automático

Su mensaje para administracion@hotelcostablanca.example está retenido temporalmente en la cola de entrega. El servidor de destino ha aplazado la recepción (451 4.7.1).

El sistema seguirá intentándolo durante 3 días. No es necesario que reenvíe el mensaje.
""",
            note="security gateway delay in Spanish",
        ),
        bounce(
            "bo-10",
            "nl",
            kind="hard",
            status="5.4.1",
            rcpt="inkoop@zwembad-deplas.example",
            at="2027-06-14 10:50 +0200",
            style="dsn_html:Onbestelbaar: Betalingsherinnering – factuur CVW-5182-4",
            mta="AM0PR08MB5522.eurprd08.prod.outlook.example",
            diag="smtp;550 5.4.1 Recipient address rejected: Access denied",
            human="""
Uw bericht heeft inkoop@zwembad-deplas.example niet bereikt, omdat het e-mailsysteem van de ontvanger het bericht heeft geweigerd.

Oplossing: neem via een andere weg contact op met de ontvanger en vraag of het adres nog in gebruik is.

Diagnostische gegevens voor beheerders:
Server die dit bericht heeft gegenereerd: AM0PR08MB5522.eurprd08.prod.outlook.example
inkoop@zwembad-deplas.example
Externe server heeft '550 5.4.1 Recipient address rejected: Access denied' geretourneerd.
""",
            note="Office 365 NDR in Dutch",
        ),
        bounce(
            "bo-11",
            "nl",
            kind="soft",
            status="4.4.7",
            rcpt="beheer@vvezeezicht.example",
            at="2027-06-30 12:12 +0200",
            style="dsn:Waarschuwing: bericht nog niet afgeleverd",
            mta="relay.hostingbedrijf-nl.example",
            diag="smtp; 421 4.4.7 Connection timed out",
            human="""
Let op: dit is alleen een waarschuwing, u hoeft het bericht niet opnieuw te versturen.

Uw bericht aan beheer@vvezeezicht.example kon na 4 uur nog niet worden afgeleverd. Onze server blijft het nog 5 dagen proberen.

   ----- Transcript of session follows -----
beheer@vvezeezicht.example... Deferred: Connection timed out with mx.vvezeezicht.example.
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old
""",
            note="sendmail warning with the hosting provider's Dutch preamble",
        ),
        bounce(
            "bo-12",
            "it",
            kind="soft",
            status="4.4.1",
            rcpt="contabilita@alberghiera-garda.example",
            at="2027-06-19 05:40 +0200",
            style="plain:Ritardo nella consegna del messaggio",
            mta="smtpout.provider-it.example",
            diag="",
            human="""
Gentile utente,

il messaggio da Lei inviato a contabilita@alberghiera-garda.example non è stato ancora consegnato: il server del destinatario non risponde (4.4.1).

Il sistema continuerà a tentare la consegna per i prossimi 5 giorni. Non è necessario reinviare il messaggio.

Servizio Posta
""",
            note="Italian provider delay notice",
        ),
    ]


def reminder_headers(b: Bounce) -> str:
    sent = b.when - timedelta(minutes=2)
    subject = encode_header(REMINDER_SUBJECT[b.lang].format(inv="CVW-5182-4"), "utf-8")
    return (
        f"From: {AR_NAME} <{AR_ADDR}>\nTo: {b.rcpt}\nSubject: {subject}\n"
        f"Date: {format_datetime(sent)}\nMessage-ID: {msgid(b.key, 'reminder', AR_DOMAIN)}\nMIME-Version: 1.0\n"
    )


def status_fields(b: Bounce) -> str:
    action = "failed" if b.kind == "hard" else "delayed"
    rows = [
        f"Reporting-MTA: dns; {b.mta}",
        f"Arrival-Date: {format_datetime(b.when - timedelta(minutes=2))}",
        "",
    ]
    rows += [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        f"Diagnostic-Code: {b.diag}",
    ]
    if b.kind == "soft":
        rows.append(f"Will-Retry-Until: {format_datetime(b.when + timedelta(days=2))}")
    return "\n".join(rows) + "\n"


def report_entity(b: Bounce, *, html_human: bool) -> bytes:
    human = (
        leaf(
            f"<html><body>{paragraphs_html(b.human)}</body></html>",
            subtype="html",
            charset="utf-8",
            cte="quoted-printable",
        )
        if html_human
        else leaf(b.human, subtype="plain", charset="utf-8", cte="quoted-printable")
    )
    status = b"Content-Type: message/delivery-status\n\n" + status_fields(b).encode("ascii")
    headers = b"Content-Type: text/rfc822-headers\n\n" + reminder_headers(b).encode("ascii")
    boundary = digest(b.key, "report")[:20] + "/" + b.mta
    return multipart(
        "report", boundary, [human, status, headers], params=" report-type=delivery-status;"
    )


def build_bounce(b: Bounce) -> Built:
    style, _, subject = b.style.partition(":")
    sender = (
        "mailer-daemon@googlemail.com" if b.mta == "mx.google.com" else f"MAILER-DAEMON@{b.mta}"
    )
    if style == "plain":
        entity = leaf(
            b.human,
            subtype="plain",
            charset="utf-8",
            cte="8bit" if b.key == "bo-02" else "quoted-printable",
        )
    else:
        entity = report_entity(b, html_human=style == "dsn_html")
    head = [
        f"From: {encode_addr('Mail Delivery System', sender, 'utf-8')}",
        f"To: {AR_ADDR}",
        f"Subject: {encode_header(subject, 'utf-8')}",
        f"Date: {format_datetime(b.when)}",
        f"Message-ID: {msgid(b.key, 'bounce', b.mta)}",
        "Auto-Submitted: auto-replied",
        "MIME-Version: 1.0",
    ]
    data = ("\n".join(head) + "\n").encode("ascii") + entity
    label = Label(
        file="",
        intent="bounce",
        promised_date=None,
        paid_date=None,
        return_date=None,
        payment_reference=None,
        amount=None,
        currency=None,
        new_contact=None,
        bounce_kind=b.kind,
        failed_recipient=b.rcpt,
        bounce_status=b.status,
        invoice_refs=[],
        language=b.lang,
        note=b.note,
    )
    return Built(key=b.key, data=data, intent="bounce", lang=b.lang, label=label)


# --------------------------------------------------------------------------------------------
# Checks, output, count table
# --------------------------------------------------------------------------------------------

LABEL_ORDER = tuple(Label.__annotations__)


def check_message(name: str, data: bytes) -> None:
    msg = message_from_bytes(data, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        value = str(msg[header])
        assert value and "=?" not in value, f"{name}: {header} not decoded: {value!r}"
    for part in msg.walk():
        assert not part.defects, f"{name}: {part.defects}"
        if part.get_content_maintype() == "text" and "Content-Type" in part:
            assert isinstance(part, EmailMessage)
            content = part.get_content()
            assert isinstance(content, str) and content.strip(), f"{name}: empty text part"


def check_label(label: Label) -> None:
    assert tuple(label) == LABEL_ORDER, label["file"]
    assert label["intent"] in INTENTS and label["language"] in LANGS, label["file"]
    for value in (label["promised_date"], label["paid_date"], label["return_date"]):
        assert value is None or FIRST_DAY[:4] <= value[:4], (label["file"], value)
    is_bounce = label["intent"] == "bounce"
    assert (label["bounce_kind"] is not None) == is_bounce, label["file"]
    assert (label["currency"] is None) == (label["amount"] is None), label["file"]


def check_counts(labels: list[Label]) -> None:
    per_intent = Counter(lab["intent"] for lab in labels)
    assert all(per_intent[i] == 12 for i in INTENTS), per_intent
    pairs = Counter((lab["intent"], lab["language"]) for lab in labels)
    assert all(pairs[(i, lang)] >= 1 for i in INTENTS for lang in LANGS), pairs
    kinds = Counter(lab["bounce_kind"] for lab in labels if lab["bounce_kind"])
    assert kinds == Counter({"hard": 6, "soft": 6}), kinds


def count_table(labels: list[Label]) -> str:
    pairs = Counter((lab["intent"], lab["language"]) for lab in labels)
    langs = Counter(lab["language"] for lab in labels)
    rows = ["| intent | " + " | ".join(LANGS) + " | total |", "|---|" + "---:|" * (len(LANGS) + 1)]
    for intent in INTENTS:
        cells = " | ".join(str(pairs[(intent, lang)]) for lang in LANGS)
        rows.append(f"| {intent} | {cells} | {sum(pairs[(intent, x)] for x in LANGS)} |")
    totals = " | ".join(f"**{langs[lang]}**" for lang in LANGS)
    rows.append(f"| **total** | {totals} | **{len(labels)}** |")
    return "\n".join(rows)


def all_messages() -> list[Built]:
    replies = english() + german() + french() + spanish() + dutch() + italian()
    built = [build_reply(r) for r in replies] + [build_bounce(b) for b in bounces()]
    keys = [b.key for b in built]
    assert len(set(keys)) == len(keys) == 120, len(keys)
    return sorted(built, key=lambda b: digest(b.key, "order"))


def main() -> int:
    labels: list[Label] = []
    for number, item in enumerate(all_messages(), start=1):
        name = f"h83-{number:03d}.eml"
        check_message(name, item.data)
        (HERE / name).write_bytes(item.data)
        label = Label(**{**item.label, "file": name})
        check_label(label)
        labels.append(label)
    check_counts(labels)
    lines = (json.dumps(lab, ensure_ascii=False) for lab in labels)
    (HERE / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(count_table(labels))
    return 0


if __name__ == "__main__":
    sys.exit(main())
